"""Hand annotations for the HUNDRED-AND-SECOND held-out event gold set (source of events-heldout102.jsonl).

Keyed by the row index of selection-heldout102.jsonl (output of select_bulk_heldout.py 102; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout102.jsonl \
        --annotations annotations_heldout102 --output events-heldout102.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Uzbekistan (2009): anti-crisis programmes and their cost 'do not yet guarantee the stabilization of the "
         "world financial market' = an evaluation of agentless policies, no act between actors; 'do not yet "
         "guarantee' negates an outcome, not an event"),
 1: ([], "Holy See (2011): 'The economy does not function only through market self-regulation, and even less through "
         "agreements that are limited to accommodating the interests of the most powerful' = a general reflection; "
         "the agreements have no named parties (the most powerful an uncoded collective), not coded"),
 2: ([], "Fiji (2018): 'They' = the nationally determined contributions 'we have all made' (preceding sentence, 'we' "
         "meaning all states); 'will not get us to the goal agreed in the Paris Agreement' negates an outcome, not "
         "an event; 'the goal agreed' is an agreement of all the Parties, an uncoded collective with no counterpart "
         "(borderline a 057 null -> null)"),
 3: ([], "Lao PDR (2018): 'Enforced isolation and the imposition of sanctions on any country will not necessarily "
         "benefit the international community' = a general norm on sanctions policy, no imposer and no target named "
         "('any country'), null-null, not coded (borderline a nominal 163 null -> null); 'will not ... benefit' "
         "negates an effect, not an event"),
 4: ([("involvement", "070", N, "SOM/CVL", False, A, N, True)],
     "Mauritania (1996); 'the international community, despite the solidarity it has shown in the past through its "
     "involvement' in Somalia = the international humanitarian and military engagement of 1992-1995 (UNITAF, UNOSOM) "
     "-> a nominal support noun 070 (borderline 074 peacekeeping), the international community uncoded -> source "
     "null (held-out 40/41: 'the international community has not stepped in to protect' coded with no source), to "
     "the Somali people named in the same sentence -> SOM/CVL (Somalia had no government in 1996; borderline bare "
     "SOM); 'no longer evinces much interest' is a loss of interest, not a negated event; 'the war continues' is "
     "an event noun whose agent neither the sentence nor the speech names (the speech speaks only of the Somali "
     "people's differences) -> not coded (held-out 10 row 80: the war with no agent not coded; borderline a "
     "nominal 190 with no source, as held-out 86 row 35's 'imposed war', or SOM/REB)"),
 5: ([], "Armenia (2010): 'While we are discussing all possible ways to create a more prosperous and safer world' = "
         "'we' meaning the whole Assembly (held-out 42/43: not coded); 'we would be remiss if we did not speak about "
         "the responsibility to protect' is a speech act about the speech itself; no event"),
 6: ([], "Malta (2015): 'Safe countries of origin that do not help in returns should face sanctions' = a deontic "
         "whose imposer is unnamed (the preceding text speaks of the European Union effort, but the sentence and "
         "its neighbours do not make the EU the imposer) and whose target is an uncoded class of countries, "
         "null-null, not coded (held-out 54-61: acts between uncoded collectives left uncoded; borderline a "
         "demanded 163 null -> null, or org:EU -> null); 'do not help in returns' is a norm for an uncoded class, "
         "not a negated event"),
 7: ([], "San Marino (1992): 'A premeditated and determined refusal to find a peaceful solution must be considered "
         "an act of war, but counter-attack is difficult when there has been no actual attack' = a general "
         "definition about the former Yugoslavia, the refusal and the attacks with no named agent (guideline: "
         "event nouns without an agent not coded); 'no actual attack' is a generic condition, not a negated event "
         "(borderline a nominal 125 YUG/GOV -> null from the preceding sentence's 'former Yugoslavia')"),
 # --- UNGDC 1990-2019 random: future
 8: ([("unanimously approved the agreement", "057", "GTM/LEG", "BLZ/GOV", False, A, N, False),
      ("ratify", "030", "GTM/CVL", "BLZ/GOV", False, F, N, False),
      ("ratify", "030", "BLZ/CVL", "GTM/GOV", False, F, N, False)],
     "Guatemala (2012); 'Our Congress unanimously approved the agreement' = the Guatemalan Congress's approval of "
     "the 2008 special agreement with Belize to submit the territorial dispute to the ICJ (preceding sentence) = a "
     "legislature's ratification -> 057 from GTM/LEG to the other party BLZ/GOV (held-out 88 row 26: 'their "
     "Parliaments ratified it' one 057 per parliament to the other party); 'on October 6, 2013, simultaneous "
     "plebiscites will be held in both countries to democratically ratify our commitment to resorting to the "
     "International Court of Justice' = a ratification to come -> a future cooperative act, intent code 030 "
     "future (held-out 101 row 8: 'will be ratified' 030 future), by the voters of each country -> GTM/CVL and "
     "BLZ/CVL (one per country), each to the other country's government (borderline GTM/GOV and BLZ/GOV as the "
     "governments holding the plebiscites, or 057 future); recourse to the ICJ is the content of the commitment, "
     "not coded separately (borderline a future 115)"),
 9: ([], "Malta (2014): 'A year from now, we will analyse the Millennium Development Goals and will, hopefully, agree "
         "on sustainable development goals' = 'we' meaning all states (held-out 42/43: not coded), a multilateral "
         "agreement of an uncoded collective with no counterpart (borderline a future 030 null -> null)"),
 10: ([], "Ghana (2010): 'the early delivery and transparent allocation of that money' = the climate-finance pledges "
          "of 'industrialized nations' (preceding sentence) to developing countries, both uncoded collectives, "
          "null-null, hypothetical, not coded (borderline a future 071 null -> null); 'show that industrialized "
          "countries are truly committed to progress in the broader negotiations' is an evaluation"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Ecuador (1993): 'we should not rely solely on old economic statistical systems, but should turn to systems "
          "... such as that proposed by the United Nations Development Programme' = 'we' meaning all states and a "
          "policy method; the UNDP's proposal of an index is a document, not an act between actors (borderline 051 "
          "ECU/GOV -> org:UNDP)"),
 12: ([], "Venezuela (2014): 'we insist on the need for an in-depth transformation' of the United Nations = a UN "
          "reform position (held-out 54-61, 62-73: reform positions not coded; borderline 1044 VEN/GOV -> org:UN); "
          "'as Commander Hugo Chavez said on many occasions' is a speech verb (01x)"),
 13: ([], "Serbia (2011): 'All acknowledge that this is an issue that must be addressed on the basis of the current "
          "realities' = an uncoded collective's view and an agentless deontic about North Kosovo; no act"),
 14: ([], "Rwanda (1993): 'the international community must undertake measures that can promote the emergence of a "
          "new ... world economic order' = a deontic for an uncoded collective with no counterpart and no codable "
          "behaviour; 'is convinced' is a belief"),
 15: ([], "Nicaragua (2019): 'Putting obstacles in place that prevent our people from reaching these goals' = the "
          "unilateral coercive measures of the preceding sentence, stated as a generic gerund whose agent neither "
          "the sentence nor the surrounding paragraph names; 'is inhumane and criminal' is an evaluation; 'must be "
          "denounced and condemned by all of humankind' = a norm for all (held-out 44/45: 'acts of terrorism should be "
          "condemned wherever', a norm for all states, not coded), the condemned agent unnamed, null-null, not "
          "coded (borderline the speaker's 111 NIC/GOV -> null, as 'should be utterly deplored and condemned', or a "
          "nominal 163 null -> NIC/CVL for the obstacles)"),
 16: ([], "Palau (2012): 'They' = distant-water fishing vessels (preceding sentence), an uncoded collective; 'should "
          "fish within our limits and recognize our right to realize the benefits of our natural resources' = "
          "compliance with Palau's laws and maritime limits (guideline: 'comply with obligations' is not a codable "
          "behaviour), not coded (borderline a demanded 054 null -> PLW/GOV for 'recognize our right')"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Antigua and Barbuda (2005): 'We call for further and unambiguous acknowledgement of the security-development "
          "nexus and for the economic development of all countries to be accorded equal priority' = a call with no "
          "addressee on a general development position (held-out 52/53: urging with no addressee on general matters "
          "not coded; borderline a 100 ATG/GOV -> null)"),
 18: ([("hosts", "043", "KEN/GOV", N, False, A, N, False)],
      "Kenya (2003); 'hosts the Nairobi Secretariat on Small Arms and Light Weapons, a regional initiative involving "
      "10 countries of the Great Lakes region and the Horn of Africa' = hosting a regional body's seat -> 043 (held-out "
      "46/47: 'we host' an organisation's centre 043 to the organisation; held-out 50/51: hosting an organisation's seat "
      "043), the Secretariat has no code and the 10 countries are not named -> target null (borderline not coded as "
      "a standing arrangement); 'has been actively involved in efforts to address this issue' is too vague to code "
      "(borderline 050 KEN/GOV -> null)"),
 19: ([], "Suriname (2016): 'we have been discussing migration as a top priority of the international community' = "
          "'we' meaning all states (held-out 42/43: not coded); the 2030 Agenda 'deals with migration' is a document"),
 20: ([("ask for the cooperation", "102", "JPN/GOV", N, False, A, N, False)],
      "Japan (1997); 'I would earnestly ask for the cooperation of all participating countries' = a request "
      "(guideline: ask -> 10x) to the Parties to the Kyoto conference (COP3, which Japan hosts, preceding sentence), "
      "an uncoded collective -> target null (held-out 77 row 8: a call with a specific Y coded with target null), "
      "Y = cooperation for the conference's success and the adoption of a protocol -> demand diplomatic cooperation "
      "/ policy support 102 (borderline 100, or 1011), 'would' performative -> asserted; 'Japan is sparing no effort "
      "to ensure the success of this conference' is too vague to code (borderline 036 future for hosting COP3, "
      "named only in the preceding sentence); the protocol's adoption is hoped for, optative, not coded"),
 21: ([], "Monaco (2004): 'the Principality supports initiatives aimed at improving the Organization's methods of work "
          "and, in particular, those regarding Security Council reform' = a UN reform position (held-out 54-61, 62-73: "
          "reform positions not coded; borderline 051 MCO/GOV -> org:UN)"),
 22: ([], "Denmark (2013): 'The New Deal for Engagement in Fragile States, led by the g7+ countries, provides ... goals "
          "that call for a global effort' = a document's content; the g7+ is a group without a code whose members "
          "the document does not name; 'call for' is the document's, with no addressee; not coded"),
 23: ([("express my sincere gratitude", "051", "VNM/GOV", "org:UN", False, A, N, False),
       ("express my sincere gratitude", "051", "VNM/CVL", "org:UN", False, A, N, False),
       ("have lent", "070", "org:UN", "VNM/GOV", False, A, N, False)],
      "Viet Nam (2018); 'on behalf of the Vietnamese Government and people, to express my sincere gratitude to the "
      "United Nations and all countries and international organizations' = thanks (guideline: thank -> 051), a "
      "joint expression by a government and its people -> one 051 each (held-out 36/37; held-out 60 row 27, 68 row "
      "19) from VNM/GOV and VNM/CVL, to the one coded addressee org:UN, the uncoded 'all countries and "
      "international organizations' dropped (guideline compound rule; borderline target null, held-out 14/15: "
      "thanks that include a group without a code); 'that have lent their active and effective assistance to Viet "
      "Nam' = aid -> 070 from org:UN (held-out 28/29: thanks 'for the ongoing support' gives the support its agent; "
      "held-out 46 row 4: UN support to the country's government), to VNM/GOV (borderline bare VNM), realised -> "
      "asserted; borderline a single VNM/GOV 051, the speaker being the Government's"),
 24: ([], "Tunisia (1999): the sentence starts at 'Organization in this field' (the splitter cut after 'despite the "
          "numerous successes of our'); 'there are still many hotbeds of tension and war that require more coordination "
          "and cooperation' = an evaluation; the conflicts have no named parties and the cooperation no actor"),
 25: ([], "Cote d'Ivoire (2018): 'challenges and uncertainties that are gradually eroding our ability to respond "
          "collectively ... to threats to international peace and security' = an evaluation; threats as risks "
          "(guideline), no actor"),
 26: ([("we support the timely initiative", "051", "ECU/GOV", "COL/GOV", False, A, N, False),
       ("suggested", "036", "COL/GOV", "org:UN", False, A, N, False)],
      "Ecuador (1992); 'we support the timely initiative of the President of Colombia' = verbal support for another "
      "leader's proposal -> 051 to that leader's government (held-out 94-97: endorsing a statement another leader made "
      "is a 051 to that leader's government and the leader's own act is coded too), President Gaviria -> COL/GOV; "
      "'who, from this rostrum, suggested that a United Nations conference on illicit drugs be planned and "
      "convened' = proposing a conference, an explicit intent verb stated as a fact -> 036 asserted (held-out 68 "
      "row 35: 'I have also proposed' that an international conference be held 036), a UN conference -> org:UN "
      "(borderline target null, or org:UNGA; borderline a request 106 COL/GOV -> org:UN, held-out 8 row 80: a call "
      "for the convening of a peace conference 106); the speech verb itself is the event, reported_by null; the "
      "conference is the proposal's content, not coded separately"),
 27: ([("have appealed to both sides", "1056", "SMR/GOV", "ISR/GOV", False, A, N, False),
       ("have appealed to both sides", "1056", "SMR/GOV", "PSE/GOV", False, A, N, False),
       ("have appealed to both sides", "1056", "SMR/LEG", "ISR/GOV", False, A, N, False),
       ("have appealed to both sides", "1056", "SMR/LEG", "PSE/GOV", False, A, N, False)],
      "San Marino (2014); 'The San Marino Government and Parliament have appealed to both sides to let their guns fall "
      "silent and the desire for dialogue prevail' = a request (guideline: appeal -> 10x) from two sectors, one "
      "event per actor pair (guideline compound split; held-out 20/21: one event per sector) -> SMR/GOV and "
      "SMR/LEG; 'both sides' = the parties to the Israeli-Palestinian conflict of the preceding sentence and the "
      "'two peoples' of this one -> ISR/GOV and PSE/GOV (held-out 79 row 6: 'both sides' Israelis and Palestinians "
      "ISR/GOV and PSE/GOV; borderline PSE/REB, Hamas being the Palestinian party in the 2014 Gaza war, unnamed in "
      "the speech); Y = a ceasefire and dialogue -> the most specific sub-code, de-escalation 1056 (held-out 9: a "
      "request with several demands takes the most specific sub-code; borderline 106); Y not coded separately"),
 28: ([("are calling for a ceasefire", "1056", "SYR/CVL", N, False, A, N, False)],
      "Norway (2015); 'In several war-ravaged towns in Syria, groups of women are calling for a ceasefire and "
      "evacuation' = a request (guideline: call for -> 10x) by Syrian civil-society groups -> SYR/CVL, Y = ceasefire "
      "(and evacuation) -> de-escalation 1056 (most specific sub-code; borderline 1033 for the evacuation), no "
      "addressee named -> target null (borderline SYR/GOV and SYR/REB as the warring parties); 'war-ravaged' is an "
      "adjective with no agent, not coded"),
 29: ([("We support", "051", "COG/GOV", "SSD/GOV", False, A, N, False),
       ("We support", "051", "COG/GOV", "SDN/GOV", False, A, N, False),
       ("negotiations", "045", "org:AU", "SSD/GOV", False, A, N, True),
       ("negotiations", "045", "org:AU", "SDN/GOV", False, A, N, True)],
      "Congo (2012); 'We support the African Union's negotiations in Ethiopia on that issue' = verbal support for a "
      "facilitated process -> 051 to the parties the document names (held-out 16/17: support for a facilitated "
      "dialogue goes to the parties the document names; held-out 41 row 9), 'that issue' = the dispute between "
      "South Sudan and the Sudan (preceding sentence) -> SSD/GOV and SDN/GOV (borderline a third 051 to org:AU); "
      "'the African Union's negotiations' = the AU High-level Implementation Panel's facilitation of the Sudan-South "
      "Sudan talks in Addis Ababa -> a nominal mediation 045 from org:AU to each party (held-out 54-61: a "
      "facilitation or mediation of an organisation is a nominal 045 to each party; borderline 046 between the "
      "parties); Ethiopia is a place"),
 30: ([], "Mexico (2001): threats that 'derive from worldwide phenomena such as transnational organized crime, "
          "environmental degradation, AIDS, and ... terrorism' = threats as risks (guideline), no actor"),
 31: ([("initiate proceedings for our admission", "1011", "ARG/GOV", "org:OECD", False, A, N, False),
       ("take part in the", "036", "ARG/GOV", "org:OECD", False, F, N, False)],
      "Argentina (1992); 'This has allowed us to initiate proceedings for our admission to the Organisation for "
      "Economic Cooperation and Development (OECD)' = a realised bid for membership -> a request (held-out 86 row "
      "24: Taiwan's bid for UN membership 102; held-out 20/21: an application to join NATO 1012), to an economic "
      "organisation -> demand economic cooperation 1011 (borderline 102 as for the UN bid), verb -> not nominal, to "
      "org:OECD (held-out 54-61: org:OECD); 'where we hope to take part in the discussion of global and sectoral "
      "economic policies' = the speaker's own intended participation -> 036 future (held-out 32/33: an intent to take "
      "part in a UN process 036 future; held-out 12/13: 'hope that we can work together' 030 future), to org:OECD "
      "(borderline hypothetical, being conditional on admission, or not coded as optative)"),
 32: ([("Holding a hostage", "181", "PSE/REB", "ISR/MIL", False, A, N, True)],
      "Israel (Peres, 2008); 'Holding a hostage in Gaza' = Hamas's captivity of Gilad Shalit (the preceding "
      "sentences: 'Hamas responded with a bloody takeover', 'These militants ... added kidnapping', 'the immediate "
      "release of Gilad Shalit') -> take hostage 181 (held-out 46/47: an agentless 'was kidnapped' 181), an event "
      "noun whose agent is plain from the text around it (held-out 48/49: coded) -> Hamas PSE/REB (held-out 4: "
      "Hamas PSE/REB), the captive an Israeli soldier -> ISR/MIL (borderline ISR/CVL, the speech naming only "
      "his family); gerund subject -> nominal (held-out 52 row 18, 54: gerund -> nominal), ongoing -> asserted; "
      "'causes Gaza's isolation' = an agentless isolation noun, not coded (borderline a nominal 191 ISR/GOV -> "
      "PSE); 'could cause further deterioration' is no act"),
 33: ([("joining", "057", "QAT/GOV", "org:GCC", False, A, N, False)],
      "Qatar (1995); 'By joining our brethren in the Gulf Cooperation Council' = Qatar's accession (as a founding "
      "member, 1981) to the regional organisation -> 057 (held-out 77 row 48: 'Burundi joined the East African "
      "Community' 057 to the organisation), to org:GCC (held-out 13: org:GCC), a realised past act, adverbial "
      "gerund -> not nominal (held-out 64: a realised gerund not nominal); borderline 050, or not coded as a "
      "membership act; 'we have set a course towards ... goals' is figurative"),
 34: ([("salute", "051", "CIV/GOV", "org:ECOWAS", False, A, N, False),
       ("the action", "074", "org:ECOWAS", N, False, A, N, True),
       ("invite the international community", "103", "CIV/GOV", N, False, A, N, False)],
      "Cote d'Ivoire (1998); 'I would like to salute in particular the action of ECOWAS and its military component, "
      "ECOMOG' = praise (guideline: welcome/praise -> 051), 'would like to' performative -> asserted, ECOWAS and "
      "ECOMOG one organisation -> org:ECOWAS, coded once (held-out 28/29: ECOMOG's peacekeeping is org:ECOWAS); 'the "
      "action of ECOWAS and ... ECOMOG' = ECOMOG's peacekeeping in West Africa, an event noun with its agent -> "
      "nominal 074 (held-out 98-101: an ECOMOG force's deployment a nominal 074 from org:ECOWAS), the countries served "
      "unnamed ('several West African countries' of the preceding sentence) -> target null (borderline not coded, "
      "'action' being unspecific); 'invite the international community to provide them with every possible support' "
      "= a request (guideline: 10x) to an uncoded collective -> target null (held-out 76 row 9: 'appeal to donor "
      "countries' with target null), Y = support for the mission -> demand aid 103 (borderline 1032 military aid); Y "
      "not coded separately"),
 35: ([], "Belgium (1996): 'The increase in number and size of peacekeeping operations that has characterized the "
          "recent history of our Organization has allowed the development of political concepts' = an evaluation of "
          "an agentless trend with no named host, not coded (borderline a nominal 074 org:UN -> null); 'international "
          "military cooperation' has no named parties"),
 36: ([], "North Macedonia (2019): 'Earlier this week, we discussed the urgency of fully implementing our commitments "
          "to mitigating climate change' = 'we' meaning all states at the Climate Action Summit (held-out 42/43: not "
          "coded; borderline 040 MKD/GOV -> null)"),
 37: ([("express our sincere gratitude", "051", "MNG/GOV", N, False, A, N, False),
       ("pledged", "0331", N, "MNG/GOV", False, A, N, False),
       ("the eighth meeting", "040", "MNG/GOV", N, False, A, N, True)],
      "Mongolia (2001); 'I wish to express our sincere gratitude and high appreciation to our bilateral and "
      "multilateral partners' = thanks (guideline: 051), the partners unnamed, an uncoded collective -> target null "
      "(held-out 14/15: thanks that include a group without a code have target null), gratitude and appreciation "
      "one act; 'for their generous support and cooperation pledged at the eighth meeting of the Mongolia "
      "Assistance Group' = pledges of donor aid at the consultative group meeting, the agent given by the thanks "
      "(held-out 28/29) but uncoded -> source null (held-out 98-101: praise from uncoded collectives with no source) -> "
      "economic aid pledge 0331 asserted (held-out 7: pledges of economic support 0331; borderline 030, held-out 94-97: "
      "an assurance of support and cooperation one 030), to MNG/GOV; 'the eighth meeting of the Mongolia Assistance "
      "Group, held last May in Paris' = a meeting noun whose name gives a participant (held-out 4: a meeting noun "
      "naming its participants a nominal 040) -> 040 MNG/GOV with the uncoded donors -> target null (held-out 76 "
      "row 6: a regional meeting 040 with target null; borderline not coded), Paris a place; 'demonstrating thus "
      "their support of my Government's policy' = the same pledge read as support, coded once (borderline a second "
      "nominal 051 null -> MNG/GOV)"),
 38: ([], "Antigua and Barbuda (1993): 'Grinding poverty and the resultant ecological disaster which characterize Haiti "
          "are threats to the peace and security' = figurative threats (guideline: threat as risk), no actor"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Tanzania (2018): globalization renders a multilateral approach essential = an evaluation, no actor"),
 40: ([], "Chile (2014): 'We are also introducing long-awaited political reforms to enhance our democracy' = domestic "
          "policy with no counterpart, no act between actors"),
 41: ([], "Haiti (2018): 'How can we optimize our mechanisms for maintaining international peace and security?' = a "
          "question about the Assembly's agenda, 'we' meaning all states, no act"),
 42: ([], "Honduras (2015): 'The President of Honduras ... appeared a few days ago in this Hall, addressing the "
          "Sustainable Development Summit' = a speech at a UN summit (01x, not coded; borderline 040 HND/GOV -> "
          "org:UN for taking part in the summit)"),
 43: ([("extend my congratulations", "051", "BWA/GOV", "org:UNGA", False, A, N, False)],
      "Botswana (2010); 'It is my singular honour to extend my congratulations to you, Sir, on your assumption of the "
      "presidency of the General Assembly' = a performative congratulation -> 051 asserted to org:UNGA (held-out "
      "44/45: commending the Assembly President's election 051 to org:UNGA; held-out 76 row 54)"),
 44: ([], "India (2018): 'Who is a greater transgressor of human rights than a terrorist?' = a rhetorical evaluation, "
          "no named actor and no act"),
 45: ([], "Latvia (1998): the sentence starts at 'President of the General Assembly on his election' (the splitter "
          "cut after 'Allow me to congratulate the'), so the congratulation verb lies outside it (held-out 54-61: fragments "
          "whose act lies outside the sentence left uncoded; held-out 86-93: a request whose verb falls outside the "
          "selected sentence is left uncoded; borderline 051 LVA/GOV -> org:UNGA, held-out 44/45); 'to wish him success' is "
          "well-wishing, not coded (held-out 7)"),
 46: ([], "Lebanon (1992): 'the mention of Lebanon or \"Lebanonization\" evoked images of fragmentation, devastation and "
          "human misery' = a description, no act"),
 47: ([], "Slovenia (1992): 'The London Conference, which tried to pave the way towards a political solution of the "
          "Balkan crisis, was a successful expression of this common search' = a conference as subject whose "
          "convenors (the United Kingdom and the UN co-chairs) and parties the speech does not name, not coded "
          "(borderline a nominal 045 null -> YUG/GOV); 'successful expression' is an evaluation"),
 48: ([], "Canada (1991): 'A long overdue step would be to ensure the improvement of the status of women in the "
          "Secretariat by appointing more women to senior positions' = internal UN staffing policy, a reform "
          "position (held-out 54-61: reform positions not coded), no act between actors"),
 49: ([], "Central African Republic (2012): 'The United Nations is the most universal ... organization' = a "
          "description, no act"),
 50: ([], "Yemen (1994): 'The Republic of Yemen is aware of its responsibilities and of the importance of the role it "
          "plays in the maintenance of security and stability' = a self-description, no act with a counterpart"),
 51: ([], "Palau (2011): 'we remember well the jubilation of our new-found freedom and independence' = a sentiment, no "
          "act"),
 52: ([], "Guinea-Bissau (2010): 'They are tragic and completely alien to the people of my country' = 'They' = the facts "
          "of drug trafficking of the preceding sentences, an evaluation, no act"),
}
