"""Hand annotations for the HUNDRED-AND-FORTY-FIFTH held-out event gold set (source of events-heldout145.jsonl).

Keyed by the row index of selection-heldout145.jsonl (output of select_bulk_sentence_heldout.py 145; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout145.jsonl \
        --annotations annotations_heldout145 --output events-heldout145.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("It is unfortunate", "110", "IRQ/GOV", "IRN/GOV", False, A, N, False),
      ("match our inclination", "030", "IRN/GOV", "IRQ/GOV", True, A, N, False),
      ("blockade imposed against Iraq", "163", "org:UNSC", "IRQ", False, A, N, False),
      ("imposition of no-fly zones", "191", "USA/GOV", "IRQ", False, A, N, True),
      ("imposition of no-fly zones", "191", "GBR/GOV", "IRQ", False, A, N, True),
      ("penetrate its airspace", "150", "IRN/GOV", "IRQ", False, A, N, False),
      ("commit one military aggression after another", "190", "IRN/GOV", "IRQ", False, A, N, False)],
     "Iraq (1997); 'It is unfortunate that' = the speaker's disapproval, a verb phrase like 'it is regrettable' "
     "(README: 'it is regrettable' 110; set 135: only sentence adverbs such as 'Regrettably' stay uncoded) -> 110 "
     "to IRN/GOV (borderline uncoded as an evaluation); 'our neighbour, Iran, does not match our inclination' = "
     "Iran not reciprocating the goodwill steps Saddam Hussein offered in his call of 8 August 1997 (preceding "
     "sentence) -> plain negation of a cooperative signal, negated 030 (guideline: 'not respond to a call' negated "
     "030; borderline 120 or uncoded); 'the unjust blockade imposed against Iraq' = the Security Council's "
     "comprehensive sanctions ('the most extensive and cruel boycott system ever imposed by the Security Council' "
     "earlier in the speech) -> 163 org:UNSC -> bare IRQ, the participle not nominal (held-out 42 row 0: "
     "'sanctions imposed on Iraq' 163 org:UNSC -> IRQ; set 134: nominal 163 org:UNSC -> bare IRQ); 'the "
     "imposition of no-fly zones by the United States and Britain' -> nominal 191 per imposer (held-out 48: the US "
     "no-fly zone over southern Iraq 191) to bare IRQ; Iran's acts are stated as what it does, confirmed by the "
     "bombing in the following sentence -> asserted, the text naming the state -> IRN/GOV (borderline IRN/MIL): "
     "'penetrate its airspace' -> 150 (README: 'violated Venezuelan airspace' 150), 'commit one military "
     "aggression after another' -> 190 (guideline: aggression 190); 'violate Iraqi sovereignty' is the general "
     "description of the same acts, not coded separately; 'exploit' is no act"),
 1: ([], "Central African Republic (1996): 'the United Nations ... can no longer refuse to admit States, especially "
         "if those States are able to meet the obligations' = a position on UN admissions (the Republic of China on "
         "Taiwan, following text) -> UN membership positions are left uncoded (README sets 54-61; borderline a "
         "demanded negated 120 org:UN -> TWN/GOV)"),
 2: ([("vital support", "070", N, "WSM/GOV", False, D, N, True)],
     "Samoa (1998), speaking as Chairman of AOSIS; 'We will not be sidetracked from the ultimate prize of "
     "self-reliance' = resolve, not a negated event (set 116: 'We have never cowered' uncoded); 'we must be "
     "assured of the vital support of the international community' = a statement of need (README: 'we require "
     "support from the international community' demanded aid with no source to the speaker's government) -> "
     "demanded nominal 070, the international community uncoded -> source null; 'we' = the small island "
     "developing States for which Samoa speaks, an uncoded group, coded for the speaker only (set 133: 'We nations "
     "of South America' coded for the speaker only) -> WSM/GOV (borderline null-null and not coded, AOSIS having no "
     "code)"),
 3: ([("I welcome the news", "051", "NOR/GOV", "RUS/GOV", False, A, N, False),
      ("I regret", "110", "NOR/GOV", N, False, A, N, False)],
     "Norway (2004); 'I welcome the news that Russia is seriously considering the ratification of the Protocol' "
     "-> 051 to RUS/GOV (set 121: 'Malaysia draws hope from' an agreement 051 to each party); Russia's "
     "'considering' the ratification is a deliberation, not an expressed intent, not coded (borderline a 030 "
     "RUS/GOV with no target, as 'will be ratified' future 030); 'I regret that some countries have not yet been "
     "willing to join forces' -> 110 (README: 'express regret' 110), 'some countries' unnamed -> target null "
     "(borderline USA/GOV and AUS/GOV from outside knowledge); their non-participation is null-null, not coded "
     "(borderline a negated 030 with no source)"),
 4: ([("My country condemns", "111", "ECU/GOV", N, False, A, N, False)],
     "Ecuador (2011); 'My country condemns abusive interpretations of Security Council resolutions' -> 111 "
     "(guideline: condemn 111); the interpreters are never named in the speech (the crisis in Libya is only "
     "mentioned later, without NATO) -> target null (README: condemning attacks by unnamed perpetrators is the "
     "speaker's 111 with no target; borderline org:NATO from outside knowledge of resolution 1973); the "
     "violence and bloodshed they lead to are agentless effects, and 'do not foster friendly relations' "
     "describes them, no negated event"),
 5: ([], "Paraguay (2002): 'My country has followed very closely the recent debate on the Court's competence' = "
         "observation of a debate (01x); the 'hypothetical offences' of peacekeepers have no agent; 'countries "
         "that have not signed or ratified the Statute' is an uncoded class, a negated 057 null -> null, not coded "
         "(borderline a negated 057 with no source to org:ICC)"),
 6: ([], "Nicaragua (2011): 'Interference and intervention will not resolve crises; only dialogue and negotiation "
         "... will resolve political crises' = a general maxim with no actor (borderline a nominal 190 org:NATO -> "
         "LBY from the preceding sentences on Libya)"),
 7: ([("decline in international humanitarian assistance", "1623", N, "AFG/CVL", False, A, N, True)],
     "Pakistan (1991); 'The recent decline in international humanitarian assistance' to the Afghan refugees = a "
     "reduction of humanitarian aid by unnamed donors -> nominal 1623 with no source (set 129: a 'decline in "
     "bilateral assistance' nominal 162 with no source) to the refugees -> AFG/CVL (borderline PAK/GOV as the "
     "host whose resources are strained, or generic 162); the hardships and the strain are effects, not acts"),
 # --- UNGDC 1990-2019 random: reported
 8: ([], "Gabon (1998): 'As I already said last year, Gabon supports the idea that the United Nations system "
         "needs rational and consistent renewal' = a UN reform position (README sets 54-61: reform positions "
         "uncoded); the speaker's own past statement is no reported speech"),
 9: ([], "Libya (1995): 'Such an order ... should not be built according to the wishes of the few who seek to "
         "impose their hegemony on others ... and to dictate their own methods' = a norm about a new "
         "international order; 'the few' are never named and 'others' is generic, null-null, not coded "
         "(borderline a 170 with no source or target)"),
 10: ([("encouraged the settlement", "106", "org:UNSC", "KOR/GOV", False, A, N, False),
       ("encouraged the settlement", "106", "org:UNSC", "PRK/GOV", False, A, N, False)],
      "DPRK (2010); 'The Security Council, in its presidential statement dated 9 July 2010, took note of "
      "responses' = 01x, not coded; 'which has stated that it had nothing to do with the incident' = the DPRK's "
      "denial of responsibility for the Cheonan sinking, CAMEO 016 (PETRARCH's dictionary: DENY * INVOLVEMENT "
      "[016]), a 01x statement, not coded (borderline a negated 190 PRK/GOV -> KOR/MIL reported by PRK/GOV); "
      "'and encouraged the settlement of all outstanding issues by peaceful means to resume direct dialogue and "
      "negotiations' = the Council's own act (the presidential statement 'encourages'), a request (README: 'I "
      "encourage all delegations' 102; 'encourage the sponsors' 108) whose Y is negotiations -> 106, asserted; "
      "the addressees are the two Koreas, plain from the following text ('embark on North-South dialogue ... as "
      "recommended by the presidential statement') -> one 106 each to KOR/GOV and PRK/GOV (borderline target null, "
      "or uncoded as a call with no addressee)"),
 11: ([("historic visit to Ghana", "042", "USA/GOV", "GHA/GOV", False, A, N, True)],
      "Ghana (2016); 'President Obama said on his historic visit to Ghana' = the July 2009 visit, an event noun "
      "with its agent in the sentence -> nominal 042 USA/GOV -> GHA/GOV (README: visits 042; set 133: Ban Ki-moon "
      "visiting the Aral Sea 042 org:UN -> UZB/GOV); 'said ... that what Africa needs is strong institutions' = a "
      "statement (01x) whose content is a need of Africa, no act"),
 # --- UNGDC 1990-2019 random: future
 12: ([], "Finland (2003): 'The biggest challenges in the future will be ... managing these two together through "
          "multilateral cooperation' = an evaluation of challenges, no actor"),
 13: ([], "New Zealand (1992): 'the Agenda for Peace will succeed only if we support an agenda for action' = a "
          "conditional with 'we' meaning all Member States (README sets 42/43: not coded; borderline a "
          "hypothetical 051 NZL/GOV -> org:UN for the Secretary-General's report)"),
 14: ([("Also adopted", "030", "org:LAS", "KWT/GOV", False, A, N, False),
       ("proposal", "0331", "KWT/GOV", N, False, A, N, True),
       ("we will contribute $500 million", "071", "KWT/GOV", N, False, F, N, False)],
      "Kuwait (2009); 'Also adopted was the proposal by the State of Kuwait' = an agentless passive whose agent is "
      "'The Conference', the first Arab Economic Summit of the sentence before (the League of Arab States' "
      "economic and development summit, hosted by Kuwait) -> org:LAS (borderline source null, the summit's "
      "members unnamed); adopting a proposal -> 030 (README: accepting a request or a plan is 030) to KWT/GOV; "
      "'the proposal ... to establish a $1 billion fund ... to support and finance small and medium-size "
      "development projects' = an offer of economic aid stated as a fact -> nominal 0331 (guideline: 'proposed "
      "shipping' an asserted 03x), the beneficiaries Arab projects and 'Arab citizens', uncoded -> target null "
      "(borderline org:LAS); 'to which we will contribute $500 million' = a future material act that keeps its "
      "code (README: 'we will continue support' 070 future; an offered sum of aid 071) -> 071 future, the fund "
      "having no code -> target null (borderline 0331, folded into the proposal)"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Latvia (2018): 'Territorial integrity and sovereignty ... must be respected by all' = a norm for all "
          "states, no named actor (Russia is named only in the following sentence)"),
 16: ([], "Indonesia (1990): efforts to realize ZOPFAN and a nuclear-weapon-free zone in South Asia 'should become "
          "increasingly relevant' = an agentless evaluation of regional disarmament efforts, no act"),
 17: ([], "Albania (2015): 'Let us also try to be a better team ... we ... must work together' = a hortative with "
          "'we' meaning all humanity (README sets 42/43: 'we' meaning all states not coded)"),
 18: ([("to help Afghanistan", "070", N, "AFG/GOV", False, D, N, False)],
      "Pakistan (2005); 'The international community must remain fully engaged to help Afghanistan overcome the "
      "remaining challenges' = a deontic with no request verb (guideline: demanded) whose source is an uncoded "
      "collective -> null; helping Afghanistan after its elections -> 070 (set 118: 'We need to continue to "
      "support Somalia' demanded 070 with no source to SOM/GOV) -> AFG/GOV (borderline bare AFG)"),
 19: ([], "Saudi Arabia (1990): 'The wheel of time must continue to turn, the caravan must continue to march' = "
          "figurative, no actor"),
 20: ([], "El Salvador (2014): 'If we are to succeed, we must unite and integrate our peoples and Governments in a "
          "global community' = a hortative with 'we' meaning all states (README sets 42/43), not coded"),
 # --- UNGDC 1990-2019 random: cue
 21: ([], "Dominican Republic (1999): the sentence starts at '$1 trillion from' (the splitter cut after 'It is "
          "unfair that while there is a daily transfer of over'), so the evaluation lies outside it; 'a tendency "
          "to decrease official development assistance for the least developed countries' runs between uncoded "
          "collectives (donor countries, LDCs), null-null, not coded (borderline a nominal 1621 null -> null)"),
 22: ([], "Timor-Leste (2012): 'we wanted to mobilize public opinion ... and to warn the world that our fundamental "
          "rights were being violated' = a past aim of the resistance and a warning that is a statement (01x, not "
          "a threat); the violation of rights is an agentless passive whose agent the speech never names "
          "(Indonesia appears only as a host of the Bali Democracy Forum) -> not coded (borderline a 1721 "
          "IDN/GOV -> TLS/CVL from outside knowledge)"),
 23: ([("Kiribati condemns", "111", "KIR/GOV", N, False, A, N, False)],
      "Kiribati (2005); 'Kiribati condemns terrorism in all its forms and manifestations' -> 111 with no named "
      "perpetrator -> target null (held-out 53 row 28: 'Saint Lucia condemns terrorism in all its forms' 111 "
      "null); 'we support the global fight against terrorism' = an abstract policy position with no named "
      "counterpart (held-out 84, 87: not coded; borderline 051 with no target)"),
 24: ([("sincerely congratulate", "051", "SLB/GOV", N, False, A, N, False)],
      "Solomon Islands (2008); 'I take this opportunity to sincerely congratulate the Regional Assistance Mission "
      "to Solomon Islands' -> 051 (guideline: congratulate 051); RAMSI has no code and its contributors are not "
      "named in the speech ('all participating Pacific Islands Forum Countries') -> target null (held-out 40, 86: "
      "RAMSI's contributors coded only where named; borderline AUS/GOV, its lead contributor)"),
 25: ([("endorsed", "051", "org:LAS", N, False, A, N, False),
       ("endorsed", "051", "org:OIC", N, False, A, N, False),
       ("endorsed", "051", "org:AU", N, False, A, N, False)],
      "Palestine (2012); 'The components of the solution are also endorsed in resolutions of regional "
      "organizations, beginning with the League of Arab States, the Organization of Islamic Cooperation, the "
      "Non-Aligned Movement and the African Union' = endorsement by the organisations through their resolutions "
      "(README: an inanimate resolution stands for the body that adopted it) -> one 051 per coded organisation, "
      "the Non-Aligned Movement having no code and dropped (set 110); the endorsed 'components of the solution' "
      "(a State on the 1967 borders, the refugee question) are a settlement with no party named in the sentence "
      "-> target null (borderline PSE/GOV, whose positions they are, or one 051 each to PSE/GOV and ISR/GOV under "
      "the rule that support for a process goes to its named parties)"),
 26: ([("terrorist attacks", "180", N, "KEN", False, A, N, True)],
      "Kenya (2004); 'Kenya has been a victim of terrorist attacks in the recent past' (the 1998 and 2002 attacks) "
      "= an agentless terrorist attack -> nominal 180 with no source to the bare country (set 139: the attack on "
      "Kenya a nominal 180 with no source to bare KEN; README sets 54-61: one per victim country)"),
 27: ([("deployment of the Force", "074", "ITA/GOV", "ALB", False, A, N, True),
       ("close coordination", "050", "ITA/GOV", "ALB/GOV", False, A, N, True)],
      "Italy (1997); 'its success' = Operation Alba (preceding sentence), the Multinational Protection Force of 'a "
      "coalition of the countries, led by Italy' -> a coalition whose other members the document never names is "
      "coded to its leader (README sets 46/47: a coalition 'led by the United States' is USA/GOV) -> ITA/GOV "
      "(borderline ITA/MIL); 'the rapid planning and deployment of the Force' -> nominal 074 (one event for "
      "planning and deployment) to bare ALB (README: SFOR or ISAF troops 074 to the country served); 'close "
      "coordination among the participating countries and the host country' -> nominal 050 ITA/GOV -> ALB/GOV "
      "(cooperation nouns naming their parties 050); 'under the constant monitoring of the United Nations' = the "
      "UN's oversight of an operation it authorised, neither an investigation of wrongdoing nor aid to Albania -> "
      "not coded (borderline a nominal 090 org:UN -> ITA/GOV, PETRARCH's dictionary having MONITOR [090], which "
      "the mapping file sends to ACCUSE; or a nominal 070 org:UN -> ALB, as set 122's 'United Nations "
      "monitoring')"),
 28: ([("appealing", "1031", "BRB/GOV", N, False, A, N, False)],
      "Barbados (1997); 'Barbados joins affected countries in appealing for such support' = the speaker's own "
      "appeal (guideline: appeal -> 10x); 'such support' = 'consistent support from the international community' "
      "for economic diversification after the WTO banana ruling (preceding sentence) -> 1031 economic aid, the "
      "international community uncoded -> target null; the 'affected countries' (the Caribbean banana exporters) "
      "are an uncoded collective and dropped (set 117: joining an unattributed call is the speaker's request with "
      "no target; borderline a second 1031 with no source)"),
 29: ([("to respond", "030", N, "SLB/GOV", False, A, N, False),
       ("requests from fellow", "1034", "SLB/GOV", N, False, A, N, True)],
      "Kiribati (2003); 'RAMSI is a clear demonstration of the ability of Pacific Island Forum member countries "
      "to respond swiftly and cooperatively to requests from fellow member countries for support in restoring "
      "law and order' = a realised response that the mission demonstrates (set 133: 'has already demonstrated its "
      "ability to cooperate' an asserted 050) -> responding to a call 030 (README: 'responded to the Call to "
      "Action' 030), the Forum members uncoded (the Pacific Islands Forum has no code; Kiribati's own police "
      "contribution lies in the sentence before) -> source null, the requesting 'fellow member' = Solomon Islands "
      "-> SLB/GOV; the requests -> nominal 1034 (request peacekeeping or protection, RAMSI being a police-led "
      "mission with a military component; borderline 103) SLB/GOV with target null; borderline nothing coded, "
      "as a statement of capacity"),
 30: ([("the negotiations", "046", N, "ISR/GOV", False, A, N, True)],
      "Egypt (1992); 'A basis of credibility has thus been created for the negotiations' = an agentless result "
      "of the Rabin Government's moves (preceding sentence), not an act; 'the negotiations' = the Arab-Israeli "
      "peace negotiations of the Madrid process under way 'bilaterally and multilaterally' (earlier in the "
      "paragraph), an event noun whose parties are plain from the text around it (README sets 48/49) -> nominal "
      "046; the Arab side is several parties, of which only Syria is named later -> no source, to ISR/GOV "
      "(following sets 123 and 137: negotiations with an uncoded or unnamed Arab side have no source and go to "
      "ISR/GOV; borderline SYR/GOV as source, or uncoded as an anaphoric event noun)"),
 31: ([("We stand ready to defend", "032", "LIE/GOV", "org:ICC", False, A, N, False)],
      "Liechtenstein (2014); 'We stand ready to defend the Court and the integrity of the Rome Statute' = "
      "readiness stated as a fact (README: 'stands ready to engage/assist' 03x asserted; 'stand ready to support "
      "... the parties' 032) -> intent to provide diplomatic support 032 to org:ICC; 'we' = the speaker's "
      "Government (borderline the informal network of 26 ministers of the preceding sentence, an uncoded group "
      "the speaker leads); 'political attacks against the ICC are easy to launch' is a generic, figurative "
      "statement with no agent (guideline: figurative uses), not coded"),
 32: ([], "Kenya (2015): 'That calls for building peaceful, inclusive and well-governed societies' = the 2030 "
          "Agenda as an inanimate subject stating an abstract need; no actor, no addressee"),
 33: ([], "Japan (2009): 'I look forward to an East Asian community taking shape as an extension of the "
          "accumulated cooperation built up ... among partners' = a hope for an institution taking shape, not an "
          "act between actors; the past cooperation and 'fields in which we can cooperate' run among partners the "
          "sentence does not name (borderline a nominal 050 JPN/GOV -> null, or a future 030)"),
 34: ([("imposed against Cuba", "163", N, "CUB", False, A, N, False)],
      "Algeria (2011); 'I would recall ... the embargo that has been imposed against Cuba for over half a century' "
      "= 'I would recall' is the speaker's own statement; the embargo = a sanction (README: a US 'blockade' of "
      "Cuba 163) whose imposer the speech never names -> 163 with no source (set 127: an embargo whose imposer "
      "the speech never names a 163 with no source to the bare country; set 122: the embargo a 163 with no source "
      "to CUB), a finite passive, not nominal; borderline USA/GOV from outside knowledge"),
 35: ([], "Jamaica (2017): 'Jamaica agrees that an effective response to that global pandemic is best addressed "
          "through multi-stakeholder partnerships' = agreement with a policy view, no named party (set 118: the "
          "Congo's 'we agree that' with no named party uncoded; borderline 051 with no target)"),
 36: ([("we offer our full support", "032", "GTM/GOV", "org:UN", False, A, N, False)],
      "Guatemala (2000); 'we offer our full support for and active participation in the main events scheduled in "
      "the coming years' = an offer stated as a fact -> asserted intent (README: 'offered to host' 036; "
      "commitments stated as facts asserted 03x), support for conferences -> 032 (README: 'will give our full "
      "support to the world conference' 032 to org:UN); the events named in the following sentence (the "
      "high-level event on financing for development and the World Conference against Racism) are UN events -> "
      "org:UN; 'support for and active participation in' is one offer, coded once (README: an assurance of "
      "'support and cooperation' is one 030; borderline a separate 036 for the participation, or one 030)"),
 37: ([("the invasion", "192", "RUS/GOV", "GEO", False, A, N, True)],
      "Georgia (2008); a fragment cut by the splitter, 'Finally, on the eve of the invasion, my Special' [Envoy "
      "travelled twice ...]: the envoy's trip lies after the cut and is not coded (README: fragments whose verb "
      "lies outside the sentence); 'the invasion' = Russia's August 2008 invasion, an event noun whose agent is "
      "plain from the speech ('invaded by our neighbour', 'the areas that Russia controlled') -> nominal 192 "
      "RUS/GOV -> bare GEO (guideline: invade 192, the country as target; held-out 77 row 6: the same war coded "
      "RUS/GOV -> GEO from context; borderline uncoded as an anaphoric event noun, guideline's first rule)"),
 38: ([("determined than ever to support this Organization", "032", "SAU/GOV", "org:UN", False, A, N, False)],
      "Saudi Arabia (2000); the sentence starts at 'Nations in dealing with' (the splitter cut after 'Our firm "
      "belief in the important role of the United'); 'makes us more determined than ever to support this "
      "Organization and help consolidate its constructive role' = a commitment stated as a fact -> asserted 03x "
      "(README: 'remain committed to supporting' asserted 03x; set 137: a pledge 'to continue its strong support' "
      "032 to org:UN) -> 032 to org:UN, 'help consolidate' part of the same support; the UN's 'facilitating "
      "appropriate international cooperation' is its general role, not coded"),
 39: ([("working to implement", "061", "TKM/GOV", "AFG/GOV", False, A, N, False),
       ("working to implement", "061", "TKM/GOV", "PAK/GOV", False, A, N, False),
       ("working to implement", "061", "TKM/GOV", "IND/GOV", False, A, N, False),
       ("support of international partners", "070", N, "TKM/GOV", False, A, N, True)],
      "Turkmenistan (2018); 'My country is working to implement the Turkmenistan-Afghanistan-Pakistan-India "
      "pipeline project' = a joint energy project named by its parties -> economic cooperation 061 (README: "
      "cooperation named by its parties), one per partner government (guideline: compound split; borderline 050); "
      "'building a power supply line and a fibre-optic communications network' = further infrastructure projects "
      "with Afghanistan (preceding sentence), the same cooperation, not coded separately; 'with the support of "
      "international partners and major financial institutions' = support from unnamed providers -> nominal 070 "
      "with no source to TKM/GOV (README: 'we had a lot of help' 070 with no source; borderline 071)"),
 40: ([("negotiating process", "046", "MDA/GOV", "MDA/REB", False, A, N, True),
       ("cooperation of the OSCE", "045", "org:OSCE", "MDA/GOV", False, A, N, True),
       ("cooperation of the OSCE", "045", "org:OSCE", "MDA/REB", False, A, N, True),
       ("as mediators", "045", "RUS/GOV", "MDA/GOV", False, A, N, True),
       ("as mediators", "045", "RUS/GOV", "MDA/REB", False, A, N, True),
       ("as mediators", "045", "UKR/GOV", "MDA/GOV", False, A, N, True),
       ("as mediators", "045", "UKR/GOV", "MDA/REB", False, A, N, True)],
      "Moldova (1998); 'we are still facing difficulties in the negotiating process that took place with the "
      "cooperation of the OSCE and representatives of the Russian Federation and of Ukraine as mediators' = the "
      "Transnistrian settlement talks, the other party being the 'separatist leaders' of the following sentence "
      "(set 110: Transnistrian leaders MDA/REB) -> nominal 046 from the document's own government; the OSCE, "
      "Russia and Ukraine were the three mediators of the five-sided format, 'as mediators' bearing on all three "
      "-> a nominal 045 per mediator and party (set 128: Moldova's 'Russia and Ukraine as mediators' a nominal 045 "
      "per mediator and party; borderline a nominal 050 for the OSCE, as set 128's 'in collaboration with ... "
      "OSCE'); the 'difficulties' are no act"),
 41: ([("welcome South Africa", "051", "BRN/GOV", "ZAF/GOV", False, A, N, False)],
      "Brunei Darussalam (1994); 'It gives me great pleasure to welcome South Africa back to the General "
      "Assembly' = a performative welcome (set 137: a fragment 'to welcome the' new Member a 051 to it) -> 051 to "
      "ZAF/GOV; South Africa's return to the Assembly is a membership matter, not coded"),
 42: ([("have served", "074", "ESP/MIL", N, False, A, N, False),
       ("support of many of the peoples", "051", N, "ESP/MIL", False, A, N, True)],
      "Spain (2018); 'more than 160,000 Spanish troops have served in United Nations peacekeeping operations' -> "
      "074 (guideline: peacekeeping), the armed forces named -> ESP/MIL (guideline: 'Russian troops' MIL), the "
      "host countries not named -> target null (set 138: 'contributed a small number of officers' to UN efforts "
      "074 with no target; borderline org:UN); 'enjoying the confidence and support of many of the peoples they "
      "serve' = support from uncoded peoples -> nominal 051 with no source to the troops (README: praise from "
      "uncoded collectives 051 with no source; borderline uncoded as a sentiment, as set 120's 'esteem of the "
      "international community'); 'demonstrating loyalty and commitment' is a description"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "South Sudan (2013): Jonglei state 'has been of particular concern to us as a Government as well as to "
          "the international community' = expressed concern (01x), no act"),
 44: ([], "Malaysia (1992): 'The general membership ... surely has the right to expect transparency and "
          "accountability in the work and actions of the Council' = a Security Council reform position (README "
          "sets 54-61: uncoded; borderline a 1044 with no source to org:UNSC)"),
 45: ([], "Cabo Verde (2019): 'We are implementing strategies to diversify sources of water for agriculture' = "
          "domestic policy, no act between actors"),
 46: ([], "Lesotho (2017): 'We continue to believe that a two-State solution ... is the most viable proposal' = a "
          "belief about a settlement, an abstract policy position (guideline), not coded (borderline 051 to "
          "ISR/GOV and PSE/GOV)"),
 47: ([("meetings with senior Korean officials", "040", "SGP/GOV", "KOR/GOV", False, A, N, False)],
      "Singapore (2010); 'the 3G Group had several meetings with senior Korean officials, including their G-20 "
      "\"Sherpa\"' before the Seoul Summit -> 040 (guideline: meet 040); the Global Governance Group has no code and "
      "the speech names no member but the speaker ('we invite', 'our meetings') -> coded for the speaker's "
      "Government (README: a group without a code is each member the document names; borderline source null); "
      "Korea as the G-20's host and Chair -> KOR/GOV (borderline org:G20); 'to convey some of our views and "
      "concerns' is a statement (01x), not coded; Seoul is a place"),
 48: ([], "Netherlands (2000): 'the role of each actor needs to be different' = an abstract norm, no act"),
 49: ([], "Denmark (1993): 'the Secretary-General has carried out a number of changes in the Secretariat' = the "
          "Organization's internal administrative reform, no act between actors (borderline a 0831-type "
          "restructuring, which CAMEO does not code)"),
 50: ([("has in fact already commenced", "0874", "org:UN", "HTI", False, A, N, False)],
      "Haiti (2014); 'That process' = 'a gradual and orderly withdrawal of United Nations troops from Haitian "
      "soil' (preceding sentence), 'has in fact already commenced' = a realised withdrawal whose agent is plain "
      "from the text around it (README sets 48/49) -> 0874 (set 131: MINUSTAH's 'withdrawal of troops ... must be "
      "made' a nominal 0874 org:UN -> bare HTI), asserted, the verb not nominal; the strengthening of the "
      "National Police is domestic, and 'will allow it to take over from the forces of MINUSTAH' a predicted "
      "handover, not coded (borderline a future 0874 org:UN -> HTI, the same withdrawal)"),
 51: ([], "Lesotho (2015): 'the adoption of an ambitious sustainable development agenda' = the Assembly's adoption "
          "of resolution 70/1 by all states ('we adopted', following sentence: 'we' meaning all states), an "
          "agentless milestone with no counterpart (borderline a nominal 057 org:UNGA with no target)"),
 52: ([], "Nauru (2008): 'Our imported rice costs us $1,340 a ton' = a price, no act"),
 53: ([], "Denmark (2012): components of the rights-based approach = an abstract description, no act"),
 54: ([], "Sierra Leone (2011): 'There is an increasing need for the Security Council to be more representative' = "
          "a Security Council reform position (README sets 54-61: uncoded), even when voiced as Chair of the AU "
          "Committee of Ten"),
 55: ([], "Lithuania (1997): 'Nations around the world are being challenged by certain phenomena ... which can be "
          "tackled only by joint action' = figurative challenges, no actor"),
 56: ([], "Kyrgyzstan (1998): 'The Secretary-General's \"quiet revolution\" of institutional reforms ... has given new "
          "strength to the United Nations mechanism' = an evaluation of UN reform (README sets 54-61: reform "
          "positions uncoded; set 120: evaluations of developments), no act between actors"),
}
