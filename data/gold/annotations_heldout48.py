"""Hand annotations for the FORTY-EIGHTH held-out event gold set (source of events-heldout48.jsonl).

Keyed by the row index of selection-heldout48.jsonl (output of select_bulk_heldout.py 48; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout48.jsonl \
        --annotations annotations_heldout48 --output events-heldout48.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "New Zealand (2015): 'their practices of prenegotiating outcomes before engaging with the 10 elected members "
         "and of taking no action when one of the five does not agree' = habitual practices of the five permanent "
         "members, a group the document does not name member by member (held-out 12/13: a group without a code is "
         "each member the document names; none named here) -> an uncoded collective; the prenegotiation among "
         "themselves and the engagement with the elected members (also uncoded) are null-null, not coded "
         "(borderline 046/040 with null actors, or org:UNSC as an internal Council practice); 'taking no action' "
         "and 'does not agree' negate no event between coded actors; the imbalance 'exacerbated' is an evaluation"),
 1: ([], "Equatorial Guinea (2013): development 'has not yet been achieved by most States' and the principles of "
         "cooperation 'are being undermined' = agentless passives and uncoded collectives, no act"),
 2: ([], "Trinidad and Tobago (2017): 'Caribbean countries will not qualify for aid and development assistance' because "
         "of their high-income categorization = the donors are not named (an uncoded collective) and 'Caribbean "
         "countries' is an uncoded collective that does not name the speaker's country, so the withheld aid is "
         "null-null, not coded (borderline a negated, future 070 null -> TTO/GOV, as held-out 42/43's collective "
         "naming one member); 'qualify' is an eligibility status, not an act"),
 3: ([("its accusation", "112", "USA/GOV", "IRQ/GOV", False, A, N, True),
      ("do not join", "112", N, "IRQ/GOV", True, A, N, False)],
     "Iraq (1994); 'its accusation' = the accusation of the United States (named in the sentence) against Iraq "
     "(preceding sentences: 'The United States charges that Iraq's cooperation with the Security Council has been "
     "sporadic ...'; guideline: a target from the context) -> nominal accuse 112 (guideline: accuse/charge 112), "
     "USA/GOV -> IRQ/GOV, asserted (a presupposed fact); 'the majority of the members of the Security Council do "
     "not join the United States in its accusation' = plain negation of joining the accusation -> negated 112, the "
     "majority of members an uncoded collective -> source null (held-out 37 row 4, 39 row 0: an uncoded source with a "
     "coded target is coded; borderline not coded, or org:UNSC), to IRQ/GOV; 'We believe' = the speaker's own "
     "assessment, not attribution and not hypothetical (borderline H)"),
 4: ([("to urge", "102", "NGA/GOV", N, False, A, N, False)],
     "Nigeria (1996); 'we take this opportunity to urge other States that have not yet done so to do so' = urging "
     "an uncoded class (held-out 47 row 2, 39 row 0: target null) to sign the protocol to the Treaty of Pelindaba "
     "-> demand diplomatic cooperation 102 (held-out 43 row 18, 45 row 0: calls to ratify a treaty 102), Y not "
     "coded separately (guideline); 'the majority of nuclear-weapon States have since signed the protocol' = a "
     "realised 057 of an uncoded collective (the signatories are not named in the document) with no counterpart, "
     "null-null, not coded (borderline 057 null -> null); 'it is commendable to observe' is an evaluation (held-out "
     "39 row 37: 'It is encouraging' an evaluation; borderline 051 NGA/GOV -> null, as held-out 20/21's 'should be "
     "welcomed'); 'have not yet done so' = a negated 057 of the same uncoded class, not coded"),
 5: ([], "Fiji (1994): 'Our internal efforts ..., if not supported by external investments, will not succeed' = a "
         "conditional about private foreign investment from unnamed investors (an economic flow, not aid by a named "
         "actor), not coded (borderline a hypothetical, negated 061/070 null -> FJI/GOV, or a demanded aid as "
         "held-out 46/47's statements of need; here no need verb)"),
 6: ([], "Grenada (2003): 'Poverty will not simply disappear through passionate pleas ... but through genuine "
         "collaborative and cooperative efforts' = abstract, no actor; 'pleas' names no author or addressee"),
 7: ([], "Belgium (2010): 'When it comes to humanitarian protection and aid, responsibility and accountability have "
         "never been more necessary' = abstract, no actor; 'never' negates no event"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("bilateral visits", "042", "TUR/GOV", "SRB", False, A, N, True),
      ("bilateral visits", "042", "TUR/GOV", "BIH", False, A, N, True)],
     "Turkey (2010); 'intensifying our high-level bilateral visits to Belgrade and Sarajevo' = visits, an event noun "
     "with its agent ('our' = Turkey) -> nominal 042 (guideline: visit 042), habitual over recent years -> asserted; "
     "Belgrade and Sarajevo are destinations, not metonyms (guideline: a capital that is only a place), and visits "
     "are coded to the bare country (held-out 3-7, 12/13, 46 row 10) -> SRB and BIH, one event each (compound "
     "split); 'actively engaged in result-oriented initiatives in the Balkans' = abstract, no named counterpart"),
 9: ([("We are satisfied", "051", "LVA/GOV", "AFG/GOV", False, A, N, False)],
     "Latvia (2010); 'We are satisfied to see that the Kabul process is under way and that the Government of "
     "Afghanistan is resolved to act' = welcoming a development and a government's resolve -> 051 (held-out 36/37: "
     "'satisfaction over the signing' is a welcome to each party; held-out 30/31: welcoming developments 051 to "
     "each named party), to AFG/GOV, the Kabul process being the Afghan Government's programme after the July 2010 "
     "Kabul Conference; 'Kabul' is part of the process's name, not a metonym; the Government's resolve 'to act in "
     "order to regain the trust of the Afghan people' is a domestic intent (no counterpart), and aligning 'the support "
     "of the international community' (an uncoded collective) is its purpose, neither coded (borderline 030 "
     "AFG/GOV -> null)"),
 10: ([("took steps immediately to forge", "050", "ETH/GOV", "ERI/GOV", False, A, N, False)],
      "Ethiopia (1993); capital metonyms Addis Ababa -> ETH/GOV and Asmara -> ERI/GOV (guideline: capital metonyms -> "
      "the country's GOV; Eritrea independent since May 1993, welcomed as a UN Member in the preceding text); "
      "'took steps immediately to forge a new era of close relationship and cooperation' = realised steps of "
      "bilateral cooperation -> engage in diplomatic cooperation 050 (held-out 12/13: 'worked with every Israeli "
      "prime minister' 050; borderline 030 as an intent to cooperate), symmetric -> coded once, from the document's "
      "own government to the other (guideline)"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "India (2001): 'We should reject self-serving arguments seeking to classify terrorism according to its root "
          "causes' = 'we' meaning all states (the preceding sentences: 'We must firmly rebuff any ... justification "
          "for terrorism', the freedom-loving world; held-out 42/43: 'we' meaning all states is not coded); the "
          "authors of the arguments are not named, and justifying and condemning terrorist action are attitudes of "
          "unnamed parties (borderline a demanded 120 IND/GOV -> null); the page number '32' inside the sentence is "
          "an extraction artefact"),
 12: ([("closely cooperating", "050", "org:OSCE", "org:UN", False, A, N, False)],
      "Austria (1999); 'The OSCE ... is closely cooperating with the United Nations in many fields and regions, such "
      "as in Kosovo' = ongoing cooperation between two named organisations -> engage in diplomatic cooperation 050 "
      "(held-out 10/11: cooperation 050; borderline 062 for the joint field presence in Kosovo), asserted; 'as a "
      "regional arrangement according to Chapter VIII of the Charter' = in accordance with, not attribution "
      "(guideline); Kosovo is a place"),
 13: ([("imposition of the no-fly zone", "191", "USA/GOV", "IRQ", False, A, "org:UN", True)],
      "Iraq (1996); 'the official spokesman of the United Nations ... said that the imposition of the no-fly zone in "
      "southern Iraq was not based on any Security Council resolution' = the imposition, an event noun inside the "
      "complement of a speech verb -> reported_by org:UN (guideline; the spokesman speaks for the Secretariat -> "
      "org:UN; held-out 47 row 14: an event noun inside an announced complement is reported by the announcer, "
      "borderline null as presupposed background); its agent is not in the sentence but the preceding sentences "
      "make it plain ('the no-fly zone in southern Iraq, which had been imposed by the United States in 1992') -> "
      "USA/GOV (held-out 42/43: sanctions 'imposed on Iraq' take their agent from the text before; held-out 36/37 "
      "row 41: 'the freeing of Nelson Mandela' with its agent from the context; borderline not coded, as an event "
      "noun without its own agent), a no-fly zone restricts movement in Iraq's airspace -> impose blockade, "
      "restrict movement 191 (borderline 190, Iraq calling it 'a use of armed force'), to the country's airspace "
      "-> bare IRQ; 'was not based on' negates its legal basis, not the event; 'This fact was confirmed' is the "
      "speech act, not coded"),
 14: ([], "Seychelles (1991): 'We therefore suggest that ... account be taken of the need and the right of every State to "
          "evolve at its own pace' = a suggestion to no named addressee whose Y (taking account of a right) is not a "
          "codable behaviour (guideline: 'comply with obligations' etc. not coded); 'another pace imposed from the "
          "outside' is agentless"),
 # --- UNGDC 1990-2019 random: future
 15: ([("cooperate", "030", "TKM/GOV", N, False, F, N, False)],
      "Turkmenistan (1993); 'it will honestly and openly cooperate with all States that share its attachment to the "
      "principles of the Organization' = a future cooperative act -> 030 future (guideline: future cooperation gets "
      "03x with modality future), the partners an uncoded class -> target null (held-out 46 row 0: cooperation "
      "with 'those in greatest need' 030 null); 'wishes to state without reserve' is the speech act, not coded"),
 16: ([], "Ukraine (2011): 'We pursue that policy in the United Nations Peacebuilding Commission, and will continue to "
          "do so during Ukraine's presidency of the OSCE in 2013' = the policy of preventive diplomacy and "
          "mediation (preceding sentence) with no named parties, an abstract policy position pursued inside UN and "
          "OSCE bodies (borderline 045 UKR/GOV -> null, asserted and future); holding the OSCE chairmanship is a "
          "status"),
 17: ([("to commend", "051", "GUY/GOV", "org:UNGA", False, A, N, False)],
      "Guyana (2014); 'I wish also to commend your predecessor, Ambassador John Ashe of Antigua and Barbuda, and his "
      "team, for so effectively setting the stage' = praise of the outgoing President of the General Assembly -> "
      "051 to org:UNGA (held-out 30/31, 46 row 46: appreciation of an outgoing PGA -> org:UNGA; borderline ATG/GOV), "
      "his team being the same office -> one event; 'I wish to' = performed now -> asserted; setting the stage for "
      "the post-2015 agenda is the Assembly's internal work, not coded"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Ireland (2018): 'Reform of UNRWA may be needed, but surely it should happen in the context of a peace deal "
          "and a functioning Palestinian State' = an agentless deontic over a reform internal to a UN agency and a "
          "peace deal whose parties are not named in the sentence; the US funding cuts lie in the preceding sentence"),
 19: ([], "Libya (2005): 'We should all exert and coordinate all our possible efforts under the umbrella of the United "
          "Nations to combat terrorism and complete ... a comprehensive counter-terrorism treaty' = 'we all' meaning "
          "all states (held-out 42/43: not coded), abstract; the page number '3' inside the sentence is an extraction "
          "artefact"),
 20: ([], "Vanuatu (2016): 'everything is possible and we must believe that' = an exhortation, no act"),
 21: ([], "Saint Vincent and the Grenadines (1996): 'we must ask ourselves the following questions: What of the "
          "future?' = a rhetorical question, no act"),
 22: ([], "DPRK (1998): working out ways to achieve a peaceful century 'should be the main focus of the current session' "
          "= a deontic over the Assembly's agenda, no codable Y"),
 23: ([], "Kuwait (1996): 'there are gargantuan challenges that continue to face the United Nations, most poignantly the "
          "ethnic and regional conflicts' = conflicts with no named parties, an assessment; 'we must admit' is the "
          "speaker's statement"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("We have joined", "057", "SYR/GOV", N, False, A, N, False),
       ("concluded", "057", "SYR/GOV", "org:IAEA", False, A, N, False)],
      "Syria (2004); 'We have joined the Non-Proliferation Treaty (NPT)' = accession to a multilateral treaty -> 057 "
      "with no target (held-out 28/29: signing a ratification instrument is 057 with no target; borderline not "
      "coded as membership, held-out 30 row 42's rejoining the Non-Aligned Movement, or 030); 'concluded a "
      "comprehensive safeguards agreement with the International Atomic Energy Agency' = an agreement concluded "
      "with a named party -> 057 (guideline) to org:IAEA; both realised -> asserted"),
 25: ([("is greatly appreciated", "051", "RWA/GOV", "org:UNHCR", False, A, N, False),
       ("is greatly appreciated", "051", "RWA/GOV", "org:AU", False, A, N, False),
       ("support", "070", "org:UNHCR", "RWA/GOV", False, A, N, True),
       ("support", "070", "org:AU", "RWA/GOV", False, A, N, True)],
      "Rwanda (2019); 'The support of the United Nations High Commissioner for Refugees and the African Union is greatly "
      "appreciated' = thanks in an agentless passive, the speaker's own -> 051 (guideline: thank 051; held-out "
      "20/21 'should be welcomed' the speaker's 051), one per organisation (compound split): org:UNHCR (the High "
      "Commissioner stands for the agency) and org:AU; 'The support of' = an aid noun with its agents named -> "
      "nominal 070 from each to the speaker's government (held-out 24/25: thanks for support gives the support its "
      "agent; held-out 46 row 4), for Rwanda's receiving and protecting refugees evacuated from Libyan detention "
      "camps (preceding sentence; borderline 073 humanitarian)"),
 26: ([("We fully support", "051", "BGD/GOV", "org:UNSC", False, A, N, False),
       ("decision to strengthen", "074", "org:UNSC", "SOM", False, A, N, True)],
      "Bangladesh (1992); 'We fully support the Security Council decision to strengthen the United Nations "
      "peace-keeping presence' in Somalia (preceding sentence) = endorsement of a named body's act -> 051 to "
      "org:UNSC (held-out 46 row 34: supporting steps adopted by the Security Council 051 org:UNSC); the decision "
      "itself = a Council decision to enlarge the peacekeeping operation -> a realised act (held-out 40/41: 'has "
      "taken the decision to recognize Palestine' a realised 054) of peacekeeping 074, nominal, from org:UNSC "
      "(held-out 30/31: a Security Council resolution stands for the Council), to the host country -> bare SOM "
      "(held-out 31 row 50: 'continued presence of the United Nations in Somalia' 074 org:UN -> SOM; Somalia had no "
      "government in 1992; borderline 0334 as an intent); the purposes (relief, cease-fire, reconciliation) are "
      "hypothetical results with no agent, not coded"),
 27: ([("fully supports", "051", "ZAF/GOV", N, False, A, N, False)],
      "South Africa (1997); the splitter cut the sentence after 'the Non-Aligned'; its object is in the following text "
      "(held-out 47 row 30: an object taken from the following text): 'Movement's position that there should be no "
      "partial or selective expansion in the membership of the Security Council' = support for a named actor's "
      "position -> 051 (held-out 34 row 42, 37 row 39: support for proposals 051), the Non-Aligned Movement has no "
      "code (held-out 39 row 0) -> target null; borderline not coded as an abstract position on UN reform "
      "(held-out 7)"),
 28: ([("requested the help", "108", "VEN/GOV", "org:UNDP", False, A, N, False),
       ("asked for support", "108", "VEN/GOV", "org:OAS", False, A, N, False)],
      "Venezuela (Chavez, 2002); 'In this [the national dialogue after the April 2002 coup] we have also requested the "
      "help of the United Nations through the United Nations Development Programme (UNDP) and asked for support "
      "from representatives of the Organization of American States' = two requests (guideline: ask -> 10x), for "
      "help with a dialogue between the government and its opponents -> request mediation 108 (the OAS, the Carter "
      "Center (following sentence) and UNDP facilitated that dialogue; borderline 100 or 103), one per addressee: "
      "the UN acting through UNDP -> org:UNDP (held-out 32/33; borderline org:UN) and the OAS -> org:OAS; Y not "
      "coded separately (guideline)"),
 29: ([("brokered", "045", "org:UN", N, False, A, N, False)],
      "Uganda (1993); 'a number of agreements brokered between the parties by regional organizations or the United "
      "Nations which have then been deliberately scuttled' = mediation -> 045 (guideline: mediate/broker 045), the "
      "UN named as a broker -> org:UN, the unnamed 'regional organizations' uncoded (held-out 2: a compound of a "
      "coded and an uncoded party coded for the coded party only), the parties not named in the sentence (the "
      "following sentence lists situations, Yugoslavia, Somalia, Liberia and Angola, not parties) -> target null; "
      "a passive with its agent -> not nominal; 'deliberately scuttled' = a violation by the unnamed parties, "
      "null-null, not coded (borderline 128 null -> null); borderline not coded at all as a generic statement"),
 30: ([("We welcome", "051", "MUS/GOV", "org:UNSC", False, A, N, False)],
      "Mauritius (1992); 'We welcome the ever-increasing activities of the Security Council' = praise of a named "
      "body's activities -> 051 to org:UNSC (held-out 46 row 34); the 46 resolutions 'adopted by the Council' are "
      "its internal votes (held-out 36 row 51), and 'as the Secretary-General informs us in his report' is a "
      "statement (01x), neither coded"),
 31: ([("requisite cooperation", "050", "AFG/GOV", "PAK/GOV", False, H, N, True)],
      "Pakistan (2015); 'we can do so only if we receive the requisite cooperation of the Afghan Government' = a "
      "cooperation noun with its agent named -> nominal 050 (held-out 10/11: cooperation nouns nominal 050), in an "
      "'only if' condition -> hypothetical (guideline: if/conditionals), AFG/GOV -> PAK/GOV; 'do so' = helping "
      "restart the Afghan dialogue process, an act stated in the preceding sentence ('Pakistan will persist in its "
      "endeavour to help restart the dialogue process'), not coded again here (borderline a hypothetical 045 "
      "PAK/GOV -> AFG/GOV)"),
 32: ([], "Angola (1996): development and humanitarian projects 'entrusted to foreign officials while they could ... be "
          "carried out by local officials' = an agentless passive about UN staffing, no named actors; 'could cut "
          "down the implementation costs' is a proposal about costs"),
 33: ([], "The former Yugoslav Republic of Macedonia (1994): 'It is no less important that the United Nations and its "
          "specialized institutions aim their efforts at increasing international financial support for development "
          "and at tackling ... arrears and debt servicing' = a deontic whose Y is the UN mobilising others' support "
          "for unnamed recipients, no codable act between named actors (borderline a demanded 071 org:UN -> null)"),
 34: ([], "El Salvador (2007): 'citizens are noting that one of the greatest threats ... springs from the activities of "
          "gangs, generating a wave of violence and crime' = unnamed gangs (no code, held-out 7: unnamed crime groups "
          "null) and violence with no named target, null-null; 'threats' = risk (guideline); 'citizens are noting' is "
          "an observation of an uncoded collective"),
 35: ([("altering", "1712", "ARM/GOV", "AZE", False, A, N, False)],
      "Azerbaijan (2010); 'Measures are also being consistently undertaken by Armenia with the purpose of altering the "
      "historical and cultural features of the occupied areas in an attempt to remove any signs testifying to their "
      "original Azerbaijani cultural and historical roots' = real measures by a named agent against Azerbaijan's "
      "heritage (the following sentence: monuments damaged, vandalism of sacred sites) -> destroy property 1712 "
      "(held-out 32/33: sabotage and destruction 1712; borderline not coded, 'altering' naming no specific CAMEO "
      "act), ongoing -> asserted, Armenia -> ARM/GOV, the heritage of Azerbaijan's occupied territory -> bare AZE "
      "(borderline AZE/CVL); 'the occupied areas' is an adjective without an agent in its phrase (held-out 27 row 3, "
      "47 row 43), not coded"),
 36: ([], "France (Macron, 2019): 'I believe that we can collectively contribute to that subject [the fight against "
          "inequality]' = 'we' collectively (the G-7 or all states), an abstract hope; 'supporting the collective "
          "commitment already made to the Sustainable Development Goals' = an abstract policy position"),
 37: ([], "Vanuatu (2006): the sentence is the fragment 'Last week, during the High-Level Meeting on the' (the splitter "
          "cut before 'Midterm Comprehensive Global Review ...'); the speaker's own statement ('I spoke of the many "
          "challenges') lies in the following text and is 01x in any case; no event inside the sentence"),
 38: ([], "Kyrgyzstan (1998): 'Earthquakes, landslides, avalanches, floods — all threaten human lives' = natural "
          "hazards, threat as risk (guideline), no actor"),
 39: ([], "Singapore (2003): 'the United Nations needs to fashion new and more flexible rules to deal with these new "
          "threats' = a deontic over the UN's own rule-making, no codable Y (held-out 7: UN reform not coded); the "
          "threats (global terrorist networks) are risks"),
 40: ([], "Mali (2006): 'our heads of State and Government reviewed the implementation of the internationally agreed "
          "development objectives ... and reaffirmed their relevance' = all the world's leaders at the 2005 World "
          "Summit (an uncoded collective, 'our' meaning all states; held-out 42/43), reviewing and reaffirming goals "
          "are statements about policy (01x), no act between named actors"),
 41: ([("targeting", "163", "USA/GOV", "SYR", False, A, N, False),
       ("targeting", "163", "org:EU", "SYR", False, A, N, False)],
      "Syria (2011); 'By targeting the Syrian economy with sanctions, the United States and the European Union have "
      "jeopardized the interests and basic daily subsistence needs of the Syrian people' = sanctions -> 163 "
      "(guideline), one event per sanctioning party (guideline: compound split), the United States -> USA/GOV and "
      "the European Union -> org:EU, the Syrian economy -> bare SYR (held-out 47 row 14, 27 row 30: an embargo "
      "against a country -> the bare country; borderline SYR/GOV); realised -> asserted; 'have jeopardized the "
      "interests ... of the Syrian people' is the consequence the speaker ascribes to the sanctions, not a "
      "separate act"),
 42: ([], "Dominica (1992): 'Dominica issues a warning that the collapse of the banana industry ..., which may be the "
          "inevitable consequence of imposing a tariff on bananas under the General Agreement on Tariffs and Trade, "
          "would ... adversely affect' the islands = a warning about a danger, not a threat by the speaker (01x, "
          "held-out 41 row 33: warning of a danger is 01x, not 13x); 'imposing a tariff' is an agentless gerund "
          "(the European Community's planned banana regime is not named), hypothetical, not coded (borderline a "
          "hypothetical 163 null -> DMA)"),
 43: ([("assure him of the cooperation", "030", "FSM/GOV", "org:UNGA", False, A, N, False)],
      "Micronesia (1995); 'assure him [the President of the General Assembly, Freitas do Amaral] of the cooperation "
      "of my Government in the discharge of the mandate of his office' = assurances of cooperation to the PGA -> "
      "030 to org:UNGA (held-out 38/39; held-out 46 row 43), performed now -> asserted; 'I wish to express my "
      "confidence in his capable leadership' is a sentiment (held-out 7: sentiments not coded; borderline 051)"),
 44: ([], "Montenegro (2013): 'Montenegro believes that direct negotiations are the best way to reach a comprehensive "
          "and sustainable settlement' = an opinion about a negotiation noun whose parties (the Palestinian-Israeli "
          "negotiations of the preceding sentence) are not named in the sentence (guideline), not coded"),
 45: ([("fully supports", "051", "MWI/GOV", "org:UNSC", False, A, N, False)],
      "Malawi (1993); 'My Government fully supports Security Council resolution 864 (1993)' = support for a Council "
      "resolution -> 051 to org:UNSC (held-out 26/27: welcoming a UN resolution 051 to its body; held-out 46 row "
      "34); 'which has now been put into effect' is an agentless passive, and the resolution's content (sanctions "
      "on UNITA) is not named in the sentence, not coded (borderline nominal 163 org:UNSC -> AGO/REB)"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "China (1992): the developing countries' 'terms of trade continue to deteriorate, which hampers their export "
          "efforts' = an economic trend, no actor"),
 47: ([], "Argentina (Menem, 1999): 'We have made respect for human rights a sacred value' = domestic policy, no act "
          "between actors"),
 48: ([], "Cape Verde (2001): 'The pace of economic growth has not been able to reduce poverty significantly' = an "
          "economic trend, no actor; the negation bears on no event"),
 49: ([], "Tajikistan (2009): the sentence starts at 'Action, \"Water for Life\", 2005-2015, Tajikistan believes' (the "
          "splitter cut inside the Decade's name); 'it is of paramount importance to expedite the implementation of "
          "the United Nations water agenda' = an agentless, abstract deontic; being the initiator of the "
          "International Year and Decade is a status; the proposal of a high-level dialogue lies in the following text"),
 50: ([], "San Marino (2006): San Marino 'is particularly sensitive to the need ... to promote dialogue among cultures "
          "and religions' = an attitude toward an abstract goal, no counterpart"),
 51: ([], "Romania (1998): the sentence starts at 'Nations in asserting the universal nature of human rights' (the "
          "splitter cut after 'Romania supports the role played by the United'); the support verb lies in the "
          "preceding text and is left uncoded (held-out 46 rows 11 and 51: an act only the preceding text holds is "
          "not coded; borderline 051 ROU/GOV -> org:UN); the UN's 'collaboration with Governments and civil society' "
          "is with uncoded collectives, abstract"),
 52: ([], "Malta (2004): 'the General Assembly needs to greatly intensify current efforts to enhance the strengths "
          "inherent in its universality, while discarding the debilitating ... procedures' = a deontic over the "
          "Assembly's own working methods (held-out 7: UN reform not coded), no codable Y"),
 53: ([], "Fiji (1990): 'What we do with those opportunities will become the basis of the heritage' = abstract"),
 54: ([], "Malawi (1995): the name 'Nyasaland' in the Federation of Rhodesia and Nyasaland as 'the biblical David and "
          "Goliath' = a historical metaphor, no act between actors; 'let the word go out' is an exhortation"),
 55: ([("release", "0841", "ZAF/GOV", "ZAF/OPP", False, A, N, True),
       ("lifting of the ban", "0812", "ZAF/GOV", "ZAF/OPP", False, A, N, True)],
      "Somalia (1990); 'Most important among these developments are the release of Mr. Nelson Mandela and some other "
      "political leaders, and the lifting of the ban on the African National Congress of South Africa, the Pan "
      "Africanist Congress of Azania, and other political parties and organisations' = two realised acts named as "
      "event nouns; their agent, the South African Government, is not in the sentence but plain from the context "
      "('the system of apartheid still remains in place in South Africa' before; 'President F.W. de Klerk' and 'the "
      "Pretoria regime' after; guideline: a missing participant from the context; held-out 36/37 row 41: 'the "
      "freeing of Nelson Mandela' nominal 0841 ZAF/GOV -> ZAF/OPP; borderline not coded, as event nouns without "
      "their own agent) -> ZAF/GOV; the release of Mandela (the ANC's leader) and other political leaders -> "
      "nominal 0841 to ZAF/OPP (held-out 26/27: the ANC of 1990 is OPP), one event for the pair; the lifting of "
      "the ban on the ANC, the PAC and other parties -> ease ban on political parties 0812, nominal, the ANC and the "
      "PAC both ZAF/OPP -> one event for the pair (held-out 26/27: each pair coded once); the praise is implicit "
      "in 'developments' ('hopeful signs'), no welcome verb, not coded"),
 56: ([], "Philippines (2018): 'the same spirit of idealism that we feel the first time we enter the United Nations' = a "
          "sentiment, no act"),
 57: ([], "Guyana (1991): 'Last year, this Assembly adopted two constructive documents' = the Assembly's own adoption of "
          "the Declaration on International Economic Cooperation and the International Development Strategy, an "
          "internal vote (held-out 36 row 51, 46 row 1: an adoption by the Assembly is not coded); 'constructive' is "
          "an evaluation"),
 58: ([], "Burkina Faso (2018): 'Humanitarian issues are of paramount importance in view of the growing number of "
          "refugees and migrants' = an assessment, no actor; the welcome of the migration compact lies in the "
          "following text"),
 59: ([], "Malaysia (1995): 'The contradictory impulses of interdependence and isolationism are more evident than ever "
          "before' = an assessment, no actor"),
}
