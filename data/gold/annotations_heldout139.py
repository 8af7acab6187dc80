"""Hand annotations for the HUNDRED-AND-THIRTY-NINTH held-out event gold set (source of events-heldout139.jsonl).

Keyed by the row index of selection-heldout139.jsonl (output of select_bulk_sentence_heldout.py 139; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout139.jsonl \\
        --annotations annotations_heldout139 --output events-heldout139.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Eritrea (1996): 'discussions so far have not really come close to the general agreement needed' = the "
         "Security Council reform talks among the Member States (an uncoded collective), a UN reform position "
         "(README, later sets: reform positions left uncoded); 'not come close to agreement' describes the state of "
         "the talks, no negated event between coded actors (borderline a negated 057 null -> null)"),
 1: ([("a blockade", "129", "TUR/GOV", "CYP/GOV", False, A, N, True),
      ("refusal", "1244", "TUR/GOV", "CYP/GOV", False, A, N, True)],
     "Cyprus (2006); 'our generous attitude towards Turkey's accession to the European Union has met with a blockade "
     "against my country in its bid to join several international and regional organizations' = Turkey blocking "
     "Cyprus's accession to organisations (OECD, Wassenaar), not a physical blockade -> a blocked accession 129 "
     "veto (held-out 102-109: a blocked accession a 129), nominal, its agent Turkey plain from the sentence and the "
     "preceding text (borderline 191 as the word 'blockade' reads, or 120); 'Turkey's refusal to open its ports and "
     "airports to Cypriot vessels' = an explicit refusal (guideline: REJECT, negated false) that takes the code of "
     "what was refused (held-out 34/35) -> keeping a trade ban in place = decline to ease an embargo 1244, nominal, "
     "to CYP/GOV (borderline bare CYP, or 1241 administrative); 'our generous attitude towards Turkey's accession' "
     "is an attitude, not an act (borderline a nominal 051 CYP/GOV -> TUR/GOV); the accession itself is a "
     "membership act, not coded; 'as required' (by the EU) not coded"),
 2: ([], "Mauritius (2001): 'It is our hope that this togetherness will not be frittered away' = an optative hope "
         "about the coalition against terrorism, no act; 'the threat and the danger' are figurative (guideline)"),
 3: ([], "Brazil (2011): 'a part of the world that has not yet found a balance between ... fiscal adjustments and ... "
         "fiscal stimuli' = economic policy of an uncoded region (the developed economies), no act between actors; "
         "'has not yet found' negates no event"),
 4: ([("joint decision", "057", "USA/GOV", "SUN/GOV", False, A, N, True),
      ("to cease arms supplies", "1622", "USA/GOV", "AFG/REB", False, F, N, False),
      ("to cease arms supplies", "1622", "SUN/GOV", "AFG/GOV", False, F, N, False),
      ("was welcome", "051", "IDN/GOV", "USA/GOV", False, A, N, False),
      ("was welcome", "051", "IDN/GOV", "SUN/GOV", False, A, N, False),
      ("the fighting", "190", "AFG/GOV", "AFG/REB", False, A, N, True)],
     "Indonesia (1991); 'The joint decision taken by the United States and the Soviet Union' = the September 1991 "
     "US-Soviet agreement ('negative symmetry') -> an agreement noun naming its parties, nominal 057, symmetric, "
     "from the first-named (guideline; held-out 38/39: an agreement named by its parties a nominal 057); 'to cease "
     "arms supplies to the warring parties' = a cut in military aid -> 1622 (guideline: restrictions on aid "
     "162/1622), effective from 1 January 1992 and so future (guideline: planned acts keep their own code, future), "
     "one per supplier and its client as at the time: the US to the mujahideen (AFG/REB) and the USSR to the "
     "Najibullah Government (AFG/GOV) (borderline one 1622 from each supplier to each warring party, or the cut coded "
     "asserted as decided); 'was welcome and timely' = the speaker's welcome of a named decision (set 116: 'President "
     "Clinton's decision ... is very welcome' is the speaker's 051) -> 051 to each party (borderline not coded as an "
     "impersonal evaluation); 'did not stop the fighting' has the decision, not an actor, as subject, so no negated "
     "event, but presupposes continuing fighting between 'the warring parties' (the Afghan Government and the "
     "mujahideen, the preceding sentence: 'Armed hostilities in Afghanistan continue') -> a nominal 190 asserted "
     "(held-out 62-73: bombings that 'have not yet stopped' are asserted), from the Government to the insurgents "
     "(borderline not coded, the parties named only as 'the warring parties')"),
 5: ([("his call", "1044", "TTO/GOV", N, False, A, N, True),
      ("has not yet been realized", "030", N, "TTO/GOV", True, A, N, False)],
     "Trinidad and Tobago (2010); 'his call for international drug trafficking to be included as a crime within the "
     "jurisdiction of the ICC' = Arthur Robinson's 1989 initiative at the General Assembly, made as Prime Minister "
     "-> the office's government TTO/GOV (held-out 5: a historic act by a person named by the office held at the "
     "time; borderline TTO/CVL as a former official in 2010); a request noun of its author (held-out 14/15) whose Y "
     "is a change in the Court's jurisdiction -> 1044 (held-out 9: 'calls for' seats for Africa on the Security "
     "Council 1044 null), no addressee in the sentence -> target null (borderline org:UNGA, on whose agenda he put "
     "it); 'has not yet been realized' = the call not acted upon by the unnamed States -> a negated 030 with no source "
     "to the caller, extending held-out 36/37's 'has not elicited the expected response' (borderline not coded, as "
     "the agentless non-realisation of an institutional change)"),
 6: ([("We regret", "110", "LVA/GOV", "org:UNSC", False, A, N, False),
      ("failed to agree", "057", "org:UNSC", N, True, A, N, False)],
     "Latvia (2009); 'We regret that the Security Council ...' = the speaker's disapproval (held-out 48/49: 'notes "
     "with regret' 110) -> 110 to org:UNSC; 'failed to agree on the continuation of the United Nations Observer "
     "Mission in Georgia' (the June 2009 veto) = a failure to agree (guideline: 'failed to' negated; held-out 62-73: "
     "leaders who 'have failed to agree' a negated 057) -> negated 057 from the Council, the agreement internal to "
     "it -> target null (borderline a negated 074 org:UN -> GEO for the mission's non-extension, or 129 RUS/GOV from "
     "outside knowledge)"),
 7: ([("extended every possible cooperation", "050", "SDN/GOV", "org:UN", False, A, N, False),
      ("visited the Sudan", "042", "org:UN", "SDN/GOV", False, A, N, False)],
     "Sudan (1993); 'the Government of the Sudan nevertheless extended every possible cooperation to the Special "
     "Rapporteur' = cooperation with the Commission on Human Rights' Special Rapporteur (Gaspar Biro) -> 050 "
     "(borderline 0862, receiving an inspector) to org:UN; 'who visited the Sudan last week' = a visit -> 042 "
     "(guideline) from org:UN to SDN/GOV (held-out 30/31: the Secretary-General's visit to the speaker's country "
     "042 from org:UN); 'will submit his report' = a report to his own body, not coded (held-out 50/51: submitting "
     "a report not coded); 'we do not conceive of any justifiable reasons behind his appointment' is an opinion "
     "about the appointment (borderline 110 SDN/GOV -> org:UN)"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("agreements", "057", "SRB/GOV", "XKX/GOV", False, A, N, True),
      ("brokered by the European Union", "045", "org:EU", "SRB/GOV", False, A, N, False),
      ("brokered by the European Union", "045", "org:EU", "XKX/GOV", False, A, N, False)],
     "Russian Federation (2018); 'The agreements between Belgrade and Pristina' = capital metonyms (guideline) -> "
     "SRB/GOV and XKX/GOV (guideline: Kosovo XKX), the Brussels agreements -> a nominal 057 named by its parties, "
     "from the first-named (held-out 38/39); 'brokered by the European Union' = mediation (guideline: broker 045; "
     "held-out 48/49: agreements 'brokered by' the UN 045) -> 045 from org:EU to each party, a participle, not "
     "nominal; 'are not being implemented' = an agentless non-implementation whose implementer the sentence does not "
     "name and whose content is unnamed -> not coded (borderline a negated 057, or 128 XKX/GOV as Russia implies)"),
 9: ([], "Liechtenstein (1996): 'One year ago we met in Beijing and unanimously adopted a Declaration and a Platform "
         "for Action' = 'we' meaning all the States at the Fourth World Conference on Women (held-out 42/43: 'we' "
         "meaning all states not coded); Beijing is a place, not a metonym (guideline); borderline 040 and 057 "
         "LIE/GOV -> org:UN"),
 10: ([("welcome", "051", "LKA/GOV", N, False, A, N, False)],
      "Sri Lanka (1993); 'We welcome the World Conference on Women in Beijing as an opportunity ...' = a welcome "
      "(guideline 051) of the planned UN conference, whose convenors the sentence does not name -> target null (set "
      "113: a welcome of conferences whose convenors are not named is 051 with no target; borderline org:UN); "
      "Beijing is a place, not a metonym (guideline)"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("count on", "0312", "ITA/GOV", N, False, A, N, False)],
      "Italy (Renzi, 2014); 'I said yesterday to President Obama that' = the speaker's own past statement (guideline: "
      "reported_by null); 'the international coalition can count on Italy's support to eliminate the threat posed "
      "by ISIL' = an assurance of support stated as a fact (held-out 38 row 30: 'You can count on my delegation's full "
      "cooperation' 030 asserted) for a military campaign -> intent to cooperate militarily 0312 (borderline 030, or "
      "0332 military aid); the Global Coalition has no code (held-out 1: the Global Coalition to Defeat ISIS null) "
      "-> target null (borderline USA/GOV, its leader and the addressee of the assurance); ISIL has no code and 'the "
      "threat posed by ISIL' is a risk (guideline); 'I continue to insist ... that the commitment of our country ... "
      "will be resolute' restates the same engagement, coded once (borderline a second 030 future)"),
 12: ([], "Nauru (2003): 'My delegation has stated ... that it agrees fully with the proposal to reform the Security "
          "Council' = a UN reform position (README, later sets: reform positions left uncoded), the speaker's own "
          "past statement"),
 13: ([("will withdraw", "0874", "USA/MIL", "IRQ", False, F, N, False),
       ("agreement signed", "057", "IRQ/GOV", "USA/GOV", False, A, N, False)],
      "Iraq (2011); 'the United States forces will withdraw' at the end of the year -> retreat 0874 (held-out 52/53: "
      "the withdrawal of Israel from the Gaza Strip 0874), 'forces' -> USA/MIL (guideline), from the country as a "
      "whole -> bare IRQ (borderline IRQ/GOV), future; 'according to the agreement' = in accordance with, not "
      "attribution (guideline); 'the agreement signed between the two countries in 2008' (the SOFA) -> 057, "
      "symmetric, from the document's own government (guideline) to USA/GOV, a participle, not nominal"),
 14: ([], "Angola (1993): 'the socio-economic situation of the developing countries - in particular, the countries of "
          "Africa - ... requires the assistance of international financial institutions' = a statement of need whose "
          "provider (unnamed institutions) and recipients (developing and African countries) are uncoded "
          "collectives, null-null, not coded (held-out 54-61: acts between uncoded collectives; borderline a "
          "demanded 070 null -> null, or to AGO/GOV as one of the African countries)"),
 # --- UNGDC 1990-2019 random: future
 15: ([("as they have done", "051", N, "TCD/GOV", False, A, N, False)],
      "Chad (1990); 'We are confident that delegations will once again support this text' = a confident prediction "
      "of others' support, a hope and not coded (set 123: a confident prediction of another actor's aid is a hope; "
      "set 40: 'we are confident that it will now enjoy the full support'); 'as they have done in the last few "
      "years' = the realised past support of the delegations (an uncoded collective) for Chad's draft resolution on "
      "special assistance (preceding sentence) -> 051 with no source (held-out 98-101: voting for a treaty 051; "
      "praise from uncoded collectives 051 with no source) to the sponsor TCD/GOV (borderline target null, or not "
      "coded as an elliptical comparison)"),
 16: ([("condemning@1", "111", "ZWE/GOV", N, False, A, N, False),
       ("condemning@1", "111", "USA/GOV", N, False, A, N, False),
       ("condemning@2", "111", "ZWE/GOV", "org:NATO", False, A, N, False),
       ("condemning@2", "111", "USA/GOV", "org:NATO", False, Q, N, False)],
      "Zimbabwe (2012); 'As we join the United States in spirit in condemning the Ambassador's death' = the speaker's "
      "111 and the US's own condemnation (Obama's speech the day before) (held-out 98-101: 'joined the United "
      "Nations in their condemnation' is the speaker's 111 and a 111 of the UN), the Benghazi attackers unnamed -> "
      "target null (held-out 44/45: condemning attacks by unnamed perpetrators 111 with no target); 'will the United "
      "States also join us in condemning the barbaric death of ... Al-Qadhafi?' = the US condemnation asked about -> "
      "111 question (guideline), and Zimbabwe's own condemnation presupposed by 'join us' -> 111 asserted "
      "(guideline: a presupposed fact is asserted); the party blamed is NATO ('NATO caught up with them', following "
      "text; guideline: missing participant from the context) -> org:NATO (borderline target null, or LBY/REB, "
      "whose fighters killed him); the deaths themselves are event nouns without an agent, not coded (borderline "
      "1823 null -> USA/GOV and org:NATO -> LBY/GOV)"),
 17: ([("stand ready to assist them", "033", "PNG/GOV", "FJI/CVL", False, F, N, False)],
      "Papua New Guinea (2014); 'Papua New Guinea will continue to stand ready to assist them' = readiness to give "
      "aid (held-out 8: 'stands ready to engage/assist' 03x) -> 033, 'will continue' -> future (held-out 42/43: 'we "
      "will continue support' future; borderline asserted, as the readiness already holds), 'them' = the people of "
      "Fiji -> FJI/CVL (borderline FJI/GOV or bare FJI); 'as it has done in the past' repeats the same readiness, "
      "coded once (borderline a realised 070 asserted); 'along with other major Pacific partners' = uncoded "
      "co-sources, dropped; 'In wishing the people of Fiji well' = well-wishing, not coded"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Mali (2017): 'That maritime cemetery ... must stop' = the migrant deaths in the Mediterranean, a deontic "
          "with no actor and no codable behaviour"),
 19: ([], "Saint Lucia (1995): 'Attention must be focused on those countries which devote large slices of their "
          "national budgets to arms purchases and production' = an agentless deontic about attention, and arms "
          "purchases by an uncoded class of countries with no counterpart (borderline a nominal 154 null -> null)"),
 20: ([], "India (2000): 'It should show its solidarity with the people of such countries' = 'it' the international "
          "community (uncoded), 'such countries' the unnamed countries of democratic regression, null-null, not coded "
          "(borderline a demanded 051 null -> null, or FJI/CVL from the following sentences)"),
 21: ([], "El Salvador (1992): 'The principles of the Charter must be applied consistently' = an abstract norm, no "
          "actor"),
 22: ([], "Czech Republic (1998): 'The Organization must respond to them with flexibility' = a deontic for the UN "
          "about global problems, no codable behaviour (guideline: 'comply with obligations' not coded)"),
 23: ([], "Algeria (2010): 'the Conference on Disarmament should ... restart its work and comply with its mandate' = a "
          "deontic whose Y is not a codable behaviour (guideline: 'comply with obligations' nothing coded), the "
          "Conference's own work with no counterpart"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("has supported and continues to support", "051", "PAN/GOV", "TWN/CVL", False, A, N, False)],
      "Panama (1993); 'Panama has supported and continues to support the initiative designed to study ... the "
      "situation of ... the 21 million inhabitants of the island of Taiwan' = verbal support (guideline 051) for the "
      "1993 Central American initiative on Taiwan's representation; support aimed at a process goes to its named "
      "party (held-out 8), the people named -> TWN/CVL (held-out 6: Hong Kong residents HKG/CVL; borderline TWN/GOV, "
      "as held-out 23 row 57; or not coded as a UN membership position, as set 121's alternatives)"),
 25: ([("calls for concerted", "101", "BHR/GOV", N, False, A, N, False)],
      "Bahrain (1996); 'Bahrain now calls for concerted efforts for the implementation of the Declaration on Measures "
      "to Eliminate International Terrorism' = a request (guideline: call for -> 10x) with no addressee -> target null "
      "(held-out 58 row 56: a call with a specific Y coded with target null), Y = concerted counter-terrorism action among "
      "States (the following sentence: 'cooperation in the identification of terrorist activities, their "
      "prosecution') -> demand material cooperation 101 (borderline 100 or 1013; or not coded, as set 113 left "
      "'calls for strict compliance by all nations' uncoded); the Declaration 'adopted at the forty-ninth session' "
      "is an agentless adoption, not coded"),
 26: ([("welcomes", "051", "TZA/GOV", "JPN/GOV", False, A, N, False),
       ("to organize", "036", "JPN/GOV", N, False, F, N, False),
       ("collaboration with the United Nations", "050", "JPN/GOV", "org:UN", False, A, N, True)],
      "Tanzania (1993); 'Tanzania welcomes the initiative of the Government of Japan' -> 051 to JPN/GOV; 'to organize "
      "... the Tokyo International Conference on African Development in October 1993' = a conference still to be "
      "held (following sentence: 'hopes that the Tokyo Conference will come up with') -> hosting as a future "
      "cooperative act, 036 future (guideline), its participants unnamed -> target null (held-out 28/29: conferences "
      "hosted with no target; borderline org:UN); 'in collaboration with the United Nations and the Global "
      "Coalition for Africa' = a cooperation noun naming its parties (held-out 10/11) -> nominal 050 to org:UN, "
      "under way in the preparations -> asserted (borderline 030 future), the Global Coalition for Africa has no "
      "code and is dropped (guideline compound rule)"),
 27: ([], "Lesotho (2008): 'Hope-raising pledges were made at that summit and earlier ones' = pledges of the G8 (a "
          "group without a code, held-out 118 row 30) at Hokkaido Toyako to unnamed beneficiaries, an "
          "agentless passive between uncoded parties, not coded (set 122: a pledge with no pledger named left "
          "uncoded; borderline a nominal 0331 null -> null)"),
 28: ([("expressing our solidarity", "051", "GRD/GOV", "KEN/CVL", False, A, N, False),
       ("condemning", "111", "GRD/GOV", N, False, A, N, False),
       ("acts of terrorism", "180", N, "KEN", False, A, N, True)],
      "Grenada (2013); 'Allow me to begin by' performative -> asserted; 'expressing our solidarity with the people of "
      "Kenya' after the Westgate attack -> 051 (held-out 22/23: 'stand with' 051; held-out 127 row 16: solidarity after the 11 "
      "September attacks 051) to KEN/CVL (borderline uncoded condolence, as solidarity after a natural disaster); "
      "'condemning in the strongest terms the cowardly acts of terrorism that were seen last week' -> 111 with no "
      "target, the perpetrators (al-Shabaab) unnamed (held-out 44/45); the attack itself -> an agentless terrorist "
      "attack, nominal 180 with no source to the victim country (held-out 54-61: one per victim country), Kenya from "
      "the same sentence -> bare KEN (borderline KEN/CVL)"),
 29: ([("supports and encourages", "051", "BDI/GOV", "PSE/CVL", False, A, N, False),
       ("supports and encourages", "051", "BDI/GOV", "ISR/CVL", False, A, N, False)],
      "Burundi (1991); 'my country supports and encourages all the initiatives to restore peace between the "
      "Palestinian and Israeli peoples' = verbal support (guideline 051), one event for the two verbs (same code, same "
      "pair); support aimed at a process goes to its named parties (held-out 8; held-out 32/33: support for "
      "stimulating a dialogue 051 to each named party), the peoples -> PSE/CVL and ISR/CVL (borderline PSE/GOV and "
      "ISR/GOV, or target null for the initiatives' unnamed authors)"),
 30: ([("accuse", "112", N, "org:UN", False, A, N, False)],
      "Portugal (2006); 'Many accuse the Organization of undue complexity, slowness ... and excessive bureaucracy' = "
      "criticism of the United Nations by unnamed critics (set 115: criticism drawn to the UN a nominal 111 with no "
      "source; set 118) -> accuse 112 (guideline), 'many' an uncoded collective -> source null (borderline 111, the "
      "charge being of faults rather than wrongdoing; or an uncoded evaluation, as held-out 26 row 2's 'some "
      "critics contend')"),
 31: ([("I signed", "057", "AND/GOV", N, False, A, N, False)],
      "Andorra (1995); 'I signed, on behalf of the Government of Andorra, the Convention on the Rights of the Child' "
      "-> signing a multilateral treaty 057 with no target (held-out 48/49, 28/29: joining the NPT, signing a "
      "ratification instrument 057 with no target); 'I take this opportunity to announce' is the speech act, not "
      "coded; 'my country's recognition of the cause' is an endorsement of a cause, not diplomatic recognition"),
 32: ([("We welcome", "051", "BIH/GOV", "org:UNGA", False, A, N, False)],
      "Bosnia and Herzegovina (2009); 'We welcome the adoption of the outcome document of the ... Conference on the "
      "World Financial and Economic Crisis (resolution 63/303, annex)' -> 051 to the General Assembly, whose "
      "resolution it is (held-out 26/27: welcoming a UN resolution 051 to org:UNGA; borderline org:UN for the "
      "Conference); the adoption is not coded separately"),
 33: ([], "Turkey (2000): 'Recent terrorist activities ... pose a new threat to the peace and security of the Central "
          "Asian States' = agentless terrorist activities (the IMU incursions, unnamed) against a group of States "
          "the speech never names one by one, null-null, not coded (held-out 54-61: acts between uncoded "
          "collectives); 'pose a new threat' is a risk (guideline); borderline a nominal 180 with no source per "
          "Central Asian State"),
 34: ([], "Poland (2000): 'the international community needs to organize around a question' = an uncoded "
          "collective, no codable behaviour; 'the threats' are risks (guideline)"),
 35: ([("We congratulate them", "051", "ZWE/GOV", "MHL/GOV", False, A, N, False),
       ("We congratulate them", "051", "ZWE/GOV", "FSM/GOV", False, A, N, False),
       ("We congratulate them", "051", "ZWE/GOV", "LVA/GOV", False, A, N, False),
       ("We congratulate them", "051", "ZWE/GOV", "LTU/GOV", False, A, N, False),
       ("We congratulate them", "051", "ZWE/GOV", "EST/GOV", False, A, N, False),
       ("We congratulate them", "051", "ZWE/GOV", "PRK/GOV", False, A, N, False),
       ("We congratulate them", "051", "ZWE/GOV", "KOR/GOV", False, A, N, False)],
      "Zimbabwe (1991); 'We congratulate them and welcome them to our midst' = 'them' the seven States admitted at "
      "the forty-sixth session, named in the preceding sentence (guideline: missing participant from context) -> "
      "051 per State (guideline compound split; set 116: congratulating Switzerland on joining the UN 051, the "
      "joining not coded); 'welcome them to our midst' is the same code and pair, coded once (borderline a second 051 "
      "each); the admissions are UN membership acts, not coded"),
 36: ([], "Zambia (2007): a fragment cut by the splitter, starting at 'African Development Community (SADC)'; "
          "'developing countries enhance their ability to cooperate and also jointly negotiate for better access to "
          "developed countries' markets' = acts between uncoded collectives (held-out 54-61), not coded (borderline a "
          "046 null -> null)"),
 37: ([], "Tunisia (2010): 'require that we step up action to embody the principles of the Charter' = 'we' meaning "
          "all states (held-out 42/43), abstract goals, no act"),
 38: ([("count on", "032", "AUS/GOV", "org:UNGA", False, A, N, False)],
      "Australia (1998); 'Like him, you may count on Australia's support as you carry out your responsibilities' = an "
      "assurance of support to the President of the General Assembly (held-out 76 row 40: 'I assure you of my "
      "Government's support' 032 to org:UNGA; held-out 38 row 30: 'You can count on my delegation's full cooperation' 030) "
      "-> 032 asserted to org:UNGA (borderline 030); 'Like him' presupposes the same support to the predecessor, "
      "not coded separately (borderline a 051 to org:UNGA)"),
 39: ([("has ratified", "057", "SLB/GOV", N, False, A, N, False)],
      "Solomon Islands (1997); 'Solomon Islands has ratified the Agreement on the Conservation and Management of "
      "Straddling Fish Stocks ...' -> ratification of a multilateral treaty 057 with no target (held-out 48/49: "
      "joining the NPT 057 with no target)"),
 40: ([], "Guyana (1991): 'It is a source of great satisfaction to Guyana that it is marking its twenty-fifth "
          "anniversary as a Member of the United Nations' = a sentiment about its own membership, no act"),
 41: ([("supports", "051", "PRT/GOV", "IRN/GOV", False, A, N, False),
       ("negotiations", "046", "IRN/GOV", N, False, A, N, True)],
      "Portugal (2014); 'Portugal supports and encourages the ongoing negotiations with a view to a comprehensive "
      "agreement' = the Iran nuclear talks (preceding sentence: 'the Iranian nuclear programme', the Joint Plan of "
      "Action) -> verbal support 051, one event for the two verbs, to the one party the speech names, IRN/GOV (set "
      "113: the welcome of the Iran nuclear agreement goes to IRN/GOV, the agreement a nominal 057 from Iran with no "
      "target); the negotiations -> a nominal 046 whose agent is plain from the text around it (held-out 48/49), from "
      "Iran with no target, the P5+1 being unnamed and without a code (borderline target null for the 051, or not "
      "coding the 046)"),
 42: ([("denounces", "111", N, "ISR/GOV", False, A, N, False),
       ("null and void", "120", N, "ISR/GOV", False, A, N, False),
       ("occupied in 1967", "192", "ISR/GOV", "PSE", False, A, N, False)],
      "Morocco (1998); 'The entire Islamic world, as it denounces and condemns these practices' = one 111 for the two "
      "verbs (same code, same pair), the Islamic world an uncoded collective -> source null (borderline org:OIC, "
      "whose Al-Quds Committee the following sentence names; or MAR/GOV as part of it), aimed at 'these Israeli "
      "practices' -> ISR/GOV; 'considers all these Israeli practices as null and void' = a formal non-recognition "
      "(set 111: measures declared 'null and void' 120) -> 120 null -> ISR/GOV; 'the Palestinian territories "
      "occupied in 1967' = a participle whose agent the sentence names ('Israeli practices') -> 192 ISR/GOV -> PSE "
      "(held-out 124 row 5: 'occupied in 1967' 192), not nominal; the practices themselves (Judaization, settlement, "
      "boundary expansion, preceding sentence) are not coded separately (borderline a nominal 1712 ISR/GOV -> PSE)"),
 43: ([], "Palau (2000): 'The Palau International Coral Reef Centre project is a clear example of cooperation "
          "between developed and developing nations' = an evaluation of the project as cooperation between uncoded "
          "classes of nations (held-out 54-61: acts between uncoded collectives), not coded (borderline a nominal 050 "
          "from JPN/GOV and USA/GOV, thanked in the preceding sentence, to PLW/GOV)"),
 44: ([], "Finland (1998): 'the accumulation of weapons is threatening the very existence of nations' = an agentless "
          "accumulation and a figurative threat (guideline: threat as risk), no actor"),
 45: ([], "Solomon Islands (2014): 'It calls for the widest possible international cooperation on the part of all' = "
          "'it' is climate change, an inanimate subject, not a request (set 121: 'calls for a global coalition' with "
          "an inanimate subject left uncoded)"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Latvia (2012): domestic economic progress, no act between actors"),
 47: ([], "Central African Republic (2013): a fragment cut by the splitter, '(S/2013/470) on the situation in the "
          "Central African' [Republic]; the report's title, no verb and no act"),
 48: ([], "Saint Kitts and Nevis (2018): 'a denuclearized world is a most desirable objective' = an abstract goal, no "
          "actor"),
 49: ([], "Montenegro (2006): 'small nations are destined to be elitist' = a description, no act"),
 50: ([], "Switzerland (2015): 'it is not possible to ask a few European countries to take in all of the refugees' = "
          "an impersonal statement that no request can be made, with no source and an uncoded class of countries as "
          "addressee, not coded (borderline a negated 1033 null -> null, or a hypothetical 075 null -> null)"),
 51: ([], "Ireland (2010): 'the people of Gaza show a remarkable dignity and resilience in the face of living "
          "conditions which are quite simply unacceptable' = a description and an evaluation; the blockade lies in "
          "the preceding sentence"),
 52: ([], "DR Congo (1994): 'The second crisis facing mankind is economic in nature' = a description, no actor"),
 53: ([], "Argentina (2009): 'those who have the greatest responsibility ... have an obligation to exercise that "
          "leadership in a responsible manner' = a deontic for unnamed major powers (uncoded), Y not a codable "
          "behaviour"),
 54: ([], "Indonesia (2018): 'Extreme poverty and inequalities linger' = a description, no actor"),
 55: ([], "Saint Kitts and Nevis (2002): 'My delegation believes that the United Nations is uniquely positioned to "
          "respond to this challenge' = a belief about the UN's role, no act"),
 56: ([], "Botswana (1999): 'the United Nations, particularly its Security Council, needs to adapt itself to the era' "
          "= a UN reform position (README, later sets), not coded"),
 57: ([("We have worked with him", "050", "LKA/GOV", "NAM/GOV", False, A, N, False)],
      "Sri Lanka (1999); 'We have worked with him' = the Foreign Ministers' past work with Theo-Ben Gurirab, "
      "President of the fifty-fourth session, in his duties for Namibia -> diplomatic cooperation 050 (held-out "
      "12/13: 'worked with every Israeli prime minister' 050), 'we' including the speaker -> LKA/GOV (borderline "
      "dropped as 'many of us, Foreign Ministers', an uncoded collective), the partner by the office held at the "
      "time (held-out 5) -> NAM/GOV (borderline org:UNGA, his office at the speech's date); 'we have greatly admired "
      "the energy and dedication' = a sentiment (held-out 7: sentiments not coded; set 121: praise of an Assembly "
      "President's guidance left uncoded; borderline 051)"),
 58: ([], "Azerbaijan (2009): a fragment cut by the splitter, 'Yet, after more than 60 years since the founding of "
          "the' [United Nations]; the founding is an agentless historic act named only as a time reference"),
 59: ([("have already been resumed", "085", "GRC/GOV", "MKD", False, A, N, False),
       ("United Nations embargo", "163", "org:UNSC", "YUG", False, A, N, True)],
      "Greece (1992); 'exports of fuel supplies have already been resumed' = an agentless passive whose agent and "
      "recipient come from the sentence before ('we reluctantly had to discontinue fuel exports there', 'this "
      "nascent republic' = the former Yugoslav Republic of Macedonia) (guideline: missing participant from "
      "context) -> lifting a cut-off of trade = ease an embargo 085 (borderline 061 economic cooperation), "
      "GRC/GOV -> bare MKD (set 115: the blockade's lifting a demanded 085 to bare CUB; borderline MKD/GOV); 'the "
      "European Community has adopted new regulations to ensure the movement of goods towards the former "
      "Yugoslavia' = an administrative measure of org:EU (README: the European Community is org:EU) with no "
      "codable act toward a named party, not coded (borderline 061 org:EU -> MKD); 'the United Nations embargo' = "
      "the sanctions of resolution 757 (1992), named in the sentence before -> nominal 163 from the Security "
      "Council (held-out 30/31: a Security Council resolution that imposes sanctions stands for the Council; "
      "borderline org:UN as worded) to the Federal Republic of Yugoslavia, coded as of the speech's date -> bare "
      "YUG (held-out 26/27: YUG; an embargo to the bare country)"),
}
