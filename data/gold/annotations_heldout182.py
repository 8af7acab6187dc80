"""Hand annotations for the HUNDRED-AND-EIGHTY-SECOND held-out event gold set (source of events-heldout182.jsonl).

Keyed by the row index of selection-heldout182.jsonl (output of select_bulk_sentence_heldout.py 182; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout182.jsonl \
        --annotations annotations_heldout182 --output events-heldout182.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("denied", "1233", N, "PSE/CVL", True, D, N, False)],
     "Malaysia (2000); 'The aspirations of the Palestinian people for an independent and sovereign homeland can no "
     "longer be denied' = an agentless deontic passive ('can no longer' read as 'must no longer'): the denial of a "
     "people's claim to statehood -> reject demand for rights 1233 (held-out 149: 'the denial of the legitimate "
     "rights of Palestinians' a nominal 1233), negated and demanded (held-out 127: 'should not be ... refusing to "
     "recognize the other' a negated, demanded 120 with no source), source null as an agentless passive "
     "(guideline), the Palestinian people -> PSE/CVL (borderline source ISR/GOV, the 'Israeli Government' of the "
     "sentence before; or not coded as a statement of principle); 'the aspirations' are a sentiment, not a demand "
     "act, not coded (borderline a nominal 1044 PSE/CVL as held-out 135's 'legitimate demand')"),
 1: ([("disappointed", "110", "BLZ/GOV", N, False, A, N, False),
      ("Belize welcomes", "051", "BLZ/GOV", "org:UN", False, A, N, False),
      ("United Nations Mission for", "073", "org:UN", N, False, A, N, True)],
     "Belize (2014); 'we are disappointed that international health agencies did not respond more vigorously and "
     "with greater alacrity to the Ebola outbreak' -> 110 (guideline: 'disappointed' 110), the agencies unnamed "
     "and plural -> target null (borderline org:WHO); 'did not respond more vigorously' negates the degree, not "
     "the response (held-out 144: 'will not fully involve' a matter of degree, not a negated event), and the "
     "response itself runs from uncoded agencies to unnamed countries, null-null, not coded; 'Belize welcomes the "
     "Secretary-General's United Nations Mission for Ebola Emergency Response' -> 051 to org:UN (held-out 48/49: "
     "the Secretary-General's plans 051 to org:UN); UNMEER = an emergency health mission with its author named "
     "('the Secretary-General's') -> nominal humanitarian aid 073 from org:UN (held-out 98-101: a UN mission's "
     "presence a nominal 074), the affected countries not named in the sentence or the paragraph -> target null "
     "(borderline not coded as the name of a body, or LBR/SLE/GIN from world knowledge)"),
 2: ([], "Germany (2008): 'That does not mean dialogue for the sake of discussion ...; nor does reconciliation of "
         "interests imply that we are prepared to abandon our own principles' = a clarification of the speaker's "
         "policy stance, no act between actors and no counterpart named (borderline a negated 080 DEU/GOV with no "
         "target for abandoning principles)"),
 3: ([("earnestly appeal", "102", "NIC/GOV", N, False, A, N, False)],
     "Nicaragua (2001); 'I would like to earnestly appeal to the States that have not yet done so to ratify the "
     "Comprehensive Nuclear-Test-Ban Treaty, as well as the Convention for the Prohibition of Anti-Personnel "
     "Mines' = a request (guideline: appeal -> 10x) to ratify treaties -> 102 (held-out 43/45, 63: calls to "
     "ratify or join a treaty 102), one request for both treaties (same pair), 'would like to' performative -> "
     "asserted; the addressees an uncoded class naming no member -> target null, and their non-ratification "
     "('have not yet done so') left uncoded (held-out 117: 'We call on all countries that have not yet done so to "
     "join the Rome Statute' a 102 with no target, its negated accession uncoded)"),
 4: ([("fully agree with these proposals", "051", "KGZ/GOV", N, False, A, N, False)],
     "Kyrgyzstan (1993); 'We fully agree with these proposals' = the recommendations and proposals made by 'Every "
     "State whose representative has addressed the Assembly' (sentence before) -> endorsement 051 (held-out 10/11: "
     "'I agree with Merkel that' 051), the proposers an uncoded collective -> target null (held-out 54-61: "
     "welcoming a decision of an uncoded body 051 with no target; borderline not coded, as held-out 118 left the "
     "Congo's 'we agree that' with no named party uncoded); 'hope that the creative energy involved will not be "
     "self-destructive' is optative, not coded"),
 5: ([], "Seychelles (2009): 'if an agreement is made, it will not suffice to save many island States' = a "
         "hypothetical Copenhagen climate agreement among unnamed parties (all states), null-null, not coded "
         "(borderline a hypothetical 057 with no source); 'will not suffice' bears on an effect, no negated event"),
 6: ([], "Benin (2013): 'It is important to fully include in the post-2015 development agenda those MDGs that have "
         "not been achieved' = an agentless deontic about a development agenda, no actor; the Rio Conference only "
         "'held' there, and 'the demands that will result from the goals' are needs, not requests; not coded"),
 7: ([("The sanctions", "163", "org:UNSC", "LBR", False, A, N, True)],
     "Liberia (2007); 'The sanctions helped to accelerate the adoption of new laws' = the Security Council's "
     "sanctions 'on the timber and diamond sectors in Liberia', their imposer named in the sentences before "
     "(README: an event noun whose agent is plain only from the text around it is coded) -> nominal 163 "
     "org:UNSC -> bare LBR (held-out 124: Liberia's 'sanctions regime' a nominal 163 org:UNSC -> bare LBR; "
     "borderline LBR/GOV, as held-out 156); 'their imposition' is a repeated mention of the same sanctions, coded "
     "once (guideline); the adoption of laws and the institutionalization of mechanisms are domestic, and 'we "
     "would never again allow conditions' is a purpose, not a negated event"),
 # --- UNGDC 1990-2019 random: future
 8: ([("I assure him that", "032", "PER/GOV", "org:UNGA", False, A, N, False)],
     "Peru (2009); 'I assure him that Peru will constructively support his initiatives' = an assurance of support "
     "to the President of the General Assembly (Treki, sentence before) -> intent to engage in diplomatic "
     "cooperation 032 (held-out 76 row 40: 'I assure you of my Government's support' 032 to org:UNGA), the "
     "assurance stated as a fact -> asserted (guideline: explicit intent verb stated as a fact 03x asserted), the "
     "President -> org:UNGA (borderline 030, as held-out 123's 'I can assure you that Suriname will support you'; "
     "or a future 032 on 'will support')"),
 9: ([], "China (1992): 'Assistance for the purpose of applying pressure on the recipient countries will cause "
         "turbulence' = a generalisation about conditional aid between uncoded donors and uncoded recipients, "
         "null-null, not coded (borderline a hypothetical 070 and 170 null -> null)"),
 10: ([], "Mauritius (1993): 'This will certainly facilitate action and prevent time lost discussing varying "
          "interpretations of resolutions' = the expected effect of clearer Assembly resolutions, no actor, no act"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("giving people", "070", "org:UN", N, False, D, N, False)],
      "United States (Clinton, 1997); 'The United Nations must focus even more on shifting resources from handouts "
      "to \"hand ups\", on giving people the tools they need' = a deontic with no request verb (guideline: "
      "demanded codes Y with source X) -> the UN's development aid -> demanded 070 from org:UN (held-out 172: 'the "
      "situation calls for the Organization to strive to lighten the heavy burden' a demanded 070 org:UN with no "
      "target), the beneficiaries unnamed 'people' -> target null (borderline not coded as a UN reform position, "
      "the speech being on UN reform, or 071)"),
 12: ([("brotherly assistance and sacrifices of Syria", "070", "SYR/GOV", "LBN/CVL", False, A, N, True)],
      "Syria (1992); 'one must appreciate the exceptional efforts that led to saving the Lebanese people' = an "
      "impersonal evaluation, not coded (held-out 122: an impersonal 'one cannot but rejoice' uncoded; borderline "
      "the speaker's 051, as 'should be welcomed', to LBN/GOV); 'the brotherly assistance and sacrifices of "
      "Syria' helping the Lebanese people towards national reconciliation = an aid noun with its agent named -> "
      "nominal 070 SYR/GOV, the sacrifices folded into the assistance (held-out 148: unspecified 'sacrifices' "
      "uncoded), to the people the sentence names -> LBN/CVL (borderline LBN/GOV, Syria's support having gone to "
      "the Taif state, or 074/bare LBN for the Syrian forces); 'the efforts of the Lebanese themselves' towards "
      "reconciliation are domestic, and the agentless civil wars and disintegration of States are not coded"),
 13: ([], "Myanmar (1993): 'it must be realized that innocent men, women and children in the besieged towns and "
          "villages expect more of an international Organization' = an expectation, a sentiment attributed to the "
          "Bosnian civilians, no request verb (held-out 123: 'counting upon them to support' uncoded; borderline a "
          "100 BIH/CVL -> org:UN, as held-out 129's 'Burundians simply ask'); 'besieged' is an adjective whose "
          "agent neither the sentence nor the paragraph names, not coded (borderline a nominal 191 BIH/REB -> "
          "BIH/CVL)"),
 14: ([], "Denmark (2001): a fragment cut by the splitter, 'In this connection, I should like to refer to the' "
          "[Secretary-General's road map]; a speech act, no event"),
 15: ([("should be given credit", "051", N, "AGO/GOV", False, D, N, False),
       ("should be given credit", "051", N, "CUB/GOV", False, D, N, False)],
      "Angola (1991); 'the Angolan and Cuban Governments should be given credit for the major role they played in "
      "the peace process' = an agentless deontic passive of praise; since one of the two credited is the "
      "speaker's own Government, the credit is asked of the audience rather than given by the speaker -> "
      "demanded 051 with no source (held-out 50/51: 'has already received credit' 051 with no source), one per "
      "named government (guideline: compound split) (borderline the speaker's 051 to CUB/GOV only, as 'should be "
      "welcomed' is the speaker's 051); 'the major role they played in the peace process' = participation whose "
      "content (the Cuban troop withdrawal) lies in the sentence after, not coded (borderline a 046 or 050 per "
      "government with no target, as held-out 112's 'took part in the early stages of the process' 040)"),
 16: ([], "Indonesia (1997): a fragment cut by the splitter, 'New Delhi, there should be no partial or selective' "
          "[expansion of the Security Council]; the Non-Aligned Ministerial Conference's emphasis lies before the "
          "cut and New Delhi is a place; a UN reform position, not coded"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Singapore (2002): 'The Security Council's response to 11 September was impressive' = an evaluation "
          "(held-out 116: 'views as historic the decision' uncoded), the response naming no act type or target "
          "(borderline a nominal 100 org:UNSC with no target, as held-out 155's resolution 1373 measures); 'all "
          "the major Powers agreed on the need to respond decisively' = an agreement among unnamed permanent "
          "members, null-null, not coded; the 11 September attacks are named only by date"),
 18: ([], "Yemen (2002): 'We emphasize the need to distinguish between terrorism and the right of peoples to resist "
          "occupation' = an abstract norm, the occupation with no agent; not coded"),
 19: ([], "Honduras (1996): 'the Republic of China in Taiwan fully meets the requirements ... for membership of the "
          "United Nations' = an evaluation in support of a UN membership bid, a membership position (held-out "
          "54-61), not coded"),
 20: ([("imposed a siege on Gaza", "191", "ISR/GOV", "PSE", False, A, N, False),
       ("destroyed", "1712", "ISR/GOV", "PSE", False, A, N, False)],
      "Kuwait (2010); 'Israel has also persisted in its settlement policy' = settlement building, which has no "
      "CAMEO code (held-out precedent: settlement activity not coded; borderline 192); 'imposed a siege on Gaza' "
      "-> blockade 191 (guideline; held-out 124: 'the blockade' 191 ISR/GOV -> PSE), Gaza -> bare PSE (borderline "
      "PSE/CVL, as held-out 149's 'siege on the Palestinian people'); 'destroyed the landmarks of Jerusalem in "
      "order to Judaize it' -> destroy property 1712 (README: altering an occupied area's historical features "
      "1712; held-out 128: the judaization of Al-Quds a 1712 to bare PSE); the judaization is the purpose, not "
      "coded separately"),
 21: ([], "Uganda (2018): 'It also places a huge demand on already over-stretched national capacities' = the "
          "refugee presence as a burden, no actor; 'demand' is a need, not a request"),
 22: ([], "Indonesia (2017): 'Indonesia co-sponsored the declaration of support for United Nations reform' = "
          "joining the supporters of a UN reform initiative, an abstract policy position (held-out 7: "
          "support for UN reform and joining the supporters of an initiative not coded) (borderline a 1042 to "
          "org:UNGA, as held-out 133's sponsoring of resolution 50/245, or a 051 to org:UN for the "
          "Secretary-General's reform, as held-out 121)"),
 23: ([("condemns", "111", "MHL/GOV", N, False, A, N, False)],
      "Marshall Islands (2001); 'The Republic of the Marshall Islands condemns all acts of terrorism' = the "
      "speaker's condemnation -> 111 (guideline), no named perpetrator -> target null (README: condemning attacks "
      "by unnamed perpetrators is the speaker's 111 with no target; held-out 53 row 28: 'Saint Lucia condemns "
      "terrorism in all its forms' 111 null)"),
 24: ([], "Sierra Leone (2009): 'Let us promote multilateralism and strengthen our collaborative efforts' = a "
          "hortative with 'us' meaning all states (held-out 42/43, 121), not coded"),
 25: ([("We are truly grateful", "051", "MMR/GOV", N, False, A, N, False),
       ("invaluable support", "070", N, "MMR/GOV", False, A, N, True)],
      "Myanmar (2013); 'We are truly grateful to the international community' = thanks (guideline: thank 051) to an "
      "uncoded collective -> target null (README: thanks that include a group without a code has target null); "
      "'for its invaluable support and encouragement in our democratic transition as well as in our efforts for "
      "the socioeconomic development' = the support thanked for, its agent the uncoded international community -> "
      "nominal 070 with no source (held-out 121: thanks to uncoded partners 'for their contribution' a nominal 070 "
      "with no source), to the Government whose transition and efforts these are -> MMR/GOV; 'encouragement' "
      "folded into the one support noun (borderline a second, nominal 051 with no source; or MMR/CVL for the "
      "people's development)"),
 26: ([("demanded reforms", "1044", "SYR/CVL", "SYR/GOV", False, A, N, False),
       ("demanded reforms", "1044", "YEM/CVL", "YEM/GOV", False, A, N, False),
       ("demanded reforms", "1044", "BHR/CVL", "BHR/GOV", False, A, N, False)],
      "Sao Tome and Principe (2011); 'The people of Syria, Yemen and Bahrain have demanded reforms in State "
      "institutions' = the 2011 popular demands -> demand change in institutions 1044 (held-out 129: 'Burundians "
      "simply ask to be treated fairly' a 100 from BDI/CVL), one per people (guideline: compound split), each to "
      "its own government (borderline 141 for the protests, or 1041)"),
 27: ([], "Kenya (2014): 'the immediate threat of terrorism' = a threat as risk (guideline), no actor; the lack of "
          "peace and security is a state, not an act"),
 28: ([], "Malawi (2010): 'Africa welcomes the theme for the sixty-fifth session of the General Assembly' = the "
          "welcome of a session theme, not coded (held-out 120: 'welcomes the theme that the President has "
          "chosen' uncoded; held-out 142), the speaker speaking for Africa as Chairman of the African Union "
          "(borderline a 051 org:AU -> org:UNGA, as held-out 129's praise for the theme a President 'has "
          "chosen')"),
 29: ([("we welcome", "051", "PNG/GOV", N, False, A, N, False)],
      "Papua New Guinea (2015); 'we welcome SDG 14, on conservation and sustainable use of the oceans' = a welcome "
      "(guideline: 051) of a goal adopted by all states in the 2030 Agenda -> target null (held-out 155: "
      "Luxembourg's welcome of the renewed MDG commitment, made by all states, a 051 with no target) (borderline "
      "org:UNGA, or not coded as the welcome of a goal, like a session theme)"),
 30: ([], "India (2017): 'We have been discussing turmoil and change around the world' = 'we' meaning all states in "
          "the Assembly (held-out 42/43), not coded; 'is beset by its own problems' is an evaluation of the UN"),
 31: ([("have offered their resources", "033", N, "AFG", False, A, N, False)],
      "Canada (2002); 'dozens of countries have offered their resources and experience to Afghanistan as members "
      "of the coalition against terrorism or of the Afghanistan Support Group' = an offer of material aid stated "
      "as a fact -> 033 asserted (guideline: 'proposed shipping' 03x asserted; README: 'offered to host' 036), "
      "the offering countries an uncoded collective -> source null (held-out 148: 'Many countries have ... shown "
      "great leadership in welcoming' refugees 075 with no source), Afghanistan -> bare AFG (held-out 149: "
      "Canada's contribution for Afghanistan to bare AFG; borderline AFG/GOV, the 2002 Transitional Authority; "
      "borderline 070 for contributions made); the coalition and the Support Group have no code and membership "
      "is not coded"),
 32: ([], "Nicaragua (2018): 'We stress that that agreement demonstrates that dialogue and diplomacy are the most "
          "appropriate means' = an evaluation whose subject is the anaphoric 'that agreement' (the JCPOA of the "
          "sentence before), not coded (held-out 178: the anaphoric 'That attack' uncoded; borderline a nominal "
          "057 IRN/GOV with no target, as held-out 113's Iran nuclear agreement)"),
 33: ([], "Vanuatu (2002): 'My Government fully supports the efforts to reform the United Nations system' = support "
          "for UN reform, an abstract policy position (held-out 7), not coded (borderline 051 to org:UN)"),
 34: ([], "Kuwait (2007): the sentence starts at 'World Trade Organization and the Bretton Woods institutions to "
          "ease the restrictions' (the splitter cut after 'the State of Kuwait calls upon the'), so the request "
          "verb lies before the cut -> not coded (held-out 102-109: a fragment whose verb was cut away left uncoded; "
          "held-out 151: Romania's plea to Member States); its Y is not coded on its own (guideline), and 'the "
          "restrictions imposed on exports from developing countries' is an agentless passive between uncoded "
          "collectives (borderline a 1011 KWT/GOV -> org:WTO, org:IMF and org:WB)"),
 35: ([("support of the international community", "070", N, "PSE/CVL", False, D, N, True)],
      "Tunisia (2002); 'The Palestinian people need the unflagging support of the international community' = a "
      "statement of need -> demanded aid with no source (README: statements of need are demanded aid with no "
      "source; held-out 113: 'our duty to provide all possible assistance' a demanded 073 with no source to "
      "AFG/CVL), nominal 070 to the people -> PSE/CVL (borderline 051 as political support); 'so that it can "
      "recover its legitimate rights ... to create a State' is the purpose, not coded"),
 36: ([("We were relieved to see", "051", "SVK/GOV", "org:UN", False, A, N, False),
       ("resolutions urging", "101", "org:UNGA", N, False, A, N, False),
       ("resolutions urging", "101", "org:UNSC", N, False, A, N, False)],
      "Slovakia (2001); 'We were relieved to see the United Nations acting promptly' = a welcome of the UN's "
      "action (README: 'We are satisfied to see that' a welcome 051; 'we are encouraged by' 051) -> 051 to "
      "org:UN (borderline not coded as a sentiment); 'General Assembly and Security Council resolutions urging "
      "the international community to redouble its efforts to prevent and suppress terrorist acts by increased "
      "cooperation' (resolution 56/1 and resolution 1368) = a request (guideline: urge -> 10x), each resolution "
      "standing for the body that adopted it (README: an inanimate resolution stands for the Council that adopted it) -> "
      "one request from org:UNGA and one from org:UNSC, the international community uncoded -> target null, Y = "
      "concerted counter-terrorism cooperation -> demand material cooperation 101 (held-out 139: Bahrain's call "
      "for concerted efforts against terrorism 101; borderline 100 or 1013); the adoption is the request's "
      "vehicle, not coded separately"),
 37: ([], "Austria (1991): 'Austria is reviewing its own national structures in order to provide more effective "
          "support to United Nations operations' = a domestic review whose support to the UN is its purpose, not "
          "coded (borderline a future 070 AUT/GOV -> org:UN)"),
 38: ([("We support the struggle", "051", "KWT/GOV", "BIH/CVL", False, A, N, False),
       ("demand the implementation", "100", "KWT/GOV", N, False, A, N, False)],
      "Kuwait (1992); 'We support the struggle of the people of Bosnia and Herzegovina' -> verbal support 051 "
      "(guideline) to the people -> BIH/CVL (held-out 119: support for the Saharawi people's self-determination a "
      "051 to ESH/CVL); the struggle itself names no opponent in the sentence, not coded (borderline a nominal 190 "
      "BIH/CVL with no target); 'demand the implementation of the relevant Security Council resolutions' = a "
      "request (guideline: demand -> 10x) with no named addressee -> target null, implementing resolutions has no "
      "specific sub-code -> generic 100 (held-out 37 row 30: 'reiterates its call for the full implementation of "
      "United Nations resolutions' 100 null; borderline YUG/GOV, or not coded as a call for compliance as "
      "held-out 113)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "China (1999): 'The conflict between the North and the South has become ever more acute' = a figurative "
          "conflict between uncoded collectives, not coded"),
 40: ([("express my appreciation", "051", "TJK/GOV", "org:UNGA", False, A, N, False)],
      "Tajikistan (2019); 'I would also like to express my appreciation to Ms. Maria Fernanda Espinosa Garces for "
      "her excellent work as President of the Assembly at its seventy-third session' = praise and thanks of the "
      "outgoing President of the Assembly -> 051 to org:UNGA (held-out 30/31: appreciation of an outgoing "
      "President of the General Assembly goes to org:UNGA; borderline ECU/CVL), 'would like to' performative -> "
      "asserted"),
 41: ([], "Congo (1991): 'The most difficult phase, that of implementing those rights, has only just begun' = "
          "domestic implementation of constitutional rights, no act between actors"),
 42: ([], "Sri Lanka (2013): 'The goal of universal primary education will be easily achieved by 2015' = a domestic "
          "development forecast, no actor"),
 43: ([("to salute in your person", "051", "GRC/GOV", "UKR/GOV", False, A, N, False),
       ("maintains long-standing friendly", "050", "GRC/GOV", "UKR/GOV", False, A, N, False)],
      "Greece (1997); 'I am especially pleased to salute in your person a representative of the Ukraine' = a "
      "performative salute of the President of the fifty-second session, Hennadiy Udovenko, saluted as "
      "Ukraine's representative (he was Ukraine's Foreign Minister at the time) -> 051 to UKR/GOV (guideline: "
      "persons -> their country/sector on the document date) (borderline org:UNGA, as congratulations to the "
      "President usually go, or a second 051 to it); 'a country with which Greece maintains long-standing "
      "friendly relations' = habitual diplomatic cooperation with a named state -> 050 asserted GRC/GOV -> "
      "UKR/GOV (held-out 134: 'ties of ... international cooperation' between two states a nominal 050; "
      "borderline not coded as a description of a state of relations)"),
 44: ([], "Maldives (2016): 'President Abdullah Yameen Abdul Gayoom's development efforts aim to empower everyone' = "
          "domestic development policy, no act between actors"),
 45: ([], "Chad (1996): 'The 1990s will have been devoted to attempts to find global solutions' = an agentless "
          "generalisation, no actor"),
 46: ([], "Spain (2012): 'This year we have moved towards a more peaceful, just and sustainable world' = 'we' meaning "
          "all states, a description, not coded"),
 47: ([], "Burundi (2019): 'It is time for foreign actors to stop infantilizing the Burundian people' = a deontic "
          "('it is time for X to') whose subject is an uncoded collective and whose act, 'infantilizing', is a "
          "pejorative description without a behaviour verb (guideline: evaluative descriptions not coded), not "
          "coded (borderline an asserted 170 null -> BDI/CVL for the presupposed interference, or a demanded 080 "
          "null -> BDI/CVL)"),
 48: ([], "Serbia (2017): 'Today I would particularly like to mention the political issues in the region and "
          "Belgrade's relations with Pristina' = a speech act announcing a topic; Belgrade and Pristina are "
          "capital metonyms (SRB/GOV, XKX/GOV) but 'relations' names no act (borderline a nominal 050 SRB/GOV -> "
          "XKX/GOV), not coded"),
 49: ([], "Colombia (2016): 'this model of justice ... will be a useful precedent for future peace processes' = an "
          "evaluation of the transitional-justice model, no act between actors"),
 50: ([], "New Zealand (2019): 'We have continued towards our goal of planting 1 billion trees' = a domestic "
          "programme, no act between actors"),
 51: ([("ICGLR initiative", "045", "org:ICGLR", "COD", False, A, N, True)],
      "Uganda (2012); 'The current ICGLR initiative on the situation in the east of the Democratic Republic of "
      "the Congo' = the Great Lakes conference's regional conflict-resolution initiative (the sentence after: "
      "'addressing the root causes of the conflict in eastern Congo, deploying a neutral international force'), "
      "an initiative noun with its agent named -> nominal mediation 045 (held-out 153: 'the Gulf initiative' a "
      "nominal 045 org:GCC -> bare YEM; held-out 140: org:ICGLR), the parties (the Government and M23) not "
      "named -> bare COD (borderline not coded, the sentence naming no act type; or a nominal 074 for the "
      "neutral force)"),
 52: ([("will continue to toil", "030", "LCA/GOV", N, False, F, N, False)],
      "Saint Lucia (1996); 'Saint Lucia will continue to toil in the cause of the closer union of the peoples and "
      "States of the Caribbean' = a future commitment to regional integration -> 030 future (held-out 146: 'we "
      "agreed to begin ... setting up the Central American Union' a 030 with no target; held-out 119: a resolve to "
      "participate 030 with no target), the Caribbean States an uncoded collective -> target null (borderline "
      "org:CARICOM, or not coded as an aim)"),
}
