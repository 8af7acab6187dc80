"""Hand annotations for the HUNDRED-AND-EIGHTIETH held-out event gold set (source of events-heldout180.jsonl).

Keyed by the row index of selection-heldout180.jsonl (output of select_bulk_sentence_heldout.py 180; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout180.jsonl \
        --annotations annotations_heldout180 --output events-heldout180.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Cameroon (2006): 'true lasting peace can never be imposed; it can only be established through patience and "
         "a spirit of compromise' = a general maxim drawn from the Bakassi process, no actor and no act; 'can never "
         "be imposed' negates a generic possibility, not an event"),
 1: ([("put off negotiations", "046", "DOM/GOV", N, False, D, N, False)],
     "Dominican Republic (1993); 'countries such as mine can no longer put off negotiations to determine their "
     "participation in multilateral free-trade agreements, customs unions or regional markets' = a statement of "
     "necessity ('can no longer put off' = must now negotiate) for a class that names the speaker (held-out 26/27: a "
     "collective deontic naming one member is coded for that member; held-out 42/43: 'Countries such as mine require "
     "assistance' coded for the speaker) -> demanded 046 DOM/GOV, the regional blocs and trade partners unnamed -> "
     "target null; 'no longer' bears on the delay, not the negotiations, so not negated; borderline not coded as a "
     "description of the international situation, or 036 future"),
 2: ([], "Ethiopia (2018): 'We are meeting at a time when multilateralism is facing serious challenges' = 'we' the "
         "General Assembly's Members, all states (held-out 42/43: not coded); 'there has never been a time when we "
         "needed multilateralism more' is an evaluation, 'never' bearing on the time"),
 3: ([("will never waver in its support", "051", "MDV/GOV", "PSE/CVL", False, A, N, False)],
     "Maldives (2019); 'The Maldives will never waver in its support for the Palestinians and their endeavour to "
     "achieve an independent and sovereign State' = litotes, a statement of continuing support, not a negation "
     "(README: 'will not back down in our support' and 'never wavered in our support' asserted 051) -> 051 asserted "
     "to the Palestinian people -> PSE/CVL (held-out 115: support for the people's struggle 051 to PSE/CVL); "
     "borderline a future 032 (held-out 141: 'will never cease its support' future 032); the endeavour to achieve "
     "statehood is the content of the support, not coded"),
 4: ([("I urge", "102", "SWE/GOV", N, False, A, N, False)],
     "Sweden (2001); 'I urge those States which have not yet done so to ratify the Rome Statute' = a request (guideline: "
     "urge -> 10x) to ratify a treaty -> 102 (held-out 43/45: calls to ratify or join a treaty 102), addressed to an "
     "unnamed class of states -> target null, and their non-ratification uncoded (held-out 117: 'We call on all "
     "countries that have not yet done so to join the Rome Statute' a 102 with no target, its negated accession "
     "uncoded); 'It is a matter of the highest priority to have the Court operational promptly' is an agentless "
     "policy aim, not coded (borderline org:ICC as target)"),
 5: ([("continuing refusal", "120", "ISR/GOV", "PSE/GOV", False, A, N, True)],
     "Egypt (2011); 'Regrettably' is a sentence adverb, not coded (held-out 135); 'anyone with a sense of justice ... "
     "will see in Israel's actions the embodiment of its continuing refusal' = a refusal framed by imagined observers, "
     "asserted (README: a refusal framed by imagined observers is asserted); 'its continuing refusal to admit that the only way to achieve its security is by "
     "reaching a just settlement with the Palestinians through serious negotiations' = an explicit refusal "
     "(guideline: REJECT, negated false) of the negotiated-settlement premise -> generic 120, nominal, ISR/GOV, the "
     "Palestinians as the negotiating party -> PSE/GOV (borderline 125 reject negotiation, or not coded as a refusal "
     "of a belief rather than of an act); 'Israel's actions' (the settlements, violence and blockade of the sentence "
     "before) has no single code and is not coded separately; the settlement and negotiations are the refused "
     "content, not coded"),
 6: ([("do not want to talk", "125", "AZE/GOV", N, False, A, N, False)],
     "Armenia (2019); 'Unfortunately' is a sentence adverb, not coded (held-out 135); 'the Azerbaijani authorities do "
     "not want to talk to those people or negotiate with them' = unwillingness to negotiate, an explicit refusal "
     "(guideline: 'unwillingness to negotiate' is REJECT, negated false) -> 125, talk and negotiate one act; 'those "
     "people' = the people of Nagorno Karabakh (the sentences before), a breakaway entity with no code -> target null "
     "(held-out 8: Nagorno-Karabakh's victims target null; borderline ARM/CVL or AZE/CVL); 'want to have the "
     "territories' is an aim, no act"),
 7: ([("continue to advocate", "102", "ATG/GOV", N, False, F, N, False)],
     "Antigua and Barbuda (2012); 'will not give up' is resolve, not coded (held-out 6: 'will not stand by'); 'we will "
     "continue to advocate for a legally binding treaty' (the arms trade treaty of the sentence before) = advocacy, a "
     "request (README: advocacy is a request, 'we advocate the unconditional implementation' a request) for the "
     "conclusion of a treaty -> 102 (held-out 43/45), future (held-out 135: 'France will call on' a future 100), the "
     "negotiating states unnamed -> target null; borderline not coded, as held-out 142's 'Cuba will never tire of "
     "calling for this'; 'the threat that is crippling our region' (illegal firearms) is figurative (guideline)"),
 # --- UNGDC 1990-2019 random: future
 8: ([("continues to support", "051", N, "org:UN", False, A, N, False)],
     "Kenya (2016); 'How the international community continues to support the Organization ... will be integral to the "
     "success of the 2030 Agenda' = the embedded question presupposes the continuing support (README: a presupposing "
     "question codes the acts it presupposes) -> 051 with no source, the international community uncoded (guideline), "
     "to the United Nations (UN-Habitat in the sentence before) -> org:UN (held-out 132: 'full support and "
     "cooperation to revitalize the United Nations' 051 no source); borderline 070, hypothetical, or not coded as a "
     "generalisation; 'how we handle cities throughout the world' = 'we' all states, domestic policy, not coded"),
 9: ([], "Tajikistan (1998): 'We hope that at this fifty-third session there will be broad support for a resolution' = "
         "an optative hope about other Members' support (held-out 7, 32/33: hopes about others' acts not coded); the "
         "General Agreement on the Establishment of Peace and National Accord is named only as the object of "
         "implementation tasks, its parties (the Government and the United Tajik Opposition) not named in the "
         "sentence (held-out 141: agreements signed with no party named left uncoded; borderline a nominal 057 "
         "TJK/GOV -> TJK/REB)"),
 10: ([], "Paraguay (1998): 'We trust that these measures ... will assist us in recovering Paraguay's international "
          "credibility and will bring in the flow of cooperation and investment' = a hope about the effects of "
          "domestic measures; the cooperation and investment come from unnamed partners and are optative (held-out "
          "32/33: 'we count on' not coded); no act between actors"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("congratulating", "051", "SWZ/GOV", "org:UNGA", False, A, N, False)],
      "Swaziland (2012); 'I should like to begin by congratulating the President upon his election to steer the work "
      "of the Assembly' = a performative congratulation -> 051 asserted to the President of the General Assembly -> "
      "org:UNGA (held-out 48/49: commending the Assembly President's election 051 to org:UNGA); the election is "
      "agentless"),
 12: ([("massacre in Srebrenica", "202", N, "BIH/CVL", False, A, N, True),
       ("genocide in Rwanda", "202", N, "RWA/CVL", False, A, N, True),
       ("senseless terror in East Timor", "180", N, "TLS/CVL", False, A, N, True)],
      "Sweden (2000); 'The lessons learned from the chilling reports on the massacre in Srebrenica and on the "
      "genocide in Rwanda, as well as from the senseless terror in East Timor, must be put to constructive use' = "
      "the deontic bears on lessons, not coded; the three atrocities are named, realised event nouns whose agents the "
      "speech does not name (the sentence before: the Secretary-General's studies of 'our failures in Bosnia and "
      "Rwanda') -> coded with no source, one per victim population (held-out 54-61: an agentless terrorist attack 180 "
      "with no source per victim country; held-out 149: the Peshawar mass murder a nominal 202 with no source to "
      "PAK/CVL): the Srebrenica massacre 202 -> BIH/CVL, the Rwandan genocide 202 -> RWA/CVL (guideline: genocide "
      "202), the 1999 militia terror in East Timor 180 -> TLS/CVL (borderline 175 or bare TLS); borderline all "
      "uncoded, as held-out 142 left 'the atrocities in the former Yugoslavia and Rwanda' uncoded; the reports "
      "themselves are documents, not coded"),
 13: ([], "Guatemala (1994): 'we shall continue to strive to ensure that at the meeting of States parties to the "
          "Treaty on the Non-Proliferation of Nuclear Weapons to be held in 1995 the Treaty's validity should be "
          "extended indefinitely' = a position on the NPT extension with no request verb and no counterpart (held-out "
          "50/51: 'will not support any indefinite extension' of a treaty not coded); the 1995 conference is an "
          "agentless future meeting; borderline a future 102 with no target"),
 14: ([], "Indonesia (2011): 'We must persevere in strengthening the General Assembly, the Economic and Social Council "
          "... as well as the Human Rights Council' = 'we' all Member States (held-out 42/43) and a UN reform position "
          "(held-out 52/53, 54-61), not coded"),
 15: ([("The efforts of the Secretary-General", "045", "org:UN", "CYP/GOV", False, A, N, True)],
      "Paraguay (1991); 'the problem' and 'the conflict' = the Cyprus problem of the sentence before ('the good offices "
      "of the Secretary-General will lead to a solution of the Cyprus problem'); 'The efforts of the Secretary-General' "
      "= his good offices, a mediation noun with its agent -> nominal 045 org:UN (held-out 168: the Secretary-"
      "General's Cyprus efforts a nominal 045), to the Greek Cypriot-led Government -> CYP/GOV, the Turkish-Cypriot "
      "leadership having no code (held-out 4; held-out 77 row 20: 'the two parties' in Cyprus coded CYP/GOV only); "
      "the efforts 'of the international community' have no coded source and are not coded separately; 'must be "
      "matched by the parties to the conflict' = a deontic whose behaviour (matching efforts) is not a codable act "
      "(guideline: 'comply with obligations' not coded; borderline a demanded 037 CYP/GOV); coming closer together and "
      "a peaceful solution are the purpose, hypothetical and uncoded"),
 16: ([], "Guinea (2003): 'we must reaffirm our unity and promote multilaterism' = 'we' all states (held-out 42/43), an "
          "abstract deontic, not coded"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("the establishment of a multi-party", "0834", "RWA/GOV", "RWA/OPP", False, A, N, True)],
      "Rwanda (1993); 'We can already welcome the establishment of a multi-party system by the constitutional review of "
      "10 June 1991' = the speaker's welcome of its own government's past reform: the welcome of one's own act is not "
      "coded (borderline a 051 to bare RWA, held-out 65: a welcome of a development inside a named country goes to "
      "the bare country); the reform itself = a change of regime institutions -> nominal 0834 (held-out 126: 'The "
      "apartheid system finally has been abolished' an agentless 0834; held-out 170: decisions empowering West "
      "Papuans a nominal 0834), its agent the government that made the constitutional review -> RWA/GOV (borderline no "
      "source), to the political parties it admitted ('thanks to which 17 political parties were agreed upon', the "
      "opposition parties later in the transition Government) -> RWA/OPP (borderline RWA/CVL as in held-out 126, or "
      "not coded as the speaker's own domestic reform); 'were agreed upon' is the same reform's result, not coded "
      "separately"),
 18: ([], "Colombia (2018): 'I want that proposed agreement to be based in legality' = the President's wish for the "
          "domestic 'pact for Colombia' offered to Colombians (the sentence before), an optative about a domestic "
          "policy, no act between actors"),
 19: ([], "Eritrea (2001): 'We face the challenge of meeting the hopes and great expectations of our people and of the "
          "international community' = a description, no act"),
 20: ([], "Israel (2004): 'Iran — with missiles that can reach London, Paris, Berlin and southern Russia — poses a threat "
          "not only to the security of Israel, but to the security and stability of the whole world' = a threat as "
          "risk (guideline: figurative 'threat to all of us'), missile capability described as possession, not a "
          "launch or build-up; 'The international community now realizes' is a cognition of an uncoded collective; "
          "borderline a nominal 138 IRN/GOV -> ISR/GOV or a 154; London, Paris and Berlin are places"),
 21: ([("have signed on to the treaty", "057", "WSM/GOV", N, False, A, N, False)],
      "Dominica (2014); 'Twenty of the 30 members of the Alliance of Small Island States have signed on to the treaty' "
      "(the treaty establishing SIDS DOCK as an international organization, sentence before) = signing a multilateral "
      "treaty -> 057 with no target (held-out 44/45: joining the NPT 057 with no target); AOSIS has no code and the "
      "twenty signatories are unnamed, so the event is coded per member the document names as a signatory (held-out "
      "12/13, 18/19: a group without a code is each member the document names): the text after thanks 'the host "
      "country, Samoa, the other Member States that are signatories' -> WSM/GOV only (borderline a second 057 from "
      "DMA/GOV, the SIDS DOCK Steering Committee chair, whose own signing the speech does not state, or not coded "
      "as an uncoded collective's act)"),
 22: ([("we welcome", "051", "TTO/GOV", "USA/GOV", False, A, N, False),
       ("we welcome", "051", "TTO/GOV", "IRN/GOV", False, A, N, False),
       ("the nuclear deal", "057", "USA/GOV", "IRN/GOV", False, A, N, True),
       ("negotiated", "046", "USA/GOV", "IRN/GOV", False, A, N, False)],
      "Trinidad and Tobago (2015); 'we welcome the nuclear deal negotiated by the United States, its partners and the "
      "Islamic Republic of Iran' = a welcome of an agreement -> 051 to each named party (README: welcoming several "
      "developments 051 to each named party), 'its partners' (the rest of the P5+1, unnamed) dropped (guideline "
      "compound rule; held-out 12/13); the welcome of an agreement between named parties codes the agreement too "
      "(README) -> the JCPOA a nominal 057 from the first-named, USA/GOV -> IRN/GOV; 'negotiated by' = a "
      "participle with its agents named -> 046, not nominal (held-out 116: a participle is not nominal; held-out "
      "141: the JCPOA 'negotiated in Vienna' a 046), symmetric from the first-named (borderline the 046 folded into "
      "the 057)"),
 23: ([("we proposed", "0356", "CYP/GOV", "TUR/GOV", False, A, N, False),
       ("withdrawal of all foreign troops", "0874", "TUR/MIL", "CYP", False, H, N, True),
       ("as demanded by", "1056", "org:UN", "TUR/GOV", False, A, N, False)],
      "Cyprus (1996); 'we proposed ... the complete demilitarization of the Republic of Cyprus, in which we have offered "
      "to disband the National Guard of Cyprus and hand over all weapons to an international force' = one offer, "
      "the proposal and its content coded once (guideline: a repeated mention coded once), an explicit intent stated "
      "as a fact (guideline: 'proposed shipping' 03x asserted) to demobilize -> express intent to de-escalate "
      "military engagement 0356, addressed to the other side of the Cyprus problem, Turkey (the text after: '35,000 "
      "Turkish troops', 'the invasion and occupation ... by Turkish forces') -> TUR/GOV (borderline target null, or "
      "two events); 'in exchange for the complete withdrawal of all foreign troops' = the condition of the offer, a "
      "hypothetical nominal 0874 from the Turkish troops to the country (held-out 177: the withdrawal of the Turkish "
      "occupation troops a hypothetical nominal 0874 TUR/MIL -> CYP); 'as demanded by the relevant United Nations "
      "resolutions' = a request of a named author in the passive (README: 'steps requested by the Committee of Experts') -> 1056 (guideline: withdrawal is "
      "de-escalation), 'United Nations resolutions' -> org:UN (held-out 146; borderline org:UNSC), to TUR/GOV; the "
      "international force is unnamed, not coded"),
 24: ([], "Sudan (2015): 'my delegation calls for strengthening and supporting regional mechanisms and enhancing "
          "preventive diplomacy to address all conflicts' = a call with no addressee on a general policy (held-out "
          "110: calls with no addressee left uncoded; held-out 52/53), not coded (borderline a generic 100 with no "
          "target)"),
 25: ([("shares his concerns", "051", "MYS/GOV", "org:UN", False, A, N, False)],
      "Malaysia (2002); 'his' = the Secretary-General (sentence before: 'I also thank the Secretary General for his "
      "statement'); 'Malaysia shares his concerns over the four issues identified as threats to world peace' = "
      "agreeing with and endorsing another's stated view (README: 'I agree with Merkel that ...' 051; held-out 147: "
      "'We endorse ... the concern expressed in your statement' 051 to org:UNGA) -> 051 to org:UN; borderline an "
      "uncoded 01x concern (held-out 76 row 11: 'shares the concern' not coded); the threats are risks "
      "(guideline)"),
 26: ([("We commend", "051", "SDN/GOV", "org:UN", False, A, N, False)],
      "Sudan (1997); 'We commend the genuine endeavours of the' = a fragment whose verb is in the sentence and whose "
      "object the splitter cut off, coded from the text after the cut (README, sets 104-109: such a fragment is coded "
      "from the text after): 'Secretary-General to reform the United Nations system' -> praise 051 to org:UN (held-out "
      "121: welcoming Guterres's UN reforms 051 to org:UN); the reform itself is a UN reform position, not coded"),
 27: ([], "Togo (1993): 'I express the hope that both protagonists [the Angolan Government and UNITA] ... renounce the "
          "use of force and find a final and negotiated solution to the conflict' = an optative hope about other "
          "actors' acts (held-out 7: a hope about another actor's act not coded; held-out 112: an optative settlement "
          "uncoded), not a request verb; borderline a 1056 per party, AGO/GOV and AGO/REB; the war is in the sentence "
          "before"),
 28: ([], "Malawi (2014): the sentence starts at 'Partnership for Effective Development Cooperation to help realize "
          "that cause' (the splitter cut after 'Malawi will use its position as Chair of the Global'); the verb lies "
          "before the cut and 'help realize that cause' (the post-2015 agenda) has no counterpart; not coded"),
 29: ([], "Colombia (1997): 'There seems to be no interest in making progress on fundamental agreements to restrict "
          "the conventional arms markets run by the world's merchants of war' = an agentless evaluation; the 'merchants "
          "of war' are unnamed; no act between actors"),
 30: ([("Welcoming the role", "051", "COD/GOV", "COD/MED", False, A, N, False),
       ("determined to encourage and support", "032", "COD/GOV", "COD/MED", False, A, N, False)],
      "Zaire (1992, the transition Government); 'Welcoming the role played by the free press in the evolution of "
      "democracy in our country' = a welcome of a named actor's role -> 051 to the press -> COD/MED (README: a news "
      "agency is its country's MED); 'the Government is determined to encourage and support the media so that they "
      "can play their full role in all freedom' = an intent stated as a fact (guideline: 03x asserted; held-out 77 row "
      "38: 'is determined to become ... involved' asserted 03x) of political support -> 032 to COD/MED (borderline "
      "033 material aid, or not coded as a domestic policy)"),
 31: ([], "Iraq (2000): a fragment cut by the splitter, 'Besides being a threat to peace and security in the' = a threat "
          "as risk (guideline), its subject (Israel's arsenal, the sentence before) outside the sentence; not coded"),
 32: ([], "Estonia (1994): 'The spirit of international cooperation sets a fine example for all of us' = an evaluation of "
          "the Baltic Sea rescue cooperation named in the sentence before, no party named in the sentence"),
 33: ([("to reaffirm", "0334", "NPL/GOV", "org:UN", False, A, N, False)],
      "Nepal (1995); 'I stand here today to reaffirm Nepal's continued response to any call for a contribution to the "
      "peace efforts of the United Nations' = a reaffirmed commitment stated as a fact (README: commitments stated "
      "as facts asserted 03x) to keep contributing troops, observers and police to UN peacekeeping (the sentence "
      "before) -> intent to provide peacekeeping 0334 (held-out 153: committed to support UN peacekeeping 0334 "
      "asserted to org:UN; held-out 133: readiness to increase contributions to UN missions 0334) to org:UN; "
      "borderline 030 with no target (held-out 144: 'never hesitated to respond unconditionally to demands for "
      "sacrifices'); the calls are hypothetical UN requests, not coded"),
 34: ([], "Moldova (2004): 'I would like to add my voice to those who have repeatedly warned in recent years of the "
          "danger posed by aggressive separatism' = a warning of a danger, not a threat (held-out 48/49: 'issues a "
          "warning' about harm is not a threat), a 01x statement echoed from unnamed speakers; the separatists are not "
          "named; borderline a 111 to MDA/REB"),
 35: ([("We reaffirm our unswerving", "051", "MLI/GOV", "PSE/CVL", False, A, N, False)],
      "Mali (1998); 'We reaffirm our unswerving support for the just struggle of the fraternal Palestinian people to "
      "realize their legitimate right to self-determination and to establish an independent State' = verbal support "
      "(guideline: 051) -> to the Palestinian people -> PSE/CVL (held-out 115: support for its people's struggle 051 to "
      "PSE/CVL); the struggle itself is not coded (borderline a nominal 140, as held-out 101's ANC struggle)"),
 36: ([("I warmly welcome", "051", "SWE/GOV", "org:UN", False, A, N, False),
       ("assure him", "030", "SWE/GOV", "org:UN", False, A, N, False)],
      "Sweden (2002); 'I warmly welcome her successor, Mr. Sergio Vieira de Mello' = the new UN High Commissioner for "
      "Human Rights (sentence before) -> welcoming an appointment 051 to the appointee (README), an official of "
      "the Secretariat -> org:UN (no code for the Office of the High Commissioner; borderline a new org code); "
      "'assure him of our continued cooperation and support' -> one 030 (README: an assurance of 'support and "
      "cooperation' is one 030) to org:UN"),
 37: ([("I wish to join", "051", "KHM/GOV", "org:UN", False, A, N, False),
       ("have already expressed", "051", N, "org:UN", False, A, N, False)],
      "Cambodia (2016); 'I wish to join those who have already expressed our collective gratitude to ... Mr. Ban "
      "Ki-moon' = the speaker's own thanks -> 051 to the Secretary-General -> org:UN, plus the earlier speakers' "
      "thanks, unnamed -> 051 with no source (held-out 111: 'Add Seychelles' voice to those who have congratulated' "
      "the speaker's 051 plus a 051 with no source); 'has spared no effort to preserve peace where it is threatened "
      "and to restore it where violence is raging' = litotes for his peace efforts, with no party or place named, "
      "not coded (borderline a 045 org:UN with no target)"),
 38: ([("played a leading role in conducting", "045", "org:UN", "PRT/GOV", False, A, N, False),
       ("played a leading role in conducting", "045", "org:UN", "IDN/GOV", False, A, N, False),
       ("the negotiations between Portugal and Indonesia", "046", "PRT/GOV", "IDN/GOV", False, A, N, True),
       ("the signing of the agreement", "057", "PRT/GOV", "IDN/GOV", False, A, N, True)],
      "Timor-Leste (2018); 'As Secretary-General, Kofi Annan played a leading role in conducting the negotiations "
      "between Portugal and Indonesia' = a historic act of a person named by the office held at the time (held-out 5) "
      "-> org:UN, mediation of talks -> 045 to each party (held-out 133: Germany 'played a key role in drafting' a 045; "
      "held-out 32/33: UN mediation 045 to each party); the negotiations = a negotiation noun naming its parties -> "
      "nominal 046 from the first-named (held-out 76 row 26); 'the signing of the agreement of 5 May 1999' = the New "
      "York agreements between the same parties -> nominal 057 PRT/GOV -> IDN/GOV (borderline org:UN as a third "
      "party); the popular consultation is a referendum, not an act between actors"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Morocco (2012): a fragment cut by the splitter, 'Given the current changes in the world, we, the', no verb; "
          "not coded"),
 40: ([], "Romania (2018): 'We still have to work on making the whole United Nations system, including the Security "
          "Council, truly coordinated, efficient ...' = 'we' all Member States and a UN reform position (held-out "
          "52/53, 54-61), not coded"),
 41: ([], "Marshall Islands (2004): the sentence starts at 'Commission on Sustainable Development focused on water, "
          "sanitation and human settlements' (the splitter cut after 'We were pleased that the twelfth session of "
          "the'); the welcome verb lies before the cut (held-out 120: a congratulation whose verb fell before the cut "
          "left uncoded), and a commission's choice of focus is no act between actors; borderline a 051 to org:UN"),
 42: ([], "Czech Republic (2017): 'He simply predicted the gradual emergence of conflicts among various types of "
          "civilizations' = Huntington's prediction, a scholar's statement about abstract conflicts; not coded"),
 43: ([], "Chile (2007): 'The establishment of a fairer and more humane international order will be possible only if we "
          "place respect for the dignity of the human person at the heart of the debate' = a generic conditional, "
          "'we' all states, no act"),
 44: ([], "Slovakia (1994): 'wishing much success to this year's session of the General Assembly' = well-wishing "
          "(README), not coded"),
 45: ([], "Malta (2002): disparities of wealth fuel the movement of people 'into the hands of unscrupulous individuals' "
          "= migration and smuggling between uncoded parties, an inanimate subject; not coded"),
 46: ([], "Mongolia (2009): 'Mongolia was the first country to adopt ... its own ninth MDG, on strengthening human "
          "rights, fostering democratic governance and zero tolerance to corruption' = a domestic policy goal (held-out "
          "134: domestic programmes left uncoded), no counterpart"),
 47: ([("congratulate", "051", "NGA/GOV", "org:UNGA", False, A, N, False)],
      "Nigeria (1992); 'On behalf of the Nigerian delegation, I congratulate you' = 'you' the President of the General "
      "Assembly ('on your election as President of the United Nations General Assembly', text after the cut) -> a "
      "performative congratulation 051 to org:UNGA (held-out 48/49)"),
 48: ([], "Bolivia (2007): 'I think it is important to create people's power' = a domestic political aim, no act "
          "between actors"),
 49: ([("I am grateful", "051", "LIE/GOV", "org:UN", False, A, N, False)],
      "Liechtenstein (2013); 'I am grateful for the leadership of the Secretary-General' = thanks (guideline: thank "
      "051) to the Secretary-General -> org:UN (held-out 48/49)"),
 50: ([("participates in peacekeeping", "074", "ALB/GOV", "AFG", False, A, N, False),
       ("participates in peacekeeping", "074", "ALB/GOV", "BIH", False, A, N, False),
       ("participates in peacekeeping", "074", "ALB/GOV", "IRQ", False, A, N, False),
       ("participates in peacekeeping", "074", "ALB/GOV", "TCD", False, A, N, False)],
      "Albania (2009); 'Albania participates in peacekeeping missions in several international operations in the "
      "framework of the United Nations and other regional security organizations, such as in Afghanistan, Bosnia, "
      "Iraq, Chad and other countries' = peacekeeping contributions -> 074 (held-out 48/49: troops in ISAF or UNIFIL are "
      "074 to the host country; held-out 130: Italy's peacekeeping 074 to bare AFG), one per host country named "
      "(guideline compound split), bare country codes; 'Albania' -> ALB/GOV (borderline ALB/MIL); the framework "
      "organisations are not split out as sources (borderline org:UN and org:NATO); 'other countries' unnamed, "
      "dropped"),
 51: ([], "Iraq (2019): 'The ongoing tragic situation in Syria ... requires effective efforts to allow Syrians to arrive "
          "at a permanent political solution' = an agentless statement of need with no named provider and the Syrians "
          "as a whole as the parties, null-null (held-out 54-61: acts between uncoded collectives left uncoded; "
          "borderline a demanded 045 with no source to bare SYR); 'without any guardianship or interference' is part "
          "of the aim, not a negated event"),
 52: ([], "Antigua and Barbuda (2003): 'We have often repeated statistics on human living conditions, but it seems to "
          "be just a recitation' = a speech act of all speakers, no act between actors"),
}
