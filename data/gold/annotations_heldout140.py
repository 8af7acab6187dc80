"""Hand annotations for the HUNDRED-AND-FORTIETH held-out event gold set (source of events-heldout140.jsonl).

Keyed by the row index of selection-heldout140.jsonl (output of select_bulk_sentence_heldout.py 140; all rows come
from bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019, each from a speech in which one other
sentence was annotated for an earlier set; that earlier annotation is irrelevant here).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout140.jsonl \
        --annotations annotations_heldout140 --output events-heldout140.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Seychelles (1996): 'the strongest partners will not agree to adopt the rules that govern any family' = a "
         "predicted non-acceptance by an uncoded collective (the great Powers, unnamed in the speech) of abstract rules, "
         "with no counterpart, null-null, not coded (borderline a future 127 null -> null, as set 107's 'Israel will "
         "not accept'); 'the strong support and help the weak' describes a family norm; 'is now threatened' is a "
         "figurative threat (guideline: threat as risk)"),
 1: ([("did not attend", "040", "UGA/GOV", "org:UNGA", True, A, N, False)],
     "Uganda (Museveni, 2010); 'I did not attend the High-level Meeting on the Millennium Development Goals' = the "
     "President's non-participation in the General Assembly's high-level plenary meeting of September 2010 -> plain "
     "negation of a meeting act (guideline: 'did not meet' negated; held-out: 'have never met the world leaders' a "
     "negated 040) -> negated 040, the meeting being the Assembly's -> org:UNGA (set 119: participation in a "
     "General Assembly plenary a 040 to org:UNGA; borderline org:UN, or not coded since the absence is only "
     "explained, 'as I was not yet in New York', not an act between actors); New York is a place"),
 2: ([], "Gabon (1994): 'It is agreed today that international peace and security are no longer limited to political "
         "and military considerations' = an agentless consensus about a concept, no act between actors; 'no longer' "
         "bears on the concept"),
 3: ([], "Guatemala (1996): 'all that we could have done, but did not do; all the growth that could have occurred, "
         "but did not occur' = the losses of the internal armed conflict, counterfactual development with no named "
         "act between actors; the negations bear on unspecified domestic achievements"),
 4: ([], "Thailand (1998): 'the reforms will not be of any meaningful consequence if we fail to deliver on our "
         "support, politically and financially' = 'we' meaning all Member States (the sentence before: 'we, the "
         "Members States, must do our part'; held-out 42/43: 'we' meaning all states not coded); borderline a negated, "
         "hypothetical 070 null -> org:UN for the support to UN reform"),
 5: ([], "Uruguay (1995): 'We attach great importance to international cooperation for development' = an abstract "
         "policy position (guideline); 'our problems will not disappear merely through external assistance' = a "
         "generalisation about aid from unnamed donors, no act asserted (borderline a hypothetical nominal 070 null "
         "-> URY/GOV)"),
 6: ([("continue to support", "032", "POL/GOV", "org:UN", False, F, N, False)],
     "Poland (1996); 'Poland will not fail to continue to support the Organization' = litotes, a commitment and not "
     "a negation (set 127: 'will not shirk the ... responsibility in financially supporting the United Nations' a "
     "future event, not negated) -> future support of the United Nations -> intent of diplomatic support 032 "
     "future (guideline: future cooperative acts 03x; held-out 50/51: 'will give our full support to the world "
     "conference' 032 future to org:UN), 'the Organization' -> org:UN (borderline 070 future, as set 42/43's 'we "
     "will continue support', or 051 future)"),
 7: ([("send a clear message", "106", N, "SOM/REB", False, D, N, False),
      ("making clear", "1312", N, "SOM/REB", False, D, N, False),
      ("refuse to participate", "125", "SOM/REB", "org:IGAD", False, H, N, False),
      ("sanctioned", "163", N, "SOM/REB", False, H, N, False)],
     "Somalia (Transitional National Government, 2002); 'it is of critical importance that the international "
     "community send a clear message to all the Somali participants to support the IGAD-sponsored conference in "
     "Kenya' = a deontic with no request verb of the speaker (guideline: 'it is important to ...' demanded) whose Y "
     "is a request (set 137: a Security Council 'clear message ... that there must be an end to all violence' is a "
     "request) -> a demanded request with no source (the international community), Y = taking part in the "
     "reconciliation conference -> demand negotiation 106 (borderline 102 for 'support'); its addressees are the "
     "faction leaders and regional administrations outside the Arta process named in the sentence before (the "
     "speaker's own Government has just said it will participate) -> SOM/REB (held-out: unnamed Somali factions "
     "SOM/REB; borderline a second 106 to SOM/GOV, 'all the Somali participants'); 'making clear that those who try "
     "to sabotage it or refuse to participate will be sanctioned by the international community' = a threat of "
     "sanctions inside the same demanded message -> 1312 demanded (held-out 9: 'will not hesitate to target those "
     "who provide support' 1312), and the threatened act hypothetical (guideline) -> 163 hypothetical, both "
     "null -> SOM/REB; the class of spoilers is drawn from the same Somali participants -> SOM/REB (borderline "
     "null, as the second set's class of wrongdoers); their refusal to attend the IGAD conference -> 125 "
     "hypothetical (held-out: 'opted to stay away from that historic meeting' 125) to its sponsor org:IGAD "
     "(borderline KEN/GOV, the host, or not coded); 'try to sabotage it' has no CAMEO code, not coded"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("we welcomed", "051", "SEN/GOV", "ISR/GOV", False, A, N, False),
      ("we welcomed", "051", "SEN/GOV", "PSE/GOV", False, A, N, False),
      ("signing", "057", "ISR/GOV", "PSE/GOV", False, A, N, True)],
     "Senegal (1996); 'Exactly one year ago we welcomed with relief the signing of the Washington and Taba "
     "agreements' = the speaker's own past welcome (held-out 50/51: the speaker's own past thanks are 051) of the "
     "Israeli-Palestinian Interim Agreement (Oslo II), concluded at Taba and signed in Washington in September 1995 "
     "-> 051 to each signatory (held-out 48/49: 'noted with satisfaction the signing' 051 to the signatories), the "
     "parties not named in the sentence but in the text after it ('the leaders and peoples of Israel and "
     "Palestine') -> ISR/GOV and the PLO -> PSE/GOV (guideline: missing participant from context); the signing = "
     "the welcomed agreement between those parties -> nominal 057 from the first-named in the document (Israel), "
     "one event for the two names of one agreement (borderline two 057s, or target null as an agreement whose "
     "parties the sentence does not name); Washington and Taba are places, not metonyms"),
 9: ([("regrettable", "110", "KEN/GOV", N, False, A, N, False),
      ("pledges", "033", N, "SOM/GOV", False, A, N, True),
      ("have yet to be honoured", "070", N, "SOM/GOV", True, A, N, False)],
     "Kenya (2009); 'It is regrettable that many pledges ... have yet to be honoured' = the speaker's disapproval "
     "(held-out 6: 'it is regrettable' 110) of the donors who have not paid (the next sentence: 'all those who have "
     "not honoured their pledges'), an uncoded collective -> target null; the pledges made at the April 2009 "
     "Brussels donors conference for Somalia's security institutions (the preceding text: the Transitional Federal "
     "Government and the 'international support' it needs) -> a nominal intent to provide aid with no source "
     "(set 120: 'the pledges in Tokyo' a nominal 0331 with no source), generic 033 because the speech does not "
     "name their content (borderline 0331/0332), to SOM/GOV (borderline a second event to org:AU for AMISOM); "
     "'have yet to be honoured' = unfulfilled pledges (guideline: 'has yet to fulfill' negated; held-out 42/43: "
     "unfulfilled pledges take the content's code, negated) -> negated 070 null -> SOM/GOV (borderline 071); "
     "Brussels is a place"),
 10: ([("welcomes", "051", "QAT/GOV", "ISR/GOV", False, A, N, False),
       ("welcomes", "051", "QAT/GOV", "PSE/GOV", False, A, N, False),
       ("resumption of negotiation", "046", "ISR/GOV", "PSE/GOV", False, A, N, True),
       ("commitment to support", "032", "QAT/GOV", "ISR/GOV", False, A, N, True),
       ("commitment to support", "032", "QAT/GOV", "PSE/GOV", False, A, N, True)],
      "Qatar (1992); 'welcomes the resumption of negotiation between the concerned parties in Washington' = the "
      "Washington bilateral rounds of the Madrid peace process -> 051 to each party the speech names (held-out "
      "48/49: welcoming cross-Strait dialogue 051 to each side; set 123: only the parties the speech names): "
      "Israel and the Palestinians (the preceding paragraph: 'the denial by Israel of the inalienable rights' of "
      "the Palestinian people), the Palestinians' negotiating authority -> PSE/GOV (held-out: the PLO PSE/GOV); "
      "Syria and Jordan are never named, and Lebanon only as a place ('southern Lebanon'), so they are left out "
      "(borderline 051s to SYR/GOV, JOR/GOV and LBN/GOV); the negotiation noun -> nominal 046 between the same "
      "parties from the first-named in the document (Israel) (held-out 36/37: welcoming talks codes the "
      "negotiations 046 too); 'reaffirms its commitment to support the peace effort' = a commitment stated as a "
      "fact (held-out 46/47: asserted 03x) to diplomatic support -> 032, aimed at a process and so given to its "
      "named parties (held-out 9: support aimed at a process goes to its named parties; borderline one 032 with "
      "target null), nominal (a noun, 'commitment'); 'expresses its hope that a ... solution will be reached' is "
      "optative, not coded; Washington is a place, not a metonym"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Australia (1995): 'difficulties with the availability of resources for development assistance' is "
          "agentless; 'according to the World Bank, that 1.3 billion of our people still live in absolute poverty' = "
          "an attributed statistic, no act; 'we have to acknowledge' is the speaker's own statement"),
 12: ([], "Gambia (2001): the World Bank President's foreword 'stated that \"Poverty amid plenty is the world's "
          "greatest challenge\"' = a statement (01x, not coded) with no event in its complement; 'Attacking poverty' is "
          "a report title, figurative"),
 13: ([], "Cabo Verde (2006): 'the Cape Verde delegation stated that irrefutable progress had been achieved' = the "
          "speaker's own past statement (01x) about agentless progress; no event"),
 14: ([], "Equatorial Guinea (1995): 'We are told that there can be no development without democracy, and we "
          "agree' = a maxim from unnamed speakers (the donor community of the preceding text, uncoded) and the "
          "speaker's agreement with it; set 118 left the Congo's 'we agree that' with no named party uncoded "
          "(borderline a 051 with no target)"),
 # --- UNGDC 1990-2019 random: future
 15: ([("continue to provide all necessary support", "032", "TUR/GOV", N, False, F, N, False)],
      "Turkey (2011); 'Turkey will continue to provide all necessary support so as to reach a solution as soon as "
      "possible, in line with that timetable' = future support for the Cyprus settlement talks resumed under UN "
      "auspices (preceding sentences) -> intent of diplomatic support 032 future (guideline: future cooperative "
      "acts 03x; borderline 070 future as a material act); the support is for the Turkish Cypriot side's "
      "negotiating effort and the process, the Turkish Cypriot side having no code -> target null (borderline "
      "org:UN for the Secretary-General's good offices and timetable); reaching a solution is the purpose"),
 16: ([], "Congo (1995): a rhetorical question whether 'subordinating our assistance to African countries to the need "
          "for their democratization will suffice to persuade their former leaders' = a general doubt about aid "
          "conditionality, its providers unclear ('our' in a speech of an African state) and its recipients an "
          "uncoded class, no act presupposed (borderline a hypothetical 1622 null -> null); 'governed our States "
          "without opposition' is a description of past rule, no act between actors"),
 17: ([("We appeal", "1056", "NGA/GOV", N, False, A, N, False)],
      "Nigeria (1993); 'We appeal once again to all nuclear-weapon States to refrain from resuming nuclear testing' "
      "= a request (guideline: appeal -> 10x) whose Y is not resuming tests, a show of force (guideline: weapons "
      "tests 150) -> demand de-escalation 1056 (borderline generic 100); the nuclear-weapon States are a class the "
      "speech never names member by member (the breach of the moratorium a few days earlier, China's test, is "
      "agentless in the sentence before) -> target null (borderline one 1056 per nuclear-weapon State); enhancing "
      "the prospects of the 1995 NPT Conference is the purpose, not coded"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Ghana (2005): 'The reforms must radiate the spirit of common humanity' = a deontic about UN reform, no actor "
          "and no codable behaviour"),
 19: ([("must be constantly mindful", "130", "RWA/GOV", "COD/GOV", False, A, N, False)],
      "Rwanda (1998); 'The Government of the Democratic Republic of the Congo must be constantly mindful of the fact "
      "that each time the forces of evil seek to sow insecurity in a neighbouring country, the country of origin of "
      "these destabilizing forces forfeits its sovereignty and territorial integrity' = a warning addressed to a "
      "named government, in the speech of a state whose troops were then in the Congo, that the Congo's "
      "sovereignty will not protect it while the ex-FAR and Interahamwe (preceding sentences) operate from its "
      "territory -> a threat, itself asserted (guideline: a threat, warning or statement of resolve is asserted "
      "130), the threatened act left implicit and so not coded (borderline not coded at all, as a statement of "
      "principle, or 138); 'must be mindful' is not a codable behaviour, so no demanded event (guideline); the "
      "'forces of evil' sowing insecurity is a generic conditional ('each time'), not coded (borderline a "
      "hypothetical 180 RWA/REB -> bare RWA)"),
 20: ([], "France (2011): 'Each should try to understand the reasoning, sufferings and fears of the other' = a deontic "
          "about the Israelis and Palestinians whose Y (understanding) is not a codable behaviour (guideline)"),
 21: ([], "Kazakhstan (2012): 'if our cooperation on Afghanistan is to be successful, its economic dimension should be "
          "a priority' = 'our' meaning the international community of the sentence before, a priority for an abstract "
          "cooperation (held-out 42/43: 'we' meaning all states not coded; borderline a hypothetical nominal 050 "
          "KAZ/GOV -> AFG/GOV)"),
 22: ([("fired", "2041", "SYR/GOV", "SYR/CVL", False, A, N, False)],
      "New Zealand (2013); 'those rockets must have been fired by the Syrian regime' = the Sarin rockets of 21 August "
      "2013 (preceding sentence); 'must have been' is an epistemic inference of the speaker, not a deontic -> "
      "asserted; firing rockets carrying a nerve agent = use of chemical weapons -> 2041 (CAMEO: use chemical, "
      "biological or radiological weapons; borderline 195), the regime -> SYR/GOV, the victims in Ghouta unnamed in "
      "the sentence, Syrians from the context ('used in Syria') -> SYR/CVL (borderline bare SYR); 'The information "
      "in the report also makes it very clear that' is the speaker's reading of the UN Mission's report, which did "
      "not itself attribute the attack -> reported_by null (borderline org:UN)"),
 23: ([], "Suriname (1999): 'Such treatment must ... extend to the financial, monetary and trading system, in order to "
          "support these countries' = the international community's (uncoded) special treatment of small vulnerable "
          "developing countries (an uncoded class), null-null, not coded (borderline a demanded 070 null -> null)"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "Seychelles (2015): 'We have again seen many commitments and pledges' = agentless pledges with no named "
          "pledger or recipient (set 139: agentless pledges left uncoded)"),
 25: ([], "Congo (2006): 'We need a solution based on the agreed proposals, such as the Road Map' = a wish for a Middle "
          "East settlement with no named party in the sentence; the Road Map and the resolutions are documents "
          "(borderline a demanded 057 ISR/GOV -> PSE/GOV)"),
 26: ([("with the support", "070", "org:UN", "org:SADC", False, A, N, True),
       ("with the support", "070", "org:UN", "org:ICGLR", False, A, N, True)],
      "South Africa (2014); 'SADC and the International Conference on the Great Lakes Region continue to take "
      "significant strides with the support of the United Nations' = UN support to two named organisations -> a "
      "nominal 070 from org:UN (held-out 28/29: 'with the support of our United Nations partners' a nominal 070 from "
      "org:UN; borderline 051) to each (guideline: compound split); new organisation code org:ICGLR for the "
      "International Conference on the Great Lakes Region (borderline dropping it as an uncoded group and coding "
      "SADC only); the 'significant strides' (their peace efforts in the DRC) are too vague to code (borderline a "
      "045 to COD/GOV)"),
 27: ([("have been killed", "202", "IND/MIL", "PAK/CVL", False, A, N, False),
       ("artillery and mortar fire", "194", "IND/MIL", "PAK/CVL", False, A, N, True)],
      "Pakistan (1998); 'scores of innocent Kashmiris in Azad Kashmir have been killed and hundreds injured by "
      "intensified Indian artillery and mortar fire' = a passive with its agent named: 'Indian artillery' names the "
      "armed forces -> IND/MIL (guideline: /MIL when the armed forces are named; borderline IND/GOV); the residents of "
      "Pakistan-administered Azad Kashmir -> PAK/CVL (borderline IND/CVL as earlier sets coded 'the Kashmiri "
      "people', or bare PAK); the killing of scores of civilians -> 202 (guideline: killings of many civilians 202; "
      "borderline 1823), and the fire itself -> shelling 194, nominal (guideline: shelling 194); 'hundreds injured' "
      "is part of the same shelling, not coded separately (borderline 182)"),
 28: ([("received", "070", N, "CHN/GOV", False, A, N, False)],
      "China (2008); 'In our fight against the earthquake disaster and our efforts to host the Games, we received "
      "understanding, support and assistance from the international community' = aid from an uncoded collective -> "
      "070 with no source (held-out: 'we had a lot of help' a 070 with no source) to the speaker's government; "
      "'support and assistance' one aid act (held-out 20/21: one aid noun covering several kinds is one 070; "
      "borderline a separate 051 for 'understanding, support', or 073 for the Sichuan earthquake relief); hosting "
      "the Olympic Games is not an act between actors"),
 29: ([], "Bulgaria (2005): 'We agree with those who highlight the need to focus the attention of the international "
          "community on Africa' = agreement with unnamed speakers on an abstract priority (set 118: a 'we agree that' "
          "with no named party left uncoded; borderline a 051 with no target)"),
 30: ([("The support", "070", N, "GEO/GOV", False, A, N, True)],
      "Georgia (2014); 'The support from the international community and international organizations continues to "
      "play a crucial role in Georgia's progress' = support from uncoded collectives -> nominal 070 with no source "
      "(held-out 20/21: 'reliant on the assistance of others' a nominal 070 with no source), Georgia's democratic "
      "progress -> GEO/GOV (borderline bare GEO); the preceding sentence's thanks name the United Nations among the "
      "organisations, but the sentence itself names none -> no second event from org:UN (borderline one nominal 070 "
      "org:UN -> GEO/GOV, or 051 for political support)"),
 31: ([("occupation", "192", "TUR/MIL", "CYP", False, A, N, True)],
      "Cyprus (1994); 'The presence of Turkish occupation troops' = the continuing occupation of northern Cyprus -> "
      "nominal 192 (guideline: occupy 192; set 128: Turkey's continuing occupation a nominal 192 -> CYP), the troops "
      "named -> TUR/MIL (guideline; set 125: an occupation by 'Russian troops' RUS/MIL; borderline TUR/GOV), the "
      "country as a whole -> bare CYP; 'constitutes a serious threat to the people of Cyprus' is a figurative threat "
      "(guideline: threat as risk); 'a kind of arms race' has no named party and no act in the sentence (borderline "
      "a nominal 154 with no source to CYP)"),
 32: ([("make accusations", "112", "CUB/GOV", "USA/GOV", False, A, N, False),
       ("engage in debate", "036", "CUB/GOV", "USA/GOV", False, A, N, False)],
      "Cuba (1999), the speech's last sentence; 'We are prepared not only to make accusations, but also to engage in "
      "debate and prove the facts that support them' = the accusations made against the United States Government "
      "in the claim for damages the speech describes just before ('the claim against the United States "
      "Government') -> 112, presupposed by 'not only' and so asserted (borderline not coded as readiness); "
      "readiness to debate -> 036 asserted (held-out 26/27: 'are prepared to engage in dialogue' 036 asserted), with "
      "the same counterpart -> USA/GOV (borderline USA/LEG, the Congress committees named in the sentence before); "
      "proving the facts is not a separate act"),
 33: ([("bringing into force", "057", "org:ASEAN", N, False, A, N, False),
       ("the support of the nuclear-weapon States", "051", N, "org:ASEAN", True, A, N, True)],
      "Malaysia (1997); the sentence's subject is missing in the text itself ('For its part, like a number of other "
      "regional groups, has positively contributed'); 'like a number of other regional groups' and the South-East "
      "Asia treaty make it ASEAN, named earlier in the speech (held-out 44/45: a subject cut off is taken from the "
      "context) -> org:ASEAN (borderline MYS/GOV); 'bringing into force the South-East Asia Nuclear-Weapon-Free "
      "Zone' (the Bangkok Treaty, in force March 1997) -> 057 with no target (held-out: an agreement entering into "
      "force 057; joining a multilateral treaty 057 with no target), a gerund, not nominal; 'which still awaits the "
      "support of the nuclear-weapon States' = the support not yet given (their accession to the Treaty's "
      "protocol) -> negated 051, the nuclear-weapon States an unnamed class -> no source (held-out: 'has not yet "
      "received adequate recognition by the international community' a negated 051 with no source; borderline a "
      "negated 057), nominal, to org:ASEAN; 'contributed to the disarmament process' is abstract"),
 34: ([], "Bahamas (2005): 'The peoples of our nations demand and deserve nothing less' = 'our nations' meaning all "
          "Member States (the preceding hortatives 'let us'), a rhetorical demand of uncoded peoples with no addressee "
          "or codable Y (held-out 42/43: 'we' meaning all states not coded)"),
 35: ([("condemns", "111", "GRC/GOV", N, False, A, N, False),
       ("contributes", "062", "GRC/GOV", N, False, A, N, False)],
      "Greece (1994); 'My country unequivocally condemns all terrorist acts' -> 111 with no target (held-out 48/49: "
      "condemning attacks by unnamed perpetrators is the speaker's 111 with no target); 'actively contributes - "
      "working within the framework of close cooperation with third countries and competent international "
      "organizations - to all actions and efforts aimed at their elimination' = counter-terrorism cooperation with "
      "unnamed states and organisations -> security cooperation 062 (held-out 18/19: security cooperation 062; set "
      "114: 'joined other States in the region to combat' trafficking 062 with no target), target null; the "
      "cooperation noun is the same act, coded once (borderline a separate nominal 050)"),
 36: ([("we are proud", "051", "GAB/GOV", N, False, A, N, False),
       ("signed", "057", "GAB/GOV", N, False, A, N, False)],
      "Gabon (1996); 'we are proud of the fact that in March 1996 [11 April, in fact], the African countries signed in "
      "Cairo the Pelindaba Text of the African Nuclear-Weapon-Free Zone Treaty on the denuclearization of our "
      "continent' = satisfaction with a signing, like set 130's 'Cabo Verde is pleased with the number of States that "
      "have ratified' (a 051 with no target) -> 051 with no target (borderline not coded as pride in one's own group); "
      "the signing by the African countries, Gabon among them ('our continent'; Gabon signed at Cairo) -> 057 coded "
      "for the speaker's government only (set 133: 'We nations of South America' coded for the speaker only), a "
      "multilateral treaty -> no target (borderline null-null and uncoded as an act of an uncoded collective, or "
      "org:AU, the OAU of 1996); Cairo is a place"),
 37: ([("I appeal", "102", "UKR/GOV", N, False, A, N, False),
       ("the Holodomor", "202", "SUN/GOV", "UKR/CVL", False, A, N, True)],
      "Ukraine (2017); 'I appeal to all United Nations States Members to ... make a decision to recognize the "
      "Holodomor as an act of genocide' = a request (guideline: appeal -> 10x) to the uncoded membership -> target "
      "null (set 117: a call on all countries to join the Rome Statute a 102 with no target; borderline org:UNGA), "
      "Y = recognising Ukraine's position -> demand policy support 102 (borderline 1042); the Holodomor = the "
      "1932-33 famine 'organized by the totalitarian regime of Stalin' that 'killed from 7 million to 10 million "
      "Ukrainians' (the sentences before) -> an event noun whose agent is plain from the text around it (held-out "
      "48/49), a realised act named inside a request coded too (held-out 12/13) -> nominal 202, the Soviet "
      "Government of the time -> SUN/GOV (held-out 5: office at the time), the victims -> UKR/CVL (borderline not "
      "coded, as the content of the recognition, or bare UKR)"),
 38: ([], "DR Congo (1995): 'we want to count on our external partners and the international financial institutions "
          "... to take up with us the challenge of development' = a hope about others' aid (held-out 32/33: 'we "
          "count on' optative, not coded), the partners and institutions unnamed; the Government 'seeking to create "
          "conditions' is domestic policy"),
 39: ([], "Libya (1998): a fragment cut by the splitter, 'In its article 16 (2), that agreement refers to the'; a "
          "treaty clause and no act in the sentence"),
 40: ([], "DR Congo (2015): 'It is urgent that we conclude a universal and legally binding agreement' on climate = 'we' "
          "meaning all states (held-out 42/43), not coded (borderline a demanded 057 with no target)"),
 41: ([], "Afghanistan (2007): 'Yesterday's high-level event ... was an essential step forward in strengthening the "
          "resolve of the international community' = an evaluation of an agentless UN meeting, no act between "
          "actors"),
 42: ([("I call", "1044", "MDV/GOV", "org:UNGA", False, A, N, False)],
      "Maldives (2009); 'I call upon the Assembly to complete this task during the sixty-fourth session and come to "
      "agreement on increases in both the permanent and non-permanent membership of the Council' = a request "
      "(guideline: call on -> 10x) with an addressee -> org:UNGA, Y = Security Council enlargement -> demand "
      "institutional change 1044 (held-out 9: a call for Council seats 1044); borderline not coded as a UN reform "
      "position (held-out 52/53: urging Council reform with no addressee not coded), which this sentence is not, "
      "since it names its addressee"),
 43: ([("supports", "051", "POL/GOV", "org:UN", False, A, N, False)],
      "Poland (1997); 'Poland supports the proposed direction of the United Nations reforms' = the Secretary-"
      "General's July 1997 reform proposals, welcomed in the sentences before ('we welcome the initiatives of the "
      "Secretary-General') -> verbal support 051 to org:UN (set 121: welcoming Guterres's UN reforms a 051 to "
      "org:UN; borderline uncoded as a UN reform position, as set 118 left Lesotho's support for the Peacebuilding "
      "Commission)"),
 44: ([], "Eritrea (2005): a fragment cut by the splitter, 'Paragraph 14 of the Agreement on Cessation of' "
          "[Hostilities]; a treaty clause, the verb after the cut"),
 45: ([("welcome", "051", "GIN/GOV", "org:UN", False, A, N, False)],
      "Guinea (2000); 'I take this opportunity to welcome the report (A/55/305) of the Panel on United Nations Peace "
      "Operations, chaired by Mr. Lakhdar Brahimi' = a performative welcome of a report commissioned by the "
      "Secretary-General -> 051 to org:UN (set 122: 'We agree with the findings of the High-level Panel' a 051 to "
      "org:UN); Brahimi's chairing is not an act between actors"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([("ask the General", "100", "MHL/GOV", "org:UNGA", False, A, N, False),
       ("ask the General", "100", "MHL/GOV", "org:UN", False, A, N, False)],
      "Marshall Islands (2007); 'We, however, ask the General Assembly and the Secretariat to ensure that offices "
      "befitting the ideals and reputation of the United Nations are established in the other identified Pacific "
      "island countries' = a request (guideline: ask -> 10x), one per addressee (guideline: compound split), the "
      "Secretariat -> org:UN; Y = a UN country presence with no stated aid purpose -> generic 100 (borderline 1031, "
      "as set 123's Nauru call for a UN presence whose purpose was rebuilding)"),
 47: ([("its endeavour to do justice to our people", "051", "org:UN", "HUN/CVL", False, A, N, True)],
      "Hungary (1990); 'Through its endeavour to do justice to our people, the United Nations acted in accordance with "
      "its mandate' = the UN's 'moral and political support ... to the 1956 Hungarian revolution' for which the "
      "speaker thanks it in the text before -> a historic nominal 051 org:UN -> the Hungarian people HUN/CVL "
      "(borderline not coded as a vague evaluation, or 070); 'acted in accordance with its mandate' is compliance, "
      "not coded; 'a number of other small countries' is an uncoded class"),
 48: ([("express my gratitude", "051", "ALB/GOV", "org:EU", False, A, N, False)],
      "Albania (2010); 'I would like to express my gratitude for the commitment and engagement of all international "
      "actors, especially the European Union' = performative thanks (guideline: thank 051), 'all international "
      "actors' an uncoded collective dropped and the European Union it names coded (guideline: compound split; "
      "borderline a second 051 with no target, held-out 14/15); the EU's part in drafting General Assembly "
      "resolution 64/298 ('imbued the resolution') is not coded separately (borderline a 1042 org:EU -> org:UNGA)"),
 49: ([], "Jamaica (2001): 'We are a long way from that consummation, however devoutly we may wish it' = an evaluation "
          "and a wish, no act"),
 50: ([("expresses sincere appreciation", "051", "LSO/GOV", N, False, A, N, False)],
      "Lesotho (2005); 'my delegation expresses sincere appreciation for all initiatives ... especially the debt "
      "cancellation extended by the G-8 countries to highly indebted poor countries' -> 051 (guideline: thank/praise "
      "051), the G-8 having no code and its members unnamed -> target null (set 118: Burkina Faso's welcome of the "
      "G-8 debt decision with no target; borderline org:G7); the debt cancellation itself runs from an uncoded group "
      "to an uncoded class of countries, not coded (set 118; borderline a 071 null -> null)"),
 51: ([], "Luxembourg (1992): 'not all our hopes were fulfilled and that many of the decisions taken lack clarity and "
          "courage' = an evaluation of the Rio Conference's outcome, agentless decisions"),
 52: ([], "Uzbekistan (1992): 'The actions of extremists and fanatical armed groups incited by those who are playing on "
          "people's national and religious feelings could have unpredictable consequences' = unnamed groups on the "
          "Tajik-Afghan border and unnamed inciters, a predicted risk (borderline a hypothetical nominal 180 TJK/REB "
          "with no target)"),
 53: ([], "Togo (1998): 'These groups are themselves actively engaged in seeking joint solutions' = Africa's regional "
          "groupings, none named, acting among their own members, uncoded (held-out 54-61: acts between uncoded "
          "groups)"),
 54: ([], "Russian Federation (1997): a fragment cut by the splitter, 'The entry into force of the Comprehensive "
          "Nuclear-' [Test-Ban Treaty]; agentless, the verb after the cut"),
 55: ([], "Suriname (2018): 'We need to join one another in taking action' = 'we' meaning all states against the world "
          "drug problem (held-out 42/43), not coded"),
 56: ([], "Lao PDR (2006): a fragment cut by the splitter, 'Despite the failure of the recent United Nations' [reform "
          "talks]; agentless, the verb after the cut"),
 57: ([("congratulations", "051", "GAB/GOV", "org:UNGA", False, A, N, False)],
      "Gabon (2014); 'I would first of all like to extend my sincere congratulations to Mr. Sam Kutesa on his election "
      "as President of the General Assembly' = a performative congratulation (held-out 48/49: commending the "
      "Assembly President's election 051 to org:UNGA) -> 051 asserted, not nominal, the noun being the object of "
      "the performative 'extend' (as set 76's 'sincere congratulations'); the election is agentless"),
 58: ([("We invite", "102", "FSM/GOV", N, False, A, N, False)],
      "Micronesia (2015); 'We invite those who care and can to join us in this effort' = the Micronesian Challenge of "
      "the sentence before, 'we' its member entities coded for the speaker only (set 133) -> a request to unnamed "
      "parties to join a conservation initiative -> demand policy support 102 with no target (set 137: 'I encourage "
      "all delegations to consider supporting it' a 102 with no target; borderline 1011, or not coded as a call "
      "with no real addressee)"),
 59: ([("The tribute", "051", "org:UNGA", "CIV/GOV", False, A, N, True)],
      "Cote d'Ivoire (1994); a fragment cut by the splitter, 'The tribute to his memory in this very Hall, on 9' "
      "[December last]; the verb lies after the cut, but the event noun is inside: the General Assembly's tribute "
      "meeting for President Felix Houphouet-Boigny, who died in office in December 1993 (the sentence before) -> "
      "nominal 051 (held-out 52/53: 'pay tribute to' 051), its agent 'in this very Hall' the Assembly -> org:UNGA "
      "(borderline no source, as an event noun without an agent, or not coded as a fragment), the late President "
      "-> his government CIV/GOV (held-out 28/29: a late president's acts are his government's; borderline CIV/CVL, "
      "as set 129's tribute to the late Kofi Annan)"),
}
