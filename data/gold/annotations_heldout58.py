"""Hand annotations for the FIFTY-EIGHTH held-out event gold set (source of events-heldout58.jsonl).

Keyed by the row index of selection-heldout58.jsonl (output of select_bulk_heldout.py 58; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout58.jsonl \
        --annotations annotations_heldout58 --output events-heldout58.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Lithuania (1991): 'safety considerations and waste disposal have not been given the attention they demand' "
         "at the Ignalina plant = an agentless passive about domestic safety policy (the 'previous Governments' of "
         "the preceding sentence are Soviet-era administrators), no act between actors; 'demand' is figurative"),
 1: ([("refuses to allow", "120", "COM/GOV", "FRA/GOV", False, A, N, False)],
     "Comoros (2017); 'the Union of the Comoros refuses to allow the term \"immigrants\" to be applied to Comorians "
     "who visit the Island of Mayotte ... under French administration' = an explicit refusal -> REJECT with negated "
     "false (guideline: 'refuses to'), a rejection of the French treatment of Comorians in Mayotte as immigrants, "
     "France named in the sentence as the administering power -> FRA/GOV; no more specific 12x sub-code (not a "
     "request, plan or mediation) -> generic 120 (borderline 1232 reject demand for policy change, or not coded as "
     "a rejection of a word); Comorians visiting Mayotte is private travel, not coded; 'remains under French "
     "administration' is a state, not an occupation act (borderline nominal 192 FRA/GOV -> COM)"),
 2: ([], "Samoa (2018): 'the level of commitments to the Paris Agreement by Member States will not keep global "
         "warming anywhere below 1.5° C' = commitments of an uncoded collective (all Member States) with no "
         "counterpart, and a forecast about warming; no act between coded actors"),
 3: ([], "Ecuador (2003): 'Terrorist violence can never be justified ... and must be fought with firmness, using all "
         "legal measures at the disposal of States' = an agentless deontic, a norm for all states against unnamed "
         "terrorists (held-out 44/45: 'acts of terrorism should be condemned wherever' not coded); 'never be "
         "justified' is an evaluation, not a negated event; 'threat' as risk (guideline: figurative)"),
 4: ([("I beseech other countries", "1033", "VCT/GOV", N, False, A, N, False),
      ("have not yet supported", "073", N, "DMA", True, A, N, False)],
     "Saint Vincent and the Grenadines (2015); 'I beseech other countries ... to do so' = a request (guideline: "
     "appeal/ask -> 10x) to an uncoded class of countries -> target null (held-out 48 row 4), Y = "
     "supporting the relief, recovery and reconstruction effort for Dominica after Tropical Storm Erika (preceding "
     "sentence: 'assisting the Commonwealth of Dominica in its hour of need') -> request humanitarian aid 1033 (first "
     "set row 8: 'urge' donors for Yemen 1033 null); Y not coded separately (guideline); 'that have not yet "
     "supported this noble effort' = the negated aid of the same uncoded class, coded as the first set's 'have not "
     "yet pledged' (row 8: 0333 negated, source null) because its target is named: relief and reconstruction aid "
     "-> 073 negated (borderline generic 070 for the mixed kinds, held-out 20/21), source null, the assisted "
     "Commonwealth of Dominica as a whole -> bare DMA (borderline DMA/GOV or DMA/CVL); borderline not coded as a "
     "relative clause that only defines the addressees (held-out 48 row 4, where the target was uncoded)"),
 5: ([("impossible to accept", "120", "TCD/GOV", "org:UNSC", False, A, N, False)],
     "Chad (1998); 'It is inconceivable and impossible to accept that an important sector of humanity continues to "
     "endure the harshness of decisions in which it did not participate' = a performative non-acceptance by the "
     "speaker in an impersonal frame -> REJECT 120 with negated false (guideline: 'we will never accept it'; "
     "held-out 44/45: 'should in no way be tolerated' and held-out 42/43: 'cannot be condoned' are the speaker's "
     "own acts; held-out 37 row 56: 'We cannot accept' 120), its object the Security Council's decisions taken "
     "without Africa (preceding sentences: Council reform, the veto, the OAU position that Africa be represented) "
     "-> org:UNSC (guideline: a participant from the context; borderline target null); borderline not coded as an "
     "abstract position on Council reform (held-out 52/53: urging Council reform with no addressee not coded); "
     "'did not participate' = a negated act of Africa as a whole (uncoded), not coded"),
 6: ([], "Eritrea (1998): 'If they fail to do so' = 'they' = the United Nations and the international community "
         "(preceding sentence), failing to search for fresh approaches, an abstract hypothetical; 'prolong the agony "
         "of the victims' and 'threaten ... peace and security' are figurative effects (guideline), no act"),
 7: ([("refused to recognize", "120", N, "IRQ/GOV", False, A, N, False),
      ("aggression", "190", "IRQ/GOV", "KWT", False, A, N, True)],
     "Saudi Arabia (1991); 'the whole world. State after State, refused to recognize a de facto situation imposed "
     "by force and aggression' = an explicit refusal of recognition -> REJECT 120 with negated false (guideline; "
     "held-out 37 row 4: 'will not be recognized' 120 null -> RUS/GOV), the states of the "
     "world an uncoded collective -> source null; the situation is Iraq's annexation of Kuwait, plain from the "
     "text around ('invaders who destroy other nations' before, 'repelling the Iraqi aggression' in the following "
     "sentence) -> IRQ/GOV (guideline: a participant from the context); 'aggression' = Iraq's invasion of Kuwait, "
     "an event noun whose agent is plain only from the text around it (held-out 48/49) -> nominal 190 (guideline: "
     "'aggression' 190; borderline 192 for the imposed occupation), the victim the country as a whole -> bare KWT "
     "(guideline: target of an invasion); 'force' is the same act, coded once"),
 # --- UNGDC 1990-2019 random: capital
 8: ([], "Japan (2018): 'next year Japan hosts the Rugby World Cup, and in 2020 Tokyo is hosting the Olympic and "
         "Paralympic Games' = hosting sporting events with no named counterpart, a domestic matter (held-out 27 row "
         "16: Japan's Olympics and Expo hosting not coded); Tokyo is the host city, not a metonym for the Government"),
 9: ([("call on all United Nations Member States", "102", "RUS/GOV", N, False, A, N, False)],
     "Russia (1996); 'I call on all United Nations Member States to become involved in the implementation of the "
     "Moscow agreements' = a request (guideline: call on -> 10x) to an uncoded collective -> target null, Y = "
     "joining the implementation of the agreements of the Moscow Summit on Nuclear Safety and Security (preceding "
     "sentence: the illicit traffic in fissile materials) = adhering to a multilateral commitment -> demand "
     "diplomatic cooperation 102 (held-out 43 row 18, 45 row 0: calls to ratify or join a treaty 102; borderline 101 "
     "material cooperation, or generic 100 as held-out 27 row 9's 'respect the Washington agreements'); Moscow is "
     "the venue in the agreements' name, not a metonym"),
 10: ([], "Germany (2016): 'A ceasefire is not all that is needed for the Package of Measures ... but we cannot make "
          "any political headway if the weapons are not silenced' = an agentless need for a ceasefire whose parties "
          "the sentence does not name, and 'we' = the Normandy-format partners (preceding sentence) in an abstract "
          "conditional about political progress; no act between named actors (borderline a demanded 0871 with no "
          "source); Minsk is part of the agreements' name"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Nauru (2004): 'My delegation has stated in previous debates that it agrees fully with the reform of the "
          "Security Council' = the speaker's own past statement (reported_by null) of a position on UN reform "
          "(held-out 7: support for UN reform not coded)"),
 12: ([], "India (1995): 'After Hiroshima and Nagasaki, Mahatma Gandhi said that the use of the atom bomb for the "
          "wholesale destruction of men, women and children was the most diabolical use of science' = a quoted "
          "evaluation; 'the use of the atom bomb' is an event noun whose agent is named neither in the sentence nor "
          "in the text around it (Hiroshima and Nagasaki are places), not coded (borderline a nominal 195 USA -> "
          "JPN reported by Gandhi, by world knowledge only)"),
 13: ([("We have said before", "130", "GBR/GOV", "BIH/REB", False, A, N, False),
       ("agree the map", "057", "BIH/REB", N, True, H, N, False)],
      "United Kingdom (Hurd, 1994); 'We have said before that if the Bosnian Serbs do not join the peace process and "
      "agree the map presented by the Contact Group, then our present approach may become exhausted' = the speaker's "
      "own past statement (guideline: 'as I said' -> reported_by null) of a conditional warning to the Bosnian Serbs "
      "(the following sentence: 'Lifting the arms embargo may become unavoidable, as we said at Geneva') -> a "
      "warning is itself asserted 130 (guideline: threats and warnings 130/138; held-out 55 row 11: a stated "
      "resolve 130), GBR/GOV -> the Bosnian Serbs (1994) -> BIH/REB (held-out 26/27); borderline not coded, the "
      "threatened consequence being only a change of 'approach'; the Bosnian Serbs' accepting the Contact Group map "
      "= agreeing to a settlement -> 057 (held-out 12 row 26: 'agree to a negotiated settlement' 057 hypothetical), "
      "inside 'if ... do not' -> negated and hypothetical (guideline: 'if that deal has not been signed'); 'join "
      "the peace process' is the same acceptance, coded once (borderline a separate negated 046); the Contact "
      "Group has no code and the sentence names none of its members -> target null (borderline BIH/GOV, the other "
      "party to the plan); 'the map presented by' the Contact Group is its proposal, not coded (a group without a "
      "code whose members the sentence does not name)"),
 14: ([], "Bosnia and Herzegovina (1999): the school programmes 'exclude contents which, according to the common "
          "multinational commissions and international representatives, could represent a threat' = a domestic "
          "curriculum and a figurative threat (guideline), no act between actors"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Burkina Faso (2019): 'Yesterday we held the Climate Action Summit and the High-Level Meeting on Universal "
          "Health Coverage, and in the coming days we will hold high-level meetings' = 'we' meaning all the "
          "Member States meeting in the Assembly (held-out 42/43: 'we' meaning all states not coded; held-out "
          "52/53: a 'we' that is the whole Assembly not coded), meetings among themselves, null-null, not coded"),
 16: ([("the holding in Lisbon", "036", "PRT/GOV", N, False, F, N, True)],
      "Portugal (1997); 'I would like to draw attention to the holding in Lisbon in June 1998 of the third "
      "Pan-European ministerial Meeting on the protection of the forests' = the speaker's government hosting an "
      "intergovernmental ministerial conference in its capital the following year: future hosting -> intent to meet "
      "036 future (guideline: future cooperative acts, host included, get 036; held-out 30/31: hosting a session of "
      "a UN regional commission 036 future), nominal ('the holding'), the host plain from the speech's own capital "
      "(held-out 48/49: an event noun whose agent is plain from the text around it), the participating European "
      "states unnamed -> target null (held-out 28/29: conferences hosted by one government with no target); unlike "
      "row 8, an intergovernmental meeting, not a sporting event; borderline not coded as an agentless noun with "
      "Lisbon a venue; what the meeting 'will contribute' is its hoped-for effect"),
 17: ([], "Guinea (2015): the hope 'that the upcoming twenty-first session of the Conference of the Parties ... in "
          "Paris will lead to a binding agreement' = optative, the agreement's parties an uncoded collective; Paris "
          "is the venue"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Georgia (2009): 'if we are to evaluate the past honestly, we must admit that the present remains "
          "bittersweet' = an evaluation, no act"),
 19: ([("conflict between Israel", "190", "ISR/GOV", "PSE/GOV", False, A, N, True),
       ("must come to an end", "087", "ISR/GOV", "PSE/GOV", False, D, N, False)],
      "Dominican Republic (2001); 'the conflict between Israel and the Palestinian state must come to an end via "
      "compliance with the multiple resolutions' = a conflict noun naming its parties -> nominal 190 (guideline: "
      "'war' 190; held-out 12/13: border clashes a nominal 190 from the first-named side), ongoing in 2001 (the "
      "second intifada) -> asserted, symmetric, from the first-named; 'the Palestinian state' -> PSE/GOV (the "
      "Palestinian Authority of 2001); 'must come to an end' = a deontic without a request verb whose "
      "Y is ending the hostilities -> de-escalation 087 demanded (held-out 24/25: 'such atrocities must stop' a "
      "demanded 087), the parties named -> from the first-named to the other (guideline: symmetric acts coded "
      "once); compliance with the resolutions is the means, not coded (held-out 40 row 8); 'We have no doubt' is "
      "the speaker's conviction; 'what we agreed upon in that Millennium Declaration' = 'we' meaning all states, not "
      "coded; borderline the nominal 190 not coded as a generic conflict noun"),
 20: ([], "Colombia (Santos, 2012): the sentence starts at 'Assembly two years ago, I expressed my conviction that the "
          "dawning decade should be the decade of Latin America and the Caribbean' (the splitter cut after 'in my "
          "statement before the General') = the speaker's own past statement of a conviction (01x), no act"),
 21: ([], "Jamaica (2001): 'Member States must be guided by full recognition that this new era ... demands ... more "
          "ingenious approaches' = a deontic over all Member States (uncoded) with no codable Y; the conferences 'to "
          "be held in those three places' (Qatar, Mexico, South Africa: venues) are agentless"),
 22: ([], "Dominica (1991): 'The effectiveness of coordination between nations ... must be enhanced' = an agentless "
          "deontic over a cooperation noun between unnamed nations, null-null, not coded"),
 23: ([], "Sweden (2011): 'The United Nations must play a leading role in embracing and maintaining those new roads to "
          "democracy and freedom' = a deontic whose Y (embracing democratization in North Africa and the Middle East) "
          "is not a codable behaviour toward a named actor (guideline)"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("We support the", "051", "RUS/GOV", "org:UN", False, A, N, False)],
      "Russia (Kozyrev, 1993); 'We support the proposals of the Secretary-General in the field of human rights "
      "protection' = support for the Secretary-General's proposals -> 051 to org:UN (held-out 44/45: supporting a "
      "UN plan, the Secretary-General or the High Commissioner is 051 to org:UN); borderline not coded as support "
      "for UN institutional reform (held-out 7), the preceding sentences calling for a High Commissioner and a "
      "Special Rapporteur; the proposals themselves are the Secretary-General's, not coded separately"),
 25: ([("host a United Nations agency", "043", "NAM/GOV", "org:GCF", False, H, N, False)],
      "Namibia (2012); the sentence starts at 'Green Climate Fund in our capital city, Windhoek' (the splitter cut "
      "inside 'Namibia seeks the support of Member States in hosting the secretariat of the'); the request for "
      "support lies before the cut and is not coded; 'If successful, that would provide an opportunity for a "
      "developing country to host a United Nations agency' = Namibia (the 'developing country' meant) hosting the "
      "Fund's secretariat -> hosting an organisation's seat 043 (held-out 50/51: hosting an organisation's seat a "
      "nominal 043; held-out 46/47: 'we host' an organisation's centre 043 to the organisation), conditional "
      "('If successful ... would') -> hypothetical (guideline), the Green Climate Fund -> org:GCF (held-out 30/31) "
      "(borderline org:UN, as the sentence calls it a United Nations agency); Windhoek is the seat, not a metonym"),
 26: ([("We stand ready to support", "032", "DNK/GOV", N, False, A, N, False)],
      "Denmark (2004); 'We stand ready to support the significant and sustained efforts undertaken by the Africans "
      "themselves in this regard' (conflict resolution and development in Africa) = readiness stated as a fact -> "
      "03x asserted (held-out 9: 'stands ready to engage/assist' 03x asserted; held-out 48/49: 'stand ready to "
      "support ... the parties' 032), 'the Africans themselves' an uncoded collective -> target null (borderline "
      "org:AU; borderline 033 material aid)"),
 27: ([], "Hungary (2012): 'constitutional constraints ... have been imposed to curb irresponsible public spending' = "
          "domestic fiscal law, no counterpart"),
 28: ([], "Bahrain (2001): 'Bahrain's determination to imbue its relations with others with a spirit of friendship "
          "and cooperation is evidenced by its ... close relations with brotherly and friendly States' = relations as "
          "a state with uncoded partners ('others', 'brotherly and friendly States'), no act (held-out 54 row 4: the "
          "relations themselves are a state)"),
 29: ([], "Holy See (2010): progress of normative developments in disarmament and 'reasons for concern' = an "
          "assessment and 01x concern, no act"),
 30: ([], "Luxembourg (1996): 'The alarming events that took place on the West Bank today threaten to destroy the "
          "results of several years of effort' = the September 1996 clashes as an event noun without an agent in the "
          "sentence (guideline), and 'threaten' figurative (an inanimate subject); not coded"),
 31: ([("support the aggression", "070", "ARE/GOV", "LBY/REB", False, A, N, False),
       ("aggression", "190", "LBY/REB", "LBY/GOV", False, A, N, True)],
      "Libya (the Government of National Accord, 2019); 'there are other countries that continue to interfere "
      "directly in our affairs and support the aggression, such as the United Arab Emirates' = support for Haftar's "
      "offensive on Tripoli -> 070 (held-out 27 row 34: 'supports' terrorist groups 070; borderline 072, the "
      "preceding paragraph naming 'military and financial support'), coded for the one country named (held-out 2: "
      "a compound of coded and uncoded parties; held-out 44/45), habitual ('continue to') -> asserted; Haftar and "
      "his forces, 'a bloody militia seeking power' against the recognised Government (preceding text: 'his "
      "aggression', 'the plotters of his coup') -> LBY/REB (new: Haftar's Libyan National Army in 2019 as an armed "
      "group, like Hizballah LBN/REB; borderline LBY/MIL under the junta rule); 'the aggression' = Haftar's "
      "offensive, an event noun whose agent is plain from the text around it ('we have defeated his aggression', "
      "preceding sentence; held-out 48/49) -> nominal 190 against the speaker's Government -> LBY/GOV; 'interfere "
      "directly in our affairs' has no specific CAMEO code (held-out 16), not coded; 'whose media recently allowed "
      "Haftar to freely broadcast his hate speech and incitement to kill Libyans' = a broadcaster's permission "
      "(ARE/MED) and Haftar's incitement, neither a codable act between actors (borderline 138 LBY/REB -> LBY/CVL "
      "for the incitement)"),
 32: ([("We fully condemn", "111", "SYR/GOV", N, False, A, N, False),
       ("reject the use of chemical weapons", "120", "SYR/GOV", N, False, A, N, False)],
      "Syria (2018); 'We fully condemn and reject the use of chemical weapons under any circumstances' = 'reject and "
      "condemn' split into 120 and 111 (held-out 12/13), the use of chemical weapons with no named perpetrator -> "
      "target null (held-out 46/47: 'We utterly reject attacks' by unnamed agents 120 with no target; held-out 44/45: "
      "condemning attacks by unnamed perpetrators 111 with no target; held-out 54 row 26: condemning terrorism "
      "111 null); the use of chemical weapons itself has no agent, not coded"),
 33: ([], "Sri Lanka (2005): a citation '(Official Records of the General Assembly, Eleventh Session, Plenary "
          "Meetings, 590th meeting, para. 42)' closing a quotation = no event"),
 34: ([], "Nigeria (Jonathan, 2011): 'I signed into law a terrorism bill and an anti-money-laundering prohibition "
          "amendment act' = domestic legislation, no counterpart (unlike signing a treaty, 057)"),
 35: ([], "Argentina (2007): 'multilateral negotiations within the World Trade Organization are of particular "
          "importance' = a negotiation noun whose parties are the WTO's members (an uncoded collective), an "
          "evaluation; the liberalization of Argentina's agricultural sector is an economic effect; not coded"),
 36: ([], "Tanzania (2015): 'better understanding, cooperation and partnership among countries and organizations' = "
          "cooperation nouns among uncoded collectives, null-null, not coded"),
 37: ([("very positive sign", "051", "PAN/GOV", "HND/GOV", False, A, N, False)],
      "Panama (2010); 'I find it a very positive sign for the region that President Porfirio Lobo of Honduras is "
      "participating fully in this Assembly' = a welcome of Honduras's return to full participation after the 2009 "
      "crisis -> 051 (held-out 48/49: 'We are satisfied to see that' is a welcome 051), Lobo (President on the "
      "speech date) -> HND/GOV; borderline not coded as an evaluation (held-out 48/49: 'it is commendable to "
      "observe'); his participating in the Assembly is attendance, not coded"),
 38: ([], "Germany (2011): 'Their economic dynamism has prompted them to demand political participation' = 'them' = "
          "the unnamed 'new centres of power' of the preceding sentence (uncoded), demanding a say in global "
          "institutions with no named addressee, null-null, not coded"),
 39: ([], "South Africa (2015): 'As the initiator of the Durban Platform for Enhanced Action ... South Africa has a "
          "special interest in and commitment to the success of the Paris session' = an agent noun for a past "
          "initiative (COP17) and the UNFCCC negotiations among all parties (uncoded), plus an abstract commitment "
          "to a conference's success with no counterpart; not coded (borderline a nominal 036 ZAF/GOV for the "
          "initiative)"),
 40: ([], "Iran (2000): 'particular attention needs to be focused on cooperation in the field of transnational "
          "organized crime and drug trafficking' = an agentless deontic over a cooperation noun with no named "
          "parties; the crimes' providing income to terrorist organizations has no coded actors"),
 41: ([("looks forward", "036", "NRU/GOV", N, False, F, N, False)],
      "Nauru (2010); 'Nauru looks forward to participating in this important discussion' (the UN's process of "
      "reflection and reform, preceding sentence) = an intent to take part in a UN process -> 036 future with no "
      "target (held-out 32/33; held-out 55 row 30: 'hopes to work in the context of the open-ended working group' "
      "036 future null; guideline: 'look forward to' + a meeting); borderline not coded as a position on UN "
      "reform; the UN's continuing role is the purpose"),
 42: ([("Lebanon supports", "051", "LBN/GOV", "org:UN", False, A, N, False)],
      "Lebanon (2004); 'Lebanon supports the United Nations because of its universal views on humanity' = "
      "expressed support for the Organization -> 051 to org:UN (guideline: 'express support' 051; held-out 44/45: "
      "supporting the Secretary-General or a UN plan 051 to org:UN); borderline not coded as an abstract attitude"),
 43: ([], "Moldova (1995): 'At present such cooperation is becoming increasingly diversified' = 'such cooperation' "
          "= the cooperation between the UN and the OSCE, the LAS and the OIC named in the preceding sentence, an "
          "anaphoric noun without an agent in the sentence (held-out 54 row 45: an anaphoric noun not coded), not "
          "coded (borderline a nominal 050 org:UN -> each organisation, as held-out 10/11's cooperation nouns)"),
 44: ([], "Colombia (2001): 'There is no pretext for attacking defenceless civilians' = a norm about unnamed "
          "attackers, no act"),
 45: ([("are negotiating", "046", "JOR/GOV", "ISR/GOV", False, A, N, False)],
      "Jordan (1992); 'while the parties to the conflict are negotiating on the basis of international legality' = "
      "the Madrid-process talks, the parties plain from the preceding sentence ('while we are engaged in direct "
      "peace negotiations with Israel'; guideline: a participant from the context) -> 046, symmetric, from the "
      "speech's own government to Israel (held-out 54 row 20); the other Arab parties are not named in the "
      "sentence or the preceding text, dropped; 'Israel continues its illegal practices, especially the building "
      "of new settlements and the beefing up of existing ones' = settlement building, which has no specific CAMEO "
      "code (held-out 29 row 18, 44 row 5: building settlements not coded; borderline 192 ISR/GOV -> PSE), and "
      "'illegal practices' an evaluation"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([("convey to you my warmest congratulations", "051", "KHM/GOV", "org:UNGA", False, A, N, False)],
      "Cambodia (1991); the speaker is Prince Sihanouk for the Supreme National Council, Cambodia's sovereign "
      "authority in 1991 -> KHM/GOV; congratulating the President of the Assembly (Samir Shihabi, on his election, "
      "preceding sentences) -> 051 to org:UNGA (held-out 44/45: commending the Assembly President's election 051 to "
      "org:UNGA; held-out 6: 'congratulated' 051), performative -> asserted"),
 47: ([], "Uruguay (1998): 'the cold war was bloody and fierce in Latin America' = an evaluation of an era, no named "
          "actors"),
 48: ([], "Saint Kitts and Nevis (2019): 'Two years ago ... the Prime Minister of Dominica, Mr. Roosevelt Skerrit, was "
          "at this rostrum ..., dispirited but dignified' = speaking at the Assembly (01x), no act between actors"),
 49: ([("We salute the efforts", "051", "MOZ/GOV", "COM/CVL", False, A, N, False),
       ("We salute the efforts", "051", "MOZ/GOV", "LSO/CVL", False, A, N, False)],
      "Mozambique (2002); 'We salute the efforts made by the peoples of those countries to make Africa a continent of "
      "hope' = praise (guideline: praise -> 051; held-out 52/53: 'pay tribute to' 051), 'those countries' = the "
      "Comoros and Lesotho of the preceding sentence (guideline: a participant from the context), their peoples -> "
      "CVL (held-out 42/43: a people -> CVL), one event per people (guideline: compound split)"),
 50: ([], "Uzbekistan (1994): the number of political parties and social movements operating under the laws 'is "
          "gradually increasing' = domestic, no act"),
 51: ([], "Netherlands (2012): 'Governments carry the responsibility for observing their international human rights "
          "obligations' = a general norm for all governments (uncoded), no act"),
 52: ([("will continue to act against it", "190", "ISR/GOV", "IRN/GOV", False, F, N, False)],
      "Israel (Netanyahu, 2018); 'We will continue to act against it in Syria' = 'it' = 'Iran's aggression' of the "
      "preceding sentence (guideline: a participant from the context); acting against Iran's military presence in "
      "Syria = Israel's military operations there, stated as continuing -> a conflictual future act keeps its code "
      "(guideline: future), unspecified military force -> 190 future (borderline 170 unspecified coercion, or 138 "
      "as a statement of resolve), against the Iranian Government named as the aggressor ('the tyrants of Tehran' "
      "earlier in the paragraph) -> IRN/GOV (borderline IRN/MIL); Syria is the place"),
 53: ([], "Yemen (1990): 'the crisis in the Gulf erupted' = an agentless event noun (Iraq's invasion of Kuwait is not "
          "named in the sentence or the preceding text), not coded; the establishment of the unified State of Yemen "
          "is domestic"),
 54: ([], "Egypt (2000): a rhetorical question about paying attention to civil and political rights while ignoring "
          "economic rights = an abstract position with no named actors"),
 55: ([("have highlighted", "051", N, "org:UN", False, A, N, False)],
      "Andorra (2016); 'Many speakers have highlighted his career and his wise decisions over the last decade' = "
      "praise of Secretary-General Ban Ki-moon (preceding sentence) -> 051 to org:UN (held-out 55 row 31: "
      "commending the Secretary-General 051 to org:UN), by 'many speakers', an uncoded collective -> source null "
      "(held-out 50/51: 'has already received credit' 051 with no source; held-out 54 row 24); borderline not coded "
      "as a statement (01x)"),
 56: ([("I call\nfor its early entry into force", "102", "LTU/GOV", N, False, A, N, False)],
      "Lithuania (2000); 'I call for its early entry into force' = a request (guideline: call for -> 10x) with no "
      "named addressee -> target null, Y = bringing the Optional Protocol to CEDAW into force by ratification -> "
      "demand diplomatic cooperation 102 (held-out 45 row 0: 'We call for an early entry into force of the CTBT' 102 "
      "null); 'Being a signatory State' describes Lithuania's status, not a signing reported here (borderline 057 "
      "LTU/GOV with no target)"),
 57: ([], "Antigua and Barbuda (2004): 'my country ... is a veritable United Nations in microcosm' = a description, "
          "no act"),
 58: ([], "Kenya (2009): 'This devastation is the result primarily of climate change' = no actor"),
 59: ([], "Botswana (2006): 'Your election is a demonstration of the trust and confidence placed in you and your "
          "country, the Kingdom of Bahrain, by the international community' = the election of the President of the "
          "Assembly (an internal UN act) and the trust of an uncoded collective, a sentiment; the congratulation "
          "lies in the preceding sentence; not coded"),
}
