"""Hand annotations for the TWO-HUNDRED-AND-FOURTH held-out event gold set (source of events-heldout204.jsonl).

Keyed by the row index of selection-heldout204.jsonl (output of select_bulk_sentence_heldout.py 204; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout204.jsonl \\
        --annotations annotations_heldout204 --output events-heldout204.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Ukraine (2005): 'we would like to remind representatives that ... it is only representatives of our Eastern "
         "European regional group that have never occupied that highest of posts' = holding the office of "
         "Secretary-General, not an occupation (192) or any act between actors; the negation bears on a state of "
         "affairs, no negated event; 'remind' is the speaker's statement (01x, guideline: not coded); the "
         "forthcoming election is a UN membership matter (held-out 54-61), not coded"),
 1: ([("will call on", "1013", "PLW/GOV", "org:UNGA", False, F, N, False),
      ("will call on", "1013", "MHL/GOV", "org:UNGA", False, F, N, False)],
     "Palau (2011); '[Palau and the Republic of the] Marshall Islands will call on the Assembly to seek ... an "
     "advisory opinion from the International Court of Justice on the responsibilities of States ...' = the first "
     "half of the compound subject fell before the splitter's cut and is taken from the context (README: a subject "
     "cut off by the splitter is taken from the context; set 203's ICGLR), one event per named government "
     "(guideline: compound split) -> PLW/GOV and MHL/GOV; a request (guideline: call on -> 10x) announced with "
     "'will' -> future (set 135: 'France will call on the new political authorities' one future 100 per addressee), "
     "to the General Assembly -> org:UNGA; Y = the Assembly requesting a court's legal opinion -> demand judicial "
     "cooperation 1013, the sub-code taken from Y (guideline), following the README's 1013 for calls for tribunals "
     "and legal accountability (borderline generic 100 as in set 135, or 1042); Y, the Assembly's request to "
     "org:ICJ, is not coded separately (guideline); 'ensure that activities emitting greenhouse gases ... do not "
     "damage other States' is a generic obligation of all states, no negated event"),
 2: ([], "Italy (1999): 'a world in which threats against one group immediately affect every other group ... a world "
         "in which the concept of non-interference can no longer be invoked to obstruct action in the face of "
         "serious violations of fundamental rights' = generic statements about the world with no named actor; "
         "'threats' are generic risks (guideline: figurative), 'invoked to obstruct action' agentless and generic, "
         "'no longer' bears on a norm, no negated event"),
 3: ([("assurances", "0356", N, "ISR/CVL", False, D, N, True),
      ("assurances", "0356", N, "PSE/CVL", False, D, N, True),
      ("rocket attacks", "194", N, "ISR", False, H, N, True),
      ("retaliatory strikes", "190", "ISR/GOV", "PSE", False, H, N, True)],
     "Ireland (2014); 'there must be assurances for all Israelis and Palestinians that they will not be subjected "
     "to indiscriminate violence' = a deontic with no request verb (guideline: demanded, Y coded; README: 'must be "
     "disarmed' 0873 with a null source) whose Y, a commitment not to attack, is express intent to de-escalate "
     "military engagement 0356, nominal on 'assurances', with no source because the speech names no one who is to "
     "give them (the paragraph never names Hamas or the Israeli Government), one event per people -> ISR/CVL and "
     "PSE/CVL (borderline uncoded as an agentless deontic, as set 187's 'The cycle of violence in the Middle East "
     "must end', or 030); 'will not be subjected' lies inside the assurance and is folded into it, no separate "
     "negated event; 'whether that violence comes in the form of rocket attacks targeting Israel or retaliatory "
     "strikes with devastating consequences for Gaza and its people' = the two forms the feared future violence "
     "could take -> hypothetical nominal events (set 174: France's 'renewed violence and perhaps even the "
     "resumption of war' a hypothetical nominal 190 with no source; set 131); rocket attacks -> 194, following set "
     "127's 'rocket attacks on Kabul' (borderline 195 or 190), with no source, the launchers never being named "
     "(borderline PSE/REB from outside knowledge), 'targeting Israel' -> bare ISR (guideline: the country as a "
     "whole); 'retaliatory strikes' -> 190 (guideline: 'struck' 190), their agent plain from the same sentence as "
     "the side that the rockets target and that retaliates -> ISR/GOV (README: an event noun whose agent is plain "
     "from the text around it is coded; borderline source null like the rockets, or ISR/MIL), 'consequences for "
     "Gaza and its people' -> bare PSE (set 182: a siege on Gaza 191 to bare PSE; borderline PSE/CVL); 'indiscriminate "
     "violence' is the head the two forms specify, folded in"),
 4: ([("deprived", "1621", N, "TGO/GOV", True, H, N, False)],
     "Togo (2010); 'we would have been closer to attaining them ... if we had not been deprived for far too many "
     "years of the precious help afforded by development aid' = a counterfactual negation (guideline: 'if that deal "
     "has not been signed' is negated and hypothetical; README: a counterfactual 'would not have attacked' is "
     "negated and hypothetical; set 189: 'if we had failed to counter such flagrant aggression' a negated, "
     "hypothetical 190) of being cut off from aid -> reduce or stop economic assistance 1621, development aid being "
     "economic (set 156: 'exclusion from the benefits of external concessional financing' a 1621; borderline 162), "
     "an agentless passive whose donors the speech never names (searched the text around it: only 'developed "
     "countries' in general) -> source null (guideline), to the speaker's government -> TGO/GOV; borderline an "
     "asserted 1621 for the real deprivation the counterfactual presupposes ('for far too many years'), as set 201 "
     "coded the acts presupposed by 'could not have accomplished all of that without the Organization'; 'the "
     "precious help afforded by development aid' names what was withheld and is not coded separately; 'The modest "
     "results ... could have been better' is an evaluation"),
 5: ([], "United Arab Emirates (1997): 'The first positive results achieved by globalization, development and the "
         "growth of world trade have not met the expectations of countries' = processes as subjects and an uncoded "
         "collective ('countries'), no act between actors; 'have not met the expectations' is an evaluation, no "
         "negated event"),
 6: ([("threaten", "1312", "org:UNSC", "ERI/GOV", False, A, N, False),
      ("imposing punitive measures", "163", "org:UNSC", "ERI/GOV", False, H, N, False),
      ("curbing the freedom of movement", "172", "ERI/GOV", "org:UN", False, A, "org:UNSC", False),
      ("overlooking", "111", "org:UNSC", "ETH/GOV", True, A, N, False),
      ("refusal", "127", "ETH/GOV", N, False, A, N, True)],
     "Eritrea (2006); 'Security Council resolution 1640 (2005) ... went so far as to threaten imposing punitive "
     "measures against Eritrea' = an inanimate resolution standing for the Council that adopted it (README: an "
     "inanimate resolution stands for the Council; a Security Council resolution that imposes sanctions stands for "
     "the Council) -> org:UNSC; a threat of punitive measures -> threaten to sanction 1312, asserted, and the "
     "threatened act a hypothetical 163 (guideline: a threat is asserted and the threatened act inside it "
     "hypothetical; set 140: 'will be sanctioned' a demanded 1312 plus a hypothetical 163), both to ERI/GOV "
     "(borderline bare ERI); 'ostensibly for curbing the freedom of movement of the United Nations Mission in "
     "Ethiopia and Eritrea (UNMEE)' = the ground the Council gave, which the speaker calls a pretext -> coded, "
     "reported by its author (README: a claim the speaker quotes in order to dispute it is still coded, reported by "
     "its author) -> org:UNSC; Eritrea's restrictions on a UN mission's movement -> impose administrative sanctions "
     "172 (README: visa restrictions 172; set 147: travel restrictions a 172), ERI/GOV -> org:UN (borderline 1245, "
     "declining to allow international involvement; or reported_by null, the speaker disputing only the motive); "
     "'while overlooking Ethiopia's refusal' = the Council's failure to condemn -> a negated 111 org:UNSC -> ETH/GOV, "
     "following set 197 ('has ignored ... the systematic violation' a negated 111) and set 132 ('keeping silent "
     "about the Israeli occupation' a negated 111; borderline uncoded as an evaluation of the resolution); "
     "'Ethiopia's refusal to accept unconditionally the final and binding decision of the Eritrea-Ethiopia Boundary "
     "Commission' = a refusal takes the code of what was refused (README), here an arbitral award settling the "
     "border dispute -> reject plan or agreement to settle dispute 127 (borderline 126, reject mediation, as set "
     "143's 'Nor can we accept arbitration'), nominal with its agent 'Ethiopia's'; the Boundary Commission has no "
     "code (set 172) -> target null (borderline ERI/GOV, the other party to the dispute); the Commission's "
     "'decision' and the Council's 'adopted' are not coded"),
 7: ([("refused to\nrelease", "1243", "SLE/REB", "SLE/MIL", False, A, N, False),
      ("refused to\nrelease", "1243", "SLE/REB", "GBR/MIL", False, A, N, False),
      ("negotiations", "046", N, "SLE/REB", False, A, N, True),
      ("threaten", "130", "SLE/REB", "SLE/MIL", False, A, N, False),
      ("threaten", "130", "SLE/REB", "GBR/MIL", False, A, N, False)],
     "Sierra Leone (2000); 'That group' = 'Another group of bandits, the so-called \"West Side Boys\"' (sentence "
     "before), an armed non-state group -> SLE/REB (README: unnamed outlaw groups are the country's REB; the RUF "
     "SLE/REB); 'refused to release the hostages' = an explicit refusal (guideline: REJECT, negated false) whose "
     "refused act is a release -> decline to release persons 1243 (README: a refusal takes the code of what was "
     "refused); the hostages = '1 Sierra Leone soldier and 10 British servicemen' (sentence before) -> one event "
     "per party (guideline: compound split), SLE/MIL and GBR/MIL (guideline: /MIL for armed forces); 'despite the "
     "long and patient negotiations' = an event noun whose one party, the group, is in the sentence while the "
     "negotiators are never named -> nominal 046 with no source to SLE/REB, following set 123's negotiations 'whose "
     "first-named party has no code' (borderline uncoded as an agentless event noun, or GBR/GOV from outside "
     "knowledge); 'was even beginning to threaten their lives' = a realised threat -> 130 (the PETRARCH CAMEO "
     "dictionary's default for THREATEN; borderline 1383, threaten unconventional violence), asserted, one per "
     "hostage party; the threatened killing is left implicit and not coded (set 140: a warning whose threatened act "
     "is left implicit)"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Kyrgyzstan (2014): 'We hope that the international community will provide effective assistance to "
         "Kyrgyzstan' = a hope about another actor's act, optative and not coded (README: hopes about others' aid, "
         "'we count on', 'look forward to the support of', are not coded; set 123), from an uncoded collective; "
         "borderline a future 070 with no source to KGZ/GOV, as sets 52 and 65 coded hoped-for support from uncoded "
         "parties"),
 9: ([], "Iraq (1996): 'We are quite certain that, if this participation is carried out ..., the conclusion will be "
         "reached ... that the substantive issues in this file have been resolved as required by resolution 687 "
         "(1991) and that it is now time for the implementation of paragraph 22' = a confident prediction (set 123: "
         "a hope, not coded); 'this participation' is anaphoric, the Security Council members' participation in "
         "UNSCOM's work that Iraq demands in the sentence before, whose participants the speech lists confusingly "
         "(borderline a hypothetical nominal 040 to org:UN); 'as required by resolution 687' is the Council's "
         "requirement that Iraq comply with its disarmament obligations, a Y that is not a codable behaviour "
         "(guideline: 'comply with obligations'); 'time for the implementation of paragraph 22' (the lifting of the "
         "oil embargo) lies inside the predicted conclusion (borderline a demanded nominal 085 org:UNSC -> IRQ, under "
         "the guideline's 'now is the time for X to')"),
 10: ([], "Uruguay (2010): 'It is our hope that, in 2012, a conference will be held ... in which all of the States of "
          "the Middle East will participate ... with the full support and commitment of those States that possess "
          "nuclear weapons' = an optative hope (README: hopes about other actors' acts not coded) about acts of "
          "uncoded collectives (held-out 54-61); the agentless conference is not coded (borderline a future nominal "
          "036 with no source)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Serbia (2009): 'Expansion fatigue must not emerge as a new reality in Europe' = an agentless deontic about "
          "an attitude towards EU enlargement, with no codable behaviour (guideline: a deontic whose Y is not a "
          "codable behaviour is not coded; borderline a demanded 030 org:EU -> null)"),
 12: ([], "San Marino (2011): 'the United Nations must continue to play a leading role in managing global "
          "governance' = a deontic whose Y (playing a leading role) is not a codable behaviour (guideline; held-out "
          "203 row 12's 'has a duty to lead the world'); 'believes' is a statement"),
 13: ([], "South Africa (1994): 'Out of this cauldron are also born tyrants, dictators and demagogues who not only "
          "take away or restrict the rights of the people ...' = a generalisation about an unnamed class of rulers "
          "and peoples in general, no act between named actors (set 129: a generalisation left uncoded; borderline a "
          "habitual 1721 null -> null); 'not only ... but also' is no negation"),
 14: ([], "El Salvador (1999): 'Our common destiny is linked to our hopes ...: that we should be together' = a "
          "sentiment addressed to emigrant compatriots, no act between actors"),
 15: ([], "Sao Tome and Principe (2008): 'I must remind the Assembly that the Republic of China on Taiwan is a country "
          "with a vibrant democracy' = the speaker's statement (01x, guideline: not coded) and an evaluation of "
          "Taiwan, no act; 'I must remind' is the speaker's own deontic about a speech act"),
 16: ([], "Tunisia (2013): 'We must remember that the Arab Spring ... may stumble or come to a standstill - indeed, "
          "may fail' = a reflection about a historic process, no actor and no act; 'remember' is a statement"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("agreed", "030", "FSM/GOV", N, False, A, N, False)],
      "Micronesia (1999); 'We have also agreed to work together in pursuit of regional stability and towards the "
      "well-being of our people' = said 'As Chairman of the South Pacific Forum ... on behalf of its 16 member "
      "countries' (text before) -> coded for the speaker only (set 178: speaking as South Pacific Forum Chairman "
      "codes the speaker only; set 146: the Pacific Islands Forum countries' support coded from the speaker only; "
      "the Forum has no code); an intent verb stated as a fact (guideline: 'EU leaders agreed to open negotiations' "
      "03x asserted) -> express intent to cooperate 030, asserted, the partners the other, unnamed Forum members -> "
      "target null (set 111: 'seeks to participate ... in initiatives for regional cooperation' a 030 with no "
      "target; borderline 050, or uncoded as acts among an uncoded collective)"),
 18: ([], "Nicaragua (2017): 'It is deplorable that so much poverty still persists and that inequalities are now more "
          "marked than ever' = regret of a situation, not of an act (set 177: 'it is regrettable to note' that the "
          "development picture is bleak uncoded; set 195: 'We regret the deterioration of civil order' uncoded); "
          "borderline a 110 with no target, as set 145's 'It is unfortunate that'"),
 19: ([("supports Afghanistan", "051", "KAZ/GOV", "AFG/GOV", False, A, N, False)],
      "Kazakhstan (2014); 'Kazakhstan fully supports Afghanistan's integration into the region's expanding network "
      "of trade, energy and transportation links' = verbal support (guideline: 'express support' 051) for a named "
      "country's process -> 051 to AFG/GOV, following set 133 (support for 'Turkey's European perspective' a 051 to "
      "TUR/GOV; borderline bare AFG, as set 122's support for Georgia's territorial integrity, or 070 as material "
      "backing); the integration itself is a process with no act or partner named, not coded (borderline a nominal "
      "061 with no target)"),
 20: ([("We support the work", "051", "BLR/GOV", "org:IAEA", False, A, N, False)],
      "Belarus (2004); 'We support the work of the International Atomic Energy Agency to implement a nuclear "
      "non-proliferation regime and to strengthen nuclear and radiation security' = verbal support (guideline: 051) "
      "of a named organisation's work -> 051 to org:IAEA (README: supporting a UN plan, the Secretary-General or the "
      "High Commissioner is 051 to org:UN); the Agency's work is a mandate description with no counterpart, not "
      "coded"),
 21: ([("support the holding", "106", "BOL/GOV", N, False, A, N, False)],
      "Bolivia (1995); 'the nations of the Americas support the holding of a world conference to take stock of the "
      "situation ... in the struggle against ... narcotics' = an uncoded collective of which the speaker is plainly "
      "one ('In that context, Bolivia actively advocates the holding ... of a second international conference', "
      "sentence after) -> coded for the speaker only (set 133: 'We nations of South America'; held-out 203 row 4; "
      "borderline source null for the uncoded collective); support for convening an unattributed conference -> "
      "demand meeting 106 with no target (set 152: Tunisia's call for the Information Society summit a 106 with no "
      "target; set 184: support for an unattributed call for an international discussion the speaker's 106 with no "
      "target; borderline uncoded as an abstract position, as an early set's support for 'the start of "
      "negotiations', or target org:UN); the conference itself is not coded"),
 22: ([], "Paraguay (2016): 'pandemics threaten our planet' = a risk (guideline: figurative 'threat'), and the effects "
          "of climate change and pollution have no actor"),
 23: ([("signing the Lisbon", "057", "KAZ/GOV", N, False, A, N, False),
       ("undertook to accede", "030", "KAZ/GOV", N, False, A, N, False)],
      "Kazakhstan (1993); 'After signing the Lisbon Protocol of 23 May 1992, the Republic of Kazakhstan, along with "
      "other States successors to the USSR' = a signed agreement (README: agreements concluded 057), the other "
      "signatories never named (the other successor states unnamed, the United States not mentioned) -> 057 "
      "KAZ/GOV with no target (README: an alliance 'signed in 1994' that names no other signatory a 057 with no "
      "target; set 154: the one signatory the sentence names), realised in a temporal clause -> asserted; 'was "
      "recognized as a party to the START I Treaty' = an agentless passive conferring treaty status, not coded "
      "(borderline a 054 null -> KAZ/GOV); 'undertook to accede to the non-proliferation Treaty as a non-nuclear "
      "State' = an intent stated as a fact -> 030 asserted with no target (set 150: France's and China's 'declared "
      "their intention to accede' to the NPT asserted 030s with no target; held-out 203 row 28; borderline 057 with "
      "no target, or future)"),
 24: ([("call for", "102", "NGA/GOV", N, False, A, N, False)],
      "Nigeria (2006); 'We also call for a comprehensive and legally binding global arms trade treaty' = a request "
      "(guideline: call for -> 10x) with no addressee -> target null (set 195: 'we call for an end to violence' "
      "with no addressee coded with no target; held-out 203 row 34), Y = a new multilateral treaty -> 102, following "
      "set 180's 'We will continue to advocate for a legally binding treaty' a future 102 with no target (borderline "
      "1042, or uncoded as a call with no addressee, sets 110 and 125); the treaty is not coded separately"),
 25: ([("rejects the criminalization", "120", "SLV/GOV", N, False, A, N, False)],
      "El Salvador (2018); 'El Salvador rejects the criminalization of migrants' = an explicit REJECT verb "
      "(guideline) -> 120, the criminalization agentless and set among unnamed 'destination societies' -> target "
      "null (set 148: 'we reject the tackling of this phenomenon using double standards' a 120 with no target; "
      "held-out 203 row 29; borderline USA/GOV, the destination the text around it names, or uncoded as a policy "
      "stance); the criminalization itself has no agent in the sentence and is not coded (borderline a nominal 173 "
      "USA/GOV -> SLV/CVL)"),
 26: ([], "Cameroon (1998): 'Poverty is today the most serious threat to human dignity' = a risk (guideline: "
          "figurative 'threat'), no actor"),
 27: ([("We welcome", "051", "DJI/GOV", "ETH/GOV", False, A, N, False),
       ("We welcome", "051", "DJI/GOV", "ERI/GOV", False, A, N, False),
       ("rapprochement", "050", "ETH/GOV", "ERI/GOV", False, A, N, True)],
      "Djibouti (2018); 'We welcome the rapprochement between Ethiopia and Eritrea' = a welcome (guideline: 051) of "
      "a development between named parties -> one 051 to each (README: welcoming several developments is 051 to "
      "each named party, the developments coded too), ETH/GOV and ERI/GOV; 'the rapprochement between Ethiopia and "
      "Eritrea' = a realised normalisation naming its parties -> nominal 050 from the first-named (README: the "
      "Saudi-Iranian normalization a nominal 050; set 179: the Mano River Union's 'rapprochement' a nominal 050); "
      "'which ended two decades of neither war nor peace and inaugurated a new era of peace, friendship and "
      "cooperation between the two countries' describes the same rapprochement's results and is folded into it "
      "(README: the two Koreas' rapprochement, summit and joint declaration coded once each; borderline a second "
      "nominal 050 for 'cooperation between the two countries', or a nominal 0871/057 for the July 2018 peace "
      "declaration)"),
 28: ([], "Haiti (2017): 'I call for an increase in insurance coverage for hurricanes and other natural disasters' = "
          "a call with no addressee whose Y, more insurance cover, is a financial product and not a behaviour "
          "between political actors (set 150: Kenya's 'investments' demanded of the international community "
          "uncoded; calls with no addressee uncoded, sets 110 and 125); borderline a 1031 HTI/GOV -> null, as held-out "
          "203 row 34 coded a call for market access"),
 29: ([("reiterates its commitment", "030", "TUN/GOV", N, False, A, N, False),
       ("seek to further", "0311", "TUN/GOV", N, False, A, N, False)],
      "Tunisia (2019); 'Tunisia reiterates its commitment to developing cooperation and partnership on the "
      "continent' = a commitment stated as a fact (README: commitments stated as facts are asserted 03x) -> express "
      "intent to cooperate 030, the African partners unnamed -> target null (set 111: 'seeks to participate ... in "
      "initiatives for regional cooperation' a 030 with no target); 'while we seek to further African economic "
      "integration pursuant to Agenda 2063 of the African Union' = an economic intent -> 0311 asserted with no "
      "target, following set 202 ('We seek to continue expanding ... our trade relations' an asserted 0311 with no "
      "target; borderline target org:AU, named only as the author of Agenda 2063, or one event folded into the "
      "030); 'the particular importance we attach' is an attitude"),
 30: ([("has provided", "073", "BGR/GOV", "SYR/CVL", False, A, N, False)],
      "Bulgaria (2013); 'the Government has adopted an emergency plan and has provided additional resources in order "
      "to guarantee adequate assistance, accommodation and services to Syrian refugees' = the speaker's government "
      "-> BGR/GOV; realised material help to refugees -> humanitarian aid 073 to SYR/CVL (set 186: 'we are welcoming "
      "another group from Syria' to SYR/CVL; README: one aid noun covering several kinds is one 070), coded once "
      "for the resources and the assistance, accommodation and services they fund (borderline a second event, 075 "
      "for the accommodation of refugees, as set 125's Chad 'receiving the refugees'); 'has adopted an emergency "
      "plan' is a domestic programme, not coded; 'Despite its financial constraints' is no negation"),
 31: ([("appeal to the United Nations", "100", "FRA/GOV", "org:UN", False, A, N, False)],
      "France (2007); 'I solemnly appeal to the United Nations to concern itself with the issue of fairer "
      "distribution of wealth and of the income derived from commodities and technology' = a request (guideline: "
      "appeal -> 10x) from Sarkozy -> FRA/GOV, to org:UN, performative -> asserted; Y, concerning itself with an "
      "issue, names no specific behaviour -> generic 100 (set 176: 'We urge the Assembly to do that' a generic 100 "
      "to org:UNGA; set 140: a generic 100 to each UN body; borderline 1042, or 1011 for the distribution of "
      "commodity income); Y is not coded separately (guideline)"),
 32: ([("hosted", "043", "KWT/GOV", N, False, A, N, False)],
      "Kuwait (2014); 'the State of Kuwait hosted two international donor conferences, in January 2013 and January "
      "2014' = host 043 (guideline), one event for both conferences with no target (README: several conferences "
      "hosted by one government are one 043 with no target; borderline org:UN, the co-convening Secretary-General "
      "being unnamed here, or one 043 per conference); 'to support the humanitarian situation in Syria' is the "
      "purpose of the conferences and is not coded (set 182: support named only as a purpose left uncoded; "
      "borderline a 073 KWT/GOV -> SYR/CVL)"),
 33: ([("We welcome", "051", "PRY/GOV", "COL/GOV", False, A, N, False),
       ("agreement reached", "057", "COL/GOV", N, False, A, N, False)],
      "Paraguay (2015); 'We welcome the agreement reached on 23 September in Havana' = the Colombian Government-FARC "
      "agreement on transitional justice; the speech names only one party, 'the peace process in the sister Republic "
      "of Colombia, initiated by President Juan Manuel Santos Calderon' (sentence before), never the FARC (searched "
      "the whole speech) -> the welcome is a 051 to COL/GOV only (set 123: a 051 to ISR/GOV only because the speech "
      "never names the Arab side), and the agreement a 057 from COL/GOV with no target (set 172: the CPA 'which we "
      "concluded and signed' a 057 with no target because the speech never names the SPLM/A; set 154: the one "
      "signatory the sentence names), not nominal since 'reached' is a participle (set 184: 'The recent agreement "
      "reached by the General Council' not nominal); borderline the agreement left uncoded, as set 185's "
      "Gaza-Jericho Agreement, or COL/REB as target from outside knowledge; 'in Havana' is a venue, Cuba not coded"),
 34: ([("shares the faith", "051", "VAT/GOV", N, False, A, N, False)],
      "Holy See (2005); 'My delegation, however, shares the faith of the principal framers of the Universal "
      "Declaration, that certain values are so fundamental ...' = agreement with the position of named-by-role "
      "historic persons, read as 'I agree with X that ...' (README: 'I agree with Merkel that ...' 051; set 131: 'I "
      "agree with President Roosevelt, who once said' a 051) -> 051, the framers (members of the 1947-48 drafting "
      "committee, persons of several states) having no code -> target null (set 182: 'We fully agree with these "
      "proposals' a 051 with no target; borderline org:UNGA, which adopted the Declaration, or uncoded as a "
      "shared belief rather than an expressed agreement); 'can find support in the moral and philosophical "
      "traditions' is figurative, not coded"),
 35: ([("facilitated by the Gulf", "045", "org:GCC", "YEM", False, A, N, False)],
      "Yemen (2015); 'Since that resolution, the political process has been resumed, guided by the results of the "
      "national dialogue and facilitated by the Gulf Cooperation Council' = a facilitation of a political process "
      "by an organisation -> mediate 045 (README: a facilitation or mediation of an organisation is a 045 to each "
      "party) from org:GCC, not nominal as a participle (set 116: a meeting 'organized by' not nominal); the "
      "process's parties are not named in the sentence -> bare YEM, following set 153 ('the Gulf initiative' a "
      "nominal 045 org:GCC -> bare YEM; borderline one 045 each to YEM/GOV and YEM/REB, the 'Houthi-Saleh "
      "militias' of the text after); the agentless 'has been resumed' and the domestic national dialogue are not "
      "coded (borderline a nominal 046 YEM/GOV -> YEM/REB)"),
 36: ([], "Viet Nam (2015): 'The Organization has promoted the non-use of force ... and had provided guidance for "
          "peaceful and amicable relations among nations, underlining ... the importance of mutual respect' = the "
          "UN's promotion of Charter principles addressed to all nations, an abstract norm with no counterpart "
          "(guideline: abstract policy positions; held-out 54-61: 'we' meaning all states); borderline a habitual "
          "1056 org:UN -> null, as held-out 203 row 31 coded the UN's habitual proposals of solutions as a 045; "
          "'threats to use force' is generic"),
 37: ([("supports the Secretary-General", "051", "SMR/GOV", "org:UN", False, A, N, False)],
      "San Marino (2017); 'The Republic of San Marino supports the Secretary-General's reform agenda' = verbal "
      "support for a named author's agenda -> 051 to org:UN (set 140: Poland's support for the Secretary-General's "
      "reform direction a 051 to org:UN; README: supporting the Secretary-General is 051 to org:UN; borderline "
      "uncoded as a UN reform position, held-out 54-61 and sets 182, 184 and 195); the agenda itself is not coded "
      "as a nominal request (borderline a nominal 100 from org:UN, as set 187's Millennium Report 'proposals')"),
 38: ([], "Norway (2008): 'We discuss, we deliberate and we study, but we are too often unable to decide' = 'we' the "
          "UN membership as a whole (held-out 42/43: 'we' meaning all states), no act between coded actors; 'unable "
          "to decide' is no negated event"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Luxembourg (2002): 'A heightened awareness of our responsibility to provide for the protection of civilian "
          "populations is in fact necessary' = 'our' meaning all states (held-out 42/43), an abstract responsibility "
          "with no named counterpart; 'preventive action' and 'maintaining peace' are agentless"),
 40: ([], "Norway (2011): a fragment 'One of the main issues before this session of the' with no verb; the text after "
          "the cut is not coded (README: fragments whose act lies outside the sentence)"),
 41: ([], "Colombia (2001): a fragment 'I want, further, to speak of the Secretary-General,' whose verb 'speak of' is "
          "the speaker's statement (01x, guideline: not coded); the praise of Kofi Annan lies after the cut (README: "
          "fragments whose act lies outside the sentence)"),
 42: ([], "Tunisia (1998): a fragment 'In implementing its social and economic policy,' with no act inside the "
          "sentence; a domestic policy in any case"),
 43: ([("offering to house", "036", "NLD/GOV", "org:ICC", False, A, N, False)],
      "Netherlands (1997); 'I take pride in announcing that my country is offering to house the seat of the court, in "
      "the city of The Hague' = an offer to host (README: 'offered to host' is 036; held-out 203 row 25), present "
      "and realised -> asserted, the court being the international criminal court of the sentence before -> "
      "org:ICC (README: org:ICC), although it was not yet established in 1997 (borderline org:UN for the Rome "
      "conference that was to decide, or target null); 'is looking forward with anticipation to this new offspring' "
      "is a hope about the court's creation, not coded (README: optative hopes); 'announcing' is the speaker's "
      "statement (01x)"),
 44: ([], "Somalia (2018): 'we are losing hundreds of productive young men and women to the Mediterranean' = deaths "
          "of migrants at sea with no agent (set 111: agentless killings of uncoded victims uncoded), no act; 'It can "
          "no longer be business as usual' is an evaluation, no negated event"),
 45: ([], "Angola (1996): 'What is at stake is the survival of millions of human beings' = a description of stakes, "
          "no act"),
 46: ([], "Morocco (2010): '\"Accordingly, Morocco has launched a programme of major workshops and reforms' = the "
          "King's quoted words (the opening quotation mark read as the record's mark for quoted text, set 149), a "
          "domestic reform programme with no counterpart (set 134: domestic programmes uncoded; set 174), not coded"),
 47: ([], "Haiti (1999): 'The promotion of a genuine culture of peace is inseparable from the democratization of the "
          "international order' = an abstract principle, no actor"),
 48: ([], "Lithuania (2010): a fragment 'Here, I would like to share some views of my country,' = the speaker's "
          "statement (01x, guideline: not coded); nothing after the cut is in the sentence"),
 49: ([], "Niger (2009): 'We hope that our debate in this common forum will make possible a better understanding of "
          "this concept [universal jurisdiction]' = an optative hope whose 'our debate' is the General Assembly's as "
          "a whole (held-out 42/43: 'we' meaning all states), no act"),
 50: ([], "Nicaragua (2002): a fragment 'I spoke earlier of a new era of moral renewal in' = the speaker's own past "
          "statement (01x, guideline), no act"),
 51: ([], "Hungary (2013): 'it is only with a fundamental shift in mindset that humanity will succeed in a transition "
          "to global sustainable development' = 'humanity' an uncoded collective, no act between actors"),
 52: ([], "Grenada (2018): 'It is our hope that leaders everywhere will work diligently to uphold his staunch legacy "
          "of promoting peace, equality and human dignity' = an optative hope about an uncoded collective ('leaders "
          "everywhere'; README: hopes about other actors' acts not coded); Mandela's 'promoting peace' is a legacy "
          "description, not coded (borderline a historic 051 ZAF/CVL -> null)"),
}
