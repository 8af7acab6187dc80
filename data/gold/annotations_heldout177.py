"""Hand annotations for the HUNDRED-AND-SEVENTY-SEVENTH held-out event gold set (source of events-heldout177.jsonl).

Keyed by the row index of selection-heldout177.jsonl (output of select_bulk_sentence_heldout.py 177; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout177.jsonl \
        --annotations annotations_heldout177 --output events-heldout177.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Belgium (1996): 'We do not believe that we should impose upon other countries any system of government or "
         "dictate the way to achieve this' = a belief about a norm of conduct (a negated deontic inside 'do not "
         "believe'), its object 'other countries' an open, uncoded class (the context is Zaire and Central Africa, "
         "but the sentence generalises); an abstract policy position (guideline), not coded (borderline a negated, "
         "demanded 1044 or 170 BEL/GOV -> null, or target COD/GOV from the preceding sentence); the insistence on "
         "good governance lies after the sentence"),
 1: ([("strongly condemns", "111", "PAN/GOV", N, False, A, N, False)],
     "Panama (2017); 'Panama strongly condemns all acts of terrorism anywhere the world' = the speaker's "
     "condemnation (guideline: condemn 111) of attacks with no named perpetrator -> target null (README: "
     "condemning attacks by unnamed perpetrators is the speaker's 111 with no target); the acts of terrorism "
     "themselves have no agent and no victim in the sentence, not coded; 'which can never be justified' is an "
     "evaluation (README: 'There can never be any justification for' is an evaluation), and 'never' bears "
     "on the justification, no negated event"),
 2: ([], "United Arab Emirates (1995): 'those Governments' = the Governments of the GCC countries (preceding "
         "sentence); 'have spared no effort in trying to ease the suffering caused to their peoples by past events' "
         "= litotes for efforts of each government for its own people, a domestic effort with no counterpart "
         "(borderline a 073 org:GCC -> null); 'the use or threat of force by certain parties will never lead to the "
         "achievements of their aim' = a generalisation about unnamed parties (Iraq and Iran are not named in the "
         "sentence or the paragraph) with no named target, and 'will never lead' negates an outcome, not an event; "
         "not coded (borderline a nominal 190 and 130 with no source and no target)"),
 3: ([("will never tolerate", "120", "GMB/GOV", N, False, A, N, False)],
     "Gambia (2013); 'we will never tolerate any agenda that clearly calls for human extinction' = a performative "
     "non-acceptance by the speaker (guideline: 'we will never accept it' is a REJECT 12x with negated false; "
     "README: 'We utterly reject attacks' by unnamed agents 120 with no target) -> 120; the agenda's "
     "promoters ('those who promote homosexuality', preceding sentence) are an uncoded class -> target null; 'we' "
     "= the speaker's government (the preceding 'we Muslims and Africans' is not carried into this sentence); "
     "'an agenda that ... calls for' has an inanimate subject and no addressee, not coded; borderline not coded "
     "as resolve ('will not stand by', README)"),
 4: ([("generosity and support", "070", N, "BTN/GOV", False, A, N, True)],
     "Bhutan (2008); 'Since the 1970s we have never wavered from that path' = 'never' bears on a domestic "
     "development path, no negated event; 'thanks greatly to the generosity and support of our development "
     "partners' = 'thanks to' states a cause, not a thanks act (README 116: 'Thanks to the assistance of Canada' "
     "is a nominal 070, not a thanks act) -> the partners' support as a nominal aid 070, the development partners "
     "an uncoded collective -> source null (README 121: Mali's thanks to uncoded partners 'for their "
     "contribution' a nominal 070 with no source; README: 'we had a lot of help' 070 with no source), "
     "to the speaker's government BTN/GOV, habitual since the 1970s -> asserted (borderline 071 economic aid)"),
 5: ([], "United Kingdom (May, 2017); the sentence opens with the page header '24/29 17-29395'; 'We must also step "
         "up our efforts as never before to tackle the terrorist use of the Internet' = a hortative whose 'we' means "
         "all states and partners (held-out 42/43: 'we' meaning all states not coded), against an uncoded "
         "phenomenon; 'the threat from terrorists evolves' is a threat as risk (guideline: figurative); 'so must our "
         "cooperation' = cooperation among the same 'we', null-null; not coded (borderline a demanded 062 GBR/GOV "
         "-> null)"),
 6: ([], "Poland (1991): 'I think that all would agree that global security can no longer be addressed in terms of "
         "one group of States or another' = an opinion about security policy, no actor and no act; 'no longer' bears "
         "on a way of thinking"),
 7: ([], "Portugal (1999): 'the international community has not always been able to rise to meet these challenges' = "
         "an evaluation of an uncoded collective's record with no named counterpart (the cases are named only in "
         "the following sentence), null-null, not coded; 'has not always been able' is no negated event"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "The former Yugoslav Republic of Macedonia (2012): 'I am convinced that intensive regional cooperation in "
         "this area will help us build a region more resistant to natural disasters' = a belief about the effect of "
         "cooperation among the uncoded states of South-eastern Europe, no act between named actors (borderline a "
         "future 030 MKD/GOV -> null, the chairmanship of the SEECP lying in the preceding sentence)"),
 9: ([], "Saudi Arabia (2012): 'The security and stability of the Arab Gulf region will be reached only through the "
         "establishment of good relations based on good-neighbourliness and constructive cooperation' = an agentless "
         "condition for regional stability, no actor named (Iran appears only in the following sentence); not coded "
         "(borderline a demanded nominal 050 with no source)"),
 10: ([], "Iran (1991): the acceptability of regional arms-control programmes 'depend[s] on ensuring the security of "
          "the countries of each region against threats emanating from within and outside their respective regions' "
          "= a general condition; threats as risks (guideline: figurative), no actor"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Togo (2013): 'there must be, at the national and international levels, conditions conducive to "
          "continuing and strengthening international cooperation in areas such as debt, trade ...' = an agentless "
          "deontic about conditions for cooperation among uncoded parties, an abstract policy position, not coded"),
 12: ([("undertook to double", "0331", "AUS/GOV", N, False, A, N, False)],
      "Australia (2007); 'At the United Nations Summit in 2005, Australia undertook to double its development "
      "assistance budget by the year 2010' = an intent to give aid stated as a fact (guideline: 'we pledged to "
      "continue' 03x asserted; README: an aid target is 0331) -> 0331 asserted, the recipients unnamed -> "
      "target null (the Summit is the venue; borderline org:UN, as the README's pledge made on joining the UN); "
      "'we are well on the way to achieving that goal' is the pledge's fulfilment in progress, not coded "
      "separately (borderline an asserted 071); 'this aid must be focused and delivered in a way that promotes "
      "broad-based economic growth' = a deontic on the manner of delivering aid already pledged, with no "
      "recipient, not coded (borderline a demanded 071 AUS/GOV -> null)"),
 13: ([], "Palau (2014): 'We must move it [climate change] to the front page ... so that it receives the attention "
          "and the financing that it deserves' = 'we' meaning all states (held-out 42/43), an agenda-setting "
          "hortative; the financing has no source and no recipient; not coded"),
 14: ([], "Bhutan (1993): 'it [the Security Council] must always be made accountable for its actions to the "
          "General Assembly' = a UN reform position (held-out 52/53, 54-61: reform positions not coded; borderline a "
          "demanded nominal 1044 with no source -> org:UNSC)"),
 15: ([], "Lithuania (2000): 'The root causes of conflicts should be addressed' = an agentless deontic about "
          "conflict prevention in general, no actor"),
 16: ([("I call on", "102", "CIV/GOV", N, False, A, N, False),
       ("the candidacy", "102", "CIV/GOV", "org:UNGA", False, A, N, True)],
      "Cote d'Ivoire (2016); 'I call on all States Members of our Organization to support the candidacy of Cote "
      "d'Ivoire during the elections to be held in June 2017' = a request (guideline: call on -> 10x) for votes -> "
      "demand policy support 102 (held-out 77 row 30: 'we request support for the draft resolutions' 102), the "
      "addressees all Member States, an uncoded collective -> target null; the candidacy for a non-permanent "
      "Security Council seat (preceding sentence: 'put forward its candidacy') = a bid for a seat elected by the "
      "General Assembly -> nominal 102 CIV/GOV -> org:UNGA (README 157: Turkey's 'We expect the support of all "
      "Members for our candidacy' a 102 with no target plus a nominal 102 to org:UNGA; README 118/129: candidacies "
      "to org:UNGA); borderline the request to org:UNGA, or the candidacy left uncoded as a membership position"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("endorsed by the Security Council", "051", "org:UNSC", N, False, A, N, False)],
      "Myanmar (1991); 'the framework for a comprehensive political settlement in Cambodia, endorsed by the "
      "Security Council in resolution 668 (1990)' = the Council's endorsement of the framework document -> 051 "
      "from org:UNSC (README 145: 'Endorsed in resolutions of' the LAS, the OIC ... one 051 per coded "
      "organisation with no target), the framework's authors (the five permanent members) not named in the "
      "speech -> target null (borderline bare KHM); 'the Pattaya and New York agreements reached between the "
      "Cambodian parties' = agreements among domestic parties that the speech never names (README 121: the "
      "Maputo agreements among unnamed Malagasy movements left uncoded; README 129: agreements between unnamed "
      "parties uncoded), not coded (borderline a 057 KHM/GOV -> KHM/REB for the State of Cambodia and the "
      "resistance factions); the formation of the Supreme National Council under Sihanouk is a domestic "
      "institutional act with no CAMEO code"),
 18: ([], "Mauritania (1996): democracy and the rule of law as 'positive results of the activities of the "
          "international community, as reflected in the resolutions of the United Nations ... and in the decisions "
          "and recommendations handed down by several conferences organized under United Nations auspices or with "
          "its support' = an evaluation of an uncoded collective's activities with no named beneficiary; the "
          "conferences are unnamed and have no target, and UN 'auspices' are not coded (README 116); not coded "
          "(borderline a 043 org:UN -> null, or a nominal 070 org:UN -> null)"),
 19: ([], "Belgium (2004): the sentence starts at 'West and the Arab and Muslim world' (the splitter cut after 'I "
          "plead for a dialogue between the'), so the request verb lies outside it (README: a fragment whose "
          "verb was cut away is left uncoded); the dialogue's parties, the West and the Arab and Muslim world, are "
          "uncoded collectives; 'deny such barbarous acts all legitimacy' and 'bringing this appalling logic of "
          "death to a halt' are purposes; not coded (borderline a 1043 BEL/GOV -> null)"),
 20: ([], "Cuba (2012): the sentence starts at 'American and Caribbean States (CELAC)' (the splitter cut after 'the "
          "Community of Latin'); 'CELAC held its inaugural summit meeting in Caracas' = a summit of the "
          "organisation's own members held at a venue (README 110, 142, 153: meetings only 'held' at a venue left "
          "uncoded), Caracas a place, not a metonym; no act between distinct actors (borderline a 043 VEN/GOV -> "
          "org:CELAC for the host)"),
 21: ([], "Sierra Leone (2002): 'the situation in our part of the continent continues to pose a threat to "
          "international peace and security' = a threat as risk (guideline: figurative), no actor"),
 22: ([], "Antigua and Barbuda (1990): 'Threats to the Earth's environment have multiplied' = a threat as risk "
          "(guideline: figurative), no actor"),
 23: ([("We welcome", "051", "MLT/GOV", N, False, A, N, False)],
      "Malta (2008); 'We welcome all initiatives which create a bond between European and Mediterranean countries' "
      "= a welcome (guideline: 051) of initiatives whose authors the sentence does not name -> target null "
      "(held-out 76 row 27: 'We commend and support all efforts' 051 null; README 150: support for unattributed "
      "initiatives 051 with no target); the bond itself is between uncoded collectives (European and "
      "Mediterranean countries), not coded (borderline a 050 null -> null); the Parliamentary Assembly of the "
      "Mediterranean and the Union for the Mediterranean are named only after the sentence"),
 24: ([("stands ready to resume negotiations", "036", "GRC/GOV", "TUR/GOV", False, A, N, False),
       ("withdrawal of the Turkish occupation troops", "0874", "TUR/MIL", "CYP", False, H, N, True),
       ("Turkish occupation troops", "192", "TUR/MIL", "CYP", False, A, N, True)],
      "Greece (2019); 'Greece stands ready to resume negotiations for the termination of the ... 1960 system of "
      "guarantees and unilateral rights of intervention and for the withdrawal of the Turkish occupation troops "
      "from the island' = readiness to negotiate stated as a fact (README: 'are prepared to engage in "
      "dialogue' 036 asserted; held-out 8: 'stands ready to engage' 03x asserted) -> 036, the counterpart on the "
      "guarantees and the troops -> TUR/GOV (borderline GBR/GOV, the third guarantor, never named in the speech, "
      "or CYP/GOV); the withdrawal is the negotiations' aim, not yet realised -> nominal 0874 hypothetical "
      "(README 153: 'until the occupation is ended' a hypothetical 0874; borderline not coded as a purpose) from "
      "the armed forces named -> TUR/MIL, off the island of Cyprus -> bare CYP (guideline: target of an "
      "occupation); the occupation the troops carry out is realised and presupposed -> nominal 192 asserted "
      "TUR/MIL -> CYP (README 141: 'Occupation troops in Iraq' a nominal 192 beside the 0874; borderline left "
      "uncoded as an adjective, README 147); the end of the guarantee system has no CAMEO code"),
 25: ([("illegal sanctions", "163", "USA/GOV", "ZWE", False, A, N, True),
       ("illegal sanctions", "163", "org:EU", "ZWE", False, A, N, True)],
      "Zimbabwe (2009); 'Where stand their humanitarian principles, we ask, when their illegal sanctions are ruining "
      "the lives of our children?' = a rhetorical question that presupposes the sanctions (README: a "
      "rhetorical question that presupposes an act is that act, asserted); 'their' = the Western countries of the "
      "preceding sentences, 'in particular the United States and the European Union, who imposed illegal "
      "sanctions on Zimbabwe' (README 121: Zimbabwe's unnamed opponents resolved from the speech to USA/GOV and "
      "org:EU) -> one nominal 163 per imposer, to the country as a whole -> bare ZWE ('imposed ... on Zimbabwe'; "
      "borderline ZWE/GOV, or ZWE/CVL for 'our children'); 'Where stand their humanitarian principles' is an "
      "implied reproach, not coded (borderline a 111 ZWE/GOV -> USA/GOV and org:EU); 'we ask' is the speech verb"),
 26: ([], "Solomon Islands (2007): a belief that environmental protection 'can be capably addressed through the "
          "enunciation of principles that dictate reciprocal undertakings aimed at the continued granting and "
          "receipt of foreign aid' = an abstract policy position about aid between uncoded donors and recipients "
          "(guideline), not coded"),
 27: ([("supports legitimacy in Libya", "051", "SAU/GOV", "LBY/GOV", False, A, N, False)],
      "Saudi Arabia (2018); 'The Kingdom of Saudi Arabia supports legitimacy in Libya' = verbal support (guideline: "
      "051) for 'legitimacy', the term Saudi speeches use for the internationally recognised government (the "
      "Government of National Accord under the Skhirat Agreement, following sentence) -> LBY/GOV (borderline bare "
      "LBY, as README 122's 'Jordan supports a united and stable Iraq', or not coded as an abstract position)"),
 28: ([], "Bosnia and Herzegovina (2018): 'Strong global and regional cooperation ... is essential to the success of "
          "all those efforts' = an abstract evaluation of cooperation with no actor; the Western Balkans cooperation "
          "lies after the sentence"),
 29: ([], "Cabo Verde (2010): 'groups of States coming together to discuss major regional and global issues' = "
          "meetings among unnamed, uncoded groups of states (null-null), described as a trend; not coded "
          "(borderline a 040 null -> null)"),
 30: ([], "Maldives (1995): 'it is regrettable to note that ... the overall picture of development is not optimistic' "
          "= regret about a state of affairs, not about any actor's behaviour (the low ODA figures come only in the "
          "following sentence); an evaluation of a development, not coded (borderline a 110 MDV/GOV with no target, "
          "since the guideline makes 'it is regrettable' a 110)"),
 31: ([("rejects", "120", "MRT/GOV", N, False, A, N, False)],
      "Mauritania (2012); 'The Islamic Republic of Mauritania rejects terrorism in all its forms and "
      "manifestations' = an explicit rejection by the speaker (guideline: REJECT 12x; README 150: 'Bangladesh "
      "abjures religious extremism' a 120 with no target) -> 120, no named perpetrator -> target null"),
 32: ([], "Yemen (2000): 'we welcome all the resolutions calling for the reform of the United Nations and its "
          "structure', including Security Council enlargement and a stronger General Assembly = a UN reform position "
          "(held-out 52/53, 54-61: UN reform positions not coded), the resolutions unattributed and partly still hoped "
          "for (following sentence: 'It is our hope that resolutions will be adopted'); not coded (borderline a 051 "
          "to org:UNGA plus a nominal 1044 from org:UNGA, as README 121's welcome of named reforms)"),
 33: ([("We also welcome", "051", "MUS/GOV", N, False, A, N, False),
       ("unanimous recognition", "051", N, "MUS/GOV", False, A, N, True),
       ("its return", "0842", "GBR/GOV", "MUS", False, F, N, True)],
      "Mauritius (2015); 'We also welcome the Tribunal's unanimous recognition that Mauritius has an interest in "
      "significant decisions bearing upon the uses of the Archipelago' = the speaker's welcome (guideline: 051) of "
      "the Award of the UNCLOS Annex VII Arbitral Tribunal (preceding sentences), an ad hoc body with no code -> "
      "target null (README: welcoming a decision of an uncoded body is 051 with no target; borderline a new "
      "code for the tribunal); the Tribunal's recognition of Mauritius's interest = an endorsement of its claim -> "
      "nominal 051 with no source to MUS/GOV (README 133: the League of Nations' recognition of a right a 051; "
      "borderline not coded as a legal finding, CAMEO having no ruling code); 'pending its return to the effective "
      "control of Mauritius' = the Chagos Archipelago's return by the United Kingdom, whose undertaking to return "
      "it the Tribunal held binding, the UK named in the preceding sentences -> return of property/territory "
      "nominal 0842 future (README 117: the Canal 'restored to the people of Panama' 0842 to bare PAN; borderline "
      "hypothetical, or not coded as an expectation), to the country -> bare MUS; reported_by null, the Tribunal "
      "having no code"),
 34: ([], "Djibouti (1999): 'communities in many towns and regions are organizing to determine their own future' = "
          "Somali communities' domestic self-administration (following sentence: 'decentralization or "
          "self-administration'), no act between actors; 'As we meet here today' is the Assembly's session"),
 35: ([("we appeal", "1054", "GNQ/GOV", N, False, A, N, False),
       ("the embargo against Cuba", "163", N, "CUB", False, A, N, True)],
      "Equatorial Guinea (2012); 'we appeal for the suspension of the embargo against Cuba' = a request (guideline: "
      "appeal -> 10x) to ease economic sanctions -> 1054 (README 163: Ecuador's appeal to end the embargo a 1054); "
      "the speech never names the United States -> target null (README 122: a 1054 with no target because the "
      "speech never names the United States; README: a call to end an embargo whose imposer the document "
      "never names has no target); the embargo itself = a nominal sanction 163 with no source to bare CUB (README "
      "122, 154: an unattributed embargo or blockade a nominal 163 with no source to bare CUB)"),
 36: ([("has always supported", "051", "WSM/GOV", "org:ASEAN", False, A, N, False),
       ("untiring efforts", "045", "org:ASEAN", "KHM", False, A, N, True)],
      "Samoa (1990); 'My country has always supported the untiring efforts of the Association of South-East Asian "
      "Nations (ASEAN) to help resolve this 11-year-old conflict' = habitual verbal support (guideline: 051) -> "
      "org:ASEAN (held-out 76 row 35: commending the Secretary-General's efforts 051 to org:UN); ASEAN's efforts to help "
      "resolve the Cambodian conflict (the Jakarta Informal Meetings) = a mediation noun with its agent named -> "
      "nominal 045 (README: a facilitation or mediation of an organisation is a nominal 045 to each party), "
      "the conflict's parties never named in the speech -> bare KHM (README 149: Djibouti's 'endeavour to broker' "
      "a nominal 045 to bare SOM, the parties being unnamed; borderline KHM/GOV and KHM/REB); 'this 11-year-old "
      "conflict' is a conflict named only by place (the preceding sentence), not coded"),
 37: ([("commend", "051", "TUV/GOV", "org:UNGA", False, A, N, False)],
      "Tuvalu (2003); 'We also commend the outgoing President, Mr. Jan Kavan, for his excellent leadership in the "
      "General Assembly this past year' -> 051 (guideline: commend 051) to the outgoing President of the General "
      "Assembly -> org:UNGA (README: appreciation of an outgoing President of the General Assembly goes to "
      "org:UNGA; borderline CZE/CVL)"),
 38: ([], "United States (Obama, 2009): the sentence starts at 'Korea and Iran threaten' (the splitter cut after 'In "
          "their actions to date, the Governments of North'); 'threaten to take us down this dangerous slope' = "
          "'threaten to' in the sense of 'risk', a metaphor for undermining the non-proliferation regime, with no "
          "threatened party and no threatened act (guideline: figurative threats not coded); the actions (avoided "
          "IAEA inspections, ignored UN demands) lie in the preceding sentence; not coded (borderline a 130 each "
          "from PRK/GOV and IRN/GOV with no target, the subject taken from the context)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Yemen (1997): considerations 'unanimously recognized by the international community which cannot be "
          "ignored' = a generalisation about a country seeking foreign aid, an uncoded collective and an unnamed "
          "country; no act"),
 40: ([], "Cyprus (2018): 'they are a practical expression of effective multilateralism' = 'they' = the trilateral "
          "partnerships of the preceding sentence; an evaluation, the partnerships themselves lying outside the "
          "sentence (borderline a nominal 050 CYP/GOV -> each partner, taken from the context)"),
 41: ([], "Paraguay (2007): 'I have been working very hard at the head of the Government to make significant "
          "changes' = domestic policy, no act between actors"),
 42: ([], "Morocco (1992): systems that 'may not necessarily be suitable for a developing third world country' = a "
          "generalisation, no actor"),
 43: ([], "Cambodia (2013): 'Poverty is still widespread' = a description, no actor"),
 44: ([], "Costa Rica (1994): a fragment cut by the splitter, 'For countries such as the banana-producing "
          "countries of' [Latin America]; the EU's reduced market access lies after the cut; no verb, no event"),
 45: ([], "Mongolia (2014): 'The issue of the Council's working method is also important for all small States' = a UN "
          "reform position (held-out 52/53), no act"),
 46: ([], "Cabo Verde (2013): 'Cape Verde is committed to making its contribution to the creation of a new goals "
          "scenario' (the post-2015 agenda) = a commitment to an abstract goal with no counterpart (held-out 76 row "
          "45: a commitment to conference goals not coded; README 146: a commitment to the Paris Agreement "
          "uncoded); not coded (borderline a 030 CPV/GOV -> org:UN)"),
 47: ([("put into action", "071", N, "ECU/GOV", False, H, N, False),
       ("put into action", "071", N, "PER/GOV", False, H, N, False)],
      "Ecuador (1998); 'This $3 billion - a very large sum for both countries - can be put into action if we achieve "
      "peace' = the $3 billion in loans 'from multilateral entities' for border development (preceding sentence) "
      "offered to Ecuador and Peru ('both countries', the speech's peace with Peru) on condition of peace -> "
      "economic aid 071 hypothetical (README 130: Argentina's field hospital offered 'Provided that' a "
      "hypothetical 074), the unnamed multilateral lenders -> source null, one per recipient (README: aid "
      "from uncoded parties one per recipient named); borderline not coded as a description of incentives, or "
      "0331; 'if we achieve peace' = the Ecuador-Peru settlement as an outcome, not coded (borderline a "
      "hypothetical 057 ECU/GOV -> PER/GOV)"),
 48: ([], "Chile (2006): 'today Chile is more free and more fair' = a description, no act"),
 49: ([("is ready to supply", "0333", "CUB/GOV", N, False, A, N, False)],
      "Cuba (2000); 'Cuba is ready to supply up to 3,000 additional Cuban doctors and paramedics for such an "
      "undertaking in sub-Saharan Africa' = readiness to give medical aid stated as a fact (held-out 8: 'stands "
      "ready to assist' 03x asserted; README 155: Zambia's 'stands ready to support' the Ebola response 0333) -> "
      "intent of humanitarian aid 0333 asserted, the beneficiaries a region with no code -> target null "
      "(borderline 033, or 0331); the undertaking is Castro's offer to the UN, the WHO and the developed "
      "countries in the preceding sentence, not coded here"),
 50: ([], "Algeria (1993): 'it is necessary for us to continue, collectively and without bias, to consider those "
          "aspects of the Secretary-General's report' = 'us' meaning all Member States (held-out 42/43), "
          "deliberation on the Agenda for Peace, no act between actors"),
 51: ([("endorsed", "051", "org:LAS", N, False, A, N, False),
       ("endorsed", "051", "org:UN", N, False, A, N, False)],
      "India (2012); 'It is imperative that there be an early realization of a sovereign, independent, viable and "
      "united State of Palestine ... at peace with Israel' = an agentless deontic about statehood, no CAMEO act "
      "(borderline a demanded 054 with no source to PSE/GOV), not coded; 'as endorsed in the Arab Peace "
      "Initiative, the Quartet road map and the relevant United Nations resolutions' = endorsements of the two-"
      "State vision (README 145: 'Endorsed in resolutions of' several organisations gives one 051 per coded "
      "organisation with no target) -> 051 from org:LAS (the Arab Peace Initiative) and from org:UN for the "
      "unspecified resolutions (borderline org:UNSC or org:UNGA), with no target (borderline PSE/GOV); the "
      "Quartet has no code and its members are never named in the speech -> dropped (README: a group "
      "without a code is each member the document names)"),
 52: ([], "Bulgaria (1991): 'forces which - as happened in Moscow last August - are ready and have the daring to raise "
          "a hand against the established constitutional democratic order' = the August 1991 coup attempt, a coup "
          "(README: coups are not coded, CAMEO having no code for them) by unnamed forces; 'in Moscow' is a "
          "place, not a metonym; 'has not completely rid itself of forces' is no negated event (borderline a "
          "nominal 1411 or 180 with no source to SUN/GOV)"),
}
