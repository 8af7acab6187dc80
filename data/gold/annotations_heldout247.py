"""Hand annotations for the TWO-HUNDRED-AND-FORTY-SEVENTH held-out event gold set (source of events-heldout247.jsonl).

Keyed by the row index of selection-heldout247.jsonl (output of select_statement_sentence_heldout.py 247; rows 0-21
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
    python3 data/gold/build_events.py --selection selection-heldout247.jsonl \\
        --annotations annotations_heldout247 --output events-heldout247.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("to enforce sanctions", "163", "USA/GOV", "RUS", False, F, N, False),
      ("expose and identify malicious actors", "112", "USA/GOV", N, False, F, N, False),
      ("war of choice", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Blinken's statement on additional sanctions on Russia's technology companies and cyber actors (31 Mar 2022); "
     "'We will use all authorities at our disposal to enforce sanctions' = the government's announced continued "
     "enforcement of its own sanctions on Russia ('We will continue to target President Putin's war machine with "
     "sanctions', text before) -> a conflictual act keeps its own code with future modality (guideline: future; "
     "set 235: 'impose costs on the Russian government' a future 163), 'use all authorities ... to' being the means "
     "of the act, not a separate event; the sanctioned country from the context -> bare RUS (set 238: 'the "
     "sanctions that are being put in place ... on Russia' a 163 USA/GOV -> bare RUS) (borderline target null, the "
     "enforcement aiming at evaders of any nationality, or uncoded as a purpose, as held-out 19 row 0's 'to impose "
     "tangible and significant consequences'); 'expose and identify malicious actors' -> future 112 with no target, "
     "the actors unnamed in the sentence (set 224: 'will continue to expose individuals such as those designated "
     "today' a future 112 with no target) (borderline RUS/GOV for 'President Putin's cyber actors' of the text "
     "before); 'promote accountability' is no CAMEO act (sets 230, 231); 'President Putin's war of choice' = an "
     "event noun with its agent -> nominal 190 (guideline: war 190; 'Russia's invasion' nominal), Putin -> RUS/GOV, "
     "the country attacked -> bare UKR (set 237: 'President Putin's ... war' a nominal 190)"),
 1: ([("We will stand with you", "032", "USA/GOV", "BHS/GOV", False, F, N, False)],
     "Blinken's Bahamas Independence Day message (10 July 2021), 'On behalf of the Government of the United States' "
     "-> USA/GOV, 'you' = the Commonwealth of The Bahamas it congratulates (text before) -> BHS/GOV; 'We will stand "
     "with you as you continue to address the pandemic, as you rebuild from Hurricane Dorian' = announced future "
     "support; 'stand with' is 051 (README choices), and a future cooperative act takes the intent code -> 032 "
     "future (guideline: future cooperative acts get 03x; set 166: 'You will have Pakistan's full support' a future "
     "032) (borderline a future 070 for the pandemic and hurricane recovery, as set 151's 'we will not abandon you', "
     "or bare BHS); the pandemic response, the rebuilding and 'as you work to support human rights in the region' "
     "are The Bahamas' own domestic or abstract acts, not coded"),
 # --- State Dept random: demand
 2: ([("We call on Russia", "1056", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("its military offensive", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Joint statement by the Governments of the United States and the Czech Republic on their Strategic Dialogue "
     "(30 Mar 2022); 'We' in a joint statement -> USA/GOV, not split (guideline: 'we' in joint statements -> "
     "USA/GOV; held-out 243 row 10 and 228 row 14), the sentence itself naming no government (borderline a second "
     "1056 from CZE/GOV, as set 242's 'We, the G7 Foreign Ministers of ...' which named each); 'We call on Russia "
     "to cease its military offensive and completely withdraw its armed forces from the territories of Ukraine, "
     "Moldova, and Georgia and to respect their sovereignty' = one asserted request (guideline), the several "
     "demands taking the most specific sub-code (README choices), cessation and withdrawal -> 1056 de-escalation; Y "
     "not coded separately; 'its military offensive' = a realised act named inside the request -> coded too "
     "(README choices: 'end its repression of Mr. Navalny' 175), nominal 190 from Russia -> RUS/GOV (guideline: "
     "'Russia's invasion' RUS/GOV), to the country attacked -> bare UKR; the presence of Russian forces in Moldova "
     "and Georgia is presupposed by the withdrawal demand but named by no occupation word, so no 192 is coded "
     "(borderline one non-nominal 192 each to UKR, MDA and GEO, as set 141's 'Occupation troops ... have not been "
     "withdrawn')"),
 3: ([], "Ministerial statement of France, the UK and the US before the NPT Review Conference (1 Aug 2022): 'We "
         "recognize and act with a deep understanding that nuclear war cannot be won and must never be fought' = a "
         "shared norm with no actor or target, the fighting agentless (set 220: a nuclear-war norm inside a joint "
         "statement uncoded; guideline: abstract policy positions not coded) (borderline a negated, demanded 190 "
         "with no source)"),
 4: ([("We urge donors", "1033", "USA/GOV", N, False, A, N, False)],
     "Release announcing US humanitarian assistance for the Syria crisis (10 May 2022); 'We urge donors to support "
     "the Syrian people by increasing contributions to both emergency assistance and early recovery' = one asserted "
     "request (guideline), the addressee 'donors' an uncoded collective -> target null (guideline), Y = humanitarian "
     "funding -> 1033 (guideline: 1033 humanitarian aid) (borderline 103, or 1031 for early recovery); Y not coded "
     "separately (guideline)"),
 # --- State Dept random: cue
 5: ([], "Blinken's statement on sanctioning the Cuban police (30 July 2021): 'Through the Global Magnitsky sanctions "
         "program, the United States seeks to impose tangible and significant consequences to discourage malign "
         "actors and promote accountability in connection with serious human rights abuse' = a description of the "
         "programme's aim against a generic class of wrongdoers (held-out 19 row 0: 'to impose tangible and "
         "significant consequences on those who engage in corruption' not coded, borderline 163 future USA/GOV -> "
         "null; set 232: a generalisation about sanctions uncoded); the designation of the PNR lies in the sentence "
         "after (borderline a habitual 163 USA/GOV with no target, as the class-of-wrongdoers rule, or CUB/COP from "
         "the release)"),
 6: ([("We applaud European Union member states, including Lithuania", "051", "USA/GOV", "LTU/GOV", False, A, N,
       False),
      ("enforcing sanctions measures", "163", "LTU/GOV", "RUS", False, A, N, False)],
     "Price's statement on EU sanctions and shipments to and from Kaliningrad (13 July 2022); 'We applaud' = praise "
     "-> 051 (guideline); 'European Union member states, including Lithuania' = a group without a code (the member "
     "states, not the Union) -> coded for the one member the sentence names (README choices: a group of four States "
     "whose members the document does not name is coded for the one it names; set 236: a collective act naming one "
     "member coded for that member) (borderline org:EU); 'for enforcing sanctions measures fully in accordance with "
     "EU guidance' = the praised act, its agent from the praise (README choices: thanks 'for the ongoing support' "
     "gives the support its agent from the thanks), a state applying sanctions -> its own 163 (set 138: "
     "'Implementing the sanctions' the speaker's own 163; set 186: applying the resolution 661 sanctions a 163), "
     "against Russia with respect to Kaliningrad (text before) -> bare RUS (set 238), a gerund, not nominal "
     "(borderline uncoded compliance, as set 155's 'proud to be implementing'); 'in accordance with EU guidance' is "
     "'under', not attribution"),
 7: ([], "Release on the 2021 P3 Impact Award finalists (28 July 2021): 'It was created in 2011 to reduce health "
         "inequities and to support participating countries ...' = the Salud Mesoamerica Initiative, a public-private "
         "partnership with no code (the IDB, two foundations, Canada, Spain and eight countries), created by an "
         "agentless passive, its support named only as a purpose (set 182: support named only as a purpose "
         "uncoded) (borderline a 070 with no source to each of the eight named countries)"),
 8: ([("to see you again", "040", "MEX/GOV", "CAN/GOV", False, A, N, False)],
     "Blinken with Mexican Foreign Secretary Ebrard and Canadian Foreign Minister Joly at the Summit of the Americas "
     "(Los Angeles, 10 June 2022); the turn is Ebrard's (speaker rule) -> MEX/GOV, addressed to Joly ('Hello, "
     "Melanie', text before) and 'the Canadian delegation' -> CAN/GOV, the delegation folded into the same pair; "
     "'Nice to meet you - to see you again' = the trilateral meeting under way -> 040 (set 225: 'came here to meet "
     "with a friend' an asserted 040; set 224: 'the fact that you're here today' a 040 for the attendance), "
     "symmetric, coded from the speaker (borderline uncoded as a courtesy greeting, as row 17's 'Good morning', or "
     "from the document's government, USA/GOV being the host)"),
 9: ([("spoke with", "040", "USA/GOV", "KAZ/GOV", False, A, N, False)],
     "Readout of Blinken's call with Kazakhstani Foreign Minister Tileuberdi (13 Aug 2021); the sentence starts "
     "after the splitter's cut at 'Antony J.', its subject Blinken -> USA/GOV; 'spoke with ... to discuss the "
     "situation in Afghanistan' -> 040 (set 234: the Ghani call's 'spoke with' a 040; guideline: discuss 040), "
     "'to discuss' folded in, Tileuberdi, Deputy Prime Minister and Foreign Minister -> KAZ/GOV (borderline 041 for "
     "a telephone call); the situation in Afghanistan is a topic"),
 10: ([], "DFC release on financing COVID-19 vaccine manufacturing in South Africa (30 June 2021): 'This effort "
          "supports the Administration's goal to scale vaccine production, invest in African ingenuity and "
          "resilience, and help the global community beat this COVID-19 pandemic' = the anaphoric financing "
          "'supporting' the US government's own goal (internal), the investing and helping named only as goals "
          "(set 182: support named only as a purpose uncoded; guideline: abstract policy positions) (borderline a "
          "071 USA/GOV -> ZAF/BUS for the financing to Aspen of the text before)"),
 11: ([("in signing the Arrangement", "057", "USA/GOV", "PAN/GOV", False, A, N, False)],
      "Blinken's statement on the U.S.-Panama migration arrangement (20 Apr 2022); 'Panama's Minister of Security "
      "Juan Pino joined Embassy Panama City's Charge d'Affaires Stewart Tuttle in signing the Arrangement' = a "
      "signed agreement -> 057 (guideline: agreements concluded 057), Pino -> PAN/GOV, Tuttle -> USA/GOV; a "
      "symmetric act coded once from the document's government (guideline; set 148: an agreement 'signed by both "
      "parties' coded from the document's government) (borderline PAN/GOV -> USA/GOV from the grammatical subject, "
      "as set 240's one-signatory sentences); 'joined' folded into the signing"),
 12: ([], "Joint statement of Blinken and Yellen welcoming the EU sanctions regime on Lebanon (30 July 2021): "
          "'Sanctions are intended, among other things, to compel changes in behavior, and promote accountability "
          "for corrupt actors and leaders who have engaged in malign behavior' = a generalisation about sanctions "
          "with no imposer or target named (README choices: a generalisation about sanctions uncoded, sets 129 and "
          "232) (borderline a nominal 163 from org:EU to LBN/GOV, the regime of the sentence before); 'have engaged "
          "in malign behavior' names no CAMEO act"),
 13: ([("discussed", "040", "USA/GOV", "KEN/GOV", False, A, N, False)],
      "Readout of Blinken's meeting with Kenyan Cabinet Secretary for Foreign Affairs Omamo (16 July 2021); "
      "'Secretary Blinken and Cabinet Secretary Omamo discussed' -> 040 (guideline), symmetric, coded once from the "
      "document's government (guideline), Omamo -> KEN/GOV; 'the importance of Kenyan engagement on the ongoing "
      "crises in Ethiopia and South Sudan' is the topic of the talks, an engagement whose importance is discussed "
      "rather than a realised act (held-out 16 row 26: a partnering topic uncoded) (borderline a nominal 045 "
      "KEN/GOV to bare ETH and SSD, as set 243's 'President Erdogan's engagement in support of a diplomatic "
      "resolution'); the crises are agentless"),
 14: ([("discussed", "040", "USA/GOV", "AGO/GOV", False, A, N, False),
       ("the growing bilateral security relationship between the United States and Angola", "062", "USA/GOV",
        "AGO/GOV", False, A, N, True)],
      "Readout of Deputy Secretary Sherman's meeting with Angolan Minister of State Furtado in Luanda (5 May 2022); "
      "'discussed' -> 040 (guideline), symmetric, from the document's government, Furtado, Minister of State and "
      "Chief of the Security Affairs House -> AGO/GOV; 'the growing bilateral security relationship between the "
      "United States and Angola' = a realised and growing security cooperation naming its parties -> nominal 062 "
      "(README choices: cooperation nouns a nominal 050; security cooperation 062; set 229: 'our cooperation' a "
      "nominal 062) (borderline 050 as set 232's U.S.-Thai relationship, or uncoded as a topic of the talks, as "
      "set 243 row 6); 'opportunities to deepen regional and multilateral cooperation' is a prospective topic with "
      "no partner named (borderline a future nominal 030 to AGO/GOV)"),
 # --- State Dept random: nocue
 15: ([], "Blinken at the Bastille Day celebration (14 July 2021): the fragment 'From the Revolutionary War to World "
          "War II; from the fight against slavery to the fight against fascism' lists historic wars and struggles "
          "by name only, with no agent or target in the sentence (README choices: conflicts named only by place "
          "uncoded; set 187: 'the war in Iraq' uncoded) (borderline a historic nominal 050 USA -> FRA for the "
          "alliance of the sentence before)"),
 16: ([], "Blinken's statement on assistance after the Afghanistan earthquake (28 June 2022): the earthquake and the "
          "humanitarian crisis the Afghan people 'have endured' are a natural disaster and a situation, no act "
          "between actors"),
 17: ([], "Blinken before departing Joint Base Andrews (5 Apr 2022): 'SECRETARY BLINKEN: Good morning, everyone' = a "
          "greeting, no act"),
 18: ([("The two spoke of", "040", "USA/GOV", "FRA/GOV", False, A, N, False)],
      "Readout of Deputy Secretary Sherman's call with French Foreign Ministry Secretary General Delattre (15 July "
      "2022); 'The two' = Sherman and Delattre (sentence before) -> USA/GOV and FRA/GOV; 'spoke of the important "
      "work to alleviate challenges to global food security' = their conversation -> 040 (guideline), symmetric, "
      "from the document's government, coded in this sentence although the sentence before also reports the call, "
      "since each sentence is annotated on its own (held-out 243 row 12); 'the important work to alleviate "
      "challenges' is agentless; 'the Kremlin's actions' = a capital metonym (set 154: the Kremlin -> RUS/GOV) with "
      "an event noun too vague for any CAMEO code (borderline a nominal 170 or 191 RUS/GOV -> bare UKR for the "
      "grain blockade, as set 229's 'using food as a weapon' 170)"),
 19: ([("eager to hear from you", "036", "USA/GOV", "MAR/CVL", False, F, N, False)],
      "Blinken at a meeting with Moroccan women in STEM, alumni of US exchange programmes (Rabat, 29 Mar 2022); 'But "
      "mostly I'm really eager to hear from you' = the conversation about to begin ('So I want to stop talking and "
      "get you to start talking', text after) -> 036 future (set 225: Blinken's 'eager to hear' with Palestinian "
      "civil society a future 036 -> PSE/CVL; set 240 row 17: 'very anxious to hear about' a future 036 -> MDA/CVL), "
      "the participants -> MAR/CVL (borderline MAR/EDU for the students among them, or 040 asserted for a meeting "
      "under way); 'to tell others, to inspire others ... make a difference in the world' is no act between "
      "actors"),
 20: ([("Additional engagements", "036", "USA/GOV", "BRA/CVL", False, F, N, True)],
      "Travel announcement for Assistant Secretary Satterfield's trip to Sao Paulo and Rio de Janeiro (6 July 2022); "
      "'Additional engagements will focus on higher education exchanges, English language programs ... and women's "
      "entrepreneurship' = further announced meetings on the trip, an event noun whose agent is plain from the text "
      "around it (README choices: an event noun whose agent is plain only from the text around it is coded) -> "
      "future nominal 036 (guideline: future meetings 036), Satterfield -> USA/GOV, the counterparts those she 'will "
      "engage', 'students, civil society leaders, and alumni' (text before) -> BRA/CVL (borderline BRA/EDU, target "
      "null as set 233's meetings with mixed sectors, or uncoded as a list of topics); the exchange programmes are "
      "topics"),
 21: ([], "Travel announcement for Assistant Secretary Noyes (17 May 2022): 'The IMRF will be broadcast live on UN "
          "WebTV' = a logistics note, no act between actors (set 230: operator instructions uncoded)"),
 # --- UNGDC 2020-2024 random: neg
 22: ([("we urge this assembly", "102", "PLW/GOV", "org:UNGA", False, A, N, False)],
      "Palau (2024); 'we urge this assembly to support Taiwan's rightful inclusion' = one asserted request "
      "(guideline) to the General Assembly -> org:UNGA, Y = policy support for Taiwan's participation -> 102 (set "
      "203: 'Urging that the subject be placed on the agenda of ... the General Assembly' (Taiwan) a 102 to "
      "org:UNGA; set 167: Swaziland's appeal on Taiwan a 102) (borderline 1044 for a change in the UN system, or "
      "target TWN/GOV); Y not coded separately; 'UN General Assembly Resolution 2758 does not preclude Taiwan's "
      "involvement' is a legal reading of a text, no negated act (borderline a negated 1233 org:UNGA -> TWN/GOV)"),
 23: ([], "Brazil (Lula, 2024): 'It [the planet] is weary of missed emissions reduction targets and the financial aid "
          "to poor countries that never arrives' = unmet emissions targets (no CAMEO act) and undelivered climate "
          "finance between uncoded collectives, the donors never named (README choices: unfulfilled aid promises "
          "between uncoded collectives uncoded, set 116; set 225: unfulfilled climate-finance pledges between "
          "uncoded groups) (borderline a negated 071 with no source and no target)"),
 24: ([], "Guatemala (2023): cultural heritage as a topic for a revitalized Organization and 'our world's mosaic of "
          "cultural diversity is threatened by war' = a risk with an agentless war (guideline: risk uses of threat "
          "not coded; conflicts named with no party uncoded)"),
 # --- UNGDC 2020-2024 random: future
 25: ([("he can be assured of Hungary", "032", "HUN/GOV", "org:UNGA", False, A, N, False)],
      "Hungary (Szijjarto, 2021), of Abdulla Shahid, President of the General Assembly (text before) -> org:UNGA "
      "(README choices: the Assembly President is org:UNGA); 'he can be assured of Hungary's full support' = an "
      "assurance of support -> 032 (set 182: 'I assure him that Peru will constructively support his initiatives' "
      "an asserted 032 to org:UNGA; set 184: 'We assure him of Malawi's complete support' a 032), asserted as an "
      "assurance given in the speech (borderline future, as set 166's 'You will have Pakistan's full support', or "
      "030); 'He will be leading the Assembly through tough times' is the holding of an office (set 204), not "
      "coded"),
 # --- UNGDC 2020-2024 random: demand
 26: ([], "Liberia (Weah, 2020): 'we must all continue to work together as a global community to confront disease and "
          "epidemics, fight poverty and prevent wars' = 'we' meaning all States (held-out 42/43: 'we' meaning all "
          "States not coded); the diseases, poverty and wars have no actor"),
 27: ([("remains fully and constructively committed to intergovernmental negotiations", "036", "DJI/GOV", N, False,
        A, N, False)],
      "Djibouti (2023); 'our country remains fully and constructively committed to intergovernmental negotiations "
      "for the Summit of the Future' = a commitment stated as a fact to take part in negotiations -> asserted 036 "
      "(README choices: commitments stated as facts, 'remain committed to supporting', are asserted 03x; an intent "
      "to take part in a UN process is 036 with no target; set 239: support for the WHO pandemic-instrument "
      "negotiations an asserted 036), the negotiating partners all Member States -> target null (borderline "
      "org:UNGA, under whose auspices the negotiations ran, or uncoded as a UN-process position); 'which should "
      "accelerate the implementation of the 2030 Agenda' is an expected effect, no act"),
 # --- UNGDC 2020-2024 random: cue
 28: ([("acknowledge the People", "051", "SLB/GOV", "CHN/GOV", False, A, N, False),
       ("in supporting Solomon Islands development aspiration", "070", "CHN/GOV", "SLB/GOV", False, A, N, False)],
      "Solomon Islands (2024), under its heading 'South - South Cooperation'; 'acknowledge the People's Republic of "
      "China's various development initiatives such as the Belt and Road Initiative ... in supporting Solomon "
      "Islands development aspiration' = acknowledging a government's contribution -> 051 (README choices: "
      "acknowledging a government's progress is 051) to CHN/GOV, plus the realised support the initiatives give, "
      "its agent the initiatives' author -> 070 CHN/GOV -> SLB/GOV, a gerund and not nominal (README choices: "
      "thanks 'for the ongoing support' gives the support its agent; an inanimate subject standing for a "
      "government's act is that government's) (borderline 071, or one nominal 030 per initiative as set 240's "
      "'Early Warning for All' initiative); 'Solomon Islands welcome the power of south - south cooperation' = the "
      "welcome of an abstract concept with no party (guideline: abstract policy positions not coded) (borderline a "
      "051 with no target, as set 182's 'We welcome SDG 14')"),
 29: ([], "Georgia (Kobakhidze, 2024): 'we hosted more than seven million tourists last year' = tourism statistics, "
          "the tourists no political actor (set 227: hosting Miss Universe uncoded; set 207: refugee statistics "
          "uncoded); the low crime rate is a domestic statistic"),
 30: ([("Our recent campaign against terrorism", "190", "SOM/GOV", "SOM/REB", False, A, N, True),
       ("previously occupied by the terrorist group Al-Shabaab", "192", "SOM/REB", "SOM", False, A, N, False)],
      "Somalia (2023); 'Our recent campaign against terrorism has achieved a quantum leap against terrorists at the "
      "military, financial and ideological levels' = the government's war on Al-Shabaab -> nominal 190 (guideline: "
      "war 190; set 208: 'the Syrian Army ... in its war against terrorism' a nominal 190 SYR/MIL -> SYR/REB), 'Our' "
      "the government -> SOM/GOV (borderline SOM/MIL for the military level), the terrorists named in the same "
      "sentence as Al-Shabaab -> SOM/REB (set 173: al-Shabaab SOM/REB); 'with 45 per cent of regions previously "
      "occupied by the terrorist group Al-Shabaab being liberated' = the liberation folded into the campaign (set "
      "213: 'succeeded in breaking the siege and liberating cities' one 190), and the occupation a realised past "
      "act with its agent named -> non-nominal 192 SOM/REB -> bare SOM (set 213: 'cities that had been occupied by "
      "the terrorists' a 192 to bare IRQ, there with no source) (borderline uncoded as a description of the "
      "regions)"),
 31: ([], "Slovakia (Caputova, 2022): a conditional about algorithms favouring hatred and a rhetorical question on "
          "'global understanding' and 'the sort of cooperation that the United Nations was created to advance' = no "
          "actor and no act (README choices: evaluations and deliberative questions uncoded)"),
 32: ([], "Micronesia (Panuelo, 2021): 'We have to ensure that adequate and sustainable financing is available to "
          "support the responses from the Resident Coordinators' = 'we' meaning the membership ('how best we, as "
          "members, can provide funding support to the system', sentence before), all States (held-out 42/43) "
          "(borderline a demanded 071 with no source to org:UN, as set 127's demanded support to the UN)"),
 33: ([("Uzbekistan supported", "051", "UZB/GOV", "org:UNGA", False, A, N, False),
       ("co-sponsored", "1042", "UZB/GOV", "org:UNGA", False, A, N, False)],
      "Uzbekistan (Mirziyoyev, 2024); 'at the previous session, Uzbekistan supported and co-sponsored UN General "
      "Assembly resolutions on utilizing safe artificial intelligence ... and strengthening international "
      "cooperation' = two realised acts: support for General Assembly resolutions -> 051 to org:UNGA (set 132: "
      "'Supported it' (a General Assembly resolution) a 051 to org:UNGA) and their sponsorship -> 1042 to org:UNGA "
      "(set 133: being 'among the first countries to sponsor resolution 50/245' a 1042 to org:UNGA; set 186: "
      "tabling a draft resolution a 1042) (borderline one event for both, or a second 1042 with no source for the "
      "main sponsors, never named, as set 161's co-sponsorship); the sentence's verb phrase spans the speech's hard "
      "line break"),
 34: ([("reiterates its support for the legitimacy of brotherly Yemen", "051", "MRT/GOV", "YEM/GOV", False, A, N,
        False)],
      "Mauritania (2021); 'my country reiterates its support for the legitimacy of brotherly Yemen' -> 051 "
      "(guideline: 'express support' 051), 'legitimacy' read as the internationally recognised government -> "
      "YEM/GOV (set 177: 'Supports legitimacy in Libya' a 051 to LBY/GOV) (borderline bare YEM)"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([], "Ghana (Akufo-Addo, 2020): 'the importance of technology has been reinforced in the time of the pandemic' = "
          "an evaluation, no act; the call on the UN to support ECOWAS lies in the sentence before"),
 36: ([], "Slovenia (Pirc Musar, 2023): 'We are in an era of snack news ... because we no longer trust any narrative' "
          "= a description of the information age with 'we' meaning humankind, no act"),
 37: ([("would be able to prosecute the main perpetrators", "1121", N, "RUS/GOV", False, H, N, False),
       ("the crime of aggression", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "Latvia (Rinkevics, 2024); 'Establishment of a Special Tribunal that would be able to prosecute the main "
      "perpetrators of the crime of aggression would ensure full accountability' = the speaker's proposal ('I "
      "encourage other countries to support this proposal', text after), stated as an evaluation with no request "
      "or support verb: the tribunal's prosecution is a hypothetical 1121 (guideline: would -> hypothetical; README "
      "choices: 'deserve to be brought before the International Tribunal' a demanded 173 with no source; set 159: "
      "the proposed Blue Helmet units' hypothetical acts coded), the not yet established tribunal having no code -> "
      "source null, the main perpetrators Russia's leadership ('all crimes committed by Russia in Ukraine', "
      "sentences before) -> RUS/GOV (borderline a 1013 LVA/GOV with no target for the proposal, as set 165's "
      "'support moves to establish' a court, or uncoded); 'the crime of aggression' = Russia's aggression against "
      "Ukraine, its agent plain from the text around it ('Russia must bear full legal and financial responsibility "
      "for its aggression') -> asserted nominal 190 RUS/GOV -> bare UKR (README choices: an event noun whose agent "
      "is plain only from the text around it is coded) (borderline uncoded as the name of a legal category); "
      "'Establishment' has no agent and no CAMEO code; 'ensure full accountability' is no CAMEO act (sets 230, 231)"),
 38: ([], "Guinea-Bissau (2021): 'Only with renewed hope will we be able to build resilience ... and respond to the "
          "current challenges' = 'we' meaning all States, no act between actors; the congratulation of the "
          "Assembly President lies in the text before"),
 39: ([], "Cabo Verde (2021): 'the political instability that plagues different regions and the heightened "
          "insecurity resulting from violent extremism and transnational crime are barriers' = agentless "
          "situations; 'We are also aware' is the speaker's awareness, no act"),
}
