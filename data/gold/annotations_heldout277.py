"""Hand annotations for the TWO-HUNDRED-AND-SEVENTY-SEVENTH held-out event gold set (source of events-heldout277.jsonl).

Keyed by the row index of selection-heldout277.jsonl (output of select_statement_sentence_heldout.py 277; rows 0-18
all come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each release's date; the speaker of a briefing turn or of a
transcript is the one named at the head of that turn (journalists' questions are their own words).
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout277.jsonl \\
        --annotations annotations_heldout277 --output events-heldout277.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("The group discussed", "040", "USA/GOV", "CRI/GOV", False, A, N, False),
      ("The group discussed", "040", "USA/GOV", "DOM/GOV", False, A, N, False),
      ("The group discussed", "040", "USA/GOV", "PAN/GOV", False, A, N, False),
      ("plans to increase coordination", "0311", "USA/GOV", "CRI/GOV", False, F, N, True),
      ("plans to increase coordination", "0311", "USA/GOV", "DOM/GOV", False, F, N, True),
      ("plans to increase coordination", "0311", "USA/GOV", "PAN/GOV", False, F, N, True)],
     "Readout of Blinken's meeting with the foreign ministers of Costa Rica, the Dominican Republic and Panama, the "
     "Alliance for Development in Democracy (3 Mar 2022); 'The group' = Blinken and the three ministers named in the "
     "first sentence (guideline: missing participants from the context); 'discussed' -> 040 (guideline), a symmetric "
     "meeting coded from the document's government to each other participant (README choices: 'the parties agreed "
     "to meet' from the document's government to each other party; set 236 and held-out 275 row 10: one 040 per "
     "other participant) -> CRI/GOV, DOM/GOV, PAN/GOV; 'plans to increase coordination on nearshoring, financing, and "
     "trade to bolster economic recovery' = planned cooperation named as what was discussed -> nominal future 03x per "
     "partner (README choices: plans discussed to expand cooperation are a nominal 030 future per partner), its "
     "content economic -> 0311 (set 232: the same Alliance's 'Today's meeting ... will deepen economic cooperation' a "
     "future 0311 from USA/GOV to each of Costa Rica, the Dominican Republic and Panama; set 254: 'deepening U.S.-Japan "
     "economic cooperation' a future nominal 0311) (borderline 030, or the plans folded into the 040 as a topic, as "
     "set 242); the economic recovery and the pandemic have no actor pair"),
 1: ([("will host Secretary Blinken", "036", "USA/MED", "USA/GOV", False, F, N, False)],
     "Announcement of Blinken's virtual remarks (31 May 2022); the remarks themselves (sentence before) are a "
     "statement, 01x, not coded (set 260: 'will deliver keynote remarks' uncoded); 'Foreign Affairs Magazine ... will "
     "host Secretary Blinken' = an announced hosting of the Secretary by a periodical -> future 036 (guideline: future "
     "cooperative acts such as meet and host take 036 future; README choices: a future hosting is 036), from the host "
     "to the guest, the magazine a media organisation -> USA/MED (held-out 10 and 227: journalists and media outlets "
     "MED), Blinken -> USA/GOV; 'in the first discussion of its centennial event series celebrating the magazine's "
     "one-hundredth anniversary' names the same event, folded in (guideline: a repeated mention coded once) "
     "(borderline USA/NGO for the Council on Foreign Relations, which publishes the magazine, as set 245's "
     "Inter-American Dialogue; or the meeting coded from the participant, USA/GOV -> USA/MED, under the README's "
     "'participated in and hosted by' rule, as set 260 row 1; or uncoded as a domestic media event)"),
 # --- State Dept random: cue
 2: ([("met today with", "040", "USA/GOV", "JPN/GOV", False, A, N, False),
      ("met today with", "040", "USA/GOV", "KOR/GOV", False, A, N, False)],
     "Readout of Blinken's trilateral meeting (8 July 2022), the splitter cutting after 'Antony J.' (held-out 274 row "
     "2); 'met today with Japanese Foreign Minister Hayashi Yoshimasa and Republic of Korea Foreign Minister Park Jin' "
     "-> 040 (guideline: meet 040), one event per interlocutor (guideline: compound split) -> JPN/GOV and KOR/GOV; "
     "'in Bali, Indonesia' is the venue (the G20 foreign ministers' meeting), not an actor (guideline: a capital or "
     "place that is only a place)"),
 3: ([("his call with Russian Foreign Minister Lavrov", "040", "USA/GOV", "RUS/GOV", False, A, N, True),
      ("the United States’ unwavering support", "051", "USA/GOV", "UKR", False, A, N, True),
      ("President Putin’s war of choice", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Readout of Blinken's call with Ukrainian FM Kuleba (30 July 2022); 'He also provided a readout of' = briefing "
     "the counterpart, a statement (01x), not coded (set 143 and set 249: 'briefed' uncoded); 'his call with Russian "
     "Foreign Minister Lavrov' = a realised call named as a noun with its participants -> nominal 040 USA/GOV -> "
     "RUS/GOV (guideline: consult 040; set 234: 'following President Biden's call ... and my discussion with Foreign "
     "Minister Lavrov' two nominal 040s USA/GOV -> RUS/GOV); 'underscored the United States' unwavering support for "
     "Ukraine's sovereignty, independence, and territorial integrity' = expressed support -> 051 (guideline), a noun "
     "with its agent -> nominal, to the bare country (set 266: 'continued U.S. support for Ukraine's sovereignty' a "
     "nominal 051 to bare UKR; set 184) (borderline UKR/GOV); 'as President Putin's war of choice continues' = the "
     "realised war named with its agent -> nominal 190 RUS/GOV -> bare UKR, the victim from the context (set 247: "
     "'President Putin's war of choice' a nominal 190 RUS/GOV -> UKR; guideline: war 190)"),
 4: ([("The signing of Aruba’s historic energy deal with an American company", "057", "ABW/GOV", "USA/BUS", False, A,
       N, True)],
     "Blinken's Aruba National Day message (18 Mar 2022) -> USA/GOV; 'The signing of Aruba's historic energy deal with "
     "an American company for your transition to clean energy' = a concluded agreement named as a noun with both its "
     "parties -> nominal 057 (guideline: agreements concluded 057; set 220: the 5G 'contract between Libyan company "
     "Hatif and U.S. company Infinera' a nominal 057 LBY/BUS -> USA/BUS), from Aruba, the first-named party, whose "
     "government made the deal for the island's energy transition -> ABW/GOV, Aruba being a constituent country of "
     "the Kingdom of the Netherlands with its own ISO alpha-3 code, coded by analogy with HKG, GUM, TKL and NCL "
     "(README choices) (borderline NLD/GOV under the sub-national rule; or 061 for economic cooperation, as set 220 "
     "flagged), to the unnamed American company -> USA/BUS (README choices: a corporation is USA/BUS); 'further "
     "highlights our shared vision for a more prosperous and sustainable future' = an evaluation, not coded "
     "(guideline: evaluations not coded)"),
 5: ([("called PRC Special Rep. Liu", "040", "USA/GOV", "CHN/GOV", False, A, N, False),
      ("to condemn", "111", "USA/GOV", "PRK/GOV", False, A, N, False),
      ("the Feb 26 and March 4 tests", "150", "PRK/MIL", N, False, A, N, True)],
     "Readout of Special Representative Sung Kim's call with PRC Special Representative Liu Xiaoming (13 Mar 2022), "
     "the sentence being the Spokesperson's tweet quoted at the end of the release -> the document's own government, "
     "reported_by null (README choices: the document's own officials are not reported speech); 'Kim called PRC "
     "Special Rep. Liu' -> 040 USA/GOV -> CHN/GOV (guideline: consult 040; held-out 266 row 3: calls 040); 'to "
     "condemn the ... tests' = the condemnation delivered in that realised call, which the release's text before "
     "states as made ('Special Representative Kim strongly condemned the launches') -> an asserted 111 (guideline: condemn 111) -> PRK/GOV "
     "(borderline folded into the call as its purpose, or hypothetical as an infinitive of purpose); 'the Feb 26 and "
     "March 4 tests of a new DPRK intercontinental ballistic missile system' = realised missile tests with their agent "
     "-> nominal 150 (guideline: missile launches and weapons tests 150), PRK/MIL with no target, as every held-out "
     "State Dept set codes DPRK launches (held-out 266 row 3; set 242: 'the continued testing of ballistic missiles' a "
     "nominal 150 PRK/MIL), the two dated tests one event (set 242: the 24 March launch folded in) (borderline two "
     "150s, or PRK/GOV)"),
 6: ([("contributing to Haiti’s efforts to improve security", "070", N, "HTI/GOV", False, D, N, False),
      ("encouraging a Haitian-led process", "107", N, "HTI", False, D, N, False)],
     "Readout of Blinken's call with Canadian FM Joly (17 Feb 2022) -> 'He' = Blinken; 'underscored the importance "
     "of the international community contributing to Haiti's efforts to improve security' = a deontic with no request "
     "verb ('importance'), so Y is coded demanded with its subject as source (guideline: 'it is important to help X'; "
     "held-out 275 row 10: 'the importance of providing further military and humanitarian aid to Ukraine' a demanded "
     "070 with no source), the international community an uncoded collective -> source null, Y = support to the "
     "Haitian state's security efforts -> 070 (borderline 072, or 074 as a call for a security mission), a gerund "
     "and not nominal, to the Haitian authorities whose efforts they are -> HTI/GOV (borderline bare HTI); 'and "
     "encouraging a Haitian-led process to reach agreement on a political path forward' = the same deontic's second "
     "act, sharing its subject, itself a request to settle the political dispute -> demanded 107 with no source "
     "(README choices: 'the Security Council has a special responsibility to call for' a demanded request; guideline: "
     "encourage is a request), the Haitian parties to the process never named -> bare HTI (set 219: a call on "
     "unnamed 'parties to move forward ... through dialogue' a 107 to bare UKR) (borderline 106, or uncoded as an "
     "agentless process); the agreement itself is the content of the request, not coded separately (guideline)"),
 7: ([("were killed", "202", N, "AFG/CVL", False, A, N, False),
      ("were killed", "202", N, "USA/MIL", False, A, N, False)],
     "Rewards for Justice offer on ISIS-K leader Ghafari and the Kabul airport attack (9 Feb 2022); 'At least 185 "
     "people were killed in the attack' = an agentless killing of many, most of them civilians -> 202 (guideline: "
     "killings of many civilians 202; set 274: 'killed 14 passengers' a 202), its agent taken from the sentence "
     "before (README choices: an agentless 'were killed' takes its agent from the sentence before), the unnamed "
     "'terrorists' who 'launched a suicide bombing', an uncoded group -> source null (README: ISIS, like AQIM, keeps "
     "no code; set 213) (borderline AFG/REB for ISIS-K, which the sentence after says 'claimed responsibility', as "
     "set 274 coded the Idlib-based KTJ SYR/REB); the victims split by the sentence's own 'including' (guideline: "
     "compound split): the people killed at the Kabul airport among the Afghans being evacuated -> AFG/CVL (set 274: "
     "metro passengers -> the country's CVL) (borderline target null, the nationalities not given), and '13 U.S. "
     "service members' -> USA/MIL (borderline 1823 for them as individuals); 'in the attack' = the suicide bombing "
     "of the sentence before, here only the means of the killing, not coded again (borderline a nominal 183 with no "
     "source to bare AFG, as set 274's suicide bombing); 'supporting evacuation operations' describes the service "
     "members' duty, not coded (borderline a 073 USA/MIL -> AFG/CVL)"),
 8: ([("meets with", "036", "USA/GOV", "CHL/GOV", False, F, N, False)],
     "Public Schedule for 16 July 2021; 'Secretary Blinken meets with Chilean Foreign Minister Andrés Allamand, at the "
     "Department of State' = a meeting on the day's public schedule -> 036 future (held-out rule: scheduled meetings in "
     "the schedule's present tense are 036 future; set 234 row 11, set 239 row 11, held-out 249 row 6 and held-out "
     "273 row 2: 'meets with' on the schedule a future 036), a verb and not nominal, Allamand -> CHL/GOV; the "
     "Department of State is the venue (borderline 040 asserted on the present tense)"),
 9: ([("is designating members of an international network", "163", "USA/GOV", N, False, A, N, False),
      ("funding the Houthis’ military forces", "070", N, "YEM/REB", False, A, N, False),
      ("have routinely attacked civilians", "180", "YEM/REB", "YEM/CVL", False, A, N, False),
      ("have routinely attacked civilians", "180", "YEM/REB", "SAU/CVL", False, A, N, False),
      ("have routinely attacked civilians", "180", "YEM/REB", "ARE/CVL", False, A, N, False)],
     "Blinken's statement on designating a Houthi finance network (23 Feb 2022) -> USA/GOV; 'is designating members of "
     "an international network' = the day's counterterrorism designation (E.O. 13224) -> 163 asserted (README "
     "choices: officials 'being designated' an asserted 163), the members' nationality not given ('international') "
     "-> target null (README choices: entities designated with no nationality are 163 with no target) (borderline "
     "YEM/REB, or IRN/MIL for the IRGC-Qods Force that leads the network, sentence after); 'funding the Houthis' "
     "military forces' = the designees' act, the designation's reason -> 070 (README choices: the acts a sanctions "
     "designation names are coded too; harbouring and 'support for terrorism' 070; set 239: material support to a "
     "blocked entity a 070 with no source), the network having no code -> source null, a participle and not nominal, "
     "to the Houthis -> YEM/REB (guideline) (borderline 071 for the money, or IRN/MIL as source); 'which have "
     "routinely attacked civilians and civilian infrastructure in Yemen and in neighboring states' = habitual attacks "
     "by a non-state armed group -> asserted 180 (guideline: unspecified violence by non-state armed groups 180; "
     "held-out 23 and 259: Houthi attacks on Saudi civilian infrastructure a 180 YEM/REB), the Houthis' forces -> "
     "YEM/REB, one event per victim country: the civilians in Yemen -> YEM/CVL, and the 'neighboring states' named in "
     "the text after ('civilian sites in Saudi Arabia and the United Arab Emirates') -> SAU/CVL and ARE/CVL "
     "(guideline: missing participants from the context), the civilian infrastructure folded into its country's "
     "civilians (borderline bare SAU and ARE, as held-out 23, the neighbours left uncoded as unnamed in the sentence, "
     "or 190 for attacks by 'military forces'); 'while intensifying Yemen's humanitarian crisis' is an outcome, not "
     "coded"),
 10: ([("have provided over $25 billion in development assistance", "071", "USA/GOV", N, False, A, N, False),
       ("have provided over $25 billion in development assistance", "071", "AUS/GOV", N, False, A, N, False),
       ("have provided over $25 billion in development assistance", "071", "org:EU", N, False, A, N, False),
       ("have provided over $25 billion in development assistance", "071", "KOR/GOV", N, False, A, N, False),
       ("have provided over $25 billion in development assistance", "071", "JPN/GOV", N, False, A, N, False),
       ("have provided over $25 billion in development assistance", "071", "NZL/GOV", N, False, A, N, False),
       ("have provided over $25 billion in development assistance", "071", "org:ADB", N, False, A, N, False),
       ("have provided over $25 billion in development assistance", "071", "org:WB", N, False, A, N, False)],
     "Readout of Blinken's Friends of the Mekong ministerial (5 Aug 2021); 'Friends of the Mekong countries and "
     "institutions have provided over $25 billion in development assistance to the Mekong subregion since 2015' = "
     "realised economic aid -> 071 asserted (guideline: aid 07x; README choices: an offered or committed sum of aid is "
     "071), a verb phrase and not nominal; the Friends of the Mekong have no code, so the act is coded for each member "
     "the document names (README choices: a group without a code is each member the document names, as the Quint and "
     "the C5+1), the list in the text after being the United States, Vietnam, Thailand, Laos, Cambodia, Burma, "
     "Australia, the EU, the Republic of Korea, Japan, New Zealand, the Asian Development Bank, the World Bank and the "
     "MRC Secretariat; the givers are the members outside the subregion -> USA/GOV, AUS/GOV, org:EU, KOR/GOV, "
     "JPN/GOV, NZL/GOV, org:ADB (set 170) and org:WB, while the five Mekong members are the subregion receiving and "
     "the MRC Secretariat has no code, both dropped (borderline one 071 with no source for the uncoded group, or "
     "thirteen events including the Mekong members); 'the Mekong subregion' has no code -> target null (held-out 275 "
     "row 5: the Mekong sub-region countries unnamed -> null) (borderline one target per Mekong member named in the "
     "list, or 070 as held-out 275's 'foreign assistance')"),
 11: ([("the United States’ robust, continued support", "051", "USA/GOV", "UKR", False, A, N, True),
       ("Russia’s unprovoked aggression", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "Readout of Deputy Secretary Sherman's meeting with Ukrainian Deputy FM Senik in Seoul (8 June 2022); "
      "'emphasized' is the statement verb of the document's own official, not coded; 'the United States' robust, "
      "continued support for Ukraine's sovereignty and territorial integrity' = expressed support -> 051 "
      "(guideline), a noun with its agent -> nominal, to the bare country (set 266: 'continued U.S. support for "
      "Ukraine's sovereignty' a nominal 051 to bare UKR; held-out 275 row 3) (borderline UKR/GOV, or a 032 for "
      "'continued'); 'in the face of Russia's unprovoked aggression' = the realised war named with its agent -> "
      "nominal 190 (guideline: 'aggression' 190; README: 'Russia's invasion' style nominals) RUS/GOV -> bare UKR "
      "(guideline: the bare country as target of an invasion) (borderline RUS/MIL)"),
 # --- State Dept random: nocue
 12: ([("have for years held the line against transnational terrorism", "190", "BDI/MIL", "SOM/REB", False, A, N,
        False)],
      "Price's statement on al-Shabab's attack on Burundian ATMIS soldiers (5 May 2022) -> USA/GOV; 'Burundi's "
      "courageous armed forces have for years held the line against transnational terrorism in Somalia' = a habitual "
      "fight against an armed group, the metaphor 'held the line' standing for a real act (README choices: a "
      "metaphor for a real act is coded as that act, as 'a full assault on media freedom') -> 190 (guideline: "
      "military force 190; set 236: Pakistan 'fought terrorism ..., defeating terrorist groups' a 190 PAK/GOV -> "
      "PAK/REB; set 256: efforts 'to combat the threat posed by terrorist groups' a nominal 190 to SOM/REB), the "
      "armed forces named -> BDI/MIL (guideline), the 'transnational terrorism in Somalia' being al-Shabab of the "
      "sentence before -> SOM/REB (set 187 and set 256: al-Shabaab SOM/REB) (borderline a 074 BDI/MIL -> bare SOM "
      "for their AMISOM/ATMIS service, as set 114, or uncoded as figurative praise); 'courageous' is evaluative"),
 13: ([("will travel to Djibouti, Ethiopia, and the United Arab Emirates", "036", "USA/GOV", "DJI", False, F, N, False),
       ("will travel to Djibouti, Ethiopia, and the United Arab Emirates", "036", "USA/GOV", "ETH", False, F, N, False),
       ("will travel to Djibouti, Ethiopia, and the United Arab Emirates", "036", "USA/GOV", "ARE", False, F, N,
        False)],
      "Release on Special Envoy Feltman's travel (12 Aug 2021) -> USA/GOV; 'will travel to Djibouti, Ethiopia, and the "
      "United Arab Emirates from August 15 to August 24' = an announced trip -> 036 future per destination (README "
      "choices: an announced trip 036 future; set 241: 'will travel to Germany, France, and the United Arab Emirates' "
      "one 036 per country; held-out 275 row 13), bare DJI, ETH and ARE (borderline each country's GOV, whose senior "
      "officials he meets in the sentence after, as set 259 coded that sentence)"),
 14: ([("the U.S. commitment to working with ASEAN", "030", "USA/GOV", "org:ASEAN", False, A, N, True)],
      "Readout of Blinken's Special ASEAN-U.S. Foreign Ministerial (14 July 2021); 'stressed' is a statement verb, "
      "not coded; 'the U.S. commitment to working with ASEAN and international partners to combat the COVID-19 "
      "pandemic' = a commitment noun with its agent -> nominal 030 asserted (set 260: 'the U.S. commitment to working "
      "with the Palestinian Authority and the United Nations' a nominal 030 per named partner; held-out 274: 'U.S. "
      "commitment to deepening cooperation with the Republic of Cyprus' a nominal 030), to ASEAN -> org:ASEAN, the "
      "'international partners' an uncoded collective dropped (README: collectives without a code null, dropped from "
      "a compound) (borderline a second 030 with no target); 'to combat the COVID-19 pandemic' is the commitment's "
      "purpose, folded in (README choices: one commitment with several purposes is coded once) (borderline 0333 or "
      "073 for pandemic aid)"),
 15: ([], "Blinken's statement on the first interagency report on LGBTQI+ human rights (28 Apr 2022): 'The report "
          "details' is a report's statement (01x); 'our efforts to protect and promote the human rights of LGBTQI+ "
          "persons globally over the past year' = a habitual foreign-policy effort with no named counterpart, "
          "directed at persons everywhere (guideline: abstract positions not coded; set 265: 'the U.S. commitment to "
          "freedom of expression the world over' uncoded) (borderline a nominal 1043 with no target, as set 244 read "
          "public rights advocacy as a request, or a 070 with no target)"),
 16: ([("If Iran does this", "086", "IRN/GOV", "org:IAEA", False, H, N, False)],
      "Joint statement of France, Germany, the UK and the US on the IAEA Board resolution (9 June 2022); 'If Iran does "
      "this' = a pro-verb for the act urged in the sentence before ('heed the call ... to fulfill its legal obligations "
      "and cooperate with the IAEA to fully clarify and resolve issues'), coded as the act it stands for (README "
      "choices: pro-verbs such as 'We acted' and 'as we did' are coded) inside an if-clause -> hypothetical "
      "(guideline), cooperating with the Agency's safeguards inquiry -> 086 (set 203: 'Iran's full cooperation with "
      "the IAEA' a demanded nominal 086; set 205 and set 228: failures to cooperate with the IAEA and the WHO negated "
      "086) IRN/GOV -> org:IAEA (borderline 0862, or 030); 'the Director General is able to report that the "
      "unresolved safeguards issues are no longer outstanding' = a hypothetical report (01x) and a state of affairs, "
      "not coded; 'we would see no need for further Board consideration and action on these issues' = the four "
      "governments' view of need, an evaluation, not coded (borderline a negated, hypothetical nominal 111 or 1042 "
      "org:IAEA -> IRN/GOV for the Board action they would not seek, or a hypothetical 0356 from each signatory)"),
 17: ([("look forward to strengthening our partnership", "030", "USA/GOV", "SLB/GOV", False, F, N, False)],
      "Blinken's Solomon Islands National Day message (6 July 2022) -> 'We' = USA/GOV; 'We value our shared history "
      "and sacrifice with Solomon Islands' = a sentiment about a shared past (the Second World War), not coded (README "
      "choices: sentiments such as 'we greatly respect the citizens of Russia' not coded) (borderline a 051 to "
      "SLB/GOV, as set 257's 'deeply values'); 'look forward to strengthening our partnership on economic development, "
      "COVID-19, and the climate crisis' = 'look forward to' + a cooperative act -> future 030 (guideline; set 273: "
      "'looks forward to continuing our close coordination' a future 030; held-out 275 row 9) USA/GOV -> SLB/GOV, the "
      "partnership being the object strengthened and folded in (README choices: plans to expand cooperation one 030 "
      "future per partner) (borderline a separate nominal 050 for 'our partnership', as set 248's 'our relationship', "
      "or 0311 for the economic area)"),
 18: ([], "Release on the groundbreaking of the new U.S. Embassy in Doha (9 May 2022): 'The new U.S. Embassy is "
          "scheduled for completion in 2026 and will provide a future-forward, resilient platform for diplomacy in "
          "Doha' = the Department's own building project, internal business, not coded (set 256: building a new "
          "consulate uncoded; set 266: the dedication of a new embassy uncoded as internal building business) "
          "(borderline a future 032 or 054 USA/GOV -> QAT/GOV, as set 235's planned embassy opening in Honiara); "
          "Doha is a place, not a metonym"),
}
