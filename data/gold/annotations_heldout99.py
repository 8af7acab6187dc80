"""Hand annotations for the NINETY-NINTH held-out event gold set (source of events-heldout99.jsonl).

Keyed by the row index of selection-heldout99.jsonl (output of select_bulk_heldout.py 99; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout99.jsonl \
        --annotations annotations_heldout99 --output events-heldout99.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("We urge", "1031", "ZMB/GOV", N, False, A, N, False)],
     "Zambia (2008); 'We urge the cooperating partners that have not fulfilled their commitments to do so' = a request "
     "(guideline: urge -> 10x) to the donors, an uncoded collective none of whose members is named -> target null "
     "(held-out 77 row 10: a call upon developed countries and donors to increase funding 1031 null), Y = fulfilling "
     "the official development assistance commitments (0.7 per cent target, preceding sentence) -> demand economic "
     "aid 1031; Y not coded separately (guideline); the relative clause 'that have not fulfilled their commitments' "
     "is a non-event between uncoded parties (donors -> African countries), not coded (borderline a negated 0331 "
     "null -> null)"),
 1: ([("operation against terrorists", "190", N, "AFG/REB", False, A, N, True)],
     "Pakistan (2001); 'we did not meet with success' = the failure of Pakistan's efforts to work with the Afghan "
     "(Taliban) Government to avert military action (preceding sentence); 'meet with success' is an idiom for an "
     "outcome, not a negated meeting (no negated event); 'the coalition operation against terrorists in "
     "Afghanistan continues' = the October 2001 military intervention -> nominal 190 (guideline: war/military "
     "attack 190; held-out 62 row 53: the 2001 intervention that ousted the Taliban 190 null -> AFG/REB); the "
     "'world coalition' has no member named in the document (borderline USA/GOV, README: a coalition 'led "
     "by the United States', which this text does not say) -> source null; the terrorists in Afghanistan = al Qaeda "
     "(no code) and the Taliban, AFG/REB before 15 Aug 2021 (guideline; borderline target null for al Qaeda "
     "alone)"),
 2: ([], "Iraq (2012): 'I would be remiss if I failed to speak of' is a speech act; 'the repulsive abuse directed at "
         "the great Prophet' and 'a ridiculous movie that attacked the image of our Prophet' = an insult by an "
         "unnamed film-maker, figurative (guideline: 'attack on sovereignty' figurative), no coded actor; 'the wave "
         "of violent protests that shook the Islamic world' = protests by uncoded crowds with no named target "
         "(held-out 77 row 53: a description with no named country or actor not coded; borderline a nominal 145 "
         "null -> null); 'nearly caused relations between East and West to unravel' = a counterfactual reduction of "
         "relations between uncoded collectives, not coded"),
 3: ([("We urge", "1031", "KHM/GOV", N, False, A, N, False)],
     "Cambodia (2005); 'We urge those developed countries that have not yet done so to make concrete efforts and "
     "invite them to establish timetables for achieving the target of 0.7 per cent' = a request (guideline: urge "
     "-> 10x) to an uncoded class of donors -> target null, Y = official development assistance -> demand economic "
     "aid 1031; 'invite them to establish timetables' is the same request to the same addressees with the same Y, "
     "coded once (guideline: repeated mention; borderline a second 1031); 'that have not yet done so' = a non-event "
     "of uncoded donors, not coded (borderline a negated 0331 null -> null)"),
 4: ([("emergency measures", "1724", "COL/GOV", "COL/CVL", False, A, N, True),
      ("do not restrict", "1721", "COL/GOV", "COL/CVL", True, A, N, False)],
     "Colombia (Uribe, 2002); 'Our emergency measures' = the state of internal commotion declared in August 2002 "
     "-> an event noun with its agent ('Our') -> nominal 1724 (impose state of emergency) COL/GOV -> COL/CVL "
     "(borderline not coded, the measures only being characterised); 'do not restrict human rights' = plain "
     "negation of restrictions on freedoms (guideline) -> negated 1721 to the population (held-out 11 row 36: "
     "'severely constrains' 1721 to the CVL); 'demand the observance of rules' = an inanimate requirement of the "
     "measures, not a request act (borderline 100 COL/GOV -> COL/CVL); 'to prevent explosives from continuing to "
     "be transported to assassinate people' = a purpose clause naming agentless acts of the illegal armed groups, "
     "not coded (borderline 1823 COL/REB -> COL/CVL, README: unnamed outlaw groups are the country's REB)"),
 5: ([("like to see", "1031", "TCD/GOV", N, False, A, N, False)],
     "Chad (1996); 'we would like to see increasing external assistance, so designed to help us to reach the point "
     "where we no longer need such assistance' = a politeness form of a demand for aid (held-out 83 row 32: 'we "
     "would like to see tangible assistance extended' 103 asserted, target null), the donors unnamed -> target "
     "null, Y = development aid for socio-economic development (preceding sentences) -> 1031 (borderline 103 as in "
     "held-out 83; borderline a demanded 070 null -> TCD/GOV as a statement of need, or not coded as optative)"),
 6: ([("refused to recognize each", "120", "PSE/GOV", "ISR/GOV", False, A, N, False),
      ("had met", "040", "PSE/GOV", "ISR/GOV", False, A, N, False)],
     "Burkina Faso (1993); 'two brothers, who had sprung from the same land' = the Palestinians and Israelis (the "
     "following text: 'Burkina Faso hails their mutual recognition. ... the Palestinian and Israeli leaders'), the "
     "PLO -> PSE/GOV (held-out 76 row 26) and Israel -> ISR/GOV, symmetric acts coded once from the first-named in "
     "the document (guideline); 'had until now refused to recognize each other' = an explicit refusal "
     "(guideline: REJECT, negated false), recognition having no 12x sub-code -> 120 (held-out 77 row 4: 'support "
     "or recognize' 120; borderline a negated 054, or two 120s, one per direction); 'had met' = the Arafat-Rabin "
     "meeting at the signing of 13 September 1993 -> 040 asserted; 'we heard the news' names no source -> "
     "reported_by null (guideline: 'reportedly' with no named source)"),
 7: ([], "Honduras (1999): 'calls for a reform of our Organization' = a UN reform position (README: UN reform "
         "positions left uncoded; borderline 1044 HND/GOV -> org:UN, as the earlier 'calls for' seats for Africa on the Council); the new "
         "order that 'can guarantee for all of us' is the purpose"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "India (2011): 'We will succeed if we adopt a cooperative rather than a confrontational approach' = 'we' "
         "meaning all states facing terrorism and extremism (held-out 42/43: not coded), a general conditional"),
 9: ([], "Cape Verde (1992): 'it is to be hoped that the decision of the Rio Conference to establish an "
         "inter-governmental committee to negotiate a convention on drought and desertification will be "
         "implemented' = an optative hope about an agentless implementation (held-out 7: hopes about other actors' "
         "acts not coded); the Rio Conference's decision is a conference of all states, an uncoded collective "
         "(borderline a nominal 046 future null -> null)"),
 10: ([("our support", "051", "KIR/GOV", N, False, A, N, True),
       ("the flow", "071", N, "KIR/GOV", False, F, N, True)],
      "Kiribati (2010); 'our support for the Accord' = Kiribati's association with the Copenhagen Accord after not "
      "signing it (preceding sentences) -> nominal verbal support 051 with no party named (held-out 76 row 27: "
      "support for efforts of unnamed authors 051 null; borderline 057 with no target, as joining the NPT, or not "
      "coded as joining the supporters of an initiative, README); 'will ensure the flow of urgently needed "
      "adaptation funds' = aid expected from uncoded donors (README: a support or aid expected from uncoded parties "
      "is a future 070 with no source, one per recipient) -> funds = economic aid 071 (borderline 070), future, "
      "nominal, to the speaker's government"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Poland (2011): 'we should reform the United Nations Conference on Disarmament' = a UN reform position "
          "(README: left uncoded), 'we' meaning the member states"),
 12: ([("must be allowed to leave", "0841", "IRQ/GOV", N, False, D, N, False)],
      "Norway (1990); 'All hostages and foreigners must be allowed to leave Kuwait and Iraq' = a deontic with no "
      "request verb (guideline: demanded), an agentless passive whose agent is plain from the preceding sentences "
      "('Iraq must withdraw from Kuwait'; guideline: missing participant from context) -> IRQ/GOV (borderline "
      "source null); letting hostages go -> release persons 0841 (guideline: 'Tehran should release them' 0841 "
      "demanded); the hostages and foreigners are of many nationalities, none named -> target null; the "
      "hostage-taking is an event noun without agent in the sentence, not coded"),
 13: ([("heartfelt gratitude", "051", "MDV/GOV", "org:UN", False, A, N, False)],
      "Maldives (2008); 'I should like to offer my delegation's heartfelt gratitude to Secretary-General Ban Ki-moon "
      "for his inspiring leadership' = performative thanks -> 051 asserted, the Secretary-General -> org:UN "
      "(held-out 76 row 35: commending the Secretary-General 051 org:UN)"),
 14: ([("assisted", "070", N, "DMA/GOV", False, D, N, False),
       ("assisted", "070", N, "org:OECS", False, D, N, False)],
      "Dominica (2007); 'Small States like Dominica and the rest of the States members of the Organization of the "
      "Eastern Caribbean States must be assisted to meet the various obligations' of the counter-terrorism "
      "conventions = an agentless deontic passive of aid (README: agentless demanded acts; held-out 76 row 7: "
      "statements of need demanded 070 with no source) -> demanded 070, no source, to the speaker's government and "
      "to the other OECS members, none named -> org:OECS (held-out 27 row 5 and held-out 31: the States members of "
      "the OECS -> org:OECS; borderline one event to DMA/GOV only, or 073 capacity aid)"),
 15: ([], "Slovakia (2008): 'New challenges ... should not divert our attention from old and more traditional "
          "threats' = threats as risks (guideline: figurative), no actor"),
 16: ([], "Armenia (2005): 'the United Nations must step in to fill the gap, enabling us to work together' = a vague "
          "deontic with no codable behaviour (guideline: 'comply with obligations' not coded) and 'us' meaning all "
          "states (held-out 42/43); borderline a demanded 045 org:UN -> null"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Russian Federation (1998): the UN 'is thus better equipped than any other world body to reach agreements "
          "on how to settle conflicts' = an evaluation of the Organization's capacity, no act (borderline a "
          "hypothetical 045 org:UN -> null)"),
 18: ([], "Gabon (2014): a fragment cut by the splitter after 'I want to pay tribute to the Brazzaville Forum for "
          "National Reconciliation in the' (the tribute lies before the cut); 'which concluded with the signing of a "
          "ceasefire agreement' = the July 2014 Brazzaville agreement, whose signatories (ex-Seleka and anti-balaka) "
          "the document never names (README: the welcome of an agreement codes it unless it names no party); "
          "borderline a nominal 057 or 0871 CAF/REB among themselves; Brazzaville is a place in a name, not a metonym"),
 19: ([], "Cameroon (2005): 'the summit reached a healthy consensus on the essential nature of joint actions that we "
          "need to take' = the 2005 World Summit of all states, an agreement among an uncoded collective including "
          "the speaker ('we' meaning all states, held-out 42/43); borderline a nominal 057 null -> null"),
 20: ([], "Oman (1991): 'protectionist economic policies which deny access to the markets of the rich world' = "
          "restrictions by an uncoded collective (the rich world) on uncoded developing countries, null-null, not "
          "coded (borderline 163 null -> null)"),
 21: ([("We call for the intensification", "107", "IRQ/GOV", N, False, A, N, False)],
      "Iraq (2007); 'We call for the intensification of national, Arab and international efforts to help Lebanon "
      "and its political authorities to transcend the state of division' = one request (guideline: call for -> "
      "10x) whose addressees are uncoded ('national, Arab and international' efforts) -> target null (borderline "
      "LBN/GOV for the 'national' efforts, or org:LAS), Y = helping Lebanon overcome its internal division -> "
      "demand settling of dispute 107 (README: advocacy of a settlement is 107; borderline 103 demand aid); 'to "
      "bar interference in its internal affairs' is part of Y and the interference has no named agent, not coded"),
 22: ([("assure him", "030", "NAM/GOV", "org:UNGA", False, A, N, False)],
      "Namibia (1991); 'I wish him all success' = well-wishing, not coded (README); 'assure him of my delegation's "
      "active cooperation in the execution of his duties' = an assurance of cooperation to the President of the "
      "General Assembly, Samir Shihabi (preceding sentence) -> 030 asserted to org:UNGA (held-out 12 and 23: "
      "'assure him of the full support' 030 org:UNGA)"),
 23: ([], "Moldova (2005): the internal reforms needed 'to meet the rigorous European standards' = domestic reform, "
          "no act between actors (borderline a 030 MDA/GOV -> org:EU for European integration)"),
 24: ([("support the Group of 20", "051", "CHN/GOV", "org:G20", False, A, N, False),
       ("support the Group of 20", "051", "CHN/GOV", "BRA/GOV", False, A, N, False),
       ("support the Group of 20", "051", "CHN/GOV", "RUS/GOV", False, A, N, False),
       ("support the Group of 20", "051", "CHN/GOV", "IND/GOV", False, A, N, False),
       ("support the Group of 20", "051", "CHN/GOV", "ZAF/GOV", False, A, N, False)],
      "China (2013); 'We call for a greater representation and voice for developing countries in the global "
      "governance system' = a governance reform position with no addressee (README: urging reform with no "
      "addressee not coded; borderline 1044 with target null); 'support the Group of 20, the BRICS group — Brazil, "
      "Russia, India, China and South Africa — and other emerging mechanisms' = verbal support (guideline: 051) -> "
      "org:G20 (README), and the BRICS, a group without a code, as each member the sentence names (README: "
      "the Quint rule), the speaker's own China dropped; 'other emerging mechanisms' uncoded; borderline not coded as an "
      "abstract position on global governance"),
 25: ([], "Hungary (2011): 'the concept of a green economy, which is gaining ever-greater support' = agentless "
          "support for a concept, no actor"),
 26: ([("to welcome in our midst", "051", "GMB/GOV", "LIE/GOV", False, A, N, False),
       ("to welcome in our midst", "051", "GMB/GOV", "NAM/GOV", False, A, N, False)],
      "Gambia (1990); 'Let me also use this opportunity to welcome in our midst the Principality of Liechtenstein "
      "and the Republic of Namibia' = a performative welcome of new Members -> 051 asserted, one per state "
      "(held-out 55 row 41 and held-out 60 row 27: welcoming new Members 051 per state); the admissions themselves "
      "are not coded (README)"),
 27: ([], "Croatia (1992): 'As the Secretary-General has stated' is a statement; the reported 'duty of the United "
          "Nations to support the dignity of human beings and to ensure the safety of their lives, regardless of the "
          "type of conflict' = an abstract norm for the Organization with no named beneficiary (borderline a "
          "demanded 073 or 074 org:UN -> null, reported_by org:UN)"),
 28: ([("committed more than $45 million in assistance", "071", "DNK/GOV", "PAK/GOV", False, A, N, False)],
      "Denmark (2010); 'Denmark has committed more than $45 million in assistance to Pakistan so far this year' = "
      "committed aid sums are aid (README) -> an offered sum of aid 071 (README; borderline 073 "
      "humanitarian aid, the preceding sentence naming the floods, or 0331 as a commitment), to PAK/GOV (borderline "
      "PAK/CVL)"),
 29: ([("appeals to the Assembly", "102", "PER/GOV", "org:UNGA", False, A, N, False)],
      "Peru (2005); 'Peru appeals to the Assembly not to continue to delay the adoption of a comprehensive "
      "counter-terrorism convention' = a request (guideline: appeal -> 10x) to org:UNGA, Y = adopting a convention "
      "-> 102 (held-out 72 row 26: calls to adopt conventions 102; borderline 106 as in held-out 54 row 42); the "
      "delay is part of Y, not coded separately (guideline)"),
 30: ([("supports all efforts", "051", "CZE/GOV", N, False, A, N, False)],
      "Czech Republic (2006); 'My country supports all efforts — as well as several programmes — aimed at bringing "
      "the arms trade and the use of arms under strong controls' = verbal support for efforts whose authors the "
      "sentence does not name -> 051 with target null (held-out 76 row 27 and held-out 95 row 28; borderline not "
      "coded as an abstract policy position, held-out 97 row 27)"),
 31: ([], "Morocco (2017): 'Morocco has made South-South cooperation the basis of its foreign policy' = a policy "
          "orientation with no named partner (the South an uncoded collective); the King's view is an evaluation "
          "(borderline a nominal 050 MAR/GOV -> null)"),
 32: ([("committing to support", "0333", N, "LBR/GOV", False, A, N, False),
       ("committing to support", "0333", N, "SLE/GOV", False, A, N, False),
       ("committing to support", "0333", N, "GIN/GOV", False, A, N, False)],
      "Liberia (2014); 'a chorus of leaders advocating and committing to support more robust, scaled up and urgent "
      "assistance to the affected countries' = leaders not named (uncoded) -> source null; the commitment = an "
      "intent stated as a fact (guideline: 03x asserted) to provide Ebola relief -> 0333 humanitarian aid intent, "
      "one per affected country named in the sentence before (Liberia, Sierra Leone and Guinea; README: "
      "recipients named in the sentence before) -> their GOVs (borderline CVL); 'advocating' is a call of uncoded "
      "leaders on uncoded others, null-null, not coded (borderline 1033 null -> null)"),
 33: ([("We thank them all", "051", "NAM/GOV", N, False, A, N, False),
       ("their support", "070", N, "NAM/GOV", False, A, N, True),
       ("extended", "071", N, "NAM/GOV", False, A, N, False)],
      "Namibia (1996); 'them all' = 'United Nations Member States, as well as ... specialized agencies' (preceding "
      "sentence), a group that includes an uncoded collective -> thanks 051 with target null (held-out 82 row 35 "
      "and README: thanks to a group without a code target null; borderline org:UN for the agencies); 'their "
      "support' = the implementation of the 'as if' least-developed country status that 'has aided Namibia' -> "
      "nominal 070, its agent from the thanks (README) -> null; 'having extended the \"as if\" "
      "least-developed status for an additional three years' = a grant of concessional treatment -> economic aid "
      "071 (borderline 061 economic cooperation), source null as for the thanks (borderline org:UNGA, whose "
      "resolution created the status)"),
 34: ([("commending", "051", "IDN/GOV", "org:UN", False, A, N, False)],
      "Indonesia (1997); a fragment cut by the splitter at 'our Secretary-'; the following text completes the "
      "object as 'General, Mr. Kofi Annan, for his report \"Renewing the United Nations\"' (README: a part "
      "cut off by the splitter is taken from the context) -> praise 051 to org:UN; 'I join other members' = "
      "uncoded co-actors, dropped"),
 35: ([], "Saint Vincent and the Grenadines (2016): 'Our States, as part of CARICOM, CELAC, ALBA as well as the "
          "signatories to the Petrocaribe Energy Cooperation Agreement, understand the unshakeable strength that "
          "comes from unity' = a description of memberships and an attitude, no act"),
 36: ([], "Mauritania (2009): 'The tremendous efforts undertaken during the sixty-third session of the General "
          "Assembly are praiseworthy' = an evaluative adjective, not a praise act (held-out 80 row 3: 'praiseworthy' "
          "an evaluative adjective; README: 'it is commendable to observe' an evaluation; borderline 051 "
          "MRT/GOV -> org:UNGA)"),
 37: ([("invasion", "192", "IRQ/GOV", "KWT", False, A, N, True)],
      "New Zealand (1996); 'the challenge presented by Iraq's invasion of Kuwait' = an event noun with its agent -> "
      "nominal 192 (guideline: invade 192; 'Russia's invasion'), Iraq of 1990 -> IRQ/GOV, target the country as a "
      "whole -> bare KWT (guideline); 'When my Government took office' and 'faced the challenge' are not acts "
      "between actors"),
 38: ([("was invited to participate", "043", N, "ROU/GOV", False, A, N, False)],
      "Romania (1995); 'Romania was invited to participate in the multilateral negotiations on the Middle East' = an "
      "agentless passive invitation (README: 'should be invited to participate' an agentless demanded 043; "
      "the co-sponsors of the Madrid multilateral track are not named in the document) -> 043 with no source, "
      "asserted; 'In recognition of its contribution to the positive results of that peace process' = a repeated "
      "mention of the support recalled in the preceding sentence, whose parties are unnamed, not coded (borderline "
      "a nominal 051 ROU/GOV -> null); the participation itself is not stated (borderline a 046 ROU/GOV -> null)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([("will play a constructive role", "030", "JPN/GOV", "org:UN", False, F, N, False)],
      "Japan (2006); 'As a member, Japan will play a constructive role in the Council' = the new Human Rights "
      "Council (preceding sentence) -> a future cooperative act gets 03x future (guideline), 030 to the UN body -> "
      "org:UN (README: 'will never give up working with' 030 future; borderline not coded as a membership "
      "position, README)"),
 40: ([], "Uganda (1990): 'There have been various aborted democratic processes' = agentless, no actor"),
 41: ([], "Estonia (2007): 'it is essential to establish an appropriate legal space' for cybersecurity = an "
          "abstract norm, no actor"),
 42: ([], "Serbia (2009): 'will we choose a world in which there are no rules' = a rhetorical question about a "
          "choice of all states, no act"),
 43: ([("in proposing", "1031", "FSM/GOV", N, False, A, N, False)],
      "Micronesia (2002); the splitter cut the subject after 'the Federated' (README: a subject cut off by "
      "the splitter is taken from the context) -> FSM/GOV; 'joined the other Pacific Island countries in proposing "
      "a number of umbrella initiatives that provide a framework for partnerships with developed countries to assist "
      "us in implementing sustainable development' = a proposal (PETRARCH PROPOSE -> appeal, coded 10x by the "
      "guideline) whose content is developed-country assistance to the proposers -> demand economic aid 1031, the "
      "developed countries an uncoded collective -> target null (borderline 030 for a proposal of partnerships); "
      "the other Pacific Island countries are uncoded co-actors, dropped; the assistance is Y, not coded separately"),
 44: ([("inter-Korean Summit", "040", "KOR/GOV", "PRK/GOV", False, A, N, True)],
      "Chad (2000); 'The historic inter-Korean Summit, which took place between the leaders of these countries last "
      "June' = the June 2000 Pyongyang summit, a meeting noun naming its participants -> nominal 040 (held-out 39: "
      "'third inter-Korean summit' 040 KOR/GOV -> PRK/GOV), symmetric, coded once; 'has laid the foundation for "
      "trusting relationships' is its effect, not coded"),
 45: ([], "Latvia (2019): 'Latvia's experience shows that the rule of law ... is an important catalyst' = an "
          "evaluation, no act"),
 46: ([], "Andorra (2008): the Millennium Development Goals 'seek ... to eradicate extreme poverty' and 'are a "
          "challenge to us all' = goals of a document, no actor"),
 47: ([("I express the satisfaction", "051", "GAB/GOV", "org:UNGA", False, A, N, False)],
      "Gabon (2001); the sentence starts after 'To his predecessor, Mr. Harri Holkeri of Finland,' (the addressee "
      "cut off by the splitter, taken from the context, README); 'I express the satisfaction of my delegation "
      "for the excellent work done in the course of the last session' = praise of the outgoing President of the "
      "General Assembly (README: 'We are satisfied to see that' a welcome 051) -> 051 to org:UNGA (README: "
      "tributes to a former President of the Assembly go to org:UNGA; borderline FIN/GOV)"),
 48: ([], "Australia (2008): rebuilding confidence by ensuring that central banks provide liquidity and by "
          "recapitalizing financial institutions = economic policy of unnamed governments and banks, no act between "
          "coded actors"),
 49: ([("democratic revolution", "1411", "SUN/CVL", "SUN/GOV", False, A, N, True)],
      "Netherlands (1991); 'The democratic revolution which had swept through central and eastern Europe ... has "
      "now also taken hold in the heartland of communism' = the Soviet Union, named in the preceding sentence (the "
      "failed August 1991 coup), a state of the speech's date -> SUN (README); a revolution is a nominal 1411 "
      "of the people against their government (held-out 87 row 53: 'spontaneous revolution' 1411 TUN/CVL -> "
      "TUN/GOV) -> SUN/CVL -> SUN/GOV; the central and eastern European countries are not named, not coded; "
      "borderline not coded at all, 'taken hold' describing democratisation rather than an act (held-out 30 row 52: "
      "'Revolutionary changes have taken place' not coded)"),
 50: ([], "Qatar (2019): 'many countries have begun to realize the mistake of linking terrorism to a particular "
          "religion after experiencing racially or ideologically motivated terrorist acts' = an uncoded collective's "
          "change of view; the terrorist acts have no named agent and no named victim country (borderline a nominal "
          "180 null -> null)"),
 51: ([], "Turkmenistan (2007): 'That will determine their multi-track character' = a description of pipeline "
          "projects, no act"),
 52: ([], "Paraguay (2001): 'The commission was installed on 6 November 2001, under the coordination of the Ministry "
          "for Foreign Relations' = a domestic administrative act, no act between actors"),
}
