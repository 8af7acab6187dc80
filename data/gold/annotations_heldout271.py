"""Hand annotations for the TWO-HUNDRED-AND-SEVENTY-FIRST held-out event gold set (source of events-heldout271.jsonl).

Keyed by the row index of selection-heldout271.jsonl (output of select_statement_sentence_heldout.py 271; rows 0-18
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 19-33
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
    python3 data/gold/build_events.py --selection selection-heldout271.jsonl \\
        --annotations annotations_heldout271 --output events-heldout271.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will host a roundtable discussion", "036", "USA/GOV", N, False, F, N, False)],
     "Announcement of Blinken's food security roundtable (6 June 2022, the day of the event, 'at 4:00 p.m.') -> "
     "USA/GOV (the splitter cut after 'Secretary of State Antony J.'); 'will host a roundtable discussion on global "
     "food security with a number of philanthropies, non-governmental organizations, and private sector entities' "
     "= an announced meeting -> 036 future (guideline: future meetings 036), the interlocutors unnamed and tied to "
     "no country or coded body -> one event with target null (set 238: 'host a roundtable discussion with regional "
     "civil society leaders' a future 036 with no target; held-out 266 row 0: 'will participate in panels and "
     "discussions with senior leaders from governments, nonprofit organizations, and the private sector' one "
     "future 036 with no target) (borderline a future 043 for 'host', or one 036 per sector, USA/NGO and "
     "USA/BUS); food security is the topic"),
 1: ([("will visit Kazakhstan and the Kyrgyz Republic", "036", "USA/GOV", "KAZ", False, F, N, False),
      ("will visit Kazakhstan and the Kyrgyz Republic", "036", "USA/GOV", "KGZ", False, F, N, False)],
     "Release on Under Secretary Zeya's travel (7 Apr 2022, the trip April 11-16) -> USA/GOV; 'will visit "
     "Kazakhstan and the Kyrgyz Republic' = an announced trip -> 036 future to each bare destination country (README "
     "choices: an announced trip is 036 future; held-out 267 row 0; held-out 259: 'will visit Algeria, Morocco, and Kuwait' one "
     "future 036 per country), the compound split (guideline: one event per actor); 'accompanied by Special Advisor "
     "... Minkara' is a second US official of the same government, folded in; the meetings lie in the sentences "
     "after"),
 # --- State Dept random: cue
 2: ([("very keen to discuss all these issues with you", "036", "USA/GOV", "YEM/GOV", False, F, N, False)],
     "Yemeni Foreign Minister Bin Mubarak's turn before his meeting with Blinken (17 May 2022), the speaker named at "
     "the head of the turn -> YEM/GOV; 'I'm very keen to discuss all these issues with you in this meeting' = the "
     "meeting about to take place, announced by a party -> 036 future ('keen to' read as 'look forward to'; set "
     "243: 'to talk to you about that today' before the meeting a future 036), a symmetric meeting coded from the "
     "document's government to the other party (guideline; set 227: Grandi's 'a priority for us to discuss' in his "
     "coming meeting a future 036 USA/GOV -> org:UNHCR; set 240: Shmyhal's 'we also will have very fruitful ... "
     "meeting' a future 036 USA/GOV -> UKR/GOV) (borderline from the speaker, YEM/GOV -> USA/GOV, since 'I ... with "
     "you' names the speaker first); 'these issues' (the siege of Taiz, the truce) lie in the turn before"),
 3: ([("we had very strong conversations", "040", "USA/GOV", "KWT/GOV", False, A, N, False),
      ("we had very strong conversations", "040", "USA/GOV", "KWT/LEG", False, A, N, False),
      ("our cooperation", "050", "USA/GOV", "KWT/GOV", False, A, N, True)],
     "Blinken's interview with Kuwait Television in Kuwait City (29 July 2021), his own turn -> USA/GOV; 'I think' is "
     "a hedge on his own assertion, not attribution; 'we had very strong conversations' = his meetings of that day "
     "-> 040 (guideline: meet/discuss 040), the interlocutors named in the sentence before ('the amir, the crown "
     "prince, ... the Foreign Minister al-Sabah, the prime minister, the leader of the parliament') -> one 040 to "
     "KWT/GOV and one to KWT/LEG for the Speaker of the National Assembly (set 261: Sherman in Mongolia a 040 to "
     "MNG/LEG for the Speaker and one to MNG/GOV; guideline: a missing participant taken from the context) "
     "(borderline KWT/GOV only); 'our cooperation' = a cooperation noun whose 'our' is the United States and Kuwait "
     "-> nominal 050 from the document's government (set 242: Osmani's 'our cooperation' one 050 from the "
     "document's government; README choices: cooperation nouns a nominal 050; set 264: 'A growing range of "
     "cooperation' a nominal 050) (borderline uncoded as the topic of the conversations, as held-out 23 row 10)"),
 4: ([("The two sides discussed", "040", "USA/GOV", "KOR/GOV", False, A, N, False),
      ("trilateral cooperation with Japan", "050", "USA/GOV", "KOR/GOV", False, A, N, True),
      ("trilateral cooperation with Japan", "050", "USA/GOV", "JPN/GOV", False, A, N, True)],
     "Release on the first U.S.-ROK Director General/Deputy-Level Consultation (5 Aug 2021); 'The two sides' = the "
     "U.S. side under Deputy Special Representative Pak and the ROK's MOFA, Unification Ministry and Blue House "
     "officials (sentence before) -> 040 (guideline: discuss 040), symmetric, from the document's government to "
     "KOR/GOV; 'the current situation on the Korean Peninsula' is a topic; 'prospects for humanitarian "
     "cooperation' names no party and is only a prospect, not coded (borderline a hypothetical nominal 050 -> "
     "PRK/GOV); 'coordination on DPRK issues with stakeholders in other multilateral fora' has no coded partner and "
     "is folded into its named instance; 'trilateral cooperation with Japan' = the ongoing U.S.-ROK-Japan "
     "cooperation, naming its parties -> nominal 050 from the document's government to each other party "
     "(held-out 11: 'continuing close trilateral cooperation with the ROK and Japan' a nominal 050 to KOR/GOV and "
     "to JPN/GOV; set 238: 'cooperation between and among the United States, the ROK, and Japan' one 050 from "
     "USA/GOV to each other party) (borderline a third 050 KOR/GOV -> JPN/GOV, or uncoded as a discussion topic, "
     "as sets 242 and 246 left topic nouns uncoded)"),
 5: ([("We honor", "051", "USA/GOV", "CHN/CVL", False, A, N, False),
      ("those killed 32 years ago", "202", "CHN/GOV", "CHN/CVL", False, A, N, False),
      ("ongoing government repression", "175", "CHN/GOV", "CHN/CVL", False, A, N, True)],
     "Blinken's statement on the 32nd anniversary of Tiananmen (3 June 2021) -> USA/GOV; 'We honor the sacrifices "
     "of those killed 32 years ago, and the brave activists who carry on their efforts today' = a tribute -> 051 "
     "(README choices: 'pay tribute to' is 051), one event to the Chinese demonstrators and activists, CHN/CVL "
     "(guideline: one event per actor pair) (borderline uncoded as homage to victims, as set 112; or HKG/CVL for "
     "the Hong Kong activists of the sentence before); 'those killed 32 years ago' = the 1989 massacre, an "
     "agentless participle whose agent the document names ('the brutal actions by the Government of the People's "
     "Republic of China (PRC) in 1989', 'PRC authorities responded with violence') -> killings of many civilians "
     "202 CHN/GOV -> CHN/CVL (README choices: agentless killings take their agent from the text before when it "
     "names one; guideline: massacres 202), a participle and not nominal (borderline 1823, or uncoded as a "
     "commemoration); 'ongoing government repression' = a repression noun whose agent is named in it, 'their "
     "government' of the sentence before -> nominal 175 CHN/GOV -> CHN/CVL (guideline: repression 175; set 261: "
     "'the Cuban regime's violent suppression' a nominal 175); the activists' 'carry on their efforts' is left "
     "uncoded, 'their efforts' naming no act (set 259: Venezuelans' 'efforts to achieve their dream' uncoded) "
     "(borderline a habitual 140 CHN/CVL -> CHN/GOV, as set 256's 'their struggle for democracy')"),
 6: ([("welcome to our friends and colleagues", "042", "KAZ/GOV", "USA", False, A, N, False)],
     "Blinken's turn before his meeting with Kazakh FM Tileuberdi in the Thomas Jefferson Room (20 May 2022); 'good "
     "morning everyone' is a greeting; 'welcome to our friends and colleagues' = a host's welcome of a visiting "
     "minister and his delegation -> codes the visit it shows, 042 KAZ/GOV -> bare USA, not the welcome (README "
     "choices: a welcome of a visiting official codes the visit, 042 to the country; set 228: 'It's very good to "
     "have you here, and I welcome you' a 042 EGY/GOV -> bare USA; held-out 262: 'to welcome you to the State "
     "Department' a 042 JOR/GOV -> USA) (borderline a 043 hosting USA/GOV -> KAZ/GOV, as set 224, or uncoded as a "
     "greeting)"),
 7: ([("met with Belgian Secretary General Theodora Gentzis", "040", "USA/GOV", "BEL/GOV", False, A, N, False),
      ("close cooperation to support Ukraine", "050", "USA/GOV", "BEL/GOV", False, D, N, True),
      ("defending itself against", "190", "UKR", "RUS/GOV", False, A, N, False),
      ("Russia’s unjustified aggression", "190", "RUS/GOV", "UKR", False, A, N, True),
      ("provide Ukraine with security assistance", "072", "USA/GOV", "UKR", False, A, N, False),
      ("provide Ukraine with security assistance", "072", "BEL/GOV", "UKR", False, A, N, False),
      ("impose economic costs on Russia", "163", "USA/GOV", "RUS", False, A, N, False),
      ("impose economic costs on Russia", "163", "BEL/GOV", "RUS", False, A, N, False)],
     "Readout of Deputy Secretary Sherman's meeting with Belgian Foreign Ministry Secretary General Gentzis (12 July "
     "2022; the splitter cut after 'Wendy R.' and keeps 'D.C. Deputy Secretary ...' in one sentence); 'met with' -> "
     "040 USA/GOV -> BEL/GOV, the senior diplomat of the Foreign Ministry -> BEL/GOV, and 'discussed' the same "
     "meeting, coded once (guideline: a repeated mention is coded once); 'the importance of close cooperation to "
     "support Ukraine' = a cooperation noun under 'importance of' -> demanded nominal 050 USA/GOV -> BEL/GOV (set "
     "264: 'the importance of continued close coordination in urging Russia' a demanded nominal 050 to each "
     "partner; README choices: 'it is important to help X' demanded); 'Ukraine in defending itself against "
     "Russia's unjustified aggression' = the ongoing defence -> 190 (set 263: Ukrainians who 'defend themselves "
     "against Putin's unprovoked war' a 190; set 254's resistance), Ukraine as a whole -> bare UKR (set 244: "
     "'Their fight' a nominal 190 bare UKR -> RUS/GOV) (borderline UKR/GOV or UKR/MIL), to the aggressor RUS/GOV; "
     "'Russia's unjustified aggression' = nominal 190 RUS/GOV -> bare UKR (guideline: 'aggression' 190; held-out "
     "sets: Russia's war RUS/GOV -> UKR); 'including continuing our joint efforts to provide Ukraine with security "
     "assistance and impose economic costs on Russia' = the realised joint acts the support consists of, 'our' "
     "being the United States and Belgium -> asserted, one event per partner (set 261: 'joint efforts to support "
     "Ukraine' one 070 per partner; set 264: the urging inside 'the importance of continued ... coordination' "
     "asserted, one per partner): security assistance 072 to bare UKR (held-out 10, 13, 14; set 267 row 3) and "
     "economic costs = sanctions 163 to bare RUS (set 238: 'the sanctions ... on Russia' 163 -> bare RUS; set 235 "
     "coded 'impose costs on the Russian government' 163) (borderline RUS/GOV; or demanded, as the content of "
     "what is important to continue); infinitives, not nominal; the general 'support Ukraine' is folded into its "
     "two named parts (set 267 row 3; set 257 row 8) (borderline a separate demanded 070 to bare UKR)"),
 8: ([], "Release on the Artemis Accords (11 May 2022): 'The Artemis Accords bring together nations through a common "
         "set of principles ... setting the stage for ... cooperation in space affairs' = an inanimate subject and "
         "unnamed 'nations', null to null, and the cooperation only a prospect (README choices: acts between uncoded "
         "collectives uncoded; set 224: the Artemis signatories' commitment to responsible behaviour uncoded) "
         "(borderline a nominal 057 or 050 with no source and no target)"),
 9: ([("the Department of the Treasury is designating eight entities and two individuals", "163", "USA/GOV",
       "IRN/BUS", False, A, N, False),
      ("the Department of the Treasury is designating eight entities and two individuals", "163", "USA/GOV",
       "HKG/BUS", False, A, N, False),
      ("the Department of the Treasury is designating eight entities and two individuals", "163", "USA/GOV",
       "ARE/BUS", False, A, N, False),
      ("that support the continued involvement", "061", "IRN/BUS", "IRN/BUS", False, A, N, False),
      ("that support the continued involvement", "061", "HKG/BUS", "IRN/BUS", False, A, N, False),
      ("that support the continued involvement", "061", "ARE/BUS", "IRN/BUS", False, A, N, False)],
     "Blinken's statement 'Targeting Iran's International Petroleum Trade' (6 July 2022) -> the Treasury is the US "
     "government, USA/GOV; 'is designating' announced that day -> asserted sanctions 163 (README choices: "
     "officials 'being designated' an asserted 163; held-out 24 row 18: 'the Department of the Treasury is "
     "designating four entities' a 163); 'eight entities and two individuals located in Iran, Hong Kong, and the "
     "UAE' = a compound target given by location -> one 163 per location (guideline: one event per actor), the "
     "entities (shippers, traders and brokers of petroleum) -> the BUS sector (set 242: the designees one 163 per "
     "sector; held-out 22's RUS/BUS), Hong Kong -> HKG (README choices: Hong Kong residents HKG/CVL), the two "
     "individuals, never allocated to a location, folded in (borderline one 163 with no target, as held-out 24 row "
     "18 whose entities had no stated location, under 'one sanctions action of several parts is coded once'; or "
     "extra 163s to the individuals' CVL); 'that support the continued involvement of Naftiran Intertrade Company, "
     "Iran Petrochemical Company, Persian Gulf Petrochemical Industry Commercial Company, Triliance, and Behran Oil "
     "in the sale of Iranian petroleum' = the act the designation names (README choices: a designation codes the "
     "acts of its 'for' clause; the acts a sanctions designation names are coded too) -> commercial support of "
     "Iranian oil companies, economic cooperation 061, following held-out 24 row 18 ('support Iran's Persian Gulf "
     "Petrochemical Industry Commercial Co.' a 061 to IRN/BUS) (borderline 070), one event from each location's "
     "designees, the five companies, all in 'the sale of Iranian petroleum', -> IRN/BUS (borderline source null as "
     "in held-out 24, or Triliance as a separate non-Iranian target); selling petroleum abroad is trade with no "
     "named counterpart"),
 10: ([("noted the United States’ appreciation", "051", "USA/GOV", "CAN/GOV", False, A, N, False),
       ("Canada’s many commitments", "033", "CAN/GOV", "UKR", False, A, N, True),
       ("Putin’s unprovoked, brutal war in Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True),
       ("ongoing support for the people of Haiti", "070", "CAN/GOV", "HTI/CVL", False, A, N, True),
       ("preparations for discussions", "036", "CAN/GOV", N, False, F, N, True)],
      "Readout of Blinken's call with FM Joly (26 Apr 2022); 'noted the United States' appreciation for' = thanks "
      "expressed by the document's own Secretary -> 051 USA/GOV -> CAN/GOV (guideline: thank 051; set 173: 'Our deep "
      "appreciation' a 051 that is not nominal; set 267 row 3: 'expressed his deep appreciation' a 051), one 051 "
      "for all that is thanked for (guideline: one event per actor pair); the acts thanked for take 'Canada's' as "
      "their agent across the semicolon list (README choices: thanks 'for the ongoing support' gives the support "
      "its agent from the thanks): 'Canada's many commitments in response to Putin's unprovoked, brutal war in "
      "Ukraine' = Canada's pledges of assistance -> nominal 033 CAN/GOV -> bare UKR (README choices: the EU's "
      "'willingness to give support' 033; set 246: 'commitment to ... continue surging ... support' a 033) "
      "(borderline 030, or a realised 070); 'Putin's unprovoked, brutal war in Ukraine' -> nominal 190 RUS/GOV -> "
      "bare UKR (guideline: war 190; held-out sets: Putin's war RUS/GOV -> UKR); 'ongoing support for the people of "
      "Haiti' -> nominal 070 CAN/GOV -> HTI/CVL (README choices: 'our support for Iraq' a nominal 070); "
      "'preparations for discussions on democracy and hemispheric migration at the Summit of the Americas' (Los "
      "Angeles, June 2022) = Canada's preparation for coming talks at a summit -> future nominal 036, the summit's "
      "host and other participants not named in the document -> target null (set 265: 'The United States is "
      "hosting the Summit of the Americas' a future 036 with no target) (borderline USA/GOV as host, as set 221's "
      "'the US-hosted Summit of the Americas', or the preparations uncoded as a topic of the thanks)"),
 11: ([("They discussed", "040", "USA/GOV", "BHR/GOV", False, A, N, False),
       ("Russia’s unprovoked and unjustified attack against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "Readout of Blinken's meeting with Bahrain's Crown Prince and Prime Minister Salman bin Hamad (3 Mar 2022); "
      "'They' = the Secretary and the Crown Prince (sentence before) -> 040 (guideline: discuss 040), symmetric, "
      "from the document's government to BHR/GOV; 'Russia's unprovoked and unjustified attack against Ukraine' = "
      "an attack noun with its agent -> nominal 190 RUS/GOV -> bare UKR (guideline: generic military attack 190; "
      "held-out sets: 'Russia's ... war' RUS/GOV -> UKR), a realised act named as the topic (held-out 23 row 23 "
      "and set 267 row 4: an agent's realised act named as a discussion topic coded)"),
 # --- State Dept random: nocue
 12: ([], "Blinken's Thai New Year (Songkran) message (12 Apr 2022): 'We offer our best wishes to all Thai people in the "
          "coming year' = well-wishing, not coded (README choices; set 262: 'warmest wishes to the Portuguese "
          "people' uncoded; held-out 238 row 16 and 241 row 19: national-day best wishes not coded) (borderline "
          "051 to THA/CVL)"),
 13: ([("is traveling to Croatia and Cyprus", "042", "USA/GOV", "HRV", False, A, N, False),
       ("is traveling to Croatia and Cyprus", "042", "USA/GOV", "CYP", False, A, N, False)],
      "Release of 4 Apr 2022 on Assistant Secretary Satterfield's trip of April 3-9 -> USA/GOV; 'is traveling to "
      "Croatia and Cyprus' = a trip under way on the release date -> 042 asserted per destination (README choices: "
      "a trip under way ('is traveling to') is 042 asserted per destination; held-out 16: 'is traveling to Suva, Fiji' "
      "042 asserted), to each bare country (borderline 036 future for the Cyprus leg not yet begun)"),
 14: ([], "Blinken's Maldives Independence Day message (25 July 2022): 'On behalf of the United States of America, I send "
          "my best wishes to the Maldivian people on their Independence Day' = national-day well-wishing with no "
          "congratulation verb, not coded (set 262; held-out 238 row 16, 241 row 19: 'I send best wishes to the "
          "people of Saint Lucia' uncoded) (borderline 051 to MDV/CVL, as README's congratulation of a people on a "
          "national day)"),
 15: ([("U.S. readiness to help", "039", "USA/GOV", "ARM/GOV", False, A, N, True),
       ("U.S. readiness to help", "039", "USA/GOV", "AZE/GOV", False, A, N, True)],
      "Readout of Blinken's call with Armenian PM Pashinyan (25 May 2022); 'reaffirmed' is the document's own "
      "Secretary's statement; 'U.S. readiness to help ... to help Armenia and Azerbaijan find a long-term "
      "comprehensive peace' = a stated readiness to assist a peace between two parties -> intent to mediate 039, "
      "asserted (README choices: 'stands ready to engage/assist' 03x asserted; the Secretary-General's good "
      "offices made available to two parties 039 to each; set 250: 'remains committed to advancing diplomatic "
      "efforts' an asserted 039 to each party), a readiness noun with its agent -> nominal (held-out 11: 'OPCW "
      "readiness to provide assistance' nominal 033), one per party, ARM/GOV and AZE/GOV; 'by engaging "
      "bilaterally and with likeminded partners, including through our role as an OSCE Minsk Group Co-Chair' are "
      "the means and a status, folded in (borderline a nominal 045 from USA/GOV or org:OSCE to each party, as the "
      "Minsk Group co-chairs' mediation); the peace itself is the aim, not coded"),
 16: ([("spoke with French Foreign Minister Jean-Yves Le Drian", "040", "USA/GOV", "FRA/GOV", False, A, N, False),
       ("Russia’s continued military build-up on Ukraine’s borders", "154", "RUS/MIL", "UKR", False, A, N, True)],
      "Readout of Blinken's call with FM Le Drian (10 Feb 2022; the splitter cut after 'Antony J.'); 'spoke with' "
      "-> 040 USA/GOV -> FRA/GOV (held-out sets: calls 040); 'joint efforts by NATO Allies, EU partners, G7 "
      "members, and other partners to address' the build-up = the topic of the call, 'address' naming no codable "
      "act (held-out 4 row 24 and held-out 20 row 5: efforts to urge de-escalation as topics uncoded) (borderline "
      "a nominal 050 per grouping, org:NATO, org:EU and org:G7); 'Russia's continued military build-up on "
      "Ukraine's borders' = a realised troop build-up with its agent -> nominal 154 RUS/MIL -> bare UKR (guideline: "
      "troop build-ups 154; held-out 23 row 23 and set 267 row 4: 'Russia's military buildup along Ukraine's "
      "borders' the same)"),
 17: ([("will continue to work with the international community", "030", "USA/GOV", N, False, F, N, False)],
      "Blinken's statement on transnational repression by PRC officials (21 Mar 2022) -> USA/GOV; 'We will continue "
      "to work with the international community' = future cooperation -> 030 future (guideline: future "
      "cooperative acts 03x; set 234: 'will continue to work closely with the Department of Justice and other "
      "partners' a future 030 with no target), the international community an uncoded collective -> target null "
      "(guideline); 'to promote accountability for PRC officials responsible for atrocities and human rights "
      "violations and abuses wherever they occur' = accountability, no CAMEO act (sets 230, 231, 247 and 267 row "
      "18: 'promote accountability' uncoded), and the officials an agent noun for an open class of wrongdoers whose "
      "acts are named only generically ('wherever they occur') (README choices: an agent noun, 'They are "
      "hostage-takers', uncoded) (borderline a nominal 200 and 175 CHN/GOV with no target)"),
 18: ([], "Release on the 11th U.S.-EU Space Dialogue (29 June 2022): 'It included representatives from the European "
          "Commission, European External Action Service, and the European Space Agency' = the composition of the EU "
          "delegation, a status; the dialogue itself lies in the document's first sentence (borderline a 040 "
          "org:EU -> USA/GOV for the delegation's participation)"),
 # --- UNGDC 2020-2024 random: future
 19: ([("will continue to share its expertise", "070", "ISL/GOV", N, False, F, N, False)],
      "Iceland (2020); 'Iceland will continue to share its expertise in these fields [sustainable use of oceans, "
      "renewable energy] through our development cooperation, public-private partnerships and our capacity-building "
      "programs' = continued technical assistance, a material act -> future 070 (README choices: a future material "
      "act keeps its code, 'we will continue support' 070 future), the recipients unnamed -> target null (set 213: "
      "Iceland's 'technological expertise that we are willing and would like to share' an asserted 033 with no "
      "target) (borderline 033, or 061); the development cooperation and partnerships are the means, folded in; "
      "'run under the auspices of UNESCO' is not coded (set 116: UN 'auspices' not coded) (borderline a nominal 050 "
      "to org:UN, UNESCO having no code of its own)"),
 # --- UNGDC 2020-2024 random: demand
 20: ([], "Congo (2021), speaking on behalf of the African Union High-Level Committee on Libya: 'It is the Committee's view "
          "that ... the Libyan people must imperatively intensify the dialogue among themselves, transcend the "
          "accumulated rancour and learn to forgive one another' = a deontic for the domestic reconciliation of one "
          "undivided collective, with no act between coded actors (held-out 23 row 67: the Libyan people having "
          "set aside their divisions, a domestic reconciliation of an undivided collective, uncoded; set 115: a "
          "Lebanese national dialogue among unnamed parties uncoded) (borderline a demanded 040 and a demanded 056 "
          "(forgive) LBY/CVL -> LBY/CVL, reported_by null since the speaker speaks as the Committee)"),
 21: ([], "Eritrea (2022): 'As we all agree, the gravity of the interlocking problems ... warrants urgent and comprehensive "
          "remedial action' = 'we' meaning all States and an inanimate subject, no actor or codable behaviour "
          "(held-out 42/43)"),
 # --- UNGDC 2020-2024 random: cue
 22: ([("The assistance provided to us", "070", "org:WHO", "KGZ/GOV", False, A, N, False),
       ("The assistance provided to us", "070", "org:UN", "KGZ/GOV", False, A, N, False)],
      "Kyrgyzstan (2020); 'The assistance provided to us by the WHO, the United Nations and its swiftly established "
      "Fund, as well as international donors, was essential' = realised pandemic assistance with its providers "
      "named -> 070 (guideline: aid 07x), one per coded provider: org:WHO and org:UN, the UN's COVID-19 Response "
      "and Recovery Fund folded into org:UN (README choices: a UN programme as subject stands for org:UN) and the "
      "'international donors' dropped as an uncoded collective (set 200: the uncoded friends dropped), to the "
      "speaker's country -> KGZ/GOV (set 219: 'direct assistance from Secretary-General Kofi Annan' a 070 org:UN "
      "-> KGZ/GOV); carried by the participle 'provided' and so not nominal (set 253: 'All the support provided by "
      "Latvia' not nominal, a participle) (borderline 073 for pandemic relief); 'was essential' is an evaluation"),
 23: ([], "Kuwait (2022): 'We wish the State of Qatar exceptional success as the first Arab and Muslim country to host that "
          "international championship' = well-wishing (README choices), and hosting the FIFA World Cup a sporting "
          "event, not a political act (set 266: Qatar's readiness to receive World Cup teams uncoded; sets 181 and "
          "188: sports games uncoded)"),
 24: ([], "Tunisia (2020): 'That threat now targets States themselves, social cohesion and their efforts for development "
          "and democracy' = terrorism as a risk with no named agent or victim, 'targets' figurative (guideline: "
          "'threat to all of us' = risk, not coded) (borderline a 180 with no source and no target)"),
 25: ([("support and assistance initiatives", "070", N, "org:AU", False, D, N, True)],
      "Equatorial Guinea (2023); 'Africa deserves priority attention from support and assistance initiatives' = a "
      "statement of need for aid -> demanded nominal 070 with no source (README choices: 'Countries such as mine "
      "require assistance' a demanded 070 with no source; set 183: 'Deserves the support of all Member States' a "
      "demanded 051 with no source), 'Africa' read as the continent's organisation, org:AU (set 205: 'with the "
      "continued support of the international community, Africa is ... discharging its responsibilities' a "
      "nominal 070 with no source to org:AU; set 125: the need for support for the African Economic Community a "
      "demanded nominal 070 to org:AU) (borderline uncoded, null to null, Africa as a continent being an uncoded "
      "collective); 'a decisive materialization of the financing commitments to sustainable development' runs "
      "between uncoded collectives (README choices; sets 245, 261: the unmet $100 billion pledge uncoded) "
      "(borderline a demanded 071 plus a nominal 0331, both with no source)"),
 26: ([], "Eritrea (2020): 'allow me to renew our call for the strengthening and revamping of the marginalized UN system' = "
          "a UN-reform position with no addressee, not coded (README choices: UN reform positions uncoded; urging "
          "Council reform with no addressee not coded); 'corroded' is agentless and figurative"),
 27: ([("which are being conducted by certain international media outlets", "111", N, "CAF/GOV", False, A, N,
        False)],
      "Central African Republic (2022); 'Those campaigns' = the 'disinformation and spin campaigns aimed at "
      "coercively discrediting and destabilizing the democratic institutions of the Central African Republic' of "
      "the sentence before, whose agent this sentence names: 'which are being conducted by certain international "
      "media outlets' -> discrediting = criticism 111 (set 259: unnamed interest groups who 'attempt to discredit' "
      "the government a 111 with no source to PHL/GOV) (borderline 170, as set 242's influence campaign and set "
      "255's hybrid attack of propaganda; or 112), the outlets unnamed and of no stated country -> source null "
      "(README choices: agentless criticism with a named target is 111 with no source), the democratic "
      "institutions -> CAF/GOV; carried by the finite verb 'are being conducted' with its agent, not nominal "
      "(borderline uncoded as an anaphoric event noun, guideline 'this aggression'); 'threatening neocolonialism' "
      "is figurative and 'manipulative rhetoric' an evaluation; the speaker's own denunciation lies in the sentence "
      "before"),
 28: ([("would also like to commend Secretary-General Antonio Guterres", "051", "NAM/GOV", "org:UN", False, A, N,
        False),
       ("imploring global leaders to act now", "100", "org:UN", N, False, A, N, False)],
      "Namibia (2021); 'We would also like to commend Secretary-General Antonio Guterres for his profound and moving "
      "statement' = the speaker's own commendation, made in the speech -> 051 asserted (guideline: commend 051; set 110: "
      "'deserve to be commended' the speaker's 051 to org:UN), the Secretary-General -> org:UN; 'imploring global leaders to act now "
      "to solve those problems' = the Secretary-General's appeal in his statement -> generic 100 from org:UN with "
      "no target, the world's leaders an uncoded collective (set 201: a reported call by the Secretary-General 'on "
      "the leaders of the world' to act a generic 100 from org:UN with no target and no reported_by), the verb "
      "'imploring' not nominal; 'highlighting the many challenges' is a statement (01x)"),
 # --- UNGDC 2020-2024 random: nocue
 29: ([], "Singapore (2020): 'The COVAX Facility seeks to reduce risk and facilitate equitable access to vaccines by all "
          "nations' = the aim of an uncoded mechanism towards all nations, null to null (set 257: COVAX's shortfall "
          "uncoded; set 228: 'in partnership with COVAX' with no target) (borderline a habitual 073 with no source "
          "and no target)"),
 30: ([], "Austria (2021; the sentence joins two hard-wrapped lines): 'We do not want Afghanistan to turn into an incubator "
          "or a safe haven for international terrorism and extremism' = a volitive about another actor's act, left "
          "uncoded as optative (README choices: a hope about another actor's act is not coded; set 118: the AU-UN "
          "cooperation 'we would like to see' uncoded) (borderline a negated, demanded 070 AFG/GOV with no target, "
          "as README choices' 'must be ensured that Afghanistan does not become a haven' and set 250's 'must not "
          "become a base for terrorist operations'); 'That requires a coordinated international effort and "
          "coordinated messaging' = a statement of need among uncoded collectives, null to null"),
 31: ([], "Zambia (2020): youth unemployment before COVID-19 = a statistic, no act"),
 32: ([], "Jordan (2020): 'As Hashemite Custodian, I am bound by a special duty to safeguard Jerusalem's Islamic and "
          "Christian holy sites, but the responsibility for the Holy City falls on us all' = King Abdullah's "
          "custodianship, a status and a duty towards places, not towards an actor, and 'us all' meaning all States "
          "(held-out 42/43), no codable act between actors"),
 33: ([], "Equatorial Guinea (2022): 'We need to promote the building and strengthening of different infrastructure, "
          "especially health infrastructure' = 'we' meaning all (developing) countries and a domestic programme, no "
          "act between actors (held-out 42/43; set 228: domestic programmes uncoded)"),
}
