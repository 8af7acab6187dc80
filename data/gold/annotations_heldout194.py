"""Hand annotations for the HUNDRED-AND-NINETY-FOURTH held-out event gold set (source of events-heldout194.jsonl).

Keyed by the row index of selection-heldout194.jsonl (output of select_bulk_sentence_heldout.py 194; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout194.jsonl \
        --annotations annotations_heldout194 --output events-heldout194.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019: neg
 0: ([], "Australia (2017): 'the problems that can be addressed only by working together on the challenges we face' = "
         "'we' meaning all states (held-out 42/43: not coded); the 2030 Agenda, the Paris Agreement and the Sendai "
         "Declaration are named documents, a blueprint, no act between actors"),
 1: ([("the agreement", "057", "GRC/GOV", "MKD/GOV", False, A, N, True)],
     "Greece (2018); 'the agreement' = the Prespes (Prespa) agreement with 'our immediate northern neighbour' of the "
     "sentence before, an event noun whose parties are plain from the text around it (held-out 48/49: coded; sets "
     "125 and 169: the Prespa agreement a nominal 057 between MKD/GOV and GRC/GOV) -> nominal 057, symmetric, from "
     "the document's own government (guideline) to North Macedonia -> MKD/GOV; 'a mutually acceptable arrangement "
     "that preserves the dignity of both sides' is the same agreement, coded once; 'did not come about through the "
     "stronger party's imposition of its will' negates the manner in which the agreement came about, not the "
     "agreement, and the imposition of an unnamed 'stronger party' is left uncoded (set 154: negation bearing on the "
     "motive; borderline a negated nominal 170 GRC/GOV -> MKD/GOV); borderline the agreement uncoded as an anaphoric "
     "event noun, as set 182's 'that agreement'"),
 2: ([], "Austria (2012): 'Its special sessions on Syria and Libya' = sessions of the Human Rights Council held on a "
         "topic, with no counterpart (set 154: a meeting only 'held' left uncoded; borderline a nominal 040 org:UN "
         "with no target); 'the international community will not turn a blind eye' = the resolve of an uncoded "
         "collective, not coded (held-out 6: 'will not stand by' not coded); 'gross human rights violations and "
         "indiscriminate attacks against the civilian population' are generic objects of that resolve with no agent "
         "in the sentence or the text around it (borderline a nominal 190 with no source each to SYR/CVL and LBY/CVL, "
         "as set 126's attacks on aid convoys)"),
 3: ([], "Singapore (2006): the sentence starts at 'Asian Nations (ASEAN)' after a splitter cut; 'the role of ASEAN "
         "has not only been beneficial ...; it has also helped to create a larger architecture of cooperation' = an "
         "evaluation of a regional organisation's role, figurative, with no counterpart ('not only' is no negation; "
         "borderline a 050 org:ASEAN with no target)"),
 4: ([], "Switzerland (2018): 'withdrawal, protectionism, threats and violence will not provide answers' = a generic "
         "statement about policies, no actor and no target"),
 5: ([], "Monaco (2017): 'the threat of nuclear escalation in Asia has never been greater' = a threat as risk "
         "(guideline: figurative), no actor; 'never' bears on the degree"),
 6: ([], "Cuba (2004): 'We, as non-aligned countries, will have to entrench ourselves in defending the United Nations "
         "Charter' = a deontic for the Non-Aligned collective (no code) about defending principles, no codable "
         "behaviour; 'if we do not it will be redrafted' = an agentless hypothetical redrafting of the Charter, not "
         "an act between actors"),
 7: ([("did not support", "070", "FJI/MIL", "FJI/REB", True, A, N, False),
      ("condone", "111", "FJI/MIL", "FJI/REB", False, A, N, False)],
     "Fiji (2007); 'As Commander of the Republic of Fiji military forces, I did not support or condone the coup' = "
     "Bainimarama's own past conduct in the May 2000 coup, said in his stated capacity (held-out 5: office held at "
     "the time; README: a head of state speaking as chair of an organisation takes that capacity's code) -> FJI/MIL (borderline FJI/GOV under the "
     "document-date rule for a speaker's own past); the coup itself is not coded (CAMEO has no code for coups), and "
     "its perpetrators, 'a group of ethno-nationalist opportunists, backed by a small errant group within the Fiji "
     "military' (sentence before), are an unnamed armed group -> FJI/REB (README: unnamed outlaw groups are the country's REB; "
     "borderline FJI/OPP); 'did not support' = plain negation of backing, the military backing of the sentence "
     "before -> negated 070 (guideline; set 150: 'does not ... support any kind of militancy' a negated 070; "
     "borderline a negated 051, as set 187); 'did not ... condone' -> an asserted 111, following set 178's 'does not "
     "condone' (borderline a negated 051 folded into the first event)"),
 # --- UNGDC 1990-2019: future
 8: ([], "Colombia (1991): 'this new Colombia arising from the efforts of President Cesar Gaviria - a young and bold "
         "leader who dared extend an early welcome to the future' = domestic reform and a figurative welcome, no act "
         "between actors"),
 9: ([], "Kiribati (2011): 'climate change negotiations will take several years to conclude' = negotiations among all "
         "states (an uncoded collective) with no named party, a prediction of their length; 'I believe that there is "
         "common ground' is a belief"),
 10: ([("Japan hosted the same meeting", "043", "JPN/GOV", "org:UN", False, A, N, False)],
      "Japan (2019); 'in 1970, when Japan hosted the same meeting, which was the first United Nations Crime Congress' = "
      "a historic hosting (README: historic acts in speeches are coded, hosting a reception 043) of a UN congress -> 043 to org:UN "
      "(set 118: hosting a summit held under UN auspices 043 to org:UN; borderline target null); 'Fifty years will "
      "have passed' is a time marker"),
 # --- UNGDC 1990-2019: demand
 11: ([("maintain existing bans", "163", "PNG/GOV", "ZAF", False, D, N, False),
       ("relaxing", "085", "PNG/GOV", "ZAF", False, H, N, False),
       ("close consultation with African States", "040", "PNG/GOV", N, False, H, N, True)],
      "Papua New Guinea (1992); 'my Government believes that it should maintain existing bans on all dealings with "
      "South Africa' = a deontic with no request verb whose subject is the speaker's own government (guideline: 'X "
      "should do Y' codes Y, demanded) -> sanctions 163 (guideline), demanded (borderline asserted, the bans being in "
      "force and the speaker's own policy), target the country as a whole -> bare ZAF (set 129: sanctions against "
      "South Africa to bare ZAF; borderline ZAF/GOV); 'continue to monitor developments there closely' is left "
      "uncoded (set 145: monitoring not coded, 090 being mapped to ACCUSE); 'consider relaxing those bans only as "
      "further progress occurs' = a conditional easing of sanctions -> 085 hypothetical (borderline not coded, a "
      "consideration, as set 145's 'seriously considering'); 'in close consultation with African States' = a "
      "consultation noun whose agent is the speaker's government, in the same conditional -> nominal 040 "
      "hypothetical, the African States an uncoded collective -> target null (borderline org:AU, or not coded)"),
 12: ([("calls on", "100", "MLT/GOV", N, False, A, N, False)],
      "Malta (2006); 'calls on the international community to consider immediately the best means to respond to "
      "tsunami experiences with appropriate legal and other instruments' = a request (guideline: call on -> 10x) to an "
      "uncoded collective -> target null (set 183: 'urges all Member States to cooperate' a generic 100 with no "
      "target), Y = considering legal instruments for early-warning standards, no specific behaviour -> generic 100 "
      "(borderline 1042, or not coded as a call on all states as set 113); 'this should be a joint task for the "
      "international community' = a deontic for an uncoded collective, not coded"),
 13: ([], "Portugal (2011): 'we need to see Brazil and India given permanent seats on the Council, and Africa should "
          "also be included in this enlargement' = a Security Council reform position (sets 116, 131, 134: demands for "
          "Council seats and UN reform positions left uncoded; borderline a 1044 with no target)"),
 14: ([], "Netherlands (1999): 'Momentum is building, and we should seize it' = a hortative with 'we' meaning all states "
          "(held-out 42/43), no codable behaviour"),
 15: ([("must test again", "150", "IND/GOV", N, False, F, N, False)],
      "Pakistan (1999); 'India must test again to develop warheads for its missiles' = an inference about what India's "
      "announced nuclear doctrine will require (the next sentence: 'This would subvert the CTBT'), not a demand "
      "(set 140: 'must have been fired' read as an inference, not a demand) -> a predicted act of another actor "
      "(set 107: a predicted non-acceptance a future 127) -> nuclear test 150 (guideline) future, with no target "
      "(set 124: tests with no target; borderline hypothetical, under the next sentence's 'would', or demanded if "
      "the deontic is read literally)"),
 16: ([("must finally realize", "080", "ARM/GOV", "AZE/GOV", False, D, N, False),
       ("territorial claims", "1053", "ARM/GOV", "AZE/GOV", False, A, N, True)],
      "Azerbaijan (2012); 'Armenia must finally realize that the ... policy of territorial claims ... has no chance of "
      "success' = a deontic with no request verb that Armenia accept Azerbaijan's position -> yield 080 demanded "
      "(set 143: 'Yerevan realizes' a hypothetical 080; held-out 77: 'reconciles' 080; borderline not coded, "
      "realising being no behaviour) to AZE/GOV; 'the irresponsible and provocative policy of territorial claims, "
      "animosity and hatred towards neighbouring countries' = Armenia's claims on territory, a habitual policy noun "
      "-> nominal 1053 asserted (set 158: 'made claims to Armenian territories' a 1053; set 135: claims a nominal "
      "1053 to GUY/GOV), the neighbouring countries being Azerbaijan in this speech -> AZE/GOV (borderline target "
      "null as an uncoded class); 'animosity and hatred' are attitudes, not coded"),
 # --- UNGDC 1990-2019: cue
 17: ([], "Lebanon (2016): 'the distressing war in Syria' = a conflict named only by place (set 187: 'the war in Iraq' "
          "left uncoded); 'has produced a displacement crisis that has imposed an unbearable burden on Lebanon' = an "
          "agentless effect, figurative 'imposed'; no act between actors"),
 18: ([("terrorist attacks", "180", "COD/REB", "COD", False, A, N, True)],
      "DR Congo (2017); 'my country has been the victim of terrorist attacks, especially in the Kasai provinces and even "
      "in the capital, by certain armed groups' = a nominal attack with its agent named in the same phrase -> 180 "
      "(guideline: violence by non-state armed groups), the unnamed armed groups (the Kamuina Nsapu militia of the "
      "next sentence) -> COD/REB (README: unnamed outlaw groups are the country's REB), the victim country -> "
      "bare COD; 'to destroy the peace', 'to thwart' and 'to undermine our development efforts' are purposes, not "
      "coded; the capital is a place"),
 19: ([], "Algeria (1995): 'this calls for dealing ... with the social costs of structural adjustment and implementing "
          "the new United Nations programme for Africa' = an agentless necessity with no actor and no addressee "
          "(borderline a demanded 070 null -> null)"),
 20: ([], "Argentina (2003): 'We therefore consider it necessary to reaffirm our determined support for the purposes "
          "and principles that underpin the United Nations' = a commitment to the Charter's principles, an abstract "
          "policy position (set 137: reaffirmed commitments to the Charter uncoded; borderline a 051 or 030 to org:UN, "
          "as set 116's 'solemn pledge to the Charter')"),
 21: ([("reiterated its readiness to cooperate", "030", N, "org:UN", False, A, N, False)],
      "Mongolia (1992); 'The recent 10th Conference of Heads of State or Government of the Non-Aligned Countries, held "
      "in Jakarta, has reiterated its readiness to cooperate with the United Nations' = a readiness stated as a fact "
      "(held-out 8: 'stands ready to engage' 03x asserted) -> 030 asserted, the Non-Aligned Movement having no code "
      "(set 110) -> source null, to org:UN (borderline IDN/GOV as the summit's host and chair, or not coded); 'held "
      "in Jakarta' is a venue (set 154: a meeting only 'held' left uncoded); 'building a new world order' is the "
      "purpose"),
 22: ([], "Chile (1995): 'we are also making an effort to attack the major problems of poverty and inequality ... and "
          "to eliminate ... drug trafficking and corruption' = domestic policy, 'attack' figurative (guideline), no "
          "counterpart"),
 23: ([], "Costa Rica (2005): 'We also support the conclusion of the comprehensive convention on international "
          "terrorism by the end of this year' = support for the conclusion of a multilateral treaty by all states, an "
          "abstract policy position (README: support for 'the start of negotiations' is an abstract policy position, not coded; borderline a 051 with "
          "no target, as set 159's welcome of arms-trade-treaty negotiations)"),
 24: ([("I launch an appeal", "107", "SMR/GOV", "BIH", False, A, N, False)],
      "San Marino (1994); the sentence starts at 'Marino, I launch an appeal' (the splitter cut after 'on behalf of the "
      "people of San'), so the appeal is coded from the government only (set 114: 'on behalf of the Government and "
      "people' before a cut); 'I launch an appeal for peace for those tormented regions, for Sarajevo' = a request "
      "(guideline: appeal -> 10x) with no addressee, Y = peace in the former Yugoslavia -> demand settling of "
      "dispute 107 (set 183: 'We advocate' covering conflicts a 107 to bare BIH; set 166: an appeal for a conflict's "
      "end a 107 to the bare country), Sarajevo a place -> bare BIH (borderline a second 107 to bare HRV for 'those "
      "tormented regions', or target null as a call with no addressee); 'for the recognition of the equal rights of "
      "all human beings' has no addressee and no named beneficiary, not coded (borderline 1043 with no target)"),
 25: ([], "Burkina Faso (2017): 'it [terrorism] calls for a clear and firm condemnation from all of us and an effective "
          "collective response' = 'us' meaning all states (held-out 42/43), terrorism as an abstraction, no actor"),
 26: ([("We also welcome the policies", "051", "OMN/GOV", "SOM/GOV", False, A, N, False)],
      "Oman (2009); a fragment cut by the splitter, 'We also welcome the policies of Sheikh Sharif Sheikh' [Ahmed, "
      "President of the Transitional Federal Government of brotherly Somalia] = the verb lies in the sentence and "
      "its object is completed from the text after the cut (set 107: a fragment whose object the splitter cut off is "
      "coded from the text after the cut) -> welcome 051 (guideline) to the Somali President's government -> "
      "SOM/GOV; 'his efforts to achieve peace' lie after the cut"),
 27: ([], "Ecuador (2014): 'Four years ago, democracy in Ecuador was threatened, but it prevailed' = the 30 September "
          "2010 coup attempt, an agentless threat to an abstraction (guideline: figurative threat; coups have no CAMEO "
          "code); borderline a 130 with no source to ECU/GOV, as set 143's 'Equatorial Guinea is under threat'"),
 28: ([("we call for", "1033", "MLI/GOV", N, False, A, N, False)],
      "Mali (2001); the sentence starts at 'Afghanistan, we call for' after a splitter cut; 'we call for increased and "
      "coordinated emergency humanitarian assistance for the Afghan people' = a request (guideline: call for -> 10x) "
      "whose Y is humanitarian aid -> 1033, with no addressee -> target null (set 117: 'we call for full sympathy "
      "and support' for Pakistan and Haiti one 1033 with no target); the Afghan people are the beneficiaries of Y, "
      "not the request's target; 'Deeply concerned' lies before the cut and is 01x"),
 29: ([("addressing the appeal", "100", "SDN/REL", "org:UN", False, A, N, False),
       ("addressing the appeal", "100", "SDN/REL", "USA/GOV", False, A, N, False),
       ("addressing the appeal", "100", "SDN/REL", "GBR/GOV", False, A, N, False)],
      "Chad (2010); 'In addressing the appeal to the United Nations and to the Governments of the United States and "
      "Great Britain, ... Archbishop Daniel Deng drew our attention' = the Archbishop of the Episcopal Church of the "
      "Sudan (sentence before) -> SDN/REL (README: the Dalai Lama CHN/REL), his appeal a request (guideline: appeal -> "
      "10x) to three named addressees, one event each (guideline: compound split); its content is only a concern "
      "about 'the serious risks of war' around the referendum -> generic 100 (borderline 1056 de-escalation); "
      "'addressing' is a verb with its agent named, not nominal (borderline nominal, as set 142's 'In its appeal'); "
      "'the guarantors of the peace agreements' is an agent description, not coded; 'drew our attention' is a "
      "statement (01x)"),
 30: ([("unanimous support", "051", "org:UNSC", "org:UN", False, A, N, True),
       ("proposed by Mr. James Baker", "045", "org:UN", "MAR/GOV", False, A, N, False),
       ("proposed by Mr. James Baker", "045", "org:UN", "ESH/REB", False, A, N, False)],
      "Algeria (2007); 'the Security Council's unanimous support for the peace plan' = endorsement by the Council "
      "(resolution 1495 of 2003) -> nominal 051 from org:UNSC, to the plan's author, the Secretary-General's envoy "
      "-> org:UN (sets 48/49: supporting a UN plan 051 to org:UN; borderline one 051 to each party); 'the peace plan "
      "proposed by Mr. James Baker, former Personal Envoy of the Secretary-General' = a settlement plan put to the "
      "parties by the UN mediator, coded to the office he held at the time (held-out 5) -> mediation 045 org:UN, a "
      "participle, not nominal, one event per party, Morocco and the Frente POLISARIO, named in the text after "
      "(set 140: parties taken from the text after; POLISARIO -> ESH/REB; borderline bare ESH, or a 037); "
      "'resolution 1495 (2003) rightly referred to as an optimum political solution' is the same endorsement, coded "
      "once, and 'rightly' an evaluation; 'The international community had harboured genuine hope' is a sentiment"),
 31: ([("pursuing increased partnership", "030", "MHL/GOV", "ARE/GOV", False, F, N, False),
       ("establishing a dialogue", "036", "MHL/GOV", "org:LAS", False, F, N, False)],
      "Marshall Islands (2010); 'We look forward to pursuing increased partnership with the United Arab Emirates' = "
      "'look forward to' + a cooperative act of the speaker (guideline: future, 03x) -> 030 future to ARE/GOV (set "
      "170: look forward to cooperation a future 030); 'and to establishing a dialogue with the Arab League on "
      "investment and development assistance' = a future dialogue -> 036 future (guideline: future meetings and "
      "negotiations 036) to org:LAS (set 50/51: the League of Arab States org:LAS); the aid is the dialogue's topic, "
      "not coded (borderline a future 0331 from org:LAS)"),
 32: ([("fully supports", "051", "PAK/GOV", "IND/CVL", False, A, N, False),
       ("the demand of the Kashmiri people", "1044", "IND/CVL", "IND/GOV", False, A, N, True),
       ("promised", "0343", "org:UNSC", "IND/CVL", False, A, N, False)],
      "Pakistan (2016); 'Pakistan fully supports the demand of the Kashmiri people for self-determination' = verbal "
      "support (guideline: 051) of a people's demand -> to the people (set 119: self-determination of the Saharawi "
      "people to ESH/CVL), the Kashmiris of Indian-administered Kashmir -> IND/CVL (held-out 77 row 14: the "
      "Kashmiri people IND/CVL; borderline PAK/CVL, or a new code); the demand = a request noun naming its author "
      "-> nominal 1044 (set 135: a people's demand to establish a State a nominal 1044), addressed to India, as the "
      "sentence before makes plain ('their determination to see India end its occupation', 'come out each day ... "
      "to demand freedom') -> IND/GOV (borderline target null, as set 135); 'as several Security Council resolutions "
      "have promised them' = the Council's historic commitment to a plebiscite -> intent to provide rights 0343 "
      "asserted from org:UNSC to the people (borderline not coded as a legal reference, or 030)"),
 33: ([], "Liechtenstein (1998): 'We remain concerned ... at the slow process of implementation ... of the Agreements' "
          "= expressed concern (01x, not coded) about an agentless implementation of the Dayton Agreements"),
 34: ([], "Tonga (2015): 'as we look forward to the successful conclusion of negotiations on a climate agreement in "
          "Paris' = a hope about negotiations among all states (held-out 42/43: 'we' meaning all states; held-out 7: a "
          "hope about another actor's act optative), no named party (borderline a future 057 TON/GOV with no target)"),
 35: ([("welcome resolution 2118", "051", "THA/GOV", "org:UNSC", False, A, N, False)],
      "Thailand (2013); 'We therefore welcome resolution 2118 (2013) on Syria, adopted yesterday by the Security "
      "Council' -> 051 (guideline: welcome) to the adopting body -> org:UNSC (sets 26/27: welcoming a UN resolution "
      "051 to its body); the adoption is the Council's own act with no counterpart, and the resolution's content "
      "(the destruction of Syria's chemical weapons) is not in the sentence (set 134: an adopted resolution's "
      "content beside its welcome uncoded)"),
 36: ([("I wish to thank", "051", "LIE/GOV", N, False, A, N, False),
       ("greeted and welcomed", "051", N, "LIE/GOV", False, A, N, False)],
      "Liechtenstein (1990); 'I wish to thank all those delegations that greeted and welcomed Liechtenstein with such "
      "warmth on the occasion of our country's admission' = thanks (guideline: 051) to delegations that are an "
      "uncoded collective -> target null, and the welcome they gave -> 051 with no source to LIE/GOV (set 183: "
      "'Thank Member States for that support' a 051 with no target plus a 051 with no source; 'greeted and "
      "welcomed' one act, same code and pair); the admission itself is not coded (UN admissions uncoded)"),
 37: ([("We stand ready to work with all countries", "030", "CHN/GOV", N, False, A, N, False)],
      "China (2016); 'We stand ready to work with all countries to achieve common development and prosperity and to "
      "support sustainable development and international cooperation in relevant fields' = readiness stated as a "
      "fact (held-out 8: 'stands ready to engage' 03x asserted) -> one 030, the partners an open-ended class -> "
      "target null (borderline not coded as an abstract policy position, or 0311); supporting development and "
      "cooperation in general is folded in (abstract, guideline)"),
 38: ([("we welcome", "051", "ARG/GOV", N, False, A, N, False),
       ("hope shortly to ratify", "030", "ARG/GOV", N, False, F, N, False)],
      "Argentina (1997); 'we welcome the adoption of the Comprehensive Nuclear-Test-Ban Treaty' -> 051 with no target, "
      "the adoption uncoded (set 175: a welcome of the adoption of the TPNW has no target; borderline org:UNGA, which "
      "adopted the CTBT by resolution 50/245); 'which we hope shortly to ratify' = the speaker's own intended act, "
      "not an optative hope about another actor -> a future ratification 030 with no target (README: 'will be "
      "ratified' a future 030; set 172: commitment to ratification a future 030; borderline a future 057)"),
 # --- UNGDC 1990-2019: nocue
 39: ([("make a similar compromise", "080", "ISR/GOV", "PSE/GOV", False, D, N, False)],
      "Indonesia (2000); 'it behoves Israel to make a similar compromise' = a deontic with no request verb (guideline: "
      "'it is important to', 'now is the time for X to' -> demanded) -> Y = a concession in return for the "
      "Palestinian leaders' decision to share Jerusalem (sentence before) -> yield 080 demanded (borderline 037 "
      "settle dispute), to the Palestinian leadership -> PSE/GOV; 'so that a final settlement can be achieved' is an "
      "agentless purpose, not coded"),
 40: ([("entered into a partnership", "061", "GAB/GOV", "BRA/GOV", False, A, N, False),
       ("entered into a partnership", "061", "GAB/GOV", "FRA/GOV", False, A, N, False)],
      "Gabon (2010); 'we have just entered into a partnership with Brazil and with France to establish a satellite "
      "imaging facility to monitor the forest cover of the Congo basin' = a realised project partnership -> material "
      "cooperation 061, one per partner government (set 145: the TAPI pipeline project one 061 per partner; "
      "guideline: compound split; borderline 057 for concluding the partnership agreement, or 050); the monitoring is "
      "the purpose"),
 41: ([], "Turkey (2018): 'I would like to share with the Assembly two additional remarks' = a speech act about the "
          "speech itself"),
 42: ([], "Malta (2000): the sentence starts at 'United Nations in this regard' (the splitter cut after 'Malta indeed "
          "not only shares the aspirations of the'); 'has striven throughout the years to ensure that they become an "
          "integral part of all dealings in the Mediterranean' = an effort to promote dialogue in a region, an "
          "abstract policy with no named counterpart (borderline a 030 with no target)"),
 43: ([("appalled and outraged", "110", "TCD/GOV", N, False, A, N, False),
       ("destruction", "1712", N, "LBN", False, A, N, True)],
      "Chad (2006); 'we were appalled and outraged by the recent events that took place in southern Lebanon' = "
      "disapproval -> 110 (set 126: 'We are outraged by the attacks' a 110 with no target; borderline 111), the "
      "events' agent never named in the speech -> target null (borderline ISR/GOV from outside knowledge); 'the "
      "recent events' are too vague to code (the July-August 2006 war; borderline a nominal 190 with no source to "
      "bare LBN); 'resulting in the massive destruction of the infrastructure of the country' = an agentless "
      "destruction noun with a named victim -> nominal 1712 (set 134: destruction of civilian infrastructure 1712) "
      "with no source to bare LBN (borderline not coded as a result, as set 147 folded results into the conflict); "
      "'the loss of life among civilians' is a state, not an act noun, with no agent, not coded (sets 150, 173: "
      "agentless deaths uncoded; borderline a nominal 202 to LBN/CVL)"),
 44: ([], "Jamaica (2012): 'many nations like Jamaica have great possibility and potential that are not reflected in "
          "... their current economic indicators' = a description, no act"),
 45: ([], "Papua New Guinea (2010): 'climate change is of great concern to Papua New Guinea' = expressed concern "
          "(01x), no actor"),
 46: ([], "Peru (1996): the sentence starts at 'Machiavelli and Bodin' after a splitter cut; the modern theory of the "
          "State 'is today fading' = a description of ideas, no act"),
 47: ([], "Estonia (2009): 'This is but one example of how an ambitious climate policy can be used to trigger new "
          "growth' = a domestic policy description, no act between actors"),
 48: ([], "India (2018): 'I wish to convey our deep condolences to the Government and the people of Indonesia' = "
          "condolences (set 46/47: condolences not coded; 01x); the assurance of cooperation lies in the next sentence"),
 49: ([], "Kuwait (2005): 'We hope that a consensus will eventually be reached on Security Council reform' = an optative "
          "hope about UN reform (UN reform positions uncoded), agentless"),
 50: ([], "Tuvalu (2008): 'human actions by all countries are urgently needed to address it' = a need of all states "
          "(held-out 42/43: 'we' meaning all states), no codable behaviour"),
 51: ([], "Belize (2018): 'This year marks the thirty-seventh anniversary of Belize's independence' = an anniversary, no "
          "act"),
 52: ([("will continue to contribute", "036", "ROU/GOV", N, False, F, N, False)],
      "Romania (1996); 'Romania will continue to contribute to the promotion of the review process of the Treaty on "
      "the Non-Proliferation of Nuclear Weapons, both before the next Review Conference in the year 2000' = an intent "
      "to take part in a multilateral review process of meetings (set 32/33: an intent to take part in a UN process "
      "036 future with no target) -> 036 future, the NPT parties an uncoded collective -> target null (borderline "
      "030 future, or not coded as an abstract commitment, as set 180's striving for the NPT's extension); 'the "
      "preparatory committee of which will convene in 1997' is an agentless future meeting of the parties, not "
      "coded"),
}
