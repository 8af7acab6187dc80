"""Hand annotations for the TWO-HUNDRED-AND-EIGHTY-FIFTH held-out event gold set (source of events-heldout285.jsonl).

Keyed by the row index of selection-heldout285.jsonl (output of select_statement_sentence_heldout.py 285; rows 0-18
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
    python3 data/gold/build_events.py --selection selection-heldout285.jsonl \\
        --annotations annotations_heldout285 --output events-heldout285.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will travel to Davos", "036", "USA/GOV", "CHE", False, F, N, False),
      ("to engage global leaders at the World Economic Forum Annual Meeting", "036", "USA/GOV", N, False, F, N,
       False)],
     "Release on Special Presidential Envoy for Climate Kerry's travel to Switzerland and Germany (20 May 2022) -> "
     "USA/GOV; 'will travel to Davos May 21-24' = an announced trip -> 036 future (README choices: an announced trip "
     "is 036 future) to the bare destination country, Davos a place in Switzerland (title) -> CHE (held-out 283 row "
     "0 and set 241: one 036 per destination country); 'to engage global leaders at the World Economic Forum Annual "
     "Meeting' = announced meetings on the trip -> a second 036 future (set 238: 'will first travel to Jerusalem, "
     "where he will meet with' a 036 for the trip and one for the meetings; set 239: Kerry's trip to the UN Ocean "
     "Conference, the trip and 'to lead the U.S. delegation' two future 036s), the 'global leaders' an uncoded "
     "collective -> target null (guideline: collectives without a code -> null; set 233: 'will meet with "
     "entrepreneurs, ... investors, and policy-makers' one future 036 with no target) (borderline CHE/NGO for the "
     "World Economic Forum as the meeting's organiser, as set 219 flagged, or the meetings folded into the trip, as "
     "held-out 283 row 0 folded a trip's purpose); 'on private sector climate action including shipping "
     "decarbonization, ocean stewardship, energy security ...' = the meetings' topics, not coded"),
 1: ([("will accompany Under Secretary for Political Affairs Victoria Nuland at the Ministerial meeting", "036",
       "USA/GOV", N, False, F, N, False)],
     "Release on Acting Assistant Secretary Lempert's travel to Morocco and Tunisia (10 May 2022) -> USA/GOV; the "
     "trip to Marrakech itself is announced in the sentence before and not coded here; 'will accompany Under "
     "Secretary for Political Affairs Victoria Nuland' = accompanying an official of her own government, internal, "
     "no act between actors on its own; 'at the Ministerial meeting of the Global Coalition to Defeat ISIS from May "
     "10-12 in Marrakech' = future participation in a meeting -> 036 future (set 250 row 1, Nuland's same trip: 'to "
     "attend a meeting of the Ministers of the Global Coalition to Defeat ISIS' a future 036 with no target), the "
     "Global Coalition having no code (README choices: the Global Coalition to Defeat ISIS has no code, its events "
     "get null) -> target null, the accompanying folded into the participation as its manner (borderline MAR/GOV "
     "as co-host of the Ministerial, as held-out 273 row 4 noted 'Morocco's hosting of the Ministerial'; or "
     "uncoded, accompanying a colleague being internal business, as set 273's official joining her own Under "
     "Secretary)"),
 # --- State Dept random: cue
 2: ([("reaffirming our strong commitment to the Ukrainian people", "032", "USA/GOV", "UKR/CVL", False, A, N, False),
      ("joining with allies and partners", "050", "USA/GOV", N, False, A, N, False),
      ("to mobilize robust international support for Ukraine", "070", "USA/GOV", "UKR", False, A, N, False)],
     "Blinken's statement on U.S. action to strengthen Ukraine's economy (15 Feb 2022) -> USA/GOV; 'The United "
     "States is reaffirming our strong commitment to the Ukrainian people' = a commitment of support stated as a "
     "fact -> asserted 03x (README choices: commitments stated as facts are asserted 03x), to a people -> 032 "
     "(set 263: 'our shared commitment to the people of Ukraine' a nominal 032 per partner; held-out 283 row 18: "
     "'unwavering in our commitment to helping Tibetans' an asserted 032), carried by the finite 'is reaffirming' "
     "and so not nominal, -> UKR/CVL (borderline 033, the commitment being made good by the loan guarantee of the "
     "sentence after, or bare UKR); 'by joining with allies and partners' = cooperation with uncoded collectives "
     "-> 050 with no target (set 229: partnering only with uncoded collectives one 050 with no target) (borderline "
     "folded into the mobilisation, or dropped as set 267's 'together with Allies and partners'); 'to mobilize "
     "robust international support for Ukraine' = the ongoing mobilisation of aid of which the US loan guarantee "
     "(sentence after) is part -> 070 asserted (set 233: 'mobilizing resources to meet urgent humanitarian needs' "
     "an asserted 073), from the document's government, the allies folded into the 050, to the bare country "
     "(held-out 3 row 32, same document: the loan guarantees 'helping Ukraine' a 070) (borderline 1031 for "
     "rallying others' aid, as set 245's 'rallied the private sector to invest' a 1011, or uncoded as a purpose "
     "clause, as set 179)"),
 3: ([("thanked Foreign Minister Motegi", "051", "USA/GOV", "JPN/GOV", False, A, N, False)],
     "Readout of Blinken's call with FM Motegi (6 Aug 2021) -> USA/GOV; 'Secretary Blinken also thanked Foreign "
     "Minister Motegi' -> 051 (guideline: thank 051), Motegi -> JPN/GOV; 'for Japan's commitment to hosting safe "
     "and secure Olympic and Paralympic games' = hosting sporting events with no named political counterpart, not "
     "coded (sets 181 and 188: hosting sports games uncoded; held-out 58 row 8 and held-out 266 row 33: Olympic and "
     "World Cup hosting not coded) (borderline a nominal 043 JPN/GOV with no target, or a 030 for the "
     "commitment)"),
 4: ([("discussed the critical humanitarian needs", "040", "USA/GOV", "org:UN", False, A, N, False),
      ("the need for rapid and unimpeded movement of relief and recovery supplies", "0863", N, "PSE/CVL", False, D, N,
       True),
      ("ensures assistance goes to the Palestinian people and not Hamas", "070", N, "PSE/REB", True, D, N, False)],
     "Readout of Blinken's call with UN Special Coordinator for Middle East Peace Wennesland (27 May 2021) -> "
     "USA/GOV; 'Secretary Blinken and Special Coordinator Wennesland discussed' -> 040 (guideline), symmetric, coded "
     "once from the document's government, the UN Special Coordinator standing for the Organization (held-out sets: "
     "the Secretary-General's envoys are org:UN) -> org:UN; 'the critical humanitarian needs of the Palestinian "
     "people' is the topic; 'underscored the need for rapid and unimpeded movement of relief and recovery supplies' "
     "= an agentless statement of need for humanitarian access (README choices: agentless denial of humanitarian "
     "access is 1623 to the civilians; set 236: 'humanitarian access ... urgently required' a demanded 0863 with no "
     "source; set 254: 'Humanitarian aid deliveries must be allowed to continue' a demanded 0863) -> demanded "
     "nominal 0863 with no source, the crossings' controller never named in the document (borderline ISR/GOV from "
     "outside knowledge, or a demanded 073 for the supplies themselves), to the recipients 'the Palestinian people' "
     "of the same sentence -> PSE/CVL; 'that also ensures assistance goes to the Palestinian people and not Hamas' "
     "= the same aid reaching the people, folded into the 0863 (guideline: one event per actor pair), and its not "
     "reaching Hamas -> a negated 070 (set 223: 'To ensure that Hamas does not benefit from these reconstruction "
     "efforts' a negated 070 to PSE/REB; sets 193 and 200: negated 070s for not aiding an armed group), demanded "
     "under the same 'need', with no source, Hamas -> PSE/REB (README choices: Hamas PSE/REB) (borderline 073, or "
     "source USA/GOV as the donor that must ensure it)"),
 5: ([("We welcome the agreement", "051", "USA/GOV", "org:ECOWAS", False, A, N, False),
      ("We welcome the agreement", "051", "USA/GOV", "MLI/GOV", False, A, N, False),
      ("the agreement between ECOWAS and Mali", "057", "org:ECOWAS", "MLI/GOV", False, A, N, True)],
     "Price's statement on the ECOWAS Summit (6 July 2022) -> USA/GOV; 'We welcome the agreement between ECOWAS and "
     "Mali on a 24-month transition timeline' -> 051 (guideline: welcome 051) to each named party of the agreement "
     "(README choices: 'satisfaction over the signing' is a welcome to each party; welcoming several developments "
     "is 051 to each named party) -> org:ECOWAS (README) and MLI/GOV, Mali's transition government coded as held-out "
     "9 row 18 and held-out 244 row 10 on the same transition (borderline MLI/MIL under the junta rule); the "
     "welcome of an agreement between named parties codes the agreement too (README choices: 057 between them) -> "
     "a nominal 057 from the first-named party, ECOWAS, to MLI/GOV (README choices: an agreement named after its "
     "parties is a nominal 057 from the first-named party); 'starting in March 2022' is the timeline's content"),
 6: ([("to support vulnerable Venezuelans inside Venezuela", "073", "USA/GOV", "VEN/CVL", False, A, N, False),
      ("$40 million in development funding through USAID", "071", "USA/GOV", "VEN/CVL", False, A, N, True)],
     "Release on additional U.S. humanitarian assistance for the Venezuela regional crisis (10 June 2022) -> "
     "USA/GOV; 'This assistance' = the $314 million announced by President Biden in the sentence before, anaphoric, "
     "its parts named here with their agents, the State Department's PRM and USAID, both the document's government "
     "-> USA/GOV; 'nearly $103 million from the State Department's ... PRM and over $171 million from ... USAID ... "
     "to support vulnerable Venezuelans inside Venezuela and those who have sought refuge throughout Latin America "
     "and the Caribbean' = committed humanitarian funding (README choices: committed aid sums are aid) -> 073, one "
     "event for the two humanitarian sums (README choices: one aid noun covering several kinds is one 070; held-out "
     "233 row 7: one nominal 070 for the repeated mentions of one aid flow), carried by the finite purpose verb 'to "
     "support' and so not nominal, asserted as an announced, committed sum (held-out 233 row 7: the $250 million "
     "'announced' a nominal 070 asserted) (borderline future, or 0333), the Venezuelans inside Venezuela and the "
     "Venezuelan refugees elsewhere both -> VEN/CVL, one actor pair (guideline); 'those who have sought refuge' "
     "names no host, not coded (borderline a 075 with no source to VEN/CVL); 'as well as $40 million in development "
     "funding through USAID' = a second kind of aid, development rather than humanitarian -> nominal 071 "
     "(guideline: aid 07x; set 156: 'providing official development assistance' a 071 beside a 070), to the same "
     "Venezuelan refugees and migrants (title; sentence before) -> VEN/CVL (borderline folded into one 070, as held-"
     "out 233 row 7, or target null for the hemisphere's host communities)"),
 7: ([("U.S. support for a return to democracy in Venezuela", "051", "USA/GOV", "VEN", False, A, N, True),
      ("our desire to help the Venezuelan people rebuild their country", "033", "USA/GOV", "VEN/CVL", False, A, N,
       True)],
     "Readout of Blinken's meeting with Cardinal Parolin and Archbishop Gallagher (28 June 2021) -> USA/GOV; 'The "
     "Secretary reiterated' is the document's own official's speech verb, not coded (guideline); 'U.S. support for "
     "a return to democracy in Venezuela' = a support noun with its agent, aimed at a process whose parties the "
     "document does not name -> nominal 051 to the bare country (set 266: 'reiterated their support for national "
     "elections in Libya' a 051 to bare LBY; set 236: support for Libya's political process to bare LBY) "
     "(borderline a 104 request to VEN/GOV, as the README's 'support for a release is 1053', or a demanded nominal "
     "0834 with no source to VEN/CVL, as set 238's 'restoring Burma's path to democracy'); 'our desire to help the "
     "Venezuelan people rebuild their country' = the speaker's own stated intent to give material help, not an "
     "optative hope about another actor (README choices: a hope about another actor's act is optative; 'hope that "
     "we can work together' is 030) -> 033 (express intent to provide material aid), nominal with its agent "
     "'our', asserted as an intent stated as a fact (guideline), to the people -> VEN/CVL (borderline 0331 for "
     "reconstruction aid, or a future 070)"),
 8: ([("remained committed to support a political solution to the conflict", "032", "USA/GOV", "AFG/GOV", False, A,
       N, False),
      ("remained committed to support a political solution to the conflict", "032", "USA/GOV", "AFG/REB", False, A,
       N, False)],
     "Readout of Blinken's and Austin's call with President Ghani (12 Aug 2021) -> USA/GOV; 'Secretary Blinken "
     "affirmed that' is the document's own official's speech verb, reported_by null (guideline); 'the United "
     "States remained committed to support a political solution to the conflict' = a commitment to support stated "
     "as a fact -> asserted 03x (README choices: 'remain committed to supporting' an asserted 03x), diplomatic "
     "support for a settlement -> 032 (set 246: 'support regional African efforts to advance peace' a 032; set 266: "
     "'will continue to support the Georgian people' a 032), aimed at a process and so going to its named parties "
     "(README choices: support or welcome aimed at a process goes to its named parties), the conflict being the "
     "war between the Afghan Government and the Taliban named in the document's first sentence ('in the face of "
     "violence by the Taliban') (guideline: a missing participant from the context) -> AFG/GOV and AFG/REB, the "
     "Taliban before 15 Aug 2021 (guideline) (borderline 039, as set 250's 'remains committed to advancing "
     "diplomatic efforts' and held-out 283 row 9's 'helping the sides negotiate', or 107); 'the conflict' itself is "
     "an anaphoric conflict noun, not coded again (borderline a nominal 190 AFG/REB -> AFG/GOV)"),
 9: ([("series of escalatory ballistic missile launches", "150", "PRK/MIL", N, False, A, N, True),
      ("are in blatant violation of UN Security Council resolutions", "128", "PRK/GOV", "org:UNSC", False, A, N,
       True)],
     "Blinken's statement on the designations targeting the DPRK's missile and WMD programs (27 May 2022) -> "
     "USA/GOV; 'The Democratic People's Republic of Korea's (DPRK's) series of escalatory ballistic missile "
     "launches' = missile launches with their agent -> nominal 150 (guideline: missile launches and weapons tests "
     "150; 'the DPRK's missile launches' the guideline's nominal example), PRK/MIL with no target (held-out 228 row "
     "15: the DPRK's 'recent ballistic missile launches' a nominal 150 PRK/MIL with no target; set 242); 'including "
     "six intercontinental ballistic missile tests this year alone' names part of the same series, folded in (set "
     "242: the 24 March launch folded into 'the continued testing of ballistic missiles') (borderline a second "
     "150); 'are in blatant violation of UN Security Council resolutions' -> defy norms 128, nominal, from the state "
     "bound by the resolutions to the Council -> PRK/GOV -> org:UNSC (held-out 228 row 15: 'which were in violation "
     "of multiple UN Security Council resolutions' a nominal 128 beside the launches; set 276: the same, because the "
     "launch noun has its agent) (borderline uncoded as a characterisation, as held-out 6 and 22, or source "
     "PRK/MIL); 'pose a grave threat to regional stability and international peace and security' = a risk, "
     "figurative threat, not coded (guideline: 'threat to all of us' is figurative)"),
 10: ([("discussed the importance", "040", "USA/GOV", "PAK/GOV", False, A, N, False),
       ("continued U.S.-Pakistan cooperation on the Afghanistan peace process", "050", "USA/GOV", "PAK/GOV", False,
        D, N, True),
       ("the visit to the United States by Afghan President Ghani and Chairman Abdullah", "042", "AFG/GOV", "USA",
        False, A, N, True)],
      "Readout of Blinken's call with FM Qureshi (9 July 2021) -> USA/GOV; 'The Secretary and the Foreign Minister "
      "discussed' -> 040 (guideline), symmetric, coded once from the document's government -> PAK/GOV; 'the "
      "importance of continued U.S.-Pakistan cooperation on the Afghanistan peace process' = a cooperation noun "
      "naming its parties under an 'importance' frame -> demanded nominal 050 (set 268: 'The importance of "
      "cooperation between the United States and Turkey' a demanded nominal 050; set 252), USA/GOV -> PAK/GOV "
      "(borderline asserted for the ongoing cooperation, as held-out 10/11); 'the Afghanistan peace process' is an "
      "agentless process noun, not coded (borderline a nominal 046 AFG/GOV -> AFG/REB); 'following the visit to the "
      "United States by Afghan President Ghani and Chairman Abdullah' (June 2021) = a realised visit named as a time "
      "marker with its agents -> nominal 042 to the bare country (README choices: official visits from several "
      "people are one nominal 042 per visitor; set 276: 'Following President Biden's travel to Brussels' a nominal "
      "042 to bare BEL), Ghani and Abdullah, Chairman of the High Council for National Reconciliation, both "
      "AFG/GOV, so one actor pair coded once (guideline: one event per actor pair) (borderline a second 042 for "
      "Abdullah, AFG/OPP, or uncoded as a time marker, as set 241)"),
 11: ([("expressed their support for the ceasefire", "051", "USA/GOV", "ISR/GOV", False, A, N, False),
       ("expressed their support for the ceasefire", "051", "USA/GOV", "PSE/REB", False, A, N, False),
       ("expressed their support for the ceasefire", "051", "SAU/GOV", "ISR/GOV", False, A, N, False),
       ("expressed their support for the ceasefire", "051", "SAU/GOV", "PSE/REB", False, A, N, False),
       ("the ceasefire between Israel, Hamas, and other parties in Gaza", "0871", "ISR/GOV", "PSE/REB", False, A, N,
        True),
       ("discussed efforts to reduce risks", "040", "USA/GOV", "SAU/GOV", False, A, N, False)],
      "Readout of Blinken's call with Saudi FM Faisal bin Farhan (27 May 2021) -> USA/GOV; 'The Secretary and Foreign "
      "Minister expressed their support for the ceasefire' = a joint expression of support, one per speaker (README "
      "choices: a jointly reaffirmed warning is one 130 per speaker; a joint expression of support is one 051 each), "
      "-> 051 (guideline: 'express support' 051) from USA/GOV and from SAU/GOV, aimed at a process and so going to "
      "its named parties (README choices), here named in the same sentence -> ISR/GOV and PSE/REB (README choices: "
      "Hamas PSE/REB), 'other parties in Gaza' an unnamed group, dropped (set 264: the same ceasefire, Blinken's 051 "
      "to ISR/GOV only because that document never named Hamas) (borderline ISR/GOV only, support to Hamas being odd "
      "for the speakers, or one 051 per speaker with no target); 'the ceasefire between Israel, Hamas, and other "
      "parties in Gaza' = a realised ceasefire naming its parties -> nominal 0871 from the first-named (README "
      "choices) ISR/GOV -> PSE/REB; 'discussed efforts to reduce risks of further conflict' -> 040 (guideline), "
      "coded once from the document's government -> SAU/GOV, the agentless efforts a topic, not coded (held-out 273: "
      "agentless 'reducing intercommunal tensions' uncoded)"),
 # --- State Dept random: nocue
 12: ([("values the strong relationship", "051", "USA/GOV", "GRD/GOV", False, A, N, False),
       ("the strong relationship between our two countries", "050", "USA/GOV", "GRD/GOV", False, A, N, True)],
      "Blinken's Grenada Independence Day message (7 Feb 2022) -> USA/GOV; 'The United States values the strong "
      "relationship between our two countries' = appreciation of the partner -> 051, plus the relationship as a "
      "cooperation noun naming its parties ('our two countries') -> nominal 050, both to GRD/GOV (set 268: 'values "
      "our strong relationship with Madagascar' a 051 and a nominal 050; held-out 283 row 12) (borderline the 051 "
      "uncoded as a sentiment, as held-out 13 and 23 read 'values'); 'wishes the citizens of Grenada a happy "
      "Independence Day' = well-wishing, not coded (README choices: well-wishing uncoded; set 262)"),
 13: ([("will continue to do everything possible to assist and to help the people of Ethiopia", "070", "USA/GOV",
        "ETH/CVL", False, F, N, False)],
      "Blinken's statement on Ethiopia's humanitarian truce (24 Mar 2022) -> USA/GOV; 'The United States will "
      "continue to do everything possible to assist and to help the people of Ethiopia' = continued material help, a "
      "future material act keeping its code (README choices: 'we will continue support' 070 future; set 146: 'will "
      "continue to support our friends and allies by all available means' a future 070), 'assist' and 'help' one "
      "act -> 070 future to ETH/CVL (borderline 073, the statement being about humanitarian assistance, or 032); "
      "'to advance a peaceful future' is an abstract purpose, not coded"),
 14: ([], "Release on the Global Sports Mentoring Program's 10th anniversary (22 June 2022): 'the GSMP received ESPN's "
          "Stuart Scott ENSPIRE Award in 2018' = an award to the Department's own public-private programme, not "
          "coded (set 179: the Nobel Peace Prize award not coded; set 201: an agentless award uncoded; set 251: a "
          "trade magazine's banker award uncoded) (borderline a 051 USA/BUS -> USA/GOV, ESPN being a corporation and "
          "the programme's co-sponsor); 'its success in promoting gender equality worldwide' and the quoted "
          "description of the honour ('celebrates people that have taken risks ...') are evaluations and generic "
          "descriptions, no act between actors"),
 15: ([], "Release on a new class of the Global Sports Mentoring Program: Sport for Community (7 Mar 2022): 'The "
          "participant roster includes emerging leaders from Belgium, ... and Zambia' = the composition of an "
          "exchange programme's class, no act (set 271: a delegation's composition uncoded); held-out 4 row 17 coded "
          "the same document's hosting as 'will virtually welcome' (borderline one future 036 or 043 USA/GOV per "
          "named country's CVL)"),
 16: ([("will lead the U.S. delegation", "036", "USA/GOV", "org:UN", False, F, N, False)],
      "Release on the 31st UN Commission on Crime Prevention and Criminal Justice (16 May 2022) -> USA/GOV; 'Jim "
      "Walsh will lead the U.S. delegation' to the CCPCJ named in the sentence before (guideline: a missing "
      "participant from the context), a functional commission of ECOSOC -> future participation in a UN meeting, "
      "036 future to org:UN (set 239: Kerry 'to lead the U.S. delegation' to the UN Ocean Conference a future 036 "
      "to org:UN; set 230: the delegation that 'will lead' at the UN Cybercrime Ad Hoc Committee a future 036 to "
      "org:UN) (borderline uncoded as an internal appointment, as set 230 flagged, or asserted, the session opening "
      "that day); 'which includes representatives from the Department of State, Department of Justice, and "
      "Department of Homeland Security' = the delegation's composition, internal, not coded"),
 17: ([], "Release on the 7031(c) designations of former Honduran President Lobo and family (20 July 2021): 'For more "
          "information, please contact INL-PAPD@state.gov' = a contact pointer, no act between actors (held-out 228 "
          "row 16 and held-out 275: pointers uncoded)"),
 18: ([("expressed his appreciation for the Nairobi Process", "051", "USA/GOV", "KEN/GOV", False, A, N, False),
       ("has brought together the leadership of the DRC, Rwanda, Uganda, Burundi, South Sudan, and Tanzania", "043",
        "KEN/GOV", "COD/GOV", False, A, N, False),
       ("has brought together the leadership of the DRC, Rwanda, Uganda, Burundi, South Sudan, and Tanzania", "043",
        "KEN/GOV", "RWA/GOV", False, A, N, False),
       ("has brought together the leadership of the DRC, Rwanda, Uganda, Burundi, South Sudan, and Tanzania", "043",
        "KEN/GOV", "UGA/GOV", False, A, N, False),
       ("has brought together the leadership of the DRC, Rwanda, Uganda, Burundi, South Sudan, and Tanzania", "043",
        "KEN/GOV", "BDI/GOV", False, A, N, False),
       ("has brought together the leadership of the DRC, Rwanda, Uganda, Burundi, South Sudan, and Tanzania", "043",
        "KEN/GOV", "SSD/GOV", False, A, N, False),
       ("has brought together the leadership of the DRC, Rwanda, Uganda, Burundi, South Sudan, and Tanzania", "043",
        "KEN/GOV", "TZA/GOV", False, A, N, False)],
      "Readout of Blinken's call with Kenyan President Kenyatta (30 June 2022) -> USA/GOV; 'Secretary Blinken "
      "expressed his appreciation for the Nairobi Process' = praise of a series of summits -> 051 (guideline: praise "
      "051) to their convenor, the government of Kenya whose 'efforts to address the continued violence in eastern "
      "DRC' are the call's subject (sentence before; guideline: a missing participant from the context) -> KEN/GOV "
      "(set 183: appreciation of summits a 051 to the host named with the venue plus a 043) (borderline org:EAC, "
      "the Process being run under the East African Community that Kenyatta chaired, or one 051 to each "
      "participant under the README's rule that support aimed at a process goes to its named parties); 'which has "
      "brought together the leadership of the DRC, Rwanda, Uganda, Burundi, South Sudan, and Tanzania' = convening "
      "the heads of state (the sentence after: 'these heads of state meetings'), the Process as inanimate subject "
      "standing for its convenor (README choices: an inanimate subject standing for a government's act is that "
      "government's) -> 043 host/convene (guideline), one per participant named (README choices: Museveni hosting "
      "Bashir and Garang gives two 043s; inviting two capitals' decision-makers is 043 to each), non-nominal on "
      "the finite verb, the leaderships -> each government (COD/GOV, RWA/GOV, UGA/GOV, BDI/GOV, SSD/GOV, TZA/GOV); "
      "the meetings among the participants themselves are folded into the convening (borderline nominal 040s among "
      "them, as set 125's Museveni row added a 040 between the two parties)"),
}
