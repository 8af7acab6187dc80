"""Hand annotations for the TWENTY-FIRST held-out event gold set (source of events-heldout21.jsonl).

Keyed by the row index of selection-heldout21.jsonl (output of select_heldout21.py).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout21.jsonl \
        --annotations annotations_heldout21 --output events-heldout21.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will also meet", "036", "USA/GOV", "USA/CVL", False, F, N, False),
      ("will also meet", "036", "USA/GOV", "BRA/CVL", False, F, N, False)],
     "Assistant Secretary Satterfield's Brazil trip; future meeting -> 036 future, one event per named party (held-out "
     "18 row 0): the U.S. and Brazilian participants of the youth exchange -> USA/CVL and BRA/CVL (cross-sector "
     "domestic acts are coded, held-out 19 row 10; borderline USA/CVL dropped as domestic); the exchange that "
     "'empowers young women' describes the programme, not coded"),
 1: ([("will also meet with Prime Minister Garibashvili", "036", "USA/GOV", "GEO/GOV", False, F, N, False),
      ("will also meet with Prime Minister Garibashvili", "036", "USA/GOV", "GEO/OPP", False, F, N, False),
      ("will also meet with Prime Minister Garibashvili", "036", "USA/GOV", "GEO/CVL", False, F, N, False),
      ("the Kremlin’s unprovoked war against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True),
      ("steadfast U.S. support for Georgia’s sovereignty", "051", "USA/GOV", "GEO", False, A, N, True)],
     "Donfried in Tbilisi; future meeting with the PM and government officials, opposition representatives and "
     "civil society representatives -> 036 future per party (held-out 18 row 0: GEO/GOV, GEO/OPP, GEO/CVL); 'to "
     "discuss' is the purpose of the same meeting; the Kremlin's war -> nominal 190, metonym -> RUS/GOV (held-out 18 "
     "row 38); the standing U.S. support for Georgia's sovereignty and territorial integrity = a nominal with its "
     "agent, coded even as a discussion topic (held-out 11 row 23 'U.S. support for securing' 051 nominal), target "
     "the country (held-out 18 row 13; borderline not coded as the topic of the meeting, held-out 15 row 1)"),
 2: ([("will meet with Vietnamese officials", "036", "USA/GOV", "VNM/GOV", False, F, N, False),
      ("U.S. support for a strong, prosperous, and independent Vietnam", "051", "USA/GOV", "VNM", False, A, N, True)],
     "Sherman in Hanoi; future meeting with the DPM, FM and Vice FM -> 036 future to VNM/GOV; 'to emphasize the "
     "strength of the U.S.-Vietnam Comprehensive Partnership' = an evaluation of a partnership (held-out 19 row 31), "
     "not coded; U.S. support for a strong, independent Vietnam -> nominal 051 to the country as row 1 (borderline "
     "not coded as the purpose of the meeting)"),
 # --- State Dept random: demand
 3: ([("The United States calls on the PRC", "1043", "USA/GOV", "CHN/GOV", False, A, N, False),
      ("requested by the Committee of Experts", "1043", "org:ILO", "CHN/GOV", False, A, N, False)],
     "ILO Committee of Experts report; Y = the steps the Committee requested (previous sentence: eliminate racial and "
     "religious discrimination in employment, amend the 're-education' detention policies) -> demand rights 1043 "
     "(borderline 1042 policy change); the Committee's own request = a realised request with its author named in "
     "a passive -> 1043 from the ILO's committee -> org:ILO (new code; held-out 15 and 19 row 7: the call itself a "
     "request of its author)"),
 4: ([], "Kabul school attacks: 'The perpetrators must be brought to justice' = agentless deontic passive, the "
         "perpetrators unnamed, not a specific CAMEO act (held-out 18 row 6)"),
 5: ([("He welcomed the Council’s efforts", "051", "USA/GOV", "YEM/GOV", False, A, N, False),
      ("called on the international community", "103", "USA/GOV", N, False, A, N, False)],
     "'He' = Ambassador Fagin (previous sentence) -> USA/GOV; the Presidential Leadership Council (the Yemeni "
     "executive) -> YEM/GOV; welcoming its efforts (transparency, basic services, economy) -> 051; the call on the "
     "international community (collective -> null) to bolster the Council's work -> demand aid 103 (held-out 18 "
     "row 53 'lend a strong hand to support' -> 103; borderline 100)"),
 6: ([], "Dohuk attack: 'The killing of civilians is unacceptable' = an agentless noun with an evaluation; 'all "
         "states must respect their obligations' = compliance with obligations, not a codable behaviour "
         "(guideline)"),
 7: ([], "Media Freedom Coalition on Hong Kong: 'should be in everybody's interest' = an evaluation, no act"),
 8: ([("the talks with the Europeans, the Iranians, Russia, and China", "046", "USA/GOV", "IRN/GOV", False, A, N,
       True),
      ("the talks with the Europeans, the Iranians, Russia, and China", "046", "USA/GOV", "RUS/GOV", False, A, N,
       True),
      ("the talks with the Europeans, the Iranians, Russia, and China", "046", "USA/GOV", "CHN/GOV", False, A, N,
       True)],
     "Blinken to FM Lapid before their meeting; 'where we are on the talks with ... on the JCPOA' = ongoing "
     "negotiations with their parties named -> nominal 046 from the speaker's government to each coded party, the "
     "Europeans an uncoded collective, dropped (held-out 2 compound rule); 'Iran must never obtain a nuclear weapon' "
     "= a deontic whose Y (acquiring a weapon) has no counterpart, not coded; 'we're united and committed to the "
     "proposition' = a shared position; 'bringing you up to date' = briefing, 01x (borderline 036 future USA/GOV -> "
     "ISR/GOV)"),
 # --- State Dept random: cue
 9: ([("The Secretary and Prime Minister discussed", "040", "USA/GOV", "LKA/GOV", False, A, N, False)],
     "call with PM Wickremesinghe -> 040, symmetric, from the document's government; Sri Lanka's economic and "
     "political challenges are the topic"),
 10: ([], "Blinken and Stoltenberg 'stressed that adapting and modernizing NATO ... is essential' = a statement "
          "(01x) about NATO's own adaptation, no act between actors"),
 11: ([], "TechSprint: developing anti-corruption mechanisms 'is a key Department of State commitment' = an abstract "
          "policy commitment, no counterpart"),
 12: ([("U.S. security, humanitarian, and economic assistance provided to Ukraine", "070", "USA/GOV", "UKR", False, A,
        N, True),
       ("the increasing sanctions", "163", "USA/GOV", "RUS", False, A, N, True)],
      "Blinken with PM Shmyhal; 'He reviewed' = going over the assistance in the same meeting (a statement), not "
      "coded as a second 040; the extensive U.S. assistance of three kinds = one aid noun with its agent -> 070 "
      "coded once (new: one aid noun of mixed kinds coded once with the generic code, as one sanctions action of "
      "several parts, held-out 14/15; borderline three events 072, 073, 071), target the country; the increasing "
      "sanctions to impose costs on Russia = the US's (coordinated with 'U.S. ... assistance', the document's "
      "government) -> nominal 163 -> RUS (sanctions on countries -> bare country, held-out 13 row 22); 'its ability "
      "to wage war' = a capability, not coded"),
 13: ([], "'The PRC government claims to welcome foreign media and support their work' = a claimed attitude toward "
          "an uncoded collective (foreign media), which the speaker disputes; sentiments are not coded (held-out 7) "
          "(borderline 051 CHN/GOV -> null, reported_by CHN/GOV); 'its actions' = a vague noun, the harassment being "
          "in other sentences"),
 14: ([("expressed their support for the ceasefire", "051", "USA/GOV", "ISR/GOV", False, A, N, False),
       ("expressed their support for the ceasefire", "051", "USA/GOV", "PSE/REB", False, A, N, False),
       ("expressed their support for the ceasefire", "051", "ARE/GOV", "ISR/GOV", False, A, N, False),
       ("expressed their support for the ceasefire", "051", "ARE/GOV", "PSE/REB", False, A, N, False),
       ("the ceasefire between Israel, Hamas", "0871", "ISR/GOV", "PSE/REB", False, A, N, True)],
      "Blinken and UAE FM bin Zayed -> compound source split; support for the ceasefire = support aimed at a process "
      "-> 051 to its named parties (held-out 8), Hamas -> PSE/REB (held-out 4), 'other parties in Gaza' uncoded, "
      "dropped; the ceasefire (in force since 21 May 2021) = a realised truce noun naming its parties -> nominal "
      "0871, symmetric, from the first-named (new: realised ceasefire noun coded like held-out 7's normalization "
      "noun; held-out 4 row 14 ISR/GOV -> PSE/REB; borderline not coded)"),
 15: ([("The Strategic Dialogue in Washington", "040", "USA/GOV", "AUT/GOV", False, A, N, True),
       ("our joint commitment to enhance cooperation", "030", "USA/GOV", "AUT/GOV", False, A, N, True)],
      "U.S.-Austria joint statement; the Strategic Dialogue (title: 'the Strategic Dialogue between the United States "
      "and Austria', both named in the sentence) = a realised meeting noun -> nominal 040 (held-out 4, 18 row 17); "
      "the reaffirmed joint commitment to enhance cooperation = intent stated as a fact -> 030 asserted (held-out "
      "19 row 18), one event for the pair, from the document's government; the civil society dialogue and "
      "exchanges are examples of the same cooperation, not coded separately; 'reaffirming the ... relationship' = "
      "an evaluation"),
 16: ([("Secretary Blinken and Minister Jaishankar also discussed", "040", "USA/GOV", "IND/GOV", False, A, N, False)],
      "-> 040; 'the coup in Burma' and 'continuing support for Afghanistan' are topic nouns without an agent in the "
      "sentence, not coded"),
 17: ([("to sign the Accords", "057", "SAU/GOV", N, False, A, N, False)],
      "Saudi Arabia signs the Artemis Accords -> 057, multilateral accords -> target null (held-out 2 row 46, "
      "Singapore's Artemis signing coded SGP/GOV -> null); 'joining Australia, ... the United States' lists the "
      "earlier signatories (their own signings), not split into twenty targets (borderline one 057 per named "
      "signatory)"),
 18: ([("continuing to support", "051", "USA/GOV", "UKR", False, D, N, False),
       ("continuing to support", "051", "FRA/GOV", "UKR", False, D, N, False)],
      "Sherman and French MFA SG Delattre; 'agreed on the importance of continuing to support Ukraine's sovereignty "
      "and territorial integrity' = a deontic without a request verb whose agents are the two discussants -> 051 "
      "demanded per source (guideline 'it is important to help X'; held-out 18 row 23), support for sovereignty "
      "-> the bare country (held-out 18 row 13); 'agreed on the importance' = a shared view, not an agreement 057"),
 19: ([("discussed", "040", "USA/GOV", "MDA/GOV", False, A, N, False),
       ("Moldova’s humanitarian response", "073", "MDA/GOV", "UKR/CVL", False, A, N, True),
       ("Russia’s brutal war against Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "Blinken with FM Popescu -> 040; Moldova's humanitarian response to the war = humanitarian aid with its agent "
      "-> nominal 073, beneficiaries the people fleeing the war in Ukraine (document: U.S. aid 'to support the "
      "humanitarian response in Moldova') -> UKR/CVL (borderline target null, the recipients not named); Russia's "
      "war -> nominal 190 RUS/MIL -> UKR (held-out 15 row 1, 16)"),
 20: ([("they discussed", "040", "USA/GOV", "AUS/GOV", False, A, N, False),
       ("they discussed", "040", "USA/GOV", "GBR/GOV", False, A, N, False)],
      "'they' = Blinken, FM Payne and Foreign Secretary Truss (previous sentence) -> trilateral meeting coded from the "
      "document's government to each other party; AUKUS and its initiatives are topics (held-out 18 row 27); "
      "'progress made in implementing' is agentless"),
 21: ([("we have reached out to offer an official visit", "036", "USA/GOV", "org:UN", False, A, N, False)],
      "U.S. invitation to two UN Special Rapporteurs to visit the United States = an invitation -> 036 (held-out 7), "
      "realised ('have reached out') -> asserted, one event for the pair (both rapporteurs -> org:UN); 'As a first "
      "step' refers to the intended standing invitation of the previous sentence"),
 22: ([("Blinken met today with", "040", "USA/GOV", "DEU/GOV", False, A, N, False)],
      "the splitter cut after 'Antony J.'; meeting with Chancellor Merkel -> 040 (guideline meet -> 040), Berlin is "
      "the venue"),
 23: ([("The Deputy Secretary thanked Zambia", "051", "USA/GOV", "ZMB/GOV", False, A, N, False),
       ("its unwavering support against the war on Ukraine", "051", "ZMB/GOV", "UKR", False, A, N, True),
       ("expressed support for Zambia’s political and economic renewal", "051", "USA/GOV", "ZMB/GOV", False, A, N,
        False)],
      "Sherman with the Zambian delegation; thanks -> 051; Zambia's support against the war on Ukraine (including "
      "at the UN) = realised political support with its agent -> nominal 051 -> UKR (held-out 18 row 18 'supporting "
      "the Nicaraguan people' 051; borderline UKR/GOV); expressed support for Zambia's renewal -> a second 051 of the "
      "same pair on another object (held-out 19 row 19); 'the war on Ukraine' has no agent in the sentence; the "
      "'ongoing multilateral efforts to restructure Zambia's external debt' have no coded agent (borderline 071 "
      "null -> ZMB/GOV)"),
 24: ([], "Burma: 'committed to promoting accountability for the Burmese military, the SAC, and all those who have "
          "provided support for the military coup' = accountability is not a CAMEO act (held-out 18 row 38); 'who "
          "have provided support' defines an unnamed class and is not coded (held-out 5, 19 row 45; borderline 070 "
          "null -> MMR/MIL); 'the military coup' has no agent in the sentence (held-out 16 row 25)"),
 25: ([("conveyed President Biden’s appreciation", "051", "USA/GOV", "EGY/GOV", False, A, N, False),
       ("critical mediation efforts", "045", "EGY/GOV", "ISR/GOV", False, A, N, True),
       ("critical mediation efforts", "045", "EGY/GOV", "PSE/REB", False, A, N, True),
       ("ceasefire", "0871", "ISR/GOV", "PSE/REB", False, A, N, True),
       ("help in evacuating American citizens", "070", "EGY/GOV", "USA/CVL", False, A, N, True)],
      "Blinken with President Sisi (the sentence holds narrow no-break spaces); conveying the President's "
      "appreciation = the document's own government (held-out 7), -> 051; Egypt's mediation efforts -> nominal 045 "
      "per party (held-out 8: mediation 045 per mediator and party), Hamas -> PSE/REB, 'other groups in Gaza' "
      "uncoded; the realised ceasefire between Israel and Hamas -> nominal 0871 as row 14; Egypt's help in "
      "evacuating American citizens -> nominal aid 070 -> USA/CVL (borderline 073)"),
 26: ([("reiterated U.S. support for North Macedonia’s expeditious EU accession", "051", "USA/GOV", "MKD/GOV", False,
        A, N, False),
       ("reiterated U.S. support for North Macedonia’s expeditious EU accession", "051", "USA/GOV", "org:EU", False,
        A, N, False)],
      "Blinken with FM Osmani; support for EU accession (and regional economic integration) = support aimed at a "
      "process -> 051 to its named parties (held-out 14 row 23), the aspiration being the government's policy -> "
      "MKD/GOV (held-out 17 row 26); 'emphasized the importance of leadership in advancing ... reforms in the "
      "Western Balkans' = abstract, no named actor"),
 27: ([("We are resolved to continue to provide security, economic, and humanitarian support", "033", "USA/GOV",
        "UKR/GOV", False, A, N, False),
       ("We are resolved to continue to provide security, economic, and humanitarian support", "033", "USA/GOV",
        "UKR/CVL", False, A, N, False),
       ("President Putin’s brutal and unprovoked war", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "call with FM Kuleba; 'We are resolved to continue to provide' = an explicit intent stated as a fact -> 03x "
      "asserted (guideline 'we pledged to continue'); three kinds of support in one commitment -> the generic intent "
      "to provide material aid 033 coded once per target (held-out 16/17: one commitment with several purposes coded "
      "once; borderline 0332/0331/0333), 'the government and people of Ukraine' -> UKR/GOV and UKR/CVL; Putin's war "
      "-> nominal 190 RUS/GOV -> UKR (held-out 13 row 22, 18 row 38); Ukraine defending itself is not coded"),
 # --- State Dept random: nocue
 28: ([("we’ll compare notes", "036", "USA/GOV", "UKR/GOV", False, F, N, False)],
      "Blinken with FM Kuleba before their meeting; 'we'll compare notes on ... regional challenges' = consulting in "
      "the meeting about to be held -> 036 future (held-out 18 row 14), symmetric, from the document's government"),
 29: ([], "Blinken interview: a rhetorical question about challenges, no act"),
 30: ([], "Blinken with FM Hayashi: 'I'm really grateful for this opportunity' = courtesy gratitude for the occasion "
          "with no addressee in the sentence (held-out 8 row 52; borderline 051 USA/GOV -> JPN/GOV)"),
 31: ([("is restarting the U.S. Refugee Admissions Program", "075", "USA/GOV", "IRQ/CVL", False, A, N, False)],
      "restarting the Direct Access refugee programme for U.S.-affiliated Iraqis = admitting refugees -> 075 "
      "(held-out 6), the day's action (present progressive) -> asserted; U.S.-affiliated Iraqis -> IRQ/CVL"),
 32: ([("The leaders committed to working together", "030", "USA/GOV", "IDN/GOV", False, A, N, False)],
      "Blinken and FM Retno; commitment to work together (pandemic, climate, trade, freedom of navigation, cyber) = "
      "intent stated as a fact -> 030 asserted, one commitment with several purposes coded once (held-out 16/17)"),
 33: ([("Blinken spoke today with", "040", "USA/GOV", "PAK/GOV", False, A, N, False)],
      "the splitter cut after 'Antony J.'; call with FM Bilawal -> 040 (held-out 15 calls -> 040)"),
 34: ([], "Our Ocean commitments: pointer to a map viewer"),
 35: ([], "the United States submitted its outstanding reports to the CERD Committee = compliance with treaty "
          "obligations (guideline: not a codable behaviour), a report is a statement (01x) (borderline 030 USA/GOV "
          "-> org:UN)"),
 36: ([], "fragment: the name of the National Defense Authorization Act"),
 37: ([], "hope that the Sana'a-Amman flight will enable Yemenis to travel: optative, no act between actors"),
 38: ([("to suppress journalism", "175", "HKG/GOV", "HKG/MED", False, A, N, False)],
      "Media Freedom Coalition statement; 'The use of the National Security Law to suppress journalism' = the "
      "crackdown on Apple Daily whose agent the previous sentence names ('the arrest of its staff by the Hong Kong "
      "authorities') -> repression 175 with the source from the context (guideline), Hong Kong authorities -> "
      "HKG/GOV (held-out 11 HKG/LEG; borderline CHN/GOV), journalism -> HKG/MED (borderline: the 'use' noun has no "
      "agent in the sentence, not coded); 'a serious and negative step' = evaluation; 'undermines autonomy' = "
      "figurative"),
 39: ([("immediately opening roads to Taiz city", "0872", N, "YEM/CVL", False, D, N, False)],
      "Blinken's call with UN Envoy Grundberg; 'the need for the parties to the conflict to ...' = a deontic without "
      "a request verb -> Y coded with modality demanded; the parties are not named in the document -> source null "
      "(held-out 3 row 48: unnamed Yemen parties -> null); opening roads to Taiz -> 0872 (held-out 12 row 7), residents "
      "-> YEM/CVL; 'bring further relief to Yemenis' is the general aim of which the roads are the instance; "
      "beginning a peace process (046) would be null-null, not coded"),
 40: ([("will bring together", "036", "USA/GOV", "AFG/CVL", False, F, N, False),
       ("will bring together", "036", "USA/GOV", "AFG/MED", False, F, N, False),
       ("will bring together", "036", "USA/GOV", "AFG/EDU", False, F, N, False),
       ("will bring together", "036", "USA/GOV", "AFG/REL", False, F, N, False)],
      "the U.S.-Afghan Consultative Mechanism (a State Dept mechanism -> USA/GOV) 'will bring together' Afghan "
      "stakeholders = convening a future meeting -> 036 future (held-out 18 row 1 'will host' -> 036), one event per "
      "named sector (held-out 18 row 0): women's coalitions, civil society leaders, legal experts -> AFG/CVL, "
      "journalists -> AFG/MED, academics -> AFG/EDU, religious actors and scholars -> AFG/REL (borderline one AFG/CVL "
      "event); 'to deepen the U.S. government's engagement' is the purpose"),
 41: ([("working to end the cycle of violence", "087", "PSE", "ISR", False, D, N, False)],
      "Blinken's call with President Abbas; 'the importance of Palestinians and Israelis working to end the cycle of "
      "violence by refraining from actions and rhetoric that escalate tensions' = a deontic without a request verb "
      "-> Y coded, demanded; Y = de-escalation -> 087; a mutual act coded once from the first-named to the other "
      "(symmetric rule; borderline both directions), the two peoples -> bare PSE and ISR (borderline PSE/CVL, "
      "ISR/CVL)"),
 # --- UNGDC random: neg
 42: ([], "Philippines: 'The imposition of one's will over another ... has never worked' = generic, no actor"),
 43: ([], "Angola: Security Council reform negotiations 'have not produced the results' = agentless, no actor pair"),
 44: ([], "Kuwait: 'Tension and instability will continue ... if the Palestinian people do not obtain their rights and "
          "if Israel, the occupying Power, continues its practices and violations of international humanitarian "
          "law' = a conditional forecast; 'practices and violations of IHL' are evaluative (held-out 6 row 62, 9), "
          "'the occupying Power' an appositive description, the rights agentless (borderline 200 ISR/GOV -> PSE/CVL "
          "hypothetical)"),
 45: ([], "Lesotho: 'our commitment to strengthen partnerships ... has never been so critical' = abstract, no "
          "counterpart; 'never' bears on the importance, not an event"),
 46: ([("Support from the PAHO", "070", "org:PAHO", "HND/GOV", False, A, N, True),
       ("we did not agree with their recommendations", "051", "HND/GOV", "org:PAHO", True, A, N, False)],
      "Honduras (2020); the Pan American Health Organization -> org:PAHO (new code; borderline org:WHO, whose "
      "regional office it is); its support in acquiring medical supplies -> nominal aid 070 to the speaker's "
      "government (held-out 19 row 66; borderline 073); 'we did not agree with their recommendations' = plain "
      "negation of agreeing with (endorsing) a recommendation -> negated 051 (guideline: plain negation keeps the "
      "event's code; borderline an asserted 110 as held-out 6's 'express my profound disagreement'); 'we were told "
      "that ...' = a statement, 01x"),
 # --- UNGDC random: future
 47: ([], "Lao PDR: 'If we can do so, we then will be able to meet the slogan' = no act"),
 48: ([("I call for the adoption", "1043", "PRT/GOV", "org:UNGA", False, A, N, False)],
      "Portugal; a call for the adoption of the biennial resolution on a moratorium on the death penalty = a request "
      "whose addressee is the Assembly that votes on it (named: 'this session of the General Assembly') -> "
      "org:UNGA (borderline null, held-out 16 row 59), Y a human-rights measure -> 1043 (borderline 100); 'which "
      "will be introduced' = agentless, not coded"),
 # --- UNGDC random: demand
 49: ([("We call on our partners", "101", "WSM/GOV", N, False, A, N, False)],
      "Samoa; 'our partners' unnamed -> null; Y = continue working with us to combat IUU fishing -> demand material "
      "cooperation 101 (held-out 18 row 50, the same Y); the fishing 'which deprives us' is agentless"),
 50: ([], "Indonesia: 'the UN should continue to improve itself through reforms' = a deontic whose Y is the UN's "
          "internal reform, not an act toward another actor"),
 51: ([], "Guinea welcomes the launching of the decade of action to deliver the SDGs = support for a UN programme "
          "whose launcher is not named in the document context, an abstract policy position (held-out 7, 18 row 59; "
          "borderline 051 GIN/GOV -> org:UN); 'which demands that we scale up' has an inanimate subject, not a "
          "request by an actor"),
 52: ([("should be particularly noted and welcomed", "051", "LUX/GOV", "org:UNGA", False, A, N, False)],
      "Luxembourg; 'The adoption of the Omnibus resolution ... should be particularly noted and welcomed' = the "
      "speaker's own welcome (held-out 12/13: 'it should be deplored that' is the speaker's 110) -> 051 asserted, "
      "target the Assembly that adopted it (previous sentence: 'Our Assembly has also prepared for the future by "
      "adopting ...') -> org:UNGA; the adoption itself is not an act toward another actor"),
 # --- UNGDC random: cue
 53: ([], "Uganda: the refugees' circumstances 'need to be addressed as part of international solidarity' = an "
          "agentless deontic, no named actor"),
 54: ([], "Tonga: the anniversary of the Paris Agreement's adoption: no act"),
 55: ([("I commend the Secretary-General", "051", "RWA/GOV", "org:UN", False, A, N, False),
       ("convening the Transforming Education Summit", "043", "org:UN", N, False, A, N, False)],
      "Rwanda (Kagame, 2022); commending the Secretary-General -> 051 to org:UN (earlier sets); his convening of the "
      "summit -> 043 (guideline host/convene), participants unnamed -> null"),
 56: ([("We fully support the international community’s all efforts", "051", "UZB/GOV", N, False, A, N, False)],
      "Uzbekistan; support for the efforts of the international community (collective -> null) against the pandemic "
      "-> 051 target null (held-out 18 row 62 'we welcome the efforts' of the world community); the development and "
      "use of drugs and vaccines is agentless"),
 57: ([("We have repeatedly called for", "100", "TUN/GOV", N, False, A, N, False)],
      "Tunisia (2024); a call for a comprehensive approach to migration based on shared responsibility, with no "
      "named addressee (countries of origin, transit and destination = collectives) -> request, target null "
      "(held-out 19 row 59); Y is a general policy approach -> 100 (borderline 102 or 101); 'repeatedly' = "
      "habitual -> asserted"),
 58: ([("we condemn the terrorist attacks", "111", "MRT/GOV", N, False, A, N, False)],
      "Mauritania; condemning the terrorist attacks on Saudi Arabia -> 111; the perpetrators are not named in the "
      "sentence or the document (the Houthis are never mentioned) -> target null (held-out 12 row 22); the attacks "
      "noun has no agent, not coded; 'which target its national security' is figurative"),
 59: ([], "Canada: 'That was the challenge they had to meet' (the 1930s-40s generation): no act"),
 60: ([("We continue to call for the removal", "1054", "TZA/GOV", N, False, A, N, False),
       ("imposed on Zimbabwe", "163", N, "ZWE", False, A, N, False)],
      "Tanzania; a call for the removal of sanctions on Zimbabwe -> demand easing of economic sanctions 1054, the "
      "imposers not named -> target null (held-out 10 row 73, 14 row 62); 'sanctions imposed on Zimbabwe' = an "
      "agentless passive with a named target -> 163 with null source, target the country (held-out 10 row 73)"),
 61: ([("We welcome the assistance", "051", "COM/GOV", N, False, A, N, False),
       ("the assistance of all my country’s development partners", "070", N, "COM/GOV", False, A, N, True)],
      "Comoros; welcoming the assistance of unnamed development partners -> 051 target null (held-out 15, 19 row 66); "
      "their assistance -> nominal 070 with null source to the speaker's government (held-out 19 row 66)"),
 62: ([], "Bahrain: 'stresses the importance of strengthening international cooperation' on the environment = no "
          "named party (null-null), not coded"),
 63: ([("we strongly reject", "120", "GNQ/GOV", N, False, A, N, False)],
      "Equatorial Guinea; rejecting the unilateral imposition of coercive measures -> 120, the imposers are not named "
      "-> target null (held-out 13 row 59 'reject and condemn all unilateral steps' -> 120 null; borderline not "
      "coded as an abstract position, held-out 19 row 58); the imposition noun has no agent, not coded"),
 64: ([("express my sincere gratitude", "051", "SUR/GOV", N, False, A, N, False),
       ("provided valuable support to my country and people", "070", N, "SUR/GOV", False, A, N, False),
       ("provided valuable support to my country and people", "070", N, "SUR/CVL", False, A, N, False)],
      "Suriname; thanks to unnamed countries and organisations -> 051 target null (held-out 14/15); their support in "
      "the pandemic -> 070 with a null source (the unnamed benefactors), compound target split: 'my country' -> the "
      "speaker's government, 'people' -> SUR/CVL (held-out 19 row 66); 'expressed solidarity' in the pandemic = "
      "condolence-like (held-out 10/11), not coded; 'battle against the pandemic' is figurative"),
 65: ([("We reiterate to him Chad’s full friendship and support", "051", "TCD/GOV", "org:UN", False, A, N, False)],
      "Chad; 'him' = Secretary-General Guterres (previous sentence) -> org:UN; reiterating friendship and support = "
      "expressed support -> 051 (guideline; borderline 030 as held-out 18 row 56's 'offers its full support')"),
 66: ([("We salute Cuba", "051", "DMA/GOV", "CUB/GOV", False, A, N, False),
       ("its humanitarian assistance to more than 40 countries, including Dominica", "073", "CUB/GOV", "DMA", False,
        A, N, True)],
      "Dominica; saluting Cuba -> 051; Cuba's humanitarian (medical) assistance -> nominal 073, 'more than 40 "
      "countries' uncoded, Dominica named -> DMA (compound of coded and uncoded parties, held-out 2); the 'supportive "
      "work of Cuban doctors' is the same aid, not coded again"),
 # --- UNGDC random: nocue
 67: ([], "Monaco: pleased to be here: no act"),
 68: ([], "Ethiopia: 'we will pursue Ethiopia's track for democratization' = domestic reform"),
 69: ([("we express our gratitude", "051", "MOZ/GOV", "org:UN", False, A, N, False)],
      "Mozambique; gratitude to Secretary-General Guterres for his leadership -> 051 to org:UN (earlier sets)"),
 70: ([], "Eritrea: climate change fallout: no actor"),
 71: ([], "Saint Vincent and the Grenadines: 'we protect ourselves when we safeguard our neighbours' = generic"),
 72: ([], "Argentina: the UN enshrined its principles in the Universal Declaration = the organisation's own founding "
          "text, no act toward another actor"),
 73: ([], "Thailand: 'Only together can we build our better future' = generic"),
 74: ([], "Morocco: the government, on the King's instructions, expanding health coverage = domestic policy"),
 75: ([], "Albania: 'His leadership fosters trust in the United Nations' = an evaluation of the Secretary-General"),
}
