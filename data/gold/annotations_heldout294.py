"""Hand annotations for the TWO-HUNDRED-AND-NINETY-FOURTH held-out event gold set (source of events-heldout294.jsonl).

Keyed by the row index of selection-heldout294.jsonl (output of select_statement_sentence_heldout.py 294; rows 0-8
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
    python3 data/gold/build_events.py --selection selection-heldout294.jsonl \\
        --annotations annotations_heldout294 --output events-heldout294.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will meet with", "036", "USA/GOV", "ETH/GOV", False, F, N, False),
      ("will meet with", "036", "USA/GOV", "org:AU", False, F, N, False),
      ("will meet with", "036", "USA/GOV", "org:UN", False, F, N, False),
      ("representatives of humanitarian organizations", "036", "USA/GOV", N, False, F, N, False)],
     "Release on Special Envoy for the Horn of Africa Satterfield's travel to Addis Ababa, February 13-14 (13 Feb "
     "2022) -> USA/GOV; 'Special Envoy Satterfield will meet with Ethiopian government, African Union, and United "
     "Nations officials' = announced meetings with named interlocutors -> 036 future (guideline: future meetings "
     "036; README choices: an announced trip 036 future), the compound target split into one event per actor "
     "(guideline): Ethiopian government officials -> ETH/GOV, African Union officials -> org:AU, United Nations "
     "officials -> org:UN (set 267: 'to meet with NATO and European Union officials' one future 036 each to "
     "org:NATO and org:EU; set 239: meetings 'with senior government officials and young leaders in civil society' "
     "one future 036 per sector); 'as well as representatives of humanitarian organizations' = a further group "
     "met, the organisations unnamed and of no stated nationality -> a separate future 036 with no target (set 262: "
     "'humanitarian organization staff and volunteers' a second future 036 with no target; set 269: the unnamed "
     "international organisations a second 036 with no target) (borderline folded into the org:UN meeting, or "
     "ETH/NGO); the trip itself is in the sentence before and not coded here"),
 1: ([("will also hold discussions with business leaders", "036", "USA/GOV", "AGO/BUS", False, F, N, False),
      ("Mandela Washington Fellowship alumni", "036", "USA/GOV", "AGO/CVL", False, F, N, False)],
     "Release on Deputy Secretary Sherman's travel to South Africa, Angola, Gabon and France (29 Apr 2022); 'She' = "
     "Sherman (sentence before) -> USA/GOV; 'will also hold discussions with business leaders' in Luanda (the "
     "paragraph's Angola leg) = an announced meeting -> 036 future (guideline: future meetings 036), the business "
     "leaders of the country visited -> AGO/BUS, exactly as held-out 6 row 18 coded the same release's South "
     "African leg ('will meet with business leaders and entrepreneurs' 036 future to ZAF/BUS); 'and Mandela "
     "Washington Fellowship alumni' = a second group met, Angolan alumni of the U.S. young African leaders' "
     "exchange programme -> a second future 036 to AGO/CVL (held-out 9 row 14: 'will meet with U.S. exchange "
     "alumni' in Thailand a future 036 to THA/CVL; README choices: a future convening of several sectors is one "
     "036 per sector) (borderline one 036 with no target for the alumni, as held-out 16 and set 252 for alumni of "
     "no stated nationality, or AGO/NGO); 'who are working to promote women's entrepreneurship and youth "
     "engagement' describes the alumni's domestic work, no act between political actors"),
 # --- State Dept random: nocue
 2: ([("Blinken spoke today with", "040", "USA/GOV", "COL/GOV", False, A, N, False)],
     "Price's readout of Blinken's call with Colombian Vice President and Foreign Minister Ramirez (26 July 2021); "
     "the sentence starts after the splitter's cut in 'Antony J. Blinken', its subject Blinken -> USA/GOV (README "
     "choices: a subject cut off by the splitter is taken from the context); 'spoke today with' = a realised call "
     "-> 040 (guideline: discuss/consult 040; held-out 4 row 41: 'spoke today with' 040), Ramirez as Vice President "
     "and Foreign Minister -> COL/GOV, symmetric and coded once from the document's government"),
 3: ([("will travel to France", "036", "USA/GOV", "FRA", False, F, N, False),
      ("to participate in the One Planet Summit for the Ocean", "036", "USA/GOV", "FRA/GOV", False, F, N, False)],
     "Release on Assistant Secretary Medina's travel to France, February 8-11 (8 Feb 2022) -> OES Assistant "
     "Secretary, USA/GOV; 'will travel to France' = an announced trip -> 036 future to the bare destination country "
     "(README choices: an announced trip is 036 future; set 288: Fernandez's trip a future 036 to bare FRA beside "
     "the Ministerial); 'to participate in the One Planet Summit for the Ocean (One Ocean Summit), sponsored by the "
     "Government of France' = future participation in a summit whose convenor the sentence names -> a second 036 "
     "future to the host, FRA/GOV (set 224: participation in a gathering is a 040 to its host; held-out 291 row 13: "
     "'will participate in' a summit a future 036 to its convening institution; set 288: participation in the IEA "
     "Ministerial a future 036 to org:IEA), an infinitive and not nominal; 'sponsored by the Government of France' "
     "is the host's convening of the same summit, folded into the participation (README choices: a meeting both "
     "'participated in' and 'hosted by' is coded once, from the participant) (borderline a separate future 036 "
     "FRA/GOV with no target, as set 239's 'convened by' and 'co-hosted by' for the UN Ocean Conference, or an "
     "asserted 043 as held-out 291 row 3's 'hosted by'; or target null for the multilateral summit, as held-out 245 "
     "row 21 left Kerry's engagements at the same summit with no target)"),
 4: ([], "Blinken's message on the 26th anniversary of the Srebrenica genocide (11 July 2021): 'As we reflect upon "
         "this anniversary' is a commemoration, not coded (set 256: an anniversary uncoded; set 249: a commemoration "
         "uncoded); 'we reaffirm our commitment to work to prevent future atrocities' = an abstract commitment to a "
         "goal with no counterpart or beneficiary named, the atrocities to be prevented hypothetical and agentless "
         "(guideline: abstract policy positions without an actor not coded; set 248 and set 280: abstract "
         "commitments uncoded; set 273: 'a reaffirmed commitment to the Roma' uncoded) (borderline an asserted 030 "
         "USA/GOV with no target, as held-out 283's 'remains committed to working to advance democracy', or a 032 "
         "to BIH/CVL from the victims' families of the paragraph before, as held-out 22 row 41 coded the same "
         "message's 'We stand with the families' a 051 to BIH/CVL)"),
 5: ([("will travel to Berlin, Germany", "036", "USA/GOV", "DEU", False, F, N, False),
      ("to participate in the Petersberg Climate Dialogue", "036", "USA/GOV", N, False, F, N, False)],
     "Release on Special Presidential Envoy for Climate Kerry's travel to Germany (18 July 2022) -> USA/GOV; 'will "
     "travel to Berlin, Germany, July 19-20' = an announced trip -> 036 future to the bare destination country "
     "(README choices; held-out 248 row 18: 'will travel to Brussels' a future 036 to bare BEL), Berlin a place; "
     "'to participate in the Petersberg Climate Dialogue' = future participation in a meeting whose convenor the "
     "document never names -> a second future 036 with no target (set 233: 'will attend the \"Road to Prespa\" "
     "Conference' a second future 036 with no target, its convenor unnamed; held-out 250 row 1: the Global "
     "Coalition meeting a second future 036 with no target) (borderline DEU/GOV, Germany's Foreign Office hosting "
     "the Dialogue, known only from outside the text, or folded into the trip)"),
 6: ([], "Release on the renewal of the IDET advisory committee's charter (14 July 2022): 'For further information on "
         "IDET activities or to subscribe to IDET email notifications, please contact IDET@state.gov' = a contact "
         "pointer for readers, no act between political actors (held-out 278 row 16 on the Cultural Property "
         "Advisory Committee's charter and held-out 290 row 13: contact pointers uncoded)"),
 7: ([("Blinken spoke today with", "040", "USA/GOV", "org:UN", False, A, N, False)],
     "Price's readout of Blinken's call with UN Special Envoy for Yemen Grundberg (17 Feb 2022); the sentence starts "
     "after the splitter's cut in 'Antony J. Blinken', its subject Blinken -> USA/GOV (README choices); 'spoke today "
     "with' = a realised call -> 040 (guideline; held-out 4 row 41), the Secretary-General's Special Envoy -> org:UN "
     "(set 286: the UN Personal Envoy for Western Sahara is org:UN for the 040; held-out 10 row 16 on the same "
     "readout), symmetric and coded once from the document's government"),
 8: ([("expressed their shared readiness to respond", "130", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("expressed their shared readiness to respond", "130", "org:NATO", "RUS/GOV", False, A, N, False),
      ("expressed their shared readiness to respond", "130", "org:OSCE", "RUS/GOV", False, A, N, False),
      ("expressed their shared readiness to respond", "130", "org:EU", "RUS/GOV", False, A, N, False),
      ("any further Russian aggression against Ukraine", "190", "RUS/MIL", "UKR", False, H, N, True)],
     "Readout of Deputy Secretary Sherman's call with NATO Deputy Secretary General Geoana, Polish Deputy FM "
     "Przydacz representing the OSCE Chairman-in-Office, OSCE Secretary General Schmid and EEAS Secretary General "
     "Sannino (23 Feb 2022); 'Participants' = the five on the call, a compound source split (guideline): Sherman -> "
     "USA/GOV, Geoana -> org:NATO, Sannino -> org:EU, and Przydacz and Schmid both -> org:OSCE, coded once (README "
     "choices: the OSCE Chair-in-Office is org:OSCE; set 264: on a call with the same four officials, 'the OSCE "
     "Chair-in-Office's representative and the OSCE Secretary General are coded once') (borderline a fifth 130 from "
     "POL/GOV, as held-out 4 row 41 coded Przydacz on this same readout's 'spoke today with'); 'expressed their "
     "shared readiness to respond in a forceful and coordinated manner to any further Russian aggression against "
     "Ukraine' = a jointly stated warning of a response should Russia act -> 130 asserted per speaker (guideline: a "
     "threat, warning or statement of resolve is itself asserted 130, the act inside it hypothetical; README "
     "choices: a jointly reaffirmed warning is one 130 per speaker; set 250: 'the U.S. readiness to impose swift, "
     "severe costs on Russia' a 130; set 246: the jointly reaffirmed 'massive consequences and severe costs' one 130 "
     "per partner), carried by the finite 'expressed' and so not nominal (unlike set 267's verbless 'readiness' in "
     "a meeting topic), to RUS/GOV; the unspecified forceful response is not coded separately, 'coordinated' folded "
     "in (borderline 131 or 1312 if read as sanctions, as the sentence before briefed on U.S. sanctions; or 0334 "
     "to UKR as support); 'any further Russian aggression against Ukraine' = the condition the warning names -> "
     "hypothetical nominal 190 RUS/MIL -> bare UKR, exactly as set 267, held-out 20 and 224 coded 'further Russian "
     "aggression against Ukraine' (borderline RUS/GOV)"),
}
