"""Hand annotations for the HUNDRED-AND-TWENTY-FIRST held-out event gold set (source of events-heldout121.jsonl).

Keyed by the row index of selection-heldout121.jsonl (output of select_bulk_heldout.py 121; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout121.jsonl \
        --annotations annotations_heldout121 --output events-heldout121.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: future
 0: ([], "Czech Republic (2009): 'we support the reform of the Security Council so that it will more adequately "
         "reflect ... realities' = a UN reform position (guideline: support for UN reform not coded; held-out 54-61); "
         "'as some speakers have stressed here today' = statements of uncoded speakers (01x), not coded"),
 1: ([("will adopt", "030", "GIN/GOV", N, False, F, N, False)],
     "Guinea (2018); 'This important document [the global compact for safe, orderly and regular migration, "
     "preceding sentence], which the Republic of Guinea will adopt in December in Marrakech' = the speaker's "
     "future adoption of a multilateral, non-binding compact at the intergovernmental conference -> future "
     "cooperative act, 030 future (guideline: future cooperative acts get 03x; earlier sets: 'will be ratified' a "
     "future 030, 'would sign' a multilateral treaty 030 with no target), no counterpart party -> target null "
     "(borderline org:UN, whose conference adopted it, or a future 057); Marrakech is a place; 'will strike a "
     "balance' is the document's expected effect, not an act"),
 2: ([("We call on", "1042", "ZWE/GOV", "USA/GOV", False, A, N, False),
      ("We call on", "1042", "ZWE/GOV", "org:EU", False, A, N, False)],
     "Zimbabwe (2014); 'We call on those who continue to harbour ill will against us to cast away their "
     "hegemony-driven hostility, as we appeal to them to review their hard-line and cruel positions and open a new "
     "chapter in their relations with us' = a request (guideline: call on / appeal -> 10x), the two request verbs "
     "to the same addressees coded once (guideline: repeated mention); the addressees are plain from the document "
     "('Western countries, namely, the United States and States members of the European Union, which continue to "
     "apply unilateral and illegal sanctions'; 'the American and European yoke') -> USA/GOV and the EU, whose "
     "restrictive measures are meant -> org:EU (borderline: the EU member states as an uncoded collective, dropped, "
     "leaving USA/GOV alone); Y = reviewing their positions, i.e. a policy change -> 1042, the most specific "
     "sub-code of the several demands (held-out 9: a request with several demands takes the most specific sub-code; "
     "borderline 102 for 'open a new chapter ... friendly cooperation', or 1054 given the sanctions context); Y is "
     "not coded separately (guideline)"),
 # --- UNGDC 1990-2019 random: demand
 3: ([], "Hungary (2016): 'We must make it clear that there is no excuse for violating the border between two safe "
         "and peaceful countries' = a hortative statement (01x) with 'we' meaning Europe or all states (held-out "
         "42/43: not coded); the border violations are by uncoded migrants, no coded actor (borderline a demanded "
         "111 HUN/GOV with no target)"),
 4: ([("We support", "051", "BLZ/GOV", "org:UN", False, A, N, False)],
     "Belize (1998); 'We support the proposed United Nations conference on financing for development' = verbal "
     "support (guideline: 051) for a conference the sentence attributes to the United Nations -> org:UN (earlier "
     "sets: supporting a UN plan 051 to org:UN; 'will give our full support to the world conference' 032 to "
     "org:UN; borderline not coded as an abstract policy position, like support for 'the start of "
     "negotiations'); 'which should include consideration of social factors and should seek to bring about "
     "comprehensive reform of the international financial system' = deontics about the conference's agenda, no "
     "codable behaviour"),
 5: ([], "Namibia (2019): 'Let us draw inspiration from the poignant words of Martin Luther King, Jr., who said ...' "
         "= a hortative about a quotation; the quoted words are a general maxim ('we must develop a world "
         "perspective'), no act between actors"),
 6: ([("my heartfelt thanks", "051", "MLI/GOV", N, False, A, N, False),
      ("my heartfelt thanks", "051", "MLI/CVL", N, False, A, N, False),
      ("contribution", "070", N, "MLI/GOV", False, A, N, True)],
     "Mali (2002); 'I must express, on behalf of the people and the Government of Mali, my heartfelt thanks to all "
     "our partners' = performative thanks (guideline: thank 051; 'must' here introduces the speaker's own act, "
     "asserted), one 051 from the government and one from the people (sets 102-109: thanks on behalf of a "
     "government and people give one 051 from each), 'all our partners' an uncoded collective -> target null "
     "(earlier sets: thanks that include a group without a code have target null); 'for their contribution to "
     "the organization, the holding and the success of those elections' = the partners' electoral assistance -> "
     "nominal 070, agent from the thanks (earlier sets: thanks 'for the ongoing support' gives the support its "
     "agent), here uncoded -> source null ('we had a lot of help' 070 with no source), to the government that "
     "held the 2002 elections -> MLI/GOV (borderline 071, or not coded for lack of a source)"),
 7: ([], "Viet Nam (2001): 'This is a significant start which should be further promoted' = 'This' = the UN "
         "agencies' coordination with nations (preceding sentence), an agentless deontic evaluation with uncoded "
         "counterparts; not coded (borderline a demanded 050 org:UN with no target); 'how to eradicate poverty' is "
         "a goal"),
 8: ([], "Austria (2000): 'We should be ready to respond and to develop new structures of partnership with civil "
         "society and with the institutions already active in the field' = a deontic whose 'we' is the Assembly "
         "addressed just before ('I appeal to the Assembly'), i.e. all states (held-out 42/43: 'we' meaning all "
         "states not coded), with uncoded partners (borderline a demanded 050 AUT/GOV -> AUT/CVL)"),
 # --- UNGDC 1990-2019 random: cue
 9: ([], "Angola (2015): 'The rise in terrorist activities perpetrated by extremist groups in Africa and elsewhere' "
         "= violence by uncoded groups against no named country (acts between uncoded collectives left uncoded; "
         "borderline a nominal 180 null -> null); 'calls for a global coalition' has an inanimate subject (the "
         "problem) and is no request of an actor (borderline 100 AGO/GOV with no target)"),
 10: ([("appeals", "1031", "BTN/GOV", N, False, A, N, False)],
      "Bhutan (2006); 'My delegation therefore appeals to all developed countries to abide by their aid commitment to "
      "allocate 0.7 per cent of their gross national product to ODA' = a request (guideline: appeal -> 10x) whose Y is "
      "economic aid -> 1031, the developed countries an uncoded collective -> target null (earlier sets: calls on "
      "uncoded collectives coded with target null); Y not coded separately (guideline); 'their aid commitment' (the "
      "0.7 per cent target, 0331 in earlier sets) is a pledge between uncoded collectives (donors to LDCs), not "
      "coded"),
 11: ([], "Jordan (2017): 'there is no shortage of money for fighting evil ... the voice of those who defend and build "
          "is drowned out by those who attack and destroy' = a general, figurative message; no named actor, no act"),
 12: ([], "Lithuania (2007): 'We are united in our aspirations to meet the challenges ... a threat to one nation is a "
          "threat to all nations' = 'we' meaning all nations and a figurative threat (guideline: threat as risk); "
          "not coded"),
 13: ([], "Portugal (2010): 'We are firmly committed to applying the agreed political vision to mobilize efforts to "
          "meet the targets' (the MDGs) = a commitment to abstract goals, an abstract policy position (held-out 76 row "
          "45: 'firmly committed to the goals' not coded; borderline 030 with no target)"),
 14: ([("has put its experience", "070", "MEX/GOV", "org:UN", False, A, N, False)],
      "Mexico (2015); 'my country has put its experience in the field of humanitarian assistance at the service of "
      "the United Nations' = Mexico's realised contribution of humanitarian expertise to the Organization (the "
      "paragraph lists 'examples of the close and positive relationship that Mexico has had with the United "
      "Nations') -> provide aid/support 070 to org:UN (borderline 073 humanitarian aid, whose beneficiaries are not "
      "the UN, or 050 diplomatic cooperation); 'Our historic resolve' is an attitude"),
 15: ([("draws hope", "051", "MYS/GOV", "USA/GOV", False, A, N, False),
       ("draws hope", "051", "MYS/GOV", "RUS/GOV", False, A, N, False),
       ("the agreement between", "057", "USA/GOV", "RUS/GOV", False, A, N, True)],
      "Malaysia (2009); 'Malaysia draws hope from any action by major Powers such as the agreement between the "
      "United States and Russia to reduce their nuclear stockpiles' = a positive response to a realised act, like "
      "'we are encouraged by' (earlier sets: 051) -> 051 to each party of the agreement named (borderline not "
      "coded as a sentiment, or optative); 'major Powers' an uncoded collective coded for the members named; the "
      "July 2009 Joint Understanding on strategic arms reductions = an agreement named by its parties -> nominal 057 "
      "from the first-named (earlier sets); its content, reducing stockpiles, is the agreement's purpose, not coded "
      "separately (borderline a future 087 per party)"),
 16: ([("support development", "070", "EST/GOV", N, False, A, N, False)],
      "Estonia (2002); 'Estonia has been able to support development in various other countries' = realised "
      "development assistance ('has been able to' reports what it did) -> 070 (borderline 071 economic aid; the "
      "next sentence's e-governance academy is technical assistance), the countries unnamed -> target null; "
      "'Thanks to our rapid rate of progress' is a cause, not a thanks act"),
 17: ([("We support", "051", "KGZ/GOV", "org:UN", False, A, N, False)],
      "Kyrgyzstan (1992); 'We support the ideas put forward in the report of the Secretary-General, \"An Agenda for "
      "Peace\"' = verbal support (guideline: 051) for the Secretary-General's proposals -> org:UN (earlier sets: "
      "supporting a UN plan or the Secretary-General 051 to org:UN; borderline not coded as a UN reform position); "
      "'aimed at enhancing the effectiveness of preventive diplomacy' is the report's purpose"),
 18: ([("was negotiated peacefully", "046", "CZE/GOV", "SVK/GOV", False, A, N, False)],
      "Czech Republic (2011); 'Nineteen years ago the dissolution of Czechoslovakia was negotiated peacefully from "
      "within' = the 1992 negotiations between the Czech and Slovak governments, a historic act (earlier sets: "
      "historic acts in speeches are coded), an agentless passive whose parties 'from within' are plain from the "
      "dissolution itself -> 046, symmetric, coded once from the document's own government (guideline) to the "
      "other successor -> CZE/GOV -> SVK/GOV, the republics' governments that became them (borderline not coded, "
      "as sets 102-109 left 'normalising relations between two republics of one state' uncoded, or source null as "
      "an agentless passive); 'without any need for external mediation' negates a need, not a realised mediation "
      "(no negated 045)"),
 19: ([("we have signed bilateral accords", "057", "DOM/GOV", N, False, A, N, False),
       ("our accession", "030", "DOM/GOV", N, False, F, N, True)],
      "Dominican Republic (1992); 'we have signed bilateral accords along these lines [against drug trafficking] "
      "with countries in our region' -> 057 (guideline: agreements concluded), the countries unnamed -> target null "
      "(borderline 0313/061 for their content); 'are in the final phase of preparations leading to our accession to "
      "the 1988 United Nations Convention Against Illicit Traffic' = a preparation to join a treaty (guideline: 'is "
      "preparing to' + an event -> future) -> future cooperative act 030 (earlier sets: 'will be ratified' a future "
      "030; joining the NPT 057 with no target), nominal, no counterpart party -> target null (borderline a future "
      "057, or org:UN as depositary)"),
 20: ([], "Costa Rica (2002): 'Greater international cooperation for development is necessary to consolidate "
          "democracy' = an agentless norm, no actor (the call on developed nations lies in the following sentence)"),
 21: ([], "Albania (2017): 'People rightly demand us to show responsibility and an ability to act' = people all over "
          "the world (preceding sentence) and 'us' the world's leaders, both uncoded collectives; null-null, not "
          "coded (borderline a 100 from ALB/CVL to ALB/GOV)"),
 22: ([("fully supports", "051", "MCO/GOV", "org:UN", False, A, N, False)],
      "Monaco (2006); 'Monaco ... fully supports the United Nations Action Plan on Sport for Development and Peace' = "
      "verbal support (guideline: 051) for a UN plan -> org:UN (earlier sets: supporting a UN plan 051 to org:UN; "
      "borderline not coded as an abstract policy position)"),
 23: ([("support", "070", "org:UN", "MMR/GOV", False, D, N, True),
       ("support", "070", "MMR/CVL", "MMR/GOV", False, D, N, True)],
      "Myanmar (2012); 'To complete the process, we certainly need the understanding and support of the United "
      "Nations and its States Members, the international community as a whole and, last but not least, the people "
      "of Myanmar' = a statement of need (held-out 46/47: statements of need are demanded aid to the speaker's "
      "government; held-out 22/23: 'we need the support of the international community' demanded) -> demanded "
      "nominal 070 per coded source: the United Nations -> org:UN and the people of Myanmar -> MMR/CVL, the uncoded "
      "'States Members' and 'international community' dropped (guideline compound rule); borderline 051 verbal "
      "support, the process being the democratic transition; 'understanding' is a sentiment, not coded"),
 24: ([("call anew on", "102", "NIC/GOV", N, False, A, N, False)],
      "Nicaragua (1999); 'We therefore call anew on the international community not to deny that friendly, "
      "progressive and exemplary people the right to be recognized and allowed effective participation in this "
      "great forum' = a request (guideline: call on -> 10x) whose Y is admitting the Republic of China (Taiwan, "
      "preceding sentence) to the United Nations -> demand diplomatic cooperation 102 (held-out 86: Taiwan's bid "
      "for UN membership 102), the international community uncoded -> target null (borderline org:UN, or not coded "
      "as a UN membership position, held-out 54-61); Y not coded separately (guideline), so the negation 'not to "
      "deny' bears on Y, not on the request"),
 25: ([("hosted by Algeria", "043", "DZA/GOV", N, False, A, N, False)],
      "Algeria (2014); the sentence starts at 'Ministerial Conference hosted by Algeria in May' (the splitter cut "
      "after 'the Non-Aligned Movement (NAM) at the seventeenth'); hosting the NAM Ministerial Conference -> 043 "
      "(guideline: host/convene), the NAM having no code (held-out 110: the Non-Aligned Movement dropped) -> target "
      "null, a participle -> not nominal (held-out 116: a meeting 'organized by the Government of Brazil' 043 with "
      "no target, not nominal); 'in reaffirming the relevance ... of the right to development' is a statement of "
      "the NAM (01x), and 'has been identified as a global challenge' is agentless"),
 26: ([("condemn", "111", "MOZ/GOV", N, False, A, N, False)],
      "Mozambique (2009); 'we condemn any unilateral decision that violates the spirit of the agreements' -> 111 "
      "(guideline), the decision's author unnamed in the document -> target null (earlier sets: condemning attacks "
      "by unnamed perpetrators 111 with no target; borderline MDG/GOV, Rajoelina's de facto authority, whose "
      "unilateral formation of a government in September 2009 is meant); 'We are concerned by' is 01x, not coded; "
      "'the attempts to undermine the agreements' have no named agent, not coded (borderline a nominal 128 with no "
      "source); 'the agreements signed in Maputo by all Malagasy political movements' = an agreement among "
      "unnamed domestic movements, left uncoded (held-out 115: a Lebanese national dialogue among unnamed parties "
      "uncoded; held-out 77 row 36: the Arta clan delegates' agreement uncoded; borderline a 057 MDG/GOV -> "
      "MDG/OPP); 'violates' is inside a generic relative clause, not a realised act"),
 27: ([("fully supported", "051", "SMR/GOV", N, False, A, N, False)],
      "San Marino (2001); 'the Republic of San Marino has fully supported the initiatives sponsored by creditor "
      "countries and international financial institutions to reduce or cancel foreign debts of highly indebted "
      "nations' = verbal support (guideline: 051; borderline 070 if San Marino contributed) for initiatives of "
      "uncoded sponsors -> target null (earlier sets: welcoming a decision of an uncoded body 051 with no target); "
      "the debt relief itself is between uncoded collectives (creditors to debtor nations), not coded (borderline a "
      "nominal 071 null -> null)"),
 28: ([("We welcome", "051", "HTI/GOV", "CHN/GOV", False, A, N, False),
       ("We welcome", "051", "HTI/GOV", "TWN/GOV", False, A, N, False)],
      "Haiti (2000); 'We welcome the fact that the dialogue-based approach continues to prevail on both sides of the "
      "Straits of Taiwan' -> 051 to each side (held-out 48/49: welcoming cross-Strait dialogue 051 to each side), "
      "the People's Republic -> CHN/GOV and Taiwan -> TWN/GOV (earlier sets); the 'dialogue-based approach' is a "
      "policy stance, not a realised dialogue in 2000, not coded (borderline a nominal 040 CHN/GOV -> TWN/GOV)"),
 29: ([("welcomes", "051", "CHE/GOV", "org:UN", False, A, N, False)],
      "Switzerland (2017); 'Switzerland welcomes in particular the reforms of the United Nations system that "
      "Secretary-General Guterres is working to achieve' = a welcome (guideline: 051) of the Secretary-General's "
      "reform effort -> org:UN (earlier sets: supporting the Secretary-General 051 to org:UN; borderline not coded "
      "as a UN reform position, held-out 54-61); the reforms themselves are internal to the UN, not coded"),
 30: ([("welcomes", "051", "CAN/GOV", "ISR/GOV", False, A, N, False),
       ("welcomes", "051", "CAN/GOV", "PSE/GOV", False, A, N, False),
       ("resumption of direct talks", "046", "ISR/GOV", "PSE/GOV", False, A, N, True)],
      "Canada (2010); 'Canada welcomes the resumption of direct talks between Israel and the Palestinian Authority' "
      "-> 051 to each party (held-out 48/49), the Palestinian Authority -> PSE/GOV (held-out 31); the talks of "
      "September 2010 = a negotiation noun naming its parties -> nominal 046 from the first-named (held-out 36/37: "
      "welcoming talks codes the negotiations 046 too)"),
 # --- UNGDC 1990-2019 random: nocue
 31: ([], "Dominican Republic (2002): a quotation of the Millennium Declaration, 'its benefits are very unevenly "
          "shared, while its costs are unevenly distributed' = a description of globalization, no actor"),
 32: ([], "Chad (2002): 'Members may be assured that we shall do our utmost to deserve that trust' = an assurance of "
          "good performance as Vice-President of the Assembly, not of cooperation with a named party; not coded "
          "(borderline 030 future to org:UNGA, as assurances of cooperation to the Assembly)"),
 33: ([], "Singapore (2011): 'We also need to look at the processes, procedures and leadership within the United "
          "Nations' = a UN reform position (held-out 54-61), not coded"),
 34: ([], "Lithuania (2010): 'Let us develop initiatives ... let us work together' = hortatives with 'us' meaning all "
          "the leaders gathered (held-out 42/43: 'we' meaning all states not coded; borderline a demanded 050 with no "
          "source and no target)"),
 35: ([], "Solomon Islands (2007): 'to ventilate again our people's concerns arising from the non-representation of "
          "the Government and people of Taiwan in this Assembly' = a statement of concern (01x) about an agentless "
          "state of non-membership, a UN membership position (held-out 54-61), not coded (borderline a negated 054 "
          "with no source to TWN/GOV)"),
 36: ([], "Togo (2005): 'he [Jean Ping] effectively guided the work of the preceding session' = a description of the "
          "former President of the Assembly's term; the appreciation lies in the preceding sentence; not coded "
          "(borderline 051 TGO/GOV -> org:UNGA, as tributes to a former President of the Assembly)"),
 37: ([("nationwide consultative process", "040", "ECU/GOV", "ECU/CVL", False, A, N, True)],
      "Ecuador (2000); 'The plan [the national human rights plan Ecuador promulgated in 1998, preceding sentence] "
      "... was devised and prepared through a nationwide consultative process, with the full involvement of civil "
      "society and the public authorities' = the government's consultation of civil society -> nominal 040 "
      "(guideline: consult 040), its agent the government that promulgated the plan -> ECU/GOV, civil society -> "
      "ECU/CVL, the public authorities being the government itself (earlier sets: a political class organising a "
      "national discussion 043 to CVL; borderline 043, or not coded as domestic policy-making)"),
 38: ([("backed by the League of Arab States", "051", "org:LAS", "PSE/GOV", False, A, N, False),
       ("to seek United Nations membership", "102", "PSE/GOV", "org:UN", False, F, N, False)],
      "South Africa (2011); 'The Palestinian Authority, backed by the League of Arab States' = endorsement of the "
      "Palestinian bid, a passive with its agent named -> 051 org:LAS -> PSE/GOV (earlier sets: the League of Arab "
      "States org:LAS; borderline 070); 'has stated its intention to seek United Nations membership for the State of "
      "Palestine' = an announced bid for membership (held-out 86: Taiwan's bid for UN membership a 102 to org:UN), "
      "the speech verb being itself the statement of intent (reported_by null, as a government's own rhetoric); "
      "a request is no cooperative act, so it keeps its code with modality future (guideline) (borderline 030 "
      "asserted as an intent stated as a fact, or not coded as a UN membership position)"),
 39: ([("is currently being developed by", "050", "BDI/GOV", "org:UN", False, A, N, False)],
      "Burundi (2013); 'a third phase of the programme is currently being developed by the Government, in "
      "conjunction with the United Nations Office in Burundi and the parent office in New York' = joint work of the "
      "government and the UN on the peacebuilding framework -> diplomatic cooperation 050 BDI/GOV -> org:UN (BNUB "
      "and the UN Secretariat, one organisation; borderline 061); New York is a place; 'Substantial progress has "
      "been made' is agentless"),
 40: ([], "Ghana (2002): a fragment cut by the splitter, 'Switzerland on its accession to membership, and East' "
          "[Timor]; the verb 'permit me to congratulate' lies before the cut (earlier sets: a fragment whose verb was "
          "cut away is left uncoded; borderline 051 GHA/GOV -> CHE/GOV), and Switzerland's joining the UN is not coded "
          "(held-out 116: congratulating Switzerland on joining, the joining not coded)"),
 41: ([], "Peru (2003): 'there is a correlation between the health of the world economy, social inclusion and "
          "democratic governance' = a general claim, no actor"),
 42: ([], "Algeria (1990): 'it is only fair to acknowledge the potential benefits of all these developments ... "
          "all we see is the persistence ... of negative situations' = statements and an evaluation of developments "
          "(the end of the Cold War, German reunification), no act between actors"),
 43: ([], "Kyrgyzstan (2014): 'We are especially alarmed by the continuing strong link between terrorism and illegal "
          "Afghan drugs' = expressed concern (01x), and the link is a situation, not an act"),
 44: ([], "Rwanda (2008): 'It gives me great pleasure to share with the General Assembly some insights' = a speech act "
          "about the speech itself; 'as we continue to strengthen our social, economic and democratic institutions' "
          "is domestic policy"),
}
