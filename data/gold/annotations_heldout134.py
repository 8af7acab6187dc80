"""Hand annotations for the HUNDRED-AND-THIRTY-FOURTH held-out event gold set (source of events-heldout134.jsonl).

Keyed by the row index of selection-heldout134.jsonl (output of select_bulk_sentence_heldout.py 134; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout134.jsonl \
        --annotations annotations_heldout134 --output events-heldout134.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("We send", "074", "org:UN", N, False, A, N, False)],
     "Costa Rica (2000); 'We send military observers who are unable to maintain peace' = the speaker's list of the "
     "United Nations' failings ('the United Nations has been unable to respond ... We react ... We condemn ... We "
     "convene'), so 'we' = the Organization acting through its Members -> org:UN (README set 116: 'What we in the "
     "United Nations must do' from org:UN; borderline not coded, 'we' meaning all states), a habitual deployment of "
     "observers -> peacekeeping 074 asserted, the missions' countries unnamed -> target null; 'unable to maintain "
     "peace' is an inability, not a negated event; 'because we do not provide them with the necessary resources or "
     "political support' = the Members' non-support of the Organization's own observers, no distinct target, not "
     "coded (borderline a negated 070 null -> org:UN)"),
 1: ([("severity must be shown", "170", N, "ISR/GOV", False, D, N, False),
      ("occupied territories", "192", "ISR/GOV", "PSE", False, A, N, True)],
     "Comoros (1990); 'The international community must no longer accept two sets of weights and measures' = a "
     "deontic about double standards, no act; 'the same just severity must be shown in regard to Israeli behaviour "
     "in the occupied territories' = an agentless deontic (source the uncoded international community -> null) "
     "demanding the firmness shown against Iraq's invasion of Kuwait (text before) towards Israel -> demanded "
     "generic coercion 170 to ISR/GOV (borderline 163 on the model of the Council's sanctions against Iraq, 111, or "
     "not coded as too vague); 'the occupied territories', occupier plain from 'Israeli behaviour' -> nominal 192 "
     "ISR/GOV -> bare PSE (README: 'Israeli-occupied Golan' a nominal 192; borderline not coded as an adjective); "
     "'deserves our full attention' is a sentiment"),
 2: ([("rejected", "127", "CYP/CVL", N, False, H, N, False)],
     "Cyprus (2004); 'If the people feel that their needs have not formed the basis of any solution ... then that "
     "solution will, unsurprisingly, be rejected' = a conditional rejection of a settlement plan (the Annan Plan "
     "referendum in the text before) whose agent is the people of the if-clause -> reject plan 127 (README: 'they "
     "rejected this particular Plan' 127), the Cypriot people -> CYP/CVL, hypothetical (guideline: if); the "
     "solution's authors unnamed -> target null (borderline org:UN for the Annan Plan); 'have not formed the basis' "
     "and 'dictated by the interests of third parties' are hypothetical descriptions of a plan, the third parties "
     "unnamed, not coded"),
 3: ([("did not receive the assistance", "070", N, "LBN/GOV", True, A, N, False)],
     "Lebanon (2002); 'Lebanon did not receive the assistance, provided to others, that would have enabled our "
     "farmers to live in dignity' = aid for crop substitution after the eradication of illegitimate crops (sentence "
     "before) that never came -> negated 070 (guideline: plain negation keeps the event's code), the donors unnamed "
     "-> source null, to LBN/GOV (borderline 071 economic aid, or target LBN/CVL for the farmers); 'provided to "
     "others' = aid between uncoded parties, not coded"),
 4: ([], "Uganda (1999): Africa's falling export earnings, terms of trade and debt burden = economic statistics, no "
         "actor; 'have not improved' negates a trend, not an event"),
 5: ([], "United States (Bush, 2004): 'Let history show that ... members of the United Nations did not grow weary in "
         "our duties, or waver in meeting them' = an optative wish about all Member States ('we' meaning all states, "
         "README), no act between actors; the negations bear on weariness, not on an event"),
 6: ([], "Syrian Arab Republic (2000): 'The Security Council has therefore to enforce its resolutions so that "
         "peacekeeping operations will not simply become operations to impose the status quo' = a deontic for "
         "org:UNSC whose Y, enforcing resolutions, names no target in the sentence (guideline: Y not a codable "
         "behaviour -> nothing coded; borderline a demanded 170 org:UNSC -> ISR/GOV from the Israeli occupation "
         "named in the text after); imposing the status quo is a hypothetical description"),
 7: ([], "Germany (2019): 'We do not agree with the idea that if everyone thinks only of themselves, everyone has been "
         "thought of' = disagreement with an unattributed idea, no actor (borderline a negated 051 as set 'we did "
         "not agree with their recommendations', but no author is named)"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("Serbian aggression", "190", "YUG/GOV", "BIH", False, A, N, True),
      ("cooperate closely", "030", "HRV/GOV", "BIH/GOV", False, F, N, False)],
     "Croatia (1995); 'the crisis ... its underlying cause has been and remains Serbian aggression' = a war noun with "
     "its agent in the adjective -> nominal 190 (guideline: 'aggression' 190), Serbia in 1995 part of the Federal "
     "Republic of Yugoslavia -> YUG/GOV (README: a state takes its code of the speech's date; borderline BIH/REB "
     "for the Bosnian Serb forces), the crisis being the one in neighbouring Bosnia and Herzegovina (sentence "
     "after) -> bare BIH (guideline: target of an invasion; borderline a second target HRV, or null); 'Croatia will "
     "continue to cooperate closely and coordinate its political, military and diplomatic activities with the "
     "Republic and Federation of Bosnia and Herzegovina' = a future cooperative act -> 03x future (guideline), "
     "mixed fields -> 030 (borderline 0312), the Republic and its Federation (a sub-national government, README) "
     "both -> BIH/GOV, coded once; 'on the basis of the Washington Agreements and other bilateral agreements and "
     "arrangements such as the Split Declaration' = agreements named only as the basis of cooperation, not coded "
     "(README set 122: agreements named only as a source of goals; borderline a nominal 057 HRV/GOV -> BIH/GOV); "
     "Washington is part of an agreement's name, not a metonym"),
 9: ([("forbids", "163", "USA/GOV", "CUB", False, A, N, False),
      ("tries to compel", "170", "USA/GOV", N, False, A, N, False)],
     "Cuba (1992); 'the Government in Washington' = the capital naming the government -> USA/GOV (guideline: "
     "capital metonyms -> GOV); 'forbids foreign vessels involved in any business with Cuba to enter United States "
     "ports' = the tightening of the blockade against Cuba (sentence before; the 1992 Cuban Democracy Act's port "
     "ban) -> embargo 163 (README: a US 'blockade' of Cuba 163), to bare CUB (README set 122: the embargo 163 to "
     "CUB; borderline 172 administrative sanction with target null, the vessels of unnamed third countries being "
     "what is banned); 'tries to compel corporations based in other countries to follow its anti-Cuban policy' = "
     "coercion of third-country firms -> 170, the attempt itself realised -> asserted, the corporations of unnamed "
     "countries -> target null (borderline 1042 demand of policy change); 'talking hypocritically of peace' is a "
     "statement (01x), not coded"),
 10: ([], "Argentina (2012): 'the Washington consensus, which was launched following the problems in the 1990s' = a "
          "name for a set of economic policies, not a metonym for the US government, and 'was launched' is agentless "
          "(borderline a nominal 1041/1042 from USA/GOV); discussing the problem and the default are no acts between "
          "actors"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("agree with him", "051", "CZE/GOV", "org:UN", False, A, N, False)],
      "Czech Republic (1999); 'The Secretary-General has said that humanity ... is indivisible' = a statement (01x), "
      "not coded; 'we have to wholeheartedly agree with him' = the speaker's own endorsement (the sentence before: 'I "
      "wholeheartedly agree with the Secretary-General's unequivocal statement') -> 051 (README: 'I agree with Merkel "
      "that ...' 051; set 122: 'We agree with the findings of the High-level Panel' 051 to org:UN) to org:UN, the "
      "rhetorical 'have to' read as the speaker's assent -> asserted (borderline demanded, or not coded with 'we' "
      "meaning all states)"),
 12: ([("cautiously welcomes", "051", "SLB/GOV", N, False, A, N, False)],
      "Solomon Islands (2015); 'Solomon Islands cautiously welcomes the fragile consensus reached in addressing New "
      "Caledonia's electoral issues by the Special Committee on the Noumea Accord' = a welcome (guideline: 051) of a "
      "decision of a body with no code (the signatories' committee) -> 051 with no target (README: welcoming a "
      "decision of an uncoded body 051 with no target; borderline FRA/GOV and NCL for the signatories); the "
      "consensus itself = an agreement among the committee's unnamed members, not coded (borderline a nominal 057)"),
 13: ([("cooperation", "070", "CUB/GOV", "GMB/GOV", False, A, N, True)],
      "The Gambia (2003); 'with the cooperation of a Cuban medical and health team' = Cuba's medical assistance to The "
      "Gambia's malaria control programme -> nominal 070 (README: training doctors credited to the Government of "
      "Cuba a nominal 070; borderline 050 by the cooperation-noun rule, or 073), the team sent under a state "
      "programme -> CUB/GOV (borderline CUB/CVL), the programme being the Government's -> GMB/GOV; 'according to "
      "the World Health Organization' attributes the ranking ('number one in Africa'), not the cooperation -> "
      "reported_by null (borderline org:WHO)"),
 14: ([("I thank the Secretary-General", "051", "MHL/GOV", "org:UN", False, A, N, False),
       ("stand ready to respond", "033", "org:UN", "MHL/GOV", False, A, "org:UN", False)],
      "Marshall Islands (2017); 'I thank the Secretary-General for his statement to the Chair of the Pacific Island "
      "Forum' -> 051 (guideline: thank 051) to org:UN; the statement and the quoted 'finding a solution ... is "
      "critical' are 01x, not coded; 'assuring us that relevant United Nations entities stand ready to respond to "
      "requests for assistance' = readiness to assist stated as a fact -> 033 asserted (README: 'stands ready to "
      "engage/assist' 03x asserted) from the UN entities -> org:UN to 'us' -> MHL/GOV, inside the Secretary-"
      "General's assurance -> reported_by org:UN (guideline: event in a speech verb's complement; borderline 0333 "
      "humanitarian aid)"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Bahamas (1994): 'The Group's work thus far has been positive and constructive' = an evaluation of the "
          "Open-ended Working Group on Security Council reform, and 'we trust that the momentum of its discussions "
          "will be maintained' an optative hope; a UN reform position, not coded (borderline 051 to org:UNGA)"),
 16: ([("we also welcome", "051", "NIC/GOV", "org:UN", False, A, N, False)],
      "Nicaragua (2003); the sentence opens with the page number '6' of the record; 'we also welcome the progress "
      "made during the sixth round of meetings in Vienna' = a welcome (guideline: 051) of the negotiations on the "
      "United Nations convention against corruption named in the sentence before -> org:UN (set 123: welcoming "
      "the creation of a UN body 051 to org:UN; borderline target null, as set 113's welcome of conferences whose "
      "convenors are not named); the meetings themselves have no named participants, not coded (borderline a "
      "nominal 046 null -> null); 'will provide a solid foundation' is an expected effect"),
 17: ([], "Guinea (2009): 'there will be a special programme to meet the basic needs of the population ... as well as "
          "the beginning of reform of the security and defence sectors' = the ruling junta's (CNDD) domestic "
          "programme and reforms, no act between actors (borderline a future 073 GIN/MIL -> GIN/CVL)"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Dominica (2002): 'The success of this programme should lay the basis for sustained higher growth' = an "
          "expected effect of a domestic adjustment programme, no actor"),
 19: ([], "Cambodia (2009): 'all countries and all actors should join hands to reach an agreement in Copenhagen' = a "
          "deontic for all states and an uncoded collective, null-null, not coded (README: 'we' meaning all states; "
          "borderline a demanded 057 null -> null); 'Cambodia believes' is a belief"),
 20: ([], "Slovakia (2000): 'good intentions in deploying peacekeeping operations must be supported by clearly defined "
          "and achievable mandates' = an abstract norm on peacekeeping, no actor"),
 21: ([], "Malaysia (1993): 'our deepest condolences to India for the devastating earthquake' = condolences, not coded "
          "(README: condolences and solidarity after a natural disaster not coded); the earthquake is no act"),
 22: ([], "Maldives (1996): 'we should not ignore the serious threats posed by drug traffickers, terrorists and "
          "mercenaries, particularly to small States' = threats as risks from uncoded groups to an uncoded class "
          "(guideline: figurative threat), 'we' meaning all states; 'our Organization gropes for effective "
          "mechanisms' is a description"),
 23: ([], "Lao People's Democratic Republic (1991): 'major efforts should be made and everything should be done to "
          "make this a true development decade' = agentless deontics, no actor"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("We strongly condemn", "111", "ARE/GOV", "ISR/GOV", False, A, N, False),
       ("aggression against Gaza", "190", "ISR/GOV", "PSE", False, A, N, True),
       ("destruction directed against", "1712", "ISR/GOV", "PSE/CVL", False, A, N, True),
       ("United Nations facilities", "1712", "ISR/GOV", "org:UN", False, A, N, True)],
      "United Arab Emirates (2014); 'We strongly condemn Israel's aggression against Gaza' -> 111 (guideline) to "
      "ISR/GOV; the aggression (the 2014 Gaza war) -> nominal 190 (guideline: 'aggression' 190) ISR/GOV -> bare PSE, "
      "the territory attacked (borderline PSE/REB for Hamas-ruled Gaza); 'especially the destruction directed "
      "against the civilian population and infrastructure, including some United Nations facilities' = a specific "
      "part of the aggression with its own code, its agent from the same sentence -> nominal 1712 destroy property "
      "(borderline 195 bombardment, or folded into the 190 as a repeated mention), one per victim: the civilians and "
      "infrastructure -> PSE/CVL, the UN facilities (UNRWA schools) -> org:UN (borderline 183)"),
 25: ([], "Nepal (1997): terrorism 'is a threat to the growth and functioning of democratic institutions' = a "
          "figurative threat (guideline), no actor"),
 26: ([("called for", "107", "USA/GOV", N, False, A, N, False)],
      "Palestine (2001); the sentence starts at 'Bush and other leaders' (the splitter cut after 'President George "
      "W.'), so the welcome 'We welcome the positive positions taken by' lies before the cut and is not coded "
      "(README: a verb that fell before the splitter's cut); 'Bush and other leaders who have called for the "
      "establishment of a Palestinian State' = a request (guideline: call for -> 10x) whose Y is the two-state "
      "settlement -> 107 (README: advocacy of a settlement 107; borderline 1044), Bush -> USA/GOV, the other leaders "
      "uncoded and dropped (guideline compound rule), no addressee named -> target null (borderline ISR/GOV)"),
 27: ([("sanctions", "163", "org:UNSC", "IRQ", False, A, N, True)],
      "Singapore (2003); 'In the oil-for-food debates humanitarian concerns about the consequences of sanctions were "
      "mixed with the commercial and business interests of some of the permanent members' = the Security Council's "
      "sanctions against Iraq, their agent and target plain from the text before ('the Security Council's consensus "
      "on Iraq', 'the lifting of sanctions') -> nominal 163 org:UNSC -> bare IRQ (README: sanctions imposed on Iraq "
      "with no agent in the sentence are the Council's; borderline IRQ/GOV, or not coded as a topic of debate); the "
      "debates among Council members are consultations within one body, not coded; the permanent members' "
      "interests are no act"),
 28: ([], "Cuba (1994): 'We are a mature and flexible people: civilized and faithful to agreements based on equality "
          "and sovereignty' = a self-description, no act"),
 29: ([], "Cuba (1996): 'Our own experience is the best contribution we can make as a nation' = a self-evaluation; "
          "Cuba's achievements are domestic, no act between actors"),
 30: ([("very welcome", "051", "MLI/GOV", "org:AFDB", False, A, N, False)],
      "Mali (2019); 'This AfDB initiative is therefore very welcome' = the speaker's welcome of the African "
      "Development Bank's Desert to Power initiative (sentence before) -> 051 (README set 116: 'President Clinton's "
      "decision ... is very welcome' the speaker's 051; borderline not coded as an impersonal welcome), new "
      "organisation code org:AFDB, on the model of org:ISDB and org:IDB (borderline target null); Mali's "
      "subscription to the initiative lies in the sentence before"),
 31: ([("international cooperation", "050", "GUY/GOV", "VEN/GOV", False, A, N, True)],
      "Saint Vincent and the Grenadines (2015); 'Their border dispute ... has long been constrained by the ties of "
      "brotherhood, solidarity and international cooperation' = 'Their' = Guyana and Venezuela (sentence before); "
      "their cooperation -> a cooperation noun whose parties the context names -> nominal 050 from the first-named "
      "(README: cooperation nouns naming their parties a nominal 050; borderline not coded, ties being a state of "
      "relations, as set 122's 'strengthening ties'); the border dispute itself has no CAMEO code (borderline 110)"),
 32: ([], "Sierra Leone (2019): 'Africa's demand for two permanent seats ... as well as two additional non-permanent "
          "seats, is a matter of common justice' = the Ezulwini position on Security Council reform, a UN reform "
          "position left uncoded (README set 116: the Ezulwini appeal for Security Council seats uncoded; borderline a "
          "nominal 1044 org:AU -> org:UN)"),
 33: ([("which we welcome", "051", "ALB/GOV", "org:UNSC", False, A, N, False)],
      "Albania (2013); 'the Security Council finally adopted resolution 2118 (2013), on the removal and destruction of "
      "chemical weapons in Syria, which we welcome' = a welcome (guideline: 051) of the Council's resolution -> "
      "org:UNSC (README: welcoming a UN resolution goes to the body that adopted it); the resolution's content is "
      "the object of the welcome, not coded separately (held-out precedent: commending the Council's adoption of "
      "Resolution 2719 codes the 051 only; borderline a 1056 org:UNSC -> SYR/GOV for the disarmament demand)"),
 34: ([], "Micronesia (2013): 'We continue to look to the international community for assistance' = a hope of aid "
          "from an uncoded collective, optative like 'we count on' (README: hopes about others' aid not coded; set "
          "123: 'counting upon them to support' uncoded; borderline a demanded nominal 070 null -> FSM/GOV, as a "
          "statement of need, or a 103 with no target)"),
 35: ([], "Jamaica (2006): 'Jamaica strongly supports the view that ... the need to take account of the wide "
          "disparity ... among the many members of the World Trade Organization' = support for an unattributed view "
          "on trade policy, an abstract policy position (guideline), not coded"),
 36: ([("especially welcome", "051", "IRQ/GOV", N, False, A, N, False)],
      "Iraq (2004); 'I especially welcome the upcoming conference of neighbouring countries and other friendly "
      "countries' = a welcome (guideline: 051) of a conference whose convenors are not named -> target null (README "
      "set 113; borderline EGY/GOV, the host of the Sharm el-Sheikh conference, which the speech does not name); the "
      "conference itself is a future meeting of uncoded collectives, its aim of 'empowering the Iraqi people' a "
      "purpose, not coded (borderline a future nominal 036 null -> IRQ/GOV)"),
 37: ([("Arab peace initiative", "037", "org:LAS", "ISR/GOV", False, A, N, True),
       ("would end", "0874", "ISR/GOV", "PSE", False, H, N, False),
       ("occupation of Palestine", "192", "ISR/GOV", "PSE", False, A, N, True)],
      "Jordan (2006); 'Under the Arab peace initiative' = the 2002 proposal of the 22 Arab States 'agreeing "
      "unanimously' (sentence before), the Beirut summit of the League -> a peace offer, nominal 037 org:LAS -> "
      "ISR/GOV (README set 115: the Arab leaders' 'continued pledge to embrace peace' a nominal 037 from org:LAS; "
      "borderline source null, or not coded as a framework named only as a basis); 'Israel's security would be "
      "guaranteed' = an agentless hypothetical guarantee with no CAMEO code of its own, part of the offer, not coded "
      "separately; 'the occupation of Palestine would end' = Israel's withdrawal under the plan -> hypothetical 0874 "
      "(README: 'the withdrawal of Israel from the Gaza Strip' 0874) to bare PSE; the occupation itself, its agent "
      "plain from 'Israeli occupation' in the text before, is realised -> nominal 192 ISR/GOV -> PSE asserted "
      "(README set 113: a realised occupation named inside an optative is coded); 'in accordance with United "
      "Nations resolutions' is not attribution"),
 38: ([("was sent into Albania", "180", "GRC/GOV", "ALB", False, A, N, False),
       ("killed", "1823", N, "ALB/MIL", False, A, N, False),
       ("have been smuggled", "072", "GRC/GOV", "ALB/CVL", False, A, N, False),
       ("have been recruited", "072", "GRC/GOV", "ALB/CVL", False, A, N, False)],
      "Albania (1994); the sentence continues the list of Greek acts ('Greece is emitting organized ... propaganda', "
      "sentence before), so its agentless passives take Greece as agent (README: agentless acts take their agent "
      "from the sentence before when it names one; borderline source null throughout); 'an armed band was sent into "
      "Albania' = a cross-border raid by irregulars (the April 1994 Episkopi attack) -> 180 unconventional violence "
      "GRC/GOV -> bare ALB (borderline 190); 'where it killed two Albanian army men' = the band's own act, the band "
      "having no code -> 1823 (guideline: killings of individuals) with no source (borderline GRC/GOV as the sender, "
      "or GRC/REB) to ALB/MIL; 'hundreds upon hundreds of firearms have been smuggled into Greek minority villages' "
      "= arming a group -> 072 (README: arming named groups 072), the Greek minority being Albanian citizens -> "
      "ALB/CVL; 'young Greek minority people have been recruited and sent to attend Greek military schools' = "
      "military training -> a second 072 to ALB/CVL (borderline coded once with the smuggling, or 170 against "
      "ALB/GOV); 'without the knowledge of the Albanian Government' is no negated event"),
 39: ([("we welcome", "051", "MNE/GOV", "org:EU", False, A, N, False),
       ("Union-Africa partnership", "050", "org:EU", N, False, A, N, True)],
      "Montenegro (2009); 'we welcome the European Union-Africa partnership and the efforts currently under way to "
      "find solutions to development needs' = a welcome (guideline: 051) to each named party (README: welcoming "
      "several developments 051 to each named party), Africa a continent with no code -> dropped, so one 051 to "
      "org:EU (borderline a second 051 to org:AU, the EU's counterpart in the Joint Africa-EU Strategy); the "
      "partnership = a cooperation noun naming its parties -> nominal 050 org:EU with target null (borderline "
      "org:AU); the agentless 'efforts currently under way' are not coded"),
 40: ([("we appeal", "103", "TUV/GOV", "org:UNGA", False, A, N, False)],
      "Tuvalu (2006); 'Once again we appeal to this body for help and for real action' = a request (guideline: "
      "appeal -> 10x) to the Assembly being addressed -> org:UNGA (borderline org:UN), Y = help against climate "
      "change's impacts and action -> demand aid 103, the most specific of its demands (README: a request with "
      "several demands takes the most specific sub-code; borderline generic 100)"),
 41: ([], "Fiji (2005): accountability 'can be achieved by the establishment of the much discussed Oversight "
          "Committee' = a UN reform position (README: UN reform positions uncoded), agentless"),
 42: ([("to congratulate", "051", "BRN/GOV", "org:UN", False, A, N, False)],
      "Brunei Darussalam (1997); 'I would also like to congratulate our Secretary-General on the excellent start he "
      "has made' -> 051 (guideline: praise/congratulate 051) to the Secretary-General -> org:UN, 'would like to' "
      "performative -> asserted; 'in answer to the Members' call for reform' = a request of the uncoded Members on "
      "UN reform, not coded (README: UN reform positions uncoded; borderline a nominal 1044 null -> org:UN)"),
 43: ([("was martyred", "1823", N, "PAK/OPP", False, A, N, False)],
      "Pakistan (Zardari, 2012); 'Benazir Bhutto was martyred by the bullets and bombs of terrorists' on 27 December "
      "2007 = a killing of an individual (guideline: 1823; borderline 183 for the bombing), the terrorists unnamed "
      "-> source null (README: unnamed terrorist groups have no code), Bhutto in December 2007 an opposition leader "
      "campaigning for elections -> PAK/OPP (borderline PAK/CVL); 'her life was under threat from the mindset' is a "
      "figurative threat, and 'she had warned the world against' a statement (01x), neither coded"),
 44: ([("mortar attack on Downing Street", "180", N, "GBR/GOV", False, A, N, True),
       ("assassination of Rajiv Ghandi", "1823", N, "IND/OPP", False, A, N, True)],
      "USSR (document RUS, September 1991, coded SUN/GOV as of the speech's date; no event of the speaker here); "
      "'The mortar attack on Downing Street' (February 1991, its IRA authors unnamed in the speech) -> an agentless "
      "terrorist attack, nominal 180 with no source (README: an agentless terrorist attack 180 with no source; "
      "borderline 194 for the mortars), Downing Street = the seat and metonym of the British Government, the War "
      "Cabinet being the target -> GBR/GOV (borderline bare GBR); 'the villainous assassination of Rajiv Ghandi' (May "
      "1991, LTTE unnamed) -> nominal 1823 with no source, Rajiv Gandhi then the opposition Congress leader "
      "campaigning -> IND/OPP (borderline IND/CVL); 'the bloodshed which is still going on in Nagorny Karabakh' names "
      "no party, not coded (borderline a nominal 190 AZE -> ARM inside the SUN)"),
 45: ([], "Ukraine (2000): 'We also support the immediate lifting of sanctions when there are sufficient grounds to "
          "believe that they have served their purpose' = a general conditional position on sanctions policy with "
          "no named target (the Libyan case only in the next sentence), an abstract policy position (guideline), not "
          "coded (borderline a hypothetical 1054 UKR/GOV -> org:UNSC)"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Qatar (2009): 'This new session of the General Assembly coincides with a unique international situation' = "
          "a description, no act"),
 47: ([], "Spain (2000): 'One of them persists, as a painful anachronism, in Spanish territory' = the colonial vestige "
          "(Gibraltar, named only in the sentence after), a description with no event noun (borderline a nominal 192 "
          "GBR -> ESP from 'the Rock occupied by British troops' in the next sentence)"),
 48: ([], "Argentina (2001): a fragment cut by the splitter, 'At the regional level, the countries of the' "
          "[MERCOSUR are promoting measures]; the verb lies after the cut (README: fragments whose act lies outside "
          "the sentence left uncoded)"),
 49: ([], "Cameroon (2016): 'They were harbingers of a new world of peace' = the agendas and declarations of the "
          "sentence before, a description, no act"),
 50: ([], "Haiti (2013): the Government's social programmes 'are now reaching more than 1 million Haitian people' = "
          "domestic policy, no act between actors (borderline 073 HTI/GOV -> HTI/CVL)"),
 51: ([], "Tuvalu (2011): 'We need an international mechanism to spread the burden of rebuilding' = a need for an "
          "institution, not for aid from a named or implied provider; a policy position, not coded (borderline a "
          "demanded nominal 070 null -> TUV/GOV as a statement of need)"),
 52: ([], "Belize (2013): 'By the end of the 1990s, most countries were in dire straits' = a description, no act"),
 53: ([], "Peru (2013): 'The gap marginalizing the poor ... widens by the day, robbing them of the rights' = a "
          "figurative description, no actor"),
 54: ([("organize", "036", "SYC/GOV", "ARE/GOV", False, F, N, False)],
      "Seychelles (2013); 'Seychelles is pleased to be able to organize, in partnership with the United Arab "
      "Emirates, a special high-level event to be held as part of the Abu Dhabi Sustainability Week on 21 January "
      "2014' = a future convening -> 036 future (guideline: future cooperative acts, host/convene included), its "
      "participants unnamed, so the one named counterpart, the co-organiser and host country, is the target -> "
      "ARE/GOV (borderline target null plus a nominal 050 SYC/GOV -> ARE/GOV for the partnership); Abu Dhabi is a "
      "place; 'To further mobilize reflection and action' is the purpose"),
 55: ([], "Antigua and Barbuda (2005): 'the progress we have made thus far is at risk of being wiped away' = a risk, "
          "no actor"),
 56: ([], "Togo (1991): 'The forty-sixth session of the General Assembly has opened at a very special time' = a "
          "description, the opening of a session no act between actors"),
 57: ([], "Haiti (2016): progress 'in large part thanks to the powerful and generous vision that inspired the founders "
          "of our Organization' = an evaluation; the founding is named only through 'the founders', no act"),
 58: ([], "Bulgaria (2003): 'the sole institution of multilateralism that is universal in nature is in fact "
          "irreplaceable' = an evaluation of the United Nations, no act"),
 59: ([], "Paraguay (2009): 'We the peoples of the South are paying the ... costs of climate change' = a figurative "
          "description, 'we' an uncoded collective of peoples, no act"),
}
