"""Hand annotations for the TWO-HUNDRED-AND-THIRTY-FIFTH held-out event gold set (source of events-heldout235.jsonl).

Keyed by the row index of selection-heldout235.jsonl (output of select_statement_sentence_heldout.py 235; rows 0-21
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 22-40
from statements_ungdc_2020_2024.jsonl, UN General Debate speeches of 2020-2024).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each document's date; the speaker of a briefing turn or of a
transcript is the one named at the head of that turn (journalists' questions are their own words).
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout235.jsonl \\
        --annotations annotations_heldout235 --output events-heldout235.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("spoke today with", "040", "USA/GOV", "SLB/GOV", False, A, N, False),
      ("plans to open the U.S. Embassy in Honiara", "032", "USA/GOV", "SLB/GOV", False, F, N, True),
      ("our joint efforts to broaden and deepen engagement", "030", "USA/GOV", "SLB/GOV", False, A, N, True)],
     "Readout of Deputy Secretary Sherman's call with Solomon Islands FM Manele (13 Apr 2022); 'spoke today with' = a "
     "call -> 040 (held-out 10 row 26, 12 row 30); 'plans to open the U.S. Embassy in Honiara' = a planned opening "
     "of an embassy, which PETRARCH's CAMEO dictionary codes OPEN/REOPEN EMBASSY as 054, a cooperative diplomatic "
     "act -> future cooperative acts get the intent codes (guideline), intent to engage in diplomatic cooperation "
     "032 with modality future, nominal as a plan discussed (held-out rule: plans discussed to expand cooperation "
     "are a nominal 030 future per partner) (borderline 054 future, keeping the act's own code as the held-out "
     "rule's resumed visa services 081 future); Honiara is the place of the embassy, not a metonym (guideline); "
     "'our joint efforts to broaden and deepen engagement between our countries' = an ongoing joint effort to "
     "expand cooperation naming its parties ('our countries') -> nominal 030 asserted (set 112: 'endeavouring to "
     "expand ... cooperation' a 030 asserted), symmetric, coded once from the document's government (guideline) "
     "(borderline a nominal 050 as a cooperation noun, held-out 14 row 1, or a future 030); the free and open "
     "Indo-Pacific is the purpose, not coded"),
 1: ([("work closely with lawmakers", "030", "USA/GOV", "USA/LEG", False, F, N, False),
      ("support our Ukrainian partners", "070", "USA/GOV", "UKR/GOV", False, F, N, False),
      ("impose costs on the Russian government", "163", "USA/GOV", "RUS/GOV", False, F, N, False)],
     "Blinken's statement on $1 billion in new security assistance for Ukraine (16 Mar 2022); 'We will continue to "
     "work closely with lawmakers' = future cooperation of the executive with Congress -> 030 future (held-out 6 row "
     "0: 'work closely with our allies and partners' 030 future), lawmakers -> USA/LEG (README set 5: a request from "
     "the executive to Congress is coded USA/GOV -> USA/LEG; set 225: USA/LEG -> USA/GOV); 'to support our "
     "Ukrainian partners' = future material support -> 070 future (held-out rule: a future material act keeps its "
     "code, 'we will continue support' 070 future), 'our Ukrainian partners' = the Ukrainian government (borderline "
     "072, the document being about security assistance, or bare UKR as held-out 9/10); 'impose costs on the "
     "Russian government' = sanctions 163 (held-out 3 row 26, held-out 6 row 0), future (borderline hypothetical, as "
     "held-out 6 row 0's conditional costs, or 130 as a statement of resolve)"),
 # --- State Dept random: demand
 2: ([], "Blinken at the University of Melbourne (Feb 2022) on his stepfather's Holocaust survival: 'My stepfather "
         "insisted that his uncles bring Ben as well' = a request between private family members of the 1940s, no "
         "political actors (borderline a 100 between private persons, which has no code)"),
 3: ([], "U.S. statement on the hack of the ICRC (Feb 2022): 'states should join the ICRC in raising the alarm about "
         "this breach' = a deontic without a request verb whose Y, raising the alarm, is an expression of concern "
         "(guideline: 01x not coded; 'are alarmed by' 01x), 'states' meaning all states, an uncoded collective; "
         "'this breach' (the hack) has no agent in the sentence"),
 4: ([], "Troika (US, UK, Norway) statement on South Sudan's 10th anniversary (July 2021): 'Preparations for ... "
         "elections must begin in earnest; unified forces must be created; transitional justice mechanisms must be "
         "fully established; and key financial reforms need to happen' = agentless deontics on the implementation "
         "of the revitalized peace agreement's domestic tasks (set 180: an agentless 'requires effective efforts' "
         "uncoded; set 128: the implementation of the Minsk agreements uncoded; held-out: implementing an agreement "
         "is compliance, no codable Y) (borderline a demanded 0834 with no source to SSD/CVL for the elections, as set "
         "196's 'it is imperative to restore democracy', or a demanded 0873 for unifying the forces)"),
 # --- State Dept random: cue
 5: ([("We encourage all international sport organizations", "100", "USA/GOV", N, False, A, N, False)],
     "Joint statement on Russia's war on Ukraine and international sport (8 Mar 2022), agreed by the sport "
     "ministers of some thirty-five countries -> 'We' = USA/GOV (guideline: 'we' in joint statements -> USA/GOV; "
     "held-out 12 and 15: not split); 'We encourage ... not to sanction athletes ... as well as not to pursue or to "
     "sanction sport organizers' = a request verb (set 147: 'We encourage Iraq to cooperate' a 1055; set 165: "
     "'encourage the IAEA to continue to monitor' a generic 100) -> one asserted request, not negated, the 'not' "
     "lying inside what is asked (set 197: 'encourage the developed countries not to ... reverse' a 1031, not "
     "negated; set 211); the addressees, international sport organizations and legal bodies, have no code -> "
     "target null; Y = refraining from sporting penalties -> generic 100 (borderline 1051, ease administrative "
     "sanctions); the athletes' termination of contracts with Russian clubs and the organizers' bans of athletes "
     "selected by Russia or Belarus are hypothetical acts of open classes of uncoded actors, not coded (borderline "
     "hypothetical 160/163 with no source to RUS and BLR)"),
 6: ([("U.S. commitment to the security of our NATO Allies", "0334", "USA/GOV", "org:NATO", False, A, N, True),
      ("discussed", "040", "USA/GOV", "EST/GOV", False, A, N, False),
      ("U.S. force posture changes", "154", "USA/MIL", N, False, A, N, True)],
     "Readout of Blinken's meeting with Estonian FM Liimets (16 Feb 2022); 'reaffirmed U.S. commitment to the "
     "security of our NATO Allies' = the Article 5 commitment stated as a fact -> intent to provide military "
     "protection 0334, asserted, nominal (held-out 12 row 32 and 18 row 9: 'reaffirmed the ironclad commitment to "
     "the defense of' 0334 nominal; held-out 17 row 0), the Allies as a whole -> org:NATO (held-out 17 row 0: NATO "
     "territory -> org:NATO; borderline EST/GOV, the ally present); 'discussed' -> 040 with Liimets, named in the "
     "sentence before (guideline: a missing participant from the context); 'the recently announced U.S. force "
     "posture changes to fortify the Alliance's Eastern Flank' = a force posture named as a topic -> nominal 154 "
     "(held-out rule; guideline: troop build-ups 154), the US armed forces -> USA/MIL (held-out 151, set 227 row "
     "21; borderline USA/GOV, the announcer), realised -> asserted; no counterpart named -> target null (held-out 25 "
     "row 4: strengthening the posture on the eastern flank a 154 with no target; borderline RUS, the implied "
     "adversary, or org:NATO as the reinforced party)"),
 7: ([("We are putting sanctions", "163", "org:EU", "RUS", False, A, N, False)],
     "EU High Representative Borrell's opening turn at the press availability with Blinken (4 Mar 2022) -> 'We' = "
     "the EU, org:EU (guideline: org:EU; held-out 4: EU officials -> org:EU); 'putting sanctions that going to "
     "really affect the Russian economy' = sanctions 163, ongoing -> asserted, on the country's economy -> bare RUS "
     "(held-out 13 row 22, held-out 21: sanctions on countries -> bare country); the expected effect on the "
     "currency is not coded"),
 8: ([("we work very closely", "050", "USA/GOV", "UKR/GOV", False, A, N, False)],
     "Blinken to Piotr Krasko of TVN (5 Mar 2022) on his meeting with FM Kuleba at the border; 'we work very "
     "closely' = Blinken and Kuleba's ongoing cooperation (the turn before: 'we're on the phone regularly') -> 050 "
     "asserted (README sets 49/51: 'worked with every Israeli prime minister' 050, 'We have worked with him' 050), "
     "symmetric, coded once from the document's government; 'what our Ukrainian friends and partners need' is a "
     "need, not a request; 'what we can do to continue to support them as well as to put the pressure on Russia' "
     "is a deliberative indirect question, not coded (set 226: a deliberative 'how can we ... sign more "
     "agreements' uncoded) (borderline an asserted 070 to UKR/GOV presupposed by 'continue', and a hypothetical 170 "
     "to RUS/GOV)"),
 9: ([("met today in Brussels with", "040", "USA/GOV", "org:EU", False, A, N, False)],
     "Readout of Deputy Secretary Sherman's meeting with EEAS Secretary General Sannino (21 Apr 2022) -> org:EU "
     "(held-out 8 row 23, 24 row 1); 'met today' -> 040; 'prior to their participation in the third High-Level "
     "Meeting of the U.S.-EU Dialogue on China' is a second meeting of the same pair the same day, folded in "
     "(held-out 4 row 30: another consult of the same pair not coded twice) (borderline a separate nominal 040, as "
     "set 226's U.S.-EU Dialogue on China, or a future nominal 036 under the held-out rule for a meeting on the "
     "day's schedule)"),
 10: ([("also discussed", "040", "USA/GOV", "MEX/GOV", False, A, N, False)],
      "Readout of Blinken's call with Mexican Foreign Secretary Ebrard (29 July 2021); 'Secretary Blinken and "
      "Foreign Secretary Ebrard also discussed' -> 040, symmetric, coded once from the document's government "
      "(guideline); 'efforts to promote democracy and human rights in the region' is a topic with no agent or "
      "counterpart, not coded"),
 11: ([("proposed this Strategic Dialogue", "036", "USA/GOV", "HND/GOV", False, A, N, False),
       ("her meeting with President Xiomara Castro", "040", "USA/GOV", "HND/GOV", False, A, N, True)],
      "Release on the U.S.-Honduras Strategic Dialogue (26 Apr 2022); Vice President Harris -> USA/GOV, President "
      "Castro -> HND/GOV; 'proposed this Strategic Dialogue' = an offer of a standing consultation format -> intent to "
      "meet 036 asserted (set 143: 'proposing to host' an asserted 036; set 171: Mongolia's proposal a 036) "
      "(borderline 030); 'her meeting with President Xiomara Castro on January 27' = a realised meeting noun with "
      "its agent and the participant named -> nominal 040 (held-out 4 row 43); 'following the President's "
      "inauguration' is a time marker and an inauguration has no CAMEO code (the Vice President's attendance is not "
      "stated)"),
 12: ([("welcome Foreign Minister Kasoulides here to the State Department", "042", "CYP/GOV", "USA", False, A, N,
        False)],
      "Blinken before his meeting with Cypriot FM Kasoulides (1 Feb 2022); 'It's a great pleasure to welcome Foreign "
      "Minister Kasoulides here to the State Department' = a host's welcome of a visiting official codes the visit "
      "it shows, 042 to the country (held-out 12 row 2; held-out 15 row 17: 'welcome Prime Minister Rama here' 042 "
      "ALB/GOV -> USA), not the welcome (borderline 043 hosting USA/GOV -> CYP/GOV, as set 224's business council); "
      "'familiar territory' is no act"),
 13: ([("spoke today with", "040", "USA/GOV", "UKR/GOV", False, A, N, False),
       ("continued U.S. security assistance to Ukraine", "072", "USA/GOV", "UKR", False, A, N, True),
       ("Russia’s brutal and unprovoked war", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "Readout of Blinken's call with FM Kuleba (27 May 2022); 'spoke today with' -> 040; 'to discuss continued U.S. "
      "security assistance to Ukraine' = the realised, ongoing US security assistance named in the topic -> nominal "
      "072 to bare UKR (held-out 9 row 35: 'U.S. security assistance' in the topic of a Kuleba call a nominal 072 "
      "-> UKR; first set: security assistance 072); 'as it defends its sovereignty' = Ukraine defending itself, not "
      "coded (held-out 21, 22, 25); 'Russia's brutal and unprovoked war' = a realised event noun with its agent "
      "inside the topic -> nominal 190 RUS/MIL -> UKR (held-out 10 row 26, 22, set 227 row 17; borderline RUS/GOV, as "
      "held-out 21)"),
 14: ([("to be back in Morocco", "042", "USA/GOV", "MAR", False, A, N, False)],
      "Deputy Secretary Sherman at the press availability with FM Bourita in Rabat (8 Mar 2022); 'It's wonderful to "
      "be back in Morocco for my first visit as Deputy Secretary' = a visit under way -> 042 asserted to the bare "
      "country (held-out rule: a trip under way is 042 asserted per destination; set 225: Blinken's 'pleased to be "
      "in Estonia' a 042 to EST); 'my first visit' is the same visit, coded once; 'as the Minister said' reports "
      "only that she is the first woman Deputy Secretary, no event"),
 # --- State Dept random: nocue
 15: ([], "Release on Ambassador Keshap's appointment as Chargé d'Affaires in New Delhi (June 2021): his experience and "
          "past service at Embassy New Delhi and in the Department are internal career facts, no act between actors "
          "(held-out 4 row 31, 13 row 31: internal Department business not coded); New Delhi is a place"),
 16: ([("The Ministers considered", "040", "USA/GOV", "JPN/GOV", False, A, N, False)],
      "Joint statement of the U.S.-Japan Economic Policy Consultative Committee (29 July 2022), 'The Ministers' = the "
      "two US and two Japanese ministers of the inaugural ministerial meeting (sentence before); 'considered the "
      "complex global economic context' = deliberation in the meeting, read as discussing a topic -> 040 "
      "(guideline: meet/discuss/consult 040), symmetric, coded once from the document's government (guideline; "
      "held-out 12: 'The Ministers' of a symmetric meeting) (borderline uncoded, 'considered' read as a joint "
      "statement's view like 'noted' or 'acknowledged', held-out 20 row 13); the context that 'has produced ... risk "
      "and uncertainty' is no act"),
 17: ([], "Blinken's Mongolia national-day message (July 2022): 'May the people of Mongolia enjoy this time of "
          "celebration' = well-wishing, not coded (held-out 7: 'I wish all people of Vanuatu health and happiness' "
          "not coded)"),
 18: ([], "Blinken to Thai PBS (July 2022): 'SECRETARY BLINKEN: No, we're – well, two things.' = the opening of an "
          "answer, no act"),
 19: ([("our strong partnership with Paraguay", "050", "USA/GOV", "PRY/GOV", False, A, N, True)],
      "Blinken's Paraguay Independence Day message (May 2022); 'We reaffirm our strong partnership with Paraguay' = an "
      "ongoing partnership naming its partner -> nominal 050 (held-out 13 row 26: 'partnership with Colombia' in an "
      "Independence Day message a nominal 050; held-out 23 row 9); 'as we work together to recover from the COVID-19 "
      "pandemic' is the same cooperation of the same pair, coded once (guideline: a repeated mention is coded once; "
      "held-out 14 row 1: 'our joint efforts' the same cooperation) (borderline a separate non-nominal 050 for "
      "'work together')"),
 20: ([], "Quad senior officials' consultations (Aug 2021): 'The four democracies acknowledged that global security "
          "and prosperity depends on the region remaining inclusive, resilient, and healthy' = a shared view, no act "
          "(held-out 20 row 13: 'recognizes that increased connectivity supports its shared goal' a view, no act)"),
 21: ([], "Blinken to the staff of Embassy Jerusalem (May 2021): 'this wouldn't happen without you, so thank you' = "
          "thanks to the Secretary's own staff, internal (held-out sets 4-25: Blinken thanks embassy staff, internal; "
          "set 225)"),
 # --- UNGDC 2020-2024 random: neg
 22: ([("sent its representatives to the NDC", "040", "YEM/REB", "YEM/GOV", False, A, N, False),
       ("did not welcome these developments", "051", "YEM/REB", "YEM", True, A, N, False)],
      "Yemen (2020); the Houthi militia -> YEM/REB (guideline); 'which sent its representatives to the NDC' = a "
      "historic participation in the 2013-2014 National Dialogue Conference -> 040 (set 206: 'sent delegations ... to "
      "take part' a 040 to the host), the Conference being convened by the transitional Government of the Gulf "
      "Initiative (sentence before) -> YEM/GOV (set 224: participating in a gathering a 040 to the host) (borderline "
      "target null, the Conference gathering 'the entire political spectrum'); 'did not welcome these developments' "
      "= plain negation of a welcome -> negated 051 (held-out rule: 'we did not agree with their recommendations' a "
      "negated 051; guideline: plain negation keeps the event's code), 'these developments' = the execution of the "
      "Gulf Initiative and the Conference's road map of the sentence before, whose parties the sentence does not "
      "name -> bare YEM (held-out rule: a welcome of a development inside a named country whose parties are not "
      "named goes to the bare country) (borderline YEM/GOV, or uncoded as an attitude, as set 188's 'did not share "
      "the goal')"),
 23: ([("We must support these recommendations", "051", N, "org:UN", False, D, N, False)],
      "Spain (Sánchez, 2024); 'We must support these recommendations' = a deontic without a request verb, 'we' being "
      "the membership that 'received the seven key recommendations of the Secretary-General's High-Level Advisory "
      "Body on Artificial Intelligence' (sentence before) -> a demanded 051 with source null (held-out rule: 'it is "
      "essential that we continue to support' (member states in general) has source null; set 183: 'Deserves the "
      "support of all Member States' a demanded 051 with no source to org:UN), the Secretary-General's advisory body "
      "-> org:UN (borderline uncoded as 'we' meaning all States, or ESP/GOV as source); 'these recommendations' is an "
      "anaphoric noun whose author is only in the sentence before, not coded (sets 178, 182, 205: anaphoric "
      "'that'/'this' nouns uncoded; borderline a nominal 100 from org:UN, as set 202's High-level Panel); 'move "
      "forward with this shared effort' names no act"),
 24: ([("do not tolerate", "120", "IRN/GOV", N, False, A, N, False),
       ("support any war anywhere", "070", "IRN/GOV", N, True, A, N, False)],
      "Iran (Raisi, 2023), on 'the Ukrainian crisis and the war' (sentence before); 'we do not tolerate ... any war "
      "anywhere' = a performative rejection -> 120 with no target (set 183: 'Will not tolerate any acts of "
      "terrorism' a performative 120 with no target; borderline 111, or uncoded as a statement of principle); 'do "
      "not ... support any war anywhere' = plain negation of support -> negated 070 with no target (set 150: 'does "
      "not and will not support any kind of militancy' one negated 070 with no target) (borderline a negated 051, as "
      "set 195's 'We do not support ... decisions'; or target RUS/GOV from the Ukrainian context, the sentence "
      "saying 'any war anywhere')"),
 # --- UNGDC 2020-2024 random: reported
 25: ([("was killed in the line of duty", "1823", N, "org:UN", False, A, N, False),
       ("attempting to mediate a ceasefire", "045", "org:UN", "COD", False, A, N, False)],
      "Japan (Kishida, 2022); the late Secretary-General Hammarskjold -> org:UN (held-out 5: a historic act by a person "
      "named by the office held at the time is that office's; sets 129/155: tributes to a Secretary-General go to "
      "org:UN); 'who was killed in the line of duty' = an agentless historic killing -> 1823 with no source (held-out "
      "rule: a historic murder is an agentless 1823) (borderline uncoded, the 1961 crash's cause being unproven and "
      "'killed' compatible with an accident); 'while attempting to mediate a ceasefire during the Congo crisis' = a "
      "realised mediation attempt -> 045 asserted (guideline: mediate 045), the parties never named -> bare COD (set "
      "149: Djibouti's broker to bare SOM; set 205: the Secretary-General's 045 to bare LBN) (borderline COD/GOV and "
      "COD/REB for Katanga); 'said that \"it is our responsibility to remedy any flaws\"' = a quoted statement of "
      "responsibility, no act (guideline: the speech verb is not coded); Japan's own relative clause -> reported_by "
      "null"),
 # --- UNGDC 2020-2024 random: future
 26: ([("will ratify", "030", "FJI/GOV", N, False, F, N, False),
       ("its endorsement by the Fiji Parliament", "057", "FJI/LEG", N, False, A, N, True)],
      "Fiji (Rabuka, 2023); 'Fiji will ratify the World Trade Organization Agreement on Fisheries Subsidies' = a "
      "future ratification -> 030 future with no target (set 166: 'will be ratified' a future 030; set 119: "
      "'Ukraine intends to sign the Statute' a 030 future with no target) (borderline target org:WTO, the "
      "Agreement's depositary); 'after its endorsement by the Fiji Parliament last week' = the parliament's realised "
      "approval of the Agreement, which PETRARCH's CAMEO dictionary codes ENDORSE AGREEMENTS as 057 -> nominal 057 "
      "from FJI/LEG with no target (held-out rule: a treaty's ratifications by two parliaments are 057 from each "
      "LEG) (borderline 051, PETRARCH's ENDORSE, or uncoded as a domestic procedure); 'I am pleased to report' is "
      "the speaker's own statement"),
 # --- UNGDC 2020-2024 random: demand
 27: ([("We call on industrialized countries", "1031", "PHL/GOV", N, False, A, N, False)],
      "Philippines (Marcos, 2022); 'We call on industrialized countries to immediately fulfil their obligations ... "
      "to cut their greenhouse-gas emissions, provide climate financing and technology transfer ... and lead by "
      "example' = one asserted request (guideline), the addressee an uncoded collective -> target null (set 227 "
      "row 42: Botswana's call for development finance a 1031 with no target); the most specific codable demand "
      "among several is the climate financing -> 1031 (held-out rule: a request with several demands takes the most "
      "specific sub-code; fulfilling obligations and cutting emissions are no CAMEO acts) (borderline generic 100, "
      "or uncoded as a call on an uncoded collective); Y not coded separately (guideline)"),
 28: ([], "The Gambia (2020): 'the response to the pandemic must equal the magnitude of the challenge' = an agentless "
          "deontic with no codable behaviour (guideline: 'If Y is not a codable behaviour ... nothing is coded')"),
 # --- UNGDC 2020-2024 random: cue
 29: ([("continued support", "070", N, "KOR/GOV", False, H, N, True),
       ("cooperation", "050", N, "KOR/GOV", False, H, N, True)],
      "Republic of Korea (Moon, 2020); 'we can achieve denuclearization and bring lasting peace on the Korean "
      "Peninsula with international community's continued support and cooperation' = the international community's "
      "support and cooperation named as the condition of a possibility -> a hypothetical nominal 070 and a "
      "hypothetical nominal 050 with no source (guideline: the international community -> null) to the speaker's "
      "government (set 150: 'only with ... United Nations assistance ... will Iraq assume' a hypothetical nominal 070; "
      "set 214: 'without the support of this community' a hypothetical nominal 070; set 148: 'generous assistance "
      "and cooperation we received' a nominal 070 and 050 with no source to KOR/GOV) (borderline asserted, "
      "'continued' presupposing the support, or one 051 for political backing); the belief that 'we can achieve "
      "denuclearization' is a hope, not coded"),
 30: ([("deplore", "110", "CAF/GOV", "org:UNSC", False, A, N, False),
       ("the embargoes on arms and diamonds", "163", "org:UNSC", "CAF", False, A, N, True),
       ("the suspension of budgetary support", "1621", N, "CAF/GOV", False, A, N, True)],
      "Central African Republic (2023); 'I recall and deplore the fact that the embargoes ... constitute "
      "real obstacles' = 'deplores' -> 110 (set 162: 'Deplores' is 110), aimed at the embargoes' authors, the "
      "members of the Security Council that renewed the arms embargo (sentence before) -> org:UNSC (set 144: 'notes "
      "with regret' a 110 to the proposer) (borderline target null, the deplored fact being a situation); 'the "
      "embargoes on arms and diamonds, maintained for 10 years' = sanctions 163 (guideline), the imposer taken from "
      "the sentence before -> org:UNSC (set 144: 'the embargo imposed on us' org:UNSC from the speech; set 167: "
      "Eritrea's 'imposition of sanctions' 163 org:UNSC -> bare ERI), on the country -> bare CAF, the two embargoes "
      "one sanctions regime coded once (held-out rule: one sanctions action of several parts is coded once) "
      "(borderline two events, the diamond ban being the Kimberley Process's, which has no code); 'the suspension of "
      "budgetary support' = a cut in economic aid -> nominal 1621 with no source, its authors never named, to the "
      "government (set 156: Gabon's 'decline in official development assistance' a nominal 162 with no source to "
      "GAB/GOV) (borderline 162); 'I recall' is the speaker's statement"),
 31: ([], "Cameroon (2020): 'barriers preventing the free movement of people are once again being set up' = an "
          "agentless generalisation with no named victim (set 147: Ebola travel restrictions coded only with a named "
          "target country; borderline a 172 null -> null, which has no actor); 'racism persists' and 'fear of the "
          "other' are situations; 'all of which call for genuine multilateralism' has an inanimate subject (set "
          "121: Angola's 'calls for a global coalition' with an inanimate subject uncoded)"),
 32: ([], "Somalia (2024): 'an opportunity that can only be realized through closer cooperation, collective resolve' = "
          "a generalisation with no actor (held-out 42/43: 'we' meaning all States not coded)"),
 33: ([], "Japan (2024): 'We believe the international community would also agree that the role of governance is "
          "critical' = a belief and a predicted view, no act"),
 34: ([("expanding its financing to low- and middle-income countries", "071", "org:WB", N, False, A, N, False)],
      "United States (Biden, 2023); 'we have taken significant steps to reform and scale up the World Bank' = the "
      "United States' reform of an international financial institution's rules, which CAMEO has no code for, left "
      "uncoded like reform positions on the United Nations (held-out 54-61) (borderline a 070 USA/GOV -> org:WB for "
      "the scale-up); 'expanding its financing to low- and middle-income countries' = the Bank's realised lending, "
      "economic aid -> 071 from org:WB (guideline code), the participle's grammatical subject being 'we' but the "
      "financing the Bank's own (borderline source USA/GOV), to an uncoded collective of countries -> target null "
      "(guideline: collectives without a code -> null); 'so it can help to boost progress' is the purpose"),
 35: ([("We call for recognition", "100", "HTI/GOV", N, False, A, N, False)],
      "Haiti (2024); 'We call for recognition of a moral and historical debt, and the implementation of just "
      "and appropriate reparations' = 'S calls for Y' is one asserted request (guideline), Y = reparations -> generic "
      "100 (held-out 9 row 66, held-out 10 row 72 and set 147: reparations 100; borderline 1031, PETRARCH's SEEK "
      "COMPENSATION); the sentence names no addressee and the speech points at 'certain powers' and 'former colonial "
      "powers' -> target null (borderline FRA/GOV, the recipient of the 1825 indemnity named in the text before); Y "
      "not coded separately"),
 # --- UNGDC 2020-2024 random: nocue
 36: ([], "Colombia (Petro, 2024): 'They dictate what can be said, thought, or silenced' = 'They' being the richest 1 "
          "per cent of the sentences before, an uncoded collective, with no named target (set 147: 'the United States "
          "dictates it' uncoded)"),
 37: ([], "Holy See (2023): 'the multilateral system has shifted its focus from the peaceful coexistence of States to "
          "issues that are not that relevant' = an evaluation of the multilateral system, no act between actors"),
 38: ([("We will engage actively in the deliberation", "036", "VNM/GOV", N, False, F, N, False)],
      "Viet Nam (2022); 'We will engage actively in the deliberation of these proposals, and in the preparations of "
      "the Summit of the Future and the High-level Political Forum' = a future participation in UN processes -> one "
      "036 future with no target (held-out rule: an intent to take part in a UN process is 036 future with no "
      "target; set 190: 'looks forward to continuing the discussions' a future 036 with no target) (borderline "
      "org:UN or org:UNGA as target, or one event per process); 'these proposals' (the Secretary-General's Our Common "
      "Agenda, sentence before) is an anaphoric noun, not coded (sets 178, 182, 205; borderline a nominal 100 from "
      "org:UN)"),
 39: ([], "Argentina (2023): 'let us not turn it into a dead letter' = a hortative about the 2030 Agenda's motto with "
          "'us' meaning all States (held-out 42/43), no act"),
 40: ([], "Portugal (2022): 'It is an absolute necessity in order to deal with global challenges' = an evaluation of "
          "multilateralism, no act"),
}
