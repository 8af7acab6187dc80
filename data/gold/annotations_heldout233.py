"""Hand annotations for the TWO-HUNDRED-AND-THIRTY-THIRD held-out event gold set (source of events-heldout233.jsonl).

Keyed by the row index of selection-heldout233.jsonl (output of select_statement_sentence_heldout.py 233; rows 0-21
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 22-41
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
    python3 data/gold/build_events.py --selection selection-heldout233.jsonl \\
        --annotations annotations_heldout233 --output events-heldout233.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will meet with", "036", "USA/GOV", N, False, F, N, False)],
     "Prosper Africa delegation to Nigeria, Kenya, South Africa and Namibia (release of 12 Feb 2022); 'The "
     "delegation' = Deputy Assistant Secretary Cook and the Acting COO of Prosper Africa, a US government initiative "
     "-> USA/GOV; 'will meet with entrepreneurs, ... enterprises, investors, and policy-makers' = future meetings -> "
     "036 future (guideline); the interlocutors are spread over the four countries of the sentence before and are "
     "not tied to any one of them -> target null, following held-out 9 row 13 ('will engage with senior officials "
     "in the region', a four-country trip, target null) (borderline one 036 per country and sector, NGA/KEN/ZAF/NAM "
     "BUS and GOV, eight events, under the rules 'a future convening of several sectors is one 036 per sector' and "
     "'a group without a code is each member the document names'); 'to drive U.S. trade and investment' is the "
     "purpose, not coded"),
 1: ([("will arrive in Ohrid", "036", "USA/GOV", "MKD", False, F, N, False),
      ("will attend the “Road to Prespa” Conference", "036", "USA/GOV", N, False, F, N, False)],
     "Acting Assistant Secretary Reeker's travel (release of 18 Jun 2021) -> USA/GOV; 'will arrive in Ohrid' = an "
     "announced trip -> 036 future to the bare country (held-out rule: a trip under way is 042, an announced one 036 "
     "future; held-out 5 row 17, 8 rows 15/47: 'will travel to' -> 036 future to the bare country), Ohrid a place; "
     "'will attend the \"Road to Prespa\" Conference' = future participation in a meeting -> a second 036 future, "
     "the conference's convenor not named -> target null (set 224: participation in a gathering is a 040 to its "
     "host, here unnamed; borderline folded into the visit, or MKD/GOV as host); 'to highlight U.S. support for "
     "continued dialogue and cooperation toward stability ... throughout the region' = the purpose, a support for "
     "dialogue among parties the sentence does not name -> not coded (README: support for stimulating a dialogue "
     "goes to each named party; held-out 7: support for 'the start of negotiations' is an abstract position; borderline a "
     "nominal 051 with no target, as held-out 21 row 2's 'U.S. support for a strong ... Vietnam')"),
 # --- State Dept random: demand
 2: ([], "Green Shipping Corridors guidance (April 2022): 'Planning for green corridors should consider the needs and "
         "abilities of all corridor stakeholders' = an agentless deontic on planning; 'consider the needs' is no "
         "behaviour between actors (guideline: demanded Y not codable -> nothing coded)"),
 3: ([], "Media note on Blinken's China speech (May 2022): 'Media who plan to cover in person must RSVP to "
         "EventsandTravel@State.gov' = an accreditation procedure, no act between political actors (the Asia "
         "Society's hosting is in the text before)"),
 4: ([("called upon the Kremlin", "1056", N, "RUS/GOV", False, A, N, False),
      ("its unconscionable war of choice", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Blinken on the suspension of Russia's OAS observer status (21 Apr 2022); 'The overwhelming number of countries "
     "in the Americas called upon the Kremlin to end its ... war of choice, withdraw its forces, and comply with "
     "international law' = one asserted request (guideline), the most specific sub-code among several demands "
     "(README rule) -> ending the war and withdrawing forces, de-escalation 1056 (borderline 1043 for complying with "
     "international law); the countries that voted for the resolution are an uncoded collective -> source null, "
     "following set 119 ('One hundred States supported Ukraine and condemned ...' a 051 and a 111 with no source) "
     "(borderline org:OAS, 'The OAS action today' of the sentence before, as the first sets' OAS vote coded from "
     "org:OAS); the Kremlin -> RUS/GOV (set 154: 'The Kremlin' read as a capital metonym); 'its unconscionable war "
     "of choice' = a realised act named inside the request (README rule: 'end its repression of Mr. Navalny' is "
     "coded too) -> nominal 190 with the Kremlin as agent -> RUS/GOV (guideline: a metonym takes GOV even for "
     "military acts; held-out 7 row 9 'Moscow's ... war' RUS/GOV), against Ukraine ('war against Ukraine' in the "
     "text before) -> bare UKR; the withdrawal and compliance are Y, not coded separately"),
 # --- State Dept random: cue
 5: ([("I regret", "110", "UKR/GOV", "org:NATO", False, A, N, False)],
     "Joint press availability of Blinken and FM Kuleba (5 Mar 2022), Kuleba's turn -> UKR/GOV (the speaker named "
     "at the head of the turn, not the document's government); 'I regret' = a verb phrase of regret -> 110 (README: "
     "'laments'/'disappointed' 110; set 124: 'Express regret' is a 110; set 135: only sentence adverbs of regret are "
     "left uncoded), what is regretted being what 'the NATO secretary general said yesterday' (sentence before), "
     "NATO's refusal of a no-fly zone -> target org:NATO; 'I think it's a sign of weakness by – of NATO' = an "
     "evaluation (guideline: evaluative descriptions without a behaviour verb not coded; borderline a 111 UKR/GOV -> "
     "org:NATO read as criticism); NATO's refusal itself is not stated in this sentence (held-out 9 row 6 coded it as "
     "a 1224 reported by UKR/GOV where it is)"),
 6: ([("mobilizing resources to meet urgent humanitarian needs", "073", "USA/GOV", N, False, A, N, False)],
     "Under Secretary Fernandez at the World Food Prize announcement (5 May 2022) -> 'we' = the State Department -> "
     "USA/GOV (guideline); 'mobilizing resources to meet urgent humanitarian needs' = the first component of the "
     "Department's food-security action plan, ongoing -> humanitarian aid 073 asserted (guideline: the progressive "
     "is habitual/ongoing), the needy of the global food crisis not named -> target null (guideline: "
     "collectives without a code -> null) (borderline 0333, readiness to provide humanitarian aid, given the $1 billion "
     "announced in the sentence after, or not coded as a plan description); 'tackling immediate disruptions to the "
     "global food supply' has no counterpart, not coded"),
 7: ([("economic, development, security, and humanitarian assistance for the Palestinian people", "070", "USA/GOV",
       "PSE/CVL", False, A, N, True)],
     "Blinken's release on assistance for the Palestinian people (26 May 2021); 'the more than $250 million in "
     "economic, development, security, and humanitarian assistance for the Palestinian people announced in March and "
     "April' = an aid noun whose agent the same sentence names ('planned U.S. assistance') -> nominal 070 USA/GOV -> "
     "PSE/CVL (README rule: one aid noun covering several kinds is one 070; committed aid sums are aid), the United "
     "States 'in the process of providing' it (text before) -> asserted; 'This assistance' (the new tranche of the "
     "text before) and 'planned U.S. assistance' (the $360 million total that includes both tranches) are further "
     "mentions of the same US aid flow to the same recipients, coded once (guideline: a repeated mention is coded "
     "once) (borderline a second nominal 070 for the anaphoric new tranche, under the rule that an event noun whose "
     "agent is plain from the text around is coded; future for 'planned'; or 0331 for the announcement, as set 149's "
     "announced Canadian contribution)"),
 8: ([("I am pleased to join you for this meeting", "040", "org:EU", "USA/GOV", False, A, N, False)],
     "U.S.-EU Energy Council Ministerial (7 Feb 2022), the turn of French Ambassador Etienne, speaking 'on behalf of "
     "the French presidency of the Council of the European Union' -> org:EU (README rules: a head of state speaking "
     "as chair of an organisation is the organisation; set 205: Denmark 'On behalf of the European Union' a 051 from "
     "org:EU) (borderline FRA/GOV); 'I am pleased to join you for this meeting' = participation in the ministerial "
     "under way -> 040 asserted (set 224: Bahrain's 'pleasure to participate in this distinguished gathering' a 040 "
     "to the host; set 153: 'My presence here' a nominal 040), the Council hosted by the Secretary at the State "
     "Department -> USA/GOV (borderline one 040 per participant, the EU's own officials being the speaker's side)"),
 9: ([("met today with", "040", "USA/GOV", "DZA/GOV", False, A, N, False)],
     "Readout (10 Mar 2022); 'Deputy Secretary of State Wendy Sherman met today with Algerian President Abdelmadjid "
     "Tebboune in Algiers' = a realised meeting -> 040 USA/GOV -> DZA/GOV (held-out 7 row 9, 8 row 31, 12 row 11: "
     "'met today with' 040); Algiers is the venue, not a metonym (guideline) (borderline a second event, 042 to bare "
     "DZA for the visit the venue implies)"),
 10: ([("met today with", "040", "USA/GOV", "NLD/GOV", False, A, N, False),
       ("condemned", "111", "USA/GOV", "RUS/GOV", False, A, N, False),
       ("condemned", "111", "NLD/GOV", "RUS/GOV", False, A, N, False),
       ("committed by Russia", "200", "RUS/MIL", "UKR", False, A, N, False)],
      "Readout of Blinken's meeting with Dutch FM Hoekstra (14 Apr 2022); the splitter's sentence starts at "
      "'Blinken' (after 'Antony J.') and keeps 'D.C. Secretary Blinken ...' in one sentence (held-out 12 row 11); "
      "'met today with' -> 040 (Washington the venue); 'Secretary Blinken and Foreign Minister Hoekstra condemned' -> "
      "111, compound source split (guideline: 'Sherman and Park condemned the DPRK' gives two 111 events), to RUS/GOV "
      "(held-out 15 row 3, 25 row 7: the condemnation goes to RUS/GOV also when the condemned acts are the forces'); "
      "'the atrocities committed by Russia in Bucha and elsewhere in Ukraine' = the Bucha atrocities, a participle "
      "with its agent -> 200 not nominal (held-out 15 row 3 'committed by Russia's forces' 200 RUS/MIL -> UKR; held-"
      "out 25 row 7 the Bucha abuses 200 RUS/MIL -> UKR), 'Russia' as the agent of the forces' acts -> RUS/MIL, as "
      "the state sets code 'Russia's invasion' (borderline RUS/GOV; target UKR/CVL, or 202 for the killings); "
      "'underscored their support for holding accountable those behind them' = accountability, not a CAMEO act "
      "(held-out 18, 21 row 24, 25 row 7)"),
 11: ([("providing more than $13 billion in humanitarian aid", "073", "USA/GOV", N, False, A, N, False)],
      "Blinken's World Refugee Day statement (20 Jun 2022); 'The United States is the world's largest single donor "
      "of humanitarian assistance, providing more than $13 billion in humanitarian aid to those in need during "
      "Fiscal Year 2021' = realised humanitarian aid -> 073 asserted (guideline), 'those in need' an uncoded "
      "collective -> target null (guideline); 'the world's largest single donor' is a status describing the same "
      "aid, coded once (borderline a separate nominal 073)"),
 12: ([], "US-Latvia joint statement on FIRST (4 Apr 2022): 'FIRST is a capacity-building program designed to deepen "
          "strategic ties, support clean energy innovation, and advance technical collaboration with partner nations' "
          "= a description of a US programme's design and purposes, with partner nations in general (set 184: a "
          "description of 'cooperation policies' uncoded; purpose clauses not coded) (borderline a habitual 061 "
          "USA/GOV with no target, or to LVA/GOV from the new partnership of the sentence before, under the README "
          "rule that a mechanism that 'will deepen' cooperation stands for the two governments' act)"),
 13: ([("urging the Cuban regime", "1043", "USA/GOV", "CUB/GOV", False, A, N, False),
       ("urging the Cuban regime", "1043", N, "CUB/GOV", False, A, N, False),
       ("have been denied", "1233", "CUB/GOV", "CUB/CVL", False, A, N, False)],
      "Blinken on the Elie Wiesel report (12 Jul 2021); 'we join partners across the hemisphere and around the world in "
      "urging the Cuban regime to respect the rights of the Cuban people to determine their own future' = one asserted "
      "request (guideline) -> 'we' = USA/GOV, the regime -> CUB/GOV, Y = respecting rights -> 1043; the partners who "
      "also urge are an uncoded collective -> a second 1043 with no source, following set 163 (Ecuador's appeal: the "
      "speaker's 1054 and a 1054 with no source) (borderline dropped, as set 117's joined unattributed call coded the "
      "speaker only); 'something they have been denied for far too long' = the Cuban people's right to determine "
      "their future denied -> 1233 (set 149: 'the denial of the legitimate rights of Palestinians' a 1233; set 218: "
      "'whose right to be a Member is still denied it' a 1233), the passive's agent plain from the same sentence, "
      "the Cuban regime -> CUB/GOV (guideline: a missing participant taken from the context) (borderline source null "
      "as an agentless passive, as set 218; or 1721); 'Peaceful protesters are not criminals' is an evaluation"),
 14: ([("condemned", "111", "USA/GOV", "RUS/GOV", False, A, N, False),
       ("condemned", "111", "GRC/GOV", "RUS/GOV", False, A, N, False),
       ("Russia’s premeditated, unprovoked, and unjustified invasion of Ukraine", "192", "RUS/MIL", "UKR", False, A,
        N, True)],
      "Readout of Blinken's call with Greek FM Dendias (27 Feb 2022); 'The Secretary and Foreign Minister Dendias "
      "condemned' -> 111, compound source split (guideline), to RUS/GOV (held-out 15 row 3); 'Russia's ... invasion "
      "of Ukraine' -> nominal 192 RUS/MIL -> UKR (guideline: invade -> 192; held-out 11, 19, 20, 23, 222: 'Russia's "
      "invasion of Ukraine' RUS/MIL -> UKR)"),
 # --- State Dept random: nocue
 15: ([("spoke about", "040", "USA/GOV", "CHN/GOV", False, A, N, False)],
      "Readout of Sherman's visit to the PRC (26 Jul 2021); 'She also spoke about our concerns about Beijing's "
      "conduct in cyberspace; across the Taiwan Strait; and in the East and South China Seas' = concerns raised with "
      "State Councilor Wang Yi and other PRC officials in the meetings of the text before -> 040 (guideline: "
      "'raised with' -> 040; the first set row 26 'raised' 040; held-out 11 row 21 'spoke about' 040) (borderline "
      "uncoded as expressed concern, 01x); 'Beijing's conduct' is a metonym but names no specific act (an "
      "evaluative description, guideline), not coded"),
 16: ([("expressed appreciation", "051", "USA/GOV", "KHM/GOV", False, A, N, False)],
      "Readout of Sherman's visit to Cambodia (1 Jun 2021); 'The Deputy expressed appreciation for Cambodia's work as "
      "2021 co-chair of the Mekong-U.S. Partnership' = thanks/appreciation -> 051 (guideline) USA/GOV -> KHM/GOV; "
      "co-chairing a partnership is holding a role, not an act (set 187: chairing two UN bodies uncoded; set 216: "
      "co-chairing a panel uncoded) (borderline a nominal 043, as set 223's co-chaired UN Ocean Conference, or a "
      "nominal 050 KHM/GOV -> USA/GOV for the partnership work)"),
 17: ([("DPRK’s May 25 (KST) ballistic missile launches", "150", "PRK/MIL", N, False, A, N, True)],
      "Readout of Sherman's call with Vice FMs Cho and Mori (26 May 2022), the sentence cut after 'Wendy R.'; 'the "
      "DPRK's May 25 (KST) ballistic missile launches' -> nominal 150 (guideline: missile launches -> 150), PRK/MIL "
      "with no target (held-out 8, 10, 15, 20: DPRK missile launches 150 PRK/MIL -> null); the call itself ('spoke "
      "with') falls after the splitter's cut -> not coded (README rule: a fragment whose verb was cut away is left "
      "uncoded)"),
 18: ([], "Joint press availability in Tallinn (8 Mar 2022), the moderator: 'The first question by Tarmo Maiberg, from "
          "Estonian national broadcaster, please' = procedure, no event (held-out 227 row 26)"),
 19: ([], "P-2 designation for Afghans (2 Aug 2021): 'Afghans and their eligible family members ... can be referred to "
          "the P-2 program by a U.S. government agency' = an eligibility rule defining who may be referred, an "
          "administrative step before any admission, stated as a possibility (held-out 7 row 1: the class definitions "
          "around the P-2 designation are not events; held-out 226 row 29: the P-2 'referrals' uncoded) (borderline a "
          "hypothetical 075 USA/GOV -> AFG/CVL, as held-out 7 row 1 coded the designation itself as 075)"),
 20: ([("designated", "163", "org:EU", "RUS/GOV", False, A, N, False),
       ("designated", "163", "GBR/GOV", "RUS/GOV", False, A, N, False),
       ("designated", "163", "JPN/GOV", "RUS/GOV", False, A, N, False),
       ("designated", "163", "AUS/GOV", "RUS/GOV", False, A, N, False),
       ("designated", "163", "NZL/GOV", "RUS/GOV", False, A, N, False)],
      "Fact sheet on sanctions against Russia (2 Jun 2022); 'The EU, UK, Japan, Australia, and New Zealand have "
      "previously designated Maria Zakharova' = sanctions designations -> 163 (guideline: sanctions 163; README: "
      "designating an NGO is 163; 'officials being designated' an asserted 163), realised -> asserted, compound "
      "source split (guideline) -> org:EU, GBR/GOV, JPN/GOV, AUS/GOV, NZL/GOV; Zakharova, spokesperson of the "
      "Russian Foreign Ministry (sentence before) -> RUS/GOV (guideline: persons -> their country and sector)"),
 21: ([], "Blinken on NBC's Meet the Press (3 Apr 2022): 'But that is profoundly up to Russia and what it does going "
          "forward' = responsibility for a future outcome (the lifting of sanctions, sentence before), no act stated "
          "(borderline a hypothetical 085 USA/GOV -> RUS, the lifting being only the anaphor's topic)"),
 # --- UNGDC 2020-2024 random: neg
 22: ([("a horrific terrorist attack", "180", N, "ISR", False, A, N, True),
       ("massacred", "202", N, "ISR/CVL", False, A, N, False),
       ("taken as hostages", "181", N, "ISR/CVL", False, A, N, False),
       ("the war that ensued", "190", "ISR/GOV", "PSE", False, A, N, True)],
      "Greece (Mitsotakis, 2024); 'we did not know that ...' negates the speaker's foreknowledge, not the events, and "
      "the factive frame presupposes the complement (guideline: a fact presupposed by a factive frame is asserted); "
      "'would' is a future-in-the-past, not hypothetical; 'on October 7 a horrific terrorist attack' = an agentless "
      "terrorist attack, Hamas never named in the speech -> nominal 180 with no source (README rule: an agentless "
      "terrorist attack is 180 with no source, one per victim country), the victim country from the text after "
      "('In the wake of the October 7th attacks, Greece ... support[s] Israel's ... right to defend itself') -> bare "
      "ISR (set 149: 'the terrible Mastung attack' a nominal 180 to bare PAK); 'would leave 1.200 innocent civilians "
      "... massacred' -> 202 to the civilians, ISR/CVL (guideline: massacres 202; set 130: an attack on a camp gives "
      "a 180 and a 202) (borderline folded into the 180 as its result, set 147); 'around 250 people would be taken "
      "as hostages' -> 181 with no source to ISR/CVL (set 216: Beslan's hostage-taking 181 to RUS/CVL) (borderline "
      "target null, the hostages being of several nationalities); 'the war that ensued' = the Gaza war, anaphoric, "
      "its place named in the sentence before ('both Gaza and Ukraine') and Israel's self-defence in the text after "
      "-> nominal 190 ISR/GOV -> bare PSE (set 222: the EU's anaphoric 'This war' a nominal 190, the agent from the "
      "rest of the speech, following set 189; set 202: 'the long-standing conflict between Israel and Palestine' 190 "
      "ISR/GOV) (borderline uncoded, as set 187's conflicts named only by place; ISR/MIL); 'over 42.000 people would "
      "perish' = the war's toll, folded into it (set 147) (borderline a 202 with no source to PSE/CVL, as set 198)"),
 23: ([("we support the Secretary General’s appeal", "051", "MNE/GOV", "org:UN", False, A, N, False),
       ("the Secretary General’s appeal for a wholesale reform", "1044", "org:UN", N, False, A, N, True),
       ("calling upon the international financial structure", "1031", "MNE/GOV", N, False, A, N, False),
       ("join the UN in calling", "1031", "org:UN", N, False, A, N, False)],
      "Montenegro (2024); 'we support the Secretary General's appeal' = express support -> 051 to org:UN (README rule: "
      "supporting a UN plan or the Secretary-General is 051 to org:UN); the appeal itself is a request noun with its "
      "author -> nominal request from org:UN (set 187: support for the Millennium Report's 'proposals' a 051 plus a "
      "nominal 100 from org:UN; README: an echoed call is the speaker's request and a nominal request of its author), "
      "'for a wholesale reform of the financial architecture' -> change in institutions 1044 (borderline generic 100, "
      "or 1042), addressed to the international financial architecture, which has no code -> target null (borderline "
      "org:IMF and org:WB); 'which ... does not offer developing countries the affordable financing' runs between "
      "uncoded parties, not coded (README: acts between uncoded collectives; borderline a negated 071); 'we join the "
      "UN in calling upon the international financial structure to finance these countries' = the speaker's request "
      "plus the partner's (README rule: joining a call with named partners is the speaker's request and a request of "
      "the partner) -> demand economic aid 1031, the 'international financial structure' uncoded -> target null "
      "(borderline org:IMF and org:WB), the partner's call a verb ('calling') and not a noun -> not nominal; the "
      "financing is Y, not coded separately"),
 24: ([], "Lesotho (2021): 'the onus is on us as leaders of the world to ensure that our Mother Earth does not lose its "
          "biodiversity' = 'us' meaning all leaders (README: hortatives with 'us' meaning all leaders, and 'we' "
          "meaning all States, are not coded); 'poses a threat' is a risk (guideline: figurative threats)"),
 # --- UNGDC 2020-2024 random: capital
 25: ([("launched", "030", "AZE/GOV", N, False, A, N, False),
       ("launched", "030", "org:UN", N, False, A, N, False),
       ("launched", "030", "org:COE", N, False, A, N, False),
       ("launched", "030", "org:UNESCO", N, False, A, N, False)],
      "Azerbaijan (2022); 'The Baku process launched in 2008 by the Government of Azerbaijan, together with the "
      "United Nations Alliance of Civilizations, the Council of Europe, [UNESCO], [ISESCO] and others' = an initiative "
      "launched -> 030 asserted, not nominal as a participle, with no target (set 220: 'The \"Baku Process\" launched "
      "by Azerbaijan in 2008' a 030 from AZE/GOV with no target), the co-launchers a compound source split "
      "(guideline): the UN Alliance of Civilizations, a UN body -> org:UN, the Council of Europe -> org:COE (README "
      "code), UNESCO -> org:UNESCO (held-out and set 171 code); ISESCO has no code and 'others' are unnamed, both "
      "dropped (README: a group without a code) (borderline a new org:ISESCO, or org:OIC as its parent; or one 030 "
      "from AZE/GOV plus a 050 to each partner for 'together with', as set 139's 'in collaboration with'); Baku is "
      "part of a name, not a metonym (set 220); 'has set standards and agendas for dialogue and intercultural "
      "cooperation' is an evaluation of an inanimate subject, no act"),
 # --- UNGDC 2020-2024 random: reported
 26: ([("establishing new relations", "050", "PRK/GOV", "USA/GOV", False, H, N, False),
       ("the latter’s abandonment of its hostility", "080", "USA/GOV", "PRK/GOV", False, D, N, True)],
      "DPRK (2021); 'Kim Jong Un ... stated that' = the speaker's own leader quoted -> reported_by null (set 162: "
      "Kim's report to the seventh Party Congress, reported_by null; guideline: the President quoted in a release is "
      "the document's own government), the speech verb and the report not coded; 'the key to establishing new "
      "relations between the [DPRK] and the United States' = relations conditioned on the US step -> hypothetical "
      "050 PRK/GOV -> USA/GOV (set 131: 'Precondition for normalizing relations with Russia' a hypothetical 050), "
      "coded from the first-named party; 'will be the latter's abandonment of its hostility to my country' = the "
      "condition Kim sets, a demand in the form of a key -> nominal yield 080 USA/GOV -> PRK/GOV, demanded (set 162: "
      "'abandon its anachronistic hostile policy towards our country' a demanded 080) (borderline hypothetical as "
      "a condition, or 0832); the 'hostility' itself is an attitude, not an act (set 196: the hostile policy uncoded)"),
 # --- UNGDC 2020-2024 random: future
 27: ([("we will host", "036", "CPV/GOV", N, False, F, N, False)],
      "Cabo Verde (2024); 'In the first quarter of 2025, we will host a High-Level Meeting for the Atlantic, Indian, "
      "and South China Sea regions' = future hosting -> 036 future (guideline: future hosting gets 036), the SIDS "
      "regions' participants uncoded -> target null (set 120: Fiji's future hosting a 036 with target null); 'aimed "
      "at establishing a coordination mechanism' is the purpose, not coded"),
 # --- UNGDC 2020-2024 random: demand
 28: ([], "Pakistan (Khan, 2020): 'They should support the creation of at least $500 billion in new Special Drawing "
          "Rights for the developing world' = a deontic whose subject, 'Rich countries' of the sentence before, and "
          "whose beneficiary, 'the developing world', are uncoded collectives (README: demands between uncoded "
          "collectives uncoded, sets 212 and 217) (borderline a demanded 071 with no source to PAK/GOV, as set 202's "
          "Malawi 'we also need ... assistance ... from developed countries', or a demanded 051 to org:IMF, the SDR "
          "issuer, never named in the sentence)"),
 29: ([], "Switzerland (2021): 'Research, education and vocational training ... must be at the heart' = an agentless "
          "deontic on domestic and general priorities, no act between actors (README: domestic programmes not coded)"),
 # --- UNGDC 2020-2024 random: cue
 30: ([], "Jamaica (2021): 'We support the development of a legally binding international instrument on ... marine "
          "biological diversity in areas beyond national jurisdiction' = support for a treaty still to be negotiated, "
          "with no party named (set 194: support for concluding a convention uncoded; guideline: abstract policy "
          "positions without an actor) (borderline a 051 with no target, as set 159's 'Negotiations on an arms trade "
          "treaty are welcome', or a 102 as set 204's call for an arms trade treaty)"),
 31: ([], "Georgia (2021): 'Our goal has always been to do what we can to support shared action to advance the common "
          "good' = a stated aim with no counterpart or act (README: an aim; abstract positions not coded) (borderline "
          "a habitual 030 with no target)"),
 32: ([("hosted in neighbouring countries", "075", N, "MLI/CVL", False, A, N, False)],
      "Mali (2021); 'the Malian refugees hosted in neighbouring countries' = hosting refugees -> grant asylum 075 "
      "(held-out 6; held-out 16: refugees hosted by 'neighbouring countries', which the text does not itemise -> "
      "source null), a participle, not nominal, the refugees -> MLI/CVL; 'I cannot neglect to mention' is the "
      "speaker's own statement (01x), and 'a major concern for our Government' expressed concern (01x); the "
      "internally displaced persons have no agent, not coded"),
 33: ([], "Samoa (2020): 'This would pose an existential threat for most of our islands' = a risk from global "
          "warming (guideline: 'threat to all of us' is figurative/risk, not coded)"),
 34: ([], "Chile (Boric, 2022): 'I come from Chile, which is a beautiful country ...' = a self-introduction and a "
          "description, no act"),
 35: ([("have taken steps to engage", "040", "org:ASEAN", "MMR", False, A, N, False)],
      "Malaysia (2021); 'ASEAN Member States have taken steps to engage key parties of this conflict' = the members "
      "acting collectively through ASEAN (its Chair's Special Envoy and the Five-Point Consensus in the sentence "
      "after) -> org:ASEAN (set 189: 'Twenty-five ... member States committed themselves' a 0331 from org:EU; "
      "README: the Foreign Ministers of the Twelve are org:EU) (borderline MYS/GOV only, under set 133's 'We nations "
      "of South America' speaker-only rule); realised steps to engage = consultation -> 040 asserted (guideline: "
      "meet/discuss/consult 040; future 'engage' would be 036) (borderline 030, the Envoy's visit still not allowed "
      "in the sentence after); the key parties of the Myanmar conflict are never named -> bare MMR (set 219: Sao "
      "Tome's never-named 'parties' a 107 to bare UKR; set 199: 'parties in conflict' to bare ESH) (borderline "
      "MMR/MIL, 'the authorities' of the sentence after); 'to extend assistance where possible' is the purpose, not "
      "coded (borderline a hypothetical 073 org:ASEAN -> MMR/CVL)"),
 36: ([("We call for a genuine commitment", "100", "BLZ/GOV", N, False, A, N, False)],
      "Belize (2021); 'We call for a genuine commitment to addressing the systemic issues that undermine the "
      "achievement of our agreed development goals' = 'S calls for Y' is one asserted request (guideline), the "
      "first of four proposed areas for strengthening the multilateral system, Y a commitment with no sure sub-code "
      "-> generic 100, no addressee named -> target null (set 217: 'we call for the concerted management' of "
      "migration a generic 100 with no target; set 215: Saint Lucia's 'reiterates its call for the adoption of a "
      "holistic approach' a 1042 with no target; set 227: Botswana's call for development finance a 1031 with no "
      "target) (borderline uncoded, as sets 125, 180 and 200 left calls with no addressee uncoded, or as a "
      "multilateral-reform position)"),
 # --- UNGDC 2020-2024 random: nocue
 37: ([("We talk to all parties", "040", "NOR/GOV", N, False, A, N, False),
       ("we work to achieve peaceful conflict resolution", "045", "NOR/GOV", N, False, A, N, False)],
      "Norway (2022); 'We talk to all parties' = habitual consultations in 'all the peace processes in which Norway is "
      "engaged' (sentence before) -> 040 asserted (guideline: habitual events are asserted), the parties of many "
      "processes not itemised -> target null (borderline COL/GOV and COL/REB, the ELN process named in the text "
      "before); 'as we work to achieve peaceful conflict resolution' = Norway's habitual facilitation of peace "
      "processes -> 045 with no target (set 211: the Lao PDR's 'promoting the peaceful settlement of disputes' a "
      "habitual 045 with no target) (borderline uncoded as an aim, or folded into the 040)"),
 38: ([("launched our candidacy", "102", "MNE/GOV", "org:UNGA", False, A, N, False)],
      "Montenegro (2023); 'we have launched our candidacy for a non-permanent seat on the Security Council for the "
      "period 2026-2027' = a bid for a seat elected by the Assembly -> 102 to org:UNGA (set 186: 'our candidature' "
      "for a Council seat a nominal 102 to org:UNGA; set 217: Thailand's 'submitted our candidature' one 102 to "
      "org:UNGA), a verb with the candidacy as object -> not nominal, realised -> asserted (borderline an uncoded "
      "UN membership position)"),
 39: ([], "Brazil (Bolsonaro, 2021): 'we received 14 applications for permits for new railroads, amounting to nearly "
          "$15 billion in private investments' = domestic licensing between the government and private investors "
          "(README: domestic programmes not coded)"),
 40: ([], "Malta (2024): 'This approach sits well alongside the OSCE's comprehensive conception of security ...' = a "
          "comparison of doctrines, no act; 'ending military conflict' is generic, with no agent"),
 41: ([], "Sri Lanka (2020): 'The recent debacle involving an oil tanker in our seas was carefully managed' = domestic "
          "disaster management (the MT New Diamond fire), no act between political actors (README: domestic "
          "programmes not coded); 'in no way compromised' is no negated event"),
}
