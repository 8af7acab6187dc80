"""Hand annotations for the TWO-HUNDRED-AND-TWELFTH held-out event gold set (source of events-heldout212.jsonl).

Keyed by the row index of selection-heldout212.jsonl (output of select_bulk_sentence_heldout.py 212; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout212.jsonl \\
        --annotations annotations_heldout212 --output events-heldout212.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Estonia (2019): 'This tool has to be sharpened, it has to be supported by new technologies, and it has to be "
         "connected to civil societies ... but it can never be replaced' = agentless deontics about strengthening the "
         "United Nations ('This tool', sentence before), a UN reform position (held-out 54-61: UN reform positions "
         "uncoded); 'supported by new technologies' has an inanimate agent; 'can never be replaced' is no negated "
         "event"),
 1: ([], "Namibia (2003): 'The unrelenting carnage that is taking place in that region has not compelled the Powers "
         "that be to accept the fact that that situation constitutes a threat to international peace and security' "
         "= an agentless carnage in 'the Middle East' (sentence before) with no named perpetrator or victim (set "
         "111: agentless killings of uncoded victims uncoded; borderline a nominal 202 with no source to bare PSE), "
         "and an inanimate subject that 'has not compelled' unnamed Powers (the Security Council's permanent "
         "members, never named) to accept a fact, a cognitive stance and not a behaviour (borderline a negated 1246 "
         "or a negated 110 from org:UNSC); 'threat to international peace' is a risk (guideline: figurative)"),
 2: ([], "Croatia (2018): 'Runaway climate change is one of the most serious threats that we are regularly "
         "witnessing ...' = a risk (guideline: figurative 'threat'), natural disasters with no actor; 'no longer "
         "limited to' is no negated event"),
 3: ([("establishing warm relations", "050", "ERI/GOV", "ETH/GOV", False, A, N, False)],
     "Eritrea (1993); 'Eritrea has not only secured peace and stability; it has made the rare achievement of "
     "establishing warm relations of cooperation with its former enemy, Ethiopia' = establishing relations of "
     "cooperation with a named state -> engage in diplomatic cooperation 050 (README: 'worked with' 050; set 182: "
     "'maintains long-standing friendly relations' an asserted 050), realised -> asserted, ERI/GOV -> ETH/GOV; the "
     "gerund after 'achievement of' carries the act with its agent 'it' (Eritrea), not nominal (borderline 054, "
     "or nominal); 'not only' is no negation (set 165: 'not only' is no negation); 'secured peace and stability' "
     "is a domestic outcome, not coded; 'former enemy' names no act"),
 4: ([], "Bangladesh (2009): 'The Conference must also be aware that climate-change mitigation does not restrict the "
         "steps taken to alleviate energy poverty, and that the post-2012 agreement should incorporate ... "
         "commitments to address the adaptation needs of low-lying coastal States ...' = a deontic whose Y is an "
         "awareness and the content of a future text (guideline: if Y is not a codable behaviour, nothing is "
         "coded); 'does not restrict' has an inanimate subject, no negated event; the adaptation needs of uncoded "
         "collectives are no act (borderline a demanded 057 with no source for the post-2012 agreement)"),
 5: ([], "United Kingdom (2002): 'But the Non-Proliferation Treaty, supported by international safeguards, has ensured "
         "that this nightmare scenario has failed to materialize' = a treaty and safeguards as inanimate subjects; "
         "'failed to materialize' denies a predicted state (25 nuclear-weapon States, sentence before), not an "
         "act of a named actor (borderline a negated 154 with no source, or an asserted 051 to org:IAEA for the "
         "safeguards)"),
 6: ([], "United Kingdom (1996): 'But the changes required to adapt and strengthen the United Nations ... have not "
         "yet been completed' = UN reform (held-out 54-61: UN reform positions uncoded), agentless; 'not yet "
         "completed' negates no codable event"),
 7: ([], "Eritrea (2011): 'It will not shun international partnerships but will give primacy to its own capabilities "
         "and to cooperation at the continental and subregional levels' = 'It' is Africa ('They are convinced that "
         "Africa has the human and natural resources to succeed', sentence before), an uncoded collective, with "
         "unnamed partners (README: collectives without a code -> null; held-out 54-61: acts between uncoded "
         "collectives uncoded); 'will not shun' is litotes, so a future 030 null -> null at most (borderline a "
         "future 030 from org:AU, reading Africa as the African Union, or ERI/GOV for the speaker only as set 133)"),
 # --- UNGDC 1990-2019 random: future
 8: ([("will increase support", "070", "CHN/GOV", N, False, F, N, False),
      ("intensify trade and investment", "0311", "CHN/GOV", N, False, F, N, False)],
     "China (2009); 'First, we will increase support for other developing countries hit hard by the financial "
     "crisis, honestly implement relevant capital increase and financing plans, intensify trade and investment "
     "cooperation and help increase the capacity of relevant countries ...' = the first of 'the following "
     "measures' China 'will adopt' to assist other developing countries (sentence before); a future material act "
     "keeps its code (README: 'we will continue support' 070 future) -> 070 future, to an uncoded collective -> "
     "target null; 'help increase the capacity' is the same support, folded in; 'intensify trade and investment "
     "cooperation' is a future cooperative act -> the guideline's intent code, express intent to cooperate "
     "economically 0311 future (set 198: Thailand's continued trade negotiations a future 0311 with no target), "
     "target null; 'honestly implement relevant capital increase and financing plans' (capital increases of "
     "unnamed financial institutions) is folded into the support (borderline a future 071 to org:IMF and org:WB, "
     "or a separate future 0331)"),
 9: ([("generous assistance", "070", "org:UN", "LBR/GOV", False, F, N, True)],
     "Liberia (2018); 'With the generous assistance and strong support of the United Nations, as well as that of "
     "other international institutions and Member States, and with God's blessing, we will fulfil our agenda to "
     "lift our people out of poverty' = an aid noun whose agent is named -> nominal; one aid noun covering "
     "several kinds is one 070 (README) from org:UN to the speaker's government; framed as the means of the "
     "future programme -> future (set 200: Colombia's 'with your commitment and support' a future nominal 070 "
     "with no source to COL/GOV; README: 'Expectations of support' future nominal 070; borderline asserted, the "
     "UN's support being ongoing, or hypothetical); the uncoded 'other international institutions and Member "
     "States' are dropped from the compound (README: uncoded members of a compound dropped); 'we will fulfil our "
     "agenda' is a domestic programme, not coded"),
 10: ([], "Indonesia (2009): 'the challenge of terrorism demands the broadest possible coalition of nations to put an "
          "end to it ... through a dialogue of faiths, cultures and civilizations that will put the merchants of "
          "hate out of business' = an inanimate subject's statement of need with no addressee and an uncoded "
          "'coalition of nations' against an agentless phenomenon (held-out 54-61: acts between uncoded "
          "collectives uncoded; borderline a demanded 062 null -> null); 'merchants of hate' is figurative; 'not "
          "only ... but also' is no negation"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Namibia (2015): 'we should understand that electoral democracy without economic democracy is meaningless, "
          "because people do not eat peace, security ...' = a deontic whose Y is an understanding, with 'we' "
          "meaning all (held-out 42/43); no act; 'do not eat' is figurative"),
 12: ([], "Tanzania (2008): 'Secondly, we should remain seized of the' = a fragment cut by the splitter; 'remain "
          "seized of' a matter is attention, not a behaviour (set 207: Djibouti's 'remained seized of the "
          "situation' uncoded), and its object lies after the cut"),
 13: ([], "Estonia (1997): 'All measures should lead towards putting the Organization on a sound and predictable "
          "financial footing' = UN financial reform with inanimate subjects (held-out 54-61: UN reform positions "
          "uncoded; set 126: a sentence on the fair sharing of UN assessments uncoded)"),
 14: ([], "Sao Tome and Principe (2019): 'The destination countries must combine their efforts and coordinate their "
          "refugee reception policies and provide adequate support to the countries of origin in order to combat "
          "this sad phenomenon' = a deontic (demanded) whose agents ('the destination countries' of the "
          "south-north migratory flow) and beneficiaries ('the countries of origin') are both uncoded collectives, "
          "the speaker not naming itself among them (set 175: demands between uncoded collectives uncoded; "
          "borderline a demanded 070 null -> null, or STP/GOV as target under the 'countries such as mine' "
          "rule)"),
 15: ([], "United Kingdom (2019): 'We must insist that the ethical judgments inherent in the design of new technology "
          "are transparent to all and we must make our voices heard more loudly in the standards bodies that "
          "write the rules' = hortatives in which 'we' means all countries ('Together, we need to ensure that new "
          "advances reflect our values by design', text before) (held-out 42/43: 'we' meaning all states not "
          "coded), with no named addressee; 'make our voices heard' is a statement (01x) (borderline a demanded "
          "generic 100 from GBR/GOV with no target)"),
 16: ([], "Luxembourg (2003): 'While we must try vigorously to remedy the weaknesses and insufficiencies in "
          "multilateral cooperation, it remains a source of hope ...' = 'we' meaning all states (held-out 42/43), "
          "remedying the weaknesses of multilateralism, an abstract reform aim; no act"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("the attacks", "180", N, "USA", False, A, N, True)],
      "Croatia (2001); 'much has changed as a result of the attacks, but nothing has changed in the area that made it "
      "possible for the attacks to be committed' = the 11 September attacks, 'the terrorist attacks on New York "
      "and Washington' that did not 'paralyse the United States of America' (text before) -> an event noun with "
      "no agent in the sentence, the anaphoric attack coded as a nominal 180 with no source to bare USA (set 116: "
      "the anaphoric 'The attack perpetrated' a nominal 180 with no source to USA; set 115; set 202: 'the recent "
      "terrorist attacks' a nominal 180 with no source to bare USA; borderline uncoded, as set 178's anaphoric "
      "'That attack'); the second mention ('for the attacks to be committed') is the same event, coded once "
      "(guideline); 'nothing has changed' negates a change, not an event"),
 18: ([("has supported Benin", "051", "org:UNGA", "BEN/GOV", False, A, N, False),
       ("its organization of", "036", "BEN/GOV", N, False, F, N, True)],
      "Benin (2000); 'since the fifty-second session the General Assembly has supported Benin in its organization of "
      "the Fourth International Conference of New or Restored Democracies, to be held in Cotonou from 4 to 6 "
      "December 2000' = the Assembly's backing through its resolutions on new or restored democracies -> political "
      "support 051 org:UNGA -> BEN/GOV, habitual since 1997 -> asserted (set 161: the Political Declaration's "
      "'recognized the efforts' a 051 from org:UNGA; borderline 070 as material support); "
      "'its organization of the ... Conference ... to be held in Cotonou' = Benin's hosting of a conference still "
      "to come, an event noun with its agent 'its' -> nominal; a future hosting gets the intent code, 036 future "
      "(guideline; set 178: a 'candidacy to organize the Ibero-American Summit' a nominal 036 with no target; set "
      "171: Tanzania's hosting a future 036), the participating democracies unnamed -> target null (borderline "
      "043 asserted for the organizing work under way)"),
 19: ([("official development assistance", "071", N, "NER/GOV", False, D, N, True)],
      "Niger (2005); 'That would require an increase in official development assistance, from both a qualitative "
      "and a quantitative perspective' = a statement of need: achieving the Millennium Goals for 'many African "
      "countries, including mine' (sentence before) requires more ODA -> statements of need are demanded aid with "
      "no source to the speaker's government (README; set 119: 'The annual foreign financing needs ... remain "
      "significant' a demanded nominal 071 with no source to BFA/GOV; set 202: Malawi's 'we also need ... "
      "assistance' a demanded 071 with no source to MWI/GOV), ODA being economic aid -> 071, the aid noun -> "
      "nominal; the donors are never named -> source null; the other African countries are an uncoded collective, "
      "so only the speaker's own government is the target (set 133: 'speaker only'; borderline uncoded as a "
      "generic ODA position, as set 153's debt relief for middle-income countries, or hypothetical under "
      "'would')"),
 20: ([], "Cameroon (2007): 'The challenges we have just discussed can only be taken up on a global scale' = a "
          "statement about climate challenges with 'we' meaning all; no act"),
 21: ([("maintains its support", "106", "TON/GOV", N, False, A, N, False)],
      "Tonga (2017); 'Tonga maintains its support for the commencement of an intergovernmental conference to "
      "initiate negotiations on a substantive text as soon as possible' = support for convening a conference "
      "recommended by the Preparatory Committee on marine biodiversity beyond national jurisdiction (sentence "
      "before), its convenor unnamed -> demand meeting 106 with no target (held-out 204: 'The nations of the "
      "Americas support the holding of a world conference' the speaker's 106 with no target; set 184: support for "
      "an unattributed call for an international discussion a 106 with no target), habitual -> asserted "
      "(borderline uncoded, as the fifth set left support for 'the start of negotiations' uncoded as an abstract "
      "policy position, or a 051 to org:UNGA, whose resolution 69/292 set up the Committee); the negotiations "
      "themselves are not coded separately (guideline: Y not coded)"),
 22: ([], "United States (1992): 'After the Second World War, foreign assistance often served as a weapon in the cold "
          "war' = a historic generalisation about aid with no named donor or recipient (held-out 54-61: acts "
          "between uncoded collectives uncoded; set 129: a generalisation about sanctions uncoded; borderline a "
          "habitual historic 070 from USA/GOV and SUN/GOV with no target); 'weapon' is figurative"),
 23: ([("expressed their support", "051", "org:G7", "TWN/GOV", False, A, N, False)],
      "Saint Lucia (2019); 'Last April, the Foreign Ministers of the Group of Seven (G-7) expressed their support for "
      "the substantive participation of Taiwan as an active member of the international aviation community in "
      "forums of the International Civil Aviation Organization' = 'express support' -> 051 (guideline), the G-7 "
      "Foreign Ministers' communiqué -> org:G7 (set 129), for Taiwan's participation -> TWN/GOV (set 141: Tuvalu's "
      "support for 'the Republic of China's readmission' a 051 to TWN/GOV; borderline an uncoded membership "
      "position, as held-out 43's wish about Taiwan's UN participation); the speaker narrates the G-7's own act, "
      "so 'expressed their support' is the event and not a speech verb (guideline: 'he criticized' -> 111), "
      "reported_by null; Taiwan's participation itself is hoped for, not coded (borderline a nominal 102 "
      "TWN/GOV with no target, ICAO having no code)"),
 24: ([], "Chile (1999): 'The Government of Chile enthusiastically supports this trend towards a new multilateralism' = "
          "support for a trend, 'multilateral action' on refugees, hunger and epidemics (sentence before), an "
          "abstract policy position with no actor (guideline: 'we support the allocation of resources' not coded; "
          "borderline a 051 with no target, as set 142's 'Senegal welcomes and supports the progress of "
          "democracy' and set 152's welcome of positive trends in APEC)"),
 25: ([], "Philippines (2005): 'The summit adopted a declaration calling for greater interreligious, intercultural and "
          "intercivilizational dialogue and cooperation ...' = the informal summit on interfaith dialogue that the "
          "Philippine President convened (sentence before; a 043 there, not here), whose participants are never "
          "named, adopting a declaration whose call has no addressee -> null -> null, uncoded (held-out 54-61: acts "
          "between uncoded collectives uncoded; set 110: calls with no addressee uncoded; borderline a 106 or a "
          "generic 100 from PHL/GOV as convenor, with no target, under set 133's 'speaker only' rule, or a 057 "
          "for the adopted declaration)"),
 26: ([("warmly welcomes", "051", "WSM/GOV", "org:UNGA", False, A, N, False)],
      "Samoa (2017); 'Samoa warmly welcomes the assumption of Mr. Miroslav Lajčák to the presidency of the General "
      "Assembly at its seventy-second session' = a welcome (guideline: 051) of the new President of the Assembly; "
      "welcoming an appointment is 051 to the appointee (README), the Assembly President -> org:UNGA (set 115: "
      "commending the Assembly President's election 051 to org:UNGA); 'our Organization is going through ... "
      "difficult times' is a description, no act"),
 27: ([], "Andorra (2004): 'Which country or countries pose a sufficient threat to allow taking such a risk?' = a "
          "rhetorical question about the doctrine of pre-emptive war in general; 'pose a threat' is a risk "
          "(guideline: figurative; README: 'has never posed a threat' uncoded) with no named actor, and the "
          "pre-emptive attack is generic (borderline a hypothetical 190 with no source, modality question)"),
 28: ([("process of cooperation", "050", "PAN/GOV", "PAN/OPP", False, A, N, True)],
      "Panama (2000); 'through a process of cooperation involving the major political movements in the country, we "
      "have adopted by consensus the basic elements of a Panamanian security policy' = a cooperation noun naming "
      "its partners (README: cooperation nouns a nominal 050), the speaker's government with the country's major "
      "political parties -> nominal 050 PAN/GOV -> PAN/OPP (set 196: 'In close cooperation with civil society' a "
      "nominal 050 MWI/GOV -> MWI/CVL; held-out 202: political parties -> OPP; borderline 040, as set 121's "
      "nationwide consultative process with civil society, or uncoded domestic policy-making); 'we have adopted by "
      "consensus' the security policy is a domestic policy act, folded into the cooperation (borderline a 057 "
      "PAN/GOV -> PAN/OPP for the consensus)"),
 29: ([("we reject completely", "120", "ZWE/GOV", "GBR/GOV", False, A, N, False),
       ("armed liberation struggles", "190", "ZWE", "GBR/GOV", False, A, N, True)],
      "Zimbabwe (2004); 'we reject completely the assertions of, and pretence to, democracy by our former colonial "
      "masters' = reject -> 120 (set 135: 'Rejects Venezuela's threats and claims' one 120), the former colonial "
      "masters being Britain, whose Prime Minister Blair is attacked in the sentences before ('Mr. Tony Blair, the "
      "British Prime Minister ... his Government was working with Zimbabwe's opposition') -> GBR/GOV (the "
      "document makes the participant plain); 'whose undemocratic regimes we taught the lesson of one man — or one "
      "woman — one vote through our armed liberation struggles' = the historic liberation war, an event noun with "
      "its agent 'our' -> nominal 190 from the bare country (set 110: 'our armed struggle for national liberation' "
      "a nominal 190 from bare GNB; guideline: bare country for historic wars), against the colonial regimes the "
      "sentence attributes to the former colonial masters -> GBR/GOV (borderline ZWE/GOV for the Rhodesian "
      "regime, target null as set 110, or ZWE/REB as source); 'taught the lesson' is its metaphor, not a second "
      "event; 'undemocratic' is an evaluative adjective"),
 30: ([], "Ethiopia (2019): 'We are fully committed to implementing the 2030 Agenda for Sustainable Development and "
          "the Paris Agreement on Climate Change' = an abstract commitment to global frameworks with no counterpart "
          "(set 146: Kiribati's commitment to the Paris Agreement uncoded; set 172: compliance uncoded)"),
 31: ([("We appreciate the", "051", "PLW/GOV", "ITA/GOV", False, A, N, False),
       ("We appreciate the", "051", "PLW/GOV", "AUT/GOV", False, A, N, False),
       ("support of Italy", "070", "ITA/GOV", "PLW/GOV", False, A, N, True),
       ("support of Italy", "070", "AUT/GOV", "PLW/GOV", False, A, N, True)],
      "Palau (2008); 'We appreciate the support of Italy and Austria in supporting development cooperation with "
      "respect to energy for sustainable development' = appreciation of named donors (guideline: thank -> 051), "
      "one per actor (guideline: compound split) -> 051 to ITA/GOV and AUT/GOV; thanks 'for the ongoing support' "
      "give the support its agent from the thanks (README) -> one nominal 070 from each to the speaker's "
      "government, the energy projects of the sentence before being in Palau (set 167: Mongolia's assistance "
      "'from Japan, the United States' one 070 per donor; borderline 071 as development aid, or target null for "
      "the Pacific islands as a group); 'in supporting development cooperation' restates the same support, "
      "folded in"),
 32: ([("we deplore the", "110", "COL/GOV", N, False, A, N, False)],
      "Colombia (1995); 'we deplore the recent nuclear tests that have been carried out, notwithstanding the "
      "opposition of the international community to that practice' = deplore -> 110 (set 162: 'Deplores' is 110; "
      "held-out 48: 'it should be deplored' the speaker's 110), present -> asserted; the testing States are never "
      "named in the speech (searched: no France or China; 'the nuclear-weapon States', sentence before) -> target "
      "null; the agentless 'recent nuclear tests ... carried out' are left uncoded, following set 125's unnamed "
      "Powers' 1995 nuclear tests (borderline a nominal 150 with no source and no target, or FRA/GOV and CHN/GOV "
      "from outside knowledge); 'the opposition of the international community' is a stance of an uncoded "
      "collective, not coded (borderline a nominal 120 null -> null)"),
 33: ([("being effectively denied us", "1621", N, "BRB/GOV", False, A, N, False)],
      "Barbados (1990); 'Continued access to concessionary financing is being effectively denied us because of an "
      "over-emphasis on the gross national product (GDP) per capita criterion' = denial of concessional finance -> "
      "reduce or stop economic assistance 1621 (set 193: the 'graduation of middle-income countries, such as "
      "Barbados, from access to concessionary ... financing' a nominal 1621 with no source to BRB/GOV; held-out "
      "201: Namibia's 'That status prevents us from accessing official development assistance' a 1621 with no "
      "source to NAM/GOV), a verb -> not nominal, ongoing -> asserted; an agentless passive whose deniers are 'the "
      "international financial institutions' of the sentence before, an uncoded collective -> source null "
      "(borderline org:WB and org:IMF)"),
 34: ([], "Tonga (2011): 'The dangerous potential of NCDs ... threatens not just livelihoods and lifestyle but "
          "whatever gains may have been achieved ...' = a risk from disease (guideline: figurative 'threat'), no "
          "actor"),
 35: ([("has been proposed", "030", "FRA/GOV", N, False, A, N, False),
       ("has been proposed", "030", "BRA/GOV", N, False, A, N, False)],
      "Guyana (2006); 'at the initiative of France, Brazil and others a tax on air travel has been proposed — and "
      "implemented by some countries — and promises to provide substantial revenues to support development' = a "
      "proposal of a financing mechanism for development whose authors are named in 'at the initiative of' -> "
      "express intent to cooperate 030, one per named proposer, the uncoded 'others' dropped (held-out 208: the "
      "UNITAID initiative 'launched by the French Government' a non-nominal 030 from France with no target; "
      "README: 'Proposals put forward' a 030 with no target; borderline 1011 as a call for economic cooperation, "
      "or a 0331 as a pledge of aid), the passive verb carrying the act -> not nominal, no beneficiary named -> "
      "target null; 'implemented by some countries' is a domestic levy of unnamed States, uncoded; 'promises to "
      "provide ... revenues' has an inanimate subject"),
 36: ([], "Germany (2011): 'The international community has worked tirelessly for years to ensure that Afghanistan "
          "ceases to harbour a threat to international peace and security' = an unspecified effort ('worked') of "
          "an uncoded collective, whose only content is a purpose clause about Afghanistan no longer harbouring "
          "terrorism (set 179: a purpose that a sector 'does not provide support' to terrorist financers uncoded; "
          "borderline a 070 or 074 with no source to bare AFG, as set 209's 'the international community "
          "mobilized as one in extending help to the Philippines' an asserted 073 with no source); 'harbour a "
          "threat' is figurative (guideline: risk)"),
 37: ([], "Trinidad and Tobago (2000): 'According to the United Nations Children's Fund report ..., 130 million "
          "children in the developing world are denied the right to basic education' = an agentless passive with "
          "an uncoded collective of victims (held-out 54-61: acts between uncoded collectives uncoded; borderline "
          "a 1233 null -> null reported_by org:UNICEF)"),
 38: ([], "United Kingdom (1995): 'To meet them the United Nations needs change at the centre too' = UN reform "
          "(held-out 54-61: UN reform positions uncoded)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "San Marino (1998): 'Nuclear tests in the Asian region are a new and worrying problem' = the 1998 tests, "
          "whose testers the speech never names (searched: no India or Pakistan) -> left uncoded, following set "
          "125's unnamed Powers' 1995 nuclear tests (borderline a nominal 150 each from IND/GOV and PAK/GOV from "
          "outside knowledge, or one with no source); 'worrying' is an evaluation"),
 40: ([("proposed the", "100", "org:UN", N, False, A, N, False)],
      "Kenya (2008); '[I would like to congratulate the Secretary-General for his continued focus on the "
      "Millennium] Development Goals and, in particular, the establishment of the MDGs Africa Steering Group, which "
      "has, among other interventions, proposed the launching of an African green revolution' = a fragment whose "
      "verb 'congratulate' fell before the splitter's cut, so the congratulation is uncoded (README: a fragment "
      "whose verb was cut away is left uncoded; borderline a 051 to org:UN); the relative clause's own verb "
      "'proposed' lies inside the sentence: the Steering Group, convened by the Secretary-General -> org:UN (a UN "
      "body as subject stands for org:UN), recommending an initiative for Africa -> a 100 from org:UN with no "
      "target (set 181: 'The Plan of Action proposed by the Secretary-General' a 100 from org:UN with no target; "
      "set 129: 'As recommended by the Secretary-General' a 100; borderline a nominal 030 as set 132's "
      "'initiative for an International Solar Energy Alliance', or target org:AU); 'the establishment of' the "
      "Group is an agentless creation of a body, not coded"),
 41: ([], "Madagascar (2007): 'Africa only produces one per cent of the world's solar energy' = a statistic, no act"),
 42: ([], "Namibia (2007): 'It ranks number 126 out of 177 countries on the Human Development Index, as it still bears "
          "the legacy of social and economic inequalities inherited from its colonial past' = a description; the "
          "colonial past names no act"),
 43: ([], "Papua New Guinea (2012): 'This is a central pillar of our Constitution and a core value of our national "
          "development road map' = a description of a domestic principle (gender equality), no act"),
 44: ([("also submitted its instruments", "030", "BHR/GOV", "org:UN", False, A, N, False),
       ("accession", "057", "BHR/GOV", N, False, A, N, True)],
      "Bahrain (2005); 'The Kingdom of Bahrain has also submitted its instruments of accession to the United Nations "
      "Secretariat in New York for many conventions relating to the fight against terrorism, in accordance with "
      "Security Council resolution 1373 (2001)' = accession to multilateral treaties -> one nominal 057 with no "
      "target for the accession (README: joining the NPT 057 with no target; one act for the many conventions), "
      "and the deposit a separate 030 to the depositary the sentence names, the Secretariat -> org:UN (held-out "
      "151: 'Depositing with the Secretary-General our instruments of accession' a 030 to org:UN plus a nominal "
      "057 with no target; README: signing a ratification instrument 057 and depositing it a separate 030; "
      "borderline target null for the deposit, as set 110, or one event); 'in accordance with Security Council "
      "resolution 1373' is compliance, not coded (set 155: Monaco's implementing of resolution 1373 uncoded); the "
      "'16' is a page number inside the sentence"),
 45: ([("terrorism", "180", N, "YEM", False, A, N, True)],
      "Yemen (2003); 'The Republic of Yemen has greatly suffered from terrorism' = terrorism suffered by a named "
      "victim country, its perpetrators never named -> an agentless nominal 180 with no source to the bare "
      "country (set 156: 'terrorism has continued to strike: ... in Madrid ... in Bali and Jakarta' one agentless "
      "180 per victim country; held-out 209: 'the terrorist attacks in London and Madrid' one nominal 180 with no "
      "source each to bare GBR and ESP), habitual -> asserted (borderline uncoded as terrorism the phenomenon, "
      "as set 191's terrorist acts 'in nearly every part of the world', or YEM/CVL)"),
 46: ([], "Benin (2014): 'The scale of the phenomenon requires the deployment of a coordinated health mechanism "
          "throughout the countries of the region in order to contain it' = an agentless statement of need for "
          "Ebola response among uncoded 'countries of the region' (held-out 54-61: acts between uncoded "
          "collectives uncoded; borderline a demanded nominal 073 with no source and no target)"),
 47: ([("We greatly appreciate the", "051", "HRV/GOV", "org:ICTY", False, A, N, False)],
      "Croatia (2011); 'We greatly appreciate the legacy of the ICTY, especially its contribution to international "
      "law, justice and reconciliation' = appreciation (guideline: praise/thank -> 051) of a named tribunal -> 051 "
      "to org:ICTY (README org code; set 127: 'We appreciate the fact that the United Nations is strongly aware' a "
      "051 to org:UN; borderline an uncoded evaluation of a legacy); the Tribunal's 'contribution to international "
      "law' is generic, not coded"),
 48: ([], "Lesotho (1990): 'We are hopeful that the international community will continue to assist these efforts "
          "...' = an optative hope about others' aid (README: hopes about others' aid, 'we count on', are optative "
          "and not coded; set 123: a confident prediction of another actor's aid is a hope), the assisting "
          "international community an uncoded collective; 'these efforts' are the Governments of Angola and "
          "Mozambique's dialogue initiatives of the sentence before (borderline an asserted 070 with no source each "
          "to AGO/GOV and MOZ/GOV for the assistance presupposed by 'continue', as set 139 coded only the past "
          "support in 'as they have done')"),
 49: ([("pay tribute to France", "051", "org:EU", "FRA/GOV", False, A, N, False),
       ("efforts to help", "070", "FRA/GOV", "MLI/GOV", False, A, N, False),
       ("efforts to help", "070", "FRA/GOV", "CAF/GOV", False, A, N, False),
       ("requests", "103", "MLI/GOV", "FRA/GOV", False, A, N, True),
       ("requests", "103", "CAF/GOV", "FRA/GOV", False, A, N, True),
       ("close collaboration", "050", "FRA/GOV", "org:AU", False, A, N, True),
       ("close collaboration", "050", "FRA/GOV", "org:UN", False, A, N, True),
       ("close collaboration", "050", "FRA/GOV", "org:EU", False, A, N, True)],
      "European Union (2014); 'I want to pay tribute to France for its efforts to help, upon their requests, the "
      "Governments of Mali and the Central African Republic to restore the rule of law and instil inclusiveness and "
      "reconciliation in close collaboration with the African Union, the United Nations and the whole of the "
      "European Union' = the President of the European Council speaking for the Union -> org:EU; 'pay tribute to' "
      "is 051 (README), 'I want to' the politeness form -> asserted, to FRA/GOV; France's 'efforts to help' the two "
      "governments = provide aid 070, one per named government (guideline: compound split), realised -> asserted, "
      "the infinitive verb with its agent 'its' -> not nominal (borderline 074, France's Serval and Sangaris "
      "operations being military interventions, or 190); 'upon their requests' = the two governments' "
      "requests for that help -> a nominal request 103 from each to FRA/GOV (set 183: Hadi's request a nominal 103 "
      "to each of them; borderline 1032 for military aid); 'in close collaboration with the African Union, the "
      "United Nations and the whole of the European Union' = a cooperation noun naming its partners -> one nominal "
      "050 per organisation from France (README: cooperation nouns a nominal 050; set 128: 'in collaboration with "
      "... OSCE' a nominal 050; borderline dropping org:EU, France being a member, or sourcing them from the two "
      "assisted governments); restoring the rule of law is the purpose, not coded separately"),
 50: ([], "Guyana (2005): 'That is the challenge issued to the sixtieth session of the General Assembly, and the "
          "yardstick by which its success will be judged' = the quoted Human Development Report's 'We need to "
          "mobilize the investment resources ...' (sentence before) described as a 'challenge', a figurative "
          "framing with no request verb and no act (borderline a nominal generic 100 org:UNDP -> org:UNGA, the "
          "report being UNDP's); the Assembly's judged success is no act"),
 51: ([("were begun", "061", "PRK/GOV", "KOR/GOV", False, A, N, False),
       ("Joint Declaration", "057", "PRK/GOV", "KOR/GOV", False, A, N, True)],
      "DPRK (2004); 'Various actions aimed at national co-prosperity were begun in accordance with the lofty spirit "
      "of the Joint Declaration' = an agentless passive whose agents are plain from the text around it, the north "
      "and the south of the 'North-South Joint Declaration of 15 June' (sentences before), and whose actions are "
      "the inter-Korean economic projects listed next ('The connecting of railways and roads ... inter-Korean "
      "economic cooperation', sentence after) -> cooperate economically 061, coded once from the document's own "
      "government (guideline: symmetric acts coded once from the document's government; README: an agentless "
      "'A peace settlement has been signed' takes its parties from the sentence before; set 136: North-South "
      "joint committees a nominal 050 PRK/GOV -> KOR/GOV; borderline 050, or uncoded as agentless); 'the Joint "
      "Declaration', named in full in the sentence before, is an agreement named by its parties -> a nominal 057 "
      "PRK/GOV -> KOR/GOV (held-out 194: the anaphoric 'the agreement', Prespa, a nominal 057; README: the two "
      "Koreas' joint declaration coded; borderline uncoded as a mere reference, as set 182's anaphoric 'that "
      "agreement')"),
 52: ([], "South Sudan (2016): 'What happens in one part of the world affects other parts of the world' = a "
          "generalisation, no act"),
}
