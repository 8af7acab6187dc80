"""Hand annotations for the SIXTH held-out event gold set (source of events-heldout6.jsonl).

Keyed by the row index of selection-heldout6.jsonl (output of select_heldout6.py).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout6.jsonl \
        --annotations annotations_heldout6 --output events-heldout6.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([("work closely with our allies and partners", "030", "USA/GOV", N, False, F, N, False),
      ("impose further costs", "163", "USA/GOV", "RUS/GOV", False, H, N, False)],
     "future cooperation with allies and partners (collective) -> 030 future, target null (held-out 4 row 50); "
     "'impose costs' = sanctions 163 (held-out 3 row 26), conditional on 'if Putin does not change course' -> "
     "hypothetical; Putin -> RUS/GOV, 'his enablers' uncoded collective -> dropped; 'does not change course' is "
     "the condition, not a codable event"),
 1: ([("refusing to cooperate", "120", "CHN/GOV", "USA/GOV", False, A, N, False)],
     "journalist's question; explicit refusal -> REJECT, not negated; the refusal is itself China's rhetoric (a "
     "statement-type act, coded like 'he criticized'), so reported_by null; the condition 'unless the U.S. takes "
     "steps to de-escalate tensions' (non-military, vague) is not coded"),
 2: ([("do not support efforts", "051", "USA/GOV", N, True, A, N, False),
      ("will not normalize relations", "030", "USA/GOV", "SYR/GOV", True, F, N, False),
      ("lift sanctions", "085", "USA/GOV", "SYR/GOV", True, F, N, False),
      ("fund reconstruction", "071", "USA/GOV", "SYR", True, F, N, False)],
     "joint statement -> USA/GOV; plain negation of support/normalisation/easing/aid keeps each event's own code "
     "with negated (not REJECT: none is an acceptance verb like 'will not recognize'); the efforts of unnamed "
     "others -> target null; future cooperative act -> 030 future (held-out 1 'will not cooperate' -> 030 "
     "negated); lifting sanctions -> 085, funding reconstruction -> economic aid 071 to the country; the Assad "
     "regime -> SYR/GOV; 'until there is progress' does not make them hypothetical"),
 3: ([("attack on Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
     "Blinken; Russia's attack -> 190 RUS/MIL nominal as earlier sets; 'the growing threat ... from China' = risk; "
     "'time for the United States to lead ... in reinforcing principles' = deontic, Y not codable"),
 4: ([], "Blinken at a youth event: exchanging ideas with young people is not an act between political actors"),
 5: ([("support UN-designated entities", "062", "IRN/BUS", "IRN/MIL", False, A, N, False)],
     "'will not stand by' is not coded (held-out 2 'will not idly observe'); the Iranian procurement networks "
     "(an agent and four companies, context) -> IRN/BUS; PCI, a defence-industry producer of missile propellant "
     "designated for the missile programme -> IRN/MIL (borderline IRN/BUS); procurement for the missile programme "
     "= military cooperation 062 as held-out 5 row 27 (borderline 070); habitual, asserted"),
 6: ([("discuss", "036", "USA/GOV", "CHN/GOV", False, F, N, False)],
     "briefer on the Secretary's coming meeting with Wang Yi (previous sentence); 'I would expect that we'll be "
     "able to discuss' = planned meeting, a politeness hedge -> 036 future; 'that meeting' is the same event, "
     "coded once; 'does not spill over into confrontation' is a hoped-for outcome, not an event"),
 7: ([("efforts to engage without preconditions", "036", "USA/GOV", "PRK/GOV", False, A, N, True),
      ("have not been met with a response", "030", "PRK/GOV", "USA/GOV", True, A, N, False)],
     "Blinken; the offers of talks (agent 'our') -> 036 nominal as held-out 5 row 21 'offers of dialogue'; no "
     "response to an initiative = negated 030 (guideline)"),
 # --- State Dept random: capital
 8: ([("met with", "040", "USA/GOV", "ISR/GOV", False, A, N, False)],
     "Washington is the venue; condolences = 01x, not coded; 'terrorist attacks' have no agent"),
 9: ([("Russian invasion", "192", "RUS/MIL", "UKR", False, A, N, True),
      ("dialogue between Belgrade and Pristina", "040", "SRB/GOV", "XKX/GOV", False, A, N, True)],
     "Slovenia-U.S. joint statement; invasion -> 192 RUS/MIL nominal; metonyms Belgrade -> SRB/GOV and Pristina -> "
     "XKX/GOV, a dialogue noun naming its participants -> nominal 040 (held-out 5 row 64); 'the discussion' has no "
     "agent in the sentence; EU integration of aspirants and BiH's stability are topics"),
 10: ([], "Blinken; 'a massive invasion' has no agent in the sentence (Russia only in the question); 'threatening "
          "Kyiv' = the city endangered (place, risk), not a threat act"),
 # --- State Dept random: reported
 11: ([("providing nearly $368 million in additional humanitarian assistance", "073", "USA/GOV", "UKR/CVL",
        False, A, N, False),
       ("war on Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "'I announced' = the speaker's own statement -> reported_by null; 'those affected by the war' (title: the "
      "People of Ukraine) -> UKR/CVL (held-out 5 row 35)"),
 12: ([("agreed in principle on a draft", "057", "KOR/GOV", "USA/GOV", False, A, "KOR/GOV", False)],
      "journalist relays what Chung Eui-yong (South Korean official) told reporters -> reported_by KOR/GOV; an "
      "agreement on the text of the end-of-war declaration = agreement concluded 057 (borderline 03x, not "
      "signed); symmetric pair coded once from the first-named; 'end the Korean War' is the draft's content"),
 13: ([], "'noted' = 01x; 'continues to view Morocco's Autonomy Plan as serious, credible, and realistic' is an "
          "evaluation of a plan, not a praise act (borderline 051 USA/GOV -> MAR/GOV); own Deputy Secretary -> no "
          "reported speech anyway"),
 14: ([("impose severe sanctions", "163", "USA/GOV", "RUS/GOV", False, F, N, False),
       ("impose severe sanctions", "163", "BEL/GOV", "RUS/GOV", False, F, N, False),
       ("carries out its brutal and unprovoked war", "190", "RUS/GOV", "UKR", False, A, N, False)],
      "'They' = Blinken and FM Wilmès; 'we' = the U.S. and Belgium -> compound source split, 'other Allies and "
      "partners' (collective) dropped; the Department's readout of its own Secretary -> reported_by null (held-out "
      "3 rule); Kremlin metonym -> RUS/GOV, also for the war ('it' = the Kremlin), as the guideline's metonym rule; "
      "future conflictual act keeps its own code"),
 15: ([("reaffirmed President Biden’s strong support", "051", "USA/GOV", "YEM/GOV", False, A, N, False)],
      "the Presidential Leadership Council -> YEM/GOV; 'welcoming the leadership' = the same endorsement of the same "
      "pair, coded once (held-out 4 row 20); 'He noted' = own Secretary; the truce has no agent in the sentence"),
 # --- State Dept random: future
 16: ([("partnership", "030", "USA/GOV", "HTI/CVL", False, F, N, True),
       ("partnership", "030", "USA/GOV", "HTI/GOV", False, F, N, True)],
      "Price; 'our partnership ... will continue' = future cooperation -> 030 future, nominal, compound target split "
      "(the Haitian people -> HTI/CVL, their elected government -> HTI/GOV); 'no updates to announce in terms of our "
      "assistance' is not a negated aid event"),
 17: ([("will be hosted", "036", "USA/GOV", N, False, F, N, False),
       ("will be hosted", "036", "USA/BUS", N, False, F, N, False)],
      "future hosting -> 036 future (held-out 4 row 17, held-out 5 row 17), participants (GSMP alumnae of many "
      "countries, athletes) -> null; the sentence is cut at 'Laura C.': the following text names Laura C. Gentile of "
      "ESPN/Disney -> USA/BUS, compound source split; Satterfield -> USA/GOV (borderline: a domestic celebration, "
      "not coded at all)"),
 18: ([("meet", "036", "USA/GOV", "ZAF/BUS", False, F, N, False)],
      "Sherman; future meeting -> 036 future; business leaders and entrepreneurs in South Africa -> ZAF/BUS; "
      "strengthening the trade relationship is the topic"),
 # --- State Dept random: demand
 19: ([("would be met with swift and severe consequences", "130", "USA/GOV", "RUS/GOV", False, A, N, False),
       ("urged Russia to pursue a diplomatic path", "106", "USA/GOV", "RUS/GOV", False, A, N, False)],
      "call with Lavrov; the warning is asserted 130 (first set row 121); 'further invasion of Ukraine' has no agent "
      "in the sentence, so the threatened condition is not coded; the consequences are unspecified (held-out 5 row "
      "50); Y = diplomacy -> 106 (held-out 5 row 21); own Secretary -> reported_by null"),
 20: ([("have more regional meetings", "040", N, N, False, D, N, False)],
      "journalist's question; 'we should have' = deontic, Y = meet -> 040 demanded; 'we' = the countries of the "
      "Americas (collective) -> null, both sides null as held-out 4 row 72; 'some people' unnamed -> reported_by null"),
 21: ([], "deontic, Y (build a more efficient system) not codable"),
 22: ([("directed Deferred Enforced Departure", "075", "USA/GOV", "HKG/CVL", False, A, N, False)],
      "Biden -> USA/GOV; DED = safe haven for Hong Kong residents -> grant asylum 075; Hong Kong residents -> "
      "HKG/CVL (ISO alpha-3 HKG; borderline CHN/CVL); 'offering safe haven' is the same act; 'our partners and "
      "allies' (collective) not coded; 'should residents fear returning' is hypothetical, not an act"),
 23: ([("limit sponsorship", "160", N, "RUS/BUS", False, D, N, False),
       ("limit sponsorship", "160", N, "BLR/BUS", False, D, N, False)],
      "deontic agentless passive -> source null, demanded; limiting sponsorship from entities linked to the "
      "Russian or Belarusian states = reducing economic relations 160 (as companies leaving Russia, held-out 5 row "
      "46); the sponsoring entities -> RUS/BUS, BLR/BUS, compound split"),
 24: ([("urge others to support this initiative", "102", "USA/GOV", N, False, A, N, False)],
      "'others' (unnamed states) -> null; Y = endorse the Declaration -> 102 (held-out 5 rows 0, 72); the 68 "
      "endorsements by unnamed nations of a declaration with no code have no actor pair"),
 # --- State Dept random: cue
 25: ([("spoke today with", "040", "USA/GOV", "SAU/GOV", False, A, N, False),
       ("attack", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "Sherman; the attack with agent in the by-phrase ('Russia's military forces') -> nominal 190, a realised "
      "event inside the topic is coded (held-out 2 row 49); 'building a strong international response' has no actor"),
 26: ([("adding to the sanctions", "163", "USA/GOV", "RUS", False, A, N, False)],
      "Blinken; sanctions on Russia (the question) -> RUS as held-out 4 row 15"),
 27: ([], "'are alarmed by' = expressed concern (01x), not coded (borderline 110 for each of the six); the "
          "arrests and detentions have no agent in the sentence (the Sudanese military authorities, context)"),
 28: ([], "as held-out 5 row 40: support for IPBES and establishing it are a standing position towards a body with "
          "no code"),
 29: ([], "ceremony: hearing remarks"),
 30: ([("welcomes", "051", "USA/GOV", N, False, A, N, False)],
      "the object is an opportunity at UNEA, not an actor -> target null (held-out 4 row 60 'deplores' a state of "
      "affairs); 'to start a process with other nations' describes the opportunity, not coded"),
 31: ([], "personal anecdote: colleagues supporting each other"),
 32: ([("welcomes", "051", "USA/GOV", "CZE/GOV", False, A, N, False),
       ("announcement today to begin negotiating", "036", "CZE/GOV", "USA/GOV", False, A, N, True)],
      "the Defence Minister -> CZE/GOV (a ministry, not the armed forces); announced intent to negotiate the "
      "bilateral agreement = intent stated as a fact -> 036 asserted, nominal (agent 'Černochová's')"),
 33: ([("discussed", "040", "USA/GOV", "PER/GOV", False, A, N, False)],
      "Sherman and Landa; 'Russia's violation of international law and the territorial integrity' is a "
      "characterisation (as 'attack on sovereignty'), not a behaviour noun; the topic is not coded"),
 34: ([("held an introductory call", "040", "USA/GOV", "KOR/GOV", False, A, N, False)],
      "symmetric call coded once from the document's government; the alliance and partnership are topics"),
 35: ([("visited Algeria", "042", "USA/GOV", "DZA", False, A, N, False),
       ("discuss with President Tebboune", "040", "USA/GOV", "DZA/GOV", False, A, N, False)],
      "Blinken; visit -> 042 to the country (held-out 3-5); the discussion with named counterparts on the trip is a "
      "separate consult event of another code (borderline: purpose clause, cf. held-out 5 row 17); Tebboune and "
      "Lamamra -> one DZA/GOV event"),
 36: ([], "travel advisory website"),
 37: ([("welcomed", "075", "USA/GOV", N, False, A, N, False)],
      "refugee and parolee arrivals admitted under the CAM programme: passive for the US government's own "
      "administrative act -> USA/GOV (exception); admission as refugees -> 075 as row 22; Central American minors "
      "from three countries -> null (borderline: administrative act, not coded, held-out 5 row 57)"),
 38: ([("in support of Ukraine", "051", "USA/LEG", "UKR", False, A, N, True)],
      "Sherman; the bipartisan congressional delegation at the Munich Security Conference -> USA/LEG; verbal "
      "support -> 051 nominal (borderline: descriptive)"),
 39: ([("commitments made by", "032", "org:EU", "UKR", False, A, N, True),
       ("commitments made by", "032", "USA/GOV", "UKR", False, A, N, True),
       ("commitments made by", "032", "GBR/GOV", "UKR", False, A, N, True)],
      "'It' = the ACA; commitments to demonstrate support and solidarity for Ukraine = intent to give diplomatic "
      "support, stated as a fact -> 032 asserted, nominal, compound source split (the three are named)"),
 40: ([("attacked", "180", N, "USA", False, A, N, False)],
      "Blinken on 9/11: agentless passive -> source null; terrorist attack -> unspecified violence by a non-state "
      "group 180; 'we' = the country as a whole -> USA"),
 41: ([("support the efforts", "051", "USA/GOV", "ISR/GOV", False, A, N, False)],
      "Blinken to Herzog; support for the efforts to deepen the partnerships with Israel -> 051, target Israel, "
      "the one named party of those partnerships (borderline null as held-out 4 row 20, or abstract); the "
      "countries that have normalised define a class (not coded); 'help seek new partners' and 'as we're working "
      "together' too vague"),
 42: ([("condemned", "111", "USA/GOV", "PRK/GOV", False, A, N, False),
       ("condemned", "111", "KOR/GOV", "PRK/GOV", False, A, N, False)],
      "the Special Representatives = Sung Kim (USA) and Noh Kyu-duk (KOR), compound split; target the DPRK from the "
      "previous sentence; 'these ballistic missile launches' have no agent in the sentence; 'posed a serious "
      "threat' = risk"),
 43: ([("would support programs", "070", "USA/GOV", N, False, H, N, False)],
      "'The funding' = the U.S. $25 million to the GCFF (previous sentence) -> USA/GOV from the context; 'would', "
      "conditional on the countries becoming eligible -> hypothetical; beneficiaries unnamed -> null; 070 (not sure "
      "whether 071 or 073); host communities opening their doors have no code"),
 # --- State Dept random: nocue
 44: ([("congratulated", "051", "USA/GOV", "JAM/CVL", False, A, N, False)],
      "congratulate = praise 051; Jamaicans everywhere -> JAM/CVL; 'noted our relationship' = 01x"),
 45: ([], "FM Momen on Bangladesh's achievements"),
 46: ([("designated", "163", "USA/GOV", "RUS", False, F, N, False)],
      "sanctions designation: passive for the US government's own administrative act -> USA/GOV; family members and "
      "a board member of Russian oligarchs' firms -> RUS (held-out 4 row 6); 'will now also be designated' -> future "
      "by the guideline's wording (borderline asserted: today's action)"),
 47: ([("engages in that arena", "036", "RUS/GOV", "org:OSCE", False, H, N, False)],
      "Blinken; 'that arena' = the OSCE (Poland's chairmanship, previous sentences); if-clause -> hypothetical, "
      "engagement -> 036 (held-out 1 row 4); 'it has to decide' is not an event"),
 48: ([("intend to collaborate", "030", "USA/GOV", "THA/GOV", False, F, N, False)],
      "U.S.-Thailand communiqué: 'we' = both, coded once from the document's government; 'intend to' -> future, "
      "cooperative -> 030"),
 49: ([], "biography"),
 50: ([("getting together", "040", "USA/GOV", N, False, A, N, False)],
      "Blinken at the ministerial he convened: the meeting under way (held-out 5 row 53); the other ministers' "
      "countries unnamed -> null"),
 51: ([], "domestic: the Department with USDA/APHIS"),
 52: ([], "the HRC's agenda item and 'received disproportionate focus' are not an act between actors"),
 53: ([("funding will also help", "073", "USA/GOV", "UKR/CVL", False, F, N, False)],
      "'This funding' = the U.S. humanitarian assistance (title, previous sentences) -> USA/GOV from the context; "
      "victims of the conflict -> UKR/CVL; 'will' -> future, material act keeps its own code (held-out 4 row 11)"),
 54: ([("CODEL", "042", "USA/LEG", "POL", False, A, N, True)],
      "Blinken to Meeks and McCaul; the congressional delegation to Poland they led -> visit 042 nominal, "
      "destination -> POL; working with members of Congress is domestic, not coded (held-out 4 row 55)"),
 55: ([("Russia’s aggression", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "as earlier sets"),
 56: ([], "documents, no actor pair"),
 57: ([("thank you very much for having me", "051", "IDN/GOV", "USA/GOV", False, A, N, False),
       ("first Strategic Dialogue", "040", "IDN/GOV", "USA/GOV", False, A, N, True),
       ("commitment to advance the bilateral relations", "030", "IDN/GOV", "USA/GOV", False, A, N, True)],
      "FM Marsudi; the hosting is covered by the thanks (held-out 4 row 9); the Strategic Dialogue names both "
      "partners -> nominal 040 from the first-named (and the speaker's) side; commitment stated as a fact -> 030 "
      "asserted; 'my commitment and Indonesia commitment' -> one IDN/GOV event"),
 # --- UNGDC random: neg
 58: ([], "calls with no addressee for 'full compliance with international law' (Y = comply with obligations, not "
          "codable; held-out 5 row 85); 'will not falter' bears on the calling"),
 59: ([], "as held-out 5 row 7: a need for cooperation is not an event"),
 60: ([("our support to Ukrainian sovereignty", "032", "HRV/GOV", "UKR", False, F, N, True),
       ("our assistance", "070", "HRV/GOV", "UKR", False, F, N, True),
       ("call upon all to do the same", "100", "HRV/GOV", N, False, A, N, False)],
      "'will not tire in' = will continue (the negation bears on tiring, not an event negation) -> future; "
      "political support -> 032, material assistance -> 070 (held-out 4 rows 11, 13); 'all' (collective) -> null, "
      "Y mixes support and aid -> 100"),
 61: ([], "domestic spending"),
 62: ([("It is regrettable", "110", "PSE/GOV", N, False, A, N, False),
       ("sanction it", "163", N, "ISR/GOV", True, A, N, False)],
      "regret = laments -> 110, its object is the international community's and UN bodies' record (collective) -> "
      "target null (held-out 4 row 60); 'a failure to ... sanction it' = negated 163 ('failed to'), the "
      "international community -> null; 'not been upheld and implemented' = comply, not codable; 'hold Israel "
      "accountable' not a CAMEO act; 'violations of international law' evaluative"),
 # --- UNGDC random: capital
 63: ([("will host", "036", "KOR/GOV", N, False, F, N, False)],
      "future hosting -> 036 future, participants unnamed -> null; Seoul is the venue"),
 64: ([("call on President Biden", "100", "NAM/GOV", "USA/GOV", False, A, N, False),
       ("sought a rapprochement", "030", "USA/GOV", "CUB/GOV", False, A, N, False)],
      "Y = rekindle respect and peace with Cuba -> 100 (borderline 107); Obama's Administration (historic, office "
      "-> USA/GOV) sought rapprochement with Havana (metonym -> CUB/GOV; Washington = the same US government) -> "
      "intent stated as a fact, 030 asserted; 'that President Obama pursued' = the same, coded once"),
 # --- UNGDC random: reported
 65: ([("closely cooperates", "050", "TKM/GOV", "org:UN", False, A, N, False)],
      "'it should be noted that' is the speaker's own assertion, not attribution and not deontic on the event"),
 66: ([("met with", "040", "AUT/GOV", "org:UNGA", False, A, N, False)],
      "the President of the General Assembly -> org:UNGA; Vienna is the venue; 'he told me' has no event in its "
      "complement"),
 # --- UNGDC random: future
 67: ([("host", "036", "BRB/GOV", "org:UNCTAD", False, F, N, False)],
      "future hosting -> 036 future (held-out 4 row 68); UNCTAD -> org:UNCTAD (new code, as other UN agencies)"),
 68: ([("supporting the political process", "032", "JAM/GOV", "HTI", False, F, N, False)],
      "'will continue to play its part ... in supporting' -> future diplomatic support 032; CARICOM and the "
      "Eminent Persons Group are channels; the political process among Haitian actors -> HTI"),
 # --- UNGDC random: demand
 69: ([("express our solidarity", "051", "NIC/GOV", "RUS/GOV", False, A, N, False)],
      "Nicaragua's own declaration, quoted -> reported_by null; solidarity with the Russian Federation's "
      "'struggles' = express support 051; the struggles (no target), the 'threats of empires' (risk) and the wars "
      "of 'empires' (no code) are not coded"),
 70: ([], "deontic, Y (understand) not codable"),
 71: ([("disarmed", "0873", N, "LBN/REB", False, D, N, False)],
      "deontic agentless passive -> source null, demanded; Hizbollah -> LBN/REB; disarm -> 0873 (the CAMEO "
      "description lists disarm; borderline 170 coerce)"),
 72: ([], "deontic, Y (be universal, guard against leaving anyone outside) not codable"),
 # --- UNGDC random: cue
 73: ([], "conflicts without actors"),
 74: ([], "'Our meeting' = the General Assembly (collective), no actor pair (held-out 5 row 75)"),
 75: ([("have been rejected by us", "120", "AZE/GOV", "ARM/GOV", False, A, N, False),
       ("seven conditions to Azerbaijan", "100", "ARM/GOV", "AZE/GOV", False, A, N, True)],
      "'His' = the Prime Minister of Armenia (previous sentences); explicit rejection -> 120 (borderline 127); his "
      "conditions addressed to Azerbaijan = demands, nominal 100 (borderline: not coded)"),
 76: ([], "the international community (collective) agreeing the Pact: no actor pair"),
 77: ([], "'urgent need for this Assembly to support the modalities' = deontic with an abstract Y (modalities), "
          "not coded; the advisory opinion is a statement; 'the ongoing conflict' has no agent"),
 78: ([("reiterates its firm condemnation", "111", "NER/GOV", N, False, A, N, False),
       ("rejects", "120", "NER/GOV", "UKR/GOV", False, A, N, False),
       ("declared support by", "070", "UKR/GOV", N, False, A, N, True),
       ("cowardly attacked", "180", N, "MLI", False, A, N, False)],
      "'these hostile acts' = 'certain Western powers' financing terrorists (previous sentence, collective) -> "
      "target null; performative rejection -> 120, its one named target Ukraine (held-out 4 row 86); Ukraine's "
      "support for terrorism -> 070 (held-out 5 row 74); the 'terrorist coalition' has no code (as AQIM, Boko "
      "Haram) -> null; its attack on Tinzawaten -> 180 to the country (held-out 4 row 81)"),
 79: ([], "most countries easing their own restrictions is domestic; the experts' warning is not a threat"),
 80: ([], "scientists' warning about weather"),
 81: ([], "the global community (collective) accepting; 'the ongoing military occupation of Palestinians' has no agent "
          "in the sentence (Israel is named before)"),
 82: ([], "'We meet' = the General Assembly; 'a powerful country ... has decided to challenge the norms' is a "
          "characterisation (as row 33), not a codable behaviour"),
 83: ([("reiterate my appreciation", "051", "TUN/GOV", "org:UN", False, A, N, False)],
      "Guterres -> org:UN; 'express our continued support' = the same endorsement of the same pair, coded once"),
 84: ([("organised by the African Union Peace and Security Council", "043", "org:AU", N, False, A, N, False)],
      "the DDRR Committee meeting and the Amnesty Month celebration convened by the AU PSC -> 043, participants "
      "unnamed -> null; Bangui is the venue"),
 85: ([("We value your work", "051", "AGO/GOV", "org:UN", False, A, N, False)],
      "'your' = Secretary-General Guterres (previous sentence) -> org:UN; valuing his work = praise"),
 86: ([("support of the international community", "070", N, "HTI", False, D, N, True)],
      "'needs to be ramped up' = deontic -> demanded; the international community -> null; Haiti from the previous "
      "sentence; humanitarian and security support -> 070"),
 # --- UNGDC random: nocue
 87: ([("express my profound disagreement", "110", "MLI/GOV", "org:UN", False, A, N, False)],
      "disagreement with the Secretary-General's statement -> disapprove 110 (borderline 111); his taking a "
      "position and speaking = 01x; 'the case involving the 46 Ivorian mercenaries' has no event verb"),
 88: ([("increase our war deterrence capabilities", "154", "PRK/GOV", N, False, A, N, False)],
      "military build-up -> 154 (held-out 5 row 63), 'we' in a UN speech -> PRK/GOV, no target"),
 89: ([], ""),
 90: ([], ""),
 91: ([], ""),
 92: ([], ""),
 93: ([], ""),
 94: ([], "the UN being marginalised: agentless state, not an act"),
 95: ([], "'a growing unwillingness to comply' has no actor"),
}
