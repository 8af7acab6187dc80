"""Hand annotations for the HUNDRED-AND-EIGHTY-FOURTH held-out event gold set (source of events-heldout184.jsonl).

Keyed by the row index of selection-heldout184.jsonl (output of select_bulk_sentence_heldout.py 184; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout184.jsonl \
        --annotations annotations_heldout184 --output events-heldout184.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019: neg
 0: ([], "Iceland (2010): 'If we do not take drastic action, more radical action than what was agreed in "
         "Copenhagen' = 'we' the wealthy nations of the world (an uncoded collective, the sentence before), a "
         "conditional about climate action; 'what was agreed in Copenhagen' is the Copenhagen Accord of all states, "
         "an agreement among an uncoded collective, not coded (borderline a 057 with no source and no target); "
         "'future generations will see ours as serial offenders' is an imagined judgement, no act"),
 1: ([], "European Union (2012): 'without multilateral cooperation on issues ranging from fighting climate change to "
         "reducing poverty ... we will not succeed' = 'we' meaning all states (held-out 42/43), a generic conditional; "
         "'will not succeed' negates an outcome, not an event; not coded"),
 2: ([], "Madagascar (2018): democratic governance 'does not always enjoy unanimous support among nations' = a "
         "description of attitudes of uncoded nations, no act; 'are recognized as democracies' is agentless status"),
 3: ([], "Latvia (1992): 'the security of small States should be a central concern of the Organization' = a deontic "
         "about the UN's priorities with no codable behaviour; 'there does not exist a balance of power or agreement "
         "on goals between small States and their larger neighbours' describes a state of affairs between uncoded "
         "classes of states, not a negated event (borderline a negated 057 null -> null)"),
 4: ([("refuse to comply", "1246", "ISR/GOV", "org:UNSC", False, A, N, False),
      ("calls for", "1056", "org:UNSC", "ISR/GOV", False, A, N, False)],
     "Jordan (1992); 'Israel continues to refuse to comply with Security Council resolution 425 (1978)' = an explicit "
     "refusal (guideline: REJECT, negated false) that takes the code of what was refused (held-out 34/35; held-out "
     "173: 'persisting in its refusal to implement Security Council resolutions 242, 338 and 425' one 1246 to "
     "org:UNSC), what 425 demands being withdrawal from southern Lebanon -> refuse to de-escalate 1246 ISR/GOV -> "
     "org:UNSC (borderline 128 defy norms, or target bare LBN); 'which calls for Israel's withdrawal from southern "
     "Lebanon' = the resolution as inanimate subject stands for the Council that adopted it (held-out 54-61: an "
     "inanimate resolution stands for the Council) -> a request (guideline: call for -> 10x) whose Y is military "
     "withdrawal -> 1056 org:UNSC -> ISR/GOV, asserted (the resolution's standing demand); the withdrawal is Y, "
     "not coded separately (guideline); Israel's occupation of southern Lebanon is implied, not named as an event "
     "noun, and not coded (borderline a nominal 192 ISR/GOV -> LBN)"),
 5: ([("provided assistance", "070", "MMR/GOV", N, True, A, N, False)],
     "Myanmar (2004); 'We have neither provided assistance to those involved in terrorist acts nor safe haven to "
     "them, and we never will' = plain negation of a support act (guideline: negated, keeps its own code); "
     "harbouring terrorists is support 070 (held-out 5), so assistance and safe haven are the same code and pair, "
     "coded once (borderline a second event, or 075 for the safe haven); 'and we never will' restates the same act "
     "for the future, coded once (held-out 150: 'does not and will not support any kind of militancy' one negated 070 "
     "with no target; borderline a second, negated future 070); the unnamed terrorists have no code -> target null"),
 6: ([], "Trinidad and Tobago (1996): 'All of our national efforts will be in vain if we do not have a supportive "
         "regional and international environment' = a conditional about an environment and market access, no actor "
         "and no act"),
 7: ([], "Somalia (2001): 'The international community is under a moral obligation to come to the aid of those "
         "States' = a deontic whose source is an uncoded collective and whose recipients, 'those States' (fragile and "
         "unstable States in conflict, the sentence before), are an unnamed class -> null-null, not coded (held-out "
         "54-61: acts between uncoded collectives; borderline a demanded 070 null -> SOM/GOV, the speaker's country "
         "being implied among them); 'so that they do not become vulnerable' is a purpose"),
 # --- UNGDC 1990-2019: future
 8: ([], "Dominican Republic (2010): 'We also need a paradigm change or a new strategic vision that will focus our "
         "efforts to fight the problem' (drug trafficking) = 'we' meaning all states (held-out 42/43), a policy "
         "need with no counterpart; not coded"),
 9: ([], "Andorra (2019): 'we have launched an ambitious public and private investment plan to increase national "
         "electricity production' = a domestic energy programme, no act between actors (held-out 134: domestic "
         "programmes uncoded)"),
 10: ([], "Eritrea (1995): 'My Government is convinced that the wealth of his experience and abilities will prove "
          "vital' = a belief about the new President of the General Assembly, an evaluation (the congratulation lies "
          "in the sentence before); 'as we search for new and innovative mechanisms' = 'we' meaning all states; not "
          "coded"),
 # --- UNGDC 1990-2019: demand
 11: ([], "Denmark (1994): 'They [peace-keepers] must be ensured the highest possible standard of protection' = an "
          "agentless deontic passive about the safety of United Nations personnel, the protection meant being a "
          "legal and security standard (the text after: 'a legally binding treaty in this field'), not a codable "
          "behaviour of a named provider (guideline: if Y is not a codable behaviour, nothing is coded); borderline a "
          "demanded 074 null -> org:UN"),
 12: ([], "Paraguay (1997): 'the significant progress made in the institutional framework of this process, with "
          "electoral reform' = a domestic reform, no act between actors"),
 13: ([], "Pakistan (2013): 'we should prepare ourselves to respond effectively to save our planet from the ravages "
          "of climate change' = 'we' meaning all states (held-out 42/43), no act between actors"),
 14: ([("improving links", "050", "org:G20", N, False, D, N, False)],
      "Malaysia (2009); 'the G-20 must simultaneously address ways of improving links with the broader "
      "international community' = a deontic with no request verb -> the G-20's own act, demanded (guideline), "
      "org:G20 (README: `org:G20` added); improving links = diplomatic cooperation 050 with an uncoded collective -> target null "
      "(held-out 173: 'requires us to work intensively with the entire international community' a demanded 050 with "
      "no target); borderline not coded as a global-governance reform proposal, like UN reform positions; 'in "
      "addressing ways of maximizing cooperation among themselves' is the frame of the demand, the G-20's internal "
      "cooperation not coded separately (borderline a 050 org:G20 -> org:G20)"),
 15: ([], "Equatorial Guinea (2000): 'we must see to it that the activities and the follow-up of the World Summit for "
          "Children are integrated with economic actions' = 'we' meaning all states (held-out 42/43), an agentless "
          "programme integration; not coded"),
 16: ([], "Angola (2019): the tension on the Korean peninsula 'should remain one of the major concerns of the "
          "international community' = a deontic about concern (01x, not coded) of an uncoded collective; the "
          "'prevailing tension' has no agent and no act"),
 # --- UNGDC 1990-2019: cue
 17: ([], "Republic of Moldova (2015): 'We welcome and support every concrete effort directed at ensuring the reform "
          "of all United Nations structures' = support for UN reform, an abstract policy position (README: 'support "
          "for UN reform' not coded; held-out 52/53, 54-61), the efforts' authors unnamed; borderline a 051 to "
          "org:UN"),
 18: ([], "Turkmenistan (1995): a fragment cut by the splitter after 'I would like to set out some parameters of'; "
          "the verb 'set out' lies before the cut, and 'in order to make sure that it is correctly understood by our "
          "partners in the United Nations and supported by them' is a purpose, a hoped-for support from uncoded "
          "partners (held-out 32/33: hopes about others' support are optative); not coded (borderline a hypothetical "
          "051 with no source to TKM/GOV)"),
 19: ([], "Austria (2001): 'Only sincere negotiations and a sincere renunciation of violence can bring a rapprochement "
          "of the two parties' = a generic conditional about the Middle East conflict whose two parties the speech "
          "never names (Israel and the Palestinians appear nowhere in it); not coded (borderline hypothetical nominal "
          "046, 120 and 050 ISR/GOV <-> PSE/GOV from outside knowledge, held-out 123)"),
 20: ([("resuming diplomatic relations", "050", "TCD/GOV", "TWN/GOV", False, A, N, False),
       ("to diversify their relations", "030", "TCD/GOV", N, False, A, N, False),
       ("to diversify their relations", "030", "TCD/CVL", N, False, A, N, False)],
      "Chad (1997); 'In resuming diplomatic relations with the Republic of China' = Chad's re-establishment of "
      "relations with Taiwan in August 1997, realised -> 050 (held-out 154: the 'restoration of diplomatic relations' "
      "a 050; borderline 054 recognition), the Republic of China -> TWN/GOV (held-out 141: Tuvalu's 'Republic of "
      "China' TWN/GOV), a gerund verb -> not nominal, coded from the Government only since only a government "
      "resumes diplomatic relations (borderline a second 050 from TCD/CVL); 'the Government and people of Chad have "
      "no intention other than to diversify their relations of friendship and cooperation with all peace- and "
      "justice-loving countries' = an explicit intent stated as a fact (guideline: 03x asserted), 'no intention "
      "other than' affirming that intent rather than negating it, to an uncoded class of countries -> target null "
      "(held-out 111: 'seeks to participate ... in initiatives for regional cooperation' 030 with no target), one "
      "from the Government and one from the people (README: a joint expression by a government and its "
      "people is one event each); borderline uncoded as a disclaimer of motive (held-out 154: the negation of a "
      "motive), or from TCD/GOV only"),
 21: ([("supports the call", "106", "JAM/GOV", N, False, A, N, False)],
      "Jamaica (2013); 'Jamaica supports the call for an international discussion in a non-confrontational manner "
      "on the question of reparations' = joining a call is the speaker's own request, asserted (held-out 32/33: 'we "
      "must support the call for' the speaker's own request; held-out 117: joining an unattributed call is the "
      "speaker's request with no target), Y = an international discussion -> demand meeting/negotiation 106; the "
      "call's author (the Caribbean Community's reparations initiative) and its addressees (the former slave-"
      "trading powers) are never named in the speech -> target null and no nominal call of an author (borderline "
      "a 051 with no target, or a nominal 106 null -> null)"),
 22: ([("pursues an active policy", "050", "ARM/GOV", "org:CIS", False, A, N, False),
       ("pursues an active policy", "050", "ARM/GOV", "org:OSCE", False, A, N, False),
       ("pursues an active policy", "050", "ARM/GOV", "org:BSEC", False, A, N, False)],
      "Armenia (1992); 'Armenia pursues an active policy in the Commonwealth of Independent States, in the CSCE and in "
      "the Black Sea economic cooperation process' = habitual active participation in three organisations -> "
      "diplomatic cooperation 050, one per organisation (guideline: compound split; held-out 156: Cyprus's 'played an "
      "active role in the work of the United Nations' a 050 to org:UN; borderline 040, following set 142's 'active "
      "presence in ... forums'); the CSCE of 1992 -> org:OSCE (README: the CSCE of 1991 `org:OSCE`), the CIS -> org:CIS, the Black Sea "
      "Economic Cooperation launched in June 1992 -> org:BSEC (README: `org:BSEC` added; borderline target null for a 'process' "
      "not yet an organisation)"),
 23: ([("agreement reached", "057", "org:WTO", N, False, A, N, False)],
      "Guinea (2004); 'The recent agreement reached by the General Council of the World Trade Organization at Geneva' "
      "= the July 2004 framework agreement on the Doha agenda, adopted by the WTO's General Council -> 057 from "
      "org:WTO (held-out 5: org:WTO) with no target (held-out 139: 'the Security Council failed to agree' a negated 057 "
      "from org:UNSC with no target), a participle -> not nominal (held-out 76 row 29: 'broad agreement reached' not "
      "nominal); Geneva is a place; borderline not coded as an agreement among the uncoded WTO membership (held-out "
      "77 row 18); 'is a beneficial step in the right direction' = an evaluation, not coded (held-out 142: 'were "
      "steps in the right direction' uncoded; borderline a 051 GIN/GOV -> org:WTO, as set 143's 'are welcome "
      "steps')"),
 24: ([("need to cooperate", "061", "GHA/GOV", N, False, D, N, False)],
      "Ghana (1997); 'we the countries of the developing world need to cooperate more among ourselves' = a statement "
      "of need -> demanded (guideline), the subject a class of states that the speaker belongs to, coded for the "
      "speaker only (held-out 133: 'We nations of South America' coded for the speaker only), the other developing "
      "countries uncoded -> target null; South-South cooperation in trade, investment and finance (the sentence "
      "after) -> economic cooperation 061 (borderline 050); borderline not coded, 'we' meaning an open class of "
      "states like 'we meaning all states' (held-out 42/43)"),
 25: ([("supports", "051", "UKR/GOV", "GEO", False, A, N, False)],
      "Ukraine (2002); 'Ukraine unconditionally supports the sovereignty and territorial integrity of Georgia' = "
      "verbal support (guideline: 051) for a state's sovereignty -> to the bare country GEO (held-out 122: 'Jordan "
      "supports a united and stable Iraq' a 051 to bare IRQ; borderline GEO/GOV, or 052 defend verbally)"),
 26: ([], "Lao PDR (2016): 'This leads to an escalation of crimes and terrorist attacks' = 'This' the use of armed "
          "forces to resolve conflicts in unnamed regions (the sentence before); agentless crimes and attacks with "
          "no named victim, a generalisation, not coded (held-out 176: agentless terrorist attacks 'throughout the "
          "world' uncoded)"),
 27: ([], "Mexico (1992): 'obvious advances have been made which enable us to look with hope to the potential of the "
          "United Nations' = agentless advances and a hope, no act"),
 28: ([("hosted", "0861", "HRV/GOV", "org:UN", False, A, N, False)],
      "Croatia (1997); 'Croatia hosted two large-scale United Nations peace operations: UNPROFOR and UNCRO' = "
      "receiving peacekeeping deployments -> 0861 to org:UN (README: 'has hosted five separate peacekeeping "
      "operations' 0861 to org:UN), one verb and one pair for both operations -> coded once (borderline one per "
      "operation, or an added nominal 074 org:UN -> bare HRV per operation)"),
 29: ([], "Monaco (2005): 'the main focus of Monaco's cooperation policies are those defined in the framework of the "
          "Millennium Development Goals' = a description of the priorities of its development-aid policy, no aid act "
          "with a recipient (held-out 176: a generalisation about aid kinds uncoded); borderline a nominal 070 MCO/GOV "
          "with no target (held-out 128: Monaco's increased cooperation for climate adaptation a 070)"),
 30: ([("supports and welcome", "051", "GNQ/GOV", "ZAF/GOV", False, A, N, False),
       ("supports and welcome", "051", "GNQ/GOV", "ZAF/OPP", False, A, N, False),
       ("the release of Nelson Mandela", "0841", "ZAF/GOV", "ZAF/OPP", False, A, N, True),
       ("direct negotiations", "046", "ZAF/GOV", "ZAF/OPP", False, A, N, True)],
      "Equatorial Guinea (1990); 'supports and welcome the positive steps which have been taken in South Africa' = "
      "support and welcome, the same code and pair, one 051 per named party of the steps (README: welcoming "
      "several developments is 051 to each named party, the developments coded too): the South African Government "
      "and the ANC ('the leaders of the African Congress'), the ANC of 1990 -> ZAF/OPP (README: the ANC of 1990 `OPP`); 'the release "
      "of Nelson Mandela and other political prisoners' -> nominal 0841 by ZAF/GOV (README: Mandela's release "
      "0841 by ZAF/GOV), to ZAF/OPP, the other political prisoners folded in (borderline a second 0841 to ZAF/CVL); "
      "'the start of direct negotiations between the South African authorities and the leaders of the African "
      "Congress' = a negotiation noun naming its parties -> nominal 046 from the first-named (held-out 36/37: "
      "welcoming talks codes the negotiations 046), realised by September 1990 -> asserted"),
 31: ([("support", "070", N, "TCD/GOV", False, D, N, False)],
      "Chad (2018); 'Such work' = the fight against terrorism by 'our States' in the Multinational Joint Task Force "
      "and the G-5 Sahel (the sentence before) 'deserves the full attention and support of the international "
      "community, more so through action than through statements' = a statement of need for material support "
      "(held-out 110: 'deserve to be commended' deontic; held-out 46/47: statements of need are demanded aid with no "
      "source) -> demanded 070 with no source, 'our States' coded for the speaker only since no other member is "
      "named (held-out 133, 145; borderline target null); 'promises often left unfulfilled' is a generalisation about "
      "unnamed promisers, not coded (borderline a negated 033 null -> TCD/GOV)"),
 32: ([("welcomes", "051", "CPV/GOV", "CHE/GOV", False, A, N, False)],
      "Cape Verde (2002); a fragment cut by the splitter, 'Cape Verde welcomes the admission of the Swiss' "
      "[Confederation to the United Nations], the object completed from the text after (held-out 44/45: a part "
      "cut off by the splitter is taken from the context; README: coded when the verb is in the sentence) -> "
      "051 to CHE/GOV (held-out 116: congratulating Switzerland on joining the UN a 051 to CHE/GOV, the joining not "
      "coded; held-out 142: 'We welcome membership of East Timor' 051 to TLS/GOV)"),
 33: ([("cannot fail to note the positive", "051", "QAT/GOV", "LBY/GOV", False, A, N, False),
       ("in cooperation with the other parties", "050", "LBY/GOV", "USA/GOV", False, A, N, True),
       ("in cooperation with the other parties", "050", "LBY/GOV", "GBR/GOV", False, A, N, True),
       ("in cooperation with the other parties", "050", "LBY/GOV", "FRA/GOV", False, A, N, True)],
      "Qatar (2003); 'I cannot fail to note the positive gesture ... by the Libyan Government's closing of the "
      "Lockerbie file' = litotes, an approving acknowledgement of a government's act -> 051 to LBY/GOV (held-out 161: "
      "'I cannot fail to welcome' litotes, a 051; README: acknowledging a government's progress 051; borderline "
      "an uncoded 01x 'note'); 'an outcome that was achieved in cooperation with the other parties concerned' = a "
      "cooperation noun whose parties are named in the sentence after ('the positive response of the Governments of "
      "the United States, the United Kingdom and France to that gesture') -> nominal 050 from Libya, one per party "
      "(guideline: missing participant from context; borderline USA/GOV and GBR/GOV only, the Lockerbie parties "
      "proper); the closing of the file itself is the outcome of that cooperation, not coded separately (borderline "
      "a nominal 080 yield or 057 of LBY/GOV); 'in the context of United Nations institutions' (the lifting of "
      "sanctions) is a setting, not coded"),
 34: ([("supported from abroad", "070", N, "IND/REB", False, A, N, False),
       ("killed thousands of innocents", "202", "IND/REB", "IND/CVL", False, A, N, False),
       ("made refugees of", "201", "IND/REB", "IND/CVL", False, A, N, False)],
      "India (1994); a sentence the splitter cut after a semicolon; 'brutal terrorist movements' in the north-west and "
      "north-east = unnamed armed groups inside India -> IND/REB (README: unnamed outlaw groups are the "
      "country's REB); 'often supported from abroad' = an agentless passive whose supporter the speech never names "
      "-> 070 with no source (guideline: agentless passives null), habitual; 'which have killed thousands of "
      "innocents' -> killings of many civilians 202 to IND/CVL (guideline); 'made refugees of hundreds of thousands "
      "within India' = mass displacement -> 201 (held-out 136: agentless displacement 201) to IND/CVL; 'threatened our "
      "sovereignty and territorial integrity' is figurative (guideline: 'attack on sovereignty', threat as risk; "
      "borderline a 130 IND/REB -> IND/GOV); 'we face' is not an act (borderline 190 IND/GOV -> IND/REB)"),
 35: ([("We support the renewal", "051", "MDA/GOV", N, False, A, N, False)],
      "Republic of Moldova (2012); 'We support the renewal of the global commitment made at the United Nations "
      "Conference on Sustainable Development ... and the agreement on establishing the sustainable development goals "
      "(see resolution 66/288, annex)' = support for an outcome agreed by all states -> 051 with no target (held-out "
      "155: Luxembourg's welcome of the renewed MDG commitment, made by all states, a 051 with no target; borderline "
      "org:UNGA for the cited resolution: README 'welcoming a UN resolution is 051 to org:UNGA', held-out 153); the commitment and the agreement are acts of all states, "
      "null-null, not coded; Rio de Janeiro is a place"),
 36: ([("We assure him", "032", "MWI/GOV", "org:UN", False, A, N, False)],
      "Malawi (1992); 'We assure him of Malawi's complete support' = 'him' the Secretary-General Boutros Boutros-"
      "Ghali (the sentences before) -> an assurance of support, intent of diplomatic support 032 (held-out 76 row 40: "
      "'I assure you of my Government's support' 032) to org:UN (README: the Secretary-General `org:UN`; "
      "borderline 030 or 051); 'and wish him success' is well-wishing, not coded (README: well-wishing not coded)"),
 37: ([("commend", "051", "SLB/GOV", "JPN/GOV", False, A, N, False),
       ("commend", "051", "SLB/GOV", "SUN/GOV", False, A, N, False),
       ("commend", "051", "SLB/GOV", "USA/GOV", False, A, N, False)],
      "Solomon Islands (1990); 'Solomon Islands wishes to commend such admirable leadership' = praise (guideline: "
      "commend 051), performative -> asserted; 'such admirable leadership' and 'these commitments' sum up the three "
      "statements of the sentences before: Japan's Foreign Minister Nakayama on not becoming a military Power, the "
      "Soviet Foreign Minister Shevardnadze on proliferation, and President Bush on ridding the world of these "
      "weapons -> one 051 per government named (guideline: compound split; the USSR of 1990 -> SUN/GOV; borderline "
      "USA/GOV only, the last-named); 'would remind members of the fact' is a statement, not coded"),
 38: ([("always ready to step up its efforts", "030", "MCO/GOV", N, False, A, N, False)],
      "Monaco (1994); 'The Principality is always ready to step up its efforts and to strengthen international "
      "cooperation in these areas' (marine environment and pollution) = readiness stated as a fact -> 030 asserted "
      "(held-out 8: 'stands ready to engage' 03x asserted; held-out 76 row 36), no partner named -> target null "
      "(borderline org:UN or org:IAEA from the cooperative undertaking in the sentence after)"),
 # --- UNGDC 1990-2019: nocue
 39: ([], "Luxembourg (2000): a fragment cut by the splitter, 'In 1999 we restated the main themes of the' "
          "[Luxembourg Government's involvement ...]; restating themes is a statement (01x), not coded"),
 40: ([], "Qatar (2012): 'that march [of the Arab nation] has been interrupted by obstacles, both external and "
          "internal' = figurative, no named actor"),
 41: ([], "Belize (2016): the 2030 Agenda 'is truly a historical milestone' = an evaluation, no act"),
 42: ([], "Gambia (1999): 'It also strengthens the historic bonds linking the United States and Africa' = 'It' "
          "President Clinton's visit to Africa (the sentence before, where the visit lies); an evaluation of the "
          "visit's effect on ties with a continent (uncoded), not coded (borderline a 050 USA/GOV with no target, as "
          "held-out 122's 'the strengthening ties' left uncoded)"),
 43: ([("famine", "202", "SUN/GOV", "UKR/CVL", False, A, N, True),
       ("terror", "175", "SUN/GOV", "UKR/CVL", False, A, N, True)],
      "Ukraine (1991); 'the millions who fell victim to famine and terror under the Stalinist regime' = historic "
      "event nouns whose agent the sentence names ('under the Stalinist regime', the Soviet government of its "
      "time -> SUN/GOV; held-out 46/47: the Khmer Rouge genocide a nominal 202 from the government of the time): the "
      "famine (the Holodomor) -> nominal 202 (held-out 140: the Holodomor a nominal 202 SUN/GOV -> UKR/CVL) and the "
      "terror -> repression 175 (held-out 179: repression under the Duvalier dictatorship a historic nominal 175), "
      "both to UKR/CVL (borderline one 202 for both); 'will do justice ... by ensuring that social and national "
      "oppression ... never recur' is a domestic commitment, not coded, and 'never recur' bears on future "
      "oppression in general, not a negated event"),
 44: ([], "Brazil (2018): the implementation of the Universal Declaration 'requires permanent attention and action' "
          "= an agentless norm, no act"),
 45: ([], "Ecuador (2019): 'The Organization is a living example that multilateralism is still a completely "
          "essential tool' = an evaluation, no act"),
 46: ([], "Luxembourg (2009): 'unilateral tendencies unfortunately tend to recur' = a generalisation, no actor"),
 47: ([("seeks to reverse the exclusion", "0343", "NIC/GOV", "NIC/CVL", False, A, N, False)],
      "Nicaragua (2009); 'The Government of National Reconciliation and Unity also seeks to reverse the exclusion to "
      "which native peoples and communities of African descent have been subject' = an intent stated as a fact "
      "(guideline: 03x asserted) to end the exclusion of two groups of its own citizens -> express intent to provide "
      "rights 0343 NIC/GOV -> NIC/CVL (borderline uncoded as a domestic policy, as held-out 176's guarantee of "
      "constitutional rights; or 0833); the historic exclusion is agentless, not coded"),
 48: ([], "Angola (2006): a fragment cut by the splitter after 'Angola hopes that the people of Iraq and of'; the "
          "hope that the peoples 'will be able ... to fulfil their aspirations to live free from violence' and that "
          "'those countries will be respected as sovereign' States is optative (README: optative hopes not coded), with "
          "no named agent"),
 49: ([], "Malta (2005): a fragment cut by the splitter, 'The institutional set-up and functioning of the' "
          "[United Nations], no verb in the sentence"),
 50: ([], "Argentina (2010): 'the use and misuse of their dominant position by members of the Council in certain "
          "countries have provoked conflicts that cannot then be stifled by the Council' = a generalisation about "
          "unnamed Council members and unnamed countries (the United Kingdom is named only in the text after, on the "
          "Malvinas); not coded (borderline a nominal 190 with no source, or 128)"),
 51: ([], "Mexico (2011): 'we created a mechanism for technology transfer' = the Technology Mechanism of the Cancun "
          "agreements, 'we' the parties to the Climate Convention ('nations agreed', 'We also agreed to establish the "
          "Green Fund', the sentences before), i.e. all states (held-out 42/43), not coded (borderline a 030 or 057 "
          "from MEX/GOV as host of COP 16 with no target); 'will allow the poorest countries to contribute' is an "
          "expected effect"),
 52: ([], "Slovakia (2016): 'too many people tend to be pessimistic' = an attitude, no act"),
}
