"""Hand annotations for the TWO-HUNDRED-AND-TWENTY-FOURTH held-out event gold set (source of events-heldout224.jsonl).

Keyed by the row index of selection-heldout224.jsonl (output of select_statement_sentence_heldout.py 224; rows come
from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, and from
statements_ungdc_2020_2024.jsonl, UN General Debate speeches of 2020-2024).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout224.jsonl \\
        --annotations annotations_heldout224 --output events-heldout224.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([], "Senior Administration Official Three (briefing on humanitarian assistance for Ukraine, 16 Mar 2022): "
         "reiterating the State Department Travel Advisory for Ukraine (Level Four) is a consular notice, no act between "
         "political actors (first set row 6: travel advisory not coded); 'increased threat of Russian military action' "
         "= a risk, not a threat act (guideline: 'threats of Russian military action' = risk; first set row 6)"),
 1: ([("The President’s swift and severe sanctions", "163", "USA/GOV", "RUS", False, A, N, True)],
     "CBS's Norah O'Donnell (question turn, 24 Feb 2022), her own assertion -> reported_by null (held-out 9 and 10: "
     "a journalist's own assertions are coded asserted); Biden's sanctions = an event noun with its agent -> nominal "
     "163 USA/GOV, against Russia as a whole -> bare RUS (held-out 4 and 7: 'sanctions against Russia', 'U.S. "
     "sanctions' nominal 163 -> RUS); 'have not deterred the Russians' negates the effect, not the sanctions "
     "(guideline: 'sanctions have never been able to bend our will' is an asserted 163), so no negated event"),
 2: ([("welcome this council back to the State Department for the annual conference", "043", "USA/GOV", "USA/BUS",
       False, A, N, False),
      ("something we’ve not been able to do", "043", "USA/GOV", "USA/BUS", True, A, N, False)],
     "Blinken at the Council of the Americas' 52nd Conference on the Americas, held in the State Department's Ben "
     "Franklin Room; the Council of the Americas is a business association of companies -> USA/BUS (first set's "
     "corporation rule; borderline USA/NGO, as a think tank is NGO); welcoming it back 'to the State Department for "
     "the annual conference' = the Department hosting the conference -> 043 (held-out 16 row 29: 'receiving us' "
     "is hosting, 043; borderline 042 USA/BUS -> USA/GOV, following held-out 12 and 15, which coded a welcome of a "
     "visiting official as the visit it shows); 'again something we've not been able to do for the last couple of "
     "years' = a pro-verb for the same kind of hosting in the two previous (online) years, a different event, plain "
     "negation -> negated 043 (set 164: a pro-verb is coded; earlier sets: 'did not permit him to travel' a negated "
     "042; borderline uncoded as a mere time comparison)"),
 3: ([("have provided to our Ukrainian partners", "072", "USA/GOV", "UKR", False, A, N, False)],
     "Price (briefing, 9 May 2022); 'that has not happened' refers to 'Russia de facto in charge of Ukraine' in the "
     "sentence before, an outcome (a state of control) with no act named, not coded (set 173: an outcome with no act "
     "named uncoded; borderline a negated 192 RUS/GOV -> UKR); 'the tenacity ... of our Ukrainian partners' is an "
     "evaluation; the enabling assets provided, $3.8 billion (the next sentence calls the other partners' sums "
     "'security assistance') -> military aid 072 (held-out 9 and 24: US security assistance to Ukraine 072 -> bare "
     "UKR; borderline UKR/GOV for 'our Ukrainian partners', or 070); 'our partners around the world – dozens of "
     "partners across four continents' is an uncoded collective, dropped from the compound source (sets 120 and "
     "200; borderline a second 072 with no source); 'since the start of the invasion' = a time marker whose noun has "
     "no agent in the sentence, not coded (held-out 4 and 8: 'the invasion of Ukraine' with no agent in the "
     "sentence uncoded; set 144: a signing as a time marker uncoded)"),
 # --- State Dept random: capital
 4: ([("They also talked", "040", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("the President reiterated our commitment to Ukraine’s independence", "051", "USA/GOV", "UKR", False, A, N,
       False)],
     "Senior State Department official on the Biden-Putin Geneva summit (17 Jun 2021); 'They' = Biden and Putin "
     "(text before) -> 040, a symmetric meeting coded once from the document's government (guideline); Biden "
     "reiterating 'our commitment to Ukraine's independence, territorial integrity, sovereignty' = support for "
     "Ukraine's sovereignty -> 051 to bare UKR (held-out 15 row 18 and 23 row 23: reaffirmed support for Ukraine's "
     "sovereignty 051 -> UKR; borderline 030/032 as a commitment, or uncoded as an abstract position); 'some "
     "discussion of whether there might be grounds to ... unstick the Minsk process' is part of the same talks, "
     "coded once (guideline: a repeated mention of the same event), the Minsk process a topic; no capital metonym "
     "in the sentence"),
 5: ([("has sought to undermine Lithuania’s democracy", "170", "RUS/GOV", "LTU", False, A, N, False)],
     "Blinken in Vilnius (7 Mar 2022); Moscow = capital metonym -> RUS/GOV (guideline); seeking to undermine "
     "Lithuania's democracy and sow polarization 'through cyber attacks and disinformation campaigns' = realised "
     "coercion by those means -> 170 (held-out 12 row 11: Russia's destructive cyber activities a nominal 170; "
     "earlier sets: cyber attacks are 170), the cyber attacks and campaigns folded in as its means (borderline a "
     "separate nominal 170 for 'cyber attacks'); Lithuania's democracy and population -> bare LTU (borderline "
     "LTU/GOV and LTU/CVL)"),
 # --- State Dept random: reported
 6: ([("We welcome that sentiment", "051", "USA/GOV", "AFG/GOV", False, A, N, False),
      ("We welcome that sentiment", "051", "USA/GOV", "AFG/REB", False, A, N, False),
      ("we urge the Taliban", "1056", "USA/GOV", "AFG/REB", False, A, N, False)],
     "Price (briefing of 19 Jul 2021); 'that sentiment' = the joint Doha statement of the Islamic Republic and the "
     "Taliban (text before) -> one 051 per party (held-out 8: a welcome aimed at a process goes to its named parties), "
     "Taliban before 15 Aug 2021 -> AFG/REB, the Islamic Republic -> AFG/GOV (guideline); 'we hope to see "
     "follow-through' is optative, not coded; 'we continue to believe that only a negotiated settlement can bring "
     "an end' is a belief; urging the Taliban to uphold the commitment to protect infrastructure and civilians and "
     "to cooperate on humanitarian assistance -> one request, asserted, with the most specific sub-code of its "
     "demands (held-out 9 and 12: a request with several demands takes the most specific sub-code), refraining from harming "
     "civilians and infrastructure -> 1056 (borderline 1055 for the humanitarian cooperation, or 100 as held-out 4 "
     "row 22's July 2021 urging of the Taliban); Y and 'the commitment in the joint declaration' not coded "
     "separately (guideline; borderline a nominal 030 per side)"),
 7: ([("we will welcome 100,000 Ukrainians", "075", "USA/GOV", "UKR/CVL", False, F, N, False)],
     "Blinken with NBC's Andrea Mitchell (6 Apr 2022); 'President Biden made clear that' = the document's own "
     "government's statement, 01x, and the President quoted in a State Dept text is the document's government -> "
     "reported_by null (held-out 7); welcoming 100,000 Ukrainians fleeing the war = admitting refugees -> 075 "
     "(held-out 6, 7 and 21: admitting or resettling refugees 075), 'will' -> future (guideline), Ukrainians -> "
     "UKR/CVL (borderline 036 future, as set 14's welcoming of refugees on a visit)"),
 8: ([("you would absolutely support individual Britons going to Ukraine", "051", "GBR/GOV", "GBR/CVL", False, H,
       "GBR/GOV", False)],
     "journalist's question to UK Foreign Secretary Truss at the joint press availability (9 Mar 2022); 'you said a "
     "few days ago that you would absolutely support' = the journalist relaying Truss's own statement -> "
     "reported_by GBR/GOV (guideline: 'you've been saying that you're ready ...' -> reported_by USA/GOV; "
     "held-out 4: a journalist relaying the Secretary's statement), 'would' -> hypothetical (guideline); voiced support for "
     "individual Britons -> 051 to GBR/CVL (borderline 070, or uncoded as a stance); their 'going to Ukraine to take "
     "part in the fighting' is the supported hypothetical act, not coded separately (borderline a hypothetical 190 "
     "GBR/CVL -> RUS/MIL); 'we have reports now of up to four British serving soldiers who are in Ukraine possibly "
     "or on their way' = presence and travel, no act between actors, from unnamed reports"),
 # --- State Dept random: future
 9: ([("will continue to expose individuals", "112", "USA/GOV", N, False, F, N, False),
      ("those designated today", "163", "USA/GOV", N, False, A, N, False),
      ("who support Hizballah’s destabilizing activities", "070", N, "LBN/REB", False, A, N, False)],
     "Price's release 'Sanctioning Hizballah Financiers in Guinea' (4 Mar 2022); 'will continue to expose' = "
     "naming and shaming supporters -> accusation 112 (held-out 10 row 29: 'report exposing' 112), future "
     "(guideline), aimed at a generic class of wrongdoers ('individuals such as those designated today') -> target "
     "null (held-out 8 row 0; borderline 1312 as a statement of resolve to target, or uncoded as held-out 17 and "
     "18 left 'expose' as a purpose); 'those designated today' (Ali Saade and Ibrahim Taher, text before) = the "
     "day's terrorism designation, a participle -> asserted 163 (earlier sets: officials 'being designated' an "
     "asserted 163), their nationality not said -> target null (held-out 17 row 34, 18 row 19; borderline LBN/REB "
     "as Hizballah financiers, or GIN/BUS as operating in Guinea); the class's support for Hizballah -> 070 with "
     "no source to LBN/REB (guideline: Hizballah -> LBN/REB; held-out 8 row 0: a generic class's support for "
     "Hizballah has a null source), asserted as the relative clause describes the designees' acts; 'Hizballah's "
     "destabilizing activities' names no specific act, not coded"),
 10: ([("fully funding our commitments to key countries", "070", "USA/GOV", "ISR/GOV", False, F, N, False),
       ("fully funding our commitments to key countries", "070", "USA/GOV", "JOR/GOV", False, F, N, False),
       ("restoring humanitarian assistance to the Palestinian people", "073", "USA/GOV", "PSE/CVL", False, F, N,
        False)],
      "Blinken's opening remarks to the House Foreign Affairs Committee on the FY2022 budget (7 Jun 2021); 'It' = the "
      "budget request, an inanimate subject standing for the government's act (earlier sets: Moldova's "
      "'modernized infrastructure', 'This funding') -> USA/GOV; 'will support our partners in the Middle East by' "
      "is the summary of the two means, coded through them; fully funding the assistance commitments to Israel and "
      "Jordan -> one aid noun covering several kinds (FMF and economic support) -> 070 per named country (held-out "
      "20/21 and 26: one aid noun of mixed kinds is one 070), 'key countries' beyond the two dropped as unnamed; "
      "restoring humanitarian assistance to the Palestinian people -> 073 to PSE/CVL; 'will' -> future (borderline "
      "hypothetical, as a request still to be appropriated, or uncoded as a domestic budget request, held-out 11 row "
      "31 and 17 row 33, which had no foreign recipient)"),
 # --- State Dept random: demand
 11: ([], "Costa Rican President Alvarado before his meeting with Blinken (1 Jun 2021): reminding his own team to keep "
          "the agenda concrete and 'what the task force of the future should address bilaterally' = internal "
          "procedure and a deontic whose Y (a task force's agenda) is no codable behaviour (guideline); 'before giving "
          "it to you' = passing the floor"),
 12: ([], "an International Women of Courage honoree speaking for the recipients (14 Mar 2022): 'We must do what is "
          "right and continue to uphold and encourage each other in advocating of the rights of all' = a deontic for "
          "'we' the honorees and women everywhere, an uncoded collective, with no counterpart (guideline: collectives "
          "-> null; acts between uncoded collectives not coded)"),
 13: ([], "settlement of alleged export violations (9 Aug 2021): 'Keysight must hire an outside Special Compliance "
          "Officer ... and conduct an external audit' = a term of the Consent Agreement the sentences before report; "
          "Y (hiring a compliance officer, auditing its own compliance programme) is a company's internal measure, "
          "no codable behaviour between actors (guideline: a demanded Y that is not a codable behaviour is not coded; "
          "borderline a demanded 1042 USA/GOV -> USA/BUS for the Department's imposed term)"),
 # --- State Dept random: cue
 14: ([], "senior State Department official on the JCPOA talks (24 Jun 2021), answering a question: 'when I say "
          "nothing's agreed until everything is agreed, that's precisely what I meant' = the speaker glossing his own "
          "earlier statement of a negotiating principle, no realised or negated agreement (borderline a negated 057 "
          "USA/GOV -> IRN/GOV)"),
 15: ([("one of the things we’re talking about today", "040", "USA/GOV", "org:G7", False, A, N, True),
       ("effectively channel our resources to support countries", "070", "org:G7", "POL", False, F, N, False),
       ("effectively channel our resources to support countries", "070", "org:G7", "MDA", False, F, N, False),
       ("effectively channel our resources to support countries", "070", "org:G7", "ROU", False, F, N, False)],
      "Blinken's roundtable with journalists (18 Mar 2022); the talks are the call 'today with my counterparts from "
      "the G7 countries' of the sentence before -> 040 to org:G7 (set 129: org:G7; borderline one 040 per member "
      "named in the sentence before, France, Germany, the UK, Italy, Canada, Japan and org:EU), nominal as 'the "
      "things we're talking about' with the agent 'we' (held-out 24 row 2: realised discussions coded with their "
      "topics); 'how we can effectively channel our resources to support countries' = the plan discussed, a "
      "material act that keeps its code -> 070 future (held-out 24 row 2: plans discussed coded future; earlier "
      "sets: 'we will continue support' 070 future), 'we' = the G7 participants -> org:G7 (borderline USA/GOV, or "
      "hypothetical for 'can'), one per neighbouring country named, bare as hosts of the refugees (borderline "
      "POL/GOV etc.); 'others' dropped as unnamed"),
 16: ([("The two sides explored opportunities", "040", "USA/GOV", "HRV/GOV", False, A, N, False),
       ("strengthening cooperation in renewable energy production and distribution", "030", "USA/GOV", "HRV/GOV",
        False, F, N, True)],
      "U.S.-Croatia joint statement (17 Mar 2022); 'The two sides' -> exploring opportunities together = "
      "consultation 040, symmetric, coded once from the document's government (guideline); the strengthening of "
      "cooperation in renewable energy = the intended cooperation they discussed -> 030 future, nominal, one per "
      "partner (held-out 24 row 2: 'plans to expand U.S. cooperation' a nominal 030 future; borderline 0311 as "
      "economic cooperation, or uncoded as mere 'opportunities', not plans)"),
 17: ([], "Price on Yemen (briefing of 25 May 2022): 'We have seen encouraging signs that the parties are looking to "
          "consolidate and to perpetuate the current conditions' (the humanitarian truce) = the parties' intent, but "
          "the document never names the truce's parties (the Houthis appear later only as detainers of US staff) -> "
          "not coded (sets 177 and 185: acts of parties the document never names are left uncoded; borderline one "
          "0356 each way between YEM/GOV and YEM/REB from outside knowledge); 'encouraging signs' is an evaluation "
          "(borderline a 051 to each party); 'the steps that have given way to this' are agentless"),
 18: ([("violation of UN Security Council sanctions", "128", "RUS/GOV", "org:UNSC", False, Q, N, True),
       ("UN Security Council sanctions against North Korea", "163", "org:UNSC", "PRK", False, A, N, True)],
      "journalist's question (briefing of 20 Jul 2022); the question asks whether Russia's use of North Korean "
      "workers is a 'violation of UN Security Council sanctions' -> the violation is the event asked about -> 128 "
      "with modality question (guideline), Russia -> RUS/GOV, the Council's resolutions -> org:UNSC (earlier sets: "
      "'repudiated its obligations under the resolution' 128 to org:UNSC); the Council's sanctions against North "
      "Korea are presupposed -> asserted nominal 163 org:UNSC -> bare PRK (earlier sets: sanctions against a country "
      "-> the bare country); 'Russia's use of North Korean workers', announced in the sentence before as a plan, is "
      "the content of the asked violation, folded in (borderline a nominal 061 RUS/GOV -> PRK/GOV, future)"),
 19: ([("the two leaders agreed to engage in a", "036", "USA/GOV", "EGY/GOV", False, A, N,
        False)],
      "readout of Blinken's meeting with President al-Sisi in Cairo (26 May 2021); 'stressed the importance of human "
      "rights' = a statement, 01x (held-out sets: 'emphasized', 'stressed' = 01x); 'the two leaders agreed to engage "
      "in a constructive dialogue' (a narrow no-break space before 'constructive', so the trigger stops at 'a') = "
      "an explicit intent to meet stated as a fact -> 036 asserted (guideline: 'EU leaders agreed to open "
      "negotiations' 03x asserted; held-out 24 row 25: 'The parties agreed to meet' 036 from the document's "
      "government)"),
 20: ([("The United States is providing nearly $199 million in additional humanitarian assistance", "073", "USA/GOV",
        "SOM/CVL", False, A, N, False)],
      "Price's release (27 Jul 2021); humanitarian assistance 'for the people of Somalia' -> 073 to SOM/CVL (held-out "
      "6 row 11: 'providing nearly $368 million in additional humanitarian assistance' 073 -> UKR/CVL); the food "
      "insecurity, violence, drought, locusts and pandemic have no actor"),
 21: ([("They also discussed", "040", "USA/GOV", "DZA/GOV", False, A, N, False)],
      "readout of Blinken's call with FM Lamamra (6 Aug 2021); 'They' -> 040, symmetric, from the document's "
      "government (guideline); Algeria's efforts to diversify its economy are domestic, and attracting 'more U.S. "
      "business investment' is a hoped-for effect with no realised act, the topic of the call, not coded "
      "(borderline a future 061 USA/BUS -> DZA/GOV)"),
 22: ([("They committed to work closely together", "030", "USA/GOV", "JPN/GOV", False, A, N, False),
       ("further Russian aggression against Ukraine", "190", "RUS/MIL", "UKR", False, H, N, True),
       ("Secretary Blinken thanked Japan", "051", "USA/GOV", "JPN/GOV", False, A, N, False),
       ("supporting Europe’s energy security through LNG shipments", "070", "JPN/GOV", N, False, A, N, False)],
      "readout of Blinken's meeting with FM Hayashi in Melbourne (11 Feb 2022); 'They committed to work closely "
      "together' = a joint intent stated as a fact -> 030 asserted, symmetric, from the document's government "
      "(held-out 21 row 15: 'our joint commitment to enhance cooperation' 030; borderline 0312 as security "
      "cooperation); deterring 'further Russian aggression against Ukraine' = the conditional aggression the "
      "cooperation is to prevent -> hypothetical nominal 190 RUS/MIL -> UKR (held-out 20 row 5: 'further Russian "
      "aggression' the same; borderline asserted for the aggression 'further' presupposes); thanks -> 051 "
      "(guideline); Japan's support for Europe's energy security through LNG shipments = the support thanked for, "
      "its agent from the thanks (earlier sets: 'thanks for the ongoing support' gives the support its agent) -> 070 "
      "(borderline 061 as trade), 'Europe' an uncoded collective -> target null (borderline org:EU)"),
 23: ([("They also discussed", "040", "USA/GOV", "JPN/GOV", False, A, N, False),
       ("They also discussed", "040", "USA/GOV", "KOR/GOV", False, A, N, False),
       ("the shared commitment of the United States, Japan, and the Republic of Korea", "030", "USA/GOV", "JPN/GOV",
        False, A, N, True),
       ("the shared commitment of the United States, Japan, and the Republic of Korea", "030", "USA/GOV", "KOR/GOV",
        False, A, N, True)],
      "readout of Sherman's trilateral meeting in Tokyo with Vice FM Mori and First Vice FM Choi (21 Jul 2021); "
      "'They' -> the trilateral talks, one 040 from the document's government to each other party (held-out 24 row "
      "25: multi-party meetings one event per pair from the document's government); 'the shared commitment ... to "
      "work toward the complete denuclearization of the Korean Peninsula' = a realised joint commitment named as a "
      "discussion topic, with its agents -> nominal 030 asserted, one per pair (held-out 16 row 13 and 21 row 15: "
      "joint commitments coded per partner from the document's government; borderline 0312, or a demand on the "
      "DPRK); 'their intent to address the threat posed by the ... programs' is the same commitment's second aim, "
      "folded in, and 'the threat posed by' the programmes is a risk, not a threat act (guideline)"),
 # --- State Dept random: nocue
 24: ([], "release on France signing the Artemis Accords (7 Jun 2022): 'they have committed together to responsible "
          "behavior in outer space' = the signatories' commitment to norms of conduct, an abstract commitment (sets "
          "137 and 193: commitments to principles left uncoded; borderline one 030 from USA/GOV to each of the other "
          "nineteen signatories named in the sentence before, following held-out 16 row 13's split joint "
          "commitment); 'are a diverse set of nations' is a description"),
 25: ([("Our funding includes more than $28 million for programs inside Costa Rica", "073", "USA/GOV", "CRI", False,
        A, N, True),
       ("Our funding includes more than $28 million for programs inside Costa Rica", "073", "USA/GOV", "VEN/CVL",
        False, A, N, True)],
      "US statement for the SICA meeting in San José (1 Jun 2021); 'Our funding' = an aid noun with its agent "
      "-> nominal; the funding that 'protects and assists vulnerable migrants, internally displaced persons, asylum "
      "seekers, and refugees' (sentence before) -> humanitarian aid 073 (borderline 070); programmes inside Costa "
      "Rica -> bare CRI (the country as host of the programmes; borderline CRI/GOV), and 'those displaced by the "
      "political and economic crisis in Venezuela' -> VEN/CVL, compound target split (guideline); the crisis has no "
      "actor"),
 26: ([], "the moderator's 'Muchas gracias, Dona Claudia' after Costa Rica's First Lady Claudia Dobles spoke (2 Jun "
          "2021) = procedural thanks between speakers of one event, not coded (held-out 9: thanks between "
          "officials at a briefing uncoded)"),
 27: ([], "Acting Assistant Secretary Faucher on the 2021 Elie Wiesel Genocide and Atrocities Prevention report (12 "
          "Jul 2021): 'These steps taken together move us one step closer to \"never again\"' = an evaluation of the "
          "government's own domestic atrocity-prevention steps, no act between actors"),
 28: ([("participate in this distinguished gathering", "040", "BHR/GOV", "ISR/GOV", False, A, N, False)],
      "Bahraini FM Al Zayani's press statement at the close of the Negev Summit (28 Mar 2022), his own words in the "
      "State Dept transcript -> reported_by null; 'my great pleasure to participate in this distinguished "
      "gathering' = his participation in the six-minister meeting -> 040 (set 119: participation in a meeting a "
      "040; earlier sets: a meeting both participated in and hosted is coded once, from the participant), to the "
      "host, Israel, whose FM Lapid he thanks for the invitation in the next sentence -> ISR/GOV (borderline one "
      "040 to each of the other five participants the transcript names, USA, ARE, EGY, MAR and ISR, or uncoded as "
      "held-out 3 left speaking at a summit); 'Your Highness, Your Excellencies' is an address"),
 29: ([("we very much greatly appreciate", "051", "USA/BUS", "USA/GOV", False, A, N, False),
       ("you’re here today at this summit", "040", "USA/GOV", "USA/BUS", False, A, N, False)],
      "Myron Brilliant, Executive Vice President of the U.S. Chamber of Commerce, introducing Blinken (8 Jun 2022); "
      "the Chamber is a business association -> USA/BUS (first set: a corporation is USA/BUS); 'we very much greatly "
      "appreciate' = thanks -> 051 (guideline; held-out 12 row 15 and 25: 'we appreciate' 051) to the Secretary -> "
      "USA/GOV; 'the fact that you're here today at this summit' = Blinken's attendance at the Chamber's summit -> "
      "040 (sets 119 and 153: a leader's presence at a meeting a 040 to its organiser; borderline 042 as a visit, "
      "or uncoded as held-out 3's speaking at a summit); 'acknowledging how complex and challenging a time it is' "
      "lies in the sentence before"),
 30: ([("We’ll talk about", "036", "USA/GOV", "IND/GOV", False, F, N, False),
       ("our countries are working on together", "050", "USA/GOV", "IND/GOV", False, A, N, False)],
      "Blinken at a civil society roundtable in New Delhi (28 Jul 2021); 'We'll talk' = the meetings later that day "
      "with Modi and Jaishankar (sentence before) -> 036 future (guideline: future meetings 036), to IND/GOV; 'the "
      "critical issues our countries are working on together' = realised, ongoing cooperation between the two "
      "countries -> 050 (held-out 16: 'the bilateral work that we're doing' a nominal 050; borderline uncoded as the "
      "topic list), coded once from the document's government"),
 # --- UNGDC 2020-2024 random: neg
 31: ([("will not let up on our support for Ukraine", "070", "USA/GOV", "UKR", False, F, N, False)],
      "USA (Biden, 2024); 'we will not let up on our support for Ukraine' = litotes for continued support, no event "
      "negation (set 140: 'will not fail to continue to support' a future 032; set 151: 'we will not abandon you' a "
      "future 070), the support being the help 'to help Ukraine win this war' of the text before -> material "
      "support 070, future (borderline 051 asserted, as set 180's 'will never waver in its support', or 072); 'not "
      "until Ukraine wins a just and durable peace' = an outcome, not an act between actors"),
 32: ([("do not want any negotiations whatsoever with the invader", "125", "UKR/CVL", "RUS/GOV", False, A, N, False),
       ("until he withdraws his forces", "0874", "RUS/GOV", "UKR", False, H, N, False),
       ("occupied lands of Ukraine", "192", "RUS/GOV", "UKR", False, A, N, False)],
      "Poland (Duda, 2022); 'the vast majority of whom' = of the Ukrainian nation -> UKR/CVL; not wanting 'any "
      "negotiations whatsoever with the invader' = unwillingness to negotiate, a REJECT with negated false "
      "(guideline: 'unwillingness to negotiate' is REJECT) -> 125; 'the invader' = 'the Russian State' of the "
      "sentence before -> RUS/GOV, an agent noun not coded as an event (set 125: 'the occupiers' as an agent noun "
      "uncoded); 'until he withdraws his forces' = the condition of the refusal -> hypothetical 0874 (set 153: "
      "'until the occupation is ended' a hypothetical 0874 beside an asserted 192); 'the occupied lands of Ukraine' "
      "= the realised occupation, a participle -> non-nominal 192 to bare UKR (sets 207 and 218: 'occupied "
      "islands' a non-nominal 192; borderline RUS/MIL for the forces)"),
 33: ([], "Venezuela (2024): 'The hypocritical oligarchic narrative does not condemn such an aberration' = a negated "
          "condemnation whose source, an 'oligarchic narrative' (the media discourse of unnamed elites), and whose "
          "object, the mercenaries' website raising funds to attack Venezuela (sentence before), are both uncoded -> "
          "null to null, not coded (set 191: a missing condemnation between uncoded parties left uncoded; borderline "
          "a negated 111 with no source to USA/GOV and USA/LEG, the initiative's backers in the sentence before)"),
 # --- UNGDC 2020-2024 random: capital
 34: ([], "Belarus (2022): 'It was our country in particular that became associated with peace in Donbas' = an "
          "evaluation of Belarus's role, no act verb (borderline a 043 BLR/GOV for hosting the Minsk talks); 'when "
          "the Minsk agreements were adopted in 2014 and 2015' = an agentless time marker whose parties the sentence "
          "never names, not coded (set 144: the Minsk Agreements' signing as a time marker uncoded; borderline a 057 "
          "with no source); Minsk names the agreements' venue, not a capital metonym"),
 # --- UNGDC 2020-2024 random: reported
 35: ([], "Barbados (Mottley, 2023): 'as we met to determine the halfway point of the Sustainable Development Goals' "
          "= 'we' the leaders of all States at the SDG Summit, not coded (sets 139, 151 and 152: 'we' meaning all "
          "States); 'only to be told that the door is closed' is figurative (guideline), its teller unnamed; 'I asked "
          "myself' is no speech act to another actor"),
 # --- UNGDC 2020-2024 random: future
 36: ([("will co-host", "036", "KEN/GOV", "org:UN", False, F, N, False),
       ("will co-host", "036", "PRT/GOV", "org:UN", False, F, N, False)],
      "Kenya (2020); 'Kenya and Portugal will co-host the Second UN Ocean Conference' = future hosting -> 036 future "
      "(guideline: future host 036), of a UN conference -> org:UN (set 125: hosting a meeting of a UN committee a "
      "future 036 to org:UN; set 211: Poland chairing COP19 a future 036 to org:UN), compound source split "
      "(guideline); 'Let me also remind all of us' is no act"),
 # --- UNGDC 2020-2024 random: demand
 37: ([], "Nepal (2020): 'The WTO should launch a renewed and revitalized global trading framework that enables the "
          "LDCs and LLDCs benefit equitably' = a deontic on the WTO whose Y is a reform of the organisation's own "
          "trading rules, following 'Reform of WTO has become urgent' in the sentence before -> an institutional "
          "reform position, not coded (earlier sets: UN reform positions uncoded; set 188: WTO accession sequencing "
          "uncoded; borderline a demanded 061 from org:WTO with no target)"),
 38: ([], "South Africa (2022): 'we must agree to a common path out of an increasingly polarized world' = 'we' meaning "
          "all States, not coded (sets 139, 151, 152); no counterpart"),
 # --- UNGDC 2020-2024 random: cue
 39: ([("Israeli interference", "170", "ISR/GOV", "org:UNRWA", False, A, N, True),
       ("political and financial support", "051", N, "org:UNRWA", False, D, N, True),
       ("political and financial support", "071", N, "org:UNRWA", False, D, N, True)],
      "Palestine (Abbas, 2024); item 4 of 'our vision for the immediate and post-war period' (text before), a list "
      "of demands with no request verb -> demanded, agentless -> no source (guideline: a deontic with no request "
      "verb codes Y, demanded); 'Protection of UNRWA ... from Israeli interference' presupposes the interference -> "
      "nominal 170 ISR/GOV -> org:UNRWA, asserted (earlier sets: coercion nouns such as 'pressure campaign' a nominal "
      "170; borderline 1623 for obstructing relief, or hypothetical), the protection itself having no CAMEO code "
      "(borderline a demanded 052); 'ensuring they receive political and financial support' -> a demanded nominal "
      "051 and a demanded nominal 071 with no source (set 191: 'the commitment ... of Member States to support the "
      "multilateral system and provide it with adequate resources' a demanded 051 and 071 with no source to "
      "org:UN); UNRWA -> org:UNRWA (earlier sets' organisation code), 'humanitarian organisations' an uncoded "
      "collective, dropped; 'until the return of refugees' is a hoped-for outcome, not coded"),
 40: ([], "San Marino (2023): 'We are witnessing an increase in attacks on schools and hospitals' = agentless attacks "
          "with no victim country named, not coded (sets 148 and 189: agentless attacks 'in nearly every part of the "
          "world' uncoded; borderline a nominal 190 null -> null); 'we are witnessing' is no act"),
 41: ([], "Marshall Islands (2021): 'a major course correction is required to rebuild political trust and "
          "cooperation' = an agentless deontic with no named actor or counterpart (set 180: an agentless 'requires "
          "effective efforts' uncoded)"),
 42: ([("it condemned", "111", "org:UNGA", "RUS/GOV", False, A, N, False),
       ("Russian aggression against Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "France (2023); 'this Assembly ... condemned Russian aggression against Ukraine on three previous occasions' = "
      "the General Assembly's resolutions of 2022-23 -> 111 org:UNGA -> RUS/GOV (guideline; earlier sets: condemnation "
      "of Russia's war 111 -> RUS/GOV), the three votes one event; 'reaffirmed [the principles] by overwhelming "
      "majorities' = an abstract reaffirmation, not coded; 'Russian aggression against Ukraine' -> nominal 190 "
      "RUS/MIL -> UKR (held-out 3, 5 and 25: 'Russian aggression' 190 RUS/MIL -> UKR)"),
 43: ([("We are simply asking", "1031", "LCA/GOV", N, False, A, N, False)],
      "Saint Lucia (2022); 'We are simply asking that these vulnerabilities be considered when our financial "
      "obligations for development assistance are being negotiated' = a request (guideline: ask -> 10x), "
      "performative -> asserted; its addressees, the development partners and lenders, are unnamed -> target null "
      "(guideline: collectives -> null); Y = taking small islands' vulnerability into account in development "
      "finance -> demand economic aid 1031 (set 172: a call on Member States to settle arrears 1031; borderline "
      "generic 100, as set 129's 'Burundians simply ask to be treated fairly'); the agentless negotiation in the "
      "'when' clause is habitual and its parties unnamed, not coded"),
 44: ([("Accused by agenda- and revenue-driven", "112", N, "ETH/GOV", False, A, N, False),
       ("unilateral coercion", "170", N, "ETH/GOV", False, A, N, True)],
      "Ethiopia (2021); 'Accused by agenda- and revenue-driven media' = an accusation by uncoded media -> 112 with no "
      "source (guideline: collectives -> null; earlier sets: agentless criticism with a named target has no "
      "source), non-nominal as a participle; 'we' = the Government of Ethiopia (the text before: 'the efforts of "
      "the Government') -> ETH/GOV; "
      "'we are now facing unilateral coercion' = realised coercive measures whose imposers the speech never names "
      "(searched: no United States, sanctions or West in the speech) -> nominal 170 with no source (earlier sets: "
      "'coercive trade practices' and a 'pressure campaign' nominal 170s; borderline 163 as sanctions, since the "
      "next sentence calls them coercive and punitive measures); 'targeted by misguided politics' restates the "
      "same pressure, folded in (borderline a separate 170 with no source)"),
 45: ([("We are grateful", "051", "TLS/GOV", "NZL/GOV", False, A, N, False),
       ("We are grateful", "051", "TLS/GOV", "KOR/GOV", False, A, N, False),
       ("We are grateful", "051", "TLS/GOV", "JPN/GOV", False, A, N, False),
       ("We are grateful", "051", "TLS/GOV", "CHN/GOV", False, A, N, False),
       ("We are grateful", "051", "TLS/GOV", "org:EU", False, A, N, False),
       ("We are grateful", "051", "TLS/GOV", "PRT/GOV", False, A, N, False),
       ("We are grateful", "051", "TLS/GOV", "USA/GOV", False, A, N, False),
       ("their generous support in kind and cash", "070", "NZL/GOV", "TLS/GOV", False, A, N, True),
       ("their generous support in kind and cash", "070", "KOR/GOV", "TLS/GOV", False, A, N, True),
       ("their generous support in kind and cash", "070", "JPN/GOV", "TLS/GOV", False, A, N, True),
       ("their generous support in kind and cash", "070", "CHN/GOV", "TLS/GOV", False, A, N, True),
       ("their generous support in kind and cash", "070", "org:EU", "TLS/GOV", False, A, N, True),
       ("their generous support in kind and cash", "070", "PRT/GOV", "TLS/GOV", False, A, N, True),
       ("their generous support in kind and cash", "070", "USA/GOV", "TLS/GOV", False, A, N, True)],
      "Timor-Leste (2022); gratitude -> thanks 051 (guideline), one per named donor, the EU -> org:EU (guideline: "
      "compound split); 'their generous support in kind and cash' for the COVID-19 response (text before) = the "
      "support thanked for, its agents from the thanks (earlier sets: 'thanks for the ongoing support' gives the "
      "support its agent; set 219: thanks to four organisations give one 051 and one 070 from each) -> one nominal "
      "070 per donor, one aid noun covering several kinds (earlier sets), to the Government -> TLS/GOV (borderline "
      "bare TLS, or 073 as pandemic relief)"),
 # --- UNGDC 2020-2024 random: nocue
 46: ([("Their fight", "190", "UKR", "RUS/GOV", False, A, N, True)],
      "Albania (2022); 'Their fight' = Ukraine's and its people's defence against 'Russia's war of choice' (text "
      "before; the Kremlin named after) -> a conflict noun with its agent 'Their' -> nominal 190 (held-out 27: Nigeria's "
      "'its fight against' a nominal 190; set 147: Hizballah that 'faced occupation forces' a 190), 'Ukraine "
      "and its people' = the country as a whole -> bare UKR (borderline UKR/GOV), against Russia -> RUS/GOV from the "
      "text around it; 'is also ours' is solidarity, not coded (borderline a 051 ALB/GOV -> UKR); 'I hope that all "
      "Members ... share the core principles' is optative"),
 47: ([], "The Gambia (2023): 'Our world also faces several challenges relating to the maintenance of international "
          "peace and security' = a description, no actor"),
 48: ([], "Tuvalu (2024): 'The Treaty carries the title of a treasured Tuvalu value' = a description of the Falepili "
          "Union Treaty's name (Tuvalu-Australia, sentence before), not of its making (borderline a nominal 057 "
          "TUV/GOV -> AUS/GOV for the anaphoric 'The Treaty', following set 194's anaphoric 'the agreement')"),
 49: ([], "Finland (2021): 'engagement between all the nuclear Powers would be beneficial for global security' = a "
          "hypothetical evaluation among an uncoded collective whose members the sentence never names (sets 139 and "
          "140: acts between uncoded collectives uncoded; borderline a demanded 040 with no source)"),
 50: ([], "Ireland (2022): 'De Valera believed in the League's potential to protect small nations through collective "
          "security' = a historic belief about the League of Nations' capacity, no act (set 133: org:LON exists, but "
          "a potential is no event)"),
}
