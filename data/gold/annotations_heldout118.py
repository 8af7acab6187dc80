"""Hand annotations for the HUNDRED-AND-EIGHTEENTH held-out event gold set (source of events-heldout118.jsonl).

Keyed by the row index of selection-heldout118.jsonl (output of select_bulk_heldout.py 118; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout118.jsonl \
        --annotations annotations_heldout118 --output events-heldout118.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("agreed upon", "057", "ARM/GOV", "AZE/GOV", False, A, N, False)],
     "Armenia (2016); 'what was particularly emphasized and agreed upon at those meetings' = the Vienna (May) and St. "
     "Petersburg (June) summits on Nagorno Karabakh of the sentence before, between the Presidents of Armenia and "
     "Azerbaijan (Azerbaijan named in the text before as the author of the April aggression) -> agreements concluded "
     "057 (guideline), symmetric, coded once from the document's own government to AZE/GOV (borderline further 057s to "
     "the co-Chair states RUS/GOV, USA/GOV, FRA/GOV, who took part; borderline 030 for commitments rather than a "
     "signed agreement); 'particularly emphasized' is a statement (01x); 'It is imperative to implement' = an "
     "agentless deontic of compliance (guideline: 'comply with obligations' not coded); its contents (adherence to the "
     "ceasefire agreements, an investigation mechanism, a larger OSCE monitoring capacity) are Y of the agreement, not "
     "coded separately (borderline a demanded 0871 AZE/GOV -> ARM/GOV); 'the 1994 and 1995 trilateral ceasefire "
     "agreements' name no parties in the sentence, not coded (borderline a nominal 0871)"),
 1: ([("cyber attacks", "170", N, "EST", False, A, N, True)],
     "Estonia (2012); 'Despite having experienced extensive cyber attacks during the so-called Web War One, five years "
     "ago' = the 2007 cyber attacks on Estonia -> cyber attacks 170 (README: cyber attacks are 170), nominal, the "
     "attackers never named in the speech -> source null (as agentless terrorist attacks: 180 with no source per "
     "victim country), the victim the country as a whole (state, banks, media) -> bare EST (borderline EST/GOV; "
     "borderline not coded as an event noun without an agent, guideline's first rule); 'does not support more rigid "
     "regulation and censorship in cyberspace' = an abstract policy position with no actor or target (guideline), not "
     "a negated 051"),
 2: ([("discussed", "040", "FIN/GOV", N, False, A, N, False)],
     "Finland (2011); 'We have not only discussed setting the goals but also how to reach them' = 'we' the High-level "
     "Panel on Global Sustainability that President Halonen co-chairs with President Zuma (text before) -> the "
     "speaker's participation in the Panel's discussions -> 040 (guideline: discuss 040) from FIN/GOV, its other "
     "members serving in a personal capacity -> target null (set 112: Peru's 'took part in the early stages of the "
     "process' 040 with no target; borderline ZAF/GOV for the co-chair, or org:UN as the Secretary-General's Panel, or "
     "not coded as internal deliberation); 'not only ... but also' is not negation"),
 3: ([], "China (2010): 'China's development will not harm anyone or pose a threat to anyone' = a general reassurance with "
         "no target (README: 'has never posed a threat' is not coded); 'harm' names no CAMEO act (borderline a negated "
         "future 130 with no target)"),
 4: ([("to demand that Russia withdraw", "1056", "EST/GOV", "RUS/GOV", False, D, N, False)],
     "Estonia (1992); 'Estonia has not only the right ... but also the moral obligation to demand that Russia withdraw "
     "its military forces and refrain from interfering in Estonia's internal affairs' = the speaker's duty to make a "
     "request (README: 'the Security Council has a special responsibility to call for' is a demanded request of the "
     "Council) -> demanded, Y = withdrawal of the former Soviet troops -> de-escalation 1056 (guideline; a request "
     "with several demands takes the most specific sub-code, so the non-interference demand is not a second event), "
     "RUS/GOV (borderline asserted, the speech itself making the demand; borderline RUS/MIL); Y is not coded "
     "separately (guideline); 'a victim of the Soviet Union's imperialist policies for more than 50 years' = an "
     "evaluative description with no behaviour verb (guideline), not coded (borderline a nominal 192 SUN/GOV -> EST "
     "for the 1940-1991 occupation)"),
 5: ([], "Liechtenstein (2019): 'Those discussions will not be easy' = the political discussions on a post-conflict Syria "
         "(sentence before), an agentless event noun with no named parties (guideline), and a prediction of difficulty, "
         "not a negated event"),
 6: ([("We call on", "102", "IRQ/GOV", N, False, A, N, False)],
     "Iraq (2010); 'We call on all States that have not yet done so to accede to the Treaty on the Non-Proliferation of "
     "Nuclear Weapons (NPT) and comply with its provisions' = a request (guideline: call on -> 10x) to join a treaty "
     "-> 102, addressed to an uncoded class that names no member -> target null (set 117: 'We call on all countries "
     "that have not yet done so to join the Rome Statute' a 102 with no target, its negated accession uncoded; "
     "borderline ISR/GOV, the Middle East's non-party implied by the preceding call for a nuclear-weapon-free zone but "
     "never named); compliance is part of Y, not coded"),
 7: ([("the criticism", "111", N, "org:UN", False, A, N, True)],
     "Egypt (2005); 'The United Nations will not be able to carry out all those ... tasks unless we embark upon "
     "effective institutional reform' = a UN reform position (README: UN reform positions uncoded), the 'will not be "
     "able' a conditional about the Organization's capacity, not a negated event; 'the causes of the criticism it has "
     "been facing' = criticism of the United Nations by unnamed critics -> nominal 111 with no source to org:UN (set "
     "115: 'has often drawn a great deal of criticism to the United Nations' a nominal 111 with no source to org:UN; "
     "borderline not coded, being embedded in a reform position)"),
 # --- UNGDC 1990-2019 random: future
 8: ([("assistance", "070", "IND/GOV", "AFG", False, F, N, True)],
     "India (2004); 'India's assistance to Afghanistan's reconstruction and development will continue' = an aid noun "
     "with its agent -> nominal 070 (README: 'we will continue support' 070 future, a future material act keeps its "
     "code), future; the beneficiary Afghanistan's reconstruction -> bare AFG, the country as a whole (borderline "
     "AFG/GOV; borderline 071 economic aid)"),
 9: ([("pressures", "170", "USA/GOV", N, False, A, N, True),
      ("attempted to", "100", "USA/GOV", "org:UNGA", False, A, N, False)],
     "Cuba (2005); 'The scandalous pressures and blackmail brought to bear on Member States, after the United States "
     "Ambassador brandished the stick and attempted to impose 750 amendments on the outcome document' = the 2005 "
     "World Summit negotiations; the pressures and blackmail = coercion 170 (README: a 'pressure campaign' a nominal "
     "170), nominal, their agent plain from the same sentence (the US Ambassador -> USA/GOV), 'blackmail' the same "
     "act and pair, coded once, on Member States, an uncoded collective -> target null; 'brandished the stick' is the "
     "metaphor for that same coercion, not a second event (borderline a separate 130 threat); 'attempted to impose 750 "
     "amendments on the outcome document' = the attempted act is asserted, pressing the Assembly to adopt changes to "
     "its document -> generic request 100 to org:UNGA (borderline 1042, or target null, or not coded as the means of "
     "the pressure); 'genocidal wars, blockades or injustice' are agentless nouns in a vision of a new world, not "
     "coded (borderline a nominal 191 USA/GOV -> CUB for the blockade)"),
 10: ([], "Slovenia (2007): 'We will continue to support the policy of global abolition of the death penalty' = an "
          "abstract policy position with no target (guideline; borderline 051 future with no target)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Venezuela (2005): 'These problems should have become the focal points of the entire document that was "
          "approved in a strange consensus' = a counterfactual about a document's content; the approval of the World "
          "Summit Outcome is an agentless adoption by the whole Assembly with no counterpart (borderline 057 org:UNGA "
          "with no target); 'I do not hesitate' is the speaker's speech act"),
 12: ([], "Hungary (2017): 'the rights of people should be restored when they have been violated' = an abstract norm, "
          "no actor"),
 13: ([], "Dominican Republic (2017): 'a commitment between our peoples that must be constantly renewed and that we must "
          "keep working for' = 'our peoples' and 'we' meaning all Member States (README: 'we' meaning all states not "
          "coded), an abstract commitment"),
 14: ([], "Bulgaria (1999): 'Now that the war is over' = the Kosovo war of the sentence before, an event noun with no "
          "agent in the sentence (guideline); 'there are two things we must do: ... repair the damage and alleviate the "
          "trauma ... and build an infrastructure of security and prosperity' = 'we' the region and the international "
          "community (uncoded), reconstruction aid with no named recipient, not coded (borderline a demanded 070 with no "
          "source to YUG)"),
 15: ([], "Switzerland (2010): 'Each Member State must commit itself clearly within the Organization to respond to the "
          "urgent questions' = a deontic for all states (README: 'we' meaning all states not coded), no specific act "
          "(borderline a demanded 030 with no source to org:UN)"),
 16: ([], "Malawi (2014): 'the global community should not repeat that mistake' = 'that mistake' the unpredictable and "
          "unfulfilled commitments of development partners (sentence before); a deontic whose source is an uncoded "
          "collective and whose beneficiaries are unnamed developing countries, the act itself lying outside the "
          "sentence, null-null, not coded (borderline a negated, demanded 0331 null -> null)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("to host", "043", "TUN/GOV", "org:UN", False, A, N, False)],
      "Tunisia (2006); 'it' = Tunisia (sentence before); 'In November 2005 it was honoured to host the second phase of "
      "this summit' = the World Summit on the Information Society, held 'under the auspices of the United Nations' "
      "(sentence before) -> host/convene 043 (guideline), realised -> asserted, the summit being the United Nations' "
      "-> org:UN (README: hosting a session of a UN regional commission is to org:UN; borderline target null, as "
      "conferences of States parties hosted with no target); 'by adopting the Tunis Agenda and the Tunis Commitment' = "
      "the summit's participants (uncoded) adopting documents, not coded (borderline a 057 with no source and no "
      "target)"),
 18: ([], "Congo (2011): 'we agree that the restoration of peace and security remains a high priority' = agreement with "
          "an opinion of no named party on Libya (README: 'I agree with Merkel that ...' is 051 only because it names "
          "Merkel), an evaluation, not coded (borderline 051 with no target)"),
 19: ([], "Nigeria (2014): 'We are meeting at a time when ...' = the Assembly's session, 'we' all Member States "
          "(README: not coded); 'the world looks with expectation' is a sentiment"),
 20: ([("support Somalia", "070", N, "SOM/GOV", False, D, N, False)],
      "Ethiopia (2014); 'We need to continue to support Somalia in its efforts to rebuild itself and make a successful "
      "transition by 2016' = a deontic with no request verb -> the support is coded, demanded (guideline); 'we' the "
      "partners of Somalia in general (README: 'it is essential that we continue to support', member states in "
      "general, has source null; borderline ETH/GOV, the speaker's own government being a major contributor), support "
      "for reconstruction and the 2016 transition -> aid 070 (borderline 051 or 074 for AMISOM) to the Federal "
      "Government conducting the transition -> SOM/GOV (borderline bare SOM)"),
 21: ([], "DR Congo (2011): 'the more active cooperation that we would like to see between the African Union and the "
          "United Nations in the area of conflict management' = an optative hope about other actors' cooperation "
          "(README: hopes about other actors' acts not coded; borderline a demanded 050 org:AU -> org:UN, as the "
          "Cuba-US 'It is important ... that those relations be translated into other areas of cooperation' of set "
          "111); 'I would not continue my remarks without mentioning' is a speech act"),
 22: ([("Tonga condemns", "111", "TON/GOV", N, False, A, N, False),
       ("these acts of terror", "180", N, "USA", False, A, N, True)],
      "Tonga (2001); 'Tonga condemns in the strongest possible terms these acts of terror' = 111 (guideline), the "
      "perpetrators unnamed -> target null (README: condemning attacks by unnamed perpetrators is the speaker's 111 "
      "with no target); 'these acts of terror' = the attacks of 11 September of the sentence before -> nominal 180 with "
      "no source, the victim the United States from the sentence before -> bare USA (set 115: the 11 September "
      "attacks with no victim in the sentence a nominal 180 with no source to USA; set 116: the anaphoric 'The attack "
      "perpetrated' likewise; borderline not coded as an event noun without an agent)"),
 23: ([], "Uzbekistan (2007): 'It is underscored in United Nations Conventions that the watercourse States shall "
          "cooperate' = a norm quoted from treaties, for an uncoded class of states, no act"),
 24: ([("deeply deplores", "110", "SUR/GOV", N, False, A, N, False)],
      "Suriname (1998); 'My Government deeply deplores the fact that the process for durable peace ... in the Middle "
      "East has again been stalled' -> disapproval 110 (README: 'it should be deplored that' is the speaker's 110; "
      "borderline 111), the stalling agentless and no party blamed in the sentence -> target null (borderline ISR/GOV, "
      "the 1998 impasse being commonly laid at Israel's door but not named); the Palestinians' suffering and the "
      "Israelis' uncertainty are states, not acts"),
 25: ([("supports their premises", "051", "THA/GOV", "org:UN", False, A, N, False)],
      "Thailand (1994); 'My country shares these perceptions and supports their premises as envisioned by the "
      "Secretary-General' = the Secretary-General's five dimensions of development (An Agenda for Development, "
      "sentence before) -> verbal support 051 (README: supporting a UN plan or the Secretary-General is 051 to "
      "org:UN; borderline not coded as an abstract policy position); 'shares these perceptions' is an attitude, "
      "coded once with the support"),
 26: ([], "Lesotho (2005): 'Lesotho supports the proposed establishment of a Peacebuilding Commission' = a UN reform "
          "position (README: UN reform positions uncoded; support for UN reform not coded; borderline 051 to org:UN as "
          "support for the Secretary-General's proposal)"),
 27: ([("part in United Nations projects", "061", "MDA/GOV", "org:UN", False, A, N, False),
       ("the assistance and support", "070", "org:UN", "MDA/GOV", False, A, N, True)],
      "Moldova (1998); 'the Republic of Moldova has taken part in United Nations projects in the economic and social "
      "sphere' -> economic cooperation 061 to org:UN (borderline 050; set 112: 'took part in the early stages of the "
      "process' 040); 'Like other Member States' names an uncoded class, dropped; 'is benefiting from the assistance "
      "and support of the United Nations to promote economic reform' -> an aid noun with its agent, nominal 070 org:UN "
      "-> MDA/GOV (README: one aid noun covering several kinds is one 070; 'with the support of our United Nations "
      "partners' a nominal 070 from org:UN; borderline 071 economic aid)"),
 28: ([("We thank", "051", "DDR/GOV", N, False, A, N, False),
       ("have supported", "051", N, "DEU/CVL", False, A, N, False)],
      "German Democratic Republic (1990, days before unification on 3 October; README: a state that later dissolved "
      "takes its code of the speech's date -> DDR/GOV); 'We thank all those who have supported the legitimate rights "
      "of the German people' -> thanks 051 (guideline) to an uncoded 'all those' -> target null; the support thanked "
      "for -> political support of the right to self-determination and unity, 051 (borderline 070), from the same "
      "uncoded supporters -> source null (README: praise from uncoded collectives a 051 with no source; thanks for the "
      "support gives the support its agent from the thanks), to the German people as a whole -> DEU/CVL (borderline "
      "DDR/CVL); 'placed their trust in us' is a sentiment, not coded"),
 29: ([], "Dominica (2006): 'The World Summit last year started us on the path of re-engineering the United Nations' = UN "
          "reform (README: not coded), the summit an agentless meeting noun"),
 30: ([("Burkina Faso also welcomes", "051", "BFA/GOV", N, False, A, N, False)],
      "Burkina Faso (2005); 'welcomes the G-8's recent decision to cancel the multilateral debts of a number of "
      "developing countries' -> 051 (guideline), the G-8 a group without a code whose members the document names "
      "only as authors of other initiatives (Chirac, Blair, Bush in the sentence before) -> target null (README: "
      "welcoming a decision of an uncoded body is 051 with no target; borderline one 051 each to FRA/GOV, GBR/GOV and "
      "USA/GOV under the rule that a group without a code is each member the document names); the decision to cancel "
      "debts (README: debt undertaken to be written off 0331) runs from the uncoded G-8 to an unnamed class of "
      "countries, null-null, not coded (borderline a nominal 0331 null -> BFA/GOV, Burkina Faso being one of the "
      "beneficiaries, which the sentence does not say)"),
 31: ([], "Tunisia (2017): 'We are confronted with many serious challenges and issues, such as ... combating terrorism "
          "... reforming the United Nations' = a list of agenda items, no act between actors"),
 32: ([("support", "070", N, "YEM/GOV", False, D, N, True)],
      "Yemen (2006); 'It is an ambitious plan that we believe requires international support' = the Government's second "
      "five-year plan for poverty alleviation (sentence before); a statement of need -> demanded aid with no source to "
      "the speaker's government (README: 'we require support from the international community' demanded aid with no "
      "source; 'Countries such as mine require assistance' a demanded 070 with no source), nominal 070 (borderline 071 "
      "economic aid)"),
 33: ([], "Seychelles (2017): 'That calls for good governance, transparency and accountability' = 'calls for' meaning "
          "requires, no actor, no request"),
 34: ([("put forth its candidature", "102", "VNM/GOV", "org:UNGA", False, A, N, False)],
      "Viet Nam (2012); 'Viet Nam has put forth its candidature for membership in the Human Rights Council for the term "
      "2014-2016' = a bid for election by the General Assembly -> a request for the members' votes, 102 (README: a bid "
      "for UN membership is a nominal 102 to org:UN; Kazakhstan's 'we request support for the draft resolutions' 102) "
      "to org:UNGA, which elects the Council's members (borderline not coded as a membership position, or org:UN); "
      "'and we look forward to the Assembly's support' = an optative hope about others' support (README: 'look "
      "forward to the support of' not coded), the same bid, not a second event"),
 35: ([("quickly ratified", "057", "ALB/GOV", N, False, A, N, False)],
      "Albania (2016); 'Albania was among those countries that quickly ratified the Paris Agreement' -> ratifying a "
      "multilateral treaty 057 with no target (README: joining the NPT 057 with no target; signing a ratification "
      "instrument 057 with no target; borderline 030); the other ratifiers are an uncoded class; contributing to the "
      "entry into force is the purpose"),
 36: ([("support for", "051", N, "SUN/OPP", False, A, N, True)],
      "Romania (1991); 'its failure' = the failure of the August 1991 coup in the USSR (sentence before; README: coups "
      "are not coded); 'the determined and explicit international solidarity with, and support for, the democratic "
      "forces in the USSR' = political support by the uncoded international community -> nominal 051 with no source "
      "(README: praise from uncoded collectives a 051 with no source; borderline 070), solidarity and support one act "
      "coded once; the democratic forces that resisted the coup (the reform movement around Yeltsin) -> SUN/OPP, the "
      "state of the speech's date being the USSR (README: SUN; borderline SUN/CVL, or SUN/GOV for the RSFSR "
      "leadership as a sub-national government)"),
 37: ([("agreed upon", "057", "AUT/GOV", "ITA/GOV", False, A, N, False),
       ("still await implementation", "0833", "ITA/GOV", "ITA/CVL", True, A, N, False),
       ("agreed solutions remain to be found", "057", "AUT/GOV", "ITA/GOV", True, A, N, False)],
      "Austria (1991); 'The two countries' = Austria and Italy (sentence before) -> 'agreed upon 137 measures to be "
      "taken in favour of the minority' (the 1969 South Tyrol Package) -> agreements concluded 057, symmetric, from "
      "the document's own government (guideline); 'of which three essential measures still await implementation' = "
      "Italy, which was to take the measures, has yet to carry them out (guideline: 'has yet to fulfill' negated; "
      "README: unfulfilled pledges whose content is named take the content's code, negated) -> minority rights for the "
      "German-speaking South Tyroleans -> negated 0833 ITA/GOV -> ITA/CVL (borderline 0834 for autonomy institutions, "
      "or not coded as an agentless passive); 'agreed solutions remain to be found to several basic claims' = the two "
      "countries have not yet agreed -> negated 057 AUT/GOV -> ITA/GOV (README: leaders who have failed to agree a "
      "negated 057; borderline not coded); the claims' authors are not named; 'the 1946 Agreement' is the same pair's "
      "earlier treaty, not coded again (guideline: one event per actor pair; borderline a nominal 057)"),
 38: ([], "Jordan (2010): 'All of us need to support swift action, hard choices and real results' = 'all of us' meaning all "
          "states and the parties to the peace process, with no named act (README: 'we' meaning all states not coded)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Burundi (2005): the sentence starts at 'Government is committed' (the splitter cut after 'our'); a commitment "
          "to domestic good-governance measures, no act between actors"),
 40: ([("the terror", "202", "RWA/GOV", "RWA/CVL", False, A, N, True)],
      "Rwanda (2001); 'Rwanda and its people lived under the terror of a murderous, terrorist and genocidal State for "
      "three months' = the 1994 genocide by the State of the time (sentence before: 'a State that ... fight the very "
      "people whose protection was its most fundamental duty') -> the agent named in the sentence, the government of "
      "its time (README: a former ruling class is the government of its time; the Khmer Rouge genocide a nominal 202 "
      "from KHM/GOV of the time) -> RWA/GOV; the terror of three months = the genocide -> mass killing 202, nominal "
      "(borderline 175 repression or 180), to the people -> RWA/CVL, one event for 'Rwanda and its people' "
      "(borderline a second event to bare RWA)"),
 41: ([], "Benin (2010): 'A microcredit programme for the poorest women was also launched' = a domestic programme, "
          "agentless, no act between actors; the page header inside the sentence is not text"),
 42: ([], "Liechtenstein (2010): 'We therefore have to invest in the United Nations to make the improvements that are "
          "required' = 'we' meaning all states and a UN reform position (README: both not coded)"),
 43: ([], "El Salvador (1996): 'We have said that there has been a sea change in the international system' = the "
          "speaker's own statement and an evaluation, no act"),
 44: ([], "South Sudan (2011): 'the Republic of South Sudan fully adheres to the principle of absolute respect for the "
          "sovereignty and territorial integrity of all States, including the Republic of the Sudan' = adherence to "
          "an abstract principle, a statement (01x), no act (borderline an asserted 037 or 030 SSD/GOV -> SDN/GOV as an "
          "assurance of non-interference)"),
 45: ([], "Mali (2009): 'Mali remains firmly devoted to the ideals of peace and stability' = an attitude, no act"),
 46: ([], "Uganda (2016): 'These markets are taking us in the right direction' = an evaluation of regional markets, no "
          "act"),
 47: ([("staff-monitored programme", "061", "org:IMF", "SOM/GOV", False, A, N, True),
       ("normalizing relations", "050", "SOM/GOV", "org:IMF", False, A, N, False)],
      "Somalia (2018); 'Through the International Monetary Fund's staff-monitored programme' = the IMF's monitoring of "
      "the Government's economic programme, a cooperation noun naming its agent -> nominal 061 org:IMF -> SOM/GOV "
      "(borderline 070 technical support, or not coded as a programme name); 'we have raised domestic revenue' is "
      "domestic; 'we are in the process of normalizing relations with international financial institutions' -> a "
      "normalization under way, asserted 050 (README: a realised normalization naming its parties a nominal 050), the "
      "institutions a group without a code whose only member the document names is the IMF -> org:IMF (borderline "
      "org:WB too, or target null); 'through continuing dialogue and meaningful engagement' is the means of the same "
      "normalization, not a separate 040"),
 48: ([], "Cote d'Ivoire (2015): 'The demobilization, disarmament and reintegration process has been successfully "
          "completed' = an agentless domestic process, the ex-combatants of several armed groups unnamed (borderline a "
          "nominal 0873 from CIV/REB)"),
 49: ([], "Cambodia (2007): 'This is a very positive step for peace' = an evaluation of the six-party agreement of the "
          "sentence before, the welcome lying outside the sentence"),
 50: ([], "Slovenia (2008): 'United Nations action in the field of human rights offers an excellent example' = an "
          "evaluation, no specific act"),
 51: ([], "Algeria (2016): 'Redoubling efforts to bring about peace in Syria, Iraq, Libya, Yemen, ... and to peacefully "
          "settle the situation in the Democratic Republic of the Congo and Burundi is a moral and political obligation "
          "for the international community' = a deontic whose source is an uncoded collective and whose Y, efforts to "
          "bring about peace, is no specific codable behaviour (guideline: if Y is not a codable behaviour nothing is "
          "coded; borderline a demanded 045 with no source per country named, ten events)"),
 52: ([], "Mongolia (2012): mothers suffering for a lack of human rights or economic opportunity = a description, no "
          "actor"),
}
