"""Hand annotations for the SIXTY-NINTH held-out event gold set (source of events-heldout69.jsonl).

Keyed by the row index of selection-heldout69.jsonl (output of select_bulk_heldout.py 69; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout69.jsonl \
        --annotations annotations_heldout69 --output events-heldout69.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("increase its support to climate finance", "0331", "GBR/GOV", N, False, A, N, False)],
     "United Kingdom (2015); 'as our Prime Minister announced on Monday, also increase its support to climate "
     "finance for vulnerable countries to $9 billion' = the speaker's own government's announced pledge -> "
     "reported_by null (held-out 59 row 11: 'my Government announced that we will double our contribution' 0331 "
     "asserted, reported_by null), a pledge of climate finance = economic aid stated as a fact -> 0331 asserted "
     "(borderline 071 future), 'vulnerable countries' = an uncoded class -> target null; 'will not only cut its "
     "emissions at home' is domestic and 'not only ... but also' is no negation"),
 1: ([], "Belgium (2018): 'It took reciprocal courage to overcome deep mistrust and hostility' = an evaluation of how "
         "the Iran nuclear agreement was reached, no behaviour verb between named actors; 'the agreement' is an "
         "agreement noun without an agent in the sentence (guideline); 'does not cover Iran's ballistic programme' "
         "negates the agreement's scope, not an event"),
 2: ([], "Croatia (1993): 'It has not been sufficient to try to freeze the conflict, send in humanitarian aid and "
         "engage in empty threats' = acts of the international community (preceding sentence), an uncoded "
         "collective, with no named recipient in the sentence -> null-null, not coded (borderline 073 null -> BIH); "
         "'waging war' is inside a quotation about unnamed parties and 'agree to a political settlement' is "
         "hypothetical and agentless"),
 3: ([], "Benin (1996): 'The agreements of the Uruguay Round concluded in 1994' = agreement nouns of the GATT "
         "membership, an uncoded collective, no agent in the sentence (guideline); the interests of Africa "
         "'threatened or compromised' is figurative (guideline: threat as risk)"),
 4: ([("the terrorist attack", "180", N, "USA/GOV", False, A, N, True),
      ("killed", "1823", N, "TZA/CVL", False, A, N, False)],
     "Tanzania (2004); 'the terrorist attack directed at the American Embassy in Dar es Salaam in 1998' = a terrorist "
     "attack whose perpetrators the sentence does not name -> 180 with no source (held-out 59 row 10; held-out "
     "52 row 10), its named target the US embassy -> USA/GOV, nominal; 'which killed or wounded innocent "
     "Tanzanians' = the same attack's killing of Tanzanian civilians -> 1823 with no source to TZA/CVL "
     "(held-out 58/59: an agentless terrorist attack coded once per victim country; borderline 202, or 1832 for "
     "the truck bomb by world knowledge); 'will never forget' is a sentiment, not a negated event; Dar es "
     "Salaam is a place"),
 5: ([("hunts down", "173", "USA/GOV", N, False, A, N, False),
      ("cruelly mistreats", "175", "USA/GOV", N, False, A, N, False),
      ("the use of torture", "1822", "USA/GOV", N, False, A, N, True),
      ("keeps in concentration camps", "173", "USA/GOV", N, False, A, N, False),
      ("illegally occupied", "192", "USA/MIL", "CUB", False, A, N, False)],
     "Cuba (2008); 'such a Government' = the United States Government (preceding sentence) -> USA/GOV; the "
     "rhetorical question asks about the Government's authority, and the relative clauses presuppose its acts as "
     "facts -> asserted (guideline: a fact presupposed by a factive frame is asserted); 'hunts down ... illegal "
     "migrants at its southern border' = pursuit and detention -> 173, 'cruelly mistreats' -> repression 175 "
     "(held-out 59 row 55: harassment 175), the migrants of no stated nationality -> target null (borderline "
     "MEX/CVL); 'legalizes the use of torture' = the torture noun whose agent is the legalizing Government -> "
     "nominal 1822 (guideline: torture 1822), victims unnamed -> null; 'keeps in concentration camps ... people "
     "who have not been ... charged' = detention at Guantanamo -> 173, detainees of many nationalities -> null; "
     "'the territory illegally occupied by the United States base at Guantanamo' = a passive with its agent named "
     "-> 192 (guideline: occupy 192), not nominal (held-out 59 row 55), the base = the armed forces -> USA/MIL, the "
     "occupied territory -> bare CUB (held-out 27 row 26); 'have not been proved of or even charged' is agentless "
     "(borderline a negated 112 USA/GOV -> null)"),
 6: ([], "Italy (2004): 'we have not yet been able to find an agreement that reconciles the various approaches' on "
         "Security Council reform = 'we' meaning the membership (held-out 42/43: 'we' meaning all states not coded) "
         "and a UN reform position (held-out 52/53), not coded (borderline a negated 057)"),
 7: ([("calls on the United Nations", "100", "VUT/GOV", "org:UN", False, A, N, False)],
     "Vanuatu (2017); 'My Government calls on the United Nations to ensure that the change in the status [LDC "
     "graduation] ... does not cause disruption or hamper our development' = a request (guideline: call on -> 10x) "
     "to org:UN, Y = a smooth transition with no more specific CAMEO request type -> generic 100 (borderline 1031 "
     "economic aid or 102 policy support); 'does not cause disruption' is inside Y, not a negated event"),
 # --- UNGDC 1990-2019 random: capital
 8: ([], "Bosnia and Herzegovina (2004): the sentence starts at 'Washington Agreements' (the splitter cut after 'the "
         "Dayton and'); the agreements are named after their venues, agreement nouns without an agent in the "
         "sentence (held-out 59 row 40: the Dayton agreement not coded), their 'positive role' an evaluation; "
         "Washington is part of a name, not a metonym"),
 9: ([("attacks", "180", N, "SAU/GOV", False, A, N, True)],
     "Saudi Arabia (2016); 'Our embassy in Tehran and our consulate in Mashhad were the targets of attacks' = the "
     "January 2016 storming of the Saudi missions, attackers not named -> nominal 180 with no source (held-out 59 "
     "row 10: an agentless attack coded with its named target), the embassy and consulate = the Saudi "
     "Government's missions -> SAU/GOV, one event for the one target; 'under the watchful eye of the Iranian "
     "authorities' = tolerance, not authorship (borderline source IRN/GOV, or IRN/CVL for the crowd); Tehran and "
     "Mashhad are places, not metonyms"),
 10: ([], "Germany (2019): 'the disengagement called for by the Minsk process' = a withdrawal noun without a named "
          "agent (the forces withdrawn at Stanytsia Luhanska in the preceding sentence are agentless) and a call by "
          "a process, not an actor; Minsk is part of the process's name, not a metonym (borderline 0874 UKR/MIL)"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("disentangling problems", "045", "USA/GOV", "RUS/GOV", False, A, N, True),
       ("disentangling problems", "045", "USA/GOV", "LVA/GOV", False, A, N, True),
       ("disentangling problems", "045", "USA/GOV", "EST/GOV", False, A, N, True),
       ("negotiations", "046", "LVA/GOV", "RUS/GOV", False, A, N, True),
       ("negotiations", "046", "EST/GOV", "RUS/GOV", False, A, N, True)],
     "Latvia (1994); 'It must be noted that' is the speaker's own remark, no attribution -> reported_by null; "
     "'President Clinton played a vital role in disentangling problems which had developed during negotiations "
     "with the Russian Federation' = a mediation of the troop-withdrawal talks -> 045 from USA/GOV to each party "
     "(held-out 8: mediation 045 per mediator and party; held-out 58/59: a facilitation to each party), the parties "
     "Russia and Estonia and Latvia (the withdrawal 'from Estonia and Latvia') -> RUS/GOV, LVA/GOV, EST/GOV, a "
     "gerund -> nominal (held-out 59 row 44); 'negotiations with the Russian Federation on the withdrawal of its "
     "troops from Estonia and Latvia' = the Baltic states' negotiations with Russia -> nominal 046, one per "
     "Baltic party (guideline: one event per party), the agent plain from a Latvian speech about its own talks; "
     "the troop withdrawal is the topic of the negotiations, not coded separately (borderline 0874 RUS/MIL -> "
     "LVA, EST, completed in August 1994)"),
 12: ([], "Uruguay (1991): 'It is necessary, through the holding of a peace conference, to move forward' = an "
          "agentless deontic about the Middle East with no named parties (held-out 42/43), not coded"),
 13: ([], "Sierra Leone (2006): a relationship 'recognized in one of the outcomes' of the 2005 High-level Plenary "
          "Meeting, which 'stated that' nations could not enjoy development without security = the content of a "
          "General Assembly document, no behaviour between actors"),
 14: ([], "Uruguay (2018): 'the criteria and methodology that the OECD applies ... represents a grave injustice' = an "
          "evaluation without a behaviour verb (guideline), not an act of criticism (borderline 111 URY/GOV -> "
          "org:OECD); the OECD's applying its own criteria is an internal practice"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Viet Nam (2011): 'We believe that, with the cooperation of Member countries, the Secretary-General will "
          "make ever greater contributions to the operations of the United Nations' = an optative forecast about "
          "the Secretary-General's work inside the Organization, Member countries an uncoded collective, not coded"),
 16: ([("will host", "036", "KWT/GOV", "IRQ/GOV", False, F, N, False)],
      "Kuwait (2017); 'the State of Kuwait, in cooperation with Iraq and the international community, will host an "
      "international donors conference ... to rebuild the areas devastated by ISIL' = convening a future meeting -> "
      "036 future (guideline; held-out 18 row 1 'will host' 036), the conference held with and for Iraq -> IRQ/GOV "
      "(borderline target null for the uncoded donors), the cooperation with Iraq being the co-hosting, coded once; "
      "'the calls for humanitarian and development assistance' = request nouns with no named author or addressee, "
      "null-null, not coded; 'devastated by ISIL' = ISIL has no code (held-out 17), not coded"),
 17: ([("assistance", "070", "JPN/GOV", "AFG/GOV", False, F, N, True)],
      "Afghanistan (2003); the DDR programme 'which will begin in earnest in mid-October with assistance from Japan' "
      "= Japan's aid to the Afghan programme, an aid noun naming its agent -> nominal 070 (held-out 59 row 42: 'with "
      "the help of the World Bank' nominal 070), future because it comes with the programme's start (held-out 58/59: "
      "hoped-for support a nominal future 070), recipient the Afghan Government running the programme -> AFG/GOV "
      "(borderline 072 military aid for a security programme); 'is now paving the way' is figurative"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Senegal (1995): 'Such action should begin with a new awareness' = an agentless deontic about collective "
          "action, no named actor"),
 19: ([], "Ghana (1993): 'The United Nations must defend each nation's right to earn its way' = a deontic whose Y is a "
          "general role of the Organization, not a codable behaviour toward a named actor (guideline: Y not codable "
          "-> nothing)"),
 20: ([], "Papua New Guinea (1998): decolonization 'will not be completed ... until the remaining 17 dependent "
          "territories have exercised their ... right to self-determination' = an agentless process, the territories "
          "unnamed; 'will not be completed' negates a process, not an event"),
 21: ([], "Micronesia (1994): the question of access to genetic resources 'must also be addressed' = an agentless "
          "deontic, no named actor"),
 22: ([], "Sweden (1997): 'It [the historic opportunity] must be fully translated into concrete actions' = an agentless "
          "deontic, no codable behaviour"),
 23: ([("I must condemn", "111", "ARE/GOV", N, False, A, N, False)],
      "United Arab Emirates (2012); 'I must condemn, in the strongest possible terms, abuses against Islam' = the "
      "speaker's performative condemnation (held-out 58/59: 'I would be remiss if I failed to echo the call' the "
      "speaker's asserted act) -> 111 asserted, the abuses (the 2012 film and cartoons, by world knowledge) have no "
      "named author -> target null (held-out 59 row 43: 'We denounce the fanaticism' 111 null); 'freedom of "
      "expression should not be allowed to undermine any religion' is a norm"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "Seychelles (2003): 'International support for the implementation of this home-grown initiative [NEPAD] is "
          "essential' = a support noun of the uncoded international community, an agentless need, not coded"),
 25: ([("has put in place", "074", "org:AU", "SOM", False, A, N, False)],
      "Somalia (2003); 'the African Union has put in place a monitoring mechanism' = the AU ceasefire monitors "
      "('African Union monitors crisscross nearly all areas of Somalia', following sentence) -> peacekeeping or "
      "military protection 074 (held-out 58/59: 'military presence' of org:UN 074 -> COD), the country as a whole "
      "-> bare SOM (borderline SOM/GOV; or not coded as an AU-internal mechanism); 'A declaration on the cessation "
      "of hostilities has been adopted' = an agentless passive of the Somali parties at the conference, not coded "
      "(guideline: agentless passives; borderline 057 SOM/REB)"),
 26: ([("took the initiative to propose", "036", "EGY/GOV", "ETH/GOV", False, A, N, False),
       ("took the initiative to propose", "036", "EGY/GOV", "SDN/GOV", False, A, N, False),
       ("was signed", "057", "EGY/GOV", "ETH/GOV", False, A, N, False),
       ("was signed", "057", "EGY/GOV", "SDN/GOV", False, A, N, False),
       ("negotiation process", "046", "EGY/GOV", "ETH/GOV", False, A, N, True),
       ("negotiation process", "046", "EGY/GOV", "SDN/GOV", False, A, N, True)],
      "Egypt (2019); 'Egypt took the initiative to propose the Agreement on Declaration of Principles on the Grand "
      "Ethiopian Renaissance Dam' = a proposal to settle the dam question by agreement, an intent stated as a fact "
      "-> 036 asserted (held-out 'proposing concrete areas for discussion' 036; 'I reiterated our proposal' 036; "
      "borderline 037), to the other parties of the Blue Nile, Ethiopia (preceding sentence) and the Sudan (the "
      "following sentences: 'the peoples of the Blue Nile in Ethiopia, the Sudan and Egypt', the negotiations "
      "on the dam) -> ETH/GOV and SDN/GOV, one per party (guideline; borderline Ethiopia alone); 'which was "
      "signed in Khartoum on 23 March 2015' = the agreement concluded -> 057, its signatories plain from the "
      "document (guideline: a missing participant from the context), symmetric -> from the speaker's state "
      "(guideline); 'initiating a four-year negotiation process' -> nominal 046 per party; 'to reach an agreement' "
      "is the purpose; Khartoum is a place"),
 27: ([], "Turkey (2009): 'It is possible to make the transition from a conception of the world based on ... threats "
          "to one that is based on trust' = abstract, figurative threats"),
 28: ([("willingness of the parties to continue negotiations", "036", "LBR/REB", "LBR/REB", False, A, N, True),
       ("a final agreement was reached", "057", "LBR/REB", "LBR/REB", False, A, N, False)],
      "Liberia (1995); the sentence starts at 'Organization of African Unity and the United Nations,' (the splitter "
      "cut after 'complemented by the'), so ECOWAS's diplomacy and its complement by the OAU and the UN lie outside "
      "it (no verb of theirs inside); 'the willingness of the parties to continue negotiations' = the Liberian "
      "warring factions (the document's parties to the Abuja talks, unnamed here) -> the country's REB (held-out "
      "34/35: unnamed outlaw groups the country's REB), an intent to negotiate noun -> nominal 036 (guideline: "
      "'unwillingness to negotiate' is REJECT, so willingness is the intent); 'a final agreement was reached in "
      "Abuja' = the Abuja agreement of 19 August 1995 between the same parties -> 057, symmetric, coded once "
      "within the one code (held-out 47 row 4: 'they have never agreed' 057 SOM/REB -> SOM/REB; borderline "
      "LBR/GOV for the transitional government); Abuja is a place"),
 29: ([("hosting", "075", "IRN/GOV", "AFG/CVL", False, A, N, False),
       ("hosting", "075", "PAK/GOV", "AFG/CVL", False, A, N, False)],
      "Iran (1991); 'the Islamic Republic of Iran and Pakistan ... have shouldered the heaviest burden by hosting more "
      "than five million Afghan refugees' = granting refuge -> 075 (held-out 'hosting Afghan evacuees' 075 MKD/GOV "
      "-> AFG/CVL, not nominal), one event per host (guideline), the refugees -> AFG/CVL; the question of "
      "Afghanistan 'directly affects the national security' is an effect, not an act"),
 30: ([], "Nigeria (1998): 'The recent tragic bombings in Kenya and Tanzania, where some 260 innocent lives were lost' "
          "= bombing nouns without an agent, their places named but no target actor (held-out 44 row 44, 56 row 44: "
          "bombings in named places not coded; unlike row 4, where the attack's target, the embassy, is named), "
          "'lives were lost' agentless; 'the activities of terrorists' generic"),
 31: ([("Romania supported", "051", "ROU/GOV", N, False, A, N, False)],
      "Romania (1996); 'Romania supported the measures aimed at the advancement of the Black Sea Economic Cooperation "
      "and of the process of stability and good-neighbourly relations in south-east Europe' = verbal support -> 051 "
      "(guideline; borderline 050), the measures' authors not named and the Black Sea Economic Cooperation without "
      "a code in these sets -> target null (held-out 59 row 56: praise of agentless steps 051 null; borderline "
      "org:BSEC); 'initiatives by the European Union and the United States' on the same process = initiative nouns "
      "with no named counterpart in the region, not coded (borderline nominal 030 org:EU and USA/GOV -> null)"),
 32: ([("warmly commend", "051", "BRB/GOV", "org:UNGA", False, A, N, False)],
      "Barbados (1996); the sentence ends at 'His' (the splitter cut before 'Excellency Mr. Diogo Freitas do Amaral, "
      "for his outstanding stewardship of the fiftieth session'); 'Let me also warmly commend his predecessor' = "
      "praise of the outgoing President of the General Assembly -> 051 to org:UNGA (held-out 30/31, 46 row 46: "
      "appreciation of an outgoing PGA -> org:UNGA; held-out 12 row 73: 'thank his predecessor'; borderline "
      "PRT/GOV)"),
 33: ([("steady supporter", "070", "TWN/GOV", "PLW/GOV", False, A, N, True)],
      "Palau (2006); the sentence ends at 'of' (the splitter cut before 'Palau's development', the following text); "
      "'Taiwan has been another steady supporter of' = Taiwan's aid to Palau, 'another' after Japan's 'invaluable "
      "assistance to Palau' (preceding sentences) -> an agent noun of aid -> nominal 070 (held-out 59 row 42), "
      "Taiwan -> TWN/GOV (held-out: 'Palau would also like to thank' 051 -> TWN/GOV), the recipient from the "
      "following text (guideline: a missing participant from the context) -> PLW/GOV (borderline 051 verbal "
      "support, or not coded as a cut sentence)"),
 34: ([("nuclear tests", "150", "PRK/GOV", N, False, A, N, True)],
      "Chad (2017); 'deeply concerned' is 01x, not coded; 'the nuclear tests conducted by North Korea' = weapons "
      "tests -> 150 (guideline), the agent named as the state -> PRK/GOV (held-out 'conduct its seventh nuclear "
      "test' 150 PRK/GOV; borderline PRK/MIL), no target, an event noun -> nominal; 'the threats to world peace' is "
      "figurative (guideline)"),
 35: ([], "Sweden (2016): 'the importance of cooperation increases with the transboundary nature of threats' = an "
          "assessment, figurative threats"),
 36: ([("hosted@1", "043", "org:UN", N, False, A, N, False),
       ("hosted@2", "043", "USA/GOV", N, False, A, N, False)],
      "Australia (2007); 'The High-Level Event on Climate Change, hosted by the Secretary-General on 24 September' = "
      "convening a meeting -> 043 (guideline: host/convene 043), the Secretary-General -> org:UN, participants the "
      "uncoded world leaders -> target null; 'the Major Economies Meeting ..., hosted by United States Secretary "
      "Rice' -> 043 USA/GOV, the major economies not named -> null (held-out 'will host' 036 PHL/GOV null); "
      "passives with their agents named -> not nominal; 'highlighted these same goals and built additional "
      "international momentum' is figurative"),
 37: ([], "United Arab Emirates (2008): restructuring the national educational system = domestic policy"),
 38: ([], "Tunisia (2010): 'attaches particular importance to ... the expansion of the fields of cooperation and "
          "solidarity with sisterly African countries' = an abstract position toward an uncoded collective"),
 39: ([("committed to reaching", "037", "GRC/GOV", N, False, A, N, False)],
      "Greece (2005); 'We remain steadfastly committed to reaching a just and viable solution for the reunification of "
      "the island following negotiations' = an explicit commitment stated as a fact -> 03x asserted (guideline; "
      "held-out 'is committed to working in a spirit of cooperation' 030 CPV/GOV null), a settlement of the Cyprus "
      "problem -> intent to settle a dispute 037, the parties ('the two parties', preceding sentence: the two "
      "Cypriot communities) not named -> target null (borderline CYP/GOV; or not coded as a position on a "
      "dispute of others); the Secretary-General's plan and the Council resolutions are documents"),
 40: ([], "Trinidad and Tobago (2008): 'there is dire need for the provision of early warning systems and "
          "capacity-building programmes in vulnerable regions like the Caribbean' = an agentless need, no named "
          "provider"),
 41: ([], "Sierra Leone (1995): 'The persistence of these problems [debt] has undermined political stability and "
          "threatened ... peace and security' = figurative (guideline: threat as risk), no actor"),
 42: ([("discussing", "040", "BRN/GOV", "org:ASEAN", False, A, N, False)],
      "Brunei (1994); 'We are now discussing how we can speed up AFTA' = 'we' the ASEAN member states (preceding "
      "sentence: 'ASEAN feel confident enough ... to set up an ASEAN Free Trade Area') consulting on the free trade "
      "area -> 040 (guideline: discuss 040), the speaker's government with the other members -> BRN/GOV -> "
      "org:ASEAN (guideline: a symmetric meeting coded once from the document's own government; borderline not "
      "coded as ASEAN-internal); speeding up and completing AFTA is the topic"),
 43: ([("handsomely supported", "070", N, "LKA/GOV", False, A, N, False)],
      "Sri Lanka (2003); 'our collective efforts, which have been handsomely supported by the international community "
      "and multilateral agencies, at providing relief, rehabilitation and development' = aid from uncoded "
      "collectives (held-out 59 row 7: 'the official cooperation that we have received' 070 null -> GTM/GOV) -> 070 "
      "with no source (the agencies unnamed), to the speaker's government -> LKA/GOV, a verb -> not nominal "
      "(borderline 073 humanitarian aid); providing relief to its own conflict-affected areas is domestic"),
 44: ([("remain fully engaged", "030", "PRT/GOV", N, False, A, N, False)],
      "Portugal (2011); 'we remain fully engaged in fighting the scourge of terrorism and in reaching an agreement on "
      "a United Nations global counter-terrorism treaty as soon as possible' = an explicit commitment stated as a fact "
      "-> 030 asserted (held-out 'is committed to working in a spirit of cooperation' 030 null), the treaty's "
      "other negotiators the uncoded membership -> target null (borderline 036, or not coded as a UN treaty "
      "position); 'fighting the scourge of terrorism' is figurative, no named enemy (borderline 190 null, as "
      "held-out 'the fight against ISIL' where the enemy was named), coded once as the one commitment"),
 45: ([("atrocities", "200", "SLE/REB", "SLE/CVL", False, A, N, True)],
      "Sierra Leone (2000); the sentence starts at 'Lome Peace Agreement in the belief' (the splitter cut after "
      "'The Government of Sierra Leone had signed the'), so the signing lies outside it; 'the atrocities being "
      "inflicted on defenceless civilians, especially women and children' = the RUF's atrocities (the preceding "
      "sentences on Sankoh and the RUF), an event noun whose agent is plain from the text around it (README, earlier "
      "sets: such an event noun is coded, as the US no-fly zone) -> RUF = SLE/REB, mass violence against civilians -> 200 (held-out: war "
      "crimes 200; borderline 180), civilians -> SLE/CVL, nominal, asserted (ongoing, presupposed by the belief); "
      "'it would put an end to' is the agreement's hoped-for effect, not coded"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Nicaragua (2014): economic growth = a domestic statistic"),
 47: ([], "Armenia (2017): 'the credo we are guided by in our engagement with various integration processes' = an "
          "abstract position, no named counterpart"),
 48: ([], "Malaysia (2005): 'success requires a sense of common purpose' = a general statement"),
 49: ([("sincere congratulations", "051", "JPN/GOV", "org:UN", False, A, N, False)],
      "Japan (2001); the sentence ends at 'Mr.' (the splitter cut before 'Kofi Annan, and to the United Nations on "
      "being named the recipients of the Nobel Peace Prize'); 'I would also like on this occasion to extend my "
      "sincere congratulations to the Secretary-General' = a performative congratulation -> 051 asserted (held-out "
      "26 row 58: 'would like to congratulate' performative), the Secretary-General -> org:UN (held-out 59 row 58: "
      "'extend my thanks and congratulations to the Secretary-General' 051 -> org:UN)"),
 50: ([], "Georgia (1996): 'We have no right to take hasty decisions' = 'we' meaning the Member States on UN reform "
          "(held-out 42/43), a norm, no act"),
 51: ([], "Cabo Verde (2014): 'The achievement of that goal requires development strategies and policies' = a general "
          "statement about an SDG"),
 52: ([], "Madagascar (1997): 'many eminent speakers — ... the Prime Minister of Pakistan — have stated' = the speech "
          "verb, not coded (guideline); inside it, 'some Members are supposed to pay their assessments in full ... "
          "others delay payment' = acts of unnamed Members toward the UN budget, source uncoded -> not coded "
          "(borderline a negated 070 null -> org:UN reported_by PAK/GOV)"),
 53: ([], "Holy See (2009): the deliberations of the General Assembly 'were dominated by preoccupation with the world "
          "financial and economic crisis' = a description of the Assembly's agenda, no act"),
 54: ([], "United Kingdom (2013): 'Egypt now needs to return to the path of inclusive democracy' = a deontic whose Y "
          "is domestic political change, not a codable behaviour toward another actor (guideline: 'form a "
          "government' not coded)"),
 55: ([], "Algeria (2019): 'the goals we adopted four years ago' = the SDGs adopted by all Member States ('we' meaning "
          "all states, held-out 42/43), not coded"),
 56: ([], "Slovenia (1996): 'Disarmament continues to be among the most important areas' = an assessment"),
 57: ([], "Cape Verde (2011): 'a strong partner for global security ... an active and useful member of the "
          "international community in the fight against trafficking' = a self-description, no act"),
 58: ([], "Myanmar (2008): 'They [unilateral sanctions] are counter-productive and deprive countries of their right to "
          "development' = an evaluation of sanctions whose imposers are unnamed (the imposition lies in the preceding "
          "sentences), figurative deprivation, not coded"),
 59: ([], "Uganda (1996): 'Your well-deserved election is a great honour' = an evaluation (the congratulation lies in "
          "the preceding sentence); 'Malaysia, with which Uganda enjoys very cordial bilateral relations' = a state of "
          "relations, not an act (borderline 051 UGA/GOV -> MYS/GOV)"),
}
