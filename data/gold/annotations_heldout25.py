"""Hand annotations for the TWENTY-FIFTH held-out event gold set (source of events-heldout25.jsonl).

Keyed by the row index of selection-heldout25.jsonl (output of select_later_heldout.py 25).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout25.jsonl \
        --annotations annotations_heldout25 --output events-heldout25.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will also speak with students and faculty", "036", "USA/GOV", "ESP/EDU", False, F, N, False),
      ("participate in a discussion with women entrepreneurs", "036", "USA/GOV", "ESP/BUS", False, F, N, False)],
     "Sherman's Madrid stop; scheduled meetings on the trip -> 036 future per party (held-out 18 row 0, 21 row 0, 22 "
     "row 18 'converse with local business leaders' -> /BUS): students and faculty of a Madrid-based university -> "
     "ESP/EDU (held-out 14 universities -> EDU), women entrepreneurs in Madrid -> ESP/BUS (borderline ESP/CVL, or "
     "not coded as a public talk rather than a meeting)"),
 1: ([("will meet with European Union officials", "036", "USA/GOV", "org:EU", False, F, N, False)],
     "SBO Kamian (State Department Bureau of Energy Resources) -> USA/GOV; 'will meet' -> 036 future (guideline), EU "
     "officials -> org:EU; Brussels is the venue; 'to discuss' is the purpose of the same meeting (the visit of March "
     "19-21 is under way on the release date, but the sentence's 'will meet' is kept as future)"),
 2: ([("look forward for our discussion", "036", "QAT/GOV", "USA/GOV", False, F, N, False)],
     "FM Al-Thani before his meeting with Blinken; 'look forward to' + the meeting about to be held -> 036 future "
     "(guideline; held-out 21 row 28, 22 row 38); 'help in advancing this relationship' = the hoped-for effect, an "
     "evaluation, not coded"),
 # --- State Dept random: demand
 3: ([("jointly condemned", "111", "USA/GOV", "PRK/GOV", False, A, N, False),
      ("jointly condemned", "111", "KOR/GOV", "PRK/GOV", False, A, N, False),
      ("jointly condemned", "111", "JPN/GOV", "PRK/GOV", False, A, N, False),
      ("the DPRK’s increasingly escalatory launches", "150", "PRK/MIL", N, False, A, N, True),
      ("called on the DPRK", "1056", "USA/GOV", "PRK/GOV", False, A, N, False),
      ("called on the DPRK", "1056", "KOR/GOV", "PRK/GOV", False, A, N, False),
      ("called on the DPRK", "1056", "JPN/GOV", "PRK/GOV", False, A, N, False)],
     "Sherman and her counterparts (ROK First Vice FM Choi, Japanese Vice FM Mori, previous sentence) -> compound "
     "source split into three (held-out 15 row 16, 22 row 17 'jointly condemned'); the missile launches -> nominal 150 "
     "PRK/MIL, target null (held-out 15, 22); the call to stop its destabilizing actions and return to diplomacy -> "
     "one request per caller, most specific sub-code de-escalation 1056 (held-out 14 row 5, same two demands; "
     "borderline 106), Y not coded separately"),
 4: ([("strengthen the defense", "154", "org:NATO", N, False, D, N, False)],
     "Estonian FM Liimets (speaker's own words in a State Dept transcript, reported_by null); 'We must continue to "
     "strengthen the defense and the ... posture here in NATO, especially in the eastern flank' = a deontic without a "
     "request verb -> Y coded, demanded; Y = reinforcing allied force posture on the eastern flank -> 154 (guideline "
     "troop build-ups -> 154); 'we' = the Allies 'here in NATO' -> org:NATO (borderline EST/GOV and USA/GOV split); "
     "no counterpart named -> target null (borderline RUS, the implied adversary; or not coded as a defensive "
     "posture with no counterpart)"),
 5: ([("The Secretary urged President Saied", "106", "USA/GOV", "TUN/GOV", False, A, N, False),
      ("stay engaged", "030", "USA/GOV", "TUN/GOV", False, F, N, False)],
     "call with President Saied (the day after his suspension of parliament); the urging to maintain open dialogue "
     "with all political actors and the Tunisian people -> request, Y = dialogue -> 106 (held-out 8 'call on the "
     "DPRK to engage in dialogue' -> 106; borderline 104 political reform); 'noting that the United States would "
     "continue to monitor the situation and stay engaged' = the document's own Secretary (reported_by null) stating "
     "future engagement -> 030 future to Tunisia (guideline: future engage -> 03x; borderline not coded as vague, "
     "'monitor' is not an act)"),
 6: ([("The United States condemns torture", "111", "USA/GOV", N, False, A, N, False),
      ("strongly urges governments", "1043", "USA/GOV", N, False, A, N, False)],
     "International Day in Support of Victims of Torture; condemning torture wherever it occurs -> 111 with no named "
     "perpetrator -> target null (held-out 12 row 22, 21 row 58); urging 'governments' (an uncoded collective) -> "
     "request with target null (held-out 21 row 5); Y = abide by obligations (not codable) and end impunity for "
     "torture -> rights 1043 (borderline 100); 'torture' has no agent in the sentence"),
 7: ([("The two condemned", "111", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("The two condemned", "111", "FRA/GOV", "RUS/GOV", False, A, N, False),
      ("committed by Putin’s forces", "200", "RUS/MIL", "UKR", False, A, N, False),
      ("must stop", "087", "RUS/MIL", "UKR", False, D, N, False)],
     "Sherman and French MFA SG Delattre -> compound source split; condemnation -> 111 to RUS/GOV (held-out 15 row 3: "
     "also when the condemned acts are RUS/MIL's); the abuses committed by Putin's forces in Bucha = the Bucha "
     "atrocities ('such atrocities') -> 200 RUS/MIL -> UKR, not nominal (held-out 15 row 3 'committed by Russia's "
     "forces', 19 row 8; borderline UKR/CVL, or 175 for 'human rights abuses'); 'such atrocities must stop' = a "
     "deontic without a request verb, agent from the same sentence -> de-escalation 087 demanded (held-out 20 row 8 "
     "'must cease' -> 087; held-out 13 row 7 'must stop'); 'the perpetrators ... must be held accountable' = "
     "accountability, not a CAMEO act (held-out 18, 21 row 24)"),
 8: ([("The United States again urges", "1056", "USA/GOV", N, False, A, N, False)],
     "Tigray air strike; one request verb with three demands (ceasefire, humanitarian access, protection of "
     "civilians) -> the most specific, first-named: ceasefire = de-escalation 1056 (held-out 3, 9); the parties to "
     "the Tigray conflict are not named (only 'the Ethiopian authorities', addressed earlier for medical access) -> "
     "target null (held-out 3 unnamed parties; borderline ETH/GOV from the context)"),
 # --- State Dept random: cue
 9: ([("discussed", "040", "USA/GOV", "TUR/GOV", False, A, N, False),
      ("the Kremlin’s war against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "call with FM Cavusoglu -> 040, symmetric, from the document's government; the Kremlin's war -> nominal 190, "
     "metonym -> RUS/GOV (held-out 18 row 38, 21 row 1); 'President Putin's war of choice' is a repeated mention of "
     "the same war, coded once; 'ongoing diplomatic efforts to stop' the war have no agent in the sentence"),
 10: ([("spoke today with", "040", "USA/GOV", "COL/GOV", False, A, N, False),
       ("Russia’s premeditated, unprovoked, and unjustified attack on Ukraine", "190", "RUS/MIL", "UKR", False, A, N,
        True)],
      "Sherman's call with VP/FM Ramirez -> 040 (held-out 15 calls -> 040); Russia's attack on Ukraine (24 Feb 2022) "
      "-> nominal 190 RUS/MIL -> UKR (held-out 15, 16, 21 row 19)"),
 11: ([("met with", "040", "USA/GOV", "UKR/GOV", False, A, N, False)],
      "Counselor Chollet met the PM, FM, Head of the Presidential Office and Deputy FM -> all UKR/GOV, one event per "
      "actor pair (guideline); Kyiv is the venue; the trip itself (title) is not coded separately as 042 (borderline)"),
 12: ([("reiterated the U.S. government’s support for the immediate and unconditional release", "1053", "USA/GOV",
        "CHN/GOV", False, A, N, False),
       ("has arbitrarily detained", "173", "CHN/GOV", "CAN/CVL", False, A, N, False)],
      "Sherman with Canadian Deputy FM Morgan; reiterating support for the release of those the PRC detains = "
      "endorsing a release demand aimed at the detaining government -> 1053 USA/GOV -> CHN/GOV (borderline 051 to "
      "CAN/CVL); the detention itself, named with its agent in a relative clause -> 173 (held-out 12 row 5: a "
      "realised act inside a request is coded too), 'all those' uncoded, Kovrig and Spavor named as Canadian citizens "
      "-> CAN/CVL (held-out 2 compound rule)"),
 13: ([], "Arctic fisheries agreement: the agreement's objectives (prevention of fishing, facilitation of research) "
          "are its content, agentless, no act between actors"),
 14: ([], "Blinken with FM Allamand before their meeting: 'this is especially welcome' = an evaluation of the "
          "face-to-face meeting (previous sentence), and 'Chile is such an important partner' an evaluation "
          "(guideline; borderline 042 CHL/GOV -> USA as held-out 12's welcome of a visiting official)"),
 15: ([], "Eid message: people of all walks of life providing assistance to those in need = generic, no actor pair"),
 16: ([("He underscored the United States’ resolute support", "051", "USA/GOV", "UKR", False, A, N, False),
       ("continuing Russian aggression", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "Blinken's call with FM Baerbock; the US's support for Ukraine's sovereignty and for its self-defence efforts "
      "-> one 051 (one support noun with two objects coded once, held-out 16/17), support for sovereignty -> the "
      "bare country (held-out 18 row 13), trigger as held-out 14 row 23 'reaffirmed the United States' support' "
      "(not nominal); 'continuing Russian aggression' -> nominal 190 RUS/MIL -> UKR (held-out 20 'further Russian "
      "aggression'); Ukraine defending itself is not coded (held-out 21 row 27)"),
 17: ([("U.S.-EU cooperation", "050", "USA/GOV", "org:EU", False, A, N, True)],
      "U.S.-EU Human Rights Consultations; 'Discussions' is a meeting noun without an agent in the sentence (the "
      "State Department and EU officials are in the previous sentence) -> not coded (guideline); U.S.-EU cooperation "
      "in multilateral fora = a cooperation noun naming its parties -> nominal 050 (held-out 7 'U.S.-EU "
      "coordination'; held-out 21 row 1: coded even as a discussion topic); the protection of communities is "
      "agentless"),
 18: ([("is working together with our partners and allies", "050", "USA/GOV", N, False, A, N, False)],
      "Water security action plan (the sentence runs on across a stray dash); the Department working together with "
      "'our partners and allies' (an uncoded collective) -> ongoing cooperation 050 with target null (held-out 15 "
      "row 17 'are doing together' -> 050; held-out 21 row 56 collective -> null); 'to facilitate water "
      "cooperation and engagement' is the purpose of the same cooperation"),
 19: ([("discussed", "040", "USA/GOV", "QAT/GOV", False, A, N, False),
       ("Russia’s unprovoked war on Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True),
       ("reaffirmed their support to the Ukrainian people", "051", "USA/GOV", "UKR/CVL", False, A, N, False),
       ("reaffirmed their support to the Ukrainian people", "051", "QAT/GOV", "UKR/CVL", False, A, N, False)],
      "Blinken and FM Al-Thani -> 040, symmetric, from the document's government; Russia's war -> nominal 190 RUS/MIL "
      "-> UKR (held-out 21 row 19); 'their support' = both discussants -> compound source split, expressed support "
      "-> 051 (guideline; borderline 070), the Ukrainian people -> UKR/CVL"),
 20: ([("Secretary Blinken thanked Minister Al-Thani", "051", "USA/GOV", "QAT/GOV", False, A, N, False),
       ("has played in support of efforts", "051", "QAT/GOV", N, False, A, N, False),
       ("has played in support of efforts", "051", "QAT/GOV", "USA/GOV", False, A, N, False),
       ("U.S. efforts to provide safety and security to Afghan nationals", "070", "USA/GOV", "AFG/CVL", False, A, N,
        True)],
      "call of 13 Aug 2021; thanks -> 051; Qatar's realised role 'in support of' two sets of efforts -> support "
      "aimed at a process goes to its named parties (held-out 8): the negotiated settlement in Afghanistan names no "
      "party -> target null (borderline AFG/GOV and AFG/REB from background, or 045 for Qatar's hosting of the "
      "talks, not stated here), the U.S. efforts -> USA/GOV (borderline 050/060 as cooperation rather than 051); "
      "the U.S. efforts to provide safety and security to Afghan nationals = an act noun with its agent -> nominal "
      "070 -> AFG/CVL (borderline 075 for the relocation of Afghans, or 074)"),
 21: ([("met today in Washington, D.C. with", "040", "USA/GOV", "ARE/GOV", False, A, N, False)],
      "Sherman with UAE Presidential Advisor Gargash -> 040; Washington is the venue; 'to address strategic issues "
      "and work to promote a more peaceful Middle East' is the purpose of the meeting"),
 22: ([("They condemned", "111", "USA/GOV", "RUS/GOV", False, A, N, False),
       ("They condemned", "111", "org:EU", "RUS/GOV", False, A, N, False),
       ("the Russian Federation’s decision to recognize", "054", "RUS/GOV", N, False, A, N, True),
       ("the order to dispatch additional Russian troops", "154", "RUS/GOV", "UKR", False, A, N, True)],
      "'They' = Blinken and EU HR/VP Borrell (previous sentence) -> compound source split, Borrell -> org:EU; "
      "condemnation -> 111 to RUS/GOV; Russia's decision to recognize the 'independence' of the purported republics "
      "(decrees of 21 Feb 2022) -> nominal 054 (grant diplomatic recognition) RUS/GOV, the purported Donetsk and "
      "Luhansk republics have no code (breakaway entities, held-out 5 Somaliland, 9 Nagorno-Karabakh) -> target "
      "null (borderline UKR); the order to dispatch additional Russian troops (into eastern Ukraine) -> nominal 154 "
      "troop build-up, the order's agent is the Russian Federation of the coordinated noun -> RUS/GOV (borderline "
      "RUS/MIL, or 192 for the entry into Ukrainian territory), target UKR"),
 23: ([], "Blinken on Bucha: 'there's a very important effort to put the evidence together ... to support the "
          "different investigations' = an agentless existential, the investigations agentless (the previous "
          "sentence's 'We're working' is outside this sentence)"),
 24: ([("The Secretary commended Chile’s vaccination campaign", "051", "USA/GOV", "CHL/GOV", False, A, N, False)],
      "Blinken's call with FM Allamand; commending -> 051 (guideline) to Chile's government; the vaccination "
      "campaign is domestic, not coded"),
 25: ([("We appreciate our joint work", "051", "USA/GOV", "COL/GOV", False, A, N, False),
       ("our joint work with the Administration of President Iván Duque", "050", "USA/GOV", "COL/GOV", False, A, N,
        True),
       ("look forward to working closely with the Administration of President-elect Gustavo Petro", "030", "USA/GOV",
        "COL/GOV", False, F, N, False)],
      "Blinken's Colombia Independence Day message; 'we appreciate' = thanks/praise -> 051 (held-out 12 row 15 'we "
      "appreciate Serbia's availability', 19 row 19); the joint work with the Duque administration = a realised "
      "cooperation noun naming its parties -> nominal 050 (held-out 7, 15 row 17; borderline not coded, covered by "
      "the 051); 'look forward to working closely' -> 030 future (held-out 14, 18 row 34), a president-elect's "
      "administration = the incoming government -> COL/GOV (held-out 16); the purposes (climate, Peace Accord "
      "implementation) are not separate acts"),
 26: ([("discussed", "040", "USA/GOV", "PAN/GOV", False, A, N, False)],
      "Blinken (and DHS Secretary Mayorkas, also USA/GOV) with President Cortizo and FM Mouynes -> one 040, "
      "symmetric, from the document's government; 'regional cooperation on irregular migration' has no named agent"),
 27: ([("Russian aggression", "190", "RUS/MIL", N, False, A, N, True),
       ("the People’s Republic of China’s human rights abuses", "175", "CHN/GOV", "CHN/CVL", False, A, N, True),
       ("coercive trade practices", "170", "CHN/GOV", N, False, A, N, True)],
      "Blinken and FM Le Drian (July 2021); 'agreed on the need for joint U.S.-European efforts to stand up to ... "
      "and to address ...' = a shared view with a deontic whose Y (stand up to, address) is not a specific CAMEO act, "
      "not coded (borderline 050 demanded for the joint efforts; 'agreed on the need' is not 057, held-out 21 row "
      "18); the realised acts named inside it are coded (held-out 12 row 5): 'Russian aggression' -> nominal 190 "
      "RUS/MIL, no victim named in the sentence or document -> target null (borderline UKR); the PRC's human rights "
      "abuses -> nominal 175 CHN/GOV -> CHN/CVL (held-out 18 'the Cuban government's human rights abuses' -> 175); "
      "its coercive trade practices (the possessor distributes over the list) -> nominal 170, target null "
      "(held-out 22/23 'pressure campaign against Taiwan' -> 170; borderline 163, or evaluative); 'aggressive "
      "foreign policy' is evaluative, not coded"),
 # --- State Dept random: nocue
 28: ([], "Equity Action Plan item: embedding E.O. principles in public diplomacy programming = internal policy"),
 29: ([("I congratulate the people of Estonia", "051", "USA/GOV", "EST/CVL", False, A, N, False)],
      "Blinken's Estonia National Day message; 'I congratulate' is performative -> 051 asserted (held-out 6 row 44 "
      "'congratulated Jamaicans everywhere' -> JAM/CVL; congratulation is praise, unlike well-wishing, held-out 7), "
      "the people of Estonia -> EST/CVL; celebrating independence is not an act"),
 30: ([("are being designated", "163", "USA/GOV", "BIH/GOV", False, A, N, False)],
      "sanctions designation of Marinko Cavara (President of the Federation of BiH) and Alen Seranic (Republika "
      "Srpska minister) -> passive for the US government's own administrative act -> USA/GOV (guideline); "
      "sub-national governments take the country's GOV (guideline, Bougainville) -> both BIH/GOV, one event per "
      "actor pair; 'are being designated' = the day's action in the present progressive -> asserted (held-out 21 "
      "row 31 'is restarting'); the 'for' clause's acts ('actions or policies that undermine democratic processes') "
      "are generic and evaluative, not a CAMEO act (held-out 16/17, 20/21 designation rules)"),
 31: ([], "Sung Kim's travel to Honolulu = domestic travel (held-out 20 row 29: domestic destinations not coded); "
          "the trilateral meeting he will host is in the next sentence"),
 32: ([], "Pride Month: events 'banned by governments' (an uncoded collective) and 'violently disrupted by those "
          "motivated by hatred' (unnamed), the organisers unnamed -> null-null, not coded (held-out 20 row 7)"),
 33: ([("We will engage with electronic payment processors", "030", "USA/GOV", "USA/BUS", False, F, N, False)],
      "Cuba measures; 'We will engage with' -> future cooperative act -> 030 future (guideline: engage -> 03x; "
      "borderline 036), payment processors = companies -> USA/BUS (held-out 3, 22 row 18; cross-sector domestic acts "
      "are coded, held-out 19 row 10; borderline target null, nationality not stated); 'to encourage increased Cuban "
      "market accessibility' is the purpose"),
 34: ([], "joining the IGF = joining a multilateral forum with no named counterpart (held-out 12 row 9, 14 row 68), "
          "not coded; 'strengthens its dedication to mining' = a policy position"),
 35: ([("spoke today by phone with", "040", "USA/GOV", "UKR/GOV", False, A, N, False)],
      "the splitter cut after 'Antony J.'; call with FM Kuleba -> 040 (held-out 15 calls -> 040, held-out 21 row 33)"),
 36: ([("addressed", "040", "USA/GOV", "CUB/GOV", False, A, N, False),
       ("resumption of immigrant visa services", "081", "USA/GOV", "CUB/CVL", False, F, N, True)],
      "U.S.-Cuba migration talks with Cuban officials (context); 'The United States also addressed consular services' "
      "in the talks = raising a topic with the counterpart -> 040 (guideline 'raised with' -> 040), target the "
      "Cuban delegation -> CUB/GOV; the resumption of immigrant visa services at U.S. Embassy Havana 'starting in "
      "May' -> easing of an administrative restriction 081 (guideline visa restrictions -> 172, so their lifting "
      "-> 081), future, nominal, the Embassy -> USA/GOV, Cuban applicants -> CUB/CVL (borderline not coded as a "
      "consular service, not an easing of sanctions); American citizen services are domestic"),
 37: ([("The Attorney General’s efforts to target anticorruption and other prosecutors", "175", "GTM/JUD", "GTM/JUD",
        False, A, N, True)],
      "Guatemala's Attorney General Porras (head of the Public Ministry -> GTM/JUD, held-out 15 row 39) targeting "
      "prosecutors = the politically motivated arrests and detentions named in the document's first sentence -> a "
      "nominal act with its agent, repression 175 (held-out 4 'assault on media freedom' -> 175; borderline 173), "
      "prosecutors -> GTM/JUD; 'a disturbing trend of corruption and the weakening of democratic institutions' is "
      "agentless"),
 38: ([("I congratulate the people of Greece", "051", "USA/GOV", "GRC/CVL", False, A, N, False)],
      "Blinken's Greece Independence Day message; congratulation -> 051 as row 29 (held-out 6 row 44), 'on behalf of "
      "the Government and people' = the speaker's government, one source (held-out 14 row 22); the people of Greece "
      "-> GRC/CVL"),
 39: ([], "press contact line"),
 40: ([("the first time the U.S. has chaired", "036", "USA/GOV", N, False, F, N, False)],
      "ATCR in Geneva (release of 17 June, event from 20 June); the U.S. chairing the coming consultations = hosting a "
      "future meeting -> 036 future (guideline: future host -> 036; held-out 18 row 1 'will host'), the 28 other "
      "governments unnamed -> target null (held-out 18 row 67, 21 row 55 null participants; borderline not coded, "
      "the chairing being presupposed here and stated in the previous sentence)"),
 41: ([], "Liberia National Day: 'Our intertwined histories ... make our relationship so special' = an evaluation"),
 # --- UNGDC random: future
 42: ([], "Kuwait (2022): 'Tensions and instability will remain ... until ... Israel, the occupying Power, ceases its "
          "continuous violations of international humanitarian law' = a conditional forecast, the violations "
          "evaluative, the rights agentless (held-out 21 row 44, the same formula in another Kuwaiti speech; "
          "borderline 200 ISR/GOV -> PSE/CVL)"),
 43: ([], "Equatorial Guinea: 'it is to be hoped that we will forge partnerships' = optative, 'we' = world leaders "
          "in general (collective) with no named partner -> null-null, not coded (held-out 12 rows 54, 62)"),
 # --- UNGDC random: demand
 44: ([], "Guinea-Bissau: 'We must support the most vulnerable ... ensure that all countries ... have access to "
          "vaccines' = a deontic whose 'we' is the international community (collective) and whose beneficiaries are "
          "unnamed -> null-null, not coded (held-out 15 row 60 borderline)"),
}
