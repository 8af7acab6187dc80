"""Hand annotations for the TWENTY-THIRD held-out event gold set (source of events-heldout23.jsonl).

Keyed by the row index of selection-heldout23.jsonl (output of select_later_heldout.py 23).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout23.jsonl \
        --annotations annotations_heldout23 --output events-heldout23.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will meet with Equatorial Guinea President", "036", "USA/GOV", "GNQ/GOV", False, F, N, False)],
     "Assistant Secretary Phee's delegation in Malabo; future meeting with the President, the Vice President and "
     "other senior officials (one government) -> one 036 future (held-out 20 row 2); 'to discuss the importance of "
     "working together' on maritime security, trafficking, rights and climate is the purpose of the same meeting, "
     "not coded; the AFRICOM general in the delegation does not make a separate USA/MIL source"),
 1: ([("will have a working lunch with Foreign Minister Nasser Bourita", "036", "USA/GOV", "MAR/GOV", False, F, N,
       False)],
     "Sherman in Rabat; a working lunch with FM Bourita and meetings with other senior government officials = future "
     "meetings with one government -> one 036 future per actor pair (held-out 20 row 21)"),
 2: ([], "'The event will be livestreamed at ...': logistics"),
 # --- State Dept random: demand
 3: ([("We continue to call on China", "1043", "USA/GOV", "CHN/GOV", False, A, N, False)],
     "G7 foreign ministers' statement -> 'We' = USA/GOV (held-out 5, 10, 13); a request with a compliance Y is still "
     "a request (held-out 20 row 4 'urged ... to abide by human rights commitments' 1043); Y = act in accordance "
     "with the Sino-British Joint Declaration, in a text about the erosion of political and civil rights and Hong "
     "Kong's autonomy -> rights 1043 (borderline 100 generic or 1044 institutions); 'continue to call' = habitual, "
     "asserted"),
 4: ([("urged the government", "1043", "USA/GOV", "TUN/GOV", False, A, N, False),
      ("trying civilians in military courts", "1121", "TUN/GOV", "TUN/CVL", False, A, N, False),
      ("prosecution of individuals for peaceful freedom of expression", "1121", "TUN/GOV", "TUN/CVL", False, A, N,
       True)],
     "Under Secretary Zeya in Tunisia; 'underscored that an independent judiciary is key' = a statement (01x); "
     "urging the government to cease military trials of civilians and prosecutions for expression -> demand rights "
     "1043; the realised acts named inside the request, whose agent is the addressee (the government that is to "
     "cease them; held-out 12 row 5, 16 row 3), are coded too: trials and prosecutions = charge with a crime 1121 "
     "(held-out 18 prosecutions 1121), two acts of the same pair on different objects coded separately (held-out "
     "19 row 19), civilians / individuals -> TUN/CVL (borderline source TUN/MIL or TUN/JUD for the military courts; "
     "borderline one event)"),
 5: ([("We urge Cambodian authorities", "1053", "USA/GOV", "KHM/GOV", False, A, N, False)],
     "NagaWorld strike; several demands (release the detained unionists, drop the charges, resolve the dispute) -> "
     "most specific, first named: release 1053 (held-out 9, 18 row 3); 'all detained unionists' and 'the charges "
     "against them' have no agent in their own phrases, not coded separately (held-out 17 row 7, 18 row 3)"),
 6: ([("called on Beijing", "1056", "USA/GOV", "CHN/GOV", False, A, N, False),
      ("its pressure campaign against Taiwan", "170", "CHN/GOV", "TWN", False, A, N, True)],
     "Blinken's call with Yang Jiechi; 'He' = the Secretary; capital metonym Beijing -> CHN/GOV; Y = cease the "
     "pressure campaign against Taiwan and resolve cross-Strait issues peacefully -> de-escalation 1056 (held-out 16 "
     "row 4; borderline 105 or 107 settle dispute); the realised campaign named inside the request with its agent "
     "('its' = Beijing) -> nominal coerce 170 (held-out 16 row 3; borderline 150 for the military part), target the "
     "island as a whole -> TWN (as 'war against Ukraine' -> UKR)"),
 7: ([("The United States urges donors", "1033", "USA/GOV", N, False, A, N, False)],
     "donors (uncoded collective) -> null; Y = generously support (the previous sentence: better fund the "
     "humanitarian response for Yemen; the pledging event) -> demand humanitarian aid 1033 (guideline)"),
 8: ([("bringing needed life-saving\u202frelief to the Yemeni\u202fpeople", "073", N, "YEM/CVL", False, D, N, False),
      ("reckless terrorist attacks\u202fstriking\u202fcivilian infrastructure", "180", "YEM/REB", "SAU", False, A, N, True)],
     "'the parties should be focused on de-escalation and bringing ... relief' = a deontic without a request verb -> "
     "Y coded, demanded; the parties are not named -> source null (held-out 21 row 39): de-escalation would be "
     "null-null, not coded; humanitarian relief to the Yemeni people -> 073 -> YEM/CVL (as held-out 21 row 39's "
     "0872); the Houthis (YEM/REB) continuing their terrorist attacks = realised attacks with their agent "
     "('their') -> nominal 180, unspecified violence by a non-state armed group (guideline; held-out 18 row 7, 20 "
     "row 8; borderline 190 or 195 for missile and drone strikes), target Saudi Arabia from the previous sentence "
     "('attacks on Saudi Arabia') -> SAU; 'destructive behavior' is evaluative"),
 # --- State Dept random: cue
 9: ([("partnership with Azerbaijan", "050", "USA/GOV", "AZE/GOV", False, A, N, True),
      ("our ongoing dialogue", "040", "USA/GOV", "AZE/GOV", False, A, N, True)],
     "Republic Day message; thirty years of partnership on economic, energy and security cooperation = an ongoing "
     "partnership naming its partner -> nominal 050 (held-out 13 row 26: 'values' a sentiment, not coded "
     "separately); 'our ongoing dialogue on improving Azerbaijan's respect for human rights' = ongoing consultation "
     "with its agent ('our') and the partner from the same span -> nominal 040 (borderline not coded as part of "
     "the same relationship)"),
 10: ([("Secretary Blinken and Minister Jaishankar discussed", "040", "USA/GOV", "IND/GOV", False, A, N, False)],
      "-> 040; strengthening Indo-Pacific cooperation through the Quad and expanding cooperation are topics"),
 11: ([("They discussed", "040", "USA/GOV", "PHL/GOV", False, A, N, False)],
      "'They' = Sherman and President-Elect Marcos (a president-elect is the incoming government, held-out 16/17) -> "
      "040; deepening the Alliance is the topic"),
 12: ([("The United States welcomes the appointment", "051", "USA/GOV", "USA/BUS", False, A, N, False)],
      "welcoming the appointment of Laura Lane (UPS executive) to the APEC Business Advisory Council -> 051 to the "
      "appointee, as congratulations on an election go to the elected (held-out 12 row 68, 19 row 69), corporation "
      "-> USA/BUS (held-out 3); a cross-sector domestic act is coded (held-out 19 row 10; borderline not coded as a "
      "domestic appointment, held-out 13 row 34)"),
 13: ([], "Rewards for Justice: the programme's payments to 'more than 100 people ... who provided actionable "
          "information' = rewards to an unnamed class defined by a relative clause (held-out 21 row 24), not aid "
          "(borderline 071 USA/GOV -> null and 064 null -> USA/GOV)"),
 14: ([("are hosting the second Media Freedom Coalition Ministerial", "036", "GBR/GOV", "USA/GOV", False, F, N, False),
       ("are hosting the second Media Freedom Coalition Ministerial", "036", "CAN/GOV", "USA/GOV", False, F, N, False),
       ("are hosting the second Media Freedom Coalition Ministerial", "036", "NLD/GOV", "USA/GOV", False, F, N,
        False)],
      "release of 8 Feb 2022 about the Ministerial in Tallinn the following week: 'are hosting' = a scheduled "
      "future hosting (the sentence continues 'video remarks ... will set the stage') -> 036 future (held-out 2 row "
      "21 'co-host' 036 future, held-out 18 row 1), compound source split per host; the participant the sentence "
      "names is the Secretary (video remarks; next sentence: Zeya leads the U.S. delegation) -> USA/GOV "
      "(borderline target null for the Coalition's members in general, held-out 21 row 55); the sentence is cut "
      "at 'Antony J.'"),
 15: ([("is committed to continued close cooperation with the United States", "030", "CRI/GOV", "USA/GOV", False, A, N,
        False)],
      "fact sheet; Costa Rica's commitment to continued close cooperation = an intent to cooperate stated as a fact "
      "-> 030 asserted (held-out 19 row 41, 20 row 66), country as actor -> CRI/GOV; 'is important to key U.S. goals' "
      "is an evaluation"),
 16: ([], "Strategic Stability Dialogue release; 'We remain committed ... to ensuring predictability and reducing the "
          "risk of armed conflict and threat of nuclear war' = a commitment to abstract aims with no counterpart in "
          "the sentence (held-out 17 row 18, 21 row 11; borderline 030 USA/GOV -> RUS/GOV from the dialogue context)"),
 17: ([("cooperation between our two countries", "050", "USA/GOV", "IDN/GOV", False, A, N, True)],
      "transcript turn of FM Marsudi; 'intensified communication and cooperation between our two countries' = a "
      "realised cooperation noun naming its parties -> nominal 050 (held-out 7, 8: 'U.S.-EU coordination' 050), "
      "symmetric, from the first-named in the context ('U.S. and Indonesia are strategic partner') and the "
      "document's government (borderline IDN/GOV -> USA/GOV, the speaker's own); 'communication' is part of the same "
      "noun phrase (borderline an extra nominal 040); 'I am very glad' is a sentiment"),
 18: ([("We are currently engaged in negotiating", "046", "USA/GOV", "MHL/GOV", False, A, N, False),
       ("We are currently engaged in negotiating", "046", "USA/GOV", "FSM/GOV", False, A, N, False),
       ("We are currently engaged in negotiating", "046", "USA/GOV", "PLW/GOV", False, A, N, False)],
      "Blinken; negotiating amendments to the Compacts of Free Association with the FAS -> 046 (guideline), a group "
      "without a code is each member the document names (held-out 12/13, 18/19): the Marshall Islands, Micronesia and "
      "Palau (previous sentence); 'completing the negotiations is a priority' repeats the same negotiations, coded "
      "once"),
 19: ([("Blinken met today with Ivoirian Prime Minister Patrick Achi", "040", "USA/GOV", "CIV/GOV", False, A, N,
        False),
       ("condemning", "111", "USA/GOV", "RUS/GOV", False, D, N, False),
       ("condemning", "111", "CIV/GOV", "RUS/GOV", False, D, N, False),
       ("Russia’s invasion of Ukraine", "192", "RUS/MIL", "UKR", False, A, N, True)],
      "the splitter cut after 'Antony J.'; meeting -> 040 (Washington is the venue); 'They emphasized the importance "
      "of ... condemning Russia's invasion' = a deontic without a request verb whose agents are the two discussants "
      "-> 111 demanded per source (held-out 20 row 24, 21 row 18), target RUS/GOV (held-out 16 row 19); the invasion "
      "-> nominal 192 RUS/MIL -> UKR (earlier sets); 'standing together when democracy is threatened' = solidarity "
      "without a specific act, not coded (borderline 050 demanded USA/GOV -> CIV/GOV)"),
 20: ([("Deputy Secretary McKeon discussed", "040", "USA/GOV", "USA/NGO", False, A, N, False)],
      "McKeon in Atlanta and Clarkston; the discussions are those of the meetings in the previous sentences, with "
      "resettlement agency staff and refugee services partners (NGOs) and state and local officials -> 040 to "
      "USA/NGO (cross-sector domestic acts are coded, held-out 19 row 10, 21 row 0); the local officials share the "
      "source's code (USA/GOV) and are not a second counterpart (borderline: not coded as a domestic meeting); the "
      "refugees' resettlement is the topic"),
 21: ([("Secretary Blinken and President Hassan addressed regional security issues", "040", "USA/GOV", "TZA/GOV", False,
        A, N, False),
       ("Tanzania’s positive role as a peacekeeping contributor", "074", "TZA/GOV", N, False, A, N, True)],
      "call with President Samia Suluhu Hassan; 'addressed' = discussed -> 040; Tanzania's role as a peacekeeping "
      "contributor = a realised habitual act with its agent, coded even as a discussion topic (held-out 21 row 1; "
      "agent noun as held-out 20 row 17 'the largest financial contributor to UN peacekeeping') -> 074, the "
      "missions not named -> null (held-out 20 row 69; borderline org:UN, or TZA/MIL); 'potential future "
      "cooperation' has no agent"),
 22: ([("He pledged the United States’ strong support for the people of Burma", "030", "USA/GOV", "MMR/CVL", False, A,
        N, False),
       ("discussed ways", "040", "USA/GOV", "MMR/OPP", False, A, N, False)],
      "'He' = Counselor Chollet; pledging support = pledge of support -> 030 asserted (held-out 11 row 56, 12 row 68), "
      "the people of Burma -> MMR/CVL; discussion with the NUG representatives (previous sentence) -> 040, the "
      "National Unity Government of the ousted elected leaders -> MMR/OPP (held-out 8); stepping up assistance, a "
      "return to democracy and a peaceful resolution are topics without an agent; 'its February 2021 military coup' "
      "has its agent (the military) but a coup has no CAMEO code and no earlier set coded one (borderline 175 "
      "MMR/MIL -> MMR/GOV); 'the crises the military caused' is not a CAMEO act"),
 23: ([("The Secretary reaffirmed his support for Ukraine’s sovereignty", "051", "USA/GOV", "UKR", False, A, N, False),
       ("discussed diplomatic engagements with Russia", "040", "USA/GOV", "org:NATO", False, A, N, False),
       ("discussed diplomatic engagements with Russia", "040", "USA/GOV", "org:OSCE", False, A, N, False),
       ("discussed diplomatic engagements with Russia", "040", "USA/GOV", "org:EU", False, A, N, False),
       ("Russia’s unprovoked military buildup on Ukraine’s borders", "154", "RUS/MIL", "UKR", False, A, N, True)],
      "call with NATO SG Stoltenberg, OSCE Chair-in-Office Rau and EU HR Borrell (previous sentence); reaffirmed "
      "support for sovereignty -> 051 to the bare country (held-out 18 row 13); discussion -> 040 per counterpart: "
      "org:NATO, org:OSCE (Rau in his OSCE role, the title naming him also as Polish FM; borderline POL/GOV), org:EU "
      "(the High Representative, held-out 14 row 23); 'diplomatic engagements with Russia' is the topic (held-out 4 "
      "row 24); Russia's build-up on the border -> nominal 154 (guideline troop build-ups) RUS/MIL -> UKR"),
 24: ([("The United States welcomes the EU’s adoption", "051", "USA/GOV", "org:EU", False, A, N, False),
       ("a new sanctions regime", "163", "org:EU", "LBN", False, A, N, True)],
      "Blinken-Yellen joint statement (both USA/GOV, one event); welcome -> 051 to org:EU; the EU's adoption of a "
      "sanctions regime for Lebanon = a realised sanctions act with its agent ('the EU's') -> nominal 163, target the "
      "country whose leaders it targets -> LBN (held-out 13 row 22: sanctions on countries -> bare country; "
      "borderline LBN/GOV, or not coded since no one is listed yet)"),
 25: ([("We pledge to continue to strengthen our robust and wide-ranging bilateral agenda", "030", "USA/GOV", "DOM/GOV",
        False, A, N, False)],
      "Independence Day message; an explicit intent verb stated as a fact (guideline 'we pledged to continue') -> 030 "
      "asserted; one commitment with several purposes (corruption, exclusion, prosperity, security partnership) coded "
      "once (held-out 16/17), the bilateral partner -> DOM/GOV (previous sentence: 'the Dominican government')"),
 26: ([("The United States strongly supports", "051", "USA/GOV", "LBY/CVL", False, A, N, False)],
      "support for the progress the Libyan people have made towards a political solution -> 051 (acknowledging "
      "progress, held-out 8), the Libyan people -> LBY/CVL (held-out 20 row 22)"),
 27: ([("the Allies reviewed cooperation at NATO and the bilateral security relationship", "040", "USA/GOV", "ISL/GOV",
        False, A, N, False)],
      "U.S.-Iceland strategic dialogue joint statement; 'the Allies' = the United States and Iceland; reviewing "
      "cooperation together as part of the dialogue = consultation -> 040, symmetric, from the document's government "
      "(unlike held-out 21 row 12's one-sided 'He reviewed' the U.S. assistance; borderline not coded as a repeat of "
      "the previous sentence's 'discussed')"),
 # --- State Dept random: nocue
 28: ([], "Pride Month: 'we celebrate an important message': no act"),
 29: ([], "Under Secretary Fernandez will focus on promoting investment in Africa = an abstract aim, a continent has no "
          "code"),
 30: ([], "Fulbright: U.S. scholars teach and research overseas = an exchange programme with no named counterpart"),
 31: ([], "Our Ocean: the United States will launch a working group on naming practices of U.S. marine monuments = a "
          "domestic act"),
 32: ([], "Blinken joking with Stoltenberg about apartments at NATO Headquarters: no political act ('I'm going to ask "
          "you' is banter, 'we're here so much' a figure of speech)"),
 33: ([], "'A European Union that includes all of the Western Balkans ... will be stronger' = an evaluation of a "
          "hypothetical enlargement, no act"),
 34: ([("we will continue to collaborate closely with the Philippines", "030", "USA/GOV", "PHL/GOV", False, F, N,
        False)],
      "Blinken on the Philippine election; future cooperation -> 030 future (guideline; held-out 20 row 31); the "
      "aims (human rights, Indo-Pacific) are purposes of the same cooperation"),
 35: ([], "'other countries are making historic investments in their foreign policy toolkits' = unnamed countries' "
          "domestic investments, no act between actors"),
 36: ([("will travel to Port-au-Prince, Haiti", "036", "USA/GOV", "HTI", False, F, N, False)],
      "Assistant Secretary Witkowsky; an announced trip -> 036 future to the destination country (held-out 17, 18 "
      "row 32 'will travel to Santiago, Chile' -> CHL)"),
 37: ([], "press contact line"),
 38: ([], "Gambia National Day: celebrating alongside and 'look forward to many celebrations together' = well-wishing "
          "and sentiment (held-out 7), not coded"),
 39: ([], "the air transport amendment 'allows U.S. air carriers to fly all-cargo services' = the content of an "
          "agreement, an inanimate subject, no act between actors in this sentence"),
 40: ([], "Day of Holocaust Remembrance: 'we mark ... and honor the victims' = commemoration, no act between actors"),
 41: ([], "Blinken with the OIC Secretary General: 'We have a shared focus on ... challenges' = a shared view, no act"),
 # --- UNGDC random: neg
 42: ([("our support for Palestinian statehood", "051", "IDN/GOV", "PSE", False, A, N, True)],
      "Indonesia (2023); 'will not back down an inch' = a statement of resolve, not an event negation (held-out 9, 19: "
      "resolve is not negation); the support itself is ongoing -> nominal 051 with its agent ('our' = Indonesia), "
      "support for statehood -> the bare country (held-out 18 row 13) (borderline 032 asserted for the resolve to "
      "keep supporting)"),
 43: ([], "Bolivia (2021): 'The rupture of the constitutional order ... involved the participation of national "
          "actors' (the November 2019 coup of the previous sentence) = participation in a coup, which has no CAMEO "
          "code (row 22 of this set); the listed domestic actors (politicians, police, armed forces, civic "
          "committees, church, media) are not given a specific act; 'did not have the support of the people' is "
          "not an event (borderline 175 per listed actor -> BOL/GOV)"),
 # --- UNGDC random: future
 44: ([], "Indonesia: 'The Bandung Spirit ... will always be alive to inspire the Global South' = no act"),
 45: ([("we will deposit our instrument of ratification", "030", "DOM/GOV", N, False, F, N, False)],
      "Dominican Republic (2022); supporting the elimination of nuclear weapons = an abstract policy position, not "
      "coded; depositing its ratification of the TPNW tomorrow = a future cooperative act -> intent code 030 future "
      "(guideline; held-out 4 row 16 'will sign a compact' 0311 future), a multilateral treaty -> target null "
      "(held-out 21 row 17; borderline org:UN as depositary, or 057 future)"),
 # --- UNGDC random: demand
 46: ([], "Tuvalu: 'we must strengthen our commitment to upholding the core principles of the Charter' = 'we' = all "
          "member states, Y not a codable behaviour"),
 47: ([], "Sao Tome and Principe: 'we must combine efforts among destination countries ... and adequate support for "
          "migrants' countries of origin' = collectives, null-null, not coded"),
 48: ([], "Eritrea: Security Council reform 'should not be perceived as nominal tampering' = an evaluation"),
 49: ([], "Mauritania: 'We must work until its approach ... becomes more balanced' = internal UN reform (held-out 21 "
          "row 50)"),
 # --- UNGDC random: cue
 50: ([("I reiterate the appeal", "1054", "CAF/GOV", "org:UNSC", False, A, N, False),
       ("the appeal of the Central African people to the Security Council", "1054", "CAF/CVL", "org:UNSC", False, A, N,
        True)],
      "Central African Republic (2020); reiterating the appeal = echoing a call is the speaker's own request, and the "
      "call itself a nominal request of its author (held-out 14/15): Y = fully lift the arms embargo -> 1054 "
      "(held-out 13 row 58, 14 row 58), from the speaker's government and from the Central African people "
      "(CAF/CVL) to org:UNSC; 'the arms embargo' has no agent in its own phrase, not coded (held-out 14 row 58; "
      "borderline 163 org:UNSC -> CAF, the Council being the addressee asked to lift it)"),
 51: ([], "Kiribati: 'They agreed to restore ...' = the founding fathers of the UN Charter (collective), null-null"),
 52: ([("strongly supports the efforts", "051", "SAU/GOV", "EGY/GOV", False, A, N, False),
       ("strongly supports the efforts", "051", "SAU/GOV", "SDN/GOV", False, A, N, False)],
      "Saudi Arabia (2021); support for the efforts towards a settlement of the Renaissance Dam dispute that protects "
      "Egypt's and the Sudan's water rights = support aimed at a process -> 051 to its named parties (held-out 8, "
      "16/17), Egypt and Sudan -> GOV; Ethiopia is not named in the sentence or the nearby text, not added; the "
      "makers of the efforts are unnamed (borderline one 051 with target null)"),
 53: ([], "Moldova (2022): 'we are facing ... hybrid threats, from disinformation and propaganda to cyberattacks and "
          "energy pressures' = agentless nouns; Russia is named in the previous sentence only as the agent of the war "
          "on Ukraine (borderline 170 RUS/GOV -> MDA/GOV from the context)"),
 54: ([], "South Sudan: committed to multilateralism and international cooperation = abstract, no counterpart"),
 55: ([("We assure him of the full support", "030", "MNE/GOV", "org:UNGA", False, A, N, False)],
      "Montenegro (2020); 'him' = Volkan Bozkir, President of the General Assembly (previous sentence) -> org:UNGA; "
      "assuring him of support = pledge of support -> 030 asserted (held-out 12 row 68; borderline 051 as held-out 21 "
      "row 65)"),
 56: ([("Kazakhstan commends all the efforts and plans", "051", "KAZ/GOV", N, False, A, N, False)],
      "Kazakhstan (2023); commending the efforts and plans of unnamed 'different States and groups of countries' -> "
      "051 target null (held-out 21 row 56); the proposing of plans has a null source and no counterpart, not coded"),
 57: ([("expresses its support for the Republic of China on Taiwan", "051", "PRY/GOV", "TWN/GOV", False, A, N,
        False)],
      "Paraguay (2023); 'expresses its support' (guideline 051) for Taiwan's inclusion in the UN system -> 051 to the "
      "Republic of China on Taiwan -> TWN/GOV (support for a named actor, not an abstract position; held-out 9 row "
      "81 and 13 row 57 were requests with no addressee)"),
 58: ([], "Uruguay: 'We need cooperation with all the countries, blocs and major Powers' = a need, collectives"),
 59: ([], "Kuwait (2024): 'expresses its concern' = 01x; the 'hostile operations' in the Red Sea have no agent in the "
          "sentence; protecting navigation is an abstract importance"),
 60: ([], "Ecuador: 'Our actions have responded ... to new threats such as transnational organized crime' = the "
          "country's Council agenda, no counterpart"),
 61: ([("Djibouti welcomes the progress", "051", "DJI/GOV", "SOM/GOV", False, A, N, False)],
      "Djibouti (2024); welcoming Somalia's progress in stabilising the country and the approach of President Hassan "
      "Sheikh Mohamud's government -> one 051 to SOM/GOV (acknowledging a government's progress, held-out 8); the "
      "markdown asterisks are part of the text"),
 62: ([("We extend our unwavering support to and solidarity with", "051", "PRK/GOV", "SYR/CVL", False, A, N, False),
       ("We extend our unwavering support to and solidarity with", "051", "PRK/GOV", "PSE/CVL", False, A, N, False),
       ("Israeli-occupied", "192", "ISR/MIL", "SYR", False, A, N, True)],
      "DPRK (2020); support to the Syrian people and to the cause of the people of Palestine -> 051 per target, "
      "SYR/CVL and PSE/CVL (held-out 20 row 22); 'Israeli-occupied Golan' = an occupation with its agent -> nominal "
      "192 (first set 'Soviet-occupied' 192; later sets' occupations -> /MIL, held-out 11, 18), the Golan -> SYR; the "
      "struggle to regain the Golan is not a specific act"),
 63: ([], "Paraguay: 'We live in times that demand concrete political commitments' = inanimate subject, no request"),
 # --- UNGDC random: nocue
 64: ([], "Tajikistan: the Green Climate Fund's role is positive = an evaluation"),
 65: ([], "Eswatini: wishing the United Nations family a prosperous future = well-wishing (held-out 7)"),
 66: ([], "Uzbekistan: the region's low integration: no act"),
 67: ([], "Libya (2023): the Libyan people have set aside their political divisions and civil war = a domestic "
          "reconciliation of an undivided collective, no act between coded actors"),
 68: ([], "Saint Vincent and the Grenadines: quoting Guyana's poet laureate: no act"),
 69: ([], "Portugal: 'There is no planet B': no act"),
 70: ([], "Congo: the SDGs 'will only be a pipe dream if we do not ourselves create ... peace' = 'we' = all, a "
          "conditional with no act"),
 71: ([("was murdered in cowardly fashion", "1823", N, "MEX/GOV", False, A, N, False),
       ("was murdered in cowardly fashion", "1823", N, "MEX/CVL", False, A, N, False)],
      "Mexico (2020); historic killings in an agentless passive -> 1823 (killing of individuals) with null source; "
      "Francisco Madero was President of Mexico when murdered (1913) -> MEX/GOV (held-out 5: a historic person's "
      "office at the time; borderline MEX/CVL, since the sentence calls him an apostle of democracy); 'as were "
      "social leaders like Francisco Villa ... and Emiliano Zapata' = the same act on two persons of one code -> one "
      "event to MEX/CVL, as the sentence calls them (borderline MEX/REB for the revolutionary leaders); 'who "
      "defended the peasants' is a description"),
 72: ([], "Zambia: 'This is the bedrock of the UN foundation' = no act"),
}
