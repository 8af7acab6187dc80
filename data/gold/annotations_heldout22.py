"""Hand annotations for the TWENTY-SECOND held-out event gold set (source of events-heldout22.jsonl).

Keyed by the row index of selection-heldout22.jsonl (output of select_later_heldout.py 22).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout22.jsonl \
        --annotations annotations_heldout22 --output events-heldout22.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will welcome newly arrived Afghans", "036", "USA/GOV", "AFG/CVL", False, F, N, False),
      ("meet with staff and volunteers", "036", "USA/GOV", "USA/CVL", False, F, N, False)],
     "Assistant Secretary Noyes at the National Conference Center; welcoming newly arrived Afghans (evacuees being "
     "resettled) on a visit = a future meeting with them -> 036 future -> AFG/CVL (new: welcoming arriving refugees "
     "on a visit is a meeting, not 075, the admission being earlier; borderline 075); the future meeting with staff "
     "and volunteers -> 036 future -> USA/CVL (held-out 21 row 0: cross-sector domestic meetings coded; borderline "
     "USA/NGO or dropped as domestic); 'working to facilitate a smooth transition' describes them"),
 1: ([("it will host a virtual panel discussion", "036", "USA/GOV", "USA/CVL", False, F, N, False)],
     "ECA 'will host' a panel discussion -> 036 future (held-out 18 row 1 'will host' -> 036); the panelists named in "
     "the next paragraph (Billie Jean King, filmmaker Dawn Porter; ITF Vice President Adams) -> one event USA/CVL "
     "(held-out 6: a participant taken from the following text; borderline target null); 'announced' = 01x"),
 2: ([("will deepen and expand the already robust cooperation", "030", "USA/GOV", "TUR/GOV", False, F, N, False)],
     "Sherman in Ankara; the U.S.-Turkey Strategic Mechanism 'will deepen and expand' the cooperation between the two "
     "countries = future cooperation with an inanimate subject standing for the two governments' act (held-out 9) -> "
     "030 future (held-out 20 row 31 'will continue to coordinate' 030 future), from the document's government; "
     "'underscored the importance' = 01x; the mechanism itself had not yet met, not coded as a meeting noun "
     "(borderline 036 future nominal); the existing cooperation is not coded again"),
 # --- State Dept random: demand
 3: ([("We urge the Taliban", "1043", "USA/GOV", "AFG/GOV", False, A, N, False),
      ("these infringements on the rights of Afghans", "175", "AFG/GOV", "AFG/CVL", False, A, N, True),
      ("we continue to stand with the Afghan people", "051", "USA/GOV", "AFG/CVL", False, A, N, False)],
     "Taliban after 15 Aug 2021 -> AFG/GOV (guideline); Y = cease infringements on Afghans' rights (media "
     "restrictions, education) -> demand rights 1043; the realised infringements named inside the request are "
     "coded too (held-out 12 'end its repression' 175), their agent the Taliban whom the request asks to cease them "
     "(context: the Taliban's restrictions on media) -> nominal 175 -> AFG/CVL (borderline not coded, the noun "
     "having only 'these'); 'stand with the Afghan people' -> 051 (held-out 15 row 36 'stands with' -> 051)"),
 4: ([("We urge authorities", "100", "USA/GOV", "UZB/GOV", False, A, N, False)],
     "Karakalpakstan protests; 'authorities' = the Uzbek authorities (previous sentence 'We call on the "
     "authorities ... Uzbekistan's obligations') -> UZB/GOV; Y = pursue a full, credible, transparent investigation "
     "into the violence -> no 10x sub-code for an investigation -> 100 (borderline 1042 or 1043); 'the violence' has "
     "no agent"),
 5: ([], "media contact line"),
 6: ([("She urged Deputy Prime Minister Prak Sokhonn", "108", "USA/GOV", "org:ASEAN", False, A, N, False)],
     "'She' = Sherman; the request is addressed to Prak Sokhonn 'in his role as ASEAN Special Envoy on Burma' -> "
     "org:ASEAN (new: a national minister acting in a stated organisation role takes the organisation; borderline "
     "KHM/GOV by the person rule); Y = the envoy seeking implementation of the Five-Point Consensus (cessation of "
     "violence, dialogue with all parties) = the envoy's mediation -> demand mediation 108 (borderline 1056 for the "
     "cessation of violence, or 106); the cessation and the dialogue are inside the request, not coded separately"),
 7: ([], "reminder to U.S. citizens of the COVID-19 test requirement for air travel = a statement (01x) about a "
         "domestic administrative rule, no act between actors"),
 8: ([("We welcome the contributions of other donors", "051", "USA/GOV", N, False, A, N, False),
      ("urge others to generously support", "1033", "USA/GOV", N, False, A, N, False)],
     "Horn of Africa aid; welcoming the contributions of other donors (uncoded collective) -> 051 target null "
     "(held-out 15, 19 row 66); the donors' contributions themselves would be null-source with no recipient named in "
     "the sentence ('this crisis response') -> not coded (borderline 073 null -> ETH/KEN/SOM from the context); "
     "urging 'others' (null) to support humanitarian needs -> demand humanitarian aid 1033"),
 # --- State Dept random: cue
 9: ([], "pointer to a website"),
 10: ([("the top-level U.S. government commitment to rebuilding U.S. support for UNFPA", "033", "USA/GOV",
        "org:UNFPA", False, A, N, True)],
      "re-engagement with the UN Population Fund; 'This meeting' (Thomas-Greenfield with UNFPA's Executive Director, "
      "previous sentence) is an event noun without an agent in the sentence, not coded again; the U.S. government's "
      "commitment to rebuilding its support (funding) for UNFPA = intent stated as a fact with its agent -> nominal "
      "033 asserted (held-out 17 row 22 'our commitment' nominal 03x), UNFPA -> org:UNFPA (new code, as org:UNICEF "
      "and org:UNHCR; borderline org:UN); 'implementing the directive of the Presidential Memorandum' is domestic"),
 11: ([], "ASEAN anniversary: 'we continue to be a champion for strong people-to-people ties' = an evaluation of a "
          "relationship; 'our ongoing support for YSEALI' = support for the US government's own exchange programme, "
          "no counterpart (borderline 051 USA/GOV -> null)"),
 12: ([], "INCSR: 'This means curbing the production of illicit drugs, interdicting drug shipments ...' = abstract "
          "tasks, no actor"),
 13: ([("our commitment to ensuring Russia pays a severe economic and diplomatic price", "131", "USA/GOV",
        "RUS/GOV", False, A, N, True),
       ("its further invasion of Ukraine", "192", "RUS/MIL", "UKR", False, A, N, True)],
      "Targeting elites (24 Mar 2022); 'steadfast in our commitment to ensuring Russia pays a severe economic and "
      "diplomatic price' = a statement of resolve, asserted (guideline 130/138; held-out 14 row 21 'readiness to "
      "impose swift, severe costs' 130), the costs named as economic and diplomatic = non-force -> 131 (borderline "
      "130, or 163 for the day's sanctions); nominal (a commitment noun with its agent); 'its further invasion' = "
      "Russia's -> nominal 192 RUS/MIL -> UKR (held-out 20 row 14)"),
 14: ([("The United States commends the Kingdom of Morocco", "051", "USA/GOV", "MAR/GOV", False, A, N, False),
       ("its collaboration in repatriating Abdul Latif Nasir", "063", "MAR/GOV", "USA/GOV", False, A, N, True),
       ("had been held at the Guantanamo Bay Detention Facility", "173", "USA/GOV", "MAR/CVL", False, A, N,
        False)],
      "Transfer of GTMO detainee; commends -> 051; Morocco's collaboration in repatriating the detainee (a transfer "
      "into Moroccan custody) = practical cooperation on a detainee -> judicial cooperation 063, nominal with its "
      "agent ('its'), partner the document's government (new: detainee repatriation as 063, like extradition; "
      "borderline 050 as held-out 10/11's cooperation nouns, or 062); his detention at Guantanamo = an agentless "
      "passive describing the US government's own act in a State Dept release -> USA/GOV (guideline exception), "
      "detain 173, a Moroccan citizen -> MAR/CVL; the repatriation itself is the cooperation, not coded again "
      "(borderline 174)"),
 15: ([("Wendy Sherman met today in Washington with", "040", "USA/GOV", "TUR/GOV", False, A, N, False)],
      "meeting with Deputy FM Onal -> 040; Washington is the venue"),
 16: ([("Blinken spoke today with", "040", "USA/GOV", "UKR/GOV", False, A, N, False),
       ("U.S. assistance to Ukraine", "070", "USA/GOV", "UKR", False, A, N, True),
       ("Russia’s brutal and unprovoked war", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "the splitter cut after 'Antony J.'; call with FM Kuleba -> 040 (held-out 21 row 33); U.S. assistance to "
      "Ukraine = aid noun with its agent, coded even as the call's topic (held-out 21 row 12) -> nominal 070 -> UKR; "
      "Russia's war -> nominal 190 RUS/MIL -> UKR (held-out 21 row 19); Ukraine defending itself is not coded"),
 17: ([("condemned", "111", "USA/GOV", "PRK/GOV", False, A, N, False),
       ("condemned", "111", "KOR/GOV", "PRK/GOV", False, A, N, False),
       ("ballistic missile launches by the DPRK", "150", "PRK/MIL", N, False, A, N, True)],
      "Sherman and First Vice FM Cho -> compound source split (guideline 'Sherman and Park condemned'); condemnation "
      "-> 111 to PRK/GOV; the launches -> nominal 150 PRK/MIL target null (held-out 20 row 21); 'expressed concern "
      "over Pyongyang's increasingly provocative behavior' = 01x, the behaviour an evaluative description"),
 18: ([("converse with local business leaders", "036", N, "USA/BUS", False, F, N, False)],
      "Experience America visit to Delaware (the splitter cut after 'Jeffrey W.'); the elided subject is the "
      "visiting foreign diplomats (ambassadors of many countries, an uncoded collective) -> source null; a scheduled "
      "meeting on the programme -> 036 future (held-out 14/15 schedule rule; held-out 18 row 0), Delaware business "
      "leaders -> USA/BUS (borderline source USA/GOV for the Protocol-led programme, or not coded); 'hear about' "
      "Delaware from officials = briefing, 01x"),
 19: ([("The two discussed", "040", "USA/GOV", "GBR/GOV", False, A, N, False),
       ("Putin’s continued assault on the Ukrainian people", "190", "RUS/GOV", "UKR/CVL", False, A, N, True)],
      "Blinken and Foreign Secretary Truss -> 040; the upcoming NATO ministerial and 'developing additional possible "
      "actions to ratchet up our response' are topics (held-out 15 row 1), not coded; Putin's assault = the war -> "
      "nominal 190 RUS/GOV (held-out 21 row 27 'President Putin's war'), target the people named -> UKR/CVL "
      "(held-out 19's 'war on the citizens of Ukraine')"),
 20: ([("is issuing a public list", "172", "USA/GOV", N, False, A, N, False)],
      "Section 353 list; issuing the list = the US government's designation of corrupt and undemocratic actors, whose "
      "effect the next sentence gives (ineligible for visas and admission) -> visa restrictions 172 (guideline; "
      "borderline 163 as designations); the listed individuals come from three countries -> null (held-out 5 row 2, "
      "the same list; borderline one event each to GTM, HND, SLV, named in the sentence as the place of the acts); "
      "the 'for' clause acts (undermining democratic processes, corruption, obstructing investigations) are not "
      "CAMEO acts between actors"),
 21: ([("The persons designated today", "163", "USA/GOV", "BLR/GOV", False, A, N, False),
       ("the subsequent brutal crackdown on protesters, journalists, and the political opposition", "175", "BLR/GOV",
        "BLR/CVL", False, A, N, True),
       ("the subsequent brutal crackdown on protesters, journalists, and the political opposition", "175", "BLR/GOV",
        "BLR/MED", False, A, N, True),
       ("the subsequent brutal crackdown on protesters, journalists, and the political opposition", "175", "BLR/GOV",
        "BLR/OPP", False, A, N, True)],
      "Belarus designations; 'designated today' = a passive for the US government's own act (guideline exception) -> "
      "sanctions 163 (earlier sets), the designees being Belarusian state bodies, officials and regime-linked "
      "entities -> BLR/GOV (borderline BLR); the designation's 'for' clause codes its acts (held-out 17, 20 row 10): "
      "the crackdown following the fraudulent election = repression 175 by the Lukashenka regime (named in the "
      "sentence; the document's title 'the Lukashenka Regime') -> BLR/GOV, one event per victim group: protesters "
      "BLR/CVL, journalists BLR/MED, the political opposition BLR/OPP; 'harmed the people of Belarus' is too vague "
      "for a CAMEO act; 'supported Lukashenka's repressive policies' = support of regime insiders for their own "
      "government, not coded (borderline 070 BLR/GOV -> BLR/GOV); the 'fraudulent presidential election' is an "
      "evaluation"),
 22: ([("Blinken joined the group for part of the meeting", "040", "USA/GOV", "SAU/GOV", False, A, N, False)],
      "meeting with Saudi Deputy Minister of Defense Khalid bin Salman (previous sentence) -> 040 (held-out 19/20 "
      "'joined the group' 040); the Yemen ceasefire efforts, the political process, economic reform and "
      "humanitarian relief for the Lebanese people are topics without an agent, not coded"),
 23: ([("the United States’ enduring and steadfast support", "051", "USA/GOV", "UKR", False, A, N, False)],
      "Sherman's call with European counterparts; 'emphasized that Ukraine continues to have the United States' "
      "support for its sovereignty and territorial integrity' = expressed support (held-out 18 row 13 'emphasized "
      "steadfast U.S. support' 051, nominal false as the act is the emphasis) -> 051, support for sovereignty -> the "
      "bare country (held-out 18 row 13)"),
 24: ([("Secretary Blinken and Foreign Minister Momen discussed", "040", "USA/GOV", "BGD/GOV", False, A, N, False),
       ("we have collaborated", "050", "USA/GOV", "BGD/GOV", False, A, N, False)],
      "-> 040; 'reflected on the ways we have collaborated over the last half century' = 'we' = the two countries, "
      "realised past cooperation -> 050 (held-out 12/13 'worked with every Israeli prime minister' 050); the Fulbright "
      "exchange is an instance of it, not coded again; 'economic potential of the relationship' is a topic"),
 25: ([("We also commend the United Nations agencies", "051", "USA/GOV", "org:UN", False, A, N, False),
       ("to provide aid to all those in need", "073", N, "ETH/CVL", False, A, N, False)],
      "Tigray convoy; commending UN agencies -> 051 to org:UN, the other commended parties (international "
      "organizations, U.S. government partners, humanitarian organizations) are uncoded collectives, dropped "
      "(held-out 2 compound rule); the humanitarian organizations' ongoing efforts to provide aid -> 073 with a null "
      "source (uncoded collective), the people in need across Ethiopia -> ETH/CVL (held-out 21 row 64)"),
 26: ([("providing humanitarian assistance to the people of Burma", "073", "USA/GOV", "MMR/CVL", False, D, N, False),
       ("providing humanitarian assistance to the people of Burma", "073", "THA/GOV", "MMR/CVL", False, D, N, False)],
      "Blinken with FM Don; 'underscored the importance of upholding shared values ... including by providing "
      "humanitarian assistance to the people of Burma' = a deontic without a request verb whose agents are the "
      "partners who share the values, the two governments of the meeting -> 073 demanded per source (held-out 20 row "
      "24, 21 row 18; borderline USA/GOV only, the emphasis being Blinken's); 'working through ASEAN to restore "
      "Burma's path to democracy' = a means of pressing the junta with no concrete act toward ASEAN, not coded "
      "(borderline 050 demanded -> org:ASEAN)"),
 27: ([("improves our cooperation on energy security", "050", "USA/GOV", "ARM/GOV", False, A, N, False)],
      "U.S.-Armenia civil nuclear MOU; 'This MOU improves our cooperation' = an inanimate subject standing for the two "
      "governments' act (held-out 9), 'our' = the United States and Armenia (previous sentence: 'enabling us to "
      "deepen our strategic cooperation') -> realised cooperation 050, from the document's government (held-out "
      "10/11 cooperation -> 050; borderline not coded as the agreement's effect); 'strengthens our diplomatic and "
      "economic relationship' = a relationship, an evaluation"),
 # --- State Dept random: nocue
 28: ([("the fourth convening of the Trilateral Working Group", "040", "USA/GOV", "CAN/GOV", False, A, N, True),
       ("the fourth convening of the Trilateral Working Group", "040", "USA/GOV", "MEX/GOV", False, A, N, True)],
      "joint readout; the statement's release = 01x; the realised convening of the working group whose participants "
      "the sentence names (the governments of Canada, Mexico and the United States) -> nominal 040 (held-out 4 "
      "meeting nouns giving their participants), trilateral -> from the document's government to each other party "
      "(held-out 21 row 20); violence against Indigenous women and girls is the topic"),
 29: ([("Thank you, Mr. Secretary", "051", "UZB/GOV", "USA/GOV", False, A, N, False)],
      "transcript turn of Uzbek FM Kamilov answering Blinken's welcome -> thanks 051 (held-out 20 row 34)"),
 30: ([("The delegations engaged in wide-ranging conversations", "040", "USA/GOV", "IND/GOV", False, A, N, False)],
      "U.S.-India Counternarcotics Working Group joint statement; the delegations' conversations -> 040, symmetric, "
      "from the document's government; 'increasing collaboration on counternarcotics' is the topic"),
 31: ([("is on travel to Japan", "042", "USA/GOV", "JPN", False, A, N, False),
       ("is on travel to Japan", "042", "USA/GOV", "KOR", False, A, N, False),
       ("is on travel to Japan", "042", "USA/GOV", "MNG", False, A, N, False)],
      "public schedule; a trip under way ('is on travel to', July 18-25, schedule of July 22) -> 042 asserted per "
      "destination, bare countries (held-out 16 row 36 'is on travel to Germany'; held-out 16/17)"),
 32: ([("gunfire from IDF positions was likely responsible for the death", "1823", "ISR/MIL", "PSE/MED", False, A, N,
        True)],
      "Abu Akleh; the USSC (U.S. Security Coordinator, part of the U.S. government) concluded = the document's own "
      "government (held-out 7: the President quoted in a release), reported_by null; gunfire from IDF positions "
      "killing the journalist -> killing of an individual 1823 (guideline), IDF -> ISR/MIL, nominal (the act is "
      "given as 'gunfire' and 'the death'); 'likely' = a hedged finding, kept asserted (borderline hypothetical); the "
      "Palestinian-American journalist -> PSE/MED (held-out 10: journalists -> MED; borderline USA/MED)"),
 33: ([], "pointer to the website"),
 34: ([("we were proud to stand with Croatia", "051", "USA/GOV", "HRV", False, A, N, False)],
      "Croatia Statehood Day; standing with Croatia at the dawn of relations 30 years ago = expressed support "
      "(held-out 15 row 36 'stands with' -> 051), realised in the past -> asserted, target the new state -> the bare "
      "country (as support for sovereignty, held-out 18 row 13)"),
 35: ([], "Global Coalition to Defeat ISIS communiqué: 'The Ministers affirmed that ensuring the enduring defeat of "
          "Daesh/ISIS ... remains the number one priority' = a statement of priorities; the Coalition and ISIS have "
          "no code (held-out 3), the defeat is agentless (borderline 190 null -> null)"),
 36: ([("is immensely grateful", "051", "USA/GOV", "RUS/CVL", False, A, N, False)],
      "U.S. Mission Russia; gratitude to the mission's locally employed staff and contractors (Russian and "
      "third-country nationals the Russian government forces the mission to let go, next paragraph) -> 051 -> "
      "RUS/CVL (borderline not coded as thanks to one's own staff, held-out 20 row 38's workplace award)"),
 37: ([], "World Refugee Day: 'more than 100 million people forcibly displaced' = agentless, no act"),
 38: ([("We have a lot to talk about", "036", "USA/GOV", "EST/GOV", False, F, N, False)],
      "Blinken with FM Liimets before their meeting; 'We have a lot to talk about ... we'll cover that and much more' "
      "= consulting in the meeting about to be held -> 036 future, one event (held-out 21 row 28 'we'll compare "
      "notes'); 'Russia's aggressive posture' = an evaluative description (guideline; borderline nominal 154 RUS/MIL, "
      "the February 2022 build-up)"),
 39: ([], "New Year greetings: well-wishing, not coded (held-out 7)"),
 40: ([("civilian casualties", "190", "RUS/MIL", "UKR/CVL", False, A, N, True)],
      "OSCE Moscow Mechanism; 'media reports' with no named source -> reported_by null (guideline 'reportedly'); "
      "'human rights abuses and violations of humanitarian law by Russia's forces' are evaluative (held-out 6 row "
      "62, 9, 21 row 44), but their concrete instances, 'including the mounting number of civilian casualties and "
      "extensive damage to civilian infrastructure', are the harm of Russia's forces' attacks -> one nominal 190 "
      "RUS/MIL -> UKR/CVL (the damage is the same attacks; borderline 175 for 'human rights abuses', or not coded "
      "as reports only)"),
 41: ([("We stand with the families of those who lost their loved ones", "051", "USA/GOV", "BIH/CVL", False, A, N,
        False)],
      "Srebrenica anniversary; standing with the victims' families and those seeking justice (same group) -> 051 "
      "(held-out 15 row 36 'stands with'; borderline condolence, 01x, as held-out 10/11's solidarity after a "
      "disaster), one event -> BIH/CVL; 'seek justice' is not a CAMEO act"),
 # --- UNGDC random: neg
 42: ([("does not become a haven for terrorist individuals and groups", "070", "AFG/GOV", N, True, D, N, False),
       ("receive the international support and assistance", "070", N, "AFG/CVL", False, D, N, False)],
      "Qatar (2023); 'It must also be ensured that' = a deontic without a request verb (guideline) -> Y coded, "
      "demanded; Afghanistan becoming a haven for terrorists = harbouring them -> support 070 (held-out 5), its "
      "agent the caretaker (Taliban) Government of the previous sentence -> AFG/GOV (borderline bare AFG), the "
      "terrorist groups unnamed -> null, demanded not to happen -> negated and demanded (held-out 14/15 'important "
      "that we not aid and abet'); the Afghan people receiving international support and assistance -> aid 070 with "
      "a null source (the international community), recipient AFG/CVL (held-out 21 row 39: null-source demanded "
      "acts); enjoying rights is not an act"),
 43: ([], "Portugal: 'I support Our Common Agenda and the reform proposals' = support for a UN report and reform, "
          "an abstract policy position (held-out 7); 'priorities that we have never abandoned' = a policy stance, "
          "not an event negation"),
 44: ([], "Slovenia: 'We must be ambitious, even if we do not agree on solutions' = 'we' = all member states, "
          "null-null"),
 45: ([], "Algeria: the pandemic has not deterred Algeria from implementing the SDGs = domestic, no counterpart"),
 46: ([], "Nauru: the agreements risk being worthless 'without adequate and predictable support from the "
          "international community' = a conditional need, collective source and no recipient named (borderline 070 "
          "null -> NRU/GOV, negated hypothetical)"),
 # --- UNGDC random: future
 47: ([("which I will sign this afternoon", "030", "DOM/GOV", N, False, F, N, False)],
      "Dominican Republic (2023); 'which I will sign this afternoon' (the BBNJ Agreement) = a future cooperative act "
      "-> intent code with modality future (held-out 4 row 16 'will sign a compact' 0311 future), a multilateral "
      "environmental treaty -> generic 030 (borderline 057 future), target null (multilateral accords, held-out 21 row "
      "17); 'the recent adoption' is agentless"),
 48: ([], "Andorra: the anniversary year and the pandemic: no act"),
 # --- UNGDC random: demand
 49: ([], "Republic of Korea: 'We must expand those benefits [of education] on a global scale' = a deontic with no "
          "named counterpart (borderline 070 demanded KOR/GOV -> null)"),
 50: ([], "Belarus: 'We must not ignore another topic ... human rights' = no act"),
 51: ([], "Bhutan: 'We should remember the vulnerabilities' = no act"),
 52: ([], "Lesotho: 'we should not forget the plight of the Sahrawi and the Palestinian people, who continue to live "
          "under oppression' = remembrance, and the oppression has no agent"),
 # --- UNGDC random: cue
 53: ([], "Mozambique: the Government mobilizing humanitarian assistance for its own internally displaced people and "
          "promoting development = domestic policy, not coded (earlier sets: 'our people' domestic; borderline 073 "
          "MOZ/GOV -> MOZ/CVL)"),
 54: ([], "Sri Lanka: daily-wage earners supported through grants = agentless domestic policy"),
 55: ([("My country held a global conference", "043", "OMN/GOV", N, False, A, N, False)],
      "Oman (2023); holding a global ministerial conference on antibiotic resistance = hosting -> 043 (guideline "
      "host/convene), participants unnamed -> null (held-out 21 row 55)"),
 56: ([("in cooperation with the World Health Organization", "050", "TJK/GOV", "org:WHO", False, A, N, True)],
      "Tajikistan (2020); measures against COVID-19 taken 'in cooperation with the World Health Organization, countries "
      "and development partners' = a cooperation noun with its partners -> nominal 050 (held-out 10/11) to org:WHO "
      "(held-out 13), the countries and partners uncoded, dropped; the domestic efforts to increase medication are "
      "not coded"),
 57: ([("I would like to extend my sincerest thanks to the partners", "051", "SEN/GOV", N, False, A, N, False),
       ("who have already expressed their support", "051", N, "org:AU", False, A, N, False),
       ("invite others to give favourable consideration to our candidacy", "102", "SEN/GOV", N, False, A, N, False)],
      "Senegal (2022, President Sall also AU chair); 'our candidacy' = the African Union's request for a G20 seat "
      "(previous sentence); thanks to unnamed partners -> 051 target null (held-out 14/15); their expressed support "
      "for the candidacy -> 051 with a null source, target org:AU (held-out 16 row 49: the AU's endorsement of Benin's candidacy); inviting "
      "others (null) to consider the candidacy favourably = a request for policy support -> 102 (held-out 16 row 49)"),
 58: ([], "Sao Tome and Principe: 'our appeals at summit after summit ring hollow' = 'our' = leaders in general, "
          "an evaluation, null-null"),
 59: ([("I appeal to all of us", "100", "SUR/GOV", N, False, A, N, False)],
      "Suriname (2023); an appeal (guideline: appeals -> 10x) to 'all of us' (collective -> null) to work towards a "
      "better world order and recommit to the Charter = vague Y -> 100 target null (held-out 20 row 53, 64)"),
 60: ([("we need the support of the international community", "073", N, "SSD/GOV", False, D, N, False)],
      "South Sudan (2022); 'we need the support of the international community to reach all the flood- and "
      "drought-affected areas' = the international community (null) needs to support us -> a deontic without a "
      "request verb (guideline 'needs to', 'it is important to help X') -> humanitarian aid 073 demanded, null "
      "source, the speaker's government (borderline not coded as a need statement, held-out 20 row 40, whose "
      "provider was not named)"),
 61: ([("India offers partnerships", "030", "IND/GOV", N, False, A, N, False)],
      "India (2022); offering partnerships to countries of Asia, Africa and Latin America (regions, uncoded) = "
      "express intent to cooperate -> 030 asserted (held-out 18 row 56 'offers its full support' 03x), target null; "
      "'meet our own development targets' is not a meeting"),
 62: ([("we are pleased to have recently welcomed the United Kingdom", "051", "PLW/GOV", "GBR/GOV", False, A, N,
        False),
       ("we are committed to working with it", "030", "PLW/GOV", "GBR/GOV", False, A, N, False)],
      "Palau (2022); 'we' = the speaker's government (guideline; the co-chairmanship with Norway is a role, not "
      "split); welcoming the United Kingdom as the ocean panel's seventeenth member -> 051 (borderline 057 or not "
      "coded as an internal panel matter); 'committed to working with it and all panel members' = intent stated as a "
      "fact -> 030 asserted to the UK ('it'), the other members an uncoded collective, dropped"),
 63: ([], "Burundi: 'It [cultural diversity] unites people, supports social cohesion' = inanimate, generic"),
 64: ([("Romania has extended a strong, multidimensional support", "070", "ROU/GOV", "UKR", False, A, N, False),
       ("Romania has extended a strong, multidimensional support", "070", "ROU/GOV", "UKR/CVL", False, A, N, False),
       ("we are committed to maintain it", "033", "ROU/GOV", "UKR", False, A, N, False),
       ("we are committed to maintain it", "033", "ROU/GOV", "UKR/CVL", False, A, N, False)],
      "Romania (2024); the multidimensional support for Ukraine (political, military, humanitarian) = one support "
      "noun of mixed kinds -> the generic aid code 070 coded once per target (held-out 20/21: one aid noun of mixed "
      "kinds; borderline 051), 'Ukraine and its people' -> UKR (as 'assistance to Ukraine') and UKR/CVL; 'we are "
      "committed to maintain it' = explicit intent stated as a fact -> 033 asserted per target (held-out 21 row 27); "
      "'the Russian war against Ukraine' is in the previous sentence"),
 65: ([], "Guinea-Bissau: 'strengthening bonds of friendship and cooperation with the world' = abstract, 'the world' "
          "uncoded"),
 66: ([], "Nigeria: 'That equally calls for addressing the burden of unsustainable external debt' = an inanimate "
          "subject, not a request by an actor (held-out 21 row 51); the global commitment and debt cancellation are "
          "agentless"),
 # --- UNGDC random: nocue
 67: ([], "Austria: 'We will emerge from this era stronger' = no act"),
 68: ([], "Zimbabwe: 'No nation ... can stand alone' = generic"),
 69: ([], "Liberia: 'we state actors ... have been guilty of window-dressing climate issues' = a self-critical "
          "evaluation of all states, null-null"),
 70: ([], "Niger: climate change causes droughts: no actor"),
 71: ([], "Oman: national vaccination campaign and reopening = domestic policy"),
 72: ([("provided much needed and appreciated grant financing", "071", N, "SOM/GOV", False, A, N, False)],
      "Somalia (2021); 'many of our valuable international partners, including the International Financial "
      "Institutions' (unnamed, uncoded) provided grant financing against the pandemic's impact -> economic aid 071 "
      "with a null source (held-out 21 row 64), recipient 'our' = the speaker's government (held-out 19 row 66); "
      "'the trust between the Somali government and ... international partners' is the previous sentence"),
 73: ([], "Afghanistan (2020): 'peace remains our most urgent and important priority' = a priority, no act"),
 74: ([], "Switzerland: 'The conference at the Burgenstock marked an important step' = an event noun without an agent "
          "in the sentence (hosted by Switzerland, previous sentence), not coded (guideline)"),
 75: ([], "Fiji: the adoption of the Multidimensional Vulnerability Index = agentless, no act"),
}
