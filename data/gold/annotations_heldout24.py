"""Hand annotations for the TWENTY-FOURTH held-out event gold set (source of events-heldout24.jsonl).

Keyed by the row index of selection-heldout24.jsonl (output of select_later_heldout.py 24).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout24.jsonl \
        --annotations annotations_heldout24 --output events-heldout24.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will also meet with government counterparts and business representatives", "036", "USA/GOV", "EGY/GOV", False,
       F, N, False),
      ("will also meet with government counterparts and business representatives", "036", "USA/GOV", "EGY/BUS", False,
       F, N, False)],
     "Special Envoy Kerry's Cairo trip (Kerry -> USA/GOV); future meeting -> 036 future, one event per named party "
     "(held-out 18 row 0, 21 row 0): government counterparts on an Egypt trip -> EGY/GOV, business representatives -> "
     "EGY/BUS (borderline target null, their nationality not said, as held-out 20 row 1's PDAC participants); 'to urge "
     "continued and increased climate ambition' is the purpose of the same meeting, not coded (as 'to discuss', "
     "held-out 21 row 0; borderline 1042 future)"),
 1: ([("will lead the first meeting of the U.S.-EU Dialogue on China", "036", "USA/GOV", "org:EU", False, F, N,
       False)],
     "Sherman in Brussels; leading a future meeting with EEAS Secretary General Sannino -> 036 future to org:EU "
     "(held-out 14 row 23, 20 row 5: EU officials -> org:EU); the dialogue noun naming its parties is the same meeting, "
     "coded once; China is the topic"),
 2: ([("The Secretary and President Chakwera also discussed", "040", "USA/GOV", "MWI/GOV", False, A, N, False),
      ("plans to expand U.S. cooperation", "030", "USA/GOV", "org:SADC", False, F, N, True),
      ("to deepen U.S.-Malawi cooperation", "030", "USA/GOV", "MWI/GOV", False, F, N, True)],
     "Blinken with President Chakwera -> 040; the plans discussed = 'plans to' + cooperation -> intent 030 future "
     "(guideline), coded as a realised plan with its agent ('U.S.') even as a discussion topic (held-out 21 row 1, 23 "
     "row 21), one per named partner: the Southern African Development Community -> org:SADC (held-out 4), Malawi "
     "(U.S.-Malawi cooperation at the UN) -> MWI/GOV; nominal, the plans noun carrying both (borderline not coded as "
     "topics, held-out 23 row 10 'expanding cooperation')"),
 # --- State Dept random: demand
 3: ([("I urge all Kenyans", "104", "USA/GOV", "KEN/CVL", False, A, N, False)],
     "Blinken on the Kenyan elections; Y = support free, fair and peaceful elections -> demand political reform 104 "
     "(held-out 18 row 8 'respect democratic processes' 104; borderline 100), all Kenyans -> KEN/CVL (held-out 17 "
     "row 4 'all Ethiopians' -> ETH/CVL)"),
 4: ([("The two discussed the Northern Ireland Protocol", "040", "USA/GOV", "GBR/GOV", False, A, N, False),
      ("the Secretary urged Foreign Secretary Truss", "106", "USA/GOV", "GBR/GOV", False, A, N, False)],
     "Blinken's call with Truss -> 040; the request to continue good-faith negotiations with the EU -> 106 (Y = "
     "negotiations); the negotiations are Y and not coded separately (guideline; borderline a nominal 046 GBR/GOV -> "
     "org:EU as an ongoing act named inside the request, held-out 12)"),
 5: ([("to call on the DPRK", "1056", "USA/GOV", "PRK/GOV", False, A, N, False)],
     "after the DPRK's missile launch; one request with two demands (refrain from further provocations, engage in "
     "dialogue) -> the most specific sub-code 1056 (held-out 14 row 5, the same wording); 'We stand with the "
     "international community to call on' = joining an uncoded collective in the same call, not support for it, "
     "not coded (new: 'stand with X to do Y' is not the 051 'stand with' of held-out 15-23; borderline 051 USA/GOV "
     "-> null)"),
 6: ([("Moy urged partners", "100", "USA/GOV", N, False, A, N, False)],
     "Senior Bureau Official Moy -> USA/GOV; 'partners' unnamed in the sentence -> null (held-out 21 row 49 'our "
     "partners' -> null; borderline one event per Mekong partner the next paragraph lists, Cambodia, Laos, Thailand, "
     "Vietnam, Burma itself being the object); Y = take action to hold the Burmese military accountable to the ASEAN "
     "consensus = accountability, not a CAMEO act (held-out 18 row 38) -> generic 100"),
 7: ([("They called upon Pyongyang", "1056", "USA/GOV", "PRK/GOV", False, A, N, False),
      ("They called upon Pyongyang", "1056", "KOR/GOV", "PRK/GOV", False, A, N, False),
      ("They called upon Pyongyang", "1056", "JPN/GOV", "PRK/GOV", False, A, N, False)],
     "'They' = U.S. SR Kim, ROK SR Kim and Japanese DG Funakoshi (previous sentence) -> compound source split (first "
     "set 'the three countries'); capital metonym Pyongyang -> PRK/GOV; Y = cease the unlawful behaviour (the missile "
     "launches) and return to dialogue -> 1056 (held-out 14 row 5)"),
 8: ([], "IPCC report: 'we must let science drive us to action' = generic deontic, no act between actors"),
 # --- State Dept random: cue
 9: ([("reconvey Israel’s appreciation", "051", "ISR/GOV", "USA/GOV", False, A, N, False),
      ("the ongoing support", "070", "USA/GOV", "ISR/GOV", False, A, N, True)],
     "transcript turn of Defense Minister Gantz before meeting Blinken; appreciation for the administration, the "
     "President and the Secretary -> one 051 to USA/GOV; 'the ongoing support' = the administration's support named "
     "in the same thanks (agent from the sentence's addressee, held-out 21 row 23 'its unwavering support' nominal) "
     "-> nominal aid 070 (Israel's security needs, previous turn; borderline 072 or 051); 'a real pleasure to be "
     "here' has no 'with', not coded (held-out 21 row 67; borderline 042 ISR/GOV -> USA)"),
 10: ([("We applaud the Government of Spain", "051", "USA/GOV", "ESP/GOV", False, A, N, False)],
      "applaud -> 051 (held-out 19); Spain's role in facilitating international attention for the MIRPS Support "
      "Platform is not a CAMEO act toward a named actor (borderline 053)"),
 11: ([("The two also discussed", "040", "USA/GOV", "GBR/GOV", False, A, N, False),
       ("ongoing UK-EU negotiations", "046", "GBR/GOV", "org:EU", False, A, N, True)],
      "Sherman and UK Minister Cleverly -> 040; the ongoing UK-EU negotiations = a realised negotiation noun naming "
      "its parties, coded even as a topic (held-out 21 row 8) -> nominal 046 from the first-named; 'the PRC's "
      "troubling economic practices' is evaluative; AUKUS is a topic (held-out 18 row 27, 21 row 20); Iran's return "
      "to compliance is not a codable behaviour"),
 12: ([("Blinken spoke by phone today with", "040", "USA/GOV", "NZL/GOV", False, A, N, False)],
      "the splitter cut after 'Antony J.'; call with FM Mahuta -> 040 (held-out 15: calls -> 040); 'to discuss' is "
      "the same call"),
 13: ([("Sherman met today with", "040", "USA/GOV", "DNK/GOV", False, A, N, False)],
      "the splitter cut after 'Wendy R.' and 'Múte B.'; meeting with Greenland's Prime Minister -> 040, Greenland -> "
      "the country's GOV (sub-national government rule, held-out 2 row 31)"),
 14: ([], "the Cultural Property Advisory Committee reviews agreements: a domestic advisory body's work, no act"),
 15: ([("They discussed", "040", "USA/GOV", "BRA/GOV", False, A, N, False)],
      "'They' = Blinken and FM França -> 040; Bolsonaro's climate goals (carbon neutrality, funding against illegal "
      "deforestation) are domestic policy and topics"),
 16: ([("The Secretary and the Prime Minister also discussed", "040", "USA/GOV", "NPL/GOV", False, A, N, False),
       ("our cooperation to combat the effects of climate change", "050", "USA/GOV", "NPL/GOV", False, A, N, True)],
      "Blinken and PM Deuba -> 040; 'our cooperation' = the ongoing U.S.-Nepal cooperation (the parties from the "
      "same clause) -> nominal 050 (held-out 10/11 cooperation nouns; borderline a topic, not coded)"),
 17: ([], "Conti ransomware: 'attacks associated with Conti ransomware' have no coded agent (a criminal group) and "
          "unnamed victims = null-null, not coded; the FBI's estimate is a statement"),
 18: ([("the Department of the Treasury is designating four entities", "163", "USA/GOV", N, False, A, N, False),
       ("support Iran’s Persian Gulf Petrochemical Industry Commercial Co.", "061", N, "IRN/BUS", False, A, N, False)],
      "designation -> 163 (earlier sets), the four entities' nationality not given -> target null (held-out 2 row 1); "
      "a designation codes the acts of its 'for' clause (held-out 17): the entities' support of PGPIC = commercial "
      "support of an Iranian company -> economic cooperation 061 (borderline 070 or 071 as held-out 15 row 19), "
      "source null (entities uncoded), PGPIC -> IRN/BUS; 'a U.S.-designated entity' is an adjective for an earlier "
      "designation, not coded (borderline nominal 163 USA/GOV -> IRN/BUS); selling petroleum abroad is trade with no "
      "named counterpart"),
 19: ([("Cooperation between the United States and Peru", "050", "USA/GOV", "PER/GOV", False, A, N, True)],
      "Peru's president-elect; a cooperation noun naming its parties -> nominal 050 (held-out 7, 16 row 40), from the "
      "first-named; its effects (health, security) are not coded"),
 20: ([], "the released citizens 'arrived back in the United States, accompanied by' Envoy Carstens = travel of the "
          "released persons home, no act between actors (the release is the previous sentence)"),
 21: ([("expressed support for President Tshisekedi’s reform agenda", "051", "USA/GOV", "COD/GOV", False, A, N,
        False)],
      "Blinken -> expressed support 051 (guideline); the reform agenda is domestic"),
 22: ([("We deeply valued his support", "051", "USA/GOV", "ARE/GOV", False, A, N, False),
       ("his support in building the extraordinary partnership", "050", "ARE/GOV", "USA/GOV", False, A, N, True)],
      "condolences on Sheikh Khalifa's death; valuing his support = appreciation -> 051 (borderline condolence, 01x, "
      "held-out 10/11); his support in building the partnership = a historic act by the late President -> the office's "
      "government ARE/GOV (held-out 5); support in building a bilateral partnership -> nominal 050 (borderline 051), "
      "target the speaker's government; 'the partnership our countries enjoy' is the same relationship, not coded "
      "again"),
 23: ([("the importance of the U.S.-Indonesia Strategic Partnership", "050", "USA/GOV", "IDN/GOV", False, A, N,
        True),
       ("discussed ways", "040", "USA/GOV", "IDN/GOV", False, A, N, False),
       ("the upcoming U.S.-ASEAN Special Summit", "036", "USA/GOV", "org:ASEAN", False, F, N, True)],
      "Sherman and FM Marsudi -> 040; the Strategic Partnership = a partnership noun naming its parties -> nominal 050 "
      "(held-out 13, 16 row 40, 23 row 9; borderline an evaluation, held-out 21 row 2); the upcoming Summit = a meeting "
      "noun naming its participants -> nominal 036 future (held-out 20 row 32)"),
 24: ([("The Deputy Secretary also discussed", "040", "USA/GOV", "org:NATO", False, A, N, False),
       ("NATO’s ongoing efforts to strengthen its defenses", "154", "org:NATO", "RUS", False, A, N, True),
       ("U.S. efforts to support Ukraine’s ability to defend itself", "072", "USA/GOV", "UKR", False, A, N, True),
       ("Russia’s brutal and unprovoked invasion", "192", "RUS/MIL", "UKR", False, A, N, True)],
      "Sherman with NATO Deputy SG Geoana -> 040 to org:NATO; realised acts with their agents are coded even as topics "
      "(held-out 21 row 1, 23 row 21): NATO strengthening its defences against Russia -> nominal force build-up 154 "
      "(borderline not coded), target Russia -> RUS; U.S. support for Ukraine's self-defence = security assistance -> "
      "nominal 072 -> UKR; the invasion -> nominal 192 RUS/MIL -> UKR (earlier sets); 'Russian aggression' as the "
      "object of NATO's defences is the risk they guard against, not coded (guideline: risk; borderline a second "
      "mention of the war)"),
 25: ([("The parties agreed to meet", "036", "USA/GOV", "AFG/GOV", False, A, N, False),
       ("The parties agreed to meet", "036", "USA/GOV", "UZB/GOV", False, A, N, False),
       ("The parties agreed to meet", "036", "USA/GOV", "PAK/GOV", False, A, N, False)],
      "U.S.-Afghanistan-Uzbekistan-Pakistan quad (title); an explicit intent verb stated as a fact ('agreed to meet') "
      "-> 036 asserted (guideline 'EU leaders agreed to open negotiations'); a symmetric meeting of four coded parties "
      "-> from the document's government to each other party (held-out 21 row 20); Afghanistan in July 2021 -> the "
      "Ghani government AFG/GOV"),
 26: ([("We also applaud Denmark’s ambition and actions", "051", "USA/GOV", "DNK/GOV", False, A, N, False)],
      "Denmark's Constitution Day; applaud -> 051; Denmark's climate actions and scientific collaboration are "
      "domestic or without a named counterpart"),
 27: ([("we look forward to supporting Georgia", "032", "USA/GOV", "GEO/GOV", False, F, N, False)],
      "Georgia's Independence Day; 'look forward to' + support -> intent 032 future (first held-out set row 68, "
      "held-out 5 row 32 'look forward to continuing our support' 032), Georgia as the actor working on its reforms "
      "-> GEO/GOV (borderline the bare country, as held-out 1); the reforms themselves are domestic"),
 # --- State Dept random: nocue
 28: ([("The enduring partnership and vibrant people-to-people ties between Americans and Icelanders", "050",
        "USA/CVL", "ISL/CVL", False, A, N, True)],
      "Iceland's National Day; a partnership noun naming its parties -> nominal 050 (held-out 16 row 40, 23 row 9), "
      "the parties given as peoples -> USA/CVL and ISL/CVL (borderline USA/GOV -> ISL/GOV, or not coded as a "
      "relationship, held-out 20 row 11); 'will ensure our friendship remains strong' is a forecast"),
 29: ([("its commitment to help restore Burma’s path to inclusive democracy", "030", "USA/GOV", "MMR", False, A, N,
        True)],
      "Burma New Year; an unwavering commitment to help Burma = intent stated as a fact -> 030 asserted (held-out 7 row "
      "28 'strong commitment' 030), nominal (the commitment noun), target the country as a whole (the people, not the "
      "junta; borderline MMR/CVL, or not coded as an abstract policy commitment, held-out 19 row 33)"),
 30: ([], "Hong Kong business advisory: 'A healthy business climate requires a transparent framework' = generic"),
 31: ([], "Belgium National Day: 'We trust that Belgium will rebuild' = a hope about domestic recovery, optative"),
 32: ([("the suppression of peaceful protests", "175", N, "NIC/CVL", False, H, N, True)],
      "Nicaragua visa-restriction policy; the class of 'Nicaraguans believed to be responsible for' = a generic class "
      "of wrongdoers -> null source, hypothetical (held-out 2 row 0, 7 row 29); suppression of peaceful protests -> "
      "repression 175, protesters -> NIC/CVL; 'undermining democracy' and 'abuse of human rights' are not specific "
      "CAMEO acts (evaluative); the policy itself is not coded, as in the earlier visa-policy sentences"),
 33: ([("who undertook this mission", "190", "USA/MIL", N, False, A, N, False)],
      "the raid that killed ISIS leader al-Qurayshi; 'our brave service members ... who undertook this mission' -> "
      "U.S. forces USA/MIL; a military operation -> 190 (guideline; borderline 1823 killing of an individual), ISIS has "
      "no code -> target null (held-out 3, 17 row 34); 'a credit to' = domestic praise, not coded; 'at President "
      "Biden's direction' is a domestic order"),
 34: ([], "Department committed to promoting equality of LGBTQI+ persons: abstract policy position"),
 35: ([("Blinken spoke with", "040", "USA/GOV", "ETH/GOV", False, A, N, False)],
      "the splitter cut after 'Antony J.'; call with PM Abiy -> 040 (held-out 15)"),
 36: ([("looking forward to pursuing that conversation", "036", "USA/GOV", "TUR/GOV", False, F, N, False)],
      "Blinken before meeting FM Cavusoglu (he says 'prime minister'); continuing the conversation in the meeting "
      "about to be held -> 036 future (held-out 21 row 28), symmetric, from the document's government"),
 37: ([], "national day well-wishing (held-out 7: not coded)"),
 38: ([("made clear that Ortega and Murillo’s actions have no place in this hemisphere", "111", "org:OAS", "NIC/GOV",
        False, A, N, False)],
      "the OAS resolution on Nicaragua (title); 'the members of the OAS' acting through the vote -> "
      "org:OAS; declaring Ortega's and Murillo's actions unacceptable = disapproval -> 111 (borderline 110), Ortega "
      "and Murillo -> NIC/GOV; 'our shared commitments' is a state"),
 39: ([], "'has not yet faced accountability' (Bucaram): accountability is not a CAMEO act (held-out 18 row 38); no "
          "negated event"),
 40: ([("responded with violence", "175", "CUB/GOV", "CUB/CVL", False, A, N, False)],
      "the July 11 protests; the Cuban government's violent response to the protesters (previous sentence: tens of "
      "thousands of Cubans) -> repression 175 (borderline 180), target from the context -> CUB/CVL"),
 41: ([], "U.S.-Saudi climate statement: 'affirm the importance of reducing emissions' = domestic aims, no "
          "counterpart"),
 # --- UNGDC random: future
 42: ([], "Bhutan: the hope that its peacekeeping pledges contribute to UN environmental efforts = optative, no act"),
 43: ([("We will continue to support the United Nations", "032", "GHA/GOV", "org:UN", False, F, N, False)],
      "Ghana (2021); future support -> intent 032 future (held-out 5 row 32), 'other international organizations' "
      "uncoded, dropped (compound of a coded and an uncoded party)"),
 # --- UNGDC random: demand
 44: ([], "Fiji: charting its path to net zero = domestic"),
 45: ([], "Albania: 'we must respond to the fears and hopes of the people we serve' = generic deontic"),
 46: ([], "Equatorial Guinea: 'Humankind must show solidarity' = collective, no act"),
 47: ([], "Congo: 'Humanity should forever ban the use of nuclear weapons' = collective deontic, null-null"),
 # --- UNGDC random: cue
 48: ([("the continued support of the international community", "070", N, "KOR", False, A, N, True)],
      "Republic of Korea (2024); the support of the international community (collective -> null) that made its "
      "development possible -> nominal aid 070 with null source (held-out 20 row 72, 21 row 61), target the country "
      "-> KOR (borderline KOR/GOV); 'particularly through UN agencies and programs' names the channel (borderline a "
      "second 070 org:UN -> KOR)"),
 49: ([("signed the Charter of the United Nations", "057", "DOM/GOV", N, False, A, N, False)],
      "Dominican Republic (2020); the 1945 signing by the representatives of 51 nations including the speaker's -> "
      "057 coded for the coded party only (held-out 2 compound rule), multilateral charter -> target null (held-out "
      "21 row 17); 'the world was still in flames' is figurative"),
 50: ([], "Cuba: crises 'caused by the imperialist system and the international order imposed on us' = evaluative, "
          "agentless"),
 51: ([("she hosted", "043", "GBR/GOV", "FJI/GOV", False, A, N, False)],
      "Fiji (2022); Queen Elizabeth II hosting a welcome reception at CHOGM 2018 in London = a historic act of the head "
      "of state -> GBR/GOV (held-out 5: office held at the time), host -> 043 (guideline), the speaker as guest -> "
      "FJI/GOV (the other Commonwealth leaders uncoded, dropped; borderline target null)"),
 52: ([], "Suriname: 'multilateralism came under attack' = figurative"),
 53: ([], "Senegal: committed to implementing the Paris Agreement = abstract policy position"),
 54: ([("ostensibly participating in negotiations", "046", "SYR/GOV", N, False, A, N, False)],
      "Qatar (2020); the Syrian regime -> SYR/GOV; its participation in the negotiations, 'ostensibly' marking bad "
      "faith but not denying the act -> 046 asserted, the other side not named -> null (borderline SYR/OPP); 'obstructs' "
      "and 'without intending to make any change' are evaluative"),
 55: ([("Africa demands redress", "1044", "org:AU", N, False, A, N, False)],
      "Algeria (2024); 'Africa' = the priorities 'defined by the African Union's agenda' (preceding text) -> org:AU "
      "(held-out 15 'Africa's demand' 1044 org:AU); Y = African seats on the Security Council -> 1044 (held-out 9), no "
      "named addressee -> null; 'the historic injustice imposed on it' is agentless"),
 56: ([("Russia invaded another sovereign country", "192", "RUS/MIL", "UKR", False, A, N, False)],
      "Estonia (2023); invade -> 192 (guideline), Russia -> RUS/MIL as earlier sets' invasions, 'another sovereign "
      "country' = Ukraine (preceding text) -> UKR; 'We have to be very clear' is about speaking"),
 57: ([("remained steadfast in their support", "070", "IND/GOV", "BTN/GOV", False, A, N, True)],
      "Bhutan (2024); 'They' = India (previous sentence) -> IND/GOV; their steadfast support of Bhutan's development "
      "journey -> nominal aid 070 (held-out 19 row 66; borderline 051), 'friendship' a sentiment; 'have been with us' "
      "is the same support, coded once"),
 58: ([("Palau would also like to thank", "051", "PLW/GOV", "USA/GOV", False, A, N, False),
       ("Palau would also like to thank", "051", "PLW/GOV", "TWN/GOV", False, A, N, False),
       ("Palau would also like to thank", "051", "PLW/GOV", "JPN/GOV", False, A, N, False),
       ("Palau would also like to thank", "051", "PLW/GOV", "AUS/GOV", False, A, N, False),
       ("came to our aid", "070", "USA/GOV", "PLW/GOV", False, A, N, False),
       ("came to our aid", "070", "TWN/GOV", "PLW/GOV", False, A, N, False),
       ("came to our aid", "070", "JPN/GOV", "PLW/GOV", False, A, N, False),
       ("came to our aid", "070", "AUS/GOV", "PLW/GOV", False, A, N, False)],
      "Palau (2021); 'would like to thank' = performative thanks -> 051 asserted, one per named ally (the unnamed "
      "'allies and friends' dropped, held-out 2 compound rule); their pandemic aid -> 070 per named donor (borderline "
      "073), Taiwan -> TWN/GOV (held-out 23 row 57)"),
 59: ([], "Rwanda: the Secretary-General's digital cooperation roadmap is 'compelling and farsighted' = evaluation"),
 60: ([], "Ecuador: 'Only by deepening international cooperation ... can we defeat it' = generic 'we', no named "
          "counterpart"),
 61: ([], "Jordan: refugees' wellbeing 'remains an international responsibility' = no act"),
 # --- UNGDC random: nocue
 62: ([], "Romania: the war's consequences 'refer to blatant violations' = evaluative, agentless"),
 63: ([], "Angola: the pandemic accentuates interdependence: no actor"),
 64: ([], "Oman: the importance of promoting respect among peoples = abstract"),
 65: ([], "India: 'proxy wars being waged in many parts of the world' = agentless"),
 66: ([], "Benin: 'the war in Ukraine' has no agent in the sentence; context description"),
 67: ([], "Seychelles: never beset with such challenges: no act"),
 68: ([], "Angola: 'the United Nations has always advocated for multilateralism' = an abstract position, no "
          "counterpart"),
 69: ([], "Eritrea: a grim reality contrasted with 1990s hopes: no act"),
 70: ([], "Eritrea: 'the realities facing humanity today are dire' = no act"),
}
