"""Hand annotations for the HUNDRED-AND-FIFTH held-out event gold set (source of events-heldout105.jsonl).

Keyed by the row index of selection-heldout105.jsonl (output of select_bulk_heldout.py 105; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout105.jsonl \
        --annotations annotations_heldout105 --output events-heldout105.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Lithuania (2017): 'such a peaceful future is threatened as never before' = a figurative threat (guideline: "
         "threat as risk), agentless; 'never' bears on the degree, no negated event"),
 1: ([], "Timor-Leste (2010): 'we must all show wisdom and engage in patient dialogue with those who do not agree with "
         "us' = 'we' meaning all states (held-out 42/43: not coded), a general maxim drawn from the speaker's "
         "experience, the dialogue partners unnamed (borderline a demanded 040 null -> null); 'do not agree with us' "
         "describes a disposition, not a negated event; Myanmar is named only as an example of complex challenges"),
 2: ([], "Republic of Moldova (2011): 'the resumption of the official negotiations was never seen as a goal in itself' "
         "= a statement about Moldova's view of the 5+2 talks on Transnistria whose resumption had just been decided "
         "(preceding sentence) but not yet held; the resumption is an event noun with no agent in the sentence, "
         "named as an objective, not as a realised act (guideline: event nouns without an agent not coded), and "
         "'never' bears on the view, not on the negotiations (borderline a nominal 046 MDA/GOV -> null, future, "
         "Transnistria's leadership having no code)"),
 3: ([("urges", "106", "TGO/GOV", "SDN/REB", False, A, N, False),
      ("did not participate", "040", "SDN/REB", N, True, A, N, False)],
     "Togo (2007); 'My country also urges the other rebel factions ... to join the negotiating process in order to "
     "reach a comprehensive peace agreement' = a request (guideline: urge -> 10x) whose Y is joining the Darfur "
     "negotiations -> 106 (guideline), the Darfur rebel factions (preceding sentence: Sudan, Darfur) -> SDN/REB; Y "
     "and the purpose (the peace agreement) are not coded separately (guideline); the relative clause 'that did not "
     "participate in the Arusha discussions in August 2007' = the factions' realised non-participation in a meeting "
     "(guideline: 'did not meet' negated; held-out 18/19: a demand and the denial of an act are two events) -> "
     "negated 040, the Arusha consultations' convenors (the AU-UN envoys) and the factions that attended are not "
     "named in the document -> target null (held-out 76 row 2: 'have not yet joined' negated with no target; "
     "borderline org:UN and org:AU, the joint mediation)"),
 4: ([("refusing to do its part", "120", "USA/GOV", N, False, A, N, False)],
     "Bolivia (2017); 'its Government' = the United States, which 'has decided to turn its back on the Paris "
     "Agreement' (preceding sentence) -> USA/GOV; 'by refusing to do its part in the global effort' = an explicit "
     "refusal (guideline: REJECT, negated false) of the climate effort of all countries, an uncoded collective -> "
     "target null; what was refused is participation in a multilateral effort that is neither economic nor "
     "military cooperation nor a dispute settlement plan -> generic 120 (borderline 121 reject material "
     "cooperation, or 127 reject the Paris Agreement); 'has become a threat to Mother Earth' is figurative "
     "(guideline: threat as risk); 'As one of the world's main polluters' is a description"),
 5: ([], "Cambodia (2016): 'I do not come before the Assembly as an accused party' = a self-description denying the "
         "status the Western institutions, parliamentarians and NGOs of the preceding sentence sought to give "
         "Cambodia; the accusing acts ('pointed the finger and tried to lay blame') lie in that sentence and their "
         "authors are uncoded collectives; 'do not come' negates no event between actors (borderline a nominal "
         "112 null -> KHM/GOV for 'accused')"),
 6: ([], "Indonesia (2004): 'The Emir of Qatar, speaking as Chairman of the Group of 77, told this Assembly' = a "
         "statement (01x, not coded), and its quoted content ('Political reform and people's participation ... have "
         "become a definite necessity') is a general assessment with no act between actors"),
 7: ([], "Liechtenstein (1991): 'The United Nations is a special meeting-place for all countries, some of which do not "
         "have representations all over the world' = a description; lacking diplomatic representations is a state, "
         "not a negated event"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Somalia (2007): 'Meeting those humanitarian needs will ultimately provide a strong foundation ... for "
         "recovery' = an agentless gerund in a generic statement of effect; the providers (the 'world community' of "
         "the preceding appeal) are an uncoded collective, and 'meeting' means satisfying needs, not a meeting "
         "(borderline a hypothetical 073 null -> SOM/CVL)"),
 9: ([], "Romania (2003): 'Everything else especially the badly needed strategies will simply follow, and this will make "
         "it possible to approach the new and old threats alike' = an abstract expectation about UN reform, no "
         "actor; threats as risks (guideline)"),
 10: ([], "Mexico (2005): 'This is where major agreements could be reached and where States' commitments will be "
          "recorded' = the General Assembly as a forum; agentless hypothetical agreements among uncoded States "
          "(held-out 54-61: acts between uncoded collectives left uncoded; borderline a hypothetical 057 null -> "
          "null)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Fiji (2010): 'We must assess and decide each issue on its merits' = the speaker's own voting policy, no act "
          "between actors"),
 12: ([], "Bhutan (2015): 'SDG 4 must remain at the forefront of our planning and implementation of national "
          "strategies' = an abstract deontic about domestic development planning, no actor"),
 13: ([], "South Sudan (2017): 'There will be challenges and reversals, but the direction of movement should be the big "
          "picture' = an evaluation of the return of refugees and displaced persons, no act between actors"),
 14: ([], "Lesotho (1997): 'disarmament must continue to be accorded high priority on the agenda of the international "
          "community' = an abstract deontic for an uncoded collective, no named actor (guideline: abstract policy "
          "positions not coded)"),
 15: ([], "Trinidad and Tobago (2007): 'internationally acceptable solutions must be found to address the fate of the "
          "Palestinian refugees, the status of Jerusalem and the issue of Israeli settlements in the West Bank' = an "
          "agentless deontic with no codable behaviour; 'Israeli settlements' names settlement building, which has no "
          "specific CAMEO code (earlier sets: building settlements not coded; borderline a nominal 192 ISR/GOV -> "
          "PSE)"),
 16: ([], "Congo (1992): 'Those solutions must take into account the political, humanitarian and socio-economic "
          "dimensions of world problems' = an abstract deontic, no actor"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("We support", "051", "TJK/GOV", "org:UN", False, A, N, False),
       ("continue providing", "070", N, "org:UN", False, D, N, False)],
      "Tajikistan (2008); 'We support the Secretary-General's initiative to reform the peacekeeping machinery' = "
      "verbal support for the Secretary-General's plan (the 2007 restructuring of DPKO) -> 051 to org:UN (held-out "
      "44/45: supporting a UN plan or the Secretary-General 051 to org:UN; held-out 76: welcoming the "
      "Secretary-General's initiative 051; borderline not coded as a UN reform position, held-out 7); 'we believe "
      "that it is essential to continue providing the relevant political, financial and logistical support to "
      "peacekeepers' = a deontic with no request verb over Member States in general (held-out 14/15: 'it is "
      "essential that we continue to support' source null) -> demanded 070, one aid act covering several kinds "
      "(held-out 20/21), to the UN peacekeepers -> org:UN (held-out 76 row 15: financing UN missions to org:UN); "
      "'help them cope' is the purpose"),
 18: ([("we welcome", "051", "UZB/GOV", "AFG", False, A, N, False)],
      "Uzbekistan (2005); 'we welcome the parliamentary elections that were held in Afghanistan on 18 September' = a "
      "welcome (guideline: 051) of a development inside a named country whose parties are not named -> bare AFG "
      "(held-out 62-73: such a welcome goes to the bare country; borderline AFG/GOV); the elections themselves are "
      "domestic and agentless, not coded"),
 19: ([], "Colombia (2014): 'A Colombia without coca and without conflict was an impossible dream just a few years or "
          "decades ago' = an evaluation, no act"),
 20: ([("assure you", "032", "SVN/GOV", "org:UNGA", False, A, N, False)],
      "Slovenia (2010); 'I assure you of my country's utmost support in the coming weeks and months' = an assurance "
      "of support to the President of the General Assembly (preceding sentence: congratulating him on his election) "
      "-> intent of diplomatic support 032 asserted to org:UNGA (held-out 76 row 40: 'I assure you of my "
      "Government's support' 032; borderline 030, as Kiribati's 'support and cooperation'); 'We all rely on your "
      "political wisdom and experience' is a sentiment, not coded"),
 21: ([("to seek a peaceful settlement", "046", "DOM/GOV", "HTI/GOV", False, A, N, False)],
      "Dominican Republic (1991); 'the Government of the Dominican Republic wishes to place on record ... that it has "
      "done everything within its power to seek a peaceful settlement of the problems to which I have referred and "
      "to reach agreements between the two parties' = the speaker's claim of realised efforts (held-out 76 row 34: "
      "'has done everything within its power to ...' asserted) to settle the Haitian migration problem with Haiti "
      "(the following sentences: contacts at the highest level and a commission to 'pursue the negotiations') -> "
      "negotiation 046 (guideline) DOM/GOV -> HTI/GOV (borderline 037 intent to settle); 'to reach agreements' is "
      "the aim, the agreements not yet concluded, not coded (borderline a hypothetical 057); 'wishes to place on "
      "record' is a statement (01x)"),
 22: ([("formed", "092", "org:UN", "LBY/GOV", False, A, N, False),
       ("voiced", "111", "org:UN", "LBY/GOV", False, A, N, False)],
      "Libya (2012); the sentence starts at 'Libya's membership' (the splitter cut after 'The Human Rights Council "
      "decided to suspend'), so the subject is taken from the context (held-out 44/45) -> the Human Rights Council "
      "-> org:UN (earlier sets), while the suspension, whose verb lies before the cut, is not coded (held-out "
      "86-89: a request whose verb falls outside the sentence left uncoded; borderline 160 org:UN -> LBY/GOV); "
      "'formed an international fact-finding committee' = the 2011 Commission of Inquiry into violations of human "
      "rights and humanitarian law by the security brigades of the former regime (preceding sentences) -> "
      "investigate human rights abuses 092 (borderline 094, as the OSCE fact-finding mission in Ukraine), the "
      "former regime = the government of its time (held-out 40/41) -> LBY/GOV (borderline LBY/MIL for the "
      "brigades); 'that voiced the condemnation of the international community of such violations' = the "
      "committee (a Council body, org:UN) condemning -> 111 org:UN -> LBY/GOV (borderline a nominal 111 with no "
      "source, reported_by org:UN, the condemnation being the international community's)"),
 23: ([], "Nepal (2016): 'Terrorism is a serious threat to the human goal of living in harmony' = a figurative threat "
          "(guideline: threat as risk), no actor"),
 24: ([("to commend", "051", "ZMB/GOV", "org:UN", False, A, N, False)],
      "Zambia (2003); 'I wish to take this opportunity to commend the Secretary-General, Mr.' = a performative praise "
      "(guideline: commend 051), the sentence cut at 'Mr.' (Kofi Annan), the Secretary-General -> org:UN "
      "(held-out 44/45; held-out 76 row 35)"),
 25: ([("aggression", "190", "BIH/REB", "BIH/CVL", False, A, N, True)],
      "Kuwait (1993); 'That people is the target of brutal aggression by the Serbs and the Croats' = a nominal attack "
      "with its agents in the sentence (guideline: aggression 190), the Bosnian Serb and Bosnian Croat forces of "
      "1993 -> BIH/REB (held-out 26/27), both the same code, so one event for the pair (guideline: one event per "
      "actor pair; borderline YUG/GOV and HRV/GOV as the states behind them); 'That people' = the people of Bosnia "
      "and Herzegovina (preceding sentence) -> BIH/CVL (borderline bare BIH); 'who want to impose a fait accompli "
      "and to make territorial gains by imposing a grossly unjust settlement on the Muslims' = the aggressors' aims, "
      "purposes not coded (borderline a hypothetical 192 BIH/REB -> BIH)"),
 26: ([], "South Africa (2014): 'world leaders ... agreed on the need for reform of the Security Council' = an agreement "
          "of an uncoded collective (including the speaker's) on UN reform (held-out 52/53, 54-61: reform positions "
          "and 'we' meaning all states not coded)"),
 27: ([], "Argentina (2003): 'The new challenges call for different and creative solutions' = an inanimate subject, "
          "figurative 'call for' (held-out 30/31), no actor"),
 28: ([], "Solomon Islands (2011): 'continues to support the intergovernmental negotiations on expansion in the number "
          "of permanent and non-permanent seats of the Council' = a Security Council reform position (held-out 7: "
          "support for UN reform and for negotiations not coded; held-out 54-61)"),
 29: ([("pleads with Member States", "1043", "FJI/GOV", N, False, A, N, False)],
      "Fiji (2001); 'Fiji pleads with Member States to respect the rights of refugees and to support the work of the "
      "United Nations High Commissioner for Refugees' = a request (guideline: appeal/plead -> 10x) to Member States, "
      "an uncoded collective -> target null; two demands, the first being respect for refugees' rights -> demand "
      "rights 1043 (held-out 9: a request with several demands takes the most specific sub-code; borderline 1033 "
      "for the support of UNHCR's work, or 102); Y is not coded separately (guideline); 'As a State party to the "
      "Convention' is a status"),
 30: ([("implement sanctions", "163", "org:UNSC", N, False, D, N, False)],
      "Canada (1999); 'The Council needs also to show the resolve to implement sanctions once they are in place' = a "
      "deontic with no request verb (guideline: 'X needs to do Y' codes Y, demanded) -> sanctions 163 from the "
      "Security Council -> org:UNSC, no target named in the sentence (the next sentence turns to UNITA under the "
      "Angola sanctions; borderline AGO/REB); borderline not coded as a general norm on sanctions policy (held-out "
      "76 row 38 coded UN sanctions as hypothetical 163)"),
 31: ([("can be assured of", "032", "MLT/GOV", "org:UNGA", False, A, N, False)],
      "Malta (2005); 'In carrying out his duties, he can be assured of my full support and of that of the Maltese "
      "delegation' = an assurance of support to the President of the General Assembly, Jan Eliasson (preceding "
      "sentence) -> 032 asserted to org:UNGA (held-out 76 row 40; borderline 030), the speaker's and the "
      "delegation's support one actor, coded once"),
 32: ([("we welcome", "051", "OMN/GOV", N, False, A, N, False)],
      "Oman (2007); 'we welcome and are pleased to be among the many States that have endorsed the special initiative "
      "on the Millennium Development Goals with regard to the call for action' = a welcome and Oman's own "
      "endorsement of the MDG Call to Action, one 051 (same code, same pair, coded once); the initiative's author "
      "(the United Kingdom's Prime Minister) is not named in the document -> target null (held-out 54-61: welcoming "
      "a decision of an uncoded body 051 with no target; borderline GBR/GOV); the endorsement by 'the many States' "
      "is an uncoded collective's, and 'the call for action that was adopted' is agentless with no addressee, not "
      "coded"),
 33: ([("We appeal here to", "103", "GNQ/GOV", N, False, A, N, False)],
      "Equatorial Guinea (1998); 'We appeal here to the international community to show its solidarity by supporting "
      "our efforts to consolidate the democratic process and the implementation of the plan for the socio-economic "
      "development' = a request (guideline: appeal -> 10x) to an uncoded collective -> target null, Y = support for "
      "political and economic efforts -> demand aid 103 (borderline 1031 economic aid, or 102 policy support); the "
      "national economic conference in Bata is a domestic meeting with no named participants, not coded "
      "(borderline 043 GNQ/GOV -> GNQ/CVL)"),
 34: ([("welcomes", "051", "LTU/GOV", "org:UN", False, A, N, False),
       ("welcomes", "051", "LTU/GOV", "org:OSCE", False, A, N, False),
       ("welcomes", "051", "LTU/GOV", "org:NATO", False, A, N, False),
       ("growing interaction", "050", "org:UN", "org:OSCE", False, A, N, True),
       ("growing interaction", "050", "org:UN", "org:NATO", False, A, N, True)],
      "Lithuania (1995); 'Lithuania also welcomes the growing interaction between the United Nations and regional "
      "organizations, such as the OSCE and NATO, in the field of peace-keeping operations' = a welcome (guideline: "
      "051) to each named party (held-out 50/51: welcoming cross-Strait dialogue 051 to each side), the uncoded "
      "class 'regional organizations' coded for the members it names (held-out 26/27); the interaction = a "
      "cooperation noun naming its parties -> nominal 050 from the first-named to each other party (held-out "
      "10/11, 38/39; held-out 74-85: the welcome of an agreement between named parties codes the agreement too; "
      "borderline 062 security cooperation, the field being peacekeeping)"),
 35: ([], "Saint Lucia (2016): 'we fully support the Paris Agreement on Climate Change and its ambition' = support for "
          "a multilateral treaty with no named party, an abstract policy position (earlier sets: commitment to the "
          "Paris Agreement not coded; borderline 051 with no target); 'we are patiently waiting for its financing to "
          "be agreed' = an agentless hope about others' acts, optative, not coded"),
 36: ([("we appeal to", "1033", "LBR/GOV", N, False, A, N, False),
       ("the attack by dissidents", "190", "LBR/REB", "LBR", False, A, N, True)],
      "Liberia (1999); 'we appeal to the international community to provide us with all the necessary assistance to "
      "enable our Government to cope with the problems of refugees and internally displaced persons, as well as to "
      "address the humanitarian crises' = a request (guideline: appeal -> 10x) to an uncoded collective -> target "
      "null, Y = humanitarian aid -> 1033 (guideline); 'the attack by dissidents' = a nominal attack with its agent "
      "in the sentence (guideline: nominal events coded), the armed incursions across the northern border of 1999 "
      "('two incidents of armed aggression along our northern border', preceding sentence) by Liberian dissidents "
      "-> LBR/REB, an armed attack -> 190 (guideline: generic military attack; borderline 180 unspecified violence "
      "by a non-state armed group), the country whose territory was attacked -> bare LBR (guideline: target of an "
      "invasion; borderline LBR/GOV)"),
 37: ([("has abandoned", "164", N, "CYP/GOV", False, A, N, False),
       ("Turkey’s support", "051", "TUR/GOV", N, False, A, N, True)],
      "Cyprus (2012); 'the Turkish Cypriot leadership, with Turkey's support, has abandoned the negotiations' = the "
      "leadership's withdrawal from the UN-facilitated talks with the Republic of Cyprus -> halt negotiations 164, "
      "the Turkish-Cypriot leadership having no code (held-out 4) -> source null, the other party -> CYP/GOV; "
      "'Turkey's support' for that step = a nominal support of Turkey for a party without a code -> 051 TUR/GOV -> "
      "null (borderline 070; borderline Turkey as a co-source of the 164, as 'Ankara and the Turkish-Cypriot "
      "leadership' were coded for Ankara); 'the assumption of the presidency of the Council of the European Union "
      "by the Republic of Cyprus' is an institutional rotation, not an act between actors"),
 38: ([("to thank", "051", "PLW/GOV", "TWN/GOV", False, A, N, False),
       ("economic support", "071", "TWN/GOV", "PLW/GOV", False, A, N, True)],
      "Palau (2013); 'we would like to thank the Republic of China on Taiwan for its friendship and economic support' "
      "= performative thanks (guideline: thank 051), 'would like to' -> asserted, the Republic of China -> TWN/GOV "
      "(earlier sets); the economic support 'through grants and technical assistance' = aid given by Taiwan, its "
      "agent from the thanks (held-out 24/25) -> one nominal aid event covering several kinds (held-out 20/21), "
      "economic -> 071 (borderline 070 for the technical assistance); 'friendship' is a sentiment; achieving the "
      "MDGs is the purpose"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Vanuatu (1997): 'There needs to be scope for all the small and vulnerable States to be accorded sufficient "
          "time to undertake reforms' = an agentless deontic about trade rules (the WTO of the preceding sentence is "
          "not the subject) for an uncoded class of beneficiaries, null-null, not coded (borderline a demanded 081 "
          "org:WTO -> null)"),
 40: ([], "Grenada (2012): 'we are also embarking on public education and on strengthening the capacity of Government "
          "departments' = domestic policy, no act between actors; 'the passage of a law' is domestic legislation"),
 41: ([], "Trinidad and Tobago (1999): a fragment cut by the splitter at both ends, 'Nations face in the twenty-first "
          "century is whether the' (the preceding 'The key question that the Member States of the United' is not "
          "part of it) = no act"),
 42: ([], "Thailand (2016): 'We are continuing with our policy of providing quality health-care services for all ... "
          "whether they be Thai nationals, migrants or foreign workers' = domestic social policy, no act between "
          "political actors (borderline 073 THA/GOV -> null for migrants)"),
 43: ([], "Saint Vincent and the Grenadines (2018): 'Our America and our Caribbean defiantly affirm that' = a statement "
          "(01x) of uncoded collectives, no act"),
 44: ([], "Burundi (2006): 'Burundi is taking part in the sixty-first session of the General Assembly a year after the "
          "setting up of democratic institutions' = attendance at the session the speech itself belongs to (held-out "
          "76 row 44: a speech act about the speech itself), and 'the setting up of democratic institutions' is "
          "domestic and agentless (borderline 040 BDI/GOV -> org:UNGA)"),
 45: ([], "Andorra (2019): implementing an equality law and working on a law on equal pay = domestic legislation, no act "
          "between actors"),
 46: ([], "Guinea-Bissau (2016): 'climate change matters are some of the main priorities of our political action' = a "
          "policy priority, no act"),
 47: ([], "United Kingdom (2008): 'In the next two decades, our world economy will double in size' = a forecast, no "
          "actor"),
 48: ([], "Lao PDR (1995): 'It is imperative that joint, effective measures be taken to reduce this danger and eliminate "
          "it forever' = an agentless deontic about nuclear weapons and other weapons of mass destruction, no named "
          "actor (held-out 54-61: acts between uncoded collectives not coded)"),
 49: ([], "Namibia (2016): 'we need to grow at a higher level' = domestic economic growth, no act between actors"),
 50: ([("express our appreciation", "051", "MMR/GOV", "org:UNGA", False, A, N, False)],
      "Myanmar (1996); 'I wish also to express our appreciation to' = a fragment cut by the splitter whose object, "
      "'Mr. Razali's predecessor, His Excellency Mr. Diogo Freitas do Amaral, for his invaluable contribution to the "
      "work of the fiftieth session of the General Assembly', follows the cut (held-out 77 row 48: a part cut off "
      "by the splitter taken from the context) -> appreciation 051 to the former President of the Assembly -> "
      "org:UNGA (held-out 62-73: tributes to a former President of the Assembly go to org:UNGA); borderline not coded "
      "as a fragment whose target lies outside the sentence"),
 51: ([], "Somalia (2017): 'disillusioned young people are at a heightened risk of exploitation by criminal networks, "
          "including terrorists' = a generic risk, no realised act and no coded actor"),
 52: ([], "Costa Rica (1996): 'What progress have we achieved in the reform of the United Nations?' = a question about "
          "UN reform (held-out 52/53, 54-61: reform positions not coded), no act between actors"),
}
