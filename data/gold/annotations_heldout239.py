"""Hand annotations for the TWO-HUNDRED-AND-THIRTY-NINTH held-out event gold set (source of events-heldout239.jsonl).

Keyed by the row index of selection-heldout239.jsonl (output of select_statement_sentence_heldout.py 239; rows 0-21
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
    python3 data/gold/build_events.py --selection selection-heldout239.jsonl \\
        --annotations annotations_heldout239 --output events-heldout239.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will meet with", "036", "USA/GOV", "MRT/GOV", False, F, N, False),
      ("will meet with", "036", "USA/GOV", "MRT/CVL", False, F, N, False)],
     "Counselor Chollet's travel to Senegal, Mauritania and France (release of 25 Jul 2022); the Department's "
     "Counselor -> USA/GOV; 'In Mauritania, Counselor Chollet will meet with senior government officials and young "
     "leaders in civil society' = announced meetings on a trip -> 036 future (guideline: future meetings 036; "
     "held-out rule: an announced trip is 036 future), one per interlocutor and sector (held-out rule: a future "
     "convening of several sectors is one 036 per sector; held-out 25 row 0 on the same kind of release: scheduled "
     "meetings 036 future per party; set 232: Sherman's exchange with the Moroccan government and civil society one "
     "040 each to MAR/GOV and MAR/CVL), the government officials -> MRT/GOV, the young civil-society leaders -> "
     "MRT/CVL (held-out 13 row 5: civil society leaders CVL); one country named, so not set 233's four-country "
     "Prosper Africa delegation with target null (borderline one 036 with target null, as set 233); 'to discuss "
     "democracy, development, and security in the Sahel and other areas of bilateral cooperation' = topics, the "
     "'bilateral cooperation' a topic and not a cooperation act (set 234: the 'importance of working together' "
     "named as a meeting topic uncoded; borderline a nominal 050 USA/GOV -> MRT/GOV)"),
 1: ([("will travel to Portugal", "036", "USA/GOV", "PRT", False, F, N, False),
      ("to lead the U.S. delegation", "036", "USA/GOV", "org:UN", False, F, N, False),
      ("convened by the United Nations General Assembly", "036", "org:UNGA", N, False, F, N, False),
      ("co-hosted by the Governments of Kenya and Portugal", "036", "KEN/GOV", "org:UN", False, F, N, False),
      ("co-hosted by the Governments of Kenya and Portugal", "036", "PRT/GOV", "org:UN", False, F, N, False)],
     "Release on Kerry's and Medina's travel to Portugal (24 Jun 2022); Special Presidential Envoy for Climate Kerry "
     "-> USA/GOV; 'will travel to Portugal June 27-June 29' = an announced trip -> 036 future to the bare country "
     "(held-out rule; held-out 5 row 17, set 233 row 1); 'to lead the U.S. delegation to the United Nations Ocean "
     "Conference' = announced participation in a UN conference -> a second 036 future, to org:UN (set 230: 'will "
     "lead the U.S. delegation' to a UN committee a future 036 to org:UN; set 233: attending a conference a second "
     "036 beside the trip) (borderline folded into the trip, or org:UNGA, the convenor); 'convened by the United "
     "Nations General Assembly' = the convening of a conference still to come (27 Jun-1 Jul) -> 036 future, as set "
     "223's Ramstein meeting 'convened by the United States, still to come' a future 036 with no target, a participle "
     "and not nominal (set 116), the participants uncoded -> target null (borderline an asserted 043, the General "
     "Assembly's convening decision having been taken, or target org:UN); 'co-hosted by the Governments of Kenya and "
     "Portugal' = future hosting of the same UN conference -> one 036 future from each co-host to org:UN, exactly as "
     "set 224 coded Kenya's 'Kenya and Portugal will co-host the Second UN Ocean Conference' (compound split, "
     "guideline) (borderline an asserted 043, as set 223's realised co-chairing); Portugal is here the country "
     "visited and the co-host, not a capital metonym"),
 # --- State Dept random: demand
 2: ([("reiterated their commitment to a diplomatic path", "036", "USA/GOV", "PRK/GOV", False, A, N, False),
      ("reiterated their commitment to a diplomatic path", "036", "JPN/GOV", "PRK/GOV", False, A, N, False),
      ("reiterated their commitment to a diplomatic path", "036", "KOR/GOV", "PRK/GOV", False, A, N, False),
      ("called upon Pyongyang", "106", "USA/GOV", "PRK/GOV", False, A, N, False),
      ("called upon Pyongyang", "106", "JPN/GOV", "PRK/GOV", False, A, N, False),
      ("called upon Pyongyang", "106", "KOR/GOV", "PRK/GOV", False, A, N, False)],
     "Price on Special Representative Sung Kim's trilateral meeting (8 Jul 2022); 'They' = Sung Kim (USA/GOV), "
     "Japan's Director General Funakoshi (JPN/GOV) and the ROK Special Representative Kim Gunn (KOR/GOV), named in the "
     "sentence before (guideline: missing participants from the context) -> compound source split (guideline; "
     "annotations.py row 10: 'the three countries' urging the DPRK one 106 each); 'reiterated their commitment to a "
     "diplomatic path' = intent to negotiate stated as a fact, the partner named in the same sentence -> 036 asserted "
     "(held-out 8 row 17: 'remain committed to diplomacy with the DPRK' 036 asserted; held-out rule: a joint "
     "commitment of several partners is one 03x per partner) (borderline uncoded, as held-out 10 row 4's commitment "
     "to diplomacy with no named partner); 'called upon Pyongyang to return to dialogue' = one asserted request "
     "(guideline), capital metonym Pyongyang -> PRK/GOV (guideline), Y = return to talks -> 106 (held-out 8 row 17: "
     "'call on the DPRK to engage in dialogue' 106), Y not coded separately"),
 3: ([("We urge the parties", "1055", "USA/GOV", "ETH/GOV", False, A, N, False),
      ("We urge the parties", "1055", "USA/GOV", "ETH/REB", False, A, N, False)],
     "Blinken's statement 'Building on Steps to End the Conflict in Ethiopia' (29 Apr 2022) -> 'We' = USA/GOV; 'the "
     "parties' = those named in the sentence before, the government of Ethiopia and the regional authorities in "
     "Tigray and Afar (guideline: missing participants from the context) -> ETH/GOV and the Tigrayan authorities "
     "ETH/REB as a party to the war (set 225: Tigrayan authorities ETH/REB; set 228: the same parties' steps coded "
     "ETH/GOV and ETH/REB, the Afar authorities folded into ETH/GOV under the sub-national rule), one request each "
     "(compound split); 'to accelerate, uphold, and expand these efforts to ensure ... immediate, sustained, and "
     "unimpeded humanitarian access' = one asserted request (guideline) whose Y is allowing humanitarian access, "
     "CAMEO 0863 (held-out 12 row 52: humanitarian access 0863), whose demand counterpart under 086 'allow "
     "international involvement' is 1055 (sets 147 and 205: 1055 for allowing involvement) (borderline 1033, the "
     "guideline's humanitarian-aid sub-code, as held-out 16's borderline); 'these efforts' and the access are Y, not "
     "coded separately; 'as President Biden has said' is the document's own government's statement (reported_by null, "
     "README), not coded; 'this conflict' has no agent in the sentence"),
 4: ([("urged President Aliyev", "1053", "USA/GOV", "AZE/GOV", False, A, N, False)],
     "Readout of Blinken's call with Azerbaijani President Aliyev (25 Jul 2022); 'Secretary Blinken also urged "
     "President Aliyev to release all remaining Armenian detainees' = one asserted request (guideline), Y = release "
     "-> 1053 (guideline; held-out 13 row 8), Aliyev -> AZE/GOV; the detention of 'all remaining Armenian detainees' "
     "is named only through a result noun, not coded, following set 229's 'the release of the remaining political "
     "detainees' (borderline a 173 AZE/GOV -> ARM/MIL under the held-out rule that a realised act named inside a "
     "request is coded)"),
 # --- State Dept random: cue
 5: ([("commends the people of Ecuador", "051", "USA/GOV", "ECU/CVL", False, A, N, False)],
     "Blinken's message on Ecuador's National Day (10 Aug 2021); 'The United States commends the people of Ecuador' "
     "-> 051 (guideline: commend 051) to the people -> ECU/CVL (held-out rule: congratulating a people on a national "
     "day is 051); 'for their transparent, free, and fair elections' = the occasion of the praise, voting being no "
     "act between political actors, not coded; 'the bedrock of our shared democratic values' is an evaluation"),
 6: ([("looks forward to rescheduling her visit", "036", "USA/GOV", "EGY", False, F, N, False)],
     "Release on Deputy Secretary Sherman's travel (10 Mar 2022); 'She' = Sherman -> USA/GOV; 'looks forward to "
     "rescheduling her visit' = 'look forward to' + an event -> future (guideline), a future visit -> 036 future "
     "(held-out rule: an announced trip is 036 future), to the bare country of the visit named in the sentence before "
     "('will no longer travel to Egypt on March 10') (guideline: missing participant from the context; held-out 5 "
     "row 17: 'will travel to' 036 future to the bare country; set 226: 'upcoming visit to Poland' a future 036 to "
     "bare POL); a verb phrase, not nominal; the cancellation lies in the sentence before, not coded here"),
 7: ([("to provide $60 million in immediate military assistance to Ukraine", "072", "USA/GOV", "UKR", False, A, N,
       False)],
     "Blinken's statement on additional military assistance for Ukraine (26 Feb 2022); 'I authorized the Department "
     "of Defense to provide $60 million in immediate military assistance to Ukraine' (last fall) = a realised "
     "authorised drawdown -> military aid 072 asserted (held-out 9 row 29: 'I have authorized ... provide further "
     "immediate military assistance to Ukraine' 072 USA/GOV -> UKR), the authorisation to the Department of Defense "
     "and 'under authority delegated by the President' being internal; to the country -> bare UKR (held-out 9 row 29, "
     "set 225's drawdown); 'as the present threat against Ukraine from Russia developed' = a risk, not a threat act "
     "(guideline: 'threats of Russian military action' = risk, not coded) (borderline a nominal 154 RUS/MIL -> UKR for "
     "the build-up behind it)"),
 8: ([("the designation of an entity outside of Russia", "163", "USA/GOV", N, False, A, N, True),
      ("providing material support to a blocked Russian entity", "070", N, "RUS/BUS", False, A, N, False)],
     "Release on sanctions against Russia's war machine (28 Jun 2022); 'This includes the designation of an entity "
     "outside of Russia' = one of today's designations, the Department's own act named as a noun whose agent is in "
     "the sentence before ('the Department of State is imposing sanctions') -> nominal 163 USA/GOV (held-out rules: "
     "an event noun whose agent is plain from the text around it is coded; officials 'being designated' an asserted "
     "163), the entity's nationality not given -> target null (held-out rule: entities designated with no "
     "nationality are 163 with no target); 'for providing material support to a blocked Russian entity' = the act of "
     "the designation's 'for' clause, coded (held-out rule: a designation list item codes the acts of its 'for' "
     "clause) -> support 070, from the same unnamed entity -> source null (set 224: Hizballah designees' support a "
     "070 with no source), to a Russian defense-procurement company -> RUS/BUS (set 226: Nord Stream 2 AG -> RUS/BUS; borderline "
     "RUS/GOV, or 072 for support to Russia's defense industry); 'specializes in procuring items for Russia's defense "
     "industry' is a commercial activity, not coded"),
 9: ([("met virtually with", "040", "USA/GOV", "HTI/GOV", False, A, N, False),
      ("hosted by the Government of Suriname", "043", "SUR/GOV", N, False, A, N, False)],
     "Release on the International Partners Ministerial Meeting on Haiti (12 Jul 2022); the sentence starts after "
     "the splitter's cut at 'Brian A.', its subject Deputy Secretary Sherman, Assistant Secretaries Nichols and "
     "Robinson -> USA/GOV (README: a subject cut off by the splitter is taken from the context); 'met virtually with "
     "senior Haitian government officials, over 17 international partner countries, and several international "
     "organizations' = a realised meeting -> 040, compound split, the Haitian officials -> HTI/GOV, the unnamed "
     "partner countries and organisations uncoded collectives, dropped (guideline; set 120: uncoded members of a "
     "compound dropped) (borderline a second 040 with target null); 'a Ministerial-level international partners "
     "meeting hosted by the Government of Suriname' = the host's convening of the multilateral meeting -> 043 "
     "(guideline: host 043), a participle, not nominal (set 116: a meeting 'organized by the Government of Brazil' a "
     "043 with no target), its several participants -> target null (held-out 28/29: conferences hosted by one "
     "government one 043 with no target; set 225: the G20 discussion 'led by Indonesia' a 043 beside the "
     "participant's 040) (borderline folded in, held-out 20 row 15 coding a hosted meeting once from the participant, "
     "or a 040 USA/GOV -> SUR/GOV); 'to discuss ... solutions to the challenges faced by Haiti and Haitians' is the "
     "topic"),
 10: ([], "Blinken at a meet and greet for embassy staff (20 Apr 2022): 'to anyone who took part, thank you for doing "
          "it, thank you for bringing us here, thank you for the incredible support' = thanks to the embassy's own "
          "staff for organising the visit, internal to the US government (sets 225 and 235: thanks to embassy staff "
          "uncoded; held-out 13 row 31 on the same transcript: no act between actors); the visit itself is only "
          "presupposed and its host country is not named in the sentence (borderline a 051 USA/GOV -> USA/GOV, which "
          "the guidelines treat as internal); the wheels-up party is well-wishing"),
 11: ([("meets with", "036", "USA/GOV", "BGR/GOV", False, F, N, False)],
      "Public Schedule for 23 July 2021 (issued 22 July); 'Acting Assistant Secretary Reeker meets with Bulgarian "
      "Ambassador to the United States Tihomir Stoytchev, at the Department of State' = a meeting on the day's public "
      "schedule -> 036 future (held-out rule; set 234 row 11: 'Deputy Secretary Sherman meets with' on the 15 July "
      "schedule a 036 future), a verb, not nominal (held-out 18 row 39), Reeker -> USA/GOV, the Bulgarian ambassador "
      "-> BGR/GOV; the Department of State is the venue (borderline 040 asserted on the present tense)"),
 12: ([("expressed their support", "051", "USA/GOV", "CHN/GOV", False, A, N, False),
       ("expressed their support", "051", "USA/GOV", "TWN/GOV", False, A, N, False),
       ("expressed their support", "051", "org:EU", "CHN/GOV", False, A, N, False),
       ("expressed their support", "051", "org:EU", "TWN/GOV", False, A, N, False),
       ("discouraged any actions", "100", "USA/GOV", N, False, A, N, False),
       ("discouraged any actions", "100", "org:EU", N, False, A, N, False)],
      "Release on the U.S.-EU consultations between Deputy Secretary Sherman and EEAS Secretary General Sannino (22 "
      "Apr 2022); 'They' = Sherman (USA/GOV) and Sannino (org:EU; held-out 4 and held-out 7 row 40 on the same pair) -> "
      "compound source split (guideline); 'expressed their support for the peaceful resolution of cross-Strait "
      "issues' = 'express support' 051 (guideline) for a settlement between the two sides of the Strait -> one 051 to "
      "each side (held-out 48/49: welcoming cross-Strait dialogue 051 to each side; held-out rule: support for "
      "stimulating a dialogue not yet under way is 051 to each named party; set 121: Haiti's welcome of the "
      "cross-Strait approach 051 to CHN/GOV and TWN/GOV), four events (borderline a 107 request to each side, as the "
      "earlier rule 'advocacy of a settlement is a request (107)', or uncoded as an abstract position); 'discouraged "
      "any actions, which undermine the status quo' = asking that no one take such actions, a request to refrain -> "
      "generic 100 per speaker, not negated, the 'not' lying in what is asked (set 211: 'we ask members not to "
      "express their sympathies' a generic 100 with no target), no addressee named -> target null (borderline "
      "CHN/GOV, the implied addressee from the China paragraph before, 1056 as de-escalation, or uncoded as a call "
      "with no addressee, as sets 113 and 125)"),
 13: ([("are committed to continuing to provide direct, humanitarian support", "0333", "USA/GOV", "SDN/CVL", False, A,
        N, False)],
      "Friends of Sudan joint statement on the UNITAMS-AU-IGAD facilitated process (29 Mar 2022) -> 'We' = USA/GOV "
      "(guideline: 'we' in joint statements -> USA/GOV, not split; held-out 12 and 15); 'We are deeply concerned by "
      "the immense economic pressures' = expressed concern 01x, not coded, the pressures having no agent; 'are "
      "committed to continuing to provide direct, humanitarian support to them' = a commitment stated as a fact -> "
      "asserted 03x (held-out rule: commitments stated as facts, 'remain committed to supporting', are asserted 03x), "
      "humanitarian -> intent to provide humanitarian aid 0333 (set 197: 'will remain committed to supporting ... "
      "development assistance' 0331 by the kind of aid), to 'them' = the Sudanese people -> SDN/CVL (borderline a "
      "future 073, or 032)"),
 14: ([], "Joint statement on the U.S.-Spain Working Group on Central America (26 May 2022): 'Both countries also "
          "agreed on the importance of supporting human rights defenders, journalists, and people in vulnerable "
          "situations ... in the region' = a shared view on an importance, no act between the two (set 234: the "
          "'importance of working together' named as a meeting topic uncoded); the support's agent and beneficiaries "
          "are general (set 234: 'the importance of continued support to Syrian refugees' in a joint statement a "
          "demanded 070 with no source, here also without a coded target, 'the region' being several Central American "
          "countries) -> null to null, not coded (borderline a demanded nominal 070 from USA/GOV and ESP/GOV with no "
          "target, or a 051 between the two governments for the agreement)"),
 # --- State Dept random: nocue
 15: ([], "Blinken at the U.S. Mission to the UN (19 May 2022): 'the disruptive effect that it's had' = COVID-19's effect "
          "on staff, no act between actors"),
 16: ([], "Estonian Prime Minister Kallas before her meeting with Blinken (8 Mar 2022): 'I think you've made very, very "
          "important points' = an evaluation of his statements with no praise verb (set 229: admiration of Baker "
          "with no praise verb uncoded; guideline: evaluations not coded) (borderline a 051 EST/GOV -> USA/GOV)"),
 17: ([], "Release on the 2022 Elie Wiesel Act report (15 Jul 2022): 'This strategy gives us a framework to ensure the "
          "U.S. Government can effectively and proactively engage in atrocity prevention with our local and "
          "international partners' = an inanimate subject and a purpose of capacity ('can'), the partners unnamed "
          "(set 233: the FIRST programme's design purposes uncoded) (borderline a hypothetical 030 USA/GOV with no "
          "target); 'mitigate effects' has no object actor"),
 18: ([], "Rewards for Justice release (2 Jun 2021): a pointer to the website, no act"),
 19: ([], "Media note on Blinken's University of Michigan conversation (13 Apr 2022): contact information, no act"),
 20: ([("Passing repressive laws", "1721", "NIC/LEG", "NIC/CVL", False, A, N, False)],
      "Release on visa restrictions on 100 Nicaraguans (12 Jul 2021); the list item continues 'those targeted in "
      "today's action helped to enable the Ortega-Murillo regime's attacks on democracy and human rights, including "
      "by:' -> its agent is the targeted members of the Nicaraguan National Assembly and judicial system of the text "
      "before, and passing laws is the legislators' act -> NIC/LEG (README: the acts a sanctions action names are "
      "coded; held-out 20 row 10 on visa restrictions: the restricted officials' acts coded) (borderline NIC/GOV for "
      "the regime); 'Passing repressive laws ..., which have all served to restrict and criminalize speech, dissent, "
      "and political participation' = restrictions on political freedoms -> 1721 (set 111: 'a dictatorship that "
      "denied freedoms' 1721; set 229: 'will pursue all means necessary to stifle dissent' 1721) to the Nicaraguan "
      "public -> NIC/CVL (borderline 175 repression, or NIC/OPP), realised -> asserted, a gerund with its agent "
      "outside the phrase -> not nominal; the four named laws are one act, coded once; unlike held-out 24 row 32 on "
      "the same release, here the agents are the specific persons targeted today, not a class of wrongdoers"),
 21: ([], "Joint statement release of Canada, Mexico and the United States (16 May 2022): 'The text of the following "
          "statement was released by the governments of' = releasing a joint statement, 01x (held-out 8 row 28); the "
          "UN Permanent Forum session 'which was held' is a meeting only held, with no agent (set 232: a meeting "
          "only 'being held' uncoded)"),
 # --- UNGDC 2020-2024 random: neg
 22: ([], "Greece (Mitsotakis, 2023): 'Our words are never quite matched by our actions, and our achievements never "
          "quite meet our expectations' = 'our' meaning the multilateral system's members, all States (held-out 42/43), "
          "an evaluation, no act; 'never' bears on a degree"),
 23: ([("will step up support for other developing countries", "070", "CHN/GOV", N, False, F, N, False),
       ("will not build new coal-fired power projects abroad", "061", "CHN/GOV", N, True, F, N, False)],
      "China (Xi, 2021); 'China will step up support for other developing countries in developing green and "
      "low-carbon energy' = future material support -> 070 future (held-out rule: a future material act keeps its "
      "code), to an uncoded collective -> target null, exactly as set 212's China 2009 'we will increase support for "
      "other developing countries' a future 070 with no target; 'and will not build new coal-fired power projects "
      "abroad' = plain negation of a future act (guideline: plain negation keeps the act's own code), building power "
      "projects in other countries being economic cooperation -> 061 negated, future (set 230: Solomon Islands' 'we "
      "will not align ourselves' a negated future 0312; set 235: Iran's 'we do not ... support any war' a negated "
      "070), the host countries unnamed -> target null (borderline uncoded as an energy-policy pledge, or a negated "
      "future 071 for the financing)"),
 24: ([], "Andorra (2023): 'We must no longer look for subterfuges or deny the obvious' = 'we' meaning all States "
          "(held-out 42/43), denial of a fact being a statement (01x); the emissions that 'have led our planet to "
          "exhaustion' have no actor"),
 # --- UNGDC 2020-2024 random: reported
 25: ([("the best way is to negotiate", "046", "RUS/GOV", "UKR/GOV", False, D, N, False)],
      "Uganda (Vice President Alupo, 2022); 'My President has said many times that, \"We think the best way is to "
      "negotiate\"' = the speaker's own President's statement, the speech's own government -> reported_by null "
      "(guideline: a speaker's own statements; README: the President quoted in a release is the document's own "
      "government), the speech verb not coded; 'the best way is to negotiate' = a view that the conflict should be "
      "settled by negotiation, a deontic without a request verb whose Y is negotiation -> demanded 046, the parties "
      "taken from 'The Russia-Ukraine military conflict' two sentences before (guideline: missing participants from "
      "the context), first-named Russia -> RUS/GOV -> UKR/GOV (set 173: 'Dialogue and diplomatic efforts ... to the "
      "Russian-Ukrainian conflict must continue' a demanded nominal 046 RUS/GOV -> UKR/GOV; set 225: 'This war has "
      "to be brought to a close through dialogue and diplomacy' the same), a verb, not nominal (borderline uncoded as "
      "an opinion about the best method, or as a deontic for 'everybody', the next sentence's addressees)"),
 # --- UNGDC 2020-2024 random: future
 26: ([("We welcome the establishment of the Permanent Forum", "051", "KNA/GOV", "org:UN", False, A, N, False)],
      "Saint Kitts and Nevis (2021); 'We welcome the establishment of the Permanent Forum for People of African "
      "Descent' = a welcome of a new UN body -> 051 to org:UN (set 123: Georgia's 'We welcome the creation of a "
      "Peacebuilding [Commission]' a 051 to org:UN, a welcome and not a UN reform position) (borderline org:UNGA, "
      "whose resolution established the Forum, as the held-out rule that welcoming a General Assembly decision is "
      "051 to org:UNGA, or target null); the agentless 'establishment' is not coded separately; 'which will serve as "
      "a consultation mechanism ... and as a platform' describes the body's future function, no act between actors"),
 # --- UNGDC 2020-2024 random: demand
 27: ([], "Nepal (2023): 'The voices of countries in special situations ... must be heard and their meaningful "
          "representation ensured' = an agentless deontic on representation in global governance, a UN reform "
          "position (held-out rule: UN reform positions not coded)"),
 28: ([], "Gabon (2020): 'the revitalization of the work of the General Assembly as well as the reform of ... ECOSOC "
          "must also be carried out' = a UN reform position (held-out rule: not coded); held-out 20 row 51 on the "
          "same speech left its deontic uncoded"),
 # --- UNGDC 2020-2024 random: cue
 29: ([("we firmly reject", "120", "BLR/GOV", N, False, A, N, False)],
      "Belarus (2020); 'I would like to stress once again' is the speaker's statement, not coded; 'we firmly reject "
      "the practice of any unilateral coercive measures in international relations' = an explicit rejection -> "
      "REJECT 120 (guideline: explicit refusal/rejection is 12x; set 203: Thailand's 'reject all forms of "
      "protectionism' a 120), no target named (README rule: 'We utterly reject attacks' by unnamed agents is 120 "
      "with no target; set 227: Syria's 'untenable and void' a 120 with no target) (borderline USA/GOV and org:EU, "
      "whose 2020 measures against Belarus the speech alludes to, or uncoded as a general principle); 'the practice "
      "of any unilateral coercive measures' is a generalisation about sanctions with no imposer or target, not coded "
      "separately (held-out rule: generalisations about sanctions uncoded)"),
 30: ([], "Thailand (2021): 'Thailand further supports building complementarities between cooperation under the TPNW "
          "and the NPT' = support for a relation between two treaties, an abstract policy position without an actor "
          "(guideline) (borderline a 051 with no target, as set 155's welcome of a renewed commitment); held-out 2 row "
          "79 on the same speech left its sentence uncoded"),
 31: ([], "Qatar (2020): 'It is beneficial for all to understand the impossibility of imposing a military regime by "
          "force in Libya' = an evaluation of an impossible act with no agent named (guideline: agentless, evaluative) "
          "(borderline a negated hypothetical 190 from the eastern forces, LBY/REB, to bare LBY, the speech not naming "
          "Haftar here)"),
 32: ([("we thank all partners", "051", "BEN/GOV", N, False, A, N, False),
       ("support our country", "070", N, "BEN", False, A, N, False)],
      "Benin (2021); 'we thank all partners that support our country in its fight to achieve the SDGs' = thanks -> "
      "051 (guideline), to uncoded partners -> target null, plus the support thanked for, its agent taken from the "
      "thanks (held-out rule: thanks 'for the ongoing support' give the support its agent) -> 070 with no source, "
      "ongoing -> asserted, a verb -> not nominal, to 'our country' -> bare BEN, following set 175's 'Without "
      "thanking all those whose commitment ... have helped my country' (a 051 with no target plus a 070 with no source "
      "to bare COD) (borderline BEN/GOV, the SDG effort being 'in line with the Government's Action Programme'; or "
      "071)"),
 33: ([], "Singapore (2023): 'The Climate Ambition Summit, the three high-level meetings on health and the preparatory "
          "meeting for the Summit of the Future have helped us to recalibrate the multilateral system' = meetings as "
          "inanimate subjects and 'us' meaning all States (held-out 42/43), no act between actors"),
 34: ([], "Malawi (2024): 'This is a call to stronger multilateral cooperation' = the session theme described as a "
          "call, an inanimate subject with no addressee (set 121: Angola's 'calls for a global coalition' with an "
          "inanimate subject uncoded; sets 120 and 195: session-theme welcomes uncoded)"),
 35: ([("Mongolia fully supports", "051", "MNG/GOV", "org:WHO", False, A, N, False),
       ("expresses its commitment to contributing to", "036", "MNG/GOV", "org:WHO", False, A, N, False),
       ("the negotiations on the adoption", "046", "org:WHO", N, False, A, N, True),
       ("as agreed by WHO member States", "057", "org:WHO", N, False, A, N, False)],
      "Mongolia (2023); 'Mongolia fully supports ... the negotiations on the adoption of a World Health Organization "
      "(WHO) convention, agreement or other international instrument on pandemic prevention' = support for ongoing "
      "negotiations -> 051 (guideline: 'express support' 051) to the body in which they run -> org:WHO (set 125: "
      "support for the World Food Summit goes to org:FAO; set 139: support for ongoing negotiations a 051 to the party "
      "plus a nominal 046 from it) (borderline uncoded, as set 233's support for developing the marine-biodiversity "
      "instrument); 'expresses its commitment to contributing to ... the negotiations' = an intent to take part in "
      "negotiations stated as a fact -> 036 asserted (held-out rule: commitments stated as facts are asserted 03x; "
      "held-out rule: an intent to take part in a UN process is 036) to org:WHO (borderline 030, or future); 'the "
      "negotiations' = the realised Intergovernmental Negotiating Body's talks among WHO member States -> nominal 046 "
      "from org:WHO with no target, following set 139 (borderline uncoded, its parties being the uncoded membership); "
      "'as agreed by WHO member States at the second special session of the World Health Assembly' = the Assembly's "
      "decision to launch them -> a 057 from org:WHO with no target, following set 184's 'The recent agreement "
      "reached by the General Council of the World Trade Organization' a 057 from org:WTO, not nominal (borderline "
      "folded into the 046, or uncoded as an internal decision of the organisation); the split verb phrase 'fully "
      "supports, and expresses its commitment to contributing to.' keeps the record's stray full stop"),
 # --- UNGDC 2020-2024 random: nocue
 36: ([], "United Arab Emirates (2020): 'some conflicts are becoming dangerously regionalized' = a situation with no "
          "named actor"),
 37: ([], "Somalia (2022): 'The most important lesson we have learned in the long modern war against international "
          "terrorists and terrorism is that neither can be contained or degraded' = a lesson, its war noun with no "
          "named agent or coded adversary (guideline: event nouns without an agent not coded; terrorist groups "
          "without a name uncoded) (borderline a nominal 190 SOM/GOV -> SOM/REB, 'we' read as Somalia)"),
 38: ([("We are committed to promote and protect the fundamental rights", "0343", "BGD/GOV", "BGD/CVL", False, A, N,
        False)],
      "Bangladesh (Chief Adviser Yunus of the interim government, 2024) -> BGD/GOV (README: a speech's government under "
      "the UN-speech rule); 'We are committed to promote and protect the fundamental rights - for people to speak in "
      "freedom, to assemble without fear ..., to vote ..., to uphold the independence of the judiciary and freedom "
      "of press' = a government's commitment to its people's rights stated as a fact -> intent to provide rights "
      "0343, asserted (held-out rule: commitments stated as facts are asserted 03x; set 210: Rwanda's 'I pledge our "
      "resolve to ensure that never again ... denial of basic human rights' an asserted 0343 to RWA/CVL; set 189: a "
      "transitional regime's commitment to free elections a 034 to MDG/CVL), to the people -> BGD/CVL (borderline "
      "uncoded as a domestic programme, or 034 for the judiciary's independence); the listed rights are one "
      "commitment, coded once (held-out rule: one commitment with several purposes is coded once)"),
 39: ([], "Sri Lanka (2022): 'Conflicts, disasters and crises will not stop at passport control' = figurative, no actor; "
          "the negation is part of the metaphor"),
 40: ([], "El Salvador (Bukele, 2022): the parable of the humble house and the wealthy neighbour = figurative, no "
          "named actors (held-out 5 row 70 on the same speech: the parable uncoded)"),
}
