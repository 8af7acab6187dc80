"""Hand annotations for the TWO-HUNDRED-AND-FIFTY-THIRD held-out event gold set (source of events-heldout253.jsonl).

Keyed by the row index of selection-heldout253.jsonl (output of select_statement_sentence_heldout.py 253; rows 0-21
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
    python3 data/gold/build_events.py --selection selection-heldout253.jsonl \\
        --annotations annotations_heldout253 --output events-heldout253.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("work with our partners and allies", "030", "USA/GOV", N, False, F, N, False),
      ("impose severe costs on the Government of the Russian Federation", "163", "USA/GOV", "RUS/GOV", False, F, N,
       False),
      ("its aggression against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Blinken's statement 'Targeting Russia's Oligarchs and Vessels' (2 June 2022); 'The United States will continue "
     "to work with our partners and allies' = future cooperation with an uncoded collective -> 030 future, target "
     "null (held-out 6 row 0: 'work closely with our allies and partners' 030 future with target null); 'to impose "
     "severe costs on the Government of the Russian Federation' = sanctions (the designations of the text after) -> "
     "163 future to RUS/GOV (set 235: 'impose costs on the Russian government' a future 163; held-out 3 row 26) "
     "(borderline 130/131 as a statement of resolve, as set 221's 'costs being imposed' warning); 'its aggression "
     "against Ukraine' = an event noun with its agent 'its' (the Government of the Russian Federation) -> nominal 190 "
     "(guideline: aggression 190) -> bare UKR (held-out sets: 'Russia's aggression' to UKR); 'utter disregard for "
     "human rights and fundamental freedoms' is a characterisation with no act named, not coded (held-out 6's "
     "characterisation rule; set 227: 'principles that Russia is violating' uncoded) (borderline a nominal 175 "
     "RUS/GOV -> RUS/CVL)"),
 1: ([("will continue to provide support to the Cuban people", "032", "USA/GOV", "CUB/CVL", False, F, N, False),
      ("will continue to provide support to the Cuban people", "032", N, "CUB/CVL", False, F, N, False)],
     "Blinken's release on the joint statement on Cuba (26 July 2021), after the July 11 protests; 'The United States "
     "and the international community will continue to provide support to the Cuban people as they seek to exercise "
     "those universal human rights and freedoms' = future political support for the protesters' aspirations (the "
     "text before: 'will continue to support the Cuban people's desire for freedom') -> diplomatic intent 032 future "
     "(held-out 9 row 2: the international community's 'support of the Cuban people' a future 032 with no source; "
     "guideline: future cooperative acts take 03x), compound source split (guideline), the international community "
     "an uncoded collective -> a second event with source null (set 163: Ecuador's speaker's 1054 plus a 1054 with "
     "no source; set 233: the partners' 1043 with no source beside the US 1043), the twenty named co-signatories of "
     "the sentence before not being the 'international community' of this sentence (borderline 070 future for "
     "material support, as held-out 9 row 7; or one 032 per named co-signatory); 'as they seek to exercise ... "
     "rights' describes the Cubans' aims, not a coded act"),
 # --- State Dept random: demand
 2: ([("call on all relevant Sudanese stakeholders", "106", "USA/GOV", "SDN", False, A, N, False)],
     "Friends of Sudan statement on the UNITAMS summary report (2 Mar 2022), issued by fourteen named members "
     "including the United States; the third-person 'The Friends of Sudan call on' in a State Department release = "
     "the collective author of a joint statement, coded once from USA/GOV and not split, the sentence itself naming "
     "no government (set 250: 'The Media Freedom Coalition demands' one 1053 USA/GOV, not split; set 239: the Friends "
     "of Sudan's 'We' USA/GOV) (borderline one 106 from each of the thirteen governments and org:EU named in the "
     "header, as set 242's G7 statement that names them in the sentence); 'call on ... to engage in the next phase "
     "of a political process' = one asserted request (guideline), Y = taking part in the UN-facilitated talks -> 106 "
     "(demand meeting, negotiation) (borderline 107 for 'to resolve the political crisis'); 'all relevant Sudanese "
     "stakeholders' = the military authorities, parties and civil society, never named one by one -> bare SDN "
     "(set 219 and set 251 row 33: unnamed parties to a conflict -> the bare country) (borderline SDN/CVL, as held-out "
     "16 row 23's 'Sudanese stakeholders' in the consultations, or one 106 each to SDN/MIL, SDN/OPP and SDN/CVL); Y "
     "not coded separately"),
 3: ([], "Greek Foreign Minister Dendias's turn before his meeting with Blinken (17 May 2022), Dendias -> GRC/GOV: 'it "
         "is important for us that the United States understands that no ground should be left to revisionist power "
         "who try to change this rules-based international order' = a wish about the United States' understanding (no "
         "behaviour) containing an agentless deontic with figurative 'ground', and the 'revisionist power' is never "
         "named (Turkey or Russia only by implicature), trying to change an order being no CAMEO act (guideline: "
         "figurative uses not coded) (borderline a negated, demanded 080 with no source to an unnamed power)"),
 4: ([("arrested", "173", "NIC/COP", "NIC/CVL", False, A, N, False),
      ("prosecuted", "1121", "NIC/JUD", "NIC/CVL", False, A, N, False),
      ("publicly advocating for alternatives to the regime’s repressive rule", "140", "NIC/CVL", "NIC/GOV", False, A,
       N, False)],
     "Blinken's release on visa restrictions for Ortega-Murillo regime officials (13 June 2022); 'The regime's corrupt "
     "security and judicial systems arrested and prosecuted these civic leaders and human rights defenders' = two "
     "acts, each with its own agent in the compound subject: the arrests by the security system -> 173 (guideline: "
     "arrests 173) from NIC/COP (the Interior Ministry officials and police of the text before; README: Cuban "
     "Interior Ministry forces including the police -> CUB/COP) and the prosecutions by the judicial system -> 1121 "
     "(README choices: prosecutions 1121; set 250: 'detained, and prosecuted' human rights lawyers a 173 and a "
     "1121) from NIC/JUD (README: the Haitian judiciary HTI/JUD); civic leaders and human rights defenders -> NIC/CVL "
     "(README choices: activists CVL) (borderline NIC/GOV for both sources, or each act from both systems); "
     "'publicly advocating for alternatives to the regime's repressive rule' = the defenders' political dissent "
     "presupposed by the 'for' clause of the arrests -> 140 (README choices: political dissent is 140) NIC/CVL -> "
     "NIC/GOV (borderline uncoded as the reason for the arrests, like 'speaking the truth' and 'practicing courageous "
     "journalism', which are no acts between actors); 'the regime's repressive rule' is a characterisation, not "
     "coded (borderline a nominal 175 NIC/GOV -> NIC/CVL); 'activities that should be permitted' is an agentless "
     "deontic about compliance with the constitution, not coded"),
 # --- State Dept random: cue
 5: ([("decided to convene an expert-level working group", "036", "USA/GOV", "JPN/GOV", False, A, N, False)],
     "Joint statement on the launch of the U.S.-Japan Global Digital Connectivity Partnership (3 June 2021); 'The "
     "delegations from both governments, led by the U.S. Department of State and the Japanese Ministry of Internal "
     "Affairs and Communications, decided to convene an expert-level working group multiple times per year' = an "
     "intent to meet stated as a fact -> 036 asserted (guideline: an explicit intent verb stated as a fact gives an "
     "asserted 03x; README choices: 'the parties agreed to meet' a 036; set 236: 'agreed to set the date and venue of "
     "the next meeting' an asserted 036), symmetric, coded once from the document's government to the other "
     "(borderline a future 043 or 040); 'within the structure of the U.S.-Japan Policy Cooperation Dialogue on the "
     "Internet Economy' names the standing framework, not a realised meeting, and is not coded (borderline a "
     "nominal 040, README: a meeting noun whose name gives its participants)"),
 6: ([("spoke about the importance", "040", "USA/GOV", "PHL/GOV", False, A, N, False),
      ("the Kremlin’s war of aggression against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Readout of Deputy Secretary Sherman's meeting with Philippine Secretary of Foreign Affairs Locsin in Manila (9 "
     "June 2022); 'The Deputy Secretary and Secretary of Foreign Affairs spoke about ... and also discussed ...' = "
     "one conversation in the meeting -> 040 (guideline: discuss 040), symmetric, coded once from the document's "
     "government (set 232: the 'conversations' folded into one 040), the second verb 'discussed' a repeated mention "
     "of the same talk (guideline: repeated mention coded once) (borderline a second 040); 'the Kremlin's war of "
     "aggression against Ukraine' -> capital metonym RUS/GOV (set 154: 'The Kremlin' -> RUS/GOV) -> nominal 190 to "
     "bare UKR (set 251 row 9: 'the Kremlin's unprovoked and unjustified war against Ukraine' a nominal 190); 'its "
     "global ramifications' and 'a free and open Indo-Pacific' are topics, not coded"),
 7: ([("reiterated the United States’ steadfast support", "051", "USA/GOV", "UKR", False, A, N, False)],
     "Readout of Blinken's call with Kuleba (10 Mar 2022); 'The Secretary reiterated the United States' steadfast "
     "support for Ukraine's sovereignty and territorial integrity' = verbal support -> 051 (guideline: 'express "
     "support' 051), support for a country's sovereignty and territorial integrity -> bare UKR (set 238: the G7's 'We "
     "reaffirm our support and commitment to the sovereignty ... of Ukraine' one 051 to bare UKR; set 184: support "
     "for Georgia's territorial integrity to bare GEO) (borderline UKR/GOV, or a 032 as set 246's 'commitment to "
     "Ukraine's sovereignty'); not nominal, the verb 'reiterated' carrying the act"),
 8: ([("cooperation both within the EU and across the Atlantic Ocean", "050", "USA/GOV", "org:EU", False, A, N,
       True)],
     "Blinken's Europe Day statement (9 May 2022); 'That same spirit continues to inspire cooperation both within the "
     "EU and across the Atlantic Ocean' = the inanimate subject (Schuman's spirit) is figurative, but the cooperation "
     "it inspires is real and continuing; the transatlantic part = U.S.-EU cooperation ('The U.S.-EU partnership has "
     "grown deeper', text after) -> a cooperation noun naming its parties -> nominal 050 (README choices: "
     "cooperation nouns a nominal 050), symmetric, coded once from the document's government (set 251 row 12: 'two "
     "centuries of close cooperation' a nominal 050); the cooperation 'within the EU' runs among member states the "
     "sentence never names and is not coded (borderline a nominal 050 org:EU -> org:EU, as set 147's UN bodies "
     "cooperating with each other; or the whole uncoded as figurative)"),
 9: ([("thanked Austria", "051", "USA/GOV", "AUT/GOV", False, A, N, False),
      ("hosting the JCPOA talks", "043", "AUT/GOV", "USA/GOV", False, A, N, False),
      ("hosting the JCPOA talks", "043", "AUT/GOV", "IRN/GOV", False, A, N, False)],
     "Joint statement on the U.S.-Austria Strategic Dialogue (7 Mar 2022); 'The United States thanked Austria' -> "
     "051 (guideline: thank 051); 'for hosting the JCPOA talks' = the thanked act with its agent from the thanks "
     "(README choices: thanks 'for the ongoing support' gives the support its agent) -> 043 (guideline: host 043), "
     "realised, Vienna hosting the talks; hosting talks is a 043 to each party (README choices: hosting peace talks "
     "is a 043 to each party; set 229: 'Minsk hosted effective negotiations' a 043 to each party from the text "
     "around it), the parties taken as the two negotiating sides, the United States ('Concerning the ongoing JCPOA "
     "negotiations', sentence before) and Iran, whose nuclear programme the JCPOA is (sets 221 and 225: the Vienna "
     "talks coded IRN/GOV and USA/GOV from context) (borderline target null, the document never naming Iran, or "
     "further 043s to the E3, China and Russia); the talks themselves are folded into the hosting, following set 229 "
     "(borderline a nominal 046 USA/GOV -> IRN/GOV, as set 220); not nominal, a gerund with its agent from the "
     "thanks"),
 10: ([], "NBC's Chuck Todd questioning Blinken (Meet the Press, 6 Mar 2022): 'We've got a bullet points here: the "
          "no-fly zone; more planes, drones, and lethal aid; a full ban on Russian oil imports; and terminate Russia's "
          "preferential trading status' = the list of 'the asks that President Zelenskyy made of Congress' (sentence "
          "before); the request verb lies outside the sentence, so the request is not coded (README choices: a "
          "request whose verb falls outside the selected sentence is left uncoded), and the items asked for are the "
          "request's Y, not coded separately (guideline) (borderline a nominal 1032 UKR/GOV -> USA/LEG reported by "
          "USA/MED for the aid items, or a demanded 163 for the oil ban)"),
 11: ([], "Release congratulating a Department employee (10 June 2021): 'Visit careers.state.gov to learn more about "
          "Foreign and Civil Service careers' = a recruitment pointer, internal Department business, no act (held-out 4 "
          "and 13: internal Department business not coded)"),
 12: ([("They also discussed Iran", "040", "USA/GOV", "ISR/GOV", False, A, N, False),
       ("the Russian government’s brutal war of aggression in Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "Readout of Blinken's meeting with Israeli President Herzog in Jerusalem (27 Mar 2022); 'They also discussed "
      "Iran, ...' = the talk in the meeting -> 040 (guideline: discuss 040), symmetric, from the document's "
      "government, Herzog -> ISR/GOV; 'the Russian government's brutal war of aggression in Ukraine' = a war noun "
      "with its agent -> nominal 190 RUS/GOV -> bare UKR (held-out 223 row 6; set 251 row 9); 'deepening and "
      "expanding the Abraham Accords and normalization agreements' is a topic, the accords being texts whose parties "
      "the sentence does not name, not coded (set 241: the Abraham Accords as a time marker uncoded; set 234: a topic "
      "named in a meeting uncoded) (borderline a future nominal 057 or 030 from ISR/GOV); Iran is only a topic"),
 13: ([("President Ortega’s arbitrary arrests of presidential candidates", "173", "NIC/GOV", "NIC/OPP", False, A, N,
        True),
       ("attacks on independent media and civil society", "175", "NIC/GOV", "NIC/MED", False, A, N, True),
       ("attacks on independent media and civil society", "175", "NIC/GOV", "NIC/CVL", False, A, N, True)],
      "Readout of Blinken's call with Argentine FM Solá (11 June 2021); 'He highlighted our concerns regarding ...' = "
      "expressed concern, a 01x statement inside the call already named in the sentence before, not coded (guideline: "
      "'expressed concern' not coded; set 222 row 17: 'shared concerns' 01x) (borderline a 040 to ARG/GOV, as set "
      "233's 'spoke about our concerns'); 'President Ortega's arbitrary arrests of presidential candidates' = an event "
      "noun with its agent -> nominal 173 (guideline: arrests 173), Ortega -> NIC/GOV, the presidential candidates "
      "being opposition figures (Chamorro and others) -> NIC/OPP (borderline NIC/CVL); 'and attacks on independent "
      "media and civil society', sharing Ortega as agent = a crackdown, not an armed attack -> repression 175 (README "
      "choices: 'a full assault on media freedom', a metaphor for a real crackdown, 175; set 242: 'attacks target "
      "civil society ... and independent media' 175), compound target split (guideline) -> NIC/MED and NIC/CVL"),
 14: ([("He commended the bravery and determination of the Ukrainian people", "051", "USA/GOV", "UKR/CVL", False, A,
        N, False),
       ("the fight for their country", "190", "UKR/CVL", "RUS/MIL", False, A, N, True)],
      "Readout of Blinken's call with Kuleba (15 Mar 2022); 'He commended the bravery and determination of the "
      "Ukrainian people' -> 051 (guideline: commend 051) to UKR/CVL; 'in the fight for their country in the face of "
      "the Russian forces' ...' = the Ukrainians' realised defence against the invading forces, a fight noun with its "
      "agent 'their' -> nominal 190 (guideline: war/fight 190), the opponent named in the same sentence as 'the "
      "Russian forces' -> RUS/MIL (set 244: Albania's 'Their fight' a nominal 190 bare UKR -> RUS/GOV; set 236: 'The "
      "people of Iraq ... combating' a 190 from IRQ/CVL) (borderline bare UKR as source, following set 244, or "
      "uncoded as part of the praise); 'the Russian forces' callous disregard for civilian life' is a "
      "characterisation of the attacks of the sentence before, no act named, not coded (held-out 6's "
      "characterisation rule) (borderline a nominal 180 RUS/MIL -> UKR/CVL)"),
 # --- State Dept random: nocue
 15: ([("We share the Philippines’ concerns", "051", "USA/GOV", "PHL/GOV", False, A, N, False),
       ("the PRC’s provocative actions interfering with Philippine sovereign rights", "170", "CHN/GOV", "PHL/GOV",
        False, A, N, True),
       ("massing vessels near Whitsun Reef", "154", "CHN/GOV", "PHL", False, A, N, True)],
      "Price's statement 'U.S. Support for the Philippines in the South China Sea' (17 June 2022); 'We share the "
      "Philippines' concerns' = agreement with another government's stated concerns -> 051 (set 221: 'We share "
      "ODIHR's concern' a 051 to org:OSCE; set 249: 'We share the concerns of ... the Secretary-General' a 051) "
      "(borderline 01x); 'the PRC's provocative actions interfering with Philippine sovereign rights within the "
      "Philippine exclusive economic zone near Second Thomas Shoal' = realised harassment of the Philippines in its "
      "EEZ ('PRC provocations', text after) -> nominal 170 (set 223: 'discriminatory harassment' a nominal 170; set "
      "213: 'attempts ... to suffocate' a nominal 170) CHN/GOV -> PHL/GOV, the sovereign rights being the state's "
      "(borderline 124 as heightening tensions, set 223, or uncoded as a characterisation); 'massing vessels near "
      "Whitsun Reef' = a build-up of (maritime-militia) vessels, sharing the PRC as agent -> force posture 154 "
      "(guideline: troop build-ups 154), nominal, source CHN/GOV since no armed forces are named (guideline: MIL only "
      "when the armed forces are named), the reef in the Philippine zone -> bare PHL (set 135: bases 'on our "
      "borders' a 154 to bare COD) (borderline target null, or 150)"),
 16: ([("led the U.S. delegation", "040", "USA/GOV", "IND/GOV", False, A, N, False)],
      "Joint statement of the third India-U.S. Counternarcotics Working Group meeting (22 July 2022); 'Mr. Satya "
      "Narayan Pradhan, Director General, NCB led the Indian delegation and Mr. Kemp Chester ... at the White House "
      "led the U.S. delegation' = the two delegations' realised participation in the meeting hosted by the NCB "
      "(sentence before) -> one 040, symmetric, coded once from the document's government (guideline; held-out 22 row "
      "30: the same working group's delegations' conversations one 040 USA/GOV -> IND/GOV) (set 239: 'to lead the "
      "U.S. delegation' coded as the meeting; borderline a second 040 from the Indian side, or uncoded as a "
      "description of the delegations), Chester of the Office of National Drug Control Policy -> USA/GOV, the Indian "
      "delegation -> IND/GOV as in held-out 22 (borderline IND/COP for the NCB, a drug law-enforcement agency)"),
 17: ([("malicious cyber activities against U.S. critical infrastructure", "170", N, "USA", False, H, N, True)],
      "Rewards for Justice offer on Russian hacker Gladkikh (25 Mar 2022); the reward offer itself is not coded (set "
      "250: the Kinahans reward offer uncoded, borderline a nominal 1013); 'any other person who, while acting at the "
      "direction or under the control of a foreign government, aids or abets a violation of the Computer Fraud and "
      "Abuse Act, which may include participation in malicious cyber activities against U.S. critical "
      "infrastructure' = the act of a class of wrongdoers -> hypothetical with null source (README choices: "
      "hindering humanitarian access in a visa-policy class of wrongdoers 1623 with null source, hypothetical; 'could "
      "be subject to U.S. sanctions' for a class 163 hypothetical), cyber attacks -> 170 (README choices: cyber "
      "attacks are 170), nominal, US critical infrastructure -> bare USA (borderline uncoded, as set 250 left the "
      "reward's whole class uncoded; or USA/BUS); aiding and abetting a violation is folded into the cyber act; "
      "Gladkikh's own 2017-2018 operations lie in the text after and are not stated here"),
 18: ([("maintaining and strengthening diplomatic relations with the Holy See", "050", "USA/GOV", "VAT/GOV", False,
        A, N, False)],
      "Release on Blinken's visit to the Vatican (27 June 2021); 'By maintaining and strengthening diplomatic "
      "relations with the Holy See' = the United States' ongoing diplomatic cooperation -> 050 asserted (set 182: "
      "'maintains long-standing friendly relations' an asserted 050), the gerund taking its agent 'the United States' "
      "from the main clause, not nominal; the Holy See -> VAT/GOV (README choices: Pope Francis -> VAT/GOV); 'the "
      "United States benefits from its unparalleled global presence' is an evaluation, no act (borderline the "
      "strengthening a separate future 030)"),
 19: ([("violent and unjust detentions", "173", "CUB/GOV", "CUB/CVL", False, A, N, True),
       ("sham trials", "1121", "CUB/GOV", "CUB/CVL", False, A, N, True),
       ("prison sentences spanning decades", "116", "CUB/GOV", "CUB/CVL", False, A, N, True)],
      "Blinken's announcement of visa restrictions on 28 Cuban officials (9 July 2022); 'these officials' = officers "
      "of the Cuban government and Communist Party (text before) -> CUB/GOV; 'Instead of ensuring the safety of the "
      "Cuban people and respect for their freedoms' is a contrast, not a negated event (README choices: 'instead of "
      "implementing ...' a contrast); 'these officials permitted or facilitated violent and unjust detentions, sham "
      "trials, and prison sentences spanning decades for hundreds of protesters' = the officials' responsibility for "
      "three realised acts against the July 11 protesters -> one event per code, each a noun with its responsible "
      "agent: detentions 173 (guideline), trials 1121 (README choices: trials and prosecutions 1121), prison "
      "sentences = convictions 116 (README choices: convictions 116) (borderline 175 for the violent detentions, 173 "
      "for the sentences, or one 175 for the whole repression), protesters -> CUB/CVL; 'permitted or facilitated' is "
      "folded into the acts"),
 20: ([], "Blinken at the Middle East Partnership for Peace Act event (27 Mar 2022): 'It's an honor to see this get off "
          "the ground' = an evaluation of the programme's launch, 'this' anaphoric and no praise verb aimed at an actor "
          "(set 229: admiration with no praise verb uncoded) (borderline a 051 with no target)"),
 21: ([], "Uruguayan FM Bustillo's turn before his meeting with Blinken (12 Apr 2022): 'the United States has a role to "
          "play ... and a lot of work to do, and specifically in this case with Uruguay' = an evaluation of the US role "
          "and of work still to do, no act (borderline a demanded 050 USA/GOV -> URY/GOV); 'As I said' marks the "
          "speaker's own earlier words"),
 # --- UNGDC 2020-2024 random: neg
 22: ([], "Benin (2023): 'Benin remains committed to the ideals that governed the establishment of' ECOWAS and the UN = "
          "a commitment to principles, not coded (README choices: commitments to the Charter's principles uncoded, "
          "sets 137 and 193), the agentless establishment being historic background; 'will not fail to contribute to "
          "the resolution of the problems I mentioned' (terrorism, extremism, piracy and instability in the West "
          "African subregion) is litotes for a future contribution to an unnamed-party problem, following set 199's "
          "Monaco 'will not fail to work for' better governance (uncoded) (borderline a future 030 with no target, as "
          "set 140's 'will not fail to continue to support' a future 032); the required 'coordinated international "
          "responses' are between uncoded collectives"),
 23: ([("the support and solidarity of the international community", "070", N, "HTI/GOV", False, D, N, True)],
      "Dominican Republic (2021), on Haiti; 'with a new Government as a legitimate interlocutor, a truly comprehensive "
      "economic and social development plan will have to be prepared, with all required resources and the support "
      "and solidarity of the international community' = a statement of need for international support to the "
      "future Haitian government's plan -> demanded nominal 070 with no source (README choices: statements of need "
      "are demanded aid with no source; set 172: 'Island countries will require the ... support' a demanded nominal "
      "070 with no source), to the 'new Government' named in the sentence -> HTI/GOV, solidarity folded in "
      "(borderline bare HTI, or uncoded as part of an agentless deontic about a domestic plan); the plan's "
      "preparation is an agentless domestic deontic, not coded; 'no longer possible to think only about humanitarian "
      "measures' is no act"),
 24: ([], "Qatar (2021): 'I do not think that there is any alternative to that approach, including among those who "
          "oppose returning to the agreement' = a belief about dialogue with Iran; 'those who oppose' are never named, "
          "so their opposition runs between uncoded parties (null to null), and 'returning to the agreement' is "
          "anaphoric and hypothetical (set 238: 'getting back into that agreement' uncoded; set 232: 'a return to the "
          "JCPOA' uncoded) (borderline a 120 with no source and no target)"),
 # --- UNGDC 2020-2024 random: future
 25: ([("co-hosting the second United Nations Ocean Conference with Portugal", "036", "KEN/GOV", "org:UN", False, F,
        N, False),
       ("co-hosting the second United Nations Ocean Conference with Portugal", "036", "PRT/GOV", "org:UN", False, F,
        N, False)],
      "Kenya (2021); 'We look forward to co-hosting the second United Nations Ocean Conference with Portugal in late "
      "June 2022' = a future hosting of a UN conference -> 036 future (guideline: 'look forward to' + event future; "
      "README choices: hosting a session of a UN body is 036 future to org:UN), one per co-host, as set 224 coded "
      "'Kenya and Portugal will co-host' the same conference (one future 036 from each to org:UN) and set 239 the "
      "conference 'co-hosted by the Governments of Kenya and Portugal' (borderline Portugal folded in, the sentence's "
      "subject being Kenya only); 'to galvanise commitments and partnerships ...' is the purpose, not coded"),
 # --- UNGDC 2020-2024 random: demand
 26: ([], "Lesotho (2022): 'The resolution of international disputes based on dialogue ... must be at the heart of that "
          "strategy' = a norm for the United Nations' strategy with no actor or party named, not coded (set 113: an "
          "agentless norm uncoded)"),
 27: ([], "Morocco (2020): 'the United Nations has secured great gains for humankind' is an evaluation, and 'we must "
          "continue to uphold our responsibility to embody those founding values' has 'we' meaning all States "
          "(held-out 42/43), no act"),
 # --- UNGDC 2020-2024 random: cue
 28: ([], "Monaco (2023): 'The quest for innovation ... deserves our support when directed at the improvement of the "
          "lives of our populations' = support for an abstract pursuit, 'our' meaning all States, no counterpart "
          "(guideline: abstract policy positions not coded)"),
 29: ([("I am pleased to join this debate", "040", "NRU/GOV", "org:UNGA", False, A, N, False)],
      "Nauru (2021); 'I am pleased to join this debate' = the President's participation in the General Debate -> 040 "
      "to org:UNGA (set 229: Ghana's 'I am here' a 040 to org:UNGA; set 119: the Captains Regent's participation in a "
      "General Assembly plenary a nominal 040) (borderline uncoded, as set 229 left South Sudan's 'address the "
      "General Assembly' uncoded); 'and the focus placed on looking forward towards a UN fit for purpose' = pleasure "
      "at the session's theme, not coded (README choices: a welcome of the session theme uncoded, sets 120, 182 and "
      "195)"),
 30: ([("the support provided by Latvia", "070", "LVA/GOV", N, False, A, N, False)],
      "Latvia (2022); 'Good governance ... accounts for more than 40 per cent of all the support provided by Latvia' "
      "= Latvia's development cooperation ('Latvia's development cooperation policy', sentence before), realised and "
      "habitual -> 070 (guideline: aid 070), the partner countries unnamed -> target null (borderline 071), not "
      "nominal, the participle 'provided by Latvia' carrying the agent (README choices: 'the visa regime imposed by "
      "France' not nominal as a participle)"),
 31: ([], "Cabo Verde (2022): 'we call for a multilateralism that is useful ... which opens the doors for countries, "
          "such as Cabo Verde, to more external funding' = a call with no addressee for an abstract order, not coded "
          "(README choices: a call with no addressee uncoded; sets 125 and 180) (borderline a demanded 071 with no "
          "source to CPV/GOV)"),
 32: ([], "Equatorial Guinea (2024): 'Africa, through the Ezulwini Consensus and the Sirte Declaration, has for over 20 "
          "years called for ... two permanent seats ... on the Security Council' = the African position on Security "
          "Council reform, left uncoded as a UN reform position (set 116: the Ezulwini appeal for Security Council "
          "seats uncoded; sets 131 and 178) (borderline a habitual 1044 org:AU -> org:UNGA)"),
 33: ([], "Haiti (2021): 'we need to strengthen the multilateral system and make it more supportive and effective' = "
          "'we' meaning all States and a UN reform position (held-out 42/43; README choices), no act"),
 34: ([], "Mauritius (2022): 'Multilateralism continues to be under threat' is a risk and 'no other body ... more "
          "representative and likely to strengthen global cooperation than the United Nations' an evaluation, no act"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([], "Maldives (2024): 'It's diverting already depleted resources' = climate change as the subject, no actor"),
 36: ([], "Qatar (2023): 'His Excellency Mr. Antonio Guterres, and the staff of the United Nations for fulfilling its "
          "noble goals' = the tail of 'I commend the efforts of the Secretary-General', cut by the splitter after "
          "'Secretary-General.'; the verb falls before the cut, so the fragment is not coded (README choices: a "
          "fragment whose verb was cut away is left uncoded; set 197: thanks whose verb falls before the cut) "
          "(borderline a 051 QAT/GOV -> org:UN); the UN's fulfilling of its goals is no act"),
 37: ([], "Lao PDR (2020): ten years left to fulfil the SDGs, a statement of time, no act"),
 38: ([], "Guatemala (2022): 'People migrate in search of better opportunities' = a generalisation about migration, no "
          "act between actors"),
 39: ([], "Nepal (2024): 'We conduct our foreign policy with profound belief in Amity with All, Enmity with None' = a "
          "foreign-policy principle, not coded (set 236: Sudan's foreign-policy principle uncoded; set 232: "
          "Mauritania's principles)"),
}
