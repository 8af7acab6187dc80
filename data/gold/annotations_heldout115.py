"""Hand annotations for the HUNDRED-AND-FIFTEENTH held-out event gold set (source of events-heldout115.jsonl).

Keyed by the row index of selection-heldout115.jsonl (output of select_bulk_heldout.py 115; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout115.jsonl \
        --annotations annotations_heldout115 --output events-heldout115.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Marshall Islands (1992): 'Our children will no longer be denied achievement of their potential because of "
         "the time and place into which they were born' = an agentless passive about circumstances of birth, no actor "
         "and no act between actors; 'no longer' bears on a condition, not on an event"),
 1: ([], "Mongolia (1996): 'Our common and shared future calls for the donor countries that have not yet done so to "
         "honour their long-standing commitment to the 0.7 per cent target' = an inanimate subject of a figurative "
         "'calls for' (held-out 101 row 27, 105 row 27: an inanimate subject of 'calls for' is not a request by an "
         "actor), the donors an uncoded collective; 'that have not yet done so' = a negated aid act of the same "
         "uncoded class toward uncoded recipients, null-null, not coded (held-out 99 row 3); borderline a 1031 "
         "MNG/GOV -> null as the speaker's own request in rhetorical dress"),
 2: ([], "Tajikistan (2004): 'the idea of exchanging debt for sustainable development has not yet garnered solid "
         "support among creditors' = a negated support of uncoded creditors for an idea, no named counterpart (the "
         "idea is not attributed to Tajikistan in the sentence), null-null, not coded (held-out 54-61: acts between "
         "uncoded collectives left uncoded); borderline a negated 051 null -> TJK/GOV, the preceding sentence "
         "pleading for debt relief 'in the case of Tajikistan' (held-out 94-97: 'has not usually got credit' a "
         "negated 051 with no source)"),
 3: ([("We urge", "102", "MEX/GOV", N, False, A, N, False)],
     "Mexico (2018); 'We urge all Member States that have not yet done so to sign and ratify the Treaty' (the Treaty "
     "on the Prohibition of Nuclear Weapons, preceding sentence) = a request (guideline: urge -> 10x) whose Y is "
     "joining a treaty -> 102 (held-out 76 row 2, 108 row 6: calls to join a treaty 102), addressed to an uncoded "
     "class that names no member -> target null; 'that have not yet done so' = a negated 057 of the same uncoded "
     "class, null-null, not coded (held-out 100 row 7, 108 row 6); Y is not coded separately (guideline)"),
 4: ([], "Timor-Leste (2014): 'a threat that does not respect borders' = terrorism and extremism as risk (guideline: "
         "threat as risk), figurative; 'it is vital that we better understand the interconnectedness of problems' = "
         "'we' meaning all states, an epistemic goal; 'prevents us from talking to each other' describes a gap, not a "
         "negated meeting; not coded"),
 5: ([], "Timor-Leste (2008): 'If the international community does not redouble and coordinate its efforts to ... "
         "boost development assistance and market access' = a conditional about aid from an uncoded collective to "
         "uncoded 'poor, non-oil-producing countries', null-null, not coded (held-out 54-61; borderline a negated, "
         "hypothetical 070 null -> null); the goals 'we had set for them in 2001' are the Millennium targets, 'we' "
         "meaning all states"),
 6: ([], "Ireland (1992): 'The end of East-West rivalry has not brought an end to conflict or threats to peace' = an "
         "agentless description of the post-cold-war world; 'threats to peace' is risk (guideline), 'has not brought' "
         "negates an effect, not an event; no actor"),
 7: ([], "Venezuela (2000): Security Council reform, 'real reform ... in which no country has the right to block, "
         "through the use of the veto, action agreed by the majority' = a UN reform position and a norm for no named "
         "country (held-out 54-61: reform positions left uncoded); borderline a hypothetical 129 null -> org:UNSC"),
 # --- UNGDC 1990-2019 random: future
 8: ([("France will support", "032", "FRA/GOV", "org:UN", False, F, N, False)],
     "France (1997); 'France will support all the Organization's efforts to that end' (giving the world a set of "
     "comprehensive rules, preceding sentence) = a future cooperative act -> intent code (guideline: future "
     "cooperative acts get 03x), policy support -> 032 future (held-out 50/51: 'will give our full support to the "
     "world conference' 032 future to org:UN), the Organization -> org:UN; borderline 051 future, or 070 future "
     "for material support (held-out 42/43: a future material act keeps its code)"),
 9: ([("collective punishment", "170", "ISR/GOV", "PSE/CVL", False, A, N, True),
      ("separation walls", "191", "ISR/GOV", "PSE", False, A, N, True)],
     "Palestine (2006); 'The whole international community, particularly influential Powers, is called upon to ...' "
     "= an agentless passive request (held-out 94 row 14: 'is once again called upon' 108 with no source) whose "
     "addressees are uncoded collectives -> null-null, not coded (borderline a 100 PSE/GOV -> null as the "
     "speaker's own call); Y (supporting a resumption of negotiations) is not coded separately (guideline); 'the "
     "cessation of settlement activity, collective punishment and separation walls' = realised acts named inside "
     "a request, coded too (held-out 12/13: 'end its repression of Mr. Navalny' 175), Israeli measures listed "
     "without naming Israel (README: coded ISR/GOV nominal events; the preceding text: 'an apartheid "
     "separation wall inside our occupied land', 'the frightful siege', the Arab-Israeli conflict): collective "
     "punishment -> 170 (README 94-97: 'subjected to collective punishment' 170) to the Palestinian population "
     "-> PSE/CVL, the separation walls -> 191 (held-out 40 row 31, 93 row 4: the construction of the wall 191 "
     "ISR/GOV -> PSE) to the occupied territory -> bare PSE; settlement activity has no CAMEO code (held-out 61 "
     "row 28, 93 row 4; borderline 192), not coded"),
 10: ([("We will continue to support", "032", "CHE/GOV", "org:ICC", False, F, N, False)],
      "Switzerland (2018); 'We will continue to support that unique international cooperative effort at the "
      "service of the victims of the most serious crimes' = the International Criminal Court (preceding sentence: "
      "'Switzerland worked for the adoption of the Rome Statute and the establishment of the International "
      "Criminal Court') -> org:ICC; future support -> 032 future (held-out 50/51: 'will give our full support' "
      "032 future; guideline: future cooperative acts get 03x); borderline 070 future (held-out 42/43: 'we will "
      "continue support' 070 future for material support), the kind of support being unstated"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("congratulate", "051", "MRT/GOV", "org:UN", False, A, N, False)],
      "Mauritania (2005); 'I should also like warmly to congratulate' = a fragment cut by the splitter whose object, "
      "'Secretary-General Kofi Annan and his colleagues on their intense and consistent mediation', lies after the "
      "cut; the verb is in the sentence, so the object is taken from the text after it (held-out 105-109: a "
      "fragment whose object the splitter cut off is coded from the text after the cut when its verb is in the "
      "sentence) -> 051 (guideline: congratulate 051) to the Secretary-General -> org:UN, performative 'should like "
      "to' -> asserted; the mediation after the cut is not coded"),
 12: ([], "Myanmar (2005): 'The issue [terrorism] should not be used as a pretext for intervention in the internal "
          "affairs of other States' = a norm for all states, with no source and no named target (README 48/49: a "
          "norm for all states not coded); borderline a negated, demanded 190 null -> null"),
 13: ([], "Bulgaria (2014): 'the United Nations reform process should continue' = a UN reform position (held-out "
          "54-61: reform positions left uncoded); 'My country is convinced' is an opinion"),
 14: ([("supported by the United Nations", "070", "org:UN", "MDA/GOV", False, A, N, False)],
      "Moldova (1996); 'the process of democratic reforms in our country has been, and continues to be, supported "
      "by the United Nations and its specialized agencies, by the European organizations and by the entire "
      "international community' = a passive with its agents named -> support for the government's reform "
      "process, material assistance -> 070 (guideline: 'support' verbal 051 or material 070; borderline 051), "
      "habitual and ongoing -> asserted, to MDA/GOV; the UN and its specialized agencies -> org:UN, one event "
      "(README: thanks to UN funds and programmes go to each one named; here no agency is named); 'the European organizations' are not named "
      "in the sentence or the preceding text and 'the entire international community' is an uncoded collective, "
      "both dropped (guideline compound rule; borderline a second 070 with no source, or org:EU/org:OSCE/org:COE "
      "by world knowledge); 'I should like to stress' is the speaker's own statement"),
 15: ([], "Ecuador (2017): 'We must maintain the defence of fundamental liberties, including those of expression "
          "and worship' = a domestic policy goal, no act between actors"),
 16: ([], "Slovakia (2018): 'they [journalists] must be protected' = an agentless deontic whose Y (protection) is "
          "no codable behaviour between named actors (guideline: nothing coded if Y is not a codable behaviour); "
          "'play a key role in our mission' is a description; the killings and imprisonments lie in the preceding "
          "sentence"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Japan (2011): 'I am deeply honoured to discuss and share Japan's ambitions ... with all those in "
          "attendance here today at this meeting of the General Assembly' = a speech act about the speech itself "
          "(held-out 76 row 44), not a consultation; borderline 040 JPN/GOV -> org:UNGA"),
 18: ([("The attacks", "180", N, "USA", False, A, N, True)],
      "Suriname (2001); 'The attacks of the 11 September have shown us how interdependent we are' = terrorist "
      "attacks whose perpetrators the speech never names -> nominal 180 with no source (held-out 54-61: an "
      "agentless terrorist attack is 180 with no source, one per victim country; held-out 52 row 10, 101 row 7, "
      "108 row 20), the victim country named in the following sentence ('The loss of lives was directly felt in "
      "the United States') and later ('the horrific attacks of 11 September on the United States') -> bare USA "
      "(held-out 65 row 13 left the same attacks uncoded only where the document named no victim country); "
      "borderline not coded as an event noun without an agent (held-out 26 row 43, 47 row 42); 'have shown us "
      "how interdependent we are' is an inanimate subject's effect"),
 19: ([("I praise the merits", "051", "COM/GOV", "org:UN", False, A, N, False)],
      "Comoros (2001); 'As to our Secretary-General, Mr. Kofi Annan, I praise the merits of that man ... and I also "
      "pay tribute to his dedication' = praise and tribute (guideline: praise 051; README 52/53: 'pay tribute to' "
      "051) of the Secretary-General -> org:UN (README 48/49), the same code and pair, coded once (borderline two "
      "051s)"),
 20: ([("expresses its support", "051", "SAU/GOV", "USA/GOV", False, A, N, False),
       ("support for terrorism", "070", "IRN/GOV", N, False, A, N, True)],
      "Saudi Arabia (2018); 'The Kingdom of Saudi Arabia expresses its support for the new United States strategy "
      "for dealing with Iran' -> 051 (guideline: 'express support' 051) to the strategy's author USA/GOV "
      "(held-out 8: support aimed at a plan goes to its named party); the strategy's content 'seriously "
      "addressing its nuclear and ballistic-missile programmes' names no specific CAMEO act (held-out 13 row 14: "
      "Iran's nuclear program a topic without a specific act; borderline a nominal 154 IRN/GOV, or a 170 "
      "USA/GOV -> IRN/GOV for the pressure policy); 'its support for terrorism' = Iran's support for terrorism "
      "(the preceding sentence: 'Iran continues its terrorist activities') -> nominal 070 (held-out 2 row 15: "
      "'support for terrorism' 070 IRN/GOV), the terrorists unnamed -> target null"),
 21: ([("express our support", "051", "KWT/GOV", "LBN/GOV", False, A, N, False)],
      "Kuwait (2008); 'We also express our support for the sisterly Republic of Lebanon' -> 051 (guideline) to "
      "LBN/GOV; 'as it pursues dialogue between all Lebanese parties' = Lebanon's national dialogue among its "
      "political parties, an uncoded domestic collective (held-out 40 row 53: a political class pursuing dialogue "
      "not coded; held-out 18 row 0: an agreement among a country's political parties names no party), not coded "
      "(borderline 043 LBN/GOV -> LBN/OPP as a convened dialogue); 'the agreement signed in Doha' (the Doha "
      "Agreement of May 2008) = an agentless participle whose parties the sentence does not name, not coded "
      "(borderline 057 between the Lebanese parties, or 045 QAT/GOV for Qatar's mediation); Doha is a place, not "
      "a metonym"),
 22: ([("we welcome", "051", "BRN/GOV", "org:UN", False, A, N, False)],
      "Brunei Darussalam (2007); 'we welcome his response to the new challenges' = a welcome (guideline: 051) of "
      "the Secretary-General's response (preceding sentence: 'my congratulations to the Secretary-General') -> "
      "org:UN; 'His first report ... is very encouraging' is an evaluation (held-out 39 row 37: 'It is "
      "encouraging' an evaluation)"),
 23: ([("criticism", "111", N, "org:UN", False, A, N, True)],
      "Botswana (1998); 'The presence of war and conflict ... has often drawn a great deal of criticism to the "
      "United Nations' = criticism of the UN by unnamed critics (README: agentless criticism nouns with a "
      "named target are 111 with no source), the inanimate subject being its occasion, habitual ('has often') -> "
      "asserted, nominal; 'as if it had a magic wand' is figurative; war and conflict among nations have no named "
      "party; borderline not coded as an impersonal description of the UN's reputation"),
 24: ([("determined also to hold negotiations", "036", "UZB/GOV", N, False, A, N, False)],
      "Uzbekistan (1993); 'We are firmly determined also to hold negotiations on signing the chemical weapons "
      "Convention' = an explicit intent stated as a fact (guideline: 03x asserted; README 26/27: 'are prepared to "
      "engage in dialogue' 036 asserted), of negotiating -> 036; the negotiating partners (the Convention's "
      "signatories or its Preparatory Commission) are not named -> target null; the signing itself is the "
      "negotiations' object, not coded separately (borderline 030 as intent to join a treaty, or a future 057 "
      "with no target)"),
 25: ([("We greatly appreciate", "051", "ARM/GOV", N, False, A, N, False)],
      "Armenia (2011); 'We greatly appreciate the mediation efforts of global and regional entities and "
      "organizations in various parts of the world' = praise (guideline: 051) of uncoded, unnamed mediators -> "
      "target null (README 14/15: thanks that include a group without a code has target null; held-out 76 row "
      "27); the mediations themselves are between uncoded parties in unnamed conflicts, null-null, not coded; the "
      "OSCE Minsk Group is named only two sentences later as an example (borderline org:OSCE)"),
 26: ([("welcomes you to that celebration", "036", "HTI/GOV", "org:UNGA", False, A, N, False)],
      "Haiti (2003); 'From this moment on, the first black republic of the world most warmly welcomes you to that "
      "celebration of freedom' = the bicentennial of independence on 1 January 2004 (preceding sentence), an "
      "invitation to attend an event Haiti will host -> 036 (held-out 7 row 59: 'are very welcome to visit "
      "Luxembourg' = an invitation, 036 asserted; borderline 043, held-out 80 row 22's extended invitation), made "
      "now -> asserted; 'the first black republic of the world' = Haiti -> HTI/GOV; 'you' = the Assembly the "
      "speech addresses, after the greeting to its President -> org:UNGA (borderline target null, 'you' meaning "
      "all delegations; or not coded as a rhetorical flourish)"),
 27: ([], "Estonia (1999): 'The violent conflict in East Timor, \"ethnic cleansing\" in Kosovo, and the recent "
          "re-escalation of violence in Chechnya' = event nouns with places but no agent and no named party in the "
          "sentence or the document (guideline: event nouns without an agent not coded; held-out 61 row 30: "
          "incidents whose countries are only places), cited as examples of 'threats' (risk); borderline nominal "
          "203 null -> YUG/CVL and 190 null for the other two"),
 28: ([], "Burundi (2014): 'We also subscribe to the other declared priorities, including the adoption of a post-2015 "
          "development agenda, the strengthening of cooperation and reforming the United Nations, as well as "
          "strengthening partnerships between the United Nations and other bodies' = abstract policy positions and "
          "UN reform (guideline; held-out 54-61: reform positions left uncoded)"),
 29: ([("our support", "051", "BRN/GOV", "PSE/GOV", False, A, N, False),
       ("our support", "051", "BRN/GOV", "PSE/CVL", False, A, N, False)],
      "Brunei Darussalam (2013); 'I would like once again to express our support for Palestine's full membership "
      "and for its people's legitimate struggle' = verbal support (guideline: 'express support' 051), 'would like "
      "to' performative -> asserted, split by its two named beneficiaries (guideline compound rule): Palestine's "
      "bid for full UN membership -> the State's government PSE/GOV (held-out 47 row 28: support for candidatures "
      "051 per country; borderline not coded as a UN membership position, held-out 54-61), and its people -> "
      "PSE/CVL; the bid itself (borderline a nominal 102 PSE/GOV -> org:UN, held-out 86 row 19) and the people's "
      "struggle (borderline a nominal 140 PSE/CVL -> ISR/GOV, README: the ANC's struggle 140) are not coded, "
      "the membership being a status and the struggle naming no adversary in the sentence or the preceding text"),
 30: ([("applauds", "051", "ZWE/GOV", "org:SADC", False, A, N, False),
       ("applauds", "051", "ZWE/GOV", "org:AU", False, A, N, False),
       ("demanding", "1054", "org:SADC", N, False, A, N, False),
       ("demanding", "1054", "org:AU", N, False, A, N, False),
       ("demanding", "1054", "ZWE/GOV", N, False, A, N, False),
       ("illegal sanctions", "163", N, "ZWE", False, A, N, True)],
      "Zimbabwe (2019); 'My country applauds the Southern African Development Community, the African Union and all "
      "who stand with us in demanding the immediate and unconditional removal of those illegal sanctions' = praise "
      "(guideline: 051) of each named organisation, 'all who stand with us' uncoded and dropped (guideline "
      "compound rule) -> org:SADC, org:AU; their demand for the lifting of sanctions = a request to ease economic "
      "sanctions 1054 (held-out 59 row 1, 98 row 36: calls to lift an embargo 1054), one per named demander, and "
      "'stand with us in demanding' presupposes Zimbabwe's own demand -> a third 1054 from ZWE/GOV (README: "
      "'joined the United Nations in their condemnation' is the speaker's 111 and a nominal 111 of org:UN; borderline "
      "the speaker's demand not coded, being only presupposed), a gerund -> not nominal; the imposers are never named "
      "in the speech ('Those who imposed illegal sanctions must heed this call') -> target null (README 50/51: a "
      "call to end an embargo whose imposer the document never names has no target); the sanctions, a realised act "
      "named inside a request (held-out 12/13), are a nominal 163 with no source (README: sanctions whose "
      "agent the speech never names have no source) to the country -> bare ZWE ('the illegal economic sanctions "
      "imposed on our country', earlier in the speech; borderline ZWE/GOV; borderline not coded as an anaphoric "
      "noun, held-out 81 row 20)"),
 31: ([], "Dominica (2002): the sentence starts at 'Development was convened' (the splitter cut after 'The Monterrey "
          "Conference on Financing for'); 'was convened in March this year' = an agentless passive convening of a UN "
          "conference, no actor (borderline 043 MEX/GOV as host, or org:UN); 'was hailed as a \"turning point ...\" "
          "by the international community' = praise by an uncoded collective of a conference, null-null, not coded "
          "(held-out 52/53: 'hailing the United Nations system' by 'so many of us' nominal 051 no source had a coded "
          "target)"),
 32: ([("continued pledge to embrace peace", "037", "org:LAS", "ISR/GOV", False, A, N, True)],
      "Morocco (2002); 'leaders of the Arab States have demonstrated ... a continued pledge to embrace peace, "
      "culminating at the Arab summit in Beirut in March 2002 with the adoption of the Arab peace initiative' = the "
      "Arab leaders acting together at the League's summit -> org:LAS (held-out 51 row 42: the Arab States' call "
      "at the Arab League summit org:LAS; borderline source null as an uncoded collective); a pledge to make peace "
      "stated as a fact -> intent to settle a dispute 037 asserted (guideline: an explicit intent stated as a fact "
      "gives 03x asserted), nominal; its counterpart is Israel, the subject of the preceding sentence that 'In "
      "contrast' opposes -> ISR/GOV (guideline: a missing participant from the context; borderline target null); "
      "the adoption of the initiative is the pledge's culmination, the same commitment, coded once (borderline a "
      "second nominal 037 org:LAS); 'presented by His Royal Highness Crown Prince Abdullah ... of Saudi Arabia' = "
      "authorship of the plan, not coded separately (borderline 037 SAU/GOV -> ISR/GOV); 'demonstrated a keen "
      "sense of responsibility' is an evaluation; Beirut is a place, not a metonym"),
 33: ([("divest ourselves", "085", N, "CUB", False, D, N, False),
       ("remove Cuba", "085", N, "CUB/GOV", False, D, N, False),
       ("blockade", "163", N, "CUB", False, A, N, True)],
      "Saint Lucia (2014); 'Now is an excellent time to divest ourselves of any residual effects of the Cold War, "
      "such as the blockade imposed on our sister island of Cuba and to remove Cuba from the so-called terrorist "
      "watch list' = 'now is the time for X to' (guideline: demanded), 'ourselves' = the international community "
      "(preceding sentence: 'we must as an international community') -> source null (README 30/31: 'Now is the "
      "time to scale up our support', 'our' meaning all countries, demanded with no source); ending the blockade "
      "-> ease economic sanctions 085 demanded (held-out 81 row 20: the Cuban blockade that 'should be lifted' 085 "
      "demanded, no source) to bare CUB; removing Cuba from the State Sponsors of Terrorism list -> a second "
      "demanded 085 (README: an addition to a terrorist list is 163, so a removal eases it; borderline 081 "
      "administrative sanctions), the designation naming the Cuban government -> CUB/GOV (borderline bare CUB, "
      "then one 085 for both); the blockade itself, a realised act named inside the demand (held-out 12/13), its "
      "imposer never named in the speech -> nominal 163 with no source (README: sanctions whose agent the "
      "speech never names have no source; held-out 19 row 57: the Cuban blockade 163 to bare CUB; borderline not "
      "coded, held-out 81 row 20); the listing presupposed by 'remove' is not coded separately (borderline a "
      "nominal 163 null -> CUB/GOV)"),
 34: ([], "Ghana (2009): 'We are convinced that the United Nations remains the ideal multilateral instrument' = an "
          "evaluation, no act"),
 35: ([("we wholeheartedly support", "051", "GRC/GOV", "TUR/GOV", False, A, N, False),
       ("we wholeheartedly support", "051", "GRC/GOV", "org:EU", False, A, N, False)],
      "Greece (2001); 'Our neighbour's path towards the European Union, a path we wholeheartedly support' = 'Our "
      "neighbour' = Turkey (preceding sentence: 'Greece and Turkey will jointly submit a draft resolution') -> "
      "support for an accession process -> 051 to its named parties (held-out 14 row 23, 21 row 26: support for "
      "EU accession 051 to the candidate and org:EU), Turkey's government -> TUR/GOV and the European Union -> "
      "org:EU (borderline TUR/GOV only, as held-out 64 row 36's 'supports Turkey's European perspective', where the "
      "EU was not named); 'has set a new framework within which many of our remaining differences can be "
      "resolved' = an agentless, hypothetical settlement, not coded (borderline a hypothetical 037 GRC/GOV -> "
      "TUR/GOV)"),
 36: ([], "Mali (1999): 'development assistance is now viewed as a tangible expression of a solidarity' = an "
          "evaluation of aid in general between 'the rich' and 'the poor' (uncoded collectives), no act"),
 37: ([("I propose", "036", "FRA/GOV", "org:UN", False, A, N, False)],
      "France (2003); 'I propose that heads of State and Government meet in New York in 2005 for a preliminary "
      "progress review' (of the Millennium Goals, preceding sentences) = a proposal for a meeting, an explicit "
      "intent stated as a fact -> 036 asserted (held-out 65 row 39: 'we propose the convening of a special "
      "meeting' 036; held-out 102 row 26: suggesting a UN conference 036 to org:UN), the meeting being a UN summit "
      "-> org:UN (borderline org:UNGA, or target null, the heads of State being an uncoded collective; borderline "
      "a request 106 FRA/GOV -> null); the meeting itself is the proposal's content, not coded separately"),
 38: ([], "Philippines (2003): 'the challenges posed by the global threat of terrorism are being effectively addressed "
          "through growing international coordination and cooperation' = an agentless passive and cooperation of "
          "uncoded parties, null-null, not coded (borderline 050 null -> null); 'threat of terrorism' is risk"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Cameroon (2014), a minister reading the President's statement: 'our representatives actively worked to "
          "develop new goals to pick up the MDG torch' = participation in the UN's negotiation of the post-2015 "
          "goals with uncoded Member States, an internal UN process (held-out 54-61: reform and UN process "
          "positions uncoded; README: submitting a national report not coded); borderline 046 CMR/GOV -> "
          "org:UNGA"),
 40: ([], "Slovakia (2017): 'We have all the tools and enough resources to help every human being on this planet' = "
          "'we' meaning humankind, a statement of capacity, no act"),
 41: ([], "Saint Vincent and the Grenadines (2004): 'Hurricane Ivan has spoken eloquently to the fact that nature has "
          "made our region one' = figurative, a natural disaster, no actor"),
 42: ([("to thank", "051", "TUV/GOV", "org:UNGA", False, A, N, False)],
      "Tuvalu (2014); 'I also wish to thank the outgoing President, Ambassador John Ashe, for a successful "
      "sixty-eighth session' = thanks (guideline: 051) to the outgoing President of the General Assembly -> "
      "org:UNGA (README 30/31: appreciation of an outgoing President of the General Assembly goes to org:UNGA), "
      "'wish to' performative -> asserted"),
 43: ([], "Cape Verde (2004): a fragment cut by the splitter, 'In several months, the United Nations will mark' [60 "
          "years] = an anniversary, no act"),
 44: ([], "Samoa (2010): the anniversary of the tsunami that devastated the country = a natural disaster, no actor"),
 45: ([], "Philippines (2007): 'We have no tolerance for human rights violations at home or abroad' = a general policy "
          "stance toward unnamed violations, no named violator (guideline: abstract policy positions not coded); "
          "'no tolerance' is an attitude, not a negated event; borderline the speaker's 111 with no target (README "
          "42/43: 'cannot be condoned' 111; README 44/45: condemning attacks by unnamed perpetrators 111 no target), "
          "left uncoded because no particular act is disapproved"),
 46: ([], "Mauritania (2004): 'The Charter of the United Nations reflects the common aspiration of the world's "
          "peoples' = a description of a document, no act"),
 47: ([], "Estonia (1997): 'Disarmament has been one of the United Nations priority goals since its founding' = a "
          "description, no act"),
 48: ([("reaffirm Thailand’s readiness to partner", "030", "THA/GOV", N, False, A, N, False)],
      "Thailand (2015); 'I hereby reaffirm Thailand's readiness to partner with all Member States in our continuing "
      "efforts to address ... challenges' = readiness to cooperate stated as a fact -> 030 asserted (README 8: "
      "'stands ready to engage/assist' 03x asserted; held-out 76 row 36: 'stand ready to work closely' 030), "
      "'hereby' performative; all Member States an uncoded collective -> target null (borderline not coded, "
      "'we' meaning all states in 'our continuing efforts')"),
 49: ([], "Nauru (2002): a list of natural disasters ('flooding, earthquakes and droughts'), no actor"),
 50: ([("convey to him the apologies", "055", "VUT/GOV", "org:UNGA", False, A, N, False)],
      "Vanuatu (2001); 'I wish to convey to him the apologies of my Government for not being able to be "
      "represented here at the ministerial level' = 'him' = Mr. Han Seung-soo, President of the fifty-sixth "
      "session (preceding sentence) -> org:UNGA; an apology is CAMEO 055 (apologize; PLOVER SUPPORT), performative "
      "'wish to' -> asserted (borderline not coded as a courtesy formula, like greetings and condolences, 01x); "
      "'not being able to be represented ... at the ministerial level' negates a level of attendance at the "
      "Assembly's own debate, no negated event between actors; the Parliament's session is domestic"),
 51: ([], "Poland (2012): 'It can be avoided provided that ... both sides anticipate dialogue ... and seek compromise' "
          "= a generic conditional about unnamed sides of any dispute, no actor (borderline hypothetical 036/037 "
          "null -> null)"),
 52: ([], "Malawi (2017): 'We believe that in protecting our neighbours, we protect ourselves' = a belief stated as "
          "a general maxim, the neighbours unnamed; the peacekeeping it alludes to lies in the preceding sentences "
          "(borderline 074 MWI/GOV -> null)"),
}
