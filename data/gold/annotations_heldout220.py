"""Hand annotations for the TWO-HUNDRED-AND-TWENTIETH held-out event gold set (source of events-heldout220.jsonl).

Keyed by the row index of selection-heldout220.jsonl (output of select_statement_sentence_heldout.py 220; rows come
from statements_state_dept_pr.jsonl, State Department press releases and briefings, and from
statements_ungdc_2020_2024.jsonl, UN General Debate speeches of 2020-2024).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's or release's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout220.jsonl \\
        --annotations annotations_heldout220 --output events-heldout220.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([("the meeting between President Biden and President Putin", "040", "USA/GOV", "RUS/GOV", False, A, N, True)],
     "Blinken (2022-03-02); 'the meeting between President Biden and President Putin in Geneva' (June 2021) = a "
     "meeting noun that names its participants -> nominal 040 (held-out: a meeting noun whose name gives its "
     "participants is a nominal 040), symmetric, coded once from the document's own government (guideline), "
     "realised -> asserted; Geneva is the venue; 'as we've stated many times' and 'both of our countries have "
     "stated that a nuclear war cannot be won and must never be fought' = public statements (01x, not coded), and "
     "their content is a norm with no actor ('a nuclear war ... must never be fought'; held-out: a norm for all "
     "states not coded; borderline a demanded negated 190 with no source, or a joint 030/0356 USA/GOV -> RUS/GOV "
     "for the shared commitment); 'never' bears on the norm, no negated event"),
 1: ([("We are never going to be satisfied until", "1053", "USA/GOV", "RUS/GOV", False, A, N, False)],
     "Price (2022-07-26), answering whether the US is satisfied with 'the Russian engagement on these cases'; 'We "
     "are never going to be satisfied until Brittney Griner is back with her wife, until Paul Whelan is back with "
     "his family' = the speaker's standing demand for their release, as set 110's 'is still awaiting the return' "
     "of detained soldiers (the speaker's 1053) -> 1053, performative -> asserted, to RUS/GOV, the detaining "
     "government named in the question; 'until wrongful detainees around the world have been released' extends "
     "the same demand to unnamed detaining governments, folded in (borderline a second 1053 with no target); "
     "'never' bears on satisfaction, no negated event (borderline: the releases as hypothetical 0841 RUS/GOV -> "
     "USA/CVL instead of a request)"),
 2: ([("try to get the power by force", "190", "AFG/REB", "AFG/GOV", False, H, "PAK/GOV", False),
      ("we will not support them", "070", "PAK/GOV", "AFG/REB", True, F, "PAK/GOV", False)],
     "journalist's question (2021-07-07) relaying Prime Minister Imran Khan ('he mentioned that') -> reported_by "
     "PAK/GOV (guideline: the party whose claim the event is; a journalist's paraphrase gives the original "
     "speaker's code); the Taliban before 15 Aug 2021 -> AFG/REB (guideline); 'if Taliban try to get the power by "
     "force' = an attack on the government inside an if-clause -> 190 hypothetical (guideline: generic military "
     "attack 190; acts inside an if-clause hypothetical), target the Afghan government whose power is sought; 'we "
     "will not support them' = plain negation of a support act, not REJECT (held-out 6: 'will not normalize ... "
     "nor ... fund' negated future events; the guideline's 'will not recognize' is an acceptance verb), support of "
     "an armed group -> 070 (held-out: harbouring terrorists and support for terrorism 070; borderline 051), "
     "negated and future as in held-out 6 (borderline hypothetical as the consequent of the if-clause); the garbled 'we will not "
     "anymore control ... on Pakistan anymore' has no codable act and no clear participants, not coded"),
 3: ([("talks", "046", "USA/GOV", "IRN/GOV", False, A, N, True)],
     "Price (2022-02-07) on the Iran sanctions waiver; 'even if talks do not culminate in a mutual return to "
     "compliance' = the JCPOA talks named in the sentence before ('the final weeks of JCPOA talks'), a "
     "negotiation noun whose parties are plain from the text around it and from 'mutual' (the US and Iran, 'a "
     "mutual return to compliance with the JCPOA' earlier in the turn) -> nominal 046 USA/GOV -> IRN/GOV "
     "(held-out rule: an event noun whose agent is plain only from the text around it is coded; set 185's 'The "
     "negotiating process'), ongoing -> asserted, the 'even if' bearing on the culmination only (borderline "
     "uncoded as an event noun without an agent in the sentence, the US taking part only indirectly); the 'return "
     "to compliance' is compliance, not coded (borderline a negated hypothetical 057); 'these sorts of technical "
     "discussions' are with unnamed third parties (context), not coded"),
 # --- State Dept random: capital
 4: ([("a demand for a U.S. concession", "105", "IRN/GOV", "USA/GOV", False, H, "USA/MED", True),
      ("Washington would be willing to consider it", "030", "USA/GOV", "IRN/GOV", False, H, "USA/MED", False)],
     "journalist's question (2022-05-02) relaying a Wall Street Journal report that 'Western diplomats have said' "
     "-> the claims are the report's: reported_by USA/MED (set 142: a quoted newspaper -> reported_by USA/MED; the "
     "unnamed Western diplomats have no code; borderline reported_by null); 'if Iran comes back with a demand for "
     "a U.S. concession' = a request noun inside an if-clause -> nominal 105 (demand that target yields) "
     "hypothetical (borderline generic 100, since 'or another issue' leaves the demand open); capital metonym "
     "Washington -> USA/GOV (guideline); 'would be willing to consider it' = a stated willingness, the intent "
     "code 03x (guideline: 'stands ready to engage' 03x), inside the would-clause -> hypothetical, generic 030 "
     "since 'consider' names no specific act (borderline uncoded, as set 145 left Russia's 'seriously "
     "considering' ratification, or 035 intent to yield)"),
 5: ([], "Blinken (2022-02-07): 'the Minsk Agreements talk about special status' cites the agreements as texts, "
         "their signatories not named (set 128: the implementation of the Minsk agreements uncoded; set 144: the "
         "Minsk Agreements' signing uncoded); 'requirements that go to security, ... to restoring Ukraine's border' "
         "are the agreements' content, not acts; 'steps that unfortunately continue to be taken primarily by the "
         "Russian and separatist side' names unspecified steps, no codable behaviour (borderline a 128 each from "
         "RUS/GOV and UKR/REB for acting against the agreements)"),
 # --- State Dept random: reported
 6: ([("are being suffocated", "191", "RUS/GOV", "UKR/CVL", False, A, N, False)],
     "Price (2022-03-18); 'According to one humanitarian organization' = attribution to an unnamed source -> "
     "reported_by null (guideline: 'reportedly' with no named source -> null; held-out 2: unnamed sources -> "
     "null); 'without aid, the people in Mariupol are being suffocated' = the siege of Mariupol cutting its "
     "people off from aid, a metaphor with a real act behind it (held-out: 'a full assault on media freedom' "
     "coded as the real act) -> blockade/siege 191 (set 149: 'impose an unjust siege' a 191 to civilians); the "
     "agentless passive takes its agent from the text around it ('The Kremlin's cold-blooded tactics' before, "
     "'the latest examples of the Kremlin's disregard for human life' after) -> RUS/GOV (Kremlin metonym, held-out "
     "7); the people of Mariupol -> UKR/CVL (borderline 1623 for the denied aid, or uncoded as figurative)"),
 7: ([("are willing to meet without preconditions", "036", "USA/GOV", "PRK/GOV", False, A, "USA/GOV", False),
      ("are willing to meet without preconditions", "036", "KOR/GOV", "PRK/GOV", False, A, "KOR/GOV", False)],
     "journalist Shaun Tandon (AFP) to Blinken and FM Park Jin (2022-06-13); 'You both said that the United States "
     "and the Republic of Korea are willing to meet without preconditions' = a journalist relaying the speakers' "
     "statement -> reported_by (README: 'you've been saying that you're ready' -> reported_by USA/GOV), each "
     "event reported by the government whose willingness it is (borderline USA/GOV for both); a stated readiness "
     "to meet -> 036 asserted (held-out: 'are prepared to engage in dialogue' 036 asserted; held-out 6 row 7: "
     "'efforts to engage without preconditions' 036), compound source split (guideline); the counterpart is "
     "North Korea, named in the question just before ('follow up on North Korea') -> PRK/GOV"),
 8: ([("have agreed to help Ukrainian forces", "0332", "org:NATO", "UKR/MIL", False, A, "GBR/GOV", False)],
     "journalist Vivian Salama (WSJ) relaying UK Foreign Secretary Liz Truss ('said today that') -> reported_by "
     "GBR/GOV; 'allies have agreed to help Ukrainian forces move from their Soviet-era equipment to NATO standard "
     "equipment' = an intent stated as a fact (guideline: 'EU leaders agreed to open negotiations' a 03x "
     "asserted), of military aid -> 0332; 'allies' at the NATO Foreign Ministers' meeting -> org:NATO (held-out "
     "25 row 4: 'we' = the Allies 'here in NATO' -> org:NATO; borderline null, since the help is 'on a bilateral "
     "basis' by individual allies); 'Ukrainian forces' -> UKR/MIL (guideline: /MIL for named armed forces)"),
 # --- State Dept random: future
 9: ([("The Secretary will discuss", "036", "USA/GOV", "org:NATO", False, F, N, False)],
     "travel announcement (2022-04-03); 'The Secretary will discuss' at the NATO Foreign Ministerial (sentence "
     "before) -> 036 future (guideline: future meetings 036; held-out 25 row 1 'will meet with European Union "
     "officials'), with the Allies -> org:NATO (borderline target null); 'continued Allied efforts to provide "
     "support for Ukraine' is the discussion's topic, not coded (held-out 5 row 33, held-out 7, held-out 8 row 23: "
     "support for Ukraine named as a topic not coded; borderline a nominal 070 org:NATO -> UKR)"),
 10: ([("your meeting on Syria", "036", "USA/GOV", N, False, F, N, True),
       ("your meeting on Syria", "036", "ITA/GOV", N, False, F, N, True)],
      "journalist's question to Blinken and FM Di Maio (Rome, 2021-06-28); 'your meeting on Syria, which will be "
      "held in a few minutes' = the Syria ministerial the two co-chair (Di Maio after the sentence: 'we'll be "
      "co-chairing that together') -> a future convening, 036 future (held-out 5: future hosting/convening 036 "
      "future; set 120: Fiji's future hosting a 036 with target null), nominal (held-out: a meeting on a day's "
      "public schedule is 036 future, nominal), one event per co-chair (compound split), the other participants "
      "never named -> target null (borderline one 036 USA/GOV -> ITA/GOV as a symmetric meeting)"),
 # --- State Dept random: demand
 11: ([("We urge", "106", "USA/GOV", "HTI/GOV", False, A, N, False)],
      "Price (2021-07-21); 'We urge ... members of Haiti's new government to work with civil society to find "
      "solutions' = a request (guideline: urge -> 10x), performative -> asserted, addressed to the new Haitian "
      "government -> HTI/GOV; Y = working together with civil society on solutions -> demand meeting, dialogue 106 "
      "(held-out 13 row 5: 'urges Haiti's political and civil society leaders ... to work together' 106); Y is not "
      "coded separately (guideline); 'to facilitate that return to long-term stability' is the purpose"),
 12: ([], "Blinken (youth discussion, 2021-06-25): 'we must be guided by science, by the experts in the medical field' "
          "= a deontic about the basis of a domestic travel decision, no act between actors"),
 13: ([], "journalist's question at a passport briefing (2021-07-14): parents checking their children's passports, "
          "no act between political actors"),
 # --- State Dept random: cue
 14: ([("delivered", "073", "USA/GOV", "MDA", False, A, N, False)],
      "Blinken in Chisinau (2022-03-06); 'The United States delivered hundreds of thousands of COVID-19 vaccines to "
      "Moldova and millions of dollars in pandemic-related assistance' = vaccine aid -> 073 to the bare country "
      "(held-out 10 row 20: vaccine donation 073 to the country; held-out 11 row 37: COVID-19 response funding 073), "
      "both objects of one verb with the same code and pair -> one event (borderline a separate 071 for the "
      "dollars)"),
 15: ([("Israel’s most steadfast supporters", "051", "USA/GOV", "ISR", False, A, N, True),
       ("having worked closely with every prime minister", "050", "USA/GOV", "ISR/GOV", False, A, N, False)],
      "Blinken with Netanyahu (2021-05-25), 'He' = President Biden -> USA/GOV as of the document date (held-out 13 "
      "row 41: Biden's work with Israeli prime ministers coded USA/GOV; borderline USA/LEG for the Senate years); "
      "'one of Israel's most steadfast supporters' = an agent noun of support -> nominal 051 (set 112: 'Norway has "
      "been a consistent supporter of the United Nations' a nominal 051), habitual over fifty years -> asserted, to "
      "the country as a whole -> bare ISR (held-out 15/17: support for Ukraine -> UKR; borderline ISR/GOV); "
      "'having worked closely with every prime minister starting with Golda Meir and now with Prime Minister "
      "Netanyahu' = diplomatic cooperation -> 050 to ISR/GOV (held-out 13 row 41: 'worked with every Israeli prime "
      "minister' 050), the prime ministers one actor ISR/GOV, coded once"),
 16: ([("targeted foreign assistance", "070", "USA/GOV", N, False, A, N, True)],
      "Price (2022-06-02); 'We're implementing the President's ... Memorandum on Advancing the Human Rights of "
      "LGBTQI+ Persons around the world through American diplomacy and targeted foreign assistance' = the "
      "implementation of a domestic memorandum is no act between actors, but its means names realised aid whose "
      "agent is 'we' -> nominal 070, ongoing -> asserted, the beneficiaries around the world unnamed -> target null "
      "(set 119: 'We give whatever practical assistance we can' a habitual 070 with no target; borderline uncoded "
      "as a description of policy means, or 1043-type rights promotion); 'American diplomacy' names no act"),
 17: ([("visited Tripoli", "042", "USA/GOV", "LBY", False, A, N, False),
       ("met with interim Prime Minister Abdulhamid Dabaiba", "040", "USA/GOV", "LBY/GOV", False, A, N, False),
       ("signing ceremony", "057", "LBY/BUS", "USA/BUS", False, A, N, True),
       ("held other meetings with Libyan", "040", "USA/GOV", "LBY", False, A, N, False)],
      "Special Envoy and Ambassador Norland -> USA/GOV (2021-07-26); 'visited Tripoli, Libya' = a visit -> 042 to "
      "the bare country (held-out 6 row 35, held-out 8 row 38), Tripoli the place; the meeting with the interim "
      "Prime Minister on the trip -> a separate 040 to LBY/GOV (held-out 6 row 35); 'a signing ceremony for a new "
      "5G telecommunications contract between Libyan company Hatif and U.S. company Infinera' = an agreement noun "
      "naming its parties -> nominal 057 from the first-named (held-out: an agreement named after its parties is "
      "a nominal 057 from the first-named), companies -> LBY/BUS and USA/BUS (held-out: a corporation is "
      "USA/BUS; borderline 061, or uncoded as a commercial contract); Norland's attending the ceremony is no "
      "consultation (held-out 8 row 54), not coded; 'held other meetings with Libyan and international "
      "representatives' = further meetings -> 040, Libyan representatives of unnamed sector -> bare LBY (held-out "
      "4: unnamed nationals -> the bare country; borderline LBY/GOV, or folded into the Dabaiba meeting), the "
      "international representatives an uncoded collective, dropped from the compound"),
 18: ([("The United States commends", "051", "USA/GOV", N, False, A, N, False),
       ("continued support", "070", N, "UKR", False, A, N, True),
       ("the Russian aggression against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "sanctions release (2022-03-03); 'commends' -> 051 (guideline), to 'our allies and partners across the "
      "world', an uncoded collective -> target null (held-out: thanks that include a group without a code have "
      "target null); their 'continued support ... in the face of the Russian aggression against Ukraine' = a "
      "realised support noun whose agent comes from the commendation (held-out: thanks 'for the ongoing support' "
      "gives the support its agent from the thanks) -> nominal 070 with no source (held-out: hoped-for and "
      "realised support from uncoded parties has no source), to the victim of the aggression -> bare UKR "
      "(borderline 051, or target USA/GOV for backing the US measures the paragraph before lists, or uncoded); "
      "'the Russian aggression against Ukraine' = a nominal 190 (guideline: aggression 190) from RUS/GOV to the "
      "country -> bare UKR (held-out 7 row 10: 'Moscow's ... war' 190 RUS/GOV -> UKR)"),
 19: ([("we have many things to discuss", "036", "USA/GOV", "POL/GOV", False, F, N, False),
       ("we have many things to discuss", "036", "USA/GOV", "org:OSCE", False, F, N, False)],
      "Polish FM Rau before his meeting with Blinken (2022-02-04), 'here in the dual capacity as the Polish foreign "
      "minister and as the chairman-in-office of the OSCE' (sentence before); 'from these two perspectives, we have "
      "many things to discuss' = the meeting about to be held -> 036 future (held-out 25 row 2: 'look forward for "
      "our discussion' 036 future), 'we' = the two ministers, a symmetric meeting coded from the document's own "
      "government (guideline), once per capacity Rau names: POL/GOV and org:OSCE (held-out: the OSCE "
      "Chair-in-Office is org:OSCE; borderline POL/GOV only); 'what concerns both of us is the ... situation in "
      "and around Ukraine' = concern (01x), not coded"),
 20: ([("a worldwide condemnation", "111", N, "RUS/GOV", False, A, N, True)],
      "Sherman (2022-04-23); 'This is a worldwide condemnation of what has occurred' = the General Assembly vote of "
      "141 countries 'to condemn Russia's aggression' (sentence before) -> condemnation noun -> nominal 111, the "
      "condemners an uncoded worldwide collective -> no source (held-out: condemnation 'by the international "
      "community' has no source; set 119: 'One hundred States ... condemned the occupation of Crimea' a 111 with no "
      "source, borderline org:UNGA), target the condemned aggressor -> RUS/GOV; 'what has occurred' is an anaphor "
      "for the aggression with no event noun, not coded separately"),
 21: ([], "Blinken to US companies in Algeria (2022-03-30): companies 'operating here' and 'supporting thousands of "
          "Algerian and American jobs' = private business activity and its economic effect, no act between "
          "political actors (borderline a 061 USA/BUS -> DZA)"),
 22: ([], "briefing on US landmine policy (2022-06-21): 'where we can't assist, encourage, or induce anyone to use "
          "landmines' restates the Ottawa Convention's prohibitions, a norm with no counterpart; 'we cannot meet the "
          "treaty obligations there due to those defense requirements' = (non-)compliance with a treaty the US has "
          "not joined, not coded (set 150: 'will comply with' not coded as compliance; borderline a negated 057 with "
          "no target, or a 128)"),
 23: ([("prepared to meet North Korea without preconditions", "036", "USA/GOV", "PRK/GOV", False, A, "USA/GOV", False),
       ("committed to a diplomatic approach", "030", "USA/GOV", "PRK/GOV", False, A, "USA/GOV", False)],
      "journalist Kylie Atwood to Special Representative Sung Kim (2022-06-07); 'the Biden administration continues "
      "to say that you guys are prepared to meet North Korea without preconditions' = a third party relaying the "
      "government's statement -> reported_by USA/GOV (README: 'you've been saying that you're ready ...' -> "
      "reported_by USA/GOV); readiness to meet -> 036 asserted (held-out 6 row 7); 'you guys are committed to a "
      "diplomatic approach' = a commitment stated as a fact -> asserted 030 (held-out: 'remain committed to "
      "supporting' asserted 03x; held-out 17 row 9 'committed to supporting Ukraine' 030), to the DPRK of the same "
      "clause (borderline folded into the 036 as a repeated mention)"),
 # --- State Dept random: nocue
 24: ([], "Blinken (2022-06-08): 'She kept running into Jennifer Avila, a journalist who was covering the protests' = "
          "chance encounters and reporting, no act between political actors; 'the protests' is an anaphoric event "
          "noun with no agent in the sentence (guideline: event nouns without an agent in the sentence not coded; "
          "set 178: the anaphoric 'That attack' uncoded; borderline a nominal 141 HND/CVL with no target, from "
          "'demonstrations against corruption in Honduras' in the sentence before, as set 173's Occupy protests)"),
 25: ([("a steadfast partner in the fight against terrorism", "062", "FRA/GOV", "USA/GOV", False, A, N, True)],
      "fact sheet 'The United States and France: Allies, Partners, and Friends' (2021-06-24); 'France remains a "
      "steadfast partner in the fight against terrorism' = an agent noun of cooperation (set 112: 'a consistent "
      "supporter' coded as a nominal 051) in counter-terrorism -> security cooperation 062 (held-out: security "
      "cooperation 062), nominal, the partner being the United States of the fact sheet ('Security cooperation "
      "underpins our bilateral relationship', sentence before) -> USA/GOV, ongoing -> asserted (borderline 050); "
      "membership in the Global Coalition to Defeat ISIS is not a CAMEO act (held-out 8 row 24) and the Coalition "
      "has no code (held-out); 'its counterterrorism leadership in the Sahel' names France's operations against "
      "unnamed groups in a region, no codable target (borderline a nominal 190 FRA/MIL with no target)"),
 26: ([("working with all of you", "030", "USA/GOV", N, False, F, N, False),
       ("can help us out", "070", N, "USA/GOV", False, H, N, False),
       ("we can help out each other", "070", "USA/GOV", N, False, H, N, False)],
      "Sherman at the Transatlantic Trends launch (2021-06-21); the supply-chain report is 'about things we're going "
      "to do' and 'also about working with all of you' = planned cooperation with the audience's (transatlantic) "
      "partners -> future cooperative act, intent code 030 future (guideline; held-out: plans to expand "
      "cooperation a 030 future), 'all of you' an uncoded collective -> target null; 'if anybody gets in trouble, "
      "... our partners and our allies can help us out and we can help out each other' = help inside a "
      "conditional -> hypothetical 070 (held-out 9 row 48: 'if we're not working together' hypothetical), one from "
      "the uncoded partners to the US (no source) and one from the US to them (no target), 'each other' giving "
      "both directions (borderline uncoded as a general statement about supply-chain resilience)"),
 27: ([], "condolences for the Aqaba chlorine gas leak (2022-06-28): condolences are not coded (held-out: condolences "
          "and solidarity after a disaster are 01x); the leak is an accident"),
 28: ([], "Blinken at the NPT Review Conference (2022-08-01): 'all nuclear-armed states have a duty to act "
          "responsibly' = a norm for a class of states, no act (held-out: a norm for all states not coded)"),
 29: ([], "IPCC report release (2022-04-04): 'The report also tells us there is reason for hope' = an inanimate "
          "subject and an evaluation, no act"),
 30: ([("we’re taking measures to cushion", "071", "USA/GOV", N, False, A, N, False)],
      "Price (2022-06-21), fourth of five lines of the US global food-security action plan; 'we're taking measures "
      "to cushion the macroeconomic shocks of this crisis on the most vulnerable populations' = ongoing economic "
      "support, 'working with international financial institutions' (sentence after) -> provide economic aid 071, "
      "asserted, the vulnerable populations around the world unnamed -> target null (set 119: a habitual 070 with "
      "no target; borderline 070, or uncoded as an unspecified policy measure)"),
 # --- UNGDC 2020-2024 random: neg
 31: ([("brought Israel and many Arab States closer", "050", "ISR/GOV", N, False, A, N, False)],
      "Israel (2023), Netanyahu quoting his own 2018 speech ('I said that') -> the speaker's own past statement, "
      "reported_by null (guideline); 'the common threat of Iran had brought Israel and many Arab States closer than "
      "ever before, in [a] .. friendship' = a rapprochement between named parties -> 050 (set 164: 'the two Koreas "
      "are moving towards reunification' a 050; set 212: 'establishing warm relations of cooperation' a 050), "
      "realised -> asserted, the inanimate subject naming its cause; 'many Arab States' is an unspecified "
      "collective -> target null (guideline; borderline one 050 per Arab State the speech names later, or uncoded "
      "as a description of relations); 'the common threat of Iran' is Iran described as a risk, not coded (set "
      "180: 'Iran ... poses a threat' a risk; borderline a nominal 130 IRN/GOV -> ISR/GOV); 'that I have not seen' "
      "is no event negation"),
 32: ([], "Antigua and Barbuda (2024): 'Never before has humanity been confronted with such stark choices: to end wars "
          "or condemn humanity to endless suffering ...' = choices facing 'humanity', no actor; 'condemn humanity "
          "to' is figurative, not a condemnation"),
 33: ([("acquires the information and technology", "072", "RUS/GOV", "PRK/GOV", False, H, N, False),
       ("supporting Russia with conventional weapons", "072", "PRK/GOV", "RUS/GOV", False, H, N, False)],
      "Republic of Korea (2023); 'If the Democratic People's Republic of Korea acquires the information and "
      "technology necessary to enhance its weapons of mass destruction capabilities in exchange for supporting "
      "Russia with conventional weapons' = a hypothesised arms-for-technology deal inside an if-clause -> "
      "hypothetical (guideline): the DPRK's acquiring military technology from Russia, its supplier taken from "
      "'in exchange for supporting Russia' -> military aid 072 RUS/GOV -> PRK/GOV (a receiving verb coded from the "
      "supplier, as 'receiving such assistance from Japan' in set 167), and its supplying Russia with conventional "
      "weapons -> 072 PRK/GOV -> RUS/GOV (borderline asserted, since the sentence before already states that "
      "Russia 'receive[s] arms and ammunition' from the DPRK); 'to enhance its ... capabilities' is the purpose, "
      "not coded; 'the deal will be a direct provocation that threatens the peace and security' is an evaluation "
      "and a risk (guideline: figurative threats not coded); 'will not stand idly by' is resolve, not coded "
      "(held-out: 'Will not stand by while ...' not coded)"),
 # --- UNGDC 2020-2024 random: capital
 34: ([("launched by Azerbaijan", "030", "AZE/GOV", N, False, A, N, False),
       ("is supported by the United Nations", "051", "org:UN", "AZE/GOV", False, A, N, False)],
      "Azerbaijan (2020); 'The \"Baku Process\" launched by Azerbaijan in 2008' = an initiative launched -> 030, "
      "not nominal as a participle, with no target (set 208: the UNITAID initiative 'launched by the French "
      "Government' a non-nominal 030 with no target; borderline 043 for convening the process's forums), historic "
      "-> asserted; Baku here is part of a name, not a metonym; 'to strengthen dialogue and cooperation between "
      "the Muslim world and Europe' is the purpose, between uncoded collectives, not coded; 'is supported by the "
      "United Nations' = support for the initiative -> 051 from org:UN (passive with a named agent) to its author "
      "AZE/GOV (held-out: support aimed at a process goes to its named parties), asserted"),
 # --- UNGDC 2020-2024 random: reported
 35: ([("held a meeting with President Zelenskyy", "040", "ZAF/GOV", "UKR/GOV", False, A, N, False),
       ("our efforts", "045", "ZAF/GOV", "RUS/GOV", False, A, "UKR/GOV", True),
       ("our efforts", "045", "ZAF/GOV", "UKR/GOV", False, A, "UKR/GOV", True),
       ("the children were now being returned", "0841", "RUS/GOV", "UKR/CVL", False, A, "UKR/GOV", False),
       ("the prisoners were also being exchanged", "0841", "RUS/GOV", "UKR/MIL", False, A, "UKR/GOV", False)],
      "South Africa (2023), Ramaphosa; 'I just held a meeting with President Zelenskyy' -> 040 ZAF/GOV -> UKR/GOV, "
      "the speaker's own act (reported_by null); 'who said that ...' -> the rest is Zelenskyy's claim, reported_by "
      "UKR/GOV; 'some of our efforts were bearing fruit' = the African peace initiative's engagement with 'the "
      "parties to the conflict' between Russia and Ukraine (text before) -> mediation noun 045 from the speaker's "
      "government to each party (held-out: mediation 045 per mediator and party), nominal; 'the children were "
      "now being returned' = the children 'removed from Ukraine' (sentence before) handed back -> return persons "
      "0841, the agentless passive taking the holding party from the document's Russia-Ukraine conflict -> "
      "RUS/GOV (held-out: a missing participant taken from the context; borderline no source), the children -> "
      "UKR/CVL (guideline: 'Tehran should release them' -> target the persons' code); 'the prisoners were also "
      "being exchanged' = the prisoners of war 'exchanged between the two countries' (sentence before) -> 0841, a "
      "symmetric exchange coded once from the first-named party of 'the conflict between Russia and Ukraine' "
      "(guideline: symmetric acts coded once) to the prisoners -> UKR/MIL (borderline a second 0841 UKR/GOV -> "
      "RUS/MIL); 'bearing fruit' is an evaluation"),
 # --- UNGDC 2020-2024 random: future
 36: ([("Thailand’s commitment to promoting multilateral cooperation", "030", "THA/GOV", N, False, A, N, True)],
      "Thailand (2022); 'That highlights Thailand's commitment to promoting multilateral cooperation' = a commitment "
      "noun with its agent named -> nominal 030 (set 120: 'Our continuing determination to work with other Member "
      "States to fight terrorism' a nominal 030 with no target), asserted, no named partner -> target null "
      "(borderline uncoded as an abstract commitment, as set 137's reaffirmed commitments to the Charter, or a "
      "future nominal 030 as set 215's Mongolian doctrine); 'which will hopefully lead to more balanced ... "
      "development' is an optative outcome, not coded; APEC, hosted by Thailand in the sentence before, has no code"),
 # --- UNGDC 2020-2024 random: demand
 37: ([], "Estonia (2023): 'the composition of the Security Council and its working methods — must be seriously "
          "addressed' = an agentless deontic on Security Council reform (held-out: UN reform positions not coded)"),
 38: ([], "Slovakia (2020): 'we must not allow the development and production of vaccine and medical supplies to "
          "become yet another global competition' = a deontic whose 'we' means all leaders and nations (held-out: "
          "'we' meaning all states not coded), no act between actors"),
 # --- UNGDC 2020-2024 random: cue
 39: ([], "Germany (2021): 'While people are being robbed of their dignity, indifference is impossible' = an agentless "
          "general statement, no named perpetrator or victim; 'robbed of their dignity' is figurative"),
 40: ([("We welcome the deployment", "051", "GUY/GOV", "KEN/GOV", False, A, N, False),
       ("deployment of the UN authorized Multinational Security Support Mission", "074", "KEN/GOV", "HTI", False, A,
        N, True)],
      "Guyana (2024); 'We welcome the deployment of the UN authorized Multinational Security Support Mission, led "
      "by Kenya' = a welcome (guideline: 051) of a development, to its named agent (held-out: welcoming several "
      "developments is 051 to each named party, the developments coded too) -> KEN/GOV, the mission having no code "
      "and Kenya its only member named (held-out: a coalition 'led by the United States' is USA/GOV when the "
      "document names no other member; borderline a second 051 to org:UNSC for the authorisation); the "
      "deployment -> nominal 074 KEN/GOV to the host country (held-out: troops in ISAF or UNIFIL are 074 to the "
      "host country), Haiti from the sentence before -> bare HTI (borderline KEN/COP, the mission being police-"
      "led); 'UN authorized' is an adjectival participle, not coded (borderline a 051 or 086 from org:UNSC)"),
 41: ([("looks forward to the renewal of discussions", "036", "DMA/GOV", N, False, F, N, False)],
      "Dominica (2021); 'Dominica looks forward to the renewal of discussions at COP 26' = the speaker's own "
      "participation in coming talks -> 036 future (guideline: 'look forward to' + meeting; set 146: Pakistan's "
      "'look forward to discussions' a future 036 with no target), the other parties unnamed -> target null "
      "(borderline org:UN for the UNFCCC conference, as set 211's COP19 chairing); 'where commitments made under "
      "the Paris agreement can be re visited and honoured' = agentless commitments (the developed countries' "
      "climate finance) between uncoded parties, not coded (held-out 54-61: acts between uncoded collectives)"),
 42: ([], "Gabon (2022): 'Threats to international peace and security continue to increase' = risks (guideline: "
          "figurative 'threat' not coded), no actor"),
 43: ([("in cooperation with", "061", "ITA/GOV", "org:AFDB", False, A, N, True),
       ("in cooperation with", "061", "ITA/GOV", "org:WB", False, A, N, True)],
      "Italy (2024); 'We have developed **new financial instruments** in cooperation with the **African "
      "Development Bank** and the **World Bank**' (markdown emphasis in the source) = joint development of financing "
      "instruments with two named institutions -> cooperation noun, economic -> nominal 061 (set 122: 'With "
      "international cooperation' a nominal 061; set 191: 'The development cooperation we have had with the "
      "United Nations' a nominal 061), one per partner (compound split), org:AFDB (set 134) and org:WB, realised -> "
      "asserted (borderline the plain cooperation-noun 050, as set 148 weighed); 'enabling the mobilisation of both "
      "public and private resources' is the outcome, not coded"),
 44: ([("I request the full support of the United Nations", "102", "VEN/GOV", "org:UN", False, A, N, False),
       ("the dialogue process in Mexico", "046", "VEN/GOV", "VEN/OPP", False, A, N, True)],
      "Venezuela (2021); 'I request the full support of the United Nations to ensure that the dialogue process in "
      "Mexico advances' = a request (guideline: ask -> 10x), performative -> asserted, for political support of "
      "the process -> 102 (set 160: 'We seek the support of the international community' a 102; set 163: 'seek "
      "the support of the United Nations' a 102; borderline 103), to org:UN; 'the dialogue process in Mexico' = "
      "the talks launched on 13 August in Mexico City with 'the most extremist opposition forces' (text before), "
      "a realised act named inside a request (held-out: coded too), ongoing -> asserted nominal 046 VEN/GOV -> "
      "VEN/OPP (held-out: Guaidó's opposition -> VEN/OPP; set 185: 'The negotiating process' a nominal 046 with "
      "its parties from context; borderline uncoded as an event noun without an agent in the sentence); the "
      "'new partial agreements and a global agreement' are the hoped-for outcome, not coded"),
 45: ([("we welcome the initiative", "051", "GMB/GOV", "org:UN", False, A, N, False),
       ("presented by SecretaryGeneral Guterres", "100", "org:UN", N, False, A, N, False)],
      "the Gambia (2024); 'As we undertake to chart the future we envision' has 'we' meaning all states, not "
      "coded; 'we welcome the initiative presented by SecretaryGeneral Guterres at the Summit of the Future' = a "
      "welcome (guideline: 051) of the Secretary-General's initiative -> 051 to org:UN (held-out: supporting a UN "
      "plan or the Secretary-General is 051 to org:UN); the initiative itself, a proposal put to the membership -> "
      "generic 100 from org:UN with no target (set 205: 'bold initiative taken by the Secretary-General of the "
      "OAU' a 100 from org:AU, following set 201; set 218: the Secretary-General's 'proposal' a 100 from org:UN), "
      "not nominal as a participle (set 208: 'launched by the French Government' non-nominal; borderline a 030 as "
      "set 130's proposals 'put forward'); the theme is a title"),
 # --- UNGDC 2020-2024 random: nocue
 46: ([], "Maldives (2021): 'Employees, agencies and volunteers willingly lined up' = domestic pandemic response, no "
          "act between political actors"),
 47: ([], "San Marino (2024): 'follows with particular interest the Security Council reform' = interest in UN reform "
          "(held-out: UN reform positions not coded)"),
 48: ([], "Argentina (2024): 'I am not a politician' = a self-description, no act"),
 49: ([], "Barbados (2020): 'continues to hold in highest regard the fundamental precepts of international community "
          "and collective action' = a sentiment toward principles, no counterpart (held-out: sentiments not coded)"),
 50: ([], "South Sudan (2024): 'the conflict in Sudan has created one of the worst humanitarian crises in the world, as "
          "stated by the United Nations' = a conflict named only by place (set 187: 'the war in Iraq' uncoded; set "
          "189: a conflict named only by place), its humanitarian outcome no act; 'as stated by' is a statement"),
}
