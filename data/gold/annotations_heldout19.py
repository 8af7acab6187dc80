"""Hand annotations for the NINETEENTH held-out event gold set (source of events-heldout19.jsonl).

Keyed by the row index of selection-heldout19.jsonl (output of select_heldout19.py).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout19.jsonl \
        --annotations annotations_heldout19 --output events-heldout19.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will continue working with the United Kingdom", "030", "USA/GOV", "GBR/GOV", False, F, N, False)],
     "Blinken and Yellen commending the UK's anti-corruption sanctions; future cooperation -> 030 future (guideline: "
     "future cooperative acts get 03x); 'other likeminded allies and partners' = collective, dropped; 'to impose "
     "tangible and significant consequences on those who engage in corruption' = the purpose of the cooperation "
     "against a generic class of wrongdoers, not coded separately (held-out 17 row 5: the content of coordinated "
     "next steps; borderline 163 future USA/GOV -> null)"),
 1: ([("U.S. funded programs will support Iraqis", "073", "USA/GOV", "IRQ/CVL", False, F, N, False)],
     "humanitarian assistance for Iraq (title); 'U.S. funded programs' = an inanimate subject standing for the US "
     "government's act (held-out 6 'This funding', held-out 9) -> material future act keeps its own code, 073 "
     "future (earlier sets 'funding will also help' 073 F); displaced Iraqis -> IRQ/CVL; 'displaced by ISIS' = "
     "a participle describing the beneficiaries, ISIS has no code (null source) and displacement is not a clear "
     "expulsion act -> not coded (borderline 174 null -> IRQ/CVL)"),
 2: ([], "Blinken 'will deliver remarks' to the Human Rights Council = a statement (01x); 'the threat posed by "
         "Russia' = risk, figurative (guideline); 'noting that' = 01x"),
 # --- State Dept random: demand
 3: ([], "Special Envoy Lenderking's trip (Yemen); 'We must capitalize on this momentum by securing a more lasting "
         "halt to fighting and a renewed peace process' = a deontic whose 'we' is the envoy with the region's "
         "parties and whose Y (securing a halt to the fighting) has no named counterpart -> not coded (borderline "
         "1056 USA/GOV -> null)"),
 4: ([], "'urges the international community' = an uncoded collective, Y = implement AML/CFT standards for virtual "
         "assets = rule compliance, not a codable behaviour -> not coded (held-out 16 row 54, held-out 8 row 66; "
         "borderline 100 USA/GOV -> null)"),
 5: ([("We call on Armenia and Azerbaijan", "1056", "USA/GOV", "ARM/GOV", False, A, N, False),
      ("We call on Armenia and Azerbaijan", "1056", "USA/GOV", "AZE/GOV", False, A, N, False)],
     "compound target split; Y = uphold ceasefire commitments by de-escalating -> 1056 (borderline 107)"),
 6: ([("We urge Turkish Cypriots and Turkey", "1042", "USA/GOV", "TUR/GOV", False, A, N, False)],
     "Varosha; the Turkish-Cypriot leadership has no code (held-out 4) -> coded for Turkey only; Y = reverse their "
     "decision and all steps since October 2020 = demand policy change 1042 (borderline 105 yield); 'their decision' "
     "is not a CAMEO act itself"),
 7: ([("We call upon PRC authorities", "1055", "USA/GOV", "CHN/GOV", False, A, N, False),
      ("the requests of Canadian officials", "1055", "CAN/GOV", "CHN/GOV", False, A, N, True)],
     "Spavor sentencing; Y = let Canadian and other foreign diplomats attend the proceedings = allow international "
     "involvement 1055 (borderline 1043 rights, consular access); the Canadian officials' requests = a nominal "
     "request of its author with the same Y (held-out 15: 'the call itself a nominal request of its author'), "
     "'other foreign diplomats' = uncoded collective, dropped"),
 8: ([("We continue to urge Putin", "1056", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("have committed war crimes", "200", "RUS/MIL", "UKR", False, A, N, False)],
     "Y = end the violence, rein in his forces, choose peace and diplomacy -> most specific, de-escalation 1056 "
     "(held-out 9); 'those [forces] who have committed war crimes' = a realised act named inside the request (held-out "
     "12 row 5) -> 200 RUS/MIL as the earlier sets' atrocities 'committed by Russia's forces', target Ukraine from "
     "the document (borderline UKR/CVL); 'the violence' has no agent in the sentence, not coded itself"),
 # --- State Dept random: cue
 9: ([("Secretary Blinken and FM Lapid discussed", "040", "USA/GOV", "ISR/GOV", False, A, N, False)],
     "symmetric discussion, from the document's government; 'the attack on the Mercer Street' has no agent in the "
     "sentence -> not coded"),
 10: ([("hearing directly from U.S. labor leaders", "040", "USA/GOV", "USA/LAB", False, A, N, False),
       ("looks forward to continued coordination", "030", "USA/GOV", "USA/LAB", False, F, N, False)],
      "meeting with the AFL-CIO Executive Council; labour leaders -> USA/LAB (new sector here; cross-sector domestic "
      "acts are coded, as USA/GOV -> USA/REL and USA/LEG in earlier sets); 'welcomed hearing directly from' = the "
      "consultation itself -> 040 (borderline 051, or a repeat of the first sentence's meeting); 'looks forward to "
      "continued coordination' -> 030 future (guideline 'look forward to')"),
 11: ([("detained under house arrest", "173", "NIC/GOV", "NIC/OPP", False, A, N, False),
       ("suffer abuses", "175", "NIC/GOV", "NIC/OPP", False, A, N, False)],
      "Nicaragua visa restrictions; agentless, but the previous sentence makes the agent plain ('The regime holds "
      "over 180 political prisoners') -> NIC/GOV from the context (guideline); political prisoners -> NIC/OPP "
      "(earlier set 'unjust detentions of political prisoners'); the abuses in detention -> repression 175 "
      "(earlier set 'ongoing abuses' -> 175; borderline not coded); being unable to choose health care or receive "
      "visitors = part of the same abuses, not coded separately"),
 12: ([("their government’s assaults on democracy and human rights", "175", "CUB/GOV", "CUB/CVL", False, A, N, True),
       ("the Department’s three rounds of visa restrictions", "172", "USA/GOV", "CUB/GOV", False, A, N, True),
       ("the Treasury Department’s four rounds of financial sanctions designations", "163", "USA/GOV", "CUB/GOV",
        False, A, N, True)],
      "Cuba visa restrictions; 'This action' (today's visa restrictions) is an event noun without an agent in the "
      "sentence, not coded; the Cuban government's 'assaults on democracy and human rights' = a metaphor for the "
      "real crackdown on the July 11 protesters in the context -> 175 (held-out 4 'a full assault on media "
      "freedom'), victims Cubans -> CUB/CVL (borderline: figurative, not coded); 'Cuban officials who enable' = "
      "not a CAMEO act; the Department's visa restrictions (172) and Treasury's sanctions designations (163) on Cuban "
      "officials = realised nominal acts with their agents -> USA/GOV -> CUB/GOV (earlier set row 48)"),
 13: ([("the United States and the Philippines signed", "057", "USA/GOV", "PHL/GOV", False, A, N, False)],
      "signing the civil nuclear cooperation MOU -> 057, symmetric, from the document's government; 'improves our "
      "cooperation ... strengthens our relationship' = its effect, not coded separately"),
 14: ([("reiterates its strong support", "051", "USA/GOV", "org:UN", False, A, N, False),
       ("reiterates its strong support", "051", "USA/GOV", "org:AU", False, A, N, False),
       ("reiterates its strong support", "051", "USA/GOV", "org:IGAD", False, A, N, False),
       ("to facilitate a political process", "045", "org:UN", "SDN", False, A, N, False),
       ("to facilitate a political process", "045", "org:AU", "SDN", False, A, N, False),
       ("to facilitate a political process", "045", "org:IGAD", "SDN", False, A, N, False)],
      "support for the combined efforts of UNITAMS (-> org:UN), the AU and IGAD -> 051 per named party (compound "
      "split); org:IGAD added (new); their efforts to facilitate the Sudanese political process = ongoing mediation "
      "with its brokers named -> 045 per broker (held-out 9), the parties (Sudanese stakeholders) not itemised -> "
      "the country SDN (borderline null as held-out 17 row 23)"),
 15: ([("Blinken is traveling to Central America", "042", "USA/GOV", "CRI", False, A, N, False),
       ("to engage with leaders from the region", "036", "USA/GOV", "org:SICA", False, F, N, False)],
      "release dated June 1 for a June 1-2 trip -> under way, 042 asserted (held-out 16 row 41, held-out 17), "
      "destination San Jose, Costa Rica -> CRI ('Central America' is a region); the meeting with leaders of the "
      "region at a SICA meeting -> 036 future (held-out 16 row 11), target org:SICA (new; borderline one event per "
      "country Costa Rica invites, listed in the next sentence)"),
 16: ([], "OBO selecting architecture firms: domestic procurement, no act between political actors"),
 17: ([("met today in Washington with", "040", "USA/GOV", "org:NATO", False, A, N, False),
       ("Russia’s invasion of Ukraine", "192", "RUS/MIL", "UKR", False, A, N, True)],
      "Sherman and NATO Deputy SG Geoana -> 040; Washington is the venue; Russia's invasion -> nominal 192 RUS/MIL "
      "-> UKR (earlier sets)"),
 18: ([("reaffirmed commitment to close cooperation", "030", "USA/GOV", "KOR/GOV", False, A, N, False),
       ("reaffirmed commitment to close cooperation", "030", "USA/GOV", "JPN/GOV", False, A, N, False)],
      "Blinken and FM Chung; a reaffirmed commitment to trilateral cooperation = intent stated as a fact -> 030 "
      "asserted, one event per pair from the document's government (held-out 16 row 13), Japan named as a party "
      "of the cooperation (borderline: KOR/GOV -> JPN/GOV too, or Japan dropped since it is not a party to the "
      "commitment); denuclearization of the Peninsula is the topic"),
 19: ([("We recognize and appreciate French contributions", "051", "USA/GOV", "FRA/GOV", False, A, N, False),
       ("applaud French leadership on climate", "051", "USA/GOV", "FRA/GOV", False, A, N, False)],
      "Bastille Day message; two praise acts of the same pair on different objects -> two 051 (held-out 16 row 22 "
      "codes a second act of the same pair; borderline one event); France's contributions to security in Africa "
      "and the Middle East have no named counterpart, not coded"),
 20: ([("The U.S. Navy installed automatic identification system antennas", "072", "USA/MIL", "COL", False, A, N,
        False)],
      "under the heading 'Colombia:'; the Navy installing maritime-awareness antennas on the Colombian coast = "
      "security equipment for Colombia -> military aid 072, the armed forces named -> USA/MIL, recipient not "
      "specified -> COL (borderline COL/MIL, the next sentence naming the Colombian Coast Guard and Navy, or 062)"),
 21: ([("They were joined by the Foreign Minister of Ukraine to discuss", "040", "USA/GOV", "UKR/GOV", False, A, N,
        False),
       ("Russia’s premeditated, unprovoked, and unjustified attack on Ukraine", "190", "RUS/MIL", "UKR", False, A, N,
        True)],
      "'They' = Blinken and the G7 foreign ministers and EU High Representative (previous sentence); the multilateral "
      "call joined by FM Kuleba -> 040 coded once from the document's government to the newly joining party "
      "(symmetric rule; borderline one event per G7 member and org:EU -> UKR/GOV); Russia's attack -> nominal 190 "
      "RUS/MIL -> UKR (held-out 16 rows 17, 19)"),
 22: ([], "Sherman, Mori and Choi; 'the discussion emphasized the importance of preserving peace in the Taiwan "
          "Strait' = a statement of importance, no act (the discussion noun has no agent here)"),
 23: ([("condemn", "111", "CAN/GOV", "RUS/GOV", False, A, N, False),
       ("condemn", "111", "DNK/GOV", "RUS/GOV", False, A, N, False),
       ("condemn", "111", "FIN/GOV", "RUS/GOV", False, A, N, False),
       ("condemn", "111", "ISL/GOV", "RUS/GOV", False, A, N, False),
       ("condemn", "111", "NOR/GOV", "RUS/GOV", False, A, N, False),
       ("condemn", "111", "SWE/GOV", "RUS/GOV", False, A, N, False),
       ("condemn", "111", "USA/GOV", "RUS/GOV", False, A, N, False),
       ("Russia’s unprovoked invasion of Ukraine", "192", "RUS/MIL", "UKR", False, A, N, True)],
      "joint Arctic Council statement whose subject names the seven governments -> compound source split, one 111 "
      "each (guideline 'Sherman and Park condemned'; a joint 'We' would be USA/GOV only); Kingdom of Denmark -> DNK; "
      "the invasion -> nominal 192 RUS/MIL -> UKR; 'note the grave impediments ... that Russia's actions have "
      "caused' = 01x and an effect, not coded"),
 24: ([("our decades of security cooperation", "062", "USA/GOV", "DNK/GOV", False, A, N, True)],
      "US-Denmark Defense Cooperation Agreement talks; 'our' = 'our countries' (previous sentence) -> the US and "
      "Denmark from the context; decades of security cooperation = a realised cooperation noun naming its parties "
      "-> nominal 062 military cooperation (held-out 11 cooperation nouns as 050; borderline 050); 'These "
      "negotiations' has no agent in the sentence, not coded"),
 25: ([], "condolences on Lord Trimble; 'his tenacity during early political negotiations' and 'his commitment to "
          "work across the sectarian divide' describe his character, the counterparts unnamed (borderline 046 "
          "GBR/GOV -> null)"),
 26: ([], "internal: the Department's Equity Action Plan"),
 27: ([("negotiations between the parties", "046", "LBN/GOV", "ISR/GOV", False, D, N, True)],
      "Israel-Lebanon maritime talks; 'the parties' = Lebanon and Israel, named in the previous sentence (context "
      "rule), first-named first; 'progress can only be reached through negotiations between the parties' = the "
      "parties need to negotiate -> 046 demanded, nominal (guideline: 'it is important to ...' -> demanded; new: a "
      "'can only be reached through' necessity read as deontic; borderline: a generic statement, not coded)"),
 # --- State Dept random: nocue
 28: ([], "Blinken on ABC; 'we're demonstrating that democracies can deliver' = no act; 'Biden has done a very "
          "effective job in bringing all of our countries together in common cause' = an evaluation of the G7's "
          "unity, no specific act (borderline 043 or 050 USA/GOV -> org:G7); China is a topic"),
 29: ([], "RSVP deadline fragment"),
 30: ([], "Blinken on the US-Costa Rica migration arrangement; 'We seek to expand access to resettlement ... and to "
          "pursue the criminal smugglers and traffickers' = policy aims toward unnamed classes (migrants, "
          "smugglers) with no coded counterpart (held-out 17 row 36; borderline 075 and 173 future USA/GOV -> null)"),
 31: ([], "Blinken before meeting FM Hoekstra; 'It' = the US-Netherlands partnership (previous sentence), valued = an "
          "evaluation, the partnership noun not in the sentence (borderline nominal 050 USA/GOV -> NLD/GOV)"),
 32: ([], "Our Ocean Conference concluded with 400 commitments by unnamed participants: null-null, not coded"),
 33: ([], "'reiterated the United States' commitment to complete denuclearization of the Korean Peninsula and "
          "immediate resolution of the abductions issue' = a policy commitment with no named counterpart (held-out "
          "17 row 18; borderline 030 USA/GOV -> PRK/GOV)"),
 34: ([], "media contact"),
 35: ([], "a business leader's board memberships: no act"),
 36: ([], "'underscored the U.S. commitment to the NPT' = a commitment to a treaty, abstract policy position"),
 37: ([], "internal: structure of the new CDP bureau"),
 38: ([], "'Today's designations' = the Department's own designations, an event noun with no agent in the sentence "
          "and the designated al-Qa'ida/HTS financiers without a code -> not coded (borderline nominal 163 USA/GOV "
          "-> null); 'underscore the need for vigilance' is a statement"),
 39: ([("will continue and update the first mission’s impartial work to establish facts", "094", "org:OSCE",
        "RUS/MIL", False, F, N, False)],
      "OSCE Moscow Mechanism; the second expert mission (appointed under the OSCE mechanism -> org:OSCE) will "
      "continue the fact-finding on violations of human rights and humanitarian law in Ukraine = investigate war "
      "crimes 094, future; the investigated party = 'Russian forces' (first sentence of the document: 'violations "
      "... by Russian forces in Ukraine') -> RUS/MIL from the context (new: an international fact-finding mission is "
      "coded as CAMEO 09x, which earlier sets did not meet; borderline target UKR, the place)"),
 40: ([], "Sherman in Vientiane; 'emphasized the U.S. prioritization of its relationship with Laos' = the importance "
          "attached to a relationship, an evaluation (held-out 17 row 22), and the shared commitment to common "
          "interests (ASEAN centrality, rule of law) is abstract (borderline 030 USA/GOV -> LAO/GOV)"),
 41: ([("reaffirms our willingness to work with partners", "030", "USA/GOV", N, False, A, N, False)],
      "Summit for Democracy; an explicit intent to cooperate stated as a fact -> 030 asserted, partners unnamed -> "
      "target null (borderline: not coded as an abstract commitment, held-out 17 row 36); implementing commitments "
      "to strengthen democracy is the purpose"),
 # --- UNGDC random: neg
 42: ([("the terrorism of Hamas", "180", "PSE/REB", N, False, A, N, True),
       ("the genocide being carried out by Netanyahu’s Israel", "202", "ISR/GOV", "PSE/CVL", False, A, N, True),
       ("We denounce", "111", "CHL/GOV", "ISR/GOV", False, A, N, False)],
      "Chile (Boric, 2024); the span holds four splitter sentences; 'I refuse to choose between' = a refusal to take "
      "sides, not an act toward an actor, not coded (borderline 120 CHL/GOV -> null); 'the terrorism of Hamas' = a "
      "nominal with its agent -> 180 PSE/REB (held-out 4: Hamas -> PSE/REB), victims not named -> target null; 'the "
      "genocide being carried out by Netanyahu's Israel' -> mass killing 202 (guideline: killings of many civilians "
      "-> 202; borderline 203), 'Netanyahu's Israel' -> ISR/GOV, victims the Palestinian people ('Palestinian "
      "territories', 'slaughter of the Palestinian people' in the context) -> PSE/CVL; 'We should not be forced to "
      "choose' = agentless, no act; 'We denounce the illegal occupation ... and the de facto denial of a "
      "Palestinian state' -> 111, target Israel from the same span (context rule); the occupation noun has no agent "
      "of its own, not coded (borderline 192 ISR/MIL -> PSE)"),
 43: ([], "Guatemala: COVID-19 showed that States are not prepared to deal with threats cooperatively: no act, "
          "'not prepared' is not an event negation"),
 44: ([("made it absolutely clear that unilateral actions will not be left unanswered", "130", "org:EU", "TUR/GOV",
        False, A, N, False)],
      "Greece (Mitsotakis, 2020); the EU's warning that unilateral actions threatening member states' rights will be "
      "answered = a threat, itself asserted (guideline; earlier set 'made very clear' 130), the unspecified response "
      "not coded; 'unilateral actions' = Turkey's (previous sentences) -> target TUR/GOV from the context; the EU's "
      "statement is the event itself, so reported_by null; 'will not be left unanswered' is resolve, not negation; "
      "'they threaten sovereign rights' is figurative"),
 45: ([("I also urge those countries", "1042", "KAZ/GOV", N, False, A, N, False)],
      "Kazakhstan; the countries that have not joined the TPNW are unnamed -> target null (held-out 17 row 3); Y = "
      "join the treaty = a policy change 1042 (borderline 100); 'who have not joined' describes the unnamed "
      "addressees (null-null negated 057, not coded)"),
 46: ([], "Jordan: 'nor should our cooperation [stop at borders]' = 'our' = all, an abstract deontic"),
 # --- UNGDC random: future
 47: ([("will remain ready and willing to reach out to North Korea", "030", "KOR/GOV", "PRK/GOV", False, F, N,
        False)],
      "Republic of Korea (Moon, 2021); 'the international community, together with Korea' -> the collective dropped, "
      "Korea (the speaker's government) kept; readiness to reach out in a cooperative spirit = intent to cooperate "
      "(held-out 9 'stands ready to engage' 03x), 'will' -> future (borderline: optative 'I expect that', not coded, "
      "held-out 5)"),
 48: ([("Russia’s invasion of Ukraine", "192", "RUS/MIL", "UKR", False, A, N, True)],
      "Australia; the invasion -> nominal 192 RUS/MIL -> UKR; 'if we waver in our response' ('we' = member states) "
      "and 'validating breaches' are no codable acts"),
 # --- UNGDC random: demand
 49: ([], "Gabon: 'We must reinvent solutions to contemporary threats': deontic, Y not a CAMEO act"),
 50: ([], "Uruguay: 'We must avoid falling prey to nationalism and protectionism': deontic, Y not an act between "
          "actors"),
 51: ([("we call on all parties", "1056", "QAT/GOV", N, False, A, N, False)],
      "Qatar (2022); 'all parties' in Afghanistan unnamed -> null (held-out 16 row 4, 17 row 3); Y = maintain and "
      "build on the gains of the Doha peace agreement -> 1056 (held-out 17 row 3: maintaining a truce; borderline "
      "100)"),
 52: ([], "Belgium on Afghan girls: 'They are forced to get married' = agentless passive, forced marriage not a clear "
          "act of a political actor (borderline 175 null -> AFG/CVL)"),
 # --- UNGDC random: cue
 53: ([("I am appealing to the international community", "1031", "VCT/GOV", N, False, A, N, False)],
      "Saint Vincent and the Grenadines; appeal = request 10x (guideline), the international community (our dear "
      "friends) -> null; Y = assist with grants rather than loans -> economic aid 1031"),
 54: ([("more active cooperation with the UN", "050", N, "org:UN", False, D, N, True)],
      "Turkmenistan; 'All of this requires more active cooperation with the UN' = a necessity without a request verb "
      "(guideline 'it is important to ...') -> the cooperation coded with modality demanded, nominal; its agent = "
      "the states of Central Asia, unnamed -> source null (held-out 15: member states in general -> null; "
      "borderline TKM/GOV from 'Turkmenistan is ready to work on this' in the next sentence, or not coded)"),
 55: ([("to be led by France and Costa Rica", "043", "FRA/GOV", N, False, F, N, False),
       ("to be led by France and Costa Rica", "043", "CRI/GOV", N, False, F, N, False)],
      "Papua New Guinea; support for convening the next UN Ocean Conference = an abstract position on a UN process "
      "(held-out 7: support for 'the start of negotiations' not coded; borderline 051 PNG/GOV -> FRA/GOV, CRI/GOV); "
      "the conference to be co-led by France and Costa Rica = convening a meeting, future -> 043 per host "
      "(held-out 16 row 12), participants unnamed -> null"),
 56: ([("I attended a meeting of Iraqi women", "040", "IRQ/GOV", "IRQ/CVL", False, A, N, False)],
      "Iraq (President Salih, 2020); attending a meeting of Yazidi, Turkmen and Shabak women survivors -> 040 "
      "IRQ/GOV -> IRQ/CVL (cross-sector domestic, as held-out 17 row 43; borderline: domestic, not coded); 'survived "
      "barbaric acts and the atrocities of terrorism' = agentless (ISIS has no code), not coded"),
 57: ([("we strongly condemn", "111", "BOL/GOV", "USA/GOV", False, A, N, False),
       ("imposed by the United States", "163", "USA/GOV", "CUB", False, A, N, False)],
      "Bolivia; condemnation -> 111 to the imposer; the economic, financial and commercial 'blockade' of Cuba = an "
      "embargo -> 163 (held-out 17 row 29: embargo 163; earlier set 'coercive measures imposed by the United "
      "States' 163 with trigger 'imposed'; borderline 191 by the word 'blockade', which the guideline gives for "
      "military blockades), target 'our brother nation, Cuba' -> the country CUB (sanctions on countries -> bare "
      "country, earlier sets)"),
 58: ([], "Peru: commitment to the elimination of nuclear weapons and rejecting 'any testing, use, or threat of their "
          "use' = abstract policy positions with no actor (borderline 120 PER/GOV -> null)"),
 59: ([("we repeat the call for predictable and sustainable financing", "1031", "ZAF/GOV", N, False, A, N, False)],
      "South Africa; a call with no named addressee (the industrialised nations, an uncoded collective) -> 1031 "
      "target null (held-out 16 row 59); 'The industrialised nations are not honouring their climate commitments' = "
      "an uncoded collective not complying with obligations (not a codable behaviour), not coded"),
 60: ([("Japan has provided support for the establishment", "070", "JPN/GOV", "GHA", False, A, N, False),
       ("assisted in the training", "070", "JPN/GOV", "GHA", False, A, N, False)],
      "Japan; support for establishing the Noguchi Memorial Institute in Ghana and assistance in training its "
      "technologists = two aid acts (unspecified kind -> 070; borderline 071), recipient the institute in Ghana -> "
      "the country GHA (borderline GHA/EDU); two predicates -> two events (borderline one)"),
 61: ([("We express our satisfaction at the positive developments", "051", "DZA/GOV", "MLI", False, A, N, False)],
      "Algeria; satisfaction at the positive developments of Mali's peace agreement implementation = welcome -> 051 "
      "(held-out 8: acknowledging progress is 051), the parties of the agreement not named -> the country MLI "
      "(borderline null, or 01x); the spread of terrorist threats is agentless"),
 62: ([], "Brazil: support for Security Council reform = abstract (held-out 7); 'where we seek a permanent seat' = "
          "an aim, no request verb to an addressee (borderline 1044 BRA/GOV -> org:UN)"),
 63: ([("reckless escalation of nuclear or intercontinental ballistic missile activities", "150", "PRK/MIL", N,
        False, A, N, True),
       ("reckless escalation of nuclear or intercontinental ballistic missile activities", "150", "IRN/MIL", N,
        False, A, N, True)],
      "Czechia; 'In North Korea and Iran' = the states whose nuclear and ICBM activities escalate -> nominal 150 per "
      "country (guideline: missile launches and weapons tests -> 150; earlier sets PRK/MIL for DPRK launches), "
      "target null; 'threaten international and regional security' = risk, figurative (borderline 154 build-up, "
      "or Iran not coded since its nuclear activity is not a test)"),
 64: ([], "Seychelles: disunity and distrust threaten: figurative, no actor"),
 65: ([], "Congo: only a consensus-based approach can help: no actor pair"),
 66: ([("We are grateful to our international partners", "051", "UKR/GOV", N, False, A, N, False),
       ("the help and support", "070", N, "UKR/GOV", False, A, N, True)],
      "Ukraine (2020); thanks to unnamed partners -> 051 target null (held-out 15); their help and support -> "
      "nominal 070 with source null (held-out 15 row 42, held-out 17 row 62; borderline 051 diplomatic support)"),
 # --- UNGDC random: nocue
 67: ([], "Jordan: 'We speak for victims': no act"),
 68: ([], "Montenegro: lakes at their lowest levels: no act"),
 69: ([("Let me also extend my congratulations to you", "051", "SLE/GOV", "org:UNGA", False, A, N, False)],
      "Sierra Leone; congratulating Mr. Korosi, the President of the General Assembly -> 051 to org:UNGA (held-out 4 "
      "row 74 and later sets); 'Let me' is performative -> asserted; his assumption of the presidency is not an "
      "act toward another actor"),
 70: ([], "Holy See: the situation in the Sudan 'continues to be of great concern' = 01x"),
 71: ([], "Colombia: revenue collection and public finances: domestic"),
 72: ([], "Côte d'Ivoire: the Government's development plans improved progress on the SDGs: domestic"),
 73: ([], "Slovenia: recognising water preservation as key to biodiversity: a policy view, no act"),
 74: ([("I join others in congratulating", "051", "VNM/GOV", "org:UNGA", False, A, N, False)],
      "Viet Nam; congratulating Csaba Korosi on his election as President of the General Assembly -> 051 to "
      "org:UNGA (earlier sets); 'others' = an uncoded collective, not a second source; 'his election' has no agent"),
 75: ([], "Netherlands: 'we're having a virtual Assembly': no act"),
}
