"""Hand annotations for the TWO-HUNDRED-AND-THIRTY-SIXTH held-out event gold set (source of events-heldout236.jsonl).

Keyed by the row index of selection-heldout236.jsonl (output of select_statement_sentence_heldout.py 236; rows 0-21
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 22-40
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
    python3 data/gold/build_events.py --selection selection-heldout236.jsonl \\
        --annotations annotations_heldout236 --output events-heldout236.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will join representatives", "036", "USA/GOV", "CRI/GOV", False, F, N, False),
      ("will join representatives", "036", "USA/GOV", "PAN/GOV", False, F, N, False),
      ("will join representatives", "036", "USA/GOV", "COL/GOV", False, F, N, False),
      ("will join representatives", "036", "USA/GOV", "ECU/GOV", False, F, N, False)],
     "Release on Under Secretary Fernandez's travel to Honduras and Costa Rica (16 Mar 2022); 'he will join "
     "representatives from Costa Rica, Panama, Colombia, and Ecuador to discuss the Eastern Tropical Pacific Marine "
     "Corridor' = a future meeting -> 036 future (guideline; held-out 25 row 1 'will meet with European Union "
     "officials'; held-out 221 row 10 'will meet with'), the Under Secretary -> USA/GOV; the representatives are those "
     "of the four governments that run the Corridor initiative -> compound target split, one 036 per government "
     "(guideline: one event per actor pair; held-out 226 row 9: 'will meet with senior officials from the Saudi and "
     "Republic of Yemen Governments' split) (borderline target null as set 233 row 0's interlocutors spread over "
     "a trip, or bare countries); meeting and discussion are one event; the Corridor is the topic"),
 1: ([("will also visit refugee settlements", "036", "USA/GOV", N, False, F, N, False),
      ("hosted in Uganda", "075", "UGA/GOV", N, False, A, N, False)],
     "Release on Assistant Secretary Noyes' travel to Uganda and Geneva (10 Jul 2022); 'She will also visit refugee "
     "settlements to hear directly from refugees' = an announced visit to meet refugees -> 036 future (held-out "
     "rule: an announced trip is 036 future; set 223 row 22: 'visited Rohingya refugee camps' 042 to the refugees; "
     "README: welcoming newly arrived refugees on a visit is a future 036), 'to hear directly from refugees' the "
     "same meeting, folded in; the refugees in Uganda's settlements are of several nationalities (the sentence "
     "before: 'the recent refugee influx from the Democratic Republic of the Congo' and 'the over 1.5 million "
     "refugees hosted in Uganda') and no one group is named -> target null (borderline COD/CVL from the influx, or "
     "bare UGA as the destination); 'while hosted in Uganda' = the refugees' hosting -> grant asylum 075 (held-out "
     "6; held-out 233 row 32: 'the Malian refugees hosted in neighbouring countries' a 075), a participle, not "
     "nominal, realised and ongoing -> asserted; the host country is named here, unlike Mali's unnamed neighbours "
     "-> UGA/GOV (borderline bare UGA, or source null as an agentless passive), the refugees of mixed origin -> "
     "target null; the health, livelihood, education and protection needs are no acts"),
 # --- State Dept random: demand
 2: ([], "Release on the First Lady's and Billie Jean King's Title IX event (16 Jun 2022): 'Media who plan to cover "
         "in person must RSVP to ECA-Press@state.gov by 12:00 p.m.' = an administrative instruction to the press "
         "(set 230: operator instructions uncoded; held-out 16 row 8: an administrative note to members of the public), no act "
         "between political actors"),
 3: ([("impose severe, coordinated costs and consequences", "163", "ESP/GOV", "RUS/GOV", False, A, N, False),
      ("President Putin’s war of choice", "190", "RUS/GOV", "UKR", False, A, N, True),
      ("to urge an immediate ceasefire", "1056", "ESP/GOV", "RUS/GOV", False, A, N, False)],
     "Deputy Secretary Sherman at the Spain-U.S. Cybersecurity Seminar in Madrid (7 Mar 2022); 'Spain's leadership "
     "is key to the transatlantic effort—really, the global effort—to impose severe, coordinated costs and "
     "consequences for President Putin's war of choice' = the ongoing coordinated sanctions against Russia in which "
     "Spain, 'a staunch NATO Ally and EU member state', takes a leading part -> sanctions 163 (held-out 3 row 26, "
     "held-out 6 row 0: 'impose costs' 163; set 235 row 1), the one participant named being Spain -> ESP/GOV "
     "(README: a collective deontic naming one member is coded for that member, extended to this effort; borderline source null "
     "for the transatlantic and global effort as an uncoded collective, org:EU, or a second 163 from USA/GOV as a "
     "transatlantic partner), the costs aimed at Putin's war -> RUS/GOV (Putin -> RUS/GOV), realised -> asserted; "
     "'President Putin's war of choice' = a war noun with its agent -> nominal 190 RUS/GOV (held-out 7, 9; held-out "
     "21 row 27), the victim named at the end of the sentence -> bare UKR; 'to urge an immediate ceasefire and "
     "withdrawal of Russian forces from Ukraine' = a request verb inside the same effort -> one asserted request "
     "(guideline) from the same source, Y = ceasefire and withdrawal -> de-escalation 1056 (held-out 3, 9), "
     "addressed to Russia -> RUS/GOV; Y not coded separately (guideline); 'Spain's leadership is key' is an "
     "evaluation, not a praise act"),
 4: ([("We call on the Russian Federation", "1056", "USA/GOV", "RUS/GOV", False, A, N, False)],
     "Joint Statement on Canada-Mexico-United States Cooperation (10 Jun 2022); 'We' in a joint statement -> "
     "USA/GOV, not split (guideline: 'we' in joint statements -> USA/GOV; held-out 12 and 15, set 235 row 5); 'We "
     "call on the Russian Federation to withdraw immediately all its military forces ... and return to a path of "
     "dialogue and diplomacy' = one asserted request (guideline) with two demands -> the most specific, first "
     "named: withdrawal = de-escalation 1056 (README: a request verb with several demands takes the most specific "
     "sub-code; held-out 154: Peru's appeal coded from its first demand) (borderline 106 for the return to "
     "dialogue); Y not coded separately (guideline)"),
 # --- State Dept random: cue
 5: ([("noted support", "051", "USA/GOV", "LBY", False, A, N, False),
      ("noted support", "051", "EGY/GOV", "LBY", False, A, N, False),
      ("UN-facilitated", "045", "org:UN", "LBY", False, A, N, True)],
     "Readout of Blinken's meeting with Egyptian FM Shoukry (13 Apr 2022); 'Secretary Blinken and Foreign Minister "
     "Shoukry noted support for Libya's UN-facilitated political process leading to elections' = expressed support "
     "-> 051 (guideline: 'express support' -> 051; held-out 18 row 13 'emphasized steadfast U.S. support' 051), "
     "compound source split (guideline), USA/GOV and EGY/GOV; support aimed at a process goes to its named parties "
     "(README), and the Libyan process names none -> the bare country (README: a welcome of a development inside a "
     "named country whose parties are not named goes to the bare country; held-out 6 row 68 'supporting the "
     "political process' -> HTI) (borderline LBY/GOV); 'UN-facilitated' = a facilitation naming its facilitator -> "
     "nominal 045 org:UN (README: a facilitation or mediation of an organisation is a nominal 045 to each party; "
     "set 182: 'the current ICGLR initiative on the situation in the east of the DRC' a nominal 045 to bare COD), "
     "to bare LBY (borderline target null, as held-out 17 row 23's 'ongoing UN-led diplomacy on the Western "
     "Sahara'); the elections are the process's aim, not coded"),
 6: ([("military assistance for Ukraine", "072", "USA/GOV", "UKR", False, A, N, True)],
     "Blinken's statement on $1 billion of new U.S. military assistance for Ukraine (15 Jun 2022); 'Today, we "
     "announced an additional $1 billion in additional military assistance for Ukraine' = a realised package of "
     "military aid, announced the same day -> 072 (held-out 14 row 15: 'new security assistance for Ukraine' a nominal "
     "072; set 225: the drawdown a nominal 072 USA/GOV -> UKR), the aid noun carrying the act, the speech verb "
     "'announced' not coded -> nominal, asserted; to Ukraine -> bare UKR (held-out 9 row 29, held-out 14 row 15) "
     "(borderline 0332 asserted, an announced commitment, as README's 'an announced contribution 0333')"),
 7: ([("back to Moldova", "042", "USA/GOV", "MDA", False, A, N, False)],
     "Blinken's turn before his meeting with Moldovan Prime Minister Gavrilita in Chisinau (6 Mar 2022; the "
     "release's title says Foreign Minister); 'I am in effect back to Moldova because this is my second visit here' "
     "= a visit under way -> 042 asserted to the destination country (README: a trip under way is 042 asserted per "
     "destination; set 225: Blinken's 'pleased to be in Estonia' a 042 to EST), 'my second visit here' the same "
     "visit, coded once (guideline: repeated mention); the 2016 visit presupposed by 'second' is stated in the next "
     "sentence, not coded here (borderline a second, historic 042)"),
 8: ([("We express our appreciation to Italy", "051", "USA/GOV", "ITA/GOV", False, A, N, False),
      ("organizing these consultations", "043", "ITA/GOV", N, False, A, N, False),
      ("agreed to set the date and venue of the next meeting", "036", "USA/GOV", N, False, A, N, False)],
     "U.S.-Europe Communiqué on Afghanistan (23 Jul 2021), issued by the US, the EU, France, Germany, Italy, NATO, "
     "Norway and the UK; 'We' -> USA/GOV (guideline names this communiqué; first set, annotations.py row 39); 'express our "
     "appreciation to Italy' = thanks -> 051 (guideline); 'for organizing these consultations' = hosting the Rome "
     "meeting of the envoys -> 043 ITA/GOV (README: thanks 'for the ongoing support' give the support its agent "
     "from the thanks; set 227: thanks to Germany 'for bringing everyone together' a 043 with no target; set 190: "
     "'for hosting the next ministerial meeting' with no target), the participants being the collapsed 'we' -> "
     "target null (borderline USA/GOV); 'agreed to set the date and venue of the next meeting through diplomatic "
     "channels' = an agreement to meet again, an intent verb stated as a fact -> 036 asserted (guideline; README: "
     "'the parties agreed to meet' is 036), the partners of that meeting being the other authors folded into 'we' "
     "-> target null (borderline one 036 each to org:EU, FRA/GOV, DEU/GOV, ITA/GOV, org:NATO, NOR/GOV and GBR/GOV, "
     "the authors the document names, under the rule that 'the parties agreed to meet' goes to each other party)"),
 9: ([("met in Paris", "040", "USA/GOV", "org:LAS", False, A, N, False),
      ("met in Paris", "040", "USA/GOV", "EGY/GOV", False, A, N, False),
      ("met in Paris", "040", "USA/GOV", "org:EU", False, A, N, False),
      ("met in Paris", "040", "USA/GOV", "FRA/GOV", False, A, N, False),
      ("met in Paris", "040", "USA/GOV", "DEU/GOV", False, A, N, False),
      ("met in Paris", "040", "USA/GOV", "IRQ/GOV", False, A, N, False),
      ("met in Paris", "040", "USA/GOV", "JOR/GOV", False, A, N, False),
      ("met in Paris", "040", "USA/GOV", "NOR/GOV", False, A, N, False),
      ("met in Paris", "040", "USA/GOV", "QAT/GOV", False, A, N, False),
      ("met in Paris", "040", "USA/GOV", "SAU/GOV", False, A, N, False),
      ("met in Paris", "040", "USA/GOV", "TUR/GOV", False, A, N, False),
      ("met in Paris", "040", "USA/GOV", "GBR/GOV", False, A, N, False)],
     "Joint Statement on the Syria Special Envoy Meeting (30 Apr 2022); 'Representatives of the Arab League, Egypt, "
     "the European Union, France, Germany, Iraq, Jordan, Norway, Qatar, Saudi Arabia, Turkey, the United Kingdom, "
     "and the United States met in Paris on April 28 to discuss Syria' = a realised multilateral meeting -> 040, a "
     "symmetric meeting coded from the document's own government (guideline) to each other named participant "
     "(guideline: compound split; set 202: one 040 from the convenor to each participant; set 229: Kerry's trip one "
     "040 per country), twelve events; the Arab League -> org:LAS, the EU -> org:EU; Paris is the venue, not a "
     "metonym; Syria is the topic (borderline one 040 with no target, the thirteen envoys as one forum)"),
 10: ([("strongly condemn", "111", "USA/GOV", "PRK/GOV", False, A, N, False),
       ("strongly condemn", "111", "KOR/GOV", "PRK/GOV", False, A, N, False),
       ("strongly condemn", "111", "JPN/GOV", "PRK/GOV", False, A, N, False),
       ("ballistic missile launches", "150", "PRK/MIL", N, False, A, N, True),
       ("commit to strengthen trilateral cooperation", "030", "USA/GOV", "KOR/GOV", False, A, N, False),
       ("commit to strengthen trilateral cooperation", "030", "USA/GOV", "JPN/GOV", False, A, N, False),
       ("underscore continued openness to meeting with the DPRK", "036", "USA/GOV", "PRK/GOV", False, A, N, False),
       ("underscore continued openness to meeting with the DPRK", "036", "KOR/GOV", "PRK/GOV", False, A, N, False),
       ("underscore continued openness to meeting with the DPRK", "036", "JPN/GOV", "PRK/GOV", False, A, N, False)],
      "Joint Statement by Blinken, FM Hayashi and FM Park (28 May 2022); the sentence names its three governments -> "
      "one event per government (README: a joint statement naming its governments is one event per government; "
      "held-out 25 row 3 'jointly condemned' split in three); 'strongly condemn' -> 111 to PRK/GOV (held-out 15 row "
      "16, 25 row 3); 'recent DPRK ballistic missile launches' -> nominal 150 PRK/MIL with no target (guideline: "
      "missile launches 150; held-out 8, 10, 15, 20: DPRK launches PRK/MIL -> null); 'commit to strengthen "
      "trilateral cooperation towards the complete denuclearization' = an intent to cooperate stated as a fact -> "
      "030 asserted (guideline), one event per pair from the document's government (held-out 15 row 9: 'committed "
      "to trilateral cooperation' 030 to KOR/GOV and JPN/GOV; held-out 14 row 33: trilateral collaboration one 030 "
      "per pair) (borderline a third 030 KOR/GOV -> JPN/GOV); denuclearization and the implementation of UNSC "
      "resolutions are the aims, not coded; 'underscore continued openness to meeting with the DPRK without "
      "preconditions' = readiness to meet stated as a fact -> 036 asserted (README: 'are prepared to engage in "
      "dialogue' 036 asserted; set 220: the US and ROK 'willing to meet without preconditions' one 036 per "
      "government to PRK/GOV; held-out 228 row 15 'reaffirmed openness to diplomacy' 036)"),
 11: ([("met today in Washington", "040", "USA/GOV", "VNM/GOV", False, A, N, False)],
      "Price on Deputy Secretary Sherman's meeting with Vietnamese Deputy FM Ha Kim Ngoc (13 May 2022); 'met today "
      "in Washington with' -> 040 (guideline), Washington the venue, not a metonym (held-out 11 row 22, held-out 12 row "
      "11: 'Washington is the venue'); 'to discuss the remarkable progress made over the years in bilateral relations between the United "
      "States and Vietnam' = the meeting's topic, not coded (held-out 5 row 33, held-out 8 row 23: topics of a "
      "meeting not coded; held-out 231 row 16: 'During the 30 years of our bilateral relationship' a time frame) "
      "(borderline a nominal 050 USA/GOV -> VNM/GOV for the improved relations, as set 230's partnership named as a "
      "topic)"),
 12: ([("These attacks", "194", N, "IRQ", False, A, N, True)],
      "Price on the attacks on the Iraqi Kurdistan Region (26 Jun 2022); 'These attacks' = 'the repeated rocket and "
      "mortar attacks directed at the Iraqi Kurdistan Region, including three attacks in Sulaimaniya ... on oil "
      "and gas infrastructure' of the sentence before, whose perpetrators the release never names -> an agentless "
      "attack noun with the victim from the context is coded with no source (README: an agentless terrorist attack "
      "is 180 with no source, one per victim country; held-out 212 and later sets: the anaphoric 'the attacks' of "
      "11 September a nominal 180 with no source to bare USA), rocket and mortar fire -> 194 (set 127: 'rocket "
      "attacks on Kabul' a nominal 194 with no source) (borderline 180 or 190, or uncoded under the guideline's "
      "anaphoric 'this aggression' and set 178's 'That attack'); the region is sub-national and the targets are "
      "infrastructure -> bare IRQ; 'designed to undermine economic stability ... challenge Iraqi sovereignty, sow "
      "division, and intimidate' are the attacks' imputed purposes, figurative or folded in, not coded separately "
      "(borderline a 130 for 'intimidate')"),
 13: ([("hosting the launch of the Indo-Pacific Economic Framework", "043", "JPN/GOV", N, False, A, N, False),
       ("another leaders’ meeting of the Quad", "036", "JPN/GOV", "org:QUAD", False, F, N, True)],
      "Blinken before his meeting with FM Hayashi in Tokyo (23 May 2022); 'you're hosting the launch of the "
      "Indo-Pacific Economic Framework' (today) = Japan hosting an event -> 043 (guideline: host/convene -> 043), "
      "'you' = Hayashi for his government -> JPN/GOV, under way -> asserted, the participants of the launch not "
      "named in the document -> target null (README: conferences hosted with no target) (borderline USA/GOV, whose "
      "President launched the Framework; the launch itself an agentless event noun, borderline a nominal 0311 "
      "from USA/GOV); 'and tomorrow, another leaders' meeting of the Quad', the object of the same 'hosting', = a "
      "meeting the host government will convene the next day -> future hosting 036 (guideline: future meet/host -> "
      "036 future; set 224: Kenya and Portugal 'will co-host' the UN Ocean Conference a future 036 to org:UN), to "
      "the Quad -> org:QUAD, nominal (README: a meeting on a day's public schedule is 036 future, nominal) "
      "(borderline 043 asserted, or uncoded as set 223's Quad meeting used as a time marker); 'that's brought home "
      "again' is an evaluation of the alliance"),
 14: ([("Participants also discussed", "040", "USA/GOV", "org:AU", False, A, N, False),
       ("U.S. investments in the health sector", "070", "USA/GOV", N, False, A, N, True)],
      "Eighth U.S.-AUC High-Level Dialogue Joint Statement (12 Mar 2022); 'Participants' = the US interagency "
      "officials and AU Commissioner Samate Cessouma of the sentence before -> 040 from the document's own government "
      "(guideline) to the African Union Commission -> org:AU (AU organs -> org:AU, set 120's Peace and Security Council); COVID-19 response efforts "
      "are the topic; 'highlighted U.S. investments in the health sector, including through PEPFAR and other "
      "programs' = realised US health assistance named with its agent -> nominal 070 (README: 'our support for Iraq' "
      "a nominal 070), 'highlighted' the speech verb, not coded (guideline) (borderline 073 as PEPFAR's HIV relief, "
      "or 071 as investment); the recipients are African countries in general, an uncoded collective -> target "
      "null (guideline) (borderline org:AU)"),
 # --- State Dept random: nocue
 15: ([], "Blinken or a fellow minister at the U.S.-India 2+2 opening (11 Apr 2022): 'So, this covers a wide range of "
          "different aspects in our relationship' = a summary of the agenda just listed, no act"),
 16: ([], "Joint Statement on the Japan-United States Clean Energy Partnership (11 Jun 2021): '(4) Decarbonization "
          "Technologies: CCUS/Carbon recycling and other abatement technologies, as well as advanced fuels' = a list "
          "item naming a cooperation area with no verb in the sentence, its frame 'Key cooperation areas under "
          "JUCEP include' lying before the cut (README: a fragment whose verb was cut away is left uncoded; set 222 "
          "coded only a list item that itself had 'to cooperate') (borderline a nominal 0311 USA/GOV -> JPN/GOV)"),
 17: ([], "Blinken at the Summit for Democracy civil society roundtable (16 Feb 2022): 'let me just highlight three "
          "parts of the plan where I think your leadership is especially important' = a speaker's announcement of "
          "his own remarks and an evaluation of the participants' role, no act between actors"),
 18: ([("is publicly designating", "172", "USA/GOV", "GTM/CVL", False, A, N, False)],
      "Designation of Guatemalan Congressperson Boris España Cáceres under Section 7031(c) (17 Jun 2021); 'the "
      "Department is publicly designating the following members of España's immediate family' = a designation whose "
      "effect the sentence before gives ('ineligible for entry into the United States') -> visa restrictions 172 "
      "(guideline; held-out 22 row 20: the Section 353 list, whose listed persons are ineligible for visas, a 172) "
      "(borderline 163 as a designation); the spouse, daughter and minor child are private persons -> GTM/CVL, one "
      "actor pair coded once (guideline; README: one sanctions action of several parts is coded once); 'In "
      "addition to España' refers to his own designation announced in the first sentence of the release, not "
      "coded again here (borderline a second 172 to GTM/LEG)"),
 19: ([("I am grateful", "051", "USA/GOV", "DEU/GOV", False, A, N, False)],
      "Blinken with FM Baerbock before their meeting (24 Jun 2022); 'I am grateful for Germany's leadership, for "
      "Annalena's leadership, for her colleagues' leadership on this issue' (food insecurity, the G7) = thanks -> "
      "051 (guideline), Germany, its Foreign Minister and her colleagues all -> DEU/GOV, one actor pair coded once "
      "(guideline); the leadership itself is a role, not a further act; 'We'll have a lot more to say about that "
      "later' is no act"),
 20: ([("high-level engagements", "040", "USA/GOV", "BGR/GOV", False, A, N, True)],
      "Release on Assistant Secretary Donfried's travel to Bulgaria (17 May 2022); 'This is the latest in a series of "
      "high-level engagements between the United States and Bulgaria' = meetings named with both parties -> nominal "
      "040 (README: a meeting noun whose name gives its participants is a nominal 040; held-out 4 row 30 'U.S.-"
      "Bahrain Strategic Dialogue'), the series being mostly past -> asserted, Bulgaria's officials -> BGR/GOV "
      "(borderline a future 036 for 'This', the announced visit of the sentences before, already coded there)"),
 21: ([("we will seek to broaden and deepen our bilateral relationship", "030", "USA/GOV", "DZA/GOV", False, F, N,
        False)],
      "Blinken's message for Algeria's National Day (5 Jul 2021); 'we will seek to broaden and deepen our bilateral "
      "relationship under the Biden Administration' = future cooperation -> 030 future (guideline: future "
      "cooperative acts get 03x; held-out 234 row 19 'look forward to continuing to advance our bilateral relationship' "
      "030 future), 'we' -> USA/GOV, the partner -> DZA/GOV; 'Our governments also have in common a strong interest in "
      "promoting regional security' is a shared interest, not an act"),
 # --- UNGDC 2020-2024 random: neg
 22: ([], "Nicaragua (2023, a message of President Ortega and Vice-President Murillo read to the Assembly; the "
          "opening quotation mark is the record's mark for the speaker's own text, set 149): 'We are the immense and "
          "invincible force of a courageous new world of peoples who do not let themselves be cut off from hope or "
          "faith, and who ... demand respectful cooperation, solidarity and human fraternity' = 'We' meaning a new "
          "world of peoples, an uncoded collective, and a demand with no addressee (README: demands between "
          "uncoded collectives and calls with no addressee uncoded) (borderline a generic 100 NIC/GOV with no "
          "target, under set 133's 'We nations of South America' coded for the speaker only); 'do not let "
          "themselves be cut off from hope' is figurative resolve, no negated event"),
 23: ([], "Bosnia and Herzegovina (2021): 'accession to the Universal Declaration of Human Rights does not impose a "
          "direct legal obligation on acceding countries' = a legal statement about a text, its acceding countries "
          "an open class; the rest evaluates the Declaration as a system of values, no act"),
 24: ([], "Belize (2023): 'The 0.7 per cent official development assistance/ gross national income target first "
          "agreed in 1970 has never been met' = an aid target agreed by unnamed parties and never fulfilled by "
          "an uncoded collective (the donor countries) toward uncoded recipients, null-null (held-out 108 row 5 "
          "and 116 row 4: the 0.7 per cent commitment 'not always respected' and 'not been fulfilled', uncoded; held-out 54-61: "
          "acts between uncoded collectives) (borderline a negated 071 with no source and no target, or an "
          "agentless 057 from org:UNGA for the 1970 agreement)"),
 # --- UNGDC 2020-2024 random: reported
 25: ([("unfairly included", "110", "BDI/GOV", "org:UNSC", False, A, N, False)],
      "Burundi (2020); 'we have always said that Burundi is unfairly included on the Security Council's agenda for "
      "political reasons and the self-interests of certain Powers' = the speaker's own standing complaint (guideline: "
      "a speaker's own past statements -> reported_by null) that the Council's treatment is unfair -> disapproval 110 "
      "(set 150: 'It is not fair that ... be penalized' the speaker's 110; set 207: 'It is not right that' a 110), "
      "habitual -> asserted, aimed at the body whose agenda it is -> org:UNSC (borderline 111, a 112 with no target "
      "for the imputed self-interest of unnamed 'certain Powers', or uncoded as a statement of position); the "
      "inclusion on the agenda itself has no CAMEO code; 'who in no way whatsoever pose a threat to international "
      "peace and security' is not coded (README: 'has never posed a threat' not coded)"),
 # --- UNGDC 2020-2024 random: future
 26: ([], "Micronesia (2023): 'It is my hope that practical action will flow from the Conference, including to "
          "support the implementation of the 2050 Strategy for the Blue Pacific Continent' = an optative hope with an "
          "inanimate subject (README: hopes about other actors' acts are optative, not coded)"),
 # --- UNGDC 2020-2024 random: demand
 27: ([], "Dominican Republic (2022): 'what is important to our countries is to consolidate a renewed "
          "multilateralism' = an abstract policy position (guideline), no act between actors"),
 28: ([], "Guatemala (2024): 'We can all contribute—and we must all do our part' = 'we' meaning all States "
          "(held-out 42/43), no codable behaviour"),
 # --- UNGDC 2020-2024 random: cue
 29: ([], "Uganda (2020): 'Addressing climate change calls for effective and bold multilateral action from all of us' "
          "= an inanimate subject of a figurative 'calls for' (held-out 101, 105: not a request by an actor), 'all of "
          "us' meaning all States"),
 30: ([("embargo imposed against Cuba", "163", N, "CUB", False, A, N, False)],
      "Trinidad and Tobago (2020); 'the economic, commercial and financial embargo imposed against Cuba' = sanctions "
      "163 (guideline), a participle, not nominal (README: 'The visa regime imposed by France' not nominal; set 211: "
      "'The comprehensive, inhumane blockade imposed on' a non-nominal 163), the speech never naming the United "
      "States -> source null (README: an embargo whose imposer the speech never names has no source; held-out 228 "
      "row 31, set 154) (borderline USA/GOV), to the bare country as in both (borderline "
      "CUB/GOV); 'we maintain that ... undermines the country's potential' is an evaluation, not coded"),
 31: ([("This occupation", "192", "ISR/GOV", "PSE", False, A, N, True)],
      "Qatar (2024); 'This occupation has taken the form of an apartheid system' = the 'settler-colonial occupation' "
      "of the Palestinians' land in the sentence before -> nominal 192 (guideline: occupy 192), its agent named in "
      "the sentences around it ('Israel's right to defend itself', 'the published ... intentions of Israeli "
      "leaders' before; 'there are those in Israel', 'the occupying Israeli authorities' after) -> ISR/GOV (set 206: "
      "acts in Jerusalem with Israel named in the sentences before and after; set 226: Turkey's 'occupation and "
      "oppression in Palestine' with Israel from the sentences after) (borderline uncoded, as set 143's occupied "
      "territories with Israel named only in the sentence before), to bare PSE (README); 'has taken the form of an "
      "apartheid system' is a characterisation, not a separate act (borderline a nominal 175 to PSE/CVL)"),
 32: ([("unhindered humanitarian access", "0863", N, "SDN/CVL", False, D, N, True),
       ("a return to civilian rule", "0834", N, "SDN/CVL", False, D, N, True)],
      "Sweden (2024) on Sudan; 'Safe, rapid and unhindered humanitarian access, an immediate ceasefire and "
      "negotiations ensuring a return to civilian rule are urgently required' = an agentless deontic -> demanded "
      "nominal events with no source (guideline: deontic without a request verb codes Y as demanded; held-out 12 "
      "row 52: agentless 'allow humanitarian access' a demanded 0863 with no source to ETH/CVL from the context; set "
      "161: 'All parties must ... allow aid to reach those in need' a demanded 0863 with no source); the access is "
      "for the displaced people of the sentence before -> 0863 to SDN/CVL; 'a return to civilian rule' = restoring "
      "civilian government -> 0834 (set 196: 'In Burma, it is imperative to restore democracy' a demanded 0834 with "
      "no source to MMR/CVL) to SDN/CVL (borderline uncoded as the negotiations' purpose, or source SDN/MIL under "
      "the junta rule); the ceasefire and the negotiations have no party named anywhere in the speech's Sudan "
      "passage -> null-null, not coded (README: acts between uncoded or unnamed parties left uncoded; set 123: "
      "Guinea-Bissau's agentless end to confrontation and negotiating process among unnamed parties uncoded) "
      "(borderline a demanded nominal 0871 and 046 to bare SDN)"),
 33: ([("valuable support of international financial institutions", "070", "org:WB", "DJI/GOV", False, A, N, True),
       ("valuable support of international financial institutions", "070", "org:IMF", "DJI/GOV", False, A, N, True),
       ("valuable support of international financial institutions", "070", "org:AFDB", "DJI/GOV", False, A, N,
        True)],
      "Djibouti (2020); 'we have also been able to rely on the valuable support of international financial "
      "institutions such as the World Bank, the IMF and the AfDB' during the COVID-19 crisis = realised support "
      "named with its agents -> nominal 070 (held-out 124 row 41: 'with the support of the World Bank' a nominal 070 org:WB; "
      "set 200: 'received a great deal of support from the United Nations' a 070), one per named institution "
      "(guideline: compound split; README: org:AFDB), to the speaker's government (guideline) (borderline 071 as "
      "financial support); 'as well as the support of friendly countries' = an uncoded collective, dropped (set "
      "200: 'all our friends' dropped beside the United Nations) (borderline a fourth 070 with no source); 'Those "
      "measures have contributed to containing the effects' is domestic"),
 34: ([], "Sudan (2021): 'Since the transitional Government was put in place in the Sudan, we have followed a foreign "
          "policy based on mutual respect and cooperation' = a foreign-policy principle with no counterpart (set 232: "
          "Mauritania's foreign-policy principles uncoded; borderline a nominal 030 with no target, as set 215), and "
          "the agentless installation of the transitional Government a time marker"),
 35: ([], "Estonia (2024): 'The preciseness and sharpness of the Pact for Future allows us to believe that the United "
          "Nations 2.0 is an idea ... capable of meeting the current challenges' = an evaluation of a UN document, "
          "no act"),
 # --- UNGDC 2020-2024 random: nocue
 36: ([], "Togo (2024): '- My vision is of an Africa that fully assumes its role as a strategic partner in shaping the "
          "new rules of global governance' = a vision, optative, about an uncoded collective, no act"),
 37: ([("express my sincere gratitude", "051", "KGZ/GOV", "CHN/GOV", False, A, N, False),
       ("express my sincere gratitude", "051", "KGZ/GOV", "RUS/GOV", False, A, N, False),
       ("express my sincere gratitude", "051", "KGZ/GOV", "KAZ/GOV", False, A, N, False),
       ("express my sincere gratitude", "051", "KGZ/GOV", "SWE/GOV", False, A, N, False),
       ("have provided us with vaccines", "073", "CHN/GOV", "KGZ/GOV", False, A, N, False),
       ("have provided us with vaccines", "073", "RUS/GOV", "KGZ/GOV", False, A, N, False),
       ("have provided us with vaccines", "073", "KAZ/GOV", "KGZ/GOV", False, A, N, False),
       ("have provided us with vaccines", "073", "SWE/GOV", "KGZ/GOV", False, A, N, False)],
      "Kyrgyzstan (2021); 'express my sincere gratitude to the leadership of China, Russia, Kazakhstan and Sweden' = "
      "thanks -> 051 (guideline), the leaderships -> each government, compound target split (guideline); 'which have "
      "provided us with vaccines as a humanitarian act' = realised vaccine donations -> humanitarian aid 073 (set 228: "
      "vaccine donations to CARICOM a 073; set 229: vaccine doses for COVAX a 073), one per donor to the speaker's "
      "government (README: thanks 'for the ongoing support' give the support its agent from the thanks); 'on a "
      "bilateral basis and within the framework of ... COVAX' names the channels, not coded (borderline a nominal "
      "050 with no target for COVAX, as set 228); 'We already have vaccines from various global manufacturers' is "
      "commercial supply, not coded"),
 38: ([("combating the most vicious of criminals", "190", "IRQ/CVL", N, False, A, N, False)],
      "Iraq (2023); 'The people of Iraq have written an immortal epic in combating the most vicious of criminals' = "
      "the fight against Da'esh, named two sentences before ('The terrorist Da'esh remains the best example') and "
      "in the sentence before ('its glorious success in fighting terrorism ... and defeating it') -> 190 (set 136: "
      "military operations against armed groups 190; set 208: the Syrian Army's 'war against terrorism' a 190), a "
      "gerund with its agent in the main clause, not nominal; 'The people of Iraq' -> IRQ/CVL as the text names "
      "them (borderline IRQ/GOV, the state that fought); Da'esh has no code -> target null (set 213: Iraq's 2014 "
      "'breaking the siege and liberating cities' a 190 with no target, ISIL having no code) (borderline IRQ/REB "
      "under the unnamed-outlaw-groups rule); 'written an immortal epic' is figurative"),
 39: ([("Pakistan has fought terrorism", "190", "PAK/GOV", "PAK/REB", False, A, N, False)],
      "Pakistan (2024); 'For two decades, Pakistan has fought terrorism boldly and successfully, defeating terrorist "
      "groups on our soil' = a sustained armed campaign -> 190 (guideline: generic military attack, war -> 190; set "
      "208), Pakistan -> PAK/GOV; the opponents are unnamed terrorist groups on its own territory -> PAK/REB "
      "(README: unnamed outlaw groups are the country's REB; set 142: unnamed terrorists that Afghan soldiers hold "
      "at bay a 190 AFG/MIL -> AFG/REB); 'defeating terrorist groups on our soil' is the same campaign and its "
      "outcome, coded once (guideline: repeated mention) (borderline a second 190, or target null for 'terrorism' "
      "as an abstract foe); the Markdown asterisks are part of the record's text"),
 40: ([], "Pakistan (2022): 'And now we are living through an unprecedented monster monsoon' = a natural disaster, no "
          "act between actors"),
}
