"""Hand annotations for the TWO-HUNDRED-AND-NINETY-THIRD held-out event gold set (source of events-heldout293.jsonl).

Keyed by the row index of selection-heldout293.jsonl (output of select_statement_sentence_heldout.py 293; rows 0-8
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
    python3 data/gold/build_events.py --selection selection-heldout293.jsonl \\
        --annotations annotations_heldout293 --output events-heldout293.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("direct U.S. humanitarian and financial support to Ukraine", "070", "USA/GOV", "UKR", False, A, N, True),
      ("support documenting evidence", "070", "USA/GOV", N, False, A, N, True),
      ("Russia’s war crimes against Ukraine’s civilians", "200", "RUS/MIL", "UKR/CVL", False, A, N, True),
      ("continued efforts to ratchet up pressure on Putin’s crumbling economy", "170", "USA/GOV", "RUS", False, A, N,
       True),
      ("Russia ends", "087", "RUS/GOV", "UKR", False, H, N, False),
      ("its unprovoked and unjustified war on Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Blinken's statement on $800 million in additional security assistance for Ukraine (21 Apr 2022) -> the "
     "document's 'we' USA/GOV; the sentence lists three efforts beside 'These efforts', the U.S. being the agent of "
     "each ('direct U.S. ...' and the document's 'we'); 'These efforts' = anaphoric to the sentence before ('We will "
     "continue to provide Ukraine the arms ...'), already coded there, not coded again (set 267: 'This designation' "
     "anaphoric, uncoded; set 276: the anaphoric 'the war' uncoded) (borderline a nominal 072 USA/GOV -> UKR, as set "
     "276's anaphoric 'This assistance' a nominal 073); 'direct U.S. humanitarian and financial support to Ukraine' "
     "= an aid noun with its agent -> nominal 070 asserted (README choices: one aid noun covering several kinds is "
     "one 070; set 249: 'providing humanitarian and security assistance' one 070; set 249: 'its support of Ukraine' "
     "a nominal 070 to bare UKR) to bare UKR (borderline a 073 plus a 071, or UKR/GOV); 'support documenting "
     "evidence of Russia's war crimes' = U.S. backing of the documentation, whose documenters the document never "
     "names -> nominal 070 USA/GOV with no target, the agentless documenting itself not coded (guideline: event "
     "nouns without an agent not coded) (borderline a nominal 094 USA/GOV -> RUS/MIL, as set 283's Conflict "
     "Observatory 'documentation ... of open-source evidence', the support folded in; or UKR/JUD as recipient, as "
     "set 234's Atrocity Crimes Advisory Group, known only from outside this document); 'Russia's war crimes against "
     "Ukraine's civilians' = a war-crimes noun with its agent -> nominal 200 (README choices: war crimes 200) "
     "RUS/MIL -> UKR/CVL, 'Russia' read as its forces, whose bombardment the document's first sentence names (set "
     "233: 'Atrocities committed by Russia in Bucha' a 200 RUS/MIL; set 241: 'Russia's atrocities ... against the "
     "innocent civilian population' a nominal 200 RUS/MIL -> UKR/CVL) (borderline RUS/GOV); 'continued efforts to "
     "ratchet up pressure on Putin's crumbling economy' = the U.S. economic pressure campaign -> nominal 170 "
     "(set 248: 'put extraordinary pressure on Russia' an asserted 170) to the Russian economy, the country as a "
     "whole -> bare RUS (set 252: 'The sanctions imposed on Russia' to bare RUS) (borderline 163 for the sanctions "
     "the pressure consists of, or RUS/GOV from 'Putin's'); 'will help weaken the Russian Government's position and "
     "further isolate them from the world' = the expected outcome of the efforts, their subject, not a further act "
     "(guideline: descriptions of outcomes not coded; held-out 291 row 1) (borderline a future 160 USA/GOV -> "
     "RUS/GOV for the isolation); 'until Russia ends its unprovoked and unjustified war on Ukraine' -> the war a "
     "nominal 190 RUS/GOV -> bare UKR, asserted as under way (set 247: 'President Putin's war of choice' a nominal "
     "190 RUS/GOV -> UKR), and its ending inside the 'until' clause a hypothetical 087 (README choices, set 153: "
     "'until the occupation is ended' a nominal 192 asserted and a hypothetical 0874; set 249: 'The brutal war must "
     "end' a nominal 190 and a demanded 087 RUS/GOV -> bare UKR) (borderline future, or the ending uncoded)"),
 1: ([("will continue to be a strong and unwavering partner in supporting Israel", "032", "USA/GOV", "ISR/GOV",
       False, F, N, False),
      ("expands ties with its neighbors", "050", "ISR/GOV", N, False, A, N, False)],
     "Price's statement on the Iraqi Parliament's anti-Israel normalization law (27 May 2022) -> USA/GOV; 'The "
     "United States will continue to be a strong and unwavering partner in supporting Israel' = a stated future "
     "support -> intent code 032 future (set 230: 'You will continue to find in the people and government of the "
     "United States a committed partner ready to support you' a future 032; set 252: 'can continue to depend on the "
     "United States to support' a future 032 to TCD/GOV; set 247: 'We will stand with you' a future 032) to ISR/GOV "
     "(borderline a future 070, as set 235's 'support our Ukrainian partners', or bare ISR); 'including as it "
     "expands ties with its neighbors' = Israel's ongoing development of relations, 'it' being Israel -> 050 "
     "asserted (README choices, set 189: 'Very good relations with all our neighbours' a 050 with no target; set "
     "212: 'establishing warm relations of cooperation' a 050), the neighbours never named in the document (the "
     "sentence before has only 'Iraq's neighbors' that normalised relations with Israel) -> target null "
     "(borderline uncoded as the neighbours being an uncoded collective, or a 054/050 to each Abraham Accords state "
     "from outside knowledge); 'in the pursuit of greater peace and prosperity for all' is the purpose"),
 # --- State Dept random: nocue
 2: ([("has intensified its crackdown", "175", "RUS/GOV", "RUS/CVL", False, A, N, False),
      ("has intensified its crackdown", "175", "RUS/GOV", "RUS/MED", False, A, N, False)],
     "Blinken's Russia Day message (12 June 2022); 'Sadly' is a sentence adverb of regret, not coded (README choices, "
     "set 135: 'Sadly, however, ...' not coded); 'that is not the reality in today's Russia' negates a state of "
     "affairs (the citizens' freedoms of the sentence before), no event; 'the Kremlin has intensified its crackdown "
     "against civil society and independent media' -> the Kremlin as a capital metonym -> RUS/GOV (README choices, "
     "set 154: 'The Kremlin' is read as RUS/GOV), a crackdown -> repression 175 on the finite verb, not nominal, the "
     "compound target split into civil society RUS/CVL and independent media RUS/MED (guideline: one event per "
     "actor pair; set 253: 'Ortega's ... attacks on independent media and civil society' one 175 each to NIC/MED and "
     "NIC/CVL; set 242: repression 175 to BLR/CVL and to BLR/MED) (borderline 1721 for restrictions on political "
     "freedoms)"),
 3: ([("has done so", "172", "RUS/GOV", "RUS/REL", False, A, N, False),
      ("home raids", "171", "RUS/GOV", "RUS/REL", False, A, N, True),
      ("extended detention", "173", "RUS/GOV", "RUS/REL", False, A, N, True),
      ("excessive prison sentences", "116", "RUS/GOV", "RUS/REL", False, A, N, True),
      ("harassment", "175", "RUS/GOV", "RUS/REL", False, A, N, True)],
     "Price's statement on Russia's continuing repression of members of religious minority groups (9 July 2021) -> "
     "the speaker's government USA/GOV; 'The Russian government has done so against a number of groups' = a "
     "pro-verb for the sentence before's 'Russian authorities labeling peaceful groups as \"extremist,\" "
     "\"terrorist,\" or \"undesirable\" ... to ... restrict their peaceful religious and civic activities', coded as "
     "the act it stands for (set 277: 'If Iran does this', a pro-verb, coded as the act; set 164: 'We have done "
     "that' a 051) -> the 'extremist' designation of groups 172 (set 261: the Moscow court's decision 'to designate "
     "as \"extremist\"' a nominal 172 RUS/JUD -> RUS/OPP), the restrictions it serves folded in, to the groups, "
     "religious minorities by the document's title and the clause's 'for their peaceful religious practices' -> "
     "RUS/REL (README: the Dalai Lama CHN/REL; set 229: Cardinal Zen HKG/REL) (borderline 163 or 1721, or "
     "RUS/CVL); 'whose members face home raids, extended detention, excessive prison sentences, and harassment' = "
     "event nouns whose agent, the Russian government, is plain from the same sentence (README choices: an event "
     "noun whose agent is plain only from the text around it is coded), one event per code, habitual and asserted "
     "(set 229: the Bucha fact-sheet list one event per code; set 253: 'violent and unjust detentions, sham trials, "
     "and prison sentences' one nominal 173, 1121 and 116 each): home raids 171 (README choices: raids on homes "
     "171; set 288: 'The raid of Stand News offices' a nominal 171), extended detention 173 (guideline), excessive "
     "prison sentences 116 (set 253: prison sentences 116), harassment of citizens by their own government 175 "
     "(held-out 59 row 55: 'being harassed' by the regime a 175) (borderline 1721 or a 170, as set 223's harassment "
     "between states), all RUS/GOV -> RUS/REL (borderline RUS/COP for the raids and detention and RUS/JUD for the "
     "sentences, or RUS/CVL for the members)"),
 4: ([("to have Foreign Minister Kamilov here today", "042", "UZB/GOV", "USA", False, A, N, False)],
     "Blinken's remarks with Uzbek Foreign Minister Kamilov before their meeting (1 July 2021), Blinken's turn; 'I am "
     "very pleased to have Foreign Minister Kamilov here today' = the host's welcome of a visiting official, which "
     "codes the visit it shows, not the welcome (README choices: a welcome of a visiting official codes the visit "
     "it shows, 042 to the country; set 283: 'It is a real pleasure to have Foreign Minister Retno here' a 042 "
     "IDN/GOV -> bare USA; set 228: 'It's very good to have you here, and I welcome you' a 042 EGY/GOV -> bare USA) "
     "-> 042 UZB/GOV -> bare USA (borderline a 043 hosting USA/GOV -> UZB/GOV, as set 224; or a 040, the meeting "
     "itself being named only in the title and coded nowhere in this sentence)"),
 5: ([], "Media note on the Progress flag raising ceremony at the Department (24 June 2021): 'Final access time for "
         "journalists and still photographers: 3:15 p.m. from the C Street Entrance' = press-coverage logistics, no "
         "act between political actors (set 287: press-coverage logistics uncoded; held-out 291 row 5: instructions "
         "to readers uncoded); the ceremony is internal Department business (set 229)"),
 6: ([("His Holiness is an inspiration", "051", "USA/GOV", "CHN/REL", False, A, N, False)],
     "Blinken's message on the Dalai Lama's 86th birthday (6 July 2021); 'His Holiness is an inspiration to many "
     "around the world' = the Secretary's public praise of the Dalai Lama without a praise verb -> 051 USA/GOV -> "
     "CHN/REL (README choices: the Dalai Lama CHN/REL), following the run of sets coding such praise (set 279: "
     "Timor-Leste's commitment 'has been an important and welcome voice' a 051; set 268: 'your personal courage is "
     "emblematic' a 051; set 251: 'how powerful it is that he's here' a 051) (borderline uncoded as an evaluation, "
     "as set 229's admiration of Baker and set 286's 'another milestone in ... tremendous work'; the explicit "
     "'deep respect and appreciation' of the sentence after would carry the praise); 'many around the world who "
     "are drawn to his messages of compassion, equality, and inclusivity' = a sentiment of an uncoded collective, "
     "not coded (README choices: sentiments not coded; acts of uncoded collectives not coded)"),
 7: ([], "Lester Holt of NBC (USA/MED) interviewing Blinken (24 Feb 2022), the journalist's turn; 'Is the "
         "administration out of options here?' = a question about the U.S. government's remaining means after the "
         "first round of sanctions (sentence before), naming no act, not coded (guideline: question modality only "
         "when the event itself is asked about) (borderline a hypothetical 163 USA/GOV -> RUS/GOV for the "
         "follow-on sanctions the question has in view, with modality question)"),
 8: ([], "Blinken's Cabo Verde National Day message (5 July 2021): 'On behalf of the Government of the United States "
         "of America, I convey best wishes to the government and people of Cabo Verde as you celebrate 46 years of "
         "independence' = national-day well-wishing with no congratulation verb, not coded (README choices: "
         "well-wishing not coded; held-out 238 row 16, 241 row 19, 260 row 18 and 271 row 12: national-day best "
         "wishes not coded; set 262: 'extends its warmest wishes to the Portuguese people' uncoded) (borderline one "
         "051 each to CPV/GOV and CPV/CVL, as set 265's 'best wishes and congratulations'); the independence "
         "anniversary is the occasion, no act (set 256: an anniversary uncoded)"),
}
