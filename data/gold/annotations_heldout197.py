"""Hand annotations for the HUNDRED-AND-NINETY-SEVENTH held-out event gold set (source of events-heldout197.jsonl).

Keyed by the row index of selection-heldout197.jsonl (output of select_bulk_sentence_heldout.py 197; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout197.jsonl \\
        --annotations annotations_heldout197 --output events-heldout197.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("Israeli occupation", "192", "ISR/GOV", "PSE", False, A, N, True),
      ("legitimate demands", "1044", "PSE/CVL", N, False, A, N, True),
      ("to assist it", "070", N, "PSE/CVL", True, A, N, False),
      ("has ignored", "111", N, "ISR/GOV", True, A, N, False),
      ("systematic violation of their", "175", "ISR/GOV", "PSE/CVL", False, A, N, True)],
     "Yemen (2009); the sentence starts after the splitter's cut ('The difficult humanitarian situation of the' lies "
     "before it), but the rest is whole. 'Palestinian people under Israeli occupation' = an occupation noun whose "
     "agent is named by the adjective -> nominal 192 (README: invade/occupy 192; set 183: a realised occupation a "
     "nominal 192 ISR/GOV -> PSE) to the occupied territory -> bare PSE; 'the occupied Palestinian territories' at "
     "the end is the same occupation, coded once. 'the legitimate demands of the Palestinian people' = the "
     "Palestinians' demand for statehood (the same clause names 'establishing its own State') -> nominal 1044 from "
     "PSE/CVL with no target (set 135: 'The legitimate demand of the Palestinian people to establish an independent "
     "State' a nominal 1044 PSE/CVL; borderline generic 100). 'the international community has failed to secure the "
     "legitimate demands ... and to assist it in establishing its own State' = an uncoded collective -> source null "
     "(guideline); 'failed to assist' = plain negation of an aid verb -> negated 070 to PSE/CVL ('it' = the "
     "Palestinian people; guideline: 'failed to' negation; set 193: a failure that 'did not translate into greater "
     "external support' a negated 070 with no source); 'failed to secure' the demands is folded into it (no CAMEO act "
     "of its own; borderline a negated 0833). 'it has ignored the suffering of the Palestinian people, the systematic "
     "violation of their human rights and the increase in illegal settlement activities' = a failure to react to "
     "Israel's acts -> negated 111 with no source to ISR/GOV (set 132: 'keeping silent about the Israeli occupation' a "
     "negated 111 with no source to ISR/GOV; README: a body 'silent on repression' a negated 111 to the regime; "
     "borderline uncoded, 'ignored' naming no condemnation, or a negated 030 as 'has ignored the appeals', though no "
     "appeal is named here). 'the systematic violation of their human rights' = an event noun whose agent is plain "
     "from the 'Israeli occupation' of the same sentence (README 48/49) -> nominal 175 ISR/GOV -> PSE/CVL (earlier "
     "held-out precedent: Israel's 'violations of human rights' a nominal 175 to PSE/CVL; borderline 1721); the "
     "'illegal settlement activities' have no CAMEO code (held-out precedent: settlement activity not coded)"),
 1: ([], "Monaco (1998): economic, social and cultural rights 'have made only modest progress — where they have not, "
         "indeed, met with major setbacks' = a description of rights, no actor; the negation bears on a trend, not "
         "an event"),
 2: ([("have extended assistance", "070", "org:UN", "MWI/GOV", False, A, N, False)],
     "Malawi (1995); the sentence starts after the splitter's cut, so the thanks verb ('My Government would "
     "therefore like to thank the') lies outside it and is not coded (README: a fragment whose verb was cut away is "
     "left uncoded; set 151); but 'which have extended assistance in our development endeavours' has its verb and "
     "agents inside the sentence -> provide aid 070 (guideline: assistance; borderline 071 as development aid) to "
     "the speaker's government -> MWI/GOV; compound agent split (guideline): 'the United Nations system' -> org:UN "
     "(README: a UN programme as subject stands for org:UN); 'the donor community' and 'the many other institutions in the "
     "private sector — especially the missionary sector' are uncoded collectives of unnamed nationality and are "
     "dropped from the compound (set 120: uncoded parts of a compound dropped; borderline a second 070 with no "
     "source). 'if our courage and hope had not been evoked by the Catholic bishops of Malawi I would not be speaking "
     "here today' = a counterfactual about the bishops' 1992 pastoral letter, whose act (evoking courage) has no "
     "CAMEO code, not coded (borderline a 051 MWI/REL -> MWI/CVL)"),
 3: ([("was killed", "1823", "RWA/MIL", "COD/CVL", False, A, N, False),
      ("refusing to carry out orders", "120", "COD/CVL", "RWA/MIL", False, A, N, False),
      ("were diverted", "181", "RWA/MIL", "COD/CVL", False, A, N, False)],
     "Democratic Republic of the Congo (1998); the August 1998 Kitona airlift, the sentence cut after 'under the "
     "direction of Mr.', the text after completing it: 'James Kabarehe, the ex-Chief of Staff of the Congo'. "
     "'these aircraft were diverted from Goma airport to transport troops and matériel [to] the west' = a forced "
     "diversion of civilian aircraft -> 181 (README: hijack/forced diversion of an aircraft 181), not nominal. Its "
     "agent is the one who directs it ('under the direction of' the Rwandan officer Kabarebe), within the speech's "
     "frame of a Rwandan aggression ('armed elements that came from that neighbouring country', 'the aggressive "
     "involvement of Kigali', text around it) -> RWA/MIL, the armed forces' act (guideline: /MIL for troops and their "
     "acts; README: a subject cut off by the splitter is taken from the context; borderline COD/REB for the RCD "
     "rebellion, or source null as an agentless passive); the aircraft and their civilian crews -> COD/CVL "
     "(borderline bare COD, or target null, since the speech does not give their nationality). 'one of the civilian "
     "pilots was killed' = an agentless killing of an individual -> 1823 (README: killings of individuals), its "
     "agent the same one that gave the orders (README: an agentless 'were killed' takes its agent from the text "
     "around it) -> RWA/MIL -> COD/CVL (borderline source null). 'for refusing to carry out orders' = the pilot's "
     "explicit refusal, presupposed as realised -> REJECT (guideline: 'refuses to' is a 12x) 120 COD/CVL -> "
     "RWA/MIL (borderline 1212 reject military cooperation, since the orders were to fly troops; or uncoded as a "
     "private person's act). 'to transport troops and matériel' is the purpose of the diversion, not coded "
     "separately (set 148: purpose clauses uncoded; borderline a 154 or 192 RWA/MIL -> COD)"),
 4: ([], "Belarus (2005): 'we need to take an honest look at our world, which would allow us to discuss critical "
         "problems' = 'we' meaning all states (held-out 42/43: not coded), no act"),
 5: ([("support of Brazilian society", "051", "BRA/CVL", "BRA/GOV", False, A, N, True)],
     "Brazil (1993); 'the President has personally determined measures ... for every case in which the human rights "
     "... have been violated' = a domestic measure with no counterpart, and the violations are agentless with no "
     "violator named, not coded (set 145: violated rights whose violator the speech never names uncoded); 'he has "
     "the support of Brazilian society' = the people's backing of the President -> nominal 051 BRA/CVL -> BRA/GOV "
     "(set 133: the people's support for the Government's reform a nominal 051 TGO/CVL -> TGO/GOV; set 172: popular "
     "support a Government enjoyed). 'which will not tolerate impunity as it did not tolerate corruption and the "
     "breach of ethical standards in politics' = a description of the society's disposition toward abstract "
     "wrongs, not coded (set 117: 'a people which will not be intimidated' left uncoded as resolve; borderline a 120 "
     "BRA/CVL with no target, as set 183's performative 'Will not tolerate any acts of terrorism', or for the past "
     "clause a 120/141 BRA/CVL -> BRA/GOV for the 1992 movement against Collor's government, which the sentence does "
     "not name)"),
 6: ([], "Sri Lanka (2001): 'when a terrorist attack takes place somewhere in the world' = a generic, habitual "
         "attack with no agent or victim named (set 176: agentless terrorist attacks 'throughout the world' uncoded); "
         "the John Donne quotation is figurative"),
 7: ([("was negotiating in bad faith", "046", "SLE/REB", "SLE/GOV", False, A, N, False)],
     "Sierra Leone (1997, President Kabbah, in exile after the May 1997 coup: 'my Government' -> SLE/GOV under the "
     "UN-speech rule, as set 176's Zelaya government); 'What my Government did not know was that the RUF was "
     "negotiating in bad faith' = the 1996 Abidjan negotiations (sentence before) -> negotiate 046 (guideline) from "
     "the RUF -> SLE/REB (README) to the Government -> SLE/GOV; 'did not know' negates the Government's knowledge, "
     "not the negotiation, which is presupposed (guideline: a fact presupposed by a factive frame is asserted); 'in "
     "bad faith' is the speaker's characterisation, folded in (borderline a separate 112 SLE/GOV -> SLE/REB as an "
     "accusation)"),
 # --- UNGDC 1990-2019 random: future
 8: ([("the Moroccan candidacy", "102", "MAR/GOV", "org:UNGA", False, A, N, True)],
     "Morocco (2011); 'the Moroccan candidacy' = Morocco's bid for a non-permanent Security Council seat, elected by "
     "the General Assembly -> nominal 102 MAR/GOV -> org:UNGA (set 118: a candidature for the Human Rights Council 102 "
     "to org:UNGA; set 186: 'our candidature' for a Council seat a nominal 102 to org:UNGA); 'We are truly confident "
     "that the support of the members of the Assembly ... will provide the Kingdom ... with the distinct "
     "opportunity' = a confident prediction of other actors' support, a hope, not coded (set 123: a confident "
     "prediction of another actor's aid not coded; set 118: 'we look forward to the Assembly's support' left "
     "optative; borderline a future nominal 051 with no source to MAR/GOV, as set 52's hoped-for support); its "
     "'mandate in the Security Council' and addressing the agenda lie in the future and are not acts between "
     "actors"),
 9: ([("committed to supporting", "032", "HUN/GOV", "AFG", False, A, N, False),
      ("contributing troops", "0334", "HUN/GOV", "AFG", False, A, N, False),
      ("civilian and development", "0331", "HUN/GOV", "AFG", False, A, N, False)],
     "Hungary (2009); 'Hungary will remain committed to supporting, politically and by contributing troops and "
     "civilian and development assistance, the creation of a stable Afghanistan' = a commitment stated as a fact "
     "(README: 'remain committed to supporting' an asserted 03x; guideline: an explicit intent verb stated as a fact "
     "is asserted; borderline future on 'will remain'); the one commitment names three kinds of support, coded one "
     "intent each, as set 156 split 'dispatching its Self-Defence Forces and providing official development "
     "assistance' into 070 and 071: political support -> 032, troops (ISAF) -> 0334, civilian and development "
     "assistance -> 0331 (borderline one 033 or 030 for the whole commitment, README: 'one commitment with several "
     "purposes is coded once'); the target is the country whose stabilisation is supported -> bare AFG (set 122: "
     "'Jordan supports a united and stable Iraq' a 051 to bare IRQ; README: troops in ISAF 074 to the host country; "
     "borderline AFG/GOV)"),
 10: ([], "Barbados (1998): 'That meeting will focus on sustainable tourism and oceans' = the agenda of the Commission "
          "on Sustainable Development's meeting, no act between actors (set 193: a meeting's theme uncoded)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("recognize and commend", "051", "VUT/GOV", "org:UN", False, A, N, False)],
      "Vanuatu (2007); 'I should now like to take this opportunity to recognize and commend the work done under the "
      "United Nations Framework Convention on Climate Change' = a performative commendation (guideline: commend 051; "
      "'should like to' performative -> asserted), 'recognize' folded into it (set 128: recognition folded into the "
      "accompanying act) -> one 051 to org:UN, the Convention's process and secretariat being the UN's (README: "
      "supporting a UN plan 051 to org:UN; borderline target null, the work's authors, the Convention's parties, "
      "being unnamed); the work's aims ('to address ... and to promote') are not coded separately"),
 12: ([], "India (2008): 'we must acknowledge frankly that there has been little progress on the core elements of the "
          "reform agenda' = 'we' meaning all Member States and a UN reform position (held-out 42/43 and 54-61), not "
          "coded"),
 13: ([], "Liechtenstein (2012): 'A strong message should therefore emerge from this debate' = an agentless deontic "
          "about the general debate, no act between actors"),
 14: ([("We therefore urge", "100", "MYS/GOV", "org:UNHCR", False, A, N, False),
       ("We therefore urge", "100", "MYS/GOV", "org:IOM", False, A, N, False)],
      "Malaysia (2016); 'We therefore urge the Office of the United Nations High Commissioner for Refugees, the "
      "International Organization for Migration and the States parties to the 1951 Convention ... to address this "
      "matter and act promptly on it' = a request (guideline: urge -> 10x, asserted), split by addressee "
      "(guideline): UNHCR -> org:UNHCR (README); the IOM has no code yet -> new organisation code org:IOM, on the "
      "model of org:UNHCR and org:UNFPA (borderline org:UN, the IOM having become a UN related organisation in 2016); "
      "'the States parties to the 1951 Convention' are an uncoded collective, dropped from the compound (set 120; "
      "borderline a third 100 with no target); Y = 'address this matter and act promptly' on the resettlement of "
      "refugees to third countries (sentence before) is not a specific behaviour -> generic 100 (set 183: 'Urges all "
      "Member States to cooperate' a generic 100; borderline 103 demand aid, resettlement being the asylum kind of "
      "aid, 075)"),
 15: ([], "Benin (2019): 'ever closer cooperation between States and the harmonious functioning of international "
          "organizations ... must remain our absolute priority' = an abstract position, 'our' meaning all states, no "
          "act between named actors; the opening quotation mark is the record's mark for the speaker's own text (set "
          "149)"),
 16: ([], "Viet Nam (2008): 'Such a solution should respect the inalienable rights of the Palestinian people ... and "
          "the principle of land for peace' = a deontic with an inanimate subject (a hoped-for solution), no actor; "
          "not coded (borderline a demanded 0833 with no source to PSE/CVL)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("Iraqi invasion", "192", "IRQ/GOV", "KWT", False, A, N, True),
       ("damage inflicted", "1712", "IRQ/GOV", "KWT", False, A, N, False),
       ("setting fire to 732 oil wells", "1712", "IRQ/GOV", "KWT", False, A, N, False)],
      "Kuwait (1991); 'the Iraqi invasion' = Iraq's August 1990 invasion -> nominal 192 (README: invade 192) from "
      "IRQ/GOV ('the Iraq regime' of the sentence before; guideline: 'Russia's invasion' to the GOV) to the country "
      "-> bare KWT (guideline: target of an invasion bare); 'the extensive damage inflicted by the Iraqi invasion on "
      "Kuwait's physical infrastructure' = destruction of property -> 1712 (set 134 and 171: the destruction of "
      "infrastructure 1712), the invasion standing for Iraq (README: an inanimate subject standing for a "
      "government's act), to bare KWT; coded on the participle and not nominal (set 116 and 187: 'organized by', "
      "'imposed by' not nominal as participles; borderline folded into the 192 as its result); 'the heinous crimes "
      "perpetrated against man and life in all its forms - as demonstrated by setting fire to 732 oil wells' = the "
      "oil-well fires of February 1991 -> 1712 IRQ/GOV -> KWT (borderline a separate nominal 180 or 200 for the "
      "'crimes', here folded into the act the sentence gives as their demonstration); 'the reconstruction of Kuwait' "
      "is domestic, not coded"),
 18: ([], "Bosnia and Herzegovina (2016): 'Fulfilling the commitments of the Sendai Framework ... and the Paris "
          "Agreement ... is critical' = a norm for all states (held-out 42/43), compliance with no named actor, not "
          "coded"),
 19: ([], "Guinea (1993): 'the stagnation - for which, read reduction - in official development assistance' to "
          "'Africa' = a decline in aid between uncoded parties (unnamed donors, the continent), null-null, not coded "
          "(set 145: a falling-ODA trend between uncoded collectives uncoded; borderline a nominal 162 with no source "
          "to GIN/GOV, as set 156's Gabon); structural adjustment programmes and the debt burden name no actor"),
 20: ([], "Dominica (2013): 'Our girls and women ... have received tremendous support in improving their living "
          "conditions' = the Government's own social programmes (the paragraph lists domestic MDG progress), a "
          "domestic programme, not coded (set 174: 'We have to provide them with agricultural assistance' uncoded; "
          "borderline an agentless 070 with no source to DMA/CVL, as set 152's Japan 'received a great deal of "
          "support'); 'treated as equals' describes a status"),
 21: ([], "Cuba (2003): 'Its outcome is just the opposite of the ideal of preserving peace' = an evaluation of 'the "
          "war in Iraq' of the sentence before, an anaphoric event outside the sentence (set 178: 'That attack' "
          "uncoded; set 187: 'the war in Iraq' uncoded); no act in the sentence"),
 22: ([("have to support and assist", "070", "org:UN", N, False, D, N, False),
       ("the United Nations does", "070", "org:UN", "LBY", False, A, N, False)],
      "Austria (2011); the subject 'The international community and the United [Nations]' lies before the "
      "splitter's cut and is taken from the context (README: a subject cut off by the splitter is taken from the "
      "context); 'have to support and assist the transition process in the Arab world' = a deontic with no request "
      "verb (guideline: demanded) -> demanded 070 (provide aid; 'support and assist' one act, borderline a separate "
      "051 as set 161's 'support' of UN efforts) from org:UN, the international community being an uncoded "
      "collective dropped from the compound (set 120; borderline a second 070 with no source); 'the Arab world' has "
      "no code -> target null; 'as the United Nations does now in Libya' = a pro-verb for the same support, realised "
      "now -> asserted 070 org:UN (set 179: a pro-verb 'as they did' coded as the act it stands for) to bare LBY "
      "(held-out 195 row 14, Italy 2011: the UN's assistance to Libya a 070 to bare LBY; borderline LBY/GOV, the "
      "National Transitional Council)"),
 23: ([("condemning terrorism", "111", "MMR/GOV", N, False, A, N, False)],
      "Myanmar (2017); 'Myanmar stands together with the rest of the world in condemning terrorism in all its forms "
      "and manifestations' = the speaker's own condemnation (guideline: condemn 111), asserted, the perpetrators "
      "unnamed -> target null (README: condemning attacks by unnamed perpetrators is the speaker's 111 with no "
      "target; borderline MMR/REB for the ARSA attacks in Rakhine that the speech does not name here, or uncoded as "
      "a generic formula); 'the rest of the world' is an uncoded collective, so 'stands together with' gives no "
      "second event (README: 'joined the United Nations in their condemnation' coded the partner only because it "
      "was a coded body)"),
 24: ([], "Cabo Verde (2009): 'Cape Verde and other West African States are facing organized crime, which has found "
          "fertile ground for its activities' = a threat from unnamed crime groups with no specific act (README: "
          "unnamed transnational crime groups have no code; their acts coded only when named, e.g. bombings 183); "
          "not coded (borderline a 180 with no source to bare CPV)"),
 25: ([("announced our candidacy", "102", "NLD/GOV", "org:UNGA", False, A, N, False)],
      "Netherlands (2019); 'We have therefore announced our candidacy for a seat on the Human Rights Council from "
      "2020 to 2022' = putting forward a candidature, elected by the General Assembly -> 102 NLD/GOV -> org:UNGA "
      "(set 118: Viet Nam's 'put forth its candidature' for the Human Rights Council a 102 to org:UNGA), the "
      "announcing being the bid itself, not a separate speech event (borderline a nominal 102 on 'our candidacy'); "
      "'we hope to have the support of everyone here' is optative, not coded (set 118: 'we look forward to the "
      "Assembly's support' left optative)"),
 26: ([("I wish to affirm my country’s", "051", "YEM/GOV", "org:UN", False, A, N, False),
       ("convening of a disarmament conference", "036", "org:UN", N, False, F, N, True)],
      "Yemen (2004); 'I wish to affirm my country's support for United Nations efforts' = an expression of support "
      "(README: 'express support' 051; 'wish to' performative -> asserted) for a UN effort -> 051 to org:UN (README: "
      "supporting a UN plan 051 to org:UN); 'regarding the convening of a disarmament conference' on a Middle East "
      "zone free of weapons of mass destruction = a conference not yet held, which the UN efforts aim to convene -> "
      "future nominal 036 from org:UN with no target (set 130: support for the Secretary-General's 'initiative in "
      "convening' a summit a 051 plus a future nominal 036 from org:UN; borderline 043); the zone itself is the "
      "conference's aim, not an act"),
 27: ([("We support", "051", "LVA/GOV", "RUS/GOV", False, A, N, False),
       ("the proposal made to the General", "1043", "RUS/GOV", "org:UNGA", False, A, N, True)],
      "Latvia (1994); 'We support the proposal made to the General' = a fragment whose object the splitter cut off, "
      "the text after completing it: '[Assembly] by Mr. Boris Yeltsin, President of the Russian Federation, that the "
      "principles of the Declaration on the Rights of Persons Belonging to National ... Minorities be embodied in the "
      "legislation of all Member States' -> coded from the text after, since its verb is in the sentence (README: a "
      "fragment whose object the splitter cut off); 'We support' -> 051 (guideline: support verbal) to the proposer "
      "-> RUS/GOV (Yeltsin as President on the speech's date); 'the proposal made to the General [Assembly]' = a "
      "request noun whose author follows the cut -> nominal 1043 RUS/GOV -> org:UNGA, its content being minority "
      "rights in national legislation (demand rights; README: 'recommendations made by the Secretary-General' a "
      "nominal 100, and set 187: support for proposals a 051 plus a nominal 100; here the content gives the "
      "sub-code; borderline generic 100, or target null for a request to all Member States), nominal as 'made' is a "
      "light verb"),
 28: ([("we commend", "051", "ARE/GOV", "PSE/GOV", False, A, N, False)],
      "United Arab Emirates (2009); 'we commend His Excellency President Mahmoud Abbas for his tireless efforts' -> "
      "051 (guideline: commend) to the President of the Palestinian Authority -> PSE/GOV; his efforts 'to restore "
      "the legitimate rights of his people, to establish a Palestinian State ... and to achieve development and "
      "peace' are purposes, not coded separately"),
 29: ([("We are negotiating with Azerbaijan", "046", "ARM/GOV", "AZE/GOV", False, A, N, False)],
      "Armenia (2007); 'We are negotiating with Azerbaijan' on Nagorno Karabakh (within the OSCE, sentence before) "
      "-> negotiate 046 (guideline), ongoing -> asserted, ARM/GOV -> AZE/GOV; 'are inching towards a resolution' "
      "describes progress, not a settlement (borderline 037)"),
 30: ([("We appreciate the role", "051", "YEM/GOV", "org:UN", False, A, N, False),
       ("their help in achieving", "045", "org:UN", "SDN", False, A, N, True)],
      "Yemen (2005); 'We appreciate the role played by neighbouring Arab and African States, as well as that by "
      "Secretary-General Kofi Annan' = appreciation, praise -> 051 (set 127: 'We appreciate the fact that' 051) to "
      "org:UN for the Secretary-General; the 'neighbouring Arab and African States' are never named in the speech "
      "and are dropped from the compound (set 120; borderline a 051 with no target); 'for their help in achieving "
      "agreement to ensure Sudan's territorial integrity' = help toward the Comprehensive Peace Agreement, a "
      "third party's part in a settlement -> nominal 045 from org:UN (README: UN mediation of talks a nominal 045 to "
      "each party), the parties never named in the speech (no SPLM/A, no Garang) -> bare SDN (set 149: Djibouti's "
      "endeavour 'to broker the Djibouti process' a nominal 045 to bare SOM, the parties unnamed; borderline SDN/GOV "
      "and SDN/REB); the agreement itself has no party named and is folded into the mediation (borderline a 057 from "
      "SDN/GOV with no target, as set 172)"),
 31: ([("participated with others", "045", "ZAF/GOV", "LSO", False, A, N, False),
       ("logistical support", "070", "ZAF/GOV", "MOZ/GOV", False, A, N, False)],
      "South Africa (1995); 'South Africa participated with others in the resolution of the conflict in Lesotho' = "
      "its part, with Botswana and Zimbabwe (unnamed here), in settling the 1994 Lesotho crisis, a third party's "
      "role in a settlement -> 045 (README: mediate 045), the parties unnamed -> bare LSO (set 149: a nominal 045 to "
      "bare SOM when the parties are unnamed; borderline LSO/GOV, or 040); 'with others' is uncoded; 'provided "
      "logistical support for the elections in Mozambique' -> provide aid 070 (borderline 071, or 074 for a "
      "logistics role beside ONUMOZ) to the 1994 election authorities -> MOZ/GOV (set 121: a contribution to a "
      "country's elections a 070 to its GOV; borderline bare MOZ)"),
 32: ([], "Marshall Islands (1993): 'The spirit of cooperation that was exhibited at the first round-table meeting in "
          "1991 is evident in this programme' = an evaluation of UNDP's country programme; the round table names no "
          "participant in the sentence (set 154: a meeting only 'held' uncoded) and 'spirit of cooperation' is a "
          "quality, not an act (borderline a nominal 050 MHL/GOV -> org:UNDP from the sentence before)"),
 33: ([("Estonia welcomes", "051", "EST/GOV", "org:UN", False, A, N, False),
       ("encourages", "100", "EST/GOV", "org:UN", False, A, N, False)],
      "Estonia (2011); 'Estonia welcomes — indeed wholeheartedly encourages — the United Nations to move forward on "
      "Secretary-General Ban Ki-moon's decision to focus during his second term on democracy and human rights' = a "
      "welcome of the Secretary-General's decision (guideline: welcome 051; the next sentence: 'Estonia welcomes "
      "that decision') -> 051 to org:UN, and 'encourages the United Nations to move forward' = a request (set 147: "
      "'We encourage Iraq to cooperate' a 10x; set 165: 'encourage the IAEA to continue to monitor' a generic 100) -> "
      "100 to org:UN, Y being a focus of the Organization's work and not a specific behaviour (borderline 1043, the "
      "focus being human rights); the decision itself is the Secretary-General's internal priority, not coded (set "
      "145: internal Secretariat changes uncoded)"),
 34: ([], "Egypt (1991): 'Confrontation has been turned into dialogue, conflict into cooperation and suspicion into "
          "trust' = an agentless description of the end of the Cold War, no party named (set 178: 'the elimination of "
          "the underlying reasons of confrontation between East and West' coded only through a welcome verb; "
          "borderline a nominal 050 USA/GOV -> SUN/GOV)"),
 35: ([("conclusion of the Israeli-Palestinian Agreement", "057", "ISR/GOV", "PSE/GOV", False, A, N, True)],
      "Morocco (1995); 'the conclusion of the Israeli-Palestinian Agreement signed at Washington D.C.' = the "
      "Israel–PLO agreement signed in Washington -> agreement concluded 057 (guideline), nominal, named after its "
      "parties, from the first-named (README: an agreement named after its parties a nominal 057 from the "
      "first-named party) ISR/GOV -> PSE/GOV (set 142: the Oslo and Washington agreements ISR/GOV -> PSE/GOV); 'signed "
      "at' is the same agreement, coded once; 'confirmed that the peace process ... is irreversible' is an "
      "evaluation, and 'the obstacles it is encountering' name no act"),
 36: ([("encourage the developed countries", "1031", "FSM/GOV", N, False, A, N, False)],
      "Micronesia (2008); 'We encourage the developed countries not to use this as a convenient excuse to reverse "
      "their gains in reaching the agreed target of 0.7 per cent of their gross domestic product for official "
      "development assistance' = a request (set 147/165: encourage -> 10x), asserted, to an uncoded collective -> "
      "target null (set 122: a request to the international community with no target); Y = keeping up official "
      "development assistance -> demand economic aid 1031 (set 172: a call on Member States in arrears to settle "
      "them a 1031 with no target; borderline generic 100); the 'not' lies inside Y (a request not to reverse aid is "
      "a request to keep it), so the request is not negated; the financial turbulence 'this' names no act"),
 37: ([], "Qatar (2001): 'our political and geographical borders could become points of cooperation, convergence and "
          "communication among our peoples and nations' = a hypothetical aim with 'our' meaning all peoples (held-out "
          "42/43), no act between named actors"),
 38: ([("pleased to sign", "057", "BTN/GOV", N, False, A, N, False)],
      "Bhutan (2010); 'My Government was therefore particularly pleased to sign the United Nations Convention on the "
      "Rights of Persons with Disabilities on 21 September 2010' = a realised signing of a multilateral treaty -> "
      "057 (guideline: agreements concluded) with no target (README: joining the NPT a 057 with no target; set 146: "
      "'one of the first nations to sign and ratify' the NPT one 057 with no target; borderline org:UN as "
      "depositary); 'pleased' is the speaker's attitude to its own act, not a welcome"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Senegal (2006): the sentence starts after the cut ('The failure of the agriculture negotiations in the' "
          "lies before it); 'Doha round ... shows how far we have yet to go in order to ensure respect by all for the "
          "rules of the game' = WTO negotiations between uncoded parties and 'we' meaning all states (set 178: a "
          "failed GATT round between uncoded parties uncoded), not coded"),
 40: ([], "Malta (2017): 'That is an achievement that is as dear to us as our record-setting economic growth' = a "
          "domestic achievement (fewer people at risk of poverty), no act between actors"),
 41: ([], "Ecuador (1994): 'The changes on the international scene have brought about a new and growing interest in "
          "the United Nations' = an agentless trend, no act"),
 42: ([], "Benin (2018): 'The Government of Benin is also implementing measures to ensure better health care for the "
          "entire population' = a domestic programme (set 174: domestic programmes uncoded); the opening quotation "
          "mark is the record's mark for the speaker's own text (set 149)"),
 43: ([], "Yemen (2016): 'the Central Bank of Yemen remains fully committed to fulfilling its national and "
          "international obligations' = compliance with unnamed obligations, an abstract commitment (set 137: "
          "reaffirmed commitments to the Charter uncoded; set 150: 'will comply with' uncoded; borderline a 030 "
          "YEM/GOV with no target)"),
 44: ([], "Thailand (2004): 'what bond binds the 191 Member States to the United Nations multilateral system?' = a "
          "rhetorical question about membership, no act"),
 45: ([("to be introduced", "1042", N, "org:UNSC", False, F, N, False),
       ("full backing", "051", "org:AU", N, False, A, N, True)],
      "Rwanda (2018, President Kagame, the African Union's Chairperson); 'The draft resolution to be introduced by "
      "Africa's three Security Council members' = the A3's draft on UN funding of African-Union-mandated peace "
      "operations (sentence before), to be tabled in the Council -> a sponsor's draft resolution is its request "
      "(set 126: a draft resolution a 1042; set 186: tabling a draft resolution a 1042), future, to org:UNSC; the "
      "A3 are never named in the speech -> source null (README: a group whose members the document does not name; "
      "borderline org:AU, or 1031 for the funding it seeks); 'has the full backing of the African Union' = the "
      "AU's endorsement -> nominal 051 from org:AU (README: 'backed by the League of Arab States' a 051 from "
      "org:LAS) to the draft's unnamed sponsors -> target null (borderline org:UNSC)"),
 46: ([], "Zimbabwe (2014): 'The possession and exploitation of land has also turned them into masters of their own "
          "destiny' = the effect of the domestic land reform on the rural people, no act between actors"),
 47: ([], "Greece (2000): 'Let me use a single but powerful example' = the speaker's discourse, no event"),
 48: ([], "Sierra Leone (2008): 'we are the first to acknowledge that much more needs to be done to achieve "
          "sustainable peace and development' = an agentless deontic, the speaker's statement (01x), no act"),
 49: ([], "Iceland (1999): 'This needs to be changed; the efficiency of the United Nations might thereby be greatly "
          "enhanced' = an agentless deontic about a culture of reaction (sentence before), a UN reform position, no "
          "act"),
 50: ([], "Spain (2013): 'We believe that conflict prevention is one of the main instruments for ensuring peace and "
          "security' = an abstract policy position, no act"),
 51: ([], "Guinea (1994): 'As long as some are afraid of the progress of others, the myth of Sisyphus will prevail' = "
          "a figurative generalisation, 'some' and 'others' uncoded"),
 52: ([("I would also like to congratulate", "051", "NER/GOV", "org:UN", False, A, N, False)],
      "Niger (2017); 'I would also like to congratulate the new Secretary-General, Mr. António Guterres' = a "
      "performative congratulation (README: 'congratulated' 051; 'would like to' -> asserted) -> 051 to org:UN (set "
      "193: congratulations on Annan's work one 051 to org:UN; README: welcoming an appointment is 051 to the "
      "appointee); 'and wish him every success in his mission' is well-wishing, not coded (README: well-wishing not coded)"),
}
