"""Hand annotations for the TWO-HUNDRED-AND-SEVENTY-FIFTH held-out event gold set (source of events-heldout275.jsonl).

Keyed by the row index of selection-heldout275.jsonl (output of select_statement_sentence_heldout.py 275; rows 0-18
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
    python3 data/gold/build_events.py --selection selection-heldout275.jsonl \\
        --annotations annotations_heldout275 --output events-heldout275.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("The Ministers will discuss", "036", "USA/GOV", "JPN/GOV", False, F, N, False)],
     "Announcement of the inaugural U.S.-Japan Economic Policy Consultative Committee ministerial (26 July 2022), "
     "co-hosted by Blinken and Raimondo with FM Hayashi and METI Minister Hagiuda on 29 July; 'The Ministers will "
     "discuss' = an announced meeting -> 036 future (guideline: future meetings 036; set 261: 'They will discuss' "
     "a future 036 per counterpart; set 254: the planned EPCC meeting a future 036), the four ministers' meeting "
     "symmetric, coded once from the document's government to JPN/GOV (guideline: a symmetric meeting is coded "
     "once, from the document's own government); 'how the United States and Japan ... can address global economic "
     "challenges and the pursuit of open, inclusive, and sustainable economic growth' is the topic, with no act "
     "between actors (guideline: abstract positions not coded; held-out 267 row 1: a discussion topic uncoded) "
     "(borderline a nominal 030 future, the README's 'plans discussed to expand cooperation', though no "
     "cooperation is named); 'as the two largest democratic economies' is a status"),
 1: ([("meeting Israeli and Palestinian leaders", "036", "USA/GOV", "ISR/GOV", False, F, N, False),
      ("meeting Israeli and Palestinian leaders", "036", "USA/GOV", "PSE/GOV", False, F, N, False),
      ("will meet with representatives of Israeli and Palestinian civil society", "036", "USA/GOV", "ISR/CVL",
       False, F, N, False),
      ("will meet with representatives of Israeli and Palestinian civil society", "036", "USA/GOV", "PSE/CVL",
       False, F, N, False)],
     "Release on Assistant Secretary Leaf's travel to Israel and the West Bank, 11-14 June (10 June 2022) -> "
     "USA/GOV; 'In addition to meeting Israeli and Palestinian leaders' = the announced meetings with the two "
     "governments (the 'Israeli and Palestinian partners' of the sentence before), still future under the trip's "
     "'will' -> 036 future (set 265: 'In addition to attending G20-related engagements' a future 036 beside the "
     "bilateral meeting), one per government, the Palestinian leaders being the Palestinian Authority's -> PSE/GOV "
     "(guideline: compound split); 'will meet with representatives of Israeli and Palestinian civil society' = "
     "announced meetings with a second sector -> 036 future, one per people (set 237: 'will meet with government "
     "officials and civil society leaders' one future 036 per country and sector; set 239: 'young leaders in civil "
     "society' a future 036 to MRT/CVL) -> ISR/CVL and PSE/CVL (borderline the leaders' meetings left to the sentence "
     "before as a repeated mention, or one 036 per sector with no target)"),
 # --- State Dept random: cue
 2: ([("genocide", "202", "CHN/GOV", "CHN/CVL", False, A, N, True),
      ("crimes against humanity", "200", "CHN/GOV", "CHN/CVL", False, A, N, True)],
     "Blinken's statement on implementing the Uyghur Forced Labor Prevention Act (21 June 2022) -> USA/GOV; "
     "'President Biden signed the Act into law' = domestic legislation with no counterpart, not coded (held-out 58: "
     "'I signed into law a terrorism bill' uncoded, unlike signing a treaty) (borderline a 163 USA/GOV -> CHN for "
     "the Act's import ban, whose content lies in the sentence before); 'after it passed with overwhelming "
     "bipartisan support in the United States Congress' = support inside the legislature for its own bill, a "
     "domestic procedure, not coded (borderline a nominal 051 USA/LEG -> USA/GOV, as set 259's 'bipartisan support "
     "... from the U.S. Congress' for the government's AIDS response); 'our commitment to combating forced labor "
     "everywhere, including in Xinjiang' = an abstract commitment against a generic practice (held-out 229: a "
     "commitment to supporting law enforcement uncoded), its 'forced labor' left uncoded with it (borderline a "
     "nominal 175 CHN/GOV -> CHN/CVL for the Xinjiang instance); 'where genocide and crimes against humanity are "
     "ongoing' = realised mass violence named by event nouns, their agent plain from the document ('calling on the "
     "government of the PRC to immediately end atrocities and human rights abuses', later text) -> coded from "
     "CHN/GOV (README choices: an event noun whose agent is plain only from the text around it is coded), one per "
     "code: genocide 202 (guideline) and crimes against humanity 200 (README choices: war crimes 200; set 233: "
     "'atrocities' 200), to the Uyghurs of Xinjiang -> CHN/CVL (borderline both uncoded, as held-out 227 row 27 left "
     "'forced labor in the PRC's Xinjiang Region' uncoded for want of an agent in the sentence; or no source)"),
 3: ([("stand with the people of Ukraine", "051", "USA/GOV", "UKR/CVL", False, A, N, False),
      ("support Ukraine’s sovereignty and territorial integrity", "051", "USA/GOV", "UKR", False, A, N, False)],
     "Readout of Blinken's call with FM Kuleba (4 Mar 2022); 'The Secretary relayed that' = the speech verb of the "
     "document's own official, not coded, reported_by null (README); 'while the United States grieves for Ukraine's "
     "losses' = condolence, not coded (README choices: condolences not coded); 'we are ever proud to stand with the "
     "people of Ukraine' -> 051 (README choices: 'stand with' is 051 throughout) -> UKR/CVL; 'support Ukraine's "
     "sovereignty and territorial integrity' = expressed support -> 051 (guideline) to the bare country (set 184: "
     "support for 'the sovereignty and territorial integrity of Georgia' goes to bare GEO; set 266: 'continued U.S. "
     "support for Ukraine's sovereignty' a 051 to bare UKR) (borderline UKR/GOV)"),
 4: ([("We also call for", "100", "USA/GOV", "ETH/GOV", False, A, N, False),
      ("We also call for", "100", "USA/GOV", "ETH/REB", False, A, N, False),
      ("support an inclusive political process", "051", "USA/GOV", "ETH", False, A, N, False),
      ("human rights violations committed by all parties", "175", "ETH/GOV", "ETH/CVL", False, A, N, True),
      ("human rights violations committed by all parties", "175", "ETH/REB", "ETH/CVL", False, A, N, True)],
     "Blinken's statement on humanitarian assistance to northern Ethiopia (8 June 2022) -> 'We' = USA/GOV; 'We also "
     "call for the immediate restoration of essential services in conflict-affected areas' = 'S calls for Y', one "
     "asserted request (guideline), the addressees being 'the parties' the sentence before encourages, named before "
     "it as the Government of Ethiopia and the Afar and Tigrayan regional authorities (guideline: missing "
     "participants from the context) -> one request each to ETH/GOV, the Afar authorities folded in under the "
     "sub-national rule (set 228), and the Tigrayan authorities as ETH/REB, a party to the war (sets 225, 238 and "
     "239 on the same parties); Y = restoring services (electricity, banking, telecommunications) cut in the war, "
     "for which CAMEO has no sure request sub-code -> generic 100 (set 238: Y with no sub-code a generic 100; set "
     "230: 'strengthen basic services' a generic 100) (borderline 1033 as humanitarian relief, 1054 as lifting a de "
     "facto blockade, ETH/GOV alone, or target null as a call with no addressee); Y not coded separately; 'support "
     "an inclusive political process to provide security and prosperity for all Ethiopians' = expressed support "
     "for a process whose parties the sentence does not name -> 051 (guideline) to the bare country (held-out 12 "
     "row 16: 'supporting an inclusive political process' in Ethiopia -> bare ETH; set 237: Djibouti's support for "
     "a peaceful resolution of the conflict a 051 to bare ETH) (borderline one 051 each to ETH/GOV and ETH/REB, "
     "the parties named before, under 'support aimed at a process goes to its named parties'); 'accountability' is "
     "no CAMEO act (sets 230, 231 and 234: accountability uncoded); 'human rights violations committed by all "
     "parties' = realised violations with their agents named -> nominal 175 (set 206: 'human rights violations' a "
     "nominal 175; set 246: the same war's 'human rights abuses and violence against civilians' a nominal 175 from "
     "each party), 'all parties' resolved as above to ETH/GOV and ETH/REB, one event each, to the civilians -> "
     "ETH/CVL (borderline 180 for the Tigrayan side, or uncoded as a topic of accountability)"),
 5: ([("unveiled the Mekong-U.S. Partnership’s four flagship projects", "030", "USA/GOV", N, False, A, N, False),
      ("U.S. COVID-19 assistance", "073", "USA/GOV", N, False, A, N, True),
      ("has provided $4.3 billion in foreign assistance", "070", "USA/GOV", N, False, A, N, False)],
     "Price on Blinken at the Mekong-U.S. Partnership ministerial (3 Aug 2021) -> USA/GOV; 'The Secretary unveiled the "
     "Mekong-U.S. Partnership's four flagship projects' = the announced launch of cooperative projects -> 030 "
     "asserted (set 234: 'As we launch this initiative' a 030; set 212: a 'proposed' initiative a 030), the "
     "Partnership's five Mekong members never named in the document -> target null (held-out 24 row 6: Mekong "
     "'partners' unnamed -> null; set 241: the Mekong countries 'which the document never names one by one') "
     "(borderline 061 for the projects' economic content, or uncoded as an announcement, 01x); 'noted the 8.5 "
     "million vaccine doses and over $58 million in U.S. COVID-19 assistance to Mekong sub-region countries' = "
     "'noted' is a statement, the realised pandemic aid an aid noun with its agent -> nominal 073 (set 248: vaccine "
     "donations a nominal 073; set 229: vaccine doses 073), the doses and the money one aid flow of one code to one "
     "recipient, coded once (README choices: one aid noun covering several kinds is one 070), to the unnamed Mekong "
     "countries -> target null (borderline two events, or 070); 'described how the United States government has "
     "provided $4.3 billion in foreign assistance to the sub-region since 2009' = realised general aid -> 070 "
     "asserted (guideline: aid 07x), a verb phrase and not nominal, the sub-region having no code -> target null "
     "(borderline folded into the COVID-19 aid as one flow, or 071 for the money)"),
 6: ([("also discussed", "040", "USA/GOV", "GBR/GOV", False, A, N, False)],
     "Readout of Blinken's call with UK Foreign Secretary Truss (2 June 2022); 'Secretary Blinken and Foreign "
     "Secretary Truss also discussed pandemic preparedness' -> 040 (guideline: discuss 040), symmetric, from the "
     "document's government to GBR/GOV; 'stressed the importance of increased funding to the Global Fund' = a "
     "deontic for an aid act whose givers are unnamed donors and whose recipient, the Global Fund, has no code, "
     "null to null, not coded (README choices: acts between uncoded collectives uncoded; set 248: Gavi given no "
     "code) (borderline a demanded nominal 071 from GBR/GOV, the counterpart on the call, or a new code for the "
     "Fund); 'the critical role it plays in strengthening health systems and fighting HIV/AIDS, tuberculosis, and "
     "malaria' describes the Fund's work, no act between political actors"),
 7: ([], "Readout of Blinken's meeting with Australian FM Payne in Brussels (6 Apr 2022): 'They also shared concerns "
         "about recent regional developments' = expressed concern (01x) inside a meeting already named in the "
         "sentences before, not coded (set 222 row 17: 'shared concerns' 01x; set 253: 'He highlighted our concerns' "
         "uncoded) (borderline a 040 USA/GOV -> AUS/GOV, as set 233's 'spoke about our concerns'); 'ways to support "
         "countries in making open and transparent decisions about their own security and economic interests' is a "
         "topic whose countries (the Pacific Islands, after the Solomon Islands-China security pact) are never named "
         "(borderline a future 051 or 070 with no target)"),
 8: ([("they met with", "040", "USA/GOV", "YEM/GOV", False, A, N, False),
      ("reiterated the United States’ appreciation", "051", "USA/GOV", "YEM/GOV", False, A, N, False),
      ("the Government of Yemen’s support for an extension", "0356", "YEM/GOV", "org:UN", False, A, N, True),
      ("UN-negotiated truce", "045", "org:UN", "YEM", False, A, N, True)],
     "Release on Special Envoy Lenderking's and Ambassador Fagin's trip to Aden (1 June 2022); 'they' = the two U.S. "
     "officials (sentence before) -> one actor, USA/GOV; 'met with Presidential Leadership Council President Rashad "
     "Al-Alimi and other members of the Council, Prime Minister ..., and Foreign Minister ...' -> 040 (guideline), "
     "the Council (Yemen's governing body since April 2022), the Prime Minister and the Foreign Minister all the "
     "Government of Yemen -> one event YEM/GOV (guideline: one event per actor pair); 'reiterated the United States' "
     "appreciation for' = thanks -> 051 (guideline) to YEM/GOV; 'the Government of Yemen's support for an extension "
     "of the UN-negotiated truce' = a warring party's favourable stand on prolonging its own truce, a nominal act "
     "with its agent -> intent to de-escalate 0356 (README choices: a favourable response to a cease-fire appeal is "
     "0356; held-out 90: the response goes to the appeal's author), to the truce's broker -> org:UN (borderline a "
     "051 under the guideline's 'express support', or YEM/REB as the other side, never named in the document); "
     "'UN-negotiated truce' = a mediation noun naming its broker -> nominal 045 from org:UN (README choices: "
     "'EU-brokered discussions' 045 from the broker), the truce's parties never both named -> bare YEM (set 254: "
     "'Oman's efforts to strengthen and extend the truce in Yemen' a nominal 045 to bare YEM) (borderline YEM/GOV, "
     "the one party named, as set 133's Minsk drafting); the truce itself is uncoded, its parties unnamed (set 254; "
     "set 224)"),
 9: ([("Foreign Minister Cafiero discussed", "040", "USA/GOV", "ARG/GOV", False, A, N, False),
      ("strengthening collaboration", "030", "USA/GOV", "ARG/GOV", False, F, N, True)],
     "Readout of Blinken's meeting with Argentine FM Cafiero in Bali (8 July 2022); 'Secretary Blinken and Foreign "
     "Minister Cafiero discussed' -> 040 (guideline), symmetric, from the document's government to ARG/GOV; "
     "'strengthening collaboration in diverse areas such as technology, critical minerals' = planned cooperation "
     "named as a topic -> nominal 030 future (README choices: plans discussed to expand cooperation are a nominal "
     "030 future per partner) (borderline 061 for the economic areas, or uncoded as a topic, as set 242); 'positive "
     "steps to enhance food security' has no agent or counterpart, not coded"),
 10: ([("The participants discussed", "040", "USA/GOV", "FRA/GOV", False, A, N, False),
       ("The participants discussed", "040", "USA/GOV", "DEU/GOV", False, A, N, False),
       ("The participants discussed", "040", "USA/GOV", "ITA/GOV", False, A, N, False),
       ("The participants discussed", "040", "USA/GOV", "GBR/GOV", False, A, N, False),
       ("providing further military and humanitarian aid to Ukraine", "070", N, "UKR", False, D, N, False),
       ("to assist the millions", "073", N, "UKR/CVL", False, D, N, False),
       ("have been forced to leave their homes", "201", "RUS/GOV", "UKR/CVL", False, A, N, False)],
     "Readout of Deputy Secretary Sherman's call with her French, German, Italian and UK counterparts (21 Apr 2022); "
     "'The participants discussed' -> 040 (guideline), a symmetric call coded from the document's government to "
     "each other participant named in the first sentence (README choices: 'the parties agreed to meet' 036 from the "
     "document's government to each other party; set 236: the envoys' meeting one 040 per other participant) -> "
     "FRA/GOV, DEU/GOV, ITA/GOV, GBR/GOV; 'the importance of providing further military and humanitarian aid to "
     "Ukraine' = a deontic ('importance') for aid with no named giver -> demanded 070 with no source to bare UKR "
     "(set 244: 'The importance of maintaining strong international support for Ukraine' a demanded nominal 070 "
     "with no source; set 263), the two kinds one 070 (set 264: humanitarian aid and weapons one demanded 070; set "
     "249), a gerund and not nominal (borderline a 072 plus a 073, or the five governments as sources); 'and to "
     "assist the millions who have been forced to leave their homes' = the same deontic's second act, "
     "humanitarian help to the displaced -> demanded 073 with no source -> UKR/CVL (borderline folded into the 070); "
     "'have been forced to leave their homes' = an agentless realised displacement whose agent is plain from the "
     "sentence before ('Russia's unjustified and unprovoked war of choice against Ukraine and its brutal tactics') "
     "-> 201 RUS/GOV -> UKR/CVL (README choices: an agentless 'were killed' takes its agent from the sentence "
     "before; set 136: agentless Syrian displacement a 201 from the regime of the sentence before) (borderline no "
     "source, or uncoded as a result folded into the war, as set 147)"),
 11: ([("steadfast commitment to Israel’s security", "0334", "USA/GOV", "ISR/GOV", False, A, N, True)],
      "Readout of Blinken's call with FM Lapid (27 May 2022); 'reiterated' is the speech verb of the document's own "
      "official; 'the Administration's steadfast commitment to Israel's security' = a standing commitment to "
      "military protection -> nominal 0334 asserted (set 230: 'America's ironclad commitment to Israel's security' "
      "a nominal 0334 USA/GOV -> ISR/GOV; set 257); 'emphasized U.S. support for a negotiated two-state solution' = "
      "a settlement formula, an abstract position, not coded (held-out 248: the same words uncoded; set 225 and "
      "held-out 243) (borderline one nominal 051 each to ISR/GOV and PSE/GOV)"),
 12: ([("establishing the conditions necessary for Haitians to vote", "0834", N, "HTI/CVL", False, D, N, False)],
      "Readout of Blinken's call with Haitian PM Henry (22 July 2021); 'emphasized the importance of establishing "
      "the conditions necessary for Haitians to vote in free and fair legislative and presidential elections as "
      "soon as feasible' = a deontic with no request verb ('importance') -> Y coded as demanded (guideline); Y = "
      "restoring elected institutions after President Moise's assassination -> 0834 (set 238: 'reaffirmed the "
      "importance of restoring Burma's path to democracy' a demanded 0834 with no source to MMR/CVL; set 196), no "
      "agent named -> source null, to the voters -> HTI/CVL (borderline HTI/GOV, Henry's unity government of the "
      "sentence before, as source; or uncoded, as set 235 left agentless election deontics and set 222 holding "
      "elections as domestic); 'echoing the international community' marks the emphasis as shared with an uncoded "
      "collective and adds no request (guideline: a deontic adds no REQUEST for the speaker) (borderline a 100 "
      "USA/GOV -> HTI/GOV under README choices' 'echoing someone's call is the speaker's own request')"),
 # --- State Dept random: nocue
 13: ([("will depart for her first international trip", "036", "USA/GOV", "SAU", False, F, N, False),
       ("will depart for her first international trip", "036", "USA/GOV", "ISR", False, F, N, False),
       ("will depart for her first international trip", "036", "USA/GOV", "ARE", False, F, N, False)],
      "Release on Special Envoy Lipstadt's travel (23 June 2022) -> USA/GOV; 'will depart for her first international "
      "trip' = an announced trip -> 036 future per destination (README choices: an announced trip 036 future; set "
      "241: 'will travel to Germany, France, and the United Arab Emirates' one 036 per country), the destinations "
      "named in the next sentence ('stops in Saudi Arabia, Israel, and the United Arab Emirates') and the title "
      "(guideline: missing participants from the context) -> bare SAU, ISR and ARE (borderline target null, the "
      "sentence naming none, as held-out 9's four-country trip); 'since assuming her role in April 2022' is an "
      "internal appointment (set 235 row 15), not coded"),
 14: ([], "Release on Senior Official Allen's travel to France (16 May 2022): 'For further information, please follow "
          "Senior Official Allen on Twitter' = a closing pointer, no event (held-out 228 row 16: a pointer to a "
          "website and a Facebook page)"),
 15: ([("all the efforts on the diplomatic front", "050", "USA/GOV", "COD/GOV", False, A, N, True),
       ("financial contributions through the UN system", "071", "USA/GOV", "COD", False, A, N, True)],
      "DRC FM Lutundula before his meeting with Blinken (1 June 2022), the speaker of the turn -> COD/GOV; the "
      "sentence is a verbless continuation of his thanks in the sentence before ('I would like to thank you, Mr. "
      "Secretary, for what you and President Biden are doing for our country'), the thanks itself lying there and not "
      "coded here; the things thanked for are realised event nouns whose agent comes from the thanks (README "
      "choices: thanks 'for the ongoing support' gives the support its agent from the thanks; an event noun whose "
      "agent is plain only from the text around it is coded; held-out 267 row 7: a verbless aid item coded from the "
      "list) -> USA/GOV; 'all the efforts on the diplomatic front' = U.S. diplomatic engagement on the DRC's crisis "
      "-> nominal 050 to COD/GOV (borderline 045 for the Nairobi process, whose other parties go unnamed here, or "
      "uncoded as vague); 'financial contributions through the UN system - those agencies that are operating in the "
      "DRC' = realised funding -> nominal 071 (guideline: aid 07x), the UN agencies the channel and the country the "
      "beneficiary ('for our country') -> bare COD (set 199: funds as channels, the target the beneficiary; set 208: "
      "the UN only the channel) (borderline org:UN as recipient, or COD/GOV) (borderline both uncoded as a verbless "
      "fragment whose verb lies in the sentence before, as set 236's verbless list item); 'We are going through "
      "difficult times' describes the country's situation, no act"),
 16: ([], "Dutch FM Hoekstra before his meeting with Blinken (14 Apr 2022), the speaker of the turn -> NLD/GOV: 'a time "
          "where we see more than ever the tremendous importance of the transatlantic bonds' = an evaluation of a "
          "relationship whose sides ('transatlantic', North America and Europe) are not named as coded actors "
          "(set 257: 'an important step in the revitalized transatlantic partnership' uncoded; guideline: evaluations "
          "not coded) (borderline a nominal 050 USA/GOV -> org:EU, as set 253's cooperation 'across the Atlantic', "
          "or NLD/GOV -> USA/GOV, as set 242's foreign minister's 'our cooperation')"),
 17: ([], "Blinken's Anzac Day statement (21 Apr 2022): 'I am honored to commemorate Anzac Day ... together with all "
          "Australians and New Zealanders' = a commemoration, not coded (held-out 249 and set 254: commemorations "
          "uncoded) (borderline a 051 to AUS/CVL and NZL/CVL as solidarity)"),
 18: ([], "Statement on the IPCC Working Group I report (9 Aug 2021): 'We are seeing the detrimental impacts of these "
          "events on the lives and livelihoods of people around the world' = climate effects, no political actor pair "
          "(guideline: descriptions without an actor not coded)"),
}
