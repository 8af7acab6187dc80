"""Hand annotations for the HUNDRED-AND-ELEVENTH held-out event gold set (source of events-heldout111.jsonl).

Keyed by the row index of selection-heldout111.jsonl (output of select_bulk_heldout.py 111; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout111.jsonl \
        --annotations annotations_heldout111 --output events-heldout111.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("called for a protectorate", "1044", "org:UNSC", N, False, A, N, False)],
     "Serbia and Montenegro (2005, document code YUG; the speaker's state -> SCG/GOV, held-out 32/33, but no speaker "
     "event here); 'Security Council resolution 1244 (1999), which called for a protectorate in Kosovo' = an "
     "inanimate resolution standing for the Council that adopted it (held-out 62-73; held-out 36/37: a resolution's "
     "'calling for' stands for its body) -> org:UNSC, a request (guideline: call for -> 10x) whose Y is an "
     "international administration of the province -> demand change in institutions 1044 (held-out 9: 'calls for' "
     "Council seats 1044 with target null), no addressee named -> target null (borderline YUG/GOV, the state of "
     "1999 whose province it was; borderline not coded as a Council decision rather than a request); 'but did not "
     "call into question the territorial integrity of Serbia and Montenegro' = the negation of a non-act (calling "
     "territorial integrity into question has no CAMEO code), not coded (borderline a negated 1044, or a 051 to "
     "SCG/GOV for the implied respect of sovereignty); 'That conflict ended' and 'the adoption' are agentless, the "
     "conflict and the NATO strikes lying in the preceding sentence"),
 1: ([], "Senegal (2016): 'innocent people ... are being killed without reason' = an agentless killing whose agent "
         "neither this sentence nor the one before names (the following text speaks of terrorism in general), and "
         "whose victims are an uncoded worldwide collective -> null-null, not coded (held-out 54-61: acts between "
         "uncoded collectives left uncoded; borderline a 180 null -> null); 'the world has never been so violent' "
         "is an evaluation, 'never' bearing on the degree"),
 2: ([], "Iran (2008): 'The never-ending arms race, the proliferation and stockpiling of nuclear and other weapons "
         "..., and the threats to use them and the establishment of missile defence systems' = event nouns with no "
         "agent in the sentence and none plain from the text around it (the surrounding text accuses NATO, "
         "'certain Western Powers' and 'a few bullying Powers', uncoded collectives) -> not coded (guideline: event "
         "nouns without an agent not coded; borderline a nominal 154 and 138 with no source and no target, or "
         "USA/GOV for the missile defence systems of 2008, which the speech does not name); 'have made the "
         "situation unstable' is an evaluation"),
 3: ([], "Slovenia (1999): 'special importance should be attached to preventive action in situations posing a "
         "potential threat ... but which have not yet developed into armed conflict' = an abstract deontic about "
         "conflict prevention with no actor; the threat is a risk (guideline) and 'have not yet developed into "
         "armed conflict' describes situations, not a negated act of a named party"),
 4: ([("null and void", "120", "ARE/GOV", "IRN/GOV", False, A, N, False),
      ("continued construction of military", "154", "IRN/GOV", "ARE", False, A, N, True),
      ("the occupation", "192", "IRN/GOV", "ARE", False, A, N, True)],
     "United Arab Emirates (2000); 'we would like to reaffirm that all actions and measures taken unilaterally by "
     "the Islamic Republic of Iran on those three islands ... are illegal measures considered null and void, and "
     "do not establish or entail any legal rights' = a formal non-recognition of another state's acts by the "
     "speaker -> a performative non-acceptance (guideline: 'Latvia will not recognize the referendums' is 12x, "
     "negated false) -> generic 120 to IRN/GOV (borderline an evaluation, not coded, as held-out 40's 'is illegal', "
     "or 111); 'its continued construction of military and civilian installations on them' = an event noun with "
     "its agent named (Iran) -> a military build-up on the disputed islands -> nominal 154 (held-out 28/29: a force "
     "posture named as a topic a nominal 154; README: a build-up of an arsenal a nominal 154), to the country whose territory the speaker claims -> bare "
     "ARE (borderline not coded, as held-out 29's building of settlements; the civilian installations not coded); "
     "'regardless of the duration of the occupation' = Iran's occupation of Abu Musa and the Tunbs, its agent in "
     "the same sentence (held-out 54-61: the occupation coded as a nominal 192 whose agent comes from the "
     "surrounding text) -> nominal 192 IRN/GOV -> ARE (guideline: the country as a whole as target of an "
     "occupation); 'all actions and measures taken unilaterally' are too vague to code"),
 5: ([("measures taken here", "106", "org:UNGA", "GBR/GOV", False, A, N, True),
      ("resolutely refuses", "125", "GBR/GOV", "ARG/GOV", False, A, N, False)],
     "Argentina (2008); 'despite the resolutions of this body, despite all the measures taken here for the United "
     "Kingdom to agree ... to negotiate in peace between the parties' = the General Assembly's resolutions and "
     "steps asking the United Kingdom to negotiate on the Malvinas -> one nominal request of the Assembly (held-out "
     "36/37: a General Assembly resolution's 'calling for' stands for org:UNGA; held-out 20/21: a request of a named "
     "author in the passive is that author's) whose Y is negotiation -> 106, to GBR/GOV, the resolutions and the "
     "measures one act (borderline not coded, resolution nouns without a request verb; borderline a second 106 to "
     "ARG/GOV, the resolutions being addressed to both parties); the Y 'to negotiate' not coded separately "
     "(guideline); 'that country resolutely refuses to discuss with the Argentine Republic the issue of the "
     "Malvinas Islands' = an explicit refusal (guideline: REJECT, negated false) that takes the code of what was "
     "refused (held-out 62-73: 'refusal to negotiate' 125) -> 125 GBR/GOV -> ARG/GOV, habitual -> asserted"),
 6: ([], "Panama (2014): 'many of the challenges defined in the MDGs [have] not been met' and 'new ones have arisen' = "
         "agentless statements about development goals; the negation bears on goals, not on an act between actors; "
         "'require us to build a new consensus' is 'we' meaning all states (held-out 42/43), not coded"),
 7: ([("the bombings last month", "183", N, "org:UN", False, A, N, True)],
     "Andorra (2003); 'until the bombings last month in Baghdad, have its people been the object of such massive "
     "direct attack' = the truck-bomb attack of 19 August 2003 on the United Nations headquarters at the Canal Hotel, "
     "whose perpetrators the speech never names -> an agentless bombing (held-out 26/27: an agentless bombing is "
     "1831/1832 with no source) -> 183, the kind of bombing not given in the text (borderline 1831 or 1832, or 180), "
     "nominal, source null; 'its people' = the United Nations staff -> org:UN; 'such massive direct attack' is a "
     "repeated mention of the same bombing, coded once (guideline); 'never ... until' bears on the degree and "
     "asserts the bombing, not a negation; 'its efficacy been so questioned' is agentless"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Uzbekistan (2016): 'the international community should start seeing Afghanistan ... as a unique strategic "
         "opportunity' = a deontic about a perception of an uncoded collective, no codable behaviour (guideline: "
         "demanded only when Y is a codable behaviour); 'establishes the basis for multilateral relations' is the "
         "opportunity's hoped-for effect, agentless"),
 9: ([("stand ready to provide every support", "032", "BLZ/GOV", "org:UN", False, A, N, False)],
     "Belize (2015); 'we stand ready to provide every support to United Nation initiatives' = readiness stated as a "
     "fact -> 03x asserted (held-out 8: 'stands ready to engage/assist' 03x asserted; held-out 48/49: 'stand ready "
     "to support ... the parties' 032) -> intent of diplomatic support 032 (borderline 033, 'every support' read as "
     "material), to the initiatives' author -> org:UN (borderline one 032 per warring party, held-out 8: support "
     "aimed at a process goes to its named parties, here the UN's initiatives being the object); 'initiatives that "
     "will bring the warring factions in Syria, and in Israel and Palestine, to the table' = a restrictive "
     "description of hoped-for UN initiatives, not an announced act, not coded (borderline 039 future org:UN -> "
     "SYR/GOV, SYR/REB, ISR/GOV, PSE/GOV)"),
 10: ([], "Saint Lucia (2004): 'it is not always possible to know where or when terrorists will strike again' = "
          "future attacks by unnamed terrorists with no named target, null-null, not coded (borderline a "
          "hypothetical 180 null -> null); 'current efforts against terrorism' have no named actor"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Central African Republic (2008): 'The initiative on the upswing in the price of foodstuffs should mainly "
          "be based on stimulating food production in our countries' = a deontic about the design of a policy "
          "initiative, no actor and no codable behaviour (the FAO summit's measures lie in the preceding sentence)"),
 12: ([], "Peru (2015): 'We must strengthen our ability to react to humanitarian crises and prevent impunity for "
          "atrocities' = 'we' meaning all states (held-out 42/43), a policy goal with no counterpart, not coded; the "
          "atrocities have no agent"),
 13: ([], "Cyprus (2006): 'Addressing these core issues ... should facilitate the attainment of the broader objectives "
          "of a settlement, which should be based on international law, the relevant United Nations resolutions ...' "
          "= deontics about the content of a settlement, agentless; the resolutions, agreements and Court decisions "
          "are named as a legal basis, not as acts (borderline a demanded 037 CYP/GOV -> null for 'must be settled')"),
 14: ([], "Saint Lucia (2003): 'It is our view that these should flow from the themes enunciated at the general "
          "debate' = a view on the Assembly's agendas, a UN procedure/reform position (held-out 52/53, 54-61), not "
          "coded"),
 15: ([("call upon", "1031", "TUV/GOV", N, False, A, N, False)],
      "Tuvalu (2011); 'I humbly call upon the international community and development partners to urgently fulfil "
      "their commitments to assist the least developed countries (LDCs), including Tuvalu' = a request (guideline: "
      "call on -> 10x) whose Y is delivering the promised assistance -> demand economic aid 1031 (borderline 1033), "
      "the addressees uncoded collectives -> target null (held-out 77 row 10: 'call upon developed countries, "
      "traditional and emerging donors' 1031 target null); the Y is not coded separately (guideline; borderline a "
      "nominal 0331 null -> TUV/GOV for 'their commitments to assist', a realised pledge named inside the request); "
      "the Istanbul Programme's adoption at a conference 'held in Turkey' is agentless, Turkey a place"),
 16: ([], "Brunei Darussalam (1999): 'We must press ahead with plans for reform' = United Nations reform, 'we' meaning "
          "all members (held-out 42/43; held-out 54-61: UN reform positions not coded)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Bangladesh (1995): 'We are also favourably inclined to support a rapid-reaction capability for providing "
          "humanitarian assistance' = a tentative position on a proposed United Nations capability (the "
          "Secretary-General's Supplement to An Agenda for Peace), a UN reform position and an attitude, not coded "
          "(held-out 54-61: UN reform positions uncoded; borderline 032 BGD/GOV -> org:UN as readiness to support, or "
          "051 to org:UN as support for a UN plan, held-out 48/49); the humanitarian assistance is the capability's "
          "purpose"),
 18: ([], "Czech Republic (2010): 'discussions of such reform have gone on for the past 16 years without results' = "
          "the Security Council reform negotiations among all Member States, an uncoded collective, and a reform "
          "position (held-out 54-61), not coded (borderline a 046 null -> org:UNSC); 'It is frustrating' is an "
          "evaluation"),
 19: ([("denied freedoms", "1721", "VEN/GOV", "VEN/CVL", False, A, N, False)],
      "Colombia (2018); 'a dictatorship that denied freedoms' = the Venezuelan government of the time, plain from the "
      "preceding text ('our Venezuelan brothers who are fleeing a dictatorship') -> VEN/GOV (the de facto rule for "
      "governments; the speech never names Maduro), denying freedoms to its own population -> impose restrictions "
      "on political freedoms 1721 (README: 'information is denied them' 1721; borderline 175 repression), to "
      "the people -> VEN/CVL; 'We are experiencing the most egregious migration crisis' is a description, and the "
      "migrants' flight is no act between actors"),
 20: ([("translated into other areas of cooperation", "050", "CUB/GOV", "USA/GOV", False, D, N, False)],
      "Tuvalu (2016); 'it is important ... that those relations be pragmatically translated into other areas of "
      "cooperation' = 'those relations' the normalized diplomatic relations 'between Cuba and the United States' "
      "of the preceding sentence (guideline: a missing participant taken from the context), and 'it is important "
      "that' with no request verb -> demanded (guideline: 'it is important to help X') -> cooperation between the two "
      "governments 050 (held-out 10/11: cooperation nouns 050; borderline 030, or 061 economic cooperation), "
      "symmetric, from the first-named party (guideline); borderline not coded as an agentless passive"),
 21: ([("totally condemns", "111", "VCT/GOV", N, False, A, N, False)],
      "Saint Vincent and the Grenadines (1995); 'My Government totally condemns the illicit production, trafficking "
      "and consumption of drugs' -> 111 (guideline: condemn), the offenders unnamed -> target null (held-out 48/49: "
      "condemning attacks by unnamed perpetrators is the speaker's 111 with no target); borderline not coded as an "
      "abstract policy position against a crime rather than against an actor"),
 22: ([("signed", "057", "MNG/GOV", "CHN/GOV", False, A, N, False),
       ("signed", "057", "MNG/GOV", "RUS/GOV", False, A, N, False)],
      "Mongolia (2017); 'China, Mongolia and the Russian Federation signed an intergovernmental agreement on "
      "international road transport' -> 057 (guideline: agreements concluded), a symmetric act coded from the "
      "document's own government (guideline) to each other party (guideline: compound split); 'marking another "
      "major step in trilateral cooperation' is the same act evaluated, coded once (borderline a nominal 050 per "
      "pair, held-out 38/39: cooperation named by its parties)"),
 23: ([], "DPRK (2019): 'the global focus on and demand for achieving world peace and development are increasing' = an "
          "agentless description; the 'demand' has no author or addressee, not a request"),
 24: ([], "Spain (2014): 'Spain strongly supports a global and sustainable way of economic development' = an abstract "
          "policy position (guideline: 'we support the allocation of resources' not coded), no counterpart"),
 25: ([("commend", "051", "GHA/GOV", N, False, A, N, False)],
      "Ghana (2006); 'We therefore commend moves to enhance the United Nations peacekeeping activities' -> praise 051 "
      "(guideline: commend), the moves' authors unnamed -> target null (held-out 76 row 27: 'We commend and support "
      "all efforts' with unnamed authors 051 null; borderline org:UN, the Secretariat's peacekeeping reforms being "
      "the likely moves; borderline not coded as a UN reform position); 'that bring hope to victims of conflict' is "
      "an evaluation"),
 26: ([("had been dropped", "2042", N, "JPN", False, A, N, False)],
      "Netherlands (2017); 'Two nuclear bombs had been dropped on Japan' = the atomic bombings of Hiroshima and "
      "Nagasaki in 1945, an agentless passive whose agent the speech never names (README: wars and sanctions "
      "whose agent the speech never names have no source; held-out: a historic murder an agentless 1823) -> source "
      "null (borderline USA/MIL from general knowledge), detonating nuclear weapons -> 2042 (held-out 76 row 4: 'to "
      "drop dozens of atomic bombs' 2042; borderline 195 aerial bombardment), the country as a whole -> bare JPN "
      "(guideline: target of an attack; borderline JPN/CVL); historic -> asserted"),
 27: ([], "Angola (2017): 'the fight against terrorism, which has killed innocent civilians, caused extensive damage to "
          "property and destroyed the way of life of many of its countries' = terrorism as an abstract agent, the "
          "victims unnamed civilians of unnamed African countries, null-null, not coded (held-out 54-61: acts "
          "between uncoded collectives; borderline a 180 null -> null); 'The African continent has been at the "
          "forefront of the fight' is an uncoded collective's counter-terrorism with no named target"),
 28: ([], "Netherlands (2009): 'public support for development aid depends on transparency, good governance and an "
          "effective fight against corruption' = a general conditional about aid policy, no actor"),
 29: ([("seeks to participate", "030", "MLT/GOV", N, False, A, N, False)],
      "Malta (1992); 'Malta seeks to participate as actively as possible in the many-faceted and far-reaching "
      "initiatives for regional cooperation that are unfolding on the European continent' = an intent to cooperate "
      "stated as a fact (guideline: explicit intent verb stated as a fact -> 03x asserted; held-out 46/47: "
      "commitments stated as facts asserted 03x) -> generic 030, the initiatives' partners unnamed in the sentence "
      "-> target null (held-out 32/33: an intent to take part in a UN process 036 with no target; borderline org:OSCE "
      "or org:COE, named only in the following sentence); borderline not coded as an abstract policy position"),
 30: ([("calling for", "1042", "FSM/GOV", N, False, A, N, False)],
      "Micronesia (2006); 'we have joined forces with some of our neighbouring States in calling for an immediate "
      "moratorium and a total ban on deep bottom trawl fishing' = a request (guideline: call for -> 10x) whose Y is "
      "a regulatory ban -> demand policy change 1042 (borderline 100), no addressee named (the fishing nations and "
      "the Assembly) -> target null (held-out 77 row 8: a call with no named addressee 1011 target null; borderline "
      "org:UNGA); the neighbouring States are unnamed, so no nominal request of the partners (held-out 30/31: "
      "joining a call with named partners adds the partner's nominal request) and no separate 050 for 'joined "
      "forces' (borderline 050 FSM/GOV -> null)"),
 31: ([], "Spain (1990): 'My Government still views the policy of Jewish settlements in the occupied territories as "
          "illegal from the point of view of international law; that policy is an obstacle to peace' = a legal "
          "evaluation (held-out 6: 'continues to view [a plan] as ...' is an evaluation; held-out 40: 'is illegal' an "
          "evaluation), not coded (borderline 111 ESP/GOV -> ISR/GOV); the settlements policy is not coded (held-out "
          "29: building settlements not coded; borderline 192 ISR/GOV -> PSE) and 'the occupied territories' is an "
          "adjective without an agent in its phrase (held-out 21); contrast row 4, whose 'null and void' is a formal "
          "non-recognition"),
 32: ([("provide homes, food, welfare, health and education", "073", "org:UN", N, False, A, N, False)],
      "United Kingdom (1999); 'United Nations agencies provide homes, food, welfare, health and education to 19 "
      "million refugees' = habitual humanitarian assistance -> 073 (guideline: aid), one event for the several "
      "kinds (held-out 20/21: one aid noun covering several kinds is one 070), the agencies -> org:UN (held-out "
      "34/35: a UN programme as subject stands for org:UN), the refugees of many countries an uncoded collective "
      "-> target null; habitual -> asserted; 'As we meet this week' is the Assembly's session, not a meeting event"),
 33: ([("We reiterate our call", "1011", "ZWE/GOV", N, False, A, N, False)],
      "Zimbabwe (2010); 'We reiterate our call for an urgent and substantial increase in investment in agriculture "
      "in developing countries' = a request (guideline: call for -> 10x) with no addressee named -> target null "
      "(held-out 77 row 8: 'make a strong call for the Doha Development Agenda' 1011 target null), Y = investment -> "
      "demand economic cooperation 1011 (borderline 1031 economic aid; borderline not coded, held-out 52/53: calls "
      "with no addressee on general matters)"),
 34: ([("recommendation", "106", N, "BDI/GOV", False, A, N, True)],
      "Burundi (1996); 'That measure' = the commitment of the preceding sentences 'to engage in dialogue and to "
      "discuss all the country's fundamental questions with all interested political partners, including armed "
      "groups' (already coded there, anaphoric here); 'was the latest recommendation of the Arusha Summit Meeting on "
      "31 July 1996' = a request noun of the regional summit, addressed to Burundi's new regime (the speaker's "
      "government, BDI/GOV under the UN-speech rule), Y = dialogue -> 106 nominal (README: a court's order a "
      "nominal request; held-out 20/21: a named author's request in the passive), the summit's participants "
      "('the neighbouring countries behind the embargo') not named in the document -> source null (README: "
      "the worldwide demand for a moratorium a request noun with no source; borderline 1044 or 1043 for the reinstatement of "
      "Parliament and parties, which the neighbours had also demanded); 'a priority of the new regime' is an "
      "attitude, not coded again"),
 35: ([("foreign military invasion", "192", "TUR/MIL", "CYP", False, A, N, True)],
      "Cyprus (2008); 'I am one of those Cypriots who was deeply and directly affected by the foreign military "
      "invasion of 1974' = an event noun whose agent is plain from the text around it (held-out 48/49: coded; the "
      "following text: 'Turkey still maintains over 40,000 troops'), the armed forces named ('military') -> TUR/MIL "
      "(held-out 46 row 13: 'the Turkish forces' TUR/MIL; held-out 9: 'military invasion ... by the Russian "
      "Federation' RUS/MIL; borderline TUR/GOV), invade -> 192 (guideline), the country as a whole -> bare CYP "
      "(guideline); the speaker's being an internally displaced person is a state, not an act (borderline a 174 "
      "TUR/MIL -> CYP/CVL)"),
 36: ([], "Georgia (2000): 'intra-State conflicts have become a major threat to international peace and security' = "
          "an evaluation; threat as risk (guideline), no actor"),
 37: ([("authorized outside assistance", "086", "SLB/LEG", "AUS/GOV", False, A, N, False)],
      "Solomon Islands (2003); the sentence starts at 'Solomon Islands National Parliament' (the splitter cut after "
      "'Last July, with unanimous bipartisan support, the'); 'adopted enabling legislation that authorized outside "
      "assistance to restore law and to help the economy to recover' = the Parliament's legal authorisation of the "
      "Regional Assistance Mission (RAMSI) -> allow international involvement 086 (borderline 0861 receive "
      "peacekeepers, RAMSI being police-led with a military component and economic tasks too; borderline 0355 as "
      "an intent), source the Parliament -> SLB/LEG (guideline: persons -> their country/sector; README: "
      "ratifications by parliaments are LEG acts); the outside assistance = RAMSI 'led by Australia' (following sentence), the other "
      "participating countries not named individually in the document -> AUS/GOV (held-out 46/47: a coalition "
      "'led by the United States' is USA/GOV when the document names no other member; borderline target null, as "
      "held-out 86's RAMSI with no contributor named); the legislation is the vehicle of the same act, and the "
      "assistance itself is only authorised here, not coded separately (borderline a nominal 070 AUS/GOV -> SLB/GOV)"),
 38: ([("welcomes the progress", "051", "GAB/GOV", "CIV", False, A, N, False)],
      "Gabon (2008); 'with respect to Côte d'Ivoire, Gabon welcomes the progress made in the implementation of the "
      "Ouagadougou Agreement and its additional agreements' -> 051 (guideline: welcome), the agreement's parties (the "
      "Gbagbo Government and the Forces Nouvelles) named neither in the sentence nor in the document -> a welcome of "
      "a development inside a named country whose parties are not named goes to the bare country (held-out 62-73) "
      "-> CIV (borderline CIV/GOV); the agreement names no party in the text, so it is not coded (README: "
      "the welcome of an agreement codes the agreement too unless it names no party)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Libya (2008): a fragment cut by the splitter, 'Millennium Development Goals (MDGs), held on' [25 September "
          "2008]; the welcome ('We also welcomed the high-level event on the') lies before the cut (held-out "
          "102-109: a fragment whose verb was cut away is left uncoded; borderline 051 LBY/GOV -> org:UNGA)"),
 40: ([], "Slovenia (1993): 'in those countries with totalitarian regimes ... the ensuing ideological vacuum led to "
          "nationalism accompanied by expansionism and grave violations of human rights and of the rights of "
          "minorities' = event nouns with an abstract cause and no named agent; the countries are not named (the "
          "following sentence names the former Yugoslavia only as the place where the consequences were felt), not "
          "coded (borderline a nominal 192 and 1 of YUG/GOV, or 175 null -> null)"),
 41: ([], "Marshall Islands (2000): 'The Marshall Islands has already lost metres of usable and habitable land due to "
          "climate change and sea-level rise' = a natural process, no actor"),
 42: ([], "Mongolia (2011): 'The past year has witnessed dramatic transformations' = a description; the Arab Spring "
          "follows only in the next sentence"),
 43: ([("convened", "043", "VEN/GOV", N, False, A, N, False)],
      "Venezuela (1995); 'In 1826, Bolívar, the Liberator, convened the' = a fragment cut by the splitter whose verb is "
      "in the sentence; the following text completes the object as 'Congress of Panama' (held-out 102-109: a "
      "fragment whose object was cut off is coded from the text after the cut when its verb is in the sentence) -> "
      "convene 043 (guideline: host/convene); a historic act of a head of state (held-out 5: a historic act by a "
      "person named by the office held at the time is that office's government; held-out 28/29: a late president's "
      "act is his government's) -> Bolívar as head of Gran Colombia, which has no code, coded to the speech's own "
      "country of which he was the Liberator -> VEN/GOV (borderline COL/GOV, Gran Colombia's seat at Bogotá, or "
      "PER/GOV, whose head he was when he issued the invitation from Lima); the Congress of Panama's participants "
      "are not named -> target null"),
 44: ([("add Seychelles’ voice", "051", "SYC/GOV", "org:UNGA", False, A, N, False),
       ("have congratulated", "051", N, "org:UNGA", False, A, N, False)],
      "Seychelles (2016); 'Allow me to add Seychelles' voice to those who have congratulated Ambassador Peter Thomson "
      "on his election as President of the General Assembly' = a performative congratulation by the speaker -> 051 "
      "asserted to org:UNGA (held-out 48/49: commending the Assembly President's election 051 to org:UNGA; held-out "
      "76 row 16); 'those who have congratulated' = earlier speakers, an uncoded collective -> a 051 with no source "
      "(held-out 98-101: praise from uncoded collectives is a 051 with no source; held-out 98-101: 'joined the United "
      "Nations in their condemnation' gives the speaker's act and the partner's; borderline the speaker's 051 only)"),
 45: ([], "Estonia (2003): 'Estonia holds the CBSS presidency, and the protection of the environment ... is among the "
          "top priorities of the presidency' = a status and a policy priority, no act between actors (borderline a "
          "050 EST/GOV -> null as the chairing of the Council of the Baltic Sea States, which has no code)"),
 46: ([], "Ethiopia (2008): 'It is the fastest growing non-oil economy in Africa' = a description"),
 47: ([], "Nauru (2015): 'Many have already come forward with meaningful mitigation contributions' = 'many' of the "
          "major economic Powers (preceding sentence), an uncoded collective, pledging national climate contributions "
          "with no counterpart, null-null, not coded (borderline a 030 null -> null); 'will certainly require a great "
          "deal of effort' is an evaluation"),
 48: ([], "Angola (2008): 'The global scale of those challenges ... indicate that we are at a critical moment' = an "
          "evaluation, no actor"),
 49: ([], "Iceland (2010): 'At home, we have taken important steps to change the Constitution to increase the "
          "people's power' = a domestic constitutional reform with no demand or counterpart named, not coded "
          "(borderline 0834 ISL/GOV -> ISL/CVL, held-out 98-101: transferring executive powers to parliament 0834)"),
 50: ([], "The former Yugoslav Republic of Macedonia (1997): a fragment cut by the splitter, 'As long ago as 1994, my "
          "country, the Republic of' [Macedonia, submitted its candidacy ...]; the verb lies after the cut "
          "(held-out 102-109: left uncoded), and a Security Council candidacy is a membership position (held-out "
          "54-61), not coded either way"),
 51: ([], "Armenia (2007): 'If each one of those names, together with the word \"genocide\", evokes ignorance, "
          "helplessness and the covering up of war crimes, \"Darfur\" today is synonymous with expediency, evasion "
          "and simple inconvenience' = evaluations of the international response; the genocides named in the "
          "preceding sentence are not in this one, and 'the covering up of war crimes' has no agent, not coded "
          "(borderline a nominal 200 for Darfur with source SDN/GOV, which the sentence does not name)"),
 52: ([("will work with like-minded", "030", "IRL/GOV", N, False, F, N, False)],
      "Ireland (2006); 'Ireland will work with like-minded partners to keep this issue on the agenda' = a future "
      "cooperative act -> intent code 030 future (guideline: future cooperative acts 03x; held-out 12/13: 'hope that "
      "we can work together' 030 future; README: 'will never give up working with' 030 future), the "
      "partners an uncoded collective -> target null; 'this issue' = nuclear disarmament in the next NPT review "
      "(preceding sentence); borderline not coded as an abstract policy position"),
}
