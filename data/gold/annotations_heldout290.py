"""Hand annotations for the TWO-HUNDRED-AND-NINETIETH held-out event gold set (source of events-heldout290.jsonl).

Keyed by the row index of selection-heldout290.jsonl (output of select_statement_sentence_heldout.py 290; rows 0-18
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
    python3 data/gold/build_events.py --selection selection-heldout290.jsonl \\
        --annotations annotations_heldout290 --output events-heldout290.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will host a reception", "036", "USA/GOV", N, False, F, N, False),
      ("U.S. support for the candidacy of Doreen Bogdan-Martin", "051", "USA/GOV", "org:ITU", False, A, N, True)],
     "Release on the U.S. delegation to the ITU World Telecommunication Development Conference in Kigali (4 June "
     "2022, conference 6-16 June) -> USA/GOV; 'During the Conference, the U.S. delegation will host a reception' = "
     "an announced hosting still to come -> 036 future (guideline: future cooperative acts, host, get 036; set 230: "
     "Kazakhstan's 'will host an International Conference' a future 036 with no target; set 271: 'will host a "
     "roundtable discussion' a future 036 with no target), the guests unnamed -> target null (borderline org:ITU, "
     "the conference's convenor, or 043); 'U.S. support for the candidacy of Doreen Bogdan-Martin for ITU "
     "Secretary-General' = a realised, standing endorsement, a support noun with its agent -> nominal 051 "
     "(guideline: 'express support' 051), asserted although the reception that will underscore it is future; the "
     "candidate, on the document's date the elected Director of the ITU's Telecommunication Development Bureau -> "
     "org:ITU (guideline: persons -> their country/sector on the document date; new code org:ITU from set 257; set "
     "132: the OAU's recommendation of the sitting Secretary-General Boutros-Ghali's candidature a 051 to org:UN) "
     "(borderline USA/CVL for the U.S. national, or a nominal 102 USA/GOV -> org:ITU for the U.S.-nominated bid, as "
     "set 157's 'our candidacy' a nominal 102 to the electing body); 'underscoring' is a statement verb, not coded"),
 1: ([("will be met with a swift, coordinated, and forceful response", "130", "USA/GOV", "RUS/GOV", False, A, N,
       False),
      ("any further military aggression by Russia against Ukraine", "190", "RUS/MIL", "UKR", False, H, N, True)],
     "Readout of Blinken's call with FM Kuleba (14 Feb 2022, attributable to Price) -> USA/GOV; 'any further military "
     "aggression by Russia against Ukraine will be met with a swift, coordinated, and forceful response' = a warning "
     "-> 130 asserted (guideline: a threat, warning or statement of resolve is itself asserted; held-out 20 row 6, "
     "the same day: 'would be met with massive, coordinated consequences' a 130 USA/GOV -> RUS/GOV), the response "
     "itself unspecified and left uncoded (set 140: a warning whose threatened act is left implicit), and the "
     "threatened condition, 'any further military aggression by Russia against Ukraine', an event noun with its "
     "agent -> hypothetical nominal 190 (guideline: 'Russia would face massive consequences for attacking Ukraine' "
     "130 + 190 hypothetical), RUS/MIL -> bare UKR, following held-out 20 rows 5-6 and set 250's 'Should it pursue "
     "further military aggression' (borderline RUS/GOV, as set 246's 'any further Russian aggression'; or 131/138 "
     "for the warning); 'the United States' immediate priority is to support efforts to de-escalate the situation' "
     "= a stated priority with agentless efforts, not coded (held-out 20 row 5 and held-out 4 row 24: agentless "
     "'efforts to urge Russia to deescalate' uncoded) (borderline a 051 with no target, or a 1056 USA/GOV -> "
     "RUS/GOV)"),
 # --- State Dept random: cue
 2: ([("the May 2022 U.S.-Japan Leaders’ Summit", "040", "USA/GOV", "JPN/GOV", False, A, N, True),
      ("enhancing bilateral discussions on extended deterrence", "040", "USA/GOV", "JPN/GOV", False, D, N, True)],
     "Release on the Japan-U.S. Extended Deterrence Dialogue (24 June 2022) -> USA/GOV; 'This round of the EDD' = "
     "the anaphoric Dialogue session held June 21-22 (sentence before), a repeat mention with a short name giving no "
     "participants, not coded again (guideline: a repeated mention is coded once; set 232: 'The Strategic Dialogue', "
     "whose short name gives no participants, uncoded) (borderline a nominal 040 USA/GOV -> JPN/GOV); 'the May 2022 "
     "U.S.-Japan Leaders' Summit' = a realised meeting named by its participants, used as a time marker -> nominal "
     "040 (README choices: a meeting noun whose name gives its participants is a nominal 040; set 251: a time marker "
     "with a named agent is coded), symmetric, coded once from the document's government (borderline uncoded as a "
     "time marker, as set 223's Quad leaders' meeting); 'during which President Biden and Prime Minister Kishida "
     "Fumio underscored the importance of enhancing bilateral discussions on extended deterrence' = 'the importance "
     "of' Y with no request verb -> Y coded, demanded (guideline: 'it is important to help X' demanded; set 268: "
     "'The importance of cooperation between the United States and Turkey' a demanded nominal 050), Y = more "
     "bilateral discussions between the two governments -> 040 (guideline: discuss 040), the event word a noun -> "
     "nominal, symmetric and coded once from the document's government (borderline 030 for 'enhancing', as "
     "guideline's future 'enhance cooperation', or 036); 'underscored' is a statement verb, not coded"),
 3: ([("met today in Washington D.C. with", "040", "USA/GOV", "QAT/GOV", False, A, N, False),
      ("Qatar’s generous pledge of in-kind assistance to the Lebanese Armed Forces", "033", "QAT/GOV", "LBN/MIL",
       False, A, N, True),
      ("its $100 million contribution to Yemen", "073", "QAT/GOV", "YEM", False, A, N, True),
      ("support for Afghanistan peace negotiations", "051", "QAT/GOV", "AFG", False, A, N, True)],
     "Readout of Blinken's meeting with Qatari DPM/FM Al-Thani (22 July 2021, attributable to Price); the sentence "
     "begins at 'Blinken' because the splitter cut after 'Antony J.' -> USA/GOV; "
     "'met today in Washington D.C. with' -> 040 (guideline: meet 040) to QAT/GOV; 'in Washington D.C.' names a "
     "place and no visit, so no 042 (set 276: 'met ... in Hanoi' names no visit; set 282: 'in Rome' a place) "
     "(borderline a 042 QAT/GOV -> bare USA); the topics 'to discuss' that name their agent are coded (set 265 row "
     "11 and set 271: topics with a named agent, the possessive carrying over the list): 'Qatar's generous pledge of "
     "in-kind assistance to the Lebanese Armed Forces' = an intent to give material aid stated as a fact -> nominal "
     "033 asserted (guideline: an explicit intent verb stated as a fact gives a 03x asserted; README choices: a pledge "
     "of continued support is 032 asserted, pledges of economic support 0331), in-kind (non-weapons) assistance -> "
     "generic 033, to the named armed forces -> LBN/MIL (set 276: the LAF -> LBN/MIL) (borderline 0332 for aid to an "
     "army, or 0333); 'its $100 million contribution to Yemen through the World Food Program' = a realised "
     "humanitarian contribution with its agent 'its' (Qatar) -> nominal 073 (guideline: provide aid 07x; README "
     "choices: funds channelled through an organisation, the organisation a channel), 'to Yemen' -> bare YEM "
     "(borderline YEM/CVL, 071, or org:WFP as target); 'and support for Afghanistan peace negotiations' = Qatar's "
     "support (the possessive of the list carried over, set 271) -> nominal 051 to bare AFG, following set 265 row "
     "11's identical 'Qatar's support for Afghanistan peace negotiations' (borderline 045 or 043 for Qatar's hosting "
     "of the Doha talks, or one 051 each to AFG/GOV and AFG/REB); the negotiations themselves have no agent in the "
     "sentence, not coded; 'regional security issues' is a topic"),
 4: ([("shared resolve to continue to support Ukraine’s sovereignty and territorial integrity", "032", "USA/GOV",
       "UKR", False, A, N, True),
      ("shared resolve to continue to support Ukraine’s sovereignty and territorial integrity", "032", "org:EU",
       "UKR", False, A, N, True),
      ("its unlawful war of choice", "190", "RUS/GOV", "UKR", False, A, N, True),
      ("its complicity in Russian aggression", "070", "BLR/GOV", "RUS/GOV", False, A, N, True)],
     "Readout of Blinken's meeting with European Council President Michel (4 Mar 2022, attributable to Price); 'The "
     "two' = Blinken and Michel -> USA/GOV and org:EU; 'reiterated the United States' and the EU's shared resolve to "
     "continue to support Ukraine's sovereignty and territorial integrity' = a joint commitment of two partners -> "
     "one nominal 032 per partner (README choices: a joint commitment of several partners is one 0311 per partner; "
     "set 229: 'our shared commitment to support Ukraine' one nominal 032 per partner to bare UKR; held-out 243 row "
     "4), support for sovereignty -> bare UKR (borderline 051, as set 266's 'continued U.S. support for Ukraine's "
     "sovereignty'); 'to hold Russia accountable' = accountability, not a CAMEO act (set 231; held-out 286 row 10); "
     "'its unlawful war of choice' = Russia's war, an event noun with its agent -> nominal 190 (guideline: 'war' "
     "190), RUS/GOV -> bare UKR (set 247: 'President Putin's war of choice' a nominal 190 RUS/GOV -> UKR; held-out 21 "
     "row 27) (borderline RUS/MIL, as held-out 235 row 13); 'Belarus for its complicity in Russian aggression' = "
     "Belarus' facilitation of the invasion from its territory, a noun with its agent -> nominal 070 BLR/GOV -> "
     "RUS/GOV (set 237: 'the Lukashenka regime's support and facilitation of the Russian Federation's invasion' a "
     "nominal 070 BLR/GOV -> RUS/GOV) (borderline 072, or a 190 BLR/GOV -> UKR); 'Russian aggression' is the same "
     "war, coded once (guideline: a repeated mention is coded once)"),
 5: ([("thanked the Amir", "051", "USA/GOV", "KWT/GOV", False, A, N, False),
      ("the enduring support", "070", "KWT/GOV", "USA/GOV", False, A, N, True),
      ("close cooperation in defense, counterterrorism, trade and investment, security, education, culture, and "
       "science", "050", "USA/GOV", "KWT/GOV", False, A, N, True)],
     "Readout of Blinken's meetings in Kuwait City (29 July 2021, attributable to Price) -> USA/GOV; 'recognized two "
     "milestones in the U.S.-Kuwait relationship - the 30th anniversary of Operation Desert Shield and 60 years of "
     "diplomatic ties' = anniversaries, not coded (set 283: the 30th anniversaries of diplomatic relations uncoded; "
     "set 256: '100 years of diplomatic relations' uncoded) (borderline a nominal 050 for the 60 years, as set 251's "
     "'Two centuries of close cooperation', and a historic nominal 074 USA/MIL -> SAU for Desert Shield); 'thanked "
     "the Amir' -> 051 (guideline: thank 051) to KWT/GOV; 'for the enduring support' = the support thanked for, its "
     "agent taken from the thanks (README choices: thanks 'for the ongoing support' gives the support its agent) -> "
     "nominal 070 KWT/GOV -> USA/GOV, Kuwait's support over the thirty years since Desert Shield (held-out 103, 121, "
     "158: the thanked support a nominal 070) (borderline 051); 'that has enabled close cooperation in defense, "
     "counterterrorism, trade and investment, security, education, culture, and science' = realised cooperation "
     "-> one nominal 050 (guideline: cooperation; set 278: 'the broad range of security, economic, and development "
     "cooperation' one nominal 050; README choices: one aid noun covering several kinds is one event), symmetric, "
     "coded once from the document's government (borderline split into 062, 061 and 050)"),
 6: ([("Today’s signing of the CA", "057", "USA/GOV", "org:OAS", False, A, N, True)],
     "Release on Under Secretary Fernandez signing a cooperative arrangement with the OAS (28 July 2022) -> USA/GOV; "
     "'Today's signing of the CA' = the anaphoric signing of the cooperative arrangement between Fernandez and OAS "
     "Secretary General Almagro (first sentence of the release) -> nominal 057 (guideline: agreements concluded "
     "057), the parties taken from the release's first sentence, following set 265's identical anaphoric 'Today's "
     "signing' a nominal 057 USA/GOV -> COL/GOV (README choices: an event noun whose agent is plain only from the "
     "text around it is coded) (borderline uncoded, as held-out 13 row 9 left 'The signing of this CA' in the same "
     "release uncoded as an event noun with no agent in the sentence); 'is an important part of a regional health "
     "framework to increase transparency and strengthen health systems in our Hemisphere' = an evaluation and its "
     "aims, not coded"),
 7: ([("agreed on strong support", "051", "USA/GOV", N, False, A, N, False),
      ("agreed on strong support", "051", "AUT/GOV", N, False, A, N, False)],
     "Readout of Deputy Secretary Sherman's call with Austrian Secretary General for Foreign Affairs "
     "Launsky-Tieffenthal (3 Mar 2022, attributable to Price) -> USA/GOV and AUT/GOV; 'agreed on strong support for "
     "stability in the Western Balkans and the countries' European integration' = a jointly stated support -> one "
     "051 per speaker (guideline: 'express support' 051; set 239: 'Sherman and Sannino expressed their support' one "
     "051 from each speaker; set 266: 'reiterated their support' one 051 each), 'agreed on' being the joint "
     "expression, not a separate act (held-out 262: 'agreed that' a shared view uncoded), the verb carrying the "
     "support and so not nominal; its objects are the stability and the EU integration of the Western Balkan "
     "countries, an uncoded collective never named in the document -> target null (guideline: collectives without a "
     "code -> null; held-out 15 row 11 and 17 row 26: the unnamed countries of the Western Balkans dropped), the two "
     "objects folded into one support (borderline uncoded as an abstract position with no named counterpart, as "
     "held-out 21 and set 261 left Western Balkans commitments uncoded; or a 051 to org:EU for the 'European "
     "integration')"),
 8: ([("Co-hosted by the Estonian Ministry of Foreign Affairs", "036", "EST/GOV", N, False, F, N, False),
      ("Estonian Institute of Human Rights", "036", "EST/NGO", N, False, F, N, False)],
     "Release on Under Secretary Zeya's and Acting Assistant Secretary Peterson's travel to the Global Conference "
     "for Media Freedom in Tallinn (8 Feb 2022, conference 9-11 Feb); 'Co-hosted by the Estonian Ministry of Foreign "
     "Affairs and Estonian Institute of Human Rights, this event' = an announced hosting still to come on the "
     "release's date -> 036 future, one per co-host with no target, the participants unnamed (set 260: 'co-hosted by "
     "the U.S. Department of State Bureau ... and the Council of the Americas' one future 036 per co-host with no "
     "target; set 256: the Yemen pledging event 'co-hosted by the UN, Switzerland, and Sweden' likewise), a "
     "participle and not nominal; the Ministry -> EST/GOV and the Institute, a non-governmental human-rights "
     "organisation -> EST/NGO (README choices: a think tank is its country's NGO) (borderline EST/GOV only, or an "
     "asserted 043 for a hosting under way); 'a multilateral, multi-stakeholder forum for strengthening global "
     "efforts that defend media freedom' = a description of the forum with no named actor, not coded"),
 9: ([("also discussed", "040", "USA/GOV", "LTU/GOV", False, A, N, False),
      ("reaffirming our support for the Belarusian pro-democracy movement", "051", "USA/GOV", "BLR/OPP", False, A, N,
       False),
      ("reaffirming our support for the Belarusian pro-democracy movement", "051", "LTU/GOV", "BLR/OPP", False, A, N,
       False),
      ("calling on the Lukashenka regime", "1056", "USA/GOV", "BLR/GOV", False, A, N, False),
      ("calling on the Lukashenka regime", "1056", "LTU/GOV", "BLR/GOV", False, A, N, False),
      ("its campaign of orchestrating irregular migrant flows", "170", "BLR/GOV", "LTU", False, A, N, True)],
     "Readout of Deputy Secretary Sherman's call with Lithuanian FM Landsbergis (14 Aug 2021, attributable to Price); "
     "'Deputy Secretary Sherman and the Foreign Minister also discussed the political situation in Belarus' -> 040 "
     "(guideline), symmetric, coded once from the document's government to LTU/GOV; the two participles share that "
     "compound subject, so each act is one event per speaker (guideline: 'Sherman and Park condemned' gives two "
     "events; held-out 25: 'called on the DPRK' one 1056 per caller): 'reaffirming our support for the Belarusian "
     "pro-democracy movement' -> 051 (guideline: 'express support' 051; set 286: 'Reiterated U.S. support for the "
     "ASEAN Outlook' a non-nominal 051), the opposition movement -> BLR/OPP (held-out 241 row 5: 'U.S. support for "
     "the pro-democracy movement' 051 -> MMR/OPP) (borderline USA/GOV only, reading 'our' as the spokesperson's "
     "United States); 'calling on the Lukashenka regime to immediately halt its campaign' = one asserted request per "
     "caller (guideline: 'S calls on X to do Y' is one asserted REQUEST), the regime -> BLR/GOV, Y = stopping a "
     "hostile campaign -> 1056 (held-out 14 row 5 and 25: calls to cease destabilizing actions 1056; set 250: 'Cease "
     "its provocative behavior' 1056) (borderline generic 105, or 1042); 'its campaign of orchestrating irregular "
     "migrant flows across its borders' = the regime's instrumentalised migration into Lithuania, a realised act "
     "named inside the request with its agent 'its' -> coded too (README choices: a realised act named inside a "
     "request is coded), nominal 170 (set 255: Russia's 'hybrid attack' on Moldova a 170), BLR/GOV -> bare LTU, the "
     "victim taken from the document (a call with Lithuania in August 2021; held-out 13 row 7 listed the "
     "'orchestrated migrant flows' among Belarus' acts against Lithuania) (borderline target null, org:EU, or "
     "uncoded, CAMEO having no code for weaponised migration)"),
 10: ([("The Secretary commended", "051", "USA/GOV", "UKR/CVL", False, A, N, False),
       ("those defending Mariupol", "190", "UKR/CVL", "RUS/MIL", False, A, N, False)],
      "Readout of Blinken's call with FM Kuleba (14 Apr 2022, attributable to Price) -> USA/GOV; 'The Secretary "
      "commended the bravery of the Ukrainian people' -> 051 (guideline: commend 051) to UKR/CVL; 'noting in "
      "particular those defending Mariupol' = Ukrainians fighting the siege of Mariupol -> 190 (set 263: Ukrainians "
      "who 'defend themselves against Putin's unprovoked war' a 190 UKR/CVL -> RUS/GOV; set 254: resisting attacks "
      "a 190; set 280: 'They fight for their country' a 190 UKR/CVL -> RUS/MIL), 'those' being of 'the Ukrainian "
      "people' -> UKR/CVL, against 'Russia's forces' of the sentence before -> RUS/MIL, a participle and not nominal "
      "(borderline UKR/MIL for the soldiers who held Mariupol, or uncoded, as held-out 21, 22, 25 and 235 left "
      "Ukraine defending itself uncoded); 'noting' is a statement verb"),
 11: ([("we look forward to strengthening our cooperation", "030", "USA/GOV", "PAK/GOV", False, F, N, False)],
      "Readout of Blinken's call with Pakistani FM Bhutto Zardari (6 May 2022, attributable to Price) -> USA/GOV; "
      "'This year marks the 75th anniversary of U.S.-Pakistani relations' = an anniversary, not coded (set 283: the "
      "30th anniversaries of diplomatic relations uncoded; set 256) (borderline a nominal 050); 'we look forward to "
      "strengthening our cooperation' -> 030 future (guideline: 'look forward to' + an event is future, future "
      "cooperative acts get 03x; set 277: 'look forward to strengthening our partnership' one future 030 to "
      "SLB/GOV), 'we' the readout's United States, to the partner of the call -> PAK/GOV, the verb carrying it and "
      "so not nominal (borderline a second 030 PAK/GOV -> USA/GOV, reading 'we' as both ministers)"),
 # --- State Dept random: nocue
 12: ([], "Blinken's statement on the 33rd anniversary of Tiananmen Square (4 June 2022): 'To the people of China and to "
          "those who continue to stand against injustice and seek freedom, we will not forget June 4' = a "
          "commemoration addressed to them, not coded (set 256: a commemoration uncoded; set 205: 'We will not "
          "forget' is no negation) (borderline a 051 USA/GOV -> CHN/CVL, as set 271's 'We honor the sacrifices' on "
          "the 2021 anniversary); 'those who continue to stand against injustice and seek freedom' = an open class "
          "of dissidents with no named country or act (set 271: the activists' 'carry on their efforts' uncoded, "
          "borderline 140) (borderline a 140 CHN/CVL -> CHN/GOV); 'June 4' names the massacre only as a date, "
          "with no agent in the sentence"),
 13: ([], "Release on the Department's Equity Action Plan (14 Apr 2022): 'For additional information, please contact "
          "equity@state.gov' = an instruction to readers, no act (held-out 287 row 7 and held-out 283 row 14: "
          "pointers for readers uncoded)"),
 14: ([("we work together", "050", "USA/GOV", "GBR/GOV", False, A, N, False)],
      "Blinken's message on Queen Elizabeth II's Platinum Jubilee (2 June 2022) -> USA/GOV; 'Through our special "
      "relationship, common history, and shared values, we work together to uphold democracy, human rights, and the "
      "rule of law worldwide' = habitual bilateral cooperation, 'we' being the United States and the United Kingdom "
      "('our special relationship'; 'Our countries collaborate closely' in the sentence after) -> 050 asserted "
      "(README choices: 'worked with every Israeli prime minister' 050; set 257: Blinken's 'We are working together' "
      "with Sweden a 050), symmetric, coded once from the document's government to GBR/GOV (borderline bare GBR); "
      "the 'special relationship' and 'common history' are states folded in, and 'to uphold democracy ...' the "
      "purpose, not coded"),
 15: ([], "Release on the launch of the U.S.-Afghan Consultative Mechanism (28 July 2022): 'USACM partner "
          "organizations include the Atlantic Council, the Georgetown Institute for Women, Peace, and Security, the "
          "Sisterhood Is Global Institute, and the U.S. Institute for Peace' = a list of partners, a status with no "
          "act (set 246: a list of six founding members of a partnership an uncoded status) (borderline one nominal "
          "050 USA/GOV -> USA/NGO or USA/EDU per partner)"),
 16: ([], "Release on IPBES-9 (9 July 2022): 'the Ninth Session of the Intergovernmental Science-Policy Platform on "
          "Biodiversity and Ecosystem Services (IPBES) approved the Thematic Assessment of the Sustainable Use of Wild "
          "Species' = the internal adoption of a scientific report by a body with no code, following held-out 262 "
          "row 16's IPBES approval of an assessment (borderline a 051 with no source and no target); 'underscores' "
          "and 'reaffirms' are the report's findings, not acts"),
 17: ([("decision on August 6 to ban the last genuine opposition party", "1722", "NIC/GOV", "NIC/OPP", False, A, N,
        True)],
      "Blinken's statement on the lack of prospects for a free and fair election in Nicaragua (7 Aug 2021); "
      "'President Daniel Ortega and Vice President Rosario Murillo's decision on August 6 to ban the last genuine "
      "opposition party from participating in the November elections' = the realised ban of the Citizens for Liberty "
      "party -> ban political parties 1722 (CAMEO 1722; held-out 17 row 10: the government 'disqualify the last "
      "remaining legitimate opposition party' a 1722 NIC/GOV -> NIC/OPP), the two office holders one actor -> "
      "NIC/GOV, coded once (guideline: one event per actor pair), the party -> NIC/OPP; a decision noun with its "
      "agents -> nominal (set 243: 'The Taliban's decision not to re-open secondary schools' a nominal 1721) "
      "(borderline non-nominal on the infinitive 'to ban', or 1721); 'underscores their desire to remain in power at "
      "all costs' = an evaluation of motive, not coded"),
 18: ([("to participate in the 2022 College of the Atlantic Summer Institute", "036", "USA/GOV", "USA/EDU", False,
        F, N, False)],
      "Release on Assistant Secretary Medina's travel to Bar Harbor, Maine (25 July 2022, trip 26-28 July) -> USA/GOV; "
      "'will travel to Bar Harbor, Maine, USA' is a domestic trip with no counterpart, not coded (set 252: a "
      "domestic trip to California not coded); 'to participate in the 2022 College of the Atlantic Summer "
      "Institute' = an announced participation in a college's programme -> 036 future (guideline: future meetings "
      "036; set 273: 'participate in a conversation with students, faculty, and leadership of Howard University' a "
      "future 036 USA/GOV -> USA/EDU), the college -> USA/EDU (README choices: universities are the EDU sector), "
      "the verb carrying it and so not nominal (borderline uncoded as a domestic academic event, as held-out 287 row "
      "12 left the University of Maryland tour uncoded)"),
}
