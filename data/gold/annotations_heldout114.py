"""Hand annotations for the HUNDRED-AND-FOURTEENTH held-out event gold set (source of events-heldout114.jsonl).

Keyed by the row index of selection-heldout114.jsonl (output of select_bulk_heldout.py 114; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout114.jsonl \
        --annotations annotations_heldout114 --output events-heldout114.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("occupied", "192", "RUS/GOV", "UKR", False, A, N, True),
      ("occupied", "192", N, "GEO", False, A, N, True),
      ("occupied", "192", N, "MDA", False, A, N, True)],
     "Lithuania (2015); 'The occupied territories of Ukraine, Georgia or Moldova' = an occupation named by a "
     "participle (held-out: 'occupied Arab territories' and 'Israeli-occupied Golan' nominal 192), one event per "
     "occupied country, the target the country as a whole (guideline: target of an invasion); the occupier of "
     "Ukraine's territory is plain from the text before ('Last year, Russia annexed Crimea') -> RUS/GOV (held-out "
     "48/49: an event noun whose agent is plain from the text around it is coded); the speech never names the "
     "occupier of Georgia's and Moldova's territories -> source null (README: wars whose agent the speech never "
     "names have no source; borderline RUS/GOV for all three, or not coded as an adjective); 'red lines that we "
     "ourselves have drawn but never acted upon' = 'we' meaning the whole international community ('Our "
     "collective failure' in the sentence before), not coded (held-out 42/43: 'we' meaning all states), and 'never "
     "acted upon' has no codable act (borderline a negated 170 null -> RUS/GOV)"),
 1: ([], "Algeria (2008): 'that re-launching must be undertaken on a sound, solid and lasting basis' = the "
         "re-launching of the Arab Maghreb Union (preceding sentence), an agentless deontic about the manner of an "
         "organisation's revival; 'keen to ensure that efforts ... do not meet with new disappointments' is a purpose, "
         "not a negated event; not coded (borderline a demanded 030 DZA/GOV -> org:AMU)"),
 2: ([("appeal", "102", "TUV/GOV", N, False, A, N, False)],
     "Tuvalu (2002); 'We once again appeal to the industrialized countries ... to urgently ratify and to fully "
     "implement the Kyoto Protocol and to provide concrete support in all our adaptation efforts' = a request "
     "(guideline: appeal -> 10x) to an uncoded collective -> target null; Y = ratifying a treaty (held-out 43/45, "
     "63: calls to ratify or join a treaty 102) and adaptation aid, one request with several demands coded once, "
     "from the first and main demand -> 102 (borderline 1031, the aid demand; held-out 9: several demands take the "
     "most specific sub-code); Y not coded separately (guideline); 'particularly those who have not done so' = the "
     "non-ratification of unnamed industrialized countries, null-null, not coded (held-out 54-61: acts between "
     "uncoded collectives; borderline a negated 057 null -> null)"),
 3: ([("urging", "1043", "org:UNGA", N, False, A, N, False)],
     "Philippines (1991); 'these very nations, united, have not abdicated, but refurbished their own sovereignty by "
     "urging themselves and \"all peoples ... every Individual and every organ of society\" (resolution 217 A "
     "(III)...) to promote those values' = the nations united in the General Assembly adopting the Universal "
     "Declaration of Human Rights (the preceding text: 'The General Assembly ... enjoins every individual and every "
     "organ of society'), a resolution's call standing for org:UNGA (README: a General Assembly resolution's "
     "'calling for' stands for org:UNGA), a historic act coded asserted; Y = promoting human rights -> 1043, the "
     "addressees (all peoples, every individual) uncoded -> target null (borderline not coded, 'these very nations' "
     "meaning all states); 'have not abdicated ... their own sovereignty' negates a state change, not an event"),
 4: ([], "Portugal (1992): 'I do not speak merely of enlargement and political dialogue; I speak of modalities of "
         "cooperation and assistance and the presentation of constructive proposals' = the policy areas of the "
         "European Community's external relations under the Portuguese Presidency (preceding sentence), with no "
         "named counterpart; abstract policy positions (guideline), not coded (borderline nominal 050 and 070 "
         "org:EU -> null); 'I do not speak merely' is no event negation"),
 5: ([], "Senegal (2013): 'plummeting official development assistance no longer meets Africa's needs' = an evaluation "
         "of aid flows from uncoded donors to a continent, no named actor; 'no longer meets' bears on adequacy, not "
         "an event; 'should lead us to explore other innovative financing mechanisms' = 'us' meaning African "
         "countries, a policy goal; not coded (borderline a nominal 071 null -> null)"),
 6: ([("withdrawing from", "0874", "ISR/GOV", "PSE", False, A, N, False),
      ("occupied by force", "192", "ISR/GOV", "PSE", False, A, N, True)],
     "Yemen (2005); 'the international community should not be deceived into believing that Israel has made "
     "enormous sacrifices by withdrawing from territories occupied by force' = a deontic for an uncoded collective "
     "(not coded); inside it, the disputed belief is the 'enormous sacrifices', while the withdrawal itself is a "
     "fact the speaker states (the preceding text: 'the withdrawal of Israeli occupation forces from the Gaza "
     "Strip is a first step') -> the 2005 Gaza disengagement, retreat militarily 0874 ISR/GOV -> bare PSE, asserted, "
     "reported_by null (borderline not coded, inside the complement of 'believing'); 'territories occupied by "
     "force' = an occupation named by a participle with its agent in the same sentence (held-out: 'occupied Arab "
     "territories' nominal 192) -> nominal 192 (borderline not coded, the same occupation that ended); 'Israeli "
     "settlers who were evacuated' is part of the same withdrawal, not coded separately (borderline 174 ISR/GOV -> "
     "ISR/CVL); the building of settlements has no CAMEO code (held-out precedent), not coded"),
 7: ([("This crude aggression", "190", "IRQ/GOV", "KWT", False, A, N, True),
      ("our condemnation", "111", "PAN/GOV", "IRQ/GOV", False, A, N, True)],
     "Panama (1990); 'This crude aggression' = 'The cruel invasion of its neighbour by Iraq' of the preceding "
     "sentence, an event noun whose agent is plain from the text before (held-out 48/49; held-out 77 row 6: 'this "
     "armed aggression' coded) -> 'aggression' 190 (guideline; borderline 192 as the invasion it names), nominal, "
     "IRQ/GOV -> the country as a whole KWT (guideline: target of an invasion); borderline not coded, an anaphoric "
     "event noun (guideline's first rule); 'has ... provoked our condemnation' = Panama's condemnation of Iraq, its "
     "target from the previous sentence (guideline: 'we condemn this aggression' target from the previous sentence) "
     "-> nominal 111 PAN/GOV -> IRQ/GOV; 'has not only ... but' is no event negation"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Burkina Faso (2010): 'We only hope that the commitments made, particularly in the financial area, will be "
         "honoured' and 'we ardently hope that the forthcoming meeting in Cancun will yield a viable environmental "
         "agreement' = optative hopes about other actors' acts (held-out 7: not coded), the Copenhagen commitments' "
         "authors unnamed (borderline a nominal 0331 null -> null)"),
 9: ([], "Lebanon (2007): 'a nation that supports peace and justice and promotes democratic values' = a "
         "self-description, an abstract policy position with no counterpart (guideline), not coded"),
 10: ([("willingness by both sides to negotiate", "036", "ISR/GOV", "PSE/GOV", True, H, N, True),
       ("willingness by both sides to negotiate", "036", "PSE/GOV", "ISR/GOV", True, H, N, True)],
      "Samoa (2011); 'it will sadly remain elusive without a clear sense of commitment and willingness by both sides "
      "to negotiate in good faith' = the two sides of the peace process of the preceding sentences ('the peoples of "
      "Israel and Palestine') -> ISR/GOV and the Palestinian Authority PSE/GOV; an intent noun to negotiate -> 036 "
      "(README: 'willingness to give support' 033, 'willingness of our partners to assist' a nominal 033), one per "
      "side (README: 'both sides' ... refusing to negotiate a 125 per side); 'without' in a conditional "
      "-> negated and hypothetical (guideline: conditional negations carry the modality; 'without entering into "
      "war' negated) (borderline a demanded 036, non-negated, as a statement of what is needed, or one symmetric "
      "event); 'must be achieved' bears on the outcome, not an act"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Algeria (2013): 'We must ensure that the General Assembly remains participatory ... and must increase the "
          "... functions of the programmes ... of the United Nations system' = UN reform positions with 'we' meaning "
          "all Member States (held-out 42/43, 54-61), not coded"),
 12: ([], "Nepal (2014): 'The momentum generated at the Summit should pave the way next year for a binding agreement "
          "on climate change' = an inanimate subject in a deontic about a future multilateral agreement with no named "
          "party, not coded (borderline a demanded 057 null -> null)"),
 13: ([], "Chad (2018): 'the Libyan crisis has serious security consequences for neighbouring countries, including "
          "Chad, as a result of the chaos in southern Libya, which is a lawless area that serves as a haven for "
          "terrorist groups, mercenary gangs and all kinds of traffickers' = a description of consequences; a "
          "lawless area is no actor that harbours, so no support act (README: harbouring terrorists 070 needs a "
          "harbouring actor; borderline a 070 LBY -> null); the groups are uncoded"),
 14: ([("We urge", "1056", "MUS/GOV", "SDN/GOV", False, A, N, False),
       ("We urge", "1056", "MUS/GOV", "SDN/REB", False, A, N, False)],
      "Mauritius (2008); 'We urge all parties involved in the conflict, especially the authorities, to exercise "
      "restraint in their actions and to move towards a just and lasting solution' = a request (guideline: urge -> "
      "10x) about Darfur (preceding sentence); the parties = the Sudanese authorities -> SDN/GOV and the Darfur "
      "armed movements, unnamed -> SDN/REB (README: unnamed armed groups are the country's REB; borderline SDN/GOV "
      "only, the movements being unnamed); Y = restraint -> de-escalation 1056 (held-out 9: several demands take "
      "the most specific sub-code; borderline 107 for the just and lasting solution); Y not coded separately"),
 15: ([], "Burkina Faso (2015): 'The virtues of international solidarity and dialogue among nations must continue to "
          "inspire the United Nations' = an abstract norm, no act"),
 16: ([], "Estonia (2004): 'The rights of indigenous peoples must be codified in international law without further "
          "delay' = an agentless deontic for a multilateral codification with no named party, not coded (borderline "
          "a demanded 057 null -> null)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Malawi (2003): 'has paid close attention to the new international debate ... which advocates a qualitative "
          "paradigm shift' = attention to a debate; 'advocates' has an abstract subject (the debate), no actor; not "
          "coded"),
 18: ([], "Lesotho (2000): 'as the world agreed in Vienna in 1993' = 'the world' meaning all states (held-out 42/43, "
          "not coded; borderline a 057 null for the Vienna Declaration); 'this calls for a more pragmatic approach' "
          "has an inanimate subject and no addressee, not a request"),
 19: ([("expects", "1031", "NER/GOV", N, False, A, N, False)],
      "Niger (2002); 'My country expects a greater degree of solidarity from the industrialized countries, "
      "particularly with regard to increasing the volume of official development assistance' = a request (held-out "
      "42/43: 'we expect more support, especially by the EU' is a request) for economic aid -> 1031, the "
      "industrialized countries an uncoded collective -> target null (borderline 103; or a demanded 071 null -> "
      "NER/GOV as a statement of need)"),
 20: ([], "Cote d'Ivoire (2012): 'the presence of groups with links to terrorists in northern Mali is a genuine "
          "threat, which could lead ... to the implosion of the entire West African region' = a figurative threat "
          "(guideline: threat as risk); the groups' presence is a state, not coded (borderline a nominal 192 MLI/REB "
          "-> MLI, the 'abusive occupation of the north of Mali' of the text before)"),
 21: ([("calls for", "1044", "org:UNGA", "LBY/GOV", False, A, N, False)],
      "Libya (2011); 'The Assembly calls for us to include everyone, without exclusion, to build institutions at the "
      "required speed, to achieve national reconciliation and end the arming and militarization of our streets and "
      "towns, and to maintain the unity of the homeland' = a request (guideline: call for -> 10x) whose author is the "
      "General Assembly the speaker addresses ('as the Assembly knows', 'As the Assembly considers') -> org:UNGA "
      "(borderline source null, the Assembly standing for the international community's expectations), 'us' = the "
      "National Transitional Council -> LBY/GOV (README: the NTC of 2011 is LBY/GOV); one request with several "
      "demands, coded once: inclusive institutions built at speed -> demand institutional change 1044 (borderline "
      "1056 for ending the militarization of the streets, or 107 for reconciliation); Y not coded separately"),
 22: ([("appeal", "100", "IDN/GOV", N, False, A, N, False)],
      "Indonesia (2003); 'I would like to appeal to world leaders to open the doors of their hearts in dealing with "
      "that issue' = a request (guideline: appeal -> 10x), 'would like to' performative -> asserted, to an uncoded "
      "collective -> target null (held-out 77 row 10: urging uncoded Member States 100 with target null); Y a "
      "figurative change of attitude on the issue of injustice named before, no specific behaviour -> generic 100 "
      "(borderline not coded, a figurative Y addressed to an uncoded collective)"),
 23: ([("were respected", "0871", "COL/REB", "COL/GOV", False, A, N, False),
       ("delivered to the United Nations", "0873", "COL/REB", "org:UN", False, A, N, False)],
      "Colombia (2017); 'The ceasefire and cessation of hostilities were respected' = an agentless passive whose "
      "parties the sentence before names ('the ceasefire and the cessation of hostilities between that group and "
      "the Colombian State') (README: an agentless 'A peace settlement has been signed' takes its parties from the "
      "sentence before) -> a realised ceasefire 0871 from the first-named (README: a realised ceasefire naming its "
      "parties 0871 from the first-named), one event for ceasefire and cessation of hostilities; 'the FARC delivered "
      "to the United Nations more than 9,000 weapons' = disarmament -> demobilize armed forces 0873 (README: 'must "
      "be disarmed' 0873) to the recipient org:UN (the Council's special mission) (borderline COL/GOV, the "
      "adversary); the FARC acted as a guerrilla group when they did this -> COL/REB (README: historic acts coded to "
      "the actor of the time; borderline COL/OPP, the political movement it had become by the speech, per the "
      "following sentence)"),
 24: ([("I congratulate you", "051", "BHS/GOV", "org:UNGA", False, A, N, False),
       ("I assure you of the full support and", "030", "BHS/GOV", "org:UNGA", False, A, N, False)],
      "Bahamas (2008); the sentence starts at 'Bahamas, I congratulate you' (the splitter cut after 'On behalf of "
      "the Government and people of the Commonwealth of the'); 'I congratulate you, Sir, on your assumption of the "
      "presidency of the Assembly' -> 051 to org:UNGA (README: commending the Assembly President's election 051 to "
      "org:UNGA), from the speaker's government only, since 'On behalf of the Government and people' lies before "
      "the cut (borderline a second 051 from BHS/CVL, README: thanks on behalf of a government and people give one "
      "051 from each); 'I assure you of the full support and cooperation of my delegation' -> one 030 (README: an "
      "assurance of 'support and cooperation' is one 030; assuring the Assembly President of cooperation 030 to "
      "org:UNGA) (borderline 032)"),
 25: ([], "Belarus (2011): 'Strengthening the United Nations is impossible without striking a balance among the "
          "interests of various groups of countries' = a general norm about UN reform, no actor"),
 26: ([], "Uzbekistan (2006): 'A universal convention on international terrorism could become an effective basis for "
          "joint counteraction' = a hypothetical multilateral treaty with no named party, a policy position, not coded "
          "(borderline a hypothetical 057 null -> null)"),
 27: ([("desire to find a peaceful and negotiated", "037", "GNB/GOV", "GNB/MIL", False, A, N, True),
       ("its contacts with", "040", "GNB/GOV", "GNB/MIL", False, A, N, True)],
      "Guinea-Bissau (1998); 'It is its desire to find a peaceful and negotiated solution to this crisis that has "
      "inspired the Government ... in its contacts with the members of the self-proclaimed military junta' = the "
      "Government's intent stated as a fact -> nominal 037 settle dispute (held-out 76 row 49: commitment to a just "
      "solution 037; borderline 036, the solution being 'negotiated'), and its contacts with the junta -> nominal "
      "040 (guideline: meet/discuss 040), both to the junta of Brigadier Ansumane Mane's 1998 army uprising -> "
      "GNB/MIL (guideline: military juntas MIL) (borderline GNB/REB, the junta being a mutiny against the legal "
      "Government rather than a ruling junta)"),
 28: ([("express satisfaction", "051", "EST/GOV", "org:UNGA", False, A, N, False)],
      "Estonia (1996); 'Estonia would like to express satisfaction at the recent overwhelming support for the "
      "Comprehensive Nuclear-Test-Ban Treaty adopted by the General Assembly' = a welcome ('would like to' "
      "performative) of the Assembly's vote adopting the Treaty (README: welcoming a General Assembly decision 051 "
      "to org:UNGA; 'satisfaction over the signing' a welcome) (borderline target null); the 'overwhelming support' "
      "= the votes of uncoded Member States for the Treaty, not coded separately (borderline a nominal 051 "
      "org:UNGA -> null, README: voting for a treaty is a 051 with no target); the adoption itself is the decision "
      "welcomed, not coded separately"),
 29: ([], "Ukraine (2013): 'two important events: the General Assembly special event ... and the inaugural meeting of "
          "the High-level Political Forum' = meeting nouns with no named pair of participants (guideline: event nouns "
          "without an agent), not coded (borderline a nominal 043 org:UNGA -> null)"),
 30: ([("occupied Syrian Golan", "192", "ISR/GOV", "SYR", False, A, N, True)],
      "Syria (1996); 'General Sharon, the Israeli Minister for Infrastructure, issued a decision last week "
      "allocating three new sites on the occupied Syrian Golan for building 600 housing units' = settlement "
      "building, which has no CAMEO code (held-out precedent: the building of settlements not coded), so the "
      "decision itself is not coded (borderline 1712, altering an occupied area); 'the occupied Syrian Golan' = an "
      "occupation named by a participle whose agent is plain in the same sentence (held-out: 'Israeli-occupied "
      "Golan' nominal 192) -> nominal 192 ISR/GOV -> bare SYR (guideline: target of an invasion) (borderline not "
      "coded as an adjective)"),
 31: ([], "Kiribati (2006): 'addressing the threat posed by the continuing illicit trade in small arms' and 'eliminate "
          "that threat' = figurative threats (guideline: threat as risk), agentless, not coded"),
 32: ([], "Ghana (1997): 'We hasten to warn that such double standards threaten the concept of collective security' = "
          "a warning about a risk (README: 'issues a warning' about harm is not a threat) and a figurative threat "
          "(guideline), no act between actors"),
 33: ([("We express our \nrecognition and profound gratitude", "051", "BFA/GOV", "QAT/GOV", False, A, N, False),
       ("his support", "070", "QAT/GOV", "SDN/GOV", False, A, N, True),
       ("his support", "070", "QAT/GOV", "SDN/REB", False, A, N, True)],
      "Burkina Faso (2011); 'We express our recognition and profound gratitude to the Emir of Qatar' -> thanks 051 "
      "(guideline: thank 051), the head of state -> QAT/GOV; 'for his support, which was critical to the success of "
      "the process' = Qatar's support for the Darfur peace process, its agent from the thanks (README: thanks 'for "
      "the ongoing support' gives the support its agent) -> nominal 070 (borderline 045, Qatar having hosted and "
      "co-mediated the Doha talks), going to the process's parties the document names (held-out 8: support aimed "
      "at a process goes to its named parties): the Government of the Sudan -> SDN/GOV and the Liberation and "
      "Justice Movement, an armed movement -> SDN/REB (preceding sentences) (borderline target null)"),
 34: ([], "Sweden (1994): 'Agreements that were inconceivable only a few years ago have been concluded' = an agentless "
          "passive about disarmament agreements whose parties neither this sentence nor the one before names, not "
          "coded (borderline a 057 null -> null)"),
 35: ([], "Luxembourg (1994): 'The United Nations today finds itself forced to face entirely new challenges, to deal "
          "with an ever-growing number of demands and missions' = a description of the Organization's workload, no "
          "act between actors"),
 36: ([("presided \nover a meeting", "043", "NOR/GOV", N, False, A, N, False)],
      "Norway (2013); 'This afternoon ... I presided over a meeting of the Ad Hoc Liaison Committee for the "
      "Coordination of the International Assistance to Palestinians' = chairing (convening) a meeting, Norway "
      "chairing the AHLC -> 043 (guideline: host/convene 043) from the speaker's government; the AHLC, the donor "
      "group, has no code and the document names none of its members -> target null (README: a group without a code "
      "is each member the document names) (borderline PSE/GOV, the Palestinian Authority taking part, or 040); the "
      "assistance in the Committee's name is a name, not coded"),
 37: ([("condemns emphatically", "111", "STP/GOV", N, False, A, N, False),
       ("has joined other \nStates in the region to combat", "062", "STP/GOV", N, False, A, N, False)],
      "Sao Tome and Principe (2013); 'transnational crimes such as the trafficking of arms, drugs and persons, which "
      "Sao Tome and Principe condemns emphatically' -> 111 with no target, the traffickers unnamed (README: "
      "condemning attacks by unnamed perpetrators is the speaker's 111 with no target); 'my country has joined other "
      "States in the region to combat such activities' = security cooperation 062 (README: security cooperation 062; "
      "borderline 050), the other States unnamed -> target null (borderline org:GGC, the Gulf of Guinea Commission "
      "named in the preceding paragraph); 'has taken steps at the national level' is domestic, not coded"),
 38: ([("we support", "051", "NPL/GOV", "PSE", False, A, N, False)],
      "Nepal (2011); 'It is our principled position that we support a fully independent and sovereign Palestinian "
      "State based on United Nations resolutions' = verbal support (guideline: 051) for Palestinian statehood -> "
      "the bare country PSE (held-out 23 row 42 and later sets: support for Palestinian statehood 051 -> PSE); "
      "borderline not coded as an abstract policy position"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Ethiopia (2019): the origin of out-of-school children = a description, no act"),
 40: ([], "Azerbaijan (2016): 'We hope that the adoption of the 2030 Agenda ... will be one such milestone' = an "
          "optative evaluation of an agentless adoption, not coded"),
 41: ([], "Slovenia (2005): 'frustration ... drives terrorists to commit radical actions' = uncoded terrorists' "
          "violence with no named target, a generic explanation, not coded (borderline a 180 null -> null)"),
 42: ([], "Singapore (2019): 'Singapore takes climate change very seriously' = an attitude, no act"),
 43: ([], "Guatemala (2014): 'We are concerned that in Central Europe principles ... such as respect for territorial "
          "integrity, are being put to the test' = expressed concern (01x, not coded), an agentless allusion to the "
          "Ukraine crisis with no named actor"),
 44: ([("satisfaction of the international", "051", N, "org:UN", False, A, N, True)],
      "Mauritania (2001); 'the re-election of the Secretary-General to a second term reflected the satisfaction of "
      "the international community' = approval of Kofi Annan expressed by an uncoded collective through his "
      "re-election (README: praise from uncoded collectives is a 051 with no source; 'has already received credit' "
      "051 with no source) -> nominal 051, no source, the Secretary-General -> org:UN (README: supporting the "
      "Secretary-General 051 to org:UN) (borderline not coded, 'satisfaction' as a sentiment); the re-election "
      "itself is an appointment, not coded"),
 45: ([], "Indonesia (2012): 'if, once again, we end up being divided and unable to positively alter the course of "
          "the conflict' = 'we' meaning all states (held-out 42/43), a hypothetical about the Syrian conflict, not "
          "coded"),
 46: ([("their \nforces have made possible", "074", "org:AU", "SOM", False, A, N, False),
       ("their \nforces have made possible", "074", "UGA/MIL", "SOM", False, A, N, False),
       ("their \nforces have made possible", "074", "BDI/MIL", "SOM", False, A, N, False)],
      "Somalia (2011); 'the achievements in security that their forces have made possible in the city' = 'their' = "
      "'the African Union, and especially Uganda and Burundi' of the preceding sentence, i.e. AMISOM -> "
      "peacekeeping 074 to the country served (README: troops in ISAF or UNIFIL are 074 to the host country; "
      "held-out: AU, Uganda and Burundi's 'support in stabilizing our country' 074 -> SOM), one per named "
      "contributor (guideline: compound split): the organisation -> org:AU (README: ECOMOG's peacekeeping "
      "org:ECOWAS), the national contingents -> UGA/MIL and BDI/MIL (guideline: /MIL for armed forces) "
      "(borderline org:AU only, or UGA/GOV and BDI/GOV); 'the conference was safely held in Mogadishu' is an "
      "agentless passive, its host not named in this sentence or the one before (borderline 043 SOM/GOV -> null)"),
 47: ([("European Union-brokered", "045", "org:EU", "SRB/GOV", False, A, N, True),
       ("European Union-brokered", "045", "org:EU", "XKX/GOV", False, A, N, True),
       ("talks between Belgrade and Pristina", "046", "SRB/GOV", "XKX/GOV", False, A, N, True)],
      "Greece (2011); 'Recent progress in the European Union-brokered talks between Belgrade and Pristina' = a "
      "mediation noun naming its broker -> nominal 045 from the broker to each party (README: 'EU-brokered "
      "discussions' 045 from the broker to each party), and a negotiation noun naming its parties -> nominal 046 "
      "from the first-named (held-out 76 row 26: negotiations between named parties a nominal 046); capital "
      "metonyms: Belgrade -> SRB/GOV, Pristina -> XKX/GOV (guideline: Kosovo XKX); 'the tensions we saw in the "
      "region over the summer' (the northern Kosovo border clashes) are agentless, not coded"),
 48: ([], "Rwanda (1997): 'Congo (Brazzaville), where precisely the same scenario as in the Central African Republic "
          "is being played out' = the scenario lies in the preceding sentence ('the keepers of the old order ... "
          "using violence against an elected Government'), so the act lies outside the sentence (held-out 54-61: "
          "fragments whose act lies outside the sentence left uncoded; borderline a 180 COG/OPP -> COG/GOV)"),
 49: ([], "Eritrea (2017): 'if we pinned all our hopes on the goodwill of those who currently enjoy disproportionate "
          "power' = 'we' meaning the developing countries, a hypothetical attitude, no act"),
 50: ([], "Bhutan (1997): the sentence starts at 'Nations will not be possible' (the splitter cut after 'All the "
          "efforts to reform and revitalize the United'); UN reform and the Organization's finances = a reform "
          "position (held-out 54-61), not coded"),
 51: ([], "Mauritania (2014): 'reform of the world economic system ... through greater promotion of the role of the "
          "United Nations' = an abstract reform position, no actor"),
 52: ([], "Mozambique (2005): 'The Government ... is now fully engaged in the implementation of its programme for "
          "2005-2009' = domestic policy, no act between actors"),
}
