"""Hand annotations for the HUNDRED-AND-SIXTY-FIFTH held-out event gold set (source of events-heldout165.jsonl).

Keyed by the row index of selection-heldout165.jsonl (output of select_bulk_sentence_heldout.py 165; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout165.jsonl \\
        --annotations annotations_heldout165 --output events-heldout165.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019: neg
 0: ([], "Cyprus (2007): 'it is clear through the conduct and negotiating positions of Turkey that it has not "
         "contemplated a solution outside the boundaries of the status quo' = a negated mental act (contemplating), "
         "not a behaviour between actors; 'negotiating positions' names stances, not a negotiation event; not coded "
         "(borderline a negated 037 TUR/GOV -> CYP/GOV, or a nominal 046 TUR/GOV -> CYP/GOV as set 154's "
         "Crans-Montana negotiations); 'it is clear' is the speaker's own inference"),
 1: ([("supporting puppets", "070", "org:UN", N, False, H, N, False)],
     "Uganda (2015); 'the United Nations system will not add any value if it is lured into situations where it is "
     "supporting puppets who have no legitimacy' = a conditional about the UN's backing of illegitimate groups -> "
     "070 hypothetical (guideline: acts inside an if-clause are hypothetical; held-out 76 row 38: France's "
     "conditional UN sanctions a hypothetical 163 org:UN with target null), the UN system -> org:UN, the 'puppets' "
     "unnamed -> target null (borderline 051 verbal backing; borderline not coded as a generalisation, as set "
     "129's generalisation about sanctions); 'will not add any value' negates an evaluation, not an event; the "
     "unnamed party that would 'lure' the UN is not coded"),
 2: ([], "Luxembourg (2017): migration as 'an issue that goes beyond a single North-South logic'; 'I do not deny the "
         "difficulties and concerns arising from the European refugee crisis' = a speech act about a situation, no "
         "act between actors"),
 3: ([("setting fire to gas pipelines", "1712", "BOL/OPP", "BOL", False, A, N, False),
      ("does not condemn", "111", "USA/GOV", "BOL/OPP", True, A, N, False)],
     "Bolivia (Morales, 2008); 'right wing groups are setting fire to gas pipelines and cutting off the valves for "
     "the export of gas' = the sabotage of the September 2008 autonomist unrest ('civil coup', 'national "
     "coordinating committee of the right' in the text before) -> destroy property 1712 (held-out 32/33: sabotage "
     "and destruction 1712; borderline 180, the speaker calling them 'acts of terrorism'), the unnamed right-wing "
     "groups -> BOL/OPP (held-out 133: the Bolivian autonomist opposition of September 2008 BOL/OPP; borderline "
     "BOL/REB under the unnamed-outlaw-groups rule), the national gas infrastructure -> bare BOL (set 120: "
     "destruction of heritage sites 1712 to bare MLI); 'cutting off the valves' is the same sabotage, same code "
     "and pair, coded once (borderline a second event to BRA and ARG, whose gas supply was cut); 'the embassy of "
     "the Government of the United States does not condemn such acts of terrorism' = plain negation of a "
     "condemnation (guideline: 'has not condemned' negated) -> negated 111, the embassy -> USA/GOV, target the "
     "groups whose acts are meant -> BOL/OPP; present habitual -> asserted"),
 4: ([("The 11 September attack", "180", N, "USA", False, A, N, True)],
     "Iran (2001); 'The 11 September attack indicated that ...' = the terrorist attack named as an event noun with "
     "no agent in the sentence -> nominal 180 with no source (set 115: the 11 September attacks with no victim in "
     "the sentence a nominal 180 null -> USA; set 116 'The attack perpetrated' 180 null -> USA), the United States "
     "-> bare USA (borderline not coded as an agentless event noun); 'even the most marginalized sectors might be "
     "able to inflict blows on the biggest Powers' = a hypothetical generalisation between uncoded collectives, "
     "null-null, not coded"),
 5: ([], "Qatar (2015): 'The political forces in our region must pay heed to the thousands of young people who "
         "recently took to the streets in more than one Arab country demanding ...' = street protests and demands of "
         "young people in Arab countries the speech does not name (the 2015 Iraqi and Lebanese protests), aimed at "
         "their unnamed governments, null-null, not coded (held-out 54-61: acts between uncoded collectives; borderline "
         "a nominal 141 and a 1044 null -> null); 'must pay heed' is a deontic for uncoded 'political forces', no "
         "codable behaviour; 'refusing to be represented on a sectarian basis' is part of the same demands"),
 6: ([], "Italy (2007): 'I have never seen a lasting solution to a problem when the solution was imposed from above "
         "or from outside' = a generalisation, no actor, no act; 'never' bears on the speaker's experience"),
 7: ([("rejected", "128", "ISR/GOV", "org:UN", False, A, N, False),
      ("rejected", "127", "ISR/GOV", "org:LAS", False, A, N, False)],
     "Qatar (2016); 'The Government of Israel has not only rejected the resolutions of international legitimacy "
     "and the comprehensive Arab Peace Initiative' = 'not only ... but also' asserts the rejections, no negation; "
     "an explicit rejection (guideline: REJECT, negated false) taking the code of what was rejected (held-out "
     "34/35): the United Nations resolutions -> defy norms, law 128 to org:UN (set 146: 'In total disregard of "
     "United Nations resolutions' a nominal 128 to org:UN; borderline org:UNSC, or 127), the Arab Peace "
     "Initiative -> reject a plan 127 to org:LAS (set 135: 'rejection of the Arab Peace Initiative' a 127 to "
     "org:LAS); 'seeks to impose a fait accompli through long-term plans to build settlements in the West Bank and "
     "Jerusalem' = an aim and settlement building, which has no specific CAMEO code (earlier sets: building "
     "settlements not coded; held-out 'who want to impose a fait accompli' left uncoded as an aim; borderline a "
     "192 or a 170 ISR/GOV -> PSE)"),
 # --- UNGDC 1990-2019: future
 8: ([], "Bhutan (1999): 'We are hopeful that the effective implementation of this decision [the G-8 Cologne debt "
         "initiative] will go a long way in supporting national efforts to reduce the debt burden' = an optative "
         "hope about an agentless implementation (set 123: a confident prediction of another actor's aid is a hope), "
         "the G-8 and the heavily indebted poor countries uncoded collectives; not coded (borderline a future 0331 "
         "null -> null)"),
 9: ([], "Cambodia (2002): 'We are fully confident that, under your able leadership, the work of the General "
         "Assembly will further advance the cause of international cooperation' = a confident prediction, a hope "
         "(set 123), no act"),
 10: ([("to lobby", "1031", "BRB/GOV", N, False, F, N, False)],
      "Barbados (2008); 'we will join with like-minded colleagues to lobby for adequate support mechanisms to "
      "ensure that our development process is not derailed' = a future request (set 135: 'France will call on' a "
      "future 100; guideline: advocacy is a request) whose Y is financing for middle-income developing countries "
      "(concessionary financing, favourable capital-market terms in the same sentence) -> demand economic aid 1031 "
      "(borderline 100 or 1011), the addressees (lenders, institutions) unnamed -> target null; the 'like-minded "
      "colleagues' (the small vulnerable economies of the text before) are uncoded and dropped (borderline a "
      "future 030 with no target for joining them); 'deemed too successful to qualify for concessionary financing' "
      "is a classification, not coded (borderline an agentless 1621 to BRB/GOV, as set 150's exclusion from the "
      "lists of beneficiaries); 'is not derailed' is the purpose"),
 # --- UNGDC 1990-2019: demand
 11: ([], "Italy (2001): 'Italy believes in the reform of the United Nations, a reform that should affect all of its "
          "bodies, including the Security Council' = a UN reform position (held-out 52/53, 54-61), not coded"),
 12: ([], "Mauritius (2013): the Rio+20 processes 'should converge towards a single post-2015 development agenda that "
          "should be adopted during a high-level development summit in 2015' = agentless deontics about a UN "
          "development agenda to be adopted by all states ('we' meaning all states), not coded"),
 13: ([], "France (1991): 'we must not lose sight of the fact that the progress that has been made is not sufficient "
          "to offset the reversals' = an evaluation, no act"),
 14: ([], "Morocco (1994): 'We should not focus solely on the political aspect [of human rights]' = 'we' meaning all "
          "states, a position on human rights, no act"),
 15: ([], "Mali (2000): 'The problem of the debt of the developing countries must remain our focus' = an agenda "
          "priority, 'our' meaning all states; no act"),
 16: ([], "Spain (1994): 'These events [the Rwandan atrocities] are extremely serious and we must make an urgent legal "
          "response to them through the establishment of an ad hoc jurisdiction for Rwanda' = 'we' meaning the "
          "international community (held-out 42/43: not coded), 'These events' an anaphoric event noun without an "
          "agent in the sentence (guideline), and 'the Tribunal established to deal with the former Yugoslavia' an "
          "agentless historic establishment; not coded (borderline a demanded 1013 from ESP/GOV, Spain being a "
          "Council member, or a demanded 094 null -> RWA)"),
 # --- UNGDC 1990-2019: cue
 17: ([], "Viet Nam (2006): 'so do the unilateral use of force, escalation of regional and ethnic conflicts and "
          "international terrorism' = event nouns without agents (guideline), a description of world trends"),
 18: ([("constant support", "051", "org:UN", "IRN/GOV", False, A, N, True),
       ("initiated by Iran", "030", "IRN/GOV", N, False, A, N, False)],
      "Iran (1993); 'the constant support of the United Nations for the establishment of a nuclear-free zone in "
      "the Middle East, an idea initiated by Iran in 1974' = the Organization's habitual endorsement (annual "
      "General Assembly resolutions) of a named government's proposal -> nominal 051 (held-out 8: support aimed "
      "at a process goes to its named parties; Senegal's support of Morocco's initiative 051 to MAR/GOV) from "
      "org:UN (borderline org:UNGA) to the initiator IRN/GOV (borderline target null, the zone being a regional "
      "arrangement); 'an idea initiated by Iran' = Iran's historic proposal -> 030 with no target (set 130: "
      "proposals 'put forward' a 030 with no target; borderline org:UNGA, where it was tabled, or not coded as "
      "background), a participle -> not nominal; 'it is necessary to take constructive and practical measures' is "
      "an agentless deontic, not coded"),
 19: ([("We are thankful to Europe", "051", "LCA/GOV", "org:EU", False, A, N, False),
       ("we regret", "110", "LCA/GOV", "USA/GOV", False, A, N, False),
       ("wrath of sanctions", "163", "USA/GOV", "org:EU", False, A, N, True)],
      "Saint Lucia (1999); 'We are thankful to Europe for empathizing with our vulnerabilities' = thanks -> 051 "
      "(guideline), 'Europe' = the European Union of the banana marketing regime (the text before: 'People in "
      "member countries of the European Union are being punished through sanctions by the United States for the "
      "support of their Governments for the banana marketing regime') -> org:EU (borderline null as a region); "
      "'empathizing' is a sentiment, not coded separately (borderline a 070 org:EU -> LCA/GOV for the banana "
      "regime); 'we regret that they have attracted the wrath of sanctions for their pains' = the speaker's "
      "disapproval (set 124: 'Express regret' 110) of the sanctions, aimed at their imposer named in the document "
      "-> 110 to USA/GOV (borderline target null); 'the wrath of sanctions' = an event noun whose agent is plain "
      "from the text around it (held-out 48/49: coded) -> nominal 163 USA/GOV -> org:EU (borderline the EU member "
      "states' CVL, or no source)"),
 20: ([("lends its support", "051", "JOR/GOV", "org:UN", False, A, N, False),
       ("proposals", "100", "org:UN", N, False, A, N, True)],
      "Jordan (1993); 'Jordan also lends its support to the Secretary-General's proposals for post-conflict "
      "peace-building outlined in his \"An Agenda for Peace\"' -> 051 (held-out 44/45: supporting a UN plan or the "
      "Secretary-General 051 to org:UN); the proposals = the Secretary-General's recommendations -> a nominal 100 "
      "from org:UN with no target (set 143: 'Recommendations made by the Secretary-General' a nominal 100 from "
      "org:UN; set 155: the Secretary-General's recommendation a nominal 100 with no target; borderline not coded "
      "as a UN reform position)"),
 21: ([], "Togo (2014): the sentence starts at 'Nations system and to States to be more concerned' (the splitter cut "
          "after 'We launch an urgent appeal to the bodies of the United'), so the request verb lies before the cut "
          "(README: a request whose verb falls outside the selected sentence is left uncoded; borderline a "
          "1033 TGO/GOV -> org:UN from the text before); 'by supporting our efforts' is the request's Y"),
 22: ([("can have a similar agreement", "057", "AND/GOV", N, False, H, N, False)],
      "Andorra (2014); 'We think we can have a similar agreement with other' = a fragment whose object the "
      "splitter cut off, its verb in the sentence (README: coded from the text after the cut): 'European "
      "and other countries', an uncoded collective -> target null; a double-taxation agreement (the sentence "
      "before) -> 057, 'can' a possibility -> hypothetical (guideline: could/would; held-out 44/45: 'would sign' a "
      "multilateral treaty coded with no target; borderline a future 0311 or 036, or not coded as a belief)"),
 23: ([("we supported", "051", "CAF/GOV", "FRA/GOV", False, A, N, False),
       ("the helpful intervention of France", "074", "FRA/GOV", "RWA", False, A, N, True)],
      "Central African Republic (1994); 'we supported unhesitatingly the helpful intervention of France, whose "
      "courage and determination we extol' = support and praise of France, same code and pair, coded once -> 051 "
      "(guideline; borderline 070, French forces of Operation Turquoise having staged through Bangui); 'the helpful "
      "intervention of France' = Operation Turquoise in Rwanda, 'humanitarian action' that 'curbed human suffering "
      "and restored peace' (the sentence after) -> nominal 074 military protection (borderline 190, the README's "
      "'military intervention'), FRA/GOV (borderline FRA/MIL) -> bare RWA (borderline RWA/CVL)"),
 24: ([], "Senegal (2015): peace 'remains threatened by extreme poverty, hunger, disease and the ... degradation of "
          "the environment' = a figurative threat (guideline), no actor"),
 25: ([], "Belgium (2000): the Brahimi report's conclusions 'cannot be dissociated from other discussions to be held "
          "during the fifty-fifth session' on the scale of assessments = a UN reform and budget position, "
          "discussions among all Member States, not coded"),
 26: ([("a strong supporter", "070", "DNK/GOV", N, False, A, N, True)],
      "Denmark (2016); 'Denmark has for decades been a strong supporter of national human rights institutions ... "
      "from the Middle East to Africa and Eurasia' = an agent noun for Denmark's habitual support, given 'as just "
      "one example' of its 'partnerships in international development' (the sentence before) -> nominal 070 "
      "(held-out: Taiwan 'another steady supporter of' Palau's development a nominal 070; borderline 051, as set "
      "112's 'consistent supporter of the United Nations'), the institutions of unnamed countries in three regions "
      "-> target null"),
 27: ([], "Benin (2003): 'Benin is counting on the support of the entire international community so that we can have "
          "the privilege of serving' on the Security Council = a hope about others' support (held-out 32/33: 'we count "
          "on' optative, not coded; set 118: 'we look forward to the Assembly's support' left optative); borderline "
          "a 102 with no target for the candidacy"),
 28: ([], "North Macedonia (2016): 'many global, regional and local policies were not supported by young people' = "
          "a negated support between uncoded collectives (young people in general, unnamed policy-makers), "
          "null-null, not coded"),
 29: ([("the renewed efforts of the United Nations", "045", "org:UN", "CYP/GOV", False, A, N, True),
       ("supported by the international community", "051", N, "org:UN", False, A, N, False)],
      "Cyprus (1997); 'the renewed efforts of the United Nations' for the solution of the Cyprus problem = the "
      "Secretary-General's 1997 good offices (the Troutbeck and Glion talks) -> UN mediation, a nominal 045 to each "
      "party (held-out 32/33), the Turkish Cypriot leadership having no code and dropped (held-out 4) -> CYP/GOV only "
      "(borderline not coded as vague 'efforts'); 'strongly supported by the international community' = praise "
      "from an uncoded collective -> 051 with no source (held-out 98-101) to org:UN, a participle, not nominal; 'A "
      "momentum has been created' is an agentless outcome"),
 30: ([("called for", "106", "RUS/GOV", N, False, A, N, False)],
      "Russian Federation (2007); 'In his Munich speech in February, President Vladimir Putin ... called for an "
      "open and sincere dialogue' = the speaker's own government's past request (guideline: a speaker's own past "
      "statements -> reported_by null) whose Y is dialogue -> demand meeting, negotiation 106, no addressee named "
      "('us', 'our nations' meaning all states) -> target null (set 152: Tunisia's call for the Information "
      "Society summit a 106 with no target; borderline USA/GOV, the Munich speech's evident addressee, or not "
      "coded as a call with no addressee, set 110); the common understanding is the dialogue's purpose"),
 31: ([], "Equatorial Guinea (2005): 'When the Security Council is democratized we ask that its decisions be binding "
          "and that those who do not comply with them be properly sanctioned' = a UN reform position (held-out 52/53, "
          "54-61), conditional on reform, with no named violator; not coded (borderline a 1044 to org:UNSC, or a "
          "hypothetical 163 org:UNSC -> null)"),
 32: ([("visit, as President, to the United Kingdom", "042", "ARG/GOV", "GBR", False, A, N, True),
       ("Prince Charles to Argentina", "042", "GBR/GOV", "ARG", False, A, N, True)],
      "Argentina (Menem, 1999); 'my recent visit, as President, to the United Kingdom' (October 1998) -> nominal "
      "042 to the country visited, bare GBR (held-out 98 row 35: visits coded to the bare country); 'and that of "
      "His Royal Highness Prince Charles to Argentina' (March 1999) = a second visit noun with its agent named -> "
      "nominal 042 to bare ARG, the heir to the throne on an official visit -> GBR/GOV (held-out 24: Queen "
      "Elizabeth II, head of state, GBR/GOV; borderline GBR/ELI, or not coded as a ceremonial royal visit); 'This "
      "was reaffirmed' = the ties of the sentence before, no act"),
 33: ([("signed at Djibouti", "057", "SOM/REB", "SOM/REB", False, A, N, False)],
      "Djibouti (1991); 'The peace agreement signed at Djibouti' = the July 1991 Djibouti agreement, an agentless "
      "participle whose parties the sentence before names: 'six of those movements' among 'all the movements and "
      "factions involved in the war' in Somalia (README: an agentless 'A peace settlement has been signed' "
      "takes its parties from the sentence before) -> unnamed Somali armed factions SOM/REB (README: unnamed "
      "Somali factions of 1993 SOM/REB), an agreement among them -> 057 SOM/REB -> SOM/REB (set 124: SOM/REB -> "
      "SOM/REB); a participle, not nominal; borderline not coded, as set 121's Maputo agreements 'signed by all "
      "Malagasy political movements' (agreements among unnamed domestic parties); Djibouti is the place; the "
      "restoration of peace and reconciliation are aims"),
 34: ([("to commend", "051", "SEN/GOV", "org:UNSC", False, A, N, False),
       ("convening", "043", "org:UNSC", N, False, A, N, True)],
      "Senegal (1997); 'I would like once again to commend the convening last 25 September, on the initiative of "
      "the President of the Security Council, of a special Council meeting at the ministerial level' on Africa -> "
      "performative praise 051, to the convener, the President of the Security Council acting as such -> org:UNSC "
      "(held-out 54-61: an official's act while President of the General Assembly is org:UNGA's; borderline USA/GOV, "
      "Secretary Albright presiding, thanked separately in the sentence after); 'the convening ... of a special "
      "Council meeting' -> nominal 043 host/convene (guideline) from org:UNSC, the meeting being of the Council's "
      "own members -> target null (borderline not coded as internal UN procedure, or source USA/GOV)"),
 35: ([("A follow-up meeting", "040", "PNG/GOV", "PNG/REB", False, A, N, True)],
      "Papua New Guinea (1997); 'A follow-up meeting - Burnham Talks II - between Bougainvillian leaders and "
      "representatives of Papua New Guinea's Government is currently under way in New Zealand' = a meeting noun "
      "naming its parties -> nominal 040 (README: a meeting noun whose name gives its participants), "
      "asserted ('currently under way'), symmetric, coded once from the document's own government (guideline; "
      "set 148) to the Bougainvillian leadership, the secessionist leaders of 1997 -> PNG/REB (held-out: the "
      "Bougainville separatist leadership PNG/REB in the 2001 peace agreement; borderline PNG/GOV under the "
      "sub-national government rule); New Zealand is only the venue here (README: summits only 'held at' a venue "
      "not coded; borderline 043 NZL/GOV from the facilitation named in the sentence before)"),
 36: ([("total cooperation from the United Nations system", "061", "org:UN", "NIC/GOV", False, D, N, True)],
      "Nicaragua (1992); 'We have come to this forum to speak of the urgent need for special and total cooperation "
      "from the United Nations system in the social and economic reconstruction of Nicaragua' = a statement of "
      "need (held-out 46/47: statements of need are demanded aid; held-out 77 row 13: 'will need the cooperation of "
      "its development partners to rebuild the economy' a demanded 061) -> demanded nominal 061, the provider named "
      "-> org:UN, to the speaker's government NIC/GOV (borderline 070/071 aid, or an asserted 1011 request to "
      "org:UN, the speaker's 'come to speak of' being an appeal)"),
 37: ([("support moves", "1013", "LTU/GOV", N, False, A, N, False)],
      "Lithuania (1995); 'We thus support moves to establish a permanent international criminal court' = support "
      "for establishing a court (README: 'fully supports the establishment of a special tribunal' a 1013 "
      "with no target) -> demand judicial cooperation 1013, the 'moves' agentless (the 1995 Ad Hoc Committee) -> "
      "target null (borderline a 051 with no target, or not coded as an abstract position); 'which would have "
      "jurisdiction' describes the court, no act"),
 38: ([("to denounce", "111", "HND/GOV", N, False, A, N, False)],
      "Honduras (2006); 'we are here to denounce hypocrisy, double-talk and moral double standards on the part of "
      "those who proclaim and promote a solution to our problems through democracy and free trade' = a "
      "denunciation verb (guideline: denounce 111; the guideline's uncoded 'hypocrisy of these countries' has no "
      "behaviour verb), the targets an unnamed class -> target null (held-out 44/45: condemning unnamed "
      "perpetrators the speaker's 111 with no target; borderline USA/GOV, the evident referent); 'seize and hold "
      "hostage the concepts' is figurative, and promoting 'a system of privileges' an evaluation, not coded"),
 # --- UNGDC 1990-2019: nocue
 39: ([], "Brazil (2000): 'there is growing awareness of the devastating dimensions of the AIDS epidemic' = a "
          "description, no act"),
 40: ([], "Gabon (2017): the situation in the Central African Republic 'requires our sustained attention' = an agenda "
          "priority, no act"),
 41: ([("forgiveness", "071", N, "GNB/GOV", False, A, N, True)],
      "Guinea-Bissau (2011); 'the country reached the completion point of the Heavily Indebted Poor Countries "
      "Initiative, thus achieving forgiveness of about 90 per cent of its external debt' = realised debt relief "
      "(held-out 98-101: debt written off is a 071) -> nominal 071, the creditors unnamed -> no source (borderline "
      "org:IMF and org:WB, named in the sentence before as partners who 'will testify', the HIPC Initiative "
      "being theirs) to GNB/GOV; reaching the completion point is a status, and the re-evaluation of the growth "
      "rate no act between actors"),
 42: ([("to salute", "051", "SDN/GOV", "org:UN", False, A, N, False)],
      "Sudan (2001); 'I would also like to salute Mr. Kofi Annan,' = a performative tribute (held-out 52/53: 'pay "
      "tribute to' 051), the Secretary-General -> org:UN; the sentence ends at the comma (the hard-wrapped "
      "'Secretary-General of the United Nations' follows), the congratulations on his re-election lying after it"),
 43: ([], "Malaysia (2003): the General Assembly 'is subservient to the Security Council, which in turn is "
          "subservient to any single one of the five victors of a war' = a description of institutional relations; "
          "'Unfortunately' is a sentence adverb (set 135: not coded); the Second World War is an agentless historic "
          "war, not coded"),
 44: ([], "United Kingdom (2011): 'They [the peoples of the Arab world] want transparency and accountability of "
          "Government, an end to corruption ...' = aspirations of uncoded peoples addressed to unnamed governments, "
          "null-null, not coded (borderline a nominal 104 null -> null)"),
 45: ([], "Kazakhstan (2006): 'We have to step up efforts to tighten national export-control mechanisms' = 'we' "
          "meaning all states (held-out 42/43), domestic regulation, no act between actors"),
 46: ([], "Poland (2009): 'I draw attention first to the International Labour Organization' = a speech act about the "
          "speech, no act"),
 47: ([("we encourage", "100", "SWZ/GOV", "org:IAEA", False, A, N, False)],
      "Swaziland (2009); 'we encourage the International Atomic Energy Agency to continue to monitor countries that "
      "are developing nuclear arms so that they may be stopped' = a request (README: 'It is important to "
      "encourage him' a demanded 100; set 147: 'We encourage Iraq to cooperate' a request) to org:IAEA, Y = "
      "monitoring, which has no CAMEO request sub-code -> generic 100 (held-out 76 row 14: a request for "
      "investigations 100; borderline 1055 or 102); the countries developing nuclear arms are unnamed, not coded "
      "(borderline 154 null -> null), and 'so that they may be stopped' is an agentless purpose"),
 48: ([], "Belgium (2007): 'The status quo [in Kosovo] is not an option, as we are all aware' = an evaluation, no act"),
 49: ([], "Tanzania (2019): 'the United Nations has recorded some important milestones, but some challenges still "
          "remain' = an evaluation of the Organization's record, no act"),
 50: ([], "Venezuela (2013): the quoted 'Peace is a daily, a weekly, a monthly process ... quietly building new "
          "structures' (Kennedy's 1963 address) = a maxim, no actor, no act"),
 51: ([("We reiterate", "102", "LSO/GOV", "COD/GOV", False, A, N, False),
       ("We reiterate", "102", "LSO/GOV", "org:UNSC", False, A, N, False),
       ("the call", "102", "org:UN", "COD/GOV", False, A, N, True),
       ("the call", "102", "org:UN", "org:UNSC", False, A, N, True)],
      "Lesotho (2004); 'We reiterate the call by the Secretary-General, Mr. Kofi Annan, for renewed commitment by "
      "the Transitional Government in the Democratic Republic of the Congo, the Security Council and the "
      "international community to work in full partnership to see the transitional process through to elections' "
      "= an echoed call: the speaker's own request and a nominal request of its author (held-out 14/15), "
      "the Secretary-General -> org:UN; Y = commitment to work in partnership -> demand diplomatic cooperation 102 "
      "(borderline 104, the transition to elections being political reform), one per coded addressee (guideline: "
      "compound split): the Transitional Government -> COD/GOV and the Security Council -> org:UNSC, 'the "
      "international community' uncoded and dropped; the elections are Y, not coded separately"),
 52: ([], "Dominica (2010): 'The rule of law is an important aspect of international law' = a maxim, no act; the "
          "call on the United States to end the embargo lies in the sentence before"),
}
