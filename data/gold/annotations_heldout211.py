"""Hand annotations for the TWO-HUNDRED-AND-ELEVENTH held-out event gold set (source of events-heldout211.jsonl).

Keyed by the row index of selection-heldout211.jsonl (output of select_bulk_sentence_heldout.py 211; all rows come
from bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout211.jsonl \\
        --annotations annotations_heldout211 --output events-heldout211.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Jamaica (2009): 'the heavily indebted lower-middle-income countries, which are overlooked on the presumption "
         "that ... they do not require international assistance' = an agentless passive ('are overlooked') by "
         "unnamed donors and creditors, and a presumption the speaker disputes about an uncoded class of countries "
         "(held-out 54-61: acts between uncoded collectives uncoded); 'do not require' negates a need, not an event "
         "(borderline a negated demanded 070 with no source to JAM/GOV, Jamaica being one of the class, under the "
         "README's statements-of-need rule)"),
 1: ([("We support the", "051", "MKD/GOV", "org:ICC", False, A, N, False)],
     "Macedonia (2002); 'We support the efforts of the ICC to become truly universal' = support for an actor's "
     "efforts (guideline: 'express support' -> 051) -> 051 to org:ICC (README org code); the efforts themselves "
     "(the Court seeking wider ratification) are not coded separately (borderline a nominal 102 org:ICC -> null); "
     "'the concerns expressed regarding the possibility of politically motivated prosecutions' are unattributed "
     "concerns (01x) about hypothetical, agentless prosecutions, not coded; 'will not compromise the spirit of the "
     "Court' is about a way of addressing concerns, no negated event"),
 2: ([], "Myanmar (2005): 'The threats we face today do not respect national boundaries' = figurative (guideline: "
         "'threat to all of us' = risk), no actor; 'do not respect' is personification, no negated event"),
 3: ([], "Kiribati (2010): 'The Copenhagen Conference failed to meet the expectations of many' = an agentless "
         "conference outcome with no named party (set 153: Liechtenstein's 'has not met our expectations' uncoded; "
         "borderline a negated 057 with no source and no target, or a 110 from the speaker); 'the threat of climate "
         "change' is a risk (guideline: figurative)"),
 4: ([("we ask members", "100", "DMA/GOV", N, False, A, N, False)],
     "Dominica (2017); 'Today, we ask members not to express their sympathies this week and then hope that our eyes "
     "do not meet next week' = a request (guideline: ask -> 10x) to the UN membership, an uncoded collective -> "
     "target null (set 183: 'urges all Member States to cooperate' a generic 100 with no target); what is asked "
     "is follow-through after sympathy, left implicit -> generic 100 (borderline 1031, the text before demanding "
     "funds for rebuilding after Hurricanes Maria and Irma); the 'not' lies inside what is asked, so the request "
     "is not negated (set 197: 'encourage the developed countries not to ... reverse their gains' a 1031, not "
     "negated); expressing sympathies is 01x and not coded"),
 5: ([("pressing appeal", "1044", "TCD/GOV", "org:UNGA", False, A, N, False),
      ("pressing appeal", "1044", "TCD/GOV", "org:UNSC", False, A, N, False)],
     "Chad (2007); 'launch a pressing appeal to our Assembly, especially to the permanent members of the Security "
     "Council, to redress the injustice of the African continent being the only continent that does not have a "
     "permanent member seat on the Council' = a request (guideline: appeal -> 10x) for a change in the Council's "
     "composition -> 1044 (set 140: Maldives's call upon the Assembly to agree on increases in Council membership "
     "a 1044 to org:UNGA, since it names its addressee; set 195: the Gambia's request for permanent African seats a "
     "1044 to org:UNGA), one event per named addressee: the Assembly -> org:UNGA, and the unnamed permanent "
     "members -> org:UNSC (set 174: 'particularly members of the Security Council' -> org:UNSC; borderline "
     "org:UNGA only, or uncoded as a Security Council reform position, as sets 116 and 194 left demands for "
     "Council seats); 'launch a ... appeal' is a verbal act, not nominal (held-out precedent 'launch a solemn "
     "appeal' 103 not nominal); 'does not have a permanent member seat' is a state, no negated event"),
 6: ([("renew our appeal", "106", "SYC/GOV", N, False, A, N, False)],
     "Seychelles (1990); 'we, the countries of the Indian Ocean, renew our appeal to those who hold power and "
     "authority' = a request (guideline: appeal -> 10x) made by the speaker for a regional group -> coded for the "
     "speaker only (set 133: 'We nations of South America'; set 186: 'as a region we are seeking'), renewed in "
     "the present -> asserted; the content is in the next sentence ('We ask them to assume their responsibilities "
     "so that the Colombo Conference, so long awaited, can take place', the Conference on the Indian Ocean as a "
     "zone of peace) -> demand a meeting 106 (set 152: Tunisia's call for the Information Society summit a 106 "
     "with no target; set 190: a request's content taken from the sentence before); the addressees are 'those "
     "same big Powers' of the text before, never named -> target null (README: uncoded collectives null; "
     "borderline USA/GOV and SUN/GOV from outside knowledge, or generic 100); 'We do not believe that to be the "
     "case' negates a belief, no event"),
 7: ([("unilateral sanctions", "163", N, "SDN", False, A, N, True)],
     "Sudan (2016); 'the unjustified unilateral sanctions' = an event noun (guideline: 'Western sanctions' nominal) "
     "-> 163, realised -> asserted; the speech never names the imposer (searched: no 'United States' or "
     "'Washington') -> source null (set 185: 'pernicious economic sanctions', imposers never named, a nominal 163 "
     "with no source to bare ZWE; set 157: Haiti's 'those unjustified sanctions' a nominal 163 with no source; "
     "borderline USA/GOV from outside knowledge), on 'our' country as a whole -> bare SDN (borderline SDN/GOV); "
     "'unjustified' is an evaluative adjective, no separate 111; the foreign debt is no act; 'that will not be "
     "easy' is a prediction, no negated event"),
 # --- UNGDC 1990-2019 random: future
 8: ([("is going to chair", "036", "POL/GOV", "org:UN", False, F, N, False)],
     "Poland (2013); 'the climate negotiations that Poland is going to chair when the nineteenth session of the "
     "Conference of the Parties to the United Nations Framework Convention on Climate Change takes place in "
     "November' = Poland's presidency of COP19 (Warsaw) -> chairing a meeting is host/convene (set 114: chairing an "
     "AHLC meeting 043), future -> the guideline's intent code for future meetings, 036 future (set 125: hosting a "
     "meeting of a UN committee a future 036 to org:UN; set 171: Tanzania's hosting a future 036), a UN conference "
     "-> org:UN (borderline target null, or 043 future); the climate negotiations themselves run among all parties "
     "(null -> null), not coded; 'Those objectives will be served' has inanimate subjects"),
 9: ([("assure her", "032", "POL/GOV", "org:UNGA", False, A, N, False)],
     "Poland (2018); 'I wish to assure her of Poland's full support for the measures she will take' = an assurance of "
     "support to the President of the General Assembly (sentence before) -> express intent to cooperate "
     "diplomatically (policy support) 032, asserted as a performative assurance (set 182: 'I assure him that Peru "
     "will constructively support his initiatives' an asserted 032 to org:UNGA; set 166: 'You will have Pakistan's "
     "full support' 032 to org:UNGA), the Assembly President -> org:UNGA (borderline 030, as set 192's assurance "
     "of 'full support and cooperation'); 'the measures she will take' are not coded"),
 10: ([], "Guatemala (1991): 'This Agreement includes fundamental elements of legal trusteeship which ... will provide "
          "greater protection to the indigenous peoples' = ILO Convention 169 as inanimate subject, a description "
          "of a text's content with no act between actors; the ratification it awaits lies in the sentence before "
          "(borderline a future 0343 GTM/GOV -> GTM/CVL through the Convention, or uncoded as a domestic policy, "
          "as set 178's domestic programmes)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Grenada (1994): 'we must now seek to enhance our productivity and competitiveness in carefully selected "
          "areas if we are to survive in this era of trade liberalization' = a domestic economic aim with no "
          "counterpart; 'we' the small island developing States (text before); no act between actors"),
 12: ([("call upon the", "102", "ZWE/GOV", N, False, A, N, False)],
      "Zimbabwe (1999); 'call upon the international community not only to put its full weight behind African "
      "peace initiatives, but also to assess and buttress the institutional and operational capacity of the "
      "Organization of African Unity (OAU)' = a request (guideline: call upon -> 10x), performative -> asserted, "
      "to an uncoded collective -> target null (set 154: the call on the international community to explore "
      "diplomatic options a 108 with no target); one request with two demands is coded once from its first demand "
      "(sets 114 and 154), political backing for African peace initiatives -> 102 (borderline 103 for buttressing "
      "the OAU's capacity, or a second event); the OAU is the beneficiary of what is asked, not the addressee, and "
      "Y is not coded separately (guideline); 'not only ... but also' is no negation"),
 13: ([], "Finland (2014): 'In order to fulfil its United Nations commitments as well as to comply with the Chemical "
          "Weapons Convention, Syria must take further action' = a deontic whose Y ('take further action' to "
          "comply) is compliance, not a codable behaviour (guideline: 'comply with obligations' not coded; "
          "borderline a demanded 087 SYR/GOV with no target, as set 171's 'chemical weapons in Syria must be "
          "completely destroyed', the Joint Mission's destruction work being in the text before)"),
 14: ([], "Mauritius (1995): 'The upholding of human values and uplift of humanity should continue to remain our "
          "main concern' = an abstract principle with 'our' meaning all states (held-out 42/43), no act"),
 15: ([("urges", "1043", "KOR/GOV", N, False, A, N, False)],
      "Republic of Korea (2008); 'The Republic of Korea urges those human rights violators to urgently respond to "
      "the international community's call for dialogue and cooperation and to follow up with appropriate measures "
      "to enhance human rights' = a request (guideline: urge -> 10x), performative -> asserted; the addressees "
      "are the unnamed violators 'in certain regions' (sentence before), a class never named -> target null (class "
      "of wrongdoers; borderline PRK/GOV from outside knowledge, although the speech's DPRK passages concern only "
      "the nuclear issue and food aid); one request with several demands takes the most specific sub-code "
      "(README) -> 1043 demand rights (borderline 106 from its first demand, dialogue, as sets 114 and 154 coded "
      "the first demand); 'the international community's call' is a nominal request between uncoded parties "
      "(null -> null), not coded"),
 16: ([], "Paraguay (1994): 'Paraguay cannot fail to note that a characteristic of our times is economic growth without "
          "job-creation, a situation that must be corrected' = the speaker's observation (01x) and an agentless "
          "deontic about a situation, no act; 'cannot fail to note' is litotes, no negated event"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("assure him of", "032", "GHA/GOV", "org:UNGA", False, A, N, False)],
      "Ghana (2009); 'I can assure him of Ghana's commitment and support' = an assurance to the President of the "
      "General Assembly at its sixty-fourth session (sentence before), on making a UN global plan of action "
      "against human trafficking a priority -> express intent to give policy support 032, asserted, to org:UNGA "
      "(set 182: 'I assure him that Peru will constructively support his initiatives' 032 to org:UNGA; row 9 of "
      "this set; borderline 030, as an earlier set's assurance of 'support and cooperation', one 030)"),
 18: ([("offer our profound gratitude", "051", "GNB/GOV", "NGA/GOV", False, A, N, False),
       ("unwavering support", "051", "NGA/GOV", "GNB/GOV", False, A, N, True)],
      "Guinea-Bissau (2016); 'We also offer our profound gratitude to Mr. Muhammadu Buhari, President of Nigeria' = "
      "thanks (guideline: thank -> 051) to Nigeria's head of state -> NGA/GOV; the International Contact Group on "
      "Guinea-Bissau has no code, so Buhari acting 'as head of' it stays NGA/GOV (set 148: Morocco's help 'in its "
      "current capacity as Chairman' of the OIC stays MAR/GOV; borderline org:ECOWAS); 'for his unwavering support' "
      "= an event noun with its agent 'his' -> nominal, and thanks 'for the ongoing support' give the support its "
      "agent from the thanks (README) -> political backing in the crisis -> 051 NGA/GOV -> GNB/GOV (set 189: "
      "thanks to Member States 'for their support' a nominal 051; set 169; borderline 070 as material support); "
      "the gratitude is a verbal act, not nominal (set 173: 'Our deep appreciation' not nominal)"),
 19: ([("personally participated", "040", "COG/GOV", "org:UN", False, A, N, False)],
      "Congo (2007); 'The President of the Congo personally participated in that meeting' = the high-level meeting "
      "on climate change of 24 September 2007 convened by the Secretary-General (sentence before) -> consult 040 "
      "(set 190: 'We attended the high-level event' a 040 to org:UN; set 181: 'honoured to participate ... in the "
      "launching' of the CERF a 040 to org:UN), the head of state -> COG/GOV; 'to show the commitment of the "
      "countries of the Congo Basin' is a purpose and an abstract commitment of an uncoded group, not coded "
      "(borderline a 030 with no target for the speaker only, set 133)"),
 20: ([], "Saint Vincent and the Grenadines (1990): 'We remain convinced that no settlement of the Gulf crisis ... can "
          "be accomplished without resolving the outstanding issue of a homeland for the Palestinians' = a belief "
          "about agentless settlements, no act; 'continues to threaten the welfare' is a risk (guideline: "
          "figurative); 'no settlement' negates a generic possibility, no negated event"),
 21: ([("remind our brothers", "107", "YEM/GOV", "SOM/REB", False, A, N, False)],
      "Yemen (1998); 'we would like to remind our brothers in Somalia that there can be no solution without the "
      "cooperation of the Somalis themselves primarily with regard to the solutions offered to them from abroad' = "
      "a reminder that urges the Somali parties to cooperate in settling the conflict, read as a request, "
      "following an earlier set ('reminding the United Nations of its responsibility to act' an asserted 1056; borderline "
      "an uncoded 01x statement of principle); 'would like to' is the usual politeness form, asserted; the "
      "'brothers in Somalia' are 'the various warring factions and political groupings' of the sentence before, "
      "Somalia having no government in 1998 -> SOM/REB (README: unnamed Somali factions of 1993 are SOM/REB; "
      "borderline SOM/CVL); cooperating with the solutions offered -> demand settling of dispute 107 (borderline "
      "1055 allow international involvement); 'the solutions offered to them from abroad' are unattributed "
      "proposals, not coded (borderline a nominal 045 with no source to SOM/REB); 'no solution without' states a "
      "condition, no negated event"),
 22: ([], "Democratic Republic of the Congo (2010): 'My country supports the process of reforming our universal "
          "Organization' = a UN reform position (held-out 54-61; set 182: support for UN reform uncoded)"),
 23: ([], "South Africa (2005): 'We have all recognized the serious and urgent threat posed by international terrorism' "
          "= 'we' meaning all states (held-out 42/43) and a risk (guideline: figurative 'threat'), no act"),
 24: ([], "Uganda (2008): 'The founding fathers of the United Nations had a dream of creating an organization ...' = "
          "a historic aspiration of unnamed founders and a quoted Charter purpose, no act between actors (set 130: "
          "the agentless 1945 Charter signing uncoded)"),
 25: ([], "Belgium (1998): 'I believe that a conference on regional security and cooperation in the Great Lakes region "
          "... could serve as the vehicle for stabilizing the region' = a belief about an agentless conference that "
          "is only proposed, with no request verb and no convenor (set 120: the Great Lakes conference that 'must "
          "finally be held' uncoded; borderline a hypothetical nominal 043 with no source, or a 106 with no target "
          "as a proposal)"),
 26: ([("supported the proposal", "051", "OMN/GOV", N, False, A, N, False)],
      "Oman (2012); 'From the outset, the Sultanate of Oman has supported the proposal to establish a zone free of "
      "nuclear weapons and all other weapons of mass destruction in the Middle East' = support for a proposal "
      "(guideline: 'express support' -> 051), habitual since the outset -> asserted; the proposal's authors are "
      "never named -> target null (set 150: Denmark's support for unattributed peacekeeping initiatives a 051 with "
      "no target; borderline uncoded as an abstract position, as sets 145 and 201 left support for a "
      "two-State solution, or the speaker's own 1042, as set 184 read support for an unattributed call)"),
 27: ([], "Cameroon (2004): 'Significant pledges to help eradicate this scourge are announced on a daily basis' = "
          "agentless pledges for HIV/AIDS with no named pledger or recipient (set 139: agentless pledges uncoded; "
          "borderline a habitual 0331 null -> null)"),
 28: ([("promoting the", "045", "org:UN", N, False, A, N, False)],
      "Lao PDR (2009); 'The United Nations ... has been playing an increasingly important role in maintaining "
      "international peace and security and promoting the peaceful settlement of disputes and international "
      "cooperation for development' = the UN's habitual role, with 'promoting the peaceful settlement of disputes' "
      "as its most concrete act -> mediate 045, habitual -> asserted, no dispute or party named -> target null "
      "(held-out 203: Luxembourg's 'the United Nations has proposed solutions and agreements to resolve the "
      "conflicts' a habitual 045 with no target; set 191: 'Its role in solving problems that threaten peace' a "
      "nominal 045 with no target; borderline uncoded as a description, as set 181's 'The United Nations is a "
      "strong supporter of peace'); 'maintaining international peace and security' (borderline 074) and "
      "'international cooperation for development' (borderline 050/070) are generic and folded in"),
 29: ([("supports the efforts", "051", "COM/GOV", "org:AU", False, A, N, False),
       ("supports the efforts", "051", "COM/GOV", "SDN/GOV", False, A, N, False),
       ("efforts", "045", "org:AU", "SDN", False, A, N, True)],
      "Comoros (2004); 'It supports the efforts of the African Union, the Government of the Sudan and the entire "
      "international community to find a speedy, just and equitable settlement of that question' = support for "
      "the efforts of named actors on Darfur (sentence before) -> one 051 per coded actor (guideline: compound "
      "split), to org:AU and SDN/GOV; 'the entire international community' is an uncoded collective, dropped "
      "(README: collectives null; set 120: uncoded members of a compound dropped); the African Union's efforts to "
      "find a settlement = a third party's mediation, an event noun with its agent -> nominal 045 (set 177: "
      "support for ASEAN's efforts on Cambodia a 051 plus a nominal 045 org:ASEAN -> bare KHM; set 170), the "
      "Darfur rebels never being named -> bare SDN (set 201: Darfur talks whose parties are never named go to bare "
      "SDN; borderline SDN/GOV and SDN/REB); the Sudanese Government's own efforts, as a party, are folded into "
      "the support (borderline a nominal 037 SDN/GOV with no target)"),
 30: ([("reiterate our call", "1031", "SLE/GOV", N, False, A, N, False)],
      "Sierra Leone (2012); 'we reiterate our call to the international community to continue to invest in our "
      "success in the spirit of the New Deal for Engagement in Fragile States ... and the need for special "
      "attention to be paid to countries emerging from conflict' = a request (guideline: call -> 10x), "
      "performative -> asserted, to an uncoded collective -> target null (set 121: a call on the international "
      "community with no coded target); 'invest in our success' in the spirit of the New Deal, an aid-effectiveness "
      "compact, means continued development support -> demand economic aid 1031 (set 123: Nauru's 'We reiterate "
      "our call for a United Nations presence' 1031; borderline 103, or 1011 for investment; set 150 left "
      "'investments' demanded of the international community uncoded because no request verb was used); 'which "
      "was agreed in Busan' is an agentless agreement among unnamed parties, not coded (borderline a 057 with no "
      "source)"),
 31: ([("are denied", "1721", "FRA/GOV", "VUT/CVL", False, A, N, False)],
      "Vanuatu (2013); 'Thus, the people of our country are denied the right to the exercise of full political "
      "freedom and their inherent cultural rights' = an agentless passive whose agent is plain from the sentence "
      "before ('the islands of Umaepnune and Leka ... are still occupied by France') -> FRA/GOV (README: a verb's "
      "missing participant taken from the context when the document makes it plain; agentless killings take their "
      "agent from the sentence before), present -> asserted; denial of political freedom -> impose restrictions on "
      "political freedoms 1721 (set 111: 'a dictatorship that denied freedoms' 1721; borderline 1233, as set 149's "
      "'denial of the legitimate rights of Palestinians'), to the indigenous people of the southern province -> "
      "VUT/CVL (borderline bare VUT); the occupation itself lies in the sentence before and is not coded here"),
 32: ([("voice our commitment", "030", "COM/GOV", "org:UN", False, A, N, False),
       ("commend its efforts", "051", "COM/GOV", "org:UN", False, A, N, False)],
      "Comoros (2017); 'I would like to voice our commitment to the United Nations' = a commitment to the "
      "Organization -> 030 to org:UN (set 192: 'Reaffirm my country's commitment to the United Nations' a 030 to "
      "org:UN; borderline uncoded, as set 137's commitments to the Charter); 'commend its efforts to tackle "
      "present-day challenges and threats' = praise (guideline: commend -> 051) to org:UN; 'would like to' is the "
      "politeness form, asserted; the efforts are generic, not coded separately; 'threats to peace' are risks"),
 33: ([("we hosted a visit", "043", "COD/GOV", "org:UNHCR", False, A, N, False),
       ("cooperation", "050", "COD/GOV", "org:UNHCR", False, A, N, True),
       ("cooperation", "050", "COD/GOV", "org:UN", False, A, N, True)],
      "Democratic Republic of the Congo (2016); 'we hosted a visit from the United Nations High Commissioner for "
      "Refugees' = host a visit 043 (guideline), coded as written -> org:UNHCR (README org code); the host's and "
      "the visitor's sides of one visit are coded once, from the document's own government (guideline: a "
      "symmetric meeting coded once from the document's government; borderline a second, nominal 042 org:UNHCR "
      "-> COD/GOV); 'in the context of cooperation with his Office and the Human Rights Council' = a cooperation "
      "noun naming its partners (README: 'cooperation nouns ... a nominal 050'), the agent being the speaker's "
      "government -> one nominal 050 each to org:UNHCR ('his Office') and to the Human Rights Council, a UN body "
      "-> org:UN (held-out precedents: the Human Rights Council as an acting body is org:UN; borderline org:UNGA)"),
 34: ([], "Indonesia (2001): 'The threat of nuclear annihilation is still there' = a risk (guideline: figurative "
          "'threat'), no actor"),
 35: ([("we welcome", "051", "ZWE/GOV", "org:UN", False, A, N, False)],
      "Zimbabwe (1990); 'we welcome the Secretary-General's report on the implementation of the United Nations "
      "Declaration on South Africa' = a welcome (guideline: 051) of the Secretary-General's report -> 051 to org:UN "
      "(set 150: Kuwait's 'note with satisfaction the report of the Secretary-General' a 051 to org:UN); the "
      "report itself is a document, not coded (set 193 left 'a report's tabling' uncoded)"),
 36: ([("joins the appeal", "1031", "TJK/GOV", N, False, A, N, False)],
      "Tajikistan (2007); 'Tajikistan joins the appeal addressed to the donor community to at least double the "
      "amount of assistance targeted for development' = joining a call is the speaker's own request (README: "
      "'joining a call with named partners is the speaker's 106'; set 117: joining an unattributed call is the "
      "speaker's request with no target), to 'the donor community', an uncoded collective -> target null, for "
      "development assistance -> demand economic aid 1031; the appeal's authors are never named, so no nominal "
      "request of theirs is coded (borderline a nominal 1031 null -> null, uncoded as between uncoded parties)"),
 37: ([("asked the Secretary-General", "103", "NIC/GOV", "org:UN", False, A, N, False),
       ("being carried out", "070", "org:OAS", "NIC/GOV", False, A, N, False),
       ("assistance of the", "070", "org:EU", "org:OAS", False, A, N, True)],
      "Nicaragua (2005); 'we have asked the Secretary-General for technical assistance from the United Nations "
      "specialized agencies to help us hold elections' = a request (guideline: ask -> 10x) to org:UN for "
      "technical, electoral assistance -> demand aid 103 (neither economic nor humanitarian; borderline 1031); Y is "
      "not coded separately (guideline); 'the work being carried out by the Organization of American States' = "
      "the OAS's ongoing democracy and electoral support in Nicaragua -> provide aid 070 org:OAS -> NIC/GOV, a "
      "participle with its agent, not nominal (set 116: 'organized by the Government of Brazil' not nominal; "
      "borderline bare NIC, or uncoded as observation, 090 being mapped to ACCUSE); 'with assistance of the "
      "European Union' = an aid noun whose agent is named -> nominal 070 org:EU -> org:OAS, the body whose work it "
      "supports (set 150: CARICOM countries 'with the assistance of' three governments, one nominal 070 each to "
      "org:CARICOM; borderline NIC/GOV)"),
 38: ([("imposed on", "163", "org:UNSC", "IRQ", False, A, N, False)],
      "Iraq (1998); 'The comprehensive, inhumane blockade imposed on' = a fragment cut by the splitter whose verb "
      "lies inside it; its object after the cut is 'Iraq has entered its ninth year' (README: a fragment whose "
      "object the splitter cut off is coded from the text after the cut when its verb is in the sentence); the "
      "'blockade' is the economic sanctions regime of 1990 (README: a US 'blockade' of Cuba 163; sanctions -> "
      "163), and sanctions 'imposed on Iraq' with no agent in the sentence are the Security Council's, from the "
      "text before (README; the paragraph before cites Security Council resolution 687) -> org:UNSC (borderline "
      "USA/GOV, 'those who insist ... on continuing to inflict' the blockade in the text after, or 191); the "
      "participle carries the act, not nominal (set 187: 'The visa regime imposed by France' not nominal); the "
      "country as a whole -> bare IRQ; 'inhumane' is an evaluative adjective, no separate 111"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Italy (1991): 'These memories make the very principle of self-determination hard to administer' = a "
          "reflection on nationalism with inanimate subjects, no act"),
 40: ([], "Liechtenstein (2015): 'These are turbulent times, not just for the United Nations but also for ... the "
          "International Criminal Court' = a description of a situation, no act"),
 41: ([], "Brazil (2007): 'It depends above all on new economic relations that no longer penalize poor countries' = "
          "a hoped-for agentless economic order with no named actor (held-out 54-61: acts between uncoded "
          "collectives uncoded); 'no longer penalize' is generic, no negated event (borderline a negated 170 null "
          "-> null)"),
 42: ([], "Croatia (2005): 'The achievement of the MDG targets by 2015 requires national and international "
          "implementation strategies' = an agentless statement of need with no addressee, no act"),
 43: ([], "Belize (2005): 'we remain committed to fostering a culture of peace and the peaceful resolution of "
          "conflicts' = an abstract commitment 'as part of our national security strategy' with no counterpart "
          "(guideline: abstract policy positions not coded; set 146: Kiribati's commitment to the Paris Agreement "
          "uncoded; borderline a 030 with no target, as set 111's 'seeks to participate ... in initiatives for "
          "regional cooperation')"),
 44: ([("We are most encouraged", "051", "SWZ/GOV", "ESH", False, A, N, False)],
      "Swaziland (1997); 'We are most encouraged by developments in this long-running dispute' = 'we are encouraged "
      "by' is 051 (README), about the Western Sahara dispute under James Baker's new mission (sentence before); the "
      "speech never names Morocco or the POLISARIO Front (searched), and a welcome of a development inside a named "
      "country whose parties are not named goes to the bare country (README) -> bare ESH (set 199: Guinea's "
      "encouragement of the never-named parties on Western Sahara a 1055 to bare ESH; borderline org:UN for the "
      "Personal Envoy's work, or MAR/GOV and ESH/REB from outside knowledge); 'we look forward to a lasting "
      "resolution' is an optative hope about others' acts, not coded (README)"),
 45: ([("We invite representatives", "1011", "PAN/GOV", N, False, A, N, False)],
      "Panama (1995); 'We invite representatives to participate with us in the development of the infrastructure of "
      "transport and trans-isthmus communications ...' = an invitation to join an economic venture, read as a "
      "request (set 140: Micronesia's 'We invite those who care and can to join us' a 102 with no target) -> "
      "demand economic cooperation 1011, addressed to all delegations -> target null (borderline 0311 as an offer "
      "of economic cooperation, or 036 as set 199's invitation to visit); 'the creation — already under way — in "
      "our country ... of a large port' is a domestic project, not coded"),
 46: ([], "Poland (2006): 'We can scarcely fail to see the dramatic contradiction between such poverty and the "
          "affluence ...' = an observation ('we' meaning all, litotes), no act"),
 47: ([("recognize the role", "051", "ETH/GOV", N, False, A, N, False)],
      "Ethiopia (2012); 'We have to recognize the role of partners as well' = an acknowledgement in a series of the "
      "speaker's own ('We salute all those ...', 'We also acknowledge the very useful cooperation ...', text "
      "before) of Somalia's unnamed international partners -> praise 051, asserted as the speaker's own act (set "
      "187: 'I also must point out the remarkable role played by the Secretary-General' an asserted 051; "
      "borderline a demanded 051, or uncoded with 'we' meaning all), the partners never named -> target null "
      "(README: collectives without a code -> null; borderline uncoded since neither the partners "
      "nor their act is named)"),
 48: ([], "Panama (2008): 'we will not rest until this Organization ... is finally endowed with a legal structure "
          "appropriate for the twenty-first century' = resolve about UN reform (held-out 54-61: UN reform positions "
          "uncoded; set 130: resolve not coded); 'will not rest' is resolve, no negated event"),
 49: ([], "Cabo Verde (2014): 'We are particularly concerned with recent developments in the Middle East and Africa' "
          "= expressed concern (guideline: 01x, not coded)"),
 50: ([], "Palau (1999): 'energy conservation is critical to Palau's economy and the environment' = an evaluation, no "
          "act"),
 51: ([], "Holy See (2011): 'The Holy See is also concerned about the events unfolding in some countries of North "
          "Africa and the Middle East' = expressed concern (guideline: 01x, not coded)"),
 52: ([], "Azerbaijan (2011): 'Azerbaijan recognizes that the right of peoples to self-determination can be "
          "implemented only ... in conformity with ... territorial integrity of States, as enshrined in the Helsinki "
          "Final Act' = a legal position on a principle ('recognizes that' = holds that), not a diplomatic "
          "recognition of an actor (054), no act; the quoted Helsinki Final Act is a norm"),
}
