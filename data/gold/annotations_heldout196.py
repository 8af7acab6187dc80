"""Hand annotations for the HUNDRED-AND-NINETY-SIXTH held-out event gold set (source of events-heldout196.jsonl).

Keyed by the row index of selection-heldout196.jsonl (output of select_bulk_sentence_heldout.py 196; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout196.jsonl \\
        --annotations annotations_heldout196 --output events-heldout196.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Papua New Guinea (1994): 'my Government sees worthwhile prospects for enhancing mutually beneficial "
         "cooperation in a number of areas' in the South Pacific = an assessment of prospects, with no partner "
         "named (the region only as a place), not a stated intent (borderline a future 030 PNG/GOV with no target, "
         "as set 120's 'continuing determination to work with other Member States'); 'that have not previously "
         "received the attention they deserve' is agentless and negates attention, not an event"),
 1: ([], "Grenada (1995): 'the models suggested for economic development have not been sufficiently tested and are "
         "often ill-suited' = an evaluation of development models whose authors the sentence does not name (the "
         "multilateral institutions appear only in the next sentence's request); the agentless 'suggested' is not "
         "coded (guideline: agentless passives null; borderline a nominal 100 with no source to GRD/GOV), and 'have "
         "not been sufficiently tested' is no negated event between actors"),
 2: ([("complaints", "111", N, "org:UN", False, A, N, True),
      ("I find", "110", "BWA/GOV", N, False, A, N, False)],
     "Botswana (1997); 'the arguments and complaints from some quarters that the package does not go far enough' = "
     "criticism of the Secretary-General's 1997 reform package (the sentences before: 'as the Secretary-General "
     "himself concedes') by unnamed delegations -> agentless criticism noun with a named target, nominal 111 with "
     "no source (README: 'fallacious allegations' by 'certain quarters' a nominal 112 with no source; agentless "
     "criticism nouns with a named target are 111 with no source; set 157: 'never lacked for criticism' 111 to "
     "org:UN), the package's author -> org:UN (borderline 114, PETRARCH's COMPLAIN, which is for official "
     "complaints, or 110); 'I find [them] preposterous to say the least' = the speaker's disapproval of those "
     "complaints -> 110 (set 156: Palau's 'find this practice unacceptable' a 110 with no target; borderline 111, "
     "or an uncoded evaluation), 'some quarters' uncoded -> target null; 'It would have been the height of "
     "absurdity ... to have expected the whole reform package to be agreeable' is a counterfactual expectation, "
     "no act"),
 3: ([], "Guatemala (1995): the sentence starts at 'MINUGUA has met with difficulties' (the splitter cut after 'The "
         "implementation of some of the recommendations of'), so the recommendations noun lies outside it (README: a "
         "fragment whose act lies outside the sentence is left uncoded; borderline a nominal 100 org:UN -> GTM/GOV); "
         "'we are endeavouring to resolve these' is a domestic effort, and 'secure compliance' is compliance, not "
         "coded"),
 4: ([("terrorist attacks", "180", N, "EGY", False, A, N, True)],
     "Egypt (2005); 'the recent terrorist attacks that have struck many countries — including Egypt —' = an "
     "agentless terrorist attack noun with named victims -> nominal 180 with no source, one per victim country "
     "(README 54-61: an agentless terrorist attack is 180 with no source, one per victim country; set 156: "
     "'terrorism has continued to strike: ... in Madrid ... in Bali' one agentless 180 per victim country), only "
     "Egypt named -> bare EGY (set 124: the Abqaiq attacks a nominal 180 with no source to SAU); 'many countries' "
     "uncoded; 'Contrary to what some might have imagined' is no act"),
 5: ([], "Sierra Leone (1995): areas in the Uruguay Round Agreements 'also need to be constantly reviewed' = an "
         "agentless deontic with no codable behaviour between actors (guideline: 'comply with obligations' and the "
         "like not coded); 'do not suffer unduly' is a purpose, no negated event"),
 6: ([("express our firm support", "051", "NIC/GOV", "org:UN", False, A, N, False)],
     "Nicaragua (1990); 'we express our firm support of the World Summit for Children' -> guideline: 'express "
     "support' 051, asserted; the summit was held at United Nations Headquarters in September 1990, the speech "
     "naming no organiser -> org:UN (set 125: support for the World Food Summit went to org:FAO, its convener; set "
     "121: support for a proposed UN conference 051 to org:UN; borderline org:UNICEF, the summit's secretariat, or "
     "target null); 'any action by the United Nations today would lack purpose if it did not ...' is a generic "
     "conditional with no codable act"),
 7: ([], "Romania (2003): 'We cannot afford to do nothing simply because we do not agree on everything' = 'we' "
         "meaning all Member States (held-out 42/43: not coded); 'do not agree on everything' is no negated 057 "
         "between named parties"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Togo (1992): 'we will strive to meet the challenge in union and mutual acceptance' = the Togolese people's "
         "domestic democratic transition (sentence before), no act between coded actors (borderline a future 050 "
         "TGO/CVL -> TGO/CVL, or uncoded as resolve)"),
 9: ([("in close cooperation with", "050", "MWI/GOV", "MWI/CVL", False, A, N, True)],
     "Malawi (1999); 'the Government, in close cooperation with civil society, has embarked on highly publicized "
     "awareness campaigns' on HIV/AIDS = a cooperation noun naming its parties -> nominal 050 (README: cooperation "
     "nouns nominal 050; partnerships with civil society one 050 each; set 130: 'in close cooperation with the "
     "Secretary-General' a nominal 050), the Government -> MWI/GOV, civil society -> MWI/CVL (set 121: Ecuador's "
     "plan 'with the full involvement of civil society' a nominal 040 ECU/GOV -> ECU/CVL); borderline uncoded as a "
     "domestic programme (set 144: 'with the support of the private sector' uncoded); the awareness campaigns are "
     "domestic and the hope about behaviour optative, not coded"),
 10: ([("I have begun discussions", "040", "HTI/GOV", N, False, A, N, False)],
      "Haiti (2008, President Préval); 'I have begun discussions with some of our partners to move quickly to a "
      "thorough evaluation of new needs' after the 2008 hurricanes -> consult 040 (guideline: discuss 040), "
      "realised and under way -> asserted, the partners unnamed -> target null (set 112: Peru's 'took part in the "
      "early stages of the process' a 040 with no target); 'a comprehensive reconstruction plan, which will serve "
      "as the conductor for cooperation efforts with our country' describes the plan's future function, the "
      "partners' cooperation neither realised nor announced -> not coded (borderline a future nominal 050 or 070 "
      "with no source to HTI/GOV, as hoped-for support from uncoded parties, README)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "United Arab Emirates (1998): 'Serious steps must be taken by the United Nations to deal with this "
          "shortcoming' = a deontic whose Y ('deal with this shortcoming', the double standards on nuclear weapons) "
          "is not a codable behaviour (guideline: nothing coded); 'the threat or use of such prohibited weapons' is "
          "a risk (guideline), no act"),
 12: ([], "El Salvador (1991): 'We must give new vitality to the principles of universality and efficiency' = "
          "'we' meaning all Member States (held-out 42/43), an abstract principle, no act"),
 13: ([], "Samoa (2018): 'The leaders of the Pacific Islands Forum are committed to a vision for the Pacific' = a "
          "commitment to an abstract vision (set 137: reaffirmed commitments to the Charter and to Agenda 2063 "
          "uncoded), the Forum having no code (set 120) and no member named but the speaker (borderline a 030 "
          "WSM/GOV with no target, set 133's speaker-only rule)"),
 14: ([], "Egypt (2019): 'We must ensure a just and balanced representation in the Council' = a Security Council "
          "reform position with 'we' meaning all Member States (held-out 54-61; sets 178 and 195: a demand for "
          "Council seats uncoded; borderline a demanded 1044 with no source to org:UNSC)"),
 15: ([("The attacks of 11 September", "180", N, "USA", False, A, N, True)],
      "Cameroon (2001); 'The attacks of 11 September in the United States' = an attack noun with no agent in the "
      "sentence -> nominal 180 with no source (README: an agentless terrorist attack 180 with no source; set 115: "
      "the 11 September attacks a nominal 180 with no source to USA), the victim country named in the sentence -> "
      "bare USA; 'must prompt us to take action ... lead us to reflection' = 'we' meaning all states, not coded"),
 16: ([], "Portugal (2005): UN reforms that 'must establish a basis ... for a dialogue among civilizations ... and "
          "for a spirit of tolerance, cooperation and friendship among nations' = an inanimate subject and abstract "
          "aims with no actor (guideline: abstract policy positions), a UN reform position, not coded"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Malaysia (2012): 'At that meeting, we adopted a solemn Declaration that the rule of law shall apply to "
          "all States equally (resolution 67/1)' = 'we' meaning all Member States at the General Assembly's "
          "High-level Meeting (set 141: 'our leaders have adopted an outcome document' uncoded; set 152: Fiji's 'we "
          "adopted the CTBT' uncoded; borderline a 057 from org:UNGA with no target, or a 051 to org:UNGA)"),
 18: ([], "Cabo Verde (2015): 'I may greet ... all delegations' = a greeting (01x, not coded; set 195: greetings of a "
          "Pope); 'add our voice to all statements made here that call for the building of a better world' = "
          "joining unattributed calls whose content ('the building of a better world') is no codable behaviour and "
          "which have no addressee (README: calls with no addressee uncoded; borderline a generic 100 with no target, "
          "as set 187's 'Joins the call for united action'); 'I would ask the indulgence of the Assembly' is a "
          "courtesy formula (borderline a generic 100 CPV/GOV -> org:UNGA)"),
 19: ([("cease-fire between Iraq and Kuwait", "0871", "IRQ/GOV", "KWT/GOV", False, A, N, True),
       ("cooperation of the Iraqi authorities", "0862", "IRQ/GOV", "org:UN", False, A, "org:UN", True),
       ("no violations of the cease-fire by the Iraqi side", "196", "IRQ/GOV", "KWT/GOV", True, A, "org:UN", True),
       ("violations by the Kuwaiti forces", "196", "KWT/MIL", "IRQ/GOV", False, A, "org:UN", True)],
      "Iraq (1991); 'the cease-fire between Iraq and Kuwait' = a realised ceasefire naming its parties -> nominal "
      "0871 from the first-named (README: a realised ceasefire naming its parties is a nominal 0871 from the "
      "first-named), the topic of the reports in the speaker's own voice -> reported_by null; 'The reports of the "
      "team of observers [UNIKOM] ... attest to ...' = an attribution (guideline: 'according to X') -> the events "
      "in its complement are reported_by org:UN (README 54-61: an occupation inside 'The Secretary-General has "
      "stated ... that' reported by org:UN); 'the adherence and cooperation of the Iraqi authorities with the team' "
      "-> receive inspectors 0862, nominal, IRQ/GOV -> org:UN (set 161: 'Iraq has cooperated objectively with all "
      "the inspection teams' a 0862 to org:UN; the 'adherence' folded in; borderline 050, or 0861 since UNIKOM was "
      "an observer mission); 'there are no violations of the cease-fire by the Iraqi side' -> violate ceasefire 196 "
      "(CAMEO 196; PETRARCH: BREACH &CEASEFIRE [196]), negated (guideline: the text says the event does not "
      "happen), from the Iraqi side as a ceasefire party -> IRQ/GOV (borderline IRQ/MIL), to the other party -> "
      "KWT/GOV; 'whereas there are violations by the Kuwaiti forces' -> an asserted 196 KWT/MIL (README: '/MIL for "
      "armed forces') -> IRQ/GOV (borderline bare IRQ and KWT as targets); both reported_by org:UN, the claim the "
      "speaker attributes to the reports (README 50/51: a claim quoted is coded, reported by its author); the "
      "Secretariat's reports themselves are not coded (set 154: a report's presentation uncoded)"),
 20: ([], "Tonga (2010): 'our collective ability as States could not adequately meet the burden of global "
          "expectations in Copenhagen' = 'our' meaning all states (held-out 42/43), no negated event between named "
          "actors (borderline a negated 057 with no source); 'what little positive outcome the Copenhagen Accord "
          "represents' = an agreement among parties the sentence never names, an evaluation (set 129: agreements "
          "between unnamed parties uncoded)"),
 21: ([("welcomes the Secretary-General", "051", "BFA/GOV", "org:UN", False, A, N, False),
       ("his Plan of Action", "100", "org:UN", N, False, A, N, True),
       ("calls for a draft comprehensive convention", "102", "BFA/GOV", N, False, A, N, False)],
      "Burkina Faso (2016); 'welcomes the Secretary-General's report on his Plan of Action to Prevent Violent "
      "Extremism' -> 051 (guideline: welcome) to org:UN (README: supporting a UN plan or the Secretary-General is "
      "051 to org:UN); 'his Plan of Action', a set of recommendations to Member States with its author named -> "
      "nominal 100 from org:UN with no target (set 165: 'An Agenda for Peace' a 051 plus a nominal 100 from org:UN; "
      "set 181: the Plan of Action 'proposed by the Secretary-General' a 100 from org:UN with no target; borderline "
      "uncoded as a document's title); 'presented to the Assembly' is a report's presentation, not coded (set 154: "
      "the IPCC's report presentation uncoded); 'calls for a draft comprehensive convention on terrorism to be "
      "finalized and adopted as soon as possible' = a request (guideline: call for -> 10x) with no addressee -> "
      "target null, Y = concluding a convention -> 102 (set 192: a call for the Paris Agreement's 'ratification by "
      "all States parties' a 102 with no target; borderline 106, or uncoded as a call with no addressee, set 110)"),
 22: ([], "DPRK (2012): 'Its [the United States'] hostile policy is most deeply rooted in the military field' = an "
          "evaluative description of a policy with no behaviour verb (guideline: evaluative descriptions not coded; "
          "borderline a nominal 170 or 150 USA/GOV -> PRK/GOV); the sanctions and provocations lie in the sentence "
          "before, the war scenarios after"),
 23: ([("renewal of direct negotiations", "046", "MLI/GOV", "MLI/REB", False, A, N, True)],
      "Mauritania (2016); 'Such a courageous act paved the way to the renewal of direct negotiations between the "
      "parties to the conflict' = the Malian negotiations (the President's 2014 landing in Kidal, Mali, sentence "
      "before) -> negotiations 046 (guideline), nominal, realised (the Algiers talks of 2014-15) -> asserted; the "
      "parties to the Malian conflict = the Government and the northern armed groups, unnamed -> MLI/GOV -> MLI/REB "
      "(README: negotiating with unnamed armed groups is 046 to the country's REB; a symmetric event coded once from "
      "the first party); 'Such a courageous act' = an anaphoric event noun whose agent lies only in the sentence "
      "before, not coded (set 178: 'That attack'; set 182: 'that agreement'; borderline a nominal 045 MRT/GOV to "
      "each party, the act having brokered the May 2014 ceasefire, or a 042 to bare MLI)"),
 24: ([], "Romania (1997): 'we support measures aimed at strengthening the capacity of the United Nations in "
          "international drug control' = support for strengthening the United Nations, a UN reform position (set "
          "181: support for steps to strengthen the United Nations uncoded; borderline 051 ROU/GOV -> org:UN)"),
 25: ([], "Benin (2017): 'peace is seriously threatened and the values of freedom ... are compromised' = agentless, "
          "threats as risks (guideline), no act"),
 26: ([], "Turkey (1990): 'having close historical ties with both of the countries involved in this deplorable affair' "
          "= a relation, not an act (held-out 86: 'close ties of very long standing' a relation, not coded; "
          "borderline one 050 each to IRQ/GOV and KWT/GOV, as set 182's 'maintains long-standing friendly "
          "relations'); 'this deplorable affair' = an anaphoric event noun (Iraq's invasion of Kuwait, sentence "
          "before) with an evaluative adjective, no agent in the sentence (guideline: 'this aggression' not coded); "
          "'attaches the utmost importance to the careful fulfilment of the goals and objectives set out by the "
          "Security Council' = an attitude towards compliance with resolutions whose content the sentence does not "
          "state (held-out 'attaches great importance' rows: an attitude; set 128: measures 'recommended by this "
          "Organization' uncoded; borderline a 051 TUR/GOV -> org:UNSC, and a 100 org:UNSC -> IRQ/GOV for the goals "
          "'set out')"),
 27: ([("willingness to implement", "030", "SDN/GOV", "org:UN", False, A, N, True),
       ("proposed by the United Nations", "100", "org:UN", "SDN/GOV", False, A, N, False),
       ("cooperate with the Security Council", "030", "SDN/GOV", "org:UNSC", False, A, N, True),
       ("deserves our support", "051", "OMN/GOV", "SDN/GOV", False, A, N, False)],
      "Oman (2004); 'The Government's willingness to implement certain measures proposed by the United Nations' = "
      "the Sudanese Government (sentence before: 'In the Sudan, the Government') accepting UN proposals on Darfur "
      "-> nominal 030 SDN/GOV -> org:UN (README: accepting a request or a plan is 030; set 146: Argentina's "
      "'willingness to cooperate' a nominal 030; borderline uncoded compliance); 'proposed by the United Nations' "
      "-> a 100 from org:UN to SDN/GOV, not nominal as a participle (set 181: the Plan of Action 'proposed by the "
      "Secretary-General' a 100 from org:UN; set 143: 'Recommendations made by the Secretary-General' a nominal "
      "100); 'and to cooperate with the Security Council to implement resolution 1564 (2004)' = the same "
      "willingness with a second addressee -> one more nominal 030 SDN/GOV -> org:UNSC (guideline: one event per "
      "actor pair; borderline a single 030 to org:UN for both complements); 'deserves our support and "
      "commendation' = the speaker's own praise (set 110: 'deserve to be commended' the speaker's 051; set 127) -> "
      "one 051 OMN/GOV -> SDN/GOV, support and commendation folded; resolution 1564 is named only, not coded"),
 28: ([("advocates for", "100", "KAZ/GOV", N, False, A, N, False)],
      "Kazakhstan (2017); 'Kazakhstan advocates for the broadest possible implementation of multilateral mechanisms "
      "and instruments for combating foreign terrorist fighters and shutting down the channels of financial support "
      "for their activities' = advocacy as a request (README: 'we advocate the unconditional implementation' is a "
      "request with its sub-code), no addressee -> target null, Y = collective counter-terrorism measures with no "
      "more specific sub-code -> generic 100 (set 186: 'We call for the mustering of ... efforts' against "
      "terrorism a generic 100 with no target; set 187: 'Joins the call for united action to combat those "
      "extremists' a generic 100; borderline uncoded, as set 113's 'Calls for strict compliance by all nations'); "
      "the financial support to the fighters runs from unnamed sources to an uncoded group (null -> null), not coded"),
 29: ([("We have responded", "075", "CRI/GOV", "NIC/CVL", False, A, N, False)],
      "Costa Rica (2018); 'We have responded in an orderly, responsible and supportive manner, prioritizing the "
      "protection ... of the people' = the response to 'an increase in migratory flows and refugee applications' "
      "from Nicaragua (sentence before) -> grant asylum 075 (README: admitting refugees and offering safe haven "
      "075; set 125: Chad 'receiving the refugees' 075 to SDN/CVL; set 168: refugees 'hosted by our country' a "
      "habitual 075), the Nicaraguan migrants -> NIC/CVL (borderline 073, or uncoded as a description of the manner "
      "of a domestic policy)"),
 30: ([("fully to support the", "1054", "LCA/GOV", N, False, A, N, False),
       ("remaining sanctions", "163", N, "ZAF", False, A, N, True),
       ("called for by", "1054", "ZAF/OPP", N, False, A, N, False)],
      "Saint Lucia (1993); 'This progress allows Saint Lucia fully to support the lifting of the remaining "
      "sanctions' = support for another party's act (README: support for a release is 1053) -> a request to ease "
      "sanctions 1054, asserted, the imposers unnamed -> target null (borderline a 051 with no target, as set 172's "
      "'supports all efforts to lift' the sanctions, where the lifting was only a purpose); 'the remaining "
      "sanctions' = sanctions against South Africa whose imposers the sentence does not name -> nominal 163 with no "
      "source to bare ZAF (README: 'will now take steps to remove legally enforced sanctions' a future 085 to bare "
      "ZAF; set 185: sanctions to bare ZWE); 'as called for by Mr.' = Nelson Mandela, whose name falls after the "
      "splitter's cut while the verb lies inside -> coded from the text after (README: a fragment whose verb is in "
      "the sentence is coded from the text after the cut), his September 1993 call -> 1054 from the ANC President "
      "-> ZAF/OPP (README: the ANC of 1990 is OPP), no addressee -> target null, not nominal as a participle (set "
      "116: 'organized by' not nominal); borderline left uncoded as an agent cut by the splitter; 'This progress' "
      "(the Transitional Executive Council) is anaphoric, not coded"),
 31: ([], "Azerbaijan (2004): 'That can only be achieved through ... friendly relations and mutually beneficial "
          "cooperation among States' = an abstract principle with no actor (guideline), not coded"),
 32: ([], "Niger (2016): 'our commitment to place mankind at the centre of development' in the 2030 Agenda = 'our' "
          "meaning all states (held-out 42/43), no act"),
 33: ([("The support", "051", N, "org:UN", False, D, N, True)],
      "Switzerland (2012); 'The support of every Member State and every one of us is therefore crucial' = a "
      "statement of need for support of the United Nations (sentence before: 'It must be at the heart of "
      "international governance') -> demanded (guideline: 'needs to', 'it is important to'), nominal, political "
      "support -> 051, 'every Member State' an uncoded collective -> source null (set 183: 'Deserves the support of "
      "all Member States' a demanded 051 with no source to org:UN; set 191), to org:UN (borderline 070)"),
 34: ([("decision to hold a world", "043", "org:UN", N, False, A, N, True),
       ("welcomed by Gabon", "051", "GAB/GOV", "org:UN", False, A, N, False),
       ("an active participant", "040", "GAB/GOV", "org:UN", False, A, N, True)],
      "Gabon (1995); 'The United Nations recent decision to hold a world summit in Copenhagen devoted to social "
      "development' = the World Summit for Social Development, held in March 1995 -> convene 043 (README: "
      "host/convene 043), realised -> asserted, nominal, from org:UN with no target (set 185: 'the "
      "Secretary-General's recent high-level event' a nominal 043 org:UN; set 195: a meeting 'promoted by the "
      "United Nations' 043 with no target; borderline a future 036 read at the time of the decision); 'was welcomed "
      "by Gabon' -> the speaker's own past welcome 051 (README: the speaker's own past thanks are 051), to the "
      "decision's author as the sentence names it -> org:UN (borderline org:UNGA, README: welcoming a General "
      "Assembly decision is 051 to org:UNGA, resolution 47/92 being the Assembly's); 'which was an active "
      "participant' -> Gabon's participation in the UN summit, 040 to org:UN, nominal (set 119: the Captains "
      "Regent's 'participation' a nominal 040 to org:UNGA; set 142: 'active presence in various United Nations "
      "forums' a nominal 040 to org:UN; borderline uncoded as an agent noun, set 191)"),
 35: ([("reform plan proposed", "100", "org:UN", N, False, A, N, False),
       ("Thailand can support his proposal", "051", "THA/GOV", "org:UN", False, A, N, False)],
      "Thailand (1997); 'the reform plan proposed by the Secretary-General' = Kofi Annan's 1997 reform programme -> "
      "a 100 from org:UN with no target, not nominal as a participle (set 181: the Plan of Action 'proposed by the "
      "Secretary-General' a 100 from org:UN with no target; set 155: the Secretary-General's recommendation a "
      "nominal 100 with no target); 'requires more thorough consideration' is no act; 'Thailand can support his "
      "proposal of designating the United Nations Development Group ... to supersede the sectoral group' = support "
      "for a Secretary-General's proposal -> 051 to org:UN (README: supporting a UN plan or the Secretary-General "
      "is 051 to org:UN; set 118: Thailand supporting the Secretary-General's 'premises' a 051; set 140), 'can "
      "support' read as a present position -> asserted (borderline hypothetical, or uncoded as a UN reform "
      "position, set 118's Lesotho); 'his proposal' is the part of the same plan and folded into the one 100 "
      "(borderline a second nominal 100)"),
 36: ([("pledge our full", "032", "LIE/GOV", N, False, A, N, False)],
      "Liechtenstein (2001); 'On behalf of the Government of Liechtenstein, I wish to pledge our full support for "
      "international cooperation to combat terrorism' = an explicit pledge, performative ('wish to') -> asserted "
      "(README: an explicit intent verb stated as a fact gives a 03x asserted; a pledge of continued support is 032 "
      "asserted), support -> 032 (held-out Suriname: 'pledge our support' 032), no named partner -> target null "
      "(set 120: 'Our continuing determination to work with other Member States to fight terrorism' a nominal 030 "
      "with no target; borderline 030, or uncoded as an abstract policy position, as set 122's Brazilian support "
      "for 'increased international cooperation' against terrorism and held-out 'we support the global fight "
      "against terrorism')"),
 37: ([], "Lao PDR (2008): 'the need to substantially reinforce the development pillars of the United Nations ... "
          "enabling them to better support developing countries' = a UN reform and strengthening position (set 181: "
          "support for steps to strengthen the United Nations uncoded); the support to developing countries is a "
          "purpose (borderline a hypothetical 070 org:UN with no target)"),
 38: ([("We commend the Special Envoy", "051", "ARE/GOV", "org:UN", False, A, N, False)],
      "United Arab Emirates (2015); 'We commend the Special Envoy of the Secretary-General for Yemen' (Ismail Ould "
      "Cheikh Ahmed) -> 051 (guideline: commend), an official of the Secretary-General -> org:UN (README: "
      "supporting the Secretary-General or the High Commissioner is 051 to org:UN; set 122: welcoming Voronkov's "
      "nomination 051 to org:UN)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([("decision of this body to exclude", "125", "org:UNGA", "TWN/CVL", False, A, N, True),
       ("continue to struggle with", "110", "BLZ/GOV", "org:UNGA", False, A, N, False)],
      "Belize (2007); 'the decision of this body to exclude any true debate over the inclusion of the right of the "
      "23 million people of Taiwan to representation in this institution' = the General Assembly's refusal (on "
      "its General Committee's recommendation) to include the item on Taiwan's representation -> reject proposal "
      "to meet, discuss, negotiate 125 (guideline: an explicit refusal is REJECT; set 156: 'opted to stay away' "
      "and the 12x refusals), 'this body' -> org:UNGA, nominal, to the people whose representation was at issue -> "
      "TWN/CVL (set 139: support for 'the 21 million inhabitants of the island of Taiwan' a 051 to TWN/CVL; "
      "borderline TWN/GOV, as set 131's 'Republic of China's readmission', or BLZ/GOV among the item's sponsors; "
      "120 as a generic rejection); 'we continue to struggle with the decision' = the speaker's continuing "
      "disagreement with it -> 110 to org:UNGA (set 138: 'We are still baffled over the attitude of our "
      "traditional ally' a 110; borderline an uncoded sentiment)"),
 40: ([], "Jamaica (1995): a fragment 'Not only does the Declaration and Programme of' whose verb ('contain') lies "
          "after the splitter's cut -> not coded (README: fragments whose verb was cut away)"),
 41: ([], "Congo (1999): 'attaches particular importance to the strengthening of the role of the United Nations and "
          "to the restructuring of its main bodies' = a UN reform position and an attitude (held-out 54-61; set "
          "181), not coded"),
 42: ([], "Uruguay (1994): the Uruguay Round results 'can be described as encouraging' but 'will be meaningless "
          "unless free trade is broadened' = an evaluation with no actor, not coded"),
 43: ([], "Malta (1992): 'The second is his first annual report to the General Assembly' = a report named, "
          "submitting a report not coded (README: submitting a national report is not coded; set 154)"),
 44: ([], "Venezuela (1997): 'We have considered the various plans for reforms and watched the efforts made by the "
          "outgoing President of the General Assembly ... to achieve ... the essential changes to the system' = "
          "observation of UN reform efforts whose content (changes to the system) is no codable behaviour between "
          "actors, a UN reform topic (borderline a nominal 051 VEN/GOV -> org:UNGA for 'the efforts')"),
 45: ([], "Benin (2006): 'We hope that the new Secretary-General will be able to take the measures necessary' = an "
          "optative hope about another actor's act (README: a hope about another actor's act is not coded)"),
 46: ([("has been granted", "061", "PER/GOV", "BOL/GOV", False, A, N, False)],
      "Bolivia (1992); 'a tourism area of 5 kilometres of beach has been granted' = the Boliviamar concession under "
      "the Ilo (Mariscal de Santa Cruz) agreements 'signed with Peru' in the sentence before -> the agentless "
      "passive takes its agent from the context (guideline: 'when the document makes it plain'; README: an "
      "agentless signing takes its parties from the sentence before) -> PER/GOV to BOL/GOV; a grant of a zone for "
      "Bolivian use -> cooperate economically 061 (borderline 080 yield, or uncoded as part of the agreements' "
      "content, held-out 'a quoted treaty clause is the treaty's 057'); 'it has already been named' is agentless "
      "and no act between actors"),
 47: ([], "Sao Tome and Principe (2004): 'Taiwan has all the elements to be an active member of the main "
          "international organizations' = an evaluation and a membership position (held-out 54-61: UN admissions and "
          "membership positions uncoded), no act"),
 48: ([], "Lithuania (2015): 'the least it [the Council] can do is put an end to the use of the veto in cases of "
          "genocide ...' = a Security Council working-methods and reform position (set 141: the permanent members' "
          "demanded pledge not to use the veto uncoded, borderline a demanded 030 with no source -> org:UNSC; set "
          "178: a UN-reform call uncoded; borderline a demanded negated 129 from org:UNSC)"),
 49: ([], "Suriname (2000): globalization 'has brought about increased vulnerability' = an inanimate subject, no "
          "actor, no act"),
 50: ([], "Viet Nam (2009): 'This session of the General Assembly is taking place at a crucial juncture' = a "
          "description, no act"),
 51: ([("restore democracy", "0834", N, "MMR/CVL", False, D, N, False)],
      "Canada (2007); 'In Burma, it is imperative to restore democracy and human rights' = an agentless deontic "
      "(guideline: 'it is important to help X' -> demanded) whose Y is a codable regime change -> accede to demands "
      "for change in institutions, regime 0834, demanded, with no source (set 171: 'chemical weapons in Syria must "
      "be completely destroyed' a demanded 087 with no source; set 126: 'respect for the choice of the people of the "
      "Donbas' a demanded nominal 0833 with no source), to the people -> MMR/CVL (set 126: 'The apartheid system "
      "finally has been abolished' an agentless 0834 to ZAF/CVL); human rights folded in as the second demand (set "
      "154: one appeal with several demands coded from its first); borderline source MMR/MIL, the junta (junta "
      "rule), or uncoded as set 123's agentless 'urgent to put an end to confrontation and violence'"),
 52: ([], "Madagascar (2015): 'Commitments have been made to leave future generations a better world' = agentless "
          "commitments of all states in the 2030 Agenda (held-out 42/43: 'we' meaning all states), not coded"),
}
