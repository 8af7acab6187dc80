"""Hand annotations for the HUNDRED-AND-THIRD held-out event gold set (source of events-heldout103.jsonl).

Keyed by the row index of selection-heldout103.jsonl (output of select_bulk_heldout.py 103; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout103.jsonl \
        --annotations annotations_heldout103 --output events-heldout103.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("We urge", "102", "MHL/GOV", N, False, A, N, False)],
     "Marshall Islands (2006); 'We urge those countries that have not already done so to become a party to the NPT, and "
     "those countries that are party to the NPT to fully cooperate with the International Atomic Energy Agency' = a "
     "request (guideline: urge -> 10x) whose first Y is joining a treaty -> demand diplomatic cooperation 102 (held-out "
     "100 row 7: 'We urge those few States which have not yet acceded to the NPT' 102, target null), both groups of "
     "addressees uncoded classes with no member named -> target null; one request verb, the same pair -> coded once "
     "(held-out 9: a request verb with several demands takes the most specific sub-code; borderline a second request "
     "1055/105 for the cooperation with the IAEA); 'that have not already done so' = a negated 057 of the same uncoded "
     "class with no target, null-null, not coded (held-out 63 row 2, 100 row 7); Y is not coded separately "
     "(guideline)"),
 1: ([], "Lithuania (2001): 'We also hope that the implementation of the 13 steps ... will not be put on hold' = an "
         "optative hope about an agentless implementation (README: hopes about other actors' acts not coded); 'agreed "
         "upon at the 2000 Review Conference' = an agreement of the NPT parties, an uncoded collective including the "
         "speaker, null-null, not coded (borderline 057 with no source and no target)"),
 2: ([("have not been returned", "0874", "ISR/GOV", "PSE", True, A, N, False),
      ("have not been returned", "0874", "ISR/GOV", "SYR", True, A, N, False),
      ("have not been returned", "0874", "ISR/GOV", "LBN", True, A, N, False)],
     "Benin (2007); 'That conflict' = 'the ongoing Israeli-Palestinian conflict' of the preceding sentence; 'continues "
     "to destabilize the Middle East' is an effect, not an act; 'the occupied territories, including the Golan Heights "
     "and the Shaba'a farmlands, have not been returned' = an agentless passive whose agent, the occupying state, is "
     "plain from the preceding sentence (held-out 52/53: an agentless passive takes its agent from the sentence before; "
     "held-out 48/49: an event noun's agent plain from the text around it) -> ISR/GOV; the non-return = a realised "
     "non-event (guideline: negated) of a military withdrawal -> negated 0874 (held-out 54 row 1: the withdrawal from "
     "the occupied territories 'not implemented' a negated 0874; borderline 0842 return of property), one per "
     "territory's country (guideline: compound split; target of an occupation the bare country): the Palestinian "
     "territories -> PSE, the Golan -> SYR, the Shebaa farms, claimed by Lebanon -> LBN (borderline SYR); presupposed "
     "inside 'so long as' -> asserted; borderline source null, the passive being agentless in its own clause; "
     "'occupied' is an adjective without an agent in its phrase, not coded (held-out 50 row 9; borderline a nominal "
     "192 ISR/GOV); 'the vision of two ... States has not been implemented' is agentless, not coded"),
 3: ([], "Sudan (2016): 'We hope that the regional coalitions calling for General Assembly and Security Council reform do "
         "not go unheeded' = an optative hope (not coded) about calls for UN reform (held-out 54-61: UN reform positions "
         "uncoded) by uncoded regional groups; 'do not go unheeded' is no negated event"),
 4: ([], "Central African Republic (2007): 'The enterprises exploiting these resources impose binding environmental rules "
         "on us' = companies exploiting the forest resources, with no nationality named (uncoded), imposing conditions "
         "on the country: no CAMEO behaviour fits an environmental rule imposed by firms (borderline a 170 coercion "
         "null -> CAF/GOV); 'the population does not reap any benefit' is a state, not a negated event"),
 5: ([], "Saint Lucia (2015): 'small States ... do not have access to arrangements that allow them to ... draw support "
         "from outside' = a concern about access for an uncoded class of states from unnamed providers, null-null, not "
         "coded (borderline a negated 070 null -> null); 'there is substantial concern' is 01x"),
 6: ([], "Colombia (1992): 'When someone comes to my country and meets my people' = a generic visitor (uncoded), a "
         "habitual conditional about tourists, not a diplomatic visit or meeting; 'does not encounter all the horrors "
         "that have sometimes been painted in the press' = depictions in the press, no act between actors"),
 7: ([], "Honduras (2001): 'ignoring the hardship ... would amount to condemning 70 per cent of the world's population "
         "to wretchedness' = figurative 'condemning' (guideline: figurative uses not coded), no actor"),
 # --- UNGDC 1990-2019 random: future
 8: ([("the valuable support", "070", N, "org:ECOWAS", False, H, N, True),
      ("commend", "051", "NER/GOV", "NGA/GOV", False, A, N, False)],
     "Niger (1996); 'these efforts' = the ECOWAS efforts in Liberia, to which Niger sends a contingent to strengthen "
     "ECOMOG (preceding sentence; README: ECOMOG's peacekeeping is org:ECOWAS) -> 'these efforts will only be "
     "successful with the valuable support of the international community' = support from an uncoded collective -> "
     "nominal 070 with no source (held-out 52/53: hoped-for support from uncoded parties a nominal 070 with no source), "
     "a condition of success -> hypothetical (held-out 101 row 20: 'unless it is supported by regional and "
     "subregional organizations' 070 hypothetical; borderline future, or demanded as a statement of need), to "
     "org:ECOWAS (borderline LBR); 'which inter alia must honour its commitments to this country' = compliance with "
     "commitments whose content is not named (guideline: 'comply with obligations' not coded; borderline a demanded "
     "070 null -> LBR); 'I take this opportunity to commend the tireless efforts made in Liberia by Nigeria' = a "
     "performative praise (guideline: commend 051) -> NGA/GOV; Nigeria's efforts (its leading role in ECOMOG) name no "
     "specific act, not coded separately (borderline a nominal 074 NGA/MIL -> LBR)"),
 9: ([("to support", "032", "NAM/GOV", "org:UN", False, F, N, False)],
     "Namibia (2017); 'As the people of Namibia, we will do everything within our capabilities to support his noble "
     "cause during his tenure as Secretary-General' = a future support of the Secretary-General's agenda (preceding "
     "sentence: his call for unity and multilateralism) -> intent to provide diplomatic support 032 future (held-out "
     "50/51: 'will give our full support to the world conference' 032 future; held-out 48/49: supporting the "
     "Secretary-General is to org:UN), the speaker's 'we' -> NAM/GOV (borderline NAM/CVL, 'As the people of "
     "Namibia'; borderline 051 future)"),
 10: ([("to support", "032", "BEL/GOV", "org:ICTY", False, F, N, False),
       ("to support", "032", "BEL/GOV", "org:ICTR", False, F, N, False)],
      "Belgium (1998); 'My country will also continue to support the two existing United Nations ad hoc criminal "
      "tribunals' = future support -> intent to provide support 032 future (held-out 97 row 9: 'we will continue to "
      "support the Coalition's efforts' 032 future; borderline 070 future, held-out 85 row 14 / held-out 42/43: 'we will "
      "continue support' 070 future, if the support is material), one per tribunal (guideline: compound split), the "
      "two ad hoc tribunals of 1998 = for the former Yugoslavia and for Rwanda -> org:ICTY and org:ICTR (held-out 62 "
      "row 2; borderline org:UN as one body, held-out 62 row 36)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("is prepared to continue", "032", "FIN/GOV", "PSE/GOV", False, A, N, False),
       ("is prepared to continue", "032", "FIN/GOV", "ISR/GOV", False, A, N, False)],
      "Finland (1997); 'Finland, together with its European Union partners, is prepared to continue to play its part "
      "in supporting the peace process' = readiness stated as a fact -> 03x asserted (held-out 8: 'stands ready to "
      "engage/assist' 03x asserted; held-out 48/49: 'stand ready to support ... the parties' 032 to each), support "
      "aimed at a process goes to its parties (held-out 8), the parties of the Oslo accords named in the preceding "
      "sentences -> the Palestinians PSE/GOV and Israel ISR/GOV (borderline PSE/GOV only, Israel never being named in "
      "the speech, or target null); 'its European Union partners' = an uncoded collective of co-actors, dropped "
      "(held-out 76 row 36; borderline org:EU as a second source); 'the parties themselves must play theirs' names no "
      "codable behaviour"),
 12: ([], "Costa Rica (1991): 'The new world order should give diplomacy a more important role' = an abstract deontic "
          "about a world order, no actor"),
 13: ([("We continue to urge", "100", "KIR/GOV", N, False, A, N, False)],
      "Kiribati (2012); 'We continue to urge major greenhouse-gas emitters to do their part' = a request (guideline: "
      "urge -> 10x) to an uncoded class of states -> target null (held-out 77 row 10: a request to uncoded collectives "
      "target null), Y = emission cuts, no specific CAMEO behaviour -> generic 100 (held-out 5 row 82: a call to cut "
      "emissions 100); 'continue to' -> asserted; borderline not coded, the addressees uncoded and Y domestic "
      "climate policy"),
 14: ([], "Liberia (2015): 'We must therefore all step up and take further measures, going beyond moralizing gender "
          "equality' = 'we' meaning all states (held-out 42/43: not coded), domestic gender policy; no act between "
          "actors"),
 15: ([], "Tajikistan (1995): 'The tragic events in Tokyo, Oklahoma and Budenovsk' = the 1995 sarin attack, Oklahoma "
          "City bombing and Budyonnovsk hostage-taking, named only as 'events' with no act noun and no agent (borderline "
          "an agentless 180 per victim country, JPN, USA, RUS, held-out 54-61); 'the world must intensify the struggle "
          "... including foiling the attempts of terrorists' = a deontic of an uncoded collective against uncoded "
          "terrorists, null-null, not coded"),
 16: ([], "Cabo Verde (2018): 'we cannot ignore our significant vulnerabilities ... we must not rest' = domestic "
          "economy and self-exhortation; graduation to middle-income status is a status; no act between actors"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Denmark (2008): 'That can be achieved ... only through multilateral cooperation in areas such as "
          "counter-terrorism' = an abstract policy position without an actor (guideline), not coded"),
 18: ([], "Ghana (1999): 'the timely, full and unconditional payment of assessed contributions would be an expression of "
          "our commitment and support' = 'our' meaning all Member States (held-out 42/43: 'we' meaning all states not "
          "coded), a general hypothetical norm (borderline a hypothetical 071 null -> org:UN)"),
 19: ([], "Japan (2004): 'A stable and prosperous Africa depends upon the promotion of trade and investment, together "
          "with official development assistance' = an abstract position, the aid agentless; not coded"),
 20: ([("accused us", "112", "SDN/REB", "TCD/GOV", False, A, N, False)],
      "Chad (2004); 'the rebel movements' = the Darfur rebel movements with whom Chad mediated (preceding text: the "
      "Abeche and N'Djamena agreements) -> SDN/REB; 'criticism from the rebel movements, which accused us of "
      "favouritism' = the rebels' accusation that Chad favoured Khartoum -> 112 (guideline: accuse 112), to the "
      "speaker's government -> TCD/GOV; the criticism and the accusation are one act, coded once (guideline: repeated "
      "mention; borderline a separate nominal 111); 'we took the risk of exposing ourselves' frames a realised "
      "accusation -> asserted; 'the discontent of the Chadian people related to the people of Darfur' = an attitude, "
      "not coded (borderline a nominal 110 TCD/CVL -> TCD/GOV)"),
 21: ([("to commend", "051", "SLE/GOV", "org:UNGA", False, A, N, False)],
      "Sierra Leone (2012); 'Allow me to commend his predecessor, Mr. Nassir Abdulaziz Al-Nasser, and to thank him' = "
      "praise and thanks of the outgoing President of the General Assembly -> 051, coded once (same code, same pair), "
      "to org:UNGA (held-out 30/31: appreciation of an outgoing PGA org:UNGA; borderline QAT/GOV); 'Allow me' "
      "performative -> asserted; his conduct of the session is not an act toward an actor"),
 22: ([("affirm our support", "051", "OMN/GOV", "LBN/CVL", False, A, N, False)],
      "Oman (2006); 'We affirm our support to the brotherly Lebanese people in that brutal crisis' = verbal support "
      "(guideline: 'express support' 051; borderline 070 material) to the people -> LBN/CVL (README: a people "
      "and its government are CVL and GOV); 'that brutal crisis' = the Israeli invasion of Lebanon of the preceding "
      "sentence, an anaphoric noun naming no act (guideline: event nouns without an agent not coded; borderline a "
      "nominal 192 ISR/GOV -> LBN)"),
 23: ([("assistance", "070", "HUN/GOV", "AFG/GOV", False, D, N, True)],
      "Hungary (2003); 'The Government of Afghanistan deserves our assistance and attention' = a deontic ('deserves' = "
      "ought to receive; held-out 86 row 25: 'deserves the support of all countries' treated as a deontic) -> the aid "
      "demanded, 070 (guideline: demanded modality codes Y), the speaker's 'our' -> HUN/GOV (guideline: 'we' in a UN "
      "speech; borderline source null, 'our' meaning the international community, as in the following sentence's "
      "'unwavering support of the international community'), to AFG/GOV; 'attention' is no act"),
 24: ([("support the New Partnership", "070", N, "org:AU", False, D, N, False)],
      "Algeria (2007); 'also requires that the international community support the New Partnership for Africa's "
      "Development (NEPAD)' = a deontic with no request verb (guideline: demanded) whose subject is an uncoded "
      "collective -> source null (held-out 101 row 24: 'needs the support of the international community' demanded "
      "070, source null), support for an African Union programme -> org:AU (held-out 76 row 33: NEPAD being the "
      "AU's; borderline target null), material support for development -> 070 (borderline 051 verbal support)"),
 25: ([("We welcome", "051", "MWI/GOV", "AGO", False, A, N, False),
       ("hail", "051", "MWI/GOV", "AGO/GOV", False, A, N, False)],
      "Malawi (1996); 'We welcome the steady progress which has been achieved in Angola' = a welcome of a development "
      "inside a named country whose parties are not named -> 051 to the bare country AGO (README: a welcome of a "
      "development in a named country goes to the bare country; borderline AGO/GOV and AGO/REB for UNITA, the Lusaka "
      "process's parties); 'hail the Government for honouring its commitments' = praise -> 051 to AGO/GOV, a second "
      "target, a second event; honouring commitments is compliance, not coded (guideline)"),
 26: ([("I thank", "051", "LKA/GOV", "org:UN", False, A, N, False),
       ("the ongoing support", "070", "org:UN", "LKA/GOV", False, A, N, True)],
      "Sri Lanka (2016); 'I thank the United Nations and its agencies for the ongoing support provided to Sri Lanka' = "
      "thanks (guideline: thank 051) to org:UN, the agencies not named -> not split (held-out 28/29: thanks to UN funds "
      "go to each one named); the support = a nominal 070 whose agent comes from the thanks (held-out 28/29: 'thanks "
      "for the ongoing support' gives the support its agent) -> org:UN -> LKA/GOV (borderline bare LKA)"),
 27: ([("signing", "057", "GTM/GOV", "GTM/REB", False, A, N, True)],
      "Guatemala (2006); 'the signing of the Peace Accords that put an end to a bloody internal conflict lasting over "
      "four decades' = the 1996 peace agreements concluded by the Government and the insurgency, which the speech "
      "never names -> nominal 057 (guideline: agreements concluded 057), 'internal conflict' making the parties plain "
      "(README: unnamed outlaw groups are the country's REB; an agentless 'peace settlement has been signed' takes its "
      "parties from the context) -> GTM/GOV -> GTM/REB, from the document's own government; borderline not coded, "
      "neither party being named in the sentence; 'a bloody internal conflict' names no parties, not coded "
      "separately (borderline a nominal 190 GTM/GOV -> GTM/REB)"),
 28: ([("denounce", "111", "MRT/GOV", "ISR/GOV", False, A, N, False),
       ("violations of human rights", "175", "ISR/GOV", "PSE/CVL", False, A, N, True),
       ("occupied", "192", "ISR/GOV", "PSE", False, A, N, True)],
      "Mauritania (2019); 'We also denounce the continued Israeli violations of human rights in Palestine' -> 111 "
      "(guideline: denounce) to ISR/GOV; the violations = repression with its agent named by the adjective -> nominal "
      "175 (held-out 60 row 30: 'State-sponsored violations of human rights' 175), to the Palestinians -> PSE/CVL "
      "(borderline also SYR/CVL for 'the rest of the occupied Arab territories', unnamed); 'the occupied Arab "
      "territories' with Israel named in the same sentence -> nominal 192 ISR/GOV -> PSE (held-out 71 row 22, 98 row "
      "23; borderline not coded, 'occupied' an adjective without an agent in its own phrase)"),
 29: ([], "Honduras (2003): 'I therefore appeal that the opportunities and benefits of globalization be made more "
          "equitable' = an appeal with no addressee on a general matter (held-out 52/53: urging with no addressee not "
          "coded; borderline a 100 HND/GOV -> null)"),
 30: ([("the robust support", "070", N, "NER/GOV", False, D, N, True)],
      "Niger (2018); 'For that we need the robust support of the international community' = a statement of need "
      "(held-out 46/47: statements of need are demanded aid with no source to the speaker's government) -> demanded "
      "nominal 070, the international community uncoded -> source null, for Niger's population programme -> NER/GOV"),
 31: ([], "Ghana (1998): 'Article 24 of the Charter not only confers \"primary responsibility\" ... on the Security "
          "Council, but also calls for \"prompt and effective action\"' = the content of a Charter article, a document "
          "and not an act (borderline a request 100 of the Charter's parties to org:UNSC); the sentence's quotation "
          "marks are mis-encoded in the corpus"),
 32: ([("condemned", "111", "BWA/GOV", N, False, A, N, False)],
      "Botswana (2001); 'my Government issued a statement in which we condemned these terrorist attacks and those who "
      "conceived and perpetrated them' = the speaker's own past condemnation (guideline: a speaker's own past "
      "statements are its own assertion, reported_by null) -> 111; issuing the statement is 01x, not coded; the "
      "attacks of 11 September and their unnamed authors -> target null (README: condemning attacks by "
      "unnamed perpetrators is the speaker's 111 with no target), attacks and perpetrators one pair, coded once; 'these "
      "terrorist attacks' = an anaphoric event noun for the bombings of the preceding sentence, not coded (guideline; "
      "borderline an agentless 180 null -> USA)"),
 33: ([("everyone's assistance", "070", N, "TCD/GOV", False, D, N, True)],
      "Chad (1990); 'If we are to push back the desert and conquer it, we need everyone's assistance' = a statement of "
      "need (held-out 46/47: demanded aid with no source to the speaker's government) -> demanded nominal 070, "
      "'everyone' uncoded -> source null; the 'If' clause is the purpose (a domestic fight against desertification, "
      "figurative 'conquer'), not a condition on an event"),
 34: ([("brought the two super-Powers together", "050", "USA/GOV", "SUN/GOV", False, A, N, False),
       ("are moving", "050", "KOR/GOV", "PRK/GOV", False, A, N, False)],
      "Solomon Islands (1990); 'the threat of war in the Middle East has brought the two super-Powers together' = the "
      "US-Soviet cooperation over the Gulf crisis of 1990, the super-Powers of 1990 plain from the description "
      "(held-out 50 row 31: 'confrontation between the super-Powers has turned to cooperation' 050 USA/GOV -> "
      "SUN/GOV) -> diplomatic cooperation 050, symmetric, from the first of the pair in the usual order; 'the threat "
      "of war' is a risk (guideline), not coded; 'the two Koreas are moving in an unprecedented way towards "
      "reunification' = the 1990 inter-Korean rapprochement (the first prime-ministerial talks) -> 050 (held-out 39 "
      "row 9: the two Koreas' rapprochement a nominal 050 KOR/GOV -> PRK/GOV; borderline 030 intent or 040 talks); "
      "borderline both not coded, 'the two super-Powers' naming no state"),
 35: ([], "Tuvalu (2010): 'We could not agree more as to the need ... for the General Assembly and Security Council to "
          "be revitalized and reformed' = a UN reform position (held-out 54-61: not coded); 'could not agree more' is "
          "agreement with a view, no act"),
 36: ([], "Liechtenstein (2012): 'The entire region is now threatened with instability' = a figurative threat "
          "(guideline: threat as risk), no actor"),
 37: ([], "Serbia (2006): 'Strengthening regional cooperation is Serbia's priority' = an abstract policy position with "
          "no named partner (guideline), not coded (borderline 030 SRB/GOV with target null)"),
 38: ([], "Morocco (2019): 'That initiative' = the draft resolution on interreligious dialogue that Morocco submitted "
          "(preceding sentence); 'demonstrated the role of multilateral cooperation' = an evaluation, no act between "
          "actors"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Uruguay (2016): 'I run the risk of repeating what I said on previous occasions' = the speaker's own past "
          "statements, a speech act about the speech (01x), no act between actors"),
 40: ([("to encourage him", "100", N, "TUR/GOV", False, D, N, False)],
      "Czech Republic (2019); 'him' = President Erdogan (preceding sentence) -> TUR/GOV; 'It is important to encourage "
      "him to pursue a concrete plan for refugees from Syria' = a deontic with no request verb of the speaker "
      "(guideline: 'it is important to help X' demanded) whose Y is itself a request (encourage ~ urge, guideline 10x) "
      "-> demanded request, its implied agent 'Europe' of the preceding sentence ('Europe must find a common "
      "language') uncoded -> source null (guideline: 'Europeans' null; held-out 14/15: 'it is essential that we "
      "continue to support' source null; borderline org:EU or CZE/GOV), the plan naming no specific behaviour -> "
      "generic 100 (borderline 1033 humanitarian); 'it is essential to establish peace in the region and make the "
      "region liveable again by building apartments' = agentless reconstruction, not coded"),
 41: ([], "Central African Republic (2015): 'the number of registered voters stood at 1,6 million' = a statistic, no "
          "act"),
 42: ([], "Mali (1994): 'the answer to these pressing questions would make it possible to find ways and means' = an "
          "abstract hope about small-arms questions, no actor"),
 43: ([], "Uganda (2007): a fragment cut by the splitter, 'Uganda is fully aware of its obligations under the' [Rome "
          "Statute, in the LRA peace talks context] = awareness of obligations, no act"),
 44: ([], "Nauru (2014): 'the reckless actions of other nations have severely undermined the marine environment' = "
          "acts of an uncoded collective ('other nations'); emissions, overfishing and pollution are no CAMEO behaviour, "
          "and 'the outright stealing of fish in our waters' is illegal fishing by unnamed fleets (held-out 21: fishing "
          "'which deprives us' left agentless and uncoded; borderline a nominal 1711 null -> NRU); 'we have yet to "
          "fully comprehend' is no event"),
 45: ([], "Norway (1991): 'Enforcing mechanisms are important, particularly for weaker parties' = an evaluation of trade "
          "rules, no actor"),
 46: ([], "North Macedonia (2002): 'Further improvement of good-neighbourly relations remains one of the priorities of "
          "the foreign policy' = a policy priority with no named partner (guideline: abstract policy positions), not "
          "coded (borderline 030 MKD/GOV with target null)"),
 47: ([("assassination", "1823", "COG/REB", "COG/GOV", False, A, N, True),
       ("assassination", "1823", "COG/REB", "COG/CVL", False, A, N, True),
       ("kidnapping", "181", "COG/REB", "COG/CVL", False, A, N, True),
       ("destruction", "1712", "COG/REB", "COG", False, A, N, True)],
      "Congo (1999); 'These' = the consequences of the 'resumption of violence, orchestrated ... by those who ... "
      "plunged our people into mourning' (preceding sentence), i.e. the militias of the former regime ('militia "
      "members of the failed regime', following text), which the sentence itself calls 'the armed groups' -> "
      "unnamed armed groups are the country's REB (README) -> COG/REB (borderline COG/OPP, as the militias of "
      "ousted leaders); event nouns whose agent is plain from the text around them (held-out 48/49): the assassination "
      "of officials and of community leaders -> 1823 (guideline: killings of individuals) to COG/GOV (local officials) "
      "and COG/CVL (community leaders), one per target (borderline COG/CVL only); the kidnapping of tens of thousands "
      "of people used as human shields -> 181 (guideline: abduction; README: 'was kidnapped' 181) to COG/CVL; the "
      "systematic destruction of infrastructures vital to the economy -> 1712 (README: sabotage and destruction 1712) "
      "to the country as a whole -> bare COG; 'heinous crimes' is an evaluation"),
 48: ([], "Kenya (1995): 'Kenya looks forward to the conclusion, by 1996, of the comprehensive nuclear test-ban treaty' = "
          "a hope about a multilateral treaty's conclusion by the negotiating states, with no named party (held-out 77 "
          "row 16: an agentless conclusion of a multilateral treaty not coded; README: a hope about another actor's act "
          "is optative); borderline a future 057 KEN/GOV with no target"),
 49: ([("We recognize", "051", "ISR/GOV", "SYR/GOV", False, A, N, False)],
      "Israel (1996); 'We recognize Syria's important role in the establishment of lasting peace in our region' = a "
      "public acknowledgement of another government's role (README: acknowledging a government's progress is "
      "051) -> 051 ISR/GOV -> SYR/GOV, in a passage inviting Syria to resume negotiations; borderline not coded as an "
      "evaluation (README: viewing a plan as serious is an evaluation); 'recognize' is not diplomatic recognition "
      "(054); the establishment of peace is agentless"),
 50: ([], "Liechtenstein (2015): 'The Millennium Development Goals have had a catalytic effect ... and paved the way for "
          "the 2030 Agenda' = an evaluation of development goals, no actor"),
 51: ([], "Hungary (2000): 'Such an evolution will enable us to normalize relations between Serbia and Montenegro' = "
          "read literally, relations between the two constituent republics of the Federal Republic of Yugoslavia "
          "(guideline: a sub-national government takes the country's GOV -> YUG/GOV on both sides), no act between two "
          "coded actors; the 'us' is unclear (borderline a hypothetical 030 HUN/GOV -> YUG/GOV, if the sense is "
          "Hungary's or Europe's normalization with the FRY after its democratic change)"),
 52: ([("swiftly ratified", "057", "PHL/GOV", N, True, A, N, False)],
      "Philippines (2019); 'The universal ban on nuclear weapons [the 2017 Treaty on the Prohibition of Nuclear "
      "Weapons] was ... swiftly ratified back home, except in the Philippines, for bureaucratic reasons' = the "
      "Philippines' non-ratification, an exception that denies the act for the speaker's own government -> negated "
      "057 (held-out 48/49: joining the NPT 057 with no target), the bureaucracy -> "
      "PHL/GOV (borderline PHL/LEG, the Senate concurring in treaties), no target; the ratifications by other states "
      "are acts of an uncoded collective, not coded; 'was overwhelmingly adopted at the United Nations' = an "
      "agentless adoption by the negotiating conference (borderline 057 with no source), the United Nations a "
      "place"),
}
