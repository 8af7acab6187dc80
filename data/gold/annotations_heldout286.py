"""Hand annotations for the TWO-HUNDRED-AND-EIGHTY-SIXTH held-out event gold set (source of events-heldout286.jsonl).

Keyed by the row index of selection-heldout286.jsonl (output of select_statement_sentence_heldout.py 286; rows 0-18
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
    python3 data/gold/build_events.py --selection selection-heldout286.jsonl \\
        --annotations annotations_heldout286 --output events-heldout286.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("The Secretary and Personal Envoy also discussed", "040", "USA/GOV", "org:UN", False, A, N, False)],
     "Readout of Blinken's meeting with Staffan de Mistura, the UN Secretary-General's Personal Envoy for Western "
     "Sahara (4 Feb 2022) -> USA/GOV; 'The Secretary and Personal Envoy also discussed' -> 040 (guideline: discuss "
     "040), a symmetric meeting coded once from the document's government, the Secretary-General's Personal Envoy "
     "-> org:UN (README choices: supporting the Secretary-General is 051 to org:UN; set 263: support for the UN Special "
     "Envoy for Syria's efforts a 051 to org:UN); 'diplomatic engagement with international partners to reinforce "
     "a credible political process' is the topic of the talks, an engagement noun with no agent and uncoded "
     "partners (set 242: discussion topics uncoded; held-out 4 row 24 and 20 row 5: agentless 'efforts' topics "
     "uncoded) (borderline a nominal 040 from org:UN or USA/GOV with no target); 'a credible political process "
     "that will lead to an enduring and dignified resolution of the conflict' names no party, not coded (set 256: "
     "Lenderking's 'peace process' with no party uncoded) (borderline a future nominal 057 with no source to bare "
     "ESH)"),
 1: ([("will meet with diplomatic partners and heads of international humanitarian organizations", "036", "USA/GOV",
       N, False, F, N, False)],
     "Release on Under Secretary Zeya's travel to Geneva (28 Feb 2022) -> USA/GOV; 'While in Geneva' refers back to "
     "the trip of the sentence before and is not coded again; 'will meet with diplomatic partners and heads of "
     "international humanitarian organizations' = announced meetings -> 036 future (guideline: future meetings get "
     "036), the partners and organisations unnamed collectives -> target null (guideline), the two groups one "
     "actor pair, coded once (set 252: Allen's meetings 'with senior diplomatic counterparts, digital "
     "communications experts, and alumni' one future 036 with no target; set 233: the Prosper Africa delegation's "
     "meetings one future 036 with no target) (borderline one 036 per group, or org:ICRC and org:UNHCR from outside "
     "knowledge of Geneva's humanitarian organisations; Geneva is a place)"),
 # --- State Dept random: cue
 2: ([("bilateral and regional cooperation is essential", "050", "USA/GOV", "CHL/GOV", False, D, N, True)],
     "Readout of Blinken's meeting with Chilean FM Allamand (16 July 2021) -> USA/GOV; 'stressed' is the two "
     "speakers' speech verb, not coded (guideline); 'bilateral and regional cooperation is essential to addressing "
     "the Hemisphere's shared challenges' = a deontic on cooperation with no request verb ('is essential', as 'it is "
     "important to help X') -> demanded (guideline), 'bilateral' naming the two governments of the meeting -> "
     "nominal 050 USA/GOV -> CHL/GOV, symmetric, coded once from the document's government (set 238: 'cooperation "
     "between and among the United States, the ROK, and Japan is essential' a demanded nominal 050 from USA/GOV to "
     "each other party; set 268: 'the importance of cooperation between the United States and Turkey' a demanded "
     "nominal 050); 'regional cooperation' with the Hemisphere's unnamed states is folded in, its partners uncoded "
     "collectives (borderline a second demanded nominal 050 with no target); 'promoting democracy in the region' "
     "is an abstract aim, not coded"),
 3: ([], "Release on the launch of the Counterterrorism Law Enforcement Forum (13 May 2022): 'The inaugural CTLEF "
         "meeting' is the anaphoric meeting launched and co-hosted in the sentence before, a forum with no code "
         "whose name gives no participants, and it is the subject of an outcome, not coded again (set 248: 'This "
         "meeting' uncoded; held-out 279: 'The meetings took place' uncoded) (borderline a nominal 043 USA/GOV, the "
         "organiser, or a nominal 040); 'increased awareness and information sharing among law enforcement and "
         "criminal justice partners' = information sharing (CAMEO 064) among practitioners from Europe, the "
         "Americas and the Indo-Pacific, uncoded collectives (README choices: acts between uncoded collectives are "
         "left uncoded) (borderline a nominal 064 from USA/GOV with no target, US officials being among the "
         "participants named in the text after, or one per participant the document names); 'REMVE activity' and "
         "'the transnational linkages between and among REMVE actors' are agentless descriptions of unnamed "
         "extremists (set 213: ISIL and uncoded groups have no code), no act between coded actors"),
 4: ([("He discussed", "040", "USA/GOV", "org:ASEAN", False, A, N, False),
      ("reiterated U.S. support", "051", "USA/GOV", "org:ASEAN", False, A, N, False)],
     "Release on the East Asia Summit Senior Officials' Meeting (24 June 2021); 'He' = Senior Bureau Official Kin "
     "Moy -> USA/GOV; 'He discussed the importance of upholding the rules-based international order' -> 040 "
     "(guideline: discuss 040) with his counterparts of the sentence before, the senior officials of the EAS "
     "nations and ASEAN's Deputy Secretary General -> org:ASEAN, the EAS having no code and no member named (set "
     "276: Blinken's call with the EAS foreign ministers and the ASEAN Secretary General one 040 to org:ASEAN) "
     "(borderline a second 040 with no target for the EAS nations); 'the importance of upholding the rules-based "
     "international order' is an abstract topic, not coded; 'reiterated U.S. support for the ASEAN Outlook on the "
     "Indo-Pacific' = verbal support for an organisation's own policy document -> 051 to org:ASEAN, not nominal "
     "under its verb (held-out 241 row 7: 'reiterated U.S. support for the development of a new NATO Strategic "
     "Concept' a non-nominal 051 to org:NATO; set 238: 'U.S. support for ASEAN centrality' a 051 to org:ASEAN) "
     "(borderline a nominal 051, or uncoded as an abstract policy position)"),
 5: ([("They discussed", "040", "USA/GOV", "ISR/GOV", False, A, N, False),
      ("the steps Israel has taken", "080", "ISR/GOV", "PSE", False, A, N, False)],
     "Readout of Blinken's call with Israeli FM Lapid (19 Apr 2022); 'They' = Blinken and Lapid (sentence before) "
     "-> 040 (guideline: discuss 040), symmetric, from the document's government to ISR/GOV; 'the steps Israel has "
     "taken to do so' = realised steps, 'do so' resolved from the sentence before as working 'to end the cycle of "
     "violence ... by exercising restraint and refraining from actions that escalate tensions, including at ... "
     "Haram al-Sharif/Temple Mount' -> easing tensions, a yield 080 (PETRARCH's CAMEO dictionary: EASE TENSIONS "
     "[080]; set 183: 'a freeze in Israeli settlement activity' an 080 to bare PSE), asserted on the finite 'has "
     "taken' and so not nominal (set 228: 'have taken steps to enable the delivery' coded as the act the steps "
     "serve), to the other side of the cycle of violence, the Palestinians of the sentence before -> bare PSE "
     "(borderline 087 de-escalation, PSE/CVL, or uncoded as unspecified steps)"),
 6: ([("The United States also recognizes", "051", "USA/GOV", "SAU/GOV", False, A, N, False),
      ("Saudi Arabia’s efforts to advance implementation", "045", "SAU/GOV", "YEM", False, A, N, True)],
     "Release on Special Envoy Lenderking's travel to Saudi Arabia (15 June 2021) -> USA/GOV; 'The United States "
     "also recognizes Saudi Arabia's efforts' = acknowledgement of another government's efforts -> 051 (README "
     "choices: 'We recognize Syria's important role' is a 051; acknowledging a government's progress is 051) to "
     "SAU/GOV; 'Saudi Arabia's efforts to advance implementation of the Riyadh Agreement' = Riyadh's third-party "
     "efforts on the agreement it brokered between the Yemeni government and the southern separatists -> nominal "
     "045 with its agent (set 254: 'Oman's efforts to strengthen and extend the truce in Yemen' a nominal 045 to "
     "bare YEM; README choices: a mediation noun naming its broker is 045), the parties never named in the "
     "document as parties to the Agreement -> bare YEM (borderline YEM/GOV, named in the first sentence as a "
     "government Lenderking will meet, plus YEM/REB for the Southern Transitional Council; or the efforts uncoded, "
     "as sets 228 and 237 left the Riyadh Agreement's implementation uncoded); the Riyadh Agreement itself names "
     "no party here and is not coded (README choices: the welcome of an agreement codes it too unless it names no party); 'which is "
     "essential to stability, security, and prosperity in the south of Yemen' is an evaluation, not coded"),
 7: ([("Secretary Blinken and Secretary Ebrard discussed", "040", "USA/GOV", "MEX/GOV", False, A, N, False),
      ("continued cooperation between the United States and Mexico", "050", "USA/GOV", "MEX/GOV", False, A, N,
       True)],
     "Readout of Blinken's meeting with Mexican Foreign Secretary Ebrard in San José (2 June 2021) -> USA/GOV; "
     "'Secretary Blinken and Secretary Ebrard discussed' -> 040 (guideline), a symmetric meeting coded once from "
     "the document's government (guideline); 'continued cooperation between the United States and Mexico on a "
     "variety of issues' = ongoing cooperation, a cooperation noun naming its parties -> nominal 050 asserted "
     "(README choices: cooperation nouns naming their parties are a nominal 050; set 270: 'U.S.-Palau cooperation', "
     "a discussion topic naming its parties, a nominal 050) (borderline uncoded as a discussion topic, as set "
     "242); 'to promote the prosperity and security of both nations' is the cooperation's aim, folded in"),
 8: ([("He commended the bravery and determination of the Ukrainian people", "051", "USA/GOV", "UKR/CVL", False, A,
       N, False)],
     "Readout of Blinken's call with Ukrainian FM Kuleba (2 Mar 2022); 'He' = the Secretary -> USA/GOV; 'commended "
     "the bravery and determination of the Ukrainian people' -> 051 (guideline: commend 051) to the people -> "
     "UKR/CVL (set 264: 'offered steadfast solidarity with the Ukrainian people' a 051 to UKR/CVL; set 268: "
     "Blinken's praise of the Ukrainian people's courage a 051 to UKR/CVL)"),
 9: ([("Deputy Secretary Sherman and Minister Ngoubili discussed", "040", "USA/GOV", "GAB/GOV", False, A, N, False),
      ("strengthen maritime security in the Gulf of Guinea", "0312", "USA/GOV", "GAB/GOV", False, F, N, False),
      ("continue joint training programs with the Gabonese military", "0312", "USA/GOV", "GAB/MIL", False, F, N,
       False)],
     "Readout of Deputy Secretary Sherman's meeting with Gabon's Defense Minister in Libreville (6 May 2022) -> "
     "USA/GOV; 'discussed' -> 040 (guideline), symmetric, from the document's government to GAB/GOV (the Minister "
     "of Defense being a civilian cabinet member); 'opportunities to strengthen maritime security in the Gulf of "
     "Guinea, continue joint training programs with the Gabonese military, and deepen peace and security' = plans "
     "discussed to expand cooperation -> future 03x (README choices: plans discussed to expand cooperation are a "
     "nominal 030 future per partner; set 248: 'opportunities to deepen cooperation' a future 030), the security "
     "content giving the military intent code 0312 (set 246: 'looking ways of deepening cooperation in the sphere "
     "of defense' a future 0312; set 276: 'ways to deepen security cooperation' a future 0312); the maritime "
     "security cooperation goes to the government, and 'continue joint training programs with the Gabonese "
     "military' names its own partner -> a second future 0312 to GAB/MIL (guideline: /MIL for armed forces), both "
     "on infinitives and so not nominal; 'deepen peace and security in the region and globally' is folded into the "
     "first (borderline one future 0312 to GAB/GOV for all three, USA/MIL as source of the joint training, or 072 "
     "future for the training after PETRARCH's TRAIN * FORCES, as set 269)"),
 10: ([("reiterated the United States’ condemnation", "111", "USA/GOV", "RUS/GOV", False, A, N, False),
       ("committed by Russia’s armed forces", "200", "RUS/MIL", "UKR", False, A, N, False)],
      "Readout of Blinken's call with Ukrainian FM Kuleba (22 July 2022); 'He' = the Secretary -> USA/GOV; "
      "'reiterated the United States' condemnation of the atrocities' -> 111 (guideline: condemn 111), not nominal "
      "under its verb (set 237: 'Reiterate our condemnation' two non-nominal 111s), to RUS/GOV (set 233 row 10, "
      "held-out 15 row 3 and 25 row 7: the condemnation goes to RUS/GOV also when the condemned acts are the "
      "forces') (borderline RUS/MIL); 'the atrocities committed by Russia's armed forces' = realised mass "
      "atrocities, a participle with its agent -> 200 not nominal (set 233 row 10: 'the atrocities committed by "
      "Russia in Bucha' a non-nominal 200 RUS/MIL -> UKR; held-out 279 row 2), 'Russia's armed forces' -> RUS/MIL "
      "(guideline), Ukraine from the text before -> bare UKR (borderline UKR/CVL, or 202); 'stressed the enduring "
      "U.S. focus on ensuring accountability' = accountability, not a CAMEO act (set 231: 'hold to account' and "
      "'securing accountability' uncoded)"),
 11: ([("spoke today with", "040", "USA/GOV", "AUS/GOV", False, A, N, False)],
      "Readout of Blinken's call with Australian FM Wong (25 June 2022); the sentence begins at 'Blinken' because "
      "the splitter cut after 'Antony J.' -> USA/GOV; 'spoke today with Australian Foreign Minister Penny Wong' -> "
      "040 (guideline: a call is 040) to AUS/GOV; 'to continue their previous discussions' is the call's purpose, "
      "the call being the continuation itself, folded in (borderline a second, nominal 040 for the earlier "
      "discussions); 'the upcoming G-20 Ministerial meetings in Bali' is the topic, a meeting noun with no agent in "
      "the sentence, not coded (set 276: 'the upcoming Leaders' Summit in Madrid' named as a topic uncoded, "
      "following set 226) (borderline one future nominal 036 each from USA/GOV and AUS/GOV to org:G20, as set 252's "
      "'Preparations for the ... Extraordinary NATO Summit')"),
 # --- State Dept random: nocue
 12: ([("He will also hear from local resettlement agencies", "036", "USA/GOV", "USA/NGO", False, F, N, False)],
      "Release on Deputy Secretary McKeon's travel to Boston and Portsmouth (10 Mar 2022); 'He' = McKeon -> "
      "USA/GOV; 'will also hear from local resettlement agencies' = an announced consultation -> 036 future "
      "(guideline: future meetings 036; set 230: 'excited to hear from you' a future 036; set 252: McKeon's "
      "announced meeting with the SOUTHCOM commander a future 036 USA/GOV -> USA/MIL), the resettlement agencies "
      "being non-governmental organisations -> USA/NGO (borderline uncoded as domestic business, as set 274's "
      "visits to US passport facilities); 'and state government officials' = Massachusetts officials, USA/GOV under "
      "the sub-national rule, a meeting of the government with itself, not coded (set 274: internal visits uncoded) "
      "(borderline a second future 036 USA/GOV -> USA/GOV); 'initiatives to develop community sponsors and address "
      "housing challenges' are domestic resettlement programmes, not coded (README choices: domestic programmes "
      "uncoded)"),
 13: ([("It’s wonderful to be able to see all of you", "040", "USA/GOV", "UKR/CVL", False, A, N, False),
       ("I wish it was actually in Kyiv", "042", "USA/GOV", "UKR", False, H, N, False)],
      "Blinken at a meeting with Ukrainian civil society in Rzeszów, Poland (5 Mar 2022), his turn -> USA/GOV; "
      "'It's wonderful to be able to see all of you' = the meeting under way -> 040 asserted to Ukrainian civil "
      "society -> UKR/CVL (held-out 9 row 34, same transcript: 'good to see each of you here' a 040 USA/GOV -> "
      "UKR/CVL; set 247: 'Nice to meet you – to see you again' a 040) (borderline UKR/NGO, or uncoded as a "
      "greeting); 'I wish it was not here' is no negated meeting, the negation bearing on the place (set 147: 'was "
      "not able to come here from Jerusalem' no negated visit); 'I wish it was actually in Kyiv or somewhere else in "
      "Ukraine' = a counterfactual wish that the meeting were held in Ukraine, i.e. a visit there -> 042 "
      "hypothetical to the bare country (guideline: counterfactuals such as 'I would have preferred to meet' are "
      "hypothetical; set 172: 'We had hoped to express our gratitude' a hypothetical 051) (borderline uncoded as an "
      "optative wish, or a hypothetical 040 folded into the meeting)"),
 14: ([], "Price's statement on Timor-Leste's presidential election (21 Apr 2022): 'This achievement' is the "
          "anaphoric free and fair election of the text before, already commended there; 'represents another "
          "milestone in Timor-Leste's tremendous work to build and strengthen its robust, vibrant democracy' is an "
          "evaluation of a domestic development with no praise verb (guideline: evaluative descriptions without a "
          "behaviour verb not coded; set 229 and held-out 275: evaluations without a praise verb uncoded; README "
          "choices: domestic programmes uncoded) (borderline a 051 USA/GOV -> TLS/GOV, as held-out 279 coded "
          "Timor-Leste's 'important and welcome voice' as praise without a praise verb, following sets 251 and "
          "268)"),
 15: ([], "Release on the TechWomen exchange programme (25 Feb 2022): 'the TechWomen participants will strengthen "
          "business ties and build stronger professional networks' describes the expected results of an exchange "
          "programme for women professionals from many unnamed countries, an uncoded collective, with US mentors "
          "(held-out 279: an exchange programme's description uncoded; README choices: acts between uncoded "
          "collectives uncoded) (borderline a future 0311 with no source to USA/CVL or USA/BUS); 'Through "
          "mentorships with U.S. women leaders' is the programme's means, not coded (borderline a nominal 070 from "
          "USA/CVL with no target)"),
 16: ([], "Release on the Summit for Democracy IVLP exchange (6 June 2022): 'Follow the program on Facebook or Twitter "
          "using #S4DIVLP' = an instruction to readers, no act between actors (held-out 275 and 283: Twitter "
          "pointers uncoded; set 230: a website pointer uncoded)"),
 17: ([("reaffirmed their commitment to stop the spread of violent extremism", "0312", "USA/GOV", "CIV/GOV", False,
        A, N, False)],
      "Readout of Blinken's meeting with Ivoirian Prime Minister Achi (14 Mar 2022) -> USA/GOV; 'The Secretary and "
      "Prime Minister reaffirmed their commitment to stop the spread of violent extremism in West Africa' = a joint "
      "commitment stated as a fact -> asserted 03x (README choices: commitments stated as facts are asserted 03x; a "
      "joint commitment is one event per pair from the document's government, held-out 16, 21 row 15, 222 row 15; "
      "set 224: 'They committed to work closely together' a 030), its counter-terrorism content giving the security "
      "intent code 0312, symmetric, coded once from the document's government to CIV/GOV (borderline 030; or "
      "uncoded as an abstract commitment with no counterpart, as held-out 273's 'its commitment to "
      "counterterrorism', here the 'their' making the two governments partners); the extremists are unnamed and "
      "have no code (set 213), so no act against them is coded"),
 18: ([], "Blinken's Nowruz greeting (20 Mar 2022): 'we hope this new day brings health, happiness, and time to renew "
          "meaningful connections with friends and loved ones' is well-wishing to those celebrating anywhere, not "
          "coded (README choices: well-wishing uncoded, 'I wish all people of Vanuatu health and happiness'); the "
          "places listed (the United States, Iran, ...) are where the holiday is celebrated, not actors"),
}
