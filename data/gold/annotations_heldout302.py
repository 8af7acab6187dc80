"""Hand annotations for the THREE-HUNDRED-AND-SECOND held-out event gold set (source of events-heldout302.jsonl).

Keyed by the row index of selection-heldout302.jsonl (output of select_statement_sentence_heldout.py 302; rows 0-7
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
    python3 data/gold/build_events.py --selection selection-heldout302.jsonl \\
        --annotations annotations_heldout302 --output events-heldout302.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([], "Release on Deputy Secretary McKeon's travel to Atlanta and Clarkston, Georgia (23 June 2021): 'Deputy Secretary "
         "McKeon will underscore our commitment to welcoming refugees, efforts to rebuild and strengthen the USRAP, and "
         "the importance of state, local, and community involvement in the refugee resettlement process' = the topics "
         "of his announced remarks; 'will underscore' is a statement verb (01x), not coded; 'our commitment to "
         "welcoming refugees' = the U.S. government's standing commitment to admitting refugees whose origin the "
         "sentence never gives, an open class, in a domestic resettlement context -> left uncoded as an abstract "
         "admissions commitment, following held-out 246 row 10 ('We are firmly committed to welcoming people to the "
         "United States' uncoded, its beneficiaries an open class) (borderline a nominal 0333 asserted USA/GOV with no "
         "target, as set 274's Czech 'commitment to provide protection for those seeking refuge' and set 249's 'our "
         "country's commitment to our Afghan allies', CAMEO having no intent code for asylum; or a habitual 075 with no "
         "target, as set 250's USRAP that 'has welcomed' refugees); 'efforts to rebuild and strengthen the USRAP' = "
         "the Department's own domestic programme, uncoded (sets 234 and 237: domestic programmes uncoded); 'the "
         "importance of state, local, and community involvement in the refugee resettlement process' = domestic "
         "participation of U.S. sub-national governments and communities in a U.S. programme, uncoded (set 286: the "
         "state government officials of a McKeon resettlement visit uncoded as the government meeting itself) "
         "(borderline a demanded nominal 050 USA/CVL -> USA/GOV); the visit itself is in the sentences before "
         "(held-out 18 row 30: the accompanying official internal)"),
 # --- State Dept random: nocue
 1: ([], "Blinken's Eid al-Adha message (21 July 2021): 'We are hopeful that many pilgrims will have an opportunity to "
         "perform their pilgrimage once it is safe' = an optative hope about private pilgrims' religious travel, no "
         "act between political actors (README choices: hopes about other actors' acts not coded; held-out 17 row "
         "37: Eid greetings well-wishing, no act) (borderline none: the Hajj pilgrimage is not a political visit)"),
 2: ([], "Blinken's Belgium National Day message (21 July 2022): 'On behalf of the Government of the United States of "
         "America, I send my warm wishes to the people of the Kingdom of Belgium as you observe your National Day' = "
         "well-wishing with no congratulation or praise verb, left uncoded (set 262: 'The United States extends its "
         "warmest wishes to the Portuguese people' well-wishing, uncoded; set 293: national-day best wishes to Cabo "
         "Verde with no congratulation verb uncoded) (borderline a 051 USA/GOV -> BEL/CVL, as set 270's 'I wish a "
         "heartfelt congratulations to the people of Switzerland', which has a congratulation noun); the National Day "
         "is a commemoration (held-out 18 row 34 coded the same message's 'look forward to our continued "
         "collaboration')"),
 3: ([], "Joint statement on the Myanmar regime's executions of pro-democracy and opposition leaders (25 July 2022): "
         "'We remember and mourn all lives lost in Myanmar in the aftermath of the coup' = mourning, a condolence, not "
         "coded (README choices: condolences are not coded); 'all lives lost' is an agentless noun covering every "
         "death since the coup, not only killings, and the sentence before ('those unjustly put to death') is itself "
         "condolence, so no agent is taken from the context (set 248: 'Over 200 UNRWA staff have died' uncoded) "
         "(borderline a nominal 202 MMR/MIL -> MMR/CVL, the regime's 'use of violence' being named two sentences "
         "before); 'the coup' is not coded (README choices: coups have no CAMEO code) (held-out 13 row 8 coded the "
         "same statement's 'We urge the regime' as a 1053)"),
 4: ([("the U.S. commitment to expanding collaboration with the OIC", "030", "USA/GOV", "org:OIC", False, A, N,
       True)],
     "Readout of Blinken's meeting with OIC Secretary General Taha (25 May 2022), attributable to Spokesperson Price -> "
     "USA/GOV; 'reaffirmed' is a statement verb; 'the U.S. commitment to expanding collaboration with the OIC' = a "
     "commitment noun with its agent, stated as a fact -> nominal 030 asserted (README choices: commitments stated as "
     "facts are asserted 03x; held-out 274 row 8: 'reiterated the U.S. commitment to deepening cooperation with the "
     "Republic of Cyprus' a nominal 030; held-out 277 row 14: 'the U.S. commitment to working with ASEAN' a nominal "
     "030; set 265: 'the U.S. and ROK commitment to ongoing close collaboration' a nominal 030), to the organisation "
     "-> org:OIC (held-out 11 row 22: Taha and the U.S.-OIC Strategic Dialogue org:OIC; set 288); 'to advance joint "
     "priorities, including women's empowerment, minority rights, religious freedom, climate change, health issues, "
     "strengthening economic ties, and expanding educational and cultural exchanges' = the purposes of the same "
     "collaboration, folded in (README choices: one commitment with several purposes is coded once) (borderline a "
     "separate nominal 0311 for 'strengthening economic ties' and a nominal 030 for the exchanges, or future modality "
     "for the expansion, as set 274's nominal future 030 for 'opportunities for greater cooperation')"),
 5: ([], "Release on Assistant Secretary Sison's travel to Montreal (1 Mar 2022): 'For updates, follow @State_IO on "
         "Twitter' = a pointer for readers, no act (held-out 299 row 2, held-out 291 row 16: Twitter pointers "
         "uncoded)"),
 6: ([], "Release 'Kingdom of Bahrain Signs the Artemis Accords' (7 Mar 2022): 'The other signatories of the Artemis "
         "Accords are Australia, Brazil, Canada, Israel, Italy, Japan, the Republic of Korea, Luxembourg, Mexico, New "
         "Zealand, Poland, Romania, Ukraine, the United Arab Emirates, the United Kingdom, and the United States' = a "
         "list of the Accords' earlier signatories, a status with an agent noun and no act verb (set 246: a list of "
         "six founding members of a partnership an uncoded status; held-out 290 row 15: a list of partners uncoded; "
         "held-out 21 row 17: 'joining Australia, ... the United States', the earlier Artemis signatories, not split; "
         "README choices: agent nouns ('the occupiers', 'They are hostage-takers') uncoded) (borderline one 057 with "
         "no target per named signatory, sixteen events, as held-out 21 and sets 260 and 262 coded single Artemis "
         "signings as a 057 with no target); Bahrain's own signing is in the text before"),
 7: ([], "Joint statement on the United States - Iceland Strategic Dialogue (28 Apr 2022): 'The United States was "
         "represented by the Department of State, the Department of Defense (...), the U.S. Coast Guard, the "
         "Department of Homeland Security, and the U.S. Embassy in Reykjavik' = the composition of the U.S. "
         "delegation, all USA/GOV (with the Coast Guard and European Command part of it), no act between political "
         "actors (sets 271 and 288: a delegation's composition uncoded) (borderline a second 040 USA/GOV -> ISL/GOV "
         "for the dialogue, already coded in held-out 23 row 27 for 'the Allies reviewed cooperation')"),
}
