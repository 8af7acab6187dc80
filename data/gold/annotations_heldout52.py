"""Hand annotations for the FIFTY-SECOND held-out event gold set (source of events-heldout52.jsonl).

Keyed by the row index of selection-heldout52.jsonl (output of select_bulk_heldout.py 52; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout52.jsonl \
        --annotations annotations_heldout52 --output events-heldout52.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("welcoming", "051", "AFG/GOV", "ZAF/GOV", False, A, N, False),
      ("welcoming", "051", "AFG/GOV", "ZAF/OPP", False, A, N, False),
      ("release", "0841", "ZAF/GOV", "ZAF/OPP", False, A, N, True),
      ("talks", "046", "ZAF/OPP", "ZAF/GOV", False, A, N, True)],
     "Afghanistan (1990); 'While welcoming the release of Mr. Nelson Mandela and the beginning of talks between the "
     "African National Congress of South Africa and the South African Government' = 051 (guideline: welcome) to "
     "the parties of the welcomed acts, one event per party (held-out 50/51: welcoming cross-Strait dialogue is 051 "
     "to each side), the South African Government once for both acts; the ANC of 1990 and Mandela -> ZAF/OPP "
     "(held-out 26/27); the release is a nominal 0841 whose agent, the South African Government, is plain from the "
     "sentence (held-out 48/49: agent plain from the text around it); the talks a nominal 046, symmetric -> from the "
     "first-named party; 'the apartheid regime has not yet been dismantled' = an agentless passive, not coded"),
 1: ([], "Egypt (2006): 'That will require the launching and strengthening of the Darfur-Darfur dialogue ... and to "
         "convince the parties that have not yet signed it to do so' = an agentless requirement (no one named to "
         "launch the dialogue or to convince), not coded; 'have not yet signed' = a negated 057 of the unnamed Darfur "
         "non-signatory parties toward an agreement, no coded actor pair, not coded"),
 2: ([], "Panama (1993): 'Violations of human rights ... attack the person ...; they also attack institutional "
         "stability' = figurative attack (guideline), agentless violations, not coded"),
 3: ([("will never give up working with", "030", "org:EU", "org:UN", False, F, N, False)],
     "European Union (2017); 'The European Union will never give up working with and within the United Nations' = a "
     "commitment to continued cooperation -> a future cooperative act gets 03x with modality future (guideline), "
     "030 to org:UN; the negation bears on 'give up', not on the cooperation (guideline: 'never ceased to demand' is "
     "asserted), so not negated; borderline 032 asserted as a pledge"),
 4: ([], "Cape Verde (2009): 'they [peace, security and development] have never before been as threatened' = "
         "figurative threat to abstract goods (guideline), not coded"),
 5: ([], "Albania (1996): reform of the Security Council 'will not aid the cause of global peace' unless ... = "
         "figurative aid to a cause and UN reform, an abstract policy position (held-out 7), not coded"),
 6: ([("sending out", "074", "org:UN", N, False, A, N, False),
      ("pay tribute", "051", "FRA/GOV", "org:UN", False, A, N, False)],
     "France (2012); 'we are sending out 100,000 Blue Helmets who act on our behalf' = peacekeeping deployment -> 074 "
     "(held-out 50: 'deployment of United Nations military observers' 074 org:UN, no target); 'we' = the UN "
     "membership acting together (preceding text 'we have been able together'), coded as org:UN (borderline "
     "FRA/GOV); no single mission country named -> target null; 'I would like to pay tribute to them' = performed "
     "now -> 051 FRA/GOV to the Blue Helmets -> org:UN (held-out 50: 'pay special tribute' 051 to org:UN); 'the "
     "United Nations has not been able to put an end to war, atrocities and attacks' = a negated ability toward "
     "agentless wars, not coded; 'the blocking of our own institutions' has no agent"),
 7: ([("resort to its unfailing veto", "129", "USA/GOV", "org:UNSC", True, F, N, False),
      ("killed", "202", "ISR/GOV", "LBN/CVL", False, A, N, False)],
     "Lebanon (2006); 'We also hope that the United States will not resort to its unfailing veto' = CAMEO 129 veto, "
     "in the Security Council -> org:UNSC, negated, 'will' -> future (hoped-for); 'thus allowing for the indictment "
     "of Israel's actions' = an agentless hoped-for indictment, not coded; 'the thousands of innocent civilians who "
     "were killed and maimed by the ... bombs' = killings of many civilians -> 202 (guideline), one event for "
     "'killed and maimed'; the agent is plain from the sentence ('Israel's actions') and the preceding text "
     "(weaponry 'first tested by Israel on our soil') -> ISR/GOV (held-out 50: 'destroyed' USA/GOV -> IRQ/GOV), "
     "victims in Lebanon -> LBN/CVL (borderline an agentless 202 with no source)"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("official visits", "042", "VAT/GOV", "PRY/GOV", False, A, N, True),
      ("official visits", "042", "org:UN", "PRY/GOV", False, A, N, True),
      ("official visits", "042", "RUS/REL", "PRY/GOV", False, A, N, True)],
     "Paraguay (2017); 'our country has had official visits from His Holiness Pope Francis, former Secretary-General "
     "Ban Ki-moon, His Holiness Patriarch Kirill of Moscow and all Rus'' = visits -> 042 (guideline), one event per "
     "named visitor (guideline: compound split): Pope Francis -> VAT/GOV (held-out 9), Ban Ki-moon -> org:UN (the "
     "visits fall in 2013-2017, while he was Secretary-General; borderline null as 'former'), Patriarch Kirill -> "
     "RUS/REL; 'of Moscow' is part of a title, not a metonym; 'other top officials from multilateral organizations "
     "and various Heads of State and international eminent persons' = uncoded collectives, not coded; 'honoured us "
     "with their presence' is the same visits; nominal (event noun with its agents)"),
 9: ([("we urge", "106", "AUT/GOV", "SRB/GOV", False, A, N, False),
      ("we urge", "106", "AUT/GOV", "XKX/GOV", False, A, N, False)],
     "Austria (2006); 'we urge both Belgrade and Pristina to engage in these negotiations constructively' = a "
     "request (guideline: urge -> 10x), Y = negotiations -> 106, one event per addressee; capital metonyms "
     "Belgrade -> SRB/GOV (2006, after Montenegro's independence, welcomed in the preceding text) and Pristina -> "
     "XKX/GOV (held-out 26: 'Direct negotiations between Belgrade and Pristina' SRB/GOV, XKX/GOV); the "
     "negotiations themselves (Y) not coded separately"),
 10: ([("wave of attacks", "180", N, "USA", False, A, N, True),
       ("condemned", "111", "GNB/GOV", N, False, A, N, False)],
      "Guinea-Bissau (2001); 'the wave of attacks perpetrated on 11 September ... against the Pentagon in Washington "
      "and the World Trade Center in New York' = terrorist attacks whose perpetrators the sentence does not name -> "
      "180 with no source (held-out: 'assassinated in terrorist attacks' 180 null -> TCD/CVL; held-out 26/27: an "
      "agentless bombing coded with no source), target the United States as a whole (USA, the sentence's 'against "
      "the United States of America'); 'the cowardly terrorist acts perpetrated against the United States' = the "
      "same attacks, coded once; 'the President of the Republic, Mr. Kumba Yala, who promptly and strongly "
      "condemned the cowardly terrorist acts' = 111 GNB/GOV, the perpetrators uncoded -> target null (held-out: 'we "
      "condemn the terrorist attacks' 111 MRT/GOV -> null); Washington is a place, not a metonym; 'great concern' is "
      "01x"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("had been occupying", "192", "ISR/GOV", "PSE", False, A, "PSE/GOV", False)],
      "Israel (Netanyahu, 2011); 'Maybe that is what he meant the other day when he said that Israel had been "
      "occupying Palestinian land for 63 years' = occupation -> 192 (guideline), inside the complement of 'he said' "
      "-> reported_by the speaker 'he' = President Abbas (preceding text) -> PSE/GOV; the occupied land as a whole "
      "-> PSE (guideline: bare country as target of an invasion); the speech verb not coded; Netanyahu disputes the "
      "claim, but the event is still Abbas's reported claim"),
 12: ([("I express my appreciation", "051", "MDV/GOV", N, False, A, N, False)],
      "Maldives (2003); 'I express my appreciation of the donor community's willingness to help those countries' = "
      "performed praise -> 051 (guideline: thank/praise), the donor community an uncoded collective -> target null "
      "(guideline; held-out 27: 'we value the efforts' 051 GTM/GOV -> null); the willingness to help is an "
      "attitude of an uncoded collective toward uncoded LDCs, null-null, not coded; 'the Monterrey pledges remain "
      "far from being realized' = agentless, not coded"),
 13: ([], "Cameroon (2018): 'more than 90 per cent of the victims of war ... are killed by that type of weapon' = an "
          "agentless passive statistic; 'according to available statistics' names no party; not coded"),
 14: ([], "Brazil (1994): 'the Heads of State and Government of the 14 nations ... which form the Group of Rio met in "
          "Rio de Janeiro and stated that ...' = a meeting among the members of a group that has no code here "
          "(uncoded collective meeting among itself, null-null), not coded (borderline 043 BRA/GOV as host, but the "
          "sentence does not say Brazil hosted it); 'stated' is 01x; 'the Latin American and Caribbean region must "
          "be included in any expansion of the Security Council' = UN reform, an abstract position, not coded"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Laos (2006): 'policies of support for small and medium enterprises will be implemented' = a domestic "
          "economic policy, agentless passive, not an event between political actors"),
 16: ([("welcomes", "051", "ECU/GOV", N, False, A, N, False)],
      "Ecuador (1996); 'Ecuador welcomes the growing trend towards democratization: more and more countries have "
      "adopted multi-party systems, organized free and fair elections' = 051 (guideline: welcome) of the acts of an "
      "uncoded collective ('more and more countries') -> target null (held-out 50: 'we welcome the creation' 051 "
      "SWZ/GOV -> null; borderline not coded as welcoming a trend); the domestic reforms are not coded"),
 17: ([], "Timor-Leste (2012): mothers and children 'will continue to die ... due to lack of access to services' = "
          "no agent, not coded"),
 # --- UNGDC 1990-2019 random: demand
 18: ([("hailing", "051", N, "org:UN", False, A, N, True)],
      "Nigeria (2000); 'This prospect must ... have been the basis for hailing the United Nations system for its own "
      "role in and contribution to these achievements' = praise -> 051 to org:UN; the speculation ('must have "
      "been') bears on the basis, the hailing itself is presupposed -> asserted; its agents, 'so many of us', are an "
      "uncoded collective (the membership) -> source null; gerund -> nominal; borderline not coded"),
 19: ([], "Cambodia (2019): development 'should be a positive factor in tackling' problems = an abstract deontic "
          "with no actor, not coded"),
 20: ([], "Republic of Korea (2015): 'Japan's new defence and security legislation should be implemented "
          "transparently and in a way that is conducive to friendly relations' = a deontic on Japan's implementing "
          "its own legislation, not a codable behaviour toward another actor (guideline: if Y is not a codable "
          "behaviour, nothing is coded); 'friendly relations' is a hoped-for effect"),
 21: ([("is participating in the United Nations", "074", "GIN/GOV", "COD", False, A, N, False),
       ("signed", "057", "GIN/GOV", "org:UNHCR", False, A, N, False)],
      "Guinea (1995); 'Guinea, which is participating in the United Nations security mission in the Rwandese refugee "
      "camps in Zaire' = contributing to a UN security mission -> 074 peacekeeping (held-out 50: 'a contributor of "
      "peacekeepers' 074 HRV/GOV -> SLE, the country of the mission), target the country where the camps lie -> "
      "COD (Zaire keeps its current code, held-out 26/27; borderline RWA/CVL, the refugees protected); 'in keeping "
      "with a framework agreement signed with the Office of the United Nations High Commissioner for Refugees' = "
      "agreement concluded -> 057 (guideline), Guinea the signatory (the relative clause's subject) -> GIN/GOV to "
      "org:UNHCR; 'no effort should be spared to calm extremism' is an agentless deontic"),
 22: ([], "Tanzania (1996): 'We must restore the development agenda to the heart of ... the United Nations' = "
          "agenda setting, no codable behaviour (guideline: Y not a codable behaviour -> nothing coded)"),
 23: ([("calls on its partners", "100", "BDI/GOV", N, False, A, N, False)],
      "Burundi (1999); 'The Government of Burundi calls on its partners to reassess the situation and consider the "
      "realities on the ground as a matter of great urgency' = a request (guideline: call on -> 10x) to uncoded "
      "partners -> target null (held-out 47 row 2, 48 row 4), Y = reassessing the situation, no more specific "
      "sub-code -> 100 (held-out 27: 'We urge all parties' 100)"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "Morocco (2004): 'Morocco takes pride in contributing to African endeavours designed to meet the challenge "
          "of achieving peace, development ... the very objectives of NEPAD' = support for abstract goals, no "
          "counterpart (guideline: abstract policy positions not coded)"),
 25: ([("remains committed to extending to others", "030", "FSM/GOV", N, False, A, N, False)],
      "Micronesia (2019); 'Micronesia remains committed to extending to others ... peace, cooperation, friendship' = "
      "an intent to cooperate stated as a fact -> 030 asserted (guideline: explicit intent verb stated as a fact), "
      "'others' uncoded -> target null (held-out 26: 'will not hesitate to support other members' 030 -> null)"),
 26: ([], "Zambia (2018): 'we need strengthened and mutually beneficial partnerships' in South-South, regional and "
          "development cooperation = a need with no counterpart named, abstract, not coded"),
 27: ([], "Russia (2016): 'it is necessary to think about the task of preventing the proliferation of terrorist and "
          "extremist ideology' = an agentless deontic about ideas, not coded; 'holds youth hostage' is figurative"),
 28: ([("condemnation", "111", "TON/GOV", N, False, A, N, True)],
      "Tonga (2006), a fragment that begins '60/288), which forms a basis upon which we can build our consistent and "
      "unequivocal condemnation of terrorism in all its forms' = the speaker's standing condemnation -> 111, nominal "
      "(held-out: 'reaffirms its condemnation', 'reiterates its firm condemnation' 111 -> null), terrorism "
      "committed 'by whomever' -> target null; 'consistent' = habitual -> asserted ('can build' bears on the "
      "strategy as a basis); 'threats to international peace' is figurative"),
 29: ([("support", "051", N, "THA/GOV", False, F, N, True)],
      "Thailand (2017); 'We hope to receive support from Member States in that regard' = support for Thailand's draft "
      "resolution (preceding sentence) -> verbal support 051, nominal; Member States an uncoded collective -> source "
      "null, to THA/GOV; hoped-for -> future (held-out: 'hope to conclude further agreements' future); no request "
      "verb, so no REQUEST (borderline a 10x THA/GOV -> null)"),
 30: ([("supports", "051", "PRY/GOV", "org:UN", False, A, N, False)],
      "Paraguay (1995), a fragment cut by the splitter: 'Of course Paraguay supports the work of the United [Nations]' "
      "= 051 (guideline: express support) to org:UN (the document continues 'Nations')"),
 31: ([], "Sierra Leone (1990): 'This appeal is also being made in full realisation of the divine purpose of our "
          "creation' = the speaker's appeal (preceding sentence) for all nations to 'join in peace and harmony' on "
          "the journey of development, an appeal to an uncoded collective whose content is not a codable behaviour, "
          "repeated here as an event noun; not coded"),
 32: ([("I wish to assure the President", "030", "IRN/GOV", "org:UNGA", False, A, N, False)],
      "Iran (1993); 'I wish to assure the President of my delegation's unreserved cooperation in this common "
      "endeavour' = a pledge of cooperation -> 030 to the President of the General Assembly -> org:UNGA (held-out "
      "50: 'we assure him' 030 GAB/GOV -> org:UNGA; 51: 'assures the Assembly of its full cooperation' 030)"),
 33: ([], "Tanzania (1991): 'our opposition to colonialism, apartheid and all forms of racism, as well as our support "
          "for all efforts for development, disarmament and ... the environment' = abstract policy positions (guideline) "
          "against systems and for goals, no named counterpart (borderline 111 TZA/GOV -> ZAF/GOV for apartheid), "
          "not coded"),
 34: ([("worked together", "050", "TUR/GOV", "AFG", False, A, N, False),
       ("resumed cooperation", "050", "TUR/GOV", "AFG", False, A, N, False)],
      "Turkey (2001); 'Turkey worked together with the Afghan people from the 1920s to the 1960s; and it resumed "
      "cooperation again in the early 1990s' = cooperation of unspecified kind -> 050 (held-out 50: 'cooperation' "
      "050), two distinct episodes, each coded; 'the Afghan people' = the country as a whole over several regimes "
      "-> AFG (guideline: bare country for historic relations; borderline AFG/CVL)"),
 35: ([], "Tonga (2016): 'The proliferation of weapons ... threatens international peace' = figurative threat; "
          "'when Governments invest in the manufacture and trade in arms' = an uncoded collective, no counterpart"),
 36: ([("are appealing to all countries", "100", "TZA/GOV", N, False, A, N, False)],
      "Tanzania (2014); 'Tanzania and Africa as a whole are appealing to all countries from all continents to do "
      "whatever it takes to ensure that COP-21 delivers' = a request (guideline: appeal -> 10x) to an uncoded "
      "collective -> target null, Y unspecific -> 100; compound source: 'Africa as a whole' is an uncoded "
      "collective, so coded for Tanzania only (held-out 2: a compound of a coded and an uncoded party)"),
 37: ([], "Poland (2013): 'the United Nations is to be a centre for such international cooperation' = a role for the "
          "UN, no act between actors"),
 38: ([("signed", "057", "UKR/GOV", "RUS/GOV", False, A, N, False),
       ("signed", "057", "UKR/GOV", "org:OSCE", False, A, N, False)],
      "Moldova (1997), a fragment that begins '(OSCE) signed a joint Declaration': its subject, 'the Presidents of "
      "Ukraine and the Russian Federation and the Chairman-in-Office of the OSCE', stands in the preceding text "
      "(guideline: a missing participant taken from the context the document makes plain; held-out 51 fragments) -> "
      "signing -> 057 (guideline), a joint act coded symmetric from the first-named signatory to each other one "
      "(guideline: symmetric meeting from the first-named actor; held-out 51: 'have concluded' 057); borderline one "
      "057 per signatory to MDA/GOV; 'the parties' commitment in the memorandum' (Moldova and the Transdniestrian "
      "authorities) is the declaration's content, not coded"),
 39: ([("had pledged", "0333", "CHN/GOV", "TWN/CVL", False, A, N, False)],
      "Saint Lucia (1999); 'the news that the People's Republic of China had pledged assistance to the Taiwanese "
      "across the Taiwan Strait' = a pledge of relief after the earthquake (preceding text) -> intent to provide "
      "humanitarian aid 0333 asserted (guideline: 'pledged' stated as a fact gives 03x asserted; held-out 26: an "
      "announced contribution 0333), to the people of Taiwan -> TWN/CVL (earthquake victims); 'a surge of hope' is "
      "an attitude, the news is not attribution"),
 40: ([("support", "070", N, "COD/GOV", False, F, N, True)],
      "Democratic Republic of the Congo (2014); 'And we count on the support of our partners in prioritizing "
      "everything that may involve' = expected aid -> nominal 070 (held-out 51: 'We have always counted on United "
      "Nations support' nominal 070), partners uncoded -> source null, to COD/GOV; the support is expected for the "
      "stabilisation effort announced 'from now on' -> future (held-out 50/51: aid tied to expected progress is "
      "future)"),
 41: ([("extermination", "202", "DEU/GOV", N, False, A, N, True)],
      "Israel (Netanyahu, 2009); 'the minutes of the meeting of senior Nazi officials instructing the Nazi Government "
      "exactly how to carry out the extermination of the Jewish people' = the Holocaust, mass killing -> 202 "
      "(guideline: massacres 202; held-out 27: 'killing' 202), agent the Nazi Government -> DEU/GOV (historic "
      "state, 1942), the Jewish people of Europe have no country code -> target null; the meeting and the "
      "instructions are internal to one government (same actor), not coded; asserted (a historic fact, though "
      "planned in the minutes; borderline future)"),
 42: ([], "Bosnia and Herzegovina (2000): implementing the Dayton/Paris Peace Agreement 'remains the main focus of the "
          "activities of the authorities' = domestic implementation, no act toward another actor"),
 43: ([], "Denmark (1993): 'In the Nuuk Declaration, adopted and signed at that Conference, the eight Arctic "
          "countries recognized the special role of indigenous peoples' = an agentless passive signing of a "
          "declaration whose eight signatories the document does not name (an uncoded collective), and a "
          "recognition that is a stated view (01x); not coded (borderline 057 per signatory by world knowledge)"),
 44: ([], "Sweden (2007): 'the threat of nuclear war and of weapons of mass destruction falling into the hands of "
          "terrorists' = a risk (guideline: figurative 'threat'), no actor, not coded"),
 45: ([("We reaffirm our support", "051", "BHS/GOV", N, False, A, N, False)],
      "Bahamas (2014); 'We reaffirm our support for that important project' = the permanent memorial to the victims "
      "of slavery (preceding sentence) -> 051 (guideline: express support), the project's sponsors not named in the "
      "sentence or the preceding text (CARICOM's efforts concern restorative justice) -> target null (held-out 26: "
      "'We support all international efforts' 051 -> null)"),
 # --- UNGDC 1990-2019 random: no cue
 46: ([], "Malta (2007): 'We are concerned with the life and survival of those that do not have a voice' = 01x "
          "concern; the human rights violations and discrimination are agentless"),
 47: ([("aggression", "190", "USA/GOV", "SDN", False, A, N, True)],
      "Sudan (1999); 'the flagrant aggression by the United States of America against that factory', the bombing of "
      "the Al-Shifa pharmaceutical factory (preceding sentence) -> 'aggression' 190 (guideline), nominal with its "
      "agent, USA/GOV (held-out 50: 'destroyed' USA/GOV -> IRQ/GOV); the factory in Khartoum, privately owned, "
      "stands for Sudan as a whole -> SDN (borderline SDN/BUS); 'I addressed the General Assembly' is a speech, 01x"),
 48: ([("had been settled", "057", "AUT/GOV", "ITA/GOV", False, A, N, False)],
      "Austria (1992); 'On 19 June the two countries were able to inform the Secretary-General that the dispute ... "
      "had been settled' = the settlement of the South Tyrol dispute between Austria and Italy (named in the "
      "preceding sentences: 'Austria and Italy reached agreement on a package of 137 measures') -> formal "
      "agreement 057 (guideline: agreements concluded), symmetric -> from the speech's own government to the other; "
      "informing the Secretary-General is a statement (01x), not coded; borderline a notification 030 to org:UN"),
 49: ([], "Luxembourg (1993): changes in the balance of forces 'have allowed nationalism and regionalism to develop' "
          "= no actor, not coded"),
 50: ([("associates itself with", "051", "COG/GOV", "org:AU", False, A, N, False)],
      "Congo (2003); 'My delegation associates itself with the statement made ... by Mr. Joaquim Alberto Chissano, "
      "President of the Republic of Mozambique, on behalf of the African Union' = endorsement -> 051, to the body on "
      "whose behalf the statement was made -> org:AU (borderline MOZ/GOV, its speaker)"),
 51: ([], "Romania (2012): the universal periodic review 'can also respond to new human rights challenges' = an "
          "instrument, no actor"),
 52: ([], "Venezuela (1998): the world war 'was followed by two decades of lavishness and squandering' = no actor, "
          "not coded"),
 53: ([], "Sweden (1999): a fragment cut by the splitter, 'I would like to highlight four key areas that we, the', "
          "no event"),
 54: ([], "Lesotho (2006): 'Much has been said about the HIV/AIDS pandemic' = agentless statement, 01x"),
 55: ([], "Ukraine (2019): 'when the United Nations was established in 1945' = an agentless passive founding, and its "
          "goal 'to maintain and strengthen international peace' is abstract"),
 56: ([], "Bahrain (1997): a fragment cut by the splitter, 'In the light of the new world realities, the United', no "
          "event"),
 57: ([], "Poland (2016): 'when people want to build too rapidly while destroying what our forebearers left behind' = "
          "generic people, figurative destruction, not coded"),
 58: ([], "Laos (2001): 'considers that it is high time that our Organization played a growing role ... in the combat "
          "against terrorism' = a deontic for the UN's role against an unnamed enemy, not a codable behaviour toward "
          "a coded actor; 'views the current situation with great concern' is 01x"),
 59: ([], "Hungary (2007): 'It is up to each Member State to make the work of the Assembly meaningful and to ensure "
          "that the Assembly takes up issues ... and takes decisions' = a deontic for all states (uncoded) about the "
          "Assembly's agenda, no codable behaviour"),
}
