"""Hand annotations for the TWO-HUNDRED-AND-SECOND held-out event gold set (source of events-heldout202.jsonl).

Keyed by the row index of selection-heldout202.jsonl (output of select_bulk_sentence_heldout.py 202; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout202.jsonl \\
        --annotations annotations_heldout202 --output events-heldout202.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Central African Republic (1995): the end of a quotation of the General Assembly President's opening speech: "
         "'the most serious penalty imposed on a Member State should never be expulsion, but rather suspension, for "
         "the United Nations must ... include all the world's countries' = a general norm about UN penalties on an "
         "unnamed Member State and a universality principle, no act between named actors (set 129: a generic "
         "'Aggression must be treated as aggression' uncoded; UN membership positions uncoded); borderline a negated, "
         "demanded 160 org:UN -> null reported_by org:UNGA"),
 1: ([], "Bosnia and Herzegovina (2001): 'humanity ... carried out the worst deeds' is an uncoded collective, and "
         "'there should be no doubt that the United Nations can fulfil its new tasks, confronting old and new "
         "challenges, leading in the building of a prosperous world' = a belief about the UN's capacity (an "
         "evaluation), no act; 'founded no longer on force' describes the hoped-for world, no negated event"),
 2: ([("call upon all Members", "1031", "BWA/GOV", N, False, A, N, False)],
     "Botswana (2008); 'We therefore call upon all Members to do the same' = a request (guideline: call on -> 10x); "
     "'the same' = 'paying our assessed contributions in full and on time' (sentence before) -> Y = paying dues to "
     "the UN -> demand economic aid 1031 (set 172: Fiji's call on Member States in arrears to settle them a 1031 "
     "with no target; borderline generic 100), 'all Members' an unnamed class of all states -> target null; Y not "
     "coded separately (guideline); 'so that this machinery ... does not run out of steam' is a figurative purpose, "
     "no negated event"),
 3: ([], "Myanmar (2003): 'We have never posed a security threat to any neighbour' is not coded (README: 'has never "
         "posed a threat' is not coded; threat as risk, guideline); 'we have always sought to promote regional peace "
         "and stability and the common weal of all our nations' = an abstract policy aim with no named partner "
         "(borderline a 030 MMR/GOV with no target, as set 111's 'seeks to participate ... in initiatives for "
         "regional cooperation')"),
 4: ([], "Bolivia (2006): 'As long as some violate others' human rights, as long as peoples are threatened by "
         "military intervention, there will never be justice' = a generalisation with uncoded agents ('some') and "
         "agentless threats to unnamed peoples (set 129: generalisations uncoded; borderline a nominal 138 with no "
         "source, the United States implied by 'military bases in our country' in the text before); 'never be "
         "justice' negates a state, not an event"),
 5: ([], "Rwanda (2005): 'We must create a world ... that does not tolerate — or fail to respond by protecting "
         "populations under threat of — genocide, war crimes, ethnic cleansing or crimes against humanity' = 'we' "
         "meaning all states (held-out 42/43: not coded), the responsibility to protect as a norm; the crimes are "
         "generic, with no agent or victim (borderline a demanded 074 null -> null)"),
 6: ([], "Bahamas (1997): 'Regrettably, developments over the past decade have not always met expectations' = a "
         "sentence adverb of regret (set 135: 'Regrettably, ...' not coded) over agentless developments; no act and no "
         "negated event"),
 7: ([], "Germany (2016): 'I have in mind new challenges, new technologies and new threats, many of which have not "
         "even been mentioned in existing documents' = threats as risks (guideline: figurative), and the documents' "
         "authors unnamed; no act, no negated event"),
 # --- UNGDC 1990-2019 random: future
 8: ([("we will define", "036", "BOL/GOV", "CHL/GOV", False, F, N, False),
      ("cooperation", "050", "BOL/GOV", "CHL/GOV", False, H, N, True)],
     "Bolivia (1999); 'I trust that very soon we will define, with Chancellor Valdés, the terms of that dialogue' = "
     "the speaker's own planned talks with Chile's Foreign Minister Juan Gabriel Valdés (in office from June 1999) "
     "on Bolivia's call for 'direct dialogue' (sentence before) -> a future cooperative act gets the intent code "
     "(guideline: future meet/discuss -> 036 future), BOL/GOV -> CHL/GOV; 'I trust that' about an act the speaker "
     "is a party to is coded (set 188: 'We trust that an understanding will be reached with the United Nations' a "
     "future 030, the speaker being a party; borderline uncoded as a hope, set 123); 'the economic, cultural and "
     "political cooperation which will unite our nations when Bolivia recovers its maritime attribute' = "
     "cooperation named by its parties ('our nations') conditioned on the recovery -> hypothetical nominal 050 "
     "(set 131: 'precondition for normalizing relations with Russia' a hypothetical 050; README: cooperation "
     "nouns nominal 050), from the document's government (borderline uncoded as the hoped content of the "
     "dialogue); 'when Bolivia recovers its maritime attribute' is a time condition with no agent and is not coded "
     "(borderline a hypothetical 0842 CHL/GOV -> BOL, the return of sea access, or a nominal 1053 as set 164's "
     "territorial claims)"),
 9: ([], "Mozambique (2007): 'We are hopeful that this Conference will build consensus on future actions ... and a "
         "post-Kyoto agreement to be binding on all nations' = a hope about the Bali climate conference, i.e. about "
         "all states' acts (set 123: a confident prediction of another actor's act is a hope and not coded; 'we' "
         "meaning all states); borderline a future 057 null -> null"),
 10: ([("to support the", "070", "JPN/GOV", N, False, F, N, False),
       ("recent terrorist attacks", "180", N, "USA", False, A, N, True),
       ("to extend assistance", "073", "JPN/GOV", "AFG/CVL", False, F, N, False)],
      "Japan (2001); 'Japan will take more active measures against terrorism by enacting a new law to support the "
      "operations of other countries that are trying to eliminate the threat' = the planned Anti-Terrorism Special "
      "Measures Law; enacting a domestic law is not an act between actors, but the support it is for is a future "
      "material act that keeps its code (README: 'we will continue support' 070 future) -> 070 future, the "
      "'other countries' unnamed -> target null (borderline USA/GOV, whose attacks the speech names earlier, as "
      "README's 'a coalition led by the United States', or the support left uncoded as a purpose); the other "
      "countries' operations to eliminate the threat are an uncoded collective's (borderline a 190 null -> "
      "AFG/GOV); 'the recent terrorist attacks' = the 11 September attacks, which the speech earlier names as "
      "'against the United States' -> agentless nominal 180 with no source to bare USA (set 115: the 11 September "
      "attacks with no victim in the sentence a nominal 180 to USA from context; set 116: the anaphoric 'The "
      "attack perpetrated' likewise; borderline uncoded, as set 188's 'the tragic events of 11 September'); 'the "
      "threat posed by' is a risk (guideline); 'to extend assistance to affected people' = relief under the same "
      "law -> 073 future, the affected people taken from the sentence after ('assistance to Afghan refugees') -> "
      "AFG/CVL (borderline target null)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("call upon the international", "1031", "NAM/GOV", N, False, A, N, False)],
      "Namibia (2009); 'I once again call upon the international community to increase support to our national "
      "programmes ... through ... concessional loans and foreign direct investment flows' = a request (guideline: "
      "call on -> 10x) to an uncoded collective -> target null (set 122: 'ask for the international community's "
      "cooperation' with no target), Y = economic support -> demand economic aid 1031 (borderline 103 for "
      "support in general, or 1032 with market access); Y not coded separately (guideline); 'once again' makes "
      "it a repeated, still asserted, request"),
 12: ([("reiterate Iceland’s support", "051", "ISL/GOV", "org:UN", False, A, N, False),
       ("recommendations", "100", "org:UN", N, False, A, N, True)],
      "Iceland (2007); 'I should like to reiterate Iceland's support for the recommendations of the High-level "
      "Panel on United Nations System-wide Coherence regarding gender equality' = a performative expression of "
      "support (guideline: 'express support' 051; 'should like to' -> asserted) for a UN panel's proposals -> 051 "
      "to org:UN, the Panel being the Secretary-General's (set 122: 'We agree with the findings of the High-level "
      "Panel' a 051 to org:UN; set 187: support for the Millennium Report's proposals a 051 plus a nominal 100 "
      "from org:UN); the recommendations themselves -> nominal 100 from org:UN with no target (set 143: "
      "'Recommendations made by the Secretary-General' a nominal 100 from org:UN); borderline both uncoded as a "
      "UN reform position (set 118: Lesotho's support for the proposed Peacebuilding Commission), since the "
      "recommendations led to the new gender entity"),
 13: ([], "Cameroon (1991): 'the democratic principles which govern the functioning of our Organization must be "
          "maintained in order to avoid sidelining the majority of Member States' = a UN reform position on the "
          "restructuring process (held-out 54-61: not coded); 'we must not forget that only a dynamic synergy "
          "between the efforts of all the protagonists can promote ... solutions' = 'we' meaning all states, an "
          "abstract statement; no act"),
 14: ([], "Burkina Faso (2002): 'Dialogue and negotiation must prevail over confrontation and violence' = an "
          "agentless deontic about the Middle East, whose parties are named only as victims and places in the "
          "sentences before (set 187: the agentless 'The cycle of violence in the Middle East must end' uncoded; "
          "borderline a demanded nominal 046 ISR/GOV -> PSE/GOV)"),
 15: ([], "Thailand (1996): 'there should be clear guidelines and principles with regard to the scope ... of United "
          "Nations peacekeeping activities' = a UN reform position on peacekeeping policy (held-out 54-61; set "
          "118), with no actor's act; 'We believe that' is the speaker's statement"),
 16: ([("congratulate Ambassador Shihabi", "051", "SGP/GOV", "org:UNGA", False, A, N, False)],
      "Singapore (1991); 'I should like to congratulate Ambassador Shihabi on his election to ... the presidency' "
      "of the General Assembly (Samir Shihabi of Saudi Arabia, President of the forty-sixth session) -> 051 "
      "(guideline: congratulated 051), performative -> asserted, to org:UNGA (README: commending the Assembly "
      "President's election 051 to org:UNGA); the election itself is agentless, not coded"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "United Kingdom (2005): 'But none of us is safe from the threat of terror' = threat as a risk (guideline: "
          "'threat to all of us' figurative), 'us' meaning all states; no act"),
 18: ([("want to encourage", "1031", "GHA/GOV", N, False, A, N, False)],
      "Ghana (2011); 'we want to encourage Member States to meet their obligations to the United Nations so that "
      "the Organization can execute its mandate' = a request (encourage -> 10x; 'want to' performative -> "
      "asserted) whose Y is paying the peacekeeping costs and assessed contributions named in the sentences "
      "before ('the burden and costs', 'financial constraints') -> 1031, following set 172's call on Member "
      "States in arrears (borderline generic 100 as set 183's 'encourage all Members ... to cooperate', or "
      "uncoded as compliance, 'meet their obligations' being close to the guideline's uncodable 'comply with "
      "obligations'), Member States in general -> target null; 'We are aware of the financial constraints' is a "
      "statement; the page header '11-51185 2' inside the sentence is an artefact"),
 19: ([], "Zimbabwe (2002): 'Terrorism is a threat to international peace and security' = a risk (guideline: "
          "figurative threat), no actor"),
 20: ([], "Chile (1997): 'broad sanction regimes merely penalize the population without bringing about political "
          "change' where authoritarian Governments are concerned = a generalisation about sanctions with no "
          "imposer or target named (set 129: a generalisation about sanctions uncoded; set 144: 'unjust "
          "sanctions' as a generalisation); 'it has been demonstrated' has no named source"),
 21: ([], "Tanzania (2015): 'We look forward to the Assembly's support' for the report of the High-level Panel on "
          "the Global Response to Health Crises = a hope about another body's act, optative and not coded (README: "
          "'look forward to the support of' optative; set 118: Viet Nam's 'we look forward to the Assembly's "
          "support' left optative; borderline a 102 TZA/GOV -> org:UNGA)"),
 22: ([("We also need", "071", N, "MWI/GOV", False, D, N, False)],
      "Malawi (2001); 'We also need increased technical assistance, enhanced official development assistance and "
      "much greater flows of capital resources and foreign direct investment from developed countries' = a "
      "statement of need (README: 'we require support from the international community' is demanded aid with no "
      "source to the speaker's government; 'Countries such as mine require assistance' a demanded 070 with no "
      "source), the donors an uncoded collective -> source null; 'we' = 'the developing countries' of the sentence "
      "before, coded for the speaker only (set 133: 'We nations of South America'; set 184: 'We the countries of "
      "the developing world' from the speaker only) -> MWI/GOV (borderline target null); one need with several "
      "kinds of flows, mostly financial, coded once as economic aid 071 (README: one commitment with several "
      "purposes coded once; borderline 070, or a separate 070 for the technical assistance)"),
 23: ([], "Mexico (2018): 'The implementation of the Paris Agreement on Climate Change is a priority for my country' "
          "= a policy priority, an abstract position; no act between actors"),
 24: ([("supports all efforts", "051", "JOR/GOV", N, False, A, N, False),
       ("Iranian occupation", "192", "IRN/GOV", "ARE", False, A, N, True)],
      "Jordan (1995); 'Jordan also supports all efforts aiming at bringing about an end to the Iranian occupation' = "
      "support (guideline: 051) for unattributed efforts -> target null (set 172: Oman's 'supports all efforts to "
      "lift completely the economic sanctions against Iraq' a 051 with no target plus the sanctions as a nominal "
      "163, the lifting left uncoded as a purpose; borderline ARE/GOV, whose claim the sentence before supports); "
      "'the Iranian occupation' of the three islands the sentence before names as the UAE's -> nominal 192 "
      "(guideline: occupy 192) IRN/GOV -> bare ARE (set 111: Iran's installations on the occupied islands to bare "
      "ARE; set 192: 'the occupation by the Islamic [Republic of Iran]' a nominal 192 IRN/GOV -> ARE); the end "
      "of the occupation and the good-neighbourly relations are purposes, not coded (borderline a demanded 0874)"),
 25: ([], "Kyrgyzstan (1996): a fragment 'Nations, the Organization for Security and Cooperation in' whose verb ('My "
          "country wholly supports the efforts of the United') lies before the splitter's cut and whose act (the "
          "efforts to settle the inter-Tajik conflict) lies after it -> not coded (README: fragments whose verb "
          "was cut away; borderline a 051 KGZ/GOV -> org:OSCE, the one organisation whose name lies wholly "
          "inside the sentence, as set 142's support noun after a cut)"),
 26: ([("partnership", "050", "BTN/GOV", "org:UN", False, A, N, True)],
      "Bhutan (2002); 'Our partnership is characterized by a frank and open political dialogue of high intensity, "
      "while the cooperative arrangements at all levels are marked by a notable degree of transparency' = the "
      "development partnership with 'our partners', which the sentences before name as 'the United Nations and "
      "bilateral donors' -> a cooperation noun, nominal 050 (README: a partnership between two peoples a nominal "
      "050; cooperation nouns a nominal 050), from the document's government to the UN, the uncoded bilateral "
      "donors dropped as part of a compound (README: 'Ankara and the Turkish-Cypriot leadership' coded for "
      "Ankara only; borderline target null, as set 120's 'cooperation of our partners'); the 'political "
      "dialogue' and the 'cooperative arrangements' describe the same partnership and are folded in (borderline "
      "a separate nominal 040 for the dialogue)"),
 27: ([], "Morocco (2006): 'The African continent is facing a number of serious threats and major challenges' = "
          "threats as risks (guideline), no actor"),
 28: ([("prevented imports", "163", "POL/GOV", "IRQ/GOV", False, A, N, False),
       ("occupied Kuwait", "192", "IRQ/GOV", "KWT", False, A, N, True)],
      "Poland (1990); 'We have prevented imports from and exports to Iraq and occupied Kuwait, and we have taken "
      "other measures in conformity with the Security Council decisions' = Poland applying the resolution 661 "
      "embargo, which the sentence before calls implementing the Council's resolutions -> the speaker's own "
      "sanctions 163 to IRQ/GOV (set 138: 'Implementing the sanctions' the speaker's own 163; set 186: Paraguay's "
      "measures 'in strict compliance with' the Council's provisions its own 163 to IRQ/GOV; borderline uncoded "
      "compliance, as set 155); the 'other measures' are folded into the one sanctions action (README: one "
      "sanctions action of several parts is coded once); occupied Kuwait is the embargoed territory under Iraqi "
      "control, not a second target (borderline a second 163 to bare KWT); 'occupied Kuwait', with Iraq named in "
      "the same sentence -> nominal 192 (guideline: occupy 192) IRQ/GOV -> bare KWT (set 179: 'The occupied "
      "territories', with Israel named in the same sentence, a nominal 192; set 141: 'illegally occupied areas' "
      "a nominal 192)"),
 29: ([], "Uruguay (1991): 'It is necessary to adopt agreements regulating the obligation to grant assistance to "
          "third-party States that are affected' by sanctions (Article 50) = an agentless deontic between uncoded "
          "collectives (all states, affected third States), a UN-system norm; not coded (borderline a demanded 057 "
          "null -> null, or a demanded 071 null -> URY/GOV, Uruguay being one of the affected States in the "
          "sentence before)"),
 30: ([], "Bosnia and Herzegovina (2003): 'Dialogue based on mutual respect represents a key instrument for the "
          "improvement of relations and cooperation among peoples and countries' = an abstract statement, no "
          "actor"),
 31: ([], "Bahamas (2002): the environment as 'the biological medium that supports the life of the people of the "
          "Bahamas' = a description, 'supports' not a political act"),
 32: ([("I assure", "030", "BTN/GOV", "org:UNGA", False, A, N, False)],
      "Bhutan (2004); 'I assure you of my delegation's support and cooperation as you guide the work of this "
      "important body' = an assurance to the Assembly's President -> one 030 to org:UNGA (README: assuring the "
      "Assembly President of cooperation is 030 to org:UNGA; set 192: an assurance of 'full support and "
      "cooperation' one 030; borderline 032), asserted"),
 33: ([("close cooperation", "050", "org:UN", "org:SCO", False, D, N, True)],
      "Uzbekistan (2009); 'The interdependence of regional and global problems necessitates close cooperation "
      "between the United Nations and such regional structures as the Shanghai Cooperation Organization' = a "
      "statement of need whose inanimate subject 'necessitates' a behaviour named by its parties -> demanded "
      "nominal 050 (set 128: Norway's 'We need partnerships and cooperation with the United Nations' a demanded "
      "nominal 050; set 188: 'demands a more proactive United Nations engagement' a demanded nominal 040 from "
      "org:UN), from the first-named party org:UN to the SCO, the one regional structure named -> new "
      "organisation code org:SCO (set 189 gave org:SCO only as a borderline; borderline target null, or the row "
      "uncoded as set 153's 'greater complementarity between the United Nations and the Bretton Woods "
      "institutions'); the next sentence's intent, as SCO Chair, to intensify that interaction lies outside the "
      "sentence"),
 34: ([], "Equatorial Guinea (2016): the Common African Position 'identifies substantive issues ... which were the "
          "basis of a consensus ... reflected in the outcome of the negotiation process of the 2030 Agenda' = a "
          "document as subject and a negotiation among all states (held-out 42/43: 'we' meaning all states); no act "
          "between named actors (borderline a nominal 046 with no source to org:UNGA)"),
 35: ([("seek to continue expanding", "0311", "PER/GOV", N, False, A, N, False)],
      "Peru (2014); 'We seek to continue expanding and deepening our trade relations, improve the existing 17 trade "
      "agreements ..., while also moving towards the completion of the Doha Round' = an intent verb stated as a "
      "fact (guideline: 03x asserted) on economic cooperation -> 0311 (set 170: Mexico's 'seeks to participate "
      "actively in all the economic blocs' a 0311; set 111: 'Seeks to participate ... in initiatives for regional "
      "cooperation' a 030 with no target), the trade partners unnamed -> target null; improving the 17 agreements "
      "is folded into the same intent (borderline a separate 0311), and the Doha Round completion is a negotiation "
      "among all WTO members, not coded (set 179: the Uruguay and Doha Round negotiations as an uncoded "
      "collective's; borderline a 046 PER/GOV -> org:WTO)"),
 36: ([], "Congo (2014): a fragment 'and of climate change, which threatens our planet' = a risk (guideline: "
          "figurative threat), no actor"),
 37: ([("long-standing conflict", "190", "ISR/GOV", "PSE/GOV", False, A, N, True)],
      "Guatemala (2014); 'we pin our hopes on a negotiated outcome of the long-standing conflict between Israel "
      "and Palestine' -> the hope and its 'negotiated outcome' are optative, not coded (README: optative hopes "
      "uncoded; borderline a future nominal 046 between the parties); 'the long-standing conflict between Israel "
      "and Palestine' = a conflict noun naming its parties -> nominal 190 from the first-named (README: 'the "
      "Pakistani-Indian conflict' a nominal 190 from the first-named; set 172: 'Armed conflict between Armenia and "
      "Azerbaijan' ARM/GOV -> AZE/GOV), ISR/GOV -> PSE/GOV (borderline bare PSE); 'the emergence of two States' "
      "is part of the hoped-for outcome"),
 38: ([("fully support the", "051", "NLD/GOV", "org:UN", False, A, N, False),
       ("has challenged us", "100", "org:UN", N, False, A, N, False)],
      "Netherlands (2005); 'I look forward to the outline of work the President of this Assembly has announced' = a "
      "hope about another's act plus an announcement (01x), not coded (README: 'look forward to' others' acts "
      "optative; borderline a future 051 to org:UNGA); 'I fully support the accountability pact with which the "
      "Secretary-General has challenged us' -> 051 to org:UN (guideline: support 051; set 118: Thailand "
      "supporting the Secretary-General's 'premises' a 051 to org:UN; borderline uncoded as a UN management-reform "
      "position, set 118's Peacebuilding Commission); 'has challenged us' = the Secretary-General's proposal "
      "pressed on the Member States -> generic request 100 from org:UN (set 181: the Plan of Action 'proposed by "
      "the Secretary-General' a 100 from org:UN with no target), 'us' = the Member States in general -> target "
      "null (borderline NLD/GOV, or the challenge folded into the 051)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Holy See (2006): 'the protection of human rights is an essential pillar in the edifice of world peace' = "
          "an abstract statement, no actor"),
 40: ([("be fully sustained", "070", N, "org:UN", False, D, N, False),
       ("continue to assist us", "070", "org:UN", "ATG/GOV", False, A, N, False)],
      "Antigua and Barbuda (1996); the sentence starts at 'ECLAC be fully sustained' (the splitter cut after 'For "
      "those of us in the Caribbean it is imperative that'), the subjunctive verb lying inside it -> coded (README: "
      "a fragment whose verb is in the sentence is coded); ECLAC, a UN regional commission -> org:UN (set 191: "
      "the ECE and the other regional commissions one 051 to org:UN); 'be fully sustained' = agentless support "
      "of ECLAC demanded -> demanded 070 with no source to org:UN (set 127: UN agencies' efforts that 'need to be "
      "encouraged and sustained' a demanded 070 with no source to org:UN); 'to continue to assist us in these and "
      "other areas' presupposes the assistance ECLAC 'provides' (sentence before: technical assistance and "
      "training) -> a habitual 070 asserted (set 153: UN agencies that 'provide valuable support to countries' a "
      "habitual 070), 'us' = 'those of us in the Caribbean', coded for the speaker only (set 133) -> ATG/GOV "
      "(borderline demanded, as the purpose of the sustaining, or uncoded as a purpose; or 073 for technical "
      "cooperation)"),
 41: ([], "Thailand (2017): 'the words \"we the peoples\" have been echoed in the General Assembly many times' = "
          "speech acts of unnamed speakers (01x), no act"),
 42: ([], "Belize (2002): 'Belize continues to look to the United Nations for the global enforcement of human rights "
          "standards' = an expectation of the UN's role, like set 134's 'We continue to look to the international "
          "community for assistance' (optative, not coded; borderline a 1043 BLZ/GOV -> org:UN, the addressee "
          "being named here)"),
 43: ([], "Iran (1997): 'Taking full advantage of historical affinities ... and sparing no effort to utilize ... the "
          "resources of the region constitute the single best long-term guarantee of security' = an abstract "
          "prescription with no actor, the gerunds' agents being the region's states in general"),
 44: ([], "Lebanon (2019): 'the fierce war that raged across many countries in the Middle East in the past decade' "
          "= a conflict named only by place, with no party named (sets 187, 192: conflicts named only by place "
          "uncoded; borderline a nominal 190 with no source to bare SYR); its effects are a description"),
 45: ([("Attended by", "040", "MMR/GOV", "MMR/LEG", False, A, N, False),
       ("Attended by", "040", "MMR/GOV", "MMR/MIL", False, A, N, False),
       ("Attended by", "040", "MMR/GOV", "MMR/REB", False, A, N, False),
       ("Attended by", "040", "MMR/GOV", "MMR/OPP", False, A, N, False),
       ("Attended by", "040", "MMR/GOV", "MMR/CVL", False, A, N, False)],
      "Myanmar (2016, NLD-led Government); 'Attended by representatives of the Government, Parliament, armed "
      "forces, ethnic armed groups, political parties and civil society organizations, the Union Peace Conference "
      "...' = the realised August 2016 peace conference the Government convened (sentence before) -> meet 040 "
      "(guideline; set 128: a National Conference 'honoured by the presence' of observers a 040 from each), a "
      "participle, not nominal (set 116: 'organized by' not nominal); a multi-party meeting coded once per pair, "
      "from the document's own government, the first-named, to each other participant (guideline: symmetric "
      "meeting; README: a future convening of several sectors one 036 per sector): Parliament MMR/LEG, the "
      "Tatmadaw MMR/MIL (not ruling in 2016), the ethnic armed groups MMR/REB, the political parties MMR/OPP "
      "(borderline dropped, the governing NLD being one of them), civil society MMR/CVL (borderline MMR/NGO); "
      "borderline one 040 MMR/GOV -> MMR/REB only, the peace process being between those two, or a 043 from "
      "MMR/GOV for the convening; 'based on the principle of inclusiveness' is an evaluation"),
 46: ([], "Iran (2016): 'The future of our region rests on dealing with fundamental challenges, including security "
          "crises' = an abstract statement, no actor; the Saudi demands lie in the sentences before"),
 47: ([], "Solomon Islands (1999): 'It would also provide an effective basis for peaceful dialogue', 'it' = "
          "Taiwan's UN membership (sentence before) = a hypothetical benefit; the dialogue's parties are not named "
          "(borderline a hypothetical nominal 040 TWN/GOV -> CHN/GOV); Taiwan's membership is a UN membership "
          "position, not coded"),
 48: ([], "Latvia (1995): 'Let us remember these words as we look to the future of the United Nations' = a "
          "hortative with 'us' meaning all states (set 121), about a quotation; no act"),
 49: ([], "Cyprus (2000): 'so does the United Nations need always to have the necessary structures and means' = a "
          "UN reform position (held-out 54-61; the reform support of the sentence before), with an analogy; not "
          "coded (borderline a demanded 071 null -> org:UN)"),
 50: ([], "Seychelles (2017): the speaker's own quoted 2016 words 'We find ourselves at a crossroads and cannot "
          "afford to renege on our collective commitment to travel the moral path' = 'we' meaning all parties to the "
          "Paris Agreement (held-out 42/43), a figurative commitment; 'cannot afford to renege' is a deontic for "
          "all states, no negated event"),
 51: ([], "Central African Republic (2016): 'we trust that Member States all will decide to provide our "
          "Organization with the means to attain the 2030 Sustainable Development Goals' = a confident prediction "
          "of all states' acts, a hope and not coded (set 123: 'we have no doubt that the United Nations ... will "
          "give it all the desired support' uncoded; 'we' meaning all states; borderline a future 071 with no "
          "source to org:UN, as set 188's 'We trust that an understanding will be reached' when the speaker is a "
          "party)"),
 52: ([], "Holy See (2010): 'humankind has found in the Organization a response to the terrifying tragedies of the "
          "two World Wars' = an evaluation of the UN's existence; the World Wars named only as past events, no "
          "parties (sets 187, 189, 192: conflicts named only by time or place uncoded)"),
}
