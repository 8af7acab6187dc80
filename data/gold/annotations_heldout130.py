"""Hand annotations for the HUNDRED-AND-THIRTIETH held-out event gold set (source of events-heldout130.jsonl).

Keyed by the row index of selection-heldout130.jsonl (output of select_bulk_sentence_heldout.py 130; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout130.jsonl \\
        --annotations annotations_heldout130 --output events-heldout130.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Germany (1996): 'Antoine de Saint-Exupery warned that the human race had not inherited the Earth from its "
         "fathers but had borrowed it from its children' = a writer's maxim quoted as a general truth; the speech "
         "verb is not coded (guideline) and the content is figurative, no act between actors; 'had not inherited' "
         "negates no event"),
 1: ([], "Madagascar (1995): 'a whole range of global threats which are no longer confined within national borders' "
         "= threats as risks (guideline: figurative threats), no actor; 'no longer' bears on a state, not an event"),
 2: ([("We encourage", "102", "TTO/GOV", N, False, A, N, False)],
     "Trinidad and Tobago (2009); 'We encourage those Member States that have not been supportive of the initiative "
     "aimed at negotiating a legally binding arms trade treaty to join those States working to ensure that it "
     "becomes a reality' = a request (held-out: 'It is important to encourage him' a 10x; guideline: urge/call on -> "
     "10x) whose Y is support for a treaty initiative -> demand policy support 102 (held-out 76 row 2: calls to join "
     "a treaty 102), addressed to an uncoded class of Member States -> target null (README 117: 'We call on all "
     "countries that have not yet done so to join the Rome Statute' 102 with no target); the relative clause 'that "
     "have not been supportive of the initiative' is the addressees' non-support, between an uncoded class and an "
     "initiative of the UN process (the speech: 'the various processes of the United Nations'), left uncoded as "
     "null-null (README 117: the negated accession uncoded; borderline a negated 051 null -> org:UN); 'those States "
     "working' is an uncoded collective, not coded"),
 3: ([], "China (2019): 'We will not be cowed by threats or subdued by pressure' = a statement of resolve, not coded "
         "(README 116: 'We have never cowered' resolve, not coded; README 117: 'a people which will not be "
         "intimidated' uncoded); the threats and the pressure are event nouns with no agent in the sentence, and the "
         "speech names no party to the trade dispute ('the other side', 'tariffs') -> not coded (borderline a "
         "negated future 080 CHN/GOV -> USA/GOV, as README 117's 'does not give in to threats', plus nominal 130 and "
         "170 with no source to CHN/GOV)"),
 4: ([], "United Kingdom (1990): 'Although the Charter of the United Nations was signed in San Francisco 45 years ago' "
         "= a historic agentless signing by the founding Members (an uncoded collective), null-null, not coded "
         "(held-out 100 row 36: the same clause left uncoded; borderline a historic 057 null -> null); 'the security "
         "mechanisms did not have the chance to work as intended' negates no act between actors"),
 5: ([("appeal", "102", "BEL/GOV", N, False, A, N, False)],
     "Belgium (2011); 'I would like to launch a strong appeal to those Member States that have not yet done so to "
     "adhere to and shoulder the Rome Statute' = a performative appeal (guideline: appeal -> 10x; 'would like to' "
     "performative -> asserted) whose Y is joining a treaty -> 102 (README 117: 'We call on all countries that have "
     "not yet done so to join the Rome Statute' 102 with no target), the addressees an uncoded class -> target null "
     "(borderline org:ICC); their non-accession 'that have not yet done so' is uncoded, as in README 117 "
     "(borderline a negated 057 null -> null); 'as a contribution to a ... legal system' is the purpose"),
 6: ([], "Bahamas (2001): the freer flow of capital and goods 'has not met the stated objectives' of globalization = "
         "an evaluation of a process, no actor; 'has not met' is not a meeting and negates no event"),
 7: ([], "Saint Kitts and Nevis (2000): 'This disease does not recognize national boundaries and threatens to "
         "undermine ... development' = figurative (guideline: threat as risk; 'recognize' is no diplomatic "
         "recognition), no actor"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("express its absolute condemnation", "111", "SAU/GOV", N, False, A, N, False)],
     "Saudi Arabia (2001); 'The Kingdom of Saudi Arabia was one of the first states to express its absolute "
     "condemnation and strong denunciation of what happened in New York, Washington and Pennsylvania' = a realised "
     "condemnation of the 11 September attacks -> 111 (guideline: condemn/denounce 111), 'condemnation and strong "
     "denunciation' one act (same code, same pair), the perpetrators unnamed ('whoever is proved to be responsible' "
     "in the sentence before) -> target null (README: condemning attacks by unnamed perpetrators is the "
     "speaker's 111 with no target); a verb phrase ('express') -> not nominal; 'what happened' is a free relative, "
     "not an event noun, not coded (borderline a nominal 180 with no source to USA, as README 115/116 coded the 11 "
     "September attacks); New York and Washington are places, not metonyms; 'one of the first states' is an "
     "uncoded collective, not split"),
 9: ([("ethnic cleansing", "203", "HRV/REB", "HRV/CVL", False, A, N, True),
      ("ethnic cleansing", "203", "YUG/GOV", "HRV/CVL", False, A, N, True),
      ("occupation", "192", "HRV/REB", "HRV", False, A, N, True),
      ("occupation", "192", "YUG/GOV", "HRV", False, A, N, True),
      ("terrorism", "180", "HRV/REB", "HRV/CVL", False, A, N, True),
      ("terrorism", "180", "YUG/GOV", "HRV/CVL", False, A, N, True)],
     "Croatia (1993); 'the mandate [of UNPROFOR] has been misused by the Serbian extremist insurgents and their "
     "promoters, the Belgrade expansionists, to freeze territorial gains, continue \"ethnic cleansing,\" and "
     "consolidate occupation which has assumed forms of terrorism even at the expense of the local Serbian "
     "population' = a compound agent, split (guideline): the Krajina Serb insurgents in Croatia -> HRV/REB (README "
     "26/27: Bosnian Serb forces of 1993 BIH/REB), 'the Belgrade expansionists' = a capital metonym for the regime "
     "of the Federal Republic of Yugoslavia -> YUG/GOV (guideline: capital metonym -> GOV; README: a state "
     "that later dissolved takes its code of the speech's date); the acts, realised and continuing ('continue', "
     "'consolidate'), are event nouns whose agents are the subjects of the controlling verbs -> nominal, asserted: "
     "ethnic cleansing 203 to the non-Serb civilians of the occupied areas -> HRV/CVL (held-out 77 row 6: ethnic "
     "cleansing 203 to the victims' CVL), occupation 192 to the country -> bare HRV (guideline: target of an "
     "invasion; 'freeze territorial gains' is the same occupation, coded once), and the occupation's 'forms of "
     "terrorism' 180 to the local population, Serbs included -> HRV/CVL (README: an occupying army's acts "
     "coded one per code; borderline not coded as a description of the occupation); 'misused' the mandate is not "
     "coded (borderline 128 to org:UN); 'their promoters' is an agent noun, not coded (borderline 070 YUG/GOV -> "
     "HRV/REB, README: 'Belgrade supports the Bosnian Serb aggression' 070)"),
 10: ([("urged", "106", "ALB/GOV", "XKX/GOV", False, A, N, False),
       ("urged", "106", "ALB/GOV", "SCG/GOV", False, A, N, False),
       ("supported", "051", "ALB/GOV", "XKX/GOV", False, A, N, False),
       ("supported", "051", "ALB/GOV", "SCG/GOV", False, A, N, False)],
      "Albania (2003); 'Albania has urged and supported the efforts to start a dialogue between Pristina and Belgrade "
      "on mutually beneficial technical issues' = two acts: 'urged' a request (guideline: urge -> 10x) whose Y is "
      "starting talks -> demand meeting/negotiation 106, and 'supported' verbal support 051 (guideline), each aimed "
      "at a process and so going to its named parties (README: 051 to Pristina and Belgrade; README: support "
      "for stimulating a dialogue not yet under way is 051 to each named party); capital metonyms: Pristina -> the "
      "Provisional Institutions of Kosovo XKX/GOV (guideline: Kosovo XKX), Belgrade in 2003 -> SCG/GOV (README "
      "34/35: Belgrade in 2004 SCG/GOV; Serbia and Montenegro from February 2003); the dialogue itself is the "
      "request's Y, not coded (guideline); borderline one 051 per party for 'urged and supported' read as one act "
      "of encouragement"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("the signing", "057", "BDI/GOV", "BDI/OPP", False, F, N, True)],
      "Burundi (1999); 'It is said that we will have to wait for the signing, or even the implementation, of the "
      "Arusha Agreement' = the condition set by partners who have not resumed cooperation (sentence before); 'It is "
      "said' names no source -> reported_by null (guideline: 'reportedly' with no named source -> null); the "
      "signing of the Arusha peace agreement is an event noun whose parties are plain from the text around it (the "
      "sentences before: 'the Government will find it difficult to sign the peace agreement'; after: 'All the parties "
      "involved in the negotiations') -> nominal 057 (README: an event noun whose agent is plain from the text "
      "around it is coded), expected -> future, from the Government to the political parties negotiating at "
      "Arusha -> BDI/OPP (borderline not coded as the condition of uncoded partners, or target null); 'the "
      "implementation' is compliance, not a codable behaviour (guideline); the partners' waiting is not coded"),
 12: ([("agreements reached", "057", "SUR/GOV", N, False, A, N, False)],
      "Suriname (1995); 'In accordance with the agreements reached, our forest will be exploited only according to "
      "the so-called Celos management system' = 'In accordance with' is not attribution (guideline); 'the agreements "
      "reached' = the agreements of 'the recently concluded negotiations with potential investors' (sentence "
      "before) -> agreements concluded 057 (guideline), a participle -> not nominal (held-out 76 row 29: 'broad "
      "agreement reached' not nominal), from the document's own government, the foreign investors unnamed and "
      "uncoded -> target null (held-out 76 row 6: a partner with no code -> target null); borderline not coded, the "
      "parties lying only in the sentence before, or future, the results still awaiting parliamentary approval; "
      "'will be exploited' is domestic and 'accepted internationally' agentless, not coded"),
 13: ([], "Bangladesh (2002): a Monterrey conference document 'says that \"The lesson in Bangladesh is that official "
          "development assistance, when applied in conjunction with a country's efforts ..., can yield dramatic "
          "results\"' = the speech verb is not coded (guideline); the content is a general lesson about aid whose "
          "donors are unnamed, a potential ('can yield'), not an aid act (borderline a nominal 070 with no source to "
          "BGD/GOV, reported_by org:UN)"),
 14: ([("close cooperation", "050", "org:UNSC", "org:UN", False, A, N, True)],
      "Luxembourg (1991); 'It must be noted that' is the speaker's own statement, no deontic on an act; 'for some "
      "years now the Security Council has been acting with exemplary efficacy and in close cooperation with the "
      "Secretary-General' = a cooperation noun naming its parties -> nominal 050 (README: cooperation "
      "nouns a nominal 050), habitual -> asserted, the Council -> org:UNSC, the Secretary-General -> org:UN (README "
      "48/49); 'acting with exemplary efficacy' is an evaluation, not a praise act (borderline a 051 LUX/GOV -> "
      "org:UNSC); borderline not coded as cooperation inside one organisation"),
 # --- UNGDC 1990-2019 random: future
 15: ([("contribute", "074", "ARG/GOV", "HTI", False, H, N, False),
       ("will conduct together", "074", "org:UN", "HTI", False, F, N, False),
       ("will conduct together", "074", "org:OAS", "HTI", False, F, N, False)],
      "Argentina (1993); 'Provided that the Haiti agreements are respected ..., effective 30 October the Argentine "
      "Republic will contribute ... a field hospital to be used in the operation the United Nations and the OAS will "
      "conduct together' = a contribution to the UN-OAS operation in Haiti -> peacekeeping 074 to the country it "
      "serves (README: troops in ISAF or UNIFIL 074 to the host country; README: a country's part in "
      "an operation 074 to the country it serves; borderline 073 for a field hospital, or 070 to org:UN), bare HTI "
      "('that country'); the proviso makes it conditional -> hypothetical (README: the act a proviso conditions "
      "is hypothetical, borderline future); the operation itself -> 074 from each organisation (README: ECOMOG's "
      "peacekeeping org:ECOWAS 074; AMISOM one 074 per contributor), future and not under the proviso (borderline "
      "hypothetical, or one 050 between org:UN and org:OAS for 'together'); 'the Haiti agreements are respected' "
      "is agentless compliance (guideline: comply not coded); 'to support the consolidation of democracy' is the "
      "purpose"),
 16: ([("support", "070", N, "SOM", False, A, N, True)],
      "Djibouti (2004); 'the Somali representatives, spurred by the will of the region and the convergence of "
      "political and financial support of the international community, worked relentlessly to set up ... the "
      "Transitional Parliament' = the international community's support for the Somali reconciliation conference, "
      "one aid noun covering several kinds -> one nominal 070 (README: one aid noun covering several kinds is "
      "one 070), the international community uncoded -> source null (README: 'we had a lot of help' 070 with no "
      "source), the recipients the conference's delegates -> bare SOM (README 119: 'All who ... helped us' 070 to "
      "bare GNB; borderline SOM/CVL for the clan delegates, or SOM/GOV for the institutions being formed); 'the "
      "will of the region' is no act; setting up a parliament is domestic, not coded"),
 17: ([], "Grenada (2011): 'How else will it support its growing agenda?' = 'it' the United Nations supporting its "
          "own agenda, no second actor, no act between actors"),
 # --- UNGDC 1990-2019 random: demand
 18: ([("providing targeted economic aid", "071", N, "AFG/GOV", False, D, N, False)],
      "Uzbekistan (2008); 'It is our firm belief that our main priorities must be providing targeted economic aid to "
      "Afghanistan, building ... infrastructure, ensuring employment opportunities and resolving ... poverty' = a "
      "deontic (guideline: 'must' -> demanded) whose 'our' is the international community reconsidering 'the "
      "approaches to resolving the Afghan problem' (sentence before) -> source null (README: 'Now is the time "
      "to scale up our support', 'our' all countries, demanded 071 with no source; borderline UZB/GOV), economic "
      "aid 071 to Afghanistan -> AFG/GOV (README 120: Tokyo pledges turned into cash, demanded 071 to AFG/GOV; "
      "borderline bare AFG); building infrastructure and creating jobs are the same economic aid, coded once; a "
      "gerund -> not nominal"),
 19: ([], "Sudan (2006): 'That must be the main pillar on which the international community should fully agree' = an "
          "agreement of an uncoded collective on the definition of terrorism, null-null, not coded"),
 20: ([], "South Africa (2000): 'the eradication of hunger and poverty should be the priority of all priorities and "
          "should be our collective responsibility' = an abstract deontic, 'our' meaning all states, no act between "
          "actors"),
 21: ([], "Chile (1998): 'This new international regime must be promoted by the entire multilateral system' = the "
          "workers' rights regime of the ILO Declaration (sentence before), an agentless abstract deontic for an "
          "uncoded collective, no act between actors"),
 22: ([], "Sri Lanka (1996): 'The United Nations must neither master nor servant be' = a norm about the Organization's "
          "role, no codable behaviour"),
 23: ([], "Netherlands (2011): 'Society as a whole should be tolerant towards those with other religions and beliefs' "
          "= a norm for an uncoded collective, no act"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "Mozambique (1990): 'We await with hope the beginning of constitutional negotiations among the South African "
          "authorities, the ANC and other South African democratic forces' = a hope about other actors' act, optative "
          "and not coded (held-out 76 row 22: 'We expect a broader-based meeting to be held soon' optative; README: "
          "a hope about another actor's act not coded); borderline a future nominal 046 ZAF/GOV -> ZAF/OPP (the ANC "
          "of 1990 OPP)"),
 25: ([], "Trinidad and Tobago (2006): 'is committed to the partnership approach in all areas of international "
          "interaction' = a commitment to an approach with no counterpart, an abstract policy position (guideline; "
          "held-out 76 row 45; borderline 030 with no target)"),
 26: ([("withdrawal", "0874", "ISR/GOV", "PSE", False, H, N, True),
       ("normalization", "050", "org:LAS", "ISR/GOV", False, H, N, True)],
      "Saudi Arabia (2002); 'It' = 'the Arab peace initiative adopted at the Beirut Arab Summit' (sentence before); "
      "'It would lead to Israel's full withdrawal from the occupied Arab territories and to normalization of Arab "
      "relations with Israel' = the initiative's expected results -> hypothetical (guideline: would); the withdrawal "
      "-> retreat militarily 0874 (README: 'the withdrawal of Israel from the Gaza Strip' a nominal 0874), "
      "nominal with its agent named, the occupied territories the speech names being only the Palestinian ones -> "
      "bare PSE (README: one per territory the text names; borderline SYR and LBN from outside knowledge); the "
      "occupation in 'occupied' is an adjective, not coded separately (held-out 77 row 23; borderline a nominal "
      "192); the normalization -> a nominal 050 (README: a normalization naming its parties a nominal 050), the "
      "Arab side being the Arab League summit's initiative -> org:LAS (README 115: the Arab leaders' pledge to "
      "embrace peace a nominal 037 from org:LAS to ISR/GOV; borderline source null for the Arab States as an "
      "uncoded collective, or 054 recognition)"),
 27: ([("appeal", "103", "MHL/GOV", N, False, A, N, False)],
      "Marshall Islands (1996); 'We cannot solve these problems on our own, and we feel obliged to appeal to the "
      "international community' = a request (guideline: appeal -> 10x) to an uncoded collective -> target null "
      "(held-out 77 row 8: a call with a specific Y coded with target null), Y = help with 'these problems', the "
      "health care of radiation victims and the rehabilitation and resettlement of contaminated islands (sentences "
      "before) -> demand material aid 103 (borderline 1033 humanitarian aid); 'cannot solve ... on our own' is no "
      "negated event"),
 28: ([("appeal", "103", "TCD/GOV", N, False, A, N, False)],
      "Chad (1999); 'we wish to appeal once again ... to the solidarity of Member States of our Organization and to "
      "ask them to provide us with assistance and cooperation' = one request (appeal and ask, same pair) (guideline: "
      "appeal/ask -> 10x), Y = assistance for the demining programme (sentence before: 'cannot be done without the "
      "assistance of our partners') -> demand material aid 103 (borderline 1033 humanitarian, mine action); the "
      "Member States an uncoded collective -> target null (borderline org:UN); 'wish to' performative -> asserted; "
      "Y not coded separately (guideline)"),
 29: ([("full support", "051", "MNE/GOV", "org:UN", False, A, N, False),
       ("convening", "036", "org:UN", N, False, F, N, True)],
      "Montenegro (2013); 'we emphasize our full support for the Secretary-General's initiative in convening a "
      "conference on climate change in September 2014' = verbal support (guideline: 'express support' 051) for the "
      "Secretary-General's initiative -> org:UN (README: supporting the Secretary-General 051 to org:UN; README "
      "121: support for a proposed UN conference 051 to org:UN); the convening of the 2014 Climate Summit, a year "
      "after the speech -> future hosting 036 (guideline: future host/convene 036), nominal, from org:UN, the "
      "participants unnamed -> target null (README: conferences hosted with no target); borderline not coded "
      "as the object of the support, or 043"),
 30: ([("pledge", "030", "CHN/GOV", N, False, A, N, False)],
      "China (2003); 'We hereby pledge our continued and ever-greater contribution to world prosperity and progress' "
      "= a performative pledge ('hereby') stated as a fact -> 03x asserted (guideline: explicit intent verb as a "
      "fact), no specific counterpart or kind of aid -> generic 030 with no target (README 111/119: 'resolve to ... "
      "actively participate and take initiatives' 030 with no target; borderline not coded as an abstract "
      "commitment to world progress, or 033)"),
 31: ([("horrific attacks", "180", N, "USA", False, A, N, True)],
      "Suriname (2001); 'We pray that our love and friendship may bring comfort and peace to all who have been "
      "affected' = condolence and well-wishing, not coded (README: condolences not coded); 'this tragedy' = the "
      "plane crash in New York that morning (sentence before), an accident, no act; 'the horrific attacks on 11 "
      "September' = an event noun with no agent or victim in the sentence, coded as earlier sets coded the 11 "
      "September attacks -> nominal 180 with no source to USA (README 115: the 11 September attacks a nominal 180 "
      "with no source to USA; README 116: 'The attack perpetrated'; borderline not coded, guideline: event nouns "
      "without an agent)"),
 32: ([], "Fiji (2011): a fragment cut by the splitter, 'In Iraq, the guard unit of the United Nations Assistance "
          "Mission for Iraq (UNAMI)'; the verb 'has been manned by Fijians since 2004' lies after the cut -> not "
          "coded (README: left uncoded when the verb was cut away; borderline 074 FJI/MIL -> IRQ)"),
 33: ([], "Holy See (2012): the sentence starts at 'Nations was' (the splitter cut after 'During the period of the Cold "
          "War, the United'); the United Nations as 'a meeting place and a point of discussion and balance between the "
          "opposing Powers' = a description of a role, the Powers unnamed, no act (borderline a historic 043 org:UN "
          "-> null)"),
 34: ([("attacked", "180", "RWA/REB", "COD/CVL", False, A, N, False),
       ("attacked", "180", "BDI/REB", "COD/CVL", False, A, N, False),
       ("massacred", "202", "RWA/REB", "COD/CVL", False, A, N, False),
       ("massacred", "202", "BDI/REB", "COD/CVL", False, A, N, False)],
      "Rwanda (2004); 'this same group' = 'Rwanda's former Forces armees rwandaises (ex-FAR) and the INTERAHAMWE' "
      "(sentence before) -> RWA/REB (README: the exiled Hutu leadership of 1994 RWA/REB), 'together with the "
      "Forces nationales de liberation (FNL) rebels of Burundi' -> BDI/REB, a compound source split (guideline); "
      "'attacked a refugee camp in Gatumba, Burundi' = an armed attack by non-state groups -> 180 (guideline: "
      "unspecified violence by non-state armed groups; borderline 190), the Banyamulenge refugees being Congolese "
      "civilians -> COD/CVL (borderline bare BDI, the camp's country); 'massacred 160 innocent people ... because "
      "of their ethnic origin' -> mass killing 202 (guideline: massacres 202; borderline 203 ethnic cleansing); "
      "'their most recent and sinister deed' is the same event named by a noun, coded once; Rwanda's attribution "
      "of the attack is the speaker's own assertion (reported_by null)"),
 35: ([], "Marshall Islands (2005): 'We reiterate our support for reform and expansion of the Security Council' = a UN "
          "reform position, not coded (README: UN reform positions left uncoded)"),
 36: ([("commitment by Israel", "037", "ISR/GOV", N, False, D, "org:LAS", True)],
      "Saudi Arabia (1996); 'The Cairo meeting' = the Arab summit of June 1996 in Cairo (sentence before: 'Arab "
      "leaders, at their summit meeting in Cairo') -> org:LAS (README 115: the Arab leaders' pledge from org:LAS); "
      "'reaffirmed that' is its speech verb, not coded (guideline), and the event inside it is reported_by org:LAS; "
      "'the realization of a just and comprehensive peace ... presupposes a serious and unequivocal commitment by "
      "Israel to abide by the principles of the Madrid Peace Conference and Security Council resolutions 242, 338 "
      "and 425, as well as by the land-for-peace formula' = a necessary condition with no request verb -> the "
      "commitment coded as Y, demanded (guideline: deontic with no request verb codes Y), nominal with its agent "
      "named -> intent to settle the dispute 037 (borderline 0356, land for peace meaning withdrawal), the Arab "
      "parties unnamed in the sentence -> target null; borderline a request 10x org:LAS -> ISR/GOV; abiding by "
      "principles is compliance, not coded separately"),
 37: ([], "Lao PDR (2013): 'The success of the Conference would certainly demonstrate the spirit of genuine partnership "
          "and mutual assistance among members of the international community' = an evaluation, acts among an uncoded "
          "collective, not coded"),
 38: ([("is pleased with", "051", "CPV/GOV", N, False, A, N, False)],
      "Cabo Verde (2016); 'Cabo Verde is pleased with the number of States that have ratified it [the Paris "
      "Agreement] since April' = a welcome (README: 'we are pleased with' 051) of ratifications by unnamed "
      "States -> target null (README: praise of agentless steps 051 with target null); the ratifications themselves "
      "are by an uncoded class with no counterpart, null-null, not coded (README 116: welcomed ratifications give a "
      "nominal 057 per ratifier, none named here); borderline not coded as an evaluation of a number"),
 39: ([], "Dominica (1997): 'Two years ago we all pledged to redouble our efforts to work towards fulfilling the "
          "obligations we assumed when we became Members' = 'we all' the whole membership at the fiftieth "
          "anniversary, 'we' meaning all states, not coded (README)"),
 40: ([], "Uganda (1997): 'It is important ... to ensure that the focus of the Organization is sharpened to enhance "
          "the relevance ... of its programmes' = a UN reform position (README: not coded); 'humanitarian "
          "assistance' names an area, no aid act"),
 41: ([("applaud", "051", "NGA/GOV", N, False, A, N, False)],
      "Nigeria (2009); 'While we applaud this development' = praise (guideline: praise/commend 051) of 'the "
      "conclusion and bringing into force of the Pelindaba Treaty' (sentence before), the African states that made "
      "it an uncoded collective -> target null (README 122: applauding a commitment with no pledger named 051 with "
      "no target; borderline org:AU, under whose aegis the treaty was concluded); 'weapons still being produced that "
      "have killed far more people' are agentless, no act between actors; 'let us not forget' is no negated event"),
 42: ([("move from bullets to votes", "0873", "COL/REB", "COL/GOV", False, D, N, False)],
      "Colombia (2013); the sentence is the tail of 'I hope that the guerrilla forces understand that the time has "
      "come to leave this 50-year confrontation behind;' (before the cut), so 'them' = the guerrilla forces, the "
      "FARC -> COL/REB (README: a subject cut off by the splitter is taken from the context); 'the time has "
      "come to move from bullets to votes, from weapons to discussion; ... for them to continue their struggle, but "
      "within democracy' = a deontic with no request verb (guideline: 'now is the time for X to ...' -> demanded), "
      "laying down arms for politics -> demobilize 0873 (README 114: the FARC handing its weapons 0873), one act, to "
      "the Government it fights -> COL/GOV (borderline 087, or 046 for 'to discussion'); the hope frame lies before "
      "the cut and 'understand' is factive, so the deontic is the speaker's own (borderline not coded as optative); "
      "'continue their struggle ... within democracy' is legal politics, not coded"),
 43: ([("put forward", "030", "UZB/GOV", N, False, A, N, False),
       ("fully supported", "051", N, "UZB/GOV", False, A, N, False)],
      "Uzbekistan (2016); 'All of those proposals, put forward by the leader of Uzbekistan' = the late President "
      "Karimov's initiatives announced at the United Nations (sentence before: a nuclear-weapon-free zone in Central "
      "Asia, peace in Afghanistan, the Aral Sea, counter-terrorism cooperation), his government of the time -> "
      "UZB/GOV (README: a late president's support is his government's); proposing several cooperative "
      "initiatives -> generic intent to cooperate 030 (README 110: a DPRK proposal an asserted 0356; README 117: 'I "
      "have proposed a grand bargain' 037), with no single counterpart -> target null (borderline 100, CAMEO's "
      "PROPOSE being an appeal, or not coded as an anaphor of the sentence before); 'were fully supported by the "
      "international community' -> 051 with no source (README: praise from uncoded collectives a 051 with no "
      "source) to UZB/GOV; 'are making a tangible practical contribution' has an inanimate subject, not coded"),
 44: ([], "Indonesia (2004): 'This is not to deny that terrorists are still capable of wreaking havoc on our "
          "societies' = a capability of unnamed terrorists, no realised act ('not to deny' is litotes, no negated "
          "event; README: litotes not negation)"),
 45: ([], "Nigeria (2000): a rhetorical question on whether 'a typical regime in Africa' can contribute to democratic "
          "consolidation given debt, trade access and 'the conditionalities tied to loans and aid' = an uncoded class "
          "and agentless lenders, no act between coded actors (borderline a nominal 070 null -> null)"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Egypt (2004): a fragment cut by the splitter, '1997 Harare Summit of the Organization of African'; "
          "'Egypt is fully committed to the Declaration of the' lies before the cut and the Council-seat position "
          "after it, a UN reform position in any case; no event"),
 47: ([], "El Salvador (2000): giving the Assembly greater responsibility 'would ... strengthen the democratization and "
          "transparency' of the Organization = a UN reform position, no act"),
 48: ([("thank", "051", "ZMB/GOV", "org:UNGA", False, A, N, False)],
      "Zambia (2011); 'I thank His Excellency Joseph Deiss for his leadership of the sixty-fifth session' = thanks "
      "(guideline: thank 051) to the outgoing President of the General Assembly -> org:UNGA (README: "
      "appreciation of an outgoing PGA org:UNGA)"),
 49: ([], "DPR Korea (2014): 'The climate change Summit held just a few days ago was a successful gathering' = an "
          "agentless 'held' and an evaluation (held-out: summits only 'held at' a venue left uncoded; borderline a "
          "043 org:UN -> null for the Secretary-General's Climate Summit); 'active measures being taken across the "
          "United Nations system' are agentless"),
 50: ([], "Bahrain (1999): 'it is essential that efforts be exerted to reform the Council' = a Security Council reform "
          "position, not coded"),
 51: ([("thank", "051", "BIH/GOV", "org:UNGA", False, A, N, False)],
      "Bosnia and Herzegovina (2019); 'I would also like to use the opportunity to thank Ms. Maria Fernanda Espinosa "
      "Garces, President of the General Assembly at its previous session' = performative thanks ('would like to') "
      "-> 051 asserted to the outgoing President of the Assembly -> org:UNGA (README)"),
 52: ([], "Israel (1990): 'May the Lord bless all peoples, including the people of Israel, and give them peace' = a "
          "prayer, well-wishing, not coded"),
 53: ([], "Spain (2011): 'This restrains the fight against poverty' = 'This' the international community's limited "
          "capacity to act (sentence before), an effect with no act between actors"),
 54: ([], "Slovenia (1992): 'Constructive and successful dialogue among developed and developing countries ... are "
          "among our priority tasks' = a priority, dialogue between uncoded collectives, not coded"),
 55: ([("place on record our appreciation", "051", "TUR/GOV", "org:UNGA", False, A, N, False)],
      "Turkey (1993); 'I would also like to place on record our appreciation for the competence and wisdom of his "
      "predecessor, His Excellency Mr. Stoyan Ganev, and for his outstanding performance in steering the work of the "
      "General Assembly' = performative praise -> 051 asserted to the outgoing President of the Assembly -> org:UNGA "
      "(README; held-out 76 row 30)"),
 56: ([], "Malta (1996): 'This determined policy is bearing fruit' = an evaluation of the domestic anti-trafficking "
          "policy, no act between actors"),
 57: ([("the seat of", "043", "CRI/GOV", "org:OAS", False, A, N, True),
       ("the seat of", "043", "CRI/GOV", "org:UN", False, A, N, True)],
      "Costa Rica (1998); 'Today our country is the seat of the Inter-American Court of Human Rights, the "
      "Inter-American Institute of Human Rights, and the University for Peace of the United Nations' = hosting "
      "organisations' seats -> nominal 043 to each (README: hosting an organisation's seat a nominal 043; "
      "held-out 51 row 24), ongoing -> asserted; the Inter-American Court, an organ of the OAS human rights system "
      "-> org:OAS (borderline a new code of its own); the Inter-American Institute, an autonomous academic body with "
      "no code, dropped (borderline org:OAS, coded once with the Court); the University for Peace, established by "
      "the General Assembly -> org:UN (borderline org:UNGA); borderline not coded, as a status"),
 58: ([], "Bangladesh (1994): 'We firmly believe that the restoration and consolidation of democracy worldwide ... is "
          "a vital bed-rock for peace' = a belief, no act"),
 59: ([("we thank him", "051", "ITA/GOV", "USA/GOV", False, A, N, False),
       ("is happening now in Afghanistan", "074", "ITA/GOV", "AFG", False, A, N, False)],
      "Italy (2015); 'our peacekeeping model, which President Obama noted yesterday and for which we thank him' = "
      "thanks (guideline: thank 051) to Obama -> USA/GOV; Obama's 'noted' is a statement (01x, not coded; borderline "
      "a 051 USA/GOV -> ITA/GOV as praise); 'can serve as an established model that can be deployed in various "
      "countries' is a potential with no named country, not coded; 'such as is happening now in Afghanistan' = the "
      "realised deployment of Italy's model, Italy's soldiers and civilians supporting the Afghan Government "
      "(sentence after) -> peacekeeping 074 asserted from the model's owner ITA/GOV to the country it serves -> "
      "bare AFG (README: ISAF troops 074 to the host country; borderline AFG/GOV, or not coded as agentless); "
      "'it is important that we all succeed in this educational challenge' = 'we' meaning all states, not coded"),
}
