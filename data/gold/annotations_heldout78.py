"""Hand annotations for the SEVENTY-EIGHTH held-out event gold set (source of events-heldout78.jsonl).

Keyed by the row index of selection-heldout78.jsonl (output of select_bulk_heldout.py 78; all rows come from
bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout78.jsonl \
        --annotations annotations_heldout78 --output events-heldout78.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Ireland (1994): 'Our discussions have shown that concrete decisions will not be easy, but we must avoid getting "
         "bogged down in narrow considerations of optimal numbers and the competing claims of regional Powers' = the "
         "Security Council enlargement debate (preceding text), 'we' meaning all Member States (held-out 42/43: not "
         "coded); a UN reform position (held-out 54-61: reform positions left uncoded); 'competing claims' of uncoded "
         "regional Powers are no act toward a named actor; not coded"),
 1: ([], "Vanuatu (1992): 'many problems persist and plague the Earth, threatening our never-ending search for justice, "
         "equality and peace' = agentless problems, 'threatening' a risk (guideline: figurative 'threat'); not coded"),
 2: ([("agree", "057", "DEU/GOV", "IRN/GOV", False, A, N, False),
      ("negotiations", "046", "DEU/GOV", "IRN/GOV", False, A, N, True)],
     "Germany (2015); 'After more than 10 years of negotiations, we managed to agree that Iran will never have an "
     "atomic bomb' = the Joint Comprehensive Plan of Action, which 'the five permanent members of the Security Council "
     "and Germany concluded ... with Iran' (preceding sentence) -> agreements concluded 057 (guideline), 'we' = the "
     "speaker's government (guideline) -> DEU/GOV -> IRN/GOV, asserted (borderline: one 057 per P5 member named in the "
     "preceding sentence, USA, GBR, FRA, RUS, CHN, as held-out 18/19's C5+1; the sentence's 'we' is read as the "
     "speaker); 'negotiations' = an event noun whose parties are plain from the text around it (held-out 48/49) -> "
     "nominal 046, DEU/GOV -> IRN/GOV; 'Iran will never have an atomic bomb' = the agreement's content, a state, "
     "not coded (borderline negated future 154); 'we can verify this' = a capacity granted by the agreement, not "
     "coded (borderline 0862 inspections)"),
 3: ([("make unreasonable demands", "100", N, "org:UN", False, A, N, False),
      ("refusing it the requisite tools", "121", N, "org:UN", False, A, N, False)],
     "Saint Kitts and Nevis (1997); 'I hope ... that Member States will not continue to make unreasonable demands on "
     "this Organization while refusing it the requisite tools and resources' = the hope bears on the continuation; "
     "'continue' presupposes the demands and the refusal as ongoing facts (held-out 54-61 and 62-73: a presupposing "
     "question codes the acts it presupposes) -> asserted, not negated; Member States an uncoded collective -> "
     "source null (held-out 40 row 1: 'refused to implement' 1211 null -> org:UN); the demands -> generic 100 to org:UN; "
     "withholding tools and resources = an explicit refusal of material cooperation -> 121 (borderline 1211 or 122); "
     "borderline: the whole sentence read as an optative hope about others' acts (held-out 5), not coded"),
 4: ([], "Sweden (2004): 'Discussions on the definition of genocide should never stop us from taking action when it is "
         "called for' = 'us' meaning all states acting against genocide (held-out 42/43: 'we' meaning all states not "
         "coded); the discussions are agentless and 'taking action' names no specific act; not coded"),
 5: ([], "Finland (2012): 'The Security Council has not been able to take the leading role that it is expected to take "
         "... with respect to threats to peace such as in that country [Syria]' = an evaluation of the Council's "
         "performance; 'take the leading role' names no CAMEO behaviour, 'threats to peace' a risk (guideline); not "
         "coded (borderline the speaker's implicit 110 to org:UNSC, or a negated 045 org:UNSC -> SYR)"),
 6: ([], "Gabon (2005): 'efforts must be focused on prevention and on access to antiretroviral drugs in accordance with "
         "the agreement concluded within the context of the World Trade Organization' = an agentless deontic about "
         "health policy; the agreement (the 2003 TRIPS decision) was concluded among the WTO members, an agentless "
         "passive of uncoded states (held-out 54-61: acts between uncoded collectives left uncoded); not coded "
         "(borderline nominal 057 org:WTO with no target); the vaccine experiments and trials have no actor"),
 7: ([("no protest", "140", "LTU/CVL", "EST/GOV", True, A, N, True),
      ("does not plan any \nsanctions", "163", "LTU/GOV", "EST", True, F, N, False)],
     "Lithuania (1992); 'We hear no protest from Lithuanians living in Estonia' against the Estonian citizenship law "
     "(preceding sentence) = a protest noun with its agent, plainly negated -> negated nominal 140 (held-out 16/17: "
     "political dissent 140; borderline 111 as a verbal complaint); the ethnic Lithuanian community in Estonia -> "
     "LTU/CVL (as the Tibetan community in exile CHN/CVL; borderline EST/CVL by residence, as Hong Kong residents "
     "HKG/CVL), against the law's author -> EST/GOV; 'Lithuania does not plan any sanctions against that country' = "
     "plain negation of a sanctions act (guideline: not REJECT) -> negated 163, 'plan' -> future (guideline), to the "
     "country as a whole -> bare EST (held-out 74 row 19: sanctions on Pakistan to the bare country); the following "
     "sentence's 'We will not suspend any of our treaties ... and we will not ask the United Nations to impose any "
     "sanctions' lies outside the sentence"),
 # --- UNGDC 1990-2019 random: reported
 8: ([], "Luxembourg (2005): 'Regarding the crucial question of Israeli colonization "
         "activities in the occupied territories, the European Council noted that \"the policy of colonization is an "
         "obstacle to peace ...\"' = building settlements, which has no specific CAMEO code (earlier sets: building settlements "
         "not coded; borderline 192 ISR/GOV -> PSE); 'the occupied territories' is an "
         "agentless participle (borderline nominal 192 ISR/GOV -> PSE); 'noted that' is a statement (01x) whose "
         "content is an evaluation, not a criticism verb (borderline 111 org:EU -> ISR/GOV); 'threatens making "
         "virtually impossible any solution' a risk (guideline); not coded"),
 9: ([], "Bangladesh (2006): 'Official development assistance (ODA) to the LDCs in 2004, according to the most recent "
         "data available, amounted to $23.8 billion' = a statistic on aid from unnamed donors to the LDCs, both "
         "uncoded collectives (held-out 54-61: acts between uncoded collectives left uncoded); 'according to the most "
         "recent data' names no source; not coded"),
 10: ([("renewed sanctions", "163", "USA/GOV", "ERI", False, A, "USA/GOV", False)],
      "Eritrea (2016); 'President Obama of the United States stated publicly that he had \"renewed sanctions on some "
      "of the worst abusers, including...' = sanctions (guideline 163) inside the complement of a speech verb -> "
      "reported_by USA/GOV (guideline: 'X said that ...'), Obama -> USA/GOV; the sentence is cut by the splitter "
      "after 'including...', the target 'Eritrea' standing at the start of the following text -> taken from the "
      "context (held-out 44/45: a participant cut off by the splitter is taken from the context) -> sanctions on a "
      "country to the bare country ERI (held-out 74 row 19; borderline ERI/GOV as one of 'the worst abusers', i.e. "
      "governments); the speech verb 'stated publicly' is not coded; Eritrea disputes the claim, which is still "
      "coded (held-out 52/53)"),
 11: ([("had been detained", "171", N, "BOL/GOV", False, A, "USA/MED", False)],
      "Bolivia (Morales, 2011); 'some parts of the United States media said that my aircraft had been detained in the "
      "United States with traces of cocaine' = the detention of the presidential aircraft, a seizure of property "
      "(borderline 1711 confiscate, or 173 as for persons) inside a speech verb -> reported_by the media, USA/MED; "
      "the claim is quoted to be disputed ('How false!', following sentence), still coded (held-out 52/53); agentless "
      "passive -> source null (guideline; borderline USA/GOV, detained 'in the United States'); the aircraft of the "
      "President -> BOL/GOV; the speech verb 'said' is not coded (borderline 112 USA/MED -> BOL/GOV, as the "
      "'dirty campaign against my Government' of the following text)"),
 # --- UNGDC 1990-2019 random: future
 12: ([("express my gratitude", "051", "BIH/GOV", N, False, A, N, False),
       ("cooperation", "050", N, "BIH/GOV", False, A, N, True)],
      "Bosnia and Herzegovina (2011), the Chair of the Presidency; 'Allow me to express my gratitude for all the "
      "cooperation and the support we have received during Bosnia and Herzegovina's membership in the Security "
      "Council' = thanks (guideline: thank 051), 'allow me' performative -> asserted; the givers are not named -> "
      "target null (held-out 74 row 25: thanks to uncoded partners target null; borderline org:UNSC, its fellow "
      "members); the cooperation and support received = a realised cooperation noun -> nominal 050 with no source "
      "(held-out 34/35: 'reliant on the assistance of others' nominal 070 with no source), one noun pair coded once "
      "(borderline a second, nominal 051 for 'support'); 'which will expire in a few months' is no act"),
 13: ([], "Russian Federation (2008): 'We will therefore base our relations on the principles of equality, mutual "
          "benefit ... and compliance with existing agreements' = a foreign-policy principle for relations with the "
          "CIS neighbours (preceding text), an uncoded collective; an abstract policy position (guideline), not "
          "coded (borderline 030 future RUS/GOV with target null)"),
 14: ([("continue to support", "070", "LVA/GOV", "AFG/COP", False, F, N, False),
       ("to train", "072", "LVA/GOV", "AFG/MIL", False, F, N, False)],
      "Latvia (2013); 'Latvia will continue to support civilian policing and to train military personnel' in "
      "Afghanistan (the preceding sentences: 'an important turning point in Afghanistan'; the following: 'financial "
      "aid to the Afghan National Security Forces as of 2015') -> the recipients from the context (guideline); a "
      "future material act keeps its code (held-out 42/43: 'we will continue support' 070 future): support for "
      "civilian policing -> 070 to the Afghan police AFG/COP (borderline 062 security cooperation, or AFG/GOV); "
      "training military personnel -> military aid 072 (PETRARCH's CAMEO dictionary: TRAIN FORCES [072]) to the "
      "Afghan army AFG/MIL (borderline AFG/GOV); two acts with different recipients, two events"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Guatemala (2013): 'international cooperation should be strengthened so as to reduce illegal flows of arms "
          "and the funds that finance those criminal networks' = an agentless deontic between unnamed parties; the "
          "criminal networks' financing has no coded actor; not coded"),
 16: ([], "Indonesia (2013): 'That agenda must be anchored by a new global partnership — a vision reflected in "
          "President Susilo Bambang Yudhoyono's role as one of the three co-Chairs of the High-level Panel of Eminent "
          "Persons' = an abstract deontic and a UN office held by the President, no act toward a named actor; not "
          "coded (borderline 050 IDN/GOV -> org:UN)"),
 17: ([], "Syrian Arab Republic (1990): 'the great majority of developing countries had been unable to participate in "
          "that collapsed old order, because at that time they were either under colonial rule or under the "
          "protection of a colonial Power' = historic colonial rule by unnamed Powers over uncoded countries "
          "(held-out 54-61: acts between uncoded collectives left uncoded); a spirit of optimism is no act; not coded"),
 18: ([("call on Sudan", "1055", "FRA/GOV", "SDN/GOV", False, A, N, False)],
      "France (Chirac, 2006); 'I solemnly call on Sudan to accept the United Nations peace mission without delay' = "
      "one asserted REQUEST (guideline: call on -> 10x) to SDN/GOV; Y = accepting the deployment of UN peacekeepers "
      "in Darfur (preceding text; receiving peacekeepers is 0861, held-out 50/51) -> demand that the target allow "
      "international involvement 1055 (borderline 1034 demand peacekeeping); Y not coded separately"),
 19: ([], "United Kingdom (1993): 'But what the United Nations can do, it should do well' = an abstract deontic about "
          "the UN's performance, no specific act; not coded"),
 20: ([], "Chile (2013): 'we must acknowledge ... that even in extreme situations, including external or internal "
          "warfare, there are moral and legal rules that must be respected by all' = 'we' meaning all states, "
          "abstract norms; 'warfare' generic with no actor; not coded"),
 # --- UNGDC 1990-2019 random: cue
 21: ([], "Saint Vincent and the Grenadines (2012): 'Another existential threat whose solution has fallen victim to "
          "United Nations paralysis is our common pursuit of a global, robust and binding arms trade treaty' = the "
          "failed July 2012 treaty conference, described as 'paralysis', an evaluation; 'our common pursuit' is of all "
          "states; 'threat' a risk (guideline); not coded (borderline a negated 057 with no source)"),
 22: ([("not prepared to negotiate", "125", "MLI/GOV", "MLI/REB", False, A, N, False)],
      "Mali (2012); 'We are not prepared to negotiate issues that call into question the integrity of our territory "
      "and the secular nature of the country' = an explicit unwillingness to negotiate -> REJECT, negated false "
      "(guideline: 'unwillingness to negotiate'), reject proposal to negotiate 125 (held-out 7: Houthis' refusal to "
      "engage on talks 125); the counterpart = the armed groups occupying the north, the 'compatriots who are not "
      "terrorists' with whom the Government is committed to negotiate (preceding text) -> MLI/REB (held-out 34/35: "
      "unnamed outlaw groups are the country's REB)"),
 23: ([], "Saint Vincent and the Grenadines (2000): 'shares the concerns of other developing countries with regard to "
          "the general decline in official development assistance' = expressed concern (01x, guideline: not coded); "
          "the decline is in aid from unnamed donors to uncoded developing countries, null-null, not coded "
          "(borderline 1621 with no source or target)"),
 24: ([("we salute and welcome", "051", "PER/GOV", N, False, A, N, False)],
      "Peru (1990); 'They [the initiatives and agreements on arms limitation among the great Powers, preceding "
      "sentence] represent the winds of a qualitatively new kind of détente that we salute and welcome' = a welcome "
      "(guideline 051), one act; the détente's parties are 'the great Powers' and 'East-West', none named -> target "
      "null (held-out 54-61: welcoming a decision of an uncoded body 051 with no target; borderline USA/GOV and "
      "SUN/GOV); the peoples 'rejoicing in reunification' (Germany, Yemen) are unnamed, the solidarity an attitude; "
      "the reunifications and reconciliations are agentless nouns, not coded"),
 25: ([("active cooperation", "050", N, "AZE/GOV", False, A, N, True)],
      "Azerbaijan (1995); 'No country can be expected to undertake such a radical restructuring unilaterally without "
      "the active cooperation of international organizations, and Azerbaijan has been no exception' = Azerbaijan's "
      "market reform carried out with the cooperation of international organisations, a realised cooperation noun "
      "-> nominal 050 (held-out 10/11: cooperation nouns 050); 'international organizations' unnamed in the sentence -> "
      "source null (borderline org:IMF and org:WB, named in the following sentence's 'continued cooperation "
      "between the Government of Azerbaijan and ... the IMF and the IBRD'), to the restructuring government -> "
      "AZE/GOV; borderline: a general maxim, not coded"),
 26: ([("South-South cooperation", "050", "VNM/GOV", N, False, A, N, True)],
      "Viet Nam (2004); 'Viet Nam attaches great importance to promoting South-South cooperation, especially with "
      "African countries, as manifested in the \"two plus one\"' formula (following text: Viet Nam and an African "
      "country cooperate in agricultural development with the FAO) = a realised cooperation shown in a named "
      "practice -> nominal 050 (held-out 10/11: cooperation nouns 050), the partners 'African countries' uncoded -> "
      "target null (borderline org:FAO, named only in the following text); the sentence is cut by the splitter "
      "before 'formula'; borderline: an abstract policy position (guideline), not coded"),
 27: ([("stand ready to support and assist", "030", "org:ASEAN", "MMR/GOV", False, A, N, False)],
      "Singapore (2018), ASEAN chair; 'All members of ASEAN stand ready to support and assist Myanmar in that very "
      "challenging and difficult situation' (the Rakhine crisis) = 'stands ready to engage/assist' is 03x asserted "
      "(held-out 9); one commitment with several purposes coded once (held-out 16/17), the generic intent to "
      "cooperate 030 (held-out 75 row 0: 'provide support' 030; borderline 033 material aid); the members of a "
      "coded organisation -> org:ASEAN (borderline one event per member; only SGP is named in the document); "
      "Myanmar in 2018 has a civilian-led government -> MMR/GOV"),
 28: ([], "Mali (1998): 'it is important now to go further to reduce and contain the threat of the proliferation of "
          "light weapons' = an agentless deontic; 'threat' a risk (guideline), proliferation agentless; not coded"),
 29: ([], "Turkey (2000): 'This, in turn, raises the question of whether the sanctions are properly targeted and whether "
          "there is universal compliance' = a generic discussion of UN sanctions as a tool ('the sanctions applied to "
          "a given country or area', preceding sentence), no imposing body and no target named; not coded "
          "(borderline nominal 163 org:UNSC with no target)"),
 30: ([], "Fiji (2012): 'The world is facing many challenges that demand our attention and collective action' = "
          "figurative 'demand' by inanimate challenges, 'our' meaning all states; not coded"),
 31: ([("assures the President of its full cooperation", "030", "SMR/GOV", "org:UNGA", False, A, N, False)],
      "San Marino (2016); 'We wish him a fruitful session' = well-wishing (held-out 54-61: not coded); 'the San "
      "Marino delegation assures the President of its full cooperation throughout the work of the General Assembly' "
      "= assurances of cooperation to the President of the General Assembly -> 030 to org:UNGA (held-out 38/39 and "
      "48/49: assuring the Assembly President of cooperation 030 to org:UNGA), the delegation -> SMR/GOV"),
 32: ([("international cooperation", "050", N, "GNB/GOV", False, A, N, True),
       ("United Nations support", "070", "org:UN", "GNB/GOV", False, A, N, True)],
      "Guinea-Bissau (2017); 'given that the State alone is unable to guarantee that public service [health care] to "
      "the entire population, we continue to rely on international cooperation and United Nations support through "
      "its specialized institutions' = realised, ongoing help; 'United Nations support' -> nominal 070 from org:UN "
      "(held-out 50/51: 'We have always counted on United Nations support' nominal 070 from org:UN) to GNB/GOV; "
      "'international cooperation' with unnamed partners -> nominal 050 with no source (held-out 10/11: cooperation "
      "nouns 050; held-out 34/35: 'reliant on the assistance of others' nominal 070 with no source; borderline 070 "
      "as development aid)"),
 33: ([("made major efforts to conclude", "046", "MRT/GOV", N, False, A, N, False)],
      "Mauritania (1994); 'The Islamic Republic of Mauritania has, along with countries threatened by the phenomenon "
      "of desertification, made major efforts to conclude a world convention to fight drought and desertification' "
      "= taking part in the negotiations of the Convention to Combat Desertification (the following sentence "
      "welcomes 'the positive outcome of those negotiations') -> 046, the other negotiating states uncoded -> target "
      "null (borderline org:UN, whose committee held the talks; borderline 057 with no target, the convention having "
      "been adopted in June 1994)"),
 34: ([("welcoming", "051", "COD/GOV", "org:UN", False, A, N, False)],
      "Democratic Republic of the Congo (1997); 'While welcoming the Secretary-General's initiative to establish a new "
      "department for disarmament' = a welcome (guideline 051) of the Secretary-General's proposal -> org:UN "
      "(held-out 44/45: supporting the Secretary-General 051 to org:UN); 'would have liked to have been apprised of "
      "how matters stood regarding the Conference on Disarmament' = a counterfactual wish for information, an "
      "implicit complaint with no disapproval verb, not coded (borderline hypothetical 101 or 110 to org:UN)"),
 35: ([], "Romania (2009): 'We can debate historical themes, but we cannot deny history altogether' = 'we' meaning all "
          "(a maxim on remembering crimes against humanity), no act between actors; not coded"),
 36: ([], "Bahamas (2001): loss of employment in tourism and financial services 'even as government revenues have "
          "fallen and foreign reserves are threatened' = the economic fallout of 11 September, agentless, "
          "'threatened' a risk (guideline); not coded"),
 37: ([], "Brazil (2016): 'Brazil has warned that it is essential to make global governance structures more "
          "representative' = a warning about institutional reform, not a threat (held-out 48/49: a warning about "
          "economic harm is not a threat) and a reform position (held-out 54-61: left uncoded); not coded"),
 38: ([("pursuing an initiative", "050", "PNG/GOV", "CRI/GOV", False, A, N, False)],
      "Papua New Guinea (2006); 'Together we are pursuing an initiative to access global carbon markets and to support "
      "efforts to reduce rates of deforestation' = 'we' = Papua New Guinea and Costa Rica, which formed the Coalition "
      "for Rainforest Nations (preceding sentence) -> joint diplomatic action -> 050, from the document's government "
      "to the other named partner CRI/GOV (the coalition's other, unnamed members dropped; borderline: an abstract "
      "policy initiative, not coded); 'to support efforts to reduce rates of deforestation' names no counterpart, "
      "not coded"),
 39: ([("support", "070", "org:OAS", "HND/GOV", False, A, N, True)],
      "Honduras (2016); 'In April 2015 ... we implemented, with the support of the Organization of American States, a "
      "mission to aid us in our fight against corruption and impunity in Honduras' = the OAS-backed Mission to "
      "Support the Fight against Corruption and Impunity (MACCIH) -> the support noun with its agent -> nominal 070 "
      "org:OAS -> HND/GOV (held-out 28/29: 'with the support of our United Nations partners' nominal 070 from "
      "org:UN); 'a mission to aid us' is the same assistance, coded once (guideline: a repeated mention of the same "
      "event); the Government's implementing the mission with the OAS is not coded separately (borderline 050 or "
      "057 HND/GOV -> org:OAS)"),
 40: ([("terrorist attack", "180", N, "USA", False, A, N, True)],
      "Italy (2002); 'One year has gone by since the terrorist attack on the United States' = 11 September 2001, an "
      "agentless terrorist attack -> 180 with no source, one per victim country (held-out 54-61; held-out 52 row 10: "
      "the 11 September attacks 180 null -> USA), nominal, asserted; to the country -> bare USA (borderline USA/CVL, "
      "as held-out 59 row 10); 'inflicted such deep wounds on the city that welcomes us today' is the same attack, "
      "coded once; 'welcomes us' is New York as host city, figurative, not coded"),
 41: ([], "Mauritius (2014): 'At the third International Conference on Small Island Developing States, held in Samoa, "
          "the international community agreed to build upon existing partnerships and promote new ones in order to "
          "expand the economic space of large ocean States' = an agreement of an uncoded collective about partnerships "
          "for uncoded SIDS, null-null (held-out 54-61: acts between uncoded collectives left uncoded); Samoa is the "
          "venue; not coded (borderline 030 with no source or target)"),
 42: ([], "Sweden (1996): 'We need to cooperate to deal with its [globalization's] consequences' = 'we' meaning all "
          "states (held-out 42/43: not coded); not coded"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Haiti (1994): 'a climate of political stability will allow us to promote economic growth' = domestic economic "
          "policy, no act between actors; not coded"),
 44: ([], "Holy See (2004): 'Such fundamental human rights stand or fall together' = a principle; not coded"),
 45: ([("pay tribute to", "051", "JAM/GOV", N, False, A, N, False)],
      "Jamaica (1994); 'I wish again to pay tribute to those who have contributed to the United Nations Convention on "
      "the Law of the Sea, to its ratification and to the establishment of the International Seabed Authority' = "
      "'pay tribute to' is 051 (held-out 52/53); 'I wish to' performative -> asserted; 'those who have contributed' "
      "an unnamed, uncoded group -> target null (held-out 14/15: thanks that include a group without a code have "
      "target null); the contributions, ratifications and establishment are agentless, not coded"),
 46: ([], "Guatemala (2001): 'One cannot but be frustrated at the limited progress made in this area [Security Council "
          "reform] at previous sessions of the General Assembly' = an attitude about UN reform (held-out 54-61: "
          "reform positions left uncoded); the progress is agentless; not coded (borderline 110 GTM/GOV -> "
          "org:UNGA, as 'disappointed' 110)"),
 47: ([], "Bahamas (2011): 'We look forward, however, to a comprehensive review of this issue in 2014' = the General "
          "Assembly's 2014 review of non-communicable diseases (preceding text), a hope about a UN process (held-out "
          "5: optative, not coded); a review of an issue is no act between actors; not coded (borderline 036 future "
          "BHS/GOV -> org:UNGA, as held-out 32/33's intent to take part in a UN process)"),
 48: ([("bringing the key perpetrators to justice", "1121", "BGD/GOV", N, False, A, N, False)],
      "Bangladesh (2017); 'In Bangladesh, we have already undertaken the daunting task of bringing the key "
      "perpetrators to justice through the International Crimes Tribunal' = the trials of the 1971 genocide's "
      "perpetrators, a realised legal act -> 1121 (held-out 22/23 and 18/19: trials and prosecutions 1121; "
      "borderline 1124 for war crimes), 'we ... through the International Crimes Tribunal' -> the speaker's "
      "government BGD/GOV (borderline BGD/JUD); the perpetrators are not named in the sentence and the tribunal's "
      "defendants not in the document -> target null (borderline PAK/MIL, the 'Pakistani military' that the "
      "preceding text names as author of the genocide, or BGD/OPP for the collaborators actually tried)"),
 49: ([], "Trinidad and Tobago (2009): 'The Caribbean is particularly plagued by the illegal drug trade, which uses our "
          "region as a trans-shipment route' = criminal trade with no coded actor and no act toward a named actor; "
          "not coded"),
 50: ([], "New Zealand (1998): a fragment cut by the splitter, 'Environment Minister, the Honourable Simon Upton, chair "
          "the Commission on Sustainable Development for its seventh session' (the 'New Zealand is honoured to have "
          "our own' lies in the preceding text) = a minister holding a UN chair, no act toward a named actor (held-out "
          "74 row 58: a fragment whose act lies outside the sentence is not coded); not coded (borderline 043 NZL/GOV -> "
          "org:UN as convening the session)"),
 51: ([("thank", "051", "BWA/GOV", "org:UN", False, A, N, False)],
      "Botswana (2018); 'I also wish to thank our Secretary-General, His Excellency Mr. António Guterres, for his "
      "outstanding leadership' = thanks (guideline 051) to the Secretary-General -> org:UN (held-out 74 row 52), "
      "'wish to' performative -> asserted"),
 52: ([], "Guyana (2001): 'Inherent in this system are many debt and poverty traps that continue to ensnare millions of "
          "the world's poorest people' = a systemic condition, figurative, no actor; not coded"),
 53: ([], "United States (Clinton, 1993): 'His generation picked peace, human dignity and freedom' = a figurative tribute "
          "to the founders' generation (the quoted American leader), no act between actors; not coded"),
 54: ([], "Liberia (2017): life expectancy and maternal deaths = statistics, no actor; not coded"),
 55: ([("engage in constructive dialogue", "036", "SUR/GOV", N, False, F, N, False)],
      "Suriname (2009); 'We will continue to engage in constructive dialogue aimed at contributing to a better future "
      "for all' = 'we' = the speaker's delegation ('My delegation reiterates its commitment', preceding sentence); a "
      "future engagement in dialogue -> 036 future (guideline: future cooperative acts, meet, discuss, engage, get "
      "036), no partner named -> target null (held-out 32/33: an intent to take part in a UN process 036 future "
      "with no target; borderline org:UN; borderline not coded as an abstract stance)"),
 56: ([], "Côte d'Ivoire (2019): 'The resolution invites us to reclaim the three pillars of United Nations action' = "
          "General Assembly resolution 73/127 (preceding sentence), addressed to 'us' meaning all Member States "
          "(held-out 42/43: not coded), with an abstract content that is no CAMEO behaviour; not coded (borderline "
          "100 org:UNGA with target null, an inanimate resolution standing for the body that adopted it, held-out 62-73)"),
}
