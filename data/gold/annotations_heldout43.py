"""Hand annotations for the FORTY-THIRD held-out event gold set (source of events-heldout43.jsonl).

Keyed by the row index of selection-heldout43.jsonl (output of select_bulk_heldout.py 43; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout43.jsonl \
        --annotations annotations_heldout43 --output events-heldout43.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Cyprus (1990): 'No obstacles will derail us from our goal of a united ... Cyprus' = a statement of resolve "
         "with no named counterpart, 'derail' figurative; 'will not be regarded as a luxury' negates no event; the "
         "proposals for demilitarisation lie in the preceding sentence, not this one"),
 1: ([], "Mauritius (2011): 'The States involved in the dispute may refuse to negotiate in good faith and seek to "
         "ensure that no international tribunal can determine the law' = a general statement about what 'a State may "
         "face' (preceding sentence), its States unnamed, null-null (borderline 125 hypothetical GBR/GOV -> MUS/GOV, "
         "as the United Kingdom's amended ICJ declaration over the Chagos dispute is the preceding example); the UK's "
         "amending its declaration lies in the preceding text, not this one"),
 2: ([], "Cuba (1998): 'That was a conscious and considered decision' = the Commission on Human Rights' decision to "
         "end the procedure on Cuba, which lies in the preceding sentence; 'the growing rejection of a politicized "
         "resolution' = a rejection noun with no agent in the sentence (guideline: event nouns without an agent are "
         "not coded; borderline nominal 120 org:UN -> USA/GOV, the resolution's sponsor); 'should never have existed' "
         "is an evaluation"),
 3: ([("require assistance", "070", N, "BRB/GOV", False, D, N, False)],
     "Barbados (2017); 'Countries such as mine require assistance in building economic resilience' = a need for "
     "external assistance, coded like 'we will need the assistance of the international community' (held-out 39 "
     "row 17: demanded 070, null source, the speaker's government; held-out 22 row 60), the provider implied by the "
     "preceding call to the international community (uncoded -> null); 'countries such as mine' = a class naming the "
     "speaker's own country -> BRB/GOV (held-out 26/27: a collective naming one member is coded for that member); "
     "generic aid 070 (borderline 071; borderline not coded as a need statement with no named provider, held-out 41 "
     "row 52); 'we do not need challenges such as ... de-risking, blacklisting and indebtedness' = agentless nouns "
     "(the blacklisting authorities are not named), no negated event"),
 4: ([], "Dominica (2000): 'we do not intend to surrender our sovereign right to act in the best economic interests of "
         "our citizens, nor will we be deterred ... by threats of any kind from any quarter' = a statement of resolve "
         "(held-out 9: 'will not be subjected to a Russian occupation' is resolve, not a negation), the surrender of a "
         "right figurative, and the counterpart (the Financial Action Task Force of the preceding sentence) has no "
         "code; the threats come 'from any quarter', unnamed and generic (borderline negated future 080 DMA/GOV -> "
         "null)"),
 5: ([], "Italy for the European Community presidency (1990): 'We do not wish to abandon the poorest nations that are "
         "prepared to pay the heavy price of the sanctions' = a negated wish, an attitude, toward an uncoded "
         "collective of countries hurt by the Iraq embargo -> null target (borderline 033 org:EU -> null, as an intent "
         "to aid by litotes); the Community's offered contribution and the Foreign Ministers' willingness to support "
         "Jordan, Turkey and Egypt lie in the preceding sentences, not this one; 'the sanctions' is an agentless noun"),
 6: ([], "Israel (1999): 'there is no competition ... between the different negotiating tracks' = a relation between "
         "negotiating tracks, no act; the tracks name no parties in the sentence; Syria lies in the following text"),
 7: ([], "Niger (1997): 'it [the special session of the General Assembly on Rio+5] failed to create new levels of "
         "international cooperation or to establish a basis for legally binding codes of conduct' = an evaluation of "
         "a meeting's outcome, cooperation among all states with no named counterpart (held-out 41 row 38: 'has not "
         "yet been able to meet all the challenges' negates no event; borderline negated 050 org:UNGA -> null)"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("We welcome", "051", "NZL/GOV", "RUS/GOV", False, A, N, False),
      ("We welcome", "051", "NZL/GOV", "USA/GOV", False, A, N, False),
      ("agreement between Russia and the United States", "057", "RUS/GOV", "USA/GOV", False, A, N, True)],
     "New Zealand (2002); welcoming 'the Treaty of Moscow and the agreement between Russia and the United States to "
     "cut the number of strategic nuclear weapons' = praise of a development, 051 to each named party (held-out 8, "
     "30/31; held-out 41 row 30), the development coded too: the Treaty of Moscow (SORT, May 2002) is the agreement "
     "itself, an agreement named by its parties -> one nominal 057 (held-out 36/37), symmetric, from the first-named "
     "-> RUS/GOV -> USA/GOV; Moscow is part of the treaty's name, not a metonym; the cut is the agreement's content, "
     "not coded separately (borderline 087 future)"),
 9: ([("recognition between Belgrade and Zagreb", "054", "YUG/GOV", "HRV/GOV", False, A, N, True),
      ("establishment of relations", "050", "YUG/GOV", "MKD/GOV", False, A, N, True)],
     "Honduras (1996); 'These' = the Dayton and Paris agreements (preceding sentence), inanimate subjects that 'led "
     "to' the acts named; 'international recognition between Belgrade and Zagreb' = the mutual recognition of "
     "August 1996, capital metonyms -> Belgrade YUG/GOV (held-out 26/27: the Federal Republic of Yugoslavia of the "
     "speech's date), Zagreb HRV/GOV -> nominal 054, symmetric, from the first-named; 'the establishment of relations "
     "between the Federal Republic of Yugoslavia and The former Yugoslav Republic of Macedonia' = a realised "
     "normalization naming its parties -> nominal 050 (held-out 41 row 30: re-establishment of diplomatic relations "
     "050), from the first-named -> YUG/GOV -> MKD/GOV (the later North Macedonia keeps its current code, a renamed "
     "state); 'a cessation of hostilities' and 'the resumption of political talks' name no parties, not coded"),
 10: ([], "Mongolia (2007): 'attaches particular importance to developing environmental cooperation mechanisms in the "
          "subregion' = an abstract policy position with no named counterpart (borderline 030 MNG/GOV -> null); "
          "Beijing, Seoul and Tokyo are places where dust storms are felt, not metonyms"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Cuba (1996): the sentence starts at 'Assembly, very rightly stated that' (its subject, 'the Prime Minister "
          "of Malaysia, the country of the President of the General', closes the preceding text and lies outside it); "
          "the reported content 'the United Nations should support the collective needs of peoples and nations' = a "
          "deontic over the UN's role toward an uncoded collective, abstract (held-out 27 row 7: a reported deontic "
          "over the UN's own work not coded; borderline 070 demanded org:UN -> null, reported_by MYS/GOV); the "
          "speech verb is not coded; correcting 'the trend of making them an instrument of the wealthy' is abstract; "
          "the denunciation of Israeli aggression lies in the preceding text, not this one"),
 12: ([("will consult", "036", "PHL/GOV", N, False, F, N, False)],
      "Philippines (1992); 'My delegation will consult with like-minded Members in the coming year' = a future meeting "
      "-> intent 036 future (guideline), 'like-minded Members' an uncoded collective -> target null; 'a resolution "
      "calling for such a review conference' = the planned means, a resolution not yet drafted or adopted, not coded "
      "(borderline hypothetical 1044 org:UNGA); 'should have been placed on the agenda' is an agentless "
      "counterfactual; 'according to the Charter itself' attributes a rule, not an event"),
 13: ([], "Libya (Qadhafi, 2009): 'this [moving UN Headquarters] should be put to the vote in the General Assembly' and "
          "the Headquarters Agreement's rule = an internal UN procedure, no act between actors; 'it says that' "
          "reports a text's rule, not an event"),
 14: ([], "Australia (2013): 'According to the Asian Development Bank, Asia alone will require $750 billion "
          "annually' = an estimate of financing needs, no act, no named provider"),
 # --- UNGDC 1990-2019 random: future
 15: ([("peace agreement between Ecuador and Peru", "057", "ECU/GOV", "PER/GOV", False, A, N, True),
       ("resolve the matters", "037", "CHL/GOV", "PER/GOV", False, F, N, False)],
      "Bolivia (1999); 'the peace agreement between Ecuador and Peru' (Brasilia, 1998) = an agreement named by its "
      "parties -> nominal 057 (held-out 36/37), from the first-named -> ECU/GOV -> PER/GOV; 'the announcement that "
      "very soon Chile and Peru will end years of patient work in order to resolve the matters pending from the 1929 "
      "treaty' = a future settlement of a dispute -> intent to settle 037 future (guideline: future cooperative acts "
      "take 03x future; held-out 16/17: an announced trip 036 future; borderline asserted as an intent stated as "
      "a fact), symmetric, from the first-named -> CHL/GOV -> PER/GOV; the announcers are not named (the two "
      "governments themselves) -> reported_by null; the 1929 treaty is only a date"),
 16: ([], "Republic of Korea (2019): 'We will be able to make further progress through cooperation' = 'we' = East "
          "Asia's countries (preceding sentence), an abstract forecast with no named counterpart (borderline 030 "
          "future KOR/GOV -> null); the intent to work with its neighbours lies in the following sentence"),
 17: ([("I therefore urge", "100", "KNA/GOV", N, False, A, N, False)],
      "Saint Kitts and Nevis (2012); 'I therefore urge that clear targets be established now' = a request verb "
      "(guideline: every urge is 10x) with an agentless complement, its addressees (the states preparing the 2014 "
      "SIDS Conference) unnamed -> target null; Y = setting targets, no specific sub-code -> generic 100 (held-out 27 "
      "row 9; borderline not coded as an abstract wish about a UN process); the Conference's attention to "
      "vulnerabilities is agentless"),
 # --- UNGDC 1990-2019 random: demand
 18: ([("We call on all Member States", "102", "MEX/GOV", N, False, A, N, False)],
      "Mexico (2010); calling on all Member States (uncoded collective -> target null) to ratify the International "
      "Convention on the Protection of the Rights of All Migrant Workers = a request whose Y is joining a treaty -> "
      "demand diplomatic cooperation 102 (held-out 32 row 2, 37 row 2; borderline 1043 rights); Y not coded "
      "separately; Mexico's hosting of the Global Forum lies in the preceding text, not this one"),
 19: ([("talk to each other", "040", "MKD/GOV", "GRC/GOV", False, D, N, False),
       ("cooperate with each other", "050", "MKD/GOV", "GRC/GOV", False, D, N, False)],
      "The former Yugoslav Republic of Macedonia (2015); 'We must respect and talk to each other and cooperate with "
      "each other' = 'we' = the 'two friendly nations' of the preceding sentence, Macedonia and Greece (named there; "
      "guideline: a participant from the context) -> a deontic without a request verb codes Y, demanded: talking -> "
      "040, cooperating -> 050, two acts with two codes split like 'reject and condemn' (held-out 12/13), each "
      "symmetric and coded once from the document's own government -> MKD/GOV -> GRC/GOV; 'respect' is an "
      "attitude; 'cooperation with all countries in the region' names an uncoded collective and repeats the "
      "cooperation, not coded again"),
 20: ([], "Trinidad and Tobago (2010): 'Urgent international action must also be taken to deal with ... drug "
          "trafficking' = an agentless deontic, abstract"),
 21: ([], "Honduras (2012): 'it [the criminal groups' financial resources] has become a threat to international "
          "security that must be ... fought against by all members of the United Nations' = figurative threat "
          "(risk), a deontic over an uncoded collective against unnamed criminal groups, null-null"),
 22: ([], "Philippines (1997): 'we must acknowledge that the potential for the most serious conflict has shifted' = "
          "an assessment, no act; signing the landmine treaty lies in the preceding text, not this one"),
 23: ([], "Republic of Korea (2011): 'we must first work together if we wish to attain peace and prosperity' = 'we' = "
          "all states, an abstract deontic; the DPRK is named only in the following sentence"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "Trinidad and Tobago (1998): the effects of drug trafficking 'threaten future generations' = figurative "
          "threat (guideline), no actor"),
 25: ([], "Guyana (2010): 'It [failure to respond to climate change] is a very real, measurable threat to citizens' "
          "= figurative threat (guideline), no actor"),
 26: ([("negotiations", "046", "LVA/GOV", "RUS/GOV", False, A, N, True)],
      "Latvia (1992); 'In the negotiations with Latvia, the Russian delegation ...' = a negotiation noun whose "
      "participants the sentence names (on the withdrawal of Russian troops, preceding sentences) -> nominal 046, "
      "ongoing -> asserted, symmetric, coded once from the document's own government and first-named (guideline) -> "
      "LVA/GOV -> RUS/GOV (the delegation stands for the Russian Government); 'is constantly changing its position "
      "even on matters previously agreed upon' = reneging, which has no CAMEO code (borderline 120 RUS/GOV -> "
      "LVA/GOV), and 'matters previously agreed upon' is a participle without an agent in its phrase (held-out 21 "
      "row 44: 'occupied' adjective; borderline 057 LVA/GOV -> RUS/GOV), neither coded; the Duma's view on the "
      "Lithuanian agreement lies in the preceding sentence"),
 27: ([("supports the call", "1044", "SWZ/GOV", N, False, A, N, False)],
      "Swaziland (1993); the splitter cut the sentence after 'supports the call from other'; its object is in the "
      "following text (held-out 27 row 35, 41 row 37: a participant taken from the following text): 'Member States "
      "for the establishment of an ad hoc committee to look into the issue of the Republic of China's re-entry into "
      "the United Nations' = joining a call is the speaker's own request (held-out 32/33; held-out 40 row 41), no "
      "named addressee -> target null; Y = a change in the Organization's membership -> 1044 (held-out 27 row 36: "
      "parallel representation of the two Chinas 1044 null); the call's authors, 'other Member States', are an "
      "uncoded collective, so its nominal request would be null-null, not coded"),
 28: ([("appreciate", "051", "TJK/GOV", "org:UN", False, A, N, False),
       ("appeal for food", "1033", "org:UN", N, False, A, N, True),
       ("deeply grateful", "051", "TJK/GOV", "org:WFP", False, A, N, False),
       ("responded so promptly", "073", "org:WFP", "TJK/CVL", False, A, N, False)],
      "Tajikistan (2000); appreciating the Secretary-General's appeal -> 051 to org:UN; 'the Secretary-General's "
      "appeal for food assistance to the population of Tajikistan' = a request noun with its author -> nominal "
      "request of org:UN (held-out 14/15: a call's author is coded nominal), for food aid -> 1033 (held-out 37 row "
      "33: the WFP's appeal for food aid 1033), addressed to unnamed donors -> target null; 'deeply grateful to the "
      "WFP and all donor States' = thanks -> 051 to org:WFP (held-out 2, 29 row 28), 'all donor States' an uncoded "
      "collective in a compound, dropped (held-out 27 row 15); 'that responded so promptly and generously to this "
      "appeal' = providing the food aid asked for -> humanitarian aid 073 (borderline 030, held-out 8's 'responded "
      "to the Call to Action'), from the WFP (the donor States dropped as above) to 'the population of Tajikistan' -> "
      "TJK/CVL (held-out 27 row 1; borderline TJK/GOV, held-out 29 row 28)"),
 29: ([("thanking", "051", "DOM/GOV", N, False, A, N, False),
       ("the support we have received", "051", N, "DOM/GOV", False, A, N, True)],
      "Dominican Republic (2018, President Medina); thanking 'the States Members of the United Nations' = thanks to an "
      "uncoded collective -> 051 target null (held-out 14/15; borderline org:UNGA, the electing body); 'On behalf of "
      "the Dominican people and myself' = one act of the President (held-out 29 row 54: 'on behalf of my Government "
      "and on my own behalf' one act; borderline a second 051 from DOM/CVL, held-out 36 row 17); 'the support we "
      "have received in joining the Security Council' = the members' votes in the 2018 election, diplomatic support "
      "-> nominal 051, its agent from the thanks (held-out 24/25) -> source null, to the speaker's government (held-"
      "out 40 row 45: an uncoded source with a coded target is coded); the Council seat lies in the preceding text"),
 30: ([("I therefore appeal to States", "1011", "NER/GOV", N, False, A, N, False)],
      "Niger (2017); appealing to 'States and the private sector that believe in our potential' (uncoded collectives "
      "-> target null) 'to be a partner in that project' = a request (guideline: appeal -> 10x) whose Y is financing "
      "partnership in the Economic and Social Development Plan presented to donors in Paris (preceding sentences) -> "
      "demand economic cooperation 1011 (borderline 1031 economic aid); the round table lies in the preceding text"),
 31: ([("thank", "051", "CMR/GOV", "USA/GOV", False, A, N, False),
       ("thank", "051", "CMR/GOV", "FRA/GOV", False, A, N, False),
       ("thank", "051", "CMR/GOV", "DEU/GOV", False, A, N, False),
       ("thank", "051", "CMR/GOV", "GBR/GOV", False, A, N, False)],
      "Cameroon (2008); thanking 'the States witness to the [Greentree] Agreement, namely, the United States of "
      "America, France, the Federal Republic of Germany and the United Kingdom' -> 051, one event per named state "
      "(guideline); witnessing an agreement has no CAMEO code of its own (borderline 057 or 045 per witness), not "
      "coded; the gratitude to friendly countries for their support lies in the preceding sentence"),
 32: ([], "Lesotho (2010): 'It is the responsibility of those States to stop threatening the use of nuclear weapons' "
          "= 'those States' = the nuclear-weapon and nuclear-capable States of the preceding sentences, an uncoded "
          "collective, with no named target; a deontic over a threat held as policy, null-null (borderline 1384 "
          "null -> null)"),
 33: ([], "Papua New Guinea (2007): 'We need to collectively ensure that those negotiations are revived' = 'we' = "
          "all WTO members, the Doha Round's parties an uncoded collective, an abstract deontic"),
 34: ([], "Israel (Netanyahu, 2012): 'For a country like Iran, it takes many years to enrich uranium for a bomb' = a "
          "general statement of technical time, not an assertion of an act (borderline nominal 154 IRN/GOV); the "
          "plans to build a weapon lie in the preceding text"),
 35: ([("violent attacks committed by terrorist groups", "180", N, "GIN/MIL", False, A, N, True)],
      "Guinea (2016); 'it [Guinea] has paid the heavy price of losing nine soldiers to violent attacks committed by "
      "terrorist groups' = attacks on the Guinean battalion of MINUSMA in Kidal (preceding sentence) -> the soldiers "
      "GIN/MIL (guideline: armed forces /MIL); the attacks noun names its agents, terrorist groups without a code -> "
      "source null (held-out 16, 27 row 27; held-out 37 row 4: an uncoded source with a coded target is coded), "
      "unspecified violence by non-state armed groups -> 180 (guideline; borderline 190), nominal; 'that are "
      "threatening the stability of the region' is figurative threat; the deployment lies in the preceding sentence"),
 36: ([("I thank", "051", "MLI/GOV", N, False, A, N, False)],
      "Mali (2014); thanking 'the bilateral and multilateral partners and the financial institutions committed to "
      "supporting' the Sahel strategy's projects = thanks to uncoded collectives -> 051 target null (held-out 14/15); "
      "their commitment to support is an intent of uncoded partners toward the Sahel region (no code), null-null, "
      "not coded; the thanks to the Special Envoy lie in the following sentence"),
 37: ([("I invite delegations", "1011", "HND/GOV", N, False, A, N, False)],
      "Honduras (2018); inviting delegations (uncoded -> target null) 'to turn the region into an area of peace, "
      "prosperity and free trade' = a request (held-out 16 row 49: 'invite' -> 10x) whose Y is regional economic "
      "integration (the customs union of the preceding sentences) -> demand economic cooperation 1011 (borderline "
      "generic 100); 'with the support of the Organization of American States' is part of the proposed means, a "
      "hoped-for support, not coded (borderline nominal 070 hypothetical org:OAS)"),
 38: ([], "Italy (2017): 'Libya is the key to ... countering the risks and threats' = an evaluation, figurative "
          "threats, no act"),
 39: ([], "Tonga (2003): the sentence is the fragment 'I am pleased that the second informal meeting of' (the "
          "following text: 'States Parties to the United Nations Fish Stocks Agreement recently resulted in a "
          "framework'); being pleased is an attitude, and the meeting's participants are an uncoded collective"),
 40: ([], "Monaco (2002): 'The concept of a culture of protection advanced by the Secretary-General' = a concept "
          "proposed, a statement (01x), no act toward a named actor; the economic assistance, humanitarian aid and "
          "help in natural disasters are agentless nouns describing the concept's scope"),
 41: ([], "Sweden (2008): 'I hope that ... we shall be able to agree on a United Nations day against that inhumane form "
          "of punishment' = optative (held-out 5), 'we' = all Member States, internal to the UN; the EU and the "
          "Council of Europe's European Day lies in the preceding sentence, not this one"),
 42: ([], "Antigua and Barbuda (2007): 'another great threat to the survival of our people' = disease, figurative "
          "threat, no actor"),
 43: ([], "Lebanon (1999): 'A group was established to monitor the implementation of that agreement [the April "
          "Understanding of 1996], with the membership of Lebanon, Syria and Israel and under the co-chairmanship of "
          "France and the United States' = an agentless passive setting up a body (held-out 41 row 11: 'a joint "
          "peacemaking programme has been set up' not coded; borderline nominal 050 among the members or 045 from "
          "the co-chairs); membership and co-chairmanship describe the group, no act between named actors"),
 44: ([("gratefully recognizes the debt owed", "051", "SLB/GOV", "org:UN", False, A, N, False),
       ("gratefully recognizes the debt owed", "051", "SLB/GOV", "org:ICRC", False, A, N, False)],
      "Solomon Islands (1997); gratefully recognizing 'the debt owed to the people of the Secretariat, the specialized "
      "agencies, the assistance programmes, the humanitarian and peacekeeping operations of the Organization' = "
      "thanks -> 051 to org:UN, one event for the Organization's parts (held-out 29 row 28: UN funds and programmes as "
      "a whole -> org:UN, coded once for that pair), and to 'allies such as the International Committee of the Red "
      "Cross' -> 051 to org:ICRC (first-set code); the assistance, humanitarian and peacekeeping operations name "
      "no recipient and are the thanked bodies rather than acts (borderline nominal 070/074 org:UN -> null); the "
      "thanks to Ambassador Razali lie in the preceding text"),
 45: ([("strongly supports initiatives", "051", "UKR/GOV", N, False, A, N, False)],
      "Ukraine (1994); 'Ukraine strongly supports initiatives aimed at all-European cooperation in various fields, "
      "including the field of security' = support for initiatives of unnamed authors -> 051 target null (held-out 27 "
      "rows 33 and 39, 34 row 42; borderline not coded as an abstract policy position, held-out 7); the WEU, NACC and "
      "CIS of the preceding sentence are not named as the initiatives' authors"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Kazakhstan (2012): the sentence is the fragment 'We were shocked by the tragic killing of United' (the "
          "following text: 'States diplomats in Benghazi'); being shocked is an attitude (01x), and 'the tragic "
          "killing' is an event noun without an agent (guideline: not coded; unlike held-out 26 row 28's agentless "
          "passive verbs; borderline nominal 1823 null -> USA/GOV); the condemnation of attacks on diplomats lies in "
          "the following text"),
 47: ([("arms reductions", "087", "USA/GOV", "SUN/GOV", False, A, N, True)],
      "Swaziland (1991); 'the continuing process of arms reductions being undertaken by the United States and the "
      "Soviet Union' = a realised de-escalation (START, signed in July 1991) with its agents named ('being undertaken "
      "by') -> 087 (held-out 30 row 30: withdrawal of forces 087; borderline 0873 or 057), ongoing -> asserted, "
      "nominal (the noun carries the act), symmetric, from the first-named -> USA/GOV -> SUN/GOV (held-out 26/27: a "
      "state that later dissolved takes its code of the speech's date); 'Swaziland is encouraged by' = an attitude "
      "(held-out 30 row 4: 'encouraged by the general agreement' not coded; borderline 051 to each party)"),
 48: ([], "Gabon (2002): 'the Second World War, in which all peoples participated' = a historic war of an uncoded "
          "collective, agentless; 'It [the UN] was born out of awareness' is no act"),
 49: ([], "Monaco (1998): 'He [Prince Albert I] gave talks in Italy, Belgium, Spain and Austria' = scholarly lectures "
          "on oceanography and palaeontology (preceding sentences), not political visits (borderline 042 MCO/GOV -> "
          "ITA/BEL/ESP/AUT, as a historic head of state's trips)"),
 50: ([("willing to assist", "033", N, "MHL/GOV", True, A, N, False)],
      "Marshall Islands (2002); 'Yet there are few who are willing to assist us in achieving this goal' = an "
      "unwillingness of the donors (the international donor community of the preceding sentences, uncoded -> source "
      "null; held-out 37 row 4, 40 row 45) to aid the speaker's government: 'few' reads as near-total negation -> "
      "intent to provide aid 033 (held-out 34/35: 'the willingness of our partners to assist' a nominal 033), "
      "negated (borderline asserted for the few, or not coded as a complaint)"),
 51: ([], "Côte d'Ivoire (1997): the Secretariat's new organizational chart = internal UN reform, an evaluation, no "
          "act"),
 52: ([], "Haiti (1990): 'The abortive elections of 29 November 1987' (cut short by army-backed violence) = an "
          "elections noun without an agent, an evaluation ('one of the saddest such episodes'), not coded"),
 53: ([], "Morocco (2018): King Mohammed VI 'presented the African Agenda on Migration, which was adopted ... at the "
          "thirty-first summit of the African Union' = tabling a policy document inside an organisation the country "
          "belongs to and its adoption, an internal decision of the AU (held-out 36 row 51: tabling a resolution and "
          "its adoption not coded; borderline 030 MAR/GOV -> org:AU, or 051 org:AU -> MAR/GOV for the adoption); "
          "Addis Ababa is a venue; the co-chairing with Germany lies in the following sentence"),
 54: ([], "Italy (1997): 'a fact-finding inquiry recently conducted by the Italian Parliament envisaged a permanent "
          "seat on the Security Council for the European Union' = a domestic parliamentary inquiry and a position on "
          "Security Council reform, an abstract policy position (held-out 7), no act toward an actor"),
 55: ([], "Grenada (1997): providing an enabling environment for the private sector = domestic policy"),
 56: ([], "Barbados (2011): 'continues to be an active and committed partner in global efforts to combat terrorism' = "
          "an abstract commitment with uncoded partners (borderline 050 BRB/GOV -> null); the CARICOM Heads' "
          "commitment lies in the following text"),
 57: ([], "Ireland (2005): 'This has to be our focus over the next year' = UN reform as a focus, no act"),
 58: ([], "Montenegro (2009): 'remains strongly committed to the fundamental principles ... of the United Nations "
          "Charter' = an abstract commitment to principles, no act"),
 59: ([], "Mongolia (2013): 'Mongolia is a great nation with a rich history' = a description, no act"),
}
