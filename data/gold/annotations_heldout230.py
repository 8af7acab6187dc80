"""Hand annotations for the TWO-HUNDRED-AND-THIRTIETH held-out event gold set (source of events-heldout230.jsonl).

Keyed by the row index of selection-heldout230.jsonl (output of select_statement_sentence_heldout.py 230; rows 0-28
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 29-48
from statements_ungdc_2020_2024.jsonl, UN General Debate speeches of 2020-2024).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each document's date; the speaker of a briefing turn or of a
transcript is the one named at the head of that turn (journalists' questions are their own words).
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout230.jsonl \\
        --annotations annotations_heldout230 --output events-heldout230.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([("received downgrades", "110", "USA/GOV", "CYP/GOV", False, A, N, False),
      ("received downgrades", "110", "USA/GOV", "ISR/GOV", False, A, N, False),
      ("received downgrades", "110", "USA/GOV", "NZL/GOV", False, A, N, False),
      ("received downgrades", "110", "USA/GOV", "NOR/GOV", False, A, N, False),
      ("received downgrades", "110", "USA/GOV", "PRT/GOV", False, A, N, False),
      ("received downgrades", "110", "USA/GOV", "CHE/GOV", False, A, N, False)],
     "TIP Report 2021 briefing (1 Jul 2021), senior Department official; the tier downgrades = the Department's own "
     "administrative disapproval (first held-out set row 6: TIP 'downgraded' a 110 USA/GOV -> each government), "
     "'received' a passive-like frame for the US government's own act and 'as the department assessed' naming the "
     "agent -> USA/GOV (guideline exception for the document's own administrative acts); the same sentence names the "
     "six governments ('the governments of the Republic of Cyprus, Israel, New Zealand, Norway, Portugal, and "
     "Switzerland') -> compound target split, one 110 each (guideline: one event per actor pair). This sentence "
     "(same byte range) was also drawn in set 222 (row 2), which gave one 110 with target null on the view that the "
     "six countries are never named; the names stand in the sentence itself, so the split follows the first "
     "held-out set (borderline set 222's single event with target null). 'did not meet all four of the minimum "
     "standards', 'not making appreciable progress' and 'no longer met' = non-compliance with a US statutory "
     "standard, no negated act between actors (set 222, same sentence; guideline: 'comply with obligations' not "
     "codable)"),
 1: ([("will not waver in its support", "051", "USA/GOV", "UKR/CVL", False, A, N, False)],
     "Blinken release on sanctions (2 Aug 2022); 'will not waver in its support for the brave people of Ukraine' = "
     "litotes, an asserted 051, not a negation (held-out rule: 'will not back down in our support' an asserted 051; "
     "set 180: 'will never waver in its support for the Palestinians' an asserted 051 to PSE/CVL), the people -> "
     "UKR/CVL (borderline bare UKR); 'will continue to promote accountability for President Putin and his cronies' = "
     "accountability is not a CAMEO act (held-out 21 row 24, held-out 18 row 38; set 223: 'to continue to promote "
     "accountability for perpetrators' uncoded; borderline a future 163 RUS/GOV, the release announcing sanctions); "
     "'whose actions have caused so much suffering and destruction' names no act (borderline a nominal 190 RUS/GOV "
     "-> UKR)"),
 2: ([], "Japan-U.S. Economic 2+2 (29 Jul 2022), METI Minister Hagiuda -> JPN/GOV: 'Unilateral use of economic force "
         "in violation of international rules to fulfill diplomatic demand should never take place' = an agentless "
         "norm for all states (set 174: a restated norm that 'no State has the right to' uncoded; `we`/norms meaning "
         "all States uncoded), the coercing state left unnamed (borderline a negated, demanded 170 with no source)"),
 3: ([("I was just in Munich", "042", "USA/GOV", "DEU", False, A, N, False),
      ("follows through with the invasion", "192", "RUS/GOV", "UKR", False, H, N, False)],
     "Blinken on CNN (20 Feb 2022); 'I was just in Munich with all of the leaders of our European partners' = the "
     "Secretary's realised visit (the Munich Security Conference) -> 042 to the bare country (held-out 12 row 2: "
     "visits go to the bare country; set 225: 'pleased to be in Estonia' a 042 to EST); Munich is no capital and "
     "no metonym; the European leaders are an uncoded collective, their presence folded into the visit (borderline "
     "a 040 with target null); 'if Putin follows through with the invasion' = an act inside an if-clause -> "
     "hypothetical (guideline), invasion -> 192 (guideline), Putin -> RUS/GOV, the target of an invasion the bare "
     "country (guideline; set 221: 'if it follows through on those plans' a hypothetical 192); 'have never seen a "
     "time when NATO has been more unified' and NATO's 'going to further demonstrate' its unity are evaluations, no "
     "act and no event negation"),
 # --- State Dept random: reported
 4: ([("increased humanitarian and basic needs support", "073", "org:EU", "AFG/CVL", False, A, N, False),
      ("increased humanitarian and basic needs support", "073", "FRA/GOV", "AFG/CVL", False, A, N, False),
      ("increased humanitarian and basic needs support", "073", "DEU/GOV", "AFG/CVL", False, A, N, False),
      ("increased humanitarian and basic needs support", "073", "ITA/GOV", "AFG/CVL", False, A, N, False),
      ("increased humanitarian and basic needs support", "073", "NOR/GOV", "AFG/CVL", False, A, N, False),
      ("increased humanitarian and basic needs support", "073", "GBR/GOV", "AFG/CVL", False, A, N, False),
      ("increased humanitarian and basic needs support", "073", "USA/GOV", "AFG/CVL", False, A, N, False)],
     "Communique of the Special Representatives and Envoys for Afghanistan (Brussels, 5 Apr 2022); the subject of "
     "'Noted that' is the Envoys, named at the head of the list; 'their governments and organisations' = the ones "
     "the document names (the EU, France, Germany, Italy, Norway, the UK and the US) -> one event per member "
     "(held-out rules: a joint statement naming its governments one event per government; a group without a code "
     "is each member the document names); 'Noted that' = the communique's own authors, among them the document's "
     "government -> reported_by null (set 227 row 6: 'The Ministers noted that' in a joint statement); 'had already "
     "substantially increased humanitarian and basic needs support, including for healthcare, to the Afghan "
     "people' = realised aid, the humanitarian kind the most specific -> 073, one aid noun covering several kinds "
     "coded once (held-out rule), to AFG/CVL (borderline 070); 'to mitigate ... and to ensure the continuation of "
     "basic services' are purposes, not coded"),
 5: ([("hearing the perspectives", "040", "USA/GOV", N, False, A, N, False)],
     "Blinken at the Food Security Ministerial he convened (18 May 2022); 'this meeting is really about hearing the "
     "perspectives of a range of colleagues and countries' = the consultation under way -> 040 asserted, the "
     "colleagues and countries an uncoded collective -> target null (set 227 row 4: 'had very good discussions' a "
     "040 with no target); 'this meeting' itself is an agentless meeting noun, not coded separately (guideline; "
     "borderline the whole row uncoded, as a description of the meeting's purpose); 'what we can do together to "
     "address it' is an open question about future cooperation, not coded"),
 6: ([("double down on our support for Ukraine", "070", "USA/GOV", "UKR", False, F, N, False),
      ("an invasion", "192", "RUS/GOV", "UKR", False, H, N, True)],
     "Blinken on CBS (20 Feb 2022), answering whether the US would fund an insurgency; 'The President said that' = "
     "the President quoted in a State Dept document is the document's own government -> reported_by null (held-out "
     "rule); 'we will, in the event of an invasion, double down on our support for Ukraine' = a future material act "
     "keeps its code (held-out rule: 'we will continue support' 070 future), the consequent of a condition coded "
     "future (set 220: 'if Taliban try ..., we will not support them' a future 070 for the consequent; borderline "
     "hypothetical); 'security assistance, economic assistance, diplomatic assistance, political assistance, "
     "humanitarian assistance' spell out the one support -> one 070 (held-out rule: one aid noun covering several "
     "kinds), to bare UKR (set 226: 'powerful support for Ukraine' a 070 to bare UKR); 'in the event of an "
     "invasion' = if-clause -> hypothetical nominal 192, the agent plain from the text around it (Russia's threatened "
     "invasion; held-out rule: an event noun whose agent is plain only from the text around it is coded; borderline "
     "uncoded as an agentless event noun)"),
 # --- State Dept random: future
 7: ([("a committed partner ready to support you", "032", "USA/GOV", "VEN/CVL", False, F, N, False),
      ("a committed partner ready to support you", "032", "USA/CVL", "VEN/CVL", False, F, N, False)],
     "Blinken's Venezuela National Day message (5 Jul 2021); 'you' = the people of Venezuela addressed in the text "
     "before -> VEN/CVL; 'you will continue to find in the people and government of the United States a committed "
     "partner ready to support you in the struggle to build a ... democratic future' = a promise of political "
     "support -> intent 032 with modality future (set 166: 'You will have Pakistan's full support' a future 032; "
     "set 205: 'will continue to support those efforts' a future 032), the compound source split into the "
     "government and the people (held-out rule: a joint expression of support by a government and its people is "
     "one event each; borderline USA/GOV only, or 033 for material support); 'As you mark the 210th anniversary' is "
     "a national day, not coded"),
 8: ([("will meet", "036", "USA/GOV", "BRN/GOV", False, F, N, False),
      ("will meet", "036", "USA/GOV", "BRN/CVL", False, F, N, False)],
     "Travel announcement for Counselor Chollet (6 Jun 2022) -> USA/GOV; 'in Brunei, Counselor Chollet will meet "
     "with Foreign Minister II Erywan Yusof and other senior officials, as well as civil society leaders' = future "
     "meetings -> 036 future (guideline), the Second Minister of Foreign Affairs and the senior officials -> "
     "BRN/GOV (one actor pair), the civil society leaders -> BRN/CVL (held-out rule: a future convening of several "
     "sectors is one 036 per sector); the trip itself is covered by the meetings (borderline a separate future 036 "
     "for the announced trip to bare BRN)"),
 # --- State Dept random: demand
 9: ([("We urge the Leadership Council", "100", "USA/GOV", "YEM/GOV", False, A, N, False)],
     "Special Envoy Lenderking's trip release (15 Apr 2022); 'We urge the Leadership Council to work closely with "
     "the Prime Minister and his government to strengthen basic services and economic stability' = one asserted "
     "request (guideline), the Presidential Leadership Council being Yemen's executive -> YEM/GOV; the demand is "
     "for better domestic governance with no sure sub-code -> generic 100 (set 226: 'urging all parties to do what "
     "they need to' a generic 100; borderline 1042); Y, cooperation inside the Yemeni government, is not coded "
     "separately (guideline); 'recent reforms' have no agent in the sentence"),
 10: ([("work together", "050", "USA/GOV", N, False, D, N, False)],
      "Blinken with Maria Ressa (7 Jun 2022); 'We need to build these coalitions ... and then work together to make "
      "sure that it doesn't get there' = a deontic 'need' with no request verb -> demanded (guideline), 'we' the US "
      "with the other countries of the export-control coalition, never named -> source USA/GOV, target null (set "
      "173: 'Global warming requires us to work intensively with the entire international community' a demanded 050 "
      "with no target; set 174: 'It is essential that ... work together' a demanded 050); building the coalitions "
      "and working together are one cooperation, coded once; identifying where technology 'should not go' and "
      "keeping it from getting there (export controls) have no target (borderline a demanded 172 with no target)"),
 11: ([], "Special Envoy Zuniga on the Section 353 list (2 Jul 2021): 'We certainly are aware of there being the real "
          "line ... those are all of great concern to us' = expressed concern (01x, not coded); the corruption by "
          "'purchasing influence' and 'suborning actors inside of Central America to act on behalf of ... really any "
          "power' is a generic class with no agent named (borderline a 170 with no source to the Central American "
          "governments)"),
 # --- State Dept random: cue
 12: ([("We also discussed", "040", "USA/GOV", "DZA/GOV", False, A, N, False),
       ("war of choice against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "Blinken's press availability after meeting President Tebboune in Algiers (10 Mar 2022); 'We also discussed' = "
      "realised talks with the Algerian President -> 040 USA/GOV -> DZA/GOV (guideline); 'Russian President "
      "Vladimir Putin's ... war of choice against Ukraine' = a war noun with its agent -> nominal 190 RUS/GOV -> bare "
      "UKR (guideline: 'war' 190; set 222: 'This war' a nominal 190 RUS/GOV -> bare UKR); 'how President Putin's "
      "actions violate the principles of the UN Charter' = a characterisation (set 227: 'principles that Russia is "
      "violating' uncoded, following held-out 6; borderline 128 to org:UN)"),
 13: ([("thanked Slovenia", "051", "USA/GOV", "SVN/GOV", False, A, N, False),
       ("outspoken support for Ukraine’s sovereignty", "051", "SVN/GOV", "UKR", False, A, N, True),
       ("robust security assistance", "072", N, "UKR", False, D, N, True),
       ("Russia’s brutal war", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "Readout of Blinken's call with PM Jansa (21 Apr 2022); 'thanked Slovenia' -> 051 to SVN/GOV (guideline); 'for "
      "its outspoken support for Ukraine's sovereignty and territorial integrity' = thanks give the support its "
      "agent (held-out rule) -> a nominal 051, verbal support, SVN/GOV -> bare UKR (set 184: support for 'the "
      "sovereignty and territorial integrity of Georgia' goes to bare GEO); 'emphasized the need for robust security "
      "assistance' = a statement of need -> demanded nominal 072 with no source (held-out rules: statements of need "
      "are demanded aid with no source; set 213: 'our need for aid' a demanded nominal 070 with no source), Ukraine "
      "the recipient from the same sentence -> bare UKR (set 221: 'rapid military support' a nominal 072 to UKR; "
      "borderline source SVN/GOV, the partner addressed); 'Russia's brutal war' -> nominal 190 RUS/GOV -> bare UKR "
      "(row 12)"),
 14: ([("impose visa restrictions", "172", "USA/GOV", "RUS/GOV", False, A, N, False)],
      "Blinken release (20 Apr 2022), a list item under 'the United States is taking further actions ... to "
      "include:' (text before) -> the frame gives the agent USA/GOV (set 222: a list item whose frame falls before "
      "the cut coded from it; borderline uncoded as a fragment); 'Action to impose visa restrictions on 587 Russian "
      "individuals' = visa restrictions -> 172 (guideline), taken today -> asserted; the individuals are 'Russian "
      "government officials involved in suppressing dissent' (the sentence after) -> RUS/GOV (borderline RUS/CVL "
      "for 'individuals'); 'which was announced March 15' is the policy's announcement, not coded separately; the "
      "officials' repression lies in the next sentence"),
 15: ([("Our time in Jordan", "042", "USA/GOV", "JOR", False, A, N, True),
       ("substantive discussions at the palace", "040", "USA/GOV", "JOR/GOV", False, A, N, False)],
      "Blinken's press availability in Amman (26 May 2021); 'Our time in Jordan has been brief' = the Secretary's "
      "visit under way -> 042 asserted to the bare country (held-out rule: a trip under way is 042 asserted per "
      "destination; set 225: 'pleased to be in Estonia' a 042 to EST), a noun phrase -> nominal; 'we had very "
      "broad-ranging and very substantive discussions at the palace today' = realised talks with King Abdullah (the "
      "text before: 'a very good conversation') -> 040 to JOR/GOV (set 227 row 4: 'had very good discussions' a "
      "040), the royal palace being the seat of government, not a metonym but a place"),
 16: ([("condemns all such activity", "111", "USA/GOV", "BLR/GOV", False, A, N, False),
       ("the attempt to forcibly repatriate", "174", "BLR/GOV", "BLR/CVL", False, A, N, True)],
      "Blinken release on the Khashoggi Ban visa restrictions (4 Feb 2022); 'condemns all such activity' = 111 "
      "(guideline), 'such activity' being the extraterritorial counter-dissident activity of the sentence before, "
      "which the text after calls 'the Lukashenka regime's ... repression' and 'the regime's attempts to silence "
      "criticism' -> BLR/GOV (borderline BLR/CVL for the unnamed Belarusian nationals designated); 'the attempt to "
      "forcibly repatriate Belarusian Olympian Krystsina Tsimanouskaya' = forced repatriation -> 174 (guideline), "
      "the attempt having happened -> asserted (set 191: an attempted invasion an asserted nominal 192), an event "
      "noun whose agent, the regime, is plain from the text around it (held-out rule) -> BLR/GOV -> BLR/CVL, the "
      "athlete"),
 17: ([], "Open Skies agreement release (14 Jun 2022): a pointer to the Department's website; 'our Open Skies Air "
          "Transport agreements' names no partner and no act (borderline a nominal 057 with no target)"),
 18: ([("donor of humanitarian assistance to Ukraine", "073", "USA/GOV", "UKR", False, A, N, True)],
      "Sanctions release (24 Mar 2022); 'The United States is the largest single country donor of humanitarian "
      "assistance to Ukraine' = an ongoing aid act stated through its agent noun -> nominal 073 asserted (set 163: "
      "Kuwait's first place in humanitarian assistance a nominal 073; held-out rule: 'a consistent supporter' coded "
      "as the act), to bare UKR as named (row 6; borderline UKR/CVL, the people receiving humanitarian aid)"),
 19: ([("welcomes", "051", "USA/GOV", "GBR/GOV", False, A, N, False),
       ("to impose further sanctions", "163", "GBR/GOV", N, False, A, N, False)],
      "Joint statement of Blinken and Yellen (22 Jul 2021) -> USA/GOV; 'welcomes the United Kingdom's announcement' "
      "-> 051 to GBR/GOV (guideline); 'to impose further sanctions under its Global Anti-Corruption Sanctions (GACS) "
      "regime' = sanctions -> 163 GBR/GOV, taken the same day ('We commend the UK's actions today against four "
      "corrupt individuals', sentence after) -> asserted (borderline future, as the first sets' 'will now also be "
      "designated'); the five individuals' nationalities are never given -> target null (held-out rule: entities "
      "designated with no nationality are 163 with no target); 'designed to fight corruption' is a purpose"),
 20: ([], "Data for Diplomacy award release (5 May 2022): a description of the Department's internal analytic tool "
          "(set 226: internal Department business uncoded); 'U.S. security cooperation activities' with unnamed "
          "'partners' are the tool's object, not asserted as a new act (borderline a habitual nominal 062 USA/GOV "
          "with no target)"),
 21: ([("discussed", "040", "USA/GOV", "ISR/GOV", False, A, N, False),
       ("the U.S.-Israel partnership", "050", "USA/GOV", "ISR/GOV", False, A, N, True),
       ("ironclad commitment to Israel’s security", "0334", "USA/GOV", "ISR/GOV", False, A, N, True)],
      "Readout of Blinken's meeting with Alternate PM and Defense Minister Gantz (3 Jun 2021) -> ISR/GOV; 'The "
      "Secretary and the Alternate Prime Minister discussed' = a symmetric meeting coded once from the document's "
      "government (guideline) -> 040; 'the U.S.-Israel partnership' = a cooperation noun naming its parties -> "
      "nominal 050 (held-out rules; set 227: 'the close partnership between our countries' a nominal 050); "
      "'America's ironclad commitment to Israel's security' = intent to provide military protection stated as a "
      "fact -> nominal 0334 asserted (held-out 11 row 25, 12 row 32, 18 row 9: the 'ironclad commitment to the "
      "defense of' the ROK a nominal 0334); both nouns are topics of the talks, coded as a force posture named as a "
      "topic is (held-out rule; borderline both uncoded as mere topics)"),
 # --- State Dept random: nocue
 22: ([("thank you again for joining us", "051", "USA/GOV", N, False, A, N, False),
       ("excited to hear from you", "036", "USA/GOV", N, False, F, N, False)],
      "Secretary Raimondo closing her remarks at the virtual Supply Chain Ministerial Forum (20 Jul 2022) -> "
      "USA/GOV; 'thank you again for joining us' = thanks to the participating ministers, an uncoded collective of "
      "governments -> 051 with target null (held-out 14 row 30: thanks with target null; held-out 6 row 57: the "
      "joining covered by the thanks; borderline uncoded courtesy, as held-out 8 row 52, or a separate 040 with no "
      "source for the attendance); 'I'm excited to hear from you' = the exchange about to follow -> future meeting "
      "036 with no target (set 225: 'eager to hear' a future 036)"),
 23: ([], "FM Lapid before meeting Blinken (27 Jun 2021): 'In the past few years, mistakes were made' = an agentless "
          "passive and an evaluation of past relations (borderline a 110 with no target)"),
 24: ([("We’ll have an opportunity to talk about that", "036", "USA/GOV", "TUR/GOV", False, F, N, False)],
      "Blinken before meeting FM Cavusoglu at UN Headquarters (18 May 2022); 'We'll have an opportunity to talk about "
      "that' (the South Caucasus, sentence before) = the imminent meeting -> 036 future (guideline), symmetric, coded "
      "from the document's government to TUR/GOV"),
 25: ([("will lead the U.S. delegation", "036", "USA/GOV", "org:UN", False, F, N, False)],
      "Release on the Ad Hoc Committee to Elaborate a UN Cybercrime Convention (28 Feb 2022); 'Walsh will lead the "
      "U.S. delegation' to the Committee's first session at UN Headquarters = the US delegation's announced "
      "participation -> future 036 to org:UN (set 183: planned UN participation a future 036 to org:UN; held-out "
      "rule: an intent to take part in a UN process is 036 future; borderline org:UNGA, the Committee being the "
      "General Assembly's subsidiary body, or uncoded as an internal appointment); 'introduce Ambassador (ret.)' is "
      "cut by the splitter and introduces a US official, internal, not coded"),
 26: ([], "COVID-19 briefing (5 Jun 2021): the operator's dialling instructions, no political act"),
 27: ([], "Plastic pollution fact sheet (28 Feb 2022): BSEE standards that 'require offshore energy companies to conduct "
          "annual training' = a domestic regulation (held-out rule: domestic programmes not coded; borderline a 100 "
          "USA/GOV -> USA/BUS)"),
 28: ([], "Blinken at a Pride reception (18 Jun 2022): 'this is the 30th anniversary of glifaa's founding' = an "
          "anniversary of the employees' association; 'as Mike noted' is a speech verb (01x)"),
 # --- UNGDC 2020-2024 random: neg
 29: ([("will not align ourselves", "0312", "SLB/GOV", N, True, F, N, False)],
      "Solomon Islands (2022); 'we will not align ourselves with any external Powers or security architecture that "
      "targets our or any other sovereign country' = plain negation of a future cooperative act, not a refusal of "
      "anything offered (held-out rule: 'will not normalize relations ourselves' a negated future 030; set 150: "
      "'does not and will not support any kind of militancy' one negated 070 with no target), alignment with a "
      "security architecture -> intent to cooperate militarily 0312 (borderline 030), future cooperative acts taking "
      "03x (guideline); the Powers are an open class never named -> target null; 'that targets ... or threatens "
      "regional and international peace' defines the class, hypothetical, not coded"),
 30: ([], "Hungary (2024): 'it has not been long time ago that European political leaders spoke about Eurasian "
          "cooperation' = a speech verb (01x) of an uncoded collective; the negation bears on the time, not on an "
          "event"),
 31: ([("has not found it possible to agree", "0331", N, "ATG/GOV", True, A, N, False)],
      "Antigua and Barbuda (2020); 'The Paris Club has not found it possible to agree to suspension of debt payments, "
      "debt rescheduling, or debt forgiveness, to allow countries like mine' = plain negation of an agreement to "
      "grant debt relief, not an explicit refusal (guideline: negated event keeps its code; held-out rule: leaders "
      "who 'have failed to agree' a negated 057), debt relief undertaken = intent to provide economic aid 0331 "
      "(held-out rule: debt "
      "undertaken to be written off a 0331), one event for the three forms of relief; the Paris Club has no code "
      "(held-out 129: the Paris Club an uncoded creditor group) -> source null; 'countries like mine' -> the speaker "
      "only, ATG/GOV (set 202: 'we' the developing countries coded for Malawi; borderline target null; borderline "
      "a 1211 refusal, as set 164's 'reluctance')"),
 # --- UNGDC 2020-2024 random: capital
 32: ([("has called for the withdrawal of Ethiopian forces", "1056", "SDN/GOV", "ETH/MIL", False, A, N, False)],
      "South Sudan (2021); Khartoum = capital metonym -> SDN/GOV (guideline); 'has called for the withdrawal of "
      "Ethiopian forces from the United Nations Interim Security Force for Abyei' = 'S calls for Y', one asserted "
      "request (guideline), a demanded withdrawal of forces -> de-escalation 1056 (set 118: a demand that Russia "
      "withdraw its military forces a 1056), the forces whose withdrawal is asked -> ETH/MIL (borderline org:UN, the "
      "forces serving in UNISFA, or ETH/GOV); Y not coded separately"),
 # --- UNGDC 2020-2024 random: reported
 33: ([("mobilizing €151 million in donations", "0331", "ESP/GOV", N, False, A, N, False)],
      "Spain (2022), Prime Minister Sanchez; 'I announced that Spain would lead by example by mobilizing EUR 151 "
      "million in donations, and a further EUR 85 million in loans over the next three years' = the speaker's own "
      "past announcement, not reported speech (guideline: reported_by null), an announced aid sum -> 0331 asserted "
      "(set 153: 'announced that it would contribute $100 million' a 0331 asserted; set 149: Canada's announced "
      "contribution a 0331), donations and loans one aid act coded once (held-out rule); the food-crisis recipients "
      "are never named -> target null (borderline 0333); 'At the meeting' (the Global Food Security Summit) is an "
      "agentless meeting noun, not coded"),
 # --- UNGDC 2020-2024 random: future
 34: ([("will host an International Conference", "036", "KAZ/GOV", N, False, F, N, False)],
      "Kazakhstan (2024); 'Kazakhstan will host an International Conference in 2025 on best practices in the field of "
      "repatriation and reintegration' = future hosting -> 036 future (held-out rule: future hosting 036; set 171: "
      "Tanzania's hosting a future 036), participants never named -> target null; 'one of the champions of "
      "repatriation of women and children from conflict zones' = a self-description of bringing home its own "
      "nationals, no act between actors (borderline a habitual nominal 075 or 0233)"),
 # --- UNGDC 2020-2024 random: demand
 35: ([], "Papua New Guinea (2022): 'The world must save its forests' = a deontic for all states (`we`/'the world' "
          "meaning all States, not coded)"),
 36: ([("calls on all the States Members of the United Nations", "1033", "LTU/GOV", N, False, A, N, False)],
      "Lithuania (2023); 'calls on all the States Members of the United Nations to provide substantial humanitarian, "
      "military, economic and diplomatic assistance to Ukraine' = one asserted request (guideline), a call on all "
      "states -> target null (set 149: 'calls upon all States' a 1011 with no target; set 183: 'urges all Member "
      "States' with no target); several equally specific demands -> coded from the first, humanitarian aid 1033 (set "
      "154: one appeal with several demands coded from its first demand; borderline 1032, or generic 103); Y, the "
      "aid to Ukraine, is not coded separately (guideline)"),
 # --- UNGDC 2020-2024 random: cue
 37: ([("the submission of a UN General Assembly resolution", "1042", "KGZ/GOV", "org:UNGA", False, A, N, True),
       ("ask everyone to support this initiative", "102", "KGZ/GOV", N, False, A, N, False)],
      "Kyrgyzstan (2024); 'I am honored to announce the submission of a UN General Assembly resolution to proclaim an "
      "International Snow Leopard Day' = a sponsor's draft resolution is its own request (set 126: a draft "
      "resolution a 1042 to org:UNGA; set 172: working for the proclamation of an International Year a 1042 to "
      "org:UNGA), a noun -> nominal, announced as done -> asserted (borderline future); 'ask everyone to support this "
      "initiative' = a request for support -> 102 (set 159: 'appeal to ... to support me' a 102), 'everyone' -> "
      "target null"),
 38: ([("reiterates its unwavering support", "051", "PRY/GOV", "TWN/GOV", False, A, N, False)],
      "Paraguay (2024), under the heading 'VII. Taiwan'; 'reiterates its unwavering support for those countries "
      "which ... remain excluded from key international fora' = support for Taiwan's participation, the heading "
      "before and the sentences after ('the Republic of China (Taiwan)', 'our strong support for Taiwan to become an "
      "integral part of the United Nations system') naming the one country meant -> 051 to TWN/GOV (set 212: the "
      "G-7's support for the participation of Taiwan a 051 to TWN/GOV; set 141: Tuvalu's support for the ROC's "
      "readmission a 051 to TWN/GOV; borderline target null for the plural class, or uncoded as a UN membership "
      "position); the agentless exclusion is not coded"),
 39: ([("proud to become the host", "043", "FSM/GOV", "org:UN", False, A, N, True),
       ("extends its gratitude", "051", "FSM/GOV", "org:UN", False, A, N, False),
       ("extends its gratitude", "051", "FSM/GOV", "PLW/GOV", False, A, N, False),
       ("extends its gratitude", "051", "FSM/GOV", "MHL/GOV", False, A, N, False),
       ("extends its gratitude", "051", "FSM/GOV", "NRU/GOV", False, A, N, False),
       ("extends its gratitude", "051", "FSM/GOV", "KIR/GOV", False, A, N, False),
       ("for their support", "051", "org:UN", "FSM/GOV", False, A, N, True),
       ("for their support", "051", "PLW/GOV", "FSM/GOV", False, A, N, True),
       ("for their support", "051", "MHL/GOV", "FSM/GOV", False, A, N, True),
       ("for their support", "051", "NRU/GOV", "FSM/GOV", False, A, N, True),
       ("for their support", "051", "KIR/GOV", "FSM/GOV", False, A, N, True)],
      "Micronesia (2020); 'proud to become the host for this office' (the UN Multi-Country Office in the North "
      "Pacific, decided by ECOSOC and the General Assembly) = hosting an organisation's office -> 043 to org:UN "
      "(held-out rules: 'we host' an organisation's centre a 043 to it; hosting an organisation's seat a nominal "
      "043), the role noun 'the host' -> nominal, the hosting decided -> asserted (borderline a future 036); "
      "'extends its gratitude to both the United Nations at large as well as its brothers and sisters in the North "
      "Pacific' = thanks -> 051 to org:UN and to each neighbour the document names two sentences before (Palau, the "
      "Marshall Islands, Nauru, Kiribati; held-out rule: a group without a code is each member the document names); "
      "'for their support' = thanks give the support its agent (held-out rule), support for the office's "
      "establishment in Micronesia -> one nominal 051 from each thanked party to FSM/GOV (set 189: thanks 'for their "
      "support' a nominal 051 with the thanked as source; borderline 070 for the UN's support)"),
 40: ([("calling on all States Members of the United Nations", "102", "DMA/GOV", N, False, A, N, False)],
      "Dominica (2023); 'calling on all States Members of the United Nations to recommit themselves to the "
      "Organisation' = one asserted request (guideline) for support of the UN -> 102 (borderline generic 100), a call "
      "on all states -> target null (row 36); Y not coded separately; 'I wish all representatives ... every success' "
      "= well-wishing, not coded (held-out rule)"),
 41: ([("launch a friendly and fraternal appeal", "1031", "COM/GOV", N, False, A, N, False),
       ("our commitments made in Paris", "0331", N, "COM/GOV", False, A, N, True)],
      "Comoros (2021); 'I would like to launch a friendly and fraternal appeal from this rostrum to all our partners "
      "so that together we can find the ways and means to realize our commitments made in Paris aimed at financing "
      "the various projects in the Emerging Comoros Plan' = a performative appeal -> one asserted request "
      "(guideline), for financing -> 1031, the partners never named -> target null (set 202: calls on Member States "
      "with no target); 'commitments made in Paris' = the pledges of the Paris development-partners conference -> a "
      "nominal 0331 with no source to COM/GOV (set 120: the Tokyo pledges a nominal 0331 with no source to AFG/GOV; "
      "borderline uncoded, 'our' joining the Comoros and its partners); their realisation is the request's Y, not "
      "coded separately"),
 42: ([], "Portugal (2024): 'we are facing threats to peace' = a risk (guideline: figurative 'threat'); 'we have "
          "confidence in the strength of multilateralism' = a belief, no act"),
 43: ([], "Kuwait (2024): 'It also requires adapting the international system to respond effectively to evolving "
          "global threats' = an agentless reform need (UN reform positions not coded; risks described as threats "
          "not coded)"),
 # --- UNGDC 2020-2024 random: nocue
 44: ([("working with our partners", "050", "LIE/GOV", N, False, A, N, False)],
      "Liechtenstein (2020); 'We are working with our partners to help develop a clear understanding how "
      "international law applies to the cybersphere' = ongoing cooperation -> 050 asserted, the partners never named "
      "-> target null (set 220: 'working with all of you' a 030 with no target, there future; set 209: 'regional "
      "cooperation platforms ... bringing us closer together' a 050 with no target; borderline uncoded as "
      "norm-development with uncoded partners)"),
 45: ([], "Israel (2021), PM Bennett: 'The lighthouse amid the stormy seas stands tall' = a metaphor for Israel, no "
          "act (guideline: figurative uses not coded)"),
 46: ([], "Ireland (2023): 'the wider suffering it has caused' = a consequence of Russia's invasion, named in the "
          "sentence before; the sentence states effects (food, energy, economic insecurity), no act between actors "
          "(borderline a nominal 190 RUS/GOV -> UKR for the anaphoric 'it', as set 222's 'This war')"),
 47: ([("could not attend this current important session", "040", "TZA/GOV", "org:UNGA", True, A, N, False)],
      "Tanzania (2023); the sentence is cut by the splitter after the name, 'Ms. Samia Suluhu Hassan. President of the "
      "United Republic of Tanzania, who could not attend this current important session due to pressing national "
      "commitments' -> the relative clause's agent is inside the fragment; not attending the General Assembly "
      "session = a negated 040 to org:UNGA (set 140: Uganda's 'I did not attend the High-level Meeting' a negated "
      "040 to org:UNGA), 'could not' stating the non-attendance as fact -> asserted (borderline uncoded, the absence "
      "only explained)"),
 48: ([], "Bolivia (2023): 'Together, we can ensure that the oceans continue to provide life and prosperity' = `we` "
          "meaning all States (not coded)"),
}
