"""Hand annotations for the TWO-HUNDRED-AND-FORTY-FIRST held-out event gold set (source of events-heldout241.jsonl).

Keyed by the row index of selection-heldout241.jsonl (output of select_statement_sentence_heldout.py 241; rows 0-21
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 22-40
from statements_ungdc_2020_2024.jsonl, UN General Debate speeches of 2020-2024).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's or release's date; the speaker of a briefing turn or of a
transcript is the one named at the head of that turn (journalists' questions are their own words).
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout241.jsonl \\
        --annotations annotations_heldout241 --output events-heldout241.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will travel to Pakistan", "036", "USA/GOV", "PAK", False, F, N, False)],
     "Release on Assistant Secretary (INL) Todd Robinson's travel (28 June 2022) -> USA/GOV; 'will travel to Pakistan "
     "from June 29 - July 2' = an announced trip -> 036 future to the bare destination country (held-out rule: a trip "
     "under way is 042, an announced one 036 future; held-out 11: 'will travel to Tianjin' 036 -> CHN; held-out 5, 8, "
     "9, 23); 'to discuss international law enforcement and counternarcotics initiatives' is the trip's purpose, not "
     "coded separately (set 221 row 9: 'to discuss bilateral and multilateral cooperation' the purpose, not coded) "
     "(borderline a second future 036 to PAK/GOV for the discussions, no counterpart being named)"),
 1: ([("will travel to", "036", "USA/GOV", "DEU", False, F, N, False),
      ("will travel to", "036", "USA/GOV", "FRA", False, F, N, False),
      ("will travel to", "036", "USA/GOV", "ARE", False, F, N, False),
      ("to attend the informal meeting of NATO Foreign Ministers", "036", "USA/GOV", "org:NATO", False, F, N, False),
      ("join the U.S.-EU Trade and Technology Council meeting", "036", "USA/GOV", "org:EU", False, F, N, False)],
     "Price's release on Blinken's travel (14 May 2022); 'will travel to Germany, France, and the United Arab Emirates' "
     "= an announced trip -> 036 future to each destination country, compound target split (held-out 8 row 47: six "
     "destinations, six 036 future events); 'to attend the informal meeting of NATO Foreign Ministers in Berlin' = a "
     "future participation in a meeting -> a further 036 future (set 233: 'will attend the \"Road to Prespa\" "
     "Conference' a second 036 future beside the arrival), the NATO ministerial -> org:NATO (set 220: allies at the "
     "NATO Foreign Ministers' meeting -> org:NATO), Berlin a place; 'join the U.S.-EU Trade and Technology Council "
     "meeting' = a meeting whose name gives its participants -> 036 future USA/GOV -> org:EU (README: 'the "
     "U.S.-ASEAN Special Summit' a meeting noun naming its participants), Paris-Saclay a place (borderline both "
     "meetings folded into the trip, as a trip's purpose); 'to pay respects to the late Khalifa bin Zayed Al Nahyan' "
     "= a condolence visit after a death, not coded (README: condolences are not coded; held-out 10/11: "
     "condolence-like acts not coded), the visit itself being the 036 to ARE; Abu Dhabi a place"),
 # --- State Dept random: demand
 2: ([("engages with all parties", "040", "org:ASEAN", "MMR", False, D, N, False)],
     "Fact sheet on the Mekong-U.S. Partnership (3 Aug 2021); 'They' = the 'Mekong countries' of the sentence before, "
     "which the document never names one by one, and 'their ASEAN neighbors' = together the ASEAN membership; 'should "
     "take immediate action to hold the Burmese regime accountable to the five-point consensus' = a deontic whose Y, "
     "holding to account, is no CAMEO act (set 231: 'hold to account' uncoded; held-out 18 and 21 row 24); 'quickly "
     "name a special envoy' = an internal appointment of ASEAN with no CAMEO code; 'a special envoy who engages with "
     "all parties' = the demanded envoy's engagement with the parties in Burma -> demanded 040 (guideline: deontic "
     "'should' codes Y with modality demanded; set 233: 'ASEAN Member States have taken steps to engage key parties of "
     "this conflict' a 040 org:ASEAN -> bare MMR), the envoy being ASEAN's (README: a minister acting 'as ASEAN "
     "Special Envoy' is org:ASEAN), 'all parties' unnamed -> bare MMR (set 233) (borderline source null for the "
     "uncoded 'They and their ASEAN neighbors', 045 mediation for the envoy's role, or MMR/MIL and MMR/OPP as the "
     "parties); the Burmese regime (MMR/MIL) is named only as the one to be held accountable"),
 3: ([("share views how to solve the conflicts", "040", "MEX/GOV", "USA/GOV", False, D, N, False)],
     "Foreign Secretary Ebrard's turn before his meeting with Blinken (3 May 2022) -> MEX/GOV; the sentence lists the "
     "views Mexico and the United States are 'going to share' at the coming Summit of the Americas (sentence before); "
     "'geopolitical risks that we should pay attention that and share views how to solve the conflicts all over the "
     "world' = a deontic 'we should' with 'we' the two governments of his turn ('we have a very close ties'), Y = "
     "exchanging views -> demanded 040 (guideline: discuss/consult 040; set 232: 'Big things that we can and should be "
     "working on as countries' a demanded 050 USA/GOV -> RUS/GOV), symmetric, coded from the speaker's government to "
     "the other (borderline uncoded as a list of topics, or 'we' meaning everyone in the Americas); 'pay attention' to "
     "risks is no act; 'strengthen stability of the multilateral and United Nations strength' names no act between "
     "actors"),
 4: ([("is a top partner of the United States", "050", "USA/GOV", "CRI/GOV", False, A, N, False)],
     "Deputy Spokesperson Porter's briefing turn (2 June 2021) -> USA/GOV; 'I won't get into specifics on what Costa "
     "Rica should be doing' declines to state any demand, no act; 'Costa Rica honestly is a top partner of the United "
     "States' = a standing cooperative relationship stated as a fact -> 050 (set 229 row 23: 'we have an incredibly "
     "strong and valued partner in Costa Rica' a 050 USA/GOV -> CRI/GOV), symmetric, coded once from the document's "
     "government (guideline) (borderline 051 as praise, or uncoded as an evaluation); 'it has a strong democracy' is an "
     "evaluation"),
 # --- State Dept random: cue
 5: ([("They discussed", "040", "USA/GOV", "MMR/OPP", False, A, N, False),
      ("continued U.S. support for the pro-democracy movement", "051", "USA/GOV", "MMR/OPP", False, A, N, True)],
     "Readout of Deputy Secretary Sherman's call with Zin Mar Aung of Burma's National Unity Government (4 Aug 2021); "
     "'They' = Sherman and Zin Mar Aung (sentence before); 'discussed' -> 040, symmetric, coded once from the "
     "document's government (guideline), the NUG of the ousted elected leaders -> MMR/OPP (held-out 8; held-out 17 row "
     "21 and 23: Sherman's meetings with the NUG's Zin Mar Aung -> MMR/OPP); 'ongoing efforts to return Burma to a "
     "path to democracy' have no agent in the sentence, not coded (README: event nouns without an agent); 'continued "
     "U.S. support for the pro-democracy movement' = a realised, ongoing support noun with its agent, named as a topic "
     "-> nominal 051 (guideline: 'express support' 051; held-out 21 row 2: 'U.S. support for a strong ... Vietnam' a "
     "nominal 051; set 234 row 22: 'the United States' continued support' 051) (borderline 070 as material support, "
     "or target MMR/CVL for the movement's protesters)"),
 6: ([], "Iraqi FM Fuad Hussein's turn before his meeting with Blinken (23 July 2021): 'because the terrorist "
         "organization ISIS is a local and active organization inside Iraq ... that requires international work and "
         "international cooperation' = a statement of need with an inanimate subject and no named giver or receiver "
         "(set 179: a need for 'greater international cooperation' for Africa uncoded; set 174: 'joint efforts to "
         "uproot terrorist networks' null to null uncoded) (borderline a demanded nominal 062 with no source to "
         "IRQ/GOV, as set 184's fight against terrorism that 'deserves the full ... support of the international "
         "community' a demanded 070 to TCD/GOV); ISIS has no code and its description is no act"),
 7: ([("reiterated U.S. support", "051", "USA/GOV", "org:NATO", False, A, N, False)],
     "Readout of Blinken's meeting with NATO Secretary General Stoltenberg (6 Apr 2022); 'Secretary Blinken reiterated "
     "U.S. support for the development of a new NATO Strategic Concept' = verbal support for an organisation's own "
     "process -> 051 to org:NATO (guideline: 'express support' 051; set 204: support for 'the Secretary-General's "
     "reform agenda' a 051 to org:UN; set 234 row 22: 'emphasized the United States' continued support' a 051, not "
     "nominal under its verb) (borderline uncoded as an abstract policy position); 'that addresses current and future "
     "threats' is the Concept's content, threats as risks (guideline: figurative)"),
 8: ([("took additional actions", "163", "USA/GOV", "NIC/GOV", False, A, N, False),
      ("regime’s attacks on civil liberties and democracy", "175", "NIC/GOV", "NIC/CVL", False, A, N, True)],
     "Price's statement 'Holding the Nicaraguan Regime Accountable' (17 June 2022); 'Today, the United States took "
     "additional actions' = the actions the next sentence names, OFAC sanctions on the state-owned mining company "
     "ENIMINAS and the president of its board -> 163 asserted (set 186: Paraguay's 'has taken measures', the "
     "resolution 661 sanctions from the context, its own 163; guideline: a verb's missing content taken from the "
     "context when the document makes it plain), target the regime held accountable -> NIC/GOV (borderline NIC/BUS "
     "for ENIMINAS, or uncoded as 'taking action' naming no specific act, held-out 78); 'to promote accountability' is "
     "no CAMEO act (set 230 row 1, set 223); 'the Ortega-Murillo regime's attacks on civil liberties and democracy' "
     "= a crackdown described as attacks, an event noun with its agent -> nominal 175 repression (README: 'a full "
     "assault on media freedom', a metaphor for a real crackdown, 175), the regime -> NIC/GOV, the Nicaraguans' "
     "liberties -> NIC/CVL (borderline 1721, or uncoded as figurative)"),
 9: ([("welcome my colleague, my friend, the deputy prime minister, Don here to the State Department", "042",
       "THA/GOV", "USA", False, A, N, False)],
     "Blinken before his meeting with Thai Deputy PM and FM Don Pramudwinai (12 May 2022); 'It's a really great "
     "pleasure to welcome ... Don here to the State Department in Washington' = a host's welcome of a visiting "
     "official codes the visit it shows, 042 to the country (held-out 12 row 2; held-out 15 row 17; set 235 row 12: "
     "'welcome Foreign Minister Kasoulides here to the State Department' 042 CYP/GOV -> USA), Don -> THA/GOV, not the "
     "welcome (borderline 043 hosting USA/GOV -> THA/GOV, as set 224's business council); Washington a place"),
 10: ([("we agreed to continue our close diplomatic consultation", "036", "KOR/GOV", "JPN/GOV", False, A, N, False)],
      "Foreign Minister Chung Eui-yong's turn before his meeting with Blinken in Honolulu (13 Feb 2022) -> KOR/GOV; "
      "'we' = Chung and Japan's Minister Hayashi, with whom he 'had a good meeting' (sentence before) -> JPN/GOV "
      "(guideline: a missing participant from the context); 'we agreed to continue our close diplomatic consultation' "
      "= an explicit intent verb stated as a fact -> asserted 03x (guideline: 'EU leaders agreed to open "
      "negotiations' 03x asserted; held-out rule: 'the parties agreed to meet' 036), consultation -> 036, symmetric, "
      "coded from the speaker's government, the document's own government not being a party (borderline 030); "
      "'Although we have differences' states a disagreement, no act (borderline 110)"),
 11: ([("are working with Ukraine", "061", "USA/GOV", "UKR/GOV", False, A, N, False)],
      "Fact sheet 'U.S. Support for Connectivity and Cybersecurity in Ukraine' (10 May 2022); 'The Department of Energy "
      "(DOE) and other interagency partners' -> USA/GOV, one actor (earlier sets: two US agencies one event); 'are "
      "working with Ukraine on efforts related to further integrating Ukraine's electrical grid with ... ENTSO-E' = "
      "ongoing technical cooperation on the energy grid -> economic cooperation 061 (held-out 11 row 27: "
      "'cooperation on nuclear power' 061; set 222 row 19: supply-chain cooperation 061; borderline 050, or 070 as "
      "assistance, the fact sheet listing US support), the partner Ukraine -> UKR/GOV (borderline bare UKR); ENTSO-E "
      "has no code and the grid's integration with it is the purpose; 'meeting cybersecurity requirements' is "
      "compliance, not coded"),
 12: ([("the cooperation between Sri Lanka, the United States", "050", "USA/GOV", "LKA/GOV", False, A, N, True)],
      "Blinken at the UN Security Council debate on maritime security (9 Aug 2021); 'responding to environmental "
      "disasters' is a generic task with no actor; 'the cooperation between Sri Lanka, the United States, and other "
      "countries to mitigate the impact of the MV X-Press Pearl catastrophe' = a realised cooperation noun naming its "
      "parties -> nominal 050 (held-out rule: cooperation nouns naming their parties are a nominal 050; held-out 23 "
      "row 17: 'cooperation between our two countries' 050 USA/GOV -> IDN/GOV), symmetric, coded once from the "
      "document's government (guideline), 'other countries' uncoded and dropped (README: a group without a code) "
      "(borderline 073 as disaster assistance to Sri Lanka, or LKA/GOV as the first-named source)"),
 13: ([("We look forward to the next Negev Forum Ministerial meeting", "036", "USA/GOV", "BHR/GOV", False, F, N, False),
       ("We look forward to the next Negev Forum Ministerial meeting", "036", "USA/GOV", "EGY/GOV", False, F, N, False),
       ("We look forward to the next Negev Forum Ministerial meeting", "036", "USA/GOV", "ISR/GOV", False, F, N, False),
       ("We look forward to the next Negev Forum Ministerial meeting", "036", "USA/GOV", "MAR/GOV", False, F, N, False),
       ("We look forward to the next Negev Forum Ministerial meeting", "036", "USA/GOV", "ARE/GOV", False, F, N, False),
       ("a further meeting of the Steering Committee", "036", "USA/GOV", "BHR/GOV", False, F, N, True),
       ("a further meeting of the Steering Committee", "036", "USA/GOV", "EGY/GOV", False, F, N, True),
       ("a further meeting of the Steering Committee", "036", "USA/GOV", "ISR/GOV", False, F, N, True),
       ("a further meeting of the Steering Committee", "036", "USA/GOV", "MAR/GOV", False, F, N, True),
       ("a further meeting of the Steering Committee", "036", "USA/GOV", "ARE/GOV", False, F, N, True)],
     "Negev Forum Steering Committee joint statement (27 June 2022), released by the Governments of the United States, "
     "Bahrain, Egypt, Israel, Morocco and the UAE (head of the text) -> 'We' = USA/GOV (guideline: 'we' in joint "
     "statements -> USA/GOV); 'We look forward to the next Negev Forum Ministerial meeting later this year' = look "
     "forward to + a meeting -> 036 future (guideline), the Negev Forum having no code -> one event from the "
     "document's government to each member the document names (README: a group without a code is each member the "
     "document names; held-out 24 row 25: multi-party meetings one event per pair from the document's government); "
     "'to be preceded by a further meeting of the Steering Committee' = a second, distinct future meeting of the same "
     "members, a meeting noun -> nominal 036 future per member (held-out rule: a meeting on a day's public schedule "
     "is 036 future, nominal) (borderline folded into the one look-forward, or one 036 with no target for the "
     "uncoded Forum); 'to be held in Israel' is the venue, not a hosting act (set 163: 'Dakar will host' read as a "
     "venue; sets 153 and 189: a meeting only 'held' at a place uncoded) (borderline a future 043 from ISR/GOV)"),
 14: ([("launched the Global Methane Pledge", "030", "USA/GOV", N, False, A, N, False),
       ("launched the Global Methane Pledge", "030", "org:EU", N, False, A, N, False)],
      "U.S.-EU joint press release on the Global Methane Pledge Energy Pathway (17 June 2022); 'the United States, the "
      "European Union, and more than 100 countries launched the Global Methane Pledge (GMP) at COP26' = an initiative "
      "launched -> realised intent to cooperate, 030 asserted with no target, one per coded co-launcher (set 233: the "
      "Baku process 'launched ... by the Government of Azerbaijan, together with' three bodies, one 030 per "
      "co-launcher with no target; set 220: the Baku Process 030; set 208: UNITAID 'launched by the French Government' "
      "030), 'more than 100 countries' an uncoded collective, dropped (README: compound with an uncoded party) "
      "(borderline a 050 USA/GOV -> org:EU for the joint launch, as set 228's 'in partnership with the EU', or set "
      "228's 050 with no target for enlisting the countries, or 0311); 'to reduce anthropogenic methane emissions' is "
      "the purpose, no act between actors"),
 # --- State Dept random: nocue
 15: ([], "Release on Under Secretary Jenkins's travel to Vienna for the A/CPPNM conference (25 Mar 2022): 'when "
          "countries implement the A/CPPNM, the nuclear security measures they put in place can enhance public "
          "confidence' = a generalisation about implementing a convention, 'countries' an open uncoded collective "
          "(held-out rule: implementing an agreement is compliance; README: generalisations not coded)"),
 16: ([("their shared commitment to the complete denuclearization", "030", "USA/GOV", "KOR/GOV", False, A, N, True)],
      "Readout of Deputy Secretary Sherman's meeting in Seoul with Unification Minister Lee In-young and Vice Minister "
      "Choi Young-joon (22 July 2021); Lee and Choi are both KOR/GOV -> one actor pair (earlier sets: two officials of "
      "one government, one event); 'emphasized their shared commitment to the complete denuclearization of the Korean "
      "Peninsula' = a realised joint commitment with its agents -> nominal 030 asserted, coded from the document's "
      "government to the partner (set 224 row 23: 'the shared commitment of the United States, Japan, and the Republic "
      "of Korea to work toward the complete denuclearization' a nominal 030 per pair; held-out 16 row 13 and 21 row "
      "15) (borderline uncoded as a policy commitment with no counterpart, as held-out 19 row 33's US commitment to "
      "denuclearization, or a demand on the DPRK); 'emphasized' is the speech verb, not coded"),
 17: ([], "Release on the Our Ocean Conferences (1 Aug 2022): 'The ocean touches every aspect of our lives' = a "
          "description, no actor and no act"),
 18: ([], "Release on Assistant Secretary Lu's travel to California (23 Feb 2022): 'Assistant Secretary Lu's "
          "engagements in California will be the first of several domestic outreach programs in 2022 which aim to "
          "connect U.S. foreign policy with the broad American public' = domestic outreach by the Department to US "
          "audiences (held-out rule: domestic programmes not coded; set 234 row 0: grants to US universities uncoded) "
          "(borderline a future nominal 036 USA/GOV -> USA/CVL or USA/BUS for the engagements)"),
 19: ([], "Blinken's Brunei National Day message (22 Feb 2022): 'Please accept our best wishes for peace and good "
          "health in the coming year' = well-wishing, not coded (held-out 7: 'I wish all people of Vanuatu health "
          "and happiness' not coded; set 235 row 17)"),
 20: ([("are coordinating across governments", "050", "CAN/GOV", N, False, A, N, False)],
      "Release on the COVID-19 Global Action Plan senior officials meeting (16 June 2022); 'Under Canada's leadership, "
      "GAP partners are coordinating across governments to combat misinformation and disinformation' = ongoing "
      "coordination of the GAP's line of effort led by Canada -> diplomatic cooperation 050 asserted; the GAP "
      "partners, a group without a code whose only member the sentence names is Canada, the leader -> coded for Canada "
      "only with no target (set 145: the 3G Group's meetings coded from the one member named; set 133: 'We nations of "
      "South America' coded for the speaker only) (borderline source null for the uncoded collective, or a second "
      "050 from USA/GOV, a GAP member); 'to combat misinformation' is the purpose, no act between actors"),
 21: ([], "Release on the NPT Review Conference (1 Aug 2022): 'Articles I, II, and III of the Treaty play key roles in "
          "preventing the further spread of nuclear weapons' = a description of a treaty's provisions, no actor"),
 # --- UNGDC 2020-2024 random: neg
 22: ([], "Czechia (Pavel, 2024): 'Much to my regret, since the last time we met here one year ago - the world has not "
          "become any safer' = regret of a situation (set 195: 'We regret the deterioration of civil order' uncoded; "
          "set 135: sentence adverbs of regret uncoded), the negation bearing on the world's safety; 'we met here' is "
          "the whole Assembly, 'we' meaning all States (held-out 42/43), not coded"),
 23: ([], "Tajikistan (2024): 'According to the reports of relevant United Nations agencies, progress in water supply "
          "and sanitation ... does not meet our expectations' = an evaluation of a global trend with no actor (set "
          "153: Liechtenstein's 'has not met our expectations' uncoded); 'According to' introduces no codable event"),
 24: ([("Mexico regrets", "110", "MEX/GOV", N, False, A, N, False)],
      "Mexico (2022); 'Mexico regrets the lack of political will, particularly on the part of the nuclear-weapon "
      "States, to reach agreements' = regret of other actors' conduct -> 110 (README: 'notes with regret' 110; set "
      "152: 'Our regret and dismay at the lack of resolute action by the international community' a 110 with no "
      "target; set 203: 'Deplores the lack of genuine dialogue' a 110 with no target), the nuclear-weapon States "
      "unnamed in the speech's sentence -> target null (borderline one 110 each to the five NPT nuclear-weapon "
      "States, or a negated nominal 057 with no source for the agreements not reached); 'confirmed at the recent "
      "Review Conference ..., which did not achieve any results' = a conference's failure between uncoded parties "
      "(held-out 56, sets 149 and 208: the Conference on Disarmament's failure uncoded) (borderline a negated 057 with "
      "no source); the risks of proliferation are risks (guideline)"),
 # --- UNGDC 2020-2024 random: reported
 25: ([("Syria dealt positively with efforts and initiatives", "030", "SYR/GOV", N, False, A, N, False),
       ("we reiterate our support", "051", "SYR/GOV", N, False, A, N, False)],
      "Syria (Mekdad, 2022); 'Syria dealt positively with efforts and initiatives under the political process' = a "
      "positive response to others' initiatives -> 030 asserted (README: 'responded to the U.S. government's Call to "
      "Action' 030, the positive counterpart of 'has not responded'; set 188), the initiatives' authors unnamed -> "
      "target null (borderline org:UN, the Secretary-General's Special Envoy facilitating the process named two "
      "sentences after); 'we reiterate our support for the meetings held according to the Astana format' = verbal "
      "support -> 051 (guideline), the Astana format's guarantors never named in the sentence -> target null (set "
      "211: support for the AU's and Sudan's efforts goes to the named parties; README: support for a facilitated "
      "dialogue goes to the parties the document names, here none) (borderline one 051 each to RUS/GOV, IRN/GOV and "
      "TUR/GOV, from the Tehran summit and Tiirkiye of the sentence after); 'the meetings held' are agentless and "
      "only 'held', not coded (sets 153 and 189); no speech verb makes reported speech"),
 # --- UNGDC 2020-2024 random: future
 26: ([], "Canada (Trudeau, 2020): 'If we meet this moment, if we rise to this challenge, ... we will lay the "
          "foundations of a better world' = 'we' meaning all States (held-out 42/43), 'meet this moment' figurative, "
          "and 'like our grandparents did 70 years ago' a historic generalisation, no act between actors"),
 # --- UNGDC 2020-2024 random: demand
 27: ([], "Japan (Suga, 2020): 'Second, we must prepare ourselves for future health crises' = 'we' meaning all States "
          "(held-out 42/43), and preparation is no behaviour between actors (guideline: Y not codable)"),
 28: ([], "Rwanda (2021): 'But we can and must do more, to speed up vaccine distribution in Africa' = a deontic with "
          "'we' meaning all States or the international community (held-out 42/43), its beneficiary Africa having no "
          "code (borderline a demanded 073 with no source and no target, which has no actor)"),
 # --- UNGDC 2020-2024 random: cue
 29: ([("calls for its universal ratification", "102", "CRI/GOV", N, False, A, N, False)],
      "Costa Rica (2020); 'reiterates its firm commitment to the principles and values enshrined in the Rome Statute' "
      "= a commitment to principles (sets 137 and 193: commitments to principles and the Charter uncoded); 'calls for "
      "its universal ratification, as well as to preserve the integrity and independence of the International "
      "Criminal Court' = one asserted request (guideline: 'S calls for Y'), Y = joining the treaty -> 102 with no "
      "target (set 192: a call for the Paris Agreement's 'ratification by all States parties' a 102 with no target; "
      "set 117: 'We call on all countries that have not yet done so to join the Rome Statute' a 102 with no "
      "target), the second demand folded in (set 154: one appeal with several demands coded once, from the "
      "first) (borderline a second request with no target for the Court's independence); Y not coded "
      "separately"),
 30: ([("Russia’s atrocities", "200", "RUS/MIL", "UKR/CVL", False, A, N, True),
       ("human rights violations", "175", "RUS/MIL", "UKR/CVL", False, A, N, True),
       ("ferocious attacks against the innocent civilian population", "190", "RUS/MIL", "UKR/CVL", False, A, N, True)],
      "Czechia (Pavel, 2023), after 'Russia's aggression against Ukraine' and the crime scenes at Bucha and Borodyanka "
      "(sentences before); 'The account of Russia's atrocities, human rights violations and ferocious attacks against "
      "the innocent civilian population is overwhelming' = three realised event nouns sharing the agent 'Russia's' -> "
      "nominal events, asserted (the evaluation 'overwhelming' presupposes them): atrocities 200 (held-out 15 row 3, "
      "set 233: the Bucha atrocities 200), human rights violations 175 (sets 206 and 223: 'human rights violations' "
      "a nominal 175), attacks on civilians 190 (guideline: generic attack 190; set 190: 'It targets innocent "
      "civilians' 190 -> PSE/CVL; set 126: attacks on medical facilities a nominal 190); 'Russia' as the agent of the "
      "forces' acts in the war -> RUS/MIL for all three (set 233: 'atrocities committed by Russia in Bucha' 200 "
      "RUS/MIL, as the state sets read 'Russia's invasion') (borderline RUS/GOV, as set 223's violations); the "
      "victims, 'the innocent civilian population' of Ukraine -> UKR/CVL for all three (borderline bare UKR for the "
      "atrocities, as set 233)"),
 31: ([("we are encouraged by the establishment of new relations", "051", "ARE/GOV", N, False, A, N, False)],
      "United Arab Emirates (2021); 'One year after signing the Abraham Accords' is a time marker, left uncoded (set "
      "144: the Minsk Agreements' signing as a time marker; set 224; set 231: the 1787 Treaty as a time marker) "
      "(borderline a 057 ARE/GOV with no target, the speech never naming Israel, as set 172's Comprehensive Peace "
      "Agreement); 'we are encouraged by the establishment of new relations in the region' = a welcome (README: 'we are "
      "encouraged by' 051) of normalisation whose parties the speech never names -> 051 with no target (set 185: an "
      "agreement left uncoded when the speech never names the other side; README: a welcome naming no party) "
      "(borderline ISR/GOV from outside knowledge); 'the establishment of new relations' itself has no agent or "
      "parties in the sentence, not coded (borderline a nominal 050 from ARE/GOV with no target, as set 154's "
      "'restoration of diplomatic relations'); 'improved the prospects for peace' is an evaluation"),
 32: ([], "Liberia (Weah, 2023): 'Our world is also under threat from natural calamities' = a risk from nature, not a "
          "threat act (guideline: 'threat to all of us' figurative; set 218: risks described as threats uncoded)"),
 33: ([], "Cyprus (2021): 'How compliant are we in the implementation of what we have agreed with regard to the "
          "Sustainable Development Goals and the Paris Agreement' = a rhetorical question on compliance with 'we' "
          "meaning all States (held-out 42/43; held-out rule: compliance not coded)"),
 34: ([("We offer him our warmest congratulations", "051", "SMR/GOV", "org:UN", False, A, N, False),
       ("full support", "032", "SMR/GOV", "org:UN", False, A, N, False)],
      "San Marino (2021); 'him' = Secretary-General Guterres, whose appointment for a second term the sentence before "
      "welcomes -> org:UN (README: the Secretary-General org:UN); 'We offer him our warmest congratulations' -> 051 "
      "(guideline: congratulated 051); 'and full support' = an offer of support for his second term -> intent of "
      "diplomatic support 032 asserted (set 145: 'we offer our full support' a 032; set 184: 'We assure him of "
      "Malawi's complete support' a 032 to org:UN; set 201), a separate act from the congratulation under the same "
      "verb (borderline one 051 for both, as set 129's 'Offer our support' a 051, or 051 for the support as set "
      "100's 'have our full support')"),
 35: ([("I can already assure him", "032", "COG/GOV", "org:UN", False, A, N, False)],
      "Congo (2022); 'him' = Abdoulaye Bathily, just appointed Special Representative of the Secretary-General for "
      "Libya (sentence before) -> org:UN (README: UN envoys and the Secretary-General org:UN); 'I can already assure "
      "him of the unconditional support of President Denis Sassou Nguesso' = an assurance of support -> 032 asserted "
      "(set 184: 'We assure him of Malawi's complete support' 032 to org:UN; set 201: 'he can count on Nepal's "
      "support' 032), President Sassou Nguesso -> COG/GOV, the relative clause 'who chairs the African Union Ad Hoc "
      "High-level Committee on Libya' describing his capacity without the speech acting in it (set 110: Congo's "
      "welcome 'in its capacity as' co-mediator stays its own; set 148: Morocco's help as OIC Chairman stays MAR/GOV) "
      "(borderline org:AU, as README: a head of state speaking as chair of the AU is the organisation)"),
 # --- UNGDC 2020-2024 random: nocue
 36: ([("I have proposed the organization of a multilateral conference", "036", "org:EU", N, False, A, N, False),
       ("in conjunction with the United Nations", "050", "org:EU", "org:UN", False, F, N, True)],
      "European Union (Michel, President of the European Council, 2020) -> org:EU (sets 193 and 212: the EU's own "
      "speech is org:EU); 'I have proposed the organization of a multilateral conference on the Eastern "
      "Mediterranean' = a realised proposal to convene a conference -> 036 asserted (set 143: 'proposing to host' "
      "World Expo an asserted 036 with no target; set 171: Mongolia's proposal a 036; set 135: 'Put forward a common "
      "platform' a 036), its participants unnamed -> target null (borderline GRC/GOV, CYP/GOV and TUR/GOV from the "
      "tensions of the sentences before, or 043); 'in conjunction with the United Nations' = the planned collaboration "
      "with the UN in organising it -> future nominal 050 org:EU -> org:UN (set 213: 'in collaboration with the "
      "European Union' a future nominal 050 beside a future hosting 036; set 139: an initiative 'to organize, in "
      "collaboration with the United Nations' a conference, a nominal 050 to org:UN) (borderline 030 future under the "
      "future-cooperation rule, or folded into the proposal)"),
 37: ([], "Barbados (Mottley, 2024): 'Even the longest war in history came to an end' = a generalisation about wars "
          "with no named party (set 131: conflicts named only by place uncoded)"),
 38: ([], "Comoros (2023): 'The reform of the United Nations, for which Africa has been clamouring, is also a question "
          "of effectiveness' = a UN-reform position (held-out 54-61; set 116: the Ezulwini appeal for Council seats "
          "uncoded; sets 131 and 178: Africa's Council demand uncoded) (borderline a nominal 1044 from org:AU to "
          "org:UNGA)"),
 39: ([], "Indonesia (Widodo, 2021): 'The COVID-19 pandemic reminds us of the importance of diversification of "
          "production centres' = an inanimate subject and 'us' meaning all States, no act"),
 40: ([], "Madagascar (2021): 'The cornerstones of a robust recovery are sovereignty and national unity' = an "
          "evaluation, no actor and no act"),
}
