"""Hand annotations for the TWO-HUNDRED-AND-FIFTY-SECOND held-out event gold set (source of events-heldout252.jsonl).

Keyed by the row index of selection-heldout252.jsonl (output of select_statement_sentence_heldout.py 252; rows 0-21
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 22-39
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
    python3 data/gold/build_events.py --selection selection-heldout252.jsonl \\
        --annotations annotations_heldout252 --output events-heldout252.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("to meet with senior diplomatic counterparts", "036", "USA/GOV", N, False, F, N, False)],
     "Travel announcement for Senior Official Allen (26 May 2022) -> USA/GOV; 'will travel to San Francisco, "
     "California' is a domestic trip, no counterpart, not coded; 'to meet with senior diplomatic counterparts, "
     "digital communications experts, and alumni of U.S. government exchange programs' = announced meetings -> 036 "
     "future (guideline: future meetings get 036); none of the three groups is given a nationality (the diplomatic "
     "counterparts presumably the consular corps of unnamed countries), so one 036 with no target, following set "
     "233's Prosper Africa delegation meeting 'entrepreneurs, ... investors, and policy-makers' (borderline one 036 "
     "per group, as set 239 and held-out 251 row 0 did for named sectors: null for the counterparts, USA/BUS for the "
     "experts, USA/CVL for the alumni); the discussion topics are in the sentence after"),
 1: ([("will visit the U.S. Southern Command and meet with Commanding General", "036", "USA/GOV", "USA/MIL", False, F,
       N, False)],
     "Travel announcement for Deputy Secretary McKeon in Miami (29 Mar 2022) -> USA/GOV; 'Finally, he will visit the "
     "U.S. Southern Command and meet with Commanding General Laura J. [Richardson]' (the name completed after the "
     "splitter's cut) = an announced visit and meeting with the armed forces' combatant command -> 036 future "
     "(guideline: future meetings 036), USA/GOV -> USA/MIL, the visit folded into the meeting with the same "
     "counterpart (set 237: the trip folded into the meetings); a meeting between the government's diplomatic and "
     "military sectors, coded like the executive's future exchanges with Congress (held-out 18 and set 228: 036 "
     "USA/GOV -> USA/LEG; set 235: 030 future -> USA/LEG) (borderline uncoded as internal US government business, "
     "as held-out 4 and 13 left the Department's own business, or a separate 036 for the visit)"),
 # --- State Dept random: demand
 2: ([("The United States is outraged", "110", "USA/GOV", "IRQ/REB", False, A, N, False),
      ("took to the streets to urge reform", "141", "IRQ/CVL", "IRQ/GOV", False, A, N, False),
      ("were met with threats", "130", "IRQ/REB", "IRQ/CVL", False, A, N, False),
      ("brutal violence", "180", "IRQ/REB", "IRQ/CVL", False, A, N, True)],
     "Price on the rule of law in Iraq (27 May 2021); 'The United States is outraged that ...' = the speaker's "
     "disapproval -> 110 (set 126: 'We are outraged by the attacks' a 110), aimed at the perpetrators the release "
     "names in the next sentences ('armed militias', 'the militias, thugs, and vigilante groups for their attacks "
     "against Iraqis exercising their right to freedom of expression and peaceful assembly') -> IRQ/REB (borderline "
     "target null, as set 126, whose attackers were unnamed; or 111); 'peaceful demonstrators who took to the "
     "streets to urge reform' = street protests -> 141 IRQ/CVL -> IRQ/GOV (set 150: the Maidan protest an asserted "
     "141 UKR/CVL -> UKR/GOV; README choices: street protests 1414 from CVL to GOV), generic 141 because 'reform' may "
     "be of policy or of institutions (borderline 1414 or 1412), 'to urge reform' folded into the demonstration "
     "(borderline a separate 1042); 'were met with threats and brutal violence' = an agentless passive whose agent "
     "the text after names (README choices: 'a war that was imposed on us' takes its agent from the next sentence; "
     "agentless killings take their agent from the text around them), the armed militias -> IRQ/REB as non-state "
     "armed groups (guideline: Hizballah LBN/REB) (borderline IRQ/MIL for PMF-affiliated militias, or source null): "
     "threats -> 130 (guideline: threaten 13x), carried by the passive verb, not nominal; violence by non-state "
     "armed groups -> 180 (guideline), the noun 'brutal violence' nominal (borderline 175 repression, as the README "
     "choices' government that 'responded with violence' to protests, were the agent the security forces); the "
     "victims the demonstrators -> IRQ/CVL"),
 3: ([], "Narcotics/transnational-crime reward offer (6 Apr 2022): 'Any information in response this reward offer "
         "should be directed to the FBI at ...' = instructions to the public on where to send tips, no act between "
         "actors (set 230: operator instructions uncoded; held-out 239 row 18: a pointer to a website uncoded)"),
 4: ([("urges the sides to return as soon as possible to substantive negotiations", "106", "USA/GOV", "ARM/GOV", False,
       A, N, False),
      ("urges the sides to return as soon as possible to substantive negotiations", "106", "USA/GOV", "AZE/GOV", False,
       A, N, False)],
     "Price on the detention of Armenian soldiers (27 May 2021); 'The United States urges the sides to return as soon "
     "as possible to substantive negotiations under the auspices of the OSCE Minsk Group Co-Chairs to achieve a "
     "long-term political settlement to the Nagorno-Karabakh conflict' = one asserted request (guideline), Y = "
     "negotiations -> 106, to each side named in the release ('both sides', Armenia and Azerbaijan, text before) -> "
     "one 106 each to ARM/GOV and AZE/GOV (compound split; set 130: Albania 'urged' the Pristina-Belgrade dialogue, "
     "a 106 to each party) (borderline 107 for the settlement); Y, including the Minsk Group's auspices, is not coded "
     "separately (guideline) (borderline a nominal 045 org:OSCE -> each party, as set 128's 'as mediators'); 'the "
     "Nagorno-Karabakh conflict' is a conflict named only by place (set 131), not coded"),
 # --- State Dept random: cue
 5: ([], "Blinken on the NPT anniversary (1 July 2022): 'The NPT has provided the essential foundation for "
         "international efforts to stem the looming threat ... that nuclear weapons would proliferate' = an evaluation "
         "of a treaty as an inanimate subject, the efforts agentless ('international') and the threat a risk "
         "(guideline: risk uses not coded)"),
 6: ([("Blinken met with Colombian Vice President and Foreign Minister-Designate", "040", "USA/GOV", "COL/GOV", False,
       A, N, False)],
     "Readout (28 May 2021); the sentence starts at 'Blinken' (the splitter cut after 'Antony J.'); 'met with "
     "Colombian Vice President and Foreign Minister-Designate Marta Lucía Ramírez today at the Department of State' "
     "-> 040 (guideline: meet 040), Ramírez as sitting Vice President -> COL/GOV; the Department of State is the "
     "venue (held-out 238 row: 'met today with ... in Washington, D.C.' a 040 only) (borderline a 042 COL/GOV -> "
     "USA for her visit)"),
 7: ([("confirmed our commitment to minimizing the impact on allies and partners", "0311", "USA/GOV", "KAZ/GOV", False,
       A, N, False),
      ("the sanctions imposed on Russia", "163", "USA/GOV", "RUS", False, A, N, False),
      ("Russia’s unjustified and unprovoked war against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Readout of Blinken's meeting with Kazakh FM Tileuberdi (20 May 2022); 'Secretary Blinken confirmed our "
     "commitment to minimizing the impact on allies and partners, including Kazakhstan, from the sanctions' = a "
     "commitment stated as a fact -> asserted 03x (README choices: commitments stated as facts are asserted 03x), its "
     "content economic (shielding partners' economies from the sanctions' effects) -> 0311 (borderline 030), the "
     "'allies and partners' an uncoded collective, the one partner named kept -> KAZ/GOV (README choices: a "
     "collective naming one member is coded for that member); 'the sanctions imposed on Russia' = the sanctions of "
     "the United States and its partners -> 163 USA/GOV under the own-government passive rule (set 238: 'the "
     "sanctions that are being put in place ... on Russia' a 163 USA/GOV -> bare RUS), the participle carrying the "
     "act, not nominal (set 187: 'The visa regime imposed by France' not nominal) (borderline a second 163 with no "
     "source for the partners); 'Russia's unjustified and unprovoked war against Ukraine' -> nominal 190 RUS/GOV -> "
     "bare UKR (guideline: war 190; held-out 251 row 9)"),
 8: ([("The United States supports your efforts", "051", "USA/GOV", "SOM/GOV", False, A, N, False)],
     "Blinken's Somalia National Day message (1 July 2022); 'your' = the addressees of the sentence before, 'the "
     "people and Government of Somalia'; 'The United States supports your efforts to build resilient communities, "
     "foster inclusive economic growth, and increase security' = support for another state's efforts -> 051 "
     "(guideline: 'express support' 051), the efforts (security, growth) being the Government's -> SOM/GOV "
     "(borderline a second 051 to SOM/CVL, as set 158's tribute to a government and people gave one each; or 070 "
     "for material support); the efforts themselves name no counterpart and are not coded"),
 9: ([("Wendy Sherman met with Canadian Deputy Foreign Minister Marta Morgan", "040", "USA/GOV", "CAN/GOV", False, A,
       N, False)],
     "Readout (8 Apr 2022); 'Deputy Secretary of State Wendy Sherman met with Canadian Deputy Foreign Minister Marta "
     "Morgan in Washington, D.C. today' -> 040 (guideline), Washington the venue, not a metonym (held-out 236 and "
     "238: 'met ... in Washington' a 040 only) (borderline a 042 CAN/GOV -> USA)"),
 10: ([], "Rewards for Justice (30 June 2022): 'the program has paid in excess of $250 million to more than 125 people "
          "across the globe who provided information that helped prevent terrorism, bring terrorist leaders to "
          "justice, and resolve threats' = rewards to an unnamed class of informants, following held-out 23 row 13 and "
          "222 row 18 on the same boilerplate (borderline 071 USA/GOV -> null and 064 null -> USA/GOV); the acts "
          "the information helped have no named actor"),
 11: ([("the enduring partnership and cooperation between the U.S. and Brunei", "050", "USA/GOV", "BRN/GOV", False, A,
        N, True)],
      "Readout of Sherman's meeting with Brunei's FM II Erywan (9 May 2022); 'affirmed the enduring partnership and "
      "cooperation between the U.S. and Brunei' = a cooperation noun naming its parties -> nominal 050 (README "
      "choices: an agreement or cooperation named by its parties is a nominal 050; set 238: 'Reaffirmed the ... "
      "U.S.-Vietnam Comprehensive Partnership' a nominal 050), symmetric, coded once from the document's government, "
      "'partnership and cooperation' one event; 'affirmed' is the speech verb; 'our shared commitment to the peace, "
      "security, and prosperity of the Indo-Pacific region' is an abstract commitment with no counterpart "
      "(held-out 249: a commitment to alliances in general uncoded) (borderline a nominal 030)"),
 12: ([("highlighted the importance of U.S.-Japan-Republic of Korea cooperation", "050", "USA/GOV", "JPN/GOV", False,
        D, N, True),
       ("highlighted the importance of U.S.-Japan-Republic of Korea cooperation", "050", "USA/GOV", "KOR/GOV", False,
        D, N, True)],
      "Readout of Sherman's meeting with Japanese Vice FM Mori (20 July 2021); 'highlighted the importance of "
      "U.S.-Japan-Republic of Korea cooperation to meet the global challenges' = a deontic 'it is important' for a "
      "cooperation noun naming its parties -> demanded nominal 050, one from the document's government to each other "
      "party, following set 238's Sherman-Choi 'cooperation between and among the United States, the ROK, and Japan "
      "is essential' (borderline asserted, or a third event KOR/GOV -> JPN/GOV); the challenges listed "
      "(denuclearization, COVID-19, climate, supply chains) are purposes, not coded"),
 13: ([("can continue to depend on the United States to support", "032", "USA/GOV", "TCD/GOV", False, F, N, False)],
      "Blinken's Chad National Day message (11 Aug 2021); 'The Republic of Chad can continue to depend on the United "
      "States to support the country's efforts to strengthen democratic institutions ... and promote respect for "
      "human rights' = an assurance of continued support -> 032 (intent to engage in diplomatic cooperation, policy "
      "support), future, as set 166's 'You will have Pakistan's full support' a future 032 and set 247's 'We will "
      "stand with you' a future 032 (borderline a future 070 for programme support, or asserted as set 182's 'I "
      "assure him that Peru will constructively support'), the country's efforts -> TCD/GOV; the listed efforts "
      "(counter terrorism, combat trafficking) name no counterpart and are not coded"),
 14: ([("Blinken met yesterday with Guyanese President", "040", "USA/GOV", "GUY/GOV", False, A, N, False)],
      "Readout (26 July 2022); the sentence starts at 'Blinken' (the splitter cut after 'Antony J.'); 'met yesterday "
      "with Guyanese President Dr. Mohamed Irfaan Ali in Washington, DC' -> 040 (guideline; held-out 244 row 13: 'met "
      "yesterday with' a 040), Washington the venue (borderline a 042 GUY/GOV -> USA)"),
 # --- State Dept random: nocue
 15: ([], "Conflict Prevention Strategy release (1 Apr 2022): 'Along with our friends and allies and the wider "
          "international community, we are facing destabilizing transnational challenges' = facing challenges is no "
          "act, and the challenges are risks (guideline) (borderline a 050 with no target for 'Along with')"),
 16: ([], "Public Schedule of 2 July 2021: 'Deputy Secretary Sherman has no public appointments' = a schedule notice, "
          "no counterpart and no event denied (borderline a negated future 036 with no target, as a meeting on a "
          "day's public schedule would be 036 future)"),
 17: ([("spoke today with NATO Secretary General Jens Stoltenberg", "040", "USA/GOV", "org:NATO", False, A, N, False),
       ("ongoing efforts to fortify NATO’s Eastern Flank", "154", "org:NATO", N, False, A, N, True),
       ("preparations for the March 24 Extraordinary NATO Summit", "036", "USA/GOV", "org:NATO", False, F, N, True)],
      "Readout of Blinken's call with Stoltenberg (22 Mar 2022); the sentence starts at 'Blinken' (the splitter cut "
      "after 'Antony J.'); 'spoke today with' -> 040 (guideline: discuss 040; set 234: calls 040), the NATO "
      "Secretary General -> org:NATO; 'ongoing efforts to fortify NATO's Eastern Flank' = a force posture named as "
      "a topic -> nominal 154 (README choices: a force posture named as a topic is a nominal 154; set 235: 'the "
      "recently announced U.S. force posture changes' a nominal 154), the Alliance's own reinforcement -> "
      "org:NATO, no target named (borderline bare RUS, the deterrence being aimed at Russia in the text after, or "
      "USA/MIL); 'preparations for the March 24 Extraordinary NATO Summit' = a planned summit named with its "
      "organisation, at which the United States takes part -> future nominal 036 USA/GOV -> org:NATO (set 236: the "
      "next day's 'leaders' meeting of the Quad' a future nominal 036 to org:QUAD) (borderline uncoded as a topic of "
      "the call, as set 245's meeting topics, or a time marker, as set 223)"),
 18: ([], "Forbes employer ranking release (10 Feb 2022): a citation line with the article's title and website, no "
          "act"),
 19: ([("have regularly engaged in this practice", "173", N, "USA/CVL", False, A, N, False)],
      "Blinken on the hostage executive order (19 July 2022); 'We are adding this indicator' (the 'D' indicator in "
      "the Travel Advisories) is the Department's own administrative business, not coded (held-out 4 and 13; set "
      "222: a travel advisory uncoded); 'the elevated risk of wrongful detention' is a risk (guideline), but "
      "'particular countries that have regularly engaged in this practice' asserts a habitual practice of wrongful "
      "detention -> 173 (guideline: detentions 173), the countries unnamed -> source null (guideline: collectives "
      "without a code null), its victims the U.S. nationals the indicator warns ('warns U.S. citizens of the risk of "
      "wrongful detention by a foreign government', sentence before) -> USA/CVL (set 221: the agentless 'wrongfully "
      "detained' coded 173) (borderline uncoded as the description of a risk with no named agent)"),
 20: ([], "Blinken on International Women's Day (8 Mar 2022): 'the Department of State announced the awardees of the "
          "2022 International Women of Courage (IWOC) Awards' = an award announcement (set 245: the TIP Report Heroes "
          "announcement uncoded; set 179 and 201: awards not coded); 'our time-honored commitment to advancing the "
          "status of women and girls' is an abstract policy commitment (guideline), 'I am proud' a sentiment"),
 21: ([], "CERAC release (18 Mar 2022): the Biden-Harris Administration's 'action-based approach to bolstering supply "
          "chains' through an executive order = a domestic economic policy, no counterpart (README choices: domestic "
          "programmes not coded)"),
 # --- UNGDC 2020-2024 random: neg
 22: ([("we rightfully call upon those in power", "1043", "HRV/GOV", "AFG/GOV", False, A, N, False)],
      "Croatia (2021), after 'how should we deal with the Taliban?' (sentence before); 'we rightfully call upon "
      "those in power to respect the most fundamental rights of their people' = one asserted request (guideline), "
      "habitual, 'we' = the states engaged in Afghanistan, coded for the speaker only (README choices: 'We nations "
      "of South America' coded for the speaker only) (borderline uncoded as 'we' meaning all States), 'those in "
      "power' = the Taliban, AFG/GOV after 15 Aug 2021 (guideline), Y = respect for rights -> 1043 (guideline); Y not "
      "coded separately; 'Maintaining a pragmatic approach will not be easy' is no event and 'will not' negates "
      "only the ease"),
 23: ([], "Nicaragua (2022): 'It is time to assert our multiple voices, our demands, our causes, which can no longer "
          "be ignored' = a hortative for 'our' peoples of the South, the demands with no addressee and no content, "
          "'we' meaning the peoples at large (set 246: Nicaragua's 'peoples who demand' uncoded; held-out 42/43) "
          "(borderline a nominal 100 NIC/GOV with no target, or a negated, demanded 030 with no source for 'can no "
          "longer be ignored')"),
 24: ([("Russia is trying to redraw borders", "192", "RUS/GOV", "UKR", False, A, N, False),
       ("Saddam Hussein’s invasion of Kuwait", "192", "IRQ/GOV", "KWT", False, A, N, True)],
      "Austria (2022), after 'Russia brutally attacked Ukraine' (sentence before); 'Russia is trying to redraw "
      "borders using tanks and rockets' = the ongoing seizure of Ukrainian territory by force -> 192 (guideline: "
      "occupy 192), asserted as an attempt under way, as set 221's 'is trying to grab as much Ukrainian territory' "
      "an asserted 192 RUS/GOV -> bare UKR, the tanks and rockets the means, folded in (borderline a separate 190, "
      "or RUS/MIL); 'something that the world has not seen since' negates the world's seeing, not an event; "
      "'Saddam Hussein's invasion of Kuwait' = a historic event noun with its agent -> nominal 192 (guideline: "
      "invade 192), Saddam as head of state at the time -> IRQ/GOV (README choices: a historic act is coded to the "
      "office's government; set 152: 'the invasion' a nominal 192 IRQ/GOV -> KWT), the country as a whole -> bare "
      "KWT"),
 # --- UNGDC 2020-2024 random: future
 25: ([("the fight against terrorism", "190", "BFA/GOV", "BFA/REB", False, A, N, True)],
      "Burkina Faso (2020); 'Burkina Faso will spare no effort in meeting the challenges of the fight against "
      "terrorism' = resolve ('spare no effort', not coded as such) about the state's ongoing armed campaign against "
      "the jihadist groups on its territory ('our Defence and Security Forces combat terrorism', sentence before) -> "
      "nominal 190 BFA/GOV -> BFA/REB, the unnamed armed groups being the country's REB (README choices: unnamed "
      "outlaw groups are the country's REB; set 236: Pakistan's fight against terrorist groups a 190 PAK/GOV -> "
      "PAK/REB; set 246: Mozambique's 'fight against terrorism' a nominal 190), asserted as ongoing (borderline "
      "future, under 'will spare no effort', or uncoded as a generic fight); 'so as to guarantee the protection of "
      "its populations and that of refugees' is a purpose (set 182: support named only as a purpose uncoded); 'we "
      "will continue to work to restore peace and security across our entire national territory' is a domestic goal "
      "with no counterpart named (borderline a future 190 to BFA/REB)"),
 # --- UNGDC 2020-2024 random: demand
 26: ([], "Germany (2023), quoting Willy Brandt's 1973 speech: 'a policy for peace must not stop on our own doorstep' "
          "= a figurative maxim with 'we' meaning all States (held-out 42/43; guideline: figurative uses not coded)"),
 27: ([("we must more firmly support the system of the United Nations", "051", N, "org:UN", False, D, N, False)],
      "Republic of Korea (2022); 'we must more firmly support the system of the United Nations ... as well as the "
      "normative frameworks' = a deontic of support for the Organization, 'we' meaning the Member States at large -> "
      "demanded 051 with no source to org:UN, following set 235's 'We must support these recommendations' (a "
      "demanded 051 with no source to org:UN) and set 132's 'All Member States should strive to extend their full "
      "support' (borderline uncoded as 'we' meaning all States, held-out 42/43); the normative frameworks are no "
      "actor and are dropped from the compound"),
 # --- UNGDC 2020-2024 random: cue
 28: ([], "Switzerland (2024): 'Many of the international environmental agreements are either not implemented at all or "
          "only inadequately' = agentless non-compliance with texts whose parties are never named (README choices: "
          "agreements that 'remain to be carried out' uncoded; set 151: 'has not yet been implemented' uncoded as "
          "agentless compliance)"),
 29: ([], "Comoros (2020): the pandemic having 'entered our discussions' = a description of a situation, no act"),
 30: ([("the support of the international community", "070", N, "DMA/GOV", False, D, N, True)],
      "Dominica (2020); 'In that regard, the support of the international community in the achievement of fiscal and "
      "financial resilience is paramount' = a statement of need -> demanded nominal 070 with no source (the "
      "international community, guideline) to the speaker's government, 'small economies like ours' in the sentence "
      "before (README choices: statements of need are demanded aid with no source to the speaker's government; set "
      "172: 'This support is necessary' a demanded nominal 070 with no source to ECU/GOV; set 184) (borderline 071 "
      "for financial aid, or 051 for policy support against banking restrictions)"),
 31: ([], "Sierra Leone (2022): 'the General Assembly adopted by consensus the landmark resolution 76/304' = the "
          "Assembly's own adoption of a resolution, an internal vote (held-out 48 row 57: an adoption by the Assembly "
          "is not coded; set 134: an adopted resolution's content not coded), the resolution's title no act "
          "(borderline a 030 or 051 org:UNGA -> SLE/GOV for adopting the draft Sierra Leone sponsored, text before)"),
 32: ([], "Maldives (2022): 'We also support increasing the substantial role and moral authority of the General "
          "Assembly' = a UN reform position (README choices: UN reform positions not coded)"),
 33: ([("the bombing of Hiroshima and Nagasaki", "2042", N, "JPN", False, A, N, True)],
      "Ecuador (2020); 'the commemoration of the bombing of Hiroshima and Nagasaki served to remind us' = the "
      "commemoration is not coded (set 191: a commemoration uncoded), but it names the 1945 atomic bombings, a "
      "historic event noun with its victims -> nominal 2042 (detonate nuclear weapons), no agent in the speech "
      "-> source null, the two cities -> one event to bare JPN, following set 111's agentless 'Two nuclear bombs had "
      "been dropped on Japan' (2042 with no source to bare JPN) and the agentless-attack rule (sets 180 and 209: "
      "named massacres and attacks with no source) (borderline uncoded as a commemorated event, as set 149's Second "
      "World War bombing raids, or USA/MIL as source)"),
 34: ([("the changes demanded by his generation", "100", "ECU/CVL", N, False, A, N, False)],
      "Ecuador (2024); 'I begin by conveying greetings from the President' = greetings, not coded (set 195: greetings "
      "of a Pope uncoded); 'the changes demanded by his generation and by my country' = the Ecuadorian people's "
      "demand for change -> generic 100 from ECU/CVL (set 155: the Bolivian social sectors' 'demands' a nominal 100 "
      "BOL/CVL -> BOL/GOV), the generation and 'my country' both the Ecuadorian people, one event, the changes "
      "unspecified -> generic 100, the addressee unnamed -> target null, the participle carrying the act, not "
      "nominal (set 187) (borderline uncoded as a vague characterisation of the President, as set 217's Senegalese "
      "'call for a different view'; or target ECU/GOV); 'had the resolve to break with the patterns' is no act"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([], "South Africa (2021): 'The COVID-19 pandemic has caused great devastation' = a natural event, no actor"),
 36: ([], "Saint Lucia (2024): 'The time for Climate Justice for SIDS is now!' = a slogan, no act (set 226: slogans "
          "uncoded)"),
 37: ([], "Maldives (2020): 'our lives came to a standstill' under the pandemic = a description, no act"),
 38: ([("Djibouti reaffirmed its commitment to the territorial integrity", "051", "DJI/GOV", "SDN", False, A, N,
        False)],
      "Djibouti (2024); 'Djibouti reaffirmed its commitment to the territorial integrity, sovereignty, political "
      "independence and unity of Sudan' = support for another state's sovereignty, stated as the speaker's own past "
      "act (guideline: a speaker's own past statements are its own assertion) -> 051 to the bare country (set 238: "
      "'We reaffirm our support and commitment to the sovereignty ... of Ukraine' one 051 -> bare UKR; set 184: "
      "support for 'the sovereignty and territorial integrity of Georgia' goes to bare GEO) (borderline a 032, or "
      "SDN/GOV)"),
 39: ([], "Mauritius (2023): 'it is crucial that we adapt our global institutions' = a UN and global-governance reform "
          "position with 'we' meaning all States (README choices: UN reform positions and 'we' meaning all States "
          "not coded)"),
}
