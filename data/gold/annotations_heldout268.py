"""Hand annotations for the TWO-HUNDRED-AND-SIXTY-EIGHTH held-out event gold set (source of events-heldout268.jsonl).

Keyed by the row index of selection-heldout268.jsonl (output of select_statement_sentence_heldout.py 268; rows 0-18
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 19-33
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
    python3 data/gold/build_events.py --selection selection-heldout268.jsonl \\
        --annotations annotations_heldout268 --output events-heldout268.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will travel to Mexico City", "036", "USA/GOV", "MEX", False, F, N, False),
      ("to engage with government counterparts", "036", "USA/GOV", "MEX/GOV", False, F, N, False),
      ("accelerate cooperation on the climate crisis", "030", "USA/GOV", "MEX/GOV", False, F, N, False)],
     "Release on Special Presidential Envoy for Climate Kerry's travel to Mexico (7 Feb 2022); Kerry -> USA/GOV; "
     "'will travel to Mexico City February 9, 2022' = an announced trip -> 036 future to the bare destination "
     "country (README choices: an announced trip is 036 future; set 239: Kerry's 'will travel to Portugal' a future "
     "036 to bare PRT), Mexico City the place of the visit, not a metonym; 'to engage with government counterparts' "
     "= announced meetings with named interlocutors, the Mexican government (the sentence after: 'will meet with "
     "President Andrés Manuel López Obrador and other government officials') -> a second 036 future to MEX/GOV, "
     "exactly as held-out 249 row 0 coded Kerry's same wording for Poland (borderline folded into the trip as its "
     "purpose, as set 241 row 0); 'accelerate cooperation on the climate crisis' = future cooperation -> 030 future "
     "to MEX/GOV (held-out 249 row 0: 'further enhance cooperation on the climate crisis' a 030 future; README: "
     "'hope that we can work together' 030 future) (borderline 0311, the listed fields being energy and investment, "
     "or uncoded as the trip's purpose); the 'opportunities for expanding renewable power generation, ... ending "
     "deforestation' are topics, not coded"),
 1: ([("will continue to expose", "112", "USA/GOV", N, False, F, N, False),
      ("disrupt", "160", "USA/GOV", N, False, F, N, False),
      ("those supporting such efforts", "070", N, "IRN/MIL", False, A, N, False)],
     "Blinken's statement on the designation of an oil broker network supporting the IRGC-Qods Force (13 Aug 2021); "
     "'The United State [sic] will continue to expose' = naming and shaming supporters -> accusation 112 future "
     "(set 224: 'will continue to expose individuals such as those designated today' a future 112 with no target; "
     "set 247: 'expose and identify malicious actors' a future 112), aimed at a generic class of wrongdoers -> "
     "target null (held-out 8 row 0); 'and disrupt those supporting such efforts' = a second, coercive future act "
     "-> 160, following PETRARCH's CAMEO dictionary (DISRUPT [160]), as earlier sets followed it for RENEGE, STRIP "
     "OF CITIZENSHIP, CLOSE AIRSPACE and DESIGNATE AMBASSADOR (borderline 170 as generic coercion, 163 as the "
     "sanctions the release announces, or folded into the exposure), target null for the same class; 'those "
     "supporting such efforts' = the class's support, 'such efforts' being the IRGC-QF's use of oil revenue 'to fund "
     "its malign activities' and to obscure its involvement (sentences before) -> 070 with no source (set 224: the "
     "designees' class 'who support Hizballah's destabilizing activities' a 070 with no source, asserted), the "
     "IRGC-QF a branch of Iran's armed forces -> IRN/MIL (borderline IRN/GOV, as set 265's 'the Iranian regime')"),
 # --- State Dept random: cue
 2: ([("The two discussed", "040", "USA/GOV", "GBR/GOV", False, A, N, False)],
     "Readout of Blinken's call with UK Foreign Secretary Truss (4 May 2022); 'The two' = Blinken and Truss "
     "(sentence before) -> 040 (guideline: discuss 040), symmetric, from the document's government; 'additional "
     "security and humanitarian assistance to Ukraine' is the topic, an aid noun with no agent in the sentence "
     "(guideline: event nouns without an agent not coded; held-out 4 row 24 and 20 row 5: agentless topics uncoded) "
     "(borderline a nominal 070 from each of USA/GOV and GBR/GOV to bare UKR, 'additional' implying their own "
     "aid); 'continued transatlantic unity' is a status, not coded"),
 3: ([("They discussed", "040", "USA/GOV", "FRA/GOV", False, A, N, False),
      ("reaffirmed their commitment to impose significant costs", "163", "USA/GOV", "RUS/GOV", False, F, N, False),
      ("reaffirmed their commitment to impose significant costs", "163", "FRA/GOV", "RUS/GOV", False, F, N, False),
      ("their war of choice", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Readout of Blinken's meeting with French President Macron in Paris (8 Mar 2022); 'They' = Blinken and Macron "
     "(sentence before) -> 040 (guideline), symmetric, from the document's government to FRA/GOV; 'ongoing efforts to "
     "provide assistance for the government and people of Ukraine' is the topic of the discussion, an efforts noun "
     "with no agent named (held-out 4 row 24, 20 row 5: agentless 'efforts' topics uncoded) (borderline a nominal "
     "070 from each partner to UKR/GOV and UKR/CVL); 'reaffirmed their commitment to impose significant costs on "
     "President Putin and his associates' = a commitment stated as a fact whose act is conflictual and keeps its "
     "own code -> sanctions 163 future, one per partner, exactly as set 263 coded 'committed to continue to impose "
     "costs on Russia' a week later (set 235: 'impose costs on the Russian government' a future 163; README choices: "
     "a joint commitment of several partners is one event per partner), Putin and his associates -> RUS/GOV "
     "(borderline 131 as set 265's 'remains fully committed to imposing costs', the 'for as long as' clause making "
     "it a statement of resolve; or a second target RUS/BUS for the associates); 'for as long as they continue their "
     "war of choice in Ukraine' = the ongoing war with its agent 'they' (Putin and his associates) -> nominal 190 "
     "RUS/GOV -> bare UKR, asserted since 'continue' presupposes it (set 247: 'President Putin's war of choice' a "
     "nominal 190)"),
 4: ([], "Release on the Citizen Diplomacy Action Fund winners (28 June 2022): an instruction to follow hashtags on social "
         "media for stories and 'events hosted by our CDAF winners' = a domestic exchange programme's outreach note "
         "(set 263: tip instructions and a livestream note uncoded; set 234: grants to U.S. universities domestic), no "
         "act between political actors"),
 5: ([("was killed in the attack", "1823", "IRN/MIL", "GBR/CVL", False, A, N, False),
      ("was killed in the attack", "1823", "IRN/MIL", "ROU/CVL", False, A, N, False)],
     "Readout of Blinken's call with UK Foreign Secretary Raab (4 Aug 2021); 'reiterated his condolences for the "
     "loss' = condolences, not coded (README choices: condolences are not coded); 'a UK citizen who, along with the "
     "Romanian captain, was killed in the attack' = an agentless passive killing whose agent the sentence before "
     "names ('Iran's attack on the Mercer Street') -> killings of individuals 1823 (guideline; README choices: "
     "agentless killings take their agent from the sentence before when it names one), the attacker coded as for "
     "the same drone strike in set 255 ('The Iranian attack on the M/V Mercer Street' IRN/MIL) (borderline IRN/GOV "
     "for 'Iran's'), one event per victim (guideline: compound split): the British security guard -> GBR/CVL and "
     "the Romanian captain -> ROU/CVL; 'the attack' itself is anaphoric and not coded again (guideline: 'this "
     "aggression' not coded)"),
 6: ([("has imposed visa restrictions", "172", "USA/GOV", "NIC/CVL", False, A, N, False)],
     "Price's statement on visa restrictions on Nicaraguans affiliated with the Ortega-Murillo regime (6 Aug 2021); "
     "'The Department of State has imposed visa restrictions' -> 172 (guideline: visa restrictions 172), the "
     "Department -> USA/GOV; the restricted persons are '50 immediate family members of' legislators, prosecutors "
     "and judges, private persons -> one event to NIC/CVL (set 236: a Section 7031(c) designation of a "
     "congressperson's family a 172 to GTM/CVL) (borderline NIC/LEG and NIC/JUD for the officials the restrictions "
     "aim at)"),
 7: ([("to discuss", "036", "USA/GOV", "IND/GOV", False, F, N, False),
      ("continued cooperation on COVID-19 response efforts", "050", "USA/GOV", "IND/GOV", False, A, N, True)],
     "Release on Blinken's travel to India and Kuwait (23 July 2021); the splitter cut the sentence after 'External "
     "Affairs Minister Dr. S.', so 'Secretary Blinken will meet with' lies before it, but 'to discuss' is a verb "
     "inside it whose subject, Blinken, is plain from the context (README choices: a subject cut off by the "
     "splitter is taken from the context) -> an announced discussion with Jaishankar and Modi, both IND/GOV, one "
     "event -> 036 future (guideline: future meetings 036) (borderline uncoded as a fragment whose main verb fell "
     "before the cut); 'continued cooperation on COVID-19 response efforts' = an existing cooperation named as a "
     "topic -> nominal 050 USA/GOV -> IND/GOV, exactly as set 264 row 12 coded 'a growing range of cooperation on "
     "COVID-19 response efforts' in the readout of the same meeting (borderline uncoded as a topic, as held-out 23 "
     "row 10); 'Indo-Pacific engagement', shared interests and values and the climate crisis are topics"),
 8: ([("discussed", "040", "USA/GOV", "TUR/GOV", False, A, N, False),
      ("the importance of cooperation between the United States and Turkey", "050", "USA/GOV", "TUR/GOV", False, D,
       N, True)],
     "Readout of Blinken's call with Turkish FM Çavuşoğlu (21 May 2021); 'discussed' -> 040 (guideline), symmetric, "
     "from the document's government; 'the importance of cooperation between the United States and Turkey' = "
     "'it is important that ...' on a cooperation noun naming its parties -> demanded nominal 050 (set 252: "
     "'highlighted the importance of U.S.-Japan-Republic of Korea cooperation' a demanded nominal 050; set 264: "
     "'agreed on the importance of continued close coordination' demanded) (borderline asserted, as the held-out "
     "10/11 rule 'the importance of continuing cooperation with X' a nominal 050); 'our shared interests in Syria "
     "and Afghanistan' is a topic, not an act"),
 9: ([("met jointly today in Brussels with", "040", "USA/GOV", "org:NATO", False, A, N, False),
      ("met jointly today in Brussels with", "040", "USA/GOV", "org:EU", False, A, N, False)],
     "Readout of Deputy Secretary Sherman's meeting (20 Apr 2022); 'met jointly today in Brussels with NATO Deputy "
     "Secretary General Mircea Geoană and EEAS Secretary General Stefano Sannino' -> 040 (guideline: meet 040), one "
     "per interlocutor's organisation (guideline: compound split): Geoană -> org:NATO, Sannino of the European "
     "External Action Service -> org:EU (held-out 14 and 20: EU officials -> org:EU; set 226: Sherman and Sannino a "
     "030 to org:EU); Brussels is the venue, not a metonym; 'jointly' keeps them two actor pairs"),
 10: ([("your personal courage is emblematic", "051", "USA/GOV", "UKR/GOV", False, A, N, False),
       ("your personal courage is emblematic", "051", "USA/GOV", "UKR/CVL", False, A, N, False),
       ("the NATO meeting that we just came from", "040", "USA/GOV", "org:NATO", False, A, N, True),
       ("the NATO meeting that we just came from", "040", "UKR/GOV", "org:NATO", False, A, N, True)],
     "Blinken's remarks with FM Kuleba before their meeting at NATO Headquarters (7 Apr 2022); 'I just have to say "
     "..., Dmytro, your personal courage is emblematic of that of the Ukrainian people' = public praise of Kuleba "
     "and, through him, of the Ukrainian people's courage -> 051 (guideline: praise 051), one per praised party "
     "(guideline: compound split): Kuleba -> UKR/GOV, the Ukrainian people -> UKR/CVL (set 251: 'simply to say how "
     "powerful it is that he's here' a 051 to JPN/GOV) (borderline uncoded as an evaluation with no praise verb, as "
     "set 229 left admiration of Baker, or UKR/GOV only); 'as we were saying' is the speech verb (01x); 'the NATO "
     "meeting that we just came from' = the NATO Foreign Ministers' session both had just attended, Kuleba as a "
     "partner ('the point that I made today to all allies', Kuleba's turn after) -> a realised meeting noun with its "
     "participants 'we' -> nominal 040 from each participant to org:NATO (set 224: a nominal 040 USA/GOV -> org:G7 "
     "for the G7 call; set 251: Kishida 'here on day one of the Non-Proliferation Review Conference' a 040 JPN/GOV "
     "-> org:UN) (borderline uncoded as the place where the praise was voiced, or USA/GOV only)"),
 11: ([("Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba", "040", "USA/GOV", "UKR/GOV", False, A,
        N, False),
       ("their recent meeting in Warsaw", "040", "USA/GOV", "UKR/GOV", False, A, N, True)],
      "Readout of Blinken's call with FM Kuleba (1 Apr 2022); the splitter cut after 'Antony J.', but 'Blinken spoke "
      "today with' keeps its verb and subject -> 040 (guideline: a call is consult 040); 'to follow up on their "
      "recent meeting in Warsaw, Poland' = an earlier realised meeting, a different event from the call, with its "
      "agents 'their' -> nominal 040 USA/GOV -> UKR/GOV (set 234: 'my discussion with Foreign Minister Lavrov' a "
      "nominal 040 beside the engagement), Warsaw the venue, not a metonym; 'to follow up' is the call's purpose"),
 # --- State Dept random: nocue
 12: ([], "Announcement of Daniel Foote as Special Envoy for Haiti (22 July 2021): his experience 'as Deputy Chief of "
          "Mission in Haiti and as the U.S. Ambassador to Zambia' = internal career facts, no act between actors "
          "(held-out 267 row 11; set 235 row 15: a Chargé's past service uncoded)"),
 13: ([("have stifled the democratic aspirations", "1721", "CHN/GOV", "HKG/CVL", False, A, N, False),
       ("we are taking action", "163", "USA/GOV", "CHN/GOV", False, A, N, False)],
      "Blinken's statement marking one year of Hong Kong's National Security Law (16 July 2021); 'Beijing's decisions "
      "over the past year that have stifled the democratic aspirations of people in Hong Kong' = Beijing a capital "
      "metonym -> CHN/GOV (guideline), its decisions an inanimate subject standing for its acts (README choices: an "
      "inanimate subject standing for a government's act is that government's) -> restriction of political freedoms "
      "1721, carried by the finite verb and so not nominal (set 229: 'will pursue all means necessary to stifle "
      "dissent' a 1721) (borderline 175), Hong Kong's people -> HKG/CVL (README choices: Hong Kong residents "
      "HKG/CVL); 'we are taking action' = the action the next paragraph names, the designation of seven PRC Liaison "
      "Office deputy directors under EO 13936 -> 163 USA/GOV -> CHN/GOV (set 241: 'Today, the United States took "
      "additional actions', the sanctions named in the next sentence, a 163 following set 186) (borderline uncoded "
      "as a generic 'action', or a 170; the Business Advisory of the same paragraph is a 01x warning)"),
 14: ([], "Announcement of Blinken's remarks at the UN Security Council (17 Feb 2022): 'This event will be livestreamed' = a "
          "logistics note (set 263: a livestream note uncoded; set 247: a UN-broadcast logistics note), no act"),
 15: ([("no formal bilateral process", "040", "USA/GOV", "CAN/GOV", True, A, N, True)],
      "Readout of Blinken's call with Michigan Governor Whitmer (23 July 2021); 'noted that' is the speech verb of the "
      "document's own official (reported_by null); 'there is no formal bilateral process between the federal "
      "governments of the United States and Canada concerning Line 5' = the two governments are not holding "
      "consultations on the pipeline dispute -> a negated consultation, nominal 040 USA/GOV -> CAN/GOV (guideline: "
      "'did not meet', 'never met' negated 040; set 231: a meeting 'called off' a negated nominal 040; README "
      "choices: 'have never met the world leaders' a negated 040) (borderline 046 for a formal process over a "
      "dispute, or uncoded as a description of a legal state of affairs); the litigation between the State of "
      "Michigan and Enbridge lies in the sentence before"),
 16: ([("Blinken spoke today with Philippine Secretary of Foreign Affairs", "040", "USA/GOV", "PHL/GOV", False, A, N,
        False)],
      "Readout of Blinken's call with Philippine Foreign Secretary Manalo (9 July 2022); the splitter cut after 'Antony "
      "J.' before the sentence and after 'Enrique A.' within the name, but verb, subject and the counterpart's "
      "office lie inside it (README choices: a fragment whose object the splitter cut off is coded from the text after "
      "the cut when its verb is in the sentence) -> 040 (guideline: a call is 040) to PHL/GOV"),
 17: ([("values our strong relationship", "051", "USA/GOV", "MDG/GOV", False, A, N, False),
       ("our strong relationship with Madagascar", "050", "USA/GOV", "MDG/GOV", False, A, N, True)],
      "Blinken's Madagascar National Day message (26 June 2021), 'On behalf of the Government of the United States' -> "
      "USA/GOV; 'The United States values our strong relationship with Madagascar' = appreciation -> 051 and the "
      "relationship itself a cooperation noun naming its parties -> nominal 050, both to MDG/GOV (set 257: Israel's "
      "National Day message 'deeply values' a 051 and 'our partnership' a nominal 050); 'our mutual commitment to "
      "addressing climate change and fostering inclusive economic development' is an abstract commitment to general "
      "goals (set 252: 'our shared commitment to the peace, security, and prosperity of the Indo-Pacific region' "
      "uncoded; held-out 267 row 16) (borderline a nominal 030, as set 241's 'shared commitment to the complete "
      "denuclearization')"),
 18: ([("to hear from you", "040", "USA/GOV", "PSE/CVL", False, A, N, False)],
      "Blinken with Palestinian civil society leaders in Ramallah (25 May 2021); 'I really do want to turn it over to "
      "the four of you to hear from you' = the conversation of the ongoing meeting -> 040 asserted to PSE/CVL, "
      "exactly as held-out 14 row 32 coded 'anxious to hear from you' in the same transcript (borderline 036 future "
      "for the conversation about to start, as set 225's 'I am eager to hear', or uncoded as a wish); 'turn it "
      "over' is floor management, not coded separately"),
 # --- UNGDC 2020-2024 random: future
 19: ([("will continue to strengthen our cooperation", "030", "IDN/GOV", N, False, F, N, False)],
      "Indonesia (2022); 'Indonesia will continue to strengthen our cooperation with the Pacific countries' = future "
      "cooperation -> 030 future (guideline: future cooperative acts 03x), the Pacific countries an unnamed group "
      "-> target null (README choices: collectives without a code null; set 256: South Sudan's 'hand of "
      "friendship' a 030 with no target) (borderline one 030 per Pacific state, or 0311)"),
 # --- UNGDC 2020-2024 random: demand
 20: ([], "New Zealand (2023): 'We must also confront digital challenges ... through smart coalitions, in which Governments "
          "work effectively with civil society and industry' = 'we' meaning all States (held-out 42/43) and a generic "
          "description of coalitions among unnamed governments and sectors (README choices: acts between uncoded "
          "collectives uncoded); cyberthreats and extremism are risks"),
 21: ([], "Slovenia (2022): 'That was a much-needed boost for multilateralism' = an evaluation of the General Assembly's "
          "recognition of the right to a healthy environment (text before), and 'we can and should do more' has 'we' "
          "meaning all States and no codable Y (guideline)"),
 # --- UNGDC 2020-2024 random: cue
 22: ([("Israeli occupation", "192", "ISR/GOV", "PSE", False, A, N, True),
       ("continued repressive practices against our brethren", "175", "ISR/GOV", "PSE/CVL", False, A, N, True),
       ("total denial of the peace process", "127", "ISR/GOV", "PSE/GOV", False, A, N, True),
       ("denial of the peace process and United Nations resolutions", "128", "ISR/GOV", "org:UN", False, A, N,
        True)],
      "Algeria (2021); 'expresses its deep concern at' = 01x, not coded; 'the obstruction of the prospects for a just "
      "and lasting solution to the Palestinian question' has no agent named (guideline: agentless event nouns not "
      "coded) (borderline a nominal 128 or 124 ISR/GOV); 'the Israeli occupation' = an occupation noun whose agent "
      "is named by the adjective -> nominal 192 ISR/GOV -> bare PSE (set 197: 'Palestinian people under Israeli "
      "occupation' a nominal 192 to bare PSE); 'the Israeli occupation's continued repressive practices against our "
      "brethren, the Palestinian people' = repression with its agent -> nominal 175 ISR/GOV -> PSE/CVL (set 197: "
      "'the systematic violation of their human rights' a nominal 175 from the 'Israeli occupation'); 'its total "
      "denial of the peace process and United Nations resolutions' = a rejection noun with two objects and two "
      "counterparts -> one event per object (set 165: Qatar's 'has not only rejected the resolutions ... and the "
      "Arab Peace Initiative' a 128 to org:UN and a 127 to org:LAS): denying the peace process -> nominal 127 (set "
      "128: 'its negation of the principle of land for peace' a nominal 127) to the other party, PSE/GOV (set 128: "
      "'renunciation of the Oslo declaration' a nominal 127 to PSE/GOV) (borderline no target, or 125), and denying "
      "the UN resolutions -> nominal 128 to org:UN (set 146: 'in total disregard of United Nations resolutions' a "
      "nominal 128 to org:UN) (borderline one event, as the README's 'a refusal noun with two refused acts is coded "
      "once'; or org:UNSC); 'its' = the Israeli occupation -> ISR/GOV"),
 23: ([], "Eritrea (2024): 'we need to pause and ask what is the relevance ... of the fundamental principles enshrined in "
          "the UN Charter against the backdrop of the law of the jungle that the hegemonic powers are bent on "
          "imposing?' = a deliberative question with 'we' meaning all States; 'the law of the jungle that the "
          "hegemonic powers are bent on imposing' is figurative and its agents unnamed (README choices: 'bigger "
          "countries that seek to impose their will' uncoded; set 145: 'the few who seek to impose their hegemony') "
          "(borderline a habitual 170 with no source)"),
 24: ([("we strongly appeal for the International Community", "1031", "STP/GOV", N, False, A, N, False)],
      "Sao Tome and Principe (2020); 'we strongly appeal for the International Community's continued support in this "
      "new stage of our country's development' (its graduation to middle-income status, sentence before) = 'S calls "
      "for Y' -> one REQUEST (guideline), Y = development support -> 1031 (request economic aid) (set 211: Sierra "
      "Leone's call to 'continue to invest in our success' a 1031 with no target), the international community an "
      "uncoded collective -> target null (guideline); the support asked for is Y and not coded separately "
      "(guideline) (borderline 103, as set 206's 'continue to seek bilateral and multilateral assistance', or a "
      "nominal 070 with no source to STP/GOV for the support 'continued' presupposes)"),
 25: ([], "Senegal (2022): 'we see adaptation funding not as aid but as a contribution by industrialized countries to a "
          "global partnership of solidarity in return for efforts by developing countries' = a view on climate "
          "finance between uncoded collectives (README choices: acts between uncoded collectives uncoded; set 247: "
          "climate finance between uncoded collectives)"),
 26: ([], "Ghana (2021): 'It is eloquent testimony to the benefits of domestic production and pooled procurement in "
          "Africa, as envisaged by the African Continental Free Trade Area agreement' = an evaluation of the vaccine "
          "programme; the agreement is cited as a text with no party named (set 231: agreements cited as texts "
          "uncoded)"),
 27: ([("I also commend", "051", "GNB/GOV", "org:UN", False, A, N, False),
       ("I also commend", "051", "GNB/GOV", "org:UNGA", False, A, N, False)],
      "Guinea-Bissau (2022); 'I also commend Secretary-General Antonio Guterres for his commitment to world peace' -> "
      "051 (guideline: commend 051) to org:UN, and 'Mr. Abdulla Shahid of Maldives for the results that he achieved "
      "during his term' = the outgoing President of the General Assembly -> a second 051 to org:UNGA (README "
      "choices: appreciation of an outgoing President of the General Assembly goes to org:UNGA), one verb with a "
      "compound object split (guideline); the Secretary-General's 'commitment to world peace' is abstract"),
 28: ([("which we welcome", "051", "MCO/GOV", N, False, A, N, False)],
      "Monaco (2022); 'research and innovation enabled the rapid production of vaccines, which we welcome' = a "
      "welcome verb whose object, vaccine production by research, has no political actor -> 051 with no target "
      "(set 182: 'We welcome SDG 14' a 051 with no target; set 178: 'We welcome this advancement' of women a 051 "
      "with no target; set 238: 'We are encouraged by the world coming together here' a 051 with no target) "
      "(borderline uncoded as the welcome of a scientific development, as the early sets left evaluations of "
      "developments)"),
 # --- UNGDC 2020-2024 random: nocue
 29: ([], "Kazakhstan (2023): 'The presidential mandate has been limited to one seven-year term' = a domestic "
          "constitutional reform (held-out 259 and set 228: domestic programmes uncoded), no act between actors"),
 30: ([], "Chile (2020): 'That is why Chile contributes to the international community in many ways' = a self-description "
          "whose contributions the next paragraphs list as domestic acts (protecting the Antarctic, astronomy, "
          "marine protected areas, renewable energy) (set 257: self-descriptions uncoded) (borderline a habitual 070 "
          "with no target)"),
 31: ([], "Panama (2021): 'We can do it, with a road map marked by solidarity and respect for human rights' = a statement "
          "of capacity, 'it' being Panama's offer to be a bridge between nations (sentence before), with no act "
          "realised or announced (set 145: statements of capacity uncoded) (borderline a hypothetical 045 with no "
          "target)"),
 32: ([], "Denmark (2024): 'in the Pact for the Future – we all reaffirmed our commitment to the UN Charter' = 'we' "
          "meaning all States (held-out 42/43), and a commitment to the Charter is not coded (set 137; held-out 263)"),
 33: ([], "Angola (2021): conflicts that 'seem to have no end in sight ... because of an unwillingness to comply with the "
          "norms' = a generalisation with no actor; the conflicts are named only by 'various parts of the world' and "
          "the unwillingness has no agent (guideline: agentless event nouns not coded; README choices: conflicts "
          "named only by place uncoded)"),
}
