"""Hand annotations for the TWO-HUNDRED-AND-THIRTY-SEVENTH held-out event gold set (source of events-heldout237.jsonl).

Keyed by the row index of selection-heldout237.jsonl (output of select_statement_sentence_heldout.py 237; rows 0-21
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 22-40
from statements_ungdc_2020_2024.jsonl, UN General Debate speeches of 2020-2024).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's or release's date; the speaker of a briefing turn or of a
transcript is the one named at the head of that turn (journalists' questions are their own words).
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout237.jsonl \\
        --annotations annotations_heldout237 --output events-heldout237.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([], "Release on the groundbreaking of the new U.S. Consulate General in Milan (6 Apr 2022): 'The new U.S. Consulate "
         "General campus ... will offer a modern public gathering space and gateway welcoming visitors and staff' = a "
         "description of a building's future use, no act between political actors ('welcoming visitors' is the "
         "gateway's function, not a hosting act); the 'strengthening ties' of the sentence before are not in this "
         "sentence"),
 1: ([("will meet", "036", "USA/GOV", "SAU/GOV", False, F, N, False),
      ("will meet", "036", "USA/GOV", "SAU/CVL", False, F, N, False),
      ("will meet", "036", "USA/GOV", "BHR/GOV", False, F, N, False),
      ("will meet", "036", "USA/GOV", "BHR/CVL", False, F, N, False),
      ("will meet", "036", "USA/GOV", "KWT/GOV", False, F, N, False),
      ("will meet", "036", "USA/GOV", "KWT/CVL", False, F, N, False)],
     "Travel announcement for Acting Assistant Secretary Lempert (4 Feb 2022) -> USA/GOV; 'will then travel to Riyadh, "
     "Bahrain and Kuwait, where she will meet with government officials and civil society leaders' = future meetings "
     "in each of the three destinations -> 036 future (guideline: future meetings 036), one per country and sector "
     "(set 230 row 8: 'will meet with Foreign Minister ... as well as civil society leaders' one 036 each to BRN/GOV "
     "and BRN/CVL; held-out rule: a future convening of several sectors is one 036 per sector; held-out 8 row 47: "
     "compound destinations split), Riyadh a place standing for the destination Saudi Arabia named in the sentence "
     "before, not a metonym for an act; the trip itself is covered by the meetings, following set 230 (borderline "
     "three more future 036s to bare SAU, BHR and KWT for 'will then travel to', as held-out 11 row 2 and 14 row 1 "
     "coded travel and meeting separately; or one 036 with no target, as set 233's multi-country delegation)"),
 # --- State Dept random: demand
 2: ([("an attack", "190", "RUS/MIL", "UKR", False, H, N, True)],
     "Blinken's statement on the Department's presence in Ukraine (22 Feb 2022); 'In the event of an attack' = a "
     "conditional, hypothetical military attack -> nominal 190 with modality hypothetical (set 230: 'in the event of "
     "an invasion' a hypothetical nominal 192 RUS/GOV -> UKR), its agent plain from the sentences before ('Russian "
     "troops have continued to move closer to the border ... Russia has ordered troops to deploy') -> RUS/MIL (README: "
     "an event noun whose agent is plain only from the text around it is coded; guideline: /MIL for armed forces), "
     "Ukraine the country attacked -> bare UKR (guideline: target of an invasion) (borderline RUS/GOV, or uncoded as "
     "a travel advisory's generic contingency, set 222); 'U.S. citizens should seek shelter ... and monitor major "
     "news outlets' is safety advice to private persons, no act between political actors"),
 3: ([("This attack", "190", N, "SYR/CVL", False, A, N, True)],
     "Spokesperson's statement on the attack on the al Shifaa Hospital in Afrin (13 Jun 2021); 'This attack' = the "
     "realised attack on the hospital that 'took the lives of children, medical staff, and first responders' "
     "(sentence before), described as 'military action' -> nominal 190 with no source, the document never naming the "
     "attacker (set 126: 'the attacks on medical facilities and aid convoys are a nominal 190 with no source to "
     "SYR/CVL'; set 116 and 212: an anaphoric attack noun is coded with no source), the victims from the sentence "
     "before -> SYR/CVL (borderline uncoded under the guideline's 'this aggression', as set 178's 'That attack'; or "
     "180); 'is part of a recent escalation of violence in northwest Syria and must end' = an agentless deontic on "
     "violence by unnamed parties -> not coded (set 187: 'The cycle of violence in the Middle East must end' "
     "uncoded) (borderline a demanded 087 with no source, as the held-out rule's 'such atrocities must stop')"),
 4: ([], "Media Freedom Coalition statement on Apple Daily (10 Jul 2021): 'Hong Kong and mainland Chinese authorities "
         "should fully respect and uphold this important right [freedom of the press], in line with China's "
         "international legal obligations' = a deontic without a request verb whose Y, respecting and upholding a "
         "right under legal obligations, is compliance and no codable behaviour (guideline: 'comply with "
         "obligations' -> nothing coded; set 138: 'the verdict ... must be respected' uncoded) (borderline a "
         "demanded 0832 from HKG/GOV and CHN/GOV to HKG/MED)"),
 # --- State Dept random: cue
 5: ([("thanked Sturgeon", "051", "USA/GOV", "GBR/GOV", False, A, N, False),
      ("Scotland’s support of COP-26", "051", "GBR/GOV", "org:UN", False, A, N, True)],
     "Readout of Deputy Secretary Sherman's meeting with Scottish First Minister Sturgeon (16 May 2022); 'thanked' -> "
     "051 (guideline); the First Minister heads a sub-national government -> GBR/GOV (guideline: a sub-national "
     "government takes the country's GOV; README: Northern Ireland's leaders are GBR/GOV); 'Scotland's support of "
     "COP-26' = the support thanked for, its agent from the thanks (held-out rule: thanks 'for the ongoing support' "
     "gives the support its agent) -> nominal 051 GBR/GOV (set 230: Micronesia's thanks for 'their support' a "
     "nominal 051; set 169) to the UN climate conference -> org:UN (set 213: COP19 -> org:UN) (borderline 070 for "
     "the host region's logistic support, or target GBR/GOV as the COP26 presidency); 'the ambitious, historic "
     "results the international community achieved in Glasgow' = an agreement between uncoded collectives "
     "(null -> null), not coded"),
 6: ([("retaining these SDGT designations", "163", "USA/GOV", N, False, A, N, False)],
     "Release on the revocation of five FTO designations (20 May 2022); 'The Department is retaining these SDGT "
     "designations' = the continuing terrorism sanctions on the five organisations named in the sentence before "
     "(ETA, Aum Shinrikyo, the Mujahidin Shura Council in the Environs of Jerusalem, Kahane Chai, Gama'a "
     "al-Islamiyya) -> an ongoing 163, asserted (README: officials 'being designated' an asserted 163), one "
     "sanctions action coded once (held-out rule); the sentence names none of the groups and the document never "
     "gives each group's nationality -> target null (held-out rule: entities designated with no nationality are 163 "
     "with no target; set 224) (borderline one 163 per group, ESP/REB, JPN/REB, PSE/REB, ISR/REB and EGY/REB, from "
     "the document's later 'the success Egypt, Israel, Japan, and Spain have had ... by these groups'); 'to support "
     "law enforcement actions or ensure frozen assets are not released to still active individual terrorists' = the "
     "purposes, not coded (set 179: a purpose that a financial sector 'does not provide support' uncoded) "
     "(borderline a negated future 085)"),
 7: ([], "Blinken's statement on the death of ISIS leader al-Qurayshi (3 Feb 2022): 'He coordinated the group's global "
         "terror operations during a period in which ISIS expanded its geographic presence and attacks in Africa' = "
         "terrorist violence by ISIS and its leader, who have no code (README: AQIM, an unnamed terrorist coalition "
         "and the Global Coalition's adversary have no code; set 208: action against ISIS between uncoded parties), "
         "with no victim country named ('global', 'in Africa' a continent) -> null -> null, not coded (borderline a "
         "180 with IRQ/REB or SYR/REB as source, which earlier sets never used for ISIS)"),
 8: ([("noted their support", "051", "USA/GOV", "USA/BUS", False, A, N, False),
      ("noted their support", "051", "USA/GOV", "THA/BUS", False, A, N, False),
      ("noted their support", "051", "THA/GOV", "USA/BUS", False, A, N, False),
      ("noted their support", "051", "THA/GOV", "THA/BUS", False, A, N, False)],
     "Joint statement on the 2nd U.S.-Thailand Energy Policy Dialogue (18 Feb 2022); 'The allies' = the United States "
     "and Thailand of the sentence before -> compound source split (README: a joint statement naming its governments "
     "one event per government; held-out 21 row 14: 'expressed their support for the ceasefire' two sources x two "
     "parties); 'noted their support' = expressed support -> 051 (guideline: 'express support' 051; set 212: the G7 "
     "'expressed their support' 051), aimed at a process, so it goes to the process's named parties (held-out rule: "
     "support aimed at a process goes to its named parties), U.S. and Thai private companies -> USA/BUS and THA/BUS "
     "(README set 1: a corporation is USA/BUS); the 'constructive engagement' itself is the object of support, not "
     "coded (set 121: the welcome of a 'dialogue-based approach' codes the welcome only) (borderline a nominal 040 "
     "USA/BUS -> THA/BUS, or USA/GOV as the only source under the joint-statement 'we' rule)"),
 9: ([("reiterate our condemnation", "111", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("reiterate our condemnation", "111", "USA/GOV", "BLR/GOV", False, A, N, False),
      ("President Putin’s premeditated, unjustified, and unprovoked war against Ukraine", "190", "RUS/GOV", "UKR",
       False, A, N, True),
      ("the Lukashenka regime’s support and facilitation", "070", "BLR/GOV", "RUS/GOV", False, A, N, True)],
     "Blinken's statement on accountability for Russian and Belarusian abuses (15 Mar 2022); 'we reiterate our "
     "condemnation of' = a condemnation made now by the speaker -> 111 (guideline), not nominal, as a "
     "performative noun of the speaker's own act (set 173: 'Our deep appreciation' a 051 that is not nominal), its "
     "two objects with two agents -> one 111 per target (guideline: compound split): Putin -> RUS/GOV and the "
     "Lukashenka regime -> BLR/GOV; 'President Putin's ... war against Ukraine' -> nominal "
     "190 RUS/GOV (held-out 7 row 8: 'Kremlin's unprovoked and unjustified war against Ukraine' 190 RUS/GOV -> UKR), "
     "target of the war -> bare UKR (guideline); 'the Lukashenka regime's support and facilitation of the Russian "
     "Federation's invasion' = Belarus letting its territory be used for the invasion -> one nominal 070 to RUS/GOV "
     "(README: 'Belgrade supports the Bosnian Serb aggression' 070; set 208: support of a war 070) (borderline 072, "
     "or 'facilitation' as a second event); 'the Russian Federation's invasion' is the same act as 'Putin's ... war', "
     "a repeated mention coded once (guideline; set 222: 'chooses the path of aggression' folded into the 192) "
     "(borderline a separate nominal 192 RUS/GOV -> UKR); 'In doing so' (the accountability action) is anaphoric"),
 10: ([("Security Council vote to call for an Emergency Special Session", "106", "org:UNSC", "org:UNGA", False, A, N,
        True)],
      "Release on U.S. multilateral leadership on Ukraine (5 Mar 2022); 'a February 27 Security Council vote to call "
      "for an Emergency Special Session of the UN General Assembly on Ukraine' = the Council's procedural resolution "
      "asking the Assembly to meet -> request to meet 106 (set 210: 'proposed to convene a special meeting of the "
      "Security Council' a 106 to org:UNSC), org:UNSC -> org:UNGA, the vote a realised event noun with its agent -> "
      "nominal, asserted (borderline 043 for the Council convening the session, or generic 100); 'That action' (the "
      "Russian veto of the sentence before) is an anaphoric noun, not coded"),
 11: ([("discussed", "040", "USA/GOV", "JPN/GOV", False, A, N, False),
       ("the DPRK’s recent ballistic missile launches", "150", "PRK/MIL", N, False, A, N, True)],
      "Readout of Deputy Secretary Sherman's call with Japanese Vice Foreign Minister Mori (16 Feb 2022); 'The Deputy "
      "Secretary and Vice Foreign Minister discussed' -> 040, symmetric, coded once from the document's government "
      "(guideline); 'the DPRK's recent ballistic missile launches' = realised launches named in the topic -> nominal "
      "150 PRK/MIL with target null (guideline: missile launches 150; held-out 10, 11, 20: DPRK launches 150 PRK/MIL "
      "nominal, target null); 'the destabilizing nature' is an evaluation"),
 12: ([("applauded", "051", "USA/GOV", "NLD/GOV", False, A, N, False),
       ("decision to provide lethal and nonlethal military assistance", "072", "NLD/GOV", "UKR", False, A, N, True),
       ("$22 million in humanitarian aid", "073", "NLD/GOV", "UKR/CVL", False, A, N, True)],
      "Readout of Blinken's call with Dutch FM Hoekstra (28 Feb 2022); 'applauded' = praise -> 051 (guideline) to the "
      "Dutch cabinet -> NLD/GOV; 'the Dutch cabinet's decision to provide lethal and nonlethal military assistance to "
      "Ukraine' = a realised decision named by the act decided -> nominal 072 (held-out 25 row 22: 'the Russian "
      "Federation's decision to recognize' a nominal 054; held-out 12: 'decision to reject' a nominal 120), to the "
      "country -> bare UKR (set 235 row 13: security assistance to Ukraine -> UKR) (borderline 0332 asserted as an "
      "intent, or UKR/GOV); '$22 million in humanitarian aid for those fleeing the war in Ukraine' = the second object "
      "of the same decision -> nominal 073 to the refugees -> UKR/CVL (set 204: assistance to Syrian refugees 073 -> "
      "SYR/CVL); 'the war in Ukraine' is a conflict named only by place, not coded (sets 187, 194) (borderline a "
      "nominal 190 RUS/GOV from the sentence before's 'Russia's ... attack')"),
 13: ([], "Release on Special Envoy Lenderking's return from Saudi Arabia (18 Jun 2021): 'In these meetings' is an "
          "anaphoric meeting noun (the meetings coded in the sentence before); 'noted the need for the Yemeni "
          "government to return to Aden as soon as possible' = a deontic without a request verb whose Y, a "
          "government's return to its own temporary capital, is no CAMEO act between actors (guideline: if Y is not a "
          "codable behaviour, nothing is coded) (borderline a 100 USA/GOV -> YEM/GOV, 'noted the need' read as a "
          "request); 'highlighted the importance of swift progress in the implementation of the Riyadh Agreement' = "
          "compliance with an agreement whose parties (the government and the Southern Transitional Council) the "
          "document never names, not coded (set 228: 'the implementation of the Stockholm and Riyadh agreements' "
          "uncoded) (borderline a demanded nominal 057 YEM/GOV -> YEM/REB)"),
 14: ([("We met in COP", "040", "JAM/GOV", "USA/GOV", False, A, N, False)],
      "Jamaican Prime Minister Holness's turn before his meeting with Blinken (1 Apr 2022) -> JAM/GOV; 'We met in COP' "
      "= Holness's earlier meeting with the Secretary at COP26 in Glasgow -> 040 JAM/GOV -> USA/GOV, asserted "
      "(guideline: meet 040, a symmetric meeting coded once from the first-named actor, here the turn's speaker's 'We') "
      "(borderline USA/GOV -> JAM/GOV, from the document's own government), COP a place; 'we had very "
      "good discussions' is the same meeting, coded once (guideline: repeated mention) (borderline 'we' read as all "
      "COP participants, uncoded); 'how small island, developing countries could be assisted and facilitated' = the "
      "topic, a hypothetical agentless aid to an uncoded collective, not coded"),
 # --- State Dept random: nocue
 15: ([("has worked with its Allies and partners", "050", "USA/GOV", N, False, A, N, False)],
      "Blinken's statement on the 25th anniversary of the CWC's entry into force (29 Apr 2022); 'the United States has "
      "worked with its Allies and partners' = habitual cooperation over 25 years -> 050 (README: 'worked with every "
      "Israeli prime minister' 050), the unnamed Allies and partners an uncoded collective -> target null (set 229: "
      "partnering only with uncoded collectives one 050 with no target) (borderline 062 for cooperation on "
      "chemical-weapons security); 'to help rid the world of chemical weapons and deter their use by anyone' = the "
      "purpose, not coded"),
 16: ([("wonderful to have both of you here", "042", "XKX/GOV", "USA", False, A, N, False)],
      "Blinken before his meeting with Kosovo's President Osmani and Prime Minister Kurti (26 Jul 2022); 'wonderful to "
      "have both of you here at the State Department and in the United States' = a host's welcome of visiting "
      "officials codes the visit it shows, 042 to the country (held-out 12 row 2; set 235 row 12; Kosovo -> XKX "
      "(guideline)), the two visitors one actor pair XKX/GOV -> one event (guideline: one event per actor pair) "
      "(borderline one 042 per visitor under the held-out rule for 'official visits from several people', or 043 "
      "hosting USA/GOV -> XKX/GOV)"),
 17: ([("spoke today with", "040", "USA/GOV", "DEU/GOV", False, A, N, False)],
      "Readout of Blinken's call with German FM Maas (24 May 2021), the sentence starting at 'Blinken' after the "
      "splitter's cut at 'Antony J.'; 'spoke today with' = a call -> 040 (held-out 10 row 26, set 235 row 0)"),
 18: ([("working incredibly closely together", "050", "USA/GOV", "FRA/GOV", False, A, N, False)],
      "Blinken to Leigh Sales of ABC (10 Feb 2022) on the AUKUS submarine dispute with France; 'But we are working "
      "incredibly closely together as partners' = the ongoing US-French cooperation, 'we' being the United States "
      "and 'our French allies and partners' of the clause before -> 050, symmetric, coded once from the document's "
      "government (set 235 row 8: 'we work very closely' 050 USA/GOV -> UKR/GOV)"),
 19: ([("announced it would partner with Haiti", "030", "USA/GOV", "HTI/GOV", False, A, N, False),
       ("our existing programming in Haiti", "070", "USA/GOV", "HTI", False, A, N, True)],
      "Release on the third Senior-Level International Partners Meeting on Haiti (21 Apr 2022); 'the United States "
      "announced it would partner with Haiti through the U.S. Strategy to Prevent Conflict and Promote Stability' = an "
      "announced intent stated as a fact -> 030 asserted (set 149 and 153: 'announced that it would make/contribute' "
      "asserted 0331; guideline: an explicit intent verb stated as a fact gives an asserted 03x) (borderline a future "
      "030, or 0311), the partner country -> HTI/GOV (set 235 row 19: 'partnership with Paraguay' PRY/GOV) (borderline "
      "bare HTI); 'our existing programming in Haiti' = the realised US assistance programmes in the country -> "
      "nominal 070 to bare HTI (set 222: 'Targeted foreign assistance' a nominal 070 USA/GOV) (borderline uncoded as a "
      "programme description, or HTI/GOV)"),
 20: ([], "Blinken on CNN's GPS (23 May 2021): 'The question is: Is Iran prepared to do it?' = 'it' being 'what is "
          "necessary to come back into compliance with the agreement' (the sentences before), a return to compliance, "
          "which is not coded (set 220: the compliance in 'a mutual return to compliance' uncoded) (borderline a 030 "
          "question IRN/GOV -> USA/GOV)"),
 21: ([], "Release on the U.S. Refugee Admissions Program (10 Jun 2022): 'There, they await final refugee processing by "
          "the Department of Homeland Security's U.S. Citizenship and Immigration Services' = an administrative "
          "screening step of Central American applicants in Costa Rica, short of admission (set 229: the P-2 referral "
          "eligibility uncoded) (borderline a future nominal 075 USA/GOV to SLV/CVL, HND/CVL and GTM/CVL, USCIS being "
          "the US government's own administrative act)"),
 # --- UNGDC 2020-2024 random: neg
 22: ([("Such accusations", "112", N, "MMR/GOV", False, A, N, True),
       ("the verdict of ‘guilty’ seems to have been passed", "111", N, "MMR/GOV", False, A, N, False)],
      "Myanmar (2020); 'Such accusations' = the 'Grave accusations ... made against Myanmar' of the sentence before, "
      "whose authors the speech does not name -> nominal 112 with no source (README: 'fallacious allegations' by "
      "'certain quarters' a nominal 112 with no source; set 138: 'It is accused of' 112 with no source), the target "
      "from the sentence before -> MMR/GOV (guideline: a missing participant from the context) (borderline uncoded "
      "as an anaphoric noun, as sets 178 and 205); 'have not been subjected to due process, including judicial "
      "probing of real evidence' = an agentless absent investigation of the accusations, no actor pair, not coded "
      "(borderline a negated 094 with no source); 'the verdict of \"guilty\" seems to have been passed by some in the "
      "international community' = a figurative verdict, a blaming condemnation by an uncoded collective -> 111 with "
      "no source (guideline: 'the international community' -> null), asserted despite 'seems' (set 125), 'passed' a "
      "verb -> not nominal (borderline 112, or 116 read literally)"),
 23: ([], "Belize (2022): 'The international financial institutions and multilateral development banks have failed to "
          "meet the needs of developing countries' = unmet financing between uncoded collectives (the institutions "
          "unnamed, developing countries in general) -> null -> null, not coded (set 208: ODA from unnamed donors; set "
          "225: unfulfilled climate-finance pledges between uncoded groups) (borderline a negated 071 from org:IMF and "
          "org:WB to BLZ/GOV)"),
 24: ([], "Saudi Arabia (2020): 'Our experience with the Iranian regime has taught us that partial solutions and "
          "appeasement did not stop its threats to international peace and security' = 'threats to international "
          "peace and security' a risk, not a threat act (guideline: figurative 'threat to all of us'; set 180: 'Iran ... "
          "poses a threat' a risk); 'partial solutions and appeasement' are policies of unnamed actors named as "
          "failures, no act with an agent (borderline a nominal 080 with no source to IRN/GOV)"),
 # --- UNGDC 2020-2024 random: reported
 25: ([], "Canada (2023): 'The Russians went to the International Court of Justice and said that it was not an "
          "invasion, it was self-defence' = Russia's pleading before the ICJ; appearing before a court as a party is "
          "no CAMEO act (borderline 115, as filing an application, or 040 to org:ICJ), and the content of the "
          "pleading is a framing of the war, a denial of its character (set 190: 'repackaged its policies as an act of "
          "self-defence' a framing, 01x; set 145: a denial of responsibility, CAMEO 016, uncoded) (borderline a negated "
          "192 and an asserted 190 RUS/GOV -> UKR, both reported by RUS/GOV); the war itself is named in the sentence "
          "before"),
 # --- UNGDC 2020-2024 random: future
 26: ([("I will host with the President of the European Commission", "036", "DEU/GOV", "org:EU", False, F, N,
        False)],
      "Germany (Scholz, 2022); 'an international expert conference that I will host with the President of the "
      "European Commission in Berlin on 25 October' = a future co-hosted conference -> 036 future (guideline: future "
      "host/convene 036), to the co-host -> org:EU (set 227: 'will co-host with her UK counterpart' a future 036 "
      "USA/GOV -> GBR/GOV; set 232: a future 036 to each co-convener), Berlin a place; 'together with supporters of "
      "Ukraine from all around the world, we will think about how we can manage that Herculean task' = the same "
      "conference's deliberation with an uncoded collective, folded in, and the rebuilding of Ukraine its topic "
      "(borderline a second future 036 with no target, or a future 070 to bare UKR); 'supporters of Ukraine' is an "
      "agent noun, not coded"),
 # --- UNGDC 2020-2024 random: demand
 27: ([], "Kenya (2024): 'The achievement of the Sustainable Development Goals cannot be reserved for a privileged few; it "
          "must be a shared success that uplifts all nations' = a normative generalisation, no act between actors"),
 28: ([], "Ethiopia (2020): 'Our objective should not only be to recover and rebuild a better future, but to do so in a "
          "green and climate resilient way' = a statement of aims, 'our' meaning all countries recovering from the "
          "pandemic, no act"),
 # --- UNGDC 2020-2024 random: cue
 29: ([("We reiterate our support", "051", "DJI/GOV", "ETH", False, A, N, False)],
      "Djibouti (2021); 'We reiterate our support for a peaceful resolution of the conflict' = support for a settlement "
      "of the conflict in Ethiopia ('Djibouti is closely following developments in Ethiopia', sentences before), "
      "whose parties the speech does not name -> 051 to the bare country (set 129: 'Offer our support for their "
      "resolution by peaceful means' a 051 to each bare country; set 219: 'supports the search for a political "
      "solution' a 051 to bare ESH) (borderline a 107 with no target, or uncoded as set 116's 'stands for a "
      "comprehensive settlement')"),
 30: ([], "Eswatini (2023): 'We recently launched our national implementation strategy for the African Continental Free "
          "Trade Area agreement' = a domestic programme implementing an agreement, compliance (held-out rule: domestic "
          "programmes not coded; set 128: the implementation of the Minsk agreements uncoded) (borderline a 030 to org:AU, as set "
          "234's launched initiative)"),
 31: ([], "Brazil (Bolsonaro, 2020): 'I warned that we had two problems to solve, the virus and joblessness' = a "
          "domestic warning about policy problems, no addressee and no threatened act (set 178: 'reduce now, or "
          "regret later' no threat; set 191: a 'warning to the world' uncoded)"),
 32: ([("the illegal sanctions", "163", N, "ZWE", False, A, N, True)],
      "Zimbabwe (2022); 'the ongoing deleterious effects of the illegal sanctions continue to hamper' = the realised, "
      "ongoing sanctions on the country -> nominal 163 (guideline), the speech never naming the imposers ('illegal "
      "economic sanctions imposed on Zimbabwe' earlier, the SADC and AU only calling for their removal) -> no source "
      "(set 185: Zimbabwe's sanctions with the imposers never named a nominal 163 with no source to bare ZWE) "
      "(borderline USA/GOV and org:EU, as set 177 where the speech named them), to the country -> bare ZWE"),
 33: ([("positively considering the many initiatives", "030", "SDN/GOV", N, False, A, N, False),
       ("intense consultations", "040", "SDN/OPP", "SDN/CVL", False, A, N, True),
       ("intense consultations", "040", "SDN/OPP", "SDN/REB", False, A, N, True)],
      "Sudan (2022) -> SDN/GOV under the UN-speech rule (guideline; README: Sudan's 2023-24 speeches SDN/GOV under that "
      "rule) (borderline SDN/MIL under the junta rule, as set 229 row 16 for the Department's naming of the "
      "military); 'we are positively considering the many initiatives aimed at achieving national accord' = a "
      "favourable response to proposals by unnamed authors -> 030 with no target (README: accepting a request or a "
      "plan is 030; set 220: 'would be willing to consider it' a 030) (borderline uncoded, as set 145's 'seriously "
      "considering'); 'the national initiatives that have been subject to intense consultations in which various "
      "civilian stakeholders participate, such as political parties, youth and revolutionary elements, civil-society "
      "organizations and signatories to the Juba Peace Agreement' = realised consultations whose participants are "
      "named -> nominal 040, symmetric, from the first-named to each other sector (guideline; set 202: a conference "
      "'attended by' several sectors one 040 per sector): political parties -> SDN/OPP, youth and revolutionary "
      "elements and civil-society organisations -> SDN/CVL (one pair), the Juba signatories, the armed movements -> "
      "SDN/REB (borderline SDN/OPP or SDN/GOV, the movements having joined the transitional institutions; or the "
      "consultations uncoded, their convenor unnamed); the Juba Peace Agreement is named only to identify its "
      "signatories, not coded"),
 34: ([], "Tonga (2024): 'they are existential threats that jeopardize the very existence of Small Pacific Island "
          "countries' = climate change as a risk (guideline: figurative 'threat to all of us' = risk), no act"),
 35: ([("fully supports the work", "051", "KHM/GOV", "org:UN", False, A, N, False)],
      "Cambodia (2024); 'Cambodia also fully supports the work of the High-Level Political Forum on SDGs' = support for "
      "a UN body's work -> 051 to org:UN (README: supporting a UN plan or the Secretary-General is 051 to org:UN; set "
      "121: support for a UN conference 051 to org:UN); 'held in July under ECOSOC' = a meeting only 'held', under "
      "UN auspices, not coded (set 116: UN 'auspices' not coded; set 153: a meeting only 'held' uncoded)"),
 # --- UNGDC 2020-2024 random: nocue
 36: ([], "Guinea (2022): 'strong measures have been taken to stabilize the macroeconomic framework' = agentless domestic "
          "economic policy, no act between actors"),
 37: ([], "Bangladesh (2022): 'It is imperative that everyone, everywhere gets fair and equal access to these "
          "technologies' = an agentless deontic for everyone, no codable act between named actors (held-out 42/43: "
          "all States)"),
 38: ([], "Thailand (2024): 'I outlined Thailand's vision ... the \"4 Ps\"' = the speaker's own statement (guideline: "
          "01x and the speech verb not coded)"),
 39: ([], "Sri Lanka (2024): 'no country can solve these complex problems in isolation' = a generalisation, no act"),
 40: ([], "El Salvador (2020): 'The latest iPhone is far more powerful than the supercomputer of the 1970s' = a "
          "description of technology, no political act"),
}
