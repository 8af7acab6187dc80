"""Hand annotations for the HUNDRED-AND-FORTY-NINTH held-out event gold set (source of events-heldout149.jsonl).

Keyed by the row index of selection-heldout149.jsonl (output of select_bulk_sentence_heldout.py 149; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout149.jsonl \\
        --annotations annotations_heldout149 --output events-heldout149.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Republic of Korea (1996): 'the Conference on Disarmament failed to reach consensus on the CTBT' and 'through "
         "two and a half years of intense negotiations, was instrumental in articulating the eventual Treaty' = acts "
         "inside the Conference on Disarmament, an uncoded collective (earlier sets: the Conference and its members "
         "have no code; held-out 56: Canada 2004's 'has not even been able to agree on a work plan' left uncoded), null-null, not "
         "coded (borderline a negated 057 and a nominal 046 with no source and no target, as held-out 139's Council "
         "that 'failed to agree')"),
 1: ([], "Palau (2002): 'giving those who rely on or sponsor terror the opportunity to strike first' = a hypothetical "
         "attack by an unnamed class of terrorists and sponsors on an unnamed victim, the effect of a policy the "
         "speaker rejects; null-null, not coded (borderline a hypothetical 180 with no source and no target); 'cannot "
         "justify and will not excuse' bears on the loss of lives, not an event"),
 2: ([], "Israel (1995): 'Water flows according to nature and not according to artificial agreements' = a figurative "
         "remark about the Oslo II zones, no actor; 'does not stop at A or B or C' is about electric current"),
 3: ([("Israeli occupation", "192", "ISR/GOV", "PSE", False, A, N, True),
      ("Israeli occupation", "192", "ISR/GOV", "SYR", False, A, N, True),
      ("denial of the legitimate", "1233", "ISR/GOV", "PSE/CVL", False, A, N, True)],
     "Syria (2007); 'Israeli occupation of Arab lands continues' = a realised, continuing occupation -> nominal 192 "
     "(guideline), ISR/GOV; 'Arab lands' split per country (held-out 132: 'The Arab territories occupied since 1967' "
     "one nominal 192 each to PSE, SYR and LBN), here to the two the speech itself names as under Israeli practices, "
     "'Palestine and the Golan' -> bare PSE and SYR (borderline a third 192 to LBN as in held-out 132, the speech "
     "naming Lebanon only for the 2006 aggression); 'so does the denial of the legitimate rights of Palestinians' = "
     "the same Israeli agent, parallel in the sentence -> nominal 1233 ISR/GOV -> PSE/CVL (held-out 135: 'Rejection "
     "of the legitimate and inalienable rights of the Palestinian people' nominal 1233; borderline 1721, or 120 as "
     "held-out 138's 'denied recognition of its right'); 'The prevailing trends have not changed' negates a change, "
     "not an event"),
 4: ([], "Gambia (2002): 'the commitments made by Africa's development partners have not been met' = unfulfilled aid "
         "commitments between uncoded collectives (the development partners and Africa), null-null, not coded "
         "(held-out 116: unfulfilled aid promises between uncoded collectives uncoded; held-out 144: ODA commitments "
         "between uncoded collectives; borderline a nominal 0331 and a negated 071 null -> null); 'this session of the "
         "General Assembly will look into the implementation' is the Assembly's review of its own agenda, no act "
         "between actors (borderline a future 094 from org:UNGA)"),
 5: ([], "Iraq (2017): 'Host countries are no longer able to provide sufficient assistance on their own' = a statement "
         "about an uncoded class of host countries and uncoded displaced persons, null-null, not coded (borderline a "
         "demanded 070 null -> null as a statement of need, or a habitual 073 from the host countries); 'no longer "
         "able' negates an ability, not an event"),
 6: ([("shed the blood of innocent Palestinians", "1823", "ISR/GOV", "PSE/CVL", False, A, N, False),
      ("confiscate their land", "1711", "ISR/GOV", "PSE", False, A, N, False),
      ("impose an unjust siege", "191", "ISR/GOV", "PSE/CVL", False, A, N, False),
      ("Judaize Jerusalem", "1712", "ISR/GOV", "PSE", False, A, N, False),
      ("flout all relevant", "128", "ISR/GOV", "org:UN", False, A, N, False)],
     "Libya (2018); the opening quotation mark is the record's mark for the text read out, the speaker's own voice "
     "-> reported_by null; 'the occupying Power' = Israel (the next sentence: 'the announcement by the occupying "
     "Power that Israel is a Jewish nation State') -> ISR/GOV; 'Peace ... will not be achieved as long as the "
     "occupying Power continues to ...' presupposes the continuing acts -> asserted; 'shed the blood of innocent "
     "Palestinians' = killings of Palestinian civilians by the occupying power -> 1823 (held-out 32/33: an occupying "
     "army's killings 1823; borderline 202 for many civilians, or 175) to PSE/CVL; 'confiscate their land' -> 1711 "
     "to bare PSE (held-out 137: 'Confiscate land in the West Bank' 1711 to PSE; borderline PSE/CVL); 'build "
     "settlements' has no CAMEO code (earlier sets: building settlements not coded; borderline a 192); 'impose an "
     "unjust siege on the Palestinian people' = the Gaza blockade -> 191 (guideline: blockade; held-out 109: the "
     "siege imposed upon Arafat 191) to PSE/CVL; 'seek by any means to Judaize Jerusalem' -> 1712 to bare PSE "
     "(held-out 128: 'a programme of systematic judaization' of Al-Quds a nominal 1712 to PSE); 'flout all relevant "
     "international resolutions' -> 128 to org:UN (held-out 146: 'In total disregard of United Nations resolutions' "
     "128 to org:UN; borderline org:UNSC)"),
 7: ([("mass murder", "202", N, "PAK/CVL", False, A, N, True),
      ("Mastung attack", "180", N, "PAK", False, A, N, True),
      ("supported by India", "070", "IND/GOV", "PAK/REB", False, A, N, False),
      ("terrorist attack in India", "180", N, "PAK/CVL", False, A, N, True)],
     "Pakistan (2018); 'shall never forget' is the speaker's resolve, not a negated event, and presupposes the acts "
     "-> asserted; 'the mass murder of more than 150 children in a Peshawar school' (the 2014 school attack) -> "
     "nominal 202 (guideline: killings of many civilians 202) with no source, the perpetrators not named (held-out "
     "54-61: an agentless terrorist attack 180 with no source; borderline PAK/REB from 'have links with "
     "terrorists'), the children -> PAK/CVL; 'the terrible Mastung attack' -> nominal 180 with no source to bare PAK, "
     "no victim named (held-out 115: an attack with no victim in the sentence goes to the country); 'terrorists "
     "supported by India' -> support 070 (held-out 46/47: 'Belgrade supports' an aggression 070; harbouring "
     "terrorists 070) IND/GOV, the unnamed terrorists behind attacks inside Pakistan -> PAK/REB (unnamed outlaw "
     "groups are the country's REB; borderline target null); 'the terrorist attack in India against the Samjhauta "
     "Express, which was carrying innocent Pakistanis' -> nominal 180 with no source to PAK/CVL, India being the "
     "place; 'its confessed perpetrators are being allowed to walk free' = an agentless non-prosecution of unnamed "
     "persons, not coded (borderline an agentless 0841, or a negated 1121 from IND/JUD); 'many others' is not "
     "coded separately"),
 # --- UNGDC 1990-2019 random: reported
 8: ([("holds", "173", "ISR/GOV", "PSE/GOV", False, A, N, False),
      ("announced that they can find no partner", "125", "ISR/GOV", "PSE/GOV", False, A, N, False)],
     "Palestine (2004); 'it holds our democratically elected President, Yasser Arafat, in confinement' = the "
     "confinement of Arafat in the Muqata'a -> detention 173 (held-out 100: an agentless house arrest a nominal "
     "173; borderline 191, as held-out 109's 'the siege imposed upon President Arafat') ISR/GOV -> PSE/GOV; 'has "
     "announced that they can find no partner with whom to negotiate peace' = Israel's refusal to negotiate with the "
     "Palestinian leadership, made in its own rhetoric -> REJECT with reported_by null (held-out 6: a refusal made "
     "in a government's own rhetoric; the speech verb is itself the event), refusal to negotiate -> 125 (held-out "
     "34/35: 'refusal to negotiate' 125; borderline a negated 046 reported by ISR/GOV); 'all the other methods "
     "Israel uses to obstruct peace' is too general to code"),
 9: ([("would make an additional contribution", "0331", "CAN/GOV", "AFG", False, A, N, False)],
     "Canada (2008); 'Canada announced that it would make an additional contribution of $600 million for "
     "Afghanistan' = the speaker's own government's announcement (reported_by null, guideline: a speaker's own past "
     "statements) of an aid pledge -> an announced contribution, intent stated as a fact (held-out 26/27: an "
     "announced contribution 03x asserted; guideline) -> economic aid intent 0331 (borderline 0333, or a future "
     "071), to the country as a whole -> bare AFG (borderline AFG/GOV); 'bringing its overall total to $1.9 "
     "billion over the period from 2001 to 2011' is the same pledge's sum, not coded separately (borderline an "
     "asserted 071 for the aid already given); the Paris conference 'in Support of Afghanistan' is a venue with no "
     "named convenor"),
 10: ([], "Panama (1996): 'the Panamanian Government stated ... that poverty and corruption are powerful forces "
          "threatening the democracies of the continent' = a statement (01x) whose content is a figurative threat "
          "(guideline), no actor"),
 11: ([], "Venezuela (2009): 'Obama said ... that a political system cannot be imposed on any people and that each "
          "people and its sovereignty must be respected' = a quoted general norm with no actor and no target, not "
          "coded; the speech verbs are not coded (guideline)"),
 # --- UNGDC 1990-2019 random: future
 12: ([], "Republic of Korea (1997): 'We expect that the various proposals for a funding modality ... will be "
          "discussed fully at this session' = an agentless expectation about the Assembly's own deliberations, "
          "optative (held-out 7: a hope about another actor's act not coded; borderline a future 040 in org:UNGA)"),
 13: ([], "Bahamas (2012): 'underscores the need for enhanced policy dialogue and international cooperation on the "
          "question of building green economies' = an abstract policy position with no named partner or "
          "beneficiary (guideline), not coded (borderline a demanded nominal 061 null -> BHS/GOV as a statement of "
          "need); the investments and technology transfer are requirements of green economies, not acts"),
 14: ([("the commitment", "0331", N, "PSE", False, A, N, True)],
      "Mauritania (1994); 'we hope the commitment undertaken by donors at their meeting on 1 October 1993 will be "
      "translated into concrete action' = the Washington donors' conference pledges, a realised commitment -> "
      "nominal 0331 (held-out 120: the pledges in Tokyo a nominal 0331 with no source), the donors an uncoded "
      "collective -> source null, the beneficiary from 'revitalize the economy of Palestine' -> bare PSE "
      "(borderline PSE/GOV); 'we hope ... will be translated into concrete action' is optative about the donors' "
      "aid, not coded (held-out 32/33: hopes about others' aid not coded; borderline a demanded 071 as held-out "
      "120's 'needs the pledges ... to be turned into cash')"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Turkey (2009): 'The United Nations must become a much more effective institution ... and we fully support "
          "reform efforts to that end' = a UN reform position (held-out 52/53, 54-61: reform positions not coded), no "
          "codable behaviour"),
 16: ([("calls upon", "1011", "GRD/GOV", N, False, A, N, False)],
      "Grenada (1991); 'Grenada calls upon all States to pursue the drawing up of an equitable international "
      "development strategy' = a request (guideline: call on -> 10x) to all States, an uncoded collective -> target "
      "null (held-out 117: 'We call on all countries ... to join the Rome Statute' 102 with no target), Y = "
      "cooperation on a development strategy -> demand economic cooperation 1011 (held-out 77 row 8: a call for the "
      "Doha Round 1011 with no target; borderline generic 100, or not coded as an abstract call on all states)"),
 17: ([], "Sierra Leone (2010): 'No one continent should have an exclusive monopoly over membership of the Security "
          "Council' = a Council reform position (held-out 52/53), not coded"),
 18: ([], "Australia (2009): 'This framework should have four key elements' = a deontic about the content of a G-20 "
          "framework, no codable behaviour"),
 19: ([], "Andorra (2011): 'Israel also must contribute to that spirit, avoiding attitudes that could affect the final "
          "status' = a deontic whose Y (contributing to a spirit, avoiding attitudes) is not a codable behaviour "
          "(guideline: 'comply with obligations' not coded), not coded (borderline a demanded 037 ISR/GOV -> "
          "PSE/GOV)"),
 20: ([], "Afghanistan (2011): 'we must fundamentally review and adjust our approaches in this fight' = a deontic "
          "about the collective counter-terrorism strategy, 'we' the partners in the fight as a whole (held-out "
          "42/43: 'we' meaning all states), no codable behaviour"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("commend", "051", "GMB/GOV", "DJI/GOV", False, A, N, False),
       ("endeavour to broker", "045", "DJI/GOV", "SOM", False, A, N, True)],
      "Gambia (2000); 'We therefore commend President Ismail Omar Guelleh' -> 051 (guideline: commend) to Djibouti's "
      "President -> DJI/GOV; 'his relentless endeavour to broker the Djibouti process' = Djibouti's mediation of the "
      "Arta peace conference -> nominal 045 (guideline: mediate/broker), whose parties (clan delegates) the speech "
      "never names -> bare SOM (held-out 147: mediation whose parties the speech never names 045 to the bare "
      "country; borderline SOM/REB for the factions, or target null); 'the recent election of President Abdikassim "
      "Salad Hassan' is a domestic act of the Transitional National Assembly, not coded"),
 22: ([("provide necessary assistance", "073", "HTI/GOV", "HTI/CVL", False, A, N, False)],
      "Haiti (2019); 'The Haitian Government is doing its utmost to continue to provide necessary assistance to the "
      "victims' of the Gonaives and Petit-Goave floods (preceding sentence) -> humanitarian aid 073, ongoing -> "
      "asserted, to the flood victims -> HTI/CVL (borderline not coded as a domestic programme, as held-out 144's "
      "domestic education focus); 'address the root causes of this phenomenon' is no act between actors"),
 23: ([], "Poland (2015): 'The next victim was human rights' (of the Second World War) = figurative; 'the rights of "
          "civilians crushed under bombing raids' names agentless bombings of unnamed civilians across the whole "
          "war, null-null, not coded (borderline a nominal 195 with no source and no target)"),
 24: ([("thank", "051", "USA/GOV", "MEX/GOV", False, A, N, False),
       ("great cooperation", "050", "MEX/GOV", "USA/GOV", False, A, N, True),
       ("putting 27,000 troops", "154", "MEX/GOV", N, False, A, N, False)],
      "United States (Trump, 2019); 'I would like to thank President Lopez Obrador of Mexico' -> 051 (guideline: "
      "thank), 'would like to' performative -> asserted, one 051 for both reasons; 'the great cooperation we are "
      "receiving' on migration -> nominal 050, its agent from the thanks (held-out 28/29: thanks 'for the ongoing "
      "support' gives the support its agent; borderline 062 as security cooperation); 'right now putting 27,000 "
      "troops on our southern border' = Mexico's deployment of the National Guard against irregular migration -> "
      "mobilize armed forces 154, ordered by the President -> MEX/GOV (borderline MEX/MIL), aimed at uncoded "
      "migrants -> target null (borderline a material cooperation folded into the 050, or target USA/GOV)"),
 25: ([("denounced", "111", "VEN/GOV", "USA/GOV", False, A, N, False)],
      "Venezuela (2017); 'That was denounced in this very place ... by Commander Hugo Chavez in 2006' = a passive with "
      "its agent named -> 111 (guideline: denounce), a historic act of the President of the time -> VEN/GOV "
      "(held-out 5: office held at the time); 'That' = the defilement of the Assembly by 'arrogant Powers' "
      "(preceding sentence), which the following text makes the United States ('yet another dangerous desecration' "
      "by 'the President of the United States, Donald Trump'; Chavez's 2006 'it smelled of sulphur' remark about "
      "President Bush) -> USA/GOV (guideline: a missing participant taken from the context; borderline target null, "
      "'arrogant Powers' being plural and unnamed)"),
 26: ([], "Solomon Islands (2012): 'As a party to the Nauru Agreement, we have closed off pockets of high seas between "
          "our exclusive economic zones' = a fisheries-management measure of the Nauru Agreement parties aimed at "
          "unnamed distant-water fleets, no named counterpart, not coded (borderline a 172 SLB/GOV with target "
          "null); 'As a party to' is a status"),
 27: ([("are now negotiating", "046", "org:ACP", "org:EU", False, A, N, False)],
      "Papua New Guinea (2003); 'the African, Caribbean and Pacific (ACP) group of countries ... are now negotiating "
      "with the European Union for a possible economic partnership agreement' -> 046 (guideline: negotiations) "
      "org:ACP (held-out 71: org:ACP) -> org:EU (borderline source PNG/GOV, the member the sentence names); the "
      "possible agreement is the aim, not coded"),
 28: ([], "Guinea (2016): 'The scarcity of financial resources ... is cause for the reappraisal of official development "
          "assistance' = an agentless evaluation of aid policy between uncoded collectives, not coded"),
 29: ([], "Dominica (2015): greenhouse gases as 'a major threat to our planet' = a figurative threat (guideline), no "
          "actor"),
 30: ([], "Portugal (1993): 'violent nationalistic claims have re-emerged ... leading to an unexpected outbreak of "
          "conflicts' = agentless conflicts with no named party (held-out 131: conflicts named only by place "
          "uncoded), not coded"),
 31: ([("country cooperation framework", "061", "org:UNDP", "NER/GOV", False, A, N, True)],
      "Niger (1999); 'the first country cooperation framework adopted by the UNDP Governing Council last January' = "
      "UNDP's development cooperation programme with Niger -> a cooperation noun naming its parties (UNDP, and the "
      "country of the speech) -> nominal 061 economic cooperation (held-out 118: the IMF's staff-monitored "
      "programme a nominal 061 org:IMF -> SOM/GOV) org:UNDP -> NER/GOV (borderline 070, or 050; borderline uncoded "
      "as a programming document); its adoption by the Governing Council is UNDP's internal decision, not coded "
      "separately; 'This programme we are implementing' is domestic"),
 32: ([("commend", "051", "SWZ/GOV", "org:UN", False, A, N, False),
       ("commend", "051", "SWZ/GOV", "org:AU", False, A, N, False),
       ("untiring effort", "045", "org:UN", "TCD/GOV", False, A, N, True),
       ("untiring effort", "045", "org:UN", "LBY/GOV", False, A, N, True),
       ("untiring effort", "045", "org:UN", "MRT/GOV", False, A, N, True),
       ("untiring effort", "045", "org:UN", "SEN/GOV", False, A, N, True),
       ("untiring effort", "045", "org:AU", "TCD/GOV", False, A, N, True),
       ("untiring effort", "045", "org:AU", "LBY/GOV", False, A, N, True),
       ("untiring effort", "045", "org:AU", "MRT/GOV", False, A, N, True),
       ("untiring effort", "045", "org:AU", "SEN/GOV", False, A, N, True),
       ("conflict between Chad and Libya", "190", "TCD/GOV", "LBY/GOV", False, A, N, True)],
      "Swaziland (1990); 'We similarly commend the untiring effort, of the United Nations and the Organisation of "
      "African Unity' -> one 051 per organisation (guideline: compound split), the OAU -> org:AU (held-out 50: "
      "the OAU of 1995 org:AU); the effort 'to find early solutions to the conflict between Chad and Libya and to "
      "the friction between Mauritania and Senegal' = good offices and mediation -> nominal 045 from each "
      "organisation to each party named (held-out 8: mediation 045 per mediator and party; held-out 54-61: a "
      "mediation of an organisation a nominal 045 to each party; borderline 050 as support of a process), eight in "
      "all; 'the conflict between Chad and Libya' = a conflict noun naming its parties -> nominal 190 from the "
      "first-named (held-out 65: 'the Pakistani-Indian conflict' 190; borderline not coded, the Aouzou dispute "
      "being under negotiation in 1990); 'the friction between Mauritania and Senegal' is tension, not coded "
      "(borderline a nominal 190 or 110)"),
 33: ([("dismay", "110", "WSM/GOV", N, False, A, N, False)],
      "Samoa (1999); 'we learn with dismay from the Secretary-General's report that emergency aid funds have "
      "declined by 40 per cent' = disappointment (guideline: 'disappointed' 110; held-out 126: 'We are outraged by "
      "the attacks' 110 with no target) with a trend whose agents are not named -> 110 with target null (borderline "
      "not coded as a sentiment, like held-out 144's 'It has pained us to witness'); the decline itself is between "
      "uncoded donors and uncoded recipients, null-null, not coded (borderline a nominal 1623 null -> null reported "
      "by org:UN)"),
 34: ([("The signing", "057", "ISR/GOV", "PSE/GOV", False, A, N, True)],
      "Tanzania (1995); 'The signing in Washington of the latest agreement between the Government of Israel and the "
      "Palestine Liberation Organization' (Oslo II) -> nominal 057 (guideline: agreements concluded), symmetric, "
      "from the first-named (guideline), the PLO -> PSE/GOV (held-out 31); Washington is a place; 'represents an "
      "important step' is an evaluation, and the welcome of the preceding sentence lies outside this one "
      "(borderline a 051 to each party)"),
 35: ([], "Congo (1994): a rhetorical question about doing away with the ills of a Marxist-Leninist culture = domestic "
          "politics, no act between actors"),
 36: ([("we sincerely thank", "051", "TUV/GOV", N, False, A, N, False),
       ("invaluable support", "070", N, "TUV/GOV", False, A, N, True)],
      "Tuvalu (2012); 'we sincerely thank the donor community for its invaluable support, be it in-kind or "
      "financial' -> 051 (guideline: thank) to an uncoded collective -> target null (held-out 14/15: thanks that "
      "include a group without a code has target null); the support -> nominal 070 with its agent from the thanks, "
      "the donor community uncoded -> source null (held-out 121: thanks to uncoded partners 'for their "
      "contribution' a nominal 070 with no source), one aid noun for both kinds (held-out 20/21: one 070; "
      "borderline 071); 'Tuvalu has passionately pursued those Goals' is domestic"),
 37: ([("received support", "070", N, "GTM/GOV", False, A, N, False)],
      "Guatemala (2006); 'we have also received support from the international community in the context of a genuine "
      "partnership' -> support 070 from an uncoded collective -> source null (held-out 108: 'we had a lot of help' "
      "070 with no source) to GTM/GOV; 'a genuine partnership' is the setting of the same support, not coded "
      "separately (borderline a nominal 050 null -> GTM/GOV, as held-out 120's 'contributions and cooperation'); "
      "'based mostly on domestic resources — Government and civil society' is domestic"),
 38: ([("strong denunciations", "111", N, "MMR/MIL", False, A, N, True),
       ("sanctions", "163", N, "MMR/MIL", False, A, N, True)],
      "Timor-Leste (2008); 'while strong denunciations of abuses are justifiable and that sanctions might be morally "
      "justifiable' = the speaker's evaluation of the existing international responses to the Myanmar junta "
      "(preceding sentence: 'Timor-Leste's stance on Myanmar'); the denunciations -> nominal 111, their authors "
      "unnamed -> source null (earlier sets: agentless criticism nouns with a named target 111 with no source), "
      "the sanctions -> nominal 163 with no source, both to the junta -> MMR/MIL (guideline: military juntas "
      "MMR/MIL), 'that country's army' of the same sentence; asserted, the modal 'might be' bearing on their "
      "justification, not on their existence (borderline hypothetical, or both uncoded as a generalisation about "
      "policy tools, as held-out 129's sanctions); 'abuses' has no CAMEO code of its own; 'there cannot be a "
      "long-term solution ... without the consent and full partnership of that country's army' is a condition, not "
      "coded (borderline a hypothetical nominal 050 MMR/MIL -> null)"),
 39: ([("commend", "051", "BWA/GOV", N, False, A, N, False)],
      "Botswana (2013); 'Let me take this opportunity to commend all credible human rights and humanitarian "
      "organizations for their efforts to relieve human suffering around the world' -> 051 (guideline: commend), "
      "'Let me' performative -> asserted, the organisations an uncoded class -> target null (held-out 76 row 27: "
      "praise of agentless efforts 051 null); their relief efforts for unnamed victims are null-null, not coded "
      "(borderline a 073 null -> null)"),
 40: ([("We recognize", "051", "PAN/GOV", "HTI/GOV", False, A, N, False),
       ("support", "074", "org:UN", "HTI", False, A, N, True)],
      "Panama (2007); 'We recognize the progress made by the Haitian Government' = acknowledging a government's "
      "progress -> 051 (held-out 8) to HTI/GOV; 'with support from that mission' = MINUSTAH (preceding sentence) -> "
      "a nominal peacekeeping support 074 from org:UN (held-out 125: a UN mission's 'will provide continuing "
      "support' 074 to bare HTI), to the host country -> bare HTI (earlier sets: troops in ISAF or UNIFIL 074 to the host country; "
      "borderline HTI/GOV as the named beneficiary, or 070)"),
 41: ([], "Syria (2015): 'no one can deny them that right' = a generic norm with no actor, not a negated event; the "
          "decision of the Syrian people is a statement of principle"),
 42: ([("We welcome", "051", "HTI/GOV", "NAM/GOV", False, A, N, False),
       ("We welcome", "051", "HTI/GOV", "LIE/GOV", False, A, N, False)],
      "Haiti (1990); 'We welcome with great satisfaction the admission of Namibia and Liechtenstein as full Members' "
      "-> 051 (guideline: welcome), one per new Member named (held-out 144: the welcome of new Members one 051 per "
      "state named; held-out 131: a past welcome of new Members goes to the one the speech names); the admission "
      "itself is a UN membership act, not coded (held-out 54-61)"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Liberia (1995): 'there were two Germanys in the United Nations until their reunification' and 'there are "
          "still two Koreas, both of which are now Members' = UN membership facts used as an argument for Taiwan; "
          "the 1990 reunification is a time marker (held-out 144: the Minsk Agreements' signing left uncoded as a "
          "time marker; borderline a nominal 057 DEU/GOV -> DDR/GOV)"),
 44: ([], "New Zealand (2017): 'It is our sincere hope that reform can achieve our collective goal' = an optative hope "
          "about UN reform (held-out 52/53), not coded"),
 45: ([("has allied itself with", "050", "LBY/REB", "LBY/REB", False, A, N, False)],
      "Libya (2014); 'The group' = 'the group that controls Tripoli' (preceding sentences: its attempt to topple the "
      "legitimate authorities by forming a parallel Government, its persecution of activists), an armed coalition "
      "-> LBY/REB (borderline LBY/OPP for the parallel government); 'has allied itself with Ansar Al-Sharia', a "
      "Libyan armed group -> LBY/REB; an alliance -> diplomatic cooperation 050 (borderline 062 military "
      "cooperation, or 057 as held-out 94's alliance 'signed in 1994'); 'which professes the ideology of Al-Qaida' "
      "is a description"),
 46: ([], "Norway (1995): 'This will require a sustained international effort' = the reconstruction of 'that "
          "war-devastated region', the former Yugoslavia, a region of several states; a statement of need whose "
          "providers are uncoded and whose recipient is a region, not coded (borderline a demanded nominal 070 "
          "null -> BIH)"),
 47: ([], "Trinidad and Tobago (2007): 'there can be no lasting peace in Darfur without accountability for the heinous "
          "crimes committed against the people of Darfur during the conflict' = a condition; 'the heinous crimes "
          "committed' is an agentless event noun, the text around it naming no perpetrator (guideline: 'the crime' "
          "not coded; borderline a nominal 200 null -> SDN/CVL, as agentless killings are coded); the "
          "accountability is the condition's content (borderline a demanded 1121 with no source)"),
 48: ([], "Israel (2013): 'It would trigger nuclear proliferation throughout the Middle East' = a hypothetical effect "
          "of a nuclear-armed Iran on unnamed states, no act between actors (borderline a hypothetical 154 with no "
          "source)"),
 49: ([], "South Africa (2018): Madiba's vision guiding domestic policies on education and the economy = domestic, no "
          "act between actors"),
 50: ([], "Djibouti (2001): 'Security Council resolution 1373 (2001) provides us with the necessary framework' = an "
          "evaluation of a resolution (borderline a 051 to org:UNSC), not coded"),
 51: ([], "Kazakhstan (1998): 'The events taking place there [Afghanistan], which are accompanied by mass violations of "
          "human rights ... have become a subject of profound concern to us' = concern (01x, not coded) about "
          "agentless events and violations with no named perpetrator"),
 52: ([], "Bangladesh (2008): 'decades of corruption had seriously undermined both our democracy and our economy' = "
          "domestic, agentless, no act between actors"),
 53: ([], "Barbados (2013): 'Another issue of concern to Barbados relates to the international financial-services "
          "sector' = a topic sentence, no act"),
 54: ([], "Mauritania (2010): the sentence starts at 'Mauritania and the pluralistic Parliament' (the splitter cut after "
          "'there are no political prisoners in'); the Parliament's role 'in legislating and in supervising the "
          "Government' is a domestic institutional description, no event"),
 55: ([], "Brazil (1991): 'It is an ensign to be flown by all States, by all governments' = a figurative norm for all "
          "states, no act"),
 56: ([], "Ecuador (1997): a phrase uttered in the Assembly 'recognizes that the United Nations is exactly what its "
          "Members want it to be' = a quoted maxim, no act between actors"),
}
