"""Hand annotations for the NINETY-FIFTH held-out event gold set (source of events-heldout95.jsonl).

Keyed by the row index of selection-heldout95.jsonl (output of select_bulk_heldout.py 95; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout95.jsonl \
        --annotations annotations_heldout95 --output events-heldout95.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "United States (Obama, 2016): 'My belief that these ideals apply everywhere does not lessen my commitment to "
         "helping those who look like me, or pray as I do, or pledge allegiance to my flag' = a personal attitude "
         "towards an uncoded class of people (fellow citizens, co-religionists), no act between actors; 'does not "
         "lessen' negates a change of attitude, not an event; 'pledge allegiance' is a description of the people"),
 1: ([], "Bosnia and Herzegovina (2016): 'Humanitarian aid can never serve as a substitute for solutions ...' = a "
         "general maxim about aid with no provider and no recipient, no actor; 'never' bears on the substitution, not "
         "on an event"),
 2: ([], "Dominica (2012): 'We are perturbed that ... the United Nations Conference on the Arms Trade Treaty did not "
         "result in the finalization of the treaty' = 'perturbed' is expressed concern (README: 'are alarmed by' is "
         "01x, not coded; borderline 110 as 'disappointed'); the July 2012 conference's 'deliberations and intense "
         "negotiations' and its failure to finalize the treaty are acts of all the negotiating states, an uncoded "
         "collective that includes the speaker (held-out 42/43: 'we' meaning all states; held-out 54-61: acts between "
         "uncoded collectives left uncoded), null-null, not coded (borderline a negated 057 from org:UN with no "
         "target, the conference standing for the Organization)"),
 3: ([], "Peru (2000): a definition of 'genuine democracy' that 'does not consist of imposing a political form in the "
         "image of ... a specific system' = an abstract norm, the imposing agentless and with no named target; no "
         "negated event"),
 4: ([("solemnly reaffirm its", "051", "TGO/GOV", "org:AU", False, A, N, False)],
     "Togo (2012); 'Togo would like to solemnly reaffirm its steadfast support for the African Union initiative that "
     "seeks to grant the African continent ... more adequate representation within the United Nations Security "
     "Council' = verbal support (guideline: 051) for an initiative whose author the sentence names -> org:AU "
     "(held-out 3 row 50: support for the African common position 051 to org:AU; held-out 76 row 21: support for a "
     "named government's initiative goes to that government), 'would like to' performative -> asserted; borderline "
     "not coded as a Security Council reform position (held-out 9 row 79 and 18: support for the Ezulwini Consensus "
     "not coded); 'the modalities that have not yet been defined' is agentless, no negated event"),
 5: ([("we call on", "102", "ZAF/GOV", "org:UNGA", False, A, N, False),
      ("do not recognize", "054", "org:AU", N, True, A, N, False),
      ("do not recognize", "054", "org:SADC", N, True, A, N, False)],
     "South Africa (2009); 'we call on the General Assembly to align itself with resolutions of the African Union and "
     "the Southern African Development Community' = a request (guideline: call on -> 10x) to org:UNGA, Y = adopting "
     "the two organisations' policy line -> demand policy support 102 (borderline 1042 policy change); Y is not coded "
     "separately (guideline); the resolutions 'that do not recognize Governments that come into power by force or "
     "other unconstitutional means' = the AU's and SADC's standing non-recognition, an inanimate resolution standing "
     "for the body that adopted it (held-out 62-73) -> org:AU and org:SADC, one event each (compound split); plain "
     "negation of a third party's recognition -> negated 054 (guideline: only the speaker's performative "
     "non-acceptance is REJECT; held-out 38/39: countries that have not recognized Palestine a negated 054), the "
     "governments an unnamed class -> target null (held-out 24/25: entities designated with no nationality have no "
     "target; the 2009 Madagascar case is not named in the document); borderline 120 REJECT, or not coded as a "
     "general norm"),
 6: ([("such a savage attack", "180", N, "RUS/CVL", False, A, N, True)],
     "Botswana (2004); 'such a savage attack on innocent children, men and women' = the Beslan school siege of "
     "September 2004 (preceding sentence: condolences 'on the tragic loss of life in Beslan'), its perpetrators not "
     "named in the speech -> an agentless terrorist attack 180 with no source (held-out 54-61; held-out 60 row 43: "
     "the Beslan attack 180 null -> RUS), the victims named as civilians in the sentence -> RUS/CVL (borderline bare "
     "RUS as in held-out 60; borderline 202 for the mass killing, or 181 hostage-taking), nominal; 'There can never be "
     "any justification for' is an evaluation, not a negated event (held-out 58 row 3: 'can never be justified' an "
     "evaluation; borderline the speaker's 111 with no target, as 'cannot be condoned'); borderline not coded, 'such a "
     "savage attack' being an anaphoric event noun (held-out 26 row 52: 'the incident in Beslan' not coded)"),
 7: ([], "Morocco (1991): 'those close relations have not so far met the requirements of development and the free "
         "voluntary exchange of goods and ideas' = an evaluation of Morocco's relations with the EEC (preceding "
         "sentence), an anaphoric noun with no party named in the sentence (guideline: not coded); 'have not met the "
         "requirements' negates an outcome, not an event (borderline a nominal 050 MAR/GOV -> org:EU)"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Gabon (2010): 'We will also need to give ongoing attention to other cross-cutting threats ... piracy, the "
         "proliferation of weapons, drug trafficking and transnational organized crime' = 'we' meaning all Member "
         "States (preceding sentence: cooperation among all Member States; held-out 42/43: not coded), attention is no "
         "act, and the threats are risks with no named agent (guideline: figurative)"),
 9: ([("signed agreements@1", "057", "MMR/GOV", "BGD/GOV", False, A, N, True)],
     "Myanmar (2019); 'Smooth and successful repatriation requires ... strict adherence to the signed agreements — and "
     "I stress \"signed agreements\"' = the repatriation arrangement for the displaced persons in Cox's Bazar, which "
     "the following text names as 'the bilateral agreement signed between Myanmar and Bangladesh' (held-out 48/49: an "
     "event noun whose agent is plain only from the text around it is coded; held-out 40/41: a treaty 'since it was "
     "signed' is 057 between its parties) -> a realised signing 057 MMR/GOV -> BGD/GOV, symmetric, from the document's "
     "own government (guideline), nominal, coded once (the repeated quotation is the same agreement); the adherence is "
     "compliance, not coded (borderline a demanded compliance by Bangladesh, which CAMEO has no code for); the "
     "repatriation is the purpose, agentless (borderline a nominal 0874/075), and 'requires ... political will' a "
     "statement of conditions"),
 10: ([("It is taking place", "040", "TCD/GOV", "TCD/OPP", False, A, N, False),
       ("assistance of our partners", "070", N, "TCD/GOV", False, F, N, True)],
      "Chad (2008); 'It' = the political dialogue of the preceding sentence, 'initiated by the agreement of 13 August "
      "2007', which the text before names as the Government's 'political dialogue with the democratic opposition' "
      "(guideline: a missing participant taken from the context) -> consultations 040 TCD/GOV -> TCD/OPP, asserted "
      "('is taking place'); 'naturally will continue' is the same dialogue, coded once (borderline a second 036 "
      "future); 'with the assistance of our partners' = support from partners the speech does not name (following "
      "sentence: gratitude to 'those partners ... for their valuable support in facilitating that dialogue') -> a "
      "nominal 070 with no source to the Government, future as it accompanies the continuation (held-out 52/53 and "
      "54-61: support from uncoded parties a nominal future 070 with no source; borderline asserted, the support "
      "being ongoing, or 045 facilitation); the elections are domestic and the purpose, not coded; borderline the "
      "dialogue not coded as an anaphoric event noun"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Nepal (2017): 'The Paris Agreement on Climate Change should be implemented in coordination with the 2030 "
          "Agenda' = an agentless deontic about implementing agreements, a norm for all parties; no codable "
          "behaviour (guideline: 'comply with obligations' not coded)"),
 12: ([], "United Arab Emirates (1991): 'Mankind should be the focus of our attention' = an abstract deontic, no actor"),
 13: ([], "France (2004): 'we should remember, scarcity of resources has at all times been a factor in conflict' = a "
          "general observation, 'we' meaning everyone; no act"),
 14: ([], "South Africa (2019): 'Our annual gathering here in the Assembly Hall should provide us an opportunity to "
          "recommit to these important values' = the General Debate of all Member States, 'us' meaning all states "
          "(held-out 42/43), recommitting to values an abstract position; not coded"),
 15: ([("we are insisting on giving up", "0344", "MDA/GOV", "MDA/REB", False, A, N, False)],
      "Moldova (2003); 'In the draft that currently is being elaborated, we are insisting on giving up the status of "
      "unitary State, which does not take into account the profound specific characteristics of the Transnistrian "
      "region' = in the joint drafting of a new constitution with the Transnistrian side (preceding sentence: 'drafted "
      "and adopted through joint efforts'; following: 'the principles of the federative organization'), the "
      "Government's own stated position to federalize the state, a concession to the separatist region -> express "
      "intent to change institutions 0344, stated as a fact -> asserted (guideline: intent verbs stated as facts give "
      "03x asserted), to the Tiraspol authorities -> MDA/REB (held-out 85 row 18: the separatist regime of Tiraspol "
      "MDA/REB); borderline a request 1044 by the verb rule (insist -> 10x, held-out 14/15, 85 row 17) with target null, "
      "the insistence being directed at the drafting partners rather than at the speaker itself; 'which does not "
      "take into account' describes a status, no negated event"),
 16: ([], "Timor-Leste (2003): 'The industrialized nations must understand that the international trade systems must "
          "be rectified' = a deontic on an uncoded collective whose Y (understanding, an agentless reform of trade "
          "systems) is no codable behaviour (guideline)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("essential support", "070", "org:UN", "KGZ/GOV", False, A, N, True)],
      "Kyrgyzstan (2019); 'With the essential support of the United Nations, our country is making efforts to "
      "implement ... reforms' = support noun with its agent named -> nominal 070 org:UN -> KGZ/GOV (held-out 28/29: "
      "'with the support of our United Nations partners' a nominal 070 from org:UN; borderline 051 verbal support); "
      "the reforms are domestic; the 'assessments of Kyrgyzstan' by international NGOs (unnamed, uncoded) are "
      "evaluations and ratings, not coded (borderline 051 null -> KGZ/GOV)"),
 18: ([], "Bosnia and Herzegovina (2009): the global economic and financial crisis 'has become the biggest threat to "
          "global peace' = figurative threat (guideline), no actor"),
 19: ([("joins others in welcoming", "051", "VNM/GOV", "TLS/GOV", False, A, N, False),
       ("joins others in welcoming", "051", "VNM/GOV", "CHE/GOV", False, A, N, False)],
      "Viet Nam (2002); 'Viet Nam joins others in welcoming the Democratic Republic of Timor-Leste and the "
      "Confederation of Switzerland to our family of nations' = a performative welcome of new UN Members -> 051 "
      "asserted, one per state (held-out 32 row 35, 35 row 31 and 55 row 41: welcoming an admission is 051 to each new "
      "member; held-out 60 row 27: Switzerland -> CHE/GOV); 'others' are uncoded fellow welcomers, dropped (held-out 19 row 74: 'I "
      "join others in congratulating' coded for the speaker only); the admissions themselves are the UN's act, not "
      "coded (held-out 54-61)"),
 20: ([("The two visits", "042", "ECU/GOV", "PER", False, A, N, True),
       ("The two visits", "042", "PER/GOV", "ECU", False, A, N, True),
       ("mutual desire", "030", "ECU/GOV", "PER/GOV", False, A, N, True),
       ("discuss our bilateral problems", "036", "ECU/GOV", "PER/GOV", False, F, N, False)],
      "Ecuador (Borja, 1991); the speaker quotes his own statement of May 1990 ('I stated') = the speaker's own past "
      "statement, reported_by null (guideline); 'The two visits' = his own visit to Peru and Alan Garcia's visit to "
      "Ecuador, named in the preceding sentence (held-out 48/49: an event noun whose agent is plain from the text "
      "around it is coded; held-out 52/53: official visits from several people are one nominal 042 per visitor) -> "
      "042 to the visited country (README visit precedents: 042 to the bare country), Garcia as President of Peru at "
      "the time -> PER/GOV (held-out 5: office at the time); 'our mutual desire to create a climate of detente, "
      "peace, ... and mutual confidence' = an intent stated as a fact -> nominal 030 (held-out 76 row 49: "
      "'commitment to the peace process' a nominal 03x), symmetric, coded once from the document's own government "
      "(guideline; borderline 0356 intent to de-escalate, or not coded as a sentiment); 'a climate in which at some "
      "point of time we shall be able to discuss our bilateral problems' = future talks on the border dispute -> 036 "
      "future (guideline: future meetings and negotiations 036; borderline hypothetical, the talks being conditional "
      "on the climate); Machu Picchu and Peru are places; the Andean Group summit is the setting of the statement, "
      "not coded (borderline 040 ECU/GOV -> org:CAN)"),
 21: ([], "Haiti (1997): 'the wreck of a passenger boat, which killed more than 100 of my compatriots' = an accident, "
          "no actor; 'threw the country into grief' is figurative"),
 22: ([("provided a forum", "043", "org:ASEAN", N, False, A, N, False)],
      "Viet Nam (2019); 'ASEAN has proved its centrality in the regional rules-based security architecture' = an "
      "evaluation, not coded; 'and provided a forum for States of the region and elsewhere to cooperate' = ASEAN's "
      "convening of its regional meetings (ARF, EAS) -> host/convene 043 (guideline), habitual -> asserted, the "
      "participating States an uncoded collective -> target null (held-out 28/29: several conferences hosted by one "
      "government are one 043 with no target); borderline not coded as a description of an institution's role; the "
      "States' cooperation is an act among uncoded collectives, not coded"),
 23: ([("We are most gratified", "051", "KHM/GOV", N, False, A, N, False),
       ("congratulatory", "051", N, "KHM", False, A, N, True)],
      "Cambodia (1993); 'We are most gratified by the many congratulatory messages from Governments' = the speaker's "
      "appreciation (held-out 62-73: 'we are encouraged by' 051; held-out 64 row 56: 'we are pleased with' 051), the Governments unnamed "
      "-> target null (held-out 14/15: thanks that include a group without a code have target null); the "
      "'congratulatory messages from Governments welcoming the promulgation of the new Constitution of Cambodia and "
      "the reaccession to the throne of His Majesty King Norodom Sihanouk' = the Governments' congratulations, "
      "an event noun with an uncoded agent -> nominal 051 with no source (held-out 36/37: condemnation 'by the "
      "international community' has no source), a welcome of a development inside a named country whose parties "
      "are not named -> the bare country KHM (held-out 62-73; borderline KHM/GOV, the messages being addressed to "
      "the Cambodian leadership); the promulgation and reaccession are domestic, not coded"),
 24: ([("We warmly welcome", "051", "SYC/GOV", "org:UN", False, A, N, False),
       ("we commit our support", "032", "SYC/GOV", "org:UN", False, A, N, False)],
      "Seychelles (2012); 'We warmly welcome the Sustainable Energy for All initiative championed by the "
      "Secretary-General' -> 051 (guideline) to the Secretary-General's initiative -> org:UN (held-out 48/49: "
      "supporting a UN plan or the Secretary-General 051 to org:UN); 'and we commit our support to making it a "
      "success' = a commitment stated as a fact -> 03x asserted (held-out 46/47: commitments stated as facts are "
      "asserted 03x; held-out 26/27: a pledge of continued support 032), policy support -> 032 to org:UN "
      "(borderline 033 material aid); 'championed by' is advocacy, not coded"),
 25: ([], "Cameroon (1999): the proliferation and illicit circulation of small arms 'threaten their stability' = "
          "figurative threat (guideline), agentless; 'a major concern for the member countries of the Committee' is "
          "01x"),
 26: ([("join all those calling on the Security Council", "100", "ALB/GOV", "org:UNSC", False, A, N, False)],
      "Albania (2012); 'Let me join all those calling on the Security Council to step up and comply with its duty "
      "... to preserve peace and security' = joining a call is the speaker's own request, asserted (held-out 14/15, "
      "30 row 41, 37 row 24), to org:UNSC; Y = acting on Syria (preceding sentence) with no specific behaviour -> "
      "generic 100 (borderline 1056 de-escalation, or 102); 'all those calling' are unnamed callers, their call not "
      "coded separately (held-out 18 row 65: 'echo other Member States in calling for' coded for the speaker only; "
      "borderline a second 100 null -> org:UNSC); Y is not coded separately (guideline)"),
 27: ([], "Paraguay (2009): 'I would like to state open concern about ... the unbridled arms race that can in no way "
          "be justified and can only be welcomed by the industries of death' = expressed concern (01x, not coded); "
          "the arms race has no named agent (guideline: event nouns without an agent not coded; borderline a nominal "
          "154 with no source); 'can in no way be justified' is an evaluation (held-out 58 row 3); 'can only be "
          "welcomed by the industries' is ironic and hypothetical, the industries uncoded"),
 28: ([("fully supportive", "051", "BLZ/GOV", N, False, A, N, False)],
      "Belize (2012); 'Belize remains fully supportive of all regional initiatives' = verbal support (guideline: 051) "
      "for initiatives whose authors the sentence does not name -> target null (held-out 76 row 27: 'We commend and "
      "support all efforts' 051 null); borderline one 051 per organisation of the following sentence (OAS, CARICOM, "
      "SICA, CELAC), or not coded as an abstract policy position (guideline)"),
 29: ([], "Costa Rica (1995): 'The democracies of the industrialized world continue providing those weapons' to "
          "'Governments of underdeveloped countries' (preceding sentence) = arms supply between two uncoded "
          "collectives (held-out 54-61: acts between uncoded collectives left uncoded; borderline 072 null -> null); "
          "'cooperation for development' is a comparison, not an act"),
 30: ([], "Russian Federation (2012): 'The events of recent years confirm that ... it is impossible to ensure human "
          "rights' = a general observation, no actor"),
 31: ([("Mongolia commends", "051", "MNG/GOV", "org:UN", False, A, N, False)],
      "Mongolia (2003); a fragment cut by the splitter, 'Mongolia commends the outcome of the first'; the following "
      "text completes the object as the International Ministerial Conference of Landlocked and Transit Developing "
      "Countries ... on Transit Transport Cooperation, 'held in Almaty, Kazakhstan, in August this year, under the "
      "auspices of the United Nations' (held-out 77 row 48: an object cut off by the splitter taken from the "
      "context) -> 051 (guideline: commend) to the UN conference's convener -> org:UN (held-out 66 and 68: a "
      "UN conference's outcome 051 to org:UN); borderline target null (held-out 57: the outcome of a multilateral "
      "conference of uncoded participants), or not coded, the object lying outside the sentence"),
 32: ([("our full support", "051", "HUN/GOV", "org:UN", False, A, N, True),
       ("we pledge our cooperation", "030", "HUN/GOV", "org:UN", False, A, N, False)],
      "Hungary (1994); 'The High Commissioner has had our full support ever since he assumed his office' = verbal "
      "support of the UN High Commissioner for Human Rights (guideline: 051; borderline 070) -> org:UN (held-out "
      "48/49: supporting the High Commissioner 051 to org:UN), a support noun with its agent 'our' -> nominal; 'we "
      "pledge our cooperation in the carrying out of all aspects of his mandate' = a pledge stated as a fact -> 030 "
      "asserted (guideline: 'we pledged to continue' 03x asserted; held-out 41 row 25: an assurance of 'full support and "
      "cooperation' 030) to org:UN"),
 33: ([], "Burkina Faso (1995): 'whenever a threat to world peace has arisen, the United Nations has been able to "
          "bring machinery to bear to limit the destructive effects' = a general evaluation of the UN's record, the "
          "threats figurative and unnamed and the UN's action with no named target or specific behaviour; not coded "
          "(borderline a habitual 074 or 045 org:UN -> null)"),
 34: ([("Syria welcomes", "051", "SYR/GOV", "org:UN", False, A, N, False)],
      "Syria (2005); a fragment cut by the splitter, 'Syria welcomes the interest shown by the United'; the following "
      "text completes it as 'Nations and its Member States in combating and eradicating terrorism' (held-out 77 row "
      "48: an object from the context) -> a welcome 051 (guideline) to org:UN, the Member States an uncoded "
      "collective, dropped (guideline compound rule); borderline not coded, the 'interest shown' being an attitude "
      "rather than an act (held-out 60 row 44 coded a welcome of 'heightened awareness')"),
 35: ([], "Bhutan (1996): a fragment cut by the splitter, 'The calls for change and reform of the United' [Nations] = "
          "calls by the Members (an uncoded collective) for UN reform (held-out 54-61 and 62-73: UN reform positions "
          "not coded)"),
 36: ([], "Turkmenistan (2016): 'complex processes that are undermining global cooperation' = agentless processes, "
          "the expanding area of potential conflict a description; no act"),
 37: ([("has offered to host", "036", "KAZ/GOV", "org:UN", False, A, N, False)],
      "Kazakhstan (2016); 'Kazakhstan has offered to host a United Nations regional hub in Almaty' = a realised offer "
      "-> 036 asserted (README 52/53: 'offered to host' 036; held-out 92 row 21: 'offered to host' 036 to org:UN), "
      "the hub being the UN's -> org:UN (held-out 46/47: 'we host' an organisation's centre is 043 to the "
      "organisation, here only offered); Almaty is a place; the hub's focus areas are its purpose"),
 38: ([], "China (2001): 'Terrorism is a widespread scourge that threatens world peace' = figurative threat "
          "(guideline), no named actor"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Malta (2018): 'I mention those examples because both of them have hit us particularly hard' = a speech act "
          "about the speech; plastic pollution and migration have no actor"),
 40: ([], "Ghana (2019): 'Our world is enriched by its diversity of cultures' = a description, no act"),
 41: ([("intends to accede", "030", "UKR/GOV", N, False, A, N, False),
       ("it will place", "0355", "UKR/GOV", "org:IAEA", False, F, N, False)],
      "Ukraine (1992); 'Ukraine intends to accede in the very near future to the Treaty on the Non-Proliferation of "
      "Nuclear Weapons' = an explicit intent verb stated as a fact -> 03x asserted (guideline), joining a multilateral "
      "treaty -> 030 with no target (held-out 45 row 14: 'would sign' a multilateral treaty 030 with no target; held-out "
      "48/49: joining the NPT 057 with no target; borderline 057 future); 'it will place all its nuclear power plants "
      "and all fissionable materials under the supervision of the International Atomic Energy Agency' = a future "
      "cooperative act of accepting IAEA safeguards (the reverse of held-out 38/39: refusing safeguards 1245 to "
      "org:IAEA) -> intent to allow international involvement 0355 future (guideline: future cooperative acts get "
      "03x) to org:IAEA (borderline 0862 future, or 057 future for a safeguards agreement)"),
 42: ([("has risen to the challenge", "070", "ARE/GOV", "DMA", False, A, N, False)],
      "Dominica (2017); 'The United Arab Emirates, for example, has risen to the challenge' = in the context of "
      "Hurricane Maria, the 'traditional friends ... playing their part' in helping Dominica rebuild (preceding text) "
      "and the UAE's announced giving (following sentence) -> an idiom for a real aid act (held-out 4: a metaphor for "
      "a real act is coded) -> 070 (borderline 073 humanitarian aid), the UAE -> ARE/GOV, to Dominica as a whole -> "
      "DMA (held-out 58 row 4: relief for Dominica after Erika 073 to DMA; borderline DMA/GOV); borderline not coded as "
      "a figurative evaluation with no aid verb"),
 43: ([], "Togo (2001): 'Violence can only beget bitterness and resentment and perpetuate violence' = a general maxim, "
          "no actor"),
 44: ([("has already received", "075", "ARG/GOV", "VEN/CVL", False, A, N, False)],
      "Argentina (2018); 'Argentina has already received 130,000 Venezuelans' = admitting people who fled Venezuela "
      "(preceding sentence: 'taking them in and integrating them') -> grant asylum 075 (held-out 6: admitting "
      "refugees 075; held-out 60: 'we receive' Nicaraguans 075 CRI/GOV -> NIC/CVL), to the migrants -> VEN/CVL "
      "(borderline 073 humanitarian aid)"),
 45: ([], "India (1999): 'are there ... any landmarks that could indicate a path for our future?' = a rhetorical "
          "question about history, no act"),
 46: ([], "Bhutan (2014): 'strong partnerships are the key to delivering on the post-2015 development agenda' = an "
          "abstract evaluation, no named parties"),
 47: ([], "Austria (1993): 'The same can be said for the situation in Croatia' = an ellipsis whose acts (the "
          "'continuing violation of international law' and 'the failure of the system of collective security') lie in "
          "the preceding sentence (held-out 54-61 and 62-73: fragments whose act lies outside the sentence left "
          "uncoded; borderline a nominal 190 YUG/GOV -> HRV)"),
 48: ([], "Latvia (2008): 'We live in a world with deteriorating security ...' = a description, no act"),
 49: ([], "Paraguay (1997): a fragment cut by the splitter, 'In keeping with the principle of the universality of the' "
          "[United Nations]; the following call to reconsider resolution 2758 on Taiwan lies outside it (README, "
          "later sets: a request whose verb falls outside the selected sentence is left uncoded)"),
 50: ([], "Guyana (2005): 'There therefore has to be a serious global rethinking of what constitutes real and "
          "sustainable development' = an agentless deontic, no codable behaviour"),
 51: ([], "Iceland (2016): 'I am confident that we will succeed' = 'we' meaning all states (the agreed goals of the "
          "preceding text), an optative confidence, no act"),
 52: ([], "Lesotho (2004): 'The Great Lakes region remains politically volatile' = a description, no act"),
}
