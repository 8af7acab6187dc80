"""Hand annotations for the TWO-HUNDRED-AND-SEVENTY-EIGHTH held-out event gold set (source of events-heldout278.jsonl).

Keyed by the row index of selection-heldout278.jsonl (output of select_statement_sentence_heldout.py 278; rows 0-18
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
    python3 data/gold/build_events.py --selection selection-heldout278.jsonl \\
        --annotations annotations_heldout278 --output events-heldout278.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will also attend the February 12 Trilateral Ministerial meeting", "036", "USA/GOV", "JPN/GOV", False, F, N,
       False),
      ("will also attend the February 12 Trilateral Ministerial meeting", "036", "USA/GOV", "KOR/GOV", False, F, N,
       False),
      ("will reiterate its commitment to regional security", "0334", "USA/GOV", N, False, F, N, False)],
     "Release on Special Representative Sung Kim's travel to Honolulu (6 Feb 2022) -> USA/GOV; 'Special "
     "Representative Kim, Special Representative Noh, and Director-General Funakoshi will also attend the February "
     "12 Trilateral Ministerial meeting' = an announced meeting of three governments' officials (Noh of the ROK, "
     "Funakoshi of Japan, named in the sentence before) -> 036 future (guideline: future meetings 036), a symmetric "
     "meeting coded from the document's government to each other participant (guideline; set 236: one 040 per other "
     "participant; held-out 275 row 10) -> JPN/GOV and KOR/GOV (borderline one 036 per speaker's pair, or the "
     "ministers' meeting left to Blinken's own travel as a time marker); 'in which the U.S. will reiterate its "
     "commitment to regional security and lasting peace on the Korean Peninsula' = an announced restatement of a "
     "security commitment -> future 0334, following README choices' 'will reiterate appreciation' 032 future and set "
     "235's 'reaffirmed U.S. commitment to the security of our NATO Allies' 0334, with no named beneficiary "
     "('regional', 'the Korean Peninsula' a place) -> target null (borderline 030 for the peace half, JPN/GOV and "
     "KOR/GOV as the allies at the meeting, or uncoded as an abstract commitment, as held-out 19's 'shared "
     "commitment to the complete denuclearization')"),
 1: ([("welcomes", "051", "USA/GOV", "ISR/GOV", False, A, N, False),
      ("welcomes", "051", "USA/GOV", "JOR/GOV", False, A, N, False),
      ("agreed to conclude trade agreements", "0311", "ISR/GOV", "JOR/GOV", False, A, N, False),
      ("will support the Palestinian people", "070", "ISR/GOV", "PSE/CVL", False, F, N, False),
      ("will support the Palestinian people", "070", "JOR/GOV", "PSE/CVL", False, F, N, False)],
     "Price's statement (9 July 2021) -> USA/GOV; 'welcomes the announcement that Israel and ... Jordan agreed' = a "
     "welcome of an agreement between named parties -> 051 to each party (README choices: welcoming several "
     "developments is 051 to each named party; 'satisfaction over the signing' is a welcome to each party) -> "
     "ISR/GOV and JOR/GOV; 'agreed to conclude trade agreements' = an explicit intent stated as a fact -> 03x "
     "asserted (guideline: 'EU leaders agreed to open negotiations' 03x asserted), economic -> 0311 from the "
     "first-named party (guideline: symmetric acts from the first-named) to JOR/GOV (borderline 057, the last "
     "sentence thanking the four leaders 'for concluding these deals'); 'that strengthen civilian cooperation "
     "between the two countries' = the agreements' purpose, folded into the 0311 (borderline a separate 050 "
     "ISR/GOV -> JOR/GOV, as set 270's 'formally established relations'); 'and will support the Palestinian people "
     "by allowing increased trade between Jordan and the West Bank' = the agreements, an inanimate subject standing "
     "for the two governments' act (README choices: an inanimate subject standing for a government's act is that "
     "government's), future material support -> 070 future, one per party (guideline: compound split) -> PSE/CVL, "
     "the means ('allowing increased trade') folded in (borderline 061, Israel alone as the one that controls the "
     "crossings, or folded into the 0311)"),
 # --- State Dept random: cue
 2: ([("continue to condemn", "111", "USA/GOV", "CHN/GOV", False, A, N, False),
      ("continue to condemn", "111", "USA/GOV", "CHN/JUD", False, A, N, False),
      ("these arbitrary detentions", "173", "CHN/GOV", "CAN/CVL", False, A, N, True),
      ("the sentence imposed against Mr. Spavor", "116", "CHN/JUD", "CAN/CVL", False, A, N, False)],
     "Blinken's statement on Spavor's sentencing (11 Aug 2021) -> 'We' = USA/GOV; the sentence is the second of the "
     "statement (the call on the PRC to release Spavor and Kovrig lies in the sentence before and is not coded "
     "here); 'We continue to condemn these arbitrary detentions as well as the sentence imposed against Mr. "
     "Spavor' -> 111 (guideline: condemn 111), habitual and asserted, one per actor pair of its two objects "
     "(guideline: one event per actor pair): the detainer, the PRC named in the sentence before -> CHN/GOV, and "
     "the court that passed the sentence -> CHN/JUD (set 261: 'We condemn' a Moscow court's decision a 111 to "
     "RUS/JUD) (borderline one 111 to CHN/GOV for both, the document speaking of 'PRC authorities'); 'these "
     "arbitrary detentions' = an anaphoric event noun whose agent is plain from the sentence before ('calling for "
     "the People's Republic of China (PRC) to release') -> nominal 173 CHN/GOV -> CAN/CVL, the two Canadian "
     "citizens (README choices: an event noun whose agent is plain only from the text around it is coded; set 189: "
     "the anaphoric 'such flagrant aggression' coded) (borderline uncoded as anaphoric, as set 244's 'For that "
     "crime' and set 267's 'This designation'); 'the sentence imposed against Mr. Spavor on August 10' = a court's "
     "sentence -> 116 (set 253: 'prison sentences' 116), the agentless participle taking the Chinese court from "
     "the document ('these legal proceedings') -> CHN/JUD -> CAN/CVL, not nominal as a participle (README choices: "
     "'The visa regime imposed by France' a 172 not nominal) (borderline CHN/GOV as source, or nominal)"),
 3: ([("launched by Secretary of State Anthony Blinken", "030", "USA/GOV", "DJI/GOV", False, A, N, False),
      ("reviewed", "040", "USA/GOV", "DJI/GOV", False, A, N, False),
      ("bilateral partnership between the United States and Djibouti", "050", "USA/GOV", "DJI/GOV", False, A, N,
       True)],
     "Release on the 6th U.S.-Djibouti Bi-National Forum (2 Mar 2022) -> USA/GOV; 'these high-level discussions' = "
     "anaphoric (the Forum of the sentence before), the meeting noun not coded again; 'launched by Secretary of State "
     "Anthony Blinken on February 4' = the opening of a bilateral dialogue format by the Secretary -> 030 asserted "
     "(set 240: 'With today's launch of the U.S.-Afghan Consultative Mechanism' one asserted 030; set 238: 'When the "
     "United States launched the Summit of the Americas' 030), a participle and not nominal, to DJI/GOV, the other "
     "party of the Forum (borderline 043 as a convening, or 040 for the Secretary's own session); 'Assistant "
     "Secretary Phee and Foreign Minister Youssouf reviewed' = a symmetric discussion -> 040 (set 235: 'The "
     "Ministers considered' a 040; set 246: 'we focused on' a 040) from the document's government to DJI/GOV; "
     "'the longstanding bilateral partnership between the United States and Djibouti' = a cooperation noun naming "
     "its parties, reviewed as a topic -> nominal 050 (README choices: an agreement or cooperation named by its "
     "parties is a nominal 050; set 265: '30 years of bilateral partnership' a nominal 050), 'the broad range of "
     "security, economic, and development cooperation that encompasses the U.S.-Djibouti bilateral relationship' = "
     "the same relationship, a repeated mention coded once (guideline; set 272: 'our bilateral relationship' folded "
     "into the Strategic Partnership's 050) (borderline one 062, 061 and 070 for the three kinds of cooperation, or "
     "both uncoded as discussion topics, as set 242)"),
 4: ([("encouraged the Government of Iraq", "104", "USA/GOV", "IRQ/GOV", False, A, N, False),
      ("the Iraqi people’s demands for equity and justice", "104", "IRQ/CVL", "IRQ/GOV", False, A, N, True),
      ("expressed his support", "051", "USA/GOV", "IRQ/GOV", False, A, N, False),
      ("as well as for elections later this year", "051", "USA/GOV", "IRQ", False, A, N, False)],
     "Readout of Blinken's meeting with Iraqi FM Hussein (23 July 2021) -> USA/GOV; 'The Secretary encouraged the "
     "Government of Iraq to continue efforts to address the Iraqi people's demands for equity and justice' = a "
     "request verb (guideline: encourage/urge 10x), Y = meeting the protest movement's demands for reform -> 104 "
     "(set 232: 'We urge those elected and the country's political leaders' a 104; set 238: restoring commitment "
     "to democratic principles a 104) to IRQ/GOV (borderline 1042 for a change of policy, or a generic 100); Y not "
     "coded separately; 'the Iraqi people's demands for equity and justice' = a demand noun with its author -> "
     "nominal 104 IRQ/CVL -> IRQ/GOV (set 232: 'the Lebanese people's call for change' a nominal 104 LBN/CVL -> "
     "LBN/GOV) (borderline a generic nominal 100, as set 155's Bolivian demands); 'expressed his support for Iraq's "
     "anti-corruption and economic reform efforts' -> 051 (guideline: 'express support' 051) to IRQ/GOV, the "
     "government's reforms (domestic programmes not coded themselves); 'as well as for elections later this year' "
     "= a second object of the same support, a process whose parties are not named -> 051 to bare IRQ (set 266: "
     "'reiterated their support for national elections in Libya' a 051 to bare LBY), a different actor pair and so "
     "a second event (borderline folded into the first 051, or IRQ/GOV)"),
 5: ([("expressed U.S. support for the Presidential Leadership Council", "051", "USA/GOV", "YEM/GOV", False, A, N,
       False)],
     "Readout of Blinken's meeting with Yemeni FM Bin Mubarak (17 May 2022) -> USA/GOV; 'expressed U.S. support for "
     "the Presidential Leadership Council' -> 051 (guideline), the Council being Yemen's governing body since April "
     "2022 -> YEM/GOV (held-out 275 row 8: the Council's President and members YEM/GOV); 'and called it a valuable "
     "opportunity for broader representation of Yemenis' = an evaluation, not coded (guideline)"),
 6: ([("welcome Defense Minister Gantz to the State Department", "042", "ISR/GOV", "USA", False, A, N, False)],
     "Blinken, the speaker of the turn, before his meeting with Alternate PM/Defense Minister Gantz (3 June 2021); "
     "'It's a real pleasure to welcome Defense Minister Gantz to the State Department' = a host's welcome of a "
     "visiting official codes the visit it shows, 042 ISR/GOV -> bare USA, not the welcome (README choices: 'welcome "
     "Secretary Blinken to Delhi' 042 to the country; set 235 row 12: 'welcome Foreign Minister Kasoulides here to "
     "the State Department' 042 CYP/GOV -> USA) (borderline 043 hosting USA/GOV -> ISR/GOV, as set 224)"),
 7: ([("commits to increased cooperation with the OIC", "030", "USA/GOV", "org:OIC", False, A, N, False)],
     "Release on the U.S.-OIC Strategic Dialogue (26 May 2022) -> USA/GOV; 'The United States commits to increased "
     "cooperation with the OIC and its member states' = a commitment stated as a fact -> 030 asserted (guideline: "
     "an explicit intent verb stated as a fact gives a 03x asserted; README choices: commitments stated as facts are "
     "asserted 03x) to org:OIC, its member states never named and dropped as an uncoded collective (guideline) "
     "(borderline future, 0311, or one 030 per member); 'on mutually important issues, including building "
     "resilience to climate change and working together to ensure food security for the most vulnerable "
     "populations' = the fields of the same cooperation, folded in (borderline a separate 030 for 'working "
     "together')"),
 8: ([("welcomes", "051", "USA/GOV", "YEM", False, A, N, False)],
     "Price's statement (1 June 2022) -> USA/GOV; 'The United States welcomes today's flight between Sana'a, Yemen, "
     "and Cairo, Egypt' = a welcome of a development, the flight an event noun with no agent in the sentence (not "
     "coded itself; guideline), Sana'a and Cairo being places and not metonyms (guideline) -> 051 to the bare "
     "country whose people it serves ('enables more Yemenis to seek medical care'), following README choices' 'a "
     "welcome of a development inside a named country whose parties are not named goes to the bare country' "
     "(borderline one 051 each to EGY/GOV, YEM/GOV and SAU/GOV, the facilitators named in the next sentence, or a "
     "second 051 to bare EGY); 'which enables more Yemenis to ... see loved ones' describes the flight's effects, "
     "no act between political actors"),
 9: ([("met with", "040", "USA/GOV", "GAB/GOV", False, A, N, False)],
     "Readout (6 May 2022): 'Deputy Secretary of State Wendy Sherman met with Gabonese Foreign Minister Michael "
     "Moussa Adamo today in Libreville' -> 040 (guideline: meet 040) USA/GOV -> GAB/GOV; 'in Libreville' names the "
     "place of the meeting and no travel verb, so no separate visit (borderline a 042 to bare GAB, as set 243's "
     "'traveled to Bridgetown ... to meet')"),
 10: ([], "Blinken's statement on the Special Envoy for the Horn of Africa (1 June 2022): 'This Administration remains "
          "firmly focused on a cessation of hostilities, unhindered humanitarian access, transparent investigations "
          "into violations and human rights abuses by all actors, and a negotiated resolution to the conflict' = a "
          "statement of policy priorities with no request verb and no party named anywhere in the document (the "
          "conflict in Ethiopia, its sides never named), not coded, following set 256 (Lenderking's 'need for a "
          "permanent ceasefire and a comprehensive, inclusive peace process' uncoded for naming no party) and set "
          "236 (borderline demanded nominal 0871, 0863 and 046 to bare ETH; 'human rights abuses by all actors' a "
          "nominal 175 with no source to ETH/CVL, which held-out 275 row 4 coded only because that document named "
          "the parties, and set 145 left 'violated rights whose violator the speech never names' uncoded)"),
 11: ([("We support", "051", "USA/GOV", "CIV/GOV", False, A, N, False),
       ("Côte d’Ivoire’s cooperation with its neighbors", "050", "CIV/GOV", N, False, A, N, True)],
      "Blinken's Côte d'Ivoire National Day statement (7 Aug 2021) -> 'We' = USA/GOV; 'We support Côte d'Ivoire's "
      "cooperation with its neighbors' -> 051 (guideline), aimed at a process whose one named party is Côte d'Ivoire "
      "(README choices: support aimed at a process goes to its named parties) -> CIV/GOV; 'Côte d'Ivoire's "
      "cooperation with its neighbors to address the climate crisis and to ensure regional security' = a realised "
      "cooperation noun with its agent -> nominal 050 (README choices: cooperation nouns a nominal 050), the "
      "neighbours never named -> target null (set 213: 'cooperation between Thailand and neighbouring countries' a "
      "nominal with no target), one cooperation noun covering two fields coded once (README choices: one aid noun "
      "covering several kinds is one 070) (borderline 062 for the regional-security half, as set 213)"),
 # --- State Dept random: nocue
 12: ([("mediating the Grand Ethiopian Renaissance Dam dispute", "045", "org:AU", "ETH/GOV", False, D, N, False)],
      "Readout of Blinken's call with DRC President Tshisekedi, then African Union Chairperson (20 July 2021) -> "
      "USA/GOV; 'He also emphasized the importance of the African Union's role in reducing conflict and mediating the "
      "Grand Ethiopian Renaissance Dam dispute' = a deontic with no request verb ('importance') -> Y coded as "
      "demanded with its agent (guideline; set 252: 'The importance of cooperation between ...' demanded; set 259), "
      "Y = the AU's mediation -> 045 (guideline: mediate 045) from org:AU, a gerund and not nominal (held-out 275 row "
      "10), no request from the speaker (guideline: a deontic adds no REQUEST); the dispute's one party the text "
      "names is Ethiopia, through the dam's own name, Egypt and Sudan never being named in the document -> ETH/GOV, "
      "following the group-of-four rule of README choices and set 229 (whose Bahraini call on the same dispute went "
      "only to the named parties) (borderline target null, the adjective sitting inside a proper name, or EGY/GOV and "
      "SDN/GOV from outside knowledge; or asserted, the AU's mediation being under way); 'reducing conflict' names "
      "no party or conflict and is not coded (borderline a demanded 045 to bare ETH, the Tigray situation of the "
      "sentence before)"),
 13: ([("accompanies President Biden on travel to", "042", "USA/GOV", "GBR", False, A, N, False),
       ("accompanies President Biden on travel to", "042", "USA/GOV", "BEL", False, A, N, False),
       ("accompanies President Biden on travel to", "042", "USA/GOV", "CHE", False, A, N, False)],
      "Public schedule of 13 June 2021 -> USA/GOV for both Blinken and Biden (one actor); 'Secretary Blinken "
      "accompanies President Biden on travel to Cornwall, United Kingdom; Brussels, Belgium; and Geneva, "
      "Switzerland' = a trip under way (the G7 summit in Cornwall, 11-13 June, then Brussels and Geneva) -> 042 "
      "asserted per destination (README choices: a trip under way ('is traveling to') is 042 asserted per "
      "destination; set 229: one 042 per country), the cities being places -> bare GBR, BEL and CHE (borderline "
      "future 036s for the legs not yet begun on the schedule's date, or org:G7, org:NATO/org:EU and RUS/GOV for "
      "the summits held there); 'accompanies' is internal to one government, not an act between actors"),
 14: ([], "Release on the State Department's virtual discussion on gender equity in sport (14 Apr 2022): 'The panel "
          "will be moderated by Dawn Porter, an award-winning documentary filmmaker ...' = the moderation of a "
          "panel by a private filmmaker, with her credits; no political act between actors (guideline) (borderline a "
          "future 036 USA/GOV -> USA/CVL for the Department's panel, as held-out 260 left keynote remarks uncoded)"),
 15: ([("led the U.S. interagency delegation", "040", "USA/GOV", "CUB/GOV", False, A, N, False)],
      "Release on the U.S.-Cuba migration talks of 21 Apr 2022; 'Deputy Assistant Secretary ... Emily Mendrala led "
      "the U.S. interagency delegation, and Cuba's Vice Foreign Minister Carlos Fernandez de Cossio led the Cuban "
      "delegation' = two delegations leading one bilateral meeting -> one symmetric 040 from the document's "
      "government to CUB/GOV, following set 253 ('two delegations that \"led\" a working-group meeting give one 040 "
      "USA/GOV -> IND/GOV') (borderline 046 for talks on implementing the Migration Accords, or uncoded as a repeat "
      "of the meeting of the first sentence)"),
 16: ([], "Renewal of the Cultural Property Advisory Committee's charter (15 June 2022): 'For further information, "
          "contact ECA-Press@state.gov.' = a contact pointer, no event (held-out 275 row 14; held-out 228 row 16)"),
 17: ([("will co-chair the Dialogue", "036", "USA/GOV", "BRA/GOV", False, F, N, False)],
      "Release on Nuland's and Fernández's travel to Brazil (22 Apr 2022) -> one actor, USA/GOV; 'will co-chair the "
      "Dialogue with their counterparts from Brazil's Ministry of External Relations' = the announced U.S.-Brazil "
      "High-Level Dialogue of 25 April -> 036 future (guideline: future meetings 036), co-chaired and so coded once "
      "from the document's government to BRA/GOV (set 244: 'co-chaired the final session of the Strategic Dialogue' "
      "one 040 USA/GOV -> IRQ/GOV) (borderline one future 043 from each co-chair, or a repeat of the travel of the "
      "sentence before)"),
 18: ([], "Release on Assistant Secretary Medina's travel (18 Feb 2022): 'For press inquiries, contact "
          "OES-PA-DG@state.gov.' = a contact pointer, no event (as row 16)"),
}
