"""Hand annotations for the FOURTH held-out event gold set (source of events-heldout4.jsonl).

Keyed by the row index of selection-heldout4.jsonl (output of select_heldout4.py).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout4.jsonl \
        --annotations annotations_heldout4 --output events-heldout4.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([("thank", "051", "SWE/GOV", "USA/GOV", False, A, N, False),
      ("sanctions against Russia", "163", "USA/GOV", "RUS", False, A, N, True)],
     "FM Linde to Blinken; 'your leadership when it comes to sanctions' -> the sanctions' agent is the US; "
     "'the invasion of Ukraine' has no agent in the sentence (Russia is only the sanctions' target); "
     "'keep so close' too vague; 'never been so important' is not event negation"),
 1: ([], "award programme, no political event"),
 2: ([("afforded access", "086", "MMR/MIL", "USA/GOV", True, A, N, False)],
     "as held-out 2 row 3: consular access not granted by the junta's officials; 'sought to visit' is an attempt, "
     "not coded"),
 3: ([("prepared to return to Vienna to continue negotiations", "036", "USA/GOV", "IRN/GOV", False, A, N, False)],
     "Blinken; intent stated as a fact -> 036 asserted; Iran from the previous sentence (JCPOA talks); Vienna is "
     "a place; 'will not go on indefinitely' is about the process, not a threat of an act"),
 4: ([], "controlling territory is a state; 'freed from its control' agentless; Daesh/ISIS has no code anyway"),
 5: ([], "'does not meet the standards' is not a meeting; 'the government in Beijing' -> CHN/GOV but no event"),
 6: ([("announcing visa restrictions", "172", "USA/GOV", "NIC", False, A, N, False)],
     "family members of regime officials (not officials themselves) -> NIC, as held-out 1 'Belarusian "
     "nationals' -> BLR; 'measures ... that do not meet the conditions for elections' not a CAMEO act"),
 7: ([("met with Libya", "040", "DZA/GOV", "LBY/GOV", False, A, N, False)],
     "President Tebboune; 'met with Libya in Berlin' = Libya's representatives at the Berlin conference "
     "(Berlin is the venue); 'we agreed that all countries ... should agree' = shared view, as in held-out 1 "
     "('agreed that Iran must never be allowed'), not an agreement act (borderline 057)"),
 # --- State Dept random: capital
 8: ([("discussed", "040", "USA/GOV", "org:UN", False, A, N, False),
      ("visit", "042", "org:UN", "UKR", False, A, N, True),
      ("visit", "042", "org:UN", "RUS", False, A, N, True)],
     "'They' = Blinken and Guterres; the Secretary-General's visit: Kyiv and Moscow are destinations (places, not "
     "metonyms) -> countries, as held-out 3 'traveled to Kyiv'; 'noted concerns' = 01x; 'the war' has no agent"),
 9: ([("conduct the dialogue", "040", "IRQ/GOV", "USA/GOV", False, A, N, False),
      ("thank", "051", "IRQ/GOV", "USA/GOV", False, A, N, False)],
     "FM Hussein; Washington is a place; 'him' = Blinken; 'this invitation' not coded separately (the thanks "
     "covers it); 'we hope that the outcome' is optative"),
 10: ([("full assault on media freedom", "175", "RUS/GOV", "RUS/MED", False, A, N, True)],
      "Kremlin/Moscow -> RUS/GOV; borderline: 'assault' is a metaphor, but for a real act (the media crackdown of the "
      "title: outlets blocked), so coded as repression 175, not as 18x; 'efforts to mislead and suppress the truth' "
      "= the same crackdown, coded once; 'the brutal invasion' has no agent in the sentence"),
 # --- State Dept random: reported
 11: ([("plans to provide $500,000", "071", "USA/GOV", "org:ASEAN", False, F, N, False),
       ("continue supporting", "070", "USA/GOV", "org:ASEAN", False, F, N, False)],
      "'He' = Blinken in the Department's own readout -> reported_by null (held-out 3 rule); ASEAN COVID-19 "
      "Response Fund and ASEAN Secretariat -> org:ASEAN; 'would continue' in the announced plan -> future"),
 12: ([("committed to supporting", "030", "USA/GOV", "AFG/CVL", False, A, N, False)],
      "Porter; 'we have said that' = own past statement -> reported_by null; SIV applicants (Afghan interpreters, "
      "context) -> AFG/CVL; commitment stated as a fact -> 03x asserted; 'those who've helped the military' "
      "defines the target class, its helping not coded (borderline)"),
 13: ([("will continue to support", "032", "USA/GOV", "IRN/CVL", False, F, "USA/GOV", False)],
      "VOA journalist relays the Secretary's statement -> reported_by USA/GOV (third party relays, as 'you've "
      "been saying'); future support -> 032 future, like 'will continue to support' in held-out 1"),
 14: ([("abide by the ceasefire", "0871", "ISR/GOV", "PSE/REB", False, Q, N, False)],
      "journalist's question asks whether Israel has agreed to abide by the ceasefire -> question; Hamas -> PSE/REB "
      "(armed group, like Hizballah -> LBN/REB); the Israelis' stated goal (destroy Hamas infrastructure) is an aim, "
      "not coded, as held-out 2 row 15; 'this operation' has no agent of its own"),
 15: ([("working every single day with partners and allies", "050", "USA/GOV", N, False, A, N, False),
       ("tightening the sanctions", "163", "USA/GOV", "RUS", False, A, N, False)],
      "Blinken; partners and allies (collective) -> null; sanctions on Russia (previous sentences); tightening, "
      "closing loopholes and adding new ones = one sanctions event; 'Having said that' is not attribution"),
 # --- State Dept random: future
 16: ([("will sign a compact", "0311", "XKX/GOV", "USA/GOV", False, F, N, False)],
      "Blinken to Osmani and Kurti ('you') -> XKX/GOV; MCC -> USA/GOV; future cooperative act -> intent code "
      "(MCC compact = economic cooperation) with modality future; 'supporting your efforts' is the compact's aim"),
 17: ([("will virtually welcome", "036", "USA/GOV", N, False, F, N, False)],
      "'welcome' = host participants of an exchange programme, future -> 036 future (first set 'hosting' -> 036); "
      "the 12 leaders come from unnamed countries -> null"),
 18: ([("meet", "036", "USA/GOV", "TUN/CVL", False, F, N, False)],
      "Zeya; human rights defenders, labour leaders and civil society are all TUN/CVL (no separate sector used) -> "
      "one event per actor pair"),
 # --- State Dept random: demand
 19: ([], "deontic, Y (understand, remain focused on developing technologies) not codable"),
 20: ([("applaud", "051", "USA/GOV", N, False, A, N, False)],
      "Blinken; the diplomatic efforts for the Nairobi initiative have no named agent -> null target; 'very much "
      "supports' = the same endorsement, coded once"),
 21: ([("stand together with the Nicaraguan people in support", "051", N, "NIC/CVL", False, D, N, False)],
      "deontic 'must' -> Y = verbal support, demanded; the region and the international community -> null"),
 22: ([], "advice to attendees"),
 23: ([("call that was made", "043", "PAN/GOV", N, False, A, N, True)],
      "Panama's security minister; the 'call' = the convocation of the migration ministerial by the Panamanian MFA "
      "-> convene 043 (not a request); the participating countries unnamed -> null; his appreciation of his own "
      "government's ministry is not coded (same actor); 'we must continue to build' not codable"),
 24: ([("discussed", "040", "USA/GOV", "CAN/GOV", False, A, N, False)],
      "Sherman and Morgan; the topic ('efforts to urge Russia to de-escalate') is not coded separately, as held-out 1 "
      "row 61"),
 # --- State Dept random: cue
 25: ([("calls for justice and accountability", "100", "YEM/CVL", N, False, A, N, True)],
      "'remains committed to ... resolution' is a policy position, not coded; Yemenis' calls = requests with an "
      "explicit agent, addressee unnamed -> null; 'without foreign interference' bears on a hoped-for outcome"),
 26: ([("discussed", "040", "USA/GOV", "ESP/GOV", False, A, N, False)], "'They' = Sherman and Moreno Bau"),
 27: ([], "'this meeting' has no agent in the sentence"),
 28: ([("met", "040", "USA/GOV", "MHL/GOV", False, A, N, False)],
      "FM Kabua and the negotiation delegation -> one MHL/GOV event; Washington is the venue"),
 29: ([], "speaker from the NGO Justice and Care: supporting a trafficking survivor is not between coded actors"),
 30: ([("welcomed", "051", "USA/GOV", "BHR/GOV", False, A, N, False),
       ("U.S.-Bahrain Strategic Dialogue", "040", "USA/GOV", "BHR/GOV", False, A, N, True)],
      "Harris -> USA/GOV; the Strategic Dialogue names both participants -> nominal 040; the joint news conference "
      "is another consult of the same pair, not coded twice; 'affirmation of the principles' (of the Accords) "
      "has no actor target"),
 31: ([], "Blinken to embassy staff: internal"),
 32: ([("welcomes", "051", "USA/GOV", "LBN/GOV", False, A, N, False)],
      "the elections held (agentless) are the Lebanese authorities' act -> LBN/GOV (borderline target)"),
 33: ([("spoke today with", "040", "USA/GOV", "PSE/GOV", False, A, N, False),
       ("upcoming trip", "036", "USA/GOV", N, False, F, N, True)],
      "Abbas -> PSE/GOV; Biden's trip to the Middle East -> future visit 036, the region has no code -> null"),
 34: ([("discussed", "040", "USA/GOV", "ARM/GOV", False, A, N, False),
       ("dialogue", "040", "ARM/GOV", N, False, A, N, True)],
      "'They' = Blinken and Mirzoyan; the ongoing dialogue between Armenia and its neighbours is an event with "
      "named participants (neighbours unnamed -> null)"),
 35: ([], "'The strikes' have no agent in the sentence (Iran is named in the previous one)"),
 36: ([("commended", "051", "USA/GOV", "NZL/GOV", False, A, N, False),
       ("discussed", "040", "USA/GOV", "NZL/GOV", False, A, N, False)],
      "Sherman and Secretary Seed; 'can collaborate' is the topic"),
 37: ([("met", "040", "USA/GOV", "XKX/GOV", False, A, N, False)],
      "Osmani and Kurti -> one XKX/GOV event; Washington is the venue"),
 38: ([("commend", "051", "USA/GOV", "PER/GOV", False, A, N, False)],
      "Peruvian authorities -> PER/GOV; administering elections is domestic"),
 39: ([("providing significant humanitarian assistance", "073", "USA/GOV", "UKR", False, A, N, False)],
      "G7 statement -> USA/GOV; 'its neighbours' uncoded collective -> coded for Ukraine only (held-out 2 rule)"),
 40: ([("decided to continue meetings", "036", "USA/GOV", "org:EU", False, A, N, False)],
      "joint EEAS-State release; 'the two sides' = US and EU; intent stated as a fact -> 036 asserted"),
 41: ([("spoke today with", "040", "USA/GOV", "org:NATO", False, A, N, False),
       ("spoke today with", "040", "USA/GOV", "POL/GOV", False, A, N, False),
       ("spoke today with", "040", "USA/GOV", "org:OSCE", False, A, N, False),
       ("spoke today with", "040", "USA/GOV", "org:EU", False, A, N, False)],
      "compound target split: Geoana -> NATO; Przydacz (representing the OSCE Chair) -> POL/GOV by his own office "
      "(borderline org:OSCE); Schmid -> org:OSCE; Sannino (EEAS) -> org:EU"),
 42: ([("carried out violent repression", "175", "CUB/COP", "CUB/CVL", False, A, N, False),
       ("calling for human rights", "1043", "CUB/CVL", N, False, A, N, False)],
      "MININT forces including the PNR (police) -> CUB/COP; the protesters' calls have no named addressee -> null"),
 43: ([("met", "040", "USA/GOV", "IDN/GOV", False, A, N, False),
       ("U.S.-ASEAN Special Summit", "040", "USA/GOV", "org:ASEAN", False, A, N, True),
       ("co-hosted", "043", "IDN/GOV", N, False, A, N, False)],
      "'discussed' = the same meeting, coded once; the summit (held before the document date) names its "
      "participants -> nominal 040; the Global COVID-19 Summit's other participants unnamed -> null"),
 # --- State Dept random: nocue
 44: ([], "journalist's question, no event"),
 45: ([], ""),
 46: ([], "domestic executive order"),
 47: ([("look forward to working closely", "030", "USA/GOV", "ISR/GOV", False, F, N, False)],
      "Blinken to FM Lapid; 'look forward to' -> 030 future"),
 48: ([], "Blinken thanks embassy staff: internal"),
 49: ([("forcibly transferred", "174", N, "UKR/CVL", False, A, N, False)],
      "agentless passive (Russia not named in the sentence); 'credible reports' without a named source -> "
      "reported_by null"),
 50: ([("look forward to working together", "030", "USA/GOV", N, False, F, N, False)],
      "joint US-Palau statement -> USA/GOV; countries and other partners -> null"),
 51: ([], ""),
 52: ([], "the partnership's future activities, no actor pair"),
 53: ([], ""),
 54: ([], "'reiterated the importance of commitments' = 01x"),
 55: ([], "domestic (Congress)"),
 56: ([], "'Russia's actions alienate' the Ukrainian people: no codable behaviour"),
 57: ([("spoke today with", "040", "USA/GOV", "VEN/OPP", False, A, N, False)],
      "Guaidó: the US recognised him as interim president, but on the document date he held no de facto power "
      "-> VEN/OPP (de facto rule, as for juntas and the Taliban; borderline VEN/GOV)"),
 # --- UNGDC random: neg
 58: ([("call for support", "103", "ZMB/GOV", N, False, A, N, False),
       ("exit", "087", "org:SADC", "MOZ", False, A, N, True)],
      "addressee = the international community (previous sentence) -> null; Y = support to Mozambique's "
      "government -> 103; SAMIM (the SADC Mission) had left by July 2024 -> withdrawal 087 asserted (borderline); "
      "'does not result in reversal' is not event negation"),
 59: ([], "world leaders (collective) acknowledging; pledges to cut emissions are not an actor-to-actor event"),
 60: ([("deplores", "110", "DJI/GOV", N, False, A, N, False),
       ("efforts we made to normalize relations", "050", "DJI/GOV", "ERI/GOV", False, A, N, True)],
      "'It' = Djibouti; deplores a state of affairs (no actor named) = laments -> 110, target null; 'have not yet "
      "produced the expected results' negates the results, not the efforts"),
 61: ([("support of our neighbours and partners", "070", N, "DEU", False, A, N, True)],
      "neighbours and partners (collective) -> null; post-war Germany as a whole -> DEU; borderline 051/070; 'do not "
      "forget' bears on remembering; 'the horrors' not coded (no event noun with a target)"),
 62: ([("military provocation", "150", "ARM/MIL", "AZE", False, A, N, True)],
      "'failed to meet those expectations' is not a behaviour (not a negated event); provocation = show of military "
      "force 150 (borderline 190); 'in an attempt to continue its blame game' is an aim, not coded"),
 # --- UNGDC random: capital
 63: ([("visits", "042", "IDN/GOV", "UKR", False, A, N, True),
       ("visits", "042", "IDN/GOV", "RUS", False, A, N, True)],
      "President Widodo; Kyiv and Moscow are destinations (places), as row 8; 'conveyed these messages' = 01x"),
 64: ([("insist upon unacceptable demands", "100", "TUR/GOV", N, False, A, N, False)],
      "metonym Ankara -> TUR/GOV; the Turkish-Cypriot leadership has no code in these guidelines (a breakaway "
      "administration, not treated as CYP/GOV) -> coded for Ankara only (held-out 2 compound rule); addressee "
      "unnamed -> null; two-State solution -> 100 (no sub-code I am sure of)"),
 # --- UNGDC random: reported
 65: ([], "'According to the IPCC report': no event; 'our efforts ... not yielding results' is not an event"),
 66: ([("sanctions imposed upon them", "163", N, "VEN", True, D, N, True)],
      "'must be allowed to conduct their affairs without sanctions' -> 'without' = negated, inside the deontic -> "
      "demanded; 'other States' (collective) -> null; 'the People and Government' together = the country -> VEN; "
      "'the right ... says that' is not attribution"),
 # --- UNGDC random: future
 67: ([("welcome", "051", "BDI/GOV", "org:AU", False, A, N, False)],
      "the initiative to establish the AfCFTA is the African Union's (not named in the sentence; as held-out 3 "
      "'Ezulwini Consensus' -> org:AU)"),
 68: ([("host", "036", "FRA/GOV", "org:UN", False, F, N, False),
       ("co-organizing", "050", "FRA/GOV", "CRI/GOV", False, A, N, False)],
      "future hosting -> 036 future; co-organising is ongoing -> asserted diplomatic cooperation"),
 # --- UNGDC random: demand
 69: ([], "generic"),
 70: ([], "deontic, Y (exert its role) not codable"),
 71: ([], "generic deontic"),
 72: ([("supported", "070", N, N, False, D, N, False)],
      "deontic passive: supporters unnamed -> null; 'the Sahel States' (collective) -> null, as held-out 2 "
      "'get help'"),
 # --- UNGDC random: cue
 73: ([("support", "070", N, "GIN/GOV", False, A, N, True)],
      "technical and financial partners (collective) -> null; the consultation framework is the transition "
      "government's -> GIN/GOV"),
 74: ([("commend", "051", "HTI/GOV", "org:UNGA", False, A, N, False)],
      "the President of the General Assembly -> org:UNGA; 'his election' has no agent"),
 75: ([("led efforts to promote development and cooperation", "050", "SDN/GOV", N, False, A, N, False)],
      "countries of the Horn and East Africa (collective) -> null (borderline org:IGAD)"),
 76: ([("reiterate our appeal", "1054", "GNB/GOV", N, False, A, N, False)],
      "Y = end of the embargo -> 1054; addressee not named here or in the preceding text -> null; 'that embargo' "
      "has no agent"),
 77: ([("stepping up humanitarian assistance", "073", "THA/GOV", "MMR/CVL", False, A, N, False)],
      "the people of Myanmar -> MMR/CVL; the channels (AHA Centre, UN organisations) are not recipients"),
 78: ([], "abstract policy commitment"),
 79: ([("grateful", "051", "LBN/GOV", N, False, A, N, False),
       ("sent", "073", N, "LBN/CVL", False, A, N, False)],
      "senders unnamed -> null; 'our people' -> LBN/CVL"),
 80: ([], "hypothetical 'could spend hours discussing' the UN's flaws: not an event between actors"),
 81: ([("attacks", "180", N, "TCD", False, A, N, True)],
      "Boko Haram has no code (as AQIM in held-out 3) -> null; attacks in Chad (the sentence's subject) -> TCD; "
      "unspecified violence by a non-state group -> 180"),
 82: ([("reiterate our call", "1054", "GRD/GOV", "USA/GOV", False, A, N, False)],
      "'that list' is the American list and 'the blockade' the U.S. blockade (previous sentence) -> addressee "
      "USA/GOV from the context; removal from the list and end of the blockade = one request to ease sanctions"),
 83: ([("condemnation", "111", "IRL/GOV", "RUS/GOV", False, A, N, True)],
      "'deserve our utter condemnation' = the speaker's condemnation; the Russian Federation and its leaders -> "
      "one RUS/GOV event; 'what they have done' is vague"),
 84: ([], "abstract advocacy"),
 85: ([("reiterate our support", "051", "RUS/GOV", "BRA/GOV", False, A, N, False),
       ("reiterate our support", "051", "RUS/GOV", "IND/GOV", False, A, N, False),
       ("reiterate our support", "051", "RUS/GOV", "org:AU", False, A, N, False)],
      "UNSC candidacies of Brazil and India and the AU's initiatives: compound split"),
 86: ([("reject", "120", "GTM/GOV", "VEN/GOV", False, A, N, False),
       ("reject", "120", "GTM/GOV", "NIC/GOV", False, A, N, False)],
      "performative rejection; the attempts to suppress 'as is currently the case in Venezuela and Nicaragua' are "
      "those countries' governments' (borderline: null, as held-out 3 row 3 for unnamed actors); the "
      "suppression itself is the rejected content, not coded separately"),
 # --- UNGDC random: nocue
 87: ([], "domestic"),
 88: ([], ""),
 89: ([], "'much of the rest of the world' (collective), no actor pair"),
 90: ([], "'It is time for the EU to deliver' = deontic, Y (deliver) not codable"),
 91: ([], "mobilising finance, no actor pair"),
 92: ([], "candidacy, no event"),
 93: ([], "figurative 'assault on the Charter'; 'It' = the conflict"),
 94: ([("highly appreciate", "051", "KGZ/GOV", "org:UN", False, A, N, False),
       ("contribution", "070", "org:UN", "KGZ", False, A, N, True)],
      "the UN's contribution to Kyrgyzstan's statehood -> 070 (borderline 051/070)"),
 95: ([], "'the aggression against Ukraine' has no agent in the sentence (Russia is the claimer); 'lie' and "
          "'claims' are not coded"),
}
