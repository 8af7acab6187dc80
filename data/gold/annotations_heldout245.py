"""Hand annotations for the TWO-HUNDRED-AND-FORTY-FIFTH held-out event gold set (source of events-heldout245.jsonl).

Keyed by the row index of selection-heldout245.jsonl (output of select_statement_sentence_heldout.py 245; rows 0-21
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
    python3 data/gold/build_events.py --selection selection-heldout245.jsonl \\
        --annotations annotations_heldout245 --output events-heldout245.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will also participate in the LeadIT Industry Transition Dialogue", "036", "USA/GOV", N, False, F, N, False)],
     "Travel announcement for Special Presidential Envoy Kerry and A/S Medina to Stockholm+50 (31 May 2022); Kerry -> "
     "USA/GOV; 'will also participate in the LeadIT Industry Transition Dialogue on June 1' = a future meeting -> 036 "
     "future (guideline: future meetings 036), 'to discuss low-carbon pathways' folded in as its purpose (held-out "
     "242 row 0: 'will also discuss' 036 future); the Dialogue's convenor is never named in the release -> target "
     "null (set 233: Reeker's 'Road to Prespa' Conference, its convenor unnamed, one future 036 with no target) "
     "(borderline SWE/GOV and IND/GOV, LeadIT's founders, from outside knowledge, or 040 as a participation)"),
 1: ([("He will also discuss", "036", "USA/GOV", "PHL/GOV", False, F, N, False),
      ("He will also discuss", "036", "USA/GOV", "VNM/GOV", False, F, N, False),
      ("He will also discuss", "036", "USA/GOV", "JPN/GOV", False, F, N, False),
      ("invasion of Ukraine", "192", "RUS/GOV", "UKR", False, A, N, True)],
     "Travel announcement for Counselor Chollet (28 Mar 2022), who 'will travel to the Philippines, Vietnam, and "
     "Japan' (sentence before) -> USA/GOV; 'He will also discuss the impact of ...' = future discussions on the trip "
     "-> 036 future, one per destination government, the counterparts taken from the trip (held-out 242 row 0: "
     "'She will also discuss partnering with India and Nepal' one 036 future per country; guideline: a missing "
     "participant from the context) (borderline one 036 with no target, the 'key stakeholders' being unnamed); "
     "'Russia's premeditated, unprovoked, and unjustified invasion of Ukraine' = an event noun with its agent -> "
     "nominal 192 (guideline: invade -> 192, 'Russia's invasion' nominal), Russia -> RUS/GOV, the invaded country "
     "bare (guideline: bare country as target of an invasion); realised, so asserted although it is only the "
     "topic of a future talk (held-out rule: a realised act named inside a future or requested act is coded)"),
 # --- State Dept random: demand
 2: ([], "International travel recommendations for passport applicants (26 Apr 2022): 'All such applicants must call "
         "... to make an appointment and will be required to provide proof of travel' = consular procedure for "
         "private applicants, the Department's internal administration (held-out 4 row 31, 13 row 31: internal "
         "Department business not coded); no act between political actors"),
 3: ([("the legally binding order of the International Court of Justice", "1056", "org:ICJ", "RUS/GOV", False, A,
       N, True),
      ("the military operations that it commenced", "190", "RUS/MIL", "UKR", False, A, N, True)],
     "G7 Foreign Ministers' statement on Russia's war (7 Apr 2022); 'the legally binding order of the International "
     "Court of Justice (ICJ) to suspend the military operations' = the Court's provisional-measures order of 16 "
     "March 2022 -> a nominal request of the court, 1056 de-escalation (README choices: a court's order is a nominal "
     "request (1056) of the court; held-out 16 row 6: 'the Court's order' a nominal 1056 org:ICJ -> RUS/GOV; set "
     "229), the Court -> org:ICJ; 'suspend' is the order's content, not coded separately (guideline); 'the "
     "military operations that it commenced on 24 February 2022 in the territory of Ukraine' = the realised war with "
     "its agent ('it' = Russia) -> nominal 190 RUS/MIL -> bare UKR (held-out 16 row 6: 'its military operations in "
     "Ukraine' a nominal 190 RUS/MIL -> UKR; guideline: generic military attack 190) (borderline RUS/GOV, or 192); "
     "'Russia must immediately comply with the ... order' = a deontic whose Y is compliance, not coded (guideline: "
     "'comply with obligations' is no codable behaviour; sets 152, 205 and 211: compliance uncoded) (borderline a "
     "demanded 087 or 0871 RUS/GOV -> UKR for the suspension the order requires)"),
 4: ([("are blocked", "163", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("are blocked", "163", "USA/GOV", "RUS/MIL", False, A, N, False),
      ("are blocked", "163", "USA/GOV", "RUS/BUS", False, A, N, False)],
     "Release 'U.S. Announces Sanctions on Key Members of Russia's Defense Enterprise' (14 Mar 2022), its sanctions "
     "paragraph; 'These persons will be added to the list of Specially Designated Nationals and Blocked Persons and "
     "all property ... of the individuals above ... are blocked' = one sanctions action -> 163 (guideline), coded "
     "once on 'are blocked', an agentless passive for the US government's own administrative act -> USA/GOV "
     "(guideline exception; held-out 242 row 3 and 227 row 29: 'are blocked' 163 USA/GOV), 'will be added to the "
     "list' folded in as the same action (README choices: one sanctions action of several parts is coded once; "
     "borderline a separate future 163, as set 6's 'will now also be designated'); the eleven designees of the list "
     "above, one event per sector (held-out 242 row 3: one 163 per sector): the Deputy Ministers of Defence and the "
     "Ministry's Director of the Federal Service for Military Technical Cooperation -> RUS/GOV, General Zolotov, "
     "Commander-in-Chief of the National Guard Troops -> RUS/MIL (armed forces named by their command), and "
     "Mikheev, Director General of the state-controlled arms exporter Rosoboronexport -> RUS/BUS (README: a "
     "corporation is the country's BUS) (borderline RUS/GOV for all, as officials of the defence enterprise, or "
     "RUS/COP for the National Guard); 'must be reported to ... OFAC' is a reporting duty of U.S. persons to a US "
     "agency, domestic, not coded"),
 # --- State Dept random: cue
 5: ([], "Joint Statement of the Friends of the Mekong (5 Aug 2021); 'We' in the joint statement -> USA/GOV "
         "(guideline); 'We reaffirmed the importance of the Friends of the Mekong's role and cooperation in "
         "addressing transboundary challenges ... in the Mekong sub-region' = an evaluation ('the importance of'), "
         "no praise verb (set 190: praise with no praise verb uncoded; held-out 243 row 9), and the cooperation is "
         "that of the speakers' own group, a group without a code whose members the release never names but for "
         "the United States, in a sub-region with no coded partner named (README choices: a group without a code is "
         "each member the document names; held-out 243 row 6: cooperation with no party named uncoded) (borderline "
         "a nominal 050 USA/GOV with no target, or a 051 with no target)"),
 6: ([("making direct donations", "070", N, "UKR/GOV", False, A, N, False),
      ("Ukraine’s request for assistance", "103", "UKR/GOV", N, False, A, N, True)],
     "Release on the responsible development of digital assets (9 Mar 2022); 'people from around the world have "
     "responded to Ukraine's request for assistance by making direct donations through cryptocurrencies' = realised "
     "aid from an uncoded collective -> 070 with no source (guideline: collectives -> null), to the government that "
     "asked for it (borderline bare UKR, or 071 as money), 'responded to' folded into the aid that was the response "
     "(set 222: Haiti's 'answered the call, coming to the aid of our fellow peoples' one 070; borderline a separate "
     "030, README: 'responded to the ... Call to Action' 030); 'Ukraine's request for assistance' = a request noun "
     "with its agent -> nominal 103 (set 172: 'requests ... for assistance' a nominal 103; set 183: Hadi's request a "
     "nominal 103), addressed to the world at large -> target null"),
 7: ([("agreed to the sharing of expertise", "0314", "USA/GOV", "IND/GOV", False, A, N, False)],
     "Joint Statement of the U.S.-India Counternarcotics Working Group (3 June 2021); 'Both sides also agreed to the "
     "sharing of expertise on dark-net, crypto-currency and postal/courier interdiction mechanism' = an intent verb "
     "stated as a fact -> 03x asserted (guideline: 'EU leaders agreed to open negotiations'), the content being "
     "exchanges of law-enforcement know-how -> 0314 intent to cooperate on intelligence (set 200: 'to intensify and "
     "accelerate the exchange and sharing of information' 0314) (borderline 0313 judicial cooperation, or generic "
     "031); symmetric 'Both sides' -> coded once from the document's government (guideline)"),
 8: ([("held a virtual meeting with", "040", "USA/GOV", "TUN/GOV", False, A, N, False)],
     "Price on Deputy Secretary Sherman's engagements with Tunisian officials (25 June 2021); 'held a virtual meeting "
     "with Tunisian Prime Minister Hichem Mechichi' -> meet 040 (guideline), a video meeting and not a telephone call "
     "(borderline 041); 'to discuss the U.S.-Tunisian bilateral relationship' = the meeting's topic, not coded "
     "(held-out 236 row 11: 'to discuss the ... bilateral relations between the United States and Vietnam' a topic, "
     "uncoded) (borderline a nominal 050 USA/GOV -> TUN/GOV, as set 230's partnership named as a topic)"),
 9: ([("the threats", "138", "RUS/GOV", "UKR", False, A, N, True)],
     "Blinken on ABC's Good Morning America (16 Feb 2022), answering the journalist's report that Russia is 'tired of "
     "these threats and warnings from the President'; 'the threats are coming in the other direction' = the "
     "threats are Russia's: 'They're coming from Russia - unprovoked, massing forces on Ukraine's borders' (next "
     "sentence) -> an event noun whose agent and target are plain from the text around it (README choices) -> "
     "nominal 138 threaten with military force, the massing of forces being the threat (set 151: 'constant threats "
     "from huge armed forces ... deployed' a nominal 138), Russia -> RUS/GOV, to the threatened country -> bare UKR "
     "(README choices: 'new threats against Armenia' a 130 to bare ARM) (borderline 130, or target USA/GOV, 'the "
     "other direction' reversing the President's warnings to Russia)"),
 10: ([("past cooperation between the U.S. government and the Africa Centres for Disease Control and Prevention",
        "050", "USA/GOV", "org:AU", False, A, N, True),
       ("reinvigorated the relationship", "050", "USA/GOV", "org:AU", False, A, N, False)],
      "Release on the U.S.-AUC Memorandum of Cooperation (11 Mar 2022); 'The ceremony highlighted the strength of past "
      "cooperation between the U.S. government and the Africa Centres for Disease Control and Prevention (Africa "
      "CDC)' = a cooperation noun naming its parties -> nominal 050 (README choices: cooperation nouns a nominal "
      "050; 'highlighted the strength' is an evaluation), the Africa CDC, a specialised agency of the African Union, "
      "-> org:AU (README: the AUC Chairperson is org:AU) (borderline a new code for the Africa CDC); 'and "
      "reinvigorated the relationship going forward' = the signing ceremony of the sentence before standing for the "
      "two parties' act (README choices: an inanimate subject standing for a government's act is that government's) "
      "-> 050 diplomatic cooperation, symmetric, coded once from the document's government (borderline a 030 for "
      "the forward-looking relationship, or folded into the Memorandum's signing in the sentence before)"),
 11: ([("This visit", "042", "EGY/GOV", "IRQ", False, A, N, True),
       ("This visit", "042", "JOR/GOV", "IRQ", False, A, N, True),
       ("strengthening regional economic and security ties", "050", "EGY/GOV", "IRQ/GOV", False, A, N, True),
       ("strengthening regional economic and security ties", "050", "EGY/GOV", "JOR/GOV", False, A, N, True)],
      "Price welcoming the Egyptian President's and the Jordanian King's visit to Baghdad (27 June 2021); the "
      "anaphoric 'This visit' takes its visitors from the sentence before ('today's historic visit to Baghdad by the "
      "President of Egypt and King of Jordan') -> nominal 042 per visitor (README choices: 'The two visits' take "
      "their visitors from the sentence before; official visits from several people are one nominal 042 per "
      "visitor), to the host country, Baghdad a destination -> bare IRQ (held-out 232: Sherman's visit to Morocco a "
      "nominal 042 to bare MAR) (borderline uncoded, as an anaphoric noun with no agent in the sentence); 'is an "
      "important step' is an evaluation (the welcome is in the sentence before); 'strengthening regional economic and "
      "security ties between Egypt, Iraq, and Jordan' = a cooperation noun naming its parties -> one nominal 050 "
      "(set 232: 'political, security, and economic cooperation' one nominal 050), symmetric among three, coded from "
      "the first-named to each other party (guideline) (borderline 061 and 062, or uncoded as the visit's "
      "evaluated aim); 'to advance regional stability' names no act"),
 12: ([("the Kremlin’s unjustified and brutal war", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "Blinken's statement on $150 million in additional military assistance for Ukraine (6 May 2022); 'the "
      "Kremlin's unjustified and brutal war' -> nominal 190 (guideline: war 190), the Kremlin read as a metonym for "
      "RUS/GOV (set 154; held-out 223: 'the Kremlin's war in Ukraine' nominal 190 RUS/GOV), the war against Ukraine "
      "(text after) -> bare UKR (set 222: 'This war' nominal 190 RUS/GOV -> bare UKR); 'impossible not to be moved "
      "by what the people of Ukraine have achieved' is a sentiment, no act"),
 13: ([("we’ll provide more than 5 billion in additional aid", "070", "USA/GOV", N, False, F, N, False)],
      "Blinken opening the ministerial on global food security with African and other foreign ministers (18 May "
      "2022); 'we'll provide more than 5 billion in additional aid, including more than $760 million specifically "
      "for global food security' = announced aid -> a future material act keeps its code (README choices: 'we will "
      "continue support' 070 future), one aid noun covering several kinds -> one 070 (README choices), the food "
      "security sum folded in, its recipients worldwide and unnamed -> target null; 'pending final approval from our "
      "Congress' is taken as the ordinary budget procedure behind a planned outlay, so future (set 224: the FY2022 "
      "budget's 'fully funding our commitments' a future 070) (borderline hypothetical, as set 7's proviso rule "
      "makes the conditioned act hypothetical); the congressional approval itself is a domestic budget step, not "
      "coded (set 224: borderline uncoded as a domestic budget request)"),
 14: ([("thanked Zin Mar Aung", "051", "USA/GOV", "MMR/OPP", False, A, N, False),
       ("offered U.S. support", "030", "USA/GOV", "MMR", False, A, N, False)],
      "Readout of Deputy Secretary Sherman's meeting with National Unity Government representatives (12 May 2022); "
      "'thanked Zin Mar Aung for her courage and dedication to the people of Burma' -> 051 (guideline: thank 051), "
      "Zin Mar Aung of the National Unity Government -> MMR/OPP (held-out 17 row 21; README choices: Myanmar's "
      "ousted elected leaders are MMR/OPP); 'offered U.S. support for an inclusive, peaceful, and prosperous "
      "democracy for all' = an offer of support stated as a fact -> intent 030 asserted (held-out 23 row 22: 'He "
      "pledged the United States' strong support for the people of Burma' 030 asserted; README: 'stands ready to "
      "assist' 03x asserted), support for the country's democratic future -> bare MMR (held-out 18: support for "
      "sovereignty to the bare country; set 238: 'U.S. support for ... a strong, prosperous, and independent "
      "Vietnam' to bare VNM) (borderline MMR/CVL as held-out 23, MMR/OPP as the addressee, or 051)"),
 # --- State Dept random: nocue
 15: ([], "Blinken at the Department's Access Center (25 July 2022): 'that doesn't happen without accessibility, and "
          "that's what you all have done so, so wonderfully' = praise of the Department's own staff for an "
          "inclusive workplace, internal Department business (held-out 4 row 31, 13 row 31; set 225: thanks to the "
          "embassy's staff internal), not coded"),
 16: ([("the generosity that Moldova is showing", "075", "MDA/GOV", "UKR/CVL", False, A, N, False),
       ("the Moldovan people are showing", "075", "MDA/CVL", "UKR/CVL", False, A, N, False)],
      "Blinken with Moldovan FM Popescu before their meeting (18 Apr 2022); 'the generosity that Moldova is showing - "
      "the Moldovan people are showing' = Moldova's hospitality to the '400,000 refugees from Ukraine going to and "
      "through Moldova' (sentence before) -> grant asylum 075 (set 206: 'the hospitality they are offering' to "
      "those fleeing one 075 per host; README: admitting refugees 075), a verb with its subject -> not nominal; the "
      "speaker's self-correction names both Moldova and its people -> one 075 from MDA/GOV and one from MDA/CVL "
      "(README choices: a people welcoming and its government supporting are CVL and GOV events), to UKR/CVL "
      "(borderline one event, or 073 for the humanitarian response); 'is really exceptional' is an evaluation with "
      "no praise verb, not coded (set 229: admiration with no praise verb uncoded) (borderline a 051 USA/GOV -> "
      "bare MDA, as held-out 10 row 15's 'We admire the generosity')"),
 17: ([("I want to thank the Inter-American Dialogue", "051", "USA/GOV", "USA/NGO", False, A, N, False),
       ("bringing us together", "043", "USA/NGO", N, False, A, N, False)],
      "Blinken at the Inter-American Dialogue's mayors workshop (8 June 2022); 'I want to thank the Inter-American "
      "Dialogue' -> 051 (guideline: thank 051), the Dialogue, a Washington think tank -> USA/NGO (README choices: a "
      "think tank is BEL/NGO; held-out 23 row 20: USA/NGO); 'for bringing us together' = convening the gathering of "
      "mayors -> 043 (guideline: host/convene 043), 'us' being the Secretary and mayors of several unnamed cities "
      "and countries -> target null (set 227: thanks to Germany 'for bringing everyone together' a 051 and a 043 "
      "with no target) (borderline USA/GOV as the guest)"),
 18: ([("rallied the private sector to invest", "1011", "USA/GOV", "USA/BUS", False, A, N, False)],
      "Blinken at the International Migration Review Forum (19 May 2022); 'Vice President Kamala Harris rallied the "
      "private sector to invest more than a billion dollars to create economic opportunities in Central America' = "
      "the Vice President's Call to Action for investment -> request for economic cooperation 1011 (held-out 8 row "
      "53: 'Call to Action for investment' a nominal 1011 USA/GOV -> USA/BUS), Harris -> USA/GOV, the private "
      "sector of a US release -> USA/BUS (borderline target null, some of the companies being foreign); Y, the "
      "investment, not coded separately (guideline) (borderline a 030 USA/BUS -> USA/GOV for the companies' "
      "response, as held-out 8 row 53, or a 061 to the Central American countries)"),
 19: ([], "Blinken before the House appropriations subcommittee (28 Apr 2022): 'thanks to the significant FY22 budget "
          "that was approved by Congress, we've been able to make real progress on this agenda' = the domestic budget "
          "process and the Department's own modernization agenda (held-out 4 row 31: internal Department business; "
          "set 224: a domestic budget request borderline uncoded) (borderline a 051 USA/LEG -> USA/GOV for the "
          "approval)"),
 20: ([], "Release on the 2022 TIP Report launch ceremony (18 July 2022): 'Secretary Blinken will announce the 2022 TIP "
          "Report Heroes, individuals from around the world whose tireless efforts ...' = an announcement (01x) of "
          "awards to unnamed private individuals of many countries (set 179: the Nobel Peace Prize award not coded; "
          "set 201: an award uncoded) (borderline a future 032 or 051 USA/GOV with no target, as 'will reiterate "
          "appreciation' 032 future); the heroes' efforts against trafficking name no coded actor"),
 21: ([("will engage governments, international institutions", "036", "USA/GOV", N, False, F, N, False)],
      "Travel announcement for Special Presidential Envoy Kerry to the One Ocean Summit in Brest (9 Feb 2022); 'Secretary "
      "Kerry will engage governments, international institutions, businesses, and civil society organizations' = "
      "future meetings -> 036 future (guideline), the counterparts unnamed collectives of several sectors and "
      "countries -> one 036 with no target (set 233: the Prosper Africa delegation that 'will meet with "
      "entrepreneurs, ... investors, and policy-makers' one future 036 with no target) (borderline FRA/GOV, the "
      "summit's sponsor in the sentence before); 'to scale up the international community's ambition and identify "
      "solutions' is the purpose, no act between actors"),
 # --- UNGDC 2020-2024 random: neg
 22: ([], "Marshall Islands (2023): 'Our United Nations will never be whole and complete without the meaningful "
          "participation of the 23 million people of Taiwan in the specialized agencies' = a UN participation "
          "position stated as an evaluation, with no request verb and no deontic (held-out 42/43 and set 121: UN "
          "membership and participation positions uncoded unless a request verb carries them) (borderline a demanded "
          "nominal 040 TWN/CVL -> org:UN, or set 225's demanded 0833 with no source to TWN/CVL for Palau's 'must "
          "also be given a voice'); 'never' bears on the UN's completeness, no negated event"),
 23: ([], "Montenegro (2021): 'The challenges and threats to multi-ethnic democracy in the Balkans have not lessened' "
          "= agentless risks (guideline: 'threat' as risk not coded); 'have not lessened' negates a trend, no event"),
 24: ([], "Liechtenstein (2021): 'For the Glasgow meeting to be a success, it must bring about a true breakthrough' = "
          "an agentless deontic about a conference's outcome, no codable behaviour; 'we all know we do not have' is "
          "'we' meaning all States (held-out 42/43)"),
 # --- UNGDC 2020-2024 random: future
 25: ([("We will continue to provide expertise and financial support", "070", "NLD/GOV", N, False, F, N, False)],
      "Netherlands (2022); 'We will continue to provide expertise and financial support to protect vulnerable areas "
      "from the elements' = a future material act -> keeps its code, 070 future (README choices: 'we will continue "
      "support' 070 future), one verb with two kinds of aid -> one 070 (README choices: one aid noun covering "
      "several kinds is one 070) (borderline a 070 and a 071), the vulnerable areas unnamed -> target null"),
 # --- UNGDC 2020-2024 random: demand
 26: ([], "Bhutan (2024): 'The United Nations must evolve to meet the realities of today's world' = a UN reform "
          "position (held-out rule: UN reform positions not coded), 'evolve' no codable behaviour"),
 27: ([], "Bulgaria (2024): 'Restoring and preserving the peace must not be seen but as the ultimate goal of the "
          "international community' = an agentless norm about a goal, no actor and no codable behaviour"),
 # --- UNGDC 2020-2024 random: cue
 28: ([("the UN supports member States", "070", "org:UN", N, False, A, N, False)],
      "Guinea (2020); 'the UN supports member States in achieving their development goals, eradicating poverty and "
      "fighting to mitigate the effects of climatic change' = habitual support -> 070 asserted from org:UN (set 153: "
      "UN specialized agencies that 'provide valuable support to countries' a habitual 070 org:UN -> null), the "
      "member States in general an uncoded collective -> target null (borderline 071, or uncoded as a description of "
      "the UN's role); 'its ability to coordinate international intervention' is a capacity, not coded"),
 29: ([("voted in favour of resolution", "051", "BWA/GOV", "org:UNGA", False, A, N, False),
       ("demanding an end to the invasion", "1056", "org:UNGA", N, False, A, N, False),
       ("the invasion of Ukraine", "192", N, "UKR", False, A, N, True)],
      "Botswana (2022); 'Botswana was among the 141 Member States that voted in favour of resolution ES-11/1' = "
      "support of a General Assembly resolution -> 051 to org:UNGA (set 132: 'Supported it' (a General Assembly "
      "resolution) a 051 to org:UNGA; set 228: '141 countries supported the initial resolution' a 051 to org:UNGA), "
      "coded for the speaker only, the other 140 an uncoded collective (borderline target null, as held-out 101 row "
      "42's vote for a treaty); 'demanding an end to the invasion of Ukraine' = the resolution's demand -> a "
      "resolution stands for org:UNGA (README choices: a General Assembly resolution's 'calling for' stands for "
      "org:UNGA), Y = ending the invasion -> 1056 (set 229: the ICJ's 'demanded that Russia withdraw' 1056), the "
      "addressee never named in the speech as the invader -> target null (set 122: a call whose target the speech "
      "never names has no target) (borderline RUS/GOV, the speech naming the Russian Federation only as a party to "
      "the Black Sea Grain Initiative, or a demanded 087 reported by org:UNGA as set 228); 'the invasion of Ukraine' "
      "= a realised act named inside the demand -> nominal 192 with no source, the invader never named in the "
      "speech (set 218: 'the occupation of East Timor', Indonesia never named, a nominal 192 with no source to bare "
      "TLS), to bare UKR (borderline RUS/GOV as source, from outside knowledge)"),
 30: ([("We condemn unequivocally", "111", "MYS/GOV", "RUS/GOV", False, A, N, False),
       ("the Russian invasion of Ukraine", "192", "RUS/GOV", "UKR", False, A, N, True)],
      "Malaysia (2023); 'We condemn unequivocally the Russian invasion of Ukraine' -> 111 (guideline: condemn 111) to "
      "the invader's government, and the invasion, an event noun with its agent -> nominal 192 (guideline: 'Russia's "
      "invasion' nominal 192) RUS/GOV -> bare UKR (guideline: bare country as target of an invasion) (borderline "
      "RUS/MIL for the invading forces)"),
 31: ([], "EU (2023): 'the international community is expected to reach the pledge it made several years ago of $100 "
          "billion to finance climate action' = a climate-finance pledge of the developed countries to the "
          "developing countries, both uncoded collectives (set 225: unfulfilled climate-finance pledges between "
          "uncoded groups of countries uncoded; set 233: the rich countries' SDR deontic uncoded) (borderline a "
          "future 071 with no source and no target)"),
 32: ([], "DR Congo (2023): 'Coordination and cooperation among the various institutions and agencies of the United "
          "Nations are imperfect' = an evaluation of the UN system's internal working, in a UN-reform paragraph "
          "(held-out rule: UN reform positions not coded) (borderline a nominal 050 org:UN -> org:UN, as set 147's "
          "'have failed to cooperate' a negated 050 org:UN -> org:UN, here a matter of degree, not a negation)"),
 33: ([("provision of humanitarian aid", "073", N, "PSE/CVL", False, D, N, True)],
      "Singapore (2024), in its Gaza passage; 'We have consistently emphasised the need for the safe and unhindered "
      "provision of humanitarian aid to all civilians in need' = a statement of need for another party's aid -> "
      "demanded nominal 073 with no source (set 216: Oman's 'stress the importance of increasing the provision of "
      "humanitarian assistance' a demanded nominal 073 with no source to SOM/CVL), 'all civilians in need' being the "
      "civilians of Gaza (sentence before) -> PSE/CVL (borderline asserted, a 1033 request from SGP/GOV, or 0863 "
      "for 'unhindered' access); 'consistently emphasised' is the speaker's own past statement (guideline: reported_by "
      "null)"),
 34: ([("renew our appeal to the international community", "103", "MOZ/GOV", N, False, A, N, False)],
      "Mozambique (2021); 'it is imperative that we renew our appeal to the international community to channel its "
      "support so that we can jointly successfully defeat COVID-19' = the speaker's own appeal, the hortative frame "
      "performative -> asserted request (README choices: hortative 'we must support the call for' is the speaker's "
      "own request, asserted), 'we' the speaker's government ('developing countries such as ours', the paragraph "
      "before), the addressee an uncoded collective -> target null, Y = support against the pandemic -> request aid "
      "103 (set 238: Nauru's 'We continue to seek support' a 103 with no target) (borderline 1033 for medical aid, "
      "as held-out 243 row 35's vaccine call); Y not coded separately (guideline); 'so that we can jointly ... "
      "defeat COVID-19' is the purpose, 'we' all States"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([("reaffirms its commitment to the exclusively peaceful settlement", "037", "ARM/GOV", "AZE/GOV", False, A, N,
        False)],
      "Armenia (2020); 'Armenia reaffirms its commitment to the exclusively peaceful settlement of the Nagorno-Karabakh "
      "conflict' = an intent to settle a dispute stated as a fact -> 037 asserted (README choices: commitments stated "
      "as facts are asserted 03x; Moldova's 'strongly advocates a peaceful resolution' of its own conflict its 037 to "
      "MDA/REB; set 181: 'I remain committed to a vision of two States' a 037), to the other party of the conflict, "
      "Azerbaijan, named in the sentence before -> AZE/GOV, the Nagorno-Karabakh authorities having no code "
      "(README choices: Nagorno-Karabakh gets no code) (borderline target null, or 030); 'the Nagorno-Karabakh "
      "conflict' is a conflict named only by place, not coded (README choices)"),
 36: ([], "Ukraine (2020): a verbless fragment 'By problems with access to food and drinking water', continuing a list "
          "of proofs; no act"),
 37: ([], "Oman (2024): 'We express our sincere hope that this session will be successful and fruitful' = well-wishing "
          "(README choices: well-wishing not coded)"),
 38: ([], "Cabo Verde (2020): 'This can only be achieved by reaffirming the undeniable importance of Multilateralism' = "
          "a general principle, no actor and no act"),
 39: ([], "Indonesia (2020): 'Poverty and even hunger are still suffered by many' = a situation, no act"),
}
