"""Hand annotations for the TWO-HUNDRED-AND-SEVENTY-THIRD held-out event gold set (source of events-heldout273.jsonl).

Keyed by the row index of selection-heldout273.jsonl (output of select_statement_sentence_heldout.py 273; rows 0-18
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022).
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
    python3 data/gold/build_events.py --selection selection-heldout273.jsonl \\
        --annotations annotations_heldout273 --output events-heldout273.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will discuss strategic bilateral and regional issues", "036", "USA/GOV", "POL/GOV", False, F, N, False),
      ("will discuss strategic bilateral and regional issues", "036", "USA/GOV", "POL/CVL", False, F, N, False)],
     "Release on Counselor Chollet's travel to Ukraine and Poland (19 July 2021) -> USA/GOV; 'In Warsaw, Counselor "
     "Chollet will discuss ... with senior government officials and civil society representatives' = announced "
     "meetings on the trip -> 036 future (guideline: future meetings get 036), one per sector named (set 239: "
     "Chollet's announced meetings in Mauritania 'with senior government officials and young leaders in civil "
     "society' one future 036 each to MRT/GOV and MRT/CVL; held-out 251 row 0: ROK officials, academia and civil "
     "society one 036 each), the Polish officials -> POL/GOV and the civil society representatives -> POL/CVL "
     "(borderline one 036 with no target, as set 233's Prosper Africa delegation); Warsaw is the place of the "
     "visit, not a metonym, and the trip itself lies in the text before; 'strategic bilateral and regional issues' "
     "and 'our shared commitment to democratic values and institutions' are the topics, the commitment an abstract "
     "one with no act (set 252 row 16 and held-out 248 row 15: abstract commitments uncoded) (borderline a nominal "
     "030 USA/GOV -> POL/GOV)"),
 1: ([("will meet with President-elect Ferdinand Marcos Jr.", "036", "USA/GOV", "PHL/GOV", False, F, N, False)],
     "Release on Deputy Secretary Sherman's travel (3 June 2022) -> USA/GOV; 'In Manila, Deputy Secretary Sherman "
     "will meet with President-elect Ferdinand Marcos Jr. and senior members of the incoming and outgoing "
     "administrations' = announced meetings -> 036 future (guideline: future meetings 036); the president-elect "
     "(inaugurated 30 June 2022) is the incoming government (README choices: a president-elect is the incoming "
     "government), and the members of both administrations are the same government -> one event to PHL/GOV "
     "(guideline: one event per actor pair); Manila is the place of the visit; 'to discuss new ways to deepen the "
     "bilateral U.S.-Philippines Alliance' is folded into the meeting as its purpose, as held-out 251 row 0 did with "
     "'to discuss ways to strengthen the U.S.-ROK Alliance' (borderline a future 030 to PHL/GOV, as set 248's "
     "'Opportunities to deepen cooperation')"),
 # --- State Dept random: cue
 2: ([("meets with", "036", "USA/GOV", "GEO/GOV", False, F, N, False)],
     "Public Schedule for 14 July 2022 (issued 13 July); 'Assistant Secretary Donfried meets with Georgian "
     "Ambassador to the United States David Zalkaliani at the Department of State' = a meeting on the day's public "
     "schedule -> 036 future (held-out rule: scheduled meetings in the schedule's present tense are 036 future; "
     "set 234 row 11, set 239 row 11 and held-out 249 row 6: 'meets with' on the schedule a future 036), a verb and "
     "not nominal, Donfried -> USA/GOV, the Georgian ambassador -> GEO/GOV; the Department of State is the venue "
     "(borderline 040 asserted on the present tense)"),
 3: ([("we support the Canadian government’s decision", "051", "USA/GOV", "CAN/GOV", False, A, N, False),
      ("decision to return a natural-gas turbine to Germany", "0842", "CAN/GOV", "DEU", False, A, N, True)],
     "Spokesperson's statement (11 July 2022) -> USA/GOV; 'we support the Canadian government's decision' = "
     "endorsement -> 051 (guideline: 'express support' 051) to CAN/GOV; 'the Canadian government's decision to "
     "return a natural-gas turbine to Germany for use in the Nord Stream 1 pipeline' = a realised decision, stated "
     "as fact, to send back repaired equipment -> return of property 0842, following PETRARCH's CAMEO dictionary "
     "(RETURN * EQUIPMENT / MACHINE [0842]), as earlier sets followed it for RENEGE, STRIP OF CITIZENSHIP and CLOSE "
     "AIRSPACE, nominal as a decision noun with its agent (set 256: 'President Biden's recent decision to return "
     "U.S. forces to Somalia' a nominal 074; held-out 237 and 258: 'decision to provide' / 'decision to recognize' "
     "nominal), to bare DEU, Germany as a whole being the beneficiary ('will allow Germany and other European "
     "countries to replenish their gas reserves', sentence after) (borderline 085, the return being Canada's "
     "exemption of the turbine from its Russia sanctions, which the document does not name; DEU/BUS for Siemens "
     "Energy; or 061); the Nord Stream 1 pipeline is the use, not an actor"),
 4: ([("The Secretary thanked the Foreign Minister", "051", "USA/GOV", "MAR/GOV", False, A, N, False),
      ("Morocco’s hosting of the Ministerial", "036", "MAR/GOV", N, False, F, N, True)],
     "Readout of Blinken's call with FM Bourita (10 May 2022); 'The Secretary thanked the Foreign Minister' -> 051 "
     "(guideline: thank 051), Bourita -> MAR/GOV, one 051 covering all three things thanked for (guideline: one "
     "event per actor pair); 'Morocco's hosting of the Ministerial' = the D-ISIS Ministerial in Marrakech, held the "
     "next day (11 May; Nuland 'would represent the United States', sentence before) -> a hosting still to come, "
     "036 future, following set 190 ('Thanks to China for hosting the next ministerial meeting' a 051 and a future "
     "036 with no target) (borderline an asserted 043, the hosting being under way), a noun with its agent -> "
     "nominal, the Global Coalition to Defeat ISIS having no code -> target null (README choices: the Global "
     "Coalition has no code; set 250: Nuland's trip 'a future 036 with no target for the Global Coalition "
     "ministerial') (borderline USA/GOV, the Coalition's co-convener); 'its commitment to counterterrorism' is an "
     "abstract commitment with no counterpart (held-out 248 row 15) (borderline a nominal 0312 with no target); "
     "'its role in promoting regional security and stability' uncoded, following held-out 265 ('Qatar's role in "
     "advancing peace and security' uncoded)"),
 5: ([("spoke with", "040", "USA/GOV", "CAN/GOV", False, A, N, False),
      ("collaboration between the United States and Canada", "050", "USA/GOV", "CAN/GOV", False, A, N, True),
      ("the Foreign Minister’s trip to the Middle East", "042", "CAN/GOV", N, False, A, N, True)],
     "Readout of Blinken's call with FM Garneau (14 July 2021); the sentence begins at 'Blinken' because the "
     "splitter cut after 'Antony J.' -> Secretary of State, USA/GOV; 'spoke with ... to discuss' = a call -> 040 "
     "(guideline: discuss 040; held-out 15: calls 040), Garneau -> CAN/GOV; 'collaboration between the United States "
     "and Canada to defeat the COVID-19 pandemic' = a cooperation noun naming its parties, ongoing -> nominal 050 "
     "(README choices: cooperation nouns a nominal 050; held-out 267 row 15 and set 247: a partnership naming its "
     "parties named as a discussion topic coded nominal), symmetric, coded from the document's government "
     "(borderline 061 or 073, or uncoded as a topic, as set 242's 'partnering with India and Nepal'); 'the Foreign "
     "Minister's trip to the Middle East' = a visit noun with its agent -> nominal 042 CAN/GOV, the region not a "
     "coded actor and no country named in the document -> target null (set 229: Kerry's trip to 'the Middle East "
     "and North Africa' resolved to countries only because the title named them), asserted as the document gives "
     "no tense (borderline a future nominal 036 for a trip still to come, or uncoded as a discussion topic)"),
 6: ([("he looks forward to continuing our close coordination", "030", "USA/GOV", "ISR/GOV", False, F, N, False),
      ("his visit to Israel", "036", "USA/GOV", "ISR", False, F, N, True)],
     "Readout of Blinken's call with PM Bennett (21 June 2022) -> USA/GOV; 'The Secretary emphasized he looks "
     "forward to continuing our close coordination on regional and global issues' = 'look forward to' + "
     "cooperation -> future intent 030 (guideline: future cooperative acts get 03x; held-out 267 row 2: 'I look "
     "forward to the continued strengthening of our relationship' 030 future; README: 'hope that we can work "
     "together' 030 future), Bennett -> ISR/GOV, a gerund and not nominal, 'our' being the United States and Israel "
     "(held-out 266 row 2, the same day's Lapid readout: 'emphasized our continuing close coordination' a nominal "
     "050, there stated as ongoing and not looked forward to) (borderline an asserted nominal 050); 'noted "
     "President Biden looks forward to his visit to Israel next month' = the President's planned trip -> future "
     "nominal 036 to the bare country, exactly as held-out 266 row 2 coded the same clause (set 248: Zelenskyy's "
     "'planned visit to Washington' a future nominal 036 to bare USA), the President being the document's own "
     "government -> reported_by null (README choices) (borderline ISR/GOV)"),
 7: ([("Secretary Blinken thanked the Baltic states", "051", "USA/GOV", "LVA/GOV", False, A, N, False),
      ("Secretary Blinken thanked the Baltic states", "051", "USA/GOV", "LTU/GOV", False, A, N, False),
      ("Secretary Blinken thanked the Baltic states", "051", "USA/GOV", "EST/GOV", False, A, N, False),
      ("their steadfast support of Ukraine", "070", "LVA/GOV", "UKR", False, A, N, True),
      ("their steadfast support of Ukraine", "070", "LTU/GOV", "UKR", False, A, N, True),
      ("their steadfast support of Ukraine", "070", "EST/GOV", "UKR", False, A, N, True),
      ("hosting U.S. and NATO forces", "062", "LVA/GOV", "USA/MIL", False, A, N, False),
      ("hosting U.S. and NATO forces", "062", "LVA/GOV", "org:NATO", False, A, N, False),
      ("hosting U.S. and NATO forces", "062", "LTU/GOV", "USA/MIL", False, A, N, False),
      ("hosting U.S. and NATO forces", "062", "LTU/GOV", "org:NATO", False, A, N, False),
      ("hosting U.S. and NATO forces", "062", "EST/GOV", "USA/MIL", False, A, N, False),
      ("hosting U.S. and NATO forces", "062", "EST/GOV", "org:NATO", False, A, N, False)],
     "Readout of Blinken's call with the three Baltic foreign ministers (24 Feb 2022); 'the Baltic states' = the "
     "governments of the three ministers named in the sentence before -> one 051 thanks to each of LVA/GOV, LTU/GOV "
     "and EST/GOV (guideline: thank 051; compound split); the acts thanked for are realised and coded asserted, "
     "their agent taken from the thanks (README choices: thanks 'for the ongoing support' gives the support its "
     "agent; set 249: Poland's 'its support of Ukraine' a nominal 070 to bare UKR): 'their steadfast support of "
     "Ukraine' -> one nominal 070 per Baltic government to bare UKR (borderline 072, or 051); 'hosting U.S. and NATO "
     "forces' = receiving allied troops on their territory as host nations -> military cooperation 062, a gerund and "
     "not nominal, one event per host and per guest force, the U.S. forces -> USA/MIL and the NATO forces -> "
     "org:NATO (guideline: one event per actor pair) (borderline 0861, as set 'has hosted five separate "
     "peacekeeping operations' 0861, which concerns peacekeepers and a yielding code; or the guest forces' own 074 "
     "to each host, the rule for UN and ISAF troops); the day of Russia's invasion is context only"),
 8: ([("The United States joined the Christchurch Call to Action", "057", "USA/GOV", N, False, A, N, False),
      ("New Zealand signed the Artemis Accords with NASA", "057", "NZL/GOV", "USA/GOV", False, A, N, False)],
     "Blinken's Waitangi Day message (4 Feb 2022) -> USA/GOV; 'The United States joined the Christchurch Call to "
     "Action to combat online violent extremism' (May 2021) = joining a multilateral commitment -> 057 with no "
     "target, following set 260 (Slovenia's 'I join the Leaders Pledge for nature' a 057 with no target) and set 112 "
     "(Myanmar joining the Declaration of Commitment to End Sexual Violence in Conflict a 057 with no target) "
     "(borderline 030, or NZL/GOV as the Call's co-founder, the sentence listing ties with New Zealand); 'to combat "
     "online violent extremism' is the Call's aim; 'New Zealand signed the Artemis Accords with NASA' -> 057 "
     "(guideline: agreements concluded 057), NASA being a U.S. government agency -> USA/GOV, named as the "
     "counterpart by 'with NASA' (borderline target null, as held-out 21 row 17 and set 260 coded Artemis signings "
     "whose sentences named no counterpart); 'which aims to land the first woman ... on the Moon' is the programme's "
     "aim, no act between actors (held-out 18 row 41 and 259 row 21)"),
 9: ([("They welcomed", "051", "USA/GOV", "org:OAS", False, A, N, False),
      ("They welcomed", "051", "USA/CVL", "org:OAS", False, A, N, False),
      ("sent a clear message that Ortega and Murillo’s actions are unacceptable", "111", "org:OAS", "NIC/GOV", False,
       A, N, False)],
     "Readout of Blinken's call with former President Carter (18 June 2021); 'They' = Blinken -> USA/GOV and Carter, "
     "a former official -> USA/CVL (guideline: Baker, a former official, USA/CVL); 'welcomed the strong June 15 vote "
     "at the Organization of American States Permanent Council' -> 051 (guideline: welcome 051), one per welcomer "
     "(compound split), to org:OAS (README choices: welcoming a UN resolution is 051 to org:UNGA; welcoming a General "
     "Assembly decision 051 to org:UNGA), both welcomes asserted by the Department's readout, reported_by null "
     "(README choices: a readout of its own Secretary is not reported speech); 'which sent a clear message that "
     "Ortega and Murillo's actions are unacceptable' -> 111 org:OAS, exactly the README choice ('an OAS vote that "
     "\"made clear\" actions \"have no place\" is 111 from org:OAS'), Nicaragua's President and Vice-President -> "
     "NIC/GOV; their 'actions' (the arrests, harassment and restrictions of the sentence before) are an anaphoric "
     "noun, not coded again (guideline: 'this aggression' not coded); the vote itself is folded into the welcome"),
 10: ([("met today with Japanese Prime Minister Kishida Fumio", "040", "USA/GOV", "JPN/GOV", False, A, N, False),
       ("the assassination of former Japanese Prime Minister Abe Shinzo", "1823", N, "JPN/CVL", False, A, N, True)],
      "Readout of Blinken's meeting with PM Kishida (11 July 2022); the sentence begins at 'Blinken' because the "
      "splitter cut after 'Antony J.' -> USA/GOV; 'met today with Japanese Prime Minister Kishida Fumio in Tokyo' -> "
      "040 (guideline: meet 040), Tokyo the place of the meeting (borderline a second 042 to bare JPN for the visit, "
      "which the sentence does not name as such; set 261 coded a visit only where 'her visit to Ulaanbaatar' named "
      "it); 'to offer his condolences on behalf of President Biden and the American people' = condolences, not "
      "coded (README choices); 'the assassination of former Japanese Prime Minister Abe Shinzo' (8 July 2022) = the "
      "killing of an individual -> 1823 (guideline), a noun whose agent the document never names -> nominal with "
      "source null (README choices: a historic murder is an agentless 1823; an agentless house arrest is a nominal "
      "173 with no source; set 227: Klebnikov 'was shot and killed' an agentless 1823), the former prime minister a "
      "former official -> JPN/CVL (guideline: Baker, a former official, USA/CVL) (borderline uncoded under the "
      "guideline's rule that event nouns without an agent in the sentence are not coded, or JPN/GOV)"),
 11: ([("We stand with all Ecuadorians", "051", "USA/GOV", "ECU/CVL", False, A, N, False)],
      "Release on the 7031(c) designation of former President Bucaram (9 Mar 2022) -> USA/GOV; 'We stand with all "
      "Ecuadorians in support of democracy and the rule of law' -> 051 (README choices: 'stand with' is 051 "
      "throughout), Ecuadorians -> ECU/CVL, following held-out 267 row 18 ('stands with all Bulgarians' 051 -> "
      "BGR/CVL) and held-out 16 row 2 ('stand with all Colombians'); 'and against those who undermine these "
      "principles for personal gain' = an open class of corrupt actors with no act named, not coded (held-out 267 "
      "row 18: the corrupt actors an open class) (borderline a 120 with no target, as 'We utterly reject attacks' "
      "by unnamed agents); the designation itself lies in the sentences before"),
 # --- State Dept random: nocue
 12: ([], "Public Schedule of 6 August 2021: 'Deputy Secretary Sherman attends meetings and briefings, from the "
          "Department of State' = internal meetings with no named counterpart (held-out 10 rows 35-43 and set 229 "
          "row 22: the same schedule entry uncoded)"),
 13: ([("to congratulate the Comorian people", "051", "USA/GOV", "COM/CVL", False, A, N, False)],
      "Blinken's Comoros National Day message (6 July 2022) -> USA/GOV; 'It is a pleasure to congratulate the "
      "Comorian people on the forty-seventh anniversary of their independence' -> 051 (README choices: "
      "congratulating a people on a national day is 051; 'congratulated' is 051) to COM/CVL (held-out 265 row 13: "
      "national-day congratulations to the people COD/CVL); the independence of 1975 is the occasion, not an act"),
 14: ([], "Blinken's message on the Queen's Official Birthday (12 June 2021): 'On behalf of the Government of the United "
          "States of America, I offer my best wishes to Her Majesty Queen Elizabeth II and to the people of the "
          "United Kingdom as you celebrate Her Majesty's birthday' = well-wishing, not coded (held-out 238 row 16, "
          "241 row 19 and 260 row 18: national-day best wishes not coded; set 262: 'extends its warmest wishes to "
          "the Portuguese people' left uncoded), no congratulation verb as in held-out 265 row 13 (borderline a 051 "
          "each to GBR/GOV for the Queen and GBR/CVL)"),
 15: ([], "Release on International Roma Day (8 Apr 2022): 'To commemorate International Roma Day, we reaffirm this "
          "commitment to Roma throughout the world' = an anaphoric, abstract commitment ('devoted to inclusion and "
          "equity for members of all races and ethnicities', sentence before) to a people with no country code, at "
          "a commemoration (held-out 248 row 15 and set 254: abstract commitments and commemorations uncoded) "
          "(borderline a 032 with no target)"),
 16: ([("The United States appreciates", "051", "USA/GOV", "YEM/GOV", False, A, N, False),
       ("ongoing commitments towards achieving peace in Yemen", "037", "YEM/GOV", N, False, A, N, True)],
      "Blinken's Yemen National Unity Day message (22 May 2021) -> USA/GOV; 'The United States appreciates' = "
      "appreciation -> 051 (guideline: praise/thank 051) to the Republic of Yemen Government -> YEM/GOV; "
      "'the Republic of Yemen Government's ongoing commitments towards achieving peace in Yemen' = a party's "
      "realised, stated intent to settle its own conflict -> nominal 037 asserted (README choices: commitments "
      "stated as facts are asserted 03x; set 245: Armenia's 'commitment to the exclusively peaceful settlement' a 037 "
      "to the other party), its agent taken from the appreciation; the other party, the Houthis, is never named in "
      "the document -> target null (borderline YEM/REB from outside knowledge; or uncoded as an abstract "
      "commitment, as held-out 248 row 15's North Macedonia 'commitment to promoting peace and stability', which "
      "was not a party to a conflict)"),
 17: ([("participate in a conversation with students, faculty, and leadership of Howard University", "036", "USA/GOV",
        "USA/EDU", False, F, N, False)],
      "Event announcement (12 Apr 2022); the sentence begins at 'Blinken' because the splitter cut after 'Antony J.' "
      "-> USA/GOV; 'will deliver remarks' = a statement (01x), not coded (set 260: 'will deliver keynote remarks' "
      "uncoded); 'participate in a conversation with students, faculty, and leadership of Howard University at 4:30 "
      "p.m. today' = an announced meeting later the same day -> 036 future (guideline: future meetings 036; held-out "
      "rule: a meeting on a day's schedule is 036 future), one event to the university's people -> USA/EDU (README "
      "choices: universities and university students are the EDU sector) (borderline 040 asserted, or uncoded as a "
      "domestic event); Jaishankar, who 'will be joined' in the sentence after, is not in this sentence"),
 18: ([], "Readout of Deputy Secretary Sherman's meeting with Israeli Minister Frej (1 Apr 2022): 'reaffirmed the "
          "administration's commitment to a two-state solution' uncoded, following sets 201, 225 and 248 "
          "(two-state-solution support and Biden's commitment to a two-state solution uncoded); 'the importance of "
          "reducing intercommunal tensions in Israel ahead of the religious holidays' = an agentless deontic with no "
          "named party, uncoded, following set 123's 'urgent to put an end to confrontation and violence' (borderline "
          "a demanded 040 with no source to ISR/CVL, after PETRARCH's REDUCE * TENSION [040], or a demanded 080)"),
}
