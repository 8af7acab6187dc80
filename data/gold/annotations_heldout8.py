"""Hand annotations for the EIGHTH held-out event gold set (source of events-heldout8.jsonl).

Keyed by the row index of selection-heldout8.jsonl (output of select_heldout8.py).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout8.jsonl \
        --annotations annotations_heldout8 --output events-heldout8.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([("will not hesitate to target", "1312", "USA/GOV", N, False, A, N, False),
      ("provide critical support for the IRGC or Hizballah", "070", N, "IRN/MIL", False, H, N, False),
      ("provide critical support for the IRGC or Hizballah", "070", N, "LBN/REB", False, H, N, False)],
     "sanctions release: a statement of resolve to target (designate) future supporters = threat of sanctions 1312, "
     "itself asserted (guideline: threat asserted, threatened act hypothetical; borderline 163 future); 'will not "
     "hesitate' bears on hesitating, not event negation; the target is a generic class ('those who provide ...') -> "
     "null; their support for the IRGC(-QF) -> IRN/MIL and Hizballah -> LBN/REB, a generic class of wrongdoers -> "
     "null source, hypothetical (held-out 2 row 0, held-out 7 row 29), compound target split; 'facilitate their "
     "access to the financial system' is part of the same support"),
 1: ([("U.S. assistance", "070", "USA/GOV", N, False, A, N, True)],
     "'U.S. assistance' = event noun with an explicit agent -> nominal 070; the recipients (most of 141 unnamed "
     "governments) -> null (borderline: a description of a class, not coded); reviewing governments is not a CAMEO "
     "act; 'did not meet the minimum requirements' = comply, not codable, so no negated event"),
 2: ([], "journalist's question relaying HRW; the Israeli military's statement ('said it was a legitimate target') "
         "= 01x; 'HRW had not received details' names no giver (borderline negated 064 ISR/MIL -> org:HRW, "
         "reported_by org:HRW), not coded"),
 3: ([("have discussed", "040", "DEU/GOV", "org:G7", False, A, N, False),
      ("do not accept", "120", "org:G7", "RUS/GOV", False, A, N, False),
      ("Russian war of aggression", "190", "RUS/MIL", "UKR", False, A, N, True)],
     "Baerbock (German FM, host) -> 'We' = Germany with its G7 partners; the discussion in the G7 format -> 040 "
     "DEU/GOV -> org:G7 (borderline: a forum of which Germany is a member, no actor pair); 'our message as the G7 "
     "... We do not accept' = performative non-acceptance -> REJECT 120, not negated (guideline 'we will never "
     "accept it'), source the G7 as the sentence says, target Russia as first set row 113; the war against Ukraine "
     "(previous sentence: 'Russia has aggressed Ukraine') -> nominal 190 RUS/MIL -> UKR as earlier sets"),
 4: ([("welcomed", "051", "USA/GOV", "UKR/GOV", False, A, N, False),
      ("welcomed", "051", "org:NATO", "UKR/GOV", False, A, N, False),
      ("condemning", "111", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("condemning", "111", "org:NATO", "RUS/GOV", False, A, N, False),
      ("continued belligerence", "190", "RUS/GOV", "UKR", False, A, N, True),
      ("refusal to negotiate in good faith", "125", "RUS/GOV", "UKR/GOV", False, A, N, True)],
     "'They' = Blinken and Stoltenberg -> compound source split; Zelenskyy -> UKR/GOV, Putin -> RUS/GOV; "
     "'belligerence, escalation' = Putin's war on Ukraine (previous sentence: 'premeditated invasion of a peaceful "
     "democratic neighbor'), one nominal 190 (borderline: evaluative, not coded); explicit refusal -> REJECT 125, "
     "not negated; the other side of the negotiations = Ukraine, whose diplomatic initiatives the sentence names "
     "(borderline null, held-out 7 row 0)"),
 5: ([("has not wavered in its commitment to working with the Beninese people", "030", "USA/GOV", "BEN/CVL",
       False, A, N, False)],
     "national-day message; 'has not wavered' bears on wavering, not on the event (as 'will not tire in', held-out "
     "6 row 60) -> asserted commitment to cooperate = 030 (held-out 7 row 30); the Beninese people -> BEN/CVL; the "
     "aims (strengthen institutions, confront the climate crisis ...) are not coded separately"),
 6: ([("didn’t nominate their names", "036", "YEM/REB", "YEM/GOV", True, A, N, False)],
     "Yemeni FM Bin Mubarak (speaker); Houthis -> YEM/REB; not naming their delegates for the Taiz meeting = did not "
     "agree to meet -> negated 036 (plain negation keeps the code; borderline negated 040); the other side of the "
     "Taiz talks = the speaker's government -> YEM/GOV from context; 'the meeting ... is not conducted' is the "
     "same non-event, agentless; 'we are expecting more pressure from ... the U.S. administration' is an "
     "expectation (optative, held-out 5 row 13 'looks forward to receiving'), not coded (borderline 100 to USA/GOV)"),
 7: ([("support their efforts", "051", "USA/GOV", "UKR/MIL", False, A, N, False),
      ("support their efforts", "051", "USA/GOV", "UKR/CVL", False, A, N, False),
      ("urge Russia", "100", "USA/GOV", "RUS/GOV", False, A, N, False)],
     "'America' -> USA/GOV, 'its Allies' (collective) dropped; 'their' = the armed forces of Ukraine and all "
     "Ukrainian citizens (previous sentence) -> compound target split UKR/MIL, UKR/CVL; support for their efforts "
     "-> 051 as held-out 6 row 41 (borderline 072: the release announces security assistance); explicit request "
     "to a coded actor with a vague Y (recognize a fact) -> 100 (held-out 5 row 20); 'force will never defeat' is "
     "not an event"),
 # --- State Dept random: reported
 8: ([("commended", "051", "USA/GOV", "ARE/GOV", False, A, N, False),
      ("normalization with Israel", "050", "ARE/GOV", "ISR/GOV", False, A, N, True),
      ("looks forward to working with the UAE", "030", "USA/GOV", "ARE/GOV", False, F, N, False)],
     "the Department's readout of its own Secretary -> reported_by null ('noted that' = own statement); the UAE's "
     "realised normalization with Israel -> nominal 050 (held-out 7 row 86); the Abraham Accords are its means, "
     "not coded separately; 'looks forward to' + cooperate -> 030 future; 'other partners' (collective) dropped; "
     "the Negev Summit initiatives have no agent"),
 9: ([("urged ASEAN", "100", "USA/GOV", "org:ASEAN", False, A, N, False)],
     "Blinken (own Secretary) -> reported_by null; 'said that ASEAN's five-point consensus is an important step "
     "forward' is an evaluation of a plan, not a praise act (held-out 6 row 13); Y = hold the regime accountable "
     "(not a CAMEO act) and appoint a special envoy (borderline 108, demand mediation) -> 100"),
 10: ([("information is denied them", "1721", "RUS/GOV", "RUS/CVL", False, A, N, False)],
      "Blinken's own opinion ('I think') -> not reported speech; 'a system that Vladimir Putin has perfected in which "
      "that information is denied them' = censorship -> 1721 (restrictions on freedom of expression), agent Putin -> "
      "RUS/GOV, the Russians -> RUS/CVL (borderline: a description of a system, not an act)"),
 11: ([("sanctions against Russia", "163", N, "RUS", False, A, N, True)],
      "Kuleba; 'I have told you once' = the speaker's own past statement -> reported_by null; 'Western ... sanctions' "
      "= the guideline's nominal example, the West (collective) -> null, target RUS as held-out 4 row 15; 'Western "
      "weapons' is an object noun, not an event noun (borderline 072 null -> UKR); 'this war' has no agent"),
 12: ([("urged continued support", "103", "USA/GOV", N, False, A, N, False)],
      "joint statement of many delegations -> USA/GOV (guideline); a call for Y with no addressee -> REQUEST, target "
      "null; Y = support (aid) to Syrian refugees and host countries -> demand aid 103; Y not coded separately; "
      "'according to UN standards' = in accordance with, not attribution"),
 # --- State Dept random: future
 13: ([("investment will leverage", "070", "USA/GOV", N, False, F, N, False)],
      "'This $1 million investment' = the Department's funding through the COVID-19 PSEP Fund (previous sentence) -> "
      "USA/GOV from the context, as held-out 6 row 53 'This funding will also help'; beneficiaries = businesses in "
      "ASEAN member countries (collective) -> null; 'will' -> future, material act keeps its own code (070; not sure "
      "whether 071); the leveraged private-sector support has no named actor pair"),
 14: ([("will always support the voices", "032", "USA/GOV", "CHN/CVL", False, F, N, False),
       ("speak out against these atrocities", "111", "CHN/CVL", "CHN/GOV", False, A, N, False)],
      "'will always support' -> 032 future (held-out 7 row 16); Uyghur activists, survivors and family members of "
      "victims -> one CHN/CVL event (borderline: many in exile, as the Tibetan community in held-out 7); their "
      "speaking out against the PRC's atrocities (previous sentence: crimes against humanity and genocide) -> 111, "
      "target CHN/GOV from the context, habitual -> asserted; 'place human rights at the forefront of our China "
      "policy' is a policy position"),
 15: ([("will travel to Palau", "036", "USA/GOV", "PLW", False, F, N, False),
       ("co-hosted", "036", "USA/GOV", "PLW/GOV", False, F, N, False)],
      "Kerry; future travel -> 036 future to the destination country (held-out 5 row 17); leading the delegation to "
      "the conference is the trip's purpose; the coming conference (12-15 April, document 8 April) co-hosted by the "
      "United States and Palau -> future hosting 036, symmetric pair coded once from the document's government to "
      "Palau, as held-out 2 row 21 ('will co-host with Palau')"),
 # --- State Dept random: demand
 16: ([("welcomes and encourages", "051", "USA/GOV", N, False, A, N, False),
       ("calls on countries and value-chain actors", "100", "USA/GOV", N, False, A, N, False)],
      "welcome/encourage a movement (not an actor) -> 051, target null (held-out 6 row 30), coded once; countries "
      "and value-chain actors around the world (collective) -> null; Y = adopt actions to implement green shipping "
      "corridors, a sector policy -> 100 (borderline 1042)"),
 17: ([("remain committed to diplomacy with the DPRK", "036", "USA/GOV", "PRK/GOV", False, A, N, False),
       ("call on the DPRK to engage in dialogue", "106", "USA/GOV", "PRK/GOV", False, A, N, False)],
      "commitment to diplomacy with a named partner = intent to negotiate stated as a fact -> 036 asserted "
      "(held-out 7 row 30; without a named partner it would be a policy position, held-out 4); Y = dialogue -> 106"),
 18: ([("called upon Beijing", "102", "USA/GOV", "CHN/GOV", False, A, N, False),
       ("missile launches", "150", "PRK/MIL", N, False, A, N, True)],
      "Sung Kim; metonym Beijing -> CHN/GOV; Y = join Washington (metonym, the same US government) in publicly "
      "condemning = diplomatic cooperation, policy support -> 102; Y not coded separately; the DPRK's realised "
      "missile launches -> 150 PRK/MIL nominal (held-out 5 row 29); 'emphasized that ... share an interest' = 01x"),
 19: ([("urge all the parties", "106", "USA/GOV", N, False, A, N, False)],
      "'all the parties' to the Yemen conflict (unnamed) -> null; Y = the path of peace and dialogue -> 106 "
      "(borderline 107)"),
 20: ([], "administrative instruction to the media (RSVP): not an act between political actors"),
 21: ([("call on all UN Member States", "100", "USA/GOV", N, False, A, N, False)],
      "Chair's statement (the US chaired the ministerial) -> USA/GOV; all UN Member States (collective) -> null; "
      "Y = work together to mitigate shocks to agriculture and food systems -> 100 (borderline 101)"),
 # --- State Dept random: cue
 22: ([], "contact information"),
 23: ([("spoke today with", "040", "USA/GOV", "org:EU", False, A, N, False),
       ("its brutal and unprovoked war", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "Sherman and Sannino (EEAS) -> org:EU; 'to continue their close coordination' is the purpose of the same "
      "call, coded once; supporting Ukraine and holding Russia accountable are topics; Russia's war ('its') -> "
      "nominal 190 RUS/MIL -> UKR, a realised event inside the topic (held-out 6 row 25)"),
 24: ([], "membership of organisations is not a CAMEO act (held-out 7 row 93)"),
 25: ([], "contact information"),
 26: ([("reiterated unwavering support", "051", "USA/GOV", "UKR", False, A, N, False),
       ("discussed efforts", "040", "USA/GOV", "JPN/GOV", False, A, N, False),
       ("statement on readiness", "0331", "org:G7", "UKR", False, A, N, True)],
      "call with Vice FM Mori (previous sentence) -> target JPN/GOV from the context; support for Ukraine's "
      "sovereignty -> 051 -> UKR (held-out 5 row 25); the G7 Finance Ministers' statement of readiness to support "
      "the Ukrainian economy = intent to provide economic aid stated as a fact -> 0331 asserted, nominal, a realised "
      "event inside the topic; deterring Russia is the efforts' purpose (no agent), 'further military action' is "
      "hypothetical with no stated act; 'remaining committed to diplomacy' names no partner (policy position)"),
 27: ([("met with", "040", "USA/GOV", "ISR/LEG", False, A, N, False)],
      "Sherman and the Knesset Speaker -> ISR/LEG; Washington is the venue"),
 28: ([("Meeting of the U.S.-Spain Working Group", "040", "USA/GOV", "ESP/GOV", False, A, N, True)],
      "releasing a joint statement = 01x; a meeting noun whose name gives its participants -> nominal 040 "
      "(held-out 4 row 43), coded once from the document's government"),
 29: ([("continues its brutal crackdown", "175", "BLR/GOV", "BLR/CVL", False, A, N, False),
       ("intensifies its support", "070", "BLR/GOV", "RUS/GOV", False, A, N, False)],
      "the Lukashenka regime -> BLR/GOV; crackdown on peaceful activists -> 175 (held-out 3 row 26), activists -> "
      "BLR/CVL; light verb + event noun -> nominal false (as 'carries out its war', held-out 6 row 14); its support "
      "to the invasion = support for Russia's war (previous sentences) -> 070 to RUS/GOV as held-out 7 row 34 "
      "(borderline 051); 'the invasion of Ukraine' has no agent in the sentence, not coded"),
 30: ([], "advocacy for feminist approaches and a more effective UN = abstract policy position (as UN reform, "
          "held-out 7 row 66)"),
 31: ([("met today with", "040", "USA/GOV", "SLE/GOV", False, A, N, False)],
      "Sherman and FM Francis (the splitter kept 'D.C. During' in one sentence); 'their discussion' = the same "
      "meeting; 'emphasized the strength of relations' = 01x"),
 32: ([], "'I' = a Department official welcoming the new Global AIDS Coordinator: supporting PEPFAR, a US programme, "
          "is domestic, no actor pair"),
 33: ([("support Ukraine’s network defenders", "070", "USA/GOV", "UKR/GOV", False, A, N, False),
       ("support Ukraine’s network defenders and telecommunications professionals", "070", "USA/GOV", "UKR/BUS",
        False, A, N, False),
       ("closely coordinated with", "050", "USA/GOV", N, False, A, N, False)],
      "the U.S. government's cyber efforts (hunt-forward operations, remote analytic support, previous sentences) "
      "= material support -> 070 (not sure whether 072), compound target split: network defenders -> UKR/GOV "
      "(borderline UKR/MIL), telecommunications professionals -> UKR/BUS; coordination with unnamed private-sector "
      "and international partners -> 050, target null (held-out 7 row 35); defending networks and repairing "
      "infrastructure is not an act between actors"),
 34: ([("condemned", "111", "USA/GOV", "PRK/GOV", False, A, N, False),
       ("ballistic missile launches", "150", "PRK/MIL", N, False, A, N, True),
       ("committed to trilateral cooperation", "030", "USA/GOV", "JPN/GOV", False, A, N, False),
       ("committed to trilateral cooperation", "030", "USA/GOV", "KOR/GOV", False, A, N, False)],
      "Blinken; DPRK missile launches -> 150 PRK/MIL nominal (held-out 5 row 29); commitment to cooperation stated "
      "as a fact -> 030 asserted, compound target split (Japan, ROK)"),
 35: ([], "national-day message: sharing friendship and values is a sentiment; 'as we work together' is too vague "
          "(held-out 6 row 41; borderline 050 USA/GOV -> ARG/GOV)"),
 36: ([("reaffirmed their desire to expand engagement", "030", "USA/GOV", "ARE/GOV", False, A, N, False)],
      "Economic Policy Dialogue; 'both countries' = US and UAE, symmetric, coded once from the document's "
      "government; desire to expand engagement and pursue opportunities = intent to cooperate stated as a fact -> "
      "030 asserted (unlike held-out 5 row 30's abstract desire to defend values); 'the discussions' has no agent"),
 37: ([], "domestic: Foreign Service assessment process"),
 38: ([("visited", "042", "USA/GOV", "DEU", False, A, N, False),
       ("met with", "040", "USA/GOV", "DEU/GOV", False, A, N, False)],
      "Kerry; visit -> 042 to the country (held-out 3-7); the meeting with FM Maas on the trip is coded as well "
      "(held-out 6 row 35); Berlin is the place; 'to discuss' (twice) = the purpose, the same meeting"),
 39: ([("U.S.-EU cooperation", "050", "USA/GOV", "org:EU", False, A, N, True)],
      "Sherman and Landsbergis; 'emphasized' = 01x; a cooperation noun naming its participants -> nominal 050, "
      "coded once from the document's government (held-out 7 row 40 'U.S.-EU coordination'; borderline: an aim, "
      "'strengthening'); the U.S.-Lithuanian relationship and the common commitment are not acts"),
 40: ([], "description of a partnership's structure (agencies, programmes): no act"),
 # --- State Dept random: nocue
 41: ([("unjust detentions of political prisoners", "173", "NIC/GOV", "NIC/OPP", False, A, N, True),
       ("ongoing abuses against members of civil society", "175", "NIC/GOV", "NIC/CVL", False, A, N, True)],
      "'remains deeply concerned' = 01x; the Ortega-Murillo regime -> NIC/GOV, agent of both nominals; political "
      "prisoners -> NIC/OPP, repression of civil society -> 175 NIC/CVL (held-out 1 row 57); borderline: 'abuses' "
      "unspecified (180 is for non-state groups)"),
 42: ([], "John Adams presenting his credentials (1782) is named only as an anniversary (held-out 7 row 93; "
          "borderline 054 recognition)"),
 43: ([], "US priority for its own citizens: no act"),
 44: ([], "Americans in the Fulbright programme: no act between political actors"),
 45: ([], "shared commitment to democracy: abstract"),
 46: ([], "heading"),
 47: ([("will travel to", "036", "USA/GOV", "BEL", False, F, N, False),
       ("will travel to", "036", "USA/GOV", "POL", False, F, N, False),
       ("will travel to", "036", "USA/GOV", "MDA", False, F, N, False),
       ("will travel to", "036", "USA/GOV", "LVA", False, F, N, False),
       ("will travel to", "036", "USA/GOV", "LTU", False, F, N, False),
       ("will travel to", "036", "USA/GOV", "EST", False, F, N, False)],
      "Blinken; future travel -> 036 future to each destination country, compound target split"),
 48: ([], "condolences (01x)"),
 49: ([], "symbol"),
 50: ([], "livestream notice"),
 51: ([("acknowledged the Government of Bangladesh’s progress", "051", "USA/GOV", "BGD/GOV", False, A, N, False)],
      "acknowledging a government's progress = commendation -> 051 (borderline 01x, as held-out 5 row 12 'acknowledged the "
      "strong partnership'); Bangladesh's labour reforms are domestic acts with no actor pair, not coded"),
 52: ([], "Blinken's courtesy thanks to an unnamed audience ('everyone'): no actor pair (borderline 051, target null)"),
 53: ([("Call to Action for investment", "1011", "USA/GOV", "USA/BUS", False, A, N, True),
       ("have responded to", "030", "USA/BUS", "USA/GOV", False, A, N, False)],
      "the U.S. government's Call to Action for investment in Central America = request for economic cooperation "
      "-> nominal 1011, addressed to companies (a domestic request is coded, held-out 5: executive -> Congress), "
      "corporate leaders -> USA/BUS; responding to a call = signalling cooperation -> 030 (the guideline's "
      "converse of 'has not responded' = negated 030); being joined on the trip is not coded (domestic)"),
 54: ([], "attending the Artemis Accords signing ceremony together: not a consultation (borderline 040 FRA/GOV -> "
          "USA/GOV); the signing itself is in the previous sentence"),
 # --- UNGDC random: neg
 55: ([], "tools for cooperation: no act"),
 56: ([("will not stop supporting African societies", "070", "POL/GOV", N, False, F, N, False),
       ("personally assure my friends", "033", "POL/GOV", N, False, A, N, False),
       ("visits to Rwanda, Kenya and Tanzania", "042", "POL/GOV", "RWA", False, A, N, True),
       ("visits to Rwanda, Kenya and Tanzania", "042", "POL/GOV", "KEN", False, A, N, True),
       ("visits to Rwanda, Kenya and Tanzania", "042", "POL/GOV", "TZA", False, A, N, True),
       ("earlier visits to the continent", "042", "POL/GOV", N, False, A, N, True)],
      "Duda; 'will not stop' = will continue (negation bears on stopping) -> future; supporting African societies "
      "(development support, context) -> 070 (material future act keeps its code, held-out 6 row 60), Africa has no "
      "code -> null; assuring friends of continued support = intent to provide aid stated as a fact -> 033 asserted, "
      "'my friends' unnamed -> null (borderline the three governments); this year's visits -> 042 nominal to each "
      "country; earlier visits to the continent -> 042, destination with no code -> null"),
 57: ([], "'the demand' (for reparations) has no agent in the sentence; 'will not go away' bears on the demand's "
          "persistence, not an event"),
 58: ([], "general belief about war and sanctions: no actor"),
 59: ([], "'those unilateral sanctions' have no agent in the sentence (held-out 7 row 60); 'has not been spared' "
          "is not event negation"),
 # --- UNGDC random: capital
 60: ([("supports the dialogue", "051", "BIH/GOV", "XKX/GOV", False, A, N, False),
       ("supports the dialogue", "051", "BIH/GOV", "SRB/GOV", False, A, N, False),
       ("dialogue between Pristina and Belgrade", "040", "XKX/GOV", "SRB/GOV", False, A, N, True),
       ("led under the auspices of", "045", "org:EU", "XKX/GOV", False, A, N, False),
       ("led under the auspices of", "045", "org:EU", "SRB/GOV", False, A, N, False),
       ("led under the auspices of", "045", "USA/GOV", "XKX/GOV", False, A, N, False),
       ("led under the auspices of", "045", "USA/GOV", "SRB/GOV", False, A, N, False)],
      "metonyms Pristina -> XKX/GOV, Belgrade -> SRB/GOV; endorsing the dialogue -> 051 to its named parties, "
      "compound split (as 'welcome the efforts of Russia, China and Cuba'; borderline target null); the dialogue "
      "noun naming its participants -> nominal 040, coded once from the first-named (held-out 5 row 64, held-out 6 "
      "row 9); EU and US facilitation -> 045, one event per mediator and party (held-out 5 row 64)"),
 61: ([("visited", "042", "ZMB/GOV", "UKR", False, A, N, False),
       ("visited", "042", "ZMB/GOV", "RUS", False, A, N, False),
       ("held honest and constructive discussions", "040", "ZMB/GOV", "RUS/GOV", False, A, N, False),
       ("held honest and constructive discussions", "040", "ZMB/GOV", "UKR/GOV", False, A, N, False)],
      "Hichilema -> ZMB/GOV; Kyiv and St. Petersburg are destinations of the visits, coded to the bare countries "
      "(held-out 4), not metonyms; 'other select African leaders' (collective) dropped; discussions with Putin "
      "(RUS/GOV) and Zelenskyy (UKR/GOV) -> 040, compound split; 'committed to furthering peace' is abstract"),
 # --- UNGDC random: reported
 62: ([("working to establish peaceful and sound relations", "050", "MAR/GOV", "ISR/GOV", False, A, N, False)],
      "ongoing efforts to normalise relations with a named state -> 050 (held-out 2 'efforts we made to normalize "
      "relations'); 'according to the tripartite declaration' = in accordance with, not attribution; the "
      "declaration 'signed ... before His Majesty' is an agentless passive with no named party, not coded"),
 63: ([], "the IMF report's observation (01x); SIDS funding their own needs is not an act between actors"),
 # --- UNGDC random: future
 64: ([], "being engaged in 'that discussion' (Security Council reform, a multilateral debate): no counterpart, "
          "abstract policy (held-out 7 row 76)"),
 65: ([("will continue to engage with relevant stakeholders", "036", "LAO/GOV", N, False, F, N, False)],
      "Lao PDR as ASEAN Chair -> LAO/GOV (speech rule); future engagement -> 036 future (held-out 6 row 47); the "
      "stakeholders (in Myanmar) are unnamed -> null; the national dialogue and humanitarian assistance are the "
      "Five-Point Consensus's content, no agent"),
 # --- UNGDC random: demand
 66: ([], "call on 'nations' (collective) with a Y that is not codable (unite around a vision): not coded (held-out "
          "6 row 58)"),
 67: ([], "deontic, Y (act transparently) not codable"),
 68: ([("contributing $100 billion dollars a year", "071", N, N, False, D, N, False)],
      "deontic 'must': reducing emissions is not codable; upholding the commitment to contribute $100 billion a year "
      "= economic aid 071, demanded (borderline: comply with a commitment, not codable); developed and developing "
      "countries (collectives) -> null, both sides null as held-out 6 row 20"),
 69: ([], "deontic, Y (restore stability) not codable"),
 # --- UNGDC random: cue
 70: ([("Hamas attack", "180", "PSE/REB", "ISR", False, A, N, True)],
      "Macron; mourning = 01x; the 7 October attack (previous sentence: 'carried out by Hamas against Israel') -> "
      "nominal 180 (terrorist attack by a non-state group, held-out 6 row 40), Hamas -> PSE/REB (held-out 4), "
      "target ISR from the context; the French citizens among the victims are not a separate target"),
 71: ([("strongly condemns", "111", "BFA/GOV", N, False, A, N, False)],
      "'that despicable tactic' = barring Niger's leaders from UN Headquarters (previous sentence, an agentless "
      "passive) -> the perpetrator is not named -> target null"),
 72: ([("engaged in cooperation and experience sharing", "050", "VNM/GOV", N, False, A, N, False),
       ("support provided to those worst affected", "070", "VNM/GOV", N, False, A, N, True)],
      "'many countries' (unnamed) -> null; pandemic cooperation and experience sharing -> one 050 event (borderline "
      "064 for sharing); Viet Nam's support to those worst affected -> 070 (not sure whether 073), recipients "
      "unnamed -> null; 'common international efforts' no actor"),
 73: ([("has called for", "100", "MAR/GOV", N, False, A, N, False)],
      "King Mohammed VI -> MAR/GOV; call for Y with the African Atlantic countries (collective) as its implied "
      "addressees -> null; Y = integration and cooperation among them -> 100 (borderline 1011)"),
 74: ([], "climate change effects: no actor"),
 75: ([("needs support and technical expertise", "070", N, "NRU", False, D, N, True)],
      "'Nauru needs support' = it is important to support Nauru (guideline: 'it is important to help X') -> 070 "
      "demanded, providers unnamed -> null, as held-out 6 row 86 'support ... needs to be ramped up' (borderline: a "
      "need, not coded, held-out 5 row 7)"),
 76: ([("committed to our support for the United Nations", "032", "BHR/GOV", "org:UN", False, A, N, False)],
      "commitment to support stated as a fact -> 032 asserted (held-out 6 row 39); the UN -> org:UN"),
 77: ([], "'what is required' = deontic with agentless nominals (ceasefire, release of hostages, adoption of a "
          "path): event nouns without an agent are not coded"),
 78: ([("joined this Appeal", "051", N, "AZE/GOV", False, A, N, False)],
      "NGOs, faith leaders, personalities and 'many parties' (no code) -> null; joining Azerbaijan's Truce Appeal "
      "(previous sentence) = endorsing its initiative -> 051 -> AZE/GOV (held-out 7 row 79 'supporting our "
      "initiative'; unlike held-out 7 row 84, the initiative has a coded author)"),
 79: ([("reiterates its call for de-escalation", "1056", "SAU/GOV", N, False, A, N, False)],
      "'the Kingdom' -> SAU/GOV; call with no addressee (Red Sea tensions, actors unnamed) -> target null; Y = "
      "de-escalation -> 1056; the call for joint efforts to safeguard security is the same request to the same "
      "(null) party, coded once"),
 80: ([("ask the Organization", "106", "PSE/GOV", "org:UN", False, A, N, False)],
      "Abbas; the Organization and Secretary-General Guterres -> one org:UN event; Y = take measures and call for "
      "the convening of the international peace conference -> demand meeting 106 (borderline 100); 'threatening "
      "the security' = risk"),
 81: ([("welcome", "051", "COM/GOV", "TUR/GOV", False, A, N, False),
       ("welcome", "051", "COM/GOV", "org:UN", False, A, N, False),
       ("carried out under the auspices of", "045", "TUR/GOV", N, False, A, N, False),
       ("carried out under the auspices of", "045", "org:UN", N, False, A, N, False)],
      "'would like to welcome' is performative -> asserted; welcoming the Initiative -> 051 to its named agents, "
      "Erdogan -> TUR/GOV and Guterres -> org:UN (as held-out 7 row 41, welcome to the pledging governments); their "
      "brokering -> 045 mediation, the parties (Russia, Ukraine) not named in the sentence -> null; 'grain blocked "
      "in Ukrainian ports' is an agentless blockade, not coded"),
 82: ([("support the legitimately elected leaders", "051", "CZE/GOV", "MMR/OPP", False, A, N, False),
       ("call for respect of the results", "104", "CZE/GOV", "MMR/MIL", False, A, N, False)],
      "Myanmar after the coup (previous sentence); the ousted elected leaders -> MMR/OPP by the de facto rule "
      "(Guaido -> VEN/OPP, held-out 4); the call's implied addressee = the junta (previous sentence's military coup) "
      "-> MMR/MIL from the context; Y = respect the election results -> 104 (borderline 1041)"),
 83: ([("works actively, in cooperation with several countries", "050", "PAN/GOV", N, False, A, N, False),
       ("improve the care and protection of irregular migrants", "073", "PAN/GOV", N, False, A, N, True)],
      "cooperation with unnamed countries of the region -> 050, target null; care and protection of migrants -> "
      "humanitarian aid 073 (held-out 7 row 74), migrants of many nationalities -> null; Colombia and the Darien "
      "are places"),
 # --- UNGDC random: nocue
 84: ([], "domestic COVID-19 measures (closing its own borders): no actor pair"),
 85: ([], "domestic policy"),
 86: ([], "natural disasters and global crises: no actor"),
 87: ([], "the Summit of the Future concluded: agentless, no act between actors"),
 88: ([], "no actor"),
 89: ([], "geography"),
 90: ([], "domestic policy"),
 91: ([("subjected to severe abuse", "182", N, "HTI/CVL", False, A, N, False)],
      "agentless passive with a named target -> source null (held-out 5 row 61 'imprisoned'); the children among "
      "gang members -> HTI/CVL; 'severe abuse, including sexual violence' = one physical assault event 182 "
      "(borderline 1821)"),
 92: ([], "'capturing markets' has no actor"),
}
