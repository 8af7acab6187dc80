"""Hand annotations for the HUNDRED-AND-FIFTY-SEVENTH held-out event gold set (source of events-heldout157.jsonl).

Keyed by the row index of selection-heldout157.jsonl (output of select_bulk_sentence_heldout.py 157; all rows come
from bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout157.jsonl \\
        --annotations annotations_heldout157 --output events-heldout157.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Moldova (2005): 'as the report of the High-level Panel ... rightly pointed out, the efforts of regional "
         "organizations do not absolve the United Nations of its primary responsibilities' = a statement (01x) of a UN "
         "report and a norm about responsibilities, no act between actors; 'rightly' is a sentence adverb of approval, "
         "not a verb of agreement (held-out 135: sentence adverbs not coded; borderline a 051 MDA/GOV -> org:UN, as "
         "held-out 122's 'We agree with the findings of the High-level Panel'); 'do not absolve' negates no event"),
 1: ([], "United States (Obama, 2015): 'We see arguments that the only strength that matters ... is bellicose words and "
         "shows of military force, and that cooperation and diplomacy will not work' = positions in the domestic "
         "debate, generic, with no actor and no target; 'will not work' negates an outcome, not an event"),
 2: ([("criticism", "111", N, "org:UN", False, A, N, True)],
     "Romania (2008); 'The Organization has never lacked for criticism or scepticism' = litotes: the United Nations "
     "has always faced criticism, so the criticism is asserted, not negated (held-out 127: 'will not shirk' litotes; "
     "held-out 115 and 118: 'has often drawn a great deal of criticism to the United Nations', 'the criticism it has "
     "been facing' a nominal 111 with no source to org:UN); critics unnamed ('some questioned the relevance' in the "
     "sentence before, uncoded) -> no source; 'scepticism' is an attitude, not coded"),
 3: ([("decided to continue the application of those sanctions", "163", "org:UNSC", "IRQ", False, A, N, False)],
     "Saudi Arabia (1994); 'In its last review of the sanctions imposed on Iraq, the Security Council decided to "
     "continue the application of those sanctions' = the Council's sanctions (guideline: sanctions 163) kept in "
     "force -> asserted 163 org:UNSC -> bare IRQ (held-out 134: 'consequences of sanctions' 163 org:UNSC -> bare "
     "IRQ; borderline IRQ/GOV); 'the sanctions imposed on Iraq' is the same sanctions, a repeated mention coded once "
     "(guideline); the review is the Council's internal procedure; 'the efforts of the Iraqi Government to deceive "
     "the world community have not borne fruit' = deception, not coded (held-out 42/43: defrauding not coded), 'not "
     "borne fruit' negates a result"),
 4: ([("the 9/11 attack", "180", N, "USA", False, A, N, True)],
     "Botswana (2010); 'My delegation does not believe that the 9/11 attack was orchestrated by the United States of "
     "America' = the attack itself is presupposed and real -> nominal 180 with no source to bare USA (held-out 115 and "
     "116: the 11 September attacks a nominal 180 with no source to USA); the negation bears on the alleged "
     "orchestrator, not on the attack (held-out 150: 'did not take to the streets because of some plot imposed from "
     "abroad', negation bearing on the cause), so no negated event and no US agency coded (borderline a negated 180 "
     "USA/GOV -> USA, or a 120 rejection of the claim's unnamed author, Iran's President)"),
 5: ([], "Chile (1990): 'the lack of freedom will encourage abuse of the weak ... and will create a suffocating climate "
         "of oppression and consequent rebellion' = a generic statement about prosperity without democracy, no actor"),
 6: ([], "Romania (1998): 'crisis situations are generally seen solely from the political, military and sometimes "
         "humanitarian perspectives, but rarely or never from those of economics or civil society' = an evaluation of "
         "perspectives, no act; 'never' bears on a perspective, not on an event"),
 7: ([], "Barbados (2001): 'We must all accept that the struggle against terrorism can never hope to succeed if it is "
         "viewed simply as a military campaign to strike at the power base of the latest practitioners of terror' = 'we' "
         "meaning all states (held-out 42/43: not coded) and a generic conditional; the campaign and its strike are an "
         "unattributed hypothetical (borderline a hypothetical 190 USA/GOV -> AFG/REB for the 2001 Afghan campaign)"),
 # --- UNGDC 1990-2019 random: reported
 8: ([("an appeal", "1033", "org:UNHCR", N, False, A, "org:UNHCR", True),
      ("had received", "073", N, "org:UNHCR", False, A, "org:UNHCR", False)],
     "Mali (2012); 'He said that ...' = the United Nations High Commissioner for Refugees of the sentence before -> "
     "org:UNHCR (guideline), the speech verb not coded, the events inside reported_by org:UNHCR (guideline); 'from an "
     "appeal for $153 million' = UNHCR's funding appeal for the Mali crisis -> nominal 1033 (held-out 142: UNHCR's 'In "
     "its appeal' a nominal 1033 with no target), addressed to uncoded donors -> no target; 'his Office had received "
     "only about $49 million to deal with that humanitarian crisis' = funds received from unnamed donors -> 073 with "
     "no source to org:UNHCR (borderline 071 economic aid, the aid being money), 'only' bearing on the amount, not a "
     "negation (held-out 113: support 'not matched by a commensurate support' asserted)"),
 9: ([("in captivity", "181", "UKR/REB", "UKR/CVL", False, A, N, True)],
     "Ukraine (2016); 'After one year in captivity without proper medical assistance, this completely blind man ...' = "
     "the Ukrainian hostage volunteer Volodymyr Zhemchugov of the sentence before, held hostage in Donbas -> hostage-"
     "taking 181 (guideline: abduct/take hostage), an event noun whose agent is plain only from the text around it "
     "(held-out 48/49): the 'Russia-backed illegal armed formations in the occupied areas of Donbas' that take hostages "
     "-> UKR/REB (held-out 38/39 and 36/37: Donetsk and Luhansk, eastern Ukraine's separatists UKR/REB; borderline "
     "RUS/GOV, 'in Donbas and in Russia'), the volunteer -> UKR/CVL (borderline UKR/MIL); 'without proper medical "
     "assistance' is a matter of degree, not coded (held-out 144: 'will not fully involve' a matter of degree; "
     "borderline a negated nominal 073 UKR/REB -> UKR/CVL); 'said the words' is a speech verb, not coded"),
 10: ([], "Suriname (1997): 'It is often said that progress ... is increasingly threatened by slow growth, weak "
          "institutions, poverty and wealth inequality' = a figurative threat (guideline: threat as risk), no actor"),
 11: ([("the visit", "042", "org:UNGA", "PSE", False, A, N, True)],
      "Malta (1993); the speaker (Guido de Marco) quotes his own report as President of the forty-fifth session: 'I "
      "stated that the purpose of the visit - the first ever by a President of the Assembly - ...' = the speaker's own "
      "past statement -> reported_by null (guideline); 'the visit' = his January 1991 'visit to the occupied "
      "territories' (text before), made while President of the Assembly -> nominal 042 from org:UNGA (held-out 54-61: "
      "an official's visit while President of the General Assembly is org:UNGA's 042), the occupied territories -> "
      "bare PSE (borderline ISR/GOV, the occupying authority, since the report speaks of 'both the Israelis and the "
      "Palestinians'); the purpose 'to pave the way for those who ... can help in contributing towards a lasting "
      "peace' is an aim of uncoded helpers, not coded"),
 # --- UNGDC 1990-2019 random: future
 12: ([], "South Africa (2009): 'we hope that the General Assembly will adopt a consensus resolution in support of Nelson "
          "Mandela Day' = an optative hope about another actor's act (held-out 7: not coded; borderline a future 051 "
          "org:UNGA -> ZAF/CVL)"),
 13: ([], "Greece (2001): 'We have managed to establish the framework of common values, one that will help us to "
          "cooperate to solve our problems' = the South-East European states' shared values ('our own region', text "
          "before), an abstract framework with no named partner and 'us' meaning the region's states; not coded "
          "(guideline: abstract policy positions; borderline a 030 GRC/GOV with no target, or a hypothetical 050)"),
 14: ([("We have supported the peace process", "051", "MLT/GOV", "PSE/GOV", False, A, N, False),
       ("We have supported the peace process", "051", "MLT/GOV", "ISR/GOV", False, A, N, False),
       ("will continue to support it", "032", "MLT/GOV", "PSE/GOV", False, F, N, False),
       ("will continue to support it", "032", "MLT/GOV", "ISR/GOV", False, F, N, False),
       ("signing in Washington", "057", "PSE/GOV", "ISR/GOV", False, A, N, True)],
      "Malta (1995); 'We have supported the peace process' = verbal support aimed at a process, which goes to its "
      "named parties (held-out 8: 051 to the parties), the PLO -> PSE/GOV (held-out 31) and Israel -> ISR/GOV, both "
      "named later in the sentence; 'and we welcome the official signing' = a welcome of the same parties, the same "
      "code and pair, coded once with the support (held-out 76 row 28: welcome and thanks of one party coded once; "
      "borderline two 051s per party); 'will continue to support it' = a future support -> 032 future per party "
      "(held-out 50/51: 'will give our full support' 032 future; held-out 140: 'will not fail to continue to support' "
      "future 032); 'the official signing in Washington today of the agreements reached last Sunday in Taba ... by "
      "Chairman Arafat and Foreign Minister Shimon Peres on behalf of the PLO and Israel' = Oslo II -> nominal 057 "
      "from the first-named party (guideline: symmetric, first-named), 'agreements reached' the same agreement coded "
      "once; Washington and Taba are places"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Slovenia (1999): 'How should the international community react to gross violations of human rights' = a "
          "question about an uncoded collective's possible response, no named target (guideline: question modality "
          "only for an asked event; here no codable event)"),
 16: ([], "Equatorial Guinea (2009): 'we must resolve these problems so that the current causes of a misery and "
          "conflictiveness driven by the wealthy countries ... no longer justify this new and absurd bipolarization' = "
          "'we' meaning all states (held-out 42/43) and uncoded collectives (wealthy and poor countries), no codable act"),
 17: ([("must be provided to the hundreds", "073", N, "SOM/CVL", False, D, N, False)],
      "Mauritania (2011); 'Speedy assistance must be provided to the hundreds of thousands of Somalis citizens who have "
      "been forced to become refugees' = an agentless deontic passive (held-out 26/27: 'should be lifted' demanded with "
      "no source; held-out 98-101: 'must be assisted' demanded 070 no source) -> demanded humanitarian aid 073 (famine "
      "relief, the call on the international community of the sentence before) with no source to SOM/CVL (borderline "
      "070); 'have been forced to become refugees' by the Horn of Africa drought names no agent, not coded (borderline "
      "an agentless 201)"),
 18: ([], "China (1993): 'This is entirely feasible and should be done as soon as possible' = 'This' is the no-first-use "
          "agreement among the nuclear Powers proposed in the sentence before, an act lying outside the sentence (held-out "
          "54-61: fragments whose act lies outside the sentence) between an uncoded collective, null-null; not coded "
          "(borderline a demanded 057 with no source and no target)"),
 19: ([], "Saint Lucia (2012): 'Collectively, we must craft new solutions to this problem' = 'we' meaning all states "
          "(held-out 42/43), the drug problem, no codable act"),
 20: ([], "France (1998): 'we must combat terrorism in all its forms, whoever the perpetrators' = 'we' meaning all states "
          "(held-out 42/43) against unnamed perpetrators, a general norm, not coded"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("international support", "070", N, "KNA/GOV", False, A, N, True)],
      "Saint Kitts and Nevis (1991); 'We have helped ourselves considerably through individual and regional effort, and "
      "international support' = self-help is no act between actors; 'regional effort' is the country's own part in "
      "regional efforts, with no named partner, not coded (borderline a 050 with no target); 'international support' "
      "= aid received from unnamed providers -> nominal 070 with no source (held-out 102-109: 'we had a lot of help' 070 "
      "with no source; held-out 152: Japan's 'received a great deal of support' 070), to the speaker's government "
      "(borderline bare KNA)"),
 22: ([("cooperation", "062", "GEO/GOV", "RUS/GOV", False, D, N, True)],
      "Georgia (2004); 'And we need cooperation, not competition, when it comes to eliminating sources of instability "
      "and terror' = a statement of need (held-out 128: Norway's 'We need partnerships and cooperation with the United "
      "Nations' a demanded nominal 050) -> demanded, nominal; the partner is Russia, plain from the text around it "
      "(the Russian bases of the sentences before; after it: 'The mechanics of the new relationship with Russia means "
      "... a joint anti-terrorism centre ... joint border patrols') -> RUS/GOV; counter-terrorism cooperation -> "
      "military/security cooperation 062 (held-out 18/19: security cooperation 062; borderline 050, or a 050 with no "
      "source to GEO/GOV as held-out 137's 'We need intelligent modalities for cooperation'); 'competition' is "
      "rivalry, not coded"),
 23: ([("designates us as the axis", "111", "USA/GOV", "PRK/GOV", False, A, N, False),
       ("target", "1385", "USA/GOV", "PRK/GOV", False, A, N, False),
       ("pre-emptive nuclear strike", "2042", "USA/GOV", "PRK", False, H, N, True)],
      "DPRK (2002); 'It' = the United States (sentence before) -> USA/GOV; 'designates us as the axis of evil' = a "
      "public denunciation -> 111 (borderline 112 accusation) to the speaker's government; 'and target of a pre-emptive "
      "nuclear strike' = the 2002 Nuclear Posture Review naming the DPRK as a possible nuclear target, a threat of "
      "nuclear attack -> 1385 asserted (held-out 76 row 4: 'threatened to drop dozens of atomic bombs' 1385 plus a "
      "hypothetical 2042; held-out 14/15: 'words about the possible use of nuclear weapons' 1385), and the threatened "
      "strike itself a hypothetical nominal 2042 to the country, bare PRK (guideline: the threatened act inside a threat "
      "is hypothetical; borderline 195); 'on the pretext of anti-terrorism' and 'thus further aggravating the "
      "situation' are not acts"),
 24: ([], "Venezuela (2008): 'I assumed that there would be complaints and condemnations from friendly Governments' = "
          "the speaker's past expectation that uncoded governments would condemn the 1989 Caracazo repression; 'Nothing "
          "of the sort happened' (next sentence); an expected act of other actors is a hope, not coded (held-out 123: a "
          "confident prediction of another actor's act not coded; borderline a hypothetical 111, or a negated 111, with "
          "no source to VEN/GOV of 1989)"),
 25: ([], "Lesotho (2018): 'The threat of the use of weapons of mass destruction has re-emerged' = a threat as risk "
          "(guideline), no actor; 'the call for the reform of that organ' = Security Council reform, a UN reform "
          "position with no author (held-out 150: Security Council reform not coded)"),
 26: ([], "Pakistan (2017): 'it is in our collective interest to pursue and realize the goals of the Paris Agreement' = "
          "'our' meaning all states (held-out 42/43), an abstract policy position, not coded"),
 27: ([], "Poland (2004): 'new threats cast a new light on the concepts that we use to regulate the international order' "
          "= threats as risks (guideline), no act"),
 28: ([], "New Zealand (2005): 'The outcome document calls for early reform of the Security Council, and the General "
          "Assembly is to review progress on this issue' = Security Council reform, a UN reform position (held-out "
          "52/53: urging Council reform with no addressee not coded; held-out 150), the World Summit document an "
          "inanimate subject (borderline a 1044 org:UNGA -> org:UNSC, as 'a General Assembly resolution's \"calling "
          "for\" stands for org:UNGA'); the Assembly's review is its internal procedure, not coded"),
 29: ([("fully supports this choice", "051", "BFA/GOV", "org:UNGA", False, A, N, False),
       ("is committed to", "030", "BFA/GOV", N, False, A, N, False),
       ("role of mediator", "045", "BFA/GOV", "CIV", False, A, N, True),
       ("role of mediator", "045", "BFA/GOV", "GIN", False, A, N, True)],
      "Burkina Faso (2011); 'fully supports this choice' = support for the theme chosen by the President of the "
      "Assembly (mediation; sentence before) -> 051 to org:UNGA (held-out 129: praise for the theme a President 'has "
      "chosen' 051 to org:UNGA; borderline not coded, as held-out 120 and 142 left the welcome of a theme uncoded); "
      "'is committed to sharing with the international community its experience in peace negotiations' = a "
      "commitment stated as a fact (held-out 46/47: asserted 03x) -> 030 with the uncoded international community as "
      "target -> null (borderline 039 or 033); 'the role of mediator for ECOWAS that President Blaise Compaoré played "
      "in settling the crises in Côte d'Ivoire and Guinea' = a mediation noun with its agent -> nominal 045, the "
      "President's past acts his government's (held-out 5: office at the time) -> BFA/GOV, Burkina's own experience "
      "(held-out 110 and 148: a national mediator 'in its capacity as' or 'as Chairman' keeps its own code; "
      "borderline org:ECOWAS, as the ASEAN Special Envoy), one per crisis; the parties are not named in the speech -> "
      "bare CIV and GIN (held-out 147: mediation in Guinea-Bissau whose parties the speech never names 045 to bare "
      "GNB; borderline CIV/GOV-CIV/REB and GIN/MIL-GIN/OPP)"),
 30: ([("the efforts of ECOMOG", "074", "org:ECOWAS", "LBR", False, A, N, True),
       ("the senseless killing", "202", "LBR/REB", "LBR/CVL", False, A, N, True)],
      "Ghana (1991); 'the efforts of ECOMOG, the Military Observer Group of the Economic Community of West African "
      "States (ECOWAS), have helped to halt the senseless killing' = ECOMOG's peacekeeping in Liberia -> nominal 074 "
      "org:ECOWAS (held-out 28/29: ECOMOG's peacekeeping org:ECOWAS 074) to the country -> bare LBR (held-out 125: a "
      "UN mission's support 074 to bare HTI); 'the senseless killing that threatened to tear the country apart' = the "
      "civil war's killings, an event noun whose agent is plain from the sentence after ('appeal to the leaders of the "
      "various factions in Liberia to seek resolution of their differences without further recourse to arms'; held-out "
      "94-97: 'a war that was imposed on us' takes its agent from the next sentence) -> LBR/REB, mass killing of "
      "civilians 202 (guideline) to LBR/CVL (borderline 190, or no source, or not coded as an agentless event noun); "
      "'threatened to tear the country apart' is figurative"),
 31: ([], "Dominica (2016): 'we look forward to building on the momentum of the Paris Agreement ... as we move on to the "
          "twenty-second session of the Conference of the Parties' = 'we' meaning all Parties (held-out 42/43), an "
          "abstract climate position; not coded (borderline a future 036 DMA/GOV with no target for taking part in COP "
          "22, held-out 32/33)"),
 32: ([("sanctions", "163", N, "HTI", False, A, N, True)],
      "Haiti (2002); 'those unjustified sanctions' = the financial embargo 'which the international community imposed' "
      "(sentence before), an uncoded collective -> nominal 163 with no source (guideline: sanctions 163; held-out 115 "
      "and 127: sanctions whose imposer is uncoded or unnamed, a nominal 163 with no source to the bare country) -> "
      "bare HTI (borderline HTI/GOV, whose aid was frozen, or HTI/CVL, the 'most vulnerable sectors of society' the "
      "sentence says are penalized); 'Unfortunately' is a sentence adverb and 'unjustified' an evaluation, not coded"),
 33: ([("we lend our unwavering support", "051", "CYP/GOV", "org:UN", False, A, N, False)],
      "Cyprus (2019); 'we lend our unwavering support to the reform priorities of the Secretary-General of the United "
      "Nations, Mr. Antonio Guterres' = verbal support (guideline: 051) for the Secretary-General's programme -> "
      "org:UN (held-out 121: welcoming Guterres's UN reforms 051 to org:UN; held-out 140: Poland's support for the "
      "Secretary-General's reform direction 051 to org:UN; borderline not coded as a UN reform position)"),
 34: ([("welcome the Basic Principles", "051", "GRC/GOV", "BIH", False, A, N, False)],
      "Greece (1995); 'we warmly welcome the Basic Principles, agreed in Geneva on 8 September 1995, and the Further "
      "Basic Principles, agreed three days ago in New York' = a welcome (guideline: 051) of the Bosnian peace "
      "principles; the speech never names their signatories ('The parties have begun to show signs of rapprochement'), "
      "so the welcome goes to the country of the development named in the text before ('the conflict in Bosnia') -> "
      "bare BIH (held-out 62-73: a welcome of a development inside a named country whose parties are not named goes to "
      "the bare country; held-out 135: 'the signing of an agreement in Washington' welcomed to bare BIH); one welcome "
      "of two documents, coded once; 'agreed' names no party, so the agreements are not coded (README: the welcome "
      "of an agreement codes the agreement unless it names no party; borderline 057 BIH/GOV -> YUG/GOV and HRV/GOV from "
      "outside knowledge); Geneva and New York are places"),
 35: ([("I hereby pledge to him", "032", "ATG/GOV", "org:UNGA", False, A, N, False)],
      "Antigua and Barbuda (2011); 'I hereby pledge to him my delegation's full support for his efforts to successfully "
      "move forward the agenda of this session' = a performative pledge of support to the President of the General "
      "Assembly (Al-Nasser, sentence before) -> 032 asserted (held-out 76 row 40: 'I assure you of my Government's "
      "support' 032 to org:UNGA; borderline 030) to org:UNGA"),
 36: ([], "Yemen (2008): 'with a new cold war threatening to return to the world' = a figurative threat (guideline: risk), "
          "no actor"),
 37: ([], "Argentina (2017): 'Argentina presented its first voluntary national review of its implementation of the 2030 "
          "Agenda' = submitting a national report (held-out 50/51: not coded; borderline 030 to org:UN)"),
 38: ([("our foreign assistance", "070", "CSK/GOV", N, False, A, N, True)],
      "Czechoslovakia (1991); 'I am not here to recite false data on the extent of our foreign assistance' = the "
      "negation bears on the speech act (reciting false data, as 'some of my predecessors' did), not on the assistance; "
      "'our foreign assistance' = Czechoslovakia's aid to developing countries (sentence before: 'we also want to "
      "contribute to helping them'), an event noun with its agent in the sentence (guideline: nominal events) -> "
      "nominal 070 from the speaker's government (held-out 152: CSK for Czechoslovakia), the developing countries an "
      "uncoded class -> target null (borderline not coded, the aid being only the topic of the data)"),
 39: ([("I invite Member States", "036", "TJK/GOV", N, False, A, N, False)],
      "Tajikistan (2008); 'I invite Member States to designate representatives to participate in the International "
      "Freshwater Forum, to be held in Dushanbe in 2010' = an invitation to a conference the speaker's country hosts -> "
      "036 asserted (held-out 155: Kyrgyzstan's invitation to a conference it hosts in Bishkek 036 asserted with no "
      "target; held-out 7: 'are very welcome to visit' 036; borderline 043, or future), the Member States an uncoded "
      "collective -> target null; Dushanbe is a place"),
 40: ([], "Nigeria (1996): 'The threat posed by existing stockpiles of weapons of mass destruction and conventional "
          "armaments is yet to be removed' = a threat as risk (guideline), the stockpiles' holders unnamed; 'is yet to be "
          "removed' bears on the risk, no negated event (borderline a nominal 154 with no source)"),
 41: ([("add our voice to", "102", "HRV/GOV", N, False, A, N, False)],
      "Croatia (2014); 'We therefore add our voice to the calls for universal adherence to the Rome Statute and the "
      "universal jurisdiction of the International Criminal Court' = joining an unattributed call is the speaker's own "
      "request with no target (held-out 117: joining an unattributed call the speaker's 1056 with no target; held-out "
      "122: the others' calls uncoded), Y = joining a treaty -> 102 (held-out 117: 'We call on all countries that have "
      "not yet done so to join the Rome Statute' 102 with no target); the others' calls are not coded, their authors "
      "unnamed (borderline a nominal 102 with no source, as held-out 111's earlier congratulators)"),
 42: ([("We expect the support", "102", "TUR/GOV", N, False, A, N, False),
       ("candidacy", "102", "TUR/GOV", "org:UNGA", False, A, N, True)],
      "Turkey (2013); 'We expect the support of all Members for our candidacy' = a request for votes (held-out 42/43: "
      "'we expect more support, especially by the EU' a request; held-out 141: 'We continue to expect the United "
      "Nations to spearhead' 1031) -> demand policy support 102, all Members an uncoded collective -> target null "
      "(borderline org:UNGA, or uncoded as optative, as held-out 118's 'we look forward to the Assembly's support'); "
      "'our candidacy' for a non-permanent Security Council seat (sentence before) -> nominal 102 to org:UNGA, which "
      "elects the Council's members (held-out 118 and 129: candidatures for the Human Rights Council a 102 / nominal "
      "102 to org:UNGA; borderline folded into the first 102)"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([("proposes", "100", "MWI/GOV", "org:UN", False, A, N, False)],
      "Malawi (2008); 'Secondly, Malawi proposes that the United' = a fragment whose object the splitter cut off; its "
      "verb is in the sentence, so it is coded from the text after (held-out 102-109: a fragment whose object was cut off "
      "coded from the text after): 'Nations urge industrialized countries to make significant increases in resource "
      "allocation to agriculture' -> a proposal that the UN act is the speaker's request (held-out 129: Philippines' "
      "initiative 'calls for' a 1011) to org:UN; Y = the UN urging others, itself a request and no specific "
      "behaviour of the UN -> generic 100 (borderline 1031 economic aid, the aim being resources for agriculture); the "
      "UN's urging of industrialized countries lies outside the sentence, not coded"),
 44: ([], "Brazil (1996): 'a country capable of enjoying fruitful ties with all nations' = a self-description, no act"),
 45: ([], "Cabo Verde (2012): 'Ours is a service economy ... with a very small market and an agricultural sector that is "
          "struggling with desertification and drought' = a description, no act"),
 46: ([], "Chile (2019): 'This battle still depends on us, and we cannot therefore just continue to ignore it' = 'we' "
          "meaning all states (held-out 42/43) and the fight against climate change, no act between actors"),
 47: ([], "Dominican Republic (2003): the Government 'has created a Social Cabinet ... and is helping to ensure that both "
          "national and international resources are distributed equitably' = a domestic programme (held-out 134: "
          "domestic programmes not coded); 'international resources' have no named provider and no act of giving "
          "(borderline a nominal 070 with no source to DOM/GOV)"),
 48: ([], "Tunisia (1999): 'All States Members of the Organization are called upon to consider all the implications of "
          "these principles' = an agentless call on all states (held-out 133 and 154: 'The United Nations is called upon' "
          "not coded; a call on all states not coded), on the humanitarian-intervention debate"),
 49: ([], "Madagascar (2013): 'the news delivered by the media every day is extremely worrying' = an evaluation, no act"),
 50: ([("fulfilling their mission", "074", "org:UN", "KHM", False, A, N, False)],
      "Thailand (1993); the sentence starts at 'Yasushi Akashi' (the splitter cut after 'I should like to express my "
      "Government's appreciation to Mr.'), so the thanks verb and its agent lie before the cut and the 051 is not coded "
      "(held-out 102-109: a fragment whose verb was cut away is left uncoded; unlike held-out 142's support noun with its "
      "agent inside); 'to his colleagues and to the men and women of UNTAC for successfully fulfilling their mission "
      "of helping to restore peace to Cambodia' = UNTAC's peacekeeping, its agent in the sentence -> 074 org:UN (UNTAC "
      "and its head, the Special Representative of the Secretary-General) to bare KHM (held-out 125: a UN mission's "
      "support 074 to bare HTI)"),
 51: ([], "Bangladesh (2007): 'The United Nations is in the midst of a continuing evolution' = a description, no act"),
 52: ([("I would like to congratulate", "051", "ARM/GOV", "org:UNGA", False, A, N, False)],
      "Armenia (2016); 'I would like to congratulate Mr. Peter Thomson, President of the General Assembly at this "
      "session' = a performative congratulation (guideline: 051; held-out 48/49: the Assembly President's election 051 "
      "to org:UNGA), 'would like to' -> asserted; 'to wish him complete success' is well-wishing, not coded (held-out "
      "7)"),
 53: ([], "Jamaica (2018): 'we in the Caribbean are actively promoting and implementing measures to reverse that trend by "
          "encouraging health and wellness' = domestic health policy of the region's states, no act between actors"),
 54: ([], "Niger (2001): a fragment cut by the splitter, 'With regard to the conflict in Western Sahara, the'; a conflict "
          "named only by place (held-out 131: not coded) and no verb in the sentence"),
 55: ([], "Sierra Leone (2016): 'we contribute almost nothing to global warming, Sierra Leone is the third most vulnerable "
          "country' = a description of emissions and vulnerability, no act between actors"),
 56: ([], "Palau (2016): 'Conducting the monitoring and surveillance of such a vast area is very challenging when we are so "
          "constrained in our financial, technological and human resources' = the speaker's own domestic monitoring of "
          "its marine sanctuary and a statement of constraint, no act between actors (borderline a demanded aid 070 with "
          "no source to PLW/GOV as a statement of need, but no need is stated)"),
}
