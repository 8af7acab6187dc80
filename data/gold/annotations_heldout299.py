"""Hand annotations for the TWO-HUNDRED-AND-NINETY-NINTH held-out event gold set (source of events-heldout299.jsonl).

Keyed by the row index of selection-heldout299.jsonl (output of select_statement_sentence_heldout.py 299; rows 0-8
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
    python3 data/gold/build_events.py --selection selection-heldout299.jsonl \\
        --annotations annotations_heldout299 --output events-heldout299.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("remains deeply committed to helping achieve peace", "039", "USA/GOV", "ISR/GOV", False, A, N, False),
      ("remains deeply committed to helping achieve peace", "039", "USA/GOV", "PSE/GOV", False, A, N, False),
      ("will support actions in the UN", "032", "USA/GOV", "ISR/GOV", False, F, N, False),
      ("will support actions in the UN", "032", "USA/GOV", "PSE/GOV", False, F, N, False)],
     "Price's statement on the HRC Commission of Inquiry on Israel, the West Bank and Gaza (7 June 2022) -> USA/GOV; "
     "'The United States remains deeply committed to helping achieve peace for both Israelis and Palestinians' = a "
     "commitment to help the two sides reach peace, stated as a fact -> intent to mediate 039 asserted (README "
     "choices: commitments stated as facts are asserted 03x; set 283: 'remains committed to helping the sides "
     "negotiate' an asserted 039; set 271: 'readiness to help ... Armenia and Azerbaijan find a long-term "
     "comprehensive peace' a 039 to each government; set 250: 'remains committed to advancing diplomatic efforts' an "
     "asserted 039), one event per side (guideline: compound split), the sides being the 'parties' the same sentence "
     "names -> ISR/GOV and PSE/GOV (the Palestinian Authority) (borderline ISR/CVL and PSE/CVL for the peoples as "
     "beneficiaries, a 032, or uncoded as an abstract commitment to peace, as set 201's two-State-solution support); "
     "'and will support actions in the UN that bring the parties together to advance prospects for peace' = the "
     "speaker's announced support for (unnamed) UN actions bringing the two sides together -> 032 future (guideline: "
     "future cooperative acts get 03x; set 205: 'will continue to support those efforts' a future 032; set 157: "
     "'we welcome the official signing' beside a future 032), support aimed at a process going to its named parties "
     "(README choices: 051 to Pristina and Belgrade; support for a facilitated dialogue goes to the parties the "
     "document names) -> one future 032 each to ISR/GOV and PSE/GOV (borderline one future 032 with no target, as set "
     "210's 'will continue to support all initiatives', or org:UN as the forum); the actions' own bringing together "
     "has no agent (guideline: event nouns without an agent not coded) (borderline a nominal 043 with no source to "
     "each party); 'to advance prospects for peace' is the purpose"),
 1: ([], "Notice of the Overseas Schools Advisory Council meeting (10 June 2021): 'The Overseas Schools Advisory Council "
         "of the Department of State will hold its summer meeting on Thursday, June 17, 2021' = a session of a "
         "domestic advisory body of the Department, open to the public, no act between political actors (held-out "
         "254 row 14: the ACPD's 'upcoming public meeting' a domestic advisory body's session; held-out 264 row 4 and "
         "held-out 225 row 23: advisory-committee meetings domestic; held-out 24 row 14: a domestic advisory body's "
         "work uncoded) (borderline a future 036 USA/GOV -> USA/EDU for the U.S.-sponsored overseas schools it "
         "serves)"),
 # --- State Dept random: nocue
 2: ([], "Release on the Department's partnership with Google Arts & Culture (18 Apr 2022): 'Engage on Twitter "
         "@ECA_AS and @HeritageAtState, and on Instagram @ExchangeOurWorld' = a pointer for readers, no act (held-out "
         "291 row 16 and held-out 283 row 14: a Twitter pointer uncoded)"),
 3: ([], "Blinken's release on the updated Xinjiang Supply Chain Business Advisory (13 July 2021): the byte range holds "
         "two list items, the splitter keeping 'Adds information on silicon and polysilicon supply chains linked to "
         "Xinjiang; and' with the next item across the blank line; both items, 'Adds information ...' and 'Provides a "
         "list of other countries' relevant regulatory provisions and information on forced labor in supply chains', "
         "have the Advisory as subject and are the content of a U.S. advisory for businesses, the Department's "
         "domestic guidance (held-out 240: the Xinjiang business advisory update uncoded as domestic); 'other "
         "countries' relevant regulatory provisions' are unnamed states' standing rules, no act (README choices: "
         "acts of uncoded collectives not coded), and 'forced labor in supply chains' has no agent in the sentence "
         "and no CAMEO code (held-out 227: 'forced labor in the PRC's Xinjiang Region' uncoded) (borderline a nominal "
         "1721 or 175 CHN/GOV -> CHN/CVL from the release's opening sentence)"),
 4: ([], "Release on Ambassador Reeker's appointment as Chargé d'Affaires in London (15 July 2021): 'A career diplomat "
         "with the rank of Minister Counselor, Ambassador Reeker is currently the Acting Assistant Secretary of State "
         "for the Bureau of European and Eurasian Affairs' = internal career facts, no act between political actors "
         "(held-out 291 row 15 and held-out 270 row 5: career facts uncoded; set 267)"),
 5: ([("the importance of working with our allies and partners", "050", "USA/GOV", N, False, D, N, False)],
     "Price's readout of Blinken's trilateral AUKUS meeting with FM Payne and Foreign Secretary Truss (19 Feb 2022) -> "
     "USA/GOV; 'Secretary Blinken underscored the importance of working with our allies and partners' = 'the "
     "importance of' Y with no request verb -> Y coded, demanded, with the speaker's government as its subject "
     "through 'our' (guideline: 'it is important to help X' demanded; held-out 290 row 2: 'underscored the "
     "importance of enhancing bilateral discussions' a demanded 040; set 268: 'the importance of cooperation "
     "between the United States and Turkey' a demanded 050; held-out 277 row 6), Y = working with others -> 050 "
     "(README choices: 'worked with every Israeli prime minister' 050), a gerund with its object and so not nominal "
     "(held-out 291 row 1); 'our allies and partners' is an open collective the sentence never names -> target null "
     "(guideline: collectives without a code null; set 279: 'committed to working with our Allies and partners' a "
     "030 with no target) (borderline AUS/GOV and GBR/GOV, the AUKUS partners at the meeting, or uncoded as a "
     "discussion topic, as set 234's 'the importance of working together'); 'underscored' is a statement verb, not "
     "coded; 'to advance a free and open, connected, prosperous, secure, and resilient Indo-Pacific region' is the "
     "purpose"),
 6: ([], "Release on return travel on recently expired U.S. passports (24 May 2021): 'Certain criteria apply, and we "
         "encourage U.S. citizens to confirm their eligibility for traveling on an expired passport at ... prior to "
         "finalizing travel arrangements' = consular advice to private U.S. citizens about a travel document, the "
         "Department's own administration and American citizen services, no act between political actors (held-out "
         "245 row 2: consular procedure for private applicants uncoded; held-out 237 row 2: safety advice to U.S. "
         "citizens uncoded; held-out 229 row 2: consular services to the government's own citizens domestic) "
         "(borderline a generic 100 USA/GOV -> USA/CVL); the web address is a pointer for readers"),
 7: ([("The United States congratulates Fiame Naomi Mata", "051", "USA/GOV", "WSM/GOV", False, A, N, False)],
     "Price's statement on the election of Fiame Naomi Mata'afa as Prime Minister of Samoa (26 July 2021); 'The United "
     "States congratulates Fiame Naomi Mata'afa' -> 051 (guideline: congratulate), she being Samoa's Prime Minister "
     "on the release's date (the next sentence: 'Prime Minister Fiame Naomi Mata'afa and Samoa's new government') -> "
     "WSM/GOV (guideline: persons -> their country/sector on the document date; held-out 249 row 19: "
     "congratulations to Costa Rica's president-elect a 051 to CRI/GOV; README choices: a president-elect is the "
     "incoming government) (borderline WSM/OPP for the FAST leader whose government the caretaker HRPP still "
     "contested, known only from outside the text); 'on her historic victory to become Samoa's first female prime "
     "minister' = an election, not coded (held-out 232 row 29: 'his historic victory at the polls' an election, not "
     "coded; held-out 249 row 19: the election itself not an act between actors)"),
 8: ([("I look forward to creating a more secure and prosperous future", "030", "USA/GOV", "BEL/GOV", False, F, N,
       False)],
     "Blinken's Belgium National Day message (21 July 2021) -> USA/GOV; 'I look forward to creating a more secure "
     "and prosperous future for our citizens in the coming year' = 'look forward to' + a joint undertaking of the "
     "two countries, 'our citizens' being the citizens of both (the message speaks of 'our close alliance' and "
     "'working together' in the sentences before) -> 030 future (guideline: 'look forward to' is future and future "
     "cooperative acts get 03x; held-out 291 row 12: 'looks forward to building an even brighter future together as "
     "partners' a future 030 to SRB/GOV; README choices: 'hope that we can work together' 030 future), to the "
     "Belgian government addressed -> BEL/GOV (borderline uncoded as optative well-wishing, as the next sentence's "
     "'Best wishes to the people of Belgium', or bare BEL)"),
}
