"""Hand annotations for the TWO-HUNDRED-AND-TWENTY-SEVENTH held-out event gold set (source of events-heldout227.jsonl).

Keyed by the row index of selection-heldout227.jsonl (output of select_statement_sentence_heldout.py 227; the rows
come from statements_state_dept_pr.jsonl, State Department press releases and briefings, and from
statements_ungdc_2020_2024.jsonl, UN General Debate speeches of 2020-2024).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's or release's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout227.jsonl \\
        --annotations annotations_heldout227 --output events-heldout227.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([("significant protests in Iran", "141", "IRN/CVL", "IRN/GOV", False, A, N, True),
      ("are demanding", "100", "IRN/CVL", "IRN/GOV", False, A, N, False)],
     "Blinken to Al Jazeera (July 2021); 'we're seeing significant protests in Iran' = a protest noun whose agent, "
     "'people', is named in the same sentence -> nominal 141 (held-out rule: food-price demonstrations a nominal 141; "
     "set 173: mass protests a nominal 141 from the CVL), the Iranian people against their government -> IRN/CVL -> "
     "IRN/GOV, realised -> asserted (borderline 1412, demonstrate for policy change); Tehran here is a place where "
     "the protests are seen, not a metonym (guideline); 'people ... are demanding that the government provide for "
     "its basic needs, including water' = a request verb -> 10x IRN/CVL -> IRN/GOV (held-out 4 row 42: the "
     "protesters' calls coded as a request; set 155: the Bolivian social sectors' demands a 100 to their "
     "government), generic 100 since provision of public services has no sure sub-code (borderline 1031 or 1033); "
     "'tremendous mismanagement that has not addressed the needs of the Iranian people' = an evaluation of domestic "
     "governance with an inanimate subject, no CAMEO act, not coded (borderline a negated 073 IRN/GOV -> IRN/CVL); "
     "the Secretary's own voice, reported_by null"),
 1: ([("sanctions waivers that were signed", "085", "USA/GOV", "IRN/GOV", False, A, N, False)],
     "Press briefing of 8 Feb 2022, Matt Lee's question ('two brief ones on Iran'); 'the sanctions waivers that were "
     "signed on Friday by the Secretary' = a sanctions waiver eases sanctions -> 085 (held-out rule: a sanctions "
     "licence a nominal 085), a participle with its agent -> not nominal (set 187), the Secretary -> USA/GOV, the "
     "waivers concern Iran's civil nuclear projects (the question's topic) -> IRN/GOV (borderline target null, the "
     "waivers' direct beneficiaries being foreign firms); the signing is a fact the journalist presupposes in a "
     "definite description -> asserted, reported_by null (held-out 10 row 45: presupposed facts in a journalist's "
     "question have reported_by null; borderline USA/GOV, since it sits inside 'you guys have made the case that', "
     "as 'you've been saying that' in the first set); the Department's legal claim that the waivers 'do not "
     "require the provisions of INARA to be followed' is no act; 'it's not a quid pro quo or part of an agreement' "
     "denies a character of the waivers, not coded (borderline a negated 057 USA/GOV -> IRN/GOV)"),
 2: ([], "Blinken in Warsaw (March 2022): 'the very ideals that bind us ... are under threat in this region as never "
         "before' = a risk (guideline: figurative 'threat'), no actor; 'as never before' and 'certainly not since the "
         "Second World War' are no event negation"),
 3: ([("do you have a deal on that", "057", "USA/GOV", "org:G7", False, Q, N, False)],
     "Dana Bash (CNN) to Blinken at the G7 summit (June 2021); 'So the White House has not said yet that the U.S. "
     "allies are onboard for financial support' = a negated speech verb (01x, not coded), and the allies' financial "
     "commitment inside its complement is neither asserted nor reported, not coded (borderline a hypothetical 0331 "
     "with no source); 'do you have a deal on that?' = the event itself is asked about -> question (guideline), a "
     "deal -> 057, 'you' = the Secretary for the US -> USA/GOV; 'the U.S. allies' are the summit's partners, which "
     "the answer names as 'this meeting of the G7' -> org:G7 (borderline target null, as an uncoded collective of "
     "allies)"),
 # --- State Dept random: capital
 4: ([("a priority for us to discuss", "036", "USA/GOV", "org:UNHCR", False, F, N, False),
      ("I’ve been here a couple of days in Washington", "042", "org:UNHCR", "USA", False, A, N, False),
      ("had very good discussions", "040", "org:UNHCR", N, False, A, N, False)],
     "High Commissioner Grandi before his meeting with Blinken (April 2022) -> org:UNHCR; 'that will be a priority "
     "for us to discuss' = the discussion about to take place in the meeting, 'us' the two principals -> future "
     "meeting 036 future (guideline), symmetric, coded once from the document's own government (guideline; "
     "borderline org:UNHCR -> USA/GOV, the speaker being Grandi); 'already I've been here a couple of days in "
     "Washington' = a visit under way -> 042 asserted to the bare country (held-out rule: a trip under way is 042 "
     "asserted per destination; held-out 12 row 2: visits go to the bare country); Washington is a place here, not "
     "a metonym (guideline: 'From here in Washington'); 'had very good discussions on how to respond to this crisis' "
     "= realised talks -> 040, the interlocutors are not named and Washington also hosts Congress and the "
     "international financial institutions -> target null (borderline USA/GOV from the visit's setting)"),
 5: ([("will intensify its efforts within the Normandy Format to facilitate", "039", "DEU/GOV", "UKR/GOV", False, F, N,
       False),
      ("will intensify its efforts within the Normandy Format to facilitate", "039", "DEU/GOV", "RUS/GOV", False, F, N,
       False)],
     "US-Germany joint statement (July 2021), Germany named in the third person -> DEU/GOV; 'will intensify its "
     "efforts ... to facilitate the implementation of the Minsk agreements' = a future facilitation -> intent to "
     "mediate 039 with modality future (guideline: future cooperative acts get 03x; held-out 14 row 46 'intend to "
     "deliver more peace agreements' 039 future); the facilitation runs between the Normandy Format's two parties "
     "to the conflict, Ukraine and Russia, both named in the sentences before ('Russian aggression ... in Ukraine', "
     "'peace to eastern Ukraine via the Normandy Format') -> one event per party (held-out rule: mediation is coded "
     "per mediator and party; borderline target null, as held-out 14 row 46, or a future 045); 'the implementation "
     "of the Minsk agreements' is not coded (set 128: the implementation of the Minsk agreements left uncoded)"),
 # --- State Dept random: reported
 6: ([("joint service cooperation", "0312", "USA/MIL", "IND/MIL", False, F, N, True)],
     "US-India 2+2 joint statement (April 2022); 'The Ministers noted that' = the joint statement's own authors "
     "(held-out 11: the document's own Secretary 'noted' -> reported_by null); 'information exchange and placement "
     "of liaison officers in each other's military organizations will spur joint service cooperation between our "
     "militaries' = an inanimate subject standing for the two governments' act that will deepen cooperation (held-out "
     "rule: a mechanism that 'will deepen' cooperation is 030 future) -> future cooperative act, intent code with "
     "modality future (guideline); the parties are the armed forces ('between our militaries') -> USA/MIL -> "
     "IND/MIL, symmetric, coded once from the document's government; military cooperation -> 0312 (borderline 030 "
     "from the governments, as the held-out rule, or 062); the information exchange and the liaison officers are "
     "the means of that cooperation, planned in the sentences before ('building a comprehensive framework'), folded "
     "in (borderline a nominal 064 for the information exchange)"),
 7: ([("we welcome assistance", "051", "USA/GOV", N, False, A, N, False),
      ("assistance from countries around the world", "070", N, "UKR", False, A, N, True)],
     "Press briefing of 16 March 2022; 'We have said that we welcome assistance from countries around the world' = "
     "the speaker's own past statement, not reported speech (guideline: reported_by null); welcome -> 051, the "
     "welcomed are 'countries around the world', an uncoded collective -> target null (held-out rule: thanks that "
     "include a group without a code have target null); the assistance is the aid being surged to Ukraine (sentence "
     "before: 'surge new assistance ... to Ukraine') -> a nominal 070 with no source to bare UKR (held-out 24 row 24: "
     "support to Ukraine's ability to defend itself to bare UKR), ongoing -> asserted (borderline 072, the context "
     "being anti-aircraft systems, or hypothetical as a standing welcome of aid not yet given)"),
 8: ([("the meeting with SICA", "040", "USA/GOV", "org:SICA", False, A, N, True)],
     "Blinken to CNN en Espanol (3 June 2021); 'last night in the meeting with SICA' = the Secretary's realised "
     "meeting with the SICA foreign ministers -> nominal 040 (held-out 4 row 43: a meeting noun naming its "
     "participants), SICA -> org:SICA (README code); 'One of my colleagues ... said there should be a right to remain' "
     "= an unnamed minister's normative view, no act between actors (the speech verb is not coded, guideline)"),
 # --- State Dept random: future
 9: ([("will co-host", "036", "USA/GOV", "GBR/GOV", False, F, N, False)],
     "Assistant Secretary Sison's travel (May 2022) -> USA/GOV; 'will co-host with her UK counterpart a meeting of "
     "the Geneva Group on UN reform' = future hosting -> 036 future (held-out 2 row 21: 'will co-host with Palau' "
     "036 future USA/GOV -> PLW/GOV, the co-host as target); the Geneva Group (major contributors to the UN budget) "
     "has no code (borderline held-out 23 row 14's compound split, one 036 each from USA/GOV and GBR/GOV with target "
     "null)"),
 10: ([("greater cooperation", "030", "org:NATO", "JPN/GOV", False, F, N, True),
       ("greater cooperation", "030", "org:NATO", "KOR/GOV", False, F, N, True),
       ("greater cooperation", "030", "org:NATO", "AUS/GOV", False, F, N, True),
       ("greater cooperation", "030", "org:NATO", "NZL/GOV", False, F, N, True)],
      "Blinken with FM Hayashi at NATO (April 2022); 'this is something that will carry through to the summit in "
      "Madrid, building greater coherence, greater collaboration, greater cooperation ... between NATO and Asia "
      "Pacific partners' = planned expansion of cooperation -> nominal 030 future per partner (held-out rule: plans "
      "to expand cooperation are a nominal 030 future per partner); the partners are the ones the text before names "
      "('starting with Japan ... we also had Korea; we had Australia and New Zealand here today') -> one event each "
      "(held-out rule: a group without a code is each member the document names); 'between Europe and Asia' joins "
      "uncoded collectives, dropped; coherence, collaboration and cooperation are one act, coded once; 'the summit in "
      "Madrid' names no participant, not coded as a meeting noun (borderline a nominal 036 future from org:NATO)"),
 # --- State Dept random: demand
 11: ([("we call on all parties to the conflict", "1056", "USA/GOV", "YEM/REB", False, A, N, False)],
      "Blinken at the Yemen pledging event (March 2022); 'we call on all parties to the conflict to respect "
      "international humanitarian law, stop attacks on civilians, stop attacks on civilian infrastructure' = one "
      "asserted request (guideline), the most specific sub-code among several demands (held-out rule) -> stopping "
      "attacks, de-escalation 1056 (borderline 1043 for respecting IHL); the only party to the conflict the document "
      "names is the Houthis ('the escalating attacks by the Houthis', sentence before) -> YEM/REB (guideline; "
      "borderline a further 1056 to bare YEM for the parties left unnamed, as set 166, or to SAU/GOV and ARE/GOV, "
      "which the document names only as victims and partners); the 'attacks on civilians' inside the request have "
      "the generic 'all parties' as agent and are not coded (borderline a nominal 190 YEM/REB -> YEM/CVL, under the "
      "held-out rule that a realised act named inside a request is coded)"),
 12: ([("we continue to urge the DPRK", "1056", "USA/GOV", "PRK/GOV", False, A, N, False)],
      "Press briefing of 8 April 2022; 'we continue to urge the DPRK to refrain from further destabilizing activities "
      "and of course instead choose to engage in serious and sustained dialogue' = one asserted request (guideline), "
      "most specific sub-code de-escalation 1056 (held-out 19 row 8 and held-out 25, the same pair of demands; "
      "borderline 106); 'further destabilizing activities' is too vague to code as a realised act (borderline a "
      "nominal 150 for the missile launches); 'has no change in our policy' is no act"),
 13: ([], "Blinken to NPR (March 2022): 'these basic principles that Russia is violating, that Russia's aggressing' = "
          "a characterisation of Russia's war as a breach of principles (held-out 6 row 33: 'Russia's violation of "
          "international law and the territorial integrity' is a characterisation, like 'attack on sovereignty'; "
          "guideline: figurative uses not coded; borderline a 128 RUS/GOV -> org:UN, as later UN sets coded "
          "disregard of resolutions); 'the suffering of its people' has no agent in the sentence; 'the world should "
          "be focused on' is no act"),
 # --- State Dept random: cue
 14: ([("we signed", "057", "USA/GOV", "ALB/GOV", False, A, N, False),
       ("the close partnership between our countries", "050", "USA/GOV", "ALB/GOV", False, A, N, True)],
      "Department fact sheet '100 Years of U.S.-Albania Relations' (July 2022), 'we' -> USA/GOV (guideline); 'In "
      "2015, we signed the U.S.-Albania Strategic Partnership' = an agreement concluded -> 057 asserted to ALB/GOV, "
      "named in the document's title; 'the close partnership between our countries' = a partnership noun naming its "
      "parties -> nominal 050 (held-out 24 row 23: 'the U.S.-Indonesia Strategic Partnership' a nominal 050; "
      "borderline folded into the 057 as the same partnership); 'expand our cooperation to the benefit of both "
      "nations' is the signing's purpose, not coded (borderline a 030 future)"),
 15: ([("stand together with", "051", "USA/CVL", "MNG/CVL", False, A, N, False)],
      "Blinken's Mongolia national-day message (July 2021); 'the people of the United States stand together with "
      "the Mongolian people in support of your independence, sovereignty, and traditional culture' = 'stand with' -> "
      "051 (held-out rule: 'stand with' is 051 throughout), between the two peoples -> USA/CVL -> MNG/CVL (held-out "
      "rule: a people's act is its CVL's; borderline USA/GOV, the Secretary speaking for the United States); 'in "
      "support of your independence' is the same expression of support, coded once; the pandemic's impact on the "
      "celebrations is no act"),
 16: ([("sanctionable", "163", "USA/GOV", N, False, H, N, False)],
      "Spokesperson's statement on Iranian officers at the Doha Defense Show (March 2022); 'Transactions related to "
      "Iranian weapons are generally sanctionable under multiple U.S. authorities, including sanctions related to "
      "terrorism and weapons of mass destruction' = US sanctions that would apply to a class of wrongdoers -> 163 "
      "hypothetical with target null (held-out rule: 'could be subject to U.S. sanctions' for a class of wrongdoers; "
      "held-out 10 row 27), the named sanction programmes folded in; not a threat, since no addressee is warned "
      "(borderline a 1312 asserted to the Iranian weapons trade's partners, as the held-out rule's 'we will not "
      "hesitate to target those who provide support')"),
 17: ([("spoke today with", "040", "USA/GOV", "ARE/GOV", False, A, N, False),
       ("Russia’s premeditated, unprovoked, and unjustified attack against Ukraine", "190", "RUS/MIL", "UKR", False, A,
        N, True)],
      "Readout of 24 Feb 2022, the sentence cut after 'Secretary of State Antony J.'; 'Blinken spoke today with the "
      "UAE Minister of Foreign Affairs' = a call -> 040 (held-out 10 row 26, 12 rows 30/41); Russia's attack on "
      "Ukraine, a realised event inside the topic -> nominal 190 RUS/MIL -> UKR (held-out 10 row 26, 16 row 17, 25); "
      "'the importance of building a strong international response to support Ukrainian sovereignty through the UN "
      "Security Council' is a topic, not coded (held-out 10 row 26: coordinating an international response is a "
      "topic)"),
 18: ([("asylum cooperation agreements", "057", "USA/GOV", N, False, A, N, True),
       ("has moved to rescind", "160", "USA/GOV", N, False, A, N, False)],
      "Briefing of 29 July 2021 on the migration strategies, Suzanne Monyak's (Roll Call) question; 'something the "
      "Trump administration did to an extent with the asylum cooperation agreements' = the 2019 agreements, an "
      "agreement noun whose agent, the administration of the time, is named -> nominal 057 from USA/GOV (held-out 5: "
      "a historic act by an office holder is that office's government's); 'which I know the Biden administration has "
      "moved to rescind' = withdrawal from agreements -> 160 (held-out rule: a withdrawal from an agreement is 160; "
      "the answer confirms 'suspending and terminating them'), realised steps -> asserted; both are the journalist's "
      "own assertions, reported_by null (held-out 9 row 25, 10 row 45); the agreements' partner governments are not "
      "named in the document's discussion of them -> target null for both (borderline GTM/GOV, HND/GOV and SLV/GOV "
      "from outside knowledge); the migration plan 'emphasized on yesterday's NSC call' and 'creating pathways for "
      "protection' are policy topics, not coded"),
 19: ([], "Blinken to Medi 1 TV (March 2022): 'When these principles are attacked as they are by Russia, it poses a "
          "problem for everyone' = an attack on principles is figurative (guideline: 'attack on sovereignty' not "
          "coded; held-out 6 row 33), and 'poses a problem' is a risk (borderline a 128 RUS/GOV with no target)"),
 20: ([("discussed", "040", "USA/GOV", "JPN/GOV", False, A, N, False),
       ("collaboration through the Quad", "050", "USA/GOV", "JPN/GOV", False, A, N, True),
       ("U.S.-Japan cooperation with like-minded partners", "050", "USA/GOV", "KOR/GOV", False, A, N, True),
       ("U.S.-Japan cooperation with like-minded partners", "050", "USA/GOV", "AUS/GOV", False, A, N, True)],
      "Readout of Blinken's meeting with FM Hayashi (July 2022); 'The Secretary and the Foreign Minister discussed' -> "
      "040, symmetric, coded once from the document's government (guideline); 'collaboration through the Quad' = the "
      "two governments' ongoing cooperation in the Quad -> nominal 050 USA/GOV -> JPN/GOV (borderline org:QUAD as "
      "target, or not coded as a topic); 'the importance of U.S.-Japan cooperation with like-minded partners, such as "
      "the Republic of Korea and Australia' = an ongoing cooperation naming its participants -> nominal 050 per pair "
      "from the document's government (held-out 11: 'continuing close trilateral cooperation with the ROK and Japan' "
      "a nominal 050 split; held-out 14 row 33), the US-Japan pair already coded once (guideline: a repeated mention "
      "is coded once; borderline two more 050s from JPN/GOV); the Indo-Pacific aims are the purpose, not coded"),
 21: ([("Have you discussed it with Mr. Blinken", "040", "LVA/GOV", "USA/GOV", False, Q, N, False),
       ("increase the troops here in Latvia", "154", "USA/MIL", N, False, H, N, False)],
      "Latvian Television's question to FM Rinkevics at the joint press availability (March 2022); 'Have you "
      "discussed it with Mr. Blinken' = the meeting itself is asked about -> 040 question (guideline), Rinkevics -> "
      "LVA/GOV; 'the possibility to increase the troops here in Latvia, and have permanently deployed American "
      "soldiers here in Latvia' = a force posture named as a topic -> 154 (held-out rule; guideline: troop build-ups "
      "-> 154), 'the possibility' -> hypothetical (guideline: events inside if/would clauses of a question), the "
      "American soldiers -> USA/MIL, the permanent deployment the same build-up, folded in (borderline a second 154, "
      "or org:NATO as source of the increase); no counterpart named -> target null (held-out 25 row 4: strengthening "
      "the defence posture on the eastern flank a 154 with no target; borderline RUS, the implied adversary)"),
 22: ([], "Release on the APEC Business Advisory Council (July 2022): 'ABAC meets throughout the year to discuss "
          "policy recommendations, undertakes activities to promote trade ..., and reports annually to APEC Leaders' "
          "= the internal work of an advisory body of business representatives with no code (APEC also has none, set "
          "152), meetings among uncoded members and a report (held-out rule: submitting a report is not coded); acts "
          "between uncoded parties are not coded"),
 23: ([("shot and killed", "1823", N, "USA/MED", False, A, N, False)],
      "Spokesperson's statement honouring Estemirova and Klebnikov (July 2021); 'he' = Paul Klebnikov, 'a Forbes "
      "magazine journalist and U.S. citizen' (sentence before) -> USA/MED (held-out 10: journalists -> MED; borderline "
      "RUS/MED, as editor of Forbes Russia); 'was shot and killed in Moscow' = killing of an individual -> 1823 "
      "(guideline), one event for shooting and killing, agentless passive -> source null (held-out rule: a historic "
      "murder is an agentless 1823; held-out 10 row 29); Moscow is the place of the killing, not a metonym; 'likely in "
      "retaliation for his work' names no agent"),
 # --- State Dept random: nocue
 24: ([("has collected more than 1.5 million items of evidence", "094", "org:UN", "MMR/MIL", False, A, N, False)],
      "Blinken's Rohingya genocide determination speech (March 2022); the Independent Investigative Mechanism for "
      "Myanmar, a UN body -> org:UN; collecting evidence of atrocity crimes -> investigate war crimes 094 (held-out 19 "
      "row 39: an international fact-finding mission's work is 094; borderline 092, investigate human rights abuses), "
      "realised -> asserted; the investigated party is the Burmese military whose 'decades-long impunity' the speech "
      "names just before -> MMR/MIL (held-out 19 row 39 took the investigated forces from the document; borderline "
      "target null, the sentence naming no perpetrator)"),
 25: ([("great thanks to Germany", "051", "USA/GOV", "DEU/GOV", False, A, N, False),
       ("bringing everyone together", "043", "DEU/GOV", N, False, A, N, False),
       ("help Libya", "070", "DEU/GOV", "LBY", False, A, N, False)],
      "Blinken before the Berlin II Conference on Libya (June 2021); 'with great thanks to Germany' = thanks -> 051 "
      "(guideline), not nominal (held-out 76 / set 173: 'sincere congratulations', 'deep appreciation' are not "
      "nominal); 'for bringing everyone together' = convening the conference -> 043 (held-out rule: 'for receiving "
      "us' is hosting 043; thanks give the thanked act its agent), 'everyone' = the 'international and Libyan "
      "partners' of the sentence before, an uncoded collective -> target null (borderline LBY/GOV); 'the work that "
      "it's done continuously to try to help Libya move toward a better ... future' = Germany's realised help -> "
      "generic support 070 to the country (set 219: thanks 'for helping us to restore stability' a non-nominal 070; "
      "borderline 045 for the Berlin Process mediation, or LBY/GOV); 'we want to take advantage of this moment' is "
      "no act"),
 26: ([], "Briefing moderator's turn ('let's please go to the line of Paolo Mastrolilli'): procedure, no event"),
 27: ([], "Release on the ILO Committee of Experts report (Feb 2022): a pointer to a fact sheet; 'forced labor in the "
          "PRC's Xinjiang Region' is an event noun whose agent is not named in the sentence (the PRC names the "
          "region) -> not coded (guideline: event nouns without an agent in the sentence; borderline a nominal 175 "
          "CHN/GOV -> CHN/CVL)"),
 28: ([], "Barbara Usher's question at the briefing of 23 July 2021: 'Did the U.S. delegation leave early because of "
          "the security concerns, the gunshots that you mentioned?' = leaving a funeral early has no CAMEO code, and "
          "the delegation's attendance at President Moise's funeral is implied, not stated (borderline a 042 "
          "USA/GOV -> HTI); 'the gunshots that you mentioned' have no agent and no target (borderline a nominal 190 "
          "with no source to bare HTI, reported_by USA/GOV)"),
 29: ([("are blocked", "163", "USA/GOV", "RUS/BUS", False, A, N, False)],
      "Department fact sheet on actions against Russia (May 2022); 'Three vessels in which M Leasing LLC has an "
      "interest are blocked as a result of this action' = blocking property -> sanctions 163 (guideline), an "
      "agentless passive describing the US government's own administrative act -> USA/GOV (guideline exception), "
      "M Leasing LLC, 'a Russian maritime shipping company' (sentence before) -> RUS/BUS (held-out rule: a "
      "corporation is the country's BUS); one blocking, coded once"),
 30: ([], "Blinken's speech on domestic renewal (Aug 2021): 'these investments helped America's economy leap ahead' "
          "= the GI Bill and other domestic programmes of the text before, no act between actors (held-out rule: "
          "domestic programmes not coded)"),
 # --- UNGDC 2020-2024 random: neg
 31: ([], "Poland (2021): 'most of us agree on the fact that every one of our nations ... has the right to protect "
          "its borders ..., choose its system of Government and govern with the consent of the nation, never against "
          "it' = 'us' meaning the member States in general (held-out 42/43: 'we' meaning all States not coded) and a "
          "statement of norms about rights; 'never against it' is no negated event"),
 32: ([("support to our people", "070", N, "PSE/CVL", False, A, N, True),
       ("been unable to end", "170", N, "ISR/GOV", True, A, N, False),
       ("provide them with protection", "074", N, "PSE/CVL", True, A, N, False),
       ("the Israeli occupation", "192", "ISR/GOV", "PSE", False, A, N, True),
       ("continuous Israeli aggression against our people", "190", "ISR/GOV", "PSE/CVL", False, A, N, True)],
      "Palestine (Abbas, 2022); 'what the international community has done ... in terms of support to our people and "
      "our just question politically and materially' = realised support by an uncoded collective -> nominal 070 "
      "with no source to PSE/CVL (guideline: the international community -> null); 'or has at least tried to do, "
      "because it has not done everything' bears on the amount, not the support (set 113: support that 'has not "
      "been matched by a commensurate support' an asserted nominal 070); 'it has unfortunately been unable to end "
      "the Israeli occupation and ... aggression' = the international community's failure to bring pressure to end "
      "Israel's acts -> a negated 170 with no source to ISR/GOV (set 146: 'The Security Council stands unable to take "
      "concrete steps to stop such practices' a negated 170; borderline not coded, as an inability); 'and provide "
      "them with protection' -> a negated 074 with no source to PSE/CVL (held-out rule: 'the international community "
      "has not stepped in to protect' a negated 074); 'the Israeli occupation' -> nominal 192 ISR/GOV -> bare PSE "
      "(earlier sets), and 'the heinous and continuous Israeli aggression against our people' -> nominal 190 ISR/GOV "
      "-> PSE/CVL (guideline: 'aggression' 190; borderline ISR/MIL)"),
 33: ([("We support the case", "051", "TUR/GOV", "ZAF/GOV", False, A, N, False),
       ("brought by the Republic of South Africa", "115", "ZAF/GOV", "ISR/GOV", False, A, N, False),
       ("Israel's crimes", "180", "ISR/GOV", "PSE/CVL", False, A, N, True)],
      "Turkiye (Erdogan, 2024); 'We support the case' = express support -> 051 (guideline) to the party that brought "
      "it -> ZAF/GOV (borderline org:ICJ); 'the case brought by the Republic of South Africa at the International "
      "Court of Justice' = filing an application at the ICJ -> 115 (held-out rule), a participle with its agent, not "
      "nominal (set 187), against Israel, named in the same sentence -> ISR/GOV; 'Israel's crimes' = an event noun "
      "with its agent -> nominal 180 ISR/GOV -> PSE/CVL, the victims being the Palestinians of Gaza of the sentences "
      "before (held-out 64: 'the crimes of Israel' a nominal 180; borderline 202, the case being one of genocide); "
      "'do not go unpunished' is the purpose, not coded"),
 # --- UNGDC 2020-2024 random: capital
 34: ([("Armenian missile attack", "194", "ARM/MIL", "AZE", False, A, N, True)],
      "Azerbaijan (2021); 'the capital city Baku was also target of Armenian missile attack' = a missile attack with "
      "its agent as adjective -> nominal, missile fire -> 194 as PETRARCH's CAMEO dictionary codes it (MISSILE ... "
      "BLOWN UP [194]; set 127: 'rocket attacks on Kabul' 194), Armenia's armed forces named in the sentence before "
      "('armed forces of Armenia heavily shelled') -> ARM/MIL; Baku is the city attacked, a place and not a metonym "
      "(guideline) -> bare AZE (borderline AZE/CVL); 'One of missiles was intercepted by Azerbaijani Air Defense "
      "Forces' is a defensive interception with no CAMEO code, not coded (borderline a 190 AZE/MIL -> ARM/MIL)"),
 # --- UNGDC 2020-2024 random: reported
 35: ([("has been agreed upon", "057", "ARM/GOV", "AZE/GOV", False, A, N, False)],
      "Armenia (Pashinyan, 2024); 'The President of Azerbaijan and I have stated many times that' = the speaker's own "
      "past statements, not reported speech (guideline: reported_by null; borderline AZE/GOV, Aliyev being a "
      "co-speaker); 'at least 80 percent of the mentioned Agreement has been agreed upon' = agreement on most of the "
      "peace treaty text -> 057, an agentless passive whose parties the sentence before names (the Agreement "
      "'between the Republic of Armenia and the Republic of Azerbaijan') -> from the speaker's government to "
      "AZE/GOV (held-out rule: an agentless 'A peace settlement has been signed' takes its parties from the sentence "
      "before), 'at least 80 percent' a matter of degree, not a negation (set 148: 'have only reached agreement' a "
      "057); borderline a nominal 046 for the unfinished negotiations; the speech verb 'stated' is 01x, not coded"),
 # --- UNGDC 2020-2024 random: future
 36: ([], "El Salvador (Bukele, 2023): 'we will host Miss Universe' = hosting a beauty pageant, no political "
          "counterpart (set 181: hosting the South-East Asian Games uncoded; set 188: the Islamic Solidarity Games); "
          "attracting tourism and investment is an expected effect"),
 # --- UNGDC 2020-2024 random: demand
 37: ([], "Guyana (2022): 'financing and implementation are still far behind where they should be, according to "
          "[UNEP's] Adaptation Gap Report' = a funding gap between uncoded collectives, with no donor or recipient "
          "named (held-out 54-61: aid between uncoded collectives uncoded); 'according to' attributes no event"),
 38: ([], "Vanuatu (2023): 'It is a process that must be guided by the aspirations and needs of the territories ... "
          "and constructive dialogue is essential' = an agentless deontic on the decolonization process, with no "
          "named parties to the dialogue (set 180: an agentless 'requires effective efforts' uncoded)"),
 # --- UNGDC 2020-2024 random: cue
 39: ([], "Luxembourg (2021): 'the historic Paris Agreement on Climate Change, achieved six years ago' = an agentless "
          "agreement whose parties the sentence does not name, mentioned as a reference (set 130: the agentless 1945 "
          "Charter signing uncoded; borderline a 057 with no source and no target)"),
 40: ([("recurring armed attacks", "180", "MOZ/REB", "MOZ", False, A, N, True)],
      "DR Congo (2021); 'the north-eastern part of Mozambique has been the victim of recurring armed attacks by "
      "jihadist salafists from Ansar Al-Sunnah' = attacks by a non-state armed group -> 180 (guideline), nominal with "
      "its agent named, a Mozambican insurgent group -> MOZ/REB (held-out rule: armed groups are the country's REB, as "
      "M23 COD/REB), the region attacked -> bare MOZ; 'which have already led to at least 2,600 deaths' is the "
      "attacks' result, folded in (set 147: deaths folded in as results; borderline a separate 202 to MOZ/CVL)"),
 41: ([("combat operations", "190", "MOZ/MIL", "MOZ/REB", False, A, N, True),
       ("initial support", "070", "RWA/MIL", "MOZ/MIL", False, A, N, True),
       ("initial support", "070", "org:SADC", "MOZ/MIL", False, A, N, True)],
      "Mozambique (Nyusi, 2023); 'strengthening combat operations by the Mozambican defence and security forces' = "
      "an ongoing counter-insurgency -> nominal 190 MOZ/MIL, against the terrorists in Cabo Delgado of the sentence "
      "before, unnamed -> MOZ/REB (set 208: the Syrian Army's 'war against terrorism' a nominal 190 SYR/MIL -> "
      "SYR/REB); 'with the initial support of the Rwandan contingent and the Southern African Development Community "
      "(SADC) Mission in Mozambique' = a support noun with its agents -> one nominal 070 each to the forces supported "
      "(set 208: 'with the support of ... the Russian Federation, Iran and the Lebanese national resistance' one "
      "nominal 070 each to SYR/MIL), the Rwandan contingent -> RWA/MIL, the SADC Mission -> org:SADC (borderline "
      "074 to bare MOZ, as ECOMOG's deployment, or 072); realised -> asserted"),
 42: ([("reiterates the call", "1031", "BWA/GOV", N, False, A, N, False)],
      "Botswana (2024); 'my delegation reiterates the call for predictable, sustainable and sufficient development "
      "finance to developing countries from all funding sources' = 'S calls for Y' is one asserted request "
      "(guideline), for development finance -> demand economic aid 1031, the addressee 'all funding sources' an "
      "uncoded collective -> target null (set 215: 'reiterates its call for the adoption of a holistic approach' a "
      "1042 with no target; set 219: Italy's call for trade measures a 1011 with no target; borderline not coded, as "
      "a call with no named addressee, sets 180 and 200); Y is not coded separately"),
 43: ([("we welcome the commitments", "051", "TGO/GOV", N, False, A, N, False)],
      "Togo (2023); 'we welcome the commitments and announcements made at [COP27] ... in particular the establishment "
      "of a specific fund to finance loss and damage' = welcome -> 051, the commitments' makers, the COP's parties, "
      "having no code -> target null (held-out rule: welcoming a decision of an uncoded body is 051 with no target); "
      "the commitments and the fund's establishment are agentless, not coded (borderline a nominal 0331 with no "
      "source to the vulnerable countries)"),
 44: ([("end the mandate", "129", "RUS/GOV", "org:UNSC", False, A, N, False)],
      "Australia (2024); 'we saw Russia end the mandate of the Security Council's Panel of Experts on the DPRK' = "
      "Russia ended the mandate by vetoing its renewal in the Council -> veto 129 to org:UNSC (set 203: 'a Russian "
      "veto' a nominal 129 RUS/GOV -> org:UNSC; borderline 160 as a withdrawal from a monitoring mechanism, or an "
      "085 easing the DPRK sanctions regime), realised -> asserted; 'we saw' is perception, not attribution; 'after "
      "fourteen years of unanimous support' is the Council members' support for their own body, not coded (borderline "
      "a nominal 051 org:UNSC -> org:UNSC)"),
 45: ([("proposes to move forward on agreements", "0311", "BOL/GOV", N, False, A, N, False)],
      "Bolivia (2021); 'the Plurinational State of Bolivia proposes to move forward on agreements with multilateral "
      "financial institutions to refinance, or provide relief from, external debt ... and support social policies' = "
      "a proposal of economic cooperation stated as a fact -> intent 0311 asserted (set 191: 'We propose the "
      "implementation of a programme' an asserted 0311; set 216: proposed initiatives 030s with no target), the "
      "institutions never named -> target null (borderline org:IMF and org:WB, or a 1031 request for debt relief); "
      "the debt relief and social support are the agreements' purposes, not coded"),
 # --- UNGDC 2020-2024 random: nocue
 46: ([], "Central African Republic (2021): redressing the inequality 'that continues to deprive the African continent "
          "of a permanent seat on the Security Council' = a Security Council reform position (held-out 54-61: UN "
          "reform positions not coded), the deprivation agentless"),
 47: ([], "Niger (2020): 'I have no doubt that your personal attributes ... will enable the General Assembly to make "
          "progress in fulfilling the mandate entrusted to it by member States' = a confident prediction and an "
          "evaluation of the Assembly President's qualities (set 148: a confident prediction about the Assembly "
          "President's skills uncoded); the congratulation is in the sentence before; the mandate 'entrusted ... by "
          "member States' is an uncoded collective's standing act"),
 48: ([("untenable and void", "120", "SYR/GOV", N, False, A, N, False)],
      "Syria (2020); 'Any decisions, steps, or deals that run counter to relevant UN resolutions and violate "
      "Palestinian rights are untenable and void in form and in substance' = a formal non-recognition by the speaker "
      "(set 111: declaring another state's measures 'null and void' a 120; set 139: 'considers ... null and void' a "
      "120), performative -> asserted; the sentence names no author of such deals -> target null (borderline ISR/GOV "
      "from the sentence before, or not coded as a general statement of principle, as set 129's 'Aggression must be "
      "treated as aggression'); the running counter and violating are properties of an open class, not coded"),
 49: ([], "Cyprus (2023): 'Just as in Ukraine, in Cyprus the United Nations Charter and international law continue to "
          "be violated' = an agentless violation of norms, a characterisation (held-out 3: 'territorial integrity ... "
          "was violated' agentless and close to figurative, not coded; held-out 6 row 33); the invasion and "
          "occupation it sums up are coded where the next sentence states them (borderline a 128 TUR/GOV -> org:UN, "
          "Turkey named in the sentence after, and one RUS/GOV for Ukraine)"),
 50: ([], "Tunisia (2022): 'we need to adopt an economic approach ... by investing more in knowledge, science, "
          "innovation and modern technologies' = a domestic economic aim, no counterpart (held-out rule: domestic "
          "programmes not coded)"),
}
