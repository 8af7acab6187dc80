"""Hand annotations for the TWO-HUNDRED-AND-FIFTY-FIRST held-out event gold set (source of events-heldout251.jsonl).

Keyed by the row index of selection-heldout251.jsonl (output of select_statement_sentence_heldout.py 251; rows 0-21
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
    python3 data/gold/build_events.py --selection selection-heldout251.jsonl \\
        --annotations annotations_heldout251 --output events-heldout251.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will meet with ROK government officials, academia, and civil society", "036", "USA/GOV", "KOR/GOV", False, F,
       N, False),
      ("will meet with ROK government officials, academia, and civil society", "036", "USA/GOV", "KOR/EDU", False, F,
       N, False),
      ("will meet with ROK government officials, academia, and civil society", "036", "USA/GOV", "KOR/CVL", False, F,
       N, False)],
     "Travel announcement for Counselor Chollet (11 July 2022), who 'will travel to Seoul' (sentence before) -> "
     "USA/GOV; 'will meet with ROK government officials, academia, and civil society' = announced meetings on the "
     "trip -> 036 future (guideline: future meetings get 036), one per sector named (set 239: Chollet's announced "
     "meetings in Mauritania one future 036 each to MRT/GOV and MRT/CVL; set 237: one future 036 per country and "
     "sector), academia -> KOR/EDU (README choices: universities are the EDU sector) (borderline one 036 with no "
     "target, as set 233's Prosper Africa delegation); 'to discuss ways to strengthen the U.S.-ROK Alliance and "
     "coordinate on regional and global issues' is folded into the meetings as their purpose (borderline a future "
     "030 to KOR/GOV for 'coordinate'); 'the threat posed by the DPRK' is a risk (guideline) and 'the ongoing "
     "crisis in Burma' names no act; the trip itself is in the sentence before"),
 1: ([("total U.S. military assistance to Ukraine", "072", "USA/GOV", "UKR", False, A, N, True),
      ("Russia launched its brutal, unprovoked, full-scale invasion of Ukraine", "192", "RUS/MIL", "UKR", False, A, N,
       False)],
     "Blinken's release on the fifteenth drawdown (9 July 2022); 'total U.S. military assistance to Ukraine' = an "
     "aid noun with its agent and recipient, the realised aggregate since 24 February -> nominal 072 USA/GOV -> bare "
     "UKR (held-out 13 row 23: 'the total U.S. security assistance commitment to Ukraine' a nominal 072; set 225: "
     "the drawdown a nominal 072 to UKR), asserted although 'This authorization will bring' it to the new sum; "
     "'including $2.2 billion over the last several weeks as we have expedited assistance to help Ukraine defend "
     "itself' is a part of the same aid flow, coded once (set 233: the $250 million, the new tranche and the $360 "
     "million total one 070, repeated mentions of one aid flow) (borderline a second, non-nominal 072 for 'we have "
     "expedited assistance', as held-out 13 row 23 coded both the tranche and the total); 'This authorization' "
     "(the drawdown of the sentence before) is anaphoric and not coded again; 'since Russia launched its brutal, "
     "unprovoked, full-scale invasion of Ukraine on February 24' -> 192 (guideline: invade 192), Russia as the "
     "invading forces -> RUS/MIL -> UKR as the state sets code 'Russia's invasion' (held-out 11, 19, 20, 24), the "
     "verb 'launched' with its subject carrying the act, so not nominal; coded although it dates the total, since "
     "its agent is named and it is evaluated, unlike set 224's agentless 'since the start of the invasion' "
     "(borderline uncoded as a time marker, as set 241's 'One year after signing the Abraham Accords')"),
 # --- State Dept random: demand
 2: ([("my meeting with ASEAN", "040", "USA/GOV", "org:ASEAN", False, A, N, True),
      ("I called on the Burmese military junta", "1056", "USA/GOV", "MMR/MIL", False, A, N, False)],
     "Blinken's statement after the ASEAN ministerials (4 Aug 2021); 'During my meeting with ASEAN' = a realised "
     "meeting noun with its agent 'my' -> nominal 040 USA/GOV -> org:ASEAN (held-out 223 row 9: 'in his meeting with "
     "the Finnish president' a nominal 040) (borderline uncoded as a time marker); 'I called on the Burmese military "
     "junta to immediately end the violence, restore democratic governance, and release those unjustly detained' = "
     "one asserted request (guideline), junta -> MMR/MIL (guideline), several demands -> the most specific, first "
     "named: end the violence = de-escalation 1056 (held-out 15 row 64 and 226 row 18: 'end the violence' 1056; set "
     "154: one appeal with several demands coded from its first demand) (borderline 1053 for the release, or 104 "
     "for democratic governance); Y not coded separately; 'the violence' has no agent of its own (held-out 19 row 8) "
     "and 'those unjustly detained' is an agentless passive inside the release demand (held-out 18 row 3), neither "
     "coded (borderline a 173 MMR/MIL -> MMR/OPP)"),
 3: ([("We urge that President Duda not sign the bill into law", "1042", "USA/GOV", "POL/GOV", False, A, N, False)],
     "Blinken on Poland's restitution legislation (11 Aug 2021); 'We urge that President Duda not sign the bill into "
     "law or that ... he refer the bill to Poland's constitutional tribunal' = one asserted request to the "
     "President (guideline), Duda -> POL/GOV, Y = a change of policy, declining to enact the law -> 1042 (borderline "
     "1043 for the survivors' property rights, or generic 100); the 'not' lies inside what is asked and negates no "
     "event (set 197: 'encourage the developed countries not to ... reverse' a 1031, not negated; set 211); Y not "
     "coded separately; the parliament's passing of the legislation is in the sentence before"),
 4: ([("He called on the DPRK", "1056", "USA/GOV", "PRK/GOV", False, A, N, False),
      ("underscoring the United States’ continued openness to meeting the DPRK", "036", "USA/GOV", "PRK/GOV", False,
       A, N, False)],
     "Readout of Special Representative Kim's trilateral call (14 Mar 2022) -> USA/GOV; 'He called on the DPRK to "
     "cease its unlawful and destabilizing activities and instead engage in dialogue' = one asserted request with two "
     "demands -> the first and most specific, ceasing destabilising military activity = de-escalation 1056, exactly "
     "as held-out 14 row 5 coded Sherman's 'cease its unlawful and destabilizing behavior ... engage in sustained "
     "dialogue' (borderline 106 for the dialogue); 'its unlawful and destabilizing activities' (the ICBM launches of "
     "the sentence before) are not coded separately, following held-out 14 row 5 (borderline a nominal 150 PRK/MIL "
     "as a realised act named inside the request, README choices 'end its repression of Mr. Navalny'); "
     "'underscoring the United States' continued openness to meeting the DPRK without preconditions' = readiness to "
     "meet stated as a fact -> 036 asserted (set 236 row 10: 'underscore continued openness to meeting with the "
     "DPRK' 036; held-out 228 row 15), 'underscoring' itself being the speech verb"),
 # --- State Dept random: cue
 5: ([("met today in Muscat with Deputy Foreign Minister", "040", "USA/GOV", "OMN/GOV", False, A, N, False),
      ("our shared commitment to bolstering the U.S.- Oman bilateral relationship", "030", "USA/GOV", "OMN/GOV",
       False, A, N, True)],
     "Readout of Deputy Secretary Sherman's meeting with Omani Deputy FM Al Harthy (27 July 2021); 'met today in "
     "Muscat' -> 040 (guideline), symmetric, coded from the document's government, Muscat the venue (borderline a "
     "042 to bare OMN for Sherman's presence in Muscat, no trip being stated in the sentence); 'to discuss advancing "
     "peace and security in the region' is the topic, folded into the meeting; 'our shared commitment to bolstering "
     "the U.S.- Oman bilateral relationship, including advancing new opportunities for trade and investment' = a "
     "joint commitment to closer relations named as a topic -> nominal 030 asserted, coded once from the document's "
     "government (set 241: Sherman's 'shared commitment to the complete denuclearization' one nominal 030 to "
     "KOR/GOV; set 243 row 14: 'our shared commitment' coded) (borderline 0311 for the trade and investment part, "
     "or uncoded as a topic, as held-out 19)"),
 6: ([("welcome the foreign secretary", "042", "USA/GOV", "DEU", False, A, N, False),
      ("get to know him a little bit better", "036", "USA/GOV", "DEU/GOV", False, F, N, False)],
     "Merkel's opening before her meeting with Blinken in Berlin (23 June 2021), Merkel -> DEU/GOV; 'I am pleased to "
     "be able to welcome the foreign secretary, the Secretary of State of the United States Antony Blinken' = a "
     "host's welcome of a visiting official -> the visit it shows, 042 USA/GOV -> bare DEU, not the welcome (README "
     "choices: 'welcome Secretary Blinken to Delhi' codes the visit; set 242: Payne's 'welcome you to Melbourne' a "
     "042 to bare AUS); 'that I have the opportunity to get to know him a little bit better in his new position' = "
     "the meeting about to be held ('We will have the opportunity for a brief exchange of views', text after) -> "
     "036 future, symmetric, coded from the document's government (set 240: Shmyhal's 'we also will have very "
     "fruitful ... meeting' a future 036 USA/GOV -> UKR/GOV; held-out 243 row 2) (borderline from DEU/GOV, the "
     "speaker, or 040 as a meeting under way)"),
 7: ([], "Mekong-U.S. Partnership release (5 Aug 2021): 'The Mekong-U.S. Partnership is putting into action President "
         "Biden's view that we can only meet today's accelerating global challenges by working together' = the "
         "framework as an inanimate subject realising a view, no codable act, and 'we ... working together' is "
         "'we' meaning all States (held-out 42/43) (borderline a nominal 050 USA/GOV to each of the five Mekong "
         "governments, as set 238 folded the Partnership into other events)"),
 8: ([("We remain committed to supporting the people of Nicaragua", "032", "USA/GOV", "NIC/CVL", False, A, N,
       False)],
     "Price on action against corruption in Nicaragua (9 Mar 2022); 'We remain committed to supporting the people "
     "of Nicaragua by fighting corruption and promoting democracy, the rule of law, and accountability' = a "
     "commitment stated as a fact -> asserted 03x (README choices: 'remain committed to supporting' asserted 03x), "
     "the support being political (democracy promotion, the visa-restriction list of the text after) -> 032 to "
     "NIC/CVL (borderline 033, or 0343 for democracy and rights); 'fighting corruption' is the means, its targets "
     "(the officials listed in the text after) unnamed in the sentence, not coded"),
 9: ([("the Kremlin’s unprovoked and unjustified war against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Readout of Sherman's meeting with Lithuanian FM Landsbergis (9 May 2022); 'stressed the importance of "
     "coordinated global action to address threats to food security' = a need for action by uncoded collectives "
     "('global'), null to null, not coded; 'the Kremlin's unprovoked and unjustified war against Ukraine' -> "
     "capital metonym RUS/GOV (set 154), war -> nominal 190 -> bare UKR (held-out 223 row 6: 'the Kremlin's war in "
     "Ukraine' a nominal 190 RUS/GOV -> UKR); 'threats to food security' is a risk"),
 10: ([("led a delegation of officials to northeast Syria to visit", "042", "USA/GOV", "SYR", False, A, N, False),
       ("heard updates from humanitarian actors and Camp Administration", "040", "USA/GOV", N, False, A, N, False)],
      "Release on Acting Special Envoy Godfrey's travels (27 June 2021) -> USA/GOV; 'led a delegation of officials to "
      "northeast Syria to visit the Al-Hol camp' = a realised trip -> 042 to the bare country (README choices: a trip "
      "is 042 per destination), the camp a place; 'heard updates from humanitarian actors and Camp Administration' = "
      "a meeting -> 040 (held-out 19 row 10: 'hearing directly from U.S. labor leaders' a 040), the humanitarian "
      "actors unnamed and the camp administration, under the north-east Syrian autonomous administration, an "
      "administration with no code (README choices: Somaliland and the Turkish-Cypriot leadership have no code) -> "
      "target null (borderline SYR/REB for the administration, or 042 and 040 folded into one event)"),
 11: ([("expressed his gratitude", "051", "USA/GOV", "OMN/GOV", False, A, N, False),
       ("Oman’s support securing the recent furlough", "070", "OMN/GOV", "USA/GOV", False, A, N, True),
       ("the recent furlough of Morad Tabhaz", "0841", "IRN/GOV", "USA/CVL", False, A, N, True),
       ("unjustly detained in Iran", "173", "IRN/GOV", "USA/CVL", False, A, N, False),
       ("Oman’s extensive coordination", "050", "OMN/GOV", "USA/GOV", False, A, N, True)],
      "Readout of Blinken's call with Omani FM Al-Busaidi (1 Aug 2022); 'The Secretary expressed his gratitude' -> "
      "051 (guideline: thank 051); the thanked acts are event nouns with their agent Oman and coded, the partner the "
      "United States from the thanks (README choices: thanks 'for the ongoing support' gives the support its agent "
      "from the thanks; held-out 10 row 8: the Qatari government's support a nominal 070 and its cooperation a "
      "nominal 050 to USA/GOV): 'Oman's support securing the recent furlough' -> nominal 070 (borderline 045, "
      "Oman's good offices with Iran, to IRN/GOV and USA/GOV, or 051) and 'Oman's extensive coordination on issues "
      "related to Iran and regional stability' -> nominal 050 (README choices: a coordination noun is a nominal "
      "050); 'the recent furlough of Morad Tabhaz' = his temporary release from Evin prison, the releaser plain from "
      "'detained in Iran' -> nominal 0841 IRN/GOV -> USA/CVL (README choices: an event noun whose agent is plain "
      "from the text around it is coded, Mandela's release 0841) (borderline uncoded, a furlough being a leave and "
      "not a release); 'a U.S. citizen unjustly detained in Iran' -> 173 with its agent from the same phrase (set "
      "221: the agentless 'wrongfully detained' takes IRN/GOV), not nominal as a participle"),
 12: ([("two centuries of close cooperation", "050", "USA/GOV", "DNK/GOV", False, A, N, True)],
      "Blinken's Constitution Day message to Denmark (5 June 2022); 'Denmark is a close friend and Ally of the United "
      "States' is a status, not coded; 'our countries' relationship spans over two centuries of close cooperation "
      "rooted in shared democratic values' = the two governments' long and continuing cooperation -> nominal 050, "
      "symmetric, coded once from the document's government (set 232: the U.S.-Thai relationship that 'covers "
      "political, security, and economic cooperation' a nominal 050; set 242: 'We have a very strong relationship' "
      "a 050) (borderline uncoded as a description of a state, or bare DNK for 'our countries')"),
 13: ([("convened in Europe on June 29-30 for its ninth meeting", "040", "USA/GOV", N, False, A, N, False),
       ("Hizballah’s terrorist and illicit activities", "180", "LBN/REB", N, False, A, N, True)],
      "Release on the ninth LECG meeting (1 July 2022); the Law Enforcement Coordination Group has no code and the "
      "document names only the United States among its 'more than 30 governments' ('Officials from the U.S. "
      "Departments of State, Justice, Treasury ... also participated', text after) -> a group without a code is each "
      "member the document names (README choices: the Quint, the C5+1; set 145: the 3G Group's meetings coded for "
      "the one member named) -> 'convened ... for its ninth meeting' a 040 from USA/GOV, the other participants "
      "unnamed -> target null (borderline source null, or 043); 'Hizballah's terrorist and illicit activities' = "
      "an event noun with its agent -> nominal 180 (guideline: unspecified violence by non-state armed groups 180), "
      "Hizballah -> LBN/REB (guideline), no victim named -> target null (borderline uncoded as part of the group's "
      "description of its focus); 'illicit activities' (crime, financing) have no CAMEO code and are folded in; "
      "'countering' is the group's remit, not a coded act"),
 14: ([("my first visit to the State Department", "042", "KEN/GOV", "USA", False, A, N, True)],
      "Kenyan Cabinet Secretary Omamo's turn before her meeting with Blinken (16 July 2021), Omamo -> KEN/GOV; 'This "
      "is my first visit to the State Department as the minister of foreign affairs' = a realised visit noun with "
      "its agent 'my' -> nominal 042 to bare USA (set 235 row 12 and set 241 row 9: visits 'here to the State "
      "Department' 042 -> USA; held-out 228 row 22) (borderline USA/GOV for the Department); 'it gives us an "
      "opportunity really to reaffirm the deep and longstanding friendship we have between our two countries' = a "
      "sentiment (friendship is not coded, held-out 243 row 31) (borderline a nominal 050 KEN/GOV -> USA/GOV)"),
 # --- State Dept random: nocue
 15: ([("speak to him briefly this morning", "040", "USA/GOV", "JPN/GOV", False, A, N, False),
       ("to say how powerful it is", "051", "USA/GOV", "JPN/GOV", False, A, N, False),
       ("he’s here on day one of the Non-Proliferation Review Conference", "040", "JPN/GOV", "org:UN", False, A, N,
        False)],
      "Blinken's press availability at the NPT Review Conference (1 Aug 2022); the turn is headed 'MR PRICE:' but "
      "answers a question put to Blinken (the Secretary's own talk with Kishida); either way -> USA/GOV; 'I did "
      "have the opportunity to speak to him briefly this morning' -> 040 USA/GOV -> JPN/GOV (guideline: discuss 040; "
      "set 234: calls coded 040), Prime Minister Kishida -> JPN/GOV; 'simply to say how powerful it is that he's "
      "here' = a commendation, a speech act that is itself the event ('And I just thanked him very much for doing "
      "that', text after) -> 051 (guideline: praise/thank 051) (borderline uncoded as an evaluation folded into the "
      "conversation, as set 239's 'you've made very important points'); 'he's here on day one of the "
      "Non-Proliferation Review Conference' = Kishida's attendance at the conference at UN Headquarters -> 040 "
      "JPN/GOV -> org:UN (set 229: Ghana's 'I am here' a 040 to org:UNGA; set 153: a presence a nominal 040) "
      "(borderline target null, the Review Conference being a treaty meeting); the denial 'I did not speak ... about "
      "that' is in the sentence before"),
 16: ([("our educational, cultural, political, and economic ties", "050", "USA/GOV", "KWT/GOV", False, A, N, True)],
      "Blinken's quoted remark (25 Feb 2021) heading the release on his travel to Kuwait; 'our' = the United States "
      "and Kuwait ('our countries', sentence before); 'our educational, cultural, political, and economic ties are "
      "stronger than they have ever been' = the two countries' standing relations -> nominal 050, coded once from "
      "the document's government (set 232: the U.S.-Thai relationship a nominal 050; set 182: 'maintains "
      "long-standing friendly relations' an asserted 050) (borderline uncoded as a description of a state, as set "
      "184's 'strengthens the historic bonds', or bare KWT)"),
 17: ([], "G7 foreign ministers' statement on the Taiwan Strait (3 Aug 2022): 'The text of the following statement was "
          "released by the G7 foreign ministers' = releasing a joint statement, a 01x statement act (set 239: releasing "
          "a joint statement uncoded); the statement's content lies after this sentence"),
 18: ([], "Blinken on Transgender Day of Visibility (31 Mar 2022): 'the United States affirms that transgender rights are "
          "human rights' = a statement of position (01x, not coded) with no counterpart (guideline: abstract policy "
          "positions not coded)"),
 19: ([], "Release on a new APEC Business Advisory Council member (27 Apr 2022): 'American Banker recognized Mr. Ng as "
          "Banker of the Year' = a trade publication's award to a banker, between private actors, an award not being "
          "coded (set 179: the Nobel Peace Prize award not coded; set 201: an award uncoded) (borderline 051 USA/MED -> "
          "USA/BUS)"),
 20: ([], "Greening Diplomacy Initiative awards (22 Apr 2022): the Bureau of Consular Affairs replacing passport "
          "inserts with QR stickers is the Department's internal business (held-out 4 and 13: internal Department "
          "business not coded)"),
 21: ([], "Blinken's World Wildlife Day statement (3 Mar 2022): 'We join in marking World Wildlife Day with many "
          "partners around the world' = a commemoration with uncoded partners (set 191: a commemoration uncoded)"),
 # --- UNGDC 2020-2024 random: neg
 22: ([], "Nicaragua (2024): 'a New World being born amidst anxiety, suffering and pain, forced upon us, imposed by "
          "those sick minds' = figurative rhetoric whose agents ('those sick minds ... who continue trying to "
          "inhabit ... the old, bloodied World') are never named and whose imposition names no act (guideline: "
          "figurative uses not coded) (borderline a 170 with no source to NIC/GOV); 'do not see, do not want to see' "
          "is perception, no negated event"),
 23: ([("Sanctions", "163", N, "RUS", False, A, N, True)],
      "Latvia (2023); 'Sanctions do not block the export of mineral fertilizers or grain from Russia' = the actual "
      "sanctions against Russia ('it was not the sanctions', sentence before), realised, the negation limiting what "
      "they cover -> an asserted nominal 163 (set 225: 'Our sanctions and export controls against Russia do not and "
      "will not target essential exports of food' an asserted nominal 163, the negation limiting what the sanctions "
      "cover), the imposers never named in the sentence -> source null (set 218: Belarus's 'Neither sanctions nor "
      "blackmail' a nominal 163 with no source; set 192), Russia as the country targeted -> bare RUS (borderline "
      "org:EU from the speech's EU membership, or a negated 191 for 'do not block')"),
 24: ([("Nicaragua rejects the politicization of the United Nations system", "120", "NIC/GOV", "USA/GOV", False, A,
        N, False)],
      "Nicaragua (2020); 'Nicaragua rejects the politicization of the United Nations system, as promoted in "
      "particular by the Government of the United States' = a rejection -> 120 (guideline: reject 12x), aimed at "
      "the named promoter -> USA/GOV (borderline org:UN, or target null as a rejection of a practice); 'which seeks "
      "to convert its organs into instruments at the service of its interests' names no CAMEO act; 'in order to "
      "destabilize countries that do not submit to its imperialist dictates' is a purpose whose targets are unnamed "
      "countries, left uncoded (set 182: support named only as a purpose uncoded) (borderline a hypothetical 170 "
      "USA/GOV with no target, as set 190 coded purpose clauses, and a nominal 100 for the 'dictates')"),
 # --- UNGDC 2020-2024 random: future
 25: ([("We will continue to support them", "070", "NOR/GOV", "AFG/CVL", False, F, N, False)],
      "Norway (2021), after the Taliban takeover; 'We will continue to support them, and the rest of the Afghan "
      "people' = future support, material in Norway's case (aid to Afghans) -> 070 future (README choices: a future "
      "material act keeps its code, 'we will continue support' 070 future), 'them' = the women, girls, minorities "
      "and rights defenders at risk (sentences before), one event to AFG/CVL covering both parts of the compound "
      "(borderline 032, or 073)"),
 # --- UNGDC 2020-2024 random: demand
 26: ([], "Comoros (2022): 'deserves greater attention from us leaders' = a deontic for 'us leaders', 'we' meaning all "
          "States (held-out 42/43), and attention is no codable behaviour (set 179: a deontic for UN and regional "
          "'attention' to Haiti uncoded) (borderline a demanded 070 with no source to COM/GOV, as set 184's "
          "'deserves the full attention and support of the international community')"),
 27: ([], "Samoa (2024): 'We must consider the expansion of both the permanent and non-permanent seats of the Security "
          "Council' = a Security Council reform position, 'we' meaning all States (README choices: UN reform "
          "positions and 'we' meaning all States not coded)"),
 # --- UNGDC 2020-2024 random: cue
 28: ([("reaffirms its commitment to continue providing humanitarian assistance", "0333", "TJK/GOV", "AFG/CVL",
        False, A, N, False),
       ("allowing the use of its infrastructure", "033", "TJK/GOV", "AFG/CVL", False, A, N, False)],
      "Tajikistan (2023); 'Tajikistan reaffirms its commitment to continue providing humanitarian assistance ... to "
      "support the Afghan people' = a commitment stated as a fact -> asserted 03x (README choices: 'remains committed "
      "to its financial obligations' 033; commitments stated as facts asserted 03x), humanitarian -> 0333 to "
      "AFG/CVL; 'and allowing the use of its infrastructure, including six bridges on its border' = a second "
      "committed content, logistic access for the aid -> 033, one event per kind of commitment (set 197: Hungary's "
      "'will remain committed to supporting, politically and by contributing troops and ... assistance' a 032, a "
      "0334 and a 0331) (borderline folded into the 0333, README choices: one commitment with several purposes "
      "coded once; or 0863 for allowing aid access)"),
 29: ([], "Poland (2020): 'it is impossible to be successful on your own' = a generalisation about the climate "
          "transition, no act"),
 30: ([("if the international community were to support", "051", N, "org:ECOWAS", False, H, N, False),
       ("if the international community were to support", "051", N, "org:AU", False, H, N, False)],
      "Ghana (2023); 'would be more satisfactorily resolved if the international community were to support, and not "
      "undermine, the efforts of our regional and continental organizations' = a counterfactual -> hypothetical "
      "(guideline), the international community an uncoded collective -> source null (guideline), 'our regional and "
      "continental organizations' for Ghana = ECOWAS and the African Union -> one 051 each (guideline: 'express "
      "support' 051; compound split) (borderline 070, or target null); 'and not undermine' implies without stating "
      "that the international community undermines them, and undermining has no CAMEO code, not coded; the "
      "organisations' 'efforts ... to deal with them' name no party and are left uncoded (borderline a nominal 045 "
      "from each with no target, as set 151's 'its role in solving problems'); the agentless resolution of the "
      "conflicts is hypothetical and uncoded"),
 31: ([], "Finland (2023): 'We all have much to gain from cooperation on an equal footing' = 'we' meaning all States "
          "(held-out 42/43), no act"),
 32: ([("We are pleased that the new Agreement recognizes", "051", "TON/GOV", N, False, A, N, False)],
      "Tonga (2023); 'We are pleased that the new Agreement recognizes the special circumstances of SIDS' -> 051 "
      "(README choices: 'we are pleased with' is 051), the BBNJ Agreement's makers never named in the sentence -> "
      "target null (set 182: 'We welcome SDG 14' a 051 with no target; set 155) (borderline org:UNGA or org:UN); the "
      "Agreement's 'recognizes' is a clause of a text, not an act (set 242: the BBNJ agreement with no named party "
      "uncoded)"),
 33: ([("We call for a negotiated solution", "107", "MRT/GOV", "UKR", False, A, N, False)],
      "Mauritania (2023), after 'the continued war in Ukraine' (sentence before); 'We call for a negotiated solution "
      "that takes into account the concerns of various parties' = 'S calls for Y', one asserted request (guideline), "
      "Y = settling the dispute -> 107 (README choices: advocacy of a settlement is a request, 107), the parties never "
      "named -> bare UKR (set 219: Sao Tome's call on 'the parties' in Ukraine, never named, a 107 to bare UKR) "
      "(borderline one each to UKR/GOV and RUS/GOV, or 106); Y not coded separately"),
 34: ([], "Senegal (2024): the Charter's principles 'under daily threat' = a risk (guideline: figurative or risk uses "
          "not coded)"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([], "Samoa (2021): the need for climate action and custodianship of the oceans, no act"),
 36: ([], "Australia (2022): 'Humankind has benefited from the rules' = an evaluation of the rules-based order, no act"),
 37: ([], "Benin (2024): 'They are our children, our brothers, our sisters' (of Afro-descendants) = a kinship statement, "
          "no act"),
 38: ([], "Costa Rica (2024): 'A democracy does not expel eight million of its citizens, nor provoke an unprecedented "
          "migration crisis' = a generalisation about democracies; Venezuela's expulsion of its citizens ('Venezuela "
          "cannot be considered a democracy', sentence before) is only an implicature, not stated or presupposed "
          "(set 225: Cyprus's generic 'No country ... refuses to sit on the negotiating table' uncoded) (borderline an "
          "asserted 174 VEN/GOV -> VEN/CVL, the figure 'eight million' pointing at a known event)"),
 39: ([], "Indonesia (2023): 'We will continue to bring that spirit everywhere we go. including the General Assembly' "
          "= the Bandung spirit as a figurative attitude, no act"),
}
