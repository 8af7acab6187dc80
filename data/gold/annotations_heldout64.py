"""Hand annotations for the SIXTY-FOURTH held-out event gold set (source of events-heldout64.jsonl).

Keyed by the row index of selection-heldout64.jsonl (output of select_bulk_heldout.py 64; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout64.jsonl \
        --annotations annotations_heldout64 --output events-heldout64.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Yemen (2014): the sentence starts at 'Yemen, but the plan has not mobilized the necessary support' (the "
         "splitter cut after 'We have an annual humanitarian response plan in'); the subject is an inanimate plan and "
         "'the necessary support' an aid noun without an agent in the sentence or the preceding text (guideline: "
         "event nouns without an agent not coded); borderline a negated 070 with source null -> YEM (held-out 56 row "
         "46: 'with the help of the international community' 070 null, where the collective was named)"),
 1: ([("would support us", "070", N, "BIH/GOV", False, F, N, False),
      ("refused", "125", "BIH/GOV", "BIH/REB", False, A, N, False)],
     "Bosnia and Herzegovina (1994); 'we refused for a very long time to negotiate with war criminals' = an explicit "
     "refusal -> REJECT with negated false (guideline), refusing to negotiate -> reject proposal to negotiate 125 "
     "(held-out 7: 'refuse to engage on ... political talks' 125); the war criminals = 'the aggressor' of the "
     "document, the Bosnian Serb leadership -> BIH/REB (held-out 26/27 row 28: Bosnian Serb forces BIH/REB), the "
     "world's message 'negotiate' (preceding sentence) being talks with it; 'in the belief that ... the peace-loving "
     "and freedom-loving peoples of the world would support us' = expected support of an uncoded collective -> 070 "
     "with source null, future (sets 52 and 54-61: hoped-for support from uncoded parties is future 070 with no "
     "source; borderline not coded as optative, held-out 32/33 'we count on'); 'continue to defend our land' has no "
     "named counterpart in the sentence"),
 2: ([], "Papua New Guinea (1991): 'Never before has the United Nations enjoyed such widespread support for its "
         "efforts' = a support noun without an agent (borderline 051 null -> org:UN, held-out 52/53 'hailing the "
         "United Nations system by so many of us', where an agent was named); 'international civil servants been "
         "called upon to help guide ... peoples to peace' = an agentless passive request to UN staff toward uncoded "
         "peoples, not coded; 'never before' bears on the comparison, not an event negation"),
 3: ([], "Tanzania (1993): 'nuclear arms ... have not received the priority consideration they deserve' = agentless, "
         "no act between actors; 'pose an even greater threat' = risk (guideline: figurative threat)"),
 4: ([], "Japan (2010): 'the only country that has ever suffered the devastation of atomic bombings' = an event noun "
         "without an agent in the sentence or the preceding text (guideline; borderline nominal 195 USA -> JPN by "
         "world knowledge); 'does not possess nuclear weapons' is a status; 'well suited to play a role in the "
         "Security Council' is a position on Council membership (held-out 7: UN reform not coded)"),
 5: ([("reaffirm our refusal", "127", "PSE/GOV", "ISR/GOV", False, A, N, False)],
     "Palestine (Abbas, 2013); 'We reaffirm our refusal to be drawn into the whirlpool of a new interim agreement "
     "... or to enter into transitional arrangements' = an explicit refusal -> REJECT, negated false (guideline: "
     "'refusal'), of an agreement to settle the dispute -> 127 (held-out 52/53: 'they rejected this particular Plan' "
     "127), the two objects one refusal to one party, coded once; the counterpart in the negotiations is Israel (the "
     "preceding sentences: 'alongside the State of Israel', 'a peace treaty between the States of Palestine and "
     "Israel' follows) -> ISR/GOV (borderline target null, the proposer of an interim State not named); 'reaffirm' "
     "= the refusal restated now -> asserted"),
 6: ([], "Switzerland (2006): 'if they [large States, super-Powers] do not want to find themselves accused of arbitrary "
         "acts of imperialism' = a hypothetical accusation with no accuser and uncoded collectives (large States), "
         "not coded; the rest is a view on international law"),
 7: ([], "Portugal (2019): 'We must resist the temptation to ... ignore, fail to accept and reject others' = 'we' "
         "meaning all states (held-out 42/43: not coded), attitudes toward unnamed 'others', abstract"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("exchange of visits", "042", "KOR/CVL", "PRK/CVL", False, A, N, True)],
     "Republic of Korea (2000); 'the exchange of visits in Seoul and Pyongyang by families that have suffered ... "
     "remaining separated for half a century' = the August 2000 reunions of separated families, a visit noun with "
     "its agent ('by families') -> nominal 042; a symmetric exchange coded once, from the speech's own side to the "
     "other (guideline: symmetric meeting coded once; held-out 38/39: the two Koreas' summit coded once), the "
     "families -> KOR/CVL and PRK/CVL (borderline one 042 per direction); Seoul and Pyongyang are the places "
     "visited, not metonyms; the emotions aroused are not an act"),
 9: ([("hosting the Ministerial Meeting", "043", "JPN/GOV", N, False, A, N, False)],
     "Japan (1992); 'Japan has been playing an active role by ... hosting the Ministerial Meeting on the "
     "Reconstruction and Rehabilitation of Cambodia in Tokyo this past June' = host/convene 043 (guideline), a "
     "realised past act, gerund -> not nominal; the participants are not named in the sentence or the preceding "
     "text (Cambodia is the meeting's subject) -> target null (held-out 28/29: conferences hosted by one government "
     "043 with no target; borderline KHM/GOV, the Supreme National Council attending); Tokyo is the venue; 'playing "
     "an active role' in peace in Cambodia is the general frame, coded once on the hosting"),
 10: ([("meetings have been held", "040", "KOR/GOV", "PRK/GOV", False, A, N, False)],
      "Republic of Korea (1992); 'eight rounds of meetings have been held alternately in Seoul and Pyongyang, and a "
      "number of issues have been discussed' = the inter-Korean prime ministers' talks named in the preceding "
      "sentence ('dialogue between the Prime Ministers of the two Koreas was initiated') -> the agentless passive "
      "takes its participants from the context (guideline; held-out 52/53: an agentless passive takes its agent "
      "from the sentence before) -> meet 040, symmetric, from the speech's own government to the other (guideline); "
      "'have been discussed' is the same meetings, coded once; Seoul and Pyongyang are venues, not metonyms "
      "(borderline 046 negotiations)"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("urged", "1043", "org:UN", "GRC/GOV", False, A, N, False),
       ("judgment", "1043", "org:COE", "GRC/GOV", False, A, N, True)],
      "North Macedonia (2012); 'In the recommendation, our neighbour is urged to respect the judgment of the European "
      "Court of Human Rights' = the recommendation of the 2008 report of the UN Independent Expert on minority "
      "issues, Gay McDougall (A/HRC/7/23, preceding sentences) -> a request of a named author in the passive is that "
      "author's (held-out 20/21: 'steps requested by the Committee of Experts' 1043), the UN expert -> org:UN; 'our "
      "southern neighbour' -> GRC/GOV; Y = respecting a judgment on a minority's right to name itself and express "
      "its identity -> demand rights 1043; the speaker relays the request's content but the request itself is the "
      "event (reported_by null); the judgment = a court's ruling on Greece, 'according to which the country should "
      "be allowed to use the word Macedonian' -> a nominal request of the court (held-out 16/17: a court's order is "
      "a nominal request of the court), rights -> 1043, the ECHR as the Council of Europe's court -> org:COE "
      "(borderline not coded as the object of the request, or a separate org code for the court)"),
 12: ([("would increase that commitment", "030", "org:EU", N, False, H, N, False)],
      "Portugal (2007) addressing the Assembly 'on behalf of the European Union' (document opening) -> 'we' = "
      "org:EU; 'we announced that, as part of a future global agreement on climate rules, we would increase that "
      "commitment [cutting greenhouse gas emissions by 20 per cent] to 30 per cent' = an offer of deeper cooperation "
      "within a global agreement, an intent stated by its own author (reported_by null; a speaker's own past "
      "statement) -> 030, conditional on the future agreement -> hypothetical (held-out 30/31: a conditional "
      "announced annexation 192 hypothetical), the other parties uncoded -> target null (borderline not coded as a "
      "unilateral climate policy)"),
 13: ([], "Bolivia (2019): 'According to data from our Organization, the consequences of climate change will condemn "
          "millions of people to poverty' = figurative 'condemn', no actor; 'forced displacement' and 'armed "
          "conflicts' are agentless nouns in a forecast"),
 14: ([("We are encouraged by", "051", "HRV/GOV", "org:EU", False, A, N, False)],
      "Croatia (2000); 'We are encouraged by the European Commission high representative's statements that ... ' = "
      "a welcome of an EU official's statements (held-out 48/49: 'We are satisfied to see that' is a welcome 051) -> "
      "051 to org:EU (held-out 14: the European Commission -> org:EU; borderline not coded as an attitude, 01x); "
      "the statements' content (agreements 'will be tailored', progress 'will be assessed on their individual "
      "merits') is agentless and about future EU procedures, not coded; the speech verb is not coded"),
 # --- UNGDC 1990-2019 random: future
 15: ([("proposed by Turkey", "030", "TUR/GOV", "ARM/GOV", False, A, N, False),
       ("proposed by Turkey", "030", "TUR/GOV", "AZE/GOV", False, A, N, False),
       ("proposed by Turkey", "030", "TUR/GOV", "RUS/GOV", False, A, N, False),
       ("proposed by Turkey", "030", "TUR/GOV", "GEO/GOV", False, A, N, False)],
      "Turkey (2008); 'the Caucasus Stability and Cooperation Platform proposed by Turkey' = a proposal of "
      "cooperation, an explicit intent stated as a fact -> 03x asserted (guideline: 'proposed shipping' 03x), a "
      "general regional stability and cooperation framework -> 030 (borderline 036, as it 'will allow discussion'); "
      "the passive with its agent named -> not nominal; the parties it was proposed to are named in the following "
      "sentence ('my visits to our neighbours Armenia and Azerbaijan and those of Prime Minister Erdogan to the "
      "Russian Federation and Georgia, all parties concerned seem receptive') -> one event per party taken from the "
      "context (held-out 6: a participant taken from the following text; borderline target null); 'could be an "
      "instrumental framework' and 'will allow discussion' are its hoped-for effects, not coded"),
 16: ([("we welcome", "051", "BFA/GOV", N, False, A, N, False)],
      "Burkina Faso (2006); 'what has been done to reduce debt and find innovative financing mechanisms, which we "
      "welcome' = a welcome (guideline 051) of debt relief and financing initiatives whose authors are not named -> "
      "target null (held-out 56 row 5: welcoming reforms of 'many countries' 051 null); the debt reduction itself "
      "is an agentless passive with no named recipient, not coded; 'the international community must work to forge "
      "a true North-South partnership' = a deontic with uncoded collectives on both sides, null-null, not coded "
      "(held-out 27 row 38)"),
 17: ([], "Czech Republic (1996): 'Without a stronger United Nations, other forms of international cooperation will "
          "lose coherence' = an abstract forecast, no act"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Equatorial Guinea (2012): the sentence starts at 'Guinea fully supports' (the splitter cut inside "
          "'Equatorial Guinea'); supporting disarmament = an abstract policy position without a counterpart "
          "(guideline: 'we support the allocation of resources'); being neither manufacturer nor consumer of WMD is a "
          "status; 'there should be no ambiguity' is no codable behaviour"),
 19: ([], "Australia (2009): 'We must make use of all available mechanisms for international cooperation, including "
          "the Major Economies Forum and the G-20, to achieve success in the negotiations' = 'we' meaning all the "
          "climate negotiators (the preceding text: 'the grand bargain we must strike'), abstract (held-out 42/43: "
          "'we' meaning all states not coded); the MEF has no code"),
 20: ([], "India (1996): 'The reforms [of the Security Council] must address ... the needs of the future' = UN reform "
          "(held-out 7), no codable behaviour"),
 21: ([("strengthen its cooperation", "050", "org:UN", N, False, D, N, False)],
      "Nigeria (1995); 'the United Nations should undertake to realign and strengthen its cooperation with regional "
      "organizations and arrangements' = a deontic without a request verb -> Y coded with source X, demanded "
      "(guideline; held-out 52/53: 'Khartoum must actively cooperate' demanded 050), cooperation -> 050, the "
      "regional organizations unnamed -> target null (borderline not coded as an institutional arrangement)"),
 22: ([], "Luxembourg (2019): 'challenges that we must overcome, and we are working on them' = domestic transport "
          "policy (preceding sentences), no act between actors"),
 23: ([("exercised\nits veto power", "129", "USA/GOV", "org:UNSC", False, A, N, False),
       ("crimes", "180", "ISR/GOV", "PSE/CVL", False, A, N, True)],
      "Cuba (2003); 'the Government of the United States has exercised its veto power on 26 occasions to protect the "
      "crimes of Israel' = vetoes in the Security Council -> 129 to org:UNSC (held-out 52/53: 'will not resort to "
      "its unfailing veto' 129 org:UNSC), presupposed by the factive 'That ... is evidence' -> asserted "
      "(guideline), habitual/repeated; protecting Israel is the vetoes' purpose, not a separate event (borderline "
      "052); 'the crimes of Israel' = an event noun with its agent -> nominal 180 (held-out 36/37: crimes carried "
      "out against Palestinians in the speaker's own voice 180 ISR/GOV -> PSE/CVL), the victims from the preceding "
      "sentence ('the leader of the Palestinian people, a people ...') -> PSE/CVL (borderline target null, or not "
      "coded as an evaluative description); 'that unjust privilege must be abolished' = an agentless deontic on "
      "Council reform, not coded"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("having sincere discussions", "040", "PHL/GOV", "PHL/REB", False, A, N, False),
       ("extending a generous amnesty", "056", "PHL/GOV", "PHL/REB", False, A, N, False)],
      "Philippines (1994); 'We have secured peace and national reconciliation through a peace process that includes "
      "having sincere discussions with dissident elements and extending a generous amnesty to them' = the Ramos "
      "government's peace process; the dissident elements (communist, Muslim and military rebels, unnamed) -> "
      "PHL/REB (held-out 34/35: unnamed outlaw groups are the country's REB); discussions -> 040 (guideline: "
      "discuss 040; borderline 046 negotiations); extending an amnesty -> forgive 056 (PETRARCH's CAMEO dictionary: "
      "EXTEND/GRANT AMNESTY [056]; borderline 0841 release); gerunds, realised -> asserted, not nominal; 'secured "
      "peace and national reconciliation' is the outcome, coded through its two acts"),
 25: ([("agreement was reached", "057", "IRN/GOV", N, False, A, N, False)],
      "Armenia (2015); 'A historic agreement was reached on the nuclear programme of the Islamic Republic of Iran' "
      "(the JCPOA) = an agreement concluded (guideline 057), an agentless passive of which Iran, named, is a party "
      "-> IRN/GOV as the one named party, the other parties (the E3/EU+3) not named in the sentence or the preceding "
      "text -> target null (held-out 48/49: joining the NPT 057 with no target; borderline not coded as an agentless "
      "passive, held-out 56 row 39, or source null and target IRN/GOV); 'an immediate neighbour of ours' is a "
      "description"),
 26: ([("assure him of our complete cooperation", "030", "LAO/GOV", "org:UNGA", False, A, N, False)],
      "Lao PDR (1998); 'him' = Mr. Didier Opertti, President of the General Assembly at its fifty-third session "
      "(preceding sentences) -> org:UNGA (held-out 11, 12, 19); 'As we assure him of our complete cooperation' = "
      "assurance of cooperation to the PGA -> 030 (held-out 48/49, 50/51, 56 row 35), performed now -> asserted; "
      "'would like to wish him every possible success' is well-wishing, not coded"),
 27: ([("north-south Agreement", "057", "PRK/GOV", "KOR/GOV", False, A, N, True),
       ("Joint \nStatement of 4 July", "057", "PRK/GOV", "KOR/GOV", False, A, N, True)],
      "DPRK (1992); 'The north-south Agreement' = the Agreement on Reconciliation, Non-Aggression, Cooperation and "
      "Exchanges of the preceding sentence (1991-92) and 'the north-south Joint Statement of 4 July' (1972) = two "
      "agreements named by their parties -> one nominal 057 each (held-out 38/39: an agreement named by its parties "
      "is a nominal 057; the two Koreas' summit and joint declaration coded once each; held-out 56 row 2: two "
      "distinct events each coded), symmetric -> from the speech's own government to the other (guideline); "
      "'constitute a programme for national reunification' is an evaluation"),
 28: ([], "Malta (1993): 'Important progress has been made in dismantling the condemned policy of apartheid and in "
          "bringing together the various communities' = agentless passive (South Africa's reforms; the preceding "
          "sentence names only 'Developments in South Africa'), no named actor (borderline 083 ZAF/GOV); 'condemned' "
          "is an adjective without an agent"),
 29: ([], "Niger (2015): 'The Niger is a country of origin, a host country and a country of transit' for migration = "
          "a classification of the country's place in migration flows, no act toward a named actor (unlike row 41's "
          "'We have been generous hosts' of refugees; borderline nominal 075 NER/GOV -> null)"),
 30: ([], "Sweden (2000): 'Now is the time for the permanent members to agree on a moratorium on the use of the "
          "veto' = a deontic ('now is the time for X to') whose Y is an internal agreement of the Council's permanent "
          "members on its working methods (held-out 7: UN reform not coded; held-out 56 row 42: veto restraint "
          "borderline), the members not named in the sentence or the preceding text (borderline a demanded 057 per "
          "permanent member, USA/GBR/FRA/RUS/CHN)"),
 31: ([], "Turkmenistan (2011): 'This opens up enormous opportunities for ... developing innovative models of "
          "cooperation' = abstract, inanimate subject, no named parties"),
 32: ([], "Georgia (2011): 'we were in charge of a fragile country in a hostile geopolitical environment' = a "
          "description; 'hostile' is evaluative, no act"),
 33: ([("return of the weapons inspectors", "0862", "IRQ/GOV", "org:UN", False, D, N, True),
       ("lifting of international\nsanctions", "085", N, "IRQ", False, D, N, True)],
      "Iran (2002); the overall policy of Iran towards Iraq = the acts it wants to see, i.e. statements of what "
      "should happen -> coded as demanded, with no REQUEST event for the speaker (guideline: deontic without a "
      "request verb; borderline asserted requests IRN/GOV -> IRQ/GOV 1055 and 1054, as 'advocacy of a settlement is "
      "a request' of sets 54-61); 'compliance by Iraq with relevant Security Council resolutions' in general is not "
      "a codable behaviour (guideline: 'comply with obligations'), but 'particularly those concerning the return of "
      "the weapons inspectors to Iraq' = Iraq allowing the inspectors back -> 0862 (held-out 38/39: agreeing to the "
      "return of inspectors 0862), nominal, the UN inspectors (UNMOVIC) -> org:UN; 'followed by the lifting of "
      "international sanctions' -> ease sanctions 085, nominal, agent unnamed ('international') -> source null "
      "(held-out 26/27: sanctions that 'should be lifted' demanded 085 with no source; borderline org:UNSC from "
      "the resolutions named in the sentence), Iraq as a country -> IRQ; 'respect for the sovereignty and "
      "territorial integrity of Iraq' has no named agent and no codable act; 'the oppressed people of Iraq' is a "
      "description"),
 34: ([], "Turkey (1998): 'Both the Black Sea Economic Cooperation and the Economic Cooperation Organization are cases "
          "in point' = examples of the regional cooperation initiatives of the preceding sentence, no verb of an act "
          "in the sentence (borderline 050 TUR/GOV per organisation; neither has a code)"),
 35: ([], "Algeria (2009): the sentence starts at 'Palestinian people, and believe that ...' (the splitter cut after "
          "'We are fully committed to the cause of the'); the commitment verb lies outside the sentence, and "
          "'current developments pose a grave threat to peace' is a risk (guideline: figurative threat), agentless"),
 36: ([("supports", "051", "GRC/GOV", "TUR/GOV", False, A, N, False)],
      "Greece (2014); 'Greece also supports Turkey's European perspective' = endorsement of Turkey's EU accession "
      "prospects -> 051 (held-out 14/15: support for opening accession negotiations goes to every named party) to "
      "TUR/GOV (borderline org:EU as a second party, not named as an actor here); 'These relations have great "
      "potential' and 'relations between two NATO member States' are descriptions, not coded"),
 37: ([("calls for more participation", "1044", "TUN/GOV", N, False, A, N, False)],
      "Tunisia (1992); 'Tunisia also calls for more participation by the developing countries in the decision-making "
      "process relating to international trade' = a request (guideline: call for -> 10x) for a change in "
      "institutions with no named addressee -> 1044 target null (held-out 9: 'calls for' seats for Africa on the "
      "Security Council 1044 null); the developing countries are the beneficiaries, an uncoded collective"),
 38: ([("overcome all impediments", "0863", N, "SYR/CVL", False, D, N, False)],
      "Bahrain (2014) on Syria; 'we reiterate that it is necessary to overcome all impediments to the delivery of "
      "humanitarian assistance to those in need, in accordance with the relevant Security Council resolutions' = an "
      "agentless deontic ('it is necessary to', guideline: 'it is important to help X' demanded), no REQUEST event "
      "for the speaker; Y = letting humanitarian aid through -> allow delivery of humanitarian aid 0863, source null "
      "(those who impede are unnamed), those in need = the Syrian people of the preceding sentence -> SYR/CVL "
      "(borderline 073 humanitarian aid with no source); 'reiterate' is the speaker's own statement"),
 39: ([("We welcome China's", "051", "FJI/GOV", "CHN/GOV", False, A, N, False),
       ("supporting and\nassisting development", "070", "CHN/GOV", N, False, A, N, True)],
      "Fiji (2002); 'We welcome China's increasing presence and involvement in supporting and assisting development in "
      "our region' = a welcome (guideline 051) of China -> CHN/GOV; China's involvement in supporting and assisting "
      "development = its development aid, an event phrase with its agent ('China's') -> nominal 070, one aid noun "
      "covering several kinds coded once (held-out 20/21); 'our region' = the Pacific Island states, an uncoded "
      "collective -> target null (held-out 56 row 34: Taiwan's contributions, recipients unnamed; borderline "
      "FJI/GOV); 'presence' is no act"),
 40: ([], "Montenegro (2008): 'the development needs and priorities of the African countries ... require urgent "
          "global solidarity and support' = a statement of need with uncoded collectives on both sides (the African "
          "countries, 'global'), null-null, not coded (held-out 42/43 and 46/47 coded statements of need only where "
          "the speaker's own government was the recipient); the high-level meeting's discussion is agentless"),
 41: ([("generous hosts", "075", "KEN/GOV", N, False, A, N, True)],
      "Kenya (2017); 'We have been generous hosts' of the refugees from neighbouring countries of the preceding "
      "sentence ('Since the 1960s, Kenya has hosted huge numbers of refugees') = admitting and hosting refugees -> "
      "grant asylum 075 (held-out 6: admitting refugees 075), a predicate noun with its agent ('We') -> nominal, the "
      "neighbouring countries not named -> target null (borderline not coded as a status, cf. row 29); 'the "
      "presence of refugees has brought attendant challenges' is an effect, not an act"),
 42: ([], "Ghana (2008): 'As observed in the Accra Accord of ... UNCTAD, the whole idea of aid is to empower "
          "beneficiary countries' = a view on aid in general, no actor pair; 'observed in' attributes a view, not an "
          "event"),
 43: ([], "Venezuela (2017): 'racial discrimination ... growing alongside the supremacist positions of the current "
          "Administration' = an evaluation of US society and an evaluative description of the US government "
          "(guideline: evaluative descriptions not coded); the discrimination is agentless"),
 44: ([], "United Kingdom (1995): 'not setting aspirations we cannot provide the means to meet' = 'we' meaning the "
          "member states toward the UN, abstract (held-out 42/43), no act"),
 45: ([("sent humanitarian aid", "073", "CZE/GOV", "SYR", False, A, N, False),
       ("sent humanitarian aid", "073", "CZE/GOV", "SYR/CVL", False, A, N, False)],
      "Czech Republic (2012); 'The Czech Republic has already sent humanitarian aid to Syria and to Syrians fleeing "
      "into neighbouring countries' = humanitarian aid 073 (guideline), one event per recipient (guideline: "
      "compound targets split): Syria, the country as a whole (aid to its population during the war, not to the "
      "government) -> bare SYR (guideline: bare country when the country as a whole is meant; borderline SYR/CVL, "
      "coded once), and the Syrian refugees -> SYR/CVL; realised -> asserted"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Marshall Islands (2009): 'The answer ... is a matter of perspective' = no act"),
 47: ([], "France (2009): 'That is all the more reason for starting now and starting quickly' = an agentless "
          "exhortation about a task (measuring growth), no act between actors"),
 48: ([], "Comoros (1990): 'The collapse of the Berlin Hall [Wall], the rebirth of democracy in Eastern Europe and the "
          "beginning of multiparty systems in Africa had given us hope' = agentless developments, no act between "
          "actors"),
 49: ([], "Grenada (2002): HIV/AIDS incidence in the Caribbean = a statistic, no act"),
 50: ([], "Malawi (2019): a domestic social cash transfer programme, no act between actors"),
 51: ([], "Australia (2018): 'International institutions, and the United Nations in particular, help us to adapt "
          "collectively' = 'us' meaning all states, a general evaluation of institutions (borderline 070 org:UN -> "
          "null), not coded"),
 52: ([], "Bhutan (2008): the spirit of sharing dying with communities = a reflection, no actor"),
 53: ([], "Latvia (2009): 'The Council [the Human Rights Council] has already achieved some results' = an evaluation, "
          "no act"),
 54: ([], "Malaysia (2003): the UN's organs 'cut out, dissected and reshaped so that they may perform the way the "
          "puppetmasters want' = figurative, agentless passives and unnamed 'puppetmasters' (guideline: figurative "
          "uses not coded)"),
 55: ([], "Dominican Republic (2016): benefiting from better regulated financial markets = no act"),
 56: ([("we are pleased with", "051", "COG/GOV", "COD/GOV", False, A, N, False),
       ("we are pleased with", "051", "COG/GOV", "RWA/GOV", False, A, N, False),
       ("signature", "057", "COD/GOV", "RWA/GOV", False, A, N, True)],
      "Congo (2004); 'we are pleased with today's signature of the terms of reference of the joint oversight "
      "mechanism between the Democratic Republic of the Congo and Rwanda' = a welcome (held-out 48/49: 'We are "
      "satisfied to see that' 051; 'noted with satisfaction the signing' 051 to the signatories) -> 051 to each "
      "party; the signature, with its parties named in the sentence -> nominal 057 from the first-named (held-out "
      "38/39: an agreement named by its parties nominal 057; held-out 28/29), the joint mechanism itself being the "
      "content of the signed text, not coded separately (borderline a nominal 050)"),
 57: ([], "Armenia (1999): 'we are concerned with the latest developments' (East Timor) = expressed concern (01x); "
          "'we hope that the results of the popular consultation will be fully respected' = optative, agentless "
          "passive (borderline a hoped-for 051 with no source)"),
 58: ([], "Italy (2000): 'There are plenty of organizations that deal with migration' = a description, no act"),
 59: ([], "Nepal (1998): 'We have taken certain steps in that direction' = domestic decentralization (preceding "
          "sentences), no act between actors"),
}
