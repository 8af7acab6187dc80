"""Hand annotations for the HUNDRED-AND-THIRTY-SIXTH held-out event gold set (source of events-heldout136.jsonl).

Keyed by the row index of selection-heldout136.jsonl (output of select_bulk_sentence_heldout.py 136; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout136.jsonl \
        --annotations annotations_heldout136 --output events-heldout136.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("an agreement is yet to be reached", "057", "IRQ/GOV", "org:UN", True, A, N, False),
      ("the refusal of certain countries", "124", N, "IRQ/GOV", False, A, N, True)],
     "Iraq (1992); 'an agreement is yet to be reached' = the oil-export agreement that Iraq was negotiating 'with the "
     "United Nations Secretariat' (sentence before), an agentless passive whose parties come from the context "
     "(guideline: missing participant from context) -> negated 057 (guideline: 'has yet to' negated) IRQ/GOV -> "
     "org:UN (borderline not coded, as a description of the talks' state); 'the refusal of certain countries in the "
     "Security Council to remove from any prospective agreement their humiliating political preconditions' = an "
     "explicit refusal (guideline: REJECT, negated false) taking the code of what was refused (held-out 34/35): "
     "declining to drop conditions = decline to yield 124 (borderline 1244, the conditions being those of a partial "
     "easing of the oil embargo, or 127), nominal; 'certain countries' are unnamed members of the Council, an "
     "uncoded class -> source null (borderline USA/GOV, since the speech elsewhere says the Council's few dominant "
     "States are 'led by' the United States; borderline org:UNSC), the conditions bear on Iraq -> IRQ/GOV"),
 1: ([], "France (2001): 'I do not hesitate to say here that the rich countries ... have even more responsibility "
         "than others' = the speaker's own statement about the responsibility of an uncoded collective (the West and "
         "other OECD countries); no act; 'do not hesitate' bears on the speech act, not a negated event"),
 2: ([("deplores", "110", "AGO/GOV", N, False, A, N, False),
      ("the refusal", "120", N, "ZAF/GOV", False, A, N, True)],
     "Angola (1997); 'The Government of Angola deplores the refusal by one of the parties to accept President "
     "Mandela's initiative' (on East Timor, sentence before) -> 'deplores' 110 (held-out 4 row 60, 37 row 23: "
     "'deplores' 110); the refused party is not named in the sentence or the document -> target null (borderline "
     "IDN/GOV from outside knowledge, Indonesia having turned down Mandela's 1997 offer); the refusal = an explicit "
     "refusal (guideline: REJECT, negated false), nominal, its agent 'one of the parties' unnamed -> source null "
     "(borderline IDN/GOV), aimed at the initiative's author -> ZAF/GOV; the initiative's content is not stated in "
     "the document -> generic 120 (borderline 126 reject mediation, or 127 reject plan); 'President Mandela's "
     "initiative' itself is left uncoded, an offer whose content the speech does not give (borderline a nominal 039 "
     "ZAF/GOV -> null)"),
 3: ([], "Israel (2012): 'The relevant question is at what stage can we no longer stop Iran from getting the bomb?' = "
         "a question about the point after which prevention becomes impossible; 'we' is the international community "
         "as much as Israel (the text before: 'Do we want to risk the security of the world', 'our intelligence "
         "agencies' for the Western discovery of Fordow), 'we' meaning all states being uncoded (held-out 42/43); "
         "Iran's getting the bomb is a hypothetical acquisition with no counterpart; not coded (borderline a negated "
         "question 170 ISR/GOV -> IRN/GOV for 'stop Iran', and a hypothetical 154 IRN/GOV -> null for 'getting the "
         "bomb')"),
 4: ([("call upon", "102", "BHS/GOV", N, False, A, N, False)],
     "Bahamas (1998); 'We call upon all Member States that have not done so, to do the same' = a request (guideline: "
     "call upon -> 10x) to sign and ratify the Ottawa anti-personnel mine Convention (sentence before) -> a call to "
     "join a treaty 102 (held-out 43/45, 63; held-out 76 row 2), addressed to an uncoded class naming no member -> "
     "target null (README set 117: 'We call on all countries that have not yet done so to join the Rome Statute' "
     "102 with no target, its negated accession uncoded); 'have not done so' is left uncoded for the same reason"),
 5: ([], "Viet Nam (1991): 'the Uruguay Round and the Group of Seven meeting have failed to bring about any positive "
         "change in the international economic order' = the failure of a negotiating round and a summit to produce an "
         "outcome for an abstract order; no act between actors and no counterpart (borderline a negated 061 or 080 "
         "from org:G7 with no target)"),
 6: ([], "Chad (2012): 'official development assistance and debt relief, in sum all of the commitments made in that "
         "regard, have either not been met or have been met only halfway' = unfulfilled aid commitments between "
         "uncoded collectives (donors and Africa/developing countries), not coded (README set 116: unfulfilled aid "
         "promises between uncoded collectives left uncoded; borderline a negated 0331 null -> null)"),
 7: ([("launched a number of initiatives", "0333", "SDN/GOV", "SDN/CVL", False, A, N, False),
      ("refuse to participate", "121", "SDN/REB", "SDN/GOV", False, A, N, False)],
     "Sudan (2018); 'the Government of the Sudan launched a number of initiatives to establish humanitarian "
     "corridors and to ensure the delivery of humanitarian assistance to the South Kordofan and Blue Nile regions' = "
     "offers of humanitarian access that, as the second clause says, were not taken up -> an intent stated as a fact, "
     "03x asserted (guideline), to provide humanitarian aid 0333 (borderline 0863 allow delivery of humanitarian aid, "
     "or 0355), to the people of the two regions -> SDN/CVL (borderline SDN/REB, the movements holding the areas); "
     "'certain rebel movements in Blue Nile areas still refuse to participate in such initiatives' = an explicit "
     "refusal (guideline: REJECT, negated false) taking the code of what was refused (held-out 34/35): joining a "
     "joint humanitarian arrangement -> reject material cooperation 121 (borderline 125, the initiatives requiring "
     "talks, or 120), the SPLM-N factions -> SDN/REB, to the initiatives' author SDN/GOV"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("appeals", "107", "GIN/GOV", "ISR/GOV", False, A, N, False)],
     "Guinea (1998); 'My delegation appeals to all parties concerned, particularly the authorities in Tel Aviv, to "
     "ensure strict implementation of the Oslo and Washington agreements' = a request (guideline: appeal -> 10x) "
     "whose Y is implementing the peace agreements -> 107 (README: a call to return to an agreement 107; borderline "
     "100, or 1056 for the redeployments the agreements require); 'the authorities in Tel Aviv' = a capital-style "
     "metonym for the Israeli Government -> ISR/GOV (guideline: capital metonyms -> GOV); 'all parties concerned' "
     "is an uncoded collective, dropped (guideline compound rule; borderline PSE/GOV, the other Oslo party); "
     "'Washington' is part of the agreements' name, not a metonym; 'the threat of another crisis' is figurative"),
 9: ([("North-South High Level Talks", "040", "PRK/GOV", "KOR/GOV", False, A, N, True),
      ("joint committees", "050", "PRK/GOV", "KOR/GOV", False, A, N, True)],
     "DPRK (1992); 'The recent 8th North-South High Level Talks in Pyongyang' = a meeting noun whose name gives its "
     "participants (README: 'the U.S.-Bahrain Strategic Dialogue' a nominal 040) -> nominal 040, symmetric, from "
     "the first-named, the speaker's own government (guideline), to KOR/GOV (borderline 046, the prime ministers' "
     "talks being negotiations); Pyongyang is the venue, a place, not a metonym; 'have led to the functioning of "
     "joint committees for the implementation of the Agreement in different areas' = the two governments' joint "
     "committees at work -> a cooperation noun naming its parties (held-out 10/11, 38/39) -> nominal 050 "
     "PRK/GOV -> KOR/GOV (borderline not coded, as an institutional result of the talks); 'the Agreement' (the 1991 "
     "Basic Agreement) is anaphoric and only the object of implementation, not coded (borderline a nominal 057)"),
 10: ([("will continue to be applied", "163", "org:UN", "YUG/GOV", False, F, N, False)],
      "Albania (1993); 'we understand that the United Nations sanctions ... will continue to be applied, putting the "
      "necessary pressure on the Belgrade authorities' = sanctions -> 163 (guideline), from the United Nations "
      "(README set 112: the UN's economic sanctions 163 from org:UN; borderline org:UNSC, which imposed them), "
      "'will continue' -> future by the guideline's wording (borderline asserted, the sanctions being in force); "
      "'the Belgrade authorities' = capital metonym (guideline) for the Federal Republic of Yugoslavia of 1993 -> "
      "YUG/GOV (README: a state that later dissolved takes its code of the speech's date); 'putting the necessary "
      "pressure' is the sanctions' own effect, coded once (borderline a second event, 170); 'until a final solution "
      "... is found' is agentless"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Belize (1991): 'the world community gathered here for the first United Nations World Summit for Children' "
          "= a meeting of an uncoded collective with itself, null-null (held-out 54-61: acts between uncoded "
          "collectives left uncoded; borderline a 043 from org:UN); UNICEF 'reported that ... world leaders had "
          "made an encouraging start' = a statement (01x, not coded) about uncoded leaders; 'to meet the commitments' "
          "is agentless"),
 12: ([], "Haiti (1992): 'According to Aristotle, politics demands a reciprocal and symmetrical relationship' = a "
          "maxim attributed to a philosopher, no actor, no act (held-out 76 row 8)"),
 13: ([("Turkish demands", "1044", "TUR/GOV", "CYP/GOV", False, A, "org:UN", True)],
      "Cyprus (1990); 'Turkish demands that would have amounted to a permanent partition of Cyprus have, according "
      "to the Secretary-General himself, pushed the inter-communal dialogue into an impasse' = a request noun with "
      "its agent as an adjective (guideline: nominal events with an explicit agent) -> nominal 10x, whose content "
      "(partition, i.e. a change of the state's structure) gives demand change in institutions 1044 (borderline "
      "100); 'Turkish' -> TUR/GOV (borderline not coded, the demands being those of the Turkish-Cypriot leadership, "
      "which has no code, held-out 4), to the Greek Cypriot-led Government CYP/GOV; the clause stands inside 'according "
      "to the Secretary-General' -> reported_by org:UN (guideline; borderline null, the demands being the speaker's "
      "own presupposition and only their effect attributed); 'pushed ... into an impasse' is the demands' effect, "
      "and 'the inter-communal dialogue' a negotiation noun with one uncoded party, not coded (held-out 77 row 20; "
      "borderline a nominal 046 CYP/GOV -> null)"),
 14: ([], "Costa Rica (2001): 'We have said that it is the only mechanism that humanity has to confront the "
          "threats' = the speaker's own past statement (guideline: not coded) of an evaluation of the Security "
          "Council; threats as risks (guideline)"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Kuwait (1994): 'we hope that developed countries will increase the level of their assistance' = an "
          "optative hope about others' aid (held-out 32/33: hopes about others' aid not coded), the "
          "donors and recipients uncoded collectives (borderline a future 070 null -> null)"),
 16: ([("The reservations expressed", "122", N, "AGO/GOV", False, A, N, True)],
      "Angola (2004); 'The reservations expressed by certain international donors in terms of providing assistance "
      "to Angola' = donors holding back aid that Angola sought for reconstruction (the next sentence: 'urgently "
      "requires partnerships and substantial support') -> a nominal reluctance read as a rejection of a request for "
      "aid 122 (borderline 1621 reduce economic assistance, or not coded as a statement of reservations, 01x), the "
      "donors unnamed -> source null (README: 'some countries, which refuse to give credit' 120 with no source), to "
      "AGO/GOV; 'can be justified only by a lack of political will' is the speaker's evaluation, not coded "
      "(borderline 111 AGO/GOV -> null); 'overlooking the fact that the internal conflict ...' describes the war, "
      "with no actor"),
 17: ([("welcomes", "051", "CYP/GOV", "org:EU", False, A, N, False)],
      "Cyprus (1999); 'My Government also welcomes the initiative of the European Union that led to the adoption of "
      "the Stability Pact last June' -> 051 (guideline: welcome) to the initiative's author org:EU; 'the adoption of "
      "the Stability Pact' is agentless and its signatories are not named, so it is not coded (README: the "
      "welcome of an agreement codes it too unless it names no party; borderline a nominal 057 org:EU -> null); 'will "
      "contribute ... and help its peoples construct a new future' is an expected effect"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Syria (2005): 'We should therefore find the wisdom to preserve it [the United Nations] for future "
          "generations' = 'we' meaning all Member States (held-out 42/43: not coded), no codable behaviour"),
 19: ([("He urged", "103", "SOM/GOV", "org:UNGA", False, A, N, False)],
      "Lesotho (2010); 'He' = the President of the Transitional Federal Government of Somalia (sentence before: 'the "
      "appeal that was made by the President of the Transitional Federal Government of Somalia to the Assembly') -> "
      "SOM/GOV; 'He urged us to assist the people of Somalia to join the international movement for ... peace, the "
      "rule of law and the Millennium Development Goals' = a request (guideline: urge -> 10x; the speech verb is "
      "itself the event, so reported_by null) whose Y is assistance -> demand aid 103 (borderline 1031); 'us' = the "
      "Assembly the appeal was made to (sentence before) -> org:UNGA (borderline target null, 'us' as all Member "
      "States, an uncoded collective); Y is not coded separately (guideline)"),
 20: ([], "Bosnia and Herzegovina (1992): 'we, the people of Bosnia and Herzegovina, can live together, and ... must "
          "live together' = coexistence of the country's own peoples, no act between actors (borderline a demanded "
          "050 among BIH/CVL); 'despite what has happened' is agentless; 'provided that equality, justice and freedom "
          "are secured' is an agentless condition"),
 21: ([], "Netherlands (1992): 'Where and when should the United Nations intervene?' = a general doctrinal question "
          "about peace operations, with no named place or party (guideline: abstract policy positions not coded; "
          "borderline a question 074 from org:UN with no target)"),
 22: ([], "Sweden (1991): 'The social consequences of development policies must never be overlooked' = an agentless "
          "norm, no act"),
 23: ([], "Nepal (2007): 'That exercise [the Human Rights Council's universal periodic review] should be free from "
          "politicization, selectivity and double standards' = a norm for a process, no codable behaviour"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("set up a humanitarian operations centre", "073", "KWT/GOV", "IRQ", False, A, N, False)],
      "Kuwait (2003); 'Kuwait set up a humanitarian operations centre to facilitate and coordinate relief aid "
      "activities and international emergency relief efforts to deliver aid to Iraq' = Kuwait's own humanitarian "
      "act for Iraq -> 073 (guideline: provide humanitarian aid), to Iraq, which in 2003 had no sovereign government "
      "(the sentence after: 'the brotherly people of Iraq') -> bare IRQ as the text says (borderline IRQ/CVL); the "
      "'international emergency relief efforts' are those of uncoded agencies and donors, not coded separately "
      "(borderline a nominal 073 null -> IRQ)"),
 25: ([("was also supported", "051", N, "SDN/GOV", False, A, N, False),
       ("was also supported", "051", "GBR/CVL", "SDN/GOV", False, A, N, False),
       ("was also supported", "051", "JOR/CVL", "SDN/GOV", False, A, N, False),
       ("was also supported", "051", "USA/CVL", "SDN/GOV", False, A, N, False),
       ("was destroyed", "195", "USA/GOV", "SDN", False, A, N, False)],
      "Sudan (1998); 'Our position was also supported by high-ranking officials of Western countries, including "
      "presidents and foreign ministers' = verbal support (guideline: 051) of the Sudanese position on the al-Shifa "
      "factory, from unnamed officials of uncoded Western countries -> 051 with no source (README: praise from "
      "uncoded collectives a 051 with no source); 'as well as by the British, Jordanian and American engineers' -> "
      "one 051 per nationality (guideline: compound split), private professionals -> CVL (borderline BUS); 'took "
      "part in the construction and operation of the factory' and 'continued their technical association' are work "
      "for a private firm, not coded (borderline 061 to SDN/BUS); 'until it was destroyed' = an agentless passive "
      "whose agent the document makes plain ('the United States armed forces had launched air strikes', 'The American "
      "Administration launched 17 cruise missiles to destroy the pharmaceutical factory'; README: an event whose agent "
      "is plain from the text around it is coded) -> aerial weapons 195 (guideline: bombardment 195; borderline 190, "
      "or 1712 destroy property), USA/GOV as the text names the decision (borderline USA/MIL), to the country -> "
      "bare SDN (borderline SDN/BUS, the plant being privately owned)"),
 26: ([("totally supporting", "051", "MDA/GOV", "org:UN", False, A, N, False)],
      "Moldova (2007); 'the Republic of Moldova has demonstrated faithfulness to the principles and purposes of the "
      "United Nations Charter by totally supporting the objectives of the Organization and sharing its "
      "responsibilities' = support of the United Nations (README set 112: 'a consistent supporter of the United "
      "Nations' 051 to org:UN) -> 051 to org:UN, one event for the support and the sharing of responsibilities "
      "(borderline a second event, 050; or not coded as an abstract position); 'demonstrated faithfulness to the "
      "principles' is no act"),
 27: ([("has signed", "057", "UKR/GOV", "RUS/GOV", False, A, N, False),
       ("has signed", "057", "UKR/GOV", "ROU/GOV", False, A, N, False),
       ("the agreement with the", "057", "UKR/GOV", "BLR/GOV", False, A, N, True)],
      "Ukraine (1997); 'the basic political treaties that Ukraine has signed with the Russian Federation and with "
      "Romania' -> 057 (guideline: agreements concluded) per partner (guideline: compound split); 'and the agreement "
      "with the Republic of Belarus on State borders' = an agreement noun naming its parties -> nominal 057 UKR/GOV -> "
      "BLR/GOV (README: an agreement named by its parties a nominal 057); 'the first of the kind to be signed' is "
      "the same agreement, coded once"),
 28: ([("commend", "051", "TTO/GOV", "org:UN", False, A, N, False)],
      "Trinidad and Tobago (2017); 'his' = Secretary-General António Guterres (sentence before); 'We wish to "
      "encourage and commend his direction and guidance' = praise, one 051 for the two verbs (held-out 76 row 27: "
      "'commend and support' one 051), to the Secretary-General -> org:UN (held-out 48/49), 'wish to' "
      "performative -> asserted"),
 29: ([], "DPRK (1997): 'there have been ample discussions on human rights at the United Nations and in other "
          "international forums' = agentless discussions among uncoded participants, null-null, not coded "
          "(borderline a 040 null -> null)"),
 30: ([], "Turkmenistan (2011): 'Turkmenistan acts accordingly in forming its approaches to the issues of achieving "
          "a firm peace ... and realizing humanitarian cooperation' = an abstract policy position (guideline), no "
          "counterpart"),
 31: ([("We are gratified", "051", "SWE/GOV", N, False, A, N, False)],
      "Sweden (1994); 'We are gratified that all States, including the nuclear-weapon States, are now prepared to "
      "negotiate such a treaty' = a welcome (README: 'We are satisfied to see that', 'we are pleased with' 051) of a "
      "readiness of all States, an uncoded collective, whose nuclear-weapon members the sentence does not name -> "
      "051 with no target (README set 112: 'I am all the more pleased' that the region's countries confirm "
      "cooperation 051 with no target); 'are now prepared to negotiate' = 036 asserted (README: 'are prepared to "
      "engage in dialogue') between uncoded collectives, not coded (borderline a 036 null -> null)"),
 32: ([("are still imposed", "163", "org:UNSC", "CIV/CVL", False, A, N, False)],
      "Cote d'Ivoire (2007); 'Ivorians remain concerned' = expressed concern (01x, not coded); 'individual sanctions "
      "are still imposed on some of our compatriots' = an agentless passive whose imposer the text after makes plain "
      "('I am formally asking the United Nations ... to lift the sanctions'; the individual sanctions of Security "
      "Council resolution 1572) -> 163 from org:UNSC (README: sanctions with no agent in the sentence are the "
      "Security Council's, from the surrounding text; borderline org:UN as the text after says), the sanctioned "
      "compatriots ('those young people', the text after) -> CIV/CVL (borderline CIV/OPP or CIV/REB for the "
      "sanctioned militia and Forces Nouvelles figures); 'still' marks continuation, asserted"),
 33: ([], "Holy See (2015): 'it is not always easy to carry out that duty [the responsibility to protect]' and its "
          "conflict with the non-intervention principle = abstract norms, no actor; 'as sanctioned by paragraph 7 of "
          "Article 2' means 'as laid down', not a sanction"),
 34: ([], "Republic of Korea (2012): 'The Korean Government expresses deep concern' = 01x, not coded; 'the recent "
          "attacks against diplomats and diplomatic missions in several places' = event nouns whose agents and "
          "victims' countries the speech never names, null-null, not coded (borderline a nominal 180 with no source "
          "to USA/GOV from outside knowledge of the September 2012 Benghazi attack)"),
 35: ([("France welcomes", "051", "FRA/GOV", N, False, A, N, False)],
      "France (1996); a fragment cut by the splitter: 'France welcomes the signing of the Comprehensive' "
      "[Nuclear-Test-Ban Treaty], the object completed from the text after the cut since the verb is in the sentence "
      "(README: a fragment whose object the splitter cut off) -> 051 (guideline: welcome), the signatories not named -> target null (README: 'noted with "
      "satisfaction the signing' 051 to the signatories when named); the signing itself has no named party in the "
      "sentence, and France's own signing ('which I had the honour to sign yesterday') lies after the cut, so no 057 "
      "is coded (borderline a nominal 057 FRA/GOV -> null)"),
 36: ([("We applaud", "051", "BLZ/GOV", N, False, A, N, False),
       ("urging", "100", "BLZ/GOV", N, False, A, N, False)],
      "Belize (1994); 'We applaud the transformation of the General Agreement on Tariffs and Trade and these other "
      "advances' = praise (guideline: 051) of developments whose authors (the Uruguay Round parties) are not named -> "
      "target null (held-out 76 row 27; borderline org:WTO, the new organization); 'while urging that the less "
      "well-endowed countries receive their due, both under domestic jurisdictions and laws and in adjudications by "
      "the new organization' = a request (guideline: urge -> 10x) with no named addressee (the trading States and the "
      "WTO) -> target null (held-out 77 row 8: a call with a specific Y and no addressee coded with target null), Y "
      "= fair treatment of poorer countries, no specific behaviour -> generic 100 (borderline 1011; or org:WTO as "
      "target; or not coded, as urging with no addressee, held-out 52/53)"),
 37: ([("propose", "108", "SEN/GOV", "org:UN", False, A, N, False),
       ("propose", "108", "SEN/GOV", "org:AU", False, A, N, False),
       ("propose", "108", "SEN/GOV", "org:LAS", False, A, N, False),
       ("propose", "108", "SEN/GOV", "org:OIC", False, A, N, False),
       ("propose", "108", "SEN/GOV", "org:EU", False, A, N, False)],
      "Senegal (Diouf, 1992); 'I therefore solemnly propose that such a meeting [an international conference on "
      "Somalia] take place as soon as possible in Geneva under the auspices of the United Nations, the OAU, the "
      "League of Arab States, the Organization of the Islamic Conference and the European Community' = a proposal "
      "read as a request (guideline: appeals and calls -> 10x) that the five organisations sponsor a peace "
      "conference -> demand mediation 108 per organisation (README set 116: a call for the mobilization of four "
      "organisations for a peaceful solution in Kosovo one 108 per organisation; borderline 106 to the Somali "
      "factions, SOM/REB, who are not in the sentence), the OAU -> org:AU, the European Community -> org:EU "
      "(README); the source stays SEN/GOV although Diouf says he speaks 'on behalf of Africa and the Islamic Ummah' "
      "as chairman of both (README set 110: a state's act 'in its capacity as' mediator stays its own; borderline "
      "org:AU or org:OIC); Geneva is a place"),
 38: ([], "Guyana (1997): 'poverty is today the single most important threat to global peace and security' = a "
          "figurative threat (guideline), no actor"),
 39: ([("condemn", "111", "PNG/GOV", N, False, A, N, False),
       ("commend", "051", "PNG/GOV", "CAN/GOV", False, A, N, False),
       ("commend", "051", "PNG/GOV", "JPN/GOV", False, A, N, False),
       ("generous assistance", "070", "CAN/GOV", "SDN/CVL", False, A, N, True),
       ("generous assistance", "070", "JPN/GOV", "SDN/CVL", False, A, N, True)],
      "Papua New Guinea (2004); 'We also condemn the recent tragedy in Darfur, the Sudan' -> 111 (guideline: "
      "condemn), the tragedy's perpetrators not named -> target null (README: condemning attacks by unnamed "
      "perpetrators is the speaker's 111 with no target; borderline SDN/GOV or SDN/MIL for the Janjaweed); 'and "
      "commend Canada and Japan' -> one 051 per country (guideline: commend 051, compound split); 'for their "
      "generous assistance' = the aid thanked for, its agent from the praise (README: thanks 'for the ongoing "
      "support' gives the support its agent) -> nominal 070 per donor (borderline 073, the Darfur crisis being "
      "humanitarian), to the people of Darfur -> SDN/CVL (borderline bare SDN)"),
 40: ([("has been agreed on", "057", "KAZ/GOV", N, False, A, N, False)],
      "Kazakhstan (2018); 'the long-awaited legal status of the Caspian Sea has been agreed on and determined by the "
      "five littoral countries' = the Convention on the Legal Status of the Caspian Sea signed at the Aktau summit "
      "(sentence before; 'The treaty' in the sentence after) -> 057 (guideline: agreements concluded), 'agreed on and "
      "determined' one act; a symmetric agreement coded from the document's own government (guideline), Kazakhstan "
      "being one of the five; the document never names the other four -> target null (README: an alliance 'signed' "
      "that names no other signatory a 057 with no target; borderline one 057 each to RUS/GOV, IRN/GOV, AZE/GOV and "
      "TKM/GOV from outside knowledge); 'We all are extremely satisfied and proud' is pride in an own achievement, "
      "not coded (borderline a 051 with no target, README: 'We are satisfied to see that' 051)"),
 41: ([("have completed the integration process", "0873", "BDI/REB", "BDI/GOV", False, H, N, False)],
      "Burundi (2008); 'We therefore count on the support of our development partners to recover all weapons' = a "
      "hope about others' aid (held-out 32/33: 'we count on' optative, not coded; borderline a demanded 070 null "
      "-> BDI/GOV as a statement of need); 'particularly once the PALIPEHUTU-FNL combatants have completed the "
      "integration process' = the FNL's demobilisation and integration into the national forces, an act inside a "
      "temporal condition -> hypothetical (README: acts inside an if-clause are hypothetical; borderline future, or "
      "not coded as a time clause), demobilize armed forces 0873, the FNL of 2008 an armed group -> BDI/REB, to "
      "BDI/GOV (borderline target null)"),
 42: ([("We wholeheartedly support", "051", "VCT/GOV", "org:UN", False, A, N, False)],
      "Saint Vincent and the Grenadines (1994); 'We wholeheartedly support this major peace-keeping, peacemaking and "
      "peace-enforcing thrust of the United Nations' = verbal support (guideline: 051) of the Organization's "
      "activity -> org:UN (README: supporting a UN plan 051 to org:UN); the peacekeeping 'thrust' names no place or "
      "party, not coded (borderline a nominal 074 org:UN -> null)"),
 43: ([("We assure them", "032", "BWA/GOV", "org:UN", False, A, N, False)],
      "Botswana (1996); 'them' = the Secretary-General, Boutros Boutros-Ghali, and the Secretariat (sentence before) "
      "-> org:UN; 'We assure them that they continue to enjoy the confidence and full support of Botswana in the "
      "execution of their duties' = an assurance of support (held-out 76 row 40: 'I assure you of my Government's "
      "support' 032) -> 032 asserted (borderline 051, the support being ongoing); 'confidence' is a sentiment"),
 44: ([("have been killed", "202", "SYR/GOV", "SYR/CVL", False, A, N, False),
       ("have been displaced", "201", "SYR/GOV", "SYR/CVL", False, A, N, False)],
      "Turkey (2019); 'Almost 1 million people have been killed and 12 million people have been displaced, while "
      "half of the population has been forced to live elsewhere' = agentless passives whose agent comes from the "
      "sentence before ('the regime and terrorist organizations, as well as the forces encouraging them, have been "
      "pursuing a policy of perpetual crisis'; README: agentless killings take their agent from the sentence before "
      "when it names one) -> the Assad government SYR/GOV, the terrorist organisations and their unnamed backers "
      "uncoded and dropped (guideline compound rule; borderline source null, the sentence naming no killer); mass "
      "killing 202 (guideline) and mass displacement 201 (borderline 174), to the Syrian population -> SYR/CVL; "
      "'has been forced to live elsewhere' is the same displacement, coded once"),
 45: ([("looks forward to hosting", "036", "SEN/GOV", N, False, F, N, False)],
      "Senegal (2017); 'Senegal looks forward to hosting three major events on the international community's agenda' "
      "= future hosting (guideline: 'look forward to' + event future; future meetings and hosting 036) -> 036 future; "
      "the events (the Africa Investment Forum, an infrastructure conference, a Global Partnership for Education "
      "replenishment, the sentence after) have no code -> target null (README: conferences hosted with no target); "
      "'this new momentum of support for development through partnership' is agentless"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Marshall Islands (2015): 'As a former United Nations Trust Territory ... has a unique legacy' = a status "
          "description; the US nuclear tests lie in the sentence after"),
 47: ([("Andorra's candidature", "102", "AND/GOV", "org:WTO", False, A, N, True),
       ("we are exploring", "040", "AND/GOV", "org:EU", False, A, N, False)],
      "Andorra (1999); 'Andorra's candidature for the World Trade Organization' = a membership bid -> nominal 102 to "
      "the organisation (README: a bid for UN membership a nominal 102 to org:UN; set 118: a candidature for the "
      "Human Rights Council 102; borderline not coded as a membership position); 'the relationship we are exploring "
      "with our neighbours in the European Union' = exploratory talks on Andorra's relations with the EU -> 040 "
      "(guideline: discuss/consult; borderline 030), 'our neighbours in the European Union' -> org:EU (borderline "
      "FRA/GOV and ESP/GOV, the neighbours, whom the sentence does not name)"),
 48: ([], "Thailand (1990): 'an unprecedented degree of unity among nations, as evidenced by the remarkable number of "
          "resolutions adopted by the Security Council aimed at restoring peace and security in that region' = an "
          "evaluation; the resolutions on the Gulf crisis are named only by their general aim and Iraq is not named "
          "in the sentence, no specific act (borderline a 1056 org:UNSC -> IRQ/GOV for the withdrawal demands of "
          "resolution 660)"),
 49: ([], "Botswana (1991): 'It is our fervent hope that the Conference will adopt concrete decisions' = an optative "
          "hope about a UN conference's outcome, not coded"),
 50: ([], "Thailand (1994): 'These activities could help the ARF find its future direction' = a hypothetical effect "
          "of inter-sessional activities, no act between actors"),
 51: ([], "China (2002): the mutuality of security increasing as countries realise common interests = a description "
          "of an uncoded collective's awareness, no act"),
 52: ([("increased our security forces", "154", "COL/GOV", N, False, A, N, False),
       ("operations have tripled", "190", "COL/MIL", "COL/REB", False, A, N, True)],
      "Colombia (Uribe, 2006); 'we have increased our security forces by 30 per cent' -> mobilize or increase armed "
      "forces 154 (guideline: build-ups 154), the document's own government, with no named adversary -> target null "
      "(borderline COL/REB); 'military operations have tripled' = a nominal military action of the same 'our' "
      "security forces -> 190 (guideline: generic military force) from COL/MIL, against the illegal armed groups "
      "the speech fights -> COL/REB (README: Colombia's unnamed armed groups COL/REB; borderline target null, or not "
      "coded as a statistic); 'complaints against the security forces have fallen by 38 per cent' is a statistic "
      "on complaints by unnamed complainants, not coded (borderline a nominal 114 COL/CVL -> COL/MIL)"),
 53: ([], "Haiti (1991): 'in spite of the efforts of the United Nations, ... divergent interests and lack of "
          "understanding between peoples continue to cause conflicts between States' = a general description of "
          "conflicts among unnamed parties; the UN's 'efforts' have no content or target (borderline a nominal 190 "
          "null -> null)"),
 54: ([], "Myanmar (1995): 'The mandate of the Organization is to advance peace and security ...' = a description of "
          "the UN's mandate, no act"),
 55: ([], "Russian Federation (2016): 'It is high time to draw the necessary lessons and avoid sinking into "
          "catastrophe in Syria' = an impersonal deontic with no actor (the previous sentence's unnamed Western "
          "'they'), no codable behaviour"),
 56: ([], "Panama (1997): 'This has been proved by recent ... experiences' = an evaluation, no act"),
 57: ([("to thank", "051", "SYR/GOV", "org:UNGA", False, A, N, False)],
      "Syria (2018); 'I would also like to thank your predecessor for his role in steering the work of the Assembly' "
      "= thanks (guideline: 051) to the outgoing President of the General Assembly -> org:UNGA (README: tributes to "
      "a former President of the Assembly go to org:UNGA), 'would like to' performative -> asserted"),
 58: ([("have championed", "037", "SYR/GOV", "ISR/GOV", False, A, N, False)],
      "Syria (1997); 'We, the Arabs, have championed just and comprehensive peace and consider it a strategic "
      "choice' = a commitment to settle the Arab-Israeli conflict stated as a fact -> 037 asserted (guideline: 03x "
      "asserted; README: commitments stated as facts asserted 03x), 'We, the Arabs' an uncoded collective that "
      "includes the speaker -> coded for the speaker's government, SYR/GOV (README: a collective naming one member "
      "is coded for it; borderline org:LAS, or not coded as a stance of all Arab states), the counterpart plain "
      "from the sentence before ('The Israelis will have to leave it') -> ISR/GOV (borderline 107 as advocacy of a "
      "settlement, or target null)"),
 59: ([], "Qatar (2011): 'This will pave the way for the realization of peace in our region' = 'This' = Member "
          "States' response to the Palestinian request for UN membership (sentence before), an expected effect, no "
          "act in the sentence"),
}
