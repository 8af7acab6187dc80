"""Hand annotations for the TWO-HUNDRED-AND-FORTY-THIRD held-out event gold set (source of events-heldout243.jsonl).

Keyed by the row index of selection-heldout243.jsonl (output of select_statement_sentence_heldout.py 243; rows 0-21
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
    python3 data/gold/build_events.py --selection selection-heldout243.jsonl \\
        --annotations annotations_heldout243 --output events-heldout243.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([], "Designation of Cavara and Seranic for anti-Dayton behaviour (6 June 2022); Seranic, a Republika Srpska "
         "minister -> BIH/GOV under the sub-national rule (guideline, Bougainville; held-out 25 row 30 on this same "
         "release); 'furthered efforts to create an RS entity-level agency for medicines and medical devices' = the "
         "setting-up of a parallel domestic institution, which has no CAMEO code; 'that will undermine the "
         "state-level Agency' is an evaluative prediction, and 'is an attack on BiH's constitutional order' a "
         "figurative attack (guideline: 'attack on sovereignty' figurative; held-out 22 and 25: the designation's "
         "'undermine democratic processes' acts are generic and evaluative) (borderline a 128 BIH/GOV -> BIH/GOV for "
         "undermining the state institution, as set 223's 'Beijing is undermining them' 128); the designation itself "
         "is in the sentence before"),
 1: ([("they will cooperate", "030", "USA/GOV", "RUS/GOV", False, F, N, False)],
     "U.S.-Russia Joint Statement on the Climate Challenge (15 July 2021); 'they' = Special Envoy Kerry and Special "
     "Representative Edelgeriyev (sentences before) -> USA/GOV and RUS/GOV; 'will cooperate on climate-related "
     "issues in the Arctic' = future cooperation -> 030 future (held-out rule: 'hope that we can work together' 030 "
     "future; held-out 235 row 1: 'will continue to work closely with lawmakers' 030 future), symmetric, coded once "
     "from the document's government (guideline) (borderline 061 for cooperation on a technical-economic field, or "
     "032)"),
 # --- State Dept random: demand
 2: ([("we are grateful for", "051", "USA/GOV", "ARE/GOV", False, A, N, False),
      ("the partnership that we have with the UAE", "050", "USA/GOV", "ARE/GOV", False, A, N, True),
      ("to talk to you about that today", "036", "USA/GOV", "ARE/GOV", False, F, N, False)],
     "Blinken to Abu Dhabi Crown Prince Mohammed bin Zayed before their meeting (29 Mar 2022); MBZ, the UAE's de "
     "facto ruler -> ARE/GOV; 'we are grateful for and committed to the partnership that we have with the UAE' = "
     "thanks -> 051 (guideline: thank 051) plus the partnership named with its partner -> nominal 050 (set 125: "
     "thanks to the EU 'for its cooperation' a 051 and a nominal 061; held-out 235 row 19: 'our strong partnership "
     "with Paraguay' a nominal 050); 'committed to' the same partnership is folded into the 050, as held-out 235 "
     "row 19's 'We reaffirm our strong partnership' (borderline a separate asserted 030, README: commitments stated "
     "as facts are asserted 03x); 'I am grateful for the time' is a second thanks of the same pair, coded once "
     "(guideline: a repeated mention is coded once; borderline a second 051, or uncoded courtesy as held-out 21 row "
     "30, which had no addressee); 'to be able to spend some time to talk to you about that today' = the meeting "
     "about to be held (title 'Before Their Meeting') -> 036 future (held-out 21 row 28: 'we'll compare notes' and "
     "held-out 22 row 38: 'We have a lot to talk about' 036 future before their meetings) (borderline 040 as a "
     "meeting under way, set 225 row 17); the Houthi aggression, Iran and Russia's aggression lie in the sentences "
     "before"),
 3: ([("remain in close contact with", "040", "USA/GOV", "ISR/GOV", False, A, N, False),
      ("remain in close contact with", "040", "USA/GOV", "PSE/GOV", False, A, N, False),
      ("call on all to maintain calm", "1056", "USA/GOV", "ISR/GOV", False, A, N, False),
      ("call on all to maintain calm", "1056", "USA/GOV", "PSE/GOV", False, A, N, False)],
     "Blinken's statement on the escalation at Shireen Abu Akleh's funeral (13 May 2022); 'We remain in close contact "
     "with our Israeli and Palestinian counterparts' = ongoing consultation -> 040 (guideline: consult 040), compound "
     "target split (guideline), the counterparts being the Israeli government and the Palestinian Authority -> "
     "ISR/GOV, PSE/GOV; 'call on all to maintain calm and avoid any actions that could further escalate tensions' = "
     "one asserted request per addressee (guideline), Y = de-escalation -> 1056 (guideline), 'all' resolved to the "
     "parties the sentence names (set 226 row 2: 'urging all parties' one request to each party the interview "
     "names; set 227 row 11) (borderline target null, 'all' including the crowds and the police, an open class); Y "
     "not coded separately; the police intrusion is in the sentence before"),
 4: ([("We also urge Cambodia", "100", "USA/GOV", "KHM/GOV", False, A, N, False)],
     "Fact sheet on the U.S.-Cambodia relationship (2 Aug 2022); 'We also urge Cambodia to do more to address "
     "systemic corruption and trafficking in persons' = one asserted request to the government (guideline), Y = "
     "better domestic governance with no sure sub-code -> generic 100 (set 230 row 9: 'We urge the Leadership "
     "Council to ... strengthen basic services' a generic 100; set 226) (borderline 1042 policy change, or 1043 for "
     "the trafficking victims' rights); Y not coded separately; 'which inhibit Cambodia's development' describes "
     "the problems, no act"),
 # --- State Dept random: cue
 5: ([], "Joint readout of the Trilateral Working Group on Violence Against Indigenous Women and Girls (15 July 2022); "
         "'Strengthening Access to Justice: This includes discussion of culturally and linguistically-specific "
         "approaches' = a theme heading whose 'discussion' noun has no agent in the sentence (guideline: event nouns "
         "without an agent not coded; held-out 19 row 22: 'the discussion emphasized' uncoded), the meeting itself "
         "being in the sentences before (borderline a nominal 040 USA/GOV to MEX/GOV and to CAN/GOV, the participants "
         "from the context); gender-based violence, trafficking and the missing and murdered women are agentless "
         "topics"),
 6: ([], "Release on the third U.S.-Vietnam Civil Space Dialogue (25 Mar 2022); 'The discussion focused on "
         "cooperation in space-based Earth observation' = the anaphoric 'discussion' of the Dialogue held in the "
         "sentence before (guideline: 'the meeting' and other event nouns without an agent not coded; held-out 19 row "
         "22), and 'cooperation in space-based Earth observation' a topic of the talks with no party named in the "
         "sentence (borderline a nominal 061 USA/GOV -> VNM/GOV, the parties from the text before, as set 229's "
         "'our cooperation' nominal 062)"),
 7: ([("the Israeli-Palestinian conflict", "190", "ISR/GOV", "PSE/GOV", False, A, N, True)],
     "Readout of Blinken's call with Jordanian FM Safadi (19 Apr 2022); 'reaffirmed the U.S. commitment to stability "
     "in the region' is an abstract commitment with no counterpart, and 'support for a two-state solution' a "
     "settlement formula, an abstract policy position (guideline; held-out 201 row 35 and set 145: the two-State "
     "solution uncoded; set 225: Biden's commitment to a two-state solution uncoded) (borderline one 051 each to "
     "ISR/GOV and PSE/GOV); 'the Israeli-Palestinian conflict' = a conflict noun naming its parties -> nominal 190 "
     "from the first-named (README choices: 'the Pakistani-Indian conflict' a nominal 190 from the first-named; "
     "held-out 101 row 30 and 190 row 17: 'the Israeli-Palestinian conflict' nominal 190 ISR/GOV -> PSE/GOV) "
     "(borderline uncoded as a long-standing dispute, as held-out 14 row 63 in the same genre)"),
 8: ([("the United States is committed to helping ASEAN", "033", "USA/GOV", "org:ASEAN", False, A, N, False)],
     "Fact sheet on U.S. support for the ASEAN Outlook on the Indo-Pacific (4 Aug 2021); 'overall energy demand in "
     "Southeast Asia has grown' is no act; 'the United States is committed to helping ASEAN secure a strong energy "
     "future' = a commitment to assist stated as a fact -> asserted 03x (README: 'remain committed to supporting' "
     "asserted 03x), the help being material (the Asia EDGE energy programmes of the next sentence) -> 033 intent "
     "to provide material aid (borderline 0331 economic aid, or 032 as policy support), ASEAN -> org:ASEAN "
     "(held-out rule: the ASEAN Special Envoy is org:ASEAN)"),
 9: ([("cooperation on economic and social development initiatives", "061", "USA/GOV", "ARE/GOV", False, A, N,
       True)],
     "Joint Statement on the Eighth U.S.-UAE Economic Policy Dialogue (9 June 2021); 'They' = the two delegations "
     "(sentence before); 'highlighted a number of achievements' = a joint evaluation, no praise of another party "
     "(set 142: 'were steps in the right direction' uncoded; borderline 051 with no target); among the listed "
     "achievements 'cooperation on economic and social development initiatives' = the two governments' own "
     "cooperation, its parties plain from the text around it (README choices: an event noun whose agent is plain "
     "only from the text around it is coded; a cooperation noun is a nominal 050) -> nominal 061, economic "
     "cooperation, symmetric, coded once from the document's government (borderline 050, or uncoded as an item of a "
     "list of topics, as held-out 11 row 10); the AML/CFT policies, the IP protections and the investment climate "
     "are the UAE's domestic policies, no act between actors"),
 10: ([("We are united in our condemnation", "111", "USA/GOV", "AFG/GOV", False, A, N, False),
       ("decision not to re-open secondary schools to Afghan girls", "1721", "AFG/GOV", "AFG/CVL", False, A, N,
        True)],
      "Joint statement of the Foreign Ministers of Canada, France, Italy, Norway, the UK, the US and the EU High "
      "Representative (24 Mar 2022) -> 'We' in a joint statement = USA/GOV, not split (guideline: 'we' in joint "
      "statements -> USA/GOV; held-out 228 row 14: a five-government joint statement's 'We reaffirm' coded from "
      "USA/GOV) (borderline one 111 per named signatory, as held-out 230's communique whose third-person 'their "
      "governments' was split); 'We are united in our condemnation of' = the speakers' own condemnation -> 111 "
      "(guideline), a performative noun phrase and so not nominal (set 173: 'Our deep appreciation' a 051 that is not "
      "nominal; held-out 76's 'sincere congratulations'); the Taliban after 15 Aug 2021 -> AFG/GOV (guideline); 'the "
      "Taliban's decision not to re-open secondary schools to Afghan girls' = a realised decision with its agent, "
      "denying girls education, a restriction of rights -> nominal 1721 AFG/GOV -> AFG/CVL (set 226: Lavrov's "
      "'language ban' a 1721 to UKR/CVL; set 211: 'denied ... full political freedom' a 1721; title: 'Decision to "
      "Deny Afghan Girls the Right to an Education') (borderline 172 administrative sanction, or uncoded as a "
      "domestic education policy); 'not to re-open' is the content of the decision, not an event negation"),
 11: ([], "Blinken's statement for the International Day for the Elimination of Sexual Violence in Conflict (19 June "
          "2022); 'We remain deeply committed to preventing and responding to all forms of gender-based violence ... "
          "and protecting and supporting survivors' = an abstract policy commitment whose beneficiaries (survivors "
          "everywhere) are an uncoded collective and whose perpetrators are unnamed (guideline: abstract policy "
          "positions without an actor not coded; set 128: a commitment to confronting climate change uncoded) "
          "(borderline an asserted 033 with no target under 'remain committed to supporting')"),
 12: ([("discussed", "040", "USA/GOV", "ISR/LEG", False, A, N, False)],
      "Readout of Deputy Secretary Sherman's meeting with Knesset Speaker Levy (28 Mar 2022); 'Deputy Secretary "
      "Sherman and Speaker Levy discussed' -> 040 (guideline), symmetric, coded once from the document's government, "
      "the Knesset Speaker -> ISR/LEG (README choices: the Knesset Speaker ISR/LEG); this sentence's discussion is "
      "coded although the sentence before also says 'They discussed', since each sentence is annotated on its own "
      "(held-out 235 row 10: 'also discussed' coded); 'the Knesset's work to create stronger societal cohesion and "
      "ease intercommunal relations' is a domestic topic, no act between actors"),
 13: ([("traveled to Bridgetown, Barbados", "042", "USA/GOV", "BRB", False, A, N, False),
       ("to meet with Caribbean Community (CARICOM) leaders", "040", "USA/GOV", "org:CARICOM", False, A, N, False)],
      "Release on Special Advisor Dodd's trip to Barbados (26 Apr 2022); Dodd, the President's Special Advisor for "
      "the Summit of the Americas -> USA/GOV; 'traveled to Bridgetown, Barbados, April 19-20' = a realised visit -> "
      "042 to the bare country (guideline: visit 042; held-out rule: a trip is 042 per destination); 'to meet with "
      "Caribbean Community (CARICOM) leaders to discuss regional priorities' = the meetings the trip was for, "
      "realised ('Senator Dodd engaged with CARICOM leaders', next sentence) -> 040 (set 229: Kerry's trip one 042 "
      "and one 040 per country), 'to discuss' folded into the meeting, CARICOM -> org:CARICOM (held-out 228 row: "
      "CARICOM member countries -> org:CARICOM) (borderline one 040 per Head of Government named in the next "
      "sentence, nine in all); 'in advance of the Ninth Summit of the Americas this June in Los Angeles' is a time "
      "marker (borderline a future nominal 036 USA/GOV -> org:CARICOM)"),
 14: ([("our shared commitment", "032", "USA/GOV", "UKR", False, A, N, True),
       ("our shared commitment", "032", "TUR/GOV", "UKR", False, A, N, True),
       ("engagement in support of a diplomatic resolution", "045", "TUR/GOV", "RUS/GOV", False, A, N, True),
       ("engagement in support of a diplomatic resolution", "045", "TUR/GOV", "UKR/GOV", False, A, N, True)],
      "Readout of Blinken's call with Turkish FM Cavusoglu (8 Feb 2022); 'The Secretary emphasized our shared "
      "commitment to Ukraine's sovereignty and territorial integrity' = the two governments' stated commitment to "
      "support Ukraine -> nominal 032 asserted, one per partner ('our' = the US and Türkiye), to the bare country "
      "(set 229: 'our shared commitment to support Ukraine' one nominal 032 per partner to bare UKR; held-out 18: "
      "support for sovereignty to the bare country) (borderline 051, or uncoded as a topic of the call); 'noted' is "
      "the speaker's remark, not a praise verb (held-out 20 row 13) (borderline 051 TUR/GOV as an acknowledgement); "
      "'President Erdogan's engagement in support of a diplomatic resolution' = Türkiye's realised good offices "
      "between Russia and Ukraine, the crisis of the sentence before ('further Russian escalation and aggression "
      "against Ukraine') -> nominal 045, one per party (README choices: a mediation noun naming its broker is 045 "
      "from the broker to each party; a facilitation of an organisation is a nominal 045 to each party) (borderline "
      "039 as an offer to mediate, or 040 with each)"),
 # --- State Dept random: nocue
 15: ([], "Release on the State Department's 'Evolve' technology acquisition (11 July 2022): the purchase of technology "
          "services through IDIQ contracts is the Department's internal procurement (held-out 4 row 31, 13 row 31: "
          "internal Department business not coded)"),
 16: ([("the U.S. ironclad commitment to the defense of its Baltic Allies", "0334", "USA/GOV", "LVA/GOV", False, A,
        N, True)],
      "Readout of Deputy Secretary Sherman's meeting with Latvian FM Rinkevics (17 June 2022); 'emphasized the U.S. "
      "ironclad commitment to the defense of its Baltic Allies' = intent to provide military protection stated as a "
      "fact -> nominal 0334 asserted (held-out 12 row 32, 18 row 9, 230: 'the ironclad commitment to the defense of' "
      "0334 nominal to the governments); the Baltic Allies are a group without a code -> each member the document "
      "names, here only Latvia (README choices: a group of four States whose members the document does not name is "
      "coded for the one it names; a group without a code is each member the document names) (borderline one 0334 "
      "each to EST/GOV and LTU/GOV as well, or org:NATO as held-out 235 row 6)"),
 17: ([], "Designation of former Nairobi Governor Sonko (8 Mar 2022): 'While in office, Governor Sonko solicited bribes "
          "and kickbacks in exchange for awarding government contracts to his associates' = corruption, which CAMEO "
          "has no code for (README choices: defrauding is not coded; held-out 22 row 20: corruption in a designation's "
          "'for' clause not a CAMEO act), the bribe-payers and associates unnamed private persons (borderline a "
          "generic 100 KEN/GOV -> null for 'solicited', or a 061 for the contracts)"),
 18: ([], "Release calling for a civilian-led transition in Chad (21 May 2021); 'The Chadian people deserve an "
          "inclusive national dialogue where all stakeholders can come together to decide the future of their "
          "country' = a normative claim whose dialogue has no convenor or participant named in the sentence, an "
          "agentless deontic on a domestic process (held-out 235 row 4: the Troika's agentless deontics on South "
          "Sudan's transition uncoded; set 180: an agentless 'requires effective efforts' uncoded) (borderline a "
          "demanded nominal 043 TCD/MIL -> TCD/CVL, the Transitional Military Council being the authority, as set "
          "174's 'working on a national dialogue' 043 SSD/GOV -> SSD/CVL)"),
 19: ([], "Joint statement of the Global Partnership for Action on Gender-Based Online Harassment (3 May 2022): 'It is "
          "a risk to media pluralism and democracy' = a risk (guideline: figurative or risk uses not coded), 'It' the "
          "agentless escalation of technology-facilitated violence"),
 20: ([], "World Ocean Day statement (8 June 2021): sea level rise, acidification and biodiversity loss 'imperiling "
          "communities worldwide' are effects of pollution, no act between actors"),
 21: ([("I congratulate the people of the Republic of Liberia", "051", "USA/GOV", "LBR/CVL", False, A, N, False)],
      "Blinken's Liberia National Day message (26 July 2021); 'On behalf of the United States of America, I "
      "congratulate the people of the Republic of Liberia as it marks 174 years of statehood' -> 051 (README "
      "choices: congratulating a people on a national day is 051), the people -> LBR/CVL; 'On behalf of the United "
      "States' makes the source USA/GOV"),
 # --- UNGDC 2020-2024 random: neg
 22: ([], "Slovenia (Pahor, 2021): 'We have to engage in meaningful discussion and dialogue, even with those ... with "
          "whom we do not agree' = a hortative whose 'we' is all humankind ('Almost all the challenges we face are "
          "global', sentence before) and whose counterparts are unnamed (held-out 42/43: 'we' meaning all States not "
          "coded) (borderline a demanded 040 SVN/GOV with no target); 'with whom we do not agree' is an attitude, no "
          "negated event"),
 23: ([("respond to such crises", "073", "org:UN", N, False, D, N, False)],
      "Grenada (2023); 'We all must never forget' is a reminder, no act; 'the United Nations and its Members must come "
      "together and respond to such crises with the greatest urgency ... so that we can all come together in aid of "
      "our neighbours and citizens' = a deontic without a request verb -> demanded (guideline), the United Nations -> "
      "org:UN, the Members being all States, an uncoded collective dropped from the compound (held-out 42/43), Y = "
      "responding to human suffering in aid of others -> humanitarian aid 073 with no target (set 172: 'The "
      "situation calls for the Organization to strive to lighten the heavy burden' a demanded 070 org:UN with no "
      "target; set 187: 'Most urgent tasks of our Organization is to provide immediate assistance' a demanded 073 "
      "org:UN with no target); 'come together' and 'cooperation' are folded in as the manner of the response "
      "(borderline uncoded as a general norm for all States, set 174, or 070); 'never forget' bears on remembering, "
      "no negated event"),
 24: ([("refused", "120", "BFA/GOV", "FRA/GOV", False, A, N, False),
       ("repressive measures", "170", N, "BFA/GOV", False, A, N, True),
       ("threats", "130", N, "BFA/GOV", False, A, N, True)],
      "Burkina Faso (2023, the transition under Captain Traoré) -> BFA/GOV under the UN-speech rule (README choices: "
      "Sudan's 2023-24 speeches are SDN/GOV) (borderline BFA/MIL under the junta rule); 'Having also refused, in the "
      "name of his people's best interests' = Traoré's refusal of the conditions that 'the so-called international "
      "community, led by France' tried to impose ('so that Captain Ibrahim Traore would implement whatever it "
      "decided', sentence before) -> REJECT 120 (guideline: an explicit refusal is a 12x event, not negated), the "
      "France-led collective coded for France, the only member named (README choices: a coalition led by the "
      "United States is USA/GOV when the document names no other member) (borderline target null, or 1244 as a "
      "refusal to yield on policy); the dangling participle's clause then lists what followed: 'an onslaught of "
      "repressive measures' = coercion -> nominal 170 and 'threats' -> nominal 130, both with no source, the agents "
      "never named in the sentence, to Traoré's government (set 218: Belarus's 'Neither sanctions nor blackmail and "
      "threats' a nominal 163 and a nominal 130 with no source; set 224: 'unilateral coercion' a nominal 170 with no "
      "source) (borderline FRA/GOV as source, from 'at the behest of France' in the text after, or 163 for the "
      "measures); 'attempted coups d'etat' are not coded (README choices: coups are not coded); 'unethical schemes "
      "are being devised in criminal workshops' is agentless and names no act"),
 # --- UNGDC 2020-2024 random: reported
 25: ([("We support the efforts by the International Criminal Court", "051", "LIE/GOV", "org:ICC", False, A, N,
        False),
       ("to investigate according to its mandate", "094", "org:ICC", N, False, A, N, False)],
      "Liechtenstein (2024), in its passage on Gaza and the hostages; 'We support the efforts by the International "
      "Criminal Court' -> 051 (guideline: 'express support' 051) to org:ICC (guideline); 'to investigate according "
      "to its mandate' = the Court's ongoing investigation -> 094 from org:ICC (set 198: a welcome of the ICC "
      "Prosecutor 'investigating the smugglers in Libya' a 051 to org:ICC plus a 094 from it with no target), an "
      "infinitive verb, not nominal, the investigated parties unnamed in the sentence -> target null (borderline "
      "ISR/GOV and PSE/REB from the Gaza context, or the 094 folded into the support as its object)"),
 # --- UNGDC 2020-2024 random: future
 26: ([("we will continue to support Ukraine", "070", "LUX/GOV", "UKR", False, F, N, False)],
      "Luxembourg (Bettel, 2023); 'And so we will continue to support Ukraine' = future support of a country at war, "
      "material in 2023 -> 070 future (README choices: a future material act keeps its code, 'we will continue "
      "support' 070 future), to the bare country (set 226: 'powerful support for Ukraine' a 070 to bare UKR; set "
      "230: 'double down on our support for Ukraine' a future 070 to bare UKR) (borderline a future 032, as set "
      "140's 'will continue to provide all necessary support'; or UKR/GOV)"),
 # --- UNGDC 2020-2024 random: demand
 27: ([("We call upon the international community", "102", "SWZ/GOV", N, False, A, N, False)],
      "Eswatini (2024); 'We call upon the international community to support the African Union's Agenda 2063 and the "
      "AU Master Roadmap for Silencing the Guns' = one asserted request (guideline), the addressee an uncoded "
      "collective -> target null, Y = policy support -> 102 (set 211: Zimbabwe's call on the international "
      "community to back African peace initiatives and the OAU a 102 with no target) (borderline 1031 for "
      "development support); Y not coded separately (guideline); the Agenda and the Roadmap are documents, not acts"),
 28: ([], "Lebanon (2022): 'The injustice against the Palestinian people must end' = an agentless deontic whose Y, "
          "'injustice', is an evaluation and no codable behaviour (guideline: if Y is not a codable behaviour nothing "
          "is coded; set 187: 'The cycle of violence in the Middle East must end' uncoded) (borderline a demanded 0833 "
          "or 087 ISR/GOV -> PSE/CVL, Israel never named in the sentence)"),
 # --- UNGDC 2020-2024 random: cue
 29: ([], "Ireland (2024): 'we see hard-won progress threatened and even reversed' = agentless threats to and reversals "
          "of women's rights 'in too many parts of our world', no actor named (guideline: agentless passives -> null; "
          "a risk use of 'threatened'); 'we see' is the speaker's observation"),
 30: ([], "Turkmenistan (2023): 'We hope for the assistance of the relevant United Nations agencies in organizing that "
          "event in New York' = a hope about another actor's aid, optative (README choices: hopes about others' aid, "
          "'we count on', 'look forward to the support of', are not coded; set 218: a confident prediction of others' "
          "support uncoded) (borderline a 103 to org:UN as an implied request, or a future nominal 070 org:UN -> "
          "TKM/GOV); 'that event' (the proposed high-level meeting of the sentence before) is anaphoric"),
 31: ([("the support", "070", N, "ITA", False, A, N, True)],
      "Italy (Conte, 2020); 'Italy was able to see first-hand the support and friendship of the world community' = "
      "realised support received in the first weeks of the pandemic, its givers the world community, an uncoded "
      "collective -> nominal 070 with no source (guideline: collectives -> null; set 152: Japan's post-war 'received "
      "a great deal of support' a 070 with no source to bare JPN; set 148: 'generous assistance ... we received' a "
      "nominal 070 with no source to KOR/GOV), to the country that faced the emergency -> bare ITA (borderline "
      "ITA/GOV, or 073 as pandemic relief); 'friendship' is a sentiment, not coded"),
 32: ([("his intention to resume negotiations", "036", "org:UN", "CYP/GOV", False, A, N, True),
       ("his intention to resume negotiations", "036", "org:UN", "TUR/GOV", False, A, N, True)],
      "Cyprus (Anastasiades, 2020); 'the recent statement of the UN Secretary-General of his intention to resume "
      "negotiations' = the Secretary-General's declared intention to convene the Cyprus talks, a realised "
      "statement-type act -> nominal 036 from org:UN (guideline: the speech verb is coded when it is itself the "
      "event; README choices: 'offered to host' 036; set 130: support for the Secretary-General's 'initiative in "
      "convening' a summit gives a future nominal 036 from org:UN), `reported_by` null; the negotiations' parties "
      "named in the speech are the speaker's government and Turkey, the Turkish Cypriot leadership having no code "
      "(README choices: the Turkish-Cypriot leadership has no code) -> one 036 to CYP/GOV and one to TUR/GOV "
      "(borderline CYP/GOV only, or target null); 'I expected ... that Turkey would respond in a positive way' = a "
      "disappointed expectation about another actor's act, a hope, not coded (set 123: a confident prediction of "
      "another actor's act is a hope and not coded) (borderline a hypothetical 030 TUR/GOV -> org:UN, the positive "
      "counterpart of 'has not responded', or a negated 030 from the next sentence's negative reaction)"),
 33: ([("welcomes the outcome of the recent meeting", "051", "TUN/GOV", "DZA/GOV", False, A, N, False)],
      "Tunisia (2021); 'Tunisia once again welcomes the outcome of the recent meeting held in our sister nation of "
      "Algeria among Libya's neighbours' -> 051 (guideline: welcome 051), the meeting's participants 'Libya's "
      "neighbours' being a group without a code -> coded for the one member the sentence names, Algeria, which "
      "hosted it (README choices: a group of four States whose members the document does not name is coded for the "
      "one it names; set 183: appreciation of summits gives a 051 to the host named with the venue) (borderline "
      "target null); the meeting 'held in' Algeria is left uncoded as a meeting only held at a venue (sets 153, 154, "
      "188) (borderline a nominal 043 DZA/GOV with no target, as set 183); 'their critical role in helping their "
      "Libyan brothers' is the mechanism's purpose; 'under the auspices of the United Nations' is not coded (set "
      "116: UN 'auspices' not coded; borderline a nominal 045 org:UN -> bare LBY, as set 152), and 'with the "
      "support of the international community' runs between uncoded collectives (null -> null, not coded)"),
 34: ([], "Honduras (Hernández, 2021): 'better assistance for entrepreneurs and more support in terms of food "
          "production and improved housing and social programmes' = the government's domestic programmes for its own "
          "citizens (set 174: 'We have to provide them with agricultural assistance' a domestic programme, uncoded; "
          "held-out 26/50: domestic policy) (borderline a 073 HND/GOV -> HND/CVL, as set 149's flood assistance)"),
 35: ([("we call for more action", "1033", "UGA/GOV", N, False, A, N, False)],
      "Uganda (2021); 'we call for more action to ensure ... equitable, affordable access for all to ... COVID-19 "
      "vaccines, therapeutics and diagnostics' = 'S calls for Y', one asserted request (guideline) with no addressee "
      "-> target null (held-out 235 row 35: Haiti's 'We call for recognition' a 100 with no target; set 154: the "
      "call for a nuclear-test moratorium a 1056 with no target), Y = access to vaccines and medicines -> request "
      "humanitarian aid 1033 (set 229: the WHO Director-General's calls on vaccine equity a nominal 1033) "
      "(borderline 103, or uncoded as a call with no addressee, sets 110 and 146); Y not coded separately"),
 # --- UNGDC 2020-2024 random: nocue
 36: ([], "Liechtenstein (2023): 'Its agencies and programmes carry out functions of enormous importance to "
          "individuals around the globe' = an evaluation of the United Nations system's work, 'carry out functions' "
          "naming no codable behaviour (borderline a habitual 070 org:UN -> null, as set 153's specialized agencies "
          "that 'provide valuable support to countries')"),
 37: ([], "Uganda (2024): list item 'Scaling up action to address climate change and biodiversity loss' = a challenge "
          "named under a belief about multilateralism, no actor"),
 38: ([], "Australia (2023): crises 'making it harder to achieve our 17 shared Sustainable Development Goals' and "
          "developing countries 'rightly frustrated' = situations and a sentiment, no act; 'we are falling short' "
          "is 'we' meaning all States"),
 39: ([], "Liberia (2024): 'The building blocks and tenets of Vision 2030 are significantly aligned with the "
          "Sustainable Development Goals' = a description of a national plan, no act"),
 40: ([("We need partnerships with the international community", "050", "GRD/GOV", N, False, D, N, True),
       ("help us access", "070", N, "GRD/GOV", False, D, N, False)],
      "Grenada (2024); 'We need partnerships with the international community' = a statement of need -> demanded "
      "nominal 050 from the speaker's government, the partner an uncoded collective -> target null (set 128: "
      "Norway's 'We need partnerships and cooperation with the United Nations' a demanded nominal 050 NOR/GOV -> "
      "org:UN); 'partnerships that help us access both the financial tools and the technology' = the help the "
      "partnerships are to give -> demanded 070 with no source to the speaker's government (README choices: "
      "statements of need are demanded aid with no source to the speaker's government; set 216: Guyana's 'need for "
      "capacity support and partnership' a demanded nominal 070 and a demanded nominal 050) (borderline one event, "
      "or 071 for the financial tools)"),
}
