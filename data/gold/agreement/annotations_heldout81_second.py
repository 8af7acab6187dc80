"""Hand annotations: the SECOND, independent annotation of the EIGHTY-FIRST held-out set's sentences, for the
agreement study (source of agreement/events-heldout81-second.jsonl).

Keyed by the row index of selection-heldout81.jsonl (output of select_bulk_heldout.py 81; all rows come from
bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, blind to the first annotation of these sentences and
before any coder output on them was seen. Every row was checked against its byte offsets, since the context
shown before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout81.jsonl \
        --annotations agreement.annotations_heldout81_second --output agreement/events-heldout81-second.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Seychelles (2018): 'we recognize that will not be enough to meet all our ... obligations under the 2030 "
         "Agenda ..., the Paris Agreement and the SAMOA Pathway' = the speaker's assessment of its own financing, no "
         "act between actors; 'will not be enough' negates sufficiency, not an event; meeting obligations is "
         "compliance (guideline), not coded"),
 1: ([], "Benin (2006): 'as I said at the opening session of the meeting of the least developed countries' = the "
         "speaker's own past statement (01x, not coded); 'any democracy that does not go hand in hand with "
         "development is doomed to fail' = a general maxim, no actor; 'does not go hand in hand' is no negated event"),
 2: ([], "Angola (2010): the sentence starts at 'Nations resolutions' (the splitter cut after 'Angola notes with "
         "concern that despite various United'); 'there has not been the type of progress that would lead to meeting "
         "the aspirations of the Saharan people' = an agentless evaluation of the Western Sahara question, no actor; "
         "'notes with concern' (01x) lies before the cut; the resolutions are documents"),
 3: ([], "Netherlands (2003): 'these threats ... do not stop at national borders' = threats as risks (guideline: "
         "figurative), no actor"),
 4: ([], "United Republic of Tanzania (2008): 'the commitments made have not been met fully' = the unfulfilled "
         "commitments 'to assisting Africa' of the preceding sentence (held-out 32/33: unfulfilled pledges take the "
         "content's code, negated), but their makers are the uncoded international community / development "
         "partners and the beneficiary is Africa, a continent with no code -> null-null, not coded (held-out 54-61: "
         "acts between uncoded collectives left uncoded); borderline a negated 070 null -> null"),
 5: ([], "Fiji (2013): 'such a basic principle ... deserves the full support of all nations that would never accept "
         "any less for their own people' = what a principle (equal citizenship) deserves from all nations (an "
         "uncoded collective), support for an abstract principle, no target (guideline: abstract policy positions); "
         "'would never accept any less' is a hypothetical attitude of the same uncoded nations, not a REJECT event"),
 6: ([("will also host a summit", "036", "USA/GOV", N, False, F, N, False)],
     "United States (Obama, 2009); 'I will also host a summit next April' = the Nuclear Security Summit of April 2010 "
     "-> future hosting -> 036 future (guideline: future cooperative acts, host included, 03x; held-out 77 row 37: "
     "'host the First Review Conference' 036 future with target null), the participating nations unnamed -> "
     "target null; 'that reaffirms each nation's responsibility to secure nuclear material ... and to help those "
     "who cannot' = the summit's intended content, a norm for all states, not coded (borderline a future 033 "
     "null -> null); 'we must never allow a single nuclear device to fall into the hands of a violent extremist' = "
     "'we' meaning all states (held-out 42/43), not coded"),
 7: ([("are killed", "202", "SYR/GOV", "SYR/CVL", False, A, N, False),
      ("to use all sorts of weapons", "190", "SYR/GOV", "SYR/CVL", False, A, N, False)],
     "Qatar (2012); 'Hundreds of innocent Syrians are killed every day, under the fire of a regime' = a passive whose "
     "agent the phrase 'under the fire of a regime' names (the Assad regime -> SYR/GOV; borderline SYR/MIL), "
     "hundreds of civilians killed daily -> killings of many civilians 202 (guideline; borderline 1823, or 190 as "
     "the attack itself), habitual -> asserted, the victims -> SYR/CVL; 'a regime that does not hesitate to use "
     "all sorts of weapons against its own people' = 'does not hesitate' asserts the use (held-out 54-61: 'did not "
     "hesitate to respond' asserted, not negated) -> use of military force 190 (borderline 195 for the aerial "
     "bombardment of 2012), its own people -> SYR/CVL; borderline coded once, the weapons use being the fire that "
     "kills"),
 # --- UNGDC 1990-2019 random: reported
 8: ([("withdrawal of Libyan troops", "0874", "LBY/MIL", "TCD", False, A, N, True),
      ("supervision of United Nations observers", "074", "org:UN", "TCD", False, A, N, True)],
     "Chad (1994); 'the withdrawal of Libyan troops from the Aouzou Strip was carried out according to an agreed "
     "timetable' = a completed withdrawal with its agent named -> retreat militarily 0874 (PETRARCH's CAMEO "
     "dictionary: WITHDRAWAL ... COMPLETE 0874; borderline 087, as held-out 41 'the withdrawal of Ugandan troops' "
     "087), nominal (the event noun is the subject of 'was carried out', held-out 41), 'Libyan troops' -> LBY/MIL "
     "(guideline), from Chadian territory -> the bare country TCD (held-out 43: the country left); 'under the "
     "supervision of United Nations observers' = the UN Aouzou Strip Observer Group -> a nominal 074 from org:UN "
     "(held-out 50: 'deployment of United Nations military observers' 074 org:UN; PETRARCH: MONITOR CEASEFIRE "
     "074), to the host country -> TCD (held-out 45: ISAF 074 to the host country; borderline 093 as PETRARCH's "
     "'monitor withdrawal of troops', or LBY/MIL as second target); 'In keeping with the Agreement' and 'an agreed "
     "timetable' refer to the Surt agreement of the preceding sentence, not coded again; the stratum cue "
     "'according to an agreed timetable' is not attribution (guideline)"),
 9: ([], "Republic of Korea (1995): 'the cooperation and attention of the international community, including the "
         "United Nations, are paramount to the efforts in this field' = an evaluation of the role of cooperation in "
         "human rights protection in general, with no counterpart (guideline: abstract policy positions); borderline "
         "a nominal 050 org:UN -> null; 'it should also be noted' is the speaker's own statement"),
 10: ([("We fully commend", "051", "ROU/GOV", "org:UN", False, A, N, False),
       ("activity of the Independent Commission of Inquiry", "092", "org:UN", "SYR", False, A, N, True)],
      "Romania (2013); 'We fully commend the activity of the Independent Commission of Inquiry on the human rights "
      "situation in Syria' = praise (guideline: commend 051) of a body established by the Human Rights Council -> "
      "org:UN (held-out 40: the Human Rights Council, a UN body, org:UN; borderline a separate org code for the "
      "Council); the Commission's activity = an investigation of human rights abuses named by its body's title -> a "
      "nominal 092 (held-out 18/19: an investigation of war crimes 094; held-out 28/29: the UN and OPCW "
      "'identifying those who deployed' chemical weapons a nominal 094), the country investigated -> bare SYR "
      "(borderline SYR/GOV, or not coded as the object of praise); 'which reported on the violations committed in "
      "that country' = the same activity's report, coded once (borderline a separate 112 from org:UN, held-out "
      "10/11 'a report exposing' 112, with target null since the violators are not named); the violations are "
      "agentless, not coded"),
 11: ([], "Sri Lanka (1995): 'When I addressed the Assembly last year, I reported that the people of Sri Lanka had "
          "secured an electoral victory for \"moderation, tolerance and unity\"' = the speaker's own past statement "
          "(guideline: reported_by null, speech verb not coded), the electoral victory a domestic election, no act "
          "between actors"),
 # --- UNGDC 1990-2019 random: future
 12: ([], "Colombia (2008): 'our country will voluntarily submit our human rights record to the Universal Periodic "
          "Review' = submitting a national report to a UN review (held-out 50/51: submitting a national report is not "
          "coded); borderline a future 0355 (allow international involvement) COL/GOV -> org:UN; 'a new mechanism "
          "created by the United Nations' is the creation of an internal UN mechanism with no counterpart, not coded"),
 13: ([("the second Forum meeting", "036", "DNK/GOV", N, False, F, N, True)],
      "Denmark (2012); 'At the second Forum meeting a week from now, in Copenhagen' = the Global Green Growth Forum "
      "that 'the Danish Government, in partnership with the Governments of Mexico and Republic of Korea' created "
      "(preceding sentence), meeting in Denmark's capital -> a future meeting the Danish Government convenes -> 036 "
      "future, nominal (held-out 14/15: a meeting on a day's public schedule 036 future nominal; held-out 48/49: an "
      "event noun whose agent is plain from the text around it is coded); the participants are a mixed partnership "
      "of governments, corporations and organisations -> target null (borderline one 036 each to MEX/GOV and "
      "KOR/GOV, the co-founders, or not coded as a setting for the meeting's topic); Copenhagen is a place; the "
      "focus on resource efficiency is the topic"),
 14: ([("will visit", "036", "BRA/GOV", "JPN/GOV", False, F, N, False),
       ("will visit", "036", "BRA/GOV", "CHN/GOV", False, F, N, False),
       ("will visit", "036", "BRA/GOV", "SAU/GOV", False, F, N, False),
       ("will visit", "036", "BRA/GOV", "ARE/GOV", False, F, N, False),
       ("will visit", "036", "BRA/GOV", "QAT/GOV", False, F, N, False)],
      "Brazil (Bolsonaro, 2019); 'Later this year, we will visit key partners, both in the Middle East and in East "
      "Asia' = an announced trip -> 036 future per destination (held-out 16/17: a trip under way 042 asserted per "
      "destination, an announced one 036 future); the partners are named in the following sentence ('Those visits "
      "will strengthen friendship and deepen relations with Japan, China, Saudi Arabia, the United Arab Emirates "
      "and Qatar') -> one event per government (held-out 12/13: a group without a code is each member the document "
      "names); borderline 042 future, or target null for unnamed 'key partners'"),
 # --- UNGDC 1990-2019 random: demand
 15: ([("calls on", "102", "UKR/GOV", N, False, A, N, False)],
      "Ukraine (2001); 'calls on the international community to support this initiative' = a request (guideline: "
      "call on -> 10x), Y = support for the draft General Assembly resolution proclaiming 2002 the UN Year for "
      "Cultural Heritage -> demand policy support 102 (held-out 77 row 30: 'we request support for the draft "
      "resolutions' 102 with target null), the international community uncoded -> target null; Y not coded "
      "separately (guideline); being one of the draft resolution's sponsors is a status, not coded (borderline a "
      "051 to org:UNGA)"),
 16: ([], "Malaysia (1997): 'We should reiterate our recognition of cultural peculiarities' = 'we' meaning all states "
          "(held-out 42/43), an abstract position on human rights, no act between actors"),
 17: ([], "Netherlands (2014): 'We must link short-term goals with long-term goals' = a policy principle for the "
          "development agenda, no act between actors"),
 18: ([], "Republic of Korea (1997): Security Council reform 'should be based upon consideration of the problems ... "
          "the system of permanent membership and the right of veto' = a UN reform position (held-out 54-61: reform "
          "positions left uncoded)"),
 19: ([], "Canada (2012): 'the international community ... should not forget the work that remains to be done and the "
          "commitments it has made' = a deontic about an uncoded collective's own commitments with no named "
          "counterpart -> null-null, not coded (borderline a demanded 030 null -> null); 'should not forget' is not a "
          "negated event"),
 20: ([("should therefore be lifted", "085", N, "CUB", False, D, N, False)],
      "Namibia (2010); 'the economic blockade ... should therefore be lifted' = the embargo 'imposed on the people of "
      "Cuba' (preceding sentences), an agentless deontic passive -> ease economic sanctions 085 demanded with "
      "source null (held-out 26 row 4: 'the sanctions should be lifted' 085 demanded null; the document never "
      "names the United States as the imposer, held-out 13/14: the imposer not named), sanctions on a country -> "
      "bare CUB (held-out 19; borderline CUB/CVL for 'the people of Cuba'); 'is unjustifiable and unfair' = "
      "evaluative adjectives, not a criticism verb (held-out 9 row 68: 'is unjustifiable' not coded; borderline "
      "111 NAM/GOV with target null); 'the economic blockade' has no agent, not coded as a nominal 163"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("I thank", "051", "BHS/GOV", "org:UN", False, A, N, False),
       ("his visit to the Bahamas", "042", "org:UN", "BHS/GOV", False, A, N, True)],
      "Bahamas (2019); 'I thank Mr. Guterres for his visit to the Bahamas in the aftermath of Hurricane Dorian' = "
      "thanks (guideline: 051) to the Secretary-General -> org:UN; the visit itself -> a nominal 042 from org:UN to "
      "the speaker's country (held-out 30/31: the Secretary-General's visit to the speaker's country a nominal 042 "
      "from org:UN; held-out 14/15: thanks for the welcome codes 051 and a nominal 042); the hurricane's "
      "devastation is a natural disaster, no actor"),
 22: ([("arms race", "154", "USA/GOV", "SUN/GOV", False, A, N, True)],
      "El Salvador (1995); the cold-war 'international relations ... unleashing an unbridled arms race and the threat "
      "of a nuclear conflict between the super-Powers' = a historic arms race (held-out 24/25: historic acts in "
      "speeches are coded; held-out 38/39 and 16/17: producing and stockpiling weapons, the build-up of an arsenal "
      "a nominal 154) whose agents the sentence names as 'the super-Powers' -> the United States and the Soviet "
      "Union of the time (guideline: USSR -> SUN; held-out 5: office at the time), symmetric, coded once from the "
      "conventionally first-named (guideline); borderline not coded, the arms race being the effect of an abstract "
      "subject ('the antagonistic nature of international relations'); 'the threat of a nuclear conflict' = a risk "
      "(guideline: figurative threat), not coded; 'the work of the United Nations ... reflected' is a description"),
 23: ([("We are deeply grateful", "051", "TJK/GOV", "org:UN", False, A, N, False),
       ("have assisted", "070", "org:UN", "TJK/GOV", False, A, N, False)],
      "Tajikistan (1997); 'We are deeply grateful to all friendly countries, to international organizations and "
      "primarily to members of the United Nations system' = thanks (guideline: 051), the compound split with the "
      "uncoded collectives dropped (guideline) -> org:UN (held-out 28/29: thanks to UN funds and programmes; "
      "borderline target null, held-out 14/15: thanks that include a group without a code); 'that have assisted "
      "and continue to provide assistance in the establishment of a lasting peace' = the thanked parties' aid, its "
      "agent from the thanks (held-out 24/25: thanks 'for the ongoing support') -> 070 org:UN -> TJK/GOV, the past "
      "and continuing assistance one act coded once (borderline two 070s, or 074 for the UN observer mission "
      "UNMOT, or 045 for the UN's role in the inter-Tajik talks)"),
 24: ([], "Micronesia (1993): 'the entire world community's keen anticipation of the upcoming Conference on Population "
          "and Development and the World Summit for Social Development' = an attitude of an uncoded collective towards "
          "future UN conferences, no act; the conferences' hosts are not named in the sentence"),
 25: ([], "Iran (1995): 'there is a renewed need for recommendations about and practical measures for expansion of the "
          "role of the United Nations in promoting the economic development of developing countries' = an agentless "
          "statement of need about the UN's role and its reform, the beneficiaries an uncoded class (held-out 54-61: "
          "reform positions uncoded; borderline a demanded 061 org:UN -> null); implementation of agreements is "
          "compliance, not coded"),
 26: ([("hosted", "043", "WSM/GOV", N, False, A, N, False)],
      "Samoa (2007); 'Samoa recently hosted the largest-ever South' = a fragment cut by the splitter, completed by "
      "the following text as 'Pacific Games' (held-out 44/45: a part cut off by the splitter is taken from the "
      "context; held-out 77 row 48) -> host/convene 043 (guideline), the regional event's participants an uncoded "
      "collective of Pacific states -> target null (held-out 28/29: conferences hosted with no target); borderline "
      "not coded, a sporting event rather than a political visit"),
 27: ([], "Bahamas (2002): 'We pause to remember the families and friends ... who lost loved ones in those attacks' = "
          "remembrance, condolence (held-out 46/47: condolences not coded); 'those attacks' = the 11 September "
          "attacks of the preceding text, an anaphoric event noun with no agent and no victim country in the "
          "sentence (guideline: 'this aggression' not coded; borderline a nominal 180 null -> USA, as held-out 59, 65, 66 and 68 "
          "code the attacks when named with their target)"),
 28: ([("our active engagement", "050", "TON/GOV", "org:IRENA", False, A, N, True),
       ("the first-time visit to Tonga", "042", "ARE/GOV", "TON/GOV", False, A, N, True)],
      "Tonga (2010); 'our active engagement with the International Renewable Energy Agency' = a cooperation noun "
      "naming its parties -> nominal 050 (held-out 57 row 39: 'Spain's engagement with the Palestinian people' 050; "
      "borderline 040), new organisation code org:IRENA; 'the first-time visit to Tonga and a number of other "
      "Pacific SIDS by His Highness Sheikh Abdullah Bin Zayed Al Nahyan' = a visit by the UAE Minister of Foreign "
      "Affairs of 2010 -> ARE/GOV, nominal 042 (guideline: visit 042; held-out 52/53: official visits nominal 042 "
      "per visitor) to TON/GOV, the other SIDS unnamed, dropped; 'to develop relations with our region' is the "
      "visit's purpose (borderline a 030), and 'our continuing interest in ... renewable energy' an attitude, not "
      "coded; 'That development' (the Abu Dhabi summit of the preceding sentence) is not coded here"),
 29: ([("welcomes", "051", "LBR/GOV", "LIE/GOV", False, A, N, False)],
      "Liberia (1990); 'My delegation also welcomes the Principality of Liechtenstein as the newest member of this "
      "body' = a performative welcome of a new Member -> 051 to the new member (held-out 35 row 31, 47, 55: "
      "welcoming an admission 051 to each new member); the admission itself is the UN's act, not coded (held-out "
      "54-61: UN admissions uncoded)"),
 30: ([("supervising the truce", "074", "org:UN", "SYR/GOV", False, A, N, False),
       ("supervising the truce", "074", "org:UN", "ISR/GOV", False, A, N, False),
       ("truce\nbetween Syria and Israel", "0871", "SYR/GOV", "ISR/GOV", False, A, N, True)],
      "Syrian Arab Republic (1994); 'senior United Nations officers who were entrusted with the task of supervising "
      "the truce between Syria and Israel during that period' = the historic UN truce supervision (UNTSO) on the "
      "armistice lines of the 1950s-60s (preceding text: Israel opening fire on Syrian farmers) -> monitoring a "
      "ceasefire 074 (PETRARCH's CAMEO dictionary: MONITOR CEASEFIRE 074; held-out 50: UN military observers 074), "
      "org:UN, one per party (held-out 54-61: facilitation of an organisation to each party; borderline bare SYR "
      "and ISR, or not coded as background to the memoirs); 'the truce between Syria and Israel' = a realised "
      "ceasefire naming its parties -> nominal 0871 from the first-named (held-out 20/21); 'were entrusted' is an "
      "agentless passive and publishing memoirs is no act between actors, not coded"),
 31: ([], "Singapore (2001): 'it [the UN] also provides a platform for practical cooperation, as we saw ... in Security "
          "Council resolution 1373 (2001)' = a description of the UN as a forum for cooperation among unnamed states; "
          "the resolution is cited as an example, its counter-terrorism obligations not stated here (borderline a "
          "nominal 050 org:UN -> null)"),
 32: ([], "Italy (2006): 'On that day we knew that the new millennium would hold unpredictable and complex threats "
          "extending beyond national borders' = threats as risks (guideline: figurative), no actor; '11 September' "
          "lies in the preceding sentence"),
 33: ([("fully appreciates", "051", "MYS/GOV", "BRA/GOV", False, A, N, False)],
      "Malaysia (2004); 'Malaysia fully appreciates the Brazilian initiative to create new and innovative forms of "
      "funding' = praise of a named government's proposal (Lula's Action against Hunger and Poverty) -> 051 to "
      "BRA/GOV (held-out 8: support aimed at a process goes to its named parties; held-out 9 row 69: support "
      "for a plan goes to its author); the initiative itself is a proposal not yet acted on, not coded (borderline "
      "a nominal 033 BRA/GOV -> null)"),
 34: ([("the criminal attacks", "180", N, "USA", False, A, N, True)],
      "Mauritania (2002); 'one year after the criminal attacks against New York and Washington' = the 11 September "
      "attacks, perpetrators not named -> 180 with no source, one per victim country (held-out 54-61; held-out 65 "
      "row 26, 66 row 32: the same attacks 180 null -> USA), the country as a whole -> bare USA (borderline "
      "USA/CVL, as held-out 68 row 10 for 'on New York and Washington'), nominal; New York and Washington are "
      "places, not metonyms; the session being held is no act"),
 35: ([], "Tajikistan (2018): 'national development efforts need to be supported by an enabling international "
          "economic environment' = an abstract statement of need with an inanimate agent and no named recipient, "
          "not coded (borderline a demanded 070 null -> null)"),
 36: ([("commend", "051", "GMB/GOV", "GBR/GOV", False, A, N, False)],
      "Gambia (2000); 'At this point, we also want to commend the' = a fragment cut by the splitter; the following "
      "text completes the object as 'Government of the United Kingdom for stepping in with military assistance to "
      "bolster the United Nations troops there' (held-out 44/45: a part cut off by the splitter is taken from the "
      "context; held-out 77 row 48) -> a performative praise (guideline: commend 051), 'want to' performative -> "
      "asserted, to GBR/GOV; the British military assistance in Sierra Leone lies wholly after the cut, not coded "
      "(held-out 62-73: fragments whose act lies outside the sentence)"),
 37: ([], "Nicaragua (2008): 'The Bolivarian Alternative for the Americas has become a comprehensive platform for "
          "cooperation for a number of our countries' = a description of an organisation's role for unnamed member "
          "countries (ALBA's members are not named in the document) -> cooperation within an uncoded group, not "
          "coded (borderline a nominal 050 NIC/GOV -> null); 'complementing their economies' is an effect"),
 38: ([("hosted", "043", "CRI/GOV", N, False, A, N, False),
       ("jointly organized", "050", "CRI/GOV", "org:UNIDO", False, A, N, False)],
      "Costa Rica (2013); the sentence starts at 'Rica also hosted' (the splitter cut after 'in March Costa'), the "
      "subject taken from the context (held-out 44/45) -> CRI/GOV; 'hosted an international conference of "
      "middle-income countries' -> host/convene 043 (guideline), the participants an uncoded class -> target null "
      "(held-out 28/29: conferences hosted with no target); 'jointly organized with the United Nations Industrial "
      "Development Organization' = cooperation with a named organisation -> 050 (borderline 043 with UNIDO as a "
      "second source, or org:UN for the UN specialized agency), new organisation code org:UNIDO"),
 39: ([], "Yemen (1996): 'It therefore stresses the importance of maintaining security, stability and cooperation among "
          "all States in the region' = an abstract policy position (guideline), cooperation among an uncoded "
          "collective; 'stresses' is a statement (01x)"),
 40: ([], "Namibia (1997): 'My Government welcomes the idea of the establishment of a revolving credit fund' for the UN's "
          "financial crisis = a position on a UN reform and financing proposal (held-out 54-61: UN reform positions "
          "left uncoded); the idea comes from the Secretary-General's reform report only by the document's earlier "
          "text, not named here (borderline 051 NAM/GOV -> org:UN, as held-out 44/45 'supporting a UN plan' 051 to "
          "org:UN); the voluntary contributions are hypothetical means with no actor"),
 41: ([], "Saudi Arabia (2006): 'International terrorism is a threat to us all' = a threat as risk (guideline: "
          "figurative), no actor"),
 42: ([("it is important to support", "051", N, "org:UN", False, D, N, False),
       ("the efforts of the Secretary-General", "045", "org:UN", "ESH", False, A, N, True),
       ("the efforts of the Secretary-General", "045", "org:UN", "SYR", False, A, N, True),
       ("the efforts of the Secretary-General", "045", "org:UN", "MMR", False, A, N, True)],
      "Jamaica (2018); 'We also believe that it is important to support the efforts of the Secretary-General and his "
      "Special Envoys' = a deontic without a request verb (guideline: 'it is important to help X' -> demanded), "
      "the supporters unnamed (held-out 14/15: 'it is essential that we continue to support' source null; held-out "
      "44/45: 'imperative to continue to support' the Secretary-General a demanded 051 with no source) -> 051 "
      "demanded null -> org:UN (borderline source JAM/GOV); the efforts 'in pursuing the political processes "
      "related to situations such as those in the Western Sahara, Syria and Myanmar' = the UN envoys' realised "
      "mediation -> a nominal 045 from org:UN (held-out 32/33: UN mediation of talks a nominal 045 to each party), "
      "the parties not named, so one per named place, the bare country (held-out 62-73: a welcome of a development "
      "inside a named country whose parties are not named goes to the bare country; held-out 63 row 27: Western "
      "Sahara -> ESH); borderline the envoys' efforts not coded as the object of the support"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Tuvalu (2005): 'The time is also ripe to initiate dialogue on a more comprehensive approach ... where all "
          "major emitters of greenhouse gases will need to participate' = a deontic ('now is the time', guideline) "
          "whose participants are uncoded collectives (all major emitters, all states) -> null-null, not coded "
          "(borderline a demanded 043 null -> null)"),
 44: ([("facilitate and assist the process", "045", "org:UN", "ISR/GOV", False, D, N, False)],
      "Dominica (1996); 'the international community and the United Nations in particular have an interest - indeed, "
      "a duty - to facilitate and assist the process' = a deontic ('a duty', no request verb) -> the act coded with "
      "modality demanded (guideline), the compound source split with the uncoded international community dropped "
      "-> org:UN; facilitating the Middle East peace process -> mediate 045 (held-out 54-61: a facilitation of an "
      "organisation 045 to each party; borderline 070 for 'assist', coded once as one act), the process being "
      "'the bilateral negotiations between Israel and its Arab neighbours' of the preceding text -> the one named "
      "party ISR/GOV (held-out 44/45: a group whose members the document does not name is coded for the one it "
      "names; borderline target null for 'the peoples in the area')"),
 45: ([], "Belize (2009): 'The United Nations has its Security Council and the Permanent Five; the International "
          "Monetary Fund and the World Bank have their weighted voting and the World Trade Organization has its green "
          "room' = a description of institutional structures, no act"),
 46: ([], "Seychelles (2008): 'Seychelles is but a speck on the globe, home to some 87,000 people' = a self-"
          "description (with a page header inside the sentence), no act"),
 47: ([("accession", "030", "VNM/GOV", "org:WTO", False, F, N, True)],
      "Viet Nam (2006); 'We are in the final stage leading to accession to the World Trade Organization' = Viet Nam's "
      "WTO accession, completed later (January 2007), a future act whose agent is the speaker -> a future "
      "cooperative act gets an intent code (guideline: 03x future) -> 030 future, nominal, to org:WTO (held-out "
      "77 row 48: joining a regional organisation 057; held-out 48/49: joining the NPT 057); borderline 046 "
      "asserted for the accession negotiations under way, or not coded as a membership act (held-out 54-61: "
      "membership positions uncoded)"),
 48: ([], "Ethiopia (1996): 'conflict situations that have led to unspeakable human suffering, and on some occasions to "
          "genocide, in Africa' = agentless conflicts and genocide in unnamed African countries (the continent has no "
          "code) -> null-null, not coded (borderline a nominal 202 null -> RWA/CVL for the 1994 genocide, which the "
          "sentence does not name)"),
 49: ([], "Bangladesh (1997): 'he is the archetypical insider of that system' = a description of the "
          "Secretary-General, no act"),
 50: ([], "Burkina Faso (2000): 'That would be a betrayal of this history' = 'That' = hegemony and domination becoming "
          "the Organization's hallmark (preceding sentence), a hypothetical evaluation with no actor"),
 51: ([], "Tajikistan (2017): 'our people have experienced many hardships and suffered through a civil war in the "
          "early days of its independence' = the 1992-97 civil war, whose parties neither the sentence nor the "
          "document names ('the domestic conflict imposed upon them') -> an event noun without an agent, not coded "
          "(borderline a nominal 190 TJK/OPP -> TJK/GOV); 'the need to defend it [peace]' is abstract"),
 52: ([("source of great satisfaction", "051", "TUN/GOV", "org:AU", False, A, N, False)],
      "Tunisia (1993); the sentence starts at 'Organization of African Unity' (the splitter cut after 'The "
      "establishment, at the most recent Summit of the'); '... of machinery for the management and settlement of "
      "conflicts in Africa is also a source of great satisfaction' = the speaker's satisfaction at the OAU's Cairo "
      "Mechanism -> a welcome 051 (held-out 48/49: 'We are satisfied to see that' a welcome; held-out "
      "36/37: 'satisfaction over the signing' a welcome), to the organisation that made the decision -> org:AU "
      "(held-out 34/35: the OAU of 1995 is org:AU); borderline not coded as an impersonal evaluation (held-out "
      "52/53: welcomes by an impersonal passive not coded); the establishment itself lies before the cut and is an "
      "internal institutional act, not coded"),
 53: ([], "Georgia (1992): 'My fourth suggestion is for United Nations rapid deployment forces in the field of "
          "international legal thought' = a proposal on the UN's institutional development (held-out 54-61: reform "
          "positions uncoded), figurative 'forces', no act"),
 54: ([], "Seychelles (1998): 'it is the only institution which represents the collective conscience of humanity' = a "
          "description of the UN, no act"),
 55: ([], "Saint Lucia (1996): 'The reality of size and vulnerability always creates ... a kind of resilience in small "
          "States' = a general description, no actor"),
 56: ([], "Holy See (2016): 'The achievement of the 2030 Agenda involves an important assumption of responsibility on "
          "the part of Governments and the commitment of all' = an abstract norm for uncoded collectives, no act"),
}
