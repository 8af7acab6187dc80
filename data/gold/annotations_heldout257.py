"""Hand annotations for the TWO-HUNDRED-AND-FIFTY-SEVENTH held-out event gold set (source of events-heldout257.jsonl).

Keyed by the row index of selection-heldout257.jsonl (output of select_statement_sentence_heldout.py 257; rows 0-21
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
    python3 data/gold/build_events.py --selection selection-heldout257.jsonl \\
        --annotations annotations_heldout257 --output events-heldout257.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will consult with teams in developing countries", "036", "USA/GOV", N, False, F, N, False),
      ("provide support for implementation of 2022-2025 ITU Development Sector work programs", "070", "USA/GOV",
       "org:ITU", False, F, N, False)],
     "Fact sheet 'U.S. Leadership in Bridging the Digital Divides' (3 June 2022); the National Telecommunications and "
     "Information Administration -> USA/GOV; 'will consult with teams in developing countries to improve their own "
     "work products and deliverables' = an announced consultation -> 036 future (guideline: meet/discuss/consult 040, "
     "future cooperative acts 03x, 036 for meetings), the 'teams in developing countries' an uncoded collective -> "
     "target null (guideline) (borderline a future 070, the consultation being capacity-building help); 'as well as "
     "provide support for implementation of 2022-2025 ITU Development Sector work programs and BDT activities' = "
     "future support to the International Telecommunication Union's development programmes -> 070 future (README "
     "choices: a future material act keeps its code, 'we will continue support' 070 future), the programmes being "
     "ITU-D's and the BDT its Bureau -> new organisation code org:ITU, on the model of the other specialised agencies "
     "(org:WHO, org:FAO, org:ILO, org:ICAO) (borderline org:UN, or target null for the developing countries the "
     "programmes serve); the heading 'Connecting People and Empowering Communities:' is part of the splitter's "
     "sentence and names no act"),
 1: ([("will meet with President Andrés Manuel López Obrador, other government officials", "036", "USA/GOV",
       "MEX/GOV", False, F, N, False),
      ("members of the U.S. business community", "036", "USA/GOV", "USA/BUS", False, F, N, False)],
     "Travel announcement for Special Presidential Envoy Kerry (30 Mar 2022) -> USA/GOV; 'will meet with President "
     "Andrés Manuel López Obrador, other government officials, and members of the U.S. business community' = "
     "announced meetings -> 036 future (guideline), one per sector named (set 251 row 0: Chollet's 'will meet with "
     "ROK government officials, academia, and civil society' one future 036 per sector; set 239; README choices: a "
     "corporation is USA/BUS), the President and the other officials one MEX/GOV event, the U.S. business community "
     "USA/BUS (borderline MEX/BUS, the meeting being held in Mexico City, or one 036 to MEX/GOV only); the trip "
     "itself ('will travel to Mexico City') is in the sentence before"),
 # --- State Dept random: demand
 2: ([("we urge the swift adoption of an inclusive electoral law", "104", "USA/GOV", "TUN/GOV", False, A, N, False),
      ("boycotted the constitutional referendum", "143", "TUN/CVL", "TUN/GOV", False, A, N, False)],
     "Blinken's statement on Tunisia's 25 July referendum (28 July 2022); 'we urge the swift adoption of an inclusive "
     "electoral law that facilitates the broadest possible participation in legislative elections' = 'S urges Y', "
     "one asserted request (guideline); the adopter of the law is plain from the document, President Saied's "
     "government, which decrees the law (guideline: a verb's missing participant taken from the context) -> "
     "TUN/GOV (borderline target null, as set 113's 'urge prompt implementation' with no addressee); Y = an electoral "
     "law -> demand political reform 104 (held-out 9 row 18: the Malian transition's 'electoral law' a 104) "
     "(borderline 1044 or 1043); Y not coded separately; 'those who opposed or boycotted the constitutional "
     "referendum' = a realised act named inside the request, coded too (README choices: 'end its repression of Mr. "
     "Navalny' coded), a boycott of a vote -> 143 (README choices: a boycott of an election is 143), the boycotters "
     "'the millions of Tunisians who either did not participate in the referendum or opposed the new constitution' "
     "(sentence before) -> TUN/CVL, against the government that held the referendum -> TUN/GOV (borderline TUN/OPP, "
     "the opposition parties having called the boycott); 'opposed' (voting no) is no CAMEO act"),
 3: ([("Morocco’s leadership in facilitating Nasir’s repatriation", "063", "MAR/GOV", "USA/GOV", False, A, N, True),
      ("its past willingness to return its foreign terrorist fighters", "0313", "MAR/GOV", N, False, A, N, True)],
     "Release on the transfer of GTMO detainee Abdul Latif Nasir to Morocco (19 July 2021); 'Morocco's leadership in "
     "facilitating Nasir's repatriation' = the cooperation on the transfer, an event noun with its agent -> nominal "
     "063 MAR/GOV -> USA/GOV, exactly as held-out 22 row 14 coded 'its collaboration in repatriating Abdul Latif "
     "Nasir' in the same release (borderline 050); the repatriation itself is that cooperation, not coded again; "
     "'its past willingness to return its foreign terrorist fighters from northeast Syria' = an intent noun with its "
     "agent -> nominal 03x (README choices: 'the willingness of our partners to assist' a nominal 033), the judicial "
     "kind matching the 063 -> 0313, the holders in north-east Syria an administration with no code (set 251 row 10) "
     "-> target null (borderline 063 as realised returns, or target USA/GOV); 'should encourage other nations to "
     "repatriate their citizens' = the expected effect of an example on an uncoded collective ('other nations'), "
     "not a behaviour of Morocco, left uncoded (borderline a demanded generic 100 MAR/GOV with no target under the "
     "deontic rule, or the speaker's own 100 with no target)"),
 4: ([("it would result in a resolute, massive, and united Transatlantic response", "130", "USA/GOV", "RUS/GOV",
       False, A, N, False),
      ("further invade Ukraine", "192", "RUS/GOV", "UKR", False, H, N, False)],
     "Readout of Blinken's call with Lavrov (12 Feb 2022); 'He reiterated that ... it would result in a resolute, "
     "massive, and united Transatlantic response' = a warning made to Russia, itself asserted -> 130 USA/GOV -> "
     "RUS/GOV (guideline: a threat or warning is asserted, the threatened act hypothetical), the Department's own "
     "Secretary -> reported_by null, the unspecified response not coded separately and the uncoded transatlantic "
     "partners dropped, exactly as held-out 222 row 4 coded Blinken's 'the response from the United States and our "
     "allies and partners will be swift ... severe' (borderline 131); 'should Moscow pursue the path of aggression "
     "and further invade Ukraine' = the condition -> invade 192 hypothetical, Moscow a capital metonym -> RUS/GOV "
     "even for a military act (guideline), Ukraine bare (guideline: target of an invasion); 'pursue the path of "
     "aggression' is the same act, folded into the 192 (held-out 222 row 4; borderline a separate hypothetical 190)"),
 # --- State Dept random: cue
 5: ([], "Reward offer against Honduran drug traffickers (2 May 2022): 'Today's action supports U.S. government efforts "
         "to fight the destabilizing effects of transnational crime in Central America' = the Department's reward "
         "offer supporting the US government's own programme, internal (held-out 4 and 13: internal Department "
         "business not coded; set 229: the Department's commitment to supporting law enforcement uncoded), and the "
         "fight names no actor, only 'effects of transnational crime' (borderline a 070 USA/GOV to bare HND)"),
 6: ([("We are grateful for the hospitality", "051", "USA/GOV", "USA/CVL", False, A, N, False),
      ("have provided to us this week", "043", "USA/CVL", "USA/GOV", False, A, N, False),
      ("communities across the United States provide to refugees", "075", "USA/CVL", N, False, A, N, False)],
     "Joint statement of the Working Group on Resettlement (31 Mar 2022), a State Department release whose 'We' "
     "collapses the United States and nine unnamed governments -> USA/GOV (guideline: 'We' in joint statements; set "
     "236: the other authors folded into the collapsed 'we'); 'We are grateful for the hospitality and welcome ... "
     "as well as the generous welcome communities ... provide' = thanks -> 051, the people of Denver and Colorado and "
     "the communities across the United States one actor, USA/CVL, coded once (guideline: one event per actor pair); "
     "the thanked acts get their agent and partner from the thanks (README choices: thanks 'for the ongoing support' "
     "gives the support its agent): 'the hospitality and welcome that the people of Denver and Colorado ... have "
     "provided to us this week' = receiving the Working Group -> hosting 043 (README choices: 'for receiving us' is "
     "hosting, 043), USA/CVL -> USA/GOV, not nominal as 'have provided' is a finite verb with its subject "
     "(borderline folded into the thanks); 'the generous welcome communities across the United States provide to "
     "refugees' = habitual reception of refugees -> 075 (set 249: 'welcoming tens of thousands' a 075; set 244: "
     "Moldovan families 'opening their homes' a 075 from MDA/CVL), the refugees of many origins (Afghans and others, "
     "sentence before) -> target null (set 236: refugees of mixed origin hosted in Uganda a 075 with no target) "
     "(borderline AFG/CVL); 'who have fled persecution' is agentless, not coded"),
 7: ([("our cooperative efforts", "050", "USA/GOV", "MOZ/GOV", False, A, N, True)],
     "Blinken's Mozambique National Day message (24 June 2022); 'Over the last year, our cooperative efforts have "
     "contributed to a more peaceful, prosperous, and healthy Mozambique' = the two countries' realised cooperation, "
     "'our' being the United States and Mozambique (the text after: 'Our joint security cooperation', 'your government "
     "joined us') -> cooperation noun, nominal 050 (README choices: cooperation nouns a nominal 050), coded once from "
     "the document's government to MOZ/GOV (set 251 row 12: 'Two centuries of close cooperation' with Denmark one "
     "nominal 050 to DNK/GOV) (borderline bare MOZ, or 061 for the development part); the contribution to a 'more "
     "peaceful, prosperous, and healthy Mozambique' is an outcome"),
 8: ([("providing more than 500 million vaccine doses", "073", "USA/GOV", N, False, A, N, False),
      ("$2 billion to Gavi", "071", "USA/GOV", N, False, A, N, False)],
     "Release on the ASEAN Regional Forum senior officials' meeting (30 June 2021); 'Senior Bureau Official Moy drew "
     "attention to' = the speech verb of the document's own official, not coded, reported_by null; 'U.S. efforts to "
     "combat the COVID-19 pandemic, including providing more than 500 million vaccine doses' = medical relief -> 073 "
     "(set 229: vaccine doses 'allocated ... to support COVAX' a 073 with no target), the recipients 'the world' -> "
     "target null; 'and $2 billion to Gavi in support of COVAX' = financial aid under the same verb -> 071, Gavi "
     "having no code -> target null, exactly as held-out 248 row 11 coded '$2 billion in funding ... to Gavi' (borderline "
     "a new org:GAVI, or one 073 for both), not nominal since 'providing' governs both; 'to buy vaccines for the "
     "world' is Gavi's own purpose, null to null"),
 9: ([("They welcomed the upcoming EU-U.S. Summit", "051", "USA/GOV", "org:EU", False, A, N, False),
      ("They welcomed the upcoming EU-U.S. Summit", "051", "org:EU", "USA/GOV", False, A, N, False),
      ("EU-U.S. Summit", "036", "USA/GOV", "org:EU", False, F, N, True)],
     "Joint press release of the State Department and the EEAS (26 May 2021); 'They' = Deputy Secretary Sherman -> "
     "USA/GOV and EEAS Secretary General Sannino -> org:EU (sentence before), one event per speaker (set 239: "
     "Sherman and Sannino's 'expressed their support' a 051 from each speaker); 'welcomed the upcoming EU-U.S. "
     "Summit' -> 051, a welcome aimed at a meeting going to its named parties (README choices: support or welcome "
     "aimed at a process goes to its named parties), so each speaker's welcome goes to the other party (borderline "
     "one 051 from each with no target, as set 113's welcome of conferences whose convenors are unnamed); 'the "
     "upcoming EU-U.S. Summit taking place on 15 June' = a meeting noun naming its participants, still to come -> "
     "future nominal 036 (README choices: a meeting noun whose name gives its participants is a nominal 040; set "
     "219: a welcomed forthcoming meeting a future nominal 036), symmetric, coded once from the document's "
     "government (guideline) (borderline from org:EU, the first-named); 'an important step in the revitalized "
     "transatlantic partnership' is an evaluation (set 142: 'were steps in the right direction' uncoded) "
     "(borderline a nominal 050)"),
 10: ([("They also discussed", "040", "USA/GOV", "VAT/GOV", False, A, N, False),
       ("Russia’s brutal invasion of Ukraine", "192", "RUS/MIL", "UKR", False, A, N, True),
       ("affirmed their commitment to supporting those suffering", "0333", "USA/GOV", N, False, A, N, False),
       ("affirmed their commitment to supporting those suffering", "0333", "VAT/GOV", N, False, A, N, False)],
      "Readout of Blinken's call with the Holy See Secretary of State, Cardinal Parolin (6 June 2022) -> VAT/GOV "
      "(README choices: Pope Francis VAT/GOV); 'They also discussed' -> 040, symmetric, from the document's "
      "government (guideline), the same call as the sentence before but coded in this row as its own mention; "
      "'Russia's brutal invasion of Ukraine' -> nominal 192 RUS/MIL -> bare UKR (guideline: invade 192; held-out "
      "sets code 'Russia's brutal invasion' RUS/MIL -> UKR); 'ways to address the global food security crisis' is a "
      "topic, not coded; 'affirmed their commitment to supporting those suffering from its terrible effects' = a "
      "joint commitment stated as a fact -> asserted 03x, one per partner (README choices: a joint commitment of "
      "several partners is one 0311 per partner; commitments stated as facts asserted 03x), the support being relief "
      "for the victims of the food crisis -> 0333 (borderline 032 or 033), the sufferers worldwide an uncoded "
      "collective -> target null (borderline UKR/CVL)"),
 11: ([("Blinken met with Japanese National Security Advisor Akiba Takeo", "040", "USA/GOV", "JPN/GOV", False, A, N,
        False)],
      "Readout (4 May 2022); the splitter cut after 'Antony J.', so the sentence opens with 'Blinken'; 'met with "
      "Japanese National Security Advisor Akiba Takeo in Washington, D.C.' -> 040 (guideline: meet 040), Akiba -> "
      "JPN/GOV, Washington the venue (guideline: a capital that is only a place is not a metonym)"),
 12: ([("our extensive cooperation", "050", "USA/GOV", "JPN/GOV", False, A, N, True),
       ("Russia’s brutal and illegal war against Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "Release on Assistant Secretary Kritenbrink's travel to Phnom Penh and Tokyo (11 July 2022); 'The U.S.-Japan "
      "Alliance is the cornerstone of peace and stability' = a description of a standing alliance, not coded as its "
      "own event (set 232: the U.S.-Thai relationship one nominal 050); 'our extensive cooperation has been "
      "indispensable to confronting global challenges' = the two countries' realised cooperation -> nominal 050 "
      "USA/GOV -> JPN/GOV (README choices: cooperation nouns a nominal 050), the Alliance folded into it as the same "
      "pair (guideline: one event per actor pair) (borderline 062 for the Alliance's security side); 'Russia's "
      "brutal and illegal war against Ukraine' -> war 190 (guideline), nominal with its agent, Russia as the forces "
      "waging it -> RUS/MIL -> bare UKR, as most earlier sets code 'Russia's brutal war against Ukraine' (borderline "
      "RUS/GOV, as set 247's 'President Putin's war of choice')"),
 13: ([("remains steadfast in its commitment to Israel’s security", "0334", "USA/GOV", "ISR/GOV", False, A, N,
        False),
       ("deeply values our partnership", "051", "USA/GOV", "ISR/GOV", False, A, N, False),
       ("our partnership", "050", "USA/GOV", "ISR/GOV", False, A, N, True)],
      "Blinken's Israel National Day message (4 May 2022); 'The United States remains steadfast in its commitment to "
      "Israel's security' = a commitment stated as a fact -> asserted 03x (README choices), security protection -> "
      "0334 (set 230: 'America's ironclad commitment to Israel's security' a nominal 0334 USA/GOV -> "
      "ISR/GOV), the predicate 'remains steadfast in' carrying it, "
      "so not nominal; 'deeply values our partnership' = appreciation of the partner -> 051, plus 'our partnership' "
      "as a nominal 050 (set 243: 'we are grateful for and committed to the partnership that we have with the UAE' a "
      "051 plus a nominal 050 to ARE/GOV) (borderline the 050 folded into the 051); 'threats posed by Iran' is a "
      "risk (guideline; set 244: 'efforts to counter Iranian threats' uncoded)"),
 14: ([("We are working together", "050", "USA/GOV", "SWE/GOV", False, A, N, False)],
      "Blinken's opening remarks before his meeting with Swedish FM Linde (4 May 2022), his turn -> USA/GOV; 'We' = "
      "the United States and Sweden ('the ... partnership between the United States and Sweden', sentence before); "
      "'We are working together across so many different issues' -> ongoing cooperation 050, symmetric, coded once "
      "from the speaker's government to SWE/GOV (held-out: 'worked with every Israeli prime minister' 050; set 242: "
      "'We have a very strong relationship' a 050); 'standing together strongly for democracy, for human rights, for "
      "humanitarian assistance' is one of the areas of that cooperation, folded in (borderline a separate 051 with no "
      "target, as set 232's Montenegro 'stands with all those'; README choices: 'stand with' is 051); 'Euro-Atlantic "
      "security' is a topic"),
 # --- State Dept random: nocue
 15: ([], "Blinken's statement on AANHPI Heritage Month (2 May 2022): 'the United States celebrates ... Heritage Month "
          "and the diverse contributions of these communities' = a commemoration of a domestic heritage month (set "
          "191: a commemoration uncoded), no act between actors"),
 16: ([], "Blinken's IDAHOBIT statement (17 May 2022): a quotation of Article 1 of the Universal Declaration of Human "
          "Rights, a text cited, no act"),
 17: ([("has never sought conflict", "190", "org:NATO", "RUS", True, A, N, False)],
      "Blinken's second turn before his meeting with Lithuanian President Nauseda (7 Mar 2022) -> the speaker is "
      "USA/GOV, the act NATO's -> org:NATO; 'NATO has no aggressive intent, does not to seek out conflict, has "
      "never sought conflict' = a denial that the Alliance seeks war -> one negated 190 (guideline: 'without entering "
      "into war' a negated event), the present and past denials and the 'no aggressive intent' coded once, exactly "
      "as set 232 coded 'NATO and the United States have never sought nor will we seek a war with Russia' as one "
      "negated 190 org:NATO -> bare RUS; the counterpart is plain from the turn ('Increasing pressure on Russia to "
      "stop this war of aggression', sentence before) -> bare RUS (guideline: missing participant from the context) "
      "(borderline target null, the sentence naming no adversary); 'but we will always be prepared' is resolve, not "
      "coded (borderline a 0334 or 154 from org:NATO)"),
 18: ([("are generally prohibited from engaging in any transactions with those designated today", "163", "USA/GOV",
        "SWE/CVL", False, A, N, False),
       ("are generally prohibited from engaging in any transactions with those designated today", "163", "USA/GOV",
        N, False, A, N, False)],
      "Release on the SDGT designation of Anton Thulin (15 June 2022); 'As a result of these actions, U.S. persons "
      "are generally prohibited from engaging in any transactions with those designated today' = the legal effect "
      "of the designations, an agentless passive describing the US government's own administrative act -> USA/GOV "
      "(guideline exception), sanctions -> 163 (README choices: the designees 'are blocked' one 163 per sector; "
      "officials 'being designated' an asserted 163); 'those designated today' = Thulin, 'a Swedish citizen' "
      "(text before) -> SWE/CVL (borderline SWE/REB, a violent extremist acting alone), and the Treasury's designees "
      "Shevchuk and Zhuchovsky of the Russian Imperial Movement, whose nationality the release never gives -> one "
      "163 with no target (README choices: entities designated with no nationality are 163 with no target; set "
      "224) (borderline RUS/CVL, RIM being 'based in Russia', or one event with target SWE/CVL only)"),
 19: ([], "Release congratulating State Department employees on the Service to America Medals (4 May 2022): 'This "
          "medal recognizes young federal employees' = a domestic award to US officials, internal business (held-out "
          "4 and 13) and an award (set 179, set 251 row 19: awards not coded)"),
 20: ([("Blinken spoke today with Italian Foreign Minister Luigi Di Maio", "040", "USA/GOV", "ITA/GOV", False, A, N,
        False)],
      "Readout of Blinken's call with Italian FM Di Maio (31 May 2022); the sentence opens after the splitter's cut at "
      "'Antony J.'; 'spoke today with' = a call -> 040 (set 234: calls coded 040; set 251 row 15: 'speak to him' a "
      "040), Di Maio -> ITA/GOV"),
 21: ([("will lead the U.S. government’s diplomatic engagement in Canada", "030", "USA/GOV", "CAN/GOV", False, F, N,
        False)],
      "Release on the appointment of Ambassador Chacon as Chargé d'Affaires a.i. in Ottawa (29 May 2021); 'He will "
      "lead the U.S. government's diplomatic engagement in Canada by advancing the Roadmap for a Renewed U.S.-Canada "
      "Partnership' = announced future cooperation with Canada -> 03x future (guideline: future cooperative acts, "
      "engage and enhance cooperation, get 03x), general diplomatic cooperation and not a meeting -> 030, to CAN/GOV, "
      "the advancing of the Roadmap folded in as its means (one event per actor pair) (borderline 036, as set 230's "
      "delegation that 'will lead' at a UN committee; or uncoded as an internal appointment, as set 230 flagged); "
      "the Roadmap's listed areas (trade, climate change, COVID-19, security) are topics; the appointment itself is in "
      "the text before"),
 # --- UNGDC 2020-2024 random: neg
 22: ([("expressed commitment towards collaborative global citizenship", "030", "TWN/GOV", N, False, A, N, False),
       ("has shown manifest support to development initiatives", "070", "TWN/GOV", "SWZ/GOV", False, A, N, False)],
      "Eswatini (2020), on Taiwan's role; 'Taiwan has not only expressed commitment towards collaborative global "
      "citizenship' = a stated intent to cooperate globally -> 030 asserted with no target (set 119: 'Reaffirms ... "
      "its resolve to ... actively participate and take initiatives' a 030 with no target; borderline uncoded as an "
      "abstract commitment, as the reaffirmed commitments to the Charter of set 137), 'not only' being no negation "
      "(set 165: 'not only' is no negation); Taiwan -> TWN/GOV; 'but has shown manifest support to development "
      "initiatives undertaken by some of our countries and, in particular, the Kingdom of Eswatini' = realised "
      "development support -> 070 (README choices: Taiwan 'generous in humanitarian and development aid' a nominal "
      "070), to the one country named, the initiatives being its government's -> SWZ/GOV, 'some of our countries' an "
      "uncoded collective dropped (borderline 071, or bare SWZ)"),
 23: ([("We do not support any form of militarization in our region", "051", "SLB/GOV", N, True, A, N, False)],
      "Solomon Islands (2021); 'We do not support any form of militarization in our region' = plain negation of "
      "support -> negated 051 (README choices: 'we do not support efforts' is a negated 051; set 195: 'We do not "
      "support either past or present decisions' a negated 051 with no target), the militarising powers never named "
      "-> target null (borderline a performative 120 rejection, or CHN/GOV and AUS/GOV from outside knowledge); "
      "'that could threaten regional and international peace' is a risk and the generic militarization an act with "
      "no agent, not coded (borderline a hypothetical nominal 154 with no source)"),
 24: ([], "Nigeria (2020): 'The global aspiration to recover ... will not be fully met without addressing existing "
          "structures' = a generalisation about recovery and illicit financial flows, no act between actors; 'will "
          "not be fully met' is no negated event"),
 # --- UNGDC 2020-2024 random: future
 25: ([("Tuvalu is spearheading a new initiative", "030", "TUV/GOV", N, False, A, N, False)],
      "Tuvalu (2021); 'Tuvalu is spearheading a new initiative ... to advance efforts towards protecting the statehood "
      "of small atoll island nations' = a launched cooperative initiative -> 030 asserted with no target (set 234: 'As "
      "we launch this initiative' a 030; set 233: the Baku process 'launched' one 030 per co-launcher with no "
      "target) (borderline 1042, the initiative seeking new international rules, or 043); 'that will be advanced by "
      "likeminded countries' = future cooperation by an uncoded collective, null to null, not coded; 'existential "
      "threats from sea level rise' is a risk"),
 # --- UNGDC 2020-2024 random: demand
 26: ([], "Belgium (2023): 'We should therefore stop listening to the alarmists' = 'we' meaning all of us (held-out "
          "42/43: 'we' meaning all States not coded), and listening to alarmists is no codable behaviour"),
 27: ([], "Denmark (2022): 'We must not neglect to maintain and protect the global common that the United Nations is' = "
          "a deontic with 'we' meaning all Member States ('what we as Member States put into it', sentence before) "
          "(held-out 42/43), and the maintenance of the UN is a UN-reform-like position, not coded"),
 # --- UNGDC 2020-2024 random: cue
 28: ([("we hosted an international conference", "043", "MNG/GOV", N, False, A, N, False)],
      "Mongolia (2022); 'at my country's initiative, we hosted an international conference on strengthening the role "
      "of women in peacekeeping, in June' -> host 043 (guideline), the participants, 'female peacekeepers from more than "
      "30 countries and representatives of international organizations' (text after), never named -> target null "
      "(set 137: 'Israel has hosted many world leaders' one 043 with no target; README choices: several conferences "
      "hosted by one government one 043 with no target) (borderline org:UN, the conference serving the UN Department "
      "of Peace Operations' call 'within the framework of that objective')"),
 29: ([], "Gabon (2021): 'requires the commitments made to be respected and put into practice' = an agentless deontic "
          "about commitments between uncoded collectives (README choices: demands between uncoded collectives not "
          "coded)"),
 30: ([], "Sri Lanka (2023): 'key issues such as the Bridgetown Initiative ... are being discussed in the Assembly' = an "
          "agentless discussion among the whole membership ('we' meaning all States), and 'it is not commanding the "
          "attention it deserves' an evaluation (borderline a 040 with no source to org:UNGA)"),
 31: ([("requiring that the use of veto power be explained", "100", "org:UNGA", "org:UNSC", False, A, N, False),
       ("was a welcome step", "051", "VAT/GOV", "org:UNGA", False, A, N, False)],
      "Holy See (2022); 'The landmark resolution 76/262, requiring that the use of veto power be explained before the "
      "General Assembly' = a General Assembly resolution, an inanimate subject standing for the body that adopted it "
      "(README choices: an inanimate resolution stands for the Council that adopted it), asking the veto-holding "
      "permanent members to account to the Assembly -> a request from org:UNGA to org:UNSC (set 214: 'the five "
      "countries with the right of veto' coded org:UNSC), realised, with no sure sub-code -> generic 100 (set 146: "
      "resolution 1373 'obligating Member States' a 100 from org:UNSC), not nominal as a participle (borderline 1042, "
      "or uncoded as a UN-reform matter); 'was a welcome step in that direction' = the speaker's welcome of the "
      "resolution -> 051 VAT/GOV -> org:UNGA (sets 116, 134, 135 and 143's 'are welcome steps': 'is very welcome', "
      "'is welcome' the speaker's 051; README choices: welcoming a UN resolution is 051 to org:UNGA) (borderline "
      "uncoded as an impersonal evaluation, as set 142's 'were steps in the right direction')"),
 32: ([("US State Department itself acknowledged", "051", "USA/GOV", "CUB/GOV", False, A, N, False),
       ("fully cooperates in the fight against terrorism", "062", "CUB/GOV", N, False, A, "USA/GOV", False)],
      "Cuba (2024); 'in May 2024, the US State Department itself acknowledged that Cuba fully cooperates in the fight "
      "against terrorism' (the removal of Cuba from the list of countries not fully cooperating with counter-terrorism "
      "efforts) = an acknowledgement of another government's good conduct -> 051 USA/GOV -> CUB/GOV (README "
      "choices: acknowledging a government's progress is 051) (borderline an uncoded 01x statement, as the fifth set's "
      "'acknowledged the partnership'); the acknowledged content -> habitual security cooperation 062 (README "
      "choices: security cooperation 062; set 220: a partner 'in the fight against terrorism' a nominal 062) "
      "CUB/GOV, reported_by USA/GOV as the complement of 'acknowledged' (guideline), its partner not named -> target "
      "null (borderline USA/GOV, the certification concerning US counter-terrorism efforts); the bold markup is the "
      "record's own"),
 33: ([("Expand cooperation for development", "0311", "MEX/GOV", N, False, A, N, False)],
      "Mexico (2024); the second pillar of the 'Mexican Human Mobility Model' that 'Mexico has implemented' (text "
      "before), a list item cut by the splitter after '2.': 'Expand cooperation for development in communities of "
      "origin and return' = an intent to widen development cooperation -> 0311 (express intent to cooperate "
      "economically), asserted as a pillar of an implemented policy (set 242: the list item 'Enabling opportunities to "
      "build a trusted global market' an asserted 0311; set 202: 'We seek to continue expanding ... our trade "
      "relations' an asserted 0311 with no target), the communities of origin never named as countries -> target "
      "null (borderline 061, or uncoded as a domestic programme pillar)"),
 34: ([("my country signed a memorandum of understanding with the United Nations Office on Drugs and Crime", "057",
        "CIV/GOV", "org:UN", False, A, N, False)],
      "Côte d'Ivoire (2021); 'my country signed a memorandum of understanding with the United Nations Office on Drugs "
      "and Crime on 3 June' -> sign agreement 057 (guideline: agreements concluded 057), UNODC a UN office -> org:UN "
      "(set 200: OCHA and UNDCP as org:UN) (borderline 062 for the counter-terrorism cooperation it frames); 'within the "
      "framework of the United Nations Countering Terrorist Travel Programme, which aims to prevent and detect terrorist "
      "offences' is the programme's aim, not coded"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([], "Mexico (2021): 'Mexico has acted in a manner consistent with its foreign policy principles' during its Security "
          "Council term = a self-description of conduct, no act named"),
 36: ([], "Czech Republic (2020): 'It is clear that a substantial reform is necessary' = a reform position with no actor "
          "(README choices: UN reform positions not coded)"),
 37: ([], "Guinea-Bissau (2020): the country's 'challenging times in its quest for ... stability' over 46 years = a "
          "domestic history, no act between actors"),
 38: ([], "Georgia (2020): 'Georgia's millennia-old history has taught us the importance of unity' = a lesson of "
          "history, no act"),
 39: ([("We regret that withdrawal", "110", "TCD/GOV", "MLI/GOV", False, A, N, False),
       ("that withdrawal", "160", "MLI/GOV", N, False, A, N, True)],
      "Chad (2022); 'We regret that withdrawal' = disapproval of Mali's act -> 110 (guideline: 'laments' 110; set 135: "
      "'it is regrettable' a 110; README choices: 'notes with regret' 110), aimed at the withdrawing government -> "
      "MLI/GOV (borderline uncoded as regret of a situation, as set 195's 'We regret the deterioration of civil "
      "order'); 'that withdrawal' = Mali's withdrawal from the G-5 Sahel (sentence before, and 'Mali was a founding "
      "member' in the same sentence) -> an event noun whose agent is plain from the text around it (README choices) "
      "-> nominal 160 (README choices: a withdrawal from monitoring mechanisms a nominal 160) MLI/GOV, the G-5 Sahel "
      "having no code (held-out 110) -> target null (borderline TCD/GOV, the one other member the sentence "
      "implies, or the withdrawal uncoded as anaphoric)"),
}
