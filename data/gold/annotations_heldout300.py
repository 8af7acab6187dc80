"""Hand annotations for the THREE-HUNDREDTH held-out event gold set (source of events-heldout300.jsonl).

Keyed by the row index of selection-heldout300.jsonl (output of select_statement_sentence_heldout.py 300; rows 0-8
all come from statements_state_dept_pr.jsonl, State Department press releases of 2021-2022).
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
    python3 data/gold/build_events.py --selection selection-heldout300.jsonl \\
        --annotations annotations_heldout300 --output events-heldout300.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("The Under Secretary will host representatives", "036", "USA/GOV", "ZMB/BUS", False, F, N, False)],
     "Release on Under Secretary Fernandez's travel to South Africa and Zambia (9 May 2022, the Lusaka leg May "
     "12-13) -> the Under Secretary USA/GOV; 'The Under Secretary will host representatives from the local business "
     "community and the private sector' = an announced meeting he convenes -> 036 future (guideline: future "
     "cooperative acts, host/convene included, get the intent codes, 036 for meetings; held-out 22 row 1: 'will host "
     "a virtual panel discussion' 036 future; held-out 271 row 0: 'will host a roundtable discussion' 036 future), "
     "the guests being Lusaka's 'local' business people and private sector, the sentence before placing the leg in "
     "Zambia -> one event to ZMB/BUS, the two business groups being one sector (set 294: business leaders on "
     "Sherman's Angola leg AGO/BUS) (borderline a second 036 to USA/BUS, "
     "'the private sector' possibly including U.S. firms in Zambia, or target null as set 238's 'regional civil "
     "society leaders', or 043 for 'host'); 'to promote an enabling environment for trade and investment "
     "opportunities and economic growth for the citizens of Zambia and the region' is the meeting's purpose, not "
     "coded (held-out 241 row 0: a trip's purpose folded in; set 250)"),
 1: ([("will host a virtual minister-level launch", "036", "USA/GOV", N, False, F, N, False),
      ("launch of the Declaration for the Future of the Internet", "030", "USA/GOV", N, False, F, N, True)],
     "Release on the launch of the Declaration for the Future of the Internet (27 Apr 2022, event on 28 April); "
     "the splitter cut after 'a.m.', so the sentence opens at 'EDT,'; 'Assistant to the President and National "
     "Security Advisor Jake Sullivan' -> USA/GOV (guideline: persons -> their country/sector on the document "
     "date); 'will host a virtual minister-level launch ... with more than 50 partners from around the world' = an "
     "announced ministerial meeting he convenes -> 036 future (guideline: future host/convene 036; held-out 18 row 1: "
     "'will host' the Summit of the Americas 036 future, 'participants unnamed -> null'; held-out 290 row 0), the "
     "'more than 50 partners' never named -> target null (guideline: collectives without a code null; set 271 row 0); "
     "the launch itself = launching an initiative, the Declaration being 'a political commitment among partners' "
     "(next sentence) -> 030 (set 234: 'As we launch this initiative' a 030; set 241: the Global Methane Pledge one "
     "030 per coded co-launcher with no target; set 278: 'High-level discussions launched by Secretary Blinken' a "
     "030), the launcher plain from the sentence as the host (guideline: event nouns with an agent in the sentence "
     "are coded) -> nominal 030 future from USA/GOV, the unnamed co-launching partners giving no target "
     "(borderline folded into the hosting as one event, or a future nominal 057 for a joint political declaration "
     "endorsed by the partners, as set 112's joining a Declaration of Commitment; set 240: 'welcomed the launch of "
     "the IPEF' left the launch uncoded, the launcher unnamed there); 'at the White House' is a place"),
 # --- State Dept random: nocue
 2: ([("Secretary Blinken reiterated his sincere appreciation", "051", "USA/GOV", "MEX/GOV", False, A, N, False),
      ("our strong partnership with Mexico", "050", "USA/GOV", "MEX/GOV", False, A, N, True)],
     "Price's readout of Blinken's call with Mexican Foreign Secretary Ebrard (2 Mar 2022) -> USA/GOV; 'Secretary "
     "Blinken reiterated his sincere appreciation for our strong partnership with Mexico' = thanks/appreciation -> "
     "051 (guideline: welcome/praise/thank 051; held-out 275 row 8: 'reiterated the United States' appreciation' a "
     "051; held-out 267 row 3: 'expressed his deep appreciation' a 051, not nominal) to the partner -> MEX/GOV, plus "
     "the partnership as a relationship noun naming both parties -> nominal 050 USA/GOV -> MEX/GOV (set 243: 'we are "
     "grateful for and committed to the partnership that we have with the UAE' a 051 plus a nominal 050; README "
     "choices: an agreement or cooperation named by its parties is a nominal 050), symmetric, coded once from the "
     "document's government (guideline); 'as we work to advance democracy, economic prosperity, and security in North "
     "America and around the world' = the two countries' joint work, 'we' being the partners, folded into the "
     "partnership's 050 (set 280: 'for its steadfast cooperation as we work together' one nominal 050) (borderline a "
     "second, non-nominal 050 USA/GOV -> MEX/GOV, as set 257's 'We are working together'); advancing democracy, "
     "prosperity and security is the work's aim, no act between actors"),
 3: ([("I send my congratulations to the people of the Republic of Burundi", "051", "USA/GOV", "BDI/CVL", False, A,
       N, False)],
     "Blinken's Burundi National Day message (1 July 2022) -> 'On behalf of the United States of America, I' "
     "USA/GOV; 'I send my congratulations to the people of the Republic of Burundi' -> 051 (guideline: "
     "congratulate; README choices: congratulating a people on a national day is 051; held-out 280 row 3: 'I send "
     "congratulations to the people of Denmark' a 051 -> DNK/CVL; held-out 265 row 13) -> BDI/CVL (borderline bare "
     "BDI, or BDI/GOV from 'you' in the next sentence's 'working with you'); 'as you celebrate 60 years of "
     "independence' is the occasion, not an act between actors"),
 4: ([], "Blinken's Argentina Independence Day message (9 July 2021): 'I send my warmest wishes as you celebrate 205 "
         "years of independence' = well-wishing with no congratulation verb, not coded (README choices: well-wishing "
         "not coded; set 262: 'extends its warmest wishes to the Portuguese people' uncoded; held-out 260 row 18: 'I "
         "send best wishes to the people of Saint Lucia' uncoded; held-out 273 row 14) (borderline a 051 to ARG/CVL, "
         "the people congratulated in the message's first sentence); the independence anniversary is the occasion, "
         "no act"),
 5: ([("He will have bilateral meetings with his counterparts", "036", "USA/GOV", N, False, F, N, False),
      ("our commitment to transatlantic coordination", "030", "USA/GOV", N, False, A, N, True)],
     "Price's release on Blinken's travel to Munich for the Munich Security Conference (16 Feb 2022, trip 17-20 "
     "Feb); 'He' = the Secretary -> USA/GOV; 'He will have bilateral meetings with his counterparts' = announced "
     "meetings -> 036 future (guideline: future meetings 036), the counterparts being unnamed foreign ministers at "
     "the Conference -> one event with target null (set 288: 'bilateral discussions with international "
     "counterparts' a future 036 with no target; set 295: 'meetings with high-level counterparts' one future "
     "nominal 036 with no target) (borderline DEU/GOV for the host country, or one 036 per 'Allies and partners' of "
     "the sentence before, who are not named either); 'to address our commitment to transatlantic coordination' = "
     "the meetings' topic, the speaker's standing commitment to coordinating with the European side -> nominal 030 "
     "asserted (set 276: 'our mutual commitment to a strong bilateral relationship' a nominal 030 from the document's "
     "government; set 296: 'Our shared commitment to bolstering the U.S.- Oman bilateral relationship' a nominal "
     "030; set 241: a shared commitment named as a topic a nominal 030), 'our' being the speaker's government, and "
     "'transatlantic' naming no coded partner -> target null (set 279: 'Transatlantic relationship' names no coded "
     "party) (borderline uncoded as a discussion topic naming no partner, as held-out 275's 'the transatlantic "
     "bonds' and set 242's topics, or target org:NATO or org:EU, or a nominal 050 for the coordination); 'to "
     "strengthen European security and other ongoing global challenges' is the coordination's purpose, not coded"),
 6: ([], "Blinken's statement on appointing a Special Representative for Racial Equity and Justice (17 June 2022): "
         "'The State Department strives to promote and protect the rights of individuals and communities who are "
         "oppressed because of their race or ethnicity and create a just world ...' = the Department's general "
         "mission for unnamed people 'around the world' (sentence before), an abstract policy position with no "
         "counterpart actor (guideline: abstract policy positions not coded; held-out 277: a report on 'our efforts "
         "to protect and promote the human rights of LGBTQI+ persons globally' uncoded, borderline a nominal 1043; set "
         "239: Bangladesh's 'committed to promote and protect the fundamental rights' a 0343, but to its own named "
         "citizens) (borderline a habitual 1043 or 0343 USA/GOV with no target); 'who are oppressed because of their "
         "race or ethnicity' is an agentless passive with no victim country (guideline: agentless passives null; "
         "set 282: agentless persecution of LGBTQI+ persons uncoded), null to null and not coded; 'create a just "
         "world' is an aim"),
 7: ([("spoke today with", "040", "USA/GOV", "CHN/GOV", False, A, N, False),
      ("Russia’s aggression against Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
     "Price's readout of Blinken's call with PRC State Councilor and Foreign Minister Wang Yi (22 Feb 2022), the "
     "splitter cutting after 'Secretary of State Antony J.' (held-out 271 row 0; set 279 row 14) -> USA/GOV; "
     "'Blinken spoke today with ... Wang Yi' -> 040 (guideline: a call is a 040 consultation) -> CHN/GOV; 'about "
     "developments in the DPRK' is a topic with no act named, not coded; 'Russia's aggression against Ukraine' = an "
     "event noun with its agent -> nominal 190 (guideline: 'aggression' 190), coded RUS/MIL -> bare UKR as the state "
     "sets code 'Russia's aggression' (held-out 6 row 55, held-out 12 row 25, held-out 256 row 16: 'Russia's aggression "
     "against Ukraine' a nominal 190 RUS/MIL -> UKR) (borderline RUS/GOV, as held-out 246 row 18), the target the "
     "country as a whole (guideline: bare country as target of an invasion); named as a topic of the call, the "
     "aggression is realised and asserted (set 276: 'Russia's continuing brutal war', named as a meeting topic, a "
     "nominal 190)"),
 8: ([], "Release on Blinken's remarks at the launch of the U.S.-Afghan Consultative Mechanism (28 July 2022): 'USACM "
         "partner organizations include the Atlantic Council, the Georgetown Institute for Women, Peace, and "
         "Security, the Sisterhood Is Global Institute, and the U.S. Institute of Peace' = a list of partners, a "
         "status with no act, following held-out 290 row 15, which left the same sentence of the USACM launch release "
         "uncoded (set 246: a list of founding members of a partnership an uncoded status) (borderline one nominal "
         "050 USA/GOV -> USA/NGO or USA/EDU per partner)"),
}
