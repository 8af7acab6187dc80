"""Hand annotations for the HUNDRED-AND-THIRTY-FIFTH held-out event gold set (source of events-heldout135.jsonl).

Keyed by the row index of selection-heldout135.jsonl (output of select_bulk_sentence_heldout.py 135; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout135.jsonl \\
        --annotations annotations_heldout135 --output events-heldout135.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Kiribati (2018): 'Some have worked, while others have not' = the Pacific regional instruments of the sentence "
         "before, an evaluation, and 'have not' negates their working, not an event; 'maintaining our resolve ... to "
         "undertake meaningful dialogue in which agreement through consensus serves as a prevalent norm' = 'us' the "
         "Pacific countries together, a regional practice of consensus dialogue with no named counterpart, an "
         "abstract norm, not coded (borderline 036 asserted KIR/GOV with target null, as 'stands ready to engage')"),
 1: ([], "Philippines (1999): 'Only earnest international cooperation can ensure that this process does not lead to the "
         "marginalization of any nation' = a generic statement about globalization, no actor; the negation bears on "
         "an outcome"),
 2: ([], "United States (2008): 'The vast majority of nations in this Assembly now agree that tactics like suicide "
         "bombing, hostage-taking and hijacking are never legitimate' = a shared view of an uncoded collective on a "
         "norm, no target; the tactics are named as a class with no agent, not coded (borderline a 111 null -> null "
         "for the nations' rejection of the tactics); 'never legitimate' is an evaluation, not a negated event"),
 3: ([], "Solomon Islands (2005): 'Sadly, however, the Group of Eight meeting on climate change did not take decisive "
         "action' = the G-8 has no code (earlier sets: a group without a code whose members the document does not "
         "name), and 'take decisive action' is no codable behaviour, so no negated event; 'Sadly' is a sentence "
         "adverb of the speaker, not a disapproval verb like 'it is regrettable' (borderline a 110 SLB/GOV with "
         "target null); the Gleneagles meeting itself is a meeting of the uncoded group, not coded"),
 4: ([("deems regrettable", "110", "PER/GOV", "org:UN", False, A, N, False),
      ("demand of the Palestinian people", "1044", "PSE/CVL", N, False, A, N, True)],
     "Peru (2012); 'Peru deems regrettable the fact that ... our Organization has not been able to find a solution' = "
     "the speaker's disapproval (README: 'it is regrettable' 110) of the United Nations, 'our Organization' -> "
     "org:UN; 'has not been able to find a solution' is no codable behaviour (borderline a negated 045 or 057 "
     "org:UN); 'the legitimate demand of the Palestinian people to establish an independent State' = a request "
     "noun with its agent named (README: 'the worldwide demand for a moratorium' a request noun) -> nominal, the "
     "people -> PSE/CVL, Y = statehood -> demand change in institutions, regime 1044 (borderline 1043 rights, or "
     "not coded as a standing aspiration), addressee not named -> target null (borderline org:UN or ISR/GOV)"),
 5: ([("rejection of the legitimate", "1233", "ISR/GOV", "PSE/CVL", False, A, N, True),
      ("refusal to abide by international legality", "128", "ISR/GOV", N, False, A, N, True),
      ("rejection of the Arab Peace Initiative", "127", "ISR/GOV", "org:LAS", False, A, N, True)],
     "Yemen (2011); 'Israel's intransigence' is an evaluative description of an attitude, not coded separately "
     "(earlier sets: 'intransigence' the same refusal, coded once); 'its Government's policy of establishing "
     "settlements' = settlement building, which has no specific CAMEO code (earlier sets: not coded; borderline a "
     "nominal 192 ISR/GOV -> PSE); 'its rejection of the legitimate and inalienable rights of the Palestinian "
     "people' = a refusal noun (guideline: REJECT, negated false) -> reject demand for rights 1233 to the people "
     "PSE/CVL (borderline 120); 'its refusal to abide by international legality' = defy norms, law 128 (README: a "
     "refusal to respect international law an asserted 128), no actor as target -> null (borderline org:UN); 'its "
     "rejection of the Arab Peace Initiative' = reject plan to settle dispute 127 (README: rejection of the "
     "Ahtisaari package a nominal 127), the Initiative being the Arab League's -> org:LAS (borderline SAU/GOV, its "
     "proposer, or target null); all nominal with the agent given by 'Israel's ... its'"),
 6: ([], "Republic of Korea (2006): the sentence starts at 'Nations' (the splitter cut after 'we need the United'); 'not "
         "because we always agree but because frequently we do not' = 'we' meaning all Member States (README: not "
         "coded), a general description of disagreement, no negated event"),
 7: ([("will call on", "100", "FRA/GOV", "TUN/GOV", False, F, N, False),
      ("will call on", "100", "FRA/GOV", "LBY/GOV", False, F, N, False),
      ("will call on", "100", "FRA/GOV", "EGY/GOV", False, F, N, False)],
     "France (2012); 'France will call on the new political authorities emanating from democratic elections in "
     "those countries to wage an unrelenting combat against complacency, extremism, fanaticism, hatred, intolerance "
     "and violence' = a request (guideline: call on -> 10x) announced with 'will' -> future (borderline asserted as "
     "a performative of the speech itself); 'those countries' = Tunisia, Libya and Egypt of the sentence before "
     "(guideline: participant from context), one request per addressee, the elected authorities -> each GOV (Libya's "
     "General National Congress of 2012 -> LBY/GOV); Y = combating extremism and violence, no specific CAMEO "
     "demand -> generic 100 (borderline 1042 policy change); 'there can never be any justification for violence' "
     "is an evaluation (README), not a negated event"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("terrorist attacks", "180", N, "USA", False, A, N, True)],
     "Spain (2010); 'On 11 September 2001, the cities of New York and Washington suffered terrorist attacks' = an "
     "event noun whose agent the speech leaves unnamed -> source null (README: the 11 September attacks a nominal "
     "180 with no source to USA), New York and Washington are places here (the cities struck), not metonyms, so "
     "the victim is the country as a whole -> bare USA, coded once for the two cities (same pair); 'stunned the "
     "world' is an effect, not coded"),
 9: ([("our agreement", "057", "ISR/GOV", "PSE/GOV", False, A, N, True),
      ("agreed", "0356", "JOR/GOV", "ISR/GOV", False, A, N, False)],
     "Israel (1994); 'as a result of our agreement' = the Gaza-Jericho agreement with the PLO, an agreement noun "
     "with its agent given by 'our' -> nominal 057 ISR/GOV -> PSE/GOV (earlier sets: the PLO -> PSE/GOV); 'The "
     "Palestinian people ... gained authority in Gaza and Jericho' is the outcome for the recipients, the ceding act "
     "not stated, not coded (borderline 0834 or 0874 ISR/GOV -> PSE/GOV); 'Jordan and Israel agreed, in the "
     "Washington Declaration, to end the state of war and move towards an agreement of full peace' = an explicit "
     "intent verb stated as a fact (guideline: 03x asserted) -> de-escalate military engagement 0356 (README: 'No "
     "more war' declared by two leaders 0356; borderline 037 for 'move towards an agreement of full peace', or 057 "
     "for the signed Declaration itself), symmetric, coded once from the first-named (guideline); 'the Washington "
     "Declaration' is the document's name, Washington not a metonym; 'voices of promise are exchanged between "
     "Damascus and Jerusalem' = capital metonyms for SYR/GOV and ISR/GOV, but an exchange of hopeful statements "
     "is 01x (optimistic comment), not coded (borderline 030 SYR/GOV -> ISR/GOV)"),
 10: ([("welcomes the recent", "051", "SWZ/GOV", "BIH", False, A, N, False)],
      "Swaziland (1995); 'Swaziland welcomes the recent initiative leading to the signing of an agreement in "
      "Washington' = a welcome (guideline: 051) of a Bosnian peace step, the paragraph's 'situation in Bosnia and "
      "Herzegovina', whose initiator and signatories the speech does not name -> the bare country (README: a welcome "
      "of a development inside a named country whose parties are not named goes to the bare country; borderline "
      "USA/GOV as the initiative's author, or target null); Washington is the place of signing, not a metonym; the "
      "agreement names no party, so it is not coded (README); 'agrees that the first priority, now, must be to "
      "ensure a lasting cease-fire' = agreement with an opinion of no named party and an agentless deontic, not "
      "coded (borderline a demanded nominal 0871 to bare BIH)"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Tajikistan (2006): 'It must be said that current efforts at counteracting the narcotics threat are not "
          "sufficiently effective' = an evaluation of agentless efforts; 'It must be said' is the speaker's own "
          "statement; the narcotics threat is figurative"),
 12: ([("will continue its assistance", "070", "org:EU", "ALB/GOV", False, F, N, False)],
      "Austria for the European Union presidency (1998); 'The Union will continue its assistance according to "
      "progress made in the political dialogue as well as in the stabilization of institutions, especially in the "
      "field of police action' = the EU's aid to Albania (the paragraph's subject), tied to expected progress -> "
      "future (README: aid tied to expected progress is future; a future material act keeps its code), aid 070 "
      "(borderline 071), to the Albanian authorities (institutions, police) -> ALB/GOV (borderline bare ALB); the "
      "political dialogue between the Albanian Government and opposition is a condition, not coded (borderline a "
      "hypothetical nominal 040 ALB/GOV -> ALB/OPP)"),
 13: ([], "Yugoslavia (1991): 'At that meeting, I stated that today's Yugoslavia was a great threat to itself and ... "
          "a threat to a larger area' = the speaker's own past statement at the Security Council (speech verb not "
          "coded) whose content is a figurative threat (guideline: threat as risk); the participation in the "
          "Council meeting is presupposed, not asserted (borderline 040 YUG/GOV -> org:UNSC)"),
 14: ([], "Belarus (2009): 'some aspects of the agreements reached remain to be carried out by the parties, for "
          "example, the rejection and removal of protectionist measures' = the G-20 agreements of the text before, "
          "reached and to be implemented by the G-20 economies as a collective with no counterpart; the pending "
          "implementation is no CAMEO event and protectionism is no sanction, so not coded (borderline a nominal 057 "
          "org:G20 with no target, or a negated 085 null -> null)"),
 # --- UNGDC 1990-2019 random: future
 15: ([("will promote its collaboration", "030", "JPN/GOV", N, False, F, N, False),
       ("providing", "073", "JPN/GOV", N, False, F, N, False)],
      "Japan (2000); 'Japan will promote its collaboration with non-governmental organizations' = a future "
      "cooperative act (guideline: future cooperation gets 03x) -> 030 future, the NGOs unnamed -> target null "
      "(borderline JPN/NGO); 'by ... providing assistance for their emergency humanitarian activities' = a future "
      "material act keeps its code (README) -> humanitarian aid 073 future to the same NGOs (borderline 070); "
      "'dispatching joint study missions for emergency rehabilitation' is part of the same collaboration with the "
      "same partners, coded once"),
 16: ([], "Cabo Verde (2001): 'The industrialized countries must display increased solidarity and generosity in "
          "assisting developing countries' = a deontic between uncoded collectives, null-null, not coded (README: "
          "acts between uncoded collectives; borderline a demanded 070 null -> null); the effort 'developing "
          "countries have agreed to make' and the agentless 'sacrifices imposed on their populations' are uncoded "
          "too"),
 17: ([], "Luxembourg (2019): 'I take this opportunity to wish him the best of luck' = well-wishing to Charles Michel "
          "(README: well-wishing not coded)"),
 # --- UNGDC 1990-2019 random: demand
 18: ([("call upon the international community", "1042", "ZWE/GOV", "org:UN", False, A, N, False)],
      "Zimbabwe (1996); 'We therefore call upon the international community, through the United Nations, to review "
      "its current minimalist approach to Somalia, explore new possibilities for constructive engagement and give "
      "peace another chance' = a request (guideline: call upon -> 10x), the international community acting "
      "'through the United Nations' -> org:UN (borderline target null, the international community being "
      "uncoded); several demands, the most specific being a change of the UN's Somalia policy -> demand policy "
      "change 1042 (borderline 1034 for renewed engagement, or 100); Y not coded separately (guideline)"),
 19: ([("condemns unreservedly", "111", "KNA/GOV", N, False, A, N, False)],
      "Saint Kitts and Nevis (2017); 'My delegation condemns unreservedly the actions that have led to heightened "
      "tensions on the Korean peninsula' -> 111 (guideline), the actions' agent never named in the speech -> target "
      "null (README: condemning attacks by unnamed perpetrators is the speaker's 111 with no target; borderline "
      "PRK/GOV from outside knowledge); 'calls on all countries to respect and honour their solemn commitments "
      "under international law' = a call on all states to comply with obligations, not coded (set 113: 'calls for "
      "strict compliance by all nations' left uncoded; borderline 100 with target null)"),
 20: ([], "Uruguay (2009): 'we should embrace it as a task of the present and put it into practice' = Montaigne's "
          "teaching, 'we' meaning all people; no act between actors"),
 21: ([], "Republic of Korea (1995): the reform of the Security Council's membership and working methods = a UN reform "
          "position (README: not coded)"),
 22: ([("pay special tribute", "051", "OMN/GOV", "org:UN", False, A, N, False)],
      "Oman (1994); 'on behalf of the Government of the Sultanate of Oman, I should like to pay special tribute to "
      "the Secretary-General ... Boutros Boutros-Ghali' = a performative praise (README: 'pay tribute to' is 051) "
      "-> asserted, the Secretary-General -> org:UN; 'his ... efforts aimed at resolving complicated conflicts by "
      "peaceful means' names no party, not coded (borderline a nominal 045 org:UN with target null)"),
 23: ([("We urge", "105", "ZWE/GOV", "ISR/GOV", False, A, N, False)],
      "Zimbabwe (1998); 'We urge the Government of Israel to show flexibility in carrying forward the peace process' "
      "= a request (guideline: urge -> 10x) to ISR/GOV, Y = flexibility, i.e. yielding in the negotiations -> demand "
      "that target yields 105 (borderline 107 settling of dispute, or 100); Y not coded separately (guideline)"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("we appeal", "102", "LBY/GOV", "org:UNGA", False, A, N, False),
       ("have been called for", "1054", "org:AU", "org:UNSC", False, A, N, False),
       ("have been called for", "1054", "org:OIC", "org:UNSC", False, A, N, False),
       ("have been called for", "1054", "org:LAS", "org:UNSC", False, A, N, False)],
      "Libya (1993); 'we appeal to this Assembly ... to support the measures' = a request (guideline: appeal -> 10x) "
      "to org:UNGA, Y = support for the measures -> demand policy support 102 (borderline 1054, the measures being "
      "the lifting of the sanctions of the sentence before); 'the measures that have been called for by the "
      "international and regional organizations I have mentioned' = a passive request with its authors named by "
      "reference (README: a request of a named author in the passive is that author's) -> the organisations the "
      "speech lists: the OAU of 1993 -> org:AU, the Organization of the Islamic Conference -> org:OIC, the League of "
      "Arab States -> org:LAS, the Non-Aligned Movement having no code and dropped; the measures = lifting the "
      "embargo, which the OAU 'called upon the Security Council' to review -> 1054 to org:UNSC, one per author "
      "(borderline target null for the OIC and the League, whose addressee the speech does not give)"),
 25: ([("would also like the United Nations to take part", "108", "RWA/GOV", "org:UN", False, A, N, False),
       ("would also like the United Nations to take part", "108", "RWA/REB", "org:UN", False, A, N, False)],
      "Rwanda (1992); 'The parties concerned would also like the United Nations to take part in the negotiations' = "
      "the parties of the Arusha talks of the sentence before, the Rwandese Government and the Rwandese Patriotic "
      "Front (an armed insurgency in 1992 -> RWA/REB), one event per party (guideline: compound split); a wish "
      "addressed to the Organization in its own Assembly, read as a request (borderline an optative hope, not "
      "coded, README: hopes about other actors' acts) for UN participation in the negotiations -> demand mediation "
      "108 (borderline 102), 'would like' a polite form -> asserted"),
 26: ([("rejects", "120", "GUY/GOV", "VEN/GOV", False, A, N, False),
       ("Venezuela’s threats", "130", "VEN/GOV", "GUY", False, A, N, True),
       ("claims", "1053", "VEN/GOV", "GUY/GOV", False, A, N, True),
       ("acts of aggression", "190", "VEN/GOV", "GUY", False, A, N, True)],
      "Guyana (2015); 'Guyana rejects Venezuela's threats and claims' -> REJECT 120 GUY/GOV -> VEN/GOV (guideline: "
      "explicit rejection, negated false); 'we resist its acts of aggression' is a second rejection by the same "
      "actor of the same actor, coded once (same code, same pair); 'Venezuela's threats' = a nominal 130 to the "
      "country (set 116: 'repeated threats to our security' a nominal 130 to bare BLZ; borderline 138); 'claims' = "
      "Venezuela's territorial claim to Guyana's regions and maritime zone (text before) -> a claim to recover "
      "territory, nominal 1053 (README: the boldest call of its set; borderline not coded as a legal position), to "
      "the Guyanese Government (borderline bare GUY); 'its acts of aggression' -> nominal 190 (guideline: "
      "'aggression' 190) to bare GUY (borderline 192 for the decree annexing the maritime zone); 'made in defiance "
      "of international law' and 'conducted in defiance of the Charter' describe the same acts, not separate 128s"),
 27: ([("is spent", "071", "NZL/GOV", N, False, A, N, False)],
      "New Zealand (2012); 'Over 60 per cent of our official development assistance is spent in our own "
      "neighbourhood' = New Zealand's habitual economic aid (borderline 070) -> asserted, to the Pacific region, "
      "whose states the sentence does not name (the Pacific Islands Forum having no code) -> target null"),
 28: ([("signed and ratified", "057", "NER/GOV", N, False, A, N, False)],
      "Niger (1990); 'Here in this Assembly last year we adopted the ... Convention on the Rights of the Child' = 'we' "
      "meaning the whole Assembly (README: not coded; borderline 057 org:UNGA); 'which scores of countries, "
      "including my own, have already signed and ratified' = a collective naming one member, coded for that member "
      "(README) -> joining a treaty 057 with no target (README: joining the NPT 057 with no target; borderline "
      "org:UN as depositary), signing and ratifying the same treaty coded once; 'expressing the great importance' "
      "is 01x"),
 29: ([("condemn", "111", "LBN/GOV", N, False, A, N, False)],
      "Lebanon (1991); 'Lebanon was among the first to condemn this phenomenon' = hostage-taking (the hostage crisis "
      "of the text before), the hostage-takers never named -> 111 with no target (README: condemning attacks by "
      "unnamed perpetrators; borderline LBN/REB)"),
 30: ([("it supports", "051", "JOR/GOV", "ISR/GOV", False, A, N, False),
       ("it supports", "051", "JOR/GOV", "PSE/GOV", False, A, N, False),
       ("resumed", "046", "ISR/GOV", "PSE/GOV", False, A, N, False)],
      "Jordan (2008); 'Jordan affirms that it supports the negotiations that resumed at Annapolis' = verbal support "
      "(guideline: 051) aimed at a process, one per party the document names (README: support aimed at a process "
      "goes to its named parties): Israel and the Palestinian National Authority of the surrounding text -> ISR/GOV "
      "and PSE/GOV; 'the negotiations that resumed at Annapolis' = the Israeli-Palestinian negotiations, parties "
      "plain from the text around (README: an event noun whose agent is plain from the text around it is coded; "
      "welcoming talks codes the negotiations 046) -> 046, a finite verb in a relative clause -> not nominal, "
      "symmetric from the first-named in the context (borderline PSE/GOV first); 'values the strategic option of "
      "peace reaffirmed in the Arab Peace Initiative and the two-State solution' is an evaluation of positions, and "
      "the Arab States' reaffirmation is agentless here, not coded (borderline 037 org:LAS)"),
 31: ([], "Australia (2000): 'Regrettably, the pro-integration militia continue to pose a significant threat to security "
          "and stability' = a threat as a risk (guideline: figurative), no act; 'Regrettably' is a sentence adverb, "
          "not a disapproval verb (borderline 110 AUS/GOV to the militias, IDN/MIL or TLS/REB)"),
 32: ([("We call for", "1031", "SEN/GOV", N, False, A, N, False)],
      "Senegal (2019); 'We call for the fulfilment of the commitments made at the third Global Partnership for "
      "Education Financing Conference ... to mobilize $3 billion over three years for education' = a request "
      "(guideline: call for -> 10x) whose Y is the delivery of pledged education finance -> demand economic aid 1031 "
      "(borderline 1033), the pledgers unnamed -> target null; the commitments themselves run from unnamed donors to "
      "the uncoded Global Partnership, null-null, not coded (borderline a nominal 0331); the conference 'held in "
      "Dakar' is only a venue (set 110: summits only held at a venue left uncoded; borderline 043 SEN/GOV)"),
 33: ([("shall require the cooperation", "061", N, "GUY/GOV", False, D, N, False)],
      "Guyana (1993); 'we shall require the cooperation of the international community to supplement our own limited "
      "resources' = a statement of need (README: statements of need are demanded aid with no source to the "
      "speaker's government) -> demanded, the international community uncoded -> source null; economic cooperation "
      "061 for a development programme (held-out 77 row 13: 'will need the cooperation of its development partners' "
      "demanded 061; borderline 071)"),
 34: ([("denouncing", "111", "BHS/GOV", "IRQ/GOV", False, A, N, False),
       ("invasion and occupation", "192", "IRQ/GOV", "KWT", False, A, N, True),
       ("calling for", "1056", "BHS/GOV", "IRQ/GOV", False, A, N, False)],
      "Bahamas (1990); 'the Bahamas joined the world community in denouncing the invasion and occupation of Kuwait' "
      "-> the speaker's 111 to Iraq, the invader named in the same sentence ('Iraqi troops'); the world community "
      "is uncoded, so its own denunciation is not coded (borderline a second 111 with no source, README: "
      "condemnation 'by the international community' has no source); 'the invasion and occupation of Kuwait' = "
      "one nominal 192 (guideline: invade/occupy 192, same code and pair coded once) IRQ/GOV -> bare KWT; 'in "
      "calling for the immediate withdrawal of all Iraqi troops and the restoration of the legitimate Government of "
      "Kuwait' = a request with several demands, the most specific being the withdrawal -> 1056 (README: a request "
      "verb with several demands takes the most specific sub-code) to IRQ/GOV"),
 35: ([], "Fiji (2015): 'It calls for the Paris agreement to be legally binding on all parties, and for it to "
          "recognize loss and damage' = 'It' the Suva Declaration, adopted by 'the Pacific leaders at the third "
          "Summit of the Pacific Island Development Forum' (sentence before), an uncoded collective, addressed to the "
          "uncoded parties of the climate negotiations, null-null, not coded (README: demands as an inanimate "
          "subject are one request per author; borderline 102 FJI/GOV with target null, Fiji being a Forum member "
          "and host)"),
 36: ([("has made a commitment to cooperate", "030", "PAN/GOV", N, False, A, N, False)],
      "Panama (1992); 'Panama ... has made a commitment to cooperate in efforts in this direction [regional "
      "disarmament], as well as in efforts to ban nuclear weapons and eliminate conventional arms in Latin America' = "
      "an intent stated as a fact (guideline: 03x asserted; README: commitments stated as facts) -> 030, the Latin "
      "American partners unnamed -> target null; 'as a signatory to the Ayacucho Declaration' and 'under the Treaty "
      "of Tlatelolco' are statuses and documents, not coded (borderline 057 with no target)"),
 37: ([("occupation of territory", "192", "ISR/GOV", "LBN", False, A, N, True)],
      "Lebanon (1993); 'we would argue that all the measures taken by Israel, including the occupation of territory, "
      "have contributed to the disruption of security' = the speaker's conditional rebuttal ('If Israel uses the "
      "security of its northern border as a pretext'), a speech verb not coded (borderline a hypothetical 112 "
      "LBN/GOV -> ISR/GOV); the occupation of southern Lebanon is a realised fact presupposed in it -> nominal 192 "
      "ISR/GOV -> bare LBN (guideline: occupy 192, target the country), asserted; 'the measures taken by Israel' are "
      "unspecified, not coded"),
 38: ([("assistance of the international community", "070", N, "TTO/GOV", False, A, N, True)],
      "Trinidad and Tobago (2013); the sentence starts at '(SIDS) in outlining' (the splitter cut after 'We join "
      "other small island developing States'); 'our many development successes, achieved ... with the assistance of "
      "the international community' = realised aid from an uncoded collective -> nominal 070 with no source "
      "(README: 'reliant on the assistance of others' a nominal 070 with no source), 'our' = the SIDS including the "
      "speaker, coded for the speaker's government (README: a collective naming one member; borderline null-null "
      "for the SIDS as a group); 'outlining' is a speech act"),
 39: ([("welcomes the progress", "051", "LAO/GOV", N, False, A, N, False)],
      "Lao PDR (2007); the sentence starts at 'Democratic Republic welcomes' (the splitter cut after 'Like other "
      "Member States, the Lao People's'), the subject taken from the context (README) -> LAO/GOV; 'welcomes the "
      "progress achieved in the implementation of the outcome of the Six-Party Talks' -> 051, the six parties never "
      "named in the speech (README: a group without a code is each member the document names) -> target null "
      "(borderline PRK/GOV for the implementation of the denuclearization steps, or six 051s from outside "
      "knowledge); the talks themselves are not coded"),
 40: ([], "Djibouti (2015): 'May God Almighty welcome him into his eternal paradise' = a prayer for the late Ambassador, "
          "condolence (README: not coded)"),
 41: ([("irresponsible attacks", "180", N, "org:UN", False, A, N, True)],
      "Morocco (2017); 'express Morocco's deep concern' is 01x, not coded; 'the irresponsible attacks that have "
      "recently been made on international peacekeepers' = attacks whose perpetrators the speech does not name "
      "('whose perpetrators should be brought to justice', sentence after) -> nominal 180 with no source (README: "
      "an agentless terrorist attack 180 with no source; borderline 190), the UN peacekeepers -> org:UN (set 111: "
      "the Canal Hotel bombing an agentless nominal 183 to org:UN)"),
 42: ([], "Dominica (2004): 'The continuing attention and support of the international community remain important "
          "prerequisites in the pursuit of efforts towards conflict resolution' = a general statement of need for "
          "the conflicts in the Sudan, Burundi and the DR Congo of the sentence before, from an uncoded collective; "
          "not coded (set 118: an obligation of the international community towards ten named countries left "
          "uncoded; borderline a demanded nominal 070 with no source to each of SDN, BDI and COD)"),
 43: ([("made a financial", "071", "LVA/GOV", "org:UN", False, A, N, False)],
      "Latvia (1997); 'Recently Latvia made a financial contribution ... in support of work by the Commissioner's "
      "staff on national human rights institutions' = a voluntary financial contribution to the Office of the High "
      "Commissioner for Human Rights -> economic aid 071 (README: assessed contributions treated as aid, 1221; "
      "borderline 070), the High Commissioner -> org:UN (README: supporting the High Commissioner 051 to org:UN); "
      "'in support of' is the same act, coded once"),
 44: ([("calling upon the United Kingdom", "1044", "org:UNGA", "GBR/GOV", False, A, N, False)],
      "Belize (2012); 'a resolution of the United Nations calling upon the United Kingdom to grant us our "
      "independence by the end of 1981' = an inanimate resolution standing for its adopting body (README: a General "
      "Assembly resolution's 'calling for' stands for org:UNGA; welcoming a UN resolution 051 to org:UNGA) -> "
      "org:UNGA (borderline org:UN as the text words it), a historic request to GBR/GOV, Y = independence -> demand "
      "change in institutions, regime 1044 (borderline 1043); 'My country gained its independence' is the outcome, "
      "the grant itself not stated, not coded (borderline 0834 GBR/GOV -> BLZ/GOV); 'colonial administration' has "
      "no act"),
 45: ([("is welcome", "051", "YEM/GOV", "org:AU", False, A, N, False),
       ("extend the mandate", "074", "org:AU", "SDN", False, A, N, True)],
      "Yemen (2006); 'The decision to extend the mandate of the African Union forces until the end of December of "
      "this year is welcome' = the speaker's welcome (set 116: 'President Clinton's decision ... is very welcome' is "
      "the speaker's 051; borderline not coded as an impersonal welcome) of the African Union's decision -> 051 to "
      "org:AU; the extension of AMIS in Darfur = peacekeeping 074 from org:AU (README: an ECOMOG force's deployment "
      "a nominal 074 from org:ECOWAS; a mission's presence a nominal 074) to the host country, the Sudan of the "
      "sentence before -> bare SDN (README: troops in ISAF or UNIFIL are 074 to the host country), nominal inside "
      "'The decision to'"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([("to build military bases", "154", N, "COD", False, A, N, False)],
      "DR Congo (2000); 'One large country is helping others to build military bases on our borders and is training "
      "their soldiers in order to increase tourism in our country' = sarcasm about foreign military support to the "
      "invaders; neither the 'large country' nor the 'others' is named in the speech (the text around names Uganda "
      "and Rwanda as invaders, but not as the 'others') -> the help and the training (072) run between unnamed "
      "states, null-null, not coded (borderline 072 null -> UGA/GOV and RWA/GOV); the building of military bases "
      "on the Congo's borders = a force build-up (README: a build-up of an arsenal a nominal 154; Iran's military "
      "installations on the islands 154) from unnamed states -> source null, to the speaker's country -> bare COD; "
      "'increase tourism' is an ironic euphemism for the invasion, not coded"),
 47: ([], "India (1997): 'We do not see reform simply as an exercise to trim the budget of the United Nations' = a UN "
          "reform position (README: not coded); the negation bears on a view"),
 48: ([("reaffirm our commitment", "030", "SAU/GOV", "org:UN", False, A, N, False)],
      "Saudi Arabia (2004); 'We reaffirm our commitment to the United' = a fragment cut by the splitter; the object "
      "continues after the cut as 'Nations and the multilateral international order' (README: a fragment whose "
      "object the splitter cut off is coded from the text after the cut when its verb is in the sentence) -> a "
      "commitment stated as a fact, 030 to org:UN (set 116: 'Reaffirm our solemn pledge to the Charter' 030 to "
      "org:UN; borderline an abstract commitment, not coded)"),
 49: ([], "Samoa (2014): 'The United Nations is our last best hope' = a description"),
 50: ([], "Mauritania (1993): 'Does not \"peace\" in their language mean life?' = a rhetorical question about the meaning "
          "of a word, no act"),
 51: ([], "Madagascar (1996): the future of world trade and development regimes as vital issues = a description, no "
          "actor"),
 52: ([("recent nuclear tests", "150", "PRK/GOV", N, False, A, N, True)],
      "Republic of Korea (2016); 'North Korea's recent nuclear tests' = weapons tests (guideline: nuclear tests 150) "
      "with the agent named -> nominal 150 PRK/GOV, no target named (borderline bare KOR); 'its programmes have "
      "neared a tipping point' is an evaluation"),
 53: ([("put forward a common platform", "036", "MNG/GOV", N, False, A, N, False)],
      "Mongolia (2015); 'We also put forward a common platform called the Asian Forum for Human Rights and "
      "Development' = a realised proposal of a forum for dialogue among Asian States (the text after: 'a solid and "
      "inclusive platform for comprehensive dialogues involving all Asian States') -> an intent to meet stated as "
      "a fact, 036 asserted (README: 'offered to host' 036; set 117: 'I have proposed a grand bargain' 037), the Asian "
      "States an uncoded collective -> target null (borderline 030, or 043 'provided a forum for States')"),
 54: ([], "Kenya (2011): 'I am confident that his long years of diplomatic service and experience will be crucial in "
          "steering the work of this session' = a confident prediction about the Assembly President, an evaluation "
          "(set 121: praise of an Assembly President's guidance left uncoded; set 123: confident predictions not "
          "coded; borderline 051 to org:UNGA); the congratulation lies in the sentence before"),
 55: ([("underlined", "051", "org:UN", "LBY/GOV", False, A, N, False),
       ("underlined", "051", "org:AU", "LBY/GOV", False, A, N, False),
       ("underlined", "051", "org:LAS", "LBY/GOV", False, A, N, False)],
      "Libya (1999); 'Libya's fulfilment of its obligations has also been underlined in the Secretary-General's "
      "report, in the decisions of the thirty-fifth African Summit ..., in the decisions of the Arab League ... and "
      "in the decisions of the Ministerial Council of the Non-Aligned Movement' = a passive with its authors named "
      "through their documents (README: an inanimate resolution stands for the body that adopted it) acknowledging "
      "Libya's compliance (README: acknowledging a government's progress is 051) -> one 051 per coded author: the "
      "Secretary-General -> org:UN, the OAU summit of 1999 -> org:AU, the Arab League -> org:LAS, the Non-Aligned "
      "Movement having no code and dropped (borderline an uncoded 01x statement); Libya's fulfilment of its "
      "obligations is compliance, not coded (guideline); the summit 'held in Algeria' is a venue, not coded"),
 56: ([], "Myanmar (2012): 'We consider any loss of life and property on either side in the armed conflict as a loss "
          "for the country' = an evaluation; 'the armed conflict' is an event noun whose parties ('either side') the "
          "sentence does not name (the Kachin armed group is in the sentence before), not coded (guideline: event "
          "nouns without an agent in the sentence; borderline a nominal 190 MMR/MIL -> MMR/REB)"),
 57: ([], "Antigua and Barbuda (1995): 'has done much of what is required of it to achieve sustainable development' = "
          "domestic policy, no act between actors"),
 58: ([], "France (1994): the Security Council's authority depending on its representativeness = a UN reform position "
          "(README: not coded)"),
 59: ([], "Japan (2016): 'Japan will mark the sixtieth anniversary of its entry into the United Nations' = a "
          "commemoration, and the entry in 1956 is a UN admission (README: UN admissions and membership positions "
          "not coded; borderline a nominal 057 or 030 JPN/GOV -> org:UN)"),
}
