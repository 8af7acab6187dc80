"""Hand annotations for the TWO-HUNDRED-AND-TWENTY-NINTH held-out event gold set (source of events-heldout229.jsonl).

Keyed by the row index of selection-heldout229.jsonl (output of select_statement_sentence_heldout.py 229; rows 0-28
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
    python3 data/gold/build_events.py --selection selection-heldout229.jsonl \\
        --annotations annotations_heldout229 --output events-heldout229.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([("using food as a weapon", "170", "RUS/GOV", "UKR/CVL", False, A, N, False),
      ("its invasion", "192", "RUS/GOV", "UKR", False, A, N, True)],
     "Blinken at the UN Security Council on food insecurity (19 May 2022); 'The Russian Government seems to believe "
     "that using food as a weapon will help accomplish what its invasion has not' = the belief is the speaker's "
     "attribution of a motive, not a speech act (reported_by null), and 'seems' does not make it hypothetical (set "
     "125: 'does not seem willing' asserted); 'using food as a weapon' is the speaker's own presupposed "
     "characterisation of the real acts he lists in the paragraphs before (the port blockade, blocked food deliveries "
     "to Mariupol, destroyed grain storage) -> a metaphor with a real act behind it is coded (README: 'a full "
     "assault on media freedom' coded as the real crackdown) -> generic coerce 170 (borderline 191 for the blockade or "
     "1623 for blocked food aid; or uncoded as the content of an attributed belief, as set 152's 'refuse its "
     "demands'), a gerund -> not nominal; its aim, 'to break the spirit of the Ukrainian people', gives the target "
     "UKR/CVL (borderline bare UKR); 'its invasion' = an event noun whose agent 'its' is the Russian Government named "
     "in the same sentence -> nominal 192 RUS/GOV (guideline: the text names the government; held-out 226 row 45) -> "
     "bare UKR (guideline: target of an invasion); 'has not' negates what the invasion accomplished, not the invasion "
     "(guideline: negation bearing on something other than the event); breaking the spirit is a figurative aim, not "
     "coded"),
 1: ([("Russia’s unprovoked and brutal invasion of its democratic neighbor Ukraine", "192", "RUS/MIL", "UKR", False, A,
       N, True)],
     "Summit for Democracy fact sheet (9 March 2022); 'Russia's unprovoked and brutal invasion of its democratic "
     "neighbor Ukraine' = an event noun with its agent -> nominal 192 (guideline: invade -> 192), 'Russia's "
     "invasion' -> RUS/MIL -> bare UKR as in earlier State Dept sets (held-out 20, 23, 24, 222, 223); 'defending "
     "democracy, contesting authoritarianism, and standing up for the human rights of all have never been more "
     "important' = an abstract policy position without an actor (guideline), and 'never' bears on the importance, no "
     "negated event"),
 2: ([], "Senior State Department Official on the embassy in Ukraine (12 Feb 2022): 'we are suspending consular services "
         "at Embassy Ukraine' = a security measure of the Department's own embassy, not a reduction of relations with "
         "the host (held-out 10 row 25 and set 223: suspending embassy operations for security not coded; borderline a "
         "161 or 172 USA/GOV -> UKR/GOV, as held-out 25 coded resumed visa services as 081); 'American citizens will "
         "not be able to secure routine support' = consular services to the government's own citizens, domestic "
         "(held-out 25 row 36: American citizen services domestic), no negated event"),
 3: ([("the support these monitoring mechanisms provide", "070", N, "SSD/GOV", False, A, N, False)],
     "Spokesperson's statement on South Sudan (15 July 2022); 'the support these monitoring mechanisms provide' = the "
     "habitual support of the RJMEC and CTSAMVM (named in the sentence before), bodies of the peace agreement with no "
     "code -> 070 with no source (set 153: UN agencies that 'provide valuable support to countries' a habitual 070; "
     "borderline org:IGAD, under whose auspices CTSAMVM works, or uncoded), a finite verb with its agent -> not "
     "nominal, to 'South Sudan's leaders' -> SSD/GOV (the Revitalized Transitional Government's leaders); 'have not "
     "fully availed themselves of' = accepting help has no CAMEO code, and 'not fully' bears on the degree (set 182: "
     "negation bearing on the degree); 'have demonstrated a lack of political will necessary to implement critical "
     "reforms' = an evaluation of an attitude (set 188: 'did not share the goal' an uncoded attitude; set 129: 'the "
     "failure ... to carry out their commitments' not coded; borderline a negated 0834 SSD/GOV -> SSD/CVL)"),
 # --- State Dept random: reported
 4: ([("an invasion of Ukraine by Russia", "192", "RUS/MIL", "UKR", False, F, "USA/GOV", True)],
     "Sonia Dridi (France 24) in her question to Blinken (15 Feb 2022), the journalist's turn; 'According to several "
     "officials quoted by American media, the United States expects an invasion of Ukraine by Russia on Wednesday' = "
     "an expected invasion on a named day -> 192 (guideline: invade -> 192), a conflictual future act keeps its own "
     "code with modality future (guideline; README: a predicted 'Israel will not accept' a future 127), an event noun "
     "with its agent ('by Russia') -> nominal, Russia's invasion -> RUS/MIL -> bare UKR (earlier State Dept sets); "
     "the claim is the expectation of US officials, the source of 'according to' -> reported_by USA/GOV (guideline: "
     "'according to X'; borderline USA/MED for the media that quoted them, as set 220's Wall Street Journal report, "
     "or the expectation uncoded as a prediction, as set 123's confident predictions of aid)"),
 5: ([("killed numerous civilians", "202", "RUS/MIL", "UKR/CVL", False, A, N, False),
      ("detained civilians", "173", "RUS/MIL", "UKR/CVL", False, A, N, False),
      ("beat detained civilians", "182", "RUS/MIL", "UKR/CVL", False, A, N, False),
      ("conducted mock executions of civilians", "1822", "RUS/MIL", "UKR/CVL", False, A, N, False),
      ("seized", "1711", "RUS/MIL", "UKR/CVL", False, A, N, False),
      ("damaged civilian homes and property", "1712", "RUS/MIL", "UKR/CVL", False, A, N, False)],
     "Department fact sheet on Russia sanctions (28 June 2022); 'this unit' = the 64th Separate Motorized Rifle "
     "Brigade of the sentence before, a Russian army unit -> RUS/MIL; the victims are Bucha's civilians -> UKR/CVL; "
     "'According to credible reports' names no source -> reported_by null (guideline: 'reportedly' with no named "
     "source -> null); the list is coded one event per CAMEO code, following the held-out rule for an occupying "
     "army's acts (looting 1711, destruction 1712, assaults 182, killings 1823): 'killed numerous civilians' -> 202 "
     "(guideline: killings of many civilians; borderline 1823 as that rule), 'detained civilians' -> 173, 'beat "
     "detained civilians' -> 182 with 'burned civilians' folded in as the same code (borderline 1822), 'conducted "
     "mock executions of civilians' -> torture 1822 with the dismemberment folded in (borderline 182, or 1823 for the "
     "dismembered dead), 'seized' -> 1711 and 'damaged civilian homes and property' -> 1712, all realised -> asserted"),
 6: ([("we’d welcome that", "051", "USA/GOV", "RUS/GOV", False, H, N, False),
      ("we haven’t seen it on the ground", "0874", "RUS/MIL", "UKR", True, A, N, False)],
     "Blinken on MSNBC's Morning Joe (16 Feb 2022); 'As President Biden said yesterday' = the President quoted in a "
     "State Dept document is the document's own government (README: reported_by null); 'that' and 'it' = the "
     "pullback of the Russian forces massed on Ukraine's border that 'the Kremlin said' it was making (sentence "
     "before: 'We need to see these forces moving away'); 'we'd welcome that' = a conditional welcome of another "
     "state's hoped-for step -> 051 hypothetical (held-out rule), to the Kremlin -> RUS/GOV (guideline: capital "
     "metonyms -> GOV; borderline uncoded as a stance); 'but we haven't seen it on the ground' = the speaker states "
     "that the announced pullback has not happened (the answer before: 'we haven't seen any pullback of its forces') "
     "-> a military withdrawal, 0874 as PETRARCH's CAMEO dictionary codes troops moving back and pulling out, "
     "negated, the forces -> RUS/MIL, from Ukraine's border -> bare UKR (borderline 087, or uncoded as a report of "
     "perception)"),
 # --- State Dept random: future
 7: ([("Hosting Expo 2027 in Minnesota", "043", "USA/GOV", N, False, H, N, False),
      ("tradition of hosting World’s Fairs", "043", "USA", N, False, A, N, False)],
     "Release on the US bid to host Expo 2027 (29 July 2021); 'Hosting Expo 2027 in Minnesota' = the hosting the "
     "bid seeks, still to be decided by the BIE vote of 2022 ('would be the first') -> 043 hypothetical (guideline: "
     "host -> 043; set 143: Azerbaijan 'proposing to host World Expo' coded as an intent with no target), the bid "
     "made by the US Government -> USA/GOV, the Bureau International des Expositions and the participating nations "
     "having no code -> target null (borderline uncoded, as sets 181 and 188 left the hosting of sports games "
     "uncoded); 'our nation's long tradition of hosting World's Fairs' = realised historic hostings (README: historic "
     "acts are coded, hosting a reception 043), 'our nation' the country as a whole -> bare USA (guideline), a gerund "
     "with its object -> not nominal (set 192; borderline folded into the Expo 2027 event, or uncoded as a "
     "tradition); 'would be the first in the United States since 1984' restates the hosting"),
 8: ([("By arresting", "173", "HKG/GOV", "HKG/REL", False, A, N, False),
      ("By arresting", "173", "HKG/GOV", "HKG/CVL", False, A, N, False),
      ("By arresting", "173", "HKG/GOV", "HKG/EDU", False, A, N, False),
      ("will pursue all means necessary to stifle dissent", "1721", "HKG/GOV", "HKG/CVL", False, F, N, False)],
     "Spokesperson's statement (12 May 2022); 'Hong Kong authorities' -> HKG/GOV (held-out 21: Hong Kong authorities "
     "HKG/GOV; README: Hong Kong residents HKG/CVL); 'By arresting Cardinal Joseph Zen, Margaret Ng, Hui "
     "Po-keung, and Denise Ho under the National Security Law' = arrests -> 173 (guideline), the compound target split "
     "one event per actor pair (guideline; set 223 row 14): Cardinal Zen -> HKG/REL (README: the Dalai Lama "
     "CHN/REL), Margaret Ng, a barrister and former legislator, and Denise Ho, a singer and activist -> HKG/CVL, one "
     "event, and Hui Po-keung, a cultural studies scholar -> HKG/EDU (README: universities are EDU; borderline "
     "HKG/CVL); 'have again demonstrated they will pursue all means necessary to stifle dissent and undercut protected "
     "rights and freedoms' = the speaker's statement of what the authorities will do -> restrictions on political "
     "freedoms 1721 future (guideline: conflictual future acts keep their own code; set 111: 'denied freedoms' "
     "1721), 'undercut protected rights and freedoms' the same act, folded in, and the people of Hong Kong -> "
     "HKG/CVL (borderline 175 for repression, or uncoded as a characterisation of the arrests)"),
 # --- State Dept random: demand
 9: ([("Secretary Blinken spoke", "040", "USA/GOV", "TUN/GOV", False, A, N, False),
      ("he urged the president", "106", "USA/GOV", "TUN/GOV", False, A, N, False)],
     "Department press briefing of 27 July 2021, the Spokesperson's answer; 'I'll just repeat that' = the speaker's "
     "own statement, not reported speech (guideline: reported_by null); 'Secretary Blinken spoke ... with Tunisian "
     "President Saied' = a call -> 040 (held-out 15 and 25: calls -> 040) -> TUN/GOV; 'he urged the president ... to "
     "maintain an open dialogue with all ... political actors and the Tunisian people' = one asserted request "
     "(guideline), Y = dialogue -> 106 (borderline 104, the dialogue bearing on the suspended parliament, or 1043); "
     "the self-corrected 'political prisoners' is a slip and not coded as a detention; Y not coded separately "
     "(guideline)"),
 10: ([("We urge donors", "1033", "USA/GOV", N, False, A, N, False)],
      "Release on Special Envoy Lenderking's travel to the Gulf (29 March 2022); 'We urge donors, especially those in "
      "the region, to contribute generously to help address urgent humanitarian needs' = one asserted request "
      "(guideline), for humanitarian aid -> 1033, the donors an uncoded collective and 'those in the region' never "
      "named -> target null (guideline: collectives -> null; held-out 21 row 5; borderline org:GCC, whose dialogue "
      "the release mentions later, or SAU/GOV for Riyadh); Y not coded separately; 'the suffering of Yemenis' has no "
      "agent"),
 11: ([], "Blinken and Mayorkas at the Ministerial Conference on Migration and Protection (20 April 2022): 'the lines "
          "that ... are drawn between the relief and the response that we must impose when that relief is not "
          "warranted are very, very difficult to draw' = an evaluation of a policy dilemma; 'we' are the conference's "
          "governments as a whole, and 'the response that we must impose' is a generic deontic about migration "
          "enforcement with no named counterpart (held-out 42/43: 'we' meaning all states; set 180: an agentless "
          "'requires effective efforts' uncoded; borderline a demanded 174 with no source and no target)"),
 # --- State Dept random: cue
 12: ([("proud to stand with European partners", "051", "USA/GOV", N, False, A, N, False),
       ("treating children", "073", N, "UKR/CVL", False, A, N, False),
       ("Putin’s war", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "Spokesperson's statement on the evacuation of Ukrainian children with cancer to St. Jude (22 March 2022); 'We "
      "are proud to stand with European partners' = 'stand with' -> 051 (held-out rule: 'stand with' is 051 "
      "throughout), the European partners an uncoded collective never named -> target null (guideline; borderline "
      "org:EU, or POL/GOV from the airlift's origin); 'who are also treating children whose life-saving care in "
      "Ukraine has been made impossible' = the partners' ongoing medical care of Ukrainian children -> humanitarian "
      "aid 073 with no source (the uncoded partners) to UKR/CVL (set 148: an uncoded collective's act with a coded "
      "target keeps the target), a finite verb -> not nominal; 'Putin's war' = a war noun with its agent -> nominal "
      "190, Putin -> RUS/GOV (held-out 21: 'President Putin's brutal and unprovoked war' RUS/GOV) -> bare UKR"),
 13: ([("discussed", "040", "USA/GOV", "LTU/GOV", False, A, N, False),
       ("our shared commitment to support Ukraine", "032", "USA/GOV", "UKR", False, A, N, True),
       ("our shared commitment to support Ukraine", "032", "LTU/GOV", "UKR", False, A, N, True),
       ("its unjustified war", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "Readout of Blinken's call with FM Landsbergis (20 July 2022); 'discussed' -> 040, symmetric, coded once from the "
      "document's government (guideline); 'our shared commitment to support Ukraine' = a realised joint commitment "
      "named as a discussion topic, with its agents ('our') -> one nominal 03x per partner (set 224 row 23: 'the shared "
      "commitment of the United States, Japan, and the Republic of Korea' a nominal 030 per pair; held-out rule: a joint "
      "commitment of several partners is one event per partner), to support a country -> 032 to bare UKR (held-out "
      "10: 'support for' 032; borderline 033, or uncoded as a topic, as held-out 5 row 8's 'our shared commitment to "
      "Ukraine'); 'hold Russia to account' is not a CAMEO act (held-out 7, 10, 12); 'its unjustified war' = a war "
      "noun whose agent is Russia -> nominal 190 RUS/MIL -> bare UKR (held-out 10 row 32: Russia's war RUS/MIL)"),
 14: ([("traveled to the Middle East and North Africa", "042", "USA/GOV", "ARE", False, A, N, False),
       ("traveled to the Middle East and North Africa", "042", "USA/GOV", "SAU", False, A, N, False),
       ("traveled to the Middle East and North Africa", "042", "USA/GOV", "EGY", False, A, N, False),
       ("to discuss collaboration", "040", "USA/GOV", "ARE/GOV", False, A, N, False),
       ("to discuss collaboration", "040", "USA/GOV", "SAU/GOV", False, A, N, False),
       ("to discuss collaboration", "040", "USA/GOV", "EGY/GOV", False, A, N, False)],
      "Release on Special Presidential Envoy Kerry's trip (16 June 2021), Kerry -> USA/GOV; 'traveled to the Middle "
      "East and North Africa June 13-17' = a trip under way or just completed -> 042 asserted per destination "
      "(held-out rule: a trip is 042 per destination; held-out 12 row 2: visits go to the bare country), the regions "
      "resolved to the three countries the release's title and text name (the UAE, Saudi Arabia and Egypt); 'to "
      "discuss collaboration on combating climate change' = the talks held on the trip, which the next sentences "
      "report as realised ('All visited countries enthusiastically engaged in discussions'; the meetings with the "
      "Crown Princes and ministers) -> 040 asserted per host government (held-out 10 row 31: 'traveled to India' 042 "
      "plus 'met with' 040; held-out 19 row 21: 'joined ... to discuss' 040 asserted; borderline the 040s folded "
      "into the visits, or a future 036 as a purpose); the collaboration and COP26 are the talks' topics, not coded"),
 15: ([("Our sustained security cooperation", "062", "USA/GOV", "THA/GOV", False, A, N, True)],
      "United States-Thailand Communique on Strategic Alliance and Partnership (10 July 2022); 'Our sustained security "
      "cooperation, including human capital development, education and training, capacity-building, interoperability, "
      "and modernization of defense and security institutions' = ongoing security cooperation naming its parties "
      "('our') -> nominal 062 (set 221: the US-Thailand 'Security Cooperation Strengthens Our Partnership' a nominal "
      "062 USA/GOV -> THA/GOV; held-out rule: security cooperation 062), symmetric, coded once from the document's "
      "government, the listed components one cooperation, folded in; 'serves the interest of each of our countries' "
      "is an evaluation"),
 16: ([("she pressed for", "1051", "USA/GOV", "SDN/MIL", False, A, N, False),
       ("promised confidence-building measures", "035", "SDN/MIL", N, False, A, N, False)],
      "Spokesperson's statement on the UNITAMS-AU-IGAD process (10 May 2022); 'she' = Assistant Secretary Phee -> "
      "USA/GOV; 'pressed for the full implementation of promised confidence-building measures by the Sudanese military "
      "including lifting the state of emergency and the release of the remaining political detainees' = one asserted "
      "request (guideline: 'S calls for Y') to the military junta -> SDN/MIL (guideline: military juntas MIL; README: "
      "Sudan's 2023-24 speeches are SDN/GOV only under the UN-speech rule); several demands -> the most specific, "
      "first named: lifting the state of emergency = easing of administrative sanctions 1051 (held-out rule; CAMEO "
      "0814 ease state of emergency lies under 081; borderline 1053 for the release); 'promised confidence-building "
      "measures' = the junta's realised promise of yielding steps named inside the request -> coded too (held-out "
      "rule: a realised act named inside a request is coded) as an intent to yield 035, the measures spanning 0351 "
      "and 0353, a participle whose agent is the military -> not nominal (set 187), the promise's addressee not named "
      "-> target null (borderline SDN/CVL, or uncoded as part of Y); the detention of 'the remaining political "
      "detainees' and the state of emergency itself are named only through agent and result nouns, not coded "
      "(borderline a 173 and a nominal 1724 SDN/MIL -> SDN/OPP)"),
 17: ([("we were attacked on 9/11", "180", N, "USA", False, A, N, False),
       ("we went to deal with those who attacked us", "190", "USA/GOV", N, False, A, N, False)],
      "Blinken to CNN-News18 (28 July 2021); 'we were attacked on 9/11' = the 11 September attacks, an agentless "
      "passive whose attacker, al Qaeda, has no code -> 180 with no source to bare USA (set 183: the 11 September "
      "attack a 180 with no source to USA; README sets 115 and 116), a verb -> not nominal; 'we went to deal with "
      "those who attacked us' = the 2001 military campaign in Afghanistan of the sentence before ('why we went to "
      "Afghanistan') -> 190 (guideline: generic military attack, war), 'we' the United States -> USA/GOV (set 183: the "
      "incapacitation of al Qaeda a 190 USA/GOV with target null), al Qaeda uncoded -> target null (borderline "
      "AFG/REB for the Taliban of 2001, or uncoded as a euphemism); 'those who attacked us' repeats the attack, coded "
      "once (guideline); 'in solidarity with many other countries' = an uncoded collective's support (borderline a "
      "051 with no source to USA/GOV)"),
 18: ([("our cooperation", "062", "FRA/GOV", "USA/GOV", False, A, N, True)],
      "Anne Claire Coudray (TF1) to Blinken (26 June 2021), the journalist's turn; 'There is one area in which our "
      "cooperation is unprecedented' = the French-American cooperation ('our' being France's, as the journalist "
      "speaks for her country; the next sentences: 'It is the military. France and the United States are working "
      "together ... in the Sahel') -> a cooperation noun naming its parties -> nominal, ongoing -> asserted, the "
      "journalist's own assertion, reported_by null (held-out 10 row 45); the area named in the next sentence is the "
      "military -> 062 (borderline 050, the sentence itself naming no area), from the first-named France to the "
      "United States (guideline: symmetric events from the first-named)"),
 19: ([], "Release on a reward offer for two Kenyan nationals (26 May 2022): 'These actions demonstrate the Department's "
          "commitment to supporting law enforcement efforts to bring transnational criminals to justice' = a "
          "commitment to support the US federal law enforcement partners of the sentence before against unnamed "
          "criminals, a domestic programme with no foreign counterpart (held-out rule: domestic programmes not coded; "
          "held-out 23 and 222: Rewards for Justice payments to unnamed informants uncoded; borderline a 0313 with no "
          "target)"),
 20: ([("met with", "040", "USA/GOV", "EST/GOV", False, A, N, False)],
      "Readout of 23 March 2022; 'Deputy Secretary of State Wendy Sherman met with Estonian Foreign Ministry Secretary "
      "General Jonatan Vseviov today in Washington, DC' = a meeting -> 040 USA/GOV -> EST/GOV (guideline); Washington "
      "is the venue, not a metonym (guideline)"),
 21: ([("had allocated 80 million vaccine doses", "073", "USA/GOV", N, False, A, N, False),
       ("encouraged other nations to do the same", "1033", "USA/GOV", N, False, A, N, False)],
      "Fact sheet on US support to ASEAN against COVID-19 (4 Aug 2021); 'the United States had allocated 80 million "
      "vaccine doses from its own supply to support COVAX and partners around the world' = committed aid -> aid "
      "(held-out rule: committed aid sums are aid; held-out 11: 'our donation of two million vaccine doses' 073), "
      "realised allocation -> asserted 073; COVAX (run by Gavi, CEPI and the WHO) has no code and 'partners around the "
      "world' are an uncoded collective -> target null (borderline org:WHO, or 0333 for doses allocated but not yet "
      "shipped); 'and encouraged other nations to do the same' = a request (guideline: urge/encourage -> 10x) to an "
      "uncoded collective -> 1033 with target null (held-out 21 row 5), Y not coded separately"),
 # --- State Dept random: nocue
 22: ([], "Public schedule (9 July 2021): 'Under Secretary attends meetings and briefings, from the Department of State' "
          "= Under Secretary Nuland's internal meetings with no named counterpart (held-out 10 rows 35-43: schedule "
          "entries of meetings and briefings at the Department internal)"),
 23: ([("we have an incredibly strong and valued partner in Costa Rica", "050", "USA/GOV", "CRI/GOV", False, A, N,
        False)],
      "Blinken's meet-and-greet with Embassy San Jose staff (3 June 2021); 'we have an incredibly strong and valued "
      "partner in Costa Rica across so many different things that matter' = a standing cooperative relationship "
      "stated as a fact -> 050 (set 182: 'maintains long-standing friendly relations' an asserted 050; set 189: 'Very "
      "good relations with all our neighbours' a 050), the partner Costa Rica -> CRI/GOV (borderline 051, the "
      "sentence praising Costa Rica's 'strong voice for the democratic principles', or uncoded as an evaluation); 'a "
      "number of things that we did today, including dealing with the challenge posed by climate change' is the same "
      "partnership's work of the day, folded in; 'our democracies are being challenged' is agentless (borderline a "
      "170 with no source)"),
 24: ([], "Blinken's meet-and-greet with Tri-Mission Italy (27 June 2021): 'More things are going forward in the weeks "
          "ahead' = the reopening after COVID restrictions, no actor and no act"),
 25: ([], "Spokesperson's statement on the ADA anniversary (26 July 2021): 'The inclusion of persons with disabilities "
          "in all aspects of society is a U.S. foreign policy priority' = an abstract policy position without a "
          "counterpart (guideline)"),
 26: ([], "Blinken at the unveiling of a bust of James Baker (4 April 2022): 'the thing that struck me so much about you, "
          "Jim, is this ability to have a vision for where you wanted to go' = admiration of a former Secretary's "
          "qualities with no praise verb, an evaluation (set 190: praise of a report with no praise verb uncoded; "
          "borderline a 051 USA/GOV -> USA/CVL, Baker a former official as in the first set)"),
 27: ([], "Blinken to Fox News Sunday (13 June 2021): 'All of that was on the table' restates the G7 discussions coded "
          "in the sentence before (guideline: a repeated mention coded once), and 'you can expect to see going forward "
          "different countries taking action across those areas' = a confident prediction of acts by an uncoded "
          "collective (set 123: predictions of others' acts not coded; borderline a future 163 with no source and no "
          "target for export bans)"),
 28: ([("We are partnering with", "050", "USA/GOV", N, False, A, N, False)],
      "Blinken's statement on the root-causes strategy (29 July 2021); 'We are partnering with civil society, the "
      "private sector, labor unions, governments in the region, and international partners to carry out an effective "
      "strategy' = ongoing cooperation -> 050 (held-out rule: partnerships with civil society and the private sector "
      "are one 050 each), but the document never names a country of 'the region' (Central America) nor any partner, "
      "so every partner is an uncoded collective -> one 050 with target null (set 122: 'We and our partners are "
      "prepared to pool our resources' one event with no target; borderline one 050 each to GTM, HND and SLV "
      "sectors from outside knowledge); the strategy's aims are its purpose, not coded"),
 # --- UNGDC 2020-2024 random: neg
 29: ([], "Sweden (2022): 'It will not be easy, but it is possible if we heed the call to meet our interlocking "
          "challenges with transformative change — and act when warnings sound' = 'we' the United Nations' membership "
          "as a whole (sentence before: 'We, the United Nations, must make sure'), an unattributed call and generic "
          "action (held-out 42/43: 'we' meaning all states not coded; set 155: calls with no author or addressee); "
          "'will not be easy' is no negated event"),
 30: ([], "Zambia (2022): 'We are meeting here at a very difficult time when global challenges have not only multiplied' "
          "= 'we' all the leaders at the General Debate (set 207: Croatia's 'We have not met yet again in the "
          "General' [Assembly] uncoded; held-out 42/43), no act between actors; 'not only' is no negation"),
 31: ([("We have not accepted and will never accept", "120", "BOL/GOV", "org:IMF", False, A, N, False),
       ("imposed by the International Monetary Fund", "170", "org:IMF", N, False, A, N, False)],
      "Bolivia (Arce, 2022); 'We have not accepted and will never accept measures' = a performative non-acceptance by "
      "the speaker -> REJECT 120, not negated (guideline: 'we will never accept it'), the past and future refusals "
      "one standing rejection coded once (guideline: repeated mention), of the Fund's measures -> org:IMF (set 191: "
      "contradicting the IMF's conditionalities a 120 to org:IMF; borderline 1232, rejecting a demand for policy "
      "change); 'measures that are imposed by the International Monetary Fund' = a generic coercive imposition -> 170 "
      "(set 200: 'Liberalization of trade imposed by those institutions' a 170 from each with no target, not nominal "
      "as a participle), habitual -> asserted, no recipient named in the generic relative clause -> target null "
      "(borderline BOL/GOV, the non-acceptance implying the measures were pressed on Bolivia; or a generic 100, as set "
      "191's conditionalities)"),
 # --- UNGDC 2020-2024 random: capital
 32: ([("Minsk hosted", "043", "BLR/GOV", "UKR/GOV", False, A, N, False),
       ("Minsk hosted", "043", "BLR/GOV", "RUS/GOV", False, A, N, False)],
      "Belarus (2024); 'Ten years ago, Minsk hosted effective negotiations on the Ukrainian conflict' = the capital as "
      "host of the 2014-2015 Minsk talks -> hosting 043 from BLR/GOV (set 219: 'conferences and forums that Doha "
      "hosted' a 043 from QAT/GOV, Doha the host city; guideline: capital metonyms -> GOV), historic and realised -> "
      "asserted; hosting peace talks goes to each party (held-out rule: hosting peace talks is a 043 to each party), "
      "the parties taken from the text around ('bring Russia and Ukraine to the negotiating table', 'we understand "
      "both Russians and Ukrainians best') -> UKR/GOV and RUS/GOV (borderline target null, as set 219, or a further "
      "event to org:OSCE for the Trilateral Contact Group); 'effective negotiations' is folded into the hosting, a "
      "negotiation noun with no agent in the sentence (set 226; borderline a nominal 046 UKR/GOV -> RUS/GOV, as set "
      "222's Istanbul talks), and 'the Ukrainian conflict' is a conflict named only by place (set 187), not coded"),
 # --- UNGDC 2020-2024 random: reported
 33: ([("stated that Russia’s aggression was illegal", "116", "org:ICJ", "RUS/GOV", False, A, N, False),
       ("Russia’s aggression", "190", "RUS/MIL", "UKR", False, A, "org:ICJ", True),
       ("demanded that Russia withdraw", "1056", "org:ICJ", "RUS/GOV", False, A, N, False)],
      "France (Macron, 2022); 'On 16 March, the International Court of Justice stated that Russia's aggression was "
      "illegal' = the Court's ruling on the provisional measures, a court's finding of illegality against a state -> "
      "find liable legally 116 org:ICJ -> RUS/GOV (README 154: 'convicted' a 116 of the courts; borderline an uncoded "
      "01x statement, the speech verb not being coded, or 111); 'Russia's aggression' inside the complement of "
      "'stated that' -> nominal 190 (guideline: aggression -> 190; held-out 222: 'Russia's aggression' RUS/MIL -> "
      "UKR), reported_by org:ICJ (guideline: an event inside the complement of a speech verb; README: an occupation "
      "inside 'The Secretary-General has stated that' is reported by org:UN; borderline reported_by null, France "
      "asserting the aggression itself in the sentence before); 'and demanded that Russia withdraw' = the Court's "
      "order as a request -> 1056 (held-out 16 row 6: the same order of 16 March 2022 a 1056 org:ICJ -> RUS/GOV; set "
      "118: a demand that Russia withdraw its forces 1056), a finite verb -> not nominal"),
 # --- UNGDC 2020-2024 random: future
 34: ([], "Benin (2022): 'That will be possible only through the engagement of multidimensional partnerships involving "
          "Governments, multilateral organizations, the private sector and civil society' = a general condition for "
          "transformative solutions, all partners uncoded collectives (guideline: collectives -> null; set 174: joint "
          "efforts null to null uncoded); 'the diligent implementation of existing agreements' and the SDGs are "
          "agentless (borderline a demanded 050 with no source and no target)"),
 # --- UNGDC 2020-2024 random: demand
 35: ([], "United Kingdom (Johnson, 2020): 'if all our defences are breached, and we face another crisis, we should at "
          "least be able to rely on our fourth step, and have all the protocols ready for an emergency response' = "
          "'we' all countries facing a pandemic (held-out 42/43), 'defences ... breached' figurative for a pandemic "
          "(guideline: figurative uses not coded); the protocols are a plan, no act between actors"),
 36: ([], "Ecuador (Lasso, 2022): 'They must be measured above all in irreparable losses, in lives taken and dreams cut "
          "short ... but also in the fearful silence that they impose on some communities' = the consequences of "
          "transnational crime, which has no code; 'lives taken' is an agentless killing of uncoded victims (set 111: "
          "left uncoded), and 'the fearful silence that they impose' has an inanimate subject and figurative content "
          "(borderline a 1823 with no source to ECU/CVL, or a 175 to unnamed communities)"),
 # --- UNGDC 2020-2024 random: cue
 37: ([("we welcome repeated calls", "051", "TCD/GOV", "org:UN", False, A, N, False),
       ("we welcome repeated calls", "051", "TCD/GOV", "org:WHO", False, A, N, False),
       ("repeated calls", "1033", "org:UN", N, False, A, N, True),
       ("repeated calls", "1033", "org:WHO", N, False, A, N, True)],
      "Chad (2021); 'we welcome repeated calls by the United Nations Secretary-General and the WHO Director-General' = "
      "welcome -> 051 to each caller (held-out rule: welcoming several developments is 051 to each named party), the "
      "Secretary-General -> org:UN and the WHO Director-General -> org:WHO (README code); 'calls ... to make the "
      "vaccines accessible to all' = a request noun with its authors -> one nominal request each (held-out rule: "
      "echoing someone's call, the call itself a nominal request of its author), for vaccine access, medical aid -> "
      "1033 (held-out 2: 'asked her for the vaccines' 1033; borderline 103), the countries stockpiling vaccines of the "
      "sentence before being an unnamed class -> target null; realised calls -> asserted"),
 38: ([("Serbia shares their conviction", "051", "SRB/GOV", "org:UNGA", False, A, N, False),
       ("Serbia shares their conviction", "051", "SRB/GOV", "org:UN", False, A, N, False),
       ("we remain fully committed to supporting their efforts", "032", "SRB/GOV", "org:UNGA", False, A, N, False),
       ("we remain fully committed to supporting their efforts", "032", "SRB/GOV", "org:UN", False, A, N, False)],
      "Serbia (Vucic, 2021); 'their' = Shahid and Bozkir, the present and past Presidents of the General Assembly -> "
      "org:UNGA, one event (README: appreciation of Assembly Presidents goes to org:UNGA), and Secretary-General "
      "Guterres -> org:UN, named in the sentence before; 'Serbia shares their conviction' = agreement with their view "
      "-> 051 (set 180: 'Malaysia shares his concerns', of the Secretary-General, a 051 to org:UN; borderline an "
      "uncoded sentiment); 'we remain fully committed to supporting their efforts' = a commitment stated as a fact -> "
      "asserted 03x (held-out rule: 'remain committed to supporting' asserted 03x), diplomatic support -> 032 (set "
      "182: 'I assure him that Peru will constructively support his initiatives' 032 to org:UNGA), one per party"),
 39: ([("calls for an urgent settlement", "107", "BHR/GOV", "EGY/GOV", False, A, N, False),
       ("calls for an urgent settlement", "107", "BHR/GOV", "SDN/GOV", False, A, N, False)],
      "Bahrain (2021); 'The Kingdom of Bahrain calls for an urgent settlement of the issue of the Renaissance Dam' = one "
      "asserted request (guideline) for settling a dispute -> 107 (held-out rule: advocacy of a settlement is a "
      "request, 107), addressed to the parties of the dispute; the speech names only Egypt and the Sudan, in the same "
      "sentence, and never Ethiopia -> one 107 each to EGY/GOV and SDN/GOV (held-out rule: support aimed at a process "
      "goes to its named parties; set 123: the unnamed side of a process dropped; borderline a third 107 to ETH/GOV "
      "from outside knowledge, or target null); 'stresses the importance of reaching a fair and binding agreement on "
      "... filling and operating the dam' restates the same demand, coded once (guideline; borderline a demanded "
      "nominal 057 between the parties); the water rights and regional stability are the agreement's aims, not coded"),
 40: ([], "Sierra Leone (Bio, 2024): 'As the Coordinator of the African Union Committee of Ten ... on the Reform of the "
          "Security Council, Sierra Leone remains fully committed to promoting, defending and soliciting support for "
          "the Common African Position as espoused in the Ezulwini Consensus and Sirte Declaration' = a Security "
          "Council reform position (held-out 54-61: UN reform positions not coded; set 116: the Ezulwini appeal for "
          "Council seats uncoded; borderline a 032 to org:AU, or a 1044 org:AU -> org:UNSC)"),
 41: ([("assuring you of the support of my country", "032", "COD/GOV", "org:UNGA", False, A, N, False)],
      "DR Congo (Tshisekedi, 2020), to the President of the General Assembly; 'While assuring you of the support of my "
      "country' = an assurance of support to the Assembly President -> 032 to org:UNGA (set 182: 'I assure him that "
      "Peru will constructively support his initiatives' an asserted 032 to org:UNGA; set 123's Suriname a 030), a "
      "gerund with its object -> not nominal; 'I express ... my best wishes for success in the accomplishment of your "
      "mandate' = well-wishing, not coded (README)"),
 42: ([("We therefore commend", "051", "ESP/GOV", "org:G20", False, A, N, False),
       ("We therefore commend", "051", "ESP/GOV", "org:IMF", False, A, N, False),
       ("the Common Framework for Debt Treatment", "071", "org:G20", N, False, A, N, True),
       ("the new allocation of special drawing rights", "071", "org:IMF", N, False, A, N, True)],
      "Spain (Sanchez, 2021); 'We therefore commend significant achievements' = commend -> 051 (guideline) to each "
      "named author (held-out rule: welcoming several developments is 051 to each named party, the developments coded "
      "too): the Group of 20 -> org:G20 for the Debt Service Suspension Initiative and the Common Framework, and the "
      "International Monetary Fund -> org:IMF for the SDR allocation; the G20's debt-service suspension and debt "
      "treatment = debt relief -> economic aid 071 (README: debt written off a 071; set 165: the HIPC debt forgiveness "
      "a nominal 071), one event for the two initiatives of the same author and code, nominal, the beneficiary "
      "developing countries an uncoded collective -> target null (borderline 0331, or a second event for the DSSI); "
      "'the new allocation of special drawing rights by the International Monetary Fund' = a nominal 071 org:IMF with "
      "no target (borderline uncoded, the 2021 allocation going to all members by quota)"),
 43: ([], "Fiji (Bainimarama, 2022): 'We are building back better to the standards demanded by a warmer world' = "
          "domestic reconstruction (held-out rule: domestic programmes not coded), 'demanded by a warmer world' "
          "figurative (guideline)"),
 # --- UNGDC 2020-2024 random: nocue
 44: ([], "Uruguay (Lacalle Pou, 2024): 'And that is what inspired me, as president of my country and in the spirit that "
          "I have come with to this Assembly' = the speaker's attendance is presupposed inside a relative clause about "
          "his spirit, not coded (set 163: a presupposed attendance not coded; borderline a 040 URY/GOV -> org:UNGA, as "
          "set 153's 'My presence here')"),
 45: ([], "Papua New Guinea (2021): 'Failure in that regard would be a denial of that responsibility' = an evaluation of "
          "a hypothetical failure of the major emitters of the sentence before, an uncoded collective, to fund climate "
          "action (held-out 54-61: aid between uncoded collectives uncoded; borderline a negated, hypothetical 071 with "
          "no source to PNG/GOV)"),
 46: ([("I am here", "040", "GHA/GOV", "org:UNGA", False, A, N, False)],
      "Ghana (Akufo-Addo, 2024), addressing the Assembly President; 'I am here with a heart full of hope' = the "
      "speaker's own stated presence at the General Debate -> 040 to org:UNGA (set 153: 'My presence here' a 040 to "
      "org:UNGA; set 192: 'participating in the current session' a 040; borderline uncoded, since every speaker's "
      "attendance is implied and the sentence is about his mood); 'the great challenges that still confront us' is "
      "figurative, 'us' meaning all states"),
 47: ([], "Uruguay (2022): 'The impact on international trade is fuelling recessionary trends in many countries' = an "
          "economic effect of the war with an inanimate subject, no act between actors"),
 48: ([], "South Sudan (2022): 'It is my distinct honour to address the General Assembly ... on behalf of ... President "
          "Salva Kiir Mayardit' = addressing the Assembly is a speech act, 01x, not coded (set 160: 'Addressing the "
          "General Assembly' a speech act; held-out 102: a speech at a UN summit not coded; borderline a 040 SSD/GOV -> "
          "org:UNGA, as set 192's participation)"),
}
