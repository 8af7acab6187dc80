"""Hand annotations for the TWO-HUNDRED-AND-FIFTY-SIXTH held-out event gold set (source of events-heldout256.jsonl).

Keyed by the row index of selection-heldout256.jsonl (output of select_statement_sentence_heldout.py 256; rows 0-21
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
    python3 data/gold/build_events.py --selection selection-heldout256.jsonl \\
        --annotations annotations_heldout256 --output events-heldout256.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("civil society’s call for justice and accountability", "1013", "YEM/CVL", N, False, A, N, True)],
     "Release on Special Envoy Lenderking's travel to Sweden and Oman (17 June 2022); 'During his trip he will "
     "highlight the need for a permanent ceasefire and a comprehensive, inclusive peace process' = a deontic without "
     "a request verb (held-out 21 row 39: 'the need for the parties to the conflict to ...' codes Y as demanded; set 237 row 13), whose Y, the ceasefire and the "
     "peace process, names no party: the release never names the Houthis or the government as parties to the war -> "
     "null to null, not coded (set 236: Sweden's ceasefire and negotiations naming no party uncoded; held-out 21 "
     "row 39: beginning a peace process with no party named null-null) (borderline a demanded 0871 and a demanded "
     "nominal 046 to bare YEM, or a future generic 100 USA/GOV -> null); 'that durably ends the war' is agentless "
     "and hypothetical; 'civil society's call for justice and accountability' = a request noun with its agent, "
     "Yemeni civil society ('a diverse group of Yemenis, including ... civil society', text before) -> YEM/CVL, "
     "realised although the process meeting it is not -> nominal asserted, a demand for justice -> 1013 (README "
     "choices: a demand for justice after attacks is 1013; set 203: 'demanding justice' a 1013 with no target), "
     "those to be held to account never named -> target null (borderline uncoded, set 231: 'hold to account' and "
     "'securing accountability' no CAMEO acts)"),
 1: ([("will meet with senior NATO and European Union officials", "036", "USA/GOV", "org:NATO", False, F, N, False),
      ("will meet with senior NATO and European Union officials", "036", "USA/GOV", "org:EU", False, F, N, False)],
     "Release on Assistant Secretary Lewis's travel to France, Belgium and Latvia (11 June 2022) -> USA/GOV; 'In "
     "Brussels, Belgium, June 14-15, Assistant Secretary Lewis will meet with senior NATO and European Union "
     "officials' = announced meetings -> 036 future (guideline: future meetings 036), compound split, one per "
     "organisation (set 239: Chollet's announced meetings one future 036 per counterpart; set 251 row 0), Brussels "
     "the venue; 'to discuss continued close cooperation to support Ukraine and address shared global challenges' is "
     "the meetings' purpose, folded in (set 250 row 0 and set 251 row 0: a meeting's purpose not coded separately) "
     "(borderline a future 030 to each organisation, or a future 070 to bare UKR)"),
 # --- State Dept random: demand
 2: ([], "Blinken's World Water Day statement (22 Mar 2022): 'We must act to strengthen water security for all' = a "
         "deontic whose Y ('act to strengthen water security') is no codable behaviour between actors (guideline: "
         "if Y is not a codable behaviour, nothing is coded), 'we' reading as all of us (held-out 42/43: 'we' "
         "meaning all States)"),
 3: ([("We also urge the PRC", "1043", "USA/GOV", "CHN/GOV", False, A, N, False)],
     "Blinken on the High Commissioner's visit to the PRC (29 May 2022); 'We also urge the PRC to respect the human "
     "rights of Tibetans, those living in Hong Kong, and all others who seek to peacefully exercise their human "
     "rights' = one asserted request (guideline: urge -> 10x), the PRC -> CHN/GOV, Y = respect rights -> 1043 "
     "(set 244: public advocacy of the rights of the people in Hong Kong a 1043 USA/GOV -> CHN/GOV); the "
     "beneficiaries are inside Y and not split; Y not coded separately; the repression itself is in the sentences "
     "before, not named here"),
 4: ([("has provided over $4 billion in humanitarian assistance for Yemen", "073", "USA/GOV", "YEM", False, A, N,
       False),
      ("strongly urges donors to generously support the people of Yemen", "1033", "USA/GOV", N, False, A, N, False),
      ("co-hosted by the UN, Switzerland, and Sweden", "036", "org:UN", N, False, F, N, False),
      ("co-hosted by the UN, Switzerland, and Sweden", "036", "CHE/GOV", N, False, F, N, False),
      ("co-hosted by the UN, Switzerland, and Sweden", "036", "SWE/GOV", N, False, F, N, False)],
     "Release on Lenderking and Chargé Westley's visit to Yemen (4 Mar 2022); 'The United States has provided over $4 "
     "billion in humanitarian assistance for Yemen since the conflict began' = realised aid -> 073 (guideline: "
     "provide aid 07x; held-out 2 row 47), not nominal, the verb carrying it, to the bare country (set 234: "
     "humanitarian assistance 'for Ukraine' to bare UKR) (borderline YEM/CVL); 'since the conflict began' is an "
     "agentless time marker; 'strongly urges donors to generously support the people of Yemen at the upcoming "
     "High-Level Pledging Event' = one asserted request, the donors an uncoded collective -> target null, Y = "
     "humanitarian funding for the pledging event -> 1033 (set 250: 'urges more donors to contribute' a 1033 with no "
     "target); 'co-hosted by the UN, Switzerland, and Sweden on March 16' = an announced hosting, still to come on "
     "the release's date -> 036 future, one per co-host (set 239: the UN Ocean Conference 'co-hosted by the "
     "Governments of Kenya and Portugal' one future 036 from each; set 224), a pledging conference having no "
     "addressee -> target null (set 204: Kuwait's two donor conferences one 043 with no target; set 239: 'convened "
     "by the United Nations General Assembly' a future 036 with no target), the UN -> org:UN (borderline an "
     "asserted 043, or target bare YEM; or uncoded as a description of the event)"),
 # --- State Dept random: cue
 5: ([("the service of the United States as Chair", "043", "USA/GOV", "org:OECD", False, A, N, True),
      ("they discussed priorities for the second part of the MCM", "040", "USA/GOV", "org:OECD", False, A, N,
       False)],
     "Readout of Blinken's meeting with OECD Secretary General Cormann (25 June 2021); 'In light of the service of the "
     "United States as Chair of this year's Ministerial Council Meeting (MCM)' = chairing an organisation's meeting "
     "-> hosting 043 (set 223: co-chairing the UN Ocean Conference a realised 043 from each co-chair to org:UN; set "
     "114: chairing an AHLC meeting a 043), an event noun with its agent -> nominal, to the organisation -> "
     "org:OECD (README choices: org:OECD added) (borderline uncoded as a status, or a future 036 for the second "
     "part still to come); 'they discussed priorities for the second part of the MCM' -> 040 (guideline: discuss "
     "040), symmetric, coded from the document's government, Cormann -> org:OECD; the MCM 'scheduled for October 7-8 "
     "in Paris' is the topic of the discussion and its date, not coded again (held-out 236 row 11: topics of a "
     "meeting not coded)"),
 6: ([("President Biden’s recent decision to return U.S. forces to Somalia", "074", "USA/GOV", "SOM", False, A, N,
       True),
      ("the Secretary conveyed the United States’ enduring support", "051", "USA/GOV", "SOM/GOV", False, A, N,
       False),
      ("the Secretary conveyed the United States’ enduring support", "051", "USA/GOV", "org:AU", False, A, N,
       False),
      ("efforts by Somalia and the African Union to combat", "190", "SOM/GOV", "SOM/REB", False, A, N, True),
      ("efforts by Somalia and the African Union to combat", "190", "org:AU", "SOM/REB", False, A, N, True)],
     "Readout of Blinken's call with Somali President Hassan Sheikh Mohamud (25 May 2022); 'President Biden's recent "
     "decision to return U.S. forces to Somalia on a persistent basis' = a realised decision to station troops in a "
     "host country against al-Shabaab -> 074 to the bare host country (README choices: troops in ISAF or UNIFIL are "
     "074 to the host country; set 237: the Dutch cabinet's 'decision to provide' military assistance a nominal "
     "072), Biden -> USA/GOV, the decision noun carrying the act -> nominal, asserted (borderline 062 USA/MIL -> "
     "SOM/MIL, 154 USA/MIL, or future for the deployment itself); 'the Secretary conveyed the United States' "
     "enduring support for efforts by Somalia and the African Union' -> 051 (guideline: 'express support' 051), "
     "support aimed at efforts goes to their named parties (README choices), one each to SOM/GOV and org:AU (the AU "
     "Transition Mission of the sentence before); 'efforts by Somalia and the African Union to combat the threat "
     "posed by terrorist groups' = their realised fight against al-Shabaab -> nominal 190 from each (set 246: "
     "Portugal's 'cooperation with Mozambique in its fight against terrorism' a nominal 190 MOZ/GOV -> MOZ/REB), "
     "the unnamed terrorist groups -> SOM/REB (README choices: unnamed outlaw groups are the country's REB) "
     "(borderline uncoded as a generic fight, or 180 from the groups); 'the threat posed by terrorist groups' is a "
     "risk (guideline)"),
 7: ([], "The President's FY2022 budget release (28 May 2021): 'This budget supports the Department's consular "
         "activities that protect Americans' = funding for the Department's own activities, internal business (set "
         "244: U.S. funding lines for its own agencies uncoded; held-out 4 and 13)"),
 8: ([("Our partnership with the people of Ukraine", "050", "USA/GOV", "UKR/CVL", False, A, N, True),
      ("Russia’s premeditated, unprovoked, and unjustified attack", "190", "RUS/MIL", "UKR", False, A, N, True)],
     "Blinken's release announcing humanitarian assistance for Ukraine (27 Feb 2022); 'Our partnership with the "
     "people of Ukraine is steadfast and enduring' = a standing relation between named parties -> nominal 050 "
     "(set 227: 'the close partnership between our countries' a nominal 050; set 232), to the Ukrainian people -> "
     "UKR/CVL (borderline uncoded as a description of a state, or bare UKR); 'we are focused on Ukraine's urgent "
     "humanitarian needs as an important part of our response' = attention to needs, the aid itself announced in "
     "the next sentence, not coded here (borderline a demanded nominal 073 with no source to UKR under the "
     "statement-of-need rule); 'our response' names no act of its own; 'Russia's premeditated, unprovoked, and "
     "unjustified attack' -> nominal 190 RUS/MIL -> bare UKR, exactly as held-out 16 rows 17 and 19 and held-out 19 row 21 coded "
     "the same words (borderline RUS/GOV)"),
 9: ([("to be here to meet with the Alliance for Development in Democracy", "040", "USA/GOV", "PAN/GOV", False, A,
       N, False),
      ("to be here to meet with the Alliance for Development in Democracy", "040", "USA/GOV", "CRI/GOV", False, A,
       N, False),
      ("to be here to meet with the Alliance for Development in Democracy", "040", "USA/GOV", "DOM/GOV", False, A,
       N, False)],
     "Blinken with the Costa Rican, Dominican and Panamanian foreign ministers before their meeting (2 Mar 2022), "
     "SECRETARY BLINKEN's turn -> USA/GOV; 'It is really a pleasure to be with my friends and colleagues from "
     "Panama, from Costa Rica, from the Dominican Republic, and to be here to meet with the Alliance for Development "
     "in Democracy' = the meeting under way -> 040 (held-out 16 row 37: 'to be here with my friend and colleague' a "
     "040), the Alliance having no code and being the three states the sentence names -> one 040 per member "
     "(README choices: a group without a code is each member the document names), the 'pleasure to be with' and "
     "'to meet with' the same meeting, coded once (borderline 043 hosting, the meeting being in Washington, or a "
     "051 for the pleasure)"),
 10: ([("Secretary Blinken and Foreign Minister Urrejola also discussed", "040", "USA/GOV", "CHL/GOV", False, A, N,
        False)],
      "Readout of Blinken's call with Chilean FM Urrejola (3 May 2022); 'also discussed our critical partnership in "
      "promoting human rights, democracy, and a collective response to address irregular migration' -> 040 "
      "(guideline: discuss 040), symmetric, coded from the document's government; the partnership is the topic "
      "of the call, not coded (held-out 236 row 11 and set 245: a bilateral relationship named as a meeting's topic "
      "uncoded) (borderline a nominal 050 USA/GOV -> CHL/GOV, as set 230's partnership named as a topic); 'a "
      "collective response' has no named agent"),
 11: ([], "Release on the OECD's Blue Dot Network meeting (21 Mar 2022): 'The report lays out a methodology and "
          "framework for assessing and certifying infrastructure projects' = the content of a report, no act between "
          "actors (set 213: the IMF's report uncoded)"),
 12: ([("Blinken today virtually met with 11 Muslim frontline workers", "040", "USA/GOV", N, False, A, N, False)],
      "Price's readout (3 Aug 2021); the sentence starts after the splitter's cut at 'Antony J.', its subject "
      "Secretary of State Blinken -> USA/GOV; 'virtually met with 11 Muslim frontline workers from diverse "
      "populations from around the world' -> 040 (guideline: meet 040; set 245: a video meeting a 040, borderline "
      "041), the workers civil society partners of unnamed nationalities -> target null (set 238: a roundtable with "
      "regional civil society leaders from several unnamed countries has no target) (borderline USA/CVL)"),
 13: ([("I announced nearly $585 million in humanitarian assistance", "073", "USA/GOV", "YEM/CVL", False, A, N,
        False)],
      "Blinken's release (16 Mar 2022); 'During today's 2022 High-Level Pledging Event ..., I announced nearly $585 "
      "million in humanitarian assistance from the United States to the people of Yemen' = announced humanitarian "
      "assistance -> 073 asserted (held-out 2 row 47; held-out 13: Zeya's 'announced more than $6 million in "
      "additional humanitarian assistance' a 073), to the people of Yemen -> YEM/CVL (borderline 0333, a pledge at a "
      "pledging event, as set 149's announced contribution for Afghanistan an asserted 0331); the pledging event is "
      "a time marker, its hosting coded in row 4"),
 14: ([("They also discussed", "040", "USA/GOV", "org:UNHCR", False, A, N, False),
       ("the High Commissioner’s recent travel to Ukraine and Afghanistan", "042", "org:UNHCR", "UKR", False, A, N,
        True),
       ("the High Commissioner’s recent travel to Ukraine and Afghanistan", "042", "org:UNHCR", "AFG", False, A, N,
        True),
       ("the international community’s humanitarian response", "073", N, "UKR/CVL", False, A, N, True)],
      "Readout of Deputy Secretary McKeon's meeting with High Commissioner Grandi (11 Apr 2022); 'They also discussed' "
      "-> 040 (guideline), symmetric, from the document's government to org:UNHCR (guideline: org:UNHCR); 'the High "
      "Commissioner's recent travel to Ukraine and Afghanistan' = a realised trip noun with its agent -> nominal 042, "
      "one per destination, bare countries (README choices: a trip is 042 per destination; set 157: a past "
      "President of the Assembly's 'the visit' a nominal 042) (borderline uncoded as only the topic of the "
      "discussion); 'the international community's humanitarian response in Ukraine and neighboring countries to "
      "assist Ukrainians and other nationals fleeing the conflict' = realised humanitarian aid by an uncoded "
      "collective -> nominal 073 with no source (guideline: the international community -> null), to the "
      "Ukrainians -> UKR/CVL, the other nationals an uncoded group (borderline a second event to bare UKR); 'the "
      "conflict' is agentless"),
 # --- State Dept random: nocue
 15: ([], "Designation of former North Macedonian officials (11 Apr 2022): 'Mijalkov was involved in corrupt acts that "
          "included using his political influence and official power for personal benefit' = corruption, which CAMEO "
          "has no code for (README choices: defrauding is not coded; set 243: solicited bribes uncoded; held-out 22 "
          "row 20)"),
 16: ([("will travel to Germany and Luxembourg", "036", "USA/GOV", "DEU", False, F, N, False),
       ("will travel to Germany and Luxembourg", "036", "USA/GOV", "LUX", False, F, N, False),
       ("Russia’s aggression against Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "Release on Assistant Secretary Donfried's travel (18 July 2022) -> USA/GOV; 'will travel to Germany and "
      "Luxembourg July 19 to 22' = an announced trip -> 036 future, one per destination, bare countries (README "
      "choices: an announced trip is 036 future; held-out 250 row 1); 'to reinforce the partnership we share in "
      "promoting human rights, democracy, and prosperity in Europe, as well as to reaffirm our shared commitment to "
      "Transatlantic solidarity' = the trip's purposes, folded into it (set 251 row 0: 'to discuss ways to "
      "strengthen the U.S.-ROK Alliance' folded into the meetings) (borderline a future 030 to DEU/GOV and LUX/GOV, "
      "or a nominal 050 for the partnership); 'Russia's aggression against Ukraine' -> nominal 190 RUS/MIL -> bare "
      "UKR, as the earlier state sets code 'Russia's aggression' (borderline RUS/GOV)"),
 17: ([("We warmly congratulate His Highness Sheikh Mohamed bin Zayed Al Nahyan", "051", "USA/GOV", "ARE/GOV",
        False, A, N, False)],
      "Blinken on the UAE succession (14 May 2022); 'We warmly congratulate His Highness Sheikh Mohamed bin Zayed Al "
      "Nahyan on assuming the role of President' -> 051 (README choices: 'congratulated' is 051), the new President "
      "-> ARE/GOV; the succession itself ('assuming the role', 'after succeeding' the late Sheikh Khalifa) is a "
      "change of office with no CAMEO act (README choices: coups and transfers of authority not coded); 'our "
      "steadfast friend' is a sentiment"),
 18: ([], "Blinken's opening statement on the FY2022 budget (7 June 2021): 'It will provide new resources to recruit, "
          "train, and retain a first-rate, diverse global workforce' = the Department's own staffing, internal "
          "business (set 231: internal Department staffing and budget business uncoded)"),
 19: ([("Lagos State Governor Babajide Sanwo-Olu joined U.S. Ambassador Mary Beth Leonard", "040", "NGA/GOV",
        "USA/GOV", False, A, N, False),
       ("the enduring bilateral friendship and partnership between the United States and Nigeria", "050", "USA/GOV",
        "NGA/GOV", False, A, N, True)],
      "Release on the groundbreaking of the new U.S. Consulate General in Lagos (31 Mar 2022); 'Lagos State Governor "
      "Babajide Sanwo-Olu joined U.S. Ambassador Mary Beth Leonard and U.S. Consul General Claire Pierangelo ... to "
      "officially mark the beginning of construction' = a joint ceremony of named officials -> 040 (guideline: meet "
      "040), the governor of a state of Nigeria -> NGA/GOV (guideline: a sub-national government takes the "
      "country's GOV), the two U.S. officials one counterpart, USA/GOV, coded once, from the participant to the "
      "host (README choices: a meeting both 'participated in' and 'hosted by' is coded once, from the participant) "
      "(borderline 043 USA/GOV -> NGA/GOV); 'the enduring bilateral friendship and partnership between the United "
      "States and Nigeria' = a relationship noun naming its parties -> nominal 050 from the first-named (set 227: "
      "'the close partnership between our countries' a nominal 050), the friendship folded in (held-out 243 row 31: "
      "friendship alone not coded) (borderline uncoded as the ceremony's theme); building a new consulate to "
      "replace an existing post is an administrative act, not coded (borderline a 054 after PETRARCH's OPEN "
      "EMBASSY, as set 235)"),
 20: ([("is on travel to Cambodia and Japan", "042", "USA/GOV", "KHM", False, A, N, False),
       ("is on travel to Cambodia and Japan", "042", "USA/GOV", "JPN", False, A, N, False)],
      "Public Schedule of 15 July 2022; the splitter leaves the heading 'KRITENBRINK' at the start of the sentence; "
      "'Assistant Secretary Kritenbrink is on travel to Cambodia and Japan from July 11-15, 2022' = a trip under way "
      "on the schedule's date -> 042 asserted per destination, bare countries (held-out 16 row 36: 'is on travel to "
      "Germany' 042 per destination; held-out 22 row 31)"),
 21: ([], "Estonian FM Liimets before her meeting with Blinken (16 Feb 2022), her turn -> EST/GOV: 'as we celebrate "
          "100 years of diplomatic relations' = a commemoration (set 191: a commemoration uncoded; set 238: the "
          "'100th anniversary of U.S.-Albanian diplomatic relations' uncoded, borderline a nominal 050) (borderline a "
          "nominal 050 EST/GOV -> USA/GOV, as set 251's 'Two centuries of close cooperation'); 'I hope that our close "
          "and steadfast friendship continues' = an optative hope and a sentiment (held-out 243 row 31: friendship "
          "not coded)"),
 # --- UNGDC 2020-2024 random: neg
 22: ([], "Argentina (2020): 'As never before, our human condition demands solidarity from us' = 'our human "
          "condition' as an inanimate subject and 'us' meaning humanity (README choices: 'we' meaning all States not "
          "coded), no act"),
 23: ([("attacking a sovereign country", "190", "org:NATO", "SRB", False, A, N, False)],
      "Serbia (Vučić, 2022), on NATO's 1999 bombing; 'that did not prevent the 19 richest NATO countries from "
      "attacking a sovereign country without a decision by the Security Council' -> the negation bears on the "
      "prevention, the attack asserted (guideline: negation bearing on something other than the event) -> 190 "
      "(guideline: generic military attack 190), the NATO members -> org:NATO and the country attacked -> bare SRB, "
      "following set 221's 'the strongest 19 showed no mercy to small Serbia', a 190 org:NATO -> bare SRB "
      "(borderline bare YUG for the state of 1999, or 195 for the bombing); 'as I said' is the speaker's own "
      "statement (guideline: reported_by null); 'without a decision by the Security Council' is the absence of an "
      "authorisation, no CAMEO act, not coded (borderline a negated 051 org:UNSC)"),
 24: ([], "Egypt (2024): 'Nuclear threats ... have been uttered directly, particularly during the Gaza war' = real "
          "threats whose utterers and targets the sentence never names (the speech does not name Israel here) -> null "
          "to null, not coded (borderline a nominal 1385 with no source to bare PSE, as set 231's 'Russia's loose "
          "talk about its nuclear weapons' 1385); 'are mirrored in the daily conduct of nuclear states as they "
          "modernise arsenals and hint at nuclear use' = acts of an uncoded collective with no target (README "
          "choices: acts between uncoded collectives uncoded) (borderline a 154 and a 1385 with no source); 'the "
          "Gaza war' is a conflict named only by place (set 194: 'the war in Syria' uncoded)"),
 # --- UNGDC 2020-2024 random: future
 25: ([("We have always supported the brotherly Venezuelan people", "051", "PRY/GOV", "VEN/CVL", False, A, N,
        False),
       ("their struggle for democracy", "140", "VEN/CVL", "VEN/GOV", False, A, N, True),
       ("will be taking the lead, together with other countries, on a draft resolution", "1042", "PRY/GOV", "org:UN",
        False, F, N, False)],
      "Paraguay (2022); 'We have always supported the brotherly Venezuelan people and their struggle for democracy' "
      "= habitual political support -> 051 asserted (guideline: support 051) to VEN/CVL, one event covering the "
      "people and their struggle (borderline 070); 'their struggle for democracy' = political dissent against the "
      "Maduro government (README choices: political dissent is 140; the ANC's struggle against apartheid a nominal "
      "140) -> nominal 140 VEN/CVL -> VEN/GOV, the de facto government (borderline uncoded as a description of "
      "aspirations); 'Paraguay will be taking the lead, together with other countries, on a draft resolution in "
      "the Human Rights Council' = a sponsor's draft resolution is its own request (README choices; set 197: a draft "
      "resolution 'to be introduced' a future 1042) -> future 1042 to the Council, org:UN (set 240: a Human Rights "
      "Council resolution is org:UN's), the uncoded co-sponsors dropped (borderline 1055 to VEN/GOV, from the "
      "investigation the resolution would allow); 'that will allow further in-depth investigation of the violation "
      "of human rights in Venezuela' is the content of the draft resolution, not coded (set 134: an adopted "
      "resolution's content beside its welcome uncoded) (borderline a future nominal 092 org:UN -> bare VEN), and "
      "'the violation of human rights in Venezuela' names no agent in the sentence (borderline a nominal 175 "
      "VEN/GOV -> VEN/CVL)"),
 # --- UNGDC 2020-2024 random: demand
 26: ([("I urge you to", "102", "LBY/GOV", "LBY/CVL", False, A, N, False)],
      "Libya (al-Menfi, 2024), in a passage headed 'To the honourable Libyan people, I say' (text before) -> 'you' = "
      "the Libyan people, LBY/CVL; 'I urge you to cling to our national unity and to reject external interventions "
      "that seek to undermine our efforts' = one asserted request (guideline: urge -> 10x), Y = rallying to the "
      "national project -> 102, following set 246's Gabon call on 'all the living forces of the Nation' for national "
      "unity, a 102 to GAB/CVL (borderline generic 100, or uncoded as an exhortation to the speaker's own people); "
      "Y not coded separately; 'external interventions that seek to undermine our efforts' has no named agent "
      "(borderline a nominal 190 with no source to bare LBY)"),
 27: ([("I thank you and commend your foresight", "051", "PNG/GOV", "org:UNGA", False, A, N, False)],
      "Papua New Guinea (2024); 'I thank you and commend your foresight in drawing our collective attention to the "
      "work we must still do' = thanks and praise to the President of the General Assembly for the debate's theme "
      "(sentence before) -> 051 (guideline: thank/commend 051) to org:UNGA (set 129: praise for the theme a "
      "President 'has chosen' a 051 to org:UNGA; set 203), the two verbs one act to one addressee, coded once (set "
      "243: 'I am grateful for the time' coded once with the first thanks); 'the work we must still do' is 'we' "
      "meaning all States"),
 # --- UNGDC 2020-2024 random: cue
 28: ([("Madagascar calls for a new universal multilateral initiative", "102", "MDG/GOV", N, False, A, N, False)],
      "Madagascar (2020); 'Madagascar calls for a new universal multilateral initiative through the adoption of a "
      "post-COVID-19 global agenda under the auspices of the United Nations' = 'S calls for Y', one asserted "
      "request (guideline), addressed to no one in particular -> target null, Y = an international agreement -> 102 "
      "(set 204: 'We also call for a ... global arms trade treaty' a 102 with no target; set 215) (borderline "
      "org:UN as target, the UN being the forum, or uncoded as a call with no addressee, as sets 125 and 181); the "
      "UN 'auspices' are the channel, not coded (set 116)"),
 29: ([("We welcome renewed regional dialogue in the Middle East", "051", "NOR/GOV", N, False, A, N, False)],
      "Norway (2023); 'We welcome renewed regional dialogue in the Middle East' -> 051 (guideline: welcome 051), the "
      "dialogue's parties never named ('among the countries of the region', next sentence), the Middle East a "
      "region and no country -> target null (set 241: the UAE's 'we are encouraged by the establishment of new "
      "relations' a 051 with no target), the dialogue itself uncoded for want of named parties (set 201: Darfur talks "
      "whose parties are never named uncoded) (borderline one 051 per state of the region from outside knowledge, "
      "SAU/GOV and IRN/GOV)"),
 30: ([("Bahrain’s commitment to establishing international cooperation", "030", "BHR/GOV", N, False, A, N, True)],
      "Bahrain (2023); 'Those values are in line with the objectives of the Charter ... as well as Bahrain's "
      "commitment to establishing international cooperation and promoting strategic partnerships with friendly and "
      "allied countries in order to maintain peace' = a commitment noun with its agent -> nominal 030 asserted "
      "(README choices: commitments stated as facts are asserted 03x; set 120: 'Our continuing determination to work "
      "with other Member States to fight terrorism' a nominal 030 with no target), the friendly and allied "
      "countries unnamed -> target null (borderline uncoded as a foreign-policy principle, as sets 232 and 236)"),
 31: ([], "Oman (2021): 'achieving the commitments we made depends on our ability to face challenges, which requires "
          "joint international and regional cooperation' = the SDG commitments of all States ('we' meaning all "
          "States) and a general need for cooperation among uncoded collectives (set 241: Iraq's need for "
          "'international cooperation' uncoded)"),
 32: ([], "Vanuatu (2021): 'We developed a national recovery strategy that is aimed at supporting communities "
          "impacted by TC Harold and COVID-19' = a domestic programme (README choices: domestic programmes not coded)"),
 33: ([("I would therefore like to assure him of my country’s support", "032", "CMR/GOV", "org:UNGA", False, A, N,
        False)],
      "Cameroon (2023), the speech delivered on President Biya's behalf -> CMR/GOV; 'I would therefore like to assure "
      "him of my country's support in carrying out his honourable mission' = an assurance of support to the new "
      "President of the General Assembly, Dennis Francis (sentence before) -> 032 asserted to org:UNGA, 'would like "
      "to' being a politeness form (set 182: 'I assure him that Peru will constructively support his initiatives' "
      "an asserted 032 to org:UNGA; set 247: Hungary's 'he can be assured of Hungary's full support') (borderline "
      "030, as set 180's 'assure him of our continued cooperation and support')"),
 34: ([("Bulgaria supports EU’s commitment", "051", "BGR/GOV", "org:EU", False, A, N, False),
       ("EU’s commitment to work with international partners", "030", "org:EU", N, False, A, N, True),
       ("countries hosting large numbers of them", "075", N, "AFG/CVL", False, A, N, False)],
      "Bulgaria (2021); 'As an EU Member State Bulgaria supports EU's commitment' -> 051 (guideline: support 051) "
      "to org:EU, the capacity 'As an EU Member State' not changing the speaker (set 148: Morocco as OIC chairman "
      "stays MAR/GOV); 'EU's commitment to work with international partners on durable solutions for Afghan "
      "refugees and address the needs of countries hosting large numbers of them' = a commitment noun with its agent "
      "-> nominal 030 asserted, the international partners uncoded -> target null, the aid to host countries "
      "folded in as one commitment (README choices: one commitment with several purposes coded once) (borderline "
      "0333 to AFG/CVL, or 033 for the host countries' needs); 'countries hosting large numbers of them' = realised "
      "hosting of Afghan refugees by unnamed countries -> 075 with no source to AFG/CVL, a participle and not "
      "nominal (set 219: 'the countries in the region that have helped and hosted our people' a 075 with no source; "
      "set 148: 'Many countries ... welcoming many more' refugees a 075 with no source)"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([], "Slovakia (2024): 'The reverse is still the reverse, not the face' = a figurative remark about truth and "
          "misinformation, no act"),
 36: ([], "Mozambique (2024): 'the seventh Presidential and Legislative Elections ... will take place on the 9th of "
          "October' = a domestic electoral calendar, no act between actors (README choices: domestic programmes "
          "uncoded); the hard-wrapped lines are kept as in the corpus"),
 37: ([("I extent our hand of friendship", "030", "SSD/GOV", N, False, A, N, False)],
      "South Sudan (2023); 'I extent [sic] our hand of friendship to fellow Member States, international "
      "organizations and civil society' = an offer of friendly cooperation made in the speech -> 030 asserted "
      "(guideline: express intent to cooperate), the addressees all uncoded collectives -> target null, one event "
      "(set 169: Samoa's 'joined hands with Africa' a 050, the figure read as the act behind it) (borderline "
      "uncoded as a sentiment of friendship, held-out 243 row 31 and set 251 row 14)"),
 38: ([("Tonga aspires to play its role in the fight", "030", "TON/GOV", N, False, A, N, False)],
      "Tonga (2022); 'Tonga aspires to play its role in the fight against illegal, unreported and unregulated (IUU) "
      "fishing activities' = the speaker's own intent to take part in a collective effort -> 030 asserted with no "
      "target (set 111: 'Seeks to participate ... in initiatives for regional cooperation' a 030 asserted with no "
      "target; set 206: Georgia's 'We want to break the deadlock' an asserted 030, borderline optative), the "
      "illegal fishers unnamed (borderline uncoded as an aim with no partner, or 062 as set 114's 'joined other "
      "States in the region to combat' trafficking)"),
 39: ([], "Burkina Faso (2024), a list item: 'In 2022, only 40% of the territory was under state control' = a "
          "statistic of territorial control, no act named (borderline a 192 BFA/REB -> bare BFA for the terrorist-held "
          "territory, as set 213's 'cities that had been occupied by the terrorists')"),
}
