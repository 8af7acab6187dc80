"""Hand annotations for the TWO-HUNDREDTH held-out event gold set (source of events-heldout200.jsonl).

Keyed by the row index of selection-heldout200.jsonl (output of select_bulk_sentence_heldout.py 200; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout200.jsonl \\
        --annotations annotations_heldout200 --output events-heldout200.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("received a great deal of support", "070", "org:UN", "SRB/GOV", False, A, N, False)],
     "Serbia (2016); 'we have received a great deal of support from the United Nations and all our friends — in the "
     "West and the East' = support received by the speaker's country -> 070 (held-out 152: Japan's 'received a great "
     "deal of support' a 070; README: 'we had a lot of help' a 070), from the one coded giver -> org:UN, 'all our "
     "friends' in the West and the East being an uncoded collective dropped from the compound (set 120: uncoded "
     "'Arab States' dropped from a compound; borderline a second 070 with no source); 'we' in a UN speech -> SRB/GOV "
     "(guideline; borderline bare SRB, as set 152's post-war Japan); 'the situation in the Western Balkan region has "
     "not improved' describes a situation, no negated event"),
 1: ([], "Netherlands (1995): 'Those warnings have not been heeded' = the international community's condemnation of "
         "ethnic cleansing in the former Yugoslavia (sentence before), warnings of an uncoded collective not heeded by "
         "perpetrators the speech leaves unnamed -> null -> null, not coded (set 161: Vanuatu's 'those words of warning "
         "fell on deaf ears' left uncoded; borderline a negated 030 with no source and no target, as 'have never "
         "heeded' the calls, or BIH/REB from outside knowledge); 'the mad dream of ethnic purity is still being "
         "pursued' is agentless and figurative (borderline a nominal 203 with no source to BIH/CVL)"),
 2: ([("While welcoming the relief", "051", "SLE/GOV", "LBR", False, A, N, False),
      ("urge the", "100", "SLE/GOV", N, False, A, N, False)],
     "Sierra Leone (2003); 'While welcoming the relief provided by positive developments in the Liberian peace "
     "process' = a welcome (guideline: 051) presupposed by the concessive participle (set 195: 'despite welcoming' "
     "an asserted 051) of developments whose parties the sentence does not name -> bare LBR (README: a welcome of a "
     "development inside a named country whose parties are not named goes to the bare country; borderline LBR/GOV); "
     "'we are duty bound to urge the international community to never again fall into complacency about conflicts' "
     "= the speaker's request (guideline: urge -> 10x), 'feels duty bound to urge' performative -> asserted, to an "
     "uncoded collective -> target null (set 122: 'ask for the international community's cooperation' with no "
     "target), Y = attention to conflicts, no specific behaviour -> generic 100 (set 183: 'urges all Member States to "
     "cooperate' a generic 100; borderline not coded, as set 112's call on 'all cultures and peoples'); 'as it did in "
     "the case of Liberia' = past complacency, an attitude, no event"),
 3: ([], "Uruguay (2004): the sentence starts at 'Organization and in the varied multilateral agencies' after the "
         "splitter cut ('believes in the' lies before it); 'agencies that support its efforts' describes the UN "
         "system's agencies inside that belief, no act between distinct actors (borderline a habitual 070 org:UN -> "
         "org:UN, as set 147's UN organisations that 'failed to cooperate' with each other); 'consider Charter "
         "revision' so that other nations 'assume greater obligations' is a UN reform position (sets 116, 131, 134), "
         "not coded"),
 4: ([("do not beg", "107", "PRK/GOV", "USA/GOV", True, A, N, False)],
     "DPRK (1999); 'Nevertheless, we do not beg for peace' = plain negation of a request verb (PETRARCH's CAMEO "
     "dictionary: BEG in the APPEAL group; guideline: plain negation keeps the event's code, 'I do not demand' a "
     "negated 100; held-out 20/21: 'Uruguay is not here to beg' a negated 103) -> negated request, Y = peace -> "
     "settling of dispute 107 (README: advocacy of a settlement is a request, 107; borderline 1056), addressed to the "
     "party of 'a state of belligerence with the United States' in the sentence before -> USA/GOV (guideline: a "
     "missing participant taken from the context; borderline target null, or a second to JPN/GOV, the colonial "
     "power also named there); 'we want a peace in which we can enjoy an independent life' is a wish, and 'the peace "
     "of slaves denied all freedom' figurative"),
 5: ([("call on the United States", "106", "ATG/GOV", "USA/GOV", False, A, N, False)],
     "Antigua and Barbuda (2013); 'we call on the United States to correct past wrongs and come to the table with "
     "meaningful proposals that can bring the matter to a just conclusion' = a request (guideline: call on -> 10x) "
     "in the WTO online-gambling dispute (text before) -> ATG/GOV -> USA/GOV; a request verb with several demands "
     "takes the most specific sub-code (README): 'come to the table' = negotiations -> 106 (borderline 107 for "
     "'bring the matter to a just conclusion', or 1042 for correcting the offending laws); Y not coded separately "
     "(guideline); 'the international trading system will not long survive such a profound challenge' is a "
     "prediction, no negated event"),
 6: ([], "Samoa (2003): 'The International Meeting next year will be a unique opportunity for the international "
         "community to assess progress' = an evaluation of a coming UN meeting for an uncoded collective; 'where the "
         "expected results did not materialize' is an agentless outcome, no negated event"),
 7: ([("call on all", "102", "GHA/GOV", N, False, A, N, False)],
     "Ghana (2000); 'We therefore call on all countries which have not yet ratified the Convention [CEDAW] to take "
     "steps to do so' = a request (guideline: call on -> 10x) to an uncoded class of states -> target null, Y = "
     "joining a treaty -> 102 (set 117: 'We call on all countries that have not yet done so to join the Rome Statute' "
     "a 102 with no target, its negated accession uncoded); 'and urge prompt implementation of the provisions of the "
     "Convention' = a call for compliance with no named addressee, left uncoded (set 113: 'calls for strict "
     "compliance by all nations' uncoded; borderline a second generic 100 with no target)"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Tanzania (2002): 'I believe that their words of encouragement and support will have a positive impact' = "
         "'their' = the Governments of the developed countries appealed to in the sentence before, an uncoded "
         "collective, and the recipients Africa and the developing countries, also uncoded -> null -> null, a "
         "belief about an effect, not coded (borderline a nominal 051 with no source to TZA/GOV); the appeal itself "
         "lies in the sentence before"),
 9: ([], "Fiji (2001): 'Fiji hopes that the Conference will inspire the international community and financial "
         "institutions, including the Bretton Woods institutions, to support and devise new standards' = an optative "
         "hope about other actors' acts (README: hopes about other actors' acts are not coded; set 123: a confident "
         "prediction of another actor's aid is a hope), not a request (borderline a 102 each to org:IMF and org:WB)"),
 10: ([("your commitment and support", "070", N, "COL/GOV", False, F, N, True)],
      "Colombia (2002); 'Representatives of the peoples of the world: with your commitment and support, and with our "
      "own determination, Colombia will be freed from the slavery of violence' = support expected from the Assembly's "
      "members, an uncoded collective -> source null (README, sets 52 and 65: a support or aid expected from uncoded "
      "parties is a future 070 with no source, one per recipient named; set 187: 'expectations of support from our "
      "bilateral and multilateral partners' a future nominal 070 to LBR/GOV), 'commitment' folded into the support "
      "noun (borderline a separate nominal 030), to the speaker's country -> COL/GOV (borderline bare COL, or "
      "hypothetical as the condition of the predicted liberation); 'freed from the slavery of violence' is "
      "figurative"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Equatorial Guinea (2010): 'we must bear in mind resolution 1373 (2001), and other related resolutions of the "
          "Security Council, which represents an important milestone' = 'we' meaning all states (held-out 42/43), an "
          "evaluation of resolutions; the obligations they impose lie in the sentence after (set 146 coded "
          "'resolution 1373 obligating Member States' only where the sentence says so)"),
 12: ([], "Georgia (2005): 'Transparency and improved decision-making procedures are a must' = Security Council reform "
          "(sentence before), a UN reform position (held-out 54-61), not coded"),
 13: ([], "Cabo Verde (1992): 'Every effort should be made to eliminate the abuses that are still being committed in "
          "various parts of the world' = an agentless deontic about agentless abuses of uncoded victims, not coded "
          "(README: agentless killings of uncoded victims uncoded; borderline a nominal 1722/175 null -> null)"),
 14: ([("We urge Member", "100", "GHA/GOV", N, False, A, N, False)],
      "Ghana (2002); 'We urge Member States to join in the early implementation of the Programme of Action that was "
      "adopted in 2001 to stop this trade' = a request (guideline: urge -> 10x) to an uncoded collective -> target "
      "null (set 183: 'urges all Member States to cooperate' a generic 100 with no target), Y = implementing the UN "
      "small-arms Programme of Action, no more specific code -> generic 100 (borderline not coded as a compliance "
      "call on all states, set 113; or 1042); the 2001 adoption is an agentless passive of the UN conference, not "
      "coded"),
 15: ([], "Angola (2008): 'We must invest in preventive diplomacy and in the strengthening of rapid alert mechanisms' "
          "= 'we' meaning all states (or Africa as a whole), a general deontic with no codable behaviour between "
          "actors (held-out 42/43)"),
 16: ([("stand united in its resolve", "130", "org:UN", "IRQ/GOV", False, D, N, False)],
      "Singapore (1990); 'The United Nations must stand united in its resolve to get Iraq out of Kuwait' = a deontic "
      "with no request verb (guideline: 'X must do Y' codes Y, demanded) whose Y is a statement of resolve against "
      "Iraq -> 130 (guideline: a threat, warning or statement of resolve 130; README: 'with all the strength in the "
      "world' a 130), demanded, from org:UN (the sentence names the Organization, borderline org:UNSC for the "
      "Council's sanctions of the sentence before) to IRQ/GOV; the act inside the resolve, Iraq's expulsion from "
      "Kuwait, is folded in (borderline a hypothetical 0874 IRQ/GOV -> KWT, or the row uncoded as a general call "
      "for unity)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("organized by the Secretary-General", "043", "org:UN", N, False, A, N, False)],
      "Monaco (2019); 'This year's Climate Action Summit, which was so well organized by the Secretary-General' = a "
      "summit the Secretary-General convened -> 043 (README: host/convene 043) from org:UN, not nominal as a participle "
      "(set 116: a meeting 'organized by the Government of Brazil' 043 with no target), the participants unnamed -> "
      "target null; 'so well' is an evaluative adverb, no praise verb (borderline a 051 MCO/GOV -> org:UN); 'with the "
      "support of Special Envoy Luis Alfonso de Alba', the Secretary-General's own envoy, is support inside the UN "
      "and folded in (borderline a nominal 070 org:UN -> org:UN); 'enabled us to showcase' = 'us' meaning all "
      "states, not coded"),
 18: ([("international aid", "070", N, "STP/GOV", False, D, N, True)],
      "Sao Tome and Principe (2013); 'it therefore requires international aid to achieve sustainability and the "
      "established development goals' = a statement of need (README: statements of need are demanded aid with no "
      "source to the speaker's government; set 118: 'requires international support' a demanded nominal 070) -> "
      "demanded nominal 070 with no source to STP/GOV, 'a country with scant economic and financial resources' being "
      "the speaker's own (borderline 071 economic aid)"),
 19: ([("remains open to negotiation", "036", "COL/GOV", "COL/REB", False, A, N, False),
       ("remains accepted", "0871", "COL/REB", "COL/GOV", False, H, N, False)],
      "Colombia (2005); 'The Government's door remains open to negotiation' = a standing offer to negotiate with "
      "'those who opt for violence' (sentence before), the unnamed armed groups -> COL/REB (README: Colombia's "
      "unnamed armed groups are COL/REB) -> express intent to meet or negotiate 036, asserted (README: 'are prepared to "
      "engage in dialogue' 036 asserted; borderline 030); 'so long as the agreement on cessation of hostilities "
      "remains accepted' = the condition that the armed groups keep to the ceasefire -> 0871 (set 114: a ceasefire "
      "that 'were respected' 0871 COL/REB -> COL/GOV), hypothetical as a condition (guideline), the agreement noun "
      "folded into it (borderline a nominal 057 COL/GOV -> COL/REB, or asserted since the ceasefire was in force)"),
 20: ([("We condemn", "111", "IRN/GOV", N, False, A, N, False),
       ("acts of violence and terrorism", "180", N, "IRQ", False, A, N, True)],
      "Iran (2004); 'We condemn all acts of violence and terrorism in' [Iraq] = a fragment whose object the splitter "
      "cut off, coded from the text after the cut since the verb is in the sentence (README); condemn -> 111 "
      "(guideline), the perpetrators unnamed -> target null (README: condemning attacks by unnamed perpetrators is "
      "the speaker's 111 with no target); the acts = agentless violence with a named victim country -> nominal 180 "
      "with no source to bare IRQ (README: an agentless terrorist attack 180 with no source, one per victim country; "
      "set 156: 'terrorism has continued to strike ... in Madrid' one 180 per country; borderline left uncoded as a "
      "generic class of acts, or IRQ/CVL)"),
 21: ([("commend the Secretary-General", "051", "SDN/GOV", "org:UN", False, A, N, False)],
      "Sudan (2009); 'We also wish to commend the Secretary-General for the efforts undertaken by the Secretariat' "
      "-> 051 (guideline: commend), 'wish to' performative -> asserted, to org:UN; the Secretariat's efforts to "
      "'fulfil the role and responsibilities of the United Nations' name no codable behaviour"),
 22: ([("express our gratitude", "051", "MDA/GOV", "org:UN", False, A, N, False),
       ("express our gratitude", "051", "MDA/GOV", "org:UNDP", False, A, N, False),
       ("express our gratitude", "051", "MDA/GOV", "org:UNICEF", False, A, N, False),
       ("assistance provided by", "073", "org:UN", "MDA/CVL", False, A, N, True),
       ("assistance provided by", "073", "org:UNDP", "MDA/CVL", False, A, N, True),
       ("assistance provided by", "073", "org:UNICEF", "MDA/CVL", False, A, N, True)],
      "Moldova (2008); 'We would like to express our gratitude for the assistance provided by' OCHA, 'other "
      "specialized institutions, including the United Nations Development Programme and UNICEF, and by Member "
      "States to alleviate the consequences of the floods' -> thanks (guideline: 051) to each UN body named (README: "
      "thanks to UN funds and programmes go to each one named): OCHA, which has no code of its own -> org:UN, UNDP -> "
      "org:UNDP, UNICEF -> org:UNICEF; the uncoded 'Member States' dropped from the compound (set 120; borderline a "
      "051 with no target and a 073 with no source, as set 183's thanks to Member States alone); the flood relief "
      "itself = an aid noun whose agents the sentence names -> nominal 073 from each body (held-out 133: 'assistance "
      "provided' nominal; set 133: thanks to UN bodies give a nominal 073 org:UN -> YEM/CVL), to the flood-hit "
      "people -> MDA/CVL (set 149: relief to flood victims to HTI/CVL; borderline MDA/GOV)"),
 23: ([], "Ireland (2001): 'Let us see every Government set out its commitment to reach the target of 0.7 per cent of "
          "gross national product for development assistance' = a hortative about every donor Government, 'us' and "
          "'every Government' meaning all states (held-out 42/43; set 123: Finland's 'We must make the 0.7 per cent "
          "target ... a reality' uncoded), null -> null (borderline a demanded 0331 with no source and no target); "
          "Ireland's own commitment lies in the sentence after"),
 24: ([("We call for the cooperation", "1031", "GNQ/GOV", N, False, A, N, False)],
      "Equatorial Guinea (2018); 'We call for the cooperation of friendly countries and for multilateral assistance to "
      "support the Government's efforts, which are currently geared to the diversification of production sources, "
      "industrialization and the development of the national economy' = a request (guideline: call for -> 10x) to "
      "unnamed friendly countries and multilateral donors -> target null; one request with several demands takes the "
      "most specific sub-code (README) -> economic aid 1031 (borderline 1011 for the cooperation, or a generic 103; "
      "set 122: 'ask for the international community's cooperation' a 102 with no target); Y not coded separately "
      "(guideline)"),
 25: ([("welcomes the exemplary manner", "051", "ESP/GOV", "SLV/GOV", False, A, N, False),
       ("welcomes the exemplary manner", "051", "ESP/GOV", "HND/GOV", False, A, N, False),
       ("have settled", "050", "SLV/GOV", "HND/GOV", False, A, N, False)],
      "Spain (1992); 'Spain welcomes the exemplary manner in which the Governments of El Salvador and Honduras have "
      "settled their territorial, insular and maritime disputes' -> 051 (guideline: welcome) to each government named "
      "(README: welcoming several developments is 051 to each named party, the developments coded too); 'have "
      "settled their ... disputes' (the Land, Island and Maritime Frontier Dispute, decided by the ICJ in September "
      "1992 and accepted by both) -> resolving a dispute, 050 as in PETRARCH's CAMEO dictionary (RESOLVE &DISPUTE "
      "[050]; borderline 057 as an agreement concluded, or 080 under the dictionary's SETTLE/COMPROMISE group), "
      "symmetric, coded once from the first-named (guideline) SLV/GOV -> HND/GOV"),
 26: ([("welcomes the adoption", "051", "KOR/GOV", N, False, A, N, False)],
      "Republic of Korea (2010); 'Korea welcomes the adoption of the Final Document at the 2010 NPT Review Conference' "
      "-> 051 (guideline: welcome); the adopting Review Conference of the NPT states parties has no code -> target "
      "null (README: welcoming a decision of an uncoded body is 051 with no target; set 175: a welcome of the TPNW's "
      "adoption with no target; borderline org:UN); the adoption itself is agentless and not coded"),
 27: ([("express our gratitude", "051", "TKM/GOV", "org:UN", False, A, N, False),
       ("express our gratitude", "051", "TKM/GOV", "org:UNDP", False, A, N, False),
       ("express our gratitude", "051", "TKM/GOV", "org:UNICEF", False, A, N, False),
       ("express our gratitude", "051", "TKM/GOV", "org:UNFPA", False, A, N, False),
       ("express our gratitude", "051", "TKM/GOV", "org:UNHCR", False, A, N, False),
       ("cooperation of the leadership", "050", "org:UN", "TKM/GOV", False, A, N, True),
       ("cooperation of the leadership", "050", "org:UNDP", "TKM/GOV", False, A, N, True),
       ("cooperation of the leadership", "050", "org:UNICEF", "TKM/GOV", False, A, N, True),
       ("cooperation of the leadership", "050", "org:UNFPA", "TKM/GOV", False, A, N, True),
       ("cooperation of the leadership", "050", "org:UNHCR", "TKM/GOV", False, A, N, True)],
      "Turkmenistan (2002); 'we express our gratitude for the cooperation of the leadership of the United Nations and "
      "its specialized agencies, such as' UNDP, UNICEF, UNFPA, UNHCR, UNDCP 'and others' -> thanks (guideline: 051) to "
      "each body named (README: thanks to UN funds and programmes go to each one named): the UN's leadership -> "
      "org:UN, UNDP -> org:UNDP, UNICEF -> org:UNICEF, UNFPA -> org:UNFPA, UNHCR -> org:UNHCR, and UNDCP, which has no "
      "code of its own, -> org:UN, already coded once (one event per actor pair); 'and others' unnamed; the "
      "cooperation thanked for -> a cooperation noun whose agents the sentence names -> nominal 050 from each to "
      "TKM/GOV (set 179: thanks to France 'for its cooperation' a 051 plus a nominal 050; README: cooperation nouns a "
      "nominal 050; borderline 061, the cooperation being the national development projects of the sentences "
      "around it, as set 148's lenders)"),
 28: ([("remains committed to working with Guatemala", "030", "BLZ/GOV", "GTM/GOV", False, A, N, False)],
      "Belize (2017); 'Belize remains committed to working with Guatemala to finalize a cooperation mechanism for the "
      "Sarstoon River' = a commitment stated as a fact (README: 'remain committed to supporting' an asserted 03x) -> "
      "030 asserted to GTM/GOV; finalising the mechanism is the purpose and folded in (borderline a future 057 "
      "BLZ/GOV -> GTM/GOV, or 0312 as border-security cooperation); 'minimize the potential for tensions or incidents' "
      "names risks, not acts"),
 29: ([("We welcome", "051", "JAM/GOV", "HTI", False, A, N, False),
       ("We welcome", "051", "JAM/GOV", N, False, A, N, False),
       ("reaffirmation by the international community", "030", N, "HTI", False, A, N, True)],
      "Jamaica (1994); 'We welcome the most recent developments in Haiti' -> 051 (guideline: welcome) to the bare "
      "country, the developments' parties not named (README: a welcome of a development inside a named country "
      "whose parties are not named goes to the bare country); 'and the reaffirmation by the international community "
      "of its commitment to the Governors Island Accord' -> a second 051, to an uncoded collective -> target null "
      "(README: a welcome of an uncoded body's decision has no target); the reaffirmed commitment = a commitment noun "
      "with its agent in the sentence -> nominal 030 (README: 'reaffirm our solemn pledge to the Charter' 030; set "
      "115: a 'continued pledge to embrace peace' a nominal 037) with no source, to the country whose accord it is "
      "-> bare HTI (borderline HTI/OPP for Aristide, whose return the Accord provides, as set 112; or the 030 "
      "uncoded as a commitment to a document)"),
 30: ([], "China (2015): 'Achieve this goal requires openness, mutual assistance and win-win cooperation' = an abstract "
          "principle with no actor (guideline: abstract policy positions not coded)"),
 31: ([], "Botswana (2002): 'If we had started this meeting on time, I would not have minded at all' = a remark about "
          "the Assembly's timekeeping, 'we' the Assembly, no act between actors"),
 32: ([("welcomes the measures", "051", "GUY/GOV", "org:UN", False, A, N, False)],
      "Guyana (2018); 'Guyana also welcomes the measures being taken to reposition the United Nations development "
      "system' = a welcome (guideline: 051) of the Secretary-General's reform of the UN development system -> 051 to "
      "org:UN (set 121: welcoming Guterres's UN reforms a 051 to org:UN; borderline not coded as a UN reform "
      "position, held-out 54-61); the agentless measures themselves are not coded"),
 33: ([], "Guatemala (1998): 'We hope that their differences can be resolved through dialogue' = an optative hope "
          "about unnamed 'brothers in the Middle East, Asia and Africa' (sentence before), not coded (README: hopes "
          "about other actors' acts; set 112: an optative settlement); 'all the peoples of the world may be "
          "represented in the United Nations' is a UN membership position (the next sentence names Taiwan)"),
 34: ([("imposed by those institutions", "170", "org:WB", N, False, A, N, False),
       ("imposed by those institutions", "170", "org:IMF", N, False, A, N, False),
       ("imposed by those institutions", "170", "org:WTO", N, False, A, N, False)],
      "Equatorial Guinea (2008); 'the no-holds-barred liberalization of trade imposed by those institutions' = 'those "
      "institutions' of the sentence before, 'the World Bank, the International Monetary Fund and the World Trade "
      "Organization' (guideline: the missing participant taken from the context) -> one event per institution; a "
      "forced policy -> coerce 170 (set 129: 'We are being forced to renounce the values' a 170; set 118: 'pressures "
      "and blackmail' a 170; borderline a 100 per institution for conditionalities, as set 191's IMF "
      "'conditionalities'), not nominal as a participle (set 187: 'the visa regime imposed by France' a 172, not "
      "nominal), the developing and African countries it was imposed on being an uncoded collective -> target null "
      "(borderline GNQ/GOV, the speaker's country among them)"),
 35: ([], "Maldives (2015): climate change 'damages our economy, deprives us of our rights ... and threatens the very "
          "existence of our nation' = an inanimate, figurative subject (guideline: 'threat to all of us' = risk), no "
          "actor"),
 36: ([], "Jordan (1998): 'We view with particular sensitivity the threat posed by weapons of mass destruction' = a "
          "threat as risk (guideline: figurative), no actor; Israel's arsenal is named only in the sentence after"),
 37: ([], "Maldives (2013): 'Doing so would help to target assistance more effectively' = a hypothetical benefit of "
          "recognising SIDS, agentless assistance between uncoded parties, not coded"),
 38: ([("central role in promoting", "045", "org:UN", "YEM", False, A, N, True)],
      "Spain (2017); 'The United Nations also has a central role in promoting a political agreement in Yemen' = the "
      "UN's mediation between Yemen's parties (the Special Envoy's work) -> mediate 045 (guideline), a role noun -> "
      "nominal (set 191: 'Its role in solving problems ... in the Great Lakes region' a nominal 045), the parties "
      "unnamed -> bare YEM (set 182: the ICGLR initiative a nominal 045 to bare COD; borderline read as normative, "
      "demanded, or target null); 'a political agreement ... that would end the most serious humanitarian crisis' = "
      "a hypothetical agreement between parties the sentence does not name, not coded (borderline a hypothetical "
      "057 YEM/GOV -> YEM/REB)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Moldova (2014): the sentence starts at 'European Union as of April this year' after the splitter cut "
          "('Visa-free travel by all Moldovan citizens to the' lies before it), so the act noun was cut away -> not "
          "coded (README: fragments whose act lies outside the sentence; borderline a nominal 081 org:EU -> MDA/CVL); "
          "'new trade and investment opportunities' have no actor"),
 40: ([], "Trinidad and Tobago (2008): 'Thousands of acres have been made available for diversified agricultural "
          "production' = an agentless domestic policy, no act between actors"),
 41: ([], "Jordan (2016): 'We need to open up new channels between continents and nations' = 'we' meaning all states "
          "(held-out 42/43), no codable behaviour"),
 42: ([], "Malaysia (2005): 'It is trade that needs to be expanded and made more fair and equitable' = an agentless "
          "deontic about trade, no actor"),
 43: ([], "Botswana (2009): 'a disturbing development that undermines democracy and subverts the will of the people' = "
          "an agentless trend (constitutional changes by unnamed leaders, sentence after), an evaluation, not coded"),
 44: ([], "Algeria (2016): 'The United Nations, in particular the Security Council, has lost some of its authority' = "
          "an evaluation of the Organization's standing, no act"),
 45: ([], "San Marino (2006): 'the United Nations still demonstrates its ability to put in place all initiatives and "
          "activities which are at the core of its very existence' = an evaluation of the Organization's capacity "
          "with no counterpart (borderline a 051 SMR/GOV -> org:UN for 'Let me underscore', or an asserted 050 as "
          "set 133's 'demonstrated its ability to cooperate', which named a partner)"),
 46: ([], "Bosnia and Herzegovina (1999): 'that would be an investment not only in our future but in the future of "
          "everyone' = the anaphoric 'that', the international assistance the country 'will need' (sentence before), "
          "an event noun whose agent lies only outside the sentence, described figuratively -> not coded (set 178: "
          "'That attack'; borderline a hypothetical 071 with no source to BIH/GOV)"),
 47: ([("express our", "051", "STP/GOV", "org:UNGA", False, A, N, False)],
      "Sao Tome and Principe (2001); 'Let me also express our thanks to your predecessor, Mr. Harri Holkeri, for the "
      "exemplary way he led the work of our last session' = thanks (guideline: 051), 'Let me' performative -> "
      "asserted, to a former President of the General Assembly -> org:UNGA (README: tributes to a former President "
      "of the Assembly go to org:UNGA); presiding over the session is no act between actors"),
 48: ([("violence", "175", "HTI/MIL", "HTI/CVL", False, A, N, True),
       ("dilatory tactics", "124", "HTI/MIL", "HTI/OPP", False, A, N, True)],
      "Antigua and Barbuda (1993); 'the violence and the dilatory tactics employed by the military leaders in Haiti' "
      "= Cedras's junta -> HTI/MIL (README: Cedras's junta and the macoutes HTI/MIL); its violence against Haitians "
      "-> repression 175, a state force's violence (guideline: 180 only for non-state armed groups; set 116: Assad's "
      "'horrific methods' a nominal 175), to HTI/CVL; the 'dilatory tactics' = stalling the Governors Island Accord "
      "and the return of President Aristide on 30 October (sentence before) -> refuse to yield 124, nominal (set "
      "128: the rebels' 'intransigence' a nominal 124; set 161: the ousted President's 'intransigence'), to "
      "Aristide -> HTI/OPP (set 112: the Haitian army's refusal to comply with the Governors Island Agreement a "
      "nominal 1246 to HTI/OPP; borderline 1246, or uncoded as an evaluation); both nouns take their agent from "
      "'employed by', a light verb (borderline the participle as a non-nominal trigger, set 187); 'is confident "
      "that the forces of good will ... will prevail' is a belief"),
 49: ([], "Brazil (1999): 'it behooves the nuclear-armed States, as well as the threshold States, to move towards the "
          "complete and irreversible elimination of nuclear armaments' = a deontic (set 194: 'It behoves Israel to' "
          "demanded) whose actors are uncoded classes the sentence does not name, and no target -> null -> null, not "
          "coded (borderline a demanded 087 with no source and no target); the New Agenda draft resolution lies in the "
          "sentence after"),
 50: ([("renewed", "030", "AFG/GOV", N, False, A, N, True)],
      "Sweden (2010); 'At the Kabul International Conference on Afghanistan, held in July, there was a renewed "
      "commitment by the Afghan authorities and the international community to enhance national ownership in this "
      "process' = a joint commitment stated as a fact -> nominal 030 asserted (README: commitments stated as facts are "
      "asserted 03x; held-out 21: 'our joint commitment to enhance cooperation' one 030 from the first-named), "
      "symmetric and coded once from the first-named party -> AFG/GOV, to the uncoded international community -> "
      "target null (borderline a second nominal 030 with no source to AFG/GOV); the conference only 'held' in Kabul "
      "is not coded (set 154)"),
 51: ([], "Belgium (2012): 'freedom of religion ... is fundamental' = a statement of principle, no act"),
 52: ([("Our priority to prevent", "070", "GRD/GOV", N, True, F, N, False),
       ("intensify and accelerate the exchange", "0314", "GRD/GOV", N, False, A, N, False)],
      "Grenada (2001); 'Our priority to prevent those who finance, plan, facilitate or commit terrorist acts from "
      "using Grenada for those purposes' = the Government's aim of denying terrorists the use of its territory -> a "
      "negated 070 (README: harbouring terrorists is support, 070; set 193: 'We will not let Pakistan's territory be "
      "used by terrorists' a negated future 070 with no target), future as a stated priority, the unnamed terrorists "
      "-> target null (borderline uncoded as a purpose, as set 179's 'does not provide support' to terrorist "
      "financers); 'as well as to find ways to intensify and accelerate the exchange and sharing of information' = "
      "an intent stated as a fact (guideline: an explicit intent stated as a fact gives an asserted 03x) -> express "
      "intent to cooperate on intelligence 0314 (guideline: most specific code), the partners unnamed -> target null "
      "(borderline USA/GOV from 'cooperating with the United States authorities' two sentences after, or a future "
      "064)"),
}
