"""Hand annotations for the TWO-HUNDRED-AND-FIRST held-out event gold set (source of events-heldout201.jsonl).

Keyed by the row index of selection-heldout201.jsonl (output of select_bulk_sentence_heldout.py 201; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout201.jsonl \\
        --annotations annotations_heldout201 --output events-heldout201.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("called on the leaders of the world", "100", "org:UN", N, False, A, N, False)],
     "Congo (2018); 'the Secretary-General of our Organization, Mr. Antonio Guterres, called on the leaders of the "
     "world to delay no longer in protecting our planet from the disastrous consequences of climate change' = a "
     "request (guideline: call on -> 10x) made by the Secretary-General from the same rostrum days before -> "
     "org:UN, asserted in the speaker's voice; the call itself is the event, so reported_by null (set 181: the Plan "
     "of Action 'proposed by the Secretary-General' a 100 from org:UN; set 129: 'As recommended by the "
     "Secretary-General' a 100 from org:UN); the addressees, all the world's leaders, are an uncoded collective -> "
     "target null (set 183: 'Urges all Member States to cooperate' a generic 100 with no target; set 149: 'calls "
     "upon all States to pursue' 1011 with no target); Y = acting on climate change has no CAMEO sub-code -> "
     "generic 100; 'delay no longer' bears on the timing, no negated event (borderline uncoded as a call on all "
     "states, or 1011)"),
 1: ([("negotiations were taking", "046", "YEM/GOV", "ERI/GOV", False, A, N, True),
      ("did not opt for the use of", "190", "YEM/GOV", "ERI", True, A, N, False)],
     "Yemen (1996); 'While negotiations were taking place between the two countries aimed at reaching a peaceful "
     "settlement' = the Yemen-Eritrea talks on the Hanish islands, the two countries plain from the sentence before "
     "('the Eritrean occupation ... of the Yemeni island of Hanish al-Kabir') -> nominal 046 (guideline: "
     "negotiations 046; README: an event noun whose agent is plain from the text around it is coded), "
     "symmetric and coded once from the document's own government (guideline) YEM/GOV -> ERI/GOV; 'aimed at "
     "reaching a peaceful settlement' is the talks' purpose, not coded; 'our country did not opt for the use of "
     "force' = plain negation of an event verb (guideline: 'without entering into war' negated) -> negated 190 "
     "(guideline: generic military force 190) from YEM/GOV to bare ERI, the country whose occupation force would "
     "have been the object (set 112: Sudan's terror and subversion to bare ERI; set 145: Iran's aggression to bare "
     "IRQ; borderline ERI/GOV or ERI/MIL, or target null as set 174's Albanian 'never attacked anybody')"),
 2: ([], "Trinidad and Tobago (1999): 'it must be recognized that many of the measures which were supposed to be put "
         "in place in the new global trading system ushered in by the Uruguay Round have not been realized' = an "
         "agentless non-implementation of trade measures among uncoded parties, compliance (set 141: agreements "
         "signed with no party named left uncoded; set 184: 'the two parties' never named), not coded (borderline a "
         "negated 057 or 0831 null -> null); the WTO Seattle meeting is named only as a time and venue (set 154: a "
         "meeting only 'held' left uncoded)"),
 3: ([("urges that those", "102", "KHM/GOV", N, False, A, N, False)],
     "Cambodia (1993); 'The Royal Government of Cambodia urges that those countries which have not yet subscribed to "
     "the Paris Agreements of 23 October 1991 do so' = a request (guideline: urge -> 10x) to an unnamed class of "
     "states -> target null, Y = subscribing to the agreements -> 102, following set 117 exactly ('We call on all "
     "countries that have not yet done so to join the Rome Statute' a 102 with no target, its negated accession "
     "uncoded); 'which have not yet subscribed' is not coded as a negated 057 for the same reason (borderline a "
     "negated 057 with no source to KHM/GOV); 'in order to help Cambodia ... to maintain and reinforce this fragile "
     "peace' is the purpose, not coded (borderline a 070 null -> KHM/GOV)"),
 4: ([("cannot but deplore", "110", "COG/GOV", N, False, A, N, False)],
     "Congo (2019, chair of the AU High-level Committee on Libya); 'We cannot but deplore the fact that fighting has "
     "resumed in Tripoli' = litotes, an asserted disapproval (set 162: 'Deplores' is 110; set 161: 'I cannot fail to "
     "welcome' litotes), the fighting parties never named in the sentence or the text around it -> target null "
     "(README: condemning attacks by unnamed perpetrators is the speaker's 111 with no target); 'fighting has "
     "resumed in Tripoli' = a conflict named only by place, not coded (sets 131, 187: 'the war in Iraq' uncoded; "
     "borderline a nominal 190 with no source to bare LBY); 'the efforts undertaken to date have not sufficed' is "
     "agentless and bears on the degree, no negated event"),
 5: ([("agreement among Council member", "057", "org:UNSC", N, False, D, N, True),
      ("refusal to permit the return", "1245", "IRQ/GOV", "org:UN", False, H, N, True)],
     "Mexico (2002, a Council member); 'there must be agreement among Council member, as well as other countries "
     "directly involved, on the steps that must be taken' = the second of Mexico's two conditions for any Council "
     "decision on Iraq (sentence before) -> a deontic with no request verb (guideline: demanded), agree -> 057 "
     "(sets 139 and 195: 'The Security Council failed to agree' / 'was unable to agree' a negated 057 from org:UNSC "
     "with no target), nominal, from org:UNSC with no target; the uncoded 'other countries directly involved' "
     "dropped from the compound (README compound rule; borderline org:UNSC -> org:UNSC as set 179's pro-verb, or "
     "uncoded as a decision rather than an agreement); 'in the event of Iraq's refusal to permit the return of "
     "inspectors to its territory' = a refusal noun with its agent named (guideline: refusal -> REJECT), inside an "
     "'in the event of' condition -> hypothetical; a refusal takes the code of what is refused (README): "
     "agreeing to the return of inspectors is 0862 (README), so refusing it is 1245 (README: refusing safeguards "
     "1245 to org:IAEA; set 167: the Iraqi regime refusing to cooperate with the UN 1245), to the UN inspectors -> "
     "org:UN (borderline org:IAEA as well, or org:UNSC whose resolutions require the return)"),
 6: ([], "Chad (2011): African States 'have not yet assumed their full role within the system, because of ... their "
         "marginalization in the context of initiatives aimed at resolving certain conflicts' = an uncoded "
         "collective's role in UN reform (held-out 54-61: UN reform positions uncoded), the marginalization "
         "agentless; 'have not yet assumed their full role' is no negated event (borderline a nominal 160 with no "
         "source to org:AU)"),
 7: ([("fully recognizes the right", "0833", "ISR/GOV", "PSE/CVL", False, H, N, False),
      ("withdraws", "0874", "ISR/GOV", "PSE", False, H, N, False),
      ("occupied Arab territories", "192", "ISR/GOV", "PSE", False, A, N, True)],
     "Lesotho (1992); 'there can never be a lasting solution to the problem of the Middle East unless Israel fully "
     "recognizes the right of the Palestinians to self-determination and withdraws from all occupied Arab "
     "territories' = necessary conditions -> hypothetical (guideline: if/unless clauses; set 154: Sudan's conditions "
     "for peace, a hypothetical 0874 and 0833 beside an asserted nominal 192); recognising the Palestinians' right "
     "to self-determination -> accede to demands for rights 0833 to PSE/CVL (set 146: 'has not recognized the "
     "legitimate rights of the Palestinian people to self-determination' a negated 0833 to PSE/CVL; borderline 054); "
     "the withdrawal -> 0874 (README: the withdrawal of Israel from the Gaza Strip 0874), and the occupation it "
     "presupposes, with Israel named in the same sentence, a realised nominal 192 (set 179: 'The occupied "
     "territories', with Israel named in the same sentence, a nominal 192 to bare PSE); the speech names only the "
     "Palestinians, never Syria or Lebanon -> bare PSE for both (set 130: 'full withdrawal from the occupied Arab "
     "territories' a hypothetical 0874 to bare PSE, the speech naming only the Palestinian territories; borderline "
     "SYR and LBN from outside knowledge as set 132, target null as set 124, or the 192 uncoded as an adjective as "
     "held-out 45); 'Lesotho remains firm in its belief' is a statement, and 'never' bears on the solution, no "
     "negated event"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Mauritius (2002): 'We are, however, confident that the international community will provide all necessary "
         "assistance to the leaders in the region for a smooth implementation' (of the Pretoria Agreement) = a "
         "confident prediction of another actor's aid, a hope, not coded (set 123: Senegal's 'we have no doubt that "
         "the United Nations ... will give it all the desired support'; set 40: 'we are confident that it will now "
         "enjoy the full support'), the international community being an uncoded collective in any case (borderline "
         "a future 070 with no source to COD/GOV and RWA/GOV)"),
 9: ([("reaffirms its support", "051", "org:EU", "TCD", False, A, N, False),
      ("reaffirms its support", "051", "org:EU", "CAF", False, A, N, False),
      ("deployment", "074", N, "TCD", False, F, N, True),
      ("deployment", "074", N, "CAF", False, F, N, True),
      ("welcomes the", "051", "org:EU", "SDN", False, A, N, False)],
     "Portugal (2007, speaking for the EU presidency: 'the European Union reaffirms') -> org:EU (README: a head of "
     "state speaking as chair of an organisation is the organisation; set 128: Sarkozy's 'Europe ... will let no one "
     "threaten' as EU presidency org:EU); 'reaffirms its support for the deployment of a multidimensional presence "
     "in eastern Chad and the northern Central African Republic' = support (guideline: 'express support' 051) for a "
     "deployment whose agent the sentence does not name, inside two named countries -> one 051 per bare country "
     "(README: a welcome of a development inside a named country whose parties are not named goes to the bare "
     "country; borderline one 051 with no target as set 150's unattributed peacekeeping initiatives, or org:UNSC for "
     "resolution 1778, which the speech does not name); the deployment itself = peacekeeping presence 074 (set 122: "
     "'the continued presence of the international community' a nominal 074 with no source to XKX), nominal, agent "
     "unnamed -> no source, one per host country, decided but not yet under way in September 2007 -> future (set "
     "130: a planned UN-OAS operation a future 074; borderline org:EU and org:UN as sources from outside "
     "knowledge, or the nouns left uncoded as agentless); 'welcomes the opening of political talks on Darfur, which "
     "will take place in Libya' = a welcome (guideline: 051) of talks whose parties the speech does not name, "
     "Darfur lying in 'the Sudan' of the sentence before -> 051 to bare SDN (same README rule); the talks "
     "themselves are left uncoded, no party being named (README: the welcome of an agreement codes it unless "
     "it names no party; set 177: agreements 'between the Cambodian parties' uncoded; borderline a future nominal "
     "046 SDN/GOV -> SDN/REB); Libya is only the venue (set 154: a meeting 'held' in Shanghai uncoded)"),
 10: ([("will promote the adoption of a draft resolution", "1042", "PER/GOV", N, False, F, N, False)],
      "Peru (2018); 'Peru will promote the adoption of a draft resolution within the framework of the United Nations "
      "Convention against Corruption and its Conference of States Parties' = a sponsor's draft resolution, its own "
      "request (README: a sponsor's draft resolution is its own request; set 126: Costa Rica's draft "
      "resolution on cloning a 1042; set 186: tabling a draft resolution a habitual 1042) -> 1042, 'will' -> future "
      "(README: joining to sponsor a draft resolution a future 1042), announced now; the adopting body, the "
      "Conference of States Parties, has no code -> target null (borderline org:UN, the UNODC servicing the "
      "Convention; or a future 030 with no target for the cooperation it aims at, left uncoded as its purpose)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Comoros (2015): 'how can we ... be engaged in the fight if, at the same time, we must be on the front lines "
          "to defend our dignity, which has been disregarded by a permanent member of the Security Council' = a "
          "rhetorical question about Comoros's own part in the fight against terrorism, with no counterpart; the "
          "permanent member is France (named in the sentence after, over Mayotte), but 'disregarded our dignity' "
          "names no concrete act, an evaluation (guideline: evaluative descriptions not coded; borderline a 128 "
          "FRA/GOV -> COM/GOV, or a 192 to bare COM for Mayotte from the text after)"),
 12: ([], "Mali (2008): 'The second major challenge to which we must devote particular attention is the HIV/AIDS "
          "pandemic' = 'we' meaning all states (held-out 42/43), no act"),
 13: ([("congratulates the Palestinian and Israeli", "051", "VUT/GOV", "PSE/GOV", False, A, N, False),
       ("congratulates the Palestinian and Israeli", "051", "VUT/GOV", "ISR/GOV", False, A, N, False),
       ("having decided", "036", "PSE/GOV", "ISR/GOV", False, A, N, False)],
      "Vanuatu (1996); 'my Government congratulates the Palestinian and Israeli delegations' -> 051 (README: "
      "'congratulated' is 051), one per party (guideline: compound target split), the delegations -> their "
      "governments, the Palestinian Authority of 1996 -> PSE/GOV; 'on having decided last Sunday, 6 October 1996, to "
      "resume discussions' = a realised agreement to meet again (README: 'the parties agreed to meet' 036; set 179: "
      "'the decision ... to resume negotiations' a nominal 036 between the parties) -> 036, a verb here and not "
      "nominal, symmetric and coded once from the first-named party PSE/GOV -> ISR/GOV (guideline); 'that should "
      "lead to a lasting peace' is the purpose, not coded (borderline a future 046 between them)"),
 14: ([], "Rwanda (2006): 'We have learned that no community's rights can or should supersede another's' = a lesson, "
          "an abstract principle, no act"),
 15: ([], "Liechtenstein (2006): 'the United Nations, and the Security Council in particular, must lead by example in "
          "upholding due process and the rights of individuals' = a deontic whose Y, upholding due process in its "
          "own procedures (the sanctions lists), is compliance and not a codable behaviour (guideline: 'comply with "
          "obligations' not coded; borderline a demanded 0843 org:UNSC with no target)"),
 16: ([], "United Kingdom (2014): 'pursuing an intelligent and comprehensive approach should include a place for our "
          "military' = a deontic about the British armed forces' role against ISIL, no concrete act or target named "
          "in the sentence ('I do not believe ... Western ground troops', sentence before), not coded (borderline a "
          "demanded 190 GBR/MIL -> IRQ/REB, the UK having joined the air strikes in Iraq)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("appreciation for the efforts", "051", "QAT/GOV", "org:UN", False, A, N, False)],
      "Qatar (1995); 'While expressing our appreciation for the efforts that have been made by this Organization to "
      "cope with the deplorable events that have taken place in Somalia, Rwanda, Burundi and Bosnia and Herzegovina' "
      "-> appreciation = praise 051 (README: 'reiterate to the United Nations the gratitude' 051; set 173: "
      "'Our deep appreciation' a 051 not nominal), the participle 'expressing' a realised act -> asserted, to the "
      "Organization -> org:UN; the efforts themselves name no specific act ('to cope with'), so they are not coded "
      "(borderline a nominal 045 or 074 org:UN per bare country, as set 149's efforts 'to find early solutions' "
      "coded 045 per party); the 'deplorable events' are agentless, and the 'difficulties that obstruct such "
      "efforts' inanimate"),
 18: ([("we support", "051", "PER/GOV", "FRA/GOV", False, A, N, False),
       ("initiative of President Emmanuel Macron", "030", "FRA/GOV", N, False, A, N, True)],
      "Peru (2017); 'we support the initiative of President Emmanuel Macron of France to establish a Global Pact for "
      "the Environment' -> 051 (guideline: 'express support') to the initiative's author, Macron -> FRA/GOV "
      "(README: support aimed at a process goes to its named parties); the initiative = a proposal to establish a "
      "multilateral pact, an intent to cooperate -> nominal 030 FRA/GOV with no target (set 132: 'an initiative for "
      "an International Solar Energy Alliance' a nominal 030 with no target; borderline a future nominal 036 as set "
      "172's Russian and Dutch initiatives, or uncoded)"),
 19: ([("I pledged", "034", "HTI/GOV", "HTI/CVL", False, A, N, False)],
      "Haiti (2004, interim President Boniface Alexandre, sworn in in February 2004) -> HTI/GOV; 'I pledged, before "
      "the Haitian nation, to put an end to the political transition that dated back some 20 years' = an explicit "
      "intent verb stated as a fact (guideline: 'we pledged to continue' 03x asserted), Y = ending the transition "
      "through the 2005 elections and the handover of power (text after) -> express intent to bring political "
      "reform 034 (set 189: a transitional regime's 'commitment to the holding of free, fair ... elections' a 034 "
      "MDG/GOV -> MDG/CVL), to the nation -> HTI/CVL (borderline 0341 for the handover, or 0344 for the "
      "institutions, as set 190's 'undertaken to democratize our institutions')"),
 20: ([("strongly condemn", "111", "NOR/GOV", N, False, A, N, False)],
      "Norway (1999); 'We strongly condemn such terrorist acts, for which there can be no excuse' -> 111 (guideline: "
      "condemn), the acts being the 1999 bombings in Russia (sentence before: 'in Russia, we have seen how terrorism "
      "strikes innocent people'), whose perpetrators are never named -> target null (README: condemning attacks by "
      "unnamed perpetrators is the speaker's 111 with no target); 'such terrorist acts' is an anaphoric event noun "
      "whose victim lies only in the sentence before -> not coded (set 178: the anaphoric 'That attack' uncoded; "
      "borderline a nominal 180 with no source to RUS/CVL, as set 116's 'The attack perpetrated'); 'there can be no "
      "excuse' is an evaluation (README: 'There can never be any justification for')"),
 21: ([("he can count on Nepal", "032", "NPL/GOV", "org:UN", False, A, N, False),
       ("far-reaching package", "100", "org:UN", N, False, A, N, True)],
      "Nepal (1998); 'In the process of reform which he has started with his far-reaching package of proposals, he "
      "can count on Nepal's support' = an assurance of support to the Secretary-General, Kofi Annan (sentence "
      "before) -> 032 to org:UN, asserted (set 184: 'We assure him of Malawi's complete support' a 032 to org:UN; "
      "set 139: 'can count on Italy's support' asserted); Annan's 1997 reform proposals -> a nominal 100 from org:UN "
      "with no target (set 187: support for the Millennium Report's 'proposals' a 051 plus a nominal 100 from "
      "org:UN; set 155: the Secretary-General's recommendation a nominal 100); borderline both uncoded as a UN "
      "reform position (held-out 54-61; set 195: Spain's 'will follow this process very closely so as to support "
      "it' uncoded), the assurance here being made directly to the Secretary-General rather than given as a purpose"),
 22: ([("we agree with", "051", "ZAF/GOV", "USA/GOV", False, A, N, False)],
      "South Africa (2001); 'Again, we agree with this without reservation' = agreement with what 'The United States "
      "Government has also said' in the sentence before (that the actions in Afghanistan should be of the shortest "
      "duration possible) -> 051 (README: 'I agree with Merkel that ...' 051; set 131: 'I agree with President "
      "Roosevelt' 051), the target taken from the sentence before (guideline: a missing participant from the "
      "context) -> USA/GOV"),
 23: ([("economic development support", "071", "org:UN", "LBR", False, A, N, True),
       ("humanitarian contributions", "073", "org:UN", "LBR", False, A, N, True),
       ("provided to our country", "074", "org:UN", "LBR", False, A, N, False)],
      "Liberia (2017); 'We could not have accomplished all of that without the Organization - its political "
      "leadership, the generosity of its economic development support, humanitarian contributions and ... the "
      "stabilization and security provided to our country through the United Nations Mission in Liberia' = a "
      "counterfactual that presupposes the UN's realised help (README: 'Short of the selfless assistance of "
      "Member States' presupposes the aid), so the acts are asserted and the negation bears only on Liberia's "
      "accomplishments; economic development support -> nominal 071, humanitarian contributions -> nominal 073, "
      "both with the Organization as agent ('its') -> org:UN; the stabilization and security UNMIL provided -> 074 "
      "(guideline: peacekeeping), a participle and not nominal (set 187: 'The visa regime imposed by France' not "
      "nominal), all to 'our country' -> bare LBR (set 192: a nominal 073 org:UN -> bare HTI; borderline LBR/GOV "
      "for the 071); 'its political leadership' names no act"),
 24: ([("welcomes Tuvalu", "051", "KGZ/GOV", "TUV/GOV", False, A, N, False)],
      "Kyrgyzstan (2000); 'My delegation welcomes Tuvalu as the newest' = a fragment cut by the splitter before "
      "'Member of the United Nations'; the welcome verb and its object lie inside the sentence -> coded (README "
      "104-109: a fragment whose object was cut off is coded when its verb is in the sentence); welcoming a new "
      "Member -> 051 to its government (set 137: a fragment 'to welcome the' new Member a 051 to it; set 179: "
      "greetings on admission one 051 per new Member) -> TUV/GOV; the admission itself is not coded"),
 25: ([("I support without", "051", "LUX/GOV", "org:UN", False, A, N, False)],
      "Luxembourg (1996); 'I support without reserve the United Nations work on the question of anti-personnel "
      "landmines' -> 051 (guideline: 'express support') to org:UN (README: supporting a UN plan or the "
      "Secretary-General is 051 to org:UN); the UN's work names no specific act and is not coded separately "
      "(borderline a nominal 073 org:UN with no target for mine action); mines that 'continue to claim countless "
      "victims' are inanimate agents, not coded"),
 26: ([], "Swaziland (2001): 'We need an effective early warning capability ... and much closer collaboration between "
          "the Security Council and the Office of the Secretary-General in our efforts to meet security challenges' "
          "= a wish about the UN's working methods, 'our efforts' being those of all Members, left uncoded as sets "
          "118 (the AU-UN cooperation 'we would like to see') and 153 (Algeria's 'greater complementarity between "
          "the United Nations and the Bretton Woods institutions') left such wished-for cooperation between two "
          "named institutions (borderline a demanded nominal 050 org:UNSC -> org:UN, as set 128's Norwegian 'We need "
          "partnerships and cooperation with the United Nations', where the speaker was a party)"),
 27: ([("ratify", "057", "PER/GOV", N, False, A, N, False),
       ("rejects any kind of nuclear test", "120", "PER/GOV", N, False, A, N, False)],
      "Peru (1998); 'My country was the first Latin American State to ratify the Comprehensive Nuclear-Test-Ban "
      "Treaty' -> a realised ratification, 057 with no target (README: signing a ratification instrument is 057 "
      "with no target; joining the NPT 057 with no target); 'and consequently rejects any kind of nuclear test "
      "anywhere in the world' = an explicit rejection (guideline: REJECT 12x) of tests by anyone, no tester named "
      "-> 120 with no target (README: 'We utterly reject attacks' by unnamed agents 120 with no target; set "
      "150: 'Bangladesh abjures religious extremism' a 120 with no target; borderline 111, or IND/GOV and PAK/GOV "
      "for the May 1998 tests, which the sentence does not name)"),
 28: ([("prevents us from accessing", "1621", N, "NAM/GOV", False, A, N, False)],
      "Namibia (2018); 'That status prevents us from accessing official development assistance and affordable, "
      "concessional finance' = the upper-middle-income classification (sentence before) cutting Namibia off from "
      "concessional aid, an inanimate subject with no named donor -> reduce or stop economic assistance 1621 with no "
      "source to NAM/GOV (set 193: the 'graduation of middle-income countries, such as Barbados, from access to "
      "concessionary ... financing' a nominal 1621 with no source to BRB/GOV; set 156: Gabon's 'exclusion from the "
      "benefits of external concessional financing' a nominal 1621), a verb here and not nominal (borderline "
      "uncoded as a description of a status)"),
 29: ([], "Cabo Verde (2000): 'the scale is still weighted in favour of a framework of inequalities, asymmetries and "
          "egotism' in international relations = an evaluation, no actor"),
 30: ([], "Tanzania (2010): 'Tanzania supports a two-State solution whereby Israel and Palestine would live together "
          "side by side and at peace' = support for a settlement formula, an abstract policy position (guideline), "
          "not coded (held-out 145: Lesotho's 'a two-State solution ... is the most viable proposal' uncoded; held-out 109: the "
          "Council's resolutions 'supporting the establishment of two States' uncoded; borderline one 051 each to "
          "ISR/GOV and PSE/GOV); 'would live together ... at peace' is a hypothetical outcome, not an act"),
 31: ([("reiterate our support", "051", "MDA/GOV", "org:UNGA", False, A, N, False),
       ("we welcome with great satisfaction", "051", "MDA/GOV", "LTU/CVL", False, A, N, False)],
      "Moldova (1993); 'We reiterate our support for resolution 47/21, on the complete withdrawal of foreign military "
      "forces from the territories of the Baltic States' -> 051 (guideline: 'express support'), 'reiterate' = made "
      "again -> asserted, to the General Assembly that adopted the resolution -> org:UNGA (README: welcoming a UN "
      "resolution is 051 to org:UNGA; set 132: 'Supported it' (a General Assembly resolution) a 051 to org:UNGA); "
      "the resolution's title is not coded (set 189: resolution titles left uncoded; borderline a nominal 1056 "
      "org:UNGA -> RUS/GOV); 'we welcome with great satisfaction the encouraging achievement of the Lithuanian "
      "people' -> 051 to the people named -> LTU/CVL (borderline LTU/GOV); 'which has finally seen its territory "
      "free of foreign troops' describes the outcome, the Russian withdrawal of August 1993 being neither named nor "
      "given an agent in the sentence -> not coded (borderline a 0874 RUS/MIL -> bare LTU)"),
 32: ([("requested an assessment mission", "103", "BFA/GOV", "org:AFDB", False, A, N, False),
       ("requested an assessment mission", "103", "BFA/GOV", "org:EU", False, A, N, False),
       ("requested an assessment mission", "103", "BFA/GOV", "org:WB", False, A, N, False),
       ("support from international partners", "070", N, "BFA/GOV", False, A, N, True)],
      "Burkina Faso (2019); 'the Government requested an assessment mission regarding prevention and peacebuilding to "
      "be conducted by the African Development Bank, the European Union and the World Bank' = a realised request "
      "(guideline: ask -> 10x) for a joint assessment that underpins assistance -> demand aid 103, one per addressee "
      "(guideline: compound split) -> org:AFDB (set 134's code), org:EU, org:WB (borderline 1031, or 100); Y, the "
      "mission, is not coded separately (guideline); 'To ensure that support from international partners is well "
      "coordinated' = a purpose whose object, the partners' support, is presupposed as already given -> nominal 070 "
      "with no source (uncoded collective) to BFA/GOV (set 145: 'with the support of international partners' a "
      "nominal 070 with no source to TKM/GOV; borderline uncoded, as support named inside a purpose clause, set "
      "182)"),
 33: ([("Cooperation with the United Nations", "050", "MMR/GOV", "org:UN", False, A, N, True)],
      "Myanmar (2002); 'Cooperation with the United Nations is the cornerstone of Myanmar's foreign policy' = a "
      "cooperation noun naming its partner (README: 'the importance of continuing cooperation with X' a nominal "
      "050; set 119: Cambodia's 'cooperation with some United Nations officials' a nominal 050 to org:UN), "
      "Myanmar's own policy -> nominal 050 MMR/GOV -> org:UN, habitual -> asserted (borderline uncoded as an abstract "
      "policy position)"),
 34: ([("assistance to humanitarian relief", "073", "NOR/GOV", N, False, A, N, True)],
      "Norway (1997); 'our voluntary assistance to humanitarian relief activities, is ... second to none' -> "
      "humanitarian aid 073 (guideline), nominal with its agent named ('our'), habitual -> asserted, the recipients "
      "unnamed -> target null (README: 'we give whatever practical assistance we can' a habitual 070 with no "
      "target; set 163: Kuwait's first place in humanitarian assistance a nominal 073); 'I am proud to say' is the "
      "speaker's own statement"),
 35: ([], "Spain (2019): 'Spain firmly supports the two-State solution' = support for a settlement formula, an abstract "
          "policy position (guideline), not coded, as row 30 (held-out 145: Lesotho's two-State solution uncoded; "
          "borderline one 051 each to ISR/GOV and PSE/GOV, the 'Israeli-Palestinian conflict' of the sentence "
          "before)"),
 36: ([], "Micronesia (2005): 'the escalating cost of fuel and its negative impact on our efforts to meet development "
          "goals ... is a major cause of concern' = a concern about prices (01x), no actor"),
 37: ([], "Guinea (2018): 'Guinea is counting on the support of the United Nations and other partners' = a hope about "
          "another actor's aid, optative, not coded (README: hopes about others' aid, 'we count on', 'look "
          "forward to the support of', are optative and not coded; set 140: 'count on our external partners' "
          "uncoded; borderline a future 070 org:UN -> GIN/GOV, or a 1031 to org:UN)"),
 38: ([("I would like to welcome", "051", "TGO/GOV", "org:AU", False, A, N, False)],
      "Togo (2019); 'I would like to welcome the continuous integration efforts made within the framework of the "
      "African Union (AU) and the continent's regional communities' = a performative welcome (guideline: 051; 'would "
      "like to' -> asserted), aimed at a process whose one coded party is the AU -> org:AU (README: support aimed at "
      "a process goes to its named parties; the regional economic communities are unnamed and have no code); the "
      "integration efforts are made by the African states collectively, an uncoded collective, and are not coded "
      "(set 189: agentless 'advances ... in regional integration' uncoded; borderline a nominal 050 from org:AU with "
      "no target, as set 166's 'joint regional integration'); 'since the adoption of Agenda 2063' is a time marker"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Iraq (2015): 'The Iraqi Constitution bans carrying arms outside the legal framework of the State' = a "
          "domestic legal norm, an inanimate subject, no act between actors"),
 40: ([("deployment", "074", "org:UN", "COD", True, A, N, True)],
      "Algeria (2000); 'Those setbacks have led to a deferment by the United Nations of the deployment of its "
      "peacekeeping mission' = MONUC's deployment in the DR Congo (sentence before: 'the peace process in the "
      "Democratic Republic of the Congo'), put off by the UN -> a delayed act is a negated one (set 138: RENAMO "
      "'delayed sending personnel' a negated 050) -> negated nominal 074 (guideline: peacekeeping) from org:UN to "
      "the host country -> bare COD (README: UN troops 074 to the host country; borderline 162 or a 1624 for the "
      "deferment itself); 'Those setbacks' are the anaphoric reversals of the peace process, agentless, not coded"),
 41: ([], "Fiji (2003): 'We see definite scope for trade, investment, cultural and tourism links' = a potential for "
          "links, with China in the sentence before, an optative and not a realised or intended act (borderline a "
          "future 061 FJI/GOV -> CHN/GOV); the welcome of China's involvement lies in the sentence before"),
 42: ([], "Seychelles (2010): 'At the United Nations and other development organizations, we have created development "
          "categories' = 'we' meaning all states (held-out 42/43), no act between actors"),
 43: ([("disengagement", "0874", "ISR/GOV", "PSE", False, A, N, True)],
      "Spain (2005); 'In the Middle East, the disengagement from' = a fragment cut by the splitter; the event noun "
      "is inside the sentence and the text after completes it ('Gaza, carried out with great skill ... by the "
      "Israeli Government') -> coded from the text after (README: a fragment whose object was cut off is "
      "coded from the text after the cut when its verb is in the sentence); the Gaza disengagement = Israel's "
      "withdrawal -> nominal 0874 ISR/GOV -> bare PSE (README: 'the withdrawal of Israel from the Gaza Strip' a "
      "nominal 0874; set 178: Israel as 'it left Gaza' an 0874 ISR/GOV -> PSE); borderline uncoded, since agent and "
      "place lie wholly after the cut"),
 44: ([], "Tonga (2001): 'Mr. Han's [presidency] already has one of equally impressive terms with the Organization "
          "and its Secretary-General being awarded the Nobel Peace Prize' = an award by the uncoded Nobel Committee, "
          "not coded (set 179: the 1996 Nobel Peace Prize welcomed, 'the award not coded'); the comparison of the "
          "two presidencies is an evaluation, and the Millennium Summit and Declaration are named only as their "
          "'hallmark'"),
 45: ([], "Hungary (2016): 'we face the fact that around 60 to 65 million people globally are on the move, or being "
          "displaced, for various reasons' = an agentless displacement with no named victim country, 'we' meaning "
          "all states, not coded (borderline a nominal 201 null -> null)"),
 46: ([("greater participation by the Guatemalan army", "074", "GTM/MIL", "HTI", False, A, N, True)],
      "Guatemala (2004); 'greater participation by the Guatemalan army in United Nations peace operations, for "
      "example in Haiti' = one of the government's listed achievements (sentence before) -> peacekeeping 074 "
      "(set 117: Nepal's participation in the UN Mission in Haiti a nominal 074 to HTI; set 155: 'our involvement in "
      "United Nations missions' a nominal 074), nominal with its agent named, the army -> GTM/MIL (guideline: /MIL "
      "when the armed forces are named), to the one host named -> bare HTI (borderline org:UN, or target null for "
      "the operations in general)"),
 47: ([], "Indonesia (2010): 'It is now time to make the United Nations deliver' = a hortative with 'we' meaning all "
          "Members (held-out 42/43; set 121), UN reform, no codable act"),
 48: ([("We acted", "190", "RWA/GOV", "COD", False, A, N, False)],
      "Rwanda (2001); 'We acted in the context \"of the inherent right of individual ... self-defence\"' = a pro-verb "
      "for the Rwandan army's crossing into the DR Congo, which the sentence before asserts ('did not cross borders "
      "... in order to annex the country' negates only the purpose) -> use of conventional military force 190 "
      "(README: 'military intervention' 190; set 164: Bangladesh's pro-verb 'We have done that' coded from its "
      "antecedent), from 'We', the speaking Government -> RWA/GOV (borderline RWA/MIL, 'the regular Rwandan army' of "
      "the sentence before), to the country whose borders were crossed -> bare COD (guideline: bare country as the "
      "target of an invasion; borderline uncoded as a legal justification, or 192, which the speaker disputes); 'as "
      "we are authorized to do under ... Article 51' is a legal claim, not an act"),
 49: ([], "Ukraine (2009): 'we are witnessing the re-emergence of very disconcerting signals from the past, ranging "
          "from questioning the very existence of newly independent States to denying nations' own views' = "
          "agentless nouns whose targets are uncoded classes of states, the speech not naming the questioner in the "
          "sentence (README: agentless criticism nouns are coded only with a named target; borderline a "
          "nominal 111 or 1233 with no source)"),
 50: ([("I salute", "051", "GUY/GOV", "NAM/GOV", False, A, N, False),
       ("offer to you personally", "051", "GUY/GOV", "org:UNGA", False, A, N, False)],
      "Guyana (1999, 'On behalf of the Group of 77', which has no code) -> the speaker only (set 145: Samoa speaking "
      "as AOSIS Chairman coded for the speaker; set 133: 'We nations of South America' the speaker only; borderline "
      "source null); 'I salute Namibia' = praise 051 of the Assembly President's country, 'an independent and proud "
      "member of the family of nations' after its struggle against apartheid (sentence before) -> NAM/GOV (set 182: "
      "'Pleased to salute in your person a representative of the Ukraine' a 051 to UKR/GOV; borderline bare NAM, "
      "the country as a whole); 'offer to you personally our warmest congratulations' = congratulations to the "
      "President of the Assembly, Theo-Ben Gurirab -> 051 to org:UNGA (README: commending the Assembly "
      "President's election 051 to org:UNGA; set 173: 'Our deep appreciation' not nominal); 'good wishes for a "
      "successful Assembly' is well-wishing, not coded (README: well-wishing not coded)"),
 51: ([("expects from Iran", "1056", "FRA/GOV", "IRN/GOV", False, A, N, False)],
      "France (2013); 'France expects from Iran concrete gestures reflecting that country's renunciation [of] its "
      "military nuclear programme' = a request (README: 'we expect more support, especially by the EU' is a "
      "request; set 162: Azerbaijan's 'expects Armenia to halt its military build-up' a 1056), Y = giving up a "
      "military nuclear programme -> demand de-escalation of military engagement 1056 (set 171: 'chemical weapons "
      "in Syria must be completely destroyed' a demanded 087; set 117: the DPRK's dismantling an 087), asserted, "
      "FRA/GOV -> IRN/GOV; Y is not coded separately (guideline); 'although it clearly retains the right to pursue "
      "its civilian programme' is a statement of a right, no act (borderline 1042 for a policy change)"),
 52: ([], "Croatia (1992): 'At the very beginning of the national and political emancipation of the Croatian people we "
          "were aware of the complexities and possible risks underlying the collapse of the past regime' = a time "
          "marker and a state of awareness; the collapse of Yugoslavia's regime is agentless, no act"),
}
