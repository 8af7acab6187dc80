"""Hand annotations for the TWO-HUNDRED-AND-SIXTY-THIRD held-out event gold set (source of events-heldout263.jsonl).

Keyed by the row index of selection-heldout263.jsonl (output of select_statement_sentence_heldout.py 263; rows 0-21
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
    python3 data/gold/build_events.py --selection selection-heldout263.jsonl \\
        --annotations annotations_heldout263 --output events-heldout263.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("they will meet with the 5th Bomb Wing and 91st Missile Wing commanders", "036", "USA/GOV", "USA/MIL", False,
       F, N, False)],
     "Travel announcement for Under Secretary Jenkins (15 July 2022) -> USA/GOV; 'they' = Jenkins and Assistant "
     "Secretary Stewart (text before), both USA/GOV, one source; 'While at Minot, they will meet with the 5th Bomb "
     "Wing and 91st Missile Wing commanders and senior leadership' = an announced meeting with the armed forces' "
     "commanders -> 036 future (guideline: future meetings 036), USA/GOV -> USA/MIL, following set 252's McKeon "
     "visit to U.S. Southern Command (a future 036 USA/GOV -> USA/MIL, the visit folded in) (borderline uncoded as "
     "internal US government business, as held-out 4 and 13 left the Department's own business); 'for tours of the "
     "B-52 and Minuteman III infrastructure' is the purpose, folded into the meeting; Minot is a place"),
 1: ([("will visit the USA Pavilion at Expo 2020 Dubai", "036", "USA/GOV", "ARE", False, F, N, False)],
     "Travel announcement for Senior Official Hall Godfrey (18 Feb 2022) -> USA/GOV; 'In the United Arab Emirates, "
     "Senior Official Hall Godfrey will visit the USA Pavilion at Expo 2020 Dubai' = an announced visit on the UAE "
     "leg of the trip -> 036 future (README choices: an announced trip 036 future), to the country visited, bare "
     "ARE, following set 238's 'tour the Panama Canal' (a future 036 to bare PAN) and held-out 259 row 1 (an "
     "announced trip a future 036 to each bare destination) (borderline uncoded, the Pavilion being the US "
     "government's own venue, or ARE/GOV as the Expo's host); the meetings of the stop lie in the sentence after"),
 # --- State Dept random: demand
 2: ([], "Reward offer for a Guatemalan drug trafficker (18 Mar 2022): 'Any tips should be provided to DHS Homeland "
         "Security Investigations (HSI) via WhatsApp ...' = instructions to the public (set 252: the FBI tip "
         "instructions uncoded; set 230: operator instructions uncoded), no act between political actors"),
 3: ([("calls on the Nicaraguan government", "1053", "USA/GOV", "NIC/GOV", False, A, N, False)],
     "Price's statement on Cristiana Chamorro (4 June 2021); 'The United States calls on the Nicaraguan government to "
     "immediately release opposition leader Cristiana Chamorro and her two colleagues' = one asserted request "
     "(guideline), Y = release -> 1053 (guideline), Y not coded separately; the detention is named only through "
     "'release', with no detention word in the sentence ('Their detention' lies in the sentence after), and is not "
     "coded, following held-out 239 row 4 ('all remaining Armenian detainees') and held-out 248 row 3 ('political "
     "prisoners') (borderline a 173 NIC/GOV -> NIC/OPP under the rule that a realised act named inside a request "
     "is coded); 'the recently shuttered Violeta Barrios de Chamorro Foundation' = an agentless participle whose "
     "agent the document never states, not coded (borderline a 172 NIC/GOV -> NIC/NGO, as README choices' court "
     "ruling closing a seminary)"),
 4: ([("I urge all UN member states to join the United States in this effort", "102", "USA/GOV", N, False, A, N,
       False)],
     "Blinken on U.S. leadership on human rights and ending systemic racism (14 July 2021); 'I urge all UN member "
     "states to join the United States in this effort, and confront the scourge of racism, racial discrimination, "
     "and xenophobia' = one asserted request (guideline: urge -> 10x), Y = joining the US effort -> a request for "
     "support 102 (set 240: San Marino's 'urge you all to join us' a 102 with no target; set 140: 'We invite those "
     "who care and can to join us' a 102), the whole UN membership an uncoded collective -> target null (set 183: "
     "'urges all Member States to cooperate' with no target) (borderline org:UNGA, or generic 100 for 'confront the "
     "scourge', which names no act between actors and is folded in)"),
 # --- State Dept random: cue
 5: ([("We hope that the year ahead brings renewed opportunities for cooperation", "030", "USA/GOV", "ZAF/GOV",
       False, F, N, False)],
     "Blinken's South African Freedom Day message (27 Apr 2022); 'We hope that the year ahead brings renewed "
     "opportunities for cooperation and collaboration in health, climate policy, trade, and other sectors' = a hope "
     "about cooperation to which the speaker's government is a party -> 030 future (README choices: 'hope that we "
     "can work together' is 030 future; held-out 12/13), the partner taken from the sentence before ('strengthen "
     "the bonds between our peoples and governments') -> ZAF/GOV (borderline uncoded as an optative hope about "
     "opportunities rather than an act, or bare ZAF); the sectors are the fields, folded in"),
 6: ([("discussed", "040", "USA/GOV", "CHE/GOV", False, A, N, False),
      ("our shared commitment to the people of Ukraine", "032", "USA/GOV", "UKR/CVL", False, A, N, True),
      ("our shared commitment to the people of Ukraine", "032", "CHE/GOV", "UKR/CVL", False, A, N, True),
      ("defend themselves", "190", "UKR/CVL", "RUS/GOV", False, A, N, False),
      ("Putin’s unprovoked war of aggression", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Readout of Blinken's call with Swiss President Cassis (3 May 2022); 'Secretary Blinken and President Cassis "
     "discussed' -> 040 (guideline), symmetric, from the document's government -> CHE/GOV; 'economic efforts to "
     "address the humanitarian situation in Afghanistan' is a discussion topic with no agent, not coded (set 242: "
     "discussion topics uncoded) (borderline a nominal 070 with no source to AFG/CVL); 'our shared commitment to the "
     "people of Ukraine' = a commitment noun naming its holders -> one nominal 032 per partner (set 243: 'Our shared "
     "commitment to Ukraine's sovereignty' one nominal 032 each from USA/GOV and TUR/GOV; set 229: 'our shared "
     "commitment to support Ukraine' one nominal 032 per partner) to the people -> UKR/CVL (borderline uncoded as a "
     "topic, as held-out 5); 'as they defend themselves against Putin's unprovoked war of aggression' = armed "
     "resistance -> 190 (set 254: 'the brave people of Ukraine, as they continue to resist Russia's ... attacks' a "
     "190 UKR/CVL -> RUS/MIL, after PETRARCH's RESIST * {&WEAPON ATTACK} [190]), habitual, asserted, the people -> "
     "UKR/CVL, against the war's agent -> RUS/GOV (borderline RUS/MIL as in set 254, or 120); 'Putin's unprovoked "
     "war of aggression' = an event noun with its agent -> nominal 190 RUS/GOV -> bare UKR (set 247: 'President "
     "Putin's war of choice' a nominal 190 RUS/GOV -> UKR)"),
 7: ([], "Blinken's Koningsdag message (27 Apr 2022): 'The people of the United States and the Netherlands stand together "
         "as champions of democracy in the face of authoritarian threats' = mutual solidarity of two peoples with no "
         "specific act, following held-out 23 ('standing together when democracy is threatened' not coded) and set "
         "255 ('As NATO Allies, we stand together' uncoded) (borderline a symmetric 051 USA/CVL -> NLD/CVL under "
         "README choices' ''stand with' is 051 throughout', as set 227's directed 'stand together with' the "
         "Mongolian people, or a 050); 'authoritarian threats' are risks (guideline)"),
 8: ([("the need for continued support for Ukraine", "070", N, "UKR", False, D, N, True),
      ("committed to continue to impose costs on Russia", "163", "USA/GOV", "RUS/GOV", False, F, N, False),
      ("committed to continue to impose costs on Russia", "163", "FRA/GOV", "RUS/GOV", False, F, N, False),
      ("its aggression", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Readout of Deputy Secretary Sherman's call with French Secretary General Delattre (15 Mar 2022); 'They' = "
     "Sherman and Delattre (sentence before), USA/GOV and FRA/GOV; 'agreed on the need for continued support for "
     "Ukraine' = a shared view (held-out 2 row 40: 'agreed on the need' a shared view, not an agreement act) "
     "whose content is a deontic (guideline: 'it is important to help X' -> demanded) -> demanded nominal 070 with no source to bare UKR (set "
     "244: 'The importance of maintaining strong international support for Ukraine' a demanded nominal 070 with no "
     "source to bare UKR) (borderline one demanded 070 each from USA/GOV and FRA/GOV); 'committed to continue to "
     "impose costs on Russia' = a commitment stated as a fact whose act is conflictual, which keeps its own code "
     "(guideline: conflictual future acts keep their own code) -> sanctions 163 future (set 235: 'impose costs on "
     "the Russian government' a future 163 to RUS/GOV; set 236: Spain's 'impose severe, coordinated costs' a 163), "
     "one per partner (README choices: a joint commitment of several partners is one event per partner) to "
     "RUS/GOV (borderline asserted for the continuing sanctions, or 131 as set 228's pre-invasion 'that's our "
     "commitment'); 'for its aggression' = an event noun with its agent ('its' = Russia) -> nominal 190 RUS/GOV -> "
     "bare UKR, Ukraine named in the same sentence (held-out 25: 'Russian aggression' a nominal 190; borderline "
     "RUS/MIL)"),
 9: ([("The United States welcomes the appointment", "051", "USA/GOV", "org:UN", False, A, N, False)],
     "Blinken's statement (6 Aug 2021); 'The United States welcomes the appointment of Hans Grundberg as the new UN "
     "Special Envoy for Yemen' -> 051 (guideline: welcome 051) to the appointee (README choices: welcoming an "
     "appointment is 051 to the appointee), a UN Special Envoy -> org:UN (set 221: Monaco's welcome of Kaljulaid as "
     "Global Advocate to org:UN; held-out 10 row 5: UN Special Envoy Pedersen -> org:UN) (borderline SWE/CVL for "
     "Grundberg's nationality); the appointment itself, by the Secretary-General, is an event noun with no agent in "
     "the sentence, not coded"),
 10: ([], "Announcement of Matt Murray as U.S. Senior Official for APEC (10 Feb 2022): 'Through engagement at APEC, the "
          "United States supports U.S. innovation and the digital economy; helps U.S. companies do business and "
          "support jobs and families here at home; expands women's participation in the economy; and promotes "
          "healthy, resilient, and sustainable economies' = domestic economic aims pursued through a forum that has "
          "no code (set 152: APEC has no code) (guideline: abstract policy positions not coded; domestic programmes "
          "uncoded) (borderline a habitual nominal 040 USA/GOV with no target for 'engagement at APEC', or a 070 "
          "USA/GOV -> USA/BUS for helping US companies)"),
 11: ([("Special Representative Kim and his counterparts condemned", "111", "USA/GOV", "PRK/GOV", False, A, N, False),
       ("Special Representative Kim and his counterparts condemned", "111", "JPN/GOV", "PRK/GOV", False, A, N,
        False),
       ("Special Representative Kim and his counterparts condemned", "111", "KOR/GOV", "PRK/GOV", False, A, N,
        False)],
      "Readout of Special Representative Kim's calls (25 Mar 2022); 'Special Representative Kim and his counterparts "
      "condemned' -> 111 (guideline), a compound source split into one event per actor (guideline): Kim -> USA/GOV, "
      "'his counterparts' = Director General Funakoshi (JPN/GOV) and Special Representative Noh (KOR/GOV) of the "
      "sentence before; 'the launch' = the DPRK's March 24 ballistic missile launch of the sentence before -> the "
      "condemnation's target taken from the context (guideline: 'we condemn this aggression' -> target from the "
      "previous sentence) -> PRK/GOV (held-out 20 and 22: condemning the DPRK's launches 111 to PRK/GOV); 'the "
      "launch' itself is an anaphoric event noun with no agent in the sentence, not coded (guideline: 'this "
      "aggression' not coded; held-out 259 row 3) (borderline a nominal 150 PRK/MIL, as held-out 20 and 22); 'as a "
      "clear violation of multiple UN Security Council resolutions' is a characterisation of that same anaphoric "
      "launch, not coded (held-out 6 and 22: characterisations uncoded) (borderline a nominal 128 PRK/GOV -> "
      "org:UNSC, as set 228 coded 'in violation of multiple UN Security Council resolutions' beside a launch noun "
      "that had its agent); 'presenting a serious threat to regional stability' is a risk (guideline)"),
 12: ([("thanked Foreign Minister Motegi", "051", "USA/GOV", "JPN/GOV", False, A, N, False),
       ("hosting Deputy Secretary Sherman", "043", "JPN/GOV", "USA/GOV", False, A, N, False),
       ("U.S.-Japan-Republic of Korea trilateral meeting", "040", "USA/GOV", "JPN/GOV", False, A, N, True),
       ("U.S.-Japan-Republic of Korea trilateral meeting", "040", "USA/GOV", "KOR/GOV", False, A, N, True)],
      "Readout of Blinken's call with Japanese FM Motegi (23 July 2021); 'Secretary Blinken thanked Foreign Minister "
      "Motegi' -> 051 (guideline: thank 051) -> JPN/GOV; 'for hosting Deputy Secretary Sherman' = the thanked act "
      "with its agent from the thanks (README choices: thanks 'for the ongoing support' gives the support its agent; "
      "'for receiving us' is hosting, 043) -> 043 JPN/GOV -> USA/GOV, realised; 'a successful U.S.-Japan-Republic "
      "of Korea trilateral meeting in Tokyo' = a meeting noun whose name gives its participants (README choices: "
      "'the U.S.-Bahrain Strategic Dialogue' a nominal 040) -> nominal 040 from the document's government to each "
      "other participant (held-out 228 row 18: a trilateral coded from USA/GOV to JPN/GOV and KOR/GOV) (borderline "
      "the meeting folded into the hosting, as set 253's 'hosting the JCPOA talks', with a second 043 to KOR/GOV); "
      "'successful' is an evaluation; Tokyo is the venue"),
 13: ([("donor of humanitarian assistance", "073", "USA/GOV", N, False, A, N, True)],
      "Statement on the 70th anniversary of the Refugee Convention (28 July 2021); 'We continue to be the world's "
      "largest single donor of humanitarian assistance' = habitual humanitarian aid with its agent as subject -> "
      "nominal 073 (held-out 12 row 10: 'largest single donor of humanitarian aid' a nominal 073 USA/GOV; held-out "
      "87 row 0), asserted, the recipients not named in the sentence -> target null (guideline) (borderline "
      "uncoded as a status, or refugees in general)"),
 14: ([("We reiterate our firm support", "051", "USA/GOV", "org:UN", False, A, N, False),
       ("the UN Special Envoy for Syria’s efforts to promote a political settlement", "045", "org:UN", "SYR", False,
        A, N, True)],
      "Joint statement of the US, UK, French, German and Italian foreign ministers on Syria's election (25 May 2021); "
      "'We' names no government in the sentence -> USA/GOV (guideline: 'we' in joint statements; set 243: a "
      "seven-signatory 'We are united in our condemnation' one event from USA/GOV, not split) (borderline one 051 "
      "per signatory named in the title, as set 242's 'We, the G7 Foreign Ministers of ...'); 'reiterate our firm "
      "support for the UN Special Envoy for Syria's efforts' = expressed support (guideline: 'express support' 051) "
      "-> 051 to org:UN (held-out 10 row 5: Pedersen -> org:UN); 'the UN Special Envoy for Syria's efforts to "
      "promote a political settlement' = a mediation noun with its agent -> nominal 045 from org:UN (set 236: "
      "Libya's UN-facilitated political process a nominal 045 org:UN to bare LBY; set 250: 'UN-facilitated efforts' "
      "a nominal 045), the settlement's parties not named in the sentence -> bare SYR (borderline SYR/GOV, the "
      "Assad regime being named in the sentence before); 'based on all aspects of UNSCR 2254, which protects the "
      "future prosperity and the rights of all Syrians' describes the resolution, not an act"),
 # --- State Dept random: nocue
 15: ([], "Release of the 2021 Women, Peace, and Security Report (1 July 2021): 'In conjunction with the Departments of "
          "Defense and Homeland Security, as well as the U.S. Agency for International Development, the Department "
          "of State is proud to release its first public report' = the publication of a domestic implementation "
          "report, made with other US agencies (README choices: submitting a national report is not coded; set 193: "
          "a report's tabling uncoded; set 231: internal Department business uncoded)"),
 16: ([], "Heroes of U.S. Diplomacy release (28 June 2021): 'The event will be livestreamed on the Foreign Service "
          "Institute's YouTube page' = a logistics pointer, no act (set 247: a UN-broadcast logistics note uncoded)"),
 17: ([], "Release on the Indo-Pacific Business Forum 2021 (29 July 2021): 'Attendees will also be able to explore "
          "regional government and business partnerships and commercial opportunities' = a possibility open to "
          "unnamed attendees, an uncoded collective, with no named counterpart (README choices: acts between uncoded "
          "collectives not coded) (borderline a hypothetical 030 with no source and no target)"),
 18: ([("Blinken spoke with", "040", "USA/GOV", "EGY/GOV", False, A, N, False)],
      "Readout of Blinken's call with Egyptian FM Shoukry (28 May 2022); the sentence starts at 'Blinken' (the "
      "splitter cut after 'Antony J.'); 'spoke with' a counterpart -> 040 (guideline: meet/discuss 040), Shoukry -> "
      "EGY/GOV; 'regarding the situation in Yemen and the importance of flights between Sana'a and Cairo' are the "
      "topics (set 242: discussion topics uncoded), Sana'a and Cairo being places (guideline: a capital that is only "
      "a place is not a metonym) (borderline a demanded nominal 0863 for the flights under the truce, as set 244's "
      "'The importance of ...' deontics)"),
 19: ([("joined by Armenian Ambassador to the United States Lilit Makunts", "040", "ARM/GOV", "USA/GOV", False, A, N,
        False)],
      "2022 U.S.-Armenia Strategic Dialogue joint statement (3 May 2022); 'U.S. Ambassador to Armenia Lynne Tracy was "
      "in Washington as well, joined by Armenian Ambassador to the United States Lilit Makunts' = the two ambassadors "
      "taking part together in the Dialogue session -> 040, from the one who joined to the one joined (set 256: the "
      "Lagos governor who 'joined' the U.S. ambassador a 040 NGA/GOV -> USA/GOV; README choices: a meeting both "
      "'participated in' and 'hosted by' is coded once, from the participant) (borderline from the document's "
      "government under the symmetric-meeting rule, or uncoded as attendance at the Dialogue already described); "
      "'was in Washington' is the US ambassador's presence in her own capital, no visit"),
 20: ([("his upcoming travel to Fiji", "036", "USA/GOV", "FJI", False, F, N, True),
       ("engagement there with Pacific Island leaders", "036", "USA/GOV", N, False, F, N, True)],
      "Readout of Blinken's meeting with Australian FM Payne (11 Feb 2022); 'The Secretary noted' is a statement "
      "(01x), not coded; 'his upcoming travel to Fiji' = an announced trip noun with its agent -> future nominal 036 "
      "to the bare destination (held-out 2 row 57: 'upcoming travel to Costa Rica' a future nominal 036 to CRI); "
      "'engagement there with Pacific Island leaders' = an announced meeting with the leaders of several Pacific "
      "Island countries, none named and the Pacific Islands Forum having no code -> a second future nominal 036 "
      "with no target (set 233: the Prosper Africa delegation's meetings one future 036 with no target) (borderline "
      "FJI/GOV, or folded into the trip)"),
 21: ([("the Treasury Department is designating", "163", "USA/GOV", "RUS/MED", False, A, N, False),
       ("Putin’s war", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "Blinken's statement on sanctions on Russia's financial, defence and marine sectors (8 May 2022); 'the Treasury "
      "Department is designating Russia-1, Channel One, and NTV' = sanctions designations under way -> 163 asserted "
      "(README choices: officials 'being designated' an asserted 163), the Treasury -> USA/GOV, the three "
      "state-owned channels one sector -> one event to RUS/MED (set 242: 'are blocked' one 163 per sector) "
      "(borderline RUS/GOV, the outlets being state-controlled); 'spreading disinformation to bolster Putin's war' is "
      "the reason for the designation: disinformation has no CAMEO code and 'to bolster' is its purpose, not coded "
      "(borderline a 070 RUS/MED -> RUS/GOV); 'Putin's war' = an event noun with its agent -> nominal 190 RUS/GOV, "
      "the victim plain from the document -> bare UKR (set 247: 'President Putin's war of choice' a nominal 190 "
      "RUS/GOV -> UKR) (borderline target null, Ukraine not being named in the sentence)"),
 # --- UNGDC 2020-2024 random: neg
 22: ([("We never ignored", "111", "IRN/GOV", "ISR/GOV", False, A, N, False),
       ("occupation", "192", "ISR/GOV", "PSE", False, A, N, True),
       ("genocide", "202", "ISR/GOV", "PSE/CVL", False, A, N, True),
       ("forced displacement", "201", "ISR/GOV", "PSE/CVL", False, A, N, True),
       ("we never made a deal", "057", "IRN/GOV", N, True, A, N, False)],
      "Iran (2020, Rouhani), in a list of Iran's regional record; 'We never ignored occupation, genocide, forced "
      "displacement and racism in Palestine' = litotes: not keeping silent about another state's acts is a "
      "denunciation -> an asserted 111, the positive counterpart of set 132's 'keeping silent about the Israeli "
      "occupation' and set 197's 'has ignored the systematic violation', both negated 111s (borderline uncoded, the "
      "positive act being unspecified, or a 051 to PSE/CVL), the target the occupier, named only as 'Zionist "
      "occupiers' in the sentence before -> ISR/GOV (README choices: Israeli measures listed without naming Israel "
      "are coded ISR/GOV nominal events; set 226: 'occupation and oppression in Palestine' takes Israel from the "
      "text around it) (borderline source null for the nouns, as set 218's Brunei row); the listed acts -> a "
      "nominal 192 to bare PSE (guideline: occupy 192), a nominal 202 to PSE/CVL (README choices: genocide 202) and "
      "a nominal 201 to PSE/CVL (set 206: 'forced displacement' a nominal 201 ISR/GOV -> PSE/CVL); 'racism' has no "
      "CAMEO code, not coded; 'we never made a deal over the Holy Quds and the fundamental rights of the Palestinian "
      "people' = a plain negation of an agreement -> negated 057 (README choices: 'have never agreed, and will never "
      "agree' one negated 057), with no counterpart named -> target null (borderline ISR/GOV or USA/GOV, or a 120 "
      "read as resolve)"),
 23: ([], "Sierra Leone (2023): 'Real stability and lasting peace do not come from resisting threats or building "
          "defences' = a generalisation with no actor (guideline: abstract positions not coded); the threats are "
          "risks"),
 24: ([("We will not cease to insist", "1031", "GIN/GOV", N, False, F, N, False)],
      "Guinea (2021), speaking as chair of the Group of 77 and China ('As the spokesperson for 134 States', sentence "
      "before); 'We will not cease to insist on the need for the developed countries to support the developing "
      "countries' = the speaker's own standing request, litotes and not a negation -> future request (set 173: 'we "
      "shall never stop calling for an end to such practices' a future 1056, not negated; README choices: 'never "
      "ceased to demand' an asserted 104), coded for the speaker only, the G77 having no code (set 133: 'We nations "
      "of South America' coded for the speaker only; set 145: Samoa as AOSIS Chairman -> WSM/GOV); Y = support for "
      "countries hit by global warming, climate finance in the sentence before -> economic aid 1031 (borderline "
      "generic 103); the addressees, 'the developed countries', are an uncoded collective -> target null (sets 159, "
      "171: a 1031 with no target); the support itself is Y, not coded separately (guideline)"),
 # --- UNGDC 2020-2024 random: future
 25: ([("financial support", "071", N, "WSM/GOV", False, D, N, True)],
      "Samoa (2023); 'those efforts must be enhanced by financial support for advocacy and capacity-building of our "
      "health and education professionals' = a statement of need -> demanded aid with no source to the speaker's "
      "government (README choices: statements of need are demanded aid with no source to the speaker's government; "
      "set 213: 'our need for aid' a demanded nominal 070), money -> 071 (guideline: aid; README choices: committed "
      "aid sums are aid), nominal (borderline WSM/CVL for the professionals, or 070); 'Nutrition and exercise ... "
      "will do more to curb NCDs' is a domestic health claim, no act"),
 # --- UNGDC 2020-2024 random: demand
 26: ([], "North Macedonia (2020): 'We must also be in solidarity with the future that we need to build together' = 'we' "
          "meaning all States (held-out 42/43), figurative, not coded"),
 27: ([], "United Arab Emirates (2022): 'We must harness our shared capabilities and energy to implement comprehensive "
          "solutions' = 'we' meaning all States (held-out 42/43), not coded"),
 # --- UNGDC 2020-2024 random: cue
 28: ([], "Dominican Republic (2020): 'I bring to this meeting the mandate of the Dominican people to proclaim our "
          "nation's commitment to protecting the environment and to continue supporting the Paris Agreements' = a "
          "commitment to a multilateral treaty with no named counterpart (set 146: Kiribati's commitment to the Paris "
          "Agreement uncoded; held-out 105 row 35: Saint Lucia's 'we fully support the Paris Agreement' uncoded) "
          "(borderline a 051 or a 030 with no target); the people's mandate is domestic (borderline a nominal 051 "
          "DOM/CVL -> DOM/GOV)"),
 29: ([], "Kiribati (2022): 'The targets that have been agreed and set under the Paris Agreement ..., including the "
          "financial pledges, continue to remain out of reach' = agentless unmet targets and pledges between uncoded "
          "collectives (set 245: the unmet climate pledge; set 246: the unmet $100 billion target; held-out 259 row "
          "24) (borderline a nominal 0331 with no source and no target)"),
 30: ([], "Togo (2022): 'A project for the development of social-safety nets ... as well as a programme to support "
          "vulnerable populations, was established' = a domestic programme, not coded"),
 31: ([], "Gabon (2023): 'It is critical that the international community increase its support for developing "
          "countries' = a deontic between uncoded collectives (set 175: demands between uncoded collectives uncoded; "
          "set 212), the speaker's country not singled out (README choices: 'Countries such as mine require "
          "assistance' coded only where the speaker names itself) (borderline a demanded 070 with no source to "
          "GAB/GOV as a statement of need)"),
 32: ([("Please be assured", "030", "BHS/GOV", "org:UN", False, A, N, False)],
      "The Bahamas (2020); 'Please be assured of The Bahamas' unwavering commitment to the United Nations' = an "
      "assurance of commitment to the Organization, stated as a fact -> 030 asserted to org:UN (set 192: 'reaffirm "
      "my country's commitment to the United Nations' a 030 to org:UN; set 211: 'voice our commitment to the United "
      "Nations' a 030) (borderline org:UNGA, the assurance being addressed to the Assembly's President, or uncoded as "
      "set 137's reaffirmed commitments); 'our pledge to adhere always, to the UN Charter of principles' is a "
      "commitment to the Charter's principles, not coded (set 137 and set 193: commitments to the Charter and its "
      "principles uncoded)"),
 33: ([], "The Bahamas (2021): 'In my just-concluded campaign, we called for new renewable-energy initiatives in our own "
          "country' = proposals in a domestic election campaign, no addressee and no act between actors (domestic "
          "programmes not coded)"),
 34: ([("military threats", "138", "USA/GOV", "PRK/GOV", False, A, N, True)],
      "DPRK (2022); 'their hostile policy and military threats against the Democratic People's Republic of Korea' = "
      "an event noun with its agent ('their' = the United States and its servile forces) -> nominal threat of "
      "military force 138 (README choices: 'the threats from the United States' a nominal 138; set 151: US "
      "'constant threats from huge armed forces' a nominal 138 to PRK/GOV), the US -> USA/GOV, 'its servile forces' "
      "an unnamed, uncoded collective, dropped (borderline USA/MIL); 'hostile policy' names no act (set 196: a "
      "hostile policy 'rooted in the military field' uncoded); 'excuses ... to justify' is the US's statement, not "
      "coded; 'the possession of our self-defensive nuclear weapons' is a status (borderline a nominal 154 PRK/GOV "
      "with no target)"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([], "Morocco (2023): the sentence starts at 'Sir. on your election' (the splitter cut after 'I would like to "
          "congratulate you.'), so the congratulation verb lies in the sentence before (README choices: a fragment "
          "whose verb was cut away is left uncoded); 'to wish you success during your term in office' is "
          "well-wishing, not coded (borderline a 051 to org:UNGA, as set 142's congratulation noun after a cut)"),
 36: ([], "Bahrain (2024): 'It is imperative that like-minded countries come together, with the objective of "
          "revitalizing, adapting, and renewing our institutions' = a deontic for an unnamed, uncoded group of "
          "countries on institutional reform (README choices: UN reform positions not coded; acts between uncoded "
          "collectives not coded)"),
 37: ([("expressed a clear commitment to distributing potential vaccines and medicines", "0333", "DEU/GOV", N, False,
        A, N, False)],
      "Germany (2020); 'as the biggest exporter of pharmaceutical products, we have expressed a clear commitment to "
      "distributing potential vaccines and medicines against COVID-19 in a fair way' = a commitment stated as a fact "
      "(guideline: an explicit intent verb stated as a fact gives an asserted 03x; README choices: commitments stated "
      "as facts are asserted 03x) to provide medical goods -> intent to provide humanitarian aid 0333 (set 254: "
      "Australia's 'if we find the vaccine we will share it' an asserted nominal 0333 with no target), the "
      "recipients unnamed -> target null (borderline 030, or uncoded as a principle of fair distribution, 'as a "
      "global public good'); 'the biggest exporter' is a status"),
 38: ([("our engagement in this crucial body", "030", "MDV/GOV", "org:UNGA", False, F, N, True)],
      "Maldives (2023); 'the Maldives wishes to highlight six areas of focus' is a statement (01x), not coded; 'that "
      "will guide our engagement in this crucial body' = the Maldives' coming engagement in the General Assembly's "
      "session, an engagement noun with its agent -> future nominal 030 (guideline: future cooperative acts, engage, "
      "get 03x; set 215: Mongolia's 'Constructive engagement ... with the United Nations at the centre' a future "
      "nominal 030 to org:UN), 'this crucial body' -> org:UNGA (borderline uncoded as a member's participation in "
      "the Assembly, as set 229 left 'address the General Assembly' uncoded)"),
 39: ([("I thank Secretary-General Antonio Guterres", "051", "GIN/GOV", "org:UN", False, A, N, False)],
      "Guinea (2023); 'I thank Secretary-General Antonio Guterres' -> 051 (guideline: thank 051) -> org:UN; 'for the "
      "dedication with which he leads our Organization' is his holding of office, not an act (set 187: chairing "
      "bodies uncoded)"),
}
