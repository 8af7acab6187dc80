"""Hand annotations for the THREE-HUNDRED-AND-THIRD held-out event gold set (source of events-heldout303.jsonl).

Keyed by the row index of selection-heldout303.jsonl (output of select_statement_sentence_heldout.py 303; rows 0-6
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
    python3 data/gold/build_events.py --selection selection-heldout303.jsonl \\
        --annotations annotations_heldout303 --output events-heldout303.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: nocue
 0: ([], "Price's readout of Deputy Secretary Sherman's meeting with Israeli National Security Advisor Hulata (10 Feb "
         "2022): 'Deputy Secretary Sherman also emphasized the importance of Israelis and Palestinians enjoying equal "
         "measures of security, freedom, and prosperity' = 'the importance of' Y with no request verb, so only Y could "
         "be coded (guideline: demanded), but Y, two peoples 'enjoying' security, freedom and prosperity, is a state "
         "and not a codable behaviour (guideline: if Y is not a codable behaviour, nothing is coded; held-out 273 row "
         "18, Sherman's readout with Minister Frej: 'the importance of reducing intercommunal tensions' uncoded) "
         "(borderline a demanded 0343 with no source to each of ISR/CVL and PSE/CVL, reading it as a demand that "
         "their rights be ensured, as held-out 275 row 12's demanded 0834 for Haiti's voters); 'emphasized' is a statement verb, "
         "not coded; 'and reaffirmed the commitment of the United States to a two-state solution' = support for a "
         "settlement formula, an abstract policy position, uncoded (held-out 273 row 18: 'reaffirmed the "
         "administration's commitment to a two-state solution' uncoded, following sets 201, 225 and 248; held-out 275 "
         "row 11) (borderline one nominal 051 each to ISR/GOV and PSE/GOV, or a 037)"),
 1: ([], "Readout of Deputy Secretary Sherman's meetings with Minister Pandor and Deputy Minister Botes in Pretoria (4 "
         "May 2022): 'Deputy Secretary Sherman also expressed condolences on the loss of life and destruction as a "
         "result of the weather disaster in KwaZulu-Natal in April' = condolences after a natural disaster, not coded "
         "(README choices: condolences are not coded; solidarity after a natural disaster is condolence, 01x; set 292; "
         "held-out 268 row 5: 'reiterated his condolences for the loss' uncoded); the floods' deaths and destruction "
         "have no political agent (a weather disaster), no act"),
 2: ([], "Public Schedule of 5 August 2021: 'The Department Press Briefing will be live streamed on www.state.gov' = a "
         "logistics note on the Department's own press briefing, no act between political actors (held-out 20 row "
         "30: 'The camera spray will be live streamed' logistics; held-out 268 row 14 and set 263: livestream notes "
         "uncoded; held-out 295 row 7: the schedule's 'Department Press Briefing with Spokesperson Ned Price' "
         "uncoded) (borderline a future nominal 036 USA/GOV -> USA/MED, as held-out 295 row 7 flagged); the web "
         "address is a pointer for readers"),
 3: ([], "G7 Foreign Ministers' Statement on the MV Mercer Street attack (6 Aug 2021): 'We, the G7 Foreign Ministers "
         "of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States of America and the High "
         "Representative of the European Union stand united in our commitment to maritime security and the "
         "protection of commercial shipping' = the signatories' mutual solidarity and a shared commitment to a "
         "principle, with no counterpart actor and no specific act; 'stand united' is mutual solidarity among the "
         "speakers themselves, uncoded (held-out 255 row 14: 'As NATO Allies, we stand together' uncoded; set 263: "
         "'stand together' mutual solidarity uncoded), and 'our commitment to maritime security and the protection of "
         "commercial shipping' an abstract commitment, uncoded (set 294: 'We reaffirm our commitment to work to "
         "prevent future atrocities' uncoded as an abstract commitment; set 232: a commitment to a principle "
         "uncoded; held-out 289 row 2: abstract commitments uncoded), shipping in general having no code; so set 242's "
         "rule that a G7 statement naming each government gives one event per government (the same formula, 'We, "
         "the G7 Foreign Ministers of Canada, France, ...') has nothing to apply to (borderline one nominal 0334 with "
         "no target from each of CAN/GOV, FRA/GOV, DEU/GOV, ITA/GOV, JPN/GOV, GBR/GOV, USA/GOV and org:EU, reading "
         "the commitment to protect shipping as an intent to provide protection, as set 230's 'ironclad commitment "
         "to Israel's security' a nominal 0334); the attack itself is in the next sentence"),
 4: ([], "Price's release 'U.S. Government Issues a Business Advisory for Sudan' (23 May 2022): 'The Departments of "
         "State, Treasury, Commerce, and Labor today issued a business advisory on Sudan, highlighting the growing "
         "reputational risks to U.S. businesses and individuals associated with conducting business with Sudanese "
         "State-Owned Enterprises (SOE) and military-controlled companies' = a domestic advisory of U.S. agencies to "
         "U.S. businesses about risks, guidance with no foreign counterpart act, a 01x warning (held-out 240 row 15 "
         "and held-out 299 row 3: the Xinjiang business advisory uncoded as domestic; held-out 221 row 13: the Hong "
         "Kong Business Advisory's advice to businesses about risks uncoded; held-out 268 row 13: a Business Advisory is a "
         "01x warning; README choices: 'issues a warning' about economic harm is not a threat); 'conducting business "
         "with Sudanese SOEs and military-controlled companies' is a generic activity of unnamed private parties, the "
         "object of the risks, no act (borderline a 111 USA/GOV -> SDN/MIL for the advisory's substance, the "
         "junta's abuses named only in the sentence after, as held-out 240 flagged, or a 160 for discouraging "
         "business with the junta's companies)"),
 5: ([("I congratulate the people of Montenegro", "051", "USA/GOV", "MNE/CVL", False, A, N, False)],
     "Blinken's Montenegro Statehood Day message (13 July 2022); 'On behalf of the United States of America, I "
     "congratulate the people of Montenegro' -> 051 (guideline: congratulate; README choices: congratulating a people "
     "on a national day is 051), on behalf of the United States -> USA/GOV, to the people -> MNE/CVL (held-out 298 "
     "row 5: 'I congratulate the people of Iceland' a 051 to ISL/CVL; held-out 287 row 17: 'I congratulate the "
     "people of Comoros' a 051 to COM/CVL; set 270) (borderline bare MNE); 'as you celebrate your Statehood Day' is "
     "the occasion, no act"),
 6: ([("will continue to press for justice", "1013", "USA/GOV", N, False, F, N, False)],
     "Blinken's statement affirming the conviction of Ratko Mladic (8 June 2021) -> 'The United States' USA/GOV "
     "(guideline); 'will continue to press for justice, mutual trust, and reconciliation as the foundation for peace "
     "and stability' = an announced, continuing request ('press for' = call for; guideline: 'S calls for Y' is a "
     "REQUEST) -> future (held-out 18 row 35: 'will continue to press for stronger democratic governance' a future "
     "104 with no target; set 180: 'We will continue to advocate for a legally binding treaty' a future 102 with no "
     "target; set 173: 'we shall never stop calling for an end to such practices' a future 1056); one request with "
     "several demands, coded from its first and most specific demand, justice after the Bosnian war's crimes -> 1013 "
     "(README choices: a demand for justice after attacks is 1013; set 154: one appeal with several demands coded "
     "from its first; held-out 269 row 3: 'press for accountability and justice for the atrocities perpetrated in "
     "Syria' a 1013 with no target; set 256: 'Civil society's call for justice and accountability' a 1013), 'mutual "
     "trust, and reconciliation' folded in (borderline a separate 107 for reconciliation); no addressee is named in "
     "the sentence -> target null (held-out 18 row 35; set 203: 'demanding justice' a 1013 with no target) "
     "(borderline bare BIH, the statement being about the crimes committed in Bosnia and Herzegovina, as set 194's "
     "'appeal for peace for those tormented regions' a 107 to bare BIH; or uncoded as a call with no addressee, as "
     "sets 125, 180 and 200); 'as the foundation for peace and stability' is the purpose"),
}
