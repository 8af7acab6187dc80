"""Hand annotations for the TWO-HUNDRED-AND-NINETY-SEVENTH held-out event gold set (source of events-heldout297.jsonl).

Keyed by the row index of selection-heldout297.jsonl (output of select_statement_sentence_heldout.py 297; rows 0-8
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
    python3 data/gold/build_events.py --selection selection-heldout297.jsonl \\
        --annotations annotations_heldout297 --output events-heldout297.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("in co-hosting a meeting of the Foreign Ministers", "036", "USA/GOV", "ITA/GOV", False, F, N, False)],
     "Release on the Ministerial Meeting of the Global Coalition to Defeat ISIS (21 June 2021); the sentence starts "
     "after the splitter's cut in 'Antony J. Blinken', its subject 'Blinken' inside it -> USA/GOV; 'will join Italian "
     "Minister of Foreign Affairs ... Luigi Di Maio in co-hosting a meeting of the Foreign Ministers of the Global "
     "Coalition to Defeat ISIS on June 28' = an announced hosting, a week after the release -> 036 future "
     "(guideline: future cooperative acts, meetings and hosting, take 036 future), the co-host as target -> "
     "ITA/GOV (held-out 2 row 21: 'will co-host with Palau' 036 future USA/GOV -> PLW/GOV; set 227: Sison's 'will "
     "co-host with her UK counterpart a meeting of the Geneva Group' a future 036 USA/GOV -> GBR/GOV), a gerund with "
     "its object and not nominal (borderline one future 036 per co-host with no target, as sets 256, 260 and 290 "
     "coded the participle 'co-hosted by X and Y'); the Coalition's Foreign Ministers are an uncoded group (README "
     "choices: the Global Coalition to Defeat ISIS has no code; set 273: Morocco's 'hosting of the Ministerial' a "
     "future 036 with no target), so 'to discuss efforts' at the same meeting is folded into the hosting (borderline "
     "a second future 036 with no target for the ministers' discussion, as set 250 and set 285 coded attendance at a "
     "Coalition ministerial); 'the campaign to achieve the enduring defeat of ISIS' runs between the uncoded "
     "Coalition and ISIS, not coded (set 282: the Coalition's pressure on ISIS uncoded, neither having a code)"),
 1: ([("will travel to Moscow, Russia", "036", "USA/GOV", "RUS", False, F, N, False),
      ("to meet with Russian government officials", "036", "USA/GOV", "RUS/GOV", False, F, N, False)],
     "Release on Special Presidential Envoy for Climate Kerry's travel to Moscow (9 July 2021) -> Kerry as envoy "
     "USA/GOV; 'will travel to Moscow, Russia, from July 12 to July 15, 2021' = an announced trip -> 036 future to "
     "the bare destination country (README choices: an announced trip is 036 future; set 249 row 0: Kerry's 'will "
     "travel to Warsaw' 036 future to bare POL), Moscow the place of the visit, not a capital metonym (guideline: a "
     "capital that is only a place is not a metonym); 'to meet with Russian government officials' = announced "
     "meetings with named interlocutors -> a second 036 future to RUS/GOV (set 249 row 0: 'to engage with government "
     "counterparts' a second 036 future to POL/GOV; set 238 row 1: the trip and 'where he will meet with' the Israeli "
     "leaders two 036s) (borderline folded into the trip, as set 237 did); 'to discuss various means of enhancing "
     "global climate ambition' is the topic of the same meetings, folded in; held-out 270 row 13 coded the realised "
     "trip of the same mission as a 042 to bare RUS"),
 # --- State Dept random: nocue
 2: ([], "Release announcing Blinken's and President Duque's remarks at the 200 years of U.S.-Colombia relations "
         "celebration (15 June 2022): 'We will form a press pool to cover the Secretary's remarks' = press logistics, "
         "no act between political actors (held-out 287 row 12: 'will be pooled press coverage only' uncoded; set "
         "263: a livestream note uncoded); the remarks themselves are a statement (01x), and they lie in the text "
         "before"),
 3: ([], "Price's statement on Laurence R. Helfer's election to the UN Human Rights Committee (17 June 2022): the "
         "splitter cut the sentence after 'Professor Laurence R.', so it begins at 'Helfer on his election today to "
         "serve as an independent expert on the UN Human Rights Committee for the 2023-2026 term', and the "
         "congratulation verb 'We extend our congratulations' lies before the cut (README choices: a fragment whose "
         "verb was cut away is left uncoded; set 263: a congratulation fragment whose verb fell before the cut "
         "uncoded), with no congratulation noun left inside the sentence (unlike set 142's and set 175's nominal 051 "
         "for a support or congratulation noun after the cut) (borderline a 051 USA/GOV -> org:UN taken from before "
         "the cut, following the README choice that welcoming an appointment goes to the appointee and sets 122, 126 "
         "and 263, which gave UN appointees org:UN; or USA/EDU, Helfer being a professor on the release date with his "
         "term starting in 2023); 'his election' itself, by the uncoded States parties to the ICCPR, is an "
         "agentless event noun with no CAMEO code, not coded (guideline: event nouns without an agent not coded)"),
 4: ([], "Release on Assistant Secretary Bitter's travel to Tucson, Nogales and Houston (27 June 2022): 'You can also "
         "find updates on Assistant Secretary Bitter's travel by following @TravelGov on Twitter' = a pointer for "
         "readers, no act (held-out 291 row 16, held-out 283 row 14 and set 275: a Twitter pointer uncoded); the "
         "travel itself, to passport facilities and a consulate of the Department's own, is anaphoric here and "
         "internal business (set 274: internal visits to US passport facilities uncoded)"),
 5: ([("traveled to Chile", "042", "USA/GOV", "CHL", False, A, N, False),
      ("the close ties and productive collaboration between Chile and the United States", "050", "USA/GOV",
       "CHL/GOV", False, A, N, True)],
     "Release on Under Secretary Zeya's travel to Chile (6 May 2022) -> USA/GOV; 'traveled to Chile, May 3-5' = a "
     "realised trip -> 042 (guideline: visit 042) to the bare country (set 243: 'traveled to Bridgetown, Barbados' a "
     "042 to bare BRB; set 287: 'traveled to Jeddah' a 042 to bare SAU); 'to reaffirm the close ties and productive "
     "collaboration between Chile and the United States' = the trip's purpose, whose object is a relationship and "
     "cooperation noun naming its two parties -> one nominal 050, asserted as an existing relationship, the ties "
     "and the collaboration one actor pair (set 289: 'to highlight the enduring relationship between the United "
     "States and Solomon Islands' a nominal 050; set 255: 'this wonderful relationship of cooperation between the "
     "United States and Senegal', a trip's purpose object, a nominal 050; README choices: a cooperation named by its "
     "parties is a nominal 050), symmetric, coded once from the document's own government (guideline: a symmetric "
     "event coded from the first-named actor or the document's own government; set 289 the same) (borderline "
     "CHL/GOV -> USA/GOV from the first-named party, as held-out 291 row 0's memorandum; or uncoded as the object of "
     "a purpose clause, as set 255 flagged); 'reaffirm' is folded into the relationship (set 243: 'We reaffirm our "
     "strong partnership' folded into the 050) (borderline a separate asserted 030)"),
 6: ([], "Price's readout of Blinken's call with Ethiopian Prime Minister Abiy (6 July 2021): 'the Secretary "
         "emphasized the urgency of holding an inclusive political dialogue to begin the difficult work of forging a "
         "lasting resolution to the country's ethnic and political divisions' = an emphasis with no request verb, "
         "read as a deontic (guideline: 'it is important to ...' is demanded, coding Y only), whose Y, the dialogue, "
         "names neither a convenor nor a participant in the sentence, only the country's 'divisions' (held-out 243 "
         "row 18: 'The Chadian people deserve an inclusive national dialogue where all stakeholders can come "
         "together' uncoded; held-out 249 row 13: Venezuelan-led negotiations 'with participation from all "
         "stakeholders' uncoded; set 256: Lenderking's 'comprehensive, inclusive peace process' naming no party "
         "uncoded; set 278: an Ethiopian 'cessation of hostilities' naming no party uncoded) (borderline a demanded "
         "043 ETH/GOV -> ETH/CVL, the Abiy government as convenor taken from the call's addressee, as set 174's "
         "'working on a national dialogue' a 043 SSD/GOV -> SSD/CVL; or a 106 USA/GOV -> ETH/GOV, reading the "
         "emphasis made to Abiy in the call as a request, as the sentence before's 'urged Prime Minister Abiy'); "
         "'emphasized' itself is a statement (01x); 'to begin the difficult work of forging a lasting resolution' is "
         "the purpose, naming no parties"),
 7: ([], "Release on the Fortune-U.S. Department of State Global Women's Mentoring Partnership (9 May 2022): 'The 15 "
         "participants will spend a month working with executives from the Fortune Most Powerful Women community to "
         "enhance their business and leadership skills and expand their networks' describes what an exchange "
         "programme's participants will do, businesswomen from eleven countries named only in the text after, with "
         "the mentors of a private business network (held-out 286 row 15: the TechWomen participants' 'will "
         "strengthen business ties' uncoded as an exchange programme's expected results; held-out 279 row 16 and "
         "held-out 23: an exchange programme's description uncoded; held-out 15: mentoring not an act between "
         "political actors) (borderline a future 050 from each named country's BUS to USA/BUS, or a future 070 "
         "USA/BUS with no target)"),
 8: ([("a continued assault on political pluralism and fundamental freedoms", "175", "CHN/GOV", "HKG/CVL", False, A,
       N, True),
      ("a continued assault on political pluralism and fundamental freedoms", "175", "HKG/GOV", "HKG/CVL", False, A,
       N, True)],
     "G7 Foreign Ministers' statement on the Hong Kong Chief Executive selection (9 May 2022, released by the "
     "Department); 'We, the G7 Foreign Ministers of Canada, ..., and the High Representative of the European Union, "
     "underscore our grave concern over the selection process for the Chief Executive in Hong Kong' = expressed "
     "concern, 01x, not coded (guideline; README choices: 'are alarmed by' is expressed concern), so set 242's "
     "one-event-per-named-government rule for this formula has no event to apply to; 'the selection process for the "
     "Chief Executive' is an electoral procedure, no CAMEO act; 'as part of a continued assault on political "
     "pluralism and fundamental freedoms' = a metaphor for the real curtailment of political rights that the next "
     "sentence describes (increasing non-elected members of the Election Committee and 'dramatically curtailing the "
     "number of voters eligible') -> repression 175 (README choices: 'a full assault on media freedom', a metaphor "
     "for a real crackdown, is 175; set 241: 'the regime's attacks on civil liberties and democracy' a nominal 175) "
     "(borderline 1721 for restrictions on political freedoms, as set 268's Hong Kong 'stifled the democratic "
     "aspirations' and set 239's repressive laws; or uncoded as figurative), an event noun whose agent is plain "
     "only from the next sentence, 'PRC and Hong Kong authorities' (README choices: an event noun whose agent is "
     "plain only from the text around it is coded) -> one nominal 175 each from CHN/GOV and HKG/GOV (set 269: the "
     "document's 'Hong Kong and Beijing authorities' split into HKG/GOV and CHN/GOV) (borderline uncoded as an "
     "agentless event noun, the guideline's default), to the people of Hong Kong -> HKG/CVL (README choices: Hong "
     "Kong residents are HKG/CVL; the sentence after: 'the ability of Hong Kongers to be legitimately "
     "represented'), asserted as ongoing ('continued')"),
}
