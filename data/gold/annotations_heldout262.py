"""Hand annotations for the TWO-HUNDRED-AND-SIXTY-SECOND held-out event gold set (source of events-heldout262.jsonl).

Keyed by the row index of selection-heldout262.jsonl (output of select_statement_sentence_heldout.py 262; rows 0-21
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
    python3 data/gold/build_events.py --selection selection-heldout262.jsonl \\
        --annotations annotations_heldout262 --output events-heldout262.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("to meet with refugees", "036", "USA/GOV", "UKR/CVL", False, F, N, False),
      ("to meet with refugees", "036", "USA/GOV", N, False, F, N, False),
      ("assisting them", "073", N, "UKR/CVL", False, A, N, False)],
     "Travel announcement for Assistant Secretary Noyes (PRM) to Moldova and Poland (11 Apr 2022) -> USA/GOV; 'She "
     "will also visit a refugee hosting center to meet with refugees' = an announced visit to meet refugees -> 036 "
     "future (held-out rule: an announced trip is 036 future; README choices: welcoming newly arrived refugees on a "
     "visit is a future 036; set 236 row 1: Noyes' 'will also visit refugee settlements to hear directly from "
     "refugees' a future 036), the visit to the centre folded into the meeting (set 237: the trip folded into the "
     "meetings), the refugees being those 'who have fled Ukraine due to Russia's unprovoked invasion' (sentence "
     "before) -> UKR/CVL, unlike set 236's refugees of mixed origin (borderline target null as set 236, or bare MDA "
     "as the destination); 'as well as humanitarian organization staff and volunteers' = a second group met, the "
     "organisations unnamed and uncoded -> a second future 036 with no target (set 252: Allen's meetings with "
     "uncoded groups one future 036 with no target; set 237: one future 036 per sector) (borderline folded into the "
     "first meeting); 'volunteers assisting them' = realised, ongoing help to the refugees by uncoded helpers -> "
     "073 with no source to UKR/CVL, a participle, not nominal (set 229: European partners' 'treating children' a "
     "073 with no source to UKR/CVL; set 219: countries 'that have helped and hosted our people' 070 and 075 with "
     "no source) (borderline uncoded as a description of the people met); 'a refugee hosting center' is an "
     "attributive noun whose host, Moldova, is named only in the sentence before, where its hosting role is stated, "
     "not coded again (borderline a 075 MDA/GOV -> UKR/CVL)"),
 1: ([("will continue her travels to the Our Ocean Conference", "036", "USA/GOV", "PLW", False, F, N, False),
      ("will co-host with Palau", "036", "USA/GOV", "PLW/GOV", False, F, N, False)],
     "Travel announcement for Assistant Secretary Medina (OES) to Honolulu and Palau (6 Apr 2022) -> USA/GOV; 'will "
     "continue her travels to the Our Ocean Conference, which ... [is held] in Koror, April 13-14' = an announced "
     "trip abroad -> 036 future to the destination country, Koror being in Palau -> bare PLW (README choices: an "
     "announced trip is 036 future; set 239: Kerry's trip to the UN Ocean Conference a future 036 to bare PRT) "
     "(borderline folded into the co-hosting); 'which the United States will co-host with Palau' = future "
     "hosting -> 036 future (guideline), the co-host the partner -> USA/GOV -> PLW/GOV, exactly as held-out 2 row "
     "21 coded the same co-hosting ('co-host' 036 USA/GOV -> PLW/GOV future) and set 227 Sison's co-hosted meeting "
     "(borderline one future 036 per co-host with no target, as set 256's Yemen pledging event; the Our Ocean "
     "Conference has no convening organisation, unlike the UN Ocean Conference of sets 224 and 239); 'Following "
     "these activities' is anaphoric to the Honolulu meetings of the sentence before, not coded again"),
 # --- State Dept random: demand
 2: ([], "Joint statement on the Safer oil tanker (27 May 2022): 'The international community – private sector "
         "included – must take action now to address the imminent threats posed by the Safer' = a deontic whose "
         "agent is an uncoded collective and whose Y, averting an environmental and humanitarian risk from a "
         "decaying vessel, is no behaviour between political actors (guideline: if Y is not a codable behaviour "
         "nothing is coded; held-out 259 row 2); 'threats posed by the Safer' is a risk (guideline: figurative "
         "'threat')"),
 3: ([], "Statement on violence and threats to free speech in El Salvador (10 Apr 2022): 'Journalists must have the "
         "freedom to do their jobs without fear of violence, threats, or unjust detention' = a deontic whose Y is a "
         "state (having freedom), not a codable behaviour (guideline), and the feared violence, threats and "
         "detention are generic, with no agent in the sentence (borderline a negated, demanded 175 or 173 from "
         "SLV/GOV, the government named in the sentence before, to SLV/MED)"),
 4: ([("seized", "171", "IRN/MIL", "GRC", False, A, N, False),
      ("must immediately release", "0842", "IRN/GOV", "GRC", False, D, N, False),
      ("must immediately release", "0841", "IRN/GOV", "GRC/CVL", False, D, N, False)],
     "Readout of Blinken's call with Greek FM Dendias (30 May 2022); 'The Secretary and Foreign Minister agreed that "
     "...' = a shared view, not an agreement act, and not coded (held-out 1 row 11: 'agreed that Iran must never be "
     "allowed' a shared view; held-out 4 row 7; held-out 7 row 12) (borderline 051 USA/GOV -> GRC/GOV), and "
     "the Department's own Secretary being one of its holders, the content has reported_by null (README choices: "
     "the President quoted in a State Dept release is the document's own government); 'Iran must immediately "
     "release the seized vessels, their cargoes, and their crews' = a deontic without a request verb -> Y coded "
     "with modality demanded (guideline: 'Tehran should release them' 0841 demanded), split by what is released: "
     "the vessels and cargoes -> 0842 (return/release property; set 143: Iraq's return of stolen property a 0842) "
     "to bare GRC, the vessels being Greek-flagged, and the crews -> 0841 (release persons) to GRC/CVL, the crews "
     "of Greek-flagged ships (borderline one event, 0841 or 0842; GRC/BUS for the ship owners; the crews' "
     "nationality is not given); 'the seized vessels' = the seizure of the sentence before ('the May 27 seizure of "
     "two Greek-flagged vessels by Iran's Islamic Revolutionary Guard Corps'), a realised act named inside the "
     "demand (README choices: 'end its repression of Mr. Navalny' coded too), its agent plain from the text "
     "around it (README choices) -> the IRGC as Iran's armed forces IRN/MIL (guideline: /MIL for armed forces and "
     "their acts), PETRARCH's CAMEO dictionary SEIZE [171] (seize or damage property), a participle, not nominal "
     "(set 218: 'occupied islands' a non-nominal 192), to the flag state, bare GRC (borderline 1711 as set 143's "
     "'stolen', 181 as a hijacking of ships with their crews, or uncoded as anaphoric)"),
 # --- State Dept random: cue
 5: ([("welcomes", "051", "USA/GOV", "SAU/GOV", False, A, N, False),
      ("signing of the Artemis Accords", "057", "SAU/GOV", N, False, A, N, True)],
     "Release on Saudi Arabia signing the Artemis Accords (16 July 2022); 'The United States welcomes' -> 051 "
     "(guideline) to SAU/GOV; 'Saudi Arabi's signing of the Artemis Accords on July 14' = an agreement concluded, an "
     "event noun with its agent -> nominal 057 (README choices: the welcome of an agreement codes the agreement "
     "too), multilateral accords -> target null, exactly as held-out 21 row 17 coded Saudi Arabia's signing ('to "
     "sign the Accords' 057 SAU/GOV -> null; held-out 2 row 46: Singapore's signing) (borderline USA/GOV as the "
     "Accords' convenor); 'affirming its commitment to safe, sustainable, and responsible space exploration' is an "
     "abstract commitment with no counterpart (held-out 224 row 24: the Artemis signatories' commitment "
     "uncoded)"),
 6: ([("U.S. military assistance", "072", "USA/GOV", "UKR", False, A, N, True)],
     "Release on new sanctions on Russian financial institutions (6 Apr 2022); 'This' = the $100 million in new "
     "security assistance approved the night before (sentence before), anaphoric and not coded again; 'brings "
     "U.S. military assistance to almost $2.5 billion since September, and $4.5 billion since 2014' = a realised "
     "aid aggregate with its agent -> nominal 072 (guideline: military aid), USA/GOV -> bare UKR, exactly as held-out "
     "251 row 1's 'total U.S. military assistance to Ukraine' (held-out 13 row 23; set 225: the drawdown a nominal "
     "072 to UKR); 'the most recent of six drawdowns of arms, equipment, and supplies from Department of Defense "
     "inventories for Ukraine since August 2021' names the tranches of the same aid flow, folded in (set 233 and "
     "held-out 251 row 1: repeated mentions of one aid flow coded once) (borderline a second nominal 072 for the "
     "drawdowns, as held-out 13 row 23 coded tranche and total)"),
 7: ([("always welcome in France", "036", "FRA/GOV", "USA/GOV", False, A, N, False)],
     "Blinken and French FM Colonna before their meeting in Berlin (24 June 2022), Colonna's turn -> FRA/GOV; "
     "'Tony, you're always welcome in France, in Paris, your second home' = a standing invitation to visit -> 036 "
     "(README choices: an invitation, 'are very welcome to visit Luxembourg', is 036; held-out 7 row 59), asserted "
     "as a standing offer, Blinken -> USA/GOV (borderline uncoded as a courtesy, or 043); Paris is a place, not a "
     "metonym (guideline)"),
 8: ([("are unjustly detained", "173", "BLR/GOV", "BLR/OPP", False, A, N, False)],
     "Statement on the anniversary of the fraudulent Belarusian presidential election (9 Aug 2021); 'Over 600 "
     "political prisoners are unjustly detained' = detention 173 (guideline), an agentless passive whose agent is "
     "plain from the text before ('the regime ... embarked on a campaign of violence and repression', 'Lukashenka "
     "has sought to cement his hold on power') -> BLR/GOV (guideline: a verb's missing participant taken from the "
     "context; set 221: the agentless 'wrongfully detained' takes IRN/GOV from the text before; set 230: "
     "Tsimanouskaya's repatriation attempt BLR/GOV), political prisoners -> BLR/OPP (held-out 8 row 41 and held-out "
     "19: 'unjust detentions of political prisoners' 173 NIC/GOV -> NIC/OPP) (borderline BLR/CVL, or source null "
     "as an agentless passive)"),
 9: ([("strong support for Ukraine", "051", "USA/GOV", "UKR", False, A, N, True),
      ("aggression", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Readout of Blinken's call with Ukrainian FM Kuleba (24 May 2022); 'The Secretary again underscored' is a "
     "statement (01x); 'the United States' strong support for Ukraine's sovereignty and territorial integrity' = "
     "a support noun with its agent -> nominal 051 (guideline: 'express support' 051), support for sovereignty "
     "going to the bare country (set 184: the sovereignty and territorial integrity of Georgia -> bare GEO; set "
     "238: 'We reaffirm our support and commitment to the sovereignty ... of Ukraine' a 051 to bare UKR; set 248: "
     "'your support of independence, sovereignty' a nominal 051 to bare UZB) (borderline a nominal 032, as set "
     "246's 'reiterated U.S. commitment to Ukraine's sovereignty'); 'Moscow's aggression' = a capital metonym "
     "(guideline: Moscow -> RUS/GOV) with an event noun -> nominal 190 (guideline: 'aggression' 190; 'Moscow's "
     "attacks' nominal) to bare UKR, the victim from the same sentence"),
 10: ([("welcomes", "051", "USA/GOV", "ISR/GOV", False, A, N, False),
       ("welcomes", "051", "USA/GOV", "ARE/GOV", False, A, N, False),
       ("opening of the Israeli Embassy in Abu Dhabi", "054", "ISR/GOV", "ARE/GOV", False, A, N, True),
       ("the visit of Alternate Prime Minister", "042", "ISR/GOV", "ARE", False, A, N, True),
       ("hosted by UAE Minister", "043", "ARE/GOV", "ISR/GOV", False, A, N, False)],
      "Blinken's statement on the opening of the Israeli Embassy in the UAE (29 June 2021); 'The United States "
      "welcomes' -> 051 (guideline), the welcome of developments going to each named party (README choices: "
      "welcoming several developments is 051 to each named party, the developments coded too; support or welcome "
      "aimed at a process goes to its named parties) -> one to ISR/GOV (the embassy, Lapid's visit) and one to "
      "ARE/GOV (host of the embassy and of the ceremony) (borderline ISR/GOV only); 'the historic opening of the "
      "Israeli Embassy in Abu Dhabi' = a realised opening with its agent -> PETRARCH's CAMEO dictionary OPEN/REOPEN "
      "EMBASSY [054], nominal, ISR/GOV -> ARE/GOV, Abu Dhabi being the place of the embassy, not a metonym (set 235: "
      "a planned embassy opening, there a future 032 under the future-cooperation rule, borderline 054; set 256: "
      "building a consulate uncoded) (borderline 050); 'the visit of Alternate Prime Minister and Foreign Minister, "
      "Yair Lapid' -> nominal 042 (guideline: visit 042) ISR/GOV -> bare ARE (held-out rule: a visit goes to the "
      "country); 'the ceremony hosted by UAE Minister of Foreign Affairs ... Sheikh Abdullah bin Zayed Al Nahyan' -> "
      "043 (guideline: host 043), carried by the participle with its by-agent and so not nominal (set 116: a meeting "
      "'organized by the Government of Brazil' a 043, not nominal), ARE/GOV -> ISR/GOV, the guest for whose visit "
      "the ceremony is held (borderline target null, as set 239's Haiti ministerial 'hosted by the Government of "
      "Suriname')"),
 11: ([("very much supports", "051", "USA/GOV", "VNM", False, A, N, False)],
      "Blinken with Vietnamese PM Pham Minh Chinh before their meeting (13 May 2022), Blinken's turn -> USA/GOV; 'the "
      "United States very much supports a strong, independent, prosperous Vietnam' -> 051 to bare VNM, exactly as "
      "set 238 coded 'U.S. support for ... a strong, prosperous, and independent Vietnam' (one non-nominal 051 to "
      "bare VNM) (borderline VNM/GOV, or uncoded as an abstract position)"),
 12: ([("thanked the Foreign Minister", "051", "USA/GOV", "QAT/GOV", False, A, N, False),
       ("continued support for Ukraine", "051", "QAT/GOV", "UKR", False, A, N, True)],
      "Readout of Blinken's call with Qatari DPM and FM Al-Thani (17 Mar 2022); 'The Secretary thanked the Foreign "
      "Minister' -> 051 (guideline: thank 051) USA/GOV -> QAT/GOV; 'for Qatar's continued support for Ukraine's "
      "sovereignty' = the act thanked for, an event noun with its agent -> nominal 051 (verbal support for a "
      "principle; README choices: thanks 'for the ongoing support' gives the support its agent from the thanks) "
      "QAT/GOV -> bare UKR, support for sovereignty going to the bare country (set 184; set 238) (borderline 070, "
      "the humanitarian assistance of the sentence before being a separate act)"),
 13: ([], "Readout of Blinken's meeting with Tajik FM Muhriddin (1 July 2021): 'The Secretary and the Foreign Minister "
          "agreed that a just and durable settlement in Afghanistan would advance regional economic growth and "
          "integration' = a shared view, not an agreement act (held-out 1 row 11; held-out 7 row 12: 'agreed that a "
          "diplomatic solution ... is the best outcome' a shared view, uncoded), and the hypothetical settlement "
          "names no parties (borderline a hypothetical nominal 057 with no source and no target)"),
 14: ([("to welcome you to the State Department", "042", "JOR/GOV", "USA", False, A, N, False)],
      "Blinken with Jordan's King Abdullah II before their meeting (20 July 2021), Blinken's turn; 'it is a real "
      "pleasure to welcome you to the State Department, the Crown Prince as well' = a welcome of a visiting head of "
      "state -> codes the visit it shows, 042 to the country (README choices: 'welcome Secretary Blinken to Delhi' "
      "a 042, not the welcome; set 228: 'It's very good to have you here, and I welcome you' a 042 EGY/GOV -> bare "
      "USA), the King and the Crown Prince both JOR/GOV, one actor pair coded once (guideline) (borderline a 043 "
      "USA/GOV -> JOR/GOV, as set 224's 'welcome this council back to the State Department')"),
 # --- State Dept random: nocue
 15: ([("reiterate our commitment to the continued deepening of the ties", "030", "USA/GOV", "SEN/GOV", False, A, N,
        False)],
      "Blinken's Senegal National Day message (4 Apr 2022); 'we reiterate our commitment to the continued deepening of "
      "the ties between our countries' = an explicit intent to expand cooperation stated as a fact -> 03x asserted "
      "(guideline: 'we pledged to continue' 03x asserted), intent to cooperate 030 (set 204: 'reiterates its "
      "commitment to developing cooperation' a 030; set 232: 'reiterate the ... commitment to Afghanistan' a 030), "
      "'our countries' -> SEN/GOV (set 240 row 21: a national-day relationship to the government) (borderline "
      "uncoded as an abstract commitment, or bare SEN)"),
 16: ([], "Release on IPBES-9 (11 July 2022): the Platform's plenary 'approved the methodological assessment' = the "
          "internal adoption of a scientific report by a body with no code (set 143: a national report uncoded; set "
          "145: internal Secretariat changes uncoded) (borderline a 051 with no source and no target)"),
 17: ([], "Blinken's message on the Day of Portugal (10 June 2021): 'the United States extends its warmest wishes to the "
          "Portuguese people as they celebrate this special day' = well-wishing, not coded (README choices: "
          "'I wish all people of Vanuatu health and happiness' not coded; held-out 14 row 10 and set 249: best "
          "wishes are well-wishing), unlike a congratulation (borderline a 051 USA/GOV -> PRT/CVL, as the "
          "national-day congratulations); 'As a longtime friend' is a status"),
 18: ([("looks forward to further collaboration with Sweden", "030", "USA/GOV", "SWE/GOV", False, F, N, False)],
      "Blinken's Swedish National Day message (6 June 2021); 'The United States looks forward to further "
      "collaboration with Sweden on Arctic issues' = 'look forward to' + cooperation -> 030 future (guideline: "
      "future cooperative acts take the intent codes; set 170: Pakistan's look forward to cooperation a future 030; "
      "set 240 row 21: 'look forward to further opportunities to grow our relationship' a future 030 to the "
      "government) -> SWE/GOV; 'including in the Arctic Council' is a venue with no code; 'and identifying ways our "
      "countries can tackle the climate crisis together' is the same intended cooperation, folded in (README choices: "
      "one commitment with several purposes is coded once) (borderline a second future 030, or a future 036)"),
 19: ([], "Blinken with a congressional delegation in Rzeszow (5 Mar 2022), Chairman Meeks's turn: 'Mike McCaul is the "
          "ranking member – I'm the chair of the House Foreign Affairs Committee' = an introduction of offices held, "
          "no act"),
 20: ([], "Release on the $600 million pledge (19 Apr 2022): 'The following is being released jointly by the U.S. "
          "Department of State and the U.S. Department of the Treasury' = a release note between two US agencies, "
          "internal (set 239: releasing a joint statement uncoded)"),
 21: ([("firing prosecutors", "175", "GTM/JUD", "GTM/JUD", False, A, N, False)],
      "Designation of Guatemala's Attorney General Porras (17 May 2022); Porras as head of the Public Ministry -> "
      "GTM/JUD (held-out 25 row 37; held-out 15 row 39); 'firing prosecutors who investigate cases involving acts of "
      "corruption' = reprisal against anticorruption prosecutors -> repression 175 GTM/JUD -> GTM/JUD, exactly as "
      "held-out 25 row 37 coded 'The Attorney General's efforts to target anticorruption and other prosecutors' "
      "(175 between JUDs; README choices: an attorney general's targeting of prosecutors is 175 between JUDs), a "
      "gerund with its object, not nominal (borderline 172 as an administrative sanction, as set 250's "
      "disbarment); 'reportedly' with no named source -> reported_by null (guideline); 'ordering prosecutors in "
      "Guatemala's Public Ministry to ignore cases based on political considerations' = an instruction within her "
      "own institution, left uncoded as internal direction (borderline a generic 100 GTM/JUD -> GTM/JUD); 'Porras's "
      "pattern of obstruction' names the listed acts as a whole and is folded into them (borderline a nominal 120, "
      "after PETRARCH's OBSTRUCT [120])"),
 # --- UNGDC 2020-2024 random: neg
 22: ([], "Suriname (2021): 'we must bear in mind that noble ideals with strong political commitments do not mean much "
          "if not supported with new financial resources' = a generalisation, 'we' meaning all States preparing for "
          "COP 26 (held-out 42/43: not coded) (borderline a negated, hypothetical 071 with no source and no "
          "target)"),
 23: ([], "Nauru (2023): 'any progress made is at risk if we do not address the threat of climate change' = 'we' "
          "meaning all States and a risk (held-out 42/43; guideline: figurative 'threat'), not coded"),
 24: ([], "United Kingdom (2024): 'Public finance will never fully meet the needs' = a generalisation about development "
          "finance between uncoded collectives (set 246: the unmet $100 billion target uncoded; held-out 259 row "
          "24), the negation bearing on sufficiency (borderline a negated future 071 with no source and no target)"),
 # --- UNGDC 2020-2024 random: future
 25: ([("we will be hosting the ninth international Our Ocean Conference", "036", "GRC/GOV", N, False, F, N, False)],
      "Greece (2022); 'in 2024, we will be hosting the ninth international Our Ocean Conference' = future hosting -> "
      "036 future (guideline; set 213: Mauritius' 'will host' the piracy conference a future 036 with no target; set "
      "238: Saudi Arabia's 'We will also host the 11th World Water Forum' a future 036 with no target), the "
      "participants unnamed -> target null (borderline uncoded, as the sports games of sets 181 and 188); 'building "
      "on our ambitious plans to promote sustainable fishing and protect 30 per cent of our land and sea' = domestic "
      "environmental plans, not coded"),
 # --- UNGDC 2020-2024 random: demand
 26: ([], "Guinea (2024): 'it is clear that our responses must be collective and humanitarian' = 'our' meaning all "
          "States (held-out 42/43), a deontic whose Y is no codable behaviour (guideline)"),
 27: ([], "Iceland (2021): 'The run-up to the 75th anniversary of the Universal Declaration ... should be used to "
          "reinvigorate our collective commitments to human rights' = an agentless deontic, 'our' meaning all States, "
          "and an abstract commitment (guideline), not coded"),
 # --- UNGDC 2020-2024 random: cue
 28: ([], "Portugal (2020): 'The pandemic has placed new demands on the promotion and protection of human rights' = an "
          "inanimate subject and figurative 'demands', no request (held-out 20 row 62: 'They demand collective "
          "action' with an inanimate subject not coded)"),
 29: ([], "Morocco (2024): 'Morocco joins the voices of other Islamic and Arab states in expressing deep concern over "
          "the grave and unprecedented situation' = expressed concern (guideline: 01x not coded; README choices: 'Are "
          "alarmed by' 01x); 'the occupied Palestinian territories' is part of a place name whose occupier the "
          "speech does not name in this passage (set 172: 'occupied Arab territories' whose occupier is unnamed "
          "uncoded; set 143) (borderline a nominal 192 with no source to bare PSE, as set 218's Brunei row)"),
 30: ([("the support we have received from Secretary-General", "070", "org:UN", "AGO/GOV", False, A, N, True)],
      "Angola (2022); 'Those efforts' = Angola's peacebuilding and mediation efforts of the text before, anaphoric "
      "and not coded (guideline: 'this aggression' not coded), and 'have been galvanized' is an evaluation of their "
      "effect; 'the support we have received from Secretary-General Antonio Guterres' = realised support with its "
      "agent, the Secretary-General -> org:UN, to the speaker's government -> nominal 070 (set 200: Serbia's 'we have "
      "received a great deal of support from the United Nations' a 070 org:UN -> SRB/GOV) (borderline 051 for "
      "political backing, as set 142's 'historic role in supporting our country's sovereignty')"),
 31: ([("we look forward to the first intergovernmental conference", "036", "ALB/GOV", "org:EU", False, F, N, False),
       ("the decision of the European Council to open accession negotiations", "036", "org:EU", "ALB/GOV", False, A,
        N, True)],
      "Albania (2021); 'we look forward to the first intergovernmental conference' = 'look forward to' + a meeting, "
      "the speaker a party -> 036 future (guideline; set 241: 'We look forward to the next Negev Forum Ministerial "
      "meeting' a future 036 per other party), the intergovernmental conference being the accession talks with the "
      "Union -> org:EU (set 131: Croatia's preparing for 'the opening of accession negotiations with the European "
      "Union' a future nominal 036 HRV/GOV -> org:EU); 'the decision of the European Council to open accession "
      "negotiations with Albania' = an explicit intent to negotiate stated as a fact -> 036 asserted (guideline: "
      "'EU leaders agreed to open negotiations' 03x asserted; the first set's 'agreed to open accession "
      "negotiations' 036 org:EU -> MDA/GOV), the European Council -> org:EU, a decision noun with its agent -> "
      "nominal (borderline a nominal 046); 'The European integration process represents an anchor for Albania's "
      "future' has no agent in the sentence and is an evaluation (borderline a nominal 030 ALB/GOV -> org:EU, as set "
      "175's 'The objective of membership in the European Union')"),
 32: ([], "Cote d'Ivoire (2020): 'the pandemic could wipe out more than a decade of economic growth' = a risk with no "
          "political actor; 'everyone agrees' is a generalisation"),
 33: ([], "Mexico (2020): 'We are supporting the people directly from below, from the bottom up' = a domestic social "
          "programme of the Mexican government (set 174: 'We have to provide them with agricultural assistance' "
          "uncoded as a domestic programme; held-out 259 row 39) (borderline a habitual 073 MEX/GOV -> MEX/CVL)"),
 34: ([], "Zimbabwe (2020): 'We count on the international community to strengthen its support for AU-led peace "
          "efforts' = a hope about others' aid, optative (README choices: 'we count on', 'look forward to the support "
          "of' not coded); the support it presupposes runs from an uncoded collective and stays within the optative "
          "(borderline a nominal 070 with no source to org:AU); 'AU-led peace efforts' are a generic class (held-out "
          "20 row 61: 'the AU-led operations are a generic class, not coded') (borderline a nominal 045 org:AU with no "
          "target, as set 254's Guterres efforts)"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([], "Paraguay (2020): 'The Venezuelan diaspora is the second largest in the world' = a statistic, no act"),
 36: ([], "Cambodia (2020): 'we can anticipate the gloomy prospect of business bankruptcies and massive layoffs' = an "
          "economic forecast, 'we' meaning all States, no act between political actors"),
 37: ([], "North Macedonia (2022), on taking over the OSCE chairmanship: 'I am confident that we will successfully "
          "justify the trust bestowed upon us' = an assurance of good conduct in office, not coded (set 121: Chad's 'we "
          "shall do our utmost to deserve that trust' uncoded; set 164) (borderline a future 030 to org:OSCE, or a 051 "
          "org:OSCE -> MKD/GOV for 'the trust bestowed')"),
 38: ([], "Latvia (2021): 'The Secretary-General has made considerable efforts to strengthen the effectiveness of the "
          "United Nations system' = internal UN reform by the Secretary-General (set 145: the Secretary-General's "
          "internal Secretariat changes uncoded; README choices: support for UN reform not coded) (borderline a 030 "
          "org:UN -> org:UN)"),
 39: ([], "Jordan (2022): 'No country can heal our injured Earth alone' = a generalisation about all States, no act"),
}
