"""Hand annotations for the HUNDRED-AND-FIFTY-THIRD held-out event gold set (source of events-heldout153.jsonl).

Keyed by the row index of selection-heldout153.jsonl (output of select_bulk_sentence_heldout.py 153; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout153.jsonl \
        --annotations annotations_heldout153 --output events-heldout153.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019: neg
 0: ([], "Costa Rica (2017): 'The Treaty is a strong message that most States Members of the United Nations do not "
         "support, do not accept and do not consider nuclear weapons as legitimate' = a statement (01x, not coded) "
         "about the Treaty on the Prohibition of Nuclear Weapons; the non-acceptance is that of an uncoded collective "
         "('most States Members', 'the international community') and bears on weapons, not on an actor, null-null "
         "(borderline a 120 with no source and no target); 'clearly states' is 01x"),
 1: ([], "Ethiopia (1997): 'What we need in this day and age are genuine partnership and international cooperation "
         "based ... on commitments to a level playing field' = 'we' meaning the developing world or all states "
         "(held-out 42/43: not coded), a cooperation between uncoded collectives, and 'do not require those in the "
         "developing world to face impossible choices' a condition, not a negated event (borderline a demanded "
         "nominal 050 with no source to ETH/GOV, as a statement of need)"),
 2: ([], "Venezuela (2010): 'the efforts of the developed countries in the context of official development assistance "
         "(ODA) have not been sustained, as large donors have repeatedly not fulfilled their pledges' = aid and "
         "unfulfilled pledges between uncoded collectives (developed countries, large donors -> developing "
         "countries), null-null, not coded (README: unfulfilled aid promises between uncoded collectives left "
         "uncoded; borderline a negated 071 null -> null); 'It is also important to underscore' is the speaker's "
         "own statement"),
 3: ([], "Australia (1994): 'I do strongly suggest that the time is now ripe for us to commence such negotiation' = "
         "negotiations on Security Council membership among all Member States ('us' meaning all states), a UN reform "
         "position (held-out 52/53, 54-61: not coded; borderline a 106 AUS/GOV -> org:UNGA); 'I certainly do not "
         "suggest' bears on the speaker's own proposals, no negated event"),
 4: ([], "Barbados (1993): 'the meeting of the Preparatory Committee fell victim to the emergency conference-servicing "
         "measures announced by the Secretary-General' = an internal administrative measure of the Secretariat on a "
         "UN body's meeting services (held-out 145: the Secretary-General's internal Secretariat changes left "
         "uncoded; borderline a 160 org:UN -> org:UN); 'Unfortunately' is a sentence adverb (held-out 135: not "
         "coded); 'the preparatory process did not go as far as it might have' is an agentless outcome"),
 5: ([("occupation", "192", "ISR/GOV", "PSE", False, A, N, True),
      ("is ended", "0874", "ISR/GOV", "PSE", False, H, N, False)],
     "Palestine (2014); 'Gaza's suffering will never be completely over until the occupation is ended' = 'the "
     "occupation' an event noun whose agent is plain from the speech (the 'Israeli blockade' of the sentence before; "
     "README: an event noun whose agent is plain only from the text around it is coded; held-out 145: 'The "
     "invasion' from context) -> nominal 192 ISR/GOV -> bare PSE (guideline: occupy 192; the occupied territory's "
     "country), asserted as an ongoing fact; its ending = a withdrawal, an agentless passive whose agent is the "
     "occupier -> 0874 ISR/GOV -> PSE, hypothetical as the condition of an 'until' clause (held-out 134: 'the "
     "occupation of Palestine would end' a hypothetical 0874 plus a nominal 192; borderline demanded); 'it is "
     "imperative that we focus on the fundamental issue' is no act, and 'the State of Palestine's independence "
     "achieved' an agentless outcome, not coded; 'will never be ... over' negates the suffering, not an event"),
 6: ([("threw its support behind", "051", "GHA/GOV", "org:UNGA", False, A, N, False)],
     "Ghana (2013); 'Ghana enthusiastically threw its support behind the Arms Trade Treaty adopted by the General "
     "Assembly at the sixty-seventh session' = verbal support (guideline: 051) for a treaty the sentence names as "
     "the Assembly's adoption -> 051 to org:UNGA (held-out 132: 'supported it' (a General Assembly resolution) 051 "
     "to org:UNGA; borderline target null, as README's 'voting for a treaty is a 051 with no target'); the adoption "
     "itself is not coded (an adopted resolution's content beside its support); 'it will not come as a surprise' "
     "is no negated event"),
 7: ([], "Liechtenstein (2005): 'It has also left a lot undone and has not met our expectations in several areas' = "
         "'It' = the 2005 World Summit of the sentence before, an evaluation of its outcome, not a disappointment "
         "verb (borderline 110 LIE/GOV -> org:UNGA, like 'it is regrettable'); 'has not met our expectations' is no "
         "negated event"),
 # --- UNGDC 1990-2019: reported
 8: ([("dispatching a disaster response team", "073", "KOR/GOV", "SLE", False, A, N, False),
      ("announced that it would contribute", "0331", "KOR/GOV", N, False, A, N, False)],
     "Republic of Korea (2015); 'dispatching a disaster response team to Sierra Leone to help fight Ebola late last "
     "year' = humanitarian aid -> 073 (README: a disaster assessment mission is 073) to the country as a whole, "
     "bare SLE (held-out: aid to bare HTI; borderline SLE/CVL), a gerund with its agent the main clause's subject, "
     "not nominal; 'the second high-level meeting of the Global Health Security Agenda held in Seoul' = a meeting "
     "only 'held' in a place (held-out 110, 142: not coded; borderline 043 KOR/GOV with no target); 'the Republic "
     "of Korea announced that it would contribute $100 million over the next five years to support capacity-"
     "building in developing countries' = an announced aid sum, a pledge stated as a fact -> 03x asserted "
     "(held-out: 'we announced that Canada would invest' 0331 asserted), development aid -> 0331 (borderline a "
     "future 071, as held-out 145's 'we will contribute $500 million'), the speaker's own past announcement -> "
     "reported_by null (guideline), developing countries an uncoded collective -> target null"),
 9: ([("invasion", "192", "TUR/MIL", "CYP", False, A, "TUR/GOV", True)],
     "Greece (1998); 'Mr. Ecevit, Deputy Prime Minister of Turkey, has on several occasions said that the Cyprus "
     "question was resolved once and for all by his country's armed forces' invasion in 1974' = the speech verb is "
     "not coded (guideline); inside it, the 1974 invasion -> nominal 192 (guideline: invade 192), its agent named "
     "as the armed forces -> TUR/MIL (guideline: /MIL for armed forces; borderline TUR/GOV), target the country -> "
     "bare CYP (guideline: target of an invasion), reported_by Ecevit's government of 1998 -> TUR/GOV (README: a "
     "claim the speaker quotes in order to dispute it is still coded, reported by its author); 'was resolved' is "
     "no act"),
 10: ([("request", "100", "WSM/GOV", "org:UN", False, A, N, True)],
      "Samoa (2006); 'Our request, therefore, is for Samoa's graduation from the list of LDCs to be deferred and "
      "reconsidered' = the speaker's own request, a request noun with its agent 'Our' -> nominal 10x, addressed to "
      "the United Nations bodies that decide LDC graduation -> org:UN (held-out: Vanuatu's 1997 demand on the "
      "Committee for Development Planning's graduation decision 100 to org:UN), Y = deferring graduation, no more "
      "specific CAMEO request type -> generic 100 (borderline 1031 for the aid benefits of LDC status, or 1044; "
      "borderline org:UNGA); Y is not coded separately (guideline); 'according to the economic vulnerability "
      "index' = in accordance with, not attribution (guideline)"),
 11: ([], "Nicaragua (2006): 'Nicaragua is ranked third among the 10 must-visit destinations, according to the "
          "prestigious Lonely Planet travel guide' = a ranking in a travel guide, no act between actors; 'according "
          "to' attributes a rating, not an event"),
 # --- UNGDC 1990-2019: future
 12: ([], "Jamaica (2014): 'all countries must be engaged in a cooperative effort to devise an appropriate response to "
          "climate change' = a deontic for all states (held-out 42/43: 'we' meaning all states not coded), no "
          "counterpart; the Conference of the Parties 'to be held in Lima' is a place and date"),
 13: ([], "Bahamas (2006): 'We hope that this initiative will receive the wide and enthusiastic support of this "
          "General Assembly and indeed of the wider United Nations community' = a hope about other actors' support "
          "for the proposed commemoration of the abolition of the slave trade, optative (README: hopes about others' "
          "aid or support not coded; borderline a future 051 org:UNGA -> BHS/GOV)"),
 14: ([], "Senegal (2007): 'if the leaders of the world meet together and make a real appeal for tolerance' = a "
          "hypothetical meeting and appeal of an uncoded collective ('leaders of the world') with no addressee, "
          "null-null, not coded (borderline a hypothetical 040 null -> null); 'we will have taken a step' is no act"),
 # --- UNGDC 1990-2019: demand
 15: ([("My presence here", "040", "ECU/GOV", "org:UNGA", False, A, N, True)],
      "Ecuador (1992); 'My presence here, so soon after assuming the Presidency of my country, must be taken as a clear "
      "sign of the enormous importance we attach to the United Nations' = the newly inaugurated President's "
      "attendance at the General Assembly, a presence noun with its agent 'My' -> nominal 040 to org:UNGA (held-out "
      "119: the Captains Regent's 'participation' in a General Assembly plenary a nominal 040 to org:UNGA; held-out "
      "142: 'active presence in various United Nations forums' a nominal 040), asserted, the deontic 'must be taken "
      "as' bearing on its interpretation (borderline not coded, every speaker's attendance being implied by the "
      "speech, or 042); the 'importance we attach' is a sentiment, and the UN's work of 'keeping the peace' and "
      "'bringing about ... development' a generic description with no target, not coded (borderline a habitual 074 "
      "from org:UN)"),
 16: ([], "Samoa (2010): 'The non-proliferation of weapons of mass destruction and the risk of their acquisition by "
          "terrorists ... should continue to be a top priority of the United Nations' = an abstract priority; the "
          "acquisition is a risk (guideline: threat as risk), its agents uncoded"),
 17: ([], "Trinidad and Tobago (2001): 'Consideration must also be given to extending debt relief to middle-income "
          "countries' = an agentless deontic for debt relief from unnamed creditors to an uncoded class of countries, "
          "null-null, not coded (held-out 77 row 19: 'debt burden ... must be urgently reduced' not coded; borderline "
          "a demanded 071 with no source to TTO/GOV, the speaker naming itself as a middle-income debtor only in the "
          "next sentence)"),
 18: ([], "Belgium (2002): 'We must revitalize the General Assembly, ... expand the Security Council and carry out "
          "organizational reforms' = UN reform positions with 'we' meaning all Member States (held-out 52/53, 54-61: "
          "not coded)"),
 19: ([], "Mali (2004): 'We hope to see a true breakthrough in agricultural negotiations, which should lead to the "
          "elimination of subsidies' = an optative hope about the WTO Doha round among the uncoded WTO membership "
          "(held-out 77 row 18), and the subsidies' elimination a consequence of that hoped-for outcome, null-null "
          "(borderline a nominal 046 with no source to org:WTO, or a demanded 085 null -> null)"),
 20: ([], "Bhutan (1996): 'developing countries must work closely with other major participants in the international "
          "development effort, such as financial institutions, bilateral donors and the world business community' = "
          "a deontic between uncoded collectives (held-out 54-61: acts between uncoded collectives not coded); 'Bhutan "
          "recognizes that' is the speaker's own statement (borderline a demanded 050 null -> null)"),
 # --- UNGDC 1990-2019: cue
 21: ([], "Indonesia (1992, as Chairman of the Non-Aligned Movement): '[the debt-reduction schemes] need to be "
          "broadened to include all kinds of debts and all categories of debtors' = an agentless deontic for debt "
          "relief from unnamed creditors to uncoded classes of debtors, null-null, not coded (held-out 77 row 19; "
          "borderline a demanded 071 null -> null); 'they' (the schemes) are the previous sentence's, and 'those that "
          "have made great efforts to meet their debt obligations' is compliance, not an act between actors"),
 22: ([("propagated", "111", N, "org:UN", False, A, N, False)],
      "Bangladesh (1995); 'This tarnished image, propagated by a few but rejected by many' = the image that the "
      "'serious campaign of vilification' against the United Nations of the sentences before spread (charges of "
      "mismanagement, corruption, over-staffing) -> spreading it is criticism by an unnamed few -> 111 with no "
      "source (held-out 118: Egypt's 'the criticism it has been facing' a nominal 111 with no source to org:UN; "
      "borderline 112, the image resting on the 'charged' and 'accused' of the sentence before), a passive with "
      "its agent an uncoded collective, target org:UN (the sentence's 'diminished the United Nations'); 'rejected "
      "by many' = uncoded states' disagreement with a claim, an attitude and not coded (borderline a 051 with no "
      "source to org:UN); 'has left deep scars that have diminished the United Nations' is an effect"),
 23: ([("Cambodia welcomes", "051", "KHM/GOV", "org:UNGA", False, A, N, False)],
      "Cambodia (1996); the sentence starts at 'Cambodia welcomes' (the splitter cut after 'the Royal Government "
      "of'), the subject the Royal Government of Cambodia -> KHM/GOV; 'welcomes the adoption by the General Assembly "
      "of resolution 49/142' (the United Nations New Agenda for the Development of Africa) -> 051 to org:UNGA "
      "(README: welcoming a UN resolution is 051 to org:UNGA); the adoption itself is not coded"),
 24: ([("committed to support United Nations efforts", "0334", "MAR/GOV", "org:UN", False, A, N, False),
       ("participating in 15 peacekeeping operations", "074", "MAR/GOV", N, False, A, N, False)],
      "Morocco (2019); 'Since Morocco became independent, it has been committed to support United Nations efforts for "
      "peacekeeping' = a commitment stated as a fact (README: 'remain committed to supporting' asserted 03x) -> "
      "intent to provide peacekeeping 0334 (held-out: 'forces we are prepared in principle to provide' 0334 to "
      "org:UN) to org:UN (borderline 032, or 051 for verbal support of the UN's efforts); 'through participating in "
      "15 peacekeeping operations around the world on four continents' = the realised peacekeeping -> 074 (held-out "
      "145: 'Spanish troops have served in United Nations peacekeeping operations' 074 with no target), a gerund, "
      "not nominal, the host countries unnamed -> target null (borderline org:UN), source the sentence's Morocco -> "
      "MAR/GOV (borderline MAR/MIL, the Royal armed forces of the next sentence); borderline one event only, the "
      "commitment being made good by the participation; 'became independent' is no act between actors"),
 25: ([("We support the objectives", "051", "MYS/GOV", "USA/NGO", False, A, N, False)],
      "Malaysia (2010); 'We support the objectives of the Cordoba Initiative, an organization that focuses on "
      "promoting peace, understanding and moderation' = verbal support (guideline: 051; borderline 050) for a named "
      "New York-based non-governmental organisation -> USA/NGO (held-out 141: the Clinton Climate Initiative "
      "USA/NGO; README: a think tank BEL/NGO); borderline not coded as support for objectives (an abstract policy "
      "position); 'promoting peace, understanding and moderation' is the organisation's description"),
 26: ([], "Uzbekistan (2007): 'to welcome the participants in the General Assembly at its sixty-second session and wish "
          "this forum success in its work' = a greeting to the Assembly's participants (an uncoded collective) and "
          "well-wishing (held-out: 'I greet with great respect everyone meeting in this Hall' not coded; held-out 7: "
          "well-wishing not coded); not a welcome of an act (borderline 051 to org:UNGA)"),
 27: ([("thanks", "051", "YEM/GOV", "SAU/GOV", False, A, N, False),
       ("thanks", "051", "YEM/GOV", "org:GCC", False, A, N, False),
       ("stood by", "051", "SAU/GOV", "YEM/CVL", False, A, N, False),
       ("stood by", "051", "org:GCC", "YEM/CVL", False, A, N, False),
       ("the Gulf initiative", "045", "org:GCC", "YEM", False, A, N, True)],
      "Yemen (2013); 'we wish to reiterate our thanks and appreciation to all those who stood by the people of Yemen "
      "and by the political settlement embodied in the Gulf initiative, chief among them' King Abdullah, 'the "
      "leaders of the Gulf Cooperation Council and the GCC Secretary General' = thanks (guideline: thank 051), "
      "'thanks and appreciation' one act, one per coded party named (guideline: compound split; 'all those' an "
      "uncoded collective, dropped): the Custodian of the Two Holy Mosques -> SAU/GOV, the GCC leaders and the GCC "
      "Secretary General -> org:GCC (held-out: org:GCC), the same pair coded once (borderline one 051 per GCC "
      "member government, none named); 'stood by the people of Yemen and by the political settlement' = support "
      "whose agent comes from the thanks (README: thanks 'for the ongoing support' gives the support its agent; "
      "'stand with' is 051 throughout) -> 051 from each to YEM/CVL, the settlement folded in (borderline a second "
      "051 to YEM/GOV); 'the Gulf initiative' = the GCC's 2011 mediation plan for the transfer of power, its "
      "author plain from 'Gulf' and the GCC named in the sentence -> nominal 045 (README: a SADC initiative a "
      "nominal 045 from org:SADC to bare ZWE) to bare YEM, the settlement's parties unnamed (borderline not coded, "
      "or YEM/GOV and YEM/OPP); the settlement itself is an agreement among unnamed domestic parties, not coded"),
 28: ([("signed", "057", "DNK/GOV", N, False, A, N, False)],
      "Denmark (2015); 'Small and large countries signed the Charter of the United Nations; my own country was "
      "signatory number 50' = the historic 1945 signing (README: historic acts in speeches are coded, signing the "
      "Charter 057), by an uncoded collective that includes the speaker's country, which the second clause names -> "
      "coded for the coded party only (held-out: 'signed the Charter of the United Nations' 057 DOM/GOV with no "
      "target), 'signatory number 50' a repeated mention of the same act, coded once (guideline); multilateral "
      "charter -> target null (borderline org:UN)"),
 29: ([], "Georgia (2002): a fragment cut by the splitter, 'Too much time has been devoted to discussions on' [Security "
          "Council enlargement] = agentless discussions among the Member States on UN reform (held-out 52/53, 54-61: "
          "not coded)"),
 30: ([("provide", "070", "org:UN", N, False, A, N, False)],
      "Bulgaria (1997); 'the United Nations specialized agencies play an important role and provide valuable support "
      "to countries in their efforts to achieve sustainable development' = habitual development support by UN "
      "bodies -> 070 (README: a UN programme as subject stands for org:UN; held-out: 'the various United Nations "
      "bodies' org:UN), the recipient 'countries' an uncoded class -> target null (README: 'We give whatever "
      "practical assistance we can' a habitual 070 with no target); 'It is our understanding that' is the "
      "speaker's own frame, reported_by null; 'play an important role' an evaluation; borderline not coded as a "
      "generic description of the agencies' mandate"),
 31: ([], "Iran (2008): a theological passage on creation ('they are each one of the signs of God Almighty'), no act "
          "between actors"),
 32: ([("We welcomed", "051", "PLW/GOV", "org:UNDP", False, A, N, False),
       ("We welcomed", "051", "PLW/GOV", "org:UNFPA", False, A, N, False),
       ("We welcomed", "051", "PLW/GOV", "org:UNICEF", False, A, N, False),
       ("have yet to open", "070", "org:UNDP", "PLW/GOV", True, A, N, False),
       ("have yet to open", "070", "org:UNFPA", "PLW/GOV", True, A, N, False),
       ("have yet to open", "070", "org:UNICEF", "PLW/GOV", True, A, N, False)],
      "Palau (2007); 'We welcomed that historic accomplishment' = the speaker's own past welcome (README: the "
      "speaker's own past thanks are 051) of the announcement of the sentence before that UNDP, UNFPA and UNICEF "
      "would open eight joint offices in Pacific island countries including Palau -> 051 to each announcing agency "
      "(README: welcoming several developments is 051 to each named party; held-out: org:UNDP, org:UNFPA, "
      "org:UNICEF); 'we are concerned' is 01x, not coded; 'the offices have yet to open' = the joint offices' "
      "opening, a permanent UN presence to assist the country (held-out: 'an appropriate level of United Nations "
      "presence ... to assist us' a 070 org:UN -> FSM/GOV), not yet done -> negated 070 (guideline: 'has yet to' "
      "negated), its agents the three agencies of the sentence before, one per agency, to PLW/GOV, the one host "
      "country the sentence is about (borderline one event from org:UN, or not coded as an administrative act)"),
 33: ([("reiterate to them our willingness", "030", "URY/GOV", "COL/GOV", False, A, N, False),
       ("reiterate to them our willingness", "030", "URY/GOV", "COL/REB", False, A, N, False)],
      "Uruguay (2016); 'We reiterate to them our willingness and readiness to continue cooperating with the parties "
      "in the new and demanding stages of the peace process' = 'them' and 'the parties' = the Government of Colombia "
      "and the FARC-EP of the sentence before -> readiness stated as a fact, 030 asserted (held-out 76 row 36: 'we "
      "stand ready to work closely with' 030 asserted, one per partner), the FARC in September 2016, before its "
      "disarmament -> COL/REB (held-out 114: the FARC coded COL/REB as at the time); 'willingness and readiness' one "
      "act; the peace process is not coded separately (borderline a nominal 046 COL/GOV -> COL/REB)"),
 34: ([], "Germany (1998): 'Without them [the non-governmental organizations] the Ottawa Convention banning landmines "
          "could not have been signed in December 1997' = a counterfactual about the NGOs' contribution (uncoded "
          "collective) to an agentless signing by unnamed states (held-out 130: the agentless 1945 Charter signing "
          "not coded; borderline a 057 null -> null); 'banning landmines' is the treaty's content"),
 35: ([("fully supports", "051", "BEL/GOV", "org:EU", False, A, N, False),
       ("efforts of the European Union", "102", "org:EU", "org:UNGA", False, A, N, True)],
      "Belgium (2010); 'Belgium fully supports the efforts of the European Union to participate in a timely and "
      "effective manner in the work of the General Assembly' = verbal support -> 051 to org:EU; the EU's efforts = "
      "its 2010 bid for enhanced participation rights in the Assembly (the draft resolution deferred that September) "
      "-> a bid for status, nominal 102 org:EU -> org:UNGA (held-out 144: the CSCE 'striving to obtain United "
      "Nations observer status' a 102 to org:UNGA, and Armenia's support for it a 051 to org:OSCE; borderline a "
      "030 or an uncoded UN membership position)"),
 36: ([("continued support given", "070", "USA/GOV", "AGO/REB", False, A, N, True),
       ("continued support given", "070", "ZAF/CVL", "AGO/REB", False, A, N, True)],
      "Angola (1990); 'the continued support given to the National Union for the Total Independence of Angola (UNITA) "
      "by the United States and by South African conservative circles' = a support noun with its agents named -> "
      "nominal 070 (borderline 072 military aid, the support being the US covert military aid), UNITA -> AGO/REB, "
      "one per agent: the United States -> USA/GOV, 'South African conservative circles' (the right-wing groups of "
      "1990, not the Government) -> ZAF/CVL (borderline ZAF/OPP for the Conservative Party, or dropped as an uncoded "
      "collective); 'the summit meeting held one year ago at Gbadolite' = a meeting noun 'held at' a venue with no "
      "participant in the sentence (held-out 110: not coded; borderline a nominal 040 AGO/GOV -> AGO/REB from the "
      "next sentence); 'hopes for peace that quickly disappeared' is no act"),
 37: ([("I welcome you to the presidency", "051", "LCA/GOV", "org:UNGA", False, A, N, False)],
      "Saint Lucia (2016); 'I welcome you to the presidency of the General Assembly at its seventy-first session' = a "
      "performative welcome of the President's assumption of office -> 051 to org:UNGA (held-out 76 row 54: "
      "congratulations to the President on his assumption of the presidency 051 to org:UNGA); 'It is with the "
      "greatest pleasure' is the manner"),
 38: ([], "Philippines (2003): 'without the centripetal pull provided by international cooperation and partnership "
          "through the United Nations, the world would tend to drift apart' = a general counterfactual with no named "
          "party, no act"),
 39: ([], "Algeria (2013): 'Overcoming poverty ... requires appropriate public policies coupled with effective "
          "international cooperation ... as well as greater complementarity between the United Nations and the "
          "Bretton Woods institutions' = a list of requirements for a goal, an abstract development prescription and "
          "system-coherence position (held-out 118: the AU-UN cooperation 'we would like to see' not coded; borderline "
          "a demanded nominal 050 org:UN -> org:IMF and org:WB); 'international cooperation' has no party"),
 40: ([], "Cyprus (2016): 'Nothing would be considered as agreed until everything is agreed' = a procedural rule of "
          "the settlement talks (the methodology of the sentences before), no realised or hypothetical agreement "
          "between named parties"),
 41: ([], "Central African Republic (1997): the Organization 'is faced with many ... problems which call for the "
          "appropriate reforms' = a description and a UN reform position (held-out 52/53), no act"),
 42: ([], "Argentina (2000): 'a significant role can be played by the \"White Helmets\" initiative, which involves the "
          "establishment of bodies of specialized volunteers organized by the Members of the United Nations to "
          "provide humanitarian assistance to peoples who are victims of extreme emergencies' = a hypothetical role of "
          "a scheme whose volunteers are organised by the Member States (an uncoded collective) for uncoded "
          "beneficiaries, null-null, not coded; the sentence does not name Argentina as the initiative's author "
          "(borderline a hypothetical nominal 073 ARG/GOV -> null)"),
 # --- UNGDC 1990-2019: nocue
 43: ([], "Sierra Leone (1991): 'many African countries are mired in more economic difficulties than ever before' = a "
          "description; the Programme of Action's 'inception' is agentless"),
 44: ([], "Angola (1998): a fragment cut by the splitter, 'In conclusion, let me emphasize the role the United' "
          "[Nations is playing to promote and protect human rights] = the speaker's own statement about a role, no act "
          "(README: fragments whose act lies outside the sentence left uncoded)"),
 45: ([], "Belize (1997): 'The extensive and far-reaching set of changes proposed in his Programme for Reform are said to "
          "be designed to achieve greater unity of purpose' = the Secretary-General's proposals for the UN's own reform, "
          "a UN reform matter (held-out 145: the Secretary-General's internal Secretariat changes not coded; "
          "borderline a nominal 1044 org:UN -> org:UNGA, or 100 as held-out 143's 'recommendations made by the "
          "Secretary-General'); 'are said to be' has no named source"),
 46: ([], "Finland (2004): 'There was not enough commitment to act within the boundaries of Security Council "
          "resolutions' = before the Iraq war, an agentless lack of commitment of the international community (the "
          "sentence before), a matter of degree and not a negated event between named parties (borderline a nominal "
          "128 null -> org:UNSC)"),
 47: ([("to be a part of", "074", "FJI/GOV", N, False, A, N, False)],
      "Fiji (2012); 'Fiji is pleased to be able to be a part of those unfolding stories around the world' = Fiji's "
      "participation, through the corrections and justice sector of peacekeeping missions (the sentence before), in "
      "post-conflict societies' recovery -> peacekeeping 074 (held-out 145: Spanish troops serving in peacekeeping "
      "operations 074 with no target), the host countries unnamed -> target null (borderline 070 for the mentoring "
      "of institutions, or not coded as a figurative self-description); 'Mentoring and strengthening corrections and "
      "justice institutions is part of the process' is a generic statement with no agent"),
 48: ([], "Sweden (2008): 'The fight against impunity has to continue' = an abstract norm, no actor"),
 49: ([], "Greece (2003): 'Europe may not have a magic wand ... but we have proved that it is possible to build a stable "
          "and democratic continent' = a self-description of the European Union's record, no act between actors"),
 50: ([], "Nicaragua (1991): 'taking care of those groups most affected by the adjustment, through the implementation "
          "of several emergency social programmes' = domestic social policy, no act between actors"),
 51: ([], "United Republic of Tanzania (1994): a fragment cut by the splitter, 'Since my country became a member of "
          "this' [Organization] = UN membership (held-out 54-61: membership positions not coded), a time marker"),
 52: ([("recognized the existing international borders", "054", "BGR/GOV", N, False, A, N, False)],
      "Bulgaria (1992); 'We have therefore recognized the existing international borders' = the formal recognition of "
      "the borders of the former Yugoslav republics (the sentence before: 'Bulgaria has recognized all of the "
      "Republics'), renouncing any claim on them -> 054 (README: recognising breakaway entities a nominal 054 with no "
      "target; borderline 037, or not coded as a statement of principle), the republics an unnamed class -> target "
      "null (borderline one 054 per republic, none named in the speech's sentence); 'showing clearly that we are not "
      "getting ready to take advantage of our neighbour's difficulties' = a disavowed intent, a stance and not a "
      "negated event (borderline a negated future 150 to bare YUG)"),
 53: ([], "Tajikistan (2002): 'Tajikistan has been a Member State for the 10 years of its new history' = UN membership "
          "(held-out 54-61: not coded), a status"),
 54: ([], "Sri Lanka (2006): a fragment after the splitter's cut, '[May all living beings be free] of suffering, be "
          "healthy and be prosperous' = a blessing, well-wishing (held-out 7), not coded"),
 55: ([], "Oman (1990): 'my country was among the first to enact legislation and establish mechanisms for environmental "
          "protection ... both at the domestic and the regional levels' = domestic legislation and regional mechanisms "
          "with no named partner, no act between actors (borderline a 050 OMN/GOV -> org:GCC, the Gulf Co-operation "
          "Council named only in the next sentence); 'Under the guidance of His Majesty Sultan Qaboos' is the "
          "manner"),
 56: ([], "Mauritius (2006): 'There is an almost symbiotic relationship between poverty and ill health' = a "
          "description, no actor"),
}
