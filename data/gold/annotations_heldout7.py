"""Hand annotations for the SEVENTH held-out event gold set (source of events-heldout7.jsonl).

Keyed by the row index of selection-heldout7.jsonl (output of select_heldout7.py).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout7.jsonl \
        --annotations annotations_heldout7 --output events-heldout7.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([("refuse to engage meaningfully on a ceasefire and political talks", "125", "YEM/REB", N, False, A, N,
       False)],
     "Lenderking (the Department's own envoy) -> reported_by null (held-out 3 rule); 'expressed concern' = 01x; "
     "Houthis -> YEM/REB; explicit refusal -> REJECT, not negated; refusing talks and a ceasefire = reject proposal "
     "to negotiate 125; the other side of the talks is not named -> target null; 'a durable agreement between the "
     "Yemeni parties' is a hoped-for outcome"),
 1: ([("expands the opportunity to permanently resettle", "075", "USA/GOV", "AFG/CVL", False, A, N, False)],
     "the P-2 designation = the US government's own refugee-admission act -> 075 as held-out 6 rows 22, 37; Afghans "
     "and their families -> AFG/CVL; 'did not have qualifying employment' / 'have not met the requirement' define "
     "the class (not events)"),
 2: ([("implementing heavy economic sanctions", "163", "org:EU", "RUS", False, A, N, False)],
     "Stoltenberg; sanctions on Russia (the previous sentence: the response to Russia's war) -> RUS as held-out 4 "
     "row 15; compound of uncoded collectives ('NATO Allies', 'partners') and the EU -> coded for the EU only "
     "(borderline org:NATO for 'NATO Allies'); the provision of military, humanitarian and economic support has no "
     "agent in the sentence; 'sanctions we have not seen anything similar to imposed' is a comparison, not event "
     "negation"),
 3: ([("killed local citizens", "1823", N, "ECU/CVL", False, A, N, False),
      ("carrying out bombings", "183", N, "ECU/MIL", False, A, N, False),
      ("carrying out bombings", "183", N, "ECU/COP", False, A, N, False)],
     "travel advisory; unnamed transnational crime groups have no code -> null (as the unnamed 'terrorist "
     "coalition' in held-out 6); killings -> 1823; non-military bombings -> 183, compound target split (military "
     "-> ECU/MIL, law enforcement -> ECU/COP); 'engaged in violent crime' is the generic summary of the same acts, "
     "not coded separately"),
 4: ([("to threaten further nuclear provocations", "130", "IRN/GOV", "org:IAEA", False, A, N, False)],
     "the threat is itself asserted (130), aimed at the IAEA Board's action; the threatened provocations and "
     "reductions of transparency have no verb of their own (not coded); 'has not been to address the lack of "
     "cooperation' = comply, not codable, so no negated event; 'the Board's action' too vague"),
 5: ([("U.S. sanctions", "163", "USA/GOV", "RUS", False, A, N, True)],
     "the Secretary in the Department's readout -> reported_by null; the existing U.S. sanctions (on Russia, the "
     "war in the previous sentence) -> nominal 163 -> RUS; 'do not prevent the export' negates 'prevent', which is "
     "not an act between actors, so the sanctions are not negated"),
 6: ([("said yes", "036", "RUS/GOV", "USA/GOV", False, A, N, False),
      ("look forward to seeing you", "036", "USA/GOV", "RUS/GOV", False, H, N, False),
      ("has not invaded Ukraine", "192", "RUS/MIL", "UKR", True, H, N, False)],
     "Blinken; Lavrov (He) accepting the proposed meeting = intent to meet stated as a fact -> 036 asserted (the "
     "speech act is the event); Blinken's own reply, conditional on 'provided ... Russia has not invaded' -> 036 "
     "hypothetical (borderline future); the proviso is a conditional negation -> 192 negated and hypothetical "
     "(guideline: 'if that deal has not been signed'); invasion by Russia -> RUS/MIL as earlier sets"),
 7: ([("our assistance", "070", "USA/GOV", N, False, A, N, True)],
     "briefer; US assistance in the hemisphere's migration crisis (countries and migrants of several nations in "
     "the context) -> target null, 070 (not sure whether 073); 'did not begin yesterday' is not an event; "
     "'will take time for us to resolve alongside our partners' is not a stated act"),
 # --- State Dept random: capital
 8: ([("Kremlin’s unprovoked and unjustified war against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Kremlin metonym -> RUS/GOV, also for the war (held-out 6 row 14); 'hold Moscow and its supporters "
     "accountable' is not a CAMEO act (held-out 6 row 62), so the commitment to it is not coded either; the "
     "Lukashenka regime is named only as a supporter"),
 9: ([("met today with", "040", "USA/GOV", "ITA/GOV", False, A, N, False),
      ("Moscow’s unprovoked and unjustified war", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Sherman and Sequi (Italian MFA) -> ITA/GOV; Washington is the venue; 'They discussed' = the same meeting, "
     "coded once; metonym Moscow -> RUS/GOV; 'Russia's aggression' and 'its brutal attacks' are repeated mentions "
     "of the same war, coded once; the shared efforts to assist Ukraine, deliver aid and press the Kremlin are the "
     "discussion's topics (held-out 6 row 33), not coded"),
 10: ([("discussed", "040", "USA/GOV", "GBR/GOV", False, A, N, False),
       ("Moscow’s unprovoked and unjustified war", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "Sherman and Lovegrove (UK NSA); coordination in supporting Ukraine is the topic; metonym Moscow -> RUS/GOV, "
      "the war against Ukraine from the context"),
 # --- State Dept random: reported
 11: ([("renew coalition support for stabilization assistance", "070", N, "IRQ", False, D, N, False),
       ("renew coalition support for stabilization assistance", "070", N, "SYR", False, D, N, False)],
      "Blinken at the D-ISIS meeting: 'we must' = deontic, 'we' = the Global Coalition (no code, held-out 3) -> "
      "null, demanded; stabilization assistance across Iraq and Syria -> 070, compound target split; 'as Luigi "
      "said' is an aside agreeing with Di Maio, the demand is Blinken's own -> reported_by null; 'ISIS doesn't have "
      "a resurgence' is not an act"),
 12: ([], "'They' = Blinken and the E3; 'agreed that a diplomatic solution ... is the best outcome' is a shared "
          "view, not an agreement to act; 'noted that we are prepared for other scenarios if necessary' is too vague "
          "for a threat (borderline 130 towards Iran, which is named only in the previous sentence)"),
 13: ([], "quotation of Martin Luther King; 'a threat to justice' = figurative"),
 14: ([("cooperate to jointly tackle challenges", "050", N, "MEX", False, H, N, False)],
      "Blinken in the Department's readout -> reported_by null; if-clause -> hypothetical; the people and countries "
      "of Central America (collective) -> null; 'with partners like Mexico' -> MEX (borderline: an example, not "
      "coded)"),
 15: ([], "'the invasion' has no agent in the sentence; 'We said' = own past statement"),
 # --- State Dept random: future
 16: ([("will continue to support", "032", "USA/GOV", "CHN/REL", False, F, N, False),
       ("will continue to support", "032", "USA/GOV", "CHN/CVL", False, F, N, False)],
      "'will continue to support' -> 032 future (held-out 4 row 13); compound target split: the Dalai Lama, a "
      "Tibetan religious leader -> CHN/REL (borderline: in exile in India), the Tibetan community -> CHN/CVL; the "
      "efforts to preserve traditions are the object of the support, not coded"),
 17: ([("will then travel to Tajikistan", "036", "USA/GOV", "TJK", False, F, N, False),
       ("meet with senior officials", "036", "USA/GOV", "TJK/GOV", False, F, N, False)],
      "Lu; future travel -> 036 future to the destination country (held-out 5 row 17); the meeting with named "
      "counterparts on the trip is coded as well (held-out 6 row 35); the U.S.-Tajikistan Annual Bilateral "
      "Consultations are the same meeting with the same officials, coded once; promoting ties and security "
      "cooperation is the purpose"),
 18: ([("will lead the U.S.-Laos Comprehensive Bilateral Dialogue", "036", "USA/GOV", "LAO/GOV", False, F, N,
        False)],
      "Kritenbrink; a future dialogue whose name gives its participants -> 036 future; discussing cooperation and "
      "forging a deeper connection with Laos are its purpose, coded once"),
 # --- State Dept random: demand
 19: ([], "Blinken to a journalist: 'you should ask them' is not an act between political actors"),
 20: ([], "evaluation of Guterres ('we have that in António Guterres'), no behaviour verb; 'member states must "
          "address' priorities is deontic with no codable Y"),
 21: ([], "deontic agentless passive, Y (collect data) not codable"),
 22: ([], "domestic: 'we as a country should be doing much more to support this kind of work'"),
 23: ([("calls on all governments", "1043", "USA/GOV", N, False, A, N, False)],
      "'all governments' (collective) -> null; Y = uphold obligations, respect the human rights of the Roma, "
      "provide access to registration and services -> rights 1043; Y not coded separately"),
 24: ([], "joint statement; deontic, Y (look forward, identify tasks) not codable"),
 # --- State Dept random: cue
 25: ([], "'draws attention' = 01x; sexual violence, violations and indiscriminate attacks in Tigray have no agent "
          "in the sentence ('have been reported', agentless)"),
 26: ([("attacking Ukraine", "190", "RUS/GOV", "UKR", False, A, N, False)],
      "Biden quoted in a State Dept release: the President is the document's own government, not a third party, "
      "-> reported_by null (held-out 3 rule); 'nations recognize that' = factive frame -> asserted, nations "
      "(collective) not an attribution source; Putin -> RUS/GOV; 'not only' is not negation; 'attacking the very "
      "foundations of global peace' = figurative, not coded"),
 27: ([("invested more than $377 million in health assistance", "073", "USA/GOV", "KHM", False, A, N, False)],
      "health assistance -> humanitarian 073 (held-out 5 row 35), to Cambodia (the country and its health "
      "system) -> KHM; 'foreign assistance activities' = the same aid"),
 28: ([("reiterated the United States’ strong commitment", "030", "USA/GOV", "JOR/GOV", False, A, N, False)],
      "Blinken to King Abdullah II (JOR/GOV); commitment to the strategic relationship = intent stated as a fact "
      "-> 030 asserted (held-out 6 row 57); 'U.S. support for Jordan's progress on economic growth and reforms' is "
      "part of the same commitment, not coded separately (borderline 051)"),
 29: ([("conducted wrongful violence", "180", N, "ETH/CVL", False, H, N, False),
       ("hindered access of humanitarian assistance", "1623", N, "ETH/CVL", False, H, N, False)],
      "visa policy: generic class of 'those who have ...' (unnamed officials, forces and TPLF members) -> null "
      "source, hypothetical (held-out 2 row 0); people in the Tigray region -> ETH/CVL; violence and abuses by "
      "mixed state and non-state actors -> 180; blocking humanitarian aid -> 1623 (guideline: restrictions on aid "
      "-> 162x)"),
 30: ([("strongly supports the Cameroonian people", "051", "USA/GOV", "CMR/CVL", False, A, N, False),
       ("remain committed to working together", "030", "USA/GOV", "CMR/CVL", False, A, N, False)],
      "Blinken's visa-policy statement; verbal support -> 051; commitment to cooperation stated as a fact -> 030 "
      "asserted; 'together' = with the Cameroonian people of the first clause (borderline CMR)"),
 31: ([("condemn", "111", "org:NATO", "RUS/GOV", False, A, N, False)],
      "Stoltenberg: 'We' = NATO -> org:NATO; the attacks' perpetrator is Russia from the previous sentence ('the "
      "brutal Russian invasion') -> target RUS/GOV from the context, as 'we condemn this aggression'; the attacks "
      "on civilians and the attack on the nuclear plant have no agent in the sentence, not coded; 'seen reports' = "
      "not an act"),
 32: ([("Kuwaiti mediation", "045", "KWT/GOV", N, False, A, N, True),
       ("we’re grateful", "051", "USA/GOV", "KWT/GOV", False, A, N, False),
       ("look forward to discussing", "036", "USA/GOV", "KWT/GOV", False, F, N, False)],
      "Thompson on the coming trip to Kuwait; Kuwait's mediation of the Gulf rift -> 045 nominal, the parties ('U.S. "
      "partners in this region') unnamed -> null; thanks -> 051; 'look forward to' + discuss -> 036 future; "
      "'healing the Gulf rift' has no agent of its own"),
 33: ([], "Department working to promote abstract goals around the world: abstract policy, no actor pair"),
 34: ([("their support", "070", "RUS/BUS", "RUS/GOV", False, A, N, True),
       ("Putin’s war of choice against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "the sanctioned oligarchs and state-company executives (previous sentence) -> RUS/BUS; their support for "
      "Putin's war -> 070 nominal to RUS/GOV (borderline 051, or not coded: the kind of support is not said); "
      "Putin -> RUS/GOV; 'enriched themselves at the expense of the Russian people' is not a CAMEO act"),
 35: ([("coordinating efforts around the world", "050", "USA/GOV", N, False, A, N, False),
       ("get this kind of assistance in", "072", "USA/GOV", "UKR", False, A, N, False)],
      "Blinken; coordination with unnamed partners -> 050, target null (held-out 4 row 15 'working with partners "
      "and allies'); 'this kind of assistance' = security assistance getting into Ukrainian hands (previous "
      "sentence) -> military aid 072 to UKR, realised ('that's happening')"),
 36: ([("discussed", "040", "USA/GOV", "ISR/GOV", False, A, N, False)],
      "'They' = Sherman and Bar Lev (Israeli minister); the efforts for Palestinians and Israelis are the topic"),
 37: ([], "a university's role in people-to-people ties: no act between political actors"),
 38: ([], "tourist sites on a web platform"),
 39: ([("announced sanctions", "163", "USA/GOV", "RUS", False, A, N, False),
       ("announced sanctions", "163", "USA/GOV", "PRK", False, A, N, False),
       ("announced sanctions", "163", "USA/GOV", "CHN", False, A, N, False)],
      "sanctions on entities and individuals located in three countries -> bare countries (held-out 4 row 6, "
      "held-out 6 row 46), compound split; 'proliferation activities' are not a CAMEO act"),
 40: ([("commended", "051", "USA/GOV", N, False, A, N, False),
       ("commended", "051", "org:EU", N, False, A, N, False),
       ("U.S.-EU coordination", "050", "USA/GOV", "org:EU", False, A, N, True),
       ("Russia’s unprovoked military aggression", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "'They' = Sherman and Sannino (EEAS) -> compound source split; the object of the praise is a display of "
      "unity, not an actor -> target null (held-out 6 row 30); the coordination noun names its participants -> "
      "nominal 050, coded once from the document's government; sanctions and export controls are its content"),
 41: ([("welcomes", "051", "USA/GOV", "SAU/GOV", False, A, N, False),
       ("welcomes", "051", "USA/GOV", "ARE/GOV", False, A, N, False),
       ("pledge by Saudi Arabia and the United Arab Emirates", "0331", "SAU/GOV", "YEM/GOV", False, A, N, True),
       ("pledge by Saudi Arabia and the United Arab Emirates", "0331", "ARE/GOV", "YEM/GOV", False, A, N, True),
       ("pledge by Saudi Arabia@2", "0331", "SAU/GOV", "YEM", False, A, N, True)],
      "welcome -> 051 to the pledging governments; pledges of economic support = intent to provide economic aid "
      "stated as a fact -> 0331 asserted, nominal (held-out 2 row 39); the Central Bank of Yemen -> YEM/GOV; the "
      "second, separate Saudi pledge (development projects and fuel) -> the country YEM"),
 42: ([("assistance helps", "073", "USA/GOV", "AFG/CVL", False, A, N, False)],
      "'this assistance' = the new U.S. humanitarian assistance (title, previous sentences) -> USA/GOV from the "
      "context, as held-out 6 row 53; the most vulnerable Afghans -> AFG/CVL"),
 43: ([("met with", "040", "USA/GOV", "ISR/GOV", False, A, N, False)], "Sherman and Hulata (Israeli NSA)"),
 # --- State Dept random: nocue
 44: ([], "'we celebrate everyone who is working' for water security: no actor pair"),
 45: ([], "Blinken's anecdote: an unnamed European colleague's reply = 01x"),
 46: ([("I’m grateful to you", "051", "USA/GOV", "CZE/GOV", False, A, N, False)],
      "Blinken to FM Lipavský; thanks -> 051; his being here (the visit) is covered by the thanks (held-out 4 row 9, "
      "held-out 6 row 57)"),
 47: ([], "'We greatly respect the citizens of Russia' is a sentiment, not a praise act (held-out 5 row 31); "
          "'continued war and increasing repression' have no agent in the sentence"),
 48: ([], "national-day message: 'I wish all people of Vanuatu health and happiness' = well-wishing (01x), not a "
          "praise act (borderline 051, cf. 'congratulated' in held-out 6 row 44)"),
 49: ([], "domestic (Americans with Disabilities Act)"),
 50: ([], "U.S.-Finland joint statement, item under 'We intend to advance this agenda by': committing to inclusive "
          "research communities and to tackle issues of common interest is a policy commitment, not an act between "
          "the two governments (borderline 030 future)"),
 51: ([], "'remains dedicated to preserving the nonproliferation regime' = abstract policy, no actor"),
 52: ([("had a very good dialogue", "040", "USA/GOV", "ARM/GOV", False, A, N, False)],
      "Blinken with FM Mirzoyan; relaunching the U.S.-Armenia Strategic Dialogue is the purpose of these same "
      "meetings, coded once; 'was suspended because of COVID' has no actor"),
 53: ([("moved tens of thousands of troops", "154", "RUS/MIL", "UKR", False, A, N, False)],
      "troop build-up toward Ukraine's borders -> 154 (guideline), Russia's military act -> RUS/MIL; the cyber "
      "incidents have no agent in the sentence"),
 54: ([], "individuals using a humanitarian corridor: no act between political actors"),
 55: ([], "embassy staff introduction"),
 56: ([("begun a critical conversation", "040", "USA/GOV", N, False, A, N, False)],
      "Blinken at the Global Action Plan meeting he convened: 'We' = the participants, with the US speaking -> "
      "USA/GOV, others unnamed -> null (held-out 6 row 50); borderline: an ongoing line of work, not a meeting"),
 57: ([], "participants' share of gas production: no event"),
 # --- UNGDC random: neg
 58: ([], "Truman quoted: 'We can no longer permit any nation ... to attempt to settle their arguments with bombs' "
          "is a general principle with no actor pair"),
 59: ([("are very welcome to visit Luxembourg", "036", "LUX/GOV", N, False, A, N, False)],
      "an invitation to visit = offer to host -> 036 asserted (borderline: not coded); 'those who have not done so' "
      "(unnamed states) -> null; 'have not done so' defines the class, not coded (held-out 5 row 0)"),
 60: ([], "'These sanctions' (Western sanctions on Russia, previous sentences) have no agent in the sentence; "
          "evaluative"),
 61: ([], "needed support of collectives (multilateral organisations, private enterprise, society): no actor pair"),
 62: ([("calls on those of you", "102", "CZE/GOV", N, False, A, N, False)],
      "unnamed states -> null; Y = sign the Peace Summit declaration -> 102 (held-out 5 row 0, held-out 6 row 24); "
      "'yet have not supported our common effort' defines the class, not coded; 'agreed at the Peace Summit' is "
      "agentless"),
 # --- UNGDC random: capital
 63: ([], "Washington = metonym for USA/GOV, but 'denies involvement' = deny responsibility (016, 01x, not coded); "
          "'they were caught redhanded' is an evaluative claim, no behaviour verb"),
 64: ([("gave shelter", "075", "ALB/GOV", "IRN/CVL", False, A, N, False),
       ("raided and killed", "1823", "IRN/GOV", "IRN/CVL", False, A, N, False)],
      "sheltering Iranian refugees -> grant asylum 075; 'Tehran assassins' -> metonym IRN/GOV even for violent acts "
      "(guideline); the raids that killed residents of Camp Liberty = one attack, killings -> 1823; the refugees "
      "-> IRN/CVL"),
 # --- UNGDC random: reported
 65: ([("to invade its neighbour", "192", "RUS/MIL", "UKR", False, A, N, False),
       ("executing its opponents", "1823", "RUS/GOV", "RUS/OPP", False, A, N, False)],
      "'It must be said that' = the speaker's own assertion (held-out 6 row 65); 'decided to invade' = the invasion "
      "happened -> 192 asserted, RUS/MIL as earlier sets, 'its neighbour' = Ukraine; executions of opponents = "
      "killings of individuals 1823 by the state -> RUS/OPP; 'throw all international rules overboard' = "
      "figurative; 'danger is coming from' = risk"),
 66: ([], "the speaker's own past statement; 'Ghana supports United Nations reform' is an abstract policy position "
          "(reform of a body), not an act between actors"),
 # --- UNGDC random: future
 67: ([], "vaccination threshold: no act between actors"),
 68: ([("fought occupation", "190", "LBY", N, False, A, N, False)],
      "the Libyan people's historic armed struggle against colonial occupation -> 190, historic war -> bare LBY "
      "(guideline); the occupier (Italy) is not named -> null; 'combated, struggled and fought' = one event; "
      "'history will attest' is not an attribution source"),
 # --- UNGDC random: demand
 69: ([], "deontic, Y (respond to catastrophes) not codable; 'international community' collective"),
 70: ([("urge", "100", "MLI/GOV", "org:ECOWAS", False, A, N, False)],
      "Mali's transitional Prime Minister -> MLI/GOV (speech rule); 'them' = the ECOWAS Heads of State and "
      "Government (previous sentence) -> org:ECOWAS (new code); an explicit request to a coded actor is coded even "
      "with a vague Y (held-out 5 row 20) -> 100"),
 71: ([], "deontic agentless passive; Y (strengthen the ceasefire by actions on the ground) is not a specific "
          "codable act (borderline 0874)"),
 72: ([], "deontic, Y (mutual benefit, development) not codable"),
 # --- UNGDC random: cue
 73: ([], "1945 delegates' determination and the Charter: no act between actors"),
 74: ([("provides them with temporary shelter, medical assistance and food", "073", "PAN/GOV", N, False, A, N,
        False)],
      "'Our country' -> PAN/GOV; shelter, medical care and food for migrants -> one humanitarian aid event 073; "
      "migrants of many nationalities (Caribbean, Africa) -> null; 'treats the migrants with dignity' is not a "
      "separate act"),
 75: ([("welcome", "051", "SLE/GOV", N, False, A, N, False)],
      "the object is a principle of the Global Digital Compact, not an actor -> target null (held-out 6 row 30)"),
 76: ([], "support for 'the start of negotiations' on Security Council reform = abstract policy position, no actor "
          "(as row 66)"),
 77: ([], "implementing the five-point consensus = comply, not codable; the consensus endorsed by ASEAN leaders "
          "among themselves is a collective adoption with no actor pair (held-out 6 row 76); its content "
          "(dialogue, aid to the people of Myanmar) has no agent"),
 78: ([("visited Andorra", "042", "org:UN", "AND", False, A, N, False)],
      "historic (2013) visit of the Secretary-General -> org:UN; visit to the country -> bare AND"),
 79: ([("express my sincere gratitude", "051", "KGZ/GOV", N, False, A, N, False),
       ("supporting our initiative", "051", N, "KGZ/GOV", False, A, N, False)],
      "all UN Member States (collective) -> null; thanks -> 051; their support for Kyrgyzstan's initiative (the "
      "resolution on mountain regions) = endorsement 051, source null"),
 80: ([], "the Secretary-General's warning and the UNDP's observation are statements (01x)"),
 81: ([], "figurative: a tragedy 'urging us'"),
 82: ([("agreed a debt moratorium", "0331", "FRA/GOV", N, False, A, N, False)],
      "'we' in a UN speech -> FRA/GOV (the G-20 members at the meeting, no code); agreeing a debt moratorium = "
      "intent to provide economic relief stated as a fact -> 0331 asserted (guideline 'agreed to open "
      "negotiations'; borderline 071); the poorest countries in Africa (collective) -> null"),
 83: ([("launched a new technical assistance package", "070", "SGP/GOV", N, False, A, N, False)],
      "technical assistance for SIDS (collective) -> 070, target null; 'will support our friends in SIDS' is in the "
      "previous sentence"),
 84: ([], "joining the supporters of the Rotation for Equality Initiative = a policy position on UN posts, towards "
          "an initiative with no code (held-out 6 row 28), not coded; the initiative's 'calls for' has no actor"),
 85: ([("our military assistance", "072", "NLD/GOV", "UKR", False, A, N, True)],
      "military aid to Ukraine (previous sentences) -> 072 nominal, as the first set's 'security assistance'; 'do "
      "even more' is vague"),
 86: ([("warmly welcome", "051", "PAK/GOV", "SAU/GOV", False, A, N, False),
       ("warmly welcome", "051", "PAK/GOV", "IRN/GOV", False, A, N, False),
       ("normalization of relations", "050", "SAU/GOV", "IRN/GOV", False, A, N, True)],
      "welcome -> 051 to both parties of the normalization, compound split; a realised normalization naming its "
      "participants -> nominal 050 (held-out 2 'efforts we made to normalize relations'), coded once from the "
      "first-named"),
 # --- UNGDC random: nocue
 87: ([("implemented against the Iranian people", "163", "USA/GOV", "IRN/CVL", False, A, N, False)],
      "the U.S. 'maximum pressure' policy (sanctions, previous sentences) -> 163 (borderline 170), agent from the "
      "possessive 'the U.S.''; target as the sentence names it -> IRN/CVL; Iran fulfilling obligations = comply, "
      "not codable; the IAEA's verification = 01x"),
 88: ([], "regional instability: no actor"),
 89: ([], "Latvian scientists in global vaccine research: no act between political actors"),
 90: ([], "figurative; spraying glyphosate has no agent"),
 91: ([], "'we' = humanity's institutions in general: no actor pair"),
 92: ([], "climate funds not provided: no actor"),
 93: ([], "celebrating the multilateral order = abstract; 'Andorra's joining the United Nations and UNESCO' (1993) "
          "is named only as an anniversary and membership is not a CAMEO act (borderline 057)"),
 94: ([], "speech fragment"),
 95: ([], "deontic, Y (act against the spread of lies) not codable"),
}
