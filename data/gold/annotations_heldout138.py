"""Hand annotations for the HUNDRED-AND-THIRTY-EIGHTH held-out event gold set (source of events-heldout138.jsonl).

Keyed by the row index of selection-heldout138.jsonl (output of select_bulk_sentence_heldout.py 138; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout138.jsonl \\
        --annotations annotations_heldout138 --output events-heldout138.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("refusal", "120", "ISR/GOV", N, False, A, N, True)],
     "Saudi Arabia (1999); 'we are greatly concerned about' is expressed concern (01x, not coded); 'Israel's "
     "continued refusal to accede to the Treaty on the Non-Proliferation of Nuclear Weapons' = an explicit refusal "
     "(guideline: REJECT, negated false), nominal, a refusal to join a treaty -> 120 with no target (held-out: Iran "
     "1994 'Israel's refusal to do so' [accept the NPT] 120 no target; set 112: 'stand apart from the CTBT' 120; "
     "borderline 1245 to org:IAEA or 128); 'thus keeping its nuclear programmes outside the range of international "
     "inspections' is the consequence of the same refusal, coded once (borderline a second nominal 1245 ISR/GOV -> "
     "org:IAEA, refusing safeguards); 'constituting a serious threat to the region's security' is figurative "
     "(guideline: threat as risk)"),
 1: ([("refuses to join", "120", "USA/GOV", N, False, A, N, False)],
     "Cuba (2018); 'the United States ... refuses to join the international community in implementing the Paris "
     "Agreement on Climate Change' = an explicit refusal (guideline: REJECT, negated false) of participation in a "
     "multilateral effort -> generic 120 (held-out: Bolivia 2017 'refusing to do its part in the global effort' "
     "[Paris Agreement] 120; borderline 127 reject an agreement, or 121), the international community an uncoded "
     "collective -> target null; 'one of the major polluters' is a description"),
 2: ([("our appeals", "100", "GEO/GOV", "RUS/GOV", False, A, N, True)],
     "Georgia (2003); 'Despite our appeals at the last session of the General Assembly' = Georgia's earlier requests "
     "(guideline: appeal -> 10x), nominal with its agent 'our' -> GEO/GOV; aimed at stopping the Russian "
     "passportization named in the same sentence (the 2002 speech protested 'the mass issue of Russian passports' to "
     "the separatist regions) -> RUS/GOV (borderline org:UNGA, where the appeals were voiced), the content not "
     "stated as such -> generic 100 (borderline 1042 demand a policy change); 'the wholesale granting of Russian "
     "citizenship to the Abkhaz population has never slowed' = mass naturalisation in a breakaway region, a "
     "continuing act ('never slowed' bears on its pace, not its occurrence), with no CAMEO code (as coups are left "
     "uncoded), not coded (borderline a nominal 070 RUS/GOV -> GEO/REB as support to the separatists)"),
 3: ([], "China (1998): 'China's development will not pose a threat to any other country' = a statement of peaceful "
         "intent about an abstraction, not a negated threat (README: 'has never posed a threat' not coded; held-out "
         "118: 'will not ... pose a threat to anyone' (China) left uncoded)"),
 4: ([("demand", "100", "VUT/GOV", "org:UN", False, A, N, False)],
     "Vanuatu (1997); 'We ... demand that we receive exactly the same treatment as any that ... meets two of the "
     "current identifying indicators for least developed countries, as laid down in the Committee's report' = a "
     "request (guideline: demand -> 10x) aimed at the Committee for Development Planning's decision to graduate "
     "Vanuatu from the LDC list (preceding sentences), a UN subsidiary body -> org:UN; Y = equal LDC treatment, no "
     "specific CAMEO sub-code -> 100 (borderline 1031 for the aid benefits of LDC status, or 1044); 'We do not "
     "understand why least developed countries ... are treated differently' = a rhetorical complaint about an "
     "agentless passive, not coded (borderline 110 VUT/GOV -> org:UN)"),
 5: ([("registered", "114", "BRA/GOV", "USA/GOV", False, A, N, False),
      ("demanded explanations", "101", "BRA/GOV", "USA/GOV", False, A, N, False)],
     "Brazil (2013); 'We have registered our protest with the Government of the United States' = a formal protest "
     "over the NSA interception of Brazilian communications (preceding sentence) -> complain officially 114 "
     "(borderline 111); 'we have demanded explanations, apologies and guarantees that such procedures will never be "
     "repeated' = one request (guideline: demand -> 10x) to the same government with several demands -> demand "
     "information 101 from the first and plainest demand (held-out 114: a single appeal with several demands coded "
     "from the first demand; borderline 1042 for the guarantees of non-repetition, or 100); the non-repetition is Y, "
     "not coded separately (guideline), and 'such procedures' (the espionage) has no agent in the sentence, not "
     "coded (espionage has no CAMEO code; borderline a nominal 170 USA/GOV -> BRA/GOV as coercion)"),
 6: ([("called for", "1043", "org:UNGA", N, False, A, N, False),
      ("is denied recognition", "120", "USA/GOV", "PSE/CVL", False, A, N, False),
      ("is denied recognition", "120", "ISR/GOV", "PSE/CVL", False, A, N, False)],
     "Iraq (1990); 'The resolutions, especially those which called for enabling the Palestinian people to exercise "
     "its inalienable rights' = the General Assembly's resolutions of the preceding sentence ('The General "
     "Assembly ... has adopted over 400 resolutions') -> a resolution's 'calling for' stands for org:UNGA (README), "
     "Y = the Palestinian people's rights -> demand rights 1043, no addressee in the sentence -> target null "
     "(borderline ISR/GOV); 'have not been implemented' = agentless non-compliance, not a codable behaviour "
     "(guideline: 'comply with obligations'; borderline a nominal 128 ISR/GOV -> org:UNGA); 'the Palestinian people "
     "is denied recognition of its right to self-determination by the United States and Israel' = a passive with "
     "its agents named, a deliberate denial read as an explicit refusal (guideline: REJECT, negated false) -> 120, "
     "one per agent (guideline: compound split), to PSE/CVL (held-out: the Palestinian people's rights PSE/CVL); "
     "borderline 1233 reject a request for rights, or a negated 054 (README: 'have not recognized Palestine' "
     "negated 054); the paragraph's opening quotation mark is the transcript's continuation mark for the "
     "speaker's own text, not reported speech"),
 7: ([], "Ireland (1994): 'This will not be a negotiating forum' = a description of the Forum for Peace and "
         "Reconciliation (preceding sentence), not a negated negotiation (borderline a negated future 046); 'we are "
         "hopeful that its work will contribute ... to the climate in which negotiations take place' is optative, "
         "and the negotiations are agentless; 'its recommendations can be translated into practice' is agentless"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("the host city", "043", "BLR/GOV", "org:CIS", False, A, N, True)],
     "Belarus (1993); 'the creation of the Commonwealth of Independent States, with Minsk as the host city for its "
     "coordinating organs' = Belarus hosting the CIS's seat -> nominal 043 (README: hosting an organisation's seat "
     "is a nominal 043) to org:CIS (README: org:CIS); Minsk is the place of the seat, not a metonym acting for the "
     "government, so the host is coded BLR/GOV as the country's act (borderline not coded as a status); 'the "
     "creation of the Commonwealth' is an agentless event noun, not coded (borderline a nominal 057 among BLR, RUS "
     "and UKR from outside knowledge); 'have made us take a fresh look at ... participating in the life of the "
     "international community' is a reflection, not an act"),
 9: ([("the visit to Khartoum", "042", "org:WFP", "SDN/GOV", False, A, N, True),
      ("subsequent visits", "042", "org:UN", "SDN/GOV", False, A, N, True),
      ("subsequent visits", "042", "org:UN", "KEN/GOV", False, A, N, True)],
     "Sudan (1991); 'the visit to Khartoum by Mr. James Ingram, Executive Director of the World Food Programme' = a "
     "visit noun with its agent named -> nominal 042 from org:WFP (earlier sets: org:WFP) to the country visited, "
     "SDN/GOV (README: the Secretary-General's visit to the speaker's country a nominal 042 from org:UN); 'the "
     "subsequent visits to Khartoum and Nairobi by Mr. James Jonah, Under-Secretary-General' -> nominal 042 from "
     "org:UN, one per destination (README: a trip is 042 per destination), Nairobi -> KEN/GOV (borderline "
     "dropped, the Nairobi stop serving Operation Lifeline Sudan rather than Kenya); Khartoum and Nairobi are "
     "places visited, not metonyms; 'Mention should be made' is the speaker's statement, not a welcome; the "
     "visits' food-aid purpose lies in the next sentence, not coded"),
 10: ([("We urge", "103", "NPL/GOV", N, False, A, N, False)],
      "Nepal (1996); 'We urge the developed countries to honour the commitments they have made at major "
      "international conferences' = a request (guideline: urge -> 10x) to an uncoded collective -> target null; Y "
      "= fulfilling pledges, in a passage on resources for Agenda 21 and declining ODA -> demand aid 103 (held-out "
      "123: DR Congo's appeal to respect promises one 103 with no target; borderline 1031 economic aid, or 100); the "
      "commitments themselves are a past pledge of the same uncoded collective, null-null, not coded; Rio, Cairo, "
      "Copenhagen, Beijing and Istanbul are conference venues, not metonyms"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Niger (2003): 'the First Biennial Meeting of States ... noted that ... control of firearms ... remains "
          "limited' = a statement (01x) of an uncoded collective of States; 'the adoption of the Programme of Action' "
          "is agentless; no codable act"),
 12: ([("accused", "112", N, "org:UN", False, A, N, False)],
      "Venezuela (1996); 'It is accused, for instance, of having a large bureaucracy' = 'It' is the United Nations "
      "('the United Nations is on trial', preceding sentence), an agentless passive accusation -> 112 with no "
      "source to org:UN (README: agentless criticism with a named target 111/112 with no source; held-out 115, "
      "118: criticism the UN faces a nominal 111 null -> org:UN); 'it is said that there is a proliferation of "
      "situations requiring the deployment of military forces' = an unattributed claim about generic situations, "
      "the deployment hypothetical and agentless, not coded (borderline 074 org:UN -> null)"),
 13: ([], "Syria (1999): the sentence starts at the quoted word 'precondition' (the splitter cut after 'What Syria "
          "is calling for cannot be considered a'); 'as the Israeli government claims' and 'as the Netanyahu "
          "Government also claimed' are statements (01x), their content a characterisation of Syria's call rather "
          "than an act (borderline 112 ISR/GOV -> SYR/GOV as an accusation of setting preconditions); 'if we were to "
          "accept that it was' is the hypothetical acceptance of an argument, not an event; 'any agreement between "
          "negotiators on any single component of any a peace accord' is a generic hypothetical (borderline a "
          "hypothetical 057 SYR/GOV -> ISR/GOV)"),
 14: ([], "Zimbabwe (2017): 'according to the Organization for Economic Cooperation and Development, overseas "
          "development assistance amounted to approximately $142.6 billion' = a statistic of aid between uncoded "
          "collectives (donors, developing countries), null-null, not coded; 'according to' attributes a figure, "
          "not an event"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Samoa (2019): 'it will be an important development in meeting our international obligations' = an "
          "expected effect of aligning reporting processes, compliance and resource use, no act between actors"),
 16: ([], "Brunei Darussalam (2002): 'we are confident that the members of the Security Council will guide us well' "
          "= a confident prediction of another actor's act, a hope and not coded (held-out 123: 'we have no doubt "
          "that the United Nations ... will give it all the desired support' not coded; borderline a future 100 or "
          "051 from org:UNSC)"),
 17: ([], "Denmark (2011): 'the goals we agreed in 2000' = the Millennium Declaration, 'we' meaning all states "
          "(README: not coded); 'all countries have a joint obligation to ensure that the goals ... will actually be "
          "fulfilled' is a norm for all states; 'galvanizing action' has no actor"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Australia (1999): 'A threat to the person of a United Nations staff member must be treated as a threat "
          "against the United Nations itself' = a general norm about hypothetical agentless threats, no actor "
          "(borderline a demanded 130 null -> org:UN)"),
 19: ([], "Switzerland (2005): enlargement of the Security Council and improving its working methods = UN reform "
          "positions, not coded (README)"),
 20: ([], "Cambodia (2010): 'the United Nations must be ready to fulfil its growing responsibilities to tackle those "
          "complex worldwide issues' = a deontic whose Y is not a codable behaviour (guideline)"),
 21: ([], "Malta (1998): 'We must seize the opportunity provided us to act in concert' = 'we' meaning all states "
          "(README: not coded); an exhortation with no counterpart"),
 22: ([], "Nigeria (1995): 'efforts to achieve this must ... include the conclusion of a comprehensive nuclear-test-"
          "ban treaty by 1996, the cut-off in the production of fissionable materials ..., and the granting of "
          "security assurances by the nuclear-weapon States to non-nuclear-weapon States' = demanded nouns whose "
          "agents and counterparts are all uncoded collectives (the Conference on Disarmament's members, the "
          "nuclear-weapon and non-nuclear-weapon States, none named in the document), null-null, not coded "
          "(borderline a demanded nominal 057 null -> null for the treaty and a demanded "
          "nominal 030 null -> null for the assurances)"),
 23: ([], "Mauritius (1999): 'The verdict of the referendum must be respected by the Indonesian Government and all "
          "parties concerned' = a deontic whose Y, respecting a vote's outcome, is compliance and not a codable "
          "behaviour (guideline: 'comply with obligations'; earlier sets: 'must be respected and implemented' not "
          "codable); borderline a demanded 0834 IDN/GOV -> TLS/CVL (accede to East Timor's independence) or 054"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "Ecuador (1999): 'Ecuador eagerly welcomes the new focus on providing a model for international policy "
          "including the notion of human security' = the welcome of a concept whose author the sentence and its "
          "context do not name, not coded (held-out 120: welcoming a theme not coded; borderline 051 ECU/GOV with "
          "target null, or org:UN); 'we have witnessed armed conflicts around the world' = 'we' meaning everyone, "
          "the conflicts agentless"),
 25: ([], "Iceland (1998): 'War has visited many countries since we gathered here last year' = an agentless, "
          "figurative description of wars with no named party"),
 26: ([("delayed sending", "050", "MOZ/REB", "MOZ/GOV", True, A, N, False)],
      "Mozambique (1993); 'From the very inception, RENAMO delayed sending personnel to fill its positions in the "
      "commissions for the implementation of the General Peace Agreement' = RENAMO's failure, for a time, to take "
      "part in the joint implementation commissions -> a negated cooperation 050 (held-out: 'didn't nominate their "
      "names' for a meeting a negated 036; borderline a negated 040, or an asserted 128 as a breach of the "
      "Agreement, which the preceding sentence calls 'dilatory manoeuvres'); RENAMO in 1993, signed up to peace but "
      "not yet demobilized -> MOZ/REB (borderline MOZ/OPP), its counterpart in the commissions the Government -> "
      "MOZ/GOV (borderline org:UN, which chaired them)"),
 27: ([], "Bahrain (2008): 'That would be a significant step towards strengthening trust between the countries of "
          "the Gulf Cooperation Council and Iran' = 'That' is a resolution of the issue of the UAE islands (preceding "
          "sentence), lying outside the sentence; strengthening trust is a hypothetical effect, not an act "
          "(borderline a hypothetical 050 org:GCC -> IRN/GOV)"),
 28: ([], "Papua New Guinea (2011): 'The parties to the Nauru Agreement have introduced the Vessel Day Scheme to limit "
          "the total catch' = a regional fisheries regulation adopted by a group without a code (of which PNG is a "
          "member, preceding sentence) with no named counterpart, a policy measure rather than an act between actors "
          "(borderline a 057 or 050 from PNG/GOV with no target)"),
 29: ([("fully supports", "051", "ZMB/GOV", "org:UNGA", False, A, N, False)],
      "Zambia (2018); 'Zambia fully supports her endeavour to diligently discharge her responsibilities in the "
      "Assembly' = 'her' is María Fernanda Espinosa, President of the General Assembly (preceding sentence) -> "
      "verbal support 051 (guideline) to org:UNGA (README: the Assembly President org:UNGA; borderline 032 or 030 "
      "as an assurance of support, held-out 76: 'I assure you of my Government's support' 032)"),
 30: ([("trade embargo", "163", "USA/GOV", "CUB", False, A, N, True)],
      "Saint Kitts and Nevis (2013); 'the trade embargo imposed on Cuba at the height of the Cold War' = an embargo "
      "(README: a US blockade of Cuba 163), nominal, its agent plain from the next sentence ('the ... embargo imposed "
      "by the United States of America against Cuba'; README: an event noun whose agent is plain from the text "
      "around it is coded) -> USA/GOV, to the bare country CUB (earlier sets: the embargo 163 to CUB); 'remains a "
      "matter of concern' is expressed concern (01x, not coded)"),
 31: ([("highly commends", "051", "MNG/GOV", "org:UN", False, A, N, False)],
      "Mongolia (2019); 'My delegation highly commends the Secretary-General's bold reforms' = praise (guideline: "
      "commend 051) of the Secretary-General -> org:UN (README: supporting the Secretary-General 051 to org:UN); the "
      "reforms are internal UN reform, not coded"),
 32: ([("implementing", "163", "HUN/GOV", "YUG/GOV", False, A, N, False)],
      "Hungary (1993); 'Our economic and financial losses directly attributable to the effects of implementing the "
      "sanctions' = Hungary's own application of the Security Council's sanctions against the Federal Republic of "
      "Yugoslavia (Serbia and Montenegro) named in the preceding sentence -> 163 from HUN/GOV, the implementer (the "
      "'Our' of the losses), to the FRY's government of 1993 -> YUG/GOV (README: a state that later dissolved takes "
      "its code of the speech's date; borderline bare YUG); the Council's imposition lies in the preceding "
      "sentence, not coded again (borderline a second, nominal 163 org:UNSC -> YUG/GOV for 'the sanctions'); the "
      "losses are an effect"),
 33: ([("support those efforts", "051", "GRD/GOV", "org:UN", False, A, N, False),
       ("contributed a small number of officers", "074", "GRD/GOV", N, False, A, N, False)],
      "Grenada (2009); 'My country continues to support those efforts in the Caribbean region' = 'those efforts' "
      "are the United Nations' peacebuilding and peacekeeping efforts (preceding sentence: 'We urge the United "
      "Nations to continue its efforts in peacebuilding and peacekeeping') -> verbal support 051 to org:UN "
      "(borderline 070); 'to which we have contributed a small number of officers' = a contribution of personnel "
      "to a UN operation -> 074 (README: peacekeeping contributors 074), the served country unnamed in the document "
      "(the Caribbean operation is MINUSTAH in Haiti only by outside knowledge) -> target null (borderline HTI, or "
      "org:UN; source GRD/COP for police officers)"),
 34: ([], "Philippines (2012): migrant workers 'providing benefits to both their host nations and their countries of "
          "origin' = a description of an uncoded population, no act between actors"),
 35: ([], "Iceland (1992): 'a general agreement that all can live with is now within reach' = the Uruguay Round "
          "(preceding sentence), a prospective agreement among its 108 uncoded participants, null-null, not coded "
          "(borderline a future 057 with no source)"),
 36: ([], "Tajikistan (2009): 'It not only undermines our efforts ... but imposes new and complex tasks' = 'It' is "
          "the financial and economic crisis (preceding sentence), not an actor; figurative"),
 37: ([], "Grenada (2016): 'certain global financial policies and actions that pose significant threats to our "
          "region's sustainable development' = figurative threats (guideline) of unnamed policies, no actor"),
 38: ([], "Slovenia (2019): 'I sincerely hope to be able to count on the Assembly's valuable support at the upcoming "
          "UNESCO General Conference' = a hope about another actor's support, optative and not coded (README: 'we "
          "count on', 'look forward to the support of' not coded; held-out 118: 'we look forward to the Assembly's "
          "support' optative)"),
 39: ([], "Israel (2014): 'We hear mobs today in Europe calling for the gassing of Jews' = calls by unnamed crowds "
          "across a continent (no country code) about an uncoded religious community, an act between uncoded "
          "collectives, null-null, not coded (borderline a 100 or a nominal 141 null -> null, with a hypothetical "
          "202 inside it); 'We hear' is the speaker's perception, not an act"),
 40: ([], "Montenegro (2010): 'Montenegro supports the pragmatic reform of the' = a fragment cut by the splitter "
          "before 'United Nations'; support for UN reform is a reform position, not coded (README)"),
 41: ([], "Netherlands (2009): 'the greatest threat to a stable world order is to allow the crisis to push the "
          "world's other great problems into the background' = a figurative threat (guideline), no actor"),
 42: ([("decided on far-reaching mandatory sanctions", "163", "org:UNSC", "IRQ/GOV", False, A, N, False)],
      "Denmark (1990); 'the Security Council ... decided on far-reaching mandatory sanctions against an aggressor' = "
      "resolution 661 (1990) (next sentence) -> sanctions 163 (guideline) from org:UNSC; 'an aggressor' = Iraq "
      "('Iraqi's aggression', preceding sentence; guideline: missing participant from context) -> IRQ/GOV; the "
      "agent noun 'aggressor' is not coded as a separate 190 (held-out 58: an agent noun for a past act not coded); "
      "'acting under Chapter VII of the Charter' is the legal basis"),
 43: ([("welcomes", "051", "CIV/GOV", "org:UN", False, A, N, False)],
      "Cote d'Ivoire (2010); 'the delegation of Côte d'Ivoire welcomes the significant progress of the United "
      "Nations Conference on Climate Change, held ... in Copenhagen' = a welcome (guideline: 051) of a named UN "
      "conference -> org:UN (held-out 120: the welcome of a UN conference's Programme of Action goes to org:UN; "
      "borderline target null as in held-out 113, or DNK/GOV for the host); the page-header noise '10-55396 10' "
      "inside the sentence is ignored; Copenhagen is a venue, and the agentless 'held' is not coded"),
 44: ([("reiterates", "051", "GIN/GOV", "PSE/CVL", False, A, N, False)],
      "Guinea (2013); 'Guinea reiterates its unceasing support for the Palestinian cause' = verbal support "
      "(guideline: 051) for the Palestinian people's national cause -> PSE/CVL (held-out: Angola 2000 support for "
      "the Palestinian people's right to self-determination 051 to PSE/CVL; borderline PSE/GOV, or bare PSE); 'the "
      "implementation of the relevant resolutions of the Security Council and the road map of the Quartet' is "
      "agentless compliance, and the road map's foreseen State is a plan's content, not coded"),
 45: ([], "Bahrain (1994): 'The Middle East is one of the regions that have experienced particularly severe and "
          "bloody wars and hostilities' = agentless wars with no named party, not coded"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([("we are greatly encouraged", "051", "DMA/GOV", "org:AU", False, A, N, False),
       ("we are greatly encouraged", "051", "DMA/GOV", "org:UN", False, A, N, False)],
      "Dominica (2003); the sentence starts at 'Development (NEPAD)' (the splitter cut inside 'We welcome the first "
      "report of the Secretary-General on the New Partnership for African Development'), so that welcome lies "
      "outside it; 'we are greatly encouraged by the number of African actions to institutionalize NEPAD' -> 051 "
      "(README: 'we are encouraged by' 051), the actors being 'the African Union and the African nations' whom the "
      "next sentence commends -> org:AU, the uncoded African nations dropped (borderline target null); 'along with "
      "the incremental steps towards alignment of United Nations activities with the priorities of NEPAD' -> a "
      "second 051 to org:UN; the institutionalisation and the alignment themselves are not coded (borderline a "
      "nominal 050 org:UN -> org:AU for the alignment)"),
 47: ([("We are still baffled", "110", "GRD/GOV", "USA/GOV", False, A, N, False)],
      "Grenada (1999); 'We are still baffled over the attitude of our traditional ally and certain friendly Latin "
      "American countries over the modified version of the banana regime' = an expression of disapproval of other "
      "states' stance -> 110 (guideline: 'disappointed' 110; borderline 01x expressed concern, not coded); 'our "
      "traditional ally' = the United States, which with Latin American producers contested the EU banana regime "
      "at the WTO (the preceding sentence names the WTO rulings), by outside knowledge, since the speech does not "
      "spell it out -> USA/GOV (borderline target null); 'certain friendly Latin American countries' unnamed, "
      "dropped"),
 48: ([], "Tanzania (2017): 'the recent developments in the Democratic People's Republic of Korea have shattered "
          "these optimistic prospects' = a vague event noun with no specified act (borderline a nominal 150 PRK/GOV "
          "for the 2017 nuclear and missile tests, which the sentence does not name)"),
 49: ([], "Bahrain (1997): the United Nations as the best forum for a universal intellectual task = an evaluation, "
          "no act"),
 50: ([("continues to receive refugees", "075", "ARM/GOV", "SYR/CVL", False, A, N, False)],
      "Armenia (2012); 'Armenia continues to receive refugees from Syria' = admitting refugees -> grant asylum 075 "
      "(README: admitting refugees 075), habitual/ongoing -> asserted, to the Syrian civilians fleeing (many of them "
      "the Syrian Armenian community of the preceding sentence) -> SYR/CVL (borderline bare SYR)"),
 51: ([], "Mauritius (2009): 'the territory of Somalia provides not only a haven for pirates, but also a base for "
          "terrorist groups' = an inanimate territory of a collapsed state, not an actor, and uncoded beneficiaries "
          "(borderline 070 bare SOM -> null, harbouring as support)"),
 52: ([], "New Zealand (2018): 'retreating to our own borders and interests has meant turning our backs on a perfect "
          "system' = 'our' meaning all states (README: not coded), figurative; an argument the speaker rejects"),
 53: ([], "Nicaragua (2007): 'capital unites them and ideological differences disappear' = 'them' are the states of the "
          "preceding sentence acting together for economic reasons; figurative, no act"),
 54: ([("to congratulate", "051", "CRI/GOV", "org:UNGA", False, A, N, False)],
      "Costa Rica (1995); the sentence starts at 'Rica to congratulate' (the splitter cut after 'It is the honour of "
      "the delegation of Costa'); 'to congratulate you, Sir, on your election to the presidency of the General "
      "Assembly' = a performative congratulation -> 051 to org:UNGA (README: commending the Assembly President's "
      "election 051 to org:UNGA), the delegation's country from the cut subject (README: a subject cut off by the "
      "splitter is taken from the context) -> CRI/GOV"),
 55: ([], "Bangladesh (2018): 'I have been working to make a difference in the lives of my people' = the Prime "
          "Minister's domestic commitment, no act between actors"),
 56: ([], "Iran (2009): 'those who have created the current disastrous situation continue to blame others' = an "
          "accusation (112) by the unnamed occupiers of Iraq and Afghanistan (preceding sentence), whom the speech "
          "never names, against unnamed 'others', null-null, not coded (borderline 112 USA/GOV -> null by outside "
          "knowledge)"),
 57: ([], "Nigeria (2018): Lake Chad as a source of livelihood = a description, no act"),
 58: ([], "Latvia (2007): 'We consider it to be the best of the models currently available' = an evaluation of the G4 "
          "model of Security Council reform, a reform position (README: not coded)"),
 59: ([], "United Kingdom (1994): 'Rwanda put this to the test, and we were found wanting for a response for the time "
          "being' = 'we' are the United Nations' Member States as a whole ('The failure of the United Nations is our "
          "failure', earlier in the speech), 'we' meaning all states (README: not coded); Rwanda 'put this to the "
          "test' is figurative (borderline a negated 074 org:UN -> RWA, as 'the international community has not "
          "stepped in to protect')"),
}
