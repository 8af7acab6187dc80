"""Hand annotations for the TWO-HUNDRED-AND-EIGHTY-NINTH held-out event gold set (source of events-heldout289.jsonl).

Keyed by the row index of selection-heldout289.jsonl (output of select_statement_sentence_heldout.py 289; rows 0-18
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
    python3 data/gold/build_events.py --selection selection-heldout289.jsonl \\
        --annotations annotations_heldout289 --output events-heldout289.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will also visit providers of critical humanitarian assistance", "036", "USA/GOV", N, False, F, N, False)],
     "Release on Assistant Secretary Noyes' (PRM) travel to Mexico (20 Apr 2022, trip 20-23 April) -> USA/GOV; 'She "
     "will also visit providers of critical humanitarian assistance for vulnerable populations' = an announced visit "
     "to meet people -> 036 future (guideline: future meetings 036; README choices: welcoming newly arrived refugees "
     "on a visit is a future meeting, 036; set 236 row 1 and set 262 row 0: Noyes' 'will also visit refugee "
     "settlements' / 'a refugee hosting center to meet with refugees' future 036s), the visit to the providers "
     "folded into the meeting with them (set 262: the visit to the centre folded into the meeting); the providers "
     "are unnamed organisations with no code -> target null (set 262: 'humanitarian organization staff and "
     "volunteers' a future 036 with no target; set 252: meetings with uncoded groups one 036 with no target) "
     "(borderline MEX/NGO, or bare MEX as the destination, already coded by the trip of the sentence before); "
     "'providers of critical humanitarian assistance' is an agent noun, its habitual aid not coded (set 125: "
     "'the occupiers' as an agent noun uncoded; set 191: an agent noun uncoded), and the beneficiaries, 'refugees "
     "and migrants' of mixed origin, have no code either (set 236: refugees of mixed origin -> target null) "
     "(borderline a habitual 073 with no source and no target, as set 262's participle 'volunteers assisting "
     "them')"),
 1: ([("will also meet with Solomon Islands government officials", "036", "USA/GOV", "SLB/GOV", False, F, N, False),
      ("the enduring relationship between the United States and Solomon Islands", "050", "USA/GOV", "SLB/GOV",
       False, A, N, True),
      ("plans to open a U.S. Embassy in Honiara", "032", "USA/GOV", "SLB/GOV", False, F, N, True)],
     "Release on Deputy Secretary Sherman's travel to Honiara (25 July 2022, trip 6-8 August) -> USA/GOV; 'The "
     "Deputy Secretary will also meet with Solomon Islands government officials' = an announced meeting -> 036 future "
     "(guideline: future meetings 036) -> SLB/GOV; 'to highlight the enduring relationship between the United States "
     "and Solomon Islands' = the purpose of the meeting, whose object is a relationship noun naming its two parties "
     "-> nominal 050 asserted (the relationship exists), symmetric, from the document's government (set 255: 'this "
     "wonderful relationship of cooperation between the United States and Senegal', a trip's purpose object, a "
     "nominal 050; set 270: 'the U.S.-Israel bilateral relationship' a nominal 050) (borderline uncoded as the "
     "object of a purpose clause, as held-out 236 row 11 and set 245 left a bilateral relationship named as a "
     "meeting's topic); 'the recent announcement of plans to open a U.S. Embassy in Honiara' = the announcement is "
     "a statement (01x, not coded), and the plans are the same planned opening that set 235 row 0 coded in "
     "Sherman's call with FM Manele as a future nominal 032 USA/GOV -> SLB/GOV (PETRARCH's OPEN EMBASSY [054] "
     "turned into the diplomatic intent code under the future-cooperation rule), followed here (borderline a future "
     "054, or uncoded as the object of 'highlight' and a repeat of an earlier announcement); Honiara is the place "
     "of the embassy, not a metonym (guideline); held-out 11 row 40 on the same release left the commemoration "
     "remarks uncoded"),
 # --- State Dept random: cue
 2: ([], "Release on the meeting with the Ktunaxa Nation councils (8 June 2022): 'Support for a joint IJC reference' = "
         "the Administration's support (sentence before: 'the Department reaffirmed the Administration's support for "
         "a joint reference to the International Joint Commission') for a proposed joint referral by the US and "
         "Canadian governments to a binational commission with no code, an abstract policy position on a procedure "
         "not yet under way (README choices: support for 'the start of negotiations' and for UN reform are abstract "
         "policy positions, not coded) (borderline a nominal 051 USA/GOV with no target, or a 106 request to "
         "CAN/GOV to join the reference, which the document never states); 'reflects the Biden-Harris "
         "Administration's commitment to protect public health; conserve our lands, waters, and biodiversity; and "
         "deliver environmental justice to communities overburdened by pollution' = domestic commitments with no "
         "foreign counterpart, abstract, not coded (held-out 259 row 11, set 248: abstract commitments uncoded)"),
 3: ([("the United States rejects", "120", "USA/GOV", "AFG/GOV", False, A, N, False),
      ("reversing their commitment to the people of Afghanistan", "160", "AFG/GOV", "AFG/CVL", False, A, N, False)],
     "Blinken's statement on women's and girls' education in Afghanistan (24 Mar 2022) -> USA/GOV; 'Education is a "
     "human right' is a principle, no act; 'the United States rejects the Taliban's excuses' -> 120 (guideline: "
     "reject 12x; set 212: 'we reject completely the assertions ... by our former colonial masters' a 120 to "
     "GBR/GOV; set 185: 'Such violations, which Algeria rejects' a 120) to the authors of the excuses, the Taliban "
     "after 15 Aug 2021 -> AFG/GOV (guideline: de facto authority); the 'excuses' themselves are statements (01x), "
     "not coded; 'for reversing their commitment to the people of Afghanistan that all Afghans would be able to "
     "return to school at all levels today' = reneging on a promise -> 160 (README choices, set 207: RENEGE ON "
     "PROMISE as 160 after PETRARCH's CAMEO dictionary; set 259: 'backtracking on previously undertaken "
     "commitments' a 160), a gerund with the Taliban as its subject, realised (the girls 'were told to go home', "
     "sentence after) -> asserted, not nominal, to the people the commitment was made to -> AFG/CVL (borderline "
     "1721 for the school closure, as set 243's 'The Taliban's decision not to re-open secondary schools to Afghan "
     "girls' a nominal 1721; or the commitment itself a nominal 0343, folded in here as sets 207 and 259 folded "
     "the reneged commitments)"),
 4: ([("stands with the Malian people", "051", "USA/GOV", "MLI/CVL", False, A, N, False),
      ("these grotesque acts of violence against civilian populations", "180", N, "MLI/CVL", False, A, N, True)],
     "Price's statement on civilian deaths in Mali (22 June 2022) -> USA/GOV; 'The United States stands with the "
     "Malian people' -> 051 (README choices: 'stand with' is 051 throughout) -> MLI/CVL; 'in the face of these "
     "grotesque acts of violence against civilian populations' = the weekend's violence in Bandiagara and Gao that "
     "killed more than 100 civilians (sentences before), whose perpetrators the document never names -> an "
     "anaphoric violence noun with its victims in the sentence -> nominal 180 with no source (guideline: "
     "unspecified violence by non-state armed groups 180; README choices: an agentless terrorist attack is 180 with "
     "no source, one per victim country; set 200: 'We condemn all acts of violence and terrorism in [Iraq]' a "
     "nominal 180 with no source; sets 212, 236 and 237: anaphoric 'These attacks'/'This attack' coded with no "
     "source), the civilian populations of Mali -> MLI/CVL (borderline 202 for the killing of more than 100 "
     "civilians, or uncoded as anaphoric, as set 178's 'That attack'); 'our thoughts are with the families of those "
     "killed' = condolence, not coded (README choices: condolences are not coded), and 'those killed' are the same "
     "deaths, folded into the 180 (guideline: a repeated mention coded once) (borderline a separate agentless 202 "
     "to MLI/CVL)"),
 5: ([("successfully concluding the Compact negotiations", "057", "USA/GOV", "MHL/GOV", False, D, N, False)],
     "Readout of Deputy Secretary Sherman's meeting with Marshall Islands FM Kabua and Compact negotiators (30 July "
     "2022, attributable to Price) -> USA/GOV; 'underscored' is the speech verb, not coded; 'the importance of "
     "successfully concluding the Compact negotiations' = a deontic 'importance of' with no request verb -> demanded "
     "(guideline: 'it is important to help X'), Y = reaching the Compact of Free Association agreement -> 057 "
     "(set 231: 'crucial to achieve progress towards a comprehensive normalization agreement' a demanded 057), "
     "between the two negotiating governments, symmetric, from the document's government -> USA/GOV -> MHL/GOV, a "
     "gerund and not nominal; the negotiations themselves, the object of 'concluding' and named only by the "
     "Compact, are folded into the agreement (set 248: 'This agreement, when concluded' with the framework folded "
     "in) (borderline a separate nominal 046 asserted USA/GOV -> MHL/GOV, as README choices' Freely Associated "
     "States one 046 per state); 'the strength of united Pacific voices and leadership through international fora "
     "such as the Pacific Island Forum' = an evaluation with no praise verb, the Forum having no code (sets 120 "
     "and 210: the Pacific Islands Forum has no code) (borderline a 051 with no target, as README choices' praise of a "
     "display of unity)"),
 6: ([("spoke today with", "040", "USA/GOV", "QAT/GOV", False, A, N, False),
      ("Qatar’s recent pledge of assistance to Lebanon", "033", "QAT/GOV", "LBN", False, A, N, True),
      ("support for the Afghanistan peace negotiations", "051", "QAT/GOV", "AFG", False, A, N, True)],
     "Readout of Blinken's call with Qatari Deputy PM and FM Al-Thani (9 July 2021, attributable to Price); the "
     "splitter cut after 'Secretary of State Antony J.', so the subject 'Blinken' opens the sentence -> USA/GOV; "
     "'spoke today with' = a call -> 040 (held-out 10 row 26: a call 040) -> QAT/GOV; 'regional security issues' "
     "is a topic; 'Qatar's recent pledge of assistance to Lebanon' = a realised pledge of unspecified aid, a noun "
     "with its agent -> nominal 033 asserted (README choices: 'the willingness of our partners to assist' a nominal "
     "033; the EU's 'willingness to give support' 033), the recipient the country as a whole -> bare LBN (set 149: "
     "Canada's contribution 'for Afghanistan' to bare AFG) (borderline 0331 or 0333, or LBN/MIL, the Lebanese army "
     "being the aid's actual recipient outside the document); 'and support for the Afghanistan peace negotiations' "
     "has no possessive of its own: the bare noun is read as coordinated under the preceding 'Qatar's' (set 271: "
     "the possessive carries over the list that follows it), as the same counterpart's readout of 27 May 2021 "
     "wrote it outright -> nominal 051 QAT/GOV to the bare country, following set 265 row 11 exactly ('Qatar's "
     "support for Afghanistan peace negotiations' a nominal 051 to bare AFG, the parties unnamed) (borderline "
     "uncoded as an agentless topic noun, USA/GOV as its agent, or a nominal 045/043 for Qatar's hosting of the "
     "Doha talks); the negotiations themselves, named only by place and with no agent in the sentence, are not coded "
     "(set 265; set 226)"),
 7: ([("is visiting Accra", "042", "USA/GOV", "GHA", False, A, N, False),
      ("the U.S.-Ghana bilateral relationship", "050", "USA/GOV", "GHA/GOV", False, A, N, True)],
     "Release of 25 May 2022 on Assistant Secretary Witkowsky's (CSO) trip to Accra of May 25-27 -> USA/GOV; "
     "'Assistant Secretary Witkowsky is visiting Accra' = a trip under way on the release date -> 042 asserted to "
     "the destination country (README choices: a trip under way ('is traveling to') is 042 asserted per "
     "destination, an announced one 036 future; set 271 row 13), Accra the place -> bare GHA (held-out 23 row 36: "
     "Witkowsky's announced Haiti trip to bare HTI); 'on her first trip to Africa' is the same trip, coded once; "
     "'to underscore the importance of the U.S.-Ghana bilateral relationship' = the trip's purpose, whose object is "
     "a relationship noun naming its parties -> nominal 050, symmetric, from the document's government (set 255: a "
     "trip's purpose object 'this wonderful relationship of cooperation between the United States and Senegal' a "
     "nominal 050; set 270: 'the U.S.-Israel bilateral relationship' a nominal 050; row 1 of this set) "
     "(borderline uncoded, as set 245's 'to discuss the U.S.-Tunisian bilateral relationship', a meeting's topic); "
     "'underscore the importance' is a statement, not coded"),
 8: ([("We condemn", "111", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("Russian authorities’ politically-motivated conviction and sentencing", "116", "RUS/GOV", "RUS/OPP", False, A,
       N, True),
      ("additional spurious charges", "1121", "RUS/GOV", "RUS/OPP", False, A, N, True)],
     "Price's statement 'Aleksey Navalny Unjustly Convicted Again' (22 Mar 2022) -> USA/GOV; 'We condemn' -> 111 "
     "(guideline) to the agent of the condemned act, 'Russian authorities' -> RUS/GOV (borderline RUS/JUD, the "
     "conviction being a court's, as set 261's 'a Moscow court' -> RUS/JUD, but here the document names only the "
     "authorities); 'Russian authorities' politically-motivated conviction and sentencing of opposition leader "
     "Aleksey Navalny' = another state's legal acts named as nouns -> nominal 116 (README choices: convictions 116; "
     "set 253: 'prison sentences' a 116; set 278: 'the sentence imposed against Mr. Spavor' a 116), the conviction "
     "and the sentencing one code and pair, coded once (set 229: one event per code) (borderline a separate 173 for "
     "the nine-year prison term), to Navalny as opposition leader -> RUS/OPP (set 261: 'imprisoned' a 173 RUS/GOV "
     "-> RUS/OPP for Navalny); 'on additional spurious charges' = the prosecution's charges, an event noun whose "
     "agent is the same authorities through the possessive -> nominal 1121 (guideline: charge 1121; README choices: "
     "prosecutions 1121; set 249: 'politically-motivated charges' a nominal 1121 KHM/GOV -> KHM/OPP) (borderline "
     "folded into the 116); 'in a high security prison' is the place of the sentence"),
 9: ([("spoke today with", "040", "USA/GOV", "FRA/GOV", False, A, N, False),
      ("spoke today with", "040", "USA/GOV", "DEU/GOV", False, A, N, False),
      ("spoke today with", "040", "USA/GOV", "GBR/GOV", False, A, N, False),
      ("to be imposed", "163", "USA/GOV", "RUS/GOV", False, H, N, False),
      ("to be imposed", "163", "FRA/GOV", "RUS/GOV", False, H, N, False),
      ("to be imposed", "163", "DEU/GOV", "RUS/GOV", False, H, N, False),
      ("to be imposed", "163", "GBR/GOV", "RUS/GOV", False, H, N, False),
      ("invades", "192", "RUS/GOV", "UKR", False, H, N, False)],
     "Readout of Blinken's call with the Transatlantic Quad foreign ministers (15 Feb 2022, attributable to Price); "
     "the splitter cut after 'Antony J.' -> USA/GOV; 'spoke today with' Le Drian, Baerbock and Truss = one call with "
     "three named counterparts -> one 040 each to FRA/GOV, DEU/GOV and GBR/GOV (guideline: compound target split); "
     "'to further coordinate implementation' is the purpose and content of the call itself, folded into the 040s "
     "(as 'to discuss' topics are) (borderline one 050 per partner, as README choices' 'U.S.-EU coordination' a "
     "nominal 050); 'the massive consequences and severe costs to be imposed if Russia invades Ukraine' = the planned "
     "sanctions, an agentless passive whose agents are the four coordinating governments of the same sentence -> "
     "163 (guideline: sanctions 163; set 235: 'impose costs on the Russian government' a 163), one per partner "
     "(set 263: 'committed to continue to impose costs on Russia' one 163 per partner; set 271), on the infinitive "
     "and so not nominal, inside the if-clause's consequence -> hypothetical (guideline: if/would), to the invader "
     "-> RUS/GOV (borderline one nominal 130 per partner, as sets 246, 250 and 267 coded 'massive consequences and "
     "severe costs' stated as a warning or readiness, but this sentence states no warning to Russia; or USA/GOV "
     "alone under the own-government passive rule, as set 238); 'if Russia invades Ukraine' -> invade 192 "
     "(guideline), hypothetical, RUS/GOV -> bare UKR (guideline: bare country as the target of an invasion; set 230: "
     "'an invasion' a hypothetical 192 RUS/GOV -> UKR)"),
 10: ([("The Global Partnership welcomes", "051", "USA/GOV", "CAN/GOV", False, A, N, False),
       ("The Global Partnership welcomes", "051", "USA/GOV", "CHL/GOV", False, A, N, False)],
      "Joint Statement by the Governments of Canada, Chile and the United States on the Global Partnership for "
      "Action on Gender-Based Online Harassment and Abuse (9 June 2022); 'The Global Partnership welcomes Canada "
      "and Chile to join existing partners' = the existing members' welcome of two new members -> 051 (guideline: "
      "welcome 051; README choices: welcomes of new Members are 051 per member, sets 144 and 179) to CAN/GOV and "
      "CHL/GOV; the Partnership has no code, and its only existing member among the three authors is the United "
      "States, so the third-person group is coded as the document's government, one event per target (set 250: the "
      "Media Freedom Coalition's third-person 'demands' coded USA/GOV; set 253: 'The Friends of Sudan call on' one "
      "106 from USA/GOV) (borderline one 051 from each of the seven existing members the text before names, AUS, "
      "DNK, NZL, KOR, SWE, GBR and USA, under the rule that a group without a code is each member the document "
      "names); the joining itself is not coded beside the welcome (README choices: congratulating Switzerland on "
      "joining the UN is a 051 and the joining is not coded) (borderline a future 030 from each of CAN/GOV and "
      "CHL/GOV, their membership being announced in the text before); 'to build a sustainable, resilient, and "
      "equitable future by supporting strong and inclusive democracies' is an abstract purpose, not coded"),
 11: ([("We welcome Ireland’s continued leadership", "051", "USA/GOV", "IRL/GOV", False, A, N, False),
       ("look forward to many years ahead of deep collaboration and partnership", "030", "USA/GOV", "IRL/GOV", False,
        F, N, False)],
      "Blinken's St. Patrick's Day statement (17 Mar 2022) -> USA/GOV; 'We welcome Ireland's continued leadership' "
      "-> 051 (guideline: welcome 051) to the Irish government, whose leadership on the shared issues of the "
      "sentence before is welcomed -> IRL/GOV (borderline uncoded as an evaluation of a status, leadership being no "
      "act); 'look forward to many years ahead of deep collaboration and partnership' = 'look forward to' + "
      "cooperation -> 030 future (guideline: 'look forward to' is future and future cooperative acts take 03x; set "
      "232: 'look forward to strengthening this partnership' a future 030; set 234: 'look forward to continuing to "
      "advance our bilateral relationship' a future 030), collaboration and partnership one act, coded once (set "
      "232), the intent verb carrying it, not nominal (held-out 9 row 51: the well-wishing of the same statement's "
      "first sentence uncoded)"),
 # --- State Dept random: nocue
 12: ([], "Rewards offer for Bolivian narcotics trafficker Dávila (2 Feb 2022): 'For more information on the individual "
          "listed above and the NRP and TOCRP, please see Department of State INL AntiCrime Rewards Program' = a "
          "pointer for readers, no act between political actors (set 230: a website pointer uncoded; set 265 row 10: "
          "a Rewards for Justice instruction uncoded)"),
 13: ([("would result in a swift, severe, and united Transatlantic response", "130", "USA/GOV", "RUS/GOV", False, A,
        N, False),
       ("further Russian aggression against Ukraine", "190", "RUS/GOV", "UKR", False, H, N, True),
       ("we remain committed to the diplomatic path", "036", "USA/GOV", "RUS/GOV", False, A, N, False)],
      "Readout of Blinken's call with Russian FM Lavrov (15 Feb 2022, attributable to Price); 'He underscored that' "
      "= Blinken, the document's own government, so no reported speech (README: a Department readout of its own "
      "Secretary is not reported speech); 'further Russian aggression against Ukraine would result in a swift, "
      "severe, and united Transatlantic response' = a warning to Lavrov -> 130 asserted, the threatened response "
      "unspecified and so not coded separately, and the act that would trigger it a hypothetical nominal 190 "
      "(guideline: 'Russia would face massive consequences for attacking Ukraine' 130 asserted + 190 "
      "hypothetical), exactly as set 246 row 14 coded 'any further Russian aggression would result in massive "
      "consequences and severe costs' (130 USA/GOV -> RUS/GOV, hypothetical nominal 190 RUS/GOV -> bare UKR), the "
      "warning from the one speaker, the 'united Transatlantic' partners an uncoded collective (borderline 131 for "
      "the 'severe' response, or RUS/MIL for the aggression, as set 267); 'we remain committed to the diplomatic "
      "path' = a commitment to negotiate stated as a fact -> 036 asserted (guideline: an explicit intent verb stated "
      "as a fact gives 03x asserted; set 239: the trilateral 'reiterated their commitment to a diplomatic path' an "
      "asserted 036) to the counterpart of the call -> RUS/GOV (borderline 037, as set 234's 'efforts to reach a "
      "diplomatic solution'); 'believe that a window remains to resolve the crisis peacefully' = a belief about a "
      "possible settlement, not coded (borderline a hypothetical 037)"),
 14: ([], "Readout of Blinken's call with PRC FM Wang Yi (5 Mar 2022): 'The Secretary noted the world is watching to see "
          "which nations stand up for the basic principles of freedom, self-determination and sovereignty' = a "
          "statement (01x) about an unnamed class of nations and abstract principles, no act between coded actors "
          "(held-out 6 row 82 and 9 row 53: principles challenged or defended are characterisations, not coded) "
          "(borderline an implied 130 or 100 to CHN/GOV, which the sentence does not state)"),
 15: ([("enjoy a longstanding and deep bilateral partnership", "050", "USA/GOV", "TZA/GOV", False, A, N, False),
       ("we renew our commitment to greater collaboration", "030", "USA/GOV", "TZA/GOV", False, A, N, False)],
      "Blinken's Tanzania Union Day statement (26 Apr 2022) -> USA/GOV; 'The United States and Tanzania enjoy a "
      "longstanding and deep bilateral partnership' = ongoing, habitual cooperation -> 050 asserted (set 281 row 15: "
      "'The United States and Bolivia have long maintained important cultural and economic ties' an asserted 050; "
      "README choices, set 182: 'maintains long-standing friendly relations' an asserted 050), symmetric, coded once "
      "from the document's government to TZA/GOV (borderline uncoded as a state, as set 256's diplomatic-relations "
      "anniversary); 'on this day of celebration we renew our commitment to greater collaboration between our two "
      "nations' = an intent to cooperate more, stated as a fact -> 030 asserted (guideline: 'we pledged to continue' "
      "03x asserted; set 281: 'we reaffirm our commitment to strengthening' an asserted 030), to TZA/GOV, not "
      "nominal on 'renew'"),
 16: ([], "Joint Statement on Arctic Council Cooperation (3 Mar 2022): 'The core principles ... have long underpinned the "
          "work of the Arctic Council' is a description with an inanimate subject; 'a forum which Russia currently "
          "chairs' = holding the Council's rotating chairmanship, an office held and no act (set 204: holding an "
          "office uncoded; set 187: chairing two UN bodies uncoded), the Council having no code (held-out 20 row "
          "18, held-out 221 row 19) (borderline a habitual 043 RUS/GOV with no target, as set 114's chairing of an "
          "AHLC meeting)"),
 17: ([("the establishment of the Minerals Security Partnership", "0311", "USA/GOV", "AUS/GOV", False, A, N, True),
       ("the establishment of the Minerals Security Partnership", "0311", "USA/GOV", "CAN/GOV", False, A, N, True),
       ("the establishment of the Minerals Security Partnership", "0311", "USA/GOV", "FIN/GOV", False, A, N, True),
       ("the establishment of the Minerals Security Partnership", "0311", "USA/GOV", "FRA/GOV", False, A, N, True),
       ("the establishment of the Minerals Security Partnership", "0311", "USA/GOV", "DEU/GOV", False, A, N, True),
       ("the establishment of the Minerals Security Partnership", "0311", "USA/GOV", "JPN/GOV", False, A, N, True),
       ("the establishment of the Minerals Security Partnership", "0311", "USA/GOV", "KOR/GOV", False, A, N, True),
       ("the establishment of the Minerals Security Partnership", "0311", "USA/GOV", "SWE/GOV", False, A, N, True),
       ("the establishment of the Minerals Security Partnership", "0311", "USA/GOV", "GBR/GOV", False, A, N, True),
       ("the establishment of the Minerals Security Partnership", "0311", "USA/GOV", "org:EU", False, A, N, True)],
      "Release 'Minerals Security Partnership' (14 June 2022) -> USA/GOV; 'have announced' is a speech verb (01x), "
      "not coded; 'the establishment of the Minerals Security Partnership (MSP), an ambitious new initiative to "
      "bolster critical mineral supply chains' = a realised launch of an economic cooperation initiative by the "
      "United States 'and key partner countries' -> intent to cooperate economically, 0311 asserted (set 241: "
      "launched initiatives, such as the Global Methane Pledge, realised 03x asserted; held-out 16 row 13 coded "
      "the same Partnership's joint commitment as 0311), a noun whose agents are the announcers -> nominal; 'key "
      "partner countries' is made plain by the document ('MSP partners - including Australia, Canada, Finland, "
      "France, Germany, Japan, the Republic of Korea, Sweden, the United Kingdom, the United States, and the "
      "European Commission', text after), so it is each partner named (README choices: a group without a code is "
      "each member the document names; guideline: a missing participant taken from the context), symmetric "
      "multi-party, one event per pair from the document's government in the order named, the European Commission "
      "-> org:EU, exactly as held-out 16 row 13 split the same partners (borderline one 030 per co-launcher with no "
      "target, as set 241's Global Methane Pledge, or one 0311 with no target, 'key partner countries' being "
      "unnamed in the sentence); 'to bolster critical mineral supply chains' is the purpose"),
 18: ([("look forward to the advancement and growth of our partnership", "030", "USA/GOV", "SLB/GOV", False, F, N,
        False)],
      "Blinken's Solomon Islands National Day statement (6 July 2021) -> USA/GOV; 'We look forward to the "
      "advancement and growth of our partnership in the years to come' = 'look forward to' + expanded cooperation -> "
      "030 future (guideline: 'look forward to' is future and future cooperative acts take 03x; set 240 row 21: 'look "
      "forward to further opportunities to grow our relationship' a future 030 to the government; set 232), the "
      "partnership of the two states -> SLB/GOV, the intent verb carrying it, not nominal (borderline a separate "
      "nominal 050 for 'our partnership', as set 248's 'our relationship', here folded in as the object of the "
      "intended growth)"),
}
