"""Hand annotations for the HUNDRED-AND-FORTY-SIXTH held-out event gold set (source of events-heldout146.jsonl).

Keyed by the row index of selection-heldout146.jsonl (output of select_bulk_sentence_heldout.py 146; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout146.jsonl \
        --annotations annotations_heldout146 --output events-heldout146.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019: neg
 0: ([("urge", "102", "MEX/GOV", N, False, A, N, False)],
     "Mexico (1998); 'Once again we urge the countries that have not yet done so to ratify as soon as possible these "
     "conventions' (the landmine and chemical-weapons treaties of the sentence before) = a request (guideline: urge -> "
     "10x) to ratify treaties -> 102 (earlier sets: calls to ratify or join a treaty 102), addressed to an uncoded "
     "class of states -> target null (set 117: 'call on all countries that have not yet done so to join the Rome "
     "Statute' 102 with no target, its negated accession uncoded); 'that seek to eliminate such weapons' is the "
     "treaties' purpose"),
 1: ([], "Botswana (2011): 'For them [the global citizenry], it is no longer acceptable for children to die ... just "
         "because the Agreement on Trade-Related Aspects of Intellectual Property Rights hinders access to affordable "
         "treatment' = an evaluation attributed to an uncoded collective, and a treaty as an inanimate cause; no act "
         "between actors (borderline a 110 with no source and no target)"),
 2: ([], "Serbia (2006): 'Many crises have not yet been resolved, and some continue to escalate dangerously, while new "
         "challenges threaten to generate new conflicts' = agentless crises and a figurative threat (guideline: threat "
         "as risk); 'have not yet been resolved' negates an agentless outcome, no negated event"),
 3: ([("We have channelled enormous effort", "070", "KWT/GOV", "PSE/CVL", False, A, N, False),
      ("has not recognized", "0833", "ISR/GOV", "PSE/CVL", True, A, N, False),
      ("has seized", "192", "ISR/GOV", "PSE", False, A, N, False),
      ("disregard of United Nations resolutions", "128", "ISR/GOV", "org:UN", False, A, N, True)],
     "Kuwait (1996); 'We have channelled enormous effort and resources into this cause' = the question of Palestine "
     "(sentence before) -> Kuwait's support for the Palestinian cause, 'resources' making it material -> 070 to the "
     "Palestinian people PSE/CVL (borderline 051 verbal support, or PSE/GOV for the PLO/Authority); 'Kuwait has "
     "always believed that' is the speaker's own belief -> reported_by null (guideline: a speaker's own statements); "
     "'Israel has not recognized the legitimate rights of the Palestinian people to self-determination and "
     "statehood' = plain negation of an acceptance of rights (guideline: plain negation keeps the event's code) -> "
     "negated 0833 (set 126: 'respect for the choice of the people of the Donbas' 0833) ISR/GOV -> PSE/CVL "
     "(borderline 120 as set 138's 'is denied recognition of its right to self-determination', or a negated 054); "
     "'let alone the fact that it has seized Palestinian territory' = a presupposed, asserted occupation -> 192 "
     "(guideline: occupy 192) to the territory's country, bare PSE; 'in total disregard of United Nations "
     "resolutions' = an event noun with its agent -> nominal 128 (earlier sets: 'flouting of the resolutions' a "
     "nominal 128) to org:UN, the resolutions unnamed in the sentence (borderline org:UNSC for resolutions 242 and "
     "338 of the text before, or not coded as a manner phrase); 'by using force as a means of imposing faits "
     "accomplis' is the manner of the same seizure, coded once (borderline a separate 190)"),
 4: ([("call on all States", "102", "CRI/GOV", N, False, A, N, False)],
     "Costa Rica (1999); 'call on all States that have not yet done so to sign the Statute with a view to its prompt "
     "ratification' = a request (guideline: call on -> 10x) to join the Rome Statute -> 102 with no target (set 117: "
     "'call on all countries that have not yet done so to join the Rome Statute' 102 with no target, the negated "
     "accession uncoded); 'we recall the importance of the prompt establishment of the International Criminal "
     "Court' is a statement (01x); 'reiterate the need to accelerate the negotiations on its rules of procedure' = "
     "negotiations of all states in the Preparatory Commission, null-null, not coded (borderline a demanded nominal "
     "046 with no source and no target)"),
 5: ([], "Sudan (1990): 'Multilateral negotiations have not been accorded the importance they merit' = an agentless "
         "evaluation of the place of disarmament negotiations, no negated event between actors"),
 6: ([], "Algeria (1999): 'We do not deny the right of northern-hemisphere public opinion to denounce the breaches of "
         "human rights where they exist' = acknowledging a right of an uncoded collective; the denunciation is "
         "generic and hypothetical, with no named target, and 'do not deny' is no event (borderline a negated 120 "
         "with no target)"),
 7: ([], "Palestine (2013): 'History ... teaches us that waging war, imposing occupation and building settlements and "
         "walls may provide temporary quiet ... but they certainly do not ensure real security' = a generalisation "
         "about such policies, with gerunds that name no agent in the sentence (set 129: a generalisation about "
         "sanctions uncoded); borderline nominal 190, 192 and 1712 ISR/GOV -> PSE, the settlement construction of the "
         "text before being Israel's"),
 # --- UNGDC 1990-2019: reported
 8: ([], "Trinidad and Tobago (1990): 'The General Assembly noted that large-scale pelagic driftnet fishing was a highly "
         "indiscriminate and wasteful method that threatened the effective conservation of living marine resources' = "
         "a statement of the Assembly (01x) about a fishing method, the fishing fleets unnamed; 'threatened' is a "
         "figurative threat (guideline) (borderline a 111 from org:UNGA with no target)"),
 9: ([], "Andorra (1994): 'Members might agree with me that a smaller territory is much easier to manage' = an opinion, "
         "no act; 'according to environmental criteria' is not attribution"),
 10: ([], "Kazakhstan (1994): 'according to some forecasts, the gap in the levels of factual and required assistance "
          "will sharply increase' = a forecast about aid from unnamed (Western) donors to the states of the former "
          "Soviet Union, an uncoded class; 'a matter of concern to us' is 01x; not coded (borderline a demanded nominal "
          "070 with no source to KAZ/GOV as a statement of need)"),
 11: ([], "Georgia (2009): 'President Obama said clearly that new walls should not divide us, that the future belongs "
          "to those who build ..., and that cooperation and values must prevail' = a statement (the speech verb is not "
          "coded, guideline) whose content is general norms with no actors (borderline a demanded 050 null -> null, "
          "reported by USA/GOV)"),
 # --- UNGDC 1990-2019: future
 12: ([("in close cooperation with", "030", "MMR/GOV", N, False, F, N, True)],
      "Myanmar (2006); 'Myanmar will step up its efforts, in close cooperation with friendly countries and "
      "international organizations, until we achieve our goal' = the drug-eradication effort (domestic, not coded) "
      "to be carried out with uncoded partners -> future cooperation (guideline: future cooperative acts get 03x) -> "
      "a nominal 030 with no target (set 120: 'our continuing determination to work with other Member States to "
      "fight terrorism' a nominal 030 with no target; borderline 062 for counter-narcotics cooperation, org:UN for "
      "UNODC, or not coded as a manner phrase); 'I would like to reiterate here' is the speaker's own statement"),
 13: ([("take the peace process forward", "046", "IRL/GOV", "GBR/GOV", False, A, N, False)],
      "Ireland (1997); 'this sense of change ... will be a very important factor as both Governments and all the "
      "parties to the negotiations in Northern Ireland take the peace process forward' = the multi-party talks under "
      "way in September 1997 -> negotiations 046 (guideline), symmetric, coded once from the document's own "
      "government to the other named Government (guideline), 'both Governments' = Ireland and Britain (the "
      "sentence before) -> IRL/GOV -> GBR/GOV; the Northern Ireland parties have no code and are dropped "
      "(borderline GBR/OPP); asserted as a process in progress (borderline 036 future, the 'as' clause looking "
      "ahead); the 'factor' prediction is the speaker's belief, not an act"),
 14: ([("support our friends and allies", "070", "POL/GOV", N, False, F, N, False)],
      "Poland (2001); 'we will continue to support our friends and allies by all available means' = a future "
      "material act, 'by all available means' (earlier sets: 'we will continue support' 070 future; a future "
      "material act keeps its code), the friends and allies unnamed -> target null (borderline USA/GOV, the ally "
      "attacked on 11 September of the surrounding text, or 032 future for verbal support)"),
 # --- UNGDC 1990-2019: demand
 15: ([], "Cameroon (2017): 'This debate urges us to renew our faith in the purposes and principles of the United "
          "Nations' = an inanimate subject and 'us' meaning all states (earlier sets: not coded); renewing faith is "
          "no act"),
 16: ([], "Australia (1990): 'Our guiding criterion should be that we wish the United Nations to be effective' = a UN "
          "reform position and an optative wish (earlier sets: uncoded)"),
 17: ([], "Mexico (2009): 'All countries must be able to receive financing, but the scale of the contributions will "
          "result from a combination of factors' = the design of the proposed Green Fund, financing between uncoded "
          "collectives (earlier sets: acts between uncoded collectives left uncoded; borderline a demanded 071 null "
          "-> null)"),
 18: ([], "Switzerland (2008): 'Such a regime should be based on the principle of common but differentiated "
          "responsibilities' = a norm for a future climate regime, no actor"),
 19: ([], "Egypt (2003): 'we continue to support a comprehensive approach to the reform of the Security Council' and "
          "the guidelines it proposes = a UN reform position (earlier sets: uncoded); 'the rejection of a policy of "
          "taking small steps' is the content of a guideline, no act"),
 20: ([("to sign and ratify", "057", "NZL/GOV", N, False, A, N, False)],
      "New Zealand (1991); 'as one of the first nations to sign and ratify the United Nations Non-Proliferation "
      "Treaty' = the historic signing (1968) and ratification (1969) of a multilateral treaty -> 057 with no target "
      "(earlier sets: joining the NPT 057 with no target), 'sign and ratify' one act of the same pair, coded once "
      "(borderline a separate 030 for the ratification, or not coded as a status); 'firmly believes that attempts "
      "to halt the proliferation ... must be an agenda item' is a position on the Organization's agenda, not coded"),
 # --- UNGDC 1990-2019: cue
 21: ([("commend", "051", "SWZ/GOV", "org:UN", False, A, N, False)],
      "Swaziland (1998); 'I would also like to commend the work done ... by our Secretary-General, Mr. Kofi Annan, and "
      "the staff of the United Nations Secretariat' = a performative praise (guideline: commend 051; 'would like to' "
      "asserted), the Secretary-General and the Secretariat both org:UN -> one event (guideline: one event per "
      "actor pair)"),
 22: ([], "Algeria (1991): 'The plan for Maghreb unity seeks to consolidate peace in the region' = an inanimate plan and "
          "its goals, influenced by every effort for peace, stability and cooperation, none with a named actor; not "
          "coded (borderline a 030 from org:AMU with no target)"),
 23: ([("aims to build a network", "0311", "AUS/GOV", N, False, F, N, False)],
      "Australia (2013); 'The Australian Government aims to build a network of bilateral and regional free-trade "
      "agreements' = an intent to cooperate economically -> 0311, the partners unnamed -> target null; future, "
      "following set 122 ('intends to become one of its leading contributors' 0331 future, following set 112 rather "
      "than set 113's asserted 'intend to join') (borderline asserted under the guideline's 'explicit intent verb "
      "stated as a fact', or a future 057)"),
 24: ([], "Kiribati (2016): 'We are fully committed to the Agreement and to all climate-related undertakings' = a "
          "commitment to a treaty and to abstract undertakings (set 137: reaffirmed commitments to the Charter and to "
          "Agenda 2063 uncoded; borderline a 030 with no target); the signing and ratification lie in the sentence "
          "before"),
 25: ([], "Switzerland (2006): 'War, terrorism, drug trafficking ... are all global threats' = threats as risks "
          "(guideline), no actor"),
 26: ([("reject", "120", "TUR/GOV", N, False, A, N, False),
       ("condemn", "111", "TUR/GOV", N, False, A, N, False)],
      "Turkey (2015); 'We strongly reject and condemn attempts to establish a temporal and spatial division of "
      "Al-Haram Al-Sharif' -> 'reject and condemn' split into 120 and 111 (earlier sets); the speech never names "
      "Israel (only 'illegal settlements' and 'violations targeting the holy sites', agentless) -> target null "
      "(earlier sets: condemning attacks by unnamed perpetrators 111 with no target; 'We utterly reject attacks' by "
      "unnamed agents 120 with no target; borderline ISR/GOV from outside knowledge); the attempts themselves are "
      "not coded (borderline a nominal 1712, altering an occupied area's features); 'in clear violation of "
      "international law' is an evaluation"),
 27: ([], "Afghanistan (2002): 'the world has now clearly voiced its unity' is a statement (01x) of an uncoded "
          "collective; 'requires resolute commitment on the part of all nations to fight this evil' = a need for all "
          "states to fight unnamed terrorist groups, null-null (earlier sets: 'we' meaning all states uncoded; "
          "borderline a demanded 190 with no source to AFG/REB)"),
 28: ([], "New Zealand (1990): 'Two permanent members of the Security Council have given their formal commitment to "
          "this initiative by signing the relevant protocols of the Treaty' (of Rarotonga) = signatures by two states "
          "the speech never names (they were China and the Soviet Union) to protocols with the uncoded South Pacific "
          "Forum parties -> null-null, not coded (borderline a 057 each from CHN/GOV and SUN/GOV with no target, "
          "from outside knowledge)"),
 29: ([("created by the CSCE", "045", "org:OSCE", "ARM/GOV", False, A, N, False),
       ("created by the CSCE", "045", "org:OSCE", "AZE/GOV", False, A, N, False),
       ("Armenian-Azerbaijani conflict", "190", "ARM/GOV", "AZE/GOV", False, A, N, True),
       ("proceeds on the basis of the necessity for the evacuation", "1056", "org:OSCE", "ARM/GOV", False, A, N,
        False),
       ("occupied territories", "192", "ARM/MIL", "AZE", False, A, N, True)],
      "Azerbaijan (1994); 'The Minsk Group, created by the CSCE for the settlement of the Armenian-Azerbaijani "
      "conflict' = the CSCE's mediation body -> 045 (guideline: mediate 045), the CSCE of 1994 -> org:OSCE (earlier "
      "sets: the CSCE of 1991 org:OSCE), one per party (earlier sets: a mediation of an organisation is a 045 to each "
      "party; set 133: ECOWAS's initiative to mediate 045 to each party) (borderline not coded, the creation of a "
      "body being internal to the CSCE); the conflict noun naming its parties -> nominal 190 from the first-named "
      "(earlier sets: 'the Pakistani-Indian conflict' a nominal 190 from the first-named); 'also proceeds on the "
      "basis of the necessity for the evacuation of all the occupied territories and the complete withdrawal of the "
      "occupying forces' = the Minsk Group's demand for withdrawal -> 1056 (set 118: demand that Russia withdraw "
      "its forces 1056) org:OSCE -> ARM/GOV, the occupier the speech names (borderline not coded as a basis or "
      "position rather than a request verb); 'all the occupied territories' -> nominal 192 (set 114: occupied "
      "territories a nominal 192), the agent from the document ('occupation ... by the armed forces of the Republic "
      "of Armenia') -> ARM/MIL (borderline ARM/GOV), to the country as a whole -> bare AZE; 'the occupying forces' "
      "is the same occupation, coded once"),
 30: ([], "Azerbaijan (2001): 'Terrorism and separatism get large-scale outside support from States and private "
          "structures alike' = a generalisation, support from unnamed states to abstractions (earlier sets: "
          "generalisations and acts between uncoded parties uncoded; borderline a 070 with no source to the "
          "Karabakh separatists, AZE/REB)"),
 31: ([("has recently developed", "050", "ALB/GOV", "MNE/GOV", False, A, N, False)],
      "Albania (2000); 'the Albanian Government has recently developed intensively its cooperation with "
      "Montenegro' = diplomatic cooperation 050 (earlier sets: cooperation nouns and verbs 050) with the "
      "'legitimate Montenegrin leadership' of the sentence before, opposed to Milosevic, which conducted its own "
      "foreign relations within the FRY -> MNE/GOV, on the model of Pristina in 1998 as XKX/GOV (set 128) "
      "(borderline YUG/GOV under the guideline's rule that a sub-national government takes the country's GOV, or "
      "bare MNE); 'Following the good-neighbourliness principle' is a motive"),
 32: ([("obligating Member States", "100", "org:UNSC", N, False, A, N, False),
       ("support of the countries", "051", "NRU/GOV", "org:UNSC", False, A, N, True)],
      "Nauru (2002); 'The Security Council's adoption of its resolution 1373 (2001), obligating Member States to "
      "implement anti-terrorism measures' = a resolution standing for the Council (earlier sets) that demands of all "
      "Member States -> a generic 100 with no target, the addressees all states (set 114: resolution 217 A "
      "'urging themselves and all peoples' a 1043 from org:UNGA with no target) (borderline not coded as a "
      "norm for all states); the adoption itself is no act between actors; 'has the full support of the countries "
      "of the Pacific Island Forum, of which we are a member' = verbal support (guideline: 051) of a group without a "
      "code (set 120: the Pacific Islands Forum has no code) -> coded for the one member the speech names, the "
      "speaker (earlier sets: a group without a code is each member the document names; set 133: 'We nations of "
      "South America' coded for the speaker only) -> nominal 051 NRU/GOV -> org:UNSC"),
 33: ([("we welcome the decision", "051", "CAN/GOV", "org:UN", False, A, N, False)],
      "Canada (1994); 'we welcome the decision to make the United Nations Development Programme Administrator "
      "responsible for system-wide coordination' = a welcome of a UN decision (set 123: 'We welcome the creation of a "
      "Peacebuilding Commission' a 051 to org:UN, a welcome and not a reform position; set 121: welcoming Guterres's "
      "reforms 051 to org:UN) -> 051 to org:UN (borderline org:UNGA, or not coded as a reform position); 'certain "
      "reforms have already been introduced' is agentless"),
 34: ([("imposed", "163", "USA/GOV", "CUB", False, A, N, False)],
      "Cuba (2008); 'The heroic Cuban people have endured the longest and cruellest blockade in history, imposed by "
      "the most powerful nation on Earth' = the US embargo (earlier sets: a US 'blockade' of Cuba 163), a passive "
      "with its agent named by a description that the next sentence resolves ('the United States Government has ... "
      "intensified its economic war against Cuba') -> USA/GOV, to the country -> bare CUB (earlier sets: the "
      "embargo 163 to CUB; borderline CUB/CVL, the people who endured it); the blockade noun and 'imposed' are one "
      "event"),
 35: ([], "Chad (2019): 'Chad joins many other countries in reiterating its strong call for a significant reduction in "
          "greenhouse gas emissions and increased resilience to climate change' = a call with no addressee on a "
          "climate goal (set 110: calls with no addressee uncoded; set 125: a call with no addressee uncoded; "
          "borderline a 100 with no target, as set 117's joined call for a reduction in tension); the other "
          "countries are uncoded"),
 36: ([("we agreed to", "030", "GTM/GOV", N, False, A, N, False)],
      "Guatemala (1997), the joint Central American presentation; 'that is how we agreed to begin the gradual and "
      "continuing process of setting up the Central American Union' = the Central American Governments' agreement "
      "at Managua (sentence before) to start political integration -> an explicit intent verb stated as a fact "
      "(guideline: 'EU leaders agreed to open negotiations' 03x asserted) -> 030, from the speaker's government (the "
      "President pro tempore of SICA speaking for 'we Central Americans'), the other governments unnamed as parties "
      "-> target null (borderline org:SICA as target or source, since the Union builds on the 1991 Protocol of "
      "Tegucigalpa, or 057 for the Managua declaration); the 1991 Protocol's partnership is named only as a "
      "source, not coded"),
 37: ([], "Guatemala (2018): a symbol 'we can associate with peace and cooperation, and see as a meeting point for "
          "dialogue' = a description, no act"),
 38: ([], "Israel (1996): 'Rarely if ever has any sovereign State been denied the right to freely determine its "
          "capital' = a rhetorical generalisation implying that Israel is so denied by unnamed others (borderline a "
          "120 with no source to ISR/GOV)"),
 39: ([("participant", "074", "PAK/GOV", N, False, A, N, True),
       ("look forward to discussions", "036", "PAK/GOV", N, False, F, N, False)],
      "Pakistan (2000); 'As an important participant in United Nations peace-keeping operations' = Pakistan's "
      "peacekeeping contribution -> a nominal 074 (earlier sets: a 'positive role as a peacekeeping contributor' a "
      "nominal 074; set 131: Togo's peacekeeping a nominal 074 with no target) with no target (borderline org:UN, or "
      "not coded as a status); 'we in Pakistan look forward to discussions on the useful ideas and concepts that "
      "have been presented in the report' (the Brahimi report) = a future meeting (guideline: 'look forward to' + an "
      "event is future, meetings 036) -> 036 future, the discussion among Member States having no coded counterpart "
      "-> target null (earlier sets: an intent to take part in a UN process is 036 future with no target; borderline "
      "org:UNGA); 'to enable the United Nations to respond more effectively' is the purpose"),
 40: ([("welcome", "051", "CZE/GOV", "TUV/GOV", False, A, N, False)],
      "Czech Republic (2000); 'Let me also take this opportunity to welcome the admission of Tuvalu to the United "
      "Nations' = a performative welcome -> 051 to the new Member (set 116: congratulating Switzerland on joining the "
      "UN a 051 to CHE/GOV, the joining not coded; set 131: a welcome of new Members goes to the one the speech "
      "names); the admission itself is a membership act, not coded (borderline a 051 to org:UN as an evaluation "
      "of the Organization's openness)"),
 41: ([("bilateral negotiations continue", "046", N, "ISR/GOV", False, A, N, True),
       ("under the auspices", "045", "USA/GOV", "ISR/GOV", False, A, N, True),
       ("under the auspices", "045", "RUS/GOV", "ISR/GOV", False, A, N, True)],
      "Yemen (1992); 'bilateral negotiations continue between the Arab delegations and the Israeli delegation in "
      "Washington' = the Madrid-process talks, a negotiation noun naming its parties -> nominal 046; the first-named "
      "party, the Arab delegations, has no code (the speech names none of them as a party) -> no source, to ISR/GOV "
      "(set 123: negotiations whose first-named party has no code have no source and go to ISR/GOV); Washington is a "
      "place, not a metonym; 'under the auspices of the United States of America and the Russian Federation' = "
      "co-sponsorship of the talks -> nominal 045 from each co-sponsor (earlier sets: 'under the auspices of the "
      "United Nations' a nominal 045 to each party), to ISR/GOV only, the Arab delegations being uncoded (borderline "
      "108 for sponsoring, or PSE/GOV from the speech's Palestinian references); 'which is designed to establish a "
      "just and durable peace' is the purpose"),
 42: ([("with the support of the international community", "070", N, "TZA/GOV", False, A, N, True)],
      "Tanzania (2018); 'with the support of the international community and development partners, Tanzania has "
      "successfully implemented various national development plans' = aid from uncoded donors -> a nominal 070 with "
      "no source to the speaker's government (set 120: 'contributions and cooperation of our partners' a nominal 070 "
      "with no source; set 121: thanks to uncoded partners 'for their contribution' a nominal 070 with no source); "
      "the development plans are domestic, not coded"),
 # --- UNGDC 1990-2019: nocue
 43: ([], "Bahamas (2016): the CARICOM democracies 'feature ideological pluralism, ... regular elections, independent "
          "judiciaries' = a description, no act"),
 44: ([], "United States (Trump, 2017): 'We seek the de-escalation of the Syrian conflict and a political solution that "
          "honours the will of the Syrian people' = a policy aim with no addressee, the conflict named only by place "
          "(set 131: conflicts named only by place uncoded; set 110: calls with no addressee uncoded); borderline a "
          "1056 USA/GOV with no target"),
 45: ([], "Finland (2008): 'The Copenhagen Climate Change Conference will take place in December next year' = an "
          "agentless scheduled conference (borderline a future 036 with no source to org:UN)"),
 46: ([], "Mozambique (2019): 'These actions have been reinforced by the continued increase in the use of cleaner and "
          "renewable sources of energy' = domestic energy policy, no act between actors"),
 47: ([], "Viet Nam (2013): 'Viet Nam ... has become a leading rice exporter' = a description of trade, no act between "
          "named actors"),
 48: ([], "Bangladesh (1999): 'How do we address the critical issues of the new millennium?' = a rhetorical question "
          "with no event"),
 49: ([], "Czech Republic (1996): a fragment cut by the splitter, 'Peacekeeping is an important tool in the hands of the' "
          "[Security Council] = an evaluation, no act"),
 50: ([], "Lao PDR (2014): a fragment cut by the splitter, 'Minimizing the impact of unexploded ordnance'; the ordnance "
          "'dropped during the war' lies after the cut (earlier sets: fragments whose act lies outside the sentence "
          "uncoded)"),
 51: ([("are being used", "190", "ISR/GOV", "PSE/CVL", False, A, N, False),
       ("take concrete steps to stop", "170", "org:UNSC", "ISR/GOV", True, A, N, False)],
      "Libya (2005); 'highly sophisticated weapons are being used against civilians' = an agentless passive whose "
      "agent is the 'occupying Power' of the sentence before, named as Israel in the text after ('the Israeli "
      "aggression') (earlier sets: an agentless act takes its agent from the text around it) -> ISR/GOV (borderline "
      "ISR/MIL), the civilians the Palestinians of the paragraph -> PSE/CVL; military force against them -> 190 "
      "(guideline: generic military attack 190; borderline 175 or 180); 'the Security Council stands unable to take "
      "concrete steps to stop such practices' = a realised non-act of the Council (earlier sets: 'the international "
      "community has not stepped in to protect' a negated 074; a body 'silent on repression' a negated 111) -> "
      "negated 170, the steps to stop Israel's practices being coercive measures, to ISR/GOV (borderline a negated "
      "1056, or not coded as an inability rather than a non-act)"),
 52: ([], "Malawi (1994): 'Mr. Insanally fulfilled his mandate very well indeed' = an evaluation of the former "
          "President of the Assembly, the tribute itself lying in the sentence before (set 121: praise of a former "
          "Assembly President's guidance uncoded; borderline 051 MWI/GOV -> org:UNGA); 'the many difficult tasks the "
          "United Nations had to carry out' names no act"),
 53: ([("reiterates its appreciation", "051", "LCA/GOV", "org:ALBA", False, A, N, False)],
      "Saint Lucia (2014); 'Saint Lucia reiterates its appreciation for the work of ALBA' = praise (guideline: "
      "thank/praise 051) of the Bolivarian Alliance for the Peoples of Our America -> new organisation code "
      "org:ALBA (on the model of org:CELAC; borderline target null as an uncoded body, or VEN/GOV and CUB/GOV, "
      "whose contributions the next sentence commends); 'an institution committed to assisting countries without "
      "requiring ideological commitment' = an appositive description of the institution, the countries uncoded, "
      "not coded (borderline a 033 from org:ALBA with no target)"),
 54: ([("null and void", "120", "ARE/GOV", "IRN/GOV", False, A, N, False)],
      "United Arab Emirates (2012); 'We emphasize that all actions and measures taken by Iran are null and void' = a "
      "formal non-recognition of Iran's measures on the occupied islands (set 111: 'We would like to reaffirm that' "
      "another state's measures are 'null and void' a 120 to IRN/GOV) -> 120 ARE/GOV -> IRN/GOV; the 'actions and "
      "measures' themselves are too vague to code (borderline a nominal 192 for the occupation named only in the "
      "sentence before); 'in contravention of international law' is an evaluation"),
 55: ([], "Cabo Verde (1991): 'The idea of a new world order requires serious consideration of the economic problems' = "
          "an abstract need, no actor"),
 56: ([], "Zimbabwe (2005): 'we have made our views known through the African Union' on Security Council reform = a "
          "statement (01x) on a UN reform position (earlier sets: uncoded; borderline a 040 ZWE/GOV -> org:AU)"),
}
