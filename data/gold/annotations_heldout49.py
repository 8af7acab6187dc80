"""Hand annotations for the FORTY-NINTH held-out event gold set (source of events-heldout49.jsonl).

Keyed by the row index of selection-heldout49.jsonl (output of select_bulk_heldout.py 49; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout49.jsonl \
        --annotations annotations_heldout49 --output events-heldout49.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("Indian\noccupation", "192", "IND/MIL", "IND/CVL", False, A, N, True)],
     "Pakistan (2002); 'Such elections, under Indian occupation, will not help peace' = 'Indian occupation' is an "
     "occupation noun with its agent named by the adjective -> nominal 192 (guideline: occupy 192; held-out 22/23: "
     "'Israeli-occupied Golan' nominal 192), a military act -> IND/MIL and the Kashmiris -> IND/CVL (held-out 9 row "
     "55: 'Indian occupation' 192 IND/MIL -> IND/CVL; held-out 40/41), ongoing -> asserted; 'will not help peace' "
     "negates an effect, not an event; 'Such elections' (India's planned elections in Kashmir, preceding sentence) "
     "are a domestic act with no counterpart; the rigging claim lies in the preceding sentence"),
 1: ([], "Barbados (2015): 'International cooperation has not ... solved many international ... problems, nor has it "
         "everywhere encouraged respect for human rights' = an abstract process as subject, no actor; 'has not' "
         "negates no event between actors"),
 2: ([("They have never met", "040", "TKL/CVL", N, True, A, N, False)],
     "New Zealand (2019); 'They' = the children of Tokelau (preceding sentence: 'Tokelau ... where the children "
     "speak knowledgeably about climate change'; guideline: a participant from the context) -> TKL/CVL (ISO "
     "alpha-3 has TKL; held-out 6: Hong Kong residents HKG/CVL; borderline NZL/CVL, Tokelau being a New Zealand "
     "territory); 'have never met the world leaders represented here' = plain negation of a meeting verb -> negated "
     "040 (guideline: 'never met'), the world leaders an uncoded collective -> target null; 'nor have those leaders "
     "met them' = the same symmetric (non-)meeting, coded once (guideline: a repeated mention; a symmetric meeting "
     "coded once); borderline not coded at all, children and a gathering of leaders being no political counterpart; "
     "'their expectations ... are high' is an attitude"),
 3: ([], "China (1996): 'Developed countries have failed to live up to their pledges under Agenda 21 in terms of funding "
         "and technology transfer, yet they demand that developing countries accept obligations ...' = unfulfilled "
         "aid pledges and a demand between two uncoded collectives, null-null, not coded (held-out 46 row 6: "
         "unfulfilled commitments of the industrialized countries toward the developing countries not coded; "
         "borderline a negated 0331 and a 100, both null -> null)"),
 4: ([("support previous statements", "051", "VUT/GOV", N, False, A, N, False),
      ("encourage countries", "102", "VUT/GOV", N, False, A, N, False)],
     "Vanuatu (2003); 'We support previous statements by representatives of the island States of the Pacific' = "
     "endorsement of others' statements -> 051 (held-out 46 row 32: 'we accept the validity of the arguments' 051; "
     "held-out 10/11: 'I agree with Merkel' 051), the Pacific island States an uncoded group whose members the "
     "sentence does not name -> target null (held-out 14/15: thanks that include a group without a code); 'we "
     "continue to encourage countries that have not yet done so to ratify the Kyoto Protocol' = a request "
     "(earlier sets: encourage -> 10x) to an uncoded class -> target null (held-out 47 row 2: urging 'those Member "
     "States that have not done so' to join agreements 102), Y = ratifying a treaty -> demand policy support 102 "
     "(held-out 45 row 0, 46 row 49), habitual ('continue to') -> asserted, Y not coded separately; 'have not yet "
     "done so' = a negated 057 of an uncoded class, null-null, not coded"),
 5: ([("urge all other countries", "100", "NOR/GOV", N, False, A, N, False)],
     "Norway (2019); the sentence holds '2020.1 urge', an extraction artefact for '2020. I urge'; 'I urge all other "
     "countries to do the same' = a request (guideline: urge -> 10x) to an uncoded class -> target null, Y = "
     "strengthening their nationally determined contributions, a domestic climate policy with no specific "
     "sub-code -> generic 100 (borderline 102), Y not coded separately; 'Norway will strengthen its nationally "
     "determined contribution by 2020' = a future domestic policy commitment under the Paris Agreement with no "
     "counterpart, not coded (borderline 030 future NOR/GOV -> null); 'We must all do our part' = 'we' meaning all "
     "states (held-out 42/43), not coded"),
 6: ([("notes with regret", "110", "SLB/GOV", "org:UN", False, A, N, False)],
     "Solomon Islands (2006); 'notes with regret that the recent five-year review conference of the 2001 Programme "
     "of Action ... did not agree on a final document' = the speaker's disapproval -> 110 (guideline: 'laments', "
     "'disappointed' 110; held-out 6: 'it is regrettable' 110), aimed at the UN review conference on small arms -> "
     "org:UN (borderline target null, the conference's participants being the Member States, an uncoded "
     "collective); the conference's failure to agree = an internal outcome of a UN meeting of all states, null-null "
     "or org:UN -> org:UN, not coded (held-out 36 row 51: an adoption by the Assembly is its internal vote; "
     "borderline a negated 057 with no source or target)"),
 7: ([], "Serbia (2013): 'Serbia has never posed a threat to any country' = 'posed a threat' in the sense of being a "
         "risk to others (guideline: 'threat to all of us' = risk, not coded), not a threatening act; 'any country' "
         "is no named target (borderline a negated 130 SRB/GOV -> null); the preceding sentence's 'Never ... has "
         "Serbia fought a war of aggression' lies outside the sentence"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("repudiated its obligations", "128", "USA/GOV", "org:UNSC", False, A, N, False),
      ("demanding", "100", "USA/GOV", N, False, A, N, False)],
     "Russia (2019); capital metonym Washington -> USA/GOV (guideline); 'has Washington repudiated its obligations "
     "under the resolution' = the US withdrawal from the JCPOA endorsed by Security Council resolution 2231 "
     "(preceding sentence) = open defiance of a Council decision -> defy norms, law 128 (held-out 34/35: 'flouting "
     "of the resolutions' 128; held-out 44 row 43: a violation of resolutions 128 to org:UNSC), to org:UNSC "
     "(borderline IRN/GOV, the deal's other party, or a 12x rejection); 'it has started demanding that everyone else "
     "also play by the United States' rules and sabotage its implementation' = a request (guideline: demand -> 10x) "
     "to an uncoded collective ('everyone else') -> target null, Y = not implementing the resolution, no specific "
     "sub-code -> generic 100, Y not coded separately; 'Not only' is no negation"),
 9: ([("involvement", "050", "SDN/GOV", "org:EU", False, A, N, True)],
     "Sudan (2017); 'Those efforts' = the Government's efforts against human trafficking and illicit migration "
     "(preceding sentences: 'My Government has spared no effort'; guideline: a participant from the context) -> "
     "SDN/GOV; 'effective and active involvement in the European Union-Horn of Africa Migration Route Initiative "
     "— the Khartoum Process' = realised participation in a cooperation framework with the EU -> nominal 050 "
     "(held-out 34/35: partnerships 050; held-out 10/11: cooperation nouns nominal 050), to org:EU (borderline 062 "
     "security cooperation, or not coded as participation in an initiative, held-out 7); Khartoum is part of the "
     "process's name, not a metonym; 'other cooperation frameworks' name no partner"),
 10: ([], "Belgium (2015): 'The Minsk agreements must be fully implemented by all the parties' = a deontic whose Y is "
          "compliance with an agreement (guideline: 'comply with obligations' is no codable Y), the parties not named "
          "(borderline demanded 057/030 UKR/GOV and RUS/GOV); Minsk is part of the agreements' name, not a metonym"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("commitments made", "030", "HND/GOV", "CRI/GOV", False, A, N, True),
       ("commitments made", "030", "HND/GOV", "SLV/GOV", False, A, N, True),
       ("commitments made", "030", "HND/GOV", "GTM/GOV", False, A, N, True),
       ("commitments made", "030", "HND/GOV", "NIC/GOV", False, A, N, True)],
      "Honduras (1991); 'commitments made by the Presidents of the five countries of the Esquipulas process' = a "
      "commitment noun with its agents named -> nominal 030 (guideline: an explicit intent stated as a fact is 03x "
      "asserted; held-out 46 row 16: 'our commitment to ratifying' 030), the five Central American presidents -> "
      "their governments (Costa Rica, El Salvador, Guatemala, Honduras, Nicaragua); a joint commitment among several "
      "parties is coded from the document's own government to each other party (held-out 24/25: 'the parties "
      "agreed to meet' 036 from the document's government to each other party; held-out 47 row 3) (borderline 057, "
      "the Esquipulas agreements being signed accords; borderline one 030 per president as source); 'firm abidance "
      "by' the commitments is compliance, no codable act; 'the establishment of democracy' is domestic; 'it can be "
      "said that ... confrontation has given way to understanding and cooperation' = agentless, no speaker "
      "(no reported_by)"),
 12: ([("demand that Iraq", "1055", "FRA/GOV", "IRQ/GOV", False, A, N, False)],
      "France (2002); 'First, we must together reaffirm the need for United Nations inspectors to return and demand "
      "that Iraq comply at last with its obligations under the Security Council decisions' = the first step of the "
      "démarche France advocates (preceding sentence), a hortative 'we must' that performs the speaker's own "
      "request (held-out 32/33: hortative 'we must support the call for' is the speaker's own request, asserted; "
      "borderline modality demanded, or source null for 'we ... together', the Council and the international "
      "community); one request verb with several demands takes the most specific sub-code (held-out 9): the return "
      "of inspectors -> demand that the target allow international involvement 1055 (held-out 38/39: agreeing to the "
      "return of inspectors 0862), to IRQ/GOV; 'reaffirm the need for' is the same request, coded once; Y not coded "
      "separately (guideline)"),
 13: ([("noted with satisfaction", "051", "org:UNSC", "TJK/GOV", False, A, N, False),
       ("noted with satisfaction", "051", "org:UNSC", "TJK/REB", False, A, N, False)],
      "Tajikistan (1994); 'The Security Council and the international community noted with satisfaction the "
      "signing of that document' = the Agreement on a cease-fire signed in Tehran by the Government and the Tajik "
      "opposition (preceding sentence) -> 'satisfaction over the signing' is a welcome to each party (held-out "
      "36/37; guideline: welcome 051), from org:UNSC (the international community an uncoded collective, dropped, "
      "held-out 2), the parties from the context -> TJK/GOV and the armed Tajik opposition of 1994 -> TJK/REB "
      "(held-out 33: the UTO of the 1994-97 talks TJK/REB; borderline TJK/OPP); the speaker relays the Council's act "
      "as a fact -> reported_by null; 'the signing of that document' names no agent in the sentence, not coded "
      "(guideline; borderline nominal 057 TJK/GOV -> TJK/REB); Tehran, a venue, lies in the preceding text"),
 14: ([], "Tajikistan (2005): 'According to estimates, this year debt will ... pose a threat to the macro-economic "
          "stability' = an economic forecast, threat as risk (guideline), no actor; 'According to estimates' has no "
          "named source"),
 # --- UNGDC 1990-2019 random: future
 15: ([("call on the international community", "102", "GIN/GOV", N, False, A, N, False)],
      "Guinea (2000); 'I urgently call on the international community strongly to condemn this aggression' = a "
      "request (guideline) to an uncoded collective -> target null, Y = condemnation -> demand policy support 102 "
      "(borderline generic 100), Y not coded separately; 'this aggression' = the attacks on Guinea by 'the same "
      "people who caused the genocide and mutilations in Liberia and in Sierra Leone' (preceding sentence), an event "
      "noun without its agent in the sentence (guideline: 'this aggression' not coded; borderline nominal 190 "
      "LBR/GOV or SLE/REB -> GIN); 'a plan to destabilize the subregion' is agentless"),
 16: ([], "Liechtenstein (2008): 'Such an agreement [a consensus on financing for development] will require significant "
          "sacrifices and compromises on all sides' = an abstract, hoped-for agreement of uncoded parties"),
 17: ([("new agreement", "057", "SSD/GOV", "SDN/GOV", False, A, N, True)],
      "South Sudan (2012); 'the new agreement with the Sudan' = the agreement signed that day by Presidents Salva "
      "Kiir and Al-Bashir (preceding sentence), an agreement noun naming its parties ('we' and 'the Sudan') -> "
      "nominal 057 (guideline: agreements concluded 057; held-out 28/29: an agreement named after its parties from "
      "the first-named; held-out 38/39: an agreement named by its parties nominal 057), realised -> asserted, from "
      "the speech's government -> SSD/GOV -> SDN/GOV; 'We are hopeful that [it] will lead to the resolution of our "
      "differences' = a hope about a future settlement, optative, not coded (held-out 5: hopes not coded)"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Saint Kitts and Nevis (2017): 'The world must not stand by and allow the evils of climate change to force "
          "Caribbean people to become climate refugees' = a deontic over an uncoded collective, 'force' figurative "
          "(climate change as agent), no codable Y (held-out 6: 'will not stand by' not coded)"),
 19: ([("urge the United Nations", "100", "SWZ/GOV", "org:UN", False, A, N, False)],
      "Swaziland (2015); 'We therefore urge the United Nations to give every country in the world the opportunity "
      "to contribute to the global community' = a request (guideline: urge -> 10x) to org:UN, Y = inclusive "
      "participation of all countries, vague -> generic 100 (borderline 1044, as held-out 9's call for Security "
      "Council seats), Y not coded separately"),
 20: ([], "Italy (1999): 'we must avoid double standards, applying one yardstick to friendly countries and another to "
          "those that are not' = 'we' meaning all states (held-out 42/43), abstract norm, no act"),
 21: ([], "DPRK (2000): the 'common aspiration of the world's peoples' for the twenty-first century = an attitude of an "
          "uncoded collective, no act"),
 22: ([], "Egypt (2015): a theological reflection on choice and divine will, no act between actors"),
 23: ([], "Uganda (2003): 'The international community must accord special priority to the development needs of the "
          "landlocked and least developed countries' = a deontic over an uncoded collective toward an uncoded class, "
          "null-null (held-out 42/43: a collective beneficiary is coded only for a member the sentence names; "
          "borderline demanded 070 null -> null or -> UGA/GOV as Uganda is both); the page number '3' inside the "
          "sentence is an extraction artefact"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "Afghanistan (1995): 'An estimated 30 people are killed by land-mines, and as many as 60 are maimed, every "
          "single day' = global casualty figures, an inanimate instrument as agent and no named victims' country, "
          "not coded (borderline agentless 1823/182 null -> null)"),
 25: ([], "Barbados (2009): the sentence is the fragment 'We meet at a pivotal moment in the history of the' (the "
          "splitter cut before 'United Nations'); 'We meet' = the General Assembly's own session, an internal meeting "
          "of all states (held-out 42/43: 'we' meaning all states), not coded"),
 26: ([], "Togo (2009, quoting its own earlier statement): 'the completion ... of negotiations on a draft comprehensive "
          "convention against international terrorism would be salutary' = a negotiation noun without named parties "
          "(the UN Member States), an evaluation (guideline: event nouns without an agent not coded)"),
 27: ([("cooperation and dialogue", "050", "org:ILO", "org:WTO", False, D, N, True)],
      "Canada (1996); 'an issue where cooperation and dialogue ..., particularly between the ILO and the World Trade "
      "Organization (WTO) ... is required' = a deontic without a request verb ('is required') over a cooperation "
      "noun naming its parties -> nominal 050 demanded (guideline: the demanded rule; held-out 10/11: cooperation "
      "nouns nominal 050; held-out 40/41: direct talks that 'should occur' a demanded nominal 046), symmetric, from "
      "the first-named -> org:ILO -> org:WTO (organisation codes added in held-out 20/21 and 5); 'cooperation and "
      "dialogue' coded once as one cooperative relation (held-out 46 row 38: 'supporting and supplementing' one "
      "act; borderline a second nominal 040); cooperation 'with other international and regional organizations' and "
      "'with non-governmental groups' = uncoded collectives, not coded"),
 28: ([], "Suriname (1994): 'It is legitimate for the international community to regard these problems as a shared "
          "burden and to strive for their peaceful and prompt solution' = an uncoded collective, abstract"),
 29: ([("We welcome the attention", "051", "SVK/GOV", "org:UN", False, A, N, False)],
      "Slovakia (2009); 'We welcome the attention that the Organization has paid to the issue of climate change, as "
      "well as to increasing food security ...' = praise of the UN's work -> 051 to org:UN (guideline: welcome 051; "
      "held-out 45 row 41: welcoming UN initiatives 051 org:UN; held-out 47 row 36), the attention paid to issues "
      "being no act toward an actor"),
 30: ([], "Andorra (2001): 'Their [Israel's and Palestine's] peace, if it is to be reached, cannot be imposed from "
          "without' = a general norm with agentless, hypothetical imposition and no named imposer (the preceding "
          "sentence's international community an uncoded collective); borderline a negated hypothetical 057 "
          "ISR/GOV -> PSE/GOV"),
 31: ([], "Panama (1998): the sentence, cut at a semicolon, lists tasks to neutralize the economic crisis ('the "
          "restoration of trust in the markets; the stabilization of the financial markets; the support of growth') "
          "= agentless, abstract policy goals"),
 32: ([("International Monetary Fund’s support", "070", "org:IMF", N, False, A, N, True)],
      "Dominica (2016); 'the International Monetary Fund's support for disaster recovery' = an aid noun with its agent "
      "named -> nominal 070 (guideline: nominal events; held-out 16/17: org:IMF), ongoing -> asserted, the "
      "recipients (SIDS affected by disasters, preceding sentence) an uncoded class -> target null (borderline 073 "
      "humanitarian or 071 economic aid); the Caribbean Development Bank's Catastrophe Risk Insurance Facility and "
      "the World Bank's Global Facility for Disaster Reduction and Recovery are named programmes, not event nouns "
      "(borderline a nominal 070 org:WB -> null); 'are good starting points' is an evaluation"),
 33: ([], "Togo (2018): 'our priority today is to strengthen international cooperation in peacekeeping operations and in "
          "the fight against terrorism' = an abstract policy priority with no named partner (guideline: abstract "
          "policy positions)"),
 34: ([], "Cyprus (2013): 'this proposal' = the President's package proposal on the return of Famagusta (preceding "
          "paragraph); 'its acceptance would provide a much-needed stimulus' = a hypothetical acceptance whose agent "
          "(Turkey, which the preceding paragraph names) is not in the sentence, an event noun without an agent "
          "(guideline; borderline a hypothetical nominal 081 TUR/GOV -> CYP/GOV); 'the negotiating process' names no "
          "parties; 'the Assembly shares my assessment' is an opinion; the page break inside the sentence is an "
          "extraction artefact"),
 35: ([("stands ready to work with", "030", "MMR/GOV", N, False, A, N, False)],
      "Myanmar (2002); 'Myanmar stands ready to work with the rest of the family of nations to attain those goals' = "
      "'stands ready to' -> 03x asserted (held-out 9), cooperation -> 030, the family of nations an uncoded "
      "collective -> target null (held-out 45 row 14: 030 with no target); 'goals to which we all pledged "
      "ourselves in the historic Millennium Declaration' = 'we' meaning all states (held-out 42/43), not coded"),
 36: ([], "Kazakhstan (2014): 'it is impossible to distinguish lies from truth' in the media space = an evaluation, no "
          "act"),
 37: ([("We also thank them", "051", "IRQ/GOV", N, False, A, N, False),
       ("their continued cooperation", "050", N, "IRQ/GOV", False, A, N, True)],
      "Iraq (2008); 'them' = 'our neighbouring countries' (preceding sentence), an uncoded group whose members the "
      "document does not name (Kuwait appears only as a conference venue) -> thanks 051 with target null "
      "(guideline: thank 051; held-out 14/15: thanks that include a group without a code has target null); 'their "
      "continued cooperation and coordination to support the efforts of the Government and the people of Iraq' = a "
      "cooperation noun whose agent the thanks gives (held-out 24/25: thanks 'for the ongoing support' gives the "
      "support its agent from the thanks) -> nominal 050 with source null (held-out 46 row 29: support from uncoded "
      "donors, source null), to IRQ/GOV (borderline a second 050 -> IRQ/CVL for 'the people of Iraq'); "
      "'coordination' and 'promoting ongoing dialogue' in Iraq's reconciliation are the same cooperation, coded "
      "once"),
 38: ([], "Liechtenstein (2001): a hypothetical curtailment of human rights standards with no actor; 'those who commit "
          "terrorist attacks are out to destroy' values = an unnamed group, figurative destruction of values "
          "(guideline: 'attack on sovereignty')"),
 39: ([], "Liechtenstein (1996): 'the call for a comprehensive and effective reform' of the UN at the fiftieth session = "
          "a request noun without an author in the sentence, about UN reform (held-out 7: UN reform not coded)"),
 40: ([("humanitarian access is being continuously denied", "1623", N, "SYR/CVL", False, A, N, False),
       ("humanitarian access is being continuously denied", "1623", N, "YEM/CVL", False, A, N, False)],
      "Sweden (2018); 'In Syria and Yemen ... humanitarian access is being continuously denied' = hindering "
      "humanitarian access -> 1623 (held-out 7: hindering humanitarian access 1623), an agentless passive -> source "
      "null (guideline; held-out 46 row 41: agentless 'was kidnapped' coded with source null), the populations in "
      "need of the two countries -> SYR/CVL and YEM/CVL, one event each (guideline: compound split), ongoing -> "
      "asserted; 'international humanitarian law blatantly disregarded' = an agentless defiance of law with no named "
      "target, null-null, not coded (borderline 128 null -> null)"),
 41: ([("ready to support", "032", "TUR/GOV", "ISR/GOV", False, A, N, False),
       ("ready to support", "032", "TUR/GOV", "PSE/GOV", False, A, N, False),
       ("to contribute", "036", "TUR/GOV", N, False, A, N, False)],
      "Turkey (2007); 'We stand ready to support in every way possible the parties in the efforts to revive the "
      "peace process' = 'stand ready to' -> 03x asserted (held-out 9; earlier sets: 'more than ready to continue "
      "supporting' 032), support for the parties' efforts -> intent to provide diplomatic cooperation 032, the "
      "parties from the preceding sentences ('the question of Palestine and peace with Israel') -> ISR/GOV and "
      "PSE/GOV, one event each (held-out 8: support aimed at a process goes to its named parties); 'and to contribute "
      "to the prospective international meetings to be convened for this purpose' = intent to take part in meetings "
      "-> 036 asserted (held-out 9: 'stands ready to engage' 036), the meetings' convener and participants not "
      "named -> target null (held-out 32/33: an intent to take part in a process 036 with no target; borderline "
      "to ISR/GOV and PSE/GOV, or not coded); 'to be convened' is agentless"),
 42: ([], "Maldives (2002): the sentence is the fragment 'A fortnight ago, we met in Johannesburg at the' (the splitter "
          "cut before 'World Summit on Sustainable Development'); 'we met' = the world's leaders at a UN summit, 'we' "
          "meaning all states (held-out 42/43), not coded (borderline 040 MDV/GOV -> org:UN); Johannesburg is a "
          "venue"),
 43: ([("I appeal to all those", "103", "NER/GOV", N, False, A, N, False)],
      "Niger (1995); 'I appeal to all those who wish to help Niger ... to kindly lend their support to this "
      "undertaking' = a request (guideline: appeal -> 10x) to an uncoded class of would-be helpers -> target null, "
      "Y = support for the round-table on a special development programme for the north (preceding sentence) -> "
      "demand aid 103 (borderline 102), Y not coded separately; 'who wish to help Niger' is a wish, not coded"),
 44: ([], "Dominican Republic (2003): 'We have the opportunity to meet the expectations of the nations of the world' = "
          "'meet the expectations' is not a meeting; 'we' meaning all states, abstract"),
 45: ([], "Australia (2000): 'At the Millennium Summit the world's leaders highlighted the need for the United Nations to "
          "meet the challenges of the new century' = a statement of an uncoded collective (01x), 'meet the challenges' "
          "not a meeting"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "United States (2003): 'The former regimes of Afghanistan and Iraq knew those alternatives and made their "
          "choices' = the choice between supporting and fighting terror (preceding sentences), no act named; a "
          "presupposed support for terror is not stated (borderline 070 AFG/GOV and IRQ/GOV -> null)"),
 47: ([], "Suriname (2002): 'Suriname has a long tradition ... regarding the involvement of civil society and other "
          "non-State actors in the development of our country and attaches great importance to real partnership "
          "between Government, civil society and non-governmental organizations' = domestic policy stated as a "
          "tradition and an attitude ('attaches great importance'), no act verb (borderline 050 SUR/GOV -> SUR/CVL "
          "and -> SUR/NGO, as held-out 34/35's 'the Government encourages and sustains partnerships'); the page "
          "number '28' inside the sentence is an extraction artefact"),
 48: ([], "United States (2002): 'If all those steps are taken, it will signal a new openness and accountability in "
          "Iraq' = an agentless conditional over the Iraqi regime's steps named in the preceding sentences (release "
          "of Gulf war personnel, return of property, ending illicit trade), none named in this sentence (borderline "
          "hypothetical 0841/0842 IRQ/GOV); 'signal' is a statement"),
 49: ([], "Uzbekistan (2012): 'the document includes the following important provisions' = the content of a position "
          "paper, no act"),
 50: ([], "Jordan (1997): the sentence is the fragment 'Arab city to which Security Council resolution 242 (1967)' (the "
          "splitter cut after 'East Jerusalem is an occupied Palestinian'; the following text: 'applies, as it "
          "applies to all occupied Arab territories'); the occupation lies in the preceding text, and a resolution "
          "applying to a city is no act (held-out 38/39: what only the context outside the sentence holds is not "
          "coded)"),
 51: ([], "Colombia (2005): 'Colombia has always embraced the cause of human rights' = an abstract policy position; "
          "'respect thanks to democratic security' is domestic"),
 52: ([], "Lebanon (2001): 'some of them [the families who lost loved ones on 11 September] were Lebanese, or American of "
          "Lebanese descent' = a description; the condolences lie in the preceding text and are not coded in any "
          "case (held-out 46/47)"),
 53: ([], "Panama (2015): 'Panama recognizes that the exchange of information and intelligence among Governments is "
          "crucial' = an opinion about uncoded parties' cooperation, an abstract policy position (borderline 064 "
          "null -> null)"),
 54: ([("declared", "0356", "EGY/GOV", "ISR/GOV", False, A, N, False),
       ("declared", "0356", "ISR/GOV", "EGY/GOV", False, A, N, False)],
      "Israel (1998); 'they' = 'the late Egyptian President Anwar Sadat and Israel's former Prime Minister Menachem "
      "Begin' (preceding sentence), a historic act coded to the offices held at the time (held-out 5) -> EGY/GOV "
      "and ISR/GOV; 'Twenty-one years ago they declared in Jerusalem, \"No more war\"' (1977) = a joint "
      "renunciation of war between the two states -> express intent to de-escalate military engagement 0356, "
      "asserted (guideline: an explicit intent stated as a fact is 03x asserted), one event per declaring leader to "
      "the other (held-out 20/21: a jointly reaffirmed warning is one 130 per speaker) (borderline a request 1056 "
      "with target null, the preceding sentence calling it 'the call made by two great leaders'); the sentence is "
      "cut inside the quotation; Jerusalem is the venue, not a metonym"),
 55: ([], "Spain (1992): 'we consider particularly important that this Assembly approve by consensus ... the draft "
          "declaration on the rights of persons belonging to ... minorities' = a hoped-for internal vote of the "
          "Assembly (held-out 36 row 51), and the Commission on Human Rights' and ECOSOC's earlier approvals are "
          "internal UN votes too, not coded"),
 56: ([], "Iran (2003): the sentence is the fragment 'Unfortunately, the political pressure against the Islamic' (the "
          "following text: 'Republic of Iran to relinquish its inalienable right ... is mounting') = a pressure noun "
          "whose agent is not named (guideline: event nouns without an agent not coded; borderline nominal 170 null "
          "-> IRN/GOV); the 'some nuclear weapon States' and Israel of the following text lie outside the sentence"),
 57: ([], "Madagascar (2004): 'we can share the values of our nature with the world' = figurative, no act between "
          "actors"),
 58: ([("expresses its satisfaction", "051", "NIC/GOV", "org:UNGA", False, A, N, False)],
      "Nicaragua (1998); 'My country expresses its satisfaction at the results achieved during the special session "
      "of the General Assembly devoted to' the world drug problem = a welcome (earlier sets: 'express our "
      "satisfaction at' 051) of a General Assembly outcome -> 051 to org:UNGA (held-out 38/39: welcoming a General "
      "Assembly decision 051 to org:UNGA)"),
 59: ([], "Russia (2007): 'The World Summit of Religious Leaders held in Moscow last year added a new dimension to this "
          "endeavour' = a meeting noun without named parties (religious leaders an uncoded collective), an agentless "
          "passive; Moscow is a venue, not a metonym"),
}
