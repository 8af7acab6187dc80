"""Hand annotations for the TWO-HUNDRED-AND-FORTY-EIGHTH held-out event gold set (source of events-heldout248.jsonl).

Keyed by the row index of selection-heldout248.jsonl (output of select_statement_sentence_heldout.py 248; rows 0-21
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
    python3 data/gold/build_events.py --selection selection-heldout248.jsonl \\
        --annotations annotations_heldout248 --output events-heldout248.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("when concluded", "057", "USA/GOV", "CZE/GOV", False, F, N, False),
      ("already existing cooperation between our two militaries", "062", "USA/MIL", "CZE/MIL", False, A, N, True)],
     "Price's statement on the opening of U.S.-Czech Defense Cooperation Agreement negotiations (21 Apr 2022); 'This "
     "agreement, when concluded' = the bilateral DCA whose negotiation the Czech Defense Minister announced that day "
     "(sentences before), its conclusion still to come -> future 057 USA/GOV -> CZE/GOV (guideline: agreements "
     "concluded 057; set 189: 'We hope that the agreement will be signed', the speaker a party, a future 057; set "
     "130: a future nominal 057), symmetric, coded once from the document's government (guideline); 'will help create "
     "an overarching framework ... formalizing procedures' is the agreement's own content and is folded into the 057 "
     "(borderline a separate future 030, as the README choice 'a mechanism that will deepen cooperation stands for the "
     "two governments' act (030 future)'; or the 057 uncoded as a time clause); 'already existing cooperation between "
     "our two militaries' = realised military cooperation naming its parties ('our two' = the US and Czech armed "
     "forces) -> nominal 062 (README choices: security cooperation 062; a cooperation noun naming its parties is a "
     "nominal 050; set 227: 'joint service cooperation between our militaries' a nominal 0312 USA/MIL -> IND/MIL), "
     "/MIL for the armed forces named (guideline) (borderline 050, or USA/GOV -> CZE/GOV); 'enhanced NATO "
     "cooperation' is a purpose of the framework, no act"),
 1: ([("a commitment made", "036", "USA/GOV", "RUS/GOV", False, A, N, True)],
     "Release announcing Sherman's Strategic Stability Dialogue in Geneva (23 July 2021); 'This meeting' = the "
     "Dialogue of 28 July named in the sentence before, an anaphoric meeting noun with no agent in the sentence "
     "(guideline: 'the meeting' not coded) (borderline a future nominal 036 USA/GOV -> RUS/GOV); 'a commitment made "
     "between President Biden and Russian President Putin to have a deliberate and robust dialogue between our two "
     "nations' = the realised commitment of the June 2021 Geneva summit to hold talks -> 036 intent to meet or "
     "negotiate, asserted (guideline: an explicit intent stated as a fact is an asserted 03x; set 225: the "
     "'continued commitment' of two parties to a cessation of hostilities a nominal 0356), coded once from the "
     "document's government as a symmetric commitment between the two presidents (guideline: symmetric acts coded "
     "once) (borderline one 036 each way, as set 225); nominal, 'made' being a light verb and 'commitment' the event "
     "noun whose agents the phrase names (sets 225 and 241) (borderline not nominal as a participle, as set 187's "
     "'imposed by'); 'that will seek to lay the groundwork for future arms control and risk reduction measures' is the "
     "dialogue's purpose, not coded"),
 # --- State Dept random: demand
 2: ([], "Call for recommendations for the 2022 Secretary of State's Award for Corporate Excellence (7 Apr 2022): "
         "'Stakeholders are asked to put forward recommendations to embassies and consulates ... and should refrain "
         "from lobbying' = the Department's procedural instructions for nominating companies for its own award, "
         "internal Department business (held-out 4 row 31, 13 row 31: internal Department business not coded; set "
         "230: operator instructions uncoded) (borderline a generic 100 USA/GOV -> null under the own-administrative-"
         "act passive rule, the stakeholders an uncoded collective); 'should refrain from lobbying' is a negated "
         "deontic about an act with no CAMEO code"),
 3: ([("We continue to call on the Cuban government", "1053", "USA/GOV", "CUB/GOV", False, A, N, False)],
     "Price's statement on the expanded support to the Cuban people (16 May 2022); 'We continue to call on the Cuban "
     "government to immediately release political prisoners, to respect the Cuban people's fundamental freedoms and to "
     "allow the Cuban people to determine their own futures' = one asserted request (guideline), a request verb with "
     "several demands taking the most specific sub-code (README choices) -> release of persons 1053 (guideline) "
     "(borderline 1043 for the freedoms, or one request per demand); Y not coded separately (guideline); 'political "
     "prisoners' is a noun with no detention verb, so the detention is not coded (borderline a nominal 173 CUB/GOV -> "
     "CUB/OPP, as set 208's 'kept in prison' 173, which had a verb)"),
 4: ([("ending its effective blockade", "0872", "RUS/GOV", "UKR", False, D, N, False),
      ("its effective blockade", "191", "RUS/GOV", "UKR", False, A, N, True)],
     "Blinken's statement on the Black Sea grain deal (22 July 2022); 'The international community must now hold "
     "Russia accountable for this deal' = a deontic whose subject is an uncoded collective and whose Y, holding to "
     "account, has no CAMEO act (set 231: 'hold to account' uncoded) -> not coded; 'ending its effective blockade of "
     "Ukraine's ports' = what Russia is to be held to under the deal, Russia's own act -> demanded 0872 ease military "
     "blockade (README choices: 'must open major roads to Taiz' 0872 demanded; set 228: 'this invasion by Russia "
     "should stop' a demanded 087 from Russia) (borderline 085, or the ending uncoded as part of an accountability "
     "norm with no source); the realised blockade named inside it -> nominal 191 asserted (guideline: blockade 191; "
     "README choices: 'urges Israel to lift its blockade' is 1056 and the blockade itself a nominal 191; a realised "
     "act named inside a request is coded too), Russia -> RUS/GOV, the ports' country -> bare UKR (guideline: bare "
     "country as target) (borderline RUS/MIL, or UKR/GOV); 'ensuring Ukrainian agricultural goods ... reach world "
     "markets' names no separate act (folded into the 0872); 'this deal' is an anaphoric event noun with no agent "
     "in the sentence (guideline) (borderline a nominal 057 between the four parties named two sentences before)"),
 # --- State Dept random: cue
 5: ([("the U.S.-Palestinian relationship", "050", "USA/GOV", "PSE/GOV", False, A, N, True)],
     "Readout of Blinken's call with Palestinian Authority President Abbas (1 June 2022); 'emphasized' is the speech "
     "verb (guideline: not coded); 'the importance of the U.S.-Palestinian relationship' = a relationship noun naming "
     "its parties -> nominal 050 (set 232: 'The U.S.-Thai relationship' a nominal 050; set 238: 'Reaffirmed the "
     "U.S.-Vietnam Comprehensive Partnership' a nominal 050; README choices: a cooperation noun naming its parties), "
     "the Palestinian side the Palestinian Authority -> PSE/GOV (borderline uncoded as a state rather than an act, as "
     "set 232 flagged); 'the Administration's support for a negotiated two-state solution' = a settlement formula, "
     "an abstract policy position (held-out 243 row 7 and set 225: support for / commitment to a two-state solution "
     "uncoded; set 201) (borderline a 051 to each of ISR/GOV and PSE/GOV)"),
 6: ([("He also met with", "040", "USA/GOV", "LBN/COP", False, A, N, False),
      ("He also met with", "040", "USA/GOV", "LBN/JUD", False, A, N, False)],
     "Release on INL Assistant Secretary Robinson's travel (14 Mar 2022); 'He' = Robinson (sentences before) -> "
     "USA/GOV; 'also met with female members of the ISF and the justice sector' in Beirut -> 040 (guideline: meet "
     "040), compound target split (guideline): the Internal Security Forces, Lebanon's police -> LBN/COP (README "
     "choices: Cuban Interior Ministry forces including the police -> CUB/COP), and the justice sector -> LBN/JUD "
     "(README choices: the Haitian judiciary HTI/JUD) (borderline LBN/GOV for the ISF); 'to highlight their "
     "contributions to civilian security and the rule of law' = the meeting's purpose, 'highlight' a 01x statement "
     "(held-out 10 and 11: 'highlight(ed)' 01x) (borderline a 051 to each, as an acknowledgement of their work)"),
 7: ([("we look forward to reconnecting", "036", "USA/GOV", "VUT/GOV", False, F, N, False),
      ("supporting the return of Peace Corps Volunteers to Vanuatu", "070", "USA/GOV", "VUT", False, F, N, False),
      ("our relationship", "050", "USA/GOV", "VUT/GOV", False, A, N, True)],
     "Blinken's Vanuatu National Day message (29 July 2022); 'As we all emerge from the COVID-19 pandemic' is a time "
     "clause ('we all' everyone); 'we look forward to reconnecting' = renewed contacts after the pandemic -> 036 "
     "future (guideline: 'look forward to' + an event is future, and future cooperative acts such as meet and engage "
     "take 036), with Vanuatu -> VUT/GOV (borderline 030 future); 'supporting the return of Peace Corps Volunteers to "
     "Vanuatu' = sending US government volunteers back to work in the country, a future material act that keeps its "
     "code (README choices: 'we will continue support' 070 future) -> 070 future to the bare country, the volunteers "
     "serving communities rather than the government (borderline 033 under the future-cooperation rule, 073, or "
     "VUT/GOV); 'a testament to the strength of our relationship' = the relationship named with its parties ('our' = "
     "the US and Vanuatu) -> nominal 050, following held-out 242's 'We have a very strong relationship' (050) and "
     "set 232 (borderline uncoded as an evaluation of a state of relations)"),
 8: ([("met today with", "040", "USA/GOV", "AGO/GOV", False, A, N, False)],
     "Readout of Deputy Secretary Sherman's meeting with Angolan FM Tete Antonio (5 May 2022); 'met today with' -> "
     "040 (guideline; held-out 233: 'met today with ... in Algiers' a 040 only), Luanda the venue, not a metonym "
     "(guideline) (borderline a second event, a 042 to bare AGO for the visit the venue implies, as held-out 233 and "
     "238 flagged)"),
 9: ([("thank you very, very much", "051", "UZB/GOV", "USA/GOV", False, A, N, False),
      ("your support of independence", "051", "USA/GOV", "UZB", False, A, N, True)],
     "Transcript of Blinken and Uzbek FM Kamilov before their meeting (10 Mar 2022), Kamilov's turn -> UZB/GOV; 'thank "
     "you very, very much for your support' -> 051 to Blinken's government (guideline: thank 051; held-out 20 row 34 "
     "and 22 row 29: a guest's thanks 051); 'your support of independence, sovereignty, and territorial integrity of "
     "Uzbekistan' = the support thanked for, its agent given by the thanks (README choices: thanks 'for the ongoing "
     "support' gives the support its agent from the thanks), verbal support of sovereignty -> nominal 051 to the "
     "bare country (set 238: 'our support and commitment to the sovereignty ... of Ukraine' one 051 to bare UKR; "
     "held-out 18: support for sovereignty to the bare country), Blinken having said 'we will remain absolutely "
     "committed to Uzbekistan's sovereignty' in his turn (borderline 032, as set 243's 'shared commitment to "
     "Ukraine's sovereignty'); 'as well as other Central Asian countries' = a group without a code whose members the "
     "document does not name, dropped (README choices: a group without a code is each member the document names) "
     "(borderline one 051 per C5 state)"),
 10: ([("exchanged substantive dialogue", "040", "USA/GOV", "SVN/GOV", False, A, N, False),
       ("the visit of", "042", "SVN/GOV", "USA", False, A, N, True)],
      "Slovenia-U.S. Strategic Dialogue joint statement (14 Mar 2022); 'Both countries exchanged substantive dialogue "
      "on key issues of common interest in December 2020' = a historic realised meeting -> 040 (guideline: "
      "discuss/consult 040), symmetric, coded once from the document's government (guideline) (borderline from "
      "Slovenia, named first in the joint statement); 'during the visit of Anže Logar, Minister of Foreign Affairs of "
      "Slovenia, to Washington, D.C.' = an event noun with its agent -> nominal 042 SVN/GOV to the bare country "
      "(guideline: visit 042; README choices: official visits are one nominal 042 per visitor); 'where the inaugural "
      "Strategic Dialogue between Slovenia and the United States was held' is the same meeting as the dialogue "
      "exchanged, a repeated mention coded once (guideline) (borderline a second, nominal 040 under the README rule "
      "that a meeting noun naming its participants is a nominal 040)"),
 11: ([("$2 billion in funding", "071", "USA/GOV", N, False, A, N, True),
       ("additional vaccine donations to Gavi", "073", "USA/GOV", N, False, A, N, True)],
      "Release on Under Secretary Nuland's trip to Paraguay, Panama and El Salvador (1 July 2021); 'This is in "
      "addition to' = the US vaccine donation announced in the sentence before, so the agent of the aid nouns is "
      "plain from the text around them (README choices: an event noun whose agent is plain only from the text around "
      "it is coded) -> USA/GOV; '$2 billion in funding ... to Gavi' = financial aid -> nominal 071, and 'additional "
      "vaccine donations to Gavi' = medical relief -> nominal 073 (set 229: vaccine doses 'allocated ... to support "
      "COVAX' a 073 with no target; set 156: one 070 and one 071 for two kinds of aid named), Gavi, the Vaccine "
      "Alliance, having no code -> target null (README choices: saving lives through a vaccine alliance is 073 with no "
      "target; set 228: 'in partnership with COVAX' no target) (borderline one 073 for both, or a new org:GAVI); "
      "'which supported procurement and delivery of vaccines through COVAX ... for worldwide distribution' = Gavi's "
      "own relief to unnamed recipients, null to null, not coded"),
 12: ([("is working with", "062", "USA/GOV", "ZAF/GOV", False, A, N, False)],
      "Designation of ISIS organizers and financial facilitators based in South Africa (1 Mar 2022); 'The United "
      "States is working with our African partners, including South Africa, to dismantle ISIS financial support "
      "networks' = ongoing counter-terrorism cooperation -> 062 (README choices: security cooperation 062; set 220: a "
      "partner 'in the fight against terrorism' a nominal 062), the African partners a group without a code, coded "
      "for the one member the sentence names (README choices: a group of four States whose members the document does "
      "not name is coded for the one it names) (borderline 050, or 064 for sharing financial intelligence); 'to "
      "dismantle ISIS financial support networks' = the purpose, ISIS and its networks having no code (README choices: "
      "the Global Coalition to Defeat ISIS has no code) -> not coded (borderline a 163 USA/GOV -> null for the "
      "designations of the next sentence)"),
 13: ([("agreed to meet again", "036", "USA/GOV", "RUS/GOV", False, A, N, False),
       ("to hold informal consultations", "036", "USA/GOV", "RUS/GOV", False, A, N, False)],
      "Readout of the first U.S.-Russia Strategic Stability Dialogue session in Geneva (28 July 2021); 'The two "
      "delegations agreed to meet again in a plenary session at the end of September' = an intent to meet stated as a "
      "fact -> asserted 036 (guideline: 'EU leaders agreed to open negotiations' 03x asserted; README choices: 'the "
      "parties agreed to meet' is 036 from the document's government to each other party), the delegations -> "
      "USA/GOV and RUS/GOV; 'and to hold informal consultations in the interim' = a second, distinct meeting agreed "
      "-> a second asserted 036, as set 241's Negev Forum look-forward gave one 036 per meeting named (borderline "
      "folded into one 036); 'with the aim of determining topics for expert working groups at the second plenary' is "
      "the purpose"),
 14: ([("also discussed", "040", "USA/GOV", "UKR/GOV", False, A, N, False),
       ("to deepen cooperation", "030", "USA/GOV", "UKR/GOV", False, F, N, False),
       ("planned visit to Washington", "036", "UKR/GOV", "USA", False, F, N, True)],
      "Readout of Blinken's meeting with Ukrainian FM Kuleba and Head of the Presidential Office Yermak (5 Aug 2021); "
      "'The Secretary and his Ukrainian counterparts also discussed' -> 040 (guideline), symmetric, coded once from "
      "the document's government to UKR/GOV (both counterparts are government officials); 'opportunities to deepen "
      "cooperation between Ukraine and the United States' = plans discussed to expand cooperation -> 030 future "
      "(README choices: plans discussed to expand cooperation are a nominal 030 future per partner), symmetric, once "
      "from the document's government (borderline uncoded as a topic of the discussion, as held-out 242 left Zeya's "
      "'partnering with India and Nepal'); 'during President Volodymyr Zelenskyy's planned visit to Washington, D.C. "
      "on August 30' = an announced visit -> future nominal 036 UKR/GOV to the bare country (README choices: an "
      "announced trip is 036 future; set 226: Biden's 'upcoming visit to Poland' a future nominal 036 to bare POL) "
      "(borderline USA/GOV as target, or 042 future)"),
 # --- State Dept random: nocue
 15: ([], "Joint Statement on the U.S.-North Macedonia Strategic Dialogue (2 June 2022): 'As NATO's newest Ally, "
          "North Macedonia underscored its commitment to promoting peace and stability on the European continent' = "
          "an abstract commitment to a goal with no counterpart or beneficiary named (guideline: abstract policy "
          "positions not coded; set 137: reaffirmed commitments to the Charter and to the Organization's mission "
          "uncoded; held-out 243 row 11) (borderline an asserted 030 to org:NATO); 'NATO's newest Ally' is a status"),
 16: ([("put extraordinary pressure on Russia", "170", "USA/GOV", "RUS/GOV", False, A, N, False)],
      "Transcript of Blinken and NATO Secretary General Stoltenberg before their meeting (6 Apr 2022), Blinken's turn "
      "-> USA/GOV; 'We set out to do three things if Russia decided to pursue this horrific aggression' (sentence "
      "before) ... 'Two was to put extraordinary pressure on Russia - we're doing that' = the aim stated and its "
      "realisation asserted ('we're doing that') -> coercion 170 (README choices: the US Ambassador's 'pressures and "
      "blackmail ... brought to bear' a nominal 170; set 191: 'intensify pressure upon the apartheid regime' a "
      "demanded 170), asserted, to the Russian government (borderline 163 for the sanctions the pressure consists "
      "of, or a second 170 from org:NATO, 'we' including the Allies)"),
 17: ([("has designated", "163", "USA/GOV", "MMR/BUS", False, A, N, False)],
      "Blinken's statement on additional sanctions on the Burmese military regime (25 Mar 2022); 'OFAC has designated "
      "Myanmar Chemical & Machinery Company Limited (MC&M), International Gateways Groups of Company Limited (IGG), "
      "Htoo Group of Companies (Htoo Group), and the Asian Green Development Bank (AGDB), companies owned by Burmese "
      "business leaders' -> sanctions 163 (guideline), OFAC, the Treasury's sanctions office -> USA/GOV; the four "
      "companies, the bank among them, are one sector -> one 163 to MMR/BUS (held-out 242: the designees' 'are "
      "blocked' one 163 per sector; README choices: one sanctions action of several parts is coded once) (borderline "
      "one 163 per company)"),
 18: ([("will travel to Brussels", "036", "USA/GOV", "BEL", False, F, N, False),
       ("to London", "036", "USA/GOV", "GBR", False, F, N, False)],
      "Announcement of Acting GEC Coordinator Bray's trip (3 June 2022) -> USA/GOV; 'will travel to Brussels, Belgium, "
      "from June 5 to 9 and to London, United Kingdom, from June 10 to 14' = an announced trip -> 036 future per "
      "destination (README choices: a trip under way is 042 asserted per destination, an announced one 036 future), "
      "to the bare countries (held-out 22 row 31: a trip one 042 per bare country; held-out 11 and 14) (borderline 042 future, or "
      "org:EU for Brussels, where the trip's events are the Atlantic Council summit and the U.S.-EU Trade and "
      "Technology Council conference of the sentences after)"),
 19: ([("Thank you very much, Mr. Secretary", "051", "ALB/GOV", "USA/GOV", False, A, N, False)],
      "Transcript of Blinken and Albanian Prime Minister Rama before their meeting (15 Feb 2022), Rama's turn -> "
      "ALB/GOV; 'Thank you very much, Mr. Secretary' answering Blinken's welcome and thanks -> 051 (guideline: thank "
      "051; held-out 20 row 34: 'Thank you very much, Secretary Blinken' 051; held-out 22 row 29: 'Thank you, Mr. "
      "Secretary' 051) (borderline uncoded courtesy); the visit ('It is an honor to be here') is in the next sentence"),
 20: ([], "Blinken's Juneteenth statement (18 June 2021): 'Today, we recommit to moving toward racial justice and equity "
          "at home and abroad' = an abstract commitment to a goal, mainly domestic, with no counterpart (guideline: "
          "abstract policy positions without an actor not coded; set 137: reaffirmed commitments uncoded; held-out 243 "
          "row 11) (borderline an asserted 030 with no target)"),
 21: ([("I want to recognize", "051", "USA/GOV", "CRI/GOV", False, A, N, False)],
      "Blinken's statement welcoming Costa Rica to the OECD (25 May 2021); 'I want to recognize Manuel Tovar, Costa "
      "Rica's Permanent Representative to the OECD, for his dedication and commitment' = public recognition, praise "
      "-> 051 (guideline: praise/commend 051; README choices: 'pay tribute to' 051), 'I want to' a performative hedge "
      "and not a hope, the envoy -> CRI/GOV (borderline CRI/CVL for a personal tribute); 'as Costa Rica completed its "
      "accession process' = its admission to the OECD, left uncoded as a membership act, following set 116 "
      "(congratulating Switzerland on joining the UN a 051, the joining not coded) and the held-out practice of "
      "leaving admissions uncoded (borderline a 057 CRI/GOV -> org:OECD, as set 137's NATO accession protocol)"),
 # --- UNGDC 2020-2024 random: neg
 22: ([], "Belgium (Wilmès, 2020): 'When we do not, or no longer do so, mistrust sets in and ... makes the necessary "
          "cooperation too difficult' = a generalisation whose 'we' is all States ('Such trust forces us all to keep "
          "our word', sentence before), the negated dialogue generic (held-out 42/43: 'we' meaning all States not "
          "coded) (borderline a negated, hypothetical 040 with no source)"),
 23: ([], "El Salvador (Bukele, 2021): 'A warning that humankind did not heed, which led to an even greater crisis - "
          "the Second World War' = the Great Depression figured as a warning to humankind, no actor issuing a call "
          "(guideline: figurative uses not coded), and the Second World War a war named with no agent in the "
          "sentence (guideline: event nouns without an agent not coded; set 187: 'the war in Iraq' named only by "
          "place uncoded) (borderline a negated 030 null -> null for the unheeded warning, as the README choice "
          "'calls that have never heeded')"),
 24: ([], "Colombia (Petro, 2022): 'Never mind the scientists' warning that the rainforest is one of the great pillars "
          "of the climate' = a scientific warning, a 01x statement by uncoded experts (guideline: 01x not coded), "
          "dismissed by the speaker's sarcastic imperative"),
 # --- UNGDC 2020-2024 random: future
 25: ([], "United States (Biden, 2021): 'We also have to support the countries and people that will be hit the "
          "hardest and have the fewest resources to help them adapt' = a collective obligation whose 'we' continues the "
          "'every one of our countries' of the sentence before, and whose beneficiaries are an uncoded collective "
          "(held-out 42/43: 'we' meaning all States not coded; set 137: 'We must collect $100 billion' uncoded) "
          "(borderline a demanded 070 USA/GOV with no target, the next sentence announcing the US doubling of its "
          "climate finance)"),
 # --- UNGDC 2020-2024 random: demand
 26: ([], "Mauritius (2021): 'We should strive towards producing more vaccines, more rapidly, and decentralize their "
          "production to cater for the needs of the people around the globe' = a deontic whose 'we' is all States "
          "(held-out 42/43) and whose Y, producing vaccines, is no act between actors (guideline: if Y is not a "
          "codable behaviour nothing is coded) (borderline a demanded 061 with no source for decentralising production "
          "to developing countries)"),
 27: ([], "Bolivia (2024): 'we must redouble our efforts and strengthen our collective commitment to ensure that this "
          "ambitious plan' (the 2030 Agenda) 'becomes a tangible reality' = a hortative whose 'we' is all States "
          "(held-out 42/43; set 137: commitments to the Agenda uncoded) (borderline a demanded 030 with no source)"),
 # --- UNGDC 2020-2024 random: cue
 28: ([], "Belgium (De Croo, 2021): 'These global vulnerabilities threaten the very fabric of our societies' = a risk "
          "posed by human-rights violations and discrimination in general (guideline: 'threat to all of us' = risk, "
          "not coded)"),
 29: ([], "European Union (Michel, 2022): the quotation of Modibo Keita at the OAU's founding in 1963, 'imperialism is "
          "the manifestation of domination ... and the desire to impose ... one's own way of thinking ... on others' = "
          "a definition with no actor and no act (guideline: descriptions without a behaviour verb not coded) "
          "(borderline a generic 170 with no source reported_by MLI/GOV); its application to Russia's war comes in the "
          "next sentence"),
 30: ([("stands ready to continue the current cooperation", "030", "OMN/GOV", "org:UN", False, A, N, False)],
      "Oman (2020); 'We emphasize that the Sultanate of Oman stands ready to continue the current cooperation between "
      "us' = a readiness to cooperate -> 030 asserted (README choices: 'stands ready to engage/assist' is 03x "
      "asserted), 'us' being Oman and the United Nations thanked in the sentences before -> org:UN (set 226: "
      "Kyrgyzstan's 'readiness to continue fruitful cooperation' a 030 to org:UN, the partner from the sentence "
      "before); the existing cooperation is folded in (borderline a separate nominal 050 OMN/GOV -> org:UN); 'and "
      "with all the Member States' = all States, an uncoded collective, dropped (held-out 42/43); 'to achieve the "
      "noble objectives of the United Nations' is the purpose"),
 31: ([("reaching that important agreement", "057", "ZMB/GOV", "CHN/GOV", False, A, N, False),
       ("reaching that important agreement", "057", "ZMB/GOV", "FRA/GOV", False, A, N, False),
       ("reaching that important agreement", "057", "ZMB/GOV", "ZAF/GOV", False, A, N, False)],
      "Zambia (Hichilema, 2023); 'Their' = the co-Chairs China and France and the Vice-Chair South Africa of the G20 "
      "Common Framework's Creditor Committee for Zambia (sentence before); 'Their diligent work and collaborative "
      "spirit played an indispensable role' is an evaluation, the thanks lying in the sentence before (set 142: 'were "
      "steps in the right direction' uncoded); 'reaching that important agreement to restructure Zambia's heavy debt "
      "burden' = the realised June 2023 agreement between Zambia and its official creditors -> 057 (guideline: "
      "agreements concluded 057; set 184: 'The recent agreement reached by the General Council' a 057, not nominal), "
      "coded from the document's government (set 148: the US-Iraq agreement coded from the document's government), "
      "the creditor committee, a group without a code, split into the members the speech names (README choices: a "
      "group without a code is each member the document names; the Quint) -> one 057 to each of CHN/GOV, FRA/GOV and "
      "ZAF/GOV (borderline from each creditor to ZMB/GOV, or org:G20; or a 0331 from each creditor to ZMB/GOV, as the fifth "
      "set's 'we agreed a debt moratorium' 0331); 'to restructure Zambia's heavy debt burden' is the agreement's "
      "content, folded in"),
 32: ([("We call for United Nations partnerships", "102", "PHL/GOV", N, False, A, N, False)],
      "Philippines (2023); 'We call for United Nations partnerships that guarantee that new technologies are not "
      "weaponized or misused' = 'S calls for Y', one asserted request (guideline) with no addressee -> target null "
      "(held-out 243 row 35: Uganda's 'we call for more action' with no target; set 154: a call for a moratorium with "
      "no target), Y = cooperation through the UN on norms for emerging technologies -> request for diplomatic "
      "cooperation 102 (set 174: an appeal 'to the international community through the United Nations' a 102 with "
      "no target, the UN being the channel) (borderline 101 or 1012, or target org:UN); Y not coded separately, and "
      "the weaponisation, subversion and violations inside it are hypothetical uses by no named actor"),
 33: ([("to extend deep appreciation", "051", "LBR/GOV", N, False, A, N, False),
       ("to extend deep appreciation", "051", "LBR/CVL", N, False, A, N, False),
       ("their support", "070", N, "LBR/GOV", False, A, N, True),
       ("the assistance they continue to provide", "070", N, "LBR/GOV", False, A, N, False)],
      "Liberia (Weah, 2021); 'Permit me, on behalf of the Government and People of the Republic of Liberia, to extend "
      "deep appreciation to all our ... partners' = thanks -> 051 (guideline), one from each of the government and the "
      "people (README choices: thanks on behalf of a government and people give one 051 from each), the partners an "
      "uncoded collective of every kind -> target null (guideline: collectives null; set 219: thanks to countries in "
      "the region a 051 with no target); 'for their support in our fight against the COVID-19 pandemic' -> nominal "
      "070 and 'the assistance they continue to provide in our quest towards recovery' -> 070, both with no source, "
      "the givers an uncoded collective (set 121: Mali's thanks to uncoded partners 'for their contribution' a nominal "
      "070 with no source to MLI/GOV; set 148: 'generous assistance ... we received' a nominal 070 with no source), to "
      "the government whose fight and recovery they supported (borderline 073 for the pandemic support; bare LBR; or "
      "one 070 for both, the two being kept apart as support during the pandemic and assistance for recovery); 'they "
      "continue to provide' is habitual, asserted, with a verb, so not nominal"),
 34: ([("My country calls for similar actions and initiatives", "1031", "COD/GOV", N, False, A, N, False)],
      "DR Congo (Tshisekedi, 2022); 'My country calls for similar actions and initiatives that help ... to create jobs "
      "... but also with income distribution and purchasing power' = 'S calls for Y', one asserted request "
      "(guideline) with no addressee -> target null, 'similar' to the US Feed the Future initiative 'to fund "
      "agriculture' of the sentence before, Y = economic development funding -> 1031 (set 211: Sierra Leone's call to "
      "'continue to invest in our success' a 1031 with no target) (borderline USA/GOV as target, the initiative's "
      "author, or 103); Y not coded separately"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([("we need the right partnerships", "050", "PLW/GOV", N, False, D, N, True)],
      "Palau (Remengesau, 2020); 'But we need the right partnerships to deliver on our ambition' = a statement of need "
      "-> demanded nominal 050 from the speaker's government with no partner named -> target null (held-out 243 row "
      "40: Grenada's 'We need partnerships with the international community' a demanded nominal 050 with no target; "
      "set 128: Norway's 'We need partnerships and cooperation with the United Nations' a demanded nominal 050) "
      "(borderline a demanded 070 with no source to PLW/GOV, as the README statements of need, the 'right support in "
      "implementation' of the sentence before; or 061)"),
 36: ([("participation in various international initiatives", "061", "GEO/GOV", N, False, A, N, True)],
      "Georgia (Garibashvili, 2023); 'Georgia's participation in various international initiatives and infrastructure "
      "projects' = realised economic cooperation in transport and connectivity projects with unnamed partners -> "
      "nominal 061 with no target (set 118: 'has taken part in United Nations projects in the economic and social "
      "sphere' a 061; set 193: 'Participating with all our efforts to build a more cooperative ... global economy' a "
      "061 with no target; set 223: 'participates in regional and international initiatives' a 062 with no target) "
      "(borderline 050, or AZE/GOV and KAZ/GOV from the road maps of the next sentence, or uncoded as a description "
      "of policy); 'enhance connectivity, facilitating trade across the Black Sea region' are effects, not acts"),
 37: ([], "Luxembourg (Frieden, 2024): 'Over 200 UNRWA staff have died doing their jobs in Palestine' = deaths stated "
          "with no agent and no act verb ('have died', not 'were killed') (README choices: agentless killings of "
          "uncoded victims and agentless terrorist deaths uncoded) (borderline a 202 with no source, or ISR/MIL from "
          "the Gaza war of the sentences before, to org:UNRWA, as set 235's Hammarskjold 'killed in the line of duty' "
          "an agentless 1823 to org:UN); Israel's threat against UNRWA is in the sentence before"),
 38: ([], "Montenegro (2022): 'We are very proud of our very inclusive multicultural society' = a "
          "sentiment about the speaker's own society, no act"),
 39: ([], "Luxembourg (Bettel, 2022): 'Is it normal that, if I have a different political view, I do not have rights "
          "and, if I am of a different sexual orientation, I do not have rights?' = a rhetorical, generic question "
          "about rights denied in unnamed countries ('In some countries', next sentence), with no actor (guideline: "
          "generalisations not coded; set 129: a generic 'Aggression must be treated as aggression' uncoded) "
          "(borderline a 1721 with no source to IRN/CVL, Mahsa Amini's case being named in the sentence before)"),
}
