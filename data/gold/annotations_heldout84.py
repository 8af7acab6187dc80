"""Hand annotations for the EIGHTY-FOURTH held-out event gold set (source of events-heldout84.jsonl).

Keyed by the row index of selection-heldout84.jsonl (output of select_bulk_heldout.py 84; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout84.jsonl \
        --annotations annotations_heldout84 --output events-heldout84.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("have not", "071", N, "SDN/GOV", True, A, N, False)],
     "Sudan (2009); 'donors have not fulfilled the development resources and pledges they took upon themselves in "
     "support of the Agreement' = unfulfilled pledges whose content is named (development resources) take the "
     "content's code, negated (held-out 32/33: unfulfilled pledges 0841 negated; guideline: 'has yet to fulfill' "
     "negated) -> economic aid 071 negated, the donors an uncoded collective -> source null, the recipient of the "
     "support for the Comprehensive Peace Agreement's implementation -> SDN/GOV (borderline bare SDN); the pledges "
     "themselves ('they took upon themselves') are not coded separately (borderline an asserted 0331 null -> "
     "SDN/GOV); 'We note' is the speaker's statement (01x)"),
 1: ([("has not enjoyed the support", "051", N, "org:UNSC", True, A, N, False)],
     "Lesotho (2011); 'Whenever military intervention has been preferred, it has not enjoyed the support of the "
     "general membership of the United Nations' = plain negation of support (guideline: negated, own code; "
     "held-out 20/21: 'we did not agree with their recommendations' a negated 051), habitual -> asserted; the "
     "general membership = all Member States, an uncoded collective -> source null (borderline org:UNGA); the "
     "preference for military intervention is the Security Council's, named in the sentence before ('the Security "
     "Council has at times preferred military intervention'; guideline: missing participant from the context) -> "
     "org:UNSC (borderline target null, the sentence before also naming unilateral interventions by some members); "
     "'military intervention has been preferred' is a generic preference, not a realised intervention with a "
     "named target, not coded (borderline a nominal 190 org:UNSC with target null, held-out 10/11)"),
 2: ([], "Iceland (1991): 'external political, economic and technological assistance will also be essential' = a "
         "statement of need for the peoples of central and Eastern Europe (preceding sentence), recipients and "
         "providers both uncoded collectives, null-null, not coded (borderline a demanded 070 null -> null); 'We will "
         "no longer protect our own interests through passivity or inaction' = a statement of attitude, no act "
         "between actors; 'no longer' bears on passivity, not on an event"),
 3: ([], "Belize (1999): 'none of this is possible if we do not face up to meeting the first objective of our "
         "institution' = 'we' meaning all states (held-out 42/43), an abstract goal (world peace); no negated event"),
 4: ([], "Brunei Darussalam (1991): 'The start of a new world order ... has not yet shown us how to go about dealing "
         "with the problems' = an inanimate subject and an evaluation, no actor; the negation bears on no event"),
 5: ([("I reiterate", "102", "FSM/GOV", N, False, A, N, False)],
     "Micronesia (2005); 'I reiterate our appeal to those countries that have not yet ratified the Kyoto Protocol to "
     "do so immediately' = a request (guideline: appeal -> 10x) to ratify a treaty -> 102 (held-out 76 row 2 and "
     "earlier sets: calls to ratify or join a treaty 102), the addressees an uncoded class that names no member -> "
     "target null (held-out 76 row 2 coded the class only because it named the DPRK); Y not coded separately "
     "(guideline); the relative clause 'that have not yet ratified' = a non-ratification by unnamed states, a "
     "negated 057 null -> null, not coded (borderline negated 057 USA/GOV or AUS/GOV, the non-ratifiers of 2005, "
     "which neither the sentence nor the context names)"),
 6: ([("did not mobilize", "170", N, "AFG/REB", True, A, N, False),
      ("terrorist attacks", "180", N, "USA", False, A, N, True)],
     "Afghanistan (2013); 'The international community did not mobilize to take action against the Taliban regime "
     "until the 9/11 terrorist attacks' = plain negation of coercive action for the years before September 2001 "
     "(guideline: 'has not stepped in to protect' negated 074, held-out 40/41), the international community -> "
     "source null; vague 'take action against' -> coerce 170 (borderline 190, the action taken after 9/11 being "
     "the US-led military intervention, or 152 for 'mobilize'); 'until' implies the action came later, but no "
     "agent or act of it is named in the sentence, so only the negated event is coded (borderline an asserted 190 "
     "USA/GOV -> AFG/REB); the Taliban before 2001 -> AFG/REB by the guideline's date rule (borderline AFG/GOV as "
     "the de facto regime of 1996-2001); 'the 9/11 terrorist attacks in the United States' = an agentless "
     "terrorist attack (al-Qaeda, uncoded, not named) -> nominal 180 with no source to the victim country (held-out "
     "54-61: an agentless terrorist attack is 180 with no source, one per victim country) -> bare USA; 'in this "
     "city' (New York) is a place"),
 7: ([("called on", "100", N, "org:UN", False, A, N, False)],
     "Gabon (1993); 'Never has our Organization been called on to such a degree by the international community as "
     "in the past few years' = requests to the United Nations (guideline: call on -> 10x), 'never ... as' a "
     "comparative of degree, not a negation (guideline: negation bearing on something other than the event) -> "
     "asserted, habitual; the international community -> source null; 'our Organization' -> org:UN; no specific Y "
     "-> generic 100 (borderline not coded as a general remark on the demand for the UN's services)"),
 # --- UNGDC 1990-2019 random: reported
 8: ([], "Germany (1994): 'At its summit meeting on 31 January 1992, the Security Council rightly stated that the "
         "proliferation of all weapons of mass destruction constitutes a threat' = a statement (01x, not coded) of "
         "the Council; the proliferation is agentless and 'threat' is figurative (guideline: risk); the summit "
         "meeting is a meeting of the Council itself, no counterpart (borderline a nominal 040 within org:UNSC)"),
 9: ([], "Finland (1994): 'In 1992 the Security Council ... stated that the proliferation of weapons of mass "
         "destruction constituted a threat' = a statement (01x, not coded), the proliferation agentless and the "
         "threat figurative (guideline: risk)"),
 10: ([("being imposed", "100", "USA/GOV", "VUT/GOV", False, A, N, False)],
      "Vanuatu (2000); 'the conditions being imposed on us for joining the WTO' = demands made of Vanuatu in its "
      "accession negotiations -> a request 10x, an agentless passive whose agent is plain from the context "
      "(preceding sentences: the negotiations with the EU, Japan, Australia, New Zealand, Canada and Switzerland "
      "'have been completed', while 'The United States continues to place heavy and unreasonable demands on us'; "
      "guideline: missing participant from the context) -> USA/GOV (borderline org:WTO or source null); no specific "
      "CAMEO sub-code for accession conditions -> 100 (borderline 1011 demand economic cooperation); 'as the Vanuatu "
      "Prime Minister clearly stated' = the speaker's own government's statement (held-out 7: the document's own "
      "government quoted) -> reported_by null; 'are simply beyond our capacity to consider' is an evaluation (the "
      "refusal is not explicit; borderline a 120 VUT/GOV -> USA/GOV); joining the WTO is a membership act, not "
      "coded"),
 11: ([], "San Marino (2017): 'As we have stated on previous occasions, we believe that intergovernmental "
          "negotiations contribute to agreements' = a belief about the Security Council reform negotiations, a UN "
          "reform position (held-out 52/53, 54-61), not coded"),
 # --- UNGDC 1990-2019 random: future
 12: ([("I pledge", "030", "CAF/GOV", N, False, A, N, False)],
      "Central African Republic (2017); 'I pledge that the Central African Republic will continue to make its modest "
      "contribution to our joint efforts for peace, security and sustainable development' = an explicit intent verb "
      "stated as a fact (guideline: 'we pledged to continue' 03x asserted) -> general cooperation 030 (held-out "
      "28/29: a pledge made on joining the UN 030), the joint efforts of all states an uncoded collective -> target "
      "null (borderline org:UN; borderline not coded as an abstract commitment, held-out 76 row 45)"),
 13: ([], "Lesotho (1991): 'Its success will depend greatly on enhanced donor-community support for Africa' = the "
          "success of the successor to the UN Programme of Action for African Economic Recovery depending on aid "
          "from an uncoded collective (donors) to an uncoded region (Africa), null-null, not coded (borderline a "
          "demanded 070 null -> LSO/GOV, Lesotho being an African recipient)"),
 14: ([("financial resources", "070", N, "MDV/GOV", False, D, N, True)],
      "Maldives (1998); 'without adequate, new and additional financial resources, transfer of environmentally "
      "sound technology ... and provision for human resources development, even the mere survival of our countries "
      "will be impossible' = a statement of need of the small island developing States 'including the Maldives' "
      "(preceding sentence) -> demanded aid with no source to the speaker's government (held-out 42/43: 'Countries "
      "such as mine require assistance' demanded 070 no source; held-out 46/47: statements of need demanded aid); "
      "one aid noun phrase covering several kinds (finance, technology transfer, human resources) -> one 070 "
      "(held-out 20/21), nominal (borderline 071, or one event per kind)"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Germany (2006): 'Kosovo Serbs must be guaranteed adequate protections as a minority' = an agentless "
          "deontic about the content of Kosovo's future status settlement (the Ahtisaari process, preceding "
          "sentences), no specific CAMEO behaviour (guideline: Y not a codable behaviour -> nothing coded; held-out "
          "57 row 48, Cuba 2007 'Let our right ... be guaranteed' not coded); borderline a demanded 0833 null -> XKX/CVL (the "
          "Kosovo Serbs; borderline SRB/CVL)"),
 16: ([("must be supported", "070", N, "STP/GOV", False, D, N, False)],
      "Sao Tome and Principe (1991); 'They must be supported and strengthened' = 'they' = the country's young "
      "democracy and embryonic legal structures (preceding sentence), the speaker having come 'to plead for support "
      "for democracy' -> an agentless deontic passive (held-out 44/45: 'should be invited to participate' agentless "
      "demanded; held-out 26/27: 'should be lifted' demanded 085 no source) -> demanded 070 with no source (the "
      "international community of the following sentence), the institutions standing for the Government -> "
      "STP/GOV (borderline STP/CVL; borderline 051 verbal support); 'strengthened' is the same support, coded once"),
 17: ([], "Albania (1997): 'the integration processes should be comprehensive enough not to exclude any country ... as "
          "Pope John Paul II said' = an abstract deontic about European integration, no actor; the Pope's words are "
          "a statement (01x), not coded"),
 18: ([], "Greece (2010): 'Any solution must be universally implemented' = the settlement of the name issue with the "
          "former Yugoslav Republic of Macedonia used 'for all purposes, erga omnes' (preceding sentences); an "
          "agentless deontic about a settlement not yet reached, no codable behaviour (borderline a demanded 057 "
          "GRC/GOV -> MKD/GOV)"),
 19: ([("should contribute annually", "071", N, "org:UNHCR", False, D, N, False)],
      "Botswana (2015); 'Europe, or preferably the entire international community, should contribute annually to "
      "such a fund' = a deontic without a request verb -> Y coded demanded (guideline), the fund being the special "
      "fund under UNHCR that Botswana proposes (preceding sentence) -> org:UNHCR; annual financial contributions "
      "-> economic aid 071 (borderline 070); 'Europe' and the international community are uncoded collectives "
      "(guideline) -> source null (borderline org:EU); the fund is only proposed, still demanded (borderline not "
      "coded, the recipient not yet existing)"),
 20: ([], "Sri Lanka (2001): inside the speaker's quotation of the observations of Denmark, Luxembourg, the "
          "Netherlands, Norway and Sweden (following sentence), 'It should send a long awaited signal that we are "
          "serious about our commitments to developing countries' = 'It' = that day's EU Development Council in "
          "Brussels; sending a signal is a statement (01x, not coded), and being serious about commitments is an "
          "attitude toward an uncoded collective (borderline a demanded 030 org:EU -> null)"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("provided similar assistance", "070", N, "LBR/REB", False, A, N, False)],
      "Liberia (1992); 'There are others which, acting on the presumption of an imminent NPFL victory, provided "
      "similar assistance to secure concessions' = 'others' = foreign corporations other than the 'few multinational "
      "corporations' of the preceding sentence, whose 'material and financial assistance to the NPFL' this "
      "assistance resembles -> aid 070 (borderline 072 military aid, or 071), the corporations unnamed and of no "
      "stated nationality -> source null (held-out 5/6: uncoded groups null; borderline a BUS sector of an unnamed "
      "country), the NPFL insurgents -> LBR/REB; securing concessions in rubber, iron ore and timber is the purpose, "
      "not coded"),
 22: ([("has advocated", "107", "JOR/GOV", N, False, A, N, False)],
      "Jordan (1993); a fragment cut by the splitter, 'Jordan has advocated a negotiated settlement based on' "
      "[Security Council resolutions 242 and 338, longer than any other party] (held-out 44/45: a part cut off by "
      "the splitter is taken from the context) = advocacy of a settlement is a request (held-out 54-61: 107; held-out "
      "34/35: 'we advocate' a request), habitual -> asserted; the parties to the Arab-Israeli conflict are not named "
      "in the sentence -> target null (held-out 61 row 8: 'the parties to the conflict' not named -> target null; "
      "borderline ISR/GOV)"),
 23: ([("We are ready to host", "036", "QAT/GOV", "IRN/GOV", False, A, N, False)],
      "Qatar (2015); 'We are ready to host such a dialogue in Qatar' = readiness stated as a fact -> intent to meet "
      "036 asserted (held-out 29 row 10: 'is ready to host a conference' 036 asserted; held-out 52/53: 'offered to "
      "host' 036); 'such a dialogue' = the dialogue 'between Iran and the Gulf States' of the preceding sentence "
      "(guideline: missing participant from the context) -> IRN/GOV; the Gulf States, an uncoded group that "
      "includes Qatar itself, are dropped (borderline one 036 per Gulf state, or org:GCC)"),
 24: ([], "Mauritania (1999): 'Such situations threaten security' = figurative threat (guideline: risk), no actor"),
 25: ([], "Uganda (2019): 'The Assembly made a historic pledge during the 2005 World Summit to strengthen the United "
          "Nations' = a commitment of the Member States in the Assembly to UN reform, the organisation acting on "
          "itself; UN reform positions are not coded (held-out 54-61) (borderline a 030 org:UNGA -> org:UN)"),
 26: ([], "Ecuador (2018): 'I welcome the fact that one of the main topics to be addressed is the implementation of "
          "the United Nations Convention on the Rights of Persons with Disabilities' = a welcome of an agenda fact "
          "whose act ('to be addressed') is agentless and future, no decision of a named body (held-out 52/53: "
          "welcomes of impersonal facts not coded; borderline 051 ECU/GOV -> org:UNGA, held-out 38/39: welcoming a "
          "General Assembly decision)"),
 27: ([], "Iceland (1994): 'The responsible use of fisheries resources is ... no less important than combatting the "
          "threat of marine pollution' = an evaluation; threat as risk (guideline), no actor"),
 28: ([("We salute", "051", "SWZ/GOV", "MOZ/GOV", False, A, N, False),
       ("We salute", "051", "SWZ/GOV", "MOZ/REB", False, A, N, False),
       ("entreat", "1056", "SWZ/GOV", "MOZ/GOV", False, A, N, False),
       ("entreat", "1056", "SWZ/GOV", "MOZ/REB", False, A, N, False)],
      "Swaziland (1992); 'both parties' = FRELIMO and RENAMO, the parties to the Rome General Peace Accord of October "
      "1992 (preceding sentences) -> the FRELIMO Government MOZ/GOV and the RENAMO insurgency MOZ/REB (guideline: "
      "missing participant from the context); 'We salute the initiatives of both parties' = praise (held-out 52/53: "
      "'pay tribute to' 051) -> 051 to each party; 'entreat them to carry through the undertakings of the accord "
      "without further bloodshed' = a request (guideline: ask/appeal -> 10x) to implement a ceasefire accord without "
      "violence -> de-escalation 1056 (borderline 107, held-out 36/37: a call to return to an agreement 107), one "
      "per addressee; Y not coded separately (guideline); 'the accord' is an anaphoric agreement noun, not coded "
      "again (borderline a nominal 057 MOZ/GOV -> MOZ/REB); 'the peace which has so long been denied the "
      "Mozambican people' is agentless"),
 29: ([], "Spain (2019): 'Major transformations ... represent threats' = figurative threat (guideline: risk), no "
          "actor"),
 30: ([("We support", "051", "ISL/GOV", "org:UNFPA", False, A, N, False)],
      "Iceland (2017); 'We support the United Nations Population Fund and the SheDecides initiative' = endorsement "
      "-> 051 (guideline; borderline 070, Iceland being a UNFPA donor) to org:UNFPA (held-out 12/13: org:UNFPA); "
      "the SheDecides initiative is a movement without a code (launched by the Netherlands and partners, not named "
      "in the document) -> dropped (guideline compound rule; borderline a second 051 with target null); 'continue "
      "to promote women's participation in the peace and security agenda' is an abstract policy position, not "
      "coded"),
 31: ([], "Georgia (2016): 'It is time to translate this measure of support into action' = the support offered by "
          "General Assembly resolution 70/265 on the displaced persons from Abkhazia and Tskhinvali (preceding "
          "sentence); a deontic ('now is the time for X to ...') whose Y, 'action', is no specific behaviour and "
          "whose agent is unnamed (guideline: Y not codable -> nothing coded; borderline a demanded 070 null -> "
          "GEO/CVL, or org:UNGA as the source)"),
 32: ([("In welcoming the adoption", "051", "TON/GOV", "org:UNGA", False, A, N, False),
       ("we support the proposed", "051", "TON/GOV", "org:UN", False, A, N, False)],
      "Tonga (2015); 'In welcoming the adoption of Sustainable Development Goal 14' = welcoming a General Assembly "
      "decision (the 2030 Agenda adopted at the Summit days before) -> 051 to org:UNGA (held-out 38/39, 26/27: "
      "welcoming a UN resolution 051 to org:UNGA); 'we support the proposed triennial United Nations ocean and seas "
      "conference' = support for a UN plan -> 051 to org:UN (held-out 48/49: supporting a UN plan 051 to org:UN; "
      "held-out 50/51: 'will give our full support to the world conference' 032 future to org:UN; borderline 032, "
      "or not coded as an abstract position); two targets, two events; driving progress on the goal is the purpose"),
 33: ([], "Seychelles (1993): a fragment cut by the splitter, '[that the Indian] Ocean become truly a zone of peace and "
          "cooperation to the benefit of coastal States' = an optative goal, no act"),
 34: ([], "Denmark (2017): 'As Member States, we have an obligation ... in supporting those critical reforms' = 'we' "
          "meaning all Member States (held-out 42/43) and UN reform (held-out 52/53), not coded"),
 35: ([], "DPRK (1996): 'we consider it reasonable to proceed with the restructuring [of the Security Council] "
          "gradually' = a UN reform position (held-out 52/53, 54-61), not coded"),
 36: ([("we welcome", "051", "GNB/GOV", "AGO", False, A, N, False)],
      "Guinea-Bissau (1995); 'As far as Angola is concerned, we welcome the way in which the negotiation process and "
      "the implementation of the agreements signed in Lusaka have developed' = a welcome of developments inside a "
      "named country whose parties the sentence does not name -> 051 to the bare country (held-out 54-61) -> AGO "
      "(borderline AGO/GOV and AGO/REB, the Government and UNITA); the negotiation process and the agreements "
      "signed in Lusaka (the 1994 Lusaka Protocol) have no agent in the sentence or the context, not coded "
      "(guideline: agentless event nouns; borderline a 046 and a 057 AGO/GOV -> AGO/REB from world knowledge)"),
 37: ([("We reiterate our commitment", "032", "KWT/GOV", "IRQ/GOV", False, A, N, False)],
      "Kuwait (2014); 'We reiterate our commitment to support the efforts and endeavours of the Iraqi Government to "
      "overcome the destructive scourge of terrorism' = a pledge of continued support stated as a fact -> 032 "
      "asserted (held-out 26/27: a pledge of continued support 032 asserted; held-out 46/47: commitments stated as "
      "facts asserted 03x), to IRQ/GOV (borderline 033 material support); terrorism 'that currently threatens its "
      "security' is a figurative threat with no named agent in the sentence (ISIL is named in the preceding "
      "sentence; borderline a 138 ISIL -> IRQ/GOV, ISIL having no code -> null source)"),
 38: ([("contribute to the efforts of the international community", "074", "MNE/GOV", "AFG", False, A, N, False)],
      "Montenegro (2011); the sentence starts at 'International Security Assistance Force' (the splitter cut after "
      "'Through our participation in the NATO-led'; held-out 44/45: a part cut off by the splitter taken from the "
      "context); 'we directly contribute to the efforts of the international community to ensure lasting peace in "
      "Afghanistan' through ISAF = troops in ISAF are 074 to the host country (held-out 46/47; held-out 44 row 45: "
      "ISAF 074 -> bare AFG), MNE/GOV (borderline MNE/MIL), habitual -> asserted; 'supporting global efforts in the "
      "fight against terrorism' is an abstract policy position with no named counterpart, not coded"),
 39: ([], "Sierra Leone (2017): the choice of the session's theme 'is apt and timely ... including the emergence of new "
          "threats' = an evaluation; threats as risks (guideline), no actor"),
 40: ([("have been killed", "202", N, "PAK/CVL", False, A, N, False)],
      "Pakistan (2011); 'Some 30,000 innocent Pakistanis - men, women and children - have been killed' = an agentless "
      "killing whose agent comes from the sentence before (held-out 52/53, 62-73): 'the monster of terrorism', "
      "terrorist groups that are not named and have no code -> source null; killings of many civilians -> 202 "
      "(guideline; held-out 77 row 25: thousands killed 202; borderline 180, unspecified violence by non-state armed "
      "groups, the deaths being spread over many attacks), the civilians -> PAK/CVL"),
 41: ([("to ask", "102", "COL/GOV", N, False, A, N, False)],
      "Colombia (2006); 'I have come to the United Nations today to ask for resolute support for our security policy "
      "and our reintegration programme' = a request (guideline: ask -> 10x) for backing of a government policy -> "
      "demand policy support 102 (borderline 103 demand aid, the reintegration of 40,000 demobilized combatants "
      "needing funds), the addressees the Member States, uncoded -> target null (held-out 77 row 30: 'we request "
      "support for the draft resolutions' 102 target null; borderline org:UN); Y not coded separately (guideline)"),
 42: ([], "Gabon (1991): 'Let us not rejoice in the failure of some' = an exhortation about an attitude, no act; "
          "'threats and imbalances' are figurative (guideline: risk)"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Sierra Leone (2008): 'it is essential to end the agricultural subsidies and trade barriers that impoverish "
          "African farmers' = a deontic whose agents (the subsidizing developed countries) and beneficiaries (African "
          "farmers) are uncoded collectives, null-null, not coded (borderline a demanded 085 null -> null, or "
          "SLE/CVL)"),
 44: ([], "Myanmar (2010): the maintenance of international peace and security as the Charter's purpose, 'which all "
          "Member States are committed to strive for' = a description of the Charter and a commitment of all states "
          "(held-out 42/43), no act"),
 45: ([], "Slovenia (2012): 'The Human Rights Council has helped to promote the culture of prevention' = an evaluation "
          "of a UN body's work on an abstract goal, no counterpart (borderline 051 null -> org:UN or an 03x of "
          "org:UN with target null)"),
 46: ([], "Sierra Leone (2014): 'Mutating viral diseases like Ebola can no longer be neatly isolated simply by sealing "
          "off a country' = a generic statement about quarantine, no actor and no named country"),
 47: ([], "Guyana (2004): 'Without a holistic and well-coordinated approach, lasting solutions to our problems will not "
          "be found' = a generic conditional, no actor; 'will not be found' negates no event"),
 48: ([("is playing an active role", "040", "BDI/GOV", "COD/GOV", False, A, N, False),
       ("is playing an active role", "040", "BDI/GOV", "RWA/GOV", False, A, N, False),
       ("is playing an active role", "040", "BDI/GOV", "UGA/GOV", False, A, N, False)],
      "Burundi (2007); 'Burundi is playing an active role ... in the work of the Tripartite Plus Joint Commission, "
      "including the Democratic Republic of the Congo, Rwanda, Uganda and Burundi' = participation in a forum "
      "together with named states (held-out 50/51: participating in forums together with a named state is 040 to "
      "it), 'a suitable forum for us to discuss our security issues' (following sentence) -> consult 040, one per "
      "named member state (guideline: compound split; held-out 18/19: a group without a code is one event per "
      "member the document names), habitual -> asserted (borderline 050 diplomatic cooperation, or 062 for the "
      "security commission)"),
 49: ([], "Micronesia (2008): 'The developed countries may have room to respond to the worsening energy crisis' = "
          "an uncoded collective and a possibility about domestic policy, no act between actors"),
 50: ([], "Kiribati (2008): 'It gives us hope to see that humankind is beginning to do the right thing' = a sentiment "
          "about an uncoded collective, no act"),
 51: ([], "Chile (2017): 'we have already started the energy transition' = domestic policy, no counterpart"),
 52: ([], "Romania (1994): 'the United Nations system can play a moderating and balancing role in managing ... a "
          "partnership for development' = a potential role of the UN, abstract, no named counterpart (borderline a "
          "hypothetical 050 org:UN with target null)"),
 53: ([], "Bahamas (2018): 'Millions of tourists travel to the Bahamas annually' = tourism, not a political act"),
 54: ([], "Botswana (1997): 'Botswana is disposed to a holistic consideration of the package by the General "
          "Assembly' = a position on the Secretary-General's 1997 reform package (preceding sentences), UN reform "
          "positions not coded (held-out 52/53, 54-61); 'I can only observe' is the speaker's statement"),
 55: ([], "Singapore (2016): 'no country can succeed on its own' = a generic statement, no act"),
 56: ([], "Peru (1995): 'We have before us the intellectual challenge of clarifying the content of the central rules "
          "of international law' = 'we' meaning all states (held-out 42/43), abstract, no act"),
}
