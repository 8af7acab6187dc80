"""Hand annotations for the TWO-HUNDRED-AND-NINETY-SIXTH held-out event gold set (source of events-heldout296.jsonl).

Keyed by the row index of selection-heldout296.jsonl (output of select_statement_sentence_heldout.py 296; rows 0-8
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
    python3 data/gold/build_events.py --selection selection-heldout296.jsonl \\
        --annotations annotations_heldout296 --output events-heldout296.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("He also will discuss", "036", "USA/GOV", "EST/GOV", False, F, N, False),
      ("He also will discuss", "036", "USA/GOV", "LVA/GOV", False, F, N, False),
      ("He also will discuss", "036", "USA/GOV", "EST/BUS", False, F, N, False),
      ("He also will discuss", "036", "USA/GOV", "LVA/BUS", False, F, N, False)],
     "Travel announcement for ENR Senior Bureau Official Kamian (24 May 2022) -> USA/GOV; 'He' = Kamian, and the "
     "discussions are those of the announced trip to Tallinn and Riga, 'where he will meet with government officials "
     "and energy sector leaders' (two sentences before) -> announced talks, 036 future (guideline: future meetings and "
     "discussions 036), the interlocutors taken from the text before, one per country and sector named (set 261 row "
     "0: Nuland's 'They will discuss' one future 036 each to MOZ/GOV and MOZ/CVL, the sectors named in the sentence "
     "before; set 261 row 1: 'he will discuss' one future 036 per Baltic government; set 239: announced meetings one "
     "036 per sector; set 287: 'energy sector and corporate governance leaders' -> UKR/BUS) (borderline the two "
     "governments only, the topic being their efforts, or all folded into the meetings of the sentence two before, "
     "which is not part of this row); 'also' adds this topic to the discussion of the sentence before, coded once "
     "here for this sentence's own verb; 'Estonia's and Latvia's efforts to diversify energy suppliers and accelerate "
     "the deployment of renewable energy sources' = the discussion topic, the two governments' domestic energy "
     "policy, with no counterpart named, not coded (held-out 11 row 27: diversifying sources and reducing "
     "consumption are domestic; set 224: Algeria's efforts to diversify its economy domestic) (borderline a nominal "
     "160 from each government to bare RUS, reading the diversification as the 'reduce Europe's dependence on "
     "Russian fossil fuels' of the sentence before, as held-out 11's 'reduce reliance on Russian oil' 160, though "
     "this sentence names no supplier)"),
 1: ([("will meet with Deputy Foreign Minister Sheikh Khalifa Al Harthy", "036", "USA/GOV", "OMN/GOV", False, F, N,
       False),
      ("our shared commitment to bolstering", "030", "USA/GOV", "OMN/GOV", False, A, N, True),
      ("the U.S.- Oman bilateral relationship", "050", "USA/GOV", "OMN/GOV", False, A, N, True)],
     "Travel announcement for Deputy Secretary Sherman's trip to the PRC and Oman (21 July 2021) -> USA/GOV; 'In Oman, "
     "the Deputy Secretary will meet with Deputy Foreign Minister Sheikh Khalifa Al Harthy' = an announced meeting "
     "-> 036 future (guideline: future meetings 036; held-out 11 row 2 on the same release: 'meet with PRC "
     "officials' a future 036 to CHN/GOV), the Omani deputy foreign minister -> OMN/GOV; 'In Oman' is the place, the "
     "trip itself being announced in the release's first sentence, not this one (set 238 coded a trip and the "
     "meetings on it as separate events, each on its own verb); 'to discuss' is the purpose of the same meeting, a repeated "
     "mention coded once (guideline; set 276 row 9: 'met with' and 'discussed' the same meeting); 'advancing peace "
     "and security in the region' is a topic naming no party, not coded (set 256: a topic with no party uncoded); "
     "'our shared commitment to bolstering the U.S.- Oman bilateral relationship' = a stated intent to cooperate "
     "between the two named governments -> nominal 030, asserted as a standing commitment, coded once from the "
     "document's government (set 276 row 9: 'our mutual commitment to a strong bilateral relationship' a nominal 030 "
     "USA/GOV -> AGO/GOV; set 265: 'the U.S. and ROK commitment to ongoing close collaboration' a nominal 030) "
     "(borderline uncoded as a discussion topic, as set 268's 'mutual commitment to addressing climate change'); "
     "'the U.S.- Oman bilateral relationship' = a relationship noun naming both parties -> nominal 050, symmetric, "
     "from the document's government (set 281: the named 'U.S.-DRC Privileged Partnership' a nominal 050 beside the "
     "030 of the commitment to strengthening it; set 289: 'the U.S.-Ghana bilateral relationship' as a trip's "
     "purpose object a nominal 050) (borderline folded into the 030, as set 277's 'look forward to strengthening our "
     "partnership' and set 276's 'a strong bilateral relationship')"),
 # --- State Dept random: nocue
 2: ([("spoke by phone with", "040", "USA/GOV", "CHN/GOV", False, A, N, False)],
     "Price's readout of Blinken's call with Yang Jiechi (11 June 2021); the sentence starts after the splitter's cut "
     "in 'Antony J. Blinken', its subject the Secretary -> USA/GOV (README choices: a subject cut off by the splitter "
     "is taken from the context); 'spoke by phone with ... Yang Jiechi today' = a realised call -> 040 (guideline: "
     "discuss/consult 040; set 281: 'Blinken spoke with ... Stoltenberg' a 040), Yang as CCP Politburo Member and "
     "Director of the Office of the Foreign Affairs Commission, the ruling party's foreign-policy chief -> CHN/GOV "
     "(set 276: a Vietnamese Communist Party commission chairman folded into VNM/GOV; held-out 23 row 6, the same "
     "call: 'called on Beijing' -> CHN/GOV) (borderline a party code with no sector in the guidelines)"),
 3: ([("We are disappointed", "110", "USA/GOV", "BLR/GOV", False, A, N, False),
      ("opted to walk away", "160", "BLR/GOV", N, False, A, N, False)],
     "Joint Statement on Belarus by the Governments of the United States, Canada and the United Kingdom and the EEAS "
     "(21 June 2021); 'We' of a joint statement released by the Department whose sentence names no government -> "
     "USA/GOV, not split (guideline: 'we' in joint statements -> USA/GOV; set 243: a seven-signatory statement's 'We "
     "are united in our condemnation' one 111 USA/GOV, not split; the first set, row 57, on this same statement: 'we "
     "have taken coordinated sanctions action' one 163 USA/GOV -> BLR/GOV) (borderline one event per signatory named "
     "in the header, CAN/GOV, GBR/GOV and org:EU too, as set 242's statement whose sentence named them); 'We are "
     "disappointed' -> 110 (guideline: 'disappointed' 110) to 'the regime' = the Lukashenka regime of the paragraph "
     "-> BLR/GOV; 'the regime has opted to walk away from its human rights obligations, adherence to democratic "
     "principles, and engagement with the international community' = a realised abandonment of undertakings, "
     "presupposed by the factive 'disappointed' -> asserted; coded as reneging, 160 (README choices, set 207: "
     "'reneged on all the commitments of his Government' a 160 after PETRARCH's RENEGE ON PROMISE; set 259: "
     "'backtracking on previously undertaken commitments' a 160; set 289: the Taliban's 'reversing their commitment "
     "to the people of Afghanistan' a 160), one event for the one verb over its three objects, with no target: the "
     "obligations and principles name no counterpart and 'the international community' is an uncoded collective "
     "(guideline) (borderline split by object, as set 268 split 'total denial of the peace process and United "
     "Nations resolutions': a 160 to BLR/CVL for the human rights obligations, a 128 for democratic principles, a "
     "160 with no target for the engagement; or uncoded as the speaker's characterisation of the repression named in "
     "the sentence before, as held-out 6's characterisation rule); 'opted to' marks a choice made, not an intent"),
 4: ([], "Readout of Deputy Secretary McKeon's meetings in Atlanta and Clarkston (25 June 2021): 'On Thursday, June 24, "
         "Deputy Secretary of State for Management and Resources Brian P.' = a fragment cut by the splitter after "
         "'Brian P.', its verb ('McKeon traveled to Atlanta and Clarkston, Georgia ... and met with') lying after the "
         "cut -> not coded (README choices: a fragment whose verb falls after the cut is left uncoded; set 130; set "
         "250) (borderline a domestic 042 USA/GOV, which would in any case be internal travel; held-out 23 row 20 "
         "coded this document's discussions, a 040 to USA/NGO, in another sentence)"),
 5: ([], "Statement on the passing of former Angolan President dos Santos (12 July 2022): 'He played a consequential "
         "role in Angola's history, during its struggle for independence, as Foreign Minister, and as President' = "
         "an evaluation of a career and offices held, no act between political actors (set 204: holding an office "
         "uncoded; README choices: evaluations uncoded); 'its struggle for independence' = Angola's liberation "
         "struggle named only as a time frame, left uncoded following set 281's 'Both of our countries emerged after "
         "intense struggles for independence' (borderline a historic nominal 190 from bare AGO to PRT/GOV, as sets "
         "110 and 212 coded 'armed' liberation struggles, or a nominal 140, as set 101's ANC struggle); the "
         "condolences of the sentence before are not coded (README choices)"),
 6: ([("My sincere congratulations", "051", "USA/GOV", "KIR/CVL", False, A, N, False)],
     "Blinken's Kiribati National Day message (11 July 2022); 'My sincere congratulations as you celebrate this "
     "momentous day' = a verbless congratulation, performative -> 051 (guideline: congratulate 051; README choices: "
     "congratulating a people on a national day is 051), not nominal (held-out 76 row 54 and set 173: 'sincere "
     "congratulations' and 'deep appreciation' not nominal); the Secretary speaking 'On behalf of the United States of "
     "America' (first sentence) -> USA/GOV; 'you' = the addressees of the message's first sentence, 'the citizens of "
     "Kiribati' -> KIR/CVL (set 259: 'I congratulate the Mauritian people' -> MUS/CVL; held-out 25 row 29: 'the "
     "people of Estonia' -> EST/CVL) (borderline bare KIR, as set 249's 'I congratulate Egypt', or uncoded as "
     "well-wishing, as set 260's national-day best wishes; held-out 2 row 28 left another sentence of this message, "
     "an evaluation, uncoded); celebrating the day is no act"),
 7: ([("we are proud to stand with you", "051", "USA/GOV", "KOR", False, A, N, False),
      ("we work together", "050", "USA/GOV", "KOR", False, A, N, False)],
     "Blinken's Republic of Korea National Day message (13 Aug 2021) -> USA/GOV; 'we are proud to stand with you' -> "
     "051 (README choices: 'stand with' is 051 throughout), one-directional, not the uncoded mutual 'stand together' "
     "of sets 255 and 263; 'you' is addressed in the message's first sentence as 'the people of the Republic of "
     "Korea', but here it is the ally of the U.S.-ROK Alliance just named, with whom 'we work together' -> the "
     "country as a whole, bare KOR (set 272: 'stand with our Malawian partners and friends' a 051 to bare MWI; "
     "held-out 22 row 34: 'we were proud to stand with Croatia' a 051 to bare HRV) (borderline KOR/CVL as the "
     "message's literal addressees, as row 6 of this set, or KOR/GOV for the ally); 'as we work together to tackle "
     "the most pressing global challenges of the 21st century' = ongoing cooperation of the two -> 050 asserted, "
     "symmetric, coded once from the document's government, to the same 'you' -> bare KOR (set 257: 'We are working "
     "together' a 050; set 290: 'we work together' a 050 to GBR/GOV) (borderline KOR/GOV, as those sets' "
     "governments were the speakers' counterparts); 'The U.S.-Republic of Korea Alliance has stood as the linchpin "
     "... for nearly seven decades' = the standing alliance within which that cooperation runs, the same actor pair "
     "and code, folded into the 050 (set 257: the U.S.-Japan Alliance folded into the nominal 050 for 'our extensive "
     "cooperation') (borderline a separate nominal 050 USA/GOV -> KOR/GOV, as sets 255 and 264 coded 'The U.S.-Thai "
     "Alliance is essential' and 'The U.S.-Japan Alliance is the cornerstone' where no other cooperation was named); "
     "'the linchpin of peace, security, and prosperity' is an evaluation"),
 8: ([("Our relationship", "050", "USA/GOV", "CPV/GOV", False, A, N, True),
      ("we hope this relationship will only strengthen", "030", "USA/GOV", "CPV/GOV", False, F, N, False)],
     "Blinken's Cabo Verde National Day message (5 July 2022) -> USA/GOV; 'Our relationship is over 200 years old' = "
     "the standing relationship of 'The United States and Cabo Verde' (sentence before), a relationship noun with "
     "its agent 'Our' -> nominal 050, habitual, symmetric, coded once from the document's government to CPV/GOV (set "
     "251: 'Two centuries of close cooperation' with Denmark and 'Our ... ties are stronger than they have ever been' "
     "with Kuwait one nominal 050 each; set 283: 'cherishes our enduring relationship with Portugal' a nominal 050; "
     "held-out 291 row 12: 'Our countries have built strong ties over the last 140 years' a 050 to SRB/GOV) "
     "(borderline uncoded as a statement of age, as set 256's anniversary of relations and held-out 25 row 41's 'Our "
     "intertwined histories ... make our relationship so special'; or bare USA -> bare CPV); 'and we hope this "
     "relationship will only strengthen in the coming years' = the speaker's hope about its own cooperation -> 030 "
     "future (README choices: 'hope that we can work together' is 030 future; set 263: 'We hope that the year ahead "
     "brings renewed opportunities for cooperation' a future 030 USA/GOV -> ZAF/GOV), not the uncoded optative hope "
     "about another actor's act, since the relationship is the speaker's own (borderline uncoded as optative "
     "well-wishing)"),
}
