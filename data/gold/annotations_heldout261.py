"""Hand annotations for the TWO-HUNDRED-AND-SIXTY-FIRST held-out event gold set (source of events-heldout261.jsonl).

Keyed by the row index of selection-heldout261.jsonl (output of select_statement_sentence_heldout.py 261; rows 0-21
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
    python3 data/gold/build_events.py --selection selection-heldout261.jsonl \\
        --annotations annotations_heldout261 --output events-heldout261.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("They will discuss", "036", "USA/GOV", "MOZ/GOV", False, F, N, False),
      ("They will discuss", "036", "USA/GOV", "MOZ/CVL", False, F, N, False),
      ("our new partnership", "050", "USA/GOV", "MOZ/GOV", False, A, N, True)],
     "Travel announcement for Under Secretary Nuland (10 June 2022) -> USA/GOV; 'They' = the Under Secretary and "
     "her team, and the discussion is with the 'government and civil society members' they will meet in "
     "Mozambique (sentence before) -> announced talks, 036 future (guideline: future meetings and discussions "
     "036), one per sector named (set 239: Chollet's announced meetings 'with senior government officials and "
     "young leaders in civil society' one future 036 each to MRT/GOV and MRT/CVL; held-out 259 row 0) "
     "(borderline one 036 to MOZ/GOV only); 'the full range of bilateral and regional issues, including "
     "opportunities to advance stability and economic recovery in conflict-affected areas' is the topic, folded "
     "in (set 242: discussion topics uncoded); 'our new partnership under the U.S. Strategy to Prevent Conflict "
     "and Promote Stability' = an existing cooperation noun with its agent 'our', the partner being Mozambique "
     "(the paragraph) -> nominal 050 USA/GOV -> MOZ/GOV (README choices: cooperation nouns a nominal 050; set 257: "
     "Mozambique's 'our cooperative efforts' a nominal 050 to MOZ/GOV; set 255: a trip's purpose object 'this "
     "wonderful relationship of cooperation' a nominal 050) (borderline uncoded as the object of a purpose phrase, "
     "as set 256's 'our critical partnership' named as a call's topic)"),
 1: ([("he will discuss", "036", "USA/GOV", "LTU/GOV", False, F, N, False),
      ("he will discuss", "036", "USA/GOV", "LVA/GOV", False, F, N, False),
      ("he will discuss", "036", "USA/GOV", "EST/GOV", False, F, N, False),
      ("joint efforts to support Ukraine", "070", "USA/GOV", "UKR", False, A, N, True),
      ("joint efforts to support Ukraine", "070", "LTU/GOV", "UKR", False, A, N, True),
      ("joint efforts to support Ukraine", "070", "LVA/GOV", "UKR", False, A, N, True),
      ("joint efforts to support Ukraine", "070", "EST/GOV", "UKR", False, A, N, True),
      ("strengthen NATO’s deterrence and defense", "154", "org:NATO", N, False, A, N, True),
      ("pursue deeper economic and energy cooperation with our Baltic Allies", "0311", "USA/GOV", "LTU/GOV", False,
       A, N, True),
      ("pursue deeper economic and energy cooperation with our Baltic Allies", "0311", "USA/GOV", "LVA/GOV", False,
       A, N, True),
      ("pursue deeper economic and energy cooperation with our Baltic Allies", "0311", "USA/GOV", "EST/GOV", False,
       A, N, True)],
     "Travel announcement for Secretary Blinken (2 Mar 2022) -> USA/GOV; 'During all three stops' = Vilnius, Riga "
     "and Tallinn, where he will meet the presidents, prime ministers and foreign ministers (sentences before) -> "
     "'he will discuss' one future 036 per government (guideline: future meetings 036; held-out 259 row 0: the "
     "interlocutors taken from the sentence before, one per government) (borderline folded into the meetings of "
     "the sentences before); the discussed objects are coordinated infinitives under 'joint efforts to', the "
     "efforts being those of the United States 'with our Baltic Allies' -> realised efforts named with their "
     "agents, coded as nominal events (set 230: topics naming their parties coded; set 229: 'our shared "
     "commitment to support Ukraine' one nominal event per partner; README choices: a joint commitment of several "
     "partners is one event per partner): 'joint efforts to support Ukraine' (March 2022, arms and relief) = "
     "material support -> one nominal 070 per partner to bare UKR (set 249: Poland's 'its support of Ukraine' a "
     "nominal 070 to bare UKR) (borderline 051, or uncoded as a discussion topic, as set 242 and held-out 5); "
     "'strengthen NATO's deterrence and defense' = reinforcing the Alliance's force posture -> nominal 154 from "
     "org:NATO with no target, following set 252's 'Efforts to fortify NATO's Eastern Flank' (borderline one per "
     "partner, or bare RUS); 'promote democracy and human rights' is abstract, not coded; 'pursue deeper economic "
     "and energy cooperation with our Baltic Allies' = an intent to expand economic cooperation -> 0311, one per "
     "Baltic government from the document's government (set 254: discussing 'deepening U.S.-Japan economic "
     "cooperation' a nominal 0311; set 246: 'deepening cooperation in the sphere of defense' a nominal 0312; "
     "held-out 16: a joint commitment coded from the document's government), asserted as part of the existing "
     "efforts (borderline future, as a topic of the coming talks, or uncoded as set 242)"),
 # --- State Dept random: demand
 2: ([], "International Day in Support of Victims of Torture (26 June 2021): 'Today is an opportunity for UN Member "
         "States, civil society, and individuals around the globe to unite against torture and urge truth, justice, "
         "and accountability for perpetrators' = an occasion described, the would-be actors uncoded collectives and "
         "the urging with no addressee (guideline: collectives without a code -> null; README choices: urging with no "
         "addressee not coded; set 231: accountability no CAMEO act) (borderline a generic 100 with no source and no "
         "target)"),
 3: ([("urged the DPRK", "1056", "KOR/GOV", "PRK/GOV", False, A, N, False),
      ("urged the DPRK", "1056", "JPN/GOV", "PRK/GOV", False, A, N, False),
      ("urged the DPRK", "1056", "USA/GOV", "PRK/GOV", False, A, N, False)],
     "Joint statement on the ROK-U.S.-Japan trilateral vice foreign ministerial (8 June 2022); 'The Vice Ministers "
     "and the Deputy Secretary' = the ROK and Japanese vice foreign ministers and Deputy Secretary Sherman -> one "
     "request per government (guideline: compound source split; set 242: a joint statement naming its "
     "governments is one event per government); 'urged the DPRK to abide by its obligations ..., immediately "
     "cease actions that ... escalate tensions ..., and instead engage in dialogue toward the complete "
     "denuclearization' = one asserted request each (guideline), several demands taking the most specific "
     "sub-code (README choices) -> de-escalation 1056 (held-out 14 row 5: Sherman's call on the DPRK to cease "
     "its destabilizing behaviour and engage in dialogue 1056, borderline 106; set 250: 'Cease its provocative behavior' 1056) (borderline 106, as set "
     "239's 'called upon Pyongyang to return to dialogue'); Y not coded separately; 'actions that violate "
     "international law, escalate tensions, destabilize the region' are unspecified acts characterised inside "
     "the request, not coded (held-out 251: the DPRK's 'unlawful and destabilizing activities' inside a request "
     "uncoded; held-out 6: characterisations uncoded)"),
 4: ([], "Release on the Western Balkans Executive Order (9 June 2021): 'Our commitment to promoting democracy, "
         "transparency, and accountability, across the Western Balkans is both unwavering and consistent with the "
         "standards the countries of the region must meet' = an abstract commitment with no counterpart actor "
         "(README choices: abstract commitments uncoded; set 232: a commitment to a principle uncoded), and the "
         "countries' deontic standards are compliance by unnamed states (set 211: compliance uncoded); 'their goals "
         "of advancing on the European path' is an aim of uncoded collectives (borderline a nominal 030 with no "
         "source to org:EU, as set 175's 'objective of membership in the European Union')"),
 # --- State Dept random: cue
 5: ([("met today with Republic of Korea (ROK) Prime Minister Han Duck-soo", "040", "USA/GOV", "KOR/GOV", False, A,
       N, False)],
     "Readout of Deputy Secretary Sherman's meeting with ROK Prime Minister Han (8 June 2022) -> USA/GOV; 'met "
     "today with' -> 040 (guideline), coded from the document's government; 'to discuss economic cooperation in "
     "the Indo-Pacific and promoting resilient supply chains' is the topic, folded into the meeting, the "
     "cooperation naming no party (set 242: discussion topics uncoded; held-out 259 row 7) (borderline a future "
     "nominal 0311 USA/GOV -> KOR/GOV, as set 254)"),
 6: ([("commitment to supporting the Belarusian people’s democratic aspirations", "032", "USA/GOV", "BLR/CVL",
       False, A, N, True),
      ("commitment to supporting the Belarusian people’s democratic aspirations", "032", "CAN/GOV", "BLR/CVL",
       False, A, N, True),
      ("commitment to supporting the Belarusian people’s democratic aspirations", "032", "org:EU", "BLR/CVL",
       False, A, N, True),
      ("commitment to supporting the Belarusian people’s democratic aspirations", "032", "GBR/GOV", "BLR/CVL",
       False, A, N, True)],
     "Blinken on the Belarus sanctions (21 June 2021); 'These coordinated designations' = the visa restrictions and "
     "OFAC designations of the text before and after, an anaphoric event noun with no agent in the sentence, not "
     "coded (guideline: 'this aggression' not coded; held-out 259 row 3: 'this suspension' uncoded; set 244: 'For "
     "that crime' uncoded) (borderline a nominal 163 USA/GOV -> BLR/GOV); 'the steadfast transatlantic commitment "
     "to supporting the Belarusian people's democratic aspirations' = a realised commitment noun whose agents, "
     "'transatlantic', are the United States and the partners it coordinated with, 'Canada, the European Union, "
     "and United Kingdom' (sentence before) (README choices: an event noun whose agent is plain only from the text "
     "around it is coded) -> intent to give policy support 032, one nominal event per partner (set 229: 'our "
     "shared commitment to support Ukraine' one nominal 032 per partner; set 243: 'Our shared commitment to "
     "Ukraine's sovereignty' one nominal 032 each from USA/GOV and TUR/GOV; set 246: 'U.S. commitment to "
     "Ukraine's sovereignty' a nominal 032) to the Belarusian people, BLR/CVL (borderline USA/GOV only, or uncoded "
     "as an abstract commitment, as row 4)"),
 7: ([("Wendy Sherman met", "040", "USA/GOV", "MNG/LEG", False, A, N, False),
      ("Wendy Sherman met", "040", "USA/GOV", "MNG/GOV", False, A, N, False),
      ("her visit to Ulaanbaatar", "042", "USA/GOV", "MNG", False, A, N, True)],
     "Readout of Deputy Secretary Sherman's visit to Mongolia (25 July 2021) -> USA/GOV; 'met Speaker of the "
     "Mongolian Parliament Zandanshatar, Foreign Minister Battsetseg, and Deputy Foreign Minister Munkhjin' -> 040 "
     "(guideline), compound target split by actor: the Speaker -> MNG/LEG (set 225: the ranking Republican "
     "USA/LEG; guideline: the Knesset Speaker ISR/LEG), the Foreign Minister and his deputy -> MNG/GOV, one event "
     "for the one pair (guideline: one event per actor pair); 'during her visit to Ulaanbaatar' = a visit noun "
     "with its agent 'her' -> nominal 042 to bare MNG, Ulaanbaatar a place and not a metonym (guideline: visit "
     "042; set 232: Sherman's visit to Morocco a nominal 042 to bare MAR; set 242: a visit 042 to bare AUS) "
     "(borderline MNG/GOV)"),
 8: ([("co-hosted", "043", "USA/GOV", N, False, A, N, False),
      ("co-hosted", "043", "org:EU", N, False, A, N, False),
      ("co-hosted", "043", "SGP/GOV", N, False, A, N, False)],
     "Release on the ASEAN Regional Forum symposium (30 June 2022); 'The United States, the European Union, and "
     "Singapore co-hosted the ... Symposium ... June 28-30, 2022' = realised hosting -> 043 (guideline: host/convene "
     "043), compound source split, one per co-host (set 223: co-chairing the UN Ocean Conference a realised 043 "
     "from each co-chair; set 224: Kenya and Portugal 'will co-host' one 036 each); the ASEAN Regional Forum has "
     "no code (held-out 109 row 22: the ARF has no code and is dropped) and the participants, 'officials from over "
     "thirty-five countries' (sentence after), are unnamed -> target null (set 236: Italy 'organizing these "
     "consultations' a 043 with no target; set 249: co-chairing the IIJ's board a 043 with no target) "
     "(borderline org:ASEAN, the forum being ASEAN-led)"),
 9: ([("The Secretary also discussed", "040", "USA/GOV", "POL/GOV", False, A, N, False),
      ("our cooperation with Poland", "050", "USA/GOV", "POL/GOV", False, A, N, True)],
     "Readout of Blinken's call with Polish FM Rau (18 June 2021) -> 'The Secretary also discussed' -> 040 "
     "(guideline), the partner Rau from the text before -> POL/GOV; 'our cooperation with Poland to address the "
     "threat posed by the Nord Stream 2 pipeline' = a cooperation noun naming its parties -> nominal 050 (README "
     "choices: cooperation nouns a nominal 050; held-out 14 row 12: 'cooperation with Japan' a nominal 050; set "
     "230: a partnership named as a topic a nominal 050) (borderline uncoded as a discussion topic, as set 242); "
     "'the threat posed by the Nord Stream 2 pipeline' is a risk (guideline: figurative threats not coded)"),
 10: ([("imposed sanctions on Cuban military and security leaders and units", "163", "USA/GOV", "CUB/MIL", False, A,
        N, False),
       ("imposed sanctions on Cuban military and security leaders and units", "163", "USA/GOV", "CUB/COP", False,
        A, N, False),
       ("the Cuban regime’s violent suppression of peaceful protesters", "175", "CUB/GOV", "CUB/CVL", False, A, N,
        True)],
     "Blinken on the Cuba sanctions (13 Aug 2021); 'the United States imposed sanctions on Cuban military and "
     "security leaders and units' -> 163 (guideline: sanctions 163), the targets split by sector: the military "
     "leaders and units -> CUB/MIL, the security leaders and units of the Interior Ministry and the PNR -> CUB/COP "
     "(README choices: Cuban Interior Ministry forces including the police -> CUB/COP; the text after names MININT, "
     "the PNR and MINFAR's TDP) (borderline a single 163 to CUB/MIL); 'in response to the Cuban regime's violent "
     "suppression of peaceful protesters on and after July 11' = a repression noun with its agent -> nominal 175 "
     "CUB/GOV -> CUB/CVL (set 228: 'Violent mobs mobilized by ... Diaz-Canel' a 175 CUB/GOV -> CUB/CVL; set 253: "
     "'Ortega's ... attacks on ... civil society' a nominal 175) (borderline CUB/COP as source)"),
 11: ([("condemns", "111", "org:OAS", "NIC/GOV", False, A, N, False),
       ("the Ortega-Murillo regime’s repression", "175", "NIC/GOV", "NIC/CVL", False, A, N, True),
       ("calls for the immediate release", "1053", "org:OAS", "NIC/GOV", False, A, N, False),
       ("recently detained", "173", "NIC/GOV", "NIC/OPP", False, A, N, False)],
     "Blinken welcoming the OAS resolution on Nicaragua (16 June 2021); 'The resolution approved yesterday' stands "
     "for the body that adopted it (README choices: an inanimate resolution stands for the Council that adopted it; "
     "an OAS vote that 'made clear' is 111 from org:OAS) -> org:OAS; 'condemns the Ortega-Murillo regime's "
     "repression' -> 111 (guideline) -> NIC/GOV, and the repression, a realised act named with its agent, a "
     "nominal 175 NIC/GOV -> NIC/CVL (README choices: a realised act named inside a request or condemnation is "
     "coded; set 253: 'Ortega's ... attacks on independent media and civil society' a nominal 175); 'calls for the "
     "immediate release of the four presidential candidates ... along with over 130 other political prisoners' "
     "-> 1053 (guideline: release 1053) to NIC/GOV, the regime named in the sentence; 'recently detained' = the "
     "detention in the request's object -> 173 NIC/GOV -> NIC/OPP, the candidates being opposition figures "
     "(README choices: support for a release is 1053 and the detention in its relative clause 173; set 249: one "
     "173 per detained sector) (borderline a second 173 to NIC/CVL for the other political prisoners, folded in "
     "here as no detention verb is stated for them)"),
 12: ([("We welcome our continued collaboration", "051", "USA/GOV", "RWA/GOV", False, A, N, False),
       ("our continued collaboration with the Rwandan government", "050", "USA/GOV", "RWA/GOV", False, A, N, True)],
     "Blinken's Rwanda National Day message (1 July 2021); 'We welcome our continued collaboration with the Rwandan "
     "government' = appreciation of the partnership -> 051 to RWA/GOV (guideline: welcome 051; set 257: Israel's "
     "National Day message 'deeply values' a 051 plus 'our partnership' a nominal 050; set 243: 'we are grateful "
     "for and committed to the partnership' a 051 plus a nominal 050) and the collaboration, a cooperation noun "
     "naming its parties, a nominal 050 (README choices), asserted as ongoing (borderline a future 030 for "
     "'continued'); 'to address climate change, strengthen public health systems, expand educational exchanges, "
     "advance democratic values' are the collaboration's areas, folded in (held-out 16/17: one commitment with "
     "several purposes coded once)"),
 13: ([("The Secretary and Foreign Minister Kuleba also discussed", "040", "USA/GOV", "UKR/GOV", False, A, N, False),
       ("Russia’s brutal war", "190", "RUS/GOV", "UKR", False, A, N, True),
       ("committed to seeking a solution to export Ukraine’s grain", "0311", "USA/GOV", "UKR/GOV", False, A, N,
        False)],
     "Readout of Blinken's meeting with FM Kuleba in Berlin (15 May 2022); 'The Secretary and Foreign Minister "
     "Kuleba also discussed' -> 040 (guideline), symmetric, coded from the document's government; 'the impact of "
     "Russia's brutal war' = a war noun with its agent -> nominal 190 RUS/GOV -> bare UKR (guideline: 'war' 190; "
     "set 247: 'President Putin's war of choice' a nominal 190 RUS/GOV -> UKR; set 255), the impact on food "
     "security an outcome; 'committed to seeking a solution to export Ukraine's grain to international markets' = "
     "a joint intent stated as a fact -> 03x asserted (guideline), on exports, i.e. trade -> 0311 (held-out 222 "
     "row 15: clean-hydrogen cooperation 0311), a joint commitment coded once from the document's government "
     "(held-out 16; set 251: 'our shared commitment' coded once from the document's government) (borderline 030, "
     "or one event per partner)"),
 14: ([("We condemn", "111", "USA/GOV", "RUS/JUD", False, A, N, False),
       ("decision by a Moscow court to designate", "172", "RUS/JUD", "RUS/OPP", False, A, N, True),
       ("imprisoned", "173", "RUS/GOV", "RUS/OPP", False, A, N, False)],
     "Spokesperson Price (9 June 2021); 'We condemn' -> 111 (guideline) to the court whose decision is condemned; "
     "'a Moscow court' = a court sitting in Moscow, Moscow a place and not a metonym (guideline: a capital that "
     "is only a place is not a metonym) -> RUS/JUD (README choices: a court ruling closing a seminary 172 TUR/JUD) "
     "(borderline RUS/GOV for the target); 'today's decision by a Moscow court to designate as \"extremist\" three "
     "organizations affiliated with imprisoned opposition figure Aleksey Navalny' = banning the organisations -> "
     "administrative sanction 172, exactly as held-out 14 row 7 coded Russia's 'extremist' designations of "
     "religious groups (borderline 163, as the README's designation of an NGO, or 1721), a decision noun with its "
     "agent -> nominal (set 243: 'The Taliban's decision not to re-open secondary schools' nominal; set 237: 'decision "
     "to provide' nominal), the organisations of an opposition figure (FBK, his regional headquarters) -> RUS/OPP "
     "(borderline RUS/NGO, after the README's 'designating an NGO is 163 to IDN/NGO'); 'imprisoned opposition "
     "figure' = his detention, an attributive participle whose agent is the Russian government of the text after "
     "('imprisoned on politically fabricated grounds', 'the Russian government's widening crackdown') -> 173 "
     "RUS/GOV -> RUS/OPP (held-out 11 row 11: 'imprisoned' Aung San Suu Kyi 173 MMR/MIL -> MMR/OPP) (borderline "
     "RUS/JUD as source, or uncoded as a descriptive epithet)"),
 # --- State Dept random: nocue
 15: ([], "Readout of Deputy Secretary Sherman's meeting with Bangladesh Foreign Secretary Momen (7 Apr 2022): 'emphasized "
          "the importance of protecting human rights, the rule of law, and freedom of expression' = a statement (01x) "
          "whose content is an abstract deontic with no codable behaviour between actors (guideline; held-out 259 "
          "row 4: 'we must act to eliminate female genital mutilation' uncoded) (borderline a demanded 0343 "
          "BGD/GOV -> BGD/CVL, or a 1043 USA/GOV -> BGD/GOV)"),
 16: ([], "Statement on the 10th anniversary of the UN Guiding Principles on Business and Human Rights (16 June 2021): "
          "'companies thrive and economies prosper when there is strong rule of law ...' = a generalisation, no act "
          "(guideline: abstract positions not coded)"),
 17: ([], "Transcript header of Blinken's press availability with Cambodian Deputy PM and FM Prak Sokhonn (13 May "
          "2022): a name, a title and a dateline, no act"),
 18: ([], "Malawian President Chakwera before his meeting with Blinken (18 Mar 2022): 'We feel like we are onto the path "
          "of real development' = a self-description, no act (set 257: self-descriptions uncoded)"),
 19: ([], "Blinken at a working lunch with the Joint Summit Working Group (10 June 2022): 'I wanted to say a few words "
          "about the Joint Summit Working Group organizations, because you will play a key role in making this "
          "happen' = a speech act introducing remarks (01x) and a prediction about the organisations' role, no act "
          "(set 123: a confident prediction about another actor is a hope, not coded) (borderline a 051 to "
          "org:OAS and the other member organisations as praise)"),
 20: ([("I would like to congratulate all Samoans", "051", "USA/GOV", "WSM/CVL", False, A, N, False)],
      "Blinken's Samoa Independence Day message (31 May 2022); 'On behalf of the United States of America, I would "
      "like to congratulate all Samoans on the 60th anniversary of your independence' -> 051 (README choices: "
      "congratulating a people on a national day is 051), a performative 'would like to' asserted, to the people -> "
      "WSM/CVL (held-out 259 row 16: 'I congratulate the Mauritian people' 051 -> MUS/CVL) (borderline bare WSM, as "
      "set 249's 'I congratulate Egypt')"),
 21: ([], "Blinken with Indonesian FM Retno before their meeting (13 May 2022): 'I know from speaking to President Biden "
          "that the meetings have been already a significant success' = a conversation inside the U.S. government "
          "(internal, not coded) and an evaluation of 'the meetings', an anaphoric meeting noun (the U.S.-ASEAN "
          "Special Summit of the sentence before) with no agent in the sentence (guideline: 'the meeting' not coded; "
          "held-out 259 row 12; set 248: 'This meeting' uncoded) (borderline a nominal 040 USA/GOV -> org:ASEAN)"),
 # --- UNGDC 2020-2024 random: neg
 22: ([], "Malaysia (2024): the climate crisis 'is no longer a distant threat, it has flooded our doorsteps' = a risk "
          "and a figurative flood, no political actor (guideline: figurative uses not coded)"),
 23: ([], "Angola (2023): 'The management of interests at the global level ... does not yet meet the interests and "
          "expectations of the different nations' = an evaluation of a situation with no actor (guideline)"),
 24: ([("is branding as", "112", "USA/GOV", "PRK/GOV", False, A, N, False)],
      "DPRK (2024); 'the U.S. is branding as \"threat\" and \"provocation\" the legitimate exercise of the right to "
      "self-defense by a sovereign state' = labelling another state's acts as threats and provocations -> an "
      "accusation 112 (guideline: accuse 112; set 156: Cuba's 'has stated ... that whoever does not second them is "
      "for terrorism' a blanket accusation 112), habitual, asserted; 'a sovereign state which did not do any harm "
      "to anybody' is the speaker's own country, plain from the speech (README choices: a state the speaker leaves "
      "unnamed is coded when the document makes it plain) -> PRK/GOV (borderline 111, or target null); 'the "
      "legitimate exercise of the right to self-defense' names no act (borderline a nominal 150 for the missile "
      "tests it alludes to), and 'did not do any harm to anybody' is a generic denial, not coded (README choices: "
      "'has never posed a threat' not coded; borderline a negated 190 with no target)"),
 # --- UNGDC 2020-2024 random: future
 25: ([("Jointly, the UN has also prepared a socio-economic response plan", "061", "org:UN", "ALB/GOV", False, A, N,
        False)],
      "Albania (2020), after thanking the UN for its earthquake and COVID-19 support; 'Jointly, the UN has also "
      "prepared a socio-economic response plan to ensure coordinated action across the UN, and efficient support to "
      "the national response' = the UN system's programming document for the country -> 061 org:UN -> ALB/GOV, the "
      "national response being the Albanian authorities' (set 149: UNDP's 'country cooperation framework' with "
      "Niger a nominal 061 org:UNDP -> NER/GOV; set 176: a UNDP country programme document a nominal 061), not "
      "nominal as it is carried by 'prepared' (borderline 070 for the support it serves, or 050 for 'Jointly' read "
      "as with the Government); the 'coordinated action across the UN' and the support are purposes, folded in"),
 # --- UNGDC 2020-2024 random: demand
 26: ([], "Burundi (2024): 'We must commit to mutual cooperation and a rules-based approach, avoiding unilateral actions "
          "that violate the UN Charter' = 'we' meaning all States (held-out 42/43), not coded"),
 27: ([], "Tanzania (2022): 'Africa must be given time to adjust' = an agentless deontic whose Y, giving time for an "
          "energy transition, is no codable behaviour (guideline) and whose beneficiary, Africa, is an uncoded "
          "collective"),
 # --- UNGDC 2020-2024 random: cue
 28: ([("assure him of the fullest levels of respectful cooperation", "030", "LCA/GOV", "org:UNGA", False, A, N,
        False)],
      "Saint Lucia (2023), to the new President of the General Assembly, Dennis Francis; 'assure him of the fullest "
      "levels of respectful cooperation from Saint Lucia' -> 030 to org:UNGA (README choices: assurances of "
      "cooperation to the President of the General Assembly are 030; assuring the Assembly President of "
      "cooperation is 030 to org:UNGA); 'wish him success' is well-wishing (not coded), and 'as we work together to "
      "advance the collective interests of our common civilization' has 'we' meaning all States (held-out 42/43)"),
 29: ([], "Malawi (2021): 'the developed nations that polluted our planet the most pledged $100 billion towards climate "
          "mitigation and adaptation' = a pledge between uncoded collectives (set 245: the $100 billion climate "
          "pledge between uncoded collectives uncoded; set 246) (borderline a 0331 with no source and no target)"),
 30: ([("joins calls for the reform of the international financial architecture", "1044", "ZMB/GOV", N, False, A, N,
        False)],
      "Zambia (2024); 'Zambia further joins calls for the reform of the international financial architecture' = "
      "joining others' call makes it the speaker's own request (README choices: 'Joins the call for united action' "
      "the speaker's 100 with no target; echoing a call is the speaker's own request), Y = institutional reform -> "
      "1044 (set 233: the Secretary-General's 'appeal for a wholesale reform of the financial architecture' a "
      "nominal 1044), the financial architecture having no code -> target null (borderline org:IMF and org:WB, or "
      "uncoded as a reform position, as set 257); the others' calls have no named author (null to null, set 122), "
      "not coded"),
 31: ([], "Timor-Leste (2021): 'new challenges and circumstances require effective global responses through "
          "cooperation and partnership' = an abstract prescription (guideline: abstract policy positions not coded)"),
 32: ([("I welcome the action plan", "051", "BEN/GOV", "org:ECOWAS", False, A, N, False),
       ("adopted in December 2019 by ECOWAS", "057", "org:ECOWAS", N, False, A, N, False)],
      "Benin (2020), the speech opening with a quotation mark read as the record's mark for the speaker's own text "
      "(set 149); 'I welcome the action plan for 2020-2024 adopted in December 2019 by ECOWAS' -> 051 (guideline) to "
      "org:ECOWAS, the plan's author; 'adopted ... by ECOWAS' = a regional plan concluded among the Community's "
      "members -> 057 with no target, carried by the participle and so not nominal (held-out 109 row 22: 'agreements "
      "and specific action plans that ASEAN ... have put in place in order to tackle the threats of terrorism' a 057 "
      "org:ASEAN with no target) (borderline a non-nominal 030, as set 240's 'initiatives taken by the African "
      "Union', or uncoded as an adopted text beside its welcome, as set 134); 'with a view to ... combating that "
      "scourge' is the plan's purpose against terrorism, whose groups have no code, not coded"),
 33: ([("We are satisfied with the positive experience", "051", "TJK/GOV", "org:UN", False, A, N, False),
       ("our country’s cooperation with the United Nations", "050", "TJK/GOV", "org:UN", False, A, N, True)],
      "Tajikistan (2021); 'We are satisfied with the positive experience in our country's cooperation with the "
      "United Nations' -> a welcome, 051 to org:UN (README choices: 'We are satisfied to see that' is a welcome "
      "051; set 210: Tajikistan's 'We note with satisfaction' a 051 to org:UN); 'our country's cooperation with "
      "the United Nations' = a cooperation noun naming its parties -> nominal 050 TJK/GOV -> org:UN (README choices; "
      "set 201: 'Myanmar's cooperation with the United Nations' a nominal 050 to org:UN); 'in this regard' = the "
      "protection of peace (sentence before)"),
 34: ([], "Guyana (2020): 'These three events exemplified the true character of this organization — the nations of the "
          "world uniting to boldly tackle these threat' = an evaluation of past summits, the nations of the world "
          "meaning all States (held-out 42/43), not coded"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([], "Hungary (2020): 'We have long been saying that the lifestyle we have created is unsustainable' = the "
          "speaker's own statement (01x) of a belief about a lifestyle, no act"),
 36: ([("China is firm in upholding the legitimate rights and interests of developing countries", "051", "CHN/GOV",
        N, False, A, N, False)],
      "China (2023); 'China is firm in upholding the legitimate rights and interests of developing countries' = "
      "habitual political backing of a group of states -> 051, the developing countries an uncoded collective -> "
      "target null (set 232: Algeria's 'will never abandon just causes and always support oppressed peoples' an "
      "asserted 051 with no target; set 257: Tanzania 'has supported the liberation struggles of many fellow "
      "States' a 051 with no target) (borderline uncoded as a foreign-policy principle, as set 236's Sudan row)"),
 37: ([], "Saint Vincent and the Grenadines (2023): 'CELAC ought to be allowed to follow the African Union into "
          "membership in the Group of 20' = an agentless deontic on admission to a grouping, a membership position "
          "(README choices: UN admissions and membership positions uncoded), and the African Union's presupposed "
          "accession to the G20 is a joining not coded (README choices: Switzerland's joining the UN not coded) "
          "(borderline a demanded nominal 030 org:CELAC -> org:G20, as set 175's 'objective of membership')"),
 38: ([], "Congo (2023): 'Like most of the speakers who have preceded me.' = a fragment whose verb lies after the "
          "splitter's cut ('I too would like to express my fraternal compassion and solidarity with the people of "
          "Morocco and Libya', a condolence), not coded (README choices: fragments whose verb lies outside the "
          "sentence; condolences not coded)"),
 39: ([], "Eswatini (2022): 'We will not tire of the consideration and belated adoption of this call by the United "
          "Nations' = resolve to keep pressing the Ezulwini Consensus demand for permanent African seats on the "
          "Security Council, a Council reform position, not coded (README choices: 'Africa will not renounce its "
          "demands' for a Council seat, 'Africa will not relent in demanding reform of the Security Council' and 'we "
          "will not give up on' Africa's Council demand uncoded) (borderline a habitual 1044 SWZ/GOV -> org:UNGA)"),
}
