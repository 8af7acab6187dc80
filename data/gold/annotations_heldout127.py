"""Hand annotations for the HUNDRED-AND-TWENTY-SEVENTH held-out event gold set (source of events-heldout127.jsonl).

Keyed by the row index of selection-heldout127.jsonl (output of select_bulk_sentence_heldout.py 127; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout127.jsonl \\
        --annotations annotations_heldout127 --output events-heldout127.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("we support the package", "051", "DEU/GOV", "org:UN", False, A, N, False)],
     "Germany (1997); 'we support the package as a whole' = verbal support for the Secretary-General's 'bold package "
     "of reforms' (preceding sentence) -> 051 to org:UN (held-out 48/49: supporting a UN plan or the Secretary-"
     "General 051 to org:UN; set 121: welcoming Guterres's UN reforms 051 to org:UN; borderline uncoded as a UN "
     "reform position); 'Even though we do not agree with every detail' is a concession whose negation bears on "
     "'every detail' (partial disagreement with the same package), not coded separately (borderline a negated 051 "
     "to org:UN, as 'we did not agree with their recommendations', or a 110 to org:UN)"),
 1: ([("such targeted measures", "070", N, "NPL/GOV", False, D, N, True)],
     "Nepal (2004); 'Nepal will not be able to meet most Millennium Development Goals without such targeted measures "
     "from its development partners' = a statement of need (held-out 76 row 7: 'will not be able to attain "
     "sustainable development without appropriate technological support' demanded 070 with no source; held-out "
     "46/47) -> demanded nominal 070, the measures = the assistance, market access and capacity-building of the "
     "preceding sentences (one aid noun covering several kinds is one 070; borderline 071), the development "
     "partners an uncoded collective -> source null; 'will not be able to meet' negates the goals, not the aid; "
     "'Our studies have shown' is the speaker's own statement"),
 2: ([("to congratulate", "051", "ALB/GOV", "XKX/GOV", False, A, N, False),
      ("I call on all those countries", "102", "ALB/GOV", N, False, A, N, False),
      ("have not yet recognized Kosovo", "054", N, "XKX/GOV", True, A, N, False)],
     "Albania (2012); 'I take this opportunity to congratulate the authorities of Kosovo on their continued progress' "
     "-> performative 051 to XKX/GOV (guideline: Kosovo XKX); 'I call on all those countries that have not yet "
     "recognized Kosovo to consider a review and assessment of that irreversible reality' = a request whose Y is "
     "(re)considering recognition -> 102 (held-out 57 row 7, Albania 2015, and held-out 39 and 41: the same call for "
     "Kosovo and Palestine), the addressees an uncoded collective -> target null (borderline 100, the Y being only "
     "to 'consider a review'); the relative clause = a negated 054 of the uncoded collective -> source null, "
     "XKX/GOV (held-out 57 row 7); 'building and strengthening a democratic State' is domestic, not coded"),
 3: ([], "Botswana (1992): 'The implementation of the peace agreement is a monumental task the likes of which this "
         "world body has never before undertaken' = an evaluation of the size of UNTAC's task in Cambodia (preceding "
         "sentences); implementing an agreement is compliance (guideline: not a codable behaviour) and 'never before "
         "undertaken' bears on the comparison, not on the act; not coded (borderline a nominal 074 org:UN -> KHM for "
         "the UNTAC operation)"),
 4: ([("We appreciate the fact", "051", "NRU/GOV", "org:UN", False, A, N, False)],
     "Nauru (2007); 'We appreciate the fact that the United Nations is strongly aware of the development challenges "
     "in the Pacific region and ... cognizant that assistance has not translated into uniform human development "
     "gains' = appreciation of the UN's attention -> 051 to org:UN (held-out 103: 'We recognize Syria's "
     "important role' 051; set 122: 'Japan respects the activities of UN-Women' 051; borderline an uncoded "
     "sentiment, the object being an awareness rather than an act); 'assistance has not translated into ... gains' "
     "= agentless aid whose negation bears on its outcome, not coded (borderline a nominal 070 with no source to "
     "the Pacific countries, an uncoded group); missing MDG targets is no act"),
 5: ([], "Sweden (1993): 'Today, I do not intend to dwell on those areas in which the Organization works well, or to "
         "commend praiseworthy initiatives' = a statement about the scope of the speech (held-out 57: 'I do not "
         "intend to comment on them' is a speech act, not a negated event), the initiatives' authors unnamed; not "
         "coded (borderline a negated future 051 SWE/GOV -> org:UN)"),
 6: ([("financially supporting", "071", "JPN/GOV", "org:UN", False, F, N, False)],
     "Japan (1996); 'Japan will not shirk the tremendous responsibility it bears in financially supporting the United "
     "Nations' = litotes for continuing to pay its assessed share (preceding sentence: 15.65 per cent of the regular "
     "budget), not negation (held-out 52/53: 'will never give up working with' 030 future, not negated; held-out "
     "20/21: 'will not back down in our support' asserted) -> a future material act keeps its code (held-out 42/43: "
     "'we will continue support' 070 future): financing the UN -> 071 (held-out 76 row 15: financing UN missions "
     "071 to org:UN) future, to org:UN (borderline 033 asserted as a commitment, held-out 94-97: 'remains "
     "committed to its financial obligations to the Organization' 033)"),
 7: ([], "France (1995): 'Never have the aspirations of our peoples ... so matched the objectives of the Charter' = an "
         "evaluation; 'Never' bears on the match; the listed objectives (aid, solidarity, struggle against drugs and "
         "terrorism) are abstract, no actor"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("rocket attacks", "194", N, "AFG/CVL", False, A, N, True)],
     "Afghanistan (1992); 'the recent irresponsible non-stop three-week rocket attacks on Kabul resulted in the "
     "tragic loss of some 2,400 innocent people' = the August 1992 rocket bombardment of Kabul, whose perpetrator "
     "the speech never names -> nominal attack with no source (held-out 62-73: wars whose agent the speech never "
     "names have no source; borderline AFG/REB for Hekmatyar's Hizb-i Islami from outside knowledge); rockets -> "
     "194 (PETRARCH's CAMEO dictionary: ROCKET ATTACK / FIRE ROCKET [194]; borderline 195 or 190); Kabul is the "
     "place attacked, not a metonym (guideline: a capital that is only a place), the victims the 'innocent "
     "people' of the city -> AFG/CVL (borderline bare AFG, or AFG/GOV reading Kabul as the seat of government); the "
     "2,400 deaths are the attacks' result, coded once (borderline a separate 202)"),
 9: ([("welcomes the peace talks", "051", "KGZ/GOV", "BIH", False, A, N, False)],
     "Kyrgyzstan (1995); 'Kyrgyzstan welcomes the peace talks based on the Washington Agreements on the creation of a "
     "State based on the federal principle' = the 1995 Bosnian peace talks, the conflict in Bosnia named in the "
     "sentence before, the parties never named in the speech -> 051 to the bare country (held-out 62-73: a welcome "
     "of a development inside a named country whose parties are not named goes to the bare country; borderline "
     "BIH/GOV and BIH/REB from outside knowledge, or target null); the talks themselves and the Washington "
     "Agreements (the 1994 Federation accords) name no party, not coded (borderline a nominal 046 with no source or "
     "target); Washington is part of a treaty's name, not a metonym"),
 10: ([("the attacks", "180", N, "USA", False, A, N, True)],
      "Germany (2001); 'the attacks on New York, Washington and Pennsylvania fulfil this requirement' (murder as part "
      "of a widespread or systematic attack, article 7 of the Rome Statute) = the 11 September attacks -> nominal 180 "
      "with no source to bare USA, one event for the three places of one country (held-out 115: the 11 September "
      "attacks a nominal 180 with no source to USA; held-out 116: 'The attack perpetrated' likewise); Al Qaeda, "
      "named later in the speech, has no code (as AQIM and ISIS) -> source null; Washington and New York are "
      "places attacked, not metonyms; 'There can be no doubt that ... fulfil' is a legal evaluation"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("would like to visit me", "036", "ISR/GOV", "SGP/GOV", False, A, "ISR/GOV", False)],
      "Singapore (2004); 'He said that he would like to visit me in' = a fragment cut by the splitter before "
      "'Singapore with his Palestinian counterpart'; 'he' = the Israeli Trade Minister whom the speaker, then "
      "Singapore's Trade Minister, met at Davos in 2000 (sentence before) -> both coded by the office held at the "
      "time (held-out 5: a historic act by a person named by office) ISR/GOV -> SGP/GOV; the verb and its object are "
      "in the sentence (held-out 102-109: a fragment whose verb is in the sentence is coded); 'would like to visit' "
      "= an expressed intent to meet -> 036 asserted (guideline: an intent verb stated as a fact gives 03x; held-out "
      "52/53: 'offered to host' 036), inside the complement of his own speech verb -> reported_by ISR/GOV "
      "(guideline: 'you've been saying that you're ready' reported by the author; borderline reported_by null, the "
      "saying being itself the intent act, or a hypothetical 042); 'said' not coded; the Palestinian counterpart "
      "lies after the cut"),
 12: ([("possible military attacks", "190", "USA/GOV", "IRQ", False, H, "SWE/CVL", True)],
      "Iraq (2002); 'He also said that the inspection teams deliberately created problems to prepare the ground for "
      "possible military attacks' = 'He' = Rolf Ekeus, former chief of UNSCOM (sentence before), quoted inside the "
      "President's message that the speech reads; a former official speaking in a private capacity -> his "
      "country's civilian SWE/CVL (guideline: Baker, a former official, USA/CVL; borderline org:OSCE, his office "
      "as High Commissioner on National Minorities on the document date, or org:UN) as reported_by; the possible "
      "attacks = a hypothetical military attack on Iraq, the attacker plain from the quote just before ('The United "
      "States and other Powers exploited the inspection teams') -> nominal 190 USA/GOV -> bare IRQ (held-out 48/49: "
      "an event noun whose agent is plain from the text around it is coded; the other Powers uncoded, dropped; "
      "borderline not coded, as the purpose of another act); 'the inspection teams deliberately created problems' "
      "names no CAMEO behaviour, not coded (borderline a 170 org:UN -> IRQ/GOV); 'said' not coded"),
 13: ([("announced the political", "030", "UKR/GOV", "org:UNGA", False, A, N, False)],
      "Ukraine (2012); 'At the Meeting, Ukraine announced the political obligations that we will fulfil consistently' "
      "= the voluntary pledges made at the General Assembly's High-level Meeting on the rule of law (sentence "
      "before) -> a commitment stated as a fact, 030 asserted (held-out 46/47: commitments stated as facts are "
      "asserted 03x; held-out 28/29: a pledge made on joining the UN 030 to org:UN), made to the Assembly's meeting "
      "-> org:UNGA (borderline org:UN or target null, or not coded as a domestic rule-of-law commitment); 'will "
      "fulfil' is the same commitment, coded once"),
 14: ([], "Vanuatu (2012): 'the Forum leaders noted that many challenges remain in realizing benefits from the pledged "
          "new and additional targets of the Copenhagen Accord' = a statement (01x) of the Pacific Islands Forum (no "
          "code, held-out 120); the pledges are agentless, by uncoded parties to uncoded recipients, null-null, not "
          "coded (borderline a nominal 0331 null -> null)"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Romania (1992): a quotation of Nicolae Titulescu's words about law shining in the soul of all men = a "
          "maxim, no act between actors"),
 16: ([("condemnation", "111", "GNQ/GOV", N, False, A, N, False),
       ("full support for and solidarity with", "051", "GNQ/GOV", "USA/CVL", False, A, N, False),
       ("full support for and solidarity with", "051", "GNQ/GOV", "USA/GOV", False, A, N, False)],
      "Equatorial Guinea (2001); 'we reiterate the most vigorous condemnation of terrorism in all its forms and "
      "facets' = the speaker's performative condemnation after the 11 September attacks, the perpetrators unnamed -> "
      "111 with no target (held-out 44/45: condemning attacks by unnamed perpetrators is the speaker's 111 with no "
      "target; borderline not coded as an abstract position on terrorism); 'we reaffirm ... full support for and "
      "solidarity with the people and Government of the United States of America at this painful and worrisome "
      "time' -> 051 ('stand with' 051) one per actor (held-out 36/37: a joint expression to a people and its "
      "government one 051 each), USA/CVL and USA/GOV (borderline uncoded condolence, as solidarity after a natural "
      "disaster)"),
 17: ([], "European Union (2019): 'will continue doing everything possible to confront that threat' = climate "
          "change, a figurative threat (guideline), no counterpart"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Zambia (2015): 'Special attention should be paid to gender and women's empowerment' = an agentless deontic "
          "about policy priorities, no actor"),
 19: ([("welcome the reforms", "051", "LTU/GOV", "org:UN", False, A, N, False)],
      "Lithuania (1994); 'I should like to welcome the reforms initiated by the Secretary-General' -> performative 051 "
      "to org:UN (set 121: welcoming Guterres's UN reforms 051 to org:UN; held-out 48/49: the Secretary-General "
      "org:UN; borderline uncoded as a UN reform position)"),
 20: ([], "Hungary (1995): 'adequate early-warning and preventive machineries should be put in place' = an agentless "
          "deontic about institutional arrangements, no actor, no codable behaviour"),
 21: ([], "Papua New Guinea (1996): 'The international community has a duty to see that France meets its "
          "responsibilities to the people of our region' = an uncoded collective's duty to ensure compliance with "
          "responsibilities (guideline: 'comply with obligations' is no codable Y), 'a prime responsibility must be "
          "the right of self-determination' an abstract norm; not coded (borderline a demanded request 1043 null -> "
          "FRA/GOV for the self-determination of New Caledonia and French Polynesia, on the model of set 118's "
          "'moral obligation to demand')"),
 22: ([("refusing to recognize", "120", N, "PSE/GOV", True, D, N, False)],
      "Palestine (2018); 'That recognition should not be unilateral in the sense of recognizing one State only, while "
      "refusing to recognize the other' = 'certain countries that say, \"We recognize both countries\"' but do not "
      "recognise Palestine (sentences before), an uncoded collective -> source null; the explicit refusal to "
      "recognise Palestine (guideline: refusal = REJECT 12x) inside 'should not' -> a negated, demanded 120 (held-out "
      "50/51: 'should not be eased' a negated demanded 085) to PSE/GOV (borderline an asserted 120, the refusal "
      "being these countries' present practice, or a demanded 054 null -> PSE/GOV as the next sentence's 'They have "
      "to recognize both States'); 'recognizing one State only' (Israel) is the part of the same practice the "
      "speaker does not object to, not coded"),
 23: ([], "Kazakhstan (1995): 'The President of Kazakstan stressed that various needs of the individual must be met' = "
          "a statement (01x) of an abstract norm, no act between actors"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("We welcome", "051", "PAK/GOV", "TJK", False, A, N, False)],
      "Pakistan (1994); 'We welcome the temporary truce in Tajikistan' -> 051; the truce's parties (the Tajik "
      "Government and the opposition) are not named in the speech, only 'the parties' in the next sentence -> the "
      "bare country (held-out 62-73: a welcome of a development inside a named country whose parties are not named "
      "goes to the bare country; borderline TJK/GOV and TJK/REB); the truce itself is agentless, not coded "
      "(set 122: a 'cessation of hostilities' with no agent left uncoded; borderline a nominal 0871 with no source "
      "to TJK)"),
 25: ([], "Croatia (2019): 'One of their main projects involves cooperation with fishermen' = a research project of "
          "the Institute of Oceanography and Fisheries with fishermen to collect marine litter, a scientific and "
          "domestic activity, not behaviour between political actors; not coded (borderline a nominal 050 HRV/EDU "
          "-> HRV/CVL)"),
 26: ([], "Solomon Islands (2003): 'many threats to international peace and security have receded or been "
          "resolved' = threats as risks (guideline: figurative), agentless"),
 27: ([("commendable", "051", "KEN/GOV", "org:UN", False, A, N, False),
       ("efforts by United Nations agencies", "073", "org:UN", "KEN", False, A, N, True),
       ("sustained", "070", N, "org:UN", False, D, N, False)],
      "Kenya (1998); 'All these efforts by United Nations agencies' = the UN Disaster Management Team's response to "
      "drought and floods and UNHCR's and WFP's care for refugees in Kenya (sentences before) -> nominal humanitarian "
      "aid 073 from org:UN, its agent explicit, to the country where it is given -> bare KEN (borderline KEN/CVL, "
      "or target null since the UNDP-funded Great Lakes Programme two sentences before is regional; borderline 070); "
      "'are commendable' = the speaker's praise (set 110: 'deserve to be commended' is the speaker's 051 to org:UN; "
      "borderline an uncoded evaluation, as 'it is commendable to observe') -> 051 to org:UN; 'need to be "
      "encouraged and sustained' = an agentless deontic passive for continued support of the UN agencies -> "
      "demanded 070 with no source to org:UN (held-out 76 row 15: 'must be adequately financed' demanded 071 with no "
      "source to org:UN; held-out 99: 'must be assisted' demanded 070 no source), 'encouraged' folded in "
      "(borderline a separate demanded 051)"),
 28: ([("signed the Kyoto Protocol", "057", "MDV/GOV", N, False, A, N, False)],
      "Maldives (1998); 'we went one step further and signed the Kyoto Protocol as the first signatory State' = "
      "signing a multilateral treaty -> 057 with no target (held-out 48/49: joining the NPT 057 with no target; "
      "held-out 28/29: signing a ratification instrument 057 with no target); 'In order to demonstrate our firm "
      "commitment to the climate change negotiations' is the purpose, not coded separately (borderline a nominal "
      "030 with no target)"),
 29: ([], "Micronesia (2018): 'The existential threat of climate change' = a figurative threat (guideline), no "
          "actor"),
 30: ([("As host of the", "036", "THA/GOV", N, False, F, N, True),
       ("forging strong partnerships and cooperation", "030", "THA/GOV", N, False, F, N, False)],
      "Thailand (2003); 'As host of the Fifteenth International AIDS Conference in July 2004' = future hosting of a "
      "conference -> nominal 036 future (guideline: future meetings and hosting 036; held-out 77 row 37: 'has been "
      "given the honour to host' 036 future), the conference's organisers without a code -> target null; 'we look "
      "forward to high-level representation of the world community' = a hope about an uncoded collective's "
      "attendance, optative, not coded; 'we look forward to ... forging strong partnerships and cooperation' = the "
      "speaker's own future cooperation (guideline: 'look forward to' + an event = future; cooperative -> 03x) -> "
      "030 future, the partners 'the world community' uncoded -> target null (borderline not coded as a hope shared "
      "with an uncoded collective)"),
 31: ([("Iraqi occupation", "192", "IRQ/GOV", "KWT", False, A, N, True)],
      "Saudi Arabia (1991); 'the crisis of the Iraqi occupation of Kuwait' = an event noun with its agent named -> "
      "nominal 192 (guideline: occupy 192; Russia's invasion -> nominal) IRQ/GOV -> bare KWT (guideline: target of "
      "an invasion the country as a whole; borderline IRQ/MIL); 'The Arab order has suffered a terrifying blow' is "
      "figurative"),
 32: ([("making a special provision for", "075", "NZL/GOV", "BIH/CVL", False, A, N, False),
       ("making a special provision for", "075", "NZL/GOV", "SOM/CVL", False, A, N, False),
       ("making a special provision for", "075", "NZL/GOV", "KHM/CVL", False, A, N, False),
       ("providing aid", "073", "NZL/GOV", N, False, A, N, False)],
      "New Zealand (1993); 'making a special provision for refugees from Bosnia, Somalia and Cambodia' = resettlement "
      "of refugees (next sentence: 'one of the highest per capita resettlement ratios') -> admitting refugees 075 "
      "(held-out 6: admitting refugees 075), one per refugee group (guideline: compound split) -> BIH/CVL, SOM/CVL, "
      "KHM/CVL; 'by establishing special programmes for particularly vulnerable groups, such as women at risk' is "
      "the manner of the same resettlement, coded once; 'and by providing aid' -> humanitarian aid 073 (refugee "
      "context; borderline 070), its recipients unnamed -> target null (borderline the three refugee groups, or "
      "org:UNHCR whose 'increased demands' it answers); 'has responded to these increased demands' answers a "
      "situation, not a call (not a 030)"),
 33: ([], "Philippines (1990): 'Is it possible to fix standards rather than leave the answer to ... negotiators and "
          "financial markets?' = a rhetorical question about debt-relief policy, no actor"),
 34: ([("cooperation", "063", "LBY/GOV", N, False, A, N, False)],
      "Libya (1994); 'Despite all this, Libya maintained its cooperation in trying to identify all the circumstances "
      "surrounding the incident' = Libya's continued cooperation with the investigation of the Pan Am 103 (Lockerbie) "
      "bombing -> judicial cooperation 063 (held-out 22/23: 'collaboration in repatriating' a detainee 063; "
      "borderline 050), the light verb 'maintained' + noun not nominal; its counterpart unnamed in the sentence and "
      "not plain from the context (the Secretary-General, the Security Council under resolution 731, and the "
      "United States and Britain are all mentioned) -> target null (borderline org:UN)"),
 35: ([("We make a heartfelt appeal", "107", "TUR/GOV", N, False, A, N, False)],
      "Turkey (2006); 'We make a heartfelt appeal to all the parties and to the international community not to let "
      "this opportunity pass by' = a request (guideline: appeal -> 10x) whose Y is reviving the Middle East peace "
      "process (sentence before) -> settle the dispute 107 (held-out 54-61: advocacy of a settlement 107; borderline "
      "106); 'all the parties' are never named in the speech (Israel is not mentioned; only 'the question of "
      "Palestine') and the international community is uncoded -> target null (borderline PSE/GOV, the only side the "
      "speech names)"),
 36: ([("rendered valuable and", "070", "org:UN", "VNM/GOV", False, A, N, False),
       ("blockade and embargo", "163", N, "VNM", False, A, N, True)],
      "Viet Nam (2010); 'In the past, the United Nations rendered valuable and practical assistance to Viet Nam in "
      "finance and expertise for the country's post-war reconstruction' -> a historic act, coded (held-out 24/25) "
      "as aid 070 (held-out 20/21: one aid noun covering several kinds is one 070; borderline 071) org:UN -> VNM/GOV "
      "(borderline bare VNM); 'helping Viet Nam particularly overcome the difficulties' is the same aid, coded once; "
      "'the period of blockade and embargo' = the sanctions against Viet Nam, one sanctions noun (held-out 18/19: a "
      "US 'blockade' of Cuba 163), whose imposer the speech never names (the United States appears only for the "
      "Cuba embargo) -> nominal 163 with no source (held-out 62-73: sanctions whose agent the speech never names "
      "have no source) to the bare country (held-out 115) VNM (borderline USA/GOV from outside knowledge, or not "
      "coded as an agentless event noun)"),
 37: ([("seek the assistance", "103", "SLB/GOV", "org:UN", False, A, N, False)],
      "Solomon Islands (2002); 'We seek the assistance of the United Nations and members of the international "
      "community to enhance our efforts' = a request for aid for its counter-terrorism measures (accession to the "
      "conventions, sentences before) -> 103 (borderline 1031) to org:UN; the members of the international community "
      "are uncoded and dropped (guideline: compound split)"),
 38: ([], "South Africa (1997): 'South Africa believes in the strengthening of the role of the United Nations in the "
          "promotion of international cooperation' = a belief and a UN reform position, not coded"),
 39: ([], "Central African Republic (1993): 'would usher in a new era ... in which the United Nations would bring its "
          "authority to bear ... in other areas of cooperation' = a hypothetical, abstract vision of multilateralism; "
          "the parenthetical 'as it is trying ... to do today in certain peace-keeping operations' names no host or "
          "party; not coded (borderline a 074 org:UN with target null)"),
 40: ([("look forward to meeting her", "036", "VCT/GOV", "PAK/GOV", False, F, N, False)],
      "Saint Vincent and the Grenadines (1993); the sentence starts at 'Benazir Bhutto back as Prime Minister' (the "
      "splitter cut after 'we welcome Mrs.'), so the welcome's verb lies outside it and is not coded (held-out "
      "102-109: a fragment whose verb was cut away is left uncoded; borderline 051 to PAK/GOV); 'look forward to "
      "meeting her in Cyprus at the Commonwealth Heads of Government meeting' -> 036 future (guideline: 'look "
      "forward to' + a meeting), Benazir Bhutto as Prime Minister -> PAK/GOV; Cyprus is the venue; the Commonwealth "
      "has no code"),
 41: ([("participating in discussions", "040", "KOR/GOV", N, False, A, N, False)],
      "Republic of Korea (2011); 'has been actively participating in discussions on Security Council reform' = "
      "consultations -> 040 (guideline: discuss 040; held-out 112: 'took part in the early stages of the process' 040 "
      "with no target), the other participants the Member States in general -> target null (borderline org:UNGA, "
      "the discussions being the Assembly's intergovernmental negotiations, or not coded as a UN reform position)"),
 42: ([("call for a de-escalation", "1056", "PAK/GOV", N, False, A, N, False)],
      "Pakistan (2011); 'We also call for a de-escalation and cessation of violence' in Afghanistan (sentences "
      "before) -> request (guideline: call for -> 10x) whose Y is de-escalation -> 1056; no addressee named ('all "
      "concerned' in the sentence before) -> target null (held-out 77 row 8: a call with a specific Y coded with "
      "target null; borderline AFG/REB for the Taliban insurgency, or not coded as a call with no addressee)"),
 43: ([], "Ireland (2004): 'the complete implementation of the Good Friday Agreement remains definitively the best way "
          "forward' = an evaluation; implementing an agreement is compliance (guideline: no codable Y), and the "
          "Agreement is named by its date, not by its parties; not coded"),
 44: ([], "Iceland (2003): 'It is our role to ensure that globalization benefits all countries, not least through "
          "targeted development cooperation' = 'our' following the preceding general 'we must ensure' (all states, "
          "held-out 42/43: not coded), the beneficiaries 'all countries' uncoded; not coded (borderline a demanded "
          "071 ISL/GOV -> null, given the next sentence's 'our bilateral development cooperation')"),
 45: ([("Let us support", "051", N, "ISR/GOV", False, D, N, False),
       ("Let us support", "051", N, "PSE/GOV", False, D, N, False)],
      "United States (Obama, 2013); 'Let us support Israeli and Palestinian leaders who are prepared to walk the "
      "difficult road to peace' = a hortative to the Assembly, 'us' meaning all states -> demanded with no source "
      "(held-out 30/31: 'Now is the time to scale up our support', with 'our' meaning all countries, a demanded 071 "
      "with no source; held-out 14/15: 'it is essential that we continue to support' source null), verbal support "
      "-> 051, one per leadership -> ISR/GOV and PSE/GOV (borderline not coded, as set 121's hortatives with 'us' "
      "meaning all leaders; or USA/GOV as the speaker's own support); 'who are prepared to walk the difficult road "
      "to peace' is a restrictive description, not coded (borderline a 037 between the two)"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Poland (1998): a quoted saying, 'Unfortunate one, you shall live to see your dreams satisfied' = a maxim, "
          "no act"),
 47: ([("to wage one", "190", "ISR/GOV", "PSE", False, F, N, False)],
      "Palestine (2019); 'We want to avoid such a war, but Israel is making every effort to wage one' = the religious "
      "war the speaker predicts from Israel's policies at the holy sites (sentences before); Israel's striving for a "
      "war not yet waged -> 190 future (guideline: conflictual future acts keep their own code; planned annexation "
      "192 future; borderline hypothetical, or not coded as rhetoric), to the Palestinians -> bare PSE (borderline "
      "PSE/CVL, or target null, a religious war having no single side named); 'We want to avoid such a war' is "
      "optative, not a negated event"),
 48: ([], "Liberia (1997): 'The institutions of the market economy are strengthened, and the people develop greater "
          "hope' = a description of the effects of internal liberation, no act between actors"),
 49: ([("default", "071", N, "org:UN", True, A, N, True)],
      "Sri Lanka (1998); 'the financial crisis the United Nations is facing due to the default of certain Member States "
      "in paying their contributions' = non-payment of assessed contributions, a failure rather than an explicit "
      "refusal -> plain negation of the payment (guideline: negation of any other event verb keeps its code), "
      "financing the UN -> 071 (held-out 76 row 15) negated, nominal, the debtors unnamed ('certain Member States'; "
      "the next sentence only says 'We urge them') -> source null, to org:UN (borderline 1221, as held-out 90-93 "
      "coded a refusal to pay assessed contributions, or not coded as acts of an uncoded collective); 'We are aware' "
      "is the speaker's statement"),
 50: ([], "Malawi (1991): 'Mr. Javier Perez de Cuellar may shortly be stepping down as Secretary-General' = the end of "
          "his term, not a resignation conceded to anyone; not coded (borderline a hypothetical 0831 of org:UN, "
          "guideline: resignation 0831); 'we understand' is the speaker's statement"),
 51: ([], "Saint Kitts and Nevis (2009): 'a new wave of crime and violence, especially among the youth population' = "
          "a description of domestic crime with no named actor"),
 52: ([], "Georgia (2010): 'It is time to replace those people, barbed wire and roadblocks by open borders ... to "
          "replace the Kalashnikov by computers, and to replace missiles by books' = an agentless rhetorical vision "
          "for the Caucasus, largely figurative; the militiamen and FSB agents of the sentence before are 'those "
          "people' to be replaced, not an agent; not coded (borderline a demanded 0872 with no source to GEO/CVL for "
          "lifting the roadblocks, as held-out 12/13: 'must open major roads to Taiz' 0872)"),
 53: ([], "Tanzania (2011): 'It was an honour to serve on the Commission' (the Secretary-General's Commission on "
          "Information and Accountability, which the speaker co-chaired) = a sentiment about serving, and 'I hope "
          "that the recommendations we made will help' is optative, the recommendations having no named addressee; "
          "not coded (borderline a 050 TZA/GOV -> org:UN for serving on a UN commission, or a nominal 100 with no "
          "target for the recommendations)"),
 54: ([], "Australia (2018): 'At home, we are investing in our national resilience and strength' = domestic policy, "
          "no act between actors"),
 55: ([], "DPRK (2018): 'Once the Joint Statement has been implemented, ... the complete denuclearization of the "
          "Korean peninsula will also be achieved' = implementing the DPRK-US Singapore Joint Statement (named in the "
          "sentence before) is compliance (guideline: no codable Y), the anaphoric 'the Joint Statement' has no agent "
          "in the sentence, and the denuclearization is an agentless expected outcome; not coded (borderline a "
          "hypothetical nominal 087 from PRK/GOV, as set 117 coded the DPRK's dismantling, or a nominal 057 PRK/GOV "
          "-> USA/GOV)"),
 56: ([], "Japan (1992): 'Now numbering 179 Members, the United Nations is indeed a global Organization' = a "
          "description; UN membership is not coded"),
 57: ([("added", "051", "org:EU", "org:UNSC", False, A, N, False)],
      "Ethiopia (1999); 'Once the tone was set by the Security Council, others found it easy to overlook the "
      "injustice involved and added their weight to a stance which made a mockery of elementary justice' = other "
      "actors backing the Security Council's stance on the Ethiopian-Eritrean war (its ceasefire demand and arms "
      "embargo, sentences before) -> support of that stance, 051 to org:UNSC; 'others' is named in the next "
      "sentence as 'The European Union and other institutions and countries jumped on the bandwagon' -> org:EU, "
      "the uncoded rest dropped (held-out 97: 'a war that was imposed on us' takes its agent from the next "
      "sentence; borderline source null as an uncoded collective, or org:IMF from the sentence before); "
      "borderline a 170 to ETH/GOV, the stance being pressure on Ethiopia; 'set the tone' and 'overlook the "
      "injustice' are no acts (borderline a 111-type evaluation of the Council's stance, not coded)"),
 58: ([], "El Salvador (2010): 'Only thus will our efforts be commensurate with the circumstances' = an evaluation of "
          "the fight against crime, no act between actors"),
 59: ([], "Kiribati (2012): the sentence starts at '(see A/67/PV.6), he reminded us' (the splitter cut after 'In the "
          "President's opening statement yesterday'); the President of the General Assembly reminding the Assembly "
          "of the Organization's core function = a statement (01x), not coded"),
}
