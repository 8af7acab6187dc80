"""Hand annotations for the EIGHTY-EIGHTH held-out event gold set (source of events-heldout88.jsonl).

Keyed by the row index of selection-heldout88.jsonl (output of select_bulk_heldout.py 88; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout88.jsonl \
        --annotations annotations_heldout88 --output events-heldout88.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("we call on", "102", "WSM/GOV", N, False, A, N, False)],
     "Samoa (2005); 'we call on States who have not done so to ratify the Treaty's Protocols' = a request "
     "(guideline: call on -> 10x) to ratify treaty protocols -> 102 (held-out 76 row 2: calls to join or ratify a "
     "treaty 102), the addressees an uncoded class that the document never names (the nuclear-weapon States of the "
     "Rarotonga Protocols) -> target null (held-out 77 row 8: a call with a specific Y and no coded addressee); the "
     "relative 'who have not done so' = a non-ratification by unnamed States of protocols with no coded "
     "counterpart, null-null, not coded (held-out 54-61: acts between uncoded collectives left uncoded; borderline "
     "a negated 057 null -> null, as the held-out 38/39 'countries that have not recognized Palestine'); the Treaty "
     "'highlights the seriousness' is a description, 'the threat of nuclear weapons' a risk (guideline)"),
 1: ([("a sponsor of their membership application", "051", "LCA/GOV", "KOR/GOV", False, A, N, True),
      ("a sponsor of their membership application", "051", "LCA/GOV", "PRK/GOV", False, A, N, True),
      ("looks forward to working closely", "030", "LCA/GOV", "KOR/GOV", False, F, N, False),
      ("looks forward to working closely", "030", "LCA/GOV", "PRK/GOV", False, F, N, False),
      ("A special welcome must be extended", "051", "LCA/GOV", "EST/GOV", False, A, N, False),
      ("A special welcome must be extended", "051", "LCA/GOV", "LVA/GOV", False, A, N, False),
      ("A special welcome must be extended", "051", "LCA/GOV", "LTU/GOV", False, A, N, False)],
     "Saint Lucia (1991); 'their' and 'them' = the Republic of Korea and the DPRK (preceding sentence); 'My "
     "delegation was proud to be a sponsor of their membership application' = co-sponsoring the two Koreas' "
     "admission, an act of diplomatic support for named states -> 051 per Korea (held-out 46/47: support for the "
     "G4's candidatures one 051 per country; earlier sets: welcoming the simultaneous admission of the two Koreas "
     "051 to each), nominal (borderline not coded as a UN membership position, held-out 54-61); 'looks forward to "
     "working closely with them in the coming years' = future cooperation (guideline: 'look forward to' + event -> "
     "future; held-out 12/13: 'hope that we can work together' 030 future) -> 030 future per Korea; 'this new step will not "
     "be a barrier to the desire for reunification' is an expectation, not a negated event; 'A special welcome must "
     "be extended to Estonia, Latvia and Lithuania' = a deontic passive welcome of the new Members by the speaker "
     "(held-out 20/21: 'should be welcomed' is the speaker's 051; earlier sets: welcoming new Member States 051 to each "
     "GOV) -> 051 per Baltic state, asserted (borderline not coded as an impersonal passive, held-out 52/53); "
     "'kept the dream of Baltic sovereignty alive' is no act between actors"),
 2: ([("cooperated closely", "050", "KHM/GOV", "org:UN", False, A, N, False)],
     "Cambodia (2004); 'we have always cooperated closely with the Organization' = diplomatic cooperation with the "
     "United Nations -> 050 asserted (habitual) to org:UN; 'we joined the United Nations in 1955' = a UN admission, "
     "not coded (held-out 54-61: UN admissions and membership positions uncoded; borderline 057 with org:UN, as "
     "joining the NPT); 'has never held any position within it' negates holding an office, a status, not an event"),
 3: ([], "Swaziland (2011): 'The world surely does not want to send the message that its interventions take place "
         "only when specific interests are threatened' = a statement about the uncoded 'world' and its interventions "
         "in general (Somalia in the context), no named target; 'threatened' interests is a risk (guideline); not "
         "coded (borderline a negated 190/074 null -> SOM)"),
 4: ([("refuse to see", "120", "AGO/REB", "AGO/GOV", False, A, N, False),
      ("support him", "070", N, "AGO/REB", False, A, N, False)],
     "Benin (1998); 'Why do Mr. Savimbi and those who support him ... refuse to see that the time for peace has come "
     "for the martyred people of Angola?' = a why-question that presupposes the refusal (held-out 28/29: a "
     "rhetorical question that presupposes an act is that act, asserted; borderline modality question, as the "
     "guideline's 'Is it not a fact that Turkey refuses'); Savimbi = UNITA, an armed insurgency in 1998 -> AGO/REB; "
     "an explicit refusal (guideline: refuses -> REJECT, negated false) of peace with the Government -> 120 to "
     "AGO/GOV (borderline 1246 decline to de-escalate, or 127 for the Lusaka Protocol the document does not name; "
     "borderline not coded as a cognitive 'refuse to see'); 'those who support him, either covertly or overtly' = "
     "foreign backers the document does not name -> 070 with no source to AGO/REB (held-out 30/31: foreign "
     "backing a 070 per backer; held-out 76 row 31: 'were supported' 070), asserted since presupposed; the "
     "supporters' share in the refusal is an uncoded co-source, dropped (guideline compound rule)"),
 5: ([("incursions", "180", N, "CMR", False, A, N, True),
      ("occupation", "192", N, "NGA", False, A, N, True)],
     "Niger (2014); Boko Haram has no code (held-out 16, 32; earlier sets: Boko Haram's attacks 180 null -> TCD) -> "
     "source null; 'its recent incursions into Cameroon' = cross-border raids by a non-state armed group with its "
     "agent named -> nominal 180 (guideline: unspecified violence by non-state armed groups 180; borderline 190), "
     "to the country as a whole -> CMR; 'the occupation of ever more territory' in Nigeria -> nominal 192 "
     "(guideline: occupy 192) to NGA; 'going so far as to threaten Maiduguri' = a military menace on a city, not a "
     "verbal threat -> not coded (guideline: threat as risk; borderline 138 null -> NGA); 'extremely aggressive' "
     "and 'demonstrated a barbarism' are evaluations (guideline)"),
 6: ([("the support needed", "070", N, "org:IGAD", True, A, N, True)],
     "Kenya (2010); 'the support needed to implement these decisions by the international community has not been "
     "forthcoming' = a realised non-event (guideline: 'has yet to fulfill' negated; held-out 40/41: 'the "
     "international community has not stepped in to protect' negated 074) -> negated nominal 070, the international "
     "community uncoded -> source null; 'these decisions' = the July 2010 IGAD Summit decisions on Somalia "
     "(preceding sentences), support for their implementation going to their author -> org:IGAD (held-out 8: "
     "support aimed at a process goes to its named parties; borderline org:AU, which endorsed them, or SOM/GOV)"),
 7: ([], "Comoros (2004): 'as long as, working all together, we have not made the required efforts to save the "
         "hundreds of millions of human lives threatened by ... AIDS' = 'we' meaning all states (held-out 42/43: not "
         "coded), a conditional about an abstract effort; 'threatened by the scourges' is figurative (guideline)"),
 # --- UNGDC 1990-2019 random: reported
 8: ([], "Antigua and Barbuda (2009): 'is in full support of a legally binding arms trade treaty' = support for a "
         "treaty not yet negotiated, an abstract policy position with no counterpart (guideline; borderline 051 "
         "ATG/GOV -> null); the treaty's future effects are agentless and hypothetical"),
 9: ([], "Brazil (1997): 'We have always said that in identifying new permanent members we must exercise realism' = "
         "the speaker's own past statement (01x) of a Security Council reform position (held-out 54-61: reform "
         "positions uncoded); 'we' meaning all states"),
 10: ([("its contribution", "071", "JPN/GOV", "AFG/GOV", False, A, N, True)],
      "Japan (2005); 'Japan has announced that its contribution will total $1 billion by the end of March 2006, "
      "including assistance in the field of security' = the speaker's own government's announcement (guideline: a "
      "speaker's own statements, reported_by null); the contribution = Japan's assistance to Afghanistan (the "
      "preceding sentences: assisting the Afghan DDR with UNAMA; the field of security) -> target AFG/GOV, taken "
      "from the context (borderline bare AFG); a committed aid sum, partly disbursed -> economic aid 071 asserted, "
      "nominal (held-out 20/21: committed aid sums are aid; earlier sets: 'we have announced that we are raising "
      "our development budget' 071), one commitment of two parts coded once (borderline 0331 asserted as an "
      "announced pledge, held-out 26/27; or future modality for the total still to be reached)"),
 11: ([], "Panama (2003): 'The Pan American Health Organization met in Washington on 11 June to address this issue' = "
          "a session of the organisation's own governing body, with no named counterpart (held-out 54-61: acts "
          "inside an uncoded collective left uncoded; borderline 040 org:PAHO -> null); 'noted that ...' is a "
          "statement (01x), 'threatens to undermine' a risk (guideline); Washington is a place, not a metonym"),
 # --- UNGDC 1990-2019 random: future
 12: ([("We urge", "1044", "GUY/GOV", N, False, A, N, False)],
      "Guyana (1996); 'We urge further international action on the measures agreed upon and also on the early "
      "establishment of an international criminal court' = a request (guideline: urge -> 10x) with no coded "
      "addressee ('international' action) -> target null (held-out 77 row 8: a call with a specific Y coded with "
      "target null); a request with several demands takes the most specific sub-code (held-out 9) -> creating a "
      "new international institution 1044 (held-out 9: a call for Council seats 1044 with target null; borderline "
      "102 as a treaty to be concluded, or not coded as a call with no addressee, held-out 52/53); the measures "
      "'agreed upon' (the ECOSOC drug debate) are agentless, and the court's deterrent effect is hypothetical"),
 13: ([], "Bhutan (1994): 'without increased official development assistance many least-developed countries will "
          "fall further behind' = a conditional about aid from unnamed donors to an uncoded class of countries, "
          "null-null, not coded (held-out 54-61; borderline a demanded 071 null -> null)"),
 14: ([("we\nare preparing", "036", "ARG/GOV", N, False, F, N, False)],
      "Argentina (2004); 'the Third Inter-American Meeting of Ministers of Health and the Environment, which we are "
      "preparing' (June 2005) = organising a future ministerial meeting -> 036 future (guideline: future meetings "
      "and hosting 036; held-out 77 row 37: 'the honour to host' a conference 036 future), the participating "
      "governments of the Americas uncoded -> target null (held-out 28/29: several conferences hosted by one "
      "government are one event with no target; borderline org:OAS or org:PAHO as the convening organisations); "
      "'the Summit of Heads of State of the Americas, which will take place in Argentina' = a second hosting, "
      "agentless and only implied by the venue, coded once with the first (same code, same pair; borderline a "
      "second 036 future); the meeting 'will submit its conclusions to the Summit' is between uncoded bodies"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Saudi Arabia (2015): 'We should not forget that the main principle ... is the maintenance of "
          "international peace and security' = a reminder with a document page header inside it, no act"),
 16: ([], "Turkey (2019): 'It is a responsibility to which we must rise' = 'we' meaning all states (held-out 42/43), "
          "a deontic about the refugees' plight with no codable behaviour"),
 17: ([("should like to reopen discussions", "036", "BEN/GOV", N, False, A, N, False)],
      "Benin (2003); 'Benin should like to reopen discussions so that the trade negotiations begun in Doha can "
      "effectively offer new prospects' = an expressed intent to negotiate (after Cancun, on the cotton "
      "initiative) -> 036, the expression itself realised -> asserted (guideline: an explicit intent stated as a "
      "fact 03x asserted; held-out 26/27: 'are prepared to engage in dialogue' 036 asserted; borderline future), "
      "the counterparts the developed countries of the context, an uncoded collective -> target null (borderline "
      "org:WTO as the forum); the Doha negotiations 'begun' are agentless and their prospects hypothetical"),
 18: ([], "Peru (2007): 'new challenges ... characterize a changing ... international scene to which States and "
          "international institutions must adapt' = a description and a deontic for all states, no act"),
 19: ([], "Belize (2001): 'Any progress made during the HIV/AIDS special session must be attributed to the "
          "collaborative spirit displayed by all those involved' = an evaluation of the special session's spirit, "
          "the participants an uncoded collective; not coded (borderline a nominal 050 null -> null)"),
 20: ([("We therefore urge other States", "1031", "GRD/GOV", N, False, A, N, False)],
      "Grenada (2007); 'We therefore urge other States to contribute to the many bodies of the United Nations that "
      "promote ... avenues for women' = a request (guideline: urge -> 10x) whose Y is funding for UN bodies -> demand "
      "economic aid 1031 (borderline 103), the addressees an uncoded class -> target null (held-out 77 row 10: "
      "'call upon developed countries ... to increase funding' 1031 with target null); Y not coded separately "
      "(guideline)"),
 # --- UNGDC 1990-2019 random: cue
 21: ([], "Israel (2019): 'The reality in the Middle East also presents opportunities for cooperation' = an "
          "evaluation, no actor"),
 22: ([("supports the lifting", "1054", "TLS/GOV", N, False, A, N, False),
       ("opposes all extraterritorial measures", "110", "TLS/GOV", N, False, A, N, False)],
      "Timor-Leste (2019); 'firmly supports the lifting of the economic, trade and financial embargo' = support for "
      "the easing of an embargo (held-out 24/25: support for a release 1053) -> demand easing of an embargo 1054; "
      "the embargo's imposer is never named in the document (the preceding sentence: 'the ... blockade that has been "
      "imposed on Cuba', an agentless passive) -> target null (held-out 50/51: a call to end an embargo whose "
      "imposer the document never names has no target; borderline USA/GOV by world knowledge); 'opposes all "
      "extraterritorial measures' = disapproval (earlier sets: 'remains opposed to the embargo' 110, target null; "
      "borderline 120) with the same unnamed target; the embargo itself is an event noun without an agent, not coded"),
 23: ([("strongly underscored the need", "107", "org:UNSC", "TUR/GOV", False, A, N, False)],
      "Cyprus (2002); 'The Council also strongly underscored the need for the Turkish side to cooperate fully in the "
      "ongoing effort for a comprehensive settlement' = the Security Council's press statement of 9 July (preceding "
      "sentence), a statement that is itself a request (held-out 38/39: a Council 'clear message ... that there "
      "must be an end to all violence' is a request; guideline: a speech verb that is itself the event is coded, "
      "reported_by null) -> org:UNSC; Y = cooperating towards a settlement -> 107 (borderline 102); 'the Turkish "
      "side' = Turkey and the Turkish-Cypriot leadership (following sentence: 'We invite Turkey and the "
      "Turkish-Cypriot leadership to heed the call'), the leadership without a code and dropped (held-out 4: "
      "'Ankara and the Turkish-Cypriot leadership' coded for Ankara only) -> TUR/GOV (borderline target null, the "
      "Council's own text naming the Turkish Cypriot side)"),
 24: ([], "Switzerland (2007): the risks 'are discussed in the Fourth Assessment Report' of the IPCC = a report's "
          "content, no act between actors"),
 25: ([], "Gabon (2019): 'The theme of our discussions is particularly relevant' = an evaluation"),
 26: ([("the parties agreed to it", "057", "CHL/GOV", "BOL/GOV", False, A, N, False),
       ("ratified it", "057", "CHL/LEG", "BOL/GOV", False, A, N, False),
       ("ratified it", "057", "BOL/LEG", "CHL/GOV", False, A, N, False),
       ("negotiation", "046", "CHL/GOV", "BOL/GOV", False, A, "BOL/GOV", True)],
      "Chile (2011); 'it' = the 1904 Treaty of Peace and Friendship between Chile and Bolivia (preceding sentences), "
      "historic acts coded to the governments of the time (held-out 5); 'the parties agreed to it' = concluding "
      "the treaty -> 057, symmetric, from the document's own government (guideline); 'their Parliaments ratified "
      "it' = two acts of two legislatures -> one 057 per parliament (CHL/LEG, BOL/LEG) to the other party (held-out 28/29: "
      "signing a ratification instrument 057; borderline a repeated mention of the same agreement, coded once); 'as "
      "Bolivia itself acknowledged, the Treaty was the outcome of free and consensus-based negotiation' = the "
      "negotiation, an event noun whose parties are plain from the context (held-out 48/49) -> nominal 046 "
      "CHL/GOV -> BOL/GOV, inside an attribution -> reported_by BOL/GOV (guideline); 'acknowledged' a fact is a "
      "speech verb, not coded (borderline 051)"),
 27: ([("financially assist", "071", "MLT/GOV", N, False, A, N, False)],
      "Malta (2011); 'Malta has been able to financially assist and support NGOs and interested individuals to carry "
      "out projects in developing and least developed countries' = realised economic aid (guideline: aid 07x) -> "
      "071, 'assist and support' one act (same code, same pair, coded once); the recipients = NGOs and individuals "
      "of no named country, the project countries unnamed ('various countries in Africa, as well as in Central and "
      "South America', following sentence) -> target null (borderline MLT/NGO for Maltese NGOs; borderline 070)"),
 28: ([("attempts to bring the concerned parties", "045", N, "SOM/REB", False, A, N, True)],
      "Eritrea (1997); 'Many attempts to bring the concerned parties to the negotiating table have failed' = "
      "mediation attempts on Somalia (preceding sentences: 'the efforts made by IGAD concerning the tragic situation "
      "... in Somalia') -> nominal 045, realised attempts that did not succeed -> asserted, not negated; the attempts "
      "made by several unnamed mediators -> source null (held-out 54-61: an agentless terrorist attack coded with no "
      "source; borderline org:IGAD from the context, or not coded as an event noun without an agent, guideline); "
      "the concerned parties = the unnamed Somali factions -> SOM/REB (held-out 36/37: unnamed Somali factions of "
      "1993 SOM/REB)"),
 29: ([("made a commitment", "073", "NOR/GOV", N, False, A, N, False)],
      "Norway (1998); 'Norway has already made a commitment of $120 million over a five-year period to mine action "
      "programmes, including assistance to mine victims' = a committed aid sum (held-out 20/21: committed aid "
      "sums are aid; set 28/29: an offered sum of aid) -> humanitarian demining and victim assistance 073 "
      "asserted (borderline 070, or 0333 as an announced contribution, held-out 26/27), one commitment of two "
      "parts coded once, the programmes' countries unnamed -> target null"),
 30: ([], "Kyrgyzstan (2001): 'This would be an important step in strengthening the international community's "
          "capacity ... including by expanding the assistance to countries in that region' = a hypothetical effect "
          "of UN participation in a conference; the assistance by an uncoded collective to an uncoded class of "
          "Central Asian countries, null-null, not coded (borderline a hypothetical 070 null -> KGZ/GOV); 'avert the "
          "threat to security' is a risk (guideline)"),
 31: ([("was agreed upon", "057", "PRT/GOV", "IDN/GOV", False, A, N, False),
       ("was agreed upon", "057", "PRT/GOV", "org:UN", False, A, N, False)],
      "Portugal (1999); 'The popular consultation was agreed upon ... in the Agreement of 5 May' = an agentless "
      "passive whose parties are plain from the preceding sentence ('Portugal, as the administering Power ..., "
      "Indonesia and the United Nations at last arrived at an Agreement on 5 May'; guideline: a missing participant "
      "taken from the context) -> 057, symmetric, from the document's own government to each other party (guideline "
      "compound split; the 5 May agreements included the UN's modalities agreement; borderline PRT/GOV -> IDN/GOV "
      "only); 'the Agreement of 5 May' is the same agreement, coded once; Security Council resolution 1236's "
      "reference to the General Assembly resolutions is no act between actors"),
 32: ([("We support", "051", "ECU/GOV", "org:UNSC", False, A, N, False)],
      "Ecuador (2006); 'We support the resolution adopted by the Security' = a fragment cut by the splitter, "
      "completed by the following text ('Council — and the efforts of the Secretary-General — to ensure ... the "
      "ceasefire', resolution 1701 on Lebanon; held-out 44/45: a part cut off by the splitter is taken from the "
      "context) -> verbal support 051 (held-out 26/27: welcoming a UN resolution 051 to org:UNGA) to the Council "
      "-> org:UNSC; the Secretary-General's efforts lie after the cut, not coded; the adoption itself is no act "
      "between actors"),
 33: ([], "Dominica (1999): 'we are on the eve of making further commitments at the new round of WTO negotiations "
          "to be launched in Seattle' = 'we' meaning the developing countries of the preceding sentence (an uncoded "
          "collective, held-out 42/43), commitments with no named counterpart; the launch is agentless; not coded "
          "(borderline 030 future DMA/GOV -> org:WTO)"),
 34: ([("appeals to all Member States", "107", "GRD/GOV", N, False, A, N, False)],
      "Grenada (2015); 'Grenada appeals to all Member States to embrace SDG 11 and to promote dialogue and diplomacy "
      "in the resolution of conflicts' = a request (guideline: appeal -> 10x) to an uncoded collective -> target "
      "null; embracing a development goal is no codable behaviour, and the most specific demand is the peaceful "
      "settlement of conflicts -> 107 (borderline 106; borderline not coded as a general norm addressed to all "
      "states)"),
 35: ([], "Sao Tome and Principe (2010): 'it is vital that we create a new spirit of partnership and a better "
          "concept of cooperation for development' = 'we' meaning all states (held-out 42/43), an abstract deontic"),
 36: ([("stand ready to support", "032", "GRD/GOV", "org:UNGA", False, A, N, False)],
      "Grenada (2011); 'him' = Mr. Al-Nasser, President of the General Assembly (preceding sentence); 'stand ready "
      "to support him' = readiness stated as a fact (held-out 9: 'stands ready to engage/assist' 03x asserted; "
      "set 48/49: 'stand ready to support ... the parties' 032) -> 032 asserted to the Assembly President -> "
      "org:UNGA (held-out 38/39 and 48/49: assurances of cooperation to the PGA to org:UNGA; borderline 030); 'we "
      "look forward to his leadership' is optative about another's conduct (held-out 5), not coded"),
 37: ([("commend", "051", "DMA/GOV", "org:UN", False, A, N, False)],
      "Dominica (2010); 'Dominica wishes to commend the organizers and the contributors to this initiative' = praise "
      "(guideline: commend 051), 'wishes to' performative -> asserted; 'this initiative' = the International "
      "Donors' Conference for Haiti that 'the United Nations hosted' (preceding sentence) -> the organizers = "
      "org:UN (borderline also USA/GOV, the co-host the document does not name); the contributors = the pledging "
      "Member States (following sentence), an uncoded collective, dropped from the compound (guideline; borderline "
      "a second 051 with target null)"),
 38: ([("cut into pieces", "1823", "ESP/GOV", "BOL/CVL", False, A, N, False),
       ("the Spanish invasion", "192", "ESP/GOV", "BOL", False, A, N, True)],
      "Bolivia (2008); 'In 1741 we were cut into pieces by the Spanish invasion' = 'we' = the indigenous forebears "
      "of the preceding sentence ('our leaders who fought for control of our land, people such as Tupac Catari'), "
      "whose leader was quartered (following sentence: 'before dying, our leader said') -> a killing 1823 "
      "(guideline: killings of individuals), a passive with its agent named (borderline not coded as a figurative "
      "'we', or 202 for a people), to the indigenous people -> BOL/CVL; 'the Spanish invasion' = a nominal "
      "conquest with its agent named -> 192 (guideline: invade 192), the colonial power coded to the Crown's "
      "government of the time (held-out 5; borderline ESP/MIL or bare ESP), target the land as a whole -> bare "
      "BOL (guideline: target of an invasion)"),
 39: ([("continued support", "070", N, "SSD/GOV", False, A, N, True)],
      "South Sudan (2018); 'With the continued support and goodwill of our regional and international partners, we "
      "are on schedule to hold ... elections' = ongoing support from partners the sentence leaves uncoded -> nominal "
      "070 with no source (held-out 34/35: 'reliant on the assistance of others' a nominal 070 with no source; "
      "set 28/29: 'with the support of our United Nations partners' a nominal 070) to the speaker's government "
      "(borderline one 070 per partner named two sentences before: org:UN, org:IGAD, org:AU, org:EU, CHN/GOV; "
      "borderline 051 for the goodwill); holding elections is domestic, not coded"),
 40: ([("cooperation with the United Nations", "050", "MMR/GOV", "org:UN", False, A, N, True)],
      "Myanmar (2013); 'As cooperation with the United Nations is the cornerstone of our foreign policy' = a "
      "cooperation noun naming its parties (held-out 10/11: cooperation nouns a nominal 050) -> nominal 050 "
      "asserted (borderline not coded as a policy description); 'we have always strictly abided by the decisions "
      "and resolutions of the United Nations' = compliance (guideline: 'comply with obligations' is no codable "
      "behaviour), not coded"),
 41: ([], "Republic of Korea (2014): 'the decision was made ... to turn the Global Partnership for Effective "
          "Development Cooperation into an international development cooperative mechanism' = an agentless decision "
          "of the Global Partnership's uncoded membership at the Mexico meeting; the Busan agreement 'adopted' is "
          "agentless; not coded (borderline a nominal 057 null -> null); Mexico is a place"),
 42: ([("looks forward to continuing", "030", "org:EU", N, False, F, N, False)],
      "Finland for the European Union (2006); 'The European Union looks forward to continuing cooperation in the "
      "field of migration and development after last week's High-level Dialogue' = the EU's own future cooperation "
      "(guideline: 'look forward to' + event -> future; future cooperative acts 03x) -> 030 future, the source "
      "named -> org:EU (the Finnish Presidency speaking for it), the partners unnamed -> target null (borderline "
      "org:UN, the Dialogue being the General Assembly's)"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Guinea (2004): 'we are concerned at the humanitarian and security situation in Darfur' = expressed "
          "concern (01x, not coded, guideline)"),
 44: ([], "Bhutan (1998): the voices of those who fear having their rights 'abused and violated can no longer be "
          "ignored' = agentless, an abstract deontic about terrorism's victims; not coded"),
 45: ([], "Ethiopia (2012): 'As mentioned by my brother, the President of Ghana' = a statement (01x); six of the "
          "fastest growing economies being African is a description, no act"),
 46: ([], "Costa Rica (2010): 'we celebrated ... the International Day of Peace, in whose creation our country played a "
          "key role' = a commemoration and a historic role in a General Assembly resolution (its sponsorship not "
          "stated as such), no act between actors (borderline 050 CRI/GOV -> org:UNGA)"),
 47: ([], "San Marino (1993): 'Together we will have to overcome the consequences of intolerance' = 'we' meaning all "
          "states (held-out 42/43); 'ethnic cleansing' is a name with no agent (guideline)"),
 48: ([], "Oman (1998): a fragment cut by the splitter, 'In the context of preserving the environment, the'; no "
          "event"),
 49: ([], "Kiribati (2013): 'It is a critical issue for the survival of our people' = an evaluation of climate "
          "change, no act"),
 50: ([], "Burundi (2012): the Government 'initiated a zero-tolerance policy designed to eradicate corruption ... and "
          "also set up adequate enforcement mechanisms' = domestic policy, no act between actors"),
 51: ([], "Dominican Republic (2014): adding 450,000 participants to the subsidized health insurance system = "
          "domestic policy, no act between actors"),
 52: ([], "Jamaica (2008): a fragment cut by the splitter, 'Nations Hybrid Operation in Darfur is not yet fully "
          "operational'; the disappointment (110) lies before the cut, and an operation not yet at full strength is "
          "a status, not a negated event (borderline a negated 074 org:UN and org:AU -> SDN)"),
 53: ([], "Lithuania (2003): 'We feel that it is increasingly important to facilitate regional dialogue and action "
          "that contributes to the abolition of anti-personnel mines' = an abstract deontic with no named facilitator "
          "or parties, null-null, not coded (borderline a demanded 045 null -> null)"),
 54: ([], "Ukraine (2008): 'This problem remains highly topical for Ukraine' = an evaluation of HIV/AIDS"),
 55: ([("save more than two million lives", "073", "NOR/GOV", N, False, A, N, False)],
      "Norway (2007); 'We have already managed to save more than two million lives through this alliance' = 'this "
      "alliance' = GAVI, to which Norway has contributed since 2000 (preceding sentence; GAVI has no code), 'we' = "
      "Norway -> the vaccination funding described by its result = humanitarian aid 073 asserted (borderline 070, "
      "or not coded as an outcome), the children saved unnamed -> target null; GAVI, the channel, is no party"),
 56: ([], "Iraq (2014): 'We hope that Syrians will unite in their efforts to arrive at a political solution that "
          "ends the bloodshed' = an optative hope about another actor's act (held-out 5), not coded"),
}
