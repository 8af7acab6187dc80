"""Hand annotations for the TWO-HUNDRED-AND-SEVENTY-NINTH held-out event gold set (source of events-heldout279.jsonl).

Keyed by the row index of selection-heldout279.jsonl (output of select_statement_sentence_heldout.py 279; rows 0-18
all come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022).
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
    python3 data/gold/build_events.py --selection selection-heldout279.jsonl \\
        --annotations annotations_heldout279 --output events-heldout279.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("further welcomed", "051", "USA/GOV", "FRA/GOV", False, A, N, False),
      ("France’s Villa Albertine initiative", "030", "FRA/GOV", "USA", False, A, N, True)],
     "Readout of Blinken's meeting with French FM Le Drian (15 July 2021); 'Secretary Blinken further welcomed' -> 051 "
     "(guideline: welcome 051) to the initiative's author -> FRA/GOV (README choices: Niger's welcome of the UNITAID "
     "initiative 'launched by the French Government' a 051 to FRA/GOV plus a 030 from France); 'France's Villa "
     "Albertine initiative' = an initiative with its agent in the possessive -> nominal 030 asserted (README choices: "
     "'an initiative for an International Solar Energy Alliance is a nominal 030'; set 240: the Secretary-General's "
     "'Early Warning for All' initiative a nominal 030), already launched, 'which will establish French cultural "
     "centers throughout the United States' being its content, folded in (borderline a separate future 030 or 061 "
     "for the establishment), the centres lying 'throughout the United States' -> the country as a whole, bare USA "
     "(guideline: bare country when the country as a whole is meant) (borderline USA/GOV, or target null as set "
     "208's UNITAID, or USA/CVL for the public the centres serve); 'strengthening our close ties and sense of shared "
     "values' is the initiative's expected effect on the relationship, not a separate act (borderline a future "
     "nominal 050 FRA/GOV -> USA/GOV)"),
 1: ([("unwavering U.S. commitment to Israel’s security", "0334", "USA/GOV", "ISR/GOV", False, A, N, True),
      ("discuss regional and global challenges", "036", "USA/GOV", "ISR/GOV", False, F, N, False)],
     "Release on Blinken's travel to Israel, the West Bank, Morocco and Algeria (24 Mar 2022) -> USA/GOV; 'will "
     "underscore' is the document's own Secretary's future speech verb, not coded (guideline); 'the unwavering U.S. "
     "commitment to Israel's security' = a standing commitment to military protection named as a noun -> nominal "
     "0334 asserted, the commitment existing now and not only in the coming talks (set 230: 'America's ironclad "
     "commitment to Israel's security' a nominal 0334; held-out 275 row 11 and set 270 row 8: the same words a "
     "nominal 0334 USA/GOV -> ISR/GOV); 'discuss regional and global challenges with his counterparts in the Israeli "
     "government' = announced talks -> 036 future (guideline: future meetings 036; set 261: 'They will discuss' a "
     "future 036 per counterpart), the counterparts -> ISR/GOV; 'engage on Israeli-Palestinian issues' is the same "
     "coming talks with the same counterparts in the Israel leg of the trip, coded once (guideline: a repeated "
     "mention of the same event is coded once; one event per actor pair) (borderline a second future 036, to PSE/GOV "
     "for the Ramallah meetings of the sentence after, or to ISR/GOV on 'engage')"),
 # --- State Dept random: cue
 2: ([("continued their close coordination", "050", "USA/GOV", "GBR/GOV", False, A, N, False),
      ("Russia’s unprovoked and unjustified invasion of Ukraine", "192", "RUS/MIL", "UKR", False, A, N, True),
      ("the Russian Federation forces have committed", "200", "RUS/MIL", "UKR", False, A, N, False)],
     "Readout of Deputy Secretary Sherman's meeting with UK National Security Adviser Lovegrove (7 Apr 2022); "
     "'Deputy Secretary Sherman and NSA Lovegrove continued their close coordination in responding to ...' = "
     "ongoing cooperation between the two governments, a symmetric act coded once from the document's government -> "
     "050 asserted (held-out 18: 'continued close U.S.-UK coordination' a 050 USA/GOV -> GBR/GOV; set 243: 'are "
     "coordinating closely' 050), a finite verb with the coordination as its object, not nominal (borderline a "
     "nominal 050 on 'coordination', or a 040 for the meeting of the sentence before); 'in responding to' is the "
     "coordination's purpose, folded in; 'Russia's unprovoked and unjustified invasion of Ukraine' -> nominal 192 "
     "RUS/MIL -> UKR (guideline: invade 192; held-out sets: 'Russia's unjustified and unprovoked invasion of Ukraine' "
     "192 RUS/MIL -> UKR, the state sets reading 'Russia's invasion' as the forces') (borderline RUS/GOV); "
     "'atrocities the Russian Federation forces have committed' = realised mass atrocities with their agent on a "
     "finite verb -> 200 RUS/MIL (set 233 row 10: 'the atrocities committed by Russia in Bucha' a non-nominal 200 "
     "RUS/MIL -> UKR; README choices: war crimes 200), 'the Russian Federation forces' -> RUS/MIL (guideline: /MIL "
     "for armed forces), to the country -> bare UKR as set 233 (borderline UKR/CVL, as set 241's atrocities against "
     "the civilian population, or a nominal 200 on 'atrocities')"),
 3: ([("U.S. support for Mozambique’s efforts against COVID-19", "051", "USA/GOV", "MOZ/GOV", False, A, N, True),
      ("our long-standing investments in the country’s health sector", "070", "USA/GOV", "MOZ", False, A, N, True)],
     "Readout of Blinken's call with Mozambican President Nyusi (14 July 2021); 'The Secretary underscored' is the "
     "document's own Secretary's speech verb, not coded; 'U.S. support for Mozambique's efforts against COVID-19' = "
     "expressed support for a government's efforts, a noun with its agent -> nominal 051 (guideline: 'express "
     "support' 051; held-out sets: 'U.S. support for a strong, prosperous, and independent Vietnam' a nominal 051) to "
     "the government whose efforts they are -> MOZ/GOV (borderline a material 070 or a 073 for pandemic aid, as set "
     "266's 'continued support to address the refugee crisis' a nominal 073); 'building on our long-standing "
     "investments in the country's health sector' = realised U.S. health assistance named with its agent 'our' -> "
     "nominal 070 (set 236: 'U.S. investments in the health sector, including through PEPFAR' a nominal 070) "
     "(borderline 071, as set 259's '$85 billion' invested in the AIDS response, or 073), to the country -> bare MOZ, "
     "the health sector being the country's as a whole (borderline MOZ/GOV)"),
 4: ([("has been an important and welcome voice", "051", "USA/GOV", "TLS/GOV", False, A, N, False)],
     "Blinken's statement on the 20th anniversary of Timor-Leste's Restoration of Independence (19 May 2022) -> "
     "USA/GOV, addressed to Timor-Leste ('Your'); 'Your unwavering commitment to the principle of human rights' is "
     "a commitment to a principle, an abstract position, not coded (README choices: commitments to the Charter and "
     "to principles uncoded); 'has been an important and welcome voice in the international community and within "
     "the Indo-Pacific region' = praise of the country's international stance without a praise verb -> 051, "
     "following set 268 ('your personal courage is emblematic of that of the Ukrainian people' a 051 with no praise "
     "verb) and set 251 ('how powerful it is that he's here' a 051), the voice in the international community being "
     "the state's -> TLS/GOV (borderline uncoded as an evaluation, as set 229's admiration of Baker with no praise "
     "verb and held-out 275 row 16; or bare TLS, or TLS/CVL from 'The Timorese people' of the sentence before)"),
 5: ([("They aim to cooperate", "0311", "USA/GOV", N, False, A, N, False)],
     "Release on the Supply Chain Ministerial (20 July 2022); 'They' = 'the United States, allies, and partners' of "
     "the sentence before, which made 'political commitments to work together'; 'aim to cooperate on building "
     "long-term supply chain resiliency' = an intent to cooperate stated as a fact -> 03x asserted (guideline: an "
     "explicit intent verb stated as a fact is 03x asserted), economic cooperation on supply chains -> 0311, "
     "exactly as set 254 coded the same ministerial's joint statement 'we intend to approach resolutely and "
     "cooperatively' an asserted 0311 from USA/GOV with no target; the United States is the only coded party, the "
     "allies and partners never being named in the document -> source USA/GOV, target null (guideline: collectives "
     "without a code -> null) (borderline 030, or one event per partner named in the linked joint statement); 'by "
     "supporting transparency, diversification, security, and sustainability by adherence to high environmental and "
     "labor standards, including the prevention of forced labor, coupled with workforce development' = the means "
     "and abstract aims of the cooperation, no act between actors (guideline: abstract policy positions not coded)"),
 6: ([("discussed a range of international and bilateral issues", "040", "USA/GOV", "QAT/GOV", False, A, N, False),
      ("deescalate tensions", "087", "RUS/GOV", "UKR", False, D, N, False)],
     "Readout of Blinken's call with Qatari FM Al-Thani (17 Feb 2022); 'Secretary Blinken and the Foreign Minister "
     "discussed' -> 040 (guideline), symmetric, coded once from the document's government to QAT/GOV; 'Russia's "
     "continued threat to Ukraine' = the risk posed by the build-up, not a threat act (guideline: 'threats of "
     "Russian military action' = risk; held-out 239: 'as the present threat against Ukraine from Russia developed' "
     "uncoded) (borderline a nominal 138 RUS/GOV -> UKR, as set 245's 'the threats are coming in the other "
     "direction', or a nominal 154 for the build-up behind it); 'the urgent need for Russia to deescalate tensions' "
     "= a deontic without a request verb -> Y coded with source Russia and modality demanded, adding no request for "
     "the speakers (guideline), de-escalation -> 087 (held-out 14: the G7's 'de-escalate' a demanded 087 RUS/GOV -> "
     "UKR; set 228: stopping the invasion a demanded 087), the tensions being with Ukraine named in the same "
     "sentence -> bare UKR (borderline UKR/GOV, or a 1056 request from the two ministers, as set 246's 'shared "
     "commitment to urging Russia to de-escalate')"),
 7: ([("to engage with small and medium businesses", "040", "USA/GOV", "USA/BUS", False, A, N, False)],
     "Release on Special Representative Syed's visit to Frederick, Maryland (26 May 2022) -> USA/GOV; 'led a visit "
     "on May 24 to Frederick, Maryland, to engage with small and medium businesses on their needs when entering "
     "foreign markets' = a realised domestic meeting with U.S. companies -> 040 asserted (guideline: meet/discuss "
     "040; set 224: the Chamber of Commerce summit a 040 USA/GOV -> USA/BUS; held-out sets: 'roundtable "
     "discussion' with businesses a nominal 040 USA/GOV -> USA/BUS), the businesses being American (Frederick-based "
     "exporters in the text after) -> USA/BUS; the visit to a U.S. city is the trip on which the engagement took "
     "place, folded in (set 252: McKeon's visit to Southern Command folded into the meeting) (borderline a separate "
     "042 to USA/BUS, or uncoded as the Department's domestic outreach); 'their needs when entering foreign "
     "markets' is the topic"),
 8: ([("taking further steps to impose visa restrictions", "172", "USA/GOV", "NIC/JUD", False, A, N, False),
      ("taking further steps to impose visa restrictions", "172", "USA/GOV", "NIC/LEG", False, A, N, False),
      ("taking further steps to impose visa restrictions", "172", "USA/GOV", "NIC/GOV", False, A, N, False)],
     "Blinken's statement on visa restrictions on Ortega-Murillo regime officials (13 June 2022); 'the Department of "
     "State is taking further steps to impose visa restrictions on an additional 93 individuals' = visa restrictions "
     "announced and imposed by the statement -> 172 asserted (guideline: visa restrictions 172; held-out sets: 'have "
     "also taken steps to impose visa restrictions' an asserted 172), the Department -> USA/GOV; the individuals "
     "are officials of named sectors ('including judges, prosecutors, National Assembly Members, and Interior "
     "Ministry officials') -> one event per sector (set 242 and set 245: designees one 163 per sector): judges and "
     "prosecutors NIC/JUD (README choices: prosecutors are JUD), National Assembly Members NIC/LEG, Interior "
     "Ministry officials NIC/GOV (borderline NIC/COP, the Interior Ministry commanding the police, as the second "
     "set's Cuban Interior Ministry forces; or one 172 to NIC/GOV for all, as regime officials; or bare NIC, as "
     "held-out 4); 'believed to have undermined democracy' = the Department's unspecified charge, no CAMEO act "
     "named (borderline a 112 USA/GOV -> the same sectors); 'Daniel Ortega's illegitimate November 2021 reelection' "
     "is an election used as a time marker and characterised, not an act between actors"),
 9: ([("agreed to remain closely coordinated", "030", "USA/GOV", "IND/GOV", False, A, N, False),
      ("looked forward to meeting again soon", "036", "USA/GOV", "IND/GOV", False, F, N, False)],
     "Readout of Blinken's call with Indian EAM Jaishankar (5 Apr 2022); 'They' = Blinken and Jaishankar -> one "
     "event from the document's government to IND/GOV (guideline: symmetric acts coded once); 'agreed to remain "
     "closely coordinated on developments' = an agreed intent to keep cooperating -> 030 asserted (guideline: 'EU "
     "leaders agreed to open negotiations' a 03x asserted; held-out sets: 'agreed to coordinate closely' a 030 "
     "asserted per partner) (borderline 036, as set 241's 'agreed to continue our close diplomatic consultation'); "
     "'looked forward to meeting again soon' -> 036 future (guideline: 'look forward to' + event is future, future "
     "meetings 036; held-out sets: 'look forward to meeting her' a future 036)"),
 10: ([("Uzbekistan-hosted", "043", "UZB/GOV", N, False, A, N, False)],
      "Release on the U.S. delegation's meetings with Taliban representatives in Tashkent (28 July 2022); 'The meetings "
      "took place' = an anaphoric meeting noun with no agent in the sentence, its meetings coded in the sentence "
      "before, not coded (guideline: 'the meeting' without an agent not coded); 'after the conclusion of the "
      "Uzbekistan-hosted Tashkent Conference on Afghanistan on July 26' = a time marker whose hosting names its "
      "agent -> 043 asserted (guideline: host/convene 043; set 251: a time marker with a named agent is coded; set "
      "266: Thailand's APEC host year in a temporal clause a nominal 043 with no target), carried by the participle "
      "'hosted' and so not nominal (set 262: 'hosted by' a non-nominal 043), the conference's participants never "
      "named -> target null (set 236: Japan 'hosting the launch' of IPEF a 043 with no target) (borderline uncoded "
      "as a time marker, as set 223's Quad leaders' meeting; or bare AFG, the conference's subject, or AFG/GOV for "
      "the Taliban delegation that attended)"),
 11: ([("encouraged further efforts", "108", "USA/GOV", "OMN/GOV", False, A, N, False)],
      "Readout of Blinken's call with Omani FM Al-Busaidi (31 Mar 2022); 'The Secretary encouraged further efforts to "
      "build support for a truce leading to a ceasefire in Yemen' = a request to the counterpart on the call, Oman, "
      "thanked in the sentence before 'for its support ... especially on Yemen' (guideline: a verb's missing "
      "participant from the context) -> one asserted request USA/GOV -> OMN/GOV, its sub-code from Y: Oman's "
      "brokering efforts for a truce -> demand mediation 108 (README choices: asking a truce's guarantors to stop "
      "escalation is 108 per addressee; appeals to the Quartet 'to persevere in their efforts' 108; set 254: 'Oman's "
      "efforts to strengthen and extend the truce in Yemen' a nominal 045) (borderline 1056 for the truce and "
      "ceasefire themselves, or target null as a call with no named addressee); Y is not coded separately; 'a truce "
      "leading to a ceasefire in Yemen' names no party, not coded (set 256: a ceasefire naming no party uncoded)"),
 # --- State Dept random: nocue
 12: ([("public-private partnerships that we’ve been building", "050", "USA/GOV", "USA/BUS", False, A, N, False),
       ("public-private partnerships that we’ve been building", "050", "USA/GOV", "AUS/BUS", False, A, N, False)],
      "Blinken's remarks at the U.S.-Australia health security partnerships roundtable in Melbourne (10 Feb 2022), "
      "Blinken the speaker -> 'we' USA/GOV (guideline: 'we' in State Dept releases -> USA/GOV); 'the public-private "
      "partnerships that we've been building' = realised ongoing cooperation with the private sector -> 050 "
      "(README choices: partnerships with civil society and the private sector are one 050 each; set 229: 'We are "
      "partnering with civil society, the private sector' a 050), carried by the finite 'have been building' and so "
      "not nominal; the private sectors are those of the two countries, as the sentence after makes plain ('America "
      "and Australia together are building these ... across our private sectors') (guideline: missing participants "
      "from the context) -> one event each to USA/BUS and AUS/BUS (borderline one 050 with target null, as set 229 "
      "and set 271 for a private sector tied to no country; or a second source AUS/GOV for the two governments' "
      "'we'); 'the work that the governments are doing' is unspecified COVID-19 work with no act type named, not "
      "coded (borderline a 050 USA/GOV -> AUS/GOV), and 'the work of the private sector to finally get us to a better "
      "place' is the companies' own work, no act between political actors; 'gives me the most cause for optimism' "
      "is a sentiment"),
 13: ([("I congratulate the people of Jamaica", "051", "USA/GOV", "JAM/CVL", False, A, N, False)],
      "Blinken's statement on Jamaica's Independence Day (6 Aug 2021); 'On behalf of the Government of the United "
      "States of America, I congratulate the people of Jamaica' -> 051 (README choices: congratulating a people on a "
      "national day is 051; held-out sets: 'I congratulate the people of Guyana' 051 USA/GOV -> GUY/CVL), the "
      "speaker's government -> USA/GOV; 'as you celebrate your independence this August 6' is the occasion, not an "
      "act between actors"),
 14: ([("spoke today with", "040", "USA/GOV", "ESP/GOV", False, A, N, False),
       ("the strong U.S.-Spain alliance", "050", "USA/GOV", "ESP/GOV", False, A, N, True)],
      "Readout of Blinken's call with Spanish FM Gonzalez Laya (11 June 2021), the splitter cutting after 'Antony J.' "
      "(held-out 15 row 14); 'spoke today with' -> 040 (guideline: a call is 040) -> ESP/GOV; 'to reaffirm' is the "
      "call's speech purpose, not coded; 'the strong U.S.-Spain alliance, friendship, and Transatlantic "
      "relationship' = an alliance noun naming its parties -> nominal 050 (README choices: an agreement or "
      "cooperation named by its parties is a nominal 050; set 255: 'The U.S-Thai Alliance' and set 264: 'the "
      "U.S.-Japan Alliance' nominal 050s), the friendship folded in as the same relationship (borderline 062 for a "
      "military alliance, or uncoded as a state, as set 255 flagged); 'Transatlantic relationship' names no coded "
      "party beyond the two, folded in (borderline a nominal 050 to org:EU or org:NATO)"),
 15: ([], "Release on COVID-19 Travel Advisory updates (14 Apr 2022): 'Starting next week, the State Department Travel "
          "Advisory levels will no longer automatically correlate with the CDC COVID-19 THN level' = a change in the "
          "Department's own advisory methodology, internal administrative business with no counterpart (held-out 4 "
          "and 13: internal Department business uncoded; set 222 and held-out 224: travel advisories uncoded); 'no "
          "longer' bears on a correlation between two U.S. government rating systems, not on an event"),
 16: ([], "Release on Blinken's remarks at the Congress-Bundestag Youth Exchange welcome-home event (17 June 2022): 'It "
          "offers opportunities to study or work abroad for high school students, recent high school graduates with a "
          "vocational interest, and young professionals' = a description of what the exchange programme offers its "
          "own participants, no act between political actors (held-out 23: the Fulbright exchange programme "
          "uncoded; set 268: a domestic exchange programme's outreach uncoded) (borderline a habitual 050 USA/GOV -> "
          "DEU/GOV, the programme being 'jointly offered by the U.S. and German governments' in the sentence "
          "before, or a habitual 070 to USA/CVL)"),
 17: ([("participate in", "040", "USA/GOV", "org:ASEAN", False, A, N, False),
       ("participate in", "040", "USA/GOV", N, False, A, N, False)],
      "Blinken's statement on the 54th anniversary of ASEAN (6 Aug 2021), the speaker -> USA/GOV; 'This week I had the "
      "privilege to participate in the U.S-ASEAN, East Asia Summit (EAS), ASEAN Regional Forum (ARF), Mekong-U.S. "
      "Partnership, and Friends of the Mekong ministerial meetings' = realised attendance at meetings -> 040 "
      "(README choices: participating in forums together with a named state is 040 to it; set 229: 'I am here' a "
      "040 to org:UNGA); the U.S.-ASEAN ministerial names its counterpart -> one 040 to org:ASEAN (README choices: a "
      "meeting noun whose name gives its participants); the EAS, the ARF, the Mekong-U.S. Partnership and the "
      "Friends of the Mekong have no code and their members are never named in the document (held-out 109 and set "
      "261: the ARF has no code; held-out 5: the Friends of the Mekong a group with no code -> null; held-out 275 "
      "row 5: the Mekong partners unnamed -> null) -> one further 040 with target null for those meetings (README "
      "choices: several conferences hosted by one government are one 043 with no target; set 233: a conference with "
      "no named convenor a 036 with no target) (borderline org:ASEAN for the ASEAN-led EAS and ARF, folding them "
      "into the first event; or one 040 with no target per meeting); 'I had the privilege' is a sentiment"),
 18: ([("is committed to working with our Allies and partners", "030", "USA/GOV", N, False, A, N, False),
       ("keep pressure on the Russian Federation", "170", "USA/GOV", "RUS/GOV", False, F, N, False)],
      "Price's statement supporting partners' expulsions of Russian intelligence officers (29 Mar 2022); 'The United "
      "States is committed to working with our Allies and partners' = a commitment to cooperate stated as a fact -> "
      "030 asserted (README choices: commitments stated as facts, 'remain committed to supporting', are asserted "
      "03x), the allies and partners an uncoded collective never named one by one in the document -> target null "
      "(held-out 253 row 0 and held-out 6 row 0: 'work with our partners and allies' a 030 with target null) "
      "(borderline org:NATO for the capitalised 'Allies', as set 274 row 9's 'all NATO Allies'); 'to keep pressure on "
      "the Russian Federation' = the coercion the commitment is for -> 170 (set 248: 'put extraordinary pressure on "
      "Russia' a 170 USA/GOV -> RUS/GOV), its purpose still to be carried out -> future (held-out 253 row 0 and set "
      "235: the purposes of a commitment to work with partners, 'impose costs', coded future) (borderline asserted, "
      "'keep' presupposing pressure already applied, as set 248's 'we're doing that'; or 163 for the sanctions "
      "meant); 'protect our common national interests from the Russian Federation's actions' = an abstract aim "
      "against unspecified acts, not coded (set 247: the Kremlin's unspecified 'actions' uncoded)"),
}
