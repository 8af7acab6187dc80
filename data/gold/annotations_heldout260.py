"""Hand annotations for the TWO-HUNDRED-AND-SIXTIETH held-out event gold set (source of events-heldout260.jsonl).

Keyed by the row index of selection-heldout260.jsonl (output of select_statement_sentence_heldout.py 260; rows 0-21
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 22-39
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
    python3 data/gold/build_events.py --selection selection-heldout260.jsonl \\
        --annotations annotations_heldout260 --output events-heldout260.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("co-hosted by", "036", "USA/GOV", N, False, F, N, False),
      ("co-hosted by", "036", "USA/BUS", N, False, F, N, False)],
     "Announcement of Blinken's keynote at the 52nd Washington Conference on the Americas Luncheon (3 May 2022); the "
     "sentence begins at 'Blinken' because the splitter cut after 'Antony J.' -> Secretary of State, USA/GOV; 'will "
     "deliver keynote remarks' = a statement (01x), not coded (held-out 20 row 0: 'will give remarks' 01x; held-out "
     "11 row 40: remarks at a ceremony not coded) (borderline a future 036 USA/GOV -> USA/BUS for taking part in the "
     "Council's conference, as held-out 20 row 0's moderated discussion); 'co-hosted by the U.S. Department of State "
     "Bureau of Western Hemisphere Affairs and the Council of the Americas' = an announced hosting, still to come "
     "on the release's date -> 036 future, one per co-host with no target, the guests unnamed (set 256: the Yemen "
     "pledging event 'co-hosted by the UN, Switzerland, and Sweden' one future 036 per co-host with no target), "
     "the Bureau -> USA/GOV and the Council of the Americas, a business association -> USA/BUS (set 224 row 2, the "
     "same annual conference), a participle and not nominal (borderline one future 036 USA/GOV -> USA/BUS, as set "
     "224 coded the Department's hosting of the Council as a 043 USA/GOV -> USA/BUS)"),
 1: ([("will participate in a conversation", "036", "USA/GOV", "BEL/NGO", False, F, N, False)],
     "Announcement for Deputy Secretary Sherman (19 Apr 2022) -> USA/GOV; 'will participate in a conversation hosted "
     "by the Friends of Europe' (Brussels, 21 April, text after) = taking part in an event a think tank hosts, still "
     "to come -> 036 future, the host as counterpart -> BEL/NGO (held-out 20 row 0: Sherman's 'participate in a "
     "moderated discussion' hosted by the same Friends of Europe, a future 036 USA/GOV -> BEL/NGO; README choices: a "
     "think tank is BEL/NGO); the hosting is the same meeting seen from the other side, coded once (held-out 20 "
     "row 0) (borderline a second future 036 BEL/NGO -> USA/GOV, or target null)"),
 # --- State Dept random: demand
 2: ([("We urge Libya’s leaders", "1042", "USA/GOV", "LBY/GOV", False, A, N, False)],
     "Joint statement of the United States, France, Germany, Italy and the United Kingdom on Libya (24 June 2022); "
     "'We' of a joint statement -> USA/GOV (guideline: 'We' in State Dept joint statements -> USA/GOV; held-out 3 "
     "row 3, the same statement, coded its 'reject' from USA/GOV), the sentence naming no government (set 242: only "
     "a 'We' that names each government is split) (borderline one request per government named in the header); 'We "
     "urge Libya's leaders to agree on the country's public spending priorities and establish a joint revenue "
     "management and oversight structure' = one asserted request (guideline), Libya's leaders -> LBY/GOV "
     "(borderline a second request to LBY/LEG for the House of Representatives and High State Council named earlier "
     "in the statement); the sub-code from the first demand (set 154: one appeal with several demands coded from its "
     "first demand; set 238), agreeing on public spending priorities -> demand policy change 1042 (borderline 1044 "
     "for the joint revenue structure, an institutional change, or 107 for settling the rival authorities' "
     "dispute); Y not coded separately (guideline); 'through continuing engagement with the Berlin Process "
     "Economic Working Group' is the means, the working group having no code"),
 3: ([("we call upon all states", "102", "USA/GOV", N, False, A, N, False)],
     "Blinken's statement on the PRC's behaviour in cyberspace (19 July 2021); 'The State Department is committed to "
     "driving this agenda forward' = an abstract commitment to a policy agenda, not coded (README choices: abstract "
     "commitments uncoded; set 137); 'we call upon all states that wish to see greater stability in cyberspace to "
     "join us in these efforts' = one asserted request (guideline), its addressees an open, uncoded class -> target "
     "null; Y = joining the United States' cyber efforts -> demand policy support 102 (set 140: 'We invite those who "
     "care and can to join us' a 102 with no target; set 240: 'urge you all to join us' a 102 with no target) "
     "(borderline 1012 for security cooperation)"),
 4: ([("We call on PRC officials", "1043", "USA/GOV", "CHN/GOV", False, A, N, False)],
     "Release on the harassment of foreign journalists in the PRC (30 July 2021); 'We call on PRC officials to ensure "
     "that journalists remain safe and able to report freely' = one asserted request (guideline), PRC officials -> "
     "CHN/GOV; Y = the safety and freedom of reporting of journalists -> demand rights 1043 (guideline: 1043 "
     "rights) (borderline 1042); Y not coded separately (guideline); the harassment itself lies in the sentences "
     "before"),
 # --- State Dept random: cue
 5: ([("increased interference by the Taliban in the delivery of humanitarian assistance", "1623", "AFG/GOV",
       "AFG/CVL", False, A, N, True)],
     "Release on the U.S. delegation's meetings with Taliban representatives in Doha (1 July 2022); 'the United "
     "States registered concerns regarding' = expressed concern, a 01x statement, not coded (guideline: 'expressed "
     "concern' not coded; set 253 row 13: 'He highlighted our concerns regarding ...' 01x, its content coded) "
     "(borderline 114, as set 138's 'registered our protest with the Government', or a 040 to AFG/GOV as set 233's "
     "'spoke about our concerns'); 'increased interference by the Taliban in the delivery of humanitarian "
     "assistance' = an event noun with its agent -> hindering aid delivery, 1623 (README choices: hindering "
     "humanitarian access is 1623; agentless denial of humanitarian access is 1623 to the civilians; set 242: the "
     "Houthis' 'diverting food supplies' a 1623 to YEM/CVL), nominal, the Taliban of July 2022 -> AFG/GOV (guideline: "
     "de facto authority after 15 Aug 2021), the Afghans the aid is delivered to -> AFG/CVL (borderline 170 as set "
     "224's 'Israeli interference' with UNRWA, or the aid organisations, an uncoded collective, as target); "
     "'increased' bears on the degree, no negation"),
 6: ([("this attack", "190", "IRN/GOV", N, False, A, N, True)],
     "Blinken's statement on the attack on the Mercer Street (1 Aug 2021); 'There is no justification for this "
     "attack' = an evaluation, not a condemnation (README choices: 'There can never be any justification for' is an "
     "evaluation, not a condemnation); the condemnation itself was made in the first sentence; 'this attack' = "
     "anaphoric, its agent plain from the sentence before ('we are confident that Iran conducted this attack ... "
     "using one-way explosive UAVs') -> nominal 190 (README choices: an event noun whose agent is plain only from "
     "the text around it is coded; set 189: the anaphoric 'such flagrant aggression' a nominal 190 IRQ/GOV -> KWT; "
     "set 237: the anaphoric 'This attack' a nominal 190), Iran named as the state -> IRN/GOV, the commercial ship "
     "and crew having no code -> target null (set 255: 'The Iranian attack on the M/V Mercer Street' a nominal 190 "
     "with no target) (borderline IRN/MIL, as set 255 coded the adjective 'Iranian', or 195 for the drone strike, "
     "or uncoded as an anaphoric event noun, guideline's 'this aggression'); 'which follows a pattern of attacks "
     "and other belligerent behavior' = a characterisation of Iran's conduct with no named target or occasion, not "
     "coded (borderline a habitual nominal 190 IRN/GOV with no target)"),
 7: ([("They also discussed", "040", "USA/GOV", "FRA/GOV", False, A, N, False)],
     "Readout of Deputy Secretary Sherman's call with French Foreign Ministry Secretary General Delattre (13 Apr "
     "2022); 'They' = Sherman and Delattre (text before) -> FRA/GOV; 'discussed' -> 040 (guideline: discuss 040), "
     "symmetric, coded once from the document's government (held-out 25 row 7, the same readout; held-out 20 row 19: "
     "'The two also exchanged views' 040 USA/GOV -> FRA/GOV); 'European energy security' is the topic (set 242: "
     "discussion topics uncoded)"),
 8: ([("held hostage", "181", N, "USA/CVL", False, A, N, False),
      ("wrongfully detained", "173", N, "USA/CVL", False, A, N, False)],
     "Readout of Blinken's call with families of U.S. nationals held hostage or wrongfully detained abroad (22 June "
     "2022); 'The Secretary relayed to the families that' = a speech verb, not coded, and the President quoted in a "
     "State Dept release is the document's own government, so reported_by null (README choices); 'President Biden "
     "is aware of each of their loved ones' cases' is a state of knowledge; 'is committed to bringing all U.S. "
     "nationals ... home' = a policy commitment whose counterparts, the detaining governments and groups, are not "
     "named, not coded (held-out 16 row 20: 'remain committed to securing the freedom' of detained nationals not "
     "coded) (borderline a standing 1053 USA/GOV with no target, as set 220's 'never going to be satisfied until "
     "Brittney Griner is back'); 'held hostage or wrongfully detained' = two agentless passive participles over a "
     "class of realised cases -> hostage-taking 181 (set 164: UN civil servants 'detained and held hostage' a 173 "
     "and a 181 with no source) and detention 173 (held-out 16 row 20: 'wrongfully detained abroad' a 173 with no "
     "source to USA/CVL), both with no source, the detainees private U.S. nationals -> USA/CVL (borderline uncoded "
     "as a generic class, as set 251's agentless 'those unjustly detained' inside a request)"),
 9: ([("The Administration welcomes", "051", "USA/GOV", "LBN/GOV", False, A, N, False),
      ("The Administration welcomes", "051", "USA/GOV", "ISR/GOV", False, A, N, False)],
     "Travel announcement for Senior Advisor Hochstein's trip to Lebanon (10 June 2022); 'The Administration "
     "welcomes' -> 051 (guideline: welcome 051), the Administration -> USA/GOV; 'the consultative and open spirit "
     "of the parties to reach a final decision' = the attitude of the parties to the maritime-boundary talks, 'the "
     "parties' resolved from the sentence before ('Lebanon and Israel can reach a decision on the delimitation of "
     "the maritime boundary') -> one 051 each to LBN/GOV and ISR/GOV (README choices: support or welcome aimed at a "
     "process goes to its named parties; set 164: Denmark's welcome of 'the clear political will to engage in "
     "efforts' one 051 per state); the hoped-for 'final decision' is optative, not coded (borderline a future "
     "nominal 057, or a nominal 046 between the parties for the indirect talks); 'which has the potential to yield "
     "greater stability' is an evaluation"),
 10: ([("to congratulate Brazil", "051", "USA/GOV", "BRA/GOV", False, A, N, False),
       ("signing the Artemis Accords", "057", "BRA/GOV", N, False, A, N, False)],
      "Release on Brazil signing the Artemis Accords (15 June 2021); the sentence begins at 'Blinken' because the "
      "splitter cut after 'Antony J.' -> Secretary of State, USA/GOV; 'delivered virtual remarks' is a statement "
      "(01x), the event being its stated purpose; 'to congratulate Brazil' -> 051 (README choices: 'congratulated' "
      "is 051) to BRA/GOV; 'on signing the Artemis Accords' = the congratulated act, its agent taken from the "
      "congratulation (README choices: thanks 'for the ongoing support' gives the support its agent) -> 057 "
      "(guideline: agreements concluded 057), multilateral accords -> target null (held-out 21 row 17: Saudi "
      "Arabia's signing of the Artemis Accords a 057 SAU/GOV with no target; held-out 2 row 46: Singapore's), a "
      "gerund and not nominal (set 253: 'for hosting the JCPOA talks' not nominal) (borderline USA/GOV as target, "
      "the Accords being a U.S.-led instrument, or the signing left uncoded as set 116 left a congratulated UN "
      "admission)"),
 11: ([("deployed the Cutter Stone", "062", "USA/MIL", "COL", False, A, N, False),
       ("deployed the Cutter Stone", "062", "USA/MIL", "CRI", False, A, N, False),
       ("deployed the Cutter Stone", "062", "USA/MIL", "ECU", False, A, N, False),
       ("deployed the Cutter Stone", "062", "USA/MIL", "PAN", False, A, N, False)],
      "Release on U.S. Government activities in the Eastern Tropical Pacific Seascape (22 Mar 2022); 'the U.S. Coast "
      "Guard (USCG) deployed the Cutter Stone last fall in Colombia, Costa Rica, Ecuador, and Panama, expanding "
      "regional interoperability and patrolling sovereign waters to deter illegal fishing' = a U.S. armed service's "
      "cutter deployed with partner states to operate alongside their forces in their waters -> military "
      "cooperation 062 (PLOVER COOPERATE, military), the Coast Guard, an armed service, -> USA/MIL (set 144: a coast "
      "guard as MIL; borderline USA/COP for its law-enforcement role), one event per country named (guideline: "
      "compound split), the countries whose waters are patrolled -> bare COL, CRI, ECU and PAN (held-out 19 row 20, "
      "the same release: the Navy's antennas a 072 USA/MIL -> bare COL) (borderline each country's MIL, its coast "
      "guard, or 074 for protection of their waters, or 072 as held-out 19 row 20); 'expanding regional "
      "interoperability and patrolling sovereign waters' is the manner of the same deployment, folded in; 'To "
      "operationalize the high seas boarding and inspection procedures from the 1995 United Nations Fish Stocks "
      "Agreement ... and to combat IUU fishing' is the purpose, with no counterpart actor"),
 12: ([("the U.S. commitment to working with the Palestinian Authority and the United Nations", "030", "USA/GOV",
        "PSE/GOV", False, A, N, True),
       ("the U.S. commitment to working with the Palestinian Authority and the United Nations", "030", "USA/GOV",
        "org:UN", False, A, N, True)],
      "Readout of Blinken's call with Palestinian Authority President Abbas (21 May 2021); 'The Secretary "
      "underscored' is a statement verb (01x), not coded; 'the U.S. commitment to working with the Palestinian "
      "Authority and the United Nations' = a commitment noun with its agent -> nominal 030 asserted (held-out 8 row "
      "5: 'commitment to working with the Beninese people' 030; set 256: 'EU's commitment to work with international "
      "partners' a nominal 030), one per named partner (guideline: compound split) -> PSE/GOV and org:UN; 'to "
      "provide rapid humanitarian assistance and to marshal international support for Gaza and Gaza reconstruction "
      "efforts' = the commitment's purposes, folded in (README choices: one commitment with several purposes is "
      "coded once; set 256) (borderline a nominal 0333 to PSE/CVL for the humanitarian aid, or a 102 with no target "
      "for marshalling support)"),
 13: ([("The working groups of the Strategic Dialogue discussed", "040", "USA/GOV", "POL/GOV", False, A, N, False)],
      "Joint statement on the U.S.-Poland Strategic Dialogue (5 Feb 2022); 'The working groups of the Strategic "
      "Dialogue discussed' -> 040 (guideline: discuss 040), the working groups being the two governments' "
      "delegations -> symmetric, coded once from the document's government, USA/GOV -> POL/GOV (held-out 15 row 37, "
      "the same statement: 'opened the Strategic Dialogue' 040 USA/GOV -> POL/GOV); 'bilateral cooperation on "
      "regional and collective security; ... cooperation in the framework of Three Seas Initiative and "
      "strengthening democratic values and institutions through the OSCE' are the topics discussed, not coded (set "
      "242: discussion topics uncoded; set 259 row 7: a cooperation named as a topic uncoded) (borderline a nominal "
      "062 or 050 to POL/GOV, as set 232's 'relationship [that] covers political, security, and economic "
      "cooperation')"),
 14: ([("called for in UNSCR 2254", "106", "org:UNSC", N, False, A, N, False)],
      "Joint statement on the 11th anniversary of the Syrian uprising (15 Mar 2022); 'Pursuing accountability and "
      "justice is essential to building confidence' = a deontic whose Y, accountability, is no CAMEO act (held-out "
      "18, 21 row 24; set 231: 'hold to account' and 'securing accountability' uncoded); 'the political process "
      "called for in UNSCR 2254' = a Security Council resolution's call stands for the Council (README choices: an "
      "inanimate resolution stands for the Council that adopted it) -> a request of org:UNSC, Y = a political "
      "process of talks -> demand negotiation 106 (set 132: Council resolutions that 'call for the organization of a "
      "reconciliation conference' a 106 from org:UNSC with no target), the sentence naming no addressee -> target "
      "null, a participle and not nominal (set 169: 'as called for in the Declaration' not nominal) (borderline one "
      "106 each to SYR/GOV and SYR/OPP, the parties the resolution names, 107, or uncoded as a process named only "
      "as an object); 'the political process' itself has no agent in the sentence, not coded; 'securing the stable, "
      "just, and enduring peace that Syrians need and deserve' has no agent"),
 # --- State Dept random: nocue
 15: ([], "Release on the killing of Shireen Abu Akleh (4 July 2022): 'We again offer our deepest condolences to the Abu "
          "Akleh family' = condolences, not coded (README choices: condolences are not coded)"),
 16: ([("They also shared perspectives", "040", "USA/GOV", "CAN/GOV", False, A, N, False)],
      "Release on the third U.S.-Canada Critical Minerals Working Group meeting (31 July 2021); 'They' = the "
      "participants of the working group co-chaired by the State Department and Natural Resources Canada (text "
      "before) -> the two governments; 'shared perspectives on strengthening supply chains' = an exchange of views "
      "-> 040 (held-out 11 row 14 and 20 row 19: 'exchanged views' 040), symmetric, coded once from the document's "
      "government to CAN/GOV; 'and reviewed President Biden's Executive Order on America's Supply Chains and the "
      "related 100-day supply chain review' = a further item of the same meeting, folded in (guideline: a repeated "
      "mention of the same event is coded once); the Executive Order and the review 'issued in June' are domestic "
      "U.S. acts, not coded"),
 17: ([("will travel to Malaysia, Thailand, and Vietnam", "036", "USA/GOV", "MYS", False, F, N, False),
       ("will travel to Malaysia, Thailand, and Vietnam", "036", "USA/GOV", "THA", False, F, N, False),
       ("will travel to Malaysia, Thailand, and Vietnam", "036", "USA/GOV", "VNM", False, F, N, False)],
      "Travel announcement for Special Envoy Jessica Stern (21 May 2022) -> USA/GOV; 'will travel to Malaysia, "
      "Thailand, and Vietnam, May 21-27' = an announced trip -> 036 future (README choices: an announced trip is 036 "
      "future), one per destination, to the bare country (set 259 row 1: 'will visit Algeria, Morocco, and Kuwait' "
      "one future 036 per bare country; set 238) (borderline the GOV of each country, the meetings being named only "
      "in the text after)"),
 18: ([], "Blinken's Saint Lucia Independence Day message (22 Feb 2022): 'I send best wishes to the people of Saint Lucia "
          "as you celebrate your 43rd anniversary of independence' = well-wishing, not coded (held-out 14 row 10: "
          "best wishes are well-wishing; held-out 238 row 16 and 241 row 19: national-day best wishes not coded) "
          "(borderline a 051 to LCA/CVL, as README choices code congratulating a people on a national day)"),
 19: ([], "Release on the terrorist designation of Ousmane Illiassou Djibo (28 June 2021): 'designations can assist the "
          "law enforcement activities of U.S. agencies and other governments' = a generalisation about what "
          "designations can do, no realised act between named actors (set 247: a generalisation about sanctions "
          "uncoded) (borderline a habitual 062 USA/GOV with no target)"),
 20: ([], "Blinken before his meeting with NPT non-nuclear-weapon States Parties (1 Aug 2022): 'The NPT in our judgement "
          "is ... an irreplaceable, essential document, a commitment, foundational to the rules-based international "
          "order' = an evaluation of a treaty (set 142: evaluations not coded)"),
 21: ([], "Release on the Department's paid internship programme (4 Apr 2022): an eligibility requirement ('Be in good "
          "academic standing with at least a 3.0 GPA'), internal Department business, no act (set 231)"),
 # --- UNGDC 2020-2024 random: neg
 22: ([("supports the initiative", "051", "VCT/GOV", "COL/GOV", False, A, N, False),
       ("supports the initiative", "051", "VCT/GOV", "BRA/GOV", False, A, N, False),
       ("supports the initiative", "051", "VCT/GOV", "ZAF/GOV", False, A, N, False),
       ("the initiative of Colombia, Brazil and South Africa for a UNGA Resolution", "1042", "COL/GOV", "org:UNGA",
        False, A, N, True),
       ("the initiative of Colombia, Brazil and South Africa for a UNGA Resolution", "1042", "BRA/GOV", "org:UNGA",
        False, A, N, True),
       ("the initiative of Colombia, Brazil and South Africa for a UNGA Resolution", "1042", "ZAF/GOV", "org:UNGA",
        False, A, N, True)],
      "Saint Vincent and the Grenadines (2024); 'This issue of transformative reparatory justice will not go away, "
      "until it is addressed appropriately' = an agentless prediction, no act, and 'will not' bears on the issue "
      "persisting, no event negation; the bracketed second sentence, joined by the splitter, is the speech's own "
      "text: 'Saint Vincent and the Grenadines supports the initiative of Colombia, Brazil and South Africa' -> 051 "
      "(guideline: 'express support' 051), one per named proposer (guideline: compound split; set 197: Latvia's "
      "'We support the proposal made to the General Assembly' by Yeltsin a 051 to RUS/GOV plus a nominal 1043 "
      "RUS/GOV -> org:UNGA); 'the initiative ... for a UNGA Resolution towards a second International Decade for "
      "People of African Descent' = a realised proposal of a draft resolution, a request "
      "noun with its agents -> a sponsor's draft resolution is its own request to the Assembly (README choices; set "
      "126: Costa Rica's draft resolution a 1042 to org:UNGA; set 247: co-sponsored resolutions a 1042 to "
      "org:UNGA), Y = proclaiming a second International Decade -> demand policy change 1042, nominal, one per "
      "proposer (borderline 1031 for the reparations the Decade's title names, or 102)"),
 23: ([("We do not arrest people", "173", "SLV/GOV", "SLV/CVL", True, A, N, False)],
      "El Salvador (Bukele, 2024); 'We do not arrest people for expressing their views' = the speaker's government "
      "denying a habitual act, plain negation -> negated 173 (guideline: arrests 173; plain negation keeps the "
      "event's own code), 'we' -> SLV/GOV (guideline: 'we' in a UN speech), people arrested for their views -> "
      "SLV/CVL (set 147: 'We do not impose any restrictions on the freedom of movement of people' a negated 172; set "
      "234: 'We do not involve ourselves in conflicts or provide military support' negated 190 and 072) "
      "(borderline SLV/OPP for dissenters, or uncoded as a statement of principle, as set 251's generic 'A "
      "democracy does not expel ...'); 'for expressing their views' is the reason and not a separate act"),
 24: ([], "Guatemala (2021): 'global competition for a limited supply of doses, to which the most powerful economies have "
          "gained access while forgetting that their hoarding of vaccines could become a risk to themselves' = acts "
          "of uncoded collectives (the most powerful economies; 'we, the smaller and poorer countries'), null to "
          "null (set 240: general needs among uncoded countries uncoded; set 216: acts between uncoded "
          "collectives), and 'a risk' is a risk (guideline)"),
 # --- UNGDC 2020-2024 random: future
 25: ([], "Samoa (2022): 'The 2050 Strategy for the Blue Pacific Continent, adopted by Pacific Island Forum leaders at "
          "their July 2022 meeting, will support and strengthen the key tenets of the Boe Declaration' = a regional "
          "grouping's strategy document adopted at its summit; the Pacific Islands Forum has no code (set 120; set "
          "210) and the sentence names no member, so its adoption and its meeting run between uncoded parties "
          "(set 135: declarations of uncoded groupings uncoded) (borderline a 057 WSM/GOV with no target under the "
          "speaker-only rule of set 133, or a nominal 040 for the leaders' meeting); 'will support and strengthen "
          "the key tenets' is an inanimate document's predicted effect, not an act"),
 # --- UNGDC 2020-2024 random: demand
 26: ([("I am shocked to the core", "110", "CZE/GOV", "RUS/MED", False, A, N, False),
       ("approving", "051", "RUS/MED", "RUS/MIL", False, A, N, False),
       ("torture", "1822", "RUS/MIL", "UKR/CVL", False, A, N, True),
       ("mass killing", "202", "RUS/MIL", "UKR/CVL", False, A, N, True)],
      "Czechia (Fiala, 2022); 'I am shocked to the core, listening to Russian State-controlled television channels' "
      "= the speaker's disapproval -> 110 (set 175: 'We are shocked ... that there are still leaders who claim' a "
      "110; set 126: 'We are outraged by the attacks' a 110; set 194), aimed at the channels -> RUS/MED (borderline "
      "RUS/GOV for State-controlled media, or 111); 'preaching the strategy of hunger and cold towards Ukraine and "
      "the world' = broadcast advocacy, a 01x statement, not coded (borderline a 130 to bare UKR); 'approving the "
      "torture and mass killing of civilians' = endorsement of acts -> 051 (PLOVER SUPPORT: praise or endorse), "
      "to the perpetrators, the Russian forces -> RUS/MIL (README choices: 'Belgrade supports' the Bosnian Serb "
      "aggression is support to the aggressor) (borderline uncoded as broadcast rhetoric, 01x, like the "
      "'preaching'); 'the torture and mass killing of civilians' = realised atrocities whose agent and victims are "
      "plain from the text around ('Russia's ... war of aggression against Ukraine', sentence before; 'the "
      "atrocities committed by the Russian invader' in Bucha, Izyum and elsewhere, text after) -> torture 1822 and "
      "the killing of many civilians 202 (guideline), nominal, RUS/MIL -> UKR/CVL (README choices: an event noun "
      "whose agent is plain from the text around it is coded; held-out 25 row 7: the Bucha atrocities RUS/MIL) "
      "(borderline both uncoded as agentless event nouns inside the channels' approval, or RUS/GOV); 'with the "
      "argument that the world must fear Russia' is the channels' argument, no act"),
 27: ([("Selective punitive measures against Zimbabwe and Venezuela", "163", N, "ZWE", False, A, N, True),
       ("Selective punitive measures against Zimbabwe and Venezuela", "163", N, "VEN", False, A, N, True),
       ("must also be lifted", "085", N, "ZWE", False, D, N, False),
       ("must also be lifted", "085", N, "VEN", False, D, N, False)],
      "Namibia (2023); 'Selective punitive measures against Zimbabwe and Venezuela must also be lifted' = sanctions "
      "whose imposers the speech never names (the United States is named in the sentence before only for Cuba's "
      "terrorism listing) -> a nominal 163 with no source (sets 185 and 237: Zimbabwe's sanctions whose imposers "
      "are never named a nominal 163 with no source to bare ZWE), one per target country, bare ZWE and VEN "
      "(guideline: compound split) (borderline USA/GOV and org:EU as sources, or ZWE/GOV and VEN/GOV); 'must also "
      "be lifted' = a deontic with no request verb -> Y coded, easing sanctions 085 demanded with no source "
      "(README choices: sanctions that 'should be lifted' are a demanded 085 with no source), one per country; "
      "'those measures constitute the greatest obstacle' is an evaluation"),
 # --- UNGDC 2020-2024 random: cue
 28: ([], "Angola (2020): 'we were obliged to rapidly build ... centres to host people under the situation of official "
          "quarantine, to equip the country's hospitals ...' = the government's domestic COVID-19 response, no act "
          "between political actors (sets 237 and 240: domestic programmes uncoded); 'to host people' means quarantine "
          "facilities, not hosting refugees or a meeting"),
 29: ([("I join", "057", "SVN/GOV", N, False, A, N, False)],
      "Slovenia (Pahor, 2020); 'This is why I join the \"Leaders Pledge for nature\"' = the President's performative "
      "accession to a leaders' pledge signed by heads of State and government -> 057 (set 112: Myanmar joining the "
      "Declaration of Commitment to End Sexual Violence in Conflict a 057 with no target), Pahor speaking for "
      "Slovenia ('Slovenia's and my personal commitment', sentence before) -> SVN/GOV, the pledge's other "
      "endorsers unnamed -> target null, asserted in the present (borderline 030 as a pledge, the guideline's "
      "intent verb stated as a fact, or 051 for endorsing it)"),
 30: ([], "Poland (2024): 'Unless we agree to live in a world where any country can become a victim of aggression' = a "
          "fragment whose 'we' means all States (held-out 42/43), and the aggression is generic and hypothetical "
          "with no named agent or victim, not coded"),
 31: ([], "South Africa (2020), as AU chair: 'AU member states are engaging on measures to promote financial inclusion, "
          "preferential procurement and preferential trade agreements for women' = policy measures for women that "
          "the AU's members are developing, domestic programmes with no counterpart actor (sets 237 and 240) (borderline a "
          "050 org:AU -> org:AU for the members working together, following set 259 row 9's 'members work "
          "together' a 050 org:OECD -> org:OECD, or 040)"),
 32: ([("The economic blockades", "163", N, "CUB", False, A, N, True)],
      "Tuvalu (2022); 'The economic blockades' = anaphoric, the 'long-standing unilateral economic blockades' that "
      "the people of Cuba face (sentence before), realised, their imposer never named in the speech -> a nominal "
      "163 with no source to bare CUB (README choices: a US 'blockade' of Cuba 163; set 154: Ecuador's unattributed "
      "blockade a nominal 163 with no source to bare CUB; set 208: Cambodia's likewise) (borderline uncoded as an "
      "anaphoric event noun with no agent, guideline's 'this aggression', or USA/GOV from outside knowledge); "
      "'neglect the human rights and spirit of cooperation espoused in the 2030 Agenda' is an evaluation "
      "(figurative subject), not a separate act"),
 33: ([], "Greece (2020): 'malign actors pose an insidious and growing threat to our way of life, to multilateralism and "
          "to the proper functioning of international law' = a risk, with unnamed actors (guideline: 'threat to "
          "all of us' = risk, not coded)"),
 34: ([("occupied", "192", "ISR/GOV", "PSE", False, A, N, True),
       ("reaffirm our support", "051", "MLI/GOV", "PSE/CVL", False, A, N, False)],
      "Mali (2024, the transitional government, MLI/GOV under the UN-speech rule, set 237); 'We are deeply "
      "concerned by the violence in the occupied Palestinian territories' = expressed concern, 01x, not coded "
      "(guideline); the violence has no agent in the sentence and is not coded (borderline a nominal 190 ISR/MIL -> "
      "PSE/CVL from 'the indiscriminate use of force by the Israeli army' in the sentence after); 'the occupied "
      "Palestinian territories' -> a nominal 192 to bare PSE (set 179 and held-out 216 row 5: 'the occupied "
      "Palestinian territories' a nominal 192 ISR/GOV -> PSE), the occupier taken from the sentence after, which "
      "names the Israeli army (set 207: the occupier taken from three sentences before; set 218) (borderline "
      "uncoded, as set 143 left 'the occupied territories' with Israel named only in another sentence); "
      "'reaffirm our support for Palestinian self-determination' -> 051 (guideline: 'express support' 051) to the "
      "Palestinian people -> PSE/CVL (set 115: support for the Palestinian people's struggle a 051 to PSE/CVL; set "
      "119: support for the self-determination of the Saharawi people a 051 to ESH/CVL)"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([], "China (2024): 'The question of Palestine is the biggest wound to human conscience' = an evaluation, no act"),
 36: ([], "Singapore (2021): 'Access to vaccines remains the biggest problem faced by many countries' = a description of "
          "a problem of uncoded collectives, no act"),
 37: ([("to be back in New York", "040", "BRN/GOV", "org:UNGA", False, A, N, False)],
      "Brunei (2022); 'While it is good to be back in New York to deliver Brunei's statement in person after a "
      "two-year absence' = the delegation's attendance at the General Debate in person -> 040 to org:UNGA (set 229: "
      "Ghana's 'I am here' a 040 to org:UNGA; set 253: Nauru's 'I am pleased to join this debate' a 040 to "
      "org:UNGA; set 153: 'My presence here' a nominal 040) (borderline uncoded, since delivering the statement is "
      "01x as set 229's 'address the General Assembly', or a 042 to bare USA); 'after a two-year absence' = the "
      "earlier virtual sessions, a time expression, not a negated meeting (borderline a negated 040); 'this year's "
      "debate continues to take place amidst global uncertainties' is a description"),
 38: ([], "Andorra (2022): 'This is how we understand it in Andorra, because a world without international rules or "
          "consensus would be a world governed by the law of the strongest' = a view and a generalisation, no act"),
 39: ([], "Solomon Islands (2020): 'Now is the time for us to act collectively to address the needs of everyone' = a "
          "hortative whose 'us' means all States (held-out 42/43: 'we' meaning all states not coded)"),
}
