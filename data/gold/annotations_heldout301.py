"""Hand annotations for the THREE-HUNDRED-AND-FIRST held-out event gold set (source of events-heldout301.jsonl).

Keyed by the row index of selection-heldout301.jsonl (output of select_statement_sentence_heldout.py 301; rows 0-8
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
    python3 data/gold/build_events.py --selection selection-heldout301.jsonl \\
        --annotations annotations_heldout301 --output events-heldout301.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([], "Notice of a meeting of the U.S. Advisory Commission on Public Diplomacy (19 May 2022): 'The U.S. Advisory "
         "Commission on Public Diplomacy (ACPD) will hold a virtual public meeting Wednesday, June 1, 2022, ... to "
         "preview the April 2022 ACPD special report' = a public session of a domestic advisory body created by "
         "Congress, which 'reports to the President, Secretary of State, and Congress' (text after), no act between "
         "political actors (held-out 254 row 14: the ACPD's 'upcoming public meeting' a domestic advisory body's "
         "session; held-out 264 row 4: a notice of an ACPD public meeting uncoded; held-out 299 row 1: the Overseas "
         "Schools Advisory Council's meeting uncoded) (borderline a future nominal 036 with no target, as the README "
         "choices' 'a meeting on a day's public schedule is 036 future, nominal'); previewing a report is a "
         "publication, not an act (set 263: a domestic report release uncoded); the report's title is no act"),
 1: ([("We call on all Haitians", "107", "USA/GOV", "HTI/CVL", False, A, N, False),
      ("will continue to support the Haitian people", "032", "USA/GOV", "HTI/CVL", False, F, N, False)],
     "Blinken's statement 'Announcement of a Unity Government in Haiti' (21 July 2021) -> 'We' USA/GOV (guideline); "
     "'We call on all Haitians to work together to maintain peace' = one asserted request (guideline: call on -> "
     "10x, performative), addressed to the Haitian people as a whole -> HTI/CVL (held-out 13 row 5, the same "
     "statement's paragraph before: 'Haiti's ... civil society leaders' HTI/CVL; set 246: a call on 'all the living "
     "forces of the Nation' to GAB/CVL) (borderline bare HTI); the sub-code comes from Y = working together to keep "
     "the peace -> demand settling of dispute 107 (set 194: an 'appeal for peace for those tormented regions' a "
     "107; set 217: 'We call for the restoration of peace' a 107; set 211: reminding the Somalis that there is no "
     "solution 'without the cooperation of the Somalis themselves' a 107) (borderline 102, as sets 246 and 256 coded "
     "calls on a people to national unity, or 106, as held-out 13 row 5 coded the same statement's 'to continue to "
     "work together to advance a broad and inclusive dialogue'); Y is not coded separately (guideline); 'and will "
     "continue to support the Haitian people as they strive to build a stable, prosperous, and democratic country' "
     "= announced continued support -> diplomatic intent 032 future (held-out 266 row 1: 'will continue to support "
     "the Georgian people in pursuing a democratic, peaceful, and prosperous ... future' a future 032 to GEO/CVL; "
     "held-out 253 row 1: 'will continue to provide support to the Cuban people' a future 032) to HTI/CVL "
     "(borderline a future 070, following the README choices' 'we will continue support 070 future', the statement "
     "listing material help in the paragraph before); 'as they strive to build ... country' is the people's own "
     "aim, not an act between actors (held-out 266 row 1)"),
 # --- State Dept random: nocue
 2: ([], "Release on Ambassador Polaschik's appointment as Director of the Foreign Service Institute (3 June 2022): 'A "
         "career member of the Senior Foreign Service, Ambassador Polaschik has served as acting Director of FSI "
         "since January 2022' = internal career facts of the Department's own staff, no act between political "
         "actors (held-out 299 row 4, held-out 291 row 15 and held-out 270 row 5: career facts uncoded; set 267); the "
         "designation by Blinken lies in the sentence before and is an internal appointment"),
 3: ([], "Release 'Department Renews Charter of Overseas Schools Advisory Council' (17 June 2021): 'For further "
         "information, contact Mr. Thomas Shearer, Executive Secretary of the Committee at ... or "
         "OverseasSchools@state.gov' = a contact pointer for readers, no act (held-out 288 row 16: 'For more "
         "information, contact ...' a contact pointer uncoded; held-out 276: contact instructions no event)"),
 4: ([("The United States is designating six entities", "163", "USA/GOV", N, False, A, N, False),
      ("facilitating illicit transactions", "061", N, "IRN", False, A, N, False)],
     "Blinken's statement 'Designation of Entities Supporting Trade of Iranian Petroleum and Petrochemical Products' "
     "(1 Aug 2022) -> USA/GOV; 'The United States is designating six entities' = sanctions designations announced "
     "that day -> 163 asserted (README choices: officials 'being designated' an asserted 163; held-out 271 row 9 "
     "and held-out 24 row 18, the latter on the same statement's Treasury paragraph: 'is designating' a 163), one "
     "sanctions action of several parts coded once (README choices), the six entities, two designated by State and "
     "four by Treasury in the sentences after, never given a nationality or location in the document -> target "
     "null (README choices: entities designated with no nationality are 163 with no target; held-out 24 row 18) "
     "(borderline one 163 per named company with a guessed location, as held-out 271 row 9 split by stated "
     "location); 'entities facilitating illicit transactions related to Iranian petroleum as well as petroleum and "
     "petrochemical products' = the act the designation names (README choices: a designation codes the acts of its "
     "'for' clause; the acts a sanctions designation names are coded too) -> commercial support of Iran's oil trade, "
     "economic cooperation 061 (held-out 24 row 18: the entities' support of Iran's Persian Gulf Petrochemical "
     "Industry Commercial Co. a 061; held-out 271 row 9) (borderline 070, as set 239's 'material support to a "
     "blocked Russian entity'), a participle and so not nominal, source null since the entities are uncoded "
     "(held-out 24 row 18), target the country whose petroleum exports are meant, no Iranian company being named "
     "-> bare IRN (held-out 246 row 0: limiting 'exports ... from Iran' aimed at bare IRN) (borderline IRN/GOV from "
     "the appositive 'key sources of revenue for the Iranian government', IRN/BUS as held-out 24 and 271, or "
     "uncoded as trade with no named counterpart); 'key sources of revenue for the Iranian government' is a "
     "description, no act"),
 5: ([("ordered Russia to immediately suspend", "1056", "org:ICJ", "RUS/GOV", False, A, N, False),
      ("the military operations Russia commenced", "190", "RUS/MIL", "UKR", False, A, N, True),
      ("further directed Russia", "1056", "org:ICJ", "RUS/GOV", False, A, N, False)],
     "Price's statement welcoming the ICJ's order of 16 March 2022 (17 Mar 2022); 'The ruling' = the International "
     "Court of Justice's provisional-measures ruling of the sentence before, an inanimate subject standing for the "
     "Court -> org:ICJ (README choices: an inanimate resolution stands for the Council that adopted it; a UN "
     "programme as subject stands for org:UN); 'clearly and unequivocally ordered Russia to immediately suspend the "
     "military operations' = a court's order, a request -> 1056 de-escalation (README choices: a court's order is a "
     "nominal request (1056) of the court; held-out 16 row 6, the same statement's title and welcome: 'the Court's "
     "order' a nominal 1056 org:ICJ -> RUS/GOV; held-out 245 row 3: the same order a nominal 1056; set 229: the "
     "ICJ's 'demanded that Russia withdraw' a 1056), here carried by the finite verb and so not nominal; 'suspend' "
     "is the order's content, not coded separately (guideline); 'the military operations Russia commenced last "
     "month' = the realised war with its agent inside the request (README choices: a realised act named inside a "
     "request is coded too) -> nominal 190 RUS/MIL -> bare UKR, Ukraine taken from the sentence before ('Ukraine's "
     "case') and the document's 'military operations in Ukraine' (held-out 16 row 6: 'its military operations in "
     "Ukraine' a nominal 190 RUS/MIL -> UKR; held-out 245 row 3: 'the military operations that it commenced' a "
     "nominal 190 RUS/MIL -> UKR) (borderline RUS/GOV, or 192); 'and further directed Russia to ensure that anyone "
     "subject to its direction, including military or irregular armed units, take no steps in furtherance of such "
     "military operations' = the order's second provisional measure, a second request verb with the same pair -> a "
     "second 1056 org:ICJ -> RUS/GOV, not nominal (set 248: 'agreed to meet again' and 'to hold informal "
     "consultations' two asserted 036s) (borderline folded into the first as one order, as held-out 16 row 6 coded "
     "'the Court's order' once); the units' taking no steps is the directive's content (guideline: Y not coded "
     "separately), and 'such military operations' is anaphoric, not coded again (guideline: a repeated mention "
     "coded once)"),
 6: ([], "Release 'Secretary Blinken to Release the 2021 Congressional Report Pursuant to the Elie Wiesel Genocide and "
         "Atrocities Prevention Act' (12 July 2021); the sentence starts after the splitter's cut in 'Antony J.' "
         "[Blinken]; 'Blinken will deliver on-camera remarks' = a public statement (01x), not coded (held-out 260 row "
         "0: 'will deliver keynote remarks' uncoded; held-out 295 row 6: 'the Secretary's remarks' at a report "
         "release a public statement); 'to release the 2021 Congressional Report Pursuant to the ... Act' = "
         "publication of a report that U.S. law requires of the Department, domestic business (set 263: a domestic "
         "report release uncoded; held-out 295 row 6: the release of the Human Rights Reports uncoded) (borderline "
         "a future 064 USA/GOV -> USA/LEG for a report made to Congress, as set 281 flagged for the INCSR's "
         "submission); the Act's title names genocide and atrocities as a subject, no act; the time and the Press "
         "Briefing Room are logistics"),
 7: ([], "Release on Under Secretary Zeya's travel to The Hague (13 July 2022): 'Under Secretary Zeya will be joined at "
         "The Hague by the Department of State Office of Global Criminal Justice Ambassador-at-Large Beth Van Schaack, "
         "and Department of Justice Counselor for War Crimes Accountability Eli Rosenbaum' = U.S. officials, of the "
         "State and Justice Departments, joining their own delegation, internal business of the U.S. government, no "
         "act between political actors (held-out 276 row 18: 'to join Under Secretary ... Jose W.' joining her own "
         "Department's official uncoded; held-out 285 row 1: accompanying a colleague internal business; set 291: "
         "internal coordination between U.S. agencies uncoded); 'at The Hague' is a place, and the trip and the "
         "meetings with counterparts lie in the sentences before (borderline a future 036 USA/GOV -> USA/GOV, "
         "uncoded as self-directed)"),
 8: ([("We stand with the people of Afghanistan", "051", "USA/GOV", "AFG/CVL", False, A, N, False)],
     "Blinken's statement on General License 20 for Afghanistan (25 Feb 2022) -> 'We' USA/GOV (guideline); 'We stand "
     "with the people of Afghanistan' = solidarity -> 051 (README choices: 'stand with' is 051 throughout; held-out "
     "272 row 14: 'stand with our Malawian partners and friends' a 051; set 275's 'proud to stand with the people of "
     "Ukraine') to the people -> AFG/CVL; the solidarity here is with the people's economic recovery under the "
     "sanctions regime the release eases, not after a natural disaster, so the condolence rule that held-out 292 row 6 "
     "applied to the same words after the June 2022 earthquake does not apply (borderline uncoded as condolence-like "
     "solidarity, as held-out 292 row 6, or a 070 for the material relief of the license in the sentences before); 'as "
     "they work to rebuild their economy' is the people's own effort, not an act between actors (held-out 266 row "
     "1: the people's pursuit an aim, not an act)"),
}
