"""Hand annotations for the TWO-HUNDRED-AND-THIRTEENTH held-out event gold set (source of events-heldout213.jsonl).

Keyed by the row index of selection-heldout213.jsonl (output of select_bulk_sentence_heldout.py 213; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout213.jsonl \\
        --annotations annotations_heldout213 --output events-heldout213.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("we call upon our global friends", "101", "SWZ/GOV", N, False, A, N, False)],
     "Swaziland (2015); 'we call upon our global friends to partner with us to ensure that we do not become victims "
     "of our own success' = a request (guideline: call upon -> 10x), performative -> asserted; what is asked is a "
     "partnership to extend quality secondary and tertiary education (sentence before) -> demand material "
     "cooperation 101 (set 209: 'We seek the cooperation of the United Nations ... in the development of "
     "initiatives' a 101; borderline 1031 economic aid, or 102 as set 122's 'ask for the international "
     "community's cooperation'); 'our global friends' are never named -> target null (README: collectives without "
     "a code -> null); Y is not coded separately (guideline); 'we do not become victims' is a purpose about a "
     "situation, no negated event; 'We remain challenged' is a state"),
 1: ([], "Sweden (1990): 'Our goal is a system where we all help protect each other, where ... an attack on any one of "
         "us will not be tolerated by anyone else' = a goal for a collective security system with 'we all' meaning "
         "all states (held-out 42/43: 'we' meaning all states, not coded); the attack and its non-toleration are "
         "generic and hypothetical, with no actor named (borderline a hypothetical 190 null -> null, or a negated "
         "120), not coded"),
 2: ([("imposed on Liberia", "172", N, "LBR", False, A, N, False),
      ("expert advice", "100", "org:WHO", N, False, A, N, True)],
     "Liberia (2014); 'The suspension of flights as well as the travel and other restrictions and sanctions imposed "
     "on Liberia and other affected countries' = Ebola travel bans and restrictions by states and airlines the "
     "speech never names -> administrative restrictions 172 (set 147: Sierra Leone's 'closure of borders and the "
     "imposition of travel restrictions' by uncoded 'international partners' one nominal 172 with no source to "
     "bare SLE; guideline: visa restrictions 172), one sanctions action of several parts coded once (held-out "
     "14/15; held-out 107: 'sanctions and travel restrictions imposed on our officials' one event; borderline 163 "
     "for 'sanctions', or 191), agentless passive -> source null, on the country as a whole -> bare LBR; the "
     "participle 'imposed' carries the act, not nominal (set 187: 'The visa regime imposed by France' not nominal; "
     "held-out 211: 'blockade imposed on' not nominal); 'other affected countries' are unnamed and dropped; "
     "'despite expert advice to the contrary from the World Health Organization and others' = the WHO's "
     "recommendation against such restrictions, a request noun with its agent -> nominal 100 from org:WHO (README "
     "org code; set 181: the Plan of Action 'proposed by the Secretary-General' a 100; set 143: 'Recommendations "
     "made by the Secretary-General' a nominal 100), addressed to all states -> target null (borderline 1051 demand "
     "easing of administrative sanctions, or uncoded as expert advice), the uncoded 'others' dropped; 'have not "
     "only undermined ... but have also aggravated' has an inanimate subject and 'not only' is no negation"),
 3: ([], "Paraguay (2014): 'vulnerability stems from other areas, such as a lack of decent jobs, ... access to "
         "international markets and timely cooperation and from issues for which responsibility does not lie "
         "exclusively with the State but also with the private sector' = a description of causes of vulnerability; "
         "'lack of ... timely cooperation' has no agent or recipient (borderline a negated nominal 050 null -> null), "
         "and 'responsibility does not lie exclusively with the State' is an attribution of responsibility, no act"),
 4: ([], "Kiribati (2013): 'While we have failed to protect our land and atmosphere from our human demands, we must make "
         "sure that the ocean does not meet with the same fate' = 'we' meaning humankind (held-out 42/43: 'we' "
         "meaning all states, not coded); protecting the environment from human demand is no act between actors, "
         "so 'failed to protect' is no negated event (borderline a negated 073 null -> null)"),
 5: ([], "Kazakhstan (2009): 'there should no longer be mistrust, fear and hatred, but the principles of trust, "
         "understanding and cooperation should triumph' = an agentless deontic about attitudes, with no actor and "
         "no codable behaviour (guideline: if Y is not a codable behaviour, nothing is coded)"),
 6: ([], "Jamaica (2016): 'The Paris Agreement ... and the Sendai Framework ... provide us with a blueprint for action' "
         "= agreements as inanimate subjects describing their content, 'us' meaning all states; no act between "
         "actors; 'do not compromise the ability of future generations' is a purpose, no negated event"),
 7: ([("need for aid", "070", N, "SUR/GOV", False, D, N, True)],
     "Suriname (1994); 'it is our obligation to see to it that our need for aid does not lead to the recolonization "
     "of our country' = the speaker's obligation bears on avoiding dependency, while 'our need for aid' is a "
     "statement of need with no donor named -> demanded aid with no source to the speaker's government (README: "
     "'statements of need ... are demanded aid with no source to the speaker's government'; set 119: 'The annual "
     "foreign financing needs of the strategy remain significant' a demanded nominal 071 with no source), generic "
     "aid -> 070, an event noun -> nominal (borderline uncoded, the need being only a premise of the obligation; "
     "the donors called on in the sentence before, the international community and 'our historical partner', the "
     "Netherlands never named, are uncoded); the 'recolonization' is figurative for dependency, with no agent, "
     "and 'does not lead to' is a purpose, no negated 192"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Suriname (1998): 'We are convinced that the new Department for Disarmament and Arms Regulation will bolster "
         "the capacity of the United Nations' = a belief about the UN's internal restructuring (held-out 54-61: UN "
         "reform positions uncoded; set 145: the Secretary-General's internal Secretariat changes uncoded); 'the "
         "ruling by the International Court of Justice in July 1996 that the use of, or the threat to use, nuclear "
         "weapons is contrary to international humanitarian law' = an advisory opinion stating a general legal norm "
         "with no target (borderline a nominal 111 from org:ICJ with no target), not coded; the use or threat of use "
         "of nuclear weapons is generic, no actor"),
 9: ([("will host", "036", "MUS/GOV", N, False, F, N, False),
      ("in collaboration with the European Union", "050", "MUS/GOV", "org:EU", False, F, N, True)],
     "Mauritius (2010); 'Mauritius will host the Second Regional Ministerial Conference on Piracy on 6 and 7 October' "
     "= a future hosting -> the guideline's intent code for future meetings, 036 future (set 125: hosting a meeting "
     "of a UN committee a future 036; set 171: Tanzania's hosting a future 036), the invited 'countries of the "
     "region' unnamed -> target null (borderline 043 future); 'in collaboration with the European Union, the "
     "Indian Ocean Commission and the Common Market for Eastern and Southern Africa' = a cooperation noun naming "
     "its partners (held-out 10/11: cooperation nouns a nominal 050; set 139: an initiative 'to organize, in "
     "collaboration with the United Nations and the Global Coalition for Africa' a conference is a future 036 "
     "with no target and a nominal 050 to org:UN) -> nominal 050 MUS/GOV -> org:EU, future with the conference "
     "(borderline asserted, the collaboration being under way); the Indian Ocean Commission and COMESA have no code "
     "(held-out 107, 178) and are dropped from the compound; 'to promote a more proactive engagement' is a "
     "purpose, not coded"),
 10: ([("continue to support all the efforts", "032", "PRY/GOV", "org:UN", False, F, N, False)],
      "Paraguay (2001); 'it will continue to support all the efforts of this Organization and the international "
      "community to put a definitive end to these crimes against humanity' = a future continuation of political "
      "support (set 210: Mali's 'will continue to support all initiatives' a future 032; set 140: 'will not fail to "
      "continue to support the Organization' a future 032 to org:UN) -> 032 future, 'this Organization' -> org:UN, "
      "the international community dropped from the compound (README: uncoded collectives; borderline 070 future "
      "as set 146's 'will continue to support our friends and allies by all available means'); 'such a cowardly "
      "crime' is an anaphoric event noun for the 11 September attacks with no agent or victim in the sentence, "
      "left uncoded (set 178: the anaphoric 'That attack' uncoded; set 201: 'such terrorist acts' uncoded; "
      "borderline set 116's nominal 180 with no source to USA); 'is not neutral' is a stance, no negated event"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Venezuela (2005): 'it should be the true embodiment and example of the equal exercise of democratic rights' "
          "= a deontic about what the United Nations should be, not a codable behaviour (guideline: 'form a "
          "government', 'comply with obligations' not coded); a UN reform position (held-out 54-61)"),
 12: ([], "Canada (2016): 'We have done all this — and will do much more — because we believe we should confront "
          "anxiety with a clear plan' = a pro-verb summarising five different acts of the text before (helping "
          "negotiate the Paris Agreement, announcing $2.65 billion, reaffirming support for NATO and committing to "
          "peacekeeping, hosting the Global Fund conference and raising Canada's contribution, encouraging partners), "
          "not coded: unlike a pro-verb standing for one act (set 164: 'We have done that' a 051 to org:UN; held-out "
          "201: 'We acted' a 190), 'all this' has no single code or target, and 'will do much more' names no act "
          "(borderline one event per act of the text before, or a single 070 CAN/GOV with no target); 'we should "
          "confront anxiety' is a domestic aim, no act"),
 13: ([], "Latvia (2015): 'The United Nations, and in particular the Security Council, must be able to implement the "
          "mission set by the Charter' = a deontic about the Organization's capacity, whose Y (implementing the "
          "Charter's mission) is compliance, not a codable behaviour (guideline); a UN reform position (held-out "
          "54-61)"),
 14: ([("I reiterate the call", "100", "COL/GOV", N, False, A, N, False)],
      "Colombia (2014); 'I reiterate the call on my region, Latin America and the Caribbean, to remain true to that "
      "intention' = a request (guideline: call on -> 10x), renewed in the present -> asserted, the speaker's own "
      "past call ('As I said in the Assembly in 2010') giving no reported_by (guideline); the region is an uncoded "
      "collective of which Colombia is part -> target null (README: collectives without a code -> null; set 211: "
      "Seychelles's renewed appeal coded for the speaker with no target); 'that intention', that this be 'the "
      "decade of Latin America and the Caribbean' (sentence before), is a general development aspiration -> "
      "generic 100 (set 183: 'urges all Member States to cooperate' a generic 100 with no target; borderline 1011 "
      "for the knowledge-based economies of the text before)"),
 15: ([], "Grenada (2007): 'In the efforts to mitigate climate change, no nation must be left behind' = an agentless "
          "deontic about all nations (held-out 42/43: norms for all states not coded), no act"),
 16: ([], "Cuba (2011): 'He said, \"This is how the international community should work in the twenty-first "
          "century' = Obama's quoted statement (01x) describing what happened in Libya as a model; the quote is a "
          "normative evaluation with an uncoded collective, and the pro-form 'This' names no act in the sentence "
          "(borderline a 190 org:NATO -> bare LBY for the Libya intervention, reported_by USA/GOV); the speech verb "
          "itself is not coded (guideline)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Nicaragua (1999): 'we suffered the ill-timed and devastating effects of Hurricane Mitch' = a natural "
          "disaster, no act between actors; the sacrifices of the reconstruction process are domestic"),
 18: ([("express my appreciation", "051", "KOR/GOV", N, False, A, N, False),
       ("support for the position", "051", N, "KOR/GOV", False, A, N, True)],
      "Republic of Korea (2017); 'I would like to express my appreciation to the international community for its "
      "shared understanding and support for the position of the Korean Government' = thanks (guideline: thank -> "
      "051), 'would like to' the usual politeness form -> asserted, to an uncoded collective -> target null; the "
      "thanked 'support for the position of the Korean Government' is an event noun with its agent 'its' -> a "
      "nominal 051 with no source to KOR/GOV (set 189: thanks to all Member States 'for their support' are a 051 "
      "with no target plus a nominal 051 with no source to KGZ/GOV; set 186: thanks for 'the support offered by "
      "countries worldwide'), political backing on the North Korean nuclear issue -> 051 (borderline 070); "
      "'shared understanding' is a sentiment, not coded; the appreciation is a verbal act, not nominal (set 173)"),
 19: ([("were deployed", "074", "org:UN", "COD", False, A, N, False),
       ("reiterates its demand", "1056", "COD/GOV", "org:UN", False, A, N, False)],
      "Democratic Republic of the Congo (2018); 'United Nations forces were deployed in my country 20 years ago' = "
      "the deployment of MONUC/MONUSCO, a passive whose agent is named in 'United Nations forces' -> provide "
      "peacekeeping 074 (held-out: an ECOMOG force's deployment a nominal 074 from org:ECOWAS; set 179: the UN "
      "mandating UNOMIG a 074 org:UN -> bare GEO), historic -> asserted, to 'my country' as a whole -> bare COD; "
      "'my Government now reiterates its demand ... that the multilateral force effectively and significantly "
      "begin its withdrawal' = a request (guideline: demand that -> 10x), renewed in the present -> asserted, for "
      "the force's withdrawal -> demand de-escalation of military engagement 1056 (set 118: Estonia's demand "
      "that Russia withdraw its military forces a 1056; borderline generic 100, since the force is a peacekeeping mission), "
      "addressed to the Organization whose force it is -> org:UN (borderline org:UNSC, which sets the mandate); "
      "the withdrawal (Y) is not coded separately (guideline); 'the results ... have diminished' is an evaluation"),
 20: ([("to support the efforts", "070", N, "MDG/GOV", False, A, N, False)],
      "Madagascar (2016); 'various activities are being carried out to support the efforts of the Madagascan "
      "authorities in the light of this critical situation' (the drought and food insecurity in the south) = an "
      "agentless support under way for the government, the 'Madagascan authorities' named in the third person, "
      "so the supporters are outside partners the speech does not name -> source null (guideline: agentless "
      "passives null; held-out: 'we had a lot of help' a 070 with no source), support of several kinds -> "
      "generic 070 (held-out: one aid noun covering several kinds is one 070; borderline 073 humanitarian aid, or "
      "uncoded as the government's own domestic programme), to MDG/GOV; realised in the passive progressive -> "
      "asserted, a verb -> not nominal"),
 21: ([("We also welcomed", "051", "LAO/GOV", "KOR/GOV", False, A, N, False),
       ("We also welcomed", "051", "LAO/GOV", "PRK/GOV", False, A, N, False),
       ("the third summit", "040", "KOR/GOV", "PRK/GOV", False, A, N, True)],
      "Lao PDR (2018); 'We also welcomed the third summit between the leaders of the Republic of Korea and the "
      "Democratic People's Republic of Korea' = a past welcome (guideline: welcome -> 051), the speaker's own, "
      "asserted; a welcome of a development between named parties goes to each party (README: welcoming several "
      "developments is 051 to each named party, the developments coded too; set 188: indications that the two "
      "sides are ready to talk give a 051 to each plus an asserted 036 between them) -> one 051 each to KOR/GOV "
      "and PRK/GOV, the leaders being heads of state; the summit is a meeting noun naming its participants (README: "
      "'the U.S.-ASEAN Special Summit' a nominal 040) -> nominal 040 from the first-named, KOR/GOV -> "
      "PRK/GOV (guideline: symmetric meeting coded once from the first-named); 'with the objective of striving ... "
      "to improve bilateral relations ... and to address ... denuclearization' is the summit's purpose, not coded "
      "(borderline a 030 each way); 'not only ... but also' is no negation"),
 22: ([("attaches great importance to", "030", "KWT/GOV", N, False, A, N, False)],
      "Kuwait (2011); 'The State of Kuwait attaches great importance to consolidating and developing its relations "
      "with its neighbours on firm and solid grounds ... as well as to promoting these relations' = a stated "
      "commitment to develop relations, an intent stated as a fact -> express intent to cooperate 030, asserted "
      "(guideline: an explicit intent verb stated as a fact gives a 03x event with modality asserted; set 184: "
      "Chad's 'no intention other than to diversify their relations of friendship and cooperation' an asserted "
      "030 with no target; borderline 050 as set 189's 'Very good relations with all our neighbours'); the "
      "neighbours are not named in the sentence -> target null (borderline IRN/GOV, the one neighbour the next "
      "sentence names in 'In this context', or one event each to IRQ/GOV, SAU/GOV and IRN/GOV from outside "
      "knowledge)"),
 23: ([], "United Republic of Tanzania (2007): 'The efficiencies in aid delivery expected through \"One United "
          "Nations\"' = a fragment cut by the splitter whose verb lies after the cut (README: a fragment whose verb "
          "was cut away is left uncoded); 'aid delivery' is an event noun with no agent or recipient in the "
          "sentence (guideline: not coded)"),
 24: ([("We can welcome", "051", "HUN/GOV", N, False, A, N, False)],
      "Hungary (2001); 'We can welcome the fact that, on the basis of a convergence of interests, cooperation among "
      "States has acquired, in the two months following the terrible event, a dimension that is very promising' = "
      "the speaker's welcome (guideline: welcome -> 051), 'can' a politeness modal -> asserted (set 156: Burkina "
      "Faso's 'we can certainly welcome restored peace' the speaker's 051), of the counter-terrorism cooperation "
      "after 11 September among unnamed States -> target null (README: collectives without a code -> null; "
      "borderline uncoded with 'we' meaning all states, held-out 42/43); the cooperation itself runs between "
      "uncoded collectives (null -> null), not coded; 'the terrible event' is an anaphoric event noun with no "
      "agent or victim in the sentence, not coded (set 188: 'the tragic events of 11 September' uncoded)"),
 25: ([("signed", "057", "BIH/GOV", "HRV/GOV", False, A, N, False),
       ("signed", "057", "BIH/GOV", "YUG/GOV", False, A, N, False)],
      "Oman (1995); a fragment cut by the splitter: '[the Agreement of] Principle signed under the supervision of "
      "the Contract [Group at Geneva on 3 September 1995 by the Foreign Ministers of the Republics of Bosnia and "
      "Herzegovina, Croatia, and the former Republic of Yugoslavia (Serbia and Montenegro)]' = the signing verb is "
      "in the sentence and its signatories after the cut (README: a fragment whose object the splitter cut off is "
      "coded from the text after the cut when its verb is in the sentence) -> agreement 057, realised -> asserted, "
      "one event from the first-named party to each of the others (set 210: an agreement 'reached ... by Jordan, "
      "Israel and the Palestinian National Authority' one 057 from JOR/GOV to each of the other two), the FRY in "
      "1995 -> YUG/GOV (README: a state that later dissolved takes its code of the speech's date); the participle "
      "carries the act, not nominal (set 187); the Contact Group ('Contract Group' in the record) has no code and "
      "the speech never names its members (set 126: the five-nation Contact Group dropped) -> its supervision is "
      "not coded (borderline a 045 per member from outside knowledge)"),
 26: ([], "Venezuela (2012): '[The Bolivarian Alliance for the Peoples of Our] America is a new coordination "
          "mechanism for dialogue guided by cooperation, complementarity and solidarity among sovereign nations' = a "
          "description of what ALBA is, a status with its name cut by the splitter, no act (borderline a nominal 050 "
          "from org:ALBA with no target)"),
 27: ([], "Benin (2016): 'Benin warmly welcomes the theme of this year's session' = the welcome of a session theme, "
          "not coded (set 120: 'Welcomes the theme that the President has chosen' not coded; sets 182 and 198: theme "
          "welcomes uncoded; borderline a 051 to org:UNGA, as sets 129 and 203 coded praise of the President's "
          "choice of theme, which this sentence does not mention); 'it appropriately responds to current concerns' is "
          "an evaluation"),
 28: ([("breaking the siege", "190", "IRQ/GOV", N, False, A, N, False),
       ("had been occupied", "192", N, "IRQ", False, A, N, False)],
      "Iraq (2014); 'We also succeeded in breaking the siege and liberating cities that had been occupied by the "
      "terrorists of that dangerous organization' = military operations against ISIL (named in the text before) -> "
      "generic military attack 190, realised -> asserted; 'We' in a UN speech -> IRQ/GOV (guideline), the forces "
      "named only in the sentence before (borderline IRQ/MIL, 'The Iraqi Armed Forces, the Peshmerga and the "
      "Popular Defence volunteers'); breaking the siege and liberating the cities are one campaign against the same "
      "party, coded once (borderline a second 190 for 'liberating'); ISIL has no code (held-out sets: ISIS has no "
      "code, as AQIM; set 126: ISIL's acts with no source) -> target null (borderline IRQ/REB under the rule for "
      "unnamed outlaw groups); 'cities that had been occupied by the terrorists' = occupy 192 (guideline), a "
      "passive whose agent is the uncoded ISIL -> source null, the cities being Iraq's -> bare IRQ (README: bare "
      "country as target of an invasion), a participle -> not nominal; 'the siege' is an event noun whose agent is "
      "not in the sentence, folded into its breaking (borderline a nominal 191 null -> IRQ)"),
 29: ([], "Sri Lanka (2017): 'Sri Lanka has abided by its rules and regulations and complied with its conventions, "
          "treaties and agreements' = compliance (guideline: 'comply with obligations' not coded; set 169: Peru's "
          "compliance uncoded), no act between actors"),
 30: ([], "Libya (2008): 'Despite all the measures taken to combat terrorism, thanks to international cooperation under "
          "the United Nations umbrella, this issue still poses a challenge' = agentless measures and cooperation "
          "among uncoded collectives (held-out 54-61: acts between uncoded collectives uncoded; borderline a nominal "
          "062 null -> null, or a nominal 045 from org:UN); 'poses a challenge' is figurative (guideline)"),
 31: ([("reaffirms its", "036", "NIC/GOV", N, False, A, N, False)],
      "Nicaragua (2000); 'Nicaragua reaffirms its determination to spare no effort in the preparations for the third "
      "meeting of States parties to the Ottawa Convention, to be held in Nicaragua in September 2001' = preparing "
      "to host a meeting, stated as a reaffirmed determination -> the intent code for meetings 036, asserted "
      "(guideline: an explicit intent verb stated as a fact gives a 03x event with modality asserted; set 115: "
      "'Firmly determined to hold negotiations on signing' a 036 asserted with a null target; sets 125 and 171: "
      "future hostings 036), the States parties an uncoded collective -> target null (borderline 043 future, or "
      "uncoded as a meeting only 'to be held' at a venue, as set 189, though here the speaker prepares it); 'spare "
      "no effort' is litotes, no negation"),
 32: ([("modest contributions in cash", "070", "MUS/GOV", N, False, A, N, True),
       ("played host to the dialogue", "043", "MUS/GOV", "COD/GOV", False, A, N, False),
       ("played host to the dialogue", "043", "MUS/GOV", "RWA/GOV", False, A, N, False),
       ("dialogue between the", "040", "COD/GOV", "RWA/GOV", False, A, N, True),
       ("signature of an accord", "057", "COD/GOV", "RWA/GOV", False, A, N, True)],
      "Mauritius (1994); 'besides its interventions in international forums and its modest contributions in cash and "
      "in kind' = statements (01x, not coded) and an aid noun with its agent 'its' -> nominal 070, one aid noun "
      "covering several kinds (held-out: one 070), for the Rwanda and Burundi crisis of the text before, no "
      "recipient in the sentence -> target null (borderline RWA/CVL for the refugees, or 073); 'played host to the "
      "dialogue between the President of Zaire and the President of Rwanda' = host 043 (guideline), one per party "
      "(set 125: Museveni hosting Bashir and Garang gives two 043s and a nominal 040), Zaire -> COD/GOV (held-out "
      "26/27: a renamed state keeps its current code) and the heads of state -> GOV; the dialogue is a meeting noun "
      "naming its participants -> nominal 040 from the first-named, COD/GOV -> RWA/GOV (README: a meeting noun whose name gives its participants is a nominal 040); 'which "
      "culminated in the signature of an accord with respect ... to the refugee situation' = an agreement noun whose "
      "parties are the dialogue's -> nominal 057 COD/GOV -> RWA/GOV (README: an agreement or cooperation named by "
      "its parties is a nominal 057)"),
 33: ([("signature of an", "057", "AGO/GOV", "org:IMF", False, A, N, True)],
      "Angola (2000); 'This progress translated to the recent signature of an agreement with the International "
      "Monetary Fund relating to the implementation of a monitored programme' = an agreement noun whose agent, "
      "Angola, is plain from the sentence before ('Angola continues on the path of economic reforms') -> nominal "
      "057 AGO/GOV -> org:IMF (set 174: Congo's IMF signing a nominal 057 COG/GOV -> org:IMF; README: an event noun "
      "whose agent is plain only from the text around it is coded); the monitored programme is the agreement's "
      "content, folded in (borderline a second nominal 061 org:IMF -> AGO/GOV, as set 118's staff-monitored "
      "programme); 'This progress translated to' is an evaluation"),
 34: ([("We join in", "111", "KIR/GOV", N, False, A, N, False)],
      "Kiribati (2014); 'We join in the broad international condemnation of criminal extremism' = the speaker's own "
      "condemnation (guideline: condemn -> 111; README: 'joined the United Nations in their condemnation' is "
      "the speaker's 111 and a nominal 111 of org:UN), asserted, of unnamed extremists -> target null (held-out: "
      "condemning attacks by unnamed perpetrators is the speaker's 111 with no target); the 'broad international "
      "condemnation' runs from an uncoded collective to unnamed extremists (null -> null), not coded; 'express the "
      "hope that such destabilizing tensions ... can be settled through peaceful means' is optative and 01x, not "
      "coded (README: hopes about other actors' acts; borderline a 107 with no target)"),
 35: ([], "Malta (2014): 'Men, women and children are risking their lives to cross conflict-ridden zones and hostile "
          "deserts' = migrants' own movement, no act between political actors"),
 36: ([], "Ecuador (2016): 'It is good that some countries are committed to cooperation in the interest of development "
          "but there still is not one drop of assistance in an ocean of injustices, including financial, banking "
          "and tax practices that undermine our right to development' = an impersonal evaluation ('It is good "
          "that', set 186: 'It is gratifying that' uncoded; borderline a 051 with no target) of commitments by an "
          "uncoded collective (held-out 54-61: acts between uncoded collectives), and a metaphor ('one drop of "
          "assistance in an ocean of injustices') with no donor or recipient, so no negated 070; practices that "
          "'undermine our right' are figurative (guideline)"),
 37: ([("cooperation between Thailand", "062", "THA/GOV", N, False, A, N, True)],
      "Thailand (1991); 'Subregional strategies to control drug abuse have been devised through cooperation between "
      "Thailand and neighbouring countries' = a cooperation noun naming its parties (held-out 10/11: cooperation "
      "nouns a nominal 050) in drug control, a law-enforcement field -> security cooperation 062 (README: "
      "security cooperation 062; set 114: 'Joined other States in the region to combat' trafficking a 062 with no "
      "target; borderline 050), realised -> asserted; the neighbours are unnamed -> target null (borderline LAO/GOV "
      "and MMR/GOV, named in the next sentence only as hoped-for partners of future 'triangular efforts'); the "
      "agentless 'have been devised' is folded into the cooperation"),
 38: ([("attempts of the United States to", "170", "USA/GOV", "PRK/GOV", False, A, N, True)],
      "DPRK (2005); 'the attempts of the United States to suffocate the Democratic People's Republic of Korea' = an "
      "event noun with its agent -> nominal, realised pressure -> coerce 170 (README: a 'pressure campaign "
      "against Taiwan' a nominal 170; set 118: US 'pressures and blackmail' a nominal 170; borderline 163 for "
      "economic strangulation), USA/GOV -> PRK/GOV; 'which constitute a real threat' describes the attempts as a "
      "risk (guideline: figurative threat), no separate 130 (borderline a nominal 138, as the next sentence's "
      "'constant threat of the United States'); the Songun policy ('to give priority to military affairs') is a "
      "standing doctrine, not coded (borderline a nominal 154 from PRK/GOV with no target)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Brunei Darussalam (2012): 'we believe that the United Nations is helping to create a world in which the "
          "people it represents can look to a better future' = a belief about the Organization's general role, "
          "figurative and with no recipient (borderline a habitual 070 org:UN with no target, as set 153's agencies "
          "that 'provide valuable support to countries')"),
 40: ([("We also encourage the direct", "1011", "ITA/GOV", N, False, A, N, False)],
      "Italy (2008); 'We also encourage the direct involvement of the private sector in bringing agriculture back to "
      "its rightful place at the centre of economic policies' = encouragement read as a request (set 174: "
      "'encourage the international donor and development community to engage' a 106 with no target), "
      "performative -> asserted; the private sector, in the global food crisis of the text before, is no one "
      "country's and has no code -> target null; its involvement in agricultural investment -> demand economic "
      "cooperation 1011 (borderline generic 100, as set 165's 'encourage the IAEA to continue to monitor')"),
 41: ([], "Ecuador (2005): 'Today migrants are treated worse than capital or commercial goods: we are always looking to "
          "provide freedom of transit for these' = an agentless passive with no treater named and 'we' meaning all "
          "states (held-out 42/43), no act"),
 42: ([], "Finland (2006): 'Recent events ... have proved once again that ... an effective United Nations is needed "
          "more than ever' = an evaluation, no act"),
 43: ([], "Central African Republic (2005): 'the debate on the reform of the Organization, in particular the reform "
          "of the Security Council, is far from over' = a UN reform position (held-out 54-61), no act"),
 44: ([], "Brunei Darussalam (2010): 'By this I mean the work of our United Nations agencies, their experts ... and "
          "above all their volunteers in the field' = the object of 'offer a statement of support' in the sentence "
          "before; the support verb lies outside the sentence (README: a request whose verb falls outside the "
          "selected sentence is left uncoded; held-out: fragments whose act lies outside the sentence; borderline a "
          "051 BRN/GOV -> org:UN); 'the work' of the agencies names no act or recipient"),
 45: ([("proposed by the Panel", "100", "org:UN", N, False, A, N, False)],
      "Timor-Leste (2015); 'The four major shifts proposed by the Panel' = the recommendations of the High-level "
      "Independent Panel on Peace Operations, appointed by the Secretary-General (sentence before) -> org:UN (set "
      "202: the High-level Panel's recommendations a nominal 100 from org:UN; set 181: the Plan of Action 'proposed "
      "by the Secretary-General' a 100 from org:UN with no target), a participle -> not nominal, realised -> "
      "asserted, the shifts addressed to UN peace operations generally -> target null (borderline target org:UN, "
      "or TLS/CVL as source for the chair Ramos-Horta); 'would help to enhance the credibility ... of the United "
      "Nations' is a hypothetical evaluation, no act"),
 46: ([("express my appreciation", "051", "NIC/GOV", "org:UN", False, A, N, False)],
      "Nicaragua (1998); 'Allow me also to express my appreciation to the' = a fragment cut by the splitter whose "
      "verb is in the sentence, its object after the cut ('Secretary-General, Mr. Kofi Annan, for his vision and "
      "efforts to promote deep reforms') -> thanks 051 (guideline), asserted, to org:UN (set 198: a fragment "
      "'express to the Secretary-General,' completed after the cut, a 051 to org:UN; README: a fragment whose "
      "object the splitter cut off is coded from the text after the cut when its verb is in the sentence); the "
      "reform efforts after the cut are a UN reform position, not coded"),
 47: ([], "San Marino (2002): 'the recent World Summit on Sustainable Development held in Johannesburg, South Africa "
          "was also of great importance' = an evaluation of a summit only 'held in' a venue (held-out 110: summits "
          "only 'held at' a venue uncoded; set 154: the APEC meeting 'was held' in Shanghai uncoded; borderline a 043 "
          "ZAF/GOV -> org:UN)"),
 48: ([], "Grenada (2017): 'the International Monetary Fund (IMF) published a report ... which highlights some of the "
          "challenges facing the financial institutions and Governments of small States' = publishing a report that "
          "describes challenges, no act toward an actor (set 143: briefing and national reports uncoded; borderline "
          "an 01x statement of org:IMF), not an accusation"),
 49: ([("willing and would like to share", "033", "ISL/GOV", N, False, A, N, False)],
      "Iceland (2009); 'we also have technological expertise that we are willing and would like to share' = an offer "
      "of fisheries and geothermal know-how, an intent stated as a fact -> express intent to provide material aid "
      "033, asserted (README: 'stands ready to engage/assist' is 03x asserted; set 177: 'Is ready to supply up to "
      "3,000 additional Cuban doctors' an asserted 0333; borderline 0311 economic cooperation, or 0331), offered "
      "to all Member States (next sentence: the UNU Fisheries Training Programme 'available to Member States') -> "
      "target null"),
 50: ([], "Argentina (1991): 'All of mankind's hopes for the remaining years of this century converge in assigning a key "
          "role to the United Nations' = an evaluation of hopes, no act"),
 51: ([], "Honduras (2001): 'This was the case during the recent floods along the Atlantic coast of Honduras' = a "
          "natural disaster and domestic community organisation (text before and after), no act between actors"),
 52: ([], "Yemen (1999): 'The democratic process in our world today is undergoing real expansion and is receiving the "
          "attention of all nations' = an evaluation of a global trend, 'all nations' an uncoded collective, no act"),
}
