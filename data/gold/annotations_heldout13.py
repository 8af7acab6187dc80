"""Hand annotations for the THIRTEENTH held-out event gold set (source of events-heldout13.jsonl).

Keyed by the row index of selection-heldout13.jsonl (output of select_heldout13.py).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout13.jsonl \
        --annotations annotations_heldout13 --output events-heldout13.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will meet with President Samia Suluhu Hassan", "036", "USA/GOV", "TZA/GOV", False, F, N, False),
      ("hold a roundtable with opposition leaders", "036", "USA/GOV", "TZA/OPP", False, F, N, False)],
     "Nuland's trip; future meeting with the Tanzanian president -> 036 future; a roundtable with (Tanzanian) "
     "opposition leaders = a meeting -> 036 future to TZA/OPP (same trip, 'In Tanzania')"),
 1: ([("support the U.S. Mission", "070", "LBR/CVL", "USA/GOV", False, A, N, False)],
     "Jenkins Vangehn, a Liberian locally employed staff member of Embassy Monrovia -> LBR/CVL; 'will discuss' = a "
     "public conversation (01x), not a meeting between actors; the past effort to 'support the U.S. Mission' in 2003 "
     "is a presupposed fact inside the topic -> 070 asserted (held-out 10 row 45, Afghans who helped the US); 'aid "
     "his country' = a citizen helping his own country, not coded (borderline 070 LBR/CVL -> LBR)"),
 2: ([("will continue to Jeddah", "036", "USA/GOV", "SAU", False, F, N, False),
      ("to discuss integration efforts", "036", "USA/GOV", "org:GCC", False, F, N, False),
      ("to discuss integration efforts", "036", "USA/GOV", "EGY/GOV", False, F, N, False),
      ("to discuss integration efforts", "036", "USA/GOV", "IRQ/GOV", False, F, N, False),
      ("to discuss integration efforts", "036", "USA/GOV", "JOR/GOV", False, F, N, False)],
     "Biden and Blinken (both USA/GOV, one event per pair); future travel to Jeddah -> 036 future to the destination "
     "country (held-out 11 row 2); the GCC summit 'along with Egypt, Iraq, and Jordan to discuss' -> 036 future, one "
     "event per named participant, symmetric, from the document's government; 'Following meetings in Jerusalem and "
     "Bethlehem' = meeting noun whose counterparts are given only by places (not metonyms), not coded (borderline "
     "036 future to ISR/GOV and PSE/GOV)"),
 # --- State Dept random: demand
 3: ([("We urge all countries", "1042", "USA/GOV", N, False, A, N, False)],
     "joint statement (EU HR and 20 foreign ministers) -> 'We' = USA/GOV (guideline); 'all countries' (collective) "
     "-> null; Y = stop selling or transferring arms and equipment to Myanmar = a policy change -> 1042 (borderline "
     "100); Y not coded separately"),
 4: ([], "deontic, 'we' = the world's vaccinators (US with others), Y (vaccinate as many people as possible) is not "
         "an act between actors"),
 5: ([("urges Haiti’s political and civil society leaders", "106", "USA/GOV", "HTI/GOV", False, A, N, False),
      ("urges Haiti’s political and civil society leaders", "106", "USA/GOV", "HTI/CVL", False, A, N, False)],
     "'together with the international community' (collective) dropped; addressees split: political leaders -> "
     "HTI/GOV (the leadership forming the interim government, previous sentence; borderline HTI/OPP for party "
     "leaders), civil society leaders -> HTI/CVL; Y = continue to work together to advance an inclusive dialogue -> "
     "demand meeting, negotiation 106"),
 6: ([("We call on the Government of Turkmenistan", "104", "USA/GOV", "TKM/GOV", False, A, N, False)],
     "Y = implement ODIHR recommendations to align the electoral system with the standards = political reform -> "
     "104 (borderline 1044); 'concur with the concerns' in the previous sentence is 01x"),
 7: ([("must stop", "080", "BLR/GOV", N, False, D, N, False)],
     "'These acts of transnational repression' = the Belarusian authorities' acts listed in the previous sentence "
     "(the Ryanair diversion, orchestrated migrant flows, the attempted forced repatriation) -> the event noun has no "
     "agent in the sentence and is not coded; 'must stop' = deontic without a request verb, source taken from the "
     "context (guideline) -> Y = stop the repression = yield 080 demanded (held-out 11 row 51 'must cease' -> 085; "
     "borderline 0811, or not coded); victims mixed (a journalist, an athlete, Lithuania) -> target null; 'cannot be "
     "tolerated' is an evaluation, not coded (borderline 110)"),
 8: ([("We urge the regime", "1053", "USA/GOV", "MMR/MIL", False, A, N, False)],
     "joint statement -> USA/GOV; the Myanmar military regime -> MMR/MIL (junta rule); a request verb with several "
     "demands (release detainees, grant prison access, fulfil the Five-Point Consensus) takes the most specific "
     "sub-code -> release 1053 (held-out 9); Y not coded separately"),
 # --- State Dept random: cue
 9: ([], "'The signing of this CA' = event noun with no agent in the sentence (Fernandez and the OAS are in the "
         "previous sentence), not coded (guideline; borderline 057 USA/GOV -> org:OAS)"),
 10: ([("commended the efforts", "051", "USA/GOV", "KGZ/GOV", False, A, N, False),
       ("commended the efforts", "051", "USA/GOV", "TJK/GOV", False, A, N, False),
       ("Kyrgyz and Tajik border clashes", "190", "KGZ/MIL", "TJK/MIL", False, A, N, True)],
      "Blinken's call with the Tajik FM; 'Expressing condolences' = 01x; commending the efforts to de-escalate, "
      "demarcate the border and resolve the dispute -> 051 to the process's parties, Kyrgyzstan and Tajikistan "
      "(held-out 8: support for a process goes to its named parties); the Kyrgyz and Tajik border clashes = armed "
      "clashes whose agents are named by the adjectives -> nominal 190, symmetric, coded once from the first named "
      "(new; borderline not coded, or 190 to the bare countries)"),
 11: ([("discussed", "040", "USA/GOV", "KWT/GOV", False, A, N, False)],
      "Blinken and FM Al-Sabah; symmetric, coded once from the document's government; topics not coded"),
 12: ([("discussed opportunities for collaboration", "040", "USA/GOV", "org:WHO", False, A, N, False)],
      "Blinken and WHO Director-General Tedros -> org:WHO (organisation added); reforming the WHO and pandemic "
      "preparedness are topics; Kuwait City is the venue"),
 13: ([("official visit to Santiago, Chile", "042", "USA/GOV", "CHL", False, A, N, True),
       ("announced more than $6 million in additional humanitarian assistance", "073", "USA/GOV", "VEN/CVL", False,
        A, N, False),
       ("announced more than $6 million in additional humanitarian assistance", "073", "USA/GOV", "CHL/CVL", False,
        A, N, False)],
      "Under Secretary Zeya; her official visit -> nominal 042 to the country (Santiago a destination, held-out 4-10); "
      "announced humanitarian assistance -> 073 asserted (held-out 2 row 47); recipients split: Venezuelan refugees "
      "and migrants -> VEN/CVL (held-out 5 row 34), their host communities in Chile -> CHL/CVL"),
 14: ([("discussed", "040", "USA/GOV", "SAU/GOV", False, A, N, False)],
      "Blinken and the Saudi FM; symmetric, coded once; Iran's nuclear program and 'destabilizing behavior' are "
      "topics without a specific CAMEO act; 'opportunities for greater cooperation' is a topic"),
 15: ([("affirmed our support for lasting peace in Colombia", "051", "USA/GOV", "COL", False, A, N, False)],
      "Blinken to VP/FM Ramirez; affirming support for peace in Colombia = express support -> 051 to the country "
      "(as support for Ukraine's sovereignty -> UKR, held-out 5 row 25, held-out 8; borderline: an abstract policy "
      "position); inclusive economic growth 'as our hemisphere recovers' is not an act"),
 16: ([("had warm and productive meetings", "040", "USA/GOV", "ZAF/GOV", False, A, N, False)],
      "Sherman with Minister Pandor and Deputy Minister Botes, both ZAF/GOV -> one event per actor pair; Pretoria "
      "is the venue"),
 17: ([("have continued to move closer to the border", "154", "RUS/MIL", "UKR", False, A, N, False),
       ("invasion", "192", "RUS/MIL", "UKR", False, F, N, True)],
      "troop build-up at the border -> 154 (guideline), RUS/MIL -> UKR; 'plans for an invasion at any moment' = a "
      "planned invasion by the same troops -> 192 nominal future (guideline: planned annexation -> 192 future; "
      "borderline hypothetical, hedged by 'what looks like')"),
 18: ([], "exchange alumni's public service projects (grants, trafficking, women leaders): no act between actors"),
 19: ([], "condolences and wishes for recovery (01x)"),
 20: ([], "Lincoln's Emancipation Proclamation abolishing slavery = a domestic act with no counterpart actor "
          "(borderline 0833 USA/GOV -> USA/CVL); signing a proclamation is not an agreement (057)"),
 21: ([], "Chair's Statement list item under 'we call for the following actions': the request verb is in the "
          "heading, the addressee 'UN Member States with available resources' is an unnamed collective, and Y "
          "(raise fertilizer production, support innovation, invest in production) is economic policy with no "
          "recipient (borderline 1011 USA/GOV -> null)"),
 22: ([("imposed", "163", "USA/GOV", "RUS", False, A, N, False),
       ("imposed", "163", "USA/GOV", "BLR", False, A, N, False),
       ("President Putin’s unprovoked and unjustifiable war against Ukraine", "190", "RUS/GOV", "UKR", False, A, N,
        True)],
      "G7 foreign ministers' statement -> 'We' = USA/GOV (held-out 10 row 13); 'the severe sanctions imposed on Russia "
      "and Belarus' = the G7's own sanctions (previous sentence: 'We have imposed several rounds') -> 163, source taken "
      "from the context (guideline), compound target split, countries as targets of sanctions (RUS, BLR); 'We wish "
      "to make clear' = 01x; Putin's war -> 190 nominal RUS/GOV -> UKR (held-out 7, 9)"),
 23: ([("announced by the Department of Defense", "072", "USA/GOV", "UKR", False, A, N, False),
       ("U.S. security assistance commitment to Ukraine", "072", "USA/GOV", "UKR", False, A, N, True),
       ("Russia’s brutal assault against Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "Blinken; the $300 million in assistance announced by the Department of Defense under the Ukraine Security "
      "Assistance Initiative -> military aid 072 to UKR (held-out 9 row 29); the total U.S. security assistance "
      "commitment to Ukraine = an aid noun with its agent and recipient -> nominal 072 (borderline: an aggregate "
      "that repeats the acts already coded, not coded); 'this additional drawdown' has no agent in the sentence "
      "(the previous sentences' drawdown); Russia's assault -> 190 nominal RUS/MIL -> UKR as earlier sets"),
 24: ([("very grateful", "051", "JOR/GOV", "USA/GOV", False, A, N, False),
       ("very grateful", "051", "JOR/GOV", "USA/LEG", False, A, N, False),
       ("very grateful", "051", "JOR/GOV", "USA/CVL", False, A, N, False),
       ("support of the United States", "070", "USA/GOV", "JOR/GOV", False, A, N, True),
       ("support of the United States", "070", "USA/LEG", "JOR/GOV", False, A, N, True),
       ("support of the United States", "070", "USA/CVL", "JOR/GOV", False, A, N, True)],
      "King Abdullah -> 'We' = JOR/GOV; being grateful for US support = thanks -> 051 (first set 'thank you'; "
      "borderline: a sentiment), compound split: the United States and the administrations -> USA/GOV (one pair), "
      "the Congress -> USA/LEG, the American people -> USA/CVL; their support (to Jordan, the speaker) = a support "
      "noun with explicit agents -> nominal 070 per agent (held-out 10 row 8 'Qatari government's strong support'; "
      "borderline 051, the kind of support not said)"),
 25: ([("identifies", "112", "org:OSCE", "RUS/GOV", False, A, N, False),
       ("bypass its international obligations", "128", "RUS/GOV", N, False, A, "org:OSCE", False),
       ("handing detained people over", "174", "RUS/GOV", "UKR/CVL", False, A, "org:OSCE", False)],
      "'It' = the OSCE Moscow Mechanism expert mission's report -> org:OSCE; the report identifying the Russian "
      "Federation's practices = accusation 112 (held-out 10 row 29 'report exposing'; borderline 01x); inside it "
      "(reported_by org:OSCE): bypassing its international obligations = defy norms, law 128 (first set 'disregard' "
      "-> 128); handing detained people over to its proxies = forcible transfer of persons -> 174 (held-out 4 "
      "'forcibly transferred'), the detainees -> UKR/CVL from the context (Ukraine; borderline null); the "
      "establishment and use of filtration centers has no agent in its noun phrase, not coded; the proxies in "
      "eastern Ukraine have no code, so the death penalty they impose is not coded"),
 26: ([("partnership with Colombia", "050", "USA/GOV", "COL/GOV", False, A, N, True)],
      "Blinken's Independence Day message; an ongoing partnership naming its partner (fighting crime, terrorism, "
      "meeting Venezuelan migrants' needs ...) = cooperation noun -> nominal 050 (held-out 11 row 12); 'values' is a "
      "sentiment, not coded separately"),
 27: ([], "condolences and wishes for recovery (01x)"),
 # --- State Dept random: nocue
 28: ([], "schedule: the spokesperson's press briefing (01x)"),
 29: ([], "Blinken's rhetorical question about what Russia's aggression does for ordinary Russians: no event verb "
          "('it' = the aggression, previous sentences)"),
 30: ([], "Blinken on the Department's internal reforms: no act between actors"),
 31: ([], "Blinken to embassy staff about COVID-19: no act between actors"),
 32: ([], "'Romania is an exemplary partner' = an evaluation without a behaviour verb (guideline); 'said' = the "
          "document's own official"),
 33: ([("will travel to Munich, Germany", "036", "USA/GOV", "DEU", False, F, N, False)],
      "Blinken's future trip -> 036 future to the destination country (held-out 11 row 2; borderline not coded: "
      "attending a multilateral conference, held-out 11 row 74)"),
 34: ([], "domestic appointment of a Special Envoy"),
 35: ([("played a leading role in ending the Gulf rift", "045", "KWT/GOV", N, False, A, N, False)],
      "Blinken on Kuwait's mediation of the Gulf rift -> 045, KWT/GOV; the parties are not named ('bringing countries "
      "together', no world knowledge, held-out 9 row 71) -> target null; 'bringing countries together' is the same "
      "mediation, coded once"),
 36: ([("work with our allies and partners", "030", "USA/GOV", N, False, F, N, False)],
      "future cooperation with allies and partners (collective) -> 030 future, target null (held-out 6 row 0); "
      "protecting the ocean is the aim"),
 37: ([], "reward-offer website pointer: no act"),
 38: ([("Funding will help", "071", "USA/GOV", N, False, F, N, False)],
      "Cities Forward funding (the administration's initiative, previous sentences) = an inanimate subject standing "
      "for the US government's act (held-out 6 'This funding', held-out 9) -> economic aid 071 future; the "
      "participating cities of the region are unnamed -> null (borderline: not coded, a programme description)"),
 39: ([], "establishing mechanisms (a dialogue and a forum) for the hemisphere: no named counterpart, an abstract "
          "institutional initiative (borderline 036 future USA/GOV -> null); 'announced' = the document's own officials"),
 40: ([("underscored the importance of the United States and Russia working together", "030", "USA/GOV", "RUS/GOV",
        False, A, N, False)],
      "Kerry and Putin jointly stressing the importance of their two countries working together on climate = a "
      "joint statement of intent to cooperate -> 030 asserted, symmetric, coded once from the document's government "
      "(new; borderline 01x, as 'importance of providing' in held-out 9 row 31)"),
 41: ([("worked with every Israeli prime minister", "050", "USA/GOV", "ISR/GOV", False, A, N, False)],
      "Blinken on President Biden ('he'); 'as he's often said' = the document's own government (the President), "
      "reported_by null; working with every Israeli prime minister since Golda Meir = diplomatic cooperation -> 050, "
      "habitual past, asserted (Biden as senator, VP and President coded USA/GOV; borderline USA/LEG for the senate "
      "years)"),
 # --- UNGDC random: neg
 42: ([], "France: the Charter's principles 'have not lost any of their meaning': no act"),
 43: ([], "UAE: the nuclear agreement 'did not achieve its desired outcome' is not an event; 'we hope ... achieving a "
          "more comprehensive agreement' is optative with no named counterpart"),
 44: ([], "North Macedonia: 'we will not eradicate poverty only with short-term financial assistance' = a general "
          "policy view, no actor pair"),
 45: ([], "Zimbabwe: the financial architecture 'no longer meets the needs' is evaluative"),
 46: ([("will no longer accept unjust accusations", "120", "PAN/GOV", N, False, A, N, False)],
      "Panama; the president repeats his own inaugural message (own statement -> reported_by null); 'we will no longer "
      "accept' = performative non-acceptance -> REJECT 120, not negated (guideline, first set row 137, held-out 8); "
      "the accusers (the lists of previous sentences) are not named -> null; 'accusations' have no agent; joining "
      "the Security Council as a non-permanent member is membership, not coded"),
 # --- UNGDC random: reported
 47: ([], "Vanuatu: States revising their NDCs and Vanuatu doing so 'according to its agreement in the Glasgow "
          "Climate Pact' = domestic climate policy under a multilateral pact; no act between actors"),
 48: ([], "Dominican Republic: a poll finding ('according to Latinobarómetro'), no event"),
 # --- UNGDC random: future
 49: ([("will host", "036", "TLS/GOV", "org:UN", False, F, N, False)],
      "Timor-Leste will host the regional conference of the UN Special Committee on Decolonization (C24) -> future "
      "hosting = intent to meet 036 future (guideline), the committee -> org:UN"),
 50: ([("will continue to strongly support a larger presence", "074", "MNE/GOV", "org:UN", False, F, N, False)],
      "Montenegro; continuing to support a larger presence of its own forces in UN peace missions = contributing "
      "peacekeepers, a material future act -> 074 future (guideline; held-out 10 row 7), target the UN under whose "
      "auspices they serve (borderline 0334 future, or an abstract policy position)"),
 # --- UNGDC random: demand
 51: ([], "Switzerland: 'we' = all of us, shouldering responsibility for the 2030 Agenda: no act"),
 52: ([], "Chile: 'the great Powers' (unnamed collective) 'should lead the fight against this pandemic' = deontic, "
          "Y not codable; their confrontation is described, not a specific act between coded actors"),
 53: ([], "Egypt: 'the Nile River must not be monopolized by one state' = deontic agentless passive; the state "
          "(Ethiopia) is not named in the sentence, and monopolizing a river is not a CAMEO act"),
 54: ([("We call on all Member States", "100", "PHL/GOV", N, False, A, N, False)],
      "Philippines; explicit request verb, addressee 'all Member States' (collective) -> null; Y = implement the NPT, "
      "the CWC and the BWC (treaty compliance) -> generic 100 (borderline: not coded, Y not a specific act)"),
 # --- UNGDC random: cue
 55: ([], "Marshall Islands: difficult times for international cooperation, no act"),
 56: ([("reiterate my urgent call for the reform of the United Nations Security Council", "1044", "COD/GOV", N,
        False, A, N, False)],
      "DR Congo; a reiterated call for Security Council reform = demand change in institutions 1044, addressee not "
      "named -> null (held-out 9: calls for seats for Africa on the Council -> 1044 target null)"),
 57: ([("renews its call for Taiwan’s inclusion", "102", "KNA/GOV", N, False, A, N, False)],
      "St Kitts and Nevis; a renewed call = one request; Y = include Taiwan in the international community = policy "
      "support 102 (borderline 1044), addressee not named -> null"),
 58: ([("calls for the immediate lifting of the embargo", "1054", "GNQ/GOV", N, False, A, N, False)],
      "Equatorial Guinea; Y = lift the embargo against Cuba and remove Cuba from the terrorism list -> most specific "
      "sub-code 1054 (held-out 10 row 73), the imposer is not named -> target null; 'the embargo against Cuba' is an "
      "event noun without an agent, not coded"),
 59: ([("reject", "120", "SAU/GOV", N, False, A, N, False),
       ("condemn", "111", "SAU/GOV", N, False, A, N, False)],
      "Saudi Arabia; 'reject and condemn all unilateral steps taken in flagrant violation of international law' (on "
      "Palestine): the steps' agent is not named in the sentence or the preceding paragraph -> target null; two "
      "verbs with distinct codes -> 120 and 111 (new: 'reject and condemn' split; borderline one 111)"),
 60: ([("We continue to call for a new multidimensional vulnerability index", "100", "GRD/GOV", N, False, A, N,
        False)],
      "Grenada; a call with no addressee for a new vulnerability index (to open concessionary financing) -> generic "
      "100, target null (borderline 1031, or not coded as an abstract policy proposal); 'we encourage the submission "
      "of additional proposals' = an appeal with no addressee and a Y (submit proposals) that is 01x, not coded"),
 61: ([("We commend", "051", "BWA/GOV", "org:AU", False, A, N, False),
       ("We commend", "051", "BWA/GOV", "org:UN", False, A, N, False)],
      "Botswana; commendation -> 051, compound target split; 'sub-regional bodies' (unnamed) dropped"),
 62: ([], "Russia: the UN 'has been ably fulfilling its mission of ... providing assistance in mitigating local "
          "crises' = an evaluative summary of the UN's record (borderline 051 RUS/GOV -> org:UN, or 070 org:UN -> "
          "null)"),
 63: ([("call for support for our agenda", "102", "ETH/GOV", N, False, A, N, False)],
      "Ethiopia; call with no addressee -> null; Y = support for its agenda for peace, reconciliation and "
      "reconstruction = policy support 102 (borderline 103 for reconstruction aid)"),
 64: ([], "Costa Rica: climate crisis and inequality as threats (risk), no actor"),
 65: ([], "Liechtenstein: climate change in 'our discussions', no act"),
 66: ([], "Korea: inclusiveness in international cooperation, abstract"),
 67: ([], "Zimbabwe: the pandemic marring the jubilee, no act"),
 68: ([("to ask for your support", "102", "DEU/GOV", N, False, A, N, False),
       ("Russia’s imperial war in Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "Germany (Baerbock); her own past calls (own statement, reported_by null) to 'so many colleagues' (unnamed "
      "delegations) -> null; asking for support in standing up against Russia's war = demand diplomatic support 102; "
      "the phone calls are the medium of the same request, not coded separately (borderline 041); Russia's war -> "
      "190 nominal RUS/MIL -> UKR as earlier sets"),
 # --- UNGDC random: nocue
 69: ([], "Ghana: plans overturned by the virus, no act"),
 70: ([], "Morocco's belief about development efforts: no act between actors"),
 71: ([], "Angola: description of the Luanda Biennale forum, no act"),
 72: ([], "Georgia: shared humanity and collective responsibility, no act"),
 73: ([], "St Kitts and Nevis: domestic drought"),
 74: ([], "EU: sentence fragment about surveillance and manipulation, no actor"),
 75: ([], "St Vincent: the old ways predominating in tackling the pandemic, no act"),
 76: ([("we have seen no justification for the designation", "110", "TTO/GOV", N, False, A, N, False)],
      "Trinidad and Tobago; seeing no justification for Cuba's designation as a state sponsor of terrorism = "
      "disapproval 110 (held-out 6 'it is regrettable'); the designator is not named -> target null; 'the "
      "designation of Cuba' is an event noun without an agent, not coded (borderline: an evaluation, not coded)"),
 77: ([], "Portugal: chronic hunger on the rise, no actor"),
}
