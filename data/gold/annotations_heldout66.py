"""Hand annotations for the SIXTY-SIXTH held-out event gold set (source of events-heldout66.jsonl).

Keyed by the row index of selection-heldout66.jsonl (output of select_bulk_heldout.py 66; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout66.jsonl \
        --annotations annotations_heldout66 --output events-heldout66.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Senegal (1992): ECOMOG 'does not have the means for its peace mission' = a lack of resources, a state, not a "
         "negated act (borderline a negated 074 org:ECOWAS -> LBR); the adoption of the Yamoussoukro framework lies "
         "in the preceding sentence"),
 1: ([], "Tanzania (2012): 'If we Member States cannot agree on reforms then the United Nations will never be "
         "reformed' = 'we' meaning all Member States (held-out 42/43: not coded), a hypothetical about UN reform "
         "(held-out 54-61: reform positions left uncoded)"),
 2: ([], "Saint Vincent and the Grenadines (2017): climate change and 'the persistent peril of armed conflict' = "
         "threats as risks (guideline: figurative), no actor; 'has not replaced' negates no event"),
 3: ([("imposed", "163", "FIN/GOV", "ZAF/GOV", False, A, N, False),
      ("lift the sanctions", "085", "FIN/GOV", "ZAF/GOV", True, A, N, False)],
     "Finland (1990); 'the sanctions that Finland imposed on South Africa some years ago' = 163 (guideline: sanctions "
     "163), a past act in a relative clause -> asserted, verb -> not nominal, the apartheid Government -> ZAF/GOV; "
     "'We do not regard it as opportune to lift the sanctions' = Finland's decision not to ease them -> 085 negated "
     "(guideline: plain negation keeps the event's code; held-out 50/51: sanctions that 'should not be eased' a "
     "negated demanded 085), stated as the speaker's present policy -> asserted (borderline a REJECT 12x as a "
     "refusal, or demanded)"),
 4: ([], "Central African Republic (1995): 'Some donors are no longer meeting their commitments' = unfulfilled aid "
         "commitments of an uncoded collective (donors) whose beneficiary is not a coded actor (Africa as a "
         "continent), null-null, not coded (borderline a negated 071 with no source and no target)"),
 5: ([], "Antigua and Barbuda (2006): 'developed countries do not deliver on their commitments but continue ... to "
         "support or continue systematic imbalances in the international trading system' = acts of an uncoded "
         "collective with no named counterpart; 'support' of imbalances is figurative; not coded"),
 6: ([], "Czech Republic (2007): 'We should not allow developing countries to be blocked ... by additional burdens "
         "imposed upon them' = 'we' meaning all states (held-out 42/43: not coded), developing countries uncoded, the "
         "burdens agentless; no act between coded actors"),
 7: ([("initiatives to help", "045", N, "PSE/GOV", False, A, N, True),
      ("initiatives to help", "045", N, "ISR/GOV", False, A, N, True)],
     "Oman (2016); 'the efforts of the international community and the various initiatives to help the Palestinians "
     "and the Israelis to reach an agreement on a road map' = facilitation of a settlement between the two parties -> "
     "nominal 045 to each party (held-out 54-61: a facilitation or mediation is a nominal 045 to each party), the "
     "international community uncoded -> source null (held-out 58 row 4: an uncoded source with a named target is "
     "coded), the Palestinian and Israeli negotiating sides -> PSE/GOV and ISR/GOV; 'all efforts failed to achieve "
     "the desired outcome' = the efforts' failure, the agreement not reached is not stated as an act of the parties "
     "(borderline a negated 057 PSE/GOV -> ISR/GOV); borderline not coded as an agentless evaluation"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("remains opposed", "110", "ESP/GOV", N, False, A, N, False),
      ("notes with satisfaction", "051", "ESP/GOV", "USA/GOV", False, A, N, False),
      ("notes with satisfaction", "051", "ESP/GOV", "CUB/GOV", False, A, N, False),
      ("talks", "046", "USA/GOV", "CUB/GOV", False, A, N, True)],
     "Spain (1994); 'remains opposed to the embargo that has been imposed' = disapproval (CAMEO 110: express "
     "disapproval, objection or opposition; borderline 120), the embargo's imposer never named in the document (the "
     "passive is agentless) -> target null (held-out 50/51: a call to end an embargo whose imposer the document never "
     "names has no target; borderline USA/GOV by world knowledge); the embargo itself is agentless, not coded; "
     "'notes with satisfaction the talks taking place between Washington and Havana' = a welcome -> 051 to each party "
     "(held-out 48/49: 'noted with satisfaction the signing' 051 to the signatories), Washington and Havana = capital "
     "metonyms -> USA/GOV and CUB/GOV; the talks themselves (the 1994 migration talks) = a nominal negotiation whose "
     "parties are named -> 046 (borderline 040), symmetric, coded once from the first-named"),
 9: ([], "Guyana (1999): 'the industrialized countries are anxious to hold further negotiations' = an uncoded "
         "collective, the negotiations with no named counterpart (a WTO round); Tokyo and Uruguay are the names of "
         "trade rounds, not metonyms"),
 10: ([], "Jamaica (2000): 'The historic meeting of the leaders of the South, held at Havana this year' = the G-77 "
          "South Summit, a meeting of an uncoded collective; Havana is the venue, not a metonym (borderline 043 "
          "CUB/GOV as host, or 040 JAM/GOV for its attendance); 'strengthened our commitment to forge a common "
          "strategy' is an effect on an abstract commitment of all participants"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("to support their efforts", "051", N, "org:UN", False, D, N, False)],
      "Latvia (2007); 'It is our duty ... to support their efforts, each Member State according to its capacity' = a "
      "deontic ('our duty') for every Member State -> demanded with no source (held-out 30/31: 'Now is the time to "
      "scale up our support', our = all countries, a demanded 071 with no source; held-out 59 row 27: 'support the "
      "efforts' of the Secretary-General a demanded 051 with no source), 'their efforts' = the peacekeepers and the "
      "United Nations staff of the preceding sentence -> org:UN (guideline: a participant from the context); "
      "support -> 051 (borderline 070 material support, 'according to its capacity'; borderline not coded, held-out "
      "42/43: 'we' meaning all states)"),
 12: ([], "Iraq (2011): 'According to that agreement, relations will be for the long term and will cover all aspects "
          "of life' = the content of the US-Iraq strategic framework agreement, relations as a state; 'according to' an "
          "agreement is not attribution (guideline); not coded (borderline a reported future 030 IRQ/GOV -> USA/GOV)"),
 13: ([], "Senegal (2010): 'the Copenhagen Conference was unable to provide a satisfactory response' = a conference "
          "of all parties (uncoded), an evaluation; 'as I said at that meeting' = the speaker's own past statement "
          "(01x), not coded"),
 14: ([], "Bosnia and Herzegovina (2001): implementation of the Dayton/Paris Peace Agreement and adjustment of the "
          "legal framework to European standards as the foundation of domestic authorities' activities = domestic "
          "policy, no act between actors (the sentence begins at 'Peace Agreement', cut after 'Dayton/Paris')"),
 15: ([], "South Africa (1996): 'Our support for the CTBT as an instrument of disarmament' = support for a treaty, an "
          "abstract policy position with no counterpart (guideline); the signing lies in the preceding sentence; 'will "
          "lead to the full implementation of the ... obligations' is an expected effect with no actor"),
 16: ([("That enormous support", "070", "org:UN", "UZB/GOV", False, A, N, True)],
      "Uzbekistan (2013); 'That enormous support' = the attention the United Nations and Secretary-General Ban paid "
      "to the Aral Sea (preceding sentence: 'We are grateful to the United Nations ... for the keen attention "
      "paid'), an event noun whose agent is plain from the text around it (held-out 48/49) -> nominal 070 from "
      "org:UN (held-out 28/29: 'with the support of our United Nations partners' nominal 070; held-out 50/51: 'We "
      "have always counted on United Nations support' nominal 070), 'gives us' -> UZB/GOV (borderline 051 as "
      "political attention, or not coded as an anaphoric noun, held-out 54 row 45); 'the countries of the region "
      "will not be left alone' = an expectation about uncoded parties, not coded"),
 17: ([], "South Africa (2001): 'What is needed is the collective will of the international community to act "
          "decisively' = an uncoded collective, an abstract need; no act"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Cuba (1999): 'How could we call on the international community to protest a threat against one of our "
          "countries if those principles ... were to be struck from the Charter' = a rhetorical hypothetical; 'we' = "
          "'we poor countries' of the preceding sentence (uncoded), the addressee uncoded, the threat against an "
          "unnamed country; null-null, not coded"),
 19: ([], "Colombia (1995): 'non-alignment must participate actively in the reform of international institutions' = "
          "a deontic about UN and Bretton Woods reform (held-out 54-61: reform positions left uncoded; held-out 52/53: "
          "urging Council reform with no addressee not coded)"),
 20: ([("cooperation", "050", "KAZ/GOV", "org:IMF", False, A, N, True),
       ("cooperation", "050", "KAZ/GOV", "org:WB", False, A, N, True),
       ("cooperation", "050", "KAZ/GOV", "org:EBRD", False, A, N, True),
       ("cooperation", "050", "KAZ/GOV", "org:EU", False, A, N, True),
       ("cooperation", "050", "KAZ/GOV", "org:OECD", False, A, N, True),
       ("technical assistance", "070", "org:IMF", "KAZ/GOV", False, A, N, True),
       ("technical assistance", "070", "org:WB", "KAZ/GOV", False, A, N, True),
       ("technical assistance", "070", "org:EBRD", "KAZ/GOV", False, A, N, True),
       ("technical assistance", "070", "org:EU", "KAZ/GOV", False, A, N, True),
       ("technical assistance", "070", "org:OECD", "KAZ/GOV", False, A, N, True)],
      "Kazakhstan (1994); 'its cooperation with the International Monetary Fund, the World Bank, the European Bank "
      "for Reconstruction and Development, the European Union, the Organization of Economic Cooperation and "
      "Development' = a cooperation named by its parties -> nominal 050, one per named organisation (held-out 38/39: "
      "a cooperation named by its parties is a nominal 050; held-out 34/35: partnerships one 050 each); 'other "
      "international organizations' uncoded, dropped; 'through their programmes of technical assistance' = aid from "
      "the same organisations ('their') to Kazakhstan -> nominal 070 per organisation (held-out 38/39: 'our support "
      "for Iraq' one nominal 070 per party; borderline treated as the form of the same cooperation and coded once); "
      "the European Community of 1994 -> org:EU (held-out 26/27); new organisation codes org:EBRD and org:OECD; 'the "
      "high value Kazakhstan places on' is an evaluation of the cooperation (borderline 051 per organisation)"),
 21: ([("help fund", "071", N, "TUV/GOV", False, D, N, False)],
      "Tuvalu (2008); 'new and additional sources of funding must be identified and channelled through the recently "
      "established Adaptation Fund to help fund concrete adaptation projects in-country ... of our God-given lands' "
      "= an agentless deontic for adaptation finance to the speaker's country -> demanded economic aid 071 with no "
      "source to the speaker's government (held-out 46/47: statements of need are demanded aid with no source to the "
      "speaker's government; held-out 42/43: 'Countries such as mine require assistance' demanded 070 no source); "
      "borderline not coded, the funding being meant for vulnerable developing countries in general; the Adaptation "
      "Fund is the channel, not a party"),
 22: ([], "Madagascar (2017): 'we have no choice but to act quickly and we must not waste time' on climate change = "
          "'we' meaning all states, no act between actors"),
 23: ([], "Portugal (1994): 'It should become more comprehensive' = 'it' = the concept of development (preceding "
          "sentence), an abstract position; no actor"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("Iran’s support", "070", "IRN/GOV", "YEM/REB", False, A, N, True),
       ("have destroyed", "1712", "YEM/REB", "YEM", False, A, N, False)],
      "Yemen (2019); 'with Iran's support' = a nominal support with its agent named -> 070 (borderline 072 military "
      "aid, the preceding sentence naming arms, money and expertise), Iran -> IRN/GOV, to the Houthi militias -> "
      "YEM/REB (guideline: Houthis); 'the Houthi militias have destroyed all that is beautiful in Yemen' = "
      "destruction of property -> 1712 (held-out 32/33: sabotage and destruction 1712; borderline 180 unspecified "
      "violence), the country as a whole -> bare YEM"),
 25: ([], "Saint Vincent and the Grenadines (2011): mediation and negotiation 'prematurely abandoned in the search for "
          "a quick fix of militarism' = an agentless generalisation, no named actors"),
 26: ([("we welcome", "051", "CYP/GOV", "org:UNSC", False, A, N, False)],
      "Cyprus (2014); 'we welcome Security Council resolution 2178 (2014)' = a welcome of a UN resolution -> 051 to "
      "its author (held-out 26/27: welcoming a UN resolution 051 to org:UNGA; here the Council's) -> org:UNSC; "
      "'adopted last Wednesday' = the Council's internal act, not coded; the threat posed by foreign terrorist "
      "fighters is a risk (guideline: figurative)"),
 27: ([("Cyprus welcomes the adoption", "051", "CYP/GOV", "org:UN", False, A, N, False)],
      "Cyprus (1998); 'welcomes the adoption of the Statute of a permanent International Criminal Court' = a welcome "
      "of the Rome Statute adopted by the United Nations Diplomatic Conference -> 051 to org:UN (held-out 59 row 3: "
      "'welcomes the adoption' of an Assembly decision 051 to org:UNGA; borderline target null, held-out 54-61: a "
      "decision of an uncoded body); 'empowering it to bring to justice the perpetrators' = the Court's future "
      "powers against unnamed perpetrators, not coded"),
 28: ([], "Hungary (1993): tendencies of fundamentalism that 'have unleashed or could lead to conflicts' = agentless "
          "tendencies in unnamed states, 'threatening the security of Europe' figurative; not coded"),
 29: ([], "Liberia (2007): the sentence begins after the cut 'Liberia supports the efforts of the Commission on' "
          "(splitter), so the support verb lies outside it and is not coded (held-out 58 row 25: a request before the "
          "cut not coded); 'the recent high-profile conference hosted here on climate change' = an agentless passive "
          "(the Secretary-General's High-Level Event), not coded (borderline 043 org:UN with no target); the Rio "
          "decision is of all parties"),
 30: ([("we welcome", "051", "SWZ/GOV", "org:UNCTAD", False, A, N, False)],
      "Swaziland (2006); 'we welcome the relevant ideas and general principles ... contained in the United Nations "
      "Conference on Trade and Development's Trade Development Report of 2006' = a welcome of an organisation's "
      "report -> 051 to org:UNCTAD (held-out 44/45: supporting a UN plan 051 to org:UN; borderline org:UN); 'the "
      "specific needs of developing nations have to be addressed' = an agentless deontic for an uncoded collective, "
      "not coded"),
 31: ([], "United States (2000): the fight against HIV/AIDS 'highlighted in a letter to the Secretary-General signed by "
          "the women Foreign Ministers' = a letter (01x statement), from an uncoded group of ministers; not coded"),
 32: ([("terrorist attacks", "180", N, "USA", False, A, N, True)],
      "Slovakia (2002); 'The terrorist attacks on the United States a year ago' = the 11 September attacks, agent not "
      "named in the sentence or the preceding text -> 180 with no source, nominal (held-out 54-61: an agentless "
      "terrorist attack is 180 with no source, one per victim country; held-out 58/59 rows: 'The attacks' 180 N -> "
      "USA), the country as a whole -> bare USA; 'worldwide anguish and outrage', 'solidarity among nations' and 'a "
      "firm stand by the worldwide coalition' are reactions of uncoded collectives, not coded"),
 33: ([], "Togo (1992): adaptation of the transitional Government's workings, application of the constitution and "
          "involving all national political leaders in the democratic process = domestic institutional politics, no "
          "named counterpart"),
 34: ([("pleased to see", "051", "BRN/GOV", "org:NATO", False, A, N, False),
       ("pleased to see", "051", "BRN/GOV", "org:UN", False, A, N, False)],
      "Brunei Darussalam (1997); 'We are therefore pleased to see the North Atlantic Treaty Organization (NATO) and the "
      "United Nations taking strong action' = a welcome (held-out 48/49: 'We are satisfied to see that' 051) -> one "
      "051 per organisation (guideline: compound split); 'taking strong action to enforce the Dayton Agreement' = "
      "SFOR/IPTF enforcement against the unnamed 'certain elements' of the preceding sentence, an unspecified action "
      "with no coded target, not coded (borderline 170 per organisation -> BIH/REB)"),
 35: ([("commend", "051", "JAM/GOV", "org:UN", False, A, N, False)],
      "Jamaica (2003); 'We also wish to commend the Secretary-General for his work' -> 051 to org:UN (guideline: "
      "commend 051; held-out 55 row 31: commending the Secretary-General 051 to org:UN); 'wish to' is a performative "
      "hedge -> asserted"),
 36: ([("praise", "051", "STP/GOV", "org:UN", False, A, N, False)],
      "Sao Tome and Principe (1998); 'I would like once again to emphasize and praise the positive contribution this "
      "Organization has made' = praise -> 051 to org:UN, performative 'I would like' -> asserted; the UN's founding "
      "is not coded"),
 37: ([], "Tunisia (2016): 'We called for the establishment of a Government of national unity' = President Essebsi's "
          "2016 initiative, a domestic call with no named addressee whose Y is forming a government (guideline: "
          "'form a government' not codable); not coded (borderline 100 TUN/GOV with no target, held-out 58 row 56: "
          "'I call for its early entry into force' coded with target null)"),
 38: ([], "Senegal (1998): 'we all warmly welcomed the reform proposals of the Secretary-General' = 'we all' = the "
          "whole General Assembly at its fifty-second session (held-out 52/53: welcomes by a 'we' that is the whole "
          "Assembly are not coded)"),
 39: ([("We support the new mission", "051", "ALB/GOV", "org:UN", False, A, N, False),
       ("admire the performance", "051", "ALB/GOV", "XKX/GOV", False, A, N, False),
       ("admire the performance", "051", "ALB/GOV", "XKX/CVL", False, A, N, False)],
      "Albania (2003); 'We support the new mission under the leadership of Mr. Holkeri' = UNMIK under the new Special "
      "Representative -> expressed support 051 to org:UN (held-out 44/45: supporting a UN plan or official 051 to "
      "org:UN); 'admire the performance of society and institutions in Kosovo' = praise -> 051, split into the "
      "Provisional Institutions (XKX/GOV, guideline: Kosovo -> XKX) and society (XKX/CVL) (held-out 42/43: a "
      "government and its people one event each); borderline one 051 to XKX"),
 40: ([], "Slovakia (2005): 'New threats to security represent growing challenges' = threats as risks (guideline), no "
          "actor"),
 41: ([], "Greece (2007): 'New threats and challenges are emerging' = threats as risks, no actor"),
 42: ([("encouraged and supported", "051", "org:UN", N, False, A, N, False)],
      "France (1992); 'the progress of humanitarian activities that has been encouraged and supported by the United "
      "Nations' = the UN's support for humanitarian action, agent named in the passive -> 051 (one act for "
      "'encouraged and supported', borderline 070 material support), the humanitarian actors not named -> target "
      "null (held-out 58 row 26: 'We stand ready to support' efforts of an uncoded collective, target null); "
      "borderline not coded as an evaluation of progress"),
 43: ([], "Côte d'Ivoire (2001): 'extremely concerned by an arms race which dares not speak its name' = concern (01x, "
          "not coded) about an arms race of unnamed states"),
 44: ([("We welcome also with relief", "051", "TCD/GOV", "IND/GOV", False, A, N, False),
       ("We welcome also with relief", "051", "TCD/GOV", "PAK/GOV", False, A, N, False)],
      "Chad (2003); welcoming 'the significant improvement ... of relations between India and Pakistan' = a welcome "
      "of a development between two named states -> 051 to each side (held-out 50/51: welcoming cross-Strait "
      "dialogue 051 to each side; held-out 30/31); the improvement of relations is a state change with no act named, "
      "not coded (borderline a nominal 050 IND/GOV -> PAK/GOV)"),
 45: ([("praise", "051", "MHL/GOV", "org:IAEA", False, A, N, False)],
      "Marshall Islands (1993); the sentence begins after a cut inside 'The efforts of the International Atomic "
      "Energy Agency (IAEA)'; 'merit special praise' = the speaker's praise -> 051 (guideline: praise 051), the IAEA "
      "taken from the cut subject (held-out 44/45: a subject cut off by the splitter is taken from the context) -> "
      "org:IAEA; borderline not coded as an evaluation ('merit')"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Guyana (2007): a fragment cut by the splitter ('In the words of my country's national poet, Martin'), no "
          "event"),
 47: ([], "Guatemala (2007): 'my administration concentrated its efforts on strengthening public institutions and "
          "building democratic governance' = domestic policy against crime and insecurity, no counterpart"),
 48: ([], "Croatia (2015): progress and alarming developments since 1945 = an evaluation, no actor"),
 49: ([("We are grateful", "051", "PAN/GOV", "org:UN", False, A, N, False)],
      "Panama (1994); 'We are grateful to Mr. Boutros Boutros-Ghali, Secretary-General of the Organization, for the "
      "fine job he is doing' = thanks -> 051 (guideline: thank 051), the Secretary-General -> org:UN; his concern "
      "with helping to build a more just world is an abstract description, not coded"),
 50: ([("encourages", "051", "HTI/GOV", N, False, A, N, False)],
      "Haiti (2015); 'The Republic of Haiti encourages the spirit of dialogue prevailing in the relations between "
      "nations' = an endorsement -> 051, aimed at nations in general (an uncoded collective) -> target null (held-out "
      "59 row 26: 'I welcome the fact' aimed at an uncoded collective 051 with target null); the China-Taiwan and "
      "other dialogues are in the preceding sentences and not referred to by name here; borderline not coded as an "
      "abstract attitude"),
 51: ([], "Cyprus (1991): 'His determination in this regard ... was reiterated from this very rostrum at this session' "
          "= President Bush's (and other leaders') restated determination to act as a catalyst for the Secretary-"
          "General's Cyprus efforts = a statement (01x) reiterated in the Assembly, not coded (borderline 039 or 030 "
          "USA/GOV -> org:UN as an intent stated as a fact; the thanks lie in the preceding sentence)"),
 52: ([], "Monaco (2017): 'the Secretary-General's advocacy for \"protection and respect for human rights and for the "
          "creation of decent work opportunities for young people\"' = a nominal advocacy of general goals with no "
          "addressee, not coded (borderline a nominal 1043 org:UN with no target; held-out 52/53: urging with no "
          "addressee not coded)"),
 53: ([], "Finland (2019): 'It has to show that it deserves the trust of its Members' = 'it' = the United Nations, a "
          "deontic about deserving trust, no codable behaviour (guideline: demanded Y not a behaviour)"),
 54: ([], "Ecuador (1994): 'those linked to the dangerous use of nuclear weapons' = an agentless event noun, problems "
          "as effects; no act"),
 55: ([], "Paraguay (2016): economic growth and domestic social protection strategies = domestic, no counterpart"),
 56: ([("is disappointed", "110", "NRU/GOV", "USA/GOV", False, A, N, False),
       ("unleash", "204", "IRQ/GOV", "GBR", False, H, N, False)],
      "Nauru (2003); 'Nauru is disappointed that President Bush did not refer in his statement ... to the status of "
      "the coalition's search' = 110 (guideline: 'disappointed' -> 110) -> USA/GOV (Bush, President on the speech "
      "date); his not referring to something is a statement (01x), not a negated event; the coalition's search for "
      "stockpiles is not a codable act between actors; 'intelligence indicated that the Iraqis could arm and unleash "
      "them so as to hit the United Kingdom within 45 minutes' = the September 2002 dossier's claim of a possible "
      "WMD attack -> use of weapons of mass destruction 204 (borderline 190), 'could' -> hypothetical, 'the Iraqis' = "
      "Saddam Hussein's Government -> IRQ/GOV (borderline IRQ/MIL), the United Kingdom as a whole -> bare GBR; "
      "'intelligence' names no coded source -> reported_by null (guideline: 'reportedly' with no named source); "
      "'arm and unleash' one act, coded once"),
 57: ([], "Ghana (2011): domestic health-care efforts (infrastructure, the National Ambulance Service, training) = "
          "domestic, no counterpart"),
 58: ([], "Vanuatu (2014): 'we have a moral duty to ensure that the principles of dialogue and reasoning prevail' = "
          "'we' as members of the international community (all states), an abstract norm; not coded"),
 59: ([], "Andorra (1994): 'people everywhere in the world who listened to him' (Kennedy in Berlin, 1963) and the "
          "meaning of 'Berliner' = a historic speech and its reception, 01x, no act"),
}
