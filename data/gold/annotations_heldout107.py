"""Hand annotations for the HUNDRED-AND-SEVENTH held-out event gold set (source of events-heldout107.jsonl).

Keyed by the row index of selection-heldout107.jsonl (output of select_bulk_heldout.py 107; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout107.jsonl \
        --annotations annotations_heldout107 --output events-heldout107.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("trying to assign", "071", "CHE/GOV", N, False, A, N, False)],
     "Switzerland (2008); 'we are trying to assign our limited resources to actions that meet the needs of "
     "recipients ... and that complement ... the efforts of recipient countries' = Switzerland's development "
     "assistance (the preceding sentences on the Millennium Development Goals) -> economic aid 071 (borderline "
     "generic 070), 'trying' an ongoing effort stated as a fact -> asserted, the recipients an uncoded class of "
     "countries -> target null (held-out 76 row 32: support to an uncoded class of States, target null); 'complement, "
     "but do not replace, the efforts of recipient countries' describes the aid, the negation bearing on no event "
     "between actors; borderline not coded as an aid-policy statement"),
 1: ([], "Nigeria (2017): 'we have never been as close to the threat of nuclear war as we are now' = 'we' meaning the "
         "whole world, and the threat of nuclear war a risk (guideline: figurative threat, 'threat to all of us'); "
         "'never' bears on the closeness, not on an event; the DPRK's programme lies in the preceding sentence"),
 2: ([("will not accept", "127", "ISR/GOV", "org:LAS", False, F, N, False),
      ("imposing a\nsolution on Israel", "170", "org:UNSC", "ISR/GOV", False, H, N, False)],
     "Yemen (2004); 'We also believe that Israel will not accept the aforesaid solutions' = the speaker's own "
     "prediction ('We believe' is no attribution, reported_by null) of Israel's non-acceptance of the solutions of "
     "the preceding sentences (the Arab Peace Initiative's State of Palestine, withdrawal to the 1967 lines and "
     "return of refugees) -> not a performative of the speaker but Israel's refusal, an acceptance verb negated -> "
     "REJECT with negated false (guideline; held-out 6: 'will not recognize' is an acceptance verb), a settlement "
     "plan -> 127, predicted -> future (borderline hypothetical, given 'unless'), the plan's author, the League of "
     "Arab States -> org:LAS (borderline target null, the Quartet's road map also being named); 'unless a Security "
     "Council resolution is adopted with a view to imposing a solution on Israel that includes an enforcement "
     "mechanism' = a condition -> hypothetical, the resolution standing for the Council (README: an inanimate "
     "resolution stands for the Council that adopted it) -> coercion 170 org:UNSC -> ISR/GOV (borderline not coded, "
     "'with a view to' a purpose of an unadopted resolution)"),
 3: ([("appeal", "102", "LIE/GOV", N, False, A, N, False)],
     "Liechtenstein (1995); 'We therefore appeal to those States which have not yet ratified the Treaty to do so "
     "urgently' = a request (guideline: appeal -> 10x) to ratify the NPT (preceding sentence) -> 102 (held-out 84 "
     "row 5, the same wording: 102 with target null), the addressees an uncoded class naming no member -> target "
     "null; 'to do so' is the request's Y, not coded separately (guideline); 'which have not yet ratified' = a "
     "non-ratification by unnamed states, a negated 057 null -> null, not coded (held-out 84 row 5, 45 row 0)"),
 4: ([("We urge", "100", "DOM/GOV", N, False, A, N, False)],
     "Dominican Republic (1998); 'We urge nuclear-weapon States to use and handle those weapons responsibly' = a "
     "request (guideline: urge -> 10x), the nuclear-weapon States an uncoded class whose members the sentence does "
     "not name -> target null (held-out 77 row 10: requests to uncoded collectives target null), Y = responsible "
     "handling of nuclear weapons, no specific CAMEO behaviour -> generic 100 (held-out 77 row 16; borderline 1056 "
     "de-escalation, or not coded as a norm for a class); 'those of us who do not have that type of defence' "
     "describes the non-nuclear states, not a negated event"),
 5: ([("received international assistance", "071", N, "NIC/GOV", False, A, N, False)],
     "Nicaragua (1993); the splitter cut the sentence after 'my' (README: a subject cut off by the splitter is "
     "taken from the context) -> 'my Government has received international assistance amounting to an average of "
     "less than $12 million a year' = economic aid received -> 071 (borderline generic 070), the donors unnamed "
     "('international') -> source null (held-out 50/51: 'has already received credit' 051 with no source), to "
     "NIC/GOV; 'which does not cover the costs' bears on the sum, not a negated event"),
 6: ([("imposed", "163", N, "SSD/GOV", False, A, N, False),
      ("should no longer be an option", "085", N, "SSD/GOV", False, D, N, False)],
     "South Sudan (2015); 'sanctions and travel restrictions imposed on our officials' = an agentless passive "
     "(guideline: source null; the imposers, the Security Council and others, are not named in the document) -> "
     "163, one sanctions action of several parts coded once (held-out 14/15; borderline a separate 172 for the travel "
     "restrictions), asserted as realised (held-out 10/11: 'coercive measures imposed by the US ... must cease' 163 "
     "asserted plus 085 demanded), the officials -> SSD/GOV; 'should no longer be an option' = a deontic with no "
     "request verb whose Y is ending the sanctions -> ease sanctions 085 demanded with no source (held-out 26 row 4: "
     "'the sanctions should be lifted' 085 demanded null; borderline a negated demanded 163); 'As we embark on the "
     "implementation of the peace agreement' is compliance with an agreement, not coded"),
 7: ([], "Spain (2001): 'Their violation today provokes condemnation in a way that it did not in the past' = the "
         "violation of human rights and the condemnation are event nouns with no agent and no target (guideline: not "
         "coded); 'it did not in the past' negates an agentless provocation of condemnation, null-null (borderline a "
         "nominal 111 null -> null)"),
 # --- UNGDC 1990-2019 random: future
 8: ([("will reject", "127", "LBN/GOV", N, False, A, N, False)],
     "Lebanon (2013); 'Lebanon will reject any compromise attempting to force an influx of Palestinian refugees on "
     "its territory' = a statement of resolve by the speaker, a performative refusal (guideline: 'we will never "
     "accept it' is 12x; held-out 57 row 5: 'will not accept such actions' 120 asserted) -> asserted (borderline "
     "future), its object a settlement of the Israeli-Arab conflict (preceding sentence) -> reject plan or "
     "agreement to settle dispute 127 (borderline generic 120), the compromise having no named author -> target "
     "null; the forced influx is the compromise's hypothetical content with no agent, not coded"),
 9: ([], "Liechtenstein (1990): 'Next November's Paris meeting of the Conference on Security and Co-operation in Europe "
         "will provide a further guarantee ... and contribute significantly to stability and co-operation as well as "
         "to disarmament' = expected effects of a summit of all CSCE participating States, a meeting of an uncoded "
         "collective including the speaker's (held-out 77 row 33: the CSCE summit left uncoded); not coded "
         "(borderline 036 future LIE/GOV -> org:OSCE)"),
 10: ([("made an initial commitment", "0331", "NZL/GOV", "org:GCF", False, A, N, False),
       ("real projects in our own region", "070", "NZL/GOV", N, False, F, N, True)],
      "New Zealand (2014); 'We have made an initial commitment to the Green Climate Fund' = a pledge of climate "
      "finance stated as a fact -> intent to provide economic aid 0331 asserted (README: pledges of economic support "
      "0331 asserted; borderline 071, 'committed aid sums are aid', but no sum is named) to org:GCF (held-out 30/31); "
      "'to show our support for the global effort' = its purpose, an uncoded collective, not coded; 'we will "
      "unashamedly continue to prioritize making real progress with real projects in our own region, which will "
      "continue to consume the bulk of our resources' = New Zealand's continued aid to projects in the Pacific -> a "
      "future material act keeps its code (README: 'we will continue support' 070 future), the projects an aid noun "
      "-> nominal 070, the region having no code -> target null (borderline not coded as a policy priority)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Saint Vincent and the Grenadines (2008): geography placing the country between the supply of and demand "
          "for narcotics = a description; the West's narcotics trade is commerce of an uncoded collective, no act "
          "between actors"),
 12: ([], "Hungary (2001): 'Hungary is a party to most of the international, multilateral conventions against "
          "terrorism' = a standing status, no act (held-out 85 row 37: a membership is a standing state; borderline a "
          "057 HUN/GOV with no target, as 'joining the NPT'); 'I should like to recall' is the speaker's own "
          "statement"),
 13: ([("discontinue", "087", "USA/GOV", "PRK", False, D, N, False),
       ("military threats", "138", "USA/GOV", "PRK", False, A, N, True),
       ("lift", "085", "USA/GOV", "PRK", False, D, N, False),
       ("economic sanctions", "163", "USA/GOV", "PRK", False, A, N, True)],
      "DPRK (1997); 'If the United States is sincerely interested in ensuring peace ..., it should ... show its "
      "credibility by taking practical steps to discontinue military threats and lift economic sanctions against the "
      "DPRK' = a deontic with no request verb (guideline: 'X should do Y' codes Y, demanded), the if-clause a "
      "condition on the US's interest, not on the acts; discontinuing military threats -> de-escalate military "
      "engagement 087 (borderline a negated demanded 138), lifting sanctions -> 085; the realised acts named inside "
      "the demand are coded too (README: 'end its repression of Mr. Navalny' 175; held-out 10/11: 'coercive measures "
      "imposed by the US ... must cease' 163 asserted plus 085 demanded): 'military threats' against the DPRK -> "
      "nominal 138 asserted, 'economic sanctions against the DPRK' -> nominal 163 asserted; the target a country "
      "under sanctions -> bare PRK (held-out 26 row 4, 19 row 57: sanctions on a country -> the bare country; "
      "borderline PRK/GOV); 'show its credibility' is not a codable behaviour"),
 14: ([], "Portugal (2005): 'we should bear in mind our many successes' = 'we' meaning all Member States, no act; 'so "
          "that they are not repeated' bears on setbacks, not on an event"),
 15: ([], "Maldives (2012): the road to democracy 'must be navigated by a political leadership with an unshakeable "
          "commitment' = an abstract deontic about domestic governance, no act between actors"),
 16: ([], "Turkey (1996): 'our common problems require global solutions, which must be formulated in a spirit of "
          "solidarity and cooperation' = an agentless deontic about solutions, 'our' meaning all states; no act"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Fiji (2017): people displaced by drought and by changes that 'threaten their food security' = a figurative "
          "threat (guideline), no actor"),
 18: ([], "Seychelles (1996): a citation fragment ('Official Records of the General Assembly ... p.') of the quoted US "
          "President's speech; no act"),
 19: ([], "Russian Federation (1992): 'Russia supports the participation of the new independent States in these two "
          "organizations [the United Nations and the CSCE] and other international forums' = a position on membership "
          "(held-out 54-61, 62-73: UN admissions and membership positions left uncoded), the new States an uncoded "
          "collective; not coded (borderline 051 RUS/GOV -> null)"),
 20: ([("condemn", "111", "STP/GOV", N, False, A, N, False),
       ("has been perpetrating", "180", N, "NGA", False, A, N, False)],
      "Sao Tome and Principe (2015); 'We clearly and strongly condemn the repeated and hideous crimes that the Boko "
      "Haram group has been perpetrating in ... Nigeria' -> 111 (guideline), Boko Haram having no code (held-out 16, "
      "32, 35 row 1, 88 row 5) -> target null; the crimes perpetrated -> unspecified violence by a non-state armed "
      "group 180 (guideline; borderline 200 for 'hideous crimes'), source null for Boko Haram, in Nigeria -> bare "
      "NGA (held-out 35 row 1: Boko Haram's atrocities 180 null -> each country named), ongoing -> asserted"),
 21: ([("adopted", "057", "DZA/GOV", "org:IAEA", False, A, N, False),
       ("supported", "051", "DZA/GOV", "org:IAEA", False, A, N, False)],
      "Algeria (2005); a fragment cut by the splitter, 'Algeria, which has adopted and supported the', whose object "
      "the following text completes as 'Additional Protocol on the International Atomic Energy Agency (IAEA) "
      "safeguards regime' (README: a part cut off by the splitter is taken from the context; held-out 77 row 48: "
      "'Burundi joined the East African' completed from the context); the verbs lie inside the sentence, so it is "
      "coded (README: only a request whose verb falls outside the selected sentence is left uncoded); adopting a "
      "safeguards protocol concluded with the Agency -> 057 to org:IAEA (borderline 030, or 057 with no target as "
      "'joining the NPT'); supporting it -> verbal support 051 to org:IAEA, the instrument's body (borderline target "
      "null, as 'voting for a treaty' 051 with no target)"),
 22: ([("signed", "057", "LBR/GOV", N, False, A, N, False)],
      "Liberia (2018); 'our Peace Agreement, signed in Accra 15 years ago' = the 2003 Accra Comprehensive Peace "
      "Agreement, an agentless passive whose signatory 'our' gives as Liberia -> 057 from the Government of the time "
      "LBR/GOV (held-out 5: office at the time), the other signatories (the armed factions) not named in the "
      "document -> target null (README: an alliance 'signed in 1994' that names no other signatory is a 057 with "
      "no target; borderline LBR/REB, the civil war's parties being plain from 'years of war'); 'turned the "
      "corner' and 'experienced more years of peace' are no acts; Accra is a place"),
 23: ([("reiterate the most unreserved support", "051", "ECU/GOV", N, False, A, N, False)],
      "Ecuador (2004); 'I wish to reiterate the most unreserved support and backing of the Government of Ecuador for "
      "all initiatives and actions created to fight international terrorism' = verbal support (guideline: 051) for "
      "acts of unnamed others, one 051 for 'support and backing' (same code, same pair) -> target null (held-out 76 "
      "row 27: 'We commend and support all efforts' 051 null); 'wish to' performative -> asserted; the framework of "
      "UN decisions and international law is a condition, not an act; borderline not coded as an abstract policy "
      "position (guideline: 'we support the allocation of resources')"),
 24: ([("is committed to maintaining its support", "0331", "MCO/GOV", "org:GCF", False, A, N, False)],
      "Monaco (2016); 'Monaco is committed to maintaining its support for the Green Climate Fund' = a commitment "
      "stated as a fact (held-out 46/47: 'remain committed to supporting' asserted 03x) to keep funding the Fund, the "
      "preceding sentences naming the programme's cost -> intent to provide economic aid 0331 (borderline 033 or "
      "032 as policy support) to org:GCF (held-out 30/31)"),
 25: ([], "Nigeria (2003): the Government's national HIV/AIDS programme, public enlightenment campaign and 'care and "
          "support for people living with the virus' = domestic health policy toward its own population, no act "
          "between political actors (borderline a 073 NGA/GOV -> NGA/CVL)"),
 26: ([], "France (2011): 'We have but one alternative — immobility and negotiations that go nowhere or an "
          "intermediate solution that would give hope to the Palestinians with the status of an Observer State' = "
          "alternatives the speaker weighs; the negotiations noun names no party in the sentence and is one of two "
          "envisaged options (borderline a hypothetical nominal 046 PSE/GOV -> ISR/GOV); Observer State status is a UN "
          "membership position (held-out 54-61: left uncoded); 'would give hope' is no act"),
 27: ([("demand", "100", N, "org:G20", False, A, N, False)],
      "Marshall Islands (2014); 'The Pacific island countries demand no less' = a demand that the world's largest "
      "economies address climate change at the coming Group of Twenty meeting (preceding sentence: the verb lies in "
      "this sentence, its Y in the one before) -> generic 100 (Y = addressing climate change, no specific CAMEO "
      "behaviour; borderline 1042 policy change), the Pacific island countries an uncoded collective -> source null "
      "(README: praise from uncoded collectives is a 051 with no source; borderline MHL/GOV, the speaker being one "
      "of them), the G20 -> org:G20; 'no less' is a comparative, not negation"),
 28: ([("supports", "051", "NPL/GOV", "org:UN", False, A, N, False)],
      "Nepal (2004); 'Nepal supports United Nations efforts to bring peace and normalcy to Haiti, Burundi, Liberia, "
      "Cote d'Ivoire, the DRC and the Sudan' = verbal support (guideline: 051) for the Organization's work -> 051 to "
      "org:UN (held-out 48/49: supporting a UN plan 051 to org:UN); the efforts noun is generic and names no act "
      "(held-out 40 row 30, the same wording; borderline a nominal 074 org:UN -> each of the six countries, the next "
      "sentence naming Nepal's troop deployments)"),
 29: ([], "Honduras (1993): 'Protectionist measures imposed by certain States on exports from our region' = trade "
          "restrictions by an uncoded collective ('certain States') on the exports of an uncoded region, null-null, "
          "not coded (held-out 54-61: acts between uncoded collectives left uncoded; borderline a nominal 163 null -> "
          "HND/GOV, Honduras being one of the region's exporters)"),
 30: ([("in consultation with the host country", "040", "org:UNGA", "LKA/GOV", False, A, N, True),
       ("the convening of a Conference on the Indian Ocean", "036", "LKA/GOV", "org:UNGA", False, F, N, True)],
      "Sri Lanka (1991); 'The Committee' = the General Assembly's Ad Hoc Committee on the Indian Ocean (preceding "
      "sentence: 'Acting on the renewed mandate of the General Assembly') -> org:UNGA (borderline org:UN); its "
      "preparatory work 'in consultation with the host country, Sri Lanka' -> consult 040, a prepositional "
      "consultation noun -> nominal; 'to enable the convening of a Conference on the Indian Ocean in Colombo in "
      "1992' = a planned conference the speaker's country is to host -> 036 future, nominal (README: hosting a "
      "session of a UN regional commission 036 future to org:UN; a joint assembly to be held in the speaker's "
      "country a future 036 to each body), to the convening body org:UNGA (borderline org:UN); completing the "
      "preparatory work is the Committee's own work, no act between actors"),
 31: ([("prevented", "129", "GRC/GOV", "MKD/GOV", False, A, N, False),
       ("were contrary to the obligations", "128", "GRC/GOV", "MKD/GOV", False, A, N, False)],
      "The former Yugoslav Republic of Macedonia (2009); 'our southern neighbour' = Greece, plain from the document "
      "(the name dispute, the 1995 Interim Accord, the UN-sponsored negotiations) -> GRC/GOV (README: a state the "
      "speaker leaves unnamed is coded when the document makes it plain); 'The actions ... that prevented the "
      "Republic of Macedonia from acceding to the NATO alliance' = Greece's blocking of the 2008 Bucharest "
      "invitation in a consensus body -> veto 129 (borderline 1212 reject military cooperation, or generic 120); "
      "'were contrary to the obligations undertaken in the 1995 interim agreement' = a breach of an agreement -> "
      "defy norms, law 128 (README: a claimed 'flagrant violation' of agreements is a nominal 128; 'Washington "
      "repudiated its obligations' 128) (borderline one event only, the breach and the veto being the same actions); "
      "'the obligations undertaken' refers to the agreement of 1995, not coded again (borderline a nominal 057 "
      "GRC/GOV -> MKD/GOV)"),
 32: ([("mercenary-led invasions", "192", N, "GNQ", False, A, N, True),
       ("attacks", "180", N, "GNQ", False, A, N, True)],
      "Equatorial Guinea (2009); 'Equatorial Guinea was the victim of mercenary-led invasions, terrorist attacks and "
      "plans for political destabilization' = the 2004 mercenary coup plot and the February 2009 attack on Malabo, "
      "their agents mercenaries with no code -> source null (README: unnamed transnational crime groups have no "
      "code, null source); invade -> 192 (guideline; borderline 180, the invasions being armed raids rather than an occupation, "
      "or not coded as coups, README: coups are not coded), terrorist attacks -> 180 with no source (held-out 54-61: agentless "
      "terrorist attack 180 no source per victim country), the target of an invasion -> the bare country GNQ "
      "(guideline); 'plans for political destabilization' are plans, not coded; the aim 'to gain illegal access to "
      "resources' is a purpose"),
 33: ([("working out", "046", "NIC/GOV", "USA/GOV", False, A, N, False)],
      "Nicaragua (2003); 'free-trade treaties ... such as the one we are currently working out with the United "
      "States' = the CAFTA negotiations under way -> engage in negotiation 046 (guideline), ongoing -> asserted, "
      "NIC/GOV -> USA/GOV; 'paved the way for successful negotiation of free-trade treaties with other countries and "
      "regions' = negotiations with unnamed partners (borderline a nominal 046 NIC/GOV -> null); 'results in "
      "economic integration' = Central American integration with uncoded partners, not coded"),
 34: ([], "San Marino (1996): the Security Council review process 'reveals inadequate understanding, cooperation and "
          "acceptance' = an evaluation of a UN reform process (held-out 54-61: reform positions left uncoded), no "
          "actor"),
 35: ([("We welcome", "051", "SYC/GOV", "org:UN", False, A, N, False)],
      "Seychelles (2010); 'We welcome the efforts of several countries and of the Secretary-General to adopt new and "
      "innovative means to finance development' -> 051 (guideline), the Secretary-General -> org:UN (held-out "
      "48/49), 'several countries' uncoded and unnamed, dropped (guideline compound rule); the efforts are generic, "
      "not coded separately"),
 36: ([("We seek the support", "102", "ETH/GOV", N, False, A, N, False)],
      "Ethiopia (2011); 'We seek the support of all fair-minded people in that endeavour' = a request for support "
      "(README: 'we expect more support, especially by the EU' is a request) in combating the policies that "
      "encourage discord in the Horn of Africa (preceding sentence) -> policy support 102, the addressees an "
      "uncoded, indefinite collective -> target null (borderline not coded as a rhetorical appeal to no named "
      "party)"),
 37: ([], "Mauritius (2005): 'Mauritius pursues an active policy of integration through subregional organizations "
          "such as' SADC, COMESA, the Indian Ocean Commission and IOR-ARC = a standing policy of membership (held-out 85 "
          "row 37: membership of SADC and COMESA a standing state, not coded); not coded (borderline one 050 "
          "MUS/GOV -> org:SADC, the other organisations having no code)"),
 38: ([("commend", "051", "BWA/GOV", "org:AI", False, A, N, False),
       ("commend", "051", "BWA/GOV", "org:HRW", False, A, N, False)],
      "Botswana (2012); 'We also wish to commend responsible human-rights organizations, such as Amnesty "
      "International and Human Rights Watch, for the work they do' -> 051 (guideline: commend), 'wish to' "
      "performative -> asserted, one per organisation named (guideline compound split); Human Rights Watch -> "
      "org:HRW (guideline); Amnesty International -> new organisation code org:AI (as org:HRW, org:RSF); the "
      "unnamed other organisations dropped"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Cuba (2010): 'we will also have to fight for complete and general disarmament' = 'we' meaning all states "
          "and 'fight' figurative; 'the ongoing development of conventional weapons' has no agent (borderline a "
          "nominal 154 with no source)"),
 40: ([], "Croatia (2018): 'you need to share a vision and to work together' = a generic 'you', no actor"),
 41: ([], "Madagascar (2007): 'the world needs Africa to solve the problem of climate change' = uncoded collectives, "
          "a statement of need with no act between actors"),
 42: ([], "Senegal (1994): 'In Rwanda, a human tragedy on a virtually unprecedented scale took place' = the genocide, "
          "named by an evaluative noun with no agent and no act verb (guideline: event nouns without an agent not "
          "coded; borderline a nominal 202 null -> RWA/CVL)"),
 43: ([], "Comoros (2002): 'This next stage is also of crucial importance' = an evaluation of the legislative "
          "elections of the preceding sentence, no act"),
 44: ([], "Mongolia (1997): landlocked developing countries face obstacles = a description, no act"),
 45: ([("started a twinning initiative", "050", "FIN/GOV", "KEN/GOV", False, A, N, False)],
      "Finland (2010); 'Finland completed its own plan in 2008' = its national action plan on resolution 1325, a "
      "domestic act, not coded; 'we have now started a twinning initiative with Kenya' = a cooperation between the "
      "two governments on their 1325 action plans -> diplomatic cooperation 050 (held-out 10/11: cooperation with X "
      "050; borderline 061 or 073 as capacity-building aid) FIN/GOV -> KEN/GOV"),
 46: ([], "Bangladesh (2000): natural disasters (floods, cyclones, tidal surges) = no actor"),
 47: ([], "South Africa (2000): 'The founders of the United Nations based the Charter on the assertion of human "
          "dignity ...' = the content of the Charter, its founders an uncoded collective; no act between actors "
          "(borderline a historic 057 null -> null, README: signing the Charter 057)"),
 48: ([], "Lesotho (1995): least developed countries' share of population and income = statistics, no act"),
 49: ([("claims repeatedly made by Iraq", "128", "IRQ/GOV", "KWT/GOV", False, A, N, True)],
      "Kuwait (1992); 'the patently false claims repeatedly made by Iraq, in contravention of international "
      "treaties and commitments' = Iraq's claims on Kuwait and the boundary (the following sentence: 'Iraqi "
      "falsehoods also jeopardize ... the Iraq-Kuwait boundary demarcation process'), charged by the speaker with "
      "breaching treaties -> defy norms, law 128 (README: a claimed 'flagrant violation' of agreements is a nominal "
      "128 to each party), a claims noun with its agent named -> nominal, IRQ/GOV -> KWT/GOV (borderline bare KWT, "
      "the territory claimed; borderline not coded as statements, 01x); 'continue to shake the parameters of "
      "stability' is an effect"),
 50: ([], "Kazakhstan (1993): 'contradictory tendencies within the world community' = a description, no act"),
 51: ([("I salute", "051", "CPV/GOV", "GNB/GOV", False, A, N, False)],
      "Cape Verde (2008); 'I salute the delegation of Guinea-Bissau in this room' on the thirty-fifth anniversary of "
      "Guinea-Bissau's independence (preceding sentence) = a performative greeting and praise -> 051 (README: "
      "congratulating a people on a national day is 051), the delegation -> GNB/GOV"),
 52: ([], "Viet Nam (1992): domestic reform and renewal thanks to the Vietnamese people's efforts = domestic policy, no "
          "act between actors"),
}
