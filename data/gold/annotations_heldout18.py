"""Hand annotations for the EIGHTEENTH held-out event gold set (source of events-heldout18.jsonl).

Keyed by the row index of selection-heldout18.jsonl (output of select_heldout18.py).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout18.jsonl \
        --annotations annotations_heldout18 --output events-heldout18.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will meet in Georgia", "036", "USA/GOV", "GEO/GOV", False, F, N, False),
      ("will meet in Georgia", "036", "USA/GOV", "GEO/OPP", False, F, N, False),
      ("will meet in Georgia", "036", "USA/GOV", "GEO/CVL", False, F, N, False),
      ("ongoing aggression against", "190", "RUS/MIL", "GEO", False, A, N, True),
      ("occupation of Georgia", "192", "RUS/MIL", "GEO", False, A, N, True)],
     "Acting Assistant Secretary Reeker's announced trip; future meeting -> 036 future, one event per named party: "
     "government -> GEO/GOV, opposition -> GEO/OPP, civil society leaders -> GEO/CVL (held-out 13 row 5); 'to "
     "discuss' is the purpose of the same meeting; Russia's ongoing aggression -> nominal 190 and its occupation -> "
     "nominal 192 (guideline invade/occupy -> 192; held-out 11 occupation of Georgian territory -> RUS/MIL), target "
     "the country (bare); 'the April 19 agreement among Georgian political parties' names no party (domestic), not "
     "coded"),
 1: ([("look forward to working with Panama", "030", "USA/GOV", "PAN/GOV", False, F, N, False),
      ("will host", "036", "USA/GOV", N, False, F, N, False)],
     "'look forward to working with' -> 030 future (held-out 4 row 47); future hosting of the Summit of the Americas "
     "-> 036 future (held-out 13 row 49, 15 row 49), participants unnamed -> null; advancing the LA Declaration is "
     "the purpose"),
 2: ([("additional sanctions", "163", "USA/GOV", "CUB/GOV", False, F, N, True),
      ("the Cuban government’s human rights abuses", "175", "CUB/GOV", "CUB/CVL", False, A, N, True)],
     "'will continue to take action ... including through additional sanctions' -> 163 future, target the Cuban "
     "government whose abuses are named (borderline hypothetical for 'as appropriate'); the Cuban government's human "
     "rights abuses (violent repression of protests, title) -> nominal 175 CUB/GOV -> CUB/CVL (held-out 5 row 3)"),
 # --- State Dept random: demand
 3: ([("We call on Cambodian authorities", "1053", "USA/GOV", "KHM/GOV", False, A, N, False)],
     "several demands (release all unjustly detained, protect freedoms) -> most specific, first named: release 1053 "
     "(held-out 9); 'those unjustly detained' = an agentless passive inside the release request, not coded "
     "separately (held-out 17 row 7; borderline 173 null -> KHM/OPP as held-out 16 row 20)"),
 4: ([], "ACE award: recommendations to be submitted to embassies: administrative, no act"),
 5: ([], "media contact line"),
 6: ([], "'there must be credible investigations into and accountability for atrocities committed by any party' = "
         "agentless deontic (090) with 'any party' unnamed -> null-null, not coded"),
 7: ([("recent attacks by M23", "180", "COD/REB", "COD", False, A, N, True),
      ("urged de-escalation", "1056", "USA/GOV", "COD/GOV", False, A, N, False)],
     "Blinken with DRC FM Lutundula; 'noted' = 01x; attacks by M23 = unspecified violence by a non-state armed group "
     "-> nominal 180 (guideline), M23 (Congolese rebel movement) -> COD/REB, target eastern DRC -> COD from the "
     "context (borderline null); 'other armed groups' uncoded, dropped; urging de-escalation in the meeting with the "
     "DRC minister -> 1056 to the interlocutor COD/GOV (held-out 17 row 17; borderline null, the regional tensions "
     "involving others); 'stressed the importance of continued regional dialogue' has no named parties, not coded"),
 8: ([("calls on Samoa’s leaders", "104", "USA/GOV", "WSM/GOV", False, A, N, False)],
     "after the disputed 2021 election; Y = respect democratic processes and uphold the rule of law -> demand "
     "political reform 104 (held-out 16 row 7); Samoa's leaders -> WSM/GOV"),
 # --- State Dept random: cue
 9: ([("commitment to the defense of the Republic of Korea", "0334", "USA/GOV", "KOR/GOV", False, A, N, True),
      ("welcomed joint efforts", "051", "USA/GOV", "KOR/GOV", False, A, N, False)],
     "Sherman with President-elect Yoon's delegation; reaffirmed the ironclad commitment to the defense of the ROK "
     "-> 0334 nominal asserted (held-out 12 row 32); welcoming joint (U.S.-ROK) efforts on denuclearization -> 051 "
     "to the incoming government (held-out 16 row 28: president-elect -> GOV; borderline target null as praise of "
     "a display of unity, or not coded since the US is itself a party of the efforts)"),
 10: ([("The Secretary commended", "051", "USA/GOV", "UZB/GOV", False, A, N, False),
       ("the two countries’ active cooperation", "050", "USA/GOV", "UZB/GOV", False, A, N, True)],
      "commending Uzbekistan's initiatives -> 051; the initiatives to improve relations within Central Asia name no "
      "counterpart, not coded; the two countries' active cooperation through C5+1 = a cooperation noun naming its "
      "parties -> nominal 050 (held-out 11, 13)"),
 11: ([("Our security and counterterrorism cooperation", "062", "USA/GOV", "DZA/GOV", False, A, N, True)],
      "Blinken's Algeria trip; 'Our' = the United States and Algeria (previous sentence, 'our bilateral "
      "relationship') -> ongoing cooperation noun, nominal; security and counterterrorism cooperation -> 062 "
      "(military cooperation; borderline 050 as other cooperation nouns, or 064)"),
 12: ([("They also discussed", "040", "USA/GOV", "RWA/GOV", False, A, N, False)],
      "'They' = Sherman and Rwandan FM Biruta (previous sentence) -> 040, symmetric, from the document's government"),
 13: ([("emphasized steadfast U.S. support", "051", "USA/GOV", "KAZ", False, A, N, False),
       ("emphasized steadfast U.S. support", "051", "USA/GOV", "KGZ", False, A, N, False),
       ("emphasized steadfast U.S. support", "051", "USA/GOV", "TJK", False, A, N, False),
       ("emphasized steadfast U.S. support", "051", "USA/GOV", "UZB", False, A, N, False),
       ("C5+1 regional cooperation", "050", "USA/GOV", "KAZ/GOV", False, A, N, True),
       ("C5+1 regional cooperation", "050", "USA/GOV", "KGZ/GOV", False, A, N, True),
       ("C5+1 regional cooperation", "050", "USA/GOV", "TJK/GOV", False, A, N, True),
       ("C5+1 regional cooperation", "050", "USA/GOV", "UZB/GOV", False, A, N, True)],
      "Blinken's call with the Foreign Ministers of Kazakhstan, the Kyrgyz Republic, Tajikistan and Uzbekistan "
      "(first sentence); 'their' sovereignty = those four -> support for sovereignty and territorial integrity -> 051 "
      "to each country, bare (held-out 17 row 44); C5+1 regional cooperation = ongoing cooperation noun of a group "
      "without a code -> nominal 050 to each member the document names (held-out 12/13 Quint rule; Turkmenistan is "
      "not named in the document); borderline: 'highlighted the value of' as an evaluation only, not coded"),
 14: ([("going to have this meeting today", "036", "MEX/GOV", "USA/GOV", False, F, N, False),
       ("going to have this meeting today", "036", "MEX/GOV", "CAN/GOV", False, F, N, False)],
      "speaker = Foreign Secretary Ebrard (transcript turn); 'we hope that we are going to have this meeting today' = "
      "the trilateral meeting about to be held -> 036 future (held-out 13 'hope that we can work together' -> 030 "
      "future), symmetric, coded from the speaker's government to the other two (Blinken, Joly); 'a very positive "
      "relationship' is an evaluation; 'other steps ahead in our common objectives' is abstract (borderline: the "
      "garbled hope bears on the steps, not the meeting, not coded)"),
 15: ([], "the President signing an executive order: domestic; hostage-taking and wrongful detentions are agentless "
          "nouns"),
 16: ([("They also discussed", "040", "USA/GOV", "TUN/GOV", False, A, N, False),
       ("UN-led Libyan peace process", "045", "org:UN", "LBY", False, A, N, True)],
      "'They' = Hood and the Tunisian officials -> 040; support for the peace process is a topic, not coded; "
      "'UN-led Libyan peace process' = a mediation noun naming its broker -> nominal 045 org:UN (held-out 9, 17 row "
      "23), the party given only as 'Libyan' -> LBY (borderline null as held-out 17 row 23)"),
 17: ([("The ABCs began in 2009", "040", "USA/GOV", "TKM/GOV", False, A, N, True)],
      "the U.S.-Turkmenistan Annual Bilateral Consultations (named in the previous sentence) = a meeting noun naming "
      "its participants -> nominal 040 (held-out 4), realised since 2009 -> asserted; 'so that our governments "
      "could discuss' is the purpose of the same consultations, not coded again"),
 18: ([("Secretary Blinken thanked the Foreign Ministers", "051", "USA/GOV", "CRI/GOV", False, A, N, False),
       ("Secretary Blinken thanked the Foreign Ministers", "051", "USA/GOV", "DOM/GOV", False, A, N, False),
       ("Secretary Blinken thanked the Foreign Ministers", "051", "USA/GOV", "PAN/GOV", False, A, N, False),
       ("supporting the Nicaraguan people", "051", "CRI/GOV", "NIC/CVL", False, A, N, False),
       ("supporting the Nicaraguan people", "051", "DOM/GOV", "NIC/CVL", False, A, N, False),
       ("supporting the Nicaraguan people", "051", "PAN/GOV", "NIC/CVL", False, A, N, False),
       ("Ortega-Murillo regime abuses", "175", "NIC/GOV", "NIC/CVL", False, A, N, True)],
      "the Foreign Ministers of Costa Rica, the Dominican Republic and Panama (previous sentence) -> thanks 051 per "
      "country; their nations' realised efforts include supporting the Nicaraguan people -> political support 051 "
      "per country to NIC/CVL (borderline 070 as held-out 15 row 12 'supporting civil society'); strengthening "
      "democratic institutions and norms is abstract; the Ortega-Murillo regime's abuses of the people's rights -> "
      "nominal 175 NIC/GOV -> NIC/CVL (held-out 5 row 3)"),
 19: ([("We are taking today’s action", "163", "USA/GOV", N, False, A, N, False)],
      "today's action = the SDGT designation of four ISIS/ISIS-M financial facilitators in South Africa -> 163 "
      "(earlier sets); ISIS has no code and the designees' nationality is not said -> target null (held-out 17 row "
      "34; borderline ZAF/CVL for 'based in South Africa'); 'disrupt and expose' is the purpose; the supporters "
      "raising revenue for ISIS is null-null"),
 20: ([("joined the group", "040", "USA/GOV", "BLR/OPP", False, A, N, False)],
      "Blinken joining Sherman's meeting with Tsikhanouskaya, leader of the democratic opposition of Belarus -> 040 "
      "-> BLR/OPP"),
 21: ([("Today’s action", "163", "USA/GOV", "NGA/CVL", False, A, N, True),
       ("prosecutions", "1121", "ARE/GOV", "NGA/CVL", False, A, N, True),
       ("convictions", "116", "ARE/GOV", "NGA/CVL", False, A, N, True),
       ("designations", "163", "ARE/GOV", "NGA/CVL", False, A, N, True),
       ("supporting terrorism", "070", "NGA/CVL", N, False, A, N, False)],
      "today's action = the Department's designation of six Nigerian nationals (previous sentence) -> nominal 163, "
      "the document's own act (as held-out 17 row 29's 'today's action'), private persons -> NGA/CVL; the UAE's "
      "prosecutions (charge with a crime -> 1121, as the guideline's charge -> 112x), convictions (find guilty 116) "
      "and designations (163) of these individuals -> three nominal acts with their agent, the text naming the "
      "state -> ARE/GOV (borderline ARE/JUD for prosecutions and convictions); 'for supporting terrorism' (support "
      "for Boko Haram, no code) -> 070 with target null (held-out 2 'support for terrorism' -> 070), stated without "
      "'alleged' -> reported_by null"),
 22: ([("We call for electoral conditions", "104", "USA/GOV", N, False, A, N, False)],
      "U.S.-EU-Canada joint statement -> 'We' = USA/GOV (guideline); a call for electoral conditions meeting "
      "international standards -> 104; the statement names no addressee (the Venezuelan authorities are never named) "
      "-> target null (held-out 16 row 59; borderline VEN/GOV from 'in Venezuela')"),
 23: ([("They discussed", "040", "USA/GOV", "IRL/GOV", False, A, N, False),
       ("continue providing humanitarian assistance to Ukraine", "073", "USA/GOV", "UKR", False, D, N, False),
       ("continue providing humanitarian assistance to Ukraine", "073", "IRL/GOV", "UKR", False, D, N, False)],
      "'They' = Sherman and Irish FM Coveney -> 040; 'the need to continue providing humanitarian assistance to "
      "Ukraine' = a deontic without a request verb whose agents are the two discussants -> 073 demanded per source "
      "(guideline 'it is important to help X'; held-out 17 row 6); 'increase pressure on the Kremlin' is too vague "
      "for a CAMEO code (held-out 7 'press the Kremlin' not coded; borderline 170 demanded -> RUS/GOV); borderline: "
      "both discussion topics, not coded (held-out 7)"),
 24: ([("personally thanked the Prime Minister", "051", "USA/GOV", "MKD/GOV", False, A, N, False),
       ("North Macedonia’s commitment to the NATO Alliance", "030", "MKD/GOV", "org:NATO", False, A, N, True),
       ("hosting Afghan evacuees", "075", "MKD/GOV", "AFG/CVL", False, A, N, False)],
      "thanks to PM Kovachevski -> 051; North Macedonia's commitment to NATO as its newest member = intent to "
      "cooperate, nominal 030 (held-out 17 row 22 'our commitment'; borderline 0312 or not coded as a standing "
      "membership); hosting Afghan evacuees = admitting refugees -> 075 (held-out 6), realised, agent North "
      "Macedonia from the 'for' clause"),
 25: ([("agreed to strengthen efforts", "030", "USA/GOV", "NPL/GOV", False, A, N, False)],
      "Blinken's call with PM Deuba; 'agreed to strengthen efforts to build back better ... and work toward "
      "addressing the climate crisis' = explicit intent stated as a fact -> 03x asserted (guideline), 030 as the "
      "efforts mix health, economy and climate (borderline 0311), target the call's counterpart"),
 26: ([("demonstrates our solidarity with Rohingya", "051", "USA/GOV", "MMR/CVL", False, A, N, False),
       ("demonstrates our solidarity with Rohingya", "051", "USA/GOV", "BGD/CVL", False, A, N, False)],
      "the aid announcement demonstrating solidarity with the Rohingya and their host communities (Cox's Bazar, "
      "Bangladesh, previous sentence) = expressed support (held-out 15 row 36 'stands with' -> 051; not the "
      "natural-disaster condolence of held-out 10/11) -> 051 per group, Rohingya -> MMR/CVL, host communities -> "
      "BGD/CVL; 'communities hosting them' is a description, not coded as 075 (civilians, not a state act); the "
      "commitment to strengthening the international response is abstract; 'the escalating violence in Burma' has "
      "no agent"),
 27: ([("They discussed", "040", "USA/GOV", "AUS/GOV", False, A, N, False)],
      "Blinken and FM Payne -> 040; the Quad and AUKUS are topics (AUKUS's members not named in the document)"),
 # --- State Dept random: nocue
 28: ([], "Executive Order on digital assets: domestic, no counterpart"),
 29: ([("looking forward to working with you", "030", "USA/GOV", "USA/LEG", False, F, N, False)],
      "Blinken to the Senate Appropriations subcommittee (Senators Coons and Graham) -> 'looking forward to working "
      "with' -> 030 future, the executive with Congress -> USA/LEG (held-out 5: executive-Congress acts are coded; "
      "borderline: domestic, not coded)"),
 30: ([], "McKeon accompanied by a Department official: internal"),
 31: ([], "the U.S. delegation co-led by USAID's Gawande (sentence cut at 'U.'): description, no act"),
 32: ([("will travel to Santiago, Chile", "036", "USA/GOV", "CHL", False, F, N, False)],
      "announced trip -> 036 future to the bare country (held-out 16 row 11); Santiago is the destination"),
 33: ([], "PM Holness: Jamaica considers itself a near-shore investment destination = self-description, no act"),
 34: ([("look forward to our continued collaboration", "030", "USA/GOV", "BEL/GOV", False, F, N, False)],
      "Blinken's Belgium National Day message; 'look forward to our continued collaboration' -> 030 future, target "
      "Belgium -> BEL/GOV (borderline BEL, the message addressing the people of Belgium)"),
 35: ([("continue to press for stronger democratic governance", "104", "USA/GOV", N, False, F, N, False)],
      "Section 353 list release; 'will continue to press for' stronger governance, rule of law, transparency = a "
      "request for political reform -> 104, 'will' -> future; addressees (governments of Guatemala, Honduras, El "
      "Salvador, Nicaragua in the title, 'our regional partners') not named in the sentence -> null (held-out 5 row "
      "2; borderline split to the four governments)"),
 36: ([], "the OSCE mission of experts will prepare and share a report: a statement (01x), no act"),
 37: ([], "Dominican FM Alvarez: 'We firmly believe, as President Biden said, that freedom will triumph' = belief, no "
          "act"),
 38: ([("continued close U.S.-UK coordination", "050", "USA/GOV", "GBR/GOV", False, A, N, False),
       ("its brutal atrocities", "200", "RUS/GOV", "UKR", False, A, N, True),
       ("Putin’s unprovoked and unjustified war against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "Sherman and UK Minister Cleverly 'continued close U.S.-UK coordination' -> 050 (held-out 7 coordination "
      "noun naming parties), realised -> asserted; 'hold the Kremlin accountable' is not a CAMEO act (held-out 7, "
      "15); 'its brutal atrocities' = the Kremlin's (metonym -> RUS/GOV, guideline even for violent acts) -> nominal "
      "200 (held-out 15 row 3 atrocities -> 200), target UKR; Putin's war -> nominal 190 RUS/GOV -> UKR (held-out "
      "16 row 26)"),
 39: ([("participates in NATO Informal Foreign Ministers Ministerial Session II", "036", "USA/GOV", "org:NATO", False,
        F, N, False)],
      "public schedule of the same day (present tense) -> scheduled meeting 036 future (held-out 14 row 9), the NATO "
      "ministerial -> org:NATO; Berlin is the venue"),
 40: ([("has enabled DPRK malicious cyber actors", "070", N, "PRK/GOV", False, A, N, False)],
      "the Blender.io mixer (a platform whose country is not said -> null) enabling DPRK cyber actors to launder "
      "stolen virtual currency = material support -> 070 (held-out 5 harbouring/support -> 070), DPRK cyber actors "
      "= the DPRK state's (previous sentence 'the DPRK has resorted to theft') -> PRK/GOV (borderline: not coded, "
      "a description of a service); 'the nearly $620 million theft from Sky Mavis' has no agent in the sentence and "
      "a victim of unstated nationality, not coded"),
 41: ([], "description of the Artemis Accords: no act"),
 # --- UNGDC random: neg
 42: ([], "El Salvador: the Assembly's relevance 'has not even been discussed' = agentless, no act between actors"),
 43: ([], "Brazil: 'We have not corrected the excesses of market deregulation' = 'we' = the world, no act"),
 44: ([], "Hungary: 'cooperation between East and West' = collectives (null-null), not coded; 'we will not be able "
          "to' is not an event negation"),
 45: ([("expressed its\nregret", "110", "org:UNGA", "FRA/GOV", False, A, N, False),
       ("had not been initiated", "046", "FRA/GOV", "MDG/GOV", True, A, "org:UNGA", False),
       ("called for them to start", "106", "org:UNGA", "FRA/GOV", False, A, N, False)],
      "Madagascar on the Iles Eparses; resolution 35/123 (1980): the Assembly's 'regret' that negotiations had not "
      "begun -> 110 (guideline 'laments'/'it is regrettable' -> 110), aimed at France, which resolution 34/91 had "
      "called on to initiate them (previous sentence) -> FRA/GOV; the negotiations not initiated -> negated 046, the "
      "passive's agent taken from the context (France, with Madagascar), inside the Assembly's expressed regret -> "
      "reported_by org:UNGA (new: complement of 'expressed its regret that'; borderline null, the fact being "
      "presupposed by the factive frame and asserted by the speaker too); the Assembly calling for them to start -> "
      "106 to France (borderline also MDG/GOV as the other party)"),
 46: ([("strengthening its relations with Serbia", "050", "ALB/GOV", "SRB/GOV", False, A, N, False),
       ("to recognize the Republic of Kosovo", "054", "SRB/GOV", "XKX/GOV", False, D, N, False),
       ("has not yet done so", "054", "SRB/GOV", "XKX/GOV", True, A, N, False)],
      "Albania (PM Rama); strengthening relations with Serbia and 'moving forward together to boost bilateral and "
      "regional cooperation' = one realised cooperation of the same pair -> 050 once; 'has not and will not move an "
      "inch from its firm position' = negation bearing on the position, not an event (guideline 'never ceased'); "
      "'the need for every country ... including first and foremost Serbia, to recognize the Republic of Kosovo' = "
      "a deontic without a request verb -> 054 (grant diplomatic recognition) demanded, for the coded party only "
      "('every country' uncoded, held-out 2 compound rule); the relative clause 'that has not yet done so' states "
      "Serbia's non-recognition -> negated 054 asserted (new: a negated fact and a demand of the same act in one "
      "sentence coded as two events; borderline once); Albania's 'support of the need' is not coded as a separate "
      "051 (guideline: a demanded Y adds no event for the speaker)"),
 # --- UNGDC random: future
 47: ([], "Georgia to the people beyond the occupation line (Abkhazia, Tskhinvali): 'we will always meet you with an "
          "open heart' = figurative welcome, a sentiment (held-out 7), not coded (borderline 030 future GEO/GOV -> "
          "GEO/CVL); the occupation line has no agent"),
 48: ([("as we host", "036", "GBR/GOV", N, False, F, N, False)],
      "United Kingdom (PM Johnson, 2020); hosting COP26 'next November' -> future hosting 036 future (held-out 13, "
      "15), participants (the world) -> null (borderline org:UN for the UNFCCC conference); 'we will do so' = give "
      "that lead (abstract); the 75th anniversary celebration and the G7 Presidency are not acts toward a party"),
 # --- UNGDC random: demand
 49: ([], "Switzerland: its national report reveals progress; 'additional efforts must be made' is agentless"),
 50: ([("Kiribati calls upon the international community", "101", "KIR/GOV", N, False, A, N, False)],
      "call upon the international community (collective -> null, held-out 16 row 49) to strengthen cooperation "
      "and action against IUU fishing -> demand material cooperation 101 (borderline 100)"),
 51: ([], "Grenada recalling the UN Charter's Article 1 ('calls for the Organization to maintain peace'): a text, "
          "not an actor"),
 52: ([], "Jamaica: 'the countries that manufacture weapons ... must implement stronger measures' = a deontic over "
          "an unnamed collective, Y not a CAMEO act"),
 # --- UNGDC random: cue
 53: ([("I reiterate our plea", "103", "HTI/GOV", N, False, A, N, False)],
      "Haiti (PM Henry, 'the Government that I head'); a plea = request (guideline: appeals -> 10x) to lend a strong "
      "hand to support the Haitian National Police -> demand aid 103 (borderline 1034 for the security mission), "
      "addressee unnamed (the international community) -> null; the police are the beneficiary, not the target"),
 54: ([], "Sierra Leone: complementing international action with local initiatives: abstract, no counterpart"),
 55: ([], "Mongolia: the world's nations united under the UN Charter (1945): collective, no act between coded "
          "actors"),
 56: ([("offers its full support to you", "030", "KIR/GOV", "org:UNGA", False, A, N, False)],
      "Kiribati; 'you' = the President of the General Assembly (closing address) -> org:UNGA; offering full support "
      "for his leadership = pledge of support -> 030 asserted (held-out 11 row 56, 12 row 68)"),
 57: ([("welcome and thank", "051", "NAM/GOV", N, False, A, N, False)],
      "Namibia; welcoming and thanking (one 051 for one pair) 'those who have expressed support for the Common "
      "African Position' (unnamed) -> target null (held-out 14/15: thanks to a group without a code -> null); "
      "their support for the Common African Position is support for UN reform, an abstract policy position "
      "(held-out 7), not coded"),
 58: ([], "South Africa: 'We now have an AfCFTA agreement' = African countries collectively, no named party; laying "
          "a foundation is figurative"),
 59: ([], "EU: supporting the code of conduct on Security Council action = support for an initiative (held-out 7: "
          "abstract policy position), not coded"),
 60: ([], "Netherlands: 'urging everyone not to give in to cynicism' = a call on all with a Y that is not a "
          "behaviour"),
 61: ([("we hosted the creation", "043", "IND/GOV", N, False, A, N, False)],
      "India (Jaishankar); hosting the launch of the India-Middle East-Europe Economic Corridor (at the G20 summit) -> "
      "043, the other participants named only as regions -> null (borderline also a nominal 057 for the "
      "corridor's creation, not coded since its parties are not named)"),
 62: ([("we welcome the efforts", "051", "TKM/GOV", N, False, A, N, False)],
      "Turkmenistan welcoming the efforts of 'the world community' (collective -> null) toward the Global Methane "
      "Pledge -> 051 target null (held-out 7 praise of a display of unity -> 051, target null)"),
 63: ([], "Viet Nam supports the reform of international institutions = UN reform, abstract (held-out 7)"),
 64: ([], "Bosnia and Herzegovina: 'it is the obligation of the High Representative to protect the sovereignty' = a "
          "deontic whose Y is not a CAMEO act (figurative protection), the High Representative has no code; earlier "
          "requests for the OHR's closure are in the previous sentences"),
 65: ([("echo other Member States in calling for", "1044", "LSO/GOV", N, False, A, N, False)],
      "Lesotho; echoing others' call = the speaker's own request (held-out 14/15), 'would like to' is performative "
      "-> asserted; a call for equal regional representation in the UN's organs = UN reform demand -> 1044 target "
      "null (held-out 9 'calls for seats for Africa'); the other Member States' call has an uncoded author and no "
      "addressee (null-null), not coded"),
 66: ([("the G20 Debt Standstill Initiative", "071", "org:G20", N, False, A, N, True)],
      "South Africa; the G20's debt service suspension for the poorest countries = realised economic aid, a nominal "
      "naming its agent -> 071 (held-out 7: 'we agreed a debt moratorium' 0331 was the agreement; here the "
      "initiative in effect), org:G20 added (new, as org:G7), 'least developed economies' collective -> null; 'a "
      "welcome response' is an evaluative adjective, not coded as 051 (guideline)"),
 # --- UNGDC random: nocue
 67: ([("actively participated in the various international and regional forums", "040", "OMN/GOV", N, False, A, N,
        False)],
      "Oman's participation in the forums that produced the 2030 Agenda -> 040 with unnamed participants -> null "
      "(borderline org:UN, or not coded as a generic multilateral role)"),
 68: ([], "Poland: violations left unanswered encourage repetition: generic, no actor"),
 69: ([], "Ghana: high food prices hurting the poor: no actor"),
 70: ([], "DPRK: the Supreme People's Assembly adopting a law on nuclear forces policy = domestic legislation, no "
          "counterpart (borderline 138/150 as a nuclear posture aimed at the United States)"),
 71: ([], "Botswana: domestic recovery plans"),
 72: ([], "Belgium: 'a polarised and deeply divided world': no act"),
 73: ([], "Uganda: fragment 'Mr. Antonio Guterres, for his leadership and commitment ...' = the reason of the tribute "
          "paid in the previous sentence (the splitter cut after 'Secretary-General.'), no trigger in this sentence "
          "(held-out 17 row 10: acts outside the sentence are not coded)"),
 74: ([("make any such compromises", "080", "YEM/GOV", "YEM/REB", False, H, N, False)],
      "Yemen (PLC chair); 'If we do make any such compromises' = concessions to the Houthi militias (previous "
      "sentence, 'concessions to offer to convince the Houthi militias') -> yield 080 hypothetical, Houthis -> "
      "YEM/REB (guideline)"),
 75: ([], "Brazil: four Charter amendments approved (agentless passive, historic): no act"),
}
