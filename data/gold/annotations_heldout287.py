"""Hand annotations for the TWO-HUNDRED-AND-EIGHTY-SEVENTH held-out event gold set (source of events-heldout287.jsonl).

Keyed by the row index of selection-heldout287.jsonl (output of select_statement_sentence_heldout.py 287; rows 0-18
all come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022).
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
    python3 data/gold/build_events.py --selection selection-heldout287.jsonl \\
        --annotations annotations_heldout287 --output events-heldout287.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will meet with officials at INDOPACOM", "036", "USA/GOV", "USA/MIL", False, F, N, False)],
     "Release on Deputy Secretary Sherman's travel to Belgium, Turkey, Indonesia, Cambodia, Thailand and Hawaii (21 "
     "May 2021) -> USA/GOV; 'Finally, in Honolulu, Deputy Secretary Sherman will meet with officials at INDOPACOM' = "
     "an announced meeting with the officials of the armed forces' combatant command -> 036 future (guideline: "
     "future meetings 036), USA/GOV -> USA/MIL, following set 252's McKeon meeting at U.S. Southern Command and set "
     "263's meeting with the Minot wing commanders (both a future 036 USA/GOV -> USA/MIL) (borderline uncoded as "
     "intra-US business, as held-out 16 row 0 left Allen's meeting with INDOPACOM counterparts uncoded); Honolulu "
     "is a domestic place, no trip to another country; 'to discuss U.S. strategy in the Indo-Pacific' is the "
     "meeting's topic, folded in"),
 1: ([("The Deputy’s meetings", "036", "USA/GOV", "TUR/GOV", False, F, N, True),
      ("further joint U.S.-Turkey cooperation", "030", "USA/GOV", "TUR/GOV", False, F, N, True)],
     "Release on Deputy Secretary Sherman's travel to Turkey, Spain, Morocco, Algeria and Egypt (3 Mar 2022) -> "
     "USA/GOV; 'The Deputy's meetings' = the announced meetings in Istanbul and Ankara with Deputy FM Onal 'and "
     "other officials' (sentence before), a meeting noun with its agent, still to come -> future nominal 036 "
     "(held-out 283 row 7: 'The Acting Assistant Secretary's trip' a future nominal 036; set 259: the anaphoric "
     "'Her visit' a future nominal 036) to TUR/GOV, the counterparts being government officials (borderline "
     "uncoded as a repeat of the meetings announced in the sentence before); 'will include discussions on' folds "
     "the discussions into the meetings; 'further joint U.S.-Turkey cooperation' = expanded cooperation to be "
     "discussed, naming its parties -> nominal 030 future (README choices: plans discussed to expand cooperation are "
     "a nominal 030 future per partner; set 274: 'opportunities for greater cooperation' a nominal future 030), "
     "symmetric, coded once from the document's government (borderline a nominal 050, as set 270's 'U.S.-Palau "
     "cooperation' discussion topic, or uncoded as a topic); 'our shared interest in supporting Ukraine' = a shared "
     "interest, not an act (set 236: 'a strong interest in promoting regional security' a shared interest, not "
     "an act; set 268: 'our shared interests in Syria and Afghanistan' a topic) (borderline one nominal 032 each "
     "from USA/GOV and TUR/GOV to bare UKR, as set 229's 'our shared commitment to support Ukraine')"),
 # --- State Dept random: cue
 2: ([("met with energy sector and corporate governance leaders", "040", "USA/GOV", "UKR/BUS", False, A, N,
       False)],
     "Readout of Counselor Chollet's trip to Kyiv (21 July 2021, attributable to Price) -> USA/GOV; 'Counselor "
     "Chollet also met with energy sector and corporate governance leaders' = a realised meeting -> 040 (guideline: "
     "meet 040), the leaders being Ukrainian business figures of the Kyiv visit ('to discuss Ukraine's prosperity "
     "and energy security') -> UKR/BUS (README: a corporation is BUS; set 226: Bourita's meetings with Israeli "
     "business a 040 to ISR/BUS), the two groups of one sector coded once (guideline: one event per actor pair) "
     "(borderline a second 040 to UKR/NGO or UKR/CVL for the corporate governance leaders, or UKR/GOV for the "
     "state-owned energy companies' heads); the purpose 'to discuss Ukraine's prosperity and energy security' is the "
     "topic, folded in"),
 3: ([("New Zealand has extended its sanctions authorities", "163", "NZL/GOV", N, False, A, N, False)],
     "Blinken's statement 'Commending New Zealand's New Sanctions Regime' (15 Mar 2022) -> the sentence's own "
     "subject; 'New Zealand has extended its sanctions authorities beyond its UN Security Council obligations' = the "
     "new autonomous sanctions regime (the Russia Sanctions Act, sentences before) -> sanctions 163 (guideline), "
     "following set 270, which coded the same legislation ('New Zealand's new sanctions legislation') as a nominal "
     "163 NZL/GOV with no target, on the finite verb here and so not nominal, the government as agent (borderline "
     "NZL/LEG, Parliament having passed the law; or uncoded, the sentence naming the creation of a legal power "
     "rather than its use), the regime targeting a class ('those responsible for, or associated with, Russia's "
     "invasion', 'individuals and entities') with no name or nationality -> target null (README choices: entities "
     "designated with no nationality are 163 with no target) (borderline bare RUS); 'beyond its UN Security Council "
     "obligations' is compliance with UN sanctions, not coded (README choices: compliance uncoded); 'For the first "
     "time' is a time marker"),
 4: ([("also discussed", "040", "USA/GOV", "AGO/GOV", False, A, N, False),
      ("opportunities for expanded cooperation on regional security", "0312", "USA/GOV", "AGO/GOV", False, F, N,
       True)],
     "Readout of Deputy Secretary Sherman's meeting with Angolan President Lourenço in Luanda (5 May 2022, "
     "attributable to Price) -> USA/GOV; 'The Deputy Secretary and President also discussed' -> 040 (guideline), "
     "symmetric, coded once from the document's government to AGO/GOV; 'opportunities for expanded cooperation on "
     "regional security' = plans discussed to expand security cooperation between the two -> future nominal 0312 "
     "(README choices: plans discussed to expand cooperation are a nominal 030 future per partner; set 276: "
     "'discussed ways to deepen security cooperation' a future nominal 0312; set 246: 'deepening cooperation in the "
     "sphere of defense' a future nominal 0312), the partner implied by the meeting (borderline 030, or uncoded as "
     "a discussion topic, as set 242); 'cooperation among Atlantic nations on shared maritime challenges and "
     "opportunities in the Atlantic Basin' = cooperation among an uncoded, unnamed group of states, not coded "
     "(set 151: Black Sea 'cooperation among countries in the region' uncoded) (borderline a second future "
     "nominal 0312 or 030 USA/GOV -> AGO/GOV, both being Atlantic nations)"),
 5: ([("The United States welcomes", "051", "USA/GOV", "YEM/GOV", False, A, N, False)],
     "Blinken's statement on government reform in Yemen (7 Apr 2022) -> USA/GOV; 'The United States welcomes the "
     "announcement of the formation of a Presidential Leadership Council in Yemen' -> 051 (guideline: welcome 051) "
     "to the new executive body -> YEM/GOV (held-out 278 row 5 and held-out 230: the Presidential Leadership "
     "Council is YEM/GOV; README choices: welcoming an appointment is 051 to the appointee); 'the announcement' is a "
     "statement (01x), not coded; 'the formation of a Presidential Leadership Council' = an agentless institutional "
     "change within the government, an event noun with no agent in the sentence and no CAMEO act between actors, "
     "not coded (guideline: event nouns without an agent not coded) (borderline a nominal 0831 or 0834 YEM/GOV for "
     "Hadi's transfer of power, which the document does not name)"),
 6: ([("traveled to Jeddah", "042", "USA/GOV", "SAU", False, A, N, False),
      ("met with Organisation of Islamic Cooperation (OIC) officials and members", "040", "USA/GOV", "org:OIC",
       False, A, N, False),
      ("the Islamic Development Bank", "040", "USA/GOV", "org:ISDB", False, A, N, False)],
     "Release on Ambassador at Large Hussain's trip to Saudi Arabia (20 May 2022, trip 11-15 May) -> USA/GOV; "
     "'Ambassador Hussain also traveled to Jeddah' = a realised trip -> 042 (guideline: visit 042) to the bare "
     "country (set 251: 'led a delegation ... to northeast Syria to visit' a 042 to bare SYR; held-out 13 row 2: "
     "Jeddah -> SAU); 'where he met with Organisation of Islamic Cooperation (OIC) officials and members, including "
     "the Secretary General of the OIC' -> 040 (guideline) to the organisation -> org:OIC (README: org:OIC), its "
     "unnamed member states folded in (guideline: collectives without a code; README choices: the OIC Contact "
     "Group is org:OIC); 'and the Islamic Development Bank' = a second organisation met, whether its Secretary "
     "General or officials -> a second 040 to org:ISDB (README choices: the Islamic Development Bank is org:ISDB), "
     "the meeting verb carried over (guideline: one event per actor in a compound target) (borderline folded into "
     "org:OIC as an OIC institution); 'to discuss how their organizations can advance religious freedom for all, "
     "address the treatment of Muslim minorities including Uyghurs and Rohingya, and respond to the threats to "
     "religious freedom in Afghanistan' = discussion topics; the treatment of Uyghurs and Rohingya names no agent "
     "(borderline a nominal 175 with no source to CHN/CVL and MMR/CVL), and the threats are a risk, not coded"),
 7: ([], "Release on Blinken's Georgetown commencement remarks (9 May 2022): 'For more information, please visit the "
         "2022 Commencement website ... or contact the State Department Office of Global Events and Travel' = "
         "instructions to readers, no act between political actors (held-out 283 row 14 and held-out 275: "
         "pointers for readers uncoded; set 230: a website pointer uncoded)"),
 8: ([("condemns", "111", "USA/GOV", "YEM/REB", False, A, N, False),
      ("the terrorist attack by the Houthis", "180", "YEM/REB", "SAU", False, A, N, True),
      ("injuring at least a dozen innocent civilians", "182", "YEM/REB", "SAU/CVL", False, A, N, False)],
     "Price's statement on the Houthi attack in Saudi Arabia (11 Feb 2022) -> USA/GOV; 'The United States condemns' "
     "-> 111 (guideline) to the attack's named agent, the Houthis -> YEM/REB (guideline: Houthis YEM/REB); 'the "
     "terrorist attack by the Houthis today that struck the commercial airport in Abha, Saudi Arabia' = an attack "
     "noun with its agent -> nominal 180 (guideline: unspecified violence by non-state armed groups 180; set 277: "
     "the Houthis' attacks on civilians 180), the relative clause 'that struck' the same event, coded once "
     "(guideline: a repeated mention is coded once), the civilian airport's country -> bare SAU (README choices: an "
     "agentless terrorist attack is 180 one per victim country) (borderline 190 or 183 for the drone strike, or "
     "SAU/GOV); 'injuring at least a dozen innocent civilians' = the wounding of people -> 182 (set 274: 'injured "
     "50 others' a 182; set 205: '26 were wounded' a 182), its agent the attack's, not nominal as a participle "
     "(set 187), the civilians injured in Saudi Arabia -> SAU/CVL (borderline target null, their nationalities not "
     "given, or folded into the 180)"),
 9: ([("The United States welcomed", "051", "USA/GOV", "TUR/GOV", False, A, N, False),
      ("Turkey’s efforts to facilitate a just, negotiated diplomatic solution", "045", "TUR/GOV", "UKR/GOV",
       False, A, N, True)],
     "U.S.-Turkey joint statement on the Strategic Mechanism (4 Apr 2022), its third-person 'The United States' -> "
     "USA/GOV; 'welcomed' -> 051 (guideline) to the government whose efforts are welcomed -> TUR/GOV; 'Turkey's "
     "efforts to facilitate a just, negotiated diplomatic solution to end the war' = Turkey's mediation between the "
     "warring parties, a noun with its agent -> nominal 045 (guideline: mediate/broker 045; README choices: a "
     "facilitation or mediation is a nominal 045 to each party; set 243: 'President Erdogan's engagement in support "
     "of a diplomatic resolution' a nominal 045), to the parties the document names: Ukraine only, Russia being "
     "named nowhere in this joint statement -> UKR/GOV (README choices: a group whose members the document does not "
     "name is coded for the one it names; set 264: Egypt's 'helped to bring it about' a 045 to ISR/GOV only, "
     "Hamas never named) (borderline a second 045 to RUS/GOV from outside knowledge, or target null); the hoped-for "
     "'negotiated diplomatic solution' is the aim of the facilitation, folded in (borderline a future nominal 046), "
     "and 'the war' has no agent in the sentence, not coded (guideline: 'this aggression')"),
 10: ([("also discussed", "040", "USA/GOV", "AUS/GOV", False, A, N, False),
       ("to continue collaborating with partners and allies", "030", "USA/GOV", N, False, F, N, False),
       ("to continue collaborating with partners and allies", "030", "AUS/GOV", N, False, F, N, False)],
      "Readout of Deputy Secretary Sherman's call with Australian DFAT Secretary Adams (14 July 2022, attributable to "
      "Price) -> USA/GOV; 'Deputy Secretary Sherman and Secretary Adams also discussed' -> 040 (guideline), "
      "symmetric, coded once from the document's government to AUS/GOV; 'the COVID-19 pandemic' is a topic; "
      "'opportunities to continue collaborating with partners and allies' = plans discussed for the two governments' "
      "continued cooperation with third parties -> 030 future (README choices: plans discussed to expand cooperation "
      "are a 030 future; set 248: 'opportunities to deepen cooperation' a future 030), carried by the verb "
      "'collaborating' and so not nominal (set 248 row 14), its joint agents the two officials of the sentence "
      "split into one event each (guideline: a compound source gives one event per actor), the 'partners and "
      "allies' an uncoded collective never named -> target null (guideline; held-out 279: 'working with our Allies "
      "and partners' a 030 with no target) (borderline one 030 from the document's government only, or a single 030 "
      "USA/GOV -> AUS/GOV, the two being each other's allies, as set 280's 'work together and with all Member "
      "States' one 030 to the partner); 'to advance peace and stability in the region' is the purpose, not coded"),
 11: ([("strongly condemn", "111", "CAN/GOV", "MMR/MIL", False, A, N, False),
       ("strongly condemn", "111", "FRA/GOV", "MMR/MIL", False, A, N, False),
       ("strongly condemn", "111", "DEU/GOV", "MMR/MIL", False, A, N, False),
       ("strongly condemn", "111", "ITA/GOV", "MMR/MIL", False, A, N, False),
       ("strongly condemn", "111", "JPN/GOV", "MMR/MIL", False, A, N, False),
       ("strongly condemn", "111", "GBR/GOV", "MMR/MIL", False, A, N, False),
       ("strongly condemn", "111", "USA/GOV", "MMR/MIL", False, A, N, False),
       ("strongly condemn", "111", "org:EU", "MMR/MIL", False, A, N, False),
       ("the four executions by the military junta in Myanmar", "1823", "MMR/MIL", "MMR/OPP", False, A, N, True)],
      "G7 foreign ministers' statement on the Myanmar junta's executions (28 July 2022); 'We, the G7 Foreign "
      "Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom, and the United States of America, and "
      "the High Representative of the European Union, strongly condemn' names each government, so it is one 111 "
      "(guideline: condemn 111) from each of the seven governments and one from org:EU (set 242: the same G7 formula "
      "one 111 per government and one from org:EU; README choices: a joint statement naming its governments is one "
      "event per government) (borderline a single 111 from USA/GOV, as held-out 10 and 16, whose 'We' named no "
      "government); target the junta -> MMR/MIL (guideline: military juntas MMR/MIL); 'the four executions by the "
      "military junta in Myanmar' = killings of named individuals with their agent -> nominal 1823 (guideline: "
      "killings of individuals 1823; README choices: executing opponents is 1823 -> RUS/OPP), the executed being "
      "'prominent members of the democratic opposition' (sentence after) -> MMR/OPP (README choices: Myanmar's "
      "ousted elected leaders are MMR/OPP) (borderline MMR/CVL for the activists among them)"),
 # --- State Dept random: nocue
 12: ([], "Release on Blinken's remarks on domestic renewal (6 Aug 2021): 'Secretary Blinken's remarks and tour will be "
          "pooled press coverage only' = press logistics; the remarks are a statement (01x) and the tour of the "
          "University of Maryland's Advanced Fabrication Lab (sentence before) a domestic visit, anaphoric here, not "
          "coded (set 263: a livestream note uncoded; set 260: keynote remarks uncoded as 01x) (borderline a future "
          "nominal 036 USA/GOV -> USA/EDU for the tour, as set 279's Frederick visit a 040 to USA/BUS)"),
 13: ([("we regret", "110", "USA/GOV", "RUS/GOV", False, A, N, False),
       ("the actions of the Russian government forcing a reduction in our services and operations", "161", "RUS/GOV",
        "USA/GOV", False, A, N, False),
       ("continuing to pursue a predictable and stable relationship with Russia", "030", "USA/GOV", "RUS/GOV", False,
        F, N, False)],
      "Blinken's statement on Russian government actions impacting U.S. Mission Russia (30 July 2021) -> USA/GOV; "
      "'we regret the actions of the Russian government' -> 110 (guideline: 'laments'/'disappointed' 110; README "
      "choices: 'express regret' a 110) to RUS/GOV; 'the actions of the Russian government forcing a reduction in "
      "our services and operations' = Russia's ban on the U.S. mission's local staff (sentence before: 'prohibiting "
      "the United States from retaining, hiring, or contracting Russian or third-country staff'), which forces a cut "
      "in U.S. diplomatic services -> reduce diplomatic relations 161 (CAMEO 161: reduce or break diplomatic "
      "relations; set 231 flagged a nominal 161 for the suspension of an embassy's operations) RUS/GOV -> USA/GOV, "
      "carried by the participle 'forcing' and so not nominal (set 187: a participle is not nominal) (borderline 172 "
      "for administrative restrictions on the mission, 170, or uncoded as set 247's unspecified 'actions'); 'the "
      "United States will follow through on our commitments' = compliance with its own commitments, not coded "
      "(README choices: compliance uncoded) (borderline a future 030 with no target); 'while continuing to pursue a "
      "predictable and stable relationship with Russia' = a cooperative intent under 'will' -> 030 future "
      "(guideline: future cooperative acts get 03x; held-out 236 row 21: 'we will seek to broaden and deepen our "
      "bilateral relationship' a 030 future) to RUS/GOV (borderline asserted for the ongoing pursuit)"),
 14: ([], "Release on Assistant Secretary Kritenbrink's travel to Cambodia and Laos (29 Apr 2022): the sentence is the "
          "splitter's fragment 'Assistant Secretary of State for East Asian and Pacific Affairs Daniel J.', cut before "
          "'Kritenbrink will travel to Cambodia and Laos May 1-7'; the verb falls after the cut, so nothing is coded "
          "(README choices: a fragment whose verb falls after the cut is left uncoded) (borderline a future 036 to "
          "bare KHM and LAO taken from after the cut)"),
 15: ([], "Blinken's statement on passport gender markers (30 June 2021): 'The process of adding a gender marker ... "
          "to these documents is technologically complex and will take time for extensive systems updates' = the "
          "Department's own administrative process for U.S. citizens' documents, a domestic procedure with no act "
          "between political actors (held-out 274 and 277: internal Department business and passport procedure "
          "uncoded; set 245: passport procedure uncoded)"),
 16: ([], "Price's statement that Blinken tested positive for COVID-19 (4 May 2022): 'The Secretary is fully "
          "vaccinated and boosted against the virus and is experiencing only mild symptoms' = a personal health "
          "status, no act between political actors"),
 17: ([("I congratulate the people of Comoros", "051", "USA/GOV", "COM/CVL", False, A, N, False)],
      "Blinken's Comoros National Day message (5 July 2021); 'On behalf of the Government of the United States of "
      "America, I congratulate the people of Comoros on the occasion of your independence' -> 051 (guideline: "
      "congratulate; README choices: congratulating a people on a national day is 051, 'congratulated' is 051), "
      "'on behalf of the Government' -> USA/GOV, to the people -> COM/CVL (set 270: a congratulation to the people "
      "of Switzerland a 051 to CHE/CVL) (borderline bare COM); 'your independence' (1975) is the occasion, a "
      "historic status with no act named, not coded"),
 18: ([], "Blinken's statement on $100 million in additional military assistance for Ukraine (19 May 2022): 'United "
          "with our Allies and partners, we will succeed, and a democratic, sovereign, and independent Ukraine shall "
          "prevail' = a statement of resolve and a prediction, not coded (README choices: resolve uncoded; set 255: "
          "'As NATO Allies, we stand together' uncoded; set 263: 'We can stand together' uncoded); 'United with our "
          "Allies and partners' is a status of the speaker's coalition, the allies unnamed (borderline a 050 USA/GOV "
          "with no target); 'shall prevail' is Ukraine's hoped-for outcome, no act between actors (borderline a "
          "future 190 bare UKR -> RUS/GOV)"),
}
