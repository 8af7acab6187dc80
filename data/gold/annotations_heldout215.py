"""Hand annotations for the TWO-HUNDRED-AND-FIFTEENTH held-out event gold set (source of events-heldout215.jsonl).

Keyed by the row index of selection-heldout215.jsonl (output of select_bulk_sentence_heldout.py 215; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout215.jsonl \\
        --annotations annotations_heldout215 --output events-heldout215.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: future
 0: ([("Constructive engagement", "030", "MNG/GOV", "org:UN", False, F, N, True)],
     "Mongolia (2008); 'Constructive engagement in world affairs through multilateral cooperation mechanisms, with the "
     "United Nations at the centre, and deeper integration into the world economy will thus continue to be the "
     "cornerstone of Mongolia's foreign policy' = an event noun whose agent is plain in the same sentence "
     "('Mongolia's foreign policy') -> nominal; continued engagement with the UN-centred multilateral mechanisms is "
     "a commitment to the Organization (set 192: 'Reaffirm my country's commitment to the United Nations' a 030 to "
     "org:UN; set 137: 'We remain eager to work within the United Nations system' a 030 to org:UN), and 'will "
     "continue to be' makes it a future cooperative act -> intent code 030 with modality future (guideline; set 146: "
     "Myanmar's 'will step up its efforts, in close cooperation with ... international organizations' a future "
     "nominal 030), to org:UN, the one partner named (borderline uncoded as a foreign-policy doctrine, an abstract "
     "policy position, as set 190 left a commitment to the Charter; or target null); 'deeper integration into the "
     "world economy' names no partner and is folded in (borderline a second future 030 with no target, as set 152's "
     "'timely integration into European regional organizations')"),
 1: ([("cooperation", "030", "BEL/GOV", "org:EU", False, F, N, True)],
     "Belgium (1995); 'In cooperation with the European Union, Belgium will play an active role in this field' = "
     "Belgium's announced work on conventional weapons (sentence before); a cooperation noun naming its partner "
     "whose agent is the sentence's subject -> nominal, and a future cooperative act takes the intent code -> "
     "future nominal 030 BEL/GOV -> org:EU (set 146: 'will step up its efforts, in close cooperation with friendly "
     "countries and international organizations' a future nominal 030; borderline a nominal 050, as set 139's 'in "
     "collaboration with the United Nations' beside a future 036); 'will play an active role in this field' has no "
     "counterpart and no more specific code than the cooperation it is done in, folded in (borderline a second "
     "future 030 with no target); 'as we have done in recent months with regard to anti-personnel mines' is a "
     "pro-verb for the same active role, which the next sentences show as Belgium's own legislation and its "
     "presidency of the Geneva conference -> no codable partner act, not coded (borderline an asserted 043 to "
     "org:UN for the conference presidency, which lies outside the sentence)"),
 2: ([], "Democratic Republic of the Congo (2005): 'leads us to predict with confidence that the various electoral "
         "deadlines will be met' = a confident prediction about the domestic electoral calendar (set 123: a "
         "confident prediction is a hope, not coded), with 'the harmonious progress in the process' an evaluation; no "
         "act between actors"),
 # --- UNGDC 1990-2019 random: demand
 3: ([], "Slovenia (2015): 'But while we acknowledge the progress that has been achieved, our quest for gender "
         "equality must continue' = a concessive admission that agentless progress (since the Beijing Platform, text "
         "before) has been made, an observation rather than a welcome or praise act, with no actor whose act is "
         "acknowledged (README: 'acknowledging a government's progress is 051' needs a government; borderline a 051 "
         "with no target, as set 178's 'We welcome this advancement' of women); 'our quest ... must continue' is a "
         "deontic about an abstract aim with no counterpart, not coded"),
 4: ([("must surrender control", "0874", "BIH/REB", "BIH", False, D, N, False),
      ("slaughtered", "202", "BIH/REB", "BIH/CVL", False, A, N, False),
      ("expelled", "174", "BIH/REB", "BIH/CVL", False, A, N, False)],
     "Bosnia and Herzegovina (1993); 'the aggressor forces' are the 'Serbian forces that committed murder, rape and "
     "torture' and 'continue to control those territories' (next sentence), i.e. the Bosnian Serb forces holding "
     "Bosnian territory -> BIH/REB (README: Bosnian Serb and Bosnian Croat forces (1993) are BIH/REB; borderline "
     "YUG/MIL or YUG/GOV, as set 134's 'Serbian aggression' (1995) from YUG/GOV); 'must surrender control of the "
     "territories' = a deontic with no request verb (guideline: 'X must do Y' codes Y, demanded), Y being a military "
     "surrender of held ground -> retreat or surrender militarily 0874, from territory of the country as a whole -> "
     "bare BIH (set 210: 'has not yet withdrawn its military forces from the territory' 0874 to bare MDA); 'where "
     "they have slaughtered and expelled civilian populations' = realised acts in a relative clause -> asserted: "
     "'slaughtered ... civilian populations' = killings of many civilians -> 202 (guideline), and 'expelled' = "
     "forced expulsion -> 174 (guideline: deportation 174; set 144: 'people who have been expelled' a 174 to "
     "BIH/CVL; borderline 203 ethnic cleansing, as set 130), both to BIH/CVL; 'so that the Bosnians can return to "
     "their homes' is a purpose, not coded"),
 5: ([], "Mozambique (2005): 'Thus, the strength of the Organization must be high on our agenda' = a deontic about "
         "strengthening the UN with 'our' meaning all states (held-out 42/43), a UN reform position (held-out 54-61), "
         "no act"),
 6: ([], "Estonia (2006): 'their individual efforts should be supported by concrete global actions and programmes' = "
         "an agentless deontic about support for 'all nations' from unnamed global actions, between uncoded "
         "collectives (held-out 54-61: acts between uncoded collectives not coded; borderline a demanded 070 with no "
         "source and no target); 'all nations bear the principal responsibility' is a norm, no act"),
 7: ([], "Chile (2002): 'The Johannesburg Summit confirmed my belief that we must work towards consensus on basic "
         "concepts' = a belief with an inanimate subject and a deontic whose 'we' means all states (held-out 42/43), "
         "no act"),
 8: ([("We urge", "1044", "GNB/GOV", "ZAF/GOV", False, A, N, False)],
     "Guinea-Bissau (1991); 'We urge the De Klerk government to eliminate apartheid and establish a more just, "
     "democratic and multiracial society' = a request (guideline: urge -> 10x, one asserted request S -> X) to the "
     "South African Government -> ZAF/GOV; what is asked is the abolition of a system of government and its "
     "replacement by a democratic order -> demand change in institutions/regime 1044 (set 182: demands for 'reforms "
     "in State institutions' 1044; borderline 1043 demand rights); Y is not coded separately (guideline)"),
 # --- UNGDC 1990-2019 random: cue
 9: ([], "Lao PDR (2011): 'All of this has contributed to maintaining peace, stability and development cooperation in "
         "the Asia-Pacific Region' = an inanimate anaphoric subject (ASEAN's external cooperation frameworks, text "
         "before) and an evaluation of their outcome, no act named (borderline a habitual 050 from org:ASEAN with no "
         "target, reading 'All of this' as standing for ASEAN's act)"),
 10: ([], "Zambia (1995): 'It is also as a result of United Nations engagement that the world is now entering an era "
          "in which the ideals of human rights and democracy are gaining support in many countries' = a causal "
          "evaluation crediting the UN with a global trend, with no praise verb (set 190: praise with no praise verb "
          "uncoded; borderline the speaker's 051 to org:UN, as set 143's 'A great deal of the credit for that belongs "
          "to the United Nations'); 'United Nations engagement' names no country or act (borderline a nominal 040 "
          "org:UN with no target, as set 188's demanded 'United Nations engagement' to named countries); the ideals "
          "'gaining support' are not acts"),
 11: ([], "Saint Kitts and Nevis (2011): 'Most delegations recently participated ... in the United Nations High-level "
          "Meeting on HIV/AIDS ... on Youth ... and ... on Non-communicable Diseases' = the membership at large "
          "attending its own meetings, 'most delegations' an uncoded collective (README: 'most countries' -> null) "
          "that includes the speaker, like 'we' meaning all states (set 139: 'we met in Beijing' uncoded; borderline "
          "one 040 with no source to org:UNGA per meeting); meetings only 'held' at a time are not coded"),
 12: ([("assistance", "070", N, "AFG", False, D, N, True)],
      "Uzbekistan (2002); 'There is an urgent need for adequate measures and assistance on the part of the entire "
      "international community ... to combat narco-aggression' = a statement of need (README: statements of need are "
      "demanded aid with no source) -> an aid noun whose agent is named ('on the part of the entire international "
      "community', an uncoded collective -> source null) -> demanded nominal 070; the need is about the 'criminal "
      "narcotics business in Afghanistan' (sentence before) -> bare AFG (set 144: 'International assistance is "
      "greatly needed' for the Liberian process one demanded nominal 070 to bare LBR; borderline target null, "
      "uncoded as null -> null, or UZB/GOV and the Central Asian transit states of the text after); 'adequate "
      "measures' names no act; 'the active support of the Afghan authorities to combat narco-aggression' is their "
      "own counter-narcotics effort against uncoded traffickers, a domestic act, not coded (borderline a demanded "
      "nominal 051 or 062 AFG/GOV with no target)"),
 13: ([], "Czech Republic (2013): 'Some of the MDG targets have been met already' = an agentless statement about "
          "development goals, no act"),
 14: ([], "South Africa (2016): 'South Africa is particularly supportive of the proposal to limit the term of office "
          "of the Secretary-General to a seven-year non-renewable term' = a UN reform position (held-out 54-61; set "
          "182: support for UN reform uncoded), the proposal's authors unnamed (borderline a 051 with no target, as "
          "set 150's support for unattributed peacekeeping initiatives)"),
 15: ([], "South Africa (2007): 'Yet the pace of climate change negotiations is out of step with the urgency indicated "
          "by science' = an evaluation of negotiations among all parties (null -> null), no act"),
 16: ([("sustained assistance", "070", N, "TON/GOV", False, A, N, True)],
      "Tonga (2002); 'the sustained assistance of developed countries in our region has been very useful in our "
      "endeavours' = an aid noun (guideline: nominal) for Tonga's counter-terrorism measures under resolution 1373 "
      "(text before), realised -> asserted; the donors are 'developed countries in our region', never named in the "
      "speech -> source null (README: collectives without a code null; set 174: 'The ongoing assistance of our "
      "traditional development partners' a nominal 070 with no source to TON/GOV; borderline AUS/GOV and NZL/GOV "
      "from outside knowledge), to the speaker's 'endeavours' -> TON/GOV; 'has been very useful' is an evaluation, "
      "no separate 051"),
 17: ([("is a party to", "062", "DMA/GOV", N, False, A, N, False)],
      "Dominica (1996); 'it is a party to cooperative regional arrangements aimed at impeding the trans-shipment of "
      "illicit drugs through the Caribbean region' = standing participation in regional counter-narcotics "
      "interdiction cooperation -> security cooperation 062, habitual -> asserted, with no partner named -> target "
      "null (set 114: 'Joined other States in the region to combat' trafficking a 062 with no target; set 199: "
      "'has readily joined the global fight against international terrorism' a 062 with no target; borderline a 057 "
      "with no target for being a party to the arrangements, or uncoded as a status); 'has taken steps ... to deal "
      "with the problem at the national level' is a domestic programme, not coded"),
 18: ([], "Belgium (2008): 'Here, I make an appeal that we embark on that task together, with energy and dedication' = "
          "an appeal whose 'we' is everyone, the task being 'a better organization of the financial world' (text "
          "before) (set 191: an appeal 'to everyone' uncoded; set 121: hortatives with 'us' meaning all leaders "
          "uncoded; borderline a generic 100 or a 1042 BEL/GOV with no target)"),
 19: ([("support", "070", N, "TGO/GOV", False, D, N, True)],
      "Togo (2005); 'Togo needs the international community's support in order to help democracy to take firm root "
      "and to strengthen peace and stability in West Africa' = a statement of need (README: 'we require support from "
      "the international community' is demanded aid with no source to the speaker's government) -> demanded nominal "
      "070, the international community uncoded -> source null, to TGO/GOV (set 128: 'These countries need "
      "immediate and massive assistance' demanded 070 with no source; borderline 051 as political backing); the "
      "sentence starts at 'Togo' after the splitter's cut, the words before ('the young democracy of') adding no "
      "event; the purposes are not coded"),
 20: ([], "Kiribati (2015): 'We meet at a critical time in the history of multilateralism' = 'we' meaning all states "
          "meeting in the Assembly (held-out 42/43), no act"),
 21: ([("expressed their support", "051", "org:UN", "CAF/GOV", False, A, N, False),
       ("appealed to", "103", "org:UN", N, False, A, N, False)],
      "Central African Republic (2003); the subject, cut by the splitter, is 'The member countries of the United "
      "Nations Standing Advisory Committee on Security Questions in Central Africa' (README: a subject cut off by the "
      "splitter is taken from the context), whose members the speech never names; the members acting together at "
      "the Committee's ministerial meeting stand for the body (set 148: ECCAS countries that mobilize resources -> "
      "org:ECCAS), a UN committee -> org:UN (README: a UN programme as subject stands for org:UN; borderline source "
      "null, or org:ECCAS for its membership); 'expressed their support for the change that had occurred in Bangui' "
      "= express support 051 (guideline) for the March 2003 change of regime, i.e. the new Transitional Government "
      "-> CAF/GOV (Bangui a place here, not a metonym; borderline bare CAF; the coup itself is not coded, README); "
      "'in a declaration' is the medium; 'appealed to the international community to provide assistance to the "
      "Central African Republic' = a request (guideline: appeal -> 10x) to an uncoded collective -> target null, for "
      "unspecified assistance -> demand material aid 103 (set 210: Jordan's 'seeking the help of the competent "
      "international bodies to provide it with the necessary aid' a 103 with no target; borderline 1031); Y is not "
      "coded separately (guideline); the ministerial meeting only 'held in Brazzaville' is not coded"),
 22: ([], "Bhutan (2009): 'challenges remain ... for developing countries to mobilize adequate domestic resources' = a "
          "description of domestic resource mobilization by an uncoded collective, no act"),
 23: ([("assure him", "030", "COM/GOV", "org:UNGA", False, A, N, False)],
      "Comoros (2003); 'I am very pleased to assure him of the full cooperation and support of my entire delegation' "
      "= an assurance to Julian Hunte, President of the General Assembly at its fifty-eighth session (sentence "
      "before) -> org:UNGA; an assurance of 'support and cooperation' is one 030 (README; set 192: an assurance of "
      "'full support and cooperation' one 030 to org:UNGA; borderline 032, as set 211's assurance of 'full "
      "support'); performative -> asserted; 'my entire delegation' is the speaker's government, COM/GOV"),
 24: ([], "Angola (2014): 'Religious fundamentalism ... poses a threat to regional security' = a risk (guideline: "
          "figurative 'threat'), no actor"),
 25: ([], "Maldives (2011): 'The Maldives has spared no effort in highlighting the growing threats posed by climate "
          "change' = advocacy by statement (01x, not coded) about a risk (guideline: figurative 'threat'); 'spared no "
          "effort' is litotes, no negated event"),
 26: ([], "Benin (2002): 'the least developed countries took the initiative of meeting at Cotonou, from 5 to 7 August "
          "2002' = a meeting among an uncoded collective (held-out 54-61: acts between uncoded collectives not "
          "coded), third-person, with Benin's hosting implied only by the venue (sets 110 and 153: meetings only held "
          "at a venue uncoded; borderline a 043 BEN/GOV with no target, or a 040 with no source); the Brussels "
          "Programme's implementation is a purpose"),
 27: ([], "Cameroon (2008): 'nor is our continent spared the threat of terrorism' = a risk (guideline: figurative "
          "'threat'), no actor; 'Unfortunately' is a sentence adverb (set 135), 'nor' no negated event"),
 28: ([], "El Salvador (2011): 'Unity is a necessary prerequisite in order to meet our common goals' = an abstract "
          "principle, no act"),
 29: ([("is trying", "045", N, "SOM", False, A, N, False)],
      "Denmark (2008); 'In Somalia, the international community is trying hard to improve the deplorable situation on "
      "the ground and the prospects for a long-term political solution' = the realised peace efforts of an uncoded "
      "collective -> source null (README: 'the international community' null), present progressive -> asserted; "
      "improving the prospects for a political settlement is third-party peacemaking -> mediate 045 (set 211: the "
      "African Union's efforts to find a settlement a nominal 045 to bare SDN), the Somali parties never being named "
      "in the sentence -> bare SOM (set 209: 'the international community mobilized as one in extending help to "
      "the Philippines' an asserted 073 with no source to bare PHL); improving 'the deplorable situation on the "
      "ground' is folded in (borderline a second 070/073 with no source to SOM, or the whole left uncoded as "
      "unspecified efforts, as set 118 left the international community's peace efforts in ten countries)"),
 30: ([("reiterates its call", "1042", "LCA/GOV", N, False, A, N, False)],
      "Saint Lucia (2001); 'Saint Lucia reiterates its call for the adoption of a holistic approach towards poverty "
      "eradication' = 'S calls for Y' is one asserted request (guideline), renewed in the present; the addressee is "
      "not named -> target null (set 204: 'We also call for a ... global arms trade treaty' a 102 with no target; "
      "set 185: 'Advocates that naval disarmament should feature ...' a 1056 with no target); Y, the adoption of a "
      "policy approach -> demand policy change 1042 (borderline uncoded as a call with no addressee for an abstract "
      "approach, as sets 180 and 200 left 'calls for strengthening ... regional mechanisms' and 'urge prompt "
      "implementation'; or org:UN, whose 'central role' the sentence before names); 'reiterates its call' is a "
      "verbal act, not nominal (set 211: 'reiterate our call' not nominal)"),
 # --- UNGDC 1990-2019 random: nocue
 31: ([], "Barbados (2011): 'none of the nations represented in this Assembly will enjoy sustainable prosperity if we "
          "continue to abuse the environment' = a conditional prediction whose 'we' means all states (held-out 42/43), "
          "no act between actors"),
 32: ([("pay tribute to", "051", "COM/GOV", "org:UNGA", False, A, N, False),
       ("pay tribute to", "051", "COM/GOV", "org:UN", False, A, N, False)],
      "Comoros (1998); 'I also pay tribute to your predecessor, His Excellency' = 'pay tribute to' is 051 (README), "
      "performative -> asserted; 'your predecessor' is the outgoing President of the General Assembly, Hennadiy "
      "Udovenko (after the cut) -> org:UNGA (README: tributes to a former President of the Assembly go to org:UNGA); "
      "the verb lies inside the fragment, so the objects cut off after it are coded from the text after the cut "
      "(README; set 193: 'Welcomes the recent decision by the United', one 051 per government named after the cut): "
      "'as well as to the greatly respected Mr. Kofi Annan, the Secretary-General' -> a second 051 to org:UN "
      "(borderline org:UNGA only, the in-sentence object); the speaker acts for the Comorian President -> COM/GOV"),
 33: ([], "San Marino (2018): 'we need to encourage, through education, respect for ... human rights, the rule of law "
          "and access to justice' = a deontic whose 'we' means all states (held-out 42/43) about education, a "
          "domestic programme with no counterpart, not coded"),
 34: ([("is committed to working", "030", "AUS/GOV", N, False, A, N, False)],
      "Australia (2008); 'Australia is committed to working with other nations towards the goal of the eventual "
      "abolition of nuclear weapons' = a commitment stated as a fact (README: commitments stated as facts, 'remain "
      "committed to supporting', are asserted 03x) to cooperate with unnamed partners -> 030 asserted, target null "
      "(set 120: 'Our continuing determination to work with other Member States to fight terrorism' a 030 with no "
      "target; borderline uncoded as an abstract disarmament position, as set 146 left Kiribati's commitment to the "
      "Paris Agreement); 'a long-standing member of the NPT' is a status, not coded"),
 35: ([], "Kenya (2012): 'There can be no lasting peace without sustainable and inclusive development' = a general "
          "principle, no act; 'no lasting peace' is no negated event"),
 36: ([("terrorist atrocity", "180", N, "USA", False, A, N, True)],
      "Pakistan (2003); 'The terrible terrorist atrocity of 11 September' = a fragment whose verb ('jolted the "
      "foundations of the international system') lies after the cut, but the event noun itself is whole inside it; "
      "the 11 September attacks with no victim in the sentence are a nominal 180 with no source to USA (set 115; set "
      "116: the anaphoric 'The attack perpetrated' a nominal 180 with no source to USA; set 202: 'the recent "
      "terrorist attacks' a nominal 180 with no source to bare USA; borderline uncoded as a fragment, or as set 188's "
      "'the tragic events of 11 September', which names no attack); 'terrible' is an evaluative adjective"),
 37: ([], "Belarus (2000): 'Tuvalu as a new Member of the United Nations' = a fragment whose verb ('Let me first "
          "welcome') fell before the splitter's cut and whose act noun is not inside it either (README: a fragment is "
          "left uncoded when the verb was cut away; set 154: Liberia's fragment whose welcome verb fell before the "
          "cut uncoded; borderline a 051 BLR/GOV -> TUV/GOV, as set 142's 'We welcome membership of East Timor')"),
 38: ([("spent", "073", "org:UN", N, False, A, N, False)],
      "Estonia (2016); 'In three years, the United Nations Relief and Rehabilitation Administration ... spent in "
      "today's money approximately €50 billion to resolve that crisis' = a historic material act (README: historic "
      "acts in speeches are coded) of relief for the refugees and displaced persons of post-war Europe (sentence "
      "before) -> provide humanitarian aid 073, asserted; UNRRA, an agency of the wartime United Nations whose name "
      "the speaker stresses, is coded org:UN (borderline a new code for a pre-Charter body, as set 133's org:LON, or "
      "source null); 'that crisis' spans Germany and other European countries with no single recipient -> target "
      "null (set 205: humanitarian workers' habitual 073 org:UN -> null; borderline DEU/CVL from the sentence "
      "before, or 071)"),
 39: ([], "Uzbekistan (2012): 'Allow me very briefly to address what are ... some of the most important items on the "
          "agenda' = the speaker's announcement of his own statement (01x), no act"),
 40: ([("genocide", "202", N, "RWA/CVL", False, A, N, True)],
      "Rwanda (2013); 'Next April, Rwanda will commemorate the twentieth anniversary of the genocide' = the "
      "commemoration is a domestic ceremony, not coded (set 191: a commemoration uncoded); 'the genocide' is the 1994 "
      "genocide in Rwanda, realised -> asserted nominal 202, whose perpetrators the sentence does not name -> source "
      "null, to its victims -> RWA/CVL (set 180: 'the genocide in Rwanda' a nominal 202 with no source to RWA/CVL, "
      "extending the agentless-attack rule to named massacres; set 209: the genocide of Armenians; borderline "
      "RWA/GOV of 1994 as agent, as set 168, or uncoded as an event noun without an agent, as set 135 left an "
      "anniversary)"),
 41: ([], "Suriname (2013): 'The Millennium Development Goals are an important first step towards addressing some of "
          "the worst socioeconomic conditions' = an evaluation of goals, no act"),
 42: ([], "Estonia (2000): 'The Security Council took an important step last week towards ensuring the security of "
          "people and frontiers with its unanimous resolution to overhaul United Nations peacekeeping operations' = "
          "the Council's decision to reform the Organization's own peacekeeping, an internal UN reform with no "
          "counterpart (set 145: the Secretary-General's internal Secretariat changes uncoded; held-out 54-61: UN "
          "reform uncoded; borderline a 1042 org:UNSC -> org:UN), and 'took an important step' is the speaker's "
          "evaluation with no praise verb (set 142: 'were steps in the right direction' uncoded; set 184: 'is a "
          "beneficial step in the right direction' uncoded; borderline a 051 EST/GOV -> org:UNSC)"),
 43: ([], "Bolivia (2004): 'The efforts undertaken by the country on the basis of a liberal economic model ... had their "
          "highs and lows' = domestic economic policy and an evaluation, no act between actors"),
 44: ([], "India (2002): 'The Earth's atmosphere and biosphere know no national boundaries' = personification of "
          "nature, no actor"),
}
