"""Hand annotations for the TWO-HUNDRED-AND-NINETY-FIFTH held-out event gold set (source of events-heldout295.jsonl).

Keyed by the row index of selection-heldout295.jsonl (output of select_statement_sentence_heldout.py 295; rows 0-8
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
    python3 data/gold/build_events.py --selection selection-heldout295.jsonl \\
        --annotations annotations_heldout295 --output events-heldout295.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will travel to Mexico City, Mexico", "036", "USA/GOV", "MEX", False, F, N, False),
      ("to meet with President", "036", "USA/GOV", "MEX/GOV", False, F, N, False),
      ("accelerate cooperation", "030", "USA/GOV", "MEX/GOV", False, F, N, False)],
     "Release on Special Presidential Envoy for Climate Kerry's travel to Mexico (13 June 2022); Kerry as envoy -> "
     "USA/GOV; 'will travel to Mexico City, Mexico, on June 14' = an announced trip, the day after the release -> 036 "
     "future to the bare destination country (README choices: a trip under way is 042 asserted, an announced one 036 "
     "future; set 268 row 0: Kerry's February 2022 'will travel to Mexico City' a future 036 to bare MEX), Mexico "
     "City the place of the visit, not a metonym; 'to meet with President Andrés Manuel López Obrador and other "
     "government officials' = announced meetings with the Mexican government -> a second 036 future to MEX/GOV, the "
     "President and the other officials one actor (guideline: one event per actor pair; set 238: 'will travel to "
     "Jerusalem, where he will meet with' the Israeli leaders a future 036 to bare ISR plus one to ISR/GOV; set 268 "
     "row 0: 'to engage with government counterparts' a second future 036 to MEX/GOV) (borderline folded into the "
     "trip as its purpose); 'to continue ongoing engagement to accelerate cooperation in tackling the climate "
     "crisis' = future cooperation between the two governments -> 030 future to MEX/GOV, exactly as set 268 row 0 "
     "coded 'accelerate cooperation on the climate crisis' in Kerry's earlier Mexico release (README: 'hope that "
     "we can work together' 030 future), 'continue ongoing engagement' folded into the meeting and the cooperation "
     "as their frame (borderline a separate future 030 or 036 for the continued engagement, or 0311; or the whole "
     "purpose clause uncoded)"),
 1: ([("intends to provide", "070", "USA/GOV", "UKR/GOV", False, F, N, False),
      ("President Putin’s premeditated, unprovoked, and unjustified attack", "190", "RUS/GOV", "UKR", False, A, N,
       True)],
     "Blinken's statement on $100 million in new civilian security assistance for Ukraine (26 Mar 2022) -> USA/GOV; "
     "'The United States intends to provide an additional $100 million in civilian security assistance' = planned "
     "material aid -> 'intends to' read as 'plans to', future, the material act keeping its own code (guideline: "
     "future conflictual or material acts keep their own code; held-out 1 row 25: 'intends to provide' a 070 "
     "future), generic material aid 070, the assistance being equipment, vehicles and supplies for police and "
     "border forces (sentence after), 'civilian' excluding military aid (borderline 072 for the armored vehicles and "
     "tactical equipment, 071 for the funding, or an asserted 033 as an explicit intent verb, as set 113's 'We "
     "intend to join'); recipient 'the Ukrainian Ministry of Internal Affairs' -> UKR/GOV, a government ministry "
     "(borderline UKR/COP for the State Border Guard Service and the National Police of Ukraine, which the sentence "
     "after names as the equipment's users, or bare UKR); 'to provide essential border security, sustain civil law "
     "enforcement functions, and safeguard critical governmental infrastructure' = the Ministry's own domestic "
     "functions, the purpose, not coded; 'in the face of President Putin's premeditated, unprovoked, and "
     "unjustified attack' = an attack noun with its agent -> nominal 190 (guideline: generic military attack 190; "
     "'Russia's invasion' nominal), Putin -> RUS/GOV (set 247: 'President Putin's war of choice' a nominal 190 "
     "RUS/GOV -> UKR; set 283: 'further premeditated, unprovoked, and unjustified attacks on Ukraine' a nominal "
     "190) to the bare country attacked, Ukraine taken from the same sentence's 'Ukrainian' and the title "
     "(guideline: target of an invasion bare) (borderline RUS/MIL, as set 283, or 192 for the invasion)"),
 # --- State Dept random: nocue
 2: ([], "Price's statement on the Hamas investment-network designations (24 May 2022): 'For more information on this "
         "action, please see the Department of the Treasury's press release' = a pointer for readers, no act between "
         "political actors (held-out 287 row 7, held-out 275 and set 291 row 16: pointers for readers uncoded); "
         "'this action' is the anaphoric designation of the sentences before, already named there and an event noun "
         "without an agent in this sentence (guideline: event nouns without an agent not coded; sets 267, 282 and 288: "
         "the anaphoric 'This designation' uncoded) (borderline a nominal 163 USA/GOV -> PSE/REB)"),
 3: ([], "Release extending the temporary measure allowing return travel on expired U.S. passports (23 Mar 2022): "
         "'Certain criteria apply, and we encourage U.S. citizens to confirm their eligibility for traveling on an "
         "expired passport at [the travel.state.gov page] prior to finalizing travel arrangements' = consular advice "
         "to private travellers about the Department's own passport rules, domestic administration with no act "
         "between political actors (set 245 row 2: travel recommendations for passport applicants uncoded; held-out "
         "287 row 15 and sets 274 and 277: passport procedure and internal Department business uncoded; held-out "
         "291 row 5 and set 263: instructions to readers uncoded) (borderline a generic 100 USA/GOV -> USA/CVL for "
         "'we encourage U.S. citizens to confirm', as set 197's 'encourages ... to move forward' a generic 100)"),
 4: ([], "Joint Statement on Cuba (26 July 2021): 'The following statement was released by the Governments of Austria, "
         "..., Ukraine, and the United States of America' = the release of a joint statement, a public statement "
         "(guideline: CAMEO 01x not coded; README choices, sets 239, 251 and 274: releasing a joint statement "
         "uncoded); the condemnation and the calls on the Cuban government are in the statement's text that follows, "
         "not in this sentence (README choices: a request whose verb falls outside the selected sentence is left "
         "uncoded) (borderline a nominal 050 from USA/GOV to each of the twenty co-signing governments for their "
         "joint action, as set 227's 'the close partnership between our countries')"),
 5: ([("looks forward to continuing this important partnership", "030", "USA/GOV", "PER/GOV", False, F, N,
       False)],
     "Price's statement on Peru's 6 June runoff (22 June 2021) -> USA/GOV; 'The United States looks forward to "
     "continuing this important partnership with the candidate duly elected by the people of Peru' = 'look "
     "forward to' + the speaker's own continued cooperation -> 030 future (guideline: 'look forward to' future, "
     "future cooperative acts get 03x; set 277: 'look forward to strengthening our partnership' one future 030 to "
     "SLB/GOV, the partnership folded in; held-out 291 row 12: 'looks forward to building an even brighter future "
     "together as partners' a 030 future), 'this important partnership' being the anaphoric 'Cooperation between "
     "the United States and Peru' of the sentence before and so not coded again as a nominal 050 (guideline: a "
     "repeated mention is coded once) (borderline a separate nominal 050, as set 248); the partner, 'the candidate "
     "duly elected', is Peru's incoming government although the result was not yet proclaimed on the document's "
     "date -> PER/GOV (README choices: a president-elect is the incoming government) (borderline hypothetical, the "
     "winner still to be confirmed, or PER/OPP for a candidate not yet in office); 'duly elected by the people of "
     "Peru' is an election, which has no CAMEO code, and 'as confirmed by Peru's electoral authorities' a domestic "
     "certification procedure, both not coded (set 216: the Constitutional Court's proclamation of a result "
     "uncoded)"),
 6: ([], "Release on Blinken's release of the 2021 Human Rights Reports (11 Apr 2022): 'The reports will be available "
         "to the public on www.state.gov following the Secretary's remarks' = publication logistics and a pointer for "
         "readers, no act between political actors (set 263: a domestic report release uncoded; held-out 287 row 7 "
         "and held-out 275: pointers for readers uncoded); 'the Secretary's remarks' are a public statement (held-out "
         "260 row 0: 'will deliver keynote remarks' uncoded as 01x)"),
 7: ([], "Public Schedule of 1 July 2021: 'Department Press Briefing with Spokesperson Ned Price' = a schedule item for "
         "the Department's own press briefing, a public statement to the press (guideline: CAMEO 01x not coded; "
         "held-out 260: 'will deliver keynote remarks' uncoded as a statement) and internal Department business "
         "(set 229: internal schedule meetings uncoded; set 252: 'Has no public appointments' uncoded), no act between "
         "political actors (borderline a future nominal 036 USA/GOV -> USA/MED, as the README choices' 'a meeting on "
         "a day's public schedule is 036 future, nominal', the briefing being with journalists)"),
 8: ([("will join the delegation in Geneva", "036", "USA/GOV", "org:UN", False, F, N, False),
      ("meetings with high-level counterparts", "036", "USA/GOV", N, False, F, N, True)],
     "Blinken's statement on the 49th session of the UN Human Rights Council (28 Feb 2022) -> USA/GOV; 'Under "
     "Secretary ... Uzra Zeya will join the delegation in Geneva February 28-March 1' = her announced part in the "
     "U.S. delegation 'at this session' of the Council (sentence before), i.e. announced participation in a UN body's "
     "session -> 036 future to org:UN (set 239: Kerry 'to lead the U.S. delegation' to the UN Ocean Conference a "
     "future 036 to org:UN; held-out 230 row 25 and held-out 285 row 16: 'will lead the U.S. delegation' to a UN "
     "committee a future 036 to org:UN; sets 214, 240 and 242: the Human Rights Council -> org:UN), future because "
     "the release, dated the session's first day, announces it (borderline uncoded as joining one's own government's "
     "delegation, internal business, or org:UNGA, the Council being the General Assembly's subsidiary body); 'in "
     "Geneva' names the venue with no travel verb, so no separate trip event (set 276: 'met ... in Hanoi' names no "
     "visit; held-out 291 row 13: 'in France' the venue and no trip stated) (borderline a future 036 to bare CHE, as "
     "set 239's trip to bare PRT); 'for meetings with high-level counterparts and international humanitarian "
     "partners' = announced meetings with unnamed counterparts and unnamed humanitarian organisations, uncoded "
     "collectives -> one future 036 with no target, both groups giving the same actor pair (guideline: one event "
     "per actor pair; set 288 row 0: 'bilateral discussions with international counterparts' a future 036 with no "
     "target; held-out 286 row 1: meetings with unnamed 'diplomatic partners' the same), nominal on the noun "
     "'meetings' (README choices: a meeting on a day's public schedule is 036 future, nominal) (borderline folded "
     "into the Council session, or a second 036 with no target for the humanitarian partners)"),
}
