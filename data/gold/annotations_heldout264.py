"""Hand annotations for the TWO-HUNDRED-AND-SIXTY-FOURTH held-out event gold set (source of events-heldout264.jsonl).

Keyed by the row index of selection-heldout264.jsonl (output of select_statement_sentence_heldout.py 264; rows 0-21
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 22-39
from statements_ungdc_2020_2024.jsonl, UN General Debate speeches of 2020-2024).
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
    python3 data/gold/build_events.py --selection selection-heldout264.jsonl \\
        --annotations annotations_heldout264 --output events-heldout264.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("She will also meet with host government officials", "036", "USA/GOV", "JPN/GOV", False, F, N, False),
      ("She will also meet with host government officials", "036", "USA/GOV", "IDN/GOV", False, F, N, False),
      ("She will also meet with host government officials", "036", "USA/GOV", "SGP/GOV", False, F, N, False),
      ("She will also meet with host government officials", "036", "USA/GOV", "PHL/GOV", False, F, N, False)],
     "Travel announcement for Assistant Secretary for Consular Affairs Bitter (12 Apr 2022) -> USA/GOV; 'She will "
     "also meet with host government officials to discuss topics of mutual interest' = announced meetings -> 036 "
     "future (guideline: future meetings 036); 'host government' = the governments of the overseas stops named in "
     "the sentence before ('During the overseas portion of her trip'; Tokyo, Jakarta, Singapore, Manila, Los Angeles "
     "being domestic) -> one event per government (held-out 259 row 0: Feltman's 'senior officials of the four "
     "countries' one future 036 per government named in the sentence before; guideline: a verb's missing "
     "participant is taken from the context) (borderline one 036 with no target, as set 233's Prosper Africa "
     "delegation, or 042 future to the bare countries for the trip, which the sentence before already "
     "announces); 'underscore bilateral cooperation on a wide range of consular issues' = a statement (01x) whose "
     "object is a topic, not coded (set 242: discussion topics uncoded)"),
 1: ([("the delivery of not only humanitarian aid", "070", "USA/GOV", "UKR", False, D, N, True)],
     "Czech Foreign Minister Lipavsky's turn before his meeting with Blinken (27 Apr 2022) -> the speaker is "
     "CZE/GOV, but the act he names is the United States' ('that you care, that the United States care about "
     "Europe', sentence before); 'it is really important for us to hear that and to of course see the real "
     "actions behind that, which is the delivery of not only humanitarian aid ... but ... the weapons' = a deontic "
     "('it is important to help X' -> demanded, guideline) on the US delivering aid -> nominal delivery noun with "
     "its agent from the text before, to Ukraine, whose war ('the result on the ground', 'The Putin wars against "
     "Ukraine' before) the aid serves -> bare UKR (set 234: humanitarian funding for Ukraine to bare UKR); one "
     "delivery noun with two kinds (humanitarian aid and, in the broken 'but' clause, weapons) -> one generic 070 "
     "(set 249: 'Providing humanitarian and security assistance' one 070) (borderline a 073 plus a 072, or "
     "asserted since US deliveries were under way); 'to hear that' is a statement, not coded; 'the weapons will "
     "decide the result on the ground' is a prediction"),
 # --- State Dept random: demand
 2: ([("we call upon the government of Turkey", "1043", "USA/GOV", "TUR/GOV", False, A, N, False)],
     "Statement on the 50th anniversary of the closing of Halki Seminary (29 July 2021); 'we call upon the "
     "government of Turkey to allow all religious groups to again train their clergy within the country' = one "
     "asserted request (guideline), Y = freedom of religious training, the right named in the sentence before "
     "('respect the right to freedom of religion or belief') -> 1043 demand rights (borderline 1051, easing the "
     "restriction, as held-out 259 row 3's 'reversing this suspension' after PETRARCH's REVERSE * BAN [081]); Y "
     "not coded separately"),
 3: ([], "Holocaust Remembrance Day statement (28 Apr 2022): 'We must ensure that current and future generations learn "
         "the history and lessons ...' = a deontic whose Y is education about history, no behaviour between political "
         "actors (guideline: if Y is not a codable behaviour nothing is coded); 'take action against atrocities "
         "wherever they occur' is a generic purpose with no actor"),
 4: ([], "Notice of a public meeting of the U.S. Advisory Commission on Public Diplomacy (14 June 2021): instructions to "
         "attendees of a domestic meeting (held-out 17 row 24: public participation in an advisory council meeting "
         "domestic), no act"),
 # --- State Dept random: cue
 5: ([("offered steadfast solidarity with the Ukrainian people", "051", "USA/GOV", "UKR/CVL", False, A, N, False),
      ("bravely resisting and repelling", "190", "UKR/CVL", "RUS/MIL", False, A, N, False),
      ("unprovoked Russian invasion", "192", "RUS/MIL", "UKR", False, A, N, True)],
     "Readout of Blinken's call with Ukrainian FM Kuleba (1 Mar 2022); 'The Secretary offered steadfast solidarity "
     "with the Ukrainian people' = expressed support -> 051 (guideline: 'express support' 051; set 240: 'expressed "
     "solidarity with the Iraqi people' after an attack a 051 to IRQ/CVL; set 254: solidarity with the people of "
     "Ukraine a 051 to UKR/CVL), 'offered' read as expressed, not an intent (borderline 032); 'who are bravely "
     "resisting and repelling a ... Russian invasion' = armed resistance to a military attack -> 190 (PETRARCH's "
     "CAMEO dictionary: RESIST * {&WEAPON ATTACK} [190:194]; set 254: 'as they continue to resist Russia's ... "
     "attacks' a habitual 190 UKR/CVL -> RUS/MIL), 'repelling' folded in as the same fight, the people -> UKR/CVL, "
     "the invading forces -> RUS/MIL (borderline UKR/MIL as source, or 120); 'a brutal, premeditated, and "
     "unprovoked Russian invasion' = an event noun with its agent -> nominal 192 (guideline: invade 192) RUS/MIL -> "
     "bare UKR, as the state sets code 'Russia's invasion' (held-out 251 row 1; held-out 259 row 32) (borderline "
     "RUS/GOV)"),
 6: ([("managing to support Ukrainian goods", "061", "MDA/GOV", "UKR", False, A, N, False),
      ("working very closely with our Romanian partners", "061", "MDA/GOV", "ROU/GOV", False, A, N, False)],
     "Moldovan Prime Minister Gavrilita's turn before her meeting with Blinken (19 July 2022) -> MDA/GOV; 'a "
     "logistics crisis that we are managing to support Ukrainian goods to go through the border' = Moldova "
     "facilitating the transit of Ukrainian exports blocked by the war -> economic cooperation 061 (CAMEO 061 "
     "cooperate economically), realised and ongoing, to bare UKR (borderline 070 as aid, or UKR/GOV); 'we're "
     "working very closely with our Romanian partners on this' = cooperation on the same transit -> 061 to "
     "ROU/GOV, the domain being economic (held-out 241: the Department of Energy 'working with Ukraine' on the "
     "grid a 061, borderline 050; set 248: 'working with our African partners' a 062 for its security domain) "
     "(borderline 050); 'we are working on contingency plans for this winter' is a domestic programme, not coded"),
 7: ([("we commend all the diplomatic talks", "051", "QAT/GOV", "USA/GOV", False, A, N, False),
      ("diplomatic talks that you are taking", "040", "USA/GOV", N, False, A, N, False)],
     "Qatari Deputy Prime Minister and Foreign Minister Al-Thani's turn before his meeting with Blinken in Munich "
     "(18 Feb 2022) -> QAT/GOV; 'we commend all the diplomatic talks that you are taking' -> 051 (guideline: "
     "commend 051) to USA/GOV ('you' = Blinken and the United States); 'the diplomatic talks that you are taking' "
     "on 'the situation in Ukraine' = the US consultations of February 2022, carried by the relative clause's "
     "finite verb and so not nominal -> 040 (guideline: consult 040) from USA/GOV, their counterparts not named "
     "in the sentence or the document (Russia and the European allies together) -> target null (borderline 046 "
     "to RUS/GOV, or uncoded as the object of the praise); 'the situation in Ukraine is keeping you busy' names no "
     "act"),
 8: ([("continued close coordination", "050", "USA/GOV", "org:NATO", False, D, N, True),
      ("continued close coordination", "050", "USA/GOV", "org:EU", False, D, N, True),
      ("continued close coordination", "050", "USA/GOV", "org:OSCE", False, D, N, True),
      ("urging Russia", "1056", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("urging Russia", "1056", "org:NATO", "RUS/GOV", False, A, N, False),
      ("urging Russia", "1056", "org:EU", "RUS/GOV", False, A, N, False),
      ("urging Russia", "1056", "org:OSCE", "RUS/GOV", False, A, N, False)],
     "Readout of Deputy Secretary Sherman's call with NATO Deputy Secretary General Geoana (org:NATO), EEAS "
     "Secretary General Sannino (org:EU), Polish Deputy FM Przydacz representing the OSCE Chairmanship-in-Office and "
     "OSCE Secretary General Schmid (both org:OSCE; README choices: the OSCE Chair-in-Office is org:OSCE) (9 Feb "
     "2022); 'They agreed on the importance of continued close coordination' = 'it is important that ...' -> a "
     "demanded cooperation noun (guideline), the participants' coordination -> nominal 050 from the document's "
     "government to each other party (set 238: 'cooperation between and among the United States, the ROK, and "
     "Japan is essential' a demanded nominal 050 from USA/GOV to each other party), the two OSCE officials coded "
     "once; 'agreed on the importance' is a shared view, folded in; 'in urging Russia to choose diplomacy and take "
     "concrete steps to de-escalate' = the partners' standing, ongoing urging ('continued') -> one asserted request "
     "per partner, following set 246's 'our shared commitment to urging Russia to de-escalate and choose "
     "diplomacy' (one asserted 1056 per partner), Y = de-escalation -> 1056, the more specific of the two demands "
     "(borderline demanded under the 'importance' frame, or 106 for 'choose diplomacy')"),
 9: ([("They expressed their support for the ceasefire", "051", "USA/GOV", "ISR/GOV", False, A, N, False),
      ("They expressed their support for the ceasefire", "051", "ISR/GOV", N, False, A, N, False),
      ("noted their gratitude for partners, including Egypt", "051", "USA/GOV", "EGY/GOV", False, A, N, False),
      ("noted their gratitude for partners, including Egypt", "051", "ISR/GOV", "EGY/GOV", False, A, N, False),
      ("helped to bring it about", "045", "EGY/GOV", "ISR/GOV", False, A, N, False)],
     "Readout of Blinken's meeting in Jerusalem with Israeli Alternate Prime Minister and Defence Minister Gantz (25 "
     "May 2021); 'They' = Blinken (USA/GOV) and Gantz (ISR/GOV), a compound source split (guideline); 'expressed "
     "their support for the ceasefire' (the Israel-Hamas ceasefire of 21 May 2021) = express support -> 051 "
     "(guideline), support aimed at a process going to its named parties (README choices), of whom the document "
     "names only Israel (set 133: Germany's role in drafting the Minsk agreements a 045 to UKR/GOV, the only party "
     "the speech names) -> Blinken's 051 to ISR/GOV, and Gantz's, the other party (Hamas) never named, with target "
     "null (set 222: support for the Good Friday Agreement, whose parties the document never names, a 051 with no "
     "target) (borderline target null for both, or PSE/REB from outside knowledge); 'noted their gratitude for "
     "partners, including Egypt' = thanks -> 051 from each speaker to EGY/GOV, the one partner named, the other "
     "partners an uncoded group and dropped (README choices: a collective naming one member is coded for that "
     "member); 'that helped to bring it about' = brokering the ceasefire -> 045 (guideline: mediate/broker 045) "
     "from EGY/GOV to ISR/GOV, the only party named (set 133) (borderline a second 045 to PSE/REB); 'the "
     "ceasefire' itself is an event noun with no agent in the sentence, not coded (guideline)"),
 10: ([("really appreciate", "051", "EST/GOV", "USA/GOV", False, A, N, False),
       ("this close cooperation with very important, key ally", "050", "USA/GOV", "EST/GOV", False, A, N, True)],
      "Estonian Foreign Minister Liimets's turn after her meeting with Blinken (8 Mar 2022) -> EST/GOV; 'we on "
      "Estonia's side really appreciate' -> 051 (guideline: thank/praise 051) to the 'key ally', the United States "
      "(the 100 years of diplomatic relations with the United States, sentence before) -> USA/GOV; 'this close "
      "cooperation with very important, key ally for us' = an ongoing cooperation noun whose parties are both in "
      "the sentence ('we on Estonia's side', 'ally') -> nominal 050 (README choices: cooperation nouns a nominal "
      "050), symmetric, coded from the document's government (set 242: Osmani's 'our cooperation' one 050 coded "
      "from the document's government) (borderline EST/GOV -> USA/GOV from the speaker, or uncoded as anaphoric "
      "'this')"),
 11: ([("The Secretary commended", "051", "USA/GOV", "SEN/GOV", False, A, N, False)],
      "Readout of Blinken's meeting with Senegalese FM Tall Sall (17 June 2022); 'The Secretary commended Senegal's "
      "own leadership in responding to COVID-19 and commitment to combatting pandemic complacency' -> 051 "
      "(guideline: commend 051) to SEN/GOV; the pandemic response is domestic and the commitment abstract, not "
      "coded"),
 12: ([("Secretary Blinken and Prime Minister Modi discussed", "040", "USA/GOV", "IND/GOV", False, A, N, False),
       ("a growing range of cooperation", "050", "USA/GOV", "IND/GOV", False, A, N, True),
       ("U.S.-Australia-India-Japan Quad consultations", "040", "USA/GOV", "AUS/GOV", False, A, N, True),
       ("U.S.-Australia-India-Japan Quad consultations", "040", "USA/GOV", "IND/GOV", False, A, N, True),
       ("U.S.-Australia-India-Japan Quad consultations", "040", "USA/GOV", "JPN/GOV", False, A, N, True)],
      "Readout of Blinken's meeting with Indian Prime Minister Modi (28 July 2021); 'discussed' -> 040 "
      "(guideline), symmetric, from the document's government; 'a growing range of cooperation on COVID-19 response "
      "efforts, climate change, ... and regional security' = an existing, growing cooperation named as the topic "
      "-> nominal 050 USA/GOV -> IND/GOV (README choices: cooperation nouns a nominal 050; held-out 227: "
      "'collaboration through the Quad' a nominal 050 USA/GOV -> JPN/GOV) (borderline uncoded as a discussion "
      "topic, as held-out 23 row 10 left 'expanding cooperation' in Blinken's talks with Jaishankar, an aim rather "
      "than a realised cooperation); 'U.S.-Australia-India-Japan Quad consultations' = realised consultations whose "
      "name gives their participants -> nominal 040 (README choices: a meeting noun whose name gives its "
      "participants a nominal 040), from the document's government to each other participant (held-out 223 row "
      "17: the Quad Foreign Ministers' meeting one 040 USA/GOV to each of AUS/GOV, IND/GOV, JPN/GOV) (borderline "
      "one 040 to org:QUAD, or folded into the cooperation as its means); the US-India 040 of the Quad "
      "consultations is a different event from today's meeting and so coded separately"),
 13: ([], "Guidance on DPRK IT workers (16 May 2022): 'The United States has previously issued a number of advisories on "
          "the DPRK regarding ballistic missile procurement, cyber threats, illicit maritime activities, and supply "
          "chain links' = issuing advisories is a public statement to industry (01x; held-out 17 row 30: the "
          "Advisory 'highlights' risks, 01x), and the listed topics are agentless topics of the advisories "
          "(borderline a 112 USA/GOV -> PRK/GOV for exposing the DPRK's illicit activities, as set 224's 'will "
          "continue to expose', or nominal 154 and 170 PRK/GOV for the procurement and cyber threats)"),
 14: ([("our meeting with Foreign Minister Hayashi", "040", "USA/GOV", "JPN/GOV", False, A, N, True),
       ("the U.S.-Japan Alliance", "050", "USA/GOV", "JPN/GOV", False, A, N, True)],
      "Blinken's Japan National Day message (22 Feb 2022); 'As Secretary Austin and I reaffirmed in our meeting with "
      "Foreign Minister Hayashi and Minister of Defense Kishi last month' = the January 2022 2+2, a realised "
      "meeting noun with its agent 'our' -> nominal 040 (guideline: meet 040), Austin and Blinken both USA/GOV and "
      "Hayashi and Kishi both JPN/GOV -> one event (guideline: a repeated pair coded once; held-out 254: Blinken and "
      "Austin one USA/GOV); 'reaffirmed' is the speaker's own past statement (01x), reported_by null (guideline); "
      "'the U.S.-Japan Alliance is the cornerstone of peace and prosperity' = the alliance named with its parties "
      "-> nominal 050 USA/GOV -> JPN/GOV, following set 255 ('The U.S-Thai Alliance is essential' a nominal 050; "
      "set 257: the U.S.-Japan Alliance folded into a nominal 050) (borderline 062, or uncoded as a status), 'is the "
      "cornerstone' being an evaluation"),
 # --- State Dept random: nocue
 15: ([], "Media note on the International Women of Courage Award ceremony (13 Mar 2022): live-stream information, no "
          "act"),
 16: ([("I am authorizing our thirteenth drawdown of arms and equipment", "072", "USA/GOV", "UKR", False, A, N,
        False)],
      "Blinken on the $450 million drawdown for Ukraine (23 June 2022); 'I am authorizing our thirteenth drawdown of "
      "arms and equipment from U.S. Department of Defense inventories for Ukraine's defense ... of up to $450 "
      "million' = a realised authorisation of military aid -> 072 asserted (held-out 9 row 29: 'I have authorized "
      "... provide further immediate military assistance to Ukraine' a 072 USA/GOV -> UKR; held-out 239 row 7), the "
      "authorising verb carrying the act, so not nominal (borderline nominal on 'drawdown', as set 225), to the "
      "country -> bare UKR (set 225, held-out 239); 'Pursuant to a delegation of authority from the President' is "
      "internal"),
 17: ([("has contributed almost $100 million to the GCFF", "071", "USA/GOV", N, False, A, N, False)],
      "Release on U.S. support to the Global Concessional Financing Facility (10 June 2022); 'To date, the United "
      "States has contributed almost $100 million to the GCFF' = realised contributions of money -> economic aid "
      "071 (held-out 259 row 5: '$85 billion in the global AIDS response' a 071 with no target), the GCFF, a "
      "financial intermediary fund housed at the World Bank (text before), having no code -> target null (set "
      "248: contributions to Gavi with no target) (borderline org:WB as the fund's host, or the beneficiary "
      "countries named in the text before)"),
 18: ([], "Release on the Tijuana Accountability Review Board (26 July 2021): 'The body was discovered on October 1, "
          "2020' = the discovery of the murder victim's body, no act between political actors; the murder lies in "
          "the sentence before"),
 19: ([("continue building the strong cultural connections", "050", "USA/GOV", "KHM/GOV", False, A, N, False),
       ("we look forward to further advancing our relationship", "030", "USA/GOV", "KHM/GOV", False, F, N, False)],
      "Blinken's Khmer New Year message (12 Apr 2022) -> USA/GOV; 'We are honored to continue building the strong "
      "cultural connections between the United States and the Kingdom of Cambodia' = ongoing cooperation between "
      "the two states named in the sentence -> 050, asserted ('continue' = ongoing; README choices: 'worked with "
      "every Israeli prime minister' 050), to KHM/GOV (borderline USA/CVL -> KHM/CVL as people-to-people "
      "connections, README choices: a partnership between two peoples a 050 between their CVLs); 'we look forward "
      "to further advancing our relationship' = future cooperation -> 030 future (guideline: 'look forward to' + "
      "event -> future, future cooperative acts 03x); 'to build a more prosperous, democratic, and independent "
      "Cambodia' is the purpose, abstract"),
 20: ([], "Media note on the Supply Chain Ministerial (15 July 2022): a schedule of opening remarks (statements, 01x), "
          "no act"),
 21: ([("the missions to Burkina Faso", "042", "org:ECOWAS", "BFA", False, A, N, True)],
      "Statement supporting ECOWAS and AU actions on Burkina Faso (1 Feb 2022); 'We look forward to the reports from "
      "the missions ...' = a hope about another actor's act (reports, 01x), optative and not coded (README choices: "
      "'look forward to the support of' not coded); 'the missions to Burkina Faso of ECOWAS's Committee of Chiefs "
      "of Defense Staff and the joint ECOWAS Ministerial Mission' = realised visits (the missions of 29 and 31 "
      "January, the text before dating the ECOWAS actions to 28 January) named with their agent -> nominal 042 "
      "(guideline: visit 042) org:ECOWAS -> bare BFA (set 238: a trip to the bare country), the two missions from "
      "the same organisation to the same country coded once (borderline two 042s, or BFA/MIL for the junta they "
      "met)"),
 # --- UNGDC 2020-2024 random: neg
 22: ([("our support to UNRWA", "070", "BEL/GOV", "org:UNRWA", False, A, N, True)],
      "Belgium (2024); 'We never ceased our support to UNRWA and other humanitarian organisations' = the negation "
      "bears on the ceasing, not the support (guideline: 'never ceased to demand' is asserted; held-out 100: 'never "
      "wavered in our support' asserted) -> asserted, not negated; 'our support' = the continued funding of UNRWA "
      "the speech sets against 'Action speaks louder than words' -> material aid 070 (borderline 071 for funding, "
      "or verbal 051, the known support ambiguity), an event noun with its agent 'our' -> nominal; 'other "
      "humanitarian organisations' have no code and are dropped"),
 23: ([("will not let down our most vulnerable partners", "070", "ROU/GOV", N, False, F, N, False)],
      "Romania (2023), on food security; 'Romania will not let down our most vulnerable partners who need our "
      "support' = litotes for continued support, not a negated event (set 151: Bush's 'we will not abandon you' a "
      "future 070; set 127: 'will not shirk' a future 071) -> future 070, the grain deliveries of the sentence before "
      "being material aid; 'especially those from the least developed countries, including from Africa' = uncoded "
      "collectives -> target null (borderline 032 as an assurance, or org:AU); 'who need our support' is folded "
      "in"),
 24: ([("has not been able to stop Russia", "170", N, "RUS/GOV", True, A, N, False),
       ("invading its sovereign neighbour Ukraine", "192", "RUS/GOV", "UKR", False, A, N, False)],
      "Austria (2023); 'It' = 'The multilateral system' (two sentences before), an uncoded collective -> source null "
      "(borderline org:UN or org:UNSC, the Council being named in the sentence); 'has not been able to stop Russia "
      "... from invading' = a realised non-act of coercion -> negated 170 to RUS/GOV, Russia named as 'one of the "
      "Council's five permanent members', the state (set 146: 'The Security Council stands unable to take concrete "
      "steps to stop such practices' a negated 170; set 227: the international community 'unable to end the "
      "Israeli occupation' a negated 170 with no source) (borderline uncoded as an inability); 'invading its "
      "sovereign neighbour Ukraine' = the realised invasion, presupposed by the frame -> 192 (guideline: invade 192) "
      "asserted, carried by the gerund and so not nominal, from Russia as a state -> RUS/GOV (set 252: 'Russia is "
      "trying to redraw borders' a 192 RUS/GOV -> UKR) to bare UKR (borderline RUS/MIL, as the state sets code "
      "'Russia's invasion'); 'in a fit of neo-imperialist aggression' is the same act, folded in"),
 # --- UNGDC 2020-2024 random: future
 25: ([("Romania supported", "070", "ROU/GOV", "UKR", False, A, N, False),
       ("will continue to support Ukraine", "070", "ROU/GOV", "UKR", False, F, N, False),
       ("its people are also fighting", "190", "UKR/CVL", "RUS/MIL", False, A, N, False)],
      "Romania (2022); 'Romania supported and will continue to support Ukraine' = two events, the realised support "
      "asserted and its continuation future, the support being material (refugees, emergency and humanitarian "
      "assistance, a logistics hub, sentences after) -> 070 (README choices: a future material act keeps its code, "
      "'we will continue support' 070 future) (borderline 051, or a future 032 for the continuation), to bare UKR "
      "(set 226: 'powerful support for Ukraine' a 070 to bare UKR); 'as its people are also fighting for our values "
      "and democracy' = the Ukrainian people's fight in the war -> 190 UKR/CVL, against the invading forces -> "
      "RUS/MIL, Russia named earlier in the speech (set 253: 'The Ukrainian people in the fight for their country' "
      "a nominal 190 UKR/CVL -> RUS/MIL) (borderline target null, or uncoded as figurative 'fighting for our "
      "values')"),
 # --- UNGDC 2020-2024 random: demand
 26: ([], "Viet Nam (2024): 'Investment should focus on the holistic development of the youth' = an agentless deontic "
          "whose Y is a domestic policy priority, not coded (guideline)"),
 27: ([], "The Gambia (2021): 'We must continue to accelerate structural transformation while promoting industrialization "
          "in Africa' = 'we' meaning the African countries and a domestic economic aim (held-out 42/43: 'we' meaning "
          "all States not coded; guideline: abstract policy positions)"),
 # --- UNGDC 2020-2024 random: cue
 28: ([("to congratulate Ambassador Dennis Francis", "051", "STP/GOV", "org:UNGA", False, A, N, False),
       ("to express to him our full support", "032", "STP/GOV", "org:UNGA", False, A, N, False)],
      "Sao Tome and Principe (2023); 'Let me take the opportunity ... to congratulate Ambassador Dennis Francis on his "
      "election' = a performative congratulation of the President of the Assembly -> 051 to org:UNGA (README "
      "choices: commending the Assembly President's election 051 to org:UNGA); 'to express to him our full support "
      "throughout his term of office' = an assurance of support -> 032 asserted to org:UNGA (set 182: 'I assure him "
      "that Peru will constructively support his initiatives' an asserted 032 to org:UNGA; set 241: 'our warmest "
      "congratulations and full support' a 051 plus a 032) (borderline one 051, the support folded into the "
      "congratulation)"),
 29: ([("is proud to host virtually the 13th Summit", "036", "KHM/GOV", N, False, F, N, False)],
      "Cambodia (2021); 'This coming November, Cambodia is proud to host virtually the 13th Summit of the Asia-Europe "
      "Meeting (ASEM13)' = a future hosting of a summit -> 036 future (README choices: hosting a future meeting 036 "
      "future; set 238: 'We will also host the 11th World Water Forum' a future 036 with no target), ASEM having no "
      "code -> target null (borderline one 036 to each ASEM member named elsewhere, or org:EU and org:ASEAN as "
      "ASEM's institutional partners); 'that we view today as still very important' is an evaluation of the theme"),
 30: ([], "Saint Kitts and Nevis (2020): 'Earlier this month the UN warned that countries are set to miss critical "
          "targets' = a warning about a risk, a statement and not a threat (README choices: 'issues a warning' about "
          "economic harm is not a threat), and the missed targets a prediction between uncoded collectives"),
 31: ([("I commend the work and accomplishments of your predecessor", "051", "CMR/GOV", "org:UNGA", False, A, N,
        False)],
      "Cameroon (2024); 'I commend the work and accomplishments of your predecessor, Ambassador Dennis Francis' -> "
      "051 (guideline: commend 051), tributes to a former President of the Assembly going to org:UNGA (README "
      "choices); 'who successfully and with dedication led the work of the 78th session' = presiding, a role and "
      "not an act (held-out 259 row 36: presiding over the CPLP uncoded)"),
 32: ([("reiterate our unwavering support", "051", "FIN/GOV", "org:UN", False, A, N, False),
       ("reiterate our unwavering support", "051", "FIN/GOV", "org:WHO", False, A, N, False)],
      "Finland (2020); 'I would like to reiterate our unwavering support for the UN system in general, and the World "
      "Health Organization in particular, for their efforts to manage the fight against the pandemic' = express "
      "support (guideline: 051), one event per organisation named (guideline: compound target split; README "
      "choices: supporting a UN plan or the Secretary-General is 051 to org:UN), the UN system -> org:UN, the WHO -> "
      "org:WHO; the pandemic response is not an act between political actors"),
 33: ([("call for full implementation of UN Security Council resolutions", "100", "MHL/GOV", N, False, A, N, False)],
      "Marshall Islands (2020); 'we remain alarmed over recent events in North Korea' = expressed concern (01x), not "
      "coded; 'and call for full implementation of UN Security Council resolutions' = 'S calls for Y', one asserted "
      "request (guideline) with no named addressee -> target null, implementing resolutions having no specific "
      "sub-code -> generic 100 (held-out 37 row 30: 'reiterates its call for the full implementation of United "
      "Nations resolutions' a 100 with no target; held-out 26 row 10; held-out 182) (borderline PRK/GOV as the "
      "addressee from the North Korea clause, or uncoded as a call for compliance by all States, as held-out 113 "
      "and set 200)"),
 34: ([("popular support", "051", "BFA/CVL", "BFA/GOV", False, A, N, True)],
      "Burkina Faso (Damiba, 2022); the speaker's transitional authorities -> BFA/GOV under the UN-speech rule "
      "(set 237: Sudan 2022 SDN/GOV, borderline SDN/MIL under the junta rule); 'that enthusiasm and popular support "
      "have continued for the transitional authorities' = the people's backing of the government -> nominal 051 "
      "BFA/CVL -> BFA/GOV (set 172: 'popular support that the new Somali Government enjoyed' a nominal 051 SOM/CVL "
      "-> SOM/GOV; held-out 259 row 31), the movement's 'genuine popular legitimacy among public opinion' being the "
      "same backing of the same junta, folded in (borderline a second nominal 051 to BFA/MIL for the 24 January "
      "movement); 'safeguarding the territory and implementing reforms' is a domestic programme"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([], "Cabo Verde (2023): 'We also need transformation in terms of technological connectivity' = a statement of a "
          "development need with no provider or act of aid named, 'we' meaning Africa (held-out 42/43), not coded"),
 36: ([], "Congo (2024): a list item of the speaker's hope for 'a peaceful Humanity, that turns its back on war and "
          "death, and chooses solidarity' = optative and figurative, no actor"),
 37: ([("will also continue to promote confidence-building measures", "030", "MDA/GOV", "MDA/REB", False, F, N,
        False)],
      "Moldova (2021); 'We will also continue to promote confidence-building measures ... in the Transnistrian "
      "region' = future cooperation with the other side of the Transnistrian conflict (sentence before: 'a "
      "peaceful, political solution to the conflict in the Transnistrian region') -> 030 future (guideline: future "
      "cooperative acts 03x), the Transnistrian de facto authorities -> MDA/REB (set 110: Transnistrian leaders "
      "MDA/REB; set 128: Moldova's advocacy of a peaceful resolution a 037 to MDA/REB) (borderline 0356 intent to "
      "de-escalate, or target null, the authorities not being named); 'with a strong emphasis on protecting "
      "fundamental rights and freedoms' is the measures' emphasis, not coded separately (borderline a future 0343 "
      "to MDA/CVL)"),
 38: ([], "Romania (2024): 'A more effective and more efficient United Nations' = a verbless UN reform aim (README "
          "choices: UN reform positions not coded)"),
 39: ([], "Somalia (2021): 'There is not one single nation, community or individual which has not been detrimentally "
          "impacted' (by COVID-19) = an effect of the pandemic, no political act"),
}
