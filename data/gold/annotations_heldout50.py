"""Hand annotations for the FIFTIETH held-out event gold set (source of events-heldout50.jsonl).

Keyed by the row index of selection-heldout50.jsonl (output of select_bulk_heldout.py 50; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout50.jsonl \
        --annotations annotations_heldout50 --output events-heldout50.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("threats from the United States", "138", "USA/GOV", "CUB", False, A, N, True)],
     "Cuba (1991); 'given the threats from the United States' = a threat noun with its agent named -> nominal, the "
     "context makes it a threat of military force ('in case of invasion from the United States', following text; "
     "the Soviet unit kept 'to defend Cuba') -> threaten with military force 138 (borderline generic 130, or not "
     "coded as a risk, guideline 'threats of Russian military action'), habitual over the period -> asserted, the "
     "country to be defended -> bare CUB (guideline: target of an invasion; borderline CUB/GOV); 'its forces were "
     "never strong enough to defend Cuba' negates a capacity, not an event; 'it was an expression of friendship and "
     "solidarity' = an evaluation of the Soviet unit's presence, whose stationing (agreed by the two Governments) "
     "lies in the preceding sentence, not coded (borderline 062 SUN/MIL -> CUB/GOV)"),
 1: ([], "Burundi (2004): 'provisions on power-sharing that did not enjoy unanimous support were upheld by 20 of 30 "
         "political parties and endorsed by the twenty-second summit of heads of State of the subregion' = Burundi's "
         "political parties, an uncoded domestic collective, upholding a draft text with no counterpart, and the "
         "Regional Peace Initiative summit, a group whose members the sentence does not name, endorsing it -> "
         "null-null, not coded (held-out 12/13: a group without a code is each member the document names; "
         "borderline 051 null -> BDI/GOV); 'did not enjoy unanimous support' negates an attitude of the same "
         "uncoded parties"),
 2: ([("I invite all countries", "103", "PRT/GOV", N, False, A, N, False)],
     "Portugal (2017); 'I invite all countries that have not yet done so to join the Platform and support the Rapid "
     "Response Mechanism for Higher Education in Emergencies' = a request (held-out 16 row 49: 'invite' -> 10x) to "
     "an uncoded class -> target null (held-out 47 row 2, 48 row 4), one request verb with two demands takes the "
     "most specific sub-code (held-out 9): supporting a scholarship mechanism for students in emergencies = "
     "demand aid 103 (borderline 102 or 101 for joining the Platform), Y not coded separately (guideline); 'have "
     "not yet done so' = a negated act of the same uncoded class, not coded"),
 3: ([], "Bosnia and Herzegovina (2006): 'the Dayton Peace Agreement did not tackle some essential issues' = an "
         "agreement as subject, no actor; 'stopping the war' is the agreement's effect, agentless; providing equal "
         "rights and exercising State powers are domestic"),
 4: ([], "Algeria (2002): 'Algeria hopes that its relationships with its neighbours will not be jeopardized by this "
         "dispute and that the Arab Maghreb Union will be able to resume its activities and develop fruitful "
         "cooperation' = hopes about others' future acts, optative, not coded (held-out 5: hopes not coded; "
         "held-out 32/33); borderline 030 future org:AMU -> null"),
 5: ([("Bilateral discussions", "040", "AZE/GOV", "ARM/GOV", False, A, N, True)],
     "Azerbaijan (2000); 'Bilateral discussions between the Presidents of Azerbaijan and Armenia are continuing' = a "
     "discussion noun with its agents named -> nominal 040 (guideline: discuss 040; borderline 046 as peace "
     "negotiations on Nagorno-Karabakh), ongoing -> asserted, symmetric -> coded once, from the document's own "
     "government (guideline), the Presidents (Aliyev, Kocharyan) -> their governments; 'have failed to produce "
     "results' negates an outcome, not an event verb (borderline a negated 057 AZE/GOV -> ARM/GOV)"),
 6: ([], "Estonia (2014): 'If we do not act soon enough other countries will be threatened as well' = climate change "
         "as the threat (guideline: threat as risk), 'we' meaning all states (held-out 42/43), not coded"),
 7: ([], "United Kingdom (2005): 'we can no longer safely tolerate the general threat that can come from a particular "
         "human tragedy' = threat as risk (guideline), no actor"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("flatly denies", "1245", "RUS/GOV", "org:OSCE", False, A, N, False)],
     "Ukraine (2017); 'It' = Russia (the preceding sentence: 'Russia keeps its regular military ...'; guideline: a "
     "participant from the context) -> RUS/GOV; 'flatly denies the establishment of the OSCE permanent control over "
     "the Ukraine-Russia border' = an explicit refusal -> REJECT, negated false (guideline), refusing international "
     "monitoring -> decline to allow international involvement 1245 (held-out 38/39: refusing safeguards 1245 to "
     "org:IAEA), to org:OSCE (borderline UKR/GOV, which asks for it); 'the release of hostages within the Minsk "
     "process is completely deadlocked' = a release noun whose agent is not in the sentence (the captors, Russia's "
     "proxies, lie in the preceding and following text), not coded (guideline; borderline a negated nominal 0841 "
     "UKR/REB -> UKR/CVL); the Ukraine-Russia border is a place"),
 9: ([("should not to be eased", "085", N, "YUG/GOV", True, D, N, False),
      ("further tightened", "163", N, "YUG/GOV", False, D, N, False)],
     "Albania (1994); capital metonym Belgrade -> the Federal Republic of Yugoslavia's government in 1994 -> YUG/GOV "
     "(guideline; held-out 26/27: a state since dissolved takes its code of the speech's date); 'Sanctions against "
     "Belgrade should not to be eased but should be further tightened and truly implemented' = agentless deontic "
     "passives (held-out 26 row 4: 'the sanctions should be lifted' 085 demanded, source null; borderline source "
     "org:UNSC, whose resolution 943 the preceding sentence names): not easing -> a negated, demanded 085 (held-out "
     "14/15: 'important that we not aid and abet' a negated, demanded 070), tightening and implementing -> one "
     "demanded 163 (one sanctions act of several parts coded once, held-out 14/15); 'Sanctions against Belgrade' as "
     "a noun has no agent in the sentence, not coded separately; 'if we want the crisis hotbeds ... to be "
     "eliminated' is agentless; 'the occupied territories of Croatia' is an adjective without an agent in its "
     "phrase (held-out 27 row 3), not coded"),
 10: ([("destroyed", "1712", "USA/GOV", "IRQ/GOV", False, A, N, False),
       ("imposed", "163", "USA/GOV", N, False, A, N, False)],
      "Libya (1998); capital metonym Washington -> USA/GOV (guideline), the speaker's attribution of the disarmament "
      "of Iraq and of embargoes to the United States, in the speaker's own voice -> asserted; 'has destroyed the "
      "weapons that Iraq once had' = destroy property 1712 (held-out 32/33: destruction 1712; borderline 190, or "
      "not coded as UNSCOM's inspection work), the Iraqi state's arsenal -> IRQ/GOV (borderline IRQ/MIL); 'has "
      "imposed embargoes on other countries to prevent Iraq from importing arms' = embargoes -> 163 (guideline), "
      "their targets 'other countries' an uncoded class -> target null (borderline bare IRQ, the country the "
      "embargoes are aimed at); preventing Iraq from importing arms is their purpose, not coded separately"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("agree with the Secretary-General", "051", "BRA/GOV", "org:UN", False, A, N, False)],
      "Brazil (1998); 'We agree with the Secretary-General when he says that reform must not be seen as an event, "
      "but as a process' = the speaker's endorsement of the Secretary-General's statement -> 051 to org:UN (held-out "
      "26 row 14: 'agree with the Secretary-General' 051 org:UN; held-out 10/11: 'I agree with Merkel' 051); his "
      "statement is about UN reform (held-out 7: UN reform not coded), no reported event; 'an important part of "
      "that process has yet to be undertaken' = agentless, internal UN reform, not coded; 'cannot but stress' is "
      "no event negation"),
 12: ([], "United Arab Emirates (2003): 'Developed countries must commit to implementing the pledges they made' = a "
          "deontic over an uncoded collective toward unnamed (developing) recipients, null-null, not coded (held-out "
          "46 row 6, 49 row 3: unfulfilled commitments of the industrialized countries not coded); 'according to "
          "international resolutions' = in accordance with, not attribution (guideline)"),
 13: ([("I thanked new supporters", "051", "FSM/GOV", N, False, A, N, False)],
      "Micronesia (2016); the speaker's own past speech (the President, a year before, A/70/PV.22) = his own "
      "assertion, reported_by null (guideline: a speaker's own past statements); 'I thanked new supporters' = "
      "thanks -> 051 (guideline), the supporters of the HFC amendment are not named -> target null (held-out 14/15: "
      "thanks that include a group without a code); 'I described ... efforts to amend the Protocol' and 'noted "
      "that the proposals were finally bearing fruit' are statements (01x); Micronesia's efforts to amend the "
      "Montreal Protocol = a proposal to its uncoded parties, no named counterpart, not coded (borderline 030 "
      "FSM/GOV -> null)"),
 14: ([], "Turkmenistan (2012): 'the President of Turkmenistan noted that ... today's main objective is to merge and "
          "complement existing ... instruments' = a statement (01x) of the speech's own government about an abstract "
          "objective; no reported event"),
 # --- UNGDC 1990-2019 random: future
 15: ([("has supported", "051", "GRC/GOV", N, False, A, N, False),
       ("has supported", "051", "GRC/GOV", "org:EU", False, A, N, False),
       ("has supported", "051", "GRC/GOV", "USA/GOV", False, A, N, False)],
      "Greece (1996); 'Greece has supported all international initiatives aimed at further promoting Balkan regional "
      "cooperation, such as ...' = endorsement of initiatives -> 051, one event per named author (held-out 8: support "
      "aimed at a process goes to its named parties): the conference of ministers of southeastern Europe (no code, "
      "its members not named) and 'all international initiatives' -> target null (held-out 27 row 33: support for "
      "efforts of an uncoded collective 051 null); the European Royaumont initiative (the EU's process for "
      "stability in south-eastern Europe) -> org:EU; the United States southeast European cooperative initiative "
      "(SECI) -> USA/GOV; the initiatives are named programmes, not coded as separate intent nouns (held-out 49 row "
      "32; borderline nominal 030 per author, as held-out 27 row 24); the conference 'convened this year in Sofia' "
      "and 'will meet again in Thessaloniki' = meetings of an uncoded collective, Sofia and Thessaloniki venues, "
      "not coded (borderline 043 future GRC/GOV -> null as host)"),
 16: ([], "Trinidad and Tobago (2002): 'What is required therefore is a greater sense of shared commitment to ... the "
          "United Nations' = an abstract deontic with no actor; 'threats to global peace' are risks (guideline)"),
 17: ([("will give our full support", "032", "FRA/GOV", "org:UN", False, F, N, False)],
      "France (1999); 'We will give our full support to the world conference on racism, to be held in 2001' = a "
      "future cooperative act -> intent code 03x with modality future (guideline), policy support -> 032 "
      "(borderline 051 future), the UN World Conference against Racism -> org:UN (held-out 45 row 41: support for "
      "UN initiatives -> org:UN); 'to be held' is agentless (South Africa as host is not named)"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Indonesia (2000): 'We should work together to resolve any and all obstacles to the safe delivery of "
          "humanitarian assistance' = 'we' meaning all states (held-out 42/43), after the killing of UNHCR staff in "
          "West Timor (preceding text); an abstract deontic, not coded"),
 19: ([], "Indonesia (1993): the sentence starts at 'Nations is called upon to shoulder ever-expanding "
          "responsibilities' (the splitter cut after 'while the United'); 'is called upon' = an agentless, generic "
          "description of the demands on the UN whose Y (shouldering responsibilities) is no codable behaviour "
          "(borderline 100 null -> org:UN, the subject taken from the context, held-out 44/45); 'shackled by a "
          "deepening financial crisis' is figurative, no actor"),
 20: ([], "Senegal (2007): 'We must combat war in the minds of men' = figurative (guideline), 'we' meaning all"),
 21: ([("insistence", "100", "ISR/GOV", N, False, A, N, True)],
      "Israel (1991); 'Israel's insistence on a peace ensuring its security' = a demand noun with its agent named "
      "-> nominal request (guideline: insist -> 10x; nominal events), its addressees (the Arab states of the "
      "preceding sentences) not named in the sentence -> target null, Y = a peace settlement with security "
      "guarantees, no specific sub-code -> generic 100 (borderline not coded as a standing policy position, "
      "held-out 7); ongoing -> asserted; 'States that were themselves involved in the Gulf crisis have now come to "
      "understand ... the logic' = an attitude of an uncoded collective, not coded"),
 22: ([], "Bulgaria (2012): 'The General Assembly should discuss the formulation of sustainable development goals' = "
          "a deontic over the Assembly's own deliberation, an internal UN matter with no counterpart (held-out 36 row "
          "51; held-out 7: UN reform not coded), not coded (borderline 040 demanded org:UNGA -> null)"),
 23: ([], "Iceland (1998): 'We must ensure that the harvesting of living marine resources can continue' = 'we' "
          "meaning all states (held-out 42/43), abstract, no act"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("support", "051", "SEN/GOV", N, False, A, N, False)],
      "Senegal (1993); 'We Senegalese, for our part, support all efforts to help them' = support for the efforts of "
      "unnamed helpers -> 051 with target null (held-out 27 rows 33 and 39: support for the efforts of an uncoded "
      "collective 051 null); 'them' = the Angolan people (preceding sentences), the beneficiaries of the efforts, "
      "not the object of the support; 'We Senegalese' in a UN speech -> the speech's GOV (guideline; borderline "
      "SEN/CVL); 'efforts to help them' = an aid noun without an agent, not coded (borderline nominal 070 null -> "
      "AGO/CVL)"),
 25: ([("welcomes", "051", "CAF/GOV", "SSD/GOV", False, A, N, False)],
      "Central African Republic (2011); 'welcomes the admission of South Sudan ... as the 193rd Member State of the "
      "United Nations' = a welcome -> 051 (guideline), aimed at the newly admitted state -> SSD/GOV (held-out 22/23: "
      "welcoming an appointment 051 to the appointee; borderline org:UNGA, which admitted it); the admission noun "
      "has no agent in the sentence (guideline), not coded"),
 26: ([], "Botswana (1994): 'Africa as a whole is engaged ... in economic and political reforms that need the support "
          "and cooperation of the donor community and the multilateral financial institutions' = a statement of need "
          "(held-out 46/47: demanded aid with no source) whose beneficiary, Africa as a whole, is an uncoded "
          "collective and whose donors are uncoded (the institutions not named) -> null-null, not coded (held-out "
          "42/43: a collective beneficiary is coded only for a member the sentence names; borderline a demanded 070 "
          "null -> BWA/GOV)"),
 27: ([("contributes significantly to the fight against ISIL", "190", "DNK/GOV", N, False, A, N, False),
       ("support for local communities", "070", "DNK/GOV", "SYR/CVL", False, A, N, True),
       ("support for local communities", "070", "DNK/GOV", "IRQ/CVL", False, A, N, True)],
      "Denmark (2016); 'In Syria and Iraq, Denmark contributes significantly to the fight against ISIL' = taking part "
      "in the coalition's armed campaign -> use conventional military force 190 (held-out 27 row 27: Nigeria's fight "
      "against Boko Haram 190), ISIL has no code (held-out 17) -> target null, ongoing -> asserted; 'including "
      "through support for local communities in the aftermath of conflict' = an aid noun whose agent the sentence "
      "gives (Denmark 'through') -> nominal 070 (borderline 073 humanitarian), to the local communities of the two "
      "countries -> SYR/CVL and IRQ/CVL, one event each (guideline: compound split); borderline the 190 as support "
      "070 to a coalition, the contribution's form not being stated"),
 28: ([], "United States (1992): 'The Agency for International Development (AID) ... needs to be fundamentally and "
          "radically overhauled' = domestic administrative reform, no counterpart"),
 29: ([], "Hungary (1996): 'Our task is to make use of the advantages of multilateral cooperation in this field' = "
          "abstract, no named partner (guideline: abstract policy positions)"),
 30: ([("welcomed", "051", "ITA/GOV", N, False, A, N, False)],
      "Italy (2013); 'the Italian Government welcomed the Geneva framework for the elimination of Syrian chemical "
      "weapons' = a welcome -> 051 (guideline), the framework's authors (the United States and Russia, September "
      "2013) are named neither in the sentence nor in the document -> target null (held-out 27 row 33; borderline "
      "USA/GOV and RUS/GOV, one each as held-out 8, or SYR/GOV, the state whose weapons are eliminated); the "
      "elimination is the framework's purpose, agentless; Geneva is part of the framework's name, not a metonym"),
 31: ([("cooperation", "050", "USA/GOV", "SUN/GOV", False, A, N, True)],
      "Belize (1991); 'confrontation between the super-Powers has turned to cooperation' = a cooperation noun whose "
      "agents the description makes plain in 1991 -> the United States and the Soviet Union (guideline: a state the "
      "speaker leaves unnamed is coded when the document makes it plain; held-out 26/27: SUN of the speech's date) "
      "-> nominal 050 (held-out 10/11: cooperation nouns nominal 050), realised -> asserted, symmetric, from the "
      "first of the pair in the usual order (held-out 43 row 47: USA/GOV -> SUN/GOV) (borderline not coded, 'the "
      "super-Powers' naming no state); the past confrontation is no coded act; 'a new world order is being shaped' "
      "and 'economic reforms are replacing the trade barriers' are agentless"),
 32: ([("I appeal to you", "100", "MDG/GOV", N, False, A, N, False)],
      "Madagascar (2008); 'I appeal to you as leaders of the world' = a request (guideline: appeal -> 10x), the "
      "world's leaders an uncoded collective -> target null (held-out 46 row 9: 'We appeal to the international "
      "community' 100); its content lies in the following sentence ('Everyone needs to contribute ... more "
      "financial resources'), not in this one -> generic 100 (borderline 103 demand aid)"),
 33: ([], "Cape Verde (1998): 'The difficult situation prevailing in Angola ... demands a strong and decisive commitment "
          "on the part of the international community in order to restore ... compliance with the obligations' of "
          "the Lusaka Protocol = an inanimate subject ('situation demands'), the international community an uncoded "
          "collective and compliance no codable Y (guideline), not coded; 'we are bound by profound brotherly ties' "
          "is a sentiment"),
 34: ([("has hosted", "0861", "HRV/GOV", "org:UN", False, A, N, False),
       ("a contributor of\npeacekeepers", "074", "HRV/GOV", "SLE", False, A, N, True)],
      "Croatia (1999); 'Croatia, which has hosted five separate peacekeeping operations on its territory' = receiving "
      "UN peacekeeping missions (UNPROFOR, UNCRO, UNTAES and others) -> receive deployment of peacekeepers 0861, to "
      "org:UN, realised -> asserted; 'has in recent weeks taken on the role of a contributor of peacekeepers' = "
      "contributing troops -> nominal 074 (held-out 22/23: a 'positive role as a peacekeeping contributor' nominal "
      "074), the mission named in the following sentence ('its participation in the United Nations mission in "
      "Sierra Leone'; guideline: a participant from the context) -> the host country, bare SLE (held-out 44 row 45: "
      "troops in ISAF 074 -> bare AFG)"),
 35: ([("pay special tribute", "051", "MNE/GOV", "org:UN", False, A, N, False)],
      "Montenegro (2010); 'I also pay special tribute to Secretary-General Ban Ki-moon for his consistent "
      "reaffirmation of the United Nations as an indispensable player' = praise -> 051 (guideline), the "
      "Secretary-General -> org:UN; his reaffirmation is a statement (01x), not coded"),
 36: ([], "Honduras (2002): 'the great challenges we face ... demand concerted and global action' = an inanimate "
          "subject, no actor"),
 37: ([], "Holy See (2005): 'These caveats aside, the document is a basis for implementation and ongoing discussions "
          "on United Nations reform' = an evaluation of the World Summit Outcome; the discussions are internal UN "
          "reform (held-out 7), not coded"),
 38: ([("we welcome the creation", "051", "SWZ/GOV", N, False, A, N, False),
       ("deployment of United Nations military observers", "074", "org:UN", N, False, A, N, True)],
      "Swaziland (1990); 'we welcome the creation of the International Verification and Follow-up Commission' = a "
      "welcome -> 051 (guideline), its creators (the five Central American States of the preceding sentence, whom "
      "the document does not name one by one) -> target null (held-out 12/13: a group without a code is each "
      "member the document names; borderline org:UN); 'involving the deployment of United Nations military "
      "observers' = a peacekeeping noun whose agent the phrase names (the observers are the UN's) -> nominal 074 "
      "(held-out 22/23: peacekeeping contribution nominal 074), to Central America, a region with no code, target "
      "null (borderline one event per Central American state); the creation noun has no agent in the sentence, not "
      "coded"),
 39: ([("supported", "051", "LCA/GOV", "org:UNGA", False, A, N, False)],
      "Saint Lucia (2005); 'Saint Lucia supported your unanimous election, Sir, to be President of the General "
      "Assembly' = support for the election of the President of the General Assembly (Jan Eliasson) -> 051 to "
      "org:UNGA (held-out 44/45: commending the Assembly President's election 051 to org:UNGA; borderline SWE/GOV); "
      "'confident that your diplomatic skills ... are just what we need' is a sentiment"),
 40: ([("we assure him", "030", "GAB/GOV", "org:UNGA", False, A, N, False)],
      "Gabon (2003); 'him' = the President of the General Assembly, Julian Hunte (preceding sentences) -> org:UNGA; "
      "'we assure him of our full cooperation' = assurances of cooperation to the PGA -> 030 (held-out 38/39, 48 row "
      "43), performed now -> asserted; 'expresses to him its wishes for success' is well-wishing (held-out 7: not "
      "coded)"),
 41: ([("have secured agreement", "045", "org:AU", "LBR/REB", False, A, N, False),
       ("have secured agreement", "045", "org:ECOWAS", "LBR/REB", False, A, N, False)],
      "Tanzania (1995); 'the OAU and the Economic Community of West African States (ECOWAS) in particular have secured "
      "agreement among faction leaders aimed at a peaceful resolution of the long-simmering civil war' = mediation "
      "of the Abuja Agreement -> 045 (guideline: mediate/broker 045), one event per mediator (held-out 8: mediation "
      "045 per mediator and party): the OAU of 1995 -> org:AU (held-out 34/35), ECOWAS -> org:ECOWAS; the faction "
      "leaders = Liberia's armed factions -> LBR/REB (held-out 34/35: unnamed armed groups are the country's REB), "
      "one code for all -> one event per mediator; the agreement among the factions would be a pair LBR/REB -> "
      "LBR/REB and is not coded (borderline nominal 057); 'we are encouraged by the recent developments' = an "
      "attitude (held-out 30 row 4, 43 row 47: 'encouraged by' not coded; borderline 051 to each mediator)"),
 42: ([], "Micronesia (2001): 'this global issue [sea-level rise] ... threatens my country's future' = threat as risk "
          "(guideline), no actor"),
 43: ([("call for swift action", "100", "GRD/GOV", N, False, A, N, False)],
      "Grenada (2006); 'We cannot fail to reiterate our vulnerability and call for swift action at this session' = a "
      "request (guideline: 'calls for Y' is one asserted request), no named addressee -> target null (held-out 27 "
      "row 36; borderline org:UNGA for 'at this session'), Y = action to ensure the small states' stability, the "
      "development support of the preceding sentences not named here -> generic 100 (borderline 103); 'cannot fail "
      "to' is no event negation, and reiterating vulnerability is a statement (01x)"),
 44: ([], "Morocco (2014): 'Some Western countries — which asked for no one's authorization to colonize countries of "
          "the South — ... continue to impose on them harsh conditions' = uncoded collectives on both sides (neither "
          "the former colonizers nor the countries of the South are named), null-null, not coded (held-out 20 row "
          "44); 'instead of currently providing the necessary assistance' is a contrast, not a negated event "
          "(held-out 38/39)"),
 45: ([("we call", "103", "BFA/GOV", N, False, A, N, False)],
      "Burkina Faso (2007); 'we call for solidarity and support from the international community to help us "
      "eradicate this scourge' (drug trafficking, preceding sentence) = a request (guideline) to an uncoded "
      "collective -> target null (held-out 46 row 9), Y = support -> demand aid 103 (held-out 49 row 43: an appeal to "
      "lend support 103), Y not coded separately (guideline)"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Maldives (2017): investment in the country's own schools = domestic policy"),
 47: ([], "Zimbabwe (2006): 'The recent developments in the Middle East are a cause of great concern' = expressed "
          "concern (01x, guideline), no actor"),
 48: ([("congratulate", "051", "BLR/GOV", "org:UNGA", False, A, N, False)],
      "Belarus (1997); 'It gives me particular pleasure to congratulate you, Sir, the distinguished representative of "
      "Ukraine, on your election to the ... post of President of the fifty-second [session] of the General "
      "Assembly' = congratulations -> 051 (held-out 6: 'congratulated' 051), to the President of the General "
      "Assembly (Hennadiy Udovenko) -> org:UNGA (held-out 44/45: commending the Assembly President's election 051 to "
      "org:UNGA; borderline UKR/GOV)"),
 49: ([], "Canada (1994): 'the international community needs ... a strong, credible multilateral institution' = an "
          "uncoded collective, abstract, no act"),
 50: ([], "Monaco (2011): 'The Secretary-General proposed that we establish a new generation of development objectives' "
          "= a proposal of the Secretary-General (org:UN) to 'we' meaning all states (held-out 42/43) whose Y is a "
          "UN policy agenda, no codable behaviour between actors (held-out 27 row 7: a reported proposal about "
          "internal UN matters not coded; borderline 100 org:UN -> null)"),
 51: ([("ratified", "057", "MCO/GOV", N, False, A, N, False)],
      "Monaco (1999); 'the Comprehensive Nuclear-Test-Ban Treaty (CTBT) — which my father, the reigning Prince, "
      "ratified on 20 November 1998' = ratifying a multilateral treaty -> 057 with no target (held-out 28/29: "
      "signing a ratification instrument 057 with no target; held-out 48 row 24: joining the NPT 057), the reigning "
      "Prince (Rainier III, the head of State) -> MCO/GOV, realised -> asserted; 'the accession of all Powers ... "
      "would be a giant step' = a hypothetical accession of an uncoded collective, not coded; 'We are convinced' "
      "is the speaker's opinion"),
 52: ([("received credit", "051", N, "UZB/GOV", False, A, N, False)],
      "Uzbekistan (2002); 'Our country has already received credit for its activity in this field' (non-"
      "proliferation) = recognition by unnamed others -> praise 051 (guideline), the givers not named -> source null "
      "(held-out 37 row 4, 39 row 0: an uncoded source with a coded target is coded), to the speech's government -> "
      "UZB/GOV, realised -> asserted (borderline not coded, 'received credit' being a description of standing "
      "rather than a stated act)"),
 53: ([], "Bolivia (2015): 'it is important to make an in-depth ... assessment following 70 years of the existence of "
          "the United Nations' = an agentless, abstract deontic"),
 54: ([], "Moldova (2019): 'such attempts jeopardize any chance of making progress in the settlement of the Transnistrian "
          "problem' = attempts to undermine Moldova's neutrality whose agent is not named in the sentence or the "
          "preceding text, an effect; the settlement is a noun without named parties, not coded"),
 55: ([], "Viet Nam (2017): the country's own efforts to implement the MDGs and reduce poverty = domestic"),
 56: ([], "Myanmar (1999): the sentence starts at 'Assembly briefly of the recent developments' (the splitter cut after "
          "'Allow me to take this opportunity to apprise the'); apprising the Assembly is a statement (01x), and the "
          "developments in the country are domestic"),
 57: ([], "Iran (2018): 'Iran ... is an undeniable reality' = a description, no act"),
 58: ([], "Democratic Republic of the Congo (2000): the sentence is the fragment 'Everyone knows what happened to our "
          "Prime' (the splitter cut before 'Minister, Mr. Lumumba'); the killing of Lumumba and the dissolving of his "
          "body lie in the following text (held-out 38/39: what only the context outside the sentence holds is not "
          "coded)"),
 59: ([("with deep regret", "110", "ZWE/GOV", "org:UNSC", False, A, N, False),
       ("ignored by the Security Council", "128", "org:UNSC", N, False, A, N, False)],
      "Zimbabwe (2012); 'We have noticed, with deep regret, that the provisions of the United Nations Charter dealing "
      "with the peaceful settlement of disputes have, on occasion, been ignored by the Security Council' = the "
      "speaker's disapproval -> 110 (held-out 49 row 6: 'notes with regret' 110; held-out 6: 'it is regrettable' "
      "110), aimed at the Council -> org:UNSC; the Council's ignoring Charter provisions = defy norms, law 128 "
      "(held-out 49 row 8: repudiating obligations under a resolution 128; held-out 34/35: 'flouting of the "
      "resolutions' 128), a passive with its agent named -> not nominal, habitual ('on occasion') -> asserted, no "
      "named party harmed -> target null (borderline org:UN, whose Charter it is); 'We have noticed' is the "
      "speaker's own observation, not attribution"),
}
