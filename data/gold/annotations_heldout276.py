"""Hand annotations for the TWO-HUNDRED-AND-SEVENTY-SIXTH held-out event gold set (source of events-heldout276.jsonl).

Keyed by the row index of selection-heldout276.jsonl (output of select_statement_sentence_heldout.py 276; rows 0-18
all come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each release's date; the speaker of a briefing turn or of a
transcript is the one named at the head of that turn (journalists' questions are their own words).
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout276.jsonl \\
        --annotations annotations_heldout276 --output events-heldout276.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will travel to Berlin", "036", "USA/GOV", "DEU", False, F, N, False),
      ("to attend an informal meeting of NATO Foreign Ministers", "036", "USA/GOV", "org:NATO", False, F, N, False),
      ("Russia’s continuing brutal war against Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
     "Price's release on Blinken's travel to Germany and France (12 May 2022) -> USA/GOV; 'On May 14, the Secretary "
     "will travel to Berlin' = an announced trip -> 036 future to the destination country (README choices: an "
     "announced trip 036 future; held-out 241 row 1: 'will travel to Germany' a future 036 to bare DEU), Berlin the "
     "place, not a metonym; 'to attend an informal meeting of NATO Foreign Ministers' = future participation in a "
     "meeting -> a second 036 future to org:NATO (held-out 241 row 1: the same words a future 036 to org:NATO; set "
     "265) (borderline folded into the trip as its purpose); 'where Allies and partners will discuss their unified "
     "response' is the meeting itself, folded into that 036 (held-out 220 row 9: the Secretary's discussion at the "
     "NATO ministerial one 036 to org:NATO), the 'unified response' too vague for a CAMEO act; 'Russia's continuing "
     "brutal war against Ukraine', named as a topic but with its agent -> nominal 190 (set 255: an attack named as a "
     "topic with its agent is coded; set 247: 'President Putin's war of choice' a nominal 190), Russia read as its "
     "forces -> RUS/MIL, the most frequent code for 'Russia's ... war' in the held-out sets, to bare UKR (borderline "
     "RUS/GOV, as set 247); 'the upcoming Leaders' Summit in Madrid' = a further discussion topic, left uncoded as in "
     "set 226, which left the NATO summit beside Biden's Poland trip uncoded (borderline a future nominal 036 "
     "USA/GOV -> org:NATO, as set 252's 'Preparations for the ... Extraordinary NATO Summit')"),
 1: ([("President Biden’s travel to Brussels", "042", "USA/GOV", "BEL", False, A, N, True),
      ("will meet with", "036", "USA/GOV", "org:NATO", False, F, N, False)],
     "Release on Under Secretary Nuland's travel to Brussels (16 June 2021) -> USA/GOV; 'Following President Biden's "
     "travel to Brussels' = a time marker naming a realised visit with its agent (the NATO and U.S.-EU summits of "
     "14-15 June, two days before the release) -> nominal 042 to the country visited, Brussels the place -> bare BEL "
     "(set 251: a time marker with a named agent is coded; set 270: 'Since Mongolia's peaceful democratic revolution' "
     "a historic nominal 1411; set 228: 'Special Envoy Zuniga's visit' a nominal 042 to the bare country) "
     "(borderline uncoded as a time marker, as set 223's Quad leaders' meeting, or org:NATO and org:EU for the "
     "summits); 'Under Secretary Nuland will meet with NATO Deputy Secretary General Mircea Geoana and members of "
     "the North Atlantic Council' = announced meetings -> 036 future (guideline: future meetings 036), the Deputy "
     "Secretary General and the Council both NATO -> one event to org:NATO (guideline: one event per actor pair; "
     "held-out 264: NATO Deputy Secretary General Geoana -> org:NATO)"),
 # --- State Dept random: cue
 2: ([("spoke today with", "040", "USA/GOV", "org:ASEAN", False, A, N, False)],
     "Price's readout of Blinken at the East Asia Summit Foreign Ministers' Meeting (4 Aug 2021); the sentence starts "
     "after the splitter's cut in 'Antony J. Blinken', so its subject 'Blinken' -> USA/GOV; 'spoke today with' = "
     "consultation -> 040 (guideline; set 232: 'spoke with' a 040); the compound 'foreign ministers of the East Asia "
     "Summit (EAS) nations and the ASEAN Secretary General': the EAS has no code and the document names none of its "
     "members, so that part is dropped and the ASEAN Secretary General kept -> org:ASEAN (README choices: 'Ankara and "
     "the Turkish-Cypriot leadership' coded for Ankara only; set 120: uncoded 'Arab States' dropped from a compound; "
     "set 266: APEC uncoded) (borderline a second 040 with no target for the EAS ministers, or org:ASEAN for the whole "
     "ASEAN-centred forum); 'during the EAS Foreign Ministers' Meeting' names the same meeting, folded in"),
 3: ([("discussed", "040", "USA/GOV", "LBN/MIL", False, A, N, False),
      ("the U.S.-LAF partnership", "062", "USA/GOV", "LBN/MIL", False, A, N, True),
      ("deepen security cooperation", "0312", "USA/GOV", "LBN/MIL", False, F, N, True)],
     "Release on the inaugural U.S.-Lebanon Defense Resourcing Conference (21 May 2021) of the State Department and "
     "the Lebanese Armed Forces; 'the delegations' = the U.S. delegation (State and Defense officials) -> USA/GOV and "
     "the Lebanese delegation headed by LAF Commander Aoun -> LBN/MIL (guideline: /MIL for named armed forces); "
     "'discussed' -> 040 (guideline), symmetric, coded once from the document's government; 'highlighted the "
     "strength of' is an evaluation (01x), but 'the U.S.-LAF partnership' is a partnership noun naming its parties "
     "-> nominal, and with an army as partner, military cooperation 062 (README choices: security cooperation 062; "
     "set 248: 'existing cooperation between our two militaries' a nominal 062; set 221) (borderline 050, the plain "
     "partnership noun, as set 232's U.S.-Thai relationship); 'ways to deepen security cooperation' = planned "
     "expansion of cooperation discussed -> future nominal 0312 (README choices: plans discussed to expand "
     "cooperation are a nominal 030 future per partner; set 246: 'looking ways of deepening cooperation in the "
     "sphere of defense' a future nominal 0312) (borderline folded into the 040 as its purpose, as held-out 251 and "
     "273 did with 'to discuss ways to strengthen' an alliance); 'In this virtual conference' names the same meeting"),
 4: ([("met yesterday in Hanoi with", "040", "USA/GOV", "VNM/GOV", False, A, N, False)],
     "Price's readout of Deputy Secretary Sherman's meetings in Vietnam (14 June 2022); 'met ... with' -> 040 "
     "(guideline), Sherman -> USA/GOV; the Foreign Minister, the Vice Foreign Minister, the Chairman of the ruling "
     "Communist Party's Commission on External Relations and the Deputy Minister of Defense (a lieutenant general "
     "holding a ministry post) are all Vietnam's government -> one event to VNM/GOV, 'in separate meetings' "
     "notwithstanding (guideline: one event per actor pair; held-out 20: two separate meetings with two officials "
     "of one government one 040; held-out 22 row 22: a Deputy Minister of Defense -> SAU/GOV) (borderline a second "
     "040 to VNM/MIL for the general); Hanoi is the place of the meetings, and the visit it implies is not named, "
     "so no 042 (borderline a 042 to bare VNM)"),
 5: ([("We commend our allies and partners", "051", "USA/GOV", N, False, A, N, False),
      ("have welcomed those fleeing the war", "075", N, "UKR/CVL", False, A, N, False),
      ("welcome the European Union’s decision", "051", "USA/GOV", "org:EU", False, A, N, False),
      ("decision to extend temporary protection status to Ukrainian citizens", "075", "org:EU", "UKR/CVL", False,
       A, N, True)],
     "Blinken's statement on additional humanitarian assistance for Ukraine (9 July 2022) -> 'We' = USA/GOV; 'We "
     "commend our allies and partners' -> 051 (guideline), the unnamed allies and partners an uncoded collective -> "
     "target null (README choices: thanks that include a group without a code has target null); 'who have welcomed "
     "those fleeing the war' = admitting refugees -> 075 (README choices: admitting refugees is 075; set 148: 'many "
     "countries have ... welcoming many more' refugees a 075 with no source; set 219), source null for the same "
     "collective, to Ukraine's refugees -> UKR/CVL; 'the war' is anaphoric, its agent only in the sentence before "
     "('Russia's brutal assault on Ukraine'), and the fleeing is the refugees' own act: neither coded, following "
     "held-out 237 row 12, which left 'those fleeing the war in Ukraine' uncoded (borderline a nominal 190 RUS/MIL "
     "-> UKR from the context, as set 222's anaphoric 'This war'); 'welcome the European Union's decision' -> 051 to "
     "org:EU (guideline; README choices: welcoming a decision of a body 051 to it); 'the European Union's decision "
     "to extend temporary protection status to Ukrainian citizens' = a realised decision named by the act decided "
     "-> nominal 075 grant asylum (held-out 237 row 12: 'decision to provide' a nominal 072; README choices: offering "
     "safe haven, Deferred Enforced Departure, is 075) -> UKR/CVL; 'granting them work authorization and access to "
     "housing and other services' spells out the same protection, folded in (borderline a separate 073)"),
 6: ([("They also discussed", "040", "USA/GOV", "org:UN", False, A, N, False)],
     "Price's readout of Deputy Secretary Sherman's meeting with UN Special Envoy on Myanmar Burgener (22 June 2021); "
     "'They' = Sherman -> USA/GOV and the Secretary-General's Special Envoy -> org:UN; 'also discussed' -> 040 "
     "(guideline), symmetric, from the document's government; 'efforts to ensure access to vital humanitarian aid "
     "for vulnerable populations inside Burma' names efforts with no agent, a topic, not coded (held-out 220 row 9: "
     "agentless efforts named as a topic uncoded) (borderline a nominal 0863 or 073 with no source to MMR/CVL); 'to "
     "encourage countries in the region to provide assistance and safe haven to refugees and asylum seekers' = an "
     "agentless encouragement of unnamed countries, null to null, not coded (README choices: acts between uncoded "
     "collectives uncoded), the provision of aid and asylum inside it not coded separately (guideline: Y of a "
     "request not coded) (borderline a nominal 1033 with no source and no target)"),
 7: ([("denounced", "111", "USA/GOV", "PRK/GOV", False, A, N, False),
      ("the DPRK’s recent and escalatory ballistic missile launches", "150", "PRK/MIL", N, False, A, N, True),
      ("violations of UN Security Council resolutions", "128", "PRK/GOV", "org:UNSC", False, A, N, True),
      ("discussed ongoing efforts", "040", "USA/GOV", "KOR/GOV", False, A, N, False),
      ("discussed ongoing efforts", "040", "USA/GOV", "JPN/GOV", False, A, N, False)],
     "Price's readout of Deputy Secretary Sherman's call with ROK First Vice FM Choi and Japanese Vice FM Mori "
     "(2 Feb 2022); 'denounced' -> 111 (guideline) USA/GOV -> PRK/GOV; 'the DPRK's recent and escalatory ballistic "
     "missile launches' = realised launches with their agent -> nominal 150, PRK/MIL with target null (guideline: "
     "missile launches 150; held-out 237 row 11: the same words a nominal 150 PRK/MIL with no target); 'as violations "
     "of UN Security Council resolutions' -> nominal 128 PRK/GOV -> org:UNSC, because the launch noun has its agent "
     "(set 228: 'in violation of multiple UN Security Council resolutions' a nominal 128 beside the DPRK launches; "
     "set 263 left the same characterisation uncoded only because its launch noun was anaphoric) (borderline "
     "uncoded as a characterisation, held-out 6 and 22); 'destabilizing to the region' is an evaluation; 'discussed' "
     "-> 040 (guideline) with the two counterparts on the call (sentence before) -> one event each to KOR/GOV and "
     "JPN/GOV (guideline: compound split); 'ongoing efforts to achieve the complete denuclearization of the Korean "
     "Peninsula' names agentless efforts as the topic, not coded (borderline a nominal 030, as set 241's 'shared "
     "commitment to the complete denuclearization')"),
 8: ([("met with", "040", "USA/GOV", "FRA/GOV", False, A, N, False),
      ("met with", "040", "USA/GOV", "DEU/GOV", False, A, N, False),
      ("met with", "040", "USA/GOV", "ITA/GOV", False, A, N, False),
      ("met with", "040", "USA/GOV", "GBR/GOV", False, A, N, False),
      ("reiterated their commitment to supporting Ukraine", "032", "USA/GOV", "UKR", False, A, N, False),
      ("reiterated their commitment to supporting Ukraine", "032", "FRA/GOV", "UKR", False, A, N, False),
      ("reiterated their commitment to supporting Ukraine", "032", "DEU/GOV", "UKR", False, A, N, False),
      ("reiterated their commitment to supporting Ukraine", "032", "ITA/GOV", "UKR", False, A, N, False),
      ("reiterated their commitment to supporting Ukraine", "032", "GBR/GOV", "UKR", False, A, N, False),
      ("Russia’s unprovoked and unjustified invasion", "192", "RUS/MIL", "UKR", False, A, N, True)],
     "Price's readout of Blinken's meeting with the French, German, Italian and UK foreign ministers in Brussels (6 "
     "Apr 2022); the sentence starts after the splitter's cut in 'Antony J. Blinken'; 'met with' -> 040 (guideline), "
     "one event per counterpart government (guideline: compound split); Brussels is the place; 'where they "
     "reiterated their commitment to supporting Ukraine' = a commitment stated as a fact -> asserted 032, intent to "
     "support (README choices: commitments stated as facts are asserted 03x, a pledge of continued support is 032; "
     "set 229: 'our shared commitment to support Ukraine' one 032 per partner to bare UKR; set 239: 'reiterated their "
     "commitment to a diplomatic path' one asserted event per participant, not nominal), 'they' = all five "
     "ministers -> one 032 from each government, to bare UKR (borderline 033, or UKR/GOV); 'Russia's unprovoked and "
     "unjustified invasion' -> nominal 192 (guideline: 'Russia's invasion' nominal; invade 192), RUS/MIL as in the "
     "held-out sets' uniform coding of 'Russia's ... invasion' -> bare UKR (guideline: target of an invasion a bare "
     "country) (borderline RUS/GOV)"),
 9: ([("met with Angolan Foreign Minister", "040", "USA/GOV", "AGO/GOV", False, A, N, False),
      ("our mutual commitment to a strong bilateral relationship", "030", "USA/GOV", "AGO/GOV", False, A, N, True)],
     "Price's readout of Blinken's meeting with Angolan FM Téte António (26 May 2022); the splitter keeps two "
     "sentences together after 'D.C.'; 'met with' -> 040 (guideline), Washington the place; 'Secretary Blinken and "
     "Minister António discussed' is the same meeting, a repeated mention coded once (guideline); 'our mutual "
     "commitment to a strong bilateral relationship' = a stated intent to cooperate between the two named "
     "governments -> nominal 030, coded once from the document's government (set 265: 'the U.S. and ROK commitment to "
     "ongoing close collaboration' one nominal 030 USA/GOV -> KOR/GOV; guideline: symmetric acts coded once) "
     "(borderline one 030 each way, or uncoded as a discussion topic, as set 268 left a 'mutual commitment to "
     "addressing climate change'); 'grounded in our shared interests in countering corruption and bolstering "
     "investment' states interests, no act (borderline a nominal 061)"),
 10: ([], "Release on the Department's partnership with GoFundMe.org (9 Mar 2022): 'For further updates, visit ... or "
          "follow @GPatState on Twitter' = a closing pointer, no event (held-out 275 row 14: a Twitter pointer; "
          "held-out 228 row 16)"),
 11: ([("This assistance", "073", "USA/GOV", N, False, A, N, True)],
      "Price's release on new humanitarian assistance for Central America (10 June 2021); 'This assistance' = the "
      "'more than $57 million in new humanitarian assistance' Amy Pope announced (sentence before), its agent the "
      "United States named in the same sentence ('steps that the United States has taken') -> nominal 073 USA/GOV "
      "(held-out 12 row 1: 'This assistance' for refugees across Africa a 073 from USA/GOV with target null; "
      "held-out 14 row 15), realised as announced -> asserted; its beneficiaries are forcibly displaced persons and "
      "host communities of mixed origin across seven countries named only in the sentence after -> target null "
      "(set 236: refugees of mixed origin -> no target) (borderline one 073 per MIRPS country's CVL); 'a series of "
      "steps ... to implement our ambitious, multi-pronged approach to address the root causes of irregular "
      "migration and strengthen collaborative migration management across the region' describes a policy approach "
      "and its aims, with no named partner, not coded (guideline: abstract policy positions not coded) (borderline "
      "a 030 with no target for 'strengthen collaborative migration management')"),
 # --- State Dept random: nocue
 12: ([("coming here this week", "042", "AUS/GOV", "BEL", False, A, N, False),
       ("to join with the United States", "050", "AUS/GOV", "USA/GOV", False, D, N, False)],
      "Australian FM Payne before her meeting with Blinken in Brussels (6 Apr 2022), the speaker of the turn -> "
      "AUS/GOV; 'So coming here this week' = her realised trip to Brussels for the NATO meeting with Asia-Pacific "
      "partners ('We've just arrived', sentence before) -> 042 to the country, a gerund and not nominal (set 225: "
      "Blinken's 'pleased to be in Estonia' a 042 to bare EST; set 227: 'I've been here a couple of days in "
      "Washington' a 042 to bare USA) (borderline a 040 to org:NATO, the meeting she came for); 'is extremely "
      "important for Australia to join with the United States and our partners in that response' = a deontic with "
      "no request verb ('important for X to') -> Y coded as demanded (guideline: 'it is important to help X' is "
      "demanded), Y = acting together with the US against 'the actions of authoritarian states' of the sentence "
      "before -> 050 AUS/GOV -> USA/GOV, the unnamed 'our partners' dropped as an uncoded collective (README "
      "choices: uncoded 'Arab States' dropped from a compound) (borderline asserted, the speaker herself doing it, "
      "or 062); 'that response' is anaphoric and folded into the 050; 'to make sure that we are working in as "
      "coordinated and comprehensive a way as possible' is the purpose of the same cooperation, folded in "
      "(borderline a second 050)"),
 13: ([], "Media note on the World Food Prize Laureate announcement (3 May 2022): 'For further information, please "
          "contact ... or submit an inquiry ... via the website' = contact instructions, no event (held-out 274: "
          "instructions to visit a website uncoded)"),
 14: ([("thank you very much for this", "051", "ALB/GOV", "USA/GOV", False, A, N, False),
       ("we can convince", "102", "ALB/GOV", N, False, F, N, False),
       ("we can convince", "102", "USA/GOV", N, False, F, N, False)],
      "Albanian PM Rama at the signing of the U.S.-Albania memorandum of understanding on 4G and 5G security "
      "(Brussels, 13 June 2021), the speaker of the turn -> ALB/GOV; 'So thank you very much for this' -> 051 "
      "(guideline: thank 051) to Blinken -> USA/GOV, 'this' being the memorandum and the joint work on secure "
      "networks; 'I hope that together we can convince also the other friends in the region to join in this' = a "
      "hope about the speaker's own act, coded future (README choices: 'hope that we can work together' is 030 "
      "future), the act being persuading others to join the initiative = a request for their cooperation -> 102 "
      "(set 140: 'We invite those who care and can to join us' a 102 with no target; set 123: 'urge others to "
      "support this important campaign' a 102), 'together we' = Albania and the United States -> one event per "
      "actor (guideline: compound split; README choices: a joint commitment of several partners is one event per "
      "partner), 'the other friends in the region' never named (the sentence before's 'other countries in the "
      "region') -> target null (borderline a future 030 ALB/GOV -> USA/GOV for 'together' instead, as the "
      "README's 'hope that we can work together', or a generic 100); their joining ('to join in this') is inside "
      "the request and not coded separately (guideline)"),
 15: ([], "Release on the statutory debarment of seven persons under the Arms Export Control Act (4 June 2021): "
          "'This includes any brokering activities and any export from or temporary import into the United States "
          "of defense articles ...' spells out the scope of the ITAR-regulated activities the debarred persons are "
          "barred from, a legal description with no act between actors in the sentence (guideline: descriptions "
          "not coded); the debarment itself lies in the sentences before (borderline a 163 USA/GOV with no target "
          "for the prohibition, the debarred persons' nationality never given)"),
 16: ([], "Release on U.S. support for the Eastern Tropical Pacific Marine Corridor (22 Mar 2022): 'The CMAR initiative "
          "will contribute to the goal of conserving 30 percent of the global ocean ...; preserve migratory routes "
          "...; address ocean ecosystem degradation, overfishing, and ... IUU fishing; enhance conservation ...; and "
          "help protect marine biodiversity' = the environmental aims of a conservation initiative, with no act "
          "between political actors (guideline: descriptions without an actor pair not coded; held-out 275 row 18: "
          "climate effects uncoded) (borderline a future 061 among the four CMAR governments named in the sentence "
          "before)"),
 17: ([("Egypt’s strong partner in confronting terrorism", "062", "USA/GOV", "EGY/GOV", False, A, N, True)],
      "Price's statement condemning the terrorist attack in Sinai (8 May 2022) -> USA/GOV; 'For decades, the United "
      "States has been and remains Egypt's strong partner in confronting terrorism in the region' = habitual "
      "counterterrorism cooperation named by a partner noun with both parties -> nominal 062 (set 220: 'France "
      "remains a steadfast partner in the fight against terrorism' a nominal 062 FRA/GOV -> USA/GOV; README choices: "
      "security cooperation 062), asserted for the past and present (borderline 050); the confrontation of "
      "terrorism is the cooperation's field, folded in (borderline a separate nominal 190 EGY/GOV -> EGY/REB, as set "
      "252's 'the fight against terrorism', the Sinai militants having no named group here)"),
 18: ([("will travel to Costa Rica", "036", "USA/GOV", "CRI", False, F, N, False)],
      "Release on Assistant Secretary Medina's travel to Costa Rica and Mexico (18 Mar 2022); the sentence starts "
      "after the splitter's cut in 'Monica P. Medina' and ends at the cut in 'Jose W.' [Fernandez]; 'will travel to "
      "Costa Rica, March 20-23' = an announced trip -> 036 future to the bare country (README choices: an announced "
      "trip 036 future; held-out 241 row 1); 'to join Under Secretary ... Jose W.' = joining her own Department's "
      "official, internal business, not coded (set 260: internal Department business uncoded); the CMAR discussions "
      "it leads into lie after the cut (README choices: a fragment whose object the splitter cut off is coded from "
      "the text after only when its verb is in the sentence; 'join' takes the Under Secretary as its object, so the "
      "discussions are not coded here) (borderline a future 036 to the CMAR governments)"),
}
