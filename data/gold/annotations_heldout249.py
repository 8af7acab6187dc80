"""Hand annotations for the TWO-HUNDRED-AND-FORTY-NINTH held-out event gold set (source of events-heldout249.jsonl).

Keyed by the row index of selection-heldout249.jsonl (output of select_statement_sentence_heldout.py 249; rows 0-21
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
    python3 data/gold/build_events.py --selection selection-heldout249.jsonl \\
        --annotations annotations_heldout249 --output events-heldout249.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will travel to Warsaw", "036", "USA/GOV", "POL", False, F, N, False),
      ("to engage with government counterparts", "036", "USA/GOV", "POL/GOV", False, F, N, False),
      ("thank Poland", "032", "USA/GOV", "POL/GOV", False, F, N, False),
      ("its support of Ukraine", "070", "POL/GOV", "UKR", False, A, N, True),
      ("further enhance cooperation", "030", "USA/GOV", "POL/GOV", False, F, N, False)],
     "Release on Special Presidential Envoy for Climate Kerry's travel to Poland (10 July 2022); Kerry -> USA/GOV; "
     "'will travel to Warsaw July 11-13' = an announced trip -> 036 future to the bare destination country (README "
     "choices: an announced trip is 036 future; held-out 5 row 17, 8 rows 15/47; set 239 row 1: Kerry's 'will travel "
     "to Portugal' 036 future to bare PRT), Warsaw the place of the visit, not a metonym; 'to engage with government "
     "counterparts' = announced meetings with named interlocutors -> a second 036 future to POL/GOV (set 238 row 1: "
     "the trip and 'where he will meet with' the Israeli leaders two 036s; set 239 row 0) (borderline folded into the "
     "trip as its purpose, as set 241 row 0 did where no counterpart was named); 'thank Poland' = a future thanks, a "
     "future verbal-support act -> 032 future (README choices: 'will reiterate appreciation' 032 future; set 124 row "
     "15: 'will welcome' 032 future; guideline: future cooperative acts take 03x codes) (borderline 051 future); 'its "
     "support of Ukraine' = Poland's realised support, its agent from the thanks (README choices: 'thanks for the "
     "ongoing support' gives the support its agent) -> nominal 070 asserted to the bare country, Poland's 2022 "
     "support being material (set 226: 'powerful support for Ukraine' a 070 to bare UKR) (borderline 051); 'further "
     "enhance cooperation on the climate crisis and European energy security' = future cooperation -> 030 future "
     "(held-out rule: 'hope that we can work together' 030 future; held-out 21: 'our joint commitment to enhance "
     "cooperation' 030) (borderline 0311, the fields being energy efficiency, nuclear and renewable power); the "
     "listed opportunities are topics"),
 1: ([("She will also thank Montenegro", "032", "USA/GOV", "MNE/GOV", False, F, N, False),
      ("joining EU sanctions on Russia", "163", "MNE/GOV", "RUS", False, A, N, False),
      ("EU sanctions on Russia", "163", "org:EU", "RUS", False, A, N, True),
      ("providing humanitarian and security assistance", "070", "MNE/GOV", "UKR", False, A, N, False),
      ("closing its airspace to Russian aircraft", "172", "MNE/GOV", "RUS", False, A, N, False)],
     "Release on Assistant Secretary Donfried's travel to the Western Balkans (21 Apr 2022), the Montenegro stop on 29 "
     "April; Donfried -> USA/GOV; 'She will also thank Montenegro' = a future thanks -> 032 future to MNE/GOV, as row "
     "0 (README choices: 'will reiterate appreciation' 032 future) (borderline 051 future); the acts thanked for are "
     "realised and coded asserted, their agent from the thanks (README choices: 'thanks for the ongoing support' "
     "gives the support its agent): 'joining EU sanctions on Russia' = Montenegro's own alignment with the EU's "
     "measures -> 163 MNE/GOV -> bare RUS, a gerund and not nominal (set 235: Borrell's 'We are putting sanctions' a "
     "163 org:EU -> bare RUS; set 238: sanctions on Russia to bare RUS), and 'EU sanctions on Russia' the Union's own "
     "measures named with their agent -> a nominal 163 org:EU -> RUS, on the model of 'joined the United Nations in "
     "their condemnation' = the speaker's 111 plus a nominal 111 of org:UN (README choices) (borderline the EU's "
     "sanctions folded into Montenegro's joining); 'in support of Ukraine' is the purpose, not coded separately "
     "(borderline a 051 MNE/GOV -> UKR); 'providing humanitarian and security assistance' to Ukraine, the recipient "
     "from 'in support of Ukraine' -> one 070 (README choices: one aid noun covering several kinds is one 070) "
     "(borderline a 073 to UKR/CVL and a 072 to UKR); 'closing its airspace to Russian aircraft' -> 172, following "
     "PETRARCH's CAMEO dictionary (CLOSE * AIRSPACE [172]), as earlier sets followed it for RENEGE and STRIP OF "
     "CITIZENSHIP, to bare RUS (borderline 163 as part of the sanctions, 191, or RUS/BUS for the carriers)"),
 # --- State Dept random: demand
 2: ([("He urged Cambodia", "1051", "USA/GOV", "KHM/GOV", False, A, N, False),
      ("politically-motivated charges", "1121", "KHM/GOV", "KHM/OPP", False, A, N, True)],
     "Readout of Blinken's meeting with Cambodian DPM/FM Prak Sokhonn (14 May 2022); 'He' = the Secretary (sentence "
     "before) -> USA/GOV; 'urged Cambodia to drop politically-motivated charges and allow opposition politicians to "
     "participate freely in upcoming elections' = one asserted request to the government (guideline), Y = easing legal "
     "action and bans against opposition politicians -> 1051 demand easing of administrative sanctions, PETRARCH's "
     "CAMEO dictionary coding DROP * CHARGES as 081 and 0812 being the easing of a ban on politicians (set 229: Phee "
     "'pressed for ... lifting the state of emergency' 1051), the two demands one request (README choices: a request "
     "verb with several demands takes the most specific sub-code) (borderline 1043 for the political rights, or "
     "1053); Y not coded separately; the existing 'politically-motivated charges' = a realised act named inside the "
     "request (README choices: 'end its repression of Mr. Navalny' coded too; trials and prosecutions inside a "
     "request are each 1121 from the addressee) -> nominal 1121 KHM/GOV -> KHM/OPP, the charged being the opposition "
     "politicians of the same sentence (borderline uncoded as an event noun whose agent is only the addressee)"),
 3: ([("is sending another clear signal", "1056", N, "RUS/GOV", False, A, N, False),
      ("its war of aggression against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Blinken's statement on Russia's suspension from the UN Human Rights Council (7 Apr 2022); 'The world is "
     "sending another clear signal that Russia must immediately and unconditionally cease its war of aggression "
     "against Ukraine' = a message that the target must do Y, a request (README choices: a Security Council 'clear "
     "message ... that there must be an end to all violence' is a request), Y = ending the war -> 1056 (guideline: "
     "de-escalation), 'the world' = the countries that voted the suspension, an uncoded collective -> source null "
     "(README choices: condemnation 'by the international community' has no source) (borderline org:UNGA, the vote "
     "being a General Assembly resolution, as set 228's '141 countries supported the initial resolution'), to the "
     "Russian government (Moscow, sentence before); 'honor the principles enshrined in the UN Charter' is compliance, "
     "folded into the request; 'its war of aggression against Ukraine' = a realised event noun with its agent -> "
     "nominal 190 RUS/GOV -> bare UKR (guideline: 'war', 'aggression' 190; held-out 21: 'Russia's brutal war' "
     "from RUS/GOV), asserted as presupposed (borderline RUS/MIL, as held-out 240 row 2)"),
 4: ([], "Blinken's statement on the IPCC report (28 Feb 2022): 'why the international community must urgently continue "
         "to pursue ambitious climate action' = a deontic on an uncoded collective whose Y, climate action, is no "
         "behaviour between actors (guideline: if Y is not a codable behaviour nothing is coded; collectives -> "
         "null); 'It also demonstrates' is the report's evidence, and 'we face other pressing global challenges' "
         "is 'we' meaning all States"),
 # --- State Dept random: cue
 5: ([("committed to supporting the Russian people", "032", "USA/GOV", "RUS/CVL", False, A, N, False)],
     "Blinken's Russia Day message (12 June 2021); 'we remain steadfastly committed to supporting the Russian people' "
     "= a commitment stated as a fact -> asserted 03x (README choices: 'remain committed to supporting' asserted "
     "03x), the support being political encouragement of the people's democratic aspirations -> 032 (borderline "
     "033, or 051), the Russian people -> RUS/CVL; 'their desire to work together with the international community "
     "and cooperate peacefully' = an aspiration the speaker ascribes to the people, a state and not an act, its "
     "counterpart an uncoded collective (held-out 124 row 16: 'the ambitions of both peoples to achieve further "
     "rapprochement and cooperation' uncoded) (borderline a nominal 030 RUS/CVL with no target); the Declaration of "
     "State Sovereignty is a document of 1991, named as a source of aspirations"),
 6: ([("meets with", "036", "USA/GOV", "GBR/GOV", False, F, N, False)],
     "Public Schedule of 9 March 2022; 'Secretary Blinken meets with UK Foreign Secretary Elizabeth Truss at the "
     "Department of State' = a meeting on the day's public schedule -> 036 future (held-out 14 row 9, 18 row 39; set "
     "234 row 11 and set 239 row 11: 'meets with' on the schedule a 036 future), a verb and not nominal (held-out 18 "
     "row 39), Truss -> GBR/GOV; the Department of State is the venue (borderline 040 asserted on the present tense)"),
 7: ([("extraordinary contributions of individuals and communities", "070", "USA/CVL", "AFG/CVL", False, A, N, True),
      ("commitment to our Afghan allies", "0333", "USA/GOV", "AFG/CVL", False, A, N, True),
      ("welcoming tens of thousands into our communities", "075", "USA/CVL", "AFG/CVL", False, A, N, False),
      ("have done many times before", "075", "USA/CVL", N, False, A, N, False)],
     "Release on Under Secretary Bass's and Ambassador Jones's meeting with the Afghan relocation coalition (10 May "
     "2022); 'The coalition representatives are exemplary of' is an evaluation; 'the extraordinary contributions of "
     "individuals and communities across the country that are helping make good on our country's commitment to our "
     "Afghan allies' = realised help by American civilians to the Afghans relocated -> nominal 070 USA/CVL -> "
     "AFG/CVL (set 197: 'He has the support of Brazilian society' a nominal 051 from BRA/CVL; set 148: 'many countries "
     "... welcoming' refugees coded) (borderline folded into the 075 as its one named form, or 073); 'our country's "
     "commitment to our Afghan allies' = the U.S. commitment to relocate and resettle the Afghans who worked with it, "
     "stated as a fact -> nominal asserted 03x (README choices: commitments stated as facts are asserted 03x), "
     "resettlement being humanitarian relief (set 127: New Zealand's resettlement of refugees one 075 plus a 073) -> "
     "0333 (borderline 030), 'our country' in a Department release -> USA/GOV (borderline bare USA, as set 229's 'our "
     "nation's long tradition'), the Afghan allies, former interpreters and staff -> AFG/CVL; 'including by "
     "welcoming tens of thousands into our communities' = admitting refugees -> 075 (README choices: admitting "
     "refugees is 075; set 148: 'welcoming many more' refugees 075), a gerund, not nominal, from the same "
     "individuals and communities -> USA/CVL; 'as the American people have done many times before' = a pro-verb for "
     "earlier welcomes of refugees, a historic, habitual 075 USA/CVL with no target, the refugees of many origins "
     "(set 179: the pro-verb 'as they did over' coded; set 229: 'our nation's long tradition of hosting' coded) "
     "(borderline uncoded as a comparison); 'with generosity and grace' is manner"),
 8: ([("co-chaired", "043", "USA/GOV", N, False, A, N, False)],
     "Release on the IIJ Governing Board meeting (17 May 2022); Acting Principal Deputy Coordinator for "
     "Counterterrorism Landberg -> USA/GOV; 'co-chaired the bi-annual meeting of the Governing Board of "
     "Administrators for the International Institute for Justice and the Rule of Law (IIJ)' = convening and chairing "
     "a meeting -> 043 (guideline: host/convene 043; set 223: the co-chairing of the UN Ocean Conference a realised "
     "043 from each co-chair to org:UN), the IIJ, a Malta-based training institute governed by 13 countries and the EU, having "
     "no code and the board members being unnamed -> target null (set 114: chairing an AHLC meeting 043 with no "
     "target, held-out 223 row 40's borderline) (borderline 040, or a new org code for the IIJ); the "
     "other co-chair is not named; Valletta, Malta is the venue"),
 9: ([("Opening these consultations with Denmark", "046", "USA/GOV", "DNK/GOV", False, A, N, False)],
     "Price's release on the opening of U.S.-Denmark Defense Cooperation Agreement negotiations (10 Feb 2022); "
     "'Opening these consultations with Denmark' = the start of the agreement negotiations of the title and the "
     "sentences before ('These negotiations represent a natural progression') -> 046 (guideline: negotiations 046), "
     "asserted as the opening announced that day, a gerund and not nominal (held-out 223 row 40), "
     "Denmark -> DNK/GOV (borderline 040 for 'consultations', or a future 036 since the talks only begin); 'reflects "
     "our commitment to reaffirming and reinvigorating America's alliances' = an abstract commitment to alliances in "
     "general, no counterpart (guideline: abstract policy positions not coded; set 137: reaffirmed commitments to the "
     "Charter uncoded) (borderline a nominal 030 with no target)"),
 10: ([("We are heartened to see", "051", "USA/GOV", N, False, A, N, False)],
      "Blinken's statement for the International Day of UN Peacekeepers (28 May 2021); 'We are heartened to see an "
      "increase of women peacekeepers every year' = approval of a development -> 051 (README choices: 'we are "
      "encouraged by' and 'we are pleased with' are 051), the increase having no named agent -> target null (set "
      "130: 'Cabo Verde is pleased with the number of States that have ratified' a 051 with no target) (borderline "
      "org:UN, the peacekeepers being UN personnel); 'they inspire and support women and girls to be leaders' = the "
      "women peacekeepers' example, an evaluative description with an unnamed, uncoded beneficiary (borderline a "
      "habitual 073 org:UN -> null)"),
 11: ([("initiatives to provide coordinated political, financial, material and humanitarian support", "070",
        "USA/GOV", "UKR/GOV", False, A, N, True),
       ("initiatives to provide coordinated political, financial, material and humanitarian support", "070",
        "USA/GOV", "UKR/CVL", False, A, N, True),
       ("initiatives to provide coordinated political, financial, material and humanitarian support", "070",
        "org:EU", "UKR/GOV", False, A, N, True),
       ("initiatives to provide coordinated political, financial, material and humanitarian support", "070",
        "org:EU", "UKR/CVL", False, A, N, True)],
      "U.S.-EU joint press release on the first High-Level Dialogue on Russia (30 Mar 2022); 'They' = Nuland and "
      "Mora (sentence before); 'briefed on' is left uncoded, as PETRARCH leaves BRIEF uncoded (set 143: 'has briefed "
      "the Security Council' uncoded) (borderline 040 between the two); 'U.S. and EU initiatives to provide "
      "coordinated political, financial, material and humanitarian support to the government and people of Ukraine' = "
      "ongoing aid programmes with their agents -> nominal 070, one aid noun covering several kinds (README choices: "
      "one aid noun covering several kinds is one 070), compound source and target split (guideline), four events "
      "(borderline 051 for the political support, or 033 as 'initiatives' read as intent), asserted as under way "
      "(the sentence before: 'efforts to increase humanitarian support')"),
 12: ([("We call for", "1053", "USA/GOV", "SDN/MIL", False, A, N, False),
       ("unjustly detained", "173", "SDN/MIL", "SDN/OPP", False, A, N, False),
       ("unjustly detained", "173", "SDN/MIL", "SDN/CVL", False, A, N, False),
       ("unjustly detained", "173", "SDN/MIL", "SDN/MED", False, A, N, False)],
      "Statement of the Troika, Canada, Switzerland and the EU on detentions of political figures in Sudan (10 Feb "
      "2022); 'We' in a joint statement that does not name its governments in the sentence -> USA/GOV (guideline; "
      "held-out 243 row 10) (borderline one request per signatory, as set 242's G7 statement that named them); 'We "
      "call for an immediate end to such practices and for the immediate release of all those unjustly detained' = "
      "'S calls for Y', one asserted request (guideline), addressed to 'Sudan's military authorities' (sentences "
      "before and after) -> SDN/MIL (guideline: military juntas MMR/MIL; held-out: Chad's Transitional Military "
      "Council TCD/MIL), the two demands one request with the most specific sub-code (README choices) -> 1053 release "
      "(borderline two requests, or 1041 for ending the harassment); Y not coded separately; 'all those unjustly "
      "detained' = realised detentions named inside the request (README choices: a realised act named inside a "
      "request is coded too), their agent the military authorities of the sentence before -> 173, a participle and "
      "not nominal, one per sector of the detained the statement names (set 229: the Hong Kong arrests one 173 per "
      "sector): the high-profile political figures -> SDN/OPP, the civil society activists and humanitarian workers "
      "-> SDN/CVL, the journalists -> SDN/MED (borderline one 173 to SDN/CVL); 'such practices' (the harassment and "
      "intimidation condemned in the sentence before) is anaphoric and folded into the request"),
 13: ([], "U.S.-EU-Canada joint statement on Venezuela (25 June 2021): 'The peaceful solution ... has to come from the "
          "Venezuelan people themselves through Venezuelan-led, comprehensive negotiations with participation from all "
          "stakeholders' = a normative claim about how a settlement must be reached, its negotiations naming no party "
          "in the sentence, only 'all stakeholders' (held-out 243 row 18: 'The Chadian people deserve an inclusive "
          "national dialogue where all stakeholders can come together' uncoded; held-out 235 row 4: agentless "
          "deontics on a domestic transition uncoded) (borderline a demanded nominal 046 VEN/GOV -> VEN/OPP, as set "
          "220's 'dialogue process in Mexico', or a demanded 057 from VEN/CVL)"),
 14: ([("Our support for Ukraine", "051", "USA/GOV", "UKR", False, A, N, True),
       ("Our support for Ukraine", "051", "USA/GOV", "UKR/GOV", False, A, N, True),
       ("Our support for Ukraine", "051", "USA/GOV", "UKR/CVL", False, A, N, True)],
      "Blinken's statement on the Kremlin decision on eastern Ukraine (21 Feb 2022); 'Our support for Ukraine's "
      "sovereignty and territorial integrity as well as for the government and people of Ukraine is unwavering' = a "
      "statement of support -> 051 (guideline: 'express support' 051), a noun with its agent 'Our' -> nominal (set "
      "112: 'has been a consistent supporter of the United Nations' a nominal 051), support for sovereignty and "
      "territorial integrity to the bare country (set 238: 'We reaffirm our support and commitment to the sovereignty "
      "... of Ukraine' one 051 USA/GOV -> bare UKR; set 184: support for Georgia's territorial integrity to bare GEO), "
      "and the government and people as a compound target split (guideline) -> UKR/GOV and UKR/CVL, three events "
      "(borderline one 051 to bare UKR, or 070 for the government and people)"),
 # --- State Dept random: nocue
 15: ([], "Joint statement on the 80th anniversary of the Battle of the Coral Sea (9 May 2022): 'We will always "
          "remember the sacrifice they made for the cause of freedom in the Pacific' = commemoration of the fallen "
          "service members (set 191: a commemoration uncoded; README choices: homage to victims uncoded), no act "
          "between actors; the 1942 battle lies in the sentence before"),
 16: ([("I congratulate the people of the Kingdom of Sweden", "051", "USA/GOV", "SWE/CVL", False, A, N, False)],
      "Blinken's Sweden National Day message (6 June 2022); 'On behalf of the United States of America, I congratulate "
      "the people of the Kingdom of Sweden as you celebrate your National Day' -> 051 (README choices: congratulating "
      "a people on a national day is 051; held-out 25 row 29, 221 row 26, 243 row 21), the people -> SWE/CVL; 'On "
      "behalf of the United States' makes the source USA/GOV"),
 17: ([("working on issues together", "050", "USA/GOV", "GUY/GOV", False, A, N, False)],
      "Blinken with Guyanese President Ali before their meeting (25 July 2022), Blinken's turn (the sentences before: "
      "'Guyana has been a very strong partner for the United States') -> USA/GOV; 'We're working on issues together' "
      "= ongoing cooperation between the two governments -> 050 (README choices: 'worked with every Israeli prime "
      "minister' 050; set 139: 'We have worked with him' 050), symmetric, coded once from the "
      "document's government (guideline); 'some things that we're working on very actively right now' is the same "
      "cooperation, coded once (guideline: a repeated mention of the same event is coded once); 'that I know we'll be "
      "sharing in the weeks ahead' is a future announcement, a 01x statement, not coded; 'a lot more energy in those "
      "efforts' is an evaluation; the Summit of the Americas is a time marker"),
 18: ([("I congratulate Egypt", "051", "USA/GOV", "EGY", False, A, N, False)],
      "Blinken's Egypt National Day message (23 July 2022); 'I congratulate Egypt on this important day' -> 051 "
      "(README choices: congratulating a people on a national day is 051), 'Egypt' here the country as a whole on its "
      "national day -> bare EGY (guideline: bare country when the country as a whole is meant) (borderline EGY/CVL, "
      "as the people congratulated in held-out 243 row 21, or EGY/GOV); 'extend my best wishes' is well-wishing, not "
      "coded (held-out 7, 17 row 32)"),
 19: ([("The United States congratulates Rodrigo Chaves Robles", "051", "USA/GOV", "CRI/GOV", False, A, N, False)],
      "Blinken's congratulations to Costa Rica's president-elect (4 Apr 2022); 'congratulates' -> 051 (guideline), "
      "Chaves as president-elect -> the incoming government, CRI/GOV (README choices: a president-elect is the "
      "incoming government); the election itself is not an act between actors"),
 20: ([("By partnering with the United States", "061", "ROU/GOV", "USA/GOV", False, A, N, False)],
      "Release on the FEED study for a small modular reactor in Romania (26 June 2022); 'By partnering with the "
      "United States, Romania is also ensuring its investments in nuclear energy uphold the highest standards' = "
      "Romania's realised partnership with the United States on the NuScale SMR project -> economic cooperation 061 "
      "(set 194: 'Entered into a partnership with Brazil and with France' one 061 per partner; set 217: "
      "agricultural projects 061), Romania as the state investing through SN Nuclearelectrica -> ROU/GOV, a gerund "
      "and not nominal (borderline 050); 'ensuring ... uphold the highest standards' is compliance with safety "
      "norms and 'contributing to the consolidation of energy security in the region' an outcome, neither an act "
      "between actors"),
 21: ([("We look forward to deepening our partnership", "030", "USA/GOV", "BEN/GOV", False, F, N, False)],
      "Blinken's Benin National Day message (1 Aug 2022); 'We look forward to deepening our partnership to advance "
      "democratic governance, respect for human rights, and conflict prevention' = 'look forward to' + cooperation "
      "-> 030 future (guideline: 'look forward to' is future; held-out 14 row 22 on Sweden, 18 on Belgium, 20 "
      "row 31 on Luxembourg: national-day cooperation 030 future), the partner Benin from the sentence "
      "before ('the U.S. - Benin relationship') -> BEN/GOV; the purposes are topics"),
 # --- UNGDC 2020-2024 random: neg
 22: ([("joining sanctions", "163", "MDA/GOV", N, True, A, N, False)],
      "Moldova (Dodon, 2020); 'Respectively, we do not admit to joining sanctions against our partners for "
      "development' = Moldova's standing policy of not imposing sanctions, 'admit' meaning 'allow', a plain negation "
      "of a sanctions act -> negated 163 (guideline: plain negation keeps the event's own code; set 234: "
      "Switzerland's 'We do not involve ourselves in conflicts or provide military support' a negated 190 and a "
      "negated 072), asserted as habitual, 'our partners for development' unnamed in the speech -> target null "
      "(borderline RUS/GOV, the sanctions then being those on Russia; or 120 as a performative refusal, guideline: "
      "'we will never accept it'); the sanctions of others that Moldova would join are unnamed and not coded "
      "separately; 'we will not engage in the support of one state against another' lies in the sentence before"),
 23: ([], "Antigua and Barbuda (2021): 'never again should there be such a selfish display of nationalism as we "
          "witnessed in the response to a Global threat' = an agentless evaluation of vaccine nationalism during the "
          "pandemic, no actor named and 'display of nationalism' no codable behaviour (guideline: evaluative "
          "descriptions without a behaviour verb not coded; set 187: 'The cycle of violence in the Middle East must "
          "end' uncoded); 'a Global threat' is a risk (the pandemic)"),
 24: ([("those who claim", "112", N, "PSE/GOV", False, A, N, False),
       ("I challenge them", "110", "PSE/GOV", N, False, A, N, False)],
      "Palestine (Abbas, 2021); 'those who claim there is no Palestinian partner for peace and that we do not \"miss "
      "an opportunity to miss an opportunity\"' = a claim that is itself a blame of the Palestinian leadership's "
      "rejectionism -> 112 (set 129: 'Some who had claimed that his intentions were ...' a 112 with no source to "
      "BDI/GOV; set 154: Erdogan's 'claimed that the outcome ... was attributable to' the Greek Cypriot side a 112), "
      "the claimants unnamed -> source null (borderline ISR/GOV, whose officials the speech does not name here), "
      "`reported_by` null, the speech verb being the event; 'I challenge them to demonstrate ...' = the speaker "
      "disputing the claim -> 110, following PETRARCH's CAMEO dictionary (CHALLENGE * CLAIM [110]), to the unnamed "
      "claimants -> target null (borderline 101, demanding proof, or uncoded as a rhetorical dare); 'that we have "
      "rejected even once a genuine and serious initiative to achieve peace' is the content of the challenge, whose "
      "implicature denies the rejection, and is left uncoded (borderline a negated 127 PSE/GOV with no target); 'I "
      "accept the judgement of the world' is a rhetorical acceptance, no act"),
 # --- UNGDC 2020-2024 random: future
 25: ([("greater financial and programmatic assistance", "070", "USA/GOV", "PLW/GOV", False, D, N, True)],
      "Palau (Whipps, 2022); 'We need greater financial and programmatic assistance and will require those for the "
      "foreseeable future and for as long as free association continues' = a statement of need -> demanded nominal "
      "aid (README choices: statements of need are demanded aid with no source to the speaker's government), the "
      "provider plain from the document: the Compact of Free Association review with the United States of the "
      "sentences before, 'as long as free association continues' (guideline: a missing participant is taken from "
      "the context when the document makes it plain) -> USA/GOV (borderline source null, Taiwan and Japan also "
      "being thanked in the next sentence); 'financial and programmatic' = one aid noun covering several kinds -> "
      "070 (README choices) (borderline 071); 'will require those' repeats the same need, coded once (guideline)"),
 # --- UNGDC 2020-2024 random: demand
 26: ([("The brutal war", "190", "RUS/GOV", "UKR", False, A, N, True),
       ("must end", "087", "RUS/GOV", "UKR", False, D, N, False)],
      "Poland (Duda, 2023); 'The brutal war' = Russia's war against Ukraine, anaphoric, its agent plain from the "
      "speech ('Vladimir Putin's Russia', 'denying the Ukrainian people their right to exist', sentences before) -> "
      "nominal 190 RUS/GOV -> bare UKR (set 222: the EU's anaphoric 'This war' a nominal 190 RUS/GOV -> bare UKR, the "
      "agent taken from the rest of the speech); 'must end' = a deontic without a request verb -> Y coded demanded "
      "(guideline), ending the war -> de-escalation 087 from the aggressor (README choices: 'such atrocities must "
      "stop' is a demanded 087; set 234: 'The brutal Israeli war on the Palestinian people must stop immediately' a "
      "nominal 190 plus a demanded 087) (borderline uncoded, as set 237's anaphoric 'This attack ... must end', or "
      "0871 ceasefire); 'it must not be converted into a frozen war' names no act between actors (a frozen conflict "
      "is an outcome), not coded"),
 27: ([], "Brunei (2021): 'we must ensure that our recovery efforts prioritise the recovery of our economies by "
          "ramping up trade and investments' = 'we' meaning all States recovering from the pandemic (held-out 42/43: "
          "'we' meaning all States not coded); trade and investment named with no partner"),
 # --- UNGDC 2020-2024 random: cue
 28: ([("We share the concerns", "051", "MKD/GOV", "org:UN", False, A, N, False),
       ("called for helping hands", "1033", "org:UN", N, False, A, N, False)],
      "North Macedonia (2021), on Afghanistan; 'We share the concerns of many leaders, including the "
      "Secretary-General' = agreement with the Secretary-General -> 051 to org:UN (set 180: 'Malaysia shares his "
      "concerns', of the Secretary-General, a 051 to org:UN), the 'many leaders' an uncoded collective dropped from "
      "the compound (guideline) (borderline an uncoded 01x concern); 'who has warned that the world is facing yet "
      "another humanitarian plight' = a warning about a situation, no threat (README choices: 'issues a warning' about "
      "economic harm is not a threat), not coded; 'called for helping hands, united efforts and solidarity' = the "
      "Secretary-General's realised call, asserted in the speaker's voice, with no addressee -> target null, Y = "
      "humanitarian help for Afghans -> 1033 (set 229: the WHO Director-General's calls a nominal 1033 with no "
      "target; held-out 243 row 35: a call with no addressee coded with target null) (borderline 103, or uncoded as "
      "a call for solidarity); Y not coded separately"),
 29: ([], "Vanuatu (2020): a list of global challenges ('the escalating threat of arms race and terrorism; continuous "
          "human rights abuses; ... the displacement of people') with no actor named; 'threat' is a risk (guideline) "
          "and the abuses and displacement are agentless generalisations"),
 30: ([], "Netherlands (2020): 'Critical evaluation and continuous efforts to improve are key elements of multilateral "
          "cooperation' = a generalisation about multilateralism, no actor"),
 31: ([], "Bosnia and Herzegovina (2023): 'we count on the support of that part of the international community that "
          "can help us' = a hope about other actors' aid (README choices: hopes about others' aid, 'we count on', "
          "'look forward to the support of', are optative and not coded), the helpers an uncoded collective "
          "(borderline a demanded nominal 070 with no source to BIH/GOV)"),
 32: ([("We support all initiatives", "051", "EST/GOV", N, False, A, N, False)],
      "Estonia (Karis, 2022), after its support for the ICC investigation and a special tribunal for aggression; 'We "
      "support all initiatives that seek to ensure accountability' = support for unattributed initiatives -> 051 with "
      "no target (README choices: Denmark's support for unattributed peacekeeping initiatives a 051 with no target) "
      "(borderline uncoded as an abstract policy position, guideline; or org:ICC from the sentences before); "
      "'ensure accountability' is no CAMEO act (set 231: 'securing accountability' uncoded)"),
 33: ([], "Algeria (Tebboune, 2020): 'I would like to appeal for unity and solidarity so that we may overcome our "
          "differences' = an appeal with no addressee whose Y, unity and solidarity, is no codable behaviour, and "
          "whose 'we' means all States (set 191: an appeal 'to everyone' uncoded; held-out 42/43) (borderline a "
          "generic 100 with no target)"),
 34: ([("our cooperation with Member States and other stakeholders within the United Nations system", "050",
        "JAM/GOV", "org:UN", False, A, N, True)],
      "Jamaica (Holness, 2022); 'It [multilateralism] continues to underpin our cooperation with Member States and "
      "other stakeholders within the United Nations system' = Jamaica's habitual cooperation, presupposed -> nominal "
      "050 (README choices: cooperation nouns are a nominal 050), the stakeholders within the United Nations system "
      "-> org:UN (set 137: 'We remain eager to work within the United Nations system' a 030 to org:UN), the Member "
      "States an uncoded collective dropped from the compound (guideline) (borderline target null); 'underpin' is "
      "the principle's role, no act"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([("We are pleased that", "051", "SWE/GOV", "ARE/GOV", False, A, N, False)],
      "Sweden (2023); 'We are pleased that the incoming United Arab Emirates presidency is framing climate action as "
      "a driver for prosperity and growth' -> 051 (README choices: 'we are pleased with' is 051), the COP28 "
      "presidency held by the UAE government -> ARE/GOV (borderline org:UN for the COP presidency); 'framing climate "
      "action' is a discursive stance, not coded"),
 36: ([], "San Marino (2022): 'the need for Member States ... to work together to overcome difficulties' = a general "
          "need for cooperation among all States (held-out 42/43: 'we' meaning all States; set 240: general needs for "
          "cooperation among uncoded countries uncoded)"),
 37: ([], "Timor-Leste (Ramos-Horta, 2023): 'We need to adopt a universal child benefit and a new ODA target' = 'we' "
          "meaning all States, a global policy proposal (held-out 42/43) (borderline a demanded 0331 with no source and "
          "no target)"),
 38: ([], "Saint Kitts and Nevis (2022): 'A delayed response to those commitments would further imperil our developing "
          "nations' = a hypothetical outcome whose anaphoric 'those commitments' (developed countries' pledge to "
          "double adaptation financing, sentence before) runs between uncoded collectives (set 225: unfulfilled "
          "climate-finance pledges between uncoded groups of countries uncoded) (borderline a hypothetical negated 071 with no source)"),
 39: ([("We ask for no more than our rights", "1043", "PSE/GOV", N, False, A, N, False)],
      "Palestine (Abbas, 2023); 'We ask for no more than our rights and the implementation of the relevant "
      "resolutions' = an asserted request, 'no more than' bearing on the amount, not the asking (set 175: 'Ukraine "
      "does not demand more' an asserted generic 100), Y = the Palestinians' rights -> 1043 (guideline: 1043 rights), "
      "the implementation of resolutions folded in as compliance, the addressee the international community of the "
      "sentence before, an uncoded collective -> target null (borderline ISR/GOV, or generic 100); Y not coded "
      "separately"),
}
