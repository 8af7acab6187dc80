"""Hand annotations for the TWO-HUNDRED-AND-FIFTY-EIGHTH held-out event gold set (source of events-heldout258.jsonl).

Keyed by the row index of selection-heldout258.jsonl (output of select_statement_sentence_heldout.py 258; rows 0-21
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
    python3 data/gold/build_events.py --selection selection-heldout258.jsonl \\
        --annotations annotations_heldout258 --output events-heldout258.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("agreed that their governments will carry on these bilateral discussions", "036", "USA/GOV", "JAM/GOV", False,
       A, N, False),
      ("the next meeting of the U.S. – Jamaica Strategic Dialogue", "036", "USA/GOV", "JAM/GOV", False, A, N, True)],
     "Readout of Blinken's meeting with Jamaican Prime Minister Holness (4 Apr 2022); 'Secretary Blinken and Prime "
     "Minister Holness agreed that their governments will carry on these bilateral discussions at a working group on "
     "security and development issues' = an agreement to meet again stated as a fact -> asserted 036 (guideline: "
     "'EU leaders agreed to open negotiations' 03x asserted; README choices: 'the parties agreed to meet' is 036 "
     "from the document's government to each other party), Holness -> JAM/GOV; 'followed by the next meeting of the "
     "U.S. – Jamaica Strategic Dialogue' = a second, distinct meeting agreed, a meeting noun whose name gives its "
     "participants (README choices: 'the U.S.-Bahrain Strategic Dialogue' a nominal 040) -> a second 036, asserted "
     "as part of the agreement and nominal (set 248: the Strategic Stability Dialogue's 'agreed to meet again' and "
     "'to hold informal consultations' two asserted 036s) (borderline folded into one 036, or a future nominal 036 "
     "as set 241's look-forward to the next Negev Forum meetings); the working group's topics are folded in"),
 1: ([("we will strengthen our enduring partnerships with our close Pacific Island partners", "030", "USA/GOV",
       "MHL/GOV", False, F, N, False),
      ("we will strengthen our enduring partnerships with our close Pacific Island partners", "030", "USA/GOV",
       "FSM/GOV", False, F, N, False),
      ("we will strengthen our enduring partnerships with our close Pacific Island partners", "030", "USA/GOV",
       "PLW/GOV", False, F, N, False)],
     "Blinken announcing the Special Presidential Envoy for Compact Negotiations (22 Mar 2022); 'we will strengthen "
     "our enduring partnerships with our close Pacific Island partners' = future cooperation -> 030 future "
     "(guideline: future cooperative acts get 03x; set 248: 'opportunities to deepen cooperation' a future 030); the "
     "'close Pacific Island partners' are the Freely Associated States the document names in its first sentence, "
     "the Marshall Islands, Micronesia and Palau -> one event per member the document names (README choices: the "
     "Freely Associated States are one 046 per state; a group without a code is each member the document names; "
     "held-out 23 row 18 on this document: the Compact negotiations one 046 per FAS government); 'Through these "
     "negotiations' is the anaphoric means, the negotiations already stated as under way in the text before and "
     "coded there in held-out 23, not coded again (borderline a nominal 046 per FAS government); 'ensure a free and "
     "open and prosperous Indo-Pacific region' names no act"),
 # --- State Dept random: demand
 2: ([("We urge the government to cease politically motivated prosecutions", "1051", "USA/GOV", "TUR/GOV", False, A,
       N, False),
      ("politically motivated prosecutions", "1121", "TUR/GOV", "TUR/CVL", False, A, N, True)],
     "Price on Turkey's conviction of Osman Kavala (26 Apr 2022); 'We urge the government to cease politically "
     "motivated prosecutions and to respect the rights and freedoms of all Turkish citizens' = one asserted request "
     "to TUR/GOV (guideline), two demands -> the first, ending prosecutions = easing of administrative sanctions -> "
     "1051 (set 249: 'urged Cambodia to drop politically-motivated charges' a 1051, after PETRARCH's DROP * CHARGES) "
     "(borderline 1043 for the rights and freedoms); Y not coded separately; 'politically motivated prosecutions' = "
     "a realised act named inside the request -> coded too (README choices: 'end its repression of Mr. Navalny' 175; "
     "trials and prosecutions inside a request are each 1121 from the addressee; set 249: the charges a nominal 1121 "
     "KHM/GOV -> KHM/OPP) -> nominal 1121 TUR/GOV, its victims the 'civil society, media, political and business "
     "leaders' of the sentences before, Kavala a civil-society figure -> TUR/CVL (borderline TUR/JUD as source, or "
     "one 1121 per sector named before)"),
 3: ([("called on ASEAN to take joint action to urge the military to end the violence", "1056", "USA/GOV",
       "org:ASEAN", False, A, N, False)],
     "Readout of Blinken at the U.S.-ASEAN Foreign Ministers' Meeting (4 Aug 2021); 'He also expressed grave concerns "
     "about the military coup in Burma' = expressed concern (01x, not coded), and coups are not coded (README "
     "choices: CAMEO has no code for them); 'called on ASEAN to take joint action to urge the military to end the "
     "violence, release all those unjustly detained, and restore Burma's path to democracy' = one asserted request "
     "to org:ASEAN (guideline), its sub-code taken from the innermost demand (set 246: a call on the Assembly 'to "
     "demand' a burial takes the innermost sub-code; set 204), several demands -> the first, ending the violence = "
     "de-escalation 1056 (held-out 251 row 2: Blinken's 'end the violence, restore democratic governance, and "
     "release those unjustly detained' a 1056) (borderline 102 for the joint action asked of ASEAN, or 1053); Y, "
     "ASEAN's urging of the Burmese military, is not coded separately (guideline) (borderline a hypothetical 1056 "
     "org:ASEAN -> MMR/MIL); 'those unjustly detained' is an agentless passive inside the request, not coded "
     "(held-out 18 row 3, 251 row 2)"),
 4: ([("They also discussed", "040", "USA/GOV", "GBR/GOV", False, A, N, False),
      ("international efforts should continue to seek a meaningful dialogue with Russia", "036", N, "RUS/GOV", False,
       D, N, False)],
     "Readout of Blinken's call with UK Foreign Secretary Truss (12 Feb 2022); 'They also discussed' -> 040 "
     "(guideline: discuss 040), 'They' = Blinken and Truss, symmetric, from the document's government -> USA/GOV -> "
     "GBR/GOV (held-out 248 row 14: 'also discussed' a 040); 'that international efforts should continue to seek a "
     "meaningful dialogue with Russia' = a deontic with no request verb (guideline: demanded codes Y with its "
     "source), Y = seeking dialogue with Russia = an offer to meet or negotiate -> 036 demanded (borderline 106, "
     "after PETRARCH's SEEK TALKS [026], appeals being coded 10x here), the 'international efforts' an uncoded "
     "collective -> source null (guideline; set 173: 'Dialogue and diplomatic efforts ... must continue' a demanded "
     "nominal 046) (borderline USA/GOV and GBR/GOV as sources); the content of 'discussed' is the two officials' own "
     "view, the document's government among them -> reported_by null (README choices: a Department readout of its "
     "own Secretary is not reported speech); 'that could lead to a diplomatic resolution' is an agentless "
     "hypothetical outcome, not coded"),
 # --- State Dept random: cue
 5: ([("condemned", "111", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("condemned", "111", "FRA/GOV", "RUS/GOV", False, A, N, False),
      ("condemned", "111", "DEU/GOV", "RUS/GOV", False, A, N, False),
      ("condemned", "111", "ITA/GOV", "RUS/GOV", False, A, N, False),
      ("condemned", "111", "GBR/GOV", "RUS/GOV", False, A, N, False),
      ("the Russian Federation’s decision to recognize", "054", "RUS/GOV", N, False, A, N, True)],
     "Readout of Sherman's call with her French, German, Italian and UK counterparts (23 Feb 2022); 'Deputy Secretary "
     "Sherman and her counterparts condemned' -> 111 (guideline), compound source split, the counterparts taken "
     "from the sentence before (guideline: a missing participant from the context, 'the three countries'): "
     "Delattre -> FRA/GOV, Michaelis -> DEU/GOV, Sequi -> ITA/GOV, Cleverly -> GBR/GOV, one 111 each to RUS/GOV; "
     "'the Russian Federation's decision to recognize the so-called \"Donetsk and Luhansk People's Republics\" as "
     "\"independent\"' -> nominal 054 (grant diplomatic recognition) RUS/GOV with target null, exactly as held-out "
     "25 row 22 coded the same phrase in Blinken and Borrell's condemnation (README choices: recognising breakaway "
     "entities is a nominal 054 with no target) (borderline UKR/REB, as Donetsk and Luhansk are UKR/REB elsewhere, "
     "or non-nominal as set 193's 'decision ... to sign')"),
 6: ([("We are looking for Russian cooperation in dealing with these criminal organizations", "1013", "USA/GOV",
       "RUS/GOV", False, A, N, False)],
     "Blinken on ABC's This Week (13 June 2021), before the Biden-Putin summit; 'We are looking for Russian "
     "cooperation in dealing with these criminal organizations' (the ransomware groups of the sentence before) = "
     "an expectation addressed to Russia, a request (README choices: 'we expect more support, especially by the EU' "
     "is a request; set 201: 'expects from Iran concrete gestures' a 1056) -> cooperation against criminals = "
     "law-enforcement cooperation -> 1013 (borderline 1014 for intelligence, or uncoded as an optative hope, README "
     "choices: 'we count on' not coded); 'to the extent they're operating from Russian territory' is a condition on "
     "uncoded criminal groups, not coded"),
 7: ([("we are asking countries to step up with us", "1033", "USA/GOV", N, False, A, N, False)],
     "Blinken's remarks at the COVID-19 Global Action meeting (11 Feb 2022); 'we are asking countries to step up with "
     "us to: (1) Get Shots in Arms; ... (6) Strengthen the Global Health Security Architecture' = one asserted "
     "request (guideline), several demands -> the first, vaccination, as humanitarian aid -> 1033 (set 243: "
     "'we call for more action to ensure ... access to COVID-19 vaccines' a 1033; set 154: one appeal with several "
     "demands coded from its first demand) (borderline 102 for joining the Global Action Plan, or 1031), the "
     "countries never named -> target null (borderline the ministers at the meeting)"),
 8: ([("The Secretary thanked the Foreign Minister", "051", "USA/GOV", "JOR/GOV", False, A, N, False),
      ("Jordan’s steadfast support for Ukraine", "051", "JOR/GOV", "UKR", False, A, N, True)],
     "Readout of Blinken's call with Jordanian FM Safadi (1 Apr 2022); 'thanked' -> 051 (guideline) to JOR/GOV; "
     "'Jordan's steadfast support for Ukraine, especially in the United Nations' = a support noun with its agent, "
     "political support (the General Assembly votes) -> nominal 051 JOR/GOV -> bare UKR (held-out 15 row 18 and 223: "
     "support for Ukraine a 051 to bare UKR; README choices: thanks 'for the ongoing support' gives the support its "
     "agent) (borderline 070, as set 249's Poland 'its support of Ukraine', or UKR/GOV); the United Nations is the "
     "venue, not a party"),
 9: ([("met with French Foreign Minister Jean-Yves Le Drian", "040", "USA/GOV", "FRA/GOV", False, A, N, False),
      ("the U.S.-EU Trade and Technology Council ministerial dinner", "036", "USA/GOV", "org:EU", False, F, N, True)],
     "Readout of Blinken's meeting with Le Drian (15 May 2022); the splitter cut after 'Antony J.', so the sentence "
     "begins at 'Blinken met'; 'met with French Foreign Minister Jean-Yves Le Drian today in Paris-Saclay' -> 040 "
     "(guideline), Paris-Saclay the venue (held-out 251 row 5: a meeting in Muscat, no 042 without a trip stated); "
     "'ahead of the U.S.-EU Trade and Technology Council ministerial dinner' = a meeting noun whose name gives its "
     "participants (README choices: the U.S.-Bahrain Strategic Dialogue a nominal 040), still to come that day -> "
     "a future nominal 036 USA/GOV -> org:EU (set 236: 'the next day's leaders' meeting of the Quad' a future "
     "nominal 036) (borderline uncoded as a time marker, as set 223's Quad leaders' meeting)"),
 10: ([], "Release on the Central Arctic Ocean fisheries agreement's entry into force (25 June 2021): 'This is the first "
          "multilateral agreement of its kind to take a legally binding, precautionary approach to protect an area from "
          "commercial fishing' = the agreement's character and content, agentless, no act between actors (held-out 25 "
          "row 13 on the same document: the agreement's objectives are its content); 'before such fishing has begun' "
          "is a time clause about uncoded fishers, no negated event"),
 11: ([("highlighted the need for continued coordination in support of Haiti", "050", "USA/GOV", "FRA/GOV", False, D,
        N, True)],
      "Readout of Sherman's call with French Secretary General Delattre (22 June 2022); 'Deputy Secretary Sherman "
      "highlighted the need for continued coordination in support of Haiti' = a stated need for cooperation -> "
      "demanded nominal 050 (README choices: cooperation nouns a nominal 050; set 238: 'cooperation between and among "
      "the United States, the ROK, and Japan is essential' a demanded nominal 050 from USA/GOV to each other party), "
      "the coordination being the two governments' on the call -> USA/GOV -> FRA/GOV (borderline target null, the "
      "coordination being international); 'in support of Haiti' is the purpose, not coded separately (set 182: "
      "support named only as a purpose uncoded) (borderline a demanded 070 to bare HTI)"),
 12: ([("are conditioned on governments taking steps to enforce child labor and other labor laws", "1043", "USA/GOV",
        N, False, A, N, False)],
      "Release for the World Day Against Child Labor (11 June 2021); 'The United States' trade agreements, trade "
      "preference programs, and finance programs are conditioned on governments taking steps to enforce child labor "
      "and other labor laws' = the United States' standing conditionality, a habitual demand made through its own "
      "programmes (README guideline: a passive for the US government's own administrative act -> USA/GOV; set 191: "
      "the IMF's 'conditionalities' a nominal 100), its content named, enforcing child-labour laws = the children's "
      "rights -> 1043 (borderline generic 100 as set 191, or uncoded as a description of policy), 'governments' an "
      "open class -> target null; the agreements and programmes themselves are the instruments, not coded "
      "(borderline a nominal 057 with no target for the trade agreements)"),
 13: ([("the continued U.S. commitment to supporting de Mistura’s efforts", "032", "USA/GOV", "org:UN", False, A, N,
        True),
       ("de Mistura’s efforts in leading the UN political process for Western Sahara", "045", "org:UN", "ESH", False,
        A, N, True)],
      "Readout of Blinken's meeting with UN Personal Envoy de Mistura (3 Feb 2022); 'emphasized the continued U.S. "
      "commitment to supporting de Mistura's efforts' = a commitment noun with its agent, support of a political "
      "kind -> nominal 032 asserted (README choices: commitments stated as facts asserted 03x; set 235: 'reaffirmed "
      "U.S. commitment to the security of our NATO Allies' a nominal 0334), de Mistura as the Secretary-General's "
      "Personal Envoy -> org:UN (README choices: supporting the Secretary-General is 051 to org:UN) (borderline a "
      "nominal 051, or 'emphasized' folded in as 01x); 'de Mistura's efforts in leading the UN political process for "
      "Western Sahara' = mediation with its agent -> nominal 045 org:UN, the parties never named in the document -> "
      "bare ESH (set 232: Mauritania's support for the UN's efforts a nominal 045 org:UN -> ESH) (borderline one 045 "
      "each to MAR/GOV and ESH/REB, as set 194)"),
 14: ([("agreed to launch an annual bilateral Interministerial Dialogue", "036", "USA/GOV", "URY/GOV", False, A, N,
        False)],
      "Joint statement of Blinken and Uruguayan FM Bustillo (13 Apr 2022); 'agreed to launch an annual bilateral "
      "Interministerial Dialogue' = an agreement to hold regular meetings, an intent stated as a fact -> asserted "
      "036 (README choices: 'the parties agreed to meet' is 036 from the document's government to each other party; "
      "set 248), Bustillo -> URY/GOV (borderline 030 for the launch of a mechanism, as set 234's launched initiative); "
      "'to coordinate on priority areas such as political, economic-commercial, ...' is the Dialogue's purpose, "
      "folded in (borderline a future 030)"),
 # --- State Dept random: nocue
 15: ([], "Release on Under Secretary Nuland's travel to Bangladesh, India and Sri Lanka (18 Mar 2022): 'Other senior "
          "members of the delegation include Assistant Secretary ... Lu and Deputy Under Secretary of Defense ... Dory' "
          "= the delegation's composition, no act (the trip and meetings are in the sentences before)"),
 16: ([], "Release on further targeting of Russian state-owned enterprises (8 Apr 2022): 'For more information on today's "
          "action, please see the Department of the Treasury's press release and the State Department fact sheet' = "
          "a reference pointer; 'today's action' is an anaphoric noun with no agent in the sentence (guideline: event "
          "nouns without an agent not coded; held-out 251 row 1: the anaphoric 'This authorization' not coded again)"),
 17: ([("some important new investments – Africell and Sun Africa – in Angola", "061", N, "AGO", False, A, N, True),
       ("we look forward to future collaboration on security and transparency", "030", "USA/GOV", "AGO/GOV", False, F,
        N, False)],
      "Blinken before his meeting with Angolan FM Téte António (26 May 2022); 'There have been some important new "
      "investments – Africell and Sun Africa – in Angola that are producing real results' = realised investments, "
      "economic cooperation -> nominal 061, the investing companies named but their nationality never given in the "
      "document -> source null (set 231: companies whose nationality is never given get no code; set 242) "
      "(borderline USA/BUS from outside knowledge, or uncoded as a description of trade between private actors), "
      "Angola as the country invested in -> bare AGO; 'we look forward to future collaboration on security and "
      "transparency' = an intent to cooperate with Angola -> 030 future (held-out 25: 'look forward to working "
      "closely with' a future 030), 'we' = the United States, the partner the Angolan government of the meeting -> "
      "USA/GOV -> AGO/GOV (borderline 0312 for the security part)"),
 18: ([("Blinken spoke today with Azerbaijani President Ilham Aliyev", "040", "USA/GOV", "AZE/GOV", False, A, N,
        False)],
      "Readout of Blinken's call with Aliyev (11 May 2022); the splitter cut after 'Antony J.'; 'spoke today with' = a "
      "call -> 040 (guideline: discuss/consult 040; set 234: calls coded 040) (borderline 041 by telephone), Aliyev -> "
      "AZE/GOV"),
 19: ([], "Danish FM Kofod's turn before his meeting with Blinken (3 June 2022): a verbless list of the levels on which "
          "Denmark and the United States 'work' (sentence before): 'Quantum computing is one thing, green "
          "transformation, upholding rules and norms ..., and also standing together in so many alliances, working to "
          "profess our own values' = topics and shared values, no specific act (held-out 23: 'standing together when "
          "democracy is threatened' = solidarity without a specific act, not coded; set 242: 'our membership to NATO' a "
          "status) (borderline a 050 USA/GOV -> DNK/GOV for standing together in alliances, or 051 under 'stand "
          "with')"),
 20: ([], "Blinken at the Economic and Health Dialogue of the Americas (7 June 2022): 'we have to deal with this together, "
          "and I'm glad that with this initiative that's what we're doing' = 'we' meaning all the hemisphere's "
          "countries (README choices: 'we' meaning all states not coded); 'I'm glad' about a regional initiative is a "
          "sentiment whose object is the collective's own work (borderline a 050 USA/GOV with no target for "
          "'that's what we're doing', or a 051 with no target as 'we are pleased with')"),
 21: ([("some sort of manufactured plea for help", "1032", "UKR/REB", "RUS/GOV", False, H, "USA/GOV", True),
       ("send in Russian troops", "192", "RUS/GOV", "UKR", False, H, "USA/GOV", False)],
      "Journalist David Muir's question to Blinken on ABC (24 Feb 2022), his own words; 'you've been saying all along "
      "the U.S. has been predicting that ...' = a third party relaying the US government's statements -> reported_by "
      "USA/GOV (guideline: 'you've been saying that you're ready' -> reported_by USA/GOV); 'there could be some sort "
      "of manufactured plea for help here' = a predicted request for military help (the separatists' 'formal appeal "
      "to Vladimir Putin for military help' of the sentence before) -> nominal 1032 hypothetical ('could'), the "
      "pleaders taken from the sentence before -> the Donetsk and Luhansk separatists UKR/REB (README choices) -> "
      "RUS/GOV (Putin) (borderline source null, 'manufactured' making Russia its true author); 'that Putin might then "
      "use it to send in Russian troops' = a predicted entry of troops into Ukraine -> 192 hypothetical ('might') "
      "(guideline: invade 192), Putin -> RUS/GOV, Ukraine -> bare UKR (borderline 154 as held-out 25 row 22's 'order "
      "to dispatch additional Russian troops'); 'predicting' and 'saying' are the speech verbs, not coded"),
 # --- UNGDC 2020-2024 random: neg
 22: ([], "Canada (2022): 'We do not come to these discussions with easy fixes' = the negation bears on the manner ('with "
          "easy fixes'), not on taking part (set 147: 'was not able to come here from Jerusalem' no negated visit), "
          "and coming to the Assembly's discussions is every speaker's implied attendance (set 229: Uruguay's "
          "presupposed 'I have come ... to this Assembly' uncoded) (borderline an asserted 040 CAN/GOV -> org:UNGA)"),
 23: ([("raised their voices to call for changes", "1044", "CUB/GOV", N, False, A, N, False)],
      "Cuba (Díaz-Canel, 2023), after the G77 and China summit Havana hosted (sentence before); 'more than 100 "
      "representatives from the 134 nations that comprise the Group raised their voices to call for changes that can "
      "no longer be postponed amid the unjust, irrational and abusive international economic order' = a call for a "
      "change of the international economic order -> 1044 (set 188: an urging to drive 'a new international order' a "
      "1044 with no target), the G77 having no code and the document naming only Cuba among its members, the host and "
      "chair -> coded for the one member named (README choices: a group whose members the document does not name is "
      "coded for the one it names; set 133: 'We nations of South America' coded for the speaker only), no addressee "
      "-> target null (set 215: 'reiterates its call for the adoption of a holistic approach' a 1042 with no target) "
      "(borderline uncoded, as set 122 left the Member States' own calls null to null, or source null); 'can no "
      "longer be postponed' is no negation; the order 'that ... has deepened the enormous inequalities' names no "
      "act"),
 24: ([("has not yet discharged its obligation", "085", "USA/GOV", "IRN", True, A, N, False),
       ("sanctions", "163", "USA/GOV", "IRN", False, A, N, True)],
      "Iran (Raisi, 2021); 'the US has not yet discharged its obligation, which is lifting sanctions' = an unfulfilled "
      "obligation whose content is named -> the content's code, negated (README choices: unfulfilled pledges whose "
      "content is named take the content's code, negated; a blockade's not being lifted is a negated 085 of its "
      "imposer) -> negated 085 USA/GOV -> bare IRN (set 246: US sanctions on Iran to bare IRN) (borderline IRN/GOV, "
      "or uncoded as compliance with the JCPOA); 'sanctions' = the existing US sanctions whose lifting is owed, "
      "presupposed -> nominal 163 USA/GOV -> IRN, the agent from the same clause (set 199: 'Why then has the Council "
      "failed to lift the embargo on Iraq?' a negated 085 and a nominal 163, both from the imposer)"),
 # --- UNGDC 2020-2024 random: future
 25: ([("will be holding a high-level international conference", "036", "TJK/GOV", "org:UN", False, F, N, False)],
      "Tajikistan (2022); 'the Government of Tajikistan, together with the United Nations Office of Counter-Terrorism "
      "and its partners, will be holding a high-level international conference in Dushanbe' = a future hosting -> 036 "
      "future (README choices: hosting a session of a UN regional commission is 036 future to org:UN; set 134: an "
      "event organised 'in partnership with the United Arab Emirates' a future 036 to ARE/GOV; set 232: 'When we "
      "convene the Second High Level Event' a future 036 to each co-convener), UNOCT -> org:UN as the co-convener, "
      "the unnamed partners dropped (borderline a second future 036 from org:UN with no target, as set 224's "
      "co-hosts, or 043); 'In order to discuss them further' and the theme are the conference's purpose"),
 # --- UNGDC 2020-2024 random: demand
 26: ([], "Slovakia (2023): 'It is an existential crisis that we ourselves have created, and we alone must solve it' = "
          "'we' meaning humanity or all States (README choices: 'we' meaning all states not coded), climate change no "
          "codable act"),
 27: ([("must work closely\ntogether and act jointly in a coordinated way", "050", "org:UN", "org:UN", False, D, N,
        False)],
      "Botswana (2021); 'the United Nations system, and especially its principal organs, must work closely together "
      "and act jointly in a coordinated way' = a deontic with no request verb whose agent is named (guideline: "
      "demanded codes Y with source X), Y = cooperation among the UN's own bodies -> demanded 050 org:UN -> org:UN, "
      "symmetric, coded once (set 147: UN development organisations that 'have failed to cooperate' with each other "
      "a negated 050 org:UN -> org:UN; set 184: 'The G-20 must ... address ways of improving links' a demanded 050) "
      "(borderline uncoded as a UN working-methods position, as sets 118, 153 and 201 left wished-for collaboration "
      "between UN bodies uncoded); the speech is hard-wrapped, the trigger holding its newline; 'under your able "
      "leadership, Mr. President' is a courtesy"),
 # --- UNGDC 2020-2024 random: cue
 28: ([("has supported the liberation struggles of many fellow States", "051", "TZA/GOV", N, False, A, N, False)],
      "Tanzania (2020); 'Tanzania remains a committed member of the United Nations' is a status, not coded; 'and "
      "through the Special Political and Decolonization Committee has supported the liberation struggles of many "
      "fellow States' = support given through a UN committee, diplomatic -> 051 (guideline: 'express support' 051) "
      "(borderline 070, Tanzania's material backing of liberation movements), the 'fellow States' never named -> "
      "target null; 'the liberation struggles' and 'their fight to regain their independence' are acts of the "
      "unnamed peoples against unnamed colonial powers, null to null, not coded (borderline a nominal 140 as the "
      "ANC's struggle)"),
 29: ([("reaffirm my country’s determination to maintain good diplomatic relations", "030", "BDI/GOV", N, False, A, N,
        False)],
      "Burundi (Ndayishimiye, 2022); 'I would like to once again reaffirm my country's determination to maintain good "
      "diplomatic relations and mutually beneficial, win-win cooperation with all States and international "
      "organizations' = an intent to cooperate stated as a fact -> 030 asserted (README choices: commitments stated "
      "as facts asserted 03x; set 184: Chad's intention 'to diversify their relations of friendship and cooperation' "
      "an asserted 030 with no target; set 213: Kuwait's 'consolidating and developing its relations with its "
      "neighbours' an asserted 030 with no target), 'all States and international organizations' an open class -> "
      "target null; 'in order to confront the fundamental challenges' is the purpose"),
 30: ([], "Mongolia (2021): 'Desertification is threatening the livelihoods of more than 2 billion people' = a risk "
          "(guideline: 'threat' as risk not coded)"),
 31: ([], "Saint Vincent and the Grenadines (2022): 'The existential longing ... demands correctives or reformations of a "
          "structural or fundamental kind' = figurative, an inanimate subject with no actor (guideline: figurative "
          "uses not coded)"),
 32: ([], "Sao Tome and Principe (2024): rising sea levels, storms, erosion and biodiversity loss that 'threaten' "
          "livelihoods = risks (guideline)"),
 33: ([("We remain grateful for the support and solidarity", "051", "ZWE/GOV", N, False, A, N, False),
       ("the support and solidarity of progressive countries", "051", N, "ZWE/GOV", False, A, N, True)],
      "Zimbabwe (Mnangagwa, 2023), after its demand to lift the sanctions (sentence before); 'We remain grateful for "
      "the support and solidarity of progressive countries in the comity of nations' = thanks -> 051 (guideline), the "
      "'progressive countries' never named -> target null, and the support thanked for = a support noun with its "
      "agent, political solidarity -> nominal 051 with no source (uncoded collective) to ZWE/GOV (set 186: thanks "
      "for 'the support offered by countries worldwide' a 051 with no target and a nominal 051 with no source to "
      "PER/GOV) (borderline 070 for the support)"),
 34: ([("reiterate all our gratitude to and confidence in Mr. Antonio Guterres", "051", "CAF/GOV", "org:UN", False,
        A, N, False),
       ("his constant and multifaceted support to the Central African Republic", "070", "org:UN", "CAF/GOV", False, A,
        N, True)],
      "Central African Republic (Touadéra, 2020); 'reiterate all our gratitude to and confidence in Mr. Antonio "
      "Guterres' = thanks and an expression of confidence -> one 051 (guideline: thank 051; set 205: 'our full trust "
      "in Mr. António Guterres' a 051) to org:UN (the Secretary-General); 'for his sustained commitment to global "
      "peace and development' is an abstract commitment with no counterpart, not coded; 'for his constant and "
      "multifaceted support to the Central African Republic' = a support noun with its agent -> nominal 070 (README "
      "choices: thanks 'for the ongoing support' gives the support its agent; set 219: Kyrgyzstan's 'direct "
      "assistance from Secretary-General Kofi Annan' a nominal 070 org:UN -> KGZ/GOV), 'multifaceted' covering "
      "several kinds -> one 070 (README choices: one aid noun covering several kinds is one 070) (borderline bare "
      "CAF)"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([], "New Zealand (2021): 'Our forebears were once at this fork in the road' = a figurative historical remark, no "
          "act"),
 36: ([], "Moldova (2023): 'Today Moldova stands stronger and more resilient than one year ago' = a description of the "
          "country's state, no act"),
 37: ([], "Malta (2022): 'Without peace, security and stability, we will never be able to focus on the more important "
          "challenge' = 'we' meaning world leaders or all States (README choices), no act"),
 38: ([], "Tuvalu (2023): 'Tuvalu is taking proactive steps to secure the nation's survival' = a domestic adaptation "
          "programme with no counterpart (README choices: domestic programmes not coded)"),
 39: ([], "Finland (2024): 'We need to ensure that the rights of women and girls are respected' = 'we' meaning all States "
          "(README choices: 'we' meaning all states not coded), a norm with no named agent"),
}
