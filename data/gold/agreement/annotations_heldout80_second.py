"""Second, independent hand annotation of the EIGHTIETH held-out event gold set's sentences, for the agreement study
(source of agreement/events-heldout80-second.jsonl).

Keyed by the row index of selection-heldout80.jsonl (all rows come from bulk_ungdc_1990_2019.jsonl, UN General
Debate speeches of 1990-2019). Written blind to the first annotation of the same sentences and to any coder output.
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
        --annotations agreement.annotations_heldout80_second --output agreement/events-heldout80-second.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("refusal by the URNG", "125", "GTM/REB", "GTM/GOV", False, A, N, True),
      ("disarm and demobilize itself", "1246", "GTM/REB", "GTM/GOV", False, A, N, True),
      ("non-binding signature", "057", "GTM/REB", "GTM/GOV", False, A, N, True)],
     "Guatemala (1994); 'a refusal by the URNG to return to the negotiating table or to disarm and demobilize itself' "
     "= an explicit refusal (guideline: REJECT, negated false) that takes the code of what was refused (held-out 62-73: "
     "'refusal to negotiate' 125): return to talks -> 125, disarmament and demobilization -> refuse to de-escalate "
     "militarily 1246, both nominal, the insurgent URNG of 1994 -> GTM/REB, the counterpart -> GTM/GOV; 'in the face "
     "of' read as the present circumstance (borderline hypothetical, 'should the URNG refuse'); 'after its "
     "non-binding signature' = the URNG's signature of the 1994 accords (the Framework Agreement and the others named "
     "earlier in the speech) -> nominal 057 GTM/REB -> GTM/GOV (borderline not coded, 'non-binding'); 'that party's "
     "sources of finance will be closed off' is the content of 'It hopes that', an optative hope about unnamed "
     "actors (guideline: optative, not coded; borderline hypothetical 163 null -> GTM/REB); 'armed action that "
     "would be totally unwarranted' is the purpose clause, not coded (borderline hypothetical 190)"),
 1: ([("extend that allegation to Syria", "112", N, "SYR/GOV", False, A, N, False),
      ("hosting about 500,000", "075", "SYR/GOV", "PSE/CVL", False, A, N, False)],
     "Syria (2001); 'They' = 'some countries and certain media outlets' of the preceding sentence, an uncoded "
     "collective -> source null; 'extend that allegation to Syria' = accusing Syria of backing organizations they call "
     "terrorist -> accuse 112 to SYR/GOV (borderline 1121 accusation of crime); 'They do not stop there' negates "
     "stopping, not an event; 'instead of condemning Israel and expressing appreciation to Syria' = a contrast, not "
     "negated events (held-out 38/39: 'instead of implementing' a contrast), not coded (borderline negated 111 null -> "
     "ISR/GOV and negated 051 null -> SYR/GOV); 'Syria for hosting about 500,000 Palestinian refugees and offering "
     "them work, security and a dignified life' = a presupposed fact -> grant asylum 075 (held-out 6: admitting "
     "refugees 075) SYR/GOV -> PSE/CVL, the offer of work and security part of the same act, coded once "
     "(borderline a second 070)"),
 2: ([("conditional aid", "070", N, "VUT/GOV", False, A, N, True)],
     "Vanuatu (2004); 'external influences and conditional aid have not adequately corresponded with Vanuatu's "
     "development priorities' = an evaluation of aid actually given by uncoded development partners (the preceding "
     "sentences' 'development partners') -> nominal 070 with no source to the speaker's government (held-out 34/35: "
     "'reliant on the assistance of others' a nominal 070 with no source; borderline not coded, an event noun whose "
     "agent is not named); 'have not adequately corresponded' negates a fit, not the aid (no negated event)"),
 3: ([], "Benin (1991): 'the praiseworthy efforts of our Secretary-General have not yet led to peace, despite the recent "
         "cease-fire' = 'praiseworthy' is an evaluative adjective (not a praise act); the Secretary-General's efforts "
         "are a vague noun whose parties the document never names (borderline nominal 045 org:UN with target null); "
         "'have not yet led to peace' negates an outcome, not an event; the 1991 Western Sahara cease-fire has no "
         "party named in the sentence or the document ('the parties involved') -> not coded (borderline a nominal "
         "0871 MAR/GOV -> Polisario)"),
 4: ([("measures to abolish segregationist laws", "081", "ZAF/GOV", "ZAF/CVL", False, A, N, True),
      ("we urge it", "106", "GNB/GOV", "ZAF/GOV", False, A, N, False)],
     "Guinea-Bissau (1992); 'measures to abolish segregationist laws adopted by the South African Government' = the "
     "1991-92 repeal of apartheid laws -> ease administrative sanctions 081 (held-out 77 row 56: the repeal of "
     "apartheid laws 081 ZAF/GOV -> ZAF/CVL), nominal (the measures), to the population subject to them; 'we are "
     "following with great interest' is an observation, not a welcome (borderline 051 GNB/GOV -> ZAF/GOV); 'we urge "
     "it to continue negotiations with the anti-apartheid movements' = a request whose Y is negotiations -> 106 to "
     "ZAF/GOV (guideline; held-out 76 row 20: 'urge ... to continue the process of negotiations' 106), the ongoing "
     "negotiations (Y) not coded separately (borderline 046 ZAF/GOV -> ZAF/OPP); 'still does not have the right to "
     "vote' is a state, not a negated event"),
 5: ([], "Chile (1995): the sentence starts at 'Assembly, to engage in a broad debate' (the splitter cut 'during this "
         "session of the'); a debate on the functioning of the UN and structural changes = a UN reform position "
         "(held-out 54-61: left uncoded); 'no longer exists' is no event"),
 6: ([("I would urge them", "1042", "GBR/GOV", N, False, A, N, False)],
     "United Kingdom (Cameron, 2011); 'I would urge them not to reject something they have never had - a genuine ... "
     "market economy' = a request (guideline: urge -> 10x; 'would' performative) whose Y is economic policy -> demand "
     "policy change 1042 (borderline generic 100), addressed to 'the people of this region' (North Africa and the "
     "Middle East, several countries) -> an uncoded collective, target null (held-out 77 row 10: a request to uncoded "
     "addressees coded with target null; borderline not coded as a request between the speaker and an uncoded "
     "collective); the negation 'not to reject' lies inside Y, the request itself is asserted; 'they have never "
     "had' is a state"),
 7: ([("express disappointment", "110", "ISL/GOV", N, False, A, N, False)],
     "Iceland (2005); 'I must express disappointment at the fact that the group of four proposal ... has not yet "
     "received the support it deserves' = 'disappointed' -> 110 (guideline), 'must express' performative -> "
     "asserted; the disappointment bears on the Member States that have withheld support, uncoded -> target null "
     "(borderline org:UNGA); the non-support itself is a UN reform position (held-out 54-61: uncoded) and the G4's "
     "members are never named in the document -> not coded (borderline a negated 051 null -> BRA/DEU/IND/JPN)"),
 # --- UNGDC 1990-2019 random: reported
 8: ([], "Grenada (2018): 'the World Bank has said that any sudden halt to remittances ... could pose a significant "
         "threat' = the speech verb is not coded (guideline); inside it, an agentless hypothetical halt of private "
         "remittance flows and a figurative threat (guideline: threat as risk), no act between actors"),
 9: ([("The attack claimed many lives", "180", N, "org:UN", False, A, N, False)],
     "Niger (2003); 'The attack' = the 19 August 2003 attack on United Nations headquarters in Baghdad, struck by "
     "'international terrorism' (preceding sentence), an uncoded agent -> source null (held-out 62-73: agentless "
     "killings take their agent from the sentence before when it names one; here it names none with a code); "
     "'claimed many lives, including that of the Special Representative ... Sergio Vieira de Mello' = killings in a "
     "terrorist attack -> 180 (held-out 54-61: an agentless terrorist attack 180 with no source; borderline 183 "
     "bombing, which the speech does not name, or 202/1823 for the killings), the UN headquarters and its staff -> "
     "org:UN (borderline IRQ as the place); nothing is reported despite the stratum"),
 10: ([("pleased at a recent rise", "051", "LUX/GOV", N, False, A, N, False)],
      "Luxembourg (2003); 'financing for development ... according to the Secretary-General's report ... remains "
      "\"well below the level needed\"' = a reported evaluation of aggregate levels, no act (borderline a reported "
      "071 null -> null, uncoded collectives); 'we are pleased at a recent rise in the volume of official development "
      "assistance' = a welcome (held-out 62-73: 'we are pleased with' 051) of a development whose agents (donors) are "
      "uncoded -> 051 target null (held-out 76 row 27: praise of agentless efforts 051 null); the aid rise itself is "
      "between uncoded collectives, not coded"),
 11: ([], "Mali (2000): the sentence starts at 'Development and Cooperation in Africa said rightly' (the splitter cut "
          "the name of the Ministerial Conference on Security, Stability, Development and Cooperation in Africa); "
          "the Conference's statement is 01x and its content a norm (democracy as a prerequisite); 'rightly' is the "
          "speaker's evaluation, not a praise act (borderline 051 MLI/GOV with target null)"),
 # --- UNGDC 1990-2019 random: future
 12: ([], "North Macedonia (2007): 'I hope that the discussions during the current session will help to create a "
          "consensus on measures to strengthen United Nations capacities' = an optative hope about the Assembly's "
          "debates on UN system reform (held-out 54-61: reform positions and optative hopes uncoded)"),
 13: ([("is supported by the", "070", N, "HTI/GOV", False, A, N, False),
       ("worked out clear-cut modalities", "057", "HTI/GOV", N, False, A, N, False)],
      "Haiti (1996); 'That programme, which is supported by the international financial institutions' = the IFIs' "
      "backing of the Government's economic programme, a passive with its agent named -> support 070 (borderline 071 "
      "economic aid or 051 verbal endorsement), the IFIs a group whose members the document does not name (no "
      "IMF/World Bank/IDB in the speech) -> source null (held-out 12/13: a group without a code is each member the "
      "document names), to HTI/GOV; 'with which we have worked out clear-cut modalities for negotiation and "
      "cooperation' = an arrangement concluded with them -> 057 (borderline 030 or 061), target null for the same "
      "reason; 'will enable us better to meet an economic ... future' is the programme's effect"),
 14: ([], "Spain (1991): 'we hope that Spain in 1992 will be a meeting-place for men and women from all over the world' "
          "= an optative self-description; the hosting of the Seville Expo, the Olympics and the Ibero-American "
          "Conference lies in the preceding sentence (held-out 54-61: fragments whose act lies outside the sentence "
          "uncoded; borderline 043 future ESP/GOV with no target)"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Sierra Leone (2011): 'the United Nations should make better use of Chapter VI of the Charter, namely, "
          "measures for the peaceful settlement of disputes' = a general norm for the Organization's working methods "
          "with no named dispute or party; not coded (borderline a demanded 045 org:UN with target null)"),
 16: ([], "Belize (2002): 'we must act with shared responsibility and in partnerships' = 'we' meaning all states "
          "(held-out 42/43: not coded), a norm for implementing the Millennium Declaration"),
 17: ([("Mali calls on all", "102", "MLI/GOV", N, False, A, N, False)],
      "Mali (2003); 'Mali calls on all States to adopt a multilateral approach, subregional and regional cooperation "
      "and international solidarity' = a request (guideline: call on -> 10x) whose Y is diplomatic cooperation -> 102 "
      "(borderline 100), addressed to all States, an uncoded collective -> target null (held-out 77 row 10: 'urge "
      "greater collaboration among Member States' coded with target null; borderline not coded as a general call "
      "with no specific addressee, held-out 52/53); the respect for sovereignty is a norm"),
 18: ([], "Suriname (1991): 'the current process of reform should be continued' = a UN reform position (held-out 54-61: "
          "uncoded), agentless"),
 19: ([], "Vanuatu (2007): 'We must continue to work together in shaping the architecture of the United Nations' = "
          "'we' meaning all states and a UN reform position (held-out 42/43, 54-61: not coded)"),
 20: ([], "Andorra (2018): representative democracy and multilateralism ending up in crisis = an evaluation, no actor"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("reaffirms its solidarity", "051", "OMN/GOV", "PSE/CVL", False, A, N, False),
       ("supports the peaceful", "051", "OMN/GOV", "PSE/GOV", False, A, N, False),
       ("occupied since 1967", "192", "ISR/GOV", "PSE", False, A, N, True)],
      "Oman (1997); 'reaffirms its solidarity with the fraternal people of Palestine' = political solidarity -> 051 "
      "(held-out 22/23: 'stand with' 051 throughout; borderline not coded as a sentiment) to PSE/CVL; 'supports the "
      "peaceful position of the Government of the Palestinian National Authority' = verbal support (guideline: 051) "
      "-> PSE/GOV; 'which aims at Israeli withdrawal' = the aim of the PNA's position, not coded (borderline a "
      "demanded nominal 0874 ISR/GOV -> PSE); 'the Palestinian territories occupied since 1967' = Israel's "
      "occupation, agent plain from 'Israeli withdrawal' -> 192 (guideline: occupy 192; held-out 22/23: "
      "'Israeli-occupied Golan' a nominal 192), nominal as a participial modifier, target the territory's country "
      "-> bare PSE (guideline: target of an invasion)"),
 22: ([("extended an invitation", "036", "NZL/GOV", "org:UN", False, A, N, False),
       ("extended an invitation", "036", "TKL/CVL", "org:UN", False, A, N, False)],
      "New Zealand (1993); 'the New Zealand Government and the people of the Tokelaus have extended an invitation to "
      "the United Nations to send a further visiting mission to the Tokelaus' = an invitation to visit -> 036 "
      "(held-out 7: 'are very welcome to visit Luxembourg' 036; borderline 043, held-out 76 row 49: an invitation "
      "to talks 043; or 0355 allow international involvement), one event per source (guideline: compound split), "
      "the people of the non-self-governing territory -> TKL/CVL (ISO alpha-3 TKL, as held-out 6's HKG/CVL; "
      "borderline NZL/CVL); the mission's planned visit 'to meet local leaders and ... discuss recent developments' "
      "is the content of the invitation, not coded separately (borderline 042/036 future org:UN -> TKL); 'I am "
      "pleased to confirm' is the speaker's statement"),
 23: ([], "Japan (2014): 'Japan is a nation that implements its pledges without fail' = a self-description of habitual "
          "conduct with no named pledge or counterpart; not coded (borderline 030 JPN/GOV with target null)"),
 24: ([("the support of the international community", "070", N, "org:SADC", False, A, N, True)],
      "Angola (1991); 'its member countries are relying increasingly on the support of the international community' "
      "= the SADCC members' reliance on external aid -> nominal 070 with no source (held-out 34/35: 'reliant on the "
      "assistance of others' a nominal 070 with no source), the member countries of the Southern African "
      "Development Coordination Conference, SADC's predecessor, -> org:SADC (as the European Community is org:EU "
      "and the OAU of 1995 org:AU; borderline AGO/GOV as the one member the document names, or the members one by "
      "one); 'this support can be an invaluable contribution' is a repeated mention, coded once"),
 25: ([("Lebanon commends", "051", "LBN/GOV", "org:UNRWA", False, A, N, False)],
      "Lebanon (2005); 'Lebanon commends the United Nations Relief and' = a fragment cut by the splitter (line break "
      "after 'and'); the object completes as 'Works Agency for Palestine Refugees in the Near East for all that it "
      "does' (held-out 44/45: a part cut off by the splitter is taken from the context) -> commend 051 (guideline); "
      "new organisation code org:UNRWA (as org:UNHCR, org:UNICEF; borderline org:UN); the following request to the "
      "international community lies outside the sentence"),
 26: ([("We support all of the diplomatic", "051", "ZAF/GOV", N, False, A, N, False)],
      "South Africa (2013); 'We support all of the diplomatic efforts aimed at finding a solution to this matter' = "
      "verbal support (guideline: 051; borderline 050) of efforts on Syria whose authors the sentence does not name "
      "-> target null (held-out 76 row 27: 'We commend and support all efforts' 051 null); borderline 051 to RUS/GOV "
      "and USA/GOV, whose bilateral consultations the preceding sentence welcomes"),
 27: ([], "Yemen (2002): 'the Palestinian people are solely responsible for choosing their leadership' = a statement "
          "of principle, no act named (borderline a 120 YEM/GOV -> USA/GOV, as an implicit rejection of the 2002 US "
          "call for new Palestinian leadership, which the sentence does not mention)"),
 28: ([], "Viet Nam (2016): the internationalization of production making cooperation possible = an evaluation, no "
          "actor"),
 29: ([], "Algeria (2003): 'they require a renewal of our commitment to international cooperation' = 'our' meaning all "
          "states (held-out 42/43: not coded), a norm"),
 30: ([], "Zambia (2012): 'the international community needs to maximize its efforts towards achieving all eight "
          "goals' = a deontic for an uncoded collective with no codable behaviour (MDG efforts) and no target"),
 31: ([("assure her of Nigeria’s support", "032", "NGA/GOV", "org:UNGA", False, A, N, False),
       ("we extended to her predecessor", "051", "NGA/GOV", "org:UNGA", False, A, N, False)],
      "Nigeria (2018); 'I would like to assure her of Nigeria's support' = an assurance of support to the President of "
      "the General Assembly (held-out 76 row 40: 'I assure you of my Government's support' 032 to org:UNGA) -> 032, "
      "'would like to' performative -> asserted; 'that which we extended to her predecessor, ... Miroslav Lajcak' = "
      "realised past support to the former President -> 051 to org:UNGA (held-out 62-73: tributes to a former PGA go to "
      "org:UNGA; borderline not coded, a comparison baseline, or 050)"),
 32: ([], "Paraguay (2006): 'without external cooperation, they [developed countries] would have had difficulty' = a "
          "counterfactual about cooperation between uncoded collectives, not coded"),
 33: ([("We support the new and positive focus", "051", "NIC/GOV", "TWN/GOV", False, A, N, False)],
      "Nicaragua (2009); 'We support the new and positive focus that' = a fragment cut by the splitter; the object "
      "completes as 'Taiwan has adopted in its relations with the People's Republic of China, as well as its "
      "participation in United Nations specialized bodies' (held-out 44/45: a part cut off by the splitter taken "
      "from the context) -> verbal support 051 to Taiwan's government -> TWN/GOV (Nicaragua recognised the ROC in "
      "2009); borderline also 051 to CHN/GOV (held-out 50/51: welcoming cross-Strait dialogue 051 to each side), "
      "but the focus named is Taiwan's own"),
 34: ([("also support every effort", "051", "TUR/GOV", N, False, A, N, False)],
      "Turkey (2004); 'We also support every effort that is initiated and coordinated in that context' = verbal "
      "support of efforts to implement the road map whose authors the sentence does not name (agentless passives) "
      "-> 051 target null (held-out 76 row 27); borderline 051 to the Quartet's members or to ISR/GOV and PSE/GOV"),
 35: ([("assure them of our fraternal support", "032", "DJI/GOV", "SSD/CVL", False, A, N, False)],
      "Djibouti (2011); 'as the people of South Sudan take their first steps in the comity of nations, we want to "
      "assure them of our fraternal support' = an assurance of support (held-out 76 row 40: 032) -> 032, 'want to' "
      "performative -> asserted; 'them' = the people of South Sudan -> SSD/CVL (borderline SSD/GOV, the new "
      "state); the admission to the UN is a membership act (held-out 54-61: uncoded)"),
 36: ([("armed attack", "180", N, "org:UN", False, A, N, True)],
      "Georgia (1998); 'the recent armed attack against four members of UNOMIG in Sukhumi' = an attack on UN "
      "observers whose perpetrators the speech never names -> nominal 180 with no source (held-out 54-61: an "
      "agentless terrorist attack 180 with no source; borderline 190, or GEO/REB for the Abkhaz side controlling "
      "Sukhumi), the UN Observer Mission -> org:UN; 'Their vulnerability was again proved' is an evaluation"),
 37: ([("pledges its", "032", "SWZ/GOV", "org:UN", False, A, N, False)],
      "Swaziland (2007); 'The Kingdom of Swaziland pledges its support to him' = a pledge of support to the "
      "Secretary-General Ban Ki-moon (preceding sentence) -> 032 asserted (held-out 26/27: a pledge of continued "
      "support 032 asserted), the Secretary-General -> org:UN; 'as he continues to promote and protect the noble "
      "goals' is the SG's role, not coded"),
 38: ([("Uganda welcomes His Excellency", "051", "UGA/GOV", "BDI/GOV", False, A, N, False),
       ("look forward to working with him", "030", "UGA/GOV", "BDI/GOV", False, F, N, False)],
      "Uganda (2005); 'Uganda welcomes His Excellency Mr. Pierre Nkurunziza, the new President of Burundi' = a "
      "welcome of the newly elected President after the 2005 elections (preceding sentence) -> 051 to BDI/GOV "
      "(held-out 22/23: welcoming an appointment 051 to the appointee; borderline a nominal 042 visit, held-out 12/13, if he is "
      "welcomed as a guest to the Assembly); 'we look forward to working with him to consolidate peace in the region' "
      "= 'look forward to' + a cooperative act -> 030 future (guideline; held-out 12/13: 'hope that we can work together' "
      "030 future)"),
 39: ([], "Haiti (2014): 'Haiti argues strongly for concrete progress in the negotiations for United Nations reform, "
          "particularly ... the enlargement of the Security Council' = a UN reform position with no addressee "
          "(held-out 52/53: urging Council reform with no addressee not coded; held-out 54-61: reform positions "
          "uncoded); borderline a request 1044 HTI/GOV with target null (held-out 9: 'calls for' Council seats 1044)"),
 40: ([], "Gabon (1990): 'Our countries have adopted programmes of structural adjustment, and have participated in "
          "agreements for the rescheduling of debt' = 'our countries' = the African countries as a whole (preceding "
          "sentence), an uncoded collective including the speaker's (held-out 77 row 33: not coded), and the "
          "creditors are unnamed; structural adjustment is domestic policy; borderline a 057 GAB/GOV with target "
          "null for the debt-rescheduling agreements"),
 41: ([("welcome the sharing of knowledge", "051", "PHL/GOV", N, False, H, N, False)],
      "Philippines (1996); 'would welcome the sharing of knowledge and experience gained from efforts to protect the "
      "environment in similar bodies of water elsewhere' = a conditional welcome of hoped-for steps (held-out 32/33: 051 "
      "hypothetical; held-out 77 row 26), the sharers unnamed -> target null; borderline a polite request for "
      "information sharing (10x, target null), or not coded as optative"),
 42: ([], "Saint Vincent and the Grenadines (2009): 'his welcome and inspiring maiden statement' and 'correctly "
          "identified' = evaluative adjectives and an evaluation of President Obama's speech (guideline: not coded); "
          "the endorsement ('We wholeheartedly agree and endorse') lies in the following sentence (borderline 051 "
          "VCT/GOV -> USA/GOV)"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([("The Eritrean aggression against Ethiopia", "190", "ERI/GOV", "ETH", False, A, N, True),
       ("destructive activities", "170", "ERI/GOV", "SOM", False, A, N, True)],
      "Ethiopia (1999); 'The Eritrean aggression against Ethiopia in May 1998' -> nominal 190 (guideline: "
      "'aggression' 190; borderline 192 for the occupation of Badme), ERI/GOV (the text names the state), target the "
      "country as a whole -> bare ETH (guideline); 'Eritrea's destructive activities have caused even more havoc' in "
      "Somalia = an event noun with its agent -> unspecified coercion 170 (borderline 070 ERI/GOV -> SOM/REB, the "
      "arming and financing of warlords named only in the following sentence; or not coded as a vague "
      "description), Somalia with no functioning State -> bare SOM; 'a major source of instability' is an "
      "evaluation"),
 44: ([], "Viet Nam (1990): major changes in the country's life in 1989 = a description, no act"),
 45: ([], "Uzbekistan (1998): interest focused on energy and transport projects = a description, no actor"),
 46: ([], "Papua New Guinea (2015): transnational crime and terrorism 'if not adequately contained, will have "
          "proliferating ... effects' = threats as risks (guideline), a generic conditional, no actor"),
 47: ([("appreciate the efforts made", "051", "TGO/GOV", "USA/GOV", False, A, N, False)],
      "Togo (1991); 'We appreciate the efforts made, inter alia, by the United States of America, to ensure lasting "
      "peace in that part of the world' = praise (guideline: welcome/praise/commend/thank 051) -> 051 TGO/GOV -> "
      "USA/GOV, the other authors ('inter alia') unnamed; the efforts (the US diplomacy towards the Madrid "
      "conference of the preceding sentence) are not coded separately (borderline a nominal 045 USA/GOV -> ISR/GOV "
      "and the Arab parties)"),
 48: ([], "Comoros (1999): 'we all hoped that the 1990s would be the decade of peace' = a past hope of 'we all', no "
          "act"),
 49: ([], "Sudan (1996): 'We hope that the positive positions of a number of Western leaders towards Islam will be "
          "echoed by the communities in the West' = an optative hope about uncoded Western leaders and communities; "
          "'positive positions' are attitudes, not acts"),
 50: ([], "Netherlands (1994): 'conflicts that could not be prevented: the punishment of those responsible for crimes "
          "against humanity' = a topic announcement; punishment and crimes are agentless nouns with no named parties "
          "(guideline: event nouns without an agent not coded)"),
 51: ([], "Ghana (2001): 'We cannot claim to uphold the dignity ... if we fail to uphold democracy' = 'we' meaning all "
          "(African) states and domestic governance norms in a generic conditional, not coded"),
 52: ([], "Haiti (2009): 'When will rhetoric be replaced by action?' = a rhetorical question with no actor in the "
          "sentence (the Assembly's resolutions against the Cuban embargo lie in the preceding sentences); no event"),
 53: ([], "Libya (2006): 'It is incumbent on the Assembly to take immediate action to prevent the Council from "
          "infringing further on its authority' = a deontic on relations between UN organs, a reform position "
          "(held-out 54-61: uncoded); 'take immediate action' is no codable behaviour; borderline a demanded 170 "
          "org:UNGA -> org:UNSC and, for the encroachment that 'further' presupposes, a 128 org:UNSC -> org:UNGA"),
 54: ([], "Poland (1993): 'We recommend expanding the responsibilities, competence and rank of the Commission on Human "
          "Rights' = a UN reform position with no addressee (held-out 52/53, 54-61: not coded; borderline 1044 "
          "POL/GOV with target null)"),
 55: ([("regrettable", "110", "IDN/GOV", N, False, A, N, False)],
      "Indonesia (1990); 'The failure to achieve a final declaration is all the more regrettable' = the speaker's "
      "disapproval (held-out 6: 'it is regrettable' 110) of the Fourth NPT Review Conference's failure (preceding "
      "sentence), whose parties are uncoded (the States parties; the nuclear Powers are blamed only in the following "
      "sentence) -> target null (borderline not coded as an impersonal evaluation); the failed declaration itself "
      "is an agentless negated 057 between uncoded parties, not coded"),
 56: ([], "Belgium (2002): 'that would mitigate this abominable act' = 'this abominable act' is the terrorism of "
          "11 September 2001, an anaphoric event noun with no agent in the sentence (guideline: not coded); the "
          "sentence is a counterfactual evaluation"),
}
