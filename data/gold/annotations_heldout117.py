"""Hand annotations for the HUNDRED-AND-SEVENTEENTH held-out event gold set (source of events-heldout117.jsonl).

Keyed by the row index of selection-heldout117.jsonl (output of select_bulk_heldout.py 117; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout117.jsonl \
        --annotations annotations_heldout117 --output events-heldout117.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Kenya (1991): 'Since such weapons were never intended for attacks on the suppliers, we had no illusions at "
         "all regarding their end use' = the arms suppliers' (uncoded 'certain developed nations', preceding "
         "sentence) intention about weapons sold to Iraq; 'never' bears on an intended purpose, not on an event, and "
         "the would-be targets are uncoded; not coded (borderline a negated hypothetical 190 IRQ/GOV -> null)"),
 1: ([], "Palau (2003): 'Environmental threats do not respect national borders' and 'can pose long-term dangers' = "
         "figurative threats (guideline: threat as risk), no actor; 'do not respect' is no negated event"),
 2: ([("welcomes", "051", "org:EU", "org:UNGA", False, A, N, False)],
     "European Union (2014); 'The European Union welcomes the strong message that the breaking of rules will not be "
     "tolerated' = a welcome (guideline: 051) of the message sent by the General Assembly's resolution 68/262 on "
     "the territorial integrity of Ukraine (preceding sentences) -> org:UNGA (held-out: welcoming a UN resolution "
     "051 to org:UNGA); the speaker -> org:EU; the message itself ('will not be tolerated') is a statement of the "
     "Assembly, not coded separately (borderline a nominal 111 org:UNGA -> RUS/GOV for the annexation of Crimea "
     "named before)"),
 3: ([], "Swaziland (2014): 'my delegation is heartened to see that we have not forgotten our collective inability to "
         "meet all the Millennium Development Goals' = an attitude about a shared failure to reach goals, 'we' "
         "meaning all states (held-out 42/43); no act between actors, no negated event"),
 4: ([], "Italy (2005): an aphorism, 'those who do not remember history are condemned to repeat it' = a maxim, no "
         "actor"),
 5: ([], "El Salvador (1999): 'If we lack the courage to speak or to act, they will demand to know why ... we did "
         "not want genuinely to open the world to freedom' = future generations (no code) asking a hypothetical "
         "question of 'us' (all leaders); no act between coded actors, 'did not want' bears on a will"),
 6: ([("threatening intentions", "130", "COL/REB", "COL/GOV", False, A, N, True),
      ("does not give in to threats", "080", "COL/GOV", "COL/REB", True, A, N, False)],
     "Colombia (2019); 'Their threatening intentions' = those of 'a group of criminals, under ideological guise', "
     "who 'never stopped committing crimes' (preceding sentences: the FARC dissidents who announced their return to "
     "arms in August 2019), unnamed armed groups -> COL/REB (held-out: Colombia's unnamed armed groups COL/REB); a "
     "threat noun with its agent given by 'Their' -> nominal 130, aimed at 'a Government' -> COL/GOV (borderline "
     "bare COL, 'tried to frighten Colombia', or a second 130 to COL/CVL for 'a people'); 'a Government that does "
     "not give in to threats' = plain negation of a yielding verb (guideline: negation keeps the event's own code) "
     "-> negated 080, habitual -> asserted, to the threatening group (borderline a statement of resolve 130, or not "
     "coded as resolve); 'a people which will not be intimidated' = the people's resolve, not a negation (held-out "
     "9: 'will not be subjected to a Russian occupation' resolve), not coded (borderline a negated future 130 "
     "COL/REB -> COL/CVL); 'does not suffer the mafia' is toleration, not coded"),
 7: ([("We call on", "102", "EST/GOV", N, False, A, N, False)],
     "Estonia (2015); 'We call on all countries that have not yet done so to join the Rome Statute of the ICC' = a "
     "request (guideline: call on -> 10x) whose Y is joining a treaty -> 102 (held-out 43/45, 63: calls to ratify "
     "or join a treaty 102), addressed to an uncoded class that names no member -> target null (held-out 58 row "
     "56: a call with a specific Y and no coded addressee); Y not coded separately (guideline); 'that have not yet "
     "done so' = the non-accession of the same uncoded class, null source and the treaty as object, null-null, not "
     "coded (borderline a negated 057 null -> org:ICC; held-out 76 row 2 coded the same relative clause only because "
     "it named the DPRK)"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Sri Lanka (2009): 'As Member States, we must mobilize the political will ... and work in a spirit of "
         "cooperation' = 'we' meaning all states (held-out 42/43), a deontic with no counterpart; not coded"),
 9: ([], "Micronesia (2010): 'We must find a better response ... that supports mitigation and adaptation measures' = "
         "'we' meaning the parties to the climate negotiations (all states), a policy goal; not coded"),
 10: ([], "Lithuania (1999): 'The European security charter, the concepts for which are now being discussed in the "
          "Organization for Security and Cooperation in Europe' = discussions among the OSCE's own participating "
          "States, an uncoded collective inside one body (held-out: cooperation among one organisation's members, no "
          "pair of actors); 'will further build on the ideals' is a document's content; not coded (borderline a 040 "
          "with source org:OSCE and no target)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Sri Lanka (2002): 'If in the course of our recent conflict some of the quality of paradise has been lost, "
          "then surely paradise must be regained' = figurative; 'our recent conflict' is a conflict noun that names "
          "no party in the sentence (borderline a nominal 190 LKA/GOV -> LKA/REB from the peace process in the "
          "text around it)"),
 12: ([], "Lithuania (2005): 'Lithuania ... calls on all Member States to assume their responsibilities and to take "
          "action' = on Security Council reform (preceding sentences), a UN reform position addressed to an uncoded "
          "collective (held-out 54-61, 62-73: UN reform positions left uncoded); borderline a 100 LTU/GOV -> null "
          "(or 1044)"),
 13: ([], "United Arab Emirates (2005): 'Such a conference must provide a clear definition of terrorism ... and must "
          "distinguish between terrorism and the legitimate struggle of peoples against foreign occupation' = a "
          "deontic about the content of a proposed conference's outcome; the 'struggle' and the 'foreign occupation' "
          "are generic, with no named actor; not coded"),
 14: ([], "Gabon (2011): 'The international community must make an effort to live up to the commitments it agreed to "
          "in Monterey, Doha, Gleneagles, Paris and Accra' = a deontic on development-aid commitments of an uncoded "
          "collective to an uncoded class of developing countries, null-null, not coded (held-out 77 row 28: donor "
          "assistance to countries in need; borderline a demanded 070 null -> GAB/GOV, Gabon being named among the "
          "countries in need before)"),
 15: ([], "Tuvalu (2013): 'Everyone must act to urgently reduce greenhouse-gas emissions and provide adaptation' = a "
          "norm for all states, no counterpart; not coded"),
 16: ([], "Lesotho (2013): 'Our actions and decisions should embody themes of peace and development' = 'our' meaning "
          "the Organization's members (held-out 42/43), a norm; not coded"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("resumption of negotiations", "046", "ISR/GOV", N, False, A, N, True)],
      "Zaire (COD, 1992); 'the resumption of negotiations between the parties concerned' = the Middle East peace "
      "talks of the Madrid process resumed in August 1992 after the election of the new Israeli Government named in "
      "the same sentence; a negotiation noun -> nominal 046 (guideline), Israel the one party the sentence and the "
      "document make plain -> ISR/GOV, the Arab parties never named -> target null (held-out 48/49: an event noun "
      "whose agent is plain only from the text around it is coded; held-out 76 row 6: a partner without a code or "
      "name -> target null; borderline not coded, 'the parties concerned' being unnamed); 'we have reason for some "
      "hope' is an attitude, not a welcome; the establishment of the Government is domestic"),
 18: ([("We commend", "051", "SWZ/GOV", "org:UNGA", False, A, N, False)],
      "Eswatini (SWZ, 2018); 'We commend the General Assembly for having such confidence in her as to choose her to "
      "serve as only the fourth woman President of the General Assembly' -> 051 (guideline: commend) to org:UNGA "
      "(held-out 48/49: commending the Assembly President's election 051 to org:UNGA); the election itself is the "
      "Assembly's internal act, not coded"),
 19: ([("we have called for agreement", "1011", "GUY/GOV", N, False, A, N, False)],
      "Guyana (1997); 'we have called for agreement on some forms of international taxation, which ... would provide "
      "the funding necessary to promote global development' = the speaker's own past call, asserted (guideline: "
      "call for -> 10x); Y = an international agreement on taxation to finance development -> demand economic "
      "cooperation 1011 (held-out 43 row 30: a call for a financing partnership 1011; borderline 1031 economic aid), "
      "no addressee named (the 'developed countries' of the next sentence are uncoded) -> target null (held-out 77 "
      "row 8: Lesotho's call for the Doha Round with target null); the funding the taxes 'would provide' is Y's "
      "purpose, not coded"),
 20: ([("invaded", "192", "IRQ/GOV", "KWT", False, A, N, False),
       ("it was wrong", "111", "LCA/GOV", "IRQ/GOV", False, A, N, False)],
      "Saint Lucia (1990); 'it was wrong for powerful Iraq to have invaded a powerless neighbour' = Iraq's invasion "
      "of Kuwait (the Kuwaitis of the preceding sentence) -> 192 (guideline: invade 192), the state named -> "
      "IRQ/GOV, the neighbour -> bare KWT (guideline: target of an invasion); 'thus violating its sovereignty and "
      "territorial integrity' is the same act, coded once (guideline); 'it was wrong for ... to have invaded' = the "
      "speaker's moral judgement of the act -> 111 (held-out: 'completely unacceptable' 111, 'cannot be condoned' "
      "the speaker's 111; borderline 110 as for 'it is deplorable', or not coded as an evaluation, held-out: 'There "
      "can never be any justification for' an evaluation)"),
 21: ([("we join in the call", "1056", "PAN/GOV", N, False, A, N, False)],
      "Panama (2007); 'From this rostrum, we join in the call for an immediate reduction in tension and peaceful "
      "solutions in all parts of the world where international peace and security are threatened' = joining a call "
      "is the speaker's own request (held-out 30/31: joining a call with named partners the speaker's 106; held-out "
      "14/15: echoing a call), Y = de-escalation -> 1056 (held-out 9: a request with several demands takes the most "
      "specific sub-code; borderline 107 for 'peaceful solutions'), no addressee and no named author of the call -> "
      "target null, no nominal request of an author; borderline not coded as a generic appeal for peace everywhere "
      "(held-out 52/53: urging with no addressee)"),
 22: ([], "Slovakia (2001): 'we now need more qualified answers, supported by resolve and responsibility' = 'we' "
          "meaning all states reacting to the September 11 attacks, a policy need; no act"),
 23: ([("agrees", "051", "MLT/GOV", "org:UN", False, A, N, False)],
      "Malta (2008); 'Malta agrees with the Secretary-General that we need to move from declarations of commitment to "
      "practice and implementation' = endorsement of the Secretary-General's position on the responsibility to "
      "protect (held-out 10/11: 'I agree with Merkel that ...' 051) -> 051 to org:UN (held-out 48/49: supporting the "
      "Secretary-General 051 to org:UN); 'we need to move' = 'we' meaning all states, not coded; 'we realize the "
      "sensitivity' is an attitude"),
 24: ([("ask for your support", "103", "GRD/GOV", N, False, A, N, False)],
      "Grenada (2004); 'Colleagues, I treasure your friendship and ask for your support on behalf of my country' = "
      "the Permanent Representative's request, made on behalf of Grenada, to his fellow representatives (the "
      "Member States, an uncoded collective) -> target null; Y = support for Grenada after Hurricane Ivan, whose "
      "debt relief and help are sought earlier in the speech and whose flash appeal is announced right after -> "
      "demand material aid 103 (borderline generic 100, the support being unspecified in the sentence, or org:UN as "
      "addressee); 'I treasure your friendship' is a sentiment, not coded"),
 25: ([("congratulate", "051", "ALB/GOV", "org:UN", False, A, N, False),
       ("visit", "042", "org:UN", "ALB", False, A, N, True)],
      "Albania (1999); 'I would like to take this occasion to congratulate Mr. Dhanapala on his last visit to "
      "Albania' = a performative congratulation ('would like to') -> 051 asserted (held-out 6: 'congratulated' 051) to "
      "the Under-Secretary-General for Disarmament Affairs, Jayantha Dhanapala -> org:UN (the disarmament of the "
      "civilian population with the United Nations, preceding sentence); 'his last visit to Albania' -> nominal 042 "
      "org:UN -> ALB (held-out 30/31: the Secretary-General's visit to the speaker's country a nominal 042 from "
      "org:UN; earlier sets: visits to a country target the bare country; borderline ALB/GOV)"),
 26: ([("negotiations@1", "046", "ARG/GOV", "org:EU", False, A, N, True)],
      "Argentina (2017); 'we have strongly encouraged negotiations with the European Union, and those negotiations "
      "are entering their final phase' = the MERCOSUR-European Union trade negotiations (MERCOSUR, 'a Southern "
      "Common Market', preceding sentence), under way, with Argentina a party -> nominal 046 ARG/GOV -> org:EU "
      "(guideline: negotiations 046), coded once for both mentions; MERCOSUR has no code and its other members are "
      "not named in the sentence, so they are dropped; 'strongly encouraged' is Argentina's push for its own "
      "negotiations, not coded separately (borderline a 106 request with no addressee, or 036 asserted)"),
 27: ([], "Mozambique (2016): 'It is a great honour for me to address ... the General Assembly' = the speech act "
          "itself, not coded"),
 28: ([("needs assistance", "070", N, "ZMB/GOV", False, D, N, False)],
      "Zambia (2017); 'As a developing country, Zambia needs assistance to enhance its capacity in key adaptive areas' "
      "= a statement of need (held-out 46/47: statements of need are demanded aid with no source to the speaker's "
      "government; held-out 77 row 13) -> demanded 070, the providers unnamed -> source null (borderline 0331 or "
      "technical 061); the capacity building in research and early warning is Y's purpose"),
 29: ([], "Monaco (2014): 'Another aspect also deserves emphasis - the delivery of humanitarian assistance in "
          "conflict zones' = a topic, agentless, with no named recipient; not coded"),
 30: ([("we call for", "1033", "NPL/GOV", N, False, A, N, False)],
      "Nepal (2010); 'we call for full sympathy and support to them in their hour of need' = a request (guideline: "
      "call for -> 10x) with no addressee -> target null; 'them' = Pakistan (floods) and Haiti (earthquake), the "
      "preceding sentence; Y = disaster support -> demand humanitarian aid 1033 (held-out 27 row 1: disaster "
      "assistance 073; borderline 103), coded once (the beneficiaries are Y, not addressees; borderline one 1033 per "
      "beneficiary country); 'sympathy' is condolence (01x, not coded); 'Those disasters have wiped out hard-earned "
      "gains' is a natural event"),
 31: ([], "Belize (2011): 'global warming poses an existential threat' = figurative threat (guideline), no actor"),
 32: ([], "Burkina Faso (2002): 'the tragic events of 11 September 2001 - whose first anniversary we have just "
          "commemorated' and 'world peace finds itself seriously threatened, in particular by international "
          "terrorism' = an event noun naming neither agent nor victim, and a figurative threat (guideline); "
          "commemoration is not coded (borderline a nominal 180 null -> USA, held-out 54-61: agentless terrorist "
          "attack per victim country)"),
 33: ([], "Oman (2019): 'Those raging fires pose a threat to international peace and security' = figurative fires and "
          "threat, no actor"),
 34: ([("we appeal", "100", "COM/GOV", N, False, A, N, False)],
      "Comoros (1998); 'we appeal to the wisdom and goodwill beyond our continent, so that the Comoros can return ... "
      "to the path of peace, security and hope' = an appeal (guideline: appeal -> 10x) to the states outside Africa, "
      "an uncoded collective -> target null, on the Anjouan secession crisis; Y = help in restoring peace, unspecified "
      "-> generic 100 (borderline 103, the next sentence's appeal for assistance, or not coded as an appeal to "
      "abstractions)"),
 35: ([], "Micronesia (2017): 'At the recent Pacific Islands Forum Leaders Meeting in Samoa, our leaders endorsed the "
          "Blue Pacific identity' = endorsement of a regional concept by the leaders of an organisation without a code "
          "at their own meeting (held-out: 'The Pacific Islands Forum Leaders Meeting held in Auckland ... reaffirmed "
          "its support' left uncoded; cooperation among one organisation's members, no pair of actors); Samoa is a "
          "venue; not coded (borderline a nominal 040 FSM/GOV -> null, as held-out 76 row 6's regional meeting, or a "
          "new org:PIF)"),
 36: ([], "Germany (2014): 'there is peace when the world sets rules for itself ... when conflicts are resolved at the "
          "negotiating table' = an abstract idea, generic conditions, no actor"),
 37: ([("We support", "051", "CAN/GOV", "GNQ/GOV", False, A, N, False)],
      "Canada (2019); 'We support Equatorial Guinea in drawing the Security Council's attention to the African Union's "
      "critically important Silencing the Guns initiative' = verbal support (guideline: 051; borderline 050) for a "
      "Council member's initiative -> GNQ/GOV (held-out 8: support aimed at a process goes to its named parties); "
      "'drawing the Security Council's attention' is a statement (01x, not coded; borderline a 100 GNQ/GOV -> "
      "org:UNSC); 'critically important' is an evaluation of the AU initiative, not a praise act"),
 38: ([("I have proposed", "037", "KOR/GOV", "PRK/GOV", False, A, N, False),
       ("dismantling", "087", "PRK/GOV", N, False, H, N, True)],
      "Republic of Korea (Lee Myung-bak, 2009); 'I have proposed a grand bargain' = an offer stated as a fact "
      "(guideline: 'proposed shipping' 03x asserted) of a package settlement of the nuclear issue with the DPRK -> "
      "express intent to settle a dispute 037 (borderline 030, or 036 within the Six-Party Talks) to PRK/GOV; 'that "
      "would involve dismantling the core components of the Democratic People's Republic of Korea's nuclear "
      "programme' = the DPRK's part of the proposed deal -> hypothetical de-escalation 087, nominal, no target "
      "(held-out: 'fully dismantles its nuclear-weapons programme' 087 hypothetical, no target; borderline 0873); "
      "'the concomitant provision of security assurances and intensified economic support' = agentless nouns whose "
      "providers (the other Six-Party partners) the sentence does not name, not coded (borderline a hypothetical "
      "0331/071 KOR/GOV -> PRK/GOV); the Six-Party Talks are the framework, not coded"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "France (2007): 'France ... has made mistakes, and has sometimes been at fault' = a self-evaluation, no "
          "counterpart, no act"),
 40: ([], "Sao Tome and Principe (2016): 'let us not dwell on the past; let us instead exercise common sense' = an "
          "exhortation to all, no act"),
 41: ([], "San Marino (2009): 'The strengthening of multilateralism - included by the Assembly President in the theme "
          "proposed for this general debate - is ... a central element' = an evaluation; the President's choice of "
          "the debate's theme is the Assembly's internal act, not coded"),
 42: ([], "Bhutan (2001): 'the fiery hell that engulfed the world on that dark day ... on 11 September' = a "
          "description of the September 11 attacks naming neither agent nor victim country; not coded (borderline a "
          "nominal 180 null -> USA)"),
 43: ([("was restored", "0842", "USA/GOV", "PAN", False, A, N, False),
       ("Panama Canal treaties", "057", "PAN/GOV", "USA/GOV", False, A, N, True),
       ("I publicly acknowledge", "051", "PAN/GOV", "USA/CVL", False, A, N, False)],
      "Panama (2018); 'This interoceanic link was restored to the people of Panama thanks to the Panama Canal "
      "treaties and the courageous decision of ... former President of the United States Jimmy Carter' = the "
      "handover of the Canal, a passive whose agent the same sentence gives (the treaties and President Carter's "
      "decision) -> USA/GOV (held-out 5: a historic act by a person named by the office held at the time -> that "
      "office's government) -> return of property 0842 (borderline 0874, as held-out 'the occupied territories have "
      "not been returned' 0874), to the Panamanian nation -> bare PAN (borderline PAN/CVL for 'the people of "
      "Panama'); 'the Panama Canal treaties' = the 1977 Torrijos-Carter Treaties, an agreement noun whose parties "
      "the sentence makes plain -> nominal 057, symmetric, from the document's own government (guideline; held-out "
      "40/41: a treaty 'since it was signed' 057 between its parties); 'the courageous decision' is the same act, "
      "coded once; 'whose commitment, I publicly acknowledge today' = a praise act by President Varela -> 051 "
      "(held-out 8: acknowledging a government's progress 051) to Carter, a former official in 2018 -> USA/CVL "
      "(guideline: Baker, a former official, USA/CVL; held-out 28/29: a former Secretary-General praised years "
      "later his country's civilian)"),
 44: ([], "Yemen (1999): 'The results of the direct secret ballot showed participation ... by 66 per cent of all "
          "registered voters' = a domestic election, no act between actors"),
 45: ([], "Guinea-Bissau (2002): 'progress on peacekeeping, on economic recovery and on development in Guinea-Bissau "
          "are interdependent' = an evaluation, no actor"),
 46: ([("our participation", "074", "NPL/GOV", "HTI", False, A, N, True)],
      "Nepal (1995); 'My country is proud to be a part of this process through our participation in the United "
      "Nations Mission in Haiti' = Nepal's contribution to UNMIH -> nominal 074 (README: a country's part "
      "in SFOR or an operation is a 074 to the country it serves; held-out 48/49: troops in ISAF or UNIFIL 074 to "
      "the host country) NPL/GOV -> bare HTI (borderline org:UN, held-out: 'contributed to the work of the United "
      "Nations' 074 NPL/GOV -> org:UN; borderline source NPL/MIL); 'is proud' is an attitude"),
 47: ([], "United Kingdom (2019): 'In 1829, they thought the human frame would not withstand the speeds attained by "
          "Stephenson's rocket' = a historical anecdote about a railway locomotive, no political act"),
 48: ([], "Chile (2019): 'humankind has destroyed 50 per cent of corals' = environmental damage by an uncoded "
          "collective with no actor as target; not coded"),
 49: ([("settlement of disputes", "057", "BGD/GOV", "IND/GOV", False, A, N, True),
       ("our participation", "074", "BGD/GOV", "org:UN", False, A, N, True)],
      "Bangladesh (2011); 'A strong foundation in the rule of law has also helped in the peaceful settlement of "
      "disputes with our neighbours' = realised settlements, the speaker's government the agent ('our'); the "
      "neighbour the document names is India (later in the speech: the Ganges Water Sharing Treaty and the border "
      "demarcation memoranda signed with India) -> IND/GOV (held-out 28/29: a state the speaker leaves unnamed is "
      "coded when the document makes it plain), Myanmar never named and dropped; settled disputes -> agreements "
      "concluded, nominal 057 (guideline; borderline target null for the plural 'neighbours', or not coded as a "
      "general description); 'our participation in United Nations peacekeeping operations' -> nominal 074 BGD/GOV -> "
      "org:UN (held-out: 'we also contribute ... to UN peacekeeping' 074 USA/GOV -> org:UN), no host named"),
 50: ([("gratitude", "051", "NIC/GOV", "FIN/GOV", False, A, N, False)],
      "Nicaragua (2000); 'I wish also to express our great friendship for and gratitude to Finland, the country you so "
      "honourably represent' = thanks (guideline: thank 051) to the country of the President of the General Assembly "
      "(Harri Holkeri) -> FIN/GOV (borderline bare FIN, or org:UNGA), friendship and gratitude one act; 'whose close "
      "friendship with Nicaragua has earned our sincere affection' = a relationship and a sentiment, not coded "
      "(borderline a nominal 050 FIN/GOV -> NIC/GOV; held-out 54-61: praise of friendly relations 051)"),
 51: ([], "Cambodia (2000): 'Tuvalu's presence among us will add a new credit to our Organization' = an evaluation of "
          "a UN admission (held-out 54-61: UN admissions uncoded)"),
 52: ([], "South Africa (2012): a fragment cut by the splitter before '67 years ago'; 'The founders of the United "
          "Nations made that choice' = the founding states' choice of peace, an uncoded collective with no "
          "counterpart; not coded (borderline a 057 null -> null for the Charter's signing)"),
}
