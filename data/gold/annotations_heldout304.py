"""Hand annotations for the THREE-HUNDRED-AND-FOURTH held-out event gold set (source of events-heldout304.jsonl).

Keyed by the row index of selection-heldout304.jsonl (output of select_statement_sentence_heldout.py 304; rows 0-6
all come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022).
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
    python3 data/gold/build_events.py --selection selection-heldout304.jsonl \\
        --annotations annotations_heldout304 --output events-heldout304.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: nocue
 0: ([("will lead a U.S. delegation", "036", "USA/GOV", "KGZ", False, F, N, False),
      ("will lead a U.S. delegation", "036", "USA/GOV", "UZB", False, F, N, False),
      ("will lead a U.S. delegation", "036", "USA/GOV", "TJK", False, F, N, False),
      ("will lead a U.S. delegation", "036", "USA/GOV", "KAZ", False, F, N, False)],
     "Release on Assistant Secretary Donald Lu's travel to Central Asia (22 May 2022) -> the Assistant Secretary "
     "USA/GOV (the delegation's NSC, Defense, USAID and DFC members named in the next sentence are all USA/GOV); "
     "'will lead a U.S. delegation to Kyrgyz Republic, Uzbekistan, Tajikistan, and Kazakhstan May 23-27' = an "
     "announced trip -> 036 future per destination, the bare countries, compound target split (guideline; README "
     "choices: an announced trip is 036 future per destination; held-out 274 row 14: 'will lead an interagency "
     "delegation to Chisinau, Moldova' a future 036 to bare MDA, leading the delegation being the same trip, coded "
     "once; held-out 298 row 0: 'will travel to the United Arab Emirates' a future 036 to bare ARE); the meetings "
     "with each country's officials, civil society and business lie in the later paragraphs; 'to strengthen U.S. "
     "relations with the region and advance collaborative efforts to create a more connected, prosperous, and "
     "secure Central Asia' = the trip's purpose, folded into the trip (held-out 81: 'to develop relations with our "
     "region' the visit's purpose, not coded separately; held-out 287: 'to advance peace and stability in the "
     "region' a purpose, not coded), 'the region' and the 'collaborative efforts' naming no party (set 233: 'To "
     "highlight U.S. support for continued dialogue ... throughout the region' uncoded, naming no parties) "
     "(borderline one nominal 050 USA/GOV to each of KGZ/GOV, UZB/GOV, TJK/GOV and KAZ/GOV, 'the region' resolved to "
     "the four destinations, under set 289's rule that a relationship noun naming both parties as the object of a "
     "trip's purpose is a nominal 050)"),
 1: ([("they commit", "175", "RUS/MIL", "UKR/CVL", False, A, N, False),
      ("they commit", "200", "RUS/MIL", "UKR/CVL", False, A, N, False)],
     "Price's statement on the OSCE Moscow Mechanism's second expert mission report (14 July 2022) -> USA/GOV; 'The "
     "United States and our partners will seek to hold accountable those responsible for all human rights abuses "
     "and violations of international humanitarian law, including war crimes' = accountability, not a CAMEO act "
     "(held-out 298 row 8: 'will hold Russia and its forces accountable' uncoded; held-out 229, 250 and 290; set "
     "231: 'hold to account' uncoded), the partners an uncoded collective (the 44 other countries of the first "
     "paragraph, never named); 'they commit in Ukraine' = the acts for which they are to answer, carried by the "
     "finite verb and coded although inside the uncoded accountability, asserted as abuses under way that the "
     "report documents, one event per code, exactly as held-out 298 row 8 coded the sister statement's 'war crimes, "
     "and crimes against humanity they commit in Ukraine': human rights abuses 175, war crimes 200 with the "
     "violations of international humanitarian law folded in, not nominal, to the civilians in Ukraine -> UKR/CVL "
     "(the first paragraph: 'direct targeting of civilians ... forced transfer of civilians'); the agent 'they' = "
     "'those responsible', unnamed in the sentence but plain from the document (guideline: a missing participant "
     "taken from the context when the document makes it plain): the report found the violations 'attributable "
     "mostly to Russian armed forces', and the sentence before calls them 'Russia's human rights abuses' -> "
     "RUS/MIL (set 233: atrocities 'committed by Russia' read as the forces; set 293: 'Russia's war crimes against "
     "Ukraine's civilians' a nominal 200 RUS/MIL -> UKR/CVL) (borderline a second pair from RUS/GOV, as held-out 298 "
     "row 8's 'Russia and its forces'; or source null and hypothetical under the class-of-wrongdoers rule; or "
     "uncoded, as held-out 231 row 9 left 'those responsible for unlawful killings' as unnamed agents)"),
 2: ([("reaffirmed their commitment", "030", "USA/GOV", "BRA/GOV", False, A, N, False),
      ("our economic partnership", "050", "USA/GOV", "BRA/GOV", False, A, N, True)],
     "Price's readout of Blinken's call with Brazilian Foreign Minister França (17 June 2021); 'The two leaders' = "
     "Blinken (USA/GOV) and França (BRA/GOV); 'reaffirmed their commitment to combatting the COVID-19 pandemic, "
     "deepening our economic partnership, and strengthening digital security' = a joint commitment stated as a fact "
     "-> asserted 03x (README choices: commitments stated as facts are asserted 03x; a joint commitment is one event "
     "per pair, coded once from the document's government; held-out 286 row 17: 'reaffirmed their commitment to "
     "stop the spread of violent extremism' one asserted 0312 USA/GOV -> CIV/GOV), one commitment with three "
     "purposes coded once (README choices: one commitment with several purposes is coded once), the purposes being "
     "of different kinds (health, economic, security), so the generic intent code 030 (borderline 0311 from the "
     "economic partnership, or one event per purpose: 030, 0311 and 0312); 'our economic partnership' = a "
     "partnership noun whose 'our' names the two countries (the sentence before: 'a long-term strategic "
     "partnership between our countries') -> nominal 050, symmetric, from the document's government (set 296: 'Our "
     "shared commitment to bolstering the U.S.- Oman bilateral relationship' a nominal 030 beside a nominal 050 for "
     "the relationship; set 281: the named partnership a nominal 050 beside the 030 of the commitment to "
     "strengthening it) (borderline folded into the 030, as set 277); 'combatting the COVID-19 pandemic' and "
     "'strengthening digital security' name no act against or toward a party"),
 3: ([("we honor the courage", "051", "USA/GOV", "org:UN", False, A, N, False),
      ("service", "074", "org:UN", N, False, A, N, True)],
     "Blinken's statement for the International Day of UN Peacekeepers (27 May 2022) -> 'we' USA/GOV (guideline: "
     "'we' in State Dept releases; the statement's own 'the United States supports UN peacekeeping' in the text "
     "after); 'The world marks International Day of UN Peacekeepers every May 29' = a commemoration, not coded (set "
     "191: a commemoration uncoded); 'on this day we honor the courage, service, and sacrifice of the UN's \"blue "
     "helmets\"' = a tribute to named, living actors -> 051 (README choices: 'pay tribute to' is 051; set 271: 'We "
     "honor the sacrifices of those killed ... and the brave activists' a 051), the blue helmets being UN personnel "
     "-> org:UN (held-out 249 row 10: the same day's statement of 2021, the peacekeepers UN personnel) (borderline "
     "uncoded as a commemoration, as held-out 298 row 3's 'honor the contributions', or 'we' read as the world, "
     "all States, and so uncoded); the blue helmets' 'service' = an event noun with its agent -> peacekeeping 074, "
     "nominal (README choices: peacekeepers who 'put their lives on the line' are 074; set 145: 'Spanish troops "
     "have served in United Nations peacekeeping operations' a 074 with no target; set 254: 'the sacrifices made "
     "by troop-contributing countries' a nominal 074 beside the 051), no host country named -> target null (set "
     "131: Togo's peacekeeping a nominal 074 with no target) (borderline folded into the tribute); 'courage' is a "
     "quality and 'sacrifice' the lives lost (set 124: lives given uncoded), no further act"),
 4: ([], "Blinken's Dominican Republic Independence Day message (27 Feb 2022): 'On behalf of the United States, I send "
         "warm wishes to the people of the Dominican Republic as you celebrate your Independence Day on February 27' "
         "= national-day well-wishing, not coded (README choices: well-wishing uncoded; set 262: 'the United States "
         "extends its warmest wishes to the Portuguese people' uncoded; set 293: national-day best wishes with no "
         "congratulation verb uncoded) (borderline a 051 USA/GOV -> DOM/CVL, as set 270's 'I wish a heartfelt "
         "congratulations to the people of Switzerland'); the celebration is the occasion, no act"),
 5: ([("enduring commitment to Ukraine", "032", "USA/GOV", "UKR", False, A, N, True),
      ("Russian aggression", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Price's readout of Blinken's call with Ukrainian FM Kuleba (8 May 2022); 'The Secretary emphasized' is a "
     "statement verb, not coded; 'the United States' enduring commitment to Ukraine' = a commitment noun with its "
     "agent -> nominal 032 (intent to support), asserted, to the bare country (set 246: 'reiterated U.S. "
     "commitment to Ukraine's sovereignty' a nominal 032 to bare UKR; set 266: 'The firm U.S. commitment to "
     "Georgia's sovereignty' a nominal 032 to bare GEO) (borderline UKR/GOV as the counterpart on the call, or a 070 "
     "given the security assistance packages of the sentence before); 'and its ultimate victory against Russian "
     "aggression' = Ukraine's hoped-for victory, an outcome and not a CAMEO act, left uncoded (held-out 287: "
     "'Ukraine shall prevail' uncoded as a prediction) (borderline a future nominal 190 bare UKR -> RUS/MIL, as the "
     "sets coding Ukraine's resistance); 'Russian aggression' = an event noun with its agent -> nominal 190 "
     "(guideline: 'aggression' 190), the adjective naming no armed forces -> RUS/GOV (held-out 220: 'the Russian "
     "aggression against Ukraine' a nominal 190 RUS/GOV -> UKR; README choices: 'Serbian aggression' a nominal 190 "
     "to the bare country), to bare UKR (borderline RUS/MIL, as set 224 and held-out 267)"),
 6: ([], "Release on Senior Official Liz Allen's travel to Los Angeles and Honolulu (27 June 2022): 'will travel to Los "
         "Angeles, California and Honolulu, Hawaii June 27 - 30' = a domestic trip of a U.S. official, no foreign "
         "destination and no counterpart in the sentence, not coded (set 290: the domestic trip uncoded beside a "
         "036 for the event attended; set 279: a domestic visit folded into its meeting); her meetings with "
         "universities, INDOPACOM and the Young Pacific Leaders alumni lie in the sentences after (borderline a "
         "future 036 with no target for the trip)"),
}
