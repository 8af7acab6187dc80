"""Hand annotations for the TWO-HUNDRED-AND-FIFTIETH held-out event gold set (source of events-heldout250.jsonl).

Keyed by the row index of selection-heldout250.jsonl (output of select_statement_sentence_heldout.py 250; rows 0-21
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 22-39
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
    python3 data/gold/build_events.py --selection selection-heldout250.jsonl \\
        --annotations annotations_heldout250 --output events-heldout250.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will also meet separately with several of his foreign counterparts", "036", "USA/GOV", N, False, F, N,
       False)],
     "Price's release on Blinken's travel to San Jose (27 May 2021); 'He' = Blinken -> USA/GOV; 'will also meet "
     "separately with several of his foreign counterparts' = announced meetings on the trip -> 036 future "
     "(guideline: future meetings 036), the counterparts an unnamed subset of the SICA members, Mexico and the "
     "Dominican Republic named in the sentences before -> one event, target null (held-out 20 row 1: 'will engage in "
     "discussions with foreign counterparts' one 036 future with target null; held-out 20 row 2 coded this same "
     "release's meeting with President Alvarado) (borderline one 036 per government the document names, as held-out "
     "13 row 2's GCC summit); 'to discuss joint efforts to address bilateral and regional issues' is the meetings' "
     "purpose, not coded separately (held-out 241 row 0)"),
 1: ([("will travel", "036", "USA/GOV", "MAR", False, F, N, False),
      ("to attend a meeting of the Ministers of the Global Coalition to Defeat ISIS", "036", "USA/GOV", N, False, F,
       N, False)],
     "Release on Under Secretary Nuland's travel (10 May 2022) -> USA/GOV; 'will travel May 10-12 to Marrakech, "
     "Morocco' = an announced trip -> 036 future to the bare destination country (held-out rule: a trip under way is "
     "042, an announced one 036 future; held-out 241 row 0), Marrakech a place; 'to attend a meeting of the Ministers "
     "of the Global Coalition to Defeat ISIS' = future participation in a meeting -> a second 036 future (set 233: "
     "'will attend the \"Road to Prespa\" Conference' a second 036 future beside the arrival; held-out 241 row 1), "
     "the Global Coalition having no code (README: the Global Coalition to Defeat ISIS has no code) -> target null "
     "(borderline MAR/GOV, Morocco co-hosting the Ministerial per the next sentence, or the meeting folded into the "
     "trip)"),
 # --- State Dept random: demand
 2: ([("to impose swift, severe costs on Russia", "130", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("pursue further military aggression against Ukraine", "190", "RUS/MIL", "UKR", False, H, N, False)],
     "Readout of Blinken's call with NATO Secretary General Stoltenberg (10 Feb 2022); 'He underscored the U.S. "
     "readiness to impose swift, severe costs on Russia' = a statement of resolve aimed at Russia, itself asserted "
     "(guideline: a threat, warning or statement of resolve is asserted 130/138) -> 130, following held-out 14 row 21 "
     "on the same words ('to impose swift, severe costs on Russia' 130), the costs unspecified (borderline 131, as "
     "held-out 22 where the costs were named economic and diplomatic, or 1312); 'should it pursue further military "
     "aggression against Ukraine' = the threatened condition, its agent 'it' = Russia -> hypothetical 190 "
     "(guideline: the threatened act or condition inside a warning is hypothetical; held-out 14 row 21: 'military "
     "aggression by Russia against Ukraine' 190 hypothetical RUS/MIL -> UKR), a verb phrase and so not nominal "
     "(borderline RUS/GOV); the coordination with NATO is in the sentence before"),
 3: ([("We call on the PRC", "1056", "USA/GOV", "CHN/GOV", False, A, N, False)],
     "Blinken's statement on the fifth anniversary of the South China Sea arbitral ruling (11 July 2021); 'We call on "
     "the PRC to abide by its obligations under international law, cease its provocative behavior, and take steps to "
     "reassure the international community' = one asserted request (guideline), the PRC -> CHN/GOV; of the several "
     "demands, abiding by legal obligations is compliance and reassuring the international community no specific "
     "act, so the sub-code comes from 'cease its provocative behavior' at sea, a de-escalation -> 1056 (README: a "
     "request with several demands takes the most specific sub-code) (borderline 1042 policy change, or generic 100); "
     "Y not coded separately; 'its provocative behavior' is an evaluative description and no realised act to code "
     "(held-out 22: 'Pyongyang's increasingly provocative behavior' evaluative, uncoded); the armed-attack clause "
     "and the Mutual Defense Treaty are in the sentence before"),
 4: ([("the United States urges more donors", "1033", "USA/GOV", N, False, A, N, False)],
     "Release welcoming Saudi and UAE support for Yemen (7 Apr 2022); 'the United States urges more donors to "
     "contribute generously and expeditiously to address the suffering of Yemenis' = one asserted request "
     "(guideline), the donors an unnamed collective -> target null, Y = contributions to the humanitarian appeal -> "
     "1033 request humanitarian aid (held-out 225 row 13: 'We urged continued support' to Syrians 1033 with target "
     "null); Y not coded separately; 'The Yemen humanitarian appeal remains less than forty percent funded' = a "
     "funding gap of an appeal noun with no agent in the sentence (guideline: event nouns without an agent not "
     "coded; set 126: a 'chorus of appeals' uncoded) (borderline a nominal 1033 org:UN with no target, the UN's "
     "humanitarian response plan named in the sentence before, as set 142's UNHCR 'In its appeal')"),
 # --- State Dept random: cue
 5: ([("providing vital security assistance", "072", "USA/GOV", "UKR", False, A, N, False),
      ("Russia’s aggression", "190", "RUS/MIL", "UKR", False, A, N, True)],
     "Blinken's statement on new military assistance for Ukraine (22 July 2022); 'The United States continues to "
     "stand with Allies and partners from more than 50 countries in providing vital security assistance' = ongoing "
     "military aid -> 072 USA/GOV -> bare UKR (held-out 10 row 7: 'provide security assistance' 072 -> UKR; held-out "
     "9 and 14), a gerund, not nominal; 'Allies and partners from more than 50 countries' is an uncoded collective, "
     "dropped (held-out 10 row 7: 'our Allies and partners' dropped) (borderline a 050 USA/GOV with no target for "
     "acting together with them, as held-out 9's 'in coordination with our allies and partners', a 051 under the "
     "'stand with' rule, or a second 072 with no source as set 242's partners' sanctions); 'Russia's aggression' = "
     "an aggression noun with its agent -> nominal 190 RUS/MIL -> UKR (held-out 222 row 25, 231: 'Russia's "
     "aggression' RUS/MIL -> UKR); 'Ukraine's defense of its sovereignty' is the aid's purpose and left uncoded "
     "(borderline a nominal 190 bare UKR -> RUS/MIL, as set 224's 'Their fight')"),
 6: ([("pledged continued U.S. support", "032", "USA/GOV", "CYP/GOV", False, A, N, False),
      ("UN-facilitated efforts", "045", "org:UN", "CYP/GOV", False, A, N, True),
      ("the United States encourages both sides", "106", "USA/GOV", "CYP/GOV", False, A, N, False)],
     "Readout of Blinken's call with Cypriot FM Christodoulides (1 June 2021); 'The Secretary pledged continued U.S. "
     "support for Cypriot-led, UN-facilitated efforts to reunify the island' = a pledge of continued support -> 032 "
     "asserted (README choices: a pledge of continued support is 032 asserted; PETRARCH: PLEDGE SUPPORT 032), support "
     "aimed at a process going to its named parties (README: support for a facilitated dialogue goes to the parties "
     "the document names), the Greek Cypriot side -> CYP/GOV, the Turkish Cypriot leadership having no code and "
     "dropped (README: the Turkish-Cypriot leadership has no code; set 152: Cyprus's negotiations 'under United "
     "Nations auspices' coded with the Turkish Cypriot community dropped) (borderline a second 032 to org:UN, or "
     "CYP/CVL for 'all Cypriots'); 'UN-facilitated' = the UN's facilitation of the talks -> nominal 045 org:UN -> "
     "CYP/GOV (README: a facilitation or mediation of an organisation is a nominal 045 to each party; set 152: a "
     "nominal 045 org:UN -> CYP/GOV) (borderline uncoded, the talks being stalled since 2017); 'the United States "
     "encourages both sides to demonstrate ... openness, flexibility, and compromise to find common ground to "
     "restart Cyprus settlement talks' = one asserted request per coded addressee (guideline; held-out rule: "
     "'encourage X to' is a request), Y aimed at restarting the talks -> 106 (borderline 107 settle dispute, or 105 "
     "for the compromise); Y and the 'settlement talks' not coded separately"),
 7: ([("disbarred", "172", "CHN/GOV", "CHN/CVL", False, A, N, False),
      ("detained", "173", "CHN/GOV", "CHN/CVL", False, A, N, False),
      ("prosecuted", "1121", "CHN/GOV", "CHN/CVL", False, A, N, False)],
     "Blinken's statement on the sixth anniversary of the 709 crackdown (8 July 2021); 'Chinese authorities' -> "
     "CHN/GOV; the three verbs are three acts against the same victims, coded one per code (README choices: an "
     "occupying army's acts are coded one per code); 'others, including lawyers Li Yuhan and Yu Wensheng' = "
     "human rights lawyers and activists in private practice -> CHN/CVL (README: Uyghur activists CHN/CVL) "
     "(borderline CHN/JUD for the lawyers as officers of the courts); 'disbarred' = revoking the lawyers' licences "
     "to practise, an administrative sanction -> 172 (guideline: administrative measures 172; set 187: a visa "
     "regime 172) (borderline 1721 restriction of political freedoms, or 160 after PETRARCH's REVOKE LICENCE); "
     "'detained' -> 173 (guideline); 'prosecuted' -> charge with a crime 1121 (README choices: prosecutions 1121; "
     "held-out 18 and 23) (borderline 173 after PETRARCH's PROSECUTE, or CHN/JUD as the prosecuting source); 'when "
     "they came forward to represent these brave human rights defenders' = legal representation of clients, no CAMEO "
     "act between political actors (borderline a 052 CHN/CVL -> CHN/CVL)"),
 8: ([], "Blinken's statement on the actions against former Honduran President Hernandez (7 Feb 2022): 'The United "
         "States' commitment to fighting corruption and promoting democracy, rule of law, and accountability in "
         "support of the people of Central America is ironclad' = an abstract policy commitment whose beneficiaries, "
         "the people of a region, are an uncoded collective (guideline: abstract policy positions not coded; "
         "held-out 243 row 11: a commitment to preventing gender-based violence and supporting survivors uncoded; "
         "set 231: 'accountability' no CAMEO act) (borderline a nominal 032 USA/GOV with no target, or to HND/CVL from "
         "the title)"),
 9: ([("announcement of sanctions against the Kinahans", "163", "USA/GOV", "IRL/CVL", False, A, N, True)],
     "Release on rewards for information on the Kinahans (12 Apr 2022); 'the Department of Treasury's announcement of "
     "sanctions against the Kinahans pursuant to Executive Order 14059' = the same-day sanctions with their agent -> "
     "nominal 163 (guideline: sanctions 163), the Treasury -> USA/GOV; the Kinahans = three named Irish nationals, "
     "Christopher Kinahan Sr. and his two sons (title and first sentence), private persons -> IRL/CVL (set 242: the "
     "designated relatives RUS/CVL) (borderline target null, criminal organisations having no code, README: unnamed "
     "transnational crime groups null); 'Today's reward offer announcement' = rewards for information from an "
     "unnamed public, no CAMEO act (held-out 23 row 13: the Rewards for Justice payments uncoded) (borderline a "
     "nominal 1013 USA/GOV with no target); 'complements' is no act, and the executive order's title names no act"),
 10: ([("demands the immediate and unconditional release", "1053", "USA/GOV", "BLR/GOV", False, A, N, False),
       ("who have been detained in Belarus", "173", "BLR/GOV", "BLR/MED", False, A, N, False)],
      "Media Freedom Coalition statement on Protasevich's arrest (29 May 2021), released by twenty-one governments "
      "including the United States; 'The Media Freedom Coalition demands' = the collective author of a joint "
      "statement released by the State Department, the sentence naming no government -> USA/GOV, not split "
      "(guideline: 'we' in joint statements -> USA/GOV; held-out 243 row 10: a seven-signatory statement's 'We' not "
      "split; README: a joint statement naming its governments is one event per government only when it names them) "
      "(borderline one 1053 from each of the 21 signatories named in the header, or source null, the Coalition "
      "having no code); 'demands the immediate and unconditional release of Mr. Protasevich as well as other "
      "journalists and media workers' = one asserted request to the detaining authorities -> 1053 (guideline: "
      "release 1053), the Lukashenka authorities of the text before -> BLR/GOV; 'who have been detained in Belarus' "
      "= an agentless passive whose agent the document makes plain (the arrest by the Belarusian authorities) -> 173 "
      "BLR/GOV (README choices: support for a release is 1053 and the detention in its relative clause 173), "
      "journalists and media workers including Protasevich -> BLR/MED, coded once for the one sector"),
 11: ([("remains committed to advancing diplomatic efforts", "039", "USA/GOV", "ETH/GOV", False, A, N, False),
       ("remains committed to advancing diplomatic efforts", "039", "USA/GOV", "ETH/REB", False, A, N, False)],
      "Release on Special Envoy Hammer's travel (23 July 2022); 'The United States remains committed to advancing "
      "diplomatic efforts in support of an inclusive political process towards lasting peace' in Ethiopia = an "
      "intent to mediate stated as a fact -> asserted 039 (README: commitments stated as facts are asserted 03x; the "
      "Secretary-General's good offices made available to two parties are 039 to each; set 227: Germany's efforts to "
      "facilitate the Minsk agreements one 039 per party), the parties being those of the 'peace talks between the "
      "Ethiopian government and Tigrayan authorities' in the sentence before -> ETH/GOV and ETH/REB (README: support "
      "for a facilitated dialogue goes to the parties the document names; set 225: the Tigrayan authorities ETH/REB "
      "as a party to the war) (borderline 032 to bare ETH, or one 039 with no target)"),
 12: ([("hosts nearly 30,000 Venezuelan migrants and refugees", "075", "CRI/GOV", "VEN/CVL", False, A, N, False)],
      "Fact sheet on the U.S.-Costa Rica partnership (1 June 2021); 'Costa Rica also hosts nearly 30,000 Venezuelan "
      "migrants and refugees' = hosting refugees -> 075 (README choices: admitting refugees 075; set 168: refugees "
      "'hosted by our country' a habitual 075; set 206: 'is hosting millions of Syrian refugees' a 075 TUR/GOV -> "
      "SYR/CVL), Costa Rica as the host state -> CRI/GOV, the Venezuelans -> VEN/CVL (borderline bare CRI)"),
 13: ([("has welcomed more than 3.1 million refugees", "075", "USA/GOV", N, False, A, N, False)],
      "Blinken's World Refugee Day statement (20 June 2021); 'the U.S. Refugee Admissions Program, which has welcomed "
      "more than 3.1 million refugees since 1980' = admitting refugees -> 075 (README choices: admitting refugees is "
      "075, the US government's own administrative act -> USA/GOV), the Program standing for the government that "
      "runs it (README: an inanimate subject standing for a government's act, 'This funding'), the refugees of many "
      "origins -> target null; 'is once again taking up the mantle of leadership on refugee resettlement' is the "
      "same resettlement act under a figure of leadership, coded once (borderline a second, present 075)"),
 14: ([("discussed", "040", "USA/GOV", "AUS/GOV", False, A, N, False),
       ("its unprovoked and unjust war of choice against Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "Readout of Blinken's call with Australian FM Wong (7 June 2022); 'Secretary Blinken and Foreign Minister Wong "
      "also discussed' -> 040 (guideline), symmetric, coded once from the document's government; 'our collective "
      "efforts to hold Russia accountable' is the topic, holding to account being no CAMEO act (set 231: 'hold to "
      "account' uncoded); 'its unprovoked and unjust war of choice against Ukraine' = a war noun with its agent, "
      "'its' = Russia -> nominal 190 RUS/MIL -> UKR (held-out 242 row 1 and set 229: 'Russia's war', 'its unjustified "
      "war' RUS/MIL -> UKR) (borderline RUS/GOV, as set 233's 'its unconscionable war of choice')"),
 # --- State Dept random: nocue
 15: ([], "Blinken at the virtual COVID-19 Small Group ministerial (14 Feb 2022): 'we've got to continue to get more "
          "shots into more arms more quickly' = a deontic whose 'we' is the assembled ministers' countries, all "
          "members of the Global Action Plan (held-out 42/43: 'we' meaning all States not coded), the recipients "
          "unnamed (borderline a demanded 073 USA/GOV with no target)"),
 16: ([], "Acting Assistant Secretary Peterson at the Country Reports release (12 Apr 2022), answering on Russia's "
          "reported removal of Ukrainian children: 'we will continue to try to learn more about and try to determine "
          "what action may be possible' = information-gathering and deliberation, no formal investigation named "
          "(set 145: monitoring uncoded, 090 mapping to ACCUSE), and 'This' is anaphoric for the question's claim "
          "(borderline a future 092 USA/GOV -> RUS/GOV)"),
 17: ([("will embark on his first trip abroad to Nouakchott, Mauritania", "036", "USA/GOV", "MRT", False, F, N,
        False)],
      "Release on Ambassador at Large Hussain's travel (7 Feb 2022) -> USA/GOV; 'will embark on his first trip abroad "
      "to Nouakchott, Mauritania, February 7-9' = an announced trip -> 036 future to the bare destination country "
      "(held-out rule: an announced trip 036 future; held-out 241 row 0), Nouakchott a place"),
 18: ([], "Fulbright Top Producing Institutions release (28 Feb 2022): 'The Chronicle of Higher Education publishes "
          "the lists' = a publication by a newspaper, no act between political actors"),
 19: ([], "Readout of Deputy Secretary McKeon's meeting with OECD Secretary General Cormann (10 June 2022): the "
          "splitter cut the sentence after 'Brian P.', leaving only the subject; the verb 'met' lies after the cut "
          "(README choices: a fragment whose verb was cut away is left uncoded) (borderline a 040 USA/GOV -> org:OECD "
          "from the text after)"),
 20: ([], "Release on Palmieri's appointment as Charge d'Affaires in Bogota (1 June 2022): 'The Department of State "
          "expresses its deep appreciation to Ambassador Goldberg' = thanks to its own outgoing ambassador, internal "
          "Department business (held-out 235 row 15: an appointment as Charge internal; sets 225 and 239: thanks to "
          "embassy staff uncoded) (borderline 051 USA/GOV -> USA/GOV); 'we look forward to his arrival in the Republic "
          "of Korea' = his taking up a new post as ambassador, an internal appointment (borderline a future 036 "
          "USA/GOV -> bare KOR, as an announced trip)"),
 21: ([], "Ecuador travel advisory (22 June 2022): a list item naming a zone of Guayaquil to avoid 'due to crime', "
          "no actor"),
 # --- UNGDC 2020-2024 random: neg
 22: ([], "Costa Rica (2021): 'The spirit of solidarity embodied by the COVID-19 Vaccine Global Access (COVAX) "
          "Facility has not met the scale of demand needed' = an inanimate subject and a shortfall of degree, COVAX "
          "having no code (set 228: 'in partnership with COVAX' coded with no target) and the recipients unnamed "
          "(borderline a 073 with no source and no target, its negation bearing on the scale, or org:WHO as COVAX's "
          "co-lead); 'access to vaccines is absolutely unequal' is a situation"),
 23: ([("launching an aggressive war against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, False)],
      "Switzerland (Berset, 2023); 'In launching an aggressive war against Ukraine, the Russian Federation' -> 190 "
      "(guideline: war, aggression 190), the state named as the agent -> RUS/GOV (set 222: 'This war' RUS/GOV -> "
      "bare UKR) (borderline RUS/MIL, as the 'Russia's war' nouns), a gerund verb, not nominal; 'has not only "
      "attacked a peaceful country' is the same act, coded once (guideline: a repeated mention is coded once) "
      "(borderline a second 190), and 'not only' is no negation (README choices: 'has not only rejected' asserted); "
      "'it has also attacked international law and our multilateral structures' = a figurative attack (guideline: "
      "'attack on sovereignty' figurative) (borderline a 128 RUS/GOV -> org:UN)"),
 24: ([], "China (Xi, 2020): 'We should see each other as members of the same big family, pursue win-win "
          "cooperation, ... and do not fall into the trap of \"clash of civilizations\"' = hortatives whose 'we' is "
          "all States (held-out 42/43: 'we' meaning all States not coded); 'do not fall into the trap' is a figure, "
          "no negated event"),
 # --- UNGDC 2020-2024 random: future
 25: ([("set a good example through the Mattei Plan for Africa", "0311", "ITA/GOV", N, False, F, N, False)],
      "Italy (Meloni, 2023); 'We will be the first to set a good example through the Mattei Plan for Africa, a "
      "development cooperation plan' = Italy's planned economic cooperation with African states -> 0311 future "
      "(guideline: future cooperative acts get 03x future; set 146: 'aims to build a network of ... free-trade "
      "agreements' a future 0311), Africa a continent with no code and the partner States unnamed -> target null "
      "(borderline 0331 for development aid, or uncoded as setting an example); Enrico Mattei's balancing of "
      "interests is a historic characterisation, no act"),
 # --- UNGDC 2020-2024 random: demand
 26: ([("supporting the security of Afghanistan", "051", N, "AFG", False, D, N, False),
       ("the continued delivery of humanitarian assistance to that country", "073", N, "AFG", False, D, N, True),
       ("must not become a base for terrorist operations", "070", "AFG/GOV", N, True, D, N, False)],
      "Saudi Arabia (2022); 'The Kingdom reiterates the importance of supporting the security of Afghanistan' = a "
      "deontic without a request verb (guideline: 'it is important to help X' demanded), the supporters unnamed -> "
      "source null, support for a country's security -> 051 to the bare country (set 122: 'Jordan supports a united "
      "and stable Iraq' a 051 to bare IRQ) (borderline 070, or SAU/GOV as source); 'the continued delivery of "
      "humanitarian assistance to that country' -> demanded nominal 073 with no source to bare AFG (set 234: 'The "
      "importance of continued support to Syrian refugees' a demanded nominal 070 with no source) (borderline "
      "AFG/CVL); 'which must not become a base for terrorist operations or a breeding ground for terrorism' = "
      "harbouring terrorists demanded not to happen -> negated, demanded 070 from the Taliban's de facto government "
      "(guideline: the Taliban after 15 Aug 2021 AFG/GOV; held-out 22 row 42: 'does not become a haven for terrorist "
      "individuals and groups' a negated, demanded 070 AFG/GOV), the terrorist groups unnamed -> target null"),
 27: ([("ensure its territory is free of terrorists", "070", "AFG/GOV", N, True, D, N, False)],
      "Kazakhstan (Tokayev, 2021); 'Afghanistan must continue to adhere to its international obligations' = a "
      "deontic whose Y is compliance (guideline: 'comply with obligations' not coded); 'and ensure its territory is "
      "free of terrorists, drugs, and human traffickers' = not harbouring terrorists -> negated, demanded 070 "
      "(held-out 22 row 42: 'does not become a haven' a negated, demanded 070 AFG/GOV; README choices: 'must be "
      "ensured that Afghanistan does not become a haven' negated demanded 070), Afghanistan under the Taliban in "
      "September 2021 -> AFG/GOV (guideline), the terrorists unnamed -> target null; drugs and human trafficking "
      "have no CAMEO code (borderline a demanded 190 or 062 against unnamed terrorists, or uncoded as compliance)"),
 # --- UNGDC 2020-2024 random: cue
 28: ([], "Andorra (2020): 'the United Nations has continued to see cooperation as an antidote to confrontation' = "
          "a view held by the Organization, no behaviour (borderline a habitual 050 org:UN with no target); the "
          "pandemic exposing 'the weaknesses of States' is a situation"),
 29: ([("affirm our support for all endeavours", "051", "YEM/GOV", "SAU/GOV", False, A, N, False),
       ("affirm our support for all endeavours", "051", "YEM/GOV", "EGY/GOV", False, A, N, False),
       ("affirm our support for all endeavours", "051", "YEM/GOV", "USA/GOV", False, A, N, False),
       ("the efforts of the Kingdom of Saudi Arabia", "045", "SAU/GOV", "SDN", False, A, N, True),
       ("the efforts of the Kingdom of Saudi Arabia", "045", "EGY/GOV", "SDN", False, A, N, True),
       ("the efforts of the Kingdom of Saudi Arabia", "045", "USA/GOV", "SDN", False, A, N, True)],
      "Yemen (2023); 'We also affirm our support for all endeavours aimed at bringing peace to the Sudan, first and "
      "foremost the efforts of the Kingdom of Saudi Arabia, the Arab Republic of Egypt and the United States' -> 051 "
      "(guideline: 'express support' 051), one per named author of the efforts (guideline: 'welcome the efforts of "
      "Russia, China and Cuba' gives three); the efforts 'to restore security, stability and development to that "
      "dear country' = the Jeddah and Egyptian peace initiatives, mediation nouns naming their brokers -> one nominal "
      "045 per broker (README choices: a mediation noun naming its broker is 045; set 170: support for the "
      "Secretary-General's Western Sahara endeavours a 051 plus a nominal 045), the Sudanese warring parties never "
      "named in the speech -> bare SDN (set 201: Darfur talks whose parties are never named go to bare SDN) "
      "(borderline SDN/MIL and SDN/REB from outside knowledge, or a further 051 to bare SDN for 'all endeavours')"),
 30: ([("joined the first tier of countries that have signed the high seas treaty", "057", "HRV/GOV", N, False, A,
        N, False),
       ("is committed to ratifying it", "030", "HRV/GOV", N, False, A, N, False)],
      "Croatia (2023); 'Today Croatia proudly joined the first tier of countries that have signed the high seas "
      "treaty' = Croatia's signature of the BBNJ Agreement -> 057 (guideline: agreements concluded 057), a "
      "multilateral treaty with no named co-signatory -> target null (set 204: the signing of the Lisbon Protocol a "
      "057 with no target) (borderline org:UN as depositary); the other early signatories are an uncoded "
      "collective; 'is committed to ratifying it as soon as possible' -> asserted 030 (README choices: 'our "
      "commitment to ratifying' an asserted 03x; 'will be ratified' 030) with no target"),
 31: ([("seeks to enhance", "030", "IRQ/GOV", N, False, A, N, False)],
      "Iraq (2024); 'Iraq seeks to enhance regional security and stability through constructive partnerships' = an "
      "intent to cooperate stated as a fact -> asserted 030 (set 111: 'Seeks to participate ... in initiatives for "
      "regional cooperation' a 030 asserted with no target), the partners unnamed -> target null (borderline 0312 for "
      "security, or uncoded as an aim); 'cooperation among stakeholders and increased mutual interdependence' runs "
      "between uncoded parties (null to null, not coded)"),
 32: ([], "Lao PDR (2022): 'is strongly committed to the implementation of the internationally agreed development "
          "goals and programmes of action for LDCs, LLDCs, as well as other United Nations development cooperation "
          "frameworks' = a commitment to implement agreed goals, domestic compliance (set 137: reaffirmed commitments "
          "to the Charter and Agenda 2063 uncoded; set 141: a commitment to the Charter uncoded) (borderline a 030 to "
          "org:UN)"),
 33: ([], "Albania (2023): 'It [the war in Ukraine] has highlighted geopolitical tensions and strained diplomatic "
          "relations, hindering international cooperation' = effects with an inanimate subject and no named actor "
          "pair (borderline a nominal 160 RUS/GOV with no target)"),
 34: ([], "Uzbekistan (2023): Afghanistan 'is facing an unprecedented situation that demands a unique approach' = a "
          "situation, no act"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([("I wish to extend my congratulations to Mr. Abdulla Shahid", "051", "VNM/GOV", "org:UNGA", False, A, N,
        False)],
      "Viet Nam (2021); congratulating the new President of the General Assembly 'on the assumption of his duties' -> "
      "051 (guideline: praise/congratulate 051; README choices: commending the Assembly President's election 051 to "
      "org:UNGA), Shahid as Assembly President -> org:UNGA (borderline MDV/GOV, he being Maldives' Foreign "
      "Minister)"),
 36: ([("Establishing a constructive relationship between Japan and North Korea", "050", "JPN/GOV", "PRK/GOV",
        False, H, N, False)],
      "Japan (Suga, 2021); 'Establishing a constructive relationship between Japan and North Korea will not only "
      "serve the interests of both sides but also contribute to regional peace and stability' = a prospective "
      "normalisation, the aim of 'will continue to seek to normalize' in the sentence before, evaluated "
      "conditionally -> hypothetical 050 (set 202: 'the ... cooperation which will unite our nations when Bolivia "
      "recovers' a hypothetical nominal 050; set 168: German unification a hypothetical nominal 050), symmetric, "
      "from the speaker's government (borderline uncoded as an evaluation of a goal, or 054); 'not only' is no "
      "negation"),
 37: ([], "Croatia (Plenkovic, 2022): 'Against all odds, Croatia and the Croatian people prevailed' = the outcome of "
          "the 1990s war whose aggressor the speech leaves unnamed, no act named (set 224: 'That has not happened' "
          "uncoded as an outcome) (borderline a historic 190 from bare HRV with no target, or set 129's nominal 140 "
          "for peoples that 'prevailed in their quests for liberty')"),
 38: ([], "Spain (Sanchez, 2023): 'Tackling the climate emergency requires courage and determination' = a "
          "generalisation, no actor"),
 39: ([], "Malawi (Chakwera, 2022): 'We all know that regional insecurity is a global problem that will never be "
          "solved unless all nations solve it together' = a generalisation whose 'we' is all States (held-out 42/43), "
          "no act"),
}
