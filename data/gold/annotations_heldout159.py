"""Hand annotations for the HUNDRED-AND-FIFTY-NINTH held-out event gold set (source of events-heldout159.jsonl).

Keyed by the row index of selection-heldout159.jsonl (output of select_bulk_sentence_heldout.py 159; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout159.jsonl \
        --annotations annotations_heldout159 --output events-heldout159.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019: neg
 0: ([("leading the move for reconciliation", "037", "KHM/GOV", "KHM/REB", False, A, N, False),
      ("do not recognize", "054", "KHM/REB", "KHM/GOV", True, A, N, False),
      ("challenge", "120", "KHM/REB", "KHM/GOV", False, A, N, False),
      ("have rejected the cease-fire", "1246", "KHM/REB", "KHM/GOV", False, A, N, False),
      ("proposed", "0356", "KHM/GOV", "KHM/REB", False, A, N, False)],
     "Cambodia (1994); King Norodom Sihanouk, the head of state, -> KHM/GOV (guideline: persons -> their country's "
     "sector on the document date); the Khmer Rouge insurgents of 1994 -> KHM/REB; 'is leading the move for "
     "reconciliation with the insurgents' = an intent to settle the conflict -> 037 KHM/GOV -> KHM/REB (borderline "
     "039/045, the King acting as a mediator above the Royal Government, or 030); 'who do not recognize the United "
     "Nations-sponsored elections' = plain negation of recognition (held-out 148: 'has not recognized the "
     "independence of Kosovo' a negated 054) -> negated 054 to the Government those elections produced, KHM/GOV "
     "(borderline 120 as a standing non-recognition, or target org:UN for the UNTAC-run elections); 'continue to "
     "challenge the legally elected democratic government' = ongoing defiance of the Government's legitimacy -> 120 "
     "(held-out 129: Bozize's 'organized resistance' a 120 to CAF/GOV; borderline 190 for the armed insurgency of the "
     "sentence before, or not coded as a vague verb); 'have rejected the cease-fire' = an explicit refusal, REJECT "
     "with negated false (guideline), taking the code of what was refused (held-out 34/35) -> refuse to de-escalate "
     "militarily 1246 (borderline 127 rejecting a proposal), to the side that proposed it -> KHM/GOV; 'the cease-fire "
     "that has been proposed through His Majesty's tireless efforts' = a passive with its agent named -> a proposal "
     "to stop hostilities 0356 (held-out 110: a DPRK 'proposal to stop hostile military acts' an asserted 0356) "
     "KHM/GOV -> KHM/REB; 'Infrastructure can be rebuilt' is agentless"),
 1: ([], "Canada (2004): 'as we have seen in Haiti ..., all the aid in the world will have only a fleeting effect if a "
         "country does not have functioning public institutions' = a generalisation about aid with no donor and no "
         "realised act (borderline a nominal 070 null -> HTI for the past decade's aid); 'does not have' negates a "
         "state, not an event"),
 2: ([], "Georgia (1996): conflicts that 'do not fall within the category of threats ... under Chapter VII' and are "
         "characterized by human rights violations = a general observation with no actor (guideline: threats as a "
         "category, no named agent or victim); 'We should also note' is the speaker's statement"),
 3: ([], "Samoa (1996): 'We do not see the point in endless open-ended discussions' = an attitude towards the "
         "Assembly's Security Council reform debate (the sentence before), a UN reform position, not coded "
         "(borderline a 110 to org:UNGA)"),
 4: ([("I urge", "102", "BIH/GOV", N, False, A, N, False)],
     "Bosnia and Herzegovina (2007); 'I urge all countries that have not yet signed the Hague Code of Conduct ... to "
     "accept the Code' = a request (guideline: urge -> 10x) to join a multilateral instrument -> 102 (held-out 117: "
     "'We call on all countries that have not yet done so to join the Rome Statute' a 102 with no target, its negated "
     "accession uncoded), the addressees an uncoded class ('particularly those with ballistic capacity' names no "
     "state) -> target null; 'have not yet signed' is left uncoded for the same reason (borderline a negated 057 "
     "null -> null)"),
 5: ([("encourages", "102", "SVK/GOV", N, False, A, N, False)],
     "Slovakia (2003); 'Slovakia also encourages those countries that have not signed or ratified the Ottawa "
     "Convention to do so quickly' = a request to join a treaty (held-out 137: 'I encourage all delegations to "
     "consider supporting it' a 102 with no target; held-out 117: the Rome Statute call) -> 102, the addressees an "
     "uncoded class -> target null; the non-signature of the unnamed countries is left uncoded (held-out 117; "
     "borderline a negated 057 null -> null); 'to do so' is Y, not coded separately (guideline)"),
 6: ([], "Mongolia (1995): 'The persistence and proliferation of wars' and attitudes to 'the use of force' that 'have not "
         "been done away with', and the right to life that continues 'to be denied' = a general diagnosis with no "
         "named actor or victim; 'have not been done away with' negates an attitude, not an event"),
 7: ([], "Oman (2016): 'challenges that should motivate us all to work harder in support of international peace and "
         "security' = 'us all' meaning all states (held-out 42/43: not coded), an abstract goal; 'can never forget' "
         "bears on memory, not an event"),
 # --- UNGDC 1990-2019: reported
 8: ([("I therefore appeal", "100", "STP/GOV", N, False, A, N, False)],
     "Sao Tome and Principe (2017); 'I therefore appeal ... for the the members of the Assembly to demonstrate "
     "political boldness' on climate change = a request (guideline: appeal -> 10x) to the Member States, an uncoded "
     "collective -> target null (held-out 77 row 10: 'urge greater collaboration among Member States' a generic 100 "
     "with target null; borderline org:UNGA, since the addressee is named through the Assembly, or not coded as an "
     "exhortation to all states), Y = political boldness, no specific behaviour -> generic 100; 'each should "
     "contribute according to the principle of common but differentiated responsibilities' is Y, a norm for all "
     "states, not coded separately"),
 9: ([], "Cuba (1991): the Movement of Non-Aligned Countries, which has no code, 'reaffirmed their decision to continue "
         "the struggle to ensure the realization of their original principles' = a figurative struggle for principles "
         "by an uncoded group with no counterpart (borderline a 030 with no source and no target); 'they stated that' "
         "is a speech verb (01x), and underdevelopment and poverty that 'can threaten peace' are a figurative threat "
         "(guideline); Accra is a place"),
 10: ([], "Dominican Republic (1994): 'will come about if, above all, we, the Governments of our region, do our bit, "
          "without haggling or imposing conditions' = a conditional about the region's governments, an uncoded "
          "collective including the speaker, with no counterpart and no codable act (borderline a hypothetical 030 "
          "DOM/GOV -> null); 'without ... imposing conditions' is the manner, not a negated event"),
 11: ([], "Grenada (2019): 'the World Bank has stated that any sudden stop to remittances ... could pose a significant "
          "threat to socioeconomic stability' = a statement (01x) whose content is a figurative threat (guideline: "
          "threat as risk) with no actor; no event to report (borderline a hypothetical agentless 1621 reported by "
          "org:WB)"),
 # --- UNGDC 1990-2019: future
 12: ([("we call for", "1011", "MDV/GOV", N, False, A, N, False)],
      "Maldives (1993); 'we call for an early conclusion of the Uruguay Round of multilateral trade negotiations of "
      "the General Agreement on Tariffs and Trade (GATT)' = a request (guideline: call for -> 10x) whose Y is the "
      "conclusion of a trade round -> demand economic cooperation 1011 (held-out 77 row 8: Lesotho's 'strong call "
      "for the Doha Development Agenda to be concluded quickly' a 1011 with no target; borderline 106, or not coded "
      "as a call with no addressee), the GATT Contracting Parties uncoded -> target null; the round's 'will set the "
      "tone' is its expected effect"),
 13: ([], "Poland (2005): 'We hope that such an approach will enhance the Organization's capacity' = an optative hope "
          "about the UN reform agenda (a UN reform position), not coded"),
 14: ([("intend to expand the horizons of cooperation", "030", "BRA/GOV", N, False, A, N, False)],
      "Brazil (1994); 'we intend to expand the horizons of cooperation between America and Africa' = an explicit "
      "intent verb stated as a fact (guideline: 03x asserted; held-out 113: 'We intend to join' asserted) -> 030, "
      "its partners the African states across the South Atlantic, none named in the sentence (the 24 countries of "
      "the zone of peace only in the text after) -> target null (borderline future, as held-out 119's 'intends to "
      "sign'; or 0311); 'the election of Nelson Mandela' is a domestic event, not coded"),
 # --- UNGDC 1990-2019: demand
 15: ([], "Japan (2011): 'We must revitalize the stagnated reform process' = Security Council reform (the sentence "
          "before), a UN reform position, 'we' meaning all Member States (held-out 42/43, 54-61), not coded"),
 16: ([], "Micronesia (2016): 'much remains to be done' towards the Organization's goals = an evaluation, no act"),
 17: ([], "Tonga (2005): 'advances on readily agreeable aspects of our reform agenda should proceed to fruition' = a "
          "UN reform position, agentless, not coded"),
 18: ([], "Iran (2000): 'The United Nations machinery should direct and coordinate bilateral and multilateral efforts "
          "in this regard' = a deontic on the UN's role in committing development resources, the efforts' authors "
          "and beneficiaries uncoded collectives, a UN reform position (held-out 54-61; borderline a demanded 050 "
          "org:UN -> null)"),
 19: ([], "Japan (1997): 'the United Nations should reform itself to be ready for the new era' = a UN reform position, "
          "not coded"),
 20: ([], "Belize (1995): 'the non-traditional threats to peace and security must be addressed' = an agentless "
          "deontic about risks (guideline: threat as risk), no actor"),
 # --- UNGDC 1990-2019: cue
 21: ([], "Romania (2007): 'we would like to commit to supporting ... human rights, democracy, tolerance and diplomacy "
          "as a means for settling all disputes, as well as dialogue between cultures and civilizations' = support for "
          "abstract values with no named counterpart (guideline: abstract policy positions not coded; borderline a "
          "030 with no target)"),
 22: ([], "Mongolia (2000): a fragment cut by the splitter, 'Document a number of agreed conclusions and'; the verb "
          "('included in its Final') lies before the cut and 'agreed' is an adjective of the NPT Review Conference's "
          "conclusions, a conference of all States parties (held-out 54-61: fragments whose act lies outside the "
          "sentence left uncoded; borderline a nominal 057 null -> null)"),
 23: ([], "Holy See (2017): root causes of migration 'such as wars and conflicts, mass atrocities and persecutions' = "
          "generic event nouns with no agent or victim (guideline: event nouns without an agent not coded)"),
 24: ([], "Singapore (2009): 'If a meeting is too big, it becomes unwieldy and unworkable' = a generic conditional "
          "about G-20 meetings, no actor"),
 25: ([("was unable to\nagree", "057", "org:UNGA", N, True, A, N, False)],
      "Mauritius (1997); the sentence starts at 'General Assembly held last June' (the splitter cut after 'It is a "
      "matter of regret that the special session of the'), so the regret lies before the cut and is not coded "
      "(borderline a 110 with the subject from the context); 'the special session of the General Assembly ... was "
      "unable to agree on a frank assessment of the commitments entered into at Rio' = a failure to agree (held-out "
      "139: 'The Security Council failed to agree on the continuation of' a mission a negated 057 from org:UNSC with "
      "no target) -> negated 057 from org:UNGA with no target (borderline not coded as the Assembly's internal "
      "deliberation); the Rio commitments were entered into by all states, an uncoded collective, not coded"),
 26: ([("international\nsupport", "070", N, "JOR/GOV", False, D, N, True)],
      "Jordan (2012); 'As we continue to shoulder that responsibility [for over 200,000 Syrian refugees], "
      "international support is essential' = a statement of need (held-out 46/47: 'we require support from the "
      "international community' demanded aid with no source to the speaker's government; held-out 76 row 7) -> a "
      "demanded nominal 070 with no source to JOR/GOV (borderline 073 humanitarian aid, or target SYR/CVL for the "
      "refugees); 'continue to shoulder that responsibility' is Jordan's hosting of the refugees, named in the "
      "sentence before, not coded here (borderline an asserted 075 JOR/GOV -> SYR/CVL)"),
 27: ([("we are pleased", "051", "FJI/GOV", "CHN/GOV", False, A, N, False),
       ("we are pleased", "051", "FJI/GOV", "RUS/GOV", False, A, N, False),
       ("have signed", "057", "CHN/GOV", N, False, A, N, False),
       ("have signed", "057", "RUS/GOV", N, False, A, N, False)],
      "Fiji (1995); 'we are pleased that two of the five nuclear Powers - China and the Russian Federation - have "
      "signed the relevant Protocols' (of the Treaty of Rarotonga) = a welcome (earlier sets: 'we are encouraged by' and 'we are "
      "pleased with' 051; held-out 48/49: 'noted with satisfaction the signing' 051 to the signatories) -> one 051 per "
      "signatory (guideline: compound split); the signing -> 057 per signatory, the Protocols' other parties (the "
      "South Pacific Forum states) not named in the sentence -> target null (earlier sets: joining the NPT, and an alliance "
      "'signed in 1994' naming no other signatory, 057 with no target; borderline org code for the Forum, which has none)"),
 28: ([("commend", "051", "NOR/GOV", "org:UN", False, A, N, False),
       ("I appeal to the others", "100", "NOR/GOV", "org:UN", False, A, N, False)],
      "Norway (2007); 'I commend the United Nations bodies that have adopted the new guiding principles' (the "
      "'One United Nations' coherence principles) = praise of UN funds and programmes -> 051 to org:UN (held-out "
      "121: welcoming UN reforms a 051 to org:UN; borderline uncoded as a UN reform position); 'and I appeal to the "
      "others to follow suit' = a request to the remaining UN bodies -> org:UN, Y = adopting the principles, no "
      "specific sub-code -> generic 100 (borderline 1044 for an institutional change); the bodies' own adoption of "
      "the principles is internal to the UN, not coded"),
 29: ([], "Eritrea (2014): 'The challenges of the time and the demands of the age are vastly different' = a "
          "description; 'demands' are abstract needs, not a request"),
 30: ([("I appeal to my fellow Pacific leaders", "102", "FJI/GOV", N, False, A, N, False)],
      "Fiji (2017); 'I appeal to my fellow Pacific leaders to support me as we tackle the greatest challenge' = a "
      "request (guideline: appeal -> 10x) for support of Fiji's COP-23 presidency -> demand policy support 102 "
      "(borderline 100, or 103 for aid), the Pacific leaders an uncoded collective (held-out 120: the Pacific "
      "Islands Forum has no code; none of its members is named) -> target null; 'we tackle the greatest challenge' "
      "is figurative"),
 31: ([], "Botswana (2012): 'the United Nations commands the requisite legitimacy and moral authority to provide "
          "guidance and leadership' = an evaluation of the Organization's standing, no act"),
 32: ([("extend a warm welcome", "051", "KNA/GOV", "LIE/GOV", False, A, N, False)],
      "Saint Kitts and Nevis (1990); 'I extend a warm welcome to the Organization's newest member state, "
      "Liechtenstein' = a welcome of a new Member (held-out 137: a fragment 'to welcome the' [new Member] a 051 to "
      "it; held-out 144: a welcome of admitted states one 051 per state) -> 051 to LIE/GOV (borderline uncoded as a "
      "UN admission); 'On behalf of our delegation' is the speaker's government; 'has supplanted Saint Kitts and "
      "Nevis as the smallest nation' is a description, not an act"),
 33: ([("came to our aid", "070", N, "GMB", False, A, N, False),
       ("kept faith with us", "051", N, "GMB", False, A, N, False)],
      "Gambia (2017); 'During those difficult times' = the 2016-17 post-election crisis; 'we knew we had friends - "
      "ones who came to our aid' = help from friends the sentence does not name (the text after thanks the ECOWAS "
      "leaders and 'all our regional and international friends', a partly uncoded collective) -> 070 with no source "
      "(held-out 102-109: 'we had a lot of help' a 070 with no source; borderline org:ECOWAS as source), 'our' = The "
      "Gambia as a nation -> bare GMB (held-out 119: 'All who selflessly helped us in the struggle' a 070 with no "
      "source to bare GNB; borderline GMB/GOV); 'who have since kept faith with us' = continued support (held-out "
      "153: 'stood by the people of Yemen' a 051; an earlier set: 'stand with' is 051 throughout) -> 051 with no source to GMB "
      "(borderline folded into the 070, or uncoded as a sentiment)"),
 34: ([("would eliminate", "1823", "org:UN", N, False, H, N, False)],
      "Czech Republic (2015); 'We need small military units ... - some kind of contingent of Blue Helmets - which "
      "would eliminate the leaders of terrorist organizations and their nerve centres' = President Zeman's proposal "
      "of a UN counter-terrorism force (the text after: 'my proposal'; 'permanent members might propose such a "
      "resolution') -> the contingent is the UN's -> org:UN (held-out 76 row 15: UN missions' deployment from "
      "org:UN); killing the leaders = 1823 (guideline: killings of individuals), inside a 'would' relative clause -> "
      "hypothetical (guideline), the terrorist organisations uncoded -> target null (borderline 190, or demanded "
      "under 'We need', or not coded as a proposal against an uncoded class); 'We need' with 'we' meaning the "
      "international community is not a request; 'and not the occupation of territory' is a contrast, not a negated "
      "192 (an earlier set: 'instead of implementing' a contrast); 'cooperation of secret services' has no named "
      "party"),
 35: ([], "Armenia (2018): 'a great honour and a privilege for Armenia to be part of the wider French-speaking family "
          "and to promote tolerance and mutual respect through cooperation in the areas of culture, education and "
          "innovation' = a membership status in La Francophonie, which has no code (membership positions uncoded), "
          "and an abstract aim of cooperation with no named partner (borderline a 050 to a new org code for the "
          "Francophonie, or 030 with no target); hosting the Yerevan summit lies in the sentence before"),
 36: ([("welcome", "051", "DMA/GOV", N, False, A, N, False),
       ("is committed to full and active participation", "030", "DMA/GOV", N, False, A, N, False)],
      "Dominica (2011); 'Negotiations on an arms trade treaty are welcome' = the speaker's welcome in an impersonal "
      "predicate (held-out 116: 'President Clinton's decision ... is very welcome' the speaker's 051; held-out 134: "
      "'This AfDB initiative is therefore very welcome') -> 051, the negotiations being among all Member States, an "
      "uncoded collective -> target null (borderline org:UN for the UN-convened negotiations, or uncoded as an "
      "impersonal welcome, as held-out 52/53); the negotiations themselves are between uncoded collectives, not "
      "coded; 'Dominica is committed to full and active participation in all efforts related to the issue of small "
      "arms' = a commitment stated as a fact (held-out 46/47: commitments stated as facts asserted 03x; held-out "
      "111: 'Seeks to participate ... in initiatives for regional cooperation' a 030 asserted with no target) -> 030 "
      "with no target (borderline 0312); 'as stated in the Caribbean Community Declaration' = in accordance with the "
      "declaration, not attribution (guideline: 'according to a request' is not attribution) -> reported_by null "
      "(borderline org:CARICOM)"),
 37: ([("is in favour of", "1033", "MNG/GOV", "org:UN", False, A, N, False)],
      "Mongolia (2003); 'Mongolia is in favour of an increased role and involvement of the United Nations in restoring "
      "peace and stability in Iraq and in providing humanitarian assistance to the Iraqi people' = advocacy of an act "
      "by a named actor (held-out 128: 'We are in favour of an immediate end to the conflict and the initiation of "
      "negotiations between Belgrade and Pristina' a 1056 to each party; advocacy of a settlement is a request) -> a "
      "request to org:UN, with several demands taking the most specific sub-code (held-out 9) -> humanitarian aid "
      "1033 (borderline 051 support for the UN role, or 1041 for restoring peace); Y, the UN's aid to IRQ/CVL, is "
      "not coded separately (guideline)"),
 38: ([("successful meeting", "040", "MLI/GOV", N, False, A, N, True)],
      "Mali (1995); a fragment cut by the splitter, 'The successful meeting in Timbuktu between the'; the text after "
      "completes the participants as 'Government and the development partners in northern Mali from 15 to 18 July "
      "1995' (held-out 102-109: a fragment whose object the splitter cut off is coded from the text after the cut when "
      "its verb - here the event noun - is in the sentence; held-out 132: inter-Korean meetings after a cut) -> a "
      "nominal 040 from the document's own government (guideline: a symmetric meeting from the document's "
      "government), the development partners an uncoded collective -> target null (held-out 76 row 6; borderline "
      "not coded, the meeting's parties lying wholly outside the sentence); Timbuktu is a place"),
 39: ([("implement measures of support", "071", "JPN/GOV", N, False, A, N, False)],
      "Japan (1998); 'we have taken initiatives to implement measures of support totalling about $43 billion to Asian "
      "countries' in the Asian financial crisis = realised economic aid -> 071 (an earlier set: an offered sum of "
      "aid 071; borderline 0331 for the pledged part), the recipients an uncoded class (the crisis countries are not "
      "named in the sentence or the paragraph) -> target null (borderline one event per crisis country); 'the largest "
      "single contribution by any nation in the world' is an evaluation"),
 40: ([("renewed support", "051", "CRI/GOV", "org:UN", False, A, N, True)],
      "Costa Rica (2010); a fragment cut by the splitter, 'I begin my remarks with renewed support for the'; the text "
      "after completes the object as 'United Nations, for its contributions to human rights, peace, security ...' "
      "(held-out 102-109: a fragment whose object was cut off is coded from the text after the cut when its verb is in "
      "the sentence; held-out 142: a support noun with its agent inside the sentence) -> a nominal 051 CRI/GOV -> "
      "org:UN (borderline not coded as a fragment)"),
 41: ([], "Canada (2000): 'Providing for that security is a necessary precondition for ... advancing economic aid and "
          "trade development' = a generalisation with no actor; the aid is abstract"),
 42: ([], "Iran (1992): 'In the General Assembly last year I enumerated the principles and objectives of such regional "
          "cooperation' = the speaker's own past statement (01x), the regional cooperation arrangement an abstract "
          "proposal with no named partner (borderline a 1011 with no target, following the sentence before's "
          "'underlined the imperative need for the creation of a regional security and cooperation arrangement')"),
 # --- UNGDC 1990-2019: nocue
 43: ([], "Tuvalu (2013): 'as we do every fall, we have gathered to reaffirm our spirit for and commitment to a "
          "renewed multilateralism' = 'we' meaning all states of the Assembly (held-out 42/43), an abstract "
          "commitment, not coded"),
 44: ([], "Bangladesh (1990): 'The emerging scenario is not unmixed with danger for the weaker and poorer States' = an "
          "evaluation, danger as risk (guideline)"),
 45: ([("I speak up", "051", "BHS/GOV", "TCA/CVL", False, A, N, False)],
      "Bahamas (2015); 'I speak up again this year for the right of the people of the Turks and Caicos islands to "
      "self-determination' = verbal support for a people's self-determination (held-out 119: support for 'the "
      "self-determination of the Saharawi people' a 051 to ESH/CVL) -> 051 (borderline an uncoded 01x statement, "
      "'speak up' being a speech verb), the people of a non-self-governing territory -> TCA/CVL, following the earlier "
      "sets' GUM/CVL and TKL/CVL (borderline GBR/CVL, or a request to GBR/GOV, the administering Power, which the "
      "sentence does not name)"),
 46: ([], "Romania (1999): 'The moral underpinning of globalization is called solidarity' = a definition, no act"),
 47: ([], "Mauritius (2011): economic security 'entails working towards a more inclusive national society' = domestic "
          "policy, no actor"),
 48: ([], "Saint Kitts and Nevis (2004): 'There is a pressing need for a global development fund to assist small "
          "island developing States in recovery following national disasters' = a proposal of a fund that does not "
          "exist, for an uncoded class of beneficiaries, no provider named, null-null (borderline a demanded 073 with "
          "no source to KNA/GOV as a statement of the speaker's own need, or a 1031 request with no target)"),
 49: ([], "Costa Rica (2009): 'arms and wars generate more environmental devastation' and military spending 'constitutes "
          "... a negation of resources' = generalisations with no actor"),
 50: ([], "Lesotho (2013): 'Much of the world remains mired in poverty and disease' = a description, no act"),
 51: ([], "India (2003): 'economic disasters in developing countries could create a backlash in developed countries' = "
          "a figurative generalisation between uncoded collectives"),
 52: ([], "Benin (2008): 'we are considering a programme for rational water management' = domestic policy under "
          "consideration, no counterpart"),
 53: ([], "Kazakhstan (2000): 'continues to give priority attention to the development of the transit transport system "
          "in the States of Central Asia and in neighbouring developing countries' = a policy priority, with no named "
          "partner and no act between actors (borderline a 061 with no target)"),
 54: ([], "Bahrain (1991): 'We trust that this will be followed by the complete elimination of all manifestations of "
          "social discrimination and the restoration of the political and constitutional rights of the black majority "
          "in South Africa' = an optative hope about future, agentless steps (held-out 113: optative hopes not coded; "
          "borderline a future 0833 ZAF/GOV -> ZAF/CVL); 'this' = the positive steps towards repealing apartheid "
          "of the sentence before, agentless, outside the sentence"),
 55: ([("economic blockade of Cuba", "163", "USA/GOV", "CUB", False, A, N, True)],
      "Ghana (2015); 'the economic blockade of Cuba' = the US embargo, its agent plain from the sentence before ('the "
      "United States and Cuba have taken significant measures to normalize relations'; held-out 48/49: an event noun "
      "whose agent is plain only from the text around it is coded) -> a nominal 163 (an earlier set: a US "
      "'blockade' of Cuba 163) USA/GOV -> bare CUB (held-out 146: 'the embargo imposed by the most powerful nation' "
      "163 USA/GOV -> bare CUB; borderline no source, or CUB/GOV); 'That is an important first step towards "
      "discarding the relics of the Cold War' = an evaluation of the normalisation, which lies in the sentence "
      "before, and a hoped-for end of the blockade, not coded (borderline a future 0854 or 085 USA/GOV -> CUB)"),
 56: ([], "Spain (1991): 'The United Nations has contributed, in an outstanding way, to avoiding confrontation among "
          "States, to preventing the outbreak of aimed [armed] conflicts, or to limiting their effects on civilian "
          "populations' = a generalised evaluation of the Organization's record with no named party (borderline a "
          "habitual 045 or 074 org:UN with no target, as held-out 153's 'provide valuable support to countries' 070)"),
}
