"""Hand annotations for the HUNDRED-AND-THIRTY-FIRST held-out event gold set (source of events-heldout131.jsonl).

Keyed by the row index of selection-heldout131.jsonl (output of select_bulk_sentence_heldout.py 131; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout131.jsonl \\
        --annotations annotations_heldout131 --output events-heldout131.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("Israeli occupation", "192", "ISR/GOV", "PSE", False, A, N, True)],
     "Palestine (2000); 'That task will not be fully achieved until Israeli occupation comes to an end' = an event "
     "noun whose agent is given by the adjective (guideline: 'Russian troops'; held-out 22/23: 'Israeli-occupied Golan' a "
     "nominal 192) -> occupation 192 (guideline), ongoing at the speech's date -> asserted, the occupied Palestinian "
     "territory -> bare PSE (guideline: target of an invasion); 'will not be fully achieved' negates the task (self-"
     "determination), not an event; the end of the occupation is the condition of a future outcome, not coded "
     "(borderline a hypothetical 0874 ISR/GOV -> PSE); the establishment of the Palestinian State is domestic"),
 1: ([("provide", "070", "org:ECOWAS", N, False, F, N, False)],
     "Mali (2006); 'ECOSAP ... will not only provide member States with technical and financial support, but will "
     "also contribute to building the capacities of a special unit in the ECOWAS Executive Secretariat' = ECOSAP is "
     "the ECOWAS Small Arms Control Programme (preceding sentence), a programme standing for its organisation "
     "(held-out 34/35: a UN programme as subject stands for org:UN) -> org:ECOWAS; a future material act keeps its code "
     "(held-out 42/43: 'we will continue support' 070 future) -> 070 future, one aid noun covering two kinds "
     "(held-out 20/21: one 070); the ECOWAS member States are not named -> target null (borderline MLI/GOV, the "
     "speaker being one of them); 'not only ... but also' is no negation; building the capacities of the "
     "organisation's own Secretariat is internal, not coded"),
 2: ([("has always been committed", "036", "BTN/GOV", "NPL/GOV", False, A, N, False),
      ("agreements reached", "057", "BTN/GOV", "NPL/GOV", False, A, N, False)],
     "Bhutan (2007); 'Bhutan for its part has always been committed to the bilateral process' = the bilateral talks "
     "with Nepal on the people in the camps (preceding sentence: the Foreign Minister of Nepal, 'our bilateral "
     "talks') -> a commitment stated as a fact, asserted 03x (held-out 46/47), to negotiations -> 036 (borderline "
     "030) to NPL/GOV; 'the understandings and agreements reached between the two countries' -> agreements "
     "concluded 057 (guideline), symmetric, from the document's own government, a participle -> not nominal "
     "(held-out 76 row 29: 'agreement reached'); 'has not deviated from' the agreements = compliance, not coded "
     "(held-out 76 row 9: upholding obligations is compliance; borderline a negated 128)"),
 3: ([], "Viet Nam (1993): 'poor countries hope that the rapidly increasing cost of peace-keeping operations will not "
         "affect the ability of the United Nations' and 'wish to see balanced attention on the part of the United "
         "Nations' = optative hopes of an uncoded collective, no act (held-out 7: a hope about another actor's act "
         "not coded)"),
 4: ([], "Egypt (2013): 'Africa will not renounce its demands to obtain the permanent membership it deserves, as "
         "specified in the Ezulwini Consensus and the Sirte Declaration' = a statement of resolve on Security Council "
         "reform, 'Africa' an uncoded continent; UN reform positions are left uncoded (held-out 116: the Ezulwini "
         "appeal for Council seats left uncoded; borderline an asserted 1044 org:AU -> null, 'will not renounce' "
         "read like 'never ceased to demand'); no negated event"),
 5: ([("the agreement on missing persons", "057", "CYP/GOV", N, False, A, N, True),
      ("implemented", "064", N, "CYP/GOV", True, A, N, False)],
     "Cyprus (2001); 'the agreement on missing persons of 31 July 1997 between Mr. Rauf Denktash and myself' = an "
     "agreement concluded (guideline 057), nominal, from the speaker (President Clerides) -> CYP/GOV, the Turkish-"
     "Cypriot leadership having no code (held-out 4) -> target null; 'providing for the exchange of information' "
     "on the graves of missing persons 'has not been implemented because of the continuing negative attitude of "
     "the Turkish side' = an unfulfilled agreement whose content is named takes the content's code, negated "
     "(held-out 32/33: unfulfilled pledges 0841 negated) -> share information 064 negated, its agent 'the Turkish "
     "side' = the Turkish-Cypriot leadership (no code) -> source null (borderline TUR/GOV), to CYP/GOV; 'I must "
     "report to you' is the speaker's own statement; 'negative attitude' is an evaluation"),
 6: ([("will not provide", "071", N, "org:UN", True, F, N, False)],
     "Philippines (2019); 'But States will not provide it with the means to meet those mandates' = 'it' = the "
     "United Nations (preceding sentence, on its deteriorating financial situation) -> org:UN; the means = funding "
     "-> economic aid 071 (held-out 76 row 15: UN missions 'adequately financed' 071 to org:UN), plain negation of "
     "an aid verb -> negated, 'will' -> future (held-out 6: 'will not ... fund reconstruction' negated future 071), "
     "'States' = the membership as a whole, an uncoded collective -> source null; borderline a REJECT 1221 "
     "(held-out: a refusal to pay assessed contributions 1221 to org:UN), or asserted as a habitual present"),
 7: ([("implementing the withdrawal", "0874", "CUB/GOV", "AGO", False, A, N, False),
      ("agreements arrived at", "057", "CUB/GOV", N, False, A, N, False),
      ("the actions of UHITA", "180", "AGO/REB", "AGO/GOV", False, A, N, True),
      ("supported militarily and politically", "070", "USA/GOV", "AGO/REB", False, A, N, False)],
     "Cuba (1990); 'Cuba has been strictly and impeccably implementing the withdrawal of its military contingent' "
     "from Angola -> military withdrawal 0874 (held-out 52/53: 'the withdrawal of Israel from the Gaza Strip' 0874), the "
     "country as a whole -> bare AGO (borderline AGO/GOV, or source CUB/MIL); 'as a result of the agreements "
     "arrived at' = the 1988 accords, whose other parties the speech never names -> 057 from Cuba with no target "
     "(README: an alliance 'signed in 1994' that names no other signatory is a 057 with no target; borderline AGO/GOV and ZAF/GOV "
     "from outside knowledge); 'the actions of UHITA' (a misprint for UNITA) that make peace impossible and 'continues "
     "its destabilising actions' = one insurgent campaign, coded once -> unspecified violence by a non-state armed "
     "group 180 (guideline; borderline 190), UNITA of 1990 -> AGO/REB, against the Angolan Government (borderline "
     "bare AGO); 'which has been supported militarily and politically by the United States' = a passive with its "
     "agent named -> support 070 USA/GOV -> AGO/REB, one verb covering two kinds coded once (held-out 20/21: one "
     "aid noun covering several kinds is one 070; borderline a 072 and a 051)"),
 # --- UNGDC 1990-2019 random: capital
 8: ([], "Sweden (2018): 'The commitments made in the Helsinki Final Act and the Budapest Memorandum must be honoured "
         "and the full implementation of the Minsk Agreements assured' = agentless deontics whose Y is compliance "
         "with obligations, not a codable behaviour (guideline: 'comply with obligations' -> nothing coded); the "
         "commitments themselves are those of all signatories, not coded (borderline a demanded 0874 RUS/GOV -> UKR "
         "from the aggression named in the preceding sentence); no capital metonym"),
 9: ([("visit", "042", "CHE/GOV", "AFG/GOV", False, A, N, True)],
     "Afghanistan (1991); 'the innovative visit of Mr. Kiaus Jacobi, State Secretary for Foreign Affairs of that "
     "country, to Kabul and the surrounding region' = 'that country' = Switzerland (preceding sentence) -> an "
     "official's visit, nominal 042 (guideline: visit 042) CHE/GOV -> AFG/GOV (held-out 12/13: a visit is 042 to the "
     "country); Kabul is the place visited, not a metonym"),
 10: ([("normalizing relations", "050", "LTU/GOV", "RUS/GOV", False, H, N, False)],
      "Lithuania (2019); 'We hold that the implementation of the Minsk agreements is an absolute precondition for "
      "normalizing relations with Russia' = normalization of relations (held-out 7: a realised normalization a "
      "nominal 050) stated as conditional on a precondition -> 050 hypothetical, the speaker's 'we' -> LTU/GOV "
      "(borderline source null for the West or the EU, or not coded as an abstract policy position); the "
      "implementation of the Minsk agreements is compliance, not coded"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("The withdrawal of troops", "0874", "org:UN", "HTI", False, D, N, True)],
      "Haiti (2015); 'The withdrawal of troops ... must be made according to an agreed calendar' = the withdrawal of "
      "MINUSTAH's troops (preceding sentence: 'the gradual, orderly withdrawal of the Mission's troops'), an event "
      "noun whose agent is plain from the text around it (held-out 48/49) -> org:UN, withdrawal 0874, a deontic "
      "with no request verb -> demanded (guideline), from the country -> bare HTI; 'the transfer of responsibilities "
      "to the Haitian authorities' is the same drawdown seen from the host, not coded separately (borderline a "
      "demanded nominal 080 org:UN -> HTI/GOV); 'an agreed calendar' is not yet agreed; 'according to' is not "
      "attribution (guideline)"),
 12: ([], "Kyrgyzstan (2012): 'despite the assistance of the international financial institutions, developing mountain "
          "States continue to suffer difficulties' = aid from unnamed institutions (uncoded) to an uncoded class of "
          "States, null-null, not coded (held-out 54-61: acts between uncoded collectives; borderline a nominal 070 "
          "null -> KGZ/GOV, the speaker being a mountain State); 'It should be noted' is the speaker's own statement"),
 13: ([("we share the views", "051", "SLV/GOV", "org:UNGA", False, A, N, False)],
      "El Salvador (1995); 'we share the views expressed by you, Mr. President, when in your opening address ... "
      "you said that \"all States that are not yet Members should seek to be admitted\"' = agreement with the "
      "President of the General Assembly (held-out 10/11: 'I agree with Merkel that' 051; held-out 122: 'We agree "
      "with the findings of the High-level Panel' 051) -> 051 to org:UNGA (borderline not coded as a UN membership "
      "position); the President's opening address is a statement (01x) and the quoted deontic is a membership "
      "position for an uncoded class, not coded"),
 14: ([("fall to zero", "162", "SUN/GOV", N, False, A, "org:OECD", False)],
      "Ghana (1992); 'According to the OECD, not only did aid from the former Soviet Union and Eastern Europe to "
      "sub-Saharan Africa almost fall to zero' = the donor's cut of its aid -> reduce or stop aid 162 (borderline "
      "1621; or not coded as a statistic), inside an attribution -> reported_by org:OECD (README: new organisation "
      "codes org:OECD), the aid given in 1990-91 by the Soviet Union -> SUN/GOV, the state of the time (held-out "
      "26/27: a state that later dissolved; held-out 5: acts coded to the government of the time; borderline null "
      "for the successor region), Eastern Europe an uncoded collective dropped, sub-Saharan Africa an uncoded "
      "region -> target null; 'aid disbursements ... from other countries remained stagnant' is null-null, not "
      "coded; 'not only ... but also' is no negation"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Sao Tome and Principe (2018): 'We therefore hope that the forthcoming [COP24], to be held in Katowice, "
          "Poland, will be very successful and that the dialogue there will ... make it possible to implement the "
          "Agreement' = an optative hope (README: a hope about another actor's act is not coded), a conference only 'held in' a venue (held-out 110: left "
          "uncoded; borderline 036 future POL/GOV for the hosting), no act"),
 16: ([("I commend", "051", "TGO/GOV", N, False, A, N, False),
       ("urge", "103", "TGO/GOV", N, False, A, N, False)],
      "Togo (2017); 'I commend the initiative of the countries of the Group of Five for the Sahel' = praise (guideline "
      "051) of a group without a code whose members the speech never names as such (Burkina Faso, Mali and the "
      "Niger appear only as victims of attacks and floods) -> target null (held-out 12/13: a group without a code is "
      "each member the document names; borderline one 051 per member BFA/GOV, MLI/GOV, NER/GOV, TCD/GOV, MRT/GOV); "
      "'which will help us further strengthen inter-State cooperation' = an expected effect of an inanimate "
      "initiative, not coded (borderline 030 future); 'urge the most affluent countries among us to support the "
      "push for an effective fight' = a request (guideline: urge -> 10x) to an uncoded class -> target null, Y = "
      "support for the counter-terrorism effort in the Sahel -> demand material aid 103 (borderline 102 policy "
      "support, or 1032); the fight and eradicating terrorism are the request's purpose, not coded"),
 17: ([("sign a separate peace agreement", "057", "LBN/GOV", "ISR/GOV", True, F, N, False),
       ("sign a separate peace agreement", "057", "SYR/GOV", "ISR/GOV", True, F, N, False)],
      "Lebanon (1998); 'We have previously declared, and we repeat today ..., that neither Lebanon nor Syria will sign "
      "a separate peace agreement with Israel' = plain negation of a signing, not an acceptance verb (held-out 6: "
      "'will not normalize relations ... nor lift sanctions' negated future, not REJECT; held-out 46/47: 'will never "
      "agree' one negated 057) -> 057 negated future, one per party of the compound subject (guideline), to ISR/GOV; "
      "the speaker's own past declaration is its own assertion (reported_by null), Syria's part asserted by Lebanon; "
      "borderline REJECT 125 or 120 as a performative refusal"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Trinidad and Tobago (2012): 'Member States must move swiftly to restructure the' = a fragment cut by the "
          "splitter, a deontic for all Member States ('we' meaning all states, held-out 42/43) on UN reform, not "
          "coded"),
 19: ([], "Luxembourg (1995): 'these proposals are a valuable source of inspiration and make an important contribution "
          "to the reform work that should be pursued' = an evaluation of reform proposals (the Carlsson-Ramphal "
          "Commission and an independent working group) and an agentless UN reform deontic, not coded"),
 20: ([], "France (2005): 'Preparations for elections must be accelerated' = an agentless deontic about Haiti's "
          "domestic electoral preparations (preceding sentence), no act between actors"),
 21: ([], "Egypt (2012): 'The first issue that the global community must exert all efforts to resolve ... is the "
          "Palestinian cause' = a deontic for an uncoded collective with no codable behaviour (resolving an issue), "
          "not coded"),
 22: ([("will Turkey allow", "130", "TUR/GOV", N, False, A, N, False),
       ("terrorist activities", "180", N, "TUR", False, H, N, True)],
      "Turkey (1995); 'in no circumstances will Turkey allow terrorist activities emanating from northern Iraq' = a "
      "warning, a statement of resolve (guideline: asserted 130), aimed at terrorists the speech never names -> "
      "target null (borderline TUR/REB for the PKK from outside knowledge, or IRQ/REB; borderline not coded, as "
      "held-out 6's 'will not stand by while'); the activities it will not allow = terrorist attacks against Turkey "
      "from Iraqi territory -> nominal 180 with no source (held-out 113: rejecting an escalation to attacks is a "
      "120 plus a nominal 180 with no source), the country -> bare TUR, hypothetical as the act the warning is "
      "about (guideline: the act inside a threat is hypothetical; borderline asserted, presupposed ongoing)"),
 23: ([], "Pakistan (2019): 'Those institutions must find a way to stop the plunder of the developing world' = a "
          "deontic for the UN, IMF, World Bank and Asian Development Bank (preceding sentence) whose Y ('find a way to "
          "stop' the plunder) is no codable behaviour; the plunder's agents (corrupt elites, money launderers) and its "
          "victims are uncoded, null-null (borderline a nominal 1711 null -> null)"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("recent agreement", "057", "ISR/GOV", "PSE/GOV", False, A, N, True)],
      "Austria (1993); the sentence starts at 'Madrid in 1991' (the splitter cut after 'the peace process begun in'); "
      "'the recent agreement, on 13 September, between Israel and the PLO in Washington' = the Declaration of "
      "Principles -> agreement concluded 057 (guideline), nominal, from the first-named (guideline), the PLO -> "
      "PSE/GOV (held-out 31); Washington and Madrid are places, not metonyms; 'has been given a vital new impetus' "
      "is agentless"),
 25: ([], "Guyana (2007): 'this imposition is clearly unequal and unfair' = an evaluation of the developed countries' "
          "conditionality (preceding sentence), an anaphoric event noun whose agent is an uncoded collective, not "
          "coded (guideline: event nouns without an agent; borderline a nominal 170 null -> null)"),
 26: ([("exchange ideas", "040", "CHL/GOV", "org:UN", False, A, N, False)],
      "Chile (2004); 'I had the opportunity to exchange ideas with some members of the High-Level Panel on Threats, "
      "Challenges and Change' = a consultation (guideline: discuss/consult 040) by the speaker (President Lagos) -> "
      "CHL/GOV, the Secretary-General's High-level Panel -> org:UN (held-out 122: the findings of the High-level "
      "Panel -> org:UN)"),
 27: ([], "Eritrea (2003): the sentence starts at 'Agreement' (the splitter cut inside 'the Algiers Peace Agreement'); "
          "'the Security Council has legal treaty obligations to prevent war' = a deontic for org:UNSC whose Y "
          "('prevent war') is no specific codable behaviour (held-out 14/15: 'has a special responsibility to call "
          "for' is coded only because its Y is a request); the war is a hypothetical event noun with no agent in the "
          "sentence (borderline a hypothetical 190 ETH/GOV -> ERI from the preceding sentence's 'intentions of "
          "unleashing war', or a demanded 1056 org:UNSC -> ETH/GOV); the guarantor role is a status"),
 28: ([("The war against terrorism", "190", "LBY/GOV", "LBY/REB", False, A, N, True),
       ("cannot be part of a ceasefire arrangement", "1246", "LBY/GOV", "LBY/REB", False, A, N, False),
       ("surrender", "0874", "LBY/REB", "LBY/GOV", False, H, N, True),
       ("the turning in of their weapons", "0873", "LBY/REB", "LBY/GOV", False, H, N, True)],
      "Libya (2015, the House of Representatives' Government); 'The war against terrorism in Benghazi, Derna and "
      "Sirte' = the fighting against the armed groups in those cities, a real war (not figurative), its agent left "
      "unnamed and coded to the speaker's state (held-out 30/31: a war whose agent is unnamed coded to the state the "
      "document names; borderline LBY/MIL) -> nominal 190, the unnamed terrorist groups -> LBY/REB (held-out 34/35: "
      "unnamed outlaw groups are the country's REB); 'cannot be part of a ceasefire arrangement under the agreement' "
      "= the speaker's performative refusal to include that war in a ceasefire (guideline: a performative "
      "non-acceptance is a REJECT) -> decline to de-escalate 1246 (held-out 76 row 5: a refusal to withdraw 1246; "
      "borderline a negated hypothetical 0871); 'unless it includes surrender on the part of the terrorists and the "
      "turning in of their weapons' = the condition -> hypothetical surrender 0874 and demobilisation 0873 "
      "(held-out 114: handing weapons 0873), nominal, LBY/REB -> LBY/GOV; 'the agreement' (the draft Libyan "
      "Political Agreement, not yet signed) is not coded"),
 29: ([("with the support", "070", N, "GNB/GOV", False, A, N, True)],
      "Guinea-Bissau (1993); 'the Government is taking all the steps necessary to prepare for them, with the support "
      "of its foreign partners' = aid from uncoded partners (README: 'we had a lot of help' is a 070 with no "
      "source; held-out 28/29: 'with the support of our United Nations partners' a nominal 070) -> nominal 070 with "
      "no source to GNB/GOV; the Government's preparation of its own elections is domestic, not coded"),
 30: ([("Malawi welcomes", "051", "MWI/GOV", "org:UN", False, A, N, False)],
      "Malawi (2012); 'Malawi welcomes the recent outcome of the United Nations Conference on Sustainable "
      "Development held in Brazil' = a welcome (guideline 051) of a UN conference's outcome -> org:UN (held-out 120: "
      "the Programme of Action of the UN small-arms conference -> org:UN; borderline org:UNGA); 'held in Brazil' is "
      "a venue only (held-out 110: left uncoded; borderline 043 BRA/GOV); 'agreement was reached' is an agentless "
      "agreement of all states, null-null, not coded"),
 31: ([("I agree with President Roosevelt", "051", "USA/GOV", "USA/CVL", False, A, N, False)],
      "United States (Clinton, 1993); 'But I agree with President Roosevelt, who once said: \"The democratic "
      "aspiration is no mere recent phase of human history\"' = agreement with a named person's statement (held-out "
      "10/11: 'I agree with Merkel that' 051) -> 051, the late President coded as his country's civilian on the "
      "document date (held-out 28/29: a former Secretary-General praised years later EGY/CVL; borderline USA/GOV as "
      "the office at the time of the quote, or not coded as a rhetorical quotation); the quoted saying is a "
      "statement, not coded"),
 32: ([("has also supported", "051", "EGY/GOV", "org:UN", False, A, N, False)],
      "Egypt (2008); 'Egypt has also supported the strategy put forward by the Secretary-General to deal with the "
      "issue' (food prices) -> supporting a plan of the Secretary-General 051 to org:UN (held-out 44/45; borderline "
      "070); 'put forward by the Secretary-General' is a proposal with no addressee, not coded"),
 33: ([], "Sudan (1994): 'Contributions by wealthier States and international financial institutions to assist "
          "developing countries have severely decreased' = a reduction of aid between uncoded collectives, null-null "
          "(held-out 54-61: acts between uncoded collectives left uncoded; borderline a 162 null -> null); 'selective "
          "non-economic conditions are often imposed' is agentless and its target an uncoded class"),
 34: ([("accession negotiations", "036", "HRV/GOV", "org:EU", False, F, N, True)],
      "Croatia (2004); 'My country is speedily preparing for the opening of accession negotiations with the European "
      "Union in early 2005' = planned negotiations (guideline: 'is preparing to' -> future; future meetings and "
      "negotiations 036) -> 036 future, nominal, HRV/GOV -> org:EU (held-out 14/15: accession negotiations coded; "
      "borderline a future 046, or not coded as a membership act)"),
 35: ([], "Congo (2010): 'we need a strong, reformed Organization that can respond to the new demands of our time' = "
          "a UN reform position, 'we' meaning all states, not coded"),
 36: ([("appalling attack", "180", N, "RUS/CVL", False, A, N, True),
       ("massacre", "202", "UGA/REB", "UGA/CVL", False, A, N, True)],
      "Uganda (2004); 'the recent appalling attack on school children in the Russian town of Beslan' = a terrorist "
      "attack whose perpetrators the speech does not name -> nominal 180 with no source (held-out 54-61: an "
      "agentless terrorist attack 180 with no source), the school children -> RUS/CVL; 'the massacre of civilians "
      "in Balonyo in northern Uganda' = the Barlonyo massacre of February 2004, whose agent the speech names in the "
      "next paragraph ('a terrorist organization known as the Lord's Resistance Army ... has killed, maimed and "
      "abducted') -> nominal 202 (guideline: massacres 202), LRA -> UGA/REB (README), to UGA/CVL; 'the intention "
      "of terrorists is ... to undermine and divide our societies, overthrow elected Governments, and to strike at "
      "the heart of international peace' = generic aims of uncoded terrorists, figurative, not coded"),
 37: ([("bilateral negotiating tracks", "046", "SYR/GOV", "ISR/GOV", False, D, N, True),
       ("bilateral negotiating tracks", "046", "LBN/GOV", "ISR/GOV", False, D, N, True)],
      "Saudi Arabia (1993); 'genuine progress along all the other bilateral negotiating tracks is needed' = a "
      "deontic with no request verb whose Y is progress in the negotiations (held-out 40/41: direct talks that "
      "'should occur' a demanded nominal 046) -> demanded nominal 046; 'the other' tracks (besides the "
      "Palestinian-Israeli one of the preceding sentence) are named in the text that follows: the Syrian Golan "
      "front and 'the Lebanese-Israeli negotiating track' -> one event per track, from the Arab party named first "
      "(guideline: symmetric, first-named); the Jordanian track is never named; borderline not coded, progress "
      "being an outcome rather than an act"),
 38: ([("I assure", "030", "NGA/GOV", "org:UNGA", False, A, N, False)],
      "Nigeria (2007); 'I assure him of the full support and cooperation of the Nigerian delegation as he leads the "
      "deliberations of the session' = an assurance of support and cooperation to the President of the General "
      "Assembly (held-out 50/51: 'assures the Assembly of its full cooperation' 030 to org:UNGA; README: an "
      "assurance of 'support and cooperation' is one 030) -> 030 asserted to org:UNGA; the President's presiding "
      "is not coded"),
 39: ([("in support of", "070", N, "ZAF/OPP", False, A, N, False),
       ("in support of", "070", N, "ZAF/CVL", False, A, N, False)],
      "South Africa (2019); 'Our neighbouring States in particular, and the rest of the countries of Africa made "
      "great sacrifices in support of the liberation movements and the oppressed citizens of South Africa' = "
      "historic support during apartheid, from uncoded collectives (the front-line States are not named as such; "
      "borderline BWA/GOV and NAM/GOV, named elsewhere in the speech as neighbours) -> source null (held-out 119: "
      "'all who selflessly helped us in the struggle' 070 with no source), one per coded recipient: the liberation "
      "movements (ANC, PAC) -> ZAF/OPP (held-out 26/27: the ANC of 1990 OPP; borderline ZAF/REB for their armed "
      "wings), the oppressed citizens -> ZAF/CVL; 'in support of' not nominal as in held-out 77 row 35; "
      "borderline 051"),
 40: ([("continue to appeal", "1031", "NAM/GOV", N, False, A, N, False)],
      "Namibia (1991); 'we continue to appeal to the international community for assistance' = a request (guideline: "
      "appeal -> 10x) to an uncoded collective -> target null, Y = assistance against budgetary constraints and the "
      "lack of resources (preceding sentence) -> demand economic aid 1031 (held-out 76 row 9; borderline 103); "
      "'continue' -> asserted habitual"),
 41: ([], "Micronesia (2004): 'A cooperative approach on the part of coastal States and distant-water fishing nations "
          "... is essential' = a deontic for cooperation between two uncoded classes of states, null-null, not coded "
          "(borderline a demanded nominal 050 null -> null, or one with FSM/GOV as a coastal State)"),
 42: ([], "Lao PDR (2001): 'several outstanding activities to promote peace and cooperation have gained prominence' = "
          "an agentless description of regional activities, no named actor"),
 43: ([("We are thankful for", "051", "OMN/GOV", "org:NATO", False, A, N, False),
       ("timely intervention", "190", "org:NATO", "YUG", False, A, N, True)],
      "Oman (1999); 'We are thankful for the timely intervention by the North Atlantic Treaty Organization in "
      "Kosovo' = thanks (guideline 051) -> org:NATO (held-out: ISAF is org:NATO); the intervention = NATO's 1999 "
      "air campaign -> military intervention 190 (held-out 10/11), nominal, against the Federal Republic of "
      "Yugoslavia of the speech's date -> bare YUG (held-out 26/27: a state that later dissolved takes its code of "
      "the speech's date; borderline YUG/GOV, or XKX for the place named; borderline 074 as a humanitarian "
      "intervention); 'the failure to carry out the Rambouillet Agreement' has no named agent and is not coded "
      "(borderline a negated 057 YUG/GOV); 'to put an end to the pain and suffering' is the purpose"),
 44: ([("step in to support", "070", "org:UN", "AGO", False, H, N, False)],
      "Portugal (2000); 'Only thus can the United Nations quickly step in to support any political solution that may "
      "emerge' = a capability conditional on the UN's continued presence on Angolan territory (preceding sentence) "
      "-> hypothetical (guideline: could), material support 070 (borderline 051, or 074) from org:UN; the solution "
      "to the Angolan conflict has no parties named in the sentence -> bare AGO (held-out 62-73: a development inside a "
      "named country whose parties are not named goes to the bare country; borderline one event each to AGO/GOV and "
      "AGO/REB, the parties named earlier in the speech)"),
 45: ([("expressed", "051", "SWZ/GOV", "ERI/GOV", False, A, N, False)],
      "Swaziland (1993); 'At the beginning of my address I expressed the Swazi delegation's welcome for the accession "
      "of six new Members' = the speaker's own past welcome (held-out 50/51: the speaker's own past thanks are 051) "
      "-> 051, reported_by null (guideline); the six new Members form an uncoded class of which the speech names only "
      "Eritrea ('our six new Members, including ... Eritrea') -> ERI/GOV (held-out 26/27: a collective naming one "
      "member is coded for that member; borderline target null); the admissions themselves are UN membership acts, "
      "not coded (held-out 116: congratulating Switzerland on joining the UN 051, the joining not coded); 'the "
      "Organization's respect for the principle of universality' is an evaluation"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Ireland (1992): 'This imperative was obscured by the cold war' = the cold war as an era, figurative, no "
          "act between named actors"),
 47: ([("its participation", "074", "TGO/GOV", N, False, A, N, True)],
      "Togo (2008); 'Togo was involved in activities linked to promoting and safeguarding international peace and "
      "security, as demonstrated by its participation in the various peacekeeping operations of the United Nations, "
      "the African Union and ECOWAS' = troop contributions to peacekeeping -> nominal 074 (held-out 22/23: a "
      "'positive role as a peacekeeping contributor' a nominal 074), the first clause the same act coded once; the "
      "host countries are not named -> target null (README: a country's part in an operation is a 074 to the "
      "country it serves; borderline one 074 or 062 to each of org:UN, org:AU and org:ECOWAS, or source TGO/MIL)"),
 48: ([], "Ghana (1993): 'His ability to navigate the General Assembly through the turbulence ... was admirable' = an "
          "evaluation of the outgoing President of the Assembly (Ganev), whose appreciation lies in the preceding "
          "sentence; no praise verb (held-out 121: praise of a former Assembly President's guidance left uncoded; "
          "borderline 051 GHA/GOV -> org:UNGA)"),
 49: ([], "Egypt (2000): 'Africa ... requires immediate and firm attention in order to help it extricate itself from "
          "that quagmire' = a statement of need for an uncoded continent from an unnamed helper, null-null, not coded "
          "(borderline a demanded 070 null -> null)"),
 50: ([], "Comoros (2006): 'Asia is not spared its share of armed conflicts, for example those in Sri Lanka, Timor and "
          "southern Philippines' = conflicts named by place only, their parties unnamed, a description of situations "
          "(borderline a nominal 190 with no source to bare LKA, TLS and PHL, or LKA/GOV -> LKA/REB and PHL/GOV -> "
          "PHL/REB from outside knowledge); 'is not spared' is no negated event"),
 51: ([], "Egypt (2009): 'This is an important objective, which Egypt is working diligently to achieve' = the Sudan's "
          "unity (preceding sentence), an abstract policy goal with no behaviour named (borderline 070 or 051 "
          "EGY/GOV -> SDN/GOV, as held-out 122's 'Jordan supports a united and stable Iraq', which has a support "
          "verb)"),
 52: ([], "Seychelles (1994): 'the immediate problem to be tackled is to define our priorities' = no actor, no act"),
 53: ([("boycott", "163", N, "CUB", False, A, N, True)],
      "Suriname (2017); 'the five-decades-old unilateral economic, commercial and financial boycott against Cuba' = "
      "the embargo -> sanctions 163 (guideline; held-out 18/19: a US 'blockade' of Cuba 163), nominal, its imposer "
      "never named in the speech -> source null (held-out 122: the embargo a 163 with no source to CUB), the country "
      "-> bare CUB; 'The seventy-first session ... marked a milestone in the way the world views' it is an "
      "evaluation of the Assembly's vote (resolution 71/5 in the next sentence), not coded"),
 54: ([("United Nations has contributed", "070", "org:UN", "NPL/GOV", False, A, N, False),
       ("Nepal has significantly contributed", "070", "NPL/GOV", "org:UN", False, A, N, False)],
      "Nepal (2016); 'the United Nations has contributed to our development endeavours, and lately to the peace "
      "process' = UN assistance to Nepal -> 070 org:UN -> NPL/GOV, one verb with two objects coded once (borderline "
      "071 for development, or a separate 045/074 for UNMIN's role in the peace process); 'Nepal has significantly "
      "contributed to the United Nations in fulfilling its primary responsibility of maintaining international "
      "peace and security' = Nepal's peacekeeping contributions -> 070 to org:UN (held-out 121: Mexico's "
      "humanitarian experience 'at the service of the United Nations' 070 to org:UN; borderline 074)"),
 55: ([], "Australia (2011): 'Our global institutions are struggling to comprehend, let alone effectively respond to, "
          "this vast array of challenges' = an evaluation of uncoded institutions, no act"),
 56: ([], "Guyana (1996): 'some ... may seem in the eyes of many to be too bold' = an evaluation of the speaker's own "
          "proposals, no act"),
 57: ([], "Slovenia (1994): 'The regular payment of contributions is an essential part of all efforts aimed at the "
          "financial reform of the United Nations' = an agentless norm on UN finances, a reform position (borderline a "
          "demanded 071 null -> org:UN)"),
 58: ([("to vilify us", "111", "FJI/OPP", "FJI/GOV", False, A, N, False)],
      "Fiji (2008); 'They have used it to vilify us' = 'They' = 'our opponents within Fiji' (preceding sentence) -> "
      "FJI/OPP, 'us' = the interim Government, FJI/GOV under the UN-speech rule (held-out 16/17: Sudan's speeches SDN/GOV; "
      "borderline FJI/MIL under the junta rule); vilify = denounce -> 111 (guideline; borderline 112); using the "
      "international community's stance as 'ammunition' is figurative; 'the progress that we are making' is "
      "domestic"),
 59: ([], "Lebanon (2009): improving credibility, avoiding the financial crisis, attracting tourists and investors and "
          "raising growth = domestic economic outcomes, no act between actors"),
}
