"""Hand annotations for the TWENTIETH held-out event gold set (source of events-heldout20.jsonl).

Keyed by the row index of selection-heldout20.jsonl (output of select_heldout20.py).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout20.jsonl \
        --annotations annotations_heldout20 --output events-heldout20.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("participate in a moderated discussion", "036", "USA/GOV", "BEL/NGO", False, F, N, False)],
     "Sherman's Brussels trip; 'will give remarks' = a statement (01x); taking part in a moderated discussion at an "
     "event hosted by the Friends of Europe think tank (Brussels-based) = a future meeting -> 036 future (held-out 18 "
     "row 39 'participates in ... Ministerial' 036), the host as counterpart -> BEL/NGO (new: a think tank as NGO; "
     "borderline target null, or not coded like held-out 11 row 40's remarks at a ceremony); the hosting is the same "
     "meeting seen from the other side, coded once (symmetric rule; borderline an extra 036 BEL/NGO -> USA/GOV); "
     "'our close partnership and collaboration' with Europeans (collective) is the topic"),
 1: ([("will engage in discussions with foreign counterparts", "036", "USA/GOV", N, False, F, N, False)],
     "Under Secretary Fernandez in Toronto; future discussions -> 036 future; 'foreign counterparts' and 'private "
     "sector leaders attending the PDAC convention' are unnamed (nationality not said) -> one event, target null "
     "(borderline CAN/BUS for the PDAC participants)"),
 2: ([("will meet with President Carlos Alvarado Quesada", "036", "USA/GOV", "CRI/GOV", False, F, N, False)],
     "Blinken in San Jose; future meeting with the President and the Foreign Minister (same government) -> one 036 "
     "future; 'to discuss the strong U.S.-Costa Rica relationship' is the purpose of the same meeting"),
 # --- State Dept random: demand
 3: ([("We call on Northern Ireland’s political leaders", "104", "USA/GOV", "GBR/GOV", False, A, N, False)],
     "Y = take the steps to re-establish a power-sharing executive = restore a political institution -> 104 "
     "(borderline 1044); Northern Ireland's political leaders (the devolved legislature's parties) -> the country's "
     "GOV by the sub-national government rule (Bougainville; new here; borderline GBR/LEG or GBR/OPP)"),
 4: ([("She urged the Cambodian government", "1043", "USA/GOV", "KHM/GOV", False, A, N, False)],
     "'She' = Sherman; Y = abide by human rights commitments and protect worker rights -> demand rights 1043"),
 5: ([("They consulted", "040", "USA/GOV", "org:EU", False, A, N, False),
      ("would result in massive consequences and severe costs", "130", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("would result in massive consequences and severe costs", "130", "org:EU", "RUS/GOV", False, A, N, False),
      ("further Russian aggression", "190", "RUS/MIL", "UKR", False, H, N, True)],
     "'They' = Sherman and Seibert, chief of staff of the European Commission President -> org:EU (held-out 14 row "
     "23); consultation -> 040, symmetric, from the document's government; 'diplomatic efforts to urge Russia to "
     "deescalate' is the topic, not coded (held-out 4 row 24); the reaffirmed warning -> 130 asserted per speaker "
     "(compound source split, guideline 'Sherman and Park condemned'; first set row 121, held-out 6 row 19, 14 row "
     "21), the threatened condition 'further Russian aggression' has its agent -> 190 hypothetical, nominal, target "
     "Ukraine from the previous sentence ('Russian actions against Ukraine')"),
 6: ([("The Deputy Secretary and Chief of Staff discussed", "040", "USA/GOV", "org:EU", False, A, N, False),
      ("would be met with massive, coordinated consequences", "130", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("would be met with massive, coordinated consequences", "130", "org:EU", "RUS/GOV", False, A, N, False),
      ("further Russian escalation", "190", "RUS/MIL", "UKR", False, H, N, True)],
     "same pair as row 5 (a follow-up call, Feb 14 2022): discussion -> 040; the efforts to urge Russia are the topic; "
     "the reiterated warning -> 130 asserted per speaker; 'further Russian escalation' (the threatened military "
     "escalation against Ukraine) -> 190 hypothetical, nominal (borderline 154 build-up), target UKR from the "
     "document's Ukraine context"),
 7: ([], "MSF staff killed in Tigray; 'Attacks on humanitarian workers' has no agent in the sentence or the document "
         "(perpetrators unnamed) -> not coded; 'must end' = an agentless deontic (null-null 087), not coded"),
 8: ([("their campaign of violence", "180", "YEM/REB", N, False, A, N, True),
      ("must cease", "087", "YEM/REB", N, False, D, N, False),
      ("negotiate in good faith", "046", "YEM/REB", N, False, D, N, False)],
     "Houthi leaders -> YEM/REB (guideline); 'must cease ... and negotiate' = deontic without a request verb -> Y "
     "coded with modality demanded: cease the violence -> de-escalation 087, negotiate -> 046; the realised "
     "'campaign of violence' named inside the demand is coded too (held-out 12 'end its repression'), unspecified "
     "violence by a non-state armed group -> 180 (guideline; borderline 190 for the Marib offensive); targets: the "
     "campaign hits Yemen, Saudi Arabia and the UAE (context) and the negotiating counterpart is never named -> null "
     "for all three (borderline YEM/GOV for 046, or a split YEM/SAU/ARE for 180 and 087)"),
 # --- State Dept random: cue
 9: ([("concluded two days of successful talks", "040", "USA/GOV", "org:OIC", False, A, N, False)],
     "U.S.-OIC Strategic Dialogue; talks on a range of topics = consultation -> 040 (borderline 046), symmetric, from "
     "the document's government; Washington is the venue"),
 10: ([("have also taken steps to impose visa restrictions", "172", "USA/GOV", "RUS/GOV", False, A, N, False),
       ("suppression of dissent", "175", "RUS/GOV", "RUS/OPP", False, A, N, True),
       ("politically motivated detentions", "173", "RUS/GOV", "RUS/OPP", False, A, N, True)],
      "visa restrictions -> 172 (guideline); the 18 Russian nationals are 'Officials Involved in Suppression of "
      "Dissent' (title) -> RUS/GOV (borderline RUS/CVL as held-out 18 row 21's 'Nigerian nationals'); the acts for "
      "which they are restricted ('in relation to') are coded like a designation's 'for' clause (held-out 17, 18 row "
      "21): suppression of dissent -> repression 175, politically motivated detentions -> 173, agent the restricted "
      "officials, victims dissidents -> RUS/OPP (borderline RUS/CVL; borderline not coded as nouns whose agent is "
      "only implied)"),
 11: ([("U.S. support for the normalization agreements", "051", "USA/GOV", "ISR/GOV", False, A, N, False),
       ("the normalization agreements between Israel and countries in the Arab and Muslim world", "050", "ISR/GOV",
        N, False, A, N, True),
       ("the U.S. government’s unwavering support for Israel’s security", "051", "USA/GOV", "ISR/GOV", False, A, N,
        False)],
      "Sherman with Israel's NSA-designate; 'emphasized ... support' = expressed support (held-out 18 row 13 "
      "'emphasized steadfast U.S. support' 051, nominal false as the verb carries it): support for the normalization "
      "agreements -> 051 to the named party (the Arab and Muslim countries are an uncoded collective), support for "
      "Israel's security -> a second 051 of the same pair on another object (held-out 19 row 19; borderline 0334); "
      "the realised normalization agreements -> nominal 050 (held-out 7, 8), coded for Israel only with target null "
      "(compound of a coded and an uncoded party); 'the strong partnership between the United States and Israel' = "
      "a relationship, an evaluation (held-out 5 'acknowledged the strong partnership' 01x; borderline nominal 050)"),
 12: ([], "'Human trafficking is a threat to international peace and security' = figurative, no actor"),
 13: ([], "C5+1 joint statement: 'recognizes that increased connectivity supports its shared goal' = a view, no act"),
 14: ([("Russia’s unjustified and unprovoked invasion of Ukraine", "192", "RUS/MIL", "UKR", False, A, N, True),
       ("would continue to support Bulgaria’s defense modernization", "070", "USA/GOV", "BGR/GOV", False, F, N,
        False)],
      "Blinken with PM Petkov; 'emphasized the importance of ... a unified NATO and U.S.-EU response' = importance of "
      "an abstract response, not coded; the invasion -> nominal 192 RUS/MIL -> UKR (earlier sets); 'said the United "
      "States would continue to support Bulgaria's defense modernization and energy security priorities' = the "
      "document's own Secretary (reported_by null), 'would' = reported 'will' -> material support, future; one "
      "commitment with two purposes coded once (held-out 16/17) -> 070 (borderline 072 for defense modernization plus "
      "061, or 0332 intent)"),
 15: ([("participated today in the virtual NATO Foreign Ministerial", "040", "USA/GOV", "org:NATO", False, A, N,
        False)],
      "participation in a NATO ministerial -> 040 to org:NATO (held-out 18 row 39 for the scheduled one); 'hosted by "
      "NATO Secretary General Jens Stoltenberg' = the same meeting from the host's side, coded once (symmetric rule; "
      "borderline an extra 043 org:NATO -> USA/GOV)"),
 16: ([("They discussed", "040", "USA/GOV", "GAB/GOV", False, A, N, False)],
      "'They' = Sherman and President Bongo Ondimba -> 040; Congo Basin conservation and COVID-19 initiatives are "
      "topics"),
 17: ([("the largest financial contributor to UN peacekeeping", "071", "USA/GOV", "org:UN", False, A, N, True),
       ("we also contribute key, scarce capabilities to UN peacekeeping", "074", "USA/GOV", "org:UN", False, A, N,
        False),
       ("invest heavily in long-term bilateral capacity-building partnerships", "072", "USA/GOV", N, False, A, N,
        False)],
      "habitual realised acts of the US government: financial contributions to UN peacekeeping -> economic aid 071 "
      "to org:UN, an agent noun with its agent (borderline not coded as a description); contributing capabilities to "
      "UN peacekeeping -> 074; capacity-building partnerships through GPOI and IPPOS (training of troop- and "
      "police-contributing countries, previous sentence) -> military aid 072, partners unnamed -> target null "
      "(borderline 062)"),
 18: ([("reiterate our support for this forum", "051", "USA/GOV", N, False, A, N, False)],
      "joint statement of the seven Arctic Council states whose subject is 'We' -> USA/GOV (guideline; held-out 19 "
      "row 23 split only where the subject names the governments); support for the Arctic Council (no org code, not "
      "split into members as it includes the speakers) -> 051 target null (borderline not coded as an abstract "
      "position); 'remain convinced of the enduring value' = an evaluation"),
 19: ([("The two also exchanged views", "040", "USA/GOV", "FRA/GOV", False, A, N, False),
       ("Finland and Sweden’s welcome request to join", "1012", "FIN/GOV", "org:NATO", False, A, N, True),
       ("Finland and Sweden’s welcome request to join", "1012", "SWE/GOV", "org:NATO", False, A, N, True)],
      "Sherman and Delattre (French MFA) -> 040; Finland's and Sweden's applications to join NATO = a realised request "
      "noun with its agents -> nominal request per applicant (held-out 15: the call itself a nominal request of its "
      "author), joining a military alliance -> demand military cooperation 1012 (new; borderline 102 or 100); "
      "'welcome' is an evaluative adjective, not a 051 (guideline); 'the lead up to the Madrid Summit' has no agent"),
 20: ([("met with World Health Organization", "040", "USA/GOV", "org:WHO", False, A, N, False)],
      "Deputy Secretary McKeon (the splitter cut after 'Brain P.') with WHO DG Tedros -> 040 to org:WHO (held-out 13); "
      "WHO financing and reform are the topics"),
 21: ([("met separately with", "040", "USA/GOV", "KOR/GOV", False, A, N, False),
       ("condemned", "111", "USA/GOV", "PRK/GOV", False, A, N, False),
       ("the DPRK’s ballistic missile launches", "150", "PRK/MIL", N, False, A, N, True)],
      "two separate meetings with two ROK officials of the same government -> one 040 per actor pair; condemnation -> "
      "111 to PRK/GOV, the launches -> nominal 150 PRK/MIL target null (held-out 10 row 22, 11, 15)"),
 22: ([("strongly supports", "051", "USA/GOV", "TUN", False, A, N, False),
       ("strongly supports", "051", "USA/GOV", "TUN/CVL", False, A, N, False)],
      "Blinken on the July 25 referendum; support for Tunisia's democracy -> 051 to the country (as support for "
      "sovereignty -> bare country, held-out 18 row 13) and support for the aspirations of the Tunisian people -> 051 "
      "to TUN/CVL (compound target split; borderline one event, or TUN/GOV)"),
 23: ([("has committed nearly $75 million in humanitarian assistance", "073", "USA/GOV", "MDA", False, A, N, False),
       ("almost $124 million in economic and security assistance", "070", "USA/GOV", "MDA", False, A, N, False)],
      "assistance committed since February 24 = realised aid (held-out 13 row 23 'security assistance commitment' "
      "coded as aid) -> humanitarian 073 and a mixed economic-and-security package 070 (one sum with two purposes "
      "coded once with the parent code, as held-out 18 row 25; borderline split 071 + 072), recipient Moldova -> "
      "MDA (as 'assistance to Ukraine' -> UKR; borderline MDA/GOV)"),
 24: ([("also discussed", "040", "USA/GOV", "POL/GOV", False, A, N, False),
       ("providing security assistance to Ukraine", "072", "USA/GOV", "UKR", False, D, N, False),
       ("providing security assistance to Ukraine", "072", "POL/GOV", "UKR", False, D, N, False)],
      "Blinken and FM Rau -> 040; 'the continued importance of providing security assistance to Ukraine' = a deontic "
      "without a request verb whose agents are the two discussants -> 072 demanded per source (held-out 18 row 23 'the "
      "need to continue providing humanitarian assistance'; borderline: a discussion topic, not coded)"),
 25: ([("The U.S.-Tanzania Air Transport Agreement entered into force", "057", "USA/GOV", "TZA/GOV", False, A, N,
        True)],
      "an agreement noun whose name gives its parties (as held-out 4's 'U.S.-Bahrain Strategic Dialogue' 040) -> "
      "nominal 057, its entry into force realising the concluded agreement (new; borderline not coded, entry into "
      "force not being a signing, held-out 9 row 28's note)"),
 26: ([("met with a broad range of energy experts", "040", "BGR/GOV", "USA/GOV", False, A, N, False)],
      "the Bulgarian delegation led by the Deputy PM and the Energy Minister met U.S. Government experts -> 040 from "
      "the subject (first-named actor); the hosting and the delegation's visit are the previous sentence; Bulgaria's "
      "efforts on climate commitments and energy sources are topics"),
 27: ([("Russia’s brutal and unjustified attack on Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "Cary Fowler's arrival at the Department is not an act between actors; Russia's attack -> nominal 190 RUS/MIL "
      "-> UKR (earlier sets); 'the resulting disruptions to global grain supplies' are an effect, not coded"),
 # --- State Dept random: nocue
 28: ([], "UN peacekeeping is an effective tool: evaluation, no act"),
 29: ([("will travel June 27-29 to Tucson, Nogales, and Houston", "036", "USA/GOV", "MEX", False, F, N, False)],
      "Assistant Secretary Bitter; an announced trip -> 036 future per foreign destination (held-out 17, 18 row 32); "
      "Tucson and Houston are domestic, not coded; Nogales is Nogales, Sonora, Mexico (title and next sentence) -> "
      "the bare country MEX (earlier sets' visits to bare countries; borderline not coded, since she visits her own "
      "consulate's operations and staff)"),
 30: ([], "'The camera spray will be live streamed': logistics"),
 31: ([("will also continue to coordinate with Luxembourg", "030", "USA/GOV", "LUX/GOV", False, F, N, False)],
      "Luxembourg National Day; future cooperation -> 030 future (guideline); the global challenges are the topic"),
 32: ([("the U.S.-ASEAN Special Summit", "036", "USA/GOV", "org:ASEAN", False, F, N, True)],
      "'The Secretary noted that' = 01x, own Secretary (reported_by null); the summit of May 12-13 (release of May 4) "
      "= a meeting noun whose name gives its participants (held-out 4) and 'our engagement ... at' it -> nominal 036 "
      "future; the civil society leaders' concerns informing the engagement are not an act"),
 33: ([("will celebrate 200 years of diplomatic relations", "036", "USA/GOV", "COL/GOV", False, F, N, False)],
      "Blinken and President Duque celebrating the bicentennial together at an event (title: deliver remarks) = a "
      "future joint meeting -> 036 future (borderline 01x ceremony, not coded); the relations themselves are a state, "
      "not an act"),
 34: ([("Thank you very much, Secretary Blinken", "051", "GUY/GOV", "USA/GOV", False, A, N, False)],
      "transcript turn of Guyana's President Ali answering Blinken's welcome -> thanks 051 (held-out 11 row 41, "
      "held-out 2 row 31; held-out 15 row 10)"),
 35: ([("to free Austin", "0841", "SYR/GOV", "USA/MED", False, H, N, False)],
      "Austin Tice anniversary; 'it is within Bashar al-Assad's power to free Austin' = Assad could release him -> "
      "0841 hypothetical (guideline 'could'; borderline demanded as an implied call), Assad -> SYR/GOV, Tice a "
      "journalist -> USA/MED (held-out 10: journalists -> MED; borderline USA/CVL); 'We believe' is the speaker's "
      "own view (reported_by null)"),
 36: ([("thank you so much, Tony", "051", "DNK/GOV", "USA/GOV", False, A, N, False)],
      "transcript turn of Danish FM Kofod answering Blinken -> thanks 051 (as row 34)"),
 37: ([], "list of delegation members: no act"),
 38: ([], "a disability magazine naming a Diplomatic Security agent Employee of the Year = an award to an individual "
          "for workplace advocacy, not political behaviour between actors (borderline 051 USA/MED -> USA/GOV)"),
 39: ([], "'The bonds between our two countries are based on shared values' = a relationship, no act"),
 40: ([], "Blinken to the SFRC: 'we need some additional resources, and those are set out in the budget' = a need "
          "statement inside a domestic budget request, no request verb (held-out 17 row 33; borderline 1031 USA/GOV "
          "-> USA/LEG)"),
 41: ([], "fragment 'EDT on Thursday, July 1, 2021 ...' (the splitter cut after 'p.m.'): time and place of the TIP "
          "Report launch, no trigger in this sentence"),
 # --- UNGDC random: neg
 42: ([], "Tonga: 'the global agenda we agreed to' and 'promises we did not keep' = 'we' = all member states "
          "(collective), null-null, not coded"),
 43: ([], "Sri Lanka: 'We who have not been able to find a solution to the Palestinian question' = 'we' = the member "
          "states (collective), no act between coded actors; 'must now be able' is an abstract deontic"),
 44: ([], "Lao PDR: 'if we do not continue our enhanced cooperation and mutual assistance' = 'we' = the international "
          "community (collective), null-null, not coded"),
 45: ([("I also wished to encourage its institutions", "104", "ITA/GOV", "LBN/GOV", False, A, N, False),
       ("the Lebanese people’s demand for reforms", "104", "LBN/CVL", "LBN/GOV", False, A, N, True)],
      "Italy (2020), the speaker on his visit to Lebanon (previous sentence); encouraging Lebanon's institutions to heed "
      "the demand for reforms = a request (held-out 1 row 85 and 15 row 55: 'encourage' -> 10x), realised during the "
      "visit -> asserted, Y = reforms -> 104; the Lebanese people's demand for reforms = a nominal request of its "
      "author (held-out 15) -> 104 LBN/CVL -> LBN/GOV; 'can no longer wait' is not an event negation"),
 46: ([("Costa Rica urges states", "1042", "CRI/GOV", N, False, A, N, False)],
      "'expressing our deep concern' = 01x; urging states in general (uncoded collective -> null, held-out 19 row 45) "
      "to reverse the weakening of humanitarian disarmament instruments and renew their efforts to protect civilians "
      "-> policy change 1042 (borderline 100, or not coded like held-out 19 row 4's rule compliance); 'do not become "
      "victims' is not an event negation"),
 # --- UNGDC random: future
 47: ([], "Cambodia: updating its NDC under the UNFCCC = a domestic climate commitment, no counterpart"),
 48: ([], "Argentina: 'We are confident that the mission [of good offices] will be of great assistance to us' = an "
          "expectation about another actor's act, optative (held-out 5 'looks forward to receiving Russia's "
          "response'), not coded (borderline 045 future org:UN -> ARG/GOV)"),
 # --- UNGDC random: demand
 49: ([], "China: 'We should jointly oppose group politics and bloc confrontation' = 'we' = all countries, Y not an act "
          "toward a named actor"),
 50: ([], "Bulgaria: 'each and every contribution ... must be encouraged and welcomed' = an agentless deontic passive"),
 51: ([], "Gabon: 'Recurrent terrorist attacks' have no agent; 'our response must be based on frank cooperation' = "
          "'our' = all, an abstract deontic"),
 52: ([], "Comoros: 'a viable and just solution must be found' = an agentless deontic; the Palestinian State is the "
          "hoped-for outcome"),
 # --- UNGDC random: cue
 53: ([("not here to beg", "103", "URY/GOV", N, True, A, N, False),
       ("appealing for international responsible freedom", "100", "URY/GOV", N, False, A, N, False)],
      "Uruguay (2023); 'Uruguay is not here to beg or make exaggerated claims' = plain negation of a "
      "request for aid (the preceding text: loss of access to cooperation and preference systems) -> negated 103 "
      "(guideline: plain negation keeps the event's code), one event for the two verbs, addressees unnamed -> null; "
      "'appealing for international responsible freedom' = a call with a vague Y and no addressee -> 100 target null "
      "(held-out 19 row 59; borderline not coded as an abstract principle); 'as I said earlier' = own statement"),
 54: ([("worked through the United Nations to co-author a statement", "050", "AUS/GOV", "org:UN", False, A, N, False)],
      "Australia; working through the UN to co-author a statement countering disinformation = diplomatic cooperation "
      "with the UN -> 050 (borderline 01x for a statement, or target null for the unnamed co-authors); 'signed by "
      "more than 120 countries' = an uncoded collective, null-null"),
 55: ([], "Finland: 'Difficult times call for more diplomacy' = no actor"),
 56: ([], "Central African Republic: 'It is time for the biggest polluters to honour their commitments' = deontic over "
          "an uncoded collective, Y = compliance with obligations (held-out 19 row 59), not coded"),
 57: ([], "Switzerland: implementing the 2030 Agenda and the Paris Agreement = abstract tasks, no counterpart"),
 58: ([], "Panama: 'Only together ... can we move forward' = no act"),
 59: ([], "Botswana: 'conditions of foreign occupation' has no agent"),
 60: ([("one of the events it hosted", "043", "CHE/GOV", "LBY", False, A, N, False)],
      "Switzerland (2021); 'it' = Switzerland's International Geneva -> CHE/GOV; hosting the Libyan Political Dialogue "
      "Forum -> 043, its participants given only as Libyan -> LBY (held-out 18 row 16; borderline null); the Forum's "
      "appointment of a unified executive authority is a domestic Libyan act, not coded"),
 61: ([("I commend", "051", "GAB/GOV", "org:UNSC", False, A, N, False)],
      "Gabon (2024); commending the Security Council's adoption of Resolution 2719 -> 051 to org:UNSC; the resolution "
      "(funding of AU-led peace support operations) is the object, not coded separately (borderline 0331 org:UNSC -> "
      "org:AU); the AU-led operations are a generic class, not coded"),
 62: ([], "Comoros: 'They demand collective action' = 'They' = the challenges, inanimate, no request"),
 63: ([], "Iceland: its climate action plan goes further than agreed in Paris = domestic policy, no counterpart"),
 64: ([("we encourage all Member States", "100", "MOZ/GOV", N, False, A, N, False)],
      "Mozambique; encouraging all Member States (collective -> null) = a request (held-out 1 row 85); Y = accelerate "
      "the commitments made, including reinforced cooperation against poverty, conflicts, terrorism and climate change "
      "-> mixed, generic 100 (borderline 101 as held-out 18 row 50, or 1031 for the 2030 Agenda financing of the "
      "previous sentence)"),
 65: ([], "Rwanda: support for the reform of the Security Council = abstract (held-out 7, 19 row 62)"),
 66: ([("is committed to working in a spirit of cooperation", "030", "CPV/GOV", N, False, A, N, False)],
      "Cabo Verde; commitment to work alongside all Member States (collective -> null) to address insecurity = an "
      "explicit intent to cooperate stated as a fact -> 030 asserted, target null (held-out 19 row 41; borderline not "
      "coded as an abstract commitment)"),
 # --- UNGDC random: nocue
 67: ([("the United Nations fully play its role as mediator", "045", "org:UN", N, False, D, N, False)],
      "Senegal (2024); 'It is imperative that ... the United Nations fully play its role as mediator and guarantor of "
      "peace' = a deontic without a request verb ('it is important to', guideline) -> Y = mediate -> 045 demanded, "
      "source org:UN, the parties of the conflict zones unnamed -> null (borderline ISR/PSE from the preceding Gaza "
      "text); 'international humanitarian law be re-established' is agentless, not coded"),
 68: ([], "Kyrgyzstan: climate change reduces glaciers: no actor"),
 69: ([("They are providing critical services", "074", "LKA/MIL", N, False, A, N, False)],
      "Sri Lanka (2020); 'They' = the Sri Lankan peacekeepers in UN missions (previous sentence) -> armed forces "
      "LKA/MIL; providing services to conflict-affected communities as peacekeepers -> 074 (peacekeeping), the "
      "communities unnamed -> null (borderline source LKA/GOV or org:UN)"),
 70: ([], "Zimbabwe: the climate change conundrum: no actor"),
 71: ([], "Yemen: the economy has faced challenges: no act"),
 72: ([("express our appreciation", "051", "STP/GOV", N, False, A, N, False),
       ("the wave of bilateral and multilateral solidarity", "070", N, "STP", False, A, N, True)],
      "Sao Tome and Principe (2020); thanks for the solidarity of unnamed partners -> 051 target null (held-out 19 row "
      "66); the bilateral and multilateral solidarity that benefited the country (COVID-19 support) -> nominal 070 "
      "with source null (held-out 19 row 66), recipient named as the country -> STP (borderline STP/GOV)"),
 73: ([], "Rwanda: 'We cannot afford for the result of COP-26 to be inconclusive' = no act"),
 74: ([], "Equatorial Guinea: Security Council reform 'cannot be postponed' (agentless deontic); 'opposition from "
          "those countries that benefit from the current status quo' = unnamed countries opposing reform, null-null "
          "(borderline 120 null -> null), not coded"),
 75: ([], "Malawi: 'we need a reformed United Nations' = a need, abstract, no act"),
}
