"""Hand annotations for the TENTH held-out event gold set (source of events-heldout10.jsonl).

Keyed by the row index of selection-heldout10.jsonl (output of select_heldout10.py).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout10.jsonl \
        --annotations annotations_heldout10 --output events-heldout10.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([("judiciary’s calls for stronger security measures", "100", "HTI/JUD", "HTI/GOV", False, A, N, True),
      ("have not adequately addressed", "030", "HTI/GOV", "HTI/JUD", True, A, N, False)],
     "Blinken on the Moise investigation; 'Haitian authorities' -> HTI/GOV; the judiciary's calls = a domestic "
     "request with an explicit agent -> nominal 100 (domestic requests are coded, held-out 5 executive -> Congress; "
     "new sector JUD for the judiciary; borderline 103); 'have not adequately addressed the calls' = has not "
     "responded to a call -> negated 030 (guideline; borderline: 'adequately' grades the response, so the negation "
     "may bear on its degree); the appointment of the judge is an agentless domestic act, not coded"),
 1: ([], "Stern to a journalist (outlet not named): 'never met you' is a personal remark, not behaviour between "
         "political actors (borderline negated 040 USA/GOV -> MED)"),
 2: ([("look forward to continued close cooperation with Italy", "030", "USA/GOV", "ITA/GOV", False, F, N, False)],
     "Blinken's national-day message; 'look forward to' + cooperation -> 030 future (held-out 8 row 8); 'has never "
     "been more important' bears on importance, not an event; 'as NATO Allies' is a status"),
 # --- State Dept random: reported
 3: ([], "'noted that' = 01x; 'these actions' (designate, ban or restrict Hizballah) have their agents only in the "
         "previous sentence (unnamed governments from Europe, the Americas, the Indo-Pacific) and the 'need to "
         "cooperate' is abstract; Hizballah's networks are the object of an abstract effort"),
 4: ([], "senior official; 'committed to implementing all relevant U.S. sanctions authorities' names no target "
         "(China's counter sanctions are in the question) -> an abstract policy position, as commitment to diplomacy "
         "without a named partner (held-out 8 row 17; borderline 163 USA/GOV -> CHN/GOV future); 'as we've said' = "
         "own statement"),
 5: ([("welcomed the briefing", "051", "USA/GOV", "org:UN", False, A, N, False)],
     "joint statement of the Syria Special Envoy meeting -> 'We' = USA/GOV (guideline); welcoming the briefing of "
     "UN Special Envoy Pedersen -> 051 to org:UN; the briefing itself is the object of the welcome, not coded "
     "separately; 'took note of his efforts' = 01x; 'our strong support to advance a ... political solution' is "
     "an abstract policy position"),
 # --- State Dept random: future
 6: ([("will also discuss", "036", "USA/GOV", "VNM/GOV", False, F, N, False)],
     "Counselor Chollet and his Vietnamese counterparts: symmetric, coded once from the document's government; "
     "future discussion -> 036 future"),
 7: ([("provide security assistance", "072", "USA/GOV", "UKR", False, F, N, False),
      ("humanitarian aid", "073", "USA/GOV", "UKR", False, F, N, False),
      ("economic support", "071", "USA/GOV", "UKR", False, F, N, False)],
     "'We' -> USA/GOV, 'our Allies and partners' (collective) dropped; 'will continue to provide' -> future, "
     "material acts keep their own codes: security assistance 072, humanitarian aid 073, economic support 071, each "
     "to Ukraine (held-out 9 row 29 'military assistance to Ukraine' -> UKR); the aid nouns are objects of "
     "'provide', so nominal false"),
 8: ([("is in Qatar", "042", "USA/GOV", "QAT", False, A, N, False),
      ("will discuss", "036", "USA/GOV", "QAT/GOV", False, F, N, False),
      ("reiterate U.S. appreciation", "032", "USA/GOV", "QAT/GOV", False, F, N, False),
      ("Qatari government’s strong support", "070", "QAT/GOV", "USA/GOV", False, A, N, True),
      ("ongoing cooperation on Afghanistan issues", "050", "QAT/GOV", "USA/GOV", False, A, N, True)],
     "sentence cut at 'Brian P.': McKeon -> USA/GOV; being in Qatar on a trip = visit -> 042 to the country "
     "(held-out 3-9 destinations); 'will discuss' -> 036 future; 'reiterate U.S. appreciation' = praise in the "
     "future -> future verbal support 032 (as 'will always support' -> 032 future, held-out 8 row 14; borderline "
     "051 future, or a sentiment about the friendship, not coded); 'highlight' = 01x, but the realised Qatari "
     "support and cooperation on Afghanistan (the 2021 evacuations) are event nouns with an explicit agent -> "
     "nominal 070 and 050, partner the US from the context (borderline 051 for 'support')"),
 # --- State Dept random: demand
 9: ([], "deontic agentless passive ('must be protected and upheld'): no actor, Y not codable"),
 10: ([("call on the private sector and other governments", "103", "USA/GOV", N, False, A, N, False)],
      "'We' -> USA/GOV; the private sector and 'other governments that have a stake' are unnamed collectives -> "
      "null, one event (both parties null); Y = deliver funding for the UN's FSO Safer operation -> demand aid 103"),
 11: ([("must work together even more closely", "050", "USA/GOV", "IND/GOV", False, D, N, False)],
      "speaker Jaishankar; 'we' = India and the United States (the two ministers' meeting) -> symmetric pair coded "
      "once from the document's government; deontic 'must' + Y = cooperate more closely on named challenges -> "
      "050 demanded (unlike held-out 9 row 72, where 'we' = all nations; borderline: Y too vague, not coded); "
      "'Deepening the Quad' has no agent"),
 12: ([], "deontic agentless passive ('should be allowed to participate'): the Syrians' participation in elections "
          "is not a CAMEO act"),
 13: ([("also call on the DPRK", "1056", "USA/GOV", "PRK/GOV", False, A, N, False)],
      "G7 foreign ministers' statement -> USA/GOV (held-out 5 row 21, held-out 9 rows 17, 20), the EU High "
      "Representative in the same 'We' not split out (borderline org:EU); Y = abandon WMD and ballistic missile "
      "programs = disarm -> 1056 (as held-out 1 row 43 'urge' the DPRK; borderline 105)"),
 14: ([("urge the government of Poland", "100", "USA/GOV", "POL/GOV", False, A, N, False)],
      "explicit request to a coded actor with a vague Y (demonstrate commitment to shared democratic principles, "
      "about the media legislation) -> 100 (held-out 5 row 20; borderline 104 or 1043)"),
 # --- State Dept random: cue
 15: ([("We admire the generosity", "051", "USA/GOV", "MDA", False, A, N, False),
       ("we want to do everything we can to help you", "033", "USA/GOV", "MDA/GOV", False, A, N, False)],
      "Blinken with FM Gavrilita in Moldova; admiring Moldova's generosity and hospitality to refugees = praise "
      "051, to the country as a whole (people and government; borderline MDA/GOV); wanting to do everything to "
      "help 'you' (the government) bear the burden = intent to provide aid stated as a fact -> 033 asserted "
      "(held-out 8 row 56 'assure ... support'; borderline 0333, the burden being refugees)"),
 16: ([("welcomed collaboration", "051", "USA/GOV", N, False, A, N, False)],
      "readout of Blinken's call with UN Special Envoy Grundberg; welcoming collaboration (a process, its "
      "participants not named) -> 051 with target null (held-out 6 row 30 'welcome a movement'; borderline org:UN "
      "or 030 intent to collaborate); the resolution's ends are not events"),
 17: ([], "domestic: a public session for members of the public with (US) government officials"),
 18: ([("reaffirms our commitment to alleviating the suffering of refugees", "0333", "USA/GOV", N, False, A, N,
        False)],
      "commitment to humanitarian assistance stated as a fact -> intent 0333 asserted (held-out 6 row 39, "
      "held-out 8 row 76 commitment -> 03x); refugees globally -> null (borderline: abstract policy position, not "
      "coded)"),
 19: ([], "HRC outcomes: leading, signing onto and joining joint statements = public statements (01x); the "
          "statements' content (on the COI, the PRC, Russia, Sri Lanka, Ukraine) is not given, so no criticism "
          "event is stated (borderline 111 to CHN/GOV and RUS/GOV)"),
 20: ([("donated", "073", "USA/GOV", "PAN", False, A, N, False)],
      "vaccine donation -> 073 (first set 'contributed' vaccines -> 073 to the bare country)"),
 21: ([("met with", "040", "USA/GOV", "org:EU", False, A, N, False)],
      "European Council President Michel -> org:EU; Brussels is the place"),
 22: ([("condemned", "111", "USA/GOV", "PRK/GOV", False, A, N, False),
       ("condemned", "111", "KOR/GOV", "PRK/GOV", False, A, N, False),
       ("DPRK ballistic missile launches", "150", "PRK/MIL", N, False, A, N, True)],
      "Blinken and FM Park -> compound source split (first set 'Sherman and Park condemned the DPRK'); the "
      "realised missile launches -> 150 PRK/MIL nominal, target null (held-out 8 row 18)"),
 23: ([("continue to discuss", "040", "USA/GOV", "ISR/GOV", False, A, N, False)],
      "ongoing discussion with the Israeli government -> 040; 'this troubling incident' (Omar Assad's death) has no "
      "agent in the sentence"),
 24: ([], "'the world works to recover' (collective) and infrastructure investment in general: no act between "
          "actors"),
 25: ([("our engagement with", "036", "USA/GOV", "UKR/CVL", False, F, N, True),
       ("our engagement with", "036", "USA/GOV", "UKR/GOV", False, F, N, True),
       ("support for", "032", "USA/GOV", "UKR/CVL", False, F, N, True),
       ("support for", "032", "USA/GOV", "UKR/GOV", False, F, N, True)],
      "Blinken; the point made in February: engagement with and support for Ukraine would go on -> future-in-past "
      "commitment, future cooperative acts -> 036 (engage) and 032 (support) future (held-out 8 rows 14, 65); "
      "'in no way prevent' bears on preventing, not event negation; the Ukrainian people and civil society -> one "
      "UKR/CVL per event, the government -> UKR/GOV; 'our allies and partners' (collective) dropped; 'we made the "
      "point clear' = own statement (reported_by null); suspending embassy operations for security and relocating "
      "staff are not a reduction of relations with the host (borderline 161), not coded"),
 26: ([("spoke today with", "040", "USA/GOV", "SAU/GOV", False, A, N, False),
       ("Russia’s unprovoked and unjustified attack against Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "call with the Saudi FM -> 040; Russia's attack on Ukraine, a realised event inside the topic -> nominal 190 "
      "RUS/MIL -> UKR (held-out 8 row 23); coordinating an international response is a topic, not coded"),
 27: ([("payable-through account sanctions", "163", "USA/GOV", N, False, H, N, True)],
      "designation release; 'could be subject to U.S. ... sanctions' = possible sanctions on a generic class of "
      "foreign financial institutions -> 163 hypothetical, target null (held-out 2 generic class rule); the "
      "institutions' facilitation of transactions for the designated persons has no coded party on either side "
      "(ISIS-Mozambique, JNIM and al-Shabaab leaders), not coded; 'the persons designated today' repeats the "
      "release's designation as an identifier, not coded again"),
 28: ([("agreed to enhance energy cooperation", "0311", "USA/GOV", "THA/GOV", False, A, N, False)],
      "joint statement; symmetric, coded once from the document's government; agreement to enhance (economic) "
      "energy cooperation = intent stated as a fact -> 0311 asserted (held-out 9 row 26 used 030 for plain "
      "'cooperate')"),
 29: ([("report exposing", "112", "RUS/OPP", "RUS/GOV", False, A, N, False),
       ("Russia’s military intervention in Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True),
       ("killed", "1823", N, "RUS/OPP", False, A, N, False)],
      "Nemtsov -> RUS/OPP (former official turned opposition activist, held-out 7 opponents -> RUS/OPP); his "
      "report exposing Russia's intervention = accusation -> 112 (borderline 01x); the 2014-15 military "
      "intervention in Ukraine -> nominal 190 (generic military force; borderline 192), RUS/MIL as earlier sets; "
      "'before he was killed' = agentless passive, killing of an individual -> 1823 source null; Putin's denial = "
      "01x, not coded"),
 30: ([("my visit to Warsaw", "042", "USA/GOV", "POL", False, A, N, True)],
      "Blinken; his March visit -> nominal 042 to the country (Warsaw a destination, held-out 4-9); 'As I noted' = "
      "own statement; 'Poland has responded with great generosity' is an evaluation of an unspecified response "
      "with no named recipient (borderline 073 POL/GOV -> UKR/CVL for the refugees), not coded"),
 31: ([("traveled to India", "042", "USA/GOV", "IND", False, A, N, False),
       ("met with", "040", "USA/GOV", "IND/GOV", False, A, N, False)],
      "Kerry; visit -> 042 to the country, the meeting with PM Modi on the trip -> 040 (held-out 8 row 38)"),
 32: ([("discussed", "040", "USA/GOV", "UKR/GOV", False, A, N, False),
       ("Russia’s unprovoked and unjustified war against Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "'The two leaders' = Blinken and Kuleba, symmetric, coded once from the document's government; Russia's war "
      "-> nominal 190 RUS/MIL -> UKR (held-out 8 rows 3, 23); 'hold the Kremlin to account' is not a CAMEO act "
      "(held-out 7 row 8)"),
 33: ([("underscored their commitment to imposing", "160", "USA/GOV", "RUS", False, F, N, False),
       ("underscored their commitment to imposing", "160", "PRT/GOV", "RUS", False, F, N, False)],
      "'They' = Sherman and Portuguese Political Director Vinhas -> compound source split; commitment to impose "
      "'costs' on Russia after the invasion = a conflictual future act, which keeps its own code (guideline) -> "
      "160 future as the earlier 'impose consequences' (borderline 163, or a threat 1312 asserted as held-out 8 "
      "row 0); Russia as the object of costs -> RUS as for sanctions; 'like-minded partners' collective; 'Russia's "
      "actions' not specific"),
 # --- State Dept random: nocue
 34: ([], "the pandemic and gaps in the global response: no act between actors"),
 35: ([], "schedule: McKeon attends meetings and briefings at the Department, internal"),
 36: ([], "schedule: Nuland attends meetings and briefings at the Department, internal"),
 37: ([], "domestic SIV process"),
 38: ([], "list item: information sources"),
 39: ([], "trade figures: no act"),
 40: ([], "sentence cut at 'Brian A.': a list of US officials representing the United States at the Panama "
          "ministerial; the verb is in the previous fragment and a multilateral delegation has no counterpart"),
 41: ([], "schedule: McKeon attends meetings and briefings at the Department, internal"),
 42: ([], "journalist's question about 'the same effect' in Afghanistan: no event verb (Pakistan's support for the "
          "Taliban is in the previous sentence)"),
 43: ([], "schedule: Nuland attends meetings and briefings at the Department, internal"),
 44: ([("en route soon to Kenya", "073", "USA/GOV", "KEN", False, A, N, False)],
      "Blinken: vaccines on their way to Kenya = the US donation he names just before ('pleased to have been able "
      "to help with COVID and vaccines') -> source USA/GOV from the context; vaccine aid -> 073 to the bare "
      "country (row 20); delivery under way -> asserted (borderline future, 'soon'; or not coded: no agent)"),
 45: ([("help the U.S.", "070", "AFG/MED", "USA/GOV", False, A, N, False),
       ("help the U.S.", "070", "AFG/CVL", "USA/GOV", False, A, N, False),
       ("help the U.S.", "070", "AFG/MIL", "USA/GOV", False, A, N, False)],
      "journalist's question; the Afghans who helped the US (its mission in Afghanistan) are named by the "
      "appositive list -> journalists AFG/MED, women's rights activists AFG/CVL, Afghan troops AFG/MIL, compound "
      "split; help -> 070 (borderline 06x), presupposed past fact -> asserted, reported_by null (the journalist's "
      "own question)"),
 46: ([], "Thomas-Greenfield opening the meeting with ten African foreign ministers: the meeting ('This meeting') is "
          "in the previous sentence, and 'an opportunity to hear directly from you' states its purpose (borderline "
          "040 to each of the ten governments, as held-out 9 row 34)"),
 47: ([], "sentence cut at 'Jose W.': delivering opening remarks = 01x (held-out 9 row 15)"),
 # --- UNGDC random: neg
 48: ([], "Jordan: a counterfactual question about extremists exploiting injustices; 'occupation' has no agent in the "
          "sentence and 'exploit' is not a CAMEO act"),
 49: ([("initiate any diplomatic process", "045", "org:UNSC", N, True, A, N, False)],
      "Mexico on the Security Council; 'having failed to ... initiate any diplomatic process to seek a solution "
      "through dialogue' = negated mediation 045 (failed to = negation), parties not named (the war in Ukraine has "
      "no agent in the sentence) -> target null (borderline 046); 'failed to prevent the war' and 'take the "
      "measures needed' are not codable acts; 'has been unable to fulfil the mandate' is evaluative"),
 50: ([("forces its allies", "170", "USA/GOV", N, False, A, N, False),
       ("refuse to submit", "124", N, "USA/GOV", False, A, N, False)],
      "Cuba; 'It' = the government of the United States (previous sentence); forcing its (unnamed) allies -> coerce "
      "170, target null (borderline 100); the acts it forces them into (coalitions to overthrow governments, "
      "breaking trade agreements, judicial measures) have no coded party on either side, not coded; countries that "
      "refuse to submit (unnamed) -> explicit refusal = REJECT, decline to yield 124, source null, target the US "
      "government whose pressure they resist (from the context)"),
 51: ([], "a report 'warns' (01x) and 'we have not been successful in reaching the targets' is not a CAMEO act"),
 52: ([("his recent visit to Slovakia", "042", "VAT/GOV", "SVK", False, A, N, True)],
      "Pope Francis -> VAT/GOV (held-out 9 row 39); his visit -> nominal 042 to the country; the words he addressed "
      "to the youth = a speech (01x); 'Do not ... yield' is exhortation, figurative"),
 # --- UNGDC random: reported
 53: ([("would not enter Tripoli", "192", "LBY/REB", "LBY/GOV", True, A, N, False)],
      "Libya (GNA, 2020); 'invaders' = the forces that attacked Tripoli in April 2019 (next sentence: 'the "
      "aggressors and militias that support them'; Haftar's forces) -> LBY/REB (borderline null, foreign fighters "
      "included); entering/seizing the capital -> 192; the promise was kept, so they did not enter -> negated, "
      "asserted; the speaker's own past statement ('when we stated') -> reported_by null; Tripoli is the place "
      "(not a metonym), the defended government -> LBY/GOV (borderline LBY); keeping a promise is not coded"),
 54: ([("reiterate here the appeal", "1011", "COG/GOV", N, False, A, N, False)],
      "the Republic of the Congo's appeal, reiterated now = one request event; 'various development partners' "
      "(unnamed) -> null; Y = invest in sustainable development and peat-bog management -> demand economic "
      "cooperation 1011 (held-out 8 row 53 call for investment; borderline 1031); 'according to scientists' "
      "attributes a fact, no event"),
 # --- UNGDC random: future
 55: ([("will continue to reaffirm its support", "032", "MYS/GOV", "PSE", False, F, N, False)],
      "Malaysia; future (re)affirmation of support -> 032 future (held-out 8 row 14); support for the "
      "realization of the State of Palestine -> PSE (the state to be; borderline PSE/GOV); 'the rest of the "
      "international community' (collective) dropped"),
 56: ([("will steadily implement", "073", "JPN/GOV", N, False, F, N, False)],
      "Japan's 'Last One Mile Support' programme = delivery of vaccines to vaccination centres in recipient "
      "countries -> health aid 073, future; 'each country and region' (unnamed) -> null"),
 # --- UNGDC random: demand
 57: ([], "deontic, 'we' = all nations, Y (reorganize global health architecture) not codable"),
 58: ([], "lessons of Chile's history: evaluations and a deontic about dialogue in general, no act between actors"),
 59: ([("I urge the Secretary-General", "100", "KEN/GOV", "org:UN", False, A, N, False)],
      "explicit request to a coded actor; Y = keep calling attention to the blue economy (01x) -> 100 (held-out 5 "
      "row 20)"),
 60: ([], "deontic, 'the countries that pollute the most' (unnamed), Y (comply with obligations) not codable"),
 # --- UNGDC random: cue
 61: ([("attach great importance to", "051", "TUR/GOV", "org:UN", False, A, N, False),
       ("Mr. Guterres’ call for a new agenda for peace", "100", "org:UN", N, False, A, N, True)],
      "Turkey; attaching great importance to the Secretary-General's call = endorsing it -> 051 to org:UN "
      "(held-out 9 row 69 'supports the stimulus plan of the Secretary-General'; borderline: an evaluation, not "
      "coded); the Secretary-General's call (an event noun with its agent) -> nominal 100, no addressee -> null "
      "(borderline: an abstract policy proposal, held-out 7); 'pioneered numerous initiatives' is abstract"),
 62: ([("call for the suspension of interest payments", "1031", "ZAF/GOV", N, False, A, N, False)],
      "South Africa (speaking as AU chair, 'We' -> ZAF/GOV by the speech rule); call for Y with no addressee "
      "(creditors unnamed) -> null; Y = suspend interest payments on Africa's debt = debt relief -> demand economic "
      "aid 1031"),
 63: ([], "Sudan; the IGAD summit's decision to give Sudan the organization's presidency is an internal procedure "
          "of a body Sudan belongs to (as chairing the OECD Council, held-out 9 row 47; borderline 051 org:IGAD -> "
          "SDN/GOV); 'an affirmation of Sudan's strong return' is evaluative"),
 64: ([], "challenges and the environment threatened by emissions: no actor"),
 65: ([("striking trade agreements", "057", "GBR/GOV", "AUS/GOV", False, A, N, False),
       ("striking trade agreements", "057", "GBR/GOV", "NZL/GOV", False, A, N, False),
       ("striking trade agreements", "057", "GBR/GOV", "JPN/GOV", False, A, N, False)],
      "UK; concluding trade agreements -> 057 per named partner, compound split; 'many others' (unnamed) dropped; "
      "'shown leadership on free and fair trade' is evaluative"),
 66: ([], "Libya's president: 'call for restoring momentum to our economic process' has no addressee and Y is a "
          "domestic process, not a codable act between actors (held-out 6 row 58)"),
 67: ([("has called for equity in the provision of vaccines", "1033", "PHL/GOV", N, False, A, N, False)],
      "the Philippines; 'like-minded States' (collective) dropped; call with no addressee -> null; Y = equitable "
      "provision of vaccines and health services -> demand humanitarian (medical) aid 1033 (first set 'asked her for "
      "the vaccines' -> 1033; borderline 103); the multilateral treaty negotiations have no named counterpart, not "
      "coded"),
 68: ([], "Nicaragua: sovereignty to be defended, figurative, no act"),
 69: ([], "threats to international security (risk) and climate change: no actor"),
 70: ([], "smart grids: no act"),
 71: ([], "the Maldives' economy welcoming tourists: no act between political actors"),
 72: ([("demand justice and reparation", "100", "MLI/GOV", N, False, A, N, False)],
      "Mali, on behalf of the victims since NATO's 2011 war in Libya; the addressee is 'the international "
      "community' that bears 'the international responsibility' (previous and next sentences) -> null (borderline "
      "org:NATO); Y = justice and reparation -> 100 (held-out 9 row 66 reparations -> 100; borderline 1031); the "
      "deaths and displacement have no agent in the sentence"),
 73: ([("respectfully demand", "1054", "BLZ/GOV", N, False, A, N, False),
       ("have been imposed", "163", N, "CUB", False, A, N, False)],
      "Belize; adding its voice to the overwhelming call = the same request, coded once; Y = end the unilateral "
      "coercive measures on Cuba -> demand easing of economic sanctions 1054, the imposer is not named -> target "
      "null; 'measures that have been imposed on ... Cuba' = agentless passive with a named target -> 163, source "
      "null (held-out 8 row 91), Cuba as a whole -> CUB as for sanctions"),
 74: ([("strongly support", "051", "POL/GOV", "org:ICC", False, A, N, False),
       ("strongly support", "051", "POL/GOV", "org:ICJ", False, A, N, False)],
      "Poland; support for the work of the ICC and the ICJ -> 051, compound target split"),
 # --- UNGDC random: nocue
 75: ([], "Norway: the 2030 Agenda as a plan, no act"),
 76: ([], "Latvia marking 30 years since the Baltic states joined the UN: membership of organisations and an "
          "anniversary are not coded (held-out 8 rows 24, 42)"),
 77: ([], "San Marino is 'worried' = 01x"),
 78: ([], "developing countries' emissions: no act between actors"),
 79: ([("killing our Palestinian people", "1823", "ISR/MIL", "PSE/CVL", False, A, N, False),
       ("killing our Palestinian people", "1823", "ISR/CVL", "PSE/CVL", False, A, N, False),
       ("looting their land", "1711", "ISR/MIL", "PSE/CVL", False, A, N, False),
       ("looting their land", "1711", "ISR/CVL", "PSE/CVL", False, A, N, False),
       ("taking their water", "1711", "ISR/MIL", "PSE/CVL", False, A, N, False),
       ("taking their water", "1711", "ISR/CVL", "PSE/CVL", False, A, N, False),
       ("burning and demolishing their homes", "1712", "ISR/MIL", "PSE/CVL", False, A, N, False),
       ("burning and demolishing their homes", "1712", "ISR/CVL", "PSE/CVL", False, A, N, False),
       ("forcing them to pay for the demolition", "170", "ISR/MIL", "PSE/CVL", False, A, N, False),
       ("forcing them to pay for the demolition", "170", "ISR/CVL", "PSE/CVL", False, A, N, False)],
      "Abbas; 'It' = Israel; the relative clause's agents are 'the army and the terrorist settlers' -> compound "
      "source split ISR/MIL and ISR/CVL (settlers = Israeli civilians, new); the victims, the Palestinian people -> "
      "PSE/CVL; ongoing killings of individuals -> 1823 (borderline 202); looting land and taking water = two "
      "confiscations 1711; burning and demolishing homes = one destruction of property 1712 (coordinated verbs, "
      "same object); forcing them to pay for demolitions or demolish their own homes and uproot their trees -> "
      "coerce 170; 'giving free rein' (Israel letting them act) is a description of permission, not coded "
      "(borderline 070 ISR/GOV)"),
 80: ([], "Denmark hearing others' concerns (01x); the war has no agent in the sentence"),
 81: ([], "a past belief: no act"),
 82: ([], "Egypt stresses its position (01x)"),
 83: ([], "conflict damaging the environment: no actor"),
}
