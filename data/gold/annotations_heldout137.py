"""Hand annotations for the HUNDRED-AND-THIRTY-SEVENTH held-out event gold set (source of events-heldout137.jsonl).

Keyed by the row index of selection-heldout137.jsonl (output of select_bulk_sentence_heldout.py 137; all rows come
from bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout137.jsonl \
        --annotations annotations_heldout137 --output events-heldout137.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("We strongly urge", "102", "PHL/GOV", N, False, A, N, False)],
     "Philippines (1998); 'We strongly urge States that have not yet done so to sign the Convention' (the Ottawa "
     "Convention on anti-personnel mines, preceding sentence) = a request (guideline: urge -> 10x) whose Y is joining "
     "a treaty -> 102 (held-out 76 row 2: calls to join a treaty 102), addressed to an uncoded class of States that "
     "names no member -> target null (README 117: 'We call on all countries that have not yet done so to join the "
     "Rome Statute' a 102 with no target); 'that have not yet done so' = the non-signature of the same uncoded class, "
     "null-null, not coded (borderline a negated 057 null -> null); Y is not coded separately (guideline)"),
 1: ([("refused to sign", "120", "ISR/GOV", N, False, A, N, False)],
     "Qatar (1998); 'Israel is ... the only State that has so far refused to sign the treaties relevant to the "
     "prohibition of such weapons [of mass destruction]' = an explicit refusal (guideline: REJECT, negated false); a "
     "refusal to join a treaty -> 120 with no target (held-out 125 row 3: Israel's refusal to accept the "
     "non-proliferation regimes 120 with no target; README 112: India's 'stand apart from the CTBT' 120; borderline "
     "1245 to org:IAEA, or 128); 'I would point out' is the speaker's own statement; 'the only nuclear-weapon State "
     "in the region' is a status, not coded (borderline a nominal 154 possession)"),
 2: ([("refuses this proposal", "127", "ISR/GOV", N, False, A, N, False),
      ("continues to occupy", "192", "ISR/GOV", "PSE", False, A, N, False),
      ("confiscate land", "1711", "ISR/GOV", "PSE", False, A, N, False)],
     "Oman (1998); 'the Israeli Government now refuses this proposal' = an explicit refusal (guideline: REJECT, "
     "negated false) of the peace that the Arab countries accepted by taking part in the Madrid Conference in "
     "response to 'the calls for peace from various States' (preceding sentences) -> reject a plan to settle a "
     "dispute 127 (README: 'rejection of all peaceful proposals' a nominal 127), its proposers uncoded (the "
     "Arab countries, 'various States') -> target null (borderline USA/GOV, the co-sponsor named earlier in the "
     "speech, or 125); 'continues to occupy ... land in the West Bank' -> 192 (guideline: occupy 192) to the "
     "territory -> bare PSE (guideline: target of an occupation); 'confiscate land' = seizure of land -> confiscate "
     "property 1711 (held-out 93: 'taking areas of Palestinian land' 1711 to bare PSE; held-out 109: land seizures "
     "1711; borderline PSE/CVL, the owners named only in the next sentence), one event per code (README)"),
 3: ([("ready to participate", "030", "POL/GOV", "org:UN", False, A, N, False)],
     "Poland (1995); 'For its part, Poland is ready to participate in these efforts' = readiness stated as a fact "
     "(README: 'stands ready to engage/assist' 03x asserted; README 111: 'seeks to participate in initiatives' 030 "
     "asserted) -> 030; 'these efforts' = the efforts of the United Nations to cope with the challenges of the "
     "twenty-first century, in the assurances of confidence in 'our Organization' of the preceding sentence -> "
     "org:UN (borderline target null, or not coded as a UN reform position, since the reform is the topic of the "
     "paragraph); 'so that ... they will never experience war' is a purpose and a hope, not a negated event"),
 4: ([("I call upon", "102", "PER/GOV", N, False, A, N, False)],
     "Peru (2002); 'I call upon all other members of the international community that have not yet done so to "
     "ratify that international instrument' (the Kyoto Protocol, preceding sentence) = a request (guideline: call "
     "on -> 10x) to join a treaty -> 102, addressed to an uncoded class that names no member -> target null (README "
     "117; held-out 76 row 2); 'that have not yet done so' = non-ratification by the same uncoded class, not coded; "
     "stemming gas emissions is the purpose"),
 5: ([], "Afghanistan (1990): 'the present international economic order does not meet the needs of the developing and "
         "the least-developed countries' = a description of an economic system, no actor and no act; 'the "
         "international political atmosphere has improved' is an evaluation"),
 6: ([], "Greece (2016): 'our discussion is no longer about our surviving crises' = a description of the speaker's "
         "own agenda, no act between actors; 'no longer' bears on a topic, not on an event"),
 7: ([], "Belgium (2018): 'I am also in favour of an effective policy of return for those who do not meet the "
         "conditions' = an abstract policy position (guideline) on returning irregular migrants, who are an uncoded "
         "class; not coded (borderline a demanded 174 BEL/GOV -> null); 'do not meet the conditions' describes the "
         "migrants' status, not a negated event"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("complete this wholesome task", "074", "org:UN", "SOM", False, D, N, False)],
     "Malawi (1993); 'it is imperative that the United Nations and the international community be allowed to "
     "complete this wholesome task by establishing conditions for peace and civil authority' = a deontic with no "
     "request verb (guideline: 'it is important to help X' demanded), X = the UN (the international community "
     "uncoded, dropped), Y = the task of 'bringing Somalia back to life' of the preceding sentence, the UNOSOM "
     "operation -> provide peacekeeping 074 (README 110: operationalising MINUSMA's mandate a demanded 074 org:UN -> "
     "MLI; borderline 073 humanitarian aid) to the country as a whole -> bare SOM; 'be allowed' is agentless "
     "(borderline a demanded 0355 null -> org:UN for the permission itself); the Addis Ababa agreements of March "
     "1993 (among Somali factions) are named only as the basis of the task, not coded (README 122: agreements named "
     "only as a source of goals); Addis Ababa is a place, not a metonym"),
 9: ([("to translate", "070", "ITA/GOV", N, False, F, N, False)],
     "Italy (1993); 'The donors' conference about to open in Washington will provide an important occasion to "
     "translate our political support into action' = Italy's expected material support to the Middle East peace "
     "process at the Washington donors' conference (1 October 1993) -> a future material act keeps its code "
     "(README: 'we will continue support' 070 future) -> 070 future (borderline hypothetical, 'an occasion' "
     "being an opportunity rather than a pledge; or 0331), the beneficiaries not named in the sentence or the "
     "speech's account of the conference -> target null (borderline PSE/GOV, the conference having funded the "
     "Palestinian self-government, from outside knowledge); 'our political support' is the presupposed object of "
     "'translate', not coded separately (borderline a nominal 051 to ISR/GOV and PSE/GOV, the Israelis and the "
     "Palestinians named earlier in the speech); the conference itself is only 'about to open in' a venue (README "
     "110: summits only held at a venue uncoded); Washington is a place, not a metonym"),
 10: ([], "Mozambique (1997): 'It is our hope that the high-level meeting scheduled for next year at Addis Ababa will "
          "succeed in finding the needed consensus' on the African human rights court = an optative hope about an "
          "agentless meeting of uncoded participants (README: a hope about another actor's act not coded; "
          "borderline a future 036 with no source to org:AU); Addis Ababa is a place, not a metonym"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Costa Rica (2019): 'At the time, it was said that it would be impossible for a country to survive without an "
          "army' = an agentless report of an opinion, no act between actors; 'here I am ... proof to the contrary' is "
          "a description; the abolition of the army lies in the preceding sentence"),
 12: ([], "Bulgaria (1996): 'As Ambassador Butler of Australia ... stated, that Declaration must serve as a set of "
          "guidelines for cooperation amongst all nations' = a reported norm for all nations (README: 'we' "
          "meaning all states not coded), no codable act; the speech verb is not coded (guideline)"),
 13: ([], "Equatorial Guinea (2011): 'Africa ... has firmly stated that it is in favour of the peaceful resolution of "
          "conflicts ... through dialogue, mediation and negotiation' = a public statement (01x, not coded) of an "
          "abstract policy position by the continent (borderline 051 org:AU -> null); the 'fratricidal conflicts "
          "caused ... by internal and external factors and by third parties' have no named parties, not coded"),
 14: ([], "France (2015): 'We must collect $100 billion by 2020' = 'we' meaning the developed countries as a whole "
          "(the 'third condition' of the preceding sentences), for the benefit of 'emerging countries, developing "
          "countries', both uncoded collectives; 'they will be aided and supported' is an agentless expectation for "
          "the same uncoded class; null-null, not coded (README: 'we' meaning all states; borderline a "
          "demanded 0331 FRA/GOV -> null)"),
 # --- UNGDC 1990-2019 random: future
 15: ([("The negotiation", "046", N, "ISR/GOV", False, A, N, True)],
      "United Kingdom (1992, speaking for the European Community presidency); 'The negotiation of a final settlement "
      "based on Security Council resolutions 242 (1967) and 338 (1973) will take time yet' = the ongoing Arab-Israeli "
      "negotiations of the Madrid process, the 'Arab-Israel peace process' of the preceding sentence (README: "
      "an event noun whose agent is plain from the text around it is coded; README 117: 'the resumption of "
      "negotiations between the parties concerned' nominal 046) -> nominal 046; the first-named party ('Arab') has no "
      "code, so no source and target ISR/GOV (README 123: the Arab-Israeli negotiations a nominal 046 null -> "
      "ISR/GOV); asserted, since the talks are under way and 'will take time' bears on their duration (borderline "
      "future; or not coded as an event noun without an agent in the sentence)"),
 16: ([], "Burundi (1993): 'my country's foreign policy will be based on the following guiding principles: "
          "good-neighbourliness and effective cooperation;' = an abstract policy position (guideline), no counterpart "
          "named; not coded (borderline a future 030 BDI/GOV -> null)"),
 17: ([], "Timor-Leste (2011): understanding developing countries 'will surely yield more results than forcing "
          "situations where receiving countries cannot immediately meet the conditions imposed on them' = a general "
          "comparison about aid conditionality, donors and receiving countries uncoded classes, agentless; "
          "null-null, not coded (borderline a nominal 170 null -> null)"),
 # --- UNGDC 1990-2019 random: demand
 18: ([("remain eager to work within", "030", "KNA/GOV", "org:UN", False, A, N, False)],
      "Saint Kitts and Nevis (2015); 'We remain eager to work within the United Nations system' = an intent to "
      "cooperate stated as a fact (README: commitments stated as facts, 'remain committed to supporting', "
      "asserted 03x) -> 030 to org:UN (borderline not coded as an abstract commitment); 'the United Nations must be "
      "re-energized, retooled and refocused' = a UN reform position (README), not coded"),
 19: ([], "Austria (1992): 'all peaceful means have to be employed to solve a conflict, but if they prove to be of no "
          "avail ... full application of all the Charter's provisions must be envisaged' = an abstract norm about "
          "collective security (Article 42), no actor and no named conflict party; not coded (borderline a "
          "hypothetical 190 org:UNSC -> null)"),
 20: ([], "Gambia (2014): 'we must not relegate those old concerns of developing countries to the dustbin of "
          "history' = 'we' meaning all states (README), figurative; no act between actors"),
 21: ([("assistance", "071", N, "PNG/GOV", False, D, N, True)],
      "Papua New Guinea (2005); 'Consideration ... must also be given to other non-HIPC countries, such as mine, so "
      "that they can benefit from such goodwill and assistance' = an agentless deontic whose point is debt-servicing "
      "assistance for non-HIPC countries -> a statement of need (README: demanded aid with no source to the "
      "speaker's government), the class named through one member, the speaker (README: a collective deontic "
      "naming one member coded for that member) -> demanded nominal 071, debt relief being economic aid (borderline "
      "070), source null since 'such ... assistance' names a kind, not a provider (borderline org:EU, whose HIPC "
      "assistance the preceding sentence commends); 'goodwill' is a sentiment"),
 22: ([], "Bosnia and Herzegovina (2006): 'We must now embrace all European Union standards and norms' = domestic "
          "adoption of norms, Y not a codable behaviour (guideline: 'comply with obligations' not coded); borderline a "
          "demanded 030 BIH/GOV -> org:EU"),
 23: ([], "Italy (1992): 'We must counter this danger and reactivate the dialogue in all possible forums and translate "
          "the concept of assistance into a living reality' = 'we' meaning North and South, all states (README "
          "42/43), with no named counterpart; not coded (borderline a demanded 040 and 070 ITA/GOV -> null)"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "Honduras (1992): 'The Summit of Heads of State and Government held in Madrid this year also gave support to "
          "growing and leading involvement by our countries in a world programme of human development' = support by "
          "the Ibero-American Summit (an uncoded body whose members include Honduras) for the involvement of its own "
          "members (uncoded 'our countries'), null-null, not coded (README: acts between uncoded collectives; "
          "borderline a 051 null -> HND/GOV); 'held in Madrid' is a venue, not a metonym and no 043 (README 110)"),
 25: ([("conflict", "190", "MOZ/GOV", "MOZ/REB", False, A, N, True),
       ("discussions", "046", "MOZ/GOV", "MOZ/REB", False, A, N, True)],
      "Gabon (1992); 'This appeal equally applies to Mozambique' = the speaker's hortative 'we must make a collective "
      "effort to put an end to the fratricidal confrontations' (preceding text), 'we' meaning all states, not coded "
      "(borderline a 107 GAB/GOV -> null); 'a conflict on which discussions are now under way' = the Mozambican civil "
      "war and the Rome peace talks, whose parties the next sentence names ('the meetings in Rome ... between "
      "President Chissano and the leader of RENAMO') (README: an event noun whose agent is plain only from the "
      "text around it is coded) -> a nominal 190 and a nominal 046 (guideline: negotiations 046; borderline 040), "
      "from the first-named, MOZ/GOV, to RENAMO, an armed insurgency before the October 1992 accord -> MOZ/REB; "
      "borderline neither coded, as event nouns without an agent in the sentence (README 123: a negotiating process "
      "among unnamed parties left uncoded); 'natural catastrophes' are no act"),
 26: ([], "Trinidad and Tobago (1995): 'Our Organization has had to adapt quickly to meet these challenges' = the "
          "UN's internal adaptation, no act between actors"),
 27: ([], "India (2007): 'Official development assistance (ODA) showed a marked fall during 2006 and remains well "
          "below the target of 0.7 per cent' = agentless aid statistics between uncoded donors and recipients, "
          "null-null, not coded (borderline a negated 071 null -> null)"),
 28: ([], "Zimbabwe (2001): 'This is the major threat to that peace process today' = 'This' is the Security Council's "
          "'excessive caution or hesitancy' of the preceding sentence; a figurative threat (guideline: threat as risk) "
          "and an evaluation without a behaviour verb (guideline); not coded (borderline a 111 ZWE/GOV -> org:UNSC)"),
 29: ([("assure you", "030", "BRN/GOV", "org:UNGA", False, A, N, False)],
      "Brunei Darussalam (2004); 'My delegation wishes to assure you of its full support and cooperation during your "
      "tenure of office' = an assurance to the President of the General Assembly (README: an assurance of "
      "'support and cooperation' is one 030; README: assuring the Assembly President of cooperation 030 to "
      "org:UNGA) -> 030 asserted, 'wishes to' performative (borderline 032)"),
 30: ([], "Haiti (1997): 'It [the eradication of poverty] also requires the sincere support of the international "
          "community, especially the support of international institutions and the leaders of the industrialized "
          "countries' = a statement of need whose providers are uncoded collectives and whose beneficiaries are the "
          "poor of the least developed countries in general (no named recipient), null-null, not coded (borderline a "
          "demanded 070 null -> HTI/GOV, Haiti being one of them)"),
 31: ([], "Guinea (1997): 'We face major challenges ... [that] call for urgent solutions' = a description, 'we' meaning "
          "the African countries; no act between actors"),
 32: ([], "Uruguay (1990): 'The present status of the negotiations is marked by slow progress and stagnation' = the "
          "GATT Uruguay Round negotiations among the whole GATT membership, an uncoded collective, and an evaluation "
          "of their progress; not coded (borderline a nominal 046 null -> null)"),
 33: ([("were invited to discuss", "043", "BDI/GOV", "BDI/CVL", False, A, N, False)],
      "Burundi (1990); 'which all the people of Burundi were invited to discuss' = the Government's national "
      "consultation on the draft Charter of National Unity, an agentless passive whose agent is plain from the "
      "context (the President appointed the commission; the next sentence: the people 'responded to the appeal') -> "
      "convening a national discussion 043 (README: a political class organising a national discussion is "
      "043 to CVL; README 121: Ecuador's consultative process a nominal 040 ECU/GOV -> ECU/CVL), BDI/GOV -> BDI/CVL "
      "(borderline 040, or not coded as domestic policy-making); 'The commission was thus given a mandate' is an "
      "internal delegation within the Government, not coded"),
 34: ([("has hosted", "043", "ISR/GOV", N, False, A, N, False)],
      "Israel (Netanyahu, 2017); 'In the past year, Israel has hosted many world leaders' = host visits 043 "
      "(guideline), several visits hosted by one government coded once, the visitors an open, uncoded class -> "
      "target null (README: several conferences hosted by one government one 043 with no target); borderline "
      "a nominal 042 each from USA/GOV and IND/GOV, the Trump and Modi visits told in the sentences before"),
 35: ([("welcome", "051", "BTN/GOV", "PLW/GOV", False, A, N, False)],
      "Bhutan (1995); 'We also take this opportunity to welcome the' = a fragment cut by the splitter; the verb is in "
      "the sentence and the object after the cut is 'Republic of Palau into our family of nations' (README: "
      "a fragment whose object the splitter cut off is coded from the text after the cut when its verb is in the "
      "sentence) -> 051 to PLW/GOV (README 116: congratulating Switzerland on joining the UN is a 051 to CHE/GOV, the "
      "joining not coded); borderline not coded as a UN admission position (README), or bare PLW"),
 36: ([("signed", "057", "MNE/GOV", "org:NATO", False, A, N, False)],
      "Montenegro (2016); 'In May this year Montenegro signed the NATO accession protocol' -> sign formal agreement 057 "
      "(guideline: agreements concluded 057; held-out 77 row 48: joining the EAC 057 to the organisation) to "
      "org:NATO (README 116); borderline not coded as a membership act"),
 37: ([("cooperation", "050", N, "GNB/GOV", False, D, N, True)],
      "Brazil (2010); 'We need intelligent modalities for cooperation, which can promote development and stability and "
      "encourage the necessary reforms, especially with regard to the armed forces' = about Guinea-Bissau (preceding "
      "sentence: 'It is not by isolating or abandoning Guinea-Bissau that the international community will help "
      "it'), 'we' meaning the international community -> a statement of need, demanded nominal cooperation with no "
      "source to the country's government (README 122: 'requires support from our partners' a demanded nominal 070 "
      "with no source; README: 'our' meaning all countries, a demanded 071 with no source) -> 050 (borderline "
      "061, or not coded as 'we' meaning all states and 'modalities' an abstract design); the security-sector reforms "
      "are the purpose"),
 38: ([("I encourage", "102", "FSM/GOV", N, False, A, N, False)],
      "Micronesia (2010); 'Today, I encourage all delegations to consider supporting it' = a request (README: "
      "'It is important to encourage him' a request) whose Y is support for Micronesia's proposal to phase down "
      "hydrofluorocarbons under the Montreal Protocol -> demand policy support 102 (held-out 77 row 30: a request "
      "for votes 102), the delegations an uncoded collective -> target null (borderline org:UNGA, or generic 100)"),
 39: ([], "Lesotho (1994): the sentence starts at 'Lesotho demonstrate' (the splitter cut after 'our recent experience "
          "in'); 'young and fledgling democracies can be seriously threatened or turned off their course' = a general, "
          "agentless possibility (guideline: threat as risk); the August 1994 royal coup is told only in the next "
          "sentences (coups are not coded, README)"),
 40: ([], "Lao PDR (1992): 'numerous civil conflicts, ethnic struggles, religious clashes and border conflicts continue "
          "to disturb many countries ..., thus seriously threatening international peace' = conflicts with no named "
          "parties, a figurative threat (guideline); not coded"),
 41: ([("signed", "057", "PRK/GOV", "USA/GOV", False, A, N, False),
       ("unilateral\nmeasures", "128", "USA/GOV", "PRK/GOV", False, A, N, True),
       ("establishment of a new peace arrangement", "057", "PRK/GOV", "USA/GOV", False, D, N, True)],
      "DPRK (1996); 'the Armistice Agreement, signed in 1953' = a historic agreement (README: a treaty 'since it "
      "was signed' 057 between its parties), its parties given later in the speech as 'the Democratic People's "
      "Republic of Korea and United States military authorities, the real parties to the Korean Armistice Agreement' "
      "-> 057 from the speaker to the United States, the governments of the time (README: office at the time; "
      "borderline PRK/MIL -> USA/MIL as the speech words it, or org:UN for the UN Command), a participle -> not "
      "nominal; 'remain paralysed by unilateral measures on the part of the United States' = an event noun with its "
      "agent named, the US measures that the DPRK holds to have disabled the Agreement and its Military Armistice "
      "Commission -> defy an agreement 128 (README: a claimed violation of agreements a nominal 128 to the "
      "party) to the other party, PRK/GOV (borderline 160, or not coded as 'measures' naming no specific act, as "
      "held-out 70 left 'attempts to destabilize' uncoded); 'the establishment of a new peace arrangement is "
      "imperative' = an agentless deontic whose parties the next sentences give (the DPRK's proposal of an interim "
      "agreement 'between the Democratic People's Republic of Korea and the United States') -> a demanded nominal "
      "057 (README: direct talks that 'should occur' a demanded nominal 046) from the first-named, PRK/GOV -> "
      "USA/GOV (borderline not coded, as held-out 41 left the DPRK's agentless 'conclusion of a peace agreement' "
      "uncoded); averting 'accidental conflicts' is the purpose"),
 42: ([("pledges", "032", "MMR/GOV", "org:UN", False, A, N, False)],
      "Myanmar (1998); 'Myanmar pledges ... to continue its strong support for the endeavours of the Organization to "
      "promote the economic and social advancement of mankind' = a pledge of continued support (README: a "
      "pledge of continued support is 032 asserted) -> 032 to org:UN; 'and reaffirms its commitments to the "
      "purposes and principles of the Charter' = a commitment to principles, an abstract position (held-out 79: "
      "commitment to the Charter not coded; borderline a second 030 to org:UN, as held-out 116's 'solemn pledge to "
      "the Charter'); 'as a responsible Member' is a status"),
 43: ([("We reject", "120", "BHS/GOV", N, False, A, N, False),
       ("we criticize", "111", "BHS/GOV", N, False, A, N, False)],
      "Bahamas (2013); 'We reject that premise' = a performative rejection (guideline: REJECT 12x) of the argument "
      "of 'some' of 'the more developed countries' (preceding sentence) -> 120 (borderline 110 disagreement); 'we "
      "criticize in the strongest possible terms the efforts of some to maim and cripple ... the offshore economies "
      "within our region' -> 111 (guideline: criticise 111); the 'some' are an uncoded, unnamed group of developed "
      "countries -> target null for both (README: rejecting acts of unnamed agents 120 with no target; README "
      "12/13: 'reject and condemn' split into 120 and 111); the 'efforts ... to maim and cripple' name no specific "
      "coercive act and are the criticised content, not coded separately (held-out 70: 'attempts to destabilize' "
      "not coded; borderline a nominal 170 null -> bare BHS, the 'economic aggression' being real measures)"),
 44: ([("reiterate our full", "051", "MDV/GOV", "PSE/CVL", False, A, N, False),
       ("encourage", "108", "MDV/GOV", N, False, A, N, False)],
      "Maldives (2000); 'We would like to reiterate our full support for the cause of the Palestinian people' -> 051 "
      "(guideline: express support) to PSE/CVL (README 115: support for the Palestinian people's struggle a 051 to "
      "PSE/CVL), 'would like to' performative -> asserted; 'and to encourage the sponsors of the peace process in the "
      "Middle East to continue to pursue their efforts towards achieving a lasting peace' = a request to the "
      "mediators to keep mediating -> demand mediation 108 (README: asking a truce's guarantors 108), the "
      "sponsors never named in the speech -> target null (borderline USA/GOV and RUS/GOV from outside knowledge, or "
      "107)"),
 45: ([], "Dominican Republic (2019): 'Since the founding of the United Nations ... my country has been deeply "
          "committed to the Organization's mission of cooperation for peace, security and the development of peoples' "
          "= a long-standing commitment to the Organization's goals, an abstract position (held-out 76 row 45: "
          "'firmly committed to the goals' not coded; held-out 79: commitment to the Charter not coded); borderline a "
          "030 DOM/GOV -> org:UN"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Georgia (1992): 'In the year 337 AD, Christianity, as the State religion, blessed the country's impulse "
          "towards unity' = a historical description, no act between actors"),
 47: ([], "Tunisia (2016): 'Today, we renew our commitment to the African Union Agenda 2063, which is the sum of our "
          "ambitions' = a renewed commitment to a development programme's goals, an abstract position (held-out 79: "
          "commitment to the Charter not coded; held-out 76 row 45: commitment to goals not coded); borderline a 030 "
          "TUN/GOV -> org:AU, as held-out 116's 'solemn pledge to the Charter'"),
 48: ([("extend congratulations", "051", "IRQ/GOV", "org:UNGA", False, A, N, False),
       ("extend congratulations", "051", "IRQ/CVL", "org:UNGA", False, A, N, False)],
      "Iraq (2008); 'allow me on behalf of my country and the people of Iraq to extend congratulations to the "
      "President of the General Assembly' = a performative congratulation -> 051 to org:UNGA (README: "
      "commending the Assembly President's election 051 to org:UNGA), one from each party it is made on behalf of "
      "(README: thanks on behalf of a government and people give one 051 from each; README 114), 'my "
      "country' the Government -> IRQ/GOV and the people -> IRQ/CVL (borderline one 051 from IRQ/GOV)"),
 49: ([], "Papua New Guinea (1999): 'The reforms of the Organization would not be complete without the "
          "reconfiguration of the regional groupings' = a UN reform position (README), not coded"),
 50: ([], "South Africa (2008): quoting the President of the General Assembly, Mbeki 'along [with] other African "
          "leaders, championed the vision of NEPAD we still pursue today' = advocacy of the African leaders' own "
          "programme, an abstract policy position with no counterpart (guideline), not coded (borderline a 051 "
          "ZAF/GOV -> org:AU reported_by org:UNGA); 'we still pursue' is a description"),
 51: ([], "South Africa (1999): 'humanity has never had as bright a prospect for durable world peace' = an evaluation; "
          "'depending on what we all do' is 'we' meaning all states; no act"),
 52: ([], "Brunei Darussalam (2009): 'Communication is better than ever before' = a description, no actor"),
 53: ([], "Saint Lucia (1997): 'We need a United Nations where waste is abhorred' = a UN reform position (README "
          "54-61), not coded"),
 54: ([("We are heartened", "051", "MMR/GOV", N, False, A, N, False),
       ("grave misgivings", "110", "MMR/GOV", "org:ICC", False, A, N, True),
       ("grave misgivings", "110", N, "org:ICC", False, A, N, True)],
      "Myanmar (2018); 'We are heartened that we are not alone in having grave misgivings about the Court' = the "
      "International Criminal Court, whose September 2018 jurisdiction ruling the preceding sentences criticise; "
      "'We are heartened' is a welcome of others' stance (README: 'we are encouraged by' 051; held-out 98: "
      "'I was heartened by the expressions of support' 051), the others unnamed -> target null (README 112: 'I am "
      "all the more pleased' a 051 with no target; borderline not coded as a sentiment); 'grave misgivings about "
      "the Court' = disapproval of the Court's ruling (held-out 109: 'registered its reservations about the "
      "Agreement' 110; borderline 01x expressed concern), a noun with its holders named -> nominal 110 from the "
      "speaker's government to org:ICC, and one with no source for the unnamed others who share it (README 111: "
      "earlier congratulators a 051 with no source)"),
 55: ([], "Slovenia (1993): 'The right to self-determination is a case in point' = a description, no act; the denial "
          "of the right lies in the next sentence"),
 56: ([], "Sweden (2011): 'Only 19 women lead their countries as elected Heads of State or Government' = a statistic, "
          "no act between actors"),
 57: ([], "Viet Nam (2007): 'So far, that programme has produced encouraging results' = an evaluation of the "
          "tripartite Viet Nam-UN agency programme of the preceding sentence, an anaphoric event noun (guideline: "
          "event nouns without an agent in the sentence not coded; borderline a nominal 061 VNM/GOV -> org:UN)"),
 58: ([], "Czechoslovakia (1990): 'I shall certainly comment on some of them today, and we will express our views on "
          "others later' = the speaker's own future statements (01x), not coded"),
 59: ([], "Bolivia (2011): 'The biggest drug traffickers put their millions of dollars ... in the banks' = criminals' "
          "banking with unnamed banks, no political actor and no codable act"),
}
