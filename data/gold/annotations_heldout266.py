"""Hand annotations for the TWO-HUNDRED-AND-SIXTY-SIXTH held-out event gold set (source of events-heldout266.jsonl).

Keyed by the row index of selection-heldout266.jsonl (output of select_statement_sentence_heldout.py 266; rows 0-18
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 19-33
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
    python3 data/gold/build_events.py --selection selection-heldout266.jsonl \\
        --annotations annotations_heldout266 --output events-heldout266.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will participate in panels and discussions", "036", "USA/GOV", N, False, F, N, False)],
     "Travel announcement for Under Secretary Fernandez at CERAWeek in Houston (6 Mar 2022) -> USA/GOV; 'will "
     "participate in panels and discussions with senior leaders from governments, nonprofit organizations, and the "
     "private sector' = announced meetings -> 036 future (guideline: future meetings 036), the interlocutors tied to "
     "no named country or body -> one event with target null (set 252: Allen's San Francisco meetings with "
     "'senior diplomatic counterparts, digital communications experts, and alumni' one future 036 with no target; "
     "set 233: the Prosper Africa delegation's meetings one future 036 with no target) (borderline one 036 per "
     "sector, or the panels uncoded as a conference programme); 'on a range of issues' is the topic"),
 1: ([("the firm U.S. commitment to Georgia’s sovereignty and territorial integrity", "032", "USA/GOV", "GEO", False,
       A, N, True),
      ("will continue to support the Georgian people", "032", "USA/GOV", "GEO/CVL", False, F, N, False)],
     "Readout of Blinken's call with Georgian President Zourabichvili (3 Mar 2022); 'He' = the Secretary -> USA/GOV, "
     "'underscored' and 'noted' being the document's own Secretary's statements, not reported speech (README "
     "choices: a Department readout of its own Secretary is not reported speech); 'the firm U.S. commitment to "
     "Georgia's sovereignty and territorial integrity' = a commitment noun with its agent -> nominal 032 to the bare "
     "country (set 246: 'Reiterated U.S. commitment to Ukraine's sovereignty' a nominal 032 to bare UKR; set 243: "
     "'Our shared commitment to Ukraine's sovereignty' a nominal 032) (borderline 051 as support for sovereignty, "
     "set 184, or GEO/GOV); 'the United States will continue to support the Georgian people in pursuing a "
     "democratic, peaceful, and prosperous Euro-Atlantic future' = announced continued support -> future 032 "
     "(set 252: 'can continue to depend on the United States to support' a future 032; set 230: 'a committed "
     "partner ready to support you' a future 032; set 253: 'will continue to provide support to the Cuban people' "
     "a future 032) to GEO/CVL (borderline a future 070, as set 146's 'will continue to support our friends and "
     "allies'); the pursuit of a Euro-Atlantic future is the people's aim, not an act; 'Russia's continuing "
     "occupation of Georgia' lies in the sentence before"),
 # --- State Dept random: cue
 2: ([("our continuing close coordination", "050", "USA/GOV", "ISR/GOV", False, A, N, True),
      ("his visit to Israel", "036", "USA/GOV", "ISR", False, F, N, True)],
     "Readout of Blinken's call with Israeli FM and Alternate PM Lapid (21 June 2022); 'The Secretary emphasized our "
     "continuing close coordination on regional and global issues' = an ongoing coordination noun whose 'our' is "
     "the United States and Israel -> nominal 050 (README choices: 'U.S.-EU coordination' a nominal 050; cooperation "
     "nouns a nominal 050), symmetric, coded from the document's government (guideline) (borderline 040 for "
     "consultation); 'noted President Biden looks forward to his visit to Israel next month' = the President's own "
     "planned trip -> future (guideline: 'look forward to' + an event), a visit noun with its agent 'his' -> future "
     "nominal 036 to the bare country (set 248: Zelenskyy's 'planned visit to Washington' a future nominal 036 to "
     "bare USA; set 259: 'Her visit' a future nominal 036 to bare AUT) (borderline ISR/GOV, or optative under the "
     "rule that a hope about another actor's act is not coded, which does not fit the government's own trip)"),
 3: ([("held calls to discuss", "040", "USA/GOV", "JPN/GOV", False, A, N, False),
      ("held calls to discuss", "040", "USA/GOV", "KOR/GOV", False, A, N, False),
      ("the DPRK’s February 26 ballistic missile launch", "150", "PRK/MIL", N, False, A, N, True)],
     "Readout of Special Representative Sung Kim's calls (26 Feb 2022) -> USA/GOV; 'held calls to discuss ... with' "
     "the Japanese MOFA Director General Funakoshi and the ROK Special Representative Noh -> 040 (guideline: "
     "discuss/consult 040; held-out 15: calls 040), one event per interlocutor (guideline: compound split), "
     "JPN/GOV and KOR/GOV (borderline 041 for telephone calls, which earlier sets fold into 040); 'the DPRK's "
     "February 26 ballistic missile launch' = a realised launch named as the topic, with its agent -> nominal 150 "
     "(guideline: missile launches 150), PRK/MIL with no target, as every held-out State Dept set codes DPRK "
     "launches (held-out 15 row 16, 20, 22, 228, 233, 236, 237) (borderline PRK/GOV, 'the DPRK' naming the state)"),
 4: ([], "Blinken's Norway National Day message (17 May 2022): 'As Allies, we defend against threats to democratic "
         "values and address global challenges' = the standing solidarity of two allies against unnamed threats, "
         "no specific act and no named adversary, following held-out 23 and set 255 ('As NATO Allies, we stand "
         "together to ... deter and defend against threats to our security' not coded); the threats are risks "
         "(guideline) (borderline a habitual 050 USA/GOV -> NOR/GOV for 'address global challenges' together)"),
 5: ([("We committed to deepening our economic relationship", "0311", "USA/GOV", "THA/GOV", False, A, N, False),
      ("its 2022 APEC host year", "043", "THA/GOV", N, False, A, N, True),
      ("its 2023 host year", "036", "USA/GOV", N, False, F, N, True),
      ("strengthening engagement across the region", "030", "USA/GOV", "org:ASEAN", False, A, N, False)],
     "U.S.-Thailand Strategic and Defense Dialogue release (11 May 2022); 'We' = the United States and Thailand "
     "('the United States and Thailand reaffirmed our ... alliance', text before), a collapsed joint 'we' coded "
     "from USA/GOV (set 236: 'agreed to set the date' from USA/GOV, the other authors folded into the collapsed "
     "'we'; set 254); 'committed to deepening our economic relationship' = an explicit intent stated as a fact -> "
     "asserted 03x (guideline), economic -> 0311, symmetric, to THA/GOV (set 252: 'Confirmed our commitment to "
     "minimizing the impact on ... Kazakhstan' an asserted 0311 to KAZ/GOV) (borderline one 0311 each way); "
     "'particularly as Thailand progresses with its 2022 APEC host year' = Thailand's ongoing hosting of the APEC "
     "meetings -> host 043, an event noun with its agent 'its' -> nominal, APEC having no code -> target null (set "
     "120: Fiji's hosting of the Pacific Islands Forum a 036 with target null; set 154: borderline a 043 CHN/GOV "
     "with no target for APEC in Shanghai); 'the United States prepares for its 2023 host year' = a future hosting "
     "(guideline: 'is preparing to' future) -> future nominal 036 USA/GOV with no target (README choices: hosting a "
     "meeting in the future is 036 future) (borderline both uncoded as time markers, as set 223's Quad meeting, "
     "or as non-political hosting, as the sports games of sets 181 and 188); 'and strengthening engagement across "
     "the region, including with ASEAN-U.S. and Mekong-U.S. Partnership initiatives' = the second committed act -> "
     "asserted 030 (intent to cooperate), to org:ASEAN, the only coded party named ('ASEAN-U.S.'), the Mekong-U.S. "
     "Partnership having no code (set 238: the Mekong-U.S. Partnership folded in) (borderline target null for "
     "'across the region', or a second 030 from THA/GOV)"),
 6: ([("The delegations discussed", "040", "USA/GOV", "TKM/GOV", False, A, N, False)],
     "U.S.-Turkmenistan Annual Bilateral Consultations release (2 Mar 2022); 'The delegations discussed' -> 040 "
     "(guideline: discuss 040), symmetric, coded from the document's government to TKM/GOV; 'cooperation on "
     "strengthening border security, counternarcotics, and counterterrorism' and 'the need for progress on human "
     "rights' are discussion topics, not coded (set 242 and set 259 row 7: discussion topics uncoded) (borderline a "
     "nominal 062 for the security cooperation, or a demanded 1043 for the human-rights progress)"),
 7: ([("reiterated their support for national elections in Libya", "051", "USA/GOV", "LBY", False, A, N, False),
      ("reiterated their support for national elections in Libya", "051", "DEU/GOV", "LBY", False, A, N, False),
      ("the withdrawal of all foreign forces and mercenaries", "1056", "USA/GOV", N, False, A, N, False),
      ("the withdrawal of all foreign forces and mercenaries", "1056", "DEU/GOV", N, False, A, N, False)],
     "Readout of Blinken's meeting with Chancellor Merkel in Berlin (23 June 2021); 'The Secretary and Chancellor "
     "also reiterated their support' = a compound source -> one event per speaker (guideline; set 239: Sherman and "
     "Sannino's 'expressed their support for the peaceful resolution' a 051 from each speaker), Merkel -> DEU/GOV; "
     "'support for national elections in Libya' = support for a process whose parties are not named -> 051 to the "
     "bare country (set 236: 'Noted support for Libya's UN-facilitated political process' one 051 from each speaker "
     "to bare LBY; set 237: support for a peaceful resolution 051 to bare ETH) (borderline LBY/GOV as organiser of "
     "the elections, or a 104 request for political reform); 'support for ... the withdrawal of all foreign forces "
     "and mercenaries' = support for an act of others -> a request, as README choices code 'support for a release' "
     "as 1053 and set 131's support for lifting sanctions as 1054: withdrawal -> 1056 (README choices: 'demanded "
     "that Russia withdraw' 1056), one per speaker, the forces and mercenaries never named in the document -> target "
     "null (borderline bare LBY, or a demanded nominal 0874 with no source, as set 169's Togolese 'departure of all "
     "foreign forces'); the withdrawal itself is the request's Y and not coded separately (guideline)"),
 8: ([("participated in peaceful demonstrations", "141", "CUB/CVL", "CUB/GOV", False, A, N, False)],
     "Joint Statement on Cuba (26 July 2021); 'On July 11, tens of thousands of Cuban citizens participated in "
     "peaceful demonstrations across the country to protest deteriorating living conditions and to demand change' "
     "-> demonstrate 141 CUB/CVL -> CUB/GOV, the government of the sentence before ('call on the government') being "
     "the protests' addressee (set 255: the same 11 July protesters a 1413 CUB/CVL -> CUB/GOV; set 252: "
     "'demonstrators who took to the streets to urge reform' a generic 141, 'urge reform' folded in); the purposes "
     "'to protest deteriorating living conditions and to demand change' name no specific reform, so the generic "
     "141 is kept and the demand folded in (borderline 1412 for a policy change or 1411 for 'change', or a separate "
     "nominal 100 CUB/CVL -> CUB/GOV)"),
 9: ([("expressed his outrage", "110", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("continued U.S. support for Ukraine’s sovereignty and territorial integrity", "051", "USA/GOV", "UKR", False,
       A, N, True)],
     "Readout of Blinken's call with FM Kuleba (25 Feb 2022); 'The Secretary expressed his outrage at the Kremlin's "
     "brutal tactics' -> disapproval 110 (set 252: 'The United States is outraged' a 110 to the militias; set 126: "
     "'We are outraged by the attacks' a 110, borderline 111), the Kremlin -> RUS/GOV (set 154: 'The Kremlin' read "
     "as a capital metonym; held-out 15); 'the Kremlin's brutal tactics' is a characterisation with no act named in "
     "the sentence, left uncoded (set 247: the Kremlin's unspecified 'actions' uncoded) (borderline a nominal 190 or "
     "195 RUS/GOV -> UKR/CVL from the 'air strikes and rocket launch systems' of the sentence before); 'underscored "
     "continued U.S. support for Ukraine's sovereignty and territorial integrity' = a support noun with its agent -> "
     "nominal 051 to the bare country (set 238: 'We reaffirm our support and commitment to the sovereignty ... of "
     "Ukraine' one 051 USA/GOV -> bare UKR; set 184: support for the sovereignty of Georgia 051 to bare GEO) "
     "(borderline 032, as row 1's 'commitment', or UKR/GOV)"),
 10: ([("the United States’ continued support to address the refugee crisis", "073", "USA/GOV", "UKR/CVL", False, A,
        N, True),
       ("Russia’s brutal invasion of Ukraine", "192", "RUS/MIL", "UKR", False, A, N, True)],
      "Readout of Blinken's meeting with UN High Commissioner for Refugees Grandi (12 Apr 2022); 'The Secretary "
      "emphasized the United States' continued support to address the refugee crisis resulting from Russia's brutal "
      "invasion of Ukraine' = ongoing humanitarian support, a support noun with its agent -> nominal 073 (set 234: "
      "'humanitarian assistance funding ... for Ukraine' a nominal 073), the refugees from Ukraine -> UKR/CVL (set "
      "206: hospitality to those fleeing Syria -> SYR/CVL) (borderline 070, org:UNHCR as the channel the meeting "
      "concerns, or bare UKR); 'emphasized' is the Department's own Secretary, not reported speech; 'Russia's "
      "brutal invasion of Ukraine' -> nominal 192 RUS/MIL -> bare UKR (guideline: invade 192; held-out sets code "
      "'Russia's brutal invasion' RUS/MIL -> UKR, held-out 223, 229, 257) (borderline RUS/GOV)"),
 11: ([], "Release congratulating Collin Walsh on an award (22 June 2022): 'Please visit www.eop.com for more "
          "information' = a web pointer, no act"),
 # --- State Dept random: nocue
 12: ([], "Blinken on Ethiopia's elections (25 June 2021): 'Elections, however, are not in and of themselves a "
          "sufficient marker of democracy or genuine political reform' = an evaluation and a generalisation, no act "
          "(guideline: evaluations not coded); the commendation of the voters lies in the sentence before"),
 13: ([], "P3 Impact Award release (25 Mar 2022): selection criteria for a domestic award, no act between political "
          "actors"),
 14: ([], "EducationUSA Forum release (23 July 2021): 'These ties form the basis of continued American success in "
          "business and trade, science and innovation, and governmental relations' = an evaluation of student "
          "exchanges, no act (guideline)"),
 15: ([], "Release on the dedication of the new U.S. Embassy in Niamey (24 June 2021): 'The Bureau of Overseas "
          "Buildings Operations (OBO) celebrates today's dedication of the new U.S. Embassy in Niamey, Niger by "
          "Ambassador Eric Paul Whitaker' = the opening of a new building for an existing embassy, internal "
          "Department business (set 256: building the new consulate in Lagos uncoded; held-out 4 and 13: internal "
          "Department business uncoded) (borderline 054 USA/GOV -> NER/GOV after PETRARCH's OPEN EMBASSY [054], as "
          "set 235 read the planned opening of an embassy in Honiara, where no embassy then existed); 'celebrates' is "
          "no act"),
 16: ([("will reinstate the CFRP", "081", "USA/GOV", "CUB/CVL", False, F, N, False)],
      "Release on Biden Administration measures to support the Cuban people (16 May 2022); 'We will reinstate the "
      "CFRP [Cuban Family Reunification Parole Program] and increase visa processing in Havana' = easing of "
      "administrative restrictions on Cuban migrants -> 081 future (held-out 25 row 36: 'resumption of immigrant "
      "visa services' at Embassy Havana a future nominal 081 USA/GOV -> CUB/CVL; set 158), the Cuban applicants -> "
      "CUB/CVL; the increase in visa processing is folded in, one event per code and pair (set 229: the Bucha list "
      "one event per code) (borderline a second future 081, or uncoded as consular service, as set 231's SIV "
      "processing); 'while continuing to process the majority of immigrant visa cases at the U.S. Embassy in "
      "Georgetown, Guyana' is routine consular processing, not coded (set 231; set 237: USCIS refugee processing "
      "uncoded); Havana and Georgetown are places"),
 17: ([], "Release on the 2021 International Religious Freedom Report (1 June 2022): 'This event will be open press and "
          "livestreamed' = press logistics, no act"),
 18: ([], "Art in Embassies release (3 Aug 2022): art installations at Chief of Mission residences in Canada, Poland "
          "and Slovenia = internal Department business (held-out 4 and 13; set 251), no act between actors"),
 # --- UNGDC 2020-2024 random: future
 19: ([], "Lesotho (2023): 'we will continue to bank on the support of the United Nations and the international "
          "community' = counting on another actor's support, optative (README choices: hopes about others' aid, 'we "
          "count on', 'look forward to the support of', are optative and not coded; set 201: 'counting on the "
          "support of the United Nations' uncoded) (borderline a future nominal 070 org:UN -> LSO/GOV, as set 200's "
          "'with your commitment and support'); 'the implementation of the reforms' is domestic"),
 # --- UNGDC 2020-2024 random: demand
 20: ([], "Namibia (2024): 'This 79th Session of UNGA must do more to change this situation' = a deontic on the "
          "General Assembly whose Y, doing more to change the disenfranchisement of the people of Western Sahara "
          "(sentence before), names no codable behaviour (guideline: if Y is not a codable behaviour, nothing is "
          "coded) (borderline a demanded 0833 org:UNGA -> ESH/CVL for the right to self-determination, or a demanded "
          "generic 100); the denial of self-determination lies in the sentence before"),
 21: ([], "Eswatini (2021): 'Climate-related impacts continue to overwhelm our economies' = a natural process with no "
          "political actor (guideline)"),
 # --- UNGDC 2020-2024 random: cue
 22: ([("the demands", "100", "PER/CVL", "PER/GOV", False, A, N, True)],
      "Peru (2022); 'My Government reflects the demands, hopes and dreams of those who have had nothing or very little "
      "to help them integrate into civic life' = the demands of Peru's marginalised people, a request noun with its "
      "agent ('of those who ...') -> nominal generic 100 PER/CVL -> PER/GOV, following set 155 ('The Bolivian "
      "social sectors' \"demands\" are a nominal 100 BOL/CVL -> BOL/GOV'; set 252: 'the changes demanded by his "
      "generation' a generic 100 from ECU/CVL) (borderline target null, as set 252, or uncoded as the government's "
      "self-description, as set 257); 'hopes and dreams' are sentiments, and 'reflects' no act"),
 23: ([("Peru supports the COVAX Facility initiative", "051", "PER/GOV", N, False, A, N, False)],
      "Peru (2020); 'Peru supports the COVAX Facility initiative, the Access to COVID-19 Tools (ACT) Accelerator "
      "Facilitation Council, the Vaccine Alliance (GAVI) and the Coalition for Epidemic Preparedness Innovations "
      "(CEPI)' = endorsement -> 051 (guideline: 'express support' 051; set 123: 'we support the Global Strategy' a "
      "051), none of the four initiatives or bodies having a code (set 228: 'in partnership with COVAX' target null, "
      "borderline org:WHO; set 248: Gavi borderline org:GAVI) -> one event with target null (guideline: one event "
      "per actor pair) (borderline org:WHO for COVAX and the ACT Accelerator, which the WHO co-hosts, or 070 for "
      "financial backing); 'In keeping with that commitment' is the abstract commitment to multilateralism of the "
      "sentence before"),
 24: ([], "Latvia (2020): 'Social media is not merely a platform where people and diverse information meets' = a "
          "description, no act; the negation bears on a characterisation"),
 25: ([("has been calling for", "101", "JOR/GOV", N, False, A, N, False)],
      "Jordan (2021); 'Jordan has been calling for regional networks of resiliency to pool our resources and respond "
      "quickly and smoothly to needs as they arise' = 'S calls for Y', one habitual asserted request (guideline), "
      "Y = pooling resources in regional networks -> demand material cooperation 101 (set 213: 'call upon our "
      "global friends to partner with us' a 101 with no target; set 209: 'We seek the cooperation of the United "
      "Nations ... in the development of initiatives' a 101), the addressees, the countries of the region, never "
      "named -> target null (set 233: 'We call for a genuine commitment' a generic 100 with no target; set 215) "
      "(borderline uncoded as a call with no addressee, as sets 125, 180 and 200, or 1011)"),
 26: ([], "Uzbekistan (2021): worsening transnational threats, climate change, migration flows and lost values = trends "
          "and risks with no political actor (guideline: risks not coded)"),
 27: ([], "Bhutan (2021): 'we are struggling to ensure adequate quantity' (of food) = a domestic difficulty, no act "
          "between actors"),
 28: ([("to advocate for the mobilization of financial resources", "1031", "SUR/GOV", N, False, A, N, False)],
      "Suriname (2020); 'Suriname has taken the lead ... to advocate for the mobilization of financial resources in "
      "support of our sustainable development' = advocacy as a request (README choices: 'we advocate the "
      "unconditional implementation' is a request with its sub-code; set 185: 'Advocates that naval disarmament "
      "should feature' a 1056), realised ('has taken the lead ... to advocate') -> asserted, Y = financial aid for "
      "its development -> demand economic aid 1031 (set 165: Barbados's lobbying for support mechanisms a 1031), "
      "the donors never named -> target null (borderline generic 100, or uncoded as a call with no addressee); the "
      "requested support is Y and not coded separately (guideline); 'while making a significant contribution to "
      "mitigating global warming' is an environmental contribution with no counterpart actor, not coded"),
 # --- UNGDC 2020-2024 random: nocue
 29: ([], "Eritrea (2023): 'That historic event [the establishment of the United Nations] occurred on the ashes and in "
          "the aftermath of the Second World War. which caused unprecedented loss of life' = a historic war named "
          "with no parties and an agentless founding (set 248: the Second World War uncoded; set 123: the First World "
          "War's casualties uncoded)"),
 30: ([], "Senegal (2021): 'Senegal therefore in January 2020 criminalized acts of rape and paedophilia' = domestic "
          "legislation with no counterpart actor (README choices: domestic programmes not coded) (borderline a 0343 "
          "SEN/GOV -> SEN/CVL, as protecting women's and girls' rights)"),
 31: ([], "Bulgaria (2022): 'Education is a basic human right ...' = a general statement, no act"),
 32: ([], "Bangladesh (2023): 'Acts that undermine communal harmony ... are serious crimes' = a generalisation with no "
          "named actor (guideline: abstract positions not coded)"),
 33: ([], "Qatar (2022): 'Today we are ready to receive teams and spectators from all over the world' = hosting the "
          "Football World Cup, a sporting event with no named political counterpart (held-out 58 row 8: the Rugby "
          "World Cup and Olympic hosting not coded; sets 181 and 188: sports games hosting uncoded) (borderline an "
          "asserted 036 QAT/GOV with no target, as set 238's World Water Forum)"),
}
