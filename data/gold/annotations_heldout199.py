"""Hand annotations for the HUNDRED-AND-NINETY-NINTH held-out event gold set (source of events-heldout199.jsonl).

Keyed by the row index of selection-heldout199.jsonl (output of select_bulk_sentence_heldout.py 199; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout199.jsonl \\
        --annotations annotations_heldout199 --output events-heldout199.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("make an urgent appeal", "100", "CIV/GOV", N, False, A, N, False)],
     "Cote d'Ivoire (2017); 'I would like to make an urgent appeal to all States and civil society organizations so "
     "that the international mobilization for the implementation of the SDGs does not fade' = a request (guideline: "
     "appeal -> 10x), 'would like to' performative -> asserted, to uncoded collectives (all States, civil society "
     "organisations) -> target null (set 183: 'urges all Member States to cooperate' a generic 100 with no target; "
     "set 149: 'calls upon all States to pursue' a request with no target); Y = keeping up the mobilisation for the "
     "SDGs, no more specific sub-code -> generic 100 (set 186: 'the mustering of ... efforts' a generic 100; "
     "borderline 1031, the text after turning to development financing, or uncoded as a call on all states); 'does "
     "not fade' bears on the mobilisation, an agentless purpose, no negated event"),
 1: ([], "Fiji (2013): 'They chose to support a form of democracy, governance and justice in Fiji that they would "
         "never have accepted for themselves' = 'some of our oldest friends' of the sentence before, whom the speech "
         "never names (Australia appears only as a historic example) -> an uncoded source, and the object is a form "
         "of governance, an abstract policy position (guideline), not an actor; not coded (borderline a 051 with no "
         "source to bare FJI, or FJI/OPP); 'would never have accepted for themselves' is a counterfactual about their "
         "own systems, no negated event between actors; the sanctions lie in the sentence before"),
 2: ([("the demand that Iran restore", "1053", "ARE/GOV", "IRN/GOV", False, A, N, True)],
     "United Arab Emirates (2019); 'We will never abandon the demand that Iran restore our rights to us' = the UAE's "
     "standing demand for its sovereignty over the three islands Iran occupies (sentences before) -> a request noun "
     "with its agent 'We' -> nominal 10x ARE/GOV -> IRN/GOV; Y = restoring the islands -> demand return of property "
     "1053 (README: a demand for the return of occupied islands is 1053; borderline 1043 for 'rights'); 'will never "
     "abandon' is resolve bearing on the abandonment, not on the demand, so the demand is asserted and not negated "
     "(guideline: 'never ceased to demand' an asserted 104; borderline future modality, or uncoded as resolve like "
     "sets 131/178's 'will not relent in demanding' a Council seat, which were UN-reform positions); the occupation "
     "is not named in this sentence"),
 3: ([], "Kenya (1990): 'The cost of debt-servicing has been growing rapidly as a result of the unjust rates of "
         "interest' = an economic description with no actor; 'have not shown any signs of improvement' bears on the "
         "rates, no negated event"),
 4: ([], "Denmark (1999): 'Official development assistance also assists in building up the sectors that do not "
         "attract private investment' = a generalisation about what aid does, no donor or recipient named (set 176: "
         "a generalisation about aid kinds uncoded)"),
 5: ([("adds its voice to the appeal", "102", "WSM/GOV", N, False, A, N, False)],
     "Samoa (2005); 'Samoa adds its voice to the appeal for the early ratification of and accession to the Rome "
     "Statute ... by those States that have not yet done so' = joining an appeal is the speaker's own request (set "
     "157: Croatia's 'add our voice to the calls' the speaker's 102; README: echoing a call is the speaker's "
     "request) -> Y = joining the Rome Statute -> 102 (set 117: 'We call on all countries that have not yet done "
     "so to join the Rome Statute' a 102 with no target), to an open class of states -> target null; the appeal's "
     "own authors are unnamed, so no nominal request of the first caller (set 122: the Member States' own calls "
     "uncoded, null to null); the negated accession 'have not yet done so' of an open class is uncoded (set 117)"),
 6: ([], "Ukraine (2003): 'Despite repeated declarations primarily by the developed countries of their readiness to "
         "increase the volume of financial and other assistance ..., the actual efforts that have been undertaken "
         "have not been sufficient' = pledges and efforts of an uncoded collective ('the developed countries') to "
         "unnamed recipients, null-null (held-out 54-61: acts between uncoded collectives uncoded; set 116: "
         "unfulfilled aid promises between uncoded collectives uncoded; borderline a nominal 033 null -> null); the "
         "negation bears on the sufficiency, not on the efforts (set 113)"),
 7: ([], "Monaco (1997): 'might we not consider establishing a United Nations presence in the form of a volunteer "
         "honourary representative' = a suggestion for the organisation of the UN's country presence, 'we' meaning "
         "the membership (held-out 42/43) -> a UN reform position, not coded (held-out 54-61; borderline a 1031 or "
         "generic 100 to org:UN with question modality)"),
 # --- UNGDC 1990-2019 random: future
 8: ([("will be among the first States to sign", "030", "FIN/GOV", N, False, F, N, False)],
     "Finland (1992); 'Finland, for its part, will be among the first States to sign and ratify the convention' = "
     "the Chemical Weapons Convention (sentence before); a future signature and ratification is an intent -> 030 "
     "future (set 172: Malawi's 'I will sign the Paris Agreement' a future 030 with no target; set 119: 'Ukraine "
     "intends to sign the Statute' a 030 future), a multilateral convention -> target null; 'sign and ratify' is "
     "coded once, as held-out 146's 'as one of the first nations to sign and ratify' the NPT was one 057 "
     "(borderline two future 030s, one per act, as set 172; or a future 057)"),
 9: ([("will convene", "036", "MEX/GOV", "org:UN", False, F, N, False)],
     "Mexico (2013); 'we will convene a meeting in Mexico to promote a global perspective on inclusion, in which "
     "Governments, civil society and United Nations agencies, funds and programmes will participate' = a future "
     "hosting -> 036 future (guideline: future meetings 036; README: a future convening of several sectors is one "
     "036 per sector); of the participants only the UN agencies, funds and programmes have a code -> org:UN, and "
     "'Governments' and 'civil society' (world-wide, not Mexico's own) are uncoded collectives dropped from the "
     "compound (set 120: the uncoded 'Arab States' dropped); the UN bodies' 'will participate' is the same meeting, "
     "coded once (borderline a second future 036 org:UN -> MEX/GOV, or 043 future); 'so we can establish minimum "
     "thresholds' is a purpose"),
 10: ([("offers its support", "051", "AND/GOV", "org:UN", False, A, N, False)],
      "Andorra (2018); 'Andorra therefore offers its support to the plans to reform the architecture of the United "
      "Nations that Secretary-General Guterres and his team are carrying out' = an expression of support (guideline: "
      "051) for the Secretary-General's reform plans -> 051 to org:UN (set 121: welcoming Guterres's UN reforms a "
      "051 to org:UN; set 140: Poland's support for the Secretary-General's reform direction 051 to org:UN; "
      "borderline uncoded as a UN reform position, as set 195's Spain 1998); the reform the Secretariat carries out "
      "is internal to the UN, not coded"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("urge this Assembly", "1044", "NOR/GOV", "org:UNGA", False, A, N, False)],
      "Norway (1993); 'I urge this Assembly to create the post of high commissioner for human rights and to agree "
      "on a quantum leap in the allocation of resources for the United Nations human-rights activities' = a request "
      "(guideline: urge -> 10x) to a named addressee -> org:UNGA; Y = creating a new UN institution -> demand change "
      "in institutions 1044, the more specific of the two demands (held-out 9: several demands take the most "
      "specific sub-code; set 140: Maldives's call on the Assembly to agree on increases in Council membership a "
      "1044 to org:UNGA since it names its addressee; borderline a generic 100, as set 140's request to establish UN "
      "offices, or 1031 for the resources); Y not coded separately (guideline)"),
 12: ([], "Bhutan (1997): 'the negotiations on the scale of assessments must proceed and be resolved at an early date "
          "in a manner that is acceptable to all Member States' = UN budget negotiations among the whole membership, "
          "an agentless deontic null-null and a UN finance position, not coded (held-out 54-61; set 126: a sentence "
          "on the fair sharing of UN assessments uncoded; borderline a demanded nominal 046 null -> org:UNGA)"),
 13: ([], "Finland (2013): 'We must do our utmost to agree on a new way to sustainable development' = 'we' meaning "
          "all states ('We, the States Members of the United Nations', text after; held-out 42/43), not coded"),
 14: ([], "Afghanistan (2001): 'Self-determination for Afghanistan means that no country of the world should have a "
          "veto concerning what the Afghans decide for themselves' = a principle for an open class ('no country'), "
          "no named actor and no codable behaviour (borderline a negated demanded 1042 null -> AFG)"),
 15: ([("nuclear-weapons testing", "150", N, "MHL", False, A, N, True)],
      "Marshall Islands (2019); 'We are still facing challenges from the impacts of nuclear-weapons testing' = the "
      "1946-1958 tests on the islands ('the testing of nuclear weapons on our shores', earlier in the speech) -> "
      "weapons tests 150 (guideline), an event noun whose tester the speech never names (it names only the UN "
      "resolutions 'authorizing nuclear detonations') -> no source, the islands whose people bear the impacts -> "
      "bare MHL (README 54-61 and set 180: agentless attacks with a named victim coded with no source; set 111: the "
      "agentless 'Two nuclear bombs had been dropped on Japan' 2042 null -> JPN; set 169: the Marshall Islands' "
      "tests 150 -> MHL, there with USA/GOV because that speech named the US programme); borderline uncoded as an "
      "event noun without an agent (set 125 left the unnamed Powers' 1995 tests uncoded), or USA/GOV from outside "
      "knowledge; 'should be a global lesson' is an evaluation"),
 16: ([], "Kenya (1993): a sentence starting at 'Assembly, must make every effort to face these challenges' after a "
          "splitter cut at 'through this'; the international community acting through the Assembly, with no codable "
          "behaviour ('face these challenges'), 'we' meaning all states in the text after; not coded"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Iceland (1995): 'At the recently concluded Fourth World Conference on Women in Beijing, we pledged to "
          "empower women and to involve them as equal partners' = 'we' meaning all states at the conference (set "
          "130: 'we all pledged' meaning all states uncoded; held-out 42/43), and empowering women is a domestic "
          "policy aim; not coded (borderline a 030 ISL/GOV with no target)"),
 18: ([("we welcome some strong", "051", "CIV/GOV", N, False, A, N, False)],
      "Cote d'Ivoire (1996); 'within the context of international cooperation to combat AIDS, we welcome some strong "
      "action that has been taken' = a welcome (guideline: 051) of agentless actions -> target null (set 113: a "
      "welcome of conferences whose convenors are not named 051 with no target; set 178: 'We welcome this "
      "advancement' 051 with no target); the ECOSOC resolution named 'For example' in the next sentence is only one "
      "instance of the actions, so org:UN is not taken as the target (borderline org:UN from the text after); the "
      "actions themselves are agentless and not coded"),
 19: ([("reiterate", "036", "COL/GOV", N, False, A, N, False)],
      "Colombia (2007); 'I reiterate the invitation to visit our country' = the President's invitation, made in "
      "the sentence before to 'everyone' ('I invite everyone to visit Colombia, to talk to our fellow countrymen') "
      "-> an invitation is 036 (held-out 7: 'are very welcome to visit Luxembourg' 036; set 115: a national "
      "celebration that 'warmly welcomes you' a 036), 'reiterate' performative -> asserted, the invitees an open "
      "public -> target null (borderline uncoded as an invitation to the public rather than to political actors, "
      "or 043); the visit itself is the invitation's content, not coded separately"),
 20: ([], "Trinidad and Tobago (2005): 'The spread of small arms and light weapons ... also poses a threat to the "
          "security of many countries' = a threat as risk (guideline: figurative), no actor"),
 21: ([], "Fiji (2018): 'Leaders who ignore that threat and give their people new coal-fired power plants ... are "
          "either tragically short-sighted or simply engaging in a most cynical form of betrayal' = an evaluation "
          "(guideline: evaluative descriptions without a behaviour verb not coded) of an unnamed class of national "
          "leaders; building power plants for their own people is domestic policy (borderline a 111 FJI/GOV with no "
          "target, or a nominal 112)"),
 22: ([("commend", "051", "BHR/GOV", "org:UN", False, A, N, False)],
      "Bahrain (2010); 'I also commend Secretary-General Ban Ki-Moon for his efforts and contributions to "
      "international issues' -> 051 (guideline: commend) to org:UN (README: the Secretary-General -> org:UN); his "
      "efforts are the object of the praise and not a separate act"),
 23: ([], "Belgium (1990): 'Recent developments in Africa demonstrate that the call for more freedom and respect "
          "for human rights is not without echo on the continent' = an agentless call with no addressee (borderline "
          "a nominal 1043 null -> null) and an evaluation of its resonance; 'not without' is litotes, no negated "
          "event; not coded"),
 24: ([("International assistance", "070", N, "LBR/GOV", False, D, N, True)],
      "Liberia (1991); 'International assistance becomes even more justified in view of the policy-reform "
      "programmes that Liberia has now undertaken' = a statement of need, following the appeal to 'our friends' in "
      "the sentence before -> demanded aid with no source to the speaker's government (README: 'we require support "
      "from the international community' demanded aid with no source; held-out 118: 'requires international "
      "support' a demanded nominal 070), the Interim Government of National Unity -> LBR/GOV (set 195: the IGNU "
      "LBR/GOV); nominal 070 (borderline 071, the text before speaking of debt and funds; or uncoded as an "
      "evaluation of aid's justification); the policy reforms are domestic, not coded"),
 25: ([], "Venezuela (2015): 'In the 1990s, in that world, one way of thinking and one economic model were imposed "
          "on us' = an agentless passive whose imposer is only 'that world' (the monadic world of the sentence "
          "before) and whose 'us' is the peoples of the South and humanity at large ('all our ills', 'peoples of "
          "the South', text around it), an uncoded collective; the neoliberal model is abstract (set 134: the "
          "'Washington consensus' uncoded); not coded (borderline a 170 with no source to bare VEN, as set 129's "
          "'We are being forced to renounce the values of a traditional family' 170 null -> BLR/GOV)"),
 26: ([("the support", "071", N, "COG/GOV", False, D, N, True)],
      "Congo (2016); 'the efforts of our Government today require the support of the international community, "
      "specifically through financial mechanisms such as the Green Climate Fund, the Blue Fund, the Adaptation Fund "
      "and the Green Economy Fund in Central Africa' = a statement of need -> demanded aid with no source (README: "
      "'we require support from the international community'; set 122: 'requires support from our partners' a "
      "demanded nominal 070 with no source) to the speaker's government -> COG/GOV; the named channels are "
      "financial -> economic aid 071 (set 119: 'foreign financing needs' a demanded nominal 071; borderline 070); "
      "the funds are channels, not sources (set 174: 'through the United Nations' the channel; borderline org:GCF as "
      "source, README: pledges to the Green Climate Fund 0331 to org:GCF)"),
 27: ([], "Norway (2012): 'Exactly one year ago, we agreed here in New York that the Palestinian State-building "
          "process had reached a level where the institutions of State were in place' = 'we' is the Ad Hoc Liaison "
          "Committee that the Foreign Minister chairs (text before), a donor group with no code and no member named "
          "but the speaker; agreeing that a process had reached a level is a shared assessment, a statement (01x), "
          "not an agreement between parties; not coded (borderline a 057 from NOR/GOV with no target, or a 051 to "
          "PSE/GOV for the endorsement of Palestinian State-building)"),
 28: ([("can be assured of the support", "032", "JAM/GOV", "org:UNGA", False, A, N, False)],
      "Jamaica (2007); 'You can be assured of the support of the Jamaican delegation in that endeavour' = an "
      "assurance of support to the Assembly's President (sentence before) -> 032 to org:UNGA (set 182: 'I assure "
      "him that Peru will constructively support his initiatives' an asserted 032 to org:UNGA; set 184: 'We assure "
      "him of Malawi's complete support' a 032), the assurance asserted (borderline 030, as set 123's Suriname, or a "
      "future 032 as set 166's 'You will have Pakistan's full support')"),
 29: ([], "Estonia (1993): 'Estonia supports the principles of democracy, the inviolability of borders and "
          "non-interference' = support for abstract principles, an abstract policy position (guideline), no target"),
 30: ([("encourages the parties in conflict", "1055", "GIN/GOV", "ESH", False, A, N, False)],
      "Guinea (2006); 'With regard to the Western Sahara, the Republic of Guinea encourages the parties in conflict "
      "to strengthen their cooperation with the Secretary-General's Personal Envoy in order to find a political "
      "solution' = a request (README: encourage -> request), Y = cooperation with the UN envoy -> demand that the "
      "target allows international involvement 1055 (set 147: 'We encourage Iraq to cooperate fully with the United "
      "Nations' a 1055; borderline 108 for the envoy's mediation, or 107 for the political solution); the parties "
      "are never named in the speech -> bare ESH (set 166: an appeal to 'all parties involved in this conflict' a "
      "107 to bare COD; set 147: mediation whose parties the speech never names to bare GNB; borderline one 1055 "
      "each to MAR/GOV and ESH/REB from outside knowledge); Y not coded separately (guideline)"),
 31: ([("attempted invasion", "192", N, "GNQ", False, A, N, True)],
      "Nigeria (2004); 'The recent attempted invasion of Equatorial Guinea and other such attempts go against every "
      "imaginable rational effort at promoting stability' = the March 2004 mercenary plot -> invade 192 (guideline), "
      "the attempted operation asserted and nominal (set 191: 'Had the invasion of my country been successful' an "
      "asserted nominal 192 with no source to bare GNQ; set 143: the same plot 'Equatorial Guinea is under threat'), "
      "the mercenaries and sponsors of the sentence before having no code -> no source, the invaded country -> bare "
      "GNQ (guideline: target of an invasion); borderline uncoded as a coup plot (coups have no CAMEO code); 'other "
      "such attempts' are unnamed and not coded"),
 32: ([("we welcome", "051", "CMR/GOV", N, False, A, N, False)],
      "Cameroon (1992); 'we welcome the latest spectacular strides taken in the arena of disarmament, as "
      "consolidated by the recent conclusion of work on the Convention on Chemical Weapons' = a welcome (guideline: "
      "051) of agentless developments -> target null (set 178: 'Profound satisfaction for the elimination of the "
      "underlying reasons of confrontation between East and West' a 051 with no target); the conclusion of the "
      "negotiations in the Conference on Disarmament is agentless and not coded (set 175: a welcome of the TPNW's "
      "adoption has no target, the adoption uncoded; borderline a nominal 057 with no source)"),
 33: ([("commend his predecessor", "051", "ETH/GOV", "org:UNGA", False, A, N, False)],
      "Ethiopia (2014); 'I also wish to commend his predecessor for the excellent contribution he made to ensuring "
      "the success of the sixty-eighth session' = the outgoing President of the General Assembly (John Ashe) -> 051 "
      "(guideline: commend), 'wish to' performative -> asserted, to org:UNGA (README: appreciation of an outgoing "
      "President of the General Assembly goes to org:UNGA); his contribution is the object of the praise"),
 34: ([], "Dominican Republic (2013): 'All reports agree that we cannot continue treating the part of the planet that "
          "each of our nations occupies as if the resources ... were inexhaustible' = 'we' meaning all nations "
          "(held-out 42/43), an evaluation of resource use; 'occupies' is not an occupation; not coded"),
 35: ([], "Liechtenstein (2018): 'We agreed on the right to development and made it clear that development, human "
          "rights and peace and security belong together' = 'we' meaning the UN membership ('an agenda that we "
          "shaped together', sentence before; held-out 42/43), a historic consensus of all states; not coded "
          "(borderline a 057 LIE/GOV with no target)"),
 36: ([("continues to support", "051", "JPN/GOV", "org:UN", False, A, N, False)],
      "Japan (1995); 'Japan continues to support the efforts towards peace being made by the countries concerned as "
      "well as the activities of the United Nations' in the former Yugoslavia (sentence before) -> express support "
      "051 (guideline; README: support aimed at a process goes to its named parties), habitual -> asserted; the "
      "compound splits into the countries concerned, whom the speech never names, dropped as uncoded (set 120: the "
      "uncoded 'Arab States' dropped from a compound), and the UN -> one 051 to org:UN (borderline a second 051 with "
      "no target, or 070 as material support, the next sentence adding 'humanitarian assistance'); the countries' "
      "peace efforts are not coded (borderline a nominal 045 with no source to bare YUG or BIH)"),
 37: ([("appeal for the meaningful participation of Taiwan", "102", "KIR/GOV", N, False, A, N, False)],
      "Kiribati (2009); 'we now appeal for the meaningful participation of Taiwan in the work and activities of the "
      "International Civil Aviation Organization and the United Nations Framework Convention on Climate Change' = a "
      "request (guideline: appeal -> 10x) with no addressee named -> target null, Y = Taiwan's participation in two "
      "bodies -> demand diplomatic cooperation 102 (set 121: Nicaragua's call 'not to deny' Taiwan recognition and "
      "participation a 102 with no target; borderline one 102 to org:UN for the UNFCCC and one to a new org:ICAO, "
      "as set 167's Swaziland appeal on Taiwan to org:UN, or uncoded as a UN membership position); 'the demands of "
      "aviation safety' are needs, not requests"),
 38: ([], "Lithuania (2001): 'These challenges ... are no less threatening' = threats as risks (guideline: "
          "figurative), no actor"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "European Union (2011): 'No, we feel a responsibility for the world economy as such' = a sentiment of the "
          "EU's leaders, no act"),
 40: ([], "Fiji (1992): 'In the Horn of Africa in Somalia a human tragedy of unprecedented dimensions is unfolding' = "
          "a description, no actor"),
 41: ([], "Indonesia (2002): 'For the value of each nation, no matter how small or how poor, is equal to that of any "
          "other' = an abstract principle, no act"),
 42: ([], "Monaco (2011): 'The Principality of Monaco will not fail to work for the improvement of global governance "
          "that our community hopes and prays for' = litotes (asserted, not negated) for an abstract commitment with "
          "no counterpart (set 190: a commitment to the Charter uncoded; set 137: reaffirmed commitments to the "
          "Organization's mission uncoded); not coded (borderline a future 030 MCO/GOV with no target, as set 182's "
          "'will continue to toil in the cause of the closer union')"),
 43: ([("has readily joined", "062", "ARM/GOV", N, False, A, N, False)],
      "Armenia (2004); 'Armenia has readily joined the global fight against international terrorism' = realised "
      "participation in the counter-terrorism coalition -> security cooperation 062 (README: security cooperation "
      "062; set 114: 'Joined other States in the region to combat' trafficking a 062 with no target), partners "
      "unnamed -> target null (borderline 0312 as set 139's 'can count on Italy's support' for the coalition, a "
      "030, or uncoded as figurative, 'fight' being a metaphor)"),
 44: ([], "Niger (1994): a fragment 'Thus, since the devaluation of the CFA franc, my' whose verb ('Government has "
          "been continuing negotiations with the World Bank and the International Monetary Fund') lies after the "
          "splitter's cut -> not coded (README: a fragment whose verb was cut away is left uncoded); the devaluation "
          "is agentless (borderline a nominal 046 NER/GOV -> org:WB and org:IMF from the text after)"),
 45: ([], "Guinea-Bissau (1998): 'Since Guinea-Bissau is a poor country ..., everything needed to be built, despite "
          "the fact that we did not have the financial means or the necessary skills' = a description of the "
          "country's post-independence situation, no act between actors, no negated event"),
 46: ([("continued to exert", "045", "ETH/GOV", "SDN", False, A, N, False),
       ("to assist the", "045", "ETH/GOV", "SOM", False, A, N, False)],
      "Ethiopia (1998); 'In our own subregion, we have continued to exert the necessary efforts for peace in the "
      "Sudan and to assist the people of Somalia in achieving national reconciliation and establish a broad-based "
      "Government' = Ethiopia's part in the IGAD peace efforts for Sudan and its Somali reconciliation process "
      "(set 181: Ethiopia's Sodere meetings for Somalia, 1998); 'we' in the subregion coded for the speaker only (set "
      "133: 'We nations of South America' coded for the speaker only; borderline org:IGAD); efforts for peace "
      "between parties -> mediate 045 (set 192: 'has not spared any effort in contributing to the search for a "
      "political and negotiated solution' an asserted 045 to bare GNB; set 149: Djibouti's 'endeavour to broker' "
      "to bare SOM), the parties unnamed -> bare SDN and bare SOM (set 147); assisting the Somali people towards "
      "reconciliation is the same facilitation (borderline 070 to SOM/CVL, or 043 as set 181); 'have continued' -> "
      "asserted"),
 47: ([], "Gambia (1996): Cuba 'has excelled in some activities of common benefit to humankind, such as genetic "
          "engineering and modern medicine' = an evaluation of Cuba's achievements, no act between actors; the "
          "embargo lies in the sentences before"),
 48: ([], "Mauritius (1990): 'unresolved crises still cast a shadow on the good faith of our Organisation' = a "
          "figurative evaluation, no actor"),
 49: ([("failed to lift", "085", "org:UNSC", "IRQ", True, A, N, False),
       ("the embargo", "163", "org:UNSC", "IRQ", False, A, N, True)],
      "Iraq (1999); 'Why then has the Council failed to lift the embargo on Iraq?' = a rhetorical question that "
      "presupposes the non-lifting (README: 'Why have they not been imposed?' presupposes the non-imposition, a "
      "negated 163; a presupposing question codes the act, asserted) -> ease economic sanctions 085, 'failed to' -> "
      "negated (guideline), from the Security Council -> org:UNSC, to bare IRQ (set 132: sanctions to bare IRN; set "
      "134: 'consequences of sanctions' org:UNSC -> bare IRQ); 'the embargo' = the Council's comprehensive embargo -> "
      "nominal 163 (guideline: sanctions 163; set 139: 'the United Nations embargo' a nominal 163 org:UNSC), asserted; "
      "borderline modality question for the 085, since the clause is the interrogative one"),
 50: ([], "Pakistan (2002): 'some quarters are unfortunately utilizing the war against terrorism as a vehicle to "
          "spread hatred against Islam and Muslims' = unnamed 'quarters' and a religion and its believers as target, "
          "null-null (held-out 54-61: acts between uncoded collectives uncoded; borderline a 111 with no source and "
          "no target, as the README's 'fallacious allegations' by 'certain quarters' had a named target); 'the war "
          "against terrorism' is agentless"),
 51: ([], "Costa Rica (1991): 'It is proof that the principle of universality has gone beyond rhetoric' = an "
          "evaluation of the new Members' admission (sentence before), no act"),
 52: ([], "New Zealand (2003): 'The United Nations was bestowed with a unique legitimacy and unique authority to "
          "resolve conflict' = an agentless historic passive about the founders' design, a description; not coded "
          "(borderline a 0343 or 030 from the founders, uncoded 'founders')"),
}
