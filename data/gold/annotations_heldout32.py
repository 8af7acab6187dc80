"""Hand annotations for the THIRTY-SECOND held-out event gold set (source of events-heldout32.jsonl).

Keyed by the row index of selection-heldout32.jsonl (output of select_bulk_heldout.py 32; all rows come from
bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout32.jsonl \
        --annotations annotations_heldout32 --output events-heldout32.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("has not as yet carried out its pledges", "0841", "IRQ/GOV", "KWT/CVL", True, A, N, False)],
     "Kuwait (2002); 'The Government of Iraq has not as yet carried out its pledges, especially in regard to Kuwaiti "
     "and third-country prisoners and detainees' = plain negation of the pledged act (guideline: 'has yet to "
     "fulfill' keeps the content's own code, first set 087 negated); the pledges (previous sentences: the Beirut Arab "
     "summit of March 2002, Iraq to cooperate in solving the question of Kuwaiti prisoners and hostages) named here "
     "by their object, the prisoners and detainees -> return, release persons 0841 negated (borderline negated 030, "
     "or not coded as non-compliance with commitments, held-out 30 row 3, where the commitments had no stated "
     "content); the Kuwaiti prisoners -> KWT/CVL, the third-country ones an uncoded collective, dropped (held-out 2 "
     "compound rule)"),
 1: ([("has been halted", "162", N, "COD", False, A, N, False)],
     "Zaire (1995; COD); 'bilateral cooperation has been halted for various reasons, some political in many "
     "countries, such as Zaire' = the donors' suspension of bilateral development cooperation = reduce or stop "
     "material aid 162 (borderline 160), an agentless passive with a named target -> source null (held-out 27 row "
     "26, 31 row 12), the country named as the example -> bare COD (held-out 30 row 33: aid to the country; "
     "held-out 26 row 4: sanctions on the country; borderline not coded, 'many countries' being generic); 'The new "
     "international economic order has not emerged' has no actor"),
 2: ([("I urge those countries", "102", "ITA/GOV", N, False, A, N, False)],
     "Italy (1998); urging 'those countries that have not yet done so' to sign the Rome Statute and move towards "
     "ratification = a request whose addressees are an unnamed class (held-out 29 row 0: 'have not signed or "
     "ratified' defines the target class, not coded as a negated event) -> target null; Y = join a treaty -> 102 "
     "(held-out 29 row 0, 31 row 35)"),
 3: ([], "Qatar (1994): 'We indicated that those negotiations did not replace bilateral negotiations but complemented "
         "them' = the speaker's statement (01x) about how two negotiating tracks relate, no act between actors; 'did "
         "not replace' negates a relation, not an event; 'unless a just and comprehensive peace was achieved' is "
         "agentless"),
 4: ([], "Uruguay (2013): 'that would be possible if we were capable of making global agreements and working on "
         "global prevention' = 'we' = all humanity/states (collective), a hypothetical with no named counterpart, "
         "null-null, not coded; 'guarantees that do not exist' is no event"),
 5: ([], "Jordan (2015): 'moderation does not mean accepting those who trample on others and rejecting all those who "
         "differ' = a definition of an attitude, no actor and no act"),
 6: ([], "Afghanistan (1998, the Islamic State of Afghanistan): 'Afghanistan will never enter into any political or "
         "military alliance against any State and Afghan soil will not be used as a base for hostilities against "
         "another State' = the fifth principle (permanent neutrality) of the settlement the Government proposes for "
         "an intra-Afghan dialogue (previous sentences: 'on the basis of the following principles'), a description "
         "of the future state's neutrality with no named counterpart; the second clause is an agentless passive, "
         "null-null; not coded (borderline negated 030 future AFG/GOV -> null, as held-out 6's 'will not normalize "
         "relations')"),
 7: ([], "Yemen (2001): 'imperative to reconsider the policy of imposing international embargoes and sanctions' = an "
         "agentless deontic about a policy instrument, no named imposer or target (held-out 30 row 24)"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("My Government supports", "051", "ALB/GOV", "XKX/GOV", False, A, N, False),
      ("My Government supports", "051", "ALB/GOV", "SCG/GOV", False, A, N, False)],
     "Albania (2004); capital metonyms Pristina -> XKX/GOV (the Provisional Institutions, held-out 5 row 64, 26 row "
     "8) and Belgrade -> the government of the state whose capital it was in 2004, Serbia and Montenegro -> SCG/GOV "
     "(held-out 26/27: a state that later dissolved takes its code of the speech's date; borderline SRB/GOV, the "
     "Serbian republic's government that conducted the talks); support aimed at a process goes to its named "
     "parties (held-out 8 row 60, same dialogue) -> 051 per party; the dialogue itself is only to be stimulated, "
     "not realised, so it is not coded as a nominal 040 (unlike held-out 8 row 60; borderline nominal 036 future)"),
 9: ([("Croatia welcomes", "051", "HRV/GOV", "BIH", False, A, N, False)],
     "Croatia (1997); welcoming 'the easing of the crisis in Bosnia and Herzegovina' = praise of a development "
     "whose parties are not named -> 051 to the country whose crisis it is (held-out 29 row 15 'welcomes the "
     "progress made in Côte d'Ivoire' -> CIV; held-out 19 row 61 -> MLI); 'remains firmly committed to the "
     "principles and implementation of the Washington and Dayton Accords' = a standing policy commitment to "
     "agreements whose parties the sentence does not name (held-out 4: 'remains committed to ... resolution' not "
     "coded; borderline 030 HRV/GOV -> BIH/GOV); Washington and Dayton are parts of the accords' names, not "
     "metonyms"),
 10: ([], "Luxembourg (2015): 'It is essential that each party fully respect the commitments entered into in the "
          "Minsk agreements' = an agentless deontic without a request verb whose Y is compliance with an agreement "
          "(guideline: 'comply with obligations' is not coded; unlike held-out 26 row 10, where 'call for' gave a "
          "request); the parties are unnamed"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("continues to appeal", "100", "org:UN", N, False, A, N, False)],
      "Venezuela (2008); the Secretary-General (Ban Ki-moon) -> org:UN; 'he continues to appeal for progress on "
      "the Millennium Development Goals' = an appeal (guideline: appeals -> 10x) with no named addressee and a "
      "vague Y -> 100 target null (held-out 31 row 43 'we appeal for tolerance' 100 null); habitual -> asserted; "
      "the appeal is a coordinated main clause in the speaker's voice, not inside the complement of 'has stated "
      "that' -> reported_by null (borderline org:UN); 'development is in a state of emergency' is the reported "
      "evaluation, no act"),
 12: ([], "Gambia (1996): 'the failure of the international community to provide the necessary support and "
          "assistance through official development assistance, debt relief ...' to the LDCs = a negated aid act of "
          "an uncoded collective toward an uncoded collective, null-null, not coded (held-out 27 row 14); 'It is "
          "noted that' has no named source"),
 13: ([], "Monaco (1996): 'any person apprehended in Monaco who has committed ... crimes or attacks against decency "
          "or morality ... as regards minors, can be prosecuted and tried' = the content of a planned domestic penal "
          "law, an agentless passive over an unnamed class of offenders, null-null, not coded (borderline 1121 "
          "MCO/JUD -> null hypothetical, as held-out 2's visa-policy class of wrongdoers); Monaco is the place of "
          "arrest"),
 14: ([("would welcome steps", "051", "LTU/GOV", "RUS/GOV", False, H, N, False)],
      "Lithuania (1994); 'One year ago I said from this podium that Lithuania would welcome steps toward the "
      "gradual demilitarization of the Kaliningrad district' = the speaker's own past statement -> reported_by null "
      "(guideline); a conditional welcome of steps not yet taken -> 051 hypothetical; the steps' agent is the "
      "Russian Government (Kaliningrad is 'this Russian enclave', and the following sentence: 'Russia is reducing "
      "its military presence in that area') -> RUS/GOV (guideline: a missing participant from the context); the "
      "demilitarization is the object of the welcome, not coded separately (held-out 31 row 8; borderline a soft "
      "request 1056 LTU/GOV -> RUS/GOV, or a hypothetical 087 RUS/GOV)"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Burundi (2000): 'It [the Government] will also continue to explain the peace agreement to the people so "
          "that they will support its contents' = a statement to its own population (01x), domestic; the people's "
          "support is the hoped-for effect"),
 16: ([("I urge South and North Korea", "106", "FJI/GOV", "KOR/GOV", False, A, N, False),
       ("I urge South and North Korea", "106", "FJI/GOV", "PRK/GOV", False, A, N, False)],
      "Fiji (1997); urging South and North Korea to negotiate a solution = a request with Y = negotiation -> 106 "
      "(guideline), one event per addressee (guideline compound split; held-out 28/29: one per addressee); the "
      "lasting peace and unity the solution 'will bring' is its hoped-for effect"),
 17: ([("intends to participate", "036", "JPN/GOV", N, False, F, N, False)],
      "Japan (1993); 'Japan intends to participate constructively in the discussion on Security Council reform' = a "
      "future participation in a multilateral deliberation -> intent to meet/negotiate 036 future (held-out 28 row "
      "15 'will participate actively in coordinating the negotiating process' 036 future; 'intends to' -> future, "
      "held-out 1), the other participants an uncoded collective (all Member States) -> target null (borderline "
      "org:UNGA, or not coded as internal UN reform)"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Nigeria (1994): 'the United Nations ... should seek to redefine its role and establish new structures and "
          "mechanisms' = a deontic whose Y is the Organization's internal reform, not a codable behaviour toward "
          "another actor (guideline; held-out 27 row 21)"),
 19: ([("we must support the call", "1044", "BLZ/GOV", N, False, A, N, False)],
      "Belize (1992); 'we must support the call for a return of the Republic of China to the international "
      "community' = the speaker's own advocacy, performed by the hortative 'we must' (held-out 31 row 35 'Let us "
      "invite' -> the speaker's request, asserted; held-out 14/15 and 30 row 41: joining or echoing a call is the "
      "speaker's own request), Y = Taiwan's readmission to the United Nations (following sentences: 'we are "
      "confident that those people are capable of making a useful contribution to our work at the United Nations') "
      "= a change in the Organization's membership -> 1044 target null (held-out 27 row 36 'calls for the parallel "
      "representation' of the two Chinas, same code); the call's authors are unnamed, so no nominal request is "
      "coded; borderline demanded with the collective 'we' (null-null, not coded, as held-out 30 row 22)"),
 20: ([], "Seychelles (2015): 'we must act together ... to keep alive those struggling to survive' = 'we' = all "
          "(collective), an abstract deontic with uncoded beneficiaries"),
 21: ([], "Zambia (2004): 'the reforms should address the concerns of developing countries' = UN reform, no codable Y"),
 22: ([], "Sri Lanka (2010): 'economic development and political reconciliation must go hand in hand' = abstract, "
          "domestic, no actor"),
 23: ([("We therefore call on our", "103", "YEM/GOV", N, False, A, N, False)],
      "Yemen (2010); calling on 'our friends, partners, international donors and international organizations and "
      "financial institutions' (uncoded collectives -> target null, held-out 31 row 19) to help Yemen combat "
      "terrorism = a request for assistance -> demand aid 103 (borderline 1012 military cooperation, or 1032); Y "
      "itself is not coded separately (guideline)"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "Guinea (1999): 'Another subject of major concern to Africa is ... international cooperation' = a topic, "
          "01x concern, no act"),
 25: ([("renews its pledge", "030", "BDI/GOV", "org:UN", False, A, N, False)],
      "Burundi (2009); 'renews its pledge to the United Nations to continue working to ensure that the peoples of the "
      "entire world cooperate in peace' = an explicit intent stated as a fact -> 03x asserted (guideline 'we "
      "pledged to continue'; held-out 27 row 37 'pledges its continued support' 032 -> org:UN), a general pledge of "
      "cooperation -> 030 (held-out 28/29: a pledge made on joining the UN is 030 to org:UN); the peoples' cooperating and "
      "defending values is the pledge's aim, abstract, not coded"),
 26: ([("thank its developmental partners", "051", "CIV/GOV", N, False, A, N, False),
       ("aid and\nsupport", "070", N, "CIV/GOV", False, A, N, True),
       ("we appeal to the international community", "1031", "CIV/GOV", N, False, A, N, False)],
      "Côte d'Ivoire (2002); thanking 'its developmental partners' (unnamed, an uncoded collective) -> 051 target "
      "null (held-out 14/15, 31 row 31); 'their aid and support' = an aid noun whose agent the thanks give (held-out "
      "24/25) and uncoded -> nominal 070 with source null to the speaker's government (held-out 26 row 27, 31 row "
      "31), one aid noun of mixed kinds coded once (held-out 20/21; borderline 071); appealing to the international "
      "community (-> null) to make additional contributions to the financing of its decentralization policy (the "
      "sentence opens 'With respect to the financing') -> demand economic aid 1031 (guideline: appeals -> 10x; "
      "held-out 31 row 19 103 for aid of several kinds); the page number '15' is an artefact of the source"),
 27: ([], "Belarus (2003): 'We count on international assistance in their elimination' (its anti-personnel landmine "
          "stockpile, previous sentence) = an expectation about unnamed donors' aid, optative (held-out 6: a hope "
          "about another actor's act is not coded; held-out 26 row 7 'we are convinced that the international "
          "community ... will not hesitate to support'); 'international assistance' has no named agent (borderline a "
          "demanded 070 null -> BLR/GOV, as held-out 22/23's 'we need the support of the international community')"),
 28: ([], "Maldives (1991): 'as we go on dismantling the policies and alliances which imposed on the world an "
          "unjustified status quo' = 'we' = the world (the end of the cold war), abstract, no named actor pair; "
          "'imposed' has an inanimate subject and no named target"),
 29: ([], "Kiribati (2003): 'Our membership of the United Nations was an affirmation of our faith in and support for "
          "the noble principles' = membership and support for principles, not coded (held-out 10 row 76; held-out 7: "
          "abstract positions)"),
 30: ([], "El Salvador (2015): 'a new vision of international cooperation is required' = an agentless need"),
 31: ([("signed", "057", "ARG/GOV", N, False, A, N, False)],
      "Argentina (1998); the splitter cut the sentence after 'on 2 September 1998 the'; 'Argentine Republic signed "
      "the International Convention for the Suppression of Terrorist Bombings' = signing a multilateral treaty -> "
      "057 target null (held-out 26 row 29, 31 row 40 'we signed' the CWC)"),
 32: ([("assassinated in terrorist attacks", "180", N, "TCD/CVL", False, A, N, False)],
      "Chad (2015); 'around 100 persons assassinated in terrorist attacks in the capital and on the islands of Lake "
      "Chad' = killings in an agentless passive with named victims (held-out 26 row 28: agentless killings coded "
      "with source null) -> the perpetrators are unnamed here and in the preceding text ('terrorism', 'that "
      "scourge'; Boko Haram would have no code anyway, held-out 16) -> source null; the victims of 'We' = Chad -> "
      "TCD/CVL; violence by a non-state armed group whose method the text does not give -> 180 (guideline; "
      "borderline 202 for the number killed, or 1823, or 183x as held-out 26 row 28's car bomb); 'fell prey to that "
      "scourge' is figurative; the capital (N'Djamena) is a place"),
 33: ([("We call for their", "1053", "NAM/GOV", N, False, A, N, False)],
      "Namibia (2014); 'We call for their immediate and unconditional release' = the more than 200 girls abducted by "
      "Boko Haram (previous sentence) -> demand release of persons 1053 (guideline), addressed to the abductors, "
      "Boko Haram, who have no code (held-out 16) -> target null; no abduction is named in this sentence, so nothing "
      "else is coded (held-out 24/25: the detention coded only when it is in the same sentence)"),
 34: ([], "Singapore (2017): 'a terrorist attack on 25 August and related acts of violence' in Rakhine = event nouns "
          "without an agent in the sentence (guideline), and the humanitarian disaster has no actor"),
 35: ([("we welcome the simultaneous admission", "051", "BEL/GOV", "KOR/GOV", False, A, N, False),
       ("we welcome the simultaneous admission", "051", "BEL/GOV", "PRK/GOV", False, A, N, False)],
      "Belgium (1991); welcoming the simultaneous admission of the Republic of Korea and the DPRK to the UN = praise "
      "-> 051 (guideline), aimed at a process and going to its named parties, one event per party (held-out 8; "
      "held-out 30 row 30); the admission itself is the UN's act on membership, no CAMEO act, not coded (held-out 26 "
      "row 40; borderline 051 to org:UN as the admitting body)"),
 36: ([], "Kazakhstan (2000): 'Our past experience ... warns us against excessive euphoria' = figurative, an inanimate "
          "subject, no act"),
 37: ([], "Canada (1992): Prime Minister Mulroney's quoted words to 'his fellow nation-builders' at Rio ('our job is to "
          "force the pace and stretch out the limits of international cooperation') = a statement of a leaders' "
          "collective task, no act toward a named actor; 'told' is the speech verb (not coded), and his support for "
          "the conventions lies in the preceding text"),
 38: ([("They seek to put an end", "1042", "BHR/GOV", "QAT/GOV", False, A, N, False),
       ("They seek to put an end", "1042", "SAU/GOV", "QAT/GOV", False, A, N, False),
       ("They seek to put an end", "1042", "ARE/GOV", "QAT/GOV", False, A, N, False),
       ("They seek to put an end", "1042", "EGY/GOV", "QAT/GOV", False, A, N, False),
       ("the support and financing of terrorism by Qatar", "070", "QAT/GOV", N, False, A, N, True),
       ("it has signed", "057", "QAT/GOV", N, False, A, N, False)],
      "Bahrain (2018); 'They' = 'the demands of the Kingdom of Bahrain, the Kingdom of Saudi Arabia, the United Arab "
      "Emirates and the Arab Republic of Egypt' (previous sentences) = an inanimate subject standing for its "
      "authors' act (held-out 31 row 24 'That resolution imposes' -> org:UNSC; held-out 9) -> one request per "
      "author (guideline compound split) to QAT/GOV; several demands (end the support of terrorism, implement the "
      "Riyadh commitments) -> the most specific, a change of policy 1042 (held-out 9: several demands take the most "
      "specific sub-code; borderline 100); 'the support and financing of terrorism by Qatar' = a realised act named "
      "inside a request (held-out 12/13), support for terrorism -> 070 (held-out 2, 5), one aid noun of two kinds "
      "coded once (held-out 20/21), nominal, no named recipient -> target null; 'the agreements that it has "
      "signed, notably the 2013 Riyadh Agreement ... and the subsequent 2014 supplementary agreement' -> 057, its "
      "counterparts (the GCC states) not named in the sentence or the surrounding text -> target null (held-out 26 "
      "row 29; borderline org:GCC); implementing commitments is compliance, not coded (guideline)"),
 39: ([], "Ireland (1999): 'to redeem the pledges we made last year' = 'we' = the Member States (collective) at the "
          "fiftieth anniversary of the Universal Declaration, abstract; the Secretary-General's recommendations "
          "'offer us an opportunity' = an inanimate subject, no act"),
 40: ([("We continue to support", "051", "TUR/GOV", "org:UN", False, A, N, False)],
      "Turkey (2003) on Cyprus; continuing to support 'the good offices mission of the Secretary-General' = "
      "endorsement of a UN act -> 051 to org:UN (held-out 28 row 41 'support measures taken by the United Nations' "
      "051 org:UN; held-out 30 row 16); the good offices mission itself (mediation) is the object of the support, its "
      "parties not named in the sentence, not coded separately (held-out 31 row 8; borderline nominal 045 org:UN -> "
      "CYP/GOV)"),
 41: ([], "Lebanon (1991): 'Me [We] also look forward to the support of sister Arab States and friendly nations for "
          "our reconstruction plans' = a hope about other actors' act, optative (held-out 6: 'looks forward to "
          "receiving Russia's written response' not coded; the guideline's 'look forward to' -> future covers the "
          "speaker's own acts), and the supporters are uncoded collectives (borderline 070 future null -> LBN/GOV)"),
 42: ([], "Mauritania (1991): 'Bilateral aid continues to fall and it is increasingly tied to the acceptance of "
          "concepts and models offered by the donors' = unnamed donors and recipients (uncoded collectives), null-null, "
          "not coded"),
 43: ([], "Indonesia (2002): 'this criticism' of ASEAN (previous sentence: 'ASEAN has been much criticized') = an "
          "event noun without an agent (guideline), and the critics are unnamed; 'I am not troubled' is an attitude"),
 44: ([("I wish very sincerely to thank", "051", "NER/GOV", "org:UN", False, A, N, False),
       ("I wish very sincerely to thank", "051", "NER/GOV", "org:UNDP", False, A, N, False),
       ("continued to support", "070", "org:UN", "NER/GOV", False, A, N, False),
       ("continued to support", "070", "org:UNDP", "NER/GOV", False, A, N, False)],
      "Niger (1999); 'I wish ... to thank' = performative thanks -> 051 asserted (held-out 26 row 58); 'all "
      "bilateral and multilateral partners of the Niger' = an uncoded collective, dropped (held-out 2 compound rule; "
      "held-out 30 row 41), the named parties 'in particular United Nations agencies' -> org:UN and 'more "
      "specifically the UNDP' -> org:UNDP (new code, as org:UNFPA, org:UNICEF and org:UNWOMEN for UN funds and "
      "programmes; held-out 28/29: thanks to UN funds and programmes go to each one named; borderline UNDP alone, "
      "being one of the agencies) -> one 051 per party; 'for having continued to support my country's efforts to "
      "create the right institutional environment' = realised support, its agents from the thanks (held-out 24/25) "
      "-> 070 per agent (borderline 071 development aid) to the speaker's government"),
 45: ([], "Spain (2010): the decrease of terrorist attacks (agentless), 'we have improved security' (domestic, 'we' = "
          "Spain and its partners, no counterpart), and 'the war against international terrorism' (figurative, no "
          "named enemy) -> not coded"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([("We invited", "101", "MEX/GOV", "org:UNOPS", False, A, N, False),
       ("We invited", "101", "MEX/GOV", "org:UN", False, A, N, False)],
      "Mexico (2019); inviting the United Nations Office for Project Services and several UN agencies 'to partner "
      "with us in the great struggle to end corruption' = a request (held-out 27 row 15: 'invite' -> 10x; held-out "
      "31 row 35), Y = material cooperation (partnering, e.g. in public procurement) -> 101 (borderline 102, or 030 "
      "as an offer to cooperate); one event per addressee: UNOPS -> org:UNOPS (new code, like org:UNDP in row 44; "
      "borderline org:UN), 'several agencies of the United Nations' -> org:UN"),
 47: ([], "Qatar (1999): 'the peace process has regrettably failed to attain its envisaged results' = agentless, an "
          "evaluation; 'failed to' bears on results, not an event"),
 48: ([], "Singapore (1990): historians' pronouncement on the end of the post-war era = a statement about history, no "
          "act"),
 49: ([], "Bangladesh (2016): 'the end of those scourges is in sight' = no actor"),
 50: ([], "Togo (2008): 'We note with concern that ... greater challenges are being added' = 01x concern, no act"),
 51: ([], "Latvia (2001): the splitter cut the sentence after 'the Government will present to'; the verb lies entirely "
          "in the preceding text (held-out 28 row 47, 30 row 51), and presenting a ratification bill to Parliament "
          "(LVA/GOV -> LVA/LEG) would have no trigger in the sentence -> not coded"),
 52: ([], "Luxembourg (2010): 'The duty to prevent, contain and resolve violent conflict is a central aim of our "
          "Organization' = an abstract aim, no act"),
 53: ([], "Australia (1995): 'What we have to do now is move to the stage of forging political consensus on a new "
          "Security Council' = 'we' = the membership, internal UN reform, no codable act"),
 54: ([], "Tanzania (2001): 'Your election is a clear manifestation of the entire membership's confidence' = the "
          "President of the General Assembly's election by an uncoded collective, no CAMEO act, and an evaluation; "
          "the congratulation (051) lies in the preceding sentence"),
 55: ([], "Nigeria (1999): a rhetorical question about the UN perpetuating Africa's lack of a permanent seat = an "
          "evaluation of the Security Council's composition, internal UN reform, no act (held-out 28/29: a "
          "rhetorical question codes an act it presupposes; here it presupposes a state, not an act)"),
 56: ([("will actively participate", "036", "MHL/GOV", N, False, F, N, False)],
      "Marshall Islands (1999); 'My delegation will actively participate in the preparatory work for the special "
      "session on the implementation of the Beijing Conference' = a future participation in a multilateral "
      "preparatory process -> 036 future (held-out 28 row 15; row 17 here), the other participants uncoded -> target "
      "null (borderline org:UNGA, the special session's convener); Beijing is part of the conference's name"),
 57: ([], "Netherlands (2016): 'Terrorism has taken a deadly toll ... including on my continent, Europe' = no named "
          "actor, figurative subject"),
 58: ([], "Israel (2014): 'how much more dangerous the Islamic State ... would be if it possessed chemical weapons' = "
          "a hypothetical possession, not a CAMEO act; ISIS has no code (held-out 17)"),
 59: ([("pays tribute to efforts", "051", "COM/GOV", N, False, A, N, False)],
      "Comoros (2010); paying tribute to 'efforts to bring an end to the fratricidal conflicts' in the Sudan, "
      "Afghanistan, Somalia, the DRC and the Great Lakes = praise -> 051; the efforts' agents are unnamed -> target "
      "null (held-out 27 rows 33 and 39: support for the efforts of an uncoded collective 051 null; borderline not "
      "coded); the conflicts 'ripping apart' those countries have no named agent, not coded"),
}
