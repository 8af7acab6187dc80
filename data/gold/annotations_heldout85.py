"""Hand annotations for the EIGHTY-FIFTH held-out event gold set (source of events-heldout85.jsonl).

Keyed by the row index of selection-heldout85.jsonl (output of select_bulk_heldout.py 85; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout85.jsonl \
        --annotations annotations_heldout85 --output events-heldout85.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("refused to go to", "1431", "SLE/CVL", "SLE/MIL", False, A, N, False),
      ("refused to cooperate", "121", "SLE/CVL", "SLE/MIL", False, A, N, False)],
     "Sierra Leone (1997); 'Those who stayed behind' = the citizens who did not flee after the coup of 25 May 1997 "
     "(preceding sentence) -> SLE/CVL; 'the junta' = the AFRC military junta -> SLE/MIL (guideline: military "
     "juntas are MIL); 'have refused to go to work' = a mass stay-at-home strike against the junta, for the return "
     "of the ousted elected Government (following text: 'the determination of Sierra Leoneans never to surrender "
     "their hard-won democracy') -> strike for change in leadership 1431, the refusal being the strike itself, "
     "negated false (borderline REJECT 120, by the guideline's 'refuses to' rule, or generic 143); 'refused to "
     "cooperate with the junta' = an explicit refusal -> REJECT, negated false (guideline), refusing to cooperate "
     "-> 121 (held-out 26 row 6, held-out 62: refusing to cooperate 121; borderline generic 120, held-out 6 row 1)"),
 1: ([], "Romania (2004): the Charter's principles 'have been reaffirmed by a whole new network of international "
         "agreements ... to which States have voluntarily acceded' = an evaluation of the Charter; the accession is "
         "by 'States' in general, an uncoded collective, with no counterpart, not coded"),
 2: ([], "Finland (2015): 'The conflict in Ukraine has not been resolved' = an agentless state of a conflict, no "
         "event; 'an agreement to this end has been approved' = the Minsk agreement (following sentence), an "
         "agentless passive whose parties neither the sentence nor the document names (guideline: event nouns "
         "without an agent are not coded; borderline nominal 057 UKR/GOV -> UKR/REB or RUS/GOV)"),
 3: ([("signal", "0331", N, "BOL/GOV", False, D, N, True)],
     "Bolivia (1993); 'There must be some signal from the outside that assistance will not come to an end as "
     "barriers to trade mount' = a deontic with no request verb (guideline: demanded codes Y), Y = an assurance "
     "that aid to Bolivia's anti-poverty plan continues (preceding sentence: 'very difficult to overcome these "
     "problems without international cooperation') -> express intent to provide economic aid 0331 (held-out 40/41: "
     "the EU's 'willingness to give support' 033), from 'the outside', an uncoded collective -> source null, to the "
     "speaker's government (held-out 46/47: statements of need are demanded aid with no source to the speaker's "
     "government); 'will not come to an end' = continuation, not a negated event (borderline the continuing aid "
     "itself, a demanded 070 null -> BOL/GOV); trade barriers are agentless, not coded"),
 4: ([("rejected the principle of consensus", "120", "YEM/OPP", "YEM/GOV", False, A, N, False),
      ("refusing to implement", "127", "YEM/OPP", "YEM/GOV", False, A, N, False),
      ("reached", "057", "YEM/GOV", "YEM/OPP", False, A, N, False)],
     "Yemen (2011); 'The political opposition' (the Joint Meeting Parties) -> YEM/OPP; 'decided to relinquish all "
     "common denominators and rejected the principle of consensus' = an explicit rejection (guideline: REJECT, "
     "negated false), one act, coded once -> generic 120, aimed at the ruling side of 'our system' -> YEM/GOV; "
     "'refusing to implement the agreement reached since 2006' = a refusal to implement an agreement takes the code "
     "of what was refused (held-out 62 row 7: 'refusing to implement its obligations' under an agreement 127) -> "
     "127 (borderline 128 defy norms); 'the agreement reached' = an agreement between the Government's side and "
     "the opposition, its parties plain from the sentence -> 057 (held-out 40/41: a treaty 'since it was signed' "
     "is 057 between its parties), symmetric, from the document's own government (guideline) (borderline not "
     "coded, as a participle inside a refusal); 'its defeat in the presidential elections' is an electoral result, "
     "not coded"),
 5: ([], "United Kingdom (2018): 'Only global cooperation based on a set of agreed rules can ensure competition is fair' "
         "= an abstract principle, no actor; 'international confrontation' is a risk, not coded"),
 6: ([], "Syria (2000): 'The end of the cold war did not prevent the peoples and nations of the world from denouncing "
         "and condemning crimes of aggression, ethnic-cleansing, foreign occupation ...' = the negation bears on "
         "'prevent', not on the condemnation (guideline); the condemning is by an uncoded collective of crimes with "
         "no named agent, null-null (held-out 74 row 11: null-null not coded) (borderline an asserted 111 null -> "
         "null)"),
 7: ([], "Equatorial Guinea (2007): 'It [terrorism] has now reached different dimensions, which do not uphold "
         "legitimate claims ... from which rights are being demanded' = a description of terrorism in general, no "
         "named agent or target; the demanding of rights is agentless; not coded"),
 # --- UNGDC 1990-2019 random: reported
 8: ([], "Brunei Darussalam (1998): 'the strong appeal we made last year, when, in the context of United Nations "
         "reform, we stated that ... nothing weakens what the United Nations does well for ordinary people' = the "
         "speaker's own past statement (guideline: reported_by null) on UN reform (held-out 54-61: reform positions "
         "left uncoded); not coded (borderline nominal 100 BRN/GOV -> org:UNGA)"),
 9: ([], "United States (Clinton, 1999): 'Instead of imposing our values on others' = a contrast, not a negated event "
         "(held-out 38/39: 'instead of implementing' is a contrast); 'we have sought to promote a system of "
         "government — democracy' = a general policy aim toward unnamed 'others' (guideline: abstract policy "
         "positions not coded); not coded (borderline 104 USA/GOV -> null, or Russia and China from the preceding "
         "sentence)"),
 10: ([], "Burundi (2017): 'That [sacrificing AMISOM's successes by reducing support] would run contrary to the oath "
          "taken by all partners, which have repeatedly stated that terrorism is a global threat' = a commitment and "
          "statements of the AMISOM partners, an uncoded collective ('all partners'), no named counterpart; the "
          "statement is 01x; not coded (borderline nominal 030 null -> org:AU)"),
 11: ([("Let me agree with", "051", "MWI/GOV", "org:UN", False, A, N, False)],
      "Malawi (2012); 'Let me agree with Secretary-General Ban Ki-moon when he said ... that one of the greatest "
      "opportunities ... is through sustainable development' = endorsement of another's statement (held-out 10/11: "
      "'I agree with Merkel that ...' 051), performative -> asserted, the Secretary-General -> org:UN; the "
      "quoted content has no event (reported_by not used)"),
 # --- UNGDC 1990-2019 random: future
 12: ([("cooperation", "050", "PAK/GOV", "AFG/GOV", False, A, N, True),
       ("cooperation", "050", "IRN/GOV", "AFG/GOV", False, A, N, True)],
      "Afghanistan (2004); 'Thanks to the cooperation of our two brotherly neighbours, Pakistan and Iran, hundreds of "
      "thousands of Afghans still living in those countries will also participate in the election' = the host "
      "governments' cooperation in out-of-country voting for the refugees, a cooperation noun with its agents -> "
      "nominal 050 (held-out 10/11: cooperation nouns nominal 050), one event per actor (guideline), to the "
      "speaker's government; the cooperation is agreed and under way -> asserted (borderline future, like the "
      "voting it enables; borderline 060 material cooperation); 'Thanks to' is causal, not a thanks act (borderline "
      "051 AFG/GOV -> PAK/GOV and IRN/GOV); the refugees' voting is domestic, not coded"),
 13: ([], "Togo (2011): 'It is my hope that all Member States will wish to provide their invaluable support for our "
          "candidacy' (for the Security Council) = a hope about other actors' acts, optative (held-out 5; held-out 73, "
          "77: hopes about others' support not coded); not coded (borderline a nominal future 051 null -> TGO/GOV, "
          "held-out 52/53: hoped-for support from uncoded parties)"),
 14: ([("support", "070", "ARE/GOV", "LBY/GOV", False, F, N, False),
       ("support", "070", "ARE/GOV", "LBY/CVL", False, F, N, False)],
      "United Arab Emirates (2011); 'We will continue to support Libya and its people in the upcoming reconstruction "
      "phase' = a future material act keeps its code (held-out 42/43: 'we will continue support' 070 future), "
      "support for reconstruction -> 070 (borderline 071 economic aid, or 0331 as an intent); Libya in September 2011 "
      "= the National Transitional Council -> LBY/GOV (held-out 32/33; borderline bare LBY), 'its people' -> "
      "LBY/CVL, one event per actor (guideline)"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Chile (1990): 'each region must promote collective security in order to reduce mistrust' = a deontic over "
          "uncoded collectives (regions), abstract; not coded"),
 16: ([], "Oman (2003): 'Such agreements [WIPO conventions] should not be misused by multinational corporations in a "
          "manner that adds to the burdens of the least developed countries' = a deontic about uncoded corporations "
          "(no nationality named) toward an uncoded collective, null-null (held-out 54-61: acts between uncoded "
          "collectives); the WTO 'trying to overcome' obstacles has no counterpart; not coded"),
 17: ([("We insist", "1043", "CZE/GOV", N, False, A, N, False)],
      "Czech Republic (2008); 'We insist that all internally displaced persons return home' = a request verb "
      "(held-out 14/15: 'we insist that the killing must stop' 1056) -> one asserted REQUEST, Y = the return of the "
      "persons displaced by the August 2008 war in Georgia -> demand for rights (right of return) 1043 (borderline "
      "generic 100); no addressee named in the sentence -> target null (borderline RUS/GOV, 'a powerful country, a "
      "permanent member of the Security Council' of the preceding text, which the speech never names); the IDPs' "
      "return itself is the request's Y, not coded"),
 18: ([("negotiations", "046", "MDA/GOV", "MDA/REB", False, D, N, True)],
      "Republic of Moldova (2006); 'This regional security problem [the Transdniestrian conflict] should be resolved "
      "through negotiations, with the participation of key actors in the \"5+2\" format' = talks that should occur "
      "-> demanded nominal 046 (held-out 40/41: direct talks that 'should occur' a demanded nominal 046), between the "
      "Moldovan authorities and the separatist regime of Tiraspol (preceding text) -> MDA/GOV -> MDA/REB "
      "(breakaway separatists as the country's REB, held-out 36/37 and 38/39), symmetric, from the document's "
      "government; the other '5+2' participants (mediators and observers) are not named in the document, not coded "
      "(borderline a demanded 045 per mediator)"),
 19: ([], "Malta (2001): 'our lives have been altered forever, and we must respond accordingly' = 'we' meaning all "
          "states after the 11 September attacks (held-out 42/43), no specific act; not coded"),
 20: ([], "Gambia (2006): 'We must look to the positive side of this natural human activity and desist from actions "
          "that trample on the dignity of migrants' = 'we' meaning all states (held-out 42/43), migrants an uncoded "
          "collective; not coded (borderline a negated demanded 175 null -> null)"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("I would like to reiterate", "030", "MDA/GOV", "org:UN", False, A, N, False)],
      "Republic of Moldova (2004); 'I would like to reiterate ... my country's commitment to the Organization and "
      "its willingness to cooperate with other Member States' = a commitment stated as a fact -> asserted 03x "
      "(held-out 46/47), cooperation with the United Nations -> 030 to org:UN (held-out 74 row 51: Spain "
      "'reiterates ... its firm commitment to the Organization and its willingness' 030 to org:UN, coded once); the "
      "willingness toward 'other Member States' (an uncoded collective) is the same stance, coded once (borderline a "
      "second 030 with target null)"),
 22: ([], "Mauritania (1998): 'the question of reform and expansion of the United Nations Security Council has, for "
          "several years, been discussed' = an agentless passive on UN reform (held-out 54-61: reform positions left "
          "uncoded); not coded"),
 23: ([("reducing", "1623", "org:UNRWA", "PSE/CVL", False, A, N, False),
       ("services provided", "073", "org:UNRWA", "PSE/CVL", False, A, N, True)],
      "Lebanon (2019); 'I want to warn against the danger of reducing the services provided to Palestinian refugees "
      "by ... UNRWA, which have added to the social and fiscal strains ... and threaten to turn Palestinian school "
      "students into young people seeking revenge' = the warning is about harm, not a threat (held-out 48/49: "
      "'issues a warning' about economic harm is not a threat), not coded; the reductions are real ('have added', "
      "and the following sentence calls on donors 'to double their contributions in order to enable it to restore "
      "its vital role') -> reduce humanitarian assistance 1623, asserted (borderline hypothetical, read as 'the "
      "danger of'), carried out by the agency -> org:UNRWA (held-out 80 row 25; borderline source null for the "
      "donors that cut funding, not named) to the refugees -> PSE/CVL; the services UNRWA provides = realised "
      "humanitarian aid with its agent in the sentence -> nominal 073 (held-out 73 row 31: 'the assistance received "
      "from the United Nations system' nominal 070); 'threaten to turn' is a risk (guideline: figurative 'threat')"),
 24: ([], "Paraguay (1991): 'It [MERCOSUR] reaffirms the determination of our peoples to live in peace, cooperation "
          "and harmony' = an evaluation of the integration treaty as an expression of a general aspiration; no "
          "specific act (borderline a nominal 030 PRY/CVL -> ARG/CVL, BRA/CVL, URY/CVL, the partners of the "
          "preceding sentence)"),
 25: ([("Angola welcomes", "051", "AGO/GOV", N, False, A, N, False),
       ("reached", "057", "COD/GOV", "COD/REB", False, A, N, False)],
      "Angola (2002); 'Angola welcomes the diplomatic initiatives undertaken by other countries to resolve the "
      "conflict' = a welcome (guideline 051) of initiatives by unnamed 'other countries', an uncoded collective -> "
      "target null (held-out 54-61: welcoming a decision of an uncoded body 051 with no target); the initiatives "
      "themselves name no specific act and no coded agent, not coded (borderline nominal 045 null -> the Congolese "
      "parties); 'the understandings reached by the Congolese parties themselves' = the 2002 agreements of the "
      "inter-Congolese dialogue between the Government and the armed movements -> 057 (held-out 38/39: an agreement "
      "named by its parties), COD/GOV -> COD/REB from the first party (borderline COD/OPP for the unarmed opposition); "
      "'the Lusaka Ceasefire Agreement' is an agreement noun without its parties in the sentence, not coded "
      "(held-out 75 row 10)"),
 26: ([], "Philippines (1993): 'Since we met in this same Hall last year' = 'we' the whole Assembly (held-out 52/53: "
          "not coded); the transformed political landscape is agentless; not coded"),
 27: ([], "Barbados (2002): HIV/AIDS, terrorism and narco-trafficking as 'threats to human security' = risks "
          "(guideline: figurative 'threat'), no actor; not coded"),
 28: ([("held on the initiative of President Wade", "043", "SEN/GOV", N, False, A, N, False)],
      "Senegal (2005); 'That meeting [of experts from more than 30 countries in Dakar, 26-29 July] was held on the "
      "initiative of President Wade' = a meeting convened by the President -> host/convene 043 (guideline), President "
      "Wade -> SEN/GOV; the participating experts are unnamed -> target null (held-out 28/29: several conferences "
      "hosted by one government 043 with no target); 'in accordance with a mandate from his African peers' = a "
      "mandate of uncoded African leaders (borderline org:AU, not named), not coded"),
 29: ([], "Bulgaria (1998): 'The Bulgarian Government has developed a clear-cut national strategy to meet the criteria "
          "for NATO membership' = a domestic preparation programme, no act toward NATO (as held-out 62-73 leave "
          "membership positions uncoded); not coded (borderline 030 BGR/GOV -> org:NATO, or a nominal 1012 as held-out "
          "20/21's application to join NATO)"),
 30: ([], "Paraguay (2013): 'Change is coming, and not through aid but by ensuring human dignity' = domestic poverty "
          "policy; the aid has no agent or recipient; not coded"),
 31: ([("reaffirm our support", "051", "MRT/GOV", "IRQ", False, A, N, False)],
      "Mauritania (2006); 'We reaffirm our support for the unity of Iraq, its territorial integrity and independence "
      "and for non-interference in its internal affairs' = expressed support (guideline 051) for a country's "
      "sovereignty -> the bare country, IRQ (held-out 18 row 13; held-out 75 row 6) (borderline IRQ/GOV, the Iraqi "
      "Government praised in the preceding sentence); one support for several aspects, coded once; the "
      "non-interference is an abstract principle with no agent, not coded"),
 32: ([], "Lebanon (2010): 'such a solution is impossible unless the international community musters the necessary "
          "determination to move from making declarations ... towards working to ensure the appropriate means for "
          "implementation' = a condition about an uncoded collective, with no named counterpart; not coded "
          "(borderline a hypothetical 030 null -> null)"),
 33: ([("to sign", "057", "BTN/GOV", "org:UN", False, A, N, False),
       ("pledged contingent is ready to be deployed", "0334", "BTN/GOV", "org:UN", False, A, N, False)],
      "Bhutan (2019); 'As the first country to sign the Rapid Deployment Level agreement in December 2017' = an "
      "agreement signed with the United Nations (the peacekeeping capability readiness system) -> 057 (held-out 52/53: "
      "a framework agreement 'signed with' UNHCR 057) to org:UN, past -> asserted; 'our pledged contingent is ready "
      "to be deployed to serve United Nations interests unconditionally' = a pledge and readiness stated as a fact "
      "-> asserted 03x (held-out 9: 'stands ready to engage/assist' 03x asserted), peacekeeping -> 0334 to org:UN "
      "(held-out 74 row 24, 75 row 39), the pledge and the readiness coded once (borderline 074 future)"),
 34: ([("Arab and African support", "051", N, "TUN/GOV", False, A, N, True)],
      "Tunisia (2018); 'With Arab and African support, Tunisia is ready to join the Security Council once again as a "
      "non-permanent member' = the endorsement of Tunisia's candidacy for 2020-2021, realised, a support noun whose "
      "agents are named only as adjectives for uncoded groups -> nominal 051 (held-out 46/47: support for "
      "candidatures 051), source null (borderline org:LAS and org:AU, the regional groups' endorsements, not named "
      "as organisations), to the candidate's government; 'is ready to join the Security Council' = a UN membership "
      "position (held-out 54-61), not coded"),
 35: ([("development support", "071", N, "JOR/GOV", False, D, N, True),
       ("humanitarian assistance", "073", N, "JOR/GOV", False, D, N, True)],
      "Jordan (2018); 'That means making continued, multi-track efforts in development support and humanitarian "
      "assistance' = what 'donor nations' must do to 'hold up their side of the partnership' (preceding sentence) -> "
      "a statement of need: demanded aid with no source to the speaker's government (held-out 46/47; held-out 42/43: "
      "'Countries such as mine require assistance' demanded 070 with no source); the donors are an uncoded "
      "collective -> source null; two aid nouns of different kinds -> 071 and 073 (borderline one 070, held-out "
      "20/21: one aid noun covering several kinds is one 070); the other host countries are uncoded, dropped"),
 36: ([], "Maldives (2009): 'To do otherwise [than reach an ambitious climate agreement] would be to sign a death warrant "
          "for the 300,000 Maldivians' = figurative ('sign a death warrant'); the failure to agree is hypothetical and "
          "its agents 'the leaders of the world' an uncoded collective; not coded"),
 37: ([], "Swaziland (1996): 'the Kingdom of Swaziland is a member of the Southern African Development Community (SADC) "
          "and the Common Market for Eastern and Southern Africa' = a membership, a standing state, no act (as held-out "
          "62-73 leave membership positions uncoded); not coded (borderline 050 SWZ/GOV -> org:SADC)"),
 38: ([("came about", "057", "COL/GOV", "COL/REB", False, A, N, False),
       ("supported", "051", N, "COL/GOV", False, A, N, False),
       ("supported", "051", N, "COL/REB", False, A, N, False),
       ("supported", "051", "org:UNSC", "COL/GOV", False, A, N, False),
       ("supported", "051", "org:UNSC", "COL/REB", False, A, N, False)],
      "Norway (2017); 'It' = 'the peace agreement between the Colombian Government and the then Fuerzas Armadas "
      "Revolucionarias de Colombia' (preceding sentence), its parties plain from the text around it (held-out 48/49) "
      "-> 'came about as a result of the courage and hard work of the parties' = the agreement concluded -> 057 "
      "COL/GOV -> COL/REB (FARC, an armed group in 2016), asserted (borderline not coded, as the verb describes the "
      "agreement's origin); 'supported by international partners and a united Security Council' = support aimed at "
      "a process goes to its named parties (held-out 8: 051 to each party), one event per source: 'international "
      "partners' uncoded -> source null (borderline dropped), the Security Council -> org:UNSC (borderline 070 "
      "material support); Norway's own role as guarantor lies in the following sentence; 'courage and hard work' "
      "is an evaluation"),
 39: ([("I offer words of welcome and congratulations", "051", "MYS/GOV", "NAM/GOV", False, A, N, False),
       ("I offer words of welcome and congratulations", "051", "MYS/GOV", "LIE/GOV", False, A, N, False)],
      "Malaysia (1990); 'I offer words of welcome and congratulations to the delegation of Namibia ... and to the "
      "delegation of Liechtenstein' = congratulation (held-out 6: 'congratulated' 051), one event per addressee "
      "(guideline), the delegations -> their governments NAM/GOV and LIE/GOV; the welcome and congratulations are "
      "one act per addressee; the admissions to the UN themselves are not coded (held-out 54-61: UN admissions)"),
 40: ([], "Bolivia (2005): 'The Bolivian people fully agree that we need to lay a foundation for ensuring progress "
          "with equity' = a domestic aim; no act between actors; not coded"),
 41: ([("Solomon Islands welcomes", "051", "SLB/GOV", "NCL", False, A, N, False)],
      "Solomon Islands (2018); 'Solomon Islands welcomes the free and fair referendum to be held in New Caledonia on 4 "
      "November' = a welcome (guideline 051) of a development inside a named territory whose parties are not named "
      "-> the bare entity (held-out 62-73: such a welcome goes to the bare country), New Caledonia -> NCL (ISO "
      "alpha-3; new code; borderline FRA/GOV, the administering Power that organises the vote under the Nouméa "
      "Accord); the referendum is a domestic vote, not coded; the Nouméa Accord is named without its parties, not "
      "coded"),
 42: ([("accepting", "075", "MNE/GOV", N, False, A, N, False)],
      "Montenegro (2019); 'During the 1990s, we in Montenegro had no dilemma in accepting those who left their homes "
      "under the threat of war' = admitting refugees -> grant asylum 075 (held-out 6: admitting refugees 075), "
      "asserted ('had no dilemma' presupposes the acceptance); 'we in Montenegro' -> MNE/GOV under the UN-speech rule "
      "(borderline YUG/GOV, Montenegro being then a republic of the Federal Republic of Yugoslavia, or MNE/CVL); the "
      "refugees came from several wars of the former Yugoslavia (preceding text), not resolved to one code -> target "
      "null (borderline BIH/CVL); 'the threat of war' is a risk (guideline)"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([("approved", "051", "ITA/LEG", "ITA/GOV", False, A, N, False),
       ("decision to contribute", "0312", "ITA/GOV", N, False, A, N, True)],
      "Italy (2001); 'the Italian Parliament approved the Government's decision' = a parliamentary endorsement of an "
      "executive decision -> 051 ITA/LEG -> ITA/GOV (new: the mirror of the guideline's 'voted against' REJECT; "
      "borderline not coded, as a domestic procedure); 'the Government's decision to contribute ground troops, naval "
      "forces and air units to operations against international terrorism' = an intent stated as a fact (guideline: "
      "03x asserted) to take part in the military operations after 11 September -> express intent to cooperate "
      "militarily 0312, an event noun with its agent -> nominal (borderline 0332 military aid); the operations' "
      "leader is not named in the sentence or the document -> target null (borderline USA/GOV for the US-led "
      "coalition, the preceding text expressing solidarity with the United States); the operations against "
      "terrorists are the future action of unnamed forces, not coded separately"),
 44: ([], "The former Yugoslav Republic of Macedonia (2011): 'it is also utterly incomprehensible to all present' = an "
          "evaluation of the name dispute; not coded"),
 45: ([], "Greece (1991): the consolidation and expansion of democracy and freedom = an evaluation of developments, "
          "agentless; not coded"),
 46: ([], "Antigua and Barbuda (1997): 'The States of the developing world are not just emerging markets, they are "
          "human societies' = a description; not coded"),
 47: ([], "Philippines (2001): a fragment cut by the splitter, 'Annan on the Nobel Prize that he, together with the' "
          "(the 'I congratulate as well His Excellency Mr. Kofi' lies in the preceding text); the act lies outside "
          "the sentence (held-out 62-73: fragments whose act lies outside the sentence left uncoded) (borderline 051 "
          "PHL/GOV -> org:UN)"),
 48: ([], "Malawi (2013): 'That will drive equal opportunities ... and help us realize our dreams of shared prosperity' "
          "= an expected effect of tracking progress, no act between actors; not coded"),
 49: ([], "Kuwait (2011): 'the suffering of the Palestinian people only increases with the years' = a condition of a "
          "people, no agent in the sentence (the Israeli occupation lies in the preceding sentence); not coded"),
 50: ([], "United Arab Emirates (1990): 'We therefore hope that the international community will keep up its pressure "
          "until racism is uprooted' = a hope about another actor's act, optative (held-out 5), by an uncoded "
          "collective; not coded (borderline a future 170 null -> ZAF/GOV, the apartheid regime of the preceding "
          "text)"),
 51: ([], "Suriname (1996): 'We hope that the parties concerned and the international community will succeed in "
          "bringing the peace process back on track' = an optative hope (held-out 5); the parties are not named; not "
          "coded (borderline a future 046 ISR/GOV -> PSE/GOV)"),
 52: ([], "Papua New Guinea (2012): 'Our Government has prioritized combating corruption at all levels of society' = "
          "domestic policy, no counterpart actor; not coded"),
 53: ([], "Chad (2016): 'the commitments undertaken by all parties' to the Paris Agreement = commitments of all states, "
          "an uncoded collective, agentless implementation; not coded"),
 54: ([], "Marshall Islands (1996): 'The need for a more democratic process and for allowing greater participation in "
          "the work of the Council is something that we all reaffirmed' = 'we' meaning all states (held-out 42/43) on "
          "Security Council reform (held-out 54-61); not coded"),
 55: ([], "Japan (2015): a rhetorical question about mothers' wishes for their children; no act between actors (Japan's "
          "distribution of handbooks in Syria lies in the preceding text); not coded"),
 56: ([], "Switzerland (2009): 'The members of the G-20 themselves are not subject to the same scrutiny' = a criticism "
          "of an absent procedure, no act by a named actor (borderline a negated 094 null -> org:G20); not coded"),
}
