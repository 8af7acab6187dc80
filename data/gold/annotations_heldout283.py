"""Hand annotations for the TWO-HUNDRED-AND-EIGHTY-THIRD held-out event gold set (source of events-heldout283.jsonl).

Keyed by the row index of selection-heldout283.jsonl (output of select_statement_sentence_heldout.py 283; rows 0-18
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
    python3 data/gold/build_events.py --selection selection-heldout283.jsonl \\
        --annotations annotations_heldout283 --output events-heldout283.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will travel to India, Bangladesh, and Kuwait", "036", "USA/GOV", "IND", False, F, N, False),
      ("will travel to India, Bangladesh, and Kuwait", "036", "USA/GOV", "BGD", False, F, N, False),
      ("will travel to India, Bangladesh, and Kuwait", "036", "USA/GOV", "KWT", False, F, N, False)],
     "Release on Assistant Secretary (IO) Sison's travel (29 July 2022); the sentence begins at 'Sison' because the "
     "splitter cut after 'Michele J.' -> USA/GOV; 'will travel to India, Bangladesh, and Kuwait August 2-10' = an "
     "announced trip -> 036 future (README choices: an announced trip is 036 future), one per destination, to the "
     "bare countries (set 241 row 1: 'will travel to Germany, France, and the United Arab Emirates' one 036 per "
     "country; held-out 260 row 17 and 277 row 13: the same pattern); 'for consultations on a range of U.S. "
     "multilateral priorities' = the trip's purpose, folded into it (held-out 241 row 0: 'to discuss international "
     "law enforcement ... initiatives' the trip's purpose, not coded separately) (borderline a second future 036 to "
     "each of IND/GOV, BGD/GOV and KWT/GOV, the 'meetings with senior government officials' being named only in the "
     "sentence after, as set 237 coded the meetings and folded the trip); the listed priorities ('combating food "
     "insecurity, advancing global health, ... peacekeeping and peacebuilding, and support for Rohingya refugees') "
     "are discussion topics with no act between named actors, not coded (set 242: a partnering named as a "
     "discussion topic uncoded) (borderline a nominal 070 or 073 USA/GOV -> MMR/CVL for the support for Rohingya "
     "refugees)"),
 1: ([("U.S. support for their sovereignty and independence", "051", "USA/GOV", "AZE", False, A, N, True),
      ("U.S. support for their sovereignty and independence", "051", "USA/GOV", "GEO", False, A, N, True),
      ("U.S. support for their sovereignty and independence", "051", "USA/GOV", "ARM", False, A, N, True)],
     "Release on Assistant Secretary Donfried's travel to Azerbaijan, Georgia and Armenia (10 June 2022) -> USA/GOV; "
     "'Marking the 30th anniversaries of diplomatic relations with all three countries' = an anniversary used as the "
     "occasion, not coded (set 238 row 8: 'celebrated the 100th anniversary of U.S.-Albanian diplomatic relations' "
     "uncoded; set 256: Estonia's '100 years of diplomatic relations' uncoded) (borderline one nominal 050 per "
     "country, as sets 265 and 272 coded '30 years of bilateral partnership'); 'will emphasize' is the "
     "document's own official's future speech verb, not coded (guideline; held-out 279 row 1: 'will underscore' "
     "not coded, the commitment it names asserted); 'U.S. support for their sovereignty and independence' = a "
     "standing support noun with its agent -> nominal 051 asserted, to each bare country (held-out 21 row 1, same "
     "document: 'steadfast U.S. support for Georgia's sovereignty' a nominal 051 to bare GEO; set 266 row 9: "
     "'continued U.S. support for Ukraine's sovereignty' a nominal 051 to bare UKR; set 184), 'their' resolved to "
     "'Azerbaijan, Georgia, and Armenia' of the same sentence, compound target split (guideline) (borderline 032, "
     "as set 266 row 1's 'commitment to Georgia's sovereignty', or each country's GOV); 'underscoring the right of "
     "Azerbaijan, Georgia, and Armenia to chart their own paths' = a speech verb and a stated right, an abstract "
     "position, not coded (guideline)"),
 # --- State Dept random: cue
 2: ([("to have Foreign Minister Retno here", "042", "IDN/GOV", "USA", False, A, N, False),
      ("to be able to launch the Strategic Dialogue", "030", "USA/GOV", "IDN/GOV", False, A, N, False),
      ("the Strategic Dialogue between the United States and Indonesia", "040", "USA/GOV", "IDN/GOV", False, A, N,
       True),
      ("was agreed upon", "036", "USA/GOV", "IDN/GOV", False, A, N, False)],
     "Blinken's remarks before his meeting with Indonesian FM Retno Marsudi (3 Aug 2021), his turn -> USA/GOV; 'It is "
     "a real pleasure to have Foreign Minister Retno here' = a welcome of a visiting official in Washington, coding "
     "the visit it shows -> 042 IDN/GOV -> bare USA (README choices: a welcome of a visiting official codes the "
     "visit, 042 to the country; set 228: 'It's very good to have you here, and I welcome you' a 042 EGY/GOV -> bare "
     "USA) (borderline a 043 hosting USA/GOV -> IDN/GOV, as set 224, Marsudi thanking him 'for having me' in the "
     "same transcript, held-out 6 row 57); 'to be able to launch the Strategic Dialogue' = the opening of a "
     "bilateral dialogue format -> 030 asserted (held-out 278 row 3: 'launched by Secretary of State Anthony Blinken' "
     "a 030 to DJI/GOV; set 240: 'today's launch of the U.S.-Afghan Consultative Mechanism' an asserted 030), the "
     "launch happening at this meeting, the other party named in the sentence -> IDN/GOV; 'the Strategic Dialogue "
     "between the United States and Indonesia' = a meeting noun naming its participants, its first session about "
     "to be held -> nominal 040 asserted (README choices: 'the U.S.-Bahrain Strategic Dialogue' a nominal 040; "
     "held-out 6 row 57, same transcript: Marsudi's 'the first Strategic Dialogue' a nominal 040), coded from the "
     "speaker's government, the first-named (borderline folded into the 030, as set 240 folded the mechanism into "
     "its launch); 'something that was agreed upon some years ago' = an agentless passive for the earlier agreement "
     "to hold the dialogue, its parties named in the same sentence (set 270: 'The Abraham Accords were signed' an "
     "agentless 057 with its parties from the same sentence) -> agreeing to meet, 036 asserted (README choices: 'the "
     "parties agreed to meet' is 036; 'agreed to set up working groups' one asserted 036), coded from the document's "
     "government (borderline a 057 for a concluded agreement, or uncoded as an agentless passive); 'that we are now "
     "actually initiating and launching' repeats the launch, coded once (guideline: a repeated mention of the same "
     "event is coded once)"),
 3: ([("further premeditated, unprovoked, and unjustified attacks on Ukraine", "190", "RUS/MIL", "UKR", False, F, N,
       True)],
     "Price's statement on the Kremlin's chemical and biological weapons allegations (9 Mar 2022) -> USA/GOV; 'These "
     "tactics' = anaphoric (Russia's 'track record of accusing the West', sentence before), and 'an obvious ploy by "
     "Russia' is the speaker's characterisation without a behaviour verb, not coded (guideline: evaluative "
     "descriptions without a behaviour verb, 'the US government lies', not coded) (borderline a 112 USA/GOV -> "
     "RUS/GOV); 'to try to justify further premeditated, unprovoked, and unjustified attacks on Ukraine' = the "
     "further military attacks Russia is preparing, whose agent is 'Russia' of the same sentence -> war/attack 190 "
     "(guideline: generic military attack 190), nominal, the state sets reading Russia's attacks on Ukraine as its "
     "forces' -> RUS/MIL -> bare UKR (held-out 279 row 2: 'Russia's unprovoked and unjustified invasion of "
     "Ukraine' RUS/MIL -> UKR; set 267: 'further Russian aggression against Ukraine' a nominal 190 RUS/MIL -> UKR) "
     "(borderline RUS/GOV); 'further' names attacks still to come, a planned conflictual act that keeps its own "
     "code with modality future (guideline: 'the annexation' (planned) -> 192 future) (borderline hypothetical, as "
     "set 267's 'further Russian aggression' and set 190's purpose clauses; or asserted for the ongoing war); "
     "'justify' is a speech act of Russia's, not coded"),
 4: ([("strongly supports the Somali people", "051", "USA/GOV", "SOM/CVL", False, A, N, False),
      ("remains committed to working", "030", "USA/GOV", "SOM/CVL", False, A, N, False)],
     "Blinken's statement on additional visa restrictions for undermining the democratic process in Somalia (16 Mar "
     "2022) -> USA/GOV; 'The United States strongly supports the Somali people' = expressed support -> 051 "
     "(guideline: 'express support' 051; README choices: 'stand with' 051) to the people -> SOM/CVL (borderline 070 "
     "as material support); 'remains committed to working to advance democracy and mutual prosperity' = a commitment "
     "to cooperate stated as a fact -> 030 asserted (README choices: commitments stated as facts, 'remain committed "
     "to supporting', are asserted 03x; held-out 200 row 28: 'remains committed to working with Guatemala' a 030), "
     "the partner implied by 'mutual' being the Somali people of the first conjunct (guideline: a missing "
     "participant from the context; the earlier statement in the same series, 'we are committed to working "
     "together to advance democracy and mutual prosperity for both of our countries') -> SOM/CVL (borderline bare "
     "SOM or SOM/GOV, or target null), the aims of democracy and prosperity folded in as abstract goals"),
 5: ([("the United States offers its thanks", "051", "USA/GOV", "HRV/GOV", False, A, N, False),
      ("close military cooperation our two countries have enjoyed", "062", "USA/GOV", "HRV/GOV", False, A, N,
       False)],
     "Blinken's Croatia Statehood Day message (30 May 2021) -> USA/GOV; 'we also commemorate the 30th anniversary of "
     "the Croatian Armed Forces' = a commemoration, not coded (README choices: commemorations and anniversaries "
     "uncoded; set 238); 'the United States offers its thanks' -> 051 (guideline: thank 051) to Croatia -> HRV/GOV "
     "(borderline HRV/MIL, the occasion being the Armed Forces' anniversary); the act thanked for is realised and "
     "coded asserted (README choices: thanks 'for the ongoing support' gives the support its agent): 'the decades "
     "of close military cooperation our two countries have enjoyed' = defence cooperation -> 062 (README choices: "
     "security cooperation 062; set 248: 'already existing cooperation between our two militaries' a 062), 'our two "
     "countries' -> the two governments, symmetric, coded once from the document's government (guideline) "
     "(borderline USA/MIL -> HRV/MIL as set 248, or 050), carried by the finite 'have enjoyed' and so not nominal "
     "(held-out 279 row 2: 'continued their close coordination' not nominal on its finite verb) (borderline a "
     "nominal 062 on 'cooperation')"),
 6: ([("We welcome Burundi’s progress", "051", "USA/GOV", "BDI/GOV", False, A, N, False),
      ("engaging with regional and multilateral partners", "040", "BDI/GOV", N, False, A, N, False)],
     "Blinken's Burundi National Day message (1 July 2021) -> USA/GOV; 'We welcome Burundi's progress' -> 051 "
     "(guideline: welcome 051) to the government whose progress it is -> BDI/GOV (README choices: acknowledging a "
     "government's progress is 051) (borderline bare BDI); the welcomed developments are coded too where they are "
     "acts between actors (README choices: welcoming several developments is 051 to each named party, the "
     "developments coded too): 'engaging with regional and multilateral partners' = Burundi's realised diplomatic "
     "re-engagement -> 040 (set 233: 'ASEAN Member States have taken steps to engage key parties' a 040), a gerund "
     "and not nominal, the partners unnamed collectives -> target null (guideline) (borderline 030, or uncoded as a "
     "generic description); 'combating trafficking in persons' and 'fighting corruption' are domestic law "
     "enforcement with no counterpart actor, not coded (README choices: domestic programmes uncoded)"),
 7: ([("The Acting Assistant Secretary’s trip", "036", "USA/GOV", "DEU", False, F, N, True),
      ("U.S. solidarity with G7 countries", "051", "USA/GOV", "org:G7", False, A, N, True)],
     "Release on Acting Assistant Secretary Trudeau's travel to Germany (16 June 2022, trip June 17-20) -> USA/GOV; "
     "'The Acting Assistant Secretary's trip' = the announced trip to Bonn of the first sentence, a visit noun with "
     "its agent, still to come -> future nominal 036 (set 259: Sison's anaphoric 'Her visit' a future nominal 036 to "
     "bare AUT; set 248: a 'planned visit' a future nominal 036) to the bare country -> DEU (borderline org:G7 for "
     "the G7 Media Ministerial it is for); 'supports U.S. commitments to press freedom' = an abstract commitment to a "
     "principle, not coded (README choices: commitments to principles uncoded); 'underscores' is an evaluative verb "
     "of the trip, not coded; 'U.S. solidarity with G7 countries working to strengthen democracy' = expressed "
     "support for a named group, a noun with its agent -> nominal 051 (set 264: 'Offered steadfast solidarity with "
     "the Ukrainian people' a 051; set 274: 'the United States stands with all NATO Allies' a 051 to org:NATO) to "
     "the group -> org:G7 (README: org:G7), its members named only as 'G7 countries' (borderline uncoded as mutual "
     "solidarity among allies, as set 255's 'As NATO Allies, we stand together' and set 263); 'working to "
     "strengthen democracy' is the G7 countries' abstract aim, not coded"),
 8: ([("spoke today with", "040", "USA/GOV", "org:OAS", False, A, N, False),
      ("the assassination of President Jovenel Moïse", "1823", N, "HTI/GOV", False, A, N, True)],
     "Readout of Blinken's call with OAS Secretary General Almagro (13 July 2021); the sentence begins at 'Blinken' "
     "because the splitter cut after 'Antony J.' -> USA/GOV; 'spoke today with Secretary General of the "
     "Organization of American States (OAS) Luis Almagro' -> 040 (guideline: a call is 040) to the organisation -> "
     "org:OAS (README: org:OAS); 'to discuss the situation in Haiti' is the call's purpose, folded in; 'following "
     "the assassination of President Jovenel Moïse' (7 July 2021) = the killing of an individual -> 1823 (guideline: "
     "killings of individuals 1823; held-out 273: 'the assassination of former Japanese Prime Minister Abe Shinzo' "
     "an agentless nominal 1823; held-out 103 and 134: assassinations 1823), a time marker whose noun has no agent "
     "in the document -> nominal with source null (README choices: a historic murder is an agentless 1823), the "
     "sitting president killed in office -> HTI/GOV (README choices: a historic act's participant named by the "
     "office held at the time takes that office's government) (borderline 186 assassinate, as held-out 70; "
     "HTI/CVL; or uncoded under the guideline's rule that event nouns without an agent are not coded)"),
 9: ([("remains committed to helping the sides negotiate", "039", "USA/GOV", "AZE/GOV", False, A, N, False)],
     "Blinken's Azerbaijan Republic Day message (28 May 2021) -> USA/GOV; 'As a co-chair of the OSCE Minsk Group, "
     "the United States remains committed to helping the sides negotiate a long-term political settlement of the "
     "Nagorno-Karabakh conflict' = a commitment to mediate stated as a fact -> 039 asserted (README choices: "
     "commitments stated as facts are asserted 03x; set 271: 'readiness to help ... Armenia and Azerbaijan find a "
     "long-term comprehensive peace' a 039 to each government, the Minsk Group co-chair role folded in; set 250: "
     "'remains committed to advancing diplomatic efforts' an asserted 039), the co-chair capacity kept as USA/GOV "
     "(set 271) (borderline org:OSCE, as a head of state speaking as an organisation's chair); 'the sides' resolved "
     "to the parties the document names: Azerbaijan only, Armenia being named nowhere in this message -> AZE/GOV "
     "(README choices: a group whose members the document does not name is coded for the one it names; set 264: "
     "Gantz's 051 with no target because the document never names Hamas) (borderline a second 039 to ARM/GOV from "
     "outside knowledge, or 045); the sides' negotiation is the content of the help, folded in (set 271); 'the "
     "Nagorno-Karabakh conflict' and 'the fighting' are conflicts named only by place, and 'the release of all "
     "detainees, accounting for those missing, and the ... exchange of remains' agentless humanitarian aims inside "
     "the commitment, not coded (set 239: the remaining Armenian detainees inside a request not coded) (borderline a "
     "future 0841 AZE/GOV -> ARM/MIL)"),
 10: ([("Secretary Blinken celebrated", "051", "USA/GOV", "PER/GOV", False, A, N, False),
       ("close cooperation between our two nations", "050", "USA/GOV", "PER/GOV", False, A, N, True)],
      "Readout of Blinken's call with Peruvian President-Elect Castillo (27 July 2021) -> USA/GOV; 'celebrated the "
      "enduring partnership and long history of close cooperation between our two nations' = appreciation of the "
      "partner relationship -> 051 (set 257: 'deeply values our partnership' a 051 plus a nominal 050; set 268: "
      "'values our strong relationship' the same) to Peru -> PER/GOV, the president-elect being the incoming "
      "government (README choices) (borderline uncoded as a commemoration, as set 238's 'celebrated the 100th "
      "anniversary', or as a sentiment, as held-out 13 and 23 read 'values'); the partnership and cooperation = a "
      "cooperation noun naming its parties ('our two nations') -> one nominal 050 (README choices: an agreement or "
      "cooperation named by its parties is a nominal 050), 'the enduring partnership' folded into the same pair "
      "(guideline: one event per actor pair); 'during Peru's bicentennial' is a time marker"),
 11: ([("We fully support ODIHR", "051", "USA/GOV", "org:OSCE", False, A, N, False)],
      "Price's statement on Russia's restrictions preventing OSCE observation of the Duma elections (5 Aug 2021) -> "
      "USA/GOV; 'We fully support ODIHR and the Parliamentary Assembly in their principled position' -> 051 "
      "(guideline: 'express support' 051), ODIHR and the OSCE Parliamentary Assembly both OSCE bodies -> org:OSCE "
      "(set 221: 'We share ODIHR's concern' a 051 to org:OSCE), the compound giving one actor pair, coded once "
      "(guideline: one event per actor pair); 'that they cannot effectively observe the elections under such "
      "restrictive circumstances' = the OSCE bodies' assessment of their inability, the negation bearing on "
      "'effectively' (set 182: 'did not respond more vigorously' a negation on the degree), not coded (borderline a "
      "negated, hypothetical 074 org:OSCE -> bare RUS reported_by org:OSCE, as the OSCE's observer missions were "
      "coded in set 168); 'such restrictive circumstances' is anaphoric (the restrictions imposed by Russian "
      "authorities in the sentences before), not coded again (borderline a nominal 1721 RUS/GOV -> org:OSCE)"),
 # --- State Dept random: nocue
 12: ([("cherishes our enduring relationship", "051", "USA/GOV", "PRT/GOV", False, A, N, False),
       ("our enduring relationship with Portugal", "050", "USA/GOV", "PRT/GOV", False, A, N, True)],
      "Blinken's message on the Day of Portugal (10 June 2022) -> USA/GOV; 'The United States cherishes our enduring "
      "relationship with Portugal' = appreciation of the partner -> 051, plus the relationship itself as a "
      "cooperation noun naming its parties -> nominal 050, both to PRT/GOV (set 268: 'The United States values our "
      "strong relationship with Madagascar' a 051 and a nominal 050; set 257) (borderline the 051 uncoded as a "
      "sentiment, as set 277's 'We value our shared history', or the 050 folded into the 051); 'which is based on "
      "deeply shared values' is a description, not coded (a narrow no-break space follows 'Portugal')"),
 13: ([], "Blinken's statement on Somalia (8 Feb 2022): 'The United States has repeatedly expressed concern over the "
          "delays and procedural irregularities in Somalia's electoral process' = expressed concern, CAMEO 01x, not "
          "coded (guideline; set 260: 'registered concerns' uncoded as 01x); the delays, irregularities and their "
          "'broader implications ... for the country's democracy and stability' are agentless conditions and risks, "
          "no act between actors (borderline a 110 USA/GOV -> SOM/GOV, or a nominal 128 for the irregularities)"),
 14: ([], "Release on the United States joining the Intergovernmental Forum on Mining (7 June 2021): 'Additional "
          "information is also available on Twitter at @EnergyAtState' = a pointer for readers, no act between "
          "actors (held-out 275: a Twitter pointer uncoded; set 230: a website pointer uncoded)"),
 15: ([("the documentation, verification, and dissemination of open-source evidence", "094", "USA/GOV", "RUS/MIL",
        False, A, N, True),
       ("President Putin’s brutal war of choice", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "Release on the launch of the Conflict Observatory (17 May 2022) -> USA/GOV; 'The program' = the Department's "
      "new Conflict Observatory of the sentence before ('The U.S. Department of State is announcing the launch'), "
      "standing for the government that runs it (README choices: a UN programme as subject stands for org:UN; the "
      "sixth set's 'This funding') -> USA/GOV; 'encompasses the documentation, verification, and dissemination of "
      "open-source evidence regarding the actions of Russia's forces' = gathering evidence of war crimes (the "
      "sentence before: 'evidence of Russia-perpetrated war crimes') -> investigate war crimes 094 (README choices: "
      "an investigation of war crimes 094; set 227: the Myanmar Mechanism that 'has collected ... evidence' a 094 "
      "org:UN -> MMR/MIL; set 269: 'will continue to track reports of war crimes' a future 094 USA/GOV -> RUS/MIL), "
      "the three nouns one activity, coded once, nominal with its agent the subject 'The program', asserted as the "
      "programme's present activity, to the forces investigated -> RUS/MIL (guideline: /MIL for armed forces) "
      "(borderline future, the programme being launched that day; 092; or uncoded as a description of a "
      "programme, as held-out 279 row 16); 'the actions of Russia's forces' names no act, not coded (set 247: the "
      "Kremlin's unspecified 'actions' uncoded); 'President Putin's brutal war of choice' -> nominal 190 RUS/GOV -> "
      "bare UKR (set 247: 'President Putin's war of choice' a nominal 190 RUS/GOV -> UKR), Ukraine from the text "
      "around it (guideline: a missing participant from the context) (borderline RUS/MIL)"),
 16: ([("is a vital ally, partner, and friend of the United States", "050", "USA/GOV", "AUS/GOV", False, A, N,
        False)],
      "Blinken's statement on the Australian federal election (22 May 2022) -> USA/GOV; 'Australia is a vital ally, "
      "partner, and friend of the United States' = a standing cooperative relationship stated as a fact -> 050 "
      "(held-out 241 row 4: 'Costa Rica honestly is a top partner of the United States' a 050 USA/GOV -> CRI/GOV; set "
      "229: 'an incredibly strong and valued partner in Costa Rica' a 050), symmetric, coded once from the "
      "document's government (guideline), the ally, partner and friend one relationship (guideline: one event per "
      "actor pair) (borderline 062 for the alliance, as set 220's 'steadfast partner in the fight against "
      "terrorism', or uncoded as a status, as set 255's 'As NATO Allies, we stand together')"),
 17: ([], "Announcement of Dilawar Syed as Special Representative for Commercial and Business Affairs (15 Feb 2022): "
          "'The Department of State is pleased to announce Dilawar Syed as the new Special Representative' = an "
          "internal appointment to a Department post, with no foreign counterpart, not coded (set 230: an internal "
          "appointment uncoded; set 257: Chacon's appointment coded only for its engagement with CAN/GOV) (borderline "
          "a 050 after PETRARCH's DESIGNATE/APPOINT * AMBASSADOR, as set 267, which concerned a post abroad); 'is "
          "pleased to announce' is a statement (01x)"),
 18: ([("unwavering in our commitment to helping Tibetans", "032", "USA/GOV", "CHN/CVL", False, A, N, False)],
      "Blinken's Losar message (3 Mar 2022) -> USA/GOV; 'We are unwavering in our commitment to helping Tibetans "
      "preserve their cultural, linguistic, and religious heritage' = a commitment to support stated as a fact -> "
      "asserted 03x (README choices: commitments stated as facts are asserted 03x), support for a people -> 032 (set "
      "180: 'determined to encourage and support the media' an asserted 032; set 266: 'will continue to support the "
      "Georgian people' a future 032), carried by the predicate 'are unwavering in' and so not nominal (set 257: "
      "'remains steadfast in its commitment' not nominal); Tibetans, 'the Tibetan community here in the United "
      "States and around the world' of the sentence before -> CHN/CVL (README choices: the Tibetan community CHN/CVL, "
      "borderline in exile) (borderline 033 for material help, or 0343 for cultural rights); 'which we honor today' "
      "is a sentiment, not coded"),
}
