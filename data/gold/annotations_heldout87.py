"""Hand annotations for the EIGHTY-SEVENTH held-out event gold set (source of events-heldout87.jsonl).

Keyed by the row index of selection-heldout87.jsonl (output of select_bulk_heldout.py 87; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout87.jsonl \
        --annotations annotations_heldout87 --output events-heldout87.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("largest donor of development and humanitarian aid", "070", "org:EU", N, False, A, N, True)],
     "European Union (2016); 'The European Union is the world's largest donor of development and humanitarian aid' "
     "= habitual aid with its agent as subject (earlier set: 'the largest single donor of humanitarian aid' a "
     "nominal aid event) -> one aid noun covering several kinds -> one 070 (README: one aid noun covering several "
     "kinds is one 070; borderline 071 and 073 split), nominal, the recipients unnamed -> target null; 'and that "
     "will not change' bears on the EU's standing, not on an event (guideline: negation bearing on something other "
     "than the event is not event negation; borderline a future 070)"),
 1: ([("our aid", "070", "org:EU", N, False, A, N, True)],
     "Belgium (1990); 'as far as the European Community as a whole is concerned, never before have qualitative and "
     "quantitative levels of our aid been as high' = the Community's development aid to the South the speaker "
     "addresses -> nominal 070 (agent in the possessive; 'never before' bears on the level, not the aid -> "
     "asserted), the European Community -> org:EU (README), the developing countries an uncoded collective -> "
     "target null (borderline BEL/GOV as the speaker's 'our'); 'not a single ECU ... has been transferred from "
     "development aid to assistance to countries in Central and Eastern Europe' = a negated reallocation of budget "
     "lines, no act between actors (an earlier set left an agentless 'drawn off' diversion of aid to Central and "
     "Eastern Europe uncoded); borderline a negated 071 or a nominal 070 org:EU -> null for the assistance to the "
     "CEE countries (an uncoded collective)"),
 2: ([("pay homage", "051", "IRN/GOV", N, False, A, N, False),
      ("terrorist strikes and bombings", "180", N, "YEM", False, A, N, True),
      ("terrorist strikes and bombings", "180", N, "SYR", False, A, N, True),
      ("terrorist strikes and bombings", "180", N, "PSE", False, A, N, True),
      ("terrorist strikes and bombings", "180", N, "AFG", False, A, N, True),
      ("terrorist strikes and bombings", "180", N, "IRQ", False, A, N, True)],
     "Iran (2019); 'pay homage to all the seekers of freedom of the world ... as well as to the spirits of all the "
     "oppressed martyrs' = a tribute (README: 'pay tribute to' 051), 'I want to' performative -> asserted, the "
     "honoured an uncoded collective -> target null (borderline not coded, as commemoration of the dead, like "
     "condolences); 'commemorate the freedom-seeking movement of Hossein' = a religious commemoration of a 7th-"
     "century figure, not coded; 'who do not bow to oppression or aggression' describes uncoded people, not coded; "
     "'terrorist strikes and bombings in Yemen, Syria, occupied Palestine, Afghanistan and other countries, "
     "including Iraq' = attacks with no agent in the sentence or the text around it (the sentence opens the speech) "
     "-> 180 with no source, one per victim country (README: an agentless terrorist attack is 180 with no source, "
     "one per victim country), the countries as a whole -> bare codes, 'other countries' dropped; strikes and "
     "bombings one noun phrase, coded once per country (borderline a separate 183 for the bombings, or 190/195 for "
     "the coalition air strikes in Yemen); 'occupied Palestine' = an adjective with no agent, not coded (borderline a "
     "nominal 192 ISR/GOV -> PSE)"),
 3: ([], "Cabo Verde (1994): 'Recent events in Rwanda, which have brought such great pain to its people' = the 1994 "
         "genocide referred to only as 'events', with no agent in the sentence or the text before, not coded "
         "(guideline: event nouns without an agent; borderline a nominal 202 null -> RWA/CVL); 'our conscience "
         "demands never be repeated' is a moral demand with no addressee, not a request"),
 4: ([("is prepared to support", "0331", "org:UN", N, False, A, N, False)],
     "Armenia (1993); 'the United Nations ... is prepared to support the process of bringing about economic reform "
     "and restructuring through its special bodies and specialized agencies' = readiness to assist stated as a fact "
     "(README: 'stands ready to assist' 03x asserted; held-out 76 row 32: 'Canada is prepared to support those "
     "States' 033) -> economic assistance -> 0331 (borderline 033), to the economies in transition, an uncoded class "
     "that includes Armenia but does not name it -> target null (borderline ARM/GOV); 'has recognized that' is a "
     "cognitive statement (01x), not coded; 'It is encouraging to see that' = an impersonal evaluation (README: 'it "
     "is commendable to observe' an evaluation; borderline a welcome 051 ARM/GOV -> org:UN, as 'we are encouraged "
     "by')"),
 5: ([], "Mozambique (1994): 'it is imperative that the signatories to the General Peace Agreement and the "
         "international community as a whole do not lose perspective and depart from the legal and political "
         "framework' = a deontic for compliance with the agreement (guideline: 'comply with obligations' is not a "
         "codable Y; held-out 77 row 3: 'do not honour their obligations' a norm, not a negated event); borderline a "
         "demanded negated 128 MOZ/GOV <-> MOZ/REB (RENAMO)"),
 6: ([("negotiation of", "046", "TTO/GOV", N, False, A, N, True)],
     "Trinidad and Tobago (1997); the sentence starts at 'Government's powers' (the splitter cut after 'The second "
     "measure is the extension of the'); among the counter-drug 'measures taken', 'the negotiation of agreements "
     "with countries with which it does not now have extradition agreements' = the Government's negotiations, its "
     "agent plain from the text around it (README: coded) -> nominal 046, the countries unnamed -> target null "
     "(borderline future, the agreements not yet concluded); 'with which it does not now have extradition "
     "agreements' describes a state, not an event (borderline a negated 057 TTO/GOV -> null, as 'have not "
     "joined'); the extension of the Government's own powers of extradition is a domestic legal act, not coded"),
 7: ([], "Brazil (2009): the United Nations and its Security Council 'can no longer be run under the same structures "
         "imposed after the Second World War' = a UN reform position (README: reform positions uncoded); the "
         "imposition of structures is agentless and figurative"),
 # --- UNGDC 1990-2019 random: reported
 8: ([], "Malta (2013): 'at a gathering I attended, she said that everyone should send books, not bombs' = Malala "
         "(PAK/CVL) speaking; the speech verb is not coded (guideline) and inside it 'everyone should send books' is "
         "a norm for an uncoded 'everyone', with 'bombs' figurative; the speaker's attendance at a gathering is not a "
         "meeting between named actors (borderline 040 MLT/GOV -> PAK/CVL)"),
 9: ([("encourage and support", "070", N, "ETH/GOV", False, D, N, False)],
     "Ethiopia (1991); 'the international community should spare no efforts tangibly to encourage and support the "
     "fledgling peace and democratic process in Ethiopia' = a deontic with no request verb (guideline: demanded), "
     "the international community uncoded -> source null, 'tangibly' making it material support -> one 070 for "
     "'encourage and support' (borderline 051 for 'encourage'), to the speaker's transitional government, whose "
     "process it is (README: statements of need are demanded aid with no source to the speaker's government; "
     "borderline bare ETH); 'it should be stated clearly that' is the speaker's own statement, not attribution"),
 10: ([("50 years of war", "190", "COL/GOV", "COL/REB", False, A, N, True),
       ("negotiations", "046", "COL/GOV", "COL/REB", False, A, N, True)],
      "Nicaragua (2017); 'Our President has said that' = the speaker's own government (President Ortega) -> "
      "reported_by null (README: a speaker's own statements, and the President quoted in his own government's "
      "text); 'after more than 50 years of war' in Colombia = the armed conflict between the Colombian State and "
      "the guerrillas, a conflict noun with no agent in the sentence coded to the state the document names (README: "
      "Eritrea 1993 -> ETH/GOV; unnamed outlaw groups are the country's REB) -> nominal 190 COL/GOV -> COL/REB; 'in "
      "the end it was negotiations that prevailed' = the Havana peace negotiations that produced the accord of the "
      "sentence before ('their peace accord') -> nominal 046 between the same parties; borderline both not coded, "
      "as the FARC are never named in the document (the six-party talks precedent: a meeting noun whose parties "
      "are unnamed is not coded); 'there can be no military solution' is a view, not an event"),
 11: ([("being killed", "202", N, "SYR/CVL", False, A, N, False)],
      "Sweden (2012); 'A thousand people are being killed every week' in Syria (the paragraph's subject) = an "
      "agentless passive; the sentence before names no agent ('those now so tragically affected by what is "
      "happening'), so source null (README: agentless killings take their agent from the sentence before when it "
      "names one; borderline SYR/GOV from the earlier 'we urge the Al-Assad regime to stop killing its own people'); "
      "a thousand a week -> killings of many -> 202 (held-out 77 row 25: thousands killed 202; borderline 1823 or "
      "190 as war deaths), the victims -> SYR/CVL; 'according to the latest reports we are receiving' names no "
      "source -> reported_by null (guideline: 'reportedly' with no named source)"),
 # --- UNGDC 1990-2019 random: future
 12: ([("will to resolve by mutual agreement", "037", "CHL/GOV", "ARG/GOV", False, A, N, True)],
      "Chile (1991); 'Chile and Argentina have offered the community of nations eloquent testimony to their "
      "peaceful and law-abiding will to resolve by mutual agreement the remaining border disputes between them' = "
      "an intent to settle a dispute stated as a fact (guideline: explicit intent stated as a fact -> 03x asserted; "
      "the Aylwin-Menem agreement of August 1991) -> 037 (PETRARCH: RECONCILIATION/RESOLVE DISPUTE), symmetric, "
      "from the document's own government (guideline), the intent noun -> nominal; 'by resorting ... to the "
      "arbitration mechanism provided for in the 1984 Treaty' = the means of the same settlement (Laguna del "
      "Desierto), not coded separately (borderline a 038 accept-mediation event with no coded arbitrator); "
      "'offered ... testimony' is a statement; the 1984 Treaty is named as a source of the mechanism, not as an "
      "event"),
 13: ([], "Kiribati (2015): 'the global call for the international community to act together' = a call with no "
          "coded author and an uncoded addressee, null-null, not coded"),
 14: ([], "Albania (2013): 'If we fail to agree and act on that' = 'we' meaning all states (README), on UN reform "
          "(reform positions uncoded)"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Mongolia (2010): 'The revitalization of the General Assembly must be further pursued' = an agentless "
          "deontic on UN reform (README: reform positions uncoded)"),
 16: ([("ensure a successful conclusion", "057", "org:G20", N, False, D, N, False)],
      "Barbados (2010); 'it' = the Group of 20 (the preceding sentences: 'the G-20 ... the Group must significantly "
      "enhance its outreach') -> org:G20 (README); 'it must also demonstrate real leadership in breaking the impasse "
      "in the World Trade Organization and ensure a successful conclusion to the Doha Development Round' = a deontic "
      "with no request verb (guideline: codes Y with source X, demanded), Y = concluding the multilateral trade "
      "round -> 057, one act with the 'breaking the impasse' that leads to it, a multilateral agreement -> target "
      "null (README: joining the NPT 057 with no target; borderline org:WTO; borderline 046 negotiation or 061); "
      "'demonstrate real leadership' is not a codable behaviour; borderline not coded, as held-out China 2006's "
      "WTO deontic (there null-null)"),
 17: ([], "Tuvalu (2015): 'We must aspire to deliver tangible outcomes in all countries' = 'we' meaning all states "
          "(README), development goals, no act between actors"),
 18: ([], "Trinidad and Tobago (1991): 'the real progress ... should encourage States to give serious consideration "
          "to the proposals ... of the International Law Commission and facilitate the drafting ... of a statute' = "
          "an inanimate subject and an uncoded class of States, a drafting process, not coded (borderline a "
          "demanded 057 null -> null)"),
 19: ([], "Indonesia (2007): 'There must be a global partnership at work' = an abstract deontic, no actor"),
 20: ([], "Thailand (2001): 'Terrorism should not be identified with any ethnic group, faith, or nationality' = an "
          "agentless norm, no act between actors"),
 # --- UNGDC 1990-2019 random: cue
 21: ([], "Azerbaijan (2006): the sentence starts at 'States that have fallen victim' (the splitter cut after 'I "
          "would like to express profound support for the'), so the support verb lies outside it (README: fragments "
          "whose act lies outside the sentence uncoded; borderline 051 AZE/GOV -> null); 'terrorist attacks' have no "
          "agent and hit an uncoded class of States, null-null, not coded"),
 22: ([("particularly thankful", "051", "AFG/GOV", "org:UN", False, A, N, False),
       ("calling a high-level international meeting", "043", "org:UN", "AFG/GOV", False, A, N, True),
       ("reaffirmed their commitment", "0331", N, "AFG/GOV", False, A, N, False)],
      "Afghanistan (2007); 'I am particularly thankful to Secretary-General Ban Ki-moon' = thanks -> 051 (guideline) "
      "to org:UN; 'his initiative, two days ago, of calling a high-level international meeting on Afghanistan' = "
      "the Secretary-General convening the meeting of 23 September 2007 -> 043 (guideline: host/convene), on and "
      "with Afghanistan (its President co-chaired) -> AFG/GOV (borderline target null, the other participants "
      "unnamed); a gerund phrase after 'his initiative ... of' -> nominal (README sets: gerund -> nominal; "
      "borderline not nominal, as an earlier set's 'by hosting'); 'at which our partners once again reaffirmed "
      "their commitment to Afghanistan's rebuilding and reconstruction' = a commitment stated as a fact (README: "
      "commitments stated as facts asserted 03x) to reconstruction aid -> 0331 (borderline 033 or 032), 'our "
      "partners' an uncoded collective -> source null (borderline one event per partner named in the preceding "
      "sentence: USA, JPN, NATO, EU, CHN, IND, AUS)"),
 23: ([("We welcome", "051", "FIN/GOV", "org:UNSC", False, A, N, False)],
      "Finland (2007); 'We welcome Security Council resolution 1778 (2007), adopted yesterday' = welcoming a "
      "resolution -> 051 to its author (README: welcoming a UN resolution 051 to org:UNGA), the Security Council -> "
      "org:UNSC; 'an international presence in Chad and the Central African Republic' (MINURCAT and EUFOR) = a "
      "noun whose agents the sentence does not name, not coded (borderline a nominal 074 org:UN -> TCD and CAF, "
      "README: troops in ISAF or UNIFIL are 074 to the host country)"),
 24: ([], "Equatorial Guinea (2001): 'We believe and maintain that the United Nations continues to be the best option "
          "and best centre for indispensable agreements' = a belief, an evaluation of the UN; the agreements, "
          "conflict prevention and cooperation among States are abstract purposes, no act"),
 25: ([("condemn", "111", "BHR/GOV", N, False, A, N, False),
       ("add groups such as the", "163", N, "LBN/REB", False, D, N, False),
       ("criminal acts", "180", "LBN/REB", N, False, A, N, True)],
      "Bahrain (2013); 'We also condemn all terrorist acts that threaten regional peace and stability' = 111 "
      "(guideline), the perpetrators unnamed -> target null (README: condemning attacks by unnamed perpetrators is "
      "the speaker's 111 with no target); 'noted the need to add groups such as the Lebanese Hizbullah to the list "
      "of international terrorist organizations' = a deontic with no request verb (held-out 76 row 13: 'stress the "
      "need to provide it with ... support' demanded with no source), Y = a terrorist designation -> 163 (README: "
      "designations 163), the listing authority unnamed -> source null, Hizbullah -> LBN/REB (guideline), 'groups "
      "such as' naming one member -> coded for it (README); borderline a request 1041/100 BHR/GOV -> null; 'their "
      "criminal acts aimed at terrorizing peaceful civilians and creating instability and chaos' = Hizbullah's "
      "violence, agent in the possessive -> nominal 180 (guideline: unspecified violence by non-state armed "
      "groups), the civilians unnamed -> target null (borderline SYR/CVL or BHR/CVL by world knowledge)"),
 26: ([], "Monaco (2018): 'Monaco also prioritizes partnerships in its international cooperation' = an abstract "
          "policy position with no named partner (guideline; borderline a 050 MCO/GOV -> null)"),
 27: ([("We welcome", "051", "WSM/GOV", "org:UNEP", False, A, N, False)],
      "Samoa (1998); 'We welcome in particular the proposals initiated by the United Nations Environment Programme "
      "(UNEP)' = a welcome (guideline: 051) of the programme's proposals -> to the proposer, org:UNEP (earlier set: "
      "org:UNEP for the United Nations Environment Programme; borderline org:UN); the proposals to reduce the "
      "impact of environmental emergencies through early warning are policy content, no act between actors"),
 28: ([], "Grenada (2010): 'We unreservedly support the pursuit of international peace and security, the rule of "
          "law, the promotion of democracy ... the fight against terrorism' = support for abstract aims with no "
          "actor (guideline: abstract policy positions not coded)"),
 29: ([], "Uruguay (2011): 'We are particularly concerned by the paralysis in the negotiations of the Doha Round' = "
          "expressed concern (01x, not coded); the stalled negotiations are among the uncoded WTO membership, "
          "null-null"),
 30: ([], "Maldives (2015): 'the illicit exploitation of natural resources, maritime piracy and other criminal "
          "activities threaten and undermine the peace and security of our countries' = agentless crimes and a "
          "figurative threat (guideline: threat as risk), the 'countries' an uncoded class"),
 31: ([], "Bulgaria (1992): 'People have been killed, tortured, mutilated and removed from active life' = agentless "
          "passives whose agent in the sentence before is 'communism' ('the aggressive communist system that had set "
          "itself the goal of spreading its colour over the entire planet'), an ideology and a bloc with no actor "
          "code, and whose victims are 'the peoples under its domination', uncoded -> null-null, not coded "
          "(README: acts between uncoded collectives); borderline 1823/1822 from the communist BGR/GOV of the time "
          "(README: a former ruling class is the government of its time) to BGR/CVL"),
 32: ([], "Samoa (2016): 'That is a welcome and positive development' = the Paris Agreement's coming entry into "
          "force, an impersonal evaluation (README: welcomes by an impersonal passive not coded; borderline 051 "
          "WSM/GOV -> null)"),
 33: ([("we welcome", "051", "LAO/GOV", N, False, A, N, False)],
      "Lao PDR (2005); 'we welcome the recent resumption of the six-party talks' = a welcome of a process (README: "
      "support aimed at a process goes to its named parties), but the document names none of the six parties (the "
      "following text: 'the concerned parties') -> target null (earlier sets: Cambodia 2003 supporting the six-party "
      "talks 051 -> null; borderline one 051 per party by world knowledge: PRK, KOR, USA, CHN, JPN, RUS); the "
      "resumed talks themselves = a meeting noun whose parties are unnamed, not coded (borderline a nominal 046 "
      "KOR/GOV -> PRK/GOV); 'which have yielded important progress' is an evaluation"),
 34: ([], "Italy (1996): 'there was a solemn reaffirmation of the need for the United Nations to implement "
          "significant changes' at the fiftieth-anniversary meeting = an agentless reaffirmation of UN reform "
          "(README: reform positions uncoded)"),
 35: ([], "South Sudan (2019): 'The engagement of the different stakeholders is critical to the success of the peace "
          "agreement' = an evaluation; the stakeholders uncoded and their engagement not asserted as an act"),
 36: ([], "Sao Tome and Principe (2009): climate change 'issues that threaten the very survival of small island "
          "nations' = a figurative threat (guideline), no actor"),
 37: ([("the support of the", "070", N, "NER/GOV", False, D, N, True)],
      "Niger (2000); quoting President Tandja's swearing-in statement, the speaker's own government -> reported_by "
      "null (README: the President quoted in his own government's text); 'We are aware that the support of the "
      "international community is essential to succeed in this recovery' = a statement of need (README: statements "
      "of need are demanded aid with no source to the speaker's government; 'reliant on the assistance of others' a "
      "nominal 070 with no source) -> demanded nominal 070, the international community -> source null; borderline "
      "asserted, as a presupposed support"),
 38: ([("We offer him", "032", "BRB/GOV", "org:UN", False, A, N, False)],
      "Barbados (2008); 'We offer him our continued support as he leads the United Nations' = him = the "
      "Secretary-General (sentence before) -> org:UN; a pledge of continued support (README: a pledge of continued "
      "support is 032 asserted) -> 032 (borderline 051 verbal support); his leading the Organization and seeking "
      "pathways are his own work, not coded"),
 39: ([], "The former Yugoslav Republic of Macedonia (2006): 'We are all affected ... whether we speak about actual "
          "terrorist attacks or threats' = 'we' meaning all states (README), agentless attacks and threats as risks"),
 40: ([("extend the necessary", "070", N, "BDI/GOV", False, D, N, False)],
      "Uganda (2004); 'It is therefore important that the international community extend the necessary assistance "
      "for the consolidation of peace, stability, rehabilitation and development of Burundi' = a deontic with no "
      "request verb (guideline: 'it is important to help X' demanded), the international community uncoded -> "
      "source null, aid for Burundi -> 070 to the transitional government (borderline bare BDI, or 071 economic "
      "aid); not coded for Uganda as a request (no request verb)"),
 41: ([], "Micronesia (2009): 'it is indispensable for the international community to be steadfast and bold enough to "
          "take equally difficult decisions to address the climate change crisis' = a deontic for an uncoded "
          "collective with no counterpart and no codable behaviour"),
 42: ([("renew our call", "1054", "STP/GOV", "USA/GOV", False, A, N, False),
       ("renew our call", "107", "STP/GOV", "CUB/GOV", False, A, N, False),
       ("trade embargo", "163", "USA/GOV", "CUB", False, A, N, True)],
      "Sao Tome and Principe (2018); 'we renew our call for continued efforts to be made to normalize relations "
      "between the Republic of Cuba and the United States of America so that we can see the trade embargo ... "
      "lifted' = a request (guideline: call for -> 10x) to the two governments whose relations are to be "
      "normalized, one per addressee (guideline): to the United States, whose embargo is to be lifted, the most "
      "specific sub-code 1054 (README: a request with several demands takes the most specific sub-code; earlier "
      "sets: lifting the embargo against Cuba 1054); to Cuba, whose part is only the normalization -> 107 "
      "(borderline 100, or only the US as addressee); 'the trade embargo that has been an obstacle to the progress "
      "of that friendly country for decades' = a realised act named inside a request (README: coded too), its "
      "imposer plain from the same sentence -> nominal 163 USA/GOV -> CUB, Cuba as a whole as for sanctions "
      "(README: a US 'blockade' of Cuba 163); borderline the embargo not coded, its imposer not named as such"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([("aspires to melt away the ice", "037", "KOR/GOV", "PRK/GOV", False, A, N, False)],
      "Republic of Korea (1999); 'The Republic of Korea aspires to melt away the ice and reconcile with the "
      "Democratic People's Republic of Korea' = an intent stated as a fact (guideline: 03x asserted) to reconcile "
      "-> express intent to settle dispute 037 (PETRARCH: RECONCILIATION 037; borderline 030, or not coded as an "
      "optative aspiration); 'melt away the ice' is the same act in a metaphor, coded once"),
 44: ([], "Bahamas (1990): 'the Bahamas hopes also that the conclusions reached by meetings of the least developed "
          "countries in Paris this year will help reverse their marginalisation' = an optative hope (README: hopes "
          "not coded); the conclusions reached among the uncoded LDCs at the Paris conference, null-null "
          "(borderline a 057 null -> null); Paris is the venue"),
 45: ([("convey my deep respect", "051", "FSM/GOV", "org:UN", False, A, N, False)],
      "Micronesia (2012); 'Allow me also to convey my deep respect for the tireless efforts that ... Secretary-"
      "General Ban Ki-moon has made' = a performative expression of appreciation for an actor's efforts (README: "
      "'pay tribute to' 051; held-out 77 row 29: commending the Secretary-General's efforts 051) -> 051 to org:UN; "
      "borderline not coded, as a sentiment ('we greatly respect the citizens of Russia')"),
 46: ([], "Fiji (2004): 'Each can make a valuable contribution to increasing understanding and resolving differences' "
          "= each of Fiji's faiths, a potential, no act between actors"),
 47: ([], "Brunei Darussalam (2002): 'Like any process, it has to be constantly refined' = building a framework for "
          "international cooperation, an abstract deontic, no actor"),
 48: ([], "Indonesia (1999): 'that fund of courage is all it will take for humanity to make an auspicious entry into "
          "the next millennium' = a figurative statement, no actor"),
 49: ([], "Guatemala (2018): 'the grave consequences of the armed conflict weakened our institutions' = the internal "
          "armed conflict (1960-96) as an agentless event noun, not coded (guideline; borderline a nominal 190 "
          "GTM/GOV -> GTM/REB, the document naming no guerrilla)"),
 50: ([], "Netherlands (1995): 'It is up to us, the Member States, to make use of the Organization and to make it "
          "work' = 'we' meaning all states (README), no act between actors"),
 51: ([], "Gabon (2007): 'The United Nations has existed now for sixty-two years' = a description"),
 52: ([], "Grenada (2005): a fragment cut by the splitter, 'I recall that during his address to the Millennium' = a "
          "speech (01x) whose content lies after the cut; no event"),
 53: ([("spontaneous revolution", "1411", "TUN/CVL", "TUN/GOV", False, A, N, True),
       ("foreign intervention", "190", N, "TUN", True, A, N, True)],
      "Tunisia (2011); 'This spontaneous revolution ... has indeed succeeded in putting an end to one of the most "
      "dictatorial regimes in our region' = the 2010-11 popular uprising, its agents the Tunisian people and youths "
      "named in the sentence before ('the martyrs and youths of Tunisia's ... revolution') -> nominal demonstration "
      "for leadership change 1411 (README: political dissent 140, demonstrations a nominal 141; borderline 141), "
      "against the Ben Ali regime -> TUN/GOV of the time (README: a former ruling class is the government of its "
      "time); 'putting an end to' the regime is the revolution's result, coded once (borderline a separate 0831 "
      "TUN/GOV); 'did not involve any foreign intervention' = the text says the intervention did not happen -> "
      "negated nominal 190 (README: 'military intervention' 190), the foreign actors unnamed -> source null, to "
      "the country -> TUN (borderline not coded, 'intervention' covering non-military interference with no CAMEO "
      "code); 'had no real political or ideological leadership' is a description"),
 54: ([], "Czechoslovakia (1991): 'Are we not told year after year that the Organisation cannot accomplish store [more] than "
          "what its Member States allow?' = a rhetorical question about an agentless saying (01x), no act"),
 55: ([("willingness to bring together leaders", "036", "org:UN", N, False, A, N, True)],
      "Monaco (2013); 'His willingness to bring together leaders from every sector of society' = the Secretary-"
      "General's (sentence before: 'the upcoming summit on climate change, which he intends to hold next September') "
      "intent to convene the 2014 Climate Summit -> express intent to meet 036 (README: 'offered to host' 036; the "
      "EU's 'willingness to give support' 033), a willingness stated as a fact -> asserted, nominal, from org:UN; "
      "civil society, the private sector, business and young people have no country -> target null (README: a "
      "future convening of several sectors is one 036 per sector, there with a country; borderline 043 future); "
      "'is the only path of hope' is an evaluation"),
 56: ([], "Kenya (2015): globalization, the financial crisis and climate change 'have increased the vulnerability of "
          "the global economy and affected the States Members' = inanimate causes, no act between actors"),
}
