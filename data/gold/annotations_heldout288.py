"""Hand annotations for the TWO-HUNDRED-AND-EIGHTY-EIGHTH held-out event gold set (source of events-heldout288.jsonl).

Keyed by the row index of selection-heldout288.jsonl (output of select_statement_sentence_heldout.py 288; rows 0-18
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
    python3 data/gold/build_events.py --selection selection-heldout288.jsonl \\
        --annotations annotations_heldout288 --output events-heldout288.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will travel to Paris, France", "036", "USA/GOV", "FRA", False, F, N, False),
      ("to participate in the International Energy Agency (IEA) 2022 Ministerial Meeting", "036", "USA/GOV",
       "org:IEA", False, F, N, False),
      ("engage in bilateral discussions with international counterparts", "036", "USA/GOV", N, False, F, N, False)],
     "Release on Under Secretary Fernandez's travel to Paris (21 Mar 2022) -> USA/GOV; the sentence begins at the "
     "splitter's cut after 'Jose W.', its subject Fernandez; 'will travel to Paris, France, March 23-25' = an "
     "announced trip -> 036 future to the bare country (README choices: a trip under way is 042, an announced one 036 "
     "future; set 248: Bray's 'will travel to Brussels, Belgium' a future 036 to bare BEL), Paris a place; 'to "
     "participate in the International Energy Agency (IEA) 2022 Ministerial Meeting' = future participation in an "
     "organisation's ministerial -> a second future 036 to the organisation (set 239: Kerry 'to lead the U.S. "
     "delegation' to the UN Ocean Conference a future 036 to org:UN), the IEA taking the new code org:IEA, following "
     "set 282's org:IMO and set 257's org:ITU (borderline org:OECD, the IEA being an autonomous agency within the "
     "OECD framework, or folded into the trip); 'and engage in bilateral discussions with international "
     "counterparts' = announced meetings with unnamed counterparts -> a third future 036 with no target (set 285: "
     "Kerry's 'to engage global leaders at the World Economic Forum' a second future 036 with no target beside the "
     "trip; held-out 286 row 1: meetings with unnamed 'diplomatic partners' a future 036 with no target) (borderline "
     "folded into the Ministerial, or one 036 per IEA member)"),
 1: ([("her OIC engagements", "036", "USA/GOV", "org:OIC", False, F, N, True),
      ("the deep and close ties between the United States and the OIC member states", "050", "USA/GOV", "org:OIC",
       False, A, N, True),
      ("the need for humanitarian assistance to Afghanistan", "073", N, "AFG", False, D, N, True)],
     "Release on Under Secretary Zeya's travel to Pakistan, Tunisia and the UAE (21 Mar 2022) -> USA/GOV; 'During her "
     "OIC engagements' = the announced participation in the OIC Council of Foreign Ministers of the sentence before, "
     "an anaphoric engagement noun whose agent is 'her' -> future nominal 036 to org:OIC (set 280: the anaphoric "
     "'During her visit' a future nominal 036; README: org:OIC) (borderline uncoded as a time frame repeating the "
     "sentence before); 'will highlight' is a statement verb (01x), not coded (set 245: 'highlighted the strength' an "
     "evaluation; set 248: 'highlight' 01x); its object 'the deep and close ties between the United States and the "
     "OIC member states' = a cooperation noun naming its parties -> nominal 050, asserted because the ties are "
     "presupposed (README choices: cooperation nouns a nominal 050; set 245: 'highlighted the strength of past "
     "cooperation between the U.S. government and the Africa CDC' a nominal 050; set 251: Kuwait's 'ties' a nominal "
     "050), the OIC member states, unnamed, -> the organisation, following held-out 287 row 6 (OIC 'officials and "
     "members' -> org:OIC, the member states folded in) (borderline target null as an uncoded collective of states, "
     "or uncoded as the content of a statement); 'underscore the need for humanitarian assistance to Afghanistan' = "
     "a statement of need with no provider named -> demanded nominal 073 with no source (README choices: statements "
     "of need are demanded aid with no source; set 234: 'The importance of continued support to Syrian refugees' a "
     "demanded nominal 070 with no source), to the country the text names -> bare AFG (set 209: help 'to the "
     "Philippines' a 073 to bare PHL; set 244: support for Ukraine to bare UKR) (borderline AFG/CVL); 'advocate for "
     "human rights and freedoms for all' = advocacy with no addressee and no party, not coded (README choices: "
     "calls with no addressee uncoded; set 277: 'efforts to protect and promote the human rights of LGBTQI+ persons "
     "globally' uncoded) (borderline a future 1043 with no target)"),
 # --- State Dept random: cue
 2: ([("the raid of Stand News offices", "171", "HKG/GOV", "HKG/MED", False, A, N, True),
      ("the arrests of its staff", "173", "HKG/GOV", "HKG/MED", False, A, N, True)],
     "Media Freedom Coalition statement on the closure of media outlets in Hong Kong (8 Feb 2022); 'Recent "
     "developments include' introduces instances of 'the Hong Kong and mainland Chinese authorities' attacks on "
     "freedom of the press' (sentence before); 'the raid of Stand News offices' = the national security police's "
     "raid of a news outlet, an event noun whose agent is plain from the text before -> coded (README choices: an "
     "event noun whose agent is plain only from the text around it is coded), seize or damage property 171 (README "
     "choices: an occupying army's 'raids on homes 171'; held-out 33: 'raiding of homes' 171) (borderline 1711 for "
     "the seized materials, or 175), Stand News -> HKG/MED (held-out 21 row 38: journalism HKG/MED); 'the arrests of "
     "its staff' -> arrests 173 (guideline), its journalists -> HKG/MED; the agent of both the Hong Kong authorities "
     "-> HKG/GOV (held-out 21 row 38 on the Coalition's Apple Daily statement: 'the Hong Kong authorities' HKG/GOV; "
     "held-out 229 row 8: the Hong Kong arrests from HKG/GOV) (borderline a second event each from CHN/GOV, as set "
     "269 split 'Hong Kong and Beijing authorities', the sentence before naming both; or HKG/COP for the police); "
     "'the subsequent self-closure of Citizen News, stemming from concern over the safety of its staff' = the outlet's "
     "own decision, no act between actors (borderline a 172 or 175 HKG/GOV -> HKG/MED as a forced closure, which the "
     "text does not say); the Coalition's 'concern' is in the sentence before (01x)"),
 3: ([("Blinken met today with", "040", "USA/GOV", "KOR/GOV", False, A, N, False)],
     "Readout of Blinken's meeting with ROK Foreign Minister Chung (13 Feb 2022, attributable to Price); the sentence "
     "begins at the splitter's cut after 'Antony J.', its subject Blinken -> USA/GOV; 'met today with Republic of "
     "Korea (ROK) Foreign Minister Chung Eui-yong' -> 040 (guideline: meet 040) to KOR/GOV; 'in Honolulu' is a place "
     "and names no visit, so no 042 (set 276: 'met ... in Hanoi names no visit, so no 042') (borderline a 042 "
     "KOR/GOV -> bare USA for the Foreign Minister's trip)"),
 4: ([("They discussed", "040", "USA/GOV", "AFG/GOV", False, A, N, False)],
     "Readout of Blinken's call with Abdullah Abdullah, Chairman of the High Council for National Reconciliation (5 "
     "Aug 2021) -> USA/GOV; 'They discussed' -> 040 (guideline: discuss 040), symmetric, coded once from the "
     "document's government, Abdullah -> AFG/GOV, as an official of the Islamic Republic before 15 Aug 2021 (set "
     "285: 'Afghan President Ghani and Chairman Abdullah' one actor AFG/GOV) (borderline AFG/OPP); 'ways to "
     "accelerate peace negotiations' = the intra-Afghan negotiations named as a topic, a negotiation noun with no "
     "agent in the sentence -> not coded (set 226: negotiation nouns with no agent in the sentence uncoded; set 265: "
     "'Afghanistan peace negotiations' not coded) (borderline a nominal 046 AFG/GOV -> AFG/REB, the Taliban named in "
     "the sentence after); 'achieve a political settlement that ... prevents Afghan soil from being used to threaten "
     "the United States' = the aims of the discussed settlement, no realised act and no named party in the sentence, "
     "not coded (held-out 286 row 0: 'a credible political process that will lead to ... resolution' uncoded) "
     "(borderline a future nominal 057 AFG/GOV -> AFG/REB, and a negated, demanded 070 for the safe-haven clause, as "
     "the README choices' 'must be ensured that Afghanistan does not become a haven')"),
 5: ([("They deplored", "110", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("They deplored", "110", "org:NATO", "RUS/GOV", False, A, N, False),
      ("President Putin’s ruinous war in Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True),
      ("reiterated their support", "051", "USA/GOV", "UKR/CVL", False, A, N, False),
      ("reiterated their support", "051", "USA/GOV", "UKR", False, A, N, False),
      ("reiterated their support", "051", "org:NATO", "UKR/CVL", False, A, N, False),
      ("reiterated their support", "051", "org:NATO", "UKR", False, A, N, False),
      ("discussed", "040", "USA/GOV", "org:NATO", False, A, N, False),
      ("NATO maintaining strong deterrence and defense", "154", "org:NATO", N, False, D, N, False)],
     "Readout of Blinken's call with NATO Secretary General Stoltenberg (14 May 2022) -> USA/GOV; 'They' = Blinken "
     "and Stoltenberg -> USA/GOV and org:NATO, a compound source split (guideline: one event per actor); 'deplored' "
     "-> 110 (README choices: 'Deplores' is 110; set 259: 'deplore' 110), one per speaker, to Putin -> RUS/GOV; "
     "'President Putin's ruinous war in Ukraine' = a war noun with its agent -> nominal 190 RUS/GOV -> bare UKR (set "
     "247: 'President Putin's war of choice' a nominal 190 RUS/GOV -> UKR); 'reiterated their support for the "
     "Ukrainian people and Ukraine's territorial integrity' -> 051 (guideline: 'express support' 051; set 266: 'The "
     "Secretary and Chancellor also reiterated their support' one 051 per speaker), split by speaker and by object: "
     "the people -> UKR/CVL, territorial integrity -> bare UKR (set 184: support for 'the sovereignty and "
     "territorial integrity of Georgia' to bare GEO; set 281: support for 'Ukraine's people, sovereignty' split by "
     "actor) (borderline 032 for 'reiterated', or one 051 per speaker to bare UKR); 'discussed' -> 040 USA/GOV -> "
     "org:NATO, symmetric, coded once from the document's government (guideline); 'the importance of NATO "
     "maintaining strong deterrence and defense' = a deontic 'importance' with a gerund whose agent is NATO -> "
     "demanded 154, not nominal (set 261: 'strengthen NATO's deterrence and defense' a nominal 154 from org:NATO with "
     "no target; set 252: 'efforts to fortify NATO's Eastern Flank' a nominal 154; set 244: 'the importance of "
     "maintaining strong international support' demanded) (borderline uncoded as a standing alliance aim, as set "
     "255's 'to deter and defend against threats', or bare RUS as target)"),
 6: ([("committed to working together", "030", "USA/GOV", "FSM/GOV", False, A, N, False),
      ("negotiations relating to the Compact of Free Association", "046", "USA/GOV", "FSM/GOV", False, A, N, True)],
     "Readout of Blinken's call with Micronesian President Panuelo (15 June 2022, attributable to Price) -> USA/GOV; "
     "'The Secretary committed to working together' = a commitment to cooperate stated as a fact -> 030 asserted "
     "(README choices: commitments stated as facts are asserted 03x; set 280: 'committed to work together' one "
     "asserted 030; held-out 272 row 3: 'is committed to working with France' a 030), with the President of the "
     "sentence before -> FSM/GOV; 'negotiations relating to the Compact of Free Association, as amended' = the "
     "Compact negotiations under way between the two governments, the parties plain from the Compact -> nominal 046 "
     "asserted USA/GOV -> FSM/GOV (README choices: the Freely Associated States are one 046 per state; held-out 23 "
     "row 18: the Compact negotiations one 046 per FAS government), the only FAS in this readout being Micronesia "
     "(borderline uncoded as anaphoric, as set 258's 'Through these negotiations'); 'ensure the timely and "
     "successful completion' of them is the purpose, folded in (borderline a future nominal 057 USA/GOV -> "
     "FSM/GOV)"),
 7: ([("the brutal campaign of violence perpetrated by the Burmese military regime", "175", "MMR/MIL", "MMR/CVL",
       False, A, N, False),
      ("is designating today 22 individuals connected to the regime", "163", "USA/GOV", "MMR/MIL", False, A, N,
       False)],
     "Blinken's statement 'The United States Takes Further Actions against the Burmese Military Regime' (2 July "
     "2021) -> USA/GOV; 'the brutal campaign of violence perpetrated by the Burmese military regime' = the junta's "
     "violence against the population -> repression 175 (set 226: 'the Burmese military's violence' a nominal 175 "
     "MMR/MIL -> MMR/CVL; set 221: 'perpetrate this violence' 175), the regime -> MMR/MIL (guideline: military "
     "juntas MMR/MIL), carried by the participle 'perpetrated by' and so not nominal (set 191: 'set off by FARC' a "
     "participle) (borderline 180, or a nominal trigger); 'to continue imposing costs in connection with the "
     "military coup' = the purpose that the designation realises, folded into it (README choices: one sanctions "
     "action of several parts is coded once) (borderline a separate 163 or a 131), and the coup is not coded "
     "(README choices: coups are not coded); 'the U.S. Department of the Treasury's Office of Assets Control is "
     "designating today 22 individuals connected to the regime' -> sanctions 163 (guideline), OFAC -> USA/GOV (set "
     "248: 'OFAC has designated' a 163 from USA/GOV), asserted for the action taken today, the individuals named in "
     "the sentence only as 'connected to the regime' -> MMR/MIL (borderline a second 163 to MMR/CVL for the 15 "
     "adult children or spouses named in the sentence after, as set 242 split designees by sector); 'Blocking "
     "Property With Respect to the Situation in Burma' is the Executive Order's title, not coded"),
 8: ([("We stand proudly with", "051", "USA/GOV", "UKR/GOV", False, A, N, False),
      ("We stand proudly with", "051", "USA/GOV", "UKR/CVL", False, A, N, False),
      ("continue to support", "070", "USA/GOV", "UKR/GOV", False, A, N, False),
      ("continue to support", "070", "USA/GOV", "UKR/CVL", False, A, N, False),
      ("as they defend their country", "190", "UKR/GOV", "RUS/GOV", False, A, N, False),
      ("as they defend their country", "190", "UKR/CVL", "RUS/GOV", False, A, N, False),
      ("the Kremlin’s brutal war of aggression", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Blinken's statement 'Raising the Flag at U.S. Embassy Kyiv' (18 May 2022) -> USA/GOV; 'We stand proudly with' "
     "-> 051 (README choices: 'stand with' is 051 throughout) and 'continue to support' -> ongoing support, asserted, "
     "read as material support (070), the sentence before naming 'our security assistance' and the paragraph before "
     "'pledged to continue our assistance' (set 264: Romania's 'supported and will continue to support Ukraine' 070) "
     "(borderline 051, the verbal reading); the shared object 'the government and people of Ukraine' split one event "
     "per actor (guideline) -> UKR/GOV and UKR/CVL; 'as they defend their country from the Kremlin's brutal war of "
     "aggression' = armed defence -> 190 (set 263: Ukrainians who 'defend themselves against Putin's unprovoked war "
     "of aggression' a 190 UKR/CVL -> RUS/GOV; set 254: 'resist' a 190), 'they' the government and the people -> one "
     "190 each (borderline UKR/MIL for the government's defence, or UKR/CVL only), against the Kremlin -> RUS/GOV "
     "(set 154: 'The Kremlin' read as a capital metonym for RUS/GOV) (borderline RUS/MIL); 'the Kremlin's brutal war "
     "of aggression' = a war noun with its agent -> nominal 190 RUS/GOV -> bare UKR (set 247: 'President Putin's war "
     "of choice' a nominal 190 RUS/GOV -> UKR)"),
 9: ([("funding projects across the globe", "071", "USA/GOV", N, False, A, N, False),
      ("providing technical assistance to governments", "070", "USA/GOV", N, False, A, N, False),
      ("engaging with companies and trade associations", "040", "USA/GOV", N, False, A, N, False)],
     "Price's statement for the World Day Against Child Labor (12 June 2022); 'The U.S. government' -> USA/GOV; "
     "'works to end child labor' is an abstract aim, not coded; its means are habitual acts, asserted: 'funding "
     "projects across the globe to eliminate child labor' -> economic aid 071 with no target, the recipients "
     "unnamed (set 259: '$85 billion' for the global AIDS response a 071 with no target) (borderline 070); "
     "'providing technical assistance to governments' -> aid 070 (set 280: technical assistance a 070), "
     "'governments' an open class -> target null (held-out 258 row 12: 'governments' an open class) (borderline "
     "071); 'addressing child labor in our trade policy' = a domestic policy with no content or party named, not "
     "coded (borderline a habitual 1043 with no target, as held-out 258 row 12's trade programmes 'conditioned on "
     "governments taking steps to enforce child labor ... laws' on the same day a year earlier); 'engaging with "
     "companies and trade associations to keep child labor out of U.S. supply chains' -> 040 (guideline: meet/discuss "
     "040; set 279: 'to engage with small and medium businesses' a 040), the companies' and associations' "
     "nationality not given -> target null (README choices: entities with no nationality get no target) "
     "(borderline USA/BUS, as set 279); all are gerunds with objects, not nominal"),
 10: ([("the U.S.-Oman relationship", "050", "USA/GOV", "OMN/GOV", False, A, N, True),
       ("discussed", "040", "USA/GOV", "OMN/GOV", False, A, N, False),
       ("to deepen bilateral cooperation", "030", "USA/GOV", "OMN/GOV", False, F, N, False)],
      "Readout of Blinken's call with Omani FM al-Busaidi (28 Apr 2022, attributable to Price) -> USA/GOV; "
      "'reiterated the strength and importance of the U.S.-Oman relationship' = a relationship noun naming its "
      "parties -> nominal 050, symmetric, coded once from the document's government, 'reiterated the strength and "
      "importance' being the speaker's evaluation (set 274: 'a strong and growing partnership with Qatar' named as "
      "the topic of a call a nominal 050, following set 264; set 248: 'our relationship' a nominal 050) (borderline "
      "uncoded as a call's topic, as set 256); 'discussed' -> 040 (guideline), to the Foreign Minister of the "
      "sentence before -> OMN/GOV; 'opportunities to deepen bilateral cooperation' = plans discussed to expand "
      "cooperation -> 030 future, carried by the verb 'deepen' and so not nominal (README choices: plans discussed to "
      "expand cooperation are a 030 future per partner; set 248: 'opportunities to deepen cooperation' a future 030; "
      "held-out 287 row 10) (borderline uncoded as a discussion topic, as set 242)"),
 11: ([("Israeli soldiers detained him", "173", "ISR/MIL", "USA/CVL", False, A, N, False)],
      "Price's statement on the IDF report on the death of Omar Assad (1 Feb 2022) -> USA/GOV; 'We continue to be "
      "deeply concerned' = expressed concern (01x), not coded (guideline); 'the death of Mr. Omar Assad ... who was "
      "found dead on January 12, 2022' = a death with no killer named, not a killing, not coded (borderline a 1823 "
      "ISR/MIL -> USA/CVL, the IDF report of the text after finding a 'failure to protect the sanctity of any human "
      "life'); 'after Israeli soldiers detained him in the West Bank' -> detention 173 (guideline), the soldiers -> "
      "ISR/MIL (guideline: /MIL for armed forces and their acts), Mr. Assad described as 'a U.S. citizen' -> USA/CVL "
      "(set 251: 'a U.S. citizen unjustly detained in Iran' a 173 to USA/CVL) (borderline PSE/CVL, as a Palestinian "
      "resident of the West Bank); the West Bank is a place"),
 # --- State Dept random: nocue
 12: ([], "Chilean Foreign Minister Allamand's turn before his meeting with Blinken (16 July 2021) -> CHL/GOV; 'That, "
          "of course, is something very, very important' = an evaluation whose 'That' points back to 'see together "
          "how we're going to all be able to work in cooperation in terms of the recovery' (sentence before), an "
          "anaphoric pronoun with no event word in the sentence, not coded (README choices: fragments whose act "
          "lies outside the sentence uncoded; set 270: Rwanda's anaphoric 'That decision' uncoded) (borderline a "
          "demanded 050 CHL/GOV -> USA/GOV, as set 286's 'Bilateral and regional cooperation is essential' said "
          "with Chile)"),
 13: ([("the withholding of information to defense counsels", "1721", "GTM/JUD", "GTM/CVL", False, A, N, True)],
      "Price's statement on Guatemala's Public Ministry's continued attacks against independent judges and "
      "prosecutors (8 Mar 2022) -> USA/GOV; 'raise serious concerns regarding the fairness of these proceedings' = "
      "expressed concern (01x), not coded (guideline); 'The reports of' with no named source -> reported_by null "
      "(guideline: 'reportedly' with no named source -> null; set 262: Porras's 'reportedly' acts reported_by null); "
      "the listed irregularities are those of the proceedings against the anticorruption officials whose arrests "
      "Attorney General Porras brought (sentence before), the Public Ministry and the courts -> GTM/JUD (held-out 25 "
      "row 37 on this document: Porras as head of the Public Ministry GTM/JUD); 'the withholding of information to "
      "defense counsels' = information denied to the defence -> restrictions on rights 1721 (README choices: "
      "'information is denied them' is 1721), the counsels, defence lawyers -> GTM/CVL (set 250: human rights lawyers "
      "CHN/CVL), an event noun whose agent is plain from the text before -> coded, nominal (README choices), with "
      "'refusals to hold hearings publicly', a refusal whose refused act has no code of its own (README choices: a "
      "refusal takes the code of what was refused), folded into the same restriction of the detainees' rights "
      "(borderline uncoded as procedural irregularities, or a separate nominal 120); 'repeated, uncommon delays in "
      "arraignment hearings' and 'leaks of sealed case details to online entities' name no act between political "
      "actors in CAMEO, not coded (borderline one nominal 175 GTM/JUD -> GTM/JUD for the whole, as held-out 25 row 37's "
      "'efforts to target anticorruption and other prosecutors')"),
 14: ([], "Release on Under Secretary Nuland's travel to Paraguay, Panama and El Salvador (25 June 2021): 'Other senior "
          "members of the delegation include Acting Assistant Secretary ... Julie Chung, ... Daniel Erikson, ... "
          "Megan Oates, and ... Brigadier General Rick Uribe' = the delegation's composition, a status, no act "
          "(set 271: a delegation's composition uncoded); the trip itself is in the sentence before"),
 15: ([], "Release on the establishment of the Bureau of Cyberspace and Digital Policy (4 Apr 2022): 'The Department "
          "appreciates the service and collaboration of all who will work with and within the CDP bureau' = thanks "
          "to the Department's own staff and unnamed collaborators for an internal reorganisation, not coded "
          "(set 250: the Department's thanks to its own ambassador uncoded; held-out 274 and 277: internal "
          "Department business uncoded) (borderline a 051 USA/GOV with no target)"),
 16: ([], "Release 'Romania Signs the Artemis Accords' (1 Mar 2022): 'For more information, contact OES-PA-DG@state.gov' "
          "= a contact pointer for readers, no act (held-out 287 row 7 and held-out 283: pointers for readers "
          "uncoded)"),
 17: ([], "Price's designation of former Colombian Senator Gil Castillo (30 June 2022): 'This public designation is "
          "made under Section 7031(c) of the ... Appropriations Act, 2022' = the legal basis of the designation "
          "announced in the document's first sentence, an anaphoric designation noun, not coded again (set 267: "
          "'This designation' anaphoric, uncoded; set 282: 'these designations' uncoded as anaphoric; held-out 15 row "
          "39: 'These designations' of Porras uncoded) (borderline a 172 USA/GOV -> COL/CVL under the guideline's "
          "passive for the US government's own administrative act, as set 236's Section 7031(c) designation a 172)"),
 18: ([("decades of close collaboration", "050", "USA/GOV", "MWI/GOV", False, A, N, True)],
      "Blinken's Malawi National Day message (5 July 2021) -> USA/GOV; 'Our countries boast a partnership rooted in "
      "shared values and expressed through decades of close collaboration' = the two governments' long and "
      "continuing cooperation -> nominal 050, symmetric, coded once from the document's government, the partnership "
      "folded into the collaboration noun, following set 251 ('our countries' relationship spans over two centuries "
      "of close cooperation rooted in shared democratic values' a nominal 050 USA/GOV -> DNK/GOV) (borderline bare "
      "USA -> bare MWI for 'Our countries', as set 209's 'shared histories of cooperation' between Russia and "
      "Ukraine, a second nominal 050 for 'a partnership', or uncoded as a description of a state)"),
}
