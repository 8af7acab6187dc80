"""Hand annotations for the THIRTY-FOURTH held-out event gold set (source of events-heldout34.jsonl).

Keyed by the row index of selection-heldout34.jsonl (output of select_bulk_heldout.py 34; all rows come from
bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout34.jsonl \
        --annotations annotations_heldout34 --output events-heldout34.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("accuse them of being", "112", "ISR/GOV", N, False, A, N, False)],
     "Lebanon (2003); 'those in the Israeli Government who ... do not hesitate to label Arabs and Muslims as the "
     "extremists or accuse them of being the sole source of extremism' = accusation -> 112, members of the Israeli "
     "Government -> ISR/GOV; labelling them extremists is the same accusation, same code and pair, coded once "
     "(held-out 27 row 28, 33 row 4); 'Arabs and Muslims' = uncoded collectives -> target null (borderline LBN/CVL "
     "as part of them); 'do not hesitate' bears on hesitating, not an event negation (guideline 'never ceased to "
     "demand'; held-out 26 row 0); the extremism that 'caused the ouster' of their predecessors and led to their "
     "assassination (Rabin) has no coded agent, not coded"),
 1: ([], "Guyana (1990): 'the problem of Cyprus has not yet proved amenable to negotiations' = no actor; the "
         "negation bears on a state of the problem, not an event"),
 2: ([("offers substantial resettlement programmes", "075", "AUS/GOV", N, False, A, N, False),
      ("supports those countries", "070", "AUS/GOV", N, False, A, N, False)],
     "Australia (2016); the second pillar of Australia's migration response, 'a compassionate humanitarian policy', "
     "is an inanimate subject standing for the Government's act (held-out 9, 33 row 38); offering resettlement "
     "programmes = admitting refugees -> grant asylum 075 (held-out 6), the refugees' nationality not named -> "
     "target null; 'the numbers that we take in' is the same act, same code and pair, coded once; supporting the "
     "countries hosting large numbers of refugees = material support -> 070 (borderline 073 humanitarian aid), the "
     "host countries unnamed -> target null; habitual -> asserted; 'does not focus merely on' bears on the policy's "
     "focus, not an event negation; the host countries' hosting of refugees is null-null, not coded"),
 3: ([("being denied entry to that country", "172", "USA/GOV", N, False, A, N, False)],
     "Cuba (1997); 'that country, which regards itself as super-free' = the United States (the preceding text: the "
     "Helms-Burton law, the White House, Congress; the following sentence: visas denied to their families 'to force "
     "them to yield to the empire's will'); foreign companies and businessmen 'being denied entry' = visa "
     "restrictions -> 172 (guideline), the denier is the government of the country entered, plain from the "
     "document (guideline: a missing participant from the context; borderline source null for the agentless "
     "participle); the businessmen have no stated nationality -> target null (held-out 24/25: entities designated "
     "with no nationality, no target); the blacklists are a noun without an agent in its phrase (borderline nominal "
     "163 USA/GOV), not coded separately; 'who do not submit to the rules' defines the class (held-out 29 row 0), "
     "not a negated event"),
 4: ([("to call for their return", "1053", "CUB/GOV", "USA/GOV", False, A, N, False)],
     "Cuba (2014); 'their return to their homeland' = the three of the Cuban Five still imprisoned in the United "
     "States (previous sentence: 'the unjust imprisonment of three Cubans') -> demand release of persons 1053 "
     "(guideline), addressed to the detaining government -> USA/GOV from the context (guideline: a missing "
     "participant from the context); 'we will not cease in our efforts to call' = the negation bears on ceasing, "
     "not on the call, an ongoing request -> asserted (guideline 'never ceased to demand' = asserted 104); 'I "
     "reiterate' = the speaker's own statement, reported_by null; the imprisonment lies in the previous sentence, "
     "not coded here (held-out 24/25: the detention coded only when it is in the same sentence)"),
 5: ([("occupied by Israel", "192", "ISR/MIL", "LBN", False, A, N, False),
      ("Israel had refused to implement", "1246", "ISR/GOV", "org:UNSC", False, A, N, False),
      ("which called for its immediate", "1056", "org:UNSC", "ISR/GOV", False, A, N, False)],
     "Lebanon (2009); 'its territories occupied by Israel' (southern Lebanon, 1978/1982-2000) = a participle with "
     "its agent named (not nominal; held-out 27 row 28) -> 192 (guideline), the occupying forces -> ISR/MIL "
     "(held-out 22/23 'Israeli-occupied Golan' ISR/MIL -> SYR), the country -> bare LBN; 'Israel had refused to "
     "implement resolution 425 (1978)' = an explicit refusal -> REJECT (guideline), the refused resolution demanding "
     "withdrawal -> decline to de-escalate military engagement 1246 (held-out 26/27: refusals take the sub-code of "
     "their content, 121 and 1241; borderline 128 defy norms, as the first set's 'refuses to ratify'), the refusal "
     "of the Council's demand -> org:UNSC (borderline LBN); the resolution 'which called for its immediate and "
     "unconditional withdrawal' = a Security Council resolution standing for the Council (held-out 30/31) -> "
     "demand de-escalation 1056 org:UNSC -> ISR/GOV, a historic act, asserted; 'Lebanon was able to liberate most "
     "of its territories' names no act with a CAMEO code (the means are not stated; borderline 190 LBN -> ISR/MIL "
     "from the previous sentence's 'by all legitimate and available means'), not coded"),
 6: ([("to sign the Convention", "057", "ECU/GOV", N, False, A, N, False)],
     "Ecuador (2019); 'our resolute action taken to become the first country in our region to sign the Convention "
     "that protects ... our children' = Ecuador's past signing of the Convention on the Rights of the Child, a "
     "realised act -> 057, a multilateral treaty -> target null (held-out 26 row 29, 32 row 31, 33 row 33); 'That "
     "does not constitute just another signature' = an evaluation of the Optional Protocol signing of the previous "
     "sentence, a noun without an agent in its phrase, and 'does not' negates the evaluation, not an event"),
 7: ([], "Iran (2015): 'It [resolution 2231 (2015)] is the basis for terminating sanctions and no longer adopting "
         "resolutions hostile to Iran' = gerunds without an agent in the sentence (guideline: event nouns without an "
         "agent are not coded; held-out 26 row 4 'the imposition of sanctions on Iraq'); the resolution is the basis "
         "of the acts, not their agent (borderline 085 org:UNSC -> IRN future, and a negated 163 future)"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("We have been conducting", "040", "ISR/GOV", "PSE/GOV", False, A, N, False),
      ("with the assistance of the", "045", "USA/GOV", "ISR/GOV", False, A, N, True),
      ("with the assistance of the", "045", "USA/GOV", "PSE/GOV", False, A, N, True)],
     "Israel (1997); 'We have been conducting intensive talks in recent days' = consultations -> 040, their "
     "counterpart the Palestinians (the end of the sentence and the preceding text on the peace process) -> the "
     "Palestinian Authority/PLO as negotiating authority -> PSE/GOV (held-out 31: the PLO -> PSE/GOV); 'with the "
     "assistance of the United States' = US mediation (the following sentence: the Secretary of State's efforts 'to "
     "bring the parties closer together') -> an assistance noun with its agent named -> nominal 045, one event per "
     "party (held-out 33 row 8 'with the assistance of the United Nations'; held-out 8: mediation 045 per mediator "
     "and party); 'with a view to resuming the negotiations' is the talks' aim, not coded separately (borderline "
     "036 asserted); Washington is a venue ('both in Washington and here'), not a metonym"),
 9: ([], "Romania (2002): 'the attacks in Kabul and other cities' and the attempt on President Karzai's life = event "
         "nouns without an agent in the sentence (guideline); Kabul is a place, not a metonym"),
 10: ([], "Laos (1997): 'the Washington accords signed in 1993' = an agentless passive whose name does not give its "
          "parties (held-out 33 row 8, held-out 30/31 row 10), Washington the venue, not a metonym; 'the "
          "establishment of the Palestinian Authority' has no agent in its phrase, not coded"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("we commend with great appreciation", "051", "TUV/GOV", N, False, A, N, False)],
      "Tuvalu (2001); commending the generosity of 'our development partners, particularly our traditional "
      "partners' = praise -> 051, the partners are not named in the sentence or the surrounding text -> target null "
      "(held-out 14/15, 32 row 26); 'generosity' is an attribute, not an aid noun, so no nominal aid event (unlike "
      "held-out 32 row 26's 'their aid and support'); that Tuvalu 'will ... continue to rely on external financing' "
      "is a forecast of need, no act; 'it has to be noted' has no named source"),
 12: ([("I fully agree with the Secretary-General", "051", "IRL/GOV", "org:UN", False, A, N, False)],
      "Ireland (2019); agreeing with the Secretary-General (Guterres) when he says that ... = endorsement of his "
      "statement -> 051 to org:UN (held-out 26 row 14 'agree with the Secretary-General', held-out 10/11 'I agree "
      "with Merkel'); inside his statement (reported_by org:UN) migration undertaken out of volition is no act "
      "between actors"),
 13: ([("raising our development", "071", "GBR/GOV", N, False, A, N, False)],
      "United Kingdom (1998); 'we have announced that we are raising our development budget by £1.6 billion, and our "
      "support for health, education and water projects in Africa by 50 per cent' = the speaker's own government's "
      "announcement, reported_by null (guideline: a speaker's own past statements); committed aid sums are aid "
      "(held-out 20/21; held-out 28/29 'an offered sum of aid is 071') -> economic aid 071 (borderline 0331 as "
      "held-out 27 row 12's announced assistance), recipients unnamed and Africa without a code -> target null; one "
      "commitment of two parts coded once (held-out 27 row 12, held-out 16/17)"),
 14: ([("the program dealt with the humanitarian needs", "073", "org:UN", "IRQ/CVL", False, A, N, False)],
      "Iraq (1992); 'the program' = the United Nations humanitarian relief programme begun in April 1991 (previous "
      "sentence), an inanimate subject standing for its agent (held-out 9, 33 row 38) -> org:UN; dealing with the "
      "humanitarian needs of the Iraqi people = humanitarian aid 073 -> IRQ/CVL; 'the countries presenting the "
      "aid' are unnamed (an uncoded collective) and their aid is the same aid, given through the programme, not "
      "coded separately (borderline 073 null -> IRQ/CVL, held-out 26 row 25); that the aid followed their political "
      "desires is an accusation without a speech-act verb in the speaker's voice ('It became clear'), so no 112; "
      "'a fact attested to by some officials in the program' adds unnamed witnesses to the speaker's own claim -> "
      "reported_by null (borderline org:UN)"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Zambia (1995): a response in time of conflict 'depends on ... the political will by the Member States to "
          "meet resource requirements' = a condition, an uncoded collective, no act"),
 16: ([("Israeli-Palestinian agreements", "057", "ISR/GOV", "PSE/GOV", False, A, N, True)],
      "Belgium (1993) speaking for the European Community; 'the recent Israeli-Palestinian agreements' (the Oslo "
      "Declaration of Principles and the mutual recognition of September 1993) = an agreement named after its "
      "parties -> nominal 057 from the first-named party (held-out 28/29 'the Israeli-Jordan Accords'), the PLO -> "
      "PSE/GOV (held-out 31); 'They [the EC and its member States] hope that ... new decisive steps will be taken by "
      "Israel and the Arab countries' = optative, a hope about other actors' acts (held-out 5, 32/33), not coded"),
 17: ([], "Gabon (2018): 'the negotiation process leading up the current text under the auspices of the United "
          "Nations' = the intergovernmental negotiation of the global compact for migration among all Member States "
          "(an uncoded collective), null-null (held-out 27 row 25), a General Assembly process (held-out 27 row 21: "
          "internal UN matters), not coded (borderline nominal 045 or 043 org:UN -> null); the world reaching a "
          "consensus is a hope"),
 # --- UNGDC 1990-2019 random: demand
 18: ([("be welcomed and encouraged", "051", "BFA/GOV", "TWN/GOV", False, A, N, False),
       ("be welcomed and encouraged", "051", "BFA/GOV", "CHN/GOV", False, A, N, False),
       ("The climate of dialogue and détente", "050", "TWN/GOV", "CHN/GOV", False, A, N, True)],
      "Burkina Faso (2013); 'The climate of dialogue and détente that characterizes relations between the Republic "
      "of China on Taiwan and the People's Republic of China should be welcomed and encouraged' = the speaker's own "
      "welcome (held-out 20/21 row 52 'should be particularly noted and welcomed' -> the speaker's 051 asserted; "
      "held-out 12/13 'it should be deplored that' the speaker's 110), welcome and encouragement the same code and "
      "pair, coded once (held-out 8 row 16 'welcomes and encourages'), aimed at a process and going to its named "
      "parties, one event per party (held-out 8; held-out 32 row 8) -> TWN/GOV (earlier sets' code for Taiwan) and "
      "CHN/GOV; the dialogue and détente = a realised improvement of relations naming its parties -> nominal 050 "
      "(held-out 7: a realised normalization naming its parties is a nominal 050; borderline 040 for 'dialogue'), "
      "symmetric, from the first-named (guideline)"),
 19: ([("congratulating you", "051", "LBN/GOV", "org:UNGA", False, A, N, False)],
      "Lebanon (2008); congratulating the President of the General Assembly (Miguel d'Escoto Brockmann) on his "
      "election -> 051 to org:UNGA (held-out 11 row 76, 12 row 68, 26 row 58); 'I "
      "should like to' = the performative congratulation -> asserted; 'your election' has no agent"),
 20: ([], "Liechtenstein (2004): 'we must always recognize the Charter ... and examine our current ways of applying "
          "this great tool' = 'we' = the Member States (collective), an abstract deontic, no act toward an actor"),
 21: ([], "Belize (1993): 'he [the Secretary-General, establishing the post of Assistant Secretary-General for "
          "Inspections and Investigations] has made it clear that the moral environment of our organization must be "
          "sanitized' = a statement (01x) about internal UN reform, an agentless deontic with no codable Y (held-out "
          "27 row 21, 32 row 18)"),
 22: ([], "Moldova (1994): 'reform of the Organization should include economic and social mechanisms' = UN reform, no "
          "codable Y (held-out 32 row 21)"),
 23: ([("must now cooperate closely", "050", "IDN/GOV", "org:UN", False, D, N, False)],
      "Germany (1999) on East Timor; the splitter cut the sentence after 'with the United'; the verb lies in it and "
      "its object continues in the following text, 'Nations Mission' (held-out 27 row 35, 33 row 41: an object "
      "taken from the following text) -> org:UN; 'Indonesia must now cooperate closely with' = a deontic without a "
      "request verb -> Y coded with source X, demanded (guideline), cooperation with a UN mission -> diplomatic "
      "cooperation 050 (borderline 062 security cooperation, or 0861 receive peacekeepers for the force of the "
      "previous sentence)"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "Ireland (2013) on Syria: 'There is also an urgent need to remove impediments to the delivery of "
          "humanitarian assistance' = an agentless deontic whose impeding party and aid providers are unnamed in the "
          "sentence (held-out 32 row 7: an agentless deontic with no named actor), not coded (borderline 0863 "
          "demanded, null -> SYR/CVL from the previous sentence's 'the Syrian people')"),
 25: ([], "Guinea-Bissau (1993): 'It is now important that the last obstacles ... be removed to make possible "
          "negotiations towards the creation of a non-racial and democratic South Africa' = an agentless deontic "
          "with no codable Y; the negotiations are hoped for and their parties unnamed; the climate of violence has "
          "no agent"),
 26: ([("most welcomed", "051", "WSM/GOV", N, False, A, N, False),
       ("The willingness of our", "033", N, "WSM/GOV", False, A, N, True)],
      "Samoa (2006); 'The willingness of our partners to assist and share expertise in that area [early-warning "
      "systems for natural disasters] is most welcomed' = the speaker's own welcome (held-out 20/21 row 52 'should "
      "be ... welcomed' the speaker's 051) -> 051, the partners unnamed in the sentence and the document context -> "
      "target null (held-out 14/15, 32 row 26); their willingness to assist = a stated readiness to give aid "
      "(held-out 9: 'stands ready to assist' 03x asserted) -> intent to provide material aid 033, an event noun "
      "whose agent the sentence gives but which has no code -> nominal with source null (held-out 32 row 26: the "
      "uncoded partners' aid, null source), the beneficiary the speaker's government in its Pacific region -> "
      "WSM/GOV (borderline target null for the region)"),
 27: ([("Niger welcomes the decision", "051", "NER/GOV", "org:UNSC", False, A, N, False),
       ("to support the African Union’s", "051", "org:UNSC", "org:AU", False, A, N, False),
       ("decision to strengthen and expand", "0334", "org:AU", "SDN", False, A, N, True),
       ("to encourage member States", "103", "org:UNSC", N, False, A, N, False)],
      "Niger (2004); welcoming the Security Council's decision (resolution 1564 (2004)) -> 051 to org:UNSC; the "
      "decision taken 'to support the African Union's decision' = the Council's endorsement -> 051 org:UNSC -> org:AU, "
      "realised (the decision was taken) -> asserted, a verb inside a decision whose agent is named by 'taken by' "
      "(not nominal; held-out 27 row 28); the African Union's decision to strengthen and expand the observation "
      "mission in Darfur (AMIS) = an explicit intent stated as a fact (guideline) to provide a monitoring and "
      "protection force -> 0334, nominal, to the country -> bare SDN (held-out 27 row 27: AMISOM 074 -> SOM; "
      "borderline 074); the Council's decision 'to encourage member States to provide all the equipment and "
      "logistical, financial and material resources' = a request (held-out 20 row 64 'we encourage all Member States' 100) "
      "for aid of several kinds -> 103 (held-out 31 row 19, 32 row 23), Member States an uncoded collective -> "
      "target null"),
 28: ([("delegation commends", "051", "GRD/GOV", N, False, A, N, False)],
      "Grenada (1994); commending 'recently expanded efforts aimed at giving greater prominence to the development "
      "needs' of developing countries = praise -> 051, the efforts' authors unnamed -> target null (held-out 27 row "
      "25 'we value the efforts'; held-out 7: praise with target null)"),
 29: ([("the obstructions created by the", "120", "COD/GOV", N, False, A, N, True)],
      "Uganda (2000); 'The leaders of the region have expressed their strong concern at ...' = expressed concern, "
      "01x, not coded (guideline), by an uncoded collective, so the presupposed act inside it takes reported_by null "
      "(held-out 18/19: an event inside an author's regret is reported by that author, when coded); 'the "
      "obstructions created by the Democratic Republic of the Congo to the implementation of the Ceasefire "
      "Agreement' = an event noun with its agent named -> nominal, the Government of Kabila -> COD/GOV; obstructing "
      "the Lusaka Agreement's implementation (the previous sentence lists refusal to participate in the national "
      "dialogue, rejection of the facilitator, refusal to cooperate with the Joint Military Commission) -> generic "
      "reject 120 (borderline 127 reject a settlement, or not coded as a vague noun), the other parties unnamed in "
      "the sentence -> target null (borderline UGA/GOV, the speaker's government being a party)"),
 30: ([("Guyana supports the call", "1044", "GUY/GOV", N, False, A, N, False)],
      "Guyana (2017); 'supports the call for reform of the Security Council, in order to give an even greater voice "
      "to developing countries' = joining a call is the speaker's own request (held-out 14/15, 30 row 41, 32 row 19 "
      "'we must support the call' 1044), a call for a change in the Council's composition with no named addressee "
      "-> 1044 target null (held-out 9 'calls for' seats for Africa on the Security Council 1044 null; borderline not "
      "coded as an abstract position on UN reform, held-out 7); the call's authors are unnamed, so no nominal "
      "request is coded"),
 31: ([("f louting of the resolutions", "128", "ISR/GOV", N, False, A, N, True),
       ("its rejection of all", "127", "ISR/GOV", N, False, A, N, True)],
      "Yemen (2012); 'Israeli ... flouting of the resolutions of the international community' = event noun with its "
      "agent named ('Israeli', and 'its' in the next phrase) -> nominal, Israel -> ISR/GOV; flouting resolutions = "
      "defy norms, law 128 (first set 'refuses to ratify', 'disregard' 128), the resolutions' authors = the "
      "international community (uncoded) -> target null; 'its rejection of all peaceful proposals and "
      "initiatives' = rejecting plans to settle the dispute -> nominal 127 (held-out 30/31 rejecting the Minsk Group "
      "plan 127), the proposers unnamed -> target null; 'Israeli arrogance' is an evaluation; 'That requires a "
      "stronger role ... of the United Nations ... against' = a need with no codable Y; the 'f louting' split is in "
      "the source text"),
 32: ([], "Cuba (1993): United Nations bodies that can carry out their responsibility 'if attempts are not made to "
          "assign them functions' = hypothetical, agentless, internal UN matters, no act between actors"),
 33: ([("to welcome", "043", "BOL/GOV", N, False, A, N, False)],
      "Bolivia (1996); 'It was a great honour for my country to welcome such illustrious guests' = hosting the "
      "Meeting of Heads of State of the Rio Group at Cochabamba on 3-4 September 1996 (previous sentence) -> host "
      "043 (held-out 16/17 'for receiving us' is hosting; held-out 26 row 33 hosting a summit 043), a realised act "
      "-> asserted; the Rio Group has no code and the document names none of its members -> target null (held-out "
      "12/13: a group without a code is each member the document names; held-out 28/29: conferences hosted with no "
      "target); the page number '2' inside the sentence is an extraction artefact"),
 34: ([("We welcome the recent", "051", "ZWE/GOV", "org:WB", False, A, N, False)],
      "Zimbabwe (2009); welcoming the World Bank's decision to establish three seats for Africa on its Executive "
      "Board -> 051 to org:WB (guideline code); the decision itself is the organisation's internal reform, not an "
      "act toward another actor (held-out 26 row 16), not coded"),
 35: ([("We advocate the unconditional", "1053", "CZE/GOV", "IRQ/GOV", False, A, N, False)],
      "Czech Republic (2002); 'We advocate the unconditional implementation of the relevant Security Council "
      "resolutions' on Iraq (previous sentence: 'the problem of Iraq') = a call for Y (guideline: 'S calls for Y' is "
      "one REQUEST), addressed to the Government of Iraq, taken from the context (guideline) -> IRQ/GOV; several "
      "demands (renewal of arms inspections, disarmament, release of detained Kuwaiti citizens, return of "
      "confiscated Kuwaiti property) -> the most specific sub-code (held-out 9), two of the four being release of "
      "persons or property -> 1053 (borderline 1055 for the inspections, or 100); 'detained' and 'confiscated' are "
      "adjectives without an agent in their phrase (held-out 27 row 3 'occupied East Jerusalem'), not coded "
      "separately"),
 36: ([], "Burkina Faso (1998): '[African initiatives] need the unequivocal support of the international "
          "community' = a need (demanded) whose provider is an uncoded collective and whose beneficiaries are "
          "'Africans themselves' (uncoded), null-null, not coded (unlike held-out 22/23's 'we need the support of the "
          "international community', where the beneficiary was the speaker's government)"),
 37: ([], "Uruguay (2009): 'our firm rejection of the threat of the use of force or of its use, of terrorism, drug "
          "trafficking and all types of violence and discrimination' = rejection of practices in general, an "
          "abstract position with no actor (guideline), not a 12x toward a named party"),
 38: ([("the assistance of others", "070", N, "MHL/GOV", False, A, N, True)],
      "Marshall Islands (2016); 'we have been largely reliant on the assistance of others' = aid received, an aid noun "
      "whose agent the sentence gives as uncoded 'others' -> nominal 070 with source null to the speaker's "
      "government (held-out 26 row 27 'the support we have received', 32 row 26), habitual -> asserted (borderline "
      "071, or not coded as a description of dependence)"),
 39: ([("We support the negotiating process", "051", "ARG/GOV", N, False, A, N, False)],
      "Argentina (1993); supporting the negotiating process for the programme of action of the International "
      "Conference on Population and Development (previous sentence) = support for the efforts of an uncoded "
      "collective -> 051 target null (held-out 27 rows 33 and 39; borderline not coded as support for negotiations, "
      "held-out 7); 'we agree with the conceptual framework agreed upon' is a second endorsement with the same code "
      "and pair, coded once (held-out 27 row 28, 33 row 4); 'agreed upon' is agentless; the negotiation itself has "
      "uncoded parties, null-null"),
 40: ([("We call for close cooperation", "100", "TCD/GOV", "org:UN", False, A, N, False),
       ("We call for close cooperation", "100", "TCD/GOV", "org:AU", False, A, N, False),
       ("for multifaceted support", "103", "TCD/GOV", N, False, A, N, False)],
      "Chad (1995); 'this mechanism' = the OAU Mechanism for Conflict Prevention, Management and Resolution "
      "established in 1993 (previous sentence: 'Africa ... took a decisive step by establishing, in 1993, a "
      "mechanism') -> the Organization of African Unity -> org:AU (new: the OAU, the AU's predecessor, takes the "
      "AU's code, as the European Community of 1993 takes org:EU in held-out 26/27; borderline a new org:OAU); "
      "calling for close cooperation between the United Nations and the mechanism under Chapter VIII = a request to "
      "both, one event per addressee (guideline compound split), Y = cooperation in conflict prevention -> generic "
      "100 (borderline 101 material cooperation); calling 'for multifaceted support from the entire international "
      "community' = a separate request to another addressee, the collective -> target null, Y = aid of several "
      "kinds for the mechanism -> 103 (held-out 32 row 23)"),
 41: ([], "Zimbabwe (1996): 'the international community celebrated the successful launching of the World Trade "
          "Organization, following protracted multilateral trade negotiations' = an uncoded collective, and the "
          "negotiations and launching have no coded agent"),
 42: ([("the laying of mines by outlaw groups", "180", "GTM/REB", "GTM", False, A, N, True),
       ("condemn the use of mines", "111", "GTM/GOV", N, False, A, N, False),
       ("support all proposals", "051", "GTM/GOV", N, False, A, N, False)],
      "Guatemala (1995); 'the laying of mines by outlaw groups' = an event noun with its agent named -> nominal; the "
      "outlaw groups = the country's unnamed armed insurgents (the civil war ended in 1996) -> GTM/REB (held-out "
      "30/31: unnamed armed groups -> the country's REB); mine-laying by a non-state armed group -> unspecified "
      "violence 180 (guideline; borderline 190), its victim the country whose 'experience' it is -> bare GTM "
      "(borderline GTM/CVL); 'we vigorously condemn the use of mines' = condemnation of a practice with no named "
      "agent -> 111 target null (held-out 27 row 45 'condemns the use of force'); 'support all proposals intended "
      "to prohibit them' = support for proposals of unnamed authors -> 051 target null (held-out 27 rows 33 and 39; "
      "borderline not coded as an abstract position)"),
 43: ([("imposed by the Security Council", "163", "org:UNSC", "YUG", False, A, N, False)],
      "Bulgaria (1997); 'the sanctions imposed by the Security Council against the Federal Republic of Yugoslavia "
      "(Serbia and Montenegro)' = a participle with its agent named (not nominal; held-out 27 row 30 'imposed on Cuba "
      "by the United States') -> 163, sanctions on the country -> bare YUG (held-out 26 row 4; FR Yugoslavia -> YUG "
      "as of the speech date, held-out 26/27); 'the strict implementation of the sanctions' by Bulgaria has no agent "
      "in its phrase, not coded (borderline 163 BGR/GOV -> YUG); Bulgaria's losses are an effect"),
 44: ([("to congratulate Mr. Tijjani Muhammad-Bande", "051", "DJI/GOV", "org:UNGA", False, A, N, False)],
      "Djibouti (2019); congratulating the President of the General Assembly on his election -> 051 to org:UNGA (as "
      "row 19); 'allow me to' = performative -> asserted; the election has no agent"),
 45: ([], "Hungary (2010): climate change 'threatens' = risk (guideline), no actor"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Romania (2011): the Arab Spring recalling the events of 1989 = no act between actors"),
 47: ([], "Zimbabwe (2003): extending condolences to Secretary-General Kofi Annan and the bereaved families for the "
          "killing of Sergio Vieira de Mello and 22 UN staff = condolence, 01x, not coded (held-out 10/11); the "
          "killing lies in the previous sentence"),
 48: ([], "Lebanon (2002): the splitter cut the sentence before 'Federation', so the verb of the congratulation ('It "
          "is also my pleasure to congratulate the Swiss') lies outside it; what remains, Switzerland's 'admission "
          "to membership of our international Organization', is the UN's act on membership, no CAMEO act (held-out "
          "32 row 35), not coded"),
 49: ([], "Guatemala (1996): the Republic of China's representation 'in no way contradicts any effort at "
          "reunification' = an opinion, no act; 'any effort' has no agent"),
 50: ([], "Saint Kitts and Nevis (2003): 'allow me first to share with the Assembly our national philosophy' = a "
          "statement, 01x"),
 51: ([], "Ghana (2014): Dag Hammarskjöld's service and his death in a plane crash = no act between actors; the quoted "
          "'pursuit of peace' is abstract"),
 52: ([], "Zimbabwe (2001): the splitter cut the sentence after 'let me assure one and all that'; 'assure' is the "
          "speech verb (01x), and the pledge to 'partner all international efforts towards the eradication of "
          "terrorism' lies wholly in the following text, with no trigger in the sentence (held-out 33 row 42), not "
          "coded"),
 53: ([], "China (1998): 'China's modernization drive requires a stable international environment of peace' = no act"),
 54: ([], "Zambia (2006): poverty as the cause of injustices = no actor"),
 55: ([], "Burundi (2001): a global response to terrorism as 'an imperative for us, the Members' = an abstract "
          "deontic of an uncoded collective"),
 56: ([], "Mexico (2004): 'Mexico considers that the work of the Commission is vital, although its procedural weakness "
          "... is clear' = an evaluation (held-out 6: 'continues to view [a plan] as serious' is not a praise act)"),
 57: ([], "New Zealand (1990): 'We share the concern of many Members ... about the possible spread of nuclear weapons' = "
          "expressed concern, 01x; the spread is hypothetical and agentless"),
 58: ([("I salute the Heads of State", "051", "AGO/GOV", N, False, A, N, False)],
      "Angola (2018); saluting the Heads of State and Government present and the leaders of international "
      "organizations 'whom I believe to be working directly for the future of our planet' = praise -> 051 (held-out "
      "21 row 66 'We salute Cuba' 051; held-out 28 row 48 'recall and salute' 051), uncoded collectives -> target null "
      "(borderline not coded as a greeting, held-out 9: 'welcome' as a greeting)"),
 59: ([], "El Salvador (2013): its efforts on gender equality and violence against women = domestic policy, no "
          "counterpart"),
}
