"""Hand annotations for the TWO-HUNDRED-AND-TWENTY-FIFTH held-out event gold set (source of events-heldout225.jsonl).

Keyed by the row index of selection-heldout225.jsonl (output of select_statement_sentence_heldout.py 225; rows come
from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, and from
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
    python3 data/gold/build_events.py --selection selection-heldout225.jsonl \\
        --annotations annotations_heldout225 --output events-heldout225.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([("our sanctions and export controls against Russia", "163", "USA/GOV", "RUS", False, A, N, True)],
     "G7 Foreign Ministers' statement (2022-05-14) -> 'We' = USA/GOV (guideline: 'we' in State Dept releases, also "
     "in joint statements; held-out sets 3-5: G7 statements -> USA/GOV); 'our sanctions and export controls against "
     "Russia' = an event noun with its agent 'our' -> nominal 163 to the bare country (earlier sets: G7 'adopted "
     "... sanctions' USA/GOV -> RUS), sanctions and export controls one action of several parts coded once "
     "(README choices); 'do not and will not target essential exports of food and agricultural inputs to "
     "developing countries' limits the scope of the sanctions, a negation bearing on what they cover, not on the "
     "sanctioning itself (set 144: 'will not fully involve' a matter of degree; set 182: the negation bearing on "
     "the degree) -> no negated event (borderline a negated 163 with target null for the developing countries, "
     "present and future); 'include measures to avoid any negative consequences' is not a CAMEO act"),
 1: ([("agree with the Israelis", "051", "USA/GOV", "ISR/GOV", False, H, N, False)],
     "journalist's question at the 18 July 2022 briefing ('you' = the Department -> USA/GOV); agreeing with the "
     "Israelis' assessment that six Palestinian NGOs are terrorist fronts = endorsing another government's position "
     "-> 051 (README: 'I agree with Merkel that ...' 051; set 144: 'We agreed with' two leaders a 051 per "
     "government), inside 'if you do or if you do not' -> hypothetical (guideline: acts inside an if-clause); the "
     "two branches of the whatever-conditional are one open act, coded once, not negated (borderline a second, "
     "negated hypothetical 051, or uncoded as an assessment of evidence); 'will you be putting out something to "
     "that effect' = a public statement, 01x, not coded"),
 2: ([], "journalist's question to Blinken (Kuwait, 2021-07-29): 'haven't you failed to give them a good reason to get "
         "them back to the negotiating table?' = giving Iran a 'reason' (an incentive) is no CAMEO act in itself, so "
         "'failed to' negates nothing codable (guideline: plain negation keeps an event verb's own code; here there "
         "is none); 'With trying to get them back into the nuclear deal' is the US effort named only as a "
         "circumstance (borderline a presupposed asserted 1042/106 USA/GOV -> IRN/GOV for 'trying to get them "
         "back', or a negated 0354 question reading 'a good reason' as the sanctions relief of the sentence before)"),
 3: ([], "G7 Ministers' statement on the UNGASS against corruption: 'it is critical that we do not let corruption "
         "threaten our efforts' = a deontic whose Y (not letting corruption undermine recovery) is no behaviour "
         "between actors; 'threaten' with 'corruption' as subject is figurative (guideline: 'threat to all of us' = "
         "risk); 'we' here is the G7 with all states working on the 2030 Agenda, not coded"),
 # --- State Dept random: capital
 4: ([], "Price on Blinken's India trip: 'had an opportunity to visit the embassy in New Delhi and to thank ... the "
         "American diplomats ... but also the Indian nationals who are so important ... to our mission' = a visit to "
         "the Secretary's own embassy and thanks to its staff, locally employed Indian nationals included -> "
         "internal, not coded (held-out sets 4-25: 'Blinken thanks embassy staff: internal'); New Delhi is a place, "
         "not a metonym (guideline); borderline a 051 USA/GOV -> IND/CVL for the Indian nationals, and the India "
         "trip itself (a 042 USA/GOV -> IND) is named only in the text before ('his trip to India last week')"),
 5: ([("the visit of the federal chancellor in Washington", "036", "DEU/GOV", "USA", False, F, N, True)],
     "FM Maas at the joint press availability (2021-06-23); 'the visit of the federal chancellor in Washington' = "
     "Merkel's announced July 2021 visit, an event noun whose agent is named ('the federal chancellor' -> DEU/GOV) "
     "-> nominal 036 future (README: an announced trip is 036 future; held-out sets: the same visit coded 'Merkel "
     "visits Washington' 036 DEU/GOV -> USA future, there reported by DEU/MED because a journalist asked it; here "
     "the German government's own voice, reported_by null), target the country visited (guideline: visit -> 042 to "
     "the country); Washington is the venue, not a metonym; 'would be a suitable timeline' bears on the timing of "
     "the Nord Stream 2 talks, not on the visit; 'we cannot make it contingent' is no act"),
 # --- State Dept random: reported
 6: ([("this will end at the negotiating table", "036", "UKR/GOV", "RUS/GOV", False, F, "UKR/GOV", False)],
     "NATO Secretary General Stoltenberg (the speaker, org:NATO) relays Zelenskyy: 'this has also been clearly stated "
     "by President Zelenskyy that at some stage this will end at the negotiating table' = a future negotiation "
     "between the war's parties (Russia's invasion of Ukraine, the text before) -> future cooperative act -> 036 "
     "future (guideline: future meet/negotiate -> 036), from Zelenskyy's government to Russia's, reported_by UKR/GOV "
     "(guideline: the claim of X in 'stated by X that ...'); Zelenskyy is himself a party, so the prediction is his "
     "government's stated course rather than a hope about another actor (set 188: 'We trust that an understanding "
     "will be reached with the United Nations' a future 030, the speaker being a party; set 202 likewise; "
     "borderline uncoded, as set 123's confident prediction, or a future nominal 046); 'almost all wars end at some "
     "stage at the negotiating table' is a generalisation, not coded; 'this' = the war, no separate event noun"),
 7: ([("welcomed", "051", "USA/LEG", "USA/GOV", False, A, N, False),
      ("drawdown", "072", "USA/GOV", "UKR", False, A, N, True),
      ("providing weapons", "072", "USA/GOV", "UKR", False, A, "USA/LEG", False),
      ("Ukraine has requested", "1032", "UKR/GOV", "USA/GOV", False, A, "USA/LEG", False)],
     "journalist's question (Missy Ryan, Washington Post) at Blinken's press availability (2022-06-24); the ranking "
     "Republican on the Senate Armed Services Committee (Inhofe) -> USA/LEG; 'welcomed the drawdown' = a welcome, "
     "itself the event -> 051 USA/LEG -> USA/GOV in the journalist's own voice, reported_by null (README: a speech "
     "verb that is itself the event); 'the drawdown' = the $450 million presidential drawdown of weapons named in "
     "the sentence before -> nominal military aid 072 USA/GOV -> UKR, its agent plain from the text around it "
     "(README: an event noun whose agent is plain only from the text around it is coded; held-out sets: aid to "
     "Ukraine -> the bare country); 'said that the administration, in his view, is still failing to go far enough "
     "in providing weapons' = the senator's claim -> reported_by USA/LEG; the weapons are being provided, the "
     "negation bears on how far (set 182: 'did not respond more vigorously', the negation bearing on the degree) -> "
     "an asserted 072 (borderline a negated 072 for the requested drones and tanks not supplied, or a 111 USA/LEG -> "
     "USA/GOV for the criticism the statement amounts to; the 072 borderline folded into the drawdown as the same "
     "provision); 'weapons that Ukraine has requested' = a request verb -> demand military aid 1032 UKR/GOV -> "
     "USA/GOV, inside the senator's complement -> reported_by USA/LEG"),
 8: ([("dialogue and diplomacy", "046", "RUS/GOV", "UKR/GOV", False, D, N, True),
      ("we support diplomatic efforts", "051", "USA/GOV", N, False, A, N, False)],
     "Price (2022-04-26); 'We believe this war has to be brought to a close through dialogue and diplomacy' = a "
     "deontic (guideline: 'has to' -> demanded) whose Y is negotiations between the war's parties, Russia's war "
     "against the people of Ukraine in the text before -> demanded nominal 046, Russia first as the aggressor the "
     "document names (set 173: 'Dialogue and diplomatic efforts to find a solution to the Russian-Ukrainian "
     "conflict must continue' a demanded nominal 046 RUS/GOV -> UKR/GOV; borderline uncoded as an agentless "
     "deontic, as set 187's 'The cycle of violence ... must end'); 'we have consistently said that we support "
     "diplomatic efforts that are done in full coordination ... with Ukraine' = the speaker's own past statement, "
     "reported_by null (guideline) -> habitual 051; the efforts' authors are named only in the sentence after "
     "(Turkey, Germany, Israel, France), and the support here is conditional on a class of efforts -> target null "
     "(set 150: Denmark's support for unattributed peacekeeping initiatives a 051 with no target; borderline one "
     "051 per government named in the next sentence, or UKR/GOV)"),
 # --- State Dept random: future
 9: ([("will support the region", "070", "USA/GOV", N, False, F, N, False)],
     "release on the Economy and Health Dialogue of the Americas (EHA), 'convened by the U.S. Department of State' "
     "(sentence before) -> an inanimate subject standing for the US government's own programme (the sixth set's 'This "
     "funding'; README: a mechanism that 'will deepen' cooperation stands for the governments' act); 'will support "
     "the region's governments to coordinate on pandemic prevention ... and build more resilient health systems' = "
     "future support for capacity-building -> a future material act keeps its code (README: 'we will continue "
     "support' 070 future), the region's governments unnamed -> target null (README: collectives without a code -> "
     "null; borderline 032 future, or 061); the governments' coordination among themselves is null to null, not "
     "coded"),
 10: ([("will continue to act resolutely against", "170", "USA/GOV", N, False, F, N, False)],
      "Blinken's statement on the death of Zawahiri (2022-08-02); 'the United States will continue to act resolutely "
      "against those who would threaten our country ...' = unspecified future coercion -> 170 future (held-out sets: "
      "Blinken's 'act against' Iran a 170 future), the class 'those who would threaten' unnamed -> target null "
      "(held-out 2: a class of wrongdoers -> null); 'those who would threaten our country' describes a risk, not an "
      "act (guideline: 'threat to all of us' = risk; borderline a hypothetical 130 with no source to USA); 'the "
      "death of Zawahiri' is an outcome noun used as a time marker, the US operation that killed him named only two "
      "paragraphs before (borderline a nominal 1823 USA/GOV -> null, al-Qa'ida having no code)"),
 # --- State Dept random: demand
 11: ([("to be in Estonia", "042", "USA/GOV", "EST", False, A, N, False)],
      "Blinken in Tallinn (2022-03-08); 'I'm very pleased to be in Estonia' = the Secretary's visit under way -> 042 "
      "asserted to the country (README: a trip under way is 042 asserted per destination; a welcome of a visiting "
      "official codes the visit 042 to the country); the reasons given (Estonia's women leaders, its commitment to "
      "closing the gender pay gap, 'it's leading the world') are an evaluation of a domestic record, not a praise "
      "act with a praise verb (borderline a 051 USA/GOV -> EST/GOV, as 'we are pleased with' is 051 in the "
      "README choices); International Women's Day is a date"),
 12: ([("continue to work closely with our likeminded partners", "030", "USA/GOV", N, False, F, N, False),
       ("urge an end to these atrocities", "1056", "USA/GOV", "CHN/GOV", False, F, N, False),
       ("atrocities", "202", "CHN/GOV", "CHN/CVL", False, A, N, True)],
      "Price (2022-05-20); 'We'll continue to work closely with our likeminded partners and the international "
      "community' = a future cooperative act -> 030 future (guideline), the partners and the international "
      "community uncoded collectives -> null (held-out sets: 'working every single day with partners and allies' "
      "050 USA/GOV -> null); 'to urge an end to these atrocities' = a request verb, future with 'will continue' "
      "(set 180: 'will continue to advocate for a legally binding treaty' a future 102), addressed to the PRC of the "
      "sentence before ('we call on the PRC to immediately cease committing these atrocities') -> CHN/GOV; Y = stop "
      "the killing -> 1056 (README: 'we insist that the killing must stop' 1056); 'these atrocities' = the "
      "'genocide and crimes against humanity that PRC authorities are perpetrating against Uyghurs' two sentences "
      "before, a realised act named inside a request -> coded too (README: 'end its repression of Mr. Navalny' 175; "
      "an event noun whose agent is plain only from the text around it), genocide -> 202 (README), the Uyghurs -> "
      "CHN/CVL (README choices: Uyghur activists CHN/CVL; borderline 200, or uncoded as an anaphoric noun, as set 178's "
      "'That attack'); 'provide justice to the many victims' is a purpose with no CAMEO act"),
 13: ([("We urged continued support", "1033", "USA/GOV", N, False, A, N, False)],
      "Joint Statement of the Syria Special Envoy Meeting (2022-03-04) -> 'We' = USA/GOV (guideline; held-out sets "
      "coded this same statement's 'We welcomed the briefing' from USA/GOV); 'urged continued support to Syrian "
      "refugees and host countries' = a request (guideline: urge -> 10x), asserted, with no addressee named (the "
      "donors, an uncoded collective) -> target null (set 123: 'urge others to support this campaign' a 102 with no "
      "target); Y = humanitarian support for refugees -> 1033 (borderline 103, the host countries' support being "
      "economic too), Y not coded separately (guideline); the refugees' voluntary return 'until Syrians can ... "
      "return home' is a hoped-for, agentless return, not coded (set 148: an agentless repatriation uncoded)"),
 # --- State Dept random: cue
 14: ([("spent a lot of time talking", "040", "USA/GOV", "FJI/GOV", False, A, N, False)],
      "Blinken in Nadi with Acting PM Sayed-Khaiyum (2022-02-12); 'we spent a lot of time talking about climate "
      "change ... both in terms of the meeting that we had' = the bilateral meeting -> 040 USA/GOV -> FJI/GOV; 'but "
      "also in the meeting with all of our Pacific Island partners' = the same talking at the meeting with the "
      "Pacific Island leaders, an uncoded collective (the Pacific Islands Forum has no code, set 120), dropped "
      "from the compound (held-out 2 compound rule; borderline a second 040 with target null); 'what we're doing "
      "together to meet that' is the topic of the talk (borderline a 050 USA/GOV -> FJI/GOV)"),
 15: ([("continued commitment", "0356", "ETH/GOV", "ETH/REB", False, A, N, True),
       ("continued commitment", "0356", "ETH/REB", "ETH/GOV", False, A, N, True)],
      "Blinken's statement on aid to Tigray (2022-04-15); 'The continued commitment of the government of Ethiopia and "
      "Tigrayan authorities to a cessation of hostilities' = a commitment stated as a fact (README: 'our commitment "
      "to ratifying' asserted 03x) to de-escalate -> 0356 (README: a favourable response to a cease-fire appeal "
      "0356), an event noun with its agents named -> nominal, compound source split, each toward the other; the "
      "Tigrayan authorities (the TPLF-led regional administration at war with the federal government) are coded "
      "ETH/REB as a party to the armed conflict (README: Donetsk and Luhansk UKR/REB; borderline ETH/GOV under the "
      "sub-national rule, as held-out 22 coded the Tigrayan and Afar authorities' facilitation of this very convoy, "
      "which would make the commitment ETH/GOV -> ETH/GOV; or 0871 for the cessation itself); 'remains a critical "
      "step toward reconciliation and peace' is an evaluation"),
 16: ([("I am eager to hear", "036", "USA/GOV", "PSE/CVL", False, F, N, False),
       ("very committed to doing", "032", "USA/GOV", "PSE/CVL", False, A, N, False)],
      "Blinken's roundtable with Palestinian civil society at America House Jerusalem (2022-03-27); the civil-society "
      "leaders, 'advocates for the Palestinian community in Jerusalem' -> PSE/CVL; 'I am eager to hear about the "
      "work that you're doing' = the conversation about to begin ('I'm looking forward to the conversation', "
      "sentence after) -> 'look forward to' + meet = 036 future (guideline; borderline 040 asserted for a meeting "
      "under way, as held-out sets' 'good to see each of you here', or uncoded as the meeting's stated purpose); "
      "'how the United States can do more to support you in your efforts - something that we're very committed to "
      "doing' = a commitment to support stated as a fact -> asserted 03x (README: 'remain committed to supporting' "
      "asserted 03x), 032 for support of civil society's efforts (set 180: 'determined to encourage and support "
      "the media' an asserted 032 to COD/MED; borderline 033 for material support)"),
 17: ([("came here to meet with a friend and a partner", "040", "ISR/GOV", "USA/GOV", False, A, N, False)],
      "FM Lapid with Blinken in Riga before their meeting (2022-03-07); 'I came here to meet with a friend and a "
      "partner' = Blinken -> USA/GOV; the meeting is beginning as he speaks -> 040 asserted (held-out sets: a "
      "meeting under way 040; borderline 036 future, the remarks being 'before their meeting'); Riga is the venue "
      "of the meeting of two visitors, so no 042 to LVA is coded (borderline a 042 ISR/GOV -> LVA for 'came here'); "
      "'world order is changing' is no act"),
 18: ([], "Blinken at the Atlantic Council: 'an obligation to make sure that we're doing everything we can to advance "
          "human rights and democracy more broadly and to support and advance and stand strong for LGBTQI rights' = "
          "an abstract policy position with no counterpart (guideline: abstract policy positions without an actor "
          "not coded)"),
 19: ([("discussing the key issues", "046", "USA/GOV", "IRN/GOV", False, A, N, False)],
      "Price (2021-06-17) on the six rounds of Vienna talks on a mutual return to JCPOA compliance; 'They' = 'these "
      "discussions' of the sentence before, whose parties the document names (the US and Iran, Araghchi being 'Iran's "
      "lead negotiator') -> the participants taken from the context (guideline); 'have been conducive to discussing "
      "the key issues' presupposes that the issues were negotiated -> 046 asserted, coded once from the document's "
      "government (held-out sets: the indirect Vienna negotiations; borderline 040, or uncoded as an evaluation of "
      "the talks); 'those are really twofold' lists topics"),
 20: ([("a separate agreement", "057", "USA/GOV", "AFG/REB", False, A, N, True)],
      "Price (2021-07-08); 'there was a separate agreement between the United States and the Taliban' = the February "
      "2020 Doha Agreement, an agreement noun naming its parties -> nominal 057 from the first-named (README: an "
      "agreement named by its parties is a nominal 057); the Taliban before 15 Aug 2021 -> AFG/REB (guideline)"),
 21: ([("the discussion that we had", "040", "USA/GOV", "org:G20", False, A, N, False),
       ("led by Indonesia", "043", "IDN/GOV", "org:G20", False, A, N, False)],
      "Blinken at the G20 Foreign Ministers' Meeting in Bali (2022-07-09); 'the discussion that we had ... on "
      "multilateralism' = the G20 ministers' session -> 040 USA/GOV -> org:G20 (held-out sets: 'were just in "
      "Brussels' 040 to each organisation; README: org:G20); 'led by Indonesia' = Indonesia chairing the session "
      "as G20 host -> 043 (README: agreements reached at a summit a government hosted go to the summit's "
      "organisation, org:G20; set 114: chairing a meeting is 043), a participle, not nominal (borderline 043 with "
      "target null, as set 114); the order's reform is an abstract position"),
 22: ([("Inviting Taiwan to attend", "043", "org:WHO", "TWN/GOV", False, H, N, False)],
      "Blinken's statement on Taiwan at the World Health Assembly (2022-05-18); 'Inviting Taiwan to attend the WHA as "
      "an observer would exemplify ...' = the invitation the sentence before asks the WHO to make ('We strongly "
      "advocate for the WHO to invite Taiwan') -> the gerund's agent from the context, org:WHO (README: org:WHO); an "
      "invitation to attend the host's meeting -> 043 (README: 'should be invited to participate' an agentless "
      "demanded 043; inviting decision-makers to a platform for discussion 043 to each; borderline 036, as the "
      "README's invitation 'are very welcome to visit Luxembourg'), under 'would' -> hypothetical (guideline); 'the WHO's commitment to an inclusive approach' is "
      "an abstract commitment; the request itself lies in the sentence before"),
 23: ([], "meeting notice fragment (the splitter cut at 'p.m.'): 'hosted on a Webex platform, meeting number ...' "
          "names no actor; the advisory committee meeting is a domestic public meeting"),
 # --- State Dept random: nocue
 24: ([], "Blinken on ABC (2021-05-23): 'President Biden's been very clear that he remains committed to a two-state "
          "solution' = the President's (document's own government's) statement of a policy position on a "
          "settlement between other parties, not an act toward a named counterpart (set 201: support for a "
          "two-State solution uncoded, following set 145; borderline a 037 to ISR/GOV and PSE/GOV, as set 181 coded "
          "Netanyahu's own 'committed to a vision of two States' as a party)"),
 25: ([], "journalist's question: 'you didn't mention human rights in your rundown' is about a statement (01x); "
          "'how important human rights will figure in the agenda' has no event"),
 26: ([], "Blinken to Mission India staff: 'one of the most consequential relationships we have with any country' = "
          "an evaluation of the relationship, not an act"),
 27: ([("will travel to the region", "036", "USA/GOV", N, False, F, N, False)],
      "Porter (2021-07-16); 'Deputy Secretary Sherman will travel to the region' = an announced trip -> 036 future "
      "(README: an announced trip is 036 future); 'the region' (Asia, in the VOA question) names no country, and "
      "the briefer refuses to confirm any stop ('I certainly don't have any travel to announce') -> target null "
      "(borderline JPN and KOR from the question's trilateral meeting, or CHN from its 'may visit China')"),
 28: ([("is defying the international community", "120", "NIC/GOV", N, False, A, N, False),
       ("we will continue to respond", "170", "USA/GOV", "NIC/GOV", False, F, N, False)],
      "release announcing sanctions on the Ortega regime (2021-06-09); 'President Ortega is defying the "
      "international community' = DEFY, which PETRARCH's CAMEO dictionary codes as reject, 120 (its 'defy law' "
      "variants 128; borderline 128), the international community an uncoded collective -> target null; 'we will "
      "continue to respond' = unspecified future coercion of the regime -> 170 future (held-out sets: 'act "
      "against' 170 future; borderline a future 163, the document's response being sanctions, or a 130 statement "
      "of resolve)"),
 29: ([], "Special Envoy Fowler: 'we have also been dealing with climate change' = no act between actors"),
 30: ([("look forward to the opportunity to increasing engagement", "030", "PAK/GOV", "USA/GOV", False, F, N, False),
       ("working with yourself and your administration", "0311", "PAK/GOV", "USA/GOV", False, F, N, False)],
      "FM Bhutto Zardari with Blinken in New York (2022-05-18); 'look forward to ... increasing engagement between "
      "Pakistan and the United States' -> 030 future (guideline: 'look forward to' -> 03x future; held-out sets: "
      "'looked forward to working together closely' 030 future), coded from the speaker's government; 'working "
      "with yourself and your administration to improve trade relations' = intent to economic cooperation -> 0311 "
      "future (set 212: 'intensify trade and investment cooperation' a future 0311; borderline folded into the "
      "030); 'create opportunities for American investors, and Pakistani investors ... to work together' is a "
      "purpose, not coded (borderline a future 061 PAK/BUS -> USA/BUS)"),
 # --- UNGDC 2020-2024 random: neg
 31: ([("does not promote the use of violence", "190", "GUY/GOV", N, True, A, N, False),
       ("threats", "130", "GUY/GOV", N, True, A, N, True)],
      "Guyana (2021), in its paragraph on Venezuela's claim; 'Guyana does not promote the use of violence or threats "
      "to settle disputes' = a habitual negated use of force and of threats -> negated 190 and negated 130 (set "
      "174: Albania's 'have never attacked anybody ... never threatened' one negated 190 and one negated 130 with "
      "no target), disputes in general -> target null (borderline VEN/GOV from the context, or uncoded as a "
      "statement of principle, as set 202's 'We have never posed a security threat')"),
 32: ([], "Cyprus (2024), to Erdogan: 'No country that believes in the moral superiority of its position refuses to "
          "sit on the negotiating table' = a generalisation about any country; Turkey's refusal is only an "
          "implicature, not stated or presupposed (set 129: a generic 'Aggression must be treated as aggression' "
          "uncoded; borderline an asserted 125 TUR/GOV -> CYP/GOV, reading the sentence as aimed at Turkey)"),
 33: ([], "Cuba (2020): 'did not catch Cuba off guard' is about a pandemic, no act between actors"),
 # --- UNGDC 2020-2024 random: capital
 34: ([("they support", "051", N, "IRN/GOV", False, A, N, False),
       ("they support", "051", N, "PSE/REB", False, A, N, False),
       ("Iranian-backed", "070", "IRN/GOV", "PSE/REB", False, A, N, True),
       ("shot down protesters", "175", "IRN/GOV", "IRN/CVL", False, A, N, False),
       ("shot down protesters", "175", "PSE/REB", "PSE/CVL", False, A, N, False),
       ("murder women", "1823", "IRN/GOV", "IRN/CVL", False, A, N, False),
       ("murder women", "1823", "PSE/REB", "PSE/CVL", False, A, N, False),
       ("hang gays", "1823", "IRN/GOV", "IRN/CVL", False, A, N, False),
       ("hang gays", "1823", "PSE/REB", "PSE/CVL", False, A, N, False)],
      "Israel (Netanyahu, 2024); 'Don't they realize they support ...' = a rhetorical question whose factive "
      "'realize' presupposes the support -> asserted (README: a rhetorical question that presupposes an act is that "
      "act, asserted); 'they' = the 'self-described progressives' who march against Israel, an uncoded collective "
      "-> source null; support -> 051 (borderline 070); 'the ... goons in Tehran' = a capital metonym for the regime "
      "-> IRN/GOV (guideline: Tehran -> IRN/GOV), 'in Gaza' = Hamas -> PSE/REB (README); 'Iranian-backed' = an "
      "adjectival event noun with its agent -> nominal 070 IRN/GOV -> PSE/REB (held-out sets: 'U.S.-sanctioned' a "
      "nominal 163), not coded for the Tehran goons, whom it cannot describe; the relative clause's acts are "
      "attributed to the goons of both places -> compound split (guideline), each against its own people: "
      "shooting protesters 175 (README: shooting civilians 175; 'fired on with live bullets' 175), murdering women "
      "for not covering their hair and public hangings of gays 1823 (README: killings of individuals 1823; executing "
      "opponents 1823); the most doubtful call of the set: the hijab killings and hangings fit Iran, and a reading "
      "that codes the three acts for IRN/GOV only (three events fewer) is the borderline alternative"),
 # --- UNGDC 2020-2024 random: reported
 35: ([("I launch from this rostrum an appeal", "106", "LBY/GOV", N, False, A, N, False)],
      "Libya (Presidency Council, 2021); 'I launch from this rostrum an appeal that includes a number of elements "
      "and steps' = a performative appeal -> request, asserted; its content is given in the sentence after ('Our "
      "appeal focuses on holding a meeting of the parties concerned') -> 106 (set 211: Seychelles's 'renew our "
      "appeal', what is asked coming from the next sentence, a 106 with no target); the addressees, 'the parties "
      "concerned ... the leaders of the relevant political and military institutions', are unnamed -> target null "
      "(borderline generic 100 with the content outside the sentence, or LBY/MIL and LBY/OPP); 'In the light of "
      "what I have just said' is the speaker's own speech, not attribution"),
 # --- UNGDC 2020-2024 random: future
 36: ([], "Honduras (2022): 'We will recognize the importance of women, who have been denied inclusion in development "
          "for centuries' = a domestic policy commitment; the denial is agentless and historical, with no named "
          "agent (set 145: violated rights whose violator is never named uncoded)"),
 # --- UNGDC 2020-2024 random: demand
 37: ([("must also be given a voice", "0833", N, "TWN/CVL", False, D, N, False)],
      "Palau (2021); 'Taiwan's 23.5 million people must also be given a voice' = an agentless deontic (guideline: "
      "'must' -> demanded) whose Y is granting Taiwan's people participation in the UN system, a right -> 0833 with "
      "no source (set 126: 'What is needed is respect for the choice of the people of the Donbas' a demanded "
      "nominal 0833 with no source to UKR/CVL; set 218: Taiwan's denied right to be a Member a 1233 with no "
      "source), the people -> TWN/CVL (set 139: 'the 21 million inhabitants of the island of Taiwan' TWN/CVL; "
      "borderline uncoded as a UN participation position, or target TWN/GOV); 'as the Charter of the United "
      "Nations states' is a citation, not attribution (set 159)"),
 38: ([], "Malta (2020): 'we must not be disheartened' = no act; the pandemic's blow is not an act between actors"),
 # --- UNGDC 2020-2024 random: cue
 39: ([("welcomes", "051", "CMR/GOV", "org:UN", False, A, N, False)],
      "Cameroon (2021), the President's message read out (the opening quotation mark is the record's mark for the "
      "speaker's text, set 149) -> CMR/GOV; 'welcomes the forthcoming twenty-sixth session of the Conference of the "
      "Parties to the United Nations Framework Convention on Climate Change and the Stockholm+50 Conference' = a "
      "welcome of two UN conferences -> one 051 to org:UN (set 121: support for a proposed UN conference a 051 to "
      "org:UN; borderline target null, as set 113's welcome of conferences whose convenors are not named, or GBR/GOV "
      "and SWE/GOV as hosts); the conferences themselves are not coded (borderline a future nominal 043 from "
      "org:UN)"),
 40: ([], "Liechtenstein (2022): 'the goals we have set ourselves in the Paris Agreement' = 'we' meaning all States "
          "(held-out 42/43), no act"),
 41: ([], "Antigua and Barbuda (2022): 'The Assembly is indeed meeting at a watershed moment' = the Assembly's own "
          "session, with no counterpart (borderline a 040 org:UNGA -> org:UNGA)"),
 42: ([], "Central African Republic (2024): 'Pledges of climate finance remain unfulfilled' = agentless pledges "
          "between uncoded collectives, the developed and the developing countries of the text before (set 116: "
          "unfulfilled aid promises between uncoded collectives uncoded; set 149: the unmet commitments of Africa's "
          "development partners uncoded; borderline a nominal 0331 with no source and a negated 071 with no source "
          "to CAF/GOV, as set 140's Brussels pledges)"),
 43: ([], "Nigeria (2021): 'we are working on a transition to a low-carbon economy, consistent with implementing the "
          "Paris Agreement' = a domestic programme and compliance with a treaty, not coded (set 137: commitments "
          "to agreements uncoded)"),
 44: ([], "Holy See (2024): 'calls for the strict observance of international humanitarian law in all armed "
          "conflicts, with particular attention to the protection of places of worship' = a call with no addressee "
          "whose Y is compliance with law by all parties to all conflicts (set 113: 'Calls for strict compliance by "
          "all nations' with non-proliferation left uncoded; guideline: 'comply with obligations' is no codable "
          "behaviour; borderline a generic 100 VAT/GOV -> null, as set 217's 'we call for the concerted "
          "management' of migration)"),
 45: ([], "Morocco (2022): the principle of cooperation 'is being undermined due to the prioritization of narrow "
          "national interests' = an agentless description of a crisis of values, no act"),
 # --- UNGDC 2020-2024 random: nocue
 46: ([("assassination attempts", "185", "USA/GOV", "VEN/GOV", False, A, N, True),
       ("invasions", "192", "USA/GOV", "VEN", False, A, N, True),
       ("created seditious movements", "070", "USA/GOV", "VEN/OPP", False, A, N, False),
       ("invented a fictitious parallel Government", "054", "USA/GOV", "VEN/OPP", False, A, N, False)],
      "Venezuela (2022), a quoted message of the President; 'They' = 'imperialism' of the sentence before, which the "
      "speech identifies with 'Europe and the United States' a paragraph later (README: a state the speaker leaves "
      "unnamed is coded when the document makes it plain) -> USA/GOV, Europe left out as the part of the compound "
      "the later text names only for the plunder of assets (borderline source null, or a second source org:EU); "
      "'promoted assassination attempts' = attempts on the President's life -> nominal 185 (set 125: the drone "
      "attack on Maduro a nominal 185) to VEN/GOV, the promoter as agent; 'invasions' (the 2020 mercenary landing) "
      "-> nominal 192 to the bare country (guideline: target of an invasion -> bare country); 'created seditious "
      "movements against the Constitution' = sponsoring the opposition -> 070 USA/GOV -> VEN/OPP (borderline 072, "
      "or 1411 from the movements); 'invented a fictitious parallel Government' = the recognition of Guaidó's "
      "'interim government' -> 054 to VEN/OPP (README choices: Guaidó, May 2022, -> VEN/OPP; borderline 070, or uncoded as "
      "figurative); 'bordered on the ridiculous' is an evaluation"),
 47: ([], "Kazakhstan (2020): planting trees is a domestic programme"),
 48: ([], "Peru (2021): assuming the presidency and the people's vote are domestic acts with no CAMEO code"),
 49: ([], "Hungary (2023): 'War hits them hardest' = a generalisation about children in war, no agent"),
 50: ([], "Paraguay (2023): 'It has persevered ... and it has triumphed' = Paraguay's historic recovery, no act; the "
          "unrequested foreign assistance lies in the sentence before"),
}
