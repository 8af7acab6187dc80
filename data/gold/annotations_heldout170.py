"""Hand annotations for the HUNDRED-AND-SEVENTIETH held-out event gold set (source of events-heldout170.jsonl).

Keyed by the row index of selection-heldout170.jsonl (output of select_bulk_sentence_heldout.py 170; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout170.jsonl \
        --annotations annotations_heldout170 --output events-heldout170.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Republic of Korea (1991): 'Peace can be built only when a common conviction prevails that nations do not "
         "threaten each other' = a general condition about uncoded 'nations'; 'do not threaten' is a norm, not a "
         "negated event, and 'we may ... live in tranquillity' ('we' meaning all peoples) is no act"),
 1: ([], "Kenya (2001): 'it is a matter of concern' is expressed concern (01x, not coded; guideline 'are alarmed "
         "by'); 'commitments in the programmes of action agreed upon have not been fully complied with' = agentless "
         "non-compliance with the programmes of action of UN conferences agreed by all states (set 152: 'not "
         "sufficiently complied with' uncoded compliance; 'agreed upon' by all states, 'we' meaning all states "
         "uncoded); borderline a negated 0331 null -> null, or a 110 with no target"),
 2: ([("continuing to provide", "073", "MYS/GOV", N, False, F, N, False)],
     "Malaysia (2011); 'such incidents' = the death of a Malaysian on the humanitarian mission to Somalia "
     "(preceding sentence), not an act between actors; 'will never deter us from continuing to provide humanitarian "
     "assistance to all other countries in need' = a statement of resolve whose negation bears on the deterrence, "
     "not on the aid (README sets 52/53: 'will never give up working with' 030 future, not negated; sets 42/43: 'we "
     "will continue support' a future material act keeping its code) -> humanitarian aid 073 future, not negated; "
     "the recipients an open class of countries -> target null (borderline asserted as habitual aid, or target "
     "bare SOM from the sentence before)"),
 3: ([("has been meeting", "040", "HND/GOV", N, False, A, N, False),
      ("United Nations participation", "040", "org:UN", "HND/GOV", False, A, N, True)],
     "Honduras (1991); 'the Security Commission that has been meeting' = the Central American Security Commission "
     "of the Esquipulas process, a body of the five Central American Governments (no code; the text before: 'along "
     "with the other Central American Governments') -> a meeting of an uncoded group, coded for the speaker's "
     "government, the one member the sentence implies ('my Government'; set 145: the 3G Group's meetings coded "
     "from the speaker), the other members uncoded -> target null (held-out 76 row 6: the East African ministers' "
     "meeting 040 KEN/GOV -> null); 'with United Nations participation on an observer basis' = the UN's own "
     "participation in those meetings -> a nominal 040 from org:UN (set 119: 'participation' in a plenary a "
     "nominal 040; set 128: the 'presence of international observers' a nominal 040 from each) to the commission, "
     "represented by the speaker -> HND/GOV (borderline target null); 'has not made the progress my Government had "
     "hoped for' negates progress, not the meetings (no negated event)"),
 4: ([("military action", "154", "IRQ/GOV", "KWT", False, A, N, True),
      ("lifting", "085", "org:UNSC", "IRQ", False, H, N, True),
      ("United Nations sanctions", "163", "org:UNSC", "IRQ", False, A, N, True)],
     "Gambia (1994); 'recent Iraqi military action' = Iraq's October 1994 deployment of Republican Guard divisions "
     "towards the Kuwaiti border, the sentence before naming 'the situation between Kuwait and Iraq' and Kuwait's "
     "sovereignty -> an event noun with its agent in the adjective ('Iraqi'), nominal, troop build-up 154 "
     "(guideline; borderline generic 190 or 150 show of force), source the state named by the adjective -> IRQ/GOV "
     "(borderline IRQ/MIL, the forces not being named as such), target from the sentence before -> bare KWT; 'does "
     "not augur well for a speedy lifting of United Nations sanctions' = a prospective lifting made less likely -> "
     "hypothetical nominal 085 (set 150: 'only with ... United Nations assistance ... will Iraq assume' a "
     "hypothetical nominal 070; borderline uncoded as an optative prospect); the sanctions themselves are "
     "realised -> nominal 163 (set 138: 'the United Nations embargo' a nominal 163 org:UNSC; set 134: 'consequences "
     "of sanctions' org:UNSC -> bare IRQ; borderline org:UN, as set 112); 'the achievement of stability' is no act; "
     "'does not augur well' is no negated event"),
 5: ([], "Swaziland (1999): 'The conclusion of the Uruguay Round' = an agreement among all GATT parties (an uncoded "
         "collective, null-null; borderline a nominal 057 null -> null); 'threatened the fragile economies' is a "
         "figurative threat (guideline: threat as risk)"),
 6: ([], "Russian Federation (2017): 'The never-ending bloody terrorist attacks around the world' = agentless attacks "
         "with no victim country named (README: attacks whose victims are not named and agentless killings of "
         "uncoded victims left uncoded; borderline a nominal 180 null -> null); 'efforts to create isolated safe "
         "havens' is figurative, its agents unnamed"),
 7: ([], "China (2007): 'any move that runs counter to ... or attempts to distort and deny General Assembly resolution "
         "2758 (XXVI) will not receive any support from the United Nations Member States and is doomed to failure' = "
         "a generalisation drawn from the Assembly's past refusals (the sentence before, outside this one), about an "
         "unspecified 'any move' and the uncoded Member States; no event asserted (borderline a negated future 051 "
         "null -> TWN/GOV, the Taiwan authorities named in the text after)"),
 # --- UNGDC 1990-2019 random: future
 8: ([("seeks to participate", "0311", "MEX/GOV", N, False, A, N, False)],
     "Mexico (1990); 'Mexico seeks to participate actively in all the economic blocs and to establish agreements "
     "that will enable us to secure new markets end attract new investment' = an intent verb stated as a fact "
     "(guideline: 03x asserted; set 111: 'Seeks to participate ... in initiatives for regional cooperation' 030 "
     "asserted with no target), here economic -> intent to cooperate economically 0311; the blocs and partners "
     "unnamed in the sentence -> target null (the US free-trade talks lie in the sentence after); 'to establish "
     "agreements' is the same intent with the same code and pair, coded once (borderline 030 as in set 111, or a "
     "second 0311 or a future 057 for the agreements)"),
 9: ([], "Kazakhstan (1997): 'the decisions we take in the follow-up to our discussions of United Nations reform' = "
         "'we' meaning all Member States and a UN reform position (README: both uncoded)"),
 10: ([], "Gambia (2006): 'the desire to achieve [management reform] ... will remain a key demand of developing "
          "countries' = a UN reform position of an uncoded collective (README: UN reform positions uncoded; "
          "borderline a nominal 1044 null -> org:UN)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Algeria (2005): 'Bilateral, regional and multilateral cooperation must be expanded and improved as we "
          "strengthen international legal instruments' = an agentless deontic with 'we' meaning all states "
          "(README: uncoded; borderline a demanded 062 null -> null); the Nuclear Terrorism Convention 'adopted last "
          "April' is an agentless adoption of a text (set 130: the agentless Charter signing uncoded; borderline a "
          "057 from org:UNGA)"),
 12: ([], "Spain (2007): 'For peace to be complete, it must include Syria and Lebanon' = a condition on the content "
          "of a Middle East settlement with no event verb or event noun (borderline a demanded nominal 057 ISR/GOV -> "
          "SYR/GOV and LBN/GOV, as set 131's 'bilateral negotiating tracks' 046)"),
 13: ([], "Saint Lucia (2013): 'We must be cerebral in our approach' = a self-exhortation about attitude, no act"),
 14: ([], "Liberia (1996): 'We must establish an independent elections commission to conduct free and fair elections "
          "under international supervision' = a domestic institutional programme (README: domestic programmes "
          "uncoded); the supervisors are unnamed (borderline a demanded nominal 090 null -> LBR/GOV, though set 145 "
          "left UN monitoring uncoded)"),
 15: ([("highest appreciation", "051", "GIN/GOV", "org:UN", False, A, N, False)],
      "Guinea (2012); 'I should also like to express my Government's highest appreciation to the Secretary-General, "
      "Mr. Ban Ki-moon, for his dynamism' = a performative praise (guideline: thank/praise 051; 'should like to' "
      "performative -> asserted) to the Secretary-General -> org:UN (README sets 48/49)"),
 16: ([], "Haiti (1994): 'The World Summit for Social Development, to be held in Copenhagen in 1995, must offer new "
          "possibilities' = an agentless future summit as the subject of a deontic about outcomes (README: summits "
          "only 'held' at a venue uncoded; borderline a future nominal 036 from org:UN with no target); hunger and "
          "disease are no acts"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Czech Republic (1995): 'a final, just and lasting solution can be attained only by peaceful negotiations' = "
          "a general statement about the former Yugoslav conflict with no party named in the sentence (borderline a "
          "demanded nominal 046 BIH/GOV -> BIH/REB from the 'antagonists' of the text before)"),
 18: ([("supported by", "051", "EGY/CVL", "EGY/GOV", False, A, N, False)],
      "United Arab Emirates (2013); 'believes that the sovereign measures implemented by the Egyptian Government ... "
      "and the steps it has taken to implement the road map ... give grounds for optimism and enhance the Egyptian "
      "Government's credibility' = a belief evaluating another government's steps (set 6: 'continues to view [a "
      "plan] as serious, credible, and realistic' an evaluation, not a praise act; set 153: 'were steps in the right "
      "direction' uncoded) -> not coded (borderline a 051 ARE/GOV -> EGY/GOV, as set 120's 'is happy to note'); the "
      "'sovereign measures ... to protect national security' name no act (borderline 175 EGY/GOV -> EGY/CVL for the "
      "2013 crackdown, which the text does not state); implementing the transition road map is domestic; 'the road "
      "map supported by the people' = a passive with its agent named -> 051 from the Egyptian people EGY/CVL to the "
      "government that implements it, EGY/GOV (set 133: the people's support for the Government's reform a 051 "
      "TGO/CVL -> TGO/GOV; a participle, not nominal; borderline EGY/MIL, the army having announced the road map)"),
 19: ([("terrorist attacks", "180", N, "USA", False, A, N, True)],
      "Yugoslavia (2001); 'The terrorist attacks in New York and Washington on 11 September have affected not only "
      "the United States but all of us' = the 11 September attacks, their perpetrators unnamed in the speech's "
      "sentence -> nominal 180 with no source (guideline: unspecified violence by non-state groups 180; set 115: the "
      "11 September attacks a nominal 180 with no source to USA), the victim named in the sentence -> bare USA; New "
      "York and Washington are places, not metonyms; 'all of us' is not a second target"),
 20: ([], "Equatorial Guinea (1994): 'It would be most promising if agreement could be reached on the mechanisms' for "
          "the external-debt problem = an optative, hypothetical agreement between uncoded collectives (industrialized "
          "and developing countries; README: acts between uncoded collectives and optative hopes uncoded; borderline "
          "a hypothetical 057 null -> null)"),
 21: ([("I implore the Assembly", "100", "KIR/GOV", "org:UNGA", False, A, N, False),
       ("support pouring", "070", N, "KIR/GOV", False, A, N, True)],
      "Kiribati (2019); 'I implore the Assembly to consider the complex web of bilateral and multilateral support "
      "...' = a request (guideline: appeal/ask -> 10x) with a named addressee -> org:UNGA (set 134: an 'appeal to "
      "this body' to org:UNGA), Y = giving consideration to aid coordination, no specific behaviour -> generic 100 "
      "(borderline 1031, aid being the topic; or uncoded, 'consider' asking for no act between actors); 'bilateral "
      "and multilateral support pouring into small fragile countries such as ours' = realised, habitual aid from "
      "unnamed donors -> nominal 070 with no source, to a class that names one member -> the speaker's government "
      "(README sets 42/43: 'Countries such as mine require assistance' 070 with no source; collective naming one "
      "member coded for that member; borderline uncoded as aid between uncoded collectives); 'the theme of "
      "galvanizing multilateral support' is the session theme, not an act; 'without the capacity to coordinate' is "
      "a capacity, not a negated event"),
 22: ([("look forward to", "030", "PAK/GOV", N, False, F, N, False)],
      "Pakistan (1992); 'We also look forward to constructive cooperation with our developed-country partners' = "
      "'look forward to' + a cooperative act of the speaker (guideline: future; future cooperative acts get 03x) -> "
      "030 future; 'We' = Pakistan, speaking also as Chairman of the Group of 77 (sentence before), which has no code "
      "-> the speaker only (set 133: 'We nations of South America' coded for the speaker only); the partners an "
      "uncoded collective -> target null (borderline 0311 given the economic context, or uncoded as a hope about "
      "joint cooperation)"),
 23: ([("reaffirm our support", "051", "MRT/GOV", "org:UN", False, A, N, False),
       ("endeavours", "045", "org:UN", "ESH", False, A, N, True)],
      "Mauritania (2013); 'We reaffirm our support for the endeavours of the Secretary-General and his personal "
      "envoy' = verbal support (guideline: 051) for the Secretary-General's efforts -> org:UN (README sets 48/49: "
      "supporting a UN plan or the Secretary-General 051 to org:UN); 'the endeavours of the Secretary-General and his "
      "personal envoy in their search for a ... solution that is acceptable to both parties' = UN mediation in "
      "Western Sahara (the sentence before) -> nominal 045 from org:UN (README sets 32/33: UN mediation of talks a "
      "nominal 045), 'both parties' never named in the speech -> the bare territory ESH (set 147: mediation in "
      "Guinea-Bissau whose parties the speech never names 045 to bare GNB; set 149: Djibouti's broker role to bare "
      "SOM; borderline MAR/GOV and ESH/REB from outside knowledge)"),
 24: ([("to assist Ukraine", "071", N, "UKR/GOV", False, D, N, False),
       ("sanctions", "163", "org:UNSC", "YUG/GOV", False, A, N, True)],
      "Ukraine (1993); 'Today we need real efforts on the part of the international community to assist Ukraine in "
      "overcoming the negative impact of the sanctions ... on Ukraine's economy' = a statement of need (README sets "
      "46/47: statements of need are demanded aid with no source to the speaker's government) -> demanded, the "
      "international community uncoded -> no source; help to an economy -> economic aid 071 (borderline generic "
      "070); 'the sanctions against the Federal Republic of Yugoslavia' = an event noun whose agent is plain from the "
      "sentence before ('the imposition of economic sanctions by the Security Council') -> nominal 163 org:UNSC "
      "(README sets 48/49), the FRY of 1993 -> YUG/GOV (set 138: implementing the sanctions against the FRY 163 -> "
      "YUG/GOV; borderline bare YUG); 'a number of other countries' uncoded, dropped"),
 25: ([], "Egypt (2007): 'This requires us to work together with open minds' = 'us' meaning all states (README: "
          "uncoded), a hortative about the state of the world"),
 26: ([], "Turkey (2005): 'They all require sustained international attention and cooperation' = natural and "
          "man-made disasters needing cooperation from an uncoded collective, no named recipient (borderline a "
          "demanded nominal 050 null -> null)"),
 27: ([("supports", "051", "PAN/GOV", "org:UNGA", False, A, N, False),
       ("supports", "051", "PAN/GOV", "org:OAS", False, A, N, False)],
      "Panama (1998); 'Panama therefore firmly supports the tasks and commitments established at the twentieth "
      "special session of the General Assembly ... as well as the principles and responsibilities established by "
      "the Organization of American States in this matter' = verbal support (guideline: 051) for the outcome of a "
      "General Assembly session -> org:UNGA (README sets 26/27 and 38/39: welcoming a UN resolution or a General "
      "Assembly decision 051 to org:UNGA) and for the OAS's drug-control principles -> org:OAS, one event per "
      "organisation (guideline: compound split); borderline uncoded as an abstract policy position on drugs; "
      "'established by' is the content of the support, not coded separately"),
 28: ([], "Bulgaria (2006): 'We are concerned about' is 01x (not coded); 'non-compliance with obligations' is "
          "uncoded compliance; 'unilateral withdrawals by certain States' from the NPT = a nominal withdrawal whose "
          "agents the speaker leaves unnamed and with no counterpart, null-null (README: acts between uncoded "
          "parties uncoded; borderline a nominal 160 PRK/GOV -> null, the DPRK being the one state that had "
          "withdrawn); 'the genuine threat of destabilization' is figurative"),
 29: ([], "Sweden (2012): 'The international community has met three of the Millennium Development Goals' = "
          "development outcomes of an uncoded collective, no act between actors; 'we are lagging' = all states"),
 30: ([], "Angola (1994): 'considers that the role played by the international economic institutions - UNCTAD, the "
          "World Trade Organization and GATT - is of vital importance' = an evaluation (README: evaluations "
          "uncoded; borderline a 051 to org:UNCTAD and org:WTO)"),
 31: ([], "Australia (1992): 'The Somalian situation involves ... humanitarian assistance, peace-keeping and political "
          "negotiation' = a description of the tasks a crisis requires, each noun without an agent in the sentence "
          "(guideline: event nouns without an agent not coded; borderline a nominal 073 and 074 org:UN -> SOM from "
          "the sentence after)"),
 32: ([("welcome", "051", "VUT/GOV", "IDN/GOV", False, A, N, False),
       ("decisions empowering", "0834", "IDN/GOV", "IDN/CVL", False, A, N, True)],
      "Vanuatu (2005); 'We also welcome decisions empowering West Papuans to manage their own affairs in "
      "collaboration with the central Government' = a welcome (guideline: 051) of decisions whose author is plain "
      "from the sentence ('the central Government') and the one before ('the Indonesian Government's efforts') -> "
      "051 to IDN/GOV (README sets 30/31: welcoming several developments is 051 to each named party, the "
      "developments coded too); the decisions = Special Autonomy for Papua (the Papuan People's Assembly set up in "
      "2005), a devolution of self-government conceded after Papuan demands -> accede to demands for change in "
      "institutions 0834, nominal (set 98: transferring executive powers 0834; borderline 0833 rights), to the "
      "West Papuans, Indonesian citizens -> IDN/CVL; 'in collaboration with the central Government' is the manner "
      "of the self-government granted, not coded separately (borderline a nominal 050 IDN/CVL -> IDN/GOV)"),
 33: ([("discussions", "040", "org:IMF", "PNG/GOV", False, A, N, True),
       ("discussions", "040", "org:ADB", "PNG/GOV", False, A, N, True)],
      "Papua New Guinea (1998); 'Some of them, including the International Monetary Fund and the Asian Development "
      "Bank, have been very positive in their discussions with us' = consultations on restructuring PNG's economy "
      "(the sentence before: 'we turn our attention to international financial institutions to help us') -> a "
      "meeting noun naming its parties, nominal 040 (guideline: discuss/consult 040), one per named institution "
      "(guideline: compound split), coded from the first-named party, the sentence's subject (guideline: symmetric "
      "meetings; borderline PNG/GOV as source, the document's own government); new organisation code org:ADB for "
      "the Asian Development Bank, on the model of org:AFDB and org:ISDB; the unnamed others among 'Some of them' "
      "are dropped; 'have been very positive' is an evaluation; 'others appear to be slow in responding' is about "
      "uncoded institutions and a matter of speed, not coded (borderline a negated 030 null -> PNG/GOV, as 'has not "
      "responded')"),
 34: ([("reiterate our call", "1054", "ZAF/GOV", "USA/GOV", False, A, N, False),
       ("embargo", "163", "USA/GOV", "CUB", False, A, N, True)],
      "South Africa (2015); 'We reiterate our call for the lifting of the economic and financial embargo' = a "
      "request (guideline: call for -> 10x) whose Y is the easing of an embargo -> 1054, the addressee being the "
      "imposer, plain from the sentence before ('diplomatic relations between Cuba and the United States') -> "
      "USA/GOV (set 163: Ecuador's appeal to end the embargo a 1054 to USA/GOV; README sets 50/51: no target only "
      "when the document never names the imposer); the embargo itself is realised -> nominal 163 USA/GOV -> bare "
      "CUB (set 159: 'the economic blockade of Cuba' a nominal 163 USA/GOV -> bare CUB; borderline CUB/CVL, 'the "
      "Cuban people'); 'to help the Cuban people to gain their economic freedom' is the purpose"),
 35: ([], "Paraguay (2003): 'A fresh generation of leaders has taken up the old flags of our heroes to demand real "
          "global interdependence through an economic order inspired by solidarity' = a figurative demand of an "
          "uncoded collective (Latin America's new leaders) for an abstract world order, with no addressee "
          "(README: calls with no addressee on general matters uncoded; borderline a 1011 from PRY/GOV with no "
          "target, the speaker being one of the leaders)"),
 36: ([], "Lao PDR (2017): the challenges of a least developed, landlocked country = a description; 'our agreed global "
          "development goals' agreed by all states"),
 37: ([("to welcome", "051", "ESP/GOV", "org:AU", False, A, N, False)],
      "Spain (2001); 'Spain was very pleased to welcome the birth of the African Union at the Lusaka Summit, as well "
      "as the New African Initiative that was adopted there' = the speaker's own past welcome (README sets 50/51: "
      "the speaker's own past thanks 051) -> 051 asserted to the organisation born at the OAU summit -> org:AU (set "
      "44/45: the OAU is org:AU); the New African Initiative was adopted by the same summit, so its welcome has the "
      "same code and pair and is coded once (borderline a second 051); 'that was adopted there' = an agentless "
      "adoption of a text, not coded (borderline a 057 from org:AU); Lusaka is a place"),
 38: ([], "Palau (2006): 'Let us not forget the continuing threat of terrorism' = a figurative threat (guideline: "
          "threat as risk), no actor"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Portugal (2001): a fragment cut by the splitter, 'The situation in the Middle East, specifically in' "
          "[Palestine]; no verb, no event"),
 40: ([], "Sri Lanka (2014): 'They' = the Commonwealth Heads of Government (sentence before), a grouping with no code "
          "(set 110: the Commonwealth has no code and is dropped); 'have endorsed the central focus on the "
          "eradication of extreme poverty and reaffirmed commitments to sustainable development' = abstract policy "
          "positions on the post-2015 agenda (guideline; borderline a 051 LKA/GOV -> org:UN for Sri Lanka as "
          "Chair-in-Office)"),
 41: ([], "Senegal (1995): 'only a new conception of collective solidarity will allow us to avoid ... the many "
          "serious consequences of poverty' = a general statement, 'us' meaning all states, no act"),
 42: ([], "Timor-Leste (2006): '(spoke in Tetum; English text provided by the delegation)' = an editorial note, no "
          "act"),
 43: ([], "Bhutan (2001): 'human society has been left to ponder its claim to being civilized' = a reflection on the "
          "11 September attacks, no actor, no act"),
 44: ([("was set up", "045", "org:ECOWAS", "GNB", False, A, N, False),
       ("headed", "045", "NGA/GOV", "GNB", False, A, N, False)],
      "Nigeria (2012); 'the contact group, headed by Nigeria, was set up by the authority of the Heads of State and "
      "Government of ECOWAS to help establish a transitional Government with a view to returning that country to "
      "political and constitutional order' = the ECOWAS Contact Group on Guinea-Bissau ('that country', the "
      "sentence before) after the April 2012 coup -> a mediation body set up by an organisation is that "
      "organisation's mediation (set 146: the Minsk Group 'created by the CSCE for the settlement' a 045 from "
      "org:OSCE to each party) -> 045 from org:ECOWAS (the Heads of State and Government of ECOWAS = its summit), "
      "and the state that heads it keeps its own code (set 110: co-mediators keep their own codes, a 045 from each) "
      "-> a second 045 from NGA/GOV; the parties are never named in the speech -> bare GNB (set 147: mediation in "
      "Guinea-Bissau whose parties the speech never names 045 to bare GNB; borderline GNB/MIL for the junta); "
      "participles, not nominal; 'to help establish a transitional Government' and 'with a view to returning' are "
      "purposes, not coded (borderline a 070 to GNB/GOV)"),
 45: ([], "Antigua and Barbuda (1991): 'Their success will set an example for other regional groups' = 'Their' = the "
          "European Communities' efforts to settle the Yugoslav war (sentence before), whose success is a hoped-for "
          "outcome (README: optative hopes uncoded; borderline a hypothetical nominal 045 org:EU -> bare YUG)"),
 46: ([], "Nepal (2002): 'Supplying fully self-sustained troops is our goal, but that often becomes difficult for a "
          "poor country' = an aim about the self-sufficiency of Nepal's peacekeeping contingents; the contribution "
          "itself lies in the sentences before (README: fragments whose act lies outside the sentence uncoded; "
          "borderline a 0334 NPL/GOV -> org:UN, or a 074 with no target)"),
 47: ([], "Luxembourg (1994): 'the activities of regional organizations would have the advantage of relieving the "
          "United Nations of part of its work' = a hypothetical general statement about unnamed regional "
          "organisations (uncoded), no act (borderline a hypothetical nominal 074 null -> null)"),
 48: ([], "Guinea (1991): the disengagement of the State from industry and the promotion of private initiative = "
          "domestic economic policy, no act between actors"),
 49: ([], "Antigua and Barbuda (2010): 'debt distress has been caused by global crises not of their making' = no "
          "actor, no act"),
 50: ([], "Iran (2017): 'We were not deceived, and neither did we cheat or deceive anyone else' = Iran's denial of "
          "wrongdoing over the JCPOA, a denial of responsibility (CAMEO 016, left uncoded as 01x; set 145: the "
          "DPRK's 'had nothing to do with the incident' uncoded); deceiving has no CAMEO code (borderline a negated "
          "128 IRN/GOV with no target, 'cheat' meaning violating the agreement)"),
 51: ([], "Republic of Korea (2005): 'The challenges facing the United Nations today are daunting' = an evaluation, "
          "no act"),
 52: ([], "Antigua and Barbuda (2017): 'All 14 Caribbean Community countries together produce less than 0.1 per cent "
          "of global emissions' = emissions are no act between actors (held-out 76 row 0)"),
}
