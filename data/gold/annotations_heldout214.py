"""Hand annotations for the TWO-HUNDRED-AND-FOURTEENTH held-out event gold set (source of events-heldout214.jsonl).

Keyed by the row index of selection-heldout214.jsonl (output of select_bulk_sentence_heldout.py 214; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout214.jsonl \\
        --annotations annotations_heldout214 --output events-heldout214.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("failed to find the support", "051", "AZE/GOV", N, True, A, N, True)],
     "Azerbaijan (1999); 'the concept of the common State, which was proposed as a model for settlement in the "
     "context of certain conflicts, but failed to find the support of the countries concerned' = plain negation of "
     "support (guideline: 'failed to' negated, the event keeps its code) -> negated nominal 051 (set 203: 'Neither "
     "proposal received the expected support' a negated nominal 051; set 140: 'still awaits the support of' a "
     "negated nominal 051); 'the countries concerned' are the parties to the conflicts, among them Azerbaijan, "
     "which the sentence before says 'rejects settlement models that infringe on its sovereignty' and of which this "
     "concept is 'an example' -> coded for the speaker only (sets 133 and 145: a group whose only named member is the "
     "speaker; borderline source null for an uncoded collective, which would leave the row uncoded, or a 127 "
     "rejection by AZE/GOV); the proposer is left unnamed ('certain conflicts'; the Minsk Group co-chairs appear "
     "only later, asked for 'a revised proposal') -> target null (borderline org:OSCE); the agentless 'was proposed "
     "as a model for settlement' would be a 045 null -> null and is not coded (borderline a 045 org:OSCE -> "
     "AZE/GOV from the later paragraph)"),
 1: ([], "Poland (2003): 'we can no longer safely assume that our current multilateral rules and institutions have "
         "the capacity to confront ... threats' = a belief about institutional capacity, 'we' meaning all states "
         "(held-out 42/43: not coded); 'confront threats' is figurative (guideline: 'threat to all of us' = risk); "
         "'no longer' negates an assumption, no negated event"),
 2: ([], "Somalia (2008): 'We are also determined to ensure that the efforts of saboteurs and spoilers will not keep "
         "hostage the whole Somali nation and peace in the region' = a statement of resolve (set 117: 'a people "
         "which will not be intimidated' uncoded; set 130: 'We will not be cowed' uncoded), and 'keep hostage' a "
         "metaphor with no real hostage-taking behind it (guideline: figurative uses not coded); the spoilers are "
         "unnamed (borderline a negated future 181 SOM/REB -> bare SOM, or a nominal 128 of the spoilers against the "
         "peace process)"),
 3: ([("never tried to avoid", "125", "ISR/GOV", "org:UN", True, A, N, False)],
     "Israel (2007); 'Israel has never tried to avoid genuine discussion of its human rights record' = plain "
     "negation of an avoided discussion (guideline: 'never met' negated, the event keeps its code): avoiding a "
     "discussion is a refusal to discuss -> 125, negated (set 187: 'I do not seek to blame outsiders' a negated "
     "112, the 'seek to' like 'tried to' here); the forum is the Human Rights Council of the sentences before and "
     "after ('so long as the Council maintains its wildly disproportionate focus on Israel') -> org:UN, as earlier "
     "sets coded the Council (borderline org:UNGA, or target null); borderline the litotes reading, an asserted 040 "
     "ISR/GOV -> org:UN (as set 176's 'did not hesitate to grant'), or uncoded as a standing disposition (set 202: "
     "'We have never posed a security threat' uncoded)"),
 4: ([], "Armenia (2005): 'What if we reject that chance ..., if we refuse to take our common and joint responsibility "
         "to intervene and prevent conflict, letting Governments time and again commit torture, ethnic cleansing and "
         "genocide against their own populations?' = a hypothetical question whose 'we' is the whole international "
         "community (held-out 42/43: 'we' meaning all states, not coded), about unnamed Governments as a generic "
         "class (borderline hypothetical 120/202 between uncoded parties); 'reject that chance' is figurative"),
 5: ([], "Lesotho (1999): 'the threat of weapons of mass destruction continues to bedevil our hopes' = a risk "
         "(guideline: figurative threats not coded); 'there does not seem to be a global determination to eliminate "
         "these weapons' is an agentless attitude of an uncoded collective (borderline a negated 087 null -> null), "
         "no event"),
 6: ([], "Ethiopia (2004): 'Ethiopia is convinced that the implementation of some aspects of the Boundary "
         "Commission's observations on demarcation is not in the interest of peace ... and will not advance the "
         "major objectives of the Algiers Agreement' = an evaluation of an agentless implementation (README: "
         "evaluations not coded; set 143: 'Yerevan realizes' and beliefs left aside), with no rejection verb "
         "(borderline a 127 ETH/GOV with no target, as set 204's 'Ethiopia's refusal to accept ... the final and "
         "binding decision' of the same Commission); 'will not advance' negates an outcome, no negated event"),
 7: ([("committed to the defence of democracy", "032", "COL/GOV", "VEN", False, F, N, False),
      ("support@1", "070", N, "VEN/CVL", False, H, N, True)],
     "Colombia (2019); 'Colombia will continue to be committed to the defence of democracy in Venezuela' = a "
     "commitment of diplomatic support (README: commitments stated as facts are 03x; set 140: 'will continue to "
     "provide all necessary support' a future 032), 'will continue to be' -> future 032; democracy in Venezuela "
     "as a whole -> bare VEN (set 122: 'Jordan supports a united and stable Iraq' a 051 to bare IRQ; set 184: "
     "support for Georgia's sovereignty to bare GEO; borderline VEN/OPP for the Guaido camp the text before "
     "backs, or uncoded as an abstract position); 'I courageously express to the international community' is the "
     "speech verb (01x); 'without the support of this community, without the true support of the States Members "
     "of the United Nations, those who left their homes ... will not easily find their way back' = support on "
     "which the migrants' return is conditioned, the same support named twice and coded once (guideline: a "
     "repeated mention is coded once) -> a hypothetical nominal 070 with no source (uncoded collectives) to the "
     "Venezuelan migrants, VEN/CVL (set 150: 'only with ... United Nations assistance ... will Iraq assume' a "
     "hypothetical nominal 070; borderline demanded, as a statement of need); 'will not easily find their way "
     "back' is no act between actors"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Tunisia (2012): 'I hope this proposal will enjoy the broadest possible support by democratic States and "
         "the mobilization of the international community' = a hope about other actors' acts, optative (held-out "
         "sets: 'looks forward to receiving', 'we count on' not coded), by uncoded collectives; 'this proposal' "
         "is the anaphoric repeat of the sentence before's request for an international constitutional court, "
         "already the previous sentence's event (set 205: an anaphoric 'This initiative' uncoded; borderline a "
         "nominal 1044 TUN/GOV -> org:UNGA); 'which played such an important role in the creation of the "
         "International Criminal Court' is a historic act of an uncoded collective (borderline a 057 null -> "
         "org:ICC)"),
 9: ([], "Lesotho (2003): 'We hope that the international community will continue to support all endeavours aimed "
         "at attaining lasting peace ... in those countries' = a hope about an uncoded collective's future support "
         "(set 123: a confident prediction of another actor's aid is a hope, not coded; held-out rule: 'we count on' "
         "optative; borderline a future 070 with no source to bare COD and LBR, the countries of the sentence "
         "before)"),
 10: ([("work to strengthen cooperation", "032", "SWE/GOV", "org:UN", False, F, N, False),
       ("work to strengthen cooperation", "032", "SWE/GOV", "org:AU", False, F, N, False)],
      "Sweden (2015); 'We will work to strengthen cooperation between the United Nations and regional "
      "organizations, not least the African Union' = Sweden's own announced engagement for the cooperation of "
      "two named organisations (set 206: Liechtenstein's 'has always supported enhanced' UN cooperation with the "
      "OSCE and the Council of Europe one 051 to each organisation), here future and an intent -> future 032, one "
      "per named organisation (guideline: future cooperative acts take 03x with modality future), the uncoded "
      "'regional organizations' dropped; borderline uncoded as a UN-reform position (the sentences before: 'we "
      "also want to contribute reforms'), as sets 118, 153 and 201 left wished-for inter-institutional "
      "cooperation, or a future nominal 050 org:UN -> org:AU for the cooperation itself"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Sri Lanka (2010): 'It must be remembered that such law evolved essentially in response to conflicts waged "
          "by the forces of legally constituted States, and not terrorist groups' = a generalisation about the "
          "history of humanitarian law, conflicts of unnamed states (README: generic acts between uncoded parties "
          "not coded); 'It must be remembered' is no deontic about a behaviour"),
 12: ([], "Algeria (2019): 'We must now focus on setting the requirements for a political solution ... enabling all "
          "Syrians to return ... and, with the help of all, to begin the process of reconstruction' = a deontic whose "
          "'we' is the whole international community (held-out 42/43: not coded), and whose help from 'all' is named "
          "only inside a purpose (set 182: support named only as a purpose uncoded; borderline a demanded nominal "
          "070 with no source to SYR/CVL); the return of displaced Syrians is no act between actors"),
 13: ([], "Belarus (2017): 'the United Nations must work to strengthen the system of inter-State relations' = a "
          "deontic whose Y (strengthening a system of relations) is not a codable behaviour between named actors "
          "(guideline: demanded Y not codable -> nothing coded; borderline a demanded 050 org:UN with no target); "
          "'We believe that' frames an opinion"),
 14: ([], "Gabon (2011): 'Economic crises, environmental crises and aspirations ... will worsen tensions, and we must "
          "follow these developments closely' = a prediction about impersonal causes and a deontic with 'we' "
          "meaning all states (held-out 42/43); no actor, no codable act"),
 15: ([("provide adequate financial support", "071", "org:UN", "MDG", False, D, N, False),
       ("become actively engaged", "045", "org:UN", "MDG", False, D, N, False),
       ("mediation", "045", "org:SADC", "MDG", False, A, N, True)],
      "Namibia (2011); 'The United Nations and the international community should provide adequate financial "
      "support to that country and become actively engaged in the ongoing mediation efforts' = a deontic with no "
      "request verb (guideline: 'X should do Y' codes Y with source X, demanded): financial support -> 071 and "
      "engaging in mediation -> 045, both from org:UN, the uncoded 'international community' dropped from the "
      "compound (set 120: uncoded members of a compound dropped; borderline a second pair with no source); 'that "
      "country' is Madagascar of the sentence before, as a whole -> bare MDG (borderline MDG/GOV, the 2011 "
      "transitional authority); the mediation's parties are the unnamed 'Malagasy political stakeholders' -> bare "
      "MDG (set 178: the SADC and UN 'involvement ... in the mediation' one nominal 045 each to bare MDG); 'the "
      "ongoing mediation efforts' = a realised event noun whose agent, 'the Southern African Development Community "
      "mediator', is named in the sentence before (README: an event noun whose agent is plain from the text around "
      "it is coded) -> asserted nominal 045 org:SADC -> MDG (borderline uncoded as an agentless noun); 'to ensure "
      "the full implementation of the road map' is compliance, not coded (set 138)"),
 16: ([], "Timor-Leste (2014): 'The strengthening of dialogue and tolerance and the promotion of a new diplomacy must "
          "be translated ... into actual deeds in the international arena' = an agentless deontic about abstract "
          "goals, no actor (guideline: abstract policy positions without an actor not coded)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("express firm support", "051", "KGZ/GOV", N, False, A, N, False)],
      "Kyrgyzstan (2008); 'We would also like to express firm support for the establishment of a "
      "nuclear-weapon-free zone in Central Asia' = 'express support' (guideline -> 051), 'would like to express' "
      "being performative -> asserted; the zone's founding states are not named in the sentence -> target null "
      "(set 211: Oman's support for the proposed Middle East WMD-free zone a 051 with no target; borderline one 051 "
      "per Central Asian government, Kyrgyzstan itself being a party, or uncoded as an abstract position); "
      "'would contribute to strengthening ... security' is a hypothetical outcome"),
 18: ([("stands prepared to support", "032", "SVK/GOV", "org:UNGA", False, A, N, False)],
      "Slovakia (2010); 'Slovakia stands prepared to support him' = readiness to support the President of the "
      "General Assembly, Joseph Deiss, of the sentence before (README: 'stands prepared and willing to support you' "
      "an asserted 03x; set 182: 'I assure him that Peru will constructively support his initiatives' an asserted "
      "032 to org:UNGA) -> asserted 032 to org:UNGA (borderline 030, as set 123's 'will support you')"),
 19: ([("heartened", "051", "PNG/GOV", "org:UN", False, A, N, False),
       ("call for decisive", "100", "org:UN", N, False, A, N, True)],
      "Papua New Guinea (2017); 'We are heartened by the Secretary-General's passion and call for decisive and swift "
      "action on his reform agenda' = like 'we are encouraged by' (held-out 53-61 -> 051) -> 051 to org:UN, the "
      "Secretary-General's reform agenda being welcomed rather than a reform position (set 204: support for 'the "
      "Secretary-General's reform agenda' a 051 to org:UN; set 121: welcoming Guterres's UN reforms a 051); the "
      "Secretary-General's 'call for decisive and swift action' = a request noun of a named author -> nominal 100 "
      "from org:UN with no target (set 198: the Secretary-General's 'call for ... bold and decisive urgent action' a "
      "nominal 100 from org:UN with no target); gender parity at the Secretariat is internal UN staffing, no act"),
 20: ([("efforts to meet", "071", "HUN/GOV", "org:UN", False, A, N, False),
       ("pay all", "071", "HUN/GOV", "org:UN", False, A, N, False)],
      "Hungary (1997); 'Hungary has made serious efforts to meet all its outstanding financial assessments' = "
      "paying arrears to the Organization (set 185: 'Have fully discharged all their financial obligations to the "
      "Organization' a 071 to org:UN), realised, as the rest of the sentence says it now pays in full -> 071 "
      "asserted; 'now we belong to the ... group of Member States which pay all their contributions ... in full "
      "and without conditions' = a habitual payment of current dues, a second act besides the arrears, coded for "
      "the speaker only (set 133: a group coded for the speaker; the other payers unnamed) -> habitual 071 "
      "HUN/GOV -> org:UN (borderline one 071 only, the two mentions read as one act)"),
 21: ([], "Greece (2005): 'Natural disasters, like the tsunami in Asia and the recent hurricane in the ... United "
          "States ... demonstrate ... the importance of international cooperation and the urgent need for human "
          "solidarity' = natural events, no actor, and an evaluation of cooperation in general (README: solidarity "
          "after a natural disaster is condolence, not coded)"),
 22: ([], "Nicaragua (2004): fragment 'Nations, on which we have already agreed, effective.' = the end of 'Let us "
          "begin by making the reform of the United Nations ... effective', its verb before the splitter's cut "
          "(held-out rule: fragments whose verb was cut away are not coded); 'we have already agreed' is the whole "
          "membership agreeing on UN reform ('we' meaning all states; UN-reform positions not coded)"),
 23: ([("negotiations", "046", "ISR/GOV", "PSE/GOV", False, H, N, True),
       ("international conference", "040", "PSE/GOV", N, False, H, N, True)],
      "Finland (1990); 'The road to progress may include elections, negotiations and an international conference of "
      "all interested parties, including the Palestine Liberation Organization' = possible steps, 'may include' -> "
      "hypothetical (guideline: could/may); the negotiations take their parties from the sentence before ('Israel "
      "and the Palestinians must live peacefully as neighbours') -> nominal 046 ISR/GOV -> PSE/GOV, the PLO being "
      "PSE/GOV as in earlier sets; the conference with the PLO as a named participant -> nominal 040 PSE/GOV with "
      "no target (set 176: an international peace conference 'in which the PLO must participate' a demanded 040 "
      "PSE/GOV with no target), its convenor unnamed so no 043 (null -> null); elections are no act between actors; "
      "borderline the whole list uncoded as an open list of possibilities"),
 24: ([], "Lao PDR (1999): 'developing countries, especially the least developed among them, cannot accomplish this "
          "huge task on their own and without the necessary support and assistance of the international community' "
          "= a statement of need between uncoded collectives (set 181: needs and cooperation among uncoded "
          "collectives uncoded; borderline a demanded nominal 070 with no source to LAO/GOV, the Lao PDR being one "
          "of the least developed countries, though the sentence does not say 'we' as set 202's Malawi did)"),
 25: ([("join in the appeals", "1042", "CHL/GOV", "org:UNSC", False, A, N, False)],
      "Chile (2013); 'we join in the appeals to the five countries with the right of veto to refrain from exercising "
      "that right in situations of crimes against humanity, war crimes, genocide or ethnic cleansing' = joining an "
      "unattributed call, which is the speaker's own request (set 117: joining an unattributed call is the speaker's "
      "request with no separate event for the unnamed callers), addressed to the permanent members, not named one "
      "by one -> org:UNSC (set 174 and set 211: 'the permanent members of the Security Council' -> org:UNSC; "
      "borderline one request per permanent member); what is asked is a change in how they use their veto -> "
      "1042 (borderline generic 100, or uncoded as a veto-reform position, as sets 141 and 196 left the demanded "
      "pledge not to use the veto and a call to end the veto); 'the use of the veto in such cases prevents or "
      "undermines the Council's efforts' is a generalisation, not coded"),
 26: ([], "Grenada (2002): 'We are convinced that the Republic of China on Taiwan meets the standards for United "
          "Nations membership' = a belief about a membership question (held-out 54-61: UN membership positions not "
          "coded); the call for Taiwan's membership is in the sentence before"),
 27: ([], "Thailand (2008): 'These multiple crises threaten to derail the achievements of the MDGs' = figurative "
          "(guideline: 'threat to all of us' = risk), no actor"),
 28: ([("express our appreciation", "051", "SOM/GOV", "org:UN", False, A, N, False),
       ("search for a solution", "045", "org:UN", "SOM", False, A, N, True),
       ("humanitarian support and assistance", "073", "org:UN", "SOM/CVL", False, A, N, True)],
      "Somalia (2000, the Arta Transitional National Government); 'We also wish to express our appreciation for the "
      "efforts of the world body' = thanks (guideline: thank -> 051), 'the world body' = the United Nations of the "
      "sentence before -> 051 to org:UN; 'its continued search for a solution to our political crisis' = the UN's "
      "peacemaking for Somalia, the parties unnamed -> nominal 045 org:UN -> bare SOM (set 200: 'a central role in "
      "promoting a political agreement in Yemen' a nominal 045 org:UN -> bare YEM), its agent given by the thanks "
      "(README: thanks 'for the ongoing support' gives the support its agent); 'its continued humanitarian support "
      "and assistance to the Somali people' = one aid noun covering two words (README: one aid noun covering "
      "several kinds is one event) -> nominal 073 org:UN -> SOM/CVL"),
 29: ([], "Poland (2010): 'The universal character of the United Nations enables Member States to carry out "
          "activities and achieve agreed goals' = a description of the Organization, 'Member States' an uncoded "
          "collective, no act"),
 30: ([("no\none to help", "070", N, "PLW/GOV", True, A, N, False)],
      "Palau (2005); 'when Palau does its part in ratifying an international agreement, thus accepting the "
      "obligation to render complex reports ..., there is no one to help' = a habitual complaint, in a series of "
      "'there is no one to ask/help' sentences leading to Palau's request for a UN presence: nobody provides the "
      "help -> negated 070 with no source to PLW/GOV (README: 'there are few who are willing to assist us' a negated "
      "033 with no source; set 210: 'international assistance ... fails to reach our local communities' a negated "
      "070 with no source; borderline uncoded as a generic scenario); 'when Palau does its part in ratifying an "
      "international agreement' is a generic 'whenever' clause about any agreement, not coded (borderline a "
      "habitual 057 PLW/GOV with no target); accepting reporting obligations is compliance"),
 31: ([("assistance that we need", "071", N, "GNB/GOV", False, D, N, True)],
      "Guinea-Bissau (2003); 'It is indeed financial assistance that we need, because our country and our State are "
      "destitute' = a statement of need (README: 'we require support from the international community' is demanded "
      "aid with no source to the speaker's government) -> demanded nominal 071 (financial) with no source to "
      "GNB/GOV (set 119: 'foreign financing needs ... remain significant' a demanded nominal 071; set 202: Malawi's "
      "need for assistance a demanded 071 to MWI/GOV); the donors, the 'international community' of the sentence "
      "before, are uncoded"),
 32: ([], "Russian Federation (2005): 'In no way can today's discussion be called routine' = an evaluation of the "
          "summit debate, with no actor named (guideline: event nouns without an agent, 'the meeting', not coded)"),
 33: ([("strongly support", "051", "TGO/GOV", "org:UN", False, A, N, False),
       ("proposals", "100", "org:UN", N, False, A, N, True)],
      "Togo (2000); fragment 'That is why we strongly support the proposals of', its object after the splitter's cut "
      "('Secretary-General Kofi Annan, who believes that the industrialized countries should take a number of "
      "measures for the benefit of the African countries') -> coded from the text after the cut since the verb is "
      "in the sentence (held-out rule); support for the Secretary-General's proposals = 051 to org:UN plus the "
      "proposals as a nominal 100 from org:UN (set 187: support for the Millennium Report's 'proposals' a 051 plus "
      "a nominal 100 from org:UN), their addressees the uncoded 'industrialized countries' -> target null "
      "(borderline 1031 for the debt measures of the text before)"),
 34: ([("welcomes", "051", "SYC/GOV", "USA/GOV", False, A, N, False),
       ("welcomes", "051", "SYC/GOV", "CUB/GOV", False, A, N, False),
       ("normalization", "050", "USA/GOV", "CUB/GOV", False, A, N, True),
       ("economic embargo", "163", "USA/GOV", "CUB", False, A, N, True)],
      "Seychelles (2016); 'welcomes the normalization of relations between the United States and Cuba' = a welcome "
      "of a process goes to its named parties (held-out sets: 051 to each party) -> 051 to USA/GOV and to CUB/GOV; "
      "the normalization naming its parties -> nominal 050 from the first-named (README: 'a realised normalization "
      "naming its parties (Saudi Arabia and Iran) is a nominal 050'); 'we reiterate our hope to see an end to the "
      "painful economic embargo on a sister island nation' = a hope, optative, not coded (borderline a 1054 to "
      "USA/GOV, as a reiterated call); the embargo itself is realised -> nominal 163 (README: a US 'blockade' of "
      "Cuba 163), its imposer the United States named in the same sentence (set 154: Niger's embargo inside a hope "
      "a nominal 163 from USA/GOV taken from the sentence's US-Cuba pair), on the island nation as a whole -> bare "
      "CUB (set 159: 'the economic blockade of Cuba' a nominal 163 USA/GOV -> bare CUB; borderline CUB/CVL as set "
      "154)"),
 35: ([], "Bahamas (1999): fragment '[The Bahamas had the opportunity to address the] Organization for Economic "
          "Cooperation and Development on harmful tax practices in August this year in Paris' = its verb 'address' "
          "fell before the splitter's cut (held-out rule: fragments whose verb was cut away are not coded; "
          "borderline a 040 BHS/GOV -> org:OECD); Paris is a place"),
 36: ([], "Bhutan (2015): 'A second test of our commitment to action would be whether we are able to deliver on our "
          "promises and pledges on the means of implementation for the 2030 Agenda' = 'we'/'our' meaning all states "
          "(held-out 42/43: not coded), hypothetical and with no beneficiary named"),
 37: ([("decried", "111", "JOR/GOV", "ISR/GOV", False, A, N, False),
       ("occupation", "192", "ISR/GOV", "PSE", False, A, N, True),
       ("attempts", "1712", "ISR/GOV", "PSE", False, A, N, True)],
      "Jordan (2019); 'Forty years ago my father, His Majesty the late King Hussein, ... stood in this very Hall and "
      "decried the occupation and attempts \"to eradicate from the world's memory centuries of history and "
      "tradition ...\"' = a historic act by a person named by the office he held at the time (held-out rule: coded "
      "to that office's government) -> 111 JOR/GOV (guideline: denounce -> 111); the occupation is Israel's of the "
      "Palestinian territories and Jerusalem, the 'Palestinian-Israeli conflict' named two paragraphs before and "
      "'the occupation continues' in the sentence after -> nominal 192 ISR/GOV -> bare PSE (set 207: Oman's Golan "
      "occupation takes Israel from three sentences before; set 208; borderline uncoded, as set 143, the sentence "
      "itself naming no occupier), and the decrying goes to ISR/GOV (borderline target null); the attempts to "
      "erase the Holy Land's history and tradition = altering the historical character of an occupied area "
      "(held-out rule: 'altering an occupied area's historical features is 1712'; set 128: 'a programme of "
      "systematic judaization' of Al-Quds a nominal 1712 to bare PSE) -> nominal 1712 ISR/GOV -> PSE (borderline "
      "uncoded as figurative, 'from the world's memory'); the quotation is the speaker's own Government's past "
      "statement, repeated in the speaker's voice -> reported_by null (guideline: a speaker's own past statements)"),
 38: ([], "Iceland (1993): 'the draft convention calls for increased regional cooperation in the establishment of "
          "conservation and management measures and elaborates mechanisms for the enforcement of agreed measures' = "
          "the content of a draft treaty text, a norm for fishing states with no addressee (held-out 110, 125 and "
          "181: calls with no addressee left uncoded; borderline one 101 per co-sponsor of the sentence before, "
          "ISL, ARG, CAN, CHL and NZL, as 'demands as an inanimate subject are one request per author'); "
          "'Consistent with the United Nations Convention on the Law of the Sea' is no act"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([("congratulate@1", "051", "CRI/GOV", "CHE/GOV", False, A, N, False),
       ("congratulate@2", "051", "CRI/GOV", "TLS/GOV", False, A, N, False)],
      "Costa Rica (2002); 'Allow me also to congratulate Switzerland on its recent admission to membership of the "
      "United Nations and to congratulate the Republic of Timor-Leste on its imminent admission' = two "
      "congratulations (README: 'congratulated' is 051) -> one 051 to each government (set 116: congratulating "
      "Switzerland on joining the UN is a 051 to CHE/GOV, and the joining is not coded); the admissions themselves "
      "are UN admissions, not coded (held-out 54-61), Timor-Leste's also future"),
 40: ([("is also pleased", "051", "ESP/GOV", N, False, A, N, False)],
      "Spain (1996); fragment whose subject 'Spain, one of the first signatories to ratify the Convention on the "
      "Prohibition of the Development,' fell before the splitter's cut (held-out rule: a subject cut off by the "
      "splitter is taken from the context) -> ESP/GOV; 'is also pleased that the figure of 65 ratifications "
      "necessary for its entry into force is about to be reached' = a welcome (held-out: 'We are satisfied to see "
      "that' 051) of ratifications by unnamed states -> 051 with no target (set 130: 'Cabo Verde is pleased with the "
      "number of States that have ratified' the Paris Agreement a 051 with no target); the ratifications are "
      "agentless and Spain's own ratification lies before the cut, not coded"),
 41: ([], "Myanmar (2010): 'Today, Myanmar is at a critical phase of its political transformation' = a description "
          "of a domestic process, no act between actors"),
 42: ([], "The former Yugoslav Republic of Macedonia (1999): fragment '[We expect the fifty-fourth session of the "
          "General] Assembly to successfully conclude preparations for the organization of the Millennium Assembly' "
          "= its verb 'expect' fell before the splitter's cut (held-out rule: not coded), and an expectation about "
          "the Assembly's own preparations would be a hope (borderline a 100 MKD/GOV -> org:UNGA, or a future "
          "nominal 043 org:UNGA)"),
 43: ([("perpetrated", "180", N, "IRQ", False, A, N, False)],
      "Iraq (2016); 'We look forward to the day when Iraq and the whole region are free of the criminal acts "
      "perpetrated by the Islamic State in Iraq and the Levant (ISIL)' = a hope (optative, not coded) whose "
      "complement presupposes realised terrorist acts -> 180 (guideline: unconventional violence by non-state "
      "armed groups 180; set 126: ISIL's acts coded with no source), ISIL having no code -> source null (held-out "
      "rule: ISIL / Da'esh has no code), on Iraq as a whole -> bare IRQ (borderline IRQ/CVL; 'the whole region' is "
      "not a coded actor); 'perpetrated by' is a participle with its agent, not nominal (set 116: 'organized by the "
      "Government of Brazil'; set 187: 'The visa regime imposed by France')"),
 44: ([("express our satisfaction", "051", "ARE/GOV", "SOM", False, A, N, False),
       ("invite all Somali factions", "107", "ARE/GOV", "SOM/REB", False, A, N, False)],
      "United Arab Emirates (2000); 'We also express our satisfaction at the outcome of the recent Somali "
      "reconciliation conference in Djibouti' = a welcome (held-out: 'We are satisfied to see that' 051) of a "
      "development inside a named country whose parties are not named -> 051 to bare SOM (held-out rule: such a "
      "welcome goes to the bare country); the conference is an event noun without an agent in the sentence, "
      "Djibouti named only as its venue (guideline: 'the meeting' not coded; sets 110 and 153: meetings only held "
      "at a venue uncoded; borderline a nominal 043 DJI/GOV -> SOM and a 051 to DJI/GOV, as set 183's host named "
      "with the venue); 'invite all Somali factions to reinforce national unity for the sake of restoring peace' = "
      "a request (guideline: ask -> 10x) for reconciliation -> 107 (README: advocacy of a settlement is a request "
      "107), to the unnamed factions -> SOM/REB (held-out rule: unnamed Somali factions are SOM/REB; borderline "
      "bare SOM, or generic 100)"),
 45: ([], "Suriname (2006): 'This is certainly a step forward towards an effective international response to "
          "terrorism' = an evaluation of the General Assembly's adoption of the Global Counter-Terrorism Strategy in "
          "the sentence before (set 142: 'were steps in the right direction' uncoded; set 184: 'is a beneficial step "
          "in the right direction' uncoded; borderline a 051 to org:UNGA, as set 195's welcome of the Strategy's "
          "adoption)"),
 46: ([], "Congo (2005): 'I would like to reassure you that we are fully determined to work resolutely for peace, "
          "freedom and justice throughout the world' = a commitment to general principles, after thanks for the "
          "endorsement of its Security Council candidacy (set 137 and set 193: commitments to the Charter's "
          "principles or the Organization's mission uncoded; borderline a 030 to org:UNGA, as an assurance to the "
          "Assembly's President)"),
 47: ([], "Argentina (1996): 'Argentina has actively promoted the new agenda' = the post-cold-war agenda of the "
          "paragraph before (justice, non-proliferation, sustainable development, free trade), an abstract policy "
          "position with no actor as target (guideline: not coded; borderline a 051 to org:UN, the Secretary-General "
          "having 'anticipated, promoted and reflected all this' in his Agendas for Peace and Development)"),
 48: ([], "Montenegro (2018): 'Membership in NATO has given us a strong incentive to further strengthen the rule of "
          "law' = a status (membership, joined the year before) and a domestic effect, no act (borderline a nominal "
          "057 MNE/GOV -> org:NATO for the accession, named only in the sentence before)"),
 49: ([], "Botswana (2017): 'It is as if the recent hurricanes ... were meant to underscore to the American "
          "Administration that climate change is real' = figurative; hurricanes are no actor"),
 50: ([], "United States (2000): 'There are those who say it is naive to think that the future can be made better "
          "than the past' = unnamed sayers and an opinion, no event"),
 51: ([], "Saint Vincent and the Grenadines (2001): fragment '[Following the admission of Tuvalu to the United] "
          "Nations last year, we were very close to realizing the principle of universality' = the admission noun "
          "falls before the splitter's cut and is a UN admission (held-out 54-61: not coded), and 'we' is the whole "
          "membership (held-out 42/43)"),
 52: ([("initiative", "1042", "TKM/GOV", "org:UNGA", False, A, N, True),
       ("established", "030", "org:UNGA", "TKM/GOV", False, A, N, False)],
      "Turkmenistan (2019); 'on Turkmenistan's initiative the Assembly established a new date in the global "
      "political calendar, the International Day of Neutrality' = Turkmenistan's draft resolution, an event noun "
      "with its agent -> nominal 1042 TKM/GOV -> org:UNGA (set 172: Benin's 'worked for the proclamation' of an "
      "International Year a 1042 to org:UNGA; held-out rule: a sponsor's draft resolution is its own request; "
      "borderline generic 100); the Assembly adopting the proposal -> 030 org:UNGA -> TKM/GOV (set 145: Kuwait's "
      "proposal 'adopted' by the Arab Economic Summit a 030 org:LAS -> KWT/GOV; borderline uncoded as an internal "
      "General Assembly act, or target null); 'celebrated every year' is agentless and no act between actors"),
}
