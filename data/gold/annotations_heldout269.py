"""Hand annotations for the TWO-HUNDRED-AND-SIXTY-NINTH held-out event gold set (source of events-heldout269.jsonl).

Keyed by the row index of selection-heldout269.jsonl (output of select_statement_sentence_heldout.py 269; rows 0-18
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 19-33
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
    python3 data/gold/build_events.py --selection selection-heldout269.jsonl \\
        --annotations annotations_heldout269 --output events-heldout269.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("the first visit by a Secretary of State to Fiji", "036", "USA/GOV", "FJI", False, F, N, True)],
     "Announcement of Blinken's trip to Australia, Fiji and Hawaii (4 Feb 2022) -> USA/GOV; 'This will be the first "
     "visit by a Secretary of State to Fiji since 1985' = the announced stop in Fiji (the meeting with Prime Minister "
     "Bainimarama in the sentence before), a visit noun with its agent 'by a Secretary of State', still to come -> "
     "future nominal 036 to the bare destination (README choices: an announced trip is 036 future; set 263 row 20: "
     "Blinken's 'upcoming travel to Fiji' a future nominal 036 to bare FJI; set 266 row 2: 'his visit to Israel' a "
     "future nominal 036 to bare ISR) (borderline FJI/GOV for the meeting it serves, already coded in the sentence "
     "before); 'since 1985' is a time marker and the 1985 visit it presupposes is not coded (borderline a historic "
     "042 USA/GOV -> FJI)"),
 1: ([("will engage in discussions", "036", "USA/GOV", "org:G20", False, F, N, False),
      ("will engage in discussions", "036", "USA/GOV", N, False, F, N, False)],
     "Release on Acting PDAS Woodward's travel to Rome (26 July 2021) -> USA/GOV; 'At the G20 Culture Ministerial, the "
     "Acting Principal Deputy Assistant Secretary will engage in discussions with senior cultural officials and "
     "representatives of international organizations' = announced meetings -> 036 future (guideline: future "
     "meetings 036); the senior cultural officials at the G20 ministerial are the G20 members' delegations -> "
     "org:G20 (set 265: 'attending G20-related engagements' a future 036 -> org:G20; set 225: 'the discussion that "
     "we had' at the G20 a 040 -> org:G20), and the representatives of unnamed international organizations give a "
     "second future 036 with no target (set 262: the staff of unnamed organisations a second future 036 with no "
     "target) (borderline one 036 with no target, as held-out 266 row 0's 'discussions with senior leaders from "
     "governments, nonprofit organizations, and the private sector'); 'on related U.S. priorities' is the topic"),
 # --- State Dept random: cue
 2: ([("the brutal Russian invasion of Ukraine", "192", "RUS/MIL", "UKR", False, A, N, True)],
     "Blinken's Bahamas Independence Day message (10 July 2022); 'Our nations face challenging times as we grapple "
     "with the COVID-19 pandemic' = circumstances, no act; 'the effects of the brutal Russian invasion of Ukraine' = "
     "an invasion noun with its agent -> nominal 192 (guideline: invade 192; 'Russia's invasion' nominal) RUS/MIL -> "
     "bare UKR (set 265: Uruguay's 'despite the Russian invasion' a nominal 192 RUS/MIL -> bare UKR; set 251: 'since "
     "Russia launched its ... invasion' 192 RUS/MIL) (borderline RUS/GOV, as set 264's Austria row); 'which has "
     "produced chaos in global food and energy markets' is an outcome with no act"),
 3: ([("press for accountability and justice", "1013", "USA/GOV", N, False, D, N, False),
      ("press for the release", "1053", "USA/GOV", N, False, D, N, False)],
     "Joint Statement on Syria of the Brussels meeting (13 May 2022), the header naming twenty delegations but the "
     "sentence only 'We' -> USA/GOV (held-out 8 row 12, the same statement: 'We also urged continued support' from "
     "USA/GOV; set 250: a joint statement naming no government in its sentence coded once from USA/GOV) (borderline "
     "one event per named delegation); 'underscored the need to continue to press for' = a stated need for the "
     "speakers' own continued requests -> demanded requests (README choices: 'the Security Council has a special "
     "responsibility to call for' a demanded request; set 118: 'moral obligation to demand' a demanded 1056) "
     "(borderline asserted, the statement itself voicing the demands); 'press for accountability and justice for the "
     "atrocities perpetrated in Syria' = a demand for justice -> 1013 (README choices: a demand for justice after "
     "attacks is 1013; set 256: 'Civil society's call for justice and accountability' a 1013 with no target), the "
     "perpetrators unnamed in the document -> target null; 'press for the release of the arbitrarily detained and a "
     "full accounting of the missing' = one request whose first and most specific demand is a release -> 1053 "
     "(guideline; set 154: one appeal with several demands coded from its first), the detainers never named -> target "
     "null (borderline SYR/GOV from outside knowledge); the agentless 'atrocities perpetrated in Syria' and 'the "
     "arbitrarily detained' are not coded (set 142: 'the atrocities in the former Yugoslavia and Rwanda' uncoded; set "
     "251: inside requests the agentless 'those unjustly detained' uncoded) (borderline a nominal 200 with no source "
     "to SYR/CVL)"),
 4: ([("We stand in solidarity with people in Hong Kong", "051", "USA/GOV", "HKG/CVL", False, A, N, False),
      ("reinforce their calls", "1043", "USA/GOV", "HKG/GOV", False, A, N, False),
      ("reinforce their calls", "1043", "USA/GOV", "CHN/GOV", False, A, N, False),
      ("their calls for their promised freedoms to be reinstated", "1043", "HKG/CVL", "HKG/GOV", False, A, N, True),
      ("their calls for their promised freedoms to be reinstated", "1043", "HKG/CVL", "CHN/GOV", False, A, N, True)],
     "Blinken's statement 'Hong Kong 25 Years After Handover' (30 June 2022); 'We stand in solidarity with people in "
     "Hong Kong' -> 051 (README choices: 'stand with' is 051 throughout; set 264: 'offered steadfast solidarity with "
     "the Ukrainian people' a 051 to UKR/CVL), Hong Kong residents -> HKG/CVL (README choices); 'reinforce their calls "
     "for their promised freedoms to be reinstated' = echoing another's call -> the speaker's own request plus the "
     "call itself as a nominal request of its authors (README choices: 'we echo the Secretary-General's call'), Y = "
     "restoring freedoms -> rights 1043 (set 244: speaking out for the rights guaranteed to the people in Hong Kong a "
     "1043); the addressees, unnamed in the sentence, are taken from the document, which names 'Hong Kong and Beijing "
     "authorities' together as the ones who stopped viewing fundamental freedoms as part of the framework -> split "
     "into HKG/GOV (held-out 21 and set 229: Hong Kong authorities HKG/GOV) and CHN/GOV (guideline: a missing "
     "participant from the context; compound split) (borderline CHN/GOV only, as set 244, or target null as a call "
     "with no addressee); the attributive 'promised', whose promiser the document never names ('what they have been "
     "promised'), is not coded (set 263: an agentless participle whose agent the document never names uncoded) "
     "(borderline a 0343 CHN/GOV -> HKG/CVL, as set 244's 'guaranteed')"),
 5: ([("we have something very powerful called Article 5", "130", "USA/GOV", "RUS/GOV", False, A, N, False)],
     "Blinken on NBC Nightly News (25 Feb 2022), answering whether Russia could 'directly threaten NATO countries'; "
     "'we have something very powerful called Article 5 – an attack on one is an attack on all' = a deterrent "
     "warning, a statement of resolve asserted as such (guideline: a threat, warning or statement of resolve is an "
     "asserted 130; set 231: NATO's 'reaffirmed that a cyber attack could trigger Article V' an asserted 130), the "
     "speaker's 'we' -> USA/GOV (guideline) (borderline org:NATO), aimed at Russia, taken from the question and the "
     "next sentence ('Russia knows that') -> RUS/GOV (guideline: a missing participant from the context) (borderline "
     "target null, as set 231; a 0334 USA/GOV -> org:NATO as a defence commitment, as set 232's 'committed to "
     "defending every single inch of NATO territory'; or uncoded as a principle, as sets 255 and 266 left 'As Allies, "
     "we defend against threats'); 'when it comes to threatening NATO countries' restates the question's topic and is "
     "not coded (borderline a hypothetical 130 RUS/GOV -> org:NATO), and the treaty formula 'an attack on one is an "
     "attack on all' has no agent (borderline a hypothetical 190 with no source -> org:NATO)"),
 6: ([("The United States welcomes the release by Azerbaijan", "051", "USA/GOV", "AZE/GOV", False, A, N, False),
      ("the release by Azerbaijan of 15 Armenian detainees", "0841", "AZE/GOV", "ARM/CVL", False, A, N, True)],
     "Blinken's statement welcoming actions by Armenia and Azerbaijan (12 June 2021); 'welcomes' -> 051 (guideline) "
     "to the releasing government, AZE/GOV (README choices: welcoming several developments is 051 to each named "
     "party, the developments coded too; welcoming a release codes the release, 0841); 'the release by Azerbaijan of "
     "15 Armenian detainees' = a realised release with its agent -> nominal 0841 AZE/GOV -> ARM/CVL, the detainees "
     "not described as soldiers in the document (borderline ARM/MIL, set 239 row 4's borderline for the remaining "
     "Armenian detainees), 'and their return to their families in Armenia' folded into the release (borderline a "
     "second event); the detention named only through the agent noun 'detainees' is not coded (set 239 row 4)"),
 7: ([("thank you for honoring us", "051", "org:OIC", "USA/GOV", False, A, N, False),
      ("for hosting us", "043", "USA/GOV", "org:OIC", False, A, N, False)],
     "Blinken and OIC Secretary General Taha before their meeting (25 May 2022), Taha's turn -> org:OIC (README "
     "choices: org:OIC); 'Mr. Secretary, thank you for honoring us' -> thanks 051 (guideline) to USA/GOV; 'and for "
     "hosting us in this high place of American diplomacy' = the State Department receiving the OIC delegation -> "
     "043 USA/GOV -> org:OIC (README choices: 'for receiving us' is hosting, 043; set 224: Blinken welcoming a council "
     "to the State Department a 043), asserted as the meeting is under way (borderline a nominal 042 org:OIC -> bare "
     "USA, under the README's 'a guest thanking for the welcome codes 051 and a nominal 042 visit'); 'honoring us' is "
     "folded into the thanks"),
 8: ([("strong bipartisan funding support from Congress", "051", "USA/LEG", "USA/GOV", False, A, N, True),
      ("looks forward to continuing this important work", "030", "USA/GOV", N, False, F, N, False)],
     "Release on the 'To Walk the Earth in Safety' report (4 Apr 2022); 'Thanks to strong bipartisan funding support "
     "from Congress' = Congress's backing of the conventional weapons destruction programme -> nominal 051 USA/LEG -> "
     "USA/GOV, following set 259 row 5 ('bipartisan support ... from the U.S. Congress' a nominal 051 USA/LEG -> "
     "USA/GOV) (borderline 071 for the funding, or uncoded as a domestic appropriation, as set 244's U.S. funding "
     "lines for its own agencies); 'the Department of State looks forward to continuing this important work with "
     "other donor countries, those impacted by conflict, and the brave men and women who work in the field' = 'look "
     "forward to' + continued cooperation -> 030 future (set 267 row 8: 'looks forward to working with the new "
     "administration' 030 future; README choices: 'hope that we can work together' 030 future), the partners all "
     "uncoded collectives or unnamed persons -> target null (set 220: 'working with all of you' a future 030 with no "
     "target); 'to secure at-risk weapons ... and clear landmines' is the work's purpose, no act between actors"),
 9: ([("exchanged views", "040", "USA/GOV", "IDN/GOV", False, A, N, False),
      ("can collaborate", "030", "USA/GOV", "IDN/GOV", False, F, N, False),
      ("G20 host year", "043", "IDN/GOV", "org:G20", False, A, N, True)],
     "Readout of Blinken's meeting with FM Retno (15 May 2022); 'the Secretary and Foreign Minister Retno exchanged "
     "views' = discussion -> 040 (guideline: discuss 040), symmetric, from the document's government; 'on how our "
     "two countries can collaborate to ensure Indonesia has a successful G20 host year' = prospective cooperation "
     "named as the subject of the exchange -> 030 future (set 248: 'opportunities to deepen cooperation' a future "
     "030; set 224: 'how we can effectively channel our resources to support' a future 070) (borderline uncoded as a "
     "deliberative topic, as set 235's 'what we can do to continue to support them' and set 242's topics); 'Indonesia "
     "has a successful G20 host year' = Indonesia's G20 presidency under way in 2022 -> an asserted nominal 043 "
     "IDN/GOV -> org:G20 (set 266: 'Thailand progresses with its 2022 APEC host year' a nominal 043 from THA/GOV; "
     "README choices: org:G20), the success being the aim (borderline uncoded inside a purpose clause, or a time "
     "marker as set 223)"),
 10: ([("provided COVID-19 vaccines", "073", "USA/GOV", "TGO", False, A, N, False),
       ("in partnership with COVAX", "050", "USA/GOV", N, False, A, N, True),
       ("provided training", "072", "USA/GOV", "TGO/MIL", False, A, N, False),
       ("provided training", "070", "USA/GOV", "TGO/CVL", False, A, N, False),
       ("provided vocational training to women and youth", "070", "USA/GOV", "TGO/CVL", False, A, N, False),
       ("supported democratic progress", "070", "USA/GOV", "TGO", False, A, N, False),
       ("facilitated robust health", "070", "USA/GOV", "TGO", False, A, N, False)],
      "Blinken's Togo National Day message (27 Apr 2022), a list of U.S. assistance to Togo 'Over the past year', each "
      "item's recipient taken from the message (guideline: a missing participant from the context); 'provided "
      "COVID-19 vaccines' -> 073 to bare TGO (set 231: 'donating 2 million Pfizer vaccine doses to Peru' a 073 to bare "
      "PER); 'in partnership with COVAX' -> nominal 050 with no target (set 228: 'in partnership with COVAX' a nominal "
      "050 with no target) (borderline org:WHO); 'provided training to Togolese security forces and community groups "
      "to enhance their response to terrorist threats' = training, split by recipient: for the security forces "
      "military aid 072 -> TGO/MIL, following PETRARCH's CAMEO dictionary (TRAIN * FORCES [072]; {&MILITARY "
      "TRAINING} [:072]), for the community groups general aid 070 -> TGO/CVL (borderline one 070 for both, or one 072 "
      "for both); 'provided vocational training to women and youth' -> a second 070 -> TGO/CVL, a separate act "
      "(borderline folded into one 070 per pair); 'supported democratic progress', in a list of programmes, -> "
      "material 070 to bare TGO (borderline verbal 051, the README's known 'support' borderline); 'facilitated robust "
      "health, Peace Corps, and ... PEPFAR programming' = one aid noun covering several kinds -> one 070 to bare TGO "
      "(README choices: one aid noun covering several kinds is one 070) (borderline 073 for the health part); "
      "'terrorist threats in the region' is a risk (guideline)"),
 11: ([("discussed", "040", "USA/GOV", "ISR/GOV", False, A, N, False),
       ("unjustified attack by Russia’s military forces", "190", "RUS/MIL", "UKR", False, A, N, True),
       ("unjustified attack by Russia’s military forces", "190", "RUS/MIL", "UKR/CVL", False, A, N, True)],
      "Readout of Blinken's call with FM Lapid (24 Feb 2022); 'The Secretary and Foreign Minister discussed' -> 040 "
      "(guideline), symmetric, from the document's government to ISR/GOV; 'the premeditated, unprovoked, and "
      "unjustified attack by Russia's military forces on Ukraine and its people' = an attack noun with its agent, "
      "named as the topic -> nominal 190 (guideline: generic military attack 190), the armed forces named -> RUS/MIL "
      "(guideline), the compound target split into bare UKR (guideline: bare country as target of an invasion) and "
      "its people, UKR/CVL (guideline: one event per actor) (borderline 192 for the invasion of 24 Feb, or bare UKR "
      "only, the people folded in)"),
 # --- State Dept random: nocue
 12: ([("Together we can ensure", "030", "USA/GOV", "PER/GOV", False, H, N, False)],
      "Blinken's congratulations to Peru's President-Elect Castillo (20 July 2021); 'Together we can ensure that "
      "democracy delivers greater opportunities to our countries' citizens' = joint work of the two governments "
      "stated as a possibility -> 030 (set 267 row 14: 'our two countries will strive to ensure a more peaceful ... "
      "region' a 030 future), 'can' read as a capability -> hypothetical (set 220: 'we can help out each other' "
      "hypothetical 070s), the incoming Castillo administration of the sentences before -> PER/GOV (README choices: "
      "a president-elect is the incoming government) (borderline future, as set 267 row 14, or uncoded as an abstract "
      "goal); held-out 24 row 19 coded this document's 'Cooperation between the United States and Peru'"),
 13: ([("will continue to track reports of war crimes", "094", "USA/GOV", "RUS/MIL", False, F, N, False),
       ("will share information we gather", "064", "USA/GOV", N, False, F, N, False)],
      "Blinken's statement 'War Crimes by Russia's Forces in Ukraine' (23 Mar 2022); 'The U.S. government will "
      "continue to track reports of war crimes' = continued gathering of evidence on war crimes -> 094 (README "
      "choices: an investigation of war crimes 094; set 227: the Myanmar mechanism that 'has collected ... evidence' a "
      "094), future as an investigative act keeps its own code (guideline), the suspects from the text before "
      "('members of Russia's forces have committed war crimes') -> RUS/MIL (borderline uncoded, as set 250's 'try to "
      "learn more about'); the war crimes are the object of the tracking, not coded again; 'will share information "
      "we gather with allies, partners, and international institutions and organizations' = information sharing -> "
      "064 (CAMEO: share intelligence or information), a future material cooperative act keeping its own code "
      "(guideline; README choices: 'we will continue support' 070 future), the recipients uncoded collectives -> "
      "target null (borderline 0314 future, as set 200's 'exchange and sharing of information')"),
 14: ([("We spoke out", "111", "USA/GOV", N, False, A, N, False)],
      "Blinken's Pride Month statement (1 June 2022), listing the Department's past year; 'We spoke out when LGBTQI+ "
      "persons were the victims of hate crimes' = public denunciation of the crimes -> 111 (guideline: denounce 111), "
      "habitual -> asserted, the perpetrators unnamed -> target null (README choices: condemning attacks by unnamed "
      "perpetrators is the speaker's 111 with no target) (borderline an uncoded 01x statement, as sets 253 and 260 "
      "left 'registered concerns'); the hate crimes have no agent and no victim country -> not coded (held-out 25 row "
      "32, the same statement: violence by unnamed perpetrators uncoded)"),
 15: ([], "Blinken's Lithuania National Day message (16 Feb 2022): 'We also stand together in defending our values and "
          "economies against attempts to undermine the international rules-based order' = mutual solidarity of allies "
          "and defence against agentless 'attempts' -> not coded, following set 255 ('As NATO Allies, we stand "
          "together' uncoded), set 263 ('stand together' mutual solidarity uncoded) and set 266 ('we defend against "
          "threats' uncoded) (borderline a symmetric 051 or 050 USA/GOV -> LTU/GOV)"),
 16: ([("I am authorizing our fourteenth drawdown of arms and equipment", "072", "USA/GOV", "UKR", False, A, N,
        False)],
      "Blinken's statement on $820 million in new military assistance for Ukraine (1 July 2022); 'I am authorizing "
      "our fourteenth drawdown of arms and equipment from U.S. Department of Defense inventories for Ukraine's "
      "self-defense ... of up to $50 million' = military aid -> 072 (held-out 13 and 14: security assistance to "
      "Ukraine 072; set 225: the drawdown a nominal 072 USA/GOV -> UKR), carried by the finite 'am authorizing' and "
      "so not nominal, to bare UKR; 'a delegation of authority from the President' is internal; 'Ukraine's "
      "self-defense' is the aid's purpose (borderline a nominal 190 bare UKR -> RUS/MIL)"),
 17: ([("Blinken spoke today with EU High Representative Josep Borrell", "040", "USA/GOV", "org:EU", False, A, N,
        False)],
      "Readout of Blinken's call with Borrell (24 Feb 2022); the splitter cut the subject 'Secretary of State Antony J.' "
      "before 'Blinken', who remains in the sentence; 'spoke ... with' = a call -> 040 (guideline: consult 040), the "
      "EU High Representative -> org:EU"),
 18: ([("thanked Vice Foreign Minister Cho", "051", "USA/GOV", "KOR/GOV", False, A, N, False),
       ("their shared commitment to pursuing the complete denuclearization", "030", "USA/GOV", "KOR/GOV", False, A,
        N, True),
       ("the importance of unified action", "050", "USA/GOV", "KOR/GOV", False, D, N, True),
       ("its unprovoked and brutal war against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "Readout of Deputy Secretary Sherman's call with First Vice FM Cho (18 May 2022) -> USA/GOV; 'thanked' -> 051 "
      "(guideline) to KOR/GOV; 'for their shared commitment to pursuing the complete denuclearization of the Korean "
      "Peninsula' -> one nominal 030 USA/GOV -> KOR/GOV, following set 241 (Sherman's 'shared commitment to the "
      "complete denuclearization' with two ROK officials one nominal 030 -> KOR/GOV) (borderline uncoded, as held-out "
      "19); 'affirmed the importance of unified action to hold Russia accountable' = a deontic on joint action "
      "('importance' -> demanded, guideline) -> demanded nominal 050 USA/GOV -> KOR/GOV, following set 246 ('the "
      "importance of continued close coordination in urging Russia' a demanded nominal 050 per partner) (borderline "
      "uncoded, its content 'hold Russia accountable' having no CAMEO act, sets 230, 231 and 248); 'its unprovoked and "
      "brutal war against Ukraine' = a war noun with its agent -> nominal 190 RUS/GOV -> bare UKR (set 247: 'President "
      "Putin's war of choice' a nominal 190 RUS/GOV -> UKR; set 255)"),
 # --- UNGDC 2020-2024 random: future
 19: ([("demand stability and development in Haiti", "100", "DOM/GOV", "HTI", False, F, N, False)],
      "Dominican Republic (2024); 'As long as my country's national security is at stake, I will continue to demand "
      "stability and development in Haiti' = a continued request -> future (set 173: 'we shall never stop calling for' "
      "a future 1056; set 180: 'will continue to advocate for' a future 102), Y stability and development having no "
      "specific sub-code -> generic 100, the addressees being the unnamed 'countries most involved in Haiti's crisis' "
      "of the sentence before, so the request goes to the country it concerns, bare HTI (set 217: 'We call for the "
      "restoration of peace in all those areas' one request per bare country) (borderline 107 for stability, or target "
      "null); 'national security is at stake' is a risk (guideline)"),
 # --- UNGDC 2020-2024 random: demand
 20: ([], "Bahrain (2022): 'we must do everything in our power to resolve conflicts or disputes before they turn "
          "violent' = 'we' meaning all States (held-out 42/43), a norm with no named party; held-out 21 row 62 left the "
          "same speech's call for international cooperation uncoded"),
 21: ([], "Afghanistan (2020): 'The future must hold, to quote the preamble of the Universal Declaration of Human "
          "Rights, \"recognition of the inherent dignity ...\"' = an abstract aspiration quoting a text, no actor "
          "(guideline: abstract policy positions not coded; set 257: a quotation of the Universal Declaration uncoded)"),
 # --- UNGDC 2020-2024 random: cue
 22: ([], "Guinea-Bissau (2024): warming and rains 'exposing more than 170 million people to the threat of malaria' = a "
          "risk with no political actor (guideline: 'threat to all of us' = risk, not coded)"),
 23: ([], "Cuba (2022): 'The human damage caused by such a policy to all Cuban families ... is enormous, cruel and "
          "immoral' = an evaluation of results (guideline: evaluative adjectives not coded); the anaphoric 'such a "
          "policy' (the U.S. pressure and blockade of the sentences before) has no agent in the sentence and is not "
          "coded (guideline: 'this aggression' not coded; set 267 row 10: 'This designation' uncoded) (borderline a "
          "nominal 163 USA/GOV -> bare CUB, as set 222 coded the anaphoric 'This war')"),
 24: ([("calls for the relevant parties to resume dialogues", "106", "LAO/GOV", "ISR/GOV", False, A, N, False),
       ("calls for the relevant parties to resume dialogues", "106", "LAO/GOV", "PSE/GOV", False, A, N, False)],
      "Lao PDR (2021); 'once again calls for the relevant parties to resume dialogues and mutual trust building for "
      "solving the issue' = one request (guideline), Y = resumed dialogue -> 106 (guideline: negotiations 106; set "
      "246: 'We call for intensified talks' a 106), 'mutual trust building' folded in; the parties resolved from the "
      "sentence before ('The prolonged Israeli-Palestinian conflict ... for the Palestinian and Israeli') -> one 106 "
      "each to ISR/GOV and PSE/GOV (guideline: a missing participant from the context; compound split) (borderline "
      "107, or bare ISR and PSE, as set 219's never-named parties went to bare UKR); 'aimed at accomplishing the "
      "establishment of two sovereign states' is a two-State-solution position, not coded (sets 201 and 248)"),
 25: ([("We encourage them to provide the necessary assistance", "103", "TTO/GOV", "org:UN", False, A, N, False)],
      "Trinidad and Tobago (2022); 'We encourage them to provide the necessary assistance to quell the ongoing and "
      "devastating gang violence and to urgently improve the humanitarian situation in that beautiful country' = a "
      "request (guideline: encourage -> 10x), 'them' being 'the United Nations system and the international donor "
      "community' of the sentence before (guideline: a missing participant from the context) -> org:UN, the donor "
      "community an uncoded collective dropped from the compound (set 209: Oman's 'the United Nations and the "
      "parties sponsoring the peace process' a 108 to org:UN only), Y = assistance -> 103 (borderline 1033 for the "
      "humanitarian part, or 1032 for quelling violence, the assistance being one noun with two purposes); the gang "
      "violence in Haiti is by unnamed gangs, which have no code (held-out 48 row 34: unnamed gangs null), and is not "
      "coded (borderline a nominal 180 with no source to bare HTI)"),
 26: ([("Finland wholeheartedly supports its implementation", "051", "FIN/GOV", "org:UN", False, A, N, False)],
      "Finland (2022); 'It really is our common agenda, and Finland wholeheartedly supports its implementation' = "
      "support for the Secretary-General's report Our Common Agenda (sentence before) -> 051 (guideline: express "
      "support 051) to its author, org:UN (README choices: supporting a UN plan or the Secretary-General is 051 to "
      "org:UN; set 204: San Marino's support for 'the Secretary-General's reform agenda' a 051 to org:UN) (borderline "
      "uncoded as a UN-reform position)"),
 27: ([], "Thailand (2023): 'determined to deliver on our pledge — 40 per cent of greenhouse-gas emissions reduction by "
          "2040 ...' = a domestic climate commitment with no counterpart (set 146: Kiribati's commitment to the Paris "
          "Agreement uncoded; set 263: the Paris Agreement commitment uncoded) (borderline a 030 with no target)"),
 28: ([], "Slovakia (2021): 'That at least, some of you can meet in person after two complicated pandemic years fills me "
          "with some optimism' = a sentiment about the delegates' attendance, 'you' meaning the Member States in "
          "general (set 240: Estonia's 'we have not been able to meet together' uncoded)"),
 # --- UNGDC 2020-2024 random: nocue
 29: ([], "Uruguay (2021): pandemic results that 'differed from country to country, although some implemented similar "
          "measures' = domestic measures of unnamed countries, no act between actors"),
 30: ([("Pakistan will work diligently and actively with all Member States", "030", "PAK/GOV", N, False, F, N,
        False)],
      "Pakistan (2023); 'will work diligently and actively with all Member States to realize those vital elements of "
      "a new. equitable and peaceful world order' = a future cooperative act -> 030 future (guideline: future "
      "cooperative acts get 03x), 'all Member States' an uncoded collective -> target null (set 220: 'working with all "
      "of you' a future 030 with no target; set 119: resolve to participate a 030 with no target) (borderline "
      "uncoded as an abstract aim for the world order); held-out 7 row 86 coded another sentence of this speech"),
 31: ([("to stand alongside the Kingdom of Saudi Arabia", "051", "BHR/GOV", "SAU/GOV", False, A, N, False)],
      "Bahrain (2020); 'we underline the firm approach of our country to stand alongside the Kingdom of Saudi Arabia "
      "on all positions and in all circumstances' = standing policy of support -> 051 (README choices: 'stand with' "
      "is 051 throughout), the Kingdom -> SAU/GOV, habitual and asserted; 'underline' is the statement verb, not coded "
      "(borderline 050 for the alignment of positions)"),
 32: ([], "Suriname (2023): 'I want to assure the international community that my Government is committed to remaining "
          "a carbon-negative country' = an assurance to an uncoded collective about a domestic environmental policy "
          "(guideline: abstract policy positions not coded; set 263: the Paris Agreement commitment uncoded) "
          "(borderline a 030 with no target)"),
 33: ([], "Monaco (2020): 'these advances have also been accompanied by an explosion of cyberattacks' = agentless "
          "cyberattacks with no named victim (set 216: Kazakhstan's agentless hacker attacks with no named victim "
          "uncoded) (borderline a nominal 170 null -> null)"),
}
