"""Hand annotations for the HUNDRED-AND-SIXTY-SEVENTH held-out event gold set (source of events-heldout167.jsonl).

Keyed by the row index of selection-heldout167.jsonl (output of select_bulk_sentence_heldout.py 167; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout167.jsonl \
        --annotations annotations_heldout167 --output events-heldout167.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("have consistently shown willingness", "037", "PSE/GOV", "ISR/GOV", False, A, N, False),
      ("has not demonstrated responsible cooperation", "050", "ISR/GOV", "PSE/GOV", True, A, N, False),
      ("resort to military force", "190", "ISR/GOV", "PSE", False, A, N, False)],
     "Oman (2014); 'the Palestinians have consistently shown willingness to enter into a genuine partnership in "
     "peace with Israel, based on the concept of two States' = an intent stated as a fact (guideline: 03x "
     "asserted), habitual, whose content is a peace settlement -> 037 (held-out 115: the Arab leaders' 'pledge to "
     "embrace peace' 037; borderline 030 for 'partnership'), the Palestinians' negotiating authority -> PSE/GOV "
     "(borderline PSE/CVL); 'Israel has not demonstrated responsible cooperation' = plain negation of a cooperative "
     "act (guideline; held-out 133: 'demonstrated its ability to cooperate' 050) -> negated 050 to PSE/GOV, the "
     "partner of the same sentence (borderline target null); 'as it continues to resort to military force as a tool "
     "to maintain its security' = the 2014 Gaza operations -> generic use of force 190 (guideline), asserted, the "
     "target taken from the sentence's Palestinians -> bare PSE (borderline PSE/CVL, as set 162's 'use of force "
     "against the Palestinian people', or target null); 'We note that' is the speaker's own statement"),
 1: ([], "Cote d'Ivoire (2002): the sentence starts at 'Cote d'Ivoire, which has also pledged' (the splitter cut after "
         "'praiseworthy efforts made by'); the pledge 'to implement a universal health insurance system' is a "
         "domestic programme with no counterpart, and the efforts 'made by the international community in its fight "
         "against the HIV/AIDS pandemic' belong to an uncoded collective with no target (borderline a 030 CIV/GOV "
         "with no target for the pledge); 'the results do not yet meet people's expectations' negates an outcome, "
         "not an event"),
 2: ([], "Poland (1993): 'Even Europe has not been spared, threatened as it is by the emergence of a new \"curtain\", "
         "this one economic' = a figurative threat (guideline: threat as risk) with no actor; 'has not been spared' "
         "describes an effect, not a negated event"),
 3: ([("joins in urging", "1031", "LCA/GOV", N, False, A, N, False)],
     "Saint Lucia (2005); 'my Government joins in urging the developed countries that have not already done so to "
     "meet the 0.7 per cent target' = the speaker's own request (guideline: urge -> 10x; held-out 117: joining an "
     "unattributed call is the speaker's own request) whose Y is the official-development-assistance target -> "
     "demand economic aid 1031 (held-out: an aid target of 0.7 per cent is 0331), to an uncoded class -> target "
     "null; the relative clause 'that have not already done so' is left uncoded, following held-out 117's 'We call "
     "on all countries that have not yet done so to join' (borderline a negated 071 with no source); 'Needless to "
     "say' is no event"),
 4: ([], "Senegal (2011): 'Peace is also threatened when the legitimate aspirations of peoples ... find in response "
         "only indifference and refusal of dialogue, if not systematic repression, as is the case in a number of "
         "countries' = a generalisation whose governments are never named (guideline: threat as risk; acts with no "
         "codable actor), not coded (borderline a nominal 125 and 175 with no source to an unnamed CVL)"),
 5: ([("regrets", "110", "HUN/GOV", "IRQ/GOV", False, A, N, False),
      ("refuses to cooperate", "1245", "IRQ/GOV", "org:UN", False, A, N, False)],
     "Hungary (2002); 'Hungary regrets that' = a verb of regret -> 110 (held-out 135/145: 'it is regrettable', "
     "'notes with regret' 110), aimed at the Iraqi regime -> IRQ/GOV; 'the Iraqi regime refuses to cooperate with "
     "the United Nations' = an explicit refusal (guideline: REJECT, negated false) that takes the code of what was "
     "refused (held-out 34/35): in the 2002 context of 'Iraqi non-compliance with Security Council resolutions' "
     "(preceding sentence) and weapons of mass destruction (following text), the refused cooperation is the return "
     "of the UN inspectors -> decline to allow international involvement 1245 (held-out 38/39: refusing safeguards "
     "1245) to org:UN (borderline 121, as held-out 26/27's refusal to cooperate with a tribunal, or 120); "
     "'continues to pose a threat to peace and security' = a threat as risk (guideline), not coded"),
 6: ([], "Zambia (2008): 'Any new proposals to reform the Council should take into account Africa's call for two "
         "permanent seats' = a Security Council reform position; Africa's (Ezulwini) call is left uncoded, following "
         "held-out 116 (borderline a nominal 1044 from org:AU to org:UNGA)"),
 7: ([("resumption of hostilities", "190", "AGO/REB", "AGO/GOV", False, A, N, True)],
     "Kenya (1999); 'the resumption of hostilities' = the renewed Angolan war of 1998-99, the country from the "
     "sentence before ('The situation in Angola') and the agent from the text after ('the leader of UNITA, Mr. "
     "Savimbi, continues to flagrantly defy ... We call on him to immediately cease all acts of hostility') -> an "
     "event noun whose agent is plain from the text around it (held-out 48/49) -> nominal 190, UNITA -> AGO/REB "
     "against the Government -> AGO/GOV (borderline no source to bare AGO, as set 147's Syrian 'continued armed "
     "hostilities', or not coded as a conflict named only by context); 'since the signing of the Lusaka Protocol' "
     "is a time marker, not coded (held-out 144: a signing used as a time marker; borderline a nominal 057 AGO/GOV "
     "-> AGO/REB); 'does not augur well' is an evaluation"),
 # --- UNGDC 1990-2019 random: future
 8: ([("assistance we offered", "071", "KWT/GOV", N, False, A, N, False)],
     "Kuwait (1995); 'The volume of assistance we offered was the highest, in terms of gross national product' = "
     "Kuwait's development aid (preceding sentence: 'in the forefront of donors for development'), given rather "
     "than merely offered -> economic aid 071, asserted (borderline 070, or 0331 reading 'offered' as an offer), the "
     "recipient developing countries unnamed -> target null; 'the privileged will reach out towards the "
     "underprivileged' describes a wished-for world, not coded"),
 9: ([], "Sao Tome and Principe (2003): 'our democracy will remain under threat unless the Government can mobilize "
         "resources sufficient to provide basic services to our long-suffering people' = a figurative threat "
         "(guideline) and ordinary domestic governance, no act between actors (borderline a hypothetical 073 "
         "STP/GOV -> STP/CVL)"),
 10: ([], "Tanzania (1992): 'Such assistance will ensure that Africa pursues genuine development' = an anaphoric aid "
          "noun whose providers (the developed nations of the preceding sentence) and recipient (the continent) are "
          "uncoded collectives, null-null; the development and the riddance of conflicts are expected effects, not "
          "coded"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("the appeal of the Central American Presidents", "103", "GTM/GOV", N, False, A, N, True)],
      "Guatemala (1990); 'the appeal of the Central American Presidents at their summit meeting at Esquipulas II in "
      "order to obtain from the international community special support for the peace and development of the "
      "region' = a historic request noun with its agent named (guideline: appeal -> 10x; held-out 14/15: a call a "
      "nominal request of its author) whose Y is support for peace and development -> demand aid 103 (borderline "
      "1031), the international community uncoded -> target null; the Presidents are a group with no code whose "
      "only member the sentence makes plain is the speaker's own ('our Presidents' elsewhere in the speech) -> "
      "GTM/GOV (held-out 133/145: a group coded for the speaker only; borderline one 103 from each of the five "
      "Esquipulas governments, as an earlier row's 'Presidents of the five countries of the Esquipulas process'); "
      "the summit meeting is the setting of the appeal, not coded separately (borderline a nominal 040); the PECE "
      "plan that 'arose in response' is agentless, and 'should be promoted and adjusted' is an agentless deontic "
      "about a UN plan (borderline a demanded 051 with no source to org:UN); 'in fulfillment of the Antigua "
      "commitments' is compliance"),
 12: ([], "Mauritania (1995): 'The Economic and Social Council must be restructured' = a UN reform position, not coded"),
 13: ([], "Sudan (2000): the sentence starts at 'Millennium Assembly' (the splitter cut after 'we believe that this'); "
          "the Millennium Assembly 'should give equal importance to the reform of the institutions of the "
          "United Nations' = a UN reform position; 'the international community coordinates the implementation of "
          "plans' describes the institutions' function, no act between coded actors"),
 14: ([], "Thailand (2011): 'Such support and dialogue should aim at strengthening States' capacity to meet their "
          "human rights obligations' = the purpose of the international community's support (preceding sentence), an "
          "anaphoric noun between uncoded collectives, not coded"),
 15: ([], "Solomon Islands (2004): 'the enlargement should affect both the permanent and non-permanent membership "
          "categories' = a Security Council reform position, not coded"),
 16: ([("receiving such assistance", "070", "JPN/GOV", "MNG/GOV", False, A, N, False),
       ("receiving such assistance", "070", "USA/GOV", "MNG/GOV", False, A, N, False)],
      "Mongolia (1991); 'we are already receiving such assistance from Japan, the United States and other "
      "countries' = realised outside assistance for the shortages of finance, supplies and qualified personnel "
      "named in the preceding sentence -> one aid noun covering several kinds, 070 (held-out 20/21; borderline "
      "071), one event per named donor (guideline: compound split), 'other countries' uncoded and dropped; 'I "
      "should say' is the speaker's own statement"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("coordinated support", "070", N, "MOZ/GOV", False, D, N, True)],
      "Mozambique (2008); 'We need an efficient health-care system and coordinated support from our international "
      "partners' = a statement of need (held-out 46/47: 'we require support from the international community' a "
      "demanded aid event with no source to the speaker's government) -> demanded nominal 070, the partners "
      "uncoded -> source null (borderline 073 for health aid); the health-care system is domestic; MDG 8's 'global "
      "partnership' is a goal, not coded"),
 18: ([], "Iceland (1996): 'The establishment of international war crimes tribunals is a step in the right "
          "direction' = an evaluation of an agentless establishment (held-out 142: 'were steps in the right "
          "direction' uncoded; borderline a 051 to org:UNSC); 'provided they receive the cooperation necessary ... "
          "from all parties concerned' = a hypothetical cooperation between unnamed parties and tribunals that the "
          "speech never names, null-null, not coded (borderline a hypothetical nominal 063 with no source to org:ICTY "
          "and org:ICTR)"),
 19: ([("we welcome", "051", "RUS/GOV", N, False, A, N, False)],
      "Russian Federation (2006); 'we welcome the creation of such a zone in Central Asia' = a welcome (guideline: "
      "051) of the Central Asian nuclear-weapon-free zone, whose five founding states the speech never names -> "
      "target null (held-out 113: a welcome of conferences whose convenors are not named has no target; borderline one 051 each to "
      "KAZ/GOV, KGZ/GOV, TJK/GOV, TKM/GOV and UZB/GOV); the creation itself is a treaty among unnamed parties, not "
      "coded; 'Nuclear-weapon-free zones play an important role' is an evaluation"),
 20: ([], "Netherlands (2017): 'wants to see a more effective and efficient United Nations, with better cooperation "
          "among the various agencies' = a UN reform position and an optative wish (held-out 118: cooperation 'we "
          "would like to see' uncoded; borderline a demanded 050 org:UN -> org:UN)"),
 21: ([("express our solidarity", "051", "CHL/GOV", N, False, A, N, False),
       ("condemn the use of violence", "111", "CHL/GOV", N, False, A, N, False)],
      "Chile (2014); 'We express our solidarity with the victims' = solidarity after violence, not a natural disaster "
      "-> 051 (held-out 139: solidarity with Kenya after an attack 051), 'the victims' being those of the several "
      "crises of the preceding sentence (Syrian refugees, ISIL's acts, Gaza) -> target null (borderline one 051 "
      "each to SYR/CVL, IRQ/CVL and PSE/CVL, or an uncoded 01x condolence); 'categorically condemn the use of "
      "violence' -> 111 (guideline), the violence's agents unnamed or uncoded (ISIL) -> target null (README: "
      "condemning attacks by unnamed perpetrators is the speaker's 111 with no target)"),
 22: ([("pay a tribute of admiration and support", "051", "BOL/GOV", "org:UN", False, A, N, False)],
      "Bolivia (1990); 'Allow me also to pay a tribute of admiration and support to Secretary-General Javier Perez de "
      "Cuellar and, through him, to the United Nations and its specialized agencies' -> 051 (held-out 52/53: 'pay "
      "tribute to' 051), 'Allow me' performative -> asserted; the Secretary-General, the Organization and its "
      "agencies are all org:UN -> one event for the pair (guideline: one event per actor pair)"),
 23: ([], "Liberia (2009): weak institutional capacity and unemployment 'continue to threaten sustained progress' = a "
          "figurative threat (guideline), no actor"),
 24: ([], "Vanuatu (2003): 'This reform would give the Organization greater transparency' = the Security Council "
          "reform of the preceding sentence, a UN reform position; 'improve international cooperation' is an expected "
          "effect, not coded"),
 25: ([("condemn terrorism", "111", "NPL/GOV", N, False, A, N, False)],
      "Nepal (2015); 'We unequivocally condemn terrorism in all its forms and manifestations' -> 111 (guideline), "
      "no named perpetrator -> target null (earlier rows: 'condemns terrorism in all its forms' 111 with no target)"),
 26: ([("reiterate its appeal", "102", "SWZ/GOV", "org:UN", False, A, N, False)],
      "Swaziland (2007); 'Swaziland wishes to reiterate its appeal to the United' = a fragment cut by the splitter "
      "whose verb lies inside the sentence; the object is completed from the text after as '[United] Nations with "
      "respect to the question of Taiwan' (held-out 104-109: a fragment whose object was cut off is coded from the text "
      "after) -> a request (guideline: appeal -> 10x) whose Y is Taiwan's admission, which the text after makes "
      "plain ('apply for membership ... the application was rejected') -> demand diplomatic cooperation 102 (earlier "
      "rows: calls to admit the Republic of China 102) to org:UN; 'wishes to' performative -> asserted; borderline "
      "not coded as a UN membership position (held-out 121 gave Nicaragua's Taiwan call a 102 with no target)"),
 27: ([], "Nicaragua (2010): 'it is proclaimed without much support that the worst of the ... crisis is behind us' = "
          "an agentless statement and 'without much support' an evaluation of a claim; the crisis's effects have no "
          "actor"),
 28: ([], "Fiji (2009): 'The people of Fiji deserve better than the short-term band-aid solutions we have experienced' "
          "= an evaluation of past domestic governance, no act between actors"),
 29: ([("financial resources are made", "071", N, "NER/GOV", False, D, N, False)],
      "Niger (2010); 'the achievement of the MDGs remains possible for the Niger ... but only to the extent that "
      "substantial financial resources are made available, in particular through an expanded and enhanced "
      "partnership with the international community' = a statement of need (held-out 76 row 7: 'will not be able to "
      "attain sustainable development without appropriate technological support' a demanded aid event with no "
      "source) -> demanded 071, an agentless passive, the international community uncoded -> source null, to the "
      "speaker's government (borderline hypothetical, reading 'only to the extent that' as a condition); the "
      "partnership is the channel of the same resources, folded in (borderline a demanded nominal 050 NER/GOV with "
      "no target); 'as I emphasized at the Meeting' is the speaker's own past statement"),
 30: ([], "Tajikistan (2013): the country's priorities in human rights (strengthening international mechanisms, "
          "implementing commitments, promoting multilateral cooperation) = abstract policy positions (guideline), "
          "not coded"),
 31: ([("Our involvement", "057", "BRN/GOV", N, False, A, N, True)],
      "Brunei Darussalam (2018); 'Our involvement in various bilateral and multilateral free-trade agreements' = "
      "being party to concluded trade agreements with partners the sentence does not name -> a nominal 057 with no "
      "target (held-out 44/45: joining the NPT 057 with no target; held-out 142: 'active presence in various United "
      "Nations forums' a nominal 040; borderline 061 economic cooperation, or not coded as a status); 'is also a "
      "testament to that commitment' is an evaluation"),
 32: ([("the imposition of sanctions", "163", "org:UNSC", "ERI", False, A, N, True)],
      "Eritrea (2018); 'A third factor that drove the imposition of sanctions' = the Security Council sanctions of "
      "23 December 2009, an event noun whose agent is plain from the text around it (held-out 48/49; held-out "
      "42/43: sanctions imposed with no agent in the sentence are the Security Council's from the text before; "
      "earlier rows that left 'the imposition of sanctions' uncoded predate that rule) -> nominal 163 org:UNSC "
      "(borderline USA/GOV, the 'principal architects' of the text before), to the country 'victimized and "
      "targeted' -> bare ERI (borderline ERI/GOV); 'the Governments in place at that time served the agenda of the "
      "major Powers' = unnamed governments (the 'regional Trojan horses' of the text after) and a vague service, "
      "not coded (borderline a 050 with no source to USA/GOV)"),
 33: ([("we reaffirm our commitment", "030", "BDI/GOV", "org:ICGLR", False, A, N, False)],
      "Burundi (2013); 'we reaffirm our commitment through the terms of the agreement of 15 December 2006 and the "
      "relevant protocols of the ICGLR' = a commitment stated as a fact (guideline: 03x asserted) to the Great Lakes "
      "security pact, with its aim 'to ensure peace' in the DR Congo from the preceding sentence -> 030 (an earlier "
      "row: 'We reaffirm our commitment to the United [Nations]' 030 to org:UN) to org:ICGLR (held-out 140: "
      "org:ICGLR) (borderline not coded, as held-out 137's reaffirmed commitments to the Charter and Agenda 2063, "
      "or 037 to bare COD); the 2006 Pact itself and the statements and decisions of the Heads of State in Addis "
      "Ababa and Kampala are agreements among unnamed member states, not coded"),
 34: ([("are on trial", "1124", "org:ICC", N, False, A, N, False),
       ("investigation", "094", "org:ICC", N, False, A, N, False)],
      "Trinidad and Tobago (2011); the sentence starts at 'show that' (the splitter cut after 'A number of cases "
      "before the International Criminal Court (ICC)'), so the court is taken from the cut-off subject (README: a "
      "subject cut off by the splitter is taken from the context); 'the perpetrators are on trial ... for "
      "committing war crimes' = prosecution for war crimes -> 1124 (held-out 98-101: persons indicted by the "
      "tribunals 1124) and 'under investigation for committing war crimes' -> 094 (held-out 24/25: an investigation of war "
      "crimes 094), both from org:ICC, the perpetrators unnamed -> target null; predicative 'on trial' and 'under "
      "investigation' act as passives -> not nominal (borderline nominal); the conscription and use of children by "
      "unnamed perpetrators is null-null, not coded"),
 35: ([], "Denmark (1992): the UN reform discussions on the role of the UN system in development = a UN reform "
          "position, not coded"),
 36: ([], "El Salvador (2006): 'we believe that international cooperation based on solidarity encompasses the "
          "swapping of debt for social programmes' = a belief about a policy instrument, an abstract position "
          "(guideline), not coded"),
 37: ([], "Russian Federation (1999): 'It is necessary to take very serious account of the humanitarian implications "
          "of sanctions' on unnamed target states and third countries = a generalisation about sanctions (held-out "
          "129/144), not coded"),
 38: ([("We also welcome", "051", "NER/GOV", "ESH", False, A, N, False)],
      "Niger (1993); 'We also welcome the talks in El Ayoun on Western' = a fragment cut by the splitter, the object "
      "completed from the text after as 'Western Sahara' (held-out 104-109); the July 1993 Laayoune talks, whose parties "
      "the speech never names -> the welcome of a development inside a named territory whose parties are not named "
      "goes to the bare territory (held-out 65) -> 051 to ESH (borderline one 051 each to MAR/GOV and ESH/REB); the "
      "talks themselves have no named party, null-null, not coded (borderline a nominal 046 MAR/GOV -> ESH/REB)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Belarus (1999): 'Disregarding State interests in the pursuit of individual values can cause unpredictable "
          "consequences' = a generalisation, no actor"),
 40: ([("subscribes to the declaration", "051", "GHA/GOV", "org:AU", False, A, N, False)],
      "Ghana (2010); 'Ghana subscribes to the declaration by the' = a fragment cut by the splitter, the object "
      "completed from the text after as '[the] African Union Assembly of Heads of State and Government that "
      "designated 2010 as a year of peace and security' (held-out 104-109) -> endorsement of an organisation's "
      "declaration, 051 to org:AU (held-out 52/53: 'associates itself with the statement' made for the AU 051 to "
      "org:AU; an earlier row: 'we derive great encouragement from the Declaration' of the OAU summit 051 to "
      "org:AU); borderline not coded as a subscription to abstract priorities (an earlier Burundi row)"),
 41: ([], "Mongolia (2017): 'Mongolia is deeply concerned about the escalating tension in North-East Asia' = expressed "
          "concern, 01x, not coded (guideline); the DPRK's tests lie in the following sentence"),
 42: ([("derives solace", "051", "ZWE/GOV", N, False, A, N, False),
       ("protecting our sovereignty", "052", N, "ZWE/GOV", False, A, N, False)],
      "Zimbabwe (2008); 'Zimbabwe derives solace from the fact that there are some permanent members of the "
      "Security Council that have taken principled stands' = an approving reaction to others' acts, like 'draws "
      "hope from' and 'we derive great encouragement from' (held-out 121) -> 051, the members never named in the "
      "speech -> target null (borderline RUS/GOV and CHN/GOV from outside knowledge, or an uncoded sentiment); "
      "'defending the Charter and protecting our sovereignty by ensuring that the Council acts ... impartially' = "
      "the members' defence of Zimbabwe against the 2008 sanctions draft ('did not fall prey ... to encourage United "
      "Nations sanctions against us', text after) -> defend verbally 052 (README: a duty to defend a state's "
      "sovereignty is a 052 to its government), an unnamed subset of the Council -> source null, to ZWE/GOV (borderline "
      "129 veto, which the sentence does not state); defending the Charter is no act toward an actor"),
 43: ([], "Namibia (1995): 'It is hoped that these efforts will lead to ... transforming SADC into a community' = an "
          "optative hope about the SADC members' policy coordination (preceding sentence), not coded"),
 44: ([("can be allowed", "120", "LUX/GOV", "IRQ/GOV", False, A, N, False)],
      "Luxembourg (1990); 'No linkage between the two questions can be allowed' = the speaker's refusal of the link "
      "that Iraq drew between its invasion of Kuwait and the question of Palestine (the sentence before: 'Iraq's act "
      "of aggression cannot be justified by the impasse in which the question of Palestine finds itself') -> an "
      "impersonal performative non-acceptance (guideline: 'we will never accept it' 12x; held-out 42/43: 'cannot "
      "be condoned' the speaker's act) -> 120 LUX/GOV -> IRQ/GOV, the party drawing the link (borderline 127 for "
      "rejecting Iraq's linkage proposal, or not coded as an impersonal principle)"),
 45: ([], "Comoros (2013): 'That goal, as the United Nations Charter stipulates, is to maintain international peace "
          "and security' = a description of the Charter's purpose, no act"),
 46: ([], "Guinea (2019): 'Look at how we treat our fellow human beings, be they migrants or religious or ethnic "
          "minorities' = 'we' meaning humanity as a whole (held-out 42/43: not coded), a rhetorical appeal with no "
          "act between actors"),
 47: ([], "Georgia (1998): 'Georgia is deeply concerned at the developments in Kosovo, and especially in the north "
          "Caucasus region' = expressed concern, 01x, not coded (guideline); the developments are named only by "
          "place"),
 48: ([], "Jordan (2018): 'All our countries benefit when we unite in common cause' = 'we' meaning all states, a "
          "generalisation, not coded"),
 49: ([], "Qatar (1991): 'We are confident that your leadership of this session will effectively contribute' = a "
          "confident prediction about the Assembly President's work, a hope (held-out 123, 148), not coded"),
 50: ([], "Albania (2017): 'We are resolved to deliver on the fundamentals that consolidate the pillars of a "
          "democratic State' = a resolve about domestic reform with no counterpart (borderline a 034 ALB/GOV -> "
          "org:EU, the reform being tied to EU accession in the text around it)"),
 51: ([], "Barbados (2002): 'We have been prompt and responsible in fulfilling our obligations to the international "
          "community' = compliance with the counter-terrorism conventions and resolution 1373, not coded (held-out "
          "150: compliance not coded); 'the adverse impact of 11 September' names the attacks by their date only, "
          "with no attack noun, agent or victim in the sentence (held-out 130: 'what happened in New York, "
          "Washington and Pennsylvania' uncoded; borderline a nominal 180 with no source to USA)"),
 52: ([("pay tribute", "051", "KNA/GOV", "org:UNGA", False, A, N, False)],
      "Saint Kitts and Nevis (1999); 'I would also like to pay tribute to the work of your predecessor, the Foreign "
      "Minister of Uruguay, ... who steered the General Assembly through the difficult period of the fifty-third "
      "session' = a tribute to the outgoing President of the General Assembly (Didier Opertti) -> 051 to org:UNGA "
      "(held-out 30/31, 65: appreciation of and tributes to a former President of the Assembly go to org:UNGA; "
      "borderline URY/GOV as the Foreign Minister of Uruguay), 'would like to' performative -> asserted; steering "
      "the Assembly is presiding, not an act toward an actor"),
}
