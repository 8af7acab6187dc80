"""Hand annotations for the TWO-HUNDRED-AND-FORTIETH held-out event gold set (source of events-heldout240.jsonl).

Keyed by the row index of selection-heldout240.jsonl (output of select_statement_sentence_heldout.py 240; rows 0-21
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 22-40
from statements_ungdc_2020_2024.jsonl, UN General Debate speeches of 2020-2024).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's or release's date; the speaker of a briefing turn or of a
transcript is the one named at the head of that turn (journalists' questions are their own words).
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout240.jsonl \\
        --annotations annotations_heldout240 --output events-heldout240.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("welcomed the launch", "051", "USA/GOV", N, False, A, N, False),
      ("welcomed the launch", "051", "AUS/GOV", N, False, A, N, False)],
     "Readout of Blinken's meeting with Australian FM Wong in Tokyo on the sidelines of the Quad Leaders' Summit (24 "
     "May 2022); 'Secretary Blinken and Foreign Minister Wong welcomed the launch of the Indo-Pacific Economic "
     "Framework' = a welcome -> 051 (guideline), compound source split into one event per actor (guideline: 'Sherman "
     "and Park condemned the DPRK' two events; held-out sets: 'They' = Blinken and FM Hayashi, Blinken and Czech FM "
     "Lipavsky -> compound source split), not a symmetric meeting; the launch's authors are never named in the "
     "document -> target null (README: a welcome of conferences whose convenors are not named is 051 with no target; "
     "held-out: 'welcomed collaboration', its participants not named, 051 with target null) (borderline USA/GOV as "
     "target from outside knowledge, the Framework being launched by President Biden with twelve partners, "
     "Australia among them); the launch itself is an event noun with no agent in the sentence, not coded "
     "(guideline; borderline a nominal 030 from USA/GOV, as set 208's launched initiative); 'which will drive ... "
     "growth' is the Framework's expected effect; 'they noted the imperative of addressing the climate crisis' = a "
     "shared view, no act (held-out: 'noted' uncoded, 01x)"),
 1: ([("will have very fruitful and productive meeting", "036", "USA/GOV", "UKR/GOV", False, F, N, False)],
     "Ukrainian PM Shmyhal's turn with Blinken before their meeting (Washington, 22 Apr 2022) -> the speaker UKR/GOV, "
     "'we' = Shmyhal and Blinken; 'I am sure that today we also will have very fruitful and productive meeting' = "
     "the meeting about to take place that day -> future meeting 036 (guideline: future cooperative acts get the "
     "intent codes, 036 for meetings; held-out: a meeting on a day's public schedule is 036 future), the speaker "
     "being a party, so 'I am sure that' is no optative hope about another actor (set 188: 'We trust that an "
     "understanding will be reached with the United Nations', the speaker a party, a future 030; set 189), "
     "symmetric -> coded once from the document's government (guideline; set 227: Grandi's coming meeting with "
     "Blinken a future 036 USA/GOV -> org:UNHCR) (borderline UKR/GOV -> USA/GOV from the speaker, or 040 asserted "
     "for a meeting under way); 'fruitful and productive' is the speaker's expectation; the earlier 'amazing meeting "
     "with President Biden' lies in the sentence before"),
 # --- State Dept random: demand
 2: ([("Russia’s ongoing war in Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
     "Media note on Special Envoy for Global Food Security Fowler's trip to the UN (18 July 2022); 'He will underscore "
     "that the global response must address ...' = the envoy's coming statement, a speech verb, not coded (guideline: "
     "01x), the document's own official -> reported_by null (README first set: a Department release about its own "
     "officials' words is not reported speech); 'the global response must address' is a deontic on an uncoded "
     "collective whose Y ('address') is no codable behaviour (guideline); 'Russia's ongoing war in Ukraine' = a "
     "realised event noun with its agent -> nominal 190 RUS/MIL -> bare UKR (held-out sets: 'Russia's brutal and "
     "unprovoked war' and 'Russia's war of aggression on Ukraine' RUS/MIL -> UKR; set 235 row 13) (borderline "
     "RUS/GOV, as held-out 21's 'Russia's brutal war'), ongoing -> asserted, being presupposed rather than part of "
     "the demand; 'the war's worsening impact on global food security' is an effect, no act"),
 3: ([], "AU Commission Chairperson Faki's turn at the signing of the U.S.-AU Memorandum of Cooperation (11 Mar 2022) "
         "-> org:AU; 'Maybe it [AGOA] has to be expanded and maybe deepened' = a hedged, agentless deontic on a U.S. "
         "trade-preference law, and 'the ... relations with the United States and Africa demand that we go beyond "
         "AGOA' an inanimate subject whose Y, going 'beyond' a trade programme, names no concrete behaviour (set 121: "
         "Angola's 'calls for a global coalition' with an inanimate subject uncoded; guideline: if Y is not a "
         "codable behaviour nothing is coded) (borderline a demanded 061 USA/GOV -> org:AU for expanding AGOA's "
         "trade preferences, or a request 1031 org:AU -> USA/GOV); 'I believe' is the speaker's view"),
 4: ([("The resolution urges stakeholders", "1043", "org:UN", N, False, A, N, False)],
     "'Key Outcomes at the 47th Session of the UN Human Rights Council' (14 July 2021); 'The resolution urges "
     "stakeholders to address the multiple and intersecting forms of discrimination that women and girls with "
     "disabilities face' = a request verb -> one asserted REQUEST (guideline), the resolution standing for the body "
     "that adopted it (README: an inanimate resolution stands for the Council that adopted it; a General Assembly "
     "resolution's 'calling for' stands for org:UNGA), the Human Rights Council -> org:UN (held-out precedents: the "
     "Human Rights Council as an acting body is org:UN) (borderline CAN/GOV, the resolution being 'led by Canada' in "
     "the sentence before, or USA/GOV as a co-sponsor); 'stakeholders' is an uncoded collective -> target null "
     "(guideline); Y = ending discrimination against women and girls with disabilities -> 1043, demand rights (set "
     "211: the Republic of Korea's urging of unnamed violators to improve human rights a 1043 with no target) "
     "(borderline generic 100); Y not coded separately (guideline); the discrimination women and girls 'face' has "
     "no agent"),
 # --- State Dept random: cue
 5: ([], "Blinken with Indian EAM Jaishankar before their meeting (New Delhi, 28 July 2021): 'There is a greater "
         "imperative than ever, I think, on cooperation, coordination, collaboration among countries, especially among "
         "countries who share basic perspectives, basic values, and basic interests' = a general statement of need "
         "about uncoded collectives of countries, no actor (set 173: 'a need for enhanced cooperation' uncoded; set "
         "179: a need for 'greater international cooperation' uncoded) (borderline a demanded nominal 050 USA/GOV -> "
         "IND/GOV, the sentence after applying it to 'the United States and India')"),
 6: ([("signed for Ghana", "057", "GHA/GOV", "USA/GOV", False, A, N, False)],
     "Release on the U.S.-Ghana Memorandum of Understanding Concerning Strategic Civil Nuclear Cooperation (13 July "
     "2021); the splitter cut after 'Hon.', so the sentence holds only Ghana's signatory: 'Kwaku Ampratwum Sarpong, "
     "Deputy Minister for Foreign Affairs and Regional Integration, signed for Ghana' -> GHA/GOV; signing the MoU = an "
     "agreement concluded -> 057 (guideline; held-out: 'signed an memorandum of understanding with New Zealand' a 057 "
     "GRD/GOV -> NZL/GOV), the counterpart the United States, from the document (guideline: a missing participant "
     "from the context) -> USA/GOV (borderline USA/GOV -> GHA/GOV from the document's government, as for a "
     "symmetric act, or uncoded as a repeat of the 'signed' of the release's first sentence, which lies outside this "
     "sentence)"),
 7: ([("has long been committed", "0333", "USA/GOV", N, False, A, N, False)],
     "Blinken's statement for the International Day for the Elimination of Sexual Violence in Conflict (19 June "
     "2021); 'The United States has long been committed to the prevention of, and accountability for, conflict-"
     "related sexual violence (CRSV) as well as efforts to support and protect survivors' = a commitment stated as a "
     "fact -> asserted 03x (README: 'remain committed to supporting' asserted 03x), the codable part being support "
     "and protection of survivors, humanitarian -> 0333 (held-out: 'reaffirms our commitment to alleviating the "
     "suffering of refugees' 0333 USA/GOV -> null), survivors worldwide an uncoded collective -> target null "
     "(borderline uncoded as an abstract policy position, guideline, or 030); prevention and accountability are "
     "goals with no counterpart (set 231: 'securing accountability' no CAMEO act)"),
 8: ([("We welcome", "051", "USA/GOV", "org:AU", False, A, N, False),
      ("initiatives taken by the African Union", "030", "org:AU", N, False, A, N, False)],
     "Chair's Statement of the Global Food Security Ministerial, 'issued by the United States as Chair' and endorsed "
     "by 33 governments (19 May 2022) -> 'We' = USA/GOV (guideline: 'we' in joint statements -> USA/GOV; held-out 12 "
     "and 15: not split); 'We welcome the different initiatives taken by the African Union (AU)' = a welcome -> 051 "
     "to the initiatives' author, org:AU (README: welcoming several developments is 051 to each named party, the "
     "developments coded too); 'initiatives taken by the African Union ... for the elimination of hunger and food "
     "insecurity in Africa' = the AU's launched initiatives -> 030 (set 208: the UNITAID initiative 'launched by the "
     "French Government' a non-nominal 030; set 132: an initiative a 030), not nominal as a participle with its "
     "agent (set 187), Africa having no code -> target null (borderline 0333, or uncoded as the welcome's object); "
     "'under the Senegalese presidency's leadership' = Senegal as AU chair, folded into org:AU (README: a head of "
     "state speaking as chair of the AU is the organisation) (borderline a second 030 from SEN/GOV)"),
 9: ([("condemned", "111", "USA/GOV", "IRN/GOV", False, A, N, False),
      ("the Iranian missile attacks", "194", "IRN/MIL", "IRQ", False, A, N, True),
      ("expressed solidarity with the Iraqi people", "051", "USA/GOV", "IRQ/CVL", False, A, N, False)],
     "Readout of Blinken's call with Iraqi PM al-Kadhimi (14 Mar 2022); 'Secretary Blinken condemned the Iranian "
     "missile attacks near Erbil' -> 111 aimed at the attacks' author, the Iranian government (held-out sets: "
     "condemnations of Russia's attacks 111 -> RUS/GOV beside RUS/MIL acts); 'the Iranian missile attacks' = a "
     "realised attack noun with its agent as adjective -> nominal, missile fire -> 194 (set 227: 'Armenian missile "
     "attack' on Baku a nominal 194, as PETRARCH's CAMEO dictionary codes MISSILE; set 127: 'rocket attacks on "
     "Kabul' 194) (borderline 195 or 190), the military act -> IRN/MIL (held-out sets: Russia's attacks RUS/MIL; "
     "borderline IRN/GOV, the armed forces not named), Erbil a place and not a metonym -> bare IRQ (set 227: bare "
     "AZE for Baku; borderline IRQ/CVL); 'that violated Iraq's sovereignty' is a characterisation, not coded "
     "(held-out 6; set 227: 'principles that Russia is violating' uncoded); 'expressed solidarity with the Iraqi "
     "people' after an attack -> 051 to IRQ/CVL (set 139: solidarity with Kenya after an attack a 051 to KEN/CVL; "
     "README: 'express support' 051), not the condolence that solidarity after a natural disaster is"),
 10: ([("signed the joint statement", "057", "USA/GOV", "SWE/GOV", False, A, N, False)],
      "Joint Statement of the United States and Sweden on Cooperation in Quantum Information Science and Technology "
      "(12 Apr 2022); the splitter cut after 'Erik D.', so the sentence begins with the surname; 'Ramanathan, United "
      "States Ambassador to Sweden, signed the joint statement in Stockholm for the United States' -> USA/GOV; "
      "signing a joint statement on cooperation = a formal agreement concluded -> 057 (held-out sets: a signed joint "
      "declaration a 057; row 6 of this set), the counterpart Sweden, from the title -> SWE/GOV (guideline: a missing "
      "participant from the context) (borderline 030 intent to cooperate, or uncoded as a joint public statement); "
      "Stockholm is the place of signing, not a metonym (guideline)"),
 11: ([("the U.S.-Croatia Strategic Dialogue", "040", "USA/GOV", "HRV/GOV", False, A, N, True),
       ("mapped future areas of cooperation", "030", "USA/GOV", "HRV/GOV", False, A, N, False)],
      "Release on the Fulbright programme's expansion to Croatian STEM teachers (5 Apr 2022); 'Today's announcement' "
      "is an anaphoric noun for the expansion announced in the sentence before, not coded (sets 178, 182, 205: "
      "anaphoric nouns uncoded); 'the U.S.-Croatia Strategic Dialogue, which was held in Washington, D.C. in March' = "
      "a realised meeting noun whose name gives its participants -> nominal 040 (README set 2: 'the U.S.-Bahrain "
      "Strategic Dialogue' a nominal 040; set 232: a Strategic Dialogue whose short name gives no participants "
      "uncoded), symmetric, from the first-named, the document's government -> USA/GOV -> HRV/GOV; Washington is the "
      "venue, not a metonym; 'and mapped future areas of cooperation between the two countries' = the two "
      "governments' planning of their future cooperation stated as a fact, the Dialogue standing for them (held-out "
      "rule: a mechanism that 'will deepen' cooperation stands for the two governments' act) -> intent 030 asserted "
      "(guideline: an explicit intent stated as a fact gives 03x asserted; held-out rule: plans discussed to expand "
      "cooperation are a 030), symmetric, coded once from USA/GOV (borderline folded into the 040, or future as "
      "the held-out rule's 'plans ... future'); the listed areas are topics"),
 12: ([("We demand the Houthis release", "1053", "USA/GOV", "YEM/REB", False, A, N, False),
       ("detained", "173", "YEM/REB", "YEM/CVL", False, A, N, False)],
      "Statement on the death of Abdulhameed Al-Ajami, a retired locally employed staff member, in Houthi detention "
      "(25 May 2022); 'We demand the Houthis release detained current and former U.S. employees' = 'S demands (that) "
      "X (to) do Y' -> one asserted REQUEST S -> X (guideline), the Houthis -> YEM/REB (guideline), Y = a release -> "
      "1053 (guideline); the realised detention named inside the request is coded too (README: support for a "
      "release is 1053 and the detention in its relative clause 173; a realised act named inside a request is "
      "coded) -> 173 YEM/REB; the detainees are 'our Yemeni staff in Sana'a' (sentence before), locally employed "
      "Yemeni nationals -> YEM/CVL (held-out: a Liberian locally employed staff member of Embassy Monrovia -> "
      "LBR/CVL) (borderline USA/GOV as their employer, or USA/CVL)"),
 13: ([("We stand with the Belarusian people", "051", "USA/GOV", "BLR/CVL", False, A, N, False),
       ("support their call", "1043", "USA/GOV", "BLR/GOV", False, A, N, False),
       ("call for the regime to respect human rights", "1043", "BLR/CVL", "BLR/GOV", False, A, N, True)],
      "Statement on the diversion of the Ryanair flight to Belarus and the arrest of a journalist (23 May 2021); 'We "
      "stand with the Belarusian people in their aspirations for a free, democratic, and prosperous future' -> 051 to "
      "BLR/CVL (held-out rule: 'stand with' is 051 throughout); 'support their call for the regime to respect human "
      "rights and fundamental freedoms' = joining another's call, which is the speaker's own request plus a nominal "
      "request of its author (README: 'we echo the Secretary-General's call' is the speaker's own request, and the "
      "call itself a nominal request of its author; set 152: 'We support the call by the current OAU Chairman' the "
      "speaker's 106 plus a nominal 106 from org:AU) -> an asserted 1043 USA/GOV -> BLR/GOV and a nominal 1043 "
      "BLR/CVL -> BLR/GOV, demand rights (guideline sub-code 1043), 'the regime' = the Lukashenka regime of the "
      "sentence before -> BLR/GOV (borderline a 051 USA/GOV -> BLR/CVL for the support instead of the speaker's "
      "1043, as set 115's applause for organisations 'who stand with us in demanding'); the aspirations are "
      "attitudes, no act"),
 14: ([("We welcome Morocco’s role", "051", "USA/GOV", "MAR/GOV", False, A, N, False),
       ("the historic normalization of relations with Israel", "050", "MAR/GOV", "ISR/GOV", False, A, N, True)],
      "Release on Blinken's travel to Morocco (28 Mar 2022); 'We welcome Morocco's role in promoting regional "
      "stability, prosperity, and the historic normalization of relations with Israel' -> 051 USA/GOV -> MAR/GOV "
      "(guideline: welcome 051); the realised normalization naming its parties, Morocco (the role's holder) and Israel "
      "-> nominal 050 MAR/GOV -> ISR/GOV (README set 7: a realised normalization naming its parties, Saudi Arabia and "
      "Iran, a nominal 050; README: welcoming several developments codes the developments too) (borderline 054, or "
      "the welcome split into a second 051 to ISR/GOV); 'promoting regional stability, prosperity' is an abstract "
      "role with no counterpart, not coded (borderline a habitual 045 with no target)"),
 # --- State Dept random: nocue
 15: ([], "Release on the updated Xinjiang Supply Chain Business Advisory (13 July 2021): 'This updates the original "
          "Xinjiang Supply Chain Business Advisory issued by U.S. government agencies on July 1, 2020' = a domestic "
          "advisory of U.S. agencies to U.S. businesses, an administrative act with no foreign counterpart (held-out "
          "rule: domestic programmes not coded; set 228: 'issues a warning' about economic harm is not a threat) "
          "(borderline a 111 USA/GOV -> CHN/GOV for the advisory's substance, stated only in the sentence before)"),
 16: ([], "Blinken to Jorge Ramos of TelevisaUnivision at the Summit of the Americas (9 June 2022): 'SECRETARY "
          "BLINKEN: - at a time where collective, coordinated action is more necessary than ever' = the end of an "
          "interrupted turn; a statement of need with no actor (set 173: 'a need for enhanced cooperation' uncoded); "
          "the heads of state 'have come together' lies in the text before the turn break"),
 17: ([("very anxious to hear about", "036", "USA/GOV", "MDA/CVL", False, F, N, False)],
      "Blinken at a meeting with Moldovan civil society (Chisinau, 6 Mar 2022) -> the civil-society participants "
      "MDA/CVL; 'All the kinds of things that you're working on I'm very anxious to hear about, so with that, let me "
      "stop talking and hear from you' = the conversation about to begin -> 'look forward to' + meet = 036 future "
      "(set 225: Blinken's 'I am eager to hear' with Palestinian civil society a future 036 -> PSE/CVL; guideline) "
      "(borderline 040 asserted for a meeting under way); 'let me stop talking and hear from you' is the same "
      "conversation, coded once (guideline: a repeated mention is coded once)"),
 18: ([], "Media note for Blinken's Pride Month reception (16 June 2022): 'Please submit any media inquiries via the web "
          "form ...' = logistics for journalists, no act between political actors (set 230: operator instructions "
          "uncoded)"),
 19: ([("taking these relationships to the next level", "030", "USA/GOV", "AFG/CVL", False, A, N, False)],
      "Blinken at the launch of the U.S.-Afghan Consultative Mechanism (U.S. Institute of Peace, 28 July 2022); 'these "
      "relationships' = 'our partnerships with Afghan civil society groups' (sentence before; guideline: a missing "
      "participant from the context) -> AFG/CVL; 'with today's launch of the U.S.-Afghan Consultative Mechanism, we "
      "are taking these relationships to the next level' = expanding cooperation stated as a fact -> intent 030 "
      "asserted (set 112: 'endeavouring to expand ... cooperation' a 030 asserted; set 235 row 0: 'our joint efforts "
      "to broaden and deepen engagement' a 030), the launch being the means of the same act, folded in (held-out "
      "rule: one commitment with several purposes coded once; set 234: 'As we launch this initiative' a 030 "
      "USA/GOV -> UKR/JUD) (borderline a separate nominal 030 for the launch, or a nominal 040 for the consultative "
      "mechanism as a meeting format); the Taliban are not a party to the mechanism"),
 20: ([], "Media note on Kerry's and Medina's travel to Palau for the Our Ocean Conference (8 Apr 2022): 'The importance "
          "of ocean-based climate solutions ... will be cross-cutting themes' = the conference's themes, no act (set "
          "234: the 'importance of working together' named as a meeting topic uncoded)"),
 21: ([("look forward to further opportunities to grow our relationship", "030", "USA/GOV", "STP/GOV", False, F, N,
        False)],
      "Blinken's Sao Tome and Principe National Day message (12 July 2021); 'We look forward to further opportunities "
      "to grow our relationship' = 'look forward to' + an intent to expand cooperation -> 030 future (guideline; "
      "held-out national-day and call readouts: 'look forward to strengthening this partnership' 030 future -> "
      "SGP/GOV, 'look forward to continuing to advance our bilateral relationship' 030 future -> SVN/GOV), the "
      "relationship of the two states -> STP/GOV (set 235 row 19: Paraguay's national-day partnership -> PRY/GOV) "
      "(borderline bare STP or STP/CVL, the message congratulating 'the people of Sao Tome and Principe'); 'wish "
      "your nation continued success and prosperity' = well-wishing, not coded (held-out 7)"),
 # --- UNGDC 2020-2024 random: neg
 22: ([], "Estonia (2021), the speech's opening: 'I am so sorry that we have not been able to meet together for so "
          "long' = regret of a situation (set 177: 'it is regrettable to note' a situation, not an act; set 195), "
          "'we' being the whole membership, kept from meeting in person by the pandemic (held-out 42/43: 'we' meaning "
          "all States not coded; set 152: Australia's 'we have not started negotiations', 'we' all States, uncoded) "
          "(borderline a negated 040 EST/GOV -> org:UNGA, as set 140's 'I did not attend the High-level Meeting')"),
 23: ([("urge you all to join us", "102", "SMR/GOV", N, False, A, N, False)],
      "San Marino (2020); 'I would like to take this opportunity to urge you all to join us — if you have not done so "
      "already — in [efforts] aimed at raising awareness of the importance of reducing food loss and waste' = a "
      "request verb, the hedged performative being the speaker's own asserted request (set 191: 'I would like to "
      "urge that the' a 102; guideline: urge -> 10x), 'you all' = the Assembly's delegations, an uncoded collective "
      "-> target null (set 140: Micronesia's 'We invite those who care and can to join us' a 102 with no target) "
      "(borderline org:UNGA, as set 176's 'We urge the Assembly'), Y = joining San Marino's and Andorra's awareness "
      "campaign -> 102, request support (borderline generic 100); 'if you have not done so already' is the "
      "addressees' unstated non-joining, an uncoded collective's, not coded; 'we celebrate for the first time this "
      "anniversary' (the International Day of Awareness of Food Loss and Waste) is a commemoration, no act (set 191)"),
 24: ([("I opposed it", "127", "ISR/GOV", N, False, A, N, False),
       ("the nuclear deal", "057", "IRN/GOV", N, False, A, N, True)],
      "Israel (Netanyahu, 2020); 'it' = 'the shameful nuclear deal that was made with Iran' in 2015, which 'I stood "
      "alone among world leaders in opposing' (sentence before); 'I opposed it' = Netanyahu's past opposition to the "
      "JCPOA, the Prime Minister then and at the speech's date -> ISR/GOV; opposing an agreement = rejecting it -> "
      "127, reject plan or agreement (README: rejection of the Ahtisaari package a nominal 127; set 128: Algeria's "
      "'renunciation of the Oslo declaration' a nominal 127) (borderline 120, or 111), the deal's makers never named "
      "in the sentence -> target null (set 137: 'The Israeli Government now refuses this proposal' a 127 with no "
      "target) (borderline IRN/GOV or USA/GOV, the United States having made the deal under the previous "
      "Administration); 'the nuclear deal' = the JCPOA named by a definite description with Iran in the sentence -> "
      "nominal 057 from IRN/GOV with no target (set 209: Belgium's anaphoric 'the agreement', the JCPOA, a nominal "
      "057 from IRN/GOV with no target, the speech naming no P5+1 member in it; set 228) (borderline uncoded as an "
      "event noun whose agent is not in the sentence, guideline); 'did not block Iran's path to the bomb' and 'paved "
      "its way to it' are figurative effects of the deal, not negated or asserted acts (guideline: figurative uses "
      "not coded; 'path to the bomb' a capability, a risk)"),
 # --- UNGDC 2020-2024 random: reported
 25: ([("Armenia must provide an extraterritorial corridor", "080", "ARM/GOV", "AZE/GOV", False, D, "AZE/GOV",
        False)],
      "Armenia (Pashinyan, 2022); 'It' = Azerbaijan ('What therefore is the point of Azerbaijan's claims?', sentence "
      "before); 'It is hinting that Armenia must provide an extraterritorial corridor' = a deontic without a request "
      "verb inside Azerbaijan's attributed claim -> Y coded with its source and modality demanded (guideline: 'X "
      "should / must do Y' codes Y, demanded), reported_by AZE/GOV (guideline: an event inside the complement of an "
      "attribution verb), the speech verb 'hinting' not coded; Y = giving up sovereign control over a transit route "
      "through Armenia's territory -> a concession, 080 yield (set 194: 'Armenia must finally realize' a demanded "
      "080 -> AZE/GOV; set 209) (borderline a 1053 AZE/GOV -> ARM/GOV as a territorial claim, as set 158's 'made "
      "claims to Armenian territories', or 061 for a transport link); 'according to Azerbaijan, article 9 of the "
      "trilateral statement of 9 November 2020 is supposed to support that claim' cites an agreement as a text and "
      "the anaphoric 'that claim', not coded (set 220: the Minsk Agreements cited as texts uncoded; sets 178, 182, "
      "205: anaphoric nouns uncoded)"),
 # --- UNGDC 2020-2024 random: future
 26: ([("We will support all efforts", "032", "org:EU", N, False, F, N, False)],
      "European Union (Michel, 2021) -> 'We' = org:EU (guideline); the sentences before are about 'a new alliance with "
      "the African continent'; 'We will support all efforts to promote education' = a future cooperative act -> "
      "intent code, policy support 032 future (held-out: France's 'France will support all the Organization's "
      "efforts' and the EU presidency's 'will continue to support the efforts of the parties' 032 future; set 210: "
      "Mali's 'will continue to support all initiatives' a future 032 with no target) (borderline 070 future for "
      "material support, held-out rule: a future material act keeps its code), Africa having no code and no party "
      "named -> target null; 'which is the best way to ensure a better future' is an evaluation"),
 # --- UNGDC 2020-2024 random: demand
 27: ([], "Viet Nam (2020): 'Our policies and actions should have the interest of our people at the heart, so that no "
          "one, and no country, will be left behind' = a deontic on 'our' policies, 'our' meaning all States (held-out "
          "42/43), whose Y names no codable behaviour (guideline)"),
 28: ([], "Nigeria (Tinubu, 2023): 'global institutions, other nations and their private-sector actors must see "
          "African development as a priority' = a deontic on uncoded collectives whose Y is an attitude, not a "
          "codable behaviour (guideline; held-out: demands between uncoded collectives not coded); the splitter keeps "
          "the 'if this year's theme is to have any impact' clause, a condition with no act"),
 # --- UNGDC 2020-2024 random: cue
 29: ([], "Sao Tome and Principe (2021): 'has faced enormous challenges in achieving the SDGs but has made efforts to "
          "meet their targets' = domestic development efforts with no counterpart (held-out rule: domestic "
          "programmes not coded)"),
 30: ([("affirms its support", "051", "DZA/GOV", "PSE/GOV", False, A, N, False),
       ("request submitted by the State of Palestine", "102", "PSE/GOV", "org:UN", False, A, N, False),
       ("looks forward to welcoming it", "032", "DZA/GOV", "PSE/GOV", False, F, N, False)],
      "Algeria (2022); 'Algeria affirms its support for the request submitted by the State of Palestine for full "
      "membership of the United Nations' -> 051 DZA/GOV -> PSE/GOV (set 115: support for Palestine's full membership "
      "a 051 to PSE/GOV; guideline: 'express support' 051), not left as a UN membership position since it backs a "
      "named state's request; 'the request submitted by the State of Palestine for full membership' = a bid for UN "
      "membership -> 102 PSE/GOV -> org:UN (README: a bid for UN membership is a nominal 102 to org:UN; set 121: the "
      "Palestinian Authority's intention to seek UN membership a future 102 to org:UN), not nominal as a participle "
      "with its agent (sets 187 and 208), realised -> asserted; 'and looks forward to welcoming it soon as the 194th "
      "State Member' -> a future 032 to PSE/GOV (set 210: Grenada's 'looks forward to welcoming to the United Nations "
      "... the Republic of China on Taiwan' a future 032 to TWN/GOV) (borderline uncoded as a hope about the "
      "Assembly's admission, an act of others)"),
 31: ([], "Bhutan (2023): 'This discussion assumes even greater urgency as we have passed the midpoint towards "
          "implementing the 2030 Agenda' = an evaluation, 'we' meaning all States, no act (held-out 42/43)"),
 32: ([], "Bangladesh (2020): 'The migrant workers are the frontline contributors to the economies of their host and "
          "home countries alike' = a description of migrants' economic role, no act between actors"),
 33: ([("The UN Secretary General’s “Early Warning for All” Initiative", "030", "org:UN", N, False, A, N, True)],
      "Slovenia (2024); 'The UN Secretary General's \"Early Warning for All\" Initiative is the right step in this "
      "direction' = an evaluation with no praise verb, not coded (set 142: 'were steps in the right direction' "
      "uncoded, borderline 051 to org:UN; set 184: 'is a beneficial step in the right direction' uncoded; set 190: "
      "praise with no praise verb uncoded); the initiative itself = a realised initiative noun with its agent, the "
      "Secretary-General -> org:UN (README: a UN programme stands for org:UN), nominal 030 with no target, the "
      "initiative being the Organization's own programme to protect everyone with early warning systems (set 132: "
      "'an initiative for an International Solar Energy Alliance' a nominal 030 with no target) (borderline a "
      "nominal 100 from org:UN, as set 205's 'bold initiative taken by the Secretary-General of the OAU', or "
      "uncoded)"),
 34: ([], "Bosnia and Herzegovina (2022): 'In particular, there was an attempt to disband State institutions "
          "established on the basis of ... the Dayton Peace Agreement' = an agentless attempt whose agent (the "
          "Republika Srpska leadership) the speech never names, and the dismantling of a state's own institutions "
          "has no CAMEO code (set 120: a secession attempt uncoded; guideline: agentless event nouns not coded) "
          "(borderline a nominal 128 with no source for the attack on the Dayton provisions); the institutions' "
          "establishment under the Agreement is background, not an act of this sentence"),
 35: ([], "Saudi Arabia (2023): 'The Kingdom's Vision 2030 is aimed at strengthening development efforts, ... "
          "consolidating the values of openness, dialogue, tolerance and coexistence' = the aims of a domestic "
          "programme, no act between actors (held-out rule: domestic programmes not coded)"),
 # --- UNGDC 2020-2024 random: nocue
 36: ([], "Mozambique (2022): 'These are aggravating the food, energy and humanitarian crises and hampering the "
          "functioning of the supply chain' = crises and conflicts as inanimate causes, no actor (set 189: conflicts "
          "named only by place not coded)"),
 37: ([], "Madagascar (2022): 'With regard to education, we have made great strides' = domestic progress, no act "
          "between actors"),
 38: ([], "Peru (2024): 'We have launched an ambitious investment programme to close infrastructure gaps' = a domestic "
          "programme, not coded (held-out rule)"),
 39: ([], "Fiji (2020): 'every nation has fallen well short of their global commitments' = unmet commitments of all "
          "States, an uncoded collective, and compliance rather than an act (set 234: unmet emitters' commitments "
          "between uncoded groups uncoded; held-out 42/43)"),
 40: ([], "Mali (2023): 'the current geopolitical tensions and multiple conflicts around the world are real causes for "
          "concern' = concern about situations with no named party (guideline: 01x concern not coded; conflicts named "
          "only by place not coded)"),
}
