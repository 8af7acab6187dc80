"""Hand annotations for the HUNDRED-AND-FIFTY-SIXTH held-out event gold set (source of events-heldout156.jsonl).

Keyed by the row index of selection-heldout156.jsonl (output of select_bulk_sentence_heldout.py 156; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout156.jsonl \
        --annotations annotations_heldout156 --output events-heldout156.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019: neg
 0: ([("criticize", "111", N, "KHM/GOV", False, A, N, False),
      ("threaten", "130", N, "KHM/GOV", False, A, N, False)],
     "Cambodia (2017); 'Those who criticize or even threaten us' = foreign critics of the 2017 arrests and "
     "closures of the sentences before, never named in the speech ('some Western Powers', 'a major Power', "
     "'certain Governments') -> source null (README: collectives without a code null; borderline USA/GOV from "
     "outside knowledge), 'us' -> KHM/GOV; criticize -> 111 (guideline), threaten -> generic 130, the threatened "
     "act unstated; 'refuse to take into consideration the crimes' is a refusal to consider facts, left uncoded "
     "following set 154's 'refused to see this' (borderline 120 null -> KHM/GOV, the guideline's explicit-refusal "
     "rule); 'the crimes committed by those whom they protect' (the opposition) has no CAMEO code and the "
     "protection is an agent description (borderline a 070 null -> KHM/OPP)"),
 1: ([("imposed its war", "190", "USA/GOV", "AFG", False, A, N, False),
      ("has stated", "112", "USA/GOV", N, False, A, N, False)],
     "Cuba (2001); 'It' = the United States of the sentence before; 'has rather imposed its war on a unilateral "
     "basis' = the war in Afghanistan, named earlier in the speech ('The war in Afghanistan must be stopped') -> "
     "190 (guideline: war 190) to the country as a whole, bare AFG (guideline: target of a war; borderline target "
     "null, since the sentence names no target); 'has stated in an unprecedented way that whoever does not second "
     "them is for terrorism' = Bush's 'with us or with the terrorists', a speech act that is itself a blanket "
     "accusation of an open class -> 112 USA/GOV with no target (README: a speech verb that is itself the event; "
     "borderline 130 as a threat, or an uncoded 01x statement); 'does not second them' is a conditional class "
     "description, not a negated event; 'has not fostered international cooperation' lies in the sentence before"),
 2: ([], "Maldives (2003): 'never before have we witnessed acts of terrorism so organized, so frequent and so lethal' "
         "= a comparison ('never' bears on the degree, not on an event) about terrorism in general, no agent and "
         "no victim named (the Baghdad bombing lies in the text before); 'threatening international peace' is "
         "figurative (guideline: threat as risk)"),
 3: ([("It is shameful", "110", "org:UN", "org:UNGA", False, A, N, False)],
     "Austria (2006); 'the Secretary-General rightly said, \"It is shameful that last year's Summit Outcome does "
     "not contain even one word about non-proliferation and disarmament\"' = the Secretary-General's own "
     "disapproval uttered in his address, a speech act that is itself the event (README: 'he criticized' 111; "
     "README: a speech verb that is itself the event has reported_by null) -> 110 (README: 'it is regrettable' "
     "110) from org:UN, aimed at the 2005 World Summit Outcome adopted by the General Assembly -> org:UNGA "
     "(borderline target null, the Outcome being a document of all Member States; or uncoded as an evaluation); "
     "Austria's 'rightly' is a sentence adverb of endorsement, not coded (set 135: sentence adverbs not coded; "
     "borderline 051 AUT/GOV -> org:UN); 'does not contain even one word' is about a text, not a negated event"),
 4: ([("increasingly demanding", "100", "org:UN", N, False, A, N, False)],
     "Nigeria (2003); 'the lead role that the United Nations is increasingly demanding' of regional organizations "
     "= a realised, habitual request of the UN inside the relative clause (asserted, though the clause hangs on an "
     "'if') -> generic 100, regional organizations an uncoded class -> target null (borderline org:ECOWAS from "
     "the ECOWAS initiative of the sentence before; borderline uncoded as a general trend); 'the international "
     "community will not be able to escape its own responsibility to do much more to strengthen the requisite "
     "capacities of such organizations' = a deontic of aid from an uncoded collective to an uncoded class, "
     "null-null, not coded (borderline a demanded 070 null -> org:ECOWAS); 'will not be able to escape' is no "
     "negated event"),
 5: ([("necessary support", "070", N, "HND/GOV", False, D, N, True)],
     "Honduras (1995); 'In our region we can no longer delay the creation of short-term programmes of direct "
     "investment ... with the necessary support of developed countries' = a statement of need (held-out 46/47, "
     "set 119: statements of need are demanded aid with no source to the speaker's government) -> demanded "
     "nominal 070 with no source, the developed countries an uncoded collective; 'our region' (Central America) "
     "coded for the speaker only (set 133: 'We nations of South America' coded for the speaker only; borderline "
     "org:SICA, or target null); the programmes themselves are domestic and regional policy, not coded"),
 6: ([], "Saint Lucia (2017): 'We never forget that we are one global ecosystem that demands that we all be our "
         "brother's keeper' = a moral maxim; 'demands' is figurative (an ecosystem), 'we all' all peoples; 'never "
         "forget' bears on a belief, no negated event"),
 7: ([("unjust sanctions", "163", "org:UNSC", "LBR/GOV", False, A, N, True)],
     "Liberia (2001); 'I await impatiently for a tomorrow when there will be redress ... when all of you here will "
     "no longer be obliged to enforce unjust sanctions' = an optative hope, not coded (README: hopes about "
     "others' acts optative), but the realised sanctions named inside it are coded (set 113: a realised "
     "occupation named inside an optative hope is coded) -> nominal 163 (guideline) imposed by the Security "
     "Council of the sentences before (resolution 1343's travel ban, 'the Security Council has set') -> org:UNSC "
     "(borderline source null for the enforcing Member States, 'all of you'), on the Liberian Government -> "
     "LBR/GOV (the text before: 'denied the Liberian Government'; borderline bare LBR); 'no longer be obliged' "
     "bears on a future obligation, not a negated event"),
 # --- UNGDC 1990-2019: reported
 8: ([("to lift", "085", N, "CUB", False, D, N, False),
      ("embargoes", "163", N, "CUB", False, A, N, True)],
     "Vanuatu (2018); 'we all have an obligation to work together to lift the economic, trade and financial "
     "embargoes imposed on the Republic of Cuba' = a deontic whose 'we all' means all states -> demanded 085 "
     "(ease economic sanctions) with no source (set 115: 'Now is the time to divest ourselves of ... the "
     "blockade' demanded 085 no source to bare CUB; held-out 26/27: sanctions that 'should be lifted' demanded 085 no "
     "source; borderline uncoded as 'we' meaning all states); the embargoes, whose imposer the speech never "
     "names -> nominal 163 with no source to bare CUB (set 154: the unattributed blockade a nominal 163 with no "
     "source to bare CUB; borderline USA/GOV from outside knowledge); 'lifting those bans will ... allow' is the "
     "same lifting, coded once; 'According to the principles of the Charter' = in accordance with, not "
     "attribution (guideline)"),
 9: ([("agreement reached", "057", "EST/GOV", "org:NATO", False, A, N, False)],
     "Estonia (2010); 'the agreement reached at the ISAF meeting in Tallinn last April' = the transition "
     "framework agreed at the April 2010 NATO/ISAF foreign ministers' meeting that Estonia hosted -> 057 from the "
     "host government to the organisation (README: agreements reached at a summit a government hosted are "
     "057 from it to the summit's organisation; README: ISAF is org:NATO), a participle -> not nominal "
     "(held-out 76 row 29; borderline source org:NATO with no target); Tallinn is a place; 'This process "
     "should be term-based and irreversible, and carried out' = an agentless deontic on the transfer of security "
     "responsibility to the Afghan authorities, not coded (borderline a demanded 0874 org:NATO -> AFG)"),
 10: ([], "The former Yugoslav Republic of Macedonia (2010): 'Actions were taken to help the most affected ... with "
          "appropriate support and cooperation' = agentless passives in the global financial crisis, helpers and "
          "helped uncoded collectives, null-null, not coded; 'according to the agreed action plans' = in "
          "accordance with, not attribution (guideline)"),
 11: ([("I agree with", "051", "CZE/GOV", "PAK/GOV", False, A, N, False)],
      "Czech Republic (2001); 'I agree with the President of Pakistan, General Pervez Musharraf' -> 051 (README: "
      "'I agree with Merkel that ...' 051; set 131: 'I agree with President Roosevelt' 051), Musharraf speaking as "
      "President of Pakistan in the General Debate -> PAK/GOV under the UN-speech rule (borderline PAK/MIL under "
      "the junta rule, after the 1999 coup); his 'said at this Assembly that a three-pronged strategy is needed: "
      "to go after the main culprits ... to move decisively against the terrorist organizations ... to address "
      "unresolved disputes' = agentless deontics reported by PAK/GOV against uncoded terrorists and unnamed "
      "disputes, null-null, not coded (borderline a demanded 190 null -> null reported by PAK/GOV)"),
 # --- UNGDC 1990-2019: future
 12: ([("made every effort to foster", "030", "ERI/GOV", N, False, A, N, False)],
      "Eritrea (2000); 'it' = Eritrea (sentence before); 'has made every effort to foster an atmosphere that will "
      "enhance cooperation among the littoral States of both sides of the Red Sea' = realised efforts towards "
      "regional cooperation -> 030 asserted (set 112: 'endeavouring to expand ... cooperation' a 030 asserted with "
      "no target), the littoral States an uncoded, unnamed class -> target null (borderline uncoded as an aim, or "
      "one 030 per littoral state: Yemen, Saudi Arabia, Sudan, Egypt, Djibouti); 'will enhance' and 'promote "
      "development' are the atmosphere's hoped-for effects, not coded"),
 13: ([], "El Salvador (1998): 'We appeal for the wisdom and help of the gods of the nations' = a prayer, the "
          "addressees not political actors; not coded (borderline a 103 with no target)"),
 14: ([("express our warmest congratulations", "051", "GIN/GOV", "org:UNGA", False, A, N, False),
       ("will provide unstinting support", "032", "GIN/GOV", "org:UNGA", False, F, N, False)],
      "Guinea (2015); 'as we express our warmest congratulations to you, Mr. President' = a performative "
      "congratulation of the President of the General Assembly -> 051 to org:UNGA (held-out 48/49, held-out 76 "
      "row 16); 'the immense task that awaits you, for which Guinea will provide unstinting support' = a promise "
      "of support to the President -> 032 future (held-out 50/51: 'will give our full support to the world conference' "
      "032 future; borderline 030 asserted as Suriname's 'will support you' in set 123, or 051)"),
 # --- UNGDC 1990-2019: demand
 15: ([], "Netherlands (2004): 'The Millennium Development Goals must be achieved' = an agentless deontic about "
          "development goals, no actor"),
 16: ([("exert all possible efforts", "070", "org:UN", N, False, D, N, False)],
      "Mauritania (2000); 'Our Organization should exert all possible efforts to alleviate the economic and social "
      "difficulties confronting the developing countries' = a deontic with no request verb (guideline: demanded) "
      "on the United Nations -> org:UN, its Y help to the developing countries -> 070 (borderline 071 economic "
      "aid), the developing countries an uncoded class -> target null (one coded side, so not the null-null rule; "
      "borderline uncoded as a general mandate of the Organization)"),
 17: ([], "Ukraine (2001): 'the wisdom of this forum ... should serve to guarantee an optimistic scenario' = a hope "
          "about the Assembly's role, no codable behaviour"),
 18: ([("to assist and protect", "073", N, "IRQ/CVL", False, D, N, False)],
      "Sweden (2007); 'We must do much more to assist and protect the more than 4 million Iraqis who have left "
      "their homes' = a deontic whose 'we', following 'we must do more to encourage reconciliation and "
      "reconstruction in Iraq', is the international community -> demanded with no source (set 118: Ethiopia's "
      "'We need to continue to support Somalia' demanded 070 with no source; borderline SWE/GOV), humanitarian "
      "assistance and protection of the displaced -> one 073 (borderline a separate 074 for 'protect') to "
      "IRQ/CVL; their displacement is agentless, not coded"),
 19: ([("called on the Conference", "106", "org:UNGA", N, False, A, N, False)],
      "Kenya (2000); 'the General Assembly passed four resolutions which, inter alia, called on the Conference to "
      "get down to serious work' = resolutions standing for the Assembly (README: a General Assembly resolution's "
      "'calling for' stands for org:UNGA) -> a request (guideline: call on -> 10x), Y = the negotiations on a "
      "fissile-material cut-off treaty and nuclear disarmament of the sentence before -> 106 (borderline generic "
      "100), the Conference on Disarmament an uncoded collective (earlier sets) -> target null; passing the "
      "resolutions is not coded separately"),
 20: ([], "Malaysia (1998): 'Financial operators must abide by certain internationally accepted regulations' = a "
          "deontic of compliance for an uncoded class, not coded"),
 # --- UNGDC 1990-2019: cue
 21: ([("dizzying decline", "162", N, "GAB/GOV", False, A, N, True),
       ("exclusion from the benefits", "1621", N, "GAB/GOV", False, A, N, True)],
      "Gabon (2000); 'Regrettably' is a sentence adverb, not coded (set 135); 'Gabon's efforts have been hampered "
      "by the dizzying decline in official development assistance' -> nominal 162 with no source to GAB/GOV (set "
      "129: a 'decline in bilateral assistance' a nominal 162 with no source to ATG/GOV; borderline uncoded as a "
      "global ODA trend between uncoded collectives, as set 145, or 1621); 'its exclusion from the benefits of "
      "external concessional financing' (as a middle-income country) -> an agentless reduction of economic "
      "assistance, nominal 1621 with no source to GAB/GOV (set 150: Costa Rica 'penalized by excluding them from "
      "the lists of beneficiaries' an agentless 1621; borderline org:WB/org:IMF as the lenders, unnamed)"),
 22: ([("has been assisting", "070", "JPN/GOV", "IRQ/CVL", False, A, N, False),
       ("providing", "071", "JPN/GOV", "IRQ/CVL", False, A, N, False)],
      "Japan (2007); 'Japan has been assisting the reconstruction efforts of the Iraqi people' -> 070 (guideline: "
      "aid) to IRQ/CVL (borderline IRQ/GOV, the recipient of the loans); 'by measures such as dispatching its "
      "Self-Defence Forces and providing official development assistance of up to $5 billion' = the means: the "
      "ODA is coded as a separate, more specific 071 (set 116: 'provide significant support ... and build its "
      "infrastructure and economy' a 070 and a 071), while the SDF dispatch (the Samawah reconstruction "
      "mission and the airlift) is folded into the 070 as the government's act (borderline a separate 074 "
      "JPN/MIL -> IRQ, or 073)"),
 23: ([("strike", "180", N, "ESP", False, A, N, False),
       ("strike", "180", N, "IDN", False, A, N, False)],
      "France (2004); 'Since then, terrorism has continued to strike: in Europe, in Madrid, six months ago; and in "
      "Asia, in Bali and Jakarta' = the Madrid train bombings (2004) and the Bali and Jakarta bombings, their "
      "perpetrators not named -> agentless terrorist attacks 180 with no source, one per victim country ("
      "held-out 54-61: an agentless terrorist attack is 180 with no source, one per victim country), Madrid -> bare "
      "ESP, Bali and Jakarta -> bare IDN coded once (borderline one 180 per city, three in all); Madrid, Bali and "
      "Jakarta are places, not metonyms"),
 24: ([], "Malaysia (2007): 'real peace can only be achieved if the legitimate rights of peoples are recognized and "
          "protected during the negotiations' = a generic conditional with agentless passives; 'the negotiations' "
          "(the Israeli-Palestinian talks of the sentence before) is an event noun with no agent in the sentence, "
          "not coded (borderline a hypothetical 0833 null -> PSE/CVL)"),
 25: ([], "Mexico (1999): 'The conclusions of that regional meeting have been conveyed to the Secretary-General' = "
          "an agentless passive transmission of a meeting's conclusions, a communication (01x), not coded (set "
          "143: briefing the Security Council left uncoded; borderline 040 MEX/GOV -> org:UN); 'I would like "
          "refer to just a few of them' is the speaker's own speech"),
 26: ([("commends", "051", "CIV/GOV", "AGO", False, A, N, False)],
      "Cote d'Ivoire (1992); 'Cote d'Ivoire commends the signing of the peace agreements which occurred in Lisbon "
      "in May 1991' = the Bicesse (Estoril) Accords for Angola, named in the fragment before ('In Angola, after 14 "
      "years of liberation struggle ...'); the speech never names the parties (neither the Government nor UNITA) "
      "-> 051 to the bare country (README: a welcome of a development inside a named country whose parties are "
      "not named goes to the bare country; borderline AGO/GOV and AGO/REB from outside knowledge); the signing "
      "itself is not coded because it names no party (README: the welcome of an agreement codes the "
      "agreement too unless it names no party; borderline 057 AGO/GOV -> AGO/REB); Lisbon is a place"),
 27: ([("assure him", "032", "MWI/GOV", "org:UNGA", False, A, N, False)],
      "Malawi (2015); 'I would like to assure him of my delegation's support' = an assurance of support to the "
      "President of the General Assembly of the sentence before -> 032 asserted to org:UNGA (held-out 76 row 40: "
      "'I assure you of my Government's support' 032; borderline 030, as the assurances of cooperation to the "
      "PGA in held-out 38/39), 'would like to' performative"),
 28: ([], "Gambia (2012): 'Allow me to address some recent conflicts that threaten the peace and stability of Africa' "
          "= the speaker's own speech and a figurative threat (guideline), no actor"),
 29: ([("welcomes", "051", "GIN/GOV", N, False, A, N, False)],
      "Guinea (1992); 'Guinea welcomes the convening of the World Conference on Human Rights in June 1993 and the "
      "international conference on the African child scheduled for November 1992 in Dakar' = a welcome of two "
      "conferences whose convenors the sentence and the speech do not name -> one 051 with no target (set 113: a "
      "welcome of conferences whose convenors are not named is 051 with no target; borderline org:UN for the "
      "World Conference and org:AU for the Dakar conference); the convening is agentless and future, not coded; "
      "Dakar is a place"),
 30: ([], "Brunei Darussalam (1995): 'The very worrying signs of what could lie ahead are already quite clear' = an "
          "evaluation, no actor"),
 31: ([("calls for", "1054", "MRT/GOV", N, False, A, N, False),
       ("embargo", "163", N, "IRQ/CVL", False, A, N, True)],
      "Mauritania (1998); 'it' = Mauritania (the sentence before: 'my country ... It also reaffirms'); 'calls for "
      "the lifting of the embargo' -> a request (guideline: call for -> 10x) to ease an embargo -> 1054, with no "
      "addressee and an imposer the speech never names -> target null (README: a call to end an embargo whose "
      "imposer the document never names has no target; borderline org:UNSC from outside knowledge, the speech "
      "naming only 'United Nations resolutions' on Kuwait); 'the embargo imposed for seven years now on the Iraqi "
      "people' -> nominal 163 with no source (set 127: an embargo whose imposer the speech never names a nominal "
      "163 with no source), 'the Iraqi people' -> IRQ/CVL (borderline bare IRQ)"),
 32: ([("welcome", "051", "BFA/GOV", "AGO", False, A, N, False),
       ("welcome", "051", "BFA/GOV", "LBR", False, A, N, False),
       ("welcome", "051", "BFA/GOV", "SLE", False, A, N, False)],
      "Burkina Faso (2004); 'we can certainly welcome restored peace in Angola, Liberia and Sierra Leone' = the "
      "speaker's welcome of developments in named countries whose parties are not named -> one 051 per bare "
      "country (README: such a welcome goes to the bare country; guideline compound split); 'we can certainly' "
      "read as the speaker's own hedged welcome, asserted (borderline uncoded, 'we' meaning the whole Assembly "
      "of the sentence before, as held-out 52/53's welcomes by the whole Assembly); 'Africa continues to be riven by "
      "many conflicts, particularly in Burundi, Cote d'Ivoire, the Democratic Republic of the Congo and the "
      "Sudan' = conflicts named only by place, not coded (set 131)"),
 33: ([("reaching", "1011", "LCA/GOV", N, False, A, N, False)],
      "Saint Lucia (2009); 'we are reaching out to the world for cooperation and collaboration in the advancement "
      "of our development efforts' = the speaker's appeal for development cooperation -> a request for economic "
      "cooperation 1011 (held-out 77 row 8: a call for a financing partnership 1011), 'the world' an uncoded "
      "collective -> target null (borderline 030, an intent to cooperate, or uncoded as a general stance); the "
      "Kuwaiti funds and Taiwan's help lie in the sentences before and after"),
 34: ([("demanding concessions", "105", "org:IMF", N, False, A, N, False)],
      "Argentina (2004); 'it' = the IMF (sentence before); 'From a lender of development funds it has become a "
      "creditor demanding concessions' = a habitual request that debtors yield -> 105 (CAMEO: demand that target "
      "yields; set 135: 'urge ... to show flexibility' 105) from org:IMF, the debtor countries unnamed -> target "
      "null (borderline ARG/GOV, in the 2004 debt negotiations, or uncoded as a characterisation); 'a lender of "
      "development funds' is an agent description, not coded (borderline a past 071 org:IMF -> null)"),
 35: ([], "United Republic of Tanzania (2014): 'it' = terrorism; 'it calls for all of us to play an active role in "
          "the fight against terrorism' = an inanimate, figurative call with 'us' meaning all states, not coded"),
 36: ([("We thank", "051", "AGO/GOV", "CAN/GOV", False, A, N, False),
       ("the support they have been providing", "070", "CAN/GOV", "org:ICGLR", False, A, N, False)],
      "Angola (2005); 'We thank the Group of Friends, and particularly the Government of Canada, for the support "
      "they have been providing, and especially for the second Great Lakes Conference' = thanks -> 051; the Group "
      "of Friends of the Great Lakes Region has no code and the sentence names only Canada among its members -> "
      "CAN/GOV only (README: a group without a code is each member the document names); the support, its agent "
      "from the thanks (held-out 28/29) -> 070 CAN/GOV, aimed at the International Conference on the Great Lakes Region "
      "-> org:ICGLR (set 140; borderline target null, or the region's countries); the conference 'due to be held "
      "next November in Nairobi' is only held at a venue, not coded (sets 153/154)"),
 37: ([("substantial concessions", "080", "GEO/GOV", "GEO/REB", False, H, N, True),
       ("substantial concessions", "080", "GEO/REB", "GEO/GOV", False, H, N, True)],
      "Georgia (2001); 'This programme' = Georgia's programme for resolving the conflict in Abkhazia (sentence "
      "before); 'has to be implemented without delay' = an agentless deontic of implementation, compliance, not "
      "coded; 'substantial concessions it may require from the parties involved' = possible yielding by the two "
      "parties to the Abkhaz conflict -> hypothetical nominal 080 (set 143: 'Yerevan realizes' a hypothetical "
      "080), one per party: the Georgian Government and the Abkhaz separatist authorities -> GEO/REB (README: "
      "Donetsk and Luhansk UKR/REB), each to the other (borderline uncoded as a concessive clause, or RUS/GOV as a "
      "further party); 'in order to reach agreement' is a purpose, not coded (borderline a hypothetical 057 "
      "GEO/GOV -> GEO/REB)"),
 38: ([("reaffirm its steadfast", "030", "MAR/GOV", "org:UN", False, A, N, False),
       ("reaffirm its steadfast", "030", "MAR/GOV", "DZA/GOV", False, A, N, False)],
      "Morocco (2005); 'Morocco would like to reaffirm its steadfast commitment to working closely with the "
      "Secretary-General and his Personal Envoy and Special Representative, as well as with all parties "
      "concerned' = a commitment stated as a fact -> 030 asserted (held-out 46/47: commitments stated as facts "
      "asserted 03x); the Secretary-General, his Personal Envoy and Special Representative -> org:UN, coded once; "
      "'all parties concerned' resolved from the sentence after, which names the conflict as one 'between two "
      "brotherly neighbouring countries, Morocco and Algeria' -> DZA/GOV (README: a group without a code is each "
      "member the document names; borderline ESH/REB for the POLISARIO Front, which the speech never names, or "
      "dropped); 'break the current stalemate and reach a negotiated political solution' is the purpose, and 'the "
      "artificial conflict' an event noun with no agent, not coded"),
 39: ([], "Trinidad and Tobago (2018): 'The myriad multidimensional threats ... threaten our efforts' = figurative "
          "threats (guideline), no actor"),
 40: ([], "Gabon (2013): 'That phenomenon' = poaching and the ivory trade; 'a transnational crime that threatens "
          "States' security' = a figurative threat (guideline), no actor"),
 41: ([("the attack of 11 September", "180", N, "USA", False, A, N, True)],
      "Andorra (2002); 'Nothing can justify the attack of 11 September' (the splitter cut before '2001') = an "
      "evaluation, not a condemnation (README: 'There can never be any justification for' is an "
      "evaluation; borderline 111 AND/GOV -> null); the attack -> nominal 180 with no source (set 116: the "
      "anaphoric 'The attack perpetrated' a nominal 180 with no source to USA), the victim country from the text "
      "after ('the attack on the towers') -> bare USA"),
 42: ([], "Antigua and Barbuda (2018): 'without the inclusion of all States Members ... in the discussions on "
          "global financial reforms, there can be no real comprehension' = a position on the governance of "
          "financial reform, 'all States Members' an uncoded collective; not coded (borderline a demanded 040 "
          "null -> null)"),
 # --- UNGDC 1990-2019: nocue
 43: ([], "Sri Lanka (2008): 'No longer can we expect farmers in developing countries to be mainly producers for "
          "export markets' = a view of agricultural policy, no act between actors"),
 44: ([("unacceptable", "110", "PLW/GOV", N, False, A, N, False)],
      "Palau (2004); 'We are a culture of fishing people and find this practice unacceptable' = the speaker's "
      "disapproval of deep-sea bottom trawling (sentence before), a verb phrase of disapproval like 'it is "
      "regrettable' (README: 110) -> 110, the practice's users (high-seas fishing fleets) unnamed -> target null "
      "(README: condemning acts by unnamed perpetrators has no target; borderline 120, or uncoded as an "
      "evaluation of a practice with no political actor); the call for a moratorium lies in the sentence after"),
 45: ([], "Croatia (2015): 'By so doing, we will eliminate the preconditions for radicalization' = domestic and "
          "general policy ('we' meaning all states), no act between actors"),
 46: ([], "Norway (2002): 'We need an independent, effective and credible Court' = a position on the International "
          "Criminal Court's qualities, not a statement of need for aid; not coded (borderline a demanded 051 to "
          "org:ICC)"),
 47: ([], "Botswana (1998): 'We are dealing with a difficult, complex and rapidly changing situation' = a "
          "description; the military intervention in Lesotho lies in the sentence before"),
 48: ([], "Burundi (2016): 'we, the people of Burundi, will fight that evil with every possible means' = 'that evil' "
          "is genocide (and genocidal rhetoric) in the abstract, a figurative fight with no opponent, not coded "
          "(guideline: figurative uses)"),
 49: ([("The absence of full, prompt", "071", N, "org:UN", True, A, N, True)],
      "Netherlands (1996); 'The absence of full, prompt and unconditional payments' = the arrears of 'some Member "
      "States' of the sentences before, unnamed -> negated nominal 071 with no source to org:UN (set 127: 'The "
      "default of certain Member States in paying their contributions' a negated nominal 071 with no source; "
      "set 150: 'have not met their legal obligations' likewise; borderline 1221, or asserted, since 'full, "
      "prompt and unconditional' makes the lack one of degree, as set 144's 'will not fully involve'); 'will "
      "further erode the United Nations authority' is an effect; 'the same authority those very States helped to "
      "bestow on the Organization 50 years ago' = the founding of 1945, figurative, not coded (borderline a "
      "historic 057 null -> org:UN)"),
 50: ([("played an active role in the work of the United Nations", "050", "CYP/GOV", "org:UN", False, A, N, False)],
      "Cyprus (2010); 'As a founding member of the Movement, Cyprus played an active role in the work of the "
      "United Nations and in resolving international problems' = historic participation in the Organization's "
      "work -> 050 to org:UN (set 148: 'cooperated completely in its implementation' 050 to org:UN; borderline "
      "040, as set 142's 'active presence in various United Nations forums', or uncoded as a status); 'in "
      "resolving international problems' has no named counterpart and is folded in; membership of the "
      "Non-Aligned Movement (no code) is a status"),
 51: ([], "Gabon (2012): 'it needs more tolerance, more understanding and more respect among peoples' = 'it' the "
          "world, an abstract need, no actor"),
 52: ([("remains fully committed", "030", "FJI/GOV", N, False, A, N, False)],
      "Fiji (2010); 'It' = Fiji (sentence before); 'also remains fully committed to international efforts against "
      "terrorism' = a commitment stated as a fact to joint counter-terrorism efforts -> 030 asserted with no "
      "target (set 120: 'our continuing determination to work with other Member States to fight terrorism' a "
      "nominal 030 with no target; borderline uncoded as an abstract commitment, as set 125's 'determined to fight "
      "drug trafficking', or 0312)"),
 53: ([], "Jordan (2001): 'The suppression and defeat of those pernicious schemes require ... the enhancement of "
          "understanding among peoples and cultures' = terrorists' schemes (uncoded) and an abstract requirement, "
          "no act between actors"),
 54: ([], "Kenya (2010): a fragment cut by the splitter after 'my country has taken major steps to enhance "
          "environmental sustainability, such as reclaiming and protecting our five major water towers;'; "
          "investments in renewable energy and commitments to green the economy are domestic policy, not coded"),
 55: ([], "Uruguay (2011): 'We would also like to strengthen the role of the Office of the United Nations High "
          "Commissioner for Human Rights ... by providing the resources necessary' = a UN reform and budget "
          "position, not coded (set 154: 'support an increase in their funding' left uncoded, like the guideline's "
          "'allocation of resources'; borderline a hypothetical 071 URY/GOV -> org:UN); 'the mandates that Member "
          "States are increasingly assigning to it' is an uncoded collective's institutional act"),
 56: ([("express our gratitude", "051", "GIN/GOV", "org:UNGA", False, A, N, False)],
      "Guinea (2011); 'To his predecessor, Mr. Joseph Deiss, I would like to express our gratitude for his "
      "excellent work during his term' = thanks to the outgoing President of the General Assembly -> 051 to "
      "org:UNGA (held-out 30/31: appreciation of an outgoing PGA goes to org:UNGA; borderline CHE/CVL), "
      "'would like to' performative -> asserted"),
}
