"""Hand annotations for the HUNDRED-AND-NINETY-FIRST held-out event gold set (source of events-heldout191.jsonl).

Keyed by the row index of selection-heldout191.jsonl (output of select_bulk_sentence_heldout.py 191; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout191.jsonl \
        --annotations annotations_heldout191 --output events-heldout191.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Cuba (1997): 'A handful of the rich will never be able to represent the vast multitudes' = an evaluation "
         "of an uncoded group's capacity, not a negated event; 'cultural transnationalization imposes an information "
         "order' has an abstract, inanimate subject and no actor; not coded"),
 1: ([], "Portugal (1994): 'signs that the hopes of its people with regard to the peace process will not be "
         "disappointed' = an optative evaluation of Mozambique's peace process, no act between actors; 'will not be "
         "disappointed' negates a sentiment, not an event"),
 2: ([("have not been supported", "051", "org:IMF", "ARG/GOV", True, A, N, False),
      ("has denied us any kind of aid", "122", "org:IMF", "ARG/GOV", False, A, N, False),
      ("ignoring", "030", "ARG/GOV", "org:IMF", True, A, N, False),
      ("contradicting", "120", "ARG/GOV", "org:IMF", False, A, N, False),
      ("recommendations", "100", "org:IMF", "ARG/GOV", False, A, N, True)],
     "Argentina (2006); 'We cannot but point out' is the speaker's own statement (litotes), not coded; 'these "
     "achievements have not been supported by the International Monetary Fund' = a passive with its agent named, "
     "plain negation of a support verb (held-out 6: 'we do not support efforts' a negated 051; held-out 187: a "
     "negated 051) -> negated 051 org:IMF -> ARG/GOV, the achievements being the Government's economic policy "
     "(borderline a negated 070, folded into the refusal that follows); 'which has denied us any kind of aid' = an "
     "explicit refusal (guideline: REJECT, negated false) of material aid -> 122 (held-out 136: donors' "
     "reservations about providing assistance a nominal 122; borderline 1221 economic aid, the IMF's aid being "
     "financial); 'they are in many cases the result of ignoring or even contradicting its recommendations and "
     "conditionalities' = Argentina's own realised disregard of the IMF's demands, presupposed as the cause of the "
     "achievements -> asserted: 'ignoring' the recommendations is a negated 030 (held-out 173: 'continuing to "
     "ignore the Syrian proposals' a negated 030; guideline: not responding to a call), 'or even contradicting' a "
     "REJECT 120 (borderline 128, or one event for the disjunction; held-out 77 row 25: 'either ... or' gives both "
     "acts); 'its recommendations and conditionalities' = the IMF's demands on Argentina -> one nominal 100 "
     "org:IMF -> ARG/GOV (held-out 143: 'Recommendations made by the Secretary-General' a nominal 100; same code and "
     "pair for the conditionalities, coded once)"),
 3: ([], "Dominican Republic (2016): 'those countries' = the developed countries of the sentence before (an uncoded "
         "collective); 'refuse to reduce protectionism within their borders' and 'they require that from their "
         "counterparts in developing countries' run between uncoded collectives (held-out 54-61: acts between "
         "uncoded collectives left uncoded; borderline a 1211 with no source and a 1011 with no source to DOM/GOV, "
         "the speaker's country being one of the FTA counterparts); 'were protected' is agentless"),
 4: ([], "Cape Verde (2011): 'unequivocally supports an increase in the number of permanent members of the Security "
         "Council' = a UN reform position (held-out 54-61: UN reform positions not coded; borderline 051 to "
         "org:UNSC); 'the world is no longer as it was' is a description"),
 5: ([], "Guyana (2017): 'This is a warning to the world, through the Assembly, that peace will be jeopardized in our "
         "region if justice does not prevail' = a warning about a risk addressed to the world, not a threat by the "
         "speaker (held-out 48/49: 'issues a warning' about harm is not a threat; guideline: threat as risk), 01x, "
         "not coded; 'its border controversy with Guyana' names a dispute, not an act (borderline a nominal 1053 "
         "VEN/GOV -> GUY/GOV for the Venezuelan claim of the text before)"),
 6: ([("adhered to international instruments", "057", "ECU/GOV", N, False, A, N, False)],
     "Ecuador (2008); 'has not only adhered to international instruments in that field' = accession to the "
     "disarmament and non-proliferation treaties of the sentence before -> 057 with no target (held-out 48/49: "
     "joining the NPT 057 with no target); 'not only ... but also' is no negation (held-out 165: 'has not only "
     "rejected' asserted); 'supports and carries out all the obligations emanating from those instruments' = "
     "compliance with treaty obligations, not coded (held-out 131: compliance not coded; borderline 051 with no "
     "target)"),
 7: ([("denounced by my Government", "111", "GNQ/GOV", N, False, A, N, False),
      ("the invasion of my country", "192", N, "GNQ", False, A, N, True)],
     "Equatorial Guinea (2007); 'these facts' = the 2004 mercenary invasion operation whose masterminds were "
     "'leaders of Governments of States Members of the United Nations' (sentence before), never named in the "
     "speech; 'were denounced by my Government' = a passive with its agent named -> 111 GNQ/GOV, the denounced "
     "masterminds unnamed -> target null (borderline uncoded as a denunciation of facts); 'we have not had any "
     "condemning reaction from specific Member States or friendly countries in criticism of the barriers to "
     "bringing to justice the perpetrators' = a negated condemnation whose source is an uncoded class of states "
     "and whose target (whoever raises the barriers) is unnamed, null-null, left uncoded (held-out 122, 174: acts "
     "null to null uncoded; borderline a negated nominal 111 with no source and no target); 'the perpetrators' is "
     "an agent noun, not coded; 'had the invasion of my country been successful' = a counterfactual about the "
     "invasion's success that presupposes the attempted operation -> nominal 192 (guideline: invade 192) with no "
     "source (the mercenary groups and their sponsors have no code, held-out 143: the 2004 coup plot a 130 with no "
     "source to bare GNQ) to the country as a whole -> GNQ, asserted (borderline hypothetical, the invasion never "
     "having taken place, or 180 as a mercenary attack); 'they would probably be happier' is a sentiment"),
 # --- UNGDC 1990-2019 random: future
 8: ([("will be hosting", "036", "ECU/GOV", "org:UN", False, F, N, False)],
     "Ecuador (2015); 'In October 2016 we will be hosting the United Nations Conference on Housing and Sustainable "
     "Urban Development' (Habitat III, Quito) = future hosting -> 036 future (guideline: future meetings and "
     "hosting 036; held-out 125: hosting a meeting of a UN committee a future 036 to org:UN) to org:UN (held-out "
     "118: a UN summit hosted is to org:UN; borderline target null); 'which is held only every 20 years' is "
     "agentless"),
 9: ([], "Armenia (2015): 'I am confident that ... this jubilee session will meet our many hopes and expectations' = "
         "a confident hope about the session, no act (held-out 123: a confident prediction is a hope, not coded); "
         "'under your able leadership' is praise folded into the hope (borderline 051 to org:UNGA)"),
 10: ([("to support the multilateral system", "051", N, "org:UN", False, D, N, False),
       ("provide it with adequate resources", "071", N, "org:UN", False, D, N, False)],
      "Jamaica (2003); 'There is need for a revitalization in the commitment and political will of Member States to "
      "support the multilateral system and provide it with adequate resources' = a statement of need (held-out "
      "46/47: statements of need demanded; held-out 132: 'All Member States should strive to extend their full "
      "support and cooperation to revitalize the United Nations' a demanded 051 and 050 with no source to org:UN) "
      "-> the Member States an uncoded collective -> source null; 'the multilateral system' = the United Nations "
      "of the surrounding text (the Assembly, 'the responsibilities of membership') -> org:UN (borderline target "
      "null, the system being broader); support -> demanded 051 (borderline 070), adequate resources = financial "
      "contributions -> demanded 071 (held-out 127: financially supporting the UN 071; borderline 070)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("intensify pressure", "170", N, "ZAF/GOV", False, D, N, False)],
      "Uganda (1990); 'I must emphasize the obligation of all member countries to intensify pressure upon the "
      "apartheid regime in South Africa' = a deontic with no request verb (guideline: demanded codes Y) -> coerce "
      "170 (held-out 22/23: a 'pressure campaign' a nominal 170; held-out 134: 'The same just severity must be shown' a demanded "
      "170 with no source), source 'all member countries', an uncoded collective -> null, target the apartheid "
      "regime -> ZAF/GOV (borderline not coded, 'all member countries' including the speaker's, as 'we' meaning "
      "all states; borderline a realised nominal 170 presupposed by 'intensify'); 'to hasten the end of that "
      "affront' is the purpose"),
 12: ([("congratulate", "051", "GMB/GOV", "org:UNGA", False, A, N, False)],
      "Gambia (1991); 'I should like to congratulate Ambassador Shihabi on his election as President of the General "
      "Assembly' = a performative congratulation -> 051 asserted to org:UNGA (held-out 48/49: commending the "
      "Assembly President's election 051 to org:UNGA); 'whose hopes and survival are reposed in the United Nations "
      "system' is a description"),
 13: ([], "Philippines (2002): 'the flip side of the development coin should be greater restraint, care and "
          "flexibility in the use of conditionalities' = a deontic about the conduct of unnamed donors towards "
          "developing countries, null-null, not coded (borderline a demanded 100 with no source and no target); "
          "'increased funding sources for developing countries' is likewise between uncoded collectives"),
 14: ([], "Sweden (1997): 'Long-term prevention should address the root causes of conflict' = an abstract deontic, no "
          "actor"),
 15: ([], "Swaziland (2000): 'One of the priorities for the United Nations should be an effective ... implementation "
          "and follow-up of all these conferences' = a deontic about the UN's follow-up of its own conferences, no "
          "codable behaviour (guideline: 'comply with obligations' is not coded; borderline a demanded 030 from "
          "org:UN with no target)"),
 16: ([("urge", "102", "ARG/GOV", N, False, A, N, False)],
      "Argentina (2008); a fragment cut by the splitter, 'In that context, I would like to urge that the'; the verb "
      "is in the sentence and the object after the cut (held-out 102-109: a fragment whose object was cut off is "
      "coded from the text after when its verb is in the sentence): '[International Convention for the Protection "
      "of All Persons from Enforced Disappearance] be ratified by all countries that have signed it' -> a request "
      "(guideline: urge -> 10x) to ratify a treaty -> 102 (held-out 43/45: calls to ratify or join a treaty 102), "
      "addressed to an uncoded class of signatories -> target null (held-out 117: 'We call on all countries that "
      "have not yet done so to join the Rome Statute' a 102 with no target), 'would like to' performative -> "
      "asserted"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("commend", "051", "EST/GOV", "org:UN", False, A, N, False)],
      "Estonia (1995); 'I would like to single out and commend the work of the Economic Commission for Europe (ECE) "
      "and other regional commissions' = praise (guideline: commend 051), 'single out and commend' one act; the "
      "ECE and the other regional commissions are United Nations regional commissions -> org:UN, coded once "
      "(README choices: hosting a session of a UN regional commission is to org:UN; borderline a new org:ECE), "
      "'would like to' performative -> asserted"),
 18: ([], "Singapore (2018): 'We also want to send a powerful message that' is a statement (01x); 'ASEAN member States "
          "and our six partners ... stand for and are committed to free trade, regional integration and international "
          "cooperation' = commitments to abstract principles with no counterpart act (held-out 137: reaffirmed "
          "commitments to the Charter uncoded; borderline a 030 from org:ASEAN and each of the six partners, or a "
          "0311 for the RCEP negotiations)"),
 19: ([("Palestinian suicide bombings", "1831", "PSE/REB", "ISR/CVL", False, A, N, True),
       ("military occupation", "192", "ISR/GOV", "PSE", False, A, N, True)],
      "Malta (2004); 'the perpetrators of Palestinian suicide bombings' = an agent noun (not coded) around an event "
      "noun whose agent the adjective names -> nominal suicide bombing 1831 (guideline: nominal events with an "
      "explicit agent), the Palestinian armed groups -> PSE/REB (README choices: unnamed suicide bombers said to "
      "support the Palestinian cause are PSE/REB; guideline: Hamas PSE/REB), the victims plain from the two sides "
      "of the sentence ('on both sides', Israelis and Palestinians in the text before) -> ISR/CVL (borderline "
      "target null, or 183); 'Israeli advocates of a continuing and forceful military occupation of Palestinian "
      "territories' = an advocacy (a position, not coded; the advocates have no code) of an occupation that is "
      "realised and continuing -> nominal 192 (guideline) ISR/GOV -> bare PSE (held-out 22/23: 'Israeli-occupied "
      "Golan' a nominal 192; borderline ISR/MIL, or not coded as the object of an advocacy); 'do have a "
      "counterbalance on both sides, as manifested by the Geneva Initiative' = the unofficial Geneva Accord, "
      "whose authors the speech never names, left uncoded (held-out 129, 177: agreements between unnamed parties "
      "uncoded; borderline a nominal 057 ISR/OPP -> PSE/GOV)"),
 20: ([], "Nigeria (1994): 'new opportunities for the United Nations to redouble its efforts and contributions to the "
          "quest for peace and security' = opportunities, an evaluation of a changed world, no act asserted"),
 21: ([], "Ghana (1999): 'we also commemorate the tenth anniversary of the adoption by this Assembly of the "
          "Convention on the Rights of the Child' = a commemoration (held-out 135: an anniversary left uncoded); the "
          "adoption is an internal decision of the Assembly with no counterpart (borderline a nominal 057 from "
          "org:UNGA with no target); 'by which all Member States pledged to promote and protect the rights of "
          "children' = 'all Member States' meaning all states (held-out 130: 'we all pledged' meaning all states "
          "uncoded) and a domestic commitment"),
 22: ([], "Nigeria (2016): the livelihoods of the Lake Chad Basin 'are being severely threatened' by climate change = "
          "a figurative threat (guideline: threat as risk), no actor"),
 23: ([("urging", "106", "TON/GOV", N, False, A, N, False)],
      "Tonga (2006); 'We join others in urging World Trade Organization member countries to maintain their "
      "commitment ..., preserve progress that has been achieved and to continue with the negotiations' = the "
      "speaker's own request (held-out 117: joining an unattributed call is the speaker's request; the 'others' "
      "unnamed, so no nominal request of theirs), to the WTO membership, an uncoded collective -> target null "
      "(held-out 148: a call on 'all trading partners' about the WTO agenda a 1042 with no target; borderline "
      "org:WTO); a request verb with several demands takes the most specific sub-code (held-out 9): resuming the "
      "suspended Doha Round negotiations -> 106 (borderline 1042 for policy commitment); Y not coded separately "
      "(guideline)"),
 24: ([], "Sri Lanka (1991): 'Me [We] are meeting at a historic period in world affairs' = the Assembly's session, "
          "'we' meaning all states (held-out 42/43), not coded"),
 25: ([("development cooperation", "061", "ETH/GOV", "org:UN", False, A, N, True)],
      "Ethiopia (2015); 'we have also made the best use of the development cooperation we have had with the United "
      "Nations and our other partners' = a cooperation noun naming its parties (held-out 10/11: cooperation nouns "
      "nominal) whose content is development cooperation -> economic cooperation 061 (held-out 148: 'fruitful "
      "cooperation' with lenders a nominal 061; held-out 149: UNDP's country cooperation framework a nominal 061; "
      "borderline 050 under the plain cooperation-noun rule, or 070 as aid), ETH/GOV -> org:UN; 'our other "
      "partners' uncoded, dropped (guideline compound rule); 'made the best use of' is no act between actors"),
 26: ([("set off", "1832", "COL/REB", "COL/JUD", False, A, N, False),
       ("destroyed the palace of justice", "1712", "COL/REB", "COL/JUD", False, A, N, False),
       ("destroyed@2", "1712", "COL/REB", "COL/CVL", False, A, N, False)],
      "Colombia (2008); 'a car bomb set off by FARC' = the September 2008 bombing of the Cali palace of justice -> "
      "car bombing 1832, a passive participle with its agent named, not nominal (held-out 187: a participle is not "
      "nominal), the FARC -> COL/REB (README choices: Colombia's unnamed armed groups COL/REB), target the palace of "
      "justice, i.e. the judiciary -> COL/JUD (README choices: the Haitian judiciary JUD; held-out 134: the mortar attack "
      "on Downing Street to GBR/GOV, the building's occupant; borderline COL/CVL for the victims, or bare COL); "
      "'which destroyed the palace of justice' -> destroy property 1712 beside the bombing (held-out 134: the "
      "destruction of infrastructure a 1712 beside the 190), and 'many poor families with their small businesses "
      "and homes destroyed' a second 1712 to the civilians -> COL/CVL (borderline both folded into the bombing as "
      "its results); 'left several people dead and others injured' = the bombing's casualties, folded in as results "
      "(held-out 147: deaths folded into the attack; borderline a separate 1823 to COL/CVL); 'our tranquillity in "
      "the absence of terrorist attacks was shattered' is the same bombing, coded once"),
 27: ([], "Comoros (2012): 'We need to honour the commitments made to the countries of the South by implementing ... "
          "the agreements on emissions' = 'we' meaning the developed or all states (held-out 42/43), commitments "
          "between uncoded collectives (held-out 116: unfulfilled aid promises between uncoded collectives "
          "uncoded; borderline a demanded 030 with no source and no target); the agreements are named only as "
          "objects"),
 28: ([], "China (2005): 'We support the coordinating role of the Economic and Social Council in development-related "
          "areas' = in the speech's paragraph on United Nations reform ('Development should be a main focus of "
          "United Nations reform') a reform position on an organ's role, not coded (held-out 118: support for the "
          "proposed Peacebuilding Commission uncoded as a UN reform position; borderline 051 to org:UN, as held-out "
          "140's support for the Secretary-General's reform direction)"),
 29: ([], "DR Congo (1997): 'They are hostage-takers' = 'they' the armed bands of the sentence before (ex-Rwandan "
          "army and militias), an agent noun describing past acts whose victims are not named (held-out 58 row 39: "
          "an agent noun for a past act not coded; borderline a nominal 181 RWA/REB with no target); 'no one has "
          "the right to ignore that' is a norm for all"),
 30: ([], "Tunisia (2008): rising oil and food prices 'threatened world food security' = a figurative threat "
          "(guideline), no actor"),
 31: ([("Such cooperation", "050", "org:UN", "org:CIS", False, H, N, True)],
      "Belarus (1994); 'Such cooperation' = the cooperation between the United Nations and the CIS whose clearer "
      "definition Belarus advocates in the sentence before -> an event noun whose agent is plain from the text "
      "around it (held-out 48/49: coded), nominal 050 from the first-named, org:UN -> org:CIS (README choices: "
      "org:CIS); 'could include joint efforts in peacemaking, disarmament ...' = a proposed content -> "
      "hypothetical (held-out 187: a proposed demining cooperation with the UN a hypothetical nominal 050; "
      "borderline not coded as an anaphoric event noun, or 062 for the security fields), coded once for 'joint "
      "efforts', the same pair and code"),
 32: ([("were divided", "191", "ISR/GOV", "PSE", False, A, N, False)],
      "Palestine (2002); 'The occupied territories were divided into 227 separate cantons' = an agentless passive "
      "whose agent is plain from the sentences before ('The taxes that Israel collects ... have been kept by the "
      "Israelis', 'Israel has destroyed public institutions') (held-out 52/53, 62-73: an agentless passive takes "
      "its agent from the sentence before) -> ISR/GOV; the cantonisation by closures and checkpoints -> restrict "
      "movement 191 (borderline 1721, or not coded), the territories -> bare PSE; 'The occupied territories' with "
      "Israel named only in the text before is left uncoded as an adjective (held-out 143; borderline a nominal 192 "
      "ISR/GOV -> PSE)"),
 33: ([("withdrawing", "0874", "TUR/GOV", "CYP", False, H, N, False),
       ("occupation forces", "192", "TUR/MIL", "CYP", False, A, N, True)],
      "Greece (2010); 'Turkey can prove its commitment to a lasting solution ... by withdrawing its occupation "
      "forces from the island' = a suggested withdrawal, 'can' -> hypothetical (guideline: could; borderline "
      "demanded, the sentence being an exhortation) -> military retreat 0874 TUR/GOV -> bare CYP (held-out 177: "
      "'withdrawal of the Turkish occupation troops' a hypothetical nominal 0874 to CYP); 'its occupation forces' = "
      "the realised occupation -> nominal 192 TUR/MIL -> CYP (held-out 177, 141: the occupation coded beside the "
      "withdrawal; borderline uncoded as an adjective, as held-out 147); 'its commitment to a lasting solution' is "
      "to be proven, not asserted (borderline a hypothetical 037); 'boosting both the negotiation process and its "
      "own European perspective' = effects; the negotiations' Turkish Cypriot party has no code (held-out 4), not "
      "coded"),
 34: ([("its role in solving problems", "045", "AGO/GOV", N, False, A, N, True)],
      "Angola (2017); 'Angola's attachment to multilateralism is strongly emphasized in its role in solving problems "
      "that threaten peace and security on the African continent, particularly in the Great Lakes region' = "
      "Angola's conflict-resolution role (chair of the ICGLR in 2017) -> nominal mediation 045 (held-out 157: "
      "Compaore's 'role of mediator' a nominal 045; held-out 112: 'role in negotiating' a 046 with no target), no "
      "country named, the region not an actor -> target null (borderline uncoded as a self-description of a "
      "foreign-policy attachment, or bare COD); 'problems that threaten peace' is a figurative threat"),
 35: ([("supports", "051", "THA/GOV", "org:UN", False, A, N, False)],
      "Thailand (2018); 'Thailand therefore supports the efforts of Secretary-General Guterres to reform the United "
      "Nations system' -> verbal support 051 (guideline) to the Secretary-General -> org:UN (held-out 121: "
      "welcoming Guterres's UN reforms a 051 to org:UN; held-out 140: support for the Secretary-General's reform "
      "direction a 051 to org:UN; borderline uncoded as a UN reform position)"),
 36: ([], "Comoros (2019): 'I appeal to everyone to avoid the dangerous conflation of Islam and terrorism' = an appeal "
          "with no addressee but 'everyone' on a general attitude (held-out 112: a call on 'all cultures and "
          "peoples' left uncoded; held-out 52/53: urging with no addressee not coded; borderline a generic 100 "
          "with no target)"),
 37: ([("support", "070", N, "GNB/GOV", False, D, N, True)],
      "Guinea-Bissau (1995); 'my country needs the support of the international community, with a view to "
      "confronting the many development challenges' = a statement of need (held-out 46/47: 'we require support from "
      "the international community' demanded aid with no source to the speaker's government; held-out 76 row 7) -> "
      "demanded nominal 070, the international community uncoded -> source null, to GNB/GOV (borderline 071 for "
      "development aid); 'our own efforts of macroeconomic management' is domestic"),
 38: ([("condemn", "111", "CYP/GOV", "TUR/GOV", False, A, N, False)],
      "Cyprus (2011); 'I wish to condemn that illegal act' = a performative condemnation (guideline: 111), 'that "
      "illegal act' = Turkey's concluding an agreement with the regime in the occupied area (sentence before) -> "
      "target TUR/GOV from the context (guideline: 'we condemn this aggression' target from the previous "
      "sentence); the anaphoric act itself, an agreement with a party that has no code, is not coded (held-out 4: "
      "the Turkish-Cypriot leadership has no code); 'constitutes a provocation' is an evaluation"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Latvia (2017): societies' need for space for public debate = an abstract statement, no actor"),
 40: ([], "Latvia (2014): 'Freedom of the media ... are essential components of any democracy' = a norm, no actor"),
 41: ([], "Chile (2000): 'We view with concern the difficulties surrounding the upcoming referendum in the Western "
          "Sahara' = expressed concern (01x, not coded); the referendum is agentless"),
 42: ([("warm congratulations", "051", "POL/GOV", "org:UNGA", False, A, N, False)],
      "Poland (2012); 'May I offer my warm congratulations to Mr. Vuk Jeremic on his election to the position of "
      "President of the General Assembly' = a performative congratulation in question form -> asserted 051 to "
      "org:UNGA (held-out 48/49), not nominal (held-out 76 row 54: 'sincere congratulations' non-nominal)"),
 43: ([], "Honduras (2012): '600 teaching days have been lost in State schools' = an agentless outcome of the teachers' "
          "stoppages of the sentence before, no act named (borderline a 143 strike from HND/LAB)"),
 44: ([], "Liechtenstein (2007): the UN's 'unique nature and potential are more widely recognized and accepted' = an "
          "agentless evaluation (held-out 52/53: welcomes by an impersonal passive not coded)"),
 45: ([("sent", "102", "BRA/GOV", "BRA/LEG", False, A, N, False)],
      "Brazil (2009); 'the ecological zoning plan that we have just sent to our National Congress' = the executive's "
      "submission of a bill for approval -> a request from the executive to the legislature (held-out 5: a request "
      "from the executive to Congress USA/GOV -> USA/LEG; held-out 164: the Dominican Republic's submission to its "
      "Congress of the Vienna Convention a 102 DOM/GOV -> DOM/LEG) -> 102 BRA/GOV -> BRA/LEG (borderline uncoded as "
      "a domestic programme, held-out 134); the ethanol production under the plan is economic activity, not coded"),
 46: ([], "Viet Nam (2002): the United Nations and the financial institutions 'need to strengthen themselves through "
          "the ongoing reform process' = a UN reform position, not coded"),
 47: ([], "Uruguay (2019): 'my country submitted voluntary reports' on the SDGs = submitting a national report, not "
          "coded (held-out 50/51)"),
 48: ([], "Uganda (2013): 'The process of market integration in Africa has already started in the form of' five "
          "regional communities = an agentless process among their unnamed members, no act between named actors "
          "(borderline a nominal 050 with no source per organisation)"),
 49: ([], "Indonesia (1998): 'compels us to work even harder to achieve global disarmament objectives' = 'us' meaning "
          "all states, an abstract goal, not coded"),
 50: ([], "Costa Rica (2007): 'Cultures and viewpoints from all parts of the world gather here' = figurative, no "
          "actor"),
 51: ([("we propose", "0311", "BOL/GOV", "CHL/GOV", False, A, N, False)],
      "Bolivia (2000); 'In that context' = the Bolivia-Chile dialogue on all bilateral topics of the sentences "
      "before; 'we propose the implementation of a programme to promote the integrated development of western "
      "Bolivia and northern Chile' = an offer of joint economic development that binds the proposer too (held-out "
      "175: a proposal binding the proposer is an asserted 03x; held-out 160, 171: proposals coded 03x) -> "
      "express intent to cooperate economically 0311 asserted, to CHL/GOV (borderline 1011 as a request to Chile; "
      "Peru's participation lies in the next sentence)"),
 52: ([], "Seychelles (1992): 'It is as if fragility had become the watchword of human adventure' = figurative, no "
          "actor"),
}
