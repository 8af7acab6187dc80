"""Hand annotations for the HUNDRED-AND-FORTY-SECOND held-out event gold set (source of events-heldout142.jsonl).

Keyed by the row index of selection-heldout142.jsonl (output of select_bulk_sentence_heldout.py 142; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout142.jsonl \
        --annotations annotations_heldout142 --output events-heldout142.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("in support of", "071", N, "PSE/GOV", False, A, N, True),
      ("assistance", "071", N, "PSE/BUS", False, A, N, True)],
     "Palestine (2008); 'the Paris Donor's Conference, followed by the Bethlehem economic conference, were two "
     "special occasions in support of our national economy, our financial and economic institutions and treasury, "
     "and assistance to the Palestinian private sector' = aid pledged at two donor conferences whose donors the "
     "sentence does not name (uncoded collective) -> source null (held-out 130: 'political and financial support' "
     "to the Somali delegates a nominal 070 with no source; held-out 137: a donors' conference as an occasion of "
     "support coded as aid); budget support to the Authority's institutions and treasury -> economic aid 071 to "
     "PSE/GOV, and the separate 'assistance to the Palestinian private sector' -> 071 to PSE/BUS (README: the BUS "
     "sector; borderline one 070 for both, as one aid noun covering several kinds, or 070 generic aid); the "
     "conferences themselves are meetings only 'held' (held-out 110: summits only held at a venue uncoded), Paris "
     "and Bethlehem are places; 'has not failed to develop and progress' negates a development of the private "
     "sector, not an event"),
 1: ([("attacks", "180", N, "GBR", False, A, N, True),
      ("attacks", "180", N, "EGY", False, A, N, True)],
     "Dominica (2005); 'The recent attacks in London and in Egypt' = the July 2005 London bombings and Sharm "
     "el-Sheikh bombings, terrorist attacks whose perpetrators the sentence does not name -> 180 with no source, one "
     "per victim country (held-out 54-61: an agentless terrorist attack is 180 with no source, one per victim "
     "country; held-out 115: the 11 September attacks a nominal 180 with no source to bare USA), London a place -> "
     "bare GBR, Egypt -> bare EGY (borderline 183 bombing, or GBR/CVL and EGY/CVL); 'underscore the danger of "
     "terrorism' is an evaluation"),
 2: ([], "Chile (2018): the Security Council's structure as 'a legacy of the victors in the Second World War' and "
         "'does not meet the needs' = a description and an evaluation of an institution; the war has no agent in "
         "the sentence; 'does not meet' negates suitability, not an event"),
 3: ([], "China (2017): 'President Xi has solemnly pledged that ... it will never seek hegemony or to expand or "
         "extend its sphere of influence' = a pledge of abstract restraint with no counterpart (held-out 118: "
         "China's 'will not harm anyone or pose a threat to anyone' left uncoded); Xi is the speaker's own "
         "government, reported_by would be null; borderline a 030 CHN/GOV with no target for the pledge, or a "
         "negated future 192"),
 4: ([], "Liberia (1990): the sentence is the opening of the Secretary-General's quoted report, '\"Today ... threats "
         "to national and international security are no longer as neatly separable as they were before' = threats "
         "as risks (guideline: figurative), no actor; the quote would be reported_by org:UN if it held an event"),
 5: ([("support Syria’s position", "051", "KWT/GOV", "SYR/GOV", False, A, N, False),
      ("Syria’s position", "106", "SYR/GOV", "ISR/GOV", False, A, N, True)],
     "Kuwait (1997); 'we support Syria's position' = verbal support (guideline: 051) to SYR/GOV; 'Syria's position "
     "that negotiations with Israel should resume from the point where they halted' = Syria's own demand on Israel "
     "to resume the negotiations -> a nominal request of its author (README: endorsing a statement that "
     "another leader made in urging others is a 051 to that government and the leader's own 100), Y = "
     "negotiations -> 106 SYR/GOV -> ISR/GOV; the negotiations themselves are Y, not coded separately "
     "(guideline; borderline a demanded nominal 046 SYR/GOV -> ISR/GOV reported_by SYR/GOV instead of the 106); "
     "'where they halted' is agentless, and 'instead of starting new rounds of talks' is a contrast (README: "
     "'instead of implementing' not a negated event)"),
 6: ([], "Cuba (1998): 'As President Fidel Castro has said, Cuba will never tire of calling for this' = 'this' is the "
         "preceding hortatives ('Let us all unite in the struggle'), a call for the unity of the poor addressed to "
         "all states ('us' meaning all states, held-out 42/43), with no coded addressee and no specific behaviour; "
         "not coded (borderline a future 100 CUB/GOV with no target, as the guideline's 'never ceased to demand' is "
         "an asserted request); Castro is the speaker's own government, reported_by null"),
 7: ([("We refuse and reject", "120", "LBN/GOV", N, False, A, N, False)],
     "Lebanon (2018); 'We refuse and reject any nationalization project for the displaced persons or refugees' = "
     "an explicit refusal (guideline: REJECT, negated false), 'refuse and reject' one act -> 120, the authors of "
     "such projects unnamed -> target null (held-out 137: 'We reject that premise' 120 with no target; borderline "
     "SYR/CVL, the displaced Syrians, or org:UN)"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("demanded", "107", N, "USA/GOV", False, A, N, False),
      ("demanded", "107", N, "PRK/GOV", False, A, N, False)],
     "DPRK (2003); 'Other States participating in the Beijing talks' = the other members of the six-party talks, "
     "whom the document never names (China, Russia, Japan and the Republic of Korea do not appear) -> a group whose "
     "members the document does not name, source null (held-out 44/45; held-out 126: the five-nation Contact "
     "Group dropped); Beijing is a place ('the Beijing talks'), not a metonym; 'demanded a package solution and "
     "simultaneous action, urging a peaceful settlement to the nuclear issue' = one request (same code, same "
     "pairs, coded once) for a settlement of the nuclear issue -> 107, addressed to the two parties of 'the "
     "nuclear issue between the DPRK and the United States' (earlier in the speech) -> one per party (borderline "
     "USA/GOV only, the DPRK implying the others backed its own proposal; borderline 1041 for the package)"),
 9: ([("Pakistan aid to rebels", "070", "PAK/GOV", "AFG/REB", False, A, "USA/MED", True),
      ("has Kabul talking", "138", "AFG/GOV", "PAK/GOV", False, A, "USA/MED", False)],
     "Afghanistan (1995); the speech quotes The Washington Times of 24 September 1995 (an AP article, 'written by "
     "Ian Stewart of the Associated Press'), a US newspaper -> reported_by USA/MED (held-out: Reuters GBR/MED, IPS "
     "ITA/MED); the headline 'Pakistan aid to rebels' = Pakistan's aid to the Taliban (context: 'Pakistan's "
     "involvement in supporting them'), an aid noun with its agent -> nominal 070 PAK/GOV -> AFG/REB (guideline: "
     "the Taliban AFG/REB up to 15 Aug 2021); 'has Kabul talking war' = a capital metonym for the Rabbani "
     "Government (guideline: capital -> GOV; Kabul here is the speaker's own government), talk of war in answer "
     "to Pakistan's aid -> threaten with military force 138 to PAK/GOV (borderline an uncoded 01x statement, or "
     "target AFG/REB); 'The Washington Times' is a newspaper's name, not a metonym; 'Even the United Nations "
     "special envoy to Afghanistan is suspicious ...' is a sentiment, the envoy's words lying after the cut"),
 10: ([("negotiations", "046", "ISR/GOV", "PSE/GOV", False, A, N, True),
       ("agreements", "057", "ISR/GOV", "PSE/GOV", False, A, N, True)],
      "Tunisia (1996); 'the ensuing intensive negotiations, which resulted in the Oslo, Washington and Cairo "
      "agreements' = the Israeli-Palestinian negotiations and the agreements they produced, their parties plain "
      "from the text after ('the Israeli Government to abide by the agreements concluded with the Palestinian "
      "Authority'; README: an event noun whose agent is plain only from the text around it is coded) -> nominal "
      "046 and nominal 057, from the first party the document names (ISR/GOV) to PSE/GOV, the three agreements "
      "coded once for the pair (held-out 76: Declaration of Principles and complementary agreements one 057); "
      "Washington and Cairo are places in the agreements' names, not metonyms; 'The Madrid Conference' is a "
      "meeting noun whose convenors and participants the sentence does not name, not coded (borderline 043 from "
      "the co-sponsors); 'led us to believe' is a belief"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Ethiopia (1990): 'we have no illusion that peace on Earth is about to become a pervasive reality' and "
          "'the threat of nuclear confrontation still hangs over humanity' = threat as risk (guideline: figurative), "
          "no actor"),
 12: ([], "Bangladesh (2017): Sheikh Mujibur Rahman's 1974 words, 'the souls of our martyrs join us in pledging that "
          "the Bangalee nation fully commits itself to the building of a world order' = a commitment to an abstract "
          "world order with no counterpart (guideline: abstract policy positions not coded; borderline a 030 "
          "BGD/GOV -> org:UN, the Government of 1974, reported_by BGD/GOV); the first address to the General "
          "Assembly is a speech act"),
 13: ([("stressed the need", "1056", N, "RWA/GOV", False, A, N, False),
       ("stressed the need", "1056", N, "RWA/REB", False, A, N, False),
       ("recommended", "106", N, "RWA/GOV", False, A, N, False),
       ("recommended", "106", N, "RWA/REB", False, A, N, False)],
      "Rwanda (1991); 'the summit meeting of Heads of State held in Gbado-Lite, Zaire' = a regional summit whose "
      "members the sentence and the speech do not list -> source null (held-out 111: a regional summit's "
      "recommendation, its members unnamed, a request with no source); 'once again stressed the need to abide by "
      "an immediate and complete cease-fire' = a summit's message demanding a cease-fire (held-out 38/39: a Council "
      "'clear message ... that there must be an end to all violence' is a request) -> 1056, and 'recommended that "
      "the parties to the conflict enter quickly into a dialogue' -> 106 (held-out 111: a summit recommendation "
      "for negotiations 106); 'the parties to the conflict' = the Rwandese Government and the Rwandese Patriotic "
      "Front (context: 'both parties to the conflict', the RPF 'aggressors') -> RWA/GOV and RWA/REB, one event "
      "per verb and party (borderline one request per party with the most specific sub-code, 1056); Gbado-Lite "
      "is a venue (held-out 110: summits only held at a venue uncoded)"),
 14: ([], "Guyana (2009): 'I am told that it is only what one says from the rostrum that is reflected in the record' "
          "= a remark on procedure, no act"),
 # --- UNGDC 1990-2019 random: future
 15: ([("faithful to this Organization", "030", "BHR/GOV", "org:UN", False, F, N, False),
       ("supporting our country’s sovereignty", "051", "org:UN", "BHR/GOV", False, A, N, False)],
      "Bahrain (2011); 'Bahrain will remain faithful to this Organization' = a future commitment of cooperation "
      "with the United Nations -> 030 future to org:UN (guideline: future cooperative acts 03x future; held-out "
      "116: 'Reaffirm our solemn pledge to the Charter' 030 to org:UN; borderline an uncoded sentiment, as set "
      "137 left reaffirmed commitments to the Organization's mission uncoded); 'for its historic role in "
      "supporting our country's sovereignty' = the UN's past support of Bahrain's independence (the 1970 good "
      "offices mission) -> 051 org:UN -> BHR/GOV (borderline 070, or 052 as the README's duty to defend a state's sovereignty); "
      "'the role of its judiciary in ending inter-State disputes all over the world' = the ICJ's settlement of "
      "disputes between unnamed states, not coded (borderline 045 org:ICJ with no target)"),
 16: ([], "Uganda (1991): 'It is our hope that ... the international community will show the required political will "
          "and provide the tangible support' = an optative hope about an uncoded collective's aid (held-out 32/33, "
          "123: hopes about others' aid not coded)"),
 17: ([("negotiations", "046", "MDA/GOV", "MDA/REB", False, A, N, True),
       ("their will to resolve", "037", "MDA/GOV", "MDA/REB", False, A, N, True),
       ("cooperation with international organizations", "050", "MDA/GOV", "org:UN", False, A, N, True),
       ("cooperation with international organizations", "050", "MDA/GOV", "org:OSCE", False, A, N, True),
       ("assistance of the affected States", "070", "RUS/GOV", "MDA/GOV", False, A, N, True),
       ("assistance of the affected States", "070", "UKR/GOV", "MDA/GOV", False, A, N, True),
       ("expressed their willingness to be guarantors", "030", "RUS/GOV", "MDA/GOV", False, A, N, False),
       ("expressed their willingness to be guarantors", "030", "UKR/GOV", "MDA/GOV", False, A, N, False)],
      "Moldova (1996); 'This conflict' = the Transdnestr conflict (preceding text); 'despite negotiations' = the "
      "Government's negotiations with the Tiraspol authorities (context: 'Despite our negotiations', 'continue "
      "negotiations with the authorities of Tiraspol'; README: an event noun whose agent is plain from the text "
      "around it is coded), the Transnistrian leaders -> MDA/REB (held-out 110) -> nominal 046; 'the spirit of "
      "compromise of the political leaders' is an attitude, not coded; 'their will to resolve the problems in the "
      "eastern zone through peaceful means' = the Moldovan leadership's intent to settle -> nominal 037 to MDA/REB "
      "(borderline 036 or uncoded); 'in cooperation with international organizations such as the United Nations "
      "and the OSCE' = a cooperation noun naming its partners -> nominal 050 per organisation (held-out 128: 'in "
      "collaboration with ... OSCE' a nominal 050); 'together with the assistance of the affected States, Russia "
      "and the Ukraine' -> nominal 070 from each to MDA/GOV (borderline a nominal 045 per mediator and party, as "
      "set 128's 'Russia and Ukraine as mediators'); 'which have expressed their willingness to be guarantors' = "
      "an intent stated as a fact -> 030 asserted from each (borderline 039 intent to mediate, or one event to "
      "each party)"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "France (2003): 'In order to ensure compliance, we must also develop our means of action' = 'we' meaning "
          "all states (held-out 42/43), no codable behaviour"),
 19: ([], "Estonia (1999): 'voting procedures and mechanisms in the United Nations most powerful body should be "
          "reformed' = a Security Council reform position (held-out 52/53, 54-61: UN reform positions not coded)"),
 20: ([], "Poland (2008): 'The lengthy process of building an independent Palestinian State should be completed as "
          "soon as possible' = an agentless deontic about state-building, not a codable behaviour between actors "
          "(guideline: if Y is not a codable behaviour, nothing is coded; borderline a demanded 054 with no source "
          "to PSE/GOV); 'both nations being Poland's friends' is a description"),
 21: ([], "Netherlands (1993): 'we must ask ourselves each time whether these requests meet a real need' = 'we' "
          "meaning all Member States (held-out 42/43) and 'these requests' the habitual requests of uncoded Member "
          "States to the Secretary-General, not coded (borderline a nominal 100 null -> org:UN)"),
 22: ([], "Peru (1991): international cooperation 'must ... not be conceived as an exercise in paternalism or "
          "charity' = an abstract norm about cooperation, no actor"),
 23: ([], "Argentina (1995): 'The search for a delicate balance of peace and security with development ... is the goal "
          "which we must constantly pursue' = a goal of all states, no act"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("signed", "057", "GBR/GOV", "org:UN", False, A, N, False),
       ("we are prepared in principle", "0334", "GBR/GOV", "org:UN", False, A, N, False)],
      "United Kingdom (1999); 'Britain has signed a standby agreement' = the United Nations Standby Arrangements "
      "memorandum with the Organization (preceding sentence: 'when peacekeeping forces are required, they are made "
      "available') -> 057 to org:UN (held-out 52/53: a framework agreement signed with UNHCR 057); 'earmarking "
      "forces we are prepared in principle to provide for emergency peacekeeping work' = readiness stated as a "
      "fact (held-out 46/47: commitments stated as facts are asserted 03x) to provide peacekeeping forces -> 0334 "
      "asserted, to org:UN (borderline target null; borderline folded into the 057)"),
 25: ([("I commend Mr. Kofi Annan", "051", "VCT/GOV", "org:UN", False, A, N, False)],
      "Saint Vincent and the Grenadines (1999); 'I commend Mr. Kofi Annan, the esteemed Secretary-General' = praise "
      "(guideline: commend 051) of the Secretary-General -> org:UN; 'the people of the Caribbean are particularly "
      "proud' is a sentiment, and 'responding to increased demands with diminishing resources' describes demands "
      "of uncoded parties, not coded"),
 26: ([("assist us", "070", "org:UN", "FSM/GOV", False, D, N, False)],
      "Micronesia (2007); 'my country places high value on an appropriate level of United Nations presence in the "
      "joint office located in my country to assist us in implementation and effectively utilizing external "
      "assistance' = a statement of need for UN assistance through an adequately staffed joint office (preceding "
      "sentence: 'the original intent with regard to staffing must be adhered to') -> a demanded 070 org:UN -> "
      "FSM/GOV (held-out 46/47: statements of need are demanded aid to the speaker's government; held-out 121: "
      "'we need the ... support of the United Nations' a demanded 070 from org:UN; borderline 1031 as set 123's "
      "call for a UN presence, or uncoded as an evaluation); 'external assistance' from unnamed donors and "
      "'identified by UNDP' (an assessment) are not coded"),
 27: ([("reiterated promises", "0331", N, "AGO/GOV", False, A, N, True),
       ("supply of aid", "071", N, "AGO/GOV", True, A, N, True)],
      "Angola (2003); 'the reiterated promises that the only factor that hindered the supply of aid to our "
      "reconstruction was the pacification of our country' = repeated pledges of reconstruction aid by donors the "
      "speech leaves unnamed ('outside assistance', preceding sentence) -> a nominal 0331 with no source to "
      "AGO/GOV (held-out 120: the Tokyo pledges a nominal 0331 with no source); 'this reconstruction effort has, up "
      "to now, been borne solely by the Angolans themselves' = the aid was not supplied although the country is "
      "pacified -> the supply of aid a negated nominal 071 with no source to AGO/GOV (held-out 110: an "
      "unimplemented consensus to cancel debts a negated 071 with no source; held-out 32/33: unfulfilled pledges "
      "whose content is named take the content's code, negated; borderline not coded as aid between an uncoded "
      "collective and the country, as set 116 left unfulfilled aid promises uncoded)"),
 28: ([("its appeal", "1033", "org:UNHCR", N, False, A, N, True)],
      "San Marino (1995); 'In its appeal, the Office of the United Nations High Commissioner for Refugees (UNHCR) "
      "refers to the new category of internally displaced persons' = a UNHCR appeal, a request noun with its "
      "author -> nominal request (held-out 77: the Secretary-General's 'call' a nominal 1033 with no addressee), a "
      "humanitarian appeal -> 1033, its addressees (donors) unnamed -> target null (borderline generic 103, or "
      "uncoded as a call with no addressee); 'refers to' is a speech verb (guideline); the persons 'forced to "
      "leave their houses, deprived of the little property they had' = agentless displacement of an unnamed "
      "category of victims in unnamed countries, not coded (held-out 111: agentless acts against uncoded victims "
      "left uncoded; borderline 174 or 201 with no source, reported_by org:UNHCR)"),
 29: ([], "Sudan (2014): 'We fully accept and support the theme of the post-2015 development agenda as a major topic "
          "for discussion at this session' = the welcome of a session's theme with no chooser named (held-out 120: "
          "'welcomes the theme that the President has chosen' not coded; borderline a 051 to org:UNGA, as set 129's "
          "praise for the theme a President 'has chosen')"),
 30: ([], "Afghanistan (2015): 'Those monumental tasks ... necessitate constant negotiations, legal frameworks and new "
          "management and leadership skills' = an abstract need, no actor"),
 31: ([("re-establishment of security", "062", "ISR/GOV", "PSE/GOV", False, D, N, True),
       ("stationing of international", "074", N, "PSE", False, D, N, True),
       ("an end", "080", "ISR/GOV", "PSE", False, D, N, True)],
      "Malta (2001); 'This necessitates' = the implementation of the Mitchell report and the Tenet Plan (preceding "
      "sentence), a statement of need with no request verb -> each item demanded (guideline: 'it is important "
      "to ...' demanded); 're-establishment of security cooperation between the parties in the interests of both "
      "Israelis and Palestinians' -> military/security cooperation 062 (held-out 18/19: security cooperation "
      "062), symmetric, from the first-named (guideline) ISR/GOV -> PSE/GOV (the Palestinian Authority), nominal; "
      "'the stationing of international observers, preferably from several regions' -> 074 (README: UN "
      "personnel stationed to verify peace agreements 074), providers unnamed -> source null, the observers being sought for the occupied Palestinian "
      "territories (the parties' 'spiral of violence' there) -> bare PSE (guideline: target of an occupation; "
      "borderline not coded, since without that reading it would be null -> null); 'an end to all new settlement activity, including so-called \"natural growth\"' = Israel's "
      "halting of settlement expansion, a yield -> demanded 080 ISR/GOV -> bare PSE (held-out 53: Israel's "
      "commitment to freeze settlement activity a 035 intent to yield to bare PSE), while the settlement activity "
      "itself has no CAMEO code and is not coded (held-out 115, 124; borderline the 080 not coded either)"),
 32: ([], "Turkey (1996): 'The challenges and risks we face in the military security field call for measures' = an "
          "inanimate subject 'calls for' measures (held-out 121: Angola's 'calls for a global coalition' with an "
          "inanimate subject not coded), no actor"),
 33: ([("the full support", "051", "CAF/GOV", "org:UN", False, A, N, True)],
      "Central African Republic (2000); the sentence starts at 'Secretary-General the full support' (the splitter "
      "cut after 'I should like as well to express again to the'), so the verb 'express' lies before the cut, but "
      "'the full support of the Government of the Central African Republic for all he is constantly doing' is an "
      "event noun with its agent inside the sentence (guideline: nominal events are coded) -> nominal 051 CAF/GOV "
      "-> org:UN (the Secretary-General; held-out 48/49: supporting the Secretary-General 051 to org:UN); "
      "borderline uncoded, under the rule that a fragment whose verb was cut away is left uncoded (README; "
      "held-out 121: a Ghana fragment); 'all he is constantly doing ... to provide solid underpinnings for peace and development' is too vague "
      "to code"),
 34: ([], "Saint Kitts and Nevis (1996): 'We cannot make token gestures of support on one level only to undermine "
          "support on another' = 'we' meaning all states (the international community's support for small island "
          "developing States, preceding sentence), a general maxim, not coded"),
 35: ([], "Cape Verde (1993): 'it is encouraging to see the progress made in the negotiations to bring the regime of "
          "apartheid to an end' = an impersonal evaluation (held-out 48/49: 'it is commendable to observe' is an "
          "evaluation; borderline a 051 CPV/GOV -> bare ZAF, as 'we are encouraged by' is 051); the negotiations' "
          "parties are named neither in the sentence nor in the speech (held-out 123: the South African negotiating "
          "process among unnamed parties left uncoded; borderline a nominal 046 ZAF/GOV -> ZAF/OPP)"),
 36: ([("holding at bay", "190", "AFG/MIL", "AFG/REB", False, A, N, False)],
      "Afghanistan (2019); 'The terrorists that Afghan soldiers are holding at bay today' = the Afghan army's "
      "ongoing fighting against the armed groups in Afghanistan -> 190 (guideline: generic military force), the "
      "soldiers -> AFG/MIL, the unnamed terrorists fought inside the country -> AFG/REB (README: unnamed "
      "outlaw groups are the country's REB; the Taliban AFG/REB before 15 Aug 2021; borderline target null, as "
      "unnamed transnational groups have no code); 'pose a threat to us all' is figurative (guideline)"),
 37: ([("that support", "070", "org:UN", "GTM/GOV", False, A, N, True),
       ("our contribution", "074", "GTM/GOV", "HTI", False, A, N, True),
       ("active presence", "040", "GTM/GOV", "org:UN", False, A, N, True)],
      "Guatemala (2007); 'that support' = the United Nations' support for the peace accords (preceding sentence: "
      "'the United Nations, which has worked with us in the negotiation, implementation and follow-up to our peace "
      "accords') -> an event noun whose agent is plain from the text around it (README) -> nominal 070 org:UN -> "
      "GTM/GOV (borderline 045 for the UN's role in the negotiation, or 051); 'our contribution to peacekeeping "
      "operations in various parts of the world, particularly in our sister nation of Haiti' -> nominal 074 to the "
      "one country named, bare HTI (held-out 117: Nepal's participation in the UN Mission in Haiti a nominal 074 "
      "to HTI; borderline a second 074 with no target for the other operations); 'our active presence in various "
      "United Nations forums' -> participation, nominal 040 to org:UN (held-out 119: participation in a General "
      "Assembly plenary a nominal 040; borderline uncoded as a status); 'We have tried to repay' frames realised "
      "acts -> asserted"),
 38: ([], "Palestine (2016): 'A ministerial meeting, in which 28 countries and three intergovernmental organizations "
          "participated, was held in Paris in June' = a meeting of unnamed participants only 'held' in a city "
          "(held-out 110: summits only held at a venue uncoded; borderline 043 FRA/GOV with no target, France having "
          "proposed the conference in the preceding sentence); 'to prepare for the convening of such a conference' "
          "is the purpose"),
 39: ([], "Spain (1995): the UN's chief goal 'can be attained only through disinterested cooperation among peoples' "
          "= an abstract conditional about all peoples, no act"),
 40: ([], "France (2010): 'I am going to talk about responsibility, because we have responsibilities ...' = a speech "
          "act about the speech itself and an abstract duty"),
 41: ([("Tanzania welcomes and applauds", "051", "TZA/GOV", "org:UNGA", False, A, N, False)],
      "Tanzania (2006); 'welcomes and applauds the adoption by the General Assembly of a comprehensive Global "
      "Counter-Terrorism Strategy (resolution 60/288)' = one welcome (same code, same pair) -> 051 to org:UNGA "
      "(held-out 26/27: welcoming a UN resolution 051 to org:UNGA); the adoption itself is the Assembly's internal "
      "act and the resolution's content is not coded beside its welcome (held-out 134)"),
 42: ([("congratulate", "051", "TUV/GOV", "CHE/GOV", False, A, N, False),
       ("we welcome", "051", "TUV/GOV", "TLS/GOV", False, A, N, False)],
      "Tuvalu (2002); 'we warmly congratulate Switzerland on its entry into the United Nations' -> 051 to CHE/GOV, "
      "the joining itself not coded (held-out 116: the same congratulation); 'we welcome membership of East Timor "
      "later on in this session' = the welcome of a new Member, performed now -> 051 asserted to TLS/GOV, "
      "independent since May 2002 (held-out 137: a fragment 'to welcome the' new Member a 051 to it); the "
      "admission is a membership act, not coded (borderline the welcome uncoded as a UN admission position, or "
      "future since the admission lay ahead)"),
 43: ([("We appeal to the United Nations", "1031", "TUV/GOV", "org:UN", False, A, N, False)],
      "Tuvalu (2007); 'We appeal to the United Nations for the earliest implementation of this long overdue "
      "commitment' = a request (guideline: appeal -> 10x) to org:UN, Y = establishing the joint United Nations "
      "office in Tuvalu for development programmes (preceding sentences) -> 1031 (held-out 123: Nauru's call for "
      "a United Nations presence for rebuilding and the Millennium Goals 1031 to org:UN; borderline 103); 'this "
      "long overdue commitment' is Y's content, an unfulfilled commitment whose maker the sentence does not name, "
      "not coded separately (guideline; borderline a nominal 0331 org:UN -> TUV/GOV)"),
 44: ([], "Comoros (2000): 'The process of reconciliation is a demanding task requiring a great deal of resources' = "
          "a description of the reconciliation's cost with no provider or foreign source named; not coded "
          "(borderline a demanded nominal 071 with no source to COM/GOV, as set 119's 'foreign financing needs')"),
 45: ([("welcomes and supports", "051", "SEN/GOV", N, False, A, N, False)],
      "Senegal (2012); 'In Africa, as in the rest of the world, Senegal welcomes and supports the progress of "
      "democracy and fundamental freedoms' = one welcome (same code, same pair) of a development with no named "
      "party -> 051 with target null (held-out 76: 'We commend and support all efforts' 051 with target null; "
      "borderline uncoded as an evaluation of developments, held-out 54-61)"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Madagascar (1994): 'Examples of this are the system of collective security in' = a fragment cut by the "
          "splitter, a description, no act"),
 47: ([], "Haiti (1996): 'the international community has once again this year been torn between fear and hope as it "
          "has confronted developments' = an uncoded collective's attitude, no act"),
 48: ([], "Saint Lucia (2010): 'Increased concern for air safety also remains a global priority' = an evaluation, no "
          "actor"),
 49: ([], "Haiti (2011): 'In solidarity with those other victims, the Haitian people wish to send a very clear message "
          "from the platform of the United Nations' = solidarity with disaster victims (held-out 10/11: condolence, "
          "not coded) and a message (01x), not coded"),
 50: ([], "Lesotho (1995): 'The atrocities in the former Yugoslavia and Rwanda provided an impetus to establish a "
          "permanent international criminal court' = event nouns with no agent in the sentence or the text around it "
          "(guideline: event nouns without an agent are not coded), named as the cause of the ICC's creation; "
          "borderline a nominal 200 with no source to bare RWA and to the former Yugoslavia (no single code in "
          "1995), as agentless attacks are coded per victim country; establishing the court is the purpose"),
 51: ([], "Canada (2010): the United Nations 'was founded at the end of the greatest and most destructive war' = the "
          "agentless founding (held-out 130: the 1945 Charter signing uncoded) and a war noun with no agent"),
 52: ([("allegations by Guinea", "112", "GIN/GOV", "BFA/GOV", False, A, N, True)],
      "Burkina Faso (2000); 'the recent surprising ... allegations by Guinea' = an accusation noun with its agent -> "
      "nominal 112 GIN/GOV -> BFA/GOV (guideline: accuse 112; the preceding paragraph's 'accusations' against "
      "Burkina Faso); 'we would like to reassure that beloved, fraternal country, as well as the international "
      "community, that Burkina Faso had no part, directly or indirectly, in those unfortunate events' = a denial "
      "of responsibility (CAMEO 016, 01x, not coded); the denied involvement is not coded because the speech never "
      "says what 'those unfortunate events' were (borderline a negated 180 or 070 BFA/GOV -> GIN)"),
 53: ([("most active countries", "050", "MKD/GOV", N, False, A, N, True)],
      "The former Yugoslav Republic of Macedonia (1998); 'It' = the Republic of Macedonia (preceding sentence); "
      "'has also managed to become one of the most active countries in all of the regional initiatives in "
      "South-Eastern Europe' = realised participation in regional cooperation initiatives whose partners the "
      "sentence does not name -> 050 with no target (held-out 111: 'seeks to participate ... in initiatives for "
      "regional cooperation' 030 with no target, here realised; borderline 040, or uncoded as a status)"),
 54: ([], "Turkmenistan (1996): 'We are glad that Turkmenistan's interests as an exporter coincide with the interests "
          "of European and Asian consumers' = a sentiment about interests, no act"),
 55: ([], "Argentina (2002): 'It is not a good thing when some Member States do not abide by United Nations "
          "resolutions' = an impersonal evaluation of unnamed states (an uncoded class) and compliance (held-out 131: "
          "compliance not coded); borderline a 110 ARG/GOV with no target"),
 56: ([], "Mexico (1995): 'Let me now comment on the economic situation in my country' = a speech act about the speech"),
 57: ([], "Liberia (2012): 'He has begun his second term with renewed vigour and a clear articulation of the "
          "priorities' = Ban Ki-moon's term of office, an evaluation, no act between actors (held-out 127: a "
          "Secretary-General's term uncoded)"),
 58: ([], "Denmark (2010): 'The comparative advantage of the United Nations system ... are especially relevant in "
          "relation to these countries' = an evaluation, no act"),
 59: ([], "Croatia (2003): 'The establishment of working groups for Guinea-Bissau and for Burundi were steps in the right "
          "direction' = an evaluation of an agentless decision inside the UN (the Economic and Social Council's ad hoc "
          "advisory groups), not a welcome verb (held-out 48/49: 'it is commendable to observe' an evaluation; "
          "borderline a 051 HRV/GOV -> org:UN, or a nominal 070 org:UN -> GNB/GOV and BDI/GOV); 'we hope that this "
          "experience will be used' is optative"),
}
