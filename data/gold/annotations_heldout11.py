"""Hand annotations for the ELEVENTH held-out event gold set (source of events-heldout11.jsonl).

Keyed by the row index of selection-heldout11.jsonl (output of select_heldout11.py).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout11.jsonl \
        --annotations annotations_heldout11 --output events-heldout11.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will continue to support those around the world", "032", "USA/GOV", N, False, F, N, False)],
     "'will continue to support' -> 032 future (held-out 7 row 16, held-out 8 row 14); 'those around the world "
     "struggling for human dignity' = an unnamed class of people -> null (as held-out 9 row 43's defenders "
     "worldwide)"),
 1: ([], "'we will continue to support reforms to yield a world free from discrimination' = support for reforms "
         "with no actor (abstract policy position, guideline 'we support the allocation of resources'); the "
         "Summit for Democracy commitments are not acts between actors"),
 2: ([("will travel to Tianjin", "036", "USA/GOV", "CHN", False, F, N, False),
      ("meet with PRC officials", "036", "USA/GOV", "CHN/GOV", False, F, N, False)],
     "Sherman; future travel -> 036 future to the destination country (Tianjin is a place in the PRC, held-out 9 "
     "row 41); the meeting with PRC officials and Wang Yi on the trip is coded as well (held-out 8 rows 15, 38) -> "
     "036 future, one event for the officials and the named FM"),
 # --- State Dept random: demand
 3: ([("ruled", "172", "TUR/JUD", "TUR/REL", False, A, N, False)],
     "the Turkish Constitutional Court's 1971 ruling forcing private higher-education institutions to nationalize "
     "or close, which closed the Halki seminary of the Ecumenical Patriarchate -> an administrative restriction "
     "172 (new: a court ruling that forces a closure), court -> TUR/JUD, the Patriarchate's seminary -> TUR/REL "
     "(borderline: target null for 'all institutions', or not coded); 'must either nationalize or close' is inside "
     "the ruling, not a deontic of the speaker; 'the closure' has no agent of its own (the same act)"),
 4: ([], "'It' = the Ethiopian government's commitment to a cessation of hostilities (previous sentence); 'should "
         "serve as a foundation' is deontic on an inanimate subject, Y not a codable act"),
 5: ([("withdrawal from all peace agreement monitoring", "160", "SSD/REB", N, False, A, N, True)],
     "the SPLM-IO's withdrawal from the peace-agreement monitoring and verification mechanisms -> reduce relations "
     "160 nominal (borderline 1662 withdraw observers); SPLM-IO, the armed opposition movement whose forces clash "
     "with the SSPDF (previous sentence) -> SSD/REB (borderline SSD/OPP); the mechanisms have no code -> null "
     "(borderline SSD/GOV, the other party); 'must be immediately reversed' = deontic agentless passive, Y "
     "(return to the mechanisms) not a codable act; the monitoring bodies (CTSAMVM, no code) investigating violence "
     "by unnamed perpetrators has no coded actor on either side, not coded"),
 6: ([], "'The world agrees' (collective) that children should not be exploited: a norm, no act"),
 7: ([("support and amplify diverse Afghan voices", "051", N, "AFG/CVL", False, D, N, False)],
     "'it is critical that the international community support' = deontic without a request verb (guideline 'it is "
     "important to help X') -> Y coded, demanded; the international community (collective) -> null; verbal support "
     "for Afghan voices (women, civil-society leaders) -> 051, AFG/CVL; 'must be determined by all Afghans' is not a "
     "codable act"),
 8: ([], "Blinken at the OAS: bridging the divide between domestic and foreign policy, health and energy security, "
         "regulations on illicit finance = abstract policy, 'we' = the hemisphere's governments together"),
 # --- State Dept random: cue
 9: ([("discussed opportunities", "040", "USA/GOV", "AUS/GOV", False, A, N, False)],
     "Sherman's call with DFAT Secretary Campbell (title) -> AUS/GOV; 'highlighted her concern' = 01x; 'continue "
     "collaborating with partners and allies' is the topic of the discussion, not coded"),
 10: ([("express our deep appreciation", "051", "USA/GOV", "MDV/GOV", False, A, N, False),
       ("condemning", "111", "MDV/GOV", "RUS/GOV", False, A, N, False),
       ("Russia’s full-scale invasion of Ukraine", "192", "RUS/MIL", "UKR", False, A, N, True)],
      "national-day message; appreciation = thanks/praise -> 051 to Maldives; Maldives' leadership as PGA in "
      "condemning -> 111 with the sentence's own agent MDV/GOV (new, borderline org:UNGA: the PGA is org:UNGA in "
      "earlier sets and the condemnation was the General Assembly's); target of the condemnation RUS/GOV as earlier "
      "sets; the invasion -> 192 nominal, RUS/MIL -> UKR as earlier sets"),
 11: ([("have detained", "173", "MMR/MIL", "MMR/CVL", False, A, N, False),
       ("imprisoned", "173", "MMR/MIL", "MMR/OPP", False, A, N, False),
       ("dispersed peaceful demonstrations with lethal force", "175", "MMR/MIL", "MMR/CVL", False, A, N, False)],
      "'Regime security forces' of the Burmese military regime -> MMR/MIL (junta rule; borderline MMR/COP); "
      "detaining 13,000 people -> 173 MMR/CVL; imprisoning Aung San Suu Kyi and other ousted leaders -> 173 MMR/OPP "
      "(held-out 8: ousted elected leaders -> MMR/OPP); dispersing peaceful demonstrations with lethal force -> "
      "violent repression 175 MMR/CVL"),
 12: ([("cooperation with Japan", "050", "USA/GOV", "JPN/GOV", False, A, N, True)],
      "Blinken's meeting with FM Hayashi; 'emphasized' = 01x; a cooperation noun naming its participant -> nominal "
      "050 (held-out 8 row 39 'U.S.-EU cooperation'); 'other allies and partners' (collective) dropped; "
      "denuclearization is the aim"),
 13: ([("imposed sanctions", "163", "USA/GOV", "CUB/MIL", False, A, N, False),
       ("imposed sanctions", "163", "USA/GOV", "CUB/COP", False, A, N, False),
       ("violent suppression of peaceful protesters", "175", "CUB/COP", "CUB/CVL", False, A, N, True)],
      "sanctions on the leader of Cuba's military (-> CUB/MIL) and on MININT's Special National Brigade (-> "
      "CUB/COP, held-out 4 row 42 MININT forces) -> compound target split; 'Cuban security forces' violent "
      "suppression' -> repression 175 nominal, CUB/COP as held-out 4 (borderline CUB/MIL)"),
 14: ([("exchanged views", "040", "USA/GOV", "FRA/GOV", False, A, N, False)],
      "Blinken and Macron; symmetric, coded once from the document's government; countering terrorism, supporting "
      "democracy and joint efforts for African partners in the Sahel are topics"),
 15: ([("welcomes the passage", "051", "USA/GOV", "NZL/GOV", False, A, N, False),
       ("Russia’s invasion of Ukraine", "192", "RUS/MIL", "UKR", False, A, N, True)],
      "welcome -> 051 to New Zealand (its new sanctions regime; borderline NZL/LEG for the passage by Parliament); "
      "'allows the imposition of sanctions on those responsible' = an agentless event noun under a permission "
      "(hypothetical future use of the law), not coded (borderline 163 NZL/GOV -> RUS hypothetical); the invasion -> "
      "192 nominal RUS/MIL -> UKR"),
 16: ([("reaffirmed their cooperation", "030", "USA/GOV", "MKD/GOV", False, A, N, False),
       ("looked forward to working together closely", "030", "USA/GOV", "MKD/GOV", False, F, N, False)],
      "U.S.-North Macedonia joint statement; symmetric, coded once from the document's government; reaffirming "
      "their cooperation within the A5 = commitment to cooperate stated as a fact -> 030 asserted (as 'reaffirmed "
      "... commitment', held-out 9 row 22; borderline 050); 'looked forward to working together' -> 030 future "
      "(held-out 8 row 8); North Macedonia's Chairmanship is a position, not an act"),
 17: ([("has contributed to all seven replenishments", "071", "USA/GOV", N, False, A, N, False)],
      "contributions to the GEF's replenishments = economic aid 071; the GEF has no code -> null (as the Global "
      "Fund in held-out 2); 'supported the establishment of the GEF in 1991' = support for an institution's creation, "
      "an abstract policy position, not coded (borderline 051, target null)"),
 18: ([("offered continued U.S. support for pandemic recovery", "033", "USA/GOV", "PER", False, A, N, False),
       ("our donation of two million vaccine doses", "073", "USA/GOV", "PER", False, A, N, True)],
      "Blinken's call with President-Elect Castillo; offering support = intent to provide aid stated as a fact -> "
      "033 asserted (borderline 0333); the donation of vaccines, hospitals and equipment -> 073 nominal (first set "
      "'contributed' vaccine aid -> MAR); both to Peru as a country, the beneficiary of the pandemic recovery "
      "(borderline PER/GOV: the offer was made to the president-elect); 'highlighted' = 01x"),
 19: ([], "'this support' (US support to Palestinians, previous sentence) has no agent in the sentence; evaluative"),
 20: ([("discussed", "040", "USA/GOV", "org:OPCW", False, A, N, False),
       ("OPCW readiness to provide assistance", "033", "org:OPCW", "UKR", False, A, N, True)],
      "'They' = Under Secretary Jenkins and Assistant Secretary Stewart with the OPCW Director-General (previous "
      "sentences) -> one 040 to org:OPCW (organisation added); the OPCW's readiness to provide assistance and advice "
      "= intent to provide aid stated as a fact -> 033 nominal, asserted (held-out 8 row 26 'statement on "
      "readiness'); 'in case of chemical weapons use' is a condition on the aid, the use has no agent"),
 21: ([("spoke about", "040", "USA/GOV", "JPN/GOV", False, A, N, False),
       ("spoke about", "040", "USA/GOV", "KOR/GOV", False, A, N, False),
       ("to support the people of Ukraine", "070", "USA/GOV", "UKR/CVL", False, A, N, False),
       ("to support the people of Ukraine", "070", "JPN/GOV", "UKR/CVL", False, A, N, False),
       ("to support the people of Ukraine", "070", "KOR/GOV", "UKR/CVL", False, A, N, False)],
      "Sherman with Vice FMs Mori and Choi -> one 040 per counterpart; 'our shared efforts ... to support the people "
      "of Ukraine' = a realised act with an explicit agent ('our' = the three governments) inside the topic "
      "(held-out 8 row 23) -> 070 per government, compound source split (borderline: a discussion topic, not coded, "
      "as held-out 9 row 31's 'importance of providing'); the private sector's share is a collective, dropped"),
 22: ([("met today", "040", "USA/GOV", "org:OIC", False, A, N, False),
       ("U.S.-OIC Strategic Dialogue", "040", "USA/GOV", "org:OIC", False, A, N, True)],
      "Blinken and OIC Secretary General Taha -> org:OIC (organisation added); Washington is the venue; the "
      "inaugural U.S.-OIC Strategic Dialogue, a meeting noun naming its participants -> nominal 040 (held-out 4 row "
      "43), a separate meeting on whose margins they met"),
 23: ([("discussed", "040", "USA/GOV", "YEM/GOV", False, A, N, False),
       ("U.S. support for securing", "051", "USA/GOV", "org:UN", False, A, N, True),
       ("UN-negotiated truce", "045", "org:UN", "YEM/GOV", False, A, N, True)],
      "Blinken with FM Bin Mubarak -> YEM/GOV; US support for the truce -> 051 nominal to its named broker (held-out "
      "9 row 8 'support for EU-brokered discussions' -> org:EU); the UN's negotiating of the truce -> mediation 045 "
      "nominal (held-out 9 row 8), party the Government of Yemen from the context (previous sentence: its agreement "
      "to allow the flights); the Houthis are not named in the document, not coded as a party; the ceasefire and "
      "political process are aims"),
 24: ([], "domestic: the US Advisory Commission's public symposia"),
 25: ([("commitments to the defense", "0334", "USA/GOV", "KOR/GOV", False, A, N, True),
       ("commitments to the defense", "0334", "USA/GOV", "JPN/GOV", False, A, N, True),
       ("continuing close trilateral cooperation", "050", "USA/GOV", "KOR/GOV", False, A, N, True),
       ("continuing close trilateral cooperation", "050", "USA/GOV", "JPN/GOV", False, A, N, True)],
      "Blinken (own Secretary, 'noted' -> reported_by null); 'the United States' commitments to the defense of the "
      "ROK and Japan remains ironclad' = intent to provide military protection stated as a fact -> 0334 nominal, "
      "asserted, compound target split (borderline 030 as held-out 9 row 22); 'affirmed the importance of "
      "continuing close trilateral cooperation with the ROK and Japan' = an ongoing cooperation naming its "
      "participants -> nominal 050 split (as row 12; borderline 01x, held-out 4 'reiterated the importance of "
      "commitments')"),
 26: ([("strongly condemned", "111", "KOR/GOV", "PRK/GOV", False, A, N, False),
       ("strongly condemned", "111", "JPN/GOV", "PRK/GOV", False, A, N, False),
       ("strongly condemned", "111", "USA/GOV", "PRK/GOV", False, A, N, False),
       ("ballistic missile launches by the DPRK", "150", "PRK/MIL", N, False, A, N, True)],
      "trilateral joint statement; the Vice FMs (Cho -> KOR, Mori -> JPN) and Sherman (USA) -> compound source split "
      "in the order named; DPRK missile launches -> 150 PRK/MIL nominal (held-out 5 row 29, held-out 8 row 34)"),
 27: ([("reduce reliance on Russian oil", "160", "USA/GOV", "RUS", False, A, N, False),
       ("reduce reliance on Russian oil", "160", "CZE/GOV", "RUS", False, A, N, False),
       ("expanding our already strong cooperation on nuclear power", "061", "USA/GOV", "CZE/GOV", False, A, N,
        False)],
      "U.S.-Czech joint statement; cutting reliance on Russian oil, gas and nuclear fuel = reducing economic ties "
      "with Russia -> 160 (as held-out 5's companies leaving Russia; borderline: domestic energy policy, not coded), "
      "'are taking steps to' = ongoing -> asserted, compound source split, target the country; expanding nuclear-power "
      "cooperation between the two -> 061 (borderline 050), symmetric, coded once; diversifying sources and reducing "
      "consumption are domestic"),
 # --- State Dept random: nocue
 28: ([("catch up", "040", "USA/GOV", "QAT/GOV", False, A, N, False)],
      "Blinken to the Qatari DPM/FM; 'got a chance to catch up' = meeting -> 040; Munich is the venue"),
 29: ([], "a Mexican prosecutor introduces herself at the TIP Report ceremony: no act"),
 30: ([], "U.S.-Sweden QIST joint statement list item: 'exploring other potential activities' is too vague, and "
          "'participating countries' is not a named counterpart"),
 31: ([], "domestic: the Department's budget request for its own staffing"),
 32: ([("has not yet been convicted", "173", N, "HND/CVL", True, A, N, False),
       ("has been released from prison", "0841", N, "HND/CVL", False, A, N, False)],
      "designation release; former President Lobo and former First Lady Rosa Lobo -> sector on the document date -> "
      "HND/CVL (guideline: former officials -> CVL); conviction = legal action 173, plain negation of the event -> "
      "negated, agentless passive -> null source (new: conviction as 173); release from prison pending retrial -> "
      "0841, agentless passive -> null source; 'their corrupt acts' are not a CAMEO act"),
 33: ([], "'We offer our thoughts to Prime Minister Abe's family and the people of Japan' = condolences (01x)"),
 34: ([], "'The meetings will focus on' = the topics of the meetings (previous sentences), no agent in the sentence"),
 35: ([], "Blinken to the audience: 'we'll have a great summit' is not an act between actors"),
 36: ([("severely constrains", "1721", "HKG/LEG", "HKG/CVL", False, A, N, False)],
      "the LegCo's passage of electoral measures 'severely constrains people in Hong Kong from participating in their "
      "own governance' = restriction of political freedoms 1721; the inanimate subject stands for the LegCo's act "
      "(held-out 9 row 59) -> HKG/LEG; people in Hong Kong -> HKG/CVL (held-out 6); borderline CHN/GOV as the "
      "author of the changes"),
 37: ([("has invested", "073", "USA/GOV", "PHL", False, A, N, False)],
      "COVID-19 response funding for the Philippines = health/humanitarian aid 073 (as vaccine aid, first set; "
      "borderline 071); the country -> PHL"),
 38: ([], "the consulate construction project employing Nigerian citizens: not an act between political actors "
          "(borderline 071 future USA/GOV -> NGA/CVL)"),
 39: ([], "abstract commitment to a vision of global development"),
 40: ([], "Sherman will deliver remarks (01x) at a U.S.-organized commemoration ceremony in Honiara (a place): no "
          "named counterpart (borderline 036 future USA/GOV -> SLB as hosting)"),
 41: ([("thank you very, very much", "051", "USA/GOV", "MDA/GOV", False, A, N, False)],
      "Blinken thanks PM Gavrilita -> 051 (first set 'thank you'; held-out 8 row 52 left courtesy thanks to an "
      "unnamed audience uncoded)"),
 # --- UNGDC random: neg
 42: ([], "Palestinian speaker; 'the PLO has not given a mandate to anyone to speak or negotiate on behalf of the "
          "Palestinian people' = disavowal of the UAE and Bahrain normalization, but giving a mandate has no CAMEO "
          "code (borderline 12x toward ARE/GOV and BHR/GOV, not named in the sentence); 'requires ending the "
          "occupation' is a necessity with an agentless event noun (Israel named only in earlier sentences), not "
          "coded"),
 43: ([], "'global cooperation has failed to bring about peace' in Haiti: no actor"),
 44: ([], "rhetorical question about leaders discussing democracy: no act"),
 45: ([], "rhetorical question; 'assistance does not reach those who need it' is agentless and generic"),
 46: ([], "'we — the international community — did not acknowledge the signs' (collective): not a CAMEO act"),
 # --- UNGDC random: reported
 47: ([], "'use our collective voices to reject the gospel according to \"no\"' is figurative"),
 48: ([("met", "040", "GRC/GOV", "TUR/GOV", False, A, N, False)],
      "Mitsotakis met President Erdogan the day before -> 040; 'I told President Erdogan just that' = a statement "
      "(01x), not coded"),
 # --- UNGDC random: future
 49: ([("will push for", "1033", "MYS/GOV", "MMR/MIL", False, F, N, False)],
      "Malaysia; 'We' = the speech's government (guideline; borderline org:ASEAN, the member states of the previous "
      "sentence); 'push for' = call for -> REQUEST, with 'will' -> future; several demands, most specific sub-code "
      "humanitarian aid 1033; addressee of adherence to the ASEAN Five-Point Consensus = the Myanmar junta 'with "
      "regards to Myanmar' (previous sentence) -> MMR/MIL from the context (borderline null)"),
 50: ([], "domestic: Madagascar's road network"),
 # --- UNGDC random: demand
 51: ([("imposed", "163", "USA/GOV", N, False, A, N, False),
       ("must cease immediately", "085", "USA/GOV", N, False, D, N, False)],
      "Nicaragua; 'unilateral coercive measures imposed by the United States' = sanctions 163, agent in the "
      "by-phrase; 'other populations' unnamed -> null; 'must cease immediately' = deontic without a request verb -> "
      "Y = the US lifts the sanctions, ease economic sanctions 085, demanded (guideline 'Tehran should release them')"),
 52: ([], "the Ukrainians' right to decide their future: no act"),
 53: ([], "domestic: engaging Dominica's youth"),
 54: ([("demand", "1042", "MEX/GOV", N, False, A, N, False)],
      "Mexico; Y = stop considering Cuba a state sponsor of terrorism -> demand policy change 1042 (borderline 1051 "
      "easing of administrative sanctions); the designating government (the US) is named nowhere near the sentence "
      "(the embargo in the previous sentence has no agent) -> target null (held-out 9 row 71: no world knowledge); "
      "Cuba is the beneficiary, not the addressee"),
 # --- UNGDC random: cue
 55: ([("welcome", "051", "PHL/GOV", "org:UN", False, A, N, False),
       ("convening of a United Nations summit", "036", "org:UN", N, False, F, N, True)],
      "Philippines; welcoming the convening -> 051 to its named convener, the UN (welcome aimed at a process goes to "
      "its named parties, held-out 8); the UN's summit 'next year' = future hosting -> 036 future nominal, "
      "participants (all Member States) -> null (held-out 9 row 33); 'roll up our sleeves' is figurative"),
 56: ([("stands ready to support him", "030", "NER/GOV", "org:UNGA", False, A, N, False)],
      "Niger; 'him' = the President of the General Assembly -> org:UNGA (held-out 4 row 74); readiness to support = "
      "intent stated as a fact -> 03x asserted (held-out 9 rows 8, 54); 030 as the first set's pledge of support to "
      "the PGA (borderline 032); the congratulations are in the previous sentence"),
 57: ([], "'Uganda continues to support and advance peace and security efforts in the region' = abstract policy, no "
          "named counterpart (borderline 051, target null)"),
 58: ([], "deontic, 'we' = all states, Y (prioritize international cooperation) abstract"),
 59: ([], "'a lack of support from the international community' for countries of three continents: collectives on "
          "both sides (null-null), not coded (borderline negated 070)"),
 60: ([], "China's GDI: deontic 'we need to', 'we' = all nations, Y (foster partnerships) abstract"),
 61: ([("their call for peace", "100", "CYP/CVL", "CYP/GOV", False, A, N, True)],
      "Cypriot President; 'their' = the Turkish Cypriot compatriots, who called on the speaker to reunify Cyprus "
      "(previous sentence) -> CYP/CVL (the Turkish-Cypriot leadership has no code, but these are citizens); call = "
      "REQUEST nominal to the speaker -> CYP/GOV; Y = peace, reunification -> 100 (borderline 107, settle the "
      "dispute); 'I hear their call' and 'my message' are statements (01x)"),
 62: ([("I agree with German Chancellor Angela Merkel", "051", "PRY/GOV", "DEU/GOV", False, A, N, False)],
      "Paraguay; agreeing with Merkel's assessment of the pandemic = verbal endorsement 051 (new; borderline: "
      "agreement with an opinion is a statement, 01x); Merkel -> DEU/GOV"),
 63: ([], "the pandemic is not an actor"),
 64: ([("condemns", "111", "LVA/GOV", "RUS/GOV", False, A, N, False),
       ("Russia’s ongoing aggression against Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True),
       ("enabled", "070", "BLR/GOV", "RUS/GOV", False, A, N, False)],
      "Latvia; condemnation -> 111 to RUS/GOV as earlier sets; the aggression -> 190 nominal RUS/MIL -> UKR; "
      "'enabled by Lukashenko's regime in Belarus' = Belarus's support for Russia's war -> 070 BLR/GOV -> RUS/GOV "
      "(held-out 8 row 29); the condemnation bears on Russia's aggression, so no second 111 to Belarus"),
 65: ([], "commitment to the Paris Agreement and a national contribution: abstract/domestic"),
 66: ([("occupying", "192", "RUS/MIL", "GEO", False, A, N, False)],
      "Georgia; 'Not only ... but also' is not negation; occupation of Georgian territory -> 192, RUS/MIL as earlier "
      "sets' invasions and occupations, target the country (bare); 'seeking to undermine our aspirations to join' "
      "the EU and NATO is not a specific CAMEO act (borderline 17x), not coded"),
 67: ([], "being off track for the SDGs: no act"),
 68: ([("in cooperation with international partners", "050", "LBY/GOV", N, False, A, N, True)],
      "Libya; security cooperation with unnamed international partners and neighbouring countries (coordination "
      "centres) -> one 050 nominal, target null (held-out 7 row 35, held-out 9 row 38; borderline 062); enhancing "
      "internal security and protecting borders are domestic"),
 # --- UNGDC random: nocue
 69: ([], "Mauritius; 'express ... our solidarity at this tragic moment' to Morocco and Libya (the 2023 earthquake "
          "and floods) = sympathy, read as condolences (01x), not coded (new; borderline 051 to MAR/GOV, MAR/CVL, "
          "LBY/GOV, LBY/CVL, cf. the first set's political 'express our solidarity' with Russia -> 051)"),
 70: ([], "an opinion about African institutions: no act"),
 71: ([], "means of Security Council expansion: abstract reform, no actor"),
 72: ([], "domestic: Liberia protecting human rights and media freedom at home"),
 73: ([], "Australia renewing Evatt's legacies: not an act"),
 74: ([], "St Lucia travelling to COP28 ('doing so'): attending a multilateral conference, no counterpart; the "
          "weather is not an actor"),
 75: ([], "Uzbekistan's draft code distributed as a General Assembly document = 'our practical contribution' to "
          "the work on pandemics: not an act between actors"),
 76: ([("congratulate", "051", "MOZ/GOV", "org:UNGA", False, A, N, False)],
      "Mozambique; 'I would like to congratulate' is performative -> asserted; the President of the General Assembly "
      "(Korosi) -> org:UNGA (held-out 4 row 74); 'your election' has no agent"),
 77: ([], "'We are deeply worried' = expressed concern (01x); the deteriorating situation has no actor"),
}
