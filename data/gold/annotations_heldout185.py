"""Hand annotations for the HUNDRED-AND-EIGHTY-FIFTH held-out event gold set (source of events-heldout185.jsonl).

Keyed by the row index of selection-heldout185.jsonl (output of select_bulk_sentence_heldout.py 185; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout185.jsonl \\
        --annotations annotations_heldout185 --output events-heldout185.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Trinidad and Tobago (2003): 'The ICC does not represent victor's justice, but a ... symbol of morality' is a "
         "description; 'those individuals who commit the serious crimes ... will, with the broad support of the "
         "international community, be brought to trial before such a tribunal, but only where their national "
         "Governments are unable or unwilling to do so' = the complementarity principle, a general norm about "
         "unnamed future offenders, with an uncoded collective's support; not coded (borderline a hypothetical "
         "1121 org:ICC -> null)"),
 1: ([("which Algeria rejects", "120", "DZA/GOV", N, False, A, N, False),
      ("sanctions", "163", N, "IRQ", False, A, N, True)],
     "Algeria (1996); 'Such violations, which Algeria rejects' = the 'unjustified violations of the independence, "
     "sovereignty, unity and territorial integrity of Iraq' of the sentence before, whose perpetrators the speech "
     "never names -> the speaker's 120 with no target (held-out 46/47: 'We utterly reject attacks' by unnamed agents "
     "120 with no target; borderline 111); the violations themselves are an anaphoric event noun with no agent and "
     "no specific act, not coded (borderline a nominal 190 null -> IRQ); 'sorely tried by several years of "
     "sanctions' = the Iraq sanctions, whose imposer the speech never names (it mentions the Security Council only "
     "for reform and for the Middle East resolutions) -> nominal 163 with no source (held-out 127: an embargo whose "
     "imposer the speech never names a nominal 163 with no source to the bare country; borderline org:UNSC), to "
     "bare IRQ (borderline IRQ/CVL, the people who suffer); 'can no longer be justified' is an evaluation; the "
     "increased suffering is an effect"),
 2: ([("vilification", "111", N, "ZWE/GOV", False, A, N, True),
      ("economic sanctions", "163", N, "ZWE", False, A, N, True),
      ("alleged", "1122", N, "ZWE/GOV", False, A, N, False)],
     "Zimbabwe (Mugabe, 2011); 'we were and still are subjected to unparalleled vilification and pernicious economic "
     "sanctions' = denunciation (held-out 131: opponents who 'vilify us' 111) and sanctions (guideline 163), both "
     "nouns whose imposers this speech never names (the Bush/Blair and NATO 'liars' of the sentences before concern "
     "Iraq and Libya, and 'lies again' only echoes them) -> no source (README: wars and sanctions whose agent the "
     "speech never names have no source; borderline USA/GOV, GBR/GOV and org:EU from outside knowledge, as held-out "
     "177's 'their illegal sanctions' took them from earlier in that speech); the vilification to the government "
     "that carried out the land reform ('we') -> ZWE/GOV, the economic sanctions to bare ZWE (held-out 177); 'the "
     "reasons ... alleged to be violations of the rule of law, human rights and democracy' = the sanctioners' "
     "accusation, which the speaker calls lies (held-out 52/53: a claim quoted in order to dispute it is still "
     "coded) -> accuse of human rights abuses 1122, a participle, not nominal (borderline folded into the 111, or "
     "112); 'which never, never occurred' denies the alleged violations, no negated event; 'fully acquiring our "
     "natural resources, mainly our land' = the land seizures, whose owners the sentence does not name, not coded "
     "(borderline 1711 ZWE/GOV -> ZWE/CVL)"),
 3: ([("denounce", "111", "DOM/GOV", "USA/GOV", True, A, N, False),
      ("denounce", "111", "DOM/GOV", "ESP/GOV", True, A, N, False),
      ("denounce", "111", "DOM/GOV", "NLD/GOV", True, A, N, False),
      ("the deportation of Dominicans", "174", "USA/GOV", "DOM/CVL", False, A, N, True),
      ("the deportation of Dominicans", "174", "ESP/GOV", "DOM/CVL", False, A, N, True),
      ("the deportation of Dominicans", "174", "NLD/GOV", "DOM/CVL", False, A, N, True)],
     "Dominican Republic (1991); 'it has not occurred to us to take to any forum to denounce the deportation of "
     "Dominicans' = the speaker's government has not denounced the deportations -> plain negation of an event verb "
     "(guideline: 'has not condemned' negated) -> negated 111, one per deporting government named in the sentence "
     "before ('deported ... by the authorities of the United States, Spain and the Netherlands'; guideline: missing "
     "participant from the context); the deportation = an event noun whose agents are plain from the sentence "
     "before (held-out 48/49) -> nominal 174 (guideline: deportation 174) from each government to the deported "
     "Dominicans DOM/CVL; 'these actions' is the same deportation, coded once; 'we may have been pained' is a "
     "sentiment (held-out 144: 'It has pained us' uncoded; borderline 110)"),
 4: ([], "Hungary (2014): 'It is no longer enough to agree to reduce emissions' = an evaluation of climate policy with "
         "no actor ('we' all states in the sentences around it); not coded"),
 5: ([], "Germany (1992): 'We in the industrialized countries ... forget that ... we live on an \"island of bliss\"' "
         "= a self-critical description of an uncoded collective; 'which I do not deny exist' is the speaker's own "
         "statement (01x); not coded"),
 6: ([], "Netherlands (2001): 'I do not believe that massive injections of aid are the right answer to failing "
         "States' = a belief about aid in general, no actor and no act (borderline a negated 071 null -> null)"),
 7: ([("international cooperation", "050", N, "PHL/GOV", False, D, N, True)],
     "Philippines (2008); 'We need rigorous international cooperation as never before' = a statement of need of the "
     "Philippines ('we cannot do it alone', 'Filipinos' in the sentences before) -> demanded with no source to the "
     "speaker's government (held-out 46/47: statements of need are demanded aid with no source; held-out 137: 'We "
     "need intelligent modalities for cooperation' a demanded nominal 050 with no source to GNB/GOV) -> nominal "
     "050 (borderline 061 for the food and fuel crisis, or not coded with 'we' meaning all states)"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Saint Vincent and the Grenadines (1998): 'the reforms that we all desire will build on progress already "
         "made in areas of international cooperation' = UN reform and cooperation in general, 'we all' meaning all "
         "states; not coded"),
 9: ([("negotiating process", "046", "BIH/GOV", "BIH/REB", False, A, N, True),
      ("brought", "173", N, "BIH/REB", False, H, N, False),
      ("may sign", "057", "BIH/REB", "BIH/GOV", False, H, N, False)],
     "Bosnia and Herzegovina (1995); 'the negotiating process' = the peace negotiations the speaker has 'just come "
     "from', between his government and 'the other side', the Bosnian Serbs whose delegation includes indicted war "
     "criminals (text before) -> nominal 046 BIH/GOV -> BIH/REB (held-out 26/27: Bosnian Serb forces 1993 "
     "BIH/REB; borderline YUG/GOV, Milosevic leading the Serb side, or not coded as an anaphoric event noun); "
     "'whether or not war criminals are brought to justice' = an agentless detention inside an embedded question -> "
     "hypothetical 173 with no source (held-out 30/31: 'deserve to be brought before the International Tribunal' a "
     "173 with no source; borderline 1121), the indicted Bosnian Serb leaders -> BIH/REB; 'whether despots and "
     "dictators are swept out of power' has no CAMEO code and no agent, not coded; 'the agreements that such "
     "criminals and dictators may sign' = a possible peace agreement -> hypothetical 057 from the Serb side to the "
     "speaker's government (borderline target null); 'will be measured' is the speaker's criterion"),
 10: ([("high-level event", "043", "org:UN", N, False, A, N, True)],
      "Bahamas (2007); 'the Secretary-General's recent high-level event' = the climate-change event the Secretary-"
      "General convened the week before (sentence before) -> an event noun with its agent in the sentence (guideline: "
      "nominal events coded) -> nominal 043 (held-out 166: the Secretary-General's initiative a nominal 043) from "
      "org:UN, the participants uncoded -> target null (borderline not coded, the event only the occasion of others' "
      "'political will'); the COP as 'the appropriate forum for negotiations on a post-Kyoto agreement' is an "
      "evaluation, the negotiations among all parties (an uncoded collective) not coded; 'should only bring closer "
      "focus to an agreed agenda' is optative"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Slovakia (2018): 'We must firmly show that we will not allow our principles to be bent to aggressive "
          "politics, that we will not undermine the authority of this Organization by inaction' = a hortative of "
          "resolve, 'we' meaning the Europeans or all states (sentences before: 'As for us, Europeans', 'It is our "
          "responsibility'); resolve is not coded (held-out 116: 'We have never cowered'; held-out 130: 'will not be "
          "cowed'), borderline a negated future 128 SVK/GOV -> org:UN"),
 12: ([], "Germany (1994): 'The aim of comprehensive financial reform must be to establish a scale' of assessments = "
          "a UN reform position (held-out 52/53), not coded"),
 13: ([], "Sierra Leone (1996): 'the proposal of Italy ... deserves careful consideration' = Italy's proposal for "
          "Security Council enlargement, a UN reform position (held-out 52/53, 54-61: reform positions not coded; "
          "held-out 116: the Ezulwini appeal for Council seats uncoded); 'deserves careful consideration' is an "
          "evaluation short of endorsement (borderline a 051 SLE/GOV -> ITA/GOV plus a nominal 1044 ITA/GOV -> "
          "org:UNGA)"),
 14: ([("advocates", "1056", "MLT/GOV", N, False, A, N, False)],
      "Malta (1991); 'Malta advocates that naval disarmament should feature prominently in international "
      "negotiations' = advocacy as a request (held-out 54-61: advocacy of a settlement is a request; held-out 34/35: "
      "'we advocate the unconditional implementation' a request with its sub-code) whose Y is arms reduction at sea "
      "-> de-escalation 1056 rather than 106, disarmament being the more specific demand (held-out 9: the most "
      "specific sub-code), with no addressee -> target null (held-out 154: the call for a nuclear-test moratorium "
      "1056 with no target; borderline not coded as a call with no addressee, as in held-out 110)"),
 15: ([], "Israel (2010): 'That is why the solution must also be a two-stage one' = an abstract deontic about a "
          "settlement's design, no actor (borderline a demanded 037 ISR/GOV -> PSE/GOV)"),
 16: ([], "Estonia (1996): 'A transparent functioning of this machinery should rely on impartial reporting and "
          "disregard politically motivated allegations' = a norm for the UN human rights machinery; 'politically "
          "motivated allegations' has no author and no named target in the sentence or the text around it (borderline "
          "a nominal 112 with no source to EST/GOV, the 'very recent memories' of the text after)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("has always encouraged", "107", "BFA/GOV", N, False, A, N, False),
       ("reaffirms its endorsement", "051", "BFA/GOV", "MAR/GOV", False, A, N, False)],
      "Burkina Faso (2015); 'which has always encouraged a negotiated political solution' = a habitual advocacy of a "
      "settlement -> request 107 (held-out 54-61: advocacy of a settlement is a request, 107), the parties to the "
      "Western Sahara dispute not named as such -> target null (borderline MAR/GOV and ESH/REB, or not coded as in "
      "held-out 116's 'stands for a comprehensive settlement'); 'reaffirms its endorsement the initiative of the "
      "Kingdom of Morocco promoting a status of autonomy' = verbal support for a named government's plan -> 051 to "
      "MAR/GOV (held-out 76 row 21: Senegal's support to Morocco's autonomy initiative); the initiative itself is "
      "an offer not yet made good, not coded (held-out 76 row 21; borderline a nominal 037 MAR/GOV -> ESH)"),
 18: ([], "Tonga (2008): 'The Niue Declaration duly recognizes the serious current impact of climate change' = a "
          "declaration of the Pacific Islands Forum (no code) acknowledging a fact, no act between actors; 'the "
          "growing threat' is a risk (guideline)"),
 19: ([], "Somalia (2011): 'I wish to speak of the challenges facing Somalia ... some of which threaten every country "
          "represented here' = the speaker's own speech act and a figurative threat (guideline), no actor"),
 20: ([("mediation activities led by Nelson Mandela", "045", "ZAF/CVL", "BDI/GOV", False, A, N, True),
       ("mediation activities led by Nelson Mandela", "045", "ZAF/CVL", "BDI/REB", False, A, N, True),
       ("assisted", "045", "GAB/GOV", "BDI/GOV", False, A, N, False),
       ("assisted", "045", "GAB/GOV", "BDI/REB", False, A, N, False),
       ("assisted", "045", "TZA/GOV", "BDI/GOV", False, A, N, False),
       ("assisted", "045", "TZA/GOV", "BDI/REB", False, A, N, False),
       ("assisted", "045", "ZAF/GOV", "BDI/GOV", False, A, N, False),
       ("assisted", "045", "ZAF/GOV", "BDI/REB", False, A, N, False)],
      "Burundi (2002); the sentence starts at 'Union and the countries of our subregion' (the splitter cut after 'we "
      "request the Secretary-General, the Security Council, the African'), so the request verb lies outside the "
      "sentence and the request, with its Y 'to maintain their support ... by assisting', is not coded (held-out "
      "76/77 and later: a request whose verb falls outside the sentence is left uncoded; borderline a nominal 070 "
      "org:AU -> BDI/GOV for the support the request presupposes, as held-out 142's support noun after a cut); 'the "
      "mediation activities led by Nelson Mandela' = the realised Arusha mediation, Mandela a former President in "
      "2002 -> ZAF/CVL (guideline: former officials CVL; held-out 155: Nyerere TZA/CVL) -> nominal 045 to each "
      "party, the 'protagonists' being the Government and the rebels of the text after (held-out 32/33: mediation "
      "a nominal 045 to each party); 'assisted by Presidents El Hadj Omar Bongo and Benjamin Mkapa and Vice-President "
      "Jacob Zuma' = co-mediators -> one 045 per mediator and party (held-out 128, 149: per mediator and party), "
      "GAB/GOV, TZA/GOV and ZAF/GOV, a participle, not nominal (borderline folded into Mandela's mediation); 'to "
      "persuade the protagonists to sign a ceasefire agreement' is the purpose, not coded (borderline a hypothetical "
      "0871 BDI/REB -> BDI/GOV)"),
 21: ([("welcome", "051", "VUT/CVL", "USA/GOV", False, A, N, False)],
      "Vanuatu (2011); a fragment cut by the splitter after 'the strenuous efforts of'; the verb is in the sentence "
      "and the object after the cut is 'President Obama and other world leaders, working together ... to advance "
      "negotiations on denuclearization' (README: a fragment whose object the splitter cut off is coded from the text "
      "after the cut when its verb is in the sentence) -> 051 to USA/GOV, the other leaders uncoded and dropped; "
      "'My people' -> VUT/CVL (README: a people welcoming is CVL; held-out 42/43: 'The people of Luxembourg "
      "joined in condemning' LUX/CVL; borderline VUT/GOV, the speaker speaking for the nation); the "
      "denuclearization negotiations lie after the cut, not coded"),
 22: ([], "Dominican Republic (2001): 'Allow me finally to refer to an aspect ...' = the speaker's own speech act; 'the "
          "demands of women and gender equality' are a generalisation with no named actor or addressee (borderline a "
          "nominal 1043 null -> null); the Millennium Declaration is a document"),
 23: ([], "Comoros (1993): 'it is up to them to give a new impetus to vertical cooperation, in order to enable the "
          "countries of the South to extricate themselves from chaos' = a deontic for 'the big Powers' (sentence "
          "before) towards 'the countries of the South', both uncoded collectives, null-null, not coded (held-out "
          "54-61; borderline a demanded 061 null -> null)"),
 24: ([("has to be commended", "051", "NRU/GOV", "org:UNGA", False, A, N, False)],
      "Nauru (2001); the sentence starts at 'Mr. Harri Holkeri of Finland' (the splitter cut after 'The former "
      "President of the General Assembly,'); 'has to be commended for capitalizing on the momentum generated by the "
      "Millennium Declaration' = the speaker's praise in a deontic passive (held-out 110: 'deserve to be commended' "
      "the speaker's 051; held-out 20/21: 'should be welcomed' the speaker's 051) -> 051 asserted, to the former "
      "President of the Assembly -> org:UNGA, his office taken from the text before the cut (held-out 64/65: tributes "
      "to a former President of the Assembly go to org:UNGA; borderline FIN/CVL); the Millennium Declaration's "
      "momentum is no act"),
 25: ([("repeats its call", "1054", "YEM/GOV", "org:UNSC", False, A, N, False),
       ("sanctions", "163", "org:UNSC", "IRQ", False, A, N, True)],
      "Yemen (1995); 'Yemen also repeats its call for the lifting of the economic sanctions against Iraq' = a request "
      "(guideline: call for -> 10x) to ease sanctions -> 1054, addressed to the imposer, the Security Council, whose "
      "resolutions on Iraq the sentence before names (held-out 170: a call for lifting the embargo a 1054 to the "
      "imposer plus a nominal 163; README: sanctions imposed on Iraq with no agent in the sentence are the Security "
      "Council's, from the text before) -> org:UNSC; the sanctions -> nominal 163 org:UNSC -> bare IRQ (held-out "
      "172: Oman's sanctions against Iraq 163 org:UNSC -> bare IRQ); 'to mitigate the suffering of the Iraqi "
      "people' is the purpose"),
 26: ([("introduced", "163", "org:UNSC", "YUG/GOV", False, A, N, False)],
      "Norway (1992); 'the sanctions introduced by the United Nations Security Council' = the 1992 sanctions "
      "(resolution 757) -> 163 from org:UNSC, a participle, not nominal (held-out 76 row 29: 'the agreement "
      "reached' not nominal), against the Federal Republic of Yugoslavia, named in the next sentence ('Serbia and "
      "Montenegro') -> YUG/GOV (README: a state that later dissolved keeps its code of the speech's date; borderline "
      "target null for 'the parties concerned', or a second 163 to BIH/REB); 'Strict observance ... is essential' = "
      "compliance with the sanctions by all states, not coded (held-out 138: compliance uncoded; borderline a "
      "demanded 163 with no source); 'to exert maximum pressure on the parties concerned' is the purpose (borderline "
      "a hypothetical 170)"),
 27: ([("strong condemnation", "111", "TUV/GOV", N, False, A, N, False),
       ("terrorist attacks", "180", N, "USA", False, A, N, True),
       ("pledge of strong solidarity", "051", "TUV/GOV", "USA/GOV", False, A, N, False)],
      "Tuvalu (2001); 'reiterating to the people and Government of America our strong condemnation of the terrorist "
      "attacks' = a performative condemnation conveyed with a verb, not nominal (held-out 173: 'Our deep "
      "appreciation' not nominal, as held-out 76's 'sincere congratulations') -> 111, the attackers unnamed -> target "
      "null (README: condemning attacks by unnamed perpetrators is the speaker's 111 with no target); the 11 "
      "September attacks -> nominal 180 with no source to bare USA (held-out 175: Malaysia's condemnation of the "
      "attacks, a nominal 180 with no source to bare USA); 'our pledge of strong solidarity with the United States "
      "of America' -> 051 (held-out 139: solidarity with Kenya after an attack a 051; borderline 032 as a pledge) "
      "to USA/GOV (borderline USA/CVL, as held-out 139's KEN/CVL); 'joins others' = uncoded states whose condemnation "
      "has no coded target, null-null, not coded (held-out 111: the earlier congratulators coded only because their "
      "target was coded)"),
 28: ([], "Libya (2010): 'certain considerations were in play in choosing the host country for the current "
          "Headquarters' = an agentless historic choice insinuated, no coded act (borderline a 043 USA/GOV -> org:UN "
          "for hosting the Headquarters)"),
 29: ([("established", "061", "TUR/GOV", "ALB/GOV", False, A, N, False),
       ("established", "061", "TUR/GOV", "ARM/GOV", False, A, N, False),
       ("established", "061", "TUR/GOV", "AZE/GOV", False, A, N, False),
       ("established", "061", "TUR/GOV", "BGR/GOV", False, A, N, False),
       ("established", "061", "TUR/GOV", "GEO/GOV", False, A, N, False),
       ("established", "061", "TUR/GOV", "GRC/GOV", False, A, N, False),
       ("established", "061", "TUR/GOV", "MDA/GOV", False, A, N, False),
       ("established", "061", "TUR/GOV", "ROU/GOV", False, A, N, False),
       ("established", "061", "TUR/GOV", "RUS/GOV", False, A, N, False),
       ("established", "061", "TUR/GOV", "UKR/GOV", False, A, N, False)],
      "Turkey (1994); 'We have established the Black Sea Economic Cooperation with Albania, Armenia, ... and Ukraine' "
      "= the founding of the BSEC (1992) with ten named partners -> economic cooperation 061 (borderline 057 for the "
      "founding declaration, or 050), one per partner government (guideline: compound split; held-out 145: the TAPI "
      "project one 061 per partner government), symmetric, from the document's own government (borderline one event "
      "to org:BSEC, the organisation being the product rather than the partner)"),
 30: ([("accusing finger", "112", "PHL/GOV", N, False, A, N, False)],
      "Philippines (1993); 'the accusing finger of history points at certain developed countries, with their short-"
      "sighted subsidies and protectionist devices' = the speaker's own blame for the stalled Uruguay Round, put as a "
      "metaphor with 'history' as its agent (README: a metaphor for a real act is coded; held-out 38/39: 'I could "
      "point an accusing finger at Turkey' a hypothetical 112) -> 112 asserted from PHL/GOV, 'certain developed "
      "countries' uncoded -> target null (borderline not coded as figurative, or 111); the subsidies and protectionism "
      "are trade policies with no CAMEO act (borderline 1211)"),
 31: ([], "Lithuania (2018): 'We cannot let the voices of nationalism and division win over dialogue and cooperation' "
          "= a hortative of resolve, 'we' meaning all states, no act"),
 32: ([("have fully discharged", "071", "IRL/GOV", "org:UN", False, A, N, False)],
      "Ireland (1995); 'this imposes a heavy and unfair burden on troop-contributing countries' = 'this' is the "
      "Secretary-General's suspension of troop reimbursement in the sentence before, an anaphoric event with its "
      "effect, not coded (borderline a nominal 162 org:UN -> null); 'those which, like Ireland, have fully "
      "discharged all their financial obligations to the Organization' = payment of assessed dues -> 071 to org:UN "
      "(held-out 150: 'have not met their legal obligations' a negated 071 to org:UN; held-out 127: default in "
      "paying contributions a negated 071), coded for Ireland only, the other payers unnamed (held-out 26/27: a "
      "collective naming one member is coded for that member)"),
 33: ([("the accord between Israel and Palestine", "057", "ISR/GOV", "PSE/GOV", False, A, N, True),
       ("concluded", "057", "JOR/GOV", "ISR/GOV", False, A, N, False)],
      "Kenya (1994); 'the accord between Israel and Palestine' = the Declaration of Principles and the Cairo "
      "agreement, an agreement named by its parties -> nominal 057 from the first-named (held-out 28/29), the PLO "
      "-> PSE/GOV; 'the recently concluded peace agreement between Jordan and Israel' (the Washington Declaration of "
      "July 1994) -> 057 from the first-named, a participle, not nominal (held-out 76 row 29); 'the ongoing "
      "implementation of the accord' is compliance, not coded; 'A comprehensive settlement of the Middle East "
      "conflict is now on a steady course' is an evaluation, the conflict's parties unnamed"),
 34: ([], "San Marino (2019): 'These difficulties also require that we strengthen international cooperation and our "
          "Organization' = 'we' meaning all Member States (sentence before), not coded"),
 35: ([], "Bhutan (2005): 'Terrorism is a pernicious threat to peace and security' = a figurative threat (risk), no "
          "actor"),
 36: ([("We welcomed", "051", "SVK/GOV", N, False, A, N, False)],
      "Slovakia (1997); 'We welcomed with satisfaction the conclusions reached at the first session of the "
      "Preparatory Committee for the Sixth Review Conference of the ... NPT' = the speaker's own past welcome "
      "(held-out 140: Senegal's past welcome asserted) -> 051, the Preparatory Committee of the NPT parties having "
      "no code -> target null (held-out 54-61: welcoming a decision of an uncoded body is 051 with no target); the "
      "conclusions reached by the uncoded committee are not coded"),
 37: ([("a peace accord", "057", "ISR/GOV", "JOR/GOV", False, A, N, True)],
      "Iceland (1994); 'a peace accord between Israel and Jordan' = an agreement named by its parties -> nominal 057 "
      "from the first-named (held-out 28/29); 'the Gaza-Jericho Agreement' is named after places, and the speech "
      "never names the Palestinian side -> not coded (held-out 141: Middle East agreements with no party named in "
      "the speech uncoded; borderline a nominal 057 ISR/GOV -> PSE/GOV); 'the breakthrough achieved last year' "
      "(Oslo) is agentless; 'hopefully paving the way for a comprehensive peace settlement' is optative"),
 38: ([], "Algeria (1998): 'conditions are now right for us to go beyond mere verbal condemnation of terrorism ... "
          "through effective international cooperation' = 'us' meaning all states (the international community of "
          "the sentence before), a policy aim, not coded"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([("to thank", "051", "GRD/GOV", "org:UNGA", False, A, N, False)],
      "Grenada (2014); 'I would like ... to thank the outgoing President, Mr. John Ashe, for his sterling efforts in "
      "presiding over the sixty-eighth session of the General Assembly' = a performative thanks -> 051 asserted to "
      "the outgoing President of the Assembly -> org:UNGA (held-out 30/31: appreciation of an outgoing PGA "
      "org:UNGA; borderline ATG/GOV); presiding over the session is his office, not coded"),
 40: ([], "Jamaica (2004): 'it can be made as effective as it needs to be only if it is given the powers and "
          "resources that are required' = a conditional about strengthening the United Nations, a UN reform position "
          "with no named provider (borderline a hypothetical 071 null -> org:UN)"),
 41: ([], "Estonia (2012): taxpayers filing returns online = a domestic description, no act between actors"),
 42: ([], "Norway (2018): 'The World Trade Organization is essential for Norway' = an evaluation, no act"),
 43: ([], "Peru (2003): 'the decisions that two or more countries of the subregion may take' have unnamed parties; "
          "'it will be essential for the international community to commit itself to the initiatives emanating from "
          "an exercise in collective reflection' = a deontic for an uncoded collective towards unattributed "
          "initiatives, null-null, not coded (borderline a demanded 030 null -> PER/GOV)"),
 44: ([], "Finland (1996): 'focusing on nuclear weapons is not enough' = an evaluation, no actor"),
 45: ([], "Brunei Darussalam (1998): a fragment cut by the splitter, 'In trying to answer this question, the Non-"
          "Aligned'; the Movement's statement lies after the cut (a 01x statement in any case); not coded"),
 46: ([], "Israel (2001): 'The only place they can be intercepted is at the point from which they depart' = an "
          "agentless statement of where suicide bombers can be stopped, a justification with no realised act "
          "(borderline a hypothetical 190 ISR/MIL -> PSE/REB)"),
 47: ([], "Myanmar (2001): 'UNDP serves as the principal instrument for capacity-building in developing countries' = "
          "a role description, no realised act with a named recipient (borderline a habitual 070 org:UNDP -> null, as "
          "held-out 153's agencies that 'provide valuable support to countries')"),
 48: ([("debating", "040", "org:UNSC", N, False, A, N, False)],
      "Syria (2003); 'the Security Council was drawn into bitter strife, debating the war resolution' = the Council's "
      "deliberations on the draft resolution authorising the Iraq war -> 040 from org:UNSC with no target (held-out "
      "164: Liechtenstein's Third Committee debate a 040 with no target; borderline org:UNSC -> org:UNSC as held-out "
      "179's Council members working together, or not coded as an internal deliberation); 'bitter strife' is a "
      "metaphor for the same debate; 'prior to the war' is a time marker (held-out 144, 149: time markers uncoded; "
      "borderline a nominal 190 null -> IRQ from the sentence before)"),
 49: ([("ratified", "057", "ARE/GOV", "org:IAEA", False, A, N, False)],
      "United Arab Emirates (2010); 'has ratified the Additional Protocol to the Treaty on the Non-Proliferation of "
      "Nuclear Weapons' = ratification of a safeguards agreement -> 057 (README: joining the NPT 057; held-out "
      "146: signing and ratifying one 057), to the Agency that is its other party, named in the text before ('its "
      "commitments to the Agency') -> org:IAEA (borderline target null, as for multilateral treaties)"),
 50: ([], "Bhutan (1991): 'We believe this marks an important step in the evolution of the political consciousness "
          "of mankind' = a belief and evaluation, no act"),
 51: ([], "Turkmenistan (2016): 'We regard that step as a landmark' = an evaluation; 'that step' is the signing of "
          "the Paris Agreement announced in the sentence before, not coded here (anaphoric)"),
 52: ([], "Malaysia (Mahathir, 1991): 'Jews in the Soviet Union are better off there, where their entrepreneurial "
          "skills could be put to good use to rebuild the economy of that country' = an opinion about emigration, no "
          "act between actors"),
}
