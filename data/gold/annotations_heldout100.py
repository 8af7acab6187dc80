"""Hand annotations for the HUNDREDTH held-out event gold set (source of events-heldout100.jsonl).

Keyed by the row index of selection-heldout100.jsonl (output of select_bulk_heldout.py 100; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout100.jsonl \
        --annotations annotations_heldout100 --output events-heldout100.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Barbados (2001): 'the masterminds of that attack' = the planners of the 1976 Cubana flight bombing, whom the "
         "speech never names or places in a state or group (uncoded); 'were identified and apprehended' and 'were "
         "instead encouraged' are agentless passives (guideline: null source), so the detention (173), the negated "
         "punishment ('were never punished', negated 1121) and the encouragement are all null-null, not coded (README "
         "sets: acts between uncoded parties left uncoded); 'their campaign of terror' is a nominal 180 of the same "
         "uncoded masterminds with no named target, not coded; borderline a 173 null -> null for the arrest"),
 1: ([], "Kyrgyzstan (2006): 'We will not achieve global security unless we support development and eliminate poverty' "
         "= 'we' meaning all states (held-out 42/43: not coded), a conditional norm with no counterpart; 'will not "
         "achieve' negates an outcome, not an event"),
 2: ([("have our full support", "051", "CYP/GOV", "org:UN", False, A, N, False)],
     "Cyprus (1994); the sentence starts at 'General's report' (the splitter cut after 'the Secretary-'); 'they' = "
     "'These activities' of the preceding sentence, the development work the United Nations pursues 'through the "
     "Secretariat itself, the ... United Nations Development Programme and the various specialized agencies' -> "
     "'they have our full support' = verbal support (guideline: 051; held-out 33 row 28: 'have our full support' 051 "
     "to org:UN) of the Organization's activities -> org:UN (borderline a second 051 to org:UNDP, named in the "
     "preceding sentence; borderline not coded as an abstract policy position); 'I do not intend to dwell on them' "
     "and 'declare that we are cognizant' are the speech frame, not events"),
 3: ([("deployment", "074", "org:ECOWAS", "GNB", False, A, N, True)],
     "Togo (1999), whose President chaired ECOWAS; 'The subsequent deployment of an ECOWAS Monitoring Group contingent' "
     "in Guinea-Bissau after the November 1998 agreements (preceding sentence) = ECOMOG peacekeeping -> nominal 074 "
     "from org:ECOWAS (README sets: ECOMOG's peacekeeping is org:ECOWAS 074; held-out 29 row 32: ECOMOG 074 to the "
     "country) to the host country -> bare GNB (borderline GNB/GOV); 'did not allow us effectively to implement the "
     "provisions of the Abuja Agreement and the Lome Protocol' = failed implementation of an agreement by ECOWAS "
     "('us', the organisation under Togo's chairmanship), compliance rather than a CAMEO act, not coded (borderline "
     "a negated 057 or 0871); 'nor did it entirely allay tensions' is an outcome, not an act"),
 4: ([("our support", "051", "LSO/GOV", "ESH", False, A, N, True)],
     "Lesotho (2016); 'we have never wavered in our support for the independence of the people of Western Sahara' = "
     "expressed support (guideline: 051) with its agent 'our' -> nominal; 'never wavered' bears on the wavering, not "
     "on the support (guideline: 'never ceased to demand' is asserted) -> asserted, not negated; the people of "
     "Western Sahara in their quest for independence -> bare ESH (held-out 63 row 27, Lesotho 2017: 'our support for "
     "Western Sahara in its struggle for self-determination' 051 to ESH; borderline ESH/CVL)"),
 5: ([], "Saint Lucia (2018): 'I do not have the luxury of waiting for the international system to adjust' = a "
         "statement about the speaker's own situation, the system an abstraction; natural disasters 'threaten' is "
         "figurative (guideline: threat as risk); no act between actors"),
 6: ([], "Malaysia (2019): 'We do not know the laws under which such sanctions are applied' = an anaphoric, agentless "
         "passive about sanctions (previous sentence: 'sanctions being applied to countries'), imposers ('the rich "
         "and the powerful') and targets ('countries') both uncoded, null-null, not coded (borderline a 163 null -> "
         "null); 'do not know' is no event"),
 7: ([("We urge", "102", "SWE/GOV", N, False, A, N, False)],
     "Sweden (1995); 'We urge those few States which have not yet acceded to the NPT to do so without further delay' = "
     "a request (guideline: urge -> 10x) whose Y is joining a treaty -> demand diplomatic cooperation 102 (held-out "
     "38 row 6, 48 row 4: calls to accede to a treaty 102), the addressees never named in the document -> target null "
     "(held-out 38 row 6: 'all States that have not yet done so' target null); 'which have not yet acceded' = a "
     "negated 057 of the same uncoded class, null-null, not coded (held-out 48 row 4); 'to do so' and 'making it "
     "clear ... that they renounce the nuclear-weapon option' are Y and its purpose, not coded separately "
     "(guideline)"),
 # --- UNGDC 1990-2019 random: future
 8: ([("the support of our partners", "070", N, "COG/GOV", False, F, N, True)],
     "Congo (1990); 'with the support of our partners in the international community, the Congo will give itself a "
     "new political landscape' = support from partners the speech leaves uncoded -> nominal 070 with no source "
     "(held-out 88 row 39: 'With the continued support ... of our regional and international partners' 070 with no "
     "source; held-out 28/29: 'with the support of our United Nations partners' a nominal 070) to the speaker's "
     "government; it accompanies the announced political transition -> future (README 52/53: hoped-for support "
     "from uncoded parties a nominal future 070 with no source; borderline asserted, as ongoing support); 'the "
     "contribution made by each and every Congolese' and the new political landscape are domestic, not coded"),
 9: ([], "Bahrain (2007): 'It hopes that the two countries will increase their efforts and their contacts to resolve "
         "this issue either through direct negotiation or by referring it to the International Court of Justice' = "
         "an optative hope about other actors' acts (the United Arab Emirates and Iran, preceding sentence; held-out "
         "7: a hope about another actor's act is not coded); borderline a future 040/046 ARE/GOV -> IRN/GOV and a "
         "hypothetical 115 to org:ICJ, or a request 106 BHR/GOV -> each"),
 10: ([], "Iceland (2018): 'our common goals will be achieved only through international cooperation' = 'our' meaning "
          "all states, an agentless generic condition, no act between actors"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Cote d'Ivoire (1999): 'the Organization must adapt to the new shape of international relations' = a UN "
          "reform position (README 54-61: reform positions left uncoded), no act between actors"),
 12: ([], "Jordan (2001): 'the fight against terrorism should be comprehensive' = an agentless deontic about "
          "counter-terrorism in general, no named actor or target"),
 13: ([], "Croatia (2007): 'Such a trend should be stopped and such conditions changed' = 'trend' = the 'dangerous "
          "signs of a possible renewal of the arms race' on the European continent (preceding sentence), whose "
          "parties are not named; an agentless deontic, null-null, not coded (borderline a demanded 087 or 1056 "
          "null -> null)"),
 14: ([], "Burkina Faso (2003): 'This requirement [democracy] should be true for everyone - peoples, nations and "
          "international organizations' = an abstract norm, no act"),
 15: ([], "Nigeria (2002): 'We must therefore continue to fine-tune its implementations' = 'we' meaning all Member "
          "States (held-out 42/43: not coded) and a UN reform position (README 54-61: left uncoded); 'could not have "
          "been envisaged by the founding Members' is no act"),
 16: ([], "Comoros (2015): 'we must build a world without poverty or inequalities' = 'we' meaning all states "
          "(held-out 42/43), a development goal, no act between actors"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("The presence of the United Nations", "074", "org:UN", "LBR", False, A, N, True)],
      "Liberia (2008); 'The presence of the United Nations Mission in Liberia' = UNMIL, an ongoing peacekeeping "
      "presence -> nominal 074 from org:UN to the host country (held-out 31 row 50: 'the continued presence of the "
      "United Nations in Somalia' 074 org:UN -> SOM), bare LBR (borderline LBR/GOV, or LBR/CVL for 'the people'); the "
      "trigger is cut before the hard line break; 'has given hope to the people' is an effect, and 'the threat to "
      "peace ... represented by the large percentage of unemployed youth' is figurative (guideline: threat as "
      "risk), not coded"),
 18: ([], "Armenia (2018): 'The sizeable Armenian community in Syria is facing an existential threat from the ongoing "
          "crisis there' = a figurative threat (guideline: threat as risk), the crisis agentless"),
 19: ([("supports", "051", "MDA/GOV", "org:UNDP", False, A, N, False),
       ("supports", "051", "MDA/GOV", "org:UN", False, A, N, False)],
      "Moldova (2000); 'The Republic of Moldova supports the activity of these institutions' = verbal support "
      "(guideline: 051; borderline 050, Moldova's cooperation framework with UNDP being named two sentences before) "
      "of 'these institutions' = the United Nations Development Programme and the United Nations Economic "
      "Commission for Europe of the preceding sentences (guideline: missing participant from context) -> one 051 per "
      "institution (README sets: thanks to UN funds and programmes go to each one named; guideline: compound "
      "split): org:UNDP, and the Economic Commission, which has no code of its own, -> org:UN (held-out 14 row 66: "
      "ECOSOC -> org:UN); borderline one 051 to org:UN for both"),
 20: ([], "Denmark (2009): 'It is important to keep up momentum in the intergovernmental negotiations on reform of the "
          "Security Council' = a deontic about negotiations among all Member States (uncoded) on UN reform (README "
          "54-61: reform positions left uncoded), null-null, not coded"),
 21: ([("register Grenada’s support", "1054", "GRD/GOV", "USA/GOV", False, A, N, False),
       ("embargo", "163", "USA/GOV", "CUB", False, A, N, True)],
      "Grenada (2001); 'I wish to register Grenada's support for the removal of the United States of America's "
      "economic embargo on Cuba' = support for ending an embargo -> demand easing of an embargo 1054 (held-out 88 row "
      "22: 'supports the lifting of the ... embargo' 1054; README 24/25: support for a release is 1053), the imposer "
      "named -> USA/GOV (held-out 88 row 22 had target null only because the imposer was unnamed), 'I wish to "
      "register' performative -> asserted; the embargo = an event noun with its agent named -> nominal 163 "
      "(guideline: sanctions 163; README: a realised act named inside a request is coded too) USA/GOV -> bare CUB "
      "(held-out 47 row 14: 'the embargo of the United States against Cuba' 163 -> CUB; borderline CUB/GOV)"),
 22: ([], "Nepal (2001): a fragment that starts at 'channels of communication' (the splitter cut after 'stem the "
          "terrorists''); freezing finances, denying refuge and support and defeating the terrorists are the Y of "
          "Security Council resolution 1373 'calling on Member States', a request whose verb lies outside the "
          "sentence (README sets: a request whose verb falls outside the selected sentence is left uncoded), with "
          "uncoded addressees (Member States) and targets (terrorists); not coded"),
 23: ([], "Belgium (2019): 'In the Gulf region, an atmosphere of escalation is growing stronger, threatening ... "
          "stability' = agentless, 'threatening' figurative (guideline: threat as risk); no named actor"),
 24: ([("endeavoured to raise", "1031", "TLS/GOV", N, False, A, N, False)],
      "Timor-Leste (2016); 'We have endeavoured to raise our partners' awareness of the importance of harmonizing our "
      "agendas and of the need for financial aid in order to achieve results' = the government's advocacy with its "
      "development partners for financial aid for the Sustainable Development Goals -> a request whose Y is aid "
      "(README 54-61: advocacy of a settlement is a request) -> demand economic aid 1031, the partners uncoded -> "
      "target null (held-out 77 row 10: 'call upon developed countries ... to increase funding' 1031 target null); "
      "'have endeavoured to' = realised efforts -> asserted; Y not coded separately (guideline); borderline a "
      "demanded nominal 071 null -> TLS/GOV for 'the need for financial aid' (README 46/47: statements of need), "
      "or not coded as a statement (01x)"),
 25: ([], "Timor-Leste (2015): 'New and different threats to peace, security and human rights have emerged' = "
          "figurative threats (guideline: threat as risk), no actor"),
 26: ([], "Mauritius (2010): 'Two decades of civil unrest have inflicted untold miseries and difficulties on the "
          "Somali people' = an agentless conflict noun (guideline: event nouns without an agent are not coded), the "
          "parties to the unrest never named in the speech (held-out 83 row 11: agentless civil unrest not coded); "
          "borderline a nominal 180 null -> SOM/CVL (README 54-61: an agentless terrorist attack 180 per victim "
          "country); 'rendered governance ... almost impossible' is an effect"),
 27: ([], "Marshall Islands (2001): a fragment cut by the splitter, '[The Government of the Republic of the Marshall] "
          "Islands fully supports the expansion of the Security [Council]' = support for Council enlargement, a UN "
          "reform position (README 54-61: reform positions left uncoded), not coded"),
 28: ([], "Barbados (2000): education 'is the greatest social liberator and facilitator of peace' = a description, "
          "no act"),
 29: ([], "Yemen (1991): 'This requires the return of prisoners and hostages to their families' = an agentless "
          "demanded return after the Gulf War; the sentence before ('the people of Iraq should be enabled to get over "
          "its plight') and the sentence after (lifting the blockade on the Iraqi people) do not say who holds the "
          "prisoners and hostages or whose they are (Kuwaitis held by Iraq, or Iraqis held by the coalition), so the "
          "return is null-null, not coded (borderline a demanded nominal 0842 IRQ/GOV -> KWT/CVL, as README 46/47's "
          "Iraq's 'obligations' to release and return)"),
 30: ([("We appeal", "1044", "UGA/GOV", N, False, A, N, False)],
      "Uganda (2002); 'We appeal to all Member States to expedite the process of reform, including the expansion of "
      "the Council's membership in its permanent and non-permanent categories' = a request (guideline: appeal -> "
      "10x) with an addressee, all Member States, an uncoded collective -> target null; Y = a change in the Security "
      "Council's composition -> demand change in institutions 1044 (held-out 74 row 34: 'We call for' Council "
      "enlargement 1044 target null; held-out 73 row 14: 'urges all Member States' to renew the UN 100 target null, "
      "a request verb with an addressee coded); borderline not coded as a UN reform position (README 52/53, 54-61)"),
 31: ([("would like to commend", "051", "SYR/GOV", "IRN/GOV", False, A, N, False),
       ("achieving the historic agreement", "057", "IRN/GOV", N, False, A, N, False)],
      "Syria (2015); 'The Syrian Arab Republic would like to commend the Islamic Republic of Iran' = a performative "
      "praise (guideline: commend 051; 'would like to' -> asserted) -> IRN/GOV; 'for its steadfastness in achieving "
      "the historic agreement' = the July 2015 nuclear agreement (the following sentence: it lifts the sanctions on "
      "Iran) -> agreement concluded 057 (README sets: the welcome of an agreement codes the agreement too), the "
      "other parties (the P5+1) never named in the speech -> target null (README 93 sets: an alliance 'signed in "
      "1994' that names no other signatory is a 057 with no target; borderline USA/GOV and the others by world "
      "knowledge); borderline the 057 not coded, as the reason for the praise only; 'fulfils the aspirations of the "
      "brotherly people of Iran' is an evaluation"),
 32: ([("participate", "050", "VNM/GOV", N, False, A, N, False)],
      "Viet Nam (2015); 'We also support and participate in South-South cooperation activities' = a realised "
      "cooperation (held-out 78 row 26, Viet Nam 2004: promoting South-South cooperation a nominal 050 with target "
      "null; borderline 061 economic cooperation, the activities being technical support and capacity-building) "
      "with partners the sentence leaves uncoded (developing countries) -> target null; 'support' for the same "
      "activities is an abstract policy position, not coded separately (borderline a 051 with target null, as "
      "held-out 89 row 34's 'participates in and supports' 061 and 051, where the partner was named); the channel "
      "'for sharing experience, technical support and capacity-building' is a description"),
 33: ([("we welcome", "051", "GTM/GOV", "org:UNSC", False, A, N, False)],
      "Guatemala (1999); 'we welcome the Security Council's prompt response to the crisis in East Timor' = a welcome "
      "(guideline: 051) of the Council's act -> org:UNSC (README sets: welcoming a UN resolution 051 to org:UNGA; "
      "borderline org:UN); the response itself (resolution 1264 authorising the multinational force INTERFET, never "
      "named in the speech) is a vague event noun, not coded (borderline a nominal 074 org:UNSC -> TLS, or 0874 to "
      "IDN/GOV)"),
 34: ([], "Panama (2008): 'the General Assembly could so declare it' = a proposed declaration of a food emergency, a "
          "statement (01x, not coded) and hypothetical; 'all governmental forces, private initiatives and "
          "international bodies may coordinate their efforts' = cooperation among uncoded collectives, not coded; "
          "'a threat to social peace' is figurative and 'a crusade' a metaphor"),
 35: ([("house arrest", "173", N, "MMR/OPP", False, A, N, True)],
      "Pakistan (2008); 'She' = Aung San Suu Kyi, 'the democratically elected leader of Myanmar' (preceding sentence), "
      "a leader kept from office -> MMR/OPP (README sets: Myanmar's ousted elected leaders are MMR/OPP); 'has "
      "suffered year after year under house arrest' = her detention -> nominal 173 (guideline: detentions 173), "
      "ongoing -> asserted; neither this sentence nor the one before ('continues to be imprisoned in Yangon', an "
      "agentless passive) names the jailer -> source null (guideline: agentless passives -> null; README sets: "
      "agentless acts with a named target are coded with no source; borderline MMR/MIL, the junta, by world "
      "knowledge, guideline: military juntas MMR/MIL); 'has suffered' is an experience, not a separate act"),
 36: ([], "Liberia (2006): the sentence starts at 'Nations remain' (the splitter cut after 'the original aims and "
          "objectives of the United'); 'when the Charter of the Organization was signed 61 years ago' = a historic "
          "agentless signing by the founding Members (an uncoded collective), null-null, not coded (borderline a 057 "
          "null -> null; README sets: historic acts coded, signing the Charter 057, where the signatory was named)"),
 37: ([("joined the United Nations", "111", "PHL/GOV", "IRQ/GOV", False, A, N, False),
       ("condemnation", "111", "org:UN", "IRQ/GOV", False, A, N, True)],
      "Philippines (1990); 'These are grave acts' = the violations of borders, threats to territorial integrity, "
      "displacement and destruction of the preceding sentence, i.e. the Gulf crisis of 1990 (the 'Kuwaiti people's "
      "will' two sentences before, 'the Iraqi Government' and 'the Security Council resolutions' in the following "
      "one), an anaphoric list with no agent in the sentence, not coded; 'the Philippines has from their inception "
      "joined the United Nations in their condemnation' = the speaker's condemnation (guideline: condemn 111) of "
      "Iraq's acts -> target from the context IRQ/GOV (guideline: missing participant from context; borderline "
      "target null, Iraq never being named as the agent), and the United Nations' own condemnation it joined -> a "
      "nominal 111 of its author (README sets: joining a call with named partners is the speaker's 106 and a "
      "nominal 106 of the partner; echoing a call the speaker's request and a nominal request of its author), "
      "org:UN as the text says (borderline org:UNSC, whose resolution 660 condemned the invasion)"),
 38: ([], "Tonga (2011): 'The shifting sands of change known as the Arab Spring ... has made such a peace and genuine "
          "security all the more challenging' = an evaluation of an unnamed region's upheavals, no act between named "
          "actors (borderline a nominal 141 with no source)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([("is pooling its efforts", "050", "GTM/GOV", N, False, A, N, False)],
      "Guatemala (1991); 'Guatemala ... is pooling its efforts with those of national and international "
      "organisations, both public and private, in order to provide for the well-being of children' = a realised "
      "cooperation -> 050 (held-out 78 row 26: cooperation with uncoded partners 050 with target null), the "
      "organisations unnamed -> target null (borderline one 050 per sector, GTM/NGO and GTM/BUS, as README sets' "
      "'partnerships with civil society and the private sector are one 050 each'; borderline not coded as domestic "
      "child-welfare policy); 'has embarked on its own path' is a domestic policy"),
 40: ([], "Guinea (1996): 'We are convinced that Africa has a role to play in this area' = a conviction, no act"),
 41: ([], "Niger (2011): 'Niger encourages private investment, especially foreign direct investment' = a domestic "
          "economic policy towards unnamed investors, no named counterpart (guideline: abstract policy positions not "
          "coded; borderline a request 1011 NER/GOV -> null)"),
 42: ([], "Brunei Darussalam (2018): 'Our unwavering commitment to international norms and multilateral partnerships' "
          "= a commitment to abstract norms, an abstract policy position (guideline), no counterpart (borderline a "
          "nominal 030 with target null)"),
 43: ([], "Slovenia (2002): 'That is the responsibility that all of us face today' = 'us' meaning all states, no act"),
 44: ([], "Czech Republic (2000): 'Globalization entails development and human security, as well as poverty and "
          "human fear' = a description, no actor"),
 45: ([], "Swaziland (2010): a fragment cut by the splitter, 'The General Assembly will know that the African'; the "
          "content lies after the cut; no event"),
 46: ([], "Gambia (1998): 'the failure of the international community to fulfil its commitments' = unfulfilled pledges "
          "to the least developed countries under the Paris Programme of Action (preceding sentence), an uncoded "
          "source and an uncoded class of recipients, null-null, not coded (README sets: unfulfilled pledges whose "
          "content is named take the content's code, negated; borderline a negated 070 null -> null)"),
 47: ([], "Egypt (1991): 'The whole Middle East will thus continue to be a hotbed of perpetual tension and "
          "confrontation' = a forecast, agentless, no named party"),
 48: ([], "Eritrea (2013): 'Their achievements ... have been remarkable' = an evaluation of the Eritrean people's and "
          "Government's domestic achievements, no act between actors"),
 49: ([], "Ireland (2010): 'We gather this year against a backdrop of grave challenges' = 'we' meaning all Member "
          "States gathered in the Assembly (held-out 42/43: not coded); the challenges are figurative"),
 50: ([], "Liberia (2011): 'Communities within our world continue to be polarized by conflicts' = agentless, unnamed "
          "communities and conflicts, no act between named actors"),
 51: ([], "Thailand (1995): 'Thailand believes that the concepts of preventive diplomacy and confidence-building, as "
          "espoused by the initiative, could do much to promote peace' = a belief about concepts of the Secretary-"
          "General's Agenda for Peace (preceding sentence), an evaluation, no act (the support for the initiative "
          "lies in the preceding sentence)"),
 52: ([("to be held in Papua New", "036", "PNG/GOV", "org:ACP", False, F, N, False),
       ("to be held in Papua New", "036", "PNG/GOV", "org:EU", False, F, N, False)],
      "Papua New Guinea (2008); 'the Africa Caribbean Pacific-European Union Joint Parliamentary Assembly, to be held "
      "in Papua New Guinea in November' = the country's future hosting of the joint assembly (guideline: future "
      "hosting 036; held-out 77 row 37: 'has been given the honour to host' a conference 036 future; README sets: "
      "hosting a session of a UN regional commission 036 future to org:UN), one event per organisation of the joint "
      "body (guideline: compound split; README 54-61: org:ACP) (borderline not coded, the country being only the "
      "venue of an agentless passive; borderline PNG/LEG as host of a parliamentary assembly); the trigger is cut "
      "before the hard line break; 'We are looking to expand the project nationwide' = the domestic one-laptop-per-"
      "child project, not coded"),
}
