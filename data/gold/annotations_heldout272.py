"""Hand annotations for the TWO-HUNDRED-AND-SEVENTY-SECOND held-out event gold set (source of events-heldout272.jsonl).

Keyed by the row index of selection-heldout272.jsonl (output of select_statement_sentence_heldout.py 272; rows 0-18
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 19-28
from statements_ungdc_2020_2024.jsonl, UN General Debate speeches of 2020-2024).
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
    python3 data/gold/build_events.py --selection selection-heldout272.jsonl \\
        --annotations annotations_heldout272 --output events-heldout272.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("They also discussed", "040", "USA/GOV", "ITA/GOV", False, A, N, False),
      ("our collective support for Libya’s plan", "051", "USA/GOV", "LBY", False, A, N, True),
      ("our collective support for Libya’s plan", "051", "ITA/GOV", "LBY", False, A, N, True)],
     "Readout of Blinken's meeting with Italian President Mattarella in Rome (28 June 2021); 'They' = Blinken and "
     "Mattarella (sentence before), the head of state -> ITA/GOV; 'They also discussed' -> 040 (guideline: discuss "
     "040), symmetric, coded once from the document's government (guideline); 'our shared values, including in the "
     "context of human rights in China and around the globe' is a topic with no act (set 242: discussion topics "
     "uncoded); 'our collective support for Libya's plan to hold national elections in December 2021' = a support "
     "noun whose agent 'our collective' is the two speakers -> nominal 051 (guideline: express support 051), the "
     "compound source split, one per partner (set 229: a journalist's 'our shared commitment to support Ukraine' one "
     "nominal 032 per partner; set 261: the objects of 'joint efforts to' one nominal event per partner), to the "
     "country whose electoral plan it is -> bare LBY (set 266: Blinken's and Scholz's 'support for national elections "
     "in Libya' one 051 each to bare LBY) (borderline LBY/GOV for 'Libya's plan', or uncoded as a topic of the "
     "discussion, as held-out 5); the plan and the elections themselves are domestic, not coded"),
 1: ([], "Release on Assistant Secretary Bitter's domestic travel (23 May 2022): 'she will observe U.S. passport facility "
         "operations and meet with staff' = the Department's own passport operations and staff, internal Department "
         "business (set 245: passport procedure uncoded; held-out 4 and 13: internal Department business uncoded) "
         "(borderline a future 036 with no target, as set 252 coded McKeon's meeting with another department, "
         "SOUTHCOM)"),
 # --- State Dept random: cue
 2: ([("spoke today with", "040", "USA/GOV", "KOR/GOV", False, A, N, False),
      ("Russia’s unprovoked and unjustified attack on Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
     "Readout of Deputy Secretary Sherman's call with ROK First Vice FM Choi (25 Feb 2022); the sentence begins at "
     "'Sherman', the splitter having cut after 'Wendy R.', and Sherman -> USA/GOV; 'spoke today with' -> 040 "
     "(guideline: consult 040), Choi -> KOR/GOV; 'Russia's unprovoked and unjustified attack on Ukraine' = a realised "
     "attack noun with its agent, named as the topic of the call -> nominal 190 (guideline: generic military attack "
     "190) to the bare country (guideline), RUS/MIL exactly as held-out 10 row 26 coded the same phrase in Sherman's "
     "call with the Saudi FM (held-out 16, 19, 25 and 256 likewise) (borderline RUS/GOV, as held-out 246 row 8)"),
 3: ([("is committed to working with France", "030", "USA/GOV", "FRA/GOV", False, A, N, False),
      ("we applaud French leadership on climate", "051", "USA/GOV", "FRA/GOV", False, A, N, False)],
     "Blinken's Bastille Day message (14 July 2022) -> USA/GOV; 'The United States is committed to working with "
     "France to combat the climate crisis' = a commitment to cooperate stated as a fact -> 030 asserted (README "
     "choices: commitments stated as facts are asserted 03x; held-out 14: a national day's 'commitment to keep "
     "working together' 030 asserted), government to government; 'we applaud French leadership on climate' = "
     "praise -> 051 (guideline: praise/commend 051) to FRA/GOV (borderline bare FRA); 'including the Paris "
     "Agreement' names a text, not coded (set 227: the agentless Paris Agreement uncoded)"),
 4: ([("I came here", "042", "UKR/GOV", "USA", False, A, N, False),
      ("the visit of my president to Washington", "036", "UKR/GOV", "USA", False, F, N, True)],
     "FM Kuleba's turn before his meeting with Blinken at the State Department (5 Aug 2021), the speaker named at the "
     "head of the turn -> UKR/GOV; 'I came here' = his visit to Washington -> 042 to the bare host country (set "
     "227: Grandi's 'I've been here a couple of days in Washington' a 042 to bare USA) (borderline uncoded, the "
     "meeting with Blinken being under way, as held-out 225 row 17 coded only the 040 of a meeting in a third "
     "country); 'to prepare the visit of my president to Washington' = Zelenskyy's planned visit, a visit noun with "
     "its agent 'my president' -> future nominal 036 to bare USA (set 248: Zelenskyy's 'planned visit to Washington' "
     "a future nominal 036 to bare USA; guideline: future meetings and visits 036), Washington the place of the "
     "visit, not a metonym; 'as Tony rightly pointed out' = Kuleba asserting his own purpose, with Blinken's remark "
     "only echoed -> reported_by null (set 255: 'as you reminded us' with the speaker asserting the visit herself "
     "reported_by null), and 'rightly' an uncoded endorsement (set 183: 'as the Secretary-General has so rightly "
     "said' uncoded; held-out 156 and 157: 'rightly' an uncoded sentence adverb)"),
 5: ([], "Release naming Amos Hochstein Senior Advisor for Energy Security (10 Aug 2021): 'He is uniquely suited to "
         "support the development and implementation of an integrated U.S. strategy' = an evaluation of an "
         "appointee's fitness for an internal policy role, no act between actors (set 235 row 15 and held-out 267 "
         "row 11: appointees' career facts uncoded; guideline: abstract policy positions without a counterpart not "
         "coded)"),
 6: ([("reaffirmed his support for the expeditious return", "1053", "USA/GOV", "AZE/GOV", False, A, N, False)],
     "Readout of Blinken's call with Armenian acting PM Pashinyan (14 July 2021); 'Secretary Blinken reaffirmed his "
     "support for the expeditious return of all Armenian detainees from Azerbaijan to Armenia' = support for another "
     "party's release of persons -> a request 1053 (README choices: support for a release is 1053), addressed to the "
     "holder of the detainees named 'from Azerbaijan' -> AZE/GOV (held-out 239 row 4: Blinken's 'urged President "
     "Aliyev to release all remaining Armenian detainees' a 1053 to AZE/GOV); the return is Y, not coded separately "
     "(guideline); the detention itself is named only through 'detainees' and is not coded, following held-out 239 "
     "row 4 and held-out 263 row 3 (borderline a 173 AZE/GOV -> ARM/MIL under the rule that a realised act named "
     "inside a request is coded)"),
 7: ([("We took today’s actions", "163", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("our sanctions", "163", "USA/GOV", "RUS", False, A, N, True),
      ("its ongoing war against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Blinken's statement 'Additional Measures Against the Russian Financial System' (28 Feb 2022) -> USA/GOV; 'We "
     "took today's actions' = the OFAC measures of the paragraph before (the transaction ban on Russia's Central "
     "Bank, National Wealth Fund and Ministry of Finance, and the blocking of the RDIF) -> 163 asserted, the verb "
     "'took' carrying it (set 241: 'Today, the United States took additional actions', the OFAC sanctions named in "
     "the next sentence, a 163; held-out 18 row 19: 'We are taking today's action' a 163; guideline: a verb's "
     "missing content taken from the context when the document makes it plain), target the Russian state bodies "
     "named -> RUS/GOV (borderline bare RUS, or uncoded as an anaphoric summary, as set 213's pro-verb 'We have done "
     "all this'); 'to impair Russia's ability ...' and 'to prevent Russia from accessing its wealth fund' are the "
     "purposes, the content of the same sanctions, not coded again; 'our sanctions' = the earlier U.S. sanctions "
     "whose impact the reserves could undermine, a sanctions noun with its agent and a different referent from "
     "today's actions -> nominal 163 USA/GOV -> bare RUS (held-out 225 row 0: 'our sanctions and export controls "
     "against Russia' a nominal 163 to bare RUS; held-out 231 row 2: 'our sanctions' a nominal 163) (borderline "
     "folded into the 163 for today's actions, README choices: one sanctions action of several parts is coded once); "
     "Russia's hypothetical undermining has no CAMEO act; 'its ongoing war against Ukraine', 'its' = Russia -> "
     "nominal 190 RUS/GOV -> bare UKR (set 247: 'President Putin's war of choice' a nominal 190 RUS/GOV -> UKR)"),
 8: ([("in calling for an immediate end", "1056", "USA/GOV", "CHN/GOV", False, A, N, False),
      ("in calling for an immediate end", "1056", N, "CHN/GOV", False, A, N, False),
      ("the PRC’s crimes", "202", "CHN/GOV", "CHN/CVL", False, A, N, True)],
     "Price's statement on U.S. actions against forced labor in Xinjiang (24 June 2021), 'We' -> USA/GOV; 'We stand "
     "with our allies around the world in calling for an immediate end to the PRC's crimes and for justice for the "
     "many victims' = a request (guideline: call for -> 10x) to the PRC government named in the sentence -> CHN/GOV; "
     "'stand with ... in calling' is not a separate 051 (README choices: 'we stand with the international community "
     "to call on the DPRK' is only the request); one request verb with two demands takes the more specific first "
     "one, an end to the killing -> 1056 (README choices: 'we insist that the killing must stop' 1056; held-out 225: "
     "row 12: 'to urge an end to these atrocities' against Uyghurs a 1056 to CHN/GOV), the justice folded in (README choices: "
     "one appeal with several demands is a single request from its first demand); the allies, an uncoded collective, "
     "give a second 1056 with no source (set 233: partners who join in urging give a request with no source beside "
     "the U.S. one; sets 242 and 244) (borderline dropped, as the README's 'we stand with the international "
     "community to call on'); 'the PRC's crimes' = the 'genocide and crimes against humanity against Uyghurs and "
     "members of other ethnic and religious minority groups' of the sentence before, a realised act named inside a "
     "request, with its agent 'the PRC's' -> coded too (README choices: 'end its repression of Mr. Navalny' 175) as "
     "genocide 202 (guideline), exactly as held-out 225 coded 'these atrocities', to the Uyghurs and other minorities "
     "-> CHN/CVL (README choices: Uyghur activists CHN/CVL) (borderline 200 for crimes against humanity and forced "
     "labour)"),
 9: ([("visited a shelter", "042", "USA/GOV", "TUN", False, A, N, False),
      ("works with the International Organization for Migration", "050", "USA/GOV", "org:IOM", False, A, N, False),
      ("works with the International Organization for Migration", "050", "USA/GOV", "TUN/GOV", False, A, N, False),
      ("works with the International Organization for Migration", "050", "USA/GOV", "TUN/CVL", False, A, N, False),
      ("to provide critically needed assistance", "073", "USA/GOV", N, False, A, N, False)],
     "Release on Under Secretary Zeya's visit to Tunisia (28 Mar 2022) -> USA/GOV; 'In her capacity leading U.S. "
     "programs in support of civil society, migrants, and refugees' describes her office, no act; 'Under Secretary "
     "Zeya visited a shelter' in Tunisia = a site visit -> 042 to the bare country (guideline: visit 042; set 251: "
     "'led a delegation ... to northeast Syria to visit' Al-Hol a 042 to bare SYR) (borderline uncoded as part of the "
     "Tunisia trip of the document's first sentence, or TUN/CVL for the shelter); 'a shelter supporting female "
     "survivors' is the shelter's own service, not coded; 'where the United States works with the International "
     "Organization for Migration, the Government of Tunisia, and civil society' = habitual cooperation -> 050, one "
     "per named partner (guideline: compound split), org:IOM (set 197's code), TUN/GOV and Tunisian civil society "
     "-> TUN/CVL (set 239: 'young leaders in civil society' -> MRT/CVL; set 261: MOZ/CVL); 'to provide critically needed assistance' = the "
     "realised, habitual aid the cooperation serves -> humanitarian aid 073 from the document's government, the "
     "partners folded into the 050s, to the shelter's survivors of gender-based violence and trafficking, migrants "
     "and Tunisians of mixed origin -> target null (set 236: refugees of mixed origin, no target) (borderline "
     "TUN/CVL, or the assistance folded into the 050s as their purpose); 'advance a victim-centered approach' is "
     "abstract"),
 10: ([("the Secretary welcomed", "051", "USA/GOV", "ISR/GOV", False, A, N, False),
       ("the parties had agreed to a ceasefire", "0871", "ISR/GOV", N, False, A, "ISR/GOV", False)],
      "Readout of Blinken's calls with Israeli FM Ashkenazi (21 May 2021); 'the Secretary welcomed the Foreign "
      "Minister's confirmation that the parties had agreed to a ceasefire' = welcome -> 051 (guideline), support "
      "aimed at a process going to its named parties (README choices), of whom the document names only Israel "
      "-> ISR/GOV, as held-out 264 row 9 coded Blinken's support for the same 21 May ceasefire (borderline PSE/REB "
      "too, from outside knowledge); the FM's 'confirmation' is a statement (01x), not coded; 'the parties had "
      "agreed to a ceasefire' = a realised truce with its agents -> 0871 (guideline: CAMEO 0871 declare truce; README "
      "choices: a realised ceasefire naming its parties is 0871 from the first-named), the compound 'the parties' "
      "split and Hamas, never named in the document, dropped -> ISR/GOV with target null (held-out 264 row 9: Gantz's "
      "051 for the ceasefire with no target because the document never names Hamas), inside the complement of the "
      "FM's confirmation -> reported_by ISR/GOV (guideline: 'X said/claims/says that' gives reported_by X) "
      "(borderline reported_by null, the Secretary welcoming the fact, or the 0871 uncoded for want of a named second "
      "party)"),
 11: ([("NATO-EU cooperation", "050", "org:NATO", "org:EU", False, A, N, True),
       ("encouraged NATO", "1012", "USA/GOV", "org:NATO", False, A, N, False)],
      "Readout of Blinken's participation in the virtual NATO Foreign Ministerial (1 June 2021); 'underscored the "
      "importance of' is a statement; 'Alliance partnerships, including NATO-EU cooperation' = the general noun "
      "folded into its named part (held-out 267 row 3: a general noun folded into the parts its 'including' list "
      "names), 'NATO-EU cooperation' a cooperation noun naming its parties -> nominal 050 org:NATO -> org:EU (README "
      "choices: a coordination noun naming its parties, 'U.S.-EU coordination', is a nominal 050, and so is "
      "'the importance of continuing cooperation with X'), asserted as an existing cooperation "
      "(borderline demanded under the 'importance' frame, as set 258's 'the need for continued coordination'); "
      "'encouraged NATO to deepen its cooperation with Australia, Japan, New Zealand, and the Republic of Korea' = a "
      "request (set 147: 'We encourage Iraq to cooperate' a request) to org:NATO, Y = closer security partnership "
      "with the four Asia-Pacific partners -> 1012 demand military cooperation, NATO's cooperation being defence "
      "cooperation (borderline 102 diplomatic cooperation, or a generic 100 as set 183's 'encourage all Members ... to "
      "cooperate'); Y's partners are not coded separately (guideline)"),
 # --- State Dept random: nocue
 12: ([("the United States-Romania Strategic Partnership", "050", "USA/GOV", "ROU/GOV", False, A, N, True)],
      "Readout of Blinken's call with Romanian FM Aurescu (18 Apr 2022); 'highlighted the importance of' is a "
      "statement; 'the 25th anniversary of the United States-Romania Strategic Partnership' = a partnership noun "
      "naming its parties -> nominal 050 (README choices: cooperation nouns a nominal 050; set 265: '30 years of "
      "bilateral partnership' a nominal 050, following set 251's 'two centuries of close cooperation'), from the "
      "document's government to ROU/GOV; 'our bilateral relationship' is the same relation, coded once (guideline: a "
      "repeated mention coded once) (borderline uncoded as an anniversary, as sets 238 and 256 left '100th "
      "anniversary' and '100 years of diplomatic relations' uncoded, or a second nominal 050 for the "
      "relationship)"),
 13: ([], "Release on Indigenous-led commitments at Our Ocean 2022 (10 May 2022): milestones in protecting U.S. ocean "
          "areas that 'resulted from the leadership of Tribes and Indigenous communities' = domestic conservation, no "
          "act between political actors (set 228 and held-out 259: domestic programmes uncoded)"),
 14: ([("is pleased to stand with our Malawian partners and friends", "051", "USA/GOV", "MWI", False, A, N, False)],
      "Blinken's Malawi Independence Day message (6 July 2022) -> USA/GOV; 'the United States is pleased to stand "
      "with our Malawian partners and friends' -> 051 (README choices: 'stand with' is 051 throughout; held-out 16 "
      "row 2 and held-out 267 row 18), one-directional and so not the uncoded mutual 'stand together' of sets 255 "
      "and 263; the partners and friends are the Malawian government, private sector and civil society of the "
      "sentences before, taken together -> the bare country (held-out 22 row 34: 'we were proud to stand with "
      "Croatia' a 051 to bare HRV) (borderline one 051 each to MWI/GOV and MWI/CVL, as set 265's national-day "
      "congratulation 'to the people and the government'); 'As Malawi celebrates its Independence Day' is the "
      "occasion"),
 15: ([], "Release designating John Bass Chief Sustainability Officer (9 Feb 2022): the Department's own 'climate actions "
          "that have curbed emissions ... and made our operations more sustainable' = internal Department business "
          "(held-out 267 row 6 and held-out 259 row 11: internal building and operations business uncoded)"),
 16: ([], "Release on the OBO architectural and engineering award (30 July 2021): a list item naming a selected firm, "
          "'Arthur Gensler, Jr. & Associates, Inc. (dba Gensler)', verbless, no act (set 236: a verbless list item "
          "uncoded)"),
 17: ([("spoke today with", "040", "USA/GOV", "FRA/GOV", False, A, N, False),
       ("spoke today with", "040", "USA/GOV", "DEU/GOV", False, A, N, False),
       ("spoke today with", "040", "USA/GOV", "ITA/GOV", False, A, N, False),
       ("spoke today with", "040", "USA/GOV", "GBR/GOV", False, A, N, False)],
      "Readout of Deputy Secretary Sherman's call (14 Mar 2022) -> USA/GOV; 'spoke today with' four named counterparts "
      "-> 040 (guideline: consult 040), one per counterpart's government (guideline: compound split; set 236: a "
      "multi-party Syria envoys' meeting twelve 040s from USA/GOV, one to each other participant): French MFA "
      "Secretary General Delattre -> FRA/GOV, German State Secretary Michaelis -> DEU/GOV, Italian MFA Secretary "
      "General Sequi -> ITA/GOV, UK Minister of State Cleverly -> GBR/GOV"),
 18: ([], "Release on sanctions on Iran's ballistic-missile procurement (30 Mar 2022): 'For more information on today's "
          "action, please see the Department of the Treasury's press release' = a reference pointer, 'today's action' "
          "an anaphoric noun with no agent in the sentence, exactly as held-out 258 row 16 (guideline: event nouns "
          "without an agent not coded)"),
 # --- UNGDC 2020-2024 random: future
 19: ([], "Montenegro (2020): 'will continue to promote and support the integration of human rights and gender "
          "perspectives into all aspects of the functioning of the United Nations, and strive to preserve ... the "
          "independency of the UN human rights system' = a position on how the United Nations should work, a UN "
          "reform position with no act toward a counterpart (README choices: support for UN reform and UN reform "
          "positions uncoded; guideline: abstract policy positions) (borderline a future 032 to org:UN, as set 214 "
          "coded Sweden's 'will work to strengthen cooperation between the United Nations and regional "
          "organizations')"),
 # --- UNGDC 2020-2024 random: demand
 20: ([], "Rwanda (2022): 'we must continue to invest equitably in emerging technologies, such as artificial "
          "intelligence' = 'we' meaning all States, with no codable Y (README choices: `we` meaning all states not "
          "coded)"),
 21: ([], "Fiji (2024): 'An inclusive and responsive multilateral system must be able to respond and adapt' = a deontic "
          "about the multilateral system with an inanimate subject, a UN-reform generalisation (README choices: UN "
          "reform positions uncoded)"),
 # --- UNGDC 2020-2024 random: cue
 22: ([], "Grenada (2020): 'an urgent need for greater cooperation in combating this dreaded pandemic' = a need for "
          "cooperation among uncoded collectives (set 179: 'a need for greater international cooperation' uncoded; "
          "set 241: Iraq's need for 'international cooperation' uncoded), and 'this reputable body is best suited to "
          "meet this challenge' an evaluation of the United Nations (borderline a demanded nominal 050 with no source "
          "to org:UN)"),
 23: ([("thank the African Union", "051", "LBY/GOV", "org:AU", False, A, N, False),
       ("cooperating with us", "050", "org:AU", "LBY/GOV", False, A, N, False)],
      "Libya (2022), the Presidency Council's chairman -> LBY/GOV (guideline: 'we' in a UN speech is the speaker's "
      "government); 'I would like to take this opportunity to thank the African Union' = thanks -> 051 (guideline) "
      "to org:AU; 'for cooperating with us in launching the National Reconciliation Project' = the realised act thanked "
      "for, its agent from the thanks (README choices: thanks 'for the ongoing support' gives the support its agent) "
      "-> 050 org:AU -> LBY/GOV, a gerund and not nominal (set 179: thanks to France 'for its cooperation' a 051 plus "
      "a nominal 050); the launch of a domestic reconciliation programme is folded into the cooperation and not coded on its "
      "own (sets 178 and 203: domestic reconciliation programmes uncoded) (borderline a 030 with no target per "
      "co-launcher, as set 233's Baku process, or 070 for the AU's part); 'the most important pillar supporting all "
      "paths to the stability and peace' is an evaluation"),
 24: ([("I commend the exceptional work", "051", "RWA/GOV", "org:WHO", False, A, N, False)],
      "Rwanda (2020), President Kagame -> RWA/GOV; 'I commend the exceptional work being done by the World Health "
      "Organization' -> 051 (guideline: commend 051) to org:WHO (README choices: org:WHO added; held-out 264 row 31: "
      "'I commend the work and accomplishments of your predecessor' a 051); the WHO's 'work' names no act or "
      "beneficiary and is not coded on its own (borderline a nominal 073 org:WHO with no target, as set 192's "
      "'the work they are doing in Haiti', which named its place); 'led by Dr Tedros Adhanom' is a status"),
 25: ([], "Mongolia (2020): 'The pandemic, climate change and other threats ... keep reminding humankind of the "
          "overriding need to cherish the Earth' = risks and a generalisation with no political actor (guideline: "
          "'threat to all of us' = risk, not coded)"),
 26: ([], "Congo (2020): 'The eastern part of the Democratic Republic of the Congo is still under threat from armed "
          "groups' = a risk described as a threat, in a list of crisis situations (guideline: 'threats of Russian "
          "military action' = risk; set 224: ISIS affiliates that 'threaten security' uncoded; set 237: risks "
          "described as threats uncoded) (borderline a 180 COD/REB -> bare COD under the unnamed-outlaw-groups rule, "
          "or a 138)"),
 27: ([("I commend the initiative of the Secretary-General", "051", "TGO/GOV", "org:UN", False, A, N, False),
       ("launched a global response by the United Nations system", "073", "org:UN", N, False, A, N, False)],
      "Togo (2020) -> TGO/GOV; 'I commend the initiative of the Secretary-General' -> 051 (guideline) to org:UN "
      "(README choices: supporting the Secretary-General is 051 to org:UN); 'who ... launched a global response by the "
      "United Nations system to address the pandemic and guide our States to safeguard themselves' = the realised UN "
      "pandemic response, a relief effort -> humanitarian aid 073 from org:UN, not nominal (verb 'launched') (set "
      "218: the Secretary-General 'mobilizing ... a United Nations system intervention to support countries "
      "affected' by Ebola a non-nominal 073 from org:UN; set 182: UNMEER a nominal 073 from org:UN with no target), "
      "'our States' meaning the Member States in general -> target null (set 182: no target) (borderline 070, or "
      "TGO/GOV); 'the initiative' is the same act, coded once through 'launched' (borderline a separate nominal 030 "
      "from org:UN, as set 240's 'Early Warning for All' Initiative)"),
 28: ([("logistic and technical international support", "070", N, "LBY/GOV", False, D, N, True)],
      "Libya (2023), the Presidency Council's chairman -> LBY/GOV; 'It is therefore necessary to have electoral "
      "legislation. unified authority and free elections' = domestic aims with no counterpart, not coded; 'with "
      "logistic and technical international support' = a statement of need for aid -> demanded nominal 070 with no "
      "source to the speaker's government (README choices: statements of need are demanded aid with no source to the "
      "speaker's government; set 213: Suriname's 'our need for aid' a demanded nominal 070 with no source to SUR/GOV; "
      "set 122: 'Requires support from our partners' a demanded nominal 070 with no source) (borderline org:UN as source from the UN, AU and League 'spearheading' support in the sentence "
      "before, or bare LBY as target)"),
}
