"""Hand annotations for the HUNDRED-AND-NINETIETH held-out event gold set (source of events-heldout190.jsonl).

Keyed by the row index of selection-heldout190.jsonl (output of select_bulk_sentence_heldout.py 190; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout190.jsonl \
        --annotations annotations_heldout190 --output events-heldout190.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("refuse to sign", "1211", "UKR/GOV", "org:EU", False, A, N, False),
      ("three years of negotiations", "046", "UKR/GOV", "org:EU", False, A, N, True)],
     "Austria (2014); 'Who would have predicted that, after three years of negotiations, President Yanukovych would "
     "refuse to sign the Association Agreement with the European Union?' = a rhetorical question about "
     "predictability whose complement is presupposed as fact (guideline: a fact presupposed by a factive frame is "
     "asserted; 'question' only when the event itself is asked about) -> asserted; an explicit refusal is a REJECT "
     "with negated false (guideline) that takes the code of what was refused (held-out 34/35): the Association "
     "Agreement with its free-trade area = economic cooperation -> 1211 (borderline 120, or 127 as a rejected "
     "agreement); Yanukovych named by his office at the time (held-out 5: office at the time) -> UKR/GOV, although "
     "ousted by 2014 (borderline UKR/OPP under the document-date rule); 'three years of negotiations' = a "
     "negotiation noun whose parties the same sentence names -> nominal 046 UKR/GOV -> org:EU, the first-named side "
     "(borderline not coded as a time expression)"),
 1: ([], "Albania (2005): 'The need for enhanced regional and global cooperation has never been more pronounced' = an "
         "evaluation of cooperation in general, no actor; 'never' bears on the degree of the need"),
 2: ([("appeal to all States", "102", "MWI/GOV", N, False, A, N, False)],
     "Malawi (1998); 'We appeal to all States which have not yet done so to become parties to these instruments' "
     "(the Chemical Weapons Convention and the anti-personnel mines Convention of the preceding sentence) = a "
     "request (guideline: appeal -> 10x) to join treaties -> 102 (held-out 117: 'We call on all countries that have "
     "not yet done so to join the Rome Statute' a 102 with no target), the addressees an uncoded class with no member "
     "named -> target null; their negated accession ('which have not yet done so') is left uncoded, following set "
     "117 (borderline a negated 057 with no source, as held-out 76 coded when one member was named); Y not coded "
     "separately (guideline)"),
 3: ([], "Kazakhstan (2015): 'we need to start with clear rules for the issuance of and trade in the world's reserve "
         "currencies' = 'we' meaning all states (held-out 42/43), a policy goal; the currencies' failure to meet "
         "criteria is a description, no act"),
 4: ([("targets", "190", "ISR/GOV", "PSE/CVL", False, A, N, False)],
     "Syria (2004); 'it targets innocent civilians' = the speaker's own assertion ('even though') that Israel's "
     "policies, presented as self-defence, hit civilians; the inanimate subject stands for the government's act "
     "(held-out 9: an inanimate subject standing for a government's act) -> ISR/GOV; military attacks on "
     "civilians -> 190 (held-out 146: agentless 'weapons are being used against civilians' a 190 ISR/GOV -> "
     "PSE/CVL; borderline 180, the preceding sentence calling it 'State terror', or 175), the civilians Palestinian "
     "from the text after -> PSE/CVL; 'repackaged its policies as an act of self-defence' is a framing (01x), not "
     "coded, and 'does not warrant condemnation and denunciation' is Israel's claim about a norm, not a negated "
     "event (borderline a negated 111 with no source, reported by ISR/GOV)"),
 5: ([("deplore", "110", "PRT/GOV", N, False, A, N, False)],
     "Portugal (2018); 'we do not understand - and in fact deplore - the use of unilateralism as a way to disinvest "
     "in international organizations' = the speaker's disapproval (held-out 162: 'deplores' is 110; held-out 12/13: 'it "
     "should be deplored that' 110) -> 110, the unilateralists unnamed in the speech -> target null (borderline "
     "USA/GOV from outside knowledge of 2018); 'do not understand' is an attitude, not a negated event; the "
     "disinvestment is agentless and abstract (borderline a nominal 162 null -> null), not coded"),
 6: ([], "Latvia (1999): 'it urges us to rise to all the challenges' = 'it' the fifty-fourth Assembly session, an "
         "inanimate, figurative urging, and 'us' all states (held-out 42/43); the millennium's challenges are no act"),
 7: ([("We do not ask for", "1031", "CZE/GOV", N, True, A, N, False)],
     "Czech Republic (1993); 'We do not ask for direct financial assistance' = plain negation of a request verb "
     "(held-out 129: 'This initiative does not call for debt "
     "cancellation' a negated 1031; held-out 20/21: 'Uruguay is not here to beg' a negated 103) -> negated 1031, "
     "demand economic aid, the potential donors ('our friends from developed countries', text after) uncoded -> "
     "target null (borderline not coded as a policy statement)"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Libya (2006): 'general and complete disarmament ... will remain beyond reach unless all Member States "
         "cooperate in good faith' = a conditional about cooperation among all Member States, an uncoded collective "
         "(null -> null), and an agentless disarmament; not coded (borderline a hypothetical 050 null -> null)"),
 9: ([], "Mauritius (2005): 'We are therefore required to muster the collective political will to mobilize the "
         "necessary resources to fulfil those pledges' = 'we' the world's leaders who adopted the 2005 outcome "
         "document (preceding sentence), all states (held-out 42/43, 130: 'we all pledged' meaning all states), "
         "not coded (borderline a demanded 071 null -> null)"),
 10: ([("will actively support", "032", "BGR/GOV", N, False, F, N, False)],
      "Bulgaria (2014); 'Bulgaria will actively support the completion of the negotiations on the new, universal and "
      "legally binding climate agreement in 2015' = a future act of diplomatic support (held-out 124: 'will welcome the "
      "efforts deemed necessary' a future 032 with no target; held-out 140: Turkey's 'will continue to provide all "
      "necessary support' for a solution a future 032 with no target) -> 032 future, the negotiating parties being "
      "all UNFCCC parties, uncoded -> target null (borderline org:UN, or not coded as an abstract position as set "
      "122's support for 'increased international cooperation'); the negotiations themselves run among all states, "
      "null -> null, not coded"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("We call on", "1054", "COG/GOV", "USA/CVL", False, A, N, False)],
      "Congo (2015); 'We call on that generous humanism that the American people have demonstrated in crucial periods "
      "of history' = an appeal (guideline: call on -> 10x) addressed to the American people, whose Y comes from the "
      "sentence before (the hope for 'the lifting of the economic embargo' on Cuba; guideline: a missing participant "
      "from the context) -> demand easing of an embargo 1054 (held-out 163: an appeal to end the embargo 1054) to "
      "USA/CVL (borderline generic 100 as the sentence itself names no Y, or USA/GOV as the embargo's imposer); "
      "the humanism 'demonstrated ... during the Second World War' is an evaluation of a past trait, not coded "
      "(borderline a historic 070 from USA/CVL with no target)"),
 12: ([], "Liechtenstein (2011): 'there must be accountability for genocide, war crimes and crimes against humanity' = "
          "an abstract norm with no actor; the 'paradigm shift' is no act"),
 13: ([("Israeli-Palestinian", "190", "ISR/GOV", "PSE/GOV", False, A, N, True)],
      "Czech Republic (2014); 'we must not omit the Israeli-Palestinian conflict' = the speaker's own topic "
      "announcement, not coded; the conflict noun naming its parties -> nominal 190 from the first-named (held-out "
      "77 row 21: 'the Israel-Palestine conflict' nominal 190 ISR/GOV -> PSE/GOV; held-out 173: 'the "
      "Russian-Ukrainian conflict' a nominal 190); borderline PSE/REB, the 2014 Gaza war of the text after being "
      "fought with Hamas, or not coded as a long-standing situation"),
 14: ([], "Qatar (2013): 'the decision-making process in the Security Council must change, since it lacks fairness "
          "and objectivity' = a Security Council reform position (held-out 52/53, 54-61: UN reform positions not "
          "coded); 'lacks fairness' is an evaluation (borderline a 111 to org:UNSC)"),
 15: ([], "Argentina (2016): 'This world is our shared home, which is why we must take care of it' = 'we' meaning "
          "all people and states (held-out 42/43), no act between actors"),
 16: ([], "Liechtenstein (2017): 'If there is one area in which the United Nations must show the way, this is "
          "certainly it' = a deontic about UN leadership on gender equality, no codable behaviour (guideline: "
          "'comply with obligations'-type Y not coded)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("commend", "051", "VUT/GOV", "org:UNGA", False, A, N, False)],
      "Vanuatu (2017); 'I would also like to commend His Excellency Mr. Peter Thomson for his vision, leadership "
      "and dedication during his tenure as President of the Assembly' = performative praise (guideline: commend -> "
      "051; 'would like to' performative -> asserted) of the outgoing President of the General Assembly -> org:UNGA "
      "(held-out 30/31: appreciation of an outgoing PGA org:UNGA; held-out 76 row 30; borderline FJI/GOV)"),
 18: ([], "Paraguay (2019): 'It is a space that belongs to all nations, in which we can express our views, our "
          "demands and our needs' = a description of the General Assembly, 'we' all nations; 'our demands' is "
          "generic, no request made"),
 19: ([("Iraq's flagrant violation", "128", "IRQ/GOV", "org:UNSC", False, A, N, True),
       ("requires", "1043", "org:UNSC", "IRQ/GOV", False, A, N, False),
       ("repression", "175", "IRQ/GOV", "IRQ/CVL", False, A, N, True)],
      "Dominica (1992); 'Allow me ... to refer to' is a speech act, not coded; 'Iraq's flagrant violation of United "
      "Nations Security Council resolution 688 (1991)' -> nominal 128 defy norms (held-out 48/49: a claimed "
      "'flagrant violation' of resolutions a nominal 128 to each party; held-out 48/49: 'repudiated its obligations "
      "under the resolution' 128 to org:UNSC) IRQ/GOV -> org:UNSC; 'which requires Baghdad to end the repression of "
      "its citizens and allow access by international humanitarian organizations' = an inanimate resolution standing "
      "for the Council that adopted it (held-out 62-73) -> a request org:UNSC -> IRQ/GOV, Baghdad a capital metonym "
      "(guideline), the habitual force of a standing resolution -> asserted; one request with two demands coded "
      "from its first (held-out 154: Peru's appeal coded from its first demand): ending repression -> demand rights "
      "1043 (borderline 1055 for allowing humanitarian access, or 1056); 'the repression of its citizens' = a "
      "realised act named inside a request (held-out 12/13: 'end its repression of Mr. Navalny' coded 175) -> nominal "
      "175 IRQ/GOV -> IRQ/CVL"),
 20: ([("grateful", "051", "AFG/GOV", "CHN/GOV", False, A, N, False),
       ("hosting", "036", "CHN/GOV", N, False, F, N, False)],
      "Afghanistan (2013); 'As the permanent co-Chair of the Process, the Afghan Government is particularly grateful "
      "to the People's Republic of China' = thanks (guideline: thank -> 051), the co-Chair capacity keeping the "
      "speaker's own code (held-out 148: Morocco 'in its current capacity as Chairman' stays MAR/GOV) -> AFG/GOV -> "
      "CHN/GOV; 'for hosting the next ministerial meeting next summer' = a future hosting of the Istanbul Process "
      "ministerial (Tianjin 2014) -> 036 future (guideline: future hosting 036; held-out 77 row 37: 'has been given "
      "the honour to host' 036 future), a gerund, not nominal, the Process's participants having no code -> target "
      "null (borderline AFG/GOV as the co-Chair and a participant)"),
 21: ([("reaffirm our determination", "032", "AGO/GOV", N, False, A, N, False)],
      "Angola (2016); 'we reaffirm our determination to continue to support and promote dialogue, peace, security and "
      "stability in Central Africa and throughout the Great Lakes region' = an intent stated as a fact (guideline: "
      "03x asserted; held-out 119: 'reaffirms ... its resolve to ... actively participate' a 030 with no target) of "
      "diplomatic support -> 032 asserted, one act for 'support and promote', the regions not actors and no party "
      "named -> target null (borderline not coded as an abstract policy position, as held-out 116's 'stands for a "
      "comprehensive settlement'); Angola's ICGLR presidency in the sentence before is not part of this sentence"),
 22: ([], "Thailand (2015): the challenges that farmers in developing countries face (trade barriers, debt, "
          "poverty) = a description, no act between actors"),
 23: ([("is prepared to render", "0333", "UZB/GOV", "TJK/CVL", False, A, N, False)],
      "Uzbekistan (1993); 'It is in favour of the peaceful resolution of conflicts by political means, of holding "
      "negotiations between opposing parties, and of non-interference' = general principles with no party named in "
      "the sentence, abstract policy positions, not coded (guideline; held-out 116: 'stands for a comprehensive "
      "settlement' with no parties uncoded; borderline a 106 to TJK/GOV and TJK/REB from the Tajik context); 'it is "
      "prepared to render further humanitarian assistance to the Tajik people, primarily to refugees returning from "
      "Afghanistan' = readiness stated as a fact (held-out 166: Cyprus's readiness to provide humanitarian aid an "
      "asserted 0333) -> 0333 to TJK/CVL, the refugees being part of the same people; 'further' presupposes the "
      "past aid of the sentence before, not coded separately (held-out 77 row 38)"),
 24: ([("to abort efforts", "125", "ISR/GOV", "USA/GOV", False, H, N, False),
       ("deny the Palestinian people", "1233", "ISR/GOV", "PSE/CVL", False, H, N, False)],
      "United Arab Emirates (1991); 'those conditions' = Israel's conditions of the sentence before, an anaphoric "
      "event noun, not coded here (borderline a nominal 100 ISR/GOV as held-out 141's 'Israeli preconditions'); "
      "'The only aim of those conditions is to abort efforts to convene the conference so that Israel can shirk its "
      "responsibilities ... and deny the Palestinian people the exercise of their right to self-determination' = "
      "the speaker's claim of Israel's aims, the acts being purposes ('so that Israel can') -> hypothetical: "
      "aborting the American administration's efforts to convene the peace conference (sentence before: 'the "
      "current initiative by the American administration') -> reject a proposal to meet 125 ISR/GOV -> USA/GOV; "
      "denying self-determination -> 1233 (held-out 149: 'the denial of the legitimate rights of Palestinians' a "
      "nominal 1233 ISR/GOV -> PSE/CVL); borderline both uncoded as purposes (held-out 172, 182), or the denial "
      "asserted as an ongoing fact; 'shirk its responsibilities' is compliance and 'occupying Power' an agent "
      "noun (held-out 125), not coded"),
 25: ([("We recommend", "1042", "GMB/GOV", "org:ICC", False, A, N, False)],
      "Gambia (2010); 'We recommend that the laws and procedures governing the issue of arrest warrants, prosecution "
      "procedures and legal representation at the International Criminal Court also be reviewed objectively' = a "
      "request (held-out 142: 'recommended ... dialogue' a request) whose Y is a review of the Court's rules -> "
      "demand policy change 1042 (held-out 135: a call to 'review its current minimalist approach' a 1042 to "
      "org:UN) to org:ICC (borderline 1044 institutional change, target null since the passive names no addressee, "
      "or not coded as an institutional-reform position like UN reform, held-out 150); 'to avoid politicization "
      "and the selective targeting of individuals' is a purpose, not coded (borderline an implied nominal 112 to "
      "org:ICC)"),
 26: ([], "Saint Lucia (2011): 'We nevertheless need to set targets, implement programmes and measure success' = 'we' "
          "meaning all states after the High-level Meeting on non-communicable diseases (held-out 42/43), domestic "
          "policy goals, no act between actors"),
 27: ([("looks forward to continuing the discussions", "036", "LCA/GOV", N, False, F, N, False)],
      "Saint Lucia (2006); 'Saint Lucia looks forward to continuing the discussions on the remaining items on our "
      "reform agenda' = a future participation in discussions (guideline: 'look forward to' + a meeting act -> 036 "
      "future; held-out 146: Pakistan's 'look forward to discussions' on the Brahimi report a future 036 with no "
      "target) among all Member States -> target null (borderline org:UNGA, or not coded as a UN reform position, "
      "held-out 52/53); the reform items themselves (Council reform, the Assembly, ECOSOC, management) are not "
      "coded"),
 28: ([("murderous terrorist attack", "180", N, "USA", False, A, N, True)],
      "South Africa (2002); 'a year after they had pledged to use their energies and talents to provide a meaningful "
      "life for all' = the pledge of all the heads of State at the Millennium Summit, 'they' meaning all states "
      "(held-out 130: 'we all pledged' meaning all states), not coded; 'None of those who spoke ... knew' is no act; "
      "'peace in this country and the rest of the world would be brutally challenged by the murderous terrorist "
      "attack of 11 September' -> nominal 180 with no source (held-out 115, 175: the 11 September attacks a nominal "
      "180 with no source to bare USA), 'this country' = the United States, the speech being given in New York -> "
      "bare USA; 'brutally challenged' describes the attack's effect, not a second event"),
 29: ([], "Czech Republic (2004): 'terrorist threats have completely permeated our public and private spaces' = "
          "threats as a risk (guideline: figurative 'threat'), unnamed terrorists, no target"),
 30: ([("demobilization", "0873", "MOZ/GOV", "MOZ/REB", False, D, N, True),
       ("demobilization", "0873", "MOZ/REB", "MOZ/GOV", False, D, N, True)],
      "Mozambique (1994); 'My Government attaches great importance to the need for ONUMOZ to certify that the "
      "signatories of the Rome Agreement have fully respected their commitments regarding the complete "
      "demobilization of their forces' = a statement of need (guideline: 'needs to' -> demanded); ONUMOZ's "
      "certification is verification, left uncoded as set 145 left UN monitoring (090 maps to ACCUSE; borderline a "
      "demanded 090 org:UN -> MOZ/GOV); the signatories = the Government and RENAMO (General Peace Agreement, "
      "Rome 1992; RENAMO's demobilising forces in 1994 -> MOZ/REB; borderline MOZ/OPP) and 'the complete "
      "demobilization of their forces' is the act the need bears on -> nominal demanded 0873, one per signatory, each "
      "to the other party (held-out 130: 'move from bullets to votes' a demanded 0873 COL/REB -> COL/GOV; borderline "
      "not coded as compliance with commitments, like held-out 131's 'has not deviated from the understandings'); 'the signatories "
      "of' is an agent noun for the 1992 signing, not coded (held-out 77 row 3; borderline 057 MOZ/GOV -> MOZ/REB)"),
 31: ([("we hosted", "043", "MRT/GOV", N, False, A, N, False)],
      "Mauritania (2015); 'we hosted an international seminar under the theme \"Culture of peace and moderation\"' "
      "-> host/convene 043 (guideline), its participants unnamed -> target null (held-out 137: 'Israel has hosted "
      "many world leaders' one 043 with no target); raising awareness of the clergy's dialogue with extremists and "
      "tackling extremism are purposes, not coded"),
 32: ([], "Sudan (1992): 'We look forward to the support of the international community for that role' = a hope "
          "about another actor's aid (held-out 32/33: 'look forward to the support of' is optative and not coded; "
          "borderline a future nominal 070 with no source to the Horn of Africa States, as held-out 52/53); 'that "
          "role' is the Horn States' search for a solution in the sentence before, an anaphoric noun; the goals "
          "'spelled out at the Bahr Dar meeting' are no act (the meeting named only by place)"),
 33: ([("occupation", "192", "TUR/MIL", "CYP", False, A, N, True)],
      "Cyprus (1993); 'If a viable and lasting solution ... is to be arrived at ... and a federally united State is to "
      "be established without occupation troops and settlers, concerted action is required by the international "
      "community as a whole' = a conditional deontic whose subject is the uncoded international community and whose "
      "'concerted action' names no behaviour, not coded; the realised occupation named inside the hoped-for state is "
      "coded (held-out 183: an optative 'a future without foreign occupation' codes only the realised occupation, a "
      "nominal 192; held-out 141: 'occupation troops' a nominal 192) -> nominal 192 from the troops (guideline: /MIL "
      "for armed forces), Turkey from the sentences before and after, to bare CYP (borderline TUR/GOV, or not coded "
      "as an adjective, held-out 147); the settlers' presence has no CAMEO code and their withdrawal is not stated"),
 34: ([], "Gabon (2007): 'the donor countries need to meet their pledges for assistance to developing countries' = a "
          "deontic about aid between uncoded collectives (held-out 116: unfulfilled aid promises between uncoded "
          "collectives uncoded; borderline a demanded 071 null -> null)"),
 35: ([("convened", "043", "HND/CVL", "HND/NGO", False, A, N, False),
       ("amply supported", "070", "HND/GOV", "HND/CVL", False, A, N, False),
       ("amply supported", "070", "org:UN", "HND/CVL", False, A, N, False)],
      "Honduras (2011); 'civil society members of African descent, in cooperation with the Organization for Ethnic "
      "Community Development convened and celebrated the First World Summit of People of African Descent' (La Ceiba, "
      "Honduras, August 2011) -> convene 043 (guideline), 'convened and celebrated' one act, from HND/CVL; ODECO, a "
      "Honduran NGO, as its partner -> HND/NGO as target, following held-out 134's event 'organised in partnership "
      "with the United Arab Emirates' (036 to ARE/GOV) (borderline a second 043 from HND/NGO, or a nominal 050 "
      "HND/CVL -> HND/NGO); 'amply supported by my Government, other Governments, international partners and United "
      "Nations system bodies' = a passive with its agents named -> support 070 (held-out 115: 'supported by the "
      "United Nations and its specialized agencies' one 070 from org:UN; borderline 051), one per coded agent, "
      "HND/GOV and org:UN, the other Governments and partners uncoded and dropped (guideline compound rule), to the "
      "summit's organisers HND/CVL"),
 36: ([], "Lebanon (2005): 'a landmark meeting of world leaders at which they adopted a blueprint' = the 2005 World "
          "Summit outcome adopted by all states (held-out 141: 'our leaders have adopted an outcome document', "
          "'our' meaning all states, uncoded); the blueprint's aims are UN reform goals; the session 'comes days "
          "after' is a time marker"),
 37: ([("we attended", "040", "NAM/GOV", "org:UN", False, A, N, False)],
      "Namibia (2016); 'Earlier this morning we attended the high-level event on the entry into force of the Paris "
      "Agreement' = participation in a UN meeting convened by the Secretary-General -> 040 to org:UN (held-out 181: "
      "'Honoured to participate ... in the launching of the new Central Emergency Response Fund' a 040 to org:UN; "
      "borderline org:UNGA, or not coded as mere attendance); the Agreement's entry into force runs among all "
      "parties, null -> null, not coded (borderline a nominal 057, held-out 20/21: an agreement entering into "
      "force a nominal 057)"),
 38: ([("we support it", "051", "GTM/GOV", "org:UN", False, A, N, False)],
      "Guatemala (2017); 'CICIG has performed much good work' is an evaluation, not coded (borderline a 051); 'that "
      "is precisely why we support it' = support for the International Commission against Impunity in Guatemala -> "
      "051 (guideline: support as verbal 051; borderline 070, the speech having named budget and mandate support in "
      "the text before), CICIG having no code and being the UN-backed commission whose agreement the UN Secretariat "
      "guarantees (text after) -> org:UN (borderline target null, or a new code)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Sierra Leone (2004): the restructured army and police 'nearly ready to assume full responsibility for the "
          "security' = a domestic capacity statement; the training is agentless and the handover from UNAMSIL not "
          "yet an act (borderline a future 0874 org:UN -> SLE)"),
 40: ([], "Burundi (2010): 'reaffirms its determination and zero-tolerance commitment to combat financial corruption "
          "and fraud' = a domestic policy commitment, no act between actors"),
 41: ([], "Turkey (2007): 'The vast majority of international problems ... are taking place in our immediate "
          "surroundings' = a description, no act"),
 42: ([("has undertaken to democratize", "0344", "BDI/GOV", "BDI/CVL", False, A, N, False)],
      "Burundi (1992); 'Burundi has undertaken to democratize our institutions' = a commitment to institutional reform "
      "stated as a fact (guideline: explicit intent verb stated as a fact -> 03x asserted; an earlier set: "
      "'insisting on giving up a unitary constitution' the speaker's own 0344; held-out 184: a Government that "
      "'seeks to reverse the exclusion' of native peoples a 0343 NIC/GOV -> NIC/CVL) -> 0344 to the people whose "
      "'absolute need' for democratic management the sentence before states -> BDI/CVL (borderline a realised "
      "0834, or not coded as a domestic programme)"),
 43: ([], "Cameroon (1999): 'His outstanding report ... illustrates again this year the intelligence and "
          "determination' of the Secretary-General = an evaluation with no praise verb (the tribute lies in the "
          "sentence before), not coded (borderline a 051 CMR/GOV -> org:UN); issuing a report is 01x"),
 44: ([], "Philippines (2011): 'Two global wars exposed our vulnerability to leaders and nations that do not hesitate "
          "to use violence to resolve disputes' = the World Wars with no party named and a generic class of violent "
          "'leaders and nations', null -> null; 'do not hesitate' is litotes for a generic disposition, no event"),
 45: ([], "Maldives (2001): 'reaffirm the firm commitment of the Maldives to the principles and objectives enshrined "
          "in the United Nations Charter' = a commitment to the Charter, left uncoded following held-out 137 "
          "(reaffirmed commitments to the Charter uncoded; borderline a 030 to org:UN, as held-out 116's 'solemn "
          "pledge to the Charter')"),
 46: ([], "Togo (2007): 'It seems to us that the survival of planet Earth is at stake' = an evaluation, no act"),
 47: ([("pleased to express", "051", "CAF/GOV", "org:UNGA", False, A, N, False)],
      "Central African Republic (2006); 'I am also pleased to express to your predecessor, Mr. Jan Eliasson, my high "
      "esteem for the remarkable way in which he led the work of the sixtieth session' = a performative expression "
      "of praise addressed to the outgoing President of the General Assembly -> 051 to org:UNGA (held-out 30/31: "
      "tributes to a former President of the Assembly go to org:UNGA; borderline an uncoded sentiment, as held-out "
      "120's 'esteem of the international community' and held-out 121's praise of a former President's guidance, "
      "or SWE/GOV); leading the session is chairing, not coded"),
 48: ([], "Italy (1996): 'The reform process also concerns the economic and social fields of the United Nations' = UN "
          "reform (held-out 52/53), agentless, not coded"),
 49: ([], "Liberia (2006): 'Darfur represents a potential humanitarian catastrophe' = an evaluation, no actor"),
 50: ([], "Brazil (2003): 'We no longer have the right to allege that we were not home when they knocked at our door "
          "asking for solidarity' = a metaphor: 'we' the wealthy countries or all states, 'they' the world's "
          "starving people, both uncoded; their request for solidarity is figurative, null -> null, not coded; 'no "
          "longer' bears on a right, not on an event"),
 51: ([("warmest congratulations", "051", "SGP/GOV", "SSD/GOV", False, A, N, False)],
      "Singapore (2011); 'I extend my warmest congratulations to South' = a fragment cut by the splitter whose verb "
      "lies in the sentence, its object completed from the text after ('Sudan on becoming the newest Member of the "
      "United Nations family'; held-out 102-109: coded from the text after the cut when the verb is in the "
      "sentence) -> performative congratulation 051 (held-out 161: joy at South Sudan joining a 051; held-out 116: "
      "congratulating Switzerland on joining the UN a 051 to CHE/GOV, the joining not coded) -> SSD/GOV; not "
      "nominal, as held-out 76's 'sincere congratulations' (held-out 173)"),
 52: ([("promotes", "102", "ITA/GOV", N, False, A, N, False)],
      "Italy (2019); 'Italy promotes universal adherence to and full implementation of the nuclear, biological and "
      "chemical non-proliferation regimes' = habitual advocacy of accession to treaties, read as a request (held-out "
      "34/35: 'we advocate the unconditional implementation' a request with its sub-code; held-out 117: a call on "
      "all countries to join a treaty a 102) -> 102 asserted, the addressees all states not yet parties -> target "
      "null (borderline not coded as an abstract policy position); implementation is compliance, folded in"),
}
