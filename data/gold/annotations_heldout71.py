"""Hand annotations for the SEVENTY-FIRST held-out event gold set (source of events-heldout71.jsonl).

Keyed by the row index of selection-heldout71.jsonl (output of select_bulk_heldout.py 71; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout71.jsonl \
        --annotations annotations_heldout71 --output events-heldout71.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Thailand (2002): 'Those tasks and duties ... do not merely involve the compliance by each Member State with "
         "the United Nations multilateral mechanism; they also include our forging cooperation and partnership at all "
         "levels among all stakeholders' = an abstract statement of duties, 'our' meaning all Member States (held-out "
         "42/43: 'we' meaning all states not coded), uncoded collectives, no act; 'do not merely involve' negates a "
         "scope, not an event"),
 1: ([], "Congo (1996): 'Our continent can no longer take democracy to mean the mechanical imposition of some model of "
         "democratic institutions' = a view on democracy; the imposition has no agent, the continent is uncoded; "
         "'no longer' bears on a conception, not an event"),
 2: ([], "Netherlands (1996): 'Many States no longer regard multilateral cooperation as a separate goal of their foreign "
         "policy' = attitudes of an uncoded collective, no act between actors; 'no longer' bears on a view"),
 3: ([("committed technical assistance", "070", "org:CARICOM", "HTI/GOV", False, A, N, False)],
     "Dominica (2005); 'Caribbean Community and Common Market (CARICOM) States have already committed technical "
     "assistance for the elections' = the member States acting together -> org:CARICOM (as the OECS and CARICOM codes of earlier sets: members "
     "acting together as the organisation; borderline one event per member, none named in the document); committed "
     "aid is aid (held-out 20/21: committed aid sums are aid; borderline 0331/0333 as a pledge), technical assistance "
     "of no more specific kind -> 070; the elections of Haiti (the preceding sentences) are organised by the interim "
     "Government of 2005 -> HTI/GOV (borderline bare HTI); 'are cognizant that elections alone will not bring "
     "stability' is a view, not an event"),
 4: ([], "Poland (2009): 'it is not true that we do not need new rules, new regulations, to deal with issues ... "
         "including supervision and oversight over the banking sector' = a view on global economic rules, 'we' meaning "
         "all states, no act between actors; the double negation bears on a need"),
 5: ([], "Lithuania (1998): 'Never before have the issues of coordination and enhanced cooperation been as crucial' = an "
         "evaluation of issues, no actor; 'never' bears on a comparison"),
 6: ([], "Cameroon (2010): 'ensuring that our continent does not remain forever aid-dependent and that it plays its "
         "rightful role in international affairs' = an aim for Africa as a whole (uncoded), a state of dependence, not "
         "an aid act"),
 7: ([("never turned away", "174", "TZA/GOV", N, True, A, N, False),
      ("never negotiated refugee\nquotas", "046", "TZA/GOV", N, True, A, N, False)],
     "Tanzania (1999); 'We have never turned away those fleeing to save their lives' = a negated expulsion of refugees "
     "at the border (refoulement) -> 174 negated (guideline: deportation/forced repatriation 174; borderline 191 "
     "restrict movement), the refugees of the Great Lakes region (preceding text) of several nationalities, none "
     "resolved to one code -> target null (borderline BDI/CVL, RWA/CVL, COD/CVL); 'we have never negotiated refugee "
     "quotas with other countries' = a negated negotiation (guideline: 'never met' negated) -> 046 negated, 'other "
     "countries' an uncoded collective -> target null; habitual -> asserted"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("receives support", "070", "SYR/GOV", "PSE/REB", False, A, N, False),
      ("receives support", "070", "IRN/GOV", "PSE/REB", False, A, N, False),
      ("safe haven", "075", "SYR/GOV", "PSE/REB", False, A, N, False),
      ("safe haven", "075", "IRN/GOV", "PSE/REB", False, A, N, False),
      ("attack", "1831", "PSE/REB", "ISR/CVL", False, A, N, True)],
     "Israel (Shalom, 2004); Hamas -> PSE/REB (held-out 4); capital metonyms 'the regimes in Damascus and Tehran' -> "
     "SYR/GOV and IRN/GOV (guideline); 'receives support ... from' = aid of unspecified kind -> 070, one event per "
     "backer (held-out 26/27: arming and supporting named groups 072 and 070 per group; held-out 30/31: a war's "
     "foreign backing 070 per backer; borderline 072 military aid); 'safe haven' = grant asylum 075 (held-out 6: "
     "DED = safe haven 075), one per backer; 'claimed responsibility for that horrific attack' = the double suicide "
     "bombing of two commuter buses in Beersheva (preceding sentences: sixteen innocent people killed) -> nominal "
     "1831 with its agent from the claim, to the victims -> ISR/CVL; the claim itself is a statement (01x, not "
     "coded); the speaker states the attribution as fact -> reported_by null (borderline reported_by PSE/REB, the "
     "claimant); 'operates freely from Palestinian territory' is no act between actors"),
 9: ([], "Cuba (2012): 'Regime change is being imposed from Washington and other NATO capitals, and wars of conquest are "
         "being waged for the control of natural resources' = Washington a capital metonym (USA/GOV), but the act has "
         "no named target in the sentence (the Syrian case follows in the next sentence) and imposing regime change "
         "has no CAMEO code (held-out 22/23: coups not coded); 'other NATO capitals' an uncoded collective; the wars of "
         "conquest an agentless passive; not coded (borderline 170 USA/GOV -> null, or 190 for the wars)"),
 10: ([], "Turkey (2015): 'We wish to see a political solution to the crisis in Ukraine based on ... the principles of "
          "the Minsk agreements' = a wish (optative, held-out 5), the agreements a noun without its parties in the "
          "sentence; not coded"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Luxembourg (1997): 'The European Union has often stated that the crisis cannot be resolved until all Member "
          "States have agreed to meet their obligations ... by settling their arrears and by paying on time ... the "
          "full amount of their mandatory contributions' = a reported condition (reported_by org:EU) whose payers are "
          "'all Member States', an uncoded collective, paying dues to the Organization (obligations, not aid; "
          "guideline: 'comply with obligations' not codable); the EU's statement is 01x; not coded (borderline a "
          "request 100 org:EU -> null)"),
 12: ([("Jordan welcomes the recent initiative", "051", "JOR/GOV", "USA/GOV", False, A, N, False),
       ("initiative of President George Bush to reduce unilaterally", "0356", "USA/GOV", N, False, A, N, True)],
      "Jordan (1991); welcoming 'the recent initiative of President George Bush' = 051 (guideline) to USA/GOV; the "
      "initiative 'to reduce unilaterally the large number of United States nuclear weapons' (the Presidential Nuclear "
      "Initiatives of September 1991) = an announced intent to reduce forces, stated as a fact -> express intent to "
      "de-escalate military engagement 0356, asserted (guideline: an explicit intent stated as a fact gives 03x "
      "asserted), an event noun with its agent -> nominal; unilateral -> target null (borderline SUN/GOV); 'it should "
      "be stated' is the speaker's own statement (reported_by null); 'warmly received internationally' = an "
      "agentless, impersonal welcome (held-out 52/53), not coded"),
 13: ([("we announced that Canada would invest", "0331", "CAN/GOV", N, False, A, N, False)],
      "Canada (Trudeau, 2016); 'we announced that Canada would invest $2.65 billion over five years to fund clean, "
      "low-carbon growth in developing countries' = an announced aid sum, a pledge stated as a fact -> 03x asserted "
      "(held-out 26/27: an announced contribution 03x; held-out 36/37: an aid target 0331), climate finance for "
      "development -> economic aid 0331; the speaker's own past announcement -> reported_by null (guideline); "
      "'developing countries' an uncoded collective -> target null; 'our commitment to implementing that Agreement' "
      "= compliance with the Paris Agreement (guideline: 'comply with obligations' not codable), not coded "
      "separately (borderline 030 with no target, held-out 46/47 commitments stated as facts)"),
 14: ([("signing ceremony", "057", "SLV/GOV", "SLV/REB", False, A, N, True)],
      "El Salvador (1992); 'the signing ceremony in Chapultepec, Mexico' of 16 January 1992 = the signing of the peace "
      "agreement, an event noun whose parties are plain from the document (the Government and the Farabundo Marti "
      "National Liberation Front, named later in the speech; held-out 48/49: an event noun whose agent is plain "
      "only from the text around it is coded) -> nominal 057, symmetric, from the document's government to the FMLN "
      "-> SLV/REB in January 1992 (borderline SLV/OPP); Chapultepec a venue; 'we have said that peace ... is not just "
      "a matter of restoring normal conditions' = the speaker's own past statements (01x), no event"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Australia (1991): the future Secretary-General 'must be able effectively to transmit the principles and "
          "purposes of the Organisation to a wider public' = a qualification for an office, communication (01x), no "
          "act between actors"),
 16: ([("assures Israel", "051", "USA/GOV", "ISR/GOV", False, A, N, False)],
      "Palestine (2004); President Bush -> USA/GOV; 'he assures Israel that \"it is unrealistic to expect that the "
      "outcome of final status negotiations will be a full and complete return to the armistice lines of 1949\"' = "
      "the letter of assurance to Prime Minister Sharon (preceding sentence), an endorsement of Israel's position on "
      "borders -> 051 to ISR/GOV (borderline not coded as a speech verb whose content is a view, guideline); the "
      "final status negotiations and the return to the 1949 lines lie inside a denied expectation, agentless in the "
      "sentence -> not coded (borderline hypothetical 046 ISR/GOV -> PSE/GOV and 0874)"),
 17: ([], "Panama (2011): 'Those working groups will meet in Panama from 1 to 7 October' = the meeting of the UNFCCC ad "
          "hoc working groups among their own members (held-out 60 row 26: a body's meeting among its members not "
          "coded); Panama is the venue, its hosting lies in the preceding sentence; advancing the modalities of "
          "emission reductions is the purpose"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Argentina (2006): a fragment cut by the splitter, 'We must stress that the Government of the United' "
          "[Kingdom persists in ignoring those General Assembly resolutions]; the act lies outside the sentence "
          "(held-out 63 row 1: a fragment not coded); 'We must stress' is a speech act (01x)"),
 19: ([("We call on others", "102", "MDV/GOV", N, False, A, N, False)],
      "Maldives (2014); 'We call on others to join us in that journey' = a request (guideline: call on -> 10x), the "
      "journey = the Alliance of Small Island States' quest for the post-2015 challenges (preceding sentence) -> "
      "joining a diplomatic partnership -> 102 (held-out 37 row 2, 63 row 2: calling on states to join conventions "
      "102), 'others' an uncoded collective -> target null (held-out 63 row 2)"),
 20: ([], "Trinidad and Tobago (1995): 'The international community must fulfil its responsibilities in assisting the "
          "process' = a deontic over an uncoded collective whose beneficiary is a process of reconciliation in African "
          "conflicts, not an actor; null-null, not coded"),
 21: ([], "El Salvador (2010): 'The indolent State ... must be transformed into a social State that wages as its chief "
          "battle the reduction of poverty and injustice' = a domestic reform, figurative 'battle', no act between "
          "actors"),
 22: ([("occupied territories", "192", "ISR/GOV", "PSE", False, A, N, True),
       ("we call on Israel", "1042", "ZMB/GOV", "ISR/GOV", False, A, N, False)],
      "Zambia (1991); 'we call on Israel to desist from this untenable practice' = a request (guideline: call on -> "
      "10x) to ISR/GOV, Y = ending the construction of new settlements, which has no specific CAMEO code (held-out "
      "29 row 18: building settlements not coded) -> demand policy change 1042 (borderline 100); 'the occupied "
      "territories' = an occupation whose agent the same sentence names (Israel) -> nominal 192 (held-out 22/23: "
      "'Israeli-occupied Golan' nominal 192) to the Palestinian territories -> bare PSE (guideline: target of an "
      "occupation; borderline also SYR for the Golan); the settlement construction itself is not coded (no CAMEO "
      "code); 'We consider ... an obstacle to peace' is an evaluation (guideline), not a separate 111"),
 23: ([], "Belize (2007): 'Our focus on the urgency of the current situation should not ... detract from the equally "
          "urgent ... situation of the development agenda' = attention, 'our' meaning all states; 'the failure of the "
          "international economic system to reinvent itself' is no act"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("call again upon all our friends", "103", "ETH/GOV", N, False, A, N, False)],
      "Ethiopia (1992); 'We therefore call again upon all our friends to provide us with meaningful assistance' = a "
      "request for aid (guideline: call upon -> 10x) -> 103 (borderline 1031, the preceding sentence naming material "
      "assistance for socio-economic development), 'all our friends' an uncoded collective -> target null; the "
      "Transitional Government's request -> ETH/GOV; the aid itself is not coded separately (guideline)"),
 25: ([("register our most sincere appreciation", "051", "VUT/GOV", N, False, A, N, False),
       ("continuous support", "070", N, "VUT/GOV", False, A, N, True)],
      "Vanuatu (1999); 'register our most sincere appreciation and recognition to each and every country and group of "
      "countries' = thanks (guideline 051) to an uncoded collective -> target null (held-out 14/15: thanks that "
      "include a group without a code have target null); 'for their continuous support' = realised support whose "
      "agent the thanks give (held-out 24/25), uncoded -> nominal 070 with no source to the speaker's government "
      "(held-out 34/35: 'reliant on the assistance of others' nominal 070 with no source)"),
 26: ([], "Jamaica (2009): 'We meet at a critical juncture, as the world confronts multiple crises' = the Assembly's own "
          "session, 'we' meaning all delegations (held-out 42/43), no act between actors"),
 27: ([("We welcome the recent decision by the ICC", "051", "MLI/GOV", "org:ICC", False, A, N, False)],
      "Mali (2015); welcoming 'the recent decision by the ICC on this new crime' = 051 (guideline) to org:ICC; the "
      "decision on the destruction of Timbuktu's mausoleums (the Al Mahdi case of September 2015, not named in the "
      "document) is of no stated kind, so it is not coded (borderline nominal 1124 org:ICC -> MLI/REB); the "
      "destruction lies in the preceding text"),
 28: ([], "Libya (2010): 'The speedy pace of development ... and the need to narrow the painful gap ... require "
          "international cooperation within the framework of a new and effective partnership' = a need between "
          "uncoded collectives (developing and developed countries), null-null, not coded"),
 29: ([("appeal to all", "1056", "GHA/GOV", N, False, A, N, False)],
      "Ghana (1990); 'We also appeal to all to exercise maximum restraint and to give dialogue and diplomatic effort a "
      "chance' = a request (guideline: appeal -> 10x) in the Gulf crisis, Y = restraint -> demand de-escalation 1056 "
      "(borderline 106 for the dialogue; one request of two parts coded once), 'all' unnamed -> target null "
      "(borderline IRQ/GOV, addressed in the preceding sentence)"),
 30: ([("host", "043", "BRB/GOV", "org:ACP", False, A, N, False),
       ("host", "043", "BRB/GOV", "org:EU", False, A, N, False)],
      "Barbados (1998); 'Barbados was pleased to host in May 1998 the sixty-seventh session of the Council of "
      "Ministers of the [ACP], as well as the meeting of the twenty-third joint ACP-European Union (EU) Council of "
      "Ministers' = hosting (guideline 043) the meetings of organisations -> 043 to each organisation (held-out 46/47: "
      "'we host' an organisation's centre 043 to the organisation; the first held-out set's T&T 'convene' 043 to org:CARICOM), the ACP Group "
      "-> org:ACP (new code), the joint Council adds org:EU; two meetings, one event per organisation (borderline one "
      "043 with no target, as held-out 28/29's several conferences); historic -> asserted"),
 31: ([], "Egypt (2017): 'Each time we meet in this Hall, we rekindle the hopes and aspirations of the peoples' = the "
          "Assembly's sessions, 'we' meaning all delegations, no act between actors"),
 32: ([], "Afghanistan (2018): 'Afghanistan also faces daunting tasks associated with an impending drought, refugee "
          "resettlement and internal displacement ... and security threats' = challenges, agentless; 'security "
          "threats' a risk (guideline), not coded"),
 33: ([("helping to bring about this agreement", "057", "MLT/GOV", N, False, A, N, False)],
      "Malta (1995); 'Malta is proud to have taken an active role in helping to bring about this agreement' = the "
      "agreement on the indefinite extension of the NPT at the 1995 Review Conference (preceding sentence), which "
      "Malta reached together with the other States parties -> 057 (guideline: agreements concluded), a multilateral "
      "agreement -> target null (held-out 48/49: joining the NPT 057 with no target; borderline 046 for the "
      "negotiating role); 'is proud' is an attitude"),
 34: ([("adopted a joint position", "0311", "ARG/GOV", "USA/GOV", False, A, N, False),
       ("adopted a joint position", "0311", "BRA/GOV", "USA/GOV", False, A, N, False),
       ("adopted a joint position", "0311", "PRY/GOV", "USA/GOV", False, A, N, False),
       ("adopted a joint position", "0311", "URY/GOV", "USA/GOV", False, A, N, False)],
      "Paraguay (1990); 'the countries of the South American common market region have adopted a joint position with "
      "regard to arriving at a specific agreement with the United States Government' = a stated intent to conclude a "
      "trade agreement under President Bush's Initiative for the Americas (preceding sentence) -> express intent to "
      "cooperate economically 0311, asserted (guideline: an explicit intent stated as a fact); the group has no "
      "code, so one event per member (held-out 12/13: a group without a code is each member the document names): "
      "the document names the integration process 'begun by Argentina and Brazil, and also involving Chile and "
      "Uruguay', which Paraguay joins; the common market's members -> ARG, BRA, PRY, URY (borderline CHL, named in the "
      "process but outside the common market); the joint position among them is the same act, not a separate 057"),
 35: ([], "Slovakia (1997): 'The Organization is a unique forum that can facilitate close cooperation and partnership "
          "for development among Governments, civil society, the private sector' = an evaluation of the UN's capacity "
          "among uncoded collectives, no act"),
 36: ([], "Papua New Guinea (2009): 'The impact of the crisis has also reduced levels of official development "
          "assistance globally' = an agentless effect on aid flows between uncoded collectives, not coded"),
 37: ([("i assure the Assembly", "032", "MYS/GOV", "org:UN", False, A, N, False),
       ("i assure the Assembly", "032", "MYS/GOV", "org:UNGA", False, A, N, False)],
      "Malaysia (2017); the selected span holds two sentences (the splitter did not cut before the lower-case 'i'); "
      "'Let us strengthen our resolve in fulfilling our collective responsibilities' = 'us' meaning all states, not "
      "coded; 'i assure the Assembly of Malaysia's continued support and commitment to the agenda of the United "
      "Nations and the work of the General Assembly' = a pledge of continued support (held-out 26/27: 032 asserted; "
      "held-out 48/49: assuring the Assembly President of cooperation 030), one event per party: the UN's agenda -> "
      "org:UN, the Assembly's work -> org:UNGA (borderline org:UNGA alone, as the addressee)"),
 38: ([("welcomed", "051", "FJI/GOV", "org:UNGA", False, A, N, False)],
      "Fiji (1995); 'Last year, Fiji, along with other small island developing countries, welcomed General Assembly "
      "resolution 49/100' = welcoming a UN resolution -> 051 to org:UNGA (held-out 26/27), historic -> asserted; the "
      "other SIDS are an uncoded collective, dropped (compound rule); the resolution 'recalled' a vulnerability (01x)"),
 39: ([("We welcome the establishment", "051", "MWI/GOV", "KHM", False, A, N, False)],
      "Malawi (1990); welcoming 'the establishment of the Supreme National Council' of Cambodia (September 1990, under "
      "the aegis of the five permanent members, preceding sentence) = 051 (guideline) aimed at a development whose "
      "Cambodian parties (the four factions) the document does not name -> the country as a whole, bare KHM "
      "(held-out 63 row 24: welcoming normalization in Mauritania -> bare MRT; borderline KHM/GOV for the Council as "
      "the embodiment of sovereignty); the establishment is agentless in the sentence, not coded"),
 40: ([("signed", "057", "USA/GOV", "RUS/GOV", False, A, N, False)],
      "France (Hollande, 2013); 'the agreement signed between the United States and Russia' (the Geneva framework on "
      "Syria's chemical weapons, September 2013) = 057 (guideline: agreements concluded), a participle with both "
      "parties named -> not nominal (held-out 40/41: a treaty 'since it was signed' 057 between its parties), "
      "symmetric -> once from the first-named; 'all the more reason to include it in the draft resolution' = "
      "France's drafting, a reason, no act between actors"),
 41: ([], "Albania (2018): 'Albania fully supports a more effective United Nations agenda through a more integrated "
          "peace and security architecture' = a position on UN reform (held-out 54-61: reform positions left "
          "uncoded), abstract (guideline: 'we support the allocation of resources'); not coded (borderline 051 "
          "ALB/GOV -> org:UN, as supporting a UN plan in held-out 44/45)"),
 42: ([("has called for", "1056", "MRT/GOV", "ISR/GOV", False, A, N, False),
       ("siege", "191", "ISR/GOV", "PSE", False, A, N, True)],
      "Mauritania (2010); 'My country has called for the lifting of the unjust siege on Gaza and for an end to its "
      "collective and inhumane punishment' = a call (guideline: call for -> 10x), Y = easing a blockade -> 1056 "
      "(held-out 29 row 18: 'urges Israel to lift its blockade' 1056); the siege's imposer is plain from the "
      "document (the Palestinian-Israeli paragraph) -> ISR/GOV as addressee (held-out 50/51: a call to end an "
      "embargo takes no target only where the imposer is never named; borderline target null as a bare 'calls "
      "for'); the siege, a realised act named inside the request -> nominal 191 (held-out 12/13 rule; held-out 29 "
      "row 18) ISR/GOV -> the Gaza Strip -> PSE; the collective punishment is the same siege, coded once; one "
      "request of two parts coded once"),
 43: ([], "Ghana (2012): 'We now find ourselves in a rather ironic situation that is threatening the advances we have "
          "made' = a figurative threat (guideline), the funding situation for HIV/AIDS, no act"),
 44: ([("we are calling on the rest of the international\ncommunity", "103", "GMB/GOV", N, False, A, N, False)],
      "Gambia (2002); 'In our capacity as coordinator of the Group of friends of Guinea-Bissau ... we are calling on "
      "the rest of the international community to provide more assistance to that sister country' = a request for "
      "aid (guideline: call on -> 10x) -> 103, the international community uncoded -> target null; the Group of "
      "Friends has no code, and the speaker acts as its coordinator -> GMB/GOV (borderline the group's members, not "
      "named); the beneficiary Guinea-Bissau is not a party to the request; the aid is not coded separately"),
 45: ([("congratulate and welcome", "051", "KEN/GOV", "SSD/GOV", False, A, N, False)],
      "Kenya (2011); 'congratulate and welcome the Republic of South Sudan to the community of nations' = "
      "congratulation and welcome (guideline 051; held-out 24/25: congratulating a people on a national day 051), "
      "two verbs of one act coded once, to the new state's government -> SSD/GOV (borderline bare SSD); the birth of "
      "the nation lies in the preceding sentence"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Mauritius (1994): 'Mauritian culture is the result of a synthesis worked out through history' = a description, "
          "no act"),
 47: ([("peace-keeping duties", "074", "FJI/MIL", N, False, A, N, True)],
      "Fiji (1992); 'several of its soldiers engaged in peace-keeping duties in the cause of peace in the area' = "
      "Fijian troops keeping the peace in the Middle East (preceding sentence) -> nominal 074 (held-out 38/39: "
      "peacekeepers who 'put their lives on the line' are 074), the soldiers -> FJI/MIL (guideline: armed forces); "
      "'the area' is the Middle East, no host country named in the document -> target null (borderline LBN for "
      "UNIFIL); the soldiers' deaths are agentless, not coded"),
 48: ([], "Singapore (1998): 'the United Nations can play a leading role in the international effort to help countries "
          "reap the benefits of globalization' = a capacity of the UN toward uncoded collectives ('countries'), an "
          "evaluation, not coded (borderline hypothetical 070 org:UN -> null)"),
 49: ([], "Estonia (2016): 'Estonia attaches great importance to the Goal of achieving gender equality' = a policy "
          "priority, no act between actors"),
 50: ([], "Uganda (2008): 'An educated population has more capacity to look for answers than an uneducated population' "
          "= a maxim, no act"),
 51: ([("has responded", "030", "CAN/GOV", "org:UN", False, A, N, False)],
      "Canada (2000); 'Canada has responded by creating an independent international commission on intervention and "
      "State sovereignty' = answering Secretary-General Annan's challenge (preceding sentence) -> responding to a "
      "call is 030 (held-out 54-61: 'did not hesitate to respond to the appeal' asserted 030; guideline: 'not "
      "respond to a call' negated 030) to org:UN (the Secretary-General as the UN); creating the commission is the "
      "manner of the response, not coded separately (borderline not coded as a national institutional act)"),
 52: ([], "Andorra (2006): 'the rhetoric of violence which surrounds us polarizes us even further, undermines the "
          "possibility of finding a lasting solution' = agentless rhetoric, figurative, no act"),
 53: ([], "Suriname (1999): 'poverty continues to rise, leading to increased migration, environmental deterioration, "
          "political conflicts and instability' = agentless effects, no act"),
 54: ([], "Liechtenstein (1999): 'We are convinced that this is the right way for the international community to go' = "
          "a conviction about the Secretary-General's 'culture of prevention' (welcomed in the preceding sentence), an "
          "evaluation over an uncoded collective, not coded (borderline 051 LIE/GOV -> org:UN)"),
 55: ([("we expect the Security Council", "100", "NLD/GOV", "org:UNSC", False, A, N, False),
       ("systematic non-compliance", "128", "IRQ/GOV", "org:UNSC", False, A, N, True)],
      "Netherlands (2002); 'we expect the Security Council to take its responsibilities to end the Iraqi regime's "
      "systematic non-compliance' = a request (held-out 42/43: 'we expect more support, especially by the EU' is a "
      "request), Y = Council action to end Iraq's defiance, of no more specific kind -> 100; 'the Iraqi regime's "
      "systematic non-compliance with a range of earlier resolutions' = defying the Council's resolutions -> "
      "nominal 128 (held-out 34/35: 'flouting of the resolutions' nominal 128) IRQ/GOV -> org:UNSC"),
 56: ([], "Serbia (2017): 'we have begun to invest in the creativity of our young people' = domestic investment, no act "
          "between actors"),
 57: ([], "Mozambique (2008): a fragment cut by the splitter, 'In February 2008, we launched the Presidential' "
          "[Initiative for women and children] = a domestic programme, no act between actors"),
 58: ([], "Cyprus (1996): 'The time has come to make a further determined and sustained effort to solve the Cyprus "
          "problem' = an agentless deontic whose Y (solving a problem) is no codable behaviour (guideline)"),
 59: ([], "Qatar (2013): 'That cannot but be grounds for fresh conflict, as no people could accept continued injustice "
          "and remain silent' = a forecast and a maxim, agentless, no act"),
}
