"""Hand annotations for the EIGHTIETH held-out event gold set (source of events-heldout80.jsonl).

Keyed by the row index of selection-heldout80.jsonl (output of select_bulk_heldout.py 80; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout80.jsonl \
        --annotations annotations_heldout80 --output events-heldout80.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("refusal", "125", "GTM/REB", "GTM/GOV", False, A, N, True),
      ("signature", "057", "GTM/REB", "GTM/GOV", False, A, N, True)],
     "Guatemala (1994); 'It' = the Government of Guatemala (preceding sentence); 'a refusal by the URNG to return to "
     "the negotiating table or to disarm and demobilize itself' = an explicit refusal noun with its agent -> nominal "
     "REJECT, negated false (guideline), presented as a fact -> asserted; a refusal takes the code of what was "
     "refused (held-out 30/31: 'refusal to negotiate' 125), one refusal noun with two contents coded once with the "
     "first (borderline a second event 1246 for refusing to disarm and demobilize); the URNG guerrilla -> GTM/REB "
     "(guideline: non-state armed groups REB), the other party at the table -> GTM/GOV; 'its non-binding signature' "
     "= the URNG's signing of the 1994 agreements with the Government, an event noun with its agent -> nominal 057 "
     "(borderline not coded, the speaker calling it non-binding); 'It hopes that ... that party's sources of "
     "finance will be closed off' = a hope about an agentless act, optative, not coded (held-out 5); 'to prevent "
     "armed action that would be totally unwarranted' is a purpose over a hypothetical URNG attack, not coded "
     "(borderline hypothetical 190 GTM/REB -> GTM/GOV)"),
 1: ([("extend that allegation", "112", N, "SYR/GOV", False, A, N, False),
      ("hosting", "075", "SYR/GOV", "PSE/CVL", False, A, N, False)],
     "Syria (2001); 'They' = 'some countries and certain media outlets' that describe the Palestinian organizations "
     "as terrorist (preceding sentence), an uncoded collective -> source null; 'extend that allegation to Syria' = "
     "accusing Syria of sponsoring terrorism (preceding text: 'considers the country that hosts them as one that "
     "sponsors terrorism') -> accuse 112 (borderline 1121) to SYR/GOV; 'instead of condemning Israel and expressing "
     "appreciation to Syria' = a contrast, not negated events (held-out 38/39: 'instead of implementing ...' is a "
     "contrast); 'for hosting about 500,000 Palestinian refugees and offering them work, security and a dignified "
     "life' = a fact the frame presupposes -> asserted, hosting refugees = grant asylum 075 (held-out 6: admitting "
     "refugees 075) SYR/GOV -> PSE/CVL; 'offering them work, security and a dignified life' is the same hosting, "
     "coded once (borderline a separate 070)"),
 2: ([], "Vanuatu (2004): 'external influences and conditional aid have not adequately corresponded with Vanuatu's "
         "development priorities' = an evaluation of how aid fits national priorities; 'have not corresponded' "
         "negates a fit, not an event; the aid noun has no agent in the sentence (the 'development partners' of the "
         "preceding text are uncoded); not coded (borderline a nominal 070 null -> VUT/GOV)"),
 3: ([], "Benin (1991): 'the praiseworthy efforts of our Secretary-General have not yet led to peace' in Western "
         "Sahara = 'praiseworthy' is an evaluative adjective, not a praise act (guideline), and 'have not yet led to "
         "peace' negates an outcome, not an event; 'efforts' names no specific act and the parties (Morocco, "
         "POLISARIO) are not named in the sentence (borderline a nominal 045 org:UN with no target); 'the recent "
         "cease-fire' is an event noun with no agent in the sentence, not coded (borderline nominal 0871 between the "
         "parties)"),
 4: ([("measures to abolish segregationist laws", "081", "ZAF/GOV", "ZAF/CVL", False, A, N, True),
      ("we urge it", "106", "GNB/GOV", "ZAF/GOV", False, A, N, False)],
     "Guinea-Bissau (1992); 'measures to abolish segregationist laws adopted by the South African Government' = the "
     "repeal of apartheid laws, an event noun with its agent named -> nominal yield, ease administrative sanctions "
     "081 (held-out 48/49: the lifting of the ANC's ban 0812 by ZAF/GOV; borderline 0811, or not coded as a "
     "domestic reform) to the disenfranchised majority -> ZAF/CVL; 'we are following with great interest' is an "
     "attitude, not coded; 'we urge it to continue negotiations with the anti-apartheid movements' = one asserted "
     "REQUEST (guideline), Y = negotiations -> 106 to ZAF/GOV; Y (the CODESA negotiations with the ANC and others) "
     "is not coded separately (guideline); 'does not have the right to vote' is a state, not an event"),
 5: ([], "Chile (1995): the sentence starts at 'Assembly, to engage in a broad debate on the functioning of our "
         "system' ('it is important, during this session of the' lies in the preceding text); a debate among all "
         "Member States on UN reform (held-out 54-61: reform positions left uncoded), not coded"),
 6: ([("I would urge them", "100", "GBR/GOV", N, False, A, N, False)],
     "United Kingdom (Cameron, 2011); 'I would urge them not to reject ... a genuine, open, fair and transparent "
     "market economy' = a request (guideline: urge -> 10x); 'would' is a politeness form, the urging is performed "
     "-> asserted (held-out 36/37: 'I would be remiss if ...' asserted); 'them' = 'the people of this region' "
     "(North Africa and the Middle East after the Arab Spring), an uncoded collective -> target null (held-out 63 "
     "row 2: a call on uncoded States with target null); Y = keeping to a market economy, no specific sub-code -> "
     "100 (borderline 1042 policy change, or not coded since Y is a choice of economic system without a counterpart); "
     "'something they have never had' is a state"),
 7: ([("express disappointment", "110", "ISL/GOV", N, False, A, N, False)],
     "Iceland (2005); 'I must express disappointment at the fact that the group of four proposal for reforming the "
     "Security Council has not yet received the support it deserves' = 'disappointed' -> 110 (guideline), 'must' "
     "is a performative hedge -> asserted; the Member States that have not supported the G4 proposal are uncoded "
     "-> target null; the non-support itself is an agentless negated 051 whose G4 members the document does not "
     "name (held-out 44/45: a group of four States whose members the document does not name), null-null, not coded "
     "(borderline the whole row uncoded as a UN reform position, held-out 54-61)"),
 # --- UNGDC 1990-2019 random: reported
 8: ([], "Grenada (2018): 'the World Bank has said that any sudden halt to remittances ... could pose a significant "
         "threat to their socioeconomic stability' = a statement (01x) about a hypothetical agentless halt and a risk "
         "(guideline: figurative 'threat'); no codable event, so no reported_by"),
 9: ([("claimed many lives", "180", N, "org:UN", False, A, N, False)],
     "Niger (2003); 'The attack' = the 19 August 2003 bombing of United Nations headquarters in Baghdad (preceding "
     "sentence: 'international terrorism struck'), whose perpetrators are not named -> an agentless terrorist "
     "attack 180 with no source (held-out 54-61: one per victim; held-out 73 row 35), the lives it claimed "
     "including the Special Representative of the Secretary-General, Sergio Vieira de Mello -> org:UN; the verb "
     "phrase carries the act -> not nominal (borderline 1823 for the killing of an individual, or not coded as a "
     "definite event noun without an agent, guideline 'this aggression')"),
 10: ([], "Luxembourg (2003): 'according to the Secretary-General's report' financing for development 'remains well "
          "below the level needed' = an attributed figure, not an event; 'we are pleased at a recent rise in the "
          "volume of official development assistance' = a welcome of a trend whose donors are uncoded (held-out 72 "
          "row 22: welcomes of developments with no actor left uncoded; borderline 051 LUX/GOV with no target, as "
          "held-out 30/31 'we are pleased with')"),
 11: ([], "Mali (2000): the sentence starts at 'Development and Cooperation in Africa said rightly that' (the splitter "
          "cut the Conference's name); the Ministerial Conference's statement about prerequisites for development is a "
          "public statement (01x), not coded, with no event inside it"),
 # --- UNGDC 1990-2019 random: future
 12: ([], "The former Yugoslav Republic of Macedonia (2007): 'I hope that the discussions during the current session "
          "will help to create a consensus' = a hope about the Assembly's work (optative, held-out 5), 'the "
          "discussions' have no coded participants; not coded"),
 13: ([("supported", "070", N, "HTI/GOV", False, A, N, False),
       ("worked out clear-cut modalities", "057", "HTI/GOV", N, False, A, N, False)],
      "Haiti (1996); 'That programme [the Government's economic programme, preceding sentence], which is supported by "
      "the international financial institutions' = IFI backing (lending) for the programme -> aid 070 (borderline "
      "071 economic aid, or 051 verbal endorsement), the institutions unnamed, an uncoded collective -> source null "
      "(held-out 52/53: support from uncoded parties 070 with no source), to the Government -> HTI/GOV; 'with which "
      "we have worked out clear-cut modalities for negotiation and cooperation' = an arrangement concluded with the "
      "IFIs -> 057 (guideline: agreements concluded; borderline 030 or 050) HTI/GOV with target null; 'will enable "
      "us better to meet an economic and social future' is an effect, not coded"),
 14: ([], "Spain (1991): 'we hope that Spain in 1992 will be a meeting-place for men and women from all over the world' "
          "= a hope about the 1992 events (optative); the hosting of the Seville Expo, the Olympics and the "
          "Ibero-American Conference lies in the preceding sentence; not coded"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Sierra Leone (2011): 'the United Nations should make better use of Chapter VI of the Charter' = a deontic "
          "whose Y (using the Charter's peaceful-settlement measures) names no act toward an actor (guideline: "
          "demanded only for a codable Y; borderline demanded 045 org:UN with no target); 'firmly believes' is a "
          "view"),
 16: ([], "Belize (2002): 'we must act with shared responsibility and in partnerships of mutual respect' = 'we' "
          "meaning all states (held-out 42/43: not coded), abstract"),
 17: ([("Mali calls on all", "102", "MLI/GOV", N, False, A, N, False)],
      "Mali (2003); 'Mali calls on all States to adopt a multilateral approach, subregional and regional cooperation "
      "and international solidarity' = one asserted REQUEST (guideline: call on -> 10x) to an uncoded collective -> "
      "target null (held-out 72 row 26: calling upon every State, target null); Y = a multilateral, cooperative "
      "policy -> demand diplomatic cooperation 102 (borderline 101 material cooperation, or 100)"),
 18: ([], "Suriname (1991): 'the current process of reform should be continued' = a UN reform position (held-out "
          "54-61: reform positions left uncoded), agentless"),
 19: ([], "Vanuatu (2007): 'We must continue to work together in shaping the architecture of the United Nations' = "
          "'we' meaning all Member States (held-out 42/43) and a reform position (held-out 54-61), not coded"),
 20: ([], "Andorra (2018): representative democracy and multilateralism 'end up in crisis at the same time' = a "
          "reflection, no act"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("reaffirms its solidarity with", "051", "OMN/GOV", "PSE/CVL", False, A, N, False),
       ("supports", "051", "OMN/GOV", "PSE/GOV", False, A, N, False),
       ("Israeli withdrawal", "0874", "ISR/GOV", "PSE", False, D, N, True),
       ("occupied since 1967", "192", "ISR/GOV", "PSE", False, A, N, False)],
      "Oman (1997); 'reaffirms its solidarity with the fraternal people of Palestine' = political support (held-out "
      "22/23: 'stand with' is 051; the solidarity-after-disaster rule for condolences does not apply) -> 051 "
      "OMN/GOV -> PSE/CVL; 'supports the peaceful position of the Government of the Palestinian National Authority' "
      "-> 051 -> PSE/GOV; 'which aims at Israeli withdrawal from the Palestinian territories' = the withdrawal the "
      "PNA's position demands, an event noun with its agent -> nominal 0874 (held-out 22/23: the withdrawal of "
      "Israel from the Gaza Strip 0874) ISR/GOV -> bare PSE, not realised and sought -> demanded (borderline a "
      "nominal 1056 PSE/GOV -> ISR/GOV, or not coded as a goal); 'occupied since 1967' = a participle whose agent "
      "the sentence makes plain ('Israeli withdrawal') -> 192, not nominal (held-out 5 'occupied by Israel' not "
      "nominal), ISR/GOV (borderline ISR/MIL) -> bare PSE (guideline: target of an occupation)"),
 22: ([("extended an invitation", "043", "NZL/GOV", "org:UN", False, A, N, False),
       ("extended an invitation", "043", "TKL/CVL", "org:UN", False, A, N, False)],
      "New Zealand (1993); 'the New Zealand Government and the people of the Tokelaus have extended an invitation to "
      "the United Nations to send a further visiting mission to the Tokelaus' = an invitation to host a visit -> "
      "043 (held-out 44/45 and later sets: 'inviting' 043, 'a meeting at the invitation of Norway' 043; borderline "
      "036 as the seventh set's 'are very welcome to visit'), one event per inviter (guideline: compound source); "
      "the people of Tokelau, a New Zealand non-self-governing territory with its own ISO alpha-3 code -> TKL/CVL "
      "(as held-out 6's HKG/CVL; borderline NZL/CVL), to org:UN; the mission's planned visit 'to meet local leaders "
      "and ... discuss recent developments' is the content of the invitation, not coded separately (borderline 042 "
      "future org:UN -> TKL); 'I am pleased to confirm' is the speech frame"),
 23: ([], "Japan (2014): 'Japan is a nation that implements its pledges without fail' = a self-description of habitual "
          "conduct with no named counterpart (borderline 030 JPN/GOV with no target), not coded"),
 24: ([("the support of the international community", "070", N, "org:SADC", False, A, N, True)],
      "Angola (1991); 'its member countries' = the members of the Southern African Development Coordination "
      "Conference (SADCC, preceding sentence), coded as the organisation that succeeded it -> org:SADC (as the CSCE "
      "of 1991 is org:OSCE and the OAU of 1995 org:AU; borderline AGO/GOV as the speaker's own membership, or not "
      "coded as null-null); 'are relying increasingly on the support of the international community' = present "
      "reliance on aid received -> nominal 070 with no source (held-out 34/35: 'reliant on the assistance of others' "
      "a nominal 070 with no source; held-out 50/51: 'counted on United Nations support' asserted), the "
      "international community -> null; 'this support can be an invaluable contribution' is the same support, "
      "evaluated, coded once"),
 25: ([("Lebanon commends", "051", "LBN/GOV", "org:UNRWA", False, A, N, False)],
      "Lebanon (2005); a fragment cut by the splitter ('Lebanon commends the United Nations Relief and' [Works Agency "
      "for Palestine Refugees in the Near East for all that it does], following text); the commendation verb is "
      "inside the sentence and its object plain from the document (held-out 72 row 28: a welcome whose object the "
      "splitter cut is coded) -> 051 (guideline: commend); UNRWA -> new organisation code org:UNRWA (held-out "
      "28/29: thanks to UN funds and programmes go to each one named, as org:UNHCR, org:UNDP; borderline org:UN)"),
 26: ([("We support", "051", "ZAF/GOV", "RUS/GOV", False, A, N, False),
       ("We support", "051", "ZAF/GOV", "USA/GOV", False, A, N, False)],
      "South Africa (2013); 'We support all of the diplomatic efforts aimed at finding a solution to this matter' = "
      "support for the diplomacy over Syria's chemical weapons, whose efforts the preceding sentence names ('the "
      "ongoing bilateral consultations between the Russian Federation and the United States') -> support aimed at a "
      "process goes to its named parties (held-out 8), 051 to RUS/GOV and to USA/GOV (borderline one 051 with no "
      "target, since 'all of the diplomatic efforts' reaches beyond the two, or not coded as an abstract position)"),
 27: ([], "Yemen (2002): 'We stress that the Palestinian people are solely responsible for choosing their leadership' "
          "= a position on Palestinian self-determination (an implicit answer to calls for new Palestinian "
          "leadership, not named in the sentence), no act; not coded (borderline 120 YEM/GOV with no target)"),
 28: ([], "Viet Nam (2016): 'The internationalization of production is making possible global and regional "
          "cooperation' = an inanimate process, cooperation with no named parties, no act"),
 29: ([], "Algeria (2003): 'they [peace, security, and development issues] require a renewal of our commitment to "
          "international cooperation' = 'our' meaning all Member States (held-out 42/43: not coded), abstract"),
 30: ([], "Zambia (2012): 'the international community needs to maximize its efforts towards achieving all eight "
          "goals' = a deontic over an uncoded collective with no codable Y toward a named actor, not coded"),
 31: ([("assure her", "030", "NGA/GOV", "org:UNGA", False, A, N, False)],
      "Nigeria (2018); 'she' = María Fernanda Espinosa Garcés, President of the General Assembly (preceding "
      "sentence); 'assure her of Nigeria's support' = assurance of cooperation to the Assembly President -> 030 to "
      "org:UNGA (held-out 38/39, 48/49; held-out 72 row 24); 'that which we extended to her predecessor, Mr. "
      "Miroslav Lajčák' = the standard of comparison, Nigeria's past support to the previous President, the same "
      "actor pair, not coded separately (borderline an asserted 051 NGA/GOV -> org:UNGA)"),
 32: ([], "Paraguay (2006): 'without external cooperation, they [developed countries] would have had difficulty in "
          "prospering' = a counterfactual about uncoded collectives, null-null, not coded"),
 33: ([("We support", "051", "NIC/GOV", "TWN/GOV", False, A, N, False)],
      "Nicaragua (2009); a fragment cut by the splitter ('We support the new and positive focus that' [Taiwan has "
      "adopted in its relations with the People's Republic of China, as well as its participation in United Nations "
      "specialized bodies], following text); the support verb is inside the sentence and its object plain from the "
      "document (held-out 72 row 28) -> 051 to Taiwan's government -> TWN/GOV (held-out 22/23); Taiwan's new focus "
      "is its own act (borderline also 051 to CHN/GOV, as held-out 48/49's cross-Strait dialogue 051 to each side, "
      "or not coded as a fragment)"),
 34: ([], "Turkey (2004): 'We also support every effort that is initiated and coordinated in that context' [the road "
          "map] = support for efforts whose agents the sentence and the preceding text do not name (the Quartet "
          "appears only in the following sentence, its members unnamed), an abstract position (guideline), not coded "
          "(borderline 051 TUR/GOV with no target, or 051 to ISR/GOV and PSE/GOV as the road map's parties)"),
 35: ([("assure them of our fraternal support", "030", "DJI/GOV", "SSD/CVL", False, A, N, False)],
      "Djibouti (2011); 'as the people of South Sudan take their first steps in the comity of nations, we want to "
      "assure them of our fraternal support' = an assurance of support -> 030 (held-out 22 and later sets: 'He "
      "pledged the United States' strong support for the people of Burma' 030 to MMR/CVL; 'I assure you of our "
      "total support' 030), 'want to' is a performative hedge -> asserted; 'them' = the people of South Sudan -> "
      "SSD/CVL (borderline SSD/GOV, or 032)"),
 36: ([("armed attack", "180", N, "org:UN", False, A, N, True)],
      "Georgia (1998); 'the recent armed attack against four members of UNOMIG in Sukhumi' = an attack noun with its "
      "victims named and its perpetrators unnamed -> nominal 180 with no source (held-out 54-61: an agentless "
      "attack 180 with no source, one per victim; held-out 73 row 35), UNOMIG's personnel -> org:UN; asserted "
      "(borderline source GEO/REB, the Abkhaz side controlling Sukhumi, which the speech does not name as the "
      "attacker, or 190); 'Their vulnerability was again proved' is an evaluation"),
 37: ([("pledges", "032", "SWZ/GOV", "org:UN", False, A, N, False)],
      "Swaziland (2007); 'him' = Secretary-General Ban Ki-moon (preceding sentence) -> org:UN (held-out 44/45); 'The "
      "Kingdom of Swaziland pledges its support to him' = a pledge of diplomatic support -> 032 asserted (held-out "
      "26/27: a pledge of continued support 032 asserted; earlier set: 'pledges its continued support' 032 to "
      "org:UN; borderline 030 as for the Assembly President)"),
 38: ([("Uganda welcomes", "051", "UGA/GOV", "BDI/GOV", False, A, N, False),
       ("look forward to working with him", "030", "UGA/GOV", "BDI/GOV", False, F, N, False)],
      "Uganda (2005); 'Uganda welcomes ... Mr. Pierre Nkurunziza, the new President of Burundi' = welcoming a new "
      "leader after his election -> 051 to the appointee (held-out 22/23: welcoming an appointment 051) -> "
      "BDI/GOV; 'we look forward to working with him to consolidate peace in the region' = future cooperation "
      "(guideline: 'look forward to' + event -> future; held-out 10/11: 'hope that we can work together' 030 "
      "future) -> 030 future to BDI/GOV; the page number '24' inside the sentence is an extraction artefact"),
 39: ([], "Haiti (2014): 'Haiti argues strongly for concrete progress in the negotiations for United Nations reform, "
          "particularly ... the enlargement of the Security Council' = a UN reform position (held-out 54-61: reform "
          "positions left uncoded; held-out 52/53: urging Council reform with no addressee not coded), not coded "
          "(borderline 1044 HTI/GOV with no target, as an advocacy request)"),
 40: ([], "Gabon (1990): 'Our countries have adopted programmes of structural adjustment, and have participated in "
          "agreements for the rescheduling of debt' = 'our countries' the African countries (preceding sentence), an "
          "uncoded collective that includes the speaker but names no member (held-out 26/27: a collective is coded "
          "for a member only when it names one), the creditors unnamed; null-null, not coded (borderline 057 "
          "GAB/GOV with no target)"),
 41: ([], "Philippines (1996): 'would welcome the sharing of knowledge and experience gained from efforts to protect "
          "the environment in similar bodies of water elsewhere' = a hypothetical welcome of an exchange by uncoded "
          "parties, optative, with no named counterpart; 'places particular importance on preserving the ecological "
          "integrity' is a domestic policy; not coded"),
 42: ([], "Saint Vincent and the Grenadines (2009): 'In his welcome and inspiring maiden statement to the General "
          "Assembly ... President Barack Obama ... correctly identified the challenges' = a public statement (01x) "
          "and evaluative adjectives (guideline), not a praise act; the agreement ('We wholeheartedly agree and "
          "endorse that assessment') lies in the following sentence; not coded (borderline 051 VCT/GOV -> USA/GOV)"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([("Eritrean aggression", "190", "ERI/GOV", "ETH", False, A, N, True)],
      "Ethiopia (1999); 'The Eritrean aggression against Ethiopia in May 1998' = an aggression noun with its agent -> "
      "nominal 190 (guideline: 'aggression' 190), the state -> ERI/GOV (held-out 32/33: the war of Eritrea 1993 "
      "coded to the government; held-out 73 row 32: 'the Iraqi invasion of Kuwait' IRQ/GOV -> KWT), the victim "
      "country as a whole -> bare ETH; historic, asserted; 'Eritrea's destructive activities have caused even more "
      "havoc' in Somalia = a vague noun with no specific CAMEO act (the following sentence spells it out as arming "
      "and training the warlords), not coded (borderline a nominal 070 ERI/GOV -> SOM/REB); 'a major source of "
      "instability' is an evaluation"),
 44: ([], "Viet Nam (1990): 'The year 1989 witnessed major changes in the economic, social and political life of Viet "
          "Han' (OCR for Viet Nam) = domestic change, no act between actors"),
 45: ([], "Uzbekistan (1998): 'A great deal of interest is now focused on energy projects and transport communications "
          "in the region' = a description, no act"),
 46: ([], "Papua New Guinea (2015): transnational crime and international terrorism 'if not adequately contained, will "
          "have proliferating cross-border effects' = risks without named actors (guideline: figurative threats), a "
          "conditional over agentless containment; not coded"),
 47: ([("appreciate the efforts", "051", "TGO/GOV", "USA/GOV", False, A, N, False)],
      "Togo (1991); 'We appreciate the efforts made, inter alia, by the United States of America, to ensure lasting "
      "peace in that part of the world' (the corpus separates 'We' and 'appreciate' by a carriage return) = "
     "appreciation -> praise 051 (guideline: "
      "welcome/praise/commend/thank), to the one party named -> USA/GOV, the others ('inter alia') unnamed and "
      "dropped; the US peace efforts for the Middle East (the preparation of the 1991 peace conference, preceding "
      "sentence) are not named as a specific act and their parties are not in the sentence, not coded separately "
      "(borderline a nominal 045 USA/GOV -> ISR/GOV and the Arab parties)"),
 48: ([], "Comoros (1999): 'we all hoped that the 1990s would be the decade of peace and solidarity among nations' = "
          "a past hope of all states, no act"),
 49: ([], "Sudan (1996): 'We hope that the positive positions of a number of Western leaders towards Islam will be "
          "echoed by the communities in the West' = a hope about uncoded collectives (optative, held-out 5); the "
          "'positive positions' are attitudes; not coded"),
 50: ([], "Netherlands (1994): 'the punishment of those responsible for crimes against humanity' = an agentless event "
          "noun named as a topic of the speech (guideline: event nouns without an agent not coded); the crimes have "
          "no agent in the sentence"),
 51: ([], "Ghana (2001): 'We cannot claim to uphold the dignity of every human being ... if we fail to uphold "
          "democracy ... combat corruption and strengthen the institutions of governance' = 'we' meaning all states "
          "(held-out 42/43), a conditional about domestic governance, no act between actors"),
 52: ([], "Haiti (2009): 'When will rhetoric be replaced by action?' = a rhetorical question with no actor; the coup "
          "in Honduras and the resolutions against the Cuban embargo lie in the preceding text; not coded"),
 53: ([], "Libya (2006): 'It is therefore incumbent on the Assembly to take immediate action to prevent the Council "
          "from infringing further on its authority' = a deontic on org:UNGA whose Y ('take immediate action') names "
          "no codable behaviour (guideline: demanded only for a codable Y); the Council's encroachment on the "
          "Assembly's powers is an institutional dispute with no CAMEO code, and a UN reform matter (held-out 54-61), "
          "not coded (borderline a demanded 120 org:UNGA -> org:UNSC)"),
 54: ([], "Poland (1993): 'We recommend expanding the responsibilities, competence and rank of the Commission on "
          "Human Rights' = a UN reform proposal (held-out 54-61: reform positions left uncoded), no addressee; not "
          "coded (borderline 1044 POL/GOV -> org:UN)"),
 55: ([("regrettable", "110", "IDN/GOV", N, False, A, N, False)],
      "Indonesia (1990); 'The failure to achieve a final declaration [at the Fourth NPT Review Conference, preceding "
      "sentence] is all the more regrettable' = the speaker's regret (held-out 6: 'it is regrettable' is 110) -> "
      "110, the Conference's parties uncoded (the 'major nuclear Powers' of the following sentence are unnamed) -> "
      "target null; the failure itself is an agentless negated agreement of uncoded parties, null-null, not coded "
      "(borderline the whole row uncoded as an evaluation of an outcome)"),
 56: ([], "Belgium (2002): 'In my view, that would mitigate this abominable act' = a hypothetical evaluation of an "
          "argument; 'this abominable act' (the 11 September attacks) is a demonstrative noun without an agent "
          "(guideline: not coded)"),
}
