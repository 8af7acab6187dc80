"""Hand annotations for the THIRTY-FIFTH held-out event gold set (source of events-heldout35.jsonl).

Keyed by the row index of selection-heldout35.jsonl (output of select_bulk_heldout.py 35; all rows come from
bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout35.jsonl \
        --annotations annotations_heldout35 --output events-heldout35.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Qatar (1993): 'Condemnation has had no effect' = a condemnation noun without an agent in the sentence (the "
         "General Assembly and Security Council of the previous sentence), not coded (guideline); 'has not been backed "
         "by action' negates a vague 'action', no codable act; 'the successive resolutions adopted by the Security "
         "Council have remained ineffective' = an evaluation, the resolutions' content not stated here; 'aggression did "
         "not stop' = the aggression continued ('not stop' bears on stopping, held-out 8 row 56), but 'aggression' is an "
         "event noun without an agent in the sentence ('the Serbian aggression' lies in the previous sentence; "
         "guideline: 'this aggression' not coded)"),
 1: ([("attacks by the Lord", "180", "UGA/REB", N, False, A, N, True),
      ("atrocities committed in Nigeria", "180", N, "NGA", False, A, N, True),
      ("atrocities committed in Nigeria", "180", N, "NER", False, A, N, True),
      ("atrocities committed in Nigeria", "180", N, "CMR", False, A, N, True),
      ("atrocities committed in Nigeria", "180", N, "TCD", False, A, N, True)],
     "Congo (2015); 'has not been spared by these plagues' = Central Africa was affected, a state, not a negated "
     "event; 'the attacks by the Lord's Resistance Army' = an event noun with its agent named -> nominal, the LRA, a "
     "Ugandan armed group -> UGA/REB (new; as M23 COD/REB and Hizballah LBN/REB; borderline null, as the "
     "transnational Boko Haram, AQIM and ISIS, which have no code), unspecified violence by a non-state armed group "
     "-> 180 (guideline), its victims 'Central Africa, the region' = a region without a code -> target null; 'the "
     "unspeakable atrocities committed in Nigeria, the Niger, Cameroon and Chad by ... Boko Haram' = an event noun "
     "with its agent named, Boko Haram without a code (held-out 16, 32 row 32) -> source null, one event per country "
     "named (guideline compound split; held-out 4 row 81: Boko Haram's attacks in Chad 180 null -> TCD), 180 "
     "(borderline 200 for 'atrocities')"),
 2: ([], "Sweden (2010): development assistance can only complement national efforts = abstract, no actor pair"),
 3: ([("gunning down people", "175", "MMR/MIL", "MMR/CVL", False, A, N, False)],
     "Mauritius (2007); 'The military junta must be sent a clear message' = an agentless deontic passive whose Y is "
     "sending a message (01x, not coded); the message 'the free world will not tolerate ...' is a collective's "
     "resolve with no named source and a 'will not tolerate' like held-out 6's 'will not stand by', not coded as a "
     "threat; 'gunning down people who are demanding freedom and justice' = the junta's shooting of protesters, real "
     "and ongoing (previous sentences: 'the legitimate stirrings of the people's will are being brutally repressed "
     "in blood, as we are speaking') -> violent repression 175 (held-out 33 row 4: shooting civilians 175; held-out "
     "24/25: a government that 'responded with violence' to protests 175), the junta -> MMR/MIL (guideline), the "
     "people of Myanmar -> MMR/CVL; a gerund, not nominal (borderline not coded as the object of 'will not "
     "tolerate'); 'who are demanding freedom' defines the victims (held-out 33 row 4), not coded as a 1043"),
 4: ([], "Togo (1995): 'we do not believe that the signing and entry into force of those Conventions are an end in "
         "themselves' = an attitude; the signing is a noun without an agent"),
 5: ([("troops to occupy foreign lands", "192", "USA/GOV", N, True, F, N, False)],
     "United States (Obama, 2014) on ISIL; 'nor do we intend to send United States troops to occupy foreign lands' = "
     "plain negation of an intended act (held-out 28 row 28: 'no intention of pulling out its forces' = a negated "
     "087 with future modality; 'intends to' -> future) -> occupy 192 (guideline), negated, future, 'we' -> USA/GOV "
     "(the government that sends the troops; borderline USA/MIL); 'foreign lands' unnamed -> target null (borderline "
     "IRQ and SYR from the context); sending the troops is the same act, coded once; 'we do not act alone' = acting "
     "with 'a broad coalition' (an uncoded collective), not coded"),
 6: ([("sanctions", "163", N, "YUG", False, A, N, True)],
     "Albania (1993); 'sanctions failed to paralyse and seriously damage the Serbian war machine' = the negation "
     "bears on the sanctions' effect, not on the sanctions (guideline: 'sanctions have never been able to bend our "
     "will' is an asserted 163; first set row 133: 'sanctions' 163 null -> VEN, nominal) -> an asserted, nominal "
     "163, the imposers (the UN, 'the imposition of sanctions' in the previous sentence) not named in the sentence -> "
     "source null, the sanctioned state = the Federal Republic of Yugoslavia of 1993 ('the Serbian economy', 'the "
     "Serbian war machine') -> bare YUG (held-out 26/27: a state since dissolved takes its code of the speech date; "
     "held-out 26 row 4: sanctions on a country -> the bare country); borderline not coded as an agentless sanctions "
     "noun (held-out 26 rows 4 and 17)"),
 7: ([("appeal to our brothers", "1044", "MUS/GOV", "FJI/GOV", False, A, N, False)],
     "Mauritius (1991) on Fiji's 1990 Constitution ('a constitution with racist attributes', previous sentences); "
     "'we would therefore like to appeal to our brothers there' = a performative appeal (guideline: appeals -> 10x; "
     "'would like to' performative, held-out 26 row 58) -> one asserted request; 'our brothers there' = Fiji, the "
     "addressee who can amend the Constitution -> FJI/GOV (the following sentence: 'Fiji ... owes it to itself ... to "
     "rectify its path'; borderline FJI/CVL for 'brothers'); Y = amend the Constitution -> demand change in "
     "institutions 1044 (borderline 1043 rights); Y is not coded separately; 'the boycott by any political force of "
     "general elections' = a hypothetical boycott (143) of unnamed forces, null-null, not coded; 'We believe the same "
     "could be achieved' is an opinion"),
 # --- UNGDC 1990-2019 random: capital
 8: ([], "Austria (2017) on Ukraine: 'Despite the Minsk agreements' = an agreement noun whose parties are unnamed "
         "(held-out 26 row 10, 31 row 8); 'heavy weapons continue to move into the region and mines are being laid' = "
         "agentless, with no named target (borderline 154 null -> UKR); 'negotiations with the Normandy group' and "
         "'regular meetings of the Trilateral Contact Group' = meeting nouns of groups without a code whose members the "
         "document does not name (held-out 31 row 8: the Normandy Contact Group -> null), null-null, not coded; Minsk "
         "is part of the agreements' name, not a metonym"),
 9: ([], "Afghanistan (2008): the splitter cut the sentence inside 'the bombing of the Indian Embassy in Kabul'; the "
         "bombing's trigger lies in the preceding text; 'the terrorist attacks in the Indian cities of Bangalore and "
         "Ahmedabad' = event nouns without an agent in the sentence (guideline; held-out 32 row 34), 'terrorists' "
         "growing reach' is no act; Kabul, Bangalore and Ahmedabad are places"),
 10: ([], "Azerbaijan (2018): the Secretary-General's report 'specifically mentions the important role being played by "
          "the Baku Process in advocating dialogue among cultures' = a statement in a report (01x), not an act of "
          "praise (borderline 051 org:UN -> AZE/GOV, as held-out 8's 'acknowledging a government's progress'); the "
          "Baku Process advocating dialogue is abstract; Baku is part of the process's name, not a metonym"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("has contributed $1 billion", "071", "FRA/GOV", "org:GCF", False, A, N, False)],
      "France (Hollande, 2014); 'we have to do everything ... to reach a comprehensive, binding agreement' = 'we' = all "
      "the states at the Paris conference (collective), an abstract deontic, not coded; 'that Green Climate Fund, to "
      "which France has contributed $1 billion for the coming years' = a committed aid sum (held-out 20/21: committed "
      "aid sums are aid; held-out 28/29: an offered sum of aid is 071) -> economic aid 071 asserted, to the fund -> "
      "org:GCF (held-out 30/31 code); 'in Paris' is the venue, not a metonym"),
 12: ([], "Morocco (2007): 'affirms once again ... the pressing need to reactivate the peace process' = a statement of an "
          "agentless need, without a request verb or a named addressee (held-out 32 row 10); 'agreements signed by the "
          "parties' = the parties are not named in the sentence or the preceding text (held-out 26 rows 10 and 30), not "
          "coded; the Road Map and the Arab Peace Initiative are documents"),
 13: ([("We urge our development partners", "1031", "BEN/GOV", N, False, A, N, False)],
      "Benin (2004); urging 'our development partners' (an uncoded collective -> target null, held-out 32 row 23, 31 "
      "row 19) to give the African action plan on the family all the necessary attention 'in order to pool resources "
      "to implement the plan' = a request for funding -> demand economic aid 1031 (held-out 26 row 31, 32 row 26; "
      "borderline 103); 'We' in a UN speech -> the speech's GOV (guideline); Y and its aims are not coded separately"),
 14: ([], "Australia (2004): the Secretary-General 'stated that if the leaders of the world could not agree on the way "
          "forward, history would take the decisions' = a reported hypothetical of an uncoded collective (the world's "
          "leaders), null-null, not coded; the speech verb is not coded"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Republic of Korea (2006): a question whether the Human Rights Council 'will usher in an era of renewed "
          "cooperation and solidarity' = a forecast about an institution's effect, no act between actors"),
 16: ([], "Jamaica (1996): 'The need for reform should be matched by increased political will to use the machinery of "
          "the United Nations ... and to cooperate with conciliation efforts under the auspices of the Secretary-"
          "General' = an agentless deontic whose Y is a rise in the members' political will (an attitude of an uncoded "
          "collective), not a codable behaviour (guideline); borderline a demanded 030 null -> org:UN"),
 17: ([("will host a regional forum", "036", "MLI/GOV", N, False, F, N, False)],
      "Mali (2010); 'my country will host a regional forum on sustainable development' = a future hosting of an "
      "international meeting -> intent to meet 036 future (guideline: future host -> 03x; held-out 30/31: hosting a "
      "session of a UN regional commission 036 future), the participants (the region's states) unnamed -> target "
      "null (held-out 28/29: conferences hosted with no target); borderline not coded, as held-out 27 row 16's "
      "domestic hosting of the Olympic Games"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Oman (1999): 'Israel must feel secure and comfortable about the general Arab attitude towards peace' = a "
          "deontic whose Y is a feeling, not a codable behaviour (guideline)"),
 19: ([], "Mozambique (1999): the sentence is cut after 'the Heavily Indebted'; 'Efforts must be made to ensure' = an "
          "agentless deontic with no codable Y in the sentence"),
 20: ([], "Saint Kitts and Nevis (1996): 'We must continue to struggle for peace' = 'we' = all (collective), abstract; "
          "'people must be made to believe' = an attitude; 'such atrocities' = an event noun without an agent "
          "(guideline), inside a negated forecast"),
 21: ([("we demand that the Iraqi regime", "100", "ARE/GOV", "IRQ/GOV", False, A, N, False),
       ("its aggression", "190", "IRQ/GOV", "KWT", False, A, N, True)],
      "United Arab Emirates (1994); 'we demand that the Iraqi regime abide by its legal and political obligations, as "
      "stipulated in the Security Council resolutions' = a request (guideline) -> ARE/GOV -> IRQ/GOV; Y = compliance "
      "with obligations -> generic 100 (held-out 27 row 9: respect agreements 100; borderline 107); 'its aggression "
      "against Kuwait' = an event noun with its agent named by the possessive (guideline: 'Russia's invasion') -> "
      "nominal 190 (guideline: 'aggression' -> 190; borderline 192 for the 1990 invasion, as held-out 33 row 43), the "
      "target of an invasion -> bare KWT (guideline; held-out 33 row 43); the resolutions' own demands are named only "
      "as the source of the obligations, not coded"),
 22: ([("achievement of a comprehensive agreement", "057", "PSE/GOV", "ISR/GOV", False, H, N, True),
       ("Israeli occupation of our land", "192", "ISR/GOV", "PSE", False, A, N, True)],
      "Palestine (Abbas, 2008); 'I should have liked to bear news of the achievement of a comprehensive agreement "
      "between us and our Israeli neighbours' = a counterfactual (the agreement has not been reached) -> hypothetical "
      "(guideline: counterfactuals, 'I would have preferred to meet'), an agreement noun naming its parties -> "
      "nominal 057 from the first-named (held-out 28/29: an agreement named after its parties 057 from the first-"
      "named), 'us' -> PSE/GOV (the speech's government), 'our Israeli neighbours' -> ISR/GOV; no negation word, so "
      "not negated; 'the Israeli occupation of our land since 1967' = a real, ongoing occupation with its agent named "
      "-> nominal 192 asserted (held-out 22/23: 'Israeli-occupied Golan' a nominal 192), 'our land' -> bare PSE "
      "(guideline: the country as a whole); the end of the occupation and of the refugees' suffering is the "
      "agreement's hoped-for effect, not coded separately (borderline 087 ISR/GOV hypothetical)"),
 23: ([("calls upon the friendly", "107", "KWT/GOV", "IRN/GOV", False, A, N, False)],
      "Kuwait (2009); 'It' = the State of Kuwait (previous sentence) -> KWT/GOV; calling upon Iran to settle the "
      "question of the occupied UAE islands 'through direct brotherly negotiations or by recourse to the "
      "International Court of Justice' = a request whose Y is the settlement of a dispute -> demand settling of "
      "dispute 107 (borderline 106 for the negotiations); the two means are one request, coded once; the page header "
      "'39 09-52463' is an extraction artefact"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "Uruguay (1997): 'good management of development assistance is ... more necessary than ever' = an agentless "
          "need, no act"),
 25: ([], "Turkey (2016): terrorist organizations 'pose a security threat' = risk (guideline), and they are unnamed"),
 26: ([("we were attacked from all sides", "190", N, "LBN", False, H, N, False)],
      "Lebanon (2018); 'Let us imagine for a moment that a similar international decision was taken that stripped us "
      "of our land and identity, and that ... we were attacked from all sides' = an imagined scenario (the analogy "
      "with the Palestinians of the previous sentence) -> hypothetical (guideline); the attack is an agentless passive "
      "with a named target (held-out 27 row 26) -> 190 with null source, 'we' = the Lebanese speaker's country -> "
      "bare LBN (borderline not coded as a rhetorical thought experiment); 'a similar international decision was taken "
      "that stripped us of our land' = an agentless decision of an uncoded collective with no specific CAMEO act, not "
      "coded; 'in an effort to make us surrender' is the purpose"),
 27: ([("has continued to call for", "102", "GAB/GOV", N, False, A, N, False)],
      "Gabon (Bongo Ondimba, 2015); 'Gabon has, through me, has continued to call for the adoption of a universal and "
      "binding agreement on climate change' = a call with no named addressee -> target null (held-out 9: 'calls for' "
      "with null target; held-out 27 row 36); habitual, continued since Copenhagen -> asserted; Y = adopting an "
      "agreement = diplomatic cooperation -> 102 (held-out 32 row 2: joining a treaty 102; borderline 100)"),
 28: ([], "Marshall Islands (2010): 'I address the United Nations on behalf of a unified political bloc' = a statement "
          "(01x); the Parties to the Nauru Agreement ensuring the future of the fishery is abstract"),
 29: ([], "Palau (2014): 'human impacts that threaten the foundation of our Pacific livelihoods' = risk (guideline), no "
          "actor"),
 30: ([("encourages and sustains partnerships", "050", "MOZ/GOV", "MOZ/CVL", False, A, N, False),
       ("encourages and sustains partnerships", "050", "MOZ/GOV", "MOZ/BUS", False, A, N, False)],
      "Mozambique (2006); 'the Government encourages and sustains partnerships with other collective development "
      "actors' = habitual cooperation -> 050 (held-out 30/31 row 26 'in cooperation with' 050; held-out 33 row 39), "
      "one event per sector named (guideline compound split; held-out 20/21: one event per sector): the national "
      "civil society organizations -> MOZ/CVL (held-out 13 row 5: civil society leaders CVL), the private sector of the "
      "national level the paragraph describes -> MOZ/BUS (held-out 14/15: USA/BUS and USA/CVL split), 'international "
      "partners in cooperation' = an uncoded collective, dropped (held-out 2 compound rule); borderline not coded as "
      "a description of domestic development policy (held-out 26 row 32)"),
 31: ([("to welcome seven States", "051", "PAK/GOV", "PRK/GOV", False, A, N, False),
       ("to welcome seven States", "051", "PAK/GOV", "KOR/GOV", False, A, N, False),
       ("to welcome seven States", "051", "PAK/GOV", "EST/GOV", False, A, N, False),
       ("to welcome seven States", "051", "PAK/GOV", "LVA/GOV", False, A, N, False),
       ("to welcome seven States", "051", "PAK/GOV", "LTU/GOV", False, A, N, False),
       ("to welcome seven States", "051", "PAK/GOV", "FSM/GOV", False, A, N, False),
       ("to welcome seven States", "051", "PAK/GOV", "MHL/GOV", False, A, N, False)],
      "Pakistan (1991); welcoming seven States as new Members of the UN = a performative welcome -> 051 asserted "
      "(guideline), one event per state; the seven are named in the following sentence (the DPRK, the Republic of "
      "Korea, Estonia, Latvia, Lithuania, the Federated States of Micronesia and the Marshall Islands), so they are "
      "taken from the context (guideline: 'the three countries' -> USA, JPN, KOR; held-out 16/17: a group without a "
      "code is one event per member the document names; unlike held-out 26 row 40, where the document named none); "
      "held-out 32 row 35: welcoming the admission of the two Koreas 051 to each GOV; the admission itself is the "
      "UN's act on membership, not coded"),
 32: ([], "Canada (1995): the splitter cut inside 'the United Nations High Commissioner for Human Rights'; having 'a "
          "role to play in enhancing the early warning functions' is an abstract role, no act"),
 33: ([("to occupy the entire", "192", "USA/GOV", "PRK", False, F, N, False)],
      "DPRK (2012); 'the intention of the United States to destroy the ideas and system our people have chosen and to "
      "occupy the entire Korean peninsula' = an intended conflictual act the speaker asserts of the US -> it keeps its "
      "own code, occupy 192 (guideline: conflictual future acts keep their own code; 'intends to' -> future, held-out "
      "28 row 28), the infinitive is a verb -> not nominal; the part of the peninsula the US does not already hold "
      "is the DPRK -> bare PRK (guideline: the target of an invasion; borderline a second event to KOR); 'to "
      "destroy the ideas and system' = an ideological aim with no specific CAMEO act, 'that hostile policy' an "
      "evaluative description (guideline) and 'its strategy of dominating all of Asia' abstract, none coded"),
 34: ([], "Saint Vincent and the Grenadines (2019): 'the international community has dithered endlessly and "
          "impotently' = an uncoded collective, an evaluation; 'a common threat' is risk"),
 35: ([("commend him", "051", "LBY/GOV", "org:UN", False, A, N, False)],
      "Libya (2013); 'convey my greetings' = a courtesy statement (01x, held-out 7: well-wishing not coded); "
      "'commend him and his team for the remarkable efforts' = praise -> 051 (guideline), Ban Ki-moon and his team -> "
      "org:UN, the same pair coded once; 'wish to' = the performative act -> asserted (held-out 26 row 58)"),
 36: ([], "Bolivia (2012): '70 per cent came from aid and loans' = an aid noun without an agent (the donors are "
          "unnamed), not coded (held-out 33 row 31)"),
 37: ([], "Papua New Guinea (2000): 'The Lincoln Agreement ... commits the parties to peace-building on several levels' "
          "= the content of an agreement, an inanimate subject, and its parties are not named in the sentence; the "
          "listed tasks (weapons disposal, reconciliation among former combatants, reconstruction) are agentless"),
 38: ([], "Israel (1994): 'Nature, and not only politics, calls for it' = figurative 'calls for', an inanimate subject"),
 39: ([("I wholeheartedly agree", "051", "BEL/GOV", "org:UN", False, A, N, False)],
      "Belgium (1992); agreeing with the Secretary-General's broad interpretation of the elements that contribute to "
      "peace (An Agenda for Peace) = endorsement -> 051 to org:UN (held-out 26 row 14 'agree with the Secretary-"
      "General' 051 org:UN; held-out 10/11 'I agree with Merkel that' 051)"),
 40: ([("The Republic of Guinea welcomes", "051", "GIN/GOV", N, False, A, N, False)],
      "Guinea (1998); welcoming the adoption and signing of the Ottawa Convention on anti-personnel mines = praise -> "
      "051; the adopters and signatories are unnamed (an uncoded collective of states) -> target null (held-out 27 "
      "rows 33 and 39: support for the efforts of an uncoded collective 051 null); the adoption and signing nouns "
      "have no agent in the sentence, not coded (guideline)"),
 41: ([("was concluded", "057", "SUN/GOV", "USA/GOV", False, A, N, False)],
      "Mongolia (1991); 'the Soviet-American agreement on the elimination of medium and short-range nuclear missiles "
      "was concluded' = a realised agreement whose parties its name gives -> 057 from the first-named (held-out 28/29: "
      "'the Israeli-Jordan Accords' 057 from the first-named), the USSR in 1991 -> SUN/GOV (held-out 26/27), the verb "
      "'was concluded' as trigger -> not nominal; the missiles' elimination is the agreement's content, not coded "
      "separately"),
 42: ([("is being established", "074", N, "CAF", False, A, N, False)],
      "Congo (2013); 'An international support mission in the Central African Republic is being established under "
      "African leadership' = MISCA, an African-led peace-support operation (the following sentence: the Security "
      "Council to adopt a resolution supporting 'that initiative') -> peacekeeping 074 (held-out 27 row 27: AMISOM "
      "074 to the country), an agentless passive with a named target -> source null ('African leadership' names no "
      "organisation; borderline org:AU), to the country -> bare CAF; under way -> asserted"),
 43: ([], "United Arab Emirates (2002): 'International terrorism is a direct threat' = risk (guideline), no actor"),
 44: ([], "India (2009): 'we supported the adoption of a programme of work, including on a fissile material cut-off "
          "treaty, at the Conference on Disarmament' = support for a multilateral body's decision to start work, an "
          "abstract policy position (held-out 7: support for 'the start of negotiations' not coded; held-out 33 row 6 "
          "'support the idea of'), the Conference on Disarmament has no code; borderline 051 IND/GOV -> null"),
 45: ([], "Bahrain (1996): the session convenes, the anniversary 'was celebrated' (agentless), 'the cooperation and "
          "cold-war conflict that have marked half a century' = no named actors"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Bolivia (1992): reform and modernization of the economic system = domestic policy"),
 47: ([("to congratulate", "051", "MDV/GOV", "org:UNGA", False, A, N, False)],
      "Maldives (1995); congratulating Mr. Freitas do Amaral on his election to the presidency of the General Assembly "
      "-> 051 to org:UNGA (held-out 26 row 58; held-out 11, 12, 19: the PGA is org:UNGA); 'It gives me great "
      "pleasure to' = the performative act -> asserted; 'his election' has no agent"),
 48: ([], "Burundi (1997): 'The governmental team is now engaged in speeding up the peace process, and several "
          "initiative have been taken' = the Government's efforts in a process whose other parties are not named; the "
          "initiatives are agentless, not coded"),
 49: ([], "Jordan (2003): 'The hard work that we are investing in this exercise' = 'we' = the parties to the road map "
          "and its supporters, an evaluation, no codable act"),
 50: ([], "Seychelles (2007): what is needed for the General Assembly = an agentless need, internal UN reform"),
 51: ([("Guyana filed its application", "115", "GUY/GOV", "VEN/GOV", False, A, N, False)],
      "Guyana (2018); filing its application in the International Court of Justice against Venezuela (the previous "
      "sentences: the controversy with the Bolivarian Republic of Venezuela referred to the Court by the "
      "Secretary-General) = bringing a lawsuit -> 115 (new in these sets; CAMEO 115 'bring lawsuit against'), the "
      "respondent taken from the context (guideline) -> VEN/GOV; 'seeking an affirmation of the validity of the 1899 "
      "arbitral award' is the application's object, not coded separately; 'the 1899 arbitral award ... that it "
      "established' is an inanimate subject"),
 52: ([], "China (1990): a world outlook, no act"),
 53: ([], "Chad (2010): 'The Government had already firmly resolved to eradicate such recruitment [of child soldiers], "
          "long carried out by the armed groups' = a domestic policy resolve against a practice; recruiting children "
          "has no specific CAMEO code, and the armed groups (borderline TCD/REB, held-out 30/31) are only the agents of "
          "that practice; not coded"),
 54: ([], "Argentina (2000): President de la Rúa's Government drafting a foreign policy on the mandate it received from "
          "the people = domestic, no act toward an actor; the election mandate is not a CAMEO act"),
 55: ([], "Morocco (2010, quoting the King's message): 'This is a good opportunity to strive to achieve a final "
          "settlement' = agentless, no named parties in the sentence"),
 56: ([], "Dominica (2015): the Bahamas 'impacted by Hurricane Joaquin' = a natural disaster, no actor"),
 57: ([], "Poland (2015): measures that contribute to world peace = abstract"),
 58: ([], "Moldova (2012): the honour of speaking from the rostrum = a statement, no act"),
 59: ([("closed in the face", "120", "ISR/GOV", N, False, A, N, False)],
      "Palestine (1999); the splitter cut the sentence after 'the signing of this'; the signing of the Sharm el-Sheikh "
      "Memorandum lies in the preceding text, and 'Memorandum will succeed in ending the stagnation' is an "
      "inanimate subject; 'the door that the former Israeli Government closed in the face of all serious efforts "
      "aimed at achieving real peace' = a metaphor for a real act, the Netanyahu Government's rejection of the peace "
      "efforts (held-out 4: 'a full assault on media freedom', a metaphor for a real crackdown, is coded; the "
      "figurative rule is kept for metaphors with no real act behind them) -> reject 120, the former Government "
      "coded by the office held at the time (held-out 5) -> ISR/GOV; the efforts' authors are unnamed -> target null "
      "(borderline PSE/GOV, or not coded as figurative)"),
}
