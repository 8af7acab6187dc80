"""Hand annotations for the SEVENTY-FIFTH held-out event gold set (source of events-heldout75.jsonl).

Keyed by the row index of selection-heldout75.jsonl (output of select_bulk_heldout.py 75; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout75.jsonl \
        --annotations annotations_heldout75 --output events-heldout75.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("provide support", "030", "CHE/GOV", N, False, A, N, False),
      ("propose our mediation", "039", "CHE/GOV", N, False, A, N, False)],
     "Switzerland (2013); 'We never take sides' = neutrality, a standing posture, no act toward a named actor, not "
     "coded (borderline negated 051 to the parties of conflicts in general); 'we can provide support or propose our "
     "mediation' = a standing offer (the following sentence: 'our neutrality allows us to offer our good offices'), "
     "read like 'stands ready to engage/assist' (held-out 9: 03x asserted) -> 'propose our mediation' = express "
     "intent to mediate 039, 'provide support' = intent to cooperate of no more specific kind 030 (borderline 032 "
     "diplomatic or 033 material support); no parties named -> target null; 'can' of ability read as asserted "
     "(borderline hypothetical)"),
 1: ([("will not be \nforgotten", "051", "NRU/GOV", "DEU/GOV", False, A, N, False)],
     "Nauru (2011); 'Germany's efforts will not be forgotten' = a tribute to Germany's hosting of the Security "
     "Council open debate on climate change (preceding sentence), the speaker's appreciation -> 051 (held-out 52/53: "
     "'pay tribute to' is 051) to DEU/GOV; the negation bears on forgetting, not on the praise -> negated false "
     "(guideline: 'never ceased to demand' is asserted); 'As I said earlier' is the speaker's own statement (01x); "
     "the hosting itself lies in the preceding sentence, 'efforts' names no act, not coded (borderline: the "
     "sentence read as an evaluation, not coded)"),
 2: ([("did not move to improve", "071", "org:G7", N, True, A, N, False)],
     "Niger (1993); 'the seven most-industrialized countries did not move to improve the repayment abilities of the "
     "debtor countries' = the Group of 7 (named in the same sentence) -> org:G7; improving repayment abilities = the "
     "debt cancellation called for in the preceding sentence, debt relief as economic aid (earlier sets: debt relief "
     "and moratoria coded as economic aid/0331) -> plain negation keeps the code: negated 071; 'the debtor "
     "countries' an uncoded collective -> target null; 'Niger had hoped to hear of this decision following the "
     "meeting of the Group of 7' = an optative hope, and the G7 meeting is among its own members, not coded "
     "(borderline: one event per G7 member, or 085)"),
 3: ([("extend an olive branch", "030", "GEO/GOV", "RUS/GOV", False, A, N, True),
      ("have not been met", "030", "RUS/GOV", "GEO/GOV", True, A, N, False)],
     "Georgia (2014); 'Georgia's efforts to reduce tensions and extend an olive branch to Russia' = an offer of "
     "cooperation (the preceding text: unconditional dialogue with Russia on trade and humanitarian relations) -> "
     "030, an event noun with its agent ('Georgia's efforts to ...', as held-out 71 row 12 'initiative of President "
     "George Bush to reduce') -> nominal; one effort with two aims coded once (borderline a separate 0356 for "
     "reducing tensions); 'have not been met with the same spirit of cooperation' = Russia not reciprocating -> "
     "negated 030 (guideline: 'not respond(ed) to a call / initiative' = negated 030, not REJECT) RUS/GOV -> "
     "GEO/GOV, Russia taken from the same sentence"),
 4: ([("Camp David talks", "046", "ISR/GOV", "PSE/GOV", False, A, N, True),
      ("did not bring\nabout an agreement", "057", "ISR/GOV", "PSE/GOV", True, A, N, False)],
     "Denmark (2000); 'the Camp David talks' of July 2000 = negotiations (guideline 046) whose parties the "
     "following text names ('the political courage displayed by the Israeli and the Palestinian leadership') -> "
     "an event noun whose agent is plain from the text around it is coded (held-out 48/49) -> nominal 046, "
     "symmetric, from the first-named ISR/GOV to PSE/GOV; 'did not bring about an agreement' = plain negation of "
     "concluding an agreement -> negated 057 between the same parties; the US host and mediator is not named in "
     "the document, Camp David a venue (borderline nominal 045 USA/GOV); 'represented a major step forward' is an "
     "evaluation"),
 5: ([("arrest of Ratko Mladic", "173", N, "BIH/CVL", False, A, N, True)],
     "Belgium (2011); 'the arrest of Ratko Mladic' (26 May 2011) = arrest (guideline 173), an event noun with its "
     "patient but no agent in the sentence or the document (Serbia's security services are not named) -> source "
     "null (as held-out 22/23: a historic murder is an agentless 1823; held-out 48/49: agentless denial of access "
     "coded to its victims; borderline SRB/GOV by world knowledge); Mladic in 2011 = a fugitive former commander of "
     "the Bosnian Serb army, a former official -> civilian of his country, BIH/CVL (borderline SRB/CVL, or BIH/REB "
     "as the code of the Bosnian Serb forces of the 1990s); 'war crimes will not remain unpunished' is agentless and "
     "'this world will not accept impunity' an uncoded collective's stance, not coded"),
 6: ([("did not approve", "051", "org:ICJ", "XKX", True, A, N, False),
      ("nor did it support", "051", "org:ICJ", "XKX", True, A, N, False)],
     "Serbia (2010); 'The Court' = the International Court of Justice (the advisory opinion of July 2010) -> "
     "org:ICJ; 'did not approve the province's right to secession from Serbia' and 'nor did it support the claim "
     "that Kosovo is a sovereign State' = two negated endorsements (guideline: plain negation keeps the event's "
     "code) -> negated 051 each, distinct objects, so two events; support for a right or a claim of sovereignty -> "
     "the bare entity, Kosovo -> XKX (as held-out 18 row 13: support for sovereignty -> bare country; borderline XKX/GOV as "
     "the claim's authors); borderline: a court's legal finding read as no endorsement act, not coded, or the second "
     "a negated 054 recognition"),
 7: ([], "Congo (2019): 'we can never overstate the importance of all the vital forces ... standing shoulder to "
         "shoulder in the combat ... against the threat of climate change' = 'we' meaning all states, 'the threat' a "
         "risk and 'combat' figurative (guideline); 'never' bears on overstating; no act between actors, not coded"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("meeting held", "040", "AGO/GOV", "AGO/REB", False, A, N, True)],
     "Angola (1993); UNITA and Mr. Savimbi in 1993 (back at war after the 1992 elections) -> AGO/REB (earlier sets: "
     "the Bicesse mediation to AGO/REB); 'every meeting held since the Namibe, Addis Ababa and Abidjan meetings' = "
     "the talks between the Government and UNITA (the following text: 'In Abidjan the Angolan Government bent over "
     "backwards') -> nominal 040, parties plain from the text around it (held-out 48/49), symmetric, coded once "
     "from the document's government (borderline 046, the Abidjan round being negotiations on a protocol); "
     "Addis Ababa and Abidjan are venues, not capital metonyms; 'fallen victim ... to UNITA's bad faith' = an "
     "evaluation of behaviour with no specific act (guideline), not coded (borderline nominal 128 AGO/REB -> "
     "AGO/GOV, org:UN and the troika)"),
 9: ([], "France (1993): 'Let us prepare for the conferences in Cairo and Beijing and the social development summit "
         "in Copenhagen' = 'us' meaning all states (held-out 42/43), preparation of UN conferences, no act between "
         "named actors; Cairo, Beijing and Copenhagen are venues, not capital metonyms; not coded (borderline 036 "
         "future FRA/GOV -> org:UN)"),
 10: ([], "Turkey (1994): 'The Washington and Vienna Agreements laid down the foundation for a just and viable peace "
          "in Bosnia' = agreement nouns whose parties the sentence does not name, and the following text names only "
          "'a federation' (held-out 44 row 9: 'the Washington and Cairo agreements' without parties not "
          "coded); Washington is part of the agreement's name, not a capital metonym; 'laid down the foundation' an "
          "evaluation; not coded (borderline nominal 057 BIH/GOV -> BIH/REB, the Bosnian Croats of 1994)"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Algeria (1999), chair of the OAU: 'Africa has unequivocally stated that it supports international "
          "legality, democracy and respect for law' = support for abstract principles (guideline: abstract policy "
          "positions not coded); 'it has set out the guidelines for the OAU position on the situations in Angola and "
          "in Western Sahara' = the organisation's internal position-setting, no act toward a named actor; not coded "
          "(borderline 'Africa' -> org:AU, the OAU of 1999)"),
 12: ([], "Cyprus (2017): 'As he said' = the Secretary-General (preceding sentence) quoted: 'Progress in this chapter "
          "is an essential element in reaching an overall agreement and in building trust between the two "
          "communities' = a view on what a settlement needs; the agreement and the trust-building are hypothetical "
          "goals between the two communities, not asserted acts; not coded (borderline hypothetical 057 CYP/GOV -> "
          "the Turkish-Cypriot side, which has no code)"),
 13: ([], "Austria (2018): 'there is no other alternative ... than to sit down at the negotiation table' = an "
          "agentless deontic about Syria, the parties being 'the decision makers from Washington, D.C., to Moscow, "
          "from Tehran to Jerusalem, and from Ankara to Damascus' of the preceding sentence; 'We have a historic "
          "chance' = 'we' meaning all; not coded (borderline demanded 046 among the six governments named before)"),
 14: ([], "Netherlands (2010): 'We can do that by improving international cooperation ..., by increasing compliance "
          "... and by pushing for as many countries as possible to sign the Rome Statute' = 'we' of 'Now we must act "
          "boldly' meaning all states supporting the Hague institutions (held-out 42/43: 'we' meaning all states not "
          "coded), a means-statement ('can'); the addressees an uncoded collective; not coded (borderline a "
          "hypothetical 102 NLD/GOV -> null)"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Zambia (2014): 'It is hoped that those discussions will ... lead to lasting solutions' = an optative hope "
          "about the results of side meetings, agentless; not coded"),
 16: ([], "Liechtenstein (1992): 'the Government of Liechtenstein will consider how best to return to the Assembly, "
          "perhaps at its next session in 1993, with proposals' = deliberation about a possible future submission to "
          "the Assembly, an agenda item (held-out 50/51: submitting a national report not coded); 'the initiative "
          "introduced last year by His Serene Highness' (the self-determination initiative) = a proposal to the "
          "Assembly, a statement (01x); not coded (borderline 030 future LIE/GOV -> org:UNGA)"),
 17: ([], "Dominican Republic (2010): a fragment cut by the splitter, starting at 'York's Columbia University' (the "
          "'advisory assistance from the United Nations Development Programme and New' lies in the preceding text); "
          "'we will be meeting with the ministers responsible for social policy as well as the mayors of cities at "
          "greatest risk' = a domestic working meeting of the government with its own ministers and municipal "
          "authorities (a sub-national government takes the country's GOV), one actor, not coded (borderline 036 "
          "future DOM/GOV -> null); the aid noun lies outside the sentence"),
 # --- UNGDC 1990-2019 random: demand
 18: ([("dialogue", "046", "COD/GOV", "COD/REB", False, D, N, True)],
      "Botswana (2000); 'A crucial element of the Lusaka Agreement ... is that there must be dialogue in the "
      "Democratic Republic of the Congo, among the people of that country' = the inter-Congolese national dialogue "
      "of the 1999 Lusaka Ceasefire Agreement, talks that must occur -> demanded nominal 046 (held-out 40/41: direct "
      "talks that 'should occur' are a demanded nominal 046), between the Government and the armed opposition that "
      "signed the agreement -> COD/GOV -> COD/REB (borderline COD/OPP or COD/CVL for the unarmed opposition and "
      "civil society); the agreement's own content, not attributed speech -> reported_by null; 'the international "
      "efforts spearheaded by the United Nations and the OAU' name no specific act and lie inside an if-clause, not "
      "coded (borderline hypothetical nominal 045 org:UN and org:AU to the parties)"),
 19: ([], "Mexico (1997): 'The financial crisis of the Organization should not lead us to take decisions that distort "
          "the spirit of reform' = 'us' meaning all Member States, a UN reform position (held-out 54-61: left "
          "uncoded); not coded"),
 20: ([("joint summit", "040", "org:ECOWAS", "org:ECCAS", False, A, N, True)],
      "Central African Republic (2019); 'The joint summit of the Economic Community of West African States and the "
      "Economic Community of Central African States, held in Lome in July 2018' = a meeting noun whose name gives its "
      "participants -> nominal 040 (held-out 4: 'the U.S.-ASEAN Special Summit' nominal 040), symmetric, from the "
      "first-named: org:ECOWAS -> org:ECCAS (new organisation code); Lome is the venue, not a capital metonym "
      "(borderline 043 TGO/GOV as host, not named as such); 'should inspire more concerted and coordinated action' "
      "is agentless, not coded"),
 21: ([], "Saudi Arabia (2012): 'efforts to reform the international financial, monetary and trade system should be "
          "channelled through existing institutions' = a reform position; 'a new partnership between developing and "
          "developed countries' is between uncoded collectives; not coded"),
 22: ([], "Netherlands (2005): 'United Nations reform must also strengthen the protection of tolerance from "
          "intolerance' = a UN reform position (held-out 54-61: left uncoded), 'we' meaning all states; not coded"),
 23: ([("We call on the United Nations", "107", "DZA/GOV", "org:UN", False, A, N, False),
       ("expressly requested by the African Summit", "107", "org:AU", "org:UN", False, A, N, False)],
      "Algeria (2015); 'We call on the United Nations to set a firm date for the holding of a referendum' in Western "
      "Sahara = a request (guideline: call on -> 10x) to org:UN; Y = implementing the self-determination referendum "
      "of the Settlement Plan -> demand settling of dispute 107 (as an earlier set's call to allow a UN-supervised "
      "referendum in Western Sahara, 107; borderline 1043 rights, self-determination); Y not coded separately; 'as "
      "was expressly requested by the African Summit in June 2015' = a request of a named author in the passive "
      "(held-out 20/21: 'steps requested by the Committee of Experts' is that author's request) -> the African Union "
      "summit (Johannesburg, preceding text) -> org:AU, the same request -> 107 to org:UN"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("We also reject", "120", "ECU/GOV", "org:WB", False, A, N, False),
       ("We also reject", "120", "ECU/GOV", "org:ICSID", False, A, N, False),
       ("relationship", "050", "org:WB", "org:ICSID", False, A, N, True)],
      "Ecuador (2009); rejecting 'the relationship between the World Bank and arbitration centres such as the "
      "International Centre for Settlement of Investment Disputes' = the speaker's rejection of another's act "
      "(held-out 46/47: 'We utterly reject attacks' 120) -> 120, one event per party of the relationship (as support "
      "aimed at a process goes to its named parties): org:WB and org:ICSID (new organisation code; the other "
      "'arbitration centres' uncoded, dropped); the relationship itself, named by its parties -> nominal 050 "
      "(held-out 38/39: a cooperation named by its parties is a nominal 050) org:WB -> org:ICSID; 'has only served "
      "to pass judgment on and penalize certain parties' = a generic characterisation with uncoded targets, not "
      "coded (borderline 1121 or 163 org:ICSID -> null)"),
 25: ([], "Fiji (2019): 'our people can rely on my Government to do everything we possibly can to protect them' = a "
          "domestic commitment between a government and its own people against climate risk, no act between "
          "actors; 'the climate threat' a risk (guideline); not coded"),
 26: ([], "Morocco (2000): 'This agreement' = the Association Agreement with the European Union (preceding sentence), "
          "an agreement noun with no agent in the sentence (held-out 70 row 25: 'this agreement' not coded); its "
          "'pillars' (political dialogue, cooperation, financial cooperation, a free-trade zone by 2012) are contents "
          "of the agreement, not separate acts; 'marks a decisive stage in our relations' an evaluation; not coded "
          "(borderline nominal 057 MAR/GOV -> org:EU)"),
 27: ([("Dutch development aid", "071", "NLD/GOV", N, False, A, N, True)],
      "Netherlands (1998); a fragment cut by the splitter at a line break: 'Dutch development aid policy for over a "
      "quarter of a century' (the 'Poverty eradication has been the primary focus of' lies in the preceding text); "
      "the aid noun with its agent ('Dutch') is inside the sentence and the aid is real and habitual -> nominal 071 "
      "(economic/development aid; held-out 36/37: 'our support for Iraq' a nominal 070), recipients unnamed -> target "
      "null (borderline: not coded, as an aid policy named in a fragment whose predicate lies outside it)"),
 28: ([], "Nigeria (2001): 'the grave challenges that we face today also offer new possibilities for cooperation' = "
          "'we' meaning all states, cooperation as a possibility between unnamed parties; not coded"),
 29: ([("cooperation", "050", "org:UN", "org:AU", False, A, N, True),
       ("has supported", "074", "org:AU", "SOM/GOV", False, A, N, False)],
      "Uganda (2018); 'the cooperation between the United Nations and the African Union on the situation in "
      "Somalia' = a cooperation named by its parties -> nominal 050 (held-out 38/39) org:UN -> org:AU; 'the African "
      "Union Mission in Somalia (AMISOM) has supported the efforts of the Somali Government to stabilize the "
      "country' = the AU peace operation -> org:AU (earlier sets: ECOMOG's peacekeeping is org:ECOWAS 074), its "
      "support being military protection of the host government -> 074 (held-out 44/45: troops in ISAF or UNIFIL "
      "are 074 to the host) to SOM/GOV (borderline 070 material support, or 051)"),
 30: ([("humanitarian assistance", "073", "org:UN", "AZE/CVL", False, A, N, True)],
      "Azerbaijan (1999); 'humanitarian assistance from the United Nations and other international organizations is "
      "a necessary element ... of the survival of people who have lost their homes' = realised aid (the following "
      "sentence thanks the UN, its agencies and donors 'providing humanitarian assistance to Azerbaijan' and asks "
      "them not to reduce it) -> nominal 073 from org:UN (the other organisations uncoded, dropped), to the one "
      "million refugees and internally displaced persons of the preceding sentence -> AZE/CVL (borderline AZE/GOV; "
      "borderline demanded, as held-out 46/47's statements of need)"),
 31: ([("occupation by Armenia", "192", "ARM/GOV", "AZE", False, A, N, True)],
      "Azerbaijan (2007); 'the continued occupation by Armenia of ... almost 20 per cent, of the internationally "
      "recognized territories of Azerbaijan' = occupation (guideline 192), an event noun with its agent -> nominal, "
      "ongoing -> asserted, to the country whose territory it is -> bare AZE (guideline: target of an invasion); "
      "'the conflict' has no agent in the sentence, not coded"),
 32: ([], "Sweden (2013): 'Violence and oppression in all their forms are among the main threats to the development "
          "of people' = a general statement, agentless, 'threats' a risk (guideline); not coded"),
 33: ([], "Malaysia (1994): 'The recent International Monetary Fund/World Bank meeting at Madrid' = the joint annual "
          "meetings of the two institutions' governing boards, a body's meeting among its own members (held-out 60 "
          "row 26; held-out 71 row 17), not coded (borderline nominal 040 org:IMF -> org:WB); 'highlighted the "
          "preoccupation of the major developed countries' = an evaluation; Madrid a venue, not a capital metonym"),
 34: ([("increasing", "071", "org:EU", N, False, A, N, False)],
      "Estonia (2008); 'The European Union ... is on the whole, on track towards increasing its development aid to "
      "0.7 per cent of its gross national income' = ongoing provision and increase of development aid -> 071 "
      "(economic aid), asserted (borderline 0331 as a commitment to the aid target, as held-out 36/37's 0.7 per cent "
      "target 0331), recipients unnamed -> target null; 'the objective agreed at the United Nations' is an agentless "
      "passive of all states, not coded"),
 35: ([], "Dominica (2019): 'We are seeing heart-wrenching reports ... of flooded cities and severe droughts that are "
          "driving millions from their traditional homes' = natural disasters, no actor; not coded"),
 36: ([], "Mexico (1998): 'As of that meeting, principles of responsibility shared among States ... replaced the "
          "scenario of mutual recrimination and unilateral evaluations' = a change of principles among all states; "
          "'mutual recrimination' has no named agent (the US drug certification process is not named), not coded "
          "(borderline nominal 112 with no source or target)"),
 37: ([], "Sao Tome and Principe (2005): 'Small island States met this year in Mauritius to evaluate the Barbados "
          "Programme of Action' = a meeting among an uncoded collective (held-out 54-61: acts between uncoded "
          "collectives left uncoded); Mauritius is the venue (borderline 043 MUS/GOV as host, not stated); not coded"),
 38: ([("we offer our full support", "051", "NIC/GOV", "VEN/GOV", False, A, N, False),
       ("destabilizing policies", "170", N, "VEN/GOV", False, A, N, True)],
      "Nicaragua (2016); 'we offer our full support to President Nicolas Maduro Moros and his legitimate Government' "
      "= verbal support 051 to VEN/GOV (one government, coded once); 'which continues to be the victim of "
      "aggression, assault and destabilizing policies from the exterior' = a coercive campaign against the "
      "government by unnamed foreign actors ('from the exterior', uncoded -> source null, as held-out 42/43's "
      "'fallacious allegations by certain quarters' nominal 112 with no source) -> nominal 170 (held-out 22/23: "
      "a 'pressure campaign' nominal 170; held-out 24/25: 'coercive trade practices' nominal 170); 'aggression, assault' name the same "
      "non-military campaign, coded once (borderline nominal 190); 'coordinated with anti-democratic and oligarchic "
      "sectors' = the opposition's share in it (borderline a second 170 VEN/OPP -> VEN/GOV)"),
 39: ([("pledge we made", "0334", "FIN/GOV", "org:UN", False, A, N, True),
       ("increased its participation", "074", "FIN/GOV", N, False, A, N, False)],
      "Finland (2017); 'the pledge we made in 2015' = Finland's pledge at the 2015 Leaders' Summit on Peacekeeping, an "
      "explicit intent stated as a fact (guideline: 03x asserted) to provide peacekeeping -> 0334 to org:UN, the "
      "pledge noun -> nominal (borderline 032); 'Finland has significantly increased its participation in United "
      "Nations police missions' = provision of peacekeeping personnel -> 074 (held-out 70 row 53: peacekeepers "
      "serving -> 074), the seven host countries not named -> target null (held-out 70 row 53; borderline org:UN), "
      "the government as agent (borderline FIN/COP for the police officers)"),
 40: ([("Our appreciation goes to", "051", "SLB/GOV", "org:UNGA", False, A, N, False)],
      "Solomon Islands (2016); appreciation to Mr. Mogens Lykketoft, predecessor of the President of the General "
      "Assembly = thanks/praise 051, tributes to a former President of the Assembly go to org:UNGA (held-out 30/31 "
      "and 62-73); 'the adoptions of three development frameworks' are agentless nouns, not coded (borderline nominal 057 "
      "org:UNGA)"),
 41: ([], "Congo (1991): 'The implementation of the reforms ... calls for commitment on our part' = domestic economic "
          "reform, no act between actors; not coded"),
 42: ([("unreservedly condemn", "111", "BWA/GOV", "MRT", False, A, N, False),
       ("unreservedly condemn", "111", "BWA/GOV", "GIN", False, A, N, False),
       ("unreservedly condemn", "111", "BWA/GOV", "GNB", False, A, N, False),
       ("unreservedly condemn", "111", "BWA/GOV", "MDG", False, A, N, False),
       ("unreservedly condemn", "111", "BWA/GOV", "HND", False, A, N, False)],
      "Botswana (2009); 'We unreservedly condemn the coups that took place in Mauritania, Guinea, Guinea-Bissau, "
      "Madagascar and Honduras' = 111 (guideline), one event per country (compound rule); the perpetrators are not "
      "named in the sentence or the document -> the development inside a named country goes to the bare country "
      "(held-out 62-73 rule for welcomes; held-out 71 row 39) -> MRT, GIN, GNB, MDG, HND (borderline the juntas: "
      "MRT/MIL, GIN/MIL, HND/MIL, and Madagascar's Rajoelina MDG/OPP); the coups themselves are not coded "
      "(held-out 22/23: CAMEO has no code for them)"),
 43: ([("had no objection", "0313", "LBY/LEG", "GBR/GOV", False, A, N, False),
       ("had no objection", "0313", "LBY/LEG", "USA/GOV", False, A, N, False)],
      "Libya (1994), the Lockerbie dispute; 'the basic popular congresses which constitute our legislative "
      "authority' -> LBY/LEG; 'made the decision that they had no objection to letting the two suspects stand trial "
      "before a fair tribunal to be agreed upon' = an intent to cooperate on the trial stated as a fact (guideline: "
      "03x asserted; held-out 40/41: accepting a request to host a tribunal 0313) -> 0313, aimed at the states "
      "demanding the trial, which the preceding text names ('the refusal by Britain and the United States of "
      "America') -> one event each, GBR/GOV and USA/GOV (borderline 080 yield; borderline source LBY/GOV); "
      "'Competent Libyan authorities referred the matter to' the congresses = a domestic referral, no CAMEO code, "
      "not coded; the tribunal 'to be agreed upon' is a future agentless agreement, not coded"),
 44: ([("signed", "057", "SDN/REB", "SDN/GOV", False, A, N, False)],
      "Sudan (2013); 'those that signed the Doha peace agreement' (the Doha Document for Peace in Darfur, 2011) = the "
      "signatory armed movements, set against 'Many of the armed groups joined the agreement later' (following "
      "sentence) -> SDN/REB, the agreement signed with the Government -> 057 to SDN/GOV (borderline from SDN/GOV, "
      "the document's government, as the symmetric rule's first party); 'have lived up to their promises' = "
      "compliance (guideline: 'comply with obligations' not codable), not coded; 'a sharp drop in the violence' is "
      "agentless"),
 45: ([], "Namibia (2000): 'The call for a new international economic order' = the call 'by our leaders in the 1970s' "
          "of the developing countries (preceding text), a request noun of an uncoded collective with no addressee, "
          "null-null; 'was the South's version of globalization' an evaluation; not coded"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Nauru (2013): 'a choice made by international policymakers to prioritize profits over people' = an "
          "evaluation of an uncoded collective's economic choices, no act between actors; not coded"),
 47: ([], "Kenya (2002): 'It is time Africa was accorded the elevated status it deserves in the Security Council' = a "
          "Security Council reform position (held-out 54-61: UN reform positions left uncoded); not coded"),
 48: ([], "Bangladesh (1998): 'The United Nations has had its share of failures' = an evaluation; not coded"),
 49: ([], "Republic of Korea (2017): 'we were not able to become a Member of the United Nations until 1991' = UN "
          "membership (held-out 54-61: UN admissions left uncoded); 'we have enhanced our role and responsibilities "
          "as a State Member' = no act toward a named actor; not coded"),
 50: ([], "United States (Clinton, 1994): 'our job is to see that in the twenty-first century these forces triumph' = "
          "an aim for freedom and democracy, no act between actors; not coded"),
 51: ([("constructive engagement", "050", "org:ASEAN", "MMR/MIL", False, A, N, True),
       ("encourage", "104", "org:ASEAN", "MMR/MIL", False, F, N, False)],
      "Thailand (1991); 'Through constructive engagement, ASEAN hopes to encourage Myanmar to make a peaceful "
      "transition' = ASEAN's policy of engaging the junta (the decision of the ASEAN Foreign Ministers, preceding "
      "text), under way -> nominal 050 diplomatic cooperation with its agent in the sentence (borderline not coded "
      "as a policy stance); Myanmar in 1991 = the SLORC junta -> MMR/MIL (guideline); 'hopes to encourage Myanmar to "
      "make a peaceful transition' = ASEAN's own intended urging (guideline: urge/call on -> 10x) of political "
      "change -> 104 demand political reform, intended -> future (held-out 12/13: 'hope that we can work together' "
      "030 future; borderline: an optative hope, not coded)"),
 52: ([], "Solomon Islands (1992): 'Solomon Islands has viewed with interest the political developments in Eastern "
          "Europe' = an attitude (01x), no act; not coded"),
 53: ([], "Seychelles (2009): a fragment cut by the splitter, 'Copenhagen, no matter how poor, how weak or how small' "
          "(the 'We cannot afford to leave any nation behind in' lies in the preceding text); no act in the sentence; "
          "not coded"),
 54: ([], "United Kingdom (Brown, 2007): 'Unless we can build trust and reciprocity between nations ... the latest "
          "phase of globalization could be another false dawn' = 'we' meaning all states, a hypothetical among "
          "uncoded collectives; not coded"),
 55: ([], "Chile (2012): reducing unemployment and poverty 'by creating new jobs and social protection programmes' = "
          "domestic policy, no act between actors; not coded"),
 56: ([], "Canada (1997): 'This new spirit needs to be manifest and inspire the work of the United Nations' = an "
          "abstract wish, no act; not coded"),
 57: ([], "Romania (2008): 'History is a good teacher, provided we learn from its lessons' = a maxim; not coded"),
 58: ([("participated actively", "040", "SGP/GOV", N, False, A, N, False)],
      "Singapore (2013); 'Singapore has participated actively in all the preparatory meetings to date' of the third "
      "SIDS Conference = taking part in a UN consultation process -> 040 (held-out 48/49: participating in forums "
      "together with a named state is 040 to it; held-out 32/33: an intent to take part in a UN process 036 with no "
      "target), the other participants unnamed -> target null (borderline org:UN); 'The third SIDS Conference, to be "
      "held in 2014' = an agentless future meeting, not coded (borderline 036 future)"),
 59: ([], "Costa Rica (2011): 'I promise not to relent in our efforts to achieve a better country and a better world' "
          "= a domestic resolve, no act toward another actor; not coded"),
}
