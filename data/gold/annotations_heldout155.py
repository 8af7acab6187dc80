"""Hand annotations for the HUNDRED-AND-FIFTY-FIFTH held-out event gold set (source of events-heldout155.jsonl).

Keyed by the row index of selection-heldout155.jsonl (output of select_bulk_sentence_heldout.py 155; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout155.jsonl \
        --annotations annotations_heldout155 --output events-heldout155.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019: neg
 0: ([], "Congo (1990): 'Never in the history of humanity has such significant progress been achieved ... by States' "
         "= an evaluation of progress by states in general (an uncoded collective), no act between named actors; "
         "'never' bears on the degree of progress, not on an event; their 'capacity to act constructively' is a "
         "description"),
 1: ([], "Congo (2013): 'I called then for greater caution and prudence' = President Sassou Nguesso's own call at the "
         "sixty-sixth session about regime change in the Arab Spring countries, a call with no addressee on a general "
         "attitude (held-out 52/53 and sets 110, 113, 125, 146: calls with no addressee left uncoded; borderline a 100 "
         "COG/GOV -> null, as held-out 77 row 8's call with a specific Y); 'the overthrow of a political regime' and "
         "'cannot be imposed from the outside' are generic, with no named actor"),
 2: ([], "Israel (1992): 'financial assistance in itself is no longer the answer to the economic needs of the Middle "
         "East' = an evaluation of aid in general, no donor or recipient named; 'no longer' bears on the evaluation, "
         "not on an aid act"),
 3: ([("cooperation in peacekeeping", "062", "org:UN", "org:AU", False, A, N, True),
      ("cooperation in peacekeeping", "062", "org:UN", "org:ECOWAS", False, A, N, True),
      ("cooperation in peacekeeping", "062", "org:UN", "org:SADC", False, A, N, True)],
     "Cote d'Ivoire (1999); 'I would be remiss if I did not mention all that has been done to strengthen cooperation "
     "in peacekeeping with the OAU, as well as with the Economic Community of West African States and the Southern "
     "African Development Community' = 'I would be remiss if I did not' asserts (held-out sets: 'I would be remiss if I "
     "did not ... without condemning' an asserted 111); the agentless 'has been done' takes its agent from the "
     "paragraph before ('the United Nations has acted at every stage of crises, combining its efforts with those of "
     "the OAU and of other regional and subregional organizations') -> org:UN (borderline source null as an "
     "agentless passive); a cooperation noun naming its other party (held-out 10/11, 38/39), in peacekeeping -> "
     "security cooperation 062 (held-out 18/19; borderline 050 diplomatic cooperation, or 074), nominal, one per "
     "organisation (guideline: compound split), the OAU of 1999 -> org:AU (held-out 32/33)"),
 4: ([], "Nauru (2009): 'shocks to the international system can be devastating to our local economy and dry up vital "
         "development assistance' = an agentless, hypothetical effect of market shocks, no donor named (borderline a "
         "hypothetical negated 071 null -> NRU/GOV); 'does not have a mature financial sector' is a description"),
 5: ([("We welcome and congratulate", "051", "PNG/GOV", N, False, A, N, False),
      ("we urge", "102", "PNG/GOV", N, False, A, N, False)],
     "Papua New Guinea (2016); 'We welcome and congratulate those countries that have ratified the Paris Agreement' = "
     "one praise act (same code, same pair) -> 051, the ratifiers an uncoded class -> target null (set 130: 'pleased "
     "with the number of States that have ratified' the Paris Agreement a 051 with no target); their ratifications "
     "run between uncoded parties and are not coded; 'we urge those that have not yet done so to do so, particularly "
     "countries that emit high levels of carbon' = a request (guideline: urge -> 10x) to join a treaty -> 102 (held-out "
     "76 row 2), the addressees an uncoded class -> target null (set 117: 'We call on all countries that have not yet "
     "done so to join the Rome Statute' a 102 with no target, its negated accession uncoded); Y not coded separately"),
 6: ([("an act of aggression", "180", N, "USA", False, A, "org:UNSC", True),
      ("decided on the exceptional measures", "100", "org:UNSC", N, False, A, N, False)],
     "Monaco (2001); 'the Security Council did not shrink from drawing on the full scope ... of its powers under "
     "Chapter VII' = litotes, no negated event, and drawing on powers is no act between actors; 'it took note of the "
     "existence of a threat to peace and an act of aggression' = the 11 September attacks (the speech opens on New "
     "York 'so tragically attacked' and the sympathy to the United States), the threat to peace figurative "
     "(guideline), the act of aggression an agentless terrorist attack noun -> nominal 180 with no source to bare USA "
     "(sets 115/116: the 11 September attacks a nominal 180 with no source to USA; borderline 190 under the "
     "guideline's 'aggression', or not coded as an event noun without an agent), inside the Council's finding -> "
     "reported_by org:UNSC (borderline null); 'By adopting its resolution 1373 (2001) ... decided on the exceptional "
     "measures' = the resolution's binding decisions on all States (freezing terrorist funds, criminalising "
     "financing) -> 100 from org:UNSC with no target (set 146: resolution 1373 'obligating Member States' a 100 from "
     "org:UNSC with no target; borderline 163 with no target); 'that the Principality of Monaco is proud to be "
     "implementing' = compliance with the resolution, not coded (borderline a 163 MCO/GOV -> null, as set 138's "
     "'implementing the sanctions')"),
 7: ([], "Senegal (2000): 'the international situation does not meet their aspirations to peace and progress' = an "
         "evaluation, no act; 'does not meet' is no negated meeting"),
 # --- UNGDC 1990-2019: reported
 8: ([], "Dominican Republic (2008): 'according to the criteria of the World Bank, we would need $350 billion of "
         "foreign aid' = a costing of the Millennium Development Goals for 'the poorest nations of the world', 'we' "
         "meaning the developing world or all states (held-out 42/43: not coded), donors and recipients uncoded "
         "collectives (borderline a demanded nominal 071 null -> DOM/GOV as a statement of need); 'according to the "
         "criteria' is in accordance with, not attribution of an event"),
 9: ([], "Cuba (1993): 'it is said that the threat of a nuclear holocaust has disappeared' = a figurative threat (risk, "
         "guideline) inside an unattributed saying; the continuing poverty and underdevelopment have no actor"),
 10: ([], "Jamaica (1993): the sentence starts at '31 January 1992 concluded' (the splitter cut after 'The Security "
          "Council Summit meeting on'), so the summit meeting lies outside it; 'concluded with a statement in which it "
          "was said that its members recognized ...' = a statement (01x, not coded) of a view that peace requires "
          "'effective international cooperation', an abstract position with no actor"),
 11: ([], "Azerbaijan (2002): 'appealing to history ... is wrong, extremely dangerous' = an evaluation of Armenia's "
          "argument, and 'these statements by Armenia are refuted by numerous historical official documents' has "
          "documents as its subject; Armenia's statements are claims (01x) and the rebuttal an argument, no act coded "
          "(borderline a 111 AZE/GOV -> ARM/GOV for the criticism of its claims)"),
 # --- UNGDC 1990-2019: future
 12: ([("welcome", "051", "MLT/GOV", "org:UN", False, A, N, False),
       ("the recommendation of the Secretary-General", "100", "org:UN", N, False, A, N, True)],
      "Malta (1997); 'We therefore welcome the recommendation of the Secretary-General that the functions of the "
      "Commission on Crime Prevention and Criminal Justice and the Commission on Narcotic Drugs be consolidated' = a "
      "welcome of the Secretary-General's proposal -> 051 to org:UN (held-out 48/49: supporting a UN plan or the "
      "Secretary-General 051 to org:UN; set 121: welcoming Guterres's UN reforms 051 to org:UN; borderline uncoded as a "
      "UN reform position); the recommendation itself -> nominal 100 from org:UN (set 143 following set 129: "
      "'Recommendations made by the Secretary-General' a nominal 100 from org:UN), its addressees (the Member States "
      "and ECOSOC) unnamed -> target null (borderline org:UNGA); the consolidation is Y, not coded separately"),
 13: ([("will host", "036", "PHL/GOV", N, False, F, N, False)],
      "Philippines (2009); 'the Philippines will host the first special Non-Aligned Movement (NAM) ministerial meeting "
      "on interfaith dialogue ... in Manila this December' = future hosting -> 036 future (guideline: future "
      "cooperative acts, hosting included; held-out 77 row 37), the Non-Aligned Movement has no code (set 110) -> "
      "target null; Manila is a place; 'To reinforce that effort' is the purpose"),
 14: ([], "Nicaragua (2008): questions that 'call for in-depth consideration so that we can make this Organization more "
          "effective and democratic' = UN reform, 'we' meaning all Member States (held-out 42/43, 54-61: not coded); "
          "'call for' has an inanimate subject and no addressee"),
 # --- UNGDC 1990-2019: demand
 15: ([], "Brazil (1998): 'Countries must trust one another, but they must also have a reason to trust in ... "
          "multilateral organizations' = a norm for all countries (held-out 42/43: not coded), trust a sentiment"),
 16: ([], "Uruguay (2000): 'We cannot accept that, in determining the scale of assessments, simplistic formulas should "
          "be used' = a position on the method of the UN scale of assessments, with no actor named for the use of the "
          "formulas (sets 120 and 126: assessment questions left uncoded; guideline: abstract policy positions not "
          "coded); borderline a performative non-acceptance, 120 URY/GOV -> org:UNGA"),
 17: ([("to invite", "036", "KGZ/GOV", N, False, A, N, False)],
      "Kyrgyzstan (2013); 'I should like to take this opportunity to invite representatives of Government and academia "
      "to take part in the international research conference on \"Afghanistan - 2014\", to be held on 10 October 2013 "
      "in the capital of Kyrgyzstan, Bishkek' = a performative invitation to a conference the speaker's government "
      "hosts -> 036 asserted (held-out sets: an invitation, 'are very welcome to visit Luxembourg', is 036; 'offered to "
      "host' 036; borderline 043 as the earlier 'inviting ... decision-makers to a platform for discussion', or 036 "
      "future for the hosting), the invited representatives are of no named country -> target null; Bishkek is a "
      "place; 'to be held' names the venue only and is not coded separately"),
 18: ([("We urge", "1033", "YEM/GOV", N, False, A, N, False)],
      "Yemen (2019); 'We urge the international community to continue to support the efforts of the United Nations "
      "Relief and Works Agency ... in order to enable it to provide assistance to Palestinian refugees' = a request "
      "(guideline: urge -> 10x) to an uncoded collective -> target null, Y = support for the relief agency's "
      "humanitarian work -> 1033 (borderline 1031 financial aid); Y is not coded separately (guideline), and UNRWA's "
      "assistance is the purpose (borderline a habitual 073 org:UNRWA -> PSE/CVL)"),
 19: ([("welcomes the decision", "051", "COG/GOV", "org:UNGA", False, A, N, False)],
      "Congo (2008); 'my country welcomes the decision to launch, before 31 January 2009, intergovernmental "
      "negotiations' on Security Council reform = a welcome (guideline: 051) of the General Assembly's decision "
      "(held-out 38/39: welcoming a General Assembly decision 051 to org:UNGA; set 123: a welcome is coded, not "
      "treated as a reform position), the decision's author unnamed in the speech but plainly the Assembly, where "
      "the negotiations take place (borderline target null, or uncoded as a UN reform position); the future "
      "negotiations run among all Member States (uncoded) and are not coded; 'In keeping with the African position' "
      "is no act"),
 20: ([], "Myanmar (2007): 'The United Nations ... is called upon to resolve them [the world's problems]' = an agentless "
          "statement of the Organization's role (set 133: 'The United Nations is called upon to continue' left uncoded; "
          "borderline a 100 or 108 with no source to org:UN, as the earlier 'is called upon to assume')"),
 # --- UNGDC 1990-2019: cue
 21: ([("seeks to put an end to a dark era", "030", "SDN/GOV", N, False, A, N, False),
       ("international sanctions and penalties", "163", N, "SDN/GOV", False, A, N, True),
       ("the inclusion of the Sudan", "163", "USA/GOV", "SDN/GOV", False, A, N, True)],
      "Sudan (2019, transitional Government); 'the Sudan seeks to put an end to a dark era of regional and international "
      "isolation' = an intent to restore relations stated as a fact -> 030 asserted with no target (set 111: 'seeks to "
      "participate ... in initiatives for regional cooperation' a 030 with no target; borderline uncoded as an aim); "
      "the isolation is agentless, not coded; 'inheriting a long list of international sanctions and penalties' = a "
      "sanctions noun (guideline: 163) whose imposers are not named ('international') -> nominal 163 with no source "
      "(held-out sets: sanctions whose agent the speech never names have no source; borderline org:UNSC) to the "
      "Sudanese Government; 'the inclusion of the Sudan on the list of State sponsors of terrorism' = a designation "
      "(held-out 18/19: designations 163), its author the United States, named in the text after ('call on the "
      "United States of America to remove the Sudan's name from the list') -> nominal 163 USA/GOV -> SDN/GOV (set 115: "
      "the terrorist list to CUB/GOV; borderline bare SDN); 'inheriting' from the toppled regime is no act"),
 22: ([("stands ready to support", "0333", "ZMB/GOV", "LBR/GOV", False, A, N, False),
       ("stands ready to support", "0333", "ZMB/GOV", "SLE/GOV", False, A, N, False),
       ("stands ready to support", "0333", "ZMB/GOV", "GIN/GOV", False, A, N, False)],
      "Zambia (2014); 'stands ready to support all efforts required to defeat the disease and ensure a return to "
      "normalcy in the daily economic and social lives of our sister Republics that are directly facing the disease' "
      "= readiness stated as a fact -> 03x asserted (held-out 8: 'stands ready to engage/assist' 03x asserted), the "
      "support being for the Ebola response -> humanitarian 0333 (borderline 033, or 032 for support of efforts); the "
      "sister Republics = 'Liberia, Sierra Leone and Guinea', named in the same speech sentence before the splitter's "
      "cut at the semicolon (held-out 44/45: a part cut off by the splitter is taken from the context) -> one event "
      "per state (guideline: compound split; borderline target null); 'views the epidemic as a common challenge' is "
      "an evaluation"),
 23: ([("commend", "051", "KEN/GOV", "org:UN", False, A, N, False)],
      "Kenya (2002); 'May I also commend the efforts, courage and vision of the Secretary-General, Mr. Kofi Annan' = a "
      "performative praise -> 051 asserted (guideline: commend 051) to the Secretary-General -> org:UN (held-out 76 "
      "row 35)"),
 24: ([("committed to providing all the necessary assistance", "033", "LBY/GOV", "org:UN", False, A, N, False)],
      "Libya (2012); 'We are committed to providing all the necessary assistance to him and the Mission' = a "
      "commitment stated as a fact -> 03x asserted (held-out 46/47), assistance -> 033 (borderline 030, the host "
      "state's facilitation of a mission being cooperation rather than aid); 'him' = Tarek Mitri, the new head of the "
      "United Nations Support Mission in Libya (preceding sentence), and the Mission -> both org:UN, one event"),
 25: ([("our involvement in United Nations missions", "074", "BIH/GOV", N, False, A, N, True)],
      "Bosnia and Herzegovina (2017); 'We also see our involvement in United Nations missions as a way ... to help "
      "people in areas affected by conflicts' = the speaker's realised participation in UN peacekeeping -> nominal "
      "074 (set 146: Pakistan 'as an important participant in United Nations peace-keeping operations' a nominal 074 "
      "with no target), the missions not named in the sentence -> target null (borderline one 074 per host country "
      "named in the sentence before: SSD, CYP, AFG, COD, MLI; or org:UN); helping people is the purpose"),
 26: ([("welcomes", "051", "LUX/GOV", N, False, A, N, False)],
      "Luxembourg (2010); 'Luxembourg welcomes this renewed commitment to combat poverty' = a welcome (guideline: 051) "
      "of the commitment that 'we reiterated' at the High-level Plenary Meeting on the Millennium Development Goals "
      "(preceding sentence), 'we' meaning all states -> the committers an uncoded collective -> target null (held-out "
      "sets: welcoming a decision of an uncoded body 051 with no target; borderline org:UNGA for the Plenary Meeting, "
      "or uncoded, Luxembourg being one of the committers); the commitment itself not coded ('we' all states)"),
 27: ([("has called for", "1056", "WSM/GOV", "FRA/GOV", False, A, N, False)],
      "Samoa (1995); 'Consistently over the years Samoa, together with our regional partners, has called for a "
      "permanent end to nuclear testing, the dumping of chemical and toxic wastes and the transportation of these "
      "materials in our waters' = a habitual request (guideline: call for -> 10x), the unnamed regional partners "
      "(South Pacific Forum states) dropped as an uncoded collective; several demands take the most specific sub-code "
      "(held-out 9), an end to nuclear testing (a show of force, guideline 150) -> de-escalation 1056 (set on Nigeria "
      "1993: an appeal to refrain from nuclear testing 1056); the testing party in 'our waters' is France, named in the "
      "text after ('France proposed to resume the testing of nuclear weapons in the Pacific. We sought ... to persuade "
      "the Government of France not to do so') -> FRA/GOV (guideline: a missing participant from the context; "
      "borderline target null, as the Nigerian appeal to nuclear-weapon States never named)"),
 28: ([], "Zambia (2001): 'the ceasefire agreement in the Democratic Republic of the Congo is yet to be fully "
          "implemented' = an agreement whose parties the sentence does not name, its implementation a matter of "
          "degree (sets 132 and 135: non-implementation of agreements with no named party, and agreements that "
          "'remain to be carried out', left uncoded; borderline a negated nominal 0871 between the Lusaka parties)"),
 29: ([], "Bahrain (2009): 'These challenges represent an imminent threat' = a figurative threat (guideline), the "
          "challenges environmental and economic, no actor"),
 30: ([], "Slovakia (1993): 'it is necessary to pay attention to early warning and preventive action' = an agentless "
          "deontic about the UN's working methods, no codable behaviour between actors"),
 31: ([("has ratified the Agreement", "057", "SLB/GOV", N, False, A, N, False),
       ("submitted its instrument of ratification", "030", "SLB/GOV", N, False, A, N, False)],
      "Solomon Islands (2016); 'I am pleased to announce that Solomon Islands has ratified the Agreement and "
      "submitted its instrument of ratification two days ago' = ratifying the Paris Agreement -> 057 with no target "
      "(held-out 44/45: joining a multilateral treaty 057 with no target); submitting the instrument = depositing it, "
      "a separate 030 with no target (held-out 28/29: signing a ratification instrument 057 and depositing it a "
      "separate 030; held-out 23, 29, 110: depositing an instrument 030; borderline org:UN as depositary, or one "
      "event); 'I am pleased to announce' is the speaker's statement"),
 32: ([], "Viet Nam (2017): 'Political instability and the risk of conflicts, disasters and climate change threaten the "
          "sustainable development of all nations' = a figurative threat (guideline), no actor"),
 33: ([], "Andorra (1998): 'the stirring poem of Emma Lazarus, which ... welcomed, with a door open to hope, the "
          "persecuted and the refugee' = a poem as subject, figurative (borderline a historic 075 from the United "
          "States to refugees); 'How far we have come' is an evaluation"),
 34: ([("I welcome", "051", "LVA/GOV", "org:UNGA", False, A, N, False),
       ("I welcome", "051", "LVA/GOV", "org:UNSC", False, A, N, False),
       ("I welcome", "051", "LVA/GOV", "org:UN", False, A, N, False),
       ("regular meetings among the Presidents", "040", "org:UNGA", "org:UNSC", False, A, N, True),
       ("regular meetings among the Presidents", "040", "org:UNGA", "org:UN", False, A, N, True)],
      "Latvia (2006); 'I welcome the regular meetings among the Presidents of the General Assembly, the Security "
      "Council and the Economic and Social Council' = a welcome (guideline: 051) to each named party (held-out 48/49: "
      "welcoming dialogue 051 to each side), ECOSOC having no code of its own -> org:UN (earlier sets); the meetings = "
      "a habitual meeting noun naming its participants -> nominal 040 (held-out 36/37: welcoming talks codes the talks "
      "too), symmetric, from the first-named to each other (guideline); borderline all uncoded as a UN working-methods "
      "(reform) position, the revitalization of the Assembly being the context; 'with the aim of achieving maximum "
      "complementarity' is the purpose"),
 35: ([("We support the efforts", "051", "KEN/GOV", "TZA/CVL", False, A, N, False),
       ("to find a negotiated solution", "045", "TZA/CVL", "BDI/GOV", False, A, N, True)],
      "Kenya (1997); 'We support the efforts by Mwalimu Julius Nyerere to find a negotiated solution to the problem in "
      "that country [Burundi]' = verbal support (guideline: 051; borderline 050) of the facilitator of the Burundi "
      "talks; Nyerere, a former President of Tanzania acting as regional facilitator -> TZA/CVL (guideline: a former "
      "official -> CVL; held-out: a former Secretary-General EGY/CVL; borderline TZA/GOV), the support going to the "
      "mediator named in the sentence (borderline BDI/GOV, under the rule that support for a process goes to its "
      "named parties); his efforts to find a negotiated solution = mediation -> nominal 045 (held-out 8: mediation 045 "
      "per mediator and party), the party the speech names, President Buyoya in the next sentence -> BDI/GOV "
      "(borderline BDI/MIL for the 1996 coup government, or a second 045 to the unnamed armed factions as BDI/REB)"),
 36: ([("their demands", "100", "BOL/CVL", "BOL/GOV", False, A, N, True)],
      "Bolivia (2015, President Morales); 'some sectors are more ambitious than others, and some of their demands can "
      "be both unattainable and undesirable' = the habitual demands of the social movements' sectors on the "
      "Government that 'we have always taken decisions with' (preceding sentence) and whose 'demands' it must 'meet' "
      "(following text) -> a nominal request with its agent in the sentence, generic 100 (set 129: 'Burundians simply "
      "ask to be treated fairly' a 100 from BDI/CVL), from BOL/CVL to BOL/GOV; 'can be unattainable and undesirable' "
      "evaluates the demands and does not make them hypothetical (borderline uncoded as a generalisation about "
      "democracy, or BOL/LAB for union sectors); 'There have always been differences' is a description"),
 37: ([], "Egypt (2017): 'Let us move together to empower the people of the world ... and to explore new horizons of "
          "cooperation between members of the international community' = a hortative with 'us' meaning all states "
          "(held-out 42/43 and set 121: hortatives with 'us' meaning all leaders not coded)"),
 38: ([("support", "070", N, "GNB/GOV", False, D, N, True)],
      "Guinea-Bissau (2014); 'We need international support in order to make those steps sustainable and "
      "irreversible' = a statement of need (held-out 46/47: 'we require support from the international community' a "
      "demanded aid with no source to the speaker's government; held-out 76 row 7) -> demanded nominal 070 with no "
      "source to GNB/GOV; the steps = the defence and security sector reform of the sentence before, a domestic "
      "process not coded (borderline 062 for security-sector support)"),
 39: ([("unjustified criticism", "111", N, "org:UN", False, A, N, True)],
      "Solomon Islands (1996); 'It is difficult to persevere in the face of harsh and unjustified criticism and "
      "insufficient financial resources while engaged in the complex task of revitalizing the United Nations' = the "
      "criticism faced by the Secretary-General, the Secretariat and the UN bodies of the sentence before -> an "
      "agentless criticism noun with a named target, nominal 111 with no source to org:UN (held-out sets: agentless "
      "criticism nouns with a named target 111 with no source; set 118: 'the criticism it has been facing' 111 with no "
      "source to org:UN); 'insufficient financial resources' is a state, not an act (borderline a negated nominal 071 "
      "with no source to org:UN, as set 127's 'default ... in paying'); the revitalization is UN reform, not coded"),
 40: ([], "Mali (2014): the sentence starts at 'Kenya, Uganda, Tunisia and the Middle East' (the splitter cut after "
          "'The terrorist attacks carried out in Libya, Nigeria,'), so the attack noun lies outside it; 'represent the "
          "same serious threat to international peace and security' is a figurative threat (guideline); a fragment "
          "whose event noun was cut away is left uncoded (held-out sets; borderline a nominal 180 with no source to "
          "bare KEN, UGA and TUN)"),
 41: ([], "Algeria (2015): 'new threats posed by terrorism, organized crime, drug trafficking and human trafficking' = "
          "figurative threats (guideline: threat as risk), no named actor"),
 42: ([("to seek opportunities", "030", "SVK/GOV", "org:UN", False, A, N, False)],
      "Slovakia (1995); 'These facts have led our Government to seek opportunities for closer cooperation between the "
      "Centre [the International Centre for Family Studies in Slovakia] and the United Nations' = an intent to "
      "cooperate stated as a fact -> 030 asserted (set 111: 'seeks to participate ... in initiatives for regional "
      "cooperation' a 030), to org:UN (borderline a 102 request, the next sentence reporting the proposal for "
      "affiliating the Centre, or SVK/NGO as the cooperating party); 'These facts' (the Centre's activity) are no act"),
 # --- UNGDC 1990-2019: nocue
 43: ([], "Peru (2006): a continuation of the Government's list of domestic measures (policies for women, youth and "
          "children; civic security) = domestic policy, no act between actors"),
 44: ([], "Malawi (2018): 'We believe that inclusive and resilient economic growth is key to overcoming hunger' = a "
          "belief, no act"),
 45: ([], "Kazakhstan (1992): consumption shares of the richest and poorest 20 per cent = statistics, no act"),
 46: ([], "Denmark (2013): 'As documented in this year's United Nations Human Development Report, many developing "
          "countries are experiencing faster economic growth' = a description attributed to a report, no act"),
 47: ([], "Belarus (1996): 'Belarus now finds itself among the States with the biggest debts to the United Nations' = a "
          "state of arrears, not an act noun, explained by economic difficulties and 'the unjust distribution of United "
          "Nations expenses' (an agentless assessment question, set 120: being 'over-assessed' left uncoded); "
          "borderline a negated nominal 071 BLR/GOV -> org:UN, as set 127's 'default ... in paying their "
          "contributions', or 1221"),
 48: ([], "Belgium (2005): 'it is necessary to rebuild State institutions; disarm combatants ... organize elections' = "
          "an agentless deontic for an uncoded class of post-conflict States, null-null, not coded (borderline a "
          "demanded 0873 null -> null for the disarmament)"),
 49: ([], "Algeria (2018): 'the genuine change that we seek ... requires us to mobilize all our capabilities and "
          "efforts with a view to reforming the United Nations itself' = a UN reform position, 'us' meaning all "
          "Member States (held-out 54-61: not coded)"),
 50: ([], "Poland (2011, EU presidency): 'Archenemies have become irreplaceable friends' = a description of European "
          "reconciliation whose parties the sentence does not name (borderline a 050 between FRA/GOV and DEU/GOV from "
          "outside knowledge)"),
 51: ([], "Germany (1999): 'the Kosovo conflict also marks a change of direction in the development of international "
          "relations' = a conflict named only by place (set 131: left uncoded; borderline a nominal 190 org:NATO -> "
          "YUG, as set 131's 'timely intervention ... in Kosovo'), an evaluation"),
 52: ([], "DPRK (1998): 'New challenges ... require the United Nations to find appropriate new measures' = an abstract "
          "deontic about the Organization, no codable behaviour"),
 53: ([], "Cuba (1995): inflation reduced and economic growth = domestic economic statistics, no act between actors"),
 54: ([], "United Kingdom (1993): 'However important peace-keeping may be, successful preventive diplomacy would be "
          "better' = an evaluation of policy instruments, no actor"),
 55: ([], "Mexico (2007): the sentence starts at 'Calderon is taking action' (the splitter cut after 'the Government of "
          "President Felipe'); investment, jobs, education, medical services and social security = domestic "
          "programmes, no act between actors"),
 56: ([], "Panama (2005): 'the obstacles that impede access to basic medicines' = a description; the patents held by "
          "pharmaceutical companies appear only in the sentence after, no act in the sentence"),
}
