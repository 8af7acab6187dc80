"""Hand annotations for the HUNDRED-AND-SEVENTY-EIGHTH held-out event gold set (source of events-heldout178.jsonl).

Keyed by the row index of selection-heldout178.jsonl (output of select_bulk_sentence_heldout.py 178; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout178.jsonl \
        --annotations annotations_heldout178 --output events-heldout178.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("express our profound satisfaction", "051", "MAR/GOV", N, False, A, N, False)],
     "Morocco (1991); 'As we express our profound satisfaction for the elimination of the underlying reasons of "
     "confrontation between East and West' = the speaker's welcome of a development (held-out 166: 'satisfaction at "
     "the agreements reached' 051; held-out 169/142: 'heartened at the progress', 'welcomes ... the progress of "
     "democracy' 051 with no target) -> 051, the parties 'East and West' being uncoded blocs -> target null "
     "(borderline not coded as an evaluation of a development, or 051 to USA/GOV and SUN/GOV); 'our hope that these "
     "developments will reflect positively' is optative; 'we cannot but admit, with deep regret, that this development "
     "has not been accompanied ... by any improvement' = an adverbial of regret (held-out 135: sentence adverbs of "
     "regret not coded) about conditions with no actor, and 'has not been accompanied' negates no event (borderline "
     "a 110 with no target)"),
 1: ([], "Georgia (2006): 'we have also inherited frameworks for peacekeeping and formats for negotiation that no "
         "longer function' = institutional frameworks of the Abkhaz and South Ossetian conflicts, nouns with no agent "
         "or counterpart in the sentence (guideline: event nouns without an agent not coded); 'no longer function' "
         "bears on the frameworks, no negated event (borderline a nominal 074 RUS/MIL -> GEO for the CIS "
         "peacekeeping and a nominal 046 GEO/GOV -> GEO/REB)"),
 2: ([], "Brunei Darussalam (1991): 'It' = regional dialogue (sentence before); 'one nation's security concern does "
         "not become another's security threat' = a generic figurative threat (guideline: threat as risk), no actor"),
 3: ([], "Albania (1995): 'Member States, by giving Albania the first chance to sit in the Security Council, will "
         "offer encouragement and support to the good will of the small States' = a prediction about the acts of an "
         "uncoded collective towards an uncoded class (held-out 123: a confident prediction of another actor's act is a "
         "hope; acts between uncoded collectives uncoded); the election itself is a UN membership position (held-out "
         "118: 'we look forward to the Assembly's support' optative), and 'our fruitful discussions on the reform of "
         "the Security Council' are UN reform among all states; not coded (borderline a future 051 null -> ALB/GOV, "
         "or a 102 bid for votes)"),
 4: ([("does not condone", "111", "YEM/GOV", N, False, A, N, False),
      ("calls for their withdrawal", "1056", "YEM/GOV", N, False, A, N, False)],
     "Yemen (1990); 'our country does not condone sending of foreign forces to the region' = the speaker's "
     "disapproval (README: 'cannot be condoned' is the speaker's 111; held-out 152: 'could never condone' 111), "
     "a performative, not a negated event; the foreign forces (the 1990 coalition build-up in the Gulf) are never "
     "named in the speech ('other Powers', 'certain Powers') -> target null (borderline USA/GOV); 'sending of "
     "foreign forces' is an event noun with no named agent, not coded (borderline a nominal 154 with no source, "
     "held-out 120 left unattributed foreign bases uncoded); 'end [= and] calls for their withdrawal' = a request "
     "(guideline: call for -> 10x) whose Y is a military withdrawal -> 1056, the addressee unnamed -> target null "
     "(held-out 117: the speaker's 1056 with no target)"),
 5: ([], "Nauru (2013): 'Is it any surprise that the system has failed to meet our needs?' has no actor; 'we should "
         "start by relaunching the discussion on global economic governance here in the General Assembly, as well as "
         "by reforming the governance of the Bretton Woods institutions' = 'we' meaning all states (README) "
         "and an institutional reform position (README: UN reform positions uncoded), not coded"),
 6: ([], "United Republic of Tanzania (2013): 'While we welcome discussions on the reform of the Economic and Social "
         "Council' = a UN reform position (README: UN reform positions uncoded; borderline 051 to "
         "org:UN); 'Africa will not relent in demanding reform of the Security Council so that the continent ... has a "
         "permanent voice' = resolve about an uncoded continent's demand for a Council seat, left uncoded as in "
         "held-out 131 ('Africa will not renounce its demands') and 134 (borderline 1044 org:AU -> org:UN, as "
         "an earlier set's 'calls for' seats for Africa)"),
 7: ([("The Bahamas regrets", "110", "BHS/GOV", N, False, A, N, False)],
     "Bahamas (1991); 'The Bahamas regrets that the last round of negotiations of the GATT did not achieve global "
     "agreement' = a verb of regret (held-out 167: 'regrets that' 110; held-out 135: verb phrases of regret 110) -> "
     "110, the negotiating parties (the GATT contracting parties) an uncoded collective -> target null; the Uruguay "
     "Round's failure to agree is between uncoded collectives, null-null, not coded (borderline a negated 057 with no "
     "source, as held-out 149 left the Conference on Disarmament's failure uncoded); 'we hope that the process will be "
     "given a further opportunity' is optative"),
 # --- UNGDC 1990-2019 random: future
 8: ([("Andorra hosts", "036", "AND/GOV", "org:OSCE", False, F, N, False),
      ("candidacy to organize", "036", "AND/GOV", N, False, A, N, True)],
     "Andorra (2017); 'next month, when Andorra hosts the Parliamentary Assembly of the Organization for Security and "
     "Cooperation in Europe' = a future hosting (guideline: future meetings and hosting 036 future; held-out 125: "
     "hosting a meeting of a UN committee a future 036 to org:UN) -> 036 future to the OSCE, its Parliamentary "
     "Assembly being the OSCE's body -> org:OSCE; 'our candidacy to organize the Ibero-American Summit in 2020' = a "
     "standing bid to host (held-out 143: 'proposing to host' World Expo an asserted 036 with no target) -> nominal "
     "036 asserted, the Ibero-American Conference having no code -> target null (borderline 102 as a bid, or future)"),
 9: ([("the support of the free", "051", "LBN/CVL", "LBN/GOV", False, A, N, True),
      ("the support@2", "051", N, "LBN/GOV", False, A, N, True)],
     "Lebanon (2010); 'As we vow to persevere with that solid approach' = the approach of the sentence before "
     "(seeking to compel Israel to implement resolution 1701 and mobilizing national deterrence), a statement of "
     "resolve, not coded (borderline 030, or 130 to ISR/GOV); 'with the support of the free and conscious will of the "
     "Lebanese people' = the people's backing of the Government (held-out 133: the people's support for the "
     "Government's reform a nominal 051 TGO/CVL -> TGO/GOV; held-out 170) -> nominal 051 LBN/CVL -> LBN/GOV; 'and the "
     "support of friendly and sisterly States', unnamed -> nominal 051 with no source to LBN/GOV (borderline 070); "
     "both presented as existing support -> asserted (borderline future, inside the vow); 'we are confident that "
     "Lebanon will always be open to dialogue and to civilized ... interaction' = a self-description of a role with "
     "no counterpart (held-out 77 row 40: 'Lebanon can be an oasis where the world can meet and engage in dialogue' "
     "not coded; borderline 036 future with no target)"),
 10: ([], "Sao Tome and Principe (2012): 'meeting the deadline [of the MDGs] will require further effort' = a "
          "domestic development statement, no act between actors"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "United Kingdom (2016): 'as an international community, we must work together to adopt and implement the "
          "most comprehensive national action plans' against extremism = 'we' meaning all states (README), "
          "domestic plans, not coded"),
 12: ([], "Bahamas (1996): 'We must find a way to balance economic growth and human development' = 'we' meaning all "
          "states, a policy goal, not coded"),
 13: ([("I also welcome", "051", "BEN/GOV", "AGO/GOV", False, A, N, False),
       ("I also welcome", "051", "BEN/GOV", "AGO/REB", False, A, N, False),
       ("agreements signed at Lusaka", "057", "AGO/GOV", "AGO/REB", False, A, N, False),
       ("encourage them", "107", "BEN/GOV", "AGO/GOV", False, A, N, False),
       ("encourage them", "107", "BEN/GOV", "AGO/REB", False, A, N, False)],
     "Benin (1995); 'I also welcome the agreements signed at Lusaka between the Government of the Republic of Angola "
     "and UNITA' (the Lusaka Protocol of November 1994) -> 051 to each signatory (README: 'noted with "
     "satisfaction the signing' 051 to the signatories), UNITA in 1995 an armed insurgency -> AGO/REB (held-out 131, "
     "141: UNITA AGO/REB); the agreements signed -> 057 between the parties named, symmetric, from the first-named "
     "(guideline; README: the welcome of an agreement between named parties codes the agreement too), a "
     "participle -> not nominal (held-out 116); 'I should like to encourage them to live up to the commitments they "
     "have made' = a request (encourage -> 10x; held-out 147, 165) whose Y is honouring the peace agreement -> 107 "
     "(README: a call to return to an agreement 107; borderline generic 100), one per party; 'the "
     "commitments they have made' is the same agreement, coded once"),
 14: ([], "Guyana (2002): 'We should now be fully persuaded that global action remains indispensable to the "
          "development process' = a belief, 'we' meaning all states, no act"),
 15: ([], "Gabon (1990): 'These changes and the continuation of such efforts should lead to a climate favourable to "
          "a new balance' = an expected effect; 'such efforts' are the nuclear-arms reductions of 'the main owners of "
          "nuclear weapons' in the sentence before, who are never named, an agentless anaphoric event noun "
          "(guideline: not coded; borderline a nominal 087 USA/GOV <-> SUN/GOV)"),
 16: ([], "Cape Verde (2007): 'one should recall the leading role that the United Nations has had and continues to "
          "have in mustering efforts to raise awareness about' climate change = an impersonal evaluation (README: "
          "'it is commendable to observe' an evaluation; held-out 122: an impersonal 'one cannot but "
          "rejoice' uncoded), and raising awareness is a statement (01x); not coded (borderline 051 CPV/GOV -> org:UN, "
          "as held-out 143's 'a great deal of the credit ... belongs to the United Nations')"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Lebanon (2013): 'That attack' = the September 2013 attack on Maaloula named in the sentence before, an "
          "anaphoric event noun with neither agent nor victim in the sentence (guideline: 'this aggression' not coded); "
          "'represents an assault on civilization' is figurative (guideline); borderline a nominal 180 with no source "
          "to bare SYR, as held-out 116 coded the anaphoric 'The attack perpetrated'"),
 18: ([("assistance", "070", "JPN/GOV", "PLW/GOV", False, A, N, True),
       ("partnership", "050", "JPN/GOV", "PLW/GOV", False, A, N, True)],
      "Palau (2018); 'Its' = the Government of Japan (sentence before: 'The Government of Japan has also provided "
      "generous support through the years'; guideline: participant from context); 'Its ... assistance ... and support "
      "continue to strengthen our economic and social undertakings' = habitual aid -> one nominal 070 JPN/GOV -> "
      "PLW/GOV (README: one aid noun covering several kinds is one 070; borderline a separate 051 for "
      "'support', or 071); 'partnership' = a cooperation noun with its parties given by 'Its' and 'our' -> nominal 050 "
      "(README: a partnership between two peoples a nominal 050); 'friendship' is a sentiment, not coded"),
 19: ([], "Panama (2006): 'there have been horrendous violations during the life of the United Nations' = agentless "
          "violations with no named victim; 'no one can deny' is an evaluation; not coded"),
 20: ([], "Albania (1997): 'there might still be some work to be done in this direction [Security Council reform], "
          "without ... getting caught up in endless discussions' = a UN reform position with no actor, not coded"),
 21: ([("We also reject the conduct", "120", "BOL/GOV", "org:OAS", False, A, N, False)],
      "Bolivia (2017); 'We also reject the conduct of the Secretary General of the Organization of American States, "
      "Luis Almagro' = an explicit rejection (guideline: reject -> 12x; README: 'We utterly reject attacks' "
      "120) of the acts of the OAS's Secretary General, who stands for his organisation as the UN Secretary-General "
      "stands for org:UN -> org:OAS (borderline URY/CVL for the person, Almagro being a "
      "Uruguayan former official; borderline 111 as a criticism); 'who is the spokesperson for anti-Latin American interests' = an "
      "evaluative description with no behaviour verb (guideline), not coded (borderline a 112 accusation)"),
 22: ([("fully supported by our", "070", "AUT/GOV", N, False, A, N, False)],
      "Austria (2010); 'Those efforts' = the efforts to implement resolution 1325 on women, peace and security in "
      "international peace efforts (sentence before), agentless and carried by unnamed actors; 'are fully supported "
      "by our development cooperation' = a passive with its agent named, the Austrian Development Cooperation standing "
      "for the Government (README: an inanimate subject standing for a government's act is that "
      "government's) -> habitual aid 070 (borderline 071 economic aid) from AUT/GOV, the supported efforts naming no "
      "recipient -> target null (borderline not coded as a domestic funding policy)"),
 23: ([("in the mediation", "045", "org:SADC", "MDG", False, A, N, True),
       ("in the mediation", "045", "org:UN", "MDG", False, A, N, True)],
      "Madagascar (2011); 'The involvement of these and all actors concerned in the mediation' = 'these' are the SADC "
      "mediation team, the United Nations, the International Organization of la Francophonie and the Indian Ocean "
      "Commission of the sentence before -> a mediation noun (README: UN mediation of talks a nominal 045 to each "
      "party; a facilitation or mediation of an organisation a nominal 045 to each party), one per coded mediator: org:SADC and "
      "org:UN; La Francophonie and the Indian Ocean Commission have no code (held-out 107, 144, 159) and 'all actors "
      "concerned' are uncoded, dropped (guideline compound rule); the Malagasy parties ('the Malagasy protagonists', "
      "'the political factions') are never named -> bare MDG (held-out 147: mediation whose parties the speech never "
      "names goes to the bare country; held-out 149) (borderline MDG/GOV and MDG/OPP); 'the crisis and the "
      "negotiations had lasted any longer' is a counterfactual about negotiations among unnamed parties, not coded "
      "(held-out 115: a national dialogue among unnamed parties uncoded); 'meeting the vital needs' is the "
      "mediation's effect"),
 24: ([("deserve our respect and our", "051", "PRY/GOV", "org:UN", False, A, N, False)],
      "Paraguay (1995); 'The very diverse actions of the United Nations in other parts of the world deserve our respect "
      "and our support' = the speaker's own endorsement in a 'deserve' predicate (held-out 110: 'deserve to be "
      "commended' is the speaker's 051 to org:UN) -> 051 PRY/GOV -> org:UN, asserted (borderline not coded as a "
      "sentiment, 'respect'); the UN's 'actions' are too vague to code"),
 25: ([("We undertake to work with him", "030", "MWI/GOV", "org:UN", False, A, N, False)],
      "Malawi (2002); 'him' = James Morris, Executive Director of the World Food Programme, appointed the "
      "Secretary-General's Special Envoy for the southern African humanitarian crisis (sentence before); acting in "
      "that role -> org:UN (README: a minister acting 'in his role as ASEAN Special Envoy' is org:ASEAN; borderline org:WFP, "
      "held-out 138); 'We undertake to work with him and give him all the support and cooperation necessary' = an "
      "explicit commitment stated as a fact (guideline: 03x asserted) -> one 030 (README: an assurance of "
      "'support and cooperation' is one 030; borderline 032 for the support)"),
 26: ([("cheered Israel", "051", "org:UN", "ISR/GOV", False, A, N, False),
       ("left Gaza", "0874", "ISR/GOV", "PSE", False, A, N, False),
       ("promised to back", "032", "org:UN", "ISR/GOV", False, A, N, False),
       ("accuses us", "1124", "org:UN", "ISR/GOV", False, Q, N, False)],
      "Israel (Netanyahu, 2009); 'The same United Nations that cheered Israel as it left Gaza' = UN praise of the 2005 "
      "disengagement -> 051 org:UN -> ISR/GOV; 'as it left Gaza' = the Gaza withdrawal (README: 'the "
      "withdrawal of Israel from the Gaza Strip' a nominal 0874) -> 0874 ISR/GOV -> bare PSE; 'and promised to back "
      "our right of self-defence' = an intent verb stated as a fact (guideline: 03x asserted) to give policy support "
      "-> 032 asserted (borderline 051); these relative-clause acts are presupposed -> asserted (README: a rhetorical "
      "question that presupposes an act codes it asserted); 'now accuses us - my people, my country - of being war "
      "criminals?' = the Goldstone report's accusation, the event the incredulous question is about (guideline: the "
      "rhetorical 'Is it not a fact that ...' is a question) -> accuse of war crimes 1124 (guideline: accuse/charge "
      "112/1121/1124), modality question (borderline asserted, the accusation being real), org:UN (borderline the "
      "Human Rights Council's fact-finding mission as org:UN anyway) -> ISR/GOV"),
 27: ([("We wish to thank", "051", "BDI/GOV", N, False, A, N, False),
       ("their support", "070", N, "BDI/GOV", False, A, N, True)],
      "Burundi (2009); 'We wish to thank all our partners' = thanks (guideline: 051), the partners uncoded -> target "
      "null (README: thanks that include a group without a code has target null); 'for their support for "
      "Burundi's considerable peacebuilding and democratization efforts' -> nominal 070 whose agent comes from the "
      "thanks (README: thanks 'for the ongoing support' gives the support its agent), uncoded -> no source (held-out 121: Mali's thanks to uncoded partners 'for their "
      "contribution' a nominal 070 with no source to MLI/GOV), to BDI/GOV (borderline 051 for political support)"),
 28: ([], "Syria (2001): 'the escalation of hostile attacks on certain cultures, religions and nationalities' = "
          "agentless attacks on unnamed victims (held-out 136: attacks whose victims are not named uncoded); the "
          "dialogue among civilizations is an abstract initiative; not coded"),
 29: ([("we have welcomed", "051", "VUT/GOV", "JPN/GOV", False, A, N, False),
       ("decision to cease", "035", "JPN/GOV", N, False, A, N, True)],
      "Vanuatu (1990), speaking as Chairman of the South Pacific Forum on behalf of its members (opening of the "
      "speech); the Forum has no code (held-out 120), so 'we' is coded for the speaker only (held-out 133, 145: "
      "speaker only; borderline a new org code for the Forum); 'we have welcomed Japan's decision' -> 051 VUT/GOV -> "
      "JPN/GOV; 'Japan's decision to cease large-scale drift-net fishing in our region one year in advance of the date "
      "stipulated in General Assembly resolution 44/225' = an intent stated as a fact (guideline: 03x asserted), to "
      "yield to the region's demand (the text after: 'demonstrated sensitivity to our concerns') -> nominal 035 "
      "express intent to yield (borderline a future 080, on the model of held-out 139's 'joint decision ... to cease "
      "arms supplies' coded as the future act), 'our region' = the Forum states, uncoded -> target null (borderline "
      "VUT/GOV)"),
 30: ([], "Malta (2019): 'The number of those on social assistance in our country has been cut in half' = domestic "
          "welfare, no act between actors"),
 31: ([("has received", "075", "ISL/GOV", N, False, A, N, False),
       ("providing generous assistance", "070", "ISL/GOV", "org:UN", False, A, N, False)],
      "Iceland (2017); 'Iceland has received an ever-increasing number of refugees' = admitting refugees -> grant "
      "asylum 075 (README: admitting refugees 075; held-out 168: 'hosted by our country' a habitual 075), the "
      "refugees' origin not named in the sentence or the paragraph (the 65 million displaced in general) -> target "
      "null (borderline SYR/CVL from 'the countries that neighbour Syria'); 'in addition to providing generous "
      "assistance to United Nations agencies working in the countries that neighbour Syria' -> 070 to org:UN "
      "(held-out 121: aid put at the service of the UN a 070 to org:UN; borderline 071 or 073, or bare JOR/LBN/TUR as "
      "ultimate beneficiaries, unnamed)"),
 32: ([("with the support of our partners", "070", N, "GMB/CVL", False, A, N, True)],
      "Gambia (2018); 'Gambians have managed, with the support of our partners, to restore democracy and the rule of "
      "law' after the December 2016 impasse -> the partners' support a nominal 070 (README: 'with the support "
      "of our United Nations partners' a nominal 070), the partners unnamed here -> no source (the UN, EU and World "
      "Bank named later in the speech are thanked for development support, another act), to the Gambians -> GMB/CVL "
      "(borderline GMB/GOV); the restoration of democracy is a domestic outcome with no counterpart named (the former "
      "President is not named), not coded (borderline a 1411 GMB/CVL -> GMB/GOV as held-out 128's Ethiopian peoples "
      "'managed to get rid of a military dictatorship')"),
 33: ([], "Portugal (2016): 'I would like to express my sincerest wish that whoever takes up this position [Secretary-"
          "General] has the human and professional qualities required' = well-wishing (README: not coded); "
          "'the process of appointing' is agentless"),
 34: ([("We welcome this advancement", "051", "HND/GOV", N, False, A, N, False)],
      "Honduras (1998); 'We welcome this advancement' = the advancement of women in society (sentence before) -> a "
      "performative welcome (guideline: welcome 051) of a development with no actor -> 051 with no target (held-out "
      "142: 'Senegal welcomes and supports the progress of democracy' 051 with no target; borderline not coded as an "
      "evaluation of a social trend); 'with their help we can envision a fairer ... world' is no act"),
 35: ([], "Russian Federation (1994): 'an urgent need to develop a solid system of security ... on the part of "
          "everyone, and a need for the reform of international institutions' = agentless needs of all states and "
          "institutional reform, not coded"),
 36: ([("directly involved", "040", "PRT/GOV", "org:AU", False, A, N, False),
       ("is willing to organize", "036", "PRT/GOV", "org:EU", False, A, N, False),
       ("is willing to organize", "036", "PRT/GOV", "org:AU", False, A, N, False)],
      "Portugal (2019); 'Portugal, which was directly involved in the first Europe-Africa summits' = its part in the "
      "EU-Africa summits of Cairo (2000) and Lisbon (2007) -> 040 (guideline: meet 040; README: participating in "
      "forums together with a named state 040 to it) to the African side, the OAU/AU -> org:AU (README: the OAU is org:AU), "
      "Portugal acting for the EU side (borderline 043 as host of Lisbon, or a second 040 to org:EU); 'is willing to "
      "organize the next meeting of the European Union and African Union leaders during its upcoming presidency of the "
      "Council of the European Union in 2021' = readiness to host stated as a fact (held-out 129: 'Kiev is ready ... "
      "to host a meeting of the leaders of the parties' an asserted 036 to each party; README: 'offered to "
      "host' 036) -> 036 asserted to each party, org:EU and org:AU (borderline future, or 043); the summit itself is "
      "not coded separately"),
 37: ([("strongly urging", "100", "SLB/GOV", N, False, A, N, False)],
      "Solomon Islands (2018); 'Solomon Islands joins other Pacific island States in strongly urging the largest "
      "emitters of greenhouse gases to take urgent actions to reduce those harmful emissions' = a request (guideline: "
      "urge -> 10x) whose Y, cutting emissions, has no CAMEO sub-code -> generic 100 (held-out 165: 'encourage the IAEA "
      "to continue to monitor' a generic 100), the largest emitters an uncoded class never named -> target null "
      "(held-out 117: a call on an uncoded class 102 with no target); the other Pacific island States' own urging is "
      "null-null, not coded (held-out 122); 'reduce now, or regret later' is a warning of natural consequences, not a "
      "threat (README: a warning about economic harm is not a threat)"),
 38: ([("our categorical rejection", "120", "MRT/GOV", "org:ICC", False, A, N, True),
       ("arrest warrant", "1124", "org:ICC", "SDN/GOV", False, A, N, True)],
      "Mauritania (2009); 'we wish here to underscore our categorical rejection of the International Criminal Court's "
      "arrest warrant for the Sudanese President' = an explicit rejection (guideline: rejection -> 12x, negated false), "
      "its event expressed by the noun under a speech verb -> nominal 120 MRT/GOV -> org:ICC (borderline 111); the "
      "arrest warrant of March 2009 = the ICC's charge of war crimes and crimes against humanity against al-Bashir "
      "(guideline: 'the ICC has charged' 1124; README: persons indicted by tribunals 1124) -> nominal 1124 "
      "org:ICC -> SDN/GOV (borderline 173); 'it undermines peace efforts under way in that country' is an evaluation, "
      "the peace efforts agentless"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Nepal (2005): the sentence starts at 'Peacebuilding Commission as an intergovernmental advisory body' (the "
          "splitter cut after 'Nepal welcomes the establishment of a'); the welcome verb lies before the cut (README: "
          "fragments whose verb was cut away left uncoded), and the Commission's establishment is a UN reform"),
 40: ([], "Kazakhstan (2013): 'We count on Member States to finalize and submit a draft resolution on the universal "
          "declaration' = a hope about the acts of an uncoded collective (README: 'we count on' optative, "
          "not coded; borderline a 102 with no target as a request for sponsorship, as held-out 157's 'We expect the "
          "support of all Members')"),
 41: ([], "Somalia (2014): 'One of our Somali NGOs is running a social reconciliation programme in some remote areas "
          "of Somalia' = a domestic programme of an unnamed NGO with no named counterpart, not coded (borderline 050 "
          "SOM/NGO -> SOM/CVL)"),
 42: ([], "Greece (1999): 'we believe that our security is bound by the stability in the region; that our neighbours' "
          "strength is our own strength' = a belief, no act"),
 43: ([], "Liechtenstein (2016): 'Our second challenge to frame migration as a positive force' = a policy aim, no act"),
 44: ([], "Kyrgyzstan (2003): 'The most efficient way of overcoming disagreements ... is to search for compromise' = a "
          "generic maxim, no actor"),
 45: ([], "Kyrgyzstan (1997): the sentence starts at 'Governments and, above all, to the other sponsors to submit the "
          "relevant information' (the splitter cut after 'I would like to take this opportunity to appeal to'); the "
          "request verb lies before the cut (README: a request whose verb falls outside the sentence is left "
          "uncoded; borderline a 100 KGZ/GOV with no target)"),
 46: ([], "Indonesia (2012): 'pockets of hatred and bigotry, intolerance and extremism continue to litter our world' = "
          "a description, no actor"),
 47: ([("work together", "050", "PRK/CVL", "KOR/CVL", False, H, N, False)],
      "DPRK (1991); 'When the entire people in the north and the south of Korea and overseas compatriots renew the "
      "tradition of national unity, when they work together for the great unity of the nation' = a conditional "
      "cooperation between the peoples of the two Koreas (README: conditional inter-Korean cooperation a "
      "hypothetical nominal 050; 'the two Koreas are moving towards reunification' 050) -> 050 "
      "hypothetical, the peoples -> PRK/CVL and KOR/CVL (README: a partnership between two peoples between "
      "their CVLs), symmetric, from the first-named; the overseas compatriots are uncoded and dropped; 'renew the "
      "tradition of national unity' is the same cooperation, coded once; 'they will definitely realise ... "
      "reunification' is the expected outcome, not coded separately (borderline a future 050)"),
 48: ([], "Oman (1991): 'The Kuwait crisis was the greatest test of the present world order' = an evaluation; 'the "
          "Kuwait crisis' names no agent (borderline a nominal 192 IRQ/GOV -> KWT)"),
 49: ([], "Sri Lanka (2007): 'It is essential that international action to facilitate compliance with human rights "
          "standards be fair and even-handed' = a norm for unnamed actors, no codable behaviour"),
 50: ([], "Mozambique (2001): 'I wish him success in his future endeavours' = well-wishing to the outgoing President of "
          "the Assembly (README: well-wishing not coded; the tribute lies in the sentence before)"),
 51: ([], "Turkey (1999): 'one of the deadliest earthquakes of the century struck the northwest of Turkey' = a natural "
          "disaster, no political actor"),
 52: ([], "Antigua and Barbuda (2009): 'Crime prevention and small arms control are priorities for my Government' = a "
          "domestic policy priority, no act between actors"),
}
