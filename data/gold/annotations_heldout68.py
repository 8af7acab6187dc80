"""Hand annotations for the SIXTY-EIGHTH held-out event gold set (source of events-heldout68.jsonl).

Keyed by the row index of selection-heldout68.jsonl (output of select_bulk_heldout.py 68; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout68.jsonl \
        --annotations annotations_heldout68 --output events-heldout68.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("entered into safeguards agreements", "057", N, "org:IAEA", True, A, N, False),
      ("to do so", "057", N, "org:IAEA", False, D, N, False)],
     "Czech Republic (2003); 'the States that have not entered into safeguards agreements with the International "
     "Atomic Energy Agency' = an uncoded collective whose non-signature has a coded counterpart -> negated 057 with "
     "no source to org:IAEA (held-out 38/39: countries that have not recognized Palestine give a negated 054 with no "
     "source); 'it is urgent for [them] ... to do so' = a deontic without a request verb -> the same signing, "
     "demanded, no source (guideline: 'it is important to help X' demanded; held-out 30/31: demanded with no "
     "source); 'to fulfil their obligations under article III' = compliance with obligations, not a codable Y "
     "(guideline)"),
 1: ([("We implemented", "0871", "GEO/GOV", "RUS/GOV", False, A, N, False),
      ("Russia’s refusal", "1246", "RUS/GOV", "GEO/GOV", False, A, N, True)],
     "Georgia (2010); 'We implemented — fully — the ceasefire agreement' = the Georgian Government carrying out the "
     "2008 ceasefire with Russia (preceding sentences: Russian-occupied areas, Russian forces) -> 0871 GEO/GOV -> "
     "RUS/GOV (held-out 28/29: a realised ceasefire 0871; borderline 057 for the agreement); 'Russia’s refusal to "
     "comply' = an explicit refusal (guideline: REJECT, negated false) of the ceasefire's terms, i.e. withdrawal of "
     "forces -> a refusal takes the code of what was refused (held-out 34/35) -> 1246 nominal (borderline 128); "
     "'without ever using as a pretext' negates the use of a pretext, not the implementation or the refusal; "
     "'went beyond our obligations' is no separate act"),
 2: ([], "Grenada (1995): 'the most serious penalty imposed on a Member State should never be expulsion, but rather "
         "suspension' = a position on UN membership rules (held-out 54-61: UN admissions and reform positions left "
         "uncoded), no actor, no act"),
 3: ([("any condemnation", "111", N, "ISR/MIL", True, A, N, True),
      ("assassinations", "1823", "ISR/MIL", "PSE/CVL", False, A, N, True),
      ("the use of the armed forces", "175", "ISR/MIL", "PSE/CVL", False, A, N, True)],
     "Cuba (2002); 'Why has there not been any condemnation of ...?' = a rhetorical question presupposing the "
     "non-condemnation (held-out 54-61: 'Why have they not been imposed?' a negated 163; held-out 28/29: a "
     "rhetorical question presupposing an act is that act, asserted) -> negated 111, asserted, nominal, the silent "
     "condemners 'some' uncoded -> source null; the selective assassinations and the use of the armed forces "
     "against the civilian population are Israel's acts in Palestine (preceding sentence: aggressions against the "
     "territory of Palestine and crimes against its people; following sentence: 'the actions of the Israeli army') "
     "-> agent from the surrounding text (held-out 48/49) ISR/MIL; targeted killings 1823 (guideline: killings of "
     "individuals; borderline target PSE/REB for militant leaders), force against civilians 175 (held-out 32/33: an "
     "occupying army shooting civilians 175; borderline 190); the condemnation's target follows the agent (ISR/MIL, "
     "borderline ISR/GOV)"),
 4: ([("its pledge", "030", "PRK/GOV", "org:UN", False, A, N, True),
      ("failed to uphold", "128", "PRK/GOV", "org:UNSC", False, A, N, False)],
     "Republic of Korea (2016); 'North Korea ... its pledge to abide by its obligations under the Charter' = the "
     "pledge made on joining the UN (1991) -> nominal 030 to org:UN (held-out 28/29: a pledge made on joining the "
     "UN is 030 to org:UN); 'has manifestly failed to uphold its pledge ..., particularly the commitments to accept "
     "and carry out the decisions of the Security Council' = defiance of Council decisions (preceding sentence: "
     "violations of and non-compliance with Security Council resolutions) -> 128 to org:UNSC asserted (held-out "
     "48/49: 'Washington repudiated its obligations under the resolution' 128 to org:UNSC; borderline not coded, "
     "compliance with obligations not being a codable Y); 'It is crystal clear that' is the speaker's evaluation, "
     "not an accusation verb"),
 5: ([("We urge", "1042", "KNA/GOV", N, False, A, N, False)],
     "Saint Kitts and Nevis (2005); urging developed countries (an uncoded collective -> null) to implement "
     "policies that do not undermine small developing countries' efforts = a request (guideline: urge -> 10x) with "
     "Y = a change of policy -> 1042 (borderline 102); 'do not undermine ... or reverse the gains' describes the "
     "policies, not an event"),
 6: ([], "Cape Verde (1996): the positive signs in Africa 'do not reflect an irreversible trend' = an evaluation, no "
         "actor"),
 7: ([("sent requests for", "103", "GNB/GOV", "org:AU", False, A, N, False),
      ("sent requests for", "103", "GNB/GOV", "org:ECOWAS", False, A, N, False),
      ("sent requests for", "103", "GNB/GOV", "org:CPLP", False, A, N, False),
      ("has not yet received", "030", "org:AU", "GNB/GOV", True, A, N, False),
      ("has not yet received", "030", "org:ECOWAS", "GNB/GOV", True, A, N, False),
      ("has not yet received", "030", "org:CPLP", "GNB/GOV", True, A, N, False)],
     "Guinea-Bissau (2009); 'the Government' = GNB/GOV; 'those organizations' = the African Union, ECOWAS and the "
     "CPLP of the preceding sentence (guideline: missing participant from the context) -> one event per "
     "organisation; requests for the technical, financial and other support needed for its investigation of the "
     "crimes -> demand aid 103 (borderline 1031 for economic aid); 'has not yet received a response' = the "
     "organisations have not responded to the request -> negated 030 from each (guideline: 'not respond(ed) to a "
     "call' = negated 030); the Community of Portuguese Language Countries -> org:CPLP (new code); 'that response "
     "from the Secretary-General' refers back to his urging and offer in the preceding sentence, not recoded"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("visited Armenia", "042", "org:UNHCR", "ARM", False, A, N, False),
      ("forced to flee", "174", N, "ARM/CVL", False, A, N, False)],
     "Armenia (2003); Sergio Vieira de Mello's visit 'several years ago' to look into the plight of refugees = a "
     "historic act coded to the office he held at the time (held-out 5: office at the time), in the late 1990s at "
     "UNHCR -> org:UNHCR (borderline org:UN, as Emergency Relief Coordinator from 1998; he died in August 2003), "
     "visit to the country -> 042 to ARM (held-out 4x: 'my visit to the Zaatari' 042 to JOR); 'Armenian refugees "
     "forced to flee their homes in Baku and Sumgait in Azerbaijan' = an agentless passive expulsion (the 1988-90 "
     "pogroms, perpetrators not named) -> 174 with no source (held-out 4x: 'forcibly transferred' 174 null), the "
     "refugees now in Armenia -> ARM/CVL (borderline AZE/CVL as residents of Soviet Azerbaijan); Baku and Sumgait "
     "are places, not metonyms; 'came looking for ways to minimize the pain' is a purpose, not coded"),
 9: ([("attempts to establish a", "036", "AGO/GOV", "AGO/REB", False, A, N, True),
      ("initiated the negotiations", "046", "AGO/GOV", "AGO/REB", False, A, N, False)],
     "Angola (1994); the Government of Angola and UNITA (the armed movement of the preceding sentences, 'UNITA's "
     "military wing') -> AGO/REB (held-out 26/27: only UNITA's Renovation Committee is OPP); 'the failure of our "
     "attempts to establish a dialogue' = realised offers to talk that failed -> nominal 036 asserted (borderline "
     "a negated 046 for the dialogue that did not come about); 'initiated the negotiations of Lusaka' -> 046; "
     "Addis Ababa and Abidjan (and Namibia) are venues of the earlier attempts, not metonyms"),
 10: ([("The terrorist attacks", "180", N, "USA/CVL", False, A, N, True)],
      "Croatia (2001); the 11 September attacks 'on New York and Washington', perpetrators not named in the "
      "sentence -> nominal 180 with no source to USA/CVL (held-out 59 row 10: the same attacks 180 null -> USA/CVL); "
      "Washington is a place, not a metonym; the postponement of the session is not coded"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("the provision of humanitarian assistance", "073", "KWT/GOV", N, False, A, N, True)],
      "Kuwait (2015); Kuwait's provision of humanitarian assistance globally -> nominal 073 to uncoded recipients "
      "(target null; borderline 070); 'according to the Global Humanitarian Assistance Report 2014' attributes the "
      "ranking to a report whose publisher is not named and has no code -> reported_by null (held-out 59 row 14: "
      "'According to the Treaty' names a document, not a speaker); 'provided by a donor State' is the same aid"),
 12: ([("the agreement on the installation", "0862", "IRQ/GOV", "org:UN", False, A, N, True)],
      "Oman (1994); 'progress in Iraq's implementation of the resolutions relating to the destruction of weapons of "
      "mass destruction' = compliance with resolutions, not coded (guideline); 'particularly the agreement on the "
      "installation of a long-term monitoring system' = Iraq's acceptance of UNSCOM/IAEA ongoing monitoring -> "
      "receiving inspectors 0862 (held-out 38/39: agreeing to the return of inspectors 0862), nominal, agent Iraq "
      "from the same phrase, target org:UN (UNSCOM; borderline org:UNSC, whose subsidiary it was); 'which should "
      "now be put into effect' = the same arrangement, coded once; 'We have noted' is the speaker's own observation, "
      "not attribution"),
 13: ([("a full supporter of the Declaration", "051", "CAN/GOV", "org:UNGA", False, A, N, False)],
      "Canada (2017); Canada's then Minister of Indigenous and Northern Affairs (Bennett, 2016) announcing that "
      "Canada is 'without qualification, a full supporter of the Declaration' = the speech's own government "
      "announcing its own endorsement -> reported_by null (held-out 27 row 12, 59 row 11); endorsing the UN "
      "Declaration on the Rights of Indigenous Peoples, a General Assembly resolution -> 051 to org:UNGA (held-out "
      "26/27: welcoming a UN resolution 051 to org:UNGA; borderline not coded as an abstract policy position); "
      "'corrected Canada's position' is the same change, coded once"),
 14: ([], "Sweden (2002): the Secretary-General 'said' that 'when States decide to use force ... there is no "
          "substitute for the unique legitimacy provided by the United Nations' = a generic conditional about "
          "states in general (null-null) and an evaluation of UN legitimacy, no codable act; the speech verb is "
          "not coded"),
 # --- UNGDC 1990-2019 random: future
 15: ([("we will in future reject", "120", "HUN/GOV", "org:UN", False, A, N, False)],
      "Hungary (2019); 'make it clear that we will in future reject all United Nations declarations, documents and "
      "resolutions containing any reference to the Global Compact for Migration' = a performative statement of "
      "non-acceptance by the speaker -> REJECT 120 asserted, negated false (guideline 'we will never accept it'; "
      "held-out 28 row 5: 'will never agree to the legalization' 120 asserted; borderline future), the documents of "
      "the United Nations -> org:UN (borderline org:UNGA for resolutions)"),
 16: ([("will show us their support", "051", N, "TJK/GOV", False, F, N, False),
       ("assist the Tajik people", "070", N, "TJK/CVL", False, F, N, False)],
      "Tajikistan (1992); 'We believe that the peoples of Western Europe will show us their support and assist the "
      "Tajik people' = expected support from an uncoded collective -> future events with no source (held-out 52/53 "
      "and 54-61: hoped-for support from uncoded parties is future with no source; borderline not coded as "
      "optative, held-out 32/33 'we count on'); verbal support to the speaker's government 051, assistance to the "
      "people 070 -> TJK/CVL"),
 17: ([], "Oman (2009): 'We hope that such developments will continue ... and help establish positive, cooperative "
          "relations with neighbouring countries, allowing Iraq to resume its ... role' = optative about developments, "
          "neighbours unnamed (held-out 7: a hope about another actor's act is not coded)"),
 # --- UNGDC 1990-2019 random: demand
 18: ([("to prevail", "100", "org:UN", N, False, D, N, False)],
      "Uruguay (1995); 'the Organization should step up its action ... to prevail upon Governments and "
      "authorities, directly or indirectly involved in the conflict, to respect and abide by decisions adopted' = a "
      "deontic with Y = pressing the parties, itself a request -> demanded request from org:UN (held-out 14/15: the "
      "Security Council's responsibility to call for = a demanded request from org:UNSC), Y' = respect decisions -> "
      "generic 100 (held-out 27 row 9); the parties to the conflict in the former Yugoslavia are not named -> target "
      "null (borderline YUG/GOV, BIH/REB)"),
 19: ([("call upon", "100", "KNA/GOV", "org:UNGA", False, A, N, False),
       ("call upon", "100", "KNA/CVL", "org:UNGA", False, A, N, False)],
      "Saint Kitts and Nevis (1992); 'The Government and people of Saint Kitts and Nevis call upon the General "
      "Assembly' = a joint request by a government and its people, one event each (held-out 36/37: a joint "
      "expression by a government and its people is one 051 each); Y = condemn the killings and appeal to all "
      "parties to resume talks, two demands without a common sub-code -> generic 100 (borderline 106 for the talks); "
      "'the wanton killings in South Africa' have no agent in the sentence (the preceding sentence only suspects "
      "elements within the regime) -> not coded; the appeal and the talks are Y, not coded separately"),
 20: ([], "Hungary (2004): 'the international community should continue to examine all possible ways to promote and "
          "establish an early-warning mechanism' = an uncoded collective, Y an institutional design, not codable"),
 21: ([("repeat my call on", "1054", "ZWE/GOV", "GBR/GOV", False, A, N, False),
       ("repeat my call on", "1054", "ZWE/GOV", "org:EU", False, A, N, False),
       ("repeat my call on", "1054", "ZWE/GOV", "USA/GOV", False, A, N, False),
       ("the illegal and unjustified sanctions", "163", "GBR/GOV", "ZWE", False, A, N, True),
       ("the illegal and unjustified sanctions", "163", "org:EU", "ZWE", False, A, N, True),
       ("the illegal and unjustified sanctions", "163", "USA/GOV", "ZWE", False, A, N, True)],
      "Zimbabwe (2016, President Mugabe); a call on the United Kingdom, Europe and the United States to lift the "
      "sanctions -> 1054 per addressee (held-out 59 row 1: a call to end an embargo 1054), 'Europe' = the European "
      "Union's sanctions -> org:EU (borderline null), 'their allies' uncoded, dropped (guideline compound rule); the "
      "sanctions themselves = a nominal 163 of each imposer (held-out 28/29: 'urges Israel to lift its blockade' "
      "1056 plus the blockade nominal), target 'my country and its people' -> ZWE (the country as a whole)"),
 22: ([], "Latvia (1999): the future Security Council model 'should also make the Council more open' = a Council "
          "reform position (held-out 52/53, 54-61: reform positions left uncoded)"),
 23: ([], "China (2002): counter-terrorism 'should take a comprehensive approach' = a deontic about a policy, no "
          "actor"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("attacked", "190", "USA/GOV", "IRQ", False, A, N, False),
       ("attacked", "190", "GBR/GOV", "IRQ", False, A, N, False),
       ("plundered", "1711", "USA/GOV", "IRQ", False, A, N, False),
       ("plundered", "1711", "GBR/GOV", "IRQ", False, A, N, False)],
      "Zimbabwe (2004); 'Iraq was unlawfully attacked and plundered by the United States and United Kingdom-led "
      "so-called coalition of the willing' = a passive with a named agent; the coalition led by two named states "
      "-> one event per leader (held-out 46/47: a coalition led by the United States is USA/GOV when no other "
      "member is named), target the country as a whole -> IRQ (guideline: target of an invasion); attack -> 190, "
      "plunder = looting -> 1711 (held-out 32/33: looting 1711); 'watched helplessly' = the UN's inaction, an "
      "evaluation (borderline negated 074 org:UN, held-out 40/41 'has not stepped in to protect'); 'We are seriously "
      "concerned' is 01x, not coded"),
 25: ([("reiterate its demand", "1053", "POL/GOV", N, False, A, N, False)],
      "Poland (1992); 'the Polish Government deems it necessary to reiterate its demand of 7 August this year that "
      "all such camps be closed down forthwith and all the detainees be released' = a request, Y release of "
      "detainees -> 1053 (most specific of the demands, held-out 9); the demand of 7 August is the same request, "
      "coded once; the camps' operators are not named (the report 'leaves no party to the conflict blameless') -> "
      "target null (borderline BIH/REB and YUG/GOV); the detention camps have no agent in the sentence, not coded"),
 26: ([("a major supporter", "051", "NZL/GOV", "org:UN", False, A, N, False),
       ("looks forward to welcoming", "036", "NZL/GOV", "org:UN", False, F, N, False)],
      "New Zealand (2013); 'pleased to be a major supporter of that important United Nations effort' = support for "
      "the Third International Conference on Small Island Developing States -> 051 to org:UN (held-out 50/51: 'will "
      "give our full support to the world conference' 032 to org:UN; borderline 070, New Zealand being a funder); "
      "'looks forward to welcoming the world to our region' = a future hosting of the UN conference (in Samoa, 2014) "
      "-> 036 future to org:UN (held-out 30/31: hosting a session of a UN regional commission 036 future to "
      "org:UN; borderline target null for 'the world'); 'with the rest of the Pacific' is an uncoded collective, "
      "dropped"),
 27: ([("deliberations", "040", "LCA/GOV", "org:CARICOM", False, A, N, True)],
      "Saint Lucia (2008); 'our deliberations' = the meeting of CARICOM heads of Government in July that the "
      "speaker joined (preceding sentence) -> nominal 040 from the speaker's government to org:CARICOM (held-out "
      "50/51: participating in forums with a named party 040; borderline not coded as the organisation's internal "
      "meeting); 'we emphasized the need for Governments to provide the necessary budgetary support' = a domestic "
      "policy position of each government, no act between actors"),
 28: ([], "Iraq (1997): 'The full implementation to date of the substantive obligations imposed on Iraq with regard "
          "to banned weapons' = Iraq's compliance with obligations (not a codable behaviour, guideline); the "
          "imposition of the obligations (resolution 687) is agentless in the sentence (borderline a nominal 100 "
          "org:UNSC -> IRQ/GOV)"),
 29: ([("have killed", "1823", N, "MOZ/CVL", False, A, N, False)],
      "Mozambique (1997); landmines that 'have killed and continue to kill and wound hundreds of innocent citizens' "
      "= killings whose human agents are not named (mines laid in the civil war) -> agentless 1823 with no source "
      "(README 52/53: an agentless killing is coded; held-out 32/33: a historic murder agentless 1823), victims "
      "Mozambican citizens -> MOZ/CVL; killing and wounding one ongoing act, coded once (borderline not coded, the "
      "subject being weapons, or 202)"),
 30: ([("has been repatriated", "0841", "BGD/GOV", "MMR/GOV", True, A, N, False)],
      "Myanmar (2018); 'not even a single displaced person has been repatriated by Bangladesh as part of the "
      "implementation of the bilateral agreement' = a passive with a named agent, negated -> return of persons "
      "0841 negated (borderline 174 if repatriation is read as deportation), to the Government of Myanmar that is "
      "to receive them under the agreement (borderline MMR/CVL); 'the bilateral agreement' names no parties in its "
      "phrase, not coded"),
 31: ([("is ready for meaningful discussions", "036", "TKM/GOV", N, False, A, N, False)],
      "Turkmenistan (2018); 'is ready for meaningful discussions with all interested parties' = readiness to talk "
      "-> 036 asserted (held-out 26/27: 'are prepared to engage in dialogue' 036 asserted), all interested parties "
      "uncoded -> target null; the projects' features are descriptions"),
 32: ([("We highly appreciate", "051", "MUS/GOV", "FRA/GOV", False, A, N, False),
       ("We highly appreciate", "051", "MUS/GOV", "CAN/GOV", False, A, N, False),
       ("the pledges", "0331", "FRA/GOV", N, False, A, N, True),
       ("the pledges", "0331", "CAN/GOV", N, False, A, N, True)],
      "Mauritius (2016); appreciation of the pledges made 'by countries such as France and Canada' = thanks -> 051 "
      "to each named country (held-out 44/45: a group named by example is coded for the ones named); the pledges "
      "themselves to provide climate finance = nominal 0331 from each (held-out 7: pledges of economic support "
      "0331), recipients uncoded -> target null"),
 33: ([], "Eswatini (Swaziland, 1998): 'Africa needs to be better prepared to head off potential conflicts through "
          "timely dialogue and negotiation, and to have available a pool of peacekeepers' = a deontic about a "
          "continent (an uncoded collective) with no named counterpart"),
 34: ([("demand accountability", "100", "SYR/CVL", "SYR/GOV", False, A, N, False)],
      "Canada (2018); 'Syrians rightly demand accountability' = the Syrian people's demand on the Al-Assad regime "
      "for its crimes (preceding sentence) -> a request 100 SYR/CVL -> SYR/GOV (borderline not coded as a general "
      "aspiration); 'hope for an enduring political solution' is optative, not coded"),
 35: ([("I have also proposed", "036", "CYP/GOV", N, False, A, N, False)],
      "Cyprus (2010, President Christofias); proposing that an international conference be held under the "
      "auspices of the Secretary-General = an explicit intent verb stated as a fact -> 036 asserted (guideline: "
      "'proposed shipping' 03x asserted; held-out 52/53: 'offered to host' 036), made in the talks with the "
      "Turkish Cypriot leader (no code, held-out 4) -> target null; the conference itself ('we could hold') is the "
      "content of the proposal, not coded separately (borderline a hypothetical 043 per participant: org:UN, "
      "org:EU, the guarantor Powers GRC, TUR, GBR)"),
 36: ([], "Kazakhstan (2002): 'These important agreements give the green light to foreign investments' = an "
          "anaphoric agreement noun without an agent in the sentence (the Kazakh-Russian seabed agreement and "
          "protocol of the preceding sentence; guideline: event nouns without an agent not coded), and foreign "
          "investment by uncoded investors"),
 37: ([("the support", "051", "org:LAS", "TUN/GOV", False, A, N, True),
       ("the support", "051", "org:AU", "TUN/GOV", False, A, N, True),
       ("the support", "051", "org:OIC", "TUN/GOV", False, A, N, True)],
      "Tunisia (2009); the sentence is cut by the splitter at 'Arab,'; the text goes on 'African and Islamic "
      "regional organizations as well as the Non-Aligned Movement' -> the supporters taken from the context "
      "(held-out 44/45: a subject cut off by the splitter is taken from the context): the League of Arab States "
      "org:LAS, the African Union org:AU, the Organisation of the Islamic Conference org:OIC (the Non-Aligned "
      "Movement has no code, dropped); 'This initiative' = President Ben Ali's initiative (an international year of "
      "youth) -> TUN/GOV; support for it = endorsement, nominal 051 per organisation (borderline the Arab "
      "organisation alone, the only one in the cut sentence)"),
 38: ([], "Portugal (2009): 'it is our duty to support these countries' = 'our' meaning the international community "
          "(held-out 42/43: 'we' meaning all states not coded), beneficiaries the least developed and small island "
          "states (uncoded), null-null"),
 39: ([], "Congo (2014): 'I would like to briefly address the issue of climate change' = a speech act announcing a "
          "topic; climate change a threat (figurative)"),
 40: ([], "Congo (1994): slow growth and expansion of the world economy = no actor, no act"),
 41: ([("We commend", "102", "NZL/GOV", "org:UNGA", False, A, N, False)],
      "New Zealand (2011); 'We commend that draft resolution for the Assembly's consideration' = commending in the "
      "sense of recommending the New Agenda Coalition's draft to the Assembly, i.e. asking for its support -> "
      "demand policy support 102 to org:UNGA (borderline 051, 'commend' read as praise); the draft's introduction is "
      "in the preceding sentence"),
 42: ([("rebel attacks", "190", "GIN/REB", "GIN", False, A, N, True)],
      "Guinea (2001); 'rebel attacks against my country are being carried out' = the 2000-2001 cross-border rebel "
      "incursions, the rebels not named in the document -> the country's REB (held-out 34/35: unnamed outlaw groups "
      "are the country's REB; borderline null source, some being Sierra Leonean RUF and Liberian fighters), armed "
      "attacks on the country -> 190 nominal (borderline 180 as violence by a non-state group), target GIN; 'the "
      "aggressors' are the same attackers, coded once; concern of the international community is 01x"),
 43: ([("have yet to reach", "070", N, "SOM/GOV", True, A, N, False)],
      "Somalia (2005); 'much of its [the international community's] initial cheerful pledges to provide material and "
      "financial support to the Government have yet to reach us' = unfulfilled pledges whose content is named take "
      "the content's code, negated (held-out 32/33: 0841 negated) -> negated 070 with no source (uncoded "
      "collective) to SOM/GOV (borderline a separate nominal 0331 for the pledges made)"),
 44: ([("cooperation", "050", "KAZ/GOV", "org:UN", False, A, N, True)],
      "Kazakhstan (2007); 'Kazakhstan’s cooperation with the United Nations and its Member States' = a cooperation "
      "noun naming its parties -> nominal 050 to org:UN (held-out 10/11: cooperation nouns a nominal 050), the "
      "Member States uncoded, dropped; 'draw the Assembly's attention' is a speech act"),
 45: ([("I welcome", "051", "COM/GOV", N, False, A, N, False)],
      "Comoros (2003); 'I welcome the new-found normality and the significant progress achieved' = an explicit "
      "welcome of the reconciliation process after the secessionist crisis (preceding sentence), its parties not "
      "named -> 051 with target null (held-out 7: praise of a display of unity 051 target null; borderline not "
      "coded as an evaluation of developments, held-out 54-61)"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Viet Nam (1998): 'some errors were made' (agentless) and the development model's lessons = evaluations"),
 47: ([], "Jamaica (2004): the estimate of deaths from small arms 'in the 2004 Small Arms Survey' = agentless "
          "statistics, no actor"),
 48: ([], "Egypt (2008): 'The situation in the Sudan also remains disconcerting' = an evaluation"),
 49: ([], "Belarus (1994): 'Our duty is to do everything we can to achieve that' = a commitment with no codable act"),
 50: ([], "Belgium (2012): the ministries women head = a domestic fact, no event"),
 51: ([], "Switzerland (2016): the United Nations' 'efforts to mobilize the international community' (an uncoded "
          "collective) and the prolonged liberalization of the global economy = no act between coded actors"),
 52: ([], "Bangladesh (2004): 'Extreme poverty is a gross denial of human rights' = an evaluation, figurative "
          "denial with no actor"),
 53: ([], "Costa Rica (2008): 'We will not be able to face our realities' = 'we' meaning all states, no act"),
 54: ([], "Colombia (2004): the decline in growth and the informal economy = economic facts, no actor"),
 55: ([], "Chile (2016): 'Now is the time for action inspired by ... pragmatism' = a hortative with no named actor "
          "or codable act"),
 56: ([], "Guinea-Bissau (2019): joining a group of countries that have adopted measures for women's political "
          "participation = domestic measures, no act between actors"),
 57: ([("express our satisfaction", "051", "CHL/GOV", "org:UNGA", False, A, N, False)],
      "Chile (2004); 'express our satisfaction at seeing Mr. Ping preside over this fifty-ninth session' = "
      "congratulating the President of the General Assembly -> 051 to org:UNGA (held-out 58 row 46; held-out "
      "48/49: 'We are satisfied to see that' is a welcome 051); 'we wish him a successful presidency' is "
      "well-wishing, not coded"),
 58: ([], "Nicaragua (1992): 'The case of Haiti is a reflection of the concerns and sufferings of Latin America' = "
          "an evaluation"),
 59: ([], "Madagascar (2006): 'If international firms do not feel confident, they will not come' = a generic "
          "conditional about uncoded investors, no coded actor"),
}
