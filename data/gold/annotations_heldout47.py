"""Hand annotations for the FORTY-SEVENTH held-out event gold set (source of events-heldout47.jsonl).

Keyed by the row index of selection-heldout47.jsonl (output of select_bulk_heldout.py 47; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout47.jsonl \
        --annotations annotations_heldout47 --output events-heldout47.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("Khmer Rouge\ngenocide", "202", "KHM/GOV", "KHM/CVL", False, A, N, True)],
     "Timor-Leste (2004); 'the Khmer Rouge genocide' = an event noun with its agent named in the phrase (guideline: "
     "nominal events with an explicit agent are coded; held-out 18/19: genocide 202), a historic act of the regime "
     "of the time (preceding sentence: 'an evil regime was deliberately purging the nation and murdering hundreds "
     "of thousands'; held-out 5: a historic act is coded to the government of its time) -> KHM/GOV (Democratic "
     "Kampuchea, borderline KHM/REB), the victims the Cambodian people -> KHM/CVL; 'the Security Council never even "
     "discussed' it = a negated deliberation of a UN organ about a situation, an internal meeting with no "
     "counterpart, not coded (borderline negated 040 org:UNSC -> KHM/GOV, or a negated 111 as held-out 40/41's "
     "body 'silent on repression')"),
 1: ([], "United Arab Emirates (2019): 'multilateralism has not responded to the challenges' = no actor; 'weak "
         "enforcement of international law and Security Council resolutions' and 'disregard for the role of regional "
         "organizations' are agentless nouns; 'the efforts of the international community' = an uncoded collective, "
         "no act named"),
 2: ([("strongly urges", "102", "CRI/GOV", N, False, A, N, False)],
     "Costa Rica (1990); urging 'those Member States that have not done so' (an uncoded class -> target null, "
     "held-out 3 row 4, 45 row 0) 'to join the international human rights agreements and take the steps required "
     "to guarantee full compliance with them' = one request verb with two demands, the most specific taken "
     "(held-out 9): joining (ratifying) agreements -> demand diplomatic cooperation 102 (held-out 43 row 18, 45 row "
     "0: calls to ratify a convention 102; borderline 1043 rights); Y not coded separately (guideline); 'have not "
     "done so' = a negated 057 of an uncoded class, null-null, not coded"),
 3: ([("we welcome the Republic of Latvia", "051", "EST/GOV", "LVA/GOV", False, A, N, False),
      ("we welcome the Republic of Latvia", "051", "EST/GOV", "LTU/GOV", False, A, N, False),
      ("have never gone to war", "190", "EST/CVL", "LVA/CVL", True, A, N, False),
      ("have never gone to war", "190", "EST/CVL", "LTU/CVL", True, A, N, False)],
     "Estonia (1991); welcoming Latvia and Lithuania on their admission to the UN (preceding sentences: the two "
     "Koreas, Micronesia and the Marshall Islands welcomed 'as full members') -> 051 to each GOV (held-out 32 row "
     "35, 35 row 31: welcoming an admission 051 to each new member; the admission itself is the UN's act, not "
     "coded); 'the peoples of the Baltic States have never gone to war against each other' = plain negation of a "
     "war verb -> negated 190 (guideline: 'never met', 'without entering into war'; held-out 44 row 4: 'did not "
     "commit aggression' negated 190 of a people, PSE/CVL), the peoples -> CVL (borderline bare EST/LVA/LTU for "
     "historic wars); the reciprocal among three parties is coded from the document's own side to each other "
     "(guideline: symmetric acts from the document's own government; held-out 44 row 27), the Latvia-Lithuania "
     "pair not coded (borderline a third event LVA/CVL -> LTU/CVL; borderline not coded at all as a historical "
     "generalization)"),
 4: ([("they have never agreed", "057", "SOM/REB", "SOM/REB", True, A, N, False)],
     "Djibouti (1999); the splitter cut the sentence after 'Despite the \u201clegitimacy\u201d'; 'they' = the Somali "
     "warlords, the 'criminal elements that usurped power' of the preceding sentences ('the warlords can offer "
     "nothing that would lead us to believe that they will ever agree on a lasting settlement') -> unnamed Somali "
     "factions -> SOM/REB (held-out 36/37: unnamed Somali factions SOM/REB; held-out 34/35: unnamed outlaw groups "
     "the country's REB); 'they have never agreed, and will never agree, on anything' = plain negation of an "
     "agreement among the factions -> negated 057 (guideline: agreements concluded 057; borderline 030), the "
     "factions on both sides map to one code, coded once (held-out 26/27: each pair coded once; held-out 24/25: "
     "GTM/JUD -> GTM/JUD); 'and will never agree' repeats the same negated event as a forecast, coded once "
     "(guideline: a repeated mention; borderline a second negated 057 with modality future); the 'legitimacy' "
     "wrongly accorded them by the international community (an uncoded collective) is an evaluation of their "
     "standing, its noun in the preceding text (borderline 054 null -> SOM/REB)"),
 5: ([], "Cuba (1995): 'Those discussions have not been free from brushes with fashionable neo-liberal ideas that "
         "equate development with assistance and set up chains of conditionalities' = debates in the UN and the ideas "
         "in them, no actor; the conditionalities are set up by 'ideas' (figurative), no named actor pair"),
 6: ([], "Albania (1990): changes in Central and Eastern Europe 'call for serious and wise reflection and action on the "
         "part of us all' = abstract, 'us all' an uncoded collective"),
 7: ([], "Iceland (1997): 'our Organization has not been endowed to meet those challenges' = an agentless passive about "
         "the UN's capacity; 'has not' negates no event between actors"),
 # --- UNGDC 1990-2019 random: capital
 8: ([], "Ireland (1993): 'The signature of the agreement in Washington was an act of the highest statesmanship and "
         "courage' = the Israel-PLO Declaration of Principles (preceding sentence: 'agreement ... between the two great "
         "historical traditions'), an event noun whose parties are not named in the sentence (guideline: event nouns "
         "without an agent are not coded; held-out 26 row 30, 44 row 9; borderline nominal 057 ISR/GOV -> PSE/GOV "
         "from the context); Washington is the venue, not a metonym; the praise is an evaluation of the act (borderline "
         "051 IRL/GOV)"),
 9: ([], "Armenia (2012): capital metonym Baku -> AZE/GOV; 'attempting to transfer that vice [corruption] to inter-State "
         "relations, exploiting it as a tool in order to impose its own false perceptions on others' = an evaluative "
         "description of Azerbaijan's diplomacy (guideline: descriptions without a behaviour verb, 'the US government "
         "lies'), no CAMEO act and no named target ('others'); the speaker's accusation carries no accusation verb "
         "(borderline 112 ARM/GOV -> AZE/GOV); Baku's metonym has no codable event"),
 10: ([("Arab-Israeli talks", "046", N, "ISR/GOV", False, A, N, True)],
      "Oman (1992); 'what has been achieved in the sixth round of the Arab-Israeli talks' = a realised negotiation "
      "noun naming its parties -> nominal 046 (held-out 4: 'the U.S.-Bahrain Strategic Dialogue' nominal; held-out "
      "28/29: an agreement named after its parties from the first-named; held-out 44 row 8: peace talks nominal "
      "046), symmetric, from the first-named party, 'Arab' = an uncoded collective (the Arab delegations are not "
      "named in the sentence or the preceding paragraph) -> source null, to ISR/GOV (held-out 2: a compound of a "
      "coded and an uncoded party coded for the coded party only; borderline ISR/GOV -> null, or one event per Arab "
      "delegation of the 1992 bilateral rounds, SYR, LBN, JOR, PSE, none named here); 'the multilateral "
      "negotiations held recently in Washington and Moscow' = negotiation noun without named parties (Oman's own "
      "participation lies in the preceding sentence), not coded; Washington and Moscow are venues, not metonyms; "
      "the developments 'have created circumstances' is an evaluation"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Jamaica (1990): 'It has been said that those who forget history are condemned to repeat it' = a proverb with "
          "no named source, no act"),
 12: ([], "Dominican Republic (2006): 'According to the conservative voices in the developed world, migration is a sort "
          "of invasion' = a reported opinion of an uncoded collective, 'invasion' figurative (guideline: figurative "
          "uses not coded), migrants and countries uncoded collectives"),
 13: ([], "Equatorial Guinea (2003): the principal rules of international relations 'losing force', 'each State will "
          "act according to its own will' = an abstract assessment, no act"),
 14: ([("embargo", "163", "USA/GOV", "CUB", False, A, "CUB/GOV", True)],
      "Venezuela (2015); 'President Raúl Castro Ruz and our comrade Mr. Bruno Rodríguez Parrilla [Cuba's Foreign "
      "Minister] have announced that the issue of the embargo of the United States against Cuba will be discussed by "
      "the General Assembly on 28 October' = 'the embargo of the United States against Cuba' is an event noun with "
      "its agent named -> nominal 163 (guideline: sanctions 163; held-out 18/19: a US 'blockade' of Cuba 163; "
      "held-out 27 row 30: target the country, bare CUB), ongoing -> asserted; inside the complement of "
      "'have announced' -> reported_by the announcers, both Cuban officials -> CUB/GOV (guideline: an event inside "
      "the complement of a speech verb; borderline null, since the embargo is presupposed background rather than the "
      "announced claim); the General Assembly's future discussion of an agenda item is the Assembly's own meeting, "
      "not coded (held-out 40 row 29, 45 row 24); the announcement is the speech verb, not coded"),
 # --- UNGDC 1990-2019 random: future
 15: ([("will be hosting", "036", "LKA/GOV", "org:UN", False, F, N, False)],
      "Sri Lanka (2013); 'Sri Lanka will be hosting the Commonwealth Youth Forum 2013 in November and the United "
      "Nations World Conference on Youth in May 2014' = future hosting -> intent to meet 036 future (guideline: "
      "future meet/host -> 036; held-out 30/31: hosting a session of a UN regional commission 036 future to org:UN), "
      "the UN conference -> org:UN; the Commonwealth has no code in this project (held-out sets: Commonwealth leaders "
      "uncoded), so the compound is coded for the coded party only (held-out 2; borderline a second 036 with target "
      "null, or one 043 with no target as held-out 28/29's several hosted conferences)"),
 16: ([], "Hungary (1991): 'The Hungarian Government will support with all the means at its disposal this steady process "
          "of change' = the UN's development 'into an up to date, dynamic, flexible and potent organization' "
          "(preceding sentence) = support for UN reform, an abstract policy position (held-out 7: support for UN "
          "reform not coded; borderline 032 future HUN/GOV -> org:UN)"),
 17: ([], "Nepal (2018): the conditions under which 'external support measures' will have impact = abstract, the "
          "supporters and recipients unnamed (the least developed countries of the preceding text)"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Russia (2001): 'The focus of the international community should continue to be on ...' = a deontic over an "
          "uncoded collective's attention, no codable Y"),
 19: ([], "Guinea (1990): 'material and financial resources must be mobilised and directed towards development' = an "
          "agentless deontic passive with no named beneficiary, abstract"),
 20: ([], "Canada (1993): 'Recent initiatives to strengthen our early-warning system should be implemented' = an "
          "agentless deontic over the UN's own preventive diplomacy machinery, internal to the UN, no codable Y"),
 21: ([], "Venezuela (1993): the sentence starts at 'Mr. Boutros Boutros-Ghali, should be complemented' (the splitter cut "
          "after 'put forward by the Secretary-General,'); the agreement verb ('We agree that the \"Agenda for Peace\" "
          "...') lies in the preceding text, and what remains is an agentless deontic that the Agenda 'should be "
          "complemented by an agenda for development' = an internal UN programme, no codable Y (held-out 38/39: what "
          "only the context before the sentence holds is not coded)"),
 22: ([], "Saint Kitts and Nevis (2006): 'our diversity ... must not continue to produce adversity' = an abstract "
          "deontic, no actor; 'I have already alluded' refers to the speaker's own words"),
 23: ([], "Barbados (2006): 'the United Nations must be developmentally holistic' = an evaluative deontic about the UN, "
          "no codable Y"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("supports the peaceful reunification", "051", "COM/GOV", "KOR/GOV", False, A, N, False),
       ("supports the peaceful reunification", "051", "COM/GOV", "PRK/GOV", False, A, N, False)],
      "Comoros (1991); 'the Government of ... the Comoros hopes for and supports the peaceful reunification of the "
      "Korean people' = support for a process whose parties are the two Koreas (following sentence: 'the two "
      "Koreas'; guideline: a participant from the context) -> 051 to each (held-out 8: support aimed at a process "
      "goes to its named parties; held-out 42 row 41: Guinea (2002) supporting the peaceful reunification of the "
      "two Koreas 051 to each GOV); 'hopes for' alone would be optative (held-out 39 row 49: "
      "'we wish for the ... reunification of Korea' not coded), but 'and supports' is the endorsement; borderline "
      "not coded as an abstract position, 'the Korean people' naming no government"),
 25: ([("has killed", "202", "USA/GOV", "SYR/CVL", False, A, N, False),
       ("has destroyed", "1712", "USA/GOV", "SYR/CVL", False, A, N, False)],
      "Syria (2017); 'The so-called Global Coalition against Da'esh ... led by the United States' = a coalition with "
      "no code whose only member the document names is its leader, the United States (held-out 44/45: a group whose "
      "members the document does not name is coded for the one it names; held-out 12/13: a group without a code is "
      "each member the document names) -> USA/GOV (borderline null, as held-out 3's Global Coalition to Defeat ISIS "
      "where no member was named; borderline USA/MIL for air strikes); 'has killed many more innocent Syrians, "
      "mostly women and children, than terrorists' = killings of many civilians -> 202 (guideline), in the "
      "speaker's own voice -> asserted, victims -> SYR/CVL; 'has destroyed vital infrastructure that Syrians had "
      "worked for years to build' -> destroy property 1712 (held-out 32/33: sabotage and destruction 1712), the "
      "Syrians' infrastructure -> SYR/CVL (borderline bare SYR); 'created three years ago, allegedly to fight "
      "terrorist groups such as ISIL' = an agentless creation and a purpose against an uncoded group (held-out 17: "
      "ISIS as AQIM), not coded"),
 26: ([("Norway to discuss", "043", "NOR/GOV", "org:UN", False, A, N, False)],
      "Norway (2003); the splitter cut the sentence after 'at the invitation of'; the subject and verb 'world leaders "
      "and the Secretary-General sat down in New York' close the preceding text, while the inviter and the purpose "
      "'Norway to discuss ways to fight terrorism' lie in the sentence, so the participants are taken from the "
      "context (held-out 45 row 38: a subject cut off by the splitter taken from the context) = a meeting convened "
      "at Norway's invitation -> host/convene 043 (guideline; held-out 45 row 8: inviting decision-makers to a "
      "platform for discussion 043 to each), NOR/GOV -> the Secretary-General -> org:UN; 'world leaders' = an "
      "uncoded collective, dropped (held-out 2); the meeting is coded once, as the hosting (held-out 20/21: a "
      "meeting both attended and hosted coded once; borderline 040 org:UN -> NOR/GOV); the fight against terrorism "
      "is the topic, not an act"),
 27: ([("We utterly reject", "120", "JOR/GOV", N, False, A, N, False)],
      "Jordan (King Abdullah II, 2016); 'We utterly reject attacks on Muslim and Christian holy sites and any attempts "
      "to alter the historic ... identity of the Holy City' = the speaker's performative rejection of acts whose "
      "agents are not named in the sentence -> 120 with target null (held-out 13 row 59: 'reject and condemn all "
      "unilateral steps' 120 null; held-out 21 row 63: rejecting an unnamed imposition 120 null; borderline "
      "ISR/GOV from 'Israel has to embrace peace' two sentences before, which does not name it as the agent, or 111 "
      "as disapproval of acts); the attacks and attempts are event nouns without an agent, not coded"),
 28: ([("supports their candidatures", "051", "LKA/GOV", "BRA/GOV", False, A, N, False),
       ("supports their candidatures", "051", "LKA/GOV", "DEU/GOV", False, A, N, False),
       ("supports their candidatures", "051", "LKA/GOV", "IND/GOV", False, A, N, False),
       ("supports their candidatures", "051", "LKA/GOV", "JPN/GOV", False, A, N, False)],
      "Sri Lanka (2004); 'their candidatures' = those of Brazil, Germany, India and Japan, named in the preceding "
      "sentence (guideline: a participant from the context) = endorsement of four governments' bids for permanent "
      "seats -> 051, one event per country (guideline: compound split; held-out 14/15: support for opening accession "
      "negotiations goes to every named party); the G4's mutual support lies in the preceding sentence; the "
      "criteria they comply with are no act"),
 29: ([("stressed its support", "051", "CHL/GOV", "org:UN", False, A, N, False)],
      "Chile (1993); 'my country has repeatedly stressed its support for the action taken by the Secretary-General' "
      "= support for a named actor's actions -> 051 to org:UN (held-out 44 row 41: supporting the Secretary-General's "
      "efforts 051 org:UN), habitual -> asserted; 'Chile advocates the strengthening of his role, particularly with "
      "respect to preventive diplomacy' = an institutional change inside the UN, an abstract position (held-out 7: "
      "UN reform not coded; borderline 1044 CHL/GOV -> null as held-out 34/35's 'we advocate' request, or a second "
      "051 to org:UN), not coded"),
 30: ([("welcomes very warmly", "051", "MUS/GOV", "TON/GOV", False, A, N, False),
       ("welcomes very warmly", "051", "MUS/GOV", "KIR/GOV", False, A, N, False),
       ("welcomes very warmly", "051", "MUS/GOV", "NRU/GOV", False, A, N, False)],
      "Mauritius (1999); the splitter cut the sentence after 'the admission of the'; its objects are in the following "
      "text (held-out 27 row 35, 44 row 36: a participant taken from the following text): 'Kingdom of Tonga, the "
      "Republic of Kiribati and the Republic of Nauru to the United Nations' = welcoming new members -> 051 to each "
      "GOV (held-out 32 row 35, 35 row 31: welcoming an admission 051 to each new member; guideline compound "
      "split); the admission itself is the UN's act on membership, not coded"),
 31: ([], "Gambia (1997): the difficulty of 'creating a framework for international cooperation characterized by the "
          "full and continued commitment of both developed and developing countries' = abstract, uncoded collectives"),
 32: ([("Solomon Islands welcomes", "051", "SLB/GOV", "org:UNGA", False, A, N, False)],
      "Solomon Islands (2013); welcoming 'the President's proposal of convening a third thematic debate on sustainable "
      "energy during this session' = praise of a proposal of the President of the General Assembly (John Ashe) -> "
      "051 to org:UNGA (held-out 11, 12, 19: the PGA is org:UNGA; held-out 44/45: commending the Assembly "
      "President's election 051 to org:UNGA); the proposed debate is the Assembly's own meeting, internal, not "
      "coded (borderline nominal 036 org:UNGA)"),
 33: ([], "Jamaica (1993): 'the Community [CARICOM] is faced with the Herculean task of avoiding or minimizing the likely "
          "... adverse impacts on its members of the North American Free Trade Agreement' = an agreement noun without "
          "its parties named in the sentence, and a task, no act between actors"),
 34: ([("stands solidly with", "051", "KNA/GOV", N, False, A, N, False)],
      "Saint Kitts and Nevis (2001); 'My country stands solidly with this coalition' = the 'anti-terrorism "
      "coalition of countries' that dialogue 'rapidly spawned' after 11 September (preceding sentence), an uncoded "
      "collective -> 'stand with' 051 (held-out 22/23: 'stand with' is 051 throughout), target null (held-out 14/15, "
      "43 row 29: thanks or support to uncoded collectives; borderline USA/GOV as the coalition's leader, not named "
      "in the document's text here); 'pursuing the generally agreed strategies to contain terrorism' = the same "
      "alignment, no separate act and no named target"),
 35: ([], "Georgia (1995): 'Each round of negotiations has proved that the Abkhazian separatists [GEO/REB] seek to win "
          "time, while pretending that they are committed to a negotiated settlement' = the negotiation noun without "
          "its parties named in its phrase (guideline; borderline nominal 046 GEO/GOV -> GEO/REB), and an accusation of "
          "insincerity in the speaker's own voice without an accusation verb (an evaluation, guideline); the pretended "
          "commitment is no real intent (borderline 036 GEO/REB -> GEO/GOV)"),
 36: ([("We welcome the transformation", "051", "GIN/GOV", "org:UN", False, A, N, False)],
      "Guinea (2006); welcoming 'the transformation of the Central Emergency Revolving Fund into the Central Emergency "
      "Response Fund' = praise of a UN reform -> 051 (held-out 26 row 38: welcoming a UN reform 051 to the UN body; "
      "held-out 45 row 41: welcoming UN initiatives 051 org:UN), the body that made it is not named in the sentence "
      "-> org:UN (borderline org:UNGA, whose resolution 60/124 made the change; borderline not coded as an internal "
      "UN reform, held-out 7)"),
 37: ([], "Tuvalu (2006): 'Victory over those challenges can be won not through political fragmentation, "
          "finger-pointing and confrontation, but through cooperation' = abstract, no actor"),
 38: ([], "Russia (2002): 'the lives of ordinary people ... are threatened by terrorists' = threat as risk (guideline: "
          "'threat to all of us' not coded), terrorists an uncoded group (held-out 6: 'terrorist coalition' no code); "
          "'new names are added to the list of victims' is agentless"),
 39: ([("undertaken", "030", "ERI/GOV", "ETH/GOV", False, A, N, False),
       ("violation", "128", "ETH/GOV", "ERI/GOV", False, A, N, True)],
      "Eritrea (2001); 'The Government of Eritrea has consistently undertaken, in good faith, to comply fully with the "
      "provisions of the Algiers Agreement' = a commitment, an explicit intent stated as a fact -> 03x asserted "
      "(guideline 'we pledged to continue'; held-out 45 row 14: 'would sign the Treaty' 030), to the Agreement's "
      "other party -> 030 ERI/GOV -> ETH/GOV (borderline not coded, compliance with obligations not being a codable "
      "Y in the demanded rule; borderline 037); 'its violation of it' = Ethiopia's violation of the Algiers "
      "Agreement, a violation noun with its agent named ('its' = the Government of Ethiopia) -> nominal defy norms, "
      "law 128 (held-out 44 row 43: Ethiopia's 'flagrant violation of the Algiers Peace Agreements' nominal 128 to "
      "ERI/GOV), to the other party -> ERI/GOV; 'the intransigence of the Government of Ethiopia' = an evaluative "
      "description of an attitude (borderline nominal 120 ETH/GOV -> ERI/GOV), not coded"),
 40: ([("appeals", "102", "RWA/GOV", "org:UN", False, A, N, False)],
      "Rwanda (2002); 'The Rwandan Government appeals ... to the United Nations and its Member States to spare no "
      "effort in strongly supporting the implementation of those Agreements' (the Lusaka and Pretoria Agreements, "
      "preceding sentence) = a request (guideline: appeal -> 10x), Y = backing for the implementation of peace "
      "agreements -> demand diplomatic cooperation (policy support) 102 (borderline 103 aid, or generic 100 as "
      "held-out 27 row 9's call to respect agreements), to org:UN; 'its Member States' = an uncoded collective, "
      "dropped (held-out 2); Y not coded separately"),
 41: ([("reiterate our strongest\ncondemnation", "111", "ECU/GOV", N, False, A, N, False)],
      "Ecuador (2001); affirming to the people and Government of the United States 'the profound condolences and "
      "solidarity of the people and the Government of Ecuador following this immense tragedy' (11 September) = "
      "condolence, 01x, not coded (held-out 10/11: solidarity after a disaster is condolence); 'to reiterate our "
      "strongest condemnation of those criminal acts' = the speaker's condemnation of attacks whose perpetrators "
      "are not named -> 111 with target null (held-out 44/45: condemning attacks by unnamed perpetrators 111 with no "
      "target; held-out 44 row 34), 'reiterate' = made now -> asserted, the speech's government -> ECU/GOV "
      "(borderline a second 111 from ECU/CVL, held-out 36/37's joint expression of a government and its people, "
      "since 'our' follows 'the people and the Government of Ecuador'); 'which have done violence to all peoples' "
      "is figurative"),
 42: ([], "European Union (2011): 'the horrific terrorist attacks of 9/11 were committed in this very city' = an agentless "
          "passive and an attack noun without an agent (guideline; held-out 26 row 43: 'the 9/11 terrorist attack' not "
          "coded), New York a place, no named target (borderline 180 null -> USA); 'many feared' is an attitude"),
 43: ([("withdrawal of Armenian troops", "087", "ARM/MIL", "AZE", False, H, N, True)],
      "Azerbaijan (2008); 'The prerequisite for the establishment of cooperation and good-neighbourly relations in the "
      "region is the withdrawal of Armenian troops from the occupied lands' = a withdrawal noun with its agent named, "
      "stated as a condition -> nominal de-escalation 087 hypothetical (held-out 45 row 29: 'cannot be achieved "
      "unless Israel withdraws' 087 hypothetical; borderline demanded), 'Armenian troops' -> ARM/MIL (guideline: "
      "armed forces /MIL), from Azerbaijan's lands -> bare AZE (held-out 45 row 29: the country left; borderline "
      "0874); 'the occupied lands' is an adjective without an agent in its phrase (held-out 27 row 3), and 'the "
      "restoration of the full sovereignty of Azerbaijan' is agentless, neither coded; the cooperation and "
      "relations are the hoped-for result"),
 44: ([("the release", "0841", "IRQ/GOV", "KWT/CVL", False, D, N, True),
       ("imprisoned or detained by Iraq", "173", "IRQ/GOV", "KWT/CVL", False, A, N, False),
       ("the return of all Kuwaiti", "0842", "IRQ/GOV", "KWT", False, D, N, True)],
      "United Arab Emirates (1996); 'Those obligations' = the Iraqi Government's 'international obligations under the "
      "relevant Security Council resolutions' (preceding sentence) = a deontic without a request verb -> its content "
      "coded demanded with source IRQ/GOV (guideline; held-out 10/11: 'must cease' demanded; borderline a request "
      "1053 of org:UNSC); 'the release of all Kuwaitis and other nationals' -> nominal 0841 demanded, the Kuwaitis "
      "-> KWT/CVL, the 'other nationals' uncoded, dropped (held-out 2); 'imprisoned or detained by Iraq' = a realised "
      "detention in the relative clause with its agent named -> 173 asserted, a passive with its agent -> not nominal "
      "(held-out 24/25: support for a release is 1053 and the detention in its relative clause 173; held-out 27 row "
      "28: a passive with its agent named is not nominal); 'the return of all Kuwaiti property still in its "
      "possession' -> return property 0842 demanded, nominal, to bare KWT (borderline KWT/GOV or KWT/CVL for "
      "private property); the page number '2' inside the sentence is an extraction artefact"),
 45: ([], "Spain (2002): 'That resolution [Security Council resolution 1373] charts the course for the cooperation that is "
          "essential for the international community to be able to deal with those who attack our most essential "
          "values' = an evaluation of a resolution; the cooperation of an uncoded collective; 'attack our ... values' "
          "is figurative (guideline: 'attack on sovereignty')"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Israel (2003): 'I shall return to Jerusalem ... to join with them in celebrating Rosh Hashanah' = the speaker's "
          "own travel home and a religious celebration, no act between actors; Jerusalem is a place"),
 47: ([], "Saint Kitts and Nevis (2011): 'I have presented some of the challenges' = the speaker's own statement (01x); "
          "the Assembly's giving prominence to challenges is no act toward an actor"),
 48: ([], "Belgium (2009): 'the European Union has shown the way with its ambitious package of measures adopted in late "
          "2008' = the EU's own climate and energy package, a domestic policy with no counterpart; 'I believe' and "
          "'shown the way' are evaluations (borderline 051 BEL/GOV -> org:EU)"),
 49: ([], "Togo (2016), quoting its own statement: 'We are also working to step up democracy at the local level' = "
          "domestic policy"),
 50: ([], "Haiti (1995): 'the need for a new global contract is becoming more and more imperative' = abstract, no actor"),
 51: ([], "Turkmenistan (2004): 'we believe it to be useful and advisable to create a United Nations centre on preventive "
          "diplomacy in the Central Asian region' = an opinion about an agentless creation of a UN body (borderline 030 "
          "TKM/GOV -> org:UN as a proposal, held-out 44 row 37's 'We propose to organize'; here no proposal verb); "
          "Turkmenistan's offer to host the centre lies in the following sentence"),
 52: ([], "Egypt (2012): 'the concepts of justice, truth and dignity form the basis of the framework' = an opinion"),
 53: ([], "Brunei (2012): 'There is accelerating progress in reducing child and maternal mortality' = agentless, "
          "development progress"),
 54: ([], "Estonia (2017): counter-terrorism measures and human rights 'mutually reinforcing' = abstract"),
 55: ([], "Monaco (2019): 'scientists speak of a tipping point' = a reported scientific finding of an uncoded group, "
          "ecosystem degradation, no act"),
 56: ([], "Ethiopia (1995): the sentence is the fragment 'Nations, under these circumstances, to fulfil effectively its "
          "peace-keeping obligations' (the preceding text: the Secretary-General 'has justifiably argued ... how "
          "difficult it has become for the United'); the UN's ability to fulfil its obligations is no act toward a "
          "named actor, and the argument is a statement"),
 57: ([], "Lesotho (2014): the sentence is the fragment 'In conclusion, let me point out that the regime of the' (the "
          "following text: 'Charter of the United Nations has so far done its part in preventing a third world war'); "
          "no event inside it"),
 58: ([], "Suriname (2012): the sentence starts at 'Nations 36 years ago' (the preceding text: 'When Suriname became a "
          "Member of the United'); 'we were little aware of the importance of a number of issues' = an attitude; the "
          "admission to the UN lies in the preceding text and is no CAMEO act in any case (held-out 26 row 40)"),
 59: ([], "Ghana (1991): 'It is tempting, for some, to see the ideological collapse of Eastern Europe as a victory for the "
          "inequitable global economic system' = an opinion of unnamed parties, no act"),
}
