"""Hand annotations for the SIXTY-FIRST held-out event gold set (source of events-heldout61.jsonl).

Keyed by the row index of selection-heldout61.jsonl (output of select_bulk_heldout.py 61; all rows come from
bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout61.jsonl \\
        --annotations annotations_heldout61 --output events-heldout61.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Marshall Islands (1997): 'This is simply a misrepresentation of what is being discussed' = an evaluation of "
         "a US newspaper ad campaign (preceding sentence; an uncoded private source), no act; 'if we do not act now' "
         "= 'we' meaning all states on climate change, no counterpart"),
 1: ([("will never accept", "120", "AZE/GOV", "ARM/GOV", False, A, N, False),
      ("the occupation of its", "192", "ARM/GOV", "AZE", False, A, N, True),
      ("ethnic cleansing", "203", "ARM/GOV", "AZE/CVL", False, A, N, True)],
     "Azerbaijan (2004); 'Azerbaijan will never accept the occupation of its territory, the violation of its "
     "territorial integrity or the results of ethnic cleansing' = a performative non-acceptance by the speaker -> "
     "REJECT 120 with negated false (guideline 'we will never accept it'; held-out 28 row 5, the same speaker's "
     "'will never agree to the legalization of territorial seizures' 120 AZE/GOV -> ARM/GOV), target Armenia, "
     "plain from the preceding sentences ('illegal activities carried out by Armenia in the occupied territories', "
     "'the results of its aggression') -> ARM/GOV; the occupation and the ethnic cleansing = event nouns whose agent "
     "is plain from the text around them (held-out 48/49; held-out 54 row 6: Armenia's occupying forces) -> nominal "
     "192 to the bare country (guideline: target of an invasion) and nominal 203 to the displaced Azerbaijani "
     "population (following sentence) -> AZE/CVL, both realised -> asserted (borderline not coded, as held-out 28 "
     "row 5 left 'territorial seizures' uncoded before the held-out 48/49 rule); 'the violation of its territorial "
     "integrity' has no specific CAMEO code, not coded"),
 2: ([("the last meeting with the Turkish Cypriot", "040", "CYP/GOV", N, False, A, N, True),
      ("will not rescind our efforts", "030", "CYP/GOV", N, False, F, N, False)],
     "Cyprus (Papadopoulos, 2007); 'the last meeting with the Turkish Cypriot leader' = the President's meeting with "
     "Talat (the speaker's own, plain from 'as we had hoped'; held-out 48/49: an event noun's agent plain from the "
     "text around it) -> nominal 040 from the speech's government; the Turkish-Cypriot leadership has no code "
     "(held-out 4) -> target null; 'did not signal the beginning of the implementation' negates an effect, not the "
     "meeting -> asserted; 'we will not rescind our efforts to put the 8 July process back on track' = a resolve to "
     "keep working with the other side -> 030 future, not negated (held-out 52/53: 'will never give up working with' "
     "030 future, not negated), target null for the same uncoded counterpart; the implementation of the Agreement "
     "is agentless"),
 3: ([("We have demanded", "1053", "JPN/GOV", "PRK/GOV", False, A, N, False),
      ("they have refused", "1243", "PRK/GOV", "JPN/GOV", False, A, N, False)],
     "Japan (Abe, 2016); 'We have demanded that North Korea return them [the abducted Japanese citizens, preceding "
     "sentence] immediately' = a request with Y = release of persons -> 1053 (guideline: 1053 release), JPN/GOV -> "
     "PRK/GOV; 'but they have refused' = an explicit refusal -> REJECT with negated false (guideline), declining to "
     "release persons -> 1243, the refused party the demanding government -> JPN/GOV (borderline JPN/CVL, the "
     "abductees); the return itself is Y of the request, not coded separately (guideline)"),
 4: ([], "Syria (2008): 'Closing the door to dialogue and imposing isolation, unilateral sanctions and diktats have "
         "never been successful tools in the exercise of sound international relations' = generic gerunds with no "
         "named agent or target (unlike held-out 54 row 32, whose sanctions were on Syria's own sectors), an "
         "evaluation of tools; 'never' negates their success, not an event; not coded (borderline nominal 163 null "
         "-> SYR)"),
 5: ([("It also welcomes", "051", "VAT/GOV", "org:UNGA", False, A, N, False)],
     "Holy See (2014); 'It [the Holy See] also welcomes the fact that the goals and targets do not impose on poorer "
     "States lifestyles ...' = a welcome (guideline 051) of the sustainable development goals 'proposed by the Open "
     "Working Group of the General Assembly' (preceding sentences) -> a General Assembly body -> org:UNGA "
     "(held-out 26/27: welcoming a UN resolution 051 to org:UNGA; borderline org:UN as held-out 44/45's UN plan); "
     "'do not impose' = figurative, an inanimate subject (goals), not a negated 163"),
 6: ([], "India (1990): 'we also expect that the East-West thaw will not result in depriving the developing world of "
         "augmented economic assistance' = a hope about an agentless effect, with uncoded collectives (the "
         "industrialized world, the developing world), null-null, not coded"),
 7: ([], "Cape Verde (2012): 'Africa does not have the right to even one permanent seat on the Council' = a state of "
         "affairs, no act; 'it meets all the requirements' is no event"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("has consistently advocated", "107", "KAZ/GOV", N, False, A, N, False)],
     "Kazakhstan (2015); 'has consistently advocated a peaceful settlement of the Ukrainian crisis and the full "
     "implementation of the Minsk agreements by the parties to the conflict' = a request (held-out 34/35: 'we "
     "advocate the unconditional implementation' is a request with its sub-code), habitual -> asserted; several "
     "demands take the most specific sub-code (held-out 9): settling a dispute -> 107 (held-out 36/37: a call to "
     "return to an agreement 107); 'the parties to the conflict' are not named in the sentence -> target null "
     "(held-out 16 row 4, 19 row 51: all parties -> null; held-out 26 row 10: a call for the Minsk agreements' "
     "implementation target null; borderline UKR/GOV, RUS/GOV and UKR/REB); no capital metonym"),
 9: ([("we are ready to move forward", "037", "UKR/GOV", "RUS/GOV", False, A, N, False)],
     "Ukraine (Poroshenko, 2016); 'we have consistently demonstrated in deed that we are ready to move forward on "
     "implementation of the Minsk agreements' = a readiness stated as a fact (held-out 9: 'stands ready to "
     "engage/assist' 03x asserted) to implement a peace plan -> intent to settle a dispute 037; the counterpart "
     "is Russia, named in the following sentences ('the resistance of the Kremlin and its proxies', 'Now it is "
     "time for Russia') -> RUS/GOV (guideline: a participant from the context; borderline target null, as held-out "
     "54 row 8's mirror case took UKR/GOV from the context); 'the comprehensive peace plan agreed in September 2014 "
     "and confirmed in February 2015' = agentless passives, not coded"),
 10: ([("support the ongoing efforts", "051", "AUT/GOV", "SRB/GOV", False, A, N, False),
       ("support the ongoing efforts", "051", "AUT/GOV", "XKX/GOV", False, A, N, False),
       ("encourage Belgrade and Pristina", "106", "AUT/GOV", "SRB/GOV", False, A, N, False),
       ("encourage Belgrade and Pristina", "106", "AUT/GOV", "XKX/GOV", False, A, N, False)],
      "Austria (2007); 'We therefore fully support the ongoing efforts of the Kosovo Troika' = support aimed at a "
      "process goes to its named parties (held-out 8 row 60: support for the dialogue 051 to Pristina and "
      "Belgrade; held-out 32/33) -> 051 to each; the Troika (EU, US and Russian envoys) is a group without a code "
      "whose members the document does not name (held-out 44/45), so its mediation is not coded separately "
      "(borderline nominal 045 with source null to each party); 'encourage Belgrade and Pristina to energetically "
      "make use of that negotiating space' = a request (first held-out set: 'encourage' -> 10x) with Y = "
      "negotiations -> 106, one per addressee; capital metonyms Belgrade -> SRB/GOV (2007) and Pristina -> "
      "XKX/GOV (held-out 26 row 8, same year)"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("joined the United States", "062", "PAK/GOV", "USA/GOV", False, H, N, False),
       ("be attacked", "180", "PAK/REB", "PAK/GOV", False, A, N, False)],
      "Pakistan (Imran Khan, 2019); 'I told the Government [of the time] that if it joined the United States, it "
      "would become an accomplice and be attacked, which is what happened' = the speaker's own past statement -> "
      "reported_by null (guideline), the telling itself a warning/advice without a threat (held-out 48/49: 'issues "
      "a warning' is not a threat), not coded; joining the United States in the war on terror (preceding "
      "sentences) inside the if-clause -> military cooperation 062 (held-out 18/19: security cooperation 062), "
      "hypothetical (held-out 52/53: acts inside an if-clause); 'be attacked, which is what happened' = the attacks "
      "the speaker asserts took place -> asserted (borderline hypothetical, the consequent of the conditional), "
      "agent the militant groups that 'turned against us' (following sentence; held-out 52/53: an agentless passive "
      "takes its agent from the neighbouring sentence), the groups that remained in Pakistan -> PAK/REB (held-out "
      "34/35: unnamed outlaw groups are the country's REB; borderline null), unspecified violence by non-state "
      "armed groups -> 180 (guideline), 'it' = the Government -> PAK/GOV (borderline bare PAK); 'an accomplice' "
      "is an evaluation"),
 12: ([("I entirely agree with", "051", "SWE/GOV", "FRA/GOV", False, A, N, False)],
      "Sweden (2003); 'I entirely agree with what President Chirac said a few days ago' = endorsement -> 051 "
      "(held-out 10/11: 'I agree with Merkel that ...' 051), Chirac -> FRA/GOV; the quoted 'we will end up with a "
      "pick-and-choose United Nations' is a forecast, no act"),
 13: ([("in coordination with", "030", "KWT/GOV", "org:UN", False, F, N, False),
       ("in coordination with", "030", "KWT/GOV", "org:ICRC", False, F, N, False),
       ("in coordination with", "030", "KWT/GOV", "USA/GOV", False, F, N, False),
       ("in coordination with", "030", "KWT/GOV", "IRQ/CVL", False, F, N, False)],
      "Kuwait (2003); 'Kuwait will pursue its efforts, in coordination with the United Nations, the ICRC, the "
      "Tripartite Commission, the interim Coalition Authority and the citizens of Iraq, to determine the fate of "
      "the remaining ... prisoners' = a future cooperative act -> 030 future (guideline: future cooperation gets "
      "03x), one per named partner (guideline: compound split): org:UN, org:ICRC (first-set code), the Coalition "
      "Provisional Authority = the US-led occupation administration -> USA/GOV (held-out 46/47: a coalition led by "
      "the US is USA/GOV when the document names no other member; borderline IRQ/GOV as the de facto authority), "
      "the citizens of Iraq -> IRQ/CVL; the Tripartite Commission has no code, dropped (held-out 4 compound rule); "
      "'Having said that, I should like to add' is the speaker's own statement, not attribution; determining the "
      "fate of prisoners is the purpose"),
 14: ([("lend appropriate encouragement", "051", N, "HTI/CVL", False, D, N, False),
       ("support to the efforts", "070", N, "HTI/CVL", False, D, N, False)],
      "Dominica (1990); 'surely it is for their neighbours and the international community to lend appropriate "
      "encouragement and support to the efforts of the local population' = a deontic without a request verb ('it "
      "is for X to', like 'it is important to help X') -> Y coded, demanded; the neighbours and the international "
      "community are uncoded collectives -> source null (held-out 27 row 40: 'needs to be encouraged, assisted and "
      "supported by the international community' 051 and 070 demanded with no source), the people of Haiti -> "
      "HTI/CVL; 'it is said that \"hope springs eternal\"' is a proverb, not attribution; 'it is for the people of "
      "Haiti to work out their destiny' has no counterpart"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Myanmar (1997): the sentence starts at 'General Assembly and implemented' (the splitter cut after 'These "
          "proposed reforms, if and when approved by the'); the Assembly's approval and implementation of the "
          "Secretary-General's reform proposals = internal UN reform (held-out 7), hypothetical, and their 'effects' "
          "a forecast; not coded"),
 16: ([], "Sweden (2014): 'The time leading up to the adoption of the post-2015 development agenda will be filled with "
          "challenging negotiations' = agentless negotiations among all states (uncoded), a forecast; not coded"),
 17: ([("will make its contribution", "030", "VNM/GOV", "org:UN", False, F, N, False)],
      "Viet Nam (1999); 'It [Viet Nam, preceding sentence] will make its contribution to the Organization's "
      "activities' = a future cooperative act toward the UN -> 030 future (guideline; held-out 28/29: a pledge "
      "made to the UN 030 to org:UN; borderline 032); 'will join other Members in rebuilding and renewing the "
      "United Nations' = UN reform with an uncoded collective (held-out 7), not coded; the page number '19' inside "
      "the span is a PDF artefact"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Slovenia (2011): 'we should pay particular attention to the special needs of Africa' = 'we' meaning all "
          "states (held-out 42/43), and paying attention is no codable behaviour"),
 19: ([], "China (2009): 'we should pursue cooperation with a more open mind and work for mutual benefit' = 'we' "
          "meaning all states (held-out 42/43), an abstract deontic with no named counterpart"),
 20: ([], "Bulgaria (2004): 'The development of infrastructure and political stability must go hand in hand' = "
          "abstract, no actor"),
 21: ([], "Brunei (2015): 'Those are all positive developments that should contribute to obtaining the recognition "
          "of Palestinian statehood' = an evaluation of the preceding developments (Palestine's acceptance in "
          "international bodies, the General Assembly's flag decision, coded where they stand), and the hoped-for "
          "recognition is agentless; not coded (borderline a 051 BRN/GOV -> org:UNGA)"),
 22: ([], "Qatar (1992): 'all States must share, on an equal footing, in its formulation' = a deontic over all States "
          "(an uncoded collective) about the new world order, no codable behaviour"),
 23: ([], "Peru (2009): 'We hope that this task can be accomplished without delay ... international action in this "
          "area must not be postponed' = an optative about an agentless task (a study of drug policy) and a deontic "
          "over uncoded international action; not coded"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("Australia has committed", "070", "AUS/GOV", "IRQ", False, A, N, False)],
      "Australia (2003); 'Of the $100 million Australia has committed to humanitarian and reconstruction assistance "
      "in Iraq, much has been directed through United Nations agencies' = committed aid sums are aid (held-out "
      "20/21), one aid noun covering two kinds -> 070 (held-out 20/21; borderline 073 or 0331 as a pledge), to "
      "the country -> IRQ (held-out 27 row 40: a country as recipient); 'directed through United Nations agencies' "
      "is the channel of the same aid, not a separate act (borderline 070 AUS/GOV -> org:UN)"),
 25: ([("Uruguay therefore attaches great", "051", "URY/GOV", "CHL/GOV", False, A, N, False),
       ("welcome initiative", "036", "CHL/GOV", "org:UN", False, A, N, True)],
      "Uruguay (1993); 'attaches great importance to Chile's welcome initiative in the convening of the World Summit "
      "for Social Development' = an endorsement of a named state's initiative ('welcome initiative') -> 051 to "
      "CHL/GOV (borderline not coded as an attitude, held-out 54 row 31, where the object was a UN document with "
      "no author); Chile's initiative to convene the UN summit = a proposal to meet with its agent named -> nominal "
      "036 (held-out 27 row 24: a joint initiative nominal 03x; held-out 30/31: hosting a UN session 036 to "
      "org:UN), the summit being a UN conference -> org:UN; the convening itself (1995) is the Organization's, not "
      "coded"),
 26: ([("that visit", "036", "org:UN", "KGZ", False, F, N, True)],
      "Kyrgyzstan (2009); 'We look forward to great results from that visit' = the visit of Secretary-General Ban "
      "Ki-moon to the Central Asian countries whose decision the preceding sentence welcomes -> an event noun whose "
      "agent is plain from the text around it (held-out 48/49) -> nominal, from org:UN (held-out 30 row 14: 'his "
      "visit to my country' 042 org:UN -> KGZ, a realised visit), announced, not yet made -> 036 future (held-out "
      "16/17: a trip under way 042, an announced one 036 future, to the bare country; borderline 042 future), to "
      "the speaker's country (the other Central Asian countries are an unnamed collective); the hoped-for "
      "'great results' are optative, not coded"),
 27: ([("We commend their dedicated efforts", "051", "JAM/GOV", "org:UN", False, A, N, False)],
      "Jamaica (2019); 'We commend their dedicated efforts' = praise (guideline 051) of the 'United Nations personnel "
      "[who] continue to provide yeoman service in peacekeeping' (preceding sentence) -> org:UN; 'respectfully "
      "recall the memory of those who have made the ultimate sacrifice' = commemoration (condolence, not coded)"),
 28: ([("in gross violation", "128", "ISR/GOV", N, False, A, N, True),
       ("blockade of the Gaza Strip", "191", "ISR/GOV", "PSE", False, A, N, True)],
      "Kuwait (2012); 'The Israeli Government, in gross violation of international conventions and norms, persists "
      "...' = defying norms -> nominal 128 (held-out 44 row 43: 'a flagrant violation' nominal 128), conventions and "
      "norms with no named party -> target null; 'its blockade of the Gaza Strip' -> nominal 191 to the territory "
      "(held-out 29 row 18: the same wording 191 ISR/GOV -> PSE); 'its expansion of settlements' has no specific "
      "CAMEO code (held-out 29 row 18, 44 row 5: building settlements not coded; borderline 192); 'persists in its "
      "intransigence and illegal policies' is an evaluative description (borderline 120); 'occupied Palestinian "
      "territory' is an adjective (held-out 27 row 3)"),
 29: ([], "Finland (2009): 'Countries outside the region are committed to supporting those efforts' = a commitment "
          "of an uncoded collective to the steps of 'the parties' (preceding sentence, not named: the Middle East "
          "peace process) -> null-null, not coded (borderline 032 null -> ISR/GOV and PSE/GOV)"),
 30: ([], "Gambia (2003): the sentence starts at 'Indonesia, Kenya, the Russian Federation, Morocco and Saudi Arabia' "
          "(the splitter cut after 'other such incidents in'); terrorist incidents and the attacks of 11 September "
          "are event nouns without a named agent (guideline), the countries only places; not coded"),
 31: ([("to involve", "061", N, "AFG/GOV", False, D, N, False)],
      "Kyrgyzstan (2013); 'It is also important to involve Afghanistan in the development of regional cooperation "
      "and the implementation of major joint socioeconomic and infrastructural projects such as the export of "
      "electricity and the building of roads and railroad networks' = an impersonal deontic (guideline: 'it is "
      "important to help X') -> Y coded, demanded; the involvers are the region's states, unnamed -> source null "
      "(held-out 14/15: 'it is essential that we continue to support', member states in general, source null); "
      "joint economic and infrastructure projects -> economic cooperation 061 (borderline 050), to the Afghan "
      "Government as the partner -> AFG/GOV (borderline bare AFG); one act with several projects coded once"),
 32: ([("I reiterated our proposal", "036", "MNG/GOV", N, False, A, N, False)],
      "Mongolia (2019); 'I reiterated our proposal' = the proposal of an informal meeting of foreign ministers of "
      "the North-East Asian countries (preceding sentence) -> a proposed meeting = intent to meet 036 (guideline: an "
      "explicit intent stated as a fact 03x asserted; held-out 52/53: 'offered to host' 036), the North-East Asian "
      "countries are not named -> target null (borderline org:ASEAN, the forum where it was reiterated); the ARF "
      "ministerial meeting is the venue of the statement, Bangkok a place"),
 33: ([("strongly advocated by Denmark", "100", "DNK/GOV", N, False, A, N, False)],
      "Denmark (1998); 'The review clause in the Statute — a proposition strongly advocated by Denmark all along in "
      "the negotiations' = Denmark pressing a proposal in the Rome Statute negotiations -> a request with its agent "
      "named (held-out 34/35: 'we advocate' is a request), Y = a treaty clause, no specific sub-code -> 100, the "
      "other negotiating states unnamed -> target null; a passive participle with its agent -> not nominal "
      "(borderline 046 DNK/GOV -> null for taking part in the negotiations, or not coded); the mojibake dashes are "
      "in the corpus text"),
 34: ([("assure him of our", "030", "UKR/GOV", "org:UNGA", False, A, N, False)],
      "Ukraine (2002); 'let me wish him success and assure him of our support' = 'him' the President of the General "
      "Assembly (preceding sentence) -> assurances of cooperation to the PGA 030 to org:UNGA (held-out 12 row 68, "
      "23 row 55, 50 row 40: 'assure him of the full support' 030 org:UNGA); wishing success is well-wishing "
      "(held-out 7), not coded"),
 35: ([], "Sweden (1993): 'the challenge for the United Nations is to fulfil its important role in supporting "
          "international cooperation and governments' efforts' = an abstract description of the UN's role, no "
          "named counterpart"),
 36: ([], "Thailand (2004): 'Terrorism is a direct threat to State security, but it also undermines human security' "
          "= figurative threat (guideline), no actor"),
 37: ([("We give our unqualified support", "051", "DEU/GOV", "org:UNSC", False, A, N, False)],
      "Germany (1990); 'We give our unqualified support to the implementation of these resolutions of the United "
      "Nations' = endorsement -> 051, the resolutions = the Security Council's demands on Iraq (preceding sentences: "
      "'the three routes charted by the Security Council') -> org:UNSC (held-out 26/27: welcoming a UN resolution "
      "051 to its body); the implementation itself is compliance by Iraq, not coded"),
 38: ([], "Papua New Guinea (2016): 'our collective support, leadership and advocacy for ... oceans and seas have been "
          "harnessed under the region's Pacific Oceanscape Framework' = 'our' meaning the Pacific Islands Forum "
          "members together, an abstract advocacy for a cause with no named counterpart; not coded"),
 39: ([], "DR Congo (2016): 'terrorism is now the most serious threat to international peace and security' = "
          "figurative threat (guideline), no actor"),
 40: ([("has already embarked on a programme", "073", "VCT/GOV", N, False, A, N, False)],
      "Saint Vincent and the Grenadines (1998); 'has already embarked on a programme of assistance to our sister "
      "countries in the Caribbean' = relief after Hurricane Georges (preceding sentences) -> humanitarian aid 073 "
      "(held-out 27 row 1: disaster assistance 073), asserted; the affected islands are not named in the document "
      "('several islands in the Caribbean') -> target null (borderline 070)"),
 41: ([], "Slovakia (1994): 'Economic cooperation and ... international assistance are prerequisites for further "
          "development of economies in transition' = abstract, no actor"),
 42: ([], "Moldova (2018): 'the Association Agreement is a big step forward for the economy' = an evaluation of an "
          "agreement noun (held-out 26 row 30: 'the 1993 Oslo agreement' not coded); 'the European Union has become "
          "the country's main trading partner' = a state of trade relations, not an event (borderline 061 MDA/GOV "
          "-> org:EU)"),
 43: ([], "Chile (1996): 'the emergence of national coordinating bodies to implement the agreements signed' = "
          "domestic bodies and agentless signing, not coded"),
 44: ([("we welcome the new dialogue", "051", "MUS/GOV", "USA/GOV", False, A, N, False),
       ("we welcome the new dialogue", "051", "MUS/GOV", "SUN/GOV", False, A, N, False),
       ("dialogue between the United States and the Soviet Union", "040", "USA/GOV", "SUN/GOV", False, A, N, True)],
      "Mauritius (1990); 'we welcome the new dialogue between the United States and the Soviet Union on the issue' "
      "(the Middle East, 1990) = a welcome aimed at a process goes to its named parties (held-out 8 row 60) -> 051 "
      "per party; the dialogue noun naming its participants -> nominal 040, symmetric, from the first-named "
      "(held-out 8 row 60: 'dialogue between Pristina and Belgrade' 040); USSR -> SUN (guideline)"),
 45: ([("I reiterate my appeal", "103", "BRA/GOV", N, False, A, N, False)],
      "Brazil (Lula, 2008); 'I reiterate my appeal for the solidarity of developed countries with Haiti, since "
      "implementation has fallen far short of the many promises' = a request (guideline: appeal -> 10x) with Y = "
      "solidarity with Haiti in the sense of delivering the promised aid -> 103, addressed to developed countries "
      "(an uncoded collective) -> target null; 'implementation has fallen far short of the many promises' = "
      "unfulfilled pledges whose authors are the same collective and whose content is not named, null-null, not "
      "coded (held-out 32/33: unfulfilled pledges with named content 0841 negated)"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Gambia (2004): 'Since the children's summit took place, we have seen the condition of the world's children "
          "become more and more desperate' = an agentless summit and a trend, no act"),
 47: ([], "Uruguay (2001): 'This world and ... the United Nations face a challenge for which they are not duly "
          "prepared' = no act"),
 48: ([], "Thailand (2011): 'The recent birth of the Republic of South Sudan and its swift admission to the United "
          "Nations are clear testaments to the constructive role of Mediterranean [mediation] and the continued "
          "engagement of the United Nations in conflict resolution' = the UN's admission of a member, no CAMEO act "
          "(held-out 26 row 40, 32 row 35); 'the continued engagement of the United Nations in conflict resolution' "
          "names no parties (borderline nominal 045 org:UN -> SDN/GOV and SSD/GOV)"),
 49: ([], "Belarus (2012): 'what is required of us in terms of the environment?' = a rhetorical question with no act"),
 50: ([], "Bhutan (2004): Kofi Annan's leaving his post and 'our work to find a suitable replacement' = internal UN "
          "succession by all Member States (uncoded), no act between actors"),
 51: ([], "Sweden (2001): 'We need the United Nations, and the United Nations needs us' = a statement of mutual "
          "dependence, no codable behaviour (unlike held-out 46/47's 'we require support', no act is needed)"),
 52: ([], "Tajikistan (1999): 'it is necessary to ensure that all States share in the responsibility to preserve it "
          "[water]' = an impersonal deontic over all States, no codable behaviour"),
 53: ([("we will do everything we can", "030", "AUS/GOV", "NLD/GOV", False, F, N, False),
       ("we will do everything we can", "030", "AUS/GOV", "MYS/GOV", False, F, N, False),
       ("murdered", "202", "UKR/REB", "AUS/CVL", False, A, N, False)],
      "Australia (2014); 'With the Dutch and the Malaysians, we will do everything we can to ensure that the "
      "investigation is not undermined' = future joint action with named partners on the MH17 investigation -> "
      "030 future, one per partner (guideline: future cooperation 03x; held-out 16/17: a joint commitment one per "
      "partner), the Dutch and the Malaysians = their governments (preceding sentence: working with them to "
      "investigate the crash site) -> NLD/GOV, MYS/GOV; 'the investigation is not undermined' and 'the crime is not "
      "covered up' are agentless, hypothetical aims, not coded; '38 Australians murdered in this atrocity' = the "
      "downing of Flight MH17, whose agent the preceding sentence names ('shot down by Russian-backed rebels over "
      "eastern Ukraine'; held-out 52/53: an agentless killing takes its agent from the sentence before) -> eastern "
      "Ukraine's separatists UKR/REB (held-out 36/37), killing of many civilians -> 202 (guideline; borderline "
      "1823), the Australian victims -> AUS/CVL, a participle -> not nominal, asserted"),
 54: ([], "Jamaica (2006): 'Those policies are inconsistent, counterproductive and ... frankly wrong' = an evaluation "
          "of developed countries' immigration policies (uncoded collective), not a 111 act (guideline: evaluative "
          "descriptions not coded)"),
 55: ([], "North Macedonia (2003): the sentence starts at 'Government firmly believes' (the splitter cut after "
          "'My'); a belief in the need to pursue UN reform goals (held-out 7), no act"),
 56: ([], "Lebanon (1997): development plans 'were being formulated' (agentless) and 'the world manifested interest' "
          "(uncoded collective); hopes dashed, no act between coded actors"),
 57: ([("We have deployed 112 troops", "074", "HUN/GOV", "IRQ", False, A, N, False)],
      "Hungary (2015); 'We have deployed 112 troops in Iraqi Kurdistan' = Hungary's contingent in the anti-ISIS "
      "coalition, a force protection unit also training Peshmerga (following sentence) -> military protection 074 "
      "to the host country (held-out 44/45: troops in ISAF or UNIFIL are 074 to the host country), Iraqi Kurdistan "
      "-> IRQ (borderline 062 military cooperation, or IRQ/GOV); 'We' in the speech -> HUN/GOV"),
 58: ([], "Turkmenistan (2005): railways 'were constructed' = domestic infrastructure, agentless, no counterpart"),
 59: ([], "Bhutan (2007): 'That is a positive development' = an evaluation of the SAARC leaders' reaffirmed "
          "commitment (preceding sentence), not a welcome act (held-out 48/49: 'it is commendable to observe' is an "
          "evaluation); 'more needs to be done to rid the region of this menace' = an agentless deontic against "
          "terrorism (uncoded), not coded"),
}
