"""Hand annotations for the EIGHTY-FIRST held-out event gold set (source of events-heldout81.jsonl).

Keyed by the row index of selection-heldout81.jsonl (output of select_bulk_heldout.py 81; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout81.jsonl \
        --annotations annotations_heldout81 --output events-heldout81.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Seychelles (2018): 'we recognize that will not be enough to meet all our sustainable-development and "
         "climate-action obligations under the 2030 Agenda ...' = a view on the sufficiency of national financing; "
         "meeting obligations is not a codable behaviour (guideline: 'comply with obligations'); 'will not be enough' "
         "negates a sufficiency, not an event"),
 1: ([], "Benin (2006): 'as I said at the opening session of the meeting of the least developed countries, any "
         "democracy that does not go hand in hand with development is doomed to fail' = the speaker's own past "
         "statement of a maxim (01x), no act between actors; the negation bears on a condition"),
 2: ([], "Angola (2010): the sentence starts at 'Nations resolutions and initiatives, there has not been the type of "
         "progress ...' (the splitter cut after 'despite various United'; 'Angola notes with concern' lies in the "
         "preceding text); the lack of progress on Western Sahara is agentless, no act between actors; 'has not been' "
         "negates progress, not an event"),
 3: ([], "Netherlands (2003): 'What all these threats have in common is that they do not stop at national borders' = "
         "figurative threats (guideline: risk), no actor"),
 4: ([], "Tanzania (2008): 'the commitments made have not been met fully' = unfulfilled pledges of assistance to "
         "Africa (preceding sentences: 'commitments to assisting Africa' by 'the international community'); the "
         "donors are an uncoded collective and the recipient is Africa as a whole (uncoded) -> null-null, not coded "
         "(held-out 70 row 6: 'We have not provided the resources' null-null not coded; borderline a negated 070 with "
         "no source and no target, as held-out 32/33's unfulfilled pledges whose content is named)"),
 5: ([], "Fiji (2013): 'such a basic principle as that deserves the full support of all nations that would never "
         "accept any less for their own people' = an agentless deontic over all nations (uncoded) about a principle "
         "(equal citizenship), no act between actors; 'would never accept' is a hypothetical attitude of the same "
         "collective"),
 6: ([("host a summit", "036", "USA/GOV", N, False, F, N, False)],
     "United States (Obama, 2009); 'I will also host a summit next April' (the Nuclear Security Summit of April 2010) "
     "= a future hosting -> intent to meet 036 future (guideline: future cooperative acts such as host get 03x, 036 "
     "for meetings; held-out 30/31: hosting a session 036 future), the invited nations are not named -> target null "
     "(borderline 043 future); the summit's reaffirming 'each nation's responsibility to secure nuclear material' is "
     "a norm for all states, and 'we must never allow a single nuclear device to fall into the hands of a violent "
     "extremist' is a deontic with 'we' meaning all states (held-out 42/43), not coded"),
 7: ([("are killed", "202", "SYR/GOV", "SYR/CVL", False, A, N, False),
      ("use all sorts of weapons", "190", "SYR/GOV", "SYR/CVL", False, A, N, False)],
     "Qatar (2012); 'Hundreds of innocent Syrians are killed every day, under the fire of a regime' = killings of many "
     "civilians (guideline: killings of many civilians / massacres 202; borderline 1823 or 190), the agent given in "
     "the sentence by 'under the fire of a regime' = the Syrian regime (preceding sentence: 'The situation in "
     "Syria') -> SYR/GOV, victims -> SYR/CVL, ongoing and habitual -> asserted; 'a regime that does not hesitate to "
     "use all sorts of weapons against its own people' = use of military force against civilians -> 190 (guideline: "
     "generic military attack 190), asserted: the negation bears on hesitating, not on the use (held-out 54-61: 'did "
     "not hesitate to respond' asserted); coded as a second act of another code, as held-out 32/33 codes an army's "
     "acts one per code (borderline: the same violence, coded once as 202)"),
 # --- UNGDC 1990-2019 random: reported
 8: ([("withdrawal of Libyan troops", "0874", "LBY/MIL", "TCD", False, A, N, True),
      ("supervision", "074", "org:UN", "TCD", False, A, N, True)],
     "Chad (1994); 'the withdrawal of Libyan troops from the Aouzou Strip was carried out' (May 1994, after the ICJ "
     "judgment of 3 February 1994, preceding sentences) = a withdrawal noun with its agent named -> nominal 0874 "
     "(held-out 52/53: 'the withdrawal of Israel from the Gaza Strip' nominal 0874), the troops -> LBY/MIL "
     "(guideline: /MIL when the armed forces are named), from territory the ICJ assigned to Chad -> bare TCD "
     "(guideline: bare country as the target of an occupation; held-out 28/29: a strip of land -> the country it "
     "belongs to); 'under the supervision of United Nations observers' (UNASOG) = a peacekeeping noun whose agent "
     "the phrase names -> nominal 074 org:UN (held-out 50 row 38: 'deployment of United Nations military observers' "
     "074 org:UN), hosted on Chad's territory -> TCD (held-out 44/45: 074 to the host country; borderline target "
     "null, as held-out 50 row 38); 'In keeping with the Agreement' (the Surt agreement of 4 April 1994) refers to a "
     "document and is not coded (held-out 70 row 25: 'this agreement' not coded; borderline nominal 057 "
     "TCD/GOV -> LBY/GOV); 'according to an agreed timetable' is not attribution (reported_by null)"),
 9: ([], "Republic of Korea (1995): 'it should also be noted that the cooperation and attention of the international "
         "community, including the United Nations, are paramount to the efforts in this field' = an evaluation of the "
         "role of cooperation in protecting human rights, no addressee, no act (borderline demanded 050 org:UN -> "
         "null)"),
 10: ([("We fully commend", "051", "ROU/GOV", "org:UN", False, A, N, False),
       ("reported on", "1122", "org:UN", "SYR", False, A, N, False)],
      "Romania (2013); commending 'the activity of the Independent Commission of Inquiry on the human rights situation "
      "in Syria' = praise 051 (guideline), the Commission is a body of the Human Rights Council -> org:UN (held-out "
      "40 row 9: the Human Rights Council -> org:UN); 'which reported on the violations committed in that country' = "
      "reports documenting human rights violations -> accuse of human rights abuses 1122 (held-out 10/11: 'a report "
      "exposing' 112; the more specific sub-code for human rights), the perpetrators are not named (agentless "
      "'committed'; the Commission found violations by both government and armed groups) -> the country as a whole, "
      "bare SYR (held-out 62-73: a development inside a named country whose parties are not named goes to the bare "
      "country; borderline SYR/GOV, or not coded as a report = public statement 01x); the violations themselves are "
      "agentless, not coded"),
 11: ([], "Sri Lanka (1995): 'When I addressed the Assembly last year, I reported that the people of Sri Lanka had "
          "secured an electoral victory for \"moderation, tolerance and unity\"' = the speaker's own past statement "
          "(01x) about a domestic election, no act between actors; the sentence is cut at 'p.' by the splitter"),
 # --- UNGDC 1990-2019 random: future
 12: ([], "Colombia (2008): 'our country will voluntarily submit our human rights record to the Universal Periodic "
          "Review, a new mechanism created by the United Nations' = submitting a national report (held-out 50/51: "
          "submitting a national report is not coded; borderline 030 future COL/GOV -> org:UN); the creation of the "
          "mechanism is an internal UN act, not coded"),
 13: ([], "Denmark (2012): 'At the second Forum meeting a week from now, in Copenhagen, the focus will be on resource "
          "efficiency ...' = the Global Green Growth Forum's meeting among its own public and private members "
          "(held-out 71 row 17: a body's meeting among its members not coded); Copenhagen is the venue; the topic is "
          "no act (borderline nominal 036 future DNK/GOV as host)"),
 14: ([("we will visit", "036", "BRA/GOV", "JPN/GOV", False, F, N, False),
       ("we will visit", "036", "BRA/GOV", "CHN/GOV", False, F, N, False),
       ("we will visit", "036", "BRA/GOV", "SAU/GOV", False, F, N, False),
       ("we will visit", "036", "BRA/GOV", "ARE/GOV", False, F, N, False),
       ("we will visit", "036", "BRA/GOV", "QAT/GOV", False, F, N, False)],
      "Brazil (Bolsonaro, 2019); 'Later this year, we will visit key partners, both in the Middle East and in East "
      "Asia' = an announced trip -> 036 future (held-out 16/17: a trip under way is 042 per destination, an announced "
      "one 036 future); the partners are named in the following sentence ('Those visits will strengthen friendship "
      "and deepen relations with Japan, China, Saudi Arabia, the United Arab Emirates and Qatar'; guideline: a "
      "verb's missing participant taken from the context when the document makes it plain) -> one event per "
      "destination (borderline target null, the sentence naming only regions)"),
 # --- UNGDC 1990-2019 random: demand
 15: ([("calls on", "102", "UKR/GOV", N, False, A, N, False)],
      "Ukraine (2001); 'calls on the international community to support this initiative' = a request (guideline: "
      "call on -> 10x), Y = policy support for the draft resolution proclaiming 2002 the UN Year for Cultural "
      "Heritage -> 102 demand policy support, the international community uncoded -> target null; being 'one of "
      "the sponsors' of a General Assembly draft resolution is an internal UN procedure, not coded (borderline 030 "
      "UKR/GOV -> org:UNGA)"),
 16: ([], "Malaysia (1997): 'We should reiterate our recognition of cultural peculiarities' = a deontic with 'we' "
          "meaning all states (held-out 42/43), an attitude about human rights, no act between actors"),
 17: ([], "Netherlands (2014): 'We must link short-term goals with long-term goals' = a policy maxim, 'we' meaning all "
          "states; no act"),
 18: ([], "Republic of Korea (1997): 'Council reform should be based upon consideration of the problems ... of "
          "permanent membership and the right of veto' = a UN reform position (held-out 54-61: reform positions left "
          "uncoded)"),
 19: ([], "Canada (2012): 'As the international community sets its sights on a post-2015 development framework, it "
          "should not forget the work that remains to be done and the commitments it has made' = a deontic over an "
          "uncoded collective about its own commitments, no named recipient; null-null, not coded"),
 20: ([("be lifted", "085", N, "CUB", False, D, N, False)],
      "Namibia (2010); 'the economic blockade ... should therefore be lifted' = an agentless deontic passive -> Y = "
      "ease sanctions 085 demanded with no source (held-out 26/27: 'the sanctions should be lifted' 085 demanded, "
      "source null); the blockade is the one 'imposed on the people of Cuba' (preceding sentences) -> bare CUB "
      "(held-out 47 row 14: the embargo against Cuba -> CUB); the document never names the United States, so the "
      "blockade noun has no agent and is not coded (held-out 42 row 28: the US blockade coded only where the US is "
      "named; held-out 13 and 14 row 58: the imposer not named -> null); 'unjustifiable and unfair' is an evaluation "
      "(guideline: evaluative adjectives not coded; borderline the speaker's 111 with no target)"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("I thank Mr. Guterres", "051", "BHS/GOV", "org:UN", False, A, N, False),
       ("visit", "042", "org:UN", "BHS/GOV", False, A, N, True)],
      "Bahamas (2019); thanking Secretary-General Guterres -> 051 (guideline: thank) to org:UN (held-out 44/45: the "
      "Secretary-General -> org:UN); 'his visit to the Bahamas in the aftermath of Hurricane Dorian' = the "
      "Secretary-General's visit to the speaker's country -> nominal 042 from org:UN (held-out 30/31) to BHS/GOV; "
      "the hurricane's devastation is a natural disaster, no act"),
 22: ([], "El Salvador (1995): 'The work of the United Nations ... reflected the antagonistic nature of international "
          "relations during the cold-war period, which generated tension ..., unleashing an unbridled arms race and "
          "the threat of a nuclear conflict between the super-Powers' = a historical evaluation; the subject is a "
          "period, the arms race has no agent in the sentence ('between the super-Powers' attaches to the nuclear "
          "conflict), and the threat of a nuclear conflict is a risk (guideline: figurative 'threat'); not coded "
          "(borderline nominal 154 USA/GOV -> SUN/GOV for the arms race)"),
 23: ([("deeply grateful", "051", "TJK/GOV", "org:UN", False, A, N, False),
       ("have assisted", "070", "org:UN", "TJK/GOV", False, A, N, False)],
      "Tajikistan (1997); 'We are deeply grateful to all friendly countries, to international organizations and "
      "primarily to members of the United Nations system' = thanks (guideline 051); compound split, the members of "
      "the UN system -> org:UN, 'all friendly countries' and 'international organizations' uncoded and dropped "
      "(held-out 73 row 39: thanks to the Secretary-General and uncoded members of the international community -> "
      "051 to org:UN only; borderline target null, held-out 14/15: thanks that include a group without a code); "
      "'that have assisted and continue to provide assistance in the establishment of a lasting peace' = realised "
      "and continuing aid whose agent the thanks give (held-out 24/25) -> 070 from org:UN to TJK/GOV, the two verbs "
      "one act, coded once (borderline 074 for the UN's peacekeeping mission UNMOT, or 045 for the mediation of the "
      "inter-Tajik talks)"),
 24: ([], "Micronesia (1993): 'the entire world community's keen anticipation of the upcoming Conference on Population "
          "and Development and the World Summit for Social Development' = an attitude of an uncoded collective; the "
          "conferences are not acts between actors"),
 25: ([], "Iran (1995): 'there is a renewed need for recommendations about and practical measures for expansion of the "
          "role of the United Nations in promoting the economic development of developing countries' = an agentless "
          "need, a UN role position (held-out 54-61: reform positions left uncoded); no act"),
 26: ([("hosted", "043", "WSM/GOV", N, False, A, N, False)],
      "Samoa (2007); a fragment cut by the splitter: 'Samoa recently hosted the largest-ever South' [Pacific Games in "
      "the event's 43-year history] (following text); the hosting verb and its agent are in the sentence, the object "
      "taken from the context (held-out 44/45: a part cut off by the splitter is taken from the context; held-out 70 "
      "row 33) -> host 043 (guideline: host/convene), the participating Pacific island teams are an uncoded "
      "collective -> target null (held-out 28/29: conferences hosted by one government 043 with no target); "
      "borderline not coded, as a sporting event rather than a political meeting"),
 27: ([], "Bahamas (2002): 'We pause to remember the families and friends ... who lost loved ones in those attacks' = "
          "condolence (held-out 46/47: condolences are not coded); 'those attacks' (11 September) have no agent and "
          "no victim country in the sentence"),
 28: ([("active engagement", "050", "TON/GOV", "org:IRENA", False, A, N, True),
       ("visit to Tonga", "042", "ARE/GOV", "TON/GOV", False, A, N, True)],
      "Tonga (2010); 'our active engagement with the International Renewable Energy Agency' = a cooperation noun with "
      "its agent ('our') -> nominal 050 (held-out 10/11: cooperation nouns nominal 050; borderline 040), to the "
      "agency -> new organisation code org:IRENA; 'our continuing interest in the potential of renewable energy' is "
      "an attitude; 'the first-time visit to Tonga and a number of other Pacific SIDS by His Highness Sheikh "
      "Abdullah Bin Zayed Al Nahyan' = the UAE Foreign Minister's visit -> nominal 042 ARE/GOV -> TON/GOV (held-out "
      "52/53: official visits nominal 042 per visitor), the other Pacific SIDS are unnamed and dropped (compound "
      "rule); 'to develop relations with our region' is the visit's purpose, not coded separately (borderline 030 "
      "ARE/GOV -> null)"),
 29: ([("welcomes", "051", "LBR/GOV", "LIE/GOV", False, A, N, False)],
      "Liberia (1990); 'My delegation also welcomes the Principality of Liechtenstein as the newest member of this "
      "body' = a welcome of a new member state -> 051 to LIE/GOV (held-out 32 row 35: welcoming the admission of the "
      "two Koreas 051 to each GOV); the admission itself is the UN's act on membership, not coded (held-out 26 row "
      "40)"),
 30: ([("supervising", "074", "org:UN", "SYR/GOV", False, A, N, False),
       ("supervising", "074", "org:UN", "ISR/GOV", False, A, N, False),
       ("truce", "0871", "SYR/GOV", "ISR/GOV", False, A, N, True)],
      "Syria (1994); 'senior United Nations officers who were entrusted with the task of supervising the truce between "
      "Syria and Israel during that period' (UNTSO, before 1967, preceding sentences) = UN military observers' "
      "peacekeeping -> 074 org:UN (held-out 50 row 38: UN military observers 074 org:UN), one event per party the truce "
      "names (held-out 38/39: good offices to two parties 039 to each; borderline target null, as held-out 50 row 38); "
      "'the truce between Syria and Israel' = a realised ceasefire naming its parties -> nominal 0871 from the "
      "first-named (held-out 20/21), historic -> asserted (borderline 057 for the 1949 Armistice Agreement); "
      "'entrusted' is an agentless passive, and the publication of memoirs is no act between actors; the records "
      "'to which I have referred' are the speaker's own statement"),
 31: ([], "Singapore (2001): 'Through the Security Council, it [the UN] also provides a platform for practical "
          "cooperation, as we saw, for example, in Security Council resolution 1373 (2001)' = an evaluation of the UN "
          "as a forum (held-out 71 row 35), cooperation among uncoded states; the resolution is named as an example, "
          "with no act in the sentence (borderline nominal 050 org:UNSC -> null)"),
 32: ([], "Italy (2006): 'we knew that the new millennium would hold unpredictable and complex threats extending beyond "
          "national borders' = figurative threats (guideline: risk), no actor"),
 33: ([("fully appreciates", "051", "MYS/GOV", "BRA/GOV", False, A, N, False),
       ("initiative", "0311", "BRA/GOV", N, False, A, N, True)],
      "Malaysia (2004); 'Malaysia fully appreciates the Brazilian initiative' = praise 051 (guideline) to BRA/GOV; "
      "'the Brazilian initiative to create new and innovative forms of funding to meet those challenges' (President "
      "Lula's Action against Hunger and Poverty, 2004) = a proposal stated as a fact, an event noun with its agent "
      "('Brazilian') -> nominal intent to cooperate economically 0311 asserted (held-out 71 row 12: 'the initiative "
      "of President George Bush to reduce' nominal 0356; guideline: 'proposed shipping' 03x asserted), the "
      "beneficiaries an uncoded collective -> target null (borderline 0331 intent to provide economic aid, or not "
      "coded as a mere proposal)"),
 34: ([("criminal attacks", "180", N, "USA", False, A, N, True)],
      "Mauritania (2002); 'the criminal attacks against New York and Washington' (11 September 2001) = terrorist "
      "attacks whose perpetrators the sentence does not name -> 180 with no source (held-out 52 row 10 and held-out "
      "60 row 43: the attacks of 11 September 180 null -> USA), the country attacked -> bare USA (borderline "
      "USA/CVL, held-out 59 row 10), nominal; New York and Washington are places, not metonyms (guideline)"),
 35: ([], "Tajikistan (2018): 'national development efforts need to be supported by an enabling international economic "
          "environment' = an agentless need, no actor"),
 36: ([("commend", "051", "GMB/GOV", "GBR/GOV", False, A, N, False)],
      "Gambia (2000); a fragment cut by the splitter: 'At this point, we also want to commend the' [Government of the "
      "United Kingdom for stepping in with military assistance to bolster the United Nations troops there] "
      "(following text); the praise verb is in the sentence and its object is taken from the context (held-out 70 "
      "row 33: 'I very much welcome the confirmation by the' coded from the following text) -> 051 to GBR/GOV; the "
      "military assistance lies outside the sentence, not coded (borderline: not coded at all, as held-out 63 row 0, "
      "where the event lay outside the sentence)"),
 37: ([], "Nicaragua (2008): 'The Bolivarian Alternative for the Americas has become a comprehensive platform for "
          "cooperation for a number of our countries, complementing their economies' = an evaluation of a regional "
          "scheme whose members the sentence does not name ('a number of our countries', uncoded), no act between "
          "coded actors (borderline nominal 050 among the ALBA members of 2008)"),
 38: ([("hosted", "043", "CRI/GOV", N, False, A, N, False),
       ("jointly organized", "050", "CRI/GOV", "org:UNIDO", False, A, N, False)],
      "Costa Rica (2013); the sentence starts at 'Rica also hosted' (the splitter cut after 'Costa'); the subject cut "
      "off is taken from the context (held-out 44/45) -> CRI/GOV; 'hosted an international conference of "
      "middle-income countries' = host/convene 043 (guideline), the participants an uncoded collective -> target "
      "null (held-out 28/29); 'jointly organized with the United Nations Industrial Development Organization' = "
      "co-organizing with a UN agency -> cooperation 050 (borderline a second 043 from the agency, or one 043 to "
      "it) to the new organisation code org:UNIDO"),
 39: ([], "Yemen (1996): 'It therefore stresses the importance of maintaining security, stability and cooperation "
          "among all States in the region' = a statement (01x) of an abstract position over uncoded states, no act"),
 40: ([], "Namibia (1997): 'My Government welcomes the idea of the establishment of a revolving credit fund, "
          "capitalized ... through voluntary contributions' = support for a UN financial reform proposal (the "
          "Secretary-General's reform package of 1997, not named in the sentence) -> a UN reform position (held-out "
          "54-61: left uncoded); the fund is hypothetical and agentless (borderline 051 NAM/GOV -> org:UN, held-out "
          "44/45: supporting a UN plan)"),
 41: ([], "Saudi Arabia (2006): 'International terrorism is a threat to us all' = a figurative threat (guideline: "
          "'threat to all of us'), no act"),
 42: ([("support the efforts", "051", N, "org:UN", False, D, N, False),
       ("pursuing the political processes", "045", "org:UN", "ESH", False, A, N, False),
       ("pursuing the political processes", "045", "org:UN", "SYR", False, A, N, False),
       ("pursuing the political processes", "045", "org:UN", "MMR", False, A, N, False)],
      "Jamaica (2018); 'it is important to support the efforts of the Secretary-General and his Special Envoys' = an "
      "agentless deontic ('it is important to help X' -> demanded) -> 051 with no source (held-out 44/45: 'it has "
      "become imperative to continue to support' the Secretary-General is a demanded 051 with no source; held-out "
      "14/15: 'it is essential that we continue to support', member states in general, source null) to org:UN; the "
      "Secretary-General and his envoys 'pursuing the political processes related to situations such as those in "
      "the Western Sahara, Syria and Myanmar' = UN mediation (the Personal Envoy for Western Sahara, the Special "
      "Envoys for Syria and on Myanmar) -> 045 org:UN (held-out 32/33: UN mediation of talks 045 to each party), "
      "realised -> asserted, the parties not named -> one event per situation to the bare country (held-out 62-73: "
      "a development inside a named country whose parties are not named goes to the bare country; Western Sahara -> "
      "ESH); borderline: the processes not coded as the purpose of the efforts"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Tuvalu (2005): 'The time is also ripe to initiate dialogue on a more comprehensive approach ... where all "
          "major emitters of greenhouse gases will need to participate' = an agentless deontic ('now is the time' -> "
          "demanded) whose participants are an uncoded collective ('all major emitters'); null-null, not coded "
          "(borderline demanded 046 with no source and no target)"),
 44: ([("facilitate and assist", "045", "org:UN", N, False, D, N, False)],
      "Dominica (1996); 'the international community and the United Nations in particular have an interest — indeed, "
      "a duty — to facilitate and assist the process' = a deontic ('a duty to') -> demanded; facilitating the Middle "
      "East peace process -> mediation 045 (held-out 54-61: a facilitation of an organisation is 045 to each party), "
      "one act of two verbs coded once; compound source split, the international community uncoded and dropped -> "
      "org:UN; the parties are 'the States in the region' and 'the peoples in the area' (preceding sentence), "
      "uncoded -> target null (borderline 070 for 'assist', or not coded for lack of a named party)"),
 45: ([], "Belize (2009): 'The United Nations has its Security Council and the Permanent Five; the IMF and the World "
          "Bank have their weighted voting and the WTO has its green room' = a description of institutions, no act"),
 46: ([], "Seychelles (2008): 'Seychelles is but a speck on the globe ... a people that believes in justice, freedom "
          "and fairness' = a description (with a page-footer artefact '7 08-51845' inside the span), no act"),
 47: ([("accession", "057", "VNM/GOV", "org:WTO", False, F, N, True)],
      "Viet Nam (2006); 'We are in the final stage leading to accession to the World Trade Organization' = an "
      "expected accession (realised in January 2007) -> joining an international body by an accession protocol "
      "-> 057 (held-out 48/49: joining the NPT 057), an event noun whose agent the sentence gives ('We') -> nominal, "
      "not yet realised -> future, to org:WTO (borderline 046 asserted for the accession negotiations in their "
      "final stage, or not coded as a membership matter, held-out 54-61: UN admissions left uncoded)"),
 48: ([], "Ethiopia (1996): 'the very many conflict situations that have led to unspeakable human suffering, and on "
          "some occasions to genocide, in Africa' = agentless conflicts and genocide with no named country, no act "
          "between actors"),
 49: ([], "Bangladesh (1997): 'he [Secretary-General Kofi Annan] is the archetypical insider of that system' = an "
          "evaluation, no act"),
 50: ([], "Burkina Faso (2000): 'That would be a betrayal of this history' = a hypothetical evaluation of hegemony in "
          "the Organization, no act between actors"),
 51: ([], "Tajikistan (2017): 'our people have experienced many hardships and suffered through a civil war in the early "
          "days of its independence' = the civil war of 1992-1997, a war noun with no agent in the sentence (held-out "
          "59 row 54, 63 row 36: the civil war noun has no agent in the sentence, not coded; borderline nominal 190 TJK/GOV "
          "-> TJK/REB); 'the need to defend it [peace]' is an attitude"),
 52: ([("source of great satisfaction", "051", "TUN/GOV", "org:AU", False, A, N, False)],
      "Tunisia (1993); the sentence starts at 'Organization of African Unity, of machinery for the management and "
      "settlement of conflicts in Africa is also a source of great satisfaction' (the splitter cut after 'The "
      "establishment, at the most recent Summit of the'); the OAU's establishment of its Mechanism for Conflict "
      "Prevention, Management and Resolution (Cairo summit, June 1993) being 'a source of great satisfaction' = the "
      "speaker's welcome (held-out 48/49: 'We are satisfied to see that' is a welcome 051) -> 051 TUN/GOV to the "
      "OAU -> org:AU (held-out 34/35: the OAU is org:AU); the establishment itself is the organisation's internal "
      "act, not coded (borderline: not coded as an impersonal evaluation, held-out 52/53: impersonal welcomes not "
      "coded)"),
 53: ([], "Georgia (1992): 'My fourth suggestion is for United Nations rapid deployment forces in the field of "
          "international legal thought' = a figurative proposal about legal doctrine, no act between actors"),
 54: ([], "Seychelles (1998): 'it [the United Nations] is the only institution which represents the collective "
          "conscience of humanity' = an evaluation, no act"),
 55: ([], "Saint Lucia (1996): 'The reality of size and vulnerability always creates an awareness ... in small States' "
          "= a general statement, no act"),
 56: ([], "Holy See (2016): 'The achievement of the 2030 Agenda involves an important assumption of responsibility on "
          "the part of Governments and the commitment of all' = a general statement over uncoded collectives, no act"),
}
