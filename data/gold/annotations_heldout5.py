"""Hand annotations for the FIFTH held-out event gold set (source of events-heldout5.jsonl).

Keyed by the row index of selection-heldout5.jsonl (output of select_heldout5.py).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout5.jsonl \
        --annotations annotations_heldout5 --output events-heldout5.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([("Urge", "102", "USA/GOV", N, False, A, N, False)],
     "G7 statement -> USA/GOV (as held-out 3 and 4); 'those who have not ratified' (unnamed states) -> null; "
     "Y = join the UNCAC -> diplomatic cooperation 102; 'have not ratified' / 'have done so' define the target "
     "class and are not coded (as held-out 4 row 12)"),
 1: ([("detaining", "173", "RUS/GOV", "UKR/CVL", False, A, N, False),
      ("disappearing", "181", "RUS/GOV", "UKR/CVL", False, A, N, False)],
     "Russian authorities -> RUS/GOV; 'reportedly' and 'evidence is mounting' without a named source -> reported_by "
     "null; detention and forced disappearance (abduction 181) are two acts; 'do not pass filtration' is not an event"),
 2: ([("other measures", "163", "USA/GOV", N, False, A, N, True)],
     "Zuniga; 'measures by the United States ... to hold them accountable' = sanctions (the question and 'other "
     "sanctions'); people on the Section 353 list are from three countries (GTM, HND, SLV) -> null; 'does not "
     "exclude other sanctions' is not event negation and names no act; 'the action that we take' too vague"),
 3: ([("raise our concerns", "040", "USA/GOV", "CHN/GOV", False, A, N, False),
      ("human rights abuses", "175", "CHN/GOV", "CHN/CVL", False, A, N, True),
      ("support others", "051", "USA/GOV", N, False, A, N, False),
      ("imposed", "172", "CHN/GOV", "org:UN", False, A, N, False)],
     "Blinken; 'raised with' Beijing -> 040 (metonym -> CHN/GOV); China's abuses -> repression 175, victims in China "
     "-> CHN/CVL (borderline: too generic); 'others who do so' unnamed -> null; conditions imposed by 'Beijing "
     "authorities' on the UN High Commissioner's visit -> restriction 172 (borderline 1245); 'did not enable' has a "
     "non-actor subject, not event negation; genocide/crimes against humanity have no agent in the sentence"),
 4: ([], "journalist's question; 'this meeting' has no agent in the sentence; 'will not go well' is not an event"),
 5: ([("has not denounced", "111", "CHN/GOV", "RUS/GOV", True, A, N, False)],
     "'the fact that' = factive -> asserted; negated denunciation as first set 'failed to condemn' (-> RUS/GOV); "
     "'what Russia is doing' too vague to code separately"),
 6: ([("refused", "121", "FRA/CVL", "USA/GOV", False, A, N, False)],
     "historic (1860s): Laboulaye (French scholar) refused the US envoy Bigelow's resources -> explicit refusal = "
     "REJECT, material cooperation 121; Bigelow in his office then -> USA/GOV; 'he told Bigelow ... he'd be charmed to "
     "serve a cause' = willingness to serve an abstract cause, not coded"),
 7: ([], "'never been a greater need for cooperation' is not an event; Biden's statement not coded"),
 # --- State Dept random: capital
 8: ([("discussed", "040", "USA/GOV", "POL/GOV", False, A, N, False),
      ("meetings in Kyiv", "040", "USA/GOV", "UKR/GOV", False, A, N, True),
      ("aggression", "190", "RUS/MIL", "UKR", False, A, N, True)],
     "the Secretary's meetings (realised, agent 'the Secretary's') with Zelenskyy and the Ukrainian leadership "
     "(previous sentence) -> UKR/GOV, Kyiv is the venue; realised nominal events inside a discussion topic are coded "
     "(held-out 2 row 49); 'our shared commitment to Ukraine' is a topic/policy, not coded"),
 9: ([("discuss", "040", "MDA/GOV", "USA/GOV", False, A, N, False)],
     "PM Gavrilita before the meeting with Blinken; Washington is a place; the discussion is the meeting under way"),
 10: ([], "biography: elected to a trade-union office; Brussels is a place"),
 # --- State Dept random: reported
 11: ([("visited", "036", "USA/GOV", "FJI", False, F, N, False)],
       "Blinken en route: 'This' = his coming stop in Fiji -> future visit 036 future (held-out 2/3 'travel' -> 036), "
       "destination -> country; 'I am told' has no named source -> reported_by null"),
 12: ([("looked forward to welcoming", "036", "USA/GOV", "ISR/GOV", False, F, N, False),
       ("work to build an even stronger relationship", "050", "USA/GOV", "ISR/GOV", False, A, N, False)],
      "Department readout of its own Secretary ('noted that') -> reported_by null (held-out 3 rule); hosting the "
      "Minister in Washington -> 036 future; 'the two governments work' = ongoing diplomatic cooperation, coded once "
      "from the document's government; 'acknowledged the strong partnership' = 01x"),
 13: ([("proposing concrete areas for discussion", "036", "USA/GOV", "RUS/GOV", False, A, N, False),
       ("proposing concrete areas for discussion", "036", "org:NATO", "RUS/GOV", False, A, N, False)],
      "'He stated' = Blinken in the Department's readout -> reported_by null; the U.S. and NATO papers shared with "
      "Moscow (metonym -> RUS/GOV) last month = offer to negotiate 036, asserted, compound source split; 'looks "
      "forward to receiving Russia's written response' is a hope about Russia's act (optative, as held-out 4 row 9 "
      "'we hope'), not coded; 'in coordination with our Allies and partners' (collective) not coded"),
 14: ([], "Le Drian; 'we noted' = 01x; 'the inability of the political leaders to meet the challenge' is not a "
          "behaviour"),
 15: ([("Merkel visits Washington", "036", "DEU/GOV", "USA", False, F, "DEU/MED", False)],
      "journalist paraphrasing a German reporter's question to Blinken -> the event sits in the complement of 'was "
      "asked by one of the German reporters' -> reported_by DEU/MED; Merkel's coming visit (July 2021) is presupposed, "
      "not asked about -> future visit 036; Washington = destination -> USA; 'an agreement' and 'these discussions' "
      "have no agent in the sentence"),
 # --- State Dept random: future
 16: ([("meet", "036", "USA/GOV", "TCD/MIL", False, F, N, False)],
      "Phee; future meeting -> 036 future; the Transitional Military Council (junta) -> TCD/MIL as MMR/MIL; 'other "
      "senior officials' of the same transitional authorities -> same pair, one event (borderline TCD/GOV)"),
 17: ([("will travel to Stockholm", "036", "USA/GOV", "SWE", False, F, N, False),
       ("hosted", "036", "SWE/GOV", N, False, F, N, False)],
      "Lenderking; future travel -> 036 future to the destination country (held-out 3 row 6); participating in the "
      "forum is the trip's purpose, not coded twice; the coming forum's hosts: the Folke Bernadotte Academy (Swedish "
      "government agency) -> SWE/GOV, the Sana'a Center has no code -> coded for the Academy only; participants "
      "unnamed -> null; future hosting -> 036 future (held-out 4 row 68)"),
 18: ([("visit", "036", "USA/GOV", "CAN", False, F, N, True)],
      "Sison's coming visit to Montreal -> future visit 036, nominal (agent 'the Assistant Secretary's'), "
      "destination -> CAN"),
 # --- State Dept random: demand
 19: ([], "deontic, Y (the energy shift) not a codable behaviour"),
 20: ([("urged", "100", "USA/GOV", "USA/LEG", False, A, N, False)],
      "Blinken; 'them' = Congress (previous sentence) -> USA/LEG; explicit request between two coded actors, coded "
      "as the first set's Duma request (RUS/LEG -> RUS/GOV); Y = pass the warning on to Americans -> 100"),
 21: ([("reiterate our call on the DPRK", "106", "USA/GOV", "PRK/GOV", False, A, N, False),
       ("offers of dialogue", "036", "USA/GOV", "PRK/GOV", False, A, N, True),
       ("offers of dialogue", "036", "KOR/GOV", "PRK/GOV", False, A, N, True),
       ("offers of dialogue", "036", "JPN/GOV", "PRK/GOV", False, A, N, True)],
      "G7 statement -> USA/GOV; Y = engage in diplomacy, accept dialogue -> 106; the offers already made (agents in "
      "the by-phrase) are a separate realised event, compound source split"),
 22: ([("urged", "100", "USA/GOV", N, False, A, N, False)],
      "the Friends of the Mekong (a group with no code) -> null; Y = act to hold the Burmese junta accountable, not "
      "coded separately"),
 23: ([("call on", "106", "USA/GOV", "YEM", False, A, N, False)],
      "Y = take part in the UN consultations -> 106; 'all Yemeni groups' (political and civil-society groups, "
      "mixed sectors) -> bare YEM, as nationals -> country in held-out 1/4"),
 24: ([("continues to urge", "1043", "USA/GOV", "ETH/GOV", False, A, N, False)],
      "Ethiopia's leaders -> ETH/GOV; Y = support free media and civil society -> rights 1043"),
 # --- State Dept random: cue
 25: ([("underscored their resolute support", "051", "USA/GOV", "UKR", False, A, N, False),
       ("underscored their resolute support", "051", "NLD/GOV", "UKR", False, A, N, False),
       ("condemned", "111", "USA/GOV", "RUS/GOV", False, A, N, False),
       ("condemned", "111", "NLD/GOV", "RUS/GOV", False, A, N, False),
       ("attack", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "'They' = Sherman and van der Plas (Dutch MFA) -> compound source split; 'express support' for Ukraine's "
      "sovereignty -> 051 -> UKR (held-out 1); Russia's attack -> RUS/MIL -> UKR as earlier sets"),
 26: ([("concluded a very productive meeting", "040", "USA/GOV", "DZA/GOV", False, A, N, False)],
      "Sherman; the meeting with President Tebboune (previous sentence) -> DZA/GOV from the context"),
 27: ([("transport tanks and other military equipment", "062", "RUS/BUS", "RUS/MIL", False, A, N, False),
       ("participates in and supports", "062", "RUS/BUS", "RUS/MIL", False, A, N, False)],
      "Northern Shipping, a Russian company -> RUS/BUS; transporting equipment for the military and supporting its "
      "exercises = military cooperation 062, two acts (borderline 070)"),
 28: ([], "'anti-Semitic attacks' have no agent in the sentence"),
 29: ([("condemned", "111", "USA/GOV", "PRK/GOV", False, A, N, False),
       ("launches", "150", "PRK/MIL", N, False, A, N, True)],
      "Sung Kim; DPRK missile launches -> 150 PRK/MIL nominal, as first set row 124"),
 30: ([], "'They' = US and Croatia; desire to defend values and 'stressed the importance' = no actor-to-actor act"),
 31: ([], "'cherishes its relationship with France' is a sentiment, not a praise act; 'support for democracy' abstract"),
 32: ([("look forward to continuing our support", "032", "USA/GOV", "SOM/GOV", False, F, N, False)],
      "'look forward to' + support -> intent code future (held-out 4 row 13 'will continue to support' -> 032); "
      "'that process' = the electoral process of Somalia's leaders (previous sentences) -> SOM/GOV"),
 33: ([("discussed", "040", "USA/GOV", "MYS/GOV", False, A, N, False)],
      "'the U.S.-Malaysia partnership' is a topic, not an event; support for Ukraine is a topic"),
 34: ([("supporting their democratic aspirations", "051", "USA/GOV", "VEN/CVL", False, A, N, False),
       ("providing assistance", "073", "USA/GOV", "VEN/CVL", False, A, N, False)],
      "Price; the Venezuelan people -> VEN/CVL; political support (051, borderline: abstract) and humanitarian "
      "assistance 073 are both stated as ongoing"),
 35: ([("provide assistance", "073", "USA/GOV", "ZWE/CVL", False, A, N, False)],
      "national-day message; health assistance (HIV/AIDS, COVID-19) -> humanitarian 073; Zimbabweans -> ZWE/CVL"),
 36: ([("expressed his appreciation", "051", "USA/GOV", "UKR/GOV", False, A, N, False),
       ("trip to Washington", "042", "UKR/GOV", "USA", False, A, N, True),
       ("war", "190", "RUS/MIL", "UKR", False, A, N, True),
       ("continued commitment to humanitarian aid", "033", "USA/GOV", "UKR", False, A, N, True)],
      "Zelenska (First Lady, on an official visit) -> UKR/GOV; Washington = destination -> USA (visits coded to the "
      "bare country, held-out 3/4); 'her visit' is the same trip; 'noting that' = Department's own Secretary -> "
      "reported_by null; the US commitment to aid = intent stated as a fact -> 033 asserted (held-out 4 row 12)"),
 37: ([("working together", "050", "USA/GOV", "org:UNHCR", False, A, N, False)],
      "Blinken; 'the work that we need to do together' = deontic, Y vague, not coded"),
 38: ([("condemned", "111", "MDA/GOV", "RUS/GOV", False, A, N, False),
       ("Russian aggression", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "FM Popescu; 'looking forward for a peaceful resolution' has no actor; 'this war' no agent of its own"),
 39: ([("met virtually", "040", "USA/GOV", "JPN/GOV", False, A, N, False),
       ("launch", "050", "USA/GOV", "JPN/GOV", False, A, N, False)],
      "joint statement -> USA/GOV first; launching a bilateral partnership = diplomatic cooperation 050, as held-out 2 "
      "'launched' a mechanism (borderline 057)"),
 40: ([], "establishing IPBES and being 'a strong supporter' of it are a standing position towards a body with no "
          "code, not an act between actors"),
 41: ([("met with", "040", "USA/GOV", "org:AU", False, A, N, False)],
      "Satterfield; Obasanjo and Adeoye are both AU officials -> one org:AU event; 'engagement' is the topic"),
 42: ([("discussed", "040", "USA/GOV", "CHN/GOV", False, A, N, False)],
      "Sung Kim and Liu; how to encourage the DPRK to negotiate is the topic, not coded"),
 43: ([], "'President Putin is trying to destroy [civil-society work] in Ukraine' = an attempt with a figurative "
          "object (held-out 4: attempts not coded); 'a threat to President Putin' = risk"),
 # --- State Dept random: nocue
 44: ([], ""),
 45: ([], "Blinken to embassy staff: internal"),
 46: ([("have exited the country", "160", N, "RUS", False, A, N, False)],
      "companies leaving Russia = reduction of existing economic relations (PLOVER SANCTION, 160); 'dozens of leading "
      "companies' (collective, several nationalities) -> null; the named firms are examples; 'the country' = Russia "
      "(context); borderline: not coded at all"),
 47: ([], "citizens' exchanges, no act between political actors"),
 48: ([("appreciate", "051", "USA/GOV", "GRD/GOV", False, A, N, False),
       ("work together", "050", "USA/GOV", "GRD/GOV", False, A, N, False)],
      "national-day message; 'proud to work together' = ongoing cooperation (borderline 062 for security)"),
 49: ([], ""),
 50: ([("swift and forceful in our response", "130", "USA/GOV", "PRK/GOV", False, A, N, False),
       ("coordinate very closely", "030", "USA/GOV", "KOR/GOV", False, F, N, False),
       ("coordinate very closely", "030", "USA/GOV", "JPN/GOV", False, F, N, False)],
      "Sung Kim; 'as she indicated' = a colleague of the same government, his own government's assertion -> "
      "reported_by null; the warning about a DPRK nuclear test = statement of resolve 130 asserted (the response "
      "itself unspecified, not coded); future coordination -> 030 future; 'other partners' uncoded -> dropped; "
      "'a possible nuclear test' has no agent in the sentence"),
 51: ([], "no actor pair"),
 52: ([("go after critical infrastructure", "190", "RUS/MIL", "UKR", False, A, N, False)],
      "Blinken; attacks on infrastructure -> generic attack 190, Russia's military acts -> RUS/MIL as earlier sets; "
      "denying water etc. = effects of the same attacks"),
 53: ([("encounter that we are having now", "040", "THA/GOV", "USA/GOV", False, A, N, False)],
      "FM Don to Blinken; the meeting under way (agent 'we') -> 040, like row 26"),
 54: ([], "family story"),
 55: ([], "youth programme"),
 56: ([], "membership of a unit is not an event"),
 57: ([], "moderator repeats a question about processing Afghan applicants' cases in third countries: an "
          "administrative act, no act between political actors (third countries unnamed)"),
 # --- UNGDC random: neg
 58: ([], "'our categorization does not allow us to access' aid: no actor (not a negated aid event)"),
 59: ([], "interventions and sanctions without an agent"),
 60: ([], "'unilateral measures' and 'threatened' without an agent; figurative"),
 61: ([("imprisoned", "173", N, "BGD/GOV", False, A, N, False)],
      "Sheikh Hasina; agentless passive -> null source; persons -> sector on the document date (then PM) -> BGD/GOV; "
      "'faced death threats' = event noun without an agent, not coded; 'never stopped' bears on her struggle"),
 62: ([], "no actor pair"),
 # --- UNGDC random: capital
 63: ([("ramped up its military deployments", "154", "IND/GOV", N, False, A, N, False)],
      "metonym New Delhi -> IND/GOV; troop build-up -> 154; Jammu and Kashmir is a place, no actor target -> null; "
      "'occupied' has no agent"),
 64: ([("Dialogue", "040", "SRB/GOV", "XKX/GOV", False, A, N, True),
       ("intermediation", "045", "org:EU", "SRB/GOV", False, A, N, True),
       ("intermediation", "045", "org:EU", "XKX/GOV", False, A, N, True)],
      "metonym Belgrade -> SRB/GOV; the Provisional Institutions in Pristina -> XKX/GOV; a dialogue noun naming its "
      "participants -> nominal 040 (held-out 4); Brussels is the venue; EU mediation -> 045, one event per party"),
 # --- UNGDC random: reported
 65: ([("visit", "042", "org:WTO", "BRA", False, A, N, True)],
      "the Director-General (subject of the clause) is the visit's agent -> org:WTO (new code), destination -> BRA; "
      "his statement is not a codable event ('the planet would go hungry'); 'we feed' is not an act between actors"),
 66: ([], "deontic, no actor"),
 # --- UNGDC random: future
 67: ([], "support for 'counterterrorism efforts' with no actor named (abstract policy commitment)"),
 68: ([("gather together", "036", "DEU/GOV", N, False, F, N, False),
       ("gather together", "036", "org:UN", N, False, F, N, False)],
      "Maas; convening the Berlin Process supporters with Guterres (org:UN) -> future hosting 036 future, compound "
      "source split; the supporters (collective) -> null; 'make them honour their commitments' is an aim"),
 # --- UNGDC random: demand
 69: ([("thank", "051", "TUV/GOV", "org:UNGA", False, A, N, False)],
      "'you' = Mr. President of the General Assembly -> org:UNGA (held-out 4 row 74); the deontics have no codable Y"),
 70: ([], "parable of the rich and poor neighbours: figurative, no named actors"),
 71: ([], ""),
 72: ([("urge", "102", "TUR/GOV", N, False, A, N, False)],
      "international organisations and countries (collective) -> null; Y = support Türkiye's initiatives -> 102; "
      "the initiatives are Y, not coded separately"),
 # --- UNGDC random: cue
 73: ([], "Qur'an burnings without an agent (as held-out 2 row 85)"),
 74: ([("harbours terrorists", "070", "VEN/GOV", N, False, A, N, False)],
      "the Maduro regime -> VEN/GOV (de facto government); harbouring terrorists = support for terrorism 070 as "
      "held-out 2 row 15 (borderline 075); terrorists unnamed -> null; 'poses a threat' = risk"),
 75: ([("Russo-Ukrainian conflict", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "a conflict noun that names its parties -> nominal, coded once from the first-named (symmetric rule); 'As we "
      "meet here' = the General Assembly, no actor pair"),
 76: ([("commend", "051", "NRU/GOV", "org:ISA", False, A, N, False)],
      "International Seabed Authority -> org:ISA (new code)"),
 77: ([("agreed to resume reconciliation", "037", "SOM/GOV", N, False, A, N, False)],
      "intent stated as a fact -> 03x asserted; reconciliation = settling the dispute 037 (borderline 036); "
      "Somaliland (breakaway administration) has no code, as the Turkish-Cypriot leadership in held-out 4 -> the "
      "symmetric pair is coded once, from Somalia, with target null"),
 78: ([], "abstract: supporting unnamed countries"),
 79: ([("signed by", "057", "JPN/GOV", "PRK/GOV", False, A, N, False)],
      "historic (2002) signature by PM Koizumi and Kim Jong Il, each named by his office at the time -> the two "
      "governments (the Declaration is Japan's and the DPRK's), not the document-date sector; Pyongyang is part of "
      "the Declaration's name, not a metonym"),
 80: ([("impose the three-decade-long blockade", "191", "AZE/GOV", "ARM", False, A, N, False)],
      "'our neighbour' = Azerbaijan (the paragraph's subject) from the context; blockade -> 191, target the country "
      "as a whole; 'economic coercion' = the same policy, coded once"),
 81: ([], "no act between actors"),
 82: ([("reiterate my Government’s call", "100", "SLB/GOV", N, False, A, N, False)],
      "addressees 'those with a greater means of implementation' (collective) -> null; Y = cut emissions -> 100"),
 83: ([("terminating the Black Sea Grain Initiative", "160", "RUS/GOV", N, False, A, N, False),
       ("attacking Ukrainian ports", "190", "RUS/MIL", "UKR", False, A, N, False)],
      "a fragment split from the next sentence, whose subject is Russia -> source from the context; leaving the "
      "grain deal = reduction of cooperation 160, the deal's other parties not named -> null; attacks -> RUS/MIL"),
 84: ([], "abstract commitment to regional cooperation"),
 85: ([], "issuing a declaration = 01x; its call has no addressee and Y ('transcend the pandemic through global "
          "solidarity') is a general aim, not a codable behaviour"),
 86: ([], "no actor; 'could spread instability' is not an act"),
 # --- UNGDC random: nocue
 87: ([], "abstract commitment"),
 88: ([], ""),
 89: ([], "no actor pair"),
 90: ([], "'not interested in tension' is not an event"),
 91: ([], ""),
 92: ([], ""),
 93: ([], ""),
 94: ([], "'this war' has no agent in the sentence; 'bear on' is not an act"),
 95: ([], ""),
}
