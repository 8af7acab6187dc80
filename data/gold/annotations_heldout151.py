"""Hand annotations for the HUNDRED-AND-FIFTY-FIRST held-out event gold set (source of events-heldout151.jsonl).

Keyed by the row index of selection-heldout151.jsonl (output of select_bulk_sentence_heldout.py 151; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout151.jsonl \\
        --annotations annotations_heldout151 --output events-heldout151.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "India (2006): 'the globalization of threats' is figurative (guideline: threat as risk), and 'the need for a "
         "comprehensive reform of the United Nations has never been more imperative' is a UN reform position (held-out "
         "52/53, 54-61: reform positions not coded); 'never' bears on the urgency, not on an event"),
 1: ([("urging", "1056", "org:UNGA", N, False, A, N, False)],
     "DPRK (1994); 'the General Assembly, in 1975, adopted resolution 3390 B (XXX), urging the dismantling of the "
     "United Nations Command and the replacement of the Armistice Agreement with a peace agreement' = a General "
     "Assembly resolution's call stands for org:UNGA (held-out 36/37: a resolution's 'calling for' stands for "
     "org:UNGA; set 135: a resolution 'calling upon' 1044 from org:UNGA); a request with several demands "
     "takes the most specific sub-code (held-out 9): dismantling a military command = de-escalation 1056 (borderline "
     "107 for the peace agreement); the sentence names no addressee -> target null (set 132: Council resolutions that "
     "'call for' a conference 106 with no target; borderline org:UN, whom the next sentence tells to implement 'its "
     "own resolution', or USA/GOV); Y is not coded separately (guideline); the adoption itself is not coded beside the "
     "request it carries; 'that resolution has not yet been implemented' = an agentless non-implementation, left "
     "uncoded as compliance (set 135: agreements that 'remain to be carried out' uncoded; borderline a negated 0874 "
     "org:UN -> PRK for the Command)"),
 2: ([], "Vanuatu (2001): 'The agreements reached during the 2000 Review Conference ... were not realized' = agreements "
         "among the uncoded NPT States parties and their non-implementation by unnamed parties, null-null (set 132: "
         "non-implementation of agreements with no named party uncoded; borderline a negated 057 null -> null); 'the "
         "Comprehensive Nuclear-Test-Ban Treaty has not entered into force' is agentless; 'global military "
         "expenditures continue to rise' has no named actor (borderline a 154 null -> null)"),
 3: ([("assure us", "0331", N, "BEN/GOV", False, A, N, False),
      ("lend", "071", N, "BEN/GOV", False, A, N, False)],
     "Benin (1990); 'Our Western partners' = an uncoded collective (guideline: 'the West' null) -> source null, 'us' "
     "and 'our economies' -> the speaker's government (borderline bare "
     "BEN, 'our economies' meaning the African ones); 'assure us that the vital assistance ... will "
     "not cease' = an assurance of continued aid, an intent stated as a fact (guideline: 'we pledged to continue' 03x "
     "asserted; held-out 46/47: commitments stated as facts asserted 03x) -> economic aid 0331 (borderline 033); "
     "'will not cease' is the content of the assurance (continued aid), not a negated event (litotes, as set 127's "
     "'will not shirk'); 'the vital assistance that they lend our economies' = realised, habitual aid -> 071 asserted "
     "(borderline folded into the assurance, one event)"),
 4: ([("flagrant breach", "128", "GRC/GOV", "MKD/GOV", False, A, N, True),
      ("signed", "057", "MKD/GOV", "GRC/GOV", False, A, N, False)],
     "The former Yugoslav Republic of Macedonia (2008); 'the other party' = Greece, 'the Hellenic Republic' of the next "
     "sentence (guideline: missing participant from context); 'its flagrant breach of the Interim Accord' = Greece's "
     "objection at the 2008 Bucharest NATO summit, contrary to the Accord (next sentences) -> a violation of an "
     "agreement, nominal 128 (held-out 48/49: a claimed 'flagrant violation' of agreements a nominal 128 to each "
     "party; held-out 34/35: 'flouting of the resolutions' 128) to MKD/GOV; 'the Interim Accord signed by both "
     "countries in 1995' -> 057, symmetric, coded once from the document's own government (guideline; held-out 40/41: a "
     "treaty 'since it was signed' 057 between its parties); 'has not demonstrated the same level of dedication to "
     "its agreed obligations' is a matter of degree in compliance, not coded (set 144: 'will not fully involve' a "
     "degree, not a negated event); 'Unfortunately' is a sentence adverb, not a 110 (set 135)"),
 5: ([], "Bulgaria (2009): 'active cooperation among countries in the region' (the Black Sea) = cooperation among an "
         "uncoded collective, with no member singled out (held-out 54-61: acts between uncoded collectives uncoded; "
         "borderline a nominal 050 BGR/GOV -> null, Bulgaria being a Black Sea country, or org:BSEC); 'much of its "
         "potential has so far not been utilized' is agentless and bears on potential, not on an event"),
 6: ([("Israel's rejection", "125", "ISR/GOV", "org:LAS", False, A, N, True),
      ("its denial", "1233", "ISR/GOV", "PSE/CVL", False, A, N, True)],
     "Morocco (1990); 'Israel's rejection of the very idea of an international conference' = an explicit refusal "
     "(guideline: REJECT, negated false) of a proposed meeting -> 125 (README: rejecting a proposal to meet), "
     "nominal, to the proposer, the Casablanca extraordinary Arab summit of the sentence before, which 'called for "
     "the need to convene an international conference' -> org:LAS (borderline target null, or PSE/GOV); 'its denial "
     "of the legitimate rights of the Palestinian people' -> nominal 1233 ISR/GOV -> PSE/CVL (set 135: 'Rejection of "
     "the legitimate and inalienable rights of the Palestinian people' a nominal 1233; borderline 120 as set 138, or "
     "a negated 0833 as set 146); 'the lack of any Israeli political will to move in that direction' is an absence of "
     "will, not coded (borderline a negated 037); 'this striving after settlement has not progressed' is an agentless "
     "process"),
 7: ([("terrorist attacks", "180", N, "IND", False, A, N, True)],
     "India (2014); 'Our country, which has endured so many terrorist attacks' = attacks whose perpetrators the "
     "sentence does not name -> nominal 180 with no source (README: unspecified violence by non-state armed groups "
     "180; held-out 54-61: an agentless terrorist attack 180 with no source, one per victim country), 'our country' "
     "-> bare IND; 'so long as the United Nations fails to take the initiative' is a conditional about an "
     "unspecified initiative and 'so long as we do not adopt a convention' has 'we' meaning all states (held-out "
     "42/43), neither coded (borderline a hypothetical negated 057 null -> null)"),
 # --- UNGDC 1990-2019 random: reported
 8: ([("military buildup", "154", "RUS/MIL", "GEO", False, A, "org:EU", True),
      ("occupying territory", "192", "RUS/MIL", "GEO", False, A, "org:EU", False)],
     "Georgia (2012); 'The European Union monitoring mission has just announced that ...' = the speech verb is not "
     "coded and the events in its complement are reported by the EU mission -> reported_by org:EU (guideline; "
     "held-out 44/45: an occupation named inside 'The Secretary-General has stated that' reported by org:UN); "
     "'Russian forces are currently undertaking a massive, illegal military buildup' = a troop build-up (guideline: "
     "154), 'Russian forces' -> RUS/MIL (guideline), the light verb 'undertaking' with the event noun -> nominal; "
     "target the country where it takes place -> bare GEO (borderline GEO/GOV); 'occupying territory inside Georgia, "
     "on the former territory of South Ossetia' -> 192 (guideline) RUS/MIL -> GEO (guideline: target of an "
     "invasion the country as a whole), a participle in the same complement -> reported_by org:EU (borderline "
     "reported_by null, the occupation being Georgia's own standing claim)"),
 9: ([("constant threats", "138", "USA/MIL", "PRK/GOV", False, A, N, True),
      ("deployed", "154", "USA/MIL", "PRK", False, A, N, False)],
     "DPRK (2001); 'We are exposed to constant threats from huge armed forces, including nuclear weapons, deployed "
     "around the Korean peninsula' = the US forces, plain from the later text of the speech ('the United States "
     "deploys huge armed forces in and around the Korean peninsula', 'the United States military threat'; held-out "
     "48/49: an event noun whose agent is plain from the text around it is coded) -> USA/MIL (guideline: armed "
     "forces named); the threat is a real military posture, not a figurative risk -> nominal 138 (held-out 50/51: "
     "'the threats from the United States' nominal 138; borderline uncoded as 'threat = risk'), 'We' -> PRK/GOV; "
     "'deployed around the Korean peninsula' = a standing force deployment -> 154 (README: a force posture named as a topic a nominal 154) "
     "to bare PRK (set 110: exercises against the DPRK to bare PRK; borderline folded into the threat); 'on the "
     "pretext of an alleged threat from North Korea' = a threat in the sense of risk, disputed by the speaker, not "
     "coded (borderline a nominal 112 USA/GOV -> PRK/GOV for 'alleged')"),
 10: ([], "Tunisia (2000): 'An eventual solution should preserve the interests of all international parties' and 'satisfy "
          "the demands of developing countries and, above all, African countries, which are entitled to two permanent "
          "seats on the Security Council' = a Security Council reform position (held-out 54-61: reform positions "
          "uncoded; set 134: a demand for Council seats uncoded); the demands' authors are uncoded collectives "
          "(borderline a nominal 1044 null -> org:UNSC, as set 135's 'legitimate demand of the Palestinian people')"),
 11: ([("signed", "057", "ERI/GOV", "ETH/GOV", False, A, N, False)],
      "Eritrea (2002); 'the Algiers agreement, which both countries signed' = Eritrea and Ethiopia, named in the text "
      "before ('the border conflict between my country and Ethiopia') -> 057 (guideline: agreements concluded), "
      "symmetric, coded once from the document's own government (guideline); 'According to the Algiers agreement' is "
      "'in accordance with', not attribution (guideline); 'the decision of the Commission is final and binding' is a "
      "legal status, not an act (the page number '23' inside the sentence is the PDF's)"),
 # --- UNGDC 1990-2019 random: future
 12: ([("will continue to take", "030", "DOM/GOV", "HTI/GOV", False, F, N, False)],
      "Dominican Republic (2014); 'We will continue to take steps until we achieve our goal of two free, sovereign "
      "and independent nations that ... cooperate' = the dialogue process 'with neighbouring Haiti' of the text before "
      "(guideline: missing participant from context) -> future cooperative steps 030 future (guideline: future "
      "cooperative acts 03x; README: 'hope that we can work together' 030 future) to HTI/GOV; the cooperating nations "
      "are the goal, not coded separately (borderline uncoded as vague 'steps', or 036 future for continuing the "
      "dialogue)"),
 13: ([], "Slovenia (2006): 'We are confident ... that all those involved will summon up sufficient courage to take a "
          "critical step forward' (Kosovo) = a confident prediction of other actors' acts, a hope and not coded (set "
          "123: a confident prediction of another actor's aid is a hope); the ethnic groups' coexistence and "
          "cooperation are the hoped-for result"),
 14: ([("supports all efforts", "051", "UKR/GOV", N, False, A, N, False),
       ("will fully cooperate", "030", "UKR/GOV", N, False, F, N, False)],
      "Ukraine (2008); 'Ukraine supports all efforts aimed at peaceful settlement and unblocking of the situation on "
      "the South Caucasus' = verbal support (guideline: 051) of efforts whose authors are unnamed -> target null "
      "(held-out 76 row 27: 'We commend and support all efforts' 051 with target null; borderline GEO/GOV, the "
      "Georgian party named earlier in the speech); 'and will fully cooperate in that process' = a future cooperative "
      "act -> 030 future (guideline), target null (borderline GEO/GOV)"),
 # --- UNGDC 1990-2019 random: demand
 15: ([("We urge", "100", "KNA/GOV", N, False, A, N, False)],
      "Saint Kitts and Nevis (2003); 'We urge Member States to work to meet these goals' (the Millennium Development "
      "Goals) = a request (guideline: urge -> 10x) to an uncoded collective -> target null (held-out 77 row 10: 'urge "
      "greater collaboration among Member States' 100 with target null), Y with no specific behaviour -> generic 100 "
      "(borderline not coded, 'Member States' meaning all states and the goals domestic development)"),
 16: ([], "Namibia (1999): 'We can and must prevent conflicts from occurring' = 'we' meaning all states (held-out 42/43), "
          "a deontic with no named parties, not coded"),
 17: ([], "Guyana (1998): 'We must also intensify our search for a collective system of security' = 'we' meaning all "
          "states (held-out 42/43), not coded"),
 18: ([], "Namibia (2013): 'The process of reforming the United Nations system, especially the Security Council, must be "
          "accelerated' = a UN reform position (held-out 54-61), not coded"),
 19: ([], "Tajikistan (2005): 'the consolidating function of the United Nations should be enhanced' = a UN reform "
          "position, no act between actors"),
 20: ([], "The former Yugoslav Republic of Macedonia (2017): 'States must remain focused on the implementation of the new "
          "sustainable development agenda that we agreed on' = a deontic for all states and 'we' meaning all states "
          "(held-out 42/43; set 141: 'our leaders have adopted an outcome document' uncoded), not coded"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("we call for", "102", "LBY/GOV", N, False, A, N, False)],
      "Libya (2016); 'we call for the return of diplomatic missions to Tripoli so that they can resume their work' = a "
      "request (guideline: call for -> 10x), Y = restoring diplomatic presence -> demand diplomatic cooperation 102 "
      "(borderline 100), the missions' states unnamed (the 'brotherly and friendly States' of the sentence before, "
      "uncoded) -> target null; Tripoli is a place; 'so that we can discuss and coordinate with them' is the purpose "
      "(Y), not coded separately (guideline)"),
 22: ([("negotiations", "046", "DEU/GOV", "IRN/GOV", False, A, N, True)],
      "Canada (2013); the sentence starts at 'Council plus Germany' (the splitter cut after 'The five permanent "
      "members of the Security'); the subject cut off is taken from the context (README: a subject cut off by the "
      "splitter is taken from the context) only for what the sentence itself names: 'have had five rounds of formal "
      "negotiations with Iran' -> 046 (guideline: negotiations), the light verb 'have had' with the event noun -> "
      "nominal; the P5+1 group has no code and its five permanent members are named neither in the sentence nor in "
      "the document as such, so it is coded for the one member the sentence names (held-out 48/49: a 'group of four "
      "States' whose members the document does not name is coded for the one it names) -> DEU/GOV (borderline one "
      "046 each from USA/GOV, GBR/GOV, FRA/GOV, RUS/GOV and CHN/GOV as well)"),
 23: ([("contribution", "074", "UGA/GOV", "SOM", False, A, N, True),
       ("continues to support", "051", "UGA/GOV", "SOM/GOV", False, A, N, False),
       ("engagement", "040", "SOM/GOV", N, False, A, N, True)],
      "Uganda (2011); 'our contribution to the African Union Mission in Somalia (AMISOM)' = Uganda's troop "
      "contribution -> nominal 074 (set 114: AMISOM forces one 074 each from org:AU, UGA/MIL and BDI/MIL "
      "to SOM; README: troops in ISAF or UNIFIL 074 to the host country) from the speaker's 'our' -> UGA/GOV "
      "(borderline UGA/MIL) to bare SOM; 'Uganda continues to support the engagement of the Somali Transitional "
      "Federal Government with other actors' = verbal support aimed at a process, to its named party (README: support "
      "aimed at a process goes to its named parties) -> 051 to SOM/GOV (borderline 070); the engagement itself = a "
      "realised consultation noun with its agent -> nominal 040 SOM/GOV with the uncoded 'other actors' -> target "
      "null (borderline not coded, or 030); the Djibouti Agreement and the Kampala Accord are named without their "
      "parties, not coded (borderline nominal 057s SOM/GOV -> SOM/OPP)"),
 24: ([("reached agreement", "057", "COL/GOV", "COL/REB", False, A, N, False),
       ("negotiations", "046", "COL/GOV", "COL/REB", False, A, N, True)],
      "Colombia (1999); 'We have reached agreement on an agenda for negotiations between our Government and the "
      "Colombia Revolutionary Armed Forces (FARC)' = the common agenda agreed in May 1999 -> an agreement concluded "
      "057 (guideline; borderline 036, an agreement to negotiate, as 'the parties agreed to meet'), symmetric, from "
      "the document's own government to the FARC -> COL/REB (README: Colombia's armed groups COL/REB); 'negotiations "
      "between our Government and the ... FARC' = a negotiation noun naming its parties -> nominal 046 (held-out "
      "36/37, 48/49; set 124: the 1990 El Salvador negotiations nominal 046 GOV -> REB), asserted since the peace "
      "process was under way (borderline future 036, the formal talks opening in October 1999)"),
 25: ([("fully supports", "051", "SWZ/GOV", "org:UNGA", False, A, N, False)],
      "Swaziland (2006); the sentence is cut by the splitter after 'The Kingdom of Swaziland fully supports the'; the "
      "object after the cut is 'Political Declaration that was adopted at the High-level Conference' (the General "
      "Assembly's June 2006 High-level Meeting on HIV/AIDS) and the verb lies inside the sentence (README, sets 104-109: a "
      "fragment whose object the splitter cut off is coded from the text after the cut when its verb is in the "
      "sentence) -> 051 (guideline: support) to the adopting body -> org:UNGA (README: welcoming a UN resolution 051 "
      "to org:UNGA; borderline org:UN, or uncoded as a fragment)"),
 26: ([("welcome", "051", "TUV/GOV", "org:UN", False, A, N, False),
       ("welcome", "051", "TUV/GOV", "FRA/GOV", False, A, N, False)],
      "Tuvalu (2005); 'We also welcome new and innovative initiatives on financing and good governance, including the "
      "global Democracy Fund, the French initiative and others' -> 051 (guideline: welcome), one per named initiative "
      "whose author is coded (guideline: compound split): the United Nations Democracy Fund, set up by the "
      "Secretary-General in 2005 -> org:UN (set 123: Monaco's support for the Global Strategy 051 to org:UN although "
      "the speech never names its author; borderline USA/GOV, which proposed it, or target null), 'the French "
      "initiative' (the solidarity levy on air tickets) -> FRA/GOV; 'and others' are uncoded"),
 27: ([("I condemn", "111", "COD/GOV", N, False, A, N, False),
       ("I condemn", "111", "COD/CVL", N, False, A, N, False)],
      "DR Congo (2013); 'On behalf of the Congolese Government and people and on my own behalf, I condemn that "
      "despicable act' = condemnation (guideline: 111) of the terrorist attack in Kenya (Westgate) of the sentence "
      "before, whose perpetrators the speech does not name ('the enemies of peace') -> target null (held-out 48/49: "
      "condemning attacks by unnamed perpetrators is the speaker's 111 with no target; borderline SOM/REB for "
      "al-Shabaab); on behalf of a government and its people -> one event each (README: a joint expression of support "
      "by a government and its people one 051 each; thanks on behalf of a government and people one 051 from each), "
      "the President's 'my own behalf' being COD/GOV; the attack itself lies in the sentence before, not coded"),
 28: ([], "Mongolia (2004): the sentence starts at 'Trade Organization (WTO) members' (the splitter cut after "
          "'Mongolia welcomes the adoption by the World'); both the welcome verb and the adoption lie before the cut, so "
          "the fragment holds no verb of its own (README, sets 104-109: a fragment whose verb was cut away is left "
          "uncoded; borderline a 051 MNG/GOV -> org:WTO, as set 142 coded a support noun whose verb fell before the "
          "cut)"),
 29: ([("has made appeals", "1011", "TUN/GOV", N, False, A, N, False)],
      "Tunisia (1992); 'it' = Tunisia (the sentence before); 'On more than one occasion it has made appeals ..., most "
      "significantly in the General Assembly at its forty-fourth session by President Zine El Abidine Ben Ali ..., for "
      "the conclusion of a covenant of peace and progress between the industrialized and the developing countries' = "
      "a request (guideline: appeal -> 10x), habitual -> asserted, one event (the President's appeal being one of "
      "them), Y = a covenant on North-South economic relations (the text before) -> demand economic cooperation 1011 "
      "(held-out 77 row 8: a call to conclude the Doha Round 1011; borderline 107 or 100); the addressees are uncoded "
      "collectives -> target null"),
 30: ([], "Seychelles (2007): 'Our people are demanding that, collectively, we emerge with a clear vision' = 'we' "
          "collectively meaning all states or the Assembly (held-out 42/43), a demand of the peoples to an uncoded "
          "collective, not coded (borderline a 100 SYC/CVL -> null)"),
 31: ([], "Algeria (2009): 'political double standards, discriminatory practices and non-compliance with commitments "
          "made, particularly on the part of certain nuclear Powers' = acts of unnamed Powers (set 125: the unnamed "
          "Powers' nuclear tests uncoded; set 143: 'bigger countries that seek to impose their will' uncoded), no "
          "target named; borderline a nominal 128 null -> null"),
 32: ([("our deepest appreciation", "051", "TLS/GOV", "org:UN", False, A, N, False),
       ("the support", "070", "org:UN", "TLS/GOV", False, A, N, True)],
      "Timor-Leste (2016); 'I would also like to express, on behalf of Timor-Leste, our deepest appreciation to "
      "Secretary-General Ban Ki-moon' = a performative thanks -> 051 (guideline: thank) to the Secretary-General -> "
      "org:UN (held-out 48/49); 'for the support Timor-Leste has received during his 10 years in office' = the "
      "support gets its agent from the thanks (held-out 28/29: thanks 'for the ongoing support' gives the support its "
      "agent) -> nominal 070 org:UN -> TLS/GOV (borderline 051 verbal support, or 074 for the UN missions)"),
 33: ([("auspices of the Council of Europe", "043", "org:COE", N, False, H, N, True)],
      "Lithuania (1993); 'Such a conference' = the meeting of all Heads of State of post-communist countries that the "
      "speaker suggested (the sentence before); 'under the auspices of the Council of Europe or perhaps some other "
      "organization, could provide an opportunity to discuss ...' = a hypothetical conference (guideline: could -> "
      "hypothetical) convened by the Council of Europe -> nominal 043 (guideline: host/convene) from org:COE (README: "
      "org:COE), the participants an uncoded collective -> target null (borderline uncoded, as set 116 left UN "
      "'auspices' uncoded, or a hypothetical 036/040 LTU/GOV -> null for the speaker's own proposal)"),
 34: ([], "Japan (2015): 'I emphasized that Japan has recently made a point of establishing itself as a proactive "
          "contributor to peace, based on the principle of international cooperation' = the speaker's own past "
          "statement about a policy doctrine (Proactive Contribution to Peace), a self-description with no counterpart "
          "and no act (borderline a nominal 074 JPN/GOV -> null, as held-out 22/23's 'positive role as a "
          "peacekeeping contributor')"),
 35: ([], "Estonia (2001): the sentence starts at 'Council in both the permanent and non-permanent categories' (the "
          "splitter cut after 'Estonia supports the enlargement of the Security'); the enlargement and 'just as we "
          "support reform of the Security Council's decision-making process' are UN reform positions (README: support "
          "for UN reform not coded)"),
 36: ([("The attacks of 11 September", "180", N, "USA", False, A, N, True)],
      "Comoros (2001); 'The attacks of 11 September were a harsh blow for all of us' = a terrorist attack with no agent "
      "named -> nominal 180 with no source (held-out 54-61: an agentless terrorist attack 180 with no source per victim "
      "country), the victim from the earlier text ('attacks on American interests here in New York') -> bare USA "
      "(set 115: the 11 September attacks with no victim in the sentence a nominal 180 with no source to "
      "USA; set 116: the anaphoric 'The attack perpetrated' likewise); 'a harsh blow ... a challenge to all mankind' "
      "is figurative"),
 37: ([], "Togo (2004): 'post-conflict situations clearly demonstrate the importance of providing adequate financing' = "
          "an abstract statement on aid with no provider or recipient named, not coded (borderline a demanded 070 null "
          "-> null)"),
 38: ([], "Swaziland (2002): 'We cannot deny that there remain many serious challenges' = a speech act about challenges, "
          "no act between actors; 'cannot deny' is no denial event"),
 39: ([], "Saint Kitts and Nevis (2012): the global economic crisis 'has introduced ... new variables' and a 'backdrop of "
          "global volatility ... that none of us welcome' = an inanimate, non-political agent; 'none of us welcome' is "
          "an attitude to a situation, not a welcome act of anyone"),
 40: ([], "Iceland (2011): 'why we so urgently need to conclude a post-Kyoto agreement' = 'we' meaning all states "
          "(held-out 42/43), not coded (borderline a demanded 057 ISL/GOV -> null)"),
 41: ([("we signed it", "057", "MEX/GOV", N, False, A, N, False)],
      "Mexico (1996); 'we signed it' = the Comprehensive Nuclear-Test-Ban Treaty (the sentence before) -> 057 (README: "
      "signing a multilateral treaty 057 with no target; joining the NPT 057 with no target); 'its structure is not "
      "entirely satisfactory' is an evaluation and 'we believe that it is a vital step' a belief, not coded"),
 42: ([("welcomes", "051", "OMN/GOV", N, False, A, N, False)],
      "Oman (2018); 'My country welcomes the positive developments in the Horn of Africa and the understandings "
      "reached by States in the region' -> 051 (guideline: welcome), the States unnamed in the sentence and Eritrea "
      "never named in the speech -> target null (README: welcoming a decision of an uncoded body 051 with no target; "
      "borderline ETH/GOV, whose Prime Minister the next sentence commends, or ETH/GOV and ERI/GOV from outside "
      "knowledge); 'the understandings reached by States in the region' = agreements among unnamed states, null-null, "
      "not coded (README: the welcome of an agreement codes the agreement unless it names no party)"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Comoros (1992): 'This is regarded as a period of transition which is needed to harmonize the democratic "
          "process' = a description of domestic politics, no act"),
 44: ([], "Nauru (2016): 'we are entrusting the President of the General Assembly with taking that work forward and "
          "holding us accountable for our commitments' = 'we' meaning all 193 Member States (the text before: 'all 193 "
          "States Members'; held-out 42/43: 'we' meaning all states not coded); borderline a 100 null -> org:UNGA"),
 45: ([], "Namibia (2004): 'My Government is implementing Vision 2030 and the successive national development plans' = "
          "domestic policy, no act between actors"),
 46: ([], "Romania (2000): the sentence starts at 'States to integrate' (the splitter cut after 'I would make a plea to "
          "Member'); the request verb lies before the cut (README: a request whose verb falls outside the selected "
          "sentence is left uncoded), and what remains, integrating 'solidarity and responsibility' into 'the concept "
          "of total diplomacy', is an abstract aim of uncoded Member States (borderline a 100 ROU/GOV -> null)"),
 47: ([("We encourage", "051", "TCD/GOV", N, False, A, N, False)],
      "Chad (1995); 'We encourage the patient and tireless efforts of the international community to settle this "
      "conflict' (Bosnia and Herzegovina, the sentence before) = verbal support (guideline: 051) of the efforts of an "
      "uncoded collective -> target null (held-out 76 row 27: praise of efforts whose authors are uncoded 051 null; "
      "borderline bare BIH, as a welcome of a development inside a named country); the international community's "
      "efforts to settle the conflict are acts of an uncoded collective, not coded (borderline a nominal 045 null -> "
      "BIH; set 118 left a demanded 045 of the international community uncoded)"),
 48: ([("congratulate", "051", "GNB/GOV", "org:UNGA", False, A, N, False)],
      "Guinea-Bissau (1996); 'I wish to congratulate the President warmly on his election to the presidency of the "
      "General Assembly' = a performative congratulation -> 051 asserted to org:UNGA (held-out 48/49: commending the "
      "Assembly President's election 051 to org:UNGA); 'reiterate our trust in his qualities and skills' is a "
      "sentiment, not coded (same pair, coded once)"),
 49: ([], "Guinea-Bissau (2010): the sentence starts at 'International Monetary Fund (IMF) a post-conflict programme' "
          "(the splitter cut after 'In 2008 the Government concluded with the'), so the concluding verb lies before the "
          "cut (README: a fragment whose verb was cut away is left uncoded; borderline a 057 GNB/GOV -> org:IMF, or 061 "
          "as set 118's IMF programme); 'later extended to 2009' is an agentless extension, and 'which successive IMF "
          "missions evaluated as being broadly satisfactory' an evaluation of performance, not a praise act (README: "
          "'continues to view [a plan] as serious' an evaluation; borderline a 051 org:IMF -> GNB/GOV); the page "
          "header '17 10-55103' inside the sentence is the PDF's"),
 50: ([], "Paraguay (1992): 'Never, perhaps, in its history has mankind enjoyed so much peace as now' = an evaluation, no "
          "actor"),
 51: ([("deposited", "030", "MDV/GOV", "org:UN", False, A, N, False),
       ("accession", "057", "MDV/GOV", N, False, A, N, True)],
      "Maldives (2006); 'Just yesterday I deposited with the Secretary-General our instruments of accession to the "
      "International Covenant on Civil and Political Rights and its Optional Protocol and to the International "
      "Covenant on Economic, Social and Cultural Rights' = accession to multilateral treaties -> one nominal 057 with "
      "no target for the accession (README: joining the NPT 057 with no target; one act for the three instruments), "
      "and the deposit a separate 030 (README: signing a ratification instrument 057 and depositing it a separate "
      "030), to the depositary the sentence names, the Secretary-General -> org:UN (borderline target null, as set "
      "110's deposit of a declaration with no target; or one event)"),
 52: ([], "Saint Kitts and Nevis (2007): 'My delegation wishes to see the same right enjoyed by the people of Taiwan' = "
          "an optative wish about Taiwan's participation in the UN, a membership position (held-out 54-61: UN "
          "admissions and membership positions uncoded; borderline a 051 to TWN/CVL, as set 139's support for the "
          "inhabitants of Taiwan)"),
 53: ([], "Armenia (1995): 'Armenia held its first democratic parliamentary elections' = a domestic election, no act "
          "between actors"),
 54: ([("we are prepared to share", "033", "POL/GOV", N, False, A, N, False)],
      "Poland (1999); 'we are prepared to share with other countries the development experience we ourselves have "
      "acquired' = readiness to give technical assistance stated as a fact -> 033 asserted (held-out 46/47: 'stands "
      "prepared and willing to support you' asserted 03x; held-out 77 row 38: Poland's 'determined to become much more "
      "involved ... in assisting the developing countries' 033), the countries an uncoded class -> target null "
      "(borderline 0311 economic cooperation, or 0331)"),
 55: ([("horrendous acts of terror", "180", N, "IRQ/CVL", False, A, N, True),
       ("will not abandon you", "070", "USA/GOV", "IRQ/CVL", False, F, N, False)],
      "United States (Bush, 2006); 'You' = the people of Iraq addressed in the text before ('To the people of Iraq') "
      "-> IRQ/CVL; 'horrendous acts of terror and sectarian violence' with no agent named (the 'car bombers and "
      "assassins' of the sentence before are unnamed) -> one nominal 180 with no source (README: unspecified violence "
      "by non-state armed groups 180; held-out 54-61: an agentless terrorist attack 180 with no source), terror and "
      "sectarian violence coded once (one code, one pair); 'stood firm in the face of' is resolve, not coded (set "
      "116: 'We have never cowered' not coded); 'we will not abandon you in your struggle to build a free nation' = "
      "litotes for continued support, not a negation (set 127: 'will not shirk the responsibility ... in financially "
      "supporting' a future 071, not negated; held-out 52/53: 'will never give up working with' 030 future) -> future "
      "support 070 (held-out 42/43: 'we will continue support' 070 future; borderline 032 future, or 030)"),
 56: ([], "Afghanistan (1998): inside the quotation from the Pakistani daily The News, 'What was supposed to provide "
          "Pakistan with strategic depth has turned into a quagmire' = Pakistan's Taliban policy described by its "
          "intended effect and outcome, no act with a named agent inside the sentence (borderline a 070 PAK/GOV -> "
          "AFG/REB reported by PAK/MED, from the quoted text before)"),
}
