"""Hand annotations for the TWO-HUNDRED-AND-SEVENTH held-out event gold set (source of events-heldout207.jsonl).

Keyed by the row index of selection-heldout207.jsonl (output of select_bulk_sentence_heldout.py 207; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout207.jsonl \\
        --annotations annotations_heldout207 --output events-heldout207.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Croatia (2007): a fragment 'We have not met yet again in the General' [Assembly in order to describe our "
         "world ...] cut by the splitter; 'we' are all the leaders at the General Debate (held-out 42/43: 'we' "
         "meaning all states not coded), and the negation bears on the purpose of the meeting ('in order to "
         "describe'), not on the meeting, so there is no negated 040 (borderline a 040 to org:UNGA, as set 153's "
         "'My presence here')"),
 1: ([], "Micronesia (2012): 'Our isolation ... no longer shields us from the threat of international terrorism' = a "
         "risk (guideline: figurative 'threat'), with an inanimate subject; 'no longer shields' bears on geography, no "
         "negated event"),
 2: ([], "Brazil (2012): 'The main leaders of the developed world have not yet found the path that combines "
         "appropriate fiscal adjustment with measures to stimulate investment and demand' = domestic economic "
         "policy of an uncoded collective, no act toward another actor; 'have not yet found the path' is no negated "
         "CAMEO event"),
 3: ([("reneged on all the commitments", "160", "TUR/GOV", "org:UN", False, A, N, False),
      ("announcing that the September date", "125", "TUR/GOV", "USA/GOV", False, A, N, False)],
     "Cyprus (1991); 'the Turkish Prime Minister publicly reneged on all the commitments of his Government to the "
     "United Nations and others concerning elements for progress towards a solution' = Prime Minister Yilmaz -> "
     "TUR/GOV; reneging on a promise or deal is 'reduce relations' 160 in PETRARCH's CAMEO verb dictionary "
     "(REVOKE_: RENEGE (ON PROMISE) [160], RENEGE (ON DEAL) [160]; the README follows that dictionary, e.g. set 143's "
     "STRIP OF CITIZENSHIP) -> 160 asserted to org:UN, 'and others' an uncoded remainder dropped (borderline 128 "
     "for a breach of commitments, or uncoded as held-out 43 left 'constantly changing its position even on "
     "matters previously agreed upon', which had no renege verb); 'at the same time announcing that the September "
     "date for an international meeting was no longer feasible' = the high-level international meeting on Cyprus "
     "that President Bush announced on 2 August (text before: 'announced the holding of an international meeting "
     "on Cyprus by the end of September', the Secretary-General to determine its composition) -> the announcement "
     "is itself the refusal (held-out 6: a refusal made in a government's own rhetoric is a REJECT with "
     "reported_by null) -> reject proposal to meet 125, to the proposer USA/GOV (borderline org:UN, whose "
     "Secretary-General was to convene it; 164 as PETRARCH's CANCEL MEETING; or a negated future 036); 'not "
     "surprising in the circumstances' is an evaluation"),
 4: ([("It is not right", "110", "SYC/GOV", N, False, A, N, False)],
     "Seychelles (2008); 'It is not right that small island States should have to run the risk of being submerged "
     "... while some nations refuse even to acknowledge their responsibility for ... pollution' = the speaker's "
     "impersonal disapproval -> 110 (set 150: 'It is not fair that ... be penalized' the speaker's 110 with no "
     "target; set 145: 'It is unfortunate that' a 110; borderline uncoded as an impersonal evaluation, as set 186's "
     "'It is gratifying that'), its object unnamed nations -> target null; 'some nations refuse even to "
     "acknowledge their responsibility' = a refusal between uncoded collectives (unnamed nations, no counterpart "
     "named), null -> null, not coded (set 198: a refusal between uncoded collectives left uncoded; borderline a "
     "120 with no source and no target, as set 168's 'unwillingness of some countries'); 'run the risk' is a risk"),
 5: ([], "Uruguay (2012): 'we have not succeeded in meeting the basic needs of billions of poor people, nor have we "
         "guaranteed them programmes for health, education, housing or employment' = 'we' meaning humanity / all "
         "states (held-out 42/43; the text before: 'We have written about values ... We have preached'), not coded; "
         "the negations bear on outcomes of an uncoded collective (borderline negated 073s null -> null)"),
 6: ([], "Mali (2018): 'political will alone will not be enough to fulfil all the commitments undertaken in the "
         "Agreement' = compliance with the Agreement on Peace and Reconciliation, an evaluation of means with no "
         "act (README: compliance uncoded; set 137: reaffirmed commitments uncoded); 'the Agreement' is anaphoric and "
         "names no party in the sentence (set 182: the anaphoric 'that agreement' uncoded; borderline a nominal "
         "057 MLI/GOV -> MLI/REB); the call for pledged resources lies in the next sentence"),
 7: ([("urge the three nuclear-weapon States", "102", "SWE/GOV", N, False, A, N, False)],
     "Sweden (1999); 'we urge the three nuclear-weapon States which have not yet done so to ratify the CTBT' = a "
     "request (guideline: urge -> 10x), Y = ratifying a multilateral treaty -> 102 (set 117: 'We call on all "
     "countries that have not yet done so to join the Rome Statute' a 102 with no target; set 192: a call for the "
     "Paris Agreement's ratification a 102), performative -> asserted; the three states (in 1999 the United States, "
     "Russia and China) are never identified as such in the speech, which names only the United States and Russia "
     "in the sentence before, for START, and never China -> target null (README: a group whose members the document "
     "does not name is coded only for those it names; borderline one 102 each to USA/GOV, RUS/GOV and CHN/GOV from "
     "outside knowledge); 'which have not yet done so' is left uncoded with the class unidentified (set 117: the "
     "negated accession uncoded; borderline a negated 057 per state, as set 133's 'Those who have not signed')"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Andorra (2009): 'We hope that at Copenhagen in December it will be possible to adopt a new climate "
         "agreement' = an optative hope about an agreement among all states (README: hopes not coded; held-out 42/43: "
         "'we' meaning all states), no act"),
 9: ([], "Marshall Islands (2013): 'I will not concede my own land or my nation' = a statement of resolve about "
         "sea-level rise, not a negated act toward an actor (set 116: 'We have never cowered' resolve; set 130: "
         "'will not be cowed' resolve; borderline a negated future 080); 'nor will I rest until my fellow world "
         "leaders have signed on to act' = resolve plus a hope about others' acts (README: optative, not coded; "
         "borderline a future 057 null -> null)"),
 10: ([], "Spain (2014): 'one of the most important tasks of the General Assembly at this session will be to finalize "
          "the negotiations for the post-2015 development agenda and to establish the sustainable development goals' "
          "= negotiations among all Member States inside the Assembly (held-out 42/43: 'we' meaning all states; "
          "null -> null), a task description, not coded (borderline a future nominal 046 from org:UNGA with no "
          "target)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("must seize this historic opportunity", "037", "ISR/GOV", "org:LAS", False, D, N, False)],
      "Mauritania (2007); 'Israel must seize this historic opportunity' = a deontic with no request verb "
      "(guideline: 'X should/must do Y' codes Y, demanded, no REQUEST for the speaker); 'this historic "
      "opportunity' is the Arab Peace Initiative of the sentences before ('That Initiative guarantees peace ... "
      "in exchange for an end to the occupation'), so seizing it = accepting the Initiative -> express intent to "
      "settle dispute 037 (set 154: 'ready to accept the initiative' 037) to its author, the League -> org:LAS "
      "(set 134: the Arab peace initiative a nominal 037 org:LAS -> ISR/GOV; borderline target PSE/GOV, or uncoded "
      "as a vague exhortation whose Y is not a codable behaviour); 'subsequently comply with international law' is "
      "compliance, not coded (guideline); 'so that ... the Palestinian people can regain their usurped rights and "
      "be able to establish an independent State' is a purpose clause with an adjective 'usurped', not coded "
      "(borderline a nominal 1233 ISR/GOV -> PSE/CVL)"),
 12: ([], "Iceland (2006): 'We must ensure that gains from trade liberalization benefit the poor and are fairly "
          "distributed' = 'we' meaning all states (held-out 42/43), with the Doha trade talks of the sentence before; "
          "no act between actors"),
 13: ([("strategic choice of opting for", "030", "MAR/GOV", "org:AMU", False, A, N, False)],
      "Morocco (2003); 'the Kingdom of Morocco has made the strategic choice of opting for the construction of the "
      "Arab Maghreb as a region where peace and development may be fostered' = a commitment to building the Arab "
      "Maghreb Union stated as a fact -> 030 asserted (README: commitments stated as facts are asserted 03x; set 111: "
      "'Seeks to participate ... in initiatives for regional cooperation' a 030), to the regional organisation -> "
      "org:AMU (held-out precedent: Mauritania's cooperation 'with our sister countries in the Arab Maghreb Union' "
      "050 to org:AMU; borderline 050, or uncoded as an abstract policy position); 'where there must be no tendency "
      "towards balkanization' is an agentless deontic, not coded"),
 14: ([], "Angola (2012): 'It must do so by renewing its commitments to the sustainable development issues contained "
          "in Agenda 21' = 'It' is 'our Organization' of the sentence before (the United Nations); renewing "
          "commitments to a programme's issues is an abstract commitment, not coded (set 137: reaffirmed commitments "
          "to the Charter and to Agenda 2063 uncoded; borderline a demanded 030 from org:UN with no target); the "
          "adoption of Agenda 21 at Rio in 1992 is an agentless participle"),
 15: ([], "Togo (2001): 'paying tribute to all of those who lost their lives in the tragedy of 11 September' = homage "
          "to victims (set 112: homage to victims uncoded), 'conveying ... our deep condolences to the American "
          "people' = condolences (README: not coded), 'express the fervent hope that ... we will be able to defeat "
          "evil' = an optative hope with 'we' meaning all states; 'the tragedy of 11 September' has no agent in the "
          "sentence (set 188: 'the tragic events of 11 September' uncoded)"),
 16: ([], "Viet Nam (2001): 'The developing countries should have fuller representation and participation in the "
          "Council's decision-making' = a Security Council reform position (held-out 54-61: UN reform uncoded; set "
          "194: a demand for Council seats uncoded)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("expressed his firm willingness", "0356", "PRK/GOV", "USA/GOV", False, A, N, False),
       ("Sentosa agreement", "057", "PRK/GOV", "USA/GOV", False, A, N, True)],
      "Republic of Korea (2018); 'he expressed his firm willingness to continue to take additional denuclearization "
      "measures, including the permanent dismantlement of nuclear facilities in Yongbyon' = Chairman Kim (sentence "
      "before) -> PRK/GOV; an expressed willingness is itself an intent event (guideline: 03x), de-escalation of "
      "weapons programmes -> 0356 (set 117: the DPRK's dismantling a nominal 087; so the intent is 0356), asserted; "
      "the expression is the event itself, so reported_by null (held-out 6: a speech verb that is itself the "
      "event); its counterpart is the party whose 'corresponding measures' it is tied to -> USA/GOV (borderline "
      "KOR/GOV, the Pyongyang summit partner to whom it was expressed, or target null); 'as the United States takes "
      "corresponding measures' = an unspecified reciprocal condition, not coded (borderline a hypothetical 030 "
      "USA/GOV -> PRK/GOV); 'the Sentosa agreement' = the 12 June 2018 Singapore joint statement, an agreement "
      "named by place whose two parties both stand in the sentence ('he', 'the United States') -> nominal 057 "
      "(set 169/125: the Prespa agreement a nominal 057 between its parties), from the first-named, Kim -> PRK/GOV "
      "-> USA/GOV"),
 18: ([], "Slovakia (2005): 'Reaching agreement that accommodates the interests of the entire world is no easy task' "
          "= an agentless generalisation about UN reform negotiations, no act"),
 19: ([("in support of this country", "051", N, "USA/GOV", False, A, N, True)],
      "Guatemala (2002); 'the dreadful events of exactly one year ago, which brought the whole of the international "
      "community together in support of this country, and this city' = solidarity with the United States after 11 "
      "September -> 051 (held-out precedent: Saudi Arabia's 'solidarity with the United States' after 11 September "
      "a 051 to USA/GOV; 'coming together in support of Ukraine' a nominal 051), nominal ('support'), from an "
      "uncoded collective -> source null (README: praise from uncoded collectives is a 051 with no source), to the "
      "host country -> USA/GOV, New York City folded in (README: a sub-national government takes the country's GOV; "
      "borderline USA/CVL or bare USA); 'the dreadful events' = the attacks, an event noun with no agent in the "
      "sentence, not coded (set 188: 'the tragic events of 11 September' uncoded); 'difficult to come to New York' "
      "is the speaker's attendance, not coded"),
 20: ([], "Palau (2012): 'Germany's statement and resolution 63/281 have not stemmed the rising tides, but they have "
          "helped to change the way we understand and discuss climate change' = inanimate subjects (a Security "
          "Council presidential statement, 01x, and a General Assembly resolution) with figurative effects; 'have not "
          "stemmed the rising tides' is no negated event; 'we' meaning all states"),
 21: ([("calls for the establishment", "1013", "VUT/GOV", N, False, A, N, False)],
      "Vanuatu (2004); 'Vanuatu therefore calls for the establishment of a special commission of inquiry to review "
      "the United Nations conduct in relation to the 1969 Act' = a request (guideline: call for -> 10x) whose Y is "
      "an inquiry into accountability for the Act of Free Choice -> demand judicial cooperation 1013 (set 165: "
      "'support moves to establish a permanent international criminal court' a 1013; README: a demand for justice is "
      "1013; borderline 1044 for an institutional change, or 100), no addressee named -> target null (set 195/203: "
      "calls with no addressee coded with no target; borderline org:UN, addressed in the next sentence's call for a "
      "fact-finding mission, or uncoded as in sets 110 and 125); the UN's 'conduct' is a description, not an event"),
 22: ([("scapegoat", "112", "org:G20", "VCT/GOV", False, A, N, False),
       ("scapegoat", "112", "org:OECD", "VCT/GOV", False, A, N, False),
       ("root out", "170", "org:G20", "VCT/GOV", False, A, N, False),
       ("root out", "170", "org:OECD", "VCT/GOV", False, A, N, False)],
      "Saint Vincent and the Grenadines (2009); 'we face being stigmatized ... as the G-20, the Organization for "
      "Economic Cooperation and Development and other non-inclusive bodies seek to scapegoat and root out so-called "
      "tax havens in a pathetic effort to cast a wide and indiscriminate net of blame' = the 2009 campaign against "
      "offshore financial centres; 'scapegoat' (with 'net of blame' and 'stigmatized' folded in) = accuse 112 "
      "(README: accuse 112), one per coded body (guideline: compound split; org:G20 and org:OECD are existing "
      "codes), the uncoded 'other non-inclusive bodies' dropped; 'root out' = a coercive campaign to eliminate the "
      "centres -> coerce 170 (set 200: trade liberalisation 'imposed by' the IMF, World Bank and WTO a 170; "
      "borderline 163 for blacklisting and sanctions, or folded into the 112 as its metaphor, as set 118's "
      "'brandished the stick'); 'seek to' describes an ongoing campaign -> asserted (borderline hypothetical as an "
      "attempt); the target class 'so-called tax havens' / 'legitimate and well-regulated countries' is uncoded, "
      "but the speaker's 'we face being stigmatized' puts St Vincent inside it -> coded for the speaker only "
      "(set 133: 'We nations of South America'; borderline target null)"),
 23: ([("pay tribute to the Secretary", "051", "SVN/GOV", "org:UN", False, A, N, False)],
      "Slovenia (2012); 'It is my honour to pay tribute to the Secretary-General, His Excellency Mr. Ban Ki-moon, for "
      "his able leadership' = 'pay tribute to' is 051 (README: 'pay tribute to' is 051), the Secretary-General -> "
      "org:UN (README: supporting the Secretary-General is 051 to org:UN); his 'tireless efforts in guiding the "
      "United Nations' are internal to the Organization, not coded"),
 24: ([], "Mauritius (2012): 'Mauritius strongly supports the view that the present economic crisis is of a global "
          "nature and that solutions ... also need to be global' = agreement with an unattributed view, an abstract "
          "policy position (guideline; borderline a 051 with no target, as set 182's 'We fully agree with these "
          "proposals')"),
 25: ([("committed to the maintenance of peaceful relations", "030", "GNQ/GOV", N, False, A, N, False)],
      "Equatorial Guinea (2003); 'Equatorial Guinea is faithful to its commitments as a full-fledged Member of the "
      "United Nations and a member of the African Union' = compliance with membership obligations, not coded "
      "(README: compliance uncoded; set 137: reaffirmed commitments to the Charter uncoded; borderline a 030 to "
      "org:UN and one to org:AU, as set 192's 'Reaffirm my country's commitment to the United Nations'); "
      "'committed to the maintenance of peaceful relations of friendship and cooperation with other countries' = "
      "a commitment stated as a fact -> 030 asserted (README: commitments stated as facts are asserted 03x; set 184: "
      "'no intention other than to diversify their relations of friendship and cooperation' a 030 with no target), "
      "the partners unnamed -> target null (borderline 050, as set 189's 'Very good relations with all our "
      "neighbours')"),
 26: ([("we welcome the recently adopted resolution", "051", "CYP/GOV", "org:UNGA", False, A, N, False)],
      "Cyprus (2015); 'we welcome the recently adopted resolution 69/321, on revitalization' = welcoming a General "
      "Assembly resolution -> 051 to org:UNGA (README: welcoming a UN resolution is 051 to org:UNGA; set 195; "
      "borderline uncoded as a UN reform position, the resolution being on the Assembly's revitalization); 'as well "
      "as the ongoing dialogue towards enhancing the effectiveness of the Security Council' = the Council-reform "
      "negotiations among all Member States, a UN reform position with no coded party, not coded (held-out 54-61)"),
 27: ([("strengthening its cooperation", "050", "GNB/GOV", N, False, A, N, False)],
      "Guinea-Bissau (2001); 'the Government is strengthening its cooperation with other countries at the "
      "subregional, regional and international levels' = ongoing, realised diplomatic cooperation -> 050 asserted "
      "(set 142: 'The most active countries in all of the regional initiatives' a 050 with no target; held-out "
      "precedent: 'working ... in cooperation with' 050 asserted), the partners unnamed -> target null (borderline a "
      "030 as 'enhance cooperation', which the guideline gives 03x only when future; or 061)"),
 28: ([], "Slovakia (2008): 'we need an agreement on a comprehensive United Nations convention against international "
          "terrorism' = 'we' meaning all states negotiating the convention (held-out 42/43), not coded (borderline a "
          "demanded nominal 057 null -> null)"),
 29: ([("development aid", "070", "TWN/GOV", N, False, A, N, True)],
      "Sao Tome and Principe (2006); 'Taiwan is also an excellent world citizen, generous in humanitarian and "
      "development aid' = Taiwan's habitual giving of aid, its agent the subject -> one aid noun covering two kinds "
      "-> nominal 070 (README: one aid noun covering several kinds is one 070; held-out precedent: Turkey's "
      "'humanitarian and development aid' a nominal 070 with no target), Taiwan -> TWN/GOV (held-out precedent: "
      "'Taiwan has been another steady supporter' TWN/GOV), habitual -> asserted, recipients unnamed -> target null "
      "(borderline STP/GOV from the malaria programme of the text after, or uncoded as an evaluation: 'excellent "
      "world citizen')"),
 30: ([("We welcome your", "051", "PNG/GOV", "org:UNGA", False, A, N, False)],
      "Papua New Guinea (2013); 'We welcome your overarching theme of \"The post-2015 development agenda: setting the "
      "stage\"' = a welcome (guideline: 051) of the theme chosen by the President of the Assembly ('you, Sir', the "
      "sentence before) -> 051 to org:UNGA, following sets 129, 157 and 203 (praise or welcome of the theme a "
      "President has chosen a 051 to org:UNGA; borderline uncoded as the welcome of a session theme, as sets 120, "
      "142, 182 and 198 left it); the delegate speaks for the Prime Minister -> PNG/GOV"),
 31: ([("we shall soon convene a conference", "036", "BLR/GOV", N, False, F, N, False),
       ("with the support of the United Nations Economic Commission for Europe", "070", "org:UN", "BLR/GOV", False,
        F, N, True)],
      "Belarus (2016); 'we shall soon convene a conference on this issue in Minsk' = a future convening -> future "
      "cooperative act, 036 future (guideline: future meetings, host, convene get 036 future; set 171: Tanzania's "
      "hosting a future 036), participants unnamed -> target null (borderline org:UN, as held-out 'hosting a session "
      "of a UN regional commission' 036 future to org:UN); Minsk is the venue; 'with the support of the United "
      "Nations Economic Commission for Europe' = a UN regional commission -> org:UN (README: a UN programme as "
      "subject stands for org:UN), support noun -> nominal 070 (README: 'with the support of our United Nations "
      "partners' a nominal 070 from org:UN), to the convener BLR/GOV, future like the conference it serves "
      "(borderline 050, or a second 036 as co-convener)"),
 32: ([("reaffirms its support", "051", "OMN/GOV", "LBN/GOV", False, A, N, False),
       ("reaffirms its support", "051", "OMN/GOV", "SYR/GOV", False, A, N, False),
       ("occupied on 4 June 1967", "192", "ISR/GOV", "SYR", False, A, N, False)],
      "Oman (2003); 'the Sultanate of Oman reaffirms its support for Lebanon's right to restore the remaining Sheba'a "
      "farms and the Syrian Arab Republic's right to recover the Syrian Golan' = 'express support' 051 (guideline), "
      "one per named government (guideline: compound split) -> LBN/GOV and SYR/GOV; the rights are not claims or "
      "demands, so no nominal 1053 is coded (borderline one nominal 1053 each to ISR/GOV, as set 135's 'claims'); "
      "'the Syrian Golan, occupied on 4 June 1967' = a passive participle whose agent the document makes plain "
      "('all Palestinian territories occupied by Israel since 1967', three sentences before) -> 192 (README: occupy "
      "192; a verb's missing participant taken from the context), not nominal as a participle, ISR/GOV -> bare SYR "
      "(set 149: Israeli occupation of the Golan a 192 to SYR; borderline uncoded, as set 143 left 'the occupied "
      "territories' with Israel named only in the sentence before, or source null); 'remaining' Sheba'a farms "
      "implies an occupation with no verb, not coded"),
 33: ([("help us to maintain", "070", "org:UN", "NIC/GOV", False, D, N, False)],
      "Nicaragua (1993); 'We need the United Nations to help us to maintain and to guarantee economic bilateral "
      "cooperation at current levels for my country' = a statement of need naming its helper (README: statements "
      "of need are demanded aid; set 121: 'we need the understanding and support of the United Nations' a demanded "
      "070 from org:UN) -> 070 demanded org:UN -> NIC/GOV, the help being the Organization's backing for bilateral "
      "flows rather than money of its own (borderline 071, or a 103 request); 'economic bilateral cooperation' is "
      "the bilateral donors' aid, their agents unnamed, folded in (borderline a nominal 071 with no source to "
      "NIC/GOV)"),
 34: ([("We welcome the actions taken by your", "051", "GIN/GOV", "org:UNGA", False, A, N, False)],
      "Guinea (2001); 'We welcome the actions taken by your predecessor, Sir, to streamline the working methods of "
      "the General Assembly' = a welcome (guideline: 051) of acts of the previous President of the Assembly "
      "(Holkeri) -> org:UNGA (README: appreciation of an outgoing President of the General Assembly goes to "
      "org:UNGA; set 183: a congratulation of the new Assembly President and thanks to the outgoing one 051 to org:UNGA; borderline uncoded as "
      "a working-methods reform position, set 155); the streamlining itself is internal to the Assembly, not coded"),
 35: ([("We call for international efforts", "100", "MAR/GOV", N, False, A, N, False)],
      "Morocco (2018); 'We call for international efforts to maintain its status and protect it against any action "
      "targeting it' = a request (guideline: call for -> 10x) about Jerusalem (sentence before) with no addressee "
      "-> target null (set 186: 'We call for the mustering of ... efforts' against terrorism a generic 100 with no "
      "target; borderline 102, or uncoded as a call with no addressee, sets 110 and 125); no sub-code fits "
      "preserving a city's status -> generic 100; 'any action targeting it' is generic and hypothetical, with no "
      "agent, not coded"),
 36: ([], "Italy (2005): 'It is now up to the General Assembly and the Secretariat to set about implementing the "
          "initiatives agreed upon in the outcome document' = a deontic (set 173: 'It is now up to the Security "
          "Council to' demanded) whose Y, implementing the World Summit's reform initiatives, is compliance and UN "
          "reform, not a codable behaviour (guideline; held-out 54-61; borderline a demanded 030 from org:UNGA and "
          "org:UN); 'agreed upon' by the heads of State, meaning all states, is null -> null (borderline a 057 "
          "null -> null)"),
 37: ([("its support has been long standing", "051", "CHE/GOV", "org:UN", False, A, N, True)],
      "Thailand (2002); 'Switzerland is hardly a stranger to the United Nations system; its support has been long "
      "standing' = Switzerland's long support for the UN system before its 2002 admission -> nominal support with "
      "its agent 'its' -> 051 to org:UN (set 112: 'Norway has been a consistent supporter of the United Nations' a "
      "nominal 051 to org:UN; borderline 070 for material support), habitual -> asserted; 'hardly a stranger' is "
      "litotes for an evaluation, and the admission itself is not coded (README: UN admissions uncoded)"),
 38: ([], "Georgia (2019): 'That has been, to some extent, our peaceful victory over war and occupation, tragedy and "
          "destruction' = the anaphoric 'That' (Georgia's development course) described as a figurative 'victory'; "
          "'war and occupation' are event nouns with no agent in the sentence, paired with 'tragedy and destruction' "
          "as abstract evils (guideline: event nouns without an agent not coded; borderline a nominal 192 RUS/GOV -> "
          "GEO, as set 145's Georgian 'The invasion' from context)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Zambia (2002): 'there are 270,000 refugees in designated camps and about 120,000 others who are ... settled "
          "in the border areas among the local people in Zambia' = refugee statistics, with no grant or hosting verb "
          "(set 168: refugees 'hosted by our country' a habitual 075; borderline a habitual 075 ZMB/GOV -> AGO/CVL and "
          "COD/CVL from the sentence before, 'as a host to refugees from Angola, the Democratic Republic of the "
          "Congo')"),
 40: ([], "Tuvalu (2015): 'This year eight Tuvaluan medical doctors graduated from Cuba' = the doctors' graduation, "
          "no act between actors in the sentence; the Cuban scholarships lie in the sentence before, thanked there "
          "(borderline a nominal 070 CUB/GOV -> TUV/CVL, as the README's training of doctors credited to Cuba)"),
 41: ([], "Holy See (2014): 'the combined forces of a number of nations will be required to guarantee the defence of "
          "unarmed citizens' = an agentless statement of need about unnamed nations protecting unnamed civilians, "
          "null -> null (held-out 54-61: acts between uncoded collectives uncoded; borderline a demanded 0334 "
          "null -> null)"),
 42: ([], "Niger (2013): 'just because our enterprise is complex it does not necessarily mean that we are doomed to "
          "inaction at best and to mistakes at worst' = 'we' the international community in Mali (text before), a "
          "reflection with no act; 'how close we came to disaster' is a description"),
 43: ([], "Tajikistan (2014): 'Under the country's President, the Drug Control Agency has been functioning "
          "successfully for 15 years' = a domestic agency's functioning, no act between actors"),
 44: ([], "Hungary (2019): 'who will reconstruct and rebuild those countries?' = a question with an unknown agent about "
          "countries of origin, no act"),
 45: ([], "Brunei Darussalam (2006): 'For many years, he has been the United Nations most public figure' = an "
          "evaluation of Secretary-General Annan after the speaker's appreciation in the sentence before, no act"),
 46: ([], "Djibouti (1997): 'Since then we have remained seized of the situation there' = continued attention to "
          "Somalia after the 1991 reconciliation conferences of the sentence before, a state of engagement with no "
          "CAMEO act (borderline a habitual 045 DJI/GOV -> bare SOM)"),
 47: ([], "San Marino (2009): a fragment 'The Security Council reform process, which the' with no verb of its own; "
          "Security Council reform is uncoded (held-out 54-61) and the verb lies after the cut (README: fragments "
          "whose act lies outside the sentence)"),
 48: ([], "Guatemala (2012): 'It involves an increasing number of countries and persons' = the drug problem as "
          "subject, a description, no act"),
 49: ([], "Uganda (2019): 'As we saw in the recent period, the Ebola virus and other diseases know no boundaries' = a "
          "description of diseases, no actor"),
 50: ([], "Guyana (1990): 'this optimism is attended by a renewed faith in the United Regions [sic: Nations] as the "
          "central forum for inter-State co-operation' = a sentiment of an unnamed collective (set 120: the 'esteem "
          "of the international community' uncoded as a sentiment; README: sentiments not coded); 'the remarkable changes in East-West relations' have no "
          "agent (set 178: 'the elimination of the underlying reasons of confrontation between East and West' coded "
          "only as the speaker's welcome)"),
 51: ([], "Cabo Verde (2008): 'such an act of justice and solidarity would not be enough' = the anaphoric, "
          "hypothetical compensation for the poorest nations proposed in the sentence before, with no agent or "
          "recipient in the sentence, an evaluation (borderline a hypothetical 071 null -> null)"),
 52: ([], "El Salvador (2015): 'Economic and financial crises have aggravated the vulnerability of the poorest' = an "
          "inanimate subject, no act between actors"),
}
