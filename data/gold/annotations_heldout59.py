"""Hand annotations for the FIFTY-NINTH held-out event gold set (source of events-heldout59.jsonl).

Keyed by the row index of selection-heldout59.jsonl (output of select_bulk_heldout.py 59; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout59.jsonl \
        --annotations annotations_heldout59 --output events-heldout59.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Indonesia (2006): 'We do not need to negotiate that contract; it already exists' = 'we' meaning the "
         "developed and the developing world (preceding sentence), uncoded collectives (held-out 42/43: 'we' meaning "
         "all states not coded); 'do not need to' negates a need, not a negotiation; the contract of partnership is "
         "abstract"),
 1: ([("we call for an end to the embargo", "1054", "TLS/GOV", N, False, A, N, False)],
     "Timor-Leste (2013); calling for an end to the embargo against Cuba = a request (guideline: call for -> 10x), "
     "Y = lift an embargo -> 1054 (held-out 13 row 58, 14 row 58); the embargo's imposer is not named here or as "
     "imposer anywhere in the document (the following sentence asks President Obama to release the Cuban Five, "
     "a different matter) -> target null (held-out 50/51: a call to end an embargo whose imposer the document "
     "never names has no target; borderline USA/GOV); 'the embargo against the Republic of Cuba' has no agent in "
     "its phrase, not coded (held-out 14 row 58); 'does not take into account' is an evaluation"),
 2: ([], "Maldives (2010): threats that 'do not occupy their rightful places in the headlines' = figurative threats "
         "(guideline: threat as risk), no actor"),
 3: ([("Kuwait welcomes the adoption", "051", "KWT/GOV", "org:UNGA", False, A, N, False),
      ("we express our disappointment", "110", "KWT/GOV", "org:UNGA", False, A, N, False)],
     "Kuwait (2005); welcoming the adoption of the outcome document (resolution 60/1) of the High-level Plenary "
     "Meeting = welcoming a General Assembly decision -> 051 to org:UNGA (held-out 26/27, 38/39: welcoming a UN "
     "resolution or General Assembly decision 051 to org:UNGA); 'we express our disappointment that it did not "
     "include the issues of disarmament and non-proliferation' = 'disappointed' -> 110 (guideline), aimed at the "
     "same document -> org:UNGA (held-out 50/51: 'laments the adoption by the United Nations' 110 to org:UN; "
     "'noticed, with deep regret' 110 to org:UNSC); 'did not include' negates the document's content, not an "
     "event"),
 4: ([], "Cuba (2006), as chair of the Non-Aligned Movement: 'There was no cause or demand by a country of the south "
         "which was not duly considered or which did not meet with the support of the Movement' = a double negation "
         "meaning that the Movement supported every demand of a southern country; the Non-Aligned Movement has no "
         "code (held-out 30 row 42, 39 row 0, 48) and 'a country of the south' is an uncoded class, so the support "
         "(051) is null-null, not coded (borderline 051 CUB/GOV as the Movement's chair, held-out 44/45: a head of "
         "state speaking as chair of an organisation is the organisation)"),
 5: ([], "Armenia (2002): East Timor's coming membership = the UN's act on membership (held-out 32 row 35, 55 row 18), "
         "not coded; 'a blanket rejection of claims to self-determination is invalid' = an agentless, generic "
         "rejection noun and an evaluation; 'does not take into account' is no event"),
 6: ([("we call on all States", "102", "BEL/GOV", N, False, A, N, False)],
     "Belgium (2017); calling on all States that have not yet done so (an uncoded collective -> null, held-out 29 "
     "row 0) to support an initiative to launch the negotiation of a new treaty on mutual legal assistance and "
     "extradition = a request with Y = support for an initiative -> demand policy support 102 (held-out 29 row 0: "
     "'we call upon States' 102; held-out 49 row 4: 'encourage countries' 102; borderline 106 for the negotiation "
     "or 1013 for the treaty's judicial content); the initiative's authors are not named in the sentence, the "
     "negotiation noun has no named parties (guideline: Y not coded separately); 'that have not yet done so' is "
     "a negated 051 of the uncoded collective, null-null, not coded"),
 7: ([("the official cooperation", "070", N, "GTM/GOV", False, A, N, True),
      ("we sincerely appreciate", "051", "GTM/GOV", N, False, A, N, False)],
     "Guatemala (2010); 'the official cooperation that we have received' = official development cooperation "
     "received from donors the sentence does not name -> nominal aid 070 with no source to the speaker's "
     "government (held-out 55 row 15: 'their assistance' nominal 070 null -> ETH/GOV; borderline 071 as "
     "development aid, or 050); 'which we sincerely appreciate' = thanks -> 051, the donors uncoded -> target "
     "null (held-out 14/15: thanks that include a group without a code has target null); 'the international "
     "economic environment has not been very conducive' is no act"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("We urge", "107", "TUR/GOV", N, False, A, N, False)],
     "Turkey (1997); 'We urge that the Minsk process and the decisions reached in that process will be taken "
     "seriously by all parties and that they will be implemented' = a request (guideline: urge -> 10x), the "
     "addressees 'all parties' -> null (held-out 16 row 4, 17 row 3, 19 row 51, 27 row 9; borderline ARM/GOV and "
     "AZE/GOV from the preceding sentence on the conflict between Azerbaijan and Armenia), Y = honour and implement "
     "the decisions of the OSCE settlement process -> 107 (held-out 36/37: a call to return to an agreement 107; "
     "borderline generic 100, as held-out 27 row 9's 'respect the Washington agreements'); 'the decisions reached "
     "in that process' are agentless, not coded; Minsk is part of the process's name, not a metonym"),
 9: ([("has ignored the appeals", "030", "YUG/GOV", N, True, A, N, False),
      ("the appeals of the\ninternational community", "107", N, "YUG/GOV", False, A, N, True)],
     "Albania (1998); the sentence starts at 'Kosovo crisis' (the splitter cut after 'during the past months of the'); "
     "'Belgrade' = capital metonym for the Government of the Federal Republic of Yugoslavia in 1998 -> YUG/GOV "
     "(held-out 26/27: a state since dissolved takes its code of the speech's date; held-out 50/51: "
     "Belgrade 1994 YUG/GOV); 'has ignored the appeals of the international community' = not heeding a call -> negated 030 "
     "(guideline: 'not respond(ed) to a call' = negated 030, not REJECT; held-out 42/43: calls that 'have never "
     "heeded' a negated 030), the appealing international community uncoded -> target null (borderline 120, or "
     "122 as PETRARCH's IGNORE APPEAL); the appeals themselves = a request noun of an uncoded author -> nominal "
     "request with no source (held-out 14/15, 40/41: the call itself a nominal request of its author; held-out "
     "42/43: 'fallacious allegations' by uncoded 'certain quarters' nominal with no source), Y = find an "
     "appropriate solution -> 107; 'has systematically destroyed the alternative of a peaceful solution, thus "
     "encouraging the option of violence' = figurative (guideline), no concrete act named"),
 10: ([("the terrorist attacks", "180", N, "USA/CVL", False, A, N, True)],
      "Luxembourg (2002); 'the terrorist attacks of 11 September 2001 against the civilian populations of New York, "
      "Washington and Pennsylvania' = terrorist attacks whose perpetrators the sentence does not name -> 180 with no "
      "source (held-out 52 row 10: 'the wave of attacks perpetrated on 11 September' 180 null -> USA; held-out 54 "
      "row 43), target the civilian populations of US places -> USA/CVL (held-out 54 row 43: shoppers in Kenya "
      "KEN/CVL; borderline bare USA, as held-out 52 row 10), nominal; Washington is a place, not a metonym; 'the "
      "international community was deeply shaken' is no act"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("will double our contribution", "0331", "ISL/GOV", "org:GCF", False, A, N, False)],
      "Iceland (2019); 'my Government announced that we will double our contribution to the Green Climate Fund' = "
      "the speaker's own government announcing its own pledge -> reported_by null (held-out 27 row 12: Prime "
      "Minister announcing his Government's aid, reported_by null); a pledge of a contribution = an explicit intent "
      "stated as a fact -> 03x asserted (guideline; held-out 27 row 12; held-out 42 row 14: 'will provide $300 "
      "million' 0331 asserted), climate finance = economic aid -> 0331 (borderline 071 future), the Fund -> "
      "org:GCF (held-out 30/31 code; held-out 35 row 11)"),
 12: ([], "Lithuania (2012): 'We must honestly define the problems; speak openly ...; find in ourselves the political "
          "will to play according to the rules' = 'we' meaning all states (held-out 42/43), a deontic with no codable "
          "behaviour between named actors"),
 13: ([], "Paraguay (2005): 'a wall is rising to block our exports' = a metaphor for trade barriers with no named "
          "agent (the richest nations only in the following sentence, about aid), and 'cooperation is being watered "
          "down' / 'is undertaken unjustly' = agentless passives about cooperation in general; not coded "
          "(borderline an agentless 163 null -> PRY, held-out 4's metaphor-for-a-real-act rule)"),
 14: ([], "DPRK (1991): 'According to the Treaty, the nuclear-weapon States commit themselves not to threaten the "
          "non-nuclear-weapon States parties to the Treaty' = a quoted clause of the NPT (held-out 38/39: a quoted "
          "treaty clause is the treaty's 057) whose parties are two uncoded classes of states, null-null, not coded "
          "(borderline a negated 130 or a 030 per nuclear-weapon State by world knowledge); 'According to the Treaty' "
          "names a document, not a speaker"),
 # --- UNGDC 1990-2019 random: future
 15: ([("assure him", "030", "PLW/GOV", "org:UN", False, A, N, False)],
      "Palau (2008); 'I assure him [the President of the General Assembly] and all Member States that the United "
      "Nations will have my Government's full cooperation and support in the coming year' = an assurance of "
      "cooperation, an intent stated as a fact -> 030 asserted (held-out 48/49: assuring the Assembly President of "
      "cooperation is 030 to org:UNGA; held-out 50/51: 'assures the Assembly of its full cooperation' 030), the "
      "cooperation promised to the Organization -> org:UN (borderline org:UNGA, the President being addressed), "
      "cooperation and support one pledge coded once (held-out 27 row 37)"),
 16: ([], "Papua New Guinea (1997): 'let us commit ourselves to building genuine partnerships in development' = "
          "'us' meaning all states (held-out 42/43), a hortative with no named counterpart, not coded"),
 17: ([("continue\nto support", "032", "org:EU", N, False, F, N, False)],
      "France (2000), speaking for the European Union (the preceding sentences: 'The European Union welcomes', 'It "
      "urges', 'The European Union believes') -> 'It' = org:EU; 'will continue to support the efforts of the "
      "parties to this end' = future diplomatic support -> 032 future (held-out 50/51: 'will give our full support "
      "to the world conference' 032 future), 'the parties' = the parties to the Middle East peace process, every "
      "track, none named as a party (the Israeli-Syrian track is named as one track) -> target null (borderline "
      "ISR/GOV and SYR/GOV); 'and contribute to the implementation of any agreements that may be reached' = the "
      "same commitment, coded once (held-out 16/17: one commitment with several purposes coded once); the "
      "agreements 'that may be reached' are hypothetical and agentless, not coded"),
 # --- UNGDC 1990-2019 random: demand
 18: ([("the initiative of the Dominican Republic", "045", "DOM/GOV", "VEN/GOV", False, A, N, True),
       ("the initiative of the Dominican Republic", "045", "DOM/GOV", "VEN/OPP", False, A, N, True)],
      "Peru (2017); 'the Lima Group believes that the initiative of the Dominican Republic to bring together the "
      "Government and the opposition [of Venezuela, preceding sentences] should be developed with good faith ...' "
      "= the Dominican-facilitated Venezuelan dialogue of late 2017, a realised initiative presupposed by the "
      "belief -> a mediation noun naming its broker -> nominal 045 from the broker to each party (held-out 8: "
      "mediation 045 per mediator and party; held-out 9: a mediation noun naming its broker), the Venezuelan "
      "Government -> VEN/GOV and the opposition -> VEN/OPP (held-out 4: Guaidó VEN/OPP; borderline 043 as "
      "convening); 'should be developed with good faith, rules ...' = a deontic on how the dialogue runs, no "
      "codable Y; the Lima Group has no code and its belief is an opinion, not a speech verb over the initiative, "
      "so reported_by null; 'international accompaniment is essential' is an agentless need, not coded"),
 19: ([], "El Salvador (1991): 'what we are promoting in El Salvador' = domestic pragmatism; a post-war period 'that "
          "must be marked by national reconciliation' = an agentless deontic, no named parties"),
 20: ([], "Viet Nam (2014): 'the United Nations must accelerate its reform process' = internal UN reform (held-out 7; "
          "held-out 52/53), not coded"),
 21: ([], "Czech Republic (2001): 'The evil of terrorism must be eradicated' = an agentless deontic over a phenomenon, "
          "no named actor (held-out 42/43)"),
 22: ([], "Israel (2000): the Security Council 'should faithfully reflect the present geopolitical picture' = Council "
          "reform (held-out 7; held-out 52/53: urging Council reform with no addressee not coded); the sentence "
          "starts at 'Council, is our opinion' (the splitter cut inside 'the reform of the Security Council'); the "
          "enlargement of 1965 is an agentless UN act on membership, not coded"),
 23: ([("We urge the leadership", "104", "TZA/GOV", "COD/GOV", False, A, N, False)],
      "Tanzania (2017); urging 'the leadership of the Democratic Republic of the Congo' (the Kabila Government) -> "
      "COD/GOV to live up to its commitment under the 31 December 2016 agreement (preceding sentence: 'with the "
      "promise of timely elections') and to issue an election calendar = a request verb with several demands takes "
      "the most specific sub-code (held-out 9), elections -> demand political reform 104 (held-out 9: 'action "
      "toward holding elections' 104; held-out 24: 'support free, fair and peaceful elections' 104; borderline "
      "107 for honouring the agreement); the agreement itself lies in the preceding sentence"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("the appeal made by the Secretary-General", "1013", "org:UN", N, False, A, N, True),
       ("would be prepared to withdraw", "0313", "MEX/GOV", "org:ICJ", False, H, N, False)],
      "Mexico (1995); 'in response to the appeal made by the Secretary-General in his document entitled \"An Agenda "
      "for Peace\"' = Boutros-Ghali's 1992 appeal that all States accept the compulsory jurisdiction of the ICJ = a "
      "request noun with its author named -> nominal request of org:UN (held-out 14/15, 40/41), Y = accept the "
      "Court's jurisdiction -> judicial cooperation 1013 (held-out 40/41: the Secretary-General's request to host "
      "a tribunal a nominal 1013), addressed to all States -> target null; 'Mexico would be prepared to withdraw the "
      "reservation made in its statement of acceptance of the compulsory jurisdiction of the ICJ if other countries "
      "did the same' = a conditional offer to widen its acceptance of the Court's jurisdiction -> intent to "
      "cooperate judicially 0313 (held-out 40/41: accepting a request to host a tribunal 0313) to org:ICJ, "
      "'would ... if' -> hypothetical (guideline; held-out 44/45: 'would sign' a treaty 030; borderline 0313 "
      "asserted as a readiness stated as a fact, held-out 44/45 'is ready to accept a fair compromise' 037 "
      "asserted); 'if other countries did the same' = a hypothetical act of an uncoded collective, not coded"),
 25: ([], "Austria (1996): 'we actively support the improvement of the rapid deployment capability of the "
          "Organization, including the establishment of a rapidly deployable headquarters' = support for "
          "strengthening the UN's own peacekeeping capacity, an agentless improvement (held-out 7: support for UN "
          "reform not coded; held-out 54 rows 31 and 33), not coded (borderline 051 AUT/GOV -> org:UN, as held-out "
          "44/45's support for a UN plan)"),
 26: ([("I welcome the fact", "051", "CAF/GOV", N, False, A, N, False)],
      "Central African Republic (2016); 'I welcome the fact that the international community has understood what is "
      "at stake here' = a welcome aimed at an uncoded collective -> 051 with target null (held-out 7: praise of a "
      "display of unity 051 null; held-out 27 row 25: 'we value the efforts of all Member States' 051 null; "
      "borderline not coded, the understanding being an attitude, not an act)"),
 27: ([("support the efforts", "051", N, "org:UN", False, D, N, False)],
      "Jamaica (1998); the splitter cut the sentence after 'We consider it essential that the membership of the' "
      "and before 'General in the implementation of this programme of work'; the subject cut off is taken from the "
      "context (held-out 44/45): 'it essential that the membership of the United Nations support the efforts of "
      "the Secretary-General' = a deontic with no request verb whose agent is all Member States (uncoded) -> "
      "demanded, source null (held-out 44/45: 'it has become imperative to continue to support the "
      "Secretary-General' a demanded 051 with no source; held-out 14/15), the Secretary-General -> org:UN; "
      "support as endorsement and resources (following sentence) -> 051 (borderline 070); 'United Nations' in the "
      "span is part of the collective's name, not the source"),
 28: ([("agreed with", "057", "COM/GOV", "org:IMF", False, A, N, False),
       ("agreed with", "057", "COM/GOV", "org:WB", False, A, N, False),
       ("the full and active support", "070", N, "COM/GOV", False, D, N, True)],
      "Comoros (1993); 'we have agreed with the International Monetary Fund and the World Bank on a structural "
      "adjustment programme' = an agreement concluded -> 057 (guideline), one event per partner (guideline: "
      "compound split) -> org:IMF and org:WB; 'whose success depends on the full and active support of the "
      "international community' = a statement of need for support from an uncoded collective -> a demanded nominal "
      "070 with no source to the speaker's government (held-out 42/43: 'Countries such as mine require "
      "assistance' demanded 070 no source; held-out 46/47: statements of need are demanded aid; borderline "
      "hypothetical, or not coded as held-out 34/35's 'reliant on the assistance of others')"),
 29: ([("we welcome the progress", "051", "ARG/GOV", N, False, A, N, False)],
      "Argentina (1996); welcoming 'the progress made in the peace process, especially regarding the question of "
      "Palestine' = a welcome -> 051; the progress is agentless and the sentence names no party of the process "
      "('the question of Palestine' is the issue) -> target null (held-out 8: a welcome aimed at a process goes to "
      "its named parties; borderline ISR/GOV and PSE/GOV by world knowledge)"),
 30: ([("met", "040", "ETH/GOV", "org:IGAD", False, A, N, False),
       ("made concrete proposals", "107", "ETH/GOV", N, False, A, N, False)],
      "Ethiopia (2016); 'We in the IGAD region met on a number of occasions at various levels to address the issue' "
      "= the IGAD summits and ministerial meetings on South Sudan after the July 2016 fighting; the speaker's 'we' "
      "with unnamed partners is the speaker's government (held-out 55 row 2: 'us' = El Salvador with Central "
      "America -> SLV/GOV), meeting the other IGAD members -> 040 to org:IGAD (held-out 50/51: participating in "
      "forums together with a named party 040 to it; borderline source org:IGAD, as held-out 44/45's head of "
      "state speaking as an organisation); 'made concrete proposals on the way forward' = proposals for settling "
      "the South Sudanese conflict, which the following sentence calls 'the call of the regional and "
      "international communities' -> by this set's rule for appeals (PETRARCH: PROPOSE PLAN 027) a request to "
      "settle 107, the South Sudanese parties unnamed as such -> target null (borderline SSD/GOV and SSD/REB; "
      "borderline 039 as mediation)"),
 31: ([], "Somalia (2019): 'I signed the historic anti-corruption bill' = signing a domestic law, no counterpart "
          "(held-out 50/51: submitting a national report not coded)"),
 32: ([("have given us their support", "070", N, "NIC/GOV", False, A, N, False)],
      "Nicaragua (Chamorro, 1990); 'all our sister nations which have given us their support and understanding' = "
      "support received from an uncoded collective -> 070 with no source (held-out 19 row 66, 27 row 1: unnamed "
      "benefactors null), 'us' = Nicaragua -> NIC/GOV; support and understanding one act (borderline 051 as "
      "political support); 'faith in' is an attitude"),
 33: ([("offer some wider\nassistance", "070", "BRN/GOV", N, False, A, N, False)],
      "Brunei Darussalam (1996); 'we have been able to offer some wider assistance to the cause of South-South "
      "cooperation' = realised assistance ('have been able to offer') -> 070 (borderline 033 as an offer), 'we' -> "
      "the speech's government (guideline; borderline org:ASEAN, the preceding sentences describing the way chosen "
      "in South-East Asia), the recipient a cause, not an actor -> target null (borderline not coded as an abstract "
      "position)"),
 34: ([("visited", "042", "org:EU", "TUR", False, A, N, False),
       ("visited", "042", "org:EU", "IRN", False, A, N, False),
       ("visited", "042", "org:EU", "IRQ", False, A, N, False)],
      "Luxembourg (1991), the EC presidency; 'Joint Presidency-Commission missions from the European Community "
      "visited the Turkish-Iranian and the Turkish-Iraqi frontiers where the Kurdish people are congregated' = "
      "visits -> 042 (guideline), the European Community -> org:EU (held-out 26/27), one per destination country "
      "named by the frontiers (held-out 16/17: a trip 042 per destination; held-out 53 row 1, 54 row 30: visits to "
      "the bare country) -> TUR, IRN, IRQ (borderline TUR only, the side of the frontiers visited not being said)"),
 35: ([], "Laos (2011): 'It is more critical than ever for all Member States to enhance our cooperation' = an "
          "impersonal deontic over all states (held-out 42/43), not coded"),
 36: ([("I welcome", "051", "BFA/GOV", "org:UNSC", False, A, N, False),
       ("unflagging readiness", "030", "org:UNSC", "CIV/GOV", False, A, N, True),
       ("I encourage it", "108", "BFA/GOV", "org:UNSC", False, A, N, False)],
      "Burkina Faso (Compaoré, facilitator of the Ouagadougou Political Agreement, 2009); welcoming the Security "
      "Council's readiness -> 051 to org:UNSC; 'the Security Council's unflagging readiness to work with Côte "
      "d'Ivoire on implementing the Ouagadougou Political Agreement' = a nominal intent to cooperate with its "
      "agent named -> 030 (held-out 34/35: 'the willingness of our partners to assist' nominal 033; held-out "
      "40/41: the EU's 'willingness to give support' 033), Côte d'Ivoire -> CIV/GOV; 'I encourage it to continue to "
      "pursue its efforts to achieve peaceful solutions to conflicts' = a request (held-out 49 row 4, 56: "
      "'encourage' -> 10x), Y = pursue peaceful solutions as a third party -> 108 (held-out 22/23: asking an envoy "
      "to seek a plan's implementation 108; held-out 48/49; borderline generic 100)"),
 37: ([("we have coordinated efforts", "050", "PER/GOV", "COL/GOV", False, A, N, False)],
      "Peru (2019); 'Together with Colombia, we have coordinated efforts ... with various Member States to agree a "
      "United Nations mandate for holding a special session of the General Assembly ... to address the fight "
      "against corruption' = joint diplomatic work with a named partner -> cooperation 050 (held-out 54 row 10: "
      "'we are working hard' with named partners 050), the uncoded 'various Member States' dropped (held-out 2: "
      "compound of coded and uncoded parties); agreeing the mandate (resolution 73/191) and holding the session "
      "are the purpose, not coded"),
 38: ([("decided to impose sanctions", "163", N, "VEN", False, A, N, False),
       ("their allegations", "112", N, "VEN/GOV", False, A, N, True)],
      "Antigua and Barbuda (2019); 'those 16 nations have arbitrarily decided to impose sanctions against "
      "Venezuela' = the TIAR states' decision of September 2019 -> sanctions 163 (guideline), realised -> "
      "asserted; the 16 nations are never named in the document (held-out 44/45: a group whose members the "
      "document does not name is coded for the one it names; here none) -> source null, sanctions on a country -> "
      "bare VEN (held-out 26 row 4); 'their allegations' = accusations against Venezuela by the same uncoded group "
      "-> nominal 112 with no source (held-out 42/43: 'fallacious allegations' by 'certain quarters' nominal 112 "
      "no source), aimed at the Maduro Government -> VEN/GOV; 'Without producing a shred of evidence' negates the "
      "producing of evidence, not an event; 'with the sole intention of regime change' is a purpose"),
 39: ([("Israeli occupation", "192", "ISR/MIL", "PSE", False, A, N, True)],
      "Namibia (2007); 'deeply concerned' is 01x, not coded; 'the people of Palestine under Israeli occupation' = an "
      "occupation noun with its agent named by the adjective -> nominal 192 (guideline: occupy 192; held-out "
      "22/23: 'Israeli-occupied Golan' 192 ISR/MIL -> SYR), the occupied land -> bare PSE (held-out 27 row 26); the "
      "suffering is an effect"),
 40: ([], "Egypt (1996): the sentence starts at 'Dayton agreement to put an end to ...' (the splitter cut after "
          "'there is hope of implementing the'); the Dayton agreement is named after its venue, not its parties, and "
          "is an agreement noun without an agent in the sentence (guideline), its hoped-for implementation optative; "
          "'the appalling tragedy caused by \"ethnic cleansing\"' has no named agent"),
 41: ([("was held hostage", "181", "FJI/REB", "FJI/GOV", False, A, N, False)],
      "Mauritius (2000); 'Prime Minister Mahendra Chaudhry together with his whole Cabinet of Ministers, was held "
      "hostage for as long as 56 days' = hostage-taking -> 181 (guideline: hijacking 181; held-out 46/47: 'was "
      "kidnapped' 181); an agentless passive takes its agent from the sentence before (held-out 52/53): 'small "
      "bands of thugs have overturned democratically elected Governments' in Fiji = George Speight's armed group, "
      "unnamed outlaws -> the country's REB (held-out 34/35) -> FJI/REB; the Prime Minister and his Cabinet named "
      "by the office held at the time (held-out 5) -> FJI/GOV, one event for the pair (borderline FJI/OPP, ousted "
      "by the speech's date); the overthrow itself is a coup, not coded (held-out 22/23)"),
 42: ([("the help", "070", "org:WB", "PNG/GOV", False, A, N, True),
       ("the help", "070", "org:IMF", "PNG/GOV", False, A, N, True)],
      "Papua New Guinea (1990); 'my government, with the help of the World Bank, the International Monetary Fund "
      "and other international and national aid agencies, has developed an integrated structural adjustment "
      "programme' = an aid noun with its agents named -> nominal 070, one per coded agent (held-out 28/29: 'with "
      "the support of our United Nations partners' nominal 070 from org:UN), the uncoded other agencies dropped "
      "(held-out 2), recipient the speaker's government (borderline 071); developing the programme 'to assist "
      "Papua New Guinea' is a domestic act of the Government for its own country, not coded"),
 43: ([("We denounce", "111", "TUN/GOV", N, False, A, N, False)],
      "Tunisia (2012); the splitter cut the sentence before 'Islamophobia that one often sees'; 'We denounce the "
      "fanaticism, the anti-Semitism and the Islamophobia' = the speaker's denunciation -> 111 (guideline), no "
      "named perpetrator -> target null (held-out 53 row 28: 'Saint Lucia condemns terrorism in all its forms' 111 "
      "null; held-out 54 row 26; borderline not coded as a position on attitudes)"),
 44: ([("cooperating with the Nazis", "050", N, "DEU/GOV", False, A, N, True)],
      "Russia (2011); 'people who brought disgrace upon themselves by cooperating with the Nazis' = wartime "
      "collaboration, a historic act (held-out 24/25: historic acts in speeches are coded), its agents unnamed "
      "people of uncoded 'certain European countries' -> source null, the Nazis = the German Government of the time "
      "(held-out 5: a historic act coded to the government of its time) -> DEU/GOV, gerund -> nominal (held-out 54 "
      "row 32; borderline not coded as a description of the people talked about); their being 'talked and written "
      "about in an increasingly elevated tone' is agentless; 'cannot serve as a cover' is criticism of unnamed "
      "countries, not coded"),
 45: ([], "Iran (2017): 'We believe in dialogue and negotiation conducted on an equal footing' = an abstract position "
          "(guideline), no named counterpart"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Peru (2016): the situation in Venezuela 'impacted by extreme violence, social and political confrontation "
          "and severe shortages' = event nouns without an agent (guideline), not coded"),
 47: ([], "Tunisia (2014): 'we continue our peaceful transition to democracy' = domestic; the bad news overshadowing "
          "is figurative"),
 48: ([], "Sao Tome and Principe (2008): 'we are doubly blessed by his qualities as a diplomat ... and as a priest' "
          "(the President of the General Assembly, Miguel d'Escoto) = a sentiment and an evaluation (held-out 7: "
          "sentiments not coded), not a praise act (borderline 051 STP/GOV -> org:UNGA; the congratulations lie in "
          "the preceding sentence)"),
 49: ([], "Malta (1999): 'We have striven individually and collectively ... towards a process of ... evolution' = "
          "'we' meaning the Member States, abstract, no counterpart act"),
 50: ([], "Georgia (2007): 'without a single in-depth analysis being carried out as to why peace has not triumphed or "
          "why the legal framework has not been restored' = agentless passives about the Abkhaz conflict, no named "
          "actor; 'has not been restored' negates a restoration with no agent"),
 51: ([], "Kenya (1992): 'They [the aid conditionalities imposed by a number of donors, preceding sentence] are "
          "unrealistically stringent and counter-productive' = an evaluation without a behaviour verb (guideline), "
          "the donors uncoded"),
 52: ([], "Antigua and Barbuda (1990): priority given to human resources development = domestic policy"),
 53: ([], "Senegal (1991): 'International solidarity in this area is thus particularly significant' = an assessment, no "
          "actor"),
 54: ([], "Ireland (2014): 'the solution to Syria's civil war is not a military one' = an assessment; the civil war "
          "noun has no agent in the sentence"),
 55: ([("being harassed", "175", "ZAF/GOV", "ZAF/CVL", False, A, N, False)],
      "Maldives (1990); 'The black people of South Africa are continuously being harassed by the white minority "
      "regime' = the apartheid Government's harassment of the black population -> repression 175 (held-out 4: a "
      "real crackdown coded as repression 175; borderline 170 coerce), a passive with its agent named -> not "
      "nominal, 'the white minority regime' -> ZAF/GOV, 'the black people of South Africa' -> ZAF/CVL; "
      "'continuously' = habitual, asserted"),
 56: ([("hails", "051", "ALB/GOV", N, False, A, N, False)],
      "Albania (1991); 'The Albanian Government hails all positive steps leading to the elimination of apartheid in "
      "South Africa' = praise -> 051 (guideline), the steps agentless in the sentence and the document -> target "
      "null (held-out 7: praise with target null; borderline ZAF/GOV, the de Klerk Government's repeal of apartheid "
      "laws, by world knowledge)"),
 57: ([], "Iceland (2012): 'In a democracy everyone has a place and a role' = a general statement, no act"),
 58: ([], "Oman (1993): the splitter cut the sentence after 'I am delighted to highlight the' (before 'September 1993 "
          "report of the United Nations Children's Fund'); highlighting a report is a statement (01x), and UNICEF's "
          "ranking of Oman lies in the following sentences, not coded"),
 59: ([], "Tajikistan (2014): 'Our hope is that this forum will become an important venue for ongoing dialogue and "
          "review' = optative, about the high-level political forum, no named participants"),
}
