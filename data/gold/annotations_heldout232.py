"""Hand annotations for the TWO-HUNDRED-AND-THIRTY-SECOND held-out event gold set (source of events-heldout232.jsonl).

Keyed by the row index of selection-heldout232.jsonl (output of select_statement_sentence_heldout.py 232; rows 0-28
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 29-48
from statements_ungdc_2020_2024.jsonl, UN General Debate speeches of 2020-2024).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each document's date; the speaker of a briefing turn or of a
transcript is the one named at the head of that turn (journalists' questions are their own words).
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout232.jsonl \\
        --annotations annotations_heldout232 --output events-heldout232.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([("He warned of consequences never seen in history", "130", "RUS/GOV", N, False, A, N, False)],
     "Norah O'Donnell (CBS) to Blinken (25 Feb 2022), a journalist's question turn: 'some of the troubling words from "
     "Vladimir Putin's speech. He warned of consequences never seen in history' = Putin's warning to whoever "
     "interferes with the invasion, a threat stated as a fact -> 130 asserted (guideline: a threat, warning or "
     "statement of resolve is itself asserted 130/138; 'Russia would face massive consequences' is the guideline's "
     "own 130), Putin -> RUS/GOV; the speech verb is itself the event, so reported_by null (guideline: 'he "
     "criticized' -> 111); the threatened parties ('those who may interfere') are never named in the document -> "
     "target null (borderline USA/GOV or org:NATO, the context being US troops near Ukraine; or 138/1385, which the "
     "journalist's next question 'Was he threatening a nuclear attack?' only asks about and Blinken does not "
     "confirm); 'never seen in history' bears on the consequences, not on the warning, so no negation (guideline: "
     "negation bearing on something other than the event)"),
 1: ([("a planned meeting", "036", "USA/GOV", "RUS/GOV", False, H, N, True),
      ("Russia does not invade Ukraine", "192", "RUS/MIL", "UKR", True, H, N, False)],
     "Blinken to Dozhd TV (19 Feb 2022); 'We do have a planned meeting on the 24th, next week in Europe' = the "
     "Blinken-Lavrov meeting of the question ('You are meeting ... Sergey Lavrov') -> a meeting noun whose parties the "
     "turn names -> nominal 036 USA/GOV -> RUS/GOV; 'that assumes that Russia does not invade Ukraine in the meantime' "
     "makes the meeting conditional -> hypothetical, and the proviso is a conditional negation -> negated, "
     "hypothetical 192 RUS/MIL -> bare UKR (held-out 7 row 6, the same meeting and proviso: 'provided ... Russia "
     "has not invaded Ukraine' a negated hypothetical 192 RUS/MIL -> UKR and the conditioned meeting a hypothetical "
     "036; borderline future for the meeting, the plan itself being a fact, or RUS/GOV as source); 'as I said to "
     "Foreign Minister Lavrov in the note I wrote back to him' = the speaker's own past statement, reported_by null "
     "(guideline), the note itself a message (01x, not coded)"),
 2: ([], "Blinken with Prime Minister Bennett (27 Mar 2022): 'whether there is a return to the JCPOA ... or not, that "
         "principle will not change nor will our commitment to it' = 'a return to the JCPOA' is an agentless event "
         "noun inside a whether-or-not clause (guideline: event nouns without an agent in the sentence not coded; "
         "borderline a hypothetical nominal 057 USA/GOV -> IRN/GOV, as set 220 took the parties of a 'mutual "
         "return' from the text before); 'our commitment to it', the principle that Iran must never acquire a "
         "nuclear weapon, is a commitment to a policy principle (set 201: a commitment to a two-State solution "
         "uncoded; set 137: reaffirmed commitments to principles uncoded); 'will not change' is no event"),
 3: ([("have never sought", "190", "org:NATO", "RUS", True, A, N, False),
      ("have never sought", "190", "USA/GOV", "RUS", True, A, N, False),
      ("committed to defending every single inch of NATO territory", "0334", "USA/GOV", "org:NATO", False, A, N,
       False)],
     "Blinken to the BBC (4 Mar 2022); 'NATO and the United States have never sought nor will we seek a war with "
     "Russia' = plain negation of a war -> negated 190 (set 201: 'our country did not opt for the use of force' a "
     "negated 190; set 174: 'never provoked any aggressive war' a negated 190), compound source split (guideline) "
     "-> org:NATO and USA/GOV, war with the country as a whole -> bare RUS (set 201: to bare ERI); the past and the "
     "future denial are one repeated mention, coded once (guideline: 'did not request - we have not sought'; "
     "borderline a second, negated future 190 for 'nor will we seek', or uncoded as a disavowed intention); "
     "'we're committed to defending every single inch of NATO territory' = the Article 5 commitment stated as a "
     "fact -> 0334 asserted (README: commitments stated as facts are asserted 03x; held-out 17 row 0 coded the "
     "future 'will defend every inch of NATO territory' 0334 USA/GOV -> org:NATO), coded from the speaker's "
     "government as held-out 17 (borderline a second 0334 from org:NATO to itself, 'we' also being the alliance); "
     "'if it comes under attack' is agentless, not coded (held-out 17)"),
 # --- State Dept random: reported
 4: ([("Cambodian security cooperation with the PRC", "062", "KHM/GOV", "CHN/GOV", False, A, N, True)],
     "Assistant Secretary Kritenbrink's briefing (29 Jul 2022), answering a journalist; 'You mentioned Cambodian "
     "security cooperation with the PRC, and I noted that in my opening comments as well' = a cooperation noun "
     "naming both parties -> nominal, security cooperation -> 062 (README: security cooperation 062; borderline "
     "050 under the plain cooperation-noun rule), Cambodia -> KHM/GOV, the PRC -> CHN/GOV, ongoing (the Ream naval "
     "facility of the question) -> asserted; 'You mentioned' relays the journalist's words, but the briefer asserts "
     "the cooperation in his own voice ('I noted that in my opening comments') -> reported_by null (guideline: a "
     "speaker's own past statements; borderline reported_by USA/MED); the speech verbs are not coded"),
 5: ([], "Blinken at the NATO Public Forum (29 Jun 2022): 'as we've said from the start, it's really important that "
         "the Ukrainians define the terms of any potential negotiation' = the speaker's own past statement "
         "(reported_by would be null) and a deontic ('it is important that X do Y', guideline: demanded) whose Y, "
         "defining the terms, is no CAMEO act, so nothing is coded (guideline: 'form a government' is not coded); "
         "'any potential negotiation' has no agent of its own (set 226: negotiation nouns with no agent in the "
         "sentence left uncoded; borderline a hypothetical nominal 046 UKR/GOV -> RUS/GOV, Putin named in the "
         "sentence before)"),
 6: ([], "Global Coalition to Defeat ISIS communiqué (28 Jun 2021): 'the Ministers noted with grave concern that "
         "Daesh/ISIS affiliates and networks in sub-Saharan Africa threaten security and stability' = expressed "
         "concern (01x, not coded) about a risk (guideline: figurative 'threat to' = a risk, not a threat act); ISIS "
         "and the Coalition have no code (README set 1), so even a literal reading would run null to null "
         "(borderline a 180 with no source to bare MOZ for the Mozambique affiliate)"),
 # --- State Dept random: future
 7: ([("will deepen economic cooperation", "0311", "USA/GOV", "CRI/GOV", False, F, N, False),
      ("will deepen economic cooperation", "0311", "USA/GOV", "DOM/GOV", False, F, N, False),
      ("will deepen economic cooperation", "0311", "USA/GOV", "PAN/GOV", False, F, N, False)],
     "Department release on the supply-chain MoU (25 Jul 2022); 'Today's meeting in Washington, D.C. ... will deepen "
     "economic cooperation' = an inanimate subject standing for the governments' act (README: a mechanism that 'will "
     "deepen' cooperation stands for the two governments' act, 030 future; held-out 22 row 2; set 227 row 6) -> "
     "future cooperative act, economic -> intent code 0311 with modality future (guideline; set 212: 'intensify "
     "trade and investment cooperation' a future 0311); the participants are those the sentence before names "
     "('the United States, Costa Rica, the Dominican Republic, and Panama signed') -> one event per partner from the "
     "document's government (guideline: missing participants from context; borderline 030); the meeting noun "
     "itself names no participant, not coded (guideline: 'the meeting'; borderline a nominal 040 to each partner); "
     "Washington is the venue, not a metonym; 'builds on momentum from the Summit of the Americas' and 'help "
     "generate economic growth in the region' are no acts between actors"),
 8: ([("he will meet with UN Secretary-General Guterres", "036", "USA/GOV", "org:UN", False, F, N, False)],
     "Department travel announcement (17 May 2022); Blinken 'will meet with UN Secretary-General Guterres to discuss "
     "the global response' = a future meeting -> 036 future (guideline), the Secretary-General -> org:UN; meeting "
     "and discussion are one event; 'the acute human suffering in and around Ukraine' has no agent"),
 # --- State Dept random: demand
 9: ([("We urge Sudan", "1013", "USA/GOV", "SDN/GOV", False, A, N, False),
      ("arrest warrants", "1124", "org:ICC", N, False, A, N, True)],
     "Department statement on the Ali Kushayb trial (5 Apr 2022); 'We urge Sudan to continue to cooperate with the "
     "ICC ... and to hand over other individuals who are subject to arrest warrants' = one asserted request "
     "(guideline), cooperation on evidence and surrender of suspects -> demand judicial cooperation 1013 (README: a "
     "request verb with several demands takes the most specific sub-code), Sudan -> SDN/GOV; Y is not coded "
     "separately; 'individuals who are subject to arrest warrants' = a realised act named inside a request, coded "
     "too (README: 'end its repression of Mr. Navalny' 175) -> the ICC's warrants, a nominal 1124 (set 178: 'the "
     "ICC's arrest warrant' a nominal 1124 org:ICC -> SDN/GOV), the ICC named in the same sentence; the 'other "
     "individuals' are not named in the document -> target null (borderline SDN/OPP for the former regime's "
     "officials, or the warrants left uncoded as an agentless noun); 'so that they can stand trial' is the purpose"),
 10: ([("we can and should be working on as countries", "050", "USA/GOV", "RUS/GOV", False, D, N, False)],
      "Blinken to the Department's Russian-language Telegram channel (6 Apr 2022); 'We have so many big things that "
      "we can and should be working on as countries' = 'we ... as countries' is the United States and Russia of "
      "the sentence before ('a more stable, predictable relationship with Russia'), and 'should be working on' "
      "together a deontic with a codable Y -> demanded 050 from the document's government to RUS/GOV (set 174: "
      "'It is essential that Europe, the United States and Russia work together' a demanded 050 USA/GOV -> "
      "RUS/GOV; borderline uncoded, reading 'we' as all countries, as the next sentence's 'people all over the "
      "world'); the listed tasks (COVID-19, recovery, climate change) are the content of the cooperation, folded "
      "in"),
 11: ([("we urge those elected and the country’s political leaders", "104", "USA/GOV", "LBN/LEG", False, A, N,
        False),
       ("we urge those elected and the country’s political leaders", "104", "USA/GOV", "LBN/GOV", False, A, N,
        False),
       ("the Lebanese people’s call for change", "104", "LBN/CVL", "LBN/GOV", False, A, N, True)],
      "Price on Lebanon's parliamentary elections (20 May 2022); 'we urge those elected and the country's political "
      "leaders to heed the Lebanese people's call for change and to work seriously ... to take the necessary actions "
      "to rescue the economy' = one asserted request (guideline), addressees split (guideline): the newly elected "
      "members of parliament -> LBN/LEG, the political leaders -> LBN/GOV (held-out 20 row 3: Northern Ireland's "
      "political leaders -> GOV; borderline LBN/OPP for party leaders); Y = heeding the call for change and "
      "economic reform -> 104 (held-out 20 row 45: encouraging Lebanon's institutions to heed the people's demand "
      "for reforms 104; borderline 1042 for the economic measures); 'the Lebanese people's call for change' = a "
      "nominal request of its author (held-out 20 row 45: 'the Lebanese people's demand for reforms' 104 LBN/CVL -> "
      "LBN/GOV; set 155: the Bolivian social sectors' demands to their government)"),
 # --- State Dept random: cue
 12: ([("political, security, and economic cooperation", "050", "USA/GOV", "THA/GOV", False, A, N, True)],
      "Readout of the Seventh U.S.-Thailand Strategic Dialogue (21 May 2021); 'the enduring U.S.-Thai relationship, "
      "which ... covers political, security, and economic cooperation' = a cooperation noun whose parties the same "
      "sentence names ('U.S.-Thai') -> nominal 050 (README: a coordination noun naming its parties is a nominal "
      "050; set 227 row 14: 'the close partnership between our countries' a nominal 050), one noun covering several "
      "kinds is one event (README: one aid noun covering several kinds is one 070; borderline 062 and 061 as "
      "separate events, or uncoded, held-out 20 row 33 holding relations themselves a state); 'The Strategic "
      "Dialogue' is the anaphoric short name, which gives no participants, so it is not coded as a meeting noun "
      "(README set 2 requires the name to give its participants; borderline a nominal 040 USA/GOV -> THA/GOV)"),
 13: ([], "Department release on Afghan cultural property (22 Feb 2022): 'please visit culturalheritage.state.gov or "
          "contact ECA-Press@state.gov' = contact information, no act"),
 14: ([], "Chair's Statement, Global Food Security Call to Action (24 Jun 2022): 'Driven by conflicts, extreme "
          "climate-related events ... and a multitude of other threats to human, animal and crop health, the food "
          "security outlook ... is grim' = agentless conflicts named only as causes and 'threats' as risks "
          "(guideline: figurative uses not coded), no act between actors"),
 15: ([("the visit of Deputy Secretary Wendy Sherman", "042", "USA/GOV", "MAR", False, A, N, True),
       ("a terrific exchange between the government and also with civil society", "040", "USA/GOV", "MAR/GOV",
        False, A, N, True),
       ("a terrific exchange between the government and also with civil society", "040", "USA/GOV", "MAR/CVL",
        False, A, N, True)],
      "Remarks to Mission Morocco (29 Mar 2022), the embassy's head introducing the Secretary; 'two weeks ago we had "
      "the visit of Deputy Secretary Wendy Sherman' = a realised visit noun with its agent -> nominal 042, Sherman "
      "-> USA/GOV, to the bare country (held-out 12 row 2: visits go to the bare country); 'which was a terrific "
      "exchange between the government and also with civil society' = her meetings with the Moroccan government and "
      "civil society -> nominal 040, one per interlocutor (guideline: compound split), 'the government' -> MAR/GOV, "
      "civil society -> MAR/CVL (held-out 13 row 5: civil society leaders CVL); 'a lot of conversations about how "
      "we can advance together strategically' = the same talks, coded once (guideline: a repeated mention), the "
      "optative 'how we can advance together' not coded (borderline a hypothetical 030 USA/GOV -> MAR/GOV)"),
 16: ([("look forward to strengthening this partnership", "030", "USA/GOV", "SGP/GOV", False, F, N, False)],
      "Blinken's Singapore National Day statement (6 Aug 2021); 'We look forward to strengthening this partnership "
      "and to deepening our cooperation' = 'look forward to' + a cooperative act -> future, intent code 030 "
      "(guideline: future cooperative acts get 03x; README: 'hope that we can work together' 030 future), the "
      "partner the document names -> SGP/GOV; strengthening the partnership and deepening the cooperation are one "
      "act, coded once (set 227 row 10: coherence, collaboration and cooperation one act; borderline a second 030 "
      "future)"),
 17: ([], "Blinken at a Diplomatic Corps reception (17 Jun 2022): 'the treaty ending the Revolutionary War was signed "
          "in Paris in 1783' = an agentless historic signing whose parties the document does not name (Britain "
          "never appears; France is named only for Franklin's commission) -> not coded (set 130: the agentless 1945 "
          "Charter signing uncoded; set 210: the agentless signing of the Charter of Paris uncoded; borderline a 057 "
          "from bare USA, Franklin being America's diplomat, with no target); 'if you're wondering whether he "
          "succeeded' leaves Franklin's winning of French support implicit (borderline a 070 FRA/GOV -> USA from the "
          "sentence before); Paris is the place of signing, not a metonym"),
 18: ([("Your visit", "042", "USA/GOV", "ISR", False, A, N, True)],
      "President Herzog welcoming Blinken (27 Mar 2022); 'Your visit means a lot to us, and we welcome you "
      "whole-heartedly here in Jerusalem' = a welcome of a visiting official codes the visit it shows, not the "
      "welcome (README: 'welcome Secretary Blinken to Delhi' 042 to the country) -> nominal 042 USA/GOV -> bare ISR "
      "(held-out 2 row 43: 'Your visit' 042 to bare FJI; borderline ISR/GOV, as held-out 2 row 31 for Denmark), the "
      "visit and the welcome being one event, coded once; 'means a lot to us' is a sentiment; Jerusalem is the "
      "place, not a metonym"),
 19: ([("wrongfully detained", "173", "IRN/GOV", "USA/CVL", False, A, N, False)],
      "Price on the sixth anniversary of Baquer Namazi's detention (22 Feb 2022); 'the Iranian government wrongfully "
      "detained Baquer Namazi' = detention -> 173 (guideline), Iran -> IRN/GOV, Namazi, a detained American -> "
      "USA/CVL (set 221 row 2: the detained Americans Namazi and Shargi -> USA/CVL), realised -> asserted; 'solely "
      "for the purpose of using him as a political pawn' is the purpose, folded in (borderline 181 as "
      "hostage-taking); 'Today marks six years' is an anniversary, not an act"),
 20: ([("met today", "040", "USA/GOV", "org:EU", False, A, N, False)],
      "U.S.-EU joint statement (7 Feb 2022); 'The ninth United States - European Union Energy Council (\"Council\") "
      "met today in Washington, D.C.' = a meeting of a body whose name gives its two participants -> 040, symmetric, "
      "coded once from the document's government (guideline; README set 2 for meeting names giving participants), "
      "the EU -> org:EU; 'chaired by U.S. Secretary of State Antony Blinken, U.S. Secretary of Energy Jennifer M.' "
      "(the EU co-chairs follow the splitter's cut) = the same meeting, coded once (README: a meeting both "
      "'participated in' and 'hosted by' is coded once, from the participant; borderline a separate 043 "
      "USA/GOV -> org:EU); Washington is the venue, not a metonym"),
 21: ([("We are determined that Ukraine get what it needs", "033", "USA/GOV", "UKR", False, A, N, False)],
      "Blinken to PBS NewsHour (14 Jun 2022); 'We are determined that Ukraine get what it needs to deal with this "
      "aggression' = an intent to provide material aid stated as a fact -> 033 asserted (README: commitments stated "
      "as facts are asserted 03x; set 222: 'committed to ensuring that ... national reconciliation receives strong "
      "support' an asserted 032 to bare LBY), Ukraine as a whole -> bare UKR (held-out 24 and set 226: support for "
      "Ukraine's defence to bare UKR; borderline 0332, the assistance being military in the next turn, or "
      "UKR/GOV); 'this aggression' is an event noun with no agent in the sentence (guideline's own example, not "
      "coded), and 'any negotiating table that emerges' an agentless hypothetical negotiation, not coded "
      "(borderline a hypothetical nominal 046 UKR/GOV -> RUS/GOV)"),
 # --- State Dept random: nocue
 22: ([("spoke with", "040", "USA/GOV", "AFG/GOV", False, A, N, False),
       ("reiterate the strong and enduring U.S. commitment to Afghanistan", "030", "USA/GOV", "AFG", False, A, N,
        False)],
      "Readout of Blinken's call with President Ghani (3 Aug 2021); the sentence begins at the splitter's cut after "
      "'Antony J.' and its subject is Blinken -> USA/GOV; 'spoke with Afghan President Ashraf Ghani' = a call -> "
      "consult 040 (earlier sets code readout calls 040), Ghani -> AFG/GOV; 'to reiterate the strong and enduring "
      "U.S. commitment to Afghanistan' = an affirmed commitment -> 030 asserted to the bare country (held-out 9: "
      "'affirming the United States' unwavering commitment' 030 -> bare UKR; held-out 24: 'an unwavering commitment "
      "to help Burma' 030 asserted), the purpose infinitive being the content of the call, realised (borderline "
      "032, or folded into the 040)"),
 23: ([("went into Ukraine", "192", "RUS/MIL", "UKR", False, A, N, False),
       ("seized Crimea", "192", "RUS/MIL", "UKR", False, A, N, False)],
      "Blinken to Süddeutsche Zeitung (19 Feb 2022); 'before Russia went into Ukraine, into the Donbas and seized "
      "Crimea' = two historic acts of 2014 stated as facts inside a temporal clause -> asserted: the incursion into "
      "the Donbas -> invade 192 and the seizure of Crimea -> occupy 192 (guideline: invade/occupy 192), two "
      "distinct acts, coded once each (set 128: 'the 1974 invasion and continuing occupation' two 192s; borderline "
      "one 192, as set 124's 'invasion and annexation'), 'Russia' in these sets' invasion rows -> RUS/MIL "
      "(held-out 7 row 6; borderline RUS/GOV, as the annexation rows), target of an invasion -> bare UKR "
      "(guideline); 'favorability ratings for Russia ... were very high' is a sentiment, not coded"),
 24: ([("very strongly in this area with the Silk Road initiative", "061", "CHN/GOV", N, False, A, N, False)],
      "Sky News Arabia's question to Blinken (29 Jul 2021), the journalist's own words (reported_by null); 'China is "
      "coming with a - very strongly in this area with the Silk Road initiative' = China's ongoing economic "
      "engagement and investment in the region through the Belt and Road Initiative (the answer speaks of "
      "'investments from China') -> cooperate economically 061, asserted, China -> CHN/GOV; 'this area', the "
      "Middle East, has no code -> target null (borderline 0311, as set 216 coded proposed Belt and Road "
      "initiatives as 030s with no target, or uncoded as a description of presence, as set 213's description of "
      "ALBA)"),
 25: ([("reviewed ongoing developments in the Sahel region", "040", "USA/GOV", "FRA/GOV", False, A, N, False)],
      "Readout of Blinken's call with Foreign Minister Le Drian (6 Feb 2022); 'also reviewed ongoing developments in "
      "the Sahel region of Africa' = discussed in the call -> consult 040 (guideline: discuss 040), symmetric, coded "
      "once from the document's government (guideline), Le Drian -> FRA/GOV; the Sahel is a topic"),
 26: ([("stands with", "051", "USA/GOV", N, False, A, N, False)],
      "Blinken's Montenegro Statehood Day statement (13 Jul 2021); 'the United States stands with all those who are "
      "committed to pursuing the reforms needed to speed Montenegro's EU accession' = 'stand with' is 051 (README: "
      "'stand with' is 051 throughout), the supported are an open class with no code -> target null (guideline: "
      "collectives without a code -> null; borderline bare MNE or MNE/GOV); '15 years of robust bilateral "
      "relations' is a state, not an act (held-out 20 row 33: the relations themselves are a state), and "
      "'Montenegro's fourth year as a NATO Ally' a status; the reforms and the EU accession are domestic reform "
      "and a membership position, not coded"),
 27: ([], "Department/USAID FY 2022 budget request (28 May 2021): 'It is critical to revitalize U.S. leadership in "
          "Central America and to address the root causes of irregular migration' = a deontic whose Y (leadership, "
          "addressing root causes) is no CAMEO act between actors (guideline: if Y is not a codable behaviour, "
          "nothing is coded); no aid to a named recipient is stated in this sentence"),
 28: ([], "Briefing on Blinken's Panama travel (15 Apr 2022): 'he outlined his vision for a comprehensive regional "
          "framework, which we further detailed in our Strategy ...' = Biden outlining a vision and the "
          "administration's own strategy documents: statements and domestic policy-making (01x; held-out rule: "
          "domestic programmes not coded; borderline a 030 USA/GOV with no target for the proposed regional "
          "framework)"),
 # --- UNGDC 2020-2024 random: neg
 29: ([("demanded a new international economic order", "1044", "JAM/GOV", N, False, A, N, False),
       ("continue that call", "1044", "JAM/GOV", N, False, A, N, False)],
      "Bahamas (2023); 'When Prime Minister Michael Manley of Jamaica stood before this very rostrum ... in 1972 and "
      "demanded a new international economic order' = a historic request by a person named by his office -> that "
      "office's government, JAM/GOV (README: historic acts by office holders coded to the office's government), a "
      "new international order -> demand change in institutions 1044 (set 188: urging 'a new international order' "
      "a 1044 with no target; borderline 1011), addressed to the world's states, an uncoded collective -> target "
      "null (borderline org:UNGA, the rostrum being the Assembly's); standing before the rostrum is the setting of "
      "the demand, folded in (borderline a 040 JAM/GOV -> org:UNGA, as set 176's Lumumba 'came here to "
      "denounce'); 'his call for economic and social justice' is the same request, coded once (guideline: repeated "
      "mention), and 'did not at first succeed' bears on its success, not on the call (guideline: negation bearing "
      "on something else); 'it has been taken up by his successors, who continue that call throughout the "
      "Caribbean' = the later holders of Manley's office repeating the demand -> a second, habitual 1044 from "
      "JAM/GOV with no target (borderline uncoded, reading 'his successors' as the Caribbean's later leaders, an "
      "uncoded collective, null to null); 'his historic victory at the polls' is an election, not coded"),
 30: ([], "New Zealand (2022): 'We never saw that as a threat to our individual liberties' = a perception of the "
          "rules that the international community created ('We came together as communities'), 'we' meaning all "
          "states (held-out 42/43: 'we' meaning all States not coded); 'threat' is figurative and 'never saw' "
          "negates a perception, not an event"),
 31: ([("always support oppressed peoples", "051", "DZA/GOV", N, False, A, N, False)],
      "Algeria (2023); 'We will never abandon just causes and always support oppressed peoples fighting for their "
      "freedom' = a standing policy of support stated with litotes -> an asserted 051 (set 180: 'The Maldives will "
      "never waver in its support for the Palestinians' litotes, an asserted 051; README: 'will never give up "
      "working with' is not negated), 'never abandon just causes' folded in as the same support; 'oppressed "
      "peoples' is an open class with no code -> target null (borderline PSE/CVL, the Palestinians of the sentence "
      "after being one instance; or a future 032, as set 140's 'will not fail to continue to support'); their "
      "'fighting for their freedom' has no coded agent"),
 # --- UNGDC 2020-2024 random: capital
 32: ([], "Sweden (2020): 'The European Union is clear on the need for the implementation of the Minsk agreements' = "
          "a stated position with no request verb, whose content, the implementation of the Minsk agreements, is "
          "left uncoded (set 128: the implementation of the Minsk agreements uncoded; set 227 row 5); Minsk is the "
          "agreements' name, not a capital metonym (borderline a demanded nominal 057 per party, or a 1044 "
          "org:EU -> RUS/GOV)"),
 # --- UNGDC 2020-2024 random: reported
 33: ([], "Mauritania (2024): 'our foreign policy is based on non-interference in the internal affairs of other "
          "states, on strengthening cooperation and friendship, on upholding international peace and security, and "
          "on supporting just causes according to international law, the UN Charter, the African Union, the Arab "
          "League, and the Organisation of Islamic Cooperation' = a description of foreign-policy principles with no "
          "partner or supported party (guideline: abstract policy positions not coded; set 205: non-interference has "
          "no CAMEO code; set 190: a foreign-policy doctrine uncoded; borderline a habitual nominal 030 with no "
          "target, as set 215's Mongolian 'cornerstone' coded a nominal 030 to org:UN); 'according to' means 'in "
          "accordance with', not attribution (guideline)"),
 # --- UNGDC 2020-2024 random: future
 34: ([("when we convene the Second High Level Event", "036", "JAM/GOV", "CAN/GOV", False, F, N, False),
       ("when we convene the Second High Level Event", "036", "JAM/GOV", "org:UN", False, F, N, False)],
      "Jamaica (Holness, 2020); 'On September 29, when we convene the Second High Level Event' = a scheduled "
      "convening of the High Level Event on Financing for Development, 'we' being the co-conveners the sentence "
      "before names ('Myself as co-convener ... along with Secretary-General Guterres and Prime Minister "
      "Trudeau') -> a future hosting, 036 future (README: hosting a session of a UN body 036 future; set 227 row "
      "9 and held-out 2 row 21: 'will co-host with' 036 future to the co-host), from the speaker's government to "
      "each co-convener, Canada -> CAN/GOV and the Secretary-General -> org:UN (borderline one 036 per convener "
      "with no target, as held-out 23 row 14, or 043); 'leaders will have an opportunity to highlight ... and to "
      "also put forward recommendations for United Nations support' = an opportunity for an uncoded collective, "
      "hypothetical and null-sourced, not coded (borderline a future 1031 with no source to org:UN)"),
 # --- UNGDC 2020-2024 random: demand
 35: ([], "Singapore (2022): 'Small States especially must not allow the world to regress to one where might is "
          "right' = a deontic for an uncoded collective whose Y is no CAMEO act (guideline; README: a collective "
          "deontic is coded only for a member it names, and none is named)"),
 36: ([], "Nicaragua (2021): 'We must stand together against all the challenges and disasters affecting humankind' "
          "= 'we' meaning all states (held-out 42/43: not coded), the challenges not actors"),
 # --- UNGDC 2020-2024 random: cue
 37: ([], "France (2021): 'the only possible path remains an agreement to establish that Iran is once again "
          "fulfilling its obligations' = an evaluation of the way forward (set 132: 'we continue to consider "
          "peaceful negotiations ... the only way' uncoded; set 187: dialogue that 'remains the most viable option' "
          "uncoded), the agreement noun with no agent of its own, and Iran's fulfilling its obligations is "
          "compliance, not coded (borderline a demanded nominal 057 IRN/GOV -> FRA/GOV)"),
 38: ([], "Chad (2024): 'climate change, which threatens our food security' = a risk with an inanimate agent "
          "(guideline: figurative 'threat' not coded)"),
 39: ([], "Brazil (2023): 'Unilateral sanctions cause great harm to the populations of affected countries' = a "
          "generalisation about sanctions with no imposer or target named (sets 129, 144 and 202: generalisations "
          "about sanctions uncoded)"),
 40: ([], "Tajikistan (2020): 'expansion of scale and intensity of terrorism and extremism, armed conflicts and wars, "
          "transnational organized crime ... remain alarming' = agentless phenomena named as concerns (01x), no act "
          "between actors"),
 41: ([("being arrested", "173", "AFG/GOV", "AFG/CVL", False, H, N, False),
       ("being beaten", "182", "AFG/GOV", "AFG/CVL", False, H, N, False)],
      "Iceland (2024); 'A teenage girl in Afghanistan who sings a happy song in public runs the risk of being "
      "arrested, of being humiliated, of being ostracized - of being beaten' = agentless passives of acts that may "
      "befall her -> hypothetical (guideline: could/would), arrest -> 173, beating -> physical assault 182; the "
      "agent is plain from the sentence after ('to hold the Taliban to account for their grave violations of "
      "CEDAW') -> the Taliban, AFG/GOV as the de facto authority after 15 Aug 2021 (guideline; README: a war 'imposed "
      "on us' takes its agent from the next sentence; borderline source null, as an agentless passive, or uncoded "
      "as a risk), the girl -> AFG/CVL; humiliation and ostracism have no CAMEO code, and 'or even worse' names no "
      "act"),
 42: ([], "Mauritania (2022): 'reflecting on it in this major international meeting, which is being held under the "
          "slogan ...' = a meeting only 'held', with its theme (sets 110 and 153: meetings only 'held' uncoded; set "
          "120: a session theme uncoded)"),
 43: ([("We have excellent relations with all parties concerned", "050", "MRT/GOV", N, False, A, N, False),
       ("support the efforts of the United Nations", "051", "MRT/GOV", "org:UN", False, A, N, False),
       ("support the efforts of the United Nations", "051", "MRT/GOV", "org:UNSC", False, A, N, False),
       ("the efforts of the United Nations", "045", "org:UN", "ESH", False, A, N, True)],
      "Mauritania (2020), on the Western Sahara dispute of the sentence before; 'We have excellent relations with all "
      "parties concerned' = an asserted 050 (set 189: 'Very good relations with all our neighbours' a 050 with no "
      "target; set 182: 'maintains long-standing friendly relations' an asserted 050; borderline uncoded as a state, "
      "held-out 20 row 33), the parties never named in the speech -> target null (borderline MAR/GOV and ESH/REB "
      "from outside knowledge); 'support the efforts of the United Nations and all relevant Security Council "
      "resolutions' = express support -> 051 to org:UN (README: supporting a UN plan or the Secretary-General 051 to "
      "org:UN) and, for the resolutions, to org:UNSC (README: welcoming a UN resolution 051 to its organ), one "
      "event per supported party (guideline: compound split); 'the efforts of the United Nations ... aimed at "
      "finding a sustainable and acceptable solution for all parties' = UN mediation -> nominal 045 from org:UN to "
      "the bare territory, the parties being unnamed (set 170: Mauritania's support for the Secretary-General's "
      "Western Sahara endeavours a 051 plus a nominal 045 org:UN -> ESH); 'Mauritania maintains its consistent and "
      "unbiased position' is in the sentence before"),
 # --- UNGDC 2020-2024 random: nocue
 44: ([], "Micronesia (2024), quoting the FSM Constitution's preamble: 'We, who remain, wish no other home than this' "
          "= a sentiment, no act"),
 45: ([], "Norway (2020): 'I find hope in the way we have come together in this race against time' = 'we' meaning all "
          "states (held-out 42/43: not coded), a sentiment"),
 46: ([], "Niger (2021): 'I would like to inform the Assembly that ... approximately 5,935 people ... returned to the "
          "lands that they had left in 2015' = informing (01x) and a domestic return of displaced people with no "
          "act between actors (held-out rule: domestic programmes not coded; set 148: an agentless repatriation "
          "uncoded)"),
 47: ([], "Iraq (2022): 'we have developed a comprehensive Government programme for the reconstruction of liberated "
          "areas, the rehabilitation of infrastructure and the safe and voluntary return of displaced people' = a "
          "domestic programme (held-out rule: domestic programmes not coded)"),
 48: ([], "Paraguay (2021): 'Hope knows how to look beyond personal comfort ...' = a quotation about hope, no act"),
}
