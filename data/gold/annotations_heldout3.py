"""Hand annotations for the THIRD held-out event gold set (source of events-heldout3.jsonl).

Keyed by the row index of selection-heldout3.jsonl (output of select_heldout3.py).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout3.jsonl \
        --annotations annotations_heldout3 --output events-heldout3.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([("pledged", "030", "AFG/REB", "USA/GOV", False, A, N, False)],
     "Aug 10 2021: Taliban -> AFG/REB; the February 2020 agreement was with the US; 'the levels of violence' "
     "has no agent in the sentence"),
 1: ([("invasion", "192", "RUS/MIL", "UKR", False, A, N, True)],
     "Japanese minister; 'we must never allow unilateral attempts' is a policy position"),
 2: ([], "'such brazen aggression' has no agent in the sentence"),
 3: ([("reject", "120", "USA/GOV", N, False, A, N, False)],
     "joint statement -> USA/GOV; rejects hypothetical actions of no named actor (target null); the seizure of "
     "power and refusal of transition are hypothetical without an agent"),
 4: ([("urge", "100", "USA/GOV", N, False, A, N, False)],
     "'all states that have not yet become party' -> null; not becoming party is not a coded negated event"),
 5: ([("came to our assistance", "070", "IND/GOV", "USA/GOV", False, A, N, False)],
     "Blinken; 'we'll never forget' bears on remembering, not on the event"),
 # --- State Dept random: capital
 6: ([("travel", "036", "USA/GOV", "KOR", False, F, N, True)],
     "announced (future) trip of Special Representative Kim -> 036 future; Seoul is a place, not a metonym"),
 7: ([("traveled to Kyiv", "042", "USA/GOV", "UKR", False, A, N, False),
      ("pledged", "030", "USA/GOV", "UKR/GOV", False, A, N, False),
      ("visit", "042", "USA/GOV", "UKR", False, A, N, True)],
     "'informed ... that' in the Department's own readout of its Secretary -> reported_by null (own government); "
     "Kyiv is a place"),
 8: ([("visits", "036", "USA/GOV", "UKR", False, F, N, True)],
     "planned visits of U.S. diplomats -> 036 future; 'provided an update' = 01x; 'plans to return' folded into the visits"),
 # --- State Dept random: reported
 9: ([], "a view about the Quad, no behaviour; 'the meeting' has no agent in this sentence"),
 10: ([("called the crown prince a pariah", "111", "USA/GOV", "SAU/GOV", False, A, N, False)],
      "Biden; 'any meeting would be' hypothetical without a stated agent, not coded"),
 11: ([], "'its support' = the world's -> no coded actor"),
 12: ([("invade", "192", "RUS/MIL", "UKR", False, F, N, False),
       ("plead", "100", "UKR/GOV", "USA/GOV", False, A, N, False)],
      "journalist's question; 'is going to invade' -> future, told by unnamed -> reported_by null; the requested "
      "sanctions (Y) are not coded separately; troops on the border: no event verb"),
 # --- State Dept random: future
 13: ([("announced a partnership", "057", "USA/BUS", "KEN/GOV", False, A, N, False)],
      "Moderna -> USA/BUS; 'support from American diplomats' supports the partnership, no codable target"),
 14: ([("threats that that Iran is making", "130", "IRN/GOV", N, False, A, N, True),
       ("act against", "170", "USA/GOV", "IRN/GOV", False, F, N, False)],
      "Blinken; 'threatening to us' describes the activities (risk); 'act against' = unspecified coercion, borderline"),
 15: ([("engage with youth", "036", "USA/GOV", "LTU/CVL", False, F, N, False)],
      "Special Envoy Stern; participating/speaking at a summit is not coded"),
 # --- State Dept random: demand
 16: ([], "domestic effort (shore up our defenses)"),
 17: ([], "advice to travellers"),
 18: ([("urged", "100", "USA/GOV", "org:ASEAN", False, A, N, False)], "Senior Bureau Official Moy -> USA/GOV"),
 19: ([], "passport advice"),
 20: ([("urge", "106", "USA/GOV", "ARM/GOV", False, A, N, False),
       ("urge", "106", "USA/GOV", "AZE/GOV", False, A, N, False)],
      "compound target split; Y = negotiations -> 106"),
 # --- State Dept random: cue
 21: ([("enforcement of EU sanctions", "163", "LTU/GOV", "RUS/GOV", False, A, N, True)],
      "Lithuania's enforcement; target Russia from the previous sentence"),
 22: ([("met", "040", "USA/GOV", "KAZ/GOV", False, A, N, False)], ""),
 23: ([("instituting", "172", "USA/GOV", N, False, A, N, False),
       ("repress", "175", N, N, False, H, N, False)],
      "Khashoggi Ban = visa restrictions against unnamed governments; 'governments that seek to repress' = generic "
      "class -> null source, hypothetical (as in held-out 2); 'enacts penalties' is the same event"),
 24: ([("met", "040", "USA/GOV", "PAK/GOV", False, A, N, False)], ""),
 25: ([("aggression", "190", "RUS/MIL", "UKR", False, A, N, True),
       ("adopted unprecedented and coordinated economic and financial sanctions", "163", "USA/GOV", "RUS", False, A, N, False)],
      "G7 statement -> USA/GOV; Belarus' complicity not coded separately (borderline)"),
 26: ([("impose costs", "163", "USA/GOV", "BLR/GOV", False, A, N, False),
       ("crackdown", "175", "BLR/GOV", "BLR/CVL", False, A, N, True)],
      "'This' = the US sanctions of the previous sentence"),
 27: ([("discussed", "040", "USA/GOV", "LIE/GOV", False, A, N, False)], "'They' = Sherman and Hasler"),
 28: ([], "terrorist attacks without an agent"),
 29: ([], "question about progress; 'these discussions' has no agent"),
 30: ([("invasion", "192", "RUS/GOV", "UKR", False, A, N, True)],
      "Putin -> RUS/GOV; target from the document (Ukraine); 'not diplomacy' is not an event"),
 31: ([("provide needs-based humanitarian aid assistance", "073", N, N, False, A, N, False),
       ("supporting stabilization efforts", "070", N, N, False, A, N, False)],
      "the Global Coalition to Defeat ISIS has no code -> null; recipients are unnamed communities"),
 32: ([("helping Ukraine", "070", "USA/GOV", "UKR/GOV", False, A, N, False),
       ("Russian aggression", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "'These loan guarantees' = the US's (previous sentence); cooperation with the IMF is not coded (abstract)"),
 33: ([("discussed", "040", "USA/GOV", N, False, A, N, False)],
      "COVID-19 Global Action Meeting; other participants collective -> null"),
 # --- State Dept random: nocue
 34: ([], "internal process"),
 35: ([("indicted", "1125", N, N, False, A, N, False)],
      "agentless passive (a US court, not an administrative act of the Department) -> null; Mogilevich's "
      "nationality not in the sentence; two indictments, one trigger"),
 36: ([], ""),
 37: ([], ""),
 38: ([], "fragment"),
 39: ([], ""),
 40: ([], "a certification, no political behaviour"),
 41: ([], "fragment"),
 42: ([], "internal consular arrangement"),
 43: ([("abduction", "181", N, "USA/CVL", False, A, N, True),
       ("killing", "1823", N, "USA/CVL", False, A, N, True)],
      "AQIM has no code in these guidelines (terrorist groups) -> null source"),
 # --- UNGDC random: neg
 44: ([], "normative statement about sanctions, no event"),
 45: ([], "'waiting ... to negotiate' generic, no actor"),
 46: ([("did not attack", "190", "SRB", N, True, A, N, False)],
      "Serbia as a country; 'territorial integrity ... was violated' agentless and close to figurative, not coded"),
 47: ([("calling for action", "100", "org:CARICOM", N, False, A, N, False)],
      "'not just ... but' does not negate; 'acting in solidarity' too vague"),
 # --- UNGDC random: capital
 48: ([("support", "051", "SWE/GOV", "org:UN", False, A, N, False),
       ("urge", "1056", "SWE/GOV", N, False, A, N, False)],
      "'the parties' to the Yemen conflict unnamed -> null; ceasefire -> 1056; Stockholm/Riyadh are agreement names"),
 # --- UNGDC random: reported
 49: ([], "'played a critical role' is not a behaviour verb; 'according to' = in accordance with"),
 50: ([("reiterate my country’s support", "051", "BFA/GOV", "org:AU", False, A, N, False)],
      "the African common position (Ezulwini Consensus) -> org:AU; 'according to which' is not attribution"),
 # --- UNGDC random: future
 51: ([("imposed", "163", N, "CUB", False, A, N, False)],
      "embargo on Cuba, agentless passive -> null source; exists now -> asserted"),
 # --- UNGDC random: demand
 52: ([("call on", "100", "SOM/GOV", N, False, A, N, False)], "international community -> null"),
 53: ([], "generic deontic"),
 54: ([("convened", "043", "ESP/GOV", N, False, A, N, False),
       ("call on", "1031", "ESP/GOV", N, False, A, N, False)],
      "international financial institutions (collective) -> null; Y = extend support (economic) -> 1031"),
 # --- UNGDC random: cue
 55: ([("ask", "100", "BDI/GOV", N, False, A, N, False)], "international community -> null"),
 56: ([], "abstract"),
 57: ([("support", "051", "CAN/GOV", "org:UNSC", False, A, N, False)], ""),
 58: ([], "submitting an NDC is not a political event between actors"),
 59: ([("gratitude", "051", "CMR/GOV", N, False, A, N, True),
       ("continued support", "070", N, "CMR/GOV", False, A, N, True),
       ("invite", "1031", "CMR/GOV", N, False, A, N, False)],
      "partners (collective) -> null"),
 60: ([("express readiness to deepen multifaceted cooperation", "030", "UZB/GOV", "org:UN", False, A, N, False)],
      "intent stated as a fact -> 03x asserted; commitment to the Charter abstract"),
 61: ([], "abstract"),
 62: ([], "abstract"),
 63: ([], "an agreement remaining in effect is a state, not an act"),
 64: ([], ""),
 # --- UNGDC random: nocue
 65: ([], "abstract policy aim"),
 66: ([], ""),
 67: ([], ""),
 68: ([], ""),
 69: ([], "domestic policy"),
 70: ([("provide protection", "074", N, "PSE", True, A, N, False)],
      "'failed ... to provide protection' -> negated; international community -> null; Palestinians (context) -> PSE"),
 71: ([], ""),
}
