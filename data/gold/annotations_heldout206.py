"""Hand annotations for the TWO-HUNDRED-AND-SIXTH held-out event gold set (source of events-heldout206.jsonl).

Keyed by the row index of selection-heldout206.jsonl (output of select_bulk_sentence_heldout.py 206; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout206.jsonl \\
        --annotations annotations_heldout206 --output events-heldout206.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("ignoring", "128", "ARM/GOV", "org:UNSC", False, A, N, False),
      ("do not undertake any", "170", "org:UNSC", "ARM/GOV", True, A, N, False),
      ("do not undertake any", "170", "org:OSCE", "ARM/GOV", True, A, N, False)],
     "Azerbaijan (2003); 'Armenia continues to challenge the international community by ignoring those decisions' "
     "= the four 1993 Security Council resolutions demanding the withdrawal of the Armenian occupying forces "
     "(sentence before) -> ignoring binding decisions = defy norms, law 128 (held-out 50 row 59: Charter "
     "provisions 'ignored by the Security Council' a 128; set 146: 'in total disregard of United Nations "
     "resolutions' a nominal 128; borderline 1246 as sets 173 and 184's refusals to comply with a resolution, or a "
     "negated 030 as set 173's 'continuing to ignore the Syrian proposals', which were offers rather than binding "
     "decisions), to the resolutions' author -> org:UNSC, habitual ('continues') -> asserted; 'challenge the "
     "international community' is the manner of the same act, folded in (borderline a separate 120 ARM/GOV -> "
     "null); 'the Security Council and the Minsk Group of the OSCE do not undertake any adequate measures in that "
     "regard' = plain negation of pressure on Armenia -> negated 170, one per actor (guideline: compound split; "
     "set 146: 'The Security Council stands unable to take concrete steps to stop such practices' a negated 170 "
     "org:UNSC -> ISR/GOV), the Minsk Group -> org:OSCE (set 146: the Minsk Group 'created by the CSCE' a 045 from "
     "org:OSCE), target the state defying the resolutions -> ARM/GOV (borderline uncoded, the negation bearing on "
     "'adequate' as set 182's 'did not respond more vigorously', or a negated 1056)"),
 1: ([], "New Zealand (2016): 'A meeting by itself will not stop the conflict' = a prediction about the effect of the "
         "leaders' meeting that New Zealand convenes the next day (sentence before); 'A meeting' is an event noun "
         "without an agent in the sentence (guideline: not coded; borderline a future nominal 043 NZL/GOV -> "
         "org:UNSC from the sentence before), and 'will not stop the conflict' is a prediction about an inanimate "
         "subject, no negated 0871"),
 2: ([], "Thailand (2010): 'Only then can we ensure that the rights of man do not again fall hostage to the wrongs "
         "of humankind' = 'we' meaning all states / the Human Rights Council's members (held-out 42/43), and "
         "'fall hostage' is figurative (guideline), no act"),
 3: ([], "Albania (2011): 'my Government fully supports the idea of an independent Palestine' = support for an "
         "abstract outcome, like the two-State solution (set 201, following set 145: support for a two-State "
         "solution uncoded; borderline a 051 to PSE/CVL as set 119's support for the self-determination of the "
         "Saharawi people); 'I believe that unilateral action will not be helpful' = an evaluation of Abbas's "
         "membership request of the text before, with no disapproval verb (borderline a 110 ALB/GOV -> PSE/GOV); "
         "the request itself lies outside the sentence"),
 4: ([], "Ghana (2017): the free senior high school programme 'will ensure that ... money ... will no longer mean "
         "being denied an education' = a domestic programme and an agentless generic denial, no act between actors; "
         "'no longer' bears on a condition, no negated event"),
 5: ([("levelling guns at each other", "150", "PRK/GOV", "USA/GOV", False, A, N, False),
      ("levelling guns at each other", "150", "USA/GOV", "PRK/GOV", False, A, N, False)],
     "DPRK (2011); 'As long as hostility exists between the DPRK and the United States, with the parties to the "
     "Military Armistice Agreement levelling guns at each other' = the armed stand-off on the peninsula, a real "
     "military posture and not a metaphor without an act -> demonstrate military power 150 (set 174: 'The barrels "
     "of hostile tanks point at us just 40 kilometres away' a 150; set 172: the UN Command's 'military actions "
     "threatening the Korean peninsula' a 150), one each way for the reciprocal 'at each other' (sets 162 and 174: "
     "mutual acts coded each way); the parties are named as the two states (set 137: the Armistice's 'real "
     "parties' PRK/GOV and USA/GOV) -> GOV, as the guideline codes a named government for military acts "
     "(borderline PRK/MIL and USA/MIL with bare targets, or one event from the document's government); the 'as "
     "long as' clause states the present situation the sentence before asserts -> asserted (borderline "
     "hypothetical); 'mistrust and confrontation will not dissipate' and 'the denuclearization ... will not be "
     "possible' are agentless predictions (borderline a negated 087), and 'hostility exists' is a state, not an "
     "event"),
 6: ([], "Malaysia (2004): 'Small nations such as Malaysia do not have the military and other means to insulate "
         "themselves from invasion or occupation by big Powers' = a statement of capability about a generic risk "
         "from unnamed 'big Powers' (guideline: risks not coded; borderline a hypothetical 192 with no source to "
         "bare MYS)"),
 7: ([], "Qatar (1990): 'We meet in this regular session' = 'we' meaning all states (set 139: 'we met in Beijing' "
         "uncoded; held-out 42/43), and 'faces extraordinary circumstances' describes a situation, no act"),
 # --- UNGDC 1990-2019 random: future
 8: ([("expressing my frustration", "110", "HND/GOV", N, False, A, N, False)],
     "Honduras (2018); 'I also cannot avoid expressing my frustration at the lack of will and courage to make "
     "possible many of the ideas voiced here' = disapproval -> 110 (guideline: 'disappointed' 110; set 150: "
     "'deep disappointment' a 110 with no target), 'cannot avoid' being litotes -> asserted, not negated; the lack "
     "of will is the membership's, an uncoded collective -> target null (set 152: 'Our regret and dismay at the "
     "lack of resolute action by the international community' a 110 with no target; borderline org:UN from "
     "'despite the ... resources managed by the United Nations'); 'As we meet ... and express our most sincere "
     "desire to work together' = 'we' meaning all states (held-out 42/43), not coded"),
 9: ([], "Madagascar (2017): 'The reforms we have undertaken' are domestic reforms, and 'this recovery will be "
         "supported by greater investment' a confident prediction with no named investor (set 123: a prediction "
         "is a hope, not coded)"),
 10: ([], "Bahrain (2000): terrorism 'challenging the will of the international community and posing a threat to "
          "the security and stability of States' = risks and a figurative challenge by an agentless phenomenon "
          "(guideline: 'threat to all of us' not coded); 'is of concern to us all' is expressed concern (01x)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("We urge the Assembly", "1042", "KWT/GOV", "org:UNGA", False, A, N, False),
       ("Amir’s proposal", "1042", "KWT/GOV", "org:UNGA", False, A, N, True)],
      "Kuwait (2012); 'We urge the Assembly to give serious consideration ... to the Amir's proposal and adopt a "
      "resolution to implement it' = a request (guideline: urge -> 10x) to org:UNGA, Y = adopting Kuwait's own "
      "proposal -> demand policy support 1042 (set 135: a call to 'review its current minimalist approach' a 1042 "
      "to org:UN; set 190: 'We recommend that the laws ... be reviewed' a 1042 to org:ICC; borderline generic 100, "
      "as set 176's 'We urge the Assembly to do that'); Y not coded separately (guideline); 'the Amir's proposal' "
      "= the Emir's 2008 proposal, quoted in the text before, to the General Assembly's meeting on the culture of "
      "peace for 'a joint international commitment to respect all religions' -> a nominal request with its agent "
      "(set 197: 'the proposal made to the General [Assembly] by Yeltsin' a nominal 1043 RUS/GOV -> org:UNGA; set "
      "155: a recommendation a nominal 100), the head of state -> KWT/GOV, a proposed commitment of all states -> "
      "1042 to org:UNGA (borderline generic 100, or uncoded as the earlier act of the same speaker's government); "
      "the leading '10)' is the page reference of the quotation before"),
 12: ([], "Sri Lanka (2012): 'that right should not be abused in order to hurt the feelings of the faithful' = an "
          "agentless norm about free speech, no actor (borderline a negated, demanded 111 with no source)"),
 13: ([("urge the United Nations", "100", "SWZ/GOV", "org:UN", False, A, N, False)],
      "Swaziland (2016); 'We therefore urge the United Nations to address the problem in order to create suitable "
      "living conditions for the people of Syria' = a request (guideline: urge -> 10x) to org:UN, Y = 'address the "
      "problem' of the Syrian conflict and its refugees (sentences before), no more specific act named -> generic "
      "100 (set 176: 'We urge the Assembly to do that' a generic 100 to org:UNGA; borderline 108 for settling the "
      "conflict, or 1033 for the living conditions); Y not coded separately"),
 14: ([], "Saint Lucia (1990): 'The new political order must be buttressed by an enhanced international security "
          "system ... that ... can react quickly to extinguish fires' = an agentless abstract proposal for the "
          "security system, 'fires' figurative, no act"),
 15: ([], "Denmark (2019): 'We must leave no one behind on our path to a carbon-neutral world' = a hortative with "
          "'we' meaning all states (held-out 42/43), no act"),
 16: ([("A word of praise", "051", "VAT/GOV", "LBN/GOV", False, A, N, False),
       ("A word of praise", "051", "VAT/GOV", "JOR/GOV", False, A, N, False),
       ("A word of praise", "051", "VAT/GOV", "TUR/GOV", False, A, N, False),
       ("hospitality they are offering", "075", "LBN/GOV", "IRQ/CVL", False, A, N, False),
       ("hospitality they are offering", "075", "LBN/GOV", "SYR/CVL", False, A, N, False),
       ("hospitality they are offering", "075", "JOR/GOV", "IRQ/CVL", False, A, N, False),
       ("hospitality they are offering", "075", "JOR/GOV", "SYR/CVL", False, A, N, False),
       ("is hosting millions", "075", "TUR/GOV", "SYR/CVL", False, A, N, False)],
      "Holy See (2016); 'A word of praise must go to Lebanon and to Jordan ... as well as to Turkey' = the speaker's "
      "own praise, the deontic 'must go' being performative (README: 'should be welcomed' is the speaker's 051; "
      "set 110: 'deserve to be commended' the speaker's 051) -> one 051 per state (guideline: compound split), the "
      "Holy See -> VAT/GOV (README: Pope Francis VAT/GOV), the host states as governments -> GOV (borderline bare "
      "LBN, JOR, TUR); 'the hospitality they are offering to all who have escaped from war and destruction in Iraq "
      "and Syria' = receiving refugees -> grant asylum 075 (README: admitting refugees 075; set 125: Chad "
      "'receiving the refugees' one 075 each to SDN/CVL and CAF/CVL), a verb with its subject -> not nominal, one "
      "per host and per refugees' country -> 4 events (borderline the hospitality folded into the praise, as "
      "held-out 10's admiration of Moldova's 'generosity and hospitality'); 'Turkey, which is hosting millions of "
      "Syrian refugees' -> 075 TUR/GOV -> SYR/CVL (set 168: refugees 'hosted by our country' a habitual 075); 'war "
      "and destruction in Iraq and Syria' = conflicts named only by place, not coded"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("has always supported", "051", "LIE/GOV", "org:UN", False, A, N, False),
       ("has always supported", "051", "LIE/GOV", "org:OSCE", False, A, N, False),
       ("has always supported", "051", "LIE/GOV", "org:COE", False, A, N, False)],
      "Liechtenstein (2000); 'Liechtenstein has always supported enhanced' = a fragment whose verb lies inside it; "
      "its object after the cut is 'United Nations cooperation with regional organizations, inter alia, the OSCE "
      "as well as the Council of Europe' (README: a fragment whose object the splitter cut off is coded from the "
      "text after the cut when its verb is in the sentence) -> a habitual realised support (guideline: 'express "
      "support' 051) for a cooperation between named parties -> one 051 to each party (set 116: welcoming SE4All's "
      "cooperation with UNIDO a 051 to each party; README: support for stimulating a dialogue not yet under way is "
      "051 to each named party), the Council of Europe -> org:COE (README) (borderline org:UN only, or uncoded as a UN working-methods "
      "position, as sets 118, 153 and 201 left wished-for UN cooperation with other bodies uncoded); the enhanced "
      "cooperation itself is not realised and its noun lies after the cut, not coded (borderline a nominal 050)"),
 18: ([("pleased to host", "043", "ETH/GOV", "org:AU", False, A, N, False),
       ("express my heartfelt gratitude", "051", "ETH/GOV", N, False, A, N, False),
       ("sent delegations", "040", N, "org:AU", False, A, N, False),
       ("conveyed messages of support", "051", N, "org:AU", False, A, N, False)],
      "Ethiopia (2013); 'We were very pleased to host the Special Summit of African Heads of State and Government, "
      "which marked the OAU/AU jubilee' = hosting an organisation's summit -> 043 to org:AU (guideline: "
      "host/convene 043; set 118: hosting WSIS 043 to org:UN; set 166: Cape Verde hosting a meeting 043), realised "
      "-> asserted; the Prime Minister speaks also as AU chairperson (text before), but the host is Ethiopia -> "
      "ETH/GOV (set 110: a capacity named elsewhere stays the state's own; borderline org:AU for the gratitude); "
      "'express my heartfelt gratitude to all those who sent delegations ... and conveyed messages' = thanks "
      "(guideline: 051) to unnamed states -> 051 with no target, and the acts thanked for get no source (set 189: "
      "thanks to all Member States 'for their support' a 051 with no target plus a nominal 051 with no source; "
      "README: thanks 'for the ongoing support' give the support its agent from the thanks): 'sent delegations to "
      "Addis Ababa to take part in the celebration' = participation in the AU's summit -> 040 null -> org:AU (set "
      "119: the Captains Regent's participation in a commemorative plenary a 040 to org:UNGA; borderline 042 to "
      "ETH/GOV as a visit to the host), and 'conveyed messages of support and solidarity to the African Union' -> "
      "051 null -> org:AU (guideline: 'express support' 051)"),
 19: ([("commends and supports", "051", "MOZ/GOV", "COD", False, A, N, False),
       ("commends and supports", "051", "MOZ/GOV", "SDN", False, A, N, False),
       ("commends and supports", "051", "MOZ/GOV", "SOM", False, A, N, False)],
      "Mozambique (2009); 'Mozambique commends and supports the ongoing initiatives at the regional and continental "
      "levels aimed at promoting ... peace and stability in the Democratic Republic of the Congo, Darfur and "
      "Somalia' = praise and support (guideline: 051), the two verbs being one act -> coded once per target (set "
      "122: 'We welcome and support' one 051); the initiatives' authors are not named in the sentence and their "
      "parties are unnamed -> one 051 to each bare country (README: a welcome of a development inside a named "
      "country whose parties are not named goes to the bare country; set 129: support for their resolution by "
      "peaceful means a 051 to each bare country; set 133: 'We encourage progress in the current peace "
      "negotiations on Darfur' a 051 to bare SDN), Darfur -> SDN (borderline org:AU, whose Tripoli special session "
      "the sentence before names, with nominal 045s from it to each country); 'among other areas' is open-ended; "
      "the page header '09-52604 12' inside the sentence is PDF residue"),
 20: ([], "Montenegro (2019): 'the Climate Action Summit 2019 has shown that the existing high level of international "
          "activities is not enough to achieve the goals agreed upon within the Paris Agreement' = an agentless "
          "evaluation, the agreement on the goals being that of all states (held-out 42/43), no act"),
 21: ([("been giving all possible assistance", "070", "UZB/GOV", "AFG/CVL", False, A, N, False)],
      "Uzbekistan (2004); 'Uzbekistan has been giving all possible assistance to the Afghan people for the social "
      "and economic reconstruction of the country' = aid (guideline: 07x), one aid noun covering several kinds -> "
      "one 070 (README), ongoing -> asserted, to 'the Afghan people' -> AFG/CVL (borderline bare AFG, or 071 for "
      "economic reconstruction); the 'harmonious integration into regional structures' is its purpose, not coded"),
 22: ([("Support for the special emergency", "070", N, "GNB/GOV", False, D, N, True)],
      "Guinea-Bissau (1999); 'Support for the special emergency programme for Guinea-Bissau is therefore absolutely "
      "necessary' = a statement of need with no named giver -> demanded nominal 070 with no source to the "
      "speaker's government (README: statements of need are demanded aid with no source to the speaker's "
      "government; set 119: 'the annual foreign financing needs of the strategy remain significant' a demanded "
      "nominal 071 with no source to BFA/GOV; borderline 051 as political support, or bare GNB); the programme's "
      "author is not named in the speech, so no second target"),
 23: ([("supports scholarships and capacity-building", "070", "TWN/GOV", "TUV", False, A, N, False)],
      "Tuvalu (2014); 'Taiwan supports scholarships and capacity-building for experts, students and officials from "
      "Tuvalu and many developing countries' = funding scholarships and training -> aid 070 (README: training "
      "doctors a 070), habitual -> asserted, Taiwan -> TWN/GOV (set 141: support for the Republic of China a 051 to "
      "TWN/GOV), recipients of several kinds from Tuvalu -> bare TUV for the country as a whole (borderline TUV/CVL "
      "or TUV/GOV, or 071); 'many developing countries' is an uncoded collective, dropped from the compound"),
 24: ([("committed to doing its utmost", "030", "LKA/GOV", N, False, A, N, False)],
      "Sri Lanka (2009); a sentence cut after 'Sri Lanka, as Chairman of the United Nations Ad' whose subject is "
      "taken from the context (README: a subject cut off by the splitter is taken from the context); '[Sri Lanka] "
      "remains committed to doing its utmost to reach consensus on the draft comprehensive convention' = a "
      "commitment stated as a fact (README: 'remain committed to supporting' asserted 03x) -> 030 asserted, the "
      "consensus being among all Member States -> target null (set 112: 'endeavouring to expand ... cooperation' a "
      "030 asserted with no target; borderline 039 for the chair's facilitation, org:UNGA as target, or uncoded as "
      "an abstract commitment); 'as Chairman' of a General Assembly committee stays the state's own (set 110; "
      "borderline org:UNGA); 'looks forward to the fullest support of all Member States' = a hope about others' "
      "support, optative and not coded (README: 'look forward to the support of' not coded; set 190)"),
 25: ([("look forward to coordinating", "030", "CAN/GOV", "NOR/GOV", False, F, N, False)],
      "Canada (1996); 'We look forward to coordinating our efforts with those of Norway and others' = a future "
      "cooperative act (guideline: 'look forward to' + event -> future; future cooperation gets an intent code "
      "03x) -> 030 future to NOR/GOV, the uncoded 'others' dropped (borderline 036); 'to ensure coherent, focused "
      "support for such United Nations efforts' = support named only as a purpose, not coded (set 182; borderline "
      "a future 070 to org:UN)"),
 26: ([], "Spain (2004): 'Redressing the major political and economic injustices ... would ... deprive terrorists "
          "of their popular support' = an agentless hypothetical generalisation, and the terrorists' popular support "
          "runs between uncoded parties, no act"),
 27: ([], "Comoros (1997): 'reaffirms its support for the reforms recommended for our Organization, in particular "
          "those relating to the enlargement of the Security Council' = a UN reform position (held-out 54-61; set "
          "194: a demand for Council seats uncoded; borderline a 051 to org:UN for the recommendations, or a "
          "nominal 100 from org:UN)"),
 28: ([("applaud the statement", "051", "SDN/GOV", "DEU/GOV", False, A, N, False),
       ("his rejection", "120", "DEU/GOV", N, False, A, N, True)],
      "Sudan (1995); 'we also applaud the statement by the Minister for Foreign Affairs of Germany before this "
      "Assembly' = praise (guideline: 051) of Kinkel, Germany's Foreign Minister in 1995 -> DEU/GOV; the "
      "statement itself is 01x, not coded; 'and by his rejection of any linking of Islam with terrorism' = an "
      "explicit rejection (guideline: 'refusal' REJECT, negated false) of an idea, an event noun with its agent "
      "'his' -> nominal 120 DEU/GOV with no target (set 137: 'We reject that premise' a 120 with no target; set "
      "150: 'Bangladesh abjures religious extremism' a 120 with no target; borderline uncoded as part of a "
      "statement, or target null replaced by an uncoded 'those who link'); the praise of the statement and of "
      "the rejection is one 051"),
 29: ([("continue to seek bilateral and multilateral", "103", "TTO/GOV", N, False, A, N, False)],
      "Trinidad and Tobago (1997); 'we continue to seek bilateral and multilateral assistance in various forms, "
      "such as equipment, personnel, aircraft and maritime support in our relentless fight against illicit "
      "drugs' = a request for material aid (set 160: 'We seek the support of the international community' a 102, "
      "where the support was political; here the forms are material) -> demand material aid 103, habitual -> "
      "asserted, from unnamed bilateral and multilateral partners -> target null (set 117: 'ask for your support' "
      "a 103 with no target; borderline 1032 for equipment, aircraft and maritime support, the fight being law "
      "enforcement rather than military)"),
 30: ([("human rights violations", "175", "ISR/GOV", "PSE/CVL", False, A, N, True),
       ("forced displacement", "201", "ISR/GOV", "PSE/CVL", False, A, N, True)],
      "Morocco (2016); 'The troubling developments affecting the Holy City of Jerusalem, including human rights "
      "violations, continued settlement and forced displacement in an effort to change the legal and demographic "
      "composition of the city' = Israeli measures in East Jerusalem, Israel named in the sentence before ('calls "
      "on Palestine and Israel') and in the one after ('Israel's pursuit of its plans to change the legal, "
      "demographic and religious character of Jerusalem') -> event nouns whose agent is plain from the text "
      "around them are coded (README: Israeli measures listed without naming Israel are coded ISR/GOV nominal "
      "events; set 128: 'systematic judaization' of Al-Quds a nominal 1712; borderline uncoded, as set 143's "
      "'occupied territories' with Israel named only in the sentence before): 'human rights violations' -> "
      "nominal 175 (set 197: 'the systematic violation of their human rights' a nominal 175), 'forced "
      "displacement' aimed at the city's demographic composition -> mass expulsion, nominal 201 (set 163: 'crime "
      "of expelling Palestinians' a nominal 201 ISR/GOV -> PSE/CVL; borderline 174), both to the Palestinians of "
      "Jerusalem -> PSE/CVL (borderline bare PSE); 'continued settlement' is left uncoded, settlement activity "
      "having no CAMEO code (set 142's note; borderline 1711 as set 137's land confiscation); 'represent grave "
      "violations of international law and international agreements' characterises the same acts, an evaluation "
      "with no coded counterpart (borderline a nominal 128 with no target)"),
 31: ([], "Swaziland (2011): 'almost all issues demand the full participation of international partners' = an "
          "inanimate subject, 'demand' meaning 'require', no request event"),
 32: ([], "Mexico (1991): 'Recent events in Central America are contributing to a new climate of trust and "
          "cooperation' = agentless events and an evaluation, no act"),
 33: ([("substantially contributed to", "074", "ROU/GOV", "AFG", False, A, N, False),
       ("substantially contributed to", "074", "ROU/GOV", "IRQ", False, A, N, False),
       ("substantially contributed to", "070", "ROU/GOV", "AFG", False, A, N, False),
       ("substantially contributed to", "070", "ROU/GOV", "IRQ", False, A, N, False),
       ("history of participation", "074", "ROU/GOV", N, False, A, N, True),
       ("provision of assistance", "070", "ROU/GOV", N, False, A, N, True)],
      "Romania (2004); 'Romania has promptly joined, and substantially contributed to, international efforts for "
      "the stabilization and reconstruction of Afghanistan and Iraq' = the two verbs one act (coded once); "
      "contributing to stabilization (Romanian troops in ISAF and in Iraq) -> peacekeeping 074, and to "
      "reconstruction -> aid 070, one event per host country (set 180: participation in peacekeeping 'in "
      "Afghanistan, Bosnia, Iraq, Chad' one 074 per bare host country; set 197: Hungary's troops and development "
      "assistance to bare AFG as separate codes), bare countries for the country as a whole (borderline one 070 "
      "per country for the whole contribution, or 190 for Iraq); 'its long history of participation in United "
      "Nations peacekeeping operations' -> nominal 074 with no target (set 146: 'an important participant in "
      "United Nations peace-keeping operations' a nominal 074 with no target; borderline org:UN); 'the provision "
      "of assistance in post-conflict phases' -> nominal 070 with no target, its agent the same 'its'"),
 34: ([("strengthen our assistance", "070", N, "AFG/GOV", False, D, N, False)],
      "Tajikistan (2018); 'We need to strengthen our assistance to the Government of Afghanistan' = a deontic 'need "
      "to' (guideline: demanded) -> Y = aid 070 to AFG/GOV, the next sentence making plain that the international "
      "community's assistance is meant ('Targeted assistance ... should be expanded') -> no source (set 118: "
      "Ethiopia's 'We need to continue to support Somalia' a demanded 070 with no source to SOM/GOV; borderline "
      "source TJK/GOV); 'transformation decade' is a time marker"),
 35: ([("we plead", "100", "DMA/GOV", "HTI/CVL", False, A, N, False)],
      "Dominica (1994); 'as friends of the Haitian people, we plead with them to understand that democracy cannot be "
      "imposed from outside' = a request (guideline: appeal/ask -> 10x) to the Haitian people -> HTI/CVL, Y "
      "('understand that ...') not a codable act -> generic 100 (set 157: a fragment 'proposes that' a generic "
      "100; borderline uncoded as advice, or 1041 for a change of leadership stance); 'democracy cannot be imposed "
      "from outside' is a generic principle, not coded (borderline a negated 170 with no source, alluding to the "
      "1994 intervention)"),
 36: ([("cooperation with its neighbours", "050", "SVN/GOV", N, False, A, N, True)],
      "Slovenia (1996); 'Growing cooperation with its neighbours and in the region enabled Slovenia to reach a high "
      "degree of economic and political stability' = a cooperation noun with its agent 'its' (Slovenia) -> "
      "nominal 050 (README: cooperation nouns a nominal 050), the neighbours never named in the speech -> target "
      "null (set 189: 'Very good relations with all our neighbours' a 050 with no target; borderline one per "
      "neighbour from outside knowledge)"),
 37: ([], "Germany (2006): 'no one wants to deny Iran the right to use nuclear energy peacefully' = a disavowal of "
          "intent by the unnamed negotiating states (named in the sentence before), a statement about wishes, not an "
          "act (borderline a negated 1233 from DEU/GOV and the five other states named before -> IRN/GOV); 'Let me "
          "state clearly' is the speaker's statement (01x)"),
 38: ([], "Latvia (2002): 'alarming threats ... present such serious challenges ... that we can hope to address them "
          "only through ... international cooperation' = risks (guideline: figurative 'threat'), 'we' meaning all "
          "states (held-out 42/43), no act"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Paraguay (2018): 'It represents the beginning of a process of restructuring' = the 2030 Agenda as "
          "inanimate subject, a description, no act"),
 40: ([], "Romania (2019): 'With the fall of the hideous communist regime 30 years ago, my country embarked on a new "
          "era of freedom' = an agentless historic fall (borderline a nominal 1411 ROU/CVL -> ROU/GOV for the 1989 "
          "revolution, as the README's revolution noun; here no revolution is named) and a domestic development, no "
          "act between actors"),
 41: ([], "Austria (2005): a fragment 'Outcome document will further enhance that potential' whose subject ('The "
          "reform process initiated by Secretary-General Kofi Annan and reflected in the World Summit') lies before "
          "the cut; UN reform, not coded (set 153: the Secretary-General's Programme for Reform uncoded; held-out "
          "54-61)"),
 42: ([("enhanced economic and trade relations", "061", "TJK/GOV", "AFG/GOV", False, H, N, True)],
      "Tajikistan (2017); 'Tajikistan's involvement in the process of regional integration through enhanced "
      "economic and trade relations with that country could be an important element in helping the country' = a "
      "proposed economic cooperation with Afghanistan ('that country', the sentence before) -> cooperate "
      "economically 061 (set 145: the TAPI pipeline one 061 per partner government), nominal with its agent "
      "'Tajikistan's', under 'could' -> hypothetical (set 191: 'Such cooperation could include joint efforts' a "
      "hypothetical nominal 050; borderline asserted, reading 'could' as bearing only on its importance), to "
      "AFG/GOV (borderline bare AFG); 'helping the country move forward' is its purpose, not coded"),
 43: ([], "Cameroon (2009): 'It was prompt, resolute and consistent' = an evaluation of the anaphoric mobilization of "
          "the major industrialized countries (sentence before), no act"),
 44: ([], "Guyana (2008): 'the policies of those countries result in a significant net loss of welfare in the "
          "developing world and run counter to their declared intentions' = an evaluation of the policies of the "
          "developed world, an uncoded collective, no act"),
 45: ([("favoured the consensus", "051", "ECU/GOV", N, False, A, N, False)],
      "Ecuador (1995); 'Ecuador favoured the consensus for an indefinite extension of the Treaty on the "
      "Non-Proliferation of Nuclear Weapons' = realised support for the 1995 NPT Review and Extension "
      "Conference's decision -> 051 (README: voting for a treaty is a 051 with no target; welcoming a decision of "
      "an uncoded body is 051 with no target), the Conference having no code -> target null (borderline uncoded "
      "as a disarmament position, as set 180's 'striving for the NPT's indefinite extension'); 'considered that "
      "this historic decision formed part of an integral unity' is an opinion, not coded"),
 46: ([], "New Zealand (2007): 'They will again vote on that issue from 20 to 24 October' = the people of Tokelau's "
          "self-determination referendum, a domestic vote with no act between actors"),
 47: ([], "Nepal (2009): 'They have stood the test of time' = the Charter principles as subject, an evaluation"),
 48: ([], "Paraguay (2005): 'That would be of great benefit to people ...' = an evaluation of the anaphoric 'That' (the "
          "US offer to eliminate subsidies, sentence before); 'the President of the United States himself "
          "mentioned' is a statement (01x), not coded"),
 49: ([("want to break the deadlock", "030", "GEO/GOV", "RUS/GOV", False, A, N, False)],
      "Georgia (2018); 'We want to break the deadlock in the relations between Russia and Georgia' = the speaker's "
      "stated wish to restore relations with Russia, an intent stated as a fact -> 030 asserted (guideline: "
      "explicit intent verbs 03x asserted; set 155: 'seeks to put an end to a dark era of ... isolation' a 030; "
      "set 184: 'have no intention other than to diversify their relations' a 030), to RUS/GOV (borderline "
      "uncoded as optative, or 036); 'but that can be accomplished only through respect for Georgia's territorial "
      "integrity and sovereignty' = an abstract condition with no act named (set 118: respect for Sudan's "
      "sovereignty uncoded; borderline a demanded 0874 RUS/MIL -> GEO)"),
 50: ([], "Sierra Leone (2005): 'If those soothing statements are matched by action' = an agentless conditional "
          "about the summit's outcome, no act"),
 51: ([], "Saint Vincent and the Grenadines (2003): 'Our people chose not the path leading to war and conflict, but "
          "rather opted for the highway of democracy' = a figurative account of the peaceful decolonisation, no "
          "counterpart named (borderline a negated 190 VCT/CVL -> GBR, as set 201's 'did not opt for the use of "
          "force' with a named counterpart)"),
 52: ([], "Burkina Faso (2001): the quoted Compaore's 'conflict between the Judeo-Christian world and the Muslim "
          "world; conflict between West and East; conflict between the rich North and the poor South' = a feared "
          "scenario ('might lead to') between uncoded collectives, no act"),
}
