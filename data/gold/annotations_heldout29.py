"""Hand annotations for the TWENTY-NINTH held-out event gold set (source of events-heldout29.jsonl).

Keyed by the row index of selection-heldout29.jsonl (output of select_bulk_heldout.py 29; all rows come from
bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout29.jsonl \
        --annotations annotations_heldout29 --output events-heldout29.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("we call upon States", "102", "KAZ/GOV", N, False, A, N, False)],
     "Kazakhstan (2010); calling upon the States that have not signed or ratified the CTBT to do so = a request, "
     "addressees an uncoded collective -> target null; Y = join a treaty -> diplomatic cooperation 102 (held-out 5 "
     "row 0, 'those who have not ratified' the UNCAC); 'have not signed or ratified' defines the target class and is "
     "not coded (held-out 4 row 12, 5 row 0)"),
 1: ([], "Ukraine (1995): a review of the discussions in the Security Council and the activities of the Contact Group "
         "'does not ... give a sufficient basis for talking about real political impartiality' = an evaluation of "
         "unnamed members' positions; 'does not' negates the basis, not an event; the Council's discussions are "
         "internal"),
 2: ([], "Panama (2017): 'important to ensure that the misdeeds of the political classes ... do not hurt innocent "
         "people' = uncoded collectives, domestic, no act between coded actors"),
 3: ([], "Venezuela (1990): 'Venezuela rejects that monstrous approach' = the rejection of a doctrine (nuclear peace "
         "through the balance of terror), an abstract policy position without a counterpart actor (guideline; "
         "borderline 120 VEN/GOV -> null, or -> USA/GOV and SUN/GOV as the super-Powers of the context); 'mutual "
         "threats or military escalation' are event nouns without an agent"),
 4: ([], "Cabo Verde (1999): poverty 'should no longer be seen as acceptable' = no actor, no act"),
 5: ([], "Eritrea (1999): territorial expansionism and 'the use or threat of military force and ... political and "
         "economic coercion against ... neighbouring countries' = event nouns without an agent in the sentence "
         "(guideline), a general cause of conflict in the Horn of Africa; 'must never be forgotten' is no event"),
 6: ([], "New Zealand (1992): 'Through the Security Council, and with the support of all the Members ..., we have seen "
         "decisive action to implement collective security measures' = the Council's action (no target named; the "
         "following sentence lists Cambodia, Somalia, the Balkans and the Middle East as UN work) described without a "
         "target, a vague 'action' noun; the support of 'all the Members' is an uncoded collective's (borderline nominal 051 null -> "
         "org:UNSC); 'never before possible' is no event negation"),
 7: ([], "Colombia (2009): 'so that we do not condemn the future inhabitants of the Earth to a planetary holocaust' = "
         "figurative (guideline), no act between actors"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("It has supported", "051", "TUN/GOV", N, False, A, N, False)],
     "Tunisia (1997); 'It' = Tunisia (previous sentences); supporting the Middle East peace process at every stage = "
     "diplomatic support -> 051 (borderline 070, Tunisia having hosted the PLO); support aimed at a process goes to "
     "its named parties (held-out 8), but 'the conflicting parties' are not named in the sentence -> target null, "
     "as held-out 27 rows 9 and 39 (borderline ISR/GOV and PSE/GOV from the surrounding Arab-Israeli context); the "
     "initial contacts between the unnamed parties, the Madrid Conference and the agreements are nouns without a "
     "coded agent, not coded; Oslo, Washington and Cairo are agreement names, not metonyms (held-out 27 row 9)"),
 9: ([], "Azerbaijan (2017): the goal of the Baku Process = a purpose, no act; Baku is part of a name, not a metonym"),
 10: ([("is ready to host a conference", "036", "BEL/GOV", N, False, A, N, False)],
      "Belgium (2013); 'Belgium is ready to host a conference in Brussels' = readiness stated as a fact -> intent to "
      "meet 036 asserted (held-out 9 'stands ready to engage' 03x asserted; held-out 26 row 36 'are prepared to "
      "engage in dialogue' 036), the participants ('private economic partners') an uncoded collective -> target "
      "null (borderline ISR/GOV and PSE/GOV for the peace process); Brussels is a place; the partners' support for "
      "the peace process is the conference's purpose, not coded"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Iceland (1999): 'to stress what I said in the beginning' = the speaker's own past statement about UN "
          "renewal, no act"),
 12: ([], "Kuwait (1999): 'the United Nations system, through the Security Council, ... sought to address and manage "
          "those crises' = the Council's general crisis management, no named target or specific act"),
 13: ([], "Barbados (2007): Prime Minister Arthur 'said ... that there exists no reason ... for delaying an immediate "
          "response to this global crisis' = a statement about climate change, 01x; no act between actors"),
 14: ([("has all along provided assistance", "070", "CHN/GOV", N, False, A, N, False)],
      "China (2007); providing assistance to African countries and other developing countries = habitual aid, "
      "asserted -> 070 (unspecified kind; borderline 071 development aid), the recipients uncoded collectives -> "
      "target null (held-out 2 compound rule); 'has helped them to improve their capacity' is the same aid, coded "
      "once"),
 # --- UNGDC 1990-2019 random: future
 15: ([("welcomes the progress", "051", "SEN/GOV", "CIV", False, A, N, False)],
      "Senegal (2003); welcoming the progress made in Côte d'Ivoire's national reconciliation process (Linas-"
      "Marcoussis) -> 051; welcome aimed at a process goes to its named parties (held-out 8), here only the "
      "country is named -> CIV, the country whose process it is (held-out 27 row 40; borderline CIV/GOV, or CIV/GOV "
      "and CIV/REB for the Government and the Forces Nouvelles, not named in the sentence); 'in the hope that the "
      "incident ... will prove to be only a hitch' = optative, and the incident has no agent"),
 16: ([("My country calls for the enhancement", "1044", "LBY/GOV", N, False, A, N, False)],
      "Libya (1991); calling for the enhancement of the General Assembly's role so that the Security Council changes "
      "= a call for a change in UN institutions with no named addressee -> 1044 target null (held-out 9 'calls "
      "for' seats for Africa 1044 null; held-out 27 row 36; borderline org:UN, or not coded as support for UN "
      "reform, held-out 7)"),
 17: ([("I have also signed the ratification instrument", "057", "GHA/GOV", N, False, A, N, False),
       ("will take part in the event today depositing", "030", "GHA/GOV", N, False, F, N, False)],
      "Ghana (2016, President Mahama); signing Ghana's instrument of ratification of the Paris Agreement -> 057, a "
      "multilateral agreement -> target null (held-out 21 row 17, 24 row 49, 26 row 29); depositing the instrument "
      "today = a future cooperative act -> intent code 030 future with target null (held-out 23 row 45, same act; "
      "borderline org:UN as the depositary, named here); the signing and the deposit are two acts"),
 # --- UNGDC 1990-2019 random: demand
 18: ([("calls on Israel", "1056", "CHN/GOV", "ISR/GOV", False, A, N, False),
       ("calls on Israel", "1056", "CHN/GOV", "PSE/GOV", False, A, N, False),
       ("urges Israel to lift its blockade", "1056", "CHN/GOV", "ISR/GOV", False, A, N, False),
       ("its blockade of the Gaza Strip", "191", "ISR/GOV", "PSE", False, A, N, True)],
      "China (2014); calling on Israel and Palestine to agree on a durable ceasefire -> de-escalation 1056 (held-out "
      "3, 9, 25: ceasefire requests 1056), one event per addressee (guideline), Palestine -> PSE/GOV; urging Israel "
      "to lift its blockade of Gaza and stop building settlements = a second request act, the most specific demand "
      "(held-out 9) easing a blockade -> 1056 (the request counterpart of 0872; borderline 1054); the blockade named "
      "inside the request, with its agent ('its'), is a realised act -> nominal 191 (held-out 12/13 rule; held-out 5 "
      "row 80 blockade 191), the Gaza Strip -> PSE (the territory); building settlements has no specific CAMEO code "
      "(borderline 192), not coded"),
 19: ([], "Philippines (2005): 'these concerns should be addressed in a comprehensive and integrated manner' = an "
          "agentless deontic, no act"),
 20: ([], "Malta (2000): 'At no time must we lose sight of these very real issues' = attention, no act"),
 21: ([("We call on all members", "100", "STP/GOV", N, False, A, N, False)],
      "Sao Tome and Principe (2004); calling on all members of the UN (collective -> null) to do likewise = respect "
      "the sovereignty of all countries and follow the path of dialogue, tolerance and mutual understanding (previous "
      "sentence) -> a call with a vague Y -> 100 target null (held-out 13 row 54, 22 row 59)"),
 22: ([], "Chad (1999): 'appropriate steps must be taken to ensure that all States will share equally in the benefits "
          "of globalization' = an agentless deontic whose Y is not a codable behaviour"),
 23: ([("I urge those", "100", "MUS/GOV", N, False, A, N, False),
       ("give comfort and sustenance", "070", N, "MMR/MIL", False, A, N, False)],
      "Mauritius (2009, Prime Minister Ramgoolam); urging 'those countries that give comfort and sustenance to the "
      "regime' (unnamed -> null) not to let their mercantile interests perpetuate the misery of the people = a "
      "request with a vague Y (stop propping up the regime) -> 100 (borderline 1042 policy change); the realised act "
      "in the relative clause (held-out 12/13: a realised act named inside a request is coded), giving comfort and "
      "sustenance to the Burmese junta (the paragraph: sanctions on Burma) -> support 070, source the uncoded "
      "countries -> null, target MMR/MIL (guideline: juntas); 'this long-suffering people' is the misery's victim, "
      "no act"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "Finland (2008): 'Support for the rural sector is crucial' = an abstract policy position, no actor"),
 25: ([("Grenadines signed", "057", "VCT/GOV", N, False, A, N, False)],
      "Saint Vincent and the Grenadines (2013); signing the Arms Trade Treaty on the first day it opened for "
      "signature -> 057, a multilateral treaty -> target null (held-out 21 row 17, 26 row 29); 'far weaker than we "
      "would have liked' is an evaluation"),
 26: ([("hope to conclude further agreements", "0311", "PER/GOV", "KOR/GOV", False, F, N, False),
       ("hope to conclude further agreements", "0311", "PER/GOV", "CHN/GOV", False, F, N, False)],
      "Peru (2008); the splitter cut the sentence after 'with'; its objects are in the following text (held-out 6, "
      "27 row 35: a participant taken from the following text): South Korea and China; hoping to conclude further "
      "(free trade) agreements soon = the speaker's own future cooperative act -> intent code, economic -> 0311 "
      "future (guideline; held-out 12/13 'hope that we can work together' 030 future), one event per partner "
      "(borderline 057 future)"),
 27: ([("the call", "107", "ARE/GOV", "IRN/GOV", False, A, N, True),
       ("the occupation of our three islands", "192", "IRN/GOV", "ARE", False, A, N, True)],
      "United Arab Emirates (2001); 'look forward to a response from the Islamic Republic of Iran' = a hope about "
      "another actor's act, optative, not coded (held-out 5 'looks forward to receiving Russia's written response'); "
      "'the call by the United Arab Emirates to find a peaceful settlement' addressed to Iran = a nominal request "
      "with its author named -> settle the dispute, through direct negotiations or the ICJ -> 107 (borderline 106), "
      "nominal; the occupation of 'our three islands' (Greater Tunb, Lesser Tunb, Abu Musa) by the addressee Iran, "
      "named in the same sentence -> nominal 192 (guideline invade/occupy 192; held-out 22/23 'Israeli-occupied "
      "Golan' nominal 192), the islands -> the bare country ARE (borderline not coded: the agent is not in the "
      "noun's own phrase)"),
 28: ([("thank", "051", "MWI/GOV", "org:UN", False, A, N, False),
       ("thank", "051", "MWI/GOV", "org:FAO", False, A, N, False),
       ("thank", "051", "MWI/GOV", "org:WFP", False, A, N, False),
       ("their timely assistance", "073", "org:UN", "MWI/GOV", False, A, N, True),
       ("their timely assistance", "073", "org:FAO", "MWI/GOV", False, A, N, True),
       ("their timely assistance", "073", "org:WFP", "MWI/GOV", False, A, N, True)],
      "Malawi (2002, the food crisis); thanking the UN funds and programmes, in particular FAO, WFP and OCHA, and the "
      "resident UN agencies -> 051 per named body (guideline compound split; held-out 2 codes org:FAO and org:WFP): "
      "the funds and programmes as a whole, OCHA (a part of the UN Secretariat) and the resident UN agencies -> "
      "org:UN, coded once for that pair; their timely assistance = emergency relief -> nominal humanitarian aid 073, "
      "its agents from the thanks (held-out 24/25: thanks 'for the ongoing support'), to the speaker's country -> "
      "MWI/GOV (held-out 26 row 27; borderline MWI/CVL); 'providing relief coordination and procurement services' "
      "is the same assistance of the resident agencies, coded once"),
 29: ([("Ireland demands decisive action", "100", "IRL/GOV", "org:UN", False, A, N, False)],
      "Ireland (2015); demanding decisive action in confronting any criminal behaviour by UN troops (sexual "
      "exploitation and abuse, previous sentences) = a request whose addressee is the Organization whose troops they "
      "are -> org:UN (guideline: the missing participant from the context; borderline null, troop-contributing "
      "countries too), Y = confronting (investigating, prosecuting) misconduct -> generic 100 (borderline 1042); "
      "'any criminal behaviour' is a generic class, not a realised act, not coded"),
 30: ([("We support the United Nations role", "051", "BGD/GOV", "org:UN", False, A, N, False)],
      "Bangladesh (1990); supporting the UN's role in Central America (ONUCA, the Esquipulas agreements) -> 051 to "
      "org:UN; 'promoting the practical realization of the various agreements reached' is the role's content, a "
      "vague noun (borderline nominal 045 org:UN -> null), and the agreements have no named parties"),
 31: ([("our constant support", "051", "EGY/GOV", "BIH/CVL", False, A, N, True),
       ("we accept what their Government deems", "051", "EGY/GOV", "BIH/GOV", False, A, N, False)],
      "Egypt (1995); 'our constant support for the rights of the people of Bosnia and Herzegovina and their just "
      "cause' = the speaker's support with its agent ('our') and a named beneficiary -> nominal 051 to BIH/CVL "
      "(borderline not coded as an abstract position); 'we accept what their Government deems acceptable' (of the "
      "peace plans) = endorsement of the Bosnian Government's position -> 051 to BIH/GOV (borderline 030); President "
      "Izetbegovic's 'admirable flexibility' is an attitude and his having 'responded positively to international "
      "legality' is compliance with norms with no counterpart actor, neither coded (borderline 080 BIH/GOV); 'as the "
      "whole world has seen' = no named source"),
 32: ([("We urgently appeal to all nations", "103", "LBR/GOV", N, False, A, N, False),
       ("engaged in the peace-keeping effort", "074", "org:ECOWAS", "LBR", False, A, N, False)],
      "Liberia (1991, the Interim Government); an appeal (guideline: appeals -> 10x) to all nations, especially the "
      "industrialized countries (collectives -> null), to offer substantial assistance to the countries engaged in "
      "the peace-keeping effort -> demand aid 103 (borderline 1032 military aid, the US assistance of the previous "
      "sentence being for their peace-keeping role); the realised peacekeeping named inside the request (held-out "
      "12/13 rule) = ECOMOG, the ECOWAS force (previous sentences: 'countries that contribute to ECOMOG', 'some "
      "members of ECOWAS') -> 074 from org:ECOWAS (borderline null for the unnamed contributing countries) to the "
      "country LBR (held-out 27 row 27 AMISOM 074 to SOM); 'emulate this example' restates the same request"),
 33: ([("I would ask the Sanctions Committee", "1054", "CAF/GOV", "org:UNSC", False, A, N, False),
       ("imposed on the Central African Republic", "163", N, "CAF", False, A, N, False)],
      "Central African Republic (2014, the Transition); 'I would ask' = the performative request, polite form -> "
      "asserted (held-out 26 row 58 'would like to congratulate'); the Sanctions Committee = a committee of the "
      "Security Council -> org:UNSC; reconsidering the arms embargo -> demand easing of an embargo 1054; 'the arms "
      "embargo imposed on the Central African Republic' = an agentless passive with a named target -> 163 with null "
      "source, target the country (held-out 26 row 25; borderline org:UNSC as the imposer, not named in the "
      "sentence)"),
 34: ([], "Latvia (2012): 'The conflict in Syria threatens security and stability' = figurative threat (risk), no "
          "actor (guideline)"),
 35: ([("Australia supports the work", "051", "AUS/GOV", "org:UN", False, A, N, False),
       ("Australia supports the work", "051", "AUS/GOV", "org:OPCW", False, A, N, False),
       ("identifying those who deployed", "094", "org:UN", N, False, A, N, True),
       ("identifying those who deployed", "094", "org:OPCW", N, False, A, N, True)],
      "Australia (2017); supporting the work of the UN and the OPCW -> 051 per organisation (guideline compound "
      "split; org:OPCW held-out 10/11); their work in identifying those who deployed chemical weapons in Syria (the "
      "OPCW-UN Joint Investigative Mechanism) = an investigation of war crimes with its agents named -> nominal 094 "
      "per organisation (held-out 18/19 'an investigation of war crimes 094'), the perpetrators unnamed -> target "
      "null; the use of chemical weapons has no named agent, not coded"),
 36: ([], "Barbados (2012): 'We support the pursuit of comprehensive strategies that address ... causes of conflict' "
          "= an abstract policy position without an actor (guideline)"),
 37: ([("appealed", "108", "UKR/GOV", "RUS/GOV", False, A, N, False),
       ("appealed", "108", "UKR/GOV", "org:UN", False, A, N, False)],
      "Ukraine (1993); President Kravchuk (in office on the speech date) appealed on 21 September to the President "
      "of the Russian Federation, a guarantor of the Georgian-Abkhaz truce agreement, and to the Secretary-General "
      "= an appeal (guideline: appeals -> 10x), one event per addressee; Y = take all possible measures to stop the "
      "escalation and activate the agreement's mechanism = the addressees acting as guarantor/third party -> "
      "demand mediation 108 (held-out 22/23: asking an envoy to seek a plan's implementation 108; borderline 1056); "
      "the truce agreement's parties are not named, not coded; 'is a guarantor' is a status"),
 38: ([("we ask that friendly", "103", "SLV/GOV", N, False, A, N, False)],
      "El Salvador (1997); asking friendly countries and multilateral institutions (uncoded collectives -> null) to "
      "continue to support us and to provide timely assistance = one request for aid -> 103; 'us' = El Salvador "
      "with its Central American partners in the union effort, the speech's government by the UN-speech rule"),
 39: ([("has embarked on a series of dangerous", "170", "CHN/GOV", "PHL", False, A, N, False)],
      "Philippines (2014); 'the said State' is left unnamed, but the document makes it plain: the State invited to "
      "the UNCLOS annex VII arbitration, the occupier of Scarborough Shoal and the holder of the 'so-called nine-dash "
      "line' (following paragraphs) -> CHN/GOV (guideline: a participant from the context; borderline null, the "
      "speaker avoiding the name); embarking on 'dangerous, reckless and forceful activities in an attempt to "
      "impose unilateral change in the maritime status quo' = coercion -> 170 (held-out 22/23 'pressure campaign "
      "against Taiwan' 170), aimed at the Philippines' maritime rights (previous sentence) -> PHL (borderline "
      "PHL/GOV, or null with the other littoral neighbours); 'Instead of peacefully resolving' is a contrast, no "
      "negated event"),
 40: ([], "Dominican Republic (1994): a record of political stability = no act"),
 41: ([("decision last month to continue preparations", "0334", "org:UNSC", "SDN", False, A, N, True),
       ("drew sharp criticism", "111", "SDN/GOV", "org:UNSC", False, A, N, False)],
      "Denmark (2006); 'The Council's decision ... to continue preparations for a United Nations peacekeeping force "
      "to relieve the African Union force' in Darfur = a decision of the Security Council to deploy peacekeepers, an "
      "intent stated as a fact with its agent named -> nominal 0334 asserted (guideline 'EU leaders agreed to open "
      "negotiations' 03x asserted; held-out 16/17 0334), target the country where the force would deploy -> SDN "
      "(held-out 27 row 27 peacekeeping to the country; borderline SDN/CVL, the civilians of Darfur); the decision "
      "'drew sharp criticism from the Government of the Sudan and was denounced as neo-colonialism and a violation "
      "of its sovereign rights' = one disapproval act of Khartoum -> 111 to org:UNSC, 'was denounced' being the same "
      "criticism, coded once (guideline: a repeated mention coded once; borderline a second event 112 for the "
      "accusation of violating sovereignty); 'stop the senseless carnage of civilians in Darfur' is the force's "
      "purpose, the carnage having no agent in the sentence"),
 42: ([], "Vanuatu (2015): 'What we need are revitalized partnerships, international cooperation' = abstract needs, "
          "no actor pair"),
 43: ([("We hail the efforts", "051", "NAM/GOV", "org:ECOWAS", False, A, N, False),
       ("welcome", "051", "NAM/GOV", "org:UN", False, A, N, False),
       ("establishment of the United Nations Mission", "074", "org:UN", "LBR", False, A, N, True)],
      "Namibia (2003); hailing the efforts of ECOWAS in Liberia = praise -> 051 to org:ECOWAS (held-out 7 code); "
      "'the efforts' themselves (ECOMIL, mediation) are a vague noun, not coded (borderline nominal 074); welcoming "
      "the establishment of the UN Mission in Liberia (UNMIL) = praise of a UN act -> 051 to org:UN (held-out 27 row "
      "43; borderline org:UNSC, which established it, not named); the establishment of the Mission = a realised "
      "peacekeeping deployment with its agent in its name -> nominal 074 org:UN to the country LBR (held-out 22/23 "
      "'positive role as a peacekeeping contributor' nominal 074; held-out 27 row 27; borderline not coded)"),
 44: ([], "Poland (2010): problems 'are making States increasingly open to deepened cooperation' = a trend, "
          "uncoded collective, no act"),
 45: ([("demands", "1053", "ARE/GOV", "IRN/GOV", False, A, N, False)],
      "United Arab Emirates (2009); demanding the return of 'those islands' (Greater Tunb, Lesser Tunb and Abu Musa) "
      "with full sovereignty = a request; the addressee is the occupier named in the previous sentence ('the "
      "continued occupation by the Islamic Republic of Iran') -> IRN/GOV (guideline: a participant from the "
      "context); Y = return of territory -> demand release of persons or property 1053 (the request counterpart of "
      "0842; borderline 1056 for the counterpart of 0874 withdrawal); the occupation itself is not in this sentence"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([("not for me to complain", "111", "GEO/GOV", "org:UN", True, A, N, False)],
      "Georgia (1994, the Foreign Minister); 'it is not for me to complain about the deficiencies of the United "
      "Nations in terms of its peace-keeping activities' = plain negation of a criticism -> negated 111 to org:UN "
      "(held-out 20/21 'Uruguay is not here to beg' negated 103, asserted; guideline: plain negation keeps the "
      "event's code); borderline not coded as a preterition, or modality demanded ('not for me to' as a deontic); "
      "'Perhaps' hedges the statement, not the event"),
 47: ([], "Senegal (1996): globalization and 'the resurgence of new forms of confrontation and conflict' = agentless "
          "trends; 'countries have never been closer' is no event"),
 48: ([], "Qatar (2018): 'a series of recent events in several countries' and 'the risk of hacking' = no named "
          "actor (the hacking is a risk, not an act with an agent)"),
 49: ([], "Samoa (2009): 'one would expect the international donor community to be jostling for opportunities to "
          "assist our development efforts' = a counterfactual expectation of an uncoded collective (donors -> null) "
          "toward 'our' = the Pacific region (an uncoded collective; 'our credentials as a region'), null-null, not "
          "coded (borderline hypothetical 070 null -> WSM/GOV)"),
 50: ([], "Mauritania (2015): promoting a culture of peace and tolerance = abstract, no actor"),
 51: ([], "Tuvalu (2012): participating in the general debate on behalf of Tuvalu = no act between actors"),
 52: ([], "Barbados (2019): 'we have talked so long about Belize and Guyana and Cuba' = statements, 01x; 'people feel' "
          "is an attitude"),
 53: ([("sows military bases", "154", "USA/GOV", N, False, A, N, False)],
      "Venezuela (2011); President Chávez's letter read out by the delegation = the speech's own government "
      "(reported_by null; held-out 7, 27 row 12); 'Why is the United States the only country that sows military "
      "bases all over the world?' = a question about why, presupposing the act (guideline: a fact presupposed by "
      "the frame is asserted, 'Isn't it problematic that ...'), not a question about whether it happens; "
      "establishing military bases worldwide = a force posture -> 154 (held-out 24/25 force posture 154; "
      "borderline 150), 'all over the world' -> target null"),
 54: ([("convey", "051", "AGO/GOV", "org:UNGA", False, A, N, False)],
      "Angola (2004); conveying 'to him' (Mr. Ping, the previous sentence: presiding over the General Assembly at its "
      "fifty-ninth session) the most heartfelt congratulations upon his election -> 051 to org:UNGA (held-out 11, "
      "12, 26 row 58: congratulating the PGA); 'on behalf of my Government and on my own behalf' = one act; 'his "
      "election' has no agent"),
 55: ([], "United Kingdom (2000): 'the number of troops on United Nations peacekeeping missions ... has trebled' = an "
          "agentless trend with no named location or host"),
 56: ([], "USSR (1990; the corpus file gives RUS): democratic forms 'are becoming consolidated' = a trend, no act"),
 57: ([], "Poland (2014): remembering the world without the UN = no act"),
 58: ([], "Bahrain (1998): Bahrain 'is hardly a stranger to' positive developments = no act"),
 59: ([], "Brazil (1999): Latin America has fashioned a new international image = a region (uncoded), no act"),
}
