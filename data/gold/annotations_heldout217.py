"""Hand annotations for the TWO-HUNDRED-AND-SEVENTEENTH held-out event gold set (source of events-heldout217.jsonl).

Keyed by the row index of selection-heldout217.jsonl (output of select_bulk_sentence_heldout.py 217; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout217.jsonl \\
        --annotations annotations_heldout217 --output events-heldout217.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: future
 0: ([("will support him", "032", "NOR/GOV", "org:UN", False, F, N, False)],
     "Norway (2016); 'Norway will support him or her in that endeavour' = a pledge of support to the next "
     "Secretary-General (sentence before: 'The next Secretary-General must continue to defend and promote the "
     "multilateral world order and lead the process of change') -> express intent to give policy support 032, "
     "future (set 205: Equatorial Guinea's 'will continue to support those efforts' a future 032 to org:UN; set "
     "140: 'will not fail to continue to support the Organization' a future 032 to org:UN), the Secretary-General "
     "-> org:UN although not yet chosen (borderline 030, or uncoded as support for a person not yet in office); "
     "the endeavour itself is the sentence before's deontic, not coded here"),
 1: ([("Israeli conflict", "190", N, "ISR/GOV", False, A, N, True),
      ("occupation", "192", "ISR/GOV", "PSE", False, A, N, True),
      ("occupation", "192", "ISR/GOV", "SYR", False, A, N, True),
      ("occupation", "192", "ISR/GOV", "LBN", False, A, N, True)],
     "Bahrain (2007); 'We hope that this [the international conference on Middle East peace that President Bush "
     "initiated, sentence before] will mark the beginning of a new stage ... putting an end to the suffering of the "
     "Palestinian people and to the occupation' = an optative hope about others' acts, not coded (README: hopes "
     "about another actor's act; borderline a hypothetical 0874 ISR/GOV -> PSE), but realised events named inside "
     "an optative hope are coded (set 113: a realised occupation inside a hope a nominal 192; set 183: 'a future "
     "without foreign occupation' codes only the realised occupation, a nominal 192 ISR/GOV -> PSE): 'the "
     "occupation since 1967 of the Palestinian territories, the Syrian Golan and other occupied Arab territories in "
     "sisterly Lebanon' = one nominal 192 per occupied country (set 132: 'The Arab territories occupied since 1967' "
     "one nominal 192 each to PSE, SYR and LBN), the occupier plain from 'the Arab-Israeli conflict' of the same "
     "sentence -> ISR/GOV (README: an event noun whose agent is plain from the text around it is coded; borderline "
     "ISR/MIL), the territories -> bare countries; 'the Arab-Israeli conflict' = a conflict noun naming its "
     "parties (README: a nominal 190 from the first-named), the first-named 'Arab' side an uncoded collective -> "
     "no source, to ISR/GOV (set 123: negotiations whose first-named party has no code have no source and go to "
     "ISR/GOV; set 202: 'the long-standing conflict between Israel and Palestine' inside an optative hope a "
     "nominal 190; borderline uncoded, as set 154's 'Arab-Israeli conflict' whose first party fell before the "
     "cut); 'the suffering of the Palestinian people' is a condition, not an act"),
 2: ([], "Luxembourg (2004): 'We hope that conditions will soon be such that the United Nations will be able to fully "
         "play its proper role, in particular regarding the political process, the preparation for elections, "
         "humanitarian assistance and reconstruction' in Iraq = an optative hope about another actor's act "
         "(README: 'looks forward to receiving Russia's written response' optative, not coded; set 123: a confident "
         "prediction of another actor's aid is a hope); borderline a future 070/073 org:UN -> bare IRQ"),
 # --- UNGDC 1990-2019 random: demand
 3: ([("Russian agreement", "057", "USA/GOV", "RUS/GOV", False, A, N, True)],
     "Norway (2013); 'We must seize the momentum created by the United States-Russian agreement' = a hortative "
     "whose 'we' is the UN membership ('we, the Members of the United Nations', sentence before), not coded "
     "(README: 'we' meaning all states); 'the United States-Russian agreement' (the September 2013 framework on "
     "Syria's chemical weapons) = an agreement named after its parties -> nominal 057 from the first-named party "
     "(README: 'the Israeli-Jordan Accords' a nominal 057 from the first-named), realised -> asserted, USA/GOV -> "
     "RUS/GOV (borderline a second event to SYR/GOV, whose weapons it concerns, but Syria is no signatory)"),
 4: ([("sacrificed", "1621", "MCO/GOV", N, True, D, N, False)],
     "Monaco (2009); 'This assistance must not be sacrificed because of the present economic and financial "
     "situation' = a deontic with a negated behaviour (guideline: 'X should / must do Y' codes Y, demanded; plain "
     "negation keeps the event's own code, negated): sacrificing aid -> reduce or stop economic assistance 1621, "
     "negated and demanded; 'This assistance' is Monaco's own ODA of the sentence before ('I requested that we "
     "continue our effort to contribute 0.7 per cent of our GDP by 2015 to official development assistance', "
     "'actions undertaken by my country in the framework of its international cooperation'), so the agentless "
     "passive takes MCO/GOV (README: a verb's missing participant taken from the context; borderline source null, "
     "reading it as the ODA of all donors, as an earlier set's 'Now is the time to scale up our support' with "
     "'our' meaning all countries, a demanded 071 with no source); the beneficiaries are the unnamed 'most "
     "destitute' -> target null; the economic crisis is no act"),
 5: ([("I make this appeal", "1013", "PER/GOV", "JPN/GOV", False, A, N, False)],
     "Peru (2004); 'I make this appeal in the conviction that the rule of law ... must guarantee access to justice' "
     "= the anaphoric repeat of the sentence before's appeal ('I appeal to the Government of Japan to contribute "
     "to access to justice by authorizing the extradition of former President Alberto Fujimori'), a performative "
     "request (guideline: appeal -> 10x) -> asserted, its addressee taken from the sentence before -> JPN/GOV "
     "(README: missing participant from the context; set 208: the anaphoric 'We reiterate this appeal' coded as a "
     "request); extradition is judicial cooperation (063) -> demand judicial cooperation 1013 (borderline 1053 "
     "for the return of a person, or target null as set 208); 'the rule of law ... must guarantee access to "
     "justice' is a norm with no actor, not coded"),
 6: ([], "Pakistan (2009): 'To eliminate militancy we must strike at its roots' = a figurative use ('strike at its "
         "roots' = address the causes; guideline: figurative uses not coded) in a hortative whose 'we' is the whole "
         "world facing 'the virus' of the text before (README: 'we' meaning all states); borderline a demanded 190 "
         "PAK/GOV -> PAK/REB"),
 7: ([], "Lao PDR (1998): 'the international community must render its support and assistance to the countries "
         "concerned in their efforts to resolve their problems by peaceful means' = a deontic with an uncoded "
         "source (README: the international community -> null) and unnamed African 'countries of the region' ('In "
         "Africa, we are still witnessing ethnic confrontation, civil war and border conflicts', sentence before; "
         "no country named) -> null -> null, left uncoded as an act between uncoded collectives (held-out 54-61; "
         "borderline a demanded 070 with no source and no target, or org:AU); the 'efforts to resolve their "
         "problems' of unnamed countries are null as well"),
 8: ([], "Portugal (2015): 'In order to fulfil its mandate in the most effective manner, it [the Security Council] "
         "should mirror the realities of our world' = a Security Council reform position (held-out 54-61: UN reform "
         "positions uncoded; set 194: a demand for Council seats uncoded), no codable behaviour"),
 # --- UNGDC 1990-2019 random: cue
 9: ([("was due to be convened", "036", "CIV/GOV", "CIV/LEG", False, F, N, False)],
     "Côte d'Ivoire (2004); 'The National Assembly was due to be convened in special session before the end of "
     "August 2004 in order to consider and adopt all the legislative texts provided for in the Linas-Marcoussis "
     "Agreement' = a convening scheduled under the Accra III road map (text before: 'important decisions "
     "accompanied by a road map were made at the Accra III summit. Thus, the President of the Republic ... had to "
     "make use of the powers conferred on him by the Constitution') -> host/convene, a domestic convening being "
     "coded (set 137: 'All the people of Burundi were invited to discuss' a 043 BDI/GOV -> BDI/CVL; set 174: "
     "'working on a national dialogue' a 043 SSD/GOV -> SSD/CVL); 'was due to be' states a schedule, not the "
     "convening itself -> future, and future meetings take the intent code 036 (guideline; borderline an "
     "asserted 043, since the text after reports 'the convening of the deputies in a special session as of 11 "
     "August 2004', or demanded, as a road-map obligation); the agentless passive takes the executive that the "
     "text before names -> CIV/GOV (borderline source null), the National Assembly -> CIV/LEG (borderline uncoded "
     "as a domestic legislative procedure); adopting the texts is a purpose, not coded; the Linas-Marcoussis "
     "Agreement is named only by place, its Ivorian signatories never named in the sentence, not coded (set 156: "
     "the Lisbon signing whose parties the speech never names uncoded; borderline a nominal 057 CIV/GOV -> "
     "CIV/REB)"),
 10: ([("We call for", "107", "SWZ/GOV", "MDG", False, A, N, False),
       ("We call for", "107", "SWZ/GOV", "SOM", False, A, N, False),
       ("We call for", "107", "SWZ/GOV", "SDN", False, A, N, False),
       ("We call for", "107", "SWZ/GOV", "AFG", False, A, N, False)],
      "Swaziland (2010); 'We call for the restoration of peace in all those areas' = a request (guideline: call for "
      "-> 10x), performative -> asserted, with no addressee, about the conflicts the sentence before names "
      "('Madagascar, Somalia, Darfur, the Middle East and Afghanistan') -> demand settling of dispute 107, one per "
      "named country as a bare place (set 194: an 'appeal for peace for those tormented regions, for Sarajevo', "
      "with no addressee, a 107 to bare BIH; set 125: a call for the resolution of the conflicts in five countries "
      "one 107 per government), Darfur -> bare SDN, and 'the Middle East', a region and no country, dropped "
      "(borderline one 107 with no target, 1056, or uncoded as a call with no addressee, sets 110 and 125); 'it "
      "is always disturbing to see people undergo so much suffering' is a sentiment (01x), not coded"),
 11: ([("recommended", "103", "org:ECCAS", "org:UN", False, A, N, False)],
      "Gabon (1993); 'It further recommended that the United Nations be asked for assistance to carry out a study "
      "on a balanced and gradual reduction of the armed forces, equipment and military budgets of member States' = "
      "the recommendation of the Permanent Consultative Committee on security questions in Central Africa, whose "
      "third meeting Gabon hosted and which brought together 'all States members of the Economic Community of "
      "Central African States (ECCAS)' (text before) -> a recommendation is a request (set 111: a regional summit's "
      "'recommendation' a nominal 106; set 143: 'Recommendations made by the Secretary-General' a nominal 100), and "
      "what it asks is that the UN be asked for help with a study -> demand aid 103 to org:UN, coded once on the "
      "recommending verb, the agentless asking folded in (guideline: Y not coded separately; borderline a generic "
      "100 with no target plus an agentless demanded 103 to org:UN), neither economic nor military -> 103 "
      "(borderline 1032); the Committee of all ECCAS members -> org:ECCAS (README org code; borderline org:UN, as "
      "the Standing Advisory Committee was set up by the Secretary-General, or GAB/GOV as host); the reduction of "
      "armed forces itself is not coded"),
 12: ([("we welcome", "051", "VCT/GOV", "BIH", False, A, N, False)],
      "Saint Vincent and the Grenadines (1996); 'While we welcome the recent elections in Bosnia' = a welcome "
      "(guideline: 051) of a development inside a named country whose parties are not named -> bare BIH (README; "
      "set 156: 'we can certainly welcome restored peace in Angola, Liberia and Sierra Leone' a 051 to each bare "
      "country; borderline BIH/CVL, or the elections as a nominal event); 'we are troubled by developments in the "
      "Persian Gulf' = expressed concern (guideline: 01x, not coded)"),
 13: ([], "Slovakia (1999): 'To achieve this goal, it is necessary to reach the widest possible agreement on "
          "enlarging its membership and on the veto right' = a Security Council reform position with 'it is "
          "necessary' and no named actor (held-out 54-61: UN reform positions uncoded; borderline a demanded 057 "
          "null -> null)"),
 14: ([("we call for", "100", "CIV/GOV", N, False, A, N, False)],
      "Côte d'Ivoire (2018); 'The challenges posed by unregulated migratory flows concern all of us, and we call "
      "for the concerted management of that significant issue' = a request (guideline: call for -> 10x), "
      "performative -> asserted, with no addressee -> target null (set 186: 'We call for the mustering of ... "
      "efforts' against terrorism a generic 100 with no target; sets 195 and 203: calls with no addressee coded "
      "with no target); joint management of migration fits no sub-code -> generic 100 (borderline 1011, or "
      "uncoded as a call with no addressee, sets 110 and 125); 'concern all of us' is no act"),
 15: ([], "Uzbekistan (1997): 'We consider the OSCE Parliamentary Assembly Expanded Bureau Meeting Seminar, held in "
          "September 1997 in the capital of Uzbekistan, as the world community's recognition of Central Asia's "
          "importance' = a meeting only 'held in' the capital, a venue (set 153: a meeting only 'held in Seoul' "
          "uncoded; set 154: the APEC meeting 'was held' in Shanghai uncoded; borderline a 043 UZB/GOV -> org:OSCE), "
          "and the 'recognition' is the speaker's construal of the meeting, an evaluation with an uncoded agent, not "
          "a praise act (borderline a nominal 051 with no source to bare UZB)"),
 16: ([], "Chad (2003): 'in spite of the increase in resources and the strengthening of the political commitment at "
          "the highest level — following the example of the commitment made by the President of the Republic of "
          "Chad — the situation remains one of great concern and calls for unfailing determination and exceptional "
          "efforts in order to stem this pandemic' = agentless resources and commitments against HIV/AIDS (set 139: "
          "agentless pledges uncoded), the President's commitment a domestic health commitment with no counterpart "
          "(guideline: abstract policy positions; borderline a nominal 030 TCD/GOV with no target), and 'calls for' "
          "has an inanimate subject (set 121: Angola's 'calls for a global coalition' with an inanimate subject "
          "uncoded); 'great concern' is 01x"),
 17: ([("requested the assistance", "103", "AFG/GOV", "org:UN", False, A, N, False)],
      "Canada (2006); '[Let us recall that the democratically elected] Government of Afghanistan, led by President "
      "Karzai, requested the assistance of the United Nations and its Member States in the struggle against "
      "terror, intimidation, violence and oppression' = a request (guideline: ask -> 10x) for aid, its subject "
      "inside the sentence after the splitter's cut; 'Let us recall' recalls a past fact -> asserted; Karzai's "
      "government -> AFG/GOV; the United Nations -> org:UN, and 'its Member States' an uncoded collective, dropped "
      "from the compound (README: collectives null; set 120: uncoded members of a compound dropped); assistance "
      "'in the struggle against terror' (the UN-mandated mission of the text before) -> demand aid 103 (borderline "
      "1034 for military protection, or 1032); Y is not coded separately (guideline)"),
 18: ([], "Senegal (2016): 'Furthermore, I call for a different view of development challenges in Africa' = a call "
          "with no addressee whose Y, a change of view, is an attitude and not a behaviour between political actors "
          "(held-out 204: Haiti's call for more insurance cover uncoded; guideline: if Y is not a codable "
          "behaviour, nothing is coded); borderline a generic 100 SEN/GOV with no target, as row 14"),
 19: ([("We note with full support", "051", "FSM/GOV", N, False, A, N, False)],
      "Micronesia (2002); 'We note with full support the Nasonini Declaration, which enhances existing regional "
      "security measures' = an expression of support (guideline: 'express support' -> 051) for the Pacific Islands "
      "Forum leaders' 2002 security declaration (text before: 'The meetings of the Pacific Islands Forum this year "
      "were dominated by security considerations'); the Forum has no code (set 120: Fiji's future hosting of the "
      "Pacific Islands Forum with target null), so a welcome of a decision of an uncoded body is a 051 with no "
      "target (README; borderline uncoded, since Micronesia is itself a party to the Declaration, as held-out 117 "
      "left a Pacific Islands Forum endorsement uncoded); 'which enhances existing regional security measures' "
      "has an inanimate subject (borderline a 062 with no source and no target)"),
 20: ([("full cooperation", "050", "XKX/GOV", N, False, A, N, True),
       ("full cooperation", "050", "XKX/OPP", N, False, A, N, True),
       ("full cooperation", "050", "XKX/CVL", N, False, A, N, True),
       ("full cooperation", "050", "XKX/MED", N, False, A, N, True)],
      "Albania (2006); '[The leadership of Kosovo, the representative] Kosovar institutions, the political "
      "opposition, civil society, the media and the entire civil factor are demonstrating ... open and full "
      "cooperation with the international factor' = a cooperation noun whose agents are the subjects (README: "
      "'cooperation nouns ... a nominal 050'), ongoing -> asserted; the compound subject is split (guideline), its "
      "first part cut off by the splitter taken from the context (README): the leadership and Kosovar institutions "
      "-> XKX/GOV (README: Kosovo -> XKX; set 128: Priština in 1998 XKX/GOV; set 146), the political opposition -> "
      "XKX/OPP, civil society and 'the entire civil factor' -> one XKX/CVL, the media -> XKX/MED (README: a news "
      "agency is its country's MED); 'the international factor' = the international presence in Kosovo, an "
      "uncoded collective -> target null (borderline org:UN for UNMIK, named in the sentence after); 'cohesion "
      "and ... unity' are states, and building a sovereign State is a purpose, not coded"),
 21: ([], "Spain (2008): 'the needs are the same or even greater than they were when we agreed the Millennium "
          "Development Goals eight years ago' = 'we' meaning all states (held-out 42/43: not coded; set 141: 'our "
          "leaders have adopted an outcome document' uncoded), and a comparison of needs, no act"),
 22: ([("rejects", "127", "AZE/GOV", "org:OSCE", False, A, N, False)],
      "Armenia (2010); 'Unfortunately, Azerbaijan rejects two of the three principles mentioned' = an explicit "
      "REJECT verb (guideline) aimed at the principles on which the OSCE Minsk Group Co-Chairs base their proposed "
      "'principles and elements' (text before) -> rejecting some provisions of a plan is 127 (README), the "
      "Co-Chairs, whose countries the speech never names (searched: no France, Russia or United States), -> "
      "org:OSCE (set 188: the Minsk Group co-chairs' proposal org:OSCE; README: one 127 per co-Chair only where "
      "the document names them; borderline 120 with no target for principles of international law, or target "
      "ARM/GOV); 'Unfortunately' is a sentence adverb, not coded (set 135); 'is attempting ... to turn upside down "
      "the essence of the negotiation process' and 'to distort the nature of the conflict in various international "
      "forums' are the speaker's characterizations of Azerbaijan's conduct and statements, with no CAMEO act named "
      "(guideline: evaluative descriptions not coded; set 155: Azerbaijan's rebuttal of Armenia's statements "
      "uncoded; borderline a 128 to org:OSCE for undermining the process, or the speaker's implicit 112)"),
 23: ([("we support the efforts", "051", "VNM/GOV", "IRQ/GOV", False, A, N, False)],
      "Viet Nam (2014); 'we support the efforts of the Iraqi Government and the international community to "
      "stabilize the situation' = support (guideline: 'express support' -> 051) for the efforts of named actors -> "
      "one 051 per coded actor, to IRQ/GOV, 'the international community' an uncoded collective dropped (set 211: "
      "the Comoros' support for the efforts of the AU, the Sudanese Government 'and the entire international "
      "community'); the Iraqi Government's own stabilization efforts, as a party, are folded into the support "
      "(set 211; borderline a nominal 190 IRQ/GOV -> IRQ/REB against the 'escalating violence' of the sentence "
      "before); the sentence begins with 'and' after the splitter's cut, the concern before it being 01x"),
 24: ([], "Moldova (2001): 'The dramatic change of the situation ... in the aftermath of the tragic events of 11 "
          "September calls for a new vision and a redefinition of the specific mechanisms' of the UN = an inanimate "
          "subject's 'calls for' (set 121) and a UN reform position (held-out 54-61), and 'the tragic events of 11 "
          "September' an event noun with no agent named (set 188: 'the tragic events of 11 September' uncoded)"),
 25: ([("attacked", "190", "IRQ/MIL", "IRQ/REB", False, A, N, False)],
      "Iraq (2005); 'On 9 September the Iraqi military attacked terrorist hubs in Talafar to restore security and "
      "stability there' = a military attack (README: generic military attack -> 190), realised -> asserted; the "
      "armed forces named -> IRQ/MIL (guideline: /MIL for armed forces and their acts); the unnamed terrorists "
      "whose 'hubs' were attacked -> the country's REB (README: unnamed outlaw groups are the country's REB; set "
      "142: unnamed terrorists 'Afghan soldiers are holding at bay' a 190 AFG/MIL -> AFG/REB); restoring security "
      "is a purpose"),
 26: ([], "Netherlands (2002): 'That means: acknowledgement of the problem and its causes, an open discussion of "
          "possible strategies and addressing its consequences for society' = what African Governments' endorsement "
          "of the fight against AIDS (sentence before) requires: domestic health policy with agentless nouns, no act "
          "between actors (guideline: 'comply with obligations' and similar Y not coded; borderline a demanded "
          "nominal 040 with no target)"),
 27: ([], "Viet Nam (1996): 'peoples turn to the United Nations for timely support and fruitful assistance because "
          "the Organization ... has been daily affirming its crucial role' = a habitual reliance of an uncoded "
          "collective ('peoples', 'nations' in the sentence before) on the UN (set 134: 'we continue to look to the "
          "international community for assistance' uncoded; set 202: 'continues to look to the United Nations for' "
          "uncoded; borderline a habitual 103 with no source to org:UN), and the UN 'affirming its crucial role' an "
          "evaluation, no act"),
 28: ([], "Belgium (2013): 'In 2010, all those who defend democracy welcomed the advent of the Arab Spring' = a "
          "welcome by an uncoded collective of a development in no named country -> null -> null, left uncoded as "
          "an act between uncoded collectives (held-out 54-61; borderline a 051 with no source and no target, as "
          "praise from uncoded collectives is a 051 with no source where a target is named); 'the Arab Spring' is "
          "an event noun naming no agent or country (borderline a nominal 141 with no source)"),
 29: ([], "Dominican Republic (2006): 'many people could benefit from this situation, through remittances, the "
          "creation of networks of contacts and cooperation ...' = a hypothetical, generic benefit of migration "
          "with no named actor (held-out 54-61: acts between uncoded collectives uncoded), no act"),
 30: ([("wishes to welcome", "051", "LIE/GOV", "KOR/GOV", False, A, N, False),
       ("wishes to welcome", "051", "LIE/GOV", "PRK/GOV", False, A, N, False)],
      "Liechtenstein (1991); 'Liechtenstein wishes to welcome the Republic of Korea and the Democratic People's "
      "Republic of Korea, which joined the Organisation on 17 September' = a welcome of new Members (guideline: "
      "welcome -> 051), 'wishes to' the politeness form -> asserted, one 051 per new Member (set 179: 'Our "
      "greetings on their admission as full members' one 051 per new Member named; guideline: compound split); "
      "the joining is a UN admission, not coded (set 116: congratulating Switzerland on joining the UN a 051 and "
      "the joining uncoded)"),
 # --- UNGDC 1990-2019 random: nocue
 31: ([], "Bahamas (1993): 'Today we are one of the most stable and democratic societies' = a self-description, no "
          "act"),
 32: ([], "Viet Nam (1990): 'I am convinced that by building upon the achievements of his predecessor, he will guide "
          "this session to a fruitful outcome' = a confident prediction about the new President of the General "
          "Assembly (set 148: 'a confident prediction about the Assembly President's skills' uncoded; set 123: a "
          "confident prediction is a hope), no act between actors"),
 33: ([], "Estonia (2004): 'Paradoxically, the very same Internet is behind this marginalization, although it is "
          "supposed to be the cheapest and most efficient way to exchange information' = an inanimate subject and a "
          "description, no act"),
 34: ([("has established", "061", "DJI/GOV", "ETH/GOV", False, A, N, False),
       ("has established", "061", "DJI/GOV", "SDN/GOV", False, A, N, False)],
      "Djibouti (2011); 'my country has established several infrastructure projects in agriculture, including the "
      "exploitation of arable lands in the neighbouring friendly countries of Ethiopia and the Sudan, and the River "
      "Awash water catchment project on the border with Ethiopia' = agricultural projects run on the territory of "
      "two named neighbours -> cooperate economically 061, realised -> asserted, one per partner government (set "
      "185: the Black Sea Economic Cooperation established with ten named states one 061 per partner; set 145: "
      "the TAPI pipeline project one 061 per partner government); the border water project with Ethiopia is folded "
      "into the ETH/GOV event (borderline uncoded as a domestic drought programme, as set 174's agricultural "
      "assistance, or bare ETH and SDN as the land's location)"),
 35: ([], "Kyrgyzstan (2002): 'We intend to elaborate a democratic code and to establish a council for democratic "
          "security' = a domestic programme with no counterpart (set 176: domestic programmes uncoded)"),
 36: ([("upholds", "051", "UKR/GOV", "org:UNGA", False, A, N, False)],
      "Ukraine (2013); 'Ukraine upholds President Ashe's decisive determination to achieve long-expected practical "
      "advances in the reform of the United Nations' = support (guideline: 'express support' -> 051) for the "
      "reform drive of a named actor, John Ashe, President of the General Assembly -> 051 to org:UNGA (set 204: "
      "San Marino's support for 'the Secretary-General's reform agenda' a 051 to org:UN; set 140: Poland's support "
      "for the Secretary-General's reform direction a 051 to org:UN; borderline uncoded as a UN reform position, "
      "held-out 54-61); the determination itself is an attitude, not coded"),
 37: ([], "Malta (2009): 'the second is the fifteenth anniversary of the coming into force on 21 March 1994 of the "
          "United Nations Framework Convention on Climate Change; and the third is the fifteenth anniversary of the "
          "coming into force ... of the United Nations Convention on the Law of the Sea' = anniversaries (set 135: "
          "an anniversary uncoded) of the entry into force of multilateral conventions whose parties are all states "
          "(borderline a nominal 057 null -> null per convention, as 'an agreement entering into force is a "
          "nominal 057')"),
 38: ([("submitted our candidature", "102", "THA/GOV", "org:UNGA", False, A, N, False)],
      "Thailand (2014); '[It is because of Thailand's commitment to the United] Nations that we have submitted our "
      "candidature for a seat on the Human Rights Council for the 2015-2017 term and on the Security Council for "
      "the 2017-2018 term' = a candidature for seats elected by the General Assembly -> 102 to org:UNGA (set 118: "
      "Viet Nam's 'put forth its candidature' for the Human Rights Council a 102 to org:UNGA; set 205: Albania's "
      "ECOSOC candidacy a 102 to org:UNGA), a verb phrase, not nominal; one verb with two seats is one event "
      "(set 210: two treaties ratified with one verb one 057; borderline one 102 per seat); the commitment to the "
      "UN lies before the splitter's cut"),
 39: ([], "Côte d'Ivoire (2008): 'The issue of debt remains a cause for concern to a number of developing countries' "
          "= expressed concern (guideline: 01x) of an uncoded collective, no act"),
 40: ([], "Singapore (2017): 'We need to work with each other, we need to build consensus and we need to find "
          "effective solutions to global problems' = 'we' meaning all nations ('No nation can solve transboundary "
          "problems alone', sentence before; held-out 42/43: not coded)"),
 41: ([], "Switzerland (2007): 'With its funds, programmes and specialized agencies, the system has at its disposal "
          "an excellent network through which to ensure its presence on the ground' = a description of the UN "
          "system's capacity, no act"),
 42: ([("unequivocally object", "120", "TKM/GOV", N, False, A, N, False)],
      "Turkmenistan (1997); 'we, like our partners in the Non-Aligned Movement, unequivocally object to the "
      "existence of zones of unilateral domination' = an explicit rejection (guideline: REJECT verbs) of a "
      "situation with no named author -> 120 with no target (set 203: Thailand's 'As a region ... reject all "
      "forms of protectionism' a 120 from THA/GOV only; set 148: 'we reject the tackling of this phenomenon using "
      "double standards' a 120 with no target; borderline uncoded as an abstract position on world order); the "
      "Non-Aligned Movement has no code, so its members' like objection is dropped (README: collectives without a "
      "code null; set 133: coded for the speaker only)"),
 43: ([("we are pleased at", "051", "ZWE/GOV", N, False, A, N, False)],
      "Zimbabwe (1992); 'we are pleased at the plethora of projects now under way to make the United Nations focus "
      "on issues of economic development and social and humanitarian issues, such as the Nordic project' = 'we are "
      "pleased with' is 051 (README), aimed at initiatives whose authors are not coded: the Nordic UN project's "
      "Nordic countries, a group the speech never names member by member -> target null (set 113: a welcome of "
      "conferences whose convenors are not named a 051 with no target; README: a group without a code is each "
      "member the document names; borderline uncoded as a UN reform position, held-out 54-61, or org:UN)"),
 44: ([], "Azerbaijan (2008): 'According to the forecasts of international financial institutions, the growth rate "
          "will retain its dynamics for the next year' = an economic forecast attributed to uncoded institutions, no "
          "act"),
}
