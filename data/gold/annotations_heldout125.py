"""Hand annotations for the HUNDRED-AND-TWENTY-FIFTH held-out event gold set (source of events-heldout125.jsonl).

Keyed by the row index of selection-heldout125.jsonl (output of select_bulk_sentence_heldout.py 125; all rows come
from bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019, each sentence one that nobody working on
the coder had read, from a speech in which one other sentence was annotated for an earlier set).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout125.jsonl \\
        --annotations annotations_heldout125 --output events-heldout125.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Norway (1990): 'Europe cannot and will not become more occupied with its own affairs' = 'occupied' in the "
         "sense of preoccupied, a statement of resolve about an uncoded collective's attention, no act between actors; "
         "the negation bears on a state of mind, not an event"),
 1: ([], "Austria (1995): 'We are confident that negotiations on the treaty will be concluded next year' = a confident "
         "prediction about the CTBT negotiations of the Conference on Disarmament (an uncoded collective), optative "
         "(held-out 123: a confident prediction of another actor's act is a hope, not coded); 'the decision by one or "
         "more of the nuclear Powers to conduct additional nuclear-weapons tests' = the 1995 tests, whose testing "
         "Powers the speech never names ('one or more' an uncoded class) and with no target -> null-null, not coded "
         "(borderline a nominal 150 FRA/GOV from outside knowledge); 'continues to cause deep concern in Austria' is "
         "01x; 'will not delay' negates a feared effect, not an event"),
 2: ([("does not seem willing to", "1244", "USA/GOV", "CUB/GOV", False, A, N, False)],
     "Cuba (2010); the sentence starts at 'States itself' (the splitter cut inside 'the United States'), 'its "
     "Government' = the United States Government; 'does not seem willing to amend even the most irrational and "
     "universally rejected aspects of its policy against Cuba' = unwillingness stated of another government "
     "(guideline: 'unwillingness to negotiate' is a REJECT with negated false) that takes the code of what is "
     "refused (README), the policy being the economic, commercial and financial blockade of the next "
     "sentence -> decline to ease an embargo 1244 (borderline a plain negated 085, or 120), to CUB/GOV (borderline "
     "bare CUB); 'seem' is a hedge, kept asserted (borderline hypothetical); 'its policy against Cuba' is not coded "
     "separately (borderline a nominal 163 USA/GOV -> CUB, the blockade named only in the next sentence); "
     "'universally rejected' is agentless, all states"),
 3: ([("refusal", "120", "ISR/GOV", N, False, A, N, True),
      ("enjoys the support", "051", N, "ISR/GOV", False, A, N, True)],
     "Iran (1994); 'Israel's refusal to do so' = to accept the international non-proliferation regimes (the NPT, "
     "preceding sentence), on whose acceptance some regional States made their own accession conditional -> an "
     "explicit refusal (guideline: REJECT, negated false), nominal; a refusal to join a treaty -> 120 with no "
     "target (held-out 112: India's 'stand apart from the CTBT' 120 no target; borderline 1245 to org:IAEA as a "
     "refusal of safeguards, or 128); the demanding 'States in the region' are uncoded; 'which regrettably enjoys "
     "the support of a number of developed nuclear-weapon States' = political support by an uncoded, unnamed class "
     "of States -> nominal 051 with no source to ISR/GOV (README: praise from uncoded collectives 051 with "
     "no source; borderline 070); 'regrettably' is the speaker's evaluative adverb, not coded (borderline a 110 "
     "IRN/GOV as 'it is regrettable', README); 'will affect the perspective' is an expected effect"),
 4: ([("should give its", "070", N, "org:UN", False, D, N, False)],
     "Mali (1996); 'the international community should give its full support to the Secretary-General's United "
     "Nations System-wide Special Initiative for Africa' = a deontic with no request verb (guideline: demanded, "
     "source X) whose source is an uncoded collective -> null, the Secretary-General's initiative -> org:UN (README: the "
     "Secretary-General org:UN); support for a programme's implementation -> 070 (held-out 110: 'giving "
     "serious support to' a force a demanded 070 with no source; borderline 051 verbal support); 'so that it does "
     "not suffer the same fate' is a purpose, no negated event"),
 5: ([("hosting", "036", "TUN/GOV", "org:UN", False, F, N, False)],
     "Tunisia (2014); 'I hope that establishing such a court will not require the decades that it took to bring "
     "about the birth of the ICC' = an optative hope about an agentless establishment, not coded; 'we hope that "
     "Tunis, our capital, can have the honour of hosting one of the United Nations institutions' = the speaker's "
     "hope about its own act (README: 'hope that we can work together' 030 future, and "
     "'offered to host' 036) -> hosting 036 future TUN/GOV to org:UN (the proposed international constitutional "
     "court as a UN institution); Tunis is the venue named as the host city, a place rather than a metonym for the "
     "government; borderline not coded as optative (README)"),
 6: ([], "Saint Lucia (2007): 'development financing continued to be subject to conditionalities imposed by donors and "
         "failed to meet and support the nationally defined priorities of developing countries' = conditions imposed "
         "by uncoded donors on uncoded developing countries, null-null, not coded (borderline a 1622 null -> null); "
         "'failed to ... support' has an inanimate subject (the financing) and no coded parties"),
 7: ([("to officially demand", "1053", "MAR/GOV", "ESP/GOV", False, A, N, False),
      ("are occupied by Spain", "192", "ESP/GOV", "MAR", False, A, N, False)],
     "Morocco (2002); 'Morocco has never ceased ... to officially demand the recovery of these parts of its national "
     "territory' = an asserted demand (guideline: 'never ceased to demand' is asserted, negation bearing on the "
     "ceasing) for the return of territory -> 1053 (README: a demand for the return of occupied islands "
     "1053) to Spain -> ESP/GOV (borderline 104); 'that are occupied by Spain' = Sebta, Melilla and the islands of "
     "the preceding sentence, a passive with its agent named -> 192 (guideline: occupy 192) ESP/GOV -> bare MAR "
     "(guideline: the country as a whole as target of an occupation), in the speaker's own voice (borderline not "
     "coded as Morocco's characterization of a sovereignty dispute)"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("occupied regions", "192", "RUS/MIL", "GEO", False, A, N, True),
      ("will leave", "0874", "RUS/MIL", "GEO", False, F, N, False),
      ("Moscow will withdraw", "0874", "RUS/GOV", "GEO", False, F, N, False)],
     "Georgia (2013); 'we ... need to prepare for the time when Russian troops will leave our occupied regions, when "
     "Moscow will withdraw from Tskhinvali and Sukhumi, Abkhazia' = the present occupation of Abkhazia and South "
     "Ossetia, realised and named inside the clause, its agent the Russian troops of the same sentence -> nominal 192 "
     "RUS/MIL -> bare GEO (held-out 113: a realised occupation named inside an optative hope is coded; guideline: "
     "'Russian troops' /MIL; borderline RUS/GOV); the withdrawals = 'will' + a military retreat, stated as the "
     "time Georgia must prepare for -> 0874 future (guideline: future acts keep their code; held-out 107: a "
     "predicted act of a third party is future), once from the troops and once from Moscow, a capital metonym -> "
     "RUS/GOV (guideline), two descriptions with different actors (borderline one event, as a repeated mention; "
     "borderline not coded as a hope about another actor's act, held-out 123); Tskhinvali and Sukhumi are places, "
     "the seats of breakaway administrations with no code"),
 9: ([("will host", "036", "YUG/GOV", "HRV/GOV", False, F, N, False),
      ("will host", "036", "YUG/GOV", "BIH/GOV", False, F, N, False)],
     "Yugoslavia (2002); 'Yugoslavia will host the next summit of these States' = 'these States' = Yugoslavia, "
     "Croatia and Bosnia and Herzegovina (preceding sentence: 'our three States') -> future hosting 036 future "
     "(guideline: future meetings and hosting 036) to each other participant (README: a joint assembly to "
     "be held in the speaker's country a future 036 to each body); Belgrade is the venue, a place, not a metonym; "
     "'I am proud that' is a sentiment"),
 10: ([("Croatia welcomes", "051", "HRV/GOV", "YUG/GOV", False, A, N, False),
       ("announced readiness to", "160", "YUG/GOV", "BIH/REB", False, F, N, True),
       ("expects Belgrade", "1042", "HRV/GOV", "YUG/GOV", False, A, N, False)],
      "Croatia (1994); Belgrade, twice a capital metonym -> YUG/GOV (the Federal Republic of Yugoslavia of 1994; "
      "guideline: capital metonyms GOV; README: a state of its time keeps its code); 'Croatia welcomes' -> "
      "051 to Belgrade; 'Belgrade's announced readiness to isolate the Bosnian Serbs' = the FRY's August 1994 "
      "decision to cut relations with the Bosnian Serb leadership, announced but not yet verified (next sentence: "
      "'whether the announced isolation is truly enforced') -> reduce relations 160 (borderline 163 embargo, or "
      "161), a conflictual act announced -> future (guideline: conflictual future acts keep their code; borderline "
      "asserted), nominal, to the Bosnian Serbs -> BIH/REB (README); 'with their suicidal war option' is "
      "an evaluation (borderline a nominal 190 BIH/REB -> BIH); 'but expects Belgrade to do the same with regard "
      "to the insurgent Serbs in Croatia' = a request (README: 'we expect more support' is a request) whose "
      "Y is a change of Belgrade's policy towards the Krajina Serbs (HRV/REB) -> 1042 (borderline 100); Y is not "
      "coded separately (guideline)"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("cooperation between UNOMIG and the CIS", "050", "org:UN", "org:CIS", False, A, N, True)],
      "Czech Republic (1994); 'cooperation between UNOMIG and the CIS in Georgia' = a cooperation noun naming its "
      "parties (README: an agreement or cooperation named by its parties a nominal 050) -> UNOMIG, a United "
      "Nations mission -> org:UN, and the CIS peacekeeping force of the preceding sentence -> org:CIS (README: "
      "org:CIS added; borderline RUS/MIL, 'a force dominated by such a Power'), symmetric, from the first-named; "
      "'According to this view' = the view of 'some observers' (uncoded), and the cooperation is presupposed as "
      "fact rather than claimed -> reported_by null; 'might perhaps serve as a model for resolving certain other "
      "conflicts' is a hypothetical with no named parties"),
 12: ([], "Sweden (2013): 'According to the World Trade Organization, consumers and Governments in rich countries pay "
          "$350 billion per year supporting agriculture' = domestic farm subsidies by uncoded governments to their "
          "own uncoded farmers, null-null, not coded; the WTO is only the source of the figure (reported_by would be "
          "org:WTO, but there is no event)"),
 13: ([], "France (1990): 'an era of hope is dawning for mankind if all peoples can agree to overcome their perception "
          "of history' = a hypothetical about all peoples (an uncoded collective), no act between coded actors"),
 14: ([("Prespa agreement", "057", "MKD/GOV", "GRC/GOV", False, A, N, True),
       ("ultimatum of Athens", "139", "GRC/GOV", "MKD/GOV", False, A, N, True),
       ("must therefore accept", "080", "MKD/GOV", "GRC/GOV", False, D, N, False)],
      "The former Yugoslav Republic of Macedonia (President Ivanov, 2018); 'The Prespa agreement' = the June 2018 "
      "name agreement between the Macedonian and Greek Governments, whose parties the document names ('the name "
      "dispute with Greece', 'through the Prespa agreement, Greece is imposing') -> a nominal 057 from the "
      "document's own government to GRC/GOV (README: an event noun whose agent is plain from the text "
      "around it is coded; borderline not coded as a named document, or contested, since the speaker says it was "
      "prepared without his consent); 'the ultimatum of Athens' = Athens a capital metonym -> GRC/GOV (the ancient "
      "Athens of the preceding sentence is a metaphor, this one the Greek Government, cf. 'the authorities in "
      "Athens' later) -> give ultimatum 139, nominal, to MKD/GOV; 'we are told that we ... must therefore accept' = "
      "a deontic inside the words of unnamed tellers (guideline: 'X must do Y' codes Y demanded; the tellers "
      "uncoded -> reported_by null; README: a claim quoted in order to dispute it is still coded) -> yield "
      "080 demanded MKD/GOV -> GRC/GOV (borderline a 100 request with no source to MKD/GOV, or not coded); 'we are "
      "smaller and weaker' is a description"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Iran (2006): 'There is no sign that the occupiers have the necessary political will to eliminate the sources "
          "of instability' in Iraq = a lack of will about an uncodable aim (eliminating sources of instability), no "
          "CAMEO behaviour; 'the occupiers' is an agent noun, not coded (README: an agent noun not coded; "
          "borderline a nominal 192 USA/GOV -> IRQ, the document naming the United States and the United Kingdom as "
          "occupiers only much later)"),
 16: ([("It will provide continuing support", "074", "org:UN", "HTI", False, F, N, False)],
      "Barbados (1996); 'It' = the United Nations Support Mission in Haiti established by resolution 1063 (1996) "
      "(preceding sentence) -> org:UN (README: a United Nations mission's presence 074); 'will provide "
      "continuing support to secure and maintain a stable environment' = the mission's peacekeeping and "
      "police-support role -> 074 future (borderline 070), to the host country -> bare HTI (held-out 117: Nepal's "
      "participation in the UN Mission in Haiti 074 to HTI; borderline HTI/GOV); 'will buttress the democratic and "
      "development process' is an expected effect"),
 17: ([("will host", "036", "COG/GOV", "org:UN", False, F, N, False)],
      "Congo (2012); 'the Congo will host the thirty-fifth ministerial meeting of the United Nations Standing Advisory "
      "Committee on Security Questions in Central Africa' -> future hosting 036 future (guideline) to org:UN "
      "(README: hosting a session of a UN regional commission 036 future to org:UN; borderline org:UNGA, "
      "since the sentence calls the Committee 'that General Assembly body'); 'will allow us to celebrate the "
      "twentieth anniversary ... and continue our cooperation on settling crises in the subregion' = an expected "
      "effect for the Committee's unnamed member States, not coded (borderline a 030 future COG/GOV with no "
      "target)"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Congo (2017): 'we must agree that the protection of the environment is a common and imperative obligation' = "
          "'we' meaning all states (README), agreement with a norm, not coded"),
 19: ([], "Barbados (2006): 'the next ten years must be the decade of implementation, in which we collectively mobilize "
          "the will and resources needed' = 'we' meaning all states, a development goal, not coded"),
 20: ([], "Cote d'Ivoire (1997): the prerogatives and veto of new permanent members of the Security Council = a UN reform "
          "position (README), not coded"),
 21: ([], "Ghana (1990): 'political institutions must be rooted in the culture and experience of the society concerned' "
          "= an abstract norm, no actor"),
 22: ([], "Antigua and Barbuda (1994): 'the structural adjustment which this entails should do more than pay lip-service "
          "to the challenges of providing better education and health facilities' = a deontic about a policy with "
          "an inanimate subject and uncoded developing countries, no coded actor (borderline a demanded 070 from "
          "org:IMF and org:WB, named only in the preceding sentence); 'Only a few would today deny the need for "
          "drastic reform' is a hypothetical about uncoded people"),
 23: ([], "Spain (1993): 'Our starting-point should be to promote integrated economic and social development' = an "
          "abstract policy goal of an unspecified 'we'; 'the three priorities the Secretary-General set out' is a "
          "statement (01x), not coded"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("agreed on the text", "057", "CAN/GOV", N, False, A, N, False)],
      "Canada (1997); 'Ninety nations ... agreed on the text of a treaty banning anti-personnel landmines' at Oslo = "
      "an unnamed group of States, coded for the one member the document names (README: a 'group of four "
      "States' whose members the document does not name is coded for the one it names; the speech: 'By joining "
      "us', 'the Ottawa process') -> CAN/GOV, a multilateral treaty with no coded counterpart -> target null "
      "(README: joining the NPT 057 with no target); agreeing the treaty's text -> 057 (held-out 76 row 6: "
      "'agreed on measures' 057; borderline 046 for concluding negotiations, or 030, the signature coming in "
      "December; borderline not coded as an uncoded collective, null-null); 'spurred on by the efforts of the "
      "non-governmental organizations' = unnamed NGOs without a code, not coded"),
 25: ([("bombed", "195", "ISR/GOV", "SYR/MIL", False, A, N, False)],
      "Syria (2017); 'Israel has also bombed Syrian army positions' -> bombardment 195 (guideline), the state named "
      "-> ISR/GOV (borderline ISR/MIL), the army positions -> SYR/MIL; 'in service to terrorist agendas' is the "
      "speaker's characterization, no separate accusation event (guideline: the speaker's own assertion)"),
 26: ([("supporting", "051", "MRT/GOV", "IRQ/GOV", False, A, N, False)],
      "Mauritania (2005); 'while supporting the transitional Government' = verbal support (guideline: 051; "
      "borderline 070) for the Iraqi Transitional Government -> IRQ/GOV; 'We are following with interest' and "
      "'are anxious to preserve Iraq's territorial unity ... and non-interference in its internal problems' are "
      "an attitude and norms, not coded"),
 27: ([("strongly supports", "051", "FJI/GOV", "org:FAO", False, A, N, False)],
      "Fiji (1996); a fragment cut by the splitter, 'My country strongly supports the World Food', completed after "
      "the cut as 'Summit to be held at Rome next month' (held-out 104-109: a fragment whose object the splitter "
      "cut off is coded from the text after the cut when its verb is in the sentence) -> support for a conference "
      "-> 051 (held-out 121: support for a proposed UN conference 051) to the FAO, its convener (earlier sets' code "
      "org:FAO; borderline org:UN, as held-out 121 did, the speech not naming the FAO; borderline not coded as an "
      "abstract position)"),
 28: ([], "Mauritius (2007): 'we call for the full and effective implementation of the commitments, programmes and "
          "targets adopted in the Barbados Programme of Action and the Mauritius Strategy' = a call with no addressee "
          "for compliance with agreed programmes by the whole membership (held-out 113: 'calls for strict compliance "
          "by all nations' left uncoded; README: urging with no addressee not coded); borderline a 1031 or "
          "100 with target null"),
 29: ([("support", "070", N, "org:AU", False, D, N, True)],
      "Sierra Leone (1993); 'Our present situation also underscores an urgent need for support for the effective "
      "functioning of the proposed African Economic Community' = a statement of need (README: statements "
      "of need are demanded aid with no source) -> demanded nominal 070 with no source (the providers unnamed; the "
      "next sentence's assistance 'to African regional and subregional organizations'), the Community of the "
      "OAU's Abuja Treaty -> org:AU (README: the OAU is org:AU; borderline SLE/GOV, 'our present "
      "situation', or not coded as a body not yet functioning); 'designed to enhance economic integration' is a "
      "purpose"),
 30: ([], "Saint Vincent and the Grenadines (1995): 'the dramatically diminished threat of a nuclear war' = a threat as "
          "risk (guideline: figurative), no actor"),
 31: ([], "Costa Rica (2014): 'an upsurge in violence and armed confrontations and an increase in atrocious crimes' = "
          "event nouns with no agent and no place named (guideline), not coded"),
 32: ([("reiterate its welcome", "051", "ARE/GOV", N, False, A, N, False)],
      "United Arab Emirates (1990); 'Our country wishes to reiterate its welcome to the proposal of creating "
      "nuclear-weapon-free zones, especially in the Middle East' = a performative welcome ('wishes to' "
      "performative) of a proposal whose author the speech never names -> 051 with no target (held-out 113: a "
      "welcome of conferences whose convenors are not named is 051 with no target; borderline EGY/GOV for "
      "Mubarak's 1990 initiative, from outside knowledge, or not coded as an abstract policy position)"),
 33: ([], "New Zealand (1995): arms availability and ethnic nationalism that 'poses a major threat to stability' = a "
          "threat as risk (guideline: figurative), no actor"),
 34: ([], "Jordan (1997): 'All eyes are now set on the Conference on Disarmament in the hopes of seeing it crown its "
          "achievements with a treaty banning the production of fissionable materials' = an optative hope about "
          "another actor's act (README), not coded (borderline a future 057 with no source)"),
 35: ([("we are so proud to see", "051", "BGR/GOV", "org:COE", False, A, N, False),
       ("full support of all 47 member States", "051", N, "org:COE", False, A, N, True)],
      "Bulgaria (2016); 'We made children's rights a strategic priority for the Council of Europe during our "
      "chairmanship of the Committee of Ministers' = agenda-setting inside the organisation while holding the chair, "
      "a status and not coded (borderline 043 BGR/GOV -> org:COE, as held-out 114's chairing of a meeting); 'we are "
      "so proud to see the adoption of the Sofia Strategy for the Rights of the Child' = satisfaction at the "
      "Committee of Ministers' decision -> 051 to org:COE (README: 'We are satisfied to see that' a welcome "
      "051; held-out 116: 'is delighted at' 051; borderline an uncoded sentiment of pride in the speaker's own "
      "chairmanship); 'the full support of all 47 member States' = support by an uncoded collective (which includes "
      "Bulgaria) for the organisation's strategy -> nominal 051 with no source to org:COE (README: praise "
      "from uncoded collectives 051 with no source; borderline not coded, the members supporting their own "
      "organisation's decision); the adoption itself is agentless, not coded"),
 36: ([], "Iraq (2001): 'Attempts are increasing to impose certain cultures on the peoples of the world, heaping scorn "
          "on their religious beliefs ... and preaching ... the launching of new crusades' = agentless (the preceding "
          "sentence's 'wealthy nations' uncoded) with an uncoded target, null-null, not coded (borderline a 170 "
          "null -> null)"),
 37: ([("We appreciate and commend", "051", "SDN/GOV", "org:AU", False, A, N, False)],
      "Sudan (2010); a fragment cut by the splitter, 'We appreciate and commend the position of the', completed "
      "after the cut as 'African Union and other regional organizations to which the Sudan belongs, and of "
      "countries committed to the rule of international law that have condemned and strongly rejected the claims "
      "of the Court' (held-out 104-109: a fragment whose object was cut off is coded from the text after the cut "
      "when its verb is in the sentence) -> praise 051, coded once for 'appreciate and commend' (same code and "
      "pair), to org:AU; the other regional organizations and countries are unnamed, dropped (guideline compound "
      "rule); their condemnation of the ICC lies outside the sentence"),
 38: ([("I thank", "051", "HND/GOV", "org:EU", False, A, N, False),
       ("its cooperation in developing", "061", "org:EU", "HND/GOV", False, A, N, True)],
      "Honduras (2013); 'I thank the European Union' -> 051 to org:EU; 'for its cooperation in developing this zone' "
      "= the EU's development cooperation in the Gulf of Fonseca (preceding text: the zone Honduras shares with El "
      "Salvador and Nicaragua), the cooperation noun's agent from the thanks (README: thanks 'for the ongoing "
      "support' gives the support its agent) -> economic cooperation 061 (README: thanks to cooperating countries a "
      "051 and a 061 each; borderline 050, or 070), nominal, to the thanking government HND/GOV (borderline SLV/GOV "
      "and NIC/GOV as well, the zone being shared)"),
 39: ([("is already actively participating", "073", "UZB/GOV", "AFG", False, A, N, False)],
      "Uzbekistan (2001); the sentence starts at 'United Nations, is already' (the splitter cut after 'Uzbekistan, "
      "in close collaboration with the'): the subject cut off is taken from the context (README) -> "
      "UZB/GOV; 'is ... actively participating in the delivery of international humanitarian aid to Afghanistan' "
      "-> humanitarian aid 073 (the Termez corridor, next sentence), to bare AFG (the country named; borderline "
      "AFG/CVL, 'those who urgently need such assistance' of the preceding sentence); the collaboration with the "
      "United Nations has its noun before the cut, not coded (held-out 111: fragments whose verb lies outside the "
      "sentence left uncoded; borderline a nominal 050 UZB/GOV -> org:UN)"),
 40: ([("receiving the refugees", "075", "TCD/GOV", "SDN/CVL", False, A, N, False),
       ("receiving the refugees", "075", "TCD/GOV", "CAF/CVL", False, A, N, False)],
      "Chad (2004); 'Chad is receiving the refugees and looking out for their safety' = sheltering refugees -> grant "
      "asylum 075 (README: admitting refugees 075), the refugees 'from southern Sudan or southern Central "
      "Africa' of the preceding paragraph -> one event per origin, SDN/CVL and CAF/CVL (guideline compound split; "
      "borderline target null, or Sudanese only, Darfur's refugees being the larger flow); 'looking out for their "
      "safety' is part of the same sheltering, not coded separately (borderline 074); 'Having agreed to abide by the "
      "international commitments it has freely entered into' = compliance with its own treaty obligations "
      "(guideline: 'comply with obligations' not coded; borderline a 030 with no target)"),
 41: ([("we deplore", "111", "TCD/GOV", N, False, A, N, False),
       ("campaign of lies", "112", N, "TCD/GOV", False, A, N, True)],
      "Chad (1998); 'we deplore the campaign of lies that is being led against my Government' -> deplore 111 "
      "(guideline), its authors unnamed (next sentence: 'disinformation ... spread among the international "
      "institutions and some friendly countries') -> target null (README: condemning acts by unnamed "
      "perpetrators 111 with no target); the campaign = accusations about the oil project and human rights by "
      "unnamed parties -> nominal 112 with no source to TCD/GOV (README: 'fallacious allegations' by "
      "'certain quarters' a nominal 112 with no source)"),
 42: ([("made the United States Government aware", "064", "VEN/GOV", "USA/GOV", False, A, N, False),
       ("terrorist attack", "185", N, "VEN/GOV", False, A, N, True)],
      "Venezuela (Maduro, 2018); 'Through diplomatic channels, I have made the United States Government aware of the "
      "names of the organizers, financiers and planners ... and we have given proof of their involvement' = handing "
      "information to another government -> share information 064 VEN/GOV -> USA/GOV, coded once for the names "
      "and the proof (same code and pair; borderline two 064s, or 112 for the proof of involvement); 'the serious "
      "terrorist attack of 4 August' = the drone attack 'that tried to assassinate me' (preceding paragraph), its "
      "perpetrators unnamed in the sentence -> attempt to assassinate 185, nominal, no source, to the President and "
      "the leadership -> VEN/GOV (borderline 180, the sentence's own generic 'terrorist attack', or 183)"),
 43: ([("Ireland calls for", "107", "IRL/GOV", "SSD/GOV", False, A, N, False),
       ("Ireland calls for", "107", "IRL/GOV", "SOM/GOV", False, A, N, False),
       ("Ireland calls for", "107", "IRL/GOV", "BDI/GOV", False, A, N, False),
       ("Ireland calls for", "107", "IRL/GOV", "MLI/GOV", False, A, N, False),
       ("Ireland calls for", "107", "IRL/GOV", "COD/GOV", False, A, N, False)],
      "Ireland (2016); 'Ireland calls for a transparent, accountable and human-rights-based resolution to the "
      "numerous conflicts in African countries, such as South Sudan, Somalia, Burundi, Mali and the Democratic "
      "Republic of the Congo' = a request (guideline: call for -> 10x) whose Y is settling the conflicts -> 107 "
      "(README: advocacy of a settlement is a request, 107), one per named country's government, a party to each "
      "internal conflict (guideline compound split; borderline bare country codes, or one 107 with target null, as "
      "held-out 116 left 'stands for a comprehensive settlement' with no parties named uncoded)"),
 44: ([("Ukraine supports", "051", "UKR/GOV", "org:UN", False, A, N, False)],
      "Ukraine (2007); 'Ukraine supports the Secretary-General in his efforts to strengthen the United Nations "
      "capacity to manage and sustain peace operations' -> 051 to the Secretary-General -> org:UN (README: "
      "supporting the Secretary-General 051 to org:UN; borderline not coded as a UN reform position)"),
 45: ([("hosted", "043", "UGA/GOV", "SDN/GOV", False, A, N, False),
       ("hosted", "043", "UGA/GOV", "SDN/REB", False, A, N, False),
       ("historic meeting", "040", "SDN/GOV", "SDN/REB", False, A, N, True)],
      "Uganda (2002); 'President Museveni hosted a historic meeting in Kampala on 27 July 2002 between President "
      "Al-Bashir of the Sudan and the Chairman of the SPLM/SPLA, Dr. John Garang' -> host 043 (guideline) to each "
      "participant, the SPLM/SPLA in 2002 an armed insurgency -> SDN/REB; the meeting between the two = a meeting "
      "noun naming its participants (README) -> nominal 040 from the first-named SDN/GOV -> SDN/REB; Kampala is "
      "a place; borderline 045 for Uganda's facilitation"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Jordan (1990): 'live in a state of extreme tension as a result of the crisis in the Gulf' = a description; "
          "'the crisis' is an event noun without an agent (guideline)"),
 47: ([], "Libya (2000): 'obstacles still hinder the efforts to establish a world free of weapons of mass destruction' = "
          "an evaluation, no actor"),
 48: ([], "The former Yugoslav Republic of Macedonia (2006): 'The contribution of the private sector and civil society "
          "may play a critical role' = uncoded collectives with no named country, a hypothetical evaluation"),
 49: ([], "Slovakia (2019): 'The time has come to no longer accept the excuses' = a hortative about climate action by "
          "all states (README: 'we' meaning all states), with no named target; not coded (borderline a "
          "demanded 120 null -> null)"),
 50: ([], "Venezuela (2019): 'Colombia has the highest number of internally displaced persons' = a description, the "
          "displacement agentless"),
 51: ([], "Cambodia (2003): 'We need to advance together in peace ...' = 'we' meaning all states, no act"),
 52: ([], "India (1995): 'we seem to have lost this vision' = 'we' meaning all Member States, no act"),
 53: ([], "South Sudan (2011): 'Our strategy is to use the oil as a catalyst' = domestic economic policy, no act between "
          "actors"),
 54: ([], "Turkey (2016): 'Instead, it was converted into a belt of peace' = the region from A'zaz to the Euphrates, an "
          "agentless outcome of the operation of the preceding sentences, no codable behaviour"),
 55: ([("is determined to see the programme through", "0311", "SLE/GOV", "org:IMF", False, A, N, False)],
      "Sierra Leone (1992); 'the National Provisional Ruling Council Government' = the speaker's own government, the "
      "NPRC junta -> SLE/GOV under the UN-speech rule (README: Sudan's 2023-24 speeches SDN/GOV under that rule; held-out 42 row 4: Myanmar's SLORC government MMR/GOV; "
      "borderline SLE/MIL, the junta rule); 'is determined to see the programme through' = the programme agreed "
      "with the Fund (preceding text: 'determination to keep the International Monetary Fund programme on "
      "course', 'the undertakings subscribed to by our Government'), a commitment stated as a fact -> 03x asserted "
      "(README) -> intent to cooperate economically 0311 to org:IMF (borderline org:WB too, the "
      "'understanding reached with the World Bank and the IMF', or not coded as domestic economic policy)"),
 56: ([], "Mauritius (2018): 'My Government remains determined to fight drug trafficking' = a domestic policy resolve "
          "against uncoded traffickers, with no counterpart (guideline: abstract policy positions not coded)"),
 57: ([], "Somalia (1990): 'the near-unanimity of approach and action among the permanent members of the Security "
          "Council' = agreement among the five permanent members, whom the speech never names, as a group -> not "
          "coded (borderline a nominal 050 per pair of the five, or org:UNSC)"),
 58: ([], "Belgium (2014): 'It is the only place where the representatives of the entire world can talk to each other' "
          "= a description of the United Nations, no act"),
 59: ([("has stated its willingness to respond", "030", "org:EU", "org:AU", False, A, N, False),
       ("entered into a dialogue", "040", "org:EU", "org:AU", False, A, N, False)],
      "Belgium (2001, for the EU Presidency); 'The European Union has stated its willingness to respond' = to the New "
      "African Initiative launched at the OAU's Lusaka summit (preceding sentence), an intent stated as a fact -> "
      "030 asserted (guideline; README: the EU's 'willingness to give support' 033; borderline 033) to "
      "org:AU; 'has already entered into a dialogue at the highest level with the African Union' -> consult 040 "
      "org:EU -> org:AU (the OAU, then becoming the African Union -> org:AU)"),
}
