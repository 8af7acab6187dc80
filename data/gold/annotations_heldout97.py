"""Hand annotations for the NINETY-SEVENTH held-out event gold set (source of events-heldout97.jsonl).

Keyed by the row index of selection-heldout97.jsonl (output of select_bulk_heldout.py 97; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout97.jsonl \
        --annotations annotations_heldout97 --output events-heldout97.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Cyprus (2015): 'It is not enough to support economic immigrants financially; we should focus our efforts on "
         "creating the ... conditions' = 'we' meaning Europe or all states (held-out 42/43: not coded), an evaluation "
         "of a policy with an uncoded collective of migrants as recipients; 'do not emigrate' is a hoped-for outcome, "
         "not a negated event (borderline a demanded 071 null -> null, left uncoded as acts between uncoded groups)"),
 1: ([], "Malawi (1992): 'the two Conventions did not meet all the demands and expectations of the developing "
         "countries' = an evaluation of the Rio conventions' content (documents, not actors), no negated event "
         "(borderline a negated 0833 null -> null); 'it is Malawi's view' frames an evaluation"),
 2: ([], "Iran (1996): the sentence starts at 'Governments and international forums' (the splitter cut after 'The "
         "rejection of such legislation by various'), so the rejection noun lies outside it (held-out 62-73, 74-85: "
         "fragments whose act lies outside the sentence are left uncoded); 'universal resistance against their "
         "application' has no agent beyond 'universal' (guideline: event nouns without an agent not coded); "
         "'unilateral interference, the imposition of policies and the self-arrogated leadership of one State' = "
         "the United States of the preceding sentences, political interference with no specific CAMEO act (held-out "
         "16/17: political interference not coded); 'cannot and will not be tolerated by the international "
         "community' = a general principle stated for an uncoded collective (borderline a 120 null -> USA/GOV)"),
 3: ([], "Andorra (2000): 'I do not want to contradict the concerns of the anti-globalists, to in any way deny their "
         "recognition of the dangers of change' = the speaker's own statement about opinions of an uncoded group; no "
         "act between actors ('deny' bears on an opinion, not a REJECT)"),
 4: ([("regrettable", "110", "ISL/GOV", "CHN/GOV", False, A, N, False),
      ("regrettable", "110", "ISL/GOV", "FRA/GOV", False, A, N, False),
      ("have not heeded", "030", "CHN/GOV", N, True, A, N, False),
      ("have not heeded", "030", "FRA/GOV", N, True, A, N, False),
      ("worldwide demand", "1056", N, "CHN/GOV", False, A, N, True),
      ("worldwide demand", "1056", N, "FRA/GOV", False, A, N, True)],
     "Iceland (1995); 'It is regrettable that' = the speaker's disapproval (held-out 6: 'it is regrettable' 110; "
     "held-out 38 row 38) -> 110 to each government named (compound split); 'China and France have not heeded the "
     "worldwide demand' = not responding to a call (guideline: negated 030, not REJECT; held-out 59: 'has ignored "
     "the appeals of the international community' negated 030), the demand's authors worldwide and uncoded -> "
     "target null (borderline 120); 'the worldwide demand for a moratorium on nuclear testing' = a request noun of "
     "an uncoded author (held-out 59: the appeals of the international community a nominal request with no "
     "source), addressed here to the two testing states -> nominal, source null, Y = halting nuclear tests (tests "
     "are 150, guideline) -> de-escalation 1056 (borderline 1042 policy change; borderline not coded, 'worldwide' "
     "being no agent); the tests themselves are the request's Y, not coded separately"),
 5: ([], "Republic of Korea (2005): 'Without bold reforms to restore the trust and support of the global community ... "
         "the system will not be able to live up to the growing expectations' = UN reform (held-out 54-61: reform "
         "positions not coded), a conditional with no act between actors"),
 6: ([], "Canada (1990): 'It does not prejudge outcomes or impose solutions' = 'It' is confidence building (preceding "
         "sentence), an abstract concept, not an actor; no negated event"),
 7: ([], "Austria (2016): 'We remain very concerned' = expressed concern (01x, not coded); 'the Minsk Agreement has "
         "still not been implemented' = an agentless passive whose parties are not named in the sentence, and "
         "implementing an agreement is compliance rather than a codable behaviour (held-out 73 row 49: 'has not yet "
         "been implemented' not coded; held-out 35 row 8: the Minsk agreements' parties unnamed); 'progress has been "
         "frustratingly slow' is an evaluation (borderline a negated 057 null -> UKR)"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Morocco (1994): 'this will be achieved only through the eradication of the existing gap ... and the "
         "establishment of a multifaceted cooperation ... anchored in the will of both sides to enter into a "
         "partnership' = a conditional about cooperation between the two shores of the Mediterranean, both uncoded "
         "collectives (Europe's Mediterranean countries and the southern countries), not coded (held-out 54-61: acts "
         "between uncoded collectives; borderline a hypothetical nominal 050 null -> null)"),
 9: ([("will continue to support", "032", "BIH/GOV", N, False, F, N, False)],
     "Bosnia and Herzegovina (2017); 'As a member of the Global Coalition against Da'esh, we will continue to support "
     "the Coalition's efforts' = future support -> intent to provide diplomatic support 032 future (held-out 50/51: "
     "'will give our full support to the world conference' 032 future; borderline 070 future, held-out 42/43: 'we will "
     "continue support' 070 future, if the support is material), the Coalition has no code (held-out 3: the Global "
     "Coalition to Defeat ISIS has no code, its events get null) -> target null; membership is a status; the "
     "Coalition's efforts to liberate communities and 'the suffering and harm imposed by Da'esh' are acts between "
     "uncoded groups, not coded"),
 10: ([("we congratulate", "051", "POL/GOV", "org:UNGA", False, A, N, False),
       ("will support", "032", "POL/GOV", "org:UNGA", False, F, N, False)],
      "Poland (2004); 'as we congratulate him on the assumption of his post' = a congratulation of the President of "
      "the General Assembly (Jean Ping) -> 051 to org:UNGA (held-out 44/45: commending the Assembly President's "
      "election 051 to org:UNGA); 'Let me assure the President ... that Poland will support all his efforts in that "
      "regard' = an assurance of future support to the PGA -> 032 future (held-out 50/51: 'will give our full support' "
      "032 future; held-out 76 row 40: 'I assure you of my Government's support' 032 to org:UNGA; borderline 030)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("have agreed to seek a political solution", "037", "AGO/GOV", "AGO/REB", False, A, N, False),
       ("should support a cease-fire", "051", N, "AGO/GOV", False, D, N, False),
       ("should support a cease-fire", "051", N, "AGO/REB", False, D, N, False)],
      "Namibia (1990); 'the two parties to the conflict' = the Angolan Government and UNITA (preceding sentences; "
      "guideline: missing participant from context), UNITA an armed insurgency in 1990 -> AGO/REB (held-out 88: "
      "UNITA AGO/REB); 'have agreed to seek a political solution' = an explicit intent verb stated as a fact -> 03x "
      "asserted (guideline), to settle the dispute -> 037 (held-out 44/45: 'is ready to accept a fair compromise' 037 "
      "asserted; borderline 036, talks), symmetric, from the first-named; 'all external parties ... should support a "
      "cease-fire' = a deontic with no request verb -> demanded, the external parties (UNITA's unnamed foreign "
      "backers of the preceding sentence) an uncoded collective -> source null, support aimed at a process goes to "
      "its named parties (held-out 8: 051 to each party) -> 051 to each (borderline a request 10x NAM/GOV -> null); "
      "'should desist from undertaking actions likely to jeopardize that process' names no specific behaviour "
      "(borderline a demanded negated 070 null -> AGO/REB, the aid to UNITA of the preceding sentence)"),
 12: ([], "Sierra Leone (1998): 'Those who insist on using this method [terrorism] ... should be tracked down and "
          "brought to justice' = an agentless deontic (held-out 30/31: 'deserve to be brought before the International "
          "Tribunal' a demanded 173 with no source) whose target, the unnamed perpetrators of the 1998 embassy "
          "bombings, has no code -> null-null, not coded (held-out 54-61: acts between uncoded groups; borderline a "
          "demanded 173 null -> null)"),
 13: ([("conduct discussions in good faith", "046", "MKD/GOV", "GRC/GOV", False, D, N, False)],
      "The former Yugoslav Republic of Macedonia (2017); 'we must seize the momentum, conduct discussions in good "
      "faith and resolve the issue' = 'we' meaning Macedonia and Greece (preceding sentences: 'the two countries', "
      "'we have both made certain mistakes'), a deontic with no request verb -> demanded (guideline); the name-dispute "
      "talks under the Secretary-General's envoy -> negotiations 046 (held-out 20: 'negotiate in good faith' 046 "
      "demanded), a symmetric act coded once from the document's own government (guideline); 'resolve the issue' "
      "is the aim of the same talks (borderline a demanded 057 for the settlement); 'seize the momentum' figurative"),
 14: ([], "Azerbaijan (1998): 'Asia, Africa and Latin America should be represented in both categories of membership "
          "of the Security Council' = a UN reform position (held-out 54-61: not coded)"),
 15: ([("we insist", "1043", "BGR/GOV", N, False, A, N, False)],
      "Bulgaria (2002); 'we insist that the international community's efforts should be focused primarily on the "
      "implementation of existing standards' = a request verb (held-out 14/15: 'we insist that the killing must stop' "
      "1056; held-out 85 row 17: 'We insist that all internally displaced persons return home' 1043) -> one asserted "
      "REQUEST to an uncoded collective -> target null, Y = implementing the existing human and minority rights "
      "standards (preceding sentences) -> demand rights 1043 (borderline generic 100 or 1042; borderline not coded "
      "as an abstract policy position)"),
 16: ([], "Armenia (2019): 'Any solution to the Nagorno Karabakh conflict must be acceptable to the people of Armenia "
          "...' = a norm about a settlement, no act between actors (the invitation to President Aliyev lies in the "
          "preceding sentence)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Spain (2007): 'we are moving towards it despite being hit by terrorism' = 'we' meaning the world "
          "(preceding sentences: 'We have seen uneven progress in conflicts'; following: 'This global violence'), held-out "
          "42/43: 'we' meaning all states not coded; terrorism 'poses a serious threat' is figurative (guideline); "
          "borderline a 180 null -> ESP if 'we' were Spain"),
 18: ([], "Cameroon (2017): 'Peace is under threat ... from terrorism and conflicts ... poverty' = a figurative threat "
          "(guideline), no actor"),
 19: ([], "Belarus (Byelorussian SSR, 1990): 'the unprecedented solidarity shown by members of the Security Council "
          "during this crisis is an encouraging sign' = an evaluation ('In my opinion'; held-out 6: 'continues to view "
          "[a plan] as serious' an evaluation), the solidarity among Council members a state, not an act (borderline "
          "051 BLR/GOV -> org:UNSC, held-out 7: praise of a display of unity 051)"),
 20: ([], "Bahrain (2005): 'supports the United Nations reform initiative and believes in the necessity of continued "
          "negotiations ... among Member States' = a UN reform position (held-out 54-61, 62-73: not coded; borderline "
          "051 BHR/GOV -> org:UN, held-out 44/45: supporting a UN plan); the negotiations are among 'we all', not coded"),
 21: ([("Algeria welcomes", "051", "DZA/GOV", "ZAF", False, A, N, False)],
      "Algeria (1993); 'Algeria welcomes with hope the positive developments in South Africa' = a welcome (guideline "
      "051) of a development inside a named country whose parties are not named -> the bare country ZAF (held-out "
      "62-73 choice); 'the continuing violence and other factors that endanger peace' is agentless, not coded"),
 22: ([], "Belarus (2010): establishing an international mechanism of cooperation 'is possible only on the basis of a "
          "genuine partnership, with leadership from the United Nations and from States' = a conditional about a "
          "hypothetical mechanism with uncoded partners, abstract; not coded (borderline a hypothetical 050 org:UN -> "
          "null)"),
 23: ([("reiterate calls", "1031", "ZMB/GOV", N, False, A, N, False)],
      "Zambia (2010); 'I therefore wish to reiterate calls to the international cooperating partners to honour all of "
      "their commitments' = a request (guideline: call -> 10x), 'wish to' performative -> asserted, to uncoded "
      "development partners -> target null (held-out 77 row 10: calls upon donors 1031 target null), Y = honouring "
      "aid commitments for the MDGs -> demand economic aid 1031; Y not coded separately (guideline)"),
 24: ([("subjected to", "170", "ISR/GOV", "PSE/CVL", False, A, N, False),
       ("Israeli attack", "190", "ISR/GOV", "LBN", False, A, N, True)],
      "Algeria (2006); 'The Palestinian people are improperly subjected to collective punishment' = a passive whose "
      "agent the speech leaves unnamed but the same sentence makes plain ('the relentless Israeli attack'; held-out "
      "48/49: an event noun whose agent is plain only from the text around it is coded; held-out 36/37: crimes against "
      "Palestinians in the speaker's own voice ISR/GOV -> PSE/CVL) -> coercion 170 (borderline 175 repression; "
      "borderline source null as an agentless passive), to PSE/CVL; 'the relentless Israeli attack against Qana' = "
      "an event noun with its agent -> nominal 190 (guideline: generic attack 190; borderline 195, the July 2006 "
      "air strike), Qana a village -> the country as a whole, bare LBN (borderline LBN/CVL); 'a murderous war' and "
      "'the infernal firepower ... directed against it' are the same Israeli campaign against Lebanon, coded once "
      "(borderline a second nominal 190 for the war); 'the Lebanese people were able to hold at bay' the firepower "
      "= resistance described figuratively, not coded (borderline 190 LBN/REB -> ISR/MIL)"),
 25: ([], "Cameroon (2006): 'the international community seems to be moving towards greater stability' = an "
          "evaluation of developments, no act; 'hotbeds of tension and threat' is figurative"),
 26: ([], "Myanmar (2004): 'regional cooperation, including South-South cooperation, can well complement international "
          "cooperation' = an abstract evaluation, no named parties"),
 27: ([], "Viet Nam (2010): 'Viet Nam supports efforts aimed at solutions through dialogue and peaceful negotiation' of "
          "'differences concerning nuclear proliferation risks' = support for dialogue in general with no named "
          "parties or authors (held-out 7: support for 'the start of negotiations' an abstract policy position, not "
          "coded; borderline 051 VNM/GOV -> null, held-out 76 row 27: 'We commend and support all efforts')"),
 28: ([("a war that was imposed", "190", "ERI/GOV", "ETH", False, A, N, False)],
      "Ethiopia (2002); 'we have managed to come out of a war that was imposed on us' = the 1998-2000 war, the agent "
      "of 'imposed' left unnamed in the sentence but named in the following one ('the crisis we had with Eritrea'; "
      "held-out 30/31: a war whose agent the speaker leaves unnamed is coded to the state the document names) -> 190 "
      "ERI/GOV (borderline source null as an agentless passive) to the country as a whole -> bare ETH (guideline); "
      "'come out of' the war is its end, not coded separately (borderline 0871 ETH/GOV -> ERI/GOV); 'we draw "
      "satisfaction' is an evaluation"),
 29: ([], "Honduras (2017): middle-income countries 'most harmed when it comes to access to international aid' = a "
          "description of the donors' allocation criterion with uncoded donors, no act asserted (borderline a negated "
          "070 null -> HND/GOV)"),
 30: ([("We express our deep concern about and rejection", "120", "BOL/GOV", "org:OAS", False, A, N, False)],
      "Bolivia (2016); 'We express our deep concern about and rejection of the actions taken by the Secretary General "
      "of the Organization of American States' = the concern is 01x (not coded), the rejection of Almagro's actions "
      "against Venezuela (preceding sentences) -> REJECT 120 (held-out 73 row 30, 74 row 4: 'rejection' 120), the "
      "Secretary General -> org:OAS (held-out 24 row 38: org:OAS), the speaker's performative act -> not nominal "
      "(borderline 111 disapproval); 'which are in breach of the basic principles of the United Nations' = the "
      "speaker's characterisation, no separate act (borderline a 128 org:OAS -> VEN/GOV)"),
 31: ([], "India (2010): 'it [the United Nations] needs urgent reform' = a UN reform position (held-out 54-61: not "
          "coded)"),
 32: ([("I commend", "051", "ROU/GOV", "LBY", False, A, N, False),
       ("I commend", "051", "ROU/GOV", "IRQ", False, A, N, False),
       ("I commend", "051", "ROU/GOV", "SYR", False, A, N, False)],
      "Romania (2016); 'I commend the considerable progress achieved ... in the fight against Da'esh in Libya, Iraq "
      "and Syria' = praise (guideline: commend 051) of a development whose agents are not named in the sentence -> "
      "one per named country, the bare country (held-out 62-73 choice: a welcome of a development inside a named "
      "country whose parties are not named goes to the bare country; borderline target null, held-out 59 row 56: "
      "praise of agentless steps 051 null); the fight against Da'esh has no named agent and an uncoded target, not "
      "coded"),
 33: ([], "Mali (1997): 'The settlement of the debt crisis, just remuneration for commodities, the renunciation of trade "
          "barriers and an increase in official development assistance — this is ... the direction that needs to be "
          "taken' = an agentless deontic about development policy, no named actors, null-null, not coded (borderline "
          "a demanded 071 null -> null)"),
 34: ([("established cooperation", "050", "LAO/GOV", N, False, A, N, False)],
      "Lao PDR (1994); 'the Lao Government has ... established cooperation with neighboring countries' on drug control "
      "= realised cooperation -> 050 (borderline 063 judicial or law-enforcement cooperation, or 062), the "
      "neighbouring countries unnamed in the sentence and the document -> target null (held-out 56 row 46: "
      "'countries in the region' unnamed -> target null); encouraging the population to give up the poppy crop and "
      "creating a special unit against drug abuse = domestic policy, not coded (borderline 1042 LAO/GOV -> LAO/CVL); "
      "'the international fight against this scourge' is abstract"),
 35: ([("demand", "1053", "org:UNSC", "IRQ/GOV", False, A, N, False)],
      "Kuwait (2001); 'Those resolutions demand, inter alia, that Iraq cooperate with the International Committee of "
      "the Red Cross and the high-level Coordinator' = the relevant Security Council resolutions (preceding "
      "sentence); an inanimate resolution stands for the Council that adopted it (held-out 62-73 choice; held-out "
      "30/31) -> a request org:UNSC -> IRQ/GOV, present tense -> asserted; Y = cooperation to 'facilitate the return "
      "of those prisoners and hostages' (Kuwaiti detainees) -> demand release of persons 1053 (held-out 9: a request "
      "with several demands takes the most specific sub-code; borderline 101 material cooperation); Y not coded "
      "separately; the Coordinator 'was appointed by the Secretary-General' = an internal UN appointment, not coded "
      "(borderline 045 org:UN -> KWT/GOV and IRQ/GOV for the facilitation)"),
 36: ([("pledged", "0333", N, "MMR/GOV", False, A, N, False)],
      "Myanmar (2009); 'To date, only half of that amount has been pledged by the international community' = realised "
      "aid pledges for the Post-Nargis Recovery and Preparedness Plan (preceding sentence) -> a pledge of aid 03x "
      "asserted (held-out 7: pledges of economic support 0331 asserted), post-cyclone recovery -> humanitarian 0333 "
      "(borderline 0331 economic, the plan covering reconstruction), the international community uncoded -> source "
      "null, the Government's plan -> MMR/GOV (borderline MMR/CVL, the affected population); 'only half' is a "
      "shortfall, not a negation"),
 37: ([("recognized and supported", "051", "org:UNGA", "KGZ/GOV", False, A, N, False)],
      "Kyrgyzstan (2018); 'The initiative of Kyrgyzstan to hold the World Nomad Games on a regular basis has been "
      "recognized and supported by the General Assembly' = a passive with its agent named -> verbal support 051, "
      "one event for the two verbs (same code, same pair), org:UNGA (held-out 38/39: a General Assembly decision) "
      "-> KGZ/GOV; the initiative to hold a sports event is no act between political actors (borderline a nominal "
      "036 KGZ/GOV with target null, held-out 61 row 32: a proposed meeting 036)"),
 38: ([], "Lebanon (2012): 'Our meeting today takes place' = the General Assembly's own session, 'our' meaning all "
          "states (held-out 42/43: not coded); developments for Arab nations are agentless"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Armenia (1997): resources required for modernisation 'exceed domestic saving capacities' = an economic "
          "description, no act"),
 40: ([], "Italy (2019): 'Italy is aware of the other challenges on the African continent' = an attitude, no act"),
 41: ([], "Malawi (2009): 'The third agenda item for multilateral dialogue is to manage climate change' = an agenda "
          "item, no act between actors"),
 42: ([], "Central African Republic (2013): 'the international community can no longer abjure its political and moral "
          "responsibilities' = an uncoded collective and responsibilities, not a codable behaviour (guideline: "
          "'comply with obligations' not coded); borderline a demanded 070 null -> CAF from the preceding call for "
          "action for the civilian population"),
 43: ([], "Mauritius (2001): a fragment cut by the splitter, 'Africa of conflicts and to paving the way for an'; the "
          "gratitude to African leaders and their commitment lie in the preceding text (held-out 62-73: fragments "
          "whose act lies outside the sentence left uncoded; borderline 051 MUS/GOV -> ZAF/CVL, KEN/GOV, BWA/CVL)"),
 44: ([], "Lesotho (1993): 'His election is a well-deserved tribute to his great personal qualities and also to the "
          "dynamic role that the Republic of Guyana has always played within the United Nations' = an evaluation (the "
          "congratulation lies in the preceding sentence; held-out 69 row 59: 'Your well-deserved election is a great "
          "honour' an evaluation; held-out 44 row 46: 'a fine tribute to his work'); Guyana's role is participation, "
          "no act (borderline 051 LSO/GOV -> GUY/GOV)"),
 45: ([], "Eswatini (Swaziland, 2013): 'We are also extremely disturbed by the deadly conflicts in countries such as "
          "Syria' = expressed concern (01x, not coded); the conflicts and the people 'dying on both sides' have no "
          "named agent (guideline: event nouns without an agent not coded; borderline a nominal 190 SYR/GOV -> "
          "SYR/REB); displacement is agentless"),
 46: ([], "Namibia (2005): 'The process of decolonization has not yet been completed' = an agentless process, no "
          "actor, not a negated event between actors (borderline a negated 0344 null -> null, Western Sahara unnamed "
          "here)"),
 47: ([], "Holy See (2007): 'to ensure that the right to life is respected everywhere' = an abstract goal, no actor"),
 48: ([], "Comoros (1992): 'The proposal made at Jakarta by the Movement of Non-Aligned Countries ... that a conference "
          "for national reconciliation be convened to forge the unity of Somalia' = a proposal of an organisation "
          "without a code (held-out 39 row 0, 48 row 27: the Non-Aligned Movement has no code) for a conference whose "
          "convener and participants (the Somali factions) are unnamed, null-null, not coded (borderline a nominal 036 "
          "null -> SOM/REB, held-out 68: proposing a conference 036); 'seems to us to be the only way' = an "
          "evaluation of the proposal (held-out 6: 'continues to view [a plan] as serious' an evaluation; borderline 051 "
          "COM/GOV -> null, held-out 48 row 27: support for the NAM's position 051 with no target)"),
 49: ([("confrontation", "190", "ISR/GOV", N, False, A, N, True)],
      "Guatemala (2011); 'the secular conflict resulting from the confrontation between the State of Israel and its "
      "neighbours' = a conflict noun naming its parties (held-out 62-73 choice: 'the Pakistani-Indian conflict' a "
      "nominal 190 from the first-named) -> nominal 190 from ISR/GOV, the neighbours unnamed -> target null "
      "(borderline not coded, the second party being uncoded; borderline 110 as a non-violent confrontation); 'it is "
      "not possible to delay a solution' is an agentless deontic about a settlement, not coded"),
 50: ([("remains committed", "033", "LTU/GOV", "org:UN", False, A, N, False)],
      "Lithuania (1996); 'Lithuania remains committed to its financial obligations to the Organization' = a "
      "commitment stated as a fact -> 03x asserted (held-out 46/47: 'remain committed to supporting' asserted 03x), "
      "paying assessed contributions being financial support to the UN (held-out 56 row 47: 'pays ... its assessed "
      "contributions' 070 to org:UN; held-out 90-93: refusal to pay assessed contributions 1221) -> intent to provide "
      "material aid 033 to org:UN (borderline 0331; borderline not coded as a membership obligation, guideline: "
      "'comply with obligations')"),
 51: ([], "Switzerland (2003): 'That would result in weakened growth' = a hypothetical economic effect of a failed WTO "
          "round, no act"),
 52: ([("actively participating", "074", "UKR/GOV", "IRQ", False, A, N, False),
       ("insurgency", "180", N, "IRQ", False, A, N, True)],
      "Ukraine (2004); 'Ukraine, as a country actively participating in the stabilization forces in Iraq' = Ukraine's "
      "brigade in the Multinational Force -> military protection or peacekeeping 074 to the host country (held-out "
      "44/45: troops in ISAF or UNIFIL 074 to the host country; held-out 61 row 57: troops deployed in Iraq 074 -> "
      "IRQ; borderline UKR/MIL, or 062 military cooperation with the coalition), habitual -> asserted; 'is concerned' "
      "= 01x, not coded; 'the terrorist insurgency and continuing violence there' = violence by unnamed insurgents "
      "-> nominal 180 with no source (held-out 77 row 17: Da'esh's atrocities 180 null -> IRQ; held-out 56 row 56: "
      "unnamed terrorists source null; borderline IRQ/REB), the country as a whole -> bare IRQ; the violence is the "
      "same, coded once"),
}
