"""Hand annotations for the HUNDRED-AND-SIXTY-FIRST held-out event gold set (source of events-heldout161.jsonl).

Keyed by the row index of selection-heldout161.jsonl (output of select_bulk_sentence_heldout.py 161; all rows come
from bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it. Another sentence of each speech was annotated for an earlier
set; that annotation was not consulted and is irrelevant here.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout161.jsonl \\
        --annotations annotations_heldout161 --output events-heldout161.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019: neg
 0: ([], "Chile (2017): 'we see a citizenry that has grown impatient with institutions whose legitimacy has been called "
         "into question by corruption, inequality and inefficiency' = a description of public mood in democracies in "
         "general, no named actor and no act between actors; 'as never before' bears on the spread of democracy"),
 1: ([], "Kenya (2003): 'we do not have the option of ignoring the threat of terror' = the threat as a risk "
         "(guideline: figurative threats not coded), the terrorists unnamed in the sentence; 'do not have the option "
         "of ignoring' is no negated event; 'know this all too well' is a statement"),
 2: ([], "Ireland (1993): 'our Organization today must meet challenges of a kind that it has not had to cope with in "
         "the past' = a deontic about the United Nations' tasks, no codable behaviour ('meet challenges' is not an "
         "act towards an actor); 'has not had to cope with' negates a situation, not an event; the 'regional disputes' "
         "name no party"),
 3: ([], "Russian Federation (2013): 'there is an urgent need to agree upon collective responses to the key issues of "
         "today' = an impersonal need whose agents are all states (held-out 42/43: 'we' meaning all states, not coded), "
         "no named party (borderline a demanded 057 null -> null); 'as never before' bears on the urgency"),
 4: ([], "Cameroon (2018): 'honouring official development assistance commitments alone will not make it possible to "
         "meet all the funding needs' = aid between uncoded collectives (donors, developing countries), a generalisation "
         "about financing (held-out 54-61: acts between uncoded collectives left uncoded; borderline a nominal 071 null "
         "-> null); 'we should not deceive ourselves' is no act"),
 5: ([], "Mali (1991): 'The United Nations Programme of Action for African Economic Recovery, 1986-1990 ... did not, "
         "unfortunately, meet the legitimate concerns of the people and leaders of African countries' = 'meet' means "
         "satisfy; an evaluation of a programme's results, not a negated meeting or aid act (borderline a negated 070 "
         "org:UN -> null); 'had raised great hopes' is no act"),
 6: ([], "Sierra Leone (1999): 'the continuing decline in the levels of development assistance has not helped the African "
         "situation' = a falling-ODA trend between uncoded collectives (the donors unnamed, the recipients Africa as a "
         "whole), left uncoded as in the 145th set (borderline a nominal 162 with no source and no target, or to "
         "SLE/GOV as set 129's 'decline in bilateral assistance'); 'has not helped' negates an effect, not an event"),
 7: ([], "El Salvador (2009): 'We therefore hope that we will act ... at the Copenhagen conference to achieve a new "
         "agreement' = an optative hope whose 'we' means all states at the climate conference (held-out 42/43), no "
         "named counterpart (borderline a future 057 with no target); 'ensure that States do not put their own "
         "interests before' is a purpose about states in general, no negated event"),
 # --- UNGDC 1990-2019: reported
 8: ([("contributing", "046", "PRT/GOV", N, False, A, N, False)],
     "Portugal (1997); 'Portugal is contributing ... to this new cycle of negotiations aimed at achieving a just ... "
     "solution for East Timor' = Portugal's part, as a party, in the tripartite negotiations under the Secretary-"
     "General's auspices (preceding sentence) -> negotiate 046 (guideline), asserted; the other party (Indonesia) is "
     "never named in the speech -> target null (held-out 123: a negotiation whose counterpart the speech never names; "
     "borderline IDN/GOV from outside knowledge, org:UN as the auspices, or 030 for 'contributing'); 'according to the "
     "terms of the Charter and the relevant resolutions' = in accordance with, not attribution (guideline)"),
 9: ([("would provide", "0333", "GBR/GOV", "SYR/CVL", False, A, N, False)],
     "United Kingdom (2013); 'I announced that the United Kingdom would provide a further "
     "$160 million of humanitarian support for the Syrian people' = an announced contribution, coded as an asserted "
     "pledge (held-out 149: Canada's 'announced that it would make an additional contribution' 0331 asserted; held-out "
     "153: Korea's announced contribution 0331 asserted) -> humanitarian aid intent 0333 to the Syrian people SYR/CVL "
     "(borderline a future 073); the speaker's own past announcement -> reported_by null (guideline); the running "
     "total ('bringing total United Kingdom funding to $800 million') and 'our biggest-ever response' are not coded "
     "separately (held-out 149), nor the children helped (a purpose)"),
 10: ([], "Cameroon (2012): 'the discussions have not always been followed by action' = the discussions of the G-20 and "
          "the WTO on the global economy, stated in the sentence before; this sentence only evaluates their follow-up, "
          "'action' is unspecified and has no party (borderline a nominal 040 from org:G20 with no target, or a negated "
          "070 null -> null); 'it has to be said' is the speaker's own statement; the quoted text is the President's own "
          "speech"),
 11: ([("has cooperated", "0862", "IRQ/GOV", "org:UN", False, A, N, False)],
      "Iraq (1993); 'Iraq has cooperated objectively with all the inspection teams and missions dispatched by the United "
      "Nations' = cooperation with the UNSCOM/IAEA weapons inspectors -> receive inspectors 0862 (held-out 38/39: "
      "agreeing to the return of inspectors 0862; PETRARCH: AGREE TO INSPECTION 0862; borderline 050), to org:UN, the "
      "dispatcher named; 'dispatched by the United Nations' = a participle describing the teams, not coded separately "
      "(borderline a 093 investigation org:UN -> IRQ/GOV); 'to fulfil its obligations according to the resolutions of "
      "the Security Council' is compliance and 'according to' is not attribution (guideline); 'regardless of how "
      "unjust ... those resolutions are' is an evaluation without a behaviour verb (guideline; borderline 111 -> "
      "org:UNSC)"),
 # --- UNGDC 1990-2019: future
 12: ([], "Kazakhstan (2016): 'We are closely following the deliberations of the Security Council on the selection of a "
          "new Secretary-General and hope that this individual will meet the highest expectations' = observation of the "
          "Council's internal deliberations and an optative hope (held-out 7: hopes about another actor's act not "
          "coded); borderline a nominal 040 within org:UNSC"),
 13: ([("defiance", "128", "ISR/GOV", N, False, A, N, True)],
      "Syria (2009); 'In full view of the world and in defiance of its unanimous will, Israel has chosen to be a "
      "rejectionist State' = 'defiance' is an event noun with its agent in the sentence -> defy norms 128, nominal "
      "(held-out 141: 'open defiance of the Court' nominal 128; held-out 146: 'In total disregard of United Nations "
      "resolutions' nominal 128), the world's 'unanimous will' an uncoded collective -> target null (borderline "
      "org:UN, or uncoded as a manner phrase); 'has chosen to be a rejectionist State' is an evaluative label without "
      "a behaviour verb (guideline; set 124's 'recalcitrance' uncoded), not coded (borderline a 120 ISR/GOV with no "
      "target)"),
 14: ([], "Grenada (2010): 'Continued failure to meaningfully reform the Security Council will deny that body the "
          "political legitimacy' = a UN reform position (held-out 52/53, 54-61), the failure agentless; 'deny ... "
          "legitimacy' is an effect, not an act"),
 # --- UNGDC 1990-2019: demand
 15: ([("express gratitude", "051", "SLE/GOV", "org:UNGA", False, A, N, False)],
      "Sierra Leone (1998); 'We must also express gratitude to his predecessor, Mr. Udovenko of Ukraine, for a job well "
      "done' = thanks to the outgoing President of the General Assembly -> 051 to org:UNGA (held-out 30/31: appreciation "
      "of an outgoing PGA org:UNGA; borderline UKR/GOV); 'We must also express' is performative, the speaker thanking "
      "by saying so -> asserted (borderline demanded)"),
 16: ([], "Guinea-Bissau (2004): 'International trade must be better regulated, just as globalization ... must be better "
          "controlled' = agentless deontics about the world economy, no actor and no codable behaviour"),
 17: ([], "Nicaragua (2015): 'we must bring about the necessary changes so that the Organization can serve the interests "
          "of all its Members' = UN reform with 'we' meaning all Members (held-out 42/43, 52/53), not coded"),
 18: ([("thank", "051", "GNB/GOV", "org:CPLP", False, A, N, False),
       ("solidarity", "051", "org:CPLP", "GNB/GOV", False, A, N, True)],
      "Guinea-Bissau (2009); 'I should like to thank the brothers of the CPLP countries for their continued commitment "
      "and solidarity' = thanks -> 051 (guideline), 'would like to' performative -> asserted, to the Community of "
      "Portuguese-speaking Countries -> org:CPLP (an earlier set's code; borderline one 051 per member, but the speech "
      "names none); the solidarity thanked for takes its agent from the thanks (held-out 28/29: thanks 'for the "
      "ongoing support'; held-out 139: solidarity a 051) -> nominal 051 org:CPLP -> GNB/GOV, with 'commitment' folded "
      "in (borderline uncoded as a sentiment, or a nominal 030 for the commitment)"),
 19: ([("allow aid to reach", "0863", N, "SYR/CVL", False, D, N, False)],
      "European Union (2018); 'All parties must respect international humanitarian law, ensure the protection of "
      "civilians and allow aid to reach those in need' = a deontic with no request verb (guideline: demanded); the "
      "parties to the Syrian war are never named in the speech -> source null; 'allow aid to reach those in need' -> "
      "allow humanitarian delivery 0863 demanded, 'those in need' = the suffering Syrian people of the sentences before "
      "-> SYR/CVL (borderline uncoded as null -> null, or SYR/GOV and SYR/REB as sources); respecting IHL is compliance "
      "and 'ensure the protection of civilians' no codable behaviour, not coded"),
 20: ([], "Central African Republic (2010): 'We should resolve to prioritize the use of nuclear energy for peaceful "
          "civilian purposes' = a hortative with 'we' meaning all states (held-out 42/43), an abstract policy position"),
 # --- UNGDC 1990-2019: cue
 21: ([("welcomes", "051", "BLR/GOV", "CHE/GOV", False, A, N, False)],
      "Belarus (2002); 'Belarus welcomes the further expansion of the community of nations' = a welcome of the UN's new "
      "membership, the new Member named only in the next sentence ('We welcome the Swiss Confederation to the United "
      "Nations membership'; the speech names no other) -> 051 to CHE/GOV (held-out 116: congratulating Switzerland on "
      "joining the UN 051 to CHE/GOV; held-out 131: a welcome of new Members goes to the one the speech names; "
      "borderline uncoded as a UN admission, or TLS/GOV as well); the admission itself is not coded"),
 22: ([("Astana process", "046", "SYR/GOV", "SYR/REB", False, A, N, True),
       ("cessation of hostilities has been reached", "0871", "SYR/GOV", "SYR/REB", False, A, N, False)],
      "Kazakhstan (2019); 'Thanks to the Astana process, which complements the Geneva talks, a cessation of hostilities "
      "has been reached' = the Astana process is the 'inter-Syrian negotiations' Kazakhstan hosts (sentence before), "
      "a negotiation noun whose parties are plain from the text around it (held-out 48/49: coded) -> nominal 046 from "
      "the Syrian Government to the armed opposition, SYR/GOV -> SYR/REB; the agentless ceasefire takes the same "
      "parties from the sentence before (an earlier set: an agentless 'A peace settlement has been signed' takes its "
      "parties from the sentence before) -> 0871, a participle, not nominal (borderline uncoded as set 122's agentless "
      "Karabakh 'cessation of hostilities'); 'the Geneva talks' are named only by place and their parties are not "
      "given, not coded (borderline a second nominal 046, or SYR/OPP); the hosting lies in the sentence before"),
 23: ([], "Viet Nam (2019): 'Regional organizations could play a critical role in supporting United Nations efforts' = a "
          "hypothetical about uncoded regional organisations in general, an abstract position (borderline a "
          "hypothetical 051 null -> org:UN)"),
 24: ([], "Vanuatu (1991): 'For far too long those words of warning fell on deaf ears' = warnings of unnamed authors about "
          "the dangers of ethnic conflict went unheeded by 'the world' (sentence before), an uncoded collective; the "
          "warning is of a risk, not a threat (held-out 48/49: a warning about harm is not a threat); null -> null, not "
          "coded (borderline a negated 030 with no source and no target, as 'have never heeded' the calls)"),
 25: ([("meeting", "040", "GBR/GOV", "IRQ/GOV", False, A, N, False)],
      "United Kingdom (2003); 'I had the privilege of meeting Dr. Al-Hashimi earlier this year "
      "in London and later in Baghdad' = meetings with a senior member of the Iraqi Governing Council, the interim "
      "governing body of 2003 -> IRQ/GOV; meet -> 040 (guideline), the gerund with the speaker as agent -> not nominal; "
      "the two meetings, same code and pair, coded once (borderline two 040s, or a 042 visit to IRQ for the Baghdad "
      "meeting); 'I was struck by her courage and her dedication to the Iraqi people' is a sentiment, not coded"),
 26: ([("joined in the sponsorship", "1042", "NRU/GOV", "org:UNGA", False, A, N, False),
       ("calling on the General Assembly", "1042", N, "org:UNGA", False, A, N, False)],
      "Nauru (2000); 'Nauru has joined in the sponsorship of a draft resolution calling on the General Assembly to take "
      "up the issue and deal with it under its authority' (HIV/AIDS) = sponsoring a draft resolution is the sponsor's "
      "own request to the Assembly (held-out 133: sponsoring resolution 50/245 a 1042 to org:UNGA) -> 1042 NRU/GOV -> "
      "org:UNGA; the draft's 'calling on' stands for its other, unnamed sponsors (held-out 126: Costa Rica's draft on "
      "cloning a 1042 to org:UNGA, its sponsors a 1042 with no source) -> a second 1042 with no source (borderline one "
      "event only, or generic 100 since Y is taking up an issue)"),
 27: ([], "Germany (1993): 'More international solidarity and burden-sharing is called for' = an impersonal statement of "
          "need ('is called for' = is required) with no addressee and no named beneficiary (the affected neighbouring "
          "and target countries of the next sentence are unnamed), not coded (borderline a demanded 070 with no source "
          "to DEU/GOV, which has admitted 350,000 refugees, or a 100 DEU/GOV -> null)"),
 28: ([("I assure him", "030", "MOZ/GOV", "org:UNGA", False, A, N, False)],
      "Mozambique (2014); 'I assure him of the full support and collaboration of the delegation of Mozambique in the "
      "fulfilment of his noble mission' = an assurance to the President of the General Assembly (Kutesa) -> one 030 "
      "(held-out 48/49 and 38/39: assurances of cooperation to the PGA 030 to org:UNGA; an earlier set: an assurance "
      "of 'support and cooperation' is one 030), asserted; borderline 032 as in held-out 76 row 40"),
 29: ([], "Palau (2015): 'The annual report of the MDG Gap Task Force ... highlighted several shortfalls in international "
          "efforts to achieve the MDGs and provided sobering reminders of the need to ... meet long-standing "
          "international commitments' = a UN report's findings (01x statements) about the efforts and commitments of "
          "uncoded collectives, null target; not coded (borderline a 111 org:UN -> null, as an earlier set's 'a report "
          "exposing' 112)"),
 30: ([], "Latvia (2003): 'I am certain that most of us would agree on the need for reconstruction and security regardless "
          "of our opinion about the foreign military presence in these two countries' = a hypothetical agreement of "
          "'most of us', an uncoded collective of states, on a need (not coded); 'the foreign military presence' in "
          "Afghanistan and Iraq is a state noun whose agent the sentence leaves 'foreign' (the US and its allies of the "
          "sentence before), named only as the object of opinions, not coded (borderline a nominal 192, or 074, "
          "USA/MIL -> AFG and -> IRQ)"),
 31: ([("warmly welcome", "051", "ROU/GOV", "org:UN", False, A, N, False)],
      "Romania (2010); 'I would like to warmly welcome the creation of the United Nations Entity for Gender Equality and "
      "the Empowerment of Women as a significant step in United Nations reform' = a welcome (guideline: 051), 'would "
      "like to' performative -> asserted, to org:UN (held-out 123: Georgia's welcome of the creation of the "
      "Peacebuilding Commission 051 to org:UN, a welcome and not a reform position; borderline org:UNGA, which created "
      "UN-Women, org:UNWOMEN, or uncoded as a UN reform position); the creation itself is an internal UN act, not "
      "coded"),
 32: ([("intransigence", "124", "MRT/GOV", "MRT/LEG", False, A, N, True),
       ("prevented Parliament", "172", "MRT/GOV", "MRT/LEG", False, A, N, False)],
      "Mauritania (2008, after the August coup); 'the intransigence of the executive authority, which prevented "
      "Parliament from exercising its constitutional powers' = the ousted President Abdallahi, named by the office he "
      "held at the time (held-out 5: a historic act by a person named by his office is coded to that office's "
      "government) -> MRT/GOV of the time (borderline MRT/OPP, the ousted president as of the speech date); "
      "'intransigence' towards Parliament's demands -> refuse to yield 124, nominal (held-out 128: the rebels' "
      "'intransigence' a nominal 124; borderline uncoded as an evaluation, as set 124's 'recalcitrance'); preventing "
      "Parliament from exercising its powers -> administrative restriction 172 (PETRARCH: PREVENT ... FROM ENTERING 172; "
      "borderline 1721, or PETRARCH's default 120 for PREVENT) to the legislature MRT/LEG; the institutional crisis, "
      "the 'interruption in the work of parliamentary institutions' and 'paralysed the affairs of the State' are "
      "agentless outcomes, and 'threatened' is a risk, not coded"),
 33: ([("cannot fail to welcome", "051", "GAB/GOV", "org:UNGA", False, A, N, False),
       ("recognized", "051", "org:UNGA", N, False, A, N, False)],
      "Gabon (2006); 'I cannot fail to welcome the fact that, in the Political Declaration on HIV/AIDS (resolution "
      "60/262) ... the international community stressed ... and recognized the efforts made by African Governments to "
      "fight the pandemic' = litotes, an asserted welcome, not a negation (an earlier set: 'I would be remiss if I did not' "
      "asserted) -> 051 to the resolution's author org:UNGA (held-out 26/27: welcoming a UN resolution 051 to "
      "org:UNGA); 'the international community ... recognized the efforts', made through the General Assembly's "
      "declaration, stands for org:UNGA (held-out 152: 'the international community has demanded' through a General "
      "Assembly resolution from org:UNGA; borderline no source) -> acknowledging efforts 051 (held-out 8: "
      "acknowledging a government's progress 051), 'African Governments' an uncoded collective -> target null "
      "(borderline GAB/GOV as one of them); 'stressed the special situation' is a 01x statement, and fighting the "
      "pandemic no act between actors; reported_by null, the declaration being described, not quoted"),
 34: ([("welcome", "051", "MRT/GOV", "org:UNSC", False, A, N, False),
       ("lifting", "085", "org:UNSC", "LBY", False, A, N, True),
       ("sanctions", "163", "org:UNSC", "LBY", False, A, N, True)],
      "Mauritania (2003); 'We also welcome the lifting of sanctions against Libya by the Security Council' -> 051 to the "
      "agent of the welcomed act, org:UNSC (held-out 36/37: welcoming a release codes the release too); the lifting -> "
      "ease sanctions 085 (guideline), nominal, org:UNSC -> bare LBY (held-out 129: removing sanctions against South "
      "Africa 085 to bare ZAF; borderline LBY/GOV, the Lockerbie sanctions targeting the Government); the sanctions "
      "lifted -> a nominal 163 with the same pair (held-out 115: removing a blockade gives the 085 plus the blockade as "
      "a nominal 163; borderline not coded separately); the Lockerbie solution lies in the sentence before"),
 35: ([("operations are active", "074", "org:UN", N, False, A, N, False)],
      "Republic of Korea (1993); 'In response to increasing demands, 17 United Nations peace-keeping operations are "
      "active in different parts of the world' = UN peacekeeping under way -> 074 asserted (held-out 98-101: a UN "
      "mission's presence is a nominal 074), from org:UN, the host countries unnamed ('different parts of the world') -> "
      "target null (borderline uncoded as a description of the UN's workload); 'increasing demands' have no named "
      "author or addressee, not coded"),
 36: ([("We agree with", "051", "BHR/GOV", "org:UN", False, A, N, False)],
      "Bahrain (1990); 'We agree with the statement in the Secretary-General's report that the world is in dire need of "
      "\"a coherent strategy of peace\"' = endorsement of the Secretary-General's view -> 051 to org:UN (held-out 122: "
      "'We agree with the findings of the High-level Panel' 051 to org:UN; held-out 10/11: 'I agree with Merkel that' "
      "051; borderline an uncoded evaluation); the quoted report's content is no act between actors"),
 37: ([("Negotiations", "046", "CIV/GOV", N, False, A, N, True)],
      "Cote d'Ivoire (2011); 'Negotiations are also under way with our Western partners to ensure that Cote d'Ivoire "
      "becomes a bulwark of regional defence and security in the fight against terrorism' = a negotiation noun, 'our' "
      "making the speaker's government a party -> nominal 046 asserted (held-out 137: 'discussions are now under way' "
      "a nominal 046); the 'Western partners' are never named in the speech -> target null (borderline FRA/GOV from "
      "outside knowledge, or 062 for the defence cooperation sought)"),
 38: ([("support United Nations efforts", "051", N, "org:UN", False, D, N, False),
       ("support its humanitarian and relief efforts", "070", N, "org:UN", False, D, N, False)],
      "Qatar (2019); 'Until Yemenis implement the solutions they have reached without foreign intervention, there is "
      "nothing to be done but support United Nations efforts to end the war and support its humanitarian and relief "
      "efforts' = an impersonal deontic with no request verb (held-out 48/49: 'it has become imperative to continue to "
      "support' the Secretary-General a demanded 051 with no source) -> demanded 051 null -> org:UN for the political "
      "efforts and a demanded 070 null -> org:UN for the humanitarian and relief efforts, which call for material "
      "support (borderline one 051, or source QAT/GOV); the UN's 'efforts to end the war' are folded into the support "
      "(borderline a nominal 045 org:UN -> bare YEM); the solutions reached by unnamed Yemeni parties are agreements "
      "among unnamed domestic parties (held-out 121: left uncoded), their implementation conditional compliance, and "
      "'without foreign intervention' a manner phrase, not a negated event"),
 39: ([], "Republic of Korea (2002): 'at the moment, the Agreed Framework has reached a critical juncture' = a state of "
          "the 1994 US-DPRK agreement, named only as a document with no act in the sentence (borderline a nominal 057 "
          "USA/GOV -> PRK/GOV)"),
 40: ([("I call for", "100", "NZL/GOV", N, False, A, N, False)],
      "New Zealand (2009); 'it is collective action that I call for today' = a request (guideline: call for -> 10x) "
      "with no addressee named (all countries) -> target null (held-out 77 row 8: a call with no addressee coded with "
      "target null; held-out 151: 'We urge Member States to work to meet these goals' 100 with no target), Y = "
      "collective action on agricultural emissions research, no specific behaviour -> generic 100 (borderline 101 for "
      "the research and investment cooperation of the proposed alliance, or uncoded as a call with no addressee)"),
 41: ([("condemning", "111", "IRN/GOV", "IRQ/GOV", False, A, N, False),
       ("occupation", "192", "IRQ/GOV", "KWT", False, A, N, True),
       ("rejecting", "120", "IRN/GOV", "IRQ/GOV", False, A, N, False)],
      "Iran (1990); 'condemning the occupation of Kuwait by Iraq' -> 111 (guideline) IRN/GOV -> IRQ/GOV, and the "
      "occupation -> nominal 192 (guideline) IRQ/GOV -> bare KWT (the country as a whole); 'rejecting any alteration in "
      "the region's geography' = a performative non-acceptance of the annexation of Kuwait -> 120 to IRQ/GOV (held-out "
      "77 row 4: Jordan's 'nor does it support or recognize any ... changes resulting from war' 120 to IRQ/GOV); the "
      "alteration is the same annexation, not coded separately (borderline a hypothetical nominal 192); 'considers the "
      "long-term presence of foreign military forces in the area to be detrimental' = an evaluation without a behaviour "
      "verb, the foreign forces unnamed in the speech, not coded (borderline a 110 to USA/GOV, or a nominal 154 with no "
      "source)"),
 42: ([], "Israel (1991): the end of the Israeli speaker's own quoted appeal to the Arab leaders, 'For they were born not "
          "for war, to be killed, but to live' = the children's purpose in life, generic; no actor, and the negation "
          "bears on the purpose, not on an event"),
 # --- UNGDC 1990-2019: nocue
 43: ([("warmly congratulate", "051", "KHM/GOV", "org:UNGA", False, A, N, False)],
      "Cambodia (2008); 'I wish to warmly congratulate His Excellency Mr. Miguel d'Escoto Brockmann ... on his election "
      "as President of the General Assembly' = a performative congratulation -> 051 asserted to org:UNGA (held-out "
      "48/49: commending the Assembly President's election 051 to org:UNGA); the election is agentless"),
 44: ([], "Colombia (2010): the sentence starts at 'America and the Caribbean' (the splitter cut after 'When the twenty-"
          "first century began, Latin'); their 'march towards integration into the global economy' = a description of "
          "a region's economic path, no act between actors"),
 45: ([("express my profound joy", "051", "LSO/GOV", "SSD/GOV", False, A, N, False)],
      "Lesotho (2011); 'I also wish to express my profound joy at witnessing the Republic of South Sudan join the ranks of "
      "the Members of the United Nations' = a welcome of the new Member (held-out 116: 'is delighted at' 051; "
      "congratulating Switzerland on joining the UN 051 to CHE/GOV, the joining not coded; held-out 142: 'We welcome "
      "membership of East Timor' 051 to TLS/GOV) -> 051 to SSD/GOV, 'wish to' performative -> asserted (borderline "
      "uncoded as a UN admission, or an uncoded sentiment); the admission itself is not coded"),
 46: ([], "Colombia (2000): 'Once our entry is approved by the General Assembly, we will assume this responsibility as of 1 "
          "January' = Colombia's election to the Security Council, a UN membership position (held-out 54-61: admissions "
          "and membership positions uncoded; borderline a hypothetical 051 org:UNGA -> COL/GOV)"),
 47: ([], "Nauru (2014): 'God bless the Republic of Nauru and God bless the United Nations' = well-wishing (held-out 7), "
          "not coded"),
 48: ([], "Solomon Islands (2013): 'We hope that will improve the efficiency and effectiveness of the Government's computer "
          "machinery' = a hope about a domestic network, no act between actors"),
 49: ([], "Djibouti (2009): 'things have been changing for the better in much of Africa, but the current disastrous "
          "international economic crisis was not of our making' = descriptions; 'not of our making' denies "
          "responsibility for a crisis, no act between actors"),
 50: ([], "Thailand (1995): 'such a focal point need not supersede or subsume existing reform mechanisms' = a UN reform "
          "position (held-out 52/53, 54-61), not coded"),
 51: ([], "Finland (1991): 'forests absorb carbon dioxide' = a fact of nature, no actor"),
 52: ([], "India (2004): 'the single most defining characteristic of our contemporary world is the global, transnational "
          "character of the challenges we confront' = a description, no act"),
 53: ([], "The former Yugoslav Republic of Macedonia (2007): 'The United Nations Global Counter-Terrorism Strategy and its "
          "Plan of Action, adopted last year, provide an excellent framework for our individual and joint actions' = an "
          "evaluation of a UN document (held-out 116: 'views as historic the decision' an evaluation), its adoption "
          "agentless and internal to the UN (borderline a 051 MKD/GOV -> org:UNGA as praise)"),
 54: ([], "Sao Tome and Principe (2010): 'that is a significant reason for concern' = concern about transnational crime, "
          "piracy and drug trafficking (01x, not coded), no named actor"),
 55: ([], "Mauritania (2014): African Governments' agricultural policies that 'have achieved their objectives' and made some "
          "African countries self-sufficient = domestic policies of unnamed countries, no act between actors"),
 56: ([], "Brunei Darussalam (1999): 'the need to work together as neighbours and partners, to appreciate each other's "
          "concerns and to do what we can to help each other' = a lesson of the Asian economic crisis for the South-East "
          "Asian states as a whole, an uncoded collective acting among itself (held-out 42/43: 'we' meaning all states "
          "of a group; borderline a demanded 050 with no source and no target, or org:ASEAN)"),
}
