"""Hand annotations for the TWO-HUNDRED-AND-SEVENTIETH held-out event gold set (source of events-heldout270.jsonl).

Keyed by the row index of selection-heldout270.jsonl (output of select_statement_sentence_heldout.py 270; rows 0-18
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
    python3 data/gold/build_events.py --selection selection-heldout270.jsonl \\
        --annotations annotations_heldout270 --output events-heldout270.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("discuss stepping up efforts", "036", "USA/GOV", "JPN/GOV", False, F, N, False)],
     "Release on Assistant Secretary Kritenbrink's travel to Tokyo (9 Mar 2022) -> USA/GOV; 'Assistant Secretary "
     "Kritenbrink and counterparts will ... discuss' = an announced meeting -> 036 future (guideline: future "
     "meetings 036; set 261: 'he will discuss' one future 036 per government), symmetric, coded once from the "
     "document's government (guideline), the counterparts being the Japanese Foreign and Defense Ministry officials "
     "named in the text before (guideline: a missing participant from the context) -> JPN/GOV; 'will underscore the "
     "importance of peace and stability in the Taiwan Strait' is a statement (01x), not coded; 'stepping up efforts "
     "to address the crisis in Burma' is the topic of the talks, with no agent or party named (set 242: discussion "
     "topics uncoded) (borderline a future nominal 030 USA/GOV -> JPN/GOV for the joint efforts, or a second 036 "
     "to KOR/GOV from the trilateral cooperation of the sentence after)"),
 1: ([("will travel to Tokyo, Japan", "036", "USA/GOV", "JPN", False, F, N, False),
      ("to meet with Japanese Prime Minister Kishida Fumio", "036", "USA/GOV", "JPN/GOV", False, F, N, False),
      ("attend the Quad Leaders’ Summit", "036", "USA/GOV", "org:QUAD", False, F, N, False)],
     "Announcement of Blinken's travel to Japan (20 May 2022) -> USA/GOV; 'will travel to Tokyo, Japan, May 21-24' = "
     "an announced trip -> 036 future to the bare country (README choices: an announced trip is 036 future; held-out "
     "267 row 0), Tokyo the place; 'to meet with Japanese Prime Minister Kishida Fumio' = announced meeting with a "
     "named counterpart -> a second future 036, to JPN/GOV (set 238: the trip and the meetings two 036s; held-out "
     "267 row 1); 'attend the Quad Leaders' Summit' = announced participation in a meeting of a coded grouping -> "
     "future 036 to org:QUAD (set 236: the next day's 'leaders' meeting of the Quad' a future 036 to org:QUAD), a "
     "verb and not nominal; 'to accompany President Biden' is internal to the U.S. government, and 'his first "
     "official trip to Asia as President' names a region with no code, folded into the trip to Japan (borderline a "
     "future nominal 036 from Biden with no target); whether Blinken or Biden meets Kishida, the pair is the same"),
 # --- State Dept random: cue
 2: ([("met with Palauan President Surangel Whipps", "040", "USA/GOV", "PLW/GOV", False, A, N, False),
      ("U.S.-Palau cooperation", "050", "USA/GOV", "PLW/GOV", False, A, N, True)],
     "Readout of Blinken's meeting with Palauan President Whipps (4 Aug 2021); the splitter did not cut after 'D.C.', "
     "so the row holds both sentences; 'met with Palauan President Surangel Whipps, Jr. today in Washington' -> 040 "
     "(guideline: meet 040), Washington the place of the meeting, not a metonym, and Whipps's visit implied only "
     "(borderline a 042 PLW/GOV -> USA); 'Secretary Blinken and President Whipps discussed' is the same meeting, "
     "coded once (guideline: a repeated mention is coded once; held-out 237 and 244: the same meeting folded in); "
     "'U.S.-Palau cooperation' = a cooperation noun naming its parties -> nominal 050, coded even as a discussion "
     "topic (README choices: 'U.S.-EU coordination' a nominal 050; held-out 21 row 1 and 25 row 17: 'U.S.-EU "
     "cooperation' coded even as a discussion topic) (borderline uncoded as a topic, as set 242 and held-out 260 "
     "row 13, whose 'bilateral cooperation' named no party); 'building back better from the COVID-19 pandemic' "
     "and 'setting an ambitious agenda to combat climate change' are topics with no act between the two, not "
     "coded"),
 3: ([("New Zealand’s new sanctions legislation", "163", "NZL/GOV", N, False, A, N, True),
      ("those supporting Russia’s war", "070", N, "RUS/GOV", False, H, N, False),
      ("Russia’s war against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Readout of Deputy Secretary Sherman's call with NZ MFAT Secretary Seed (13 Apr 2022); 'highlighted the "
     "importance and significance of' = the Deputy Secretary's evaluation, a statement (01x), not a praise act "
     "(README choices: 'it is commendable to observe' an evaluation; set 184: 'is a beneficial step in the right "
     "direction' uncoded) (borderline a 051 to NZL/GOV); 'New Zealand's new sanctions legislation' (the Russia "
     "Sanctions Act 2022) = a realised sanctions measure with its agent -> nominal 163 (guideline: sanctions 163), "
     "'New Zealand's' -> NZL/GOV (borderline NZL/LEG, Parliament having passed the Act); 'targeting those "
     "supporting Russia's war' = a class of wrongdoers with no nationality or name -> target null (README choices: "
     "entities designated with no nationality are 163 with no target) (borderline bare RUS or RUS/GOV); the class's "
     "defining act 'supporting Russia's war' -> 070 with no source to the war's agent, RUS/GOV, hypothetical under "
     "the class-of-wrongdoers rule (README choices: hindering humanitarian access in a visa-policy class is a "
     "null-source hypothetical; set 253: a Rewards for Justice class's acts hypothetical; set 239: the support named "
     "in a designation a 070 with no source) (borderline uncoded as a mere class description, or asserted); "
     "'Russia's war against Ukraine' = a war noun with its agent -> nominal 190 RUS/GOV -> bare UKR (guideline: "
     "'war' 190; target of an invasion bare country; set 230 and held-out 229: 'its invasion' RUS/GOV -> UKR)"),
 4: ([("met today in Berlin with", "040", "USA/GOV", "DEU/GOV", False, A, N, False),
      ("met today in Berlin with", "040", "USA/GOV", "GBR/GOV", False, A, N, False),
      ("met today in Berlin with", "040", "USA/GOV", "FRA/GOV", False, A, N, False)],
     "Readout of Blinken's meeting with his German, UK and French counterparts (15 May 2022); 'met today in Berlin "
     "with' Baerbock, Truss and Errera -> 040 (guideline: meet 040), the compound target split into one event per "
     "government (guideline: one event per actor pair), the French Director General for Political and Security "
     "Affairs -> FRA/GOV; Berlin is the place, not a metonym (guideline); the topics are in the sentences after"),
 5: ([], "Release on Laura Lane's appointment to the APEC Business Advisory Council (16 May 2022): her earlier posts at "
         "UPS, Citigroup and Time Warner are internal career facts, no act between actors (held-out 267 row 11: "
         "career facts uncoded; set 235 row 15)"),
 6: ([("were signed", "057", "ARE/GOV", "ISR/GOV", False, A, N, False),
      ("formally established relations", "050", "ARE/GOV", "ISR/GOV", False, A, N, False)],
     "Joint statement of the United States, Israel and the UAE on the Religious Coexistence Working Group (29 Mar "
     "2022); 'The Abraham Accords were signed in September 2020' = an agentless passive whose parties the same "
     "sentence names ('between the UAE and Israel') -> 057 (README choices: an agentless 'A peace settlement has "
     "been signed' takes its parties from the text around it; set 152: agentless 'binding agreements ... "
     "have been agreed' 057 ISR/GOV -> PSE/GOV), from the first-named party "
     "(README choices: an agreement named after its parties is a 057 from the first-named party), ARE/GOV -> "
     "ISR/GOV (borderline one event from each side, or USA/GOV "
     "and BHR/GOV as further signatories, whom the sentence does not name); 'and formally established relations "
     "between the UAE and Israel' = the Accords standing for the two governments' realised normalization (README "
     "choices: an inanimate subject standing for a government's act is that government's) -> 050 (held-out 8 row 8: "
     "the UAE's realised 'normalization with Israel' a nominal 050; README choices: a realised normalization naming "
     "its parties is a 050; set 154: 'restoration of diplomatic relations' a 050) (borderline 054, or folded into "
     "the signing as held-out 8 folded the Accords into the normalization)"),
 7: ([("spoke yesterday with French Foreign Minister", "040", "USA/GOV", "FRA/GOV", False, A, N, False),
      ("to provide vital security assistance and humanitarian aid", "070", N, "UKR", False, A, N, False)],
     "Readout of Blinken's call with FM Le Drian (22 Mar 2022); 'spoke yesterday with French Foreign Minister "
     "Jean-Yves Le Drian' -> 040 (guideline; set 234: calls 040); 'ongoing efforts by NATO Allies and EU partners to "
     "provide vital security assistance and humanitarian aid to Ukraine' = realised, ongoing aid with its agents "
     "named, coded even as a topic of the call (held-out 21 row 1 and 23: a realised act with its agent coded even "
     "as a discussion topic), 'NATO Allies and EU partners' being uncoded collectives of member states -> source "
     "null (held-out 7 row 2: 'NATO Allies' and 'partners' uncoded collectives; set 227: 'assistance from countries "
     "around the world' a 070 with no source to bare UKR), the two kinds of aid one 070 (set 249: 'providing "
     "humanitarian and security assistance' one 070; set 264) to bare UKR, an infinitive and not nominal "
     "(borderline org:NATO and org:EU as sources, a 072 plus a 073, or uncoded as a topic)"),
 8: ([("The Secretary discussed", "040", "USA/GOV", "ISR/GOV", False, A, N, False),
      ("the U.S. commitment to Israel’s security", "0334", "USA/GOV", "ISR/GOV", False, A, N, True),
      ("the U.S.- Israel bilateral relationship", "050", "USA/GOV", "ISR/GOV", False, A, N, True),
      ("improve Israeli-Palestinian relations", "050", "ISR/GOV", "PSE/GOV", False, D, N, False)],
     "Readout of Blinken's call with Alternate PM and FM Lapid (18 June 2021); 'The Secretary discussed' -> 040 "
     "(guideline), Lapid from the sentence before -> ISR/GOV; 'the U.S. commitment to Israel's security' = intent "
     "to provide military protection stated as a fact -> nominal 0334 asserted, and 'the U.S.-Israel bilateral "
     "relationship' = a cooperation noun naming its parties -> nominal 050, both coded as topics of the talks "
     "exactly as set 230 row 21 coded 'America's ironclad commitment to Israel's security' and 'the U.S.-Israel "
     "partnership' (borderline both uncoded as mere topics, as set 242); 'the need to improve Israeli-Palestinian "
     "relations in practical ways' = a deontic 'need to' whose Y is better relations between the two parties the "
     "noun names -> demanded 050 (guideline: 'X needs to do Y' codes Y demanded; set 252: 'the importance of "
     "U.S.-Japan-ROK cooperation' a demanded 050), from the first-named party ISR/GOV -> PSE/GOV, not nominal on "
     "'improve' (borderline uncoded as a topic of the call, or USA/GOV as the helper the 'practical ways' imply)"),
 9: ([("The Secretary and Foreign Minister discussed", "040", "USA/GOV", "ARE/GOV", False, A, N, False)],
     "Readout of Blinken's call with UAE FM Abdullah bin Zayed (8 Mar 2022); 'The Secretary and Foreign Minister "
     "discussed' -> 040, symmetric, coded once from the document's government (guideline); 'cooperation to advance "
     "peace and security at the UN Security Council' is the topic, a cooperation noun that names no party (held-out "
     "243 row 6: 'cooperation in space-based Earth observation' a topic with no party named, uncoded; set 242) "
     "(borderline a nominal 050 USA/GOV -> ARE/GOV, both being Council members in 2022, or a second event to "
     "org:UNSC)"),
 10: ([("look forward to further enhancing our vital bilateral partnership", "030", "USA/GOV", "ISR/GOV", False, F,
        N, False),
       ("his visit to Israel", "036", "USA/GOV", "ISR", False, F, N, True)],
      "Blinken's statement welcoming PM Lapid (1 July 2022) -> USA/GOV; 'The President and I look forward to further "
      "enhancing our vital bilateral partnership' = 'look forward to' + cooperation -> 030 future (held-out 267 row 2: "
      "'I look forward to the continued strengthening of our relationship' 030 future; README choices: 'hope that we "
      "can work together' 030 future), the President and the Secretary both USA/GOV, one event, to ISR/GOV; 'our "
      "vital bilateral partnership' is folded into the 030 (held-out 267 row 2) (borderline a separate nominal 050); "
      "'during his visit to Israel in July' = Biden's announced visit -> future nominal 036 to bare ISR (set 266: "
      "'President Biden looks forward to his visit to Israel' a future nominal 036 to bare ISR; README choices: an "
      "announced trip is 036 future)"),
 11: ([("attended the G20 Ministerial Meeting", "040", "USA/GOV", "org:G20", False, A, N, False),
       ("participated in a series of bilateral and multilateral discussions", "040", "USA/GOV", N, False, A, N,
        False)],
      "Release on Special Envoy Kerry's visit to the UK and Italy (27 July 2021) -> USA/GOV; 'then attended the G20 "
      "Ministerial Meeting on Environment, Climate, and Energy in Naples, Italy' = realised participation in a "
      "ministerial of a coded grouping -> 040 to org:G20 (set 225: 'the discussion that we had' at the G20 a 040 to "
      "org:G20; set 265: 'attending G20-related engagements' 036 -> org:G20), Naples the venue (borderline a 042 to "
      "bare ITA from the release's title, as set 229's Kerry trip, or a 043 from the host ITA/GOV); 'participated in "
      "a series of bilateral and multilateral discussions' = meetings with counterparts the sentence does not name "
      "-> a second 040 with no target (set 227: 'had very good discussions' a 040 with no target) (borderline folded "
      "into the ministerial's 040); the need for climate action and 'the importance of a successful G20 Leaders' "
      "Summit and COP26' are the topics, not coded; the sentence contains narrow no-break spaces, which the triggers "
      "avoid"),
 # --- State Dept random: nocue
 12: ([("The Secretary thanked the Foreign Minister", "051", "USA/GOV", "QAT/GOV", False, A, N, False),
       ("continued willingness to partner in our efforts", "030", "QAT/GOV", "USA/GOV", False, A, N, True),
       ("our efforts to assist the people of Afghanistan", "070", "USA/GOV", "AFG/CVL", False, A, N, True)],
      "Readout of Blinken's meeting with Qatari FM Al Thani in Munich (18 Feb 2022); 'The Secretary thanked the "
      "Foreign Minister' -> 051 (guideline: thank 051) to QAT/GOV; 'Qatar's generosity' is a quality, not an event "
      "noun, folded into the thanks (borderline a nominal 070 QAT/GOV -> AFG/CVL for Qatar's help with evacuees and "
      "aid); 'continued willingness to partner in our efforts' = a stated readiness to cooperate, with its agent "
      "from the thanks -> nominal 030 asserted (README choices: commitments stated as facts are asserted 03x; 'the "
      "willingness of our partners to assist' a nominal 033), QAT/GOV -> USA/GOV, the partner of 'our efforts' "
      "(borderline 033 to AFG/CVL); 'our efforts to assist the people of Afghanistan' = the realised, ongoing U.S. "
      "assistance -> nominal 070 USA/GOV -> AFG/CVL (guideline: provide aid 070; held-out 246 row 7: 'our support "
      "for Ukraine' a nominal 070) (borderline 073 for humanitarian aid)"),
 13: ([("traveled to Moscow, Russia", "042", "USA/GOV", "RUS", False, A, N, False)],
      "Release on Special Envoy Kerry's meetings in Moscow (16 July 2021) -> USA/GOV; 'traveled to Moscow, Russia, "
      "July 12-15, 2021' = a realised trip -> 042 (guideline: visit 042; README choices: a trip is 042 per "
      "destination) to the bare country, Moscow the place of the visit and not a metonym (guideline: 'engagement in "
      "Kyiv' a place); the meetings are in the sentence after"),
 14: ([("spoke yesterday with Botswana President", "040", "USA/GOV", "BWA/GOV", False, A, N, False),
       ("continued U.S.-Botswana collaboration", "050", "USA/GOV", "BWA/GOV", False, D, N, True)],
      "Readout of Blinken's call with President Masisi (28 July 2022); 'spoke yesterday with Botswana President "
      "Mokgweetsi Masisi' -> 040 (guideline; calls 040); 'to emphasize the importance of continued U.S.-Botswana "
      "collaboration' = an importance frame over a cooperation noun naming its parties -> demanded nominal 050 (set "
      "252: 'highlighted the importance of U.S.-Japan-Republic of Korea cooperation' a demanded nominal 050; set "
      "264: 'the importance of continued close coordination' a demanded nominal 050) (borderline asserted, "
      "'continued' presupposing the ongoing collaboration); 'emphasize' itself is a statement (01x); 'our shared "
      "commitment to democracy' is a commitment to a principle with no counterpart act (set 232: a commitment to a "
      "principle uncoded; held-out 19) (borderline a nominal 030 per partner, as set 241's shared commitment to "
      "denuclearization)"),
 15: ([("The United States congratulates", "051", "USA/GOV", "MNG/CVL", False, A, N, False),
       ("The United States congratulates", "051", "USA/GOV", "MNG/GOV", False, A, N, False),
       ("Mongolia’s peaceful democratic revolution", "1411", "MNG/CVL", "MNG/GOV", False, A, N, True)],
      "Blinken's statement on Mongolia's presidential election (11 June 2021); 'The United States congratulates the "
      "people and government of Mongolia' -> 051 (README choices: 'congratulated' is 051), the compound target "
      "split into one event each (set 265: 'best wishes and congratulations to the people and the government' one "
      "051 each to COD/CVL and COD/GOV); the election itself is a domestic process, not coded; 'since Mongolia's "
      "peaceful democratic revolution in 1990' = a historic revolution with its agent named, inside a time marker "
      "-> nominal 1411 of the people against their government of the time (README choices: a revolution is a "
      "nominal 1411 of the people against their government; a former ruling class is the government of its time; "
      "set 251: a time marker with a named agent coded) (borderline uncoded as a time marker, as set 241, or a "
      "generic 141)"),
 16: ([("I wish a heartfelt congratulations", "051", "USA/GOV", "CHE/CVL", False, A, N, False)],
      "Blinken's Swiss National Day message (1 Aug 2021); 'On behalf of the United States of America' -> USA/GOV; "
      "'I wish a heartfelt congratulations to the people of Switzerland as you celebrate your National Day' = "
      "congratulations to a people on its national day -> 051 to CHE/CVL (README choices: congratulating a people "
      "on a national day is 051; set 265: 'I extend my best wishes and congratulations to the people' 051) "
      "(borderline uncoded as well-wishing, as set 262's 'extends its warmest wishes to the Portuguese people', "
      "which carried no congratulation)"),
 17: ([("will continue to act to deter and disrupt", "170", "USA/GOV", "RUS/GOV", False, F, N, False)],
      "Blinken's statement on sanctions against Russia's malign influence operations (29 July 2022); 'The United "
      "States will continue to act to deter and disrupt these efforts' = unspecified future coercion -> 170 future "
      "(set 225: 'will continue to act resolutely against' and 'we will continue to respond' 170 future), 'these "
      "efforts' being 'Russia's persistent election interference and destabilization efforts' of the sentence "
      "before -> target RUS/GOV (guideline: a missing participant from the context), the anaphoric 'these efforts' "
      "itself not coded (guideline: 'this aggression') (borderline a future 163, the document's action being "
      "sanctions, or a 130 statement of resolve); 'to safeguard our democracy, as well as help protect the "
      "democracies of our allies and partners' is the purpose of the same action, the allies and partners an "
      "uncoded collective (borderline a future 070 with no target for 'help protect')"),
 18: ([("to participate in the Issues Conference of the House Democratic Caucus", "036", "USA/GOV", "USA/LEG", False,
        F, N, False),
       ("at the invitation of Speaker Nancy Pelosi", "043", "USA/LEG", "USA/GOV", False, A, N, True)],
      "Release on Special Envoy Kerry's travel to Philadelphia (9 Mar 2022) -> USA/GOV; 'will travel to Philadelphia, "
      "Pennsylvania' is a domestic trip, folded into its purpose; 'to participate in the Issues Conference of the "
      "House Democratic Caucus' = an announced meeting of the executive with members of Congress -> 036 future "
      "USA/GOV -> USA/LEG (held-out 228 row 26: addressing issues in congressional testimony a future 036 USA/GOV -> "
      "USA/LEG; set 252: the executive's exchanges with Congress coded) (borderline uncoded as party-political "
      "business, or no target); 'at the invitation of Speaker Nancy Pelosi' = an invitation noun with its agent -> "
      "043 (README choices: 'a meeting at the invitation of Norway' is 043 from the inviter; set 255: 'invited by' "
      "043), the Speaker -> USA/LEG, already issued -> asserted, nominal (borderline folded into the participation, "
      "or 036)"),
 # --- UNGDC 2020-2024 random: future
 19: ([], "Peru (2023): 'We have done so during our presidency of the Andean Community, we are doing so in the Pacific "
          "Alliance, and we will continue to do so next year as President of the Asia-Pacific Economic Cooperation "
          "Forum' = pro-verbs for 'continuing to contribute to peace, international development and care for the "
          "environment' (sentence before), an abstract contribution with no counterpart, inside groupings with no code "
          "(set 213: the summary pro-verb 'We have done all this' uncoded; guideline: abstract policy positions not "
          "coded) (borderline a habitual 030 with no target, or a future 036 with no target for the APEC year, as set "
          "266's US host year); the presidencies are offices held, not acts (set 204: holding a post uncoded)"),
 # --- UNGDC 2020-2024 random: demand
 20: ([], "Equatorial Guinea (2020): 'It must be reformed on the basis of justice, equality and solidarity' = the United "
          "Nations' reform, an agentless UN-reform position (README choices: UN reform positions uncoded)"),
 21: ([], "Viet Nam (2023): 'we should adopt a whole-of-population ... approach' = 'we' meaning all States (README "
          "choices), with no codable Y (guideline)"),
 # --- UNGDC 2020-2024 random: cue
 22: ([], "Saudi Arabia (2021): 'The challenges ... necessitate the strengthening of international multi-lateral "
          "cooperation' = a need for cooperation among an uncoded collective, null to null (set 179: a need for "
          "'greater international cooperation' uncoded; README choices: acts between uncoded collectives uncoded)"),
 23: ([("China condemned", "111", "CHN/GOV", "USA/GOV", False, A, N, False),
       ("my travel ban on their country", "172", "USA/GOV", "CHN", False, A, N, True),
       ("they cancelled domestic flights", "172", "CHN/GOV", "CHN/CVL", False, A, N, False),
       ("locked citizens in their homes", "1723", "CHN/GOV", "CHN/CVL", False, A, N, False)],
      "United States (Trump, 2020); 'China condemned my travel ban' -> 111 (guideline: condemn 111) CHN/GOV -> "
      "USA/GOV, the ban being the speaker's government's ('my'); 'my travel ban on their country' = the January 2020 "
      "entry restrictions on travellers from China -> nominal 172 (guideline: visa restrictions 172; set 147: Ebola "
      "travel restrictions a nominal 172; set 213: the suspension of flights and travel restrictions one 172) to the "
      "bare country (borderline CHN/CVL, or 160 after PETRARCH's IMPOSE BAN (ON TRAVEL) [160]); 'even as they "
      "cancelled domestic flights' = the Chinese government's restriction of its own citizens' movement -> 172 "
      "CHN/GOV -> CHN/CVL (borderline 160 after PETRARCH's CANCEL FLIGHTS [160], which fits foreign flights, or "
      "uncoded as a domestic pandemic measure, as held-out 223 row 47's governments' lockdowns in general); 'locked "
      "citizens in their homes' = the lockdown, confinement to the home -> 1723 (impose curfew, PETRARCH's IMPOSE "
      "CURFEW [1723]) CHN/GOV -> CHN/CVL, agent and victims named, unlike held-out 223's agentless lockdowns "
      "(borderline 173 or 172, or uncoded as a domestic pandemic measure); 'even as' is a contrast, no negation"),
 24: ([], "Cambodia (2022): 'It has been 50 years since Governments were warned about the need to change our production "
          "and consumption patterns' = an agentless warning of a risk to governments in general (README choices: "
          "'issues a warning' about economic harm is not a threat; acts between uncoded collectives uncoded)"),
 25: ([], "Algeria (2024): 'Algeria remains convinced that addressing the complex challenges faced by the nations and "
          "peoples of the region requires international support and global solidarity' = a belief about a need of "
          "the region's nations (the Sahel-Sahara, sentence after), third parties named only as an uncoded "
          "collective, the support's giver another, null to null (README choices: acts between uncoded collectives "
          "uncoded) (borderline a demanded nominal 070 with no source to DZA/GOV, as set 122 coded Algeria's "
          "'Requires support from our partners' for 'our countries', which included the speaker)"),
 26: ([], "Kiribati (2023): 'That would also finance loss and damage and facilitate investment in early warning "
          "systems' = the hypothetical effect of the developed countries' funds requested in the sentence before, "
          "the anaphoric 'That' with no actor in the sentence and a beneficiary left unnamed (set 195: a "
          "counterfactual channelling of aid funds uncoded; README choices: acts between uncoded collectives "
          "uncoded) (borderline a hypothetical 071 with no source to KIR/GOV)"),
 27: ([("we would like to convey our greetings and respect", "051", "OMN/GOV", "org:UN", False, A, N, False)],
      "Oman (2023); 'we would like to convey our greetings and respect to Secretary-General Antonio Guterres for his "
      "laudable work' = a tribute -> 051 (README choices: 'pay tribute to' 051; thanks and praise of the "
      "Secretary-General go to org:UN), the performative 'would like to' asserted as in earlier sets' 'would like to "
      "express'; his work 'to promote and achieve the purposes and principles ... fulfil the Sustainable Development "
      "Goals and enhance effective international cooperation' is the UN's habitual abstract mandate, with no "
      "counterpart, not coded (borderline a habitual 050 org:UN with no target); 'greetings' alone would be "
      "courtesy"),
 28: ([("strongly condemns", "111", "CZE/GOV", "AFG/GOV", False, A, N, False),
       ("the use of violence and intimidation against protesters", "175", "AFG/GOV", "AFG/CVL", False, A, N, True),
       ("the use of violence and intimidation against protesters", "175", "AFG/GOV", "AFG/MED", False, A, N, True)],
      "Czech Republic (2021); 'strongly condemns' -> 111 (guideline); 'the use of violence and intimidation against "
      "protesters, journalists and human rights defenders' = repression -> nominal 175 (README choices: set 253's "
      "'attacks on independent media and civil society' one nominal 175 each to MED and CVL), the intimidation "
      "folded in; its agent not named in the sentence but plain from the text around it ('The Taliban must ensure "
      "...' before, 'Taliban actions directed against women and girls' after) -> the Taliban, AFG/GOV after 15 Aug "
      "2021 (guideline: a missing participant from the context; the Taliban rule), and the condemnation goes to the "
      "same agent; the compound victims split by sector: protesters and human rights defenders AFG/CVL (one event, "
      "the same pair), journalists AFG/MED (borderline target null for the 111 and no source for the 175, as "
      "README's condemnation of attacks by unnamed perpetrators; or a separate 170 for intimidation)"),
 # --- UNGDC 2020-2024 random: nocue
 29: ([], "Tonga (2020): 'the virus has not arrived on our shores' and 'Tonga is not immune to the ... global "
          "challenges' = descriptions with no political actor (guideline)"),
 30: ([], "Monaco (2024): 'It is only by ensuring women's and girls' rights ... that we will achieve greater justice "
          "and inclusion' = 'we' meaning all States, an abstract goal (README choices)"),
 31: ([], "Tunisia (2023): 'compel all of us to take urgent action' = 'us' meaning all States (README choices); 'our "
          "countries are not responsible' is no act"),
 32: ([], "Panama (2020): 'Nurses, doctors, health workers have fallen victim' = pandemic deaths, no political actor"),
 33: ([], "Rwanda (2023): 'That decision is informed by our experience' = the anaphoric 'That decision' (Rwanda's "
          "commitment to working with partners on migration, sentence before) is not coded (guideline: event nouns "
          "without an agent in the sentence), and the experience of 'losing everything' a memory with no act"),
}
