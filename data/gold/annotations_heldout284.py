"""Hand annotations for the TWO-HUNDRED-AND-EIGHTY-FOURTH held-out event gold set (source of events-heldout284.jsonl).

Keyed by the row index of selection-heldout284.jsonl (output of select_statement_sentence_heldout.py 284; rows 0-18
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
    python3 data/gold/build_events.py --selection selection-heldout284.jsonl \\
        --annotations annotations_heldout284 --output events-heldout284.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("the successful transfer of the Pakistan Field Epidemiology Training Program", "070", "USA/GOV", "PAK/GOV",
       False, A, N, True),
      ("to support and coordinate strong disease surveillance and response systems", "070", "USA/GOV", "PAK/GOV",
       False, F, N, False)],
     "Release on the U.S.-Pakistan Health Dialogue (25 July 2022) -> USA/GOV; 'the U.S. CDC announced' = a statement "
     "by an agency of the document's own government, so what it announces is no reported speech (README choices: "
     "the President quoted in a State Dept release is the document's own government, reported_by null; a "
     "Department readout on its own Secretary's act not reported speech), CDC -> USA/GOV, the speech verb not coded "
     "(guideline); 'the successful transfer of the Pakistan Field Epidemiology Training Program to the government of "
     "Pakistan' = the realised handover of a CDC-supported training programme to Pakistani ownership, the "
     "culmination of technical health assistance -> 070 (provide aid), nominal with its agent from 'the U.S. CDC "
     "announced' (README choices: an event noun whose agent is plain from the text around it is coded), to the "
     "named recipient -> PAK/GOV (borderline 080 after PETRARCH's TRANSFER * CONTROL [080], 061, or uncoded as "
     "programme administration); 'and that it will build upon this program and other ongoing investments to "
     "support and coordinate strong disease surveillance and response systems' = continued health support "
     "announced for the future -> 070 future (README choices: a future material act keeps its code, 'we will "
     "continue support' 070 future), the systems Pakistan's, as the whole release concerns Pakistan's health "
     "sector -> PAK/GOV (guideline: a missing participant from the context) (borderline target null, or 032 as an "
     "intent to support), 'build upon this program and other ongoing investments' folded into it as its means"),
 1: ([("will travel to Bratislava, Slovakia", "036", "USA/GOV", "SVK", False, F, N, False),
      ("to discuss transatlantic relations with representatives", "036", "USA/GOV", "BGR/GOV", False, F, N, False),
      ("to discuss transatlantic relations with representatives", "036", "USA/GOV", "CZE/GOV", False, F, N, False),
      ("to discuss transatlantic relations with representatives", "036", "USA/GOV", "EST/GOV", False, F, N, False),
      ("to discuss transatlantic relations with representatives", "036", "USA/GOV", "HUN/GOV", False, F, N, False),
      ("to discuss transatlantic relations with representatives", "036", "USA/GOV", "LVA/GOV", False, F, N, False),
      ("to discuss transatlantic relations with representatives", "036", "USA/GOV", "LTU/GOV", False, F, N, False),
      ("to discuss transatlantic relations with representatives", "036", "USA/GOV", "POL/GOV", False, F, N, False),
      ("to discuss transatlantic relations with representatives", "036", "USA/GOV", "ROU/GOV", False, F, N, False),
      ("to discuss transatlantic relations with representatives", "036", "USA/GOV", "SVK/GOV", False, F, N, False)],
     "Release on Assistant Secretary Donfried's travel to Denmark, the Czech Republic and Slovakia (25 Mar 2022) -> "
     "USA/GOV; 'will travel to Bratislava, Slovakia' = an announced trip -> 036 future to the bare country (README "
     "choices: an announced trip is 036 future per destination; held-out 283 row 0) -> SVK; 'to attend the "
     "Bucharest Nine Ministerial on March 31, and to discuss transatlantic relations with representatives from "
     "Bulgaria, ..., and Slovakia' = announced consultations with the ministers of the nine states named in the "
     "same sentence -> one future 036 per government (set 278: 'will also attend the ... Trilateral Ministerial "
     "meeting' one future 036 to each other participant; held-out 259 row 0: meetings with officials of named "
     "countries one 036 per government), the Bucharest Nine having no code and its members being exactly the nine "
     "states listed, so attending the Ministerial and the discussion with their representatives are one consultation "
     "per pair, coded once (guideline: one event per actor pair; README choices: a group without a code is each "
     "member the document names) (borderline a separate future 036 with no target for attending the Ministerial, "
     "or the trip folded into the meeting with SVK/GOV, as set 237); 'representatives' of the B9 Ministerial are "
     "government ministers -> GOV; 'transatlantic relations' is the topic, not coded"),
 # --- State Dept random: cue
 2: ([("reaffirms its commitment to supporting", "032", "USA/GOV", "AZE", False, A, N, False),
      ("reaffirms its commitment to supporting", "032", "USA/GOV", "AZE/CVL", False, A, N, False)],
     "Blinken's Azerbaijan National Day message (28 May 2022) -> USA/GOV; 'the United States once more reaffirms its "
     "commitment to supporting Azerbaijan's independence and sovereignty' = a commitment to support stated as a fact "
     "-> asserted 032 (README choices: commitments stated as facts, 'remain committed to supporting', are asserted "
     "03x; set 197: 'will remain committed to supporting' Afghanistan an asserted 032; set 266: 'the firm U.S. "
     "commitment to Georgia's sovereignty' a 032 to bare GEO), support for a state's independence and sovereignty "
     "going to the bare country (set 184: support for 'the sovereignty and territorial integrity of Georgia' to bare "
     "GEO; held-out 283 row 1) -> AZE; 'as well as the rights and freedoms of the Azerbaijani people' = a second "
     "object with a different beneficiary, split by actor (set 115: support for Palestine's membership and for its "
     "people's struggle one 051 each to PSE/GOV and PSE/CVL; set 281: support for Ukraine's people and sovereignty "
     "one event each to UKR/CVL and bare UKR) -> a second 032 to AZE/CVL (borderline 051, as held-out 283 row 1's "
     "'U.S. support for their sovereignty'; the people's rights uncoded as an abstract position, or one 032 only); "
     "'During this challenging period of global uncertainty' is a time frame, not coded"),
 3: ([("congratulated", "051", "USA/GOV", "YEM/GOV", False, A, N, False),
      ("welcomed the gathering", "051", "USA/GOV", "YEM/GOV", False, A, N, False),
      ("welcomed the gathering", "051", "USA/GOV", "YEM/LEG", False, A, N, False),
      ("the gathering in Aden this week", "040", "YEM/GOV", "YEM/LEG", False, A, N, True)],
     "Readout of Blinken's call with Yemeni Presidential Leadership Council President al-Alimi (21 Apr 2022) -> "
     "USA/GOV; 'congratulated President al-Alimi on his new position' -> 051 (README choices: 'congratulated' is "
     "051; welcoming an appointment is 051 to the appointee), the head of the recognised government -> YEM/GOV; "
     "'welcomed the gathering in Aden this week of the Council, Cabinet, House of Representatives, and Shura "
     "Council' -> 051 to the gathering's named participants (README choices: welcoming several developments is 051 "
     "to each named party, the developments coded too), the Presidential Leadership Council and the Cabinet -> "
     "YEM/GOV and the House of Representatives and the Shura Council, the two chambers, -> YEM/LEG, one event per "
     "actor pair (guideline); the congratulation and the welcome are two distinct acts, each coded (set 188: a "
     "congratulation and a second 051 in one sentence) (borderline the second 051 to YEM/GOV folded into the "
     "first); 'the gathering in Aden this week of the Council, Cabinet, House of Representatives, and Shura "
     "Council' = a meeting noun naming its participants -> nominal 040 (README choices: a meeting noun whose name "
     "gives its participants is a nominal 040; set 202: a conference attended by government, parliament and others "
     "one 040 from the government to each other sector), from the first-named, the Council -> YEM/GOV -> YEM/LEG "
     "(borderline uncoded as a domestic session, or a 043 hosting); Aden is a place, not a metonym"),
 4: ([("continues to support the Eritrean people", "051", "USA/GOV", "ERI/CVL", False, A, N, False)],
     "Blinken's Eritrea National Day message (24 May 2022) -> USA/GOV; 'The United States continues to support the "
     "Eritrean people' = expressed support for a people -> 051 (guideline: 'express support' 051; held-out 283 row "
     "4: 'The United States strongly supports the Somali people' a 051 to SOM/CVL) -> ERI/CVL (borderline 070 as "
     "material support, or a 032 for 'continues to'); 'and their aspirations for a free, democratic, and "
     "prosperous future' is folded in as the same people's abstract goals (guideline: abstract positions not coded)"),
 5: ([("defend their country from", "190", "UKR/CVL", "RUS/MIL", False, A, N, False),
      ("Russia’s premeditated, unprovoked, and unjustified invasion of their country", "192", "RUS/MIL", "UKR",
       False, A, N, True)],
     "Blinken's statement on $200 million in new security assistance for Ukraine (12 Mar 2022) -> USA/GOV; 'The "
     "people of Ukraine are inspiring the world' is an evaluation, not coded; 'as they defend their country from "
     "Russia's ... invasion' = armed resistance to the invasion -> 190 (set 263: Ukrainians who 'defend themselves "
     "against Putin's unprovoked war of aggression' a 190 UKR/CVL -> RUS/GOV; set 254: 'continue to resist Russia's "
     "... attacks' a 190 UKR/CVL -> RUS/MIL, after PETRARCH's RESIST * {&WEAPON ATTACK}; set 264: 'bravely resisting "
     "and repelling' a 190 UKR/CVL -> RUS/MIL), from the people -> UKR/CVL, against the invading forces -> RUS/MIL, "
     "the invasion's agent as read below (borderline RUS/GOV, as set 263, or 120); 'Russia's premeditated, "
     "unprovoked, and unjustified invasion of their country' -> 192 (guideline: invade 192), nominal, the state "
     "sets reading 'Russia's invasion' as its forces' -> RUS/MIL -> bare UKR (held-out 279 row 2: 'Russia's "
     "unprovoked and unjustified invasion of Ukraine' RUS/MIL -> UKR; guideline: bare country as the target of an "
     "invasion) (borderline RUS/GOV)"),
 6: ([("The United States welcomes the visit", "051", "USA/GOV", "ISR/GOV", False, A, N, False),
      ("The United States welcomes the visit", "051", "USA/GOV", "MAR/GOV", False, A, N, False),
      ("the visit by Israeli Foreign Minister Yair Lapid to the Kingdom of Morocco", "042", "ISR/GOV", "MAR", False,
       A, N, True),
      ("the reopening of the Israeli Liaison Office in Rabat", "050", "ISR/GOV", "MAR/GOV", False, A, N, True)],
     "Blinken's statement on FM Lapid's visit to Morocco (12 Aug 2021) -> USA/GOV; 'The United States welcomes the "
     "visit ... for the reopening of the Israeli Liaison Office' -> 051 to each named party of the welcomed "
     "development (README choices: support or welcome aimed at a process goes to its named parties; set 262: the "
     "welcome of the opening of the Israeli Embassy in Abu Dhabi to both ISR/GOV and ARE/GOV) -> ISR/GOV and "
     "MAR/GOV (borderline ISR/GOV only, as the visitor); the visit = a visit noun with its agent -> nominal 042 "
     "(guideline: visit 042) ISR/GOV -> bare MAR (README choices: a visit 042 to the country; set 262: Lapid's visit "
     "a nominal 042 to bare ARE); 'the reopening of the Israeli Liaison Office in Rabat' = the realised reopening of "
     "a diplomatic mission short of an embassy, its agent Israel in 'Israeli' -> 050, after PETRARCH's CAMEO "
     "dictionary (OPEN * {DIPLOMATIC MISSION} [050], as against OPEN/REOPEN * EMBASSY [054]), as earlier sets "
     "followed it for RENEGE, STRIP OF CITIZENSHIP, CLOSE AIRSPACE and OPEN EMBASSY, nominal, -> MAR/GOV, Rabat a "
     "place (borderline 054, as set 262 coded the realised embassy opening); 'for' gives the visit's purpose, the "
     "reopening itself realised during it (the sentence after: 'the reopening ... [is] significant')"),
 7: ([("spoke today with", "040", "USA/GOV", "org:EU", False, A, N, False),
      ("close U.S.-EU coordination", "050", "USA/GOV", "org:EU", False, A, N, True),
      ("to support Ukraine", "070", "USA/GOV", "UKR", False, A, N, False),
      ("to support Ukraine", "070", "org:EU", "UKR", False, A, N, False),
      ("Putin’s unprovoked war", "190", "RUS/GOV", "UKR", False, A, N, True),
      ("unconscionable attacks", "190", "RUS/GOV", "UKR/CVL", False, A, N, True),
      ("continue to kill civilians in Ukraine", "202", "RUS/GOV", "UKR/CVL", False, A, N, False)],
     "Readout of Deputy Secretary Sherman's call with EEAS Secretary General Sannino (22 Mar 2022) -> USA/GOV; 'spoke "
     "today with' -> 040 (guideline) to the EEAS, the EU's diplomatic service -> org:EU (set 226: Sherman and "
     "Sannino's commitment a 030 to org:EU); 'to continue close U.S.-EU coordination' = a coordination noun naming "
     "its parties -> nominal 050 (README choices: 'U.S.-EU coordination' is a nominal 050), ongoing and asserted "
     "('continue'); 'to support Ukraine' = the coordination's purpose, support by both partners that is under way "
     "(set 261: the objects of 'joint efforts to ... support Ukraine' one nominal 070 per partner to bare UKR; set "
     "271: 'our joint efforts to provide ... security assistance' one event per partner, asserted) -> one 070 each "
     "from USA/GOV and org:EU to bare UKR, not nominal on the infinitive (borderline 051, or uncoded as a purpose "
     "clause); 'hold the Russian Federation accountable' is no CAMEO act, not coded (set 231: 'hold to account' "
     "uncoded); 'Putin's unprovoked war' -> nominal 190 RUS/GOV -> bare UKR (set 247: 'President Putin's war of "
     "choice' a nominal 190 RUS/GOV -> UKR), Ukraine from the same sentence; 'unconscionable attacks that continue "
     "to kill civilians in Ukraine' share the possessive 'Putin's' -> a nominal 190 RUS/GOV to the civilians they "
     "strike, and the killing of many civilians in the relative clause -> 202 (guideline: killings of many civilians "
     "202), both -> UKR/CVL (set 241: Russia's 'ferocious attacks against the innocent civilian population' a "
     "nominal 190 to UKR/CVL; set 274: an attack and the killings it caused coded separately) (borderline RUS/MIL "
     "for the attacks and killings, or the attacks folded into the war)"),
 8: ([("announced more than $200 million in additional humanitarian assistance", "0333", "USA/GOV", N, False, A, N,
       False)],
     "Price's release on additional humanitarian assistance for the Horn of Africa (27 Apr 2022) -> USA/GOV; 'the "
     "United States announced more than $200 million in additional humanitarian assistance' = an announced "
     "contribution -> 0333 asserted (README choices: an announced contribution is 0333; set 161: Clegg's announced "
     "$160 million an asserted 0333), the recipient 'the Horn of Africa region' having no code and no country of it "
     "being named in the document -> target null (guideline: collectives without a code -> null) (borderline 073 "
     "as realised aid, or one event per Horn country); 'In Geneva at the High-Level Roundtable for the Horn of "
     "Africa Drought' names the place and occasion, its convenors unnamed, not coded (README choices: a meeting only "
     "'held at' a venue uncoded) (borderline a 040 with no target for the participation)"),
 9: ([("met with", "040", "USA/GOV", "NZL/GOV", False, A, N, False)],
     "Readout of Deputy Secretary Sherman's meeting with New Zealand's Secretary of Foreign Affairs and Trade Chris "
     "Seed (16 July 2021) -> USA/GOV; 'met with ... Chris Seed today' -> 040 (guideline: meet 040), the chief "
     "executive of New Zealand's foreign ministry -> NZL/GOV"),
 10: ([], "Blinken's statement on Jim O'Brien as Head of the Office of Sanctions Coordination (14 Apr 2022): 'I extend "
          "my congratulations to Jim O'Brien' = the Secretary's congratulation of his own Department's new official, "
          "internal business of the document's own government, not coded (set 250: the Department's thanks to its "
          "own ambassador uncoded; held-out 283 row 17: an internal appointment uncoded) (borderline a 051 USA/GOV -> "
          "USA/GOV); 'his confirmation by the Senate' = a domestic constitutional procedure, not coded (set 275: "
          "'President Biden signed the Act into law' domestic legislation uncoded) (borderline a nominal 051 USA/LEG "
          "-> USA/GOV, as set 259's 'bipartisan support ... from the U.S. Congress')"),
 11: ([("spoke today with", "040", "USA/GOV", "ISR/GOV", False, A, N, False),
       ("U.S. support for Israel’s security", "051", "USA/GOV", "ISR", False, A, N, True)],
      "Readout of Blinken's call with Israeli Defense Minister Gantz (30 July 2022); the sentence begins at 'Blinken' "
      "because the splitter cut after 'Antony J.' -> USA/GOV; 'spoke today with Israeli Defense Minister Benny "
      "Gantz' -> 040 (guideline) -> ISR/GOV; 'to discuss a range of shared security challenges' is the call's "
      "purpose, folded in; 'the threats posed by Iran' = a risk named as a topic, not coded (guideline: 'threat to "
      "all of us' = risk; set 244: 'efforts to counter Iranian threats' uncoded as a risk) (borderline a nominal 130 "
      "IRN/GOV -> ISR/GOV); 'U.S. support for Israel's security' = a standing support noun with its agent, named "
      "as a topic of the call -> nominal 051 asserted (held-out 283 row 1: 'U.S. support for their sovereignty and "
      "independence' a nominal 051 to each bare country; set 247: a security relationship named as a topic with "
      "its parties coded), the support going to the country whose security it is -> bare ISR (borderline ISR/GOV; "
      "070 or 072 for material security assistance; a nominal 0334, as set 230's 'ironclad commitment to Israel's "
      "security'; or uncoded as a discussion topic, as set 242)"),
 # --- State Dept random: nocue
 12: ([], "Release on Under Secretary Fernandez's travel to Chile (21 Apr 2022): the sentence is the fragment 'Secretary "
          "of State for Economic Growth, Energy, and Environment Jose W.', cut by the splitter after the middle "
          "initial; its verb ('will travel to Santiago, Chile') lies after the cut, so it is left uncoded (README "
          "choices: a fragment whose verb was cut away is left uncoded; held-out sets: fragments whose verb falls "
          "after the cut)"),
 13: ([], "Blinken's release of the Section 353 Corrupt and Undemocratic Actors list (20 July 2022): 'These "
          "individuals' = the 60 listed persons of four countries, an open class whose members the sentence does not "
          "name; 'their significant corruption' has no CAMEO code (README choices: defrauding is not coded); 'efforts "
          "to obstruct investigations into corruption' and 'undermining of democratic processes and institutions' "
          "are characterisations with no counterpart actor (set 262: a 'pattern of obstruction' folded into the acts "
          "it names; set 243: an agency said to 'undermine' a state institution uncoded) (borderline a nominal 120 "
          "with no source per country, after PETRARCH's OBSTRUCT, or a nominal 128); 'weaken the ability of "
          "governments in the region to respond to the needs of their citizens', 'contributing to irregular "
          "migration' and 'destabilizing societies' are consequences described, no act between actors"),
 14: ([], "Price's statement on Withhold Release Orders for the Dalian Ocean Fishing Company (28 May 2021): 'The "
          "Department of Labor similarly has reported on' = a report by an agency of the document's own government, "
          "REPORT having no code in PETRARCH's CAMEO dictionary and a neutral report being no statement-type event "
          "(guideline: the speech verb is not coded) (borderline a 112 USA/GOV -> CHN/BUS, as the README choices' "
          "'a report exposing' 112); its content, 'widespread use of forced labor in the PRC's distant-water fishing "
          "fleet', is forced labour, which has no CAMEO code, left uncoded (held-out 227: 'forced labor in the PRC's "
          "Xinjiang Region' uncoded; set 259: enslavement uncoded) (borderline a nominal 175 or 1721 CHN/BUS -> "
          "null)"),
 15: ([("will travel to Saudi Arabia and Oman", "036", "USA/GOV", "SAU", False, F, N, False),
       ("will travel to Saudi Arabia and Oman", "036", "USA/GOV", "OMN", False, F, N, False)],
      "Release on Special Envoy for Yemen Lenderking's travel to Saudi Arabia and Oman (25 May 2021) -> USA/GOV; "
      "'will travel to Saudi Arabia and Oman on May 25' = an announced trip -> 036 future (README choices: an "
      "announced trip is 036 future per destination; held-out 283 row 0), one per bare country (borderline SAU/GOV "
      "and OMN/GOV, the meetings with 'senior government officials' being named only in the sentence after)"),
 16: ([("will establish an expert mission", "092", "USA/GOV", "RUS/GOV", False, F, N, False)],
      "Price's statement on the latest invocation of the OSCE Moscow Mechanism (28 July 2022) -> USA/GOV; 'This most "
      "recent invocation' = the invocation by 'The United States and 37 other countries' of the sentence before, "
      "an inanimate subject standing for its invokers (README choices: an inanimate subject standing for a "
      "government's act is that government's; the sixth set's 'This funding'), the 37 other, unnamed countries an "
      "uncoded collective dropped -> USA/GOV; 'will establish an expert mission to review the human rights "
      "situation within Russia itself' = setting up an inquiry into human rights -> 092 (investigate human rights "
      "abuses) (set 186: 'We established the Bahrain Independent Commission of Inquiry' a 092; held-out 19 row 39: "
      "the second Moscow Mechanism mission's fact-finding a future 094), future, the review aimed at the Russian "
      "authorities' restrictions named in the sentence after -> RUS/GOV (borderline org:OSCE as source, as held-out "
      "19 coded the expert mission's own work, or a second future 092 from org:OSCE; bare RUS as target); the "
      "mission being established, not yet at work, the review is folded into its establishment"),
 17: ([], "Blinken's statement on the Department's Equity Action Plan (14 Apr 2022): 'The Department is committed to "
          "the principle of equity across all of our programs and policies' = a commitment to a principle, not coded "
          "(README choices: commitments to principles uncoded); 'the plan released today will serve as our blueprint' "
          "concerns the Department's own domestic plan, internal business, no act between actors"),
 18: ([("together with our partners, will work", "030", "USA/GOV", N, False, F, N, False)],
      "Blinken's statement on the U.S. Action Plan on Global Water Security (2 June 2022) -> USA/GOV; 'As the Vice "
      "President said' attributes only 'water scarcity is a global problem', an evaluation, and the Vice President is "
      "the document's own government (reported_by null); 'the State Department, together with our partners, will "
      "work to help achieve a global solution' = announced cooperation with partners -> 030 future (README choices: "
      "'hope that we can work together' is 030 future; set 279: 'Committed to working with our Allies and partners' "
      "a 030 with no target), the partners unnamed in the document -> target null (guideline: collectives without a "
      "code -> null) (borderline uncoded as an abstract aim with no counterpart, as held-out 17's policy "
      "commitments)"),
}
