"""Hand annotations for the TWO-HUNDRED-AND-SEVENTY-FOURTH held-out event gold set (source of events-heldout274.jsonl).

Keyed by the row index of selection-heldout274.jsonl (output of select_statement_sentence_heldout.py 274; rows 0-18
all come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each release's date; the speaker of a briefing turn or of a
transcript is the one named at the head of that turn (journalists' questions are their own words).
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout274.jsonl \\
        --annotations annotations_heldout274 --output events-heldout274.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will continue to provide assistance to help Ukraine", "070", "USA/GOV", "UKR", False, F, N, False),
      ("supporting the First Lady’s mental health initiative", "070", "USA/GOV", "UKR/GOV", False, F, N, False)],
     "Readout of Blinken's meeting with First Lady Zelenska (19 July 2022); 'He reiterated that' = the document's own "
     "Secretary, not reported speech (README choices: a Department readout of its own Secretary is not reported "
     "speech) -> reported_by null; 'the United States will continue to provide assistance to help Ukraine respond to "
     "the significant economic and humanitarian challenges it faces' = continued material aid -> 070 future "
     "(README choices: a future material act keeps its code, 'we will continue support' 070 future; held-out 10 row "
     "7: 'will continue to provide' future aid to UKR; set 230: support for Ukraine a future 070 to bare UKR), one "
     "generic assistance for both kinds of challenge (borderline a 071 plus a 073, as held-out 10 row 7 split aid "
     "nouns that were named separately), to the country -> bare UKR (borderline UKR/GOV); 'including supporting the "
     "First Lady's mental health initiative for citizens affected by the war' = one named part of the same future "
     "assistance, a different recipient -> a second future 070, a gerund and not nominal, the First Lady's "
     "initiative -> UKR/GOV (held-out 5 row 36 and held-out 15 row 15, the sentence before in this document: "
     "Zelenska -> UKR/GOV) (borderline folded into the general assistance, as set 267 row 3 folded a general support "
     "into its named parts; or 073 to UKR/CVL for the war-affected citizens); 'the war' has no agent in the sentence, "
     "not coded (guideline: 'this aggression')"),
 1: ([], "Release on Acting Assistant Secretary Brownlee's travel (19 July 2021): 'In Tucson and El Paso, he will observe "
         "U.S. passport facility operations and meet with staff' = visits to the Department's own domestic passport "
         "agencies and meetings with its own staff = internal Department business, no act between political actors "
         "(held-out 229: internal schedule meetings uncoded; held-out 4 and 13: internal Department business) "
         "(borderline a future 036 USA/GOV -> USA/GOV, as set 252 coded McKeon's visit to Southern Command as a 036 "
         "to USA/MIL, a different sector); Tucson and El Paso are U.S. places; the Mexican stops lie in the sentence "
         "after"),
 # --- State Dept random: cue
 2: ([("spoke with South African Minister", "040", "USA/GOV", "ZAF/GOV", False, A, N, False)],
     "Readout of Blinken's call with FM Pandor (24 Mar 2022), the splitter cutting after 'Antony J.' (held-out 15 row "
     "14); 'spoke with' -> 040 (guideline: discuss/consult 040; held-out: a call is 040), Pandor -> ZAF/GOV; 'about "
     "the ongoing humanitarian crisis in Ukraine and the negative ripple effects it is already causing to food "
     "security and prices' = the topic, with no agent or act named, not coded (guideline: event nouns without an "
     "agent not coded)"),
 3: ([("his visit to Palestine", "042", "USA/GOV", "PSE", False, A, N, True)],
     "Transcript of Blinken and PA President Abbas after their meeting in Ramallah (27 Mar 2022); the turn's speaker "
     "is Abbas -> PSE/GOV; 'it gives me great pleasure to welcome U.S. Secretary of State Antony Blinken in his visit "
     "to Palestine' = a welcome of a visiting official, which codes the visit it shows and not the welcome (README "
     "choices: 'welcome Secretary Blinken to Delhi' is a 042 to the country; set 232: Herzog's 'Your visit ... we "
     "welcome you' one nominal 042 to bare ISR), 'his visit' a visit noun with its agent -> nominal 042 USA/GOV -> "
     "bare PSE, the host asserting the visit himself -> reported_by null (set 255: Tall Sall's 'you were in Dakar' "
     "reported_by null) (borderline a 043 hosting PSE/GOV -> USA/GOV, as set 224's welcome of a council, or a 051 for "
     "the welcome); 'In the name of God, the merciful' is an invocation; Ramallah is the venue"),
 4: ([], "Release on the Mandela Washington Fellowship virtual summit (2 Aug 2021): 'For more information ..., visit "
         "www.mandelawashingtonfellowship.org' = an instruction to readers to visit a website, no act between actors "
         "(set 230: the Open Skies website pointer uncoded; set 252: tip instructions uncoded)"),
 5: ([("continued commitment to work with the Government of Haiti", "030", "USA/GOV", "HTI/GOV", False, A, N,
       True)],
     "Readout of Blinken's call with Acting PM Claude Joseph (7 July 2021, the day of President Moise's "
     "assassination) -> the interlocutor HTI/GOV; 'reiterated' is the document's own Secretary's speech verb, not "
     "coded; 'the United States' continued commitment to work with the Government of Haiti' = a commitment to "
     "cooperate stated as a fact, a noun with its agent -> nominal 030 asserted (README choices: commitments stated "
     "as facts are asserted 03x; set 260: 'The U.S. commitment to working with the Palestinian Authority and the "
     "United Nations to provide rapid humanitarian assistance' one nominal 030 per partner, the purposes folded in; "
     "set 265: 'the U.S. and ROK commitment to ongoing close collaboration' a nominal 030); 'in support of the "
     "Haitian people and democratic governance, peace, and security' is the purpose of the same work, folded in "
     "(borderline a second nominal 032 to HTI/CVL, as set 258's 'commitment to supporting ... efforts')"),
 6: ([("Secretary Blinken and Foreign Minister Al Thani discussed", "040", "USA/GOV", "QAT/GOV", False, A, N, False),
      ("strong and growing partnership with Qatar", "050", "USA/GOV", "QAT/GOV", False, A, N, True),
      ("opportunities for greater cooperation on regional issues", "030", "USA/GOV", "QAT/GOV", False, F, N, True)],
     "Readout of Blinken's call with Qatari FM Al Thani (17 May 2022); 'discussed' -> 040 (guideline), symmetric, "
     "coded once from the document's government; 'the United States' strong and growing partnership with Qatar' = "
     "an existing, growing cooperation naming its parties, named as the topic -> nominal 050 (README choices: "
     "cooperation nouns a nominal 050; set 264 row 12: 'a growing range of cooperation' named as the topic of "
     "Blinken's talks with Modi a nominal 050) (borderline uncoded as the call's topic, as set 256 row 10 left 'our "
     "critical partnership' and held-out 236 and set 245 a bilateral relationship named as a meeting's topic); "
     "'including opportunities for greater cooperation on regional issues' = expanded cooperation discussed -> "
     "nominal 030 future (README choices: plans discussed to expand cooperation are a nominal 030 future per "
     "partner; set 248 row 14: 'opportunities to deepen cooperation' discussed a future 030) (borderline folded "
     "into the partnership, as set 251 folded 'including advancing new opportunities for trade and investment' into "
     "one nominal 030, or uncoded as a topic, as set 259 row 7); 'regional issues' is the domain"),
 7: ([], "Release on the OPCW Director-General's Washington visit (17 June 2022): 'For more information on the Bureau of "
         "Arms Control, Verification and Compliance, please visit www.state.gov/t/avc' = an instruction to readers, "
         "no act between actors (row 4; set 230)"),
 8: ([("met today with", "040", "USA/GOV", "CYP/GOV", False, A, N, False),
      ("congratulated Foreign Minister Kasoulides", "051", "USA/GOV", "CYP/GOV", False, A, N, False),
      ("U.S. commitment to deepening cooperation with the Republic of Cyprus", "030", "USA/GOV", "CYP/GOV", False, A,
       N, True)],
     "Readout of Blinken's meeting with Cypriot FM Kasoulides (1 Feb 2022); the splitter cuts after 'Antony J.' and "
     "keeps 'D.C. Secretary Blinken ...' in the same sentence (held-out 15 row 15); 'met today with' -> 040 "
     "(guideline), 'in Washington, D.C.' the venue, no trip word being in the sentence (set 251: 'met today in "
     "Muscat' a 040, borderline a 042) (borderline a 042 CYP/GOV -> bare USA); 'congratulated Foreign Minister "
     "Kasoulides on his return to the Ministry of Foreign Affairs' -> 051 (README choices: 'congratulated' is 051; "
     "welcoming an appointment is 051 to the appointee), his return to office being a domestic appointment, not "
     "coded; 'reiterated the U.S. commitment to deepening cooperation with the Republic of Cyprus' = a commitment "
     "to closer cooperation stated as a fact -> nominal 030 asserted (README choices: commitments stated as facts "
     "asserted 03x; set 265: 'the U.S. and ROK commitment to ongoing close collaboration' a nominal 030); 'including "
     "through the 3+1 mechanism with Greece and Israel' is the means of the same deepening with Cyprus, folded in "
     "(borderline one more nominal 030 each to GRC/GOV and ISR/GOV, as set 227's 'greater cooperation ... between "
     "NATO and Asia Pacific partners' one per partner, or a nominal 050 for the standing 3+1 format)"),
 9: ([("the United States stands with all NATO Allies", "051", "USA/GOV", "org:NATO", False, A, N, False),
      ("thanked Foreign Minister Lipavsky", "051", "USA/GOV", "CZE/GOV", False, A, N, False),
      ("the Czech Republic’s military assistance to Ukraine", "072", "CZE/GOV", "UKR", False, A, N, True),
      ("their commitment to provide protection", "0333", "CZE/GOV", "UKR/CVL", False, A, N, True),
      ("Russia’s aggression in Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
     "Readout of Blinken's call with Czech FM Lipavsky (9 Mar 2022); 'The Secretary emphasized' is the document's own "
     "Secretary, reported_by null (README choices); 'the United States stands with all NATO Allies' -> 051 (README "
     "choices: 'stand with' is 051 throughout), the Allies as the Alliance -> org:NATO (set 235: 'the security of "
     "our NATO Allies' -> org:NATO) (borderline dropped as an uncoded collective, as held-out 7 did with 'NATO "
     "Allies'); 'thanked Foreign Minister Lipavsky' -> 051 (guideline: thank 051); the acts thanked for are realised "
     "and coded asserted, their agent from the thanks (README choices: thanks 'for the ongoing support' gives the "
     "support its agent; set 249): 'the Czech Republic's military assistance to Ukraine' -> nominal 072 CZE/GOV -> "
     "bare UKR (held-out 10, 13, 14: military assistance to Ukraine 072 -> UKR; set 267 row 3: Croatia's security "
     "assistance 072), and 'their commitment to provide protection for those seeking refuge from Russia's aggression "
     "in Ukraine' = a commitment stated as a fact to shelter refugees -> nominal 0333 asserted (README choices: "
     "commitments stated as facts asserted 03x; set 249: 'our country's commitment to our Afghan allies' a nominal "
     "0333), 'their' = the Czech Republic, the refugees from Ukraine -> UKR/CVL (set 267 row 3: accepting refugees "
     "from Ukraine -> UKR/CVL) (borderline an asserted 075, the Czech Republic already admitting refugees, CAMEO "
     "having no intent code for asylum); 'Russia's aggression in Ukraine' -> nominal 190 RUS/MIL -> UKR (held-out 6, "
     "12, 222, 231, 250, 256: 'Russia's aggression' 190 RUS/MIL -> UKR)"),
 10: ([("engaging in terrorist activities in Syria", "180", "SYR/REB", "SYR", False, A, N, False),
       ("the Saint Petersburg metro attack", "180", "SYR/REB", "RUS", False, A, N, True),
       ("killed 14 passengers", "202", "SYR/REB", "RUS/CVL", False, A, N, False),
       ("injured 50 others", "182", "SYR/REB", "RUS/CVL", False, A, N, False),
       ("a suicide car bombing of the Chinese Embassy", "183", "SYR/REB", "CHN/GOV", False, A, N, True)],
      "Release on the SDGT designation of Katibat al Tawhid wal Jihad (7 Mar 2022); a designation list item codes the "
      "acts its finding names (README choices: the acts a sanctions designation names are coded too; set 234 row "
      "10), the Department's own finding 'has also been responsible for' -> asserted, reported_by null; KTJ, which "
      "'operates primarily in Idlib Province, Syria' (sentence before), is an armed group based in Syria -> SYR/REB "
      "(README choices: unnamed outlaw groups are the country's REB; set 234: JNIM -> MLI/REB) (borderline null, as "
      "an al-Qa'ida affiliate with a transnational membership, as ISIS and AQIM keep no code, or UZB/REB); 'engaging "
      "in terrorist activities in Syria' = habitual terrorist violence -> 180 (guideline: unspecified violence by "
      "non-state armed groups 180; set 162: 'terrorist activities orchestrated by ALIR' 180 -> bare RWA), a gerund "
      "and not nominal, to bare SYR (borderline uncoded as generic); 'conducting external attacks' is the class whose "
      "two instances follow, coded by its instances (borderline one more 180 with no target); 'the Saint Petersburg "
      "metro attack in April 2017' -> nominal 180 to the victim country, bare RUS (README choices: an agentless "
      "terrorist attack is 180, one per victim country; set 209: the London and Madrid attacks 180 to bare GBR and "
      "ESP) (borderline 183, the attack being a bombing that the text does not call one); 'which killed 14 passengers "
      "and injured 50 others' = killings of many civilians -> 202 and the wounding -> 182, both to RUS/CVL (set 234: "
      "'more than 200 people killed and 400 wounded' a 202 and a 182; set 233: a terrorist attack 180 beside a 202 to "
      "the victims) (borderline 1823 for 14 deaths, or both folded into the attack as its results, as set 147); 'a "
      "suicide car bombing of the Chinese Embassy in Bishkek, Kyrgyzstan' -> nominal 183 (guideline: non-military "
      "bombing; set 267 row 9: the AMIA bombing 183), 183 rather than 1831 or 1832 since the bombing is both suicide "
      "and vehicular (borderline 1831 or 1832), the Embassy -> CHN/GOV, Bishkek a place; 'which wounded three people' "
      "is folded into the bombing, the wounded never identified (borderline a 182 with no target)"),
 11: ([("spoke today with", "040", "USA/GOV", "SDN/GOV", False, A, N, False),
       ("Eritrean troops re-entering Ethiopia", "192", "ERI/MIL", "ETH", False, A, N, False)],
      "Readout of Blinken's call with Sudanese PM Hamdok (4 Aug 2021), the splitter cutting after 'Antony J.'; 'spoke "
      "today with' -> 040 (held-out 15 row 14: a call with PM Hamdok 040 USA/GOV -> SDN/GOV), 'to discuss shared "
      "concerns' being the same call and concern 01x; 'the expansion of armed confrontation in the Amhara and Afar "
      "regions of Ethiopia' names no party, not coded (guideline: event nouns without an agent; conflicts named only "
      "by place uncoded) (borderline a nominal 190 ETH/REB -> ETH/GOV from outside knowledge of the TPLF's "
      "advance); 'the deteriorating humanitarian situation' is a state; 'reports of Eritrean troops re-entering "
      "Ethiopia' = armed forces entering another state's territory -> 192 (guideline: invade/occupy 192; set 232: "
      "'Russia went into Ukraine' an asserted 192 RUS/MIL -> UKR), the troops -> ERI/MIL (guideline: /MIL for armed "
      "forces) to the bare country (guideline: bare country as the target of an invasion), the participle not "
      "nominal; 'reports of' names no source -> reported_by null, asserted (guideline: 'reportedly' with no named "
      "source -> null; set 221: unnamed publishers null) (borderline 190, after PETRARCH's CROSS &MILITARY * (INTO) "
      "[190], since the troops came as Addis Ababa's allies in the Tigray war, or 154); 'all of which impact "
      "regional stability' is an effect"),
 # --- State Dept random: nocue
 12: ([], "Release on the U.S.-Palau Our Ocean Conference partnership (11 June 2021): 'It [the ocean] regulates our climate "
          "and weather, generates half our oxygen, and provides food and livelihoods for billions of people' = a "
          "description of nature with no political actor (guideline: descriptions without an actor not coded)"),
 13: ([], "Release on the INL–AIR anti-corruption TechSprint (5 May 2022): 'The TechSprint prototypes may be further "
          "developed, tested, and adapted for global use by the teams that develop them' = a possible technical "
          "development by uncoded competition teams, no act between political actors"),
 14: ([("will lead an interagency delegation to Chisinau", "036", "USA/GOV", "MDA", False, F, N, False)],
      "Release on Counselor Chollet's travel (16 May 2022) -> USA/GOV; 'will lead an interagency delegation to "
      "Chisinau, Moldova, from May 17 to 18' = an announced trip -> 036 future to the bare destination country (README "
      "choices: an announced trip is 036 future; held-out 14 row 1: Chollet's 'will then travel to London' in the "
      "same release a future 036 to bare GBR), Chisinau the destination, not a metonym (guideline: a capital that is "
      "only a place); leading the delegation is the same trip, coded once (set 239: 'to lead the U.S. delegation' to a "
      "conference a 036 to its organiser, here no organiser); the meetings with Moldovan officials lie in the "
      "sentence after"),
 15: ([("our suspension of the program", "1623", "USA/GOV", "IRQ/CVL", False, A, N, True)],
      "Spokesperson's release on restarting the Iraqi P-2 refugee programme (1 Mar 2022) -> 'we' USA/GOV; 'During our "
      "review of the Iraqi P-2 Program, we identified and resolved the issues' = an internal administrative review, "
      "not coded (held-out 4 and 13: internal Department business); 'our suspension of the program in January of "
      "2021' = a realised stop, with its agent, of what the text after calls 'this important humanitarian program' "
      "for U.S.-affiliated Iraqis -> nominal 1623 (reduce or stop humanitarian assistance; set 235: 'the suspension "
      "of budgetary support' a nominal 1621) to IRQ/CVL (held-out 21 row 31: restarting the same programme a 075 "
      "USA/GOV -> IRQ/CVL) (borderline uncoded as internal administrative business, as held-out 10 and 223 and set 229 "
      "left suspended consular services; or a negated 075, the counterpart of the restart)"),
 16: ([], "Release on the fifth North American Drug Dialogue (11 Feb 2022): 'Additional information may be found in the "
          "joint statement released by the United States, Mexico, and Canada' = releasing a joint statement, a "
          "statement (01x), not coded (set 239: 'releasing a joint statement' uncoded; set 251: release of a G7 joint "
          "statement uncoded); the pointer to a web address is an instruction"),
 17: ([("spoke today with", "040", "USA/GOV", "GBR/GOV", False, A, N, False)],
      "Readout of Blinken's call with UK Foreign Secretary Truss (23 Feb 2022), the splitter cutting after 'Antony "
      "J.'; 'spoke today with' -> 040 (guideline; held-out: a call is 040), Truss -> GBR/GOV; the condemnation of "
      "Russia's recognition of the separatist 'republics' lies in the sentence after"),
 18: ([], "Blinken's Liberia National Day message (26 July 2022): 'May your Independence Day be a day of celebration for "
          "Liberia's past accomplishments and its bright future' = well-wishing, not coded (README choices: "
          "well-wishing ('I wish all people of Vanuatu health and happiness') is not coded; set 262: 'extends its "
          "warmest wishes to the Portuguese people' uncoded)"),
}
