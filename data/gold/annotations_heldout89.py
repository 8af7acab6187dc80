"""Hand annotations for the EIGHTY-NINTH held-out event gold set (source of events-heldout89.jsonl).

Keyed by the row index of selection-heldout89.jsonl (output of select_bulk_heldout.py 89; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout89.jsonl \
        --annotations annotations_heldout89 --output events-heldout89.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Honduras (1995): why 'the expectations and dreams of the founders have not yet been met' = an evaluation of "
         "the Organization's record, no act between actors; 'the mission the United Nations must carry out' is an "
         "abstract deontic with no codable behaviour"),
 1: ([("has not yet received adequate", "051", N, "UKR/GOV", True, A, N, False)],
     "Ukraine (1996); 'Ukraine made an unprecedented contribution, which has not yet received adequate recognition by "
     "the international community' = the praise Ukraine's denuclearization has not received -> negated 051 (held-out "
     "50/51: 'has already received credit' is 051 with no source, here its negated counterpart), the international "
     "community an uncoded collective -> source null, to the speaker's government; borderline not coded, 'adequate' "
     "implying some recognition was given; the contribution itself (the elimination of the inherited nuclear "
     "arsenal, preceding text) has no counterpart and 'diminishing the global nuclear threat' is figurative "
     "(guideline: threat as risk), not coded (borderline a nominal 0873 UKR/GOV with target null); 'demonstrated to "
     "the whole world its peaceful ... policy' is a description"),
 2: ([("signed and ratified", "057", "ECU/GOV", N, False, F, N, False)],
     "Ecuador (1998); the sentence starts at 'Convention' (the splitter cut after 'it means that the'), the Ottawa "
     "landmines Convention of the preceding text; 'will not simply be signed and ratified but will also be applied' = "
     "'not simply X but also Y' asserts X, so no negation; an agentless passive whose agent the document makes plain "
     "('Our country signed that Convention', guideline: missing participant from context) -> ECU/GOV, a multilateral "
     "treaty with no named counterpart -> 057 with no target (held-out 48/49: joining the NPT 057 with no target), "
     "signing done and ratification to come, one act -> future; 'applied in practical terms in the field' (the "
     "demining the Presidents of Peru and Ecuador asked for) is compliance, not coded; borderline a second 057 from "
     "PER/GOV (the joint communiqué being the 'it'), or not coded as an agentless passive"),
 3: ([], "France (1995): 'automatic sanctions should be applied to those who do not pay appropriately' = France's "
         "proposal for the UN financing agreement (arrears), a UN reform position (held-out 54-61 and 62-73: UN reform "
         "positions left uncoded), an agentless passive whose targets are an uncoded class of defaulting Member States; "
         "borderline a demanded 163 org:UN -> null; 'do not pay' defines the class, not a negated event"),
 4: ([("support", "070", N, "AFG/GOV", False, D, N, True),
      ("mutual cooperation", "061", N, "AFG/GOV", False, D, N, True)],
     "Afghanistan (2005); 'Afghanistan will not be able to achieve its intended economic goals without the support "
     "and mutual cooperation of its neighbours' = a statement of need (held-out 46/47: statements of need are demanded "
     "aid with no source to the speaker's government; held-out 76 row 7: 'without appropriate technological support' "
     "a demanded nominal 070) -> demanded nominal 070 and, for the cooperation, economic cooperation 061 (held-out 77 "
     "row 13: 'will need the cooperation of its development partners' demanded 061 null -> SLB/GOV); the neighbours "
     "are not named in the document -> source null; 'will not be able' negates the goals, not the support; "
     "borderline one 070 for both nouns (held-out 20/21: one aid noun covering several kinds is one 070)"),
 5: ([], "Nigeria (1990): 'the developed countries have not pursued or sustained policies that aid the economic growth "
         "of developing countries' = a negated aid policy between two uncoded collectives, null-null, not coded "
         "(held-out 54-61: acts between uncoded collectives left uncoded; borderline a negated 070 null -> null)"),
 6: ([("widespread repression", "175", "IDN/GOV", "TLS/CVL", False, A, N, True),
      ("the use of force", "190", "IDN/GOV", "TLS", False, A, N, True),
      ("imposed upon the Territory", "192", "IDN/GOV", "TLS", False, A, N, False)],
     "Portugal (1991) on East Timor; 'widespread repression and the use of force have not been able to consolidate the "
     "illegal status quo imposed upon the Territory' = event nouns and an agentless participle whose agent is plain "
     "from the text around it (held-out 48/49: coded; the document: 'more than 15 years of illegal Indonesian "
     "occupation carried out by the use of force', and Indonesia in the preceding sentence) -> IDN/GOV; 'have not "
     "been able to consolidate' negates the outcome, not the acts (guideline: 'sanctions have never been able to bend "
     "our will' asserted; held-out 34/35: sanctions that 'failed to paralyse' asserted); repression -> 175 against the "
     "East Timorese people (TLS/CVL, held-out 13, 14: East Timor TLS), the use of force -> 190 (held-out 10/11: "
     "'military intervention' 190) against the Territory, bare TLS (guideline: target of an invasion), the status "
     "quo imposed = the 1976 annexation -> 192 (held-out 28/29: an annexation 192 to the land it takes; borderline "
     "not coded as a state rather than an act, or a repeated mention of the occupation)"),
 7: ([], "Ukraine (2010): 'that threat can no longer be underestimated' = piracy as a risk (guideline: figurative "
         "threat), no actor"),
 # --- UNGDC 1990-2019 random: reported
 8: ([], "Djibouti (1990): a quotation from the Economic Commission for Africa's report on the debt burden 'imposed on "
         "African economies' = an agentless description of debt, no act between actors; 'According to' is a "
         "citation, and nothing inside it is codable"),
 9: ([], "Cote d'Ivoire (2007): 'According to our constitution' = in accordance with, not attribution (guideline); "
         "holding elections is domestic, no act between actors"),
 10: ([("enjoys strong support", "051", "org:UN", "BEN/GOV", False, A, N, False)],
      "Benin (2013); 'That effort' = Benin's intended proposal of an international conference on LDC productive "
      "capacities in Cotonou (preceding sentence); 'already enjoys strong support from the United Nations and some "
      "development partners' = verbal support for a government's initiative (guideline: 051; borderline 070) from "
      "org:UN to BEN/GOV (held-out 50/51: 'has already received credit' 051, a verb of receiving, not nominal; "
      "borderline nominal); the development partners are an uncoded collective, dropped (guideline compound rule; "
      "held-out 76 row 20); 'according to other types of triangular partnerships' is not attribution"),
 11: ([], "Micronesia (1998): 'It was also noted' = the South Pacific Forum's statement (01x, not coded); 'ongoing "
          "active cooperation and strengthened action by all parties' is an abstract requirement with no named "
          "actor"),
 # --- UNGDC 1990-2019 random: future
 12: ([], "Uzbekistan (2004): 'Uzbekistan is confident that the United Nations will retain its role' = a belief about "
          "the Organization's role, no act"),
 13: ([], "Zimbabwe (1993): 'It is our fervent hope that ... its role ... will likewise be strengthened' = an "
          "optative hope about the UN's role (held-out 5: a hope about another actor's act not coded); the UN having "
          "'strengthened its role' is an institutional development, no act between actors"),
 14: ([], "Tajikistan (2011): 'We hope that Member States will support this initiative' (the President's proposed "
          "international fund for saving glaciers) = an optative hope about others' support (held-out 42 row 16: 'We "
          "hope that the rest of the donor community will support that Programme' not coded; held-out 32/33), the "
          "Member States an uncoded collective; borderline a future 051 null -> TJK/GOV (held-out 52/53: hoped-for "
          "support from uncoded parties)"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Uganda (2011): 'the international community should provide a timely, adequate and robust response' where "
          "conflict situations arise = a deontic whose source is an uncoded collective and whose beneficiaries are "
          "unnamed, null-null, not coded (held-out 77 rows 18/19, 28; borderline a demanded 070 null -> null)"),
 16: ([], "Mozambique (2010): the General Assembly as the place where 'all the most important decisions should be "
          "taken' = a UN reform position (revitalization of the Assembly), not coded"),
 17: ([], "Samoa (2001): efforts 'should aim to minimize and remove obstacles' to Agenda 21's implementation, including "
          "'the provision of adequate financial and technological support' = an abstract, agentless deontic, no "
          "provider or recipient named"),
 18: ([("mutual recognition", "054", "BIH/GOV", "HRV/GOV", False, D, N, True),
       ("mutual recognition", "054", "BIH/GOV", "YUG/GOV", False, D, N, True),
       ("mutual recognition", "054", "HRV/GOV", "YUG/GOV", False, D, N, True)],
      "Indonesia (1995) on Bosnia and Herzegovina; 'Any settlement should ... entail mutual recognition by the States "
      "that were components of the former Yugoslavia' = a deontic without a request verb -> Y coded, demanded "
      "(guideline); recognition -> 054, nominal, symmetric (held-out 42/43: mutual recognition between two capitals "
      "is a nominal 054); the class has no code, so one event per member the document names (held-out 12/13, 26/27: "
      "a group without a code is each member the document names): the accords reached by the Foreign Ministers of "
      "Bosnia and Herzegovina, Croatia and the Federal Republic of Yugoslavia (preceding text), the FRY -> YUG/GOV "
      "(held-out 26/27: YUG of the speech's date), one event per pair from the first-named in that list "
      "(guideline); borderline only the two pairs with the FRY, the one recognition then outstanding; 'respect for "
      "internationally recognized boundaries and protection of minorities' and taking UN resolutions into account "
      "are compliance, not coded"),
 19: ([("support the United Nations Register", "051", "BTN/GOV", "org:UN", False, A, N, False),
       ("urge the reduction", "100", "BTN/GOV", N, False, A, N, False)],
      "Bhutan (1993); 'We fully support the United Nations Register on Conventional Arms' = support for a UN "
      "instrument -> 051 to org:UN (held-out 44/45: supporting a UN plan is 051 to org:UN; borderline not coded as an "
      "abstract policy position); 'and urge the reduction of the international arms trade' = a request (guideline: "
      "urge -> 10x) with no addressee (the arms-supplying countries of the preceding sentence are unnamed) -> target "
      "null, Y = a disarmament goal with no CAMEO request sub-code -> 100 (held-out 14 row 55: Nepal's 'reiterates its call' for "
      "the disarmament of weapons of mass destruction 100, target null; borderline not coded as a call on a general "
      "matter)"),
 20: ([], "New Zealand (1991): 'the barricades we must pull down are ... those erected to hinder trade' = a figurative "
          "deontic on trade barriers, 'we' meaning all nations (held-out 42/43: not coded), and the barriers' "
          "erectors unnamed; borderline a demanded 0811 (ease economic restrictions) null -> null"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("We welcome", "051", "GIN/GOV", "org:UN", False, A, N, False)],
      "Guinea (2013); 'We welcome the determination of the Peacebuilding' = a fragment cut by the splitter; the "
      "following text completes the object as 'Commission to assist Sierra Leone, Liberia and Guinea' (held-out "
      "44/45: a part cut off by the splitter is taken from the context; held-out 77 row 48) -> a welcome (guideline: "
      "051) of a UN body's commitment -> org:UN (the Peacebuilding Commission, a UN organ; held-out 44/45: supporting "
      "the UN's work 051 to org:UN); the Commission's assistance itself lies after the cut, not coded (held-out "
      "28 row 47: a verb entirely outside the sentence is not coded; borderline a nominal 033 org:UN -> GIN/GOV, "
      "SLE/GOV, LBR/GOV)"),
 22: ([("historic conclusion", "057", "SDN/GOV", "SDN/REB", False, A, N, True)],
      "South Africa (2005); 'the historic conclusion and implementation of the Sudanese Comprehensive Peace Agreement, "
      "signed in Nairobi, Kenya, earlier this year' = an agreement concluded (guideline: 057), nominal; its parties "
      "are not named in the document, but a 'Sudanese' peace agreement ending a civil war is one between the "
      "Government and the southern armed movement (the SPLM/A, an armed movement until its signature) -> SDN/GOV -> "
      "SDN/REB (held-out 48/49: an event noun whose agent is plain from the text around it is coded; borderline "
      "target null, held-out 50/51: a party the document never names has no code, or not coded, held-out 33 row 44: "
      "an agentless signing noun); 'signed in Nairobi' = the same agreement, coded once; Nairobi is a place; "
      "'implementation' is compliance; the UN's challenge in Darfur is no act"),
 23: ([("strongly condemn", "111", "ECU/GOV", N, False, A, N, False)],
      "Ecuador (2014); 'We also strongly condemn all terrorist acts, whether perpetrated by irregular groups or in the "
      "name of a State' -> 111 (guideline), the perpetrators unnamed -> target null (held-out 44/45: condemning "
      "attacks by unnamed perpetrators is the speaker's 111 with no target); the terrorist acts themselves are "
      "generic and unattributed, not coded"),
 24: ([], "Sudan (1997): 'while welcoming the efforts made for the reform of the Security Council' = a welcome of "
          "agentless efforts on Council reform, a UN reform position (held-out 54-61, 62-73: UN reform positions left "
          "uncoded; borderline 051 SDN/GOV with target null, or to org:UNGA for its working group); 'reaffirms the "
          "necessity of observing equitable geographical representation' is a reform position"),
 25: ([], "Niger (2005): 'the outcome document ..., which we just adopted' = 'we' meaning the whole Assembly (held-out "
          "42/43: 'we' meaning all states not coded); 'honouring the commitments made at the Millennium Summit' is "
          "compliance; the document's emphasis is a statement"),
 26: ([("pledges to work for even greater union", "030", "LCA/GOV", "org:CARICOM", False, A, N, False)],
      "Saint Lucia (1998); 'Saint Lucia pledges to work for even greater union in the' = a fragment cut by the "
      "splitter, the following text completing it as 'Caribbean Community and closer association between all the "
      "countries of the Caribbean Sea' (held-out 44/45: a part cut off by the splitter is taken from the context) -> "
      "an explicit intent verb stated as a fact (guideline: 'we pledged to continue' 03x asserted) to deepen "
      "integration -> 030 to org:CARICOM (held-out 3, 30: org:CARICOM); the countries of the Caribbean Sea are an "
      "uncoded collective, dropped; borderline 0311 or 050"),
 27: ([], "Somalia (2015): 'I am not here to deny our notoriety, the result of a conflict that has spanned two and half "
          "decades' = a rhetorical framing, not a denial act; the conflict is an event noun without named parties "
          "(guideline: not coded)"),
 28: ([("intensify", "030", "SVK/GOV", N, False, A, N, False)],
      "Slovakia (2004); 'We want to use our membership of the Security Council to intensify cooperation with Member "
      "States in all regions' = an explicit intent stated as a fact (guideline: 03x asserted), Slovakia being a "
      "candidate for the 2006-2007 seat (preceding text) -> intent to cooperate 030, the Member States in all regions "
      "an uncoded collective -> target null (held-out 76 row 32: readiness towards an uncoded class, target null); "
      "borderline hypothetical, the membership being conditional on the election; 'to be a dependable partner when "
      "seeking consensus' is a self-description"),
 29: ([], "Ukraine (2007): 'Ukraine is firmly committed to the international agreements in the area of climate change, "
          "including the UNFCCC and the Kyoto Protocol' = a commitment to comply with treaties, an abstract policy "
          "position (held-out 76 row 45: 'firmly committed to the goals' not coded; borderline 030 with no target)"),
 30: ([("We welcome", "051", "NOR/GOV", "SDN/GOV", False, A, N, False),
       ("We welcome", "051", "NOR/GOV", "SDN/REB", False, A, N, False),
       ("the decision to resume the talks", "036", "SDN/GOV", "SDN/REB", False, A, N, True)],
      "Norway (2004); 'We welcome the decision to resume the talks between the Government of the Sudan and the Sudan "
      "People's Liberation Army in Kenya' -> 051 to each party (held-out 50/51: welcoming cross-Strait dialogue 051 to "
      "each side), the SPLA, an armed movement in 2004 -> SDN/REB; the parties' decision to resume the Naivasha talks "
      "= an agreement to meet stated as a fact (held-out 24/25: 'the parties agreed to meet' 036; guideline: an "
      "explicit intent verb stated as a fact is 03x asserted) -> nominal 036, symmetric, from the first-named; Kenya "
      "is the venue (a place), its IGAD mediation not named here"),
 31: ([], "Marshall Islands (2015): 'The international community has spoken' = a statement (01x) of an uncoded "
          "collective; the rest is figurative"),
 32: ([("supports", "051", "TUN/GOV", "IRQ", False, A, N, False),
       ("supports", "051", "TUN/GOV", "KWT", False, A, N, False)],
      "Tunisia (2002); 'Our position also supports maintaining the sovereignty and territorial integrity of Iraq, as "
      "well as ... of the State of Kuwait' = support for two countries' sovereignty and territorial integrity -> 051 "
      "to each country, bare (held-out 17 row 44, 18 row 13: support for territorial integrity 051 to the bare "
      "country), 'Our position' standing for the Government -> TUN/GOV; borderline not coded as an abstract "
      "principle; 'stressing the need to avoid any destabilization of security there' is an agentless deontic, not "
      "coded"),
 33: ([], "San Marino (1994): a definition of solidarity, 'the substantial support offered by the rich countries to "
          "the poor ones' = a generic aid relation between uncoded collectives, not coded (held-out 54-61)"),
 34: ([("participates in", "061", "BLR/GOV", "CHN/GOV", False, A, N, False),
       ("supports", "051", "BLR/GOV", "CHN/GOV", False, A, N, False)],
      "Belarus (2017); 'The Republic of Belarus both participates in and supports that initiative' = the One Belt, One "
      "Road initiative 'promoted by the People's Republic of China' (preceding sentence; guideline: missing "
      "participant from context); participation in an economic initiative -> economic cooperation 061 (borderline "
      "050) and verbal support -> 051 (held-out 8: support aimed at a process goes to its named parties), both to "
      "CHN/GOV; borderline one 051 only, participation being a membership-like status"),
 35: ([("deprived of their liberty", "173", "USA/GOV", "CUB/CVL", False, A, N, False),
       ("have denounced", "111", "CUB/CVL", "USA/GOV", False, A, N, False)],
      "Paraguay (2010); the sentence starts at 'United States adopt necessary measures' (the splitter cut after 'We "
      "also demand that the Government of the'), so the request verb lies entirely outside the sentence and the "
      "request is not coded (held-out 28 row 47, and held-out 30 row 7, Samoa, cut after 'We call also ... on the three "
      "nuclear': a verb entirely outside the sentence is not coded; borderline a 1053 PRY/GOV -> USA/GOV triggered "
      "on 'adopt necessary measures', since its content lies in the sentence); 'five Cuban citizens who are "
      "currently deprived of their liberty as they sit in United States jails' = the Cuban Five's detention, its "
      "jailer named by 'United States jails' -> 173 USA/GOV -> CUB/CVL (held-out 57 row 25: 'imprisoned' 173 USA/GOV -> "
      "CUB/CVL, as the text presents them; borderline CUB/GOV); 'who have denounced the violation of their human "
      "rights' -> 111 (guideline: denounce) from the five to their jailer (borderline target null); the violation "
      "itself has no CAMEO code more specific than the detention, not coded separately"),
 36: ([("calling for the lifting", "1054", "SLB/GOV", "USA/GOV", False, A, N, False),
       ("imposed", "163", "USA/GOV", "CUB", False, A, N, False)],
      "Solomon Islands (2014); 'Solomon Islands joins the international community in calling for the lifting of the "
      "economic and financial blockade' = a request (guideline: call for -> 10x), coded for the speaker only, the "
      "international community uncoded (held-out 24/25: 'we stand with the international community to call on' is "
      "only the request); Y = lifting an embargo -> 1054 (held-out 59 row 1), its imposer named in the same sentence "
      "-> USA/GOV; 'blockade imposed on Cuba by ... the United States of America' = a passive with its agent named -> "
      "163 (held-out 18/19: a US 'blockade' of Cuba 163; earlier sets: 'imposed' 163 with the country as target), "
      "bare CUB; 'our friend and partner' is a description"),
 37: ([("the support", "070", N, "COG/GOV", False, D, N, True)],
      "Congo (2000); 'Its implementation [the interim post-conflict programme] requires the mobilization of significant "
      "financial resources, and the support of the international community is indispensable for this purpose' = a "
      "statement of need (held-out 46/47: demanded aid with no source to the speaker's government; held-out 22/23: "
      "'we need the support of the international community' demanded with no source) -> demanded nominal 070, the "
      "financial resources part of the same need, coded once (borderline a separate 071)"),
 38: ([("called for coordination", "100", "LBY/GOV", N, False, A, N, False)],
      "Libya (2007); 'Libya was among the first countries that called for coordination of international efforts to "
      "fight global terrorism' = a historic request of the speaker's government (guideline: call for -> 10x) with no "
      "addressee -> target null; Y = coordinated counter-terrorism cooperation -> generic 100 (held-out 77 row 10: "
      "'urge greater collaboration among Member States' 100; borderline 1012 demand military cooperation); 'among "
      "the first countries' = other uncoded callers, dropped"),
 39: ([], "Brazil (1995): a citation of the Official Records, no act"),
 40: ([("the frank and open discussion", "040", "USA/GOV", "CUB/GOV", False, H, N, True)],
      "Colombia (1991); 'them' = the United States and Cuba (preceding sentences, 'a rapprochement between the United "
      "States and Cuba'); 'the profound differences that separate them' is a state; 'could well serve as a basis "
      "for the frank and open discussion of unresolved matters' = an imagined discussion between the two, its "
      "parties plain from the text around it (held-out 48/49) -> a nominal 040, hypothetical (held-out 52/53: "
      "conditional inter-Korean cooperation a hypothetical nominal 050), symmetric, from the first-named; borderline "
      "not coded as an optative hope, or 046"),
 41: ([("We commend", "051", "HRV/GOV", "org:UN", False, A, N, False)],
      "Croatia (2016); 'We commend the Secretary-General for advancing the responsibility to protect' -> 051 "
      "(guideline: commend), the Secretary-General -> org:UN (held-out 44/45; held-out 76 row 35); the advancing of a "
      "norm is the reason, not coded"),
 42: ([("We are partners", "050", "NPL/GOV", "org:SAARC", False, A, N, True)],
      "Nepal (1993); 'We are partners with our friends in South Asia in an effort to forge a mutually beneficial "
      "scheme of cooperation ... under the aegis of the South Asian Association for Regional Cooperation' = a "
      "partnership noun naming its parties -> nominal 050 (held-out 76 row 41: 'partners for cooperation' with the "
      "OSCE nominal 050), the South Asian friends unnamed in the document, acting under SAARC -> org:SAARC (held-out "
      "26/27: org:SAARC); 'to forge a ... scheme of cooperation' is the same cooperation, coded once (borderline a "
      "030 intent); borderline not nominal"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Latvia (2000): a fragment cut by the splitter, 'As a future member of the European Union,' = a status; "
          "membership positions are not coded (held-out 54-61)"),
 44: ([], "South Africa (2010): 'We stand ready to continue to contribute to the achievement of peace and security in "
          "the world' = readiness stated with no counterpart and no concrete act, an abstract policy position "
          "(guideline; borderline 030 asserted with target null, held-out 9: 'stands ready to engage' 03x, or to "
          "org:UN given the Security Council candidacy of the preceding sentence)"),
 45: ([], "India (2014): a rhetorical question about challenges, no act"),
 46: ([], "Nepal (2009): 'there have been ups and downs' in the post-conflict transition = a description, no act"),
 47: ([], "Dominican Republic (2011): deposits in tax havens not reaching tax services = a description, no actor"),
 48: ([], "Nepal (2019): 'Nepal has presented its candidature for re-election to the Human Rights Council' = a UN "
          "membership position (held-out 54-61, 62-73: membership positions uncoded); borderline 030 to org:UNGA"),
 49: ([], "Andorra (1997): the Andorran Vice-President of the fifty-first session 'was a firsthand witness to both the "
          "diplomatic skill and dedication of his Malaysian counterpart' (the outgoing President Razali) = an "
          "evaluation, the thanks and tribute lying in the sentences before and after (held-out 48/49: 'it is "
          "commendable to observe' is an evaluation; borderline 051 AND/GOV -> org:UNGA)"),
 50: ([], "Guatemala (2008): 'Miguel's experience and life example will ensure the success of this session' = a "
          "confident evaluation of the President of the Assembly, not a praise act (borderline 051 GTM/GOV -> "
          "org:UNGA)"),
 51: ([], "Myanmar (2006): levelling and reducing the HIV/AIDS infection rate = a domestic achievement, no counterpart"),
 52: ([], "Solomon Islands (2019): the ocean as a shared resource where efforts 'can unlock' opportunities = a "
          "description, no actor"),
 53: ([], "Gabon (2000): 'we readjust the scale of assessments' = 'we' meaning all Member States (held-out 42/43) on "
          "the UN's financing, a UN reform position, not coded"),
 54: ([], "Micronesia (2011): a fragment cut by the splitter, 'More than 60 years ago, my island country, the', no "
          "act in it"),
 55: ([], "Belize (1994): entities 'which do not participate completely in the system of international order' = a UN "
          "membership position, no named actor, not coded; 'do not participate' describes a status, not a negated "
          "event"),
 56: ([], "China (2011): 'We hope that the parties concerned will resolve their differences through political dialogue "
          "and speedily restore stability' = an optative hope (held-out 5; held-out 36 row 10: 'we hope that the "
          "parties to that conflict will adhere' not coded), the parties in West Asia and North Africa unnamed"),
}
