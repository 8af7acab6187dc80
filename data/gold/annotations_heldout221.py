"""Hand annotations for the TWO-HUNDRED-AND-TWENTY-FIRST held-out event gold set (source of events-heldout221.jsonl).

Keyed by the row index of selection-heldout221.jsonl (output of select_statement_sentence_heldout.py 221; rows 0-30
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, and rows
31-50 from statements_ungdc_2020_2024.jsonl, UN General Debate speeches of 2020-2024).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's or release's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout221.jsonl \\
        --annotations annotations_heldout221 --output events-heldout221.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([("whether Cuba attends", "036", "CUB/GOV", "USA/GOV", False, Q, N, False)],
     "briefing on the Summit of the Americas (2 Jun 2022), a CNN journalist's question: 'Is that currently the state "
     "of play with those discussions, whether Cuba attends' = the journalist asks whether the open issue is Cuba's "
     "attendance at the summit the United States hosts (the Mexican president's request that Cuba attend is in the "
     "sentence before) -> a future meeting, 036 (guideline: future meetings 036; held-out 18 row 1: hosting the "
     "Summit of the Americas 036 future), CUB/GOV -> the host USA/GOV, modality question since the attendance "
     "itself is what is asked "
     "about (held-out 4: 'whether Israel has agreed to abide by the ceasefire' a question; borderline "
     "hypothetical, or uncoded as only the topic of the discussions); 'those discussions' and 'no longer a "
     "discussion about Nicaragua and Venezuela' are the US deliberations on invitations, event nouns without an "
     "agent or counterpart in the sentence (guideline), so no negated 040"),
 1: ([("imposed", "163", "USA/GOV", "RUS", False, A, N, False)],
     "Blinken on CNN (3 Apr 2022); 'the export controls that we've imposed' = the US export controls on Russia "
     "-> sanctions 163 (guideline: sanctions -> 163), the relative-clause verb with its agent 'we' -> USA/GOV, not "
     "nominal (held-out 13: 'imposed' 163), realised -> asserted, target 'they' = Russia, the country as a whole "
     "(held-out 4 row 15: sanctions on Russia -> bare RUS); 'they will not have the technology they need to "
     "modernize' is the result of the controls, no negated event"),
 2: ([("wrongfully detained", "173", "IRN/GOV", "USA/CVL", False, A, N, False)],
     "Price (5 Jul 2022); 'we did not want to tie the fates – and we do not want to tie the fates – of Americans "
     "who are unjustly and wrongfully detained to something that remains far more uncertain' = the negation bears "
     "on linking two negotiating tracks, not a CAMEO act, not coded; the relative clause's detention -> 173 "
     "(guideline), realised -> asserted, the detained Americans (Namazi, Shargi, in the question) -> USA/CVL; the "
     "agentless passive takes Iran from the text before ('detained in Iran', Iran's 'long history of unjust "
     "imprisonment of foreign nationals') -> IRN/GOV (README: a missing participant taken from context when the "
     "document makes it plain; borderline source null, as held-out 'wrongfully detained abroad'); 'when we first "
     "embarked down this path' = the start of the Vienna nuclear talks named figuratively, not coded (borderline a "
     "046 USA/GOV -> IRN/GOV)"),
 3: ([("is trying to grab as much Ukrainian territory", "192", "RUS/GOV", "UKR", False, A, N, False),
      ("will not be accepted", "120", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("additional significant costs being imposed upon Russia", "131", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("follows through on those plans", "192", "RUS/GOV", "UKR", False, H, N, False)],
     "Blinken on his call with Lavrov (29 Jul 2022); 'President Putin is trying to grab as much Ukrainian territory "
     "as he can' = seizure of territory -> 192 (guideline: invade/occupy, annexation 192), an effort under way -> "
     "asserted (set 118: 'attempted to impose' asserted), Putin -> RUS/GOV, target the country whose territory it is "
     "-> bare UKR; 'it was very important that the Russians hear directly from us that' = the speaker's own "
     "message in the call (guideline: a speaker's own past statements, reported_by null), the speech verb not "
     "coded; 'that will not be accepted' = performative non-acceptance by the speaker -> REJECT 120, not negated "
     "(guideline: 'we will never accept it'; first set: 'will not recognize'), to RUS/GOV, the repeated 'not only "
     "will it not be accepted' coded once; 'it will result in additional significant costs being imposed upon "
     "Russia' = a warning of unspecified costs -> threaten non-force 131, asserted (held-out 22: 'ensuring Russia "
     "pays a severe economic and diplomatic price' 131; borderline 1312 as the costs are economic); 'if it follows "
     "through on those plans' = the annexation plans of the text before (sham referendums) -> the conditioned act "
     "192 hypothetical (guideline: 'Russia would face massive consequences for attacking Ukraine' 130 plus a "
     "hypothetical 190; borderline folded into the asserted 192 as the same seizure)"),
 # --- State Dept random: capital
 4: ([], "Blinken at the Security Council (17 Feb 2022): 'An essential part of this is through implementation of the "
         "Minsk agreements, the subject of our session today' = implementation (compliance) of agreements named "
         "only by their name, their parties (Russia and Ukraine) only in the sentence after (set 128: 'the "
         "implementation of the Minsk agreements' uncoded; borderline a nominal 057 RUS/GOV -> UKR/GOV); 'our "
         "session' is the Council meeting named as a topic, no verb; no capital metonym in the sentence"),
 5: ([("continue to provide our Ukrainian partners", "072", "USA/GOV", "UKR", False, F, N, False)],
     "Price (19 Jul 2022); 'until Moscow changes its approach' = a capital metonym (guideline: Moscow -> RUS/GOV), "
     "but 'changes its approach' is no CAMEO behaviour and only bounds the time, not coded; 'together with dozens "
     "of countries around the world, we'll continue to provide our Ukrainian partners with what they need on the "
     "battlefield' = military aid -> 072 (held-out: security assistance to Ukraine 072 -> UKR), 'will continue' -> "
     "future (README: 'we will continue support' 070 future; held-out 10: 'will continue to provide security "
     "assistance' 072 future), the uncoded 'dozens of countries' dropped (held-out 10), target -> UKR as the "
     "earlier sets; 'to help strengthen their hands at that ultimate negotiating table' is the purpose, not coded"),
 # --- State Dept random: reported
 6: ([("the President’s comment", "1124", "USA/GOV", "RUS/GOV", False, A, N, True)],
     "Blinken press availability (17 Mar 2022), NBC journalist's question; 'You've said you agree with the "
     "President's comment' = the Secretary's agreement with his own President, internal to USA/GOV, not coded "
     "(held-out: the Secretary thanking embassy staff internal; borderline 051 USA/GOV -> USA/GOV reported_by "
     "USA/GOV, README: 'I agree with Merkel that' 051); 'the President's comment that they're war crimes' = "
     "Biden's statement (16 Mar 2022) calling the attacks on civilians (sentence before) war crimes, a speech act "
     "that is itself an accusation -> accuse of war crimes 1124 (README: the ICC 'has charged' 1124; held-out: a "
     "statement criticizing is coded with reported_by null), an event noun with its agent -> nominal, Biden -> "
     "USA/GOV, the accused -> RUS/GOV (Putin, in the text after), the journalist's own presupposition -> "
     "reported_by null; 'as the UN ambassador said last week' = Thomas-Greenfield's same accusation, the same actor "
     "pair USA/GOV -> RUS/GOV, coded once (guideline: repeated mention; borderline a second 1124); 'war crimes' is "
     "the content of the accusation, the attacks themselves being in the sentence before (borderline a nominal 200 "
     "RUS/MIL -> UKR/CVL)"),
 7: ([("work to build on these agreements", "030", "USA/GOV", N, False, A, N, False)],
     "Price (10 Jun 2021); 'we have also said that' = the speaker's own past statement (guideline: reported_by "
     "null); 'even as we work to build on these agreements, to deepen them where we can, to add additional "
     "countries to the list' = ongoing US efforts to extend the Abraham Accords -> intent to cooperate 030 "
     "(first held-out set: 'build on growing normalization' 030), the work under way -> asserted, one commitment "
     "with several "
     "purposes coded once (README), the future parties unnamed and Israel only in the sentence before -> target "
     "null (borderline 039 as brokering further normalization, held-out: 'we intend to deliver more peace "
     "agreements' 039, or ISR/GOV); 'we also recognize that they're no substitute for progress when it comes to the "
     "Palestinians' is an evaluation, no act"),
 8: ([("negotiations", "046", "IRN/GOV", "USA/GOV", False, A, N, True)],
     "Price (14 Jul 2021); 'I understand Rouhani also said that the collective approach to negotiations has been "
     "serious and businesslike' = Rouhani's evaluation of the Vienna talks, not a praise act (README: 'continues "
     "to view as serious, credible' an evaluation), not coded; the negotiations themselves are taken for granted by "
     "both speakers ('we are prepared to return to Vienna for a seventh round of talks', sentence before) -> "
     "nominal 046 with reported_by null (set 154: the Crans-Montana negotiations, taken for granted rather than "
     "disputed, a nominal 046 with reported_by null), Iran, the party whose President speaks, -> IRN/GOV, the "
     "United States as the other party from the context (borderline uncoded as an event noun without an agent in "
     "the sentence, or reported_by IRN/GOV)"),
 # --- State Dept random: future
 9: ([("will then travel to Seoul", "036", "USA/GOV", "KOR", False, F, N, False),
      ("meetings with ROK officials", "036", "USA/GOV", "KOR/GOV", False, F, N, True)],
     "Department release on Sherman's travel (15 Jul 2021); 'The Deputy Secretary will then travel to Seoul' = an "
     "announced trip -> 036 future to the destination country (held-out 11: 'will travel to Tianjin' 036 -> CHN; "
     "Seoul a place), 'for meetings with ROK officials and a strategic dialogue with ROK First Vice Foreign "
     "Minister Choi' = the meetings on the trip, coded as well (held-out: 'meet with PRC officials' 036 -> "
     "CHN/GOV), meeting nouns -> nominal, one event for the officials and the named Vice Minister (same actor "
     "pair); 'to discuss bilateral and multilateral cooperation' is the meetings' purpose, not coded"),
 10: ([("will meet with", "036", "USA/GOV", "ISR/GOV", False, F, N, False)],
      "Lempert on Blinken's coming travel (24 Mar 2022); 'While there, he will meet with Prime Minister Naftali "
      "Bennett, Foreign Minister ... Yair Lapid, Defense Minister Benny Gantz, and also with Israeli President Isaac "
      "Herzog' = a future meeting -> 036 future (guideline), Blinken -> USA/GOV, all four Israeli office holders -> "
      "ISR/GOV, one actor pair coded once (guideline)"),
 # --- State Dept random: demand
 11: ([("We will continue to stand with", "032", "USA/GOV", "HKG/MED", False, F, N, False)],
      "Price (21 Jun 2021) on Hong Kong's Apple Daily; 'We will continue to stand with those who are seeking ... to "
      "exercise ... freedom of expression, as manifested in a free press' = 'stand with' is expressed support "
      "(README: 051 throughout), 'will continue' -> the intent code 032 future (held-out: 'will continue to support' "
      "032 future); those seeking to exercise free expression through a free press = Hong Kong's independent "
      "journalists (the press targeted, sentence before) -> HKG/MED (held-out 6: Hong Kong residents HKG/CVL; "
      "journalists MED; borderline HKG/CVL for the people of Hong Kong of the sentence before); 'what should be a "
      "universal value' is an evaluation"),
 12: ([], "Panamanian FM Mouynes after the migration ministerial (20 Apr 2022): 'We must continue with the work that "
          "we have started' = a deontic for 'we' the countries of origin, transit and destination at the "
          "ministerial (held-out 42/43: 'we' meaning a whole group uncoded), whose Y, continuing unspecified work, "
          "is no codable behaviour (guideline)"),
 13: ([], "Hong Kong Business Advisory (16 Jul 2021): 'Businesses should be aware that the risks faced in mainland "
          "China are now increasingly present in Hong Kong' = advice to businesses about risks, no act between "
          "actors (held-out: 'advice to attendees' uncoded)"),
 # --- State Dept random: cue
 14: ([("on the table", "1312", "USA/GOV", "MMR/MIL", False, A, N, False),
       ("cut off the regime", "163", "USA/GOV", "MMR/MIL", False, H, N, False),
       ("perpetrate this violence", "175", "MMR/MIL", "MMR/CVL", False, A, N, False)],
      "Price (25 Jul 2022) after the junta's executions of four activists; 'We of course don't preview our own "
      "sanctions, but all options that serve to cut off the regime's revenue ... – it's on the table' = a warning "
      "that sanctions may come -> threaten with sanctions 1312, asserted (README; held-out 8: 'we will not hesitate to "
      "target those who provide support' 1312), the threatened act -> 163 hypothetical (guideline: the threatened act "
      "inside a threat is hypothetical), 'our own sanctions' being the same prospective sanctions, folded in "
      "('don't preview' negates only the announcement, no negated 163); the Burmese regime, the junta -> MMR/MIL "
      "(guideline: military juntas); 'which it uses to perpetrate this violence' = the junta's violence against "
      "the population, the 'horrific atrocities' of the text before -> violent repression 175, realised -> "
      "asserted, to MMR/CVL (borderline MMR/OPP for the executed activists, or 180)"),
 15: ([("Security Cooperation", "062", "USA/GOV", "THA/GOV", False, A, N, True)],
      "fact sheet 'The United States-Thailand Relationship' (9 Jul 2022); the sentence opens with the heading "
      "'Security Cooperation Strengthens Our Partnership and Benefits the Region' = a cooperation noun whose parties "
      "'Our Partnership' and the document make plain (the text after: ILEA, Cobra Gold, joint exercises) -> security "
      "cooperation 062 (README), nominal, habitual -> asserted, from the document's government to THA/GOV (README: "
      "an event noun whose agent is plain from the text around it is coded; borderline uncoded as a heading, as "
      "held-out 14's 'Close Partners and Allies', or 050); 'Thailand is a treaty ally, a leader and guarantor of "
      "security ... and a reliable partner' is a description, no act"),
 16: ([("has invested in the people of Afghanistan", "073", "USA/GOV", "AFG/CVL", False, A, N, False)],
      "Price (12 Aug 2021); 'on the topic of humanitarian support, you look at what the United States has invested "
      "in the people of Afghanistan – not only in recent days, but ... over the past 20 years' = humanitarian aid "
      "(the $266 million and $3.9 billion of the text after) -> 073, realised -> asserted, to the Afghan people -> "
      "AFG/CVL; 'you look at' is an invitation to the journalist, not coded"),
 17: ([("The brutal attack on Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "the US Chargé at Embassy Tallinn introducing Blinken (8 Mar 2022); 'The brutal attack on Ukraine' = Russia's "
      "war (the 'Russian threat' two sentences before; 'isolating Russia', sentence after) -> nominal 190 RUS/MIL "
      "-> UKR as the earlier sets (held-out 6 row 3, 15, 16, 19, 20, 25), the agent taken from the text around it "
      "(README: an event noun whose agent is plain only from the text around it is coded; borderline uncoded as an "
      "event noun without an agent in the sentence); 'hits very close to a lot of us here' is a sentiment"),
 18: ([], "senior officials' briefing on Libya (23 Jun 2021): 'even if you've got agreement to get them out, there "
          "are issues about where they would go, who would take them ... it has to be verifiable' = generic 'you' and "
          "hypothetical questions about the withdrawal of foreign (Syrian) fighters, the parties of the agreement in "
          "principle (Russia, Turkey) only in the text before (borderline a hypothetical 057 RUS/GOV -> TUR/GOV and "
          "a hypothetical 0874 of the fighters' sponsors); 'it has to be verifiable' names no actor"),
 19: ([("brought up in the Arctic Council meeting", "040", "DNK/GOV", N, False, A, N, False),
       ("by his presence", "042", "USA/GOV", "DNK/GOV", False, A, N, True)],
      "Greenland's Foreign Minister Broberg at the joint press availability (20 May 2021) -> DNK/GOV (sub-national "
      "government rule; held-out 2 row 31: Greenland's premier -> DNK/GOV; held-out 24: its Prime Minister); "
      "'The people-to-people "
      "contact, which I also brought up in the Arctic Council meeting' = raising a topic in a meeting -> 040 "
      "(guideline: 'raised with' 040), the Arctic Council having no code -> target null (set 164: a Third Committee "
      "debate 040 with no target; borderline uncoded as mere participation in a multilateral meeting, held-out 11 "
      "row 74); 'is what Secretary Blinken is underscoring here today by his presence' = the speech verb "
      "'underscoring' not coded (01x), and 'his presence' in Greenland = his visit -> nominal 042 USA/GOV -> DNK/GOV "
      "(held-out 2 row 31: 'your visit' 042 -> DNK/GOV; set 153: 'My presence here' a nominal 040)"),
 20: ([("Would you support the creation of a visa program", "051", "USA/GOV", "AFG/MED", False, H, N, False),
       ("helped with the U.S. media organizations", "070", "AFG/MED", "USA/MED", False, A, N, False)],
      "Operation Allies Refuge briefing (21 Jul 2021), VOA journalist's question; 'Would you support the creation "
      "of a visa program for those Afghans' = a hypothetical support asked about -> 051, a would-clause of a "
      "question -> hypothetical (guideline), the State Department -> USA/GOV, aimed at the program's beneficiaries, "
      "the Afghan fixers -> AFG/MED (README: support aimed at a process goes to its named parties; borderline a "
      "hypothetical 075 safe haven, or a request to USA/LEG, since the media coalition's letter asked Congress to "
      "create the program); 'Afghans who helped with the U.S. media organizations' = the fixers' help -> 070 "
      "(held-out: the Afghans who helped the US mission, 'help -> 070', a presupposed past fact -> asserted, "
      "reported_by null), fixers -> AFG/MED (held-out: journalists -> MED), the US news organisations -> USA/MED; "
      "'who are now seeking safety in the U.S.' is an aim, not coded (borderline a 103 request for protection)"),
 21: ([], "Assistant Secretary Satterfield moderating the U.S.-India higher education discussion (13 Apr 2022): 'we "
          "have a host of students, faculty, and staff with us' = the audience present, no act between political "
          "actors ('host' is no hosting verb here)"),
 22: ([("a strong supporter", "051", "USA/GOV", "MKD/GOV", False, A, N, True),
       ("a strong supporter", "051", "USA/GOV", "ALB/GOV", False, A, N, True),
       ("a strong supporter", "051", "USA/GOV", "org:EU", False, A, N, True)],
      "Price (4 May 2022); 'the United States has long been a strong supporter of North Macedonia and Albania's "
      "integration into the EU' = expressed support (guideline: 051) in an agent noun -> nominal (set 112: 'Norway "
      "has been a consistent supporter of the United Nations' a nominal 051), habitual -> asserted; support for an "
      "accession goes to each candidate and to the Union (README: support for opening accession negotiations "
      "goes to every named party; set 115: 'our neighbour's path towards the European Union' to TUR/GOV and org:EU) "
      "-> MKD/GOV, ALB/GOV and org:EU, compound split"),
 23: ([("not meeting Lavrov", "036", "USA/GOV", "RUS/GOV", True, F, "USA/GOV", False)],
      "AFP journalist's question on Blinken's coming G20 trip (6 Jul 2022); 'what Ned said about not meeting "
      "Lavrov' = the journalist relays the spokesperson's statement that the Secretary will not hold a bilateral "
      "engagement with Lavrov (text before: 'You should not expect a bilateral engagement') -> a future meeting "
      "036 (guideline), plainly negated ('did not meet' type) and future, USA/GOV -> RUS/GOV, reported_by USA/GOV "
      "(guideline: a third party relaying the government's statement, 'you've been saying that'; README: a "
      "journalist who relays the Secretary's statement); 'do you expect the Secretary to try to avoid him at all "
      "costs?' = "
      "avoiding a person has no CAMEO code (PETRARCH's CAMEO dictionary: AVOID uncoded, only SHUN/BOYCOTT a summit "
      "125), and it restates the same non-meeting, not coded (borderline a 125 question, or a second negated 036 "
      "with modality question)"),
 # --- State Dept random: nocue
 24: ([("We share", "051", "USA/GOV", "org:OSCE", False, A, N, False)],
      "release on Armenia's elections (22 Jun 2021); 'We share ODIHR's concern regarding intense polarization and "
      "inflammatory rhetoric among key contestants' = agreeing with an organisation's stated concern -> 051 (set "
      "147: 'We endorse ... the concern expressed in your statement' a 051 to org:UNGA; set 180: 'Malaysia shares "
      "his concerns' a 051 to org:UN), ODIHR, the OSCE's election office -> org:OSCE (README: org:OSCE added); "
      "ODIHR's own concern is 01x, not coded (borderline the whole sentence an uncoded 01x concern); the "
      "contestants' 'inflammatory rhetoric' is a description without a behaviour verb (guideline)"),
 25: ([], "German FM Baerbock at Munich (18 Feb 2022): 'we had already this chance eight years ago to combine "
          "climate issues and security issues if we would have invested more in green energy' = a counterfactual "
          "domestic investment in energy with no counterpart, not a CAMEO act"),
 26: ([("I congratulate the Seychellois people", "051", "USA/GOV", "SYC/CVL", False, A, N, False)],
      "Blinken's Seychelles National Day message (29 Jun 2022); 'I congratulate' is performative -> 051 asserted "
      "(held-out 25: 'I congratulate the people of Estonia' 051 -> EST/CVL; README: congratulating a people on a "
      "national day is 051), the Seychellois people -> SYC/CVL; 'On behalf of the people of the United States' = "
      "the speaker's government, one source (held-out: 'on behalf of the Government and people' one source)"),
 27: ([("The ideas that we conveyed", "036", "USA/GOV", "RUS/GOV", False, A, N, False),
       ("the ideas that NATO conveyed", "036", "org:NATO", "RUS/GOV", False, A, N, False)],
      "Price (2 Feb 2022); 'The ideas that we conveyed, the ideas that NATO conveyed' = the US and NATO written "
      "responses to Russia, which the text before calls 'proposals for further diplomatic engagement' -> offer to "
      "negotiate 036, realised -> asserted, compound source split, org:NATO (held-out 5: 'proposing concrete areas "
      "for discussion' 036 from USA/GOV and from org:NATO to RUS/GOV for the same papers), the addressee Russia "
      "taken from the text before ('hand over to the Russian Federation'); 'they are very high-level ideas' is an "
      "evaluation"),
 28: ([], "Joint Communiqué of the Global Coalition to Defeat ISIS (11 May 2022): 'They also stressed the need to "
          "ensure sustainable long-term solutions for Daesh/ISIS fighters ... including appropriate legal "
          "procedures to ensure those guilty of crimes are held accountable' = the Ministers of a coalition with no "
          "code (README: the Global Coalition has no code), and the demanded prosecutions run from unnamed holders "
          "to ISIS fighters, who have no code "
          "(set 213: ISIL having no code) -> null to null, not coded (borderline a demanded 1121 with no source and "
          "no target)"),
 29: ([], "briefing on the Afghan SIV process (18 Jul 2022): 'this change in process will shave about a month off of "
          "the adjudication time ... ease a great administrative burden on the visa applicant' = the predicted "
          "effect of a domestic administrative change (dropping Form I-360), an inanimate subject, not coded "
          "(held-out: domestic executive order uncoded; borderline a future 081 USA/GOV -> AFG/CVL, as the README's "
          "resumed visa services, or 075)"),
 30: ([], "Price (3 Aug 2021): 'They have received emergency use authorizations from both the FDA and the WHO' = "
          "regulatory approvals of vaccines, not an act between political actors; 'the same vaccines that we are "
          "making available to the American people' is domestic; the donation itself is in the sentence before"),
 # --- UNGDC 2020-2024 random: neg
 31: ([], "Saint Lucia (2020): 'No name plate in the General Assembly Hall should have to be turned off indefinitely, "
          "simply because we refused to collectively respond to the glaring warning signs' = a hypothetical refusal "
          "of 'we' meaning all states (held-out 42/43: not coded), about climate warnings, no counterpart"),
 32: ([], "DR Congo (2024): 'Coordination and cooperation between the various institutions and agencies of the United "
          "Nations must also be strengthened' = an agentless deontic on the UN's internal working, a UN reform "
          "position (held-out 54-61: UN reform positions uncoded; sets 118, 153 and 201: wished-for cooperation "
          "among UN bodies uncoded; borderline a demanded nominal 050 org:UN -> org:UN)"),
 33: ([("has not set foot", "192", "SRB", N, True, A, N, False),
       ("threatened its existence", "130", "SRB", N, True, A, N, False),
       ("showed no mercy to small Serbia", "190", "org:NATO", "SRB", False, A, N, False)],
      "Serbia (2023); 'I would therefore like to inform members of the Assembly that' = the speaker's own statement "
      "(reported_by null); 'Serbia has not set foot in the territory of any other country' = a plainly negated "
      "invasion -> 192 negated (guideline: plain negation keeps the event's code), 'or threatened its existence' a "
      "negated 130, both from the country as a whole -> bare SRB with no target (set 174: Albania's 'have never "
      "attacked anybody ... never threatened' a negated 190 and 130 from bare ALB with no target); 'but 24 years "
      "ago the most powerful and the strongest 19 showed no mercy to small Serbia' = NATO's 1999 bombing, 'the most "
      "powerful 19 countries' that 'made the decision ... to brutally attack' (text before) -> the Alliance, "
      "org:NATO (set 131: NATO's 1999 intervention a 190 from org:NATO), and 'showed no mercy' a metaphor for that "
      "real attack -> 190 (README: a metaphor for a real act is coded as the act), realised -> asserted, target the "
      "country named, bare SRB (borderline bare YUG as the state of 1999, 195 for the air campaign, or one 190 per "
      "member with no code for the group)"),
 # --- UNGDC 2020-2024 random: capital
 34: ([], "Russia (2023): 'The whole world can see the sad story of the Minsk agreements on Ukraine repeating itself in "
          "the Balkans' = agreements named only by their name as a topic, their Ukrainian parties and Kyiv's "
          "'sabotage' in the sentence after (set 128: the Minsk agreements' implementation uncoded; borderline a "
          "nominal 057 UKR/GOV -> UKR/REB); no capital metonym in the sentence"),
 # --- UNGDC 2020-2024 random: reported
 35: ([("reiterate here my full support", "051", "FRA/GOV", "LBN/CVL", False, A, N, False),
       ("my determination to act", "030", "FRA/GOV", "LBN", False, A, N, True)],
      "France (Macron, 2020); 'I wish to reiterate here my full support for the Lebanese people' = performative "
      "support (guideline: 'express support' 051), 'I wish to' -> asserted, to LBN/CVL; 'and my determination to "
      "act from where I am ... so that Lebanon can recover' = a stated intent to help, an event noun with its agent "
      "'my' -> nominal 030, asserted (set 120: 'Our continuing determination to work with other Member States' a "
      "nominal 030), to the country as a whole -> bare LBN (borderline 033 as intent to aid, or LBN/CVL); 'as I "
      "have so often said' = the speaker's own past statements (guideline: reported_by null); the purposes "
      "(recovery, conciliation, democracy) are not coded"),
 # --- UNGDC 2020-2024 random: future
 36: ([("Monaco hails", "051", "MCO/GOV", "org:UN", False, A, N, False)],
      "Monaco (2021); 'Monaco hails the recent appointment of the new Global Advocate of Every Woman Every Child, "
      "Mrs. Kersti Kaljulaid, President of the Republic of Estonia' = a welcome of an appointment -> 051 to the "
      "appointee (README), who takes the role of a UN initiative under the Secretary-General -> org:UN (set 122: "
      "welcoming Voronkov's nomination 051 to org:UN; set 126: Peter Thomson's appointment as the UN's oceans envoy "
      "051 to org:UN; borderline EST/GOV, as she was Estonia's sitting President); 'whose noble mission will be to "
      "galvanize our efforts' is a description of the post, not coded"),
 # --- UNGDC 2020-2024 random: demand
 37: ([], "Mauritius (2024): 'our resolve should be translated into concrete and time bound actions' = a deontic for "
          "'our' meaning all states (held-out 42/43) with no codable Y"),
 38: ([("We urge, and call", "100", "SUR/GOV", N, False, A, N, False)],
      "Suriname (2024); 'We urge, and call, for a more effective, coordinated and coherence approach, and the "
      "transparent sharing, of information, regarding the different initiatives' on Haiti = 'S calls for Y', one "
      "asserted request (guideline), 'urge' and 'call' the same request, coded once; the addressee is not named (the "
      "bullet before urges 'the international community', an uncoded collective) -> target null; Y, coordination "
      "and information-sharing among the Haiti initiatives, has no 10x sub-code I am sure of -> generic 100 (set "
      "217: 'we call for the concerted management' of migration a generic 100 with no target; borderline 101, or "
      "uncoded as a call with no addressee, as set 110); Haiti is the beneficiary, not the addressee"),
 # --- UNGDC 2020-2024 random: cue
 39: ([], "Nigeria (2024): 'violent extremism remains an existential threat to both national and international "
          "peace, security and development' = a risk (guideline: figurative 'threat'), no actor"),
 40: ([], "North Macedonia (2023): 'The necessary instruments, such as the Climate Solidarity Pact, whereby developed "
          "economies provide financial and technical support to those in development have already been set' = aid "
          "between uncoded collectives (held-out 54-61: not coded), the pact's proposer unnamed; 'only through "
          "their adequate implementation' is compliance"),
 41: ([("Unilateral coercive measures", "163", "USA/GOV", "VEN", False, A, N, True),
       ("repudiation", "120", N, "USA/GOV", False, A, N, True),
       ("is trying to impose on us", "170", "USA/GOV", "VEN/GOV", False, A, N, False)],
      "Venezuela (2020); 'Unilateral coercive measures' = the US sanctions ('The unilateral measures imposed by the "
      "Government of the United States', sentence before) -> nominal 163 (README: 'coercive measures imposed by "
      "the US' 163), agent from the text before and the sentence's own 'from the United States', target the "
      "country -> bare VEN; 'the indignation and repudiation of the peoples against the alleged global "
      "dictatorship raised from the United States' = the peoples' rejection, an uncoded collective -> nominal 120 "
      "with no source (README: praise from uncoded collectives a 051 with no source), aimed at the US -> USA/GOV "
      "('indignation' a sentiment folded in; borderline uncoded as a sentiment, as set 120's 'esteem of the "
      "international community'); 'which is trying to impose on us' = the United States' attempted domination -> "
      "coerce 170 (set 200: 'Liberalization of trade imposed by those institutions' a 170), an effort under way -> "
      "asserted, 'us' the speaker's Venezuela -> VEN/GOV (borderline bare VEN); the domestic 'cohesion and national "
      "initiatives' are not coded"),
 42: ([], "Lithuania (2021): 'Lithuania therefore strongly supports the initiative on limiting the use of the veto in "
          "the Security Council in cases of mass atrocities' = a UN reform position (held-out 54-61: uncoded; sets "
          "141 and 196: a call to end the veto uncoded), the initiative's authors (France and Mexico) never named "
          "(borderline a 051 with no target, or to org:UNSC)"),
 43: ([], "Thailand (2020): 'this great challenge shall be the litmus test that faith in multilateralism and the unity "
          "of Member States can provide sustainable solutions to overcome this threat' = an inanimate subject and "
          "the unity of all states, no act; 'this threat' is COVID-19, a risk"),
 44: ([("unprecedented sanctions", "163", N, "RUS", False, A, N, True),
       ("rapid military support", "072", N, "UKR", False, A, N, True)],
      "United Kingdom (2022); 'The response has been built on ... being prepared to use new instruments, including "
      "unprecedented sanctions, diplomatic action and rapid military support' = 'The resolute international "
      "response to Ukraine' of the sentence before, an uncoded collective -> source null (README: sanctions whose "
      "agent the sentence never names have no source; set 192: 'The sanctions have failed' a nominal 163 with no "
      "source; borderline GBR/GOV for the speaker's own share, as set 133's 'coded for the speaker only'), the "
      "instruments having been used -> asserted, nominal; the sanctions against Russia, named elsewhere in the speech "
      "('Russia's conduct') -> bare RUS (held-out 4 row 15), and the military support -> 072 to UKR (held-out: "
      "security assistance to Ukraine 072 -> UKR); 'diplomatic action' names no codable behaviour; 'built on "
      "partnerships and alliances' is a description"),
 45: ([("was killed with her parents", "1823", "ISR/MIL", "PSE/CVL", False, A, N, False),
       ("an attack by the Israeli Air Force", "195", "ISR/MIL", "PSE/CVL", False, A, N, True)],
      "Israel (Lapid, 2022); 'the picture of Malak al-Tanani ... was published all over the world, with the terrible "
      "news that she was killed with her parents in an attack by the Israeli Air Force' = a claim that the speaker "
      "quotes in order to dispute it (the next sentence: 'Malak al-Tanani does not exist'), still coded (README "
      "52/53: a claim quoted in order to dispute it is still coded, reported by its author): the killing of a girl "
      "and her parents -> 1823 (guideline: killings of individuals), and the air strike -> a nominal 195 aerial "
      "attack (guideline: bombardment 195; borderline 190), both from the Israeli Air Force -> ISR/MIL (guideline: "
      "/MIL when the armed forces are named) to a Palestinian family -> PSE/CVL; the claim's publishers are unnamed "
      "media ('the anti-Israel movement', text after) -> reported_by null (guideline: no named source -> null); "
      "borderline both uncoded, as set 157 left the act of a disputed claim ('orchestrated by the United States') "
      "uncoded"),
 # --- UNGDC 2020-2024 random: nocue
 46: ([], "Malta (2023): 'I want to show that things can be done ... and that if a small nation like Malta can play its "
          "part ... then the United Nations can put in place real and effective solutions' = the speaker's plan for "
          "the speech and a conditional about unspecified solutions, no act between actors"),
 47: ([], "Panama (2023): 'I assure the nations of the world that Panama is committed to maintaining the operation of "
          "the canal in a safe, efficient, reliable and competitive manner' = an assurance about the domestic "
          "operation of the canal, addressed to all nations, an uncoded collective; operating the canal is no act "
          "between actors (borderline a 030 with no target, as an assurance of cooperation, set 111's 'seeks to "
          "participate' a 030 with no target)"),
 48: ([], "Oman (2022): 'we want to wish for peace for all' = well-wishing (held-out 7: not coded)"),
 49: ([], "Iceland (2022): 'We face a climate crisis that will not go away on its own' = a description of a risk, "
          "'we' meaning all states, no act"),
 50: ([("seeks to find effective solutions by working with international partners", "030", "ARE/GOV", N, False,
        A, N, False)],
      "United Arab Emirates (2023); 'the United Arab Emirates seeks to find effective solutions by working with "
      "international partners to address that problem' (water scarcity) = an intent to cooperate stated as a fact -> "
      "030 asserted (set 111: 'Seeks to participate ... in initiatives for regional cooperation' a 030 asserted "
      "with no target; set 202: 'We seek to continue expanding ... our trade relations' an asserted 0311), the "
      "partners unnamed -> target null (README: collectives without a code -> null; borderline a 050 for the "
      "working with partners, as held-out 4's 'working ... with partners and allies'); the sentence holds a line "
      "break after 'the' (hard-wrapped speech)"),
}
