"""Hand annotations for the TWO-HUNDRED-AND-THIRTY-EIGHTH held-out event gold set (source of events-heldout238.jsonl).

Keyed by the row index of selection-heldout238.jsonl (output of select_statement_sentence_heldout.py 238; rows 0-21
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
    python3 data/gold/build_events.py --selection selection-heldout238.jsonl \\
        --annotations annotations_heldout238 --output events-heldout238.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("tour the Panama Canal", "036", "USA/GOV", "PAN", False, F, N, False),
      ("host a roundtable discussion", "036", "USA/GOV", N, False, F, N, False)],
     "Announcement of Blinken's travel to Panama (15 Apr 2022); 'The Secretary will also tour the Panama Canal to "
     "review this vital component of ... trade' = an announced site visit on the trip -> 036 future (README: an "
     "announced trip is 036 future; held-out 5 row 17, 8 rows 15/47: 'will travel to' -> 036 future to the bare "
     "country; set 223: visiting Rohingya refugee camps a 042), the Canal being in Panama -> bare PAN (borderline "
     "uncoded as a stop of the Panama visit already announced in the text before, or PAN/GOV for the Canal "
     "Authority); 'host a roundtable discussion with regional civil society leaders' = a planned convening -> 036 "
     "future (held-out 13 row 0: 'hold a roundtable with opposition leaders' 036 future; held-out rule: a planned "
     "roundtable with the opposition 036 future), the leaders being 'regional', from several unnamed countries of "
     "the hemisphere -> target null (guideline: collectives without a code -> null) (borderline PAN/CVL, or 043); "
     "'focused on transparency and anti-corruption efforts' is the topic"),
 1: ([("will first travel to Jerusalem", "036", "USA/GOV", "ISR", False, F, N, False),
      ("will meet with", "036", "USA/GOV", "ISR/GOV", False, F, N, False)],
     "Announcement of Blinken's travel to Jerusalem, Ramallah, Cairo and Amman (24 May 2021); 'He will first "
     "travel to Jerusalem' = an announced trip -> 036 future to the destination country (README: an announced trip "
     "is 036 future; held-out 9 row 44, 23 row 36, set 233), Jerusalem the place of the Israeli leg -> bare ISR "
     "(borderline uncoded for Jerusalem's disputed status, the sentence naming no country); 'where he will meet "
     "with Israeli President Reuven Rivlin, Prime Minister Benjamin Netanyahu, Foreign Minister Gabi Ashkenazi, and "
     "other senior Israeli officials' = planned meetings on the trip -> a second 036 future (set 221: a trip and "
     "its meetings both coded; set 229: Kerry's trip one 042 and one 040 per country), the President, the Prime "
     "Minister, the Foreign Minister and the officials being one actor, ISR/GOV -> one event (borderline folded "
     "into the trip)"),
 # --- State Dept random: demand
 2: ([("We call on all parties in conflict-affected regions", "100", "USA/GOV", "ETH/GOV", False, A, N, False),
      ("We call on all parties in conflict-affected regions", "100", "USA/GOV", "ETH/REB", False, A, N, False)],
     "Blinken's statement on the delivery of humanitarian assistance to Tigray and Afar (1 Apr 2022); 'We call on "
     "all parties in conflict-affected regions to ensure the safety of humanitarian staff' = one asserted request "
     "(guideline); 'all parties' are named in the document, 'the Government of Ethiopia and regional authorities' "
     "(first sentence) and 'the Government of Ethiopia and the regional authorities in Tigray and Afar' (sentence "
     "after) -> one request per party: ETH/GOV, and the Tigrayan authorities as ETH/REB, a party to the war (set "
     "225: the Tigrayan authorities ETH/REB; set 228: the Afar authorities folded into ETH/GOV under the "
     "sub-national rule) (set 227: 'all parties to the conflict' go to the parties the document names; borderline "
     "target null, as held-out 25 row 8's unnamed Tigray parties); Y = protecting aid workers, for which CAMEO has "
     "no request sub-code -> generic 100 (borderline 1055 as allowing humanitarian operations, or 1056 as "
     "refraining from violence against them); Y not coded separately (guideline)"),
 3: ([("The United States calls on Georgian authorities", "104", "USA/GOV", "GEO/GOV", False, A, N, False)],
     "Price's statement on Georgia's judicial appointments (16 July 2021); 'calls on Georgian authorities to "
     "restore their commitment to democratic principles and the rule of law, while reinvigorating their "
     "partnership with the United States and international community' = one asserted request (guideline) with "
     "two demands -> coded from the first, political reform 104 (set 154: one appeal with several demands coded "
     "from its first demand; held-out 16 row 7: urging cooperation to conclude an electoral process 104) "
     "(borderline 102 for the partnership, or generic 100); 'Georgian authorities' = the government and the "
     "ruling party's Parliament that approved the judges -> GEO/GOV (borderline GEO/LEG); Y not coded separately"),
 4: ([], "Second multilateral statement on Russia's war and international sport (5 July 2022): 'Appropriate steps "
         "should be taken to ensure that any public statements made or symbols displayed at sporting events ... "
         "are consistent with this approach' = an agentless deontic addressed to sport organisations and event "
         "organisers (uncoded actors) about athletes' conduct, no codable behaviour between political actors "
         "(set 235 row 5: the athletes' and organisers' acts uncoded; held-out 42/43: demands between uncoded "
         "collectives not coded)"),
 # --- State Dept random: cue
 5: ([], "Release on the CMAR Memorandum of Understanding (8 June 2022): the marine corridor 'is also home to' five "
         "islands, 'harbors unique ... habitats, and supports a rich diversity of flora and fauna' = a description "
         "of an ecosystem, 'supports' being biological, no act"),
 6: ([("The Secretary condemned", "111", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("Russia’s premeditated, unprovoked, and unjustified invasion of Ukraine", "192", "RUS/MIL", "UKR", False, A,
       N, True)],
     "Readout of Blinken's call with Slovak FM Korcok (3 Mar 2022); 'The Secretary condemned' -> 111 (guideline), "
     "to the Russian government (held-out 15 row 3, set 233 row 14); 'Russia's premeditated, unprovoked, and "
     "unjustified invasion of Ukraine' -> nominal 192 RUS/MIL -> UKR (guideline: invade -> 192; held-out 11, 19, "
     "20, 23, 233 row 14: the same phrase RUS/MIL -> UKR) (borderline RUS/GOV)"),
 7: ([("funded by the United States and Australia", "070", "USA/GOV", "org:OECD", False, A, N, False),
      ("funded by the United States and Australia", "070", "AUS/GOV", "org:OECD", False, A, N, False),
      ("organized the ECG", "043", "org:OECD", N, False, A, N, False)],
     "Release welcoming the Blue Dot Network ECG's inaugural meeting (7 June 2021); 'The OECD, through technical "
     "support funded by the United States and Australia' = realised funding of the OECD's work by two governments "
     "-> 070, compound source split (guideline), to org:OECD (README: org:OECD), not nominal as a participle (set "
     "187: 'The visa regime imposed by France' not nominal as a participle) (borderline 071 for the funding); "
     "'organized the ECG to convene the private sector, civil society, and academia' = convening a meeting -> 043 "
     "(set 116: a meeting 'organized by the Government of Brazil' a 043 with no target), the convened sectors being "
     "worldwide uncoded collectives -> target null, one event (borderline one 043 per sector, all with no target); "
     "'to advise on the design and implementation of the ... initiative' is the purpose"),
 8: ([("met today with", "040", "USA/GOV", "ALB/GOV", False, A, N, False),
      ("the Secretary praised", "051", "USA/GOV", "ALB/GOV", False, A, N, False),
      ("hosting at-risk Afghans", "075", "ALB/GOV", "AFG/CVL", False, A, N, False)],
     "Readout of Blinken's meeting with Albanian PM Rama (16 Feb 2022); the sentence runs from 'Blinken met today' "
     "(the splitter cut after 'Antony J.'); 'met today with ... in Washington, D.C.' -> 040, Washington the venue "
     "(held-out 25 row 21: 'met today in Washington, D.C. with' a 040 only) (borderline a 042 ALB/GOV -> USA, as "
     "held-out 15 row 17's welcome of Rama); 'celebrated the 100th anniversary of U.S.-Albanian diplomatic "
     "relations' = an anniversary, not coded (set 135; held-out 21 row 54) (borderline a nominal 050 for the "
     "relations, a cooperation noun naming its parties); 'the Secretary praised' -> 051 (guideline); 'Albania's "
     "continued tradition of providing safe harbor to those in need by hosting at-risk Afghans' = realised, "
     "habitual admission of Afghan evacuees -> grant asylum 075 (README set 6: admitting refugees and offering "
     "safe haven 075; set 206: hospitality to refugees 075 per host), the two gerunds one act, coded once, to the "
     "Afghans -> AFG/CVL, asserted (borderline 073)"),
 9: ([("U.S.-Vietnam Comprehensive Partnership", "050", "USA/GOV", "VNM/GOV", False, A, N, True),
      ("U.S. support", "051", "USA/GOV", "org:ASEAN", False, A, N, False),
      ("U.S. support", "051", "USA/GOV", "VNM", False, A, N, False)],
     "Readout of Blinken's meeting with Vietnamese PM Chinh (14 May 2022); 'He reaffirmed the thriving U.S.-Vietnam "
     "Comprehensive Partnership' = an ongoing partnership naming its parties -> nominal 050 (set 235 row 19: 'We "
     "reaffirm our strong partnership with Paraguay' a nominal 050; held-out rule: a cooperation noun naming its "
     "parties is a nominal 050), symmetric, from the document's government; 'reaffirmed ... U.S. support for ASEAN "
     "centrality' = expressed support -> 051 to org:ASEAN (held-out 18 row 13, 22 row 23: reaffirmed/emphasized "
     "U.S. support a 051, nominal false as the act is the reaffirmation); 'and a strong, prosperous, and "
     "independent Vietnam' = support for a country's independence -> a second 051, to the bare country (held-out "
     "17 row 44: support for territorial integrity -> bare UKR; set 122: 'supports a united and stable Iraq' 051 "
     "to bare IRQ); the support for 'the Mekong-U.S. Partnership' is folded into the 050 with Vietnam, the only "
     "Mekong member the document names (held-out rule: a group without a code is each member the document names) "
     "(borderline a separate 051 or nominal 050 to VNM/GOV)"),
 10: ([("being put in place", "163", "USA/GOV", "RUS", False, A, N, False),
       ("the Iran nuclear deal", "057", "IRN/GOV", "USA/GOV", False, A, N, True)],
      "Blinken on CBS Face the Nation (6 Mar 2022), answering a question on Lavrov's demand for sanction "
      "exemptions; 'The sanctions that are being put in place and that have been put in place on Russia' = the "
      "US and partners' sanctions, an agentless passive for the document's own government's act -> 163 USA/GOV "
      "(guideline exception; set 225: 'Our sanctions ... against Russia' USA/GOV -> bare RUS), on the country -> "
      "bare RUS, the present and past impositions coded once (guideline: a repeated mention coded once); 'have "
      "nothing to do with' is an evaluation; 'the Iran nuclear deal' = the JCPOA named with Iran as its party -> "
      "nominal 057 IRN/GOV -> USA/GOV (set 228: the anaphoric JCPOA a nominal 057 IRN/GOV -> USA/GOV) (borderline "
      "target null, as set 209's JCPOA, or uncoded as an agreement named only as a topic); 'the prospects of "
      "getting back into that agreement' is left uncoded, following set 232's 'a return to the JCPOA' (borderline a "
      "hypothetical 057 USA/GOV -> IRN/GOV)"),
 11: ([("are imposing sanctions against", "163", "USA/GOV", "CHN/BUS", False, A, N, False),
       ("supplying Syria with equipment", "072", "CHN/BUS", "SYR/GOV", False, A, N, False)],
      "Price's statement on new INKSNA sanctions (24 Mar 2022); 'We also are imposing sanctions against the PRC "
      "entity Zhengzhou Nanbei Instrument Equipment Co. Ltd' -> 163 USA/GOV, to a Chinese company -> CHN/BUS "
      "(held-out 17 row 29: measures on a PRC company CHN/BUS); 'for supplying Syria with equipment controlled by "
      "the Australia Group chemical and biological weapons nonproliferation regime' = the act of the designation's "
      "'for' clause (held-out rule: a designation list item codes the acts of its 'for' clause; the acts a "
      "sanctions designation names are coded too) -> weapons-related (CBW-controlled) supplies, military aid 072 "
      "(README: arming named groups 072), to the Syrian state's programmes -> SYR/GOV (borderline bare SYR, 070 or "
      "061 as a sale, or uncoded as held-out 7 row 39's 'proliferation activities')"),
 12: ([], "Travel release's press contact line ('For further information, please contact ...'), no act"),
 13: ([("We reaffirm our support", "051", "USA/GOV", "UKR", False, A, N, False)],
      "G7 Foreign Ministers' statement on Russia and Ukraine (4 Mar 2022) -> 'We' = USA/GOV (held-out 10 row 13, 13 "
      "row 22: G7 foreign ministers' statements in a Department release -> USA/GOV) (borderline org:G7); 'We "
      "reaffirm our support and commitment to the sovereignty, independence, unity and territorial integrity of "
      "Ukraine' = expressed support -> 051 (guideline), to the bare country (held-out 17 row 44, 18 row 13, 22 row "
      "23: support for sovereignty and territorial integrity -> bare country), 'commitment' folded into the support "
      "(borderline a separate 032)"),
 14: ([("restoring Burma’s path to democracy", "0834", N, "MMR/CVL", False, D, N, False),
       ("cooperation between and among the United States, the ROK, and Japan", "050", "USA/GOV", "KOR/GOV", False,
        D, N, True),
       ("cooperation between and among the United States, the ROK, and Japan", "050", "USA/GOV", "JPN/GOV", False,
        D, N, True)],
      "Readout of Sherman's meeting with ROK Vice FM Choi (10 June 2021); 'reaffirmed the importance of restoring "
      "Burma's path to democracy' = a deontic without a request verb ('it is important to', guideline), agentless "
      "-> democratisation 0834 demanded with no source to the Burmese people (set 196: 'In Burma, it is imperative "
      "to restore democracy' a demanded 0834 with no source to MMR/CVL) (borderline MMR/MIL as source, the junta "
      "that ended the transition, or uncoded); 'stressed that cooperation between and among the United States, "
      "the ROK, and Japan is essential' = a cooperation noun naming its parties under a deontic -> demanded nominal "
      "050 (set 174: 'It is essential that Europe, the United States and Russia work together' a demanded 050; set "
      "202: 'necessitates close cooperation between' a demanded nominal 050), symmetric, from the document's "
      "government to each other party (guideline) (borderline asserted, the trilateral cooperation being ongoing; "
      "or a third event KOR/GOV -> JPN/GOV)"),
 # --- State Dept random: nocue
 15: ([], "Transparency International Panama's Executive Director Olga de Obaldía at the meeting with Blinken (20 Apr "
          "2022): 'we need to understand that the relationship between national security and corruption that was so "
          "well outlined in the June 3rd memo of the White House ... is the same thing in Panama' = an analysis of a "
          "policy memo's content, 'outlined' a statement (01x) and 'so well' an evaluation, no act between actors"),
 16: ([], "Blinken's Kuwait National Day message (25 Feb 2022): 'I wish the people of Kuwait best wishes and "
          "prosperity in the coming year' = well-wishing, not coded (held-out 7; set 235 row 17)"),
 17: ([("launched the Summit of the Americas", "030", "USA/GOV", N, False, A, N, False)],
      "OAS Secretary General Almagro's turn at the Summit Implementation Review Group meeting (8 June 2022); 'When the "
      "United States launched the Summit of the Americas in 1994' = a historic launch of a cooperation process -> "
      "030 asserted (set 208: an initiative 'launched by the French Government' a 030; set 220: the Baku Process "
      "'launched by Azerbaijan' a 030; set 234: 'As we launch this initiative' a 030), the hemisphere's "
      "governments an uncoded collective -> target null (borderline 043 for convening the first summit in Miami, "
      "or org:OAS); Almagro asserts it himself -> reported_by null; 'it was considered then that the democratic "
      "leaders of the hemisphere would work together as true partners' = an expectation of the time about an "
      "uncoded collective, not coded"),
 18: ([("we’re grateful to have close parties", "051", "USA/GOV", "ISR/GOV", False, A, N, False)],
      "Blinken with Israeli FM Ashkenazi before their meeting (25 May 2021); 'We have a lot of work to do' names no "
      "act; 'we're grateful to have close parties' (partners) = gratitude addressed to his host -> 051 (guideline: "
      "thank -> 051) to ISR/GOV, the foreign minister beside him and 'the partnership between us' of the sentence "
      "before (borderline uncoded as a sentiment, as README set 8's 'we greatly respect', or a nominal 050 for the "
      "partnership)"),
 19: ([("may use", "2041", "RUS/MIL", "UKR/MIL", False, H, N, False),
       ("may use", "2041", "RUS/MIL", "UKR/CVL", False, H, N, False),
       ("the aggressive campaign to take Mariupol", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "Blinken at the release of the 2021 Country Reports (12 Apr 2022), answering on chemical weapons in Mariupol; "
      "'We had credible information that Russian forces may use a variety of riot-control agents, including tear "
      "gas, mixed with chemical agents' = a possible use of chemical weapons -> 2041 (set 140: rockets with chemical "
      "agents an asserted 2041), hypothetical ('may'; guideline: could/might), Russian forces -> RUS/MIL, 'to weaken "
      "and incapacitate entrenched Ukrainian fighters and civilians' giving the targets, compound split -> UKR/MIL "
      "and UKR/CVL; the information is the US government's own -> reported_by null (guideline: a speaker's own "
      "assertion); 'that would cause stronger symptoms' is the effect, folded in; 'the aggressive campaign to take "
      "Mariupol' = the realised assault on the city, an event noun whose agent is the same sentence's Russian "
      "forces -> nominal 190 RUS/MIL -> bare UKR (guideline: generic military attack 190; held-out rule: agent from "
      "the same sentence) (borderline 192 for 'take', the seizure)"),
 20: ([], "Release on the U.S.-Japan EPCC vice-ministerial meeting (6 May 2022): 'Today, Under Secretary for Economic "
          "Growth, Energy, and the Environment Jose W.' = a fragment cut by the splitter after an initial, its verb "
          "('convened') lying after the cut -> not coded (held-out rule: a request whose verb falls outside the "
          "selected sentence is left uncoded; sets 151, 187: fragments whose verb lies outside the cut uncoded)"),
 21: ([], "Blinken at the Sembremos Seguridad site visit in Mexico (2 June 2021): 'Communities are now stronger in "
          "other ways too' = an evaluation of a domestic programme's results, no act"),
 # --- UNGDC 2020-2024 random: neg
 22: ([], "Nauru (2020): 'As we forge ahead ... \"Let's hand-in-hand, shoulder-to-shoulder ... walk forward to meet "
          "the challenges of tomorrow\"' = a hortative with 'we' meaning all States and humanity (held-out 42/43: "
          "'we' meaning all States not coded), no act"),
 23: ([], "United Arab Emirates (2024): 'In numerous crises, my country refused to allow the international response "
          "to be obstructed by growing global polarization, or obstacles imposed by warring parties' = a statement of "
          "resolve, 'refused to allow' bearing on an obstruction rather than rejecting any actor's proposal or demand "
          "(set 203: 'We will not let a Russian veto impede the efforts', the resolve uncoded) (borderline a 120 with "
          "no target); 'obstacles imposed by warring parties' = hindrance of the humanitarian response by unnamed "
          "warring parties, an uncoded collective, to no named victim (borderline a 1623 null -> null, which has no "
          "actor)"),
 24: ([("occupied by Russia", "192", "RUS/GOV", "GEO", False, A, N, False)],
      "Georgia (2022); 'my country is still occupied by Russia' = a realised, continuing occupation -> 192 "
      "(guideline: occupy -> 192), asserted, not nominal (a passive verb), Russia as the state -> RUS/GOV (set 224: "
      "'occupied lands of Ukraine' RUS/GOV) (borderline RUS/MIL, as the state sets' 'Russia's invasion' and set "
      "125's Russian troops in Georgia's occupied regions), the occupied country as a whole -> bare GEO (guideline: "
      "bare country for the target of an invasion); 'we do not let that difficult challenge define us' is resolve, "
      "not a negated event"),
 # --- UNGDC 2020-2024 random: reported
 25: ([("render us ineligible to access concessionary finance", "1621", N, "TTO/GOV", False, A, N, False)],
      "Trinidad and Tobago (2021); 'we are told time and time again, that our categorisation as middle and "
      "high-income countries render us ineligible to access concessionary finance and development support' = "
      "exclusion from concessional economic aid -> 1621 with no source, the lenders and donors never named (set "
      "201: Namibia's 'That status prevents us from accessing official development assistance' a 1621 with no source "
      "to NAM/GOV; set 212: Barbados's 'access to concessionary financing is being effectively denied us' a 1621), "
      "'us' the speaker's country among the SIDS -> TTO/GOV (set 193: 'such as Barbados' coded for the speaker's "
      "government); the ineligibility is in the complement of 'we are told', whose tellers are unnamed -> "
      "reported_by null (guideline: no named source -> null) (borderline uncoded as an eligibility rule, or a "
      "habitual 1621 from org:WB)"),
 # --- UNGDC 2020-2024 random: future
 26: ([("We will also host", "036", "SAU/GOV", N, False, F, N, False),
       ("the Crown Prince’s announcement", "030", "SAU/GOV", N, False, A, N, True)],
      "Saudi Arabia (2024); 'We will also host the 11th World Water Forum in 2027' = future hosting of an "
      "international conference -> 036 future (README: future cooperative acts, host/convene, get 036; set 205: the "
      "FAO that 'will host' a summit a future 036 with no target; set 171: Tanzania's hosting a future 036), the "
      "Forum's organiser, the World Water Council, having no code -> target null (borderline uncoded, as the sports "
      "games of sets 181 and 188, or org:UN); 'the Crown Prince's announcement last year to establish a Global Water "
      "Organisation to coordinate ... efforts' = a realised announcement of an initiative for international "
      "cooperation -> nominal 030 asserted with no target (set 132: an 'initiative for an International Solar "
      "Energy Alliance' a nominal 030 with no target), the Crown Prince and Prime Minister -> SAU/GOV (borderline "
      "a future 030 for the establishment, or uncoded as an announcement)"),
 # --- UNGDC 2020-2024 random: demand
 27: ([], "Norway (2024): 'The future must be renewable, circular and nature friendly' = a deontic with an inanimate "
          "subject and no codable behaviour (guideline: Y not a codable behaviour -> nothing coded)"),
 28: ([("Costa Rica calls on the international community", "103", "CRI/GOV", N, False, A, N, False)],
      "Costa Rica (2023); 'calls on the international community to take immediate action so that it can manage "
      "migratory flows in a safe and orderly manner' = one asserted request (guideline) to an uncoded collective -> "
      "target null (guideline: 'the international community' -> null); Y = action enabling Costa Rica, whose "
      "'resources are limited' (sentence before) and which 'require[s] financial support' (sentence after), to "
      "manage migration -> demand aid 103 (set 117: 'ask for your support on behalf of my country' a 103 with no "
      "target) (borderline generic 100 for the vague 'take immediate action', or 1031 from the next sentence); Y "
      "not coded separately"),
 # --- UNGDC 2020-2024 random: cue
 29: ([("are killed", "202", "ISR/GOV", "PSE/CVL", False, H, N, False)],
      "Indonesia (2024); 'Or when one hundred thousand Palestinians are killed?' continues the rhetorical question "
      "'Will the Security Council only take action to stop Israel's atrocities. When all Palestinian are "
      "displaced?' -> the killing of a hundred thousand is a threshold imagined inside a temporal clause of a "
      "question -> hypothetical (guideline: events inside an if/would clause of a question are hypothetical), mass "
      "killing of civilians -> 202 (guideline), the agentless passive taking Israel from the sentence before "
      "(README: an agentless 'were killed' takes its agent from the sentence before; set 234: 'the brutal Israeli "
      "war on the Palestinian people' ISR/GOV) -> ISR/GOV -> PSE/CVL (borderline ISR/MIL or no source, or uncoded "
      "as a rhetorical count, the realised 41,000 deaths lying in the sentences before); the Security Council's "
      "action belongs to the sentence before"),
 30: ([("welcome and resettle more refugees", "075", N, "MMR/CVL", False, D, N, False)],
      "Malaysia (2022); 'It is the responsibility of all countries, including those participating in the "
      "Convention, to welcome and resettle more refugees' = a deontic without a request verb whose agent is an "
      "uncoded collective -> the Y coded with source null, demanded (guideline: 'X should/must do Y' codes Y "
      "demanded; held-out rule: 'it is essential that we continue to support' (member states in general) has source "
      "null; set 148: 'welcoming many more' refugees a 075 with no source), Y = admitting and resettling refugees -> "
      "075 (README set 6: admitting refugees 075), the refugees being the Rohingya of the sentence before, "
      "Myanmar's people -> MMR/CVL (borderline uncoded as a norm for all States, following the held-out rule on "
      "'acts of terrorism should be condemned wherever', or target null for refugees in general)"),
 31: ([("we continue to seek support", "103", "NRU/GOV", N, False, A, N, False)],
      "Nauru (2022); 'we continue to seek support to review, overhaul and revamp our health systems' = a habitual "
      "request for aid -> 103 asserted (set 206: 'continue to seek bilateral and multilateral assistance' a 103 with "
      "no target), no addressee named (the 'partners' of the sentence after are uncoded) -> target null (borderline "
      "1033 for health support, or 1011 for the technical expertise); 'Our strategy is informed by the lessons "
      "learned' is a domestic description"),
 32: ([("we are encouraged by", "051", "PNG/GOV", N, False, A, N, False)],
      "Papua New Guinea (2023); 'we are encouraged by the world coming together here to discuss and explore "
      "opportunities and solutions' = 'we are encouraged by' -> 051 (README held-out rule: 'we are encouraged by' "
      "and 'we are pleased with' are 051), aimed at 'the world' gathered at the General Debate, an uncoded "
      "collective -> target null (held-out rule: welcoming a decision of an uncoded body is 051 with no target) "
      "(borderline org:UNGA); the gathering itself is a meeting of all States, not coded (held-out 42/43: 'we' "
      "meaning all States) (borderline a 040 to org:UNGA)"),
 33: ([("pay tribute to", "051", "SDN/GOV", N, False, A, N, False),
       ("providing generous support", "073", N, "SDN/CVL", False, A, N, False)],
      "Sudan (2020); 'I would like ... to pay tribute to all our friendly and brotherly countries' -> 051 (README "
      "held-out rule: 'pay tribute to' is 051), performative and asserted, to unnamed countries -> target null "
      "(guideline: collectives without a code -> null); 'that have demonstrated their solidarity by providing "
      "generous support in response to that catastrophe' = realised relief after the Nile floods of the sentence "
      "before -> humanitarian aid 073 with no source to the flood-stricken Sudanese (set 200: thanks for flood relief "
      "a nominal 073 to MDA/CVL; set 219: 'countries in the region that have helped' a 070 with no source to "
      "SOM/CVL) (borderline 070, or SDN/GOV); 'demonstrated their solidarity' after a natural disaster is condolence, "
      "01x, not coded (README held-out rule)"),
 34: ([("Grenada welcomes", "051", "GRD/GOV", "org:UNGA", False, A, N, False)],
      "Grenada (2021); 'Grenada welcomes the General Assembly's unanimous adoption ... of resolution 75/314, "
      "entitled \"Establishment of the Permanent Forum of People of African Descent\"' -> 051 to org:UNGA (README "
      "held-out rule: welcoming a UN resolution is 051 to org:UNGA); the adoption and the Forum it establishes are "
      "the resolution's content beside its welcome, not coded (set 134: an adopted resolution's content beside its "
      "welcome uncoded); 'a momentous undertaking' is an evaluation and the abolition of slavery an anniversary"),
 35: ([], "Burundi (2023): 'we are all aware of its scale and of the resulting threats to peace and security' = "
          "awareness of a risk, 'threats' figurative (guideline), 'we' meaning all States"),
 # --- UNGDC 2020-2024 random: nocue
 36: ([], "Jamaica (2023): 'We are ... gravely concerned about growing global tensions and risks associated with "
          "nuclear proliferation' = expressed concern, 01x, not coded (guideline), about risks with no actor"),
 37: ([], "Egypt (2022): 'It is also an indication that the United Nations believes in solidarity as an "
          "indispensable value' = a belief attributed to the Organization, no act (the designation of Human "
          "Solidarity Day lies in the sentence before)"),
 38: ([], "Australia (2021): 'Each generation navigates its own destiny amidst anxiety and hope' = a reflection, no "
          "act"),
 39: ([], "Burundi (2021): 'at stake are the issues related to the employability of young people and women' = a "
          "domestic policy description, no act between actors"),
 40: ([], "Timor-Leste (2024): 'This session holds special significance for the Timorese' = an evaluation, no act"),
}
