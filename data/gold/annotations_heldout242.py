"""Hand annotations for the TWO-HUNDRED-AND-FORTY-SECOND held-out event gold set (source of events-heldout242.jsonl).

Keyed by the row index of selection-heldout242.jsonl (output of select_statement_sentence_heldout.py 242; rows 0-21
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
    python3 data/gold/build_events.py --selection selection-heldout242.jsonl \\
        --annotations annotations_heldout242 --output events-heldout242.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will also discuss", "036", "USA/GOV", "IND/GOV", False, F, N, False),
      ("will also discuss", "036", "USA/GOV", "NPL/GOV", False, F, N, False)],
     "Travel announcement for Under Secretary Zeya (16 May 2022), who 'will travel May 17 - 22 to India and Nepal' "
     "(sentence before) -> USA/GOV; 'She will also discuss partnering with India and Nepal' = a future discussion on "
     "the trip -> 036 future (guideline: future meetings 036; held-out 10 rows 6 and 8: 'will (also) discuss' 036 "
     "future), with the governments of the two destinations -> one event per country (held-out 12: a trip's meetings one 036 "
     "per government), the counterparts taken from the trip (guideline: a missing participant from the context); "
     "'partnering with India and Nepal during this Year of Action for the Summit for Democracy' is the discussion's "
     "topic, not coded (held-out 16 row 26: 'partnering on food insecurity is the topic') (borderline one nominal "
     "030 future per partner, as held-out 24 row 2's 'plans to expand U.S. cooperation'); the Year of Action is a "
     "time marker"),
 1: ([("G7 leaders will discuss", "036", "USA/GOV", "org:G7", False, F, N, False),
      ("our unwavering support for a democratic, sovereign, and prosperous Ukraine", "051", "USA/GOV", "UKR", False,
       A, N, True),
      ("Russia’s war against Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
     "Travel announcement for Blinken's trip to the Food Security Ministerial and the G7 and NATO summits (22 June "
     "2022); 'G7 leaders will discuss' at the G7 Leaders' Summit the Secretary joins with President Biden (sentence "
     "before) -> a future meeting 036 (guideline), symmetric among the members, coded from the document's "
     "government to the group (the first held-out set, row 81: 'going to be in the G7 summit' 036 USA/GOV -> org:G7) (borderline "
     "org:G7 as source with no target); 'our unwavering support for a democratic, sovereign, and prosperous Ukraine' "
     "= realised, ongoing support with its agent 'our' named inside the topic (held-out 11 row 21, set 229: a "
     "realised act with an explicit agent inside a topic is coded) -> nominal 051, support for a state's sovereignty "
     "going to the bare country (set 122: 'Jordan supports a united and stable Iraq' a 051 to bare IRQ; set 184), "
     "'our' -> USA/GOV (guideline: 'we' in State Dept releases) (borderline org:G7 as source, 070 as material "
     "support, or uncoded as a topic, as held-out 220 row 9); 'Russia's war against Ukraine' = a realised event noun "
     "with its agent -> nominal 190 RUS/MIL -> UKR (held-out 10, 14, 21 and set 235 row 13: 'Russia's ... war' "
     "RUS/MIL -> UKR; borderline RUS/GOV); the climate crisis, resilience, infrastructure, health security and the "
     "food and energy crisis are topics and situations, not acts"),
 # --- State Dept random: demand
 2: ([("We call on the Ethiopian government", "1055", "USA/GOV", "ETH/GOV", False, A, N, False)],
     "Statement on U.S. actions on the Tigray crisis (23 May 2021); 'We call on the Ethiopian government to meet public "
     "commitments to hold accountable all those responsible ..., to protect civilians, and to ensure unhindered "
     "humanitarian access' = one asserted request (guideline), Y not coded separately; of the several demands, "
     "holding perpetrators accountable is no CAMEO act (held-out 7, 15, 16: 'hold accountable' uncoded) and "
     "protecting civilians names no specific act, so the most specific codable demand is humanitarian access, the "
     "demanded counterpart of 0863 (allow humanitarian delivery, under 086 allow international involvement) -> 1055 "
     "(README: a request with several demands takes the most specific sub-code; set 190: borderline 1055 for "
     "allowing humanitarian access) (borderline 1033, as held-out 16 row 6's borderline, or 1056 for protecting "
     "civilians); the 'public commitments' are the Government's own earlier pledges named only as the frame of the "
     "request, not coded (borderline a nominal 030 ETH/GOV with no target); 'human rights violations and abuses' "
     "have no agent in the sentence ('all those responsible')"),
 3: ([("are blocked", "163", "USA/GOV", "RUS/BUS", False, A, N, False),
      ("are blocked", "163", "USA/GOV", "RUS/CVL", False, A, N, False)],
     "Department release 'Targeting Elites of the Russian Federation' (24 Mar 2022), its SANCTIONS IMPLICATIONS "
     "paragraph; 'all property and interests in property of the individuals and entities above ... are blocked' = "
     "blocking property -> sanctions 163 (guideline), an agentless passive describing the US government's own "
     "administrative act -> USA/GOV (guideline exception; set 227 row 29: 'are blocked as a result of this action' "
     "163 USA/GOV -> RUS/BUS); 'the individuals and entities above' = the designees the document lists: Sovcombank "
     "executives and board members, Gennady Timchenko, OOO Volga Group and OOO Transoil -> RUS/BUS (README: a "
     "corporation is the country's BUS), and the spouses and adult children designated for their family ties -> "
     "RUS/CVL, one event per sector (set 229: the Hong Kong arrests one 173 per sector) (borderline RUS/BUS only, "
     "the relatives folded in); 'As a result of today's action' is the same designation, coded once; 'must be "
     "reported to OFAC' is a reporting duty of U.S. persons to a US agency, domestic, not coded"),
 4: ([("surge additional military assistance", "072", "USA/GOV", "UKR", False, D, N, False)],
     "Blinken's statement on $800 million in additional security assistance for Ukraine (14 Apr 2022); 'The United "
     "States, its Allies and partners must take action now to surge additional military assistance' = a deontic "
     "without a request verb -> Y coded with modality demanded (guideline: 'X should / must do Y'), Y = military "
     "aid 072 to the country (held-out 10 row 7: security assistance to Ukraine 072 -> UKR), source the United States; "
     "'its Allies and partners' is an uncoded collective, dropped from the compound (held-out 10 row 7: 'our Allies "
     "and partners' dropped) (borderline org:NATO for 'Allies', or an asserted or future 072, the speaker being the "
     "US government itself); 'as Ukraine prepares for the next phase in the fight for its freedom' = Ukraine's "
     "defence, not coded (set 235 row 13: 'as it defends its sovereignty' uncoded) (borderline a future nominal 190 "
     "bare UKR -> RUS/GOV, as set 224's Albanian 'Their fight')"),
 # --- State Dept random: cue
 5: ([("helped to carry out the voter intimidation and influence campaign", "170", "IRN/BUS", "USA/CVL", False, A, N,
       False),
      ("compromising the email accounts of an American media company", "170", "IRN/BUS", "USA/MED", False, A, N,
       False)],
     "Rewards for Justice offer on Iranian cyber actors (2 Feb 2022); Kazemi, one of two 'contractors employed by "
     "Iranian cyber company Emennet Pasargad' (text before) -> IRN/BUS (README: a corporation is the country's BUS) "
     "(borderline IRN/GOV, the operation being 'Iranian state-sponsored'); 'helped to carry out the voter intimidation "
     "and influence campaign' = a realised coercive campaign against US voters in the 2020 election -> 170 (README: "
     "cyber attacks are 170; set 224: undermining a democracy 'through cyber attacks and disinformation campaigns' "
     "one 170, the means folded in), to the voters -> USA/CVL (borderline 130 for the intimidation by 'threatening "
     "voter emails', or bare USA for the election); 'compromising servers' and 'preparing emails' are the campaign's "
     "means, folded in (set 224) (borderline a separate 170 with no target for the servers, whose owners are not "
     "named); 'compromising the email accounts of an American media company' = a hack of a distinct, named victim -> "
     "a second 170, the company -> USA/MED (README: a news agency is its country's MED) (borderline USA/BUS)"),
 6: ([("has provided over $100 million in financial support", "071", "USA/GOV", N, False, A, N, False)],
     "Special Envoy Stern's briefing on the first annual interagency report (28 Apr 2022), in her opening remarks; 'the Global "
     "Equality Fund, which has provided over $100 million in financial support to protect and promote the human "
     "rights of LGBTQI+ persons in more than 100 countries' = realised funding by the Department's fund, an inanimate "
     "subject standing for the government's act (held-out 6: 'This funding') -> USA/GOV (borderline "
     "source null, the Fund being a public-private partnership), financial support -> economic aid 071 (held-out 15 "
     "row 19: 'financial support' 071; borderline 070, as held-out 220 row 16's 'targeted foreign assistance' for "
     "LGBTQI+ persons), the beneficiaries an uncoded collective in unnamed countries -> target null (held-out 220 row "
     "16; set 234: 'committing over $5 billion ... across the globe' with no target); 'The new initiative builds on "
     "the track record' (GLIDE) is no act"),
 7: ([("Enabling opportunities to build a trusted global market and supply chain", "0311", "USA/GOV", "DNK/GOV", False,
       A, N, False)],
     "U.S.-Denmark joint statement on quantum information science (7 June 2022), a list item under 'Supporting "
     "pathways to cultivate QIST for commercial and societal impact by:' within the frame 'We intend to advance this "
     "agenda using the following approach' (text before); 'Enabling opportunities to build a trusted global market "
     "and supply chain for QIST R&D, and supporting economic growth' = the two governments' intent to cooperate "
     "economically, stated as a fact -> 0311 asserted (set 222: a joint-statement list item 'to cooperate on ... "
     "clean hydrogen' whose intent frame falls before the cut an asserted 0311 to the co-signatory; set 231 row 19: "
     "the US-Finland quantum statement's list item an asserted 036 to FIN/GOV), symmetric, coded once from the "
     "document's government to the co-signatory (guideline); 'by engaging stakeholders including industry "
     "consortia, research leaders, policy makers, and business security stakeholders' is the means, the stakeholders "
     "uncoded collectives, folded in (borderline an asserted 036 with no target for the engagement, or the whole item "
     "uncoded as a goal with no partner named inside it)"),
 8: ([("We strongly support the efforts of Staffan de Mistura", "051", "USA/GOV", "org:UN", False, A, N, False),
      ("the efforts of Staffan de Mistura", "045", "org:UN", "ESH", False, A, N, True)],
     "Release on Blinken's travel to Algeria (30 Mar 2022), under the heading WESTERN SAHARA; 'We strongly support the "
     "efforts of Staffan de Mistura, the Personal Envoy of the Secretary-General' = express support -> 051 to org:UN "
     "(README: supporting the Secretary-General 051 to org:UN; set 170: support for the Secretary-General's Western "
     "Sahara endeavours a 051), the Personal Envoy acting for the Secretary-General -> org:UN; 'the efforts of "
     "Staffan de Mistura ... for Western Sahara' = the envoy's realised mediation with its agent -> nominal 045 from "
     "org:UN, the parties never named in the document -> bare ESH (sets 170 and 232: a nominal 045 org:UN -> ESH) "
     "(borderline target null, as held-out 17 row 23's 'UN-led diplomacy on the Western Sahara')"),
 9: ([("our cooperation", "050", "USA/GOV", "MKD/GOV", False, A, N, True),
      ("we are grateful", "051", "MKD/GOV", "USA/GOV", False, A, N, False),
      ("the support you have been providing", "051", "USA/GOV", "MKD/GOV", False, A, N, False)],
     "North Macedonian FM Osmani, in his turn before the meeting with Blinken (2 June 2022) -> MKD/GOV; 'the highlight "
     "of our cooperation' = the realised bilateral cooperation, a cooperation noun naming its parties ('our' = North "
     "Macedonia and the United States) -> nominal 050 (README: a coordination noun naming its parties a nominal 050), "
     "symmetric, coded once from the document's government (guideline) (borderline from the speaker, MKD/GOV -> "
     "USA/GOV); 'our membership to NATO' is a status, not coded (set 193: membership in NATO a status; set 214) "
     "(borderline a nominal 057 MKD/GOV -> org:NATO for the 2020 accession); 'we are grateful for' = thanks -> 051 "
     "(guideline); 'the support you have been providing to us' = the realised support thanked for, its agent from the "
     "thanks (README: thanks 'for the ongoing support' give the support its agent), which the sentence before calls "
     "'the political support that has brought us to this day' -> 051 (set 230: 'their support' a 051 from each "
     "to FSM/GOV) (borderline 070, as held-out 156's 'the support they have been providing'), not nominal, the "
     "relative clause carrying the verb (held-out 156)"),
 10: ([("the sanctions that we’ve taken", "163", "USA/GOV", "RUS", False, A, N, False),
       ("the sanctions that we’ve taken", "163", N, "RUS", False, A, N, False),
       ("in coordination with European partners and allies", "050", "USA/GOV", N, False, A, N, True)],
      "Blinken on ABC World News Tonight (25 Feb 2022), answering David Muir; 'the sanctions that we've taken' = "
      "realised sanctions -> 163 USA/GOV, not nominal, the relative clause carrying the verb (held-out 156), on "
      "Russia's banks and economy -> bare RUS (held-out 13 row 22, 21; set 225 row 0: sanctions against Russia to the "
      "bare country); 'not just us' = the European partners and allies also took sanctions -> a second 163 with no "
      "source, the partners an uncoded collective (set 233: partners who join the US in urging give a 1043 with no "
      "source beside the US one; set 163) (borderline dropped, as set 117, or org:EU); 'in coordination with European "
      "partners and allies' = a realised coordination noun whose partners have no code -> nominal 050 with no target "
      "(README: a coordination noun naming its parties a nominal 050; set 228: 'in partnership with COVAX' a nominal "
      "050 with no target) (borderline folded into the sanctions as their manner); 'are going to have severe "
      "consequences on Russia' predicts the sanctions' effect, no threat (README: 'issues a warning' about economic "
      "harm is not a threat)"),
 11: ([("look forward for that discussion", "036", "QAT/GOV", "USA/GOV", False, F, N, False)],
      "Qatari Deputy PM and FM Mohammed bin Abdulrahman Al Thani, in his turn before the meeting with Blinken (22 July "
      "2021) -> QAT/GOV; 'So I really look forward for that discussion, Mr. Secretary' = 'look forward to' + a "
      "meeting -> 036 future (guideline: 'look forward to' + an event is future; future meetings 036), the discussion "
      "being the meeting about to begin with the Secretary, who is addressed in the sentence -> USA/GOV; the intent "
      "verb carries the event, so not nominal"),
 12: ([("strongly condemn", "111", "CAN/GOV", "PRK/GOV", False, A, N, False),
       ("strongly condemn", "111", "FRA/GOV", "PRK/GOV", False, A, N, False),
       ("strongly condemn", "111", "DEU/GOV", "PRK/GOV", False, A, N, False),
       ("strongly condemn", "111", "ITA/GOV", "PRK/GOV", False, A, N, False),
       ("strongly condemn", "111", "JPN/GOV", "PRK/GOV", False, A, N, False),
       ("strongly condemn", "111", "GBR/GOV", "PRK/GOV", False, A, N, False),
       ("strongly condemn", "111", "USA/GOV", "PRK/GOV", False, A, N, False),
       ("strongly condemn", "111", "org:EU", "PRK/GOV", False, A, N, False),
       ("the continued testing of ballistic missiles", "150", "PRK/MIL", N, False, A, N, True)],
      "G7 Foreign Ministers' statement on the DPRK's ICBM launch (25 Mar 2022); the subject is not a bare 'We' but 'We, "
      "the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom, and the United States of "
      "America, and the High Representative of the European Union', a compound naming each government in the sentence "
      "-> one 111 per government and one from org:EU for the High Representative (guideline: a compound source is "
      "split; held-out 223 row 17, 228 row 18, 230: a joint statement naming its governments one event per "
      "government) (borderline one 111 USA/GOV, as held-out 10 row 13's 'We, the G7 foreign ministers and the High "
      "Representative' and held-out 225 row 0, which named no governments); condemnation -> PRK/GOV (held-out 15 row "
      "16: 'jointly condemned' -> PRK/GOV); 'the continued testing of ballistic missiles by the Democratic People's "
      "Republic of Korea' = realised missile tests with their agent -> nominal 150 (guideline: missile launches and "
      "weapons tests 150), PRK/MIL with no target (held-out 8, 10, 15, 228, 233: DPRK launches PRK/MIL -> null); 'the "
      "Intercontinental Ballistic Missile (ICBM) launch conducted on March 24, 2022' is one instance of the testing "
      "('including'), folded in (borderline a second 150, as held-out 15 row 16 coded the same launch alone)"),
 13: ([("welcome you to Melbourne", "042", "USA/GOV", "AUS", False, A, N, False),
       ("pay my respects", "051", "AUS/GOV", "AUS/CVL", False, A, N, False)],
      "Australian FM Payne, in her turn before the meeting with Blinken (11 Feb 2022) -> AUS/GOV; 'It is a great "
      "pleasure to welcome you to Melbourne' = a host's welcome of a visiting official codes the visit it shows, 042 "
      "to the country (held-out 12 row 2: 'welcome Secretary Blinken to Delhi'; set 235 row 12), Melbourne being the "
      "place (guideline: a capital or city that is only a place is not a metonym); the Acknowledgement of Country, "
      "'acknowledge the traditional owners of the land ... and pay my respects to the elders past, present, and "
      "emerging of the Wurundjeri people, and acknowledge their stewardship of this great land' = one act of tribute "
      "and recognition to the Wurundjeri people -> 051 (README: 'pay tribute to' is 051; acknowledging a party's "
      "conduct is 051), the Wurundjeri as Australian civilians -> AUS/CVL, the three verbs one event for one pair "
      "(guideline: a repeated mention is coded once) (borderline uncoded as a ceremonial courtesy, as set 112 left "
      "homage to victims uncoded)"),
 14: ([("are deplorable", "110", "USA/GOV", "IDN/NGO", False, A, N, False),
       ("their support for terrorist organizations", "070", "IDN/NGO", N, False, A, N, True)],
      "Price's statement designating World Human Care (3 Feb 2022) -> USA/GOV; 'World Human Care's actions are "
      "deplorable' = the Department's disapproval of a named actor's conduct -> 110, as 'it should be deplored that' is "
      "the speaker's 110 (README; set 162: 'Deplores' is 110) (borderline 111, or uncoded as an evaluative adjective "
      "without a behaviour verb, guideline), World Human Care, an Indonesia-based organization -> IDN/NGO (held-out 15 "
      "row 19, the same release: IDN/NGO); 'Unfortunately' is a sentence adverb, not coded (set 135); 'their support "
      "for terrorist organizations' = the realised support with its agent 'their' -> nominal 070 (held-out 5: support "
      "for terrorism 070) (borderline 071, as held-out 15 row 19 coded the same release's 'financial support'), the "
      "terrorist groups MMI and Hay'at Tahrir al-Sham having no code -> target null (held-out 15 row 19: MMI has no "
      "code, as AQIM) (borderline IDN/REB); 'they undermine the work and reputation of genuine humanitarian aid "
      "providers' is no CAMEO act, the providers an uncoded collective"),
 # --- State Dept random: nocue
 15: ([("Opposing the Open-Ended Commission of Inquiry", "120", "USA/GOV", "org:UN", False, A, N, False)],
      "Release on the outcomes of the 50th session of the UN Human Rights Council (12 July 2022), an item with its "
      "heading 'Opposing the Open-Ended Commission of Inquiry (COI) on Israel:' -> the United States' opposition to "
      "the COI is a rejection, 120 (set 193: 'Opposition to the continuous blockade on Cuba' a 120; set 221: a "
      "fact-sheet heading coded as an event whose agent is plain from the text around it), the COI being a body of "
      "the Human Rights Council -> org:UN (set 214: the Human Rights Council -> org:UN), not nominal on the gerund "
      "(borderline uncoded as a heading, or folded into the joint statement's 01x concern); 'The United States led a "
      "joint statement on behalf of 22 countries ... expressing deep concern about the ... COI' = a public statement "
      "of concern, 01x, not coded (held-out 10 row 19: leading and joining HRC joint statements 01x; guideline: "
      "expressed concern not coded), the 22 countries an uncoded collective; the COI itself is an institution, not "
      "an event noun (borderline a nominal 092 org:UN -> ISR/GOV for its inquiry)"),
 16: ([], "Release on humanitarian assistance at the launch of the 2022 Rohingya Joint Response Plan (29 Mar 2022): "
          "'Education and income-generating activities are among the most effective methods to create safer refugee "
          "camps in Bangladesh' = an evaluation of programme methods, no act between actors"),
 17: ([], "G7 Foreign Ministers' statement on the DPRK's ICBM launch (30 May 2022): 'They also pose a danger and "
          "unpredictable risk to international civil aviation and maritime navigation in the region' = 'They' being "
          "the launches of the sentences before, a risk (guideline: 'threat to all of us' = risk, figurative; set 232: "
          "ISIS affiliates that 'threaten security' uncoded), no act"),
 18: ([], "Joint Statement of the C5+1 on the Tashkent connectivity conference (16 July 2021), a list item under 'The "
          "C5+1 endeavors to build upon the collaborative progress it has made on connectivity, including to:' before "
          "the cut; 'Improve energy sector connectivity and performance, including to expand and effectively integrate "
          "renewables' = a regional development goal with no partner named inside the item, its intent verb before "
          "the cut (README: a fragment whose verb lies outside the sentence is left uncoded) (borderline an asserted "
          "0311 from USA/GOV to each C5 government, as set 222's joint-statement list item and the C5+1 rule of one "
          "event per member the document names)"),
 19: ([("We have a very strong relationship", "050", "USA/GOV", "FRA/GOV", False, A, N, False)],
      "French FM Le Drian, in his turn (via interpreter) before the meeting with Blinken (19 Feb 2022); 'We have a "
      "very strong relationship' = a standing cooperative relationship of the two governments stated as a fact -> 050 "
      "(set 229 row 23: 'we have an incredibly strong and valued partner in Costa Rica' a 050; set 182: 'maintains "
      "long-standing friendly relations' an asserted 050), 'We' = France and the United States, symmetric, coded "
      "once from the document's government (guideline) (borderline FRA/GOV -> USA/GOV from the speaker, or uncoded "
      "as an evaluation of a relationship, as held-out 22 row 27 and set 225 row 26); 'which I could summarize in two "
      "words: trust and transparency' is an evaluation"),
 20: ([], "Announcement of the Department's Paid Student Internship Program (8 July 2022): interns' pay at the GS-04 "
          "level is internal Department business (held-out 4 row 31, 13 row 31; set 231), no act between actors"),
 21: ([], "Joseph Haboush's question at the Department press briefing of 30 June 2021: 'is there continued concern over "
          "the situation in Lebanon?' = a question about expressed concern, 01x (guideline: not coded), no act"),
 # --- UNGDC 2020-2024 random: neg
 22: ([], "Haiti (2022), the whole speech set in quotation marks (set 149: the opening mark is the record's mark for "
          "the speaker's own text): 'It is true that humanitarian aid has never contributed to a country's "
          "development' = a generalisation about aid with no actor (set 129: a generalisation about sanctions "
          "uncoded); the negation bears on the effect, not on any aid act"),
 23: ([], "United Kingdom (Johnson, 2021): 'we need to pledge collectively to achieve carbon neutrality — net-zero — by "
          "the middle of the century' = 'we' meaning all States, with 'collectively' (held-out 42/43: not coded); "
          "'humankind is no longer adding to the budget of carbon' is no act between actors"),
 24: ([], "Bolivia (2020): 'Let us admit that, in general, Latin America has not overcome the threat of "
          "authoritarianism' = a hortative about a political trend, the threat a risk (guideline: figurative), no "
          "act"),
 # --- UNGDC 2020-2024 random: reported
 25: ([], "Colombia (Duque, 2020), the closing of the speech: 'Colombia says to the world today that it looks to the "
          "future with optimism' is a speech verb and an attitude; 'and calls on its leaders to unite more so than ever "
          "... so that together we can overcome the unprecedented difficulties' = an appeal to the world's leaders "
          "('its' = 'the world'), that is, to all States including the speaker, with 'we' meaning all States (set 121: "
          "hortatives with 'us' meaning all leaders uncoded; set 191: an appeal 'to everyone' uncoded; set 112: a call "
          "on 'all cultures and peoples' to dialogue uncoded) (borderline a 102 COL/GOV with no target, as requests to "
          "uncoded collectives are coded, e.g. set 188's urging of 'all the countries of the world')"),
 # --- UNGDC 2020-2024 random: future
 26: ([("intends to further step up its capacities and expertise in mediation", "039", "CHE/GOV", N, False, F, N,
        False)],
      "Switzerland (2020); 'In the future, Switzerland intends to further step up its capacities and expertise in "
      "mediation and facilitation in order to support those who wish to end conflicts through dialogue' = a stated "
      "intention to mediate more -> intent to mediate 039 (set 132: a future 'use their good offices' a 039 with no "
      "target; set 174: 'play our part as peace-makers' a future 039), 'intends to' -> future (guideline; set 119: "
      "'Ukraine intends to sign' a 030 future) (borderline asserted, as set 113's 'We intend to join', or uncoded as "
      "domestic capacity-building, as set 231's 'Supporting the development of the next generation'), the parties "
      "'who wish to end conflicts' unnamed -> target null; the purpose is folded into the intent"),
 # --- UNGDC 2020-2024 random: demand
 27: ([], "China (Wang Yi, 2022): 'How should we respond to the call of our times and ride the trend of history to "
          "build a community with a shared future for humankind?' = a deliberative question with 'we' meaning all "
          "States (held-out 42/43), 'the call of our times' figurative, no act"),
 28: ([], "Vanuatu (2024): 'The Summit of the Future offers hope—but now we must move from rhetoric to concrete action' "
          "= 'we' meaning all States (held-out 42/43: not coded), Y no codable behaviour (guideline)"),
 # --- UNGDC 2020-2024 random: cue
 29: ([("recruiting thousands of children to take part in the war", "154", "YEM/REB", N, False, A, N, False),
       ("diverting food supplies", "1623", "YEM/REB", "YEM/CVL", False, A, N, False),
       ("given to their families via international aid", "073", N, "YEM/CVL", False, A, N, False)],
      "Yemen (2021); 'their' and 'the militias' = the Houthi militias named in the sentence before and in this one -> "
      "YEM/REB (guideline), the affiliated 'warlords' part of them; 'All their revenue ... is invested in recruiting "
      "thousands of children to take part in the war' = mobilising fighters for the war against the Government -> "
      "154 (guideline: troop build-ups 154; set 136: 'Increased our security forces' a 154 with no target), habitual "
      "-> asserted, target null (borderline YEM/GOV as the enemy, 170 to YEM/CVL for coercing the children, or "
      "uncoded, child recruitment having no CAMEO code); 'including by diverting food supplies given to their "
      "families via international aid' = taking aid from its intended recipients -> 1623 (README: hindering or "
      "denying humanitarian access 1623 to the civilians; held-out 7) to YEM/CVL (borderline 1711, confiscating the "
      "supplies as property); 'given to their families via international aid' = realised humanitarian aid in an "
      "agentless participle, the donors unnamed -> 073 with no source to YEM/CVL, not nominal (set 208: the delivery "
      "of humanitarian assistance to Bosnian citizens an asserted 073 with no source; set 187: a participle is not "
      "nominal); 'controlling the black market in oil products' and the revenue are no act between actors; 'the "
      "war' is anaphoric, coded with the recruitment only"),
 30: ([("Systematic and widespread attacks target", "175", N, "BLR/CVL", False, A, N, True),
       ("Systematic and widespread attacks target", "175", N, "BLR/MED", False, A, N, True)],
      "Lithuania (Nausėda, 2022); the sentence follows 'Similar developments are taking place in Belarus' and precedes "
      "'The number of political prisoners in Belarus now exceeds 1,200' -> the attacks are Belarus's (borderline "
      "Russia's too, the paragraph opening on Russia, RUS/CVL and RUS/MED); 'Systematic and widespread attacks target "
      "civil society, human rights defenders and independent media' = a real crackdown described as attacks -> "
      "repression 175 (held-out 4: 'a full assault on media freedom', a real crackdown, is 175), "
      "nominal, the regime never named in the speech's sentences around it -> source null (set 218: Brunei's "
      "'prolonged occupation', Israel never named, with no source; borderline BLR/GOV from outside knowledge); civil "
      "society and human rights defenders -> BLR/CVL (held-out 8: activists CVL), independent media -> BLR/MED, one "
      "event per target (guideline: compound split)"),
 31: ([("has yet to be given the respect and support", "051", N, "org:AU", True, A, N, False)],
      "Ethiopia (2022); 'our quest for African solutions to African problems has yet to be given the respect and "
      "support it deserves' = a plain negation of support received ('has yet to' -> negated, guideline) -> a negated "
      "051 with no source, the givers unnamed (README: 'has not yet received adequate recognition by the "
      "international community' a negated 051 with no source; set 140: 'still awaits the support of the "
      "nuclear-weapon States' a negated nominal 051 with no source to org:ASEAN; set 203), 'our quest' being Africa's, "
      "which the speaker voices as African -> org:AU (set 205: Mozambique's 'Africa is ... discharging its "
      "responsibilities' to org:AU) (borderline ETH/GOV, the speaker only, as set 133's 'We nations of South "
      "America'), respect and support one event; 'Africa has no permanent seat at the Security Council' is a UN "
      "reform position, not coded"),
 32: ([], "Iceland (2023): 'the historic agreement reached earlier this year on marine biodiversity of areas beyond "
          "national jurisdiction (BBNJ) ... under the auspices of the United Nations Convention on the Law of the Sea' "
          "= an agentless agreement reached by the membership at large (set 193: an agentless 'agreement was reached' "
          "uncoded; set 233: support for developing the marine-biodiversity instrument uncoded), the Convention a "
          "treaty, not an actor (borderline a 057 with no source and no target, or a 045 from org:UN); Iceland's own "
          "contribution is in the sentence after"),
 33: ([], "Egypt (2021): 'The current circumstances have merely exacerbated decades of inadequate regional and "
          "international cooperation' = an evaluation of cooperation between uncoded collectives with an inanimate "
          "subject (borderline a negated nominal 050 null -> null, which has no actor)"),
 34: ([("I welcome the initiative of the Secretary-General", "051", "HTI/GOV", "org:UN", False, A, N, False),
       ("has made relevant proposals", "100", "org:UN", N, False, A, N, False)],
      "Haiti (Moïse, 2020); 'I welcome the initiative of the Secretary-General' = welcome -> 051 to org:UN (set "
      "121: Switzerland's welcome of Guterres's UN reforms a 051 to org:UN; set 155) (borderline uncoded as a "
      "UN-reform position); 'who has made relevant proposals to reform the Organization' = the Secretary-General's "
      "realised proposals -> a non-nominal 100 from org:UN with no target, the initiative and the proposals one act "
      "(set 220: the 'initiative presented by Secretary-General Guterres' a 051 to org:UN plus a non-nominal 100 from "
      "it; set 155: the Secretary-General's recommendation a 100 from org:UN with no target) (borderline 1044 for "
      "institutional reform, or the proposals folded into the welcome)"),
 35: ([("Denmark is urging the world’s biggest emitters", "100", "DNK/GOV", N, False, A, N, False)],
      "Denmark (Frederiksen, 2023); 'Denmark is urging the world's biggest emitters to reduce their carbon emissions, "
      "phase out fossil fuels and commit to renewable energy' = one asserted request (guideline), the addressees an "
      "uncoded collective -> target null, Y no specific CAMEO act -> generic 100 (set 178: 'Strongly urging the "
      "largest emitters' a generic 100 with no target) (borderline uncoded as a call on an uncoded collective); Y not "
      "coded separately (guideline)"),
 # --- UNGDC 2020-2024 random: nocue
 36: ([], "Ecuador (Lasso, 2023): 'What we face today are the repercussions of the blow dealt to the pockets of "
          "criminals' = a figurative 'blow', meaning the drug seizures of the sentence before, named again as a "
          "cause, against uncoded criminal groups (README: unnamed crime groups have no code) (borderline a "
          "nominal 1711 ECU/GOV with no target, repeating the seizures)"),
 37: ([], "Togo (2021): 'it will create high value-added chains through the promotion of local industry' = the "
          "Adetikope Industrial Platform of the sentence before, a domestic programme (held-out rule: domestic "
          "programmes not coded)"),
 38: ([], "Saint Kitts and Nevis (Drew, 2024): the title line and the salutation 'Mr President, Secretary-General "
          "Guterres, esteemed colleagues ...' = an address, no act"),
 39: ([], "Chile (Boric, 2024): 'Nothing prevents this except a lack of will' = 'this' being Security Council reform, a "
          "UN-reform position, no act"),
 40: ([], "Uzbekistan (Mirziyoyev, 2020): 'The economic reforms are being dynamically continued in our country' = "
          "domestic reforms (held-out rule: domestic programmes not coded)"),
}
