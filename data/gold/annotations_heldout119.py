"""Hand annotations for the HUNDRED-AND-NINETEENTH held-out event gold set (source of events-heldout119.jsonl).

Keyed by the row index of selection-heldout119.jsonl (output of select_bulk_heldout.py 119; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout119.jsonl \
        --annotations annotations_heldout119 --output events-heldout119.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Thailand (1999): 'This will not happen so long as people are threatened by socio-economic ills such as "
         "poverty, disease ...' = a figurative threat (guideline: threat as risk), no actor; 'will not happen' bears "
         "on human security, not on an event"),
 1: ([], "Croatia (2004): 'Never before have we faced so many opportunities stemming from ... enhanced regional and "
         "global cooperation' = an evaluation, 'we' meaning all states (held-out 42/43), the cooperation agentless; "
         "'never' bears on the opportunities"),
 2: ([], "Marshall Islands (2018): 'we have not only enacted disability rights legislation to meet our treaty "
         "obligations' and a bill before Parliament amending statutes = domestic legislation, no act between actors; "
         "'not only ... ' is no negation"),
 3: ([], "Czech Republic (2015): 'unilateral actions are heavily criticized and ... have been completely "
         "unsuccessful, as in the case of Iraq' = an agentless criticism of a class of actions whose agents the "
         "speech never names (the 2003 Iraq war is only hinted at), not coded (borderline a 111 with no source and "
         "a nominal 190 with no source to IRQ); 'I do not recommend any massive occupation of any territory' = the "
         "speaker's advice on counter-terrorism strategy with no addressee (held-out 110: calls with no addressee "
         "left uncoded; borderline a negated 100 with no target, as 'I do not demand'); the occupation is generic"),
 4: ([], "San Marino (2002): 'my country hopes that the International Criminal Court will be joined and supported by as "
         "many countries as possible' = an optative hope about acts of an uncoded collective (README, later sets: "
         "hopes about other actors' acts left uncoded; borderline a future 057 and 051 with no source to org:ICC, "
         "as the hoped-for support of sets 52/53); 'practical solutions will be found' is agentless"),
 5: ([], "Myanmar (2003): 'We should all try to build a global order where the strong will not impose their will on "
         "the weak' = 'we' meaning all states (held-out 42/43), 'the strong' and 'the weak' uncoded; a norm, not a "
         "negated event"),
 6: ([], "Panama (2006): 'All the countries in the region must have sufficient guarantees that conflicts will not be "
         "resolved through force and that no territory can be used to attack a neighbour' = a deontic about "
         "guarantees for an uncoded collective, the attackers and neighbours unnamed, null-null, not coded "
         "(borderline a negated, demanded 190 null -> null)"),
 7: ([], "Seychelles (2014): development gains assessed through GDP per capita measurements 'which do not adequately "
         "identify the threats' = a description of a statistic; threats as risks (guideline), no actor"),
 # --- UNGDC 1990-2019 random: future
 8: ([("support the ability", "070", N, "org:UN", False, D, N, False)],
     "Slovakia (2000); 'Member States must support the ability of the Secretariat to carry out the tasks' = a deontic "
     "without a request verb (guideline: demanded), the Member States in general an uncoded collective -> source null "
     "(held-out 14/15: 'it is essential that we continue to support' member states in general, source null), the "
     "Secretariat -> org:UN; the support meant is material, troops and other assistance for peacekeeping (the same "
     "sentence) -> 070 (borderline 051 political support, or 074); 'the tasks we ask it to do' = requests of the "
     "Member States as a whole, not coded; 'the will of Member States to contribute troops' is a generic condition "
     "(borderline a nominal 0334 null -> org:UN)"),
 9: ([], "Qatar (2008): 'We have sought to achieve peace through war in which the powerful tried to impose their will, "
         "as in the two notorious world wars' = 'we' meaning humankind (held-out 42/43), the powerful uncoded; the "
         "world wars are named without parties (borderline a nominal 190 with no source and no target)"),
 10: ([("intends to sign", "030", "UKR/GOV", N, False, F, N, False)],
      "Ukraine (1999); 'I would like to ... inform representatives that Ukraine intends to sign the Statute' (the Rome "
      "Statute of the International Criminal Court) = an announced intent to sign a multilateral treaty -> intent to "
      "cooperate 030 (held-out 44/45: 'would sign' a multilateral treaty 030 with no target), 'intends to' like 'plans "
      "to' -> future (guideline; held-out 112: 'intends to participate' a 030 future; borderline asserted, as held-out "
      "113's 'We intend to join' 0312), the Court not yet established and the other parties unnamed -> target null "
      "(borderline org:ICC, or 0313 judicial cooperation); 'inform' is the speech act, not coded"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Rwanda (2011): 'These organizations should be supported expeditiously' = the regional and subregional "
          "players of the preceding sentence, none named, and an agentless passive -> null-null, not coded (README: "
          "acts between uncoded collectives left uncoded; borderline a demanded 070 null -> null)"),
 12: ([], "Guinea (1993): 'The Security Council must decide on a new strategy' for Somalia = a deontic whose Y "
          "(deciding on a strategy) is not a codable behaviour (guideline); 'the mission entrusted to the United "
          "Nations Operation in Somalia' is the mandate inside a condition, not coded (borderline a hypothetical "
          "nominal 074 org:UN -> SOM)"),
 13: ([], "Slovenia (2016): 'such remarkable technological progress should be welcomed' = a welcome of a development "
          "with no actor (README: evaluations of developments left uncoded; borderline the speaker's 051 with target "
          "null, as 'should be welcomed' in held-out 20/21)"),
 14: ([], "Mozambique (2004): 'we must be able to give real hope to our nations and peoples' = 'we' meaning all "
          "states (held-out 42/43), no act between actors"),
 15: ([], "Gabon (2004): 'we must implement ... the commitment we have undertaken to change the course of our shared "
          "history' = 'we' meaning all states (the Millennium commitments of the text before), no counterpart; not "
          "coded"),
 16: ([], "Mauritania (2013): domestic austerity policies that 'contributed to an increased growth rate'; "
          "'according to current forecasts' is not attribution to an actor; no act"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("We therefore welcome", "051", "SDN/GOV", "org:UNGA", False, A, N, False),
       ("we participated", "046", "SDN/GOV", N, False, A, N, False)],
      "Sudan (2015); 'We therefore welcome the adoption of the document' = the 2030 Agenda (resolution 70/1, named in "
      "the text before) -> welcoming a General Assembly resolution 051 to org:UNGA (held-out 38/39 and the Eritrea "
      "2015 row: welcoming the adoption of the 2030 Agenda 051 to org:UNGA); the adoption itself is not coded; 'in "
      "whose negotiations we participated' = Sudan's part in the intergovernmental negotiations on the post-2015 "
      "agenda -> 046 (held-out 112: Australia's role in negotiating the chemical-weapon convention 046 with no "
      "target), the other negotiating states unnamed -> target null (borderline 040, as held-out 112's 'took part', "
      "or target org:UNGA)"),
 18: ([("its cooperation", "050", "KHM/GOV", "org:UN", False, A, N, True)],
      "Cambodia (1999); 'Cambodia has had some experience in the history of its cooperation with some United Nations "
      "officials' = a cooperation noun naming its parties -> nominal 050 (held-out 10/11 and 38/39: cooperation nouns "
      "a nominal 050), the officials -> org:UN; the context (UN staff 'ready to violate the sovereignty of a member "
      "country') implies a grievance, but no criticism verb is used (borderline not coded, or an implied 111 "
      "KHM/GOV -> org:UN)"),
 19: ([("proactive support", "070", N, "MDA/GOV", False, D, N, True)],
      "Moldova (2014); 'we need their united and proactive support to help solve that protracted conflict' = a "
      "statement of need (held-out 46/47: statements of need are demanded aid with no source to the speaker's "
      "government) -> demanded nominal 070, 'their' = 'all of our international partners involved in the settlement "
      "process' (the sentence before), the 5+2 format whose members the speech does not name -> source null "
      "(README: a group without a code is each member the document names); the Transnistrian conflict -> MDA/GOV as "
      "recipient (borderline 051 political support, or 045 mediation)"),
 20: ([], "Republic of Korea (2002): 'The Security Council ... has played a commendable role in this process through its "
          "Counter-Terrorism Committee' = an evaluation of the Council's role in international counter-terrorism "
          "cooperation (guideline: evaluative adjectives without a behaviour verb not coded; README: 'it is "
          "commendable to observe' an evaluation), no counterpart named (borderline the speaker's 051 KOR/GOV -> "
          "org:UNSC)"),
 21: ([("We have supported", "051", "ALB/GOV", "org:UNSC", False, A, N, False)],
      "Albania (2006); 'We have supported Security Council resolution' = a fragment cut by the splitter before "
      "'1701 (2006) on the Israeli-Lebanon conflict'; the verb and the Council are in the sentence (README: a "
      "fragment whose object was cut is coded from the text after the cut when its verb is in the sentence) -> "
      "support for a Council resolution 051 to org:UNSC (the Malawi 1993 row: 'fully supports Security Council "
      "resolution 864' 051 to org:UNSC); the resolution's content lies after the cut, not coded (borderline 051 to "
      "ISR/GOV and LBN/GOV as the parties)"),
 22: ([("support the self-determination", "051", "MOZ/GOV", "ESH/CVL", False, A, N, False)],
      "Mozambique (2013); 'We further support the self-determination of the Saharawi people' = the speaker's verbal "
      "support with a named beneficiary -> 051 (guideline: 'express support' 051; the Syria 2013 row: support for "
      "the rights of the Palestinian people 051 -> PSE/CVL), the Saharawi people -> ESH/CVL, as 'the Palestinian "
      "people' -> PSE/CVL (borderline bare ESH, as earlier sets coded 'Western Sahara in its struggle for "
      "self-determination'; or not coded as an abstract position)"),
 23: ([("to thank", "051", "TGO/GOV", N, False, A, N, False),
       ("supported", "070", N, "TGO/GOV", False, A, N, False),
       ("expressed their satisfaction", "051", N, "TGO/GOV", False, A, N, False)],
      "Togo (2013); 'thank all the partners who supported my country throughout the process, as well as the various "
      "observation missions' = thanks (guideline 051) to uncoded partners and to missions the speech does not name "
      "for the 2013 elections (the EU mission of the text before observed earlier elections) -> one 051 with target "
      "null (held-out 14/15: thanks that include a group without a code has target null); 'who supported my country "
      "throughout the process' = the partners' support of the electoral process -> 070 (held-out 24/25: thanks for "
      "support give the support its agent; borderline 051), the partners uncoded -> source null, to TGO/GOV; the "
      "missions 'expressed their satisfaction with the good conduct of the elections' = praise (README: 'We are "
      "satisfied to see that' a welcome 051; 'noted with satisfaction' 051) of the elections the Government ran -> "
      "051 with no source to TGO/GOV (borderline 01x statement, not coded; or target null)"),
 24: ([("we welcome", "051", "GNB/GOV", N, False, A, N, False)],
      "Guinea-Bissau (1999); 'we welcome the Heavily Indebted Poor Countries (HIPC) Debt Initiative' -> 051 "
      "(guideline), the initiative's authors (the IMF and the World Bank) not named in the document -> target null "
      "(held-out 54-61: welcoming a decision of an uncoded body 051 with no target; held-out 113: a welcome of "
      "conferences whose convenors are not named 051 with no target; borderline org:IMF and org:WB); the debt relief "
      "itself is a programme for an uncoded class of countries, not coded (held-out 110 row 11; borderline a nominal "
      "071 null -> GNB/GOV)"),
 25: ([("participation", "040", "SMR/GOV", "org:UNGA", False, A, N, True)],
      "San Marino (2008); 'the participation of Their Excellencies the Captains Regent at the commemorative plenary "
      "meeting of the General Assembly on the follow-up to the ... special session on children' = the heads of "
      "state's attendance of an Assembly meeting -> nominal 040 (README: a meeting 'participated in' is coded from "
      "the participant; the Samoa 2008 row 'participated in the ... Accra meeting' 040), the meeting being the "
      "Assembly's -> org:UNGA (borderline target null, as an Accra meeting with unnamed participants); 'That "
      "commitment' (to children's rights, in relations with UNICEF) is abstract; 'the need for their [the States'] "
      "cooperation' is an uncoded collective's"),
 26: ([], "Brunei Darussalam (2017): 'it is important to comprehensively examine the root causes of terrorism' = an "
          "agentless deontic with no codable behaviour, no actor"),
 27: ([("we commend", "051", "GNQ/GOV", N, False, A, N, False)],
      "Equatorial Guinea (1990); 'While we commend the achievements just mentioned - the emergence of the winds of "
      "democratic change in Eastern Europe and in Central America, and other changes' = praise (guideline: commend "
      "051), asserted inside a concessive clause; the changes are regional developments with no named agent -> "
      "target null (held-out 76 row 27: 'We commend and support all efforts' with unnamed authors 051 null; "
      "borderline not coded as an evaluation of developments, or 051 to USA/GOV and SUN/GOV for the super-Power "
      "rapprochement of the sentence before); 'some clarifications are necessary' is the speaker's own statement"),
 28: ([("I assure him", "032", "ZAF/GOV", "org:UNGA", False, A, N, False)],
      "South Africa (2016); 'I assure him of South Africa's continued support in the implementation of his priorities "
      "and responsibilities throughout his term' = an assurance of support to the President of the General Assembly "
      "(held-out 76 row 40: 'I assure you of my Government's support' 032 to org:UNGA) -> intent of diplomatic "
      "support 032, asserted, to org:UNGA (borderline 030 or 051)"),
 29: ([], "Cambodia (2013): 'As Chair of the Eleventh Meeting of the States Parties to the Mine Ban Treaty ... Cambodia "
          "made a strong commitment to work towards a world free of landmines' = a commitment to an abstract goal with "
          "no counterpart (guideline: abstract policy positions; the Bhutan 1995 row 'committed to the goals' "
          "uncoded; borderline 030 KHM/GOV -> null); 'As Chair of' is a status phrase, not a convening verb "
          "(borderline 043 with no target, as held-out 114's chairing of an AHLC meeting)"),
 30: ([("supported Ukraine", "051", N, "UKR/GOV", False, A, N, False),
       ("condemned", "111", N, "RUS/GOV", False, A, N, False),
       ("the occupation of Crimea", "192", "RUS/GOV", "UKR", False, A, N, True)],
      "Lithuania (2014); 'One hundred States supported Ukraine and condemned the occupation of Crimea by the Russian "
      "Federation' = the vote on General Assembly resolution 68/262 (the sentence before), the hundred States an "
      "uncoded collective -> source null (README: condemnation 'by the international community' has no source; "
      "borderline org:UNGA, the resolution standing for the Assembly); supporting Ukraine in a vote -> 051 (README: "
      "voting for a treaty 051) to UKR/GOV; 'condemned' -> 111 (guideline) aimed at the occupier -> RUS/GOV; the "
      "occupation of Crimea by the Russian Federation -> nominal 192 (guideline: occupy 192), the occupied territory's "
      "country -> bare UKR (guideline: target of an invasion)"),
 31: ([("We reject", "120", "IRQ/GOV", N, False, A, N, False)],
      "Iraq (2013); 'We reject violence, terrorism and aggression, irrespective of their sources' = a performative "
      "rejection with no named agent (held-out 46/47: 'We utterly reject attacks' by unnamed agents 120 with no "
      "target) -> 120, target null (borderline not coded as an abstract position, or 111)"),
 32: ([], "Romania (2018): 'unresolved conflicts in the wider Black Sea area that pose serious threats' = conflicts "
          "with no named parties, threats as risks (guideline: figurative), not coded (borderline a nominal 190 with "
          "no source)"),
 33: ([], "Philippines (2010): 'My nation remains active in the Group of 77 and in other efforts aimed at enhancing "
          "South-South cooperation' = membership and activity in a group without a code, cooperation among uncoded "
          "collectives (held-out 112: South-South ventures of the Non-Aligned Movement left uncoded; borderline 050 "
          "PHL/GOV -> null)"),
 34: ([], "Denmark (2019): 'Denmark believes in multilateralism' = a belief, no act"),
 35: ([("We give", "070", "BRN/GOV", N, False, A, N, False)],
      "Brunei Darussalam (2011); 'We give whatever practical assistance we can, whenever asked' = habitual assistance "
      "(guideline: habitually happens -> asserted) in the settlement of disputes (the text before and after: "
      "peacekeeping, monitoring, financial contributions) -> 070 (borderline 074 or 071 from the following "
      "sentence), the recipients unnamed -> target null; 'whenever asked' = requests of unnamed parties, not coded"),
 36: ([("We endorse", "051", "CRI/GOV", "org:UNGA", False, A, N, False)],
      "Costa Rica (2012); 'We endorse his commitment to the \"adjustment or settlement of international disputes ... by "
      "peaceful means\", and we support the road map that he has outlined' = endorsement and support of the "
      "President of the General Assembly, Vuk Jeremic (the sentence before) -> 051 (guideline) to org:UNGA (README: "
      "commending the Assembly President 051 to org:UNGA); same code and pair, coded once (held-out 76 row 28: "
      "welcome and thanks coded once; borderline two 051s)"),
 37: ([("fully supports", "051", "DOM/GOV", "org:UNSC", False, A, N, False),
       ("this armed attack", "190", "IRQ/GOV", "KWT", False, A, N, True),
       ("annexation", "192", "IRQ/GOV", "KWT", False, A, N, True)],
      "Dominican Republic (1990); 'fully supports the terms and substance of the resolutions adopted by the Security "
      "Council' -> 051 to org:UNSC (the Malawi 1993 row: support for a Council resolution 051 to org:UNSC); the "
      "resolutions' content is not named, not coded (borderline a nominal 1056 or 163 org:UNSC -> IRQ/GOV); 'this "
      "grave violation, this armed attack that has usurped the sovereignty of a State' and 'this gross and "
      "unprecedented annexation' = Iraq's invasion and annexation of Kuwait, the agent plain from the sentence before "
      "('the unexpected and brutal invasion of Kuwait by Iraq'; README: an event noun whose agent is plain only from "
      "the text around it is coded) -> armed attack 190 and annexation 192 (guideline; README: an annexation a "
      "nominal 192 to the country), to bare KWT (guideline: target of an invasion); 'grave violation' is a repeated "
      "mention, coded once (borderline one 192 for the whole, the attack being the invasion); 'invokes the inherent "
      "right of self-defence as the necessary response of the international community' = a legal position endorsing "
      "a response by an uncoded collective, not coded (borderline a demanded 190 null -> IRQ/GOV)"),
 38: ([("reaffirms its support", "051", "AGO/GOV", "PSE/CVL", False, A, N, False)],
      "Angola (2000); 'Angola reaffirms its support for the right of the Palestinian people to self-determination' = "
      "the speaker's verbal support with a named beneficiary -> 051 (the Syria 2013 row: support for the rights of "
      "the Palestinian people 051 -> PSE/CVL; held-out 115: support for its people's struggle 051 to PSE/CVL) "
      "(borderline bare PSE, or not coded as an abstract position)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Malaysia (2007): 'The course of human history is marked by a few pivotal moments' = a reflection, 'we' "
          "meaning humankind, no act"),
 40: ([], "Iraq (2018): 'We are abandoning sectarianism of every kind and uniting people around respect for law' = "
          "domestic policy, no act between actors"),
 41: ([("selflessly helped us", "070", N, "GNB", False, A, N, False)],
      "Guinea-Bissau (2011); 'we have to be ... faithful to all who selflessly helped us in the struggle for the "
      "affirmation of our dignity' = the deontic bears on the speaker's loyalty, not coded; the relative clause "
      "asserts past help in the liberation struggle -> 070 (README: 'we had a lot of help' a 070 with no source), "
      "the helpers unnamed -> source null, 'us' in the struggle before independence -> bare GNB (held-out 110: "
      "'our armed struggle for national liberation' from bare GNB; borderline GNB/GOV, or GNB/REB for the PAIGC); "
      "the struggle itself names no adversary, not coded"),
 42: ([], "Malawi (2011): 'We still have over 2 million people ... living under colonial domination' = a description; "
          "the colonial powers are unnamed (borderline a nominal 192 with no source), no act"),
 43: ([("its resolve", "030", "BHR/GOV", N, False, A, N, False)],
      "Bahrain (2010); 'My country reaffirms before the Assembly its resolve to play its role as an effective member "
      "of the international community and to actively participate and take initiatives in efforts for the good and "
      "prosperity of all' = an intent to cooperate stated as a fact (guideline: asserted 03x; held-out 111: 'seeks to "
      "participate ... in initiatives for regional cooperation' 030 asserted with no target) -> 030, the partners "
      "unnamed -> target null (borderline not coded as an abstract commitment, or target org:UNGA)"),
 44: ([], "Madagascar (2013): 'I have to wonder what sort of contribution we, the leaders of our nations, can make' = "
          "a question about all leaders ('we' meaning all states), no act"),
 45: ([("foreign financing needs", "071", N, "BFA/GOV", False, D, N, True)],
      "Burkina Faso (2012); 'The annual foreign financing needs of the strategy remain significant' = a statement of "
      "need for foreign financing of the Government's development strategy (held-out 46/47: statements of need are "
      "demanded aid with no source to the speaker's government) -> demanded nominal 071 (economic aid), the "
      "financiers ('Burkina Faso's partners', the sentence before) uncoded -> source null (borderline not coded as "
      "a description of a funding gap); the Government's own efforts are domestic"),
 46: ([], "Vanuatu (2013): 'An integrated and balanced approach is required' = an agentless deontic about policy, no "
          "actor"),
 47: ([], "Malta (2006): the sentence starts at 'UNHCR — in the resettlement of refugees' (the splitter cut after "
          "'Malta needs support — including from the'); the verb of need lies outside the sentence (README: left "
          "uncoded when the verb was cut away; borderline a demanded 070 org:UNHCR -> MLT/GOV)"),
 48: ([], "Romania (1999): 'international organizations, States and governments do not acquire legitimacy ... "
          "otherwise than through their impact on individual destiny' = a general maxim, no act"),
 49: ([], "Niger (1992): 'Respect for Security Council resolutions and the delimitation of the boundaries between Iraq "
          "and Kuwait are indispensable' = a deontic whose Y is compliance and an agentless boundary demarcation "
          "(guideline: 'comply with obligations' not codable), not coded (borderline a demanded nominal 057 IRQ/GOV -> "
          "KWT/GOV for the delimitation)"),
 50: ([], "Liechtenstein (1994): a fragment cut by the splitter, 'Among other subjects under consideration by the' "
          "[General Assembly]; no event"),
 51: ([("is widely acknowledged", "051", N, "NGA/GOV", False, A, N, False)],
      "Nigeria (2012); 'Nigeria's long-standing commitment to the promotion of issues of particular concern to Africa "
      "is widely acknowledged' = recognition by unnamed others -> praise 051 with no source (held-out 50/51: 'has "
      "already received credit' 051 with no source), to the speaker's government -> NGA/GOV (borderline not coded as "
      "a description of standing); the commitment itself is an abstract position, not coded"),
 52: ([], "Mongolia (2008): 'My Government has designated this year as the year for food supply and safety' and "
          "domestic objectives (reducing dependence on imported goods) = domestic policy, no act between actors"),
}
