"""Hand annotations for the SIXTIETH held-out event gold set (source of events-heldout60.jsonl).

Keyed by the row index of selection-heldout60.jsonl (output of select_bulk_heldout.py 60; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout60.jsonl \
        --annotations annotations_heldout60 --output events-heldout60.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Bahrain (1991): 'This ... does not mean that all possible threats of the use of force have been eliminated' "
         "= threats as a risk (guideline: figurative), agentless; 'does not mean' negates an inference, not an event"),
 1: ([], "Cameroon (1993): 'following the negotiations now under way, the obstacles to a referendum on the future "
         "status of the territory will be removed' = Western Sahara negotiations whose parties are not named in the "
         "sentence or the preceding text (guideline: event nouns without an agent; held-out 26 row 30), and an "
         "agentless hoped-for removal of obstacles; 'we have not lost hope' negates an attitude, not an event"),
 2: ([], "Tuvalu (2003): 'No longer are the developing nations willing to accept the rhetoric of those who want to "
         "impose a trade regime' = an uncoded collective (developing nations) rejecting the rhetoric of unnamed "
         "others (the Cancun trade talks), null-null, not coded (borderline 120 null -> null); the imposing is only "
         "wanted, by an unnamed 'those'"),
 3: ([("threatens", "130", "IRQ/GOV", "IRQ/CVL", False, A, N, False),
      ("supports and\nprotects terrorists", "070", "IRN/GOV", N, False, A, N, False),
      ("refuses to give up the", "1243", "LBY/GOV", N, False, A, N, False),
      ("blew up Pan Am 103", "183", N, "USA/BUS", False, A, N, False)],
     "United States (Clinton, 1996); 'As long as Iraq threatens its neighbours and its people' = a threat -> 130; the "
     "neighbours are an uncoded collective, so the compound is coded for the coded party only (held-out 2: 'Iran "
     "and its proxies'), its people -> IRQ/CVL; 'as long as Iran supports and protects terrorists' = support for "
     "unnamed terrorist groups -> 070 (held-out 2 'support for terrorism' 070; held-out 27 row 34), supporting and "
     "protecting one act per pair, the terrorists uncoded -> target null; 'as long as Libya refuses to give up the "
     "people who blew up Pan Am 103' = an explicit refusal (guideline: REJECT, negated false) to hand over the "
     "Lockerbie suspects -> decline to release persons 1243; who asked for them is not named in the document -> "
     "target null (borderline USA/GOV or org:UNSC by world knowledge); the bombing of Pan Am flight 103 = a "
     "non-military bombing -> 183 (held-out 26/27: an agentless bombing 1831/1832 with no source; here not a "
     "suicide or car bomb, so the 3-digit code), 'the people' are not identified in the document -> source null "
     "(borderline LBY/GOV, as Libyan agents by world knowledge), Pan Am, a US airline -> USA/BUS (held-out 3: a "
     "corporation USA/BUS; borderline USA/CVL for the passengers); 'as long as' presents the acts as ongoing "
     "facts -> asserted (borderline hypothetical); 'they should not become full members of the family of nations' "
     "= a deontic whose Y (membership of the 'family of nations') is figurative, not coded"),
 4: ([("deported", "174", "ISR/GOV", "PSE/CVL", False, A, N, False),
      ("displaced", "201", "ISR/GOV", "PSE/CVL", False, A, N, False),
      ("killed", "1823", "ISR/GOV", "PSE/CVL", False, A, N, False),
      ("refused to", "128", "ISR/GOV", "org:UN", False, A, N, False)],
     "Sudan (2010); 'They [the Palestinian people, preceding sentence] are deported, displaced, killed, and driven away "
     "from their homeland' = agentless passives whose agent is Israel, named in the same sentence and the subject of "
     "the document's Palestine passage (held-out 52/53: an agentless 'were killed' takes its agent from the "
     "context) -> ISR/GOV, the Palestinian people -> PSE/CVL (held-out 36/37: crimes against Palestinians "
     "ISR/GOV -> PSE/CVL); one event per code (held-out 32/33: an occupying army's acts one per code): deportation "
     "-> 174 (guideline), displacement -> mass expulsion 201 (held-out 27 row 28), 'driven away from their homeland' "
     "the same expulsion, coded once (guideline: repeated mention), killings -> 1823 (guideline; borderline 202 as "
     "killings of many civilians); habitual -> asserted; 'the United Nations has adopted numerous resolutions' = "
     "the UN's own decisions, not coded; 'that Israel has refused to implement, in clear defiance of the will of the "
     "international community' = an explicit refusal (guideline: REJECT) of unspecified resolutions, the defiance "
     "naming the act -> defy norms 128 (held-out 49 row 8: 'repudiated its obligations under the resolution' 128 "
     "to org:UNSC; held-out 34/35: a refusal to implement a resolution takes the code of what was refused, here not "
     "specified), the resolutions' author 'the United Nations' -> org:UN; 'the defiance' is the same act, coded once"),
 5: ([], "Antigua and Barbuda (2018): children 'who do not know a life without war, without bombs' = wars with no named "
         "agent; 'do not know' negates an experience, not an event; the promise of turning swords into ploughshares "
         "is figurative"),
 6: ([], "Czechoslovakia (1990): 'we do not want to see confirmed the anxieties that a part of development assistance "
         "... might be drawn off because of the needs of Central and Eastern Europe' = a hypothetical agentless "
         "diversion of aid by uncoded donors, null-null, not coded"),
 7: ([], "Mozambique (2015): 'our mission as an international community will not be complete until we use wisdom' = "
         "'we' meaning all states (held-out 42/43), abstract; meeting development targets is no act between actors"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("sponsored the three-party Beijing talks", "043", "CHN/GOV", N, False, A, N, False)],
     "China (2003); 'we initiated and sponsored the three-party Beijing talks and the first round of six-party talks' "
     "= convening and hosting talks -> 043 (guideline: host/convene), one hosting act of several meetings coded "
     "once with no target (held-out 28/29: several conferences hosted by one government one 043 with no target), "
     "as the document names none of the talks' participants (the DPRK, the US and others are not named) "
     "(borderline one 043 per participant by world knowledge); Beijing is the venue and part of the talks' name, not "
     "a metonym; 'our support for a nuclear-free Korean peninsula' is an abstract position (guideline), not coded"),
 9: ([("supports the peaceful settlement", "051", "MDA/GOV", "UKR/GOV", False, A, N, False)],
     "Moldova (2015); 'the Republic of Moldova supports the peaceful settlement of the conflict in Donbas in "
     "accordance with the Minsk agreements and respect for the sovereignty and territorial integrity of the "
     "Ukraine' = support aimed at a process goes to its named parties (held-out 8; held-out 32/33: support for a "
     "dialogue 051 to each named party); the only party named is Ukraine, whose territorial integrity the support "
     "also covers -> one 051 to UKR/GOV; the other side (the Donbas separatists or Russia) is not named in the "
     "sentence or the preceding text (held-out 26 row 10: Minsk implementation with the parties unnamed -> null); "
     "borderline target null or not coded as an abstract position (held-out 7)"),
 10: ([("visit", "042", "org:UN", "IRN", False, A, N, True),
       ("visit", "042", "org:UN", "SAU", False, A, N, True),
       ("discussions", "040", "org:UN", "IRN/GOV", False, A, N, True)],
      "Afghanistan (1991), a sentence cut by the splitter ('... with the leaders of Iran.'); 'the recent visit of the "
      "Secretary-General to Teheran and Riyadh' = a realised visit noun with its agent named -> nominal 042 from "
      "org:UN (held-out 30 row 14: the Secretary-General's visit 042 from org:UN), one per destination (held-out "
      "16/17), a visit to a city -> the bare country (held-out 12 row 2 'to Delhi' -> IND; held-out 54 row 30 'went to "
      "Iran' -> IRN); Teheran and Riyadh are places here, not metonyms; 'his discussions with the leaders of Iran' = "
      "a consultation noun naming both sides -> nominal 040 org:UN -> IRN/GOV; the hope bears on the visit's "
      "outcome, the visit itself is past ('recent') -> asserted"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Philippines (2015): Carlos P. Romulo 'who was just then elected President of the General Assembly' = an "
          "election to a UN office, internal (held-out 7), not coded; what he said about the goal of the UN is a "
          "statement (01x) with no act inside it"),
 12: ([], "Chad (2009): 'delegations at the sixty-third session deplored the food, energy and financial crises that had "
          "struck our countries' = disapproval by an uncoded collective (the Assembly's delegations) of crises, which "
          "are no actor (held-out 52/53: a 'we' that is the whole Assembly not coded); 'struck' is figurative"),
 13: ([], "Cuba (2011): 'The destabilization of a country through subversion, covert operations and economic sanctions "
          "is described, according to this doctrine, as the development of a national movement' = a generic doctrine "
          "(the NATO/US strategy of the preceding text, 'the military intervention strategy in Libya could also be "
          "applied in other cases') about an unnamed 'a country', no realised act between named actors; 'according "
          "to this doctrine' attributes a description, not an event (borderline 170/163 USA/GOV -> null, "
          "hypothetical)"),
 14: ([], "Afghanistan (1992): 'about 3,000 people were killed, and hundreds of houses were totally demolished' = "
          "victims of the Parwan flood of the preceding sentence, a natural disaster, no actor; 'According to "
          "reliable reports' has no named source"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Georgia (2001): 'The time is ripe for increased cooperation from all States and peoples of good will in this "
          "fight against terror' = a deontic ('now is the time for X to ...') whose X is an uncoded collective (all "
          "States), no named counterpart, null-null, not coded"),
 16: ([("We will devote special attention to\nnegotiations", "039", "org:OSCE", "MDA/GOV", False, F, N, False),
       ("participated in efforts to", "045", "UKR/GOV", "MDA/GOV", False, A, N, False)],
      "Ukraine (2012), speaking as the incoming OSCE Chairmanship (preceding sentences: 'We will strive to increase OSCE "
      "efficiency', 'The Ukrainian chairmanship will actively contribute') -> 'We' = org:OSCE (held-out 22/23 and "
      "36/37: the OSCE Chair-in-Office is org:OSCE; held-out 44/45: a head of state speaking as chair is the "
      "organisation); devoting special attention to the negotiations on the Transdniestria conflict, which the OSCE "
      "mediates in the 5+2 format -> future cooperative act, intent to mediate 039 future (guideline: future "
      "cooperative acts get 03x; borderline 036, or not coded as a priority statement); 'Ukraine has for many years "
      "actively participated in efforts to settle that conflict' = Ukraine as a mediator and guarantor -> 045 "
      "asserted (borderline 030); the parties: the Republic of Moldova -> MDA/GOV; the Transdniestrian side is a "
      "breakaway administration with no code (held-out 9: Nagorno-Karabakh -> null), so the compound is coded for "
      "Moldova only (held-out 2; borderline MDA/REB as a second target, like Donetsk and Luhansk UKR/REB)"),
 17: ([("support", "051", "MUS/GOV", "org:UN", False, A, N, False)],
      "Mauritius (2004); 'my delegation reiterates its support for the Settlement Plan and any other political "
      "initiative acceptable to the parties concerned' = support for the UN Settlement Plan for Western Sahara (the "
      "preceding sentence: 'the duty of this world body') -> 051 to org:UN (held-out 44/45: supporting a UN plan "
      "051 to org:UN); the other initiatives and 'the parties concerned' are unnamed, dropped; 'reiterates' = "
      "performed now, asserted"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Romania (1993): 'Our joint efforts must ... be an expression of ... solidarity' = 'our' meaning all states "
          "(held-out 42/43), a deontic with no codable Y"),
 19: ([], "Nepal (2015): 'The achievement of a binding international instrument in Paris later this year is a must' = "
          "an agentless deontic over an agreement among all states (uncoded collective), null-null, not coded "
          "(held-out 55 row 7: concluding a post-Kyoto regime in Copenhagen not coded); Paris is the venue"),
 20: ([], "Pakistan (1992): 'The international community must squarely face the challenges and seize the "
          "opportunities' = a deontic over an uncoded collective with no codable Y"),
 21: ([("must welcome", "051", N, "TWN/GOV", False, D, N, False)],
      "Solomon Islands (2015); 'The international community must welcome the interest of the Republic of China on "
      "Taiwan in participating fully ... in the proceedings of the International Civil Aviation Organization and the "
      "UNFCCC' = a deontic without a request verb -> Y coded with the addressee as source, modality demanded "
      "(guideline), the international community -> null (held-out 42/43: 'Countries such as mine require "
      "assistance' demanded with no source), welcome -> 051 (guideline), the Republic of China on Taiwan -> TWN/GOV "
      "(held-out 23 row 57); no separate REQUEST for the speaker (guideline); Taiwan's 'interest in participating' "
      "is an attitude, not coded (borderline a nominal 030 TWN/GOV -> the organisations)"),
 22: ([], "Saint Kitts and Nevis (2013): 'Our High-level Meeting of two years ago' = the UN High-level Meeting on "
          "non-communicable diseases, 'our' meaning all Member States, the Assembly's own meeting (held-out 26 row "
          "16: internal), and 'we must continue to build' is a deontic over all states; not coded"),
 23: ([], "Mozambique (2017): 'The principle of self-determination and the right to freedom should also be a reality "
          "for the Palestinian people' = an agentless deontic about a principle, no codable behaviour (guideline)"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("aggression", "190", "IRQ/GOV", "KWT", False, A, N, True),
       ("occupy", "192", "IRQ/GOV", "KWT", False, A, N, False)],
      "Kuwait (1990); 'the Iraqi aggression' = a nominal event with its agent named (guideline: 'Russia's invasion'), "
      "the preceding sentence 'the aggression by the Iraqi regime against the State of Kuwait' -> IRQ/GOV, generic "
      "'aggression' -> 190 (guideline), the country as target of an invasion -> KWT (guideline); 'a pre-meditated "
      "scheme to occupy and seize the entire State by force of arms' = the occupation that the scheme planned and "
      "that happened (preceding sentence: 'which resulted in occupation') -> occupy 192 (guideline), seizing the "
      "same act coded once, realised -> asserted (borderline future, as an intent inside 'scheme'), not nominal "
      "(infinitive verb)"),
 25: ([], "Sri Lanka (1998): 'They [the founding fathers of the UN Charter, preceding sentences] pledged to establish "
          "an environment in which international law and treaty obligations would be observed, and to promote ... "
          "progress of all peoples' = the Charter's preamble, a pledge by the founders as a whole (an uncoded "
          "collective, 'We the peoples') toward no named counterpart, not coded (borderline 030 null -> null)"),
 26: ([], "Myanmar (1992): 'The summit meeting of the Security Council on 31 January 1992 provided an historic "
          "opportunity for ... exploring ways and means of strengthening cooperation' = a body's own meeting among its "
          "members (held-out 26 row 16: internal act; held-out 55 row 45: a group's meeting among itself not coded), "
          "and the cooperation explored is abstract"),
 27: ([("welcome the admission", "051", "GNQ/GOV", "CHE/GOV", False, A, N, False),
       ("welcome the admission", "051", "GNQ/CVL", "CHE/GOV", False, A, N, False)],
      "Equatorial Guinea (2002), a sentence cut by the splitter both before ('The delegation, the people and the "
      "Government of') and after ('Confederation to full membership in the United Nations'); the subject and the "
      "object are taken from the context (held-out 44/45: a subject cut off by the splitter is taken from the "
      "context; held-out 27 row 35: an object from the following text) -> a performative welcome of a new Member -> "
      "051 (held-out 55 row 14: welcoming a new Member 051 to it), the Swiss Confederation -> CHE/GOV; a joint "
      "expression by a government and its people is one 051 each (held-out 36/37), the delegation being the "
      "Government's -> GNQ/GOV and GNQ/CVL; the admission itself is the UN's act on membership, not coded"),
 28: ([("we call for it", "100", "AND/GOV", N, False, A, N, False)],
      "Andorra (1995); 'From Andorra we proclaim peace; we call for it and, if necessary, we demand it as a universal "
      "possession' = a request verb with a vague Y (peace) and no addressee -> generic 100, target null (held-out 55 "
      "row 20: 'we urge the international community to increase its efforts to combat terrorism' 100 null; held-out "
      "39 row 25); 'if necessary, we demand it' repeats the same request, coded once (guideline: repeated mention); "
      "'proclaim' is a statement (01x); borderline not coded as a rhetorical universal call (held-out 52/53: urging "
      "Council reform with no addressee not coded); 'From Andorra' is a place"),
 29: ([("an imposed war", "190", "AGO/REB", "AGO/CVL", False, A, N, True)],
      "Zimbabwe (2000); 'the peace-loving people of Angola are victims of an imposed war that has been fomented by greed "
      "rather than grievance' = the Angolan civil war, whose agent the speaker names in the following sentence ('the "
      "embargo against UNITA'; greed = the diamond-funded war) -> UNITA under Savimbi -> AGO/REB (held-out 54 row "
      "45; held-out 30/31: a war whose agent the speaker leaves unnamed is coded to the party the document names; "
      "held-out 48/49: an event noun whose agent is plain from the text around it), war -> 190 (guideline), the "
      "people of Angola -> AGO/CVL, nominal, ongoing -> asserted; 'Like their neighbours in the Democratic Republic "
      "of the Congo' compares the DRC's people, whose war (the invasion by two unnamed neighbours, preceding text) "
      "is not stated in this sentence, not coded; borderline not coded (an event noun without an agent in the "
      "sentence)"),
 30: ([("has denounced", "111", "CRI/GOV", "NIC/GOV", False, A, N, False),
       ("violations of human rights", "175", "NIC/GOV", "NIC/OPP", False, A, N, True),
       ("we receive", "075", "CRI/GOV", "NIC/CVL", False, A, N, False)],
      "Costa Rica (2019); 'Costa Rica has denounced the violence, the disrespect and the ongoing, constant, "
      "State-sponsored violations of human rights suffered by those who oppose the Government' = 111 (guideline: "
      "denounce), aimed at the Nicaraguan State named by 'State-sponsored' and the preceding sentence ('In Nicaragua') "
      "-> NIC/GOV; the State-sponsored violations of the rights of opponents = repression with its agent named by the "
      "adjective -> nominal 175 (held-out 24/25: a government that 'responded with violence' to protests 175), NIC/GOV "
      "-> the opposition -> NIC/OPP; 'the violence' is the same repression, coded once, 'the disrespect' an "
      "evaluation; 'the number of refugees that we receive from that country' = Costa Rica receiving Nicaraguan "
      "refugees -> grant asylum 075 (held-out 22/23: welcoming refugees on a visit is 036, not 075, which is kept "
      "for asylum given), habitual -> asserted, NIC/CVL (borderline not coded as an effect, held-out 55 row 54)"),
 31: ([("We commend", "051", "SWZ/GOV", "org:UN", False, A, N, False),
       ("the close partnership", "050", "org:UN", "SWZ/CVL", False, A, N, True)],
      "Eswatini (2019); 'We commend the close partnership between the United Nations and the people of Eswatini' = "
      "praise (guideline: commend 051) aimed at a partnership goes to its named party other than the speaker's own "
      "people -> org:UN (held-out 8: support aimed at a process goes to its named parties; borderline a second 051 "
      "to SWZ/CVL); the partnership named by its parties -> nominal 050 from the first-named (held-out 24/25: a "
      "partnership between two peoples nominal 050; held-out 38/39: cooperation named by its parties nominal 050), "
      "the people of Eswatini -> SWZ/CVL; what it 'guarantees' is its effect"),
 32: ([], "Zimbabwe (2013): 'It is therefore important to fulfil the commitments made to support Africa in various "
          "international forums' = a deontic ('it is important to help X') whose Y = aid by uncoded donors to Africa as "
          "a whole, also uncoded (held-out 52 row 36), null-null, not coded; the commitments are agentless"),
 33: ([("organized by", "043", "org:UNDP", N, False, A, N, False),
       ("organized by", "043", "GBR/GOV", N, False, A, N, False)],
      "Tanzania (2009); 'the panel discussion on accelerating the implementation of the MDGs, which was organized by Ms. "
      "Helen Clark, the new Administrator of the United Nations Development Programme, together with Mr. Douglas "
      "Alexander, the United Kingdom's Secretary for International Development' = convening a meeting -> 043 "
      "(guideline: host/convene), a passive with its agents named -> not nominal, one event per organiser "
      "(guideline: compound split): Helen Clark -> org:UNDP (held-out 32/33), Douglas Alexander -> GBR/GOV; the "
      "participants are not named -> target null (held-out 28/29: hosted conferences with no target); co-organising "
      "is not coded as a separate cooperation between the two"),
 34: ([], "Denmark (1990): 'Only if this prerequisite [Member States paying their assessed contributions] is fulfilled "
          "can the United Nations meet the enormous challenges' = a conditional about the UN's capacity, no act "
          "between actors"),
 35: ([], "Philippines (2013): 'historic times call for acts of great ambition' = figurative 'call for' (held-out 53 "
          "row 34; held-out 55 row 25), no actor"),
 36: ([("We also need support", "070", N, "TUN/GOV", False, D, N, False)],
      "Tunisia (2015); 'We also need support from the international community in our efforts to suppress the threats "
      "to neighbouring countries' = a statement of need -> demanded aid with no source to the speaker's government "
      "(held-out 22/23: 'we need the support of the international community' demanded 073 with no source; held-out "
      "46/47), support for counter-terrorism efforts -> generic 070 (borderline 072 military aid); the threats "
      "posed by Daesh (preceding sentence) are figurative threats, not coded"),
 37: ([], "Switzerland (2012): 'More intensive exchanges within the United Nations and between the Organization and "
          "scientific circles, civil society and the private sector promote creativity' = a generic claim about "
          "hypothetical exchanges, no realised event (borderline 040 org:UN -> NGO/BUS, hypothetical)"),
 38: ([("persuade", "107", "org:SADC", N, False, A, N, False)],
      "Botswana (1996); 'the Heads of State and Government of southern Africa met in Luanda, Angola, in an effort to "
      "persuade all concerned to ensure the speedy implementation of the Lusaka Protocol' = the SADC leaders (the "
      "document's 'Heads of State or Government of the Southern African Development Community') -> org:SADC "
      "(held-out 26 row 7: 'The SADC countries' -> org:SADC); persuading the parties to implement the peace accord "
      "= a request to settle the dispute under an agreement -> 107 (held-out 36/37: a call to return to an "
      "agreement 107), 'all concerned' = the unnamed parties ('those who have contributed to the current stalemate', "
      "preceding sentence) -> target null (held-out 27 row 9: 'all parties concerned' -> null; borderline AGO/GOV "
      "and AGO/REB); the effort made at the summit -> asserted (borderline not coded as a purpose); the meeting "
      "among the SADC leaders themselves is not coded (held-out 55 row 45: a group's meeting among itself); Luanda "
      "is the venue"),
 39: ([("prisoners and detainees remain in Israeli", "173", "ISR/GOV", "PSE/CVL", False, A, N, False)],
      "Palestine (2010); 'thousands of Palestinian prisoners and detainees remain in Israeli jails and detention "
      "centres' = ongoing detention by Israel, the agent named by 'Israeli jails' -> 173 (guideline: detentions), "
      "ISR/GOV -> PSE/CVL (held-out 36/37), asserted; the predicate 'remain in' is verbal -> not nominal (borderline "
      "nominal, the act being named by 'detainees'); 'To all of this I must add' (before the cut) is a statement"),
 40: ([], "Turkey (1990): 'We are of the opinion that the 1972 Simla agreement and the relevant resolutions of the "
          "United Nations may be the framework for a peaceful solution' = an opinion (abstract position); the Simla "
          "agreement is named by its venue, and its parties (India and Pakistan) appear only in the preceding "
          "sentence (held-out 26 row 30: 'the 1993 Oslo agreement' not coded; borderline a nominal 057 IND/GOV -> "
          "PAK/GOV, held-out 40/41)"),
 41: ([("looks forward to the Tripoli meeting", "036", "ERI/GOV", N, False, F, N, False)],
      "Eritrea (2007); 'Eritrea looks forward to the Tripoli meeting later this month' = 'look forward to' + a meeting "
      "in which the speaker's government takes part (the preceding sentence: Eritrea will continue to support the "
      "Darfur peace process 'by working closely with all concerned parties and countries') -> 036 future (guideline; "
      "held-out 55 row 8: 'looking forward to the fourth donor meeting' 036 future, target null), the Darfur talks' "
      "participants are not named -> target null (borderline SDN/GOV); Tripoli is the venue, not a metonym; "
      "borderline not coded as optative about others' meeting (held-out 41 row 47)"),
 42: ([("I also congratulate", "051", "DJI/GOV", "org:UN", False, A, N, False),
       ("the support of Member States", "051", N, "org:UN", False, A, N, True)],
      "Djibouti (2018); congratulating Secretary-General Guterres on his initiatives -> praise 051 to org:UN "
      "(held-out 44/45: supporting the Secretary-General 051 to org:UN); 'the ambitious United Nations reform plan "
      "designed and developed with the support of Member States' = support for the Secretary-General's reform plan "
      "by all Member States (an uncoded collective) -> nominal 051 with no source to org:UN (held-out 52/53: "
      "'hailing the United Nations system' by 'so many of us' a nominal 051 with no source; borderline not coded as "
      "internal UN reform, held-out 7); the Secretary-General's initiatives to advance the agenda are internal"),
 43: ([("The attacks", "180", N, "USA", False, A, N, True),
       ("The attacks", "180", N, "ESP", False, A, N, True),
       ("The attacks", "180", N, "RUS", False, A, N, True)],
      "Central African Republic (2004); 'The attacks of 11 September 2001 in New York and Washington, 11 March 2004 in "
      "Spain and 2 September 2004 in Russia are only its [terrorism's] latest expressions' = terrorist attacks whose "
      "perpetrators are not named (only 'terrorism') -> unspecified violence by non-state groups 180 with no source "
      "(held-out 52 row 10: 'the wave of attacks perpetrated on 11 September' 180 null -> USA; held-out 53 row 8; "
      "held-out 54 row 43), the country as a whole attacked -> one event per country: USA, ESP, RUS (the Madrid train "
      "bombings and the Beslan school siege), nominal; New York and Washington are places, not metonyms; borderline "
      "not coded as event nouns without an agent (guideline)"),
 44: ([("My country thus welcomes", "051", "ATG/GOV", N, False, A, N, False)],
      "Antigua and Barbuda (1991); welcoming 'the heightened awareness displayed by several multilateral funding "
      "agencies' (of the ecological disaster, preceding sentence) = a welcome (guideline: 051), the agencies are "
      "unnamed -> target null (held-out 27 row 25: valuing the efforts of an uncoded collective 051 null); "
      "borderline not coded, the awareness being an attitude rather than an act"),
 45: ([], "Fiji (1998): 'The work being done with respect to the oceans requires the support of the international "
          "community' = a statement of need with no source, and the work's agents (the Convention's bodies or its "
          "States parties) are not named -> null-null, not coded (held-out 46/47: statements of need are demanded aid "
          "to a named recipient; here none)"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Kiribati (2018): 'We also look forward to the outcome of other reforms and reviews pertaining to the Security "
          "Council, the Human Rights Council, ...' = optative about internal UN reforms (held-out 7; held-out 41 row "
          "47), not coded"),
 47: ([], "Thailand (2006): a fragment cut by the splitter, 'Although much has been accomplished since the', no event"),
 48: ([], "Bangladesh (2018): 'We are working to provide each of our villages with urban facilities' = domestic "
          "development, no counterpart"),
 49: ([], "Kuwait (1997): the prosperity of the North and the poverty of the South = a description, no act"),
 50: ([("we owe him a debt of gratitude", "051", "ETH/GOV", "org:UNGA", False, A, N, False)],
      "Ethiopia (2015); 'we owe him a debt of gratitude for his tireless efforts' = thanks (guideline: thank 051) to "
      "the outgoing President of the General Assembly (Sam Kutesa, the 'predecessor' of the preceding sentence) -> "
      "org:UNGA (held-out 30/31: appreciation of an outgoing President of the General Assembly goes to org:UNGA); "
      "'His contribution to facilitating those processes' = the President's facilitation of the intergovernmental "
      "negotiations among Member States (an uncoded collective), internal to the Assembly, not coded (borderline a "
      "nominal 045 org:UNGA -> null)"),
 51: ([], "Saint Lucia (2010): 'Also integrated within the issue of human rights is human security' = a description, no "
          "act"),
 52: ([], "Belarus (2006): the sentence starts at '11 September 2001 have proved ...' (the splitter cut after 'The five "
          "years that have passed since'); 'the practice of crusades do not bring peace and democracy' = the "
          "interventions of unnamed 'ideologues of crusades in some capitals' (preceding text), no named agent, an "
          "evaluation; not coded"),
 53: ([], "Nepal (1996): 'The Comprehensive Nuclear-Test-Ban Treaty is only a partial fulfilment of our Treaty commitment "
          "to pursue ... the goal of the total elimination of nuclear weapons' = the NPT parties' commitment, 'our' "
          "meaning all states parties (held-out 42/43), an abstract obligation, not coded"),
 54: ([("aggression", "190", "IRQ/GOV", "KWT", False, A, N, True)],
      "Yugoslavia (1990); 'the recent Iraqi aggression against Kuwait' = a nominal event with its agent named "
      "(guideline: 'Russia's invasion') -> 190 (guideline: 'aggression' 190), IRQ/GOV -> KWT (the country as a "
      "whole, target of an invasion), realised -> asserted; 'have not yet been averted' negates the dangers' "
      "removal, not the aggression"),
 55: ([], "Honduras (1998): 'This is the century of geopolitical changes' = a description, no act"),
 56: ([], "South Africa (2008): 'We understand full well the pain, suffering and agony that conflict brings' = an "
          "attitude; the conflict has no named agent"),
 57: ([], "Samoa (1990): 'we shall be holding a national referendum to determine whether ... the people of our country "
          "now wish to adopt universal suffrage' = a domestic vote, no counterpart (held-out 44/45: a domestic "
          "matter not coded)"),
 58: ([], "Lesotho (1999): HIV/AIDS and malaria associated with maternal mortality = no actor"),
 59: ([], "Finland (2018): 'We can no longer take the rules-based order for granted' = an attitude, no act"),
}
