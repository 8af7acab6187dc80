"""Hand annotations for the HUNDRED-AND-SEVENTY-NINTH held-out event gold set (source of events-heldout179.jsonl).

Keyed by the row index of selection-heldout179.jsonl (output of select_bulk_sentence_heldout.py 179; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout179.jsonl \
        --annotations annotations_heldout179 --output events-heldout179.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("It is no longer tolerable", "111", "MCO/GOV", N, False, A, N, False),
      ("mistreated", "182", N, "org:UN", False, A, N, False),
      ("taken hostage", "181", N, "org:UN", False, A, N, False),
      ("used as human", "184", N, "org:UN", False, A, N, False)],
     "Monaco (1995); 'It is no longer tolerable that the Blue Helmets be mistreated, humiliated, taken hostage and "
     "used as human shields' = the speaker's condemnation in an impersonal verb phrase (earlier sets: 'cannot be "
     "condoned' and 'should in no way be tolerated' are the speaker's 111; borderline 110), the perpetrators (the "
     "Bosnian Serb forces of May-June 1995) named nowhere in the speech -> target null (earlier sets: condemning "
     "attacks by unnamed perpetrators is the speaker's 111 with no target; borderline BIH/REB from outside "
     "knowledge); 'no longer tolerable' presupposes that the acts happened, so they are asserted (guideline: a fact "
     "presupposed by a factive frame is asserted; borderline hypothetical), agentless -> no source (set 164: UN "
     "civil servants 'detained and held hostage' a 173 and a 181 with no source), the Blue Helmets -> org:UN; "
     "mistreated -> 182 physical assault (borderline 180, or folded into the hostage-taking), taken hostage -> 181, "
     "used as human shields -> 184 (CAMEO 'use as human shield'); 'humiliated' has no CAMEO code and is not coded; "
     "'no longer' bears on the tolerability, not on an event (no negation)"),
 1: ([], "Barbados (2018): 'we are accustomed to being treated sometimes as if we did not exist' = an agentless "
         "description of how a small State is treated, no act and no named actor; 'as if we did not exist' is a "
         "counterfactual comparison, not a negated event"),
 2: ([], "Venezuela (1999): children who 'did not go to school' and 'could not pay the fees' under a model of "
         "privatised education = a domestic social description with no act between actors; 'the poverty that has "
         "been invading the social strata' is figurative"),
 3: ([], "Latvia (2019): 'hybrid threats do not recognize national borders' = threats as risks (guideline) and a "
         "figurative 'recognize', not a negated 054; no actor"),
 4: ([("we must support", "051", N, "AGO/GOV", False, D, N, False)],
     "Chad (2000); 'we must support the efforts of the legitimate and legal Government of Angola, as well as the "
     "efforts of the international community' = a hortative deontic with 'we' meaning the Member States at large "
     "(set 127: 'Let us support Israeli and Palestinian leaders' a demanded 051 with no source; set 118: 'We need to "
     "continue to support Somalia' a demanded 070 with no source) -> demanded 051 with no source to AGO/GOV, the "
     "Government's efforts against UNITA (Savimbi, preceding sentence) being political (borderline 070, or source "
     "TCD/GOV); the efforts of the international community are an uncoded collective's, null -> null, dropped; "
     "'that they have not known since they acceded to independence' negates peace, not an event"),
 5: ([], "Dominica (2001): 'remains firmly committed to the struggle against international terrorism' = a "
         "commitment to an abstract fight with no counterpart (set 125: 'determined to fight drug trafficking' left "
         "uncoded; borderline 030 with no target); 'we strive to ensure that our financial services sector ... does "
         "not provide support to the perpetrators' = the purpose of a domestic regulatory effort, not a realised "
         "non-event (purposes are not coded; borderline a negated 070 DMA/BUS -> null, on the model of 'must be "
         "ensured that Afghanistan does not become a haven')"),
 6: ([("I call on", "102", "EST/GOV", N, False, A, N, False)],
     "Estonia (2017); 'I call on all States that have not yet done so to accede to the Council of Europe Convention "
     "on Cybercrime' = a request (guideline: call on -> 10x) to join a treaty -> 102, addressed to an open-ended "
     "class of states -> target null; the relative clause's non-accession is left uncoded (set 117: 'We call on all "
     "countries that have not yet done so to join the Rome Statute' a 102 with no target, its negated accession "
     "uncoded; borderline target org:COE)"),
 7: ([("Israel’s refusal", "124", "ISR/GOV", "PSE/GOV", False, A, N, True),
      ("occupied territories", "192", "ISR/GOV", "PSE", False, A, N, True)],
     "Zimbabwe (1997); 'Israel's refusal to freeze the building of settlements in the occupied territories' = an "
     "explicit refusal (guideline: REJECT, negated false) that takes the code of what was refused (earlier sets); a "
     "settlement freeze is a concession with no specific CAMEO yield code -> refuse to yield 124 (borderline 1246 as "
     "held-out 76's 'refusal to withdraw', or 128), nominal, to the Palestinian side of 'the peace process in the "
     "Middle East' -> PSE/GOV (borderline target null, the sentence naming no counterpart); the settlement building "
     "itself has no CAMEO code and is not coded; 'the occupied territories', with the occupier named in the same "
     "sentence -> nominal 192 ISR/GOV -> bare PSE (sets 141 and 149: 'illegally occupied areas', 'Israeli-occupied "
     "Golan' nominal 192s; borderline uncoded as a place name, as set 143 did where Israel was named only in the "
     "sentence before); the jeopardy of the peace process is an effect"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Oman (1993): 'We are concerned' is 01x; 'if the developed countries are not fully responsive to and "
         "supportive of the essential requirements of economic recovery in the Third World countries' = a "
         "conditional between two uncoded collectives, null -> null, not coded (borderline a negated hypothetical "
         "070 null -> null); the recession is an effect"),
 9: ([("contribution to the discussion", "036", "PHL/GOV", N, False, F, N, True)],
     "Philippines (2013); 'Our national experience ... will be my Government's contribution to the discussion in "
     "the forthcoming High-level Dialogue on International Migration and Development later this week' = an "
     "announced part in a coming General Assembly meeting -> future cooperative act, 036 future (held-out 32/33: "
     "an intent to take part in a UN process is 036 future with no target; set 146: 'look forward to discussions' "
     "a future 036 with no target), nominal, target null (borderline org:UNGA, which convenes the Dialogue)"),
 10: ([("rest assured", "030", "CMR/GOV", "org:UNGA", False, A, N, False)],
      "Cameroon (2003); 'You may rest assured that my delegation will cooperate fully with you' = an assurance of "
      "cooperation to the President of the General Assembly -> 030 to org:UNGA (earlier sets: 'assures the Assembly "
      "of its full cooperation' 030 to org:UNGA), the assurance asserted (set 123: 'I can assure you that Suriname "
      "will support you' a 030 asserted; borderline a future 030 on 'will cooperate'); 'being a member of your "
      "Bureau ... as Chairman of the Third Committee' is a status, not coded"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("our greetings", "051", "ROU/GOV", "KOR/GOV", False, A, N, False),
       ("our greetings", "051", "ROU/GOV", "PRK/GOV", False, A, N, False),
       ("our greetings", "051", "ROU/GOV", "EST/GOV", False, A, N, False),
       ("our greetings", "051", "ROU/GOV", "LVA/GOV", False, A, N, False),
       ("our greetings", "051", "ROU/GOV", "LTU/GOV", False, A, N, False),
       ("our greetings", "051", "ROU/GOV", "FSM/GOV", False, A, N, False),
       ("our greetings", "051", "ROU/GOV", "MHL/GOV", False, A, N, False)],
      "Romania (1991); 'I should like to extend to the representatives of the Republic of Korea, the Democratic "
      "People's Republic of Korea and ... Estonia, Latvia and Lithuania - as well as to the representatives of the "
      "Federated States of Micronesia and the Marshall Islands our greetings on their admission as full members' = a "
      "performative congratulation on UN admission -> 051 asserted to each new Member named (set 116: congratulating "
      "Switzerland on joining the UN a 051 to CHE/GOV, the joining not coded; set 144: a welcome of admissions one "
      "051 per state named; borderline an uncoded 01x courtesy), seven events under the compound rule; the "
      "admissions themselves are not coded"),
 12: ([], "Costa Rica (1992): 'both the United Nations and the regional organizations should pay more attention to "
          "this matter and strive harder for a prompt solution to the crisis' (Haiti) = a deontic whose Y is no "
          "specific behaviour (set 124: Lebanon's 'the United Nations should assume greater responsibility in "
          "resolving the violent conflict in Iraq' left uncoded; borderline a demanded 045 org:UN -> HTI, and a second "
          "from the unnamed regional organizations); 'My country believes' is a belief"),
 13: ([], "Singapore (2013): 'We should keep to that outcomes-based approach' = 'we' meaning all states, a position on "
          "the post-2015 agenda, not coded"),
 14: ([], "Switzerland (2011): wishing the Security Council 'to be more transparent and open' and accountable to the "
          "Member States = a UN reform position, not coded"),
 15: ([], "Romania (2005): 'the comprehensive implementation of standards must continue' in Kosovo, with "
          "consideration given to protecting relations between ethnic communities = an agentless deontic about a "
          "domestic process, no named actor, not coded"),
 16: ([], "Mozambique (2013): 'the multilateral approach ... must prevail' = an abstract norm, no actor"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("We reject", "120", "POL/GOV", N, False, A, N, False)],
      "Poland (2016); 'We reject the system by which it is the politics of force and aggression that decides a "
      "nation's destiny' = a performative rejection (guideline: 12x) -> 120, the practitioners of that 'politics of "
      "force' named neither here nor in the text around it -> target null (set 148: Qatar's 'we reject the tackling "
      "of this phenomenon using double standards' a 120 with no target; borderline RUS/GOV from outside knowledge, "
      "or uncoded as a statement of principle); 'aggression' is abstract, not coded"),
 18: ([], "Tajikistan (2016): 'the United Nations remains the key platform for achieving consensus ... and for "
          "coordinating joint action by the international community' = a description of the Organization's role, "
          "no act"),
 19: ([], "Myanmar (1992): 'There were, however, a few encouraging signs in 1991' = an evaluation, no actor"),
 20: ([("as they did", "050", "org:UNSC", "org:UNSC", False, A, N, False),
       ("agreement on Iran’s nuclear capability", "057", "IRN/GOV", N, False, A, N, True)],
      "New Zealand (2015); 'When Council members work together, as they did over the recent agreement on Iran's "
      "nuclear capability' = a generic conditional with a realised instance, the pro-verb 'as they did' (set 164: "
      "the pro-verb 'We have done that' coded) -> cooperation 050 among the Council's members -> org:UNSC -> "
      "org:UNSC (set 147: UN organisations that 'have failed to cooperate' with each other a negated 050 org:UN -> "
      "org:UN; borderline uncoded, the members being an uncoded collective); the JCPOA -> nominal 057 from Iran with "
      "no target (set 113: the Iran nuclear agreement a nominal 057 from Iran with no target; borderline the P5+1 as "
      "a group without a code, dropped); 'they can still deliver on the Council's role' is a general capacity"),
 21: ([], "Seychelles (2001): 'To agree on a common value system is ... a more profitable orientation for the whole "
          "of humanity' = a generic infinitive with no actor"),
 22: ([("strongly supports", "051", "KOR/GOV", "org:UN", False, A, N, False)],
      "Republic of Korea (2014); 'strongly supports United Nations policies to protect human rights, such as the "
      "Rights Up Front initiative and the Secretary-General's \"open gate\" policy' = verbal support for the "
      "Secretary-General's initiatives -> 051 to org:UN (earlier sets: supporting a UN plan or the "
      "Secretary-General is 051 to org:UN; set 123: Monaco's support for the Global Strategy 051 to org:UN; "
      "borderline an uncoded abstract position)"),
 23: ([], "Ethiopia (2002): 'That effort [Africa's fight against poverty] is unlikely to succeed without greater "
          "international cooperation' = a statement of need whose beneficiary is a continent and whose providers are "
          "unnamed, null -> null, not coded (borderline a demanded nominal 061 null -> null)"),
 24: ([("serve as a facilitator", "045", "org:UN", "GTM", False, A, N, False),
       ("provide unconditional cooperation", "050", "org:UN", "GTM/GOV", False, A, N, False)],
      "Guatemala (1999); 'Guatemala has been able to benefit from the essence of what the Organization does best: make "
      "available its good offices and serve as a facilitator in the various phases of the management of a conflict, "
      "act as an impartial verifying agency, provide unconditional cooperation and act as a trusted partner' = a "
      "list of UN functions that Guatemala's peace process actually received (the text around it: the United Nations "
      "'whose role as our partner', the Verification Mission) -> asserted (borderline uncoded as a generic "
      "description of UN functions); good offices and facilitation -> one 045 from org:UN, the parties (the "
      "Government and the former guerrillas) not named in the sentence -> bare GTM (set 149: Djibouti's 'endeavour to "
      "broker' a nominal 045 to bare SOM, the parties unnamed; borderline GTM/GOV and GTM/REB); 'provide unconditional "
      "cooperation', with 'trusted partner' folded in -> 050 to GTM/GOV (borderline 070); the 'verifying agency' "
      "(MINUGUA) is left uncoded as monitoring (set 145: UN monitoring uncoded, 090 being mapped to ACCUSE; "
      "borderline 074)"),
 25: ([], "Malta (2013): 'more can be done by the community of nations gathered here to support the fragile "
          "democracies' = a deontic between uncoded collectives (the Assembly's members, the unnamed new democracies), "
          "null -> null, not coded (borderline a demanded 070 null -> null); 'Malta firmly believes' is a belief"),
 26: ([], "Bulgaria (2002): 'Anti-terrorist efforts require a serious rethinking of current approaches to cooperation' "
          "= an abstract position, no actor"),
 27: ([("greatly encouraged", "051", "BRB/GOV", "ZAF/GOV", False, A, N, False),
       ("greatly encouraged", "051", "BRB/GOV", "ZAF/OPP", False, A, N, False),
       ("the decision reached", "036", "ZAF/GOV", "ZAF/OPP", False, A, N, True)],
      "Barbados (1992); 'Barbados is greatly encouraged by the decision reached by the De Klerk Government and by Mr. "
      "Mandela on 26 September 1992 to resume negotiations' -> 051 to each party (set 138: 'Greatly encouraged by' a "
      "051; earlier sets: 'we are encouraged by' 051), Mandela as ANC President in 1992 -> ZAF/OPP (earlier sets: the "
      "ANC of 1990 OPP; held-out 76: the liberation movements of 1992 ZAF/OPP; borderline ZAF/REB); the decision to "
      "resume negotiations (the Record of Understanding) = an agreement to meet, stated as a fact -> 036 asserted "
      "(held-out 76: 'the parties concerned have agreed to resume talks' 036 asserted), nominal, symmetric, from the "
      "first-named (borderline a 057 for the Record of Understanding); the interim government and constituent "
      "assembly are its purpose"),
 28: ([("provide capacity-building assistance", "070", "JPN/GOV", N, False, A, N, False)],
      "Japan (2003); 'Japan continues to provide capacity-building assistance to developing countries, with special "
      "emphasis on Asian countries' = habitual aid -> 070 asserted (counter-terrorism capacity building; borderline "
      "062 security cooperation), the recipients uncoded classes -> target null; the eradication of terrorist "
      "organizations and the improvement of capabilities are purposes, not coded"),
 29: ([("We thank", "051", "VUT/GOV", "FRA/GOV", False, A, N, False),
       ("its cooperation", "050", "FRA/GOV", "org:UN", False, A, N, True)],
      "Vanuatu (2015); 'We thank the Government of France for its cooperation in moving the decolonization process "
      "forward' -> 051 to FRA/GOV; the cooperation thanked for takes its agent from the thanks (earlier sets: thanks "
      "'for the ongoing support' give the support its agent; set 125: Honduras's thanks to the EU 'for its cooperation' "
      "a 051 and a nominal 061) -> nominal 050 from FRA/GOV, its counterpart the United Nations' Special Committee on "
      "Decolonization of the sentence before -> org:UN (borderline bare NCL, New Caledonia's people, or target null)"),
 30: ([], "United States (1991): 'The Uruguay Round ... of trade negotiations' = negotiations among the GATT's "
          "parties, an uncoded collective (held-out 77: the Doha Round's parties an uncoded collective), not coded; "
          "'developing nations ... cruelly divided, cruelly deceived, by the false promises of totalitarianism' is "
          "figurative, its agent an ideology"),
 31: ([], "Pakistan (2010): 'the world continues to discuss climate change ... and to seek a fair and equitable "
          "outcome of the ongoing negotiations under the UNFCCC' = 'the world' meaning all states (earlier sets: 'we' "
          "meaning all states not coded); climate change is no actor"),
 32: ([("welcomed", "051", "CPV/GOV", "TLS/REL", False, A, N, False),
       ("welcomed", "051", "CPV/GOV", "TLS/OPP", False, A, N, False)],
      "Cape Verde (1997); 'We welcomed the award of the Nobel Peace Prize in 1996 to two eminent individuals from East "
      "Timor, Don Ximenes Belo and Ramos-Horta' = the speaker's own past welcome (earlier sets: the speaker's own past "
      "thanks are 051) -> 051 asserted to each laureate (earlier sets: welcoming an appointment is 051 to the "
      "appointee): Bishop Belo -> TLS/REL, Ramos-Horta, the exiled spokesman of the Timorese resistance -> TLS/OPP "
      "(East Timor coded TLS as in earlier sets; borderline IDN/REL and IDN/OPP under the Indonesian administration "
      "of 1997, or TLS/REB); the award itself is an event noun whose agent, the Norwegian Nobel Committee, is not in "
      "the sentence -> not coded (guideline; borderline a nominal 051 with no source)"),
 33: ([], "Honduras (2003): 'Cooperation and solidarity is an obligation, not charity' = an abstract norm, no actor"),
 34: ([], "Chad (2005): 'We are uncertain of reaching a political solution to the cotton problem, despite the hopes "
          "placed in continued multilateral trade negotiations within the framework of the Doha Round' = an "
          "attitude; the Doha negotiations are an uncoded collective's (held-out 77), not coded"),
 35: ([("the sanctions", "163", "org:UNSC", "YUG", False, A, N, True)],
      "Bulgaria (1995); 'Bulgaria has sustained debilitating losses as a result of the sanctions' = the losses are an "
      "effect, not an act; 'the sanctions' = the international sanctions regime that Bulgaria implemented 'in keeping "
      "with its obligations under the United Nations Charter' (sentence before), i.e. the Security Council's sanctions "
      "on the Federal Republic of Yugoslavia -> nominal 163 org:UNSC, agent and target from the text around it "
      "(earlier sets: sanctions 'imposed on Iraq' with no agent in the sentence are the Security Council's, from the "
      "text before; set 139: 'the United Nations embargo' a nominal 163 org:UNSC -> YUG), the speech naming only 'the "
      "former Yugoslavia' -> bare YUG (borderline YUG/GOV, or target null as 'a sanctions target country')"),
 36: ([], "Mongolia (2010): adaptation and mitigation techniques that 'have yet to be fully identified and introduced' "
          "= an agentless domestic process, not a negated event between actors"),
 37: ([("rapprochement", "050", "SLE/GOV", "GIN/GOV", False, A, N, True),
       ("rapprochement", "050", "SLE/GOV", "LBR/GOV", False, A, N, True),
       ("meetings of the Joint", "040", "SLE/GOV", "GIN/GOV", False, A, N, True),
       ("meetings of the Joint", "040", "SLE/GOV", "LBR/GOV", False, A, N, True),
       ("proposed Mano River Union summit", "036", "SLE/GOV", "GIN/GOV", False, F, N, True),
       ("proposed Mano River Union summit", "036", "SLE/GOV", "LBR/GOV", False, F, N, True)],
      "Sierra Leone (2001); the three Mano River Union countries are named in the sentence ('Guinea, Liberia and "
      "Sierra Leone'); 'The recent rapprochement at the ministerial level' = a realised normalization among them -> "
      "nominal 050 (earlier sets: a realised normalization naming its parties a nominal 050); 'meetings of the Joint "
      "Security Committee' (the three states' committee) -> nominal 040; 'the proposed Mano River Union summit "
      "meeting' -> a future meeting, nominal 036 future (earlier sets: an announced meeting 036 future; the "
      "Belgrade-Pristina dialogue agreed but not begun a future nominal 036); each symmetric act among three states is "
      "coded from the document's own government to each of the others (guideline; earlier sets: commitments made by "
      "five presidents a nominal 030 from the speaker's government to each of the others), so the Guinea-Liberia pair "
      "is not coded separately (borderline a third event each); 'the initiative launched by the Mano River Union "
      "Women Peace Network', a regional NGO network with no code, is left uncoded (borderline a nominal 045 with no "
      "source to each government)"),
 38: ([("associates itself with the", "051", "DOM/GOV", N, False, A, N, False)],
      "Dominican Republic (1997); 'associates itself with the declarations of the Group of 77 adopted in July' -> 051 "
      "(held-out 52/53: 'associates itself with the statement' made for the AU a 051 to org:AU), the Group of 77 "
      "having no code -> target null (held-out 54-61: welcoming a decision of an uncoded body 051 with no target; "
      "borderline uncoded as a speech act); 'we support strengthening the role of the United Nations in promoting "
      "international cooperation' is a UN reform position, not coded"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Tuvalu (2009): 'The year 2009 will hopefully be a watershed in the global fight against climate change' = "
          "an optative evaluation, no actor"),
 40: ([], "Kyrgyzstan (2015): '2015 was declared the \"Year of Strengthening the National Economy\"' = an agentless "
          "domestic policy act, no counterpart"),
 41: ([], "Bolivia (1991): 'the President of Bolivia has declared an environmental moratorium of five years ... "
          "throughout the country's territory' = a domestic environmental measure with no counterpart; the "
          "international community's wish to rid the Earth of environmental neglect is an attitude"),
 42: ([], "Mongolia (1997): 'the international community declared the United Nations Decade of International Law and "
          "has taken a series of related measures' = acts of an uncoded collective with no counterpart (borderline a "
          "030 from org:UNGA, which proclaimed the Decade)"),
 43: ([], "Kazakhstan (2010): 'Finding an urgent solution to environmental problems is one of our main "
          "responsibilities to future generations' = an abstract norm, 'our' meaning all states"),
 44: ([], "Liberia (2019): 'This is a responsibility to which I attach the greatest importance' = the Government's "
          "responsibility for maintaining peace, taken over from UNMIL in the sentence before; an attitude, no act"),
 45: ([], "United Arab Emirates (2016): education policies and legislation = domestic policy, no counterpart"),
 46: ([], "Lebanon (2003): 'We believe that those choices are righteous' = a belief about Lebanon's own positions, no "
          "act"),
 47: ([("mandated", "074", "org:UN", "GEO", False, A, N, False)],
      "Latvia (2008); 'For 15 years now, the United Nations has mandated the United Nations Observer Mission in "
      "Georgia' = the UN's standing observer mission (UNOMIG) -> peacekeeping 074 (set 168: the OSCE's observer "
      "missions a nominal 074; earlier sets: UN personnel stationed to verify agreements a 074), asserted and "
      "habitual, from org:UN as the text says (borderline org:UNSC, which renews the mandate), to the country "
      "-> bare GEO (earlier sets: a UN mission's support a 074 to the bare country; borderline GEO/GOV)"),
 48: ([("recognition", "051", "SLV/GOV", "org:UNGA", False, A, N, False)],
      "El Salvador (2002); 'we would like to express our recognition to Mr. Han Seung-soo for the successful work he "
      "carried out during the past session' = a performative praise of the outgoing President of the General Assembly "
      "-> 051 asserted to org:UNGA (earlier sets: appreciation of an outgoing President of the General Assembly goes "
      "to org:UNGA; held-out 76: commending the predecessor 051 to org:UNGA; borderline KOR/GOV)"),
 49: ([("repression", "175", "HTI/GOV", "HTI/CVL", False, A, N, True)],
      "Dominica (1991); 'after decades of the harshest imaginable repression under the Duvaller dictatorship' = a "
      "historic repression whose agent the same phrase names -> nominal 175 (set 116: Assad's 'horrific methods' a "
      "nominal 175 SYR/GOV -> SYR/CVL; set 128: 'brutalized the society' a 175), the Duvalier regime the government "
      "of its time (earlier sets: Papa Doc is HTI/GOV) -> HTI/GOV, the Haitian people -> HTI/CVL (borderline uncoded "
      "as background description); 'the tragedy of Haiti' (the 1991 coup) is an event noun with no agent in the "
      "sentence, not coded"),
 50: ([], "Sweden (2005): 'The reform of the United Nations also requires the reform of the Secretariat' = a UN "
          "reform position, not coded"),
 51: ([], "Saint Kitts and Nevis (2010): 'the 2008 economic and financial crises ... have undermined confidence in our "
          "financial market systems' = an agentless economic description, no actor"),
 52: ([], "San Marino (2001): 'We have gathered in the most important international forum to define the role to be "
          "played by each country' = 'we' meaning all states in the Assembly (earlier sets: not coded), a statement of "
          "the session's purpose"),
}
