"""Hand annotations for the TWO-HUNDRED-AND-NINETY-FIRST held-out event gold set (source of events-heldout291.jsonl).

Keyed by the row index of selection-heldout291.jsonl (output of select_statement_sentence_heldout.py 291; rows 0-18
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
    python3 data/gold/build_events.py --selection selection-heldout291.jsonl \\
        --annotations annotations_heldout291 --output events-heldout291.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will hold a biennial review", "036", "USA/GOV", "SGP/GOV", False, F, N, False),
      ("the Memorandum of Intent (MOI) between the Government of the United States of America and the Government of "
       "the Republic of Singapore", "057", "USA/GOV", "SGP/GOV", False, A, N, True)],
     "Release on the public session of the U.S.-Singapore biennial review (20 Apr 2022) -> USA/GOV; 'The United "
     "States and the Republic of Singapore will hold a biennial review ... on April 21' = an announced bilateral "
     "meeting, the day after the release -> 036 future (guideline: future meetings 036; set 278: 'will also attend "
     "the February 12 Trilateral Ministerial meeting' a future 036), symmetric, coded once from the document's "
     "government to SGP/GOV (guideline: a symmetric meeting coded once) (borderline a future 043 for the State "
     "Department's virtual public session, which is the next sentence's); 'the Memorandum of Intent (MOI) between "
     "the Government of the United States of America and the Government of the Republic of Singapore on Cooperation "
     "in Environmental Matters' = the signed framework under which the review is held, an agreement noun naming its "
     "parties -> nominal 057, asserted as concluded, from the first-named party (README choices: an agreement named "
     "after its parties is a nominal 057 from the first-named; set 244: 'the 2008 Strategic Framework Agreement ... "
     "between the United States of America and the Republic of Iraq' a nominal 057; set 265: the U.S.-Mexico "
     "Bicentennial Framework, named only as what progress was achieved under, a nominal 057; set 246: the 'digital "
     "memorandum between Estonia and African Union' a nominal 057) (borderline uncoded as a text cited, as set 220's "
     "Minsk Agreements); the cooperation it covers is folded into the agreement (borderline a nominal 050)"),
 1: ([("Deepening our cooperation in civil nuclear energy, science, and technology", "030", "USA/GOV", "ARM/GOV",
       False, F, N, False)],
     "Release on the U.S.-Armenia Memorandum of Understanding on Strategic Civil Nuclear Cooperation (2 May 2022) "
     "-> USA/GOV; 'Deepening our cooperation in civil nuclear energy, science, and technology' = the deepening that "
     "the MOU signed that day is 'enabling us' to carry out (first sentence), 'our' being the United States and "
     "Armenia (sentence before) -> a planned cooperative act, intent code with future modality (guideline: future "
     "cooperative acts get 03x; README choices: a mechanism that 'will deepen' cooperation stands for the two "
     "governments' act, 030 future; held-out 22 row 2: 'will deepen and expand the already robust cooperation' a "
     "030 future; set 249: 'We look forward to deepening our partnership' a 030 future), symmetric, coded once from "
     "the document's government to ARM/GOV, a gerund with its object and so not nominal (set 249: 'By partnering "
     "with the United States' a gerund, not nominal) (borderline hypothetical, the sentence stating what such "
     "deepening would bring rather than announcing it; or 0311/061 for the energy and technology cooperation, as set "
     "232's 'will deepen economic cooperation' a 0311); 'will strengthen our strategic bilateral relationship, and "
     "have wide-ranging, positive impacts on how we work together' are the expected outcomes, not further acts "
     "(guideline: descriptions of outcomes not coded)"),
 # --- State Dept random: cue
 2: ([("we have expanded our cooperation", "050", "USA/GOV", "PAK/GOV", False, A, N, False),
      ("the United States is providing 5.5 million Moderna vaccine doses", "073", "USA/GOV", "PAK", False, A, N,
       False)],
     "Blinken's Pakistan Independence Day message (14 Aug 2021); 'Over the past year, we have expanded our cooperation "
     "in key areas such as health' = realised cooperation of 'the United States and Pakistan' (sentence before) -> "
     "050 asserted on the finite verb, not nominal (README choices, set 212: 'has made the rare achievement of "
     "establishing warm relations of cooperation' an asserted, non-nominal 050; set 281: 'have long maintained "
     "important cultural and economic ties' a 050 USA/GOV -> BOL/GOV), symmetric, coded once from the document's "
     "government to PAK/GOV; 'where the United States is providing 5.5 million Moderna vaccine doses through COVAX' "
     "= an ongoing vaccine donation to Pakistan -> humanitarian aid 073 asserted (set 228: 'the over 64 million "
     "vaccine doses the United States donated' a 073 to bare BGD; set 269: 'provided COVID-19 vaccines' a 073 to bare "
     "TGO; set 231: doses to Peru a 073 to bare PER), to the bare country (borderline PAK/CVL, or PAK/GOV); Moderna "
     "names the vaccine, not an actor (README choices: a corporation is USA/BUS when it acts); 'through COVAX' names "
     "the channel, not coded (set 236: 'within the framework of ... COVAX' a channel, not coded) (borderline a "
     "nominal 050 USA/GOV with no target, as set 228's 'in partnership with COVAX'); 'to help save lives and end "
     "the COVID-19 pandemic' is the purpose"),
 3: ([("met with the foreign ministers of the 26 ARF participating countries, the ASEAN Secretary General", "040",
       "USA/GOV", "org:ASEAN", False, A, N, False),
      ("the EU High Commissioner", "040", "USA/GOV", "org:EU", False, A, N, False),
      ("hosted by ASEAN Chair Brunei Darussalam", "043", "BRN/GOV", N, False, A, N, False)],
     "Price's readout of Blinken at the 28th ASEAN Regional Forum Ministerial Meeting (6 Aug 2021); the sentence "
     "starts after the splitter's cut in 'Antony J. Blinken', its subject Blinken -> USA/GOV (README choices: a "
     "subject cut off by the splitter is taken from the context); 'met with' -> 040 (guideline: meet 040), the "
     "compound target split (guideline): the ASEAN Secretary General -> org:ASEAN and 'the EU High Commissioner' "
     "(the EU's High Representative) -> org:EU; the 'foreign ministers of the 26 ARF participating countries' are an "
     "uncoded group whose members the document never names, dropped from the compound (set 276: Blinken's call with "
     "the EAS foreign ministers and the ASEAN Secretary General one 040 to org:ASEAN, the EAS dropped; held-out 286 "
     "row 4 the same; set 239: 'over 17 international partner countries' dropped from a compound; set 261: the ARF "
     "has no code) (borderline a third 040 with target null, as set 279's ARF and EAS meetings, or org:ASEAN for the "
     "whole ASEAN-led forum); 'at the 28th Annual ASEAN Regional Forum (ARF) Ministerial Meeting' names the same "
     "meeting, folded in; 'hosted by ASEAN Chair Brunei Darussalam' = the host's convening of the multilateral "
     "meeting -> 043 (guideline: host 043), a participle and not nominal, its many participants an uncoded "
     "collective -> target null (set 239: the Haiti ministerial 'hosted by the Government of Suriname' a "
     "non-nominal 043 with no target beside the US participant's 040), Brunei as the country holding the ASEAN "
     "chair -> BRN/GOV (set 148: Morocco acting 'in its current capacity as Chairman' of the OIC stays MAR/GOV) "
     "(borderline org:ASEAN, as the README's head of state speaking as chair of the OIC or the AU, or set 240's "
     "Senegal folded into org:AU; or the hosting folded in under the README's 'participated in' and 'hosted by' "
     "coded once, from the participant)"),
 4: ([("expressed support for efforts to prevent the spread of COVID-19 in the DPRK", "051", "USA/GOV", "KOR/GOV",
       False, A, N, False),
      ("expressed support for efforts to prevent the spread of COVID-19 in the DPRK", "051", "USA/GOV", "PRK/GOV",
       False, A, N, False),
      ("inter-Korean cooperation efforts", "050", "KOR/GOV", "PRK/GOV", False, A, N, True)],
     "Price's readout of Sherman's meetings with ROK Unification Minister Kwon and Vice Minister Kim (8 June 2022) "
     "-> USA/GOV; 'Deputy Secretary Sherman expressed support for efforts to prevent the spread of COVID-19 in the "
     "DPRK' -> 051 (guideline: 'express support' 051), support aimed at efforts going to their named parties (README "
     "choices: support aimed at a process goes to its named parties; set 256: 'support for efforts by Somalia and the "
     "African Union' one 051 to each), the only efforts whose parties the sentence names being the 'inter-Korean' "
     "ones -> one 051 each to KOR/GOV and PRK/GOV (borderline a single 051 with no target, the general efforts "
     "having no agent, or KOR/GOV only, the DPRK being the efforts' beneficiary rather than an agent); the efforts "
     "themselves, agentless, are not coded (guideline: event nouns without an agent not coded) (borderline a 073 "
     "with no source to PRK/CVL); 'inter-Korean cooperation efforts' = a cooperation noun naming its parties -> "
     "nominal 050 from the first-named, the ROK offering the cooperation (README choices: an agreement or "
     "cooperation named by its parties is a nominal 057 or 050), asserted as efforts under way (borderline "
     "hypothetical, as the README's conditional inter-Korean cooperation, the DPRK not having taken up the ROK's "
     "offers; or a nominal 030 for an offer of cooperation)"),
 5: ([], "Release on the dedication of the Davis Conference Room at the Foreign Service Institute (27 May 2021): 'To "
         "register and receive a link to the event live stream please visit here' = instructions to readers, no act "
         "between political actors (held-out 287 row 7 and held-out 275: pointers for readers uncoded; set 263: a "
         "livestream note uncoded); the dedication itself is internal Department business (set 229 and held-out "
         "274: internal Department business uncoded)"),
 6: ([("met yesterday with Foreign Ministers", "040", "USA/GOV", "CRI/GOV", False, A, N, False),
      ("met yesterday with Foreign Ministers", "040", "USA/GOV", "GTM/GOV", False, A, N, False),
      ("met yesterday with Foreign Ministers", "040", "USA/GOV", "HND/GOV", False, A, N, False),
      ("met yesterday with Foreign Ministers", "040", "USA/GOV", "SLV/GOV", False, A, N, False),
      ("met yesterday with Foreign Ministers", "040", "USA/GOV", "NIC/GOV", False, A, N, False),
      ("met yesterday with Foreign Ministers", "040", "USA/GOV", "PAN/GOV", False, A, N, False),
      ("met yesterday with Foreign Ministers", "040", "USA/GOV", "MEX/GOV", False, A, N, False)],
     "Price's readout of Blinken's meeting with the foreign ministers of Central America and Mexico (2 June 2021); the "
     "sentence starts after the splitter's cut in 'Antony J. Blinken', its subject Blinken -> USA/GOV (README "
     "choices); 'met yesterday with Foreign Ministers from Costa Rica, Guatemala, Honduras, El Salvador, Nicaragua, "
     "Panama, and Mexico' = a realised meeting -> 040 (guideline: meet 040), the compound target split into one "
     "event per named government (guideline: 'welcome the efforts of Russia, China and Cuba' gives three), seven in "
     "all, Nicaragua's Ortega government -> NIC/GOV; 'at a meeting of the Central America Integration System (SICA)' "
     "names the forum of the same meeting, its participants already coded one by one, folded in (set 243: Dodd's "
     "meeting with 'CARICOM leaders', none named, a 040 to org:CARICOM) (borderline an eighth 040 to org:SICA, "
     "README choices having added org:SICA); 'in San Jose' is the venue and names no visit (set 276: 'met ... in "
     "Hanoi names no visit, so no 042'; set 282: 'in Rome' a place) (borderline a 042 to bare CRI); 'the economic "
     "and political organization of the region's states' is a description"),
 7: ([("we joined", "051", "USA/GOV", "org:IAEA", False, A, N, False),
      ("expressing support for the IAEA’s essential mission", "051", N, "org:IAEA", False, A, N, False)],
     "Blinken's statement on the IAEA Board of Governors resolution on Iran (9 June 2022); 'Yesterday, we joined the "
     "overwhelming majority of the IAEA Board of Governors in expressing support for the IAEA's essential mission' = "
     "the speaker's own verbal support, given by its vote -> 051 (guideline: 'express support' 051) USA/GOV -> "
     "org:IAEA (README: org:IAEA), plus the support of the others joined, the Board members voting for the "
     "resolution, an uncoded collective of states never named -> a 051 with no source to org:IAEA (held-out 111 "
     "row 44: 'add Seychelles' voice to those who have congratulated' the speaker's 051 plus a 051 with no source; "
     "held-out 180 row 37: 'I wish to join those who have already expressed our collective gratitude' the same; "
     "README choices: 'joined the United Nations in their condemnation' is the speaker's act and a nominal act of "
     "the partner) (borderline org:IAEA as source, the Board being the Agency's own policy organ, or the speaker's "
     "051 only); 'of safeguarding nuclear material to prevent nuclear proliferation' describes the Agency's "
     "standing mission, no act between named actors (borderline a habitual 090 org:IAEA with no target)"),
 8: ([("They discussed", "040", "USA/GOV", "CAN/GOV", False, A, N, False)],
     "Price's readout of Sherman's call with Canadian Deputy Foreign Minister Morgan (16 Feb 2022) -> USA/GOV; 'They "
     "discussed' = Sherman and Morgan -> 040 (guideline: discuss 040), symmetric, coded once from the document's "
     "government to CAN/GOV; 'the importance of a quick and peaceful resolution' of the Ambassador Bridge blockade "
     "(sentence before: 'Canada's actions over the weekend to resolve the situation') is a topic naming no party, "
     "the protesters never named in the document, not coded (set 256: Lenderking's 'permanent ceasefire and a "
     "comprehensive, inclusive peace process' with no party uncoded; set 236) (borderline a demanded nominal 0871 "
     "or 046 CAN/GOV -> CAN/CVL); 'to ensure the free flow of goods and legitimate travel across the border' is "
     "the purpose"),
 9: ([("is visiting Brussels, Belgium", "042", "USA/GOV", "BEL", False, A, N, False),
      ("to attend a meeting of NATO’s Arms Control, Disarmament and Nonproliferation Committee", "036", "USA/GOV",
       "org:NATO", False, F, N, False)],
     "Release on Under Secretary Jenkins's travel to Brussels, 10-13 July (11 July 2022) -> USA/GOV; 'is visiting "
     "Brussels, Belgium' = a trip under way -> 042 asserted (README choices: a trip under way, 'is traveling to', is "
     "042 asserted per destination) to the bare country (set 276: 'Coming here this week' and 'President Biden's "
     "travel to Brussels' a 042 to bare BEL) (borderline a 040 to org:NATO for the NATO headquarters visit); 'to "
     "attend a meeting of NATO's Arms Control, Disarmament and Nonproliferation Committee on July 11' = the "
     "announced attendance, the meeting on the release's own date in a travel announcement -> 036 future (set "
     "278: 'will also attend the February 12 Trilateral Ministerial meeting' a future 036; README choices: a meeting "
     "on a day's public schedule is 036 future) to the Alliance's committee -> org:NATO, an infinitive and not "
     "nominal (borderline an asserted 040, the meeting being on the day of the release)"),
 10: ([("firmly supports Georgia’s sovereignty and territorial integrity", "051", "USA/GOV", "GEO", False, A, N,
        False),
       ("condemns", "111", "USA/GOV", "RUS/GOV", False, A, N, False),
       ("Russia’s occupation of Georgia’s Abkhazia and South Ossetia regions", "192", "RUS/GOV", "GEO", False, A, N,
        True)],
      "Blinken's Georgia National Day message (26 May 2021); 'The United States firmly supports Georgia's sovereignty "
      "and territorial integrity within its internationally recognized borders' -> 051 (guideline: support 051 as "
      "verbal backing) to the bare country (README choices, set 184: support for 'the sovereignty and territorial "
      "integrity of Georgia' goes to bare GEO; set 266: support for Ukraine's sovereignty a 051 to bare UKR) "
      "(borderline a 032, as set 266's 'firm U.S. commitment to Georgia's sovereignty'); 'and condemns' -> 111 "
      "(guideline) to the occupier -> RUS/GOV; 'Russia's occupation of Georgia's Abkhazia and South Ossetia "
      "regions' = an occupation noun with its agent -> nominal 192 (guideline: occupy 192; the README's 'Russia's "
      "invasion'), Russia -> RUS/GOV (set 238: Georgia 'still occupied by Russia' a 192 RUS/GOV -> bare GEO) "
      "(borderline RUS/MIL), the two regions both Georgia's, so one event to bare GEO (guideline: occupied country "
      "as a whole is bare; one event per actor pair) (borderline one 192 per region)"),
 11: ([("by sanctioning the world’s largest darknet market", "163", "USA/GOV", N, False, A, N, False)],
      "Blinken's statement on sanctions on Hydra and Garantex (5 Apr 2022); 'the United States today took further "
      "action to combat Russian-related illicit finance and cybercrime by sanctioning the world's largest darknet "
      "market for Russian speakers, Hydra, and the virtual currency exchange Garantex' = the realised Treasury "
      "designations -> sanctions 163 (guideline), 'took further action ... by sanctioning' being one act, coded "
      "once on its means (README choices: one sanctions action of several parts is coded once), the two targets one "
      "actor pair; the document gives neither entity's location ('for Russian speakers' names its users, "
      "'Russian-related' characterises the finance) -> target null (README choices: entities designated with no "
      "nationality are 163 with no target; set 231: 'their nationality not given in the document -> target null') "
      "(borderline RUS/BUS from 'Russian-related', or two 163s); 'Following a coordinated German law enforcement "
      "action' = a time marker naming an agent (German police, DEU/COP) but no act beyond 'action' and no target in "
      "the sentence, not coded (set 247: the Kremlin's unspecified 'actions' uncoded) (borderline a nominal 170 or "
      "1711 DEU/COP for the seizure of Hydra's servers, known only from outside the text, under set 251's time "
      "marker with a named agent); 'to combat Russian-related illicit finance and cybercrime' is the purpose"),
 # --- State Dept random: nocue
 12: ([("Our countries have built strong ties", "050", "USA/GOV", "SRB/GOV", False, A, N, False),
       ("looks forward to building an even brighter future together as partners", "030", "USA/GOV", "SRB/GOV",
        False, F, N, False)],
      "Blinken's Serbia National Day message (15 Feb 2022); 'Our countries have built strong ties over the last 140 "
      "years' = long-standing, realised cooperation between the two -> habitual 050 asserted (set 281: 'The United "
      "States and Bolivia have long maintained important cultural and economic ties' a habitual 050 USA/GOV -> "
      "BOL/GOV, 'built our relationship' folded in; README choices, set 182: 'maintains long-standing friendly "
      "relations' an asserted 050), symmetric, coded once from the document's government to SRB/GOV, 'Our "
      "countries' taken as the two states' governments as in set 281 (borderline bare USA -> bare SRB for the "
      "countries as wholes, as set 209's 'shared histories of cooperation ... between Russia and Ukraine'; or "
      "uncoded as a state, as set 256's anniversary of relations); 'the United States looks forward to building an "
      "even brighter future together as partners in Europe and on the global stage' = 'look forward to' + the "
      "speaker's own cooperation -> 030 future (guideline: 'look forward to' is future; set 249: 'We look forward "
      "to deepening our partnership' a 030 future to BEN/GOV; set 273: 'looks forward to continuing our close "
      "coordination' a future 030), to SRB/GOV (borderline uncoded as optative well-wishing)"),
 13: ([("will participate in", "036", "USA/GOV", "FRA/EDU", False, F, N, False)],
      "Release on Special Presidential Envoy Kerry's participation in 'The Low Carbon City for All' (8 July 2021) -> "
      "Kerry as envoy USA/GOV; 'will participate in the Université de la Ville de Demain's \"The Low Carbon City for "
      "All\" summit in France on July 8, 2021' = an announced attendance at an event convened by a named French "
      "institution -> 036 future (README choices: a meeting on a day's public schedule is 036 future; set 265: "
      "'participates in a Youth Outreach Event ... in Paris' a future 036 to FRA/CVL; set 277: the host's "
      "institution as counterpart, USA/MED), the convening 'Université' -> FRA/EDU (README choices: universities "
      "are the EDU sector) (borderline FRA/NGO for a foundation-run initiative, or target null); 'in France' is the "
      "venue and no trip is stated (borderline a second future 036 to bare FRA, as set 238's 'tour the Panama "
      "Canal', or a 042)"),
 14: ([], "Release on the Conti ransomware reward offers (6 May 2022): 'The Department manages the TOCRP in close "
          "coordination with our federal law enforcement partners' = the Department's coordination with other U.S. "
          "agencies, internal government business, not coded (held-out 274 and 277: internal business uncoded; set "
          "229: the Department's commitment to supporting law enforcement uncoded) (borderline a 050 USA/GOV -> "
          "USA/GOV); 'as part of a whole of government effort to disrupt and dismantle transnational organized crime "
          "globally, including cybercrime' = a programme's aim against a generic class with no code or nationality "
          "(set 247: the Global Magnitsky programme's 'seeks to impose tangible and significant consequences' "
          "uncoded as a programme's aim against a generic class; README choices: acts between uncoded collectives "
          "uncoded) (borderline a habitual 160 USA/GOV with no target, after set 268's 'disrupt' following "
          "PETRARCH's DISRUPT [160])"),
 15: ([], "Release on Ambassador Bernicat's swearing-in as Director General of the Foreign Service (31 May 2022): "
          "'A career member of the Foreign Service for 41 years, she was Acting Assistant Secretary in the Bureau of "
          "Oceans and International Environmental and Scientific Affairs (OES) until September 30, 2021' = internal "
          "career facts, no act between political actors (set 267: internal career facts uncoded; set 283: a "
          "domestic appointment uncoded)"),
 16: ([], "Release on Blinken's travel to the NPT Review Conference (29 July 2022): 'For updates, follow @StateISN on "
          "Twitter' = a pointer for readers, no act (held-out 283 row 14 and set 275: a Twitter pointer uncoded)"),
 17: ([], "Blinken's Eid al-Fitr message (2 May 2022): 'On behalf of the United States of America, I extend my warmest "
          "greetings to Muslims and all those celebrating Eid al-Fitr in the United States and around the globe' = a "
          "religious holiday greeting, well-wishing to a community of believers, not coded (README choices: "
          "well-wishing not coded; set 262: 'extends its warmest wishes to the Portuguese people' uncoded; set 286: a "
          "Nowruz greeting uncoded) (borderline a 051 to USA/REL and to a worldwide REL with no code)"),
 18: ([("I offer my congratulations", "051", "USA/GOV", "RWA/CVL", False, A, N, False),
       ("I offer my congratulations", "051", "USA/GOV", "RWA/GOV", False, A, N, False)],
      "Blinken's Rwanda National Day message (1 July 2022); 'On behalf of the United States of America, I offer my "
      "congratulations to the people and Government of Rwanda' -> 051 (guideline: congratulate; README choices: "
      "congratulating a people on a national day is 051), on behalf of the United States -> USA/GOV (held-out 287 "
      "row 17), the compound target split into one 051 each to RWA/CVL and RWA/GOV (set 265: 'I extend my best "
      "wishes and congratulations to the people and the government' one 051 each to COD/CVL and COD/GOV); '60 years "
      "of independence' and 'the 28th anniversary of Liberation Day' are the occasions, anniversaries with no act "
      "named, not coded (set 256: an anniversary uncoded) (borderline a historic nominal 190 RWA/REB -> RWA/GOV for "
      "the RPF's 1994 capture of Kigali that Liberation Day marks, known only from outside the text)"),
}
