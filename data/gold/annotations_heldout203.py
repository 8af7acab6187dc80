"""Hand annotations for the TWO-HUNDRED-AND-THIRD held-out event gold set (source of events-heldout203.jsonl).

Keyed by the row index of selection-heldout203.jsonl (output of select_bulk_sentence_heldout.py 203; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout203.jsonl \\
        --annotations annotations_heldout203 --output events-heldout203.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Brazil (2008): 'it is worthwhile to reread his warning: \"It is no longer possible to sit back and let a "
         "region go hungry ...\"' = Josue de Castro's quoted general warning about hunger, with no addressee and no "
         "threatened act (README: 'issues a warning' about economic harm is not a threat); the commemoration of his "
         "birthday is not coded (set 191: a commemoration left uncoded); 'no longer possible' bears on a generic "
         "omission, no negated event"),
 1: ([], "Niger (2000): 'globalization has been accompanied by heightened inequalities and ... will not be able to "
         "meet the expectations of poor countries' = a description of a process with no actor; 'will not be able to "
         "meet' is a prediction about globalization, no negated event"),
 2: ([], "Honduras (2004): 'Let them coordinate measures to make sure that demand does not grow unduly' = 'them' "
         "are the developed countries of the text before (an uncoded collective) coordinating among themselves, "
         "null -> null (held-out 54-61: acts between uncoded collectives uncoded; borderline a demanded 050 "
         "null -> null); 'does not grow' is about oil demand, no negated event"),
 3: ([("never accepted", "120", "YEM/CVL", N, False, A, N, False),
      ("yoke of occupation", "192", "GBR/GOV", "YEM", False, A, N, True)],
     "Yemen (1994); 'Our people never accepted that the separation should continue' = the Yemeni people's historic "
     "non-acceptance of the division into two states, which the next sentence calls 'refusing to accept that "
     "abnormal situation' -> reject 120 (set 189: 'My country never accepted this status of isolation imposed upon "
     "us' a 120; guideline: an explicit non-acceptance is a REJECT with negated false), from the people -> YEM/CVL "
     "(borderline YEM/GOV), the separation being a state of affairs imposed by no named actor -> target null "
     "(borderline uncoded as an attitude, or the two former Yemeni states' governments); 'once its national soil "
     "had been liberated from the yoke of occupation' = the British colonial rule of the South, ended at "
     "independence from the United Kingdom on 30 November 1967 (sentence before: 'British colonialism in the "
     "South', 'independent of the United Kingdom') -> an event noun whose agent is plain from the text around it "
     "(README: coded) -> historic nominal 192 GBR/GOV -> bare YEM (README: occupy 192; bare country for the "
     "country as a whole; set 169's 'Fifty years of foreign occupation' had no source because the speech never "
     "named the occupier; borderline no source here too, or uncoded as colonial rule rather than occupation); the "
     "agentless liberation is not coded (borderline a 190 YEM/CVL -> GBR)"),
 4: ([("a Russian veto", "129", "RUS/GOV", "org:UNSC", False, A, N, True),
      ("demanding justice", "1013", "AUS/GOV", N, False, A, N, False)],
     "Australia (2015); 'a Russian veto' = Russia's July 2015 veto of the Security Council draft resolution to "
     "set up an international tribunal for the downing of MH-17 (text before) -> veto 129 (held-out 50/51: "
     "'will not resort to its unfailing veto' 129 to org:UNSC), nominal with its agent in the adjective "
     "(guideline: 'Russia's invasion'), realised -> asserted (borderline hypothetical, read as 'any Russian veto'); "
     "'We will not let ... impede the efforts' = a statement of resolve against the veto's effect, not coded "
     "(held-out 6: 'will not stand by while' not coded; set 130: 'will not be cowed' resolve; borderline a 130 "
     "AUS/GOV -> RUS/GOV, or a negated future 1246); 'countries grieving the loss of their citizens and demanding "
     "justice for the perpetrators' = the MH-17 victim states, an unnamed class of which the speaker is plainly "
     "one ('Australia remains determined to hold to account those responsible', sentence before) -> coded for "
     "the speaker only (set 133: 'We nations of South America'; set 186: 'as a region we are seeking'; borderline "
     "source null for the uncoded class), a demand for justice -> 1013 (README: 'a demand for justice after "
     "attacks is 1013 to the government held responsible'), the perpetrators unnamed -> target null (borderline "
     "RUS/GOV, or UKR/REB from outside knowledge); 'this atrocity' is anaphoric and agentless, not coded (set 178: "
     "'That attack')"),
 5: ([], "Bhutan (2019): 'Bhutan did not meet the economic vulnerability index threshold' = a statistical criterion "
         "for LDC graduation, no act between actors; the negation bears on an indicator, no negated event"),
 6: ([("prepared to add", "0331", "AND/GOV", "org:UN", False, A, N, False),
      ("pay their", "071", N, "org:UN", False, H, N, False)],
     "Andorra (1997); 'we are prepared to add an additional 10 per cent of our annual contribution to this "
     "emergency fund' = a conditional offer of money to the UN's proposed revolving fund -> express intent to "
     "provide economic aid 0331, asserted as a readiness stated as a fact (README: 'stands ready to' 03x asserted; "
     "set 176 'is ready to supply up to 3,000 additional Cuban doctors' 0333 asserted; borderline hypothetical for "
     "its two conditions, or a hypothetical 071), to org:UN; 'on the condition that the debtors - whether they be "
     "large or small - pay their debts in the future' = the arrears of unnamed Member States -> a condition, so "
     "hypothetical (guideline: if-clauses), economic aid 071 with no source to org:UN (set 150: 'Various Member "
     "States have not met their legal obligations' a negated 071 null -> org:UN; set 127: 'the default of certain "
     "Member States in paying their contributions'; borderline 1221 or uncoded as compliance); 'if the other "
     "Member States are equally supportive' is an adjective predicate of an uncoded collective, not coded "
     "(borderline a second hypothetical 071 null -> org:UN); 'the creation of a revolving fund' is agentless and "
     "'should never have existed' an evaluation"),
 7: ([], "Central African Republic (2012): 'The state of the world should make us aware of the urgent need to "
         "strengthen multilateralism' = 'us' meaning all states (held-out 42/43), no act; 'if we do not speedily "
         "come up with ... solutions' is the same collective, no negated event"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Iraq (2006): 'we also express the hope that Arab and regional parties, including neighbouring countries "
         "in particular, will share our determination and make every effort to halt any activities, support for or "
         "encouragement of the forces of terrorism' = a hope about other actors' acts, optative and not coded "
         "(README: hopes about other actors' acts; 'express the hope' 01x); the neighbours are unnamed and 'any "
         "activities, support for or encouragement' is generic, so no realised act is presupposed (set 113 coded a "
         "realised occupation inside a hope; borderline a nominal 070 with no source to IRQ/REB); 'underscore our "
         "determination' is a statement"),
 9: ([], "South Africa (2004): 'the powerful will also make the additional determination that terrorism and war "
         "constitute the central and principal threat' = a judgement predicted of an uncoded collective ('the "
         "powerful'), no act between actors; 'threat' is a risk (guideline: figurative)"),
 10: ([], "Chile (1993): 'My country is confident that we will make every effort necessary to ensure that the "
          "Copenhagen meeting arrives at appropriate and specific solutions' = a confident prediction (set 123: a "
          "hope, not coded) whose 'we' are the states preparing the World Summit for Social Development (held-out "
          "42/43: 'we' meaning all states); borderline a future 030 CHL/GOV -> org:UN, Chile having proposed the "
          "summit (text before)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Liechtenstein (2019): 'That is the political capital ... that we must use in our conversation with "
          "Governments that tend to look for solutions elsewhere or simply deny the challenges' = 'we' the UN "
          "membership as a whole (held-out 42/43) and unnamed Governments, null -> null (borderline a demanded 040 "
          "org:UN -> null); 'deny the challenges' is a stance, not an event"),
 12: ([], "United Kingdom (2007): 'The United Nations has a duty to lead the world in addressing the shared threats "
          "... and it must do so in deed as well as in word' = a deontic whose Y (leading the world in addressing "
          "threats) is not a codable behaviour (guideline: 'comply with obligations' etc. not coded); 'threats' are "
          "risks (guideline: figurative)"),
 13: ([], "Libya (2007): 'They must provide the necessary maps, equipment and technical know-how to reclaim and "
          "rehabilitate damaged land in those developing countries' = 'they' are 'countries that waged war on the "
          "territories of other countries' (sentence before), an unnamed class, and the recipients an uncoded class, "
          "null -> null (held-out 54-61: acts between uncoded collectives uncoded; borderline a demanded 070 with no "
          "source to bare LBY, whose wartime mines the speech has in mind)"),
 14: ([], "Haiti (2006): 'Nothing should make us abandon that spirit' = a hortative about the spirit of dialogue and "
          "compromise, 'us' meaning all states, no act"),
 15: ([], "Saint Kitts and Nevis (2006): 'partnerships should begin with mutual respect and a commitment to "
          "understanding each other' = an abstract principle for development partnerships, no actor"),
 16: ([], "Croatia (2009): 'The specific features of individual nations and civilizations must be respected, since "
          "there is no reason why anyone should renounce something that is part of his cultural or traditional "
          "heritage' = an agentless abstract principle, no actor; 'should renounce' is generic"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("can therefore only welcome", "051", "NER/GOV", "org:UNGA", False, A, N, False)],
      "Niger (2018); 'My delegation can therefore only welcome that appropriate choice of theme' = a welcome "
      "(guideline: 051) of the theme the President of the Assembly chose ('By giving this session the theme ...', "
      "sentence before) -> 051 to org:UNGA, following set 129 ('praise for the theme a President has chosen' a 051 "
      "to org:UNGA) and set 157 ('fully supports this choice' of theme a 051 to org:UNGA); 'can only welcome' is "
      "an emphatic welcome, no negation; borderline uncoded as the welcome of a session theme, as sets 120, 142 "
      "and 182 left it; 'require greater international cooperation ... on the part of all of us' = 'us' meaning "
      "all states, not coded"),
 18: ([("my Government is urging", "102", "VCT/GOV", "org:UNGA", False, A, N, False)],
      "Saint Vincent and the Grenadines (2000); 'my Government is urging that the subject be placed on the agenda "
      "of the fifty-sixth session of the General Assembly' = a request (guideline: urge -> 10x), performative "
      "present -> asserted; the subject = the Republic of China on Taiwan's eligibility for UN membership "
      "(sentence before), a bid for political support -> 102 (held-out 86: Taiwan's bid for UN membership a 102; "
      "held-out 13 row 57: 'renews its call for Taiwan's inclusion' 102); no addressee is named, but the agenda is "
      "the General Assembly's -> org:UNGA (borderline target null, as set 121's call on the international "
      "community, or 1044, or uncoded as a UN membership position, held-out 54-61); Y not coded separately "
      "(guideline)"),
 19: ([("appeal to the United States", "1054", "MOZ/GOV", "USA/GOV", False, A, N, False),
       ("embargo", "163", "USA/GOV", "CUB", False, A, N, True)],
      "Mozambique (2017); 'appeal to the United States of America to put an end to the economic, commercial and "
      "financial embargo' = a request (guideline: appeal -> 10x) to USA/GOV, Y = lifting an embargo -> 1054 "
      "(README: a call to end the embargo 1054 to USA/GOV, sets 163 and 170); the embargo itself is a nominal 163 "
      "whose agent is the addressee, USA/GOV -> bare CUB (set 159: 'the economic blockade of Cuba' a nominal 163 "
      "USA/GOV -> bare CUB; borderline CUB/GOV); 'note with concern the latest developments' is expressed concern "
      "(01x, not coded); 'hinders the socioeconomic development of Cuba' is the embargo's effect, folded in"),
 20: ([], "Palau (2001): 'the attack on our own ecosystem through desertification ... and sea-level rise' = "
          "figurative (guideline: 'attack on sovereignty', 'threat to all of us'), from agentless 'human "
          "activities', no act"),
 21: ([], "Burundi (2006): 'The preparation of a strategic framework for growth and counteracting poverty ... meets "
          "this concern' = a domestic planning document, agentless, no act between actors"),
 22: ([("welcomes the new Member", "051", "LBN/GOV", N, False, A, N, False)],
      "Lebanon (1992); 'Lebanon ... welcomes the new Member States' = a welcome (guideline: 051) of the states "
      "admitted in 1991-92, none of which the speech names (searched: no Slovenia, Croatia, Armenia, etc.) -> 051 "
      "with no target (set 166: Bhutan's welcome of new Members a 051 with no target; set 131: a welcome of 'six "
      "new Members' goes only to the ones the speech names; borderline one 051 per 1992 Member from outside "
      "knowledge, or org:UNGA as the admitting body); 'considers their membership to be an enhancement' is an "
      "evaluation, and the admissions themselves are not coded (README: UN admissions uncoded)"),
 23: ([], "Uruguay (1999): 'Does globalization demand new strategies of the world Organization?' = a question about "
          "a process as subject, 'demand' meaning 'require', no request event"),
 24: ([("gives strong political support", "051", N, "MKD/GOV", False, A, N, False)],
      "Macedonia (2001); 'the international community gives strong political support to the Republic of "
      "Macedonia' = political support (guideline: 'express support' 051) from an uncoded collective -> 051 with no "
      "source (README: praise from uncoded collectives is a 051 with no source; set 130: 'fully supported by the "
      "international community' a 051 with no source to UZB/GOV), present and habitual -> asserted, to the "
      "Government in its 2001 conflict -> MKD/GOV (borderline bare MKD, or 070 as material backing); 'allow me to "
      "underline' is the speaker's statement (01x)"),
 25: ([("offered to host", "036", "QAT/GOV", "org:UN", False, A, N, False)],
      "Qatar (2006); 'His Highness also offered to host the first Review Conference of the International "
      "Conference on Financing for Development' = the Emir, Qatar's head of state -> QAT/GOV; 'offered to host' "
      "-> 036 (README: 'offered to host' is 036; held-out precedents 'offered to host' 036 MEX/GOV and KAZ/GOV -> "
      "org:UN), a realised offer -> asserted, the Review Conference being a UN conference (held in Doha, 2008) -> "
      "org:UN (borderline org:UNGA, which decided on it, or target null)"),
 26: ([("welcomes the adoption", "051", "MLT/GOV", "org:UNGA", False, A, N, False)],
      "Malta (2007); 'Malta welcomes the adoption of the United' = a fragment cut by the splitter whose verb lies "
      "inside it; its object after the cut is 'Nations Declaration on the Rights of Indigenous Peoples by the "
      "General Assembly (resolution 61/295)' -> coded from the text after (README: a fragment whose object the "
      "splitter cut off is coded from the text after the cut when its verb is in the sentence); welcoming a "
      "General Assembly resolution -> 051 to org:UNGA (README; set 195: welcoming the Global Counter-Terrorism "
      "Strategy's adoption 051 to org:UNGA); the adoption is not coded separately"),
 27: ([("have agreed to establish", "0334", "org:ICGLR", "COD", False, A, N, False)],
      "Tanzania (2012); '[Members of the International Conference on the Great] Lakes Region have agreed to "
      "establish an international neutral force comprising 4,000 troops to address the problem' = the subject "
      "before the splitter's cut is taken from the context (README: a subject cut off by the splitter is taken "
      "from the context) -> the ICGLR's member states, the organisation having a code -> org:ICGLR (set 140 added "
      "org:ICGLR; borderline TZA/GOV, which 'has committed to contribute troops' in the next sentence); an intent "
      "verb stated as a fact ('EU leaders agreed to open negotiations', guideline) -> asserted 03x; a neutral "
      "force for the eastern DRC -> express intent to provide military protection or peacekeeping 0334 (README: "
      "troops in an international force are 074 to the host country) -> bare COD (borderline 0312, since the force "
      "was meant to neutralise M23, or target COD/REB, the 'rebel groups such as the Mouvement du 23 mars' of the "
      "sentence before; README: M23 is COD/REB)"),
 28: ([("welcomes the decision", "051", "BEN/GOV", "IND/GOV", False, A, N, False),
       ("welcomes the decision", "051", "BEN/GOV", "PAK/GOV", False, A, N, False),
       ("decision by India", "030", "IND/GOV", N, False, A, N, False),
       ("decision by India", "030", "PAK/GOV", N, False, A, N, False)],
     "Benin (1998); 'the Republic of Benin welcomes the decision by India and Pakistan to sign the Treaty on the "
     "Non-Proliferation of Nuclear Weapons (NPT)' = a welcome (guideline: 051), one per named government "
     "(guideline: compound split) -> IND/GOV and PAK/GOV; 'the decision ... to sign' an unsigned multilateral "
     "treaty = an intent stated as a fact -> 030 asserted with no target, one per state (set 150: France's and "
     "China's 'declared their intention to accede' to the NPT asserted 030s with no target; borderline a 057 with "
     "no target, as set 193's 'decision ... to sign the Washington Declaration', or future); the speech says NPT "
     "(the 1998 Indian and Pakistani statements concerned the CTBT), coded as written"),
 29: ([("reject all forms", "120", "THA/GOV", N, False, A, N, False)],
      "Thailand (2009); 'As a region, we have also continued to liberalize trade and reject all forms of "
      "protectionism' = 'as a region' (ASEAN, text before) coded for the speaker only (set 186: 'as a region we "
      "are seeking' coded HND/GOV only; set 133; borderline org:ASEAN); 'reject all forms of protectionism' = an "
      "explicit REJECT verb (guideline) with no target -> 120 THA/GOV -> null (set 150: 'Bangladesh abjures "
      "religious extremism' a 120 with no target; set 148: 'we reject the tackling of this phenomenon using double "
      "standards' 120; borderline uncoded as a trade-policy stance, as earlier sets left protectionism uncoded); "
      "'continued to liberalize trade' = a trade policy with no CAMEO act and no named partner, not coded "
      "(borderline a 061 with no target for intra-regional liberalisation)"),
 30: ([("categorically rejected", "120", "BGR/GOV", "SUN/GOV", False, A, N, False)],
      "Bulgaria (1990); 'We have categorically rejected the doctrine of limited sovereignty, known as the Brezhnev "
      "doctrine' = an explicit rejection (guideline: REJECT 12x, negated false) -> 120, of the Soviet doctrine -> "
      "its author, the Soviet leadership of 1990 -> SUN/GOV (README: USSR -> SUN; borderline target null, a "
      "doctrine being a policy rather than an actor's act); 'since it infringes our national independence' has "
      "the doctrine as inanimate subject, an evaluation, not coded (borderline a 1721 SUN/GOV -> BGR)"),
 31: ([("has proposed solutions", "045", "org:UN", N, False, A, N, False)],
      "Luxembourg (1993); 'the United Nations has proposed solutions and agreements to resolve the conflicts which "
      "are being submitted to it in ever-increasing numbers' = the UN as third party proposing settlements to the "
      "parties of conflicts -> mediate 045 (README: mediate/broker 045; set 194: the Baker plan 'proposed by' the "
      "UN a 045; set 191: 'Its role in solving problems that threaten peace' a nominal 045 with no target), "
      "habitual -> asserted, no conflict or party named -> target null (borderline 030 with no target, as set "
      "130's 'proposals put forward', or uncoded as a generalisation); 'are being submitted to it' is an agentless "
      "passive of unnamed parties, not coded (borderline a 102 null -> org:UN)"),
 32: ([("cooperation with the International Atomic Energy", "086", "IRN/GOV", "org:IAEA", False, D, N, True)],
      "Bulgaria (2012); 'we believe that Iran's full cooperation with the International Atomic Energy Agency is of "
      "paramount importance' = 'it is important that Iran fully cooperate with the IAEA' (guideline: 'it is "
      "important to help X' -> demanded; no request verb, so no REQUEST event for the speaker) -> Y coded with "
      "source IRN/GOV, demanded, nominal (an event noun with its agent 'Iran's'); cooperation with the nuclear "
      "inspection agency -> allow international involvement 086 to org:IAEA (set 147: 'encourage Iraq to "
      "cooperate fully with the United Nations' a 1055, i.e. Y = allow international involvement; borderline 0862 "
      "as set 161's 'cooperated ... with all the inspection teams', or 050); 'Along with others' = uncoded "
      "co-believers, dropped"),
 33: ([], "Timor-Leste (2013): 'Only negotiation can help save lives and alleviate the high toll that the Syrian "
          "people are paying' = an agentless evaluation of negotiation as a means (set 187: dialogue that 'remains "
          "the most viable option' uncoded; borderline a demanded nominal 046 SYR/GOV -> SYR/REB); the deaths and "
          "displacement are named only as a toll, with no agent"),
 34: ([("calls for access to markets", "1011", "BOL/GOV", N, False, A, N, False)],
      "Bolivia (2001); 'my country calls for access to markets' = a request (guideline: call for -> 10x), Y = "
      "market access -> demand economic cooperation 1011 (set 129: 'merely calls for' a debt-for-equity scheme a "
      "1011 with no target; set 149: Grenada's development-strategy call a 1011), no addressee named -> target "
      "null (set 195: 'we call for an end to violence' with no addressee 1056 with no target; borderline uncoded "
      "as a call with no addressee, sets 110 and 125, or 1031)"),
 35: ([], "Palau (2013): 'Discussion, not weapons, is the best way to resolve differences and uphold human rights' = "
          "an abstract principle, no actor"),
 36: ([("deplores", "110", "MAR/GOV", N, False, A, N, False)],
      "Morocco (1993); 'Morocco deplores the lack of genuine dialogue between the' = a fragment whose verb lies "
      "inside it; its object after the cut is 'North and the South' (README: coded from the text after the cut "
      "when its verb is in the sentence); 'deplores' -> 110 (set 162: 'Deplores' is 110), the lack of dialogue "
      "being an omission of uncoded collectives -> target null (set 152: 'Our regret and dismay at the lack of "
      "resolute action by the international community' a 110 with no target; borderline uncoded as regret of a "
      "situation, as set 195's 'regret the deterioration of civil order'); the lack of dialogue itself runs "
      "between uncoded collectives, not coded (borderline a negated nominal 040 null -> null)"),
 37: ([], "Cabo Verde (2004): 'it is by relying on negotiations, dialogue and the acknowledgement of ... all parties, "
          "that we can tap the potential for avoiding the need for war' = 'we' meaning all states (held-out 42/43), "
          "an abstract principle; 'war' is generic, no act"),
 38: ([("received the expected support", "051", N, "STP/GOV", True, A, N, True)],
      "Sao Tome and Principe (2005); 'Neither proposal received the expected support' = the two agenda requests "
      "on Taiwan that Sao Tome signed or co-proposed (text before: A/60/192 and the draft resolution in "
      "A/60/193), rejected by the General Committee -> plain negation of support (guideline: negated event "
      "keeps its code) -> negated nominal 051 (set 140: 'still awaits the support of the nuclear-weapon States' a "
      "negated nominal 051 with no source; set 187: 'received neither ... the acknowledgement or support' a "
      "negated nominal 051 with no source), from the unnamed Member States -> source null, to the proposer -> "
      "STP/GOV (borderline TWN/GOV, whose cause the proposals served, or org:UNGA as source); the anaphoric "
      "'Neither proposal' is not coded (set 195: the anaphoric 'the request' uncoded; borderline a nominal 102 "
      "STP/GOV -> org:UNGA)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Argentina (2018): 'I am sure that her work will attest to the pertinence of women's leadership' = a "
          "confident prediction about the Assembly President's work (set 148: a confident prediction about the "
          "Assembly President's skills uncoded), no act"),
 40: ([], "Turkey (1992): 'Turkey has on many occasions expressed its consistent stand on the question of "
          "Palestine' = the speaker's own statements (01x, guideline: not coded), no act with a counterpart"),
 41: ([], "Slovenia (1997): a fragment 'None of the endeavours aimed at modernizing the' [Organization] whose verb "
          "('will have any guarantee of success') lies after the splitter's cut; the endeavours are UN reform, "
          "agentless and a reform position (held-out 54-61), not coded"),
 42: ([], "Cote d'Ivoire (2012): 'national reconciliation has been effected through the National Commission for "
          "Dialogue, Truth and Reconciliation, which has been serving as the standing body for maintaining "
          "political dialogue' = a domestic reconciliation process, agentless and with no named parties (set 178: "
          "a domestic reconciliation programme uncoded; borderline a 040 CIV/GOV -> CIV/OPP)"),
 43: ([], "Malawi (2005): 'the role of the United Nations in Africa can be enhanced by encouraging Africa's "
          "representation in the Security Council' = a Security Council reform position (held-out 54-61; set 194: "
          "a demand for Council seats uncoded; borderline a 1044 MWI/GOV -> org:UNSC)"),
 44: ([], "Papua New Guinea (2008): 'Papua New Guinea celebrated 33 years of unbroken constitutional democracy' = a "
          "domestic anniversary, no act between actors"),
 45: ([], "Switzerland (2002): 'We will champion this conviction at the United Nations to the full and without "
          "concessions' = future advocacy of a principle (human dignity), an abstract policy position with no "
          "counterpart (guideline; borderline a future 030 CHE/GOV -> org:UN); 'without concessions' is manner, no "
          "negated 080"),
 46: ([], "Burundi (2012): 'The social and economic reintegration of former combatants has yet to be completed' = "
          "an agentless domestic programme not yet finished (set 118: an agentless completed disarmament process "
          "uncoded; set 155: a ceasefire 'yet to be fully implemented' uncoded; borderline a negated 073 BDI/GOV "
          "-> BDI/REB); 'a genuine security risk' is a risk"),
 47: ([], "Zambia (1998): a fragment 'With regard to the situation in the Democratic' [Republic of the Congo] with "
          "no verb; the involvement in the search for a solution lies after the cut, not coded (README: fragments "
          "whose act lies outside the sentence)"),
 48: ([], "Azerbaijan (1993): 'since the United Nations was created, its historic meaning and universality have "
          "become strikingly clear' = an agentless historic creation (set 130: the agentless 1945 Charter signing "
          "uncoded) and an evaluation, no act"),
 49: ([], "Denmark (2018): 'It codified the most basic principles of human dignity' = the Universal Declaration of "
          "Human Rights as inanimate subject (the General Assembly's adoption lies in the sentence before), a "
          "description of a text, no act between actors"),
 50: ([], "Madagascar (2005): 'Let us create more equitable structures' = a UN reform hortative with 'us' meaning all "
          "states (held-out 42/43; README: UN reform positions uncoded), no act"),
 51: ([], "Sierra Leone (2018): 'We now need public and private investment for commercial and industrial uses' = a "
          "statement of need for investment from unnamed public and private sources, which the text before "
          "frames as attracting private investors; investment is no aid act, and set 150 left Kenya's "
          "'investments' demanded of the international community uncoded (borderline a demanded nominal 061 or "
          "071 with no source to SLE/GOV, under the README's statements-of-need rule)"),
 52: ([], "United Kingdom (2010): 'These values are sometimes described as Western values, but only by people who do "
          "not know their history' = a description by unnamed people (01x at most), no act"),
}
