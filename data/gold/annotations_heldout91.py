"""Hand annotations for the NINETY-FIRST held-out event gold set (source of events-heldout91.jsonl).

Keyed by the row index of selection-heldout91.jsonl (output of select_bulk_heldout.py 91; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout91.jsonl \
        --annotations annotations_heldout91 --output events-heldout91.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Dominican Republic (2000): 'Peoples whose asymmetry ... cannot and will not be able to adapt ... if they do "
         "not receive the kind of support that allows them to attain economic and social objectives' = a generic "
         "conditional about aid from unnamed providers to an uncoded class of underdeveloped peoples, null-null, not "
         "coded (held-out 54-61: acts between uncoded collectives left uncoded; borderline a negated, hypothetical "
         "070 null -> null); 'will not be able to adapt' negates an ability, not an event"),
 1: ([], "Guinea-Bissau (2000): 'the response of our development partners has not been in line with the sacrifices "
         "demanded and the urgency of the problems identified' = an evaluation of the adequacy of an unspecified "
         "response by uncoded partners (the preceding sentence: the structural adjustment of 'the majority of "
         "African countries'); 'has not been in line with' negates a match, not an event; not coded (borderline a "
         "nominal 030 null -> GNB/GOV, as held-out 52/53's 'the support we have extended has not been as great as we "
         "would have hoped' asserted 071, but 'response' names no act); 'the sacrifices demanded' is an agentless "
         "passive (borderline 100 null -> null for the adjustment conditions)"),
 2: ([], "European Union (2013): 'The countries of our continent agreed to live peacefully together only after many "
         "wars' = a historic settlement among the European states, an uncoded collective with no named member, and "
         "'many wars, and many civil wars' are agentless; acts between uncoded collectives are left uncoded "
         "(held-out 54-61; borderline a 057 null -> null, or from org:EU); 'a price we never want others to have to "
         "pay' is optative, 'never' bearing on a wish, not an event"),
 3: ([("entering", "057", "HTI/MIL", "HTI/OPP", False, A, N, False)],
     "Dominica (1994); 'They' = 'the military leaders in Haiti' of the preceding sentence (Cedras's junta -> HTI/MIL, "
     "earlier sets); 'temporized by entering into the Governors Island Agreement' = concluding the July 1993 "
     "agreement -> 057 (guideline: agreements concluded 057), its other party the ousted President Aristide, named "
     "in the preceding text ('the return of President Aristide to Haiti') -> HTI/OPP by the de facto rule for "
     "ousted leaders (earlier sets: Zelaya HND/OPP, Myanmar's ousted leaders MMR/OPP; borderline HTI/GOV, the "
     "legitimate President the speaker recognises); 'temporized' is a description of intent, not coded; 'which they "
     "later failed to honour' = non-compliance with an agreement whose content the sentence does not name -> not "
     "coded (guideline: 'comply with obligations' not codable; held-out 19 row 59, 46 row 6: 'not honouring "
     "commitments' uncoded; borderline a negated 0831 for Cedras's promised departure, or 128)"),
 4: ([], "Egypt (2016): 'Threats to international peace and security ... a threat to the very tenets of human "
         "civilization' = threats as risks (guideline: figurative), no actor; 'no longer conventional' bears on a "
         "description"),
 5: ([], "Antigua and Barbuda (2010): 'Never ... has our planet been faced with a greater urgency to meet these "
         "objectives' = an evaluation, no actor; 'never' bears on urgency"),
 6: ([], "Kazakhstan (2013): 'Since we met here at the United Nations a year ago' = the previous General Debate, 'we' "
         "meaning all the leaders (held-out 42/43: 'we' meaning all states not coded); 'the world situation has not "
         "improved' is agentless, no event"),
 7: ([("the blockade", "163", "org:UNSC", "IRQ", False, A, N, True),
      ("has not yet been lifted", "085", "org:UNSC", "IRQ", True, A, N, False)],
     "Iraq (1998); 'the blockade' = the Security Council's comprehensive sanctions on Iraq (the speech's own name for "
     "them; held-out 18/19: a US 'blockade' of Cuba 163), an event noun whose agent is plain from the text around "
     "it (preceding sentences: 'Why has the Security Council been unable ...', 'lifting the blockade imposed on the "
     "people of Iraq'; held-out 42/43: sanctions imposed on Iraq are the Security Council's) -> nominal 163 "
     "org:UNSC -> bare IRQ (held-out 62 rows 3, 41); 'has not yet been lifted' = the sanctions' non-easing, an "
     "agentless passive taking its agent from the same context -> negated 085 (guideline: 'has yet to' negated; "
     "held-out 26 row 4: 'should be lifted' 085) org:UNSC -> IRQ (borderline source null, as held-out 26 row 4); "
     "'the continuation of cooperation' = Iraq's cooperation with the Council and UNSCOM, a hypothetical "
     "continuation called meaningless, not coded (borderline a nominal 050 IRQ/GOV -> org:UNSC)"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Tajikistan (2015): 'the special session on drugs to be held in 2016 will offer an opportunity ... to review "
         "the implementation ... and to develop new and effective measures' = an agentless future meeting of the "
         "whole Assembly and its purposes, no participant named (borderline 036 future with no source)"),
 9: ([], "Germany (2010): 'Germany will stand for election as a non-permanent member of the Security Council' = a "
         "candidacy for UN membership of an organ, a membership position (held-out 54-61: UN admissions and "
         "membership positions uncoded; borderline 036 future DEU/GOV -> org:UNSC); 'the ideal forum in which to "
         "cooperate' is a description"),
 10: ([], "Norway (1994): 'It is our hope that this Mission will encourage the parties to resume the peace "
          "negotiations' = an optative hope about others' acts (held-out 5: a hope about another actor's act is not "
          "coded): the UN human rights verification Mission (MINUGUA) encouraging the Government of Guatemala and the "
          "URNG (preceding text) (borderline a hypothetical 1046 org:UN -> GTM/GOV and GTM/REB, and a hypothetical "
          "046 GTM/GOV -> GTM/REB)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Jamaica (1992): 'we must all resist the tendency to use resources ... to bring developing countries under "
          "the dictates of the multilateral financial institutions' = 'we all' meaning all states (held-out 42/43), "
          "an abstract deontic about aid policy; the coercion is a hypothetical tendency with no named agent; not "
          "coded (borderline a hypothetical 170 org:IMF/org:WB -> null)"),
 12: ([], "Sierra Leone (2018): Africans 'asking why they should be excluded from the Security Council' = a reform "
          "position on Council membership (held-out 54-61: UN reform and membership positions uncoded), the speech "
          "verb of an uncoded collective; not coded (borderline 1044 null -> org:UNSC)"),
 13: ([], "Turkey (2012): 'The Security Council ... should become more representative, functional and effective' = "
          "UN reform (held-out 7, 54-61), not coded"),
 14: ([], "Spain (2009): the sentence starts at 'Goals must be' (the splitter cut after 'The achievement of the "
          "Millennium Development'); an abstract deontic about an agenda, no actor"),
 15: ([], "Suriname (2018): 'That recommitment, which I call on all of us to embrace' = a call to all states, 'us' "
          "meaning all states (held-out 42/43: not coded; held-out 52/53: urging with no addressee not coded); "
          "'the inherent right to a decent life' is a description"),
 16: ([("to release all political prisoners", "0841", "ZAF/GOV", "ZAF/OPP", False, D, N, False),
       ("still languishing in jail", "173", "ZAF/GOV", "ZAF/OPP", False, A, N, False)],
      "Zimbabwe (1992); 'He' = President F. W. de Klerk (preceding sentences) -> ZAF/GOV; 'He must take steps now to "
      "release all political prisoners' = a deontic with no request verb (guideline: 'X must do Y' codes Y, "
      "demanded, no REQUEST for the speaker) -> release 0841 demanded; the political prisoners of apartheid -> "
      "ZAF/OPP (held-out 48/49: the release of Mandela and other political leaders 0841 ZAF/GOV -> ZAF/OPP; "
      "borderline ZAF/CVL); 'we are told there are 140 prisoners still languishing in jail' = their continuing "
      "detention by the same Government -> 173 asserted (held-out 28/29: a detention in a relative clause 173; "
      "borderline not coded as a state rather than an act), 'we are told' names no source -> reported_by null "
      "(guideline: 'reportedly' with no named source)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("have been killed", "1823", N, "BDI/MIL", False, A, N, False)],
      "Burundi (2016); 'the security personnel who have been killed while on duty' = killings of members of the "
      "security forces, an agentless passive (guideline: killings of individuals 1823); the sentence before names no "
      "killer (set 54-61: agentless killings take their agent from the sentence before only when it names one; the "
      "earlier 'numerous actors ... whose methods are uniformly violent' are unnamed) -> source null (borderline "
      "BDI/REB, unnamed outlaw groups); security personnel -> BDI/MIL (held-out 31 row 36, 37 row 17: security "
      "forces MIL; borderline BDI/COP); 'with no mention of' negates the report's mention, not the killing; 'Some "
      "cases have been taken out of context and others blown out of proportion' = the speaker's criticism of the "
      "UN report already rejected in the preceding sentence, an agentless description, not coded (borderline 111 "
      "BDI/GOV -> org:UN)"),
 18: ([], "Australia (2005): 'these welcome outcomes' is an adjective, and 'questions and ... disappointments remain' "
          "an evaluation; no act"),
 19: ([("welcome", "051", "JAM/GOV", N, False, A, N, False)],
      "Jamaica (2002); 'Some indications were given of ODA increases, which we welcome' = a welcome (guideline: 051) "
      "of the aid announcements made at Monterrey, whose donors the document does not name -> target null (held-out "
      "59 row 56: praise of agentless steps 051 null; borderline USA/GOV and org:EU, the Monterrey pledgers by world "
      "knowledge); the ODA increases themselves = future aid from uncoded donors to uncoded developing countries, "
      "null-null, not coded (borderline a nominal future 071 null -> null); 'still fall below the agreed targets' is "
      "an evaluation"),
 20: ([("We also support the recent decision", "051", "TTO/GOV", "org:UN", False, A, N, False)],
      "Trinidad and Tobago (2004); 'We also support the recent decision by the Economic and Social Council to "
      "reactivate its Ad Hoc Advisory Group on Haiti' = verbal support of a decision (guideline: 051; held-out "
      "38/39: welcoming a General Assembly decision 051) of ECOSOC, which has no code of its own -> org:UN (held-out "
      "14 row 66, 37 row 45); the reactivation of the advisory group is an internal UN act, and 'to promote the "
      "coordination and development of a long-term programme of assistance to that country' its purpose, not coded "
      "(borderline a future nominal 070 org:UN -> HTI/GOV)"),
 21: ([], "Portugal (1996): 'we are still far from meeting the expectations created and the real needs of the "
          "Organization' = 'we' meaning all Member States (held-out 42/43), an evaluation of UN reform, no act"),
 22: ([("He championed Gulf cooperation", "050", "BHR/GOV", "org:GCC", False, A, N, False)],
      "Bahrain (1999); 'He' = the late Emir Shaikh Isa Bin Salman Al-Khalifa (preceding text), his historic acts "
      "coded to the office held at the time (held-out 5) -> BHR/GOV (held-out 28/29: a late president's support is "
      "his government's, 050); 'championed Gulf cooperation' = Bahrain's cooperation within the Gulf Cooperation "
      "Council -> diplomatic cooperation 050 to org:GCC (held-out code; borderline 051 verbal support, or target "
      "null); 'and Arab solidarity' = an abstract cause with no named counterpart, not coded (borderline 050 to "
      "org:LAS)"),
 23: ([("The Spanish people welcome", "051", "ESP/CVL", "COL", False, A, N, False),
       ("the strong support of our Government", "051", "ESP/GOV", "COL", False, A, N, True)],
      "Spain (2016); 'that beloved country' = Colombia (preceding sentence); 'The Spanish people welcome the peace "
      "agreement' = a welcome by the people (held-out 42/43: 'The people of Luxembourg joined in condemning' is "
      "LUX/CVL's; borderline ESP/GOV, the speaker speaking for the nation) -> 051; the agreement's parties (the "
      "Government and the FARC) are named neither in the sentence nor in the document -> the welcome goes to the "
      "bare country (set 62+: a welcome of a development inside a named country whose parties are not named; "
      "held-out 71 row 39 -> bare KHM), and 'the peace agreement reached' is agentless, not coded (borderline a "
      "nominal 057 COL/GOV -> COL/REB by world knowledge); 'which has the strong support of our Government on both "
      "the bilateral and the multilateral level' = verbal support with its agent named -> nominal 051 ESP/GOV -> "
      "COL (borderline 070 for material support)"),
 24: ([], "Lesotho (2007): 'If a country is not accustomed to holding elections or to accepting election results, "
          "conflicts arise' = a generic conditional, no actor"),
 25: ([], "Suriname (2005): 'supports the efforts of strengthening the Organization through reform' = a UN reform "
          "position (held-out 7, 54-61; guideline: support for UN reform is an abstract policy position), not coded "
          "(borderline 051 SUR/GOV -> org:UN); 'continues to believe in the values' is an attitude"),
 26: ([("calling for a process", "106", "TTO/GOV", N, False, A, N, False)],
      "Trinidad and Tobago (2006); 'joins with other small vulnerable economies in calling for a process that would "
      "accelerate the recommencement of negotiations' = a request (guideline: call for -> 10x) whose Y is resuming "
      "the suspended Doha trade negotiations (preceding sentence) -> 106, no addressee named (the WTO membership, "
      "uncoded) -> target null (held-out 77 row 8: a call for the Doha Agenda to be concluded 1011 with target null; "
      "borderline org:WTO); the other small vulnerable economies are an uncoded collective, dropped (guideline "
      "compound rule); 'adequate treatment is afforded to the development dimension' is part of Y, not coded"),
 27: ([("thank", "051", "GNQ/GOV", "USA/GOV", False, A, N, False),
       ("thank", "051", "GNQ/GOV", "CHN/GOV", False, A, N, False),
       ("thank", "051", "GNQ/GOV", "CUB/GOV", False, A, N, False),
       ("thank", "051", "GNQ/GOV", "FRA/GOV", False, A, N, False),
       ("thank", "051", "GNQ/GOV", "BRA/GOV", False, A, N, False),
       ("thank", "051", "GNQ/GOV", "RUS/GOV", False, A, N, False),
       ("thank", "051", "GNQ/GOV", "MAR/GOV", False, A, N, False),
       ("have been cooperating", "061", "USA/GOV", "GNQ/GOV", False, A, N, False),
       ("have been cooperating", "061", "CHN/GOV", "GNQ/GOV", False, A, N, False),
       ("have been cooperating", "061", "CUB/GOV", "GNQ/GOV", False, A, N, False),
       ("have been cooperating", "061", "FRA/GOV", "GNQ/GOV", False, A, N, False),
       ("have been cooperating", "061", "BRA/GOV", "GNQ/GOV", False, A, N, False),
       ("have been cooperating", "061", "RUS/GOV", "GNQ/GOV", False, A, N, False),
       ("have been cooperating", "061", "MAR/GOV", "GNQ/GOV", False, A, N, False)],
      "Equatorial Guinea (2014); 'On behalf of the people of Equatorial Guinea, I wish to thank those countries' = "
      "the speaker's thanks (guideline: thank -> 051), the head of delegation speaking for the nation -> GNQ/GOV "
      "(borderline GNQ/CVL), one event per country named (guideline compound split; the unnamed others are an "
      "uncoded collective, dropped); 'that have been cooperating with my Government in developing our economic and "
      "trade relations' = economic cooperation -> 061 (borderline 050), from each named country to GNQ/GOV (held-out "
      "28/29: thanks 'for the ongoing support' gives the support its agent), ongoing -> asserted; 14 events by the "
      "compound rule"),
 28: ([], "France (1991): 'The United Nations could not remain passive in the face of the tragedy which threatened the "
          "very existence of the Kurdish people' = a litotes for the UN's 1991 response (resolution 688, named in the "
          "following sentence), whose act the sentence does not state; 'could not remain passive' negates passivity, "
          "not an event; the tragedy (Iraq's repression of the Kurds) is an event noun with no agent in the sentence "
          "or the adjacent text, and 'threatened the very existence' is figurative; not coded (borderline a 1041/1056 "
          "org:UNSC -> IRQ/GOV for resolution 688, or a nominal 175 IRQ/GOV -> IRQ/CVL)"),
 29: ([], "Tanzania (2002): 'We look forward to seeing the developed countries of the North play their part' = an "
          "optative hope about an uncoded collective's acts (held-out 32/33: hopes about others' aid not coded); the "
          "'high-level plenary meeting of the General Assembly on support for NEPAD' is a meeting of the whole "
          "Assembly about support, no named act between actors (borderline a nominal 051 org:UNGA -> org:AU)"),
 30: ([], "Saint Lucia (2011): 'issues that require global participation and cooperation' = a generic description, no "
          "actor"),
 31: ([("reiterate our profound", "051", "COM/GOV", "FRA/GOV", False, A, N, False),
       ("military intervention", "190", "FRA/MIL", N, False, A, N, True),
       ("requested", "1034", "COM/GOV", "FRA/GOV", False, A, N, False),
       ("defence agreements", "057", "COM/GOV", "FRA/GOV", False, A, N, True)],
      "Comoros (1996); 'reiterate our profound gratitude to France' = thanks (guideline: 051) -> COM/GOV -> FRA/GOV; "
      "'whose military intervention' = France's October 1995 Operation Azalee against the coup of Bob Denard's "
      "mercenaries -> 190 (held-out 10/11: 'military intervention' 190), an event noun with its agent named -> "
      "nominal, FRA/MIL (held-out 10 row 29: 'Russia's military intervention' RUS/MIL; borderline FRA/GOV); the "
      "mercenaries are an uncoded group (held-out 56 row 0) -> target null (borderline COM/REB, unnamed outlaw "
      "groups); 'made it possible to rout the mercenaries' is the same operation, coded once (borderline a second "
      "190); 'requested by the Government of the Comoros' = a passive with its agent named, a request for military "
      "protection -> 1034 (borderline 1032 military aid) COM/GOV -> FRA/GOV, not nominal; 'the defence agreements "
      "between our two countries' = agreements named by their parties -> nominal 057 (held-out 38/39: an agreement "
      "named by its parties is a nominal 057), symmetric, from the document's own government (guideline); 'in "
      "accordance with' is not attribution"),
 32: ([("suicide bombings", "1831", "PSE/REB", "ISR/CVL", False, A, N, True),
       ("other forms of destruction", "180", "PSE/REB", "ISR/CVL", False, A, N, True)],
      "Malta (2002); 'the targeting of Israeli civilians in suicide bombings' = suicide bombing 1831 (held-out 26/27: "
      "bombings 1831/1832), an event noun -> nominal; its perpetrators are unnamed, but 'the cause the perpetrators "
      "of those crimes claim to support' is the Palestinian cause of the preceding sentence -> Palestinian armed "
      "groups, unnamed outlaw groups -> the country's REB (held-out 34/35; Hamas PSE/REB) (borderline source null, "
      "as held-out 26/27's agentless bombing); the victims -> ISR/CVL; 'other forms of destruction of the lives and "
      "property of innocent civilians' = further violence by the same perpetrators against the same civilians -> a "
      "second nominal 180 (guideline: unspecified violence by non-state armed groups; held-out 32/33: an occupying "
      "army's acts one per code; borderline folded into the 1831); 'does untold harm to the cause' is an "
      "evaluation, and 'claim to support' a claim, not coded"),
 33: ([("We thank the Secretary-General", "051", "LCA/GOV", "org:UN", False, A, N, False),
       ("his words of support", "051", "org:UN", "LCA/GOV", False, A, N, True),
       ("his visit to our brothers and sisters", "042", "org:UN", "BHS", False, A, N, True)],
      "Saint Lucia (2019); thanks to the Secretary-General -> 051 LCA/GOV -> org:UN (guideline: thank 051; held-out "
      "48/49: the Secretary-General -> org:UN); 'his words of support' = the support he expressed at the CARICOM "
      "Heads of Government meeting in Saint Lucia (preceding sentences: 'countries like ours') -> nominal 051 "
      "(guideline: 'express support' 051) org:UN -> LCA/GOV (borderline target org:CARICOM or null, the SIDS "
      "addressed as a group); 'his visit to our brothers and sisters in the Bahamas' = his visit after Hurricane "
      "Dorian -> nominal 042 (held-out 30/31: the Secretary-General's visit a nominal 042 from org:UN), to the bare "
      "country (held-out 45 row 37: visits are coded to the bare country; borderline BHS/CVL, the people named); "
      "'we note first-hand' is the speaker's observation"),
 34: ([], "Holy See (2013): 'war, terrorism, organized crime and other forms of armed violence ... represent the most "
          "significant obstacles to development' = generic, no actor; 'a constant threat to peace' is figurative"),
 35: ([("sincerely commend", "051", "LAO/GOV", "org:UNGA", False, A, N, False)],
      "Lao PDR (2014); 'I would also like to sincerely commend His Excellency Mr. John Ashe for the successful "
      "completion of his work as President of the Assembly' = a performative praise -> 051 asserted (guideline: "
      "commend 051) to the outgoing President of the General Assembly -> org:UNGA (held-out 30/31: appreciation of "
      "an outgoing PGA org:UNGA)"),
 36: ([], "Somalia (2013): 'Al-Shabaab is indeed a national threat, but its consequences have negative impacts on the "
          "region and the entire world' = a threat as risk (guideline: figurative), a description of an armed group "
          "with no act; not coded (borderline a nominal 180 SOM/REB -> SOM)"),
 37: ([("I commend", "051", "BHS/GOV", "org:UNGA", False, A, N, False),
       ("I commend", "051", "BHS/GOV", "org:UN", False, A, N, False),
       ("convening", "043", "org:UNGA", "BHS/GOV", False, A, N, False),
       ("convening", "043", "org:UN", "BHS/GOV", False, A, N, False)],
      "Bahamas (2017); 'I commend the President and the Secretary-General' = praise (guideline: commend 051), one per "
      "addressee (guideline compound split): the President of the General Assembly -> org:UNGA, the "
      "Secretary-General -> org:UN; 'for convening the recent high-level meeting' = hosting/convening (guideline: "
      "host/convene 043) by each of them, the agent given by the praise (held-out 28/29: thanks 'for' an act give "
      "it its agent); 'to allow those of us impacted to bring focus on these events' = the hurricane-affected "
      "states, an uncoded class that names the speaker -> BHS/GOV (held-out 26/27: a collective naming one member "
      "is coded for that member; borderline target null, held-out 28/29: conferences hosted with no target); 'our "
      "other partners' are uncoded"),
 38: ([], "Italy (2010): 'Italy is a strong supporter of the central role of the United Nations in global governance' "
          "= an abstract policy position on the UN's role (guideline; held-out 7: support for UN reform not coded), "
          "not an act (borderline 051 ITA/GOV -> org:UN, as held-out 48/49's support for a UN plan)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([("a key ally in addressing", "070", "org:UN", "ZMB/GOV", False, A, N, True)],
      "Zambia (2015); 'The United Nations has been a key ally in addressing some of those problems' = the UN's "
      "assistance with the social disadvantages of marginalised groups named in the preceding sentences (Zambia's "
      "own efforts) -> an agent noun for a realised habitual act (held-out 22/23: 'a positive role as a "
      "peacekeeping contributor' a nominal 074) -> nominal aid 070 org:UN -> ZMB/GOV (borderline 050 for 'ally', "
      "or not coded as a description); 'the story of Zambia is the story of the United Nations' is a metaphor"),
 40: ([], "Guatemala (2005): 'We also express our hope that the difficult situation in the Middle East will have a "
          "satisfactory outcome' = an optative hope (held-out 5), agentless; the Security Council resolutions are "
          "named as a standard, not acts"),
 41: ([("would like to propose", "030", "GNQ/GOV", N, False, A, N, False)],
      "Equatorial Guinea (2008); 'would like to propose the establishment of an international steering committee "
      "made up of experts from both donor and African countries' for NEPAD's delayed implementation (preceding "
      "text) = a proposal to cooperate, an explicit intent stated as a fact (guideline: 'proposed shipping' 03x "
      "asserted; held-out 44 row 37: 'We propose to organize' 030), 'would like to' performative -> asserted; no "
      "addressee named (donor and African countries uncoded) -> target null (borderline org:AU, NEPAD's owner; "
      "borderline not coded as an institutional position, held-out 77 row 24)"),
 42: ([], "Gabon (1999): 'As Security Council resolution 1208 (1998) clearly indicates' = attribution of a "
          "description to the Council, not an act; 'asylum countries pay a heavy price for their solidarity with "
          "people driven out of their homes' = hosting refugees by an uncoded class of countries for uncoded "
          "refugees, null-null (borderline 075 null -> null), and 'driven out ... as a result of combat' is "
          "agentless; not coded"),
 43: ([("extending sincere congratulations", "051", "NAM/GOV", "org:UNGA", False, A, N, False)],
      "Namibia (1995); 'Mr. President, Namibia joins the preceding speakers in extending sincere congratulations and "
      "best wishes to you upon your unanimous election' = a performative congratulation of the President of the "
      "General Assembly -> 051 to org:UNGA (held-out 48/49: commending the Assembly President's election 051 to "
      "org:UNGA); the preceding speakers are uncoded, dropped; 'best wishes' is well-wishing, coded with the "
      "congratulation once"),
 44: ([], "Panama (1991): 'Our Darien area has for several decades constituted a resource reserve' = a description, "
          "no act"),
 45: ([("Burundi is committed on", "074", "BDI/GOV", "SOM", False, A, N, False)],
      "Burundi (2010); 'With respect to Somalia, Burundi is committed on the ground despite the many problems its "
      "troops are encountering' = Burundi's troop contribution to AMISOM (preceding sentence) -> peacekeeping 074 "
      "(held-out 27 row 27: AMISOM 074 to the country; held-out 36 row 47: troop contributions one 074 per country "
      "of deployment) to bare SOM, ongoing -> asserted, the subject the state -> BDI/GOV (borderline BDI/MIL for "
      "'its troops'); 'the many problems its troops are encountering' (attacks by unnamed insurgents, logistics) "
      "name no act, not coded"),
 46: ([("pay tribute to the", "051", "VNM/GOV", "org:UN", False, A, N, False)],
      "Viet Nam (2005); 'I also take this opportunity to pay tribute to the Secretary-General, Mr. Kofi Annan, for his "
      "great efforts' -> 051 (held-out 52/53: 'pay tribute to' is 051) to org:UN (held-out 48/49); his efforts 'to "
      "reform and strengthen our Organization' are UN reform (held-out 7), not coded"),
 47: ([], "Guatemala (2009): 'more than half a million families are covered by programmes' = domestic social policy, "
          "no act between actors"),
 48: ([], "Norway (1996): 'the United Nations is increasingly involved in internal crises' = a general description of "
          "the UN's role with no named country or specific act (borderline a nominal 074 org:UN -> null)"),
 49: ([], "Israel (2010): 'Iran can exist without Hamas, Islamic Jihad and Hizbullah, but the terrorist organizations "
          "cannot exist without Iran' = a statement of dependency that implies Iranian sponsorship (the following "
          "sentence: 'Relying on those proxies'), but no behaviour verb (guideline: descriptions without a behaviour "
          "verb are not coded); borderline 070 IRN/GOV -> PSE/REB (Hamas and Islamic Jihad, one pair) and -> LBN/REB "
          "(Hizbullah)"),
 50: ([], "Iraq (2009): 'economic and financial laws enacted by the Iraqi Government, which led to increased personal "
          "income ... for our citizens' = domestic economic legislation, no act between actors (unlike held-out 77 row "
          "56's repeal of restrictions, 081); not coded"),
 51: ([], "Nauru (2012): a fragment cut by the splitter, 'This body was a very different place when Minister' [Paul-"
          "Henri Spaak opened the first session]; a description, no act in the sentence"),
 52: ([], "Portugal (2001): 'I refer specifically to the work of the General Assembly on the draft global convention "
          "on terrorism' = a speech act about the Assembly's internal drafting work, no act between actors"),
}
