"""Hand annotations for the HUNDRED-AND-EIGHTY-SIXTH held-out event gold set (source of events-heldout186.jsonl).

Keyed by the row index of selection-heldout186.jsonl (output of select_bulk_sentence_heldout.py 186; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout186.jsonl \
        --annotations annotations_heldout186 --output events-heldout186.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Croatia (2016): 'our children will not ask us what we planned together or what we signed up to do' = a "
         "prediction about what children will ask, 'we' meaning all leaders (held-out 42/43: 'we' meaning all states "
         "not coded); no act between actors, and 'will not ask' negates a question, not a political event"),
 1: ([], "Guyana (2010): 'we have not connected the rhetorical support for their achievement to actual delivery' "
         "(the MDGs) = 'we' meaning all states (held-out 42/43), an evaluation of collective performance with no "
         "named counterpart; not coded (borderline a negated 070 null -> null)"),
 2: ([("publicly condemned", "111", "PRY/GOV", "IRQ/GOV", False, A, N, False),
      ("that aggression", "190", "IRQ/GOV", "KWT", False, A, N, True),
      ("has taken measures", "163", "PRY/GOV", "IRQ/GOV", False, A, N, False)],
     "Paraguay (1990); 'has not only publicly condemned' = 'not only' is no negation (set 165: 'has not only "
     "rejected' asserted) -> 111 asserted; 'that aggression against a Member State of our Organization' = Iraq's "
     "invasion of Kuwait, named in the sentence before ('condemning the invasion of Kuwait and adopting measures to "
     "deter the aggression') -> the condemnation's target IRQ/GOV, and the aggression itself a nominal 190 "
     "(guideline: 'aggression' 190) IRQ/GOV -> bare KWT, an event noun whose agent is plain from the text around it "
     "(held-out 48/49; held-out 77 row 6; borderline not coded, as the guideline's anaphoric 'this aggression'); "
     "'in strict compliance with the provisions adopted by the Security Council, also has taken measures' = "
     "Paraguay's own implementation of the resolution 661 sanctions against Iraq -> 163 PRY/GOV -> IRQ/GOV (set "
     "138: 'Implementing the sanctions' against the FRY is the speaker's own 163; borderline not coded as "
     "compliance, as set 155's resolution 1373 measures); the Council's provisions are not coded separately "
     "(borderline a nominal 163 org:UNSC -> IRQ); 'we have already reported' is a report, not coded"),
 3: ([], "Sweden (2004): 'development assistance alone will not yield the needed results' = a general evaluation, "
         "agentless aid with no named provider or recipient"),
 4: ([], "El Salvador (2019): 'some will think ...; but they should ask their children' = a rhetorical aside about "
         "unnamed listeners and their families, no act between actors"),
 5: ([("having chosen a military solution", "190", N, "AFG", False, A, N, False)],
     "Botswana (1990); 'some parties to that tragic conflict' = unnamed parties to the Afghan war (the sentence "
     "before: 'Why should Afghanistan continue to bleed so much'); 'have not shown any faith in the efficacy of the "
     "Geneva Agreements' = an attitude, not a negated act (borderline an asserted 128 to the Agreements' "
     "signatories); 'having chosen a military solution to settle the conflict' = realised fighting -> 190 "
     "(guideline: war 190), source null because the speech never names which parties (borderline AFG/REB under "
     "the rule for unnamed armed groups, the mujahideen having rejected the Accords, with target AFG/GOV), the "
     "country as a whole -> bare AFG (set 147: Syria's unattributed 'continued armed hostilities' a 190 with no "
     "source to SYR)"),
 6: ([], "Senegal (2005): 'the mechanisms planned for bringing the continent out of debt have not yet borne fruit' = "
         "agentless mechanisms, an outcome, not a negated event; 'we should, apart from the partial measures which "
         "we should welcome, envisage bolder and more durable solutions' = 'we' meaning all states and creditors "
         "(held-out 42/43), the partial debt measures' authors unnamed; not coded (borderline a demanded 051 "
         "SEN/GOV -> null for 'which we should welcome', as 'should be welcomed' in held-out 20/21)"),
 7: ([], "Chad (2008): 'those resources do not ... meet our needs' = oil revenue versus needs, a description, no "
         "act; the need for outside assistance lies in the sentence after"),
 # --- UNGDC 1990-2019 random: future
 8: ([("That support", "070", N, "TCD/GOV", False, F, N, True)],
     "Chad (1993); 'That support will give our Government a sound basis' = 'the greater understanding and support "
     "of the international community' that Chad 'hopes to benefit from' (sentence before) -> hoped-for support "
     "from uncoded parties, a nominal future 070 with no source to the speaker's government (held-out 52/53 and "
     "54-61: hoped-for support from uncoded parties a nominal future 070 with no source; borderline not coded as "
     "optative, held-out 32/33); 'with the support of bilateral and multilateral donors' = the same expected aid "
     "to the same recipient from an uncoded collective, coded once (guideline: a repeated mention coded once; "
     "borderline a second nominal 070); 'to implement, as it has declared its wish to do, a consistent programme "
     "of macroeconomic adjustment and structural reform' = a domestic programme, no counterpart, not coded"),
 9: ([], "Kuwait (2002): 'Let us hope that the country will now channel all its resources into national "
         "reconstruction' = an optative hope about Afghanistan's domestic reconstruction, no act between actors"),
 10: ([("will continue to maintain", "030", "TKM/GOV", "org:UNDP", False, F, N, False),
        ("will continue to maintain", "030", "TKM/GOV", "org:UNICEF", False, F, N, False),
        ("will continue to maintain", "030", "TKM/GOV", "org:UNFPA", False, F, N, False)],
      "Turkmenistan (2001); 'will continue to maintain close ties with these important agencies of the United "
      "Nations in the search for new avenues of cooperation' = future cooperation -> 030 future (guideline: future "
      "cooperative acts get 03x), 'these important agencies' = the agencies named in the two sentences before, "
      "UNDP, UNICEF and the United Nations Population Fund, one event each (set 171: the Marshall Islands' future "
      "cooperation with four agencies a 030 each); 'other agencies' unnamed, dropped (borderline one 030 to "
      "org:UN)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "United States (Clinton, 1996): a fragment cut by the splitter, 'Secondly, we must reduce the risk that an "
          "outlaw' [State or organization could build a nuclear device by negotiating a treaty ...]; the verb of the "
          "proposed act ('negotiating a treaty') lies after the cut (held-out 102-109: left uncoded when the verb was "
          "cut away); 'we must reduce the risk' names no behaviour"),
 12: ([], "Nepal (2011): Security Council reform must address representation and working methods = a UN reform "
          "position (held-out 52/53, 54-61), agentless, not coded"),
 13: ([], "Saint Lucia (2004): 'We must ... remain vigilant that our development agenda is not eclipsed by a single-"
          "minded focus on conflict and war' = 'we' meaning all states, an attitude; 'conflict and war' are generic, "
          "no actor"),
 14: ([("I call on", "1031", "SLB/GOV", N, False, A, N, False)],
      "Solomon Islands (2001); 'I call on the development partners to consider more practical and realistic "
      "measures to deal with the huge amount of debt burden that poor countries continue to shoulder' = a request "
      "(guideline: call on -> 10x) whose Y is debt relief -> demand economic aid 1031 (held-out 98-101: debt written off is a "
      "071), the development partners an uncoded collective -> target null (held-out 77 row 10: a call upon donors "
      "1031 with target null); Y is not coded separately (guideline)"),
 15: ([], "Singapore (2007): 'We too must have a sense of responsibility for the global system' = a deontic about an "
          "attitude, no codable behaviour"),
 16: ([], "Senegal (1991): 'The new atmosphere ... should now enable it [the Security Council] fully to discharge the "
          "authority ... vested in it by the Charter' = a deontic about the Council's general functioning, no "
          "codable behaviour and no target (borderline a demanded 100 to org:UNSC)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("promised", "033", N, "CAF/CVL", False, A, N, False),
       ("reaches them", "070", N, "CAF/CVL", False, H, N, False)],
      "Central African Republic (2008); 'unless the support promised to them actually reaches them' = 'our "
      "farmers'; the promise is realised: an intent to provide material aid, 033 (set 174: 'Honouring the numerous "
      "pledges' gives the pledges a nominal 0331 with no source and the honouring a hypothetical 071), a participle "
      "-> not nominal (set 116: a participle is not nominal), its promisers unnamed (the FAO summit measures "
      "and the IMF proposal of the text before; borderline org:IMF) -> source null; the support reaching them sits "
      "in an 'unless' condition -> 070 hypothetical (README: acts inside an if-clause are hypothetical) with no "
      "source; 'our farmers' -> CAF/CVL (borderline CAF/GOV, or the farmers of the CEMAC region the speaker "
      "chairs); 'these good resolutions' are the regional decisions of the text before, not coded"),
 18: ([("extreme demand", "1044", "XKX/CVL", N, False, A, N, True)],
      "Serbia and Montenegro (2005); 'An independent State of Kosovo is not a guaranteed right, but an extreme "
      "demand' = the Kosovo Albanians' demand for independence, its agent plain from the sentence before ('any "
      "right of the Albanian majority') and the text before it ('Albanian extremists ... unless Kosovo's "
      "independence is proclaimed') -> a demand for a change of regime, nominal 1044 (set 135: 'the legitimate "
      "demand of the Palestinian people to establish an independent State' a nominal 1044 from PSE/CVL with no "
      "target), the Albanian majority -> XKX/CVL (guideline: Kosovo XKX; borderline XKX/GOV for the Pristina "
      "institutions, or XKX/REB for the 'extremists'), target null as in set 135 (borderline the speaker's "
      "government); 'is not a guaranteed right' is an evaluation, not a negated event"),
 19: ([("I appeal", "102", "AUT/GOV", N, False, A, N, False)],
      "Austria (2008); 'I appeal to all other countries to sign as soon as possible' the Convention on Cluster "
      "Munitions (sentence before) = a request (guideline: appeal -> 10x) to join a treaty -> 102 (held-out 76 row "
      "2: calls to ratify or join a treaty 102), 'all other countries' an uncoded collective -> target null (README: "
      "'We call on all countries that have not yet done so to join the Rome Statute' a 102 with no target); 'so "
      "that this treaty can enter into force' is the purpose, not coded"),
 20: ([("provides for the imposition", "163", "org:UNSC", "IRQ", False, A, N, False),
       ("its aggression", "190", "IRQ/GOV", "KWT", False, A, N, True)],
      "Lebanon (1990); 'resolution 661 (1990) which provides for the imposition of international sanctions against "
      "Iraq' = an inanimate resolution standing for the Council that adopted it (held-out 62-73) -> 163 (guideline: "
      "sanctions 163) org:UNSC, Iraq as a country -> bare IRQ (sets 134 and 172: sanctions on Iraq a 163 org:UNSC -> "
      "bare IRQ; borderline IRQ/GOV); 'to deter its aggression' = Iraq's invasion of Kuwait, named earlier in the "
      "speech ('Iraq's invasion of Kuwait'), an event noun with its agent in the sentence ('its') -> nominal 190 "
      "(guideline: 'aggression' 190) IRQ/GOV -> bare KWT (guideline: target of an invasion), asserted though it "
      "stands in a purpose clause, since the aggression is realised; 'when we recall ... resolutions' and 'recall "
      "once more the Lebanese situation' are statements, not coded"),
 21: ([("to express my appreciation and support", "051", "KOR/GOV", "org:UN", False, A, N, False)],
      "Republic of Korea (2009); 'I also wish to express my appreciation and support to Secretary-General Ban Ki-"
      "moon for his tireless efforts in reforming the United Nations' = praise and verbal support, the same code "
      "and pair, coded once -> 051 (guideline) to the Secretary-General -> org:UN (held-out 48/49), 'wish to' "
      "performative -> asserted; the reform efforts themselves are UN reform, not coded (held-out 52/53)"),
 22: ([], "Bahrain (1993): 'Our planet faces man-made environmental threats' = a figurative threat (guideline: threat "
          "as risk), no actor"),
 23: ([], "Lithuania (1998): 'It is gratifying that the heads of State and Government, as well as interior ministers, "
          "confirmed their commitment to constructive cooperation at the twentieth special session of the ... "
          "General Assembly, on drugs' = an impersonal evaluation (held-out 48/49: 'it is commendable to observe' an "
          "evaluation; set 142: the impersonal 'it is encouraging to see' left uncoded), not a welcome by the "
          "speaker (borderline a 051 LTU/GOV -> null, as set 145 coded 'It is unfortunate that' as a 110); the "
          "commitment was made by all states at the special session, 'we' meaning all states (held-out 42/43), "
          "null-null, not coded (borderline a 030 null -> null, or to org:UNGA)"),
 24: ([("heartened", "051", "TTO/GOV", N, False, A, N, False)],
      "Trinidad and Tobago (2002); 'is heartened by the outcome of that Conference' (the International Conference "
      "on Financing for Development, Monterrey) = approval (held-out 62-73: 'we are encouraged by' and 'we are pleased "
      "with' are 051) -> 051, a welcome of a conference whose convenors the sentence does not name -> target null "
      "(set 113; borderline org:UN, the conference being 'conceptualized within the United Nations framework' in "
      "the sentence before); the conference that 'defined the necessary actions' is a document's content, not "
      "coded"),
 25: ([("We therefore welcome", "051", "DMA/GOV", N, False, A, N, False)],
      "Dominica (2009); 'We therefore welcome the Group of Eight pledge of $15 billion ... for enhancing food "
      "security' -> 051 (guideline: welcome 051), the G-8 having no code and its members unnamed as members in the "
      "speech -> target null (set 118: Burkina Faso's welcome of the G-8 debt decision with no target; borderline "
      "org:G7); the pledge itself runs from the uncoded G-8 to unnamed food-insecure countries, null-null, not coded "
      "(borderline a nominal 0331 null -> null); 'we warn that the desired objective may not be achieved if harmful "
      "subsidies ... continue' = a warning about economic harm, not a threat (held-out 48/49), the developed "
      "countries' subsidies a generalisation"),
 26: ([], "Haiti (1993): 'Poverty, ignorance and the scourge of disease ... threatening the very cohesion of States' = "
          "a figurative threat (guideline), no actor"),
 27: ([("is negotiating", "046", "PER/GOV", "CAN/GOV", False, A, N, False),
       ("is negotiating", "046", "PER/GOV", "MEX/GOV", False, A, N, False)],
      "Peru (2007); the sentence starts at 'Chile and the United States' (the splitter cut after 'Likewise, Peru has "
      "entered into free-trade treaties with'): the verb of the concluded treaties lies before the cut, so they are "
      "left uncoded (held-out 102-109: a fragment whose verb was cut away is left uncoded; borderline a 057 to each of "
      "CHL/GOV and USA/GOV); 'and is negotiating similar instruments with Canada and Mexico' = ongoing free-trade "
      "negotiations, its subject Peru cut off and taken from the context (held-out 44/45) -> 046 (guideline: "
      "negotiations 046), one per partner (guideline: compound split)"),
 28: ([("we condemn them", "111", "COL/GOV", N, False, A, N, False)],
      "Colombia (2017); 'we condemn them' = the terrorist attacks 'carried out by intolerant fanatics' -> 111 "
      "(guideline), perpetrators unnamed -> target null (held-out 44/45: condemning attacks by unnamed perpetrators is "
      "the speaker's 111 with no target); 'We are also pained at' is a sentiment, not coded (set 144: 'It has pained "
      "us to witness ... terrorist attacks' left uncoded; borderline 110, as set 126's 'outraged by'); the attacks "
      "themselves have uncoded agents and no named victim or place, null-null, not coded (set 176: agentless "
      "terrorist attacks 'throughout the world' left uncoded)"),
 29: ([("We call for", "100", "ARE/GOV", N, False, A, N, False)],
      "United Arab Emirates (2003); 'We call for the mustering of national, regional and international efforts to "
      "combat and eradicate such a dangerous phenomenon' (terrorism) = a request (guideline: 'S calls for Y' is one "
      "asserted REQUEST) with no addressee named -> target null (held-out 77 row 8: a call for the Doha Round's "
      "conclusion coded with target null), Y = counter-terrorism efforts at every level, no specific CAMEO sub-code "
      "-> generic 100 (borderline 1012 for security cooperation; borderline not coded, as sets 110 and 150 left calls "
      "with no addressee uncoded); 'it is exploited by radicals and outlaws' = uncoded agents with no target, not "
      "coded"),
 30: ([("pledging", "030", "PRK/GOV", "JPN/GOV", False, A, N, False),
       ("abduction", "181", "PRK/GOV", "JPN/CVL", False, A, N, True),
       ("has still not taken action", "090", "PRK/GOV", "JPN/CVL", True, A, N, False)],
      "Japan (2008); 'it' = North Korea (sentence before) -> PRK/GOV; 'Despite pledging to relaunch an "
      "investigation into the abduction victims' = the August 2008 Japan-DPRK agreement, an explicit intent stated "
      "as a fact (guideline: 'we pledged to continue' 03x asserted) -> 030 to JPN/GOV (borderline 0313 judicial "
      "cooperation); 'the abduction victims' = the abductions of Japanese citizens that the sentence before states "
      "('North Korea has abducted Japanese citizens') -> nominal 181 (guideline: hijack/abduct 181) PRK/GOV -> "
      "JPN/CVL, an event noun whose agent is plain from the text around it (held-out 48/49; borderline not coded, "
      "the noun serving only as a modifier); 'has still not taken action towards fulfilling that pledge' = an "
      "unfulfilled pledge whose content is named takes the content's code, negated (held-out 32/33: 0841) -> the "
      "investigation, 090 negated (guideline: 'has yet to fulfill' negated; borderline 092 for investigating human "
      "rights abuses, or a negated 030), into the abductees' fate -> JPN/CVL (borderline JPN/GOV)"),
 31: ([], "Kiribati (2008): 'The report outlines weaknesses and strengths' = the national MDG report (held-out 50/51: "
          "submitting a national report not coded), a description"),
 32: ([("was occupied", "192", "GBR/MIL", "ESP", False, A, N, False)],
      "Spain (1999); 'Gibraltar was occupied by British troops in 1704' = a historic occupation, a passive with its "
      "agent named -> 192 (guideline: occupy 192), the armed forces named -> GBR/MIL (guideline: 'Russian troops' "
      "/MIL; historic acts in speeches are coded, held-out 24/25), the territory belonging to Spain -> bare ESP (held-out "
      "28/29: an annexation of a strip of land a 192 to the country it belongs to); 'during one of the European "
      "wars of succession' = a war named with no parties, not coded (borderline a nominal 190 GBR -> ESP)"),
 33: ([("is today working towards", "0311", "HND/GOV", "USA/GOV", False, A, N, False),
       ("we are seeking", "0311", "HND/GOV", "MEX/GOV", False, A, N, False)],
      "Honduras (1999); 'The Central American bloc is today working towards access to the United States market' = "
      "the Central American countries' effort for trade parity with NAFTA partners -> an intent to cooperate "
      "economically stated as a fact, 0311 asserted (guideline; borderline 1011 as a demand for market access, or "
      "046) -> USA/GOV; 'as a region we are seeking to open up the field ... through agreements with other existing "
      "blocs and with individual nations, including Mexico and countries of South America' = the same region seeking "
      "trade agreements -> 0311 to MEX/GOV, the only partner named; the bloc and 'as a region we' are coded for the "
      "speaker only (set 133: 'We nations of South America' coded for the speaker only; set 146: 'we Central "
      "Americans' GTM/GOV; set 156: 'our region' HND/GOV), the other Central American governments being unnamed "
      "(borderline org:SICA as source for both, the bloc being named as the subject); 'other existing blocs' and "
      "'countries of South America' are uncoded collectives, dropped (guideline compound rule)"),
 34: ([("is committed", "030", "COD/GOV", N, False, A, N, False)],
      "DR Congo (2001); 'my Government is committed to fully cooperate in advancing all initiatives aimed at "
      "eliminating terrorism' = a commitment stated as a fact -> 030 asserted (held-out 46/47: commitments stated as "
      "facts are asserted 03x), the initiatives' authors unnamed -> target null (borderline 062 security "
      "cooperation, or not coded as an abstract commitment); 'By applying and implementing Security Council "
      "resolution 1373' is compliance, not coded (set 155)"),
 35: ([("We are grateful", "051", "PER/GOV", N, False, A, N, False),
       ("support offered", "051", N, "PER/GOV", False, A, N, True),
       ("candidature", "102", "PER/GOV", "org:UNGA", False, A, N, True)],
      "Peru (2005); 'We are grateful for ... the support offered by countries worldwide' = thanks (guideline: thank "
      "051) to an uncoded collective -> target null; the support thanked for = votes and backing for the candidacy "
      "from uncoded 'countries worldwide' -> nominal 051 with no source to PER/GOV (political support 051; held-out "
      "98-101: praise from uncoded collectives a 051 with no source; borderline 070); 'our candidature for a non-"
      "permanent seat on the Security Council' -> nominal 102 PER/GOV -> org:UNGA, which elects the Council's "
      "members (set 118: a candidature for the Human Rights Council a 102 to org:UNGA; set 129: a candidacy a "
      "nominal 102); 'this opportunity' is no act"),
 36: ([("need assistance", "070", N, "SLE/GOV", False, D, N, False)],
      "Sierra Leone (2006); 'we need assistance to carry it out properly' (the 2007 elections) = a statement of need "
      "-> demanded 070 with no source to the speaker's government (held-out 46/47: statements of need are demanded "
      "aid with no source; held-out 76 row 7), the donors being named only in the appeal of the sentence after "
      "(borderline org:UN and org:EU as sources from that sentence); 'cannot afford having that watershed election "
      "go wrong' is no act"),
 37: ([("we are welcoming", "075", "ISL/GOV", "SYR/CVL", False, F, N, False)],
      "Iceland (2016); 'In the weeks to come, we are welcoming another group from Syria' = the resettlement of "
      "Syrian refugees planned for the coming weeks -> 075 (held-out 6: admitting refugees is 075; set 127: "
      "New Zealand's resettlement of refugees 075), the present progressive with a future time adverbial -> future (guideline: "
      "'is preparing to' future), to the refugees -> SYR/CVL (set 148: 'Many countries ... welcoming many "
      "more' refugees 075 to SYR/CVL); not the 036 of a visit's welcome (held-out 12/13), since it is admission"),
 38: ([("has been tabling a draft resolution", "1042", "MMR/GOV", "org:UNGA", False, A, N, False),
       ("wide support", "051", N, "MMR/GOV", False, A, N, True)],
      "Myanmar (2011); 'Myanmar has been tabling a draft resolution on nuclear disarmament every year since 1995' = "
      "a habitual sponsorship of a draft resolution -> the sponsor's own request to the Assembly, 1042 to org:UNGA "
      "(set 126: a draft resolution on cloning 1042 to org:UNGA; set 133: sponsoring a resolution 1042; borderline "
      "108, or 1056 with no target for disarmament); 'one which enjoys wide support from Member States' = support "
      "from an uncoded collective -> nominal 051 with no source to the sponsor MMR/GOV (set 130: 'fully supported "
      "by the international community' a 051 with no source; set 145: 'enjoying the ... support' nominal), "
      "habitual -> asserted; 'As a strong advocate of nuclear disarmament' is a status"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Australia (2006): 'The World Bank estimates that the number of people living on less than $2 a day ... "
          "fell' = a statistic attributed to the World Bank (an 01x statement), no act between actors"),
 40: ([], "Timor-Leste (2007): 'we in the developing world cannot escape our own responsibilities' = 'we' meaning all "
          "developing states, an attitude, no act"),
 41: ([], "United States (Bush, 1990): 'We are hopeful that the machinery of the United Nations will no longer be "
          "frozen ... that at long last we can build new bridges and tear down old walls' = optative hopes and "
          "figurative bridge-building, 'we' meaning all states; 'the divisions that plagued us' and 'an end to the "
          "cold war' name no act between coded actors"),
 42: ([], "Bahrain (1998): 'I am confident that his experience and skill will help ensure that we achieve the best "
          "results' = a confident prediction about the Assembly President (set 148: a confident prediction about "
          "the Assembly President's skills left uncoded); the congratulation lies in the sentence before"),
 43: ([], "Rwanda (2012): 'We need to see these initiatives strengthened' = local and regional conflict-resolution "
          "initiatives with no named authors or beneficiaries, null-null, not coded (borderline a demanded 051 "
          "null -> null)"),
 44: ([], "Panama (1994): 'We will pass the baton to our young people' = a figurative domestic handover, no act "
          "between actors"),
 45: ([], "Bangladesh (2019): 'Private-sector investment increased by a factor of five' = an economic statistic, no "
          "act"),
 46: ([], "Gambia (2008): a fragment cut by the splitter, 'My delegation has taken note of the High-level' [Panel's "
          "report]; taking note is a 01x statement, not coded"),
 47: ([], "Ethiopia (1996): 'The spread of terrorism is not a danger merely to our region' = a figurative danger "
          "(guideline: threat as risk), no actor"),
 48: ([("we established", "092", "BHR/GOV", N, False, A, N, False)],
      "Bahrain (2012); 'we established the Bahrain Independent Commission of Inquiry to ascertain the truth and "
      "provide redress' = the government's inquiry into the abuses of the 2011 unrest (the 'serious challenges' of "
      "the sentence before) -> investigate human rights abuses 092 (set 154: Argentina's judiciary that continues "
      "to seek the truth a 091 with no target; borderline 090, or not coded as a domestic process), the "
      "investigated parties unnamed -> target null (borderline BHR/COP for the security forces); 'provide redress' "
      "is the purpose, not coded"),
 49: ([], "Germany (2010): 'The true wealth of many nations is no longer found in their raw materials' = a "
          "description, no act"),
 50: ([], "Zambia (1991): 'It is therefore disquieting to see some parts of the world ... liberalize their economies "
          "... while some parts are firmly entrenched in impenetrable protectionism' = expressed concern (01x, not "
          "coded; held-out 6: 'are alarmed by' 01x) about uncoded collectives; borderline a 110 ZMB/GOV -> null, or "
          "a protectionist 1211 null -> null"),
 51: ([], "Guinea-Bissau (2018): 'We recently took significant steps in my country towards ensuring equal "
          "representation for men and women' = a domestic reform, no counterpart"),
 52: ([], "South Africa (2010): 'an Africa of the new beginning that the Chairperson of the African Union ... spoke of' "
          "= a statement (01x) of President Mutharika as AU chair, not coded; 'Peace and stability are one of the "
          "preconditions' is a description"),
}
