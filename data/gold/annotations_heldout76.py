"""Hand annotations for the SEVENTY-SIXTH held-out event gold set (source of events-heldout76.jsonl).

Keyed by the row index of selection-heldout76.jsonl (output of select_bulk_heldout.py 76; all rows come from
bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout76.jsonl \
        --annotations annotations_heldout76 --output events-heldout76.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Trinidad and Tobago (2000): 'The problem will never be solved unless there is international cooperation, "
         "especially on the part of industrialized countries' = a conditional about a problem, the cooperating "
         "parties an uncoded collective with no named counterpart; 'will never be solved' negates a process, not an "
         "event; emitting greenhouse gases is no act between actors"),
 1: ([], "Angola (2006): poverty statistics; 'lack medical assistance' has no provider, no actor"),
 2: ([("urges", "102", "KOR/GOV", "PRK/GOV", False, A, N, False),
      ("have not yet joined", "057", "PRK/GOV", N, True, A, N, False)],
     "Republic of Korea (1996); 'My delegation ... strongly urges those countries which have not yet joined the "
     "Convention, including the Democratic People's Republic of Korea, to do so' = a request (guideline: urge -> "
     "10x) to join a treaty -> 102 (held-out 43/45, 63: calls to ratify or join a treaty 102), addressed to an "
     "uncoded class that names one member -> coded for the DPRK only (held-out 26/27: a collective naming one "
     "member is coded for that member); the relative clause 'which have not yet joined the Convention' = the "
     "DPRK's non-accession to the Chemical Weapons Convention, a realised non-event (guideline: 'have not joined' "
     "negated; held-out 24/25: a demand and the denial of the same act are two events) -> negated 057 with no "
     "target (held-out 44/45: joining the NPT 057 with no target); 'to do so' is the request's Y, not coded "
     "separately (guideline)"),
 3: ([], "Comoros (2011): 'peace ... has never been more threatened' = figurative threat (guideline: threat as "
         "risk), no actor"),
 4: ([("have not thrown", "190", "PRK/GOV", "USA", True, A, N, False),
      ("threatened", "1385", "USA/GOV", "PRK", False, A, N, False),
      ("to drop dozens of atomic bombs", "2042", "USA/GOV", "PRK", False, H, N, False)],
     "DPRK (2018); 'we have not thrown so much as a pebble onto United States soil' = an idiom for never having "
     "attacked the United States -> negated 190 PRK/GOV -> USA, the country as a whole (held-out 46/47: 'have "
     "never gone to war against each other' negated 190; borderline not coded as hyperbole); 'during the Korean "
     "War the United States threatened to drop dozens of atomic bombs on our country' = a historic threat of "
     "nuclear attack -> 1385 (held-out 14/15: words about the possible use of nuclear weapons 1385), the "
     "government of the time -> USA/GOV (held-out 5: office at the time; borderline USA/MIL), target the country "
     "-> PRK; the threatened act inside it is hypothetical (guideline) -> detonating nuclear weapons 2042 "
     "hypothetical (borderline 195 bombardment)"),
 5: ([("Israel's refusal", "1246", "ISR/GOV", "SYR/GOV", False, A, N, True)],
     "Bahrain (2000); the sentence starts at 'Washington in search of' (the splitter cut after 'the contacts that "
     "have taken place in'), so the contacts themselves lie outside it; Washington is a place, not a metonym; 'a "
     "possible resumption of negotiations on the Syrian-Israeli track' is the aim of the contacts, not coded "
     "(borderline a hypothetical nominal 046 SYR/GOV -> ISR/GOV); 'Israel's refusal to withdraw completely from "
     "the Syrian Arab Golan' = an explicit refusal (guideline: REJECT, negated false) that takes the code of what "
     "was refused (held-out 34/35) -> declining to de-escalate militarily (withdrawal) 1246, nominal, to SYR/GOV "
     "(borderline bare SYR, the occupied territory's country); 'the failure of such efforts' is agentless"),
 6: ([("converged in", "040", "KEN/GOV", N, False, A, N, False),
      ("agreed on measures", "057", "KEN/GOV", N, False, A, N, False)],
     "Kenya (2014); 'ministers of health from the East Africa region converged in Nairobi and agreed on measures "
     "to safeguard our populations' against Ebola = a regional ministerial meeting hosted in Kenya, the speaker's "
     "'our populations' and the venue making Kenya a participant -> a symmetric meeting coded once from the "
     "document's own government (guideline) 040, the other ministries' countries unnamed -> target null "
     "(held-out 4: Somaliland, the partner without a code -> target null); 'agreed on measures' -> 057 with the "
     "same pair (borderline 030; or not coded as acts of an uncoded regional collective, or org:EAC); Nairobi is "
     "a place; 'ensure that the virus does not spread' is the purpose, not a negated event"),
 7: ([("technological support", "070", N, "BGD/GOV", False, D, N, True)],
     "Bangladesh (2008); 'Bangladesh will not be able to attain sustainable development without appropriate "
     "technological support' = a statement of need (held-out 46/47: 'we require support from the international "
     "community' demanded aid with no source to the speaker's government; held-out 42/43: 'Countries such as mine "
     "require assistance' demanded 070 no source) -> demanded 070, nominal, no source (the providers of the "
     "post-Kyoto technology transfer unnamed); 'will not be able' negates the development, not the support "
     "(borderline not coded as a conditional)"),
 # --- UNGDC 1990-2019 random: reported
 8: ([], "Philippines (2006): 'Cooperation, according to a twentieth-century philosopher, is the only thing that will "
         "redeem mankind' = a general maxim attributed to an unnamed philosopher, no actor, no act"),
 9: ([("reiterates its appeal", "1031", "LBN/GOV", N, False, A, N, False),
      ("in collaboration with the United Nations", "050", "LBN/GOV", "org:UN", False, A, N, True)],
     "Lebanon (2015); 'Lebanon reiterates its appeal to donor countries to fulfil their commitments, and even to "
     "increase their financial contributions' = a request (guideline: appeal -> 10x) whose Y is financial aid -> "
     "1031 (borderline 1033, the aid serving the refugee response), the donors an uncoded collective -> target "
     "null; Y is not coded separately (guideline); 'the response plan launched by Lebanon last December in "
     "collaboration with the United Nations' = a cooperation noun naming its parties -> nominal 050 LBN/GOV -> "
     "org:UN (held-out 10/11, 44/45; borderline not coded, the launch of a domestic plan); 'according to the "
     "response plan' = in accordance with, not attribution (guideline); 'upholding its international "
     "obligations' is compliance, not coded"),
 10: ([("are killed", "1823", N, "LKA/REB", False, A, "ITA/MED", False)],
      "Sri Lanka (1997); 'The international news agency IPS reported last May that \"as adults are killed, up to "
      "half the fighters of the LTTE are children\"' = the speech verb is not coded (guideline); inside it, the "
      "adult LTTE fighters being killed = an agentless killing (README 52/53: agentless killings coded; the "
      "sentence before names no killer) -> 1823 with no source, the LTTE -> LKA/REB, reported_by the Rome-based "
      "Inter Press Service -> ITA/MED (held-out: Reuters -> GBR/MED; borderline org code); the children among the "
      "fighters is a state, not an act (borderline a child-recruitment act of LKA/REB, uncoded in CAMEO)"),
 11: ([("terrorist attacks", "180", N, "MMR/CVL", False, A, N, True)],
      "Myanmar (2017); 'she said' = the State Counsellor of the preceding sentence, the speaker's own government -> "
      "reported_by null (held-out 68 row 13, held-out 7: the document's own government quoted); 'shares the concern' "
      "is 01x, not coded; 'the latest round of terrorist attacks' that affected all communities in Rakhine, "
      "attackers not named -> nominal 180 with no source (held-out 58/59, 69 row 4), the affected communities -> "
      "MMR/CVL (borderline MMR/COP, the police posts attacked in August 2017); 'the displacement and suffering' "
      "have no agent, not coded"),
 # --- UNGDC 1990-2019 random: future
 12: ([("will coordinate", "036", "SMR/GOV", "org:COE", False, F, N, False)],
      "San Marino (2007); 'the Republic of San Marino will coordinate, starting from next year, the future meetings "
      "of the Council of Europe on the religious dimension of intercultural dialogue' = convening future meetings "
      "-> 036 future (guideline: future meetings and hosting 036; held-out 69 row 16 'will host' 036), to "
      "org:COE (held-out 54-61: org:COE); 'an ideal place for meeting and mediation' is a description"),
 13: ([("We welcome", "051", "BHR/GOV", "LBY/GOV", False, A, N, False),
       ("to provide it with the necessary support", "070", N, "LBY/GOV", False, D, N, False)],
      "Bahrain (2016); 'We welcome the formation of the Government of National Accord' -> 051 to the new "
      "government (held-out: welcoming an appointment 051 to the appointee), LBY/GOV; the formation itself is "
      "domestic, not coded; 'stress the need to provide it with the necessary support' = a deontic with no request "
      "verb and no named provider -> demanded 070 with no source to LBY/GOV (held-out 14/15: 'it is essential that "
      "we continue to support' source null; borderline a request 103 BHR/GOV -> null); the House of "
      "Representatives' confidence-building and ridding the country of terrorist organizations are purposes, "
      "hypothetical and uncoded"),
 14: ([("indicated its will to be open to all", "0355", "CIV/GOV", "org:UN", False, A, N, False),
       ("requested", "100", "CIV/GOV", "org:UN", False, A, N, False)],
      "Cote d'Ivoire (2004); 'indicated its will to be open to all visits or investigations' = an explicit intent "
      "stated as a fact (guideline: 03x asserted) to allow international involvement -> 0355, the visits being those "
      "of the UN special rapporteurs (following sentence) -> org:UN (borderline target null); 'which, in fact, it "
      "has itself requested' = Cote d'Ivoire's request for the investigations -> 10x, no CAMEO request sub-code for "
      "investigations -> 100 (borderline 1055) to org:UN; 'alleged human rights violations' has no agent in the "
      "sentence, not coded; 'combat impunity' is a purpose"),
 # --- UNGDC 1990-2019 random: demand
 15: ([("adequately financed", "071", N, "org:UN", False, D, N, False),
       ("rapidly deployed", "074", "org:UN", N, False, D, N, False)],
      "Togo (2000); 'These missions' = United Nations peacekeeping missions (preceding sentence) 'must be adequately "
      "financed and rapidly deployed where they are expected' = agentless deontic passives (held-out 44/45: 'should "
      "be invited to participate' agentless demanded 043; held-out 26/27: 'should be lifted' demanded 085 no "
      "source); financing by unnamed Member States -> 071 with no source to org:UN (borderline 070); deployment of "
      "UN missions -> 074 from org:UN, the missions being the Organization's (borderline null source), the places "
      "'where they are expected' unnamed -> target null; borderline not coded as general peacekeeping policy"),
 16: ([("to congratulate", "051", "UKR/GOV", "org:UNGA", False, A, N, False)],
      "Ukraine (2003); 'I should like at the outset to congratulate Mr. Julian Hunte on his election ... President "
      "of the General Assembly' = a performative congratulation -> 051 asserted to org:UNGA (held-out 48/49: "
      "commending the Assembly President's election 051 to org:UNGA); the election is agentless"),
 17: ([], "Lao PDR (2007): 'the international community should give priority to the provision of ... financial "
          "assistance ... to those countries, and technical assistance' = a deontic whose source (the international "
          "community) and recipients (least developed and vulnerable countries) are both uncoded collectives -> "
          "null-null, not coded (held-out 54-61: acts between uncoded collectives left uncoded; borderline a "
          "demanded 070 null -> null)"),
 18: ([], "Turkmenistan (2015): 'The current session should provide us with clear guidelines' = a deontic about "
          "the Assembly's work, no codable behaviour"),
 19: ([], "Bangladesh (2007): 'we must strengthen our efforts to ensure the free movement of labour' = 'we' meaning "
          "all states (held-out 42/43), a policy goal, not coded"),
 20: ([("have agreed to resume talks", "036", "ZAF/GOV", "ZAF/OPP", False, A, N, False),
       ("we urge", "106", "LSO/GOV", "ZAF/GOV", False, A, N, False),
       ("we urge", "106", "LSO/GOV", "ZAF/OPP", False, A, N, False)],
      "Lesotho (1992); 'the parties concerned have agreed to resume talks' = the South African Government and the "
      "liberation movements named in the same sentence (guideline: missing participant from context) -> an "
      "explicit intent verb stated as a fact, 036 asserted (README: 'the parties agreed to meet' 036 from the document's government; "
      "guideline), symmetric, from the first-named; 'we urge the South African Government, the liberation movements "
      "and all other democratic forces to continue the process of negotiations' = a request whose Y is "
      "negotiations -> 106 per coded addressee (guideline), the liberation movements (ANC, PAC) of 1992 -> "
      "ZAF/OPP (held-out 26/27: the ANC of 1990 OPP; borderline ZAF/REB), 'all other democratic forces' uncoded, "
      "dropped (guideline compound rule); 'While we note' is an observation, not a welcome"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("reiterate its support", "051", "SEN/GOV", "MAR/GOV", False, A, N, False)],
      "Senegal (2014); 'Senegal would like to reiterate its support to Morocco's initiative to grant broad autonomy "
      "to Western Sahara' = verbal support (guideline: 051; borderline 050) for a named government's plan -> "
      "MAR/GOV (held-out 8: support aimed at a process goes to its named parties), 'would like to' performative -> "
      "asserted; the autonomy initiative itself is an offer not yet made good, not coded (borderline a nominal "
      "intent 0344 or 037 MAR/GOV -> ESH)"),
 22: ([], "Somalia (2001): 'We expect a broader-based meeting to be held soon' = an agentless passive expectation "
          "about the next round of the Kenyan-brokered talks, optative (held-out 7: a hope about another actor's "
          "act not coded; borderline 036 future SOM/GOV -> SOM/OPP)"),
 23: ([], "Bahamas (2004): 'reiterate our grave concern' is 01x; 'the serious threat posed ... by the trans-shipment "
          "of nuclear waste' = figurative threat (risk), the shippers not named"),
 24: ([("assistance", "070", N, "GNB/CVL", False, D, N, True)],
      "Guinea-Bissau (2003); 'a proud and dignified people ... that deserves the trust and assistance of the "
      "international community' = a statement of what the people deserve (held-out 30/31: 'deserve to be brought "
      "before the International Tribunal' demanded with no source; held-out 46/47: statements of need demanded aid) "
      "-> demanded nominal 070, source the uncoded international community -> null, recipient the people -> "
      "GNB/CVL (borderline GNB/GOV); 'trust' is a sentiment, not coded; 'has suffered in silence' is agentless"),
 25: ([("The threat posed", "138", "PRK/GOV", "GUM/CVL", False, A, N, True)],
      "Palau (2017); 'The threat posed to the innocent people of Guam' = North Korea's August 2017 threat to fire "
      "missiles at Guam, its agent plain from the preceding sentence (North Korea brought to the negotiating table; "
      "held-out 48/49: an event noun whose agent is plain from the text around it is coded; held-out 50/51: 'the "
      "threats from the United States' nominal 138) -> nominal 138 PRK/GOV, the people of Guam -> GUM/CVL (held-out "
      "6: ISO alpha-3 HKG for Hong Kong residents; borderline USA/CVL); 'is a threat to us in Palau and the entire "
      "region' is figurative (guideline: threat as risk); borderline not coded at all as figurative"),
 26: ([("welcomes the progress", "051", "ARE/GOV", "PSE/GOV", False, A, N, False),
       ("welcomes the progress", "051", "ARE/GOV", "ISR/GOV", False, A, N, False),
       ("negotiations between the Palestinians", "046", "PSE/GOV", "ISR/GOV", False, A, N, True),
       ("the Declaration of Principles", "057", "PSE/GOV", "ISR/GOV", False, A, N, True)],
      "United Arab Emirates (1995); 'welcomes the progress made in the negotiations between the Palestinians and "
      "Israelis' -> 051 to each party (held-out 48/49: welcoming cross-Strait dialogue 051 to each side), the "
      "Palestinians' negotiating authority (the PLO) -> PSE/GOV (held-out 31) and Israel -> ISR/GOV; the "
      "negotiations = a negotiation noun naming its parties -> nominal 046 from the first-named (held-out 36/37: "
      "welcoming talks codes the negotiations 046 and the declaration 057 too); 'the Declaration of Principles and "
      "complementary agreements, the latest being the agreement on the second phase of expanded self-rule' = "
      "agreements concluded between the same parties -> nominal 057, coded once for the pair (guideline: one event "
      "per actor pair; borderline one 057 per agreement, three in all)"),
 27: ([("We commend and support", "051", "RWA/GOV", N, False, A, N, False)],
      "Rwanda (1990); 'We commend and support all efforts - bilateral, multilateral or international - aimed at "
      "putting an end to these ... rifts' = praise and verbal support, one 051 (same code, same pair, coded once), "
      "the efforts' authors unnamed -> target null (held-out 59 row 56: praise of agentless steps 051 null); the "
      "conflicts are unnamed regions' (Africa, Asia, Latin America), not coded"),
 28: ([("I welcome", "051", "CMR/GOV", "org:IMF", False, A, N, False),
       ("that support", "071", "org:IMF", "CMR/GOV", False, A, N, True)],
      "Cameroon (2009); 'I welcome that support, and take this opportunity to thank International Monetary Fund "
      "officials' = welcome and thanks to the IMF, the same code and pair, coded once (borderline two 051s) -> 051 "
      "to org:IMF (held-out 30/31: org:IMF); 'that support' = the IMF's substantial financial support to Cameroon "
      "under the Exogenous Shocks Facility (preceding sentence) -> nominal 071, agent from the thanks and the "
      "context (held-out 28/29: thanks 'for the ongoing support' gives the support its agent; borderline 070)"),
 29: ([("We welcome", "051", "JAM/GOV", "SLV/GOV", False, A, N, False),
       ("We welcome", "051", "JAM/GOV", "SLV/REB", False, A, N, False),
       ("broad agreement reached", "057", "SLV/GOV", "SLV/REB", False, A, N, False),
       ("under the auspices of the United Nations", "045", "org:UN", "SLV/GOV", False, A, N, True),
       ("under the auspices of the United Nations", "045", "org:UN", "SLV/REB", False, A, N, True)],
      "Jamaica (1991); 'We welcome the broad agreement reached last week ... between the Government of El Salvador "
      "and the FMLN' (the New York agreement of September 1991) -> 051 to each signatory (held-out 48/49: 'noted "
      "with satisfaction the signing' 051 to the signatories), the FMLN, an armed insurgency in 1991 -> SLV/REB; "
      "the agreement reached -> 057, symmetric, from the first-named (guideline), a participle -> not nominal; "
      "'under the auspices of the United Nations' = UN mediation -> nominal 045 to each party (held-out 32/33: UN "
      "mediation of talks nominal 045; held-out 48/49: agreements brokered by the UN 045)"),
 30: ([("commend", "051", "COD/GOV", "org:UNGA", False, A, N, False)],
      "DR Congo (2009); 'commend your predecessor, Mr. Miguel d'Escoto Brockmann, and express to him our gratitude "
      "for his excellent service as President of the General Assembly' = praise and thanks of the outgoing "
      "President of the Assembly -> 051 to org:UNGA, coded once (held-out 30/31: appreciation of an outgoing PGA "
      "org:UNGA; borderline NIC/GOV); 'Let me' performative -> asserted"),
 31: ([("insurrection", "145", "BDI/CVL", "BDI/GOV", False, A, N, True),
       ("were supported", "070", "BDI/OPP", "BDI/CVL", False, A, N, False)],
      "Burundi (2015); 'the aforementioned insurrection' = the 2015 violent protests against the third-term "
      "candidacy, 'initiated by the opposition and civil society' (earlier in the speech), its agent the "
      "instigators named in the same phrase -> violent protest 145 (held-out 32/33: political dissent 140; "
      "borderline 140, or 180), nominal, against the Government; the instigators distinct from the parties that "
      "supported them -> civil society BDI/CVL (borderline BDI/OPP); 'were supported by certain political parties' "
      "= a passive with its agent named -> support 070 (held-out 46/47: 'Belgrade supports the Bosnian Serb "
      "aggression' 070; borderline 051) from the opposition parties BDI/OPP; 'knew in advance they would lose' is "
      "no act"),
 32: ([("is prepared to", "033", "CAN/GOV", N, False, A, N, False)],
      "Canada (2001); 'Canada is prepared to support those States for which implementation [of resolution 1373] "
      "poses a great challenge' = readiness to assist stated as a fact -> 033 asserted (held-out 46/47: 'stands "
      "prepared and willing to support you' asserted 03x; held-out 8: 'stands ready to assist' 03x), the States an "
      "uncoded class -> target null (borderline 032 for policy support)"),
 33: ([("decision to endorse NEPAD", "051", "org:UNGA", "org:AU", False, A, N, True)],
      "Ghana (2007); 'The General Assembly's decision to endorse NEPAD as a framework for cooperation with the "
      "African Union' = the Assembly's endorsement of the AU programme -> nominal 051 org:UNGA -> org:AU (NEPAD "
      "being the AU's; held-out 38/39: welcoming a General Assembly decision; borderline target null); 'is ... "
      "timely and appreciated' = an impersonal passive evaluation (held-out 52/53: welcomes by an impersonal passive "
      "not coded; borderline Ghana's 051 to org:UNGA); the framework for cooperation is a purpose"),
 34: ([("arrest", "173", "SRB/GOV", N, False, A, N, False),
       ("transfer to The Hague", "063", "SRB/GOV", "org:ICTY", False, A, N, False),
       ("commitment to cooperating", "0313", "SRB/GOV", "org:ICTY", False, A, N, True)],
      "Serbia (2007); 'Serbia has done everything within its power to track down, arrest and transfer to The Hague "
      "those accused of war crimes' = the speaker's claim of realised acts -> asserted (borderline hypothetical, "
      "efforts rather than results); tracking down and arresting = one detention 173, the indicted persons not "
      "coded -> target null (borderline SRB/CVL or BIH/REB); transfer of suspects to the Tribunal = judicial "
      "cooperation 063 (held-out 12/13: 'collaboration in repatriating' a detainee 063) to org:ICTY, The Hague "
      "being a place; 'demonstrating its commitment to cooperating with the ICTY' = a commitment stated as a fact "
      "-> nominal 0313 (held-out 40/41: accepting to host a tribunal 0313; borderline the same act as 063, coded "
      "once)"),
 35: ([("to commend", "051", "DZA/GOV", "org:UN", False, A, N, False)],
      "Algeria (2012); 'I would also like to commend the continuing commitment and efforts of Secretary-General Ban "
      "Ki-moon' = a performative praise -> 051 asserted to the Secretary-General -> org:UN (held-out 48/49: "
      "supporting the Secretary-General 051 to org:UN)"),
 36: ([("stand ready to work closely", "030", "IRL/GOV", "ISR/GOV", False, A, N, False),
       ("stand ready to work closely", "030", "IRL/GOV", "PSE/GOV", False, A, N, False),
       ("to support the United States", "032", "IRL/GOV", "USA/GOV", False, A, N, False)],
      "Ireland (2009); 'we stand ready to work closely with our Israeli and Palestinian partners' = readiness stated "
      "as a fact -> 030 asserted (held-out 8: 'stands ready to engage/assist' 03x asserted), one per partner, the "
      "Palestinian Authority -> PSE/GOV; 'and to support the United States and the Quartet in their efforts' -> 032 "
      "(held-out 48/49: 'stand ready to support ... the parties' 032) to USA/GOV, the Quartet having no code and its "
      "members not named in the document -> dropped (held-out 12/13: a group without a code is each member the "
      "document names); 'With our European Union partners' = the EU member states as co-actors, an uncoded "
      "collective, dropped (borderline org:EU as a second source)"),
 37: ([], "Haiti (2013): the sentence starts at 'Haiti to present' (the splitter cut after 'This is the ideal "
          "opportunity for'); presenting an assessment of the Government's domestic work to the world = a speech act "
          "and domestic policy, no act between actors"),
 38: ([("to be used by our Organization", "163", "org:UN", N, False, H, N, False)],
      "France (1996); 'Only under those conditions can sanctions ... continue to be used by our Organization' = a "
      "conditional about United Nations sanctions -> 163 (guideline) hypothetical (held-out 10/11: 'could be "
      "subject to U.S. sanctions' for a class 163 hypothetical, target null), 'our Organization' -> org:UN "
      "(borderline org:UNSC, which imposes them), no named target; borderline not coded as a general norm on "
      "sanctions policy"),
 39: ([], "Marshall Islands (2019): quoting the national Constitution, 'we pledge ourselves to safeguard and "
          "maintain' the heritage = a domestic pledge of the people with no counterpart; the quote is a document, "
          "not an act"),
 40: ([("I assure you of my", "032", "VUT/GOV", "org:UNGA", False, A, N, False)],
      "Vanuatu (2005); 'I assure you of my Government's support for the work of the United Nations under your "
      "stewardship' = an assurance of support to the President of the General Assembly (held-out 38/39, 48/49: "
      "assurances of cooperation to the PGA 030 to org:UNGA) -> intent of diplomatic support 032 (held-out 50/51: "
      "'will give our full support' 032; borderline 030 or 051), the work under the PGA's stewardship -> org:UNGA "
      "(borderline org:UN)"),
 41: ([("partners for cooperation", "050", "THA/GOV", "org:OSCE", False, A, N, True)],
      "Thailand (2003); 'as one of only three Asian partners for cooperation with the Organization for Security and "
      "Cooperation in Europe' = a cooperation noun naming its parties -> nominal 050 THA/GOV -> org:OSCE (held-out "
      "10/11: cooperation nouns 050; borderline not coded as a status); 'seeks to build bridges between Asia, "
      "especially the Association of Southeast Asian Nations, and Europe' is figurative (borderline 030 to org:ASEAN "
      "and org:EU)"),
 42: ([], "Moldova (2016): the Government's efforts to increase aid effectiveness 'guided by the 2005 Paris "
          "Declaration' = domestic policy, a document, no act between actors"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Belgium (2007): 'growing consensus on this issue' = agentless, an evaluation"),
 44: ([], "Cote d'Ivoire (2009): the problems 'I came here to talk about' = a speech act about the speech itself"),
 45: ([], "Bhutan (1995): 'My country is firmly committed to the goals set by these conferences' = a commitment to "
          "abstract goals, an abstract policy position (guideline; borderline 030 BTN/GOV -> org:UN)"),
 46: ([], "Georgia (2004): the sentence starts at 'Revolution' (the splitter cut after 'our dramatic Rose'); the Rose "
          "Revolution gracing newspaper covers = media attention, a domestic event, no act between actors"),
 47: ([], "Andorra (2009): 'Europe is our natural frame of reference' = a description"),
 48: ([], "Antigua and Barbuda (2013): people suffering from poverty and ill health = a description, no actor"),
 49: ([("When invited by Mr. Kofi Annan", "043", "org:UN", "CYP/GOV", False, A, N, False),
       ("we responded", "036", "CYP/GOV", "org:UN", False, A, N, False),
       ("commitment to the peace process", "037", "CYP/GOV", N, False, A, N, True)],
      "Cyprus (1997); 'invited by Mr. Kofi Annan last June to attend face-to-face talks' = the Secretary-General's "
      "invitation to the Troutbeck and Glion talks -> 043 (held-out 46/47: a meeting at the invitation of Norway "
      "043) org:UN -> CYP/GOV, a passive with its agent named; 'we responded positively' = acceptance of the "
      "invitation -> 036 asserted (held-out 7: accepting a proposed meeting 036) to org:UN; the talks with the "
      "Turkish Cypriot leader (no code, held-out 4) are not coded separately (borderline 046 CYP/GOV -> null); "
      "'demonstrated our sincere and unwavering commitment to the peace process ... and our will to work for a ... "
      "solution' = commitments stated as facts -> one nominal 037 (held-out 69 row 39: 'committed to reaching a "
      "just and viable solution' 037 null), the other party uncoded -> target null"),
 50: ([], "Turkmenistan (2008): 'the world community is facing global issues' = figurative, an uncoded collective"),
 51: ([], "Algeria (1996): the sentence starts at 'Assembly is taking place' (the splitter cut after 'The current "
          "session of the United Nations General'); worrisome developments = an evaluation, no act"),
 52: ([], "Chile (1998): the Assembly's task of taking up pending aspects of UN reform = a reform position "
          "(held-out 52/53, 54-61), not coded"),
 53: ([], "Senegal (2006): 'the establishment of the Human Rights Council and the Peacebuilding Commission' = UN "
          "reforms, agentless; 'I hope will allow for enhanced promotion' is optative"),
 54: ([("sincere congratulations", "051", "MWI/GOV", "org:UNGA", False, A, N, False)],
      "Malawi (1997); 'I would like to extend my sincere congratulations to the President on his assumption of the "
      "office of the presidency of the fifty-second session' = a performative congratulation (held-out 69 row 49) "
      "-> 051 asserted to org:UNGA (held-out 48/49)"),
 55: ([], "Malaysia (2006): 'dialogue will be endless if it is not accompanied by action' = a generic conditional, "
          "no actor"),
 56: ([], "Uruguay (1994): 'more than 950 persons are involved' = the number of Uruguayan peacekeepers, the "
          "participation itself lying in the preceding sentence (held-out 54-61: fragments whose act lies outside "
          "the sentence left uncoded; borderline 074 URY/MIL -> org:UN)"),
}
