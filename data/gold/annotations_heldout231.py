"""Hand annotations for the TWO-HUNDRED-AND-THIRTY-FIRST held-out event gold set (source of events-heldout231.jsonl).

Keyed by the row index of selection-heldout231.jsonl (output of select_statement_sentence_heldout.py 231; rows 0-28
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 29-48
from statements_ungdc_2020_2024.jsonl, UN General Debate speeches of 2020-2024).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each document's date; the speaker of a briefing turn or of a
transcript is the one named at the head of that turn (journalists' questions are their own words).
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout231.jsonl \\
        --annotations annotations_heldout231 --output events-heldout231.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([("enabled collaboration and cooperation", "050", "USA/GOV", N, False, A, N, True),
      ("Russia’s aggression", "190", "RUS/MIL", "UKR", False, A, N, True)],
     "Blinken to ODNI employees (July 2022); 'the Intelligence Community enabled collaboration and cooperation the "
     "likes of which we have not seen before when it comes to Ukraine' = the US government's cooperation with "
     "partners, made possible by the IC, the partners being the 'other countries ... groupings ... institutions' of "
     "the text before, none named -> nominal 050 USA/GOV with target null (guideline: cooperation nouns a nominal "
     "050; set 146: cooperation with unnamed partners has no target), realised -> asserted; 'the likes of which we "
     "have not seen before' bears on the degree, no event negation (guideline); borderline "
     "064 for intelligence sharing, or uncoded as a description of the IC's role; 'Russia's aggression' = an "
     "aggression noun with its agent -> nominal 190 RUS/MIL -> bare UKR (guideline: 'aggression' 190; held-out 12 "
     "and set 222 row 25: 'Russia's aggression' 190 RUS/MIL -> UKR); the thanks to 'this extraordinary community' are "
     "internal Department business, not coded"),
 1: ([("sanctions that have been implemented", "163", "USA/GOV", "RUS", False, A, N, False),
      ("Putin’s advance", "192", "RUS/GOV", "UKR", False, A, N, True)],
     "Jake Tapper's question to Blinken (CNN, 6 March 2022), the journalist's own assertions -> reported_by null; "
     "'the sanctions that have been implemented so far' = the sanctions on Russia over the invasion, an agentless "
     "passive whose agent is plain from the sentence ('the U.S. doesn't want ...') -> USA/GOV (guideline: a "
     "missing participant taken from the context; borderline null for the Western sanctions as a whole), to bare "
     "RUS (set 225: 'sanctions ... against Russia' 163 USA/GOV -> bare RUS), carried by the participle -> not "
     "nominal (set 213: 'restrictions and sanctions imposed on Liberia' non-nominal); 'have not immediately stopped "
     "Putin's advance' = an outcome that did not occur, no negated act; 'Putin's advance' = the Russian invasion's "
     "advance with its agent -> nominal 192 (guideline: invade/occupy 192; borderline 190), Putin -> RUS/GOV "
     "(guideline: persons -> their country/sector), into bare UKR; 'doesn't want to hurt European economies' and "
     "'doesn't want to risk direct military confrontation' are wishes, not events (borderline a negated "
     "hypothetical 190 USA/GOV -> RUS/GOV); 'the line that's being drawn' is figurative and 'enough to stop him' an "
     "outcome"),
 2: ([("our sanctions", "163", "USA/GOV", "SYR", False, A, N, True),
      ("will use appropriate tools to target and single out those responsible", "1312", "USA/GOV", N, False, A, N,
       False)],
     "Release on Syria human-rights sanctions (July 2021), 'we' -> USA/GOV; 'we work to make sure our sanctions do "
     "not impede humanitarian aid delivery' = the US Syria sanctions, a sanctions noun with its agent -> asserted "
     "nominal 163 to bare SYR, the negation limiting what the sanctions cover (set 225: 'Our sanctions ... do not "
     "and will not target essential exports of food' an asserted nominal 163 USA/GOV -> bare RUS; borderline a "
     "negated 1623 with no target); 'today's action' is an anaphoric event noun with no agent in the sentence, not "
     "coded (guideline); 'makes clear that the United States ... will use appropriate tools to target and single "
     "out those responsible, regardless of the perpetrator' = a statement of resolve to sanction -> 1312 asserted "
     "(held-out 8 row 0: 'we will not hesitate to target' a 1312), the class of abusers unnamed -> target null "
     "(held-out rule: a class of wrongdoers; borderline SYR/GOV, the Assad regime of the text before); 'will not "
     "forget the victims' is resolve, no negated event; 'human rights abuses in Syria' have no agent in the "
     "sentence"),
 3: ([("have largely not been implemented by Russia", "128", "RUS/GOV", "UKR/GOV", False, A, N, False)],
     "Blinken to Der Spiegel (June 2021); 'We respected the proposition that the Normandy format would be the "
     "central vehicle' = an attitude to a negotiating format, no act; 'the agreements that were reached' = the Minsk "
     "agreements, agentless and cited as texts, not coded (set 220 row 5; set 144: the Minsk Agreements' "
     "signing uncoded; borderline a 057 RUS/GOV -> UKR/GOV, the parties taken from the question); 'which "
     "unfortunately have largely not been implemented by Russia over many years' = a standing failure by a named "
     "agent to carry out agreements -> non-compliance, violate norms 128 asserted (set 223: 'Syria remains in "
     "non-compliance with the CWC' a 128; set 222: the G7's 'runs counter to the spirit of the Minsk agreements' a "
     "128 RUS/GOV -> UKR/GOV), to the other party to the agreements, UKR/GOV (borderline uncoded as compliance, as "
     "set 128's implementation of the Minsk agreements, or a negated 057); 'largely' is degree, not negation"),
 # --- State Dept random: reported
 4: ([("reaffirmed that a cyber attack could trigger Article V", "130", "org:NATO", N, False, A, N, False)],
     "Blinken at the NSCAI conference (July 2021); 'at the NATO summit, NATO reaffirmed that a cyber attack could "
     "trigger Article V' = the Alliance's declared deterrent warning that a cyber attack could bring collective "
     "defence -> a warning itself asserted, 130 (guideline: a threat, warning or statement of resolve is asserted "
     "130/138; borderline 138 as Article V may mean force, or an uncoded 01x policy statement), the would-be "
     "attackers unnamed -> target null (borderline RUS/GOV from the SolarWinds attribution in the text before); the "
     "conditional 'a cyber attack' has no agent and no named victim, not coded (guideline: agentless event nouns; "
     "the guideline's hypothetical act inside a warning needs a named party); 'at the NATO summit' is a time marker "
     "(set 223: a Quad leaders' meeting as time marker uncoded); 'deterring those attacks' is the warning's "
     "purpose, folded in; the quoted motto is no act"),
 5: ([("will step down", "0831", "LKA/GOV", N, False, F, "LKA/GOV", False)],
     "Blinken's press availability in Bangkok (10 July 2022); 'the prime minister announced that he will step down "
     "when all parties agree to form a new government' = Sri Lanka's prime minister (the question and answer are "
     "on Sri Lanka) -> LKA/GOV; resignation -> 0831 (guideline), announced for later -> future, inside the "
     "complement of 'announced' -> reported_by LKA/GOV (guideline; set 132: announced expenditures reported by "
     "their announcer); no addressee -> target null (borderline LKA/CVL, the protesters of the sentence before, or "
     "hypothetical for the 'when' condition); 'all parties agree to form a new government' = agreement among "
     "unnamed domestic parties on a non-codable aim (guideline: 'form a government' not codable; set 121: "
     "agreements among unnamed domestic parties uncoded); 'I would note' is the speaker's own voice"),
 6: ([("Russia’s loose talk about its nuclear weapons", "1385", "RUS/GOV", N, False, A, N, True),
      ("the meeting between President Biden and Putin", "040", "USA/GOV", "RUS/GOV", False, A, N, True)],
     "Blinken to CNN (16 March 2022); 'Russia's loose talk about its nuclear weapons' = Russia's nuclear threats, a "
     "nominal threat with its agent -> 1385 RUS/GOV with target null (held-out 14/15: Putin's 'words about the "
     "possible use of nuclear weapons' a nominal 1385 with no target); 'is the height of irresponsibility and goes "
     "against everything that we've said' is an evaluation with no behaviour verb (guideline); 'that Russia has "
     "said over many years' and 'something that was reaffirmed' are statements (01x, not coded; the Geneva joint "
     "statement on strategic stability, borderline a 030); 'the meeting between President Biden and Putin ... in "
     "Geneva' = a meeting noun naming its participants -> nominal 040, symmetric, coded once from the document's "
     "government (guideline; held-out 4 row 43)"),
 # --- State Dept random: future
 7: ([("Bahrain will soon host", "036", "BHR/GOV", "USA/GOV", False, F, N, False)],
     "Joint statement of the U.S.-Bahrain Strategic Dialogue (March 2022); 'They looked forward to making further "
     "progress during a bilateral workshop Bahrain will soon host' = a future hosting of a bilateral meeting -> 036 "
     "future (guideline: future meetings and hosting get 036; held-out 2 row 21: 'will co-host' 036 future), the "
     "bilateral partner -> USA/GOV; one meeting, coded once (the 'looked forward to' is the same workshop; "
     "borderline from USA/GOV under the symmetric-meeting rule); the Proliferation Security Initiative 'aims to stop "
     "trafficking' is a description of an initiative with no named agent, not coded"),
 8: ([("a comprehensive normalization agreement", "057", "XKX/GOV", "SRB/GOV", False, D, N, True)],
     "Joint Statement on Kosovo (March 2022); 'This' = the Kosovo Government's constructive engagement 'in the "
     "EU-facilitated Dialogue on normalization of relations with Serbia' (sentence before); 'This is crucial to "
     "achieve progress towards a comprehensive normalization agreement' = a deontic 'is crucial' on the hoped-for "
     "agreement between the named parties -> demanded nominal 057 XKX/GOV -> SRB/GOV (guideline: 'it is important "
     "to ...' is demanded; set 137: 'establishment of a new peace arrangement is imperative' a demanded nominal "
     "057; borderline uncoded as a goal, or future); 'will ultimately unlock the EU perspective of Kosovo' has an "
     "inanimate subject and no act by the EU, not coded (borderline a future 030 org:EU -> XKX/GOV)"),
 # --- State Dept random: demand
 9: ([("must also end violence against civilians", "087", "SDN/MIL", "SDN/CVL", False, D, N, False),
      ("violence against civilians", "175", "SDN/MIL", "SDN/CVL", False, A, N, True)],
     "Joint statement on Sudan (July 2022); 'They' = 'The military and security forces' of the sentence before -> "
     "SDN/MIL (guideline: military juntas MIL); 'must also end violence against civilians' = a deontic without a "
     "request verb -> the content coded demanded, de-escalation 087 (held-out 24/25: 'such atrocities must stop' a "
     "demanded 087; held-out 20 row 8 'must cease'); the realised violence named inside the demand is coded too "
     "(held-out rule: 'end its repression of Mr. Navalny' codes the repression) -> nominal 175 asserted, the "
     "forces' violence against protesting civilians (held-out rule: a government that 'responded with violence' "
     "is 175; borderline 180); 'hold to account those responsible for unlawful killings' = accountability, not a "
     "CAMEO act (held-out 18 and 21 row 24), and the killings' agents are the unnamed 'those responsible' "
     "(borderline a nominal 1823 with no source to SDN/CVL)"),
 10: ([], "TIP Report launch (July 2021), the Japanese attorney Ibusuki Shoichi: 'We will also create conditions where "
          "foreign workers can join together and insist on their rights' = domestic advocacy work aimed at enabling "
          "an uncoded collective, with no counterpart (held-out rule: domestic programmes not coded); the workers' "
          "possible insistence is a capability, not an event (borderline a hypothetical 1043 with no source to "
          "JPN/GOV)"),
 11: ([("what the United States has done to support", "070", "USA/GOV", "UKR/GOV", False, A, N, False),
       ("what the United States has done to support", "070", "USA/GOV", "UKR/CVL", False, A, N, False)],
      "Blinken's opening remarks to the Senate Foreign Relations Committee (April 2022); 'what the United States has "
      "done to support the Ukrainian Government and its people' = realised assistance (security, economic and "
      "humanitarian, the text before naming the war) -> 070 asserted, compound target split (guideline): the "
      "Ukrainian Government -> UKR/GOV, its people -> UKR/CVL (held-out 19 row 66; borderline 072 for military "
      "aid, or 051); 'I felt some pride' is a sentiment; 'we must not let up' is resolve, not coded (borderline a "
      "demanded 070 USA/GOV -> UKR/GOV)"),
 # --- State Dept random: cue
 12: ([("President Cortizo travels to the United States", "042", "PAN/GOV", "USA", False, A, N, False)],
      "Readout of Blinken's call with President Cortizo (June 2022); 'expressed support for President Cortizo as he "
      "faces personal health challenges' = personal sympathy over an illness, condolence-like, not coded "
      "(held-out 10/11 and 21: solidarity after a disaster or in the pandemic is condolence-like; guideline: "
      "well-wishing not coded; borderline 051 USA/GOV -> PAN/GOV under the guideline's 'express support'); 'sent his "
      "best wishes from President Biden' = well-wishing, not coded; 'as President Cortizo travels to the United "
      "States for further care' = a head of state's trip under way -> 042 asserted to the bare country (held-out "
      "rule: a trip under way is 042 asserted per destination; held-out 12 row 2; borderline uncoded as a private "
      "medical trip); the call itself is in the sentence before"),
 13: ([("reiterate the commitment to the long-standing relations", "030", "USA/GOV", "MAR/GOV", False, A, N, False),
       ("reiterate the commitment to the long-standing relations", "030", "MAR/GOV", "USA/GOV", False, A, N, False),
       ("the long-standing relations between Morocco and the United States", "050", "MAR/GOV", "USA/GOV", False, A,
        N, True)],
      "Joint communique of the Morocco-U.S. Strategic Dialogue (March 2022); 'The meeting' is anaphoric with no "
      "participants in the sentence, not coded; 'an opportunity to reiterate the commitment to the long-standing "
      "relations' = the two delegations (Bourita and Sherman, sentence before) reaffirming a commitment stated as a "
      "fact -> 030 asserted (guideline; set 192: 'reaffirm my country's commitment' a 030), a joint commitment of "
      "several partners -> one per partner (held-out rule: one 0311 per partner); 'the long-standing relations "
      "between Morocco and the United States' = a relations noun naming its parties -> nominal 050 from the "
      "first-named (held-out rule: an agreement or cooperation named by its parties is a nominal 050; set 189: "
      "'very good relations' a 050; borderline folded into the 030s); 'that date to the Treaty of Peace and "
      "Friendship in 1787' uses the treaty as a time marker, not coded (set 144 and 224: agreements as time markers "
      "uncoded; borderline a historic nominal 057 MAR/GOV -> USA/GOV)"),
 14: ([("directly support the needs of survivors and their calls for truth", "070", "USA/GOV", N, False, A, N,
        False)],
      "Statement for the International Day in Support of Victims of Torture (June 2022), 'We' -> USA/GOV; 'We also "
      "directly support the needs of survivors and their calls for truth, through programs like the Survivors of "
      "Torture Initiative' = habitual programme aid -> 070 asserted, one aid verb covering rehabilitation and "
      "truth-seeking (held-out rule: one aid noun covering several kinds is one 070; borderline 073 for the "
      "survivors' needs, plus a 051 for their calls), the survivors are 'victims around the world' (sentence "
      "before), no country -> target null; 'their calls for truth' runs from an uncoded group with no addressee "
      "(null -> null), not coded"),
 15: ([("lifting sanctions", "085", "USA/GOV", "IRN/CVL", False, A, N, False),
       ("lifting sanctions", "085", "USA/GOV", N, False, A, N, False)],
      "Release on Houthi-network sanctions (June 2021); 'the U.S. Department of the Treasury and the Department of "
      "State are lifting sanctions' = ease sanctions -> 085 (held-out rule: a sanctions licence or waiver eases "
      "sanctions), both departments USA/GOV, one source; compound target split (guideline): 'three former "
      "Government of Iran officials' -> former officials are civilians on the document date (guideline: Baker, a "
      "former official, USA/CVL) -> IRN/CVL; 'two companies previously involved in ... Iranian petrochemical "
      "products', their nationality not given in the document -> target null (held-out rule: entities designated "
      "with no nationality are 163 with no target; borderline IRN/BUS); today's action -> asserted; 'a verified "
      "change in status or behavior on the part of the sanctioned parties' names no act"),
 16: ([("proud to support", "070", "USA/GOV", "GEO/GOV", False, A, N, False)],
      "Statement on Georgia's National Day (May 2022); 'During the 30 years of our bilateral relationship' is a time "
      "frame, not coded (set 144/224 time-marker practice; borderline a nominal 050 USA/GOV -> GEO/GOV); 'the "
      "United States has been proud to support Georgia's efforts to advance democratic development, diversify its "
      "economy, and build a prosperous future' = thirty years of habitual assistance -> 070 asserted (README known "
      "limitation: verbal 051 or material 070; borderline 051), Georgia's efforts -> GEO/GOV (borderline bare GEO); "
      "Georgia's own reforms are domestic, not coded"),
 17: ([], "Deputy Secretary McKeon's budget briefing (March 2022): 'This budget also supports and is reinforced by "
          "the new State Department and USAID Joint Strategic Plan' = internal Department planning, no act between "
          "actors (set 226: internal Department business not coded)"),
 18: ([], "Spokesperson's update on SIV processing (June 2022): increased staffing, streamlined steps, technological "
          "improvements and staff surged 'to support third-country embassies and consulates processing these visa "
          "applications' = internal Department business at US posts (set 222: the Department's vaccines for "
          "its own posts uncoded); 'following the suspension of operations at Embassy Kabul' is a time marker with "
          "no agent in the sentence (borderline a nominal 161 USA/GOV -> AFG/GOV); visa processing is an "
          "administrative step, not a grant of asylum (borderline 075)"),
 19: ([("Leveraging regular multilateral opportunities to discuss", "036", "USA/GOV", "FIN/GOV", False, A, N, False)],
      "US-Finland joint statement on quantum science (April 2022), two list items run together by the splitter "
      "under the frame 'We intend to advance this agenda by:' before the cut; 'Leveraging regular multilateral "
      "opportunities to discuss QIST matters' = an explicit intent to meet and discuss stated as a fact -> 036 "
      "asserted (set 222: a joint-statement list item whose intent frame falls before the cut is an asserted 03x; "
      "guideline: an explicit intent verb stated as a fact), symmetric, coded once from the document's government "
      "to the co-signatory (guideline); 'Supporting the development of the next generation of scientists and "
      "engineers' is domestic capacity-building, and 'which could include personnel exchanges' a possible means, "
      "not coded (borderline a hypothetical nominal 061 USA/GOV -> FIN/GOV)"),
 20: ([("was supposed to visit the U.S.", "042", "KOR/GOV", "USA", True, A, N, False),
       ("the U.S.-South Korea working group meeting", "040", "USA/GOV", "KOR/GOV", True, A, N, True)],
      "Soyoung Kim's question at the briefing of 15 June 2021, her own assertions -> reported_by null; 'South "
      "Korea's minister of reunification was supposed to visit the U.S. ... but it was called off' = a planned "
      "visit that did not take place -> negated 042 (guideline: 'did not meet' is negated; held-out rule: a "
      "presidency that 'did not permit him to travel' is a negated 042), the minister -> KOR/GOV, to the bare "
      "country (held-out 12 row 2); 'the U.S.-South Korea working group meeting' = a meeting noun naming its "
      "participants (held-out 4 row 43) that did not happen either -> negated nominal 040, coded once from the "
      "document's government (borderline folded into the visit as its purpose); 'to mainly discuss North Korea "
      "issues' is the meeting's topic; 'called off' itself is not a separate code (borderline 125 or 164)"),
 21: ([("convened", "043", "USA/GOV", "org:UNSC", False, A, N, False),
       ("convened", "043", "USA/GOV", N, False, A, N, False)],
      "Fact sheet on the United States and the G20 (July 2022); 'the United States convened in May a UN Security "
      "Council meeting and a Call to Action Ministerial' = host/convene -> 043 (guideline), one per meeting "
      "(guideline: compound split): the Council meeting -> org:UNSC; the Global Food Security Call to Action "
      "Ministerial, whose participants the sentence does not name -> target null (held-out rule: several "
      "conferences hosted by one government, no target; borderline org:UN, the ministerial being held at UN "
      "headquarters); 'to galvanize collective efforts to save lives' is the purpose, not coded"),
 # --- State Dept random: nocue
 22: ([("is donating 2 million Pfizer vaccine doses to Peru", "073", "USA/GOV", "PER", False, A, N, False)],
      "Briefing of 29 June 2021 (Porter); donating vaccine doses -> humanitarian aid 073 to the bare country "
      "(held-out 11 row 18: 'our donation of two million vaccine doses' 073 USA/GOV -> PER), under way -> "
      "asserted; 'as a part of our ongoing solidarity with the people of Peru as they recover from this devastating "
      "pandemic' = pandemic solidarity, condolence-like and folded into the donation (held-out 21: 'expressed "
      "solidarity' in the pandemic not coded; borderline a 051 USA/GOV -> PER/CVL as held-out 18 row 26)"),
 23: ([], "Blinken to Mission Germany staff (June 2021): 'I couldn't be more grateful for that' = thanks to the "
          "embassy's own staff for their work, internal Department business (set 225: thanks to the embassy's "
          "staff internal), not coded"),
 24: ([], "Blinken and Maas with young people (June 2021): 'there is no wall high enough or wide enough to prevent "
          "some of the problems' = a figurative generalisation, no actor"),
 25: ([], "Blinken to Channel 12 (May 2021): Iran 'is closer and closer ... to being able to produce fissile "
          "material for a nuclear weapon' = a capability and a risk, no realised act (guideline: risks not coded; "
          "borderline a 154 IRN/GOV, as held-out rule 'producing ... weapons of mass destruction' a nominal 154)"),
 26: ([("pleased to have President Whipps from Palau here", "042", "PLW/GOV", "USA", False, A, N, False)],
      "Blinken and President Whipps before their meeting (August 2021); 'I'm very, very pleased to have President "
      "Whipps from Palau here today in the State Department' = a host-side welcome that states the visit -> 042 to "
      "the country (held-out rule: a welcome of a visiting official codes the visit it shows; held-out 12 row 2; "
      "held-out 14 row 37: 'good to have you here' 042 KAZ/GOV -> USA), the welcome itself not coded "
      "separately (borderline 043 USA/GOV -> PLW/GOV as set 224's hosted conference, or a 051)"),
 27: ([("the atrocities the Assad regime continues to inflict upon Syrians", "200", "SYR/GOV", "SYR/CVL", False, A,
        N, False)],
      "Statement on the apparent massacre in Tadamon (April 2022); 'remains firmly committed to securing "
      "accountability for the atrocities' = accountability is not a CAMEO act (held-out 18 and 21 row 24), not "
      "coded (borderline a 030); 'the atrocities the Assad regime continues to inflict upon Syrians' = mass violence "
      "by a named agent in a finite relative clause -> 200 (held-out 18: 'its brutal atrocities' 200 RUS/GOV; "
      "held-out 2: 'committing more atrocities' 200), the Assad regime -> SYR/GOV, Syrians -> SYR/CVL, ongoing -> asserted, "
      "carried by 'inflict' -> not nominal (borderline 175 or 202, the Tadamon killings being a massacre)"),
 28: ([("look forward to working with Maldives", "030", "USA/GOV", "MDV/GOV", False, F, N, False)],
      "Blinken's Maldives Independence Day statement (July 2021), 'We' -> USA/GOV; 'look forward to working with "
      "Maldives' = future cooperation -> intent 030 future (guideline: 'look forward to' + an event is future; "
      "held-out rule: 'hope that we can work together' is 030 future), Maldives -> MDV/GOV (borderline org:UNGA, "
      "the work being with Maldives as President of the Assembly); 'as it assumes the Presidency of the United "
      "Nations General Assembly' = taking an office, not coded (set 204: holding an office uncoded); 'so that our "
      "efforts can be further expanded' is the purpose"),
 # --- UNGDC 2020-2024 random: neg
 29: ([("We can no longer accept", "120", "SYR/GOV", "org:UN", False, A, N, False),
       ("to compel Israel", "170", "org:UN", "ISR/GOV", True, A, N, False),
       ("support for terrorism", "070", "ISR/GOV", "SYR/REB", False, A, N, True)],
      "Syria (2021); 'We can no longer accept the totally unacceptable failure by the United Nations' = a "
      "performative non-acceptance by the speaker -> REJECT 120 (guideline: 'we will never accept it'; set 187: 'We "
      "cannot accept' a 120 to ISR/GOV), to the named failing party org:UN, 'no longer' no negation (set 180); "
      "'failure by the United Nations and the international community to compel Israel to implement those "
      "resolutions and cease its ... violations' = a failure to bring coercive pressure -> negated 170 org:UN -> "
      "ISR/GOV (set 146: 'The Security Council stands unable to take concrete steps to stop such practices' a "
      "negated 170; set 227 row 32), the uncoded 'international community' dropped from the compound (set "
      "120); implementing resolutions is compliance, not coded; 'its grave systematic violations of international "
      "human rights law and international humanitarian law' is a characterisation made specific by 'in particular "
      "its settlement policy and support for terrorism' (held-out 6 row 33; borderline a nominal 175 ISR/GOV -> "
      "SYR/CVL, as set 197), the settlement policy having no CAMEO code (sets 142, 206); 'support for terrorism' = "
      "a support noun whose agent, Israel, is the 'its' of the same phrase -> nominal 070 (held-out rule: 'support "
      "for terrorism' 070), to the armed groups in Syria that the Syrian Government calls terrorists -> SYR/REB "
      "(borderline target null)"),
 30: ([("refuse to support the General Assembly resolution", "120", "org:EU", "org:UNGA", False, A, N, False),
       ("refuse to support the General Assembly resolution", "120", "org:NATO", "org:UNGA", False, A, N, False),
       ("reject proposals", "127", "org:EU", N, False, A, N, False),
       ("reject proposals", "127", "org:NATO", N, False, A, N, False)],
      "Russia (Lavrov, 2021); 'EU and NATO member States' = the members acting as the two blocs the speech names -> "
      "one event each from org:EU and org:NATO (guideline: compound split; held-out rule: the Foreign Ministers of "
      "the Twelve are org:EU; borderline null, as uncoded collectives of States); 'refuse to support the General "
      "Assembly resolution on the inadmissibility of the glorification of Nazism' = an explicit refusal -> REJECT "
      "(guideline), the refused support being the vote on the resolution -> 120 to org:UNGA (first set: 'voted "
      "against' 120 CHN/GOV -> org:UNGA); 'reject proposals to condemn the practice of destroying monuments' = "
      "rejection of proposals -> 127 (held-out rule: 'rejection of all peaceful proposals' a nominal 127; accepting "
      "a plan 030, rejecting its provisions 127), the proposals' author not named in the sentence -> target null "
      "(borderline RUS/GOV, the speaker's own proposals); the condemnation inside the proposals is not coded, and "
      "the destruction of monuments has no named agent (borderline a 1712 null -> null)"),
 31: ([], "Belgium (2022): 'Never before, has cooperation — international cooperation — been so important' = an "
          "evaluation with no actor; 'Never before' is no negated event"),
 # --- UNGDC 2020-2024 random: capital
 32: ([("We support the efforts within the Normandy format", "051", "BGR/GOV", "UKR/GOV", False, A, N, False)],
      "Bulgaria (2020); 'We support the efforts within the Normandy format to achieve progress in implementing the "
      "Minsk agreements' = express support -> 051 (guideline), aimed at a process -> to its parties the speech "
      "names (held-out rule: support aimed at a process goes to its named parties), and the speech names only "
      "Ukraine (never Russia, France or Germany) -> UKR/GOV (set 124: Greece's support for the Minsk agreement a "
      "051 to UKR/GOV, the one party the speech names); the Normandy-format efforts have no named agent, and "
      "implementing the Minsk agreements is compliance, not coded (set 128)"),
 # --- UNGDC 2020-2024 random: reported
 33: ([], "Russia (2020): 'According to experts, ... the loss of 400 million jobs' = an economic statistic with no "
          "actor, 'according to' attributing no event; 'we have to do our utmost to prevent this unemployment' = "
          "'we' meaning all States (held-out 42/43), not coded"),
 # --- UNGDC 2020-2024 random: future
 34: ([("we commend the noble efforts", "051", "DOM/GOV", "org:CARICOM", False, A, N, False),
       ("efforts of the Caribbean Community Eminent Persons Group to broker", "045", "org:CARICOM", "HTI", False, A,
        N, True)],
      "Dominican Republic (2023); 'we commend the noble efforts of the Caribbean Community Eminent Persons Group' = "
      "commend -> 051 (guideline), the Group being CARICOM's -> org:CARICOM (set 150: org:CARICOM); 'efforts ... "
      "to broker a political agreement' = a mediation noun with its agent -> nominal 045 (guideline: mediate/broker "
      "045), the Haitian stakeholders never named -> bare HTI (set 149: 'endeavour to broker the Djibouti process' "
      "a nominal 045 to bare SOM, the parties unnamed); the hoped-for agreement among unnamed parties, the "
      "'acceptance of a multinational force' and the elections are not coded (agentless; borderline a future "
      "nominal 057)"),
 # --- UNGDC 2020-2024 random: demand
 35: ([], "Somalia (2020): 'We must also continue to engage each other positively ... with and through the United "
          "Nations we need' = 'we' and 'each other' meaning all member States (held-out 42/43: 'we' meaning all "
          "States not coded)"),
 36: ([("Support to BINUH must also be ramped up", "070", N, "org:UN", False, D, N, True)],
      "Jamaica (2024); 'Support to BINUH must also be ramped up' = a deontic on support with no named supplier -> "
      "demanded nominal 070 with no source (set 176: 'Revitalized IGADD will require full support' a demanded "
      "nominal 070 with no source; set 127: UN efforts that 'need to be ... sustained' a demanded 070 with no "
      "source to org:UN), BINUH being the UN Integrated Office in Haiti -> org:UN (held-out rule: a UN programme or "
      "mission stands for org:UN); 'so that displaced families can be fed and provided with critical health care' "
      "is the purpose, not coded (set 179; borderline a hypothetical 073 to HTI/CVL)"),
 # --- UNGDC 2020-2024 random: cue
 37: ([("Bulgaria welcomes the adoption", "051", "BGR/GOV", "org:UNGA", False, A, N, False)],
      "Bulgaria (2023); 'welcomes the adoption of political declarations at the three health summits during this "
      "high-level Week' = welcome -> 051 (guideline), the declarations being adopted by the General Assembly's "
      "high-level meetings -> org:UNGA (held-out rule: welcoming a General Assembly decision is 051 to org:UNGA; "
      "set 151: support for an HIV/AIDS high-level Political Declaration a 051 to org:UNGA; borderline target "
      "null, as set 175's welcomed treaty adoption); the adoption itself is agentless in the sentence, not coded "
      "(set 175)"),
 38: ([("reaffirm our joint call for a global ceasefire", "1056", "SLE/GOV", N, False, A, N, False)],
      "Sierra Leone (2021); 'reaffirm our joint call for a global ceasefire and the pursuit of peace through "
      "national dialogue and reconciliation' = the speaker's own renewed call, made jointly with the g7+ of the "
      "sentence before, a group with no code -> the speaker only (set 133: 'We nations of South America' coded for "
      "the speaker only); a call for a ceasefire -> de-escalation 1056 (set 154: a call for a moratorium 1056 with "
      "no target), no addressee -> target null (borderline uncoded as a call with no addressee, as set 110); the "
      "dialogue is part of the same call, folded in; 'We emphasize the nexus' is a statement (01x)"),
 39: ([], "Bosnia and Herzegovina (2024): '▪ preserving the role of the UN as the global center of coordination and "
          "cooperation;' = a list item under 'I suggest we now focus on:', 'we' meaning all States, a UN-role "
          "position (held-out 54-61: UN reform positions not coded)"),
 40: ([], "Turkiye (2023): 'We have a historic opportunity to build peace, tranquillity and cooperation in the South "
          "Caucasus' = an opportunity, optative, with no act and no named counterpart (borderline a future 030 "
          "TUR/GOV with no target)"),
 41: ([("with the assistance of our development partners", "070", N, "TUV/GOV", False, A, N, True)],
      "Tuvalu (2020); 'with the assistance of our development partners' = realised support from unnamed partners -> "
      "nominal 070 with no source to the speaker's government (set 178: 'With the support of our partners' a "
      "nominal 070 with no source; set 145: 'with the support of international partners' to TKM/GOV); 'we have "
      "invested on new agricultural food production systems' is a domestic programme, not coded"),
 42: ([("Lesotho calls for urgent action", "100", "LSO/GOV", "org:UN", False, A, N, False)],
      "Lesotho (2020); 'calls for urgent action at the global level and within the UN Development System to mobilize "
      "for crisis response' = 'S calls for Y' is one asserted request (guideline), Y a general mobilisation with no "
      "sure sub-code -> generic 100, the one addressee named being the UN Development System -> org:UN (borderline "
      "target null, as set 217's 'we call for the concerted management' of migration; or 1031); Y is not coded "
      "separately"),
 43: ([("which I had launched", "030", "LBN/GOV", N, False, A, N, False),
       ("earned the support of the General Assembly", "051", "org:UNGA", "LBN/GOV", False, A, N, True)],
      "Lebanon (Aoun, 2021); 'The crises ... have delayed the procedures' has an inanimate subject, not coded; 'the "
      "Academy for Human Encounters and Dialogue which I had launched from the rostrum of the United Nations in "
      "2017' = the speaker's own initiative -> 030 with no target (set 208: the UNITAID initiative 'launched by the "
      "French Government' a non-nominal 030 with no target), the speaker as President -> LBN/GOV, the UN rostrum a "
      "place (borderline org:UN); 'which earned the support of the General Assembly in 2019 as per resolution "
      "73/344' = a support noun with its agent -> nominal 051 org:UNGA -> LBN/GOV (set 212: 'the General Assembly "
      "has supported Benin' a 051 org:UNGA -> BEN/GOV; borderline 070)"),
 # --- UNGDC 2020-2024 random: nocue
 44: ([], "Costa Rica (2022): 'Human rights and unequivocal respect for human dignity and value are not just words' = "
          "a statement of principle, no actor, no act"),
 45: ([], "Ethiopia (2024): 'I am also proud to announce ... that the Ethiopian Green Legacy ... saw the planting of "
          "over forty billion seedlings' = a domestic environmental programme (held-out rule: domestic programmes "
          "not coded); 'proud to announce' is a statement"),
 46: ([], "Spain (2020): 'We cannot continue to tell young people that all it takes to realize their dreams is hard "
          "work unless we make equal opportunities a reality' = 'we' meaning all States or societies, a domestic "
          "policy aim (held-out 42/43), not coded"),
 47: ([("we asked the Secretary-General to report back to us", "100", "org:UNGA", "org:UN", False, A, N, False)],
      "Denmark (2021); 'Last year, we asked the Secretary-General to report back to us — the Member States — with "
      "recommendations to advance Our Common Agenda' = the request made by the Member States in the UN75 "
      "Declaration, a General Assembly act -> 100 from org:UNGA (set 152: the international community's demand "
      "'made through' a General Assembly resolution a 1056 from org:UNGA; set 201: a General Assembly resolution's "
      "'calling for' stands for org:UNGA), to the Secretary-General -> org:UN, for a report, no sure sub-code -> "
      "generic 100 (borderline uncoded, 'we' meaning all States as sets 141 and 196)"),
 48: ([], "Brazil (2022): 'Our goal was to protect families' income' during the pandemic = a domestic social policy "
          "(held-out rule: domestic programmes not coded)"),
}
