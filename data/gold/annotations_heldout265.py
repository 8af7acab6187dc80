"""Hand annotations for the TWO-HUNDRED-AND-SIXTY-FIFTH held-out event gold set (source of events-heldout265.jsonl).

Keyed by the row index of selection-heldout265.jsonl (output of select_statement_sentence_heldout.py 265; rows 0-18
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
    python3 data/gold/build_events.py --selection selection-heldout265.jsonl \\
        --annotations annotations_heldout265 --output events-heldout265.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("attending G20-related engagements", "036", "USA/GOV", "org:G20", False, F, N, False),
      ("will hold a bilateral meeting with Indonesian Foreign Minister Retno Marsudi", "036", "USA/GOV", "IDN/GOV",
       False, F, N, False)],
     "Travel announcement for Blinken's trip to Bali and Bangkok (5 July 2022), 'the Secretary' -> USA/GOV; 'will "
     "hold a bilateral meeting with Indonesian Foreign Minister Retno Marsudi' = an announced meeting -> 036 future "
     "(guideline: future meetings 036; held-out 259 row 0), Retno -> IDN/GOV; 'In addition to attending G20-related "
     "engagements' = future participation in the G20 Foreign Ministers' meetings, its time that of the main clause "
     "-> a second 036 future, to org:G20 (set 241: 'to attend the informal meeting of NATO Foreign Ministers' a "
     "future 036 to org:NATO; set 233: 'will attend the \"Road to Prespa\" Conference' a future 036; held-out 225 "
     "row on the same Bali meeting: the discussion 'led by Indonesia' a 040 to org:G20) (borderline folded in as a "
     "repeated mention of 'to attend the G20 Foreign Ministers' Meeting' in the sentence before, or a participle "
     "left uncoded); Bali is the venue"),
 1: ([("discuss joint efforts", "036", "USA/GOV", "MEX/GOV", False, F, N, False),
      ("the U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities", "057", "USA/GOV",
       "MEX/GOV", False, A, N, True),
      ("our security cooperation", "062", "USA/GOV", "MEX/GOV", False, A, N, True)],
     "Travel announcement for Assistant Secretary Robinson (INL) joined by DHS Assistant Secretary Hoy (10 May "
     "2022); 'the Assistant Secretaries' = two U.S. officials -> one source USA/GOV (set 254: Blinken and Austin both "
     "USA/GOV, one event); 'Alongside officials from Mexico's Secretariat of Foreign Relations and Secretariat of "
     "Public Security and Citizen Protection' gives the counterpart -> MEX/GOV; 'will ... discuss joint efforts' = "
     "an announced meeting -> 036 future (guideline: future meetings 036), the sentence before's 'a meeting with "
     "Mexican government officials' being a separate sentence; 'will highlight progress achieved under' is a "
     "statement (01x), not coded; 'the U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe "
     "Communities' = an agreement named after its parties -> nominal 057 from the first-named (README choices: "
     "'the Israeli-Jordan Accords' a nominal 057; set 244: 'the 2008 Strategic Framework Agreement ... between the "
     "United States of America and the Republic of Iraq' a nominal 057) (borderline uncoded as a text cited, as set "
     "231's agreements); 'our security cooperation' = the realised bilateral security cooperation, 'our' being the "
     "two governments -> nominal 062 (README choices: security cooperation 062; set 247: 'the growing bilateral "
     "security relationship between the United States and Angola', named as a discussion topic, a nominal 062) "
     "(borderline uncoded as a discussion topic, as set 242, or 050); 'joint efforts ... improve border security' "
     "folded into the discussion"),
 # --- State Dept random: cue
 2: ([], "Price on media access in Afghanistan (29 Mar 2022): 'The United States is committed to supporting the right "
         "of freedom of expression the world over, especially for journalists and human rights defenders, to operate "
         "freely without fear of violence against them' = support for a right 'the world over', an abstract policy "
         "position with no counterpart actor (guideline: abstract policy positions not coded) (borderline an "
         "asserted 032 with no target, as set 240's 'has long been committed to ... efforts to support and protect "
         "survivors' 0333, or a 032 to AFG/MED from the Taliban media restrictions of the text before); 'without "
         "fear of violence' names no act"),
 3: ([("Today’s signing", "057", "USA/GOV", "COL/GOV", False, A, N, True)],
     "Release on the U.S.-Colombia air transport protocol (27 July 2022); 'Today's signing' = the signing of the "
     "protocol of amendment to the 2011 U.S.-Colombia Air Transport Agreement by Chargé Palmieri and Vice "
     "President and Foreign Minister Ramírez, the document's first sentence -> an anaphoric agreement noun whose "
     "parties are plain from the text around it, coded as a nominal 057 from the document's government (README "
     "choices: an event noun whose agent is plain only from the text around it is coded; set 194: Greece's anaphoric "
     "'the agreement' a nominal 057; set 209: Belgium's anaphoric 'the agreement' a nominal 057) (borderline "
     "uncoded as an event noun without an agent in the sentence, as the guideline's 'the meeting' and held-out 259 "
     "row 6's 'The meeting'); 'highlights this year's celebration of the 30th anniversary of the U.S. Open Skies "
     "international aviation policy' is a commemoration of a policy, no act (set 191: a commemoration uncoded; set "
     "230 row 17: the Open Skies pointer uncoded)"),
 4: ([("commend Peruvians", "051", "USA/GOV", "PER/CVL", False, A, N, False),
      ("look forward to continuing our collaboration", "030", "USA/GOV", "PER/GOV", False, F, N, False)],
     "Blinken's Peru Independence Day message (28 July 2022), 'We' -> USA/GOV; 'We also commend Peruvians' -> 051 "
     "(guideline: commend 051) to the people -> PER/CVL (set 239: 'commends the people of Ecuador' 051 -> ECU/CVL); "
     "'for their leadership in promoting labor rights protections' = the occasion of the praise, a domestic "
     "activity, not coded; 'look forward to continuing our collaboration for enhanced regional peace and security' "
     "= 'look forward to' + a cooperative act -> future intent 030 (guideline; set 240: 'look forward to further "
     "opportunities to grow our relationship' 030 future -> STP/GOV; set 232: 'look forward to strengthening this "
     "partnership' 030 future -> SGP/GOV), the bilateral partner of the message -> PER/GOV (borderline PER/CVL, "
     "the Peruvians of the first clause, or 0312 for security collaboration)"),
 5: ([("is hosting the Summit of the Americas", "036", "USA/GOV", N, False, F, N, False)],
     "Travel announcement for Blinken at the Summit of the Americas (6 June 2022); 'The United States is hosting the "
     "Summit of the Americas' = the U.S.-hosted Ninth Summit of June 7-10, which opens after the release date (text "
     "before: 'he will attend the U.S.-hosted Ninth Summit') -> hosting a coming summit, 036 future (held-out 18 row "
     "1: 'will host' the Summit of the Americas a future 036 with target null; README choices: hosting a session of "
     "a UN regional commission is 036 future), the hemisphere's participating governments an uncoded collective -> "
     "target null (borderline an asserted 043, the progressive read as under way, as set 236's Japan 'hosting the "
     "launch' of IPEF); 'since its inaugural meeting in 1994' is a time marker with no agent in the sentence "
     "(borderline a historic 043 from USA/GOV, as set 238's 'When the United States launched the Summit of the "
     "Americas in 1994' a historic 030)"),
 6: ([("hosted Foreign Minister Sirojiddin Muhriddin and a delegation from the Government of Tajikistan", "043",
       "USA/GOV", "TJK/GOV", False, A, N, False),
      ("30 years of bilateral partnership", "050", "USA/GOV", "TJK/GOV", False, A, N, True)],
     "Release on the eighth U.S.-Tajikistan Annual Bilateral Consultations (2 July 2021); 'The State Department "
     "hosted Foreign Minister Sirojiddin Muhriddin and a delegation from the Government of Tajikistan' -> host/convene "
     "043 (guideline) USA/GOV -> TJK/GOV, realised; 'for the eighth U.S.-Tajikistan Annual Bilateral Consultations "
     "on July 1' = the same meeting, coded once (README choices: a meeting both 'participated in' and 'hosted by' is "
     "coded once; set 253: 'hosting the JCPOA talks' with the talks folded in) (borderline a separate nominal 040 "
     "for the Consultations, as held-out 18 row 17's 'The ABCs', or a 042 TJK/GOV -> bare USA for the delegation's "
     "visit); 'following 30 years of bilateral partnership between the United States and Tajikistan' = a "
     "cooperation noun naming its parties -> nominal 050 from the document's government (README choices: "
     "cooperation nouns a nominal 050; set 251: 'Two centuries of close cooperation' with Denmark a nominal 050) "
     "(borderline uncoded as an anniversary time marker, as set 256's '100 years of diplomatic relations')"),
 7: ([("They also discussed", "040", "USA/GOV", "TUR/GOV", False, A, N, False),
      ("Russia’s continued aggression", "190", "RUS/MIL", "UKR", False, A, N, True)],
     "Readout of Blinken's call with Turkish FM Cavusoglu (25 June 2022); 'They' = Blinken and Cavusoglu (sentence "
     "before) -> 040 (guideline: discuss 040), symmetric, coded from the document's government (held-out 259 row "
     "7); 'ongoing support for Ukraine' is the discussion's topic, an agentless support noun, not coded (set 220: "
     "support for Ukraine named as a topic not coded, following held-out 5, 7 and 8) (borderline a nominal 070 from "
     "each of USA/GOV and TUR/GOV to bare UKR); 'Russia's continued aggression' = an event noun with its agent -> "
     "nominal 190 (guideline: 'aggression' 190), 'Russia' read as the forces -> RUS/MIL, target of the war -> bare "
     "UKR (sets 222, 231 and 250: 'Russia's aggression' a nominal 190 RUS/MIL -> UKR) (borderline RUS/GOV)"),
 8: ([], "Release on the U.S.-Philippines civil nuclear MOU (10 Mar 2022): 'Nuclear Cooperation MOUs are diplomatic "
         "mechanisms that strengthen and expand strategic ties between the United States and a partner country by "
         "providing a framework for cooperation ...' = a generic description of a class of instruments, 'a partner "
         "country' naming no state, no act (held-out rule: generalisations uncoded) (borderline a habitual 050 "
         "USA/GOV with no target, or PHL/GOV from the signing in the text before)"),
 9: ([("remains fully committed to imposing costs on the Iranian regime", "131", "USA/GOV", "IRN/GOV", False, A, N,
       False),
      ("its support to terrorist proxies", "070", "IRN/GOV", "LBN/REB", False, A, N, True)],
     "Blinken on the IRGC-QF/Hizballah oil smuggling network designation (25 May 2022); 'The United States remains "
     "fully committed to imposing costs on the Iranian regime' = a statement of resolve to coerce -> 131 asserted "
     "(README choices: a resolve that Russia 'pays a severe economic and diplomatic price' is 131; set 228: 'that's "
     "our commitment' to impose costs on Russia a nominal 131; guideline: a statement of resolve is itself "
     "asserted), the Iranian regime -> IRN/GOV (borderline 1312, the costs being the sanctions designated in the "
     "next sentence, or 130 as set 250's 'readiness to impose swift, severe costs'); 'for its support to terrorist "
     "proxies' = a support noun with its agent 'its' (the Iranian regime) -> nominal 070 (README choices: "
     "harbouring and 'support for terrorism' are 070), the proxies resolved from the document, whose title and "
     "text name Hizballah as the IRGC-QF's beneficiary -> LBN/REB (guideline: Hizballah LBN/REB; set 224: support "
     "to Hizballah a 070 -> LBN/REB) (borderline target null, the proxies being an open class); 'that destabilize "
     "the Middle East' is a characterisation, not coded"),
 10: ([], "Rewards for Justice offer (28 July 2022): 'For more information, visit www.rewardsforjustice.net' = an "
          "instruction, no act (set 230: the Open Skies website pointer uncoded)"),
 11: ([("The Secretary also thanked the Foreign Minister", "051", "USA/GOV", "QAT/GOV", False, A, N, False),
       ("Qatar’s support for Afghanistan peace negotiations", "051", "QAT/GOV", "AFG", False, A, N, True)],
      "Readout of Blinken's call with Qatari FM Al-Thani (27 May 2021); 'thanked the Foreign Minister' -> 051 "
      "(guideline: thank 051) USA/GOV -> QAT/GOV; 'for Qatar's role in advancing peace and security in the region' "
      "names no party and no specific act, not coded (borderline a nominal 045 with no target, as set 254's 'Oman's "
      "efforts to strengthen and extend the truce in Yemen'); 'Qatar's support for Afghanistan peace negotiations' "
      "= a support noun with its agent -> nominal 051 (guideline: support 051, borderline 070), support aimed at a "
      "process whose parties the document does not name (the Islamic Republic and the Taliban, AFG/REB in May 2021) "
      "-> the bare country (README choices: support aimed at a process goes to its named parties; a welcome of a "
      "development inside a named country whose parties are not named goes to the bare country) (borderline a "
      "nominal 045 or 043 for Qatar's hosting and facilitation of the Doha talks, or one 051 each to AFG/GOV and "
      "AFG/REB); the negotiations themselves are an event noun with no agent in the sentence, not coded (set 226)"),
 # --- State Dept random: nocue
 12: ([("participates in a Youth Outreach Event", "036", "USA/GOV", "FRA/CVL", False, F, N, False)],
      "Public Schedule of 25 June 2021 (the splitter leaves 'LOCAL' of the 2:30 p.m. entry); 'Secretary Blinken "
      "participates in a Youth Outreach Event on Democracy and Human Rights, in Paris, France' = an engagement on the "
      "day's public schedule -> 036 future (README choices: a meeting on a day's public schedule is 036 future; set "
      "239 row 11: 'meets with' on the schedule a future 036, a verb, not nominal), the young participants in Paris "
      "-> FRA/CVL (held-out 3 row 15: 'engage with youth' a future 036 -> LTU/CVL) (borderline target null, the "
      "participants' nationality not given, or uncoded as held-out 6 row 4's youth event, no act between political "
      "actors); Paris is the venue"),
 13: ([("I extend my best wishes and congratulations", "051", "USA/GOV", "COD/CVL", False, A, N, False),
       ("I extend my best wishes and congratulations", "051", "USA/GOV", "COD/GOV", False, A, N, False)],
      "Blinken's DRC National Day message (30 June 2021); 'On behalf of the United States, I extend my best wishes "
      "and congratulations' = performative congratulations -> 051 (README choices: congratulating a people on a "
      "national day is 051; 'congratulated' is 051; set 221: 'I congratulate the Seychellois people' 051), the "
      "best wishes folded in (well-wishing alone not coded, held-out 7); 'to the people and the government of the "
      "Democratic Republic of the Congo' = a compound target split into COD/CVL and COD/GOV (guideline: one event "
      "per actor pair); 'On behalf of the United States' makes the source USA/GOV; the anniversary is the occasion"),
 14: ([("travel to Seoul", "036", "USA/GOV", "KOR", False, F, N, True),
       ("commitment to ongoing close collaboration", "030", "USA/GOV", "KOR/GOV", False, A, N, True)],
      "Travel announcement for Special Representative Sung Kim and Deputy Special Representative Pak (14 Apr 2022, "
      "trip April 18-22); 'The Special Representative and Deputy Special Representative's travel to Seoul' = an "
      "announced trip named as a noun with its agents, both USA/GOV -> one future nominal 036 (README choices: an "
      "announced trip is 036 future; held-out 259 row 8: 'Her visit' a future nominal 036 to bare AUT), to the bare "
      "country of the destination (held-out 259 row 1; set 238: 'will first travel to Jerusalem' a future 036 to "
      "bare ISR), Seoul a place, not a metonym; 'underscores' is an evaluation; 'the U.S. and ROK commitment to "
      "ongoing close collaboration on DPRK issues' = a mutual commitment to cooperate stated as existing -> "
      "nominal 030 asserted (README choices: commitments stated as facts are asserted 03x; set 241: Sherman's "
      "'shared commitment to the complete denuclearization' with ROK officials one nominal 030 -> KOR/GOV), "
      "symmetric, coded once from the document's government (borderline one 030 each way); 'as we seek to advance "
      "complete denuclearization and permanent peace on the Korean Peninsula' is an aim with no act towards a named "
      "actor, not coded (borderline a 030 or a 1056 to PRK/GOV)"),
 15: ([], "Notice of the virtual Global Action Plan Ministerial (18 July 2022): 'Opening Remarks by Secretary Blinken, "
          "Japanese Foreign Minister Hayashi Yoshimasa, and World Health Organization Director General Tedros ... "
          "will be streamed live' = speeches (01x) and a logistics note, no act between actors (set 247: a "
          "UN-broadcast logistics note uncoded); the co-hosted ministerial lies in the text before"),
 16: ([], "U.S.-OIC Strategic Dialogue release (18 May 2022): 'For any questions, please contact NEA-Press@state.gov "
          "and follow us on Twitter @StateDept_NEA' = contact instructions, no act (set 235: instructions uncoded)"),
 17: ([], "Blinken's Canada Day message (1 July 2022), French version: 'Je souhaite une joyeuse et sécuritaire Fête du "
          "Canada à nos ami.e.s et voisin.e.s du Canada' = well-wishing, not coded (held-out 7; set 238 row 16)"),
 18: ([("designated Hizballah", "163", "USA/GOV", "LBN/REB", False, A, N, False)],
      "Release on the Hizballah financial facilitator designation (19 May 2022); 'The United States designated "
      "Hizballah as a Foreign Terrorist Organization in 1997 and as a Specially Designated Global Terrorist in 2001' = "
      "historic terrorism designations -> sanctions 163 (README choices: designating an NGO is 163; officials "
      "'being designated' an asserted 163), realised -> asserted, Hizballah -> LBN/REB (guideline); the two "
      "designations under one verb and one actor pair are coded once (guideline: one event per actor pair; README "
      "choices: one sanctions action of several parts is coded once) (borderline two 163s, one per designation "
      "year, as set 233's five governments' designations of Zakharova one each)"),
 # --- UNGDC 2020-2024 random: future
 19: ([], "Republic of Korea (2024), a Security Council member: 'we will also work with all UN Member states to achieve "
          "a comprehensive Security Council reform in the Intergovernmental Negotiations' = a Security Council reform "
          "position, not coded (held-out rules: UN and Security Council reform positions left uncoded; set 229: "
          "Sierra Leone's C-10 commitment uncoded), the partners being all Member States (borderline a future 036 "
          "with no target, README choices: an intent to take part in a UN process); 'As we seek to find practical "
          "solutions by actively building common ground amongst the diverging views of the Council members' = the "
          "speaker's aim inside the Council, no act towards a named party (borderline a habitual 045 KOR/GOV -> "
          "org:UNSC)"),
 # --- UNGDC 2020-2024 random: demand
 20: ([], "India (2023): 'When reality departs from rhetoric, we must have the courage to call it out' = a hortative "
          "whose 'we' is all States and whose target is unnamed (held-out rule: 'we' meaning all States not coded) "
          "(borderline a demanded 111 IND/GOV with no target)"),
 21: ([], "Nepal (2021): 'We must rise to our responsibility to rebuild for the sake of the people we serve and the "
          "planet on which we live' = a hortative whose 'we' is all leaders, and rebuilding is no act between "
          "political actors (held-out rule: 'we' meaning all States not coded)"),
 # --- UNGDC 2020-2024 random: cue
 22: ([("actively participates in", "061", "KGZ/GOV", N, False, A, N, False),
       ("actively participates in", "061", "KGZ/GOV", "CHN/GOV", False, A, N, False)],
      "Kyrgyzstan (2022); 'Kyrgyzstan actively participates in integration and cooperation processes, including the "
      "Eurasian Economic Union and the One Belt, One Road initiative of the People's Republic of China' = habitual "
      "participation in economic integration -> cooperate economically 061 (held-out 89 row 34: Belarus 'participates "
      "in' the One Belt, One Road initiative a 061 -> CHN/GOV, borderline 050), one event per named process "
      "(guideline: compound split): the Eurasian Economic Union has no code -> target null (borderline a new "
      "org:EAEU, or dropped as an uncoded body of members the speech does not name), and the initiative 'of the "
      "People's Republic of China' -> CHN/GOV; 'For example' ties the sentence to the trade cooperation of the "
      "sentence before"),
 23: ([], "Seychelles (2021): 'We are accountable to those who face constant existential threats' = a moral "
          "obligation whose 'we' is humanity (sentence before: 'We are morally obligated to those who have lost their "
          "lives'), no act between political actors; the threats are climate risks (guideline: figurative threats "
          "not coded)"),
 24: ([("have expressed their support", "051", "HND/CVL", "HND/GOV", False, A, N, False)],
      "Honduras (Castro, 2023); 'hundreds of thousands of grateful men and women who have expressed their support "
      "for our fight' = the people's verbal support for the Government -> 051 (guideline: 'express support' 051) "
      "HND/CVL -> HND/GOV (set 197: 'the support of Brazilian society' a nominal 051 BRA/CVL -> BRA/GOV; set 172: "
      "'Popular support that the new Somali Government enjoyed' a nominal 051 SOM/CVL -> SOM/GOV); 'Popular support "
      "has been demonstrated' is the same support, a repeated mention coded once with the verb (guideline) "
      "(borderline a second, nominal 051); 'the recent mobilizations of popular resistance at the national level' "
      "are the rallies through which that support was shown, pro-government and not dissent against a target, "
      "folded in (borderline a nominal 141 HND/CVL with no target); 'our fight for the return to the rule of law' "
      "is a political struggle with no named opponent (text before: the 'narco-State' and corruption), not coded"),
 25: ([], "United Kingdom (2023): 'As we meet here this evening' = the Assembly's own meeting, 'we' meaning all "
          "States, a time marker (held-out rule) (borderline a 040 GBR/GOV -> org:UNGA, as set 229's 'I am here'); "
          "the earthquake in Morocco and the flood in Libya are natural disasters, no act between actors"),
 26: ([("We also call for", "1031", "SUR/GOV", N, False, A, N, False)],
      "Suriname (2022); 'We also call for the establishment of a loss-and-damage facility under the United Nations "
      "Framework Convention on Climate Change that would provide SIDS with resources to finance the losses and "
      "damage' = a call for Y -> one asserted request (guideline: 'S calls for Y' is one asserted REQUEST), Y a "
      "financing mechanism for SIDS -> request economic aid 1031 (set 175: a call 'for an international mechanism "
      "to provide the necessary protection for the Palestinian people' a 1034 with no target; set 204: 'We also "
      "call for a ... global arms trade treaty' a 102 with no target), no addressee named -> target null "
      "(borderline org:UN for the UNFCCC, whose parties would establish the facility, 102 as set 204, or uncoded "
      "as a call with no addressee, as sets 125 and 181); the facility's hypothetical provision of resources is Y, "
      "not coded separately (guideline)"),
 27: ([], "Luxembourg (2020): 'How do we visit our loved ones, our family?' = a private visit under pandemic "
          "restrictions, 'we' meaning everyone, no act between political actors"),
 28: ([("the Russian invasion", "192", "RUS/MIL", "UKR", False, A, N, True)],
      "Uruguay (2023); 'despite the Russian invasion' = an event noun with its agent in the adjective -> nominal 192 "
      "(guideline: invade 192; 'Russian troops' -> /MIL; set 259: 'the initial invasion' a nominal 192 RUS/MIL -> "
      "UKR), target of an invasion -> the bare country, Ukraine, which the speech never names but which the 2023 "
      "'Russian invasion' plainly means (guideline: a verb's missing participant taken from the context when "
      "plain) (borderline target null, as set 245's Botswana invasion had no source for want of a named "
      "invader; RUS/GOV; or uncoded as a time marker in a list of circumstances); the pandemic and 'climatic "
      "factors' are no acts, and 'our country has restored its economy' is domestic"),
 # --- UNGDC 2020-2024 random: nocue
 29: ([], "Netherlands (2023): 'A lot has changed since then, and yet Lincoln's words remain as relevant as ever' = an "
          "evaluation of a quotation, no act"),
 30: ([], "Malta (2021): 'Without an adequate global response, the cumulative effects of the pandemic and its "
          "economic fallout, armed conflict, and climate change will exact high human and economic costs' = a risk "
          "(guideline: risks not coded), 'armed conflict' agentless and generic, and the 'global response' an "
          "uncoded collective's"),
 31: ([], "Romania (2021): 'Accepting the Court's jurisdiction serves the cause of international peace' = a generic "
          "gerund with no agent, a norm for all States (held-out rule: norms and 'we' meaning all States not coded) "
          "(borderline a 0313 ROU/GOV -> org:ICJ, Romania having accepted the Court's compulsory jurisdiction, as set "
          "110's declaration accepting it)"),
 32: ([], "Ireland (2021): 'Those rights include full and equal access to education ...' = a description of Afghan "
          "women's rights, no act between actors"),
 33: ([], "Netherlands (2024): 'Take Sudan, where 25 million people are facing acute hunger' = a humanitarian "
          "situation, no act and no agent named"),
}
