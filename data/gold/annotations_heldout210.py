"""Hand annotations for the TWO-HUNDRED-AND-TENTH held-out event gold set (source of events-heldout210.jsonl).

Keyed by the row index of selection-heldout210.jsonl (output of select_bulk_sentence_heldout.py 210; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout210.jsonl \\
        --annotations annotations_heldout210 --output events-heldout210.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Canada (2003): 'Let future generations say of us that we did not betray that idea - that we realized the "
         "potential of this great body, supported it, renewed it and re-energized it' = an optative hortative whose "
         "'us'/'we' is the whole membership of the present generation (held-out 42/43: 'we' meaning all states, not "
         "coded; borderline a 051 CAN/GOV -> org:UN for 'supported it'); 'did not betray that idea' negates an "
         "attitude toward an idea, no negated event"),
 1: ([("will not accept", "127", "TUR/GOV", N, False, A, N, False)],
     "Turkey (2001); 'Through formal decisions of their parliaments and Governments, both Turkey and the TRNC have "
     "declared that they will not accept any solution that is not freely negotiated and mutually accepted' = a "
     "performative non-acceptance (guideline: 'we will never accept it' is a REJECT with negated false), of a "
     "settlement for Cyprus -> reject plan to settle dispute 127 (set 143: 'We will not present to the people a "
     "solution that originates from outside' a performative 127 with no target), the speaker's own government's "
     "past declaration -> reported_by null (guideline: a speaker's own past statements); the TRNC has no code (held-out "
     "4: the Turkish-Cypriot leadership has no code) and is dropped from the compound, so one event from TUR/GOV "
     "(borderline a second from TUR/LEG for the parliament's decision); the solution is a hypothetical class with no "
     "named proposer -> target null (borderline CYP/GOV, the Greek Cypriot side of the text before; or uncoded as a "
     "conditional stance, as set 172's 'cannot support any solution ... that does not incorporate these founding "
     "principles'); 'not freely negotiated and mutually accepted' describes the rejected class, no negated 046/057"),
 2: ([], "Italy (1998): 'The Italian Government will be willing to support any reasonable formula, provided that it "
         "does not prejudice ...' = a position on Security Council enlargement (text before: 'the stalemate "
         "continues on the issue of enlarging the Council'), a UN reform position (held-out 54-61: not coded; "
         "borderline a hypothetical 051 ITA/GOV with no target); the proviso names no act ('distance Italy', "
         "'increase the number of countries' are outcomes of a formula), no negated event"),
 3: ([("has not yet withdrawn", "0874", "RUS/GOV", "MDA", True, A, N, False),
      ("ceasefire agreement", "057", "MDA/GOV", "RUS/GOV", False, A, N, True),
      ("Moldovan-Russian agreement", "057", "MDA/GOV", "RUS/GOV", False, A, N, True)],
     "Moldova (2017); 'the Russian Federation has not yet withdrawn its military forces from the territory of the "
     "Republic of Moldova' = plain negation of a withdrawal (guideline: 'has yet to' negated, the event keeps its "
     "code) -> negated 0874 (set 141: 'Occupation troops in Iraq have not been withdrawn' a negated 0874 to bare "
     "IRQ; sets 102-109: occupied territories 'have not been returned' a negated 0874 from the occupier), the subject "
     "being the Russian Federation as a state -> RUS/GOV (borderline RUS/MIL for 'its military forces'), from the "
     "territory -> bare MDA (guideline: bare country for the country as a whole); 'Contrary to our expectations' is "
     "no act; 'its international commitments' are the withdrawal pledges whose content is the same act, folded into "
     "the negated 0874 (README: unfulfilled pledges take the content's code); 'the Moldovan-Russian ceasefire "
     "agreement of July 1992' and 'the Moldovan-Russian agreement of October 1994' = agreements named after their "
     "parties (README: a nominal 057 from the first-named party; set 137: the Korean Armistice Agreement a 057) -> "
     "two nominal 057 MDA/GOV -> RUS/GOV (borderline 0871 for the ceasefire agreement, as the README's realised "
     "ceasefire naming its parties); 'the political declaration adopted at the OSCE Istanbul Summit' is an "
     "agentless adoption of a document, not coded (borderline a 057 from org:OSCE with no target)"),
 4: ([("note with satisfaction", "051", "TJK/GOV", "org:UN", False, A, N, False),
      ("our appeal", "100", "TJK/GOV", N, False, A, N, True),
      ("gone unheeded", "030", N, "TJK/GOV", False, A, N, False),
      ("cooperation", "050", "TJK/GOV", "org:UN", False, A, N, True),
      ("support", "070", "org:UN", "TJK/GOV", False, A, N, True)],
     "Tajikistan (1999); 'We note with satisfaction that' = a welcome (README: 'noted with satisfaction the signing' "
     "a 051; 'We are satisfied to see that' a 051) of the UN agencies' cooperation -> 051 to org:UN; 'our appeal' "
     "= the Tajik President's proposal at the 1998 special session for a 'cordon sanitaire' against Afghan drug "
     "routes (text before), an event noun with its agent in the possessive -> nominal 100 TJK/GOV (set 138: 'Our "
     "appeals' at the previous session a nominal 100), the addressee the Assembly and international community -> "
     "target null (borderline 1034 to org:UNGA for the covering force); 'has not gone unheeded' = litotes, the "
     "appeal was heeded (README: 'did not hesitate to respond to the appeal' an asserted 030; README: 'responded to "
     "the ... Call to Action' 030) -> asserted 030, the heeders unnamed -> source null (borderline org:UN from the cooperation in "
     "the same sentence) to TJK/GOV; 'a breakthrough in Tajikistan's cooperation with the relevant United Nations "
     "agencies, in particular ... UNDCP' = a cooperation noun naming its parties (README: a nominal 050), UNDCP "
     "being org:UN (set 200: 'UNDCP as org:UN') -> nominal 050 TJK/GOV -> org:UN; 'whose leadership's support for "
     "the measures taken by the Government of Tajikistan to combat drug trafficking' = UNDCP's support, which the "
     "next sentence shows as projects and activities -> nominal 070 org:UN -> TJK/GOV (borderline 051 as political "
     "backing); the Government's anti-drug measures are domestic, not coded"),
 5: ([("I pledge our resolve", "0343", "RWA/GOV", "RWA/CVL", False, A, N, False)],
     "Rwanda (1994, the new RPF-led Government); 'To the international community, I pledge our resolve to ensure "
     "that never again shall Rwanda be a terrain on which is sown politics of denial of basic human rights to any "
     "of its citizens' = an explicit intent verb stated as a fact (guideline: 'we pledged to continue' 03x "
     "asserted), whose content is guaranteeing citizens' basic rights -> express intent to provide rights 0343 "
     "(set 201: Haiti's 'I pledged ... to put an end to the political transition' an asserted 034 to HTI/CVL; set "
     "184: 'seeks to reverse the exclusion' of native peoples a 0343 to NIC/CVL), to the citizens -> RWA/CVL, the "
     "international community being only the audience (borderline a 030 with no target); 'never again ... denial' "
     "is the content of the pledge, no negated event"),
 6: ([("refused to negotiate", "125", "AFG/REB", "AFG/GOV", False, A, N, False),
      ("insisted on a unilateral military", "190", "AFG/REB", "AFG/GOV", False, A, N, False)],
     "Afghanistan (1997, the Rabbani Government, the 'Islamic State of Afghanistan'); the Taliban before 15 Aug 2021 "
     "-> AFG/REB (guideline); 'have refused to negotiate any political settlement' = an explicit refusal (guideline: "
     "REJECT, negated false) of negotiation -> 125 (README: 'refusal to negotiate' 125), to the speaker's "
     "Government, the other party of the conflict -> AFG/GOV; 'have insisted on a unilateral military solution' = "
     "choosing war over talks -> 190 (set 186: 'having chosen a military solution' a 190), AFG/REB -> AFG/GOV "
     "(borderline a 100 for 'insisted', as held-out 50/51's 'Israel's insistence on a peace', or uncoded as a stance)"),
 7: ([], "Romania (2009): 'The world financial system no longer meets the needs and realities of our time' = an "
         "evaluation of a system, no actor and no act; 'no longer meets' is no negated event"),
 # --- UNGDC 1990-2019 random: future
 8: ([("total support", "051", "MLI/GOV", "PSE/CVL", False, A, N, True),
      ("continue to support", "032", "MLI/GOV", N, False, F, N, False)],
     "Mali (2011); 'reiterating its active solidarity and total support to the Palestinian people in their just, "
     "legitimate struggle' = support for a people and its struggle -> nominal 051 MLI/GOV -> PSE/CVL (set 115: "
     "support for the Palestinian people's struggle a 051 to PSE/CVL), reiterated -> asserted; 'Mali will continue "
     "to support all initiatives towards the creation of an independent, sovereign and viable Palestinian State' = "
     "future verbal support of unattributed initiatives -> future 032 with no target (set 192: 'will fully support "
     "the world initiative to be launched in 2006' a future 032 with no target; set 150: support for unattributed "
     "initiatives has no target; borderline uncoded as support for a two-State solution, sets 145 and 201, or "
     "target PSE/GOV); 'their just, legitimate struggle' is the object of the support, not coded separately "
     "(borderline a nominal 140 PSE/CVL -> ISR/GOV)"),
 9: ([("launched a plan", "061", "HND/GOV", "SLV/GOV", False, A, N, False),
      ("launched a plan", "061", "HND/GOV", "NIC/GOV", False, A, N, False),
      ("support", "070", "org:CABEI", "HND/GOV", False, A, N, True),
      ("support", "070", "org:CABEI", "SLV/GOV", False, A, N, True),
      ("support", "070", "org:CABEI", "NIC/GOV", False, A, N, True)],
     "Honduras (2017); 'El Salvador, Nicaragua and Honduras have also launched a plan to develop the Gulf of "
     "Fonseca' = a realised joint economic development project of three governments -> economic cooperation 061 "
     "(set 145: the TAPI pipeline project one 061 per partner government), a symmetric act coded from the "
     "document's own government to each other party (guideline; set 181: the Central American Presidents' "
     "agreements one 057 from HND/GOV to each) -> HND/GOV -> SLV/GOV and -> NIC/GOV; 'which has the support of the "
     "Central American Bank for Economic Integration' = a development bank's backing of the plan -> nominal 070 "
     "(borderline 051 as an endorsement), one per recipient government named; the bank takes the new code "
     "org:CABEI, on the model of the other development banks (org:IDB, org:AFDB, org:ADB, org:EBRD, org:ISDB; "
     "borderline source null as an uncoded body, as the Pacific Islands Forum is kept)"),
 10: ([("will be meeting", "036", "KIR/GOV", N, False, F, N, False)],
      "Kiribati (2006); 'Our leaders will be meeting next month to discuss, among other things, progress on the "
      "Pacific Plan' = the Pacific Islands Forum leaders' meeting of October 2006 (text before: 'Regional "
      "cooperation in the Pacific'), a future meeting -> 036 future (guideline: future meetings get 036), coded for "
      "the speaker's own leader -> KIR/GOV (set 133: 'We nations of South America' coded for the speaker only), the "
      "Forum having no code -> target null (set 120: Fiji's future Forum hosting a 036 with target null; borderline "
      "a new org:PIF, or uncoded with 'our leaders' meaning the Forum collective)"),
 11: ([], "Denmark (2017): 'That spirit must also guide our work in the years to come' = a deontic about the spirit "
          "of reform guiding the membership's work, 'our' meaning all Member States; no codable Y (guideline)"),
 12: ([("express appreciation", "051", "PRK/GOV", "org:UN", False, A, N, False)],
      "DPRK (1995); a fragment 'I should also like to express appreciation to the' [Secretary-General, Mr. Boutros "
      "Boutros-Ghali, for his activities and efforts] whose verb lies inside the sentence and object after the "
      "splitter's cut -> coded from the text after (sets 102-109: a fragment whose object the splitter cut off is coded "
      "when its verb is in the sentence); appreciation = thanks/praise (guideline: 051), 'should like to' is the "
      "performative formula -> asserted; the Secretary-General -> org:UN (README: supporting the Secretary-General "
      "is 051 to org:UN)"),
 13: ([], "Syria (2010): 'We must rise to this serious challenge and assume our historic responsibility' = climate "
          "change, 'we' meaning all states (held-out 42/43: not coded); no codable Y (guideline)"),
 14: ([], "Nauru (2015): 'Implementing agencies at every level must become both more nimble and more robust' = a "
          "deontic about institutional qualities, no codable Y (guideline: 'comply with obligations' etc. not coded) "
          "and an unnamed class of agencies"),
 15: ([("demonstrated their willingness", "037", "MDA/GOV", "MDA/REB", False, A, N, False),
       ("in cooperation with", "050", "MDA/GOV", "org:OSCE", False, A, N, True),
       ("mediators", "045", "RUS/GOV", "MDA/GOV", False, A, N, True),
       ("mediators", "045", "RUS/GOV", "MDA/REB", False, A, N, True),
       ("mediators", "045", "UKR/GOV", "MDA/GOV", False, A, N, True),
       ("mediators", "045", "UKR/GOV", "MDA/REB", False, A, N, True)],
      "Moldova (1995); 'the political leaders of my country have repeatedly demonstrated their willingness to solve "
      "this conflict exclusively by peaceful means by negotiation' = the Transdniester conflict (text before: "
      "'separatist tendencies still persist') -> express intent to settle 037, asserted (guideline: an intent stated "
      "as a fact; set 128: Moldova 'strongly advocates a peaceful resolution' of its own conflict a 037 to MDA/REB), "
      "the leaders -> MDA/GOV, to the separatists -> MDA/REB (set 110: Transnistrian leaders MDA/REB); 'in "
      "cooperation with international organizations, primarily with the OSCE' = a cooperation noun naming its "
      "partner -> nominal 050 MDA/GOV -> org:OSCE (set 128: 'in collaboration with ... OSCE' a nominal 050; "
      "borderline set 145's nominal 045 from the OSCE to each party), the other organisations unnamed and dropped; "
      "'as well as with Russia and Ukraine in their capacity of mediators' -> one nominal 045 per mediator and party "
      "(set 128: 'Russia and Ukraine as mediators' a nominal 045 per mediator and party; README: mediation 045 per "
      "mediator and party), to MDA/GOV and MDA/REB"),
 16: ([], "Azerbaijan (1998): 'the United Nations ... must take all necessary measures to justify the efforts already "
          "made and to achieve the objectives that have been set' = a deontic whose Y is not a codable behaviour "
          "(guideline: 'comply with obligations' etc. not coded); 'bringing together both the prosperous States "
          "and those who have overcome numerous calamities' describes the membership"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Nauru (2005): a fragment of a Security Council reform paragraph: '[the need to reform the] Security "
          "Council, to recognize that international developments ... now demand a more democratic representation "
          "... in an expanded Security Council' = a UN reform position (held-out 54-61: not coded), and 'demand' has "
          "an inanimate subject ('developments'), no request act (set 121: Angola's 'calls for a global coalition' "
          "with an inanimate subject uncoded)"),
 18: ([("agreement was reached", "057", "JOR/GOV", "ISR/GOV", False, A, N, False),
       ("agreement was reached", "057", "JOR/GOV", "PSE/GOV", False, A, N, False)],
      "Jordan (2005); 'An agreement was reached recently by the relevant parties and beneficiaries of the project, "
      "namely Jordan, Israel and the Palestinian National Authority, on a feasibility study for the construction of "
      "the canal' = a concluded agreement with its parties named in the by-phrase (guideline: agreements concluded "
      "057), a verb, not nominal; a symmetric act coded from the document's own and first-named government to each "
      "other party (guideline: one event per actor pair) -> JOR/GOV -> ISR/GOV and -> PSE/GOV, the Palestinian "
      "Authority of 2005 being PSE/GOV"),
 19: ([], "Liberia (2004): 'The threat posed by global terrorism ... constitutes a real barrier to the attainment of "
          "the Millennium Goals' = threat as a risk (guideline: figurative), no actor, no act"),
 20: ([("is seeking the help", "103", "JOR/GOV", N, False, A, N, False)],
      "Jordan (1991); 'My country is seeking the help of the competent international bodies to provide it with the "
      "necessary aid for absorbing those returnees' = a request (set 160: 'We seek the support of the international "
      "community' a 102) whose Y is aid -> 103 (set 117: 'ask for your support on behalf of my country' a 103), "
      "the aid covering both relief and livelihoods for the 1990-91 returnees from Kuwait, so no sub-code is sure "
      "(borderline 1033 for the humanitarian side, or 1031 for 'new means of livelihood'); the 'competent "
      "international bodies' are unnamed -> target null (borderline org:UN); Y not coded separately (guideline); "
      "the returnees' flight and the 'sudden influx' are agentless, not coded"),
 21: ([("fully support", "051", "LAO/GOV", "KHM/GOV", False, A, N, False)],
      "Laos (1994); 'we fully support the various measures that have been taken by the Cambodian Government, under "
      "the leadership of ... Prince Norodom Ranariddh, and ... Mr. Hun Sen' = verbal support (guideline: 'express "
      "support' 051) for a named government's measures -> 051 to KHM/GOV, the two co-Prime Ministers being one "
      "government (one event); the measures themselves are domestic reconstruction and reconciliation steps, not "
      "coded"),
 22: ([("commend", "051", "IND/GOV", "org:UNGA", False, A, N, False)],
      "India (2013); 'We commend your choice of the theme of this session' = praise (guideline: commend 051) of the "
      "theme the President of the Assembly chose -> 051 to org:UNGA, following set 129 ('praise for the theme a "
      "President has chosen' a 051 to org:UNGA), set 157 and set 203 ('can only welcome that appropriate choice of "
      "theme'); borderline uncoded as the welcome of a session theme, as sets 120, 142 and 182 left it"),
 23: ([("warmly welcomes", "051", "MLI/GOV", "org:UN", False, A, N, False)],
      "Mali (2002); 'Mali warmly welcomes United Nations initiatives in support of the least developed countries, as "
      "exemplified by the Brussels Programme of Action' = a welcome (guideline: 051) of the UN's initiatives -> 051 "
      "to org:UN (set 118: support for the Secretary-General's premises for development a 051 to org:UN); 'in "
      "support of the least developed countries' is the initiatives' purpose toward an uncoded class, not coded "
      "separately (borderline a nominal 070 org:UN -> null)"),
 24: ([("launched negotiations", "046", "MDA/GOV", "org:EU", False, A, N, False)],
      "Moldova (2010); 'On 12 January, we successfully launched negotiations on the Association Agreement and held "
      "three rounds of negotiations' = negotiations (guideline: 046), realised, with the EU, the partner plain from "
      "the sentence before ('Moldova-European Union relations') and the Association Agreement (guideline: a missing "
      "participant taken from the context) -> 046 MDA/GOV -> org:EU; 'held three rounds of negotiations' is the same "
      "negotiation process, coded once (guideline: a repeated mention of the same event is coded once; borderline a "
      "second 046); 'there was a convergence of approaches' is no act"),
 25: ([("proposed to convene", "106", "KAZ/GOV", "org:UNSC", False, A, N, False)],
      "Kazakhstan (2001); the sentence opens after the splitter's cut at 'the President of the' and names its "
      "subject, 'Republic of Kazakhstan, Nursultan Nazarbaev' -> KAZ/GOV; 'proposed to convene a special meeting of "
      "the Security Council devoted to the consideration of the situation in Afghanistan and Central Asia' (at the "
      "2000 Millennium Summit) = asking the Council to meet -> demand meeting 106 to org:UNSC, asserted and historic "
      "(borderline 036 as set 155's Kyrgyz conference invitation and set 168's suggested UN conference, or 107 for "
      "the aim 'to settle the situation'); Y not coded separately (guideline); 'the intra-Afghan conflict' is a "
      "conflict named only by place, not coded"),
 26: ([("renew our appeal", "100", "ARE/GOV", N, False, A, N, False)],
      "United Arab Emirates (2004); 'we renew our appeal to the international community to take all necessary "
      "measures to compel the Israeli Government to accede to the NPT and to subject all its nuclear facilities to "
      "the IAEA international safeguards system' = a request (guideline: appeal -> 10x) to the international "
      "community -> target null (guideline: collectives without a code); its Y is for the addressee to coerce Israel, "
      "for which CAMEO has no request sub-code -> generic 100 (borderline 1055 for the safeguards Israel is to "
      "accept, or target ISR/GOV as the party meant to yield); Y and the acts Israel is to perform are not coded "
      "separately (guideline); 'so that a zone free of weapons of mass destruction can be established' is an "
      "agentless purpose"),
 27: ([("terrorist attack", "180", N, "KEN", False, A, N, True)],
      "Brunei (2013); 'expressing our sincere condolences to the Government and the people of Kenya and to the "
      "families of the victims' = condolences, not coded (README: condolences are not coded); 'the terrorist "
      "attack' = the September 2013 Westgate attack in Nairobi, the victim country named in the same sentence -> a "
      "nominal 180 with no source to bare KEN (set 139: 'Solidarity with Kenya after an attack ... the attack a "
      "nominal 180 with no source to bare KEN'; README: an agentless terrorist attack is 180 with no source, one per "
      "victim country); borderline uncoded as an anaphoric event noun without an agent, as set 178's 'That attack'"),
 28: ([], "Switzerland (2013): 'Global problems need more than general discussions;' = an evaluation, no actor, no "
          "act; 'discussions' are generic (no 040)"),
 29: ([], "El Salvador (2013): a fragment '[free health consultations mandated by our] Government have contributed "
          "to a 40 per cent increase in demand for such services' = a domestic health programme's result, no act "
          "between actors; 'demand' is demand for services, not a request"),
 30: ([], "Bangladesh (2010): 'The least developed countries surely welcome the development assistance they receive "
          "from developed countries' = a welcome and aid between uncoded collectives, stated in the third person "
          "(held-out 54-61: acts between uncoded collectives uncoded; borderline a 051 BGD/GOV with no target and a "
          "nominal 070 with no source to BGD/GOV, Bangladesh being one of the least developed countries, as set "
          "133's 'We nations of South America')"),
 31: ([("Algiers Agreement", "057", "ETH/GOV", "ERI/GOV", False, A, N, True),
       ("violation", "128", "ERI/GOV", "ETH/GOV", False, H, N, True)],
      "Ethiopia (2001); 'the Algiers Agreement' = the December 2000 peace agreement between Ethiopia and Eritrea, "
      "its parties plain from the text before ('the peace process between Ethiopia and Eritrea'; 'in the interest "
      "of both parties') -> nominal 057 from the document's own government, ETH/GOV -> ERI/GOV (set 142: the Oslo, "
      "Washington and Cairo agreements take their parties from the text around them; set 194: the anaphoric 'the "
      "agreement' a nominal 057); 'whose violation would logically unravel the whole peace process' = a violation of "
      "the agreement's Temporary Security Zone provision, its agent Eritrea from the text around it ('Eritrea is not "
      "complying with the Algiers Agreement'; next sentence: 'Eritrea has continued to refuse to maintain the "
      "integrity of the Temporary Security Zone') -> violate agreement 128 (README: 'flagrant violation' of "
      "agreements a nominal 128 to each party), nominal, ERI/GOV -> ETH/GOV; the sentence states what a violation "
      "would bring about, so hypothetical (borderline asserted, since the next sentence calls it 'this violation' "
      "already taking place; or uncoded as an agentless event noun)"),
 32: ([("continue the friendly pressure", "1043", "GBR/GOV", "SUN/GOV", False, H, N, False)],
      "United Kingdom (1991, Hurd); 'He can continue the friendly pressure for human rights embodied in the Charter "
      "of Paris of the CSCE' = 'He' is read as a transcription slip for 'We', in the run of 'We can show sympathy "
      "... We can help to feed them ... We can provide ... We can build up our relationships with the Republics of "
      "the Soviet Union' of the text before, 'we' being the West with the speaker among them -> coded for the "
      "speaker only (set 133: 'We nations of South America'), GBR/GOV; 'pressure for human rights' on the Soviet "
      "Union = demand rights 1043 -> SUN/GOV (guideline: USSR -> SUN; set 134: the USSR of 1991 SUN/GOV); 'can "
      "continue' offers a course of action -> hypothetical (set 154: 'we could cooperate' a hypothetical 030; "
      "borderline asserted as an ongoing pressure, or source null if 'He' is left unresolved, or 170); 'the Charter "
      "of Paris of the CSCE, signed last November' is an agentless signing by the CSCE states, not coded (set 130: "
      "the agentless 1945 Charter signing uncoded; borderline a 057 GBR/GOV with no target, or from org:OSCE)"),
 33: ([("praise him", "051", "BRN/GOV", "org:UN", False, A, N, False)],
      "Brunei (2017); 'I also wish to send my warm wishes to our Secretary-General ... and to praise him for his "
      "vision for strengthening our Organization' = praise (guideline: 051) of the Secretary-General -> 051 to "
      "org:UN, 'wish to' being the performative formula -> asserted; 'send my warm wishes' is well-wishing, not coded "
      "(held-out 7: well-wishing not coded)"),
 34: ([("looks forward to welcoming", "032", "GRD/GOV", "TWN/GOV", False, F, N, False)],
      "Grenada (1993); 'My delegation ... looks forward to welcoming to the United Nations, in the near future, the "
      "Republic of China on Taiwan' = the speaker's own future welcome (guideline: 'look forward to' + an event is "
      "future; future cooperative acts get 03x) -> future 032 (set 124: 'will welcome the efforts deemed necessary' a "
      "future 032), to the Taipei government -> TWN/GOV (set 141: Tuvalu's support for 'the Republic of China's "
      "readmission' a 051 to TWN/GOV); borderline uncoded as a UN membership position (held-out 54-61) or as an "
      "optative hope about Taiwan's admission (held-out 5: 'looks forward to receiving Russia's written response' not "
      "coded); the admission itself is not coded"),
 35: ([("international assistance", "070", N, "MHL/CVL", True, A, N, True)],
      "Marshall Islands (2014); 'the trickle-down of international assistance and global development somehow fails to "
      "reach our local communities and to meet our unique challenges' = international aid, from unnamed donors "
      "(guideline: collectives -> null), that does not reach the islands' communities -> a negated nominal 070 with "
      "no source to MHL/CVL ('our local communities') (set 193: 'did not translate into greater external support' a "
      "negated nominal 070 with no source; guideline: plain negation keeps the event's code); borderline an asserted "
      "nominal 070 with no source to MHL/GOV with the negation bearing only on its delivery (set 113: support that "
      "'has not been matched by a commensurate support' asserted); 'global development' is no act"),
 36: ([], "Nigeria (2001): 'The Programme of Action adopted at the recently concluded United Nations Conference on "
          "Small Arms and Light Weapons ... provides us with a clear road map for effective cooperation' = an "
          "agentless adoption by the conference's participants (all states) and an evaluation of the document; 'us' "
          "means all states (held-out 42/43), so 'effective cooperation' is not coded (borderline a 051 to org:UN, "
          "as set 120's welcome of the same Programme of Action, but no welcome verb is used here)"),
 37: ([], "Costa Rica (2013): 'We cannot remain inactive while global warming increases, ocean levels rise and the "
          "survival of several small island States is threatened' = resolve with 'we' meaning all states (held-out "
          "42/43), and 'threatened' is a risk from an agentless process (guideline: figurative); no negated event"),
 38: ([("support", "051", "MWI/GOV", "org:UN", False, A, N, False)],
      "Malawi (2003); 'We also support the Economic and Social Council resolution establishing an Ad Hoc Advisory "
      "Group for mobilizing assistance for African countries emerging from conflict' = verbal support (guideline: "
      "051) for a UN body's resolution, ECOSOC being org:UN (set 155: ECOSOC's President -> org:UN; README: welcoming "
      "a UN resolution is 051 to the adopting body) -> 051 to org:UN; the establishment of the Group is an internal "
      "UN act and the mobilisation of assistance for an uncoded class is its purpose, not coded (borderline a "
      "nominal 070 org:UN -> null)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([("took the blame", "112", N, "org:UN", False, A, N, True)],
      "Cyprus (1995); 'in many cases the United Nations took the blame for the failings of its Member States' = the "
      "UN habitually blamed by unnamed critics -> accuse 112 with no source to org:UN (set 138: 'It is accused of "
      "having a large bureaucracy' a 112 with no source to org:UN; set 115: 'has often drawn a great deal of "
      "criticism to the United Nations' a nominal 111 with no source to org:UN), the blame noun nominal as in set "
      "115's 'criticism'; habitual -> asserted; 'the spirit of the Charter was kept alive' and the Member States' "
      "'failings' are not acts"),
 40: ([], "Maldives (2002): 'Small island developing States like my own have not recovered from the adverse economic "
          "effects of the events yet' = an economic state after the anaphoric, agentless 'events' (11 September) "
          "(set 178: the anaphoric 'That attack' uncoded; set 188: 'the tragic events of 11 September' uncoded); "
          "'have not recovered' is no negated event"),
 41: ([], "Brunei (2001): 'it has been able to move things another stage forward and is now looking into the very "
          "challenging area of preventive diplomacy' = 'it' is the ASEAN Regional Forum of the text before, which "
          "has no code (it is not org:ASEAN), and its consideration of a topic is no act toward a counterpart"),
 42: ([("ratify", "057", "BGD/GOV", N, False, A, N, False)],
      "Bangladesh (2013); 'During my first term as Prime Minister, from 1996 to 2001, Bangladesh became the first "
      "South Asian nation to ratify the Comprehensive Nuclear-Test-Ban Treaty and the Anti-Personnel Mine Ban "
      "Convention' = ratifying multilateral treaties, a historic act of the speaker's country -> 057 with no target "
      "(README: joining the NPT is 057 with no target; set 146: 'as one of the first nations to sign and ratify' the "
      "NPT one 057 with no target), one verb for the two treaties with the same actor pair -> coded once (borderline "
      "one 057 per treaty); 'the first South Asian nation' is a ranking, no comparison act"),
 43: ([], "Bosnia and Herzegovina (2014): 'the current world economic and political situation resembles the situation "
          "of 100 years ago' = an evaluation, no act"),
 44: ([], "Belize (2009): 'Illicit traffickers in drugs and arms penetrate our borders at will, leaving drug addicts, "
          "broken families, violence, death and destruction in their wake' = unnamed transnational criminals, who have "
          "no code (README: unnamed transnational crime groups null), smuggling across borders, which has no CAMEO "
          "code; the violence and deaths are results named without an act (borderline a 180 with no source to bare "
          "BLZ, as the README codes the crime groups' bombings 183)"),
 45: ([], "Estonia (2018): 'information and communications technology can revolutionize entrepreneurship, "
          "education, employment in general, and even health care' = a claim about technology, no actor, no act"),
 46: ([], "Nepal (1994): a fragment '[The East-West divide seriously hampered the United] Nations efforts in most "
          "conflict situations' whose verb fell before the splitter's cut (README: a request/act whose verb falls "
          "outside the sentence is left uncoded); the UN's efforts are unspecified"),
 47: ([], "Hungary (2003): a fragment 'Treaty on the Non-proliferation of Nuclear Weapons', cut before '(NPT) needs "
          "to be reinforced'; no verb and no act in the sentence"),
 48: ([], "Guyana (2004): 'For more than six decades now, the international community has diligently sought answers to "
          "the development dilemma' = an uncoded collective's search for development models, no counterpart, no "
          "act (guideline: collectives -> null; acts with no coded participant uncoded)"),
 49: ([], "New Zealand (2000): 'I would not want to suggest that there has been no progress at all on Council reform' "
          "= an evaluation of Security Council reform (held-out 54-61: UN reform positions uncoded), litotes with no "
          "event"),
 50: ([], "Burkina Faso (1993): a fragment 'A year after the Rio Conference on Environment and' [Development, the "
          "commitments and the promises made have still to take tangible form], a time phrase with no verb; the "
          "unfulfilled promises lie after the cut (README: fragments whose act lies outside the sentence)"),
 51: ([], "Maldives (2018): 'The humanitarian situation continues to worsen' = a situation in Syria, no actor, no act"),
 52: ([], "Portugal (1998): a fragment '[Portugal and the Community of Portuguese-Speaking] Countries (CPLP) - which "
          "is principally made up of' whose verb ('carried out from the start mediation efforts') lies after the "
          "splitter's cut (README: fragments whose act lies outside the sentence; borderline a 045 from PRT/GOV and "
          "org:CPLP to bare GNB, coded from the text after)"),
}
