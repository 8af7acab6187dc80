"""Hand annotations for the FOURTEENTH held-out event gold set (source of events-heldout14.jsonl).

Keyed by the row index of selection-heldout14.jsonl (output of select_heldout14.py).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout14.jsonl \
        --annotations annotations_heldout14 --output events-heldout14.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([], "Dodd's Barbados trip; 'the region's governments, civil society, and private sector will work to develop a "
         "shared vision' = uncoded collectives on both sides (null-null) and an abstract aim, not coded (borderline "
         "030 future null -> null)"),
 1: ([("will then travel to London", "036", "USA/GOV", "GBR", False, F, N, False),
      ("to meet with UK partners", "036", "USA/GOV", "GBR/GOV", False, F, N, False),
      ("Russia’s war of aggression on Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True),
      ("our continued close cooperation", "050", "USA/GOV", "GBR/GOV", False, A, N, True)],
     "Counselor Chollet's coming trip: travel to London -> 036 future to the destination country, and the meeting "
     "with UK partners -> 036 future to GBR/GOV (held-out 11 row 2, travel + meet); 'to discuss' is the purpose of "
     "the same meeting; Russia's war -> nominal 190 RUS/MIL -> UKR as earlier sets; 'our continued close "
     "cooperation in the Indo-Pacific' = a realised, ongoing cooperation noun whose parties are 'our' (US and UK) -> "
     "nominal 050 (held-out 11 cooperation nouns; borderline: a discussion topic, not coded); 'our joint efforts' is "
     "the same US-UK cooperation, coded once"),
 2: ([("will support the continued expansion", "030", "USA/GOV", "QAT/GOV", False, F, N, False)],
     "the new U.S. Embassy (an inanimate subject standing for the US government, held-out 6 'This funding', held-out "
     "13 row 38) will support expanding U.S.-Qatari diplomatic, security and commercial relations = future "
     "cooperative act -> 030 future (borderline: not coded, a description of a building's purpose; or nominal 050 "
     "for the ongoing 'expansion of relations')"),
 # --- State Dept random: demand
 3: ([], "UAE-US-Israel joint statement (quote); 'we must reverse long-held mistrust' = deontic, Y (reverse "
         "mistrust and misconceptions) is not a CAMEO act"),
 4: ([], "deontic: 'this spirit of compromise should continue to inspire all those involved' = Y not an act; "
         "inanimate subject"),
 5: ([("called on the DPRK", "1056", "USA/GOV", "PRK/GOV", False, A, N, False)],
     "Sherman; one request with two demands (cease its unlawful and destabilizing behavior = the missile launches; "
     "engage in sustained dialogue) -> the most specific sub-code (held-out 9): cease the destabilizing military "
     "behaviour = de-escalation 1056 (borderline 106 for the dialogue, the part whose code is surest); Y not coded "
     "separately"),
 6: ([("reaffirm our support for ASEAN efforts", "051", "USA/GOV", "org:ASEAN", False, A, N, False),
      ("call on the military regime", "104", "USA/GOV", "MMR/MIL", False, A, N, False)],
     "Quad joint statement -> 'We' = USA/GOV (guideline); reaffirmed support for ASEAN's efforts = express support "
     "051 to org:ASEAN; the call on the military regime (MMR/MIL, junta rule) to implement the Five-Point Consensus "
     "and return Myanmar to democracy -> demand political reform 104 (held-out 12 row 3 'move to a constitutional, "
     "civilian-led democracy' -> 104); Y not coded separately"),
 7: ([("We urge the Russian government", "1043", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("its practice of misusing", "172", "RUS/GOV", "RUS/REL", False, A, N, True)],
     "Price; Y = end the misuse of the 'extremist' designation to restrict human rights -> demand rights 1043 "
     "(held-out 12 row 5); the realised practice inside the request, with its agent ('its' = the Russian "
     "government), is coded too (held-out 12 row 5's realised repression): designating religious groups as "
     "'extremist' (banning them) = administrative sanctions 172 (held-out 10/11 court closing a seminary -> 172; "
     "borderline 175 repression), the victims = religious minorities, Falun Gong practitioners (title and previous "
     "sentences) -> RUS/REL"),
 8: ([], "US-EU Energy Council; 'noted' = 01x; 'a roadmap ... should be prepared' = agentless deontic, preparing a "
         "roadmap of possible joint actions is not a CAMEO act (borderline 030 USA/GOV -> org:EU)"),
 # --- State Dept random: cue
 9: ([("expanded bilateral meeting", "036", "USA/GOV", "DEU/GOV", False, F, N, True)],
     "daily public schedule ('subject to change'): Blinken takes part in President Biden's bilateral meeting with "
     "Chancellor Merkel later that day -> a scheduled future meeting -> 036 future (borderline 040 asserted, the "
     "schedule's present tense); the meeting noun names its participants (Biden, Merkel), nominal; the White House "
     "is the venue; coded once from the document's government"),
 10: ([], "Waitangi Day message: best wishes are well-wishing (01x / not coded, held-out 7); the signing of the "
          "Treaty of Waitangi is an event noun without an agent in the sentence"),
 11: ([("reiterated the U.S. commitment to increasing diplomatic support", "032", "USA/GOV", "LBY", False, A, N,
        False)],
      "Blinken to interim PM Dabaiba; commitment to increase diplomatic support for progress in Libya = intent to "
      "provide diplomatic support stated as a fact -> 032 asserted, target the country (held-out 12 row 16)"),
 12: ([("welcome Costa Rica", "051", "USA/GOV", "CRI/GOV", False, A, N, False)],
      "Blinken welcoming Costa Rica's accession to the OECD -> welcome 051 (held-out 4, 6, 7 welcomes to the "
      "government); membership itself is not coded"),
 13: ([("We remain dedicated to working together", "030", "USA/GOV", "SLE/GOV", False, A, N, False)],
      "Sierra Leone national day; commitment to keep working together stated as a fact -> 030 asserted (held-out 12 "
      "row 18); the partner (Sierra Leone) from the previous sentence ('The relationship between Sierra Leone and "
      "the United States') -> SLE/GOV; the aims (public health, peace, development) are not separate acts"),
 14: ([("has also met with the Chinese leadership", "040", "USA/GOV", "CHN/GOV", False, A, N, False)],
      "Chancellor Merkel speaking in the joint appearance (her own assertion, reported_by null); 'He' = President "
      "Biden (previous sentence) -> USA/GOV (the Alaska talks were held by Blinken and Sullivan; USA/GOV either way); "
      "Alaska is the venue"),
 15: ([("new security assistance for Ukraine", "072", "USA/GOV", "UKR", False, A, N, True)],
      "'This' = the security assistance 'we continue expediting' to Ukraine (previous sentence, title '$1 Billion in "
      "New U.S. Security Assistance') -> military aid 072 nominal, source from the context as held-out 12 row 1 "
      "('This assistance') and held-out 13 row 23 (borderline: not coded, an event noun without an agent in the "
      "sentence)"),
 16: ([("condemns these actions", "111", "USA/GOV", "NIC/GOV", False, A, N, False)],
      "'these actions' = the arrests by President Ortega and the Nicaraguan government (previous sentence) -> "
      "target from the context, NIC/GOV; 'these actions' has no agent in the sentence, so the arrests are not coded "
      "here; 'holds ... responsible for their safety' is not a CAMEO act (held-out 7 'hold Moscow accountable')"),
 17: ([("our partnership", "050", "USA/GOV", "TLS/GOV", False, A, N, True)],
      "Price; 'our partnership' = the US-Timor-Leste partnership (previous sentence), realised and ongoing -> "
      "cooperation noun, nominal 050 (held-out 13 row 26); the opportunities it delivered (economic development, "
      "health, security cooperation, exchanges) are its content, not separate acts (borderline 070 USA/GOV -> "
      "TLS/CVL)"),
 18: ([], "press contact and website pointer"),
 19: ([], "Blinken: 'we've been warning about this' = public warnings that Russia would invade = statements (01x), "
          "not a threat to Russia"),
 20: ([("spoke today with", "040", "USA/GOV", "AUT/GOV", False, A, N, False),
       ("Russia’s unjustified, unprovoked, and premeditated war", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "Sherman's call with the Austrian Secretary General for Foreign Affairs -> 040 (held-out 10, 12 calls); "
      "Russia's war -> nominal 190 RUS/MIL -> UKR as earlier sets"),
 21: ([("to impose swift, severe costs on Russia", "130", "USA/GOV", "RUS/GOV", False, A, N, False),
       ("military aggression by Russia against Ukraine", "190", "RUS/MIL", "UKR", False, H, N, True)],
      "Sherman reaffirming US readiness to impose costs in response to any further aggression = a statement of "
      "resolve, asserted 130 (held-out 6 row 19 'would be met with swift and severe consequences'; costs "
      "unspecified; borderline 1312 or 160 future as held-out 10 row 33); the threatened condition has its agent "
      "('by Russia') -> 190 hypothetical, nominal, RUS/MIL -> UKR (first set row 121); 'together with Allies and "
      "partners' = collective, dropped"),
 22: ([("look forward to further strengthening the close cooperation", "030", "USA/GOV", "SWE/GOV", False, F, N,
        False)],
      "Blinken's Sweden national day message; 'look forward to' + cooperation -> 030 future (held-out 12 row 17); "
      "'between our governments and peoples' coded once, government to government (borderline a second event "
      "USA/CVL -> SWE/CVL)"),
 23: ([("reaffirmed the United States’ support", "051", "USA/GOV", "org:EU", False, A, N, False),
       ("reaffirmed the United States’ support", "051", "USA/GOV", "MKD/GOV", False, A, N, False),
       ("reaffirmed the United States’ support", "051", "USA/GOV", "ALB/GOV", False, A, N, False)],
      "Sherman with the EC President's head of cabinet; support for the formal opening of EU accession negotiations "
      "with North Macedonia and Albania = support aimed at a process -> 051 to its named parties, in the order named "
      "(held-out 8; borderline: only the two candidates, or not coded as a policy position, held-out 7 row 76 where "
      "the negotiations had no named parties); the negotiations themselves are not yet open, not coded"),
 24: ([("aid and abet", "070", "USA/BUS", "CHN/GOV", True, D, N, False),
       ("aid and abet", "070", "USA/CVL", "CHN/GOV", True, D, N, False)],
      "Blinken in an interview; 'it's very important that we not ... aid and abet' = deontic without a request verb "
      "(guideline 'it is important to help X') with negation -> Y coded, negated and demanded (held-out 4 row 66); "
      "'we' glossed as 'American companies or individuals' -> USA/BUS and USA/CVL; aiding China's use of "
      "surveillance technology = support 070 (held-out 5 harbouring -> 070; borderline 06x); China's 'ability to ... "
      "repress its own people' and to export the technology are capacities, not realised acts (borderline 175 "
      "CHN/GOV -> CHN/CVL)"),
 25: ([("total U.S. government humanitarian assistance", "073", "USA/GOV", "SYR", False, A, N, True)],
      "the running total of US humanitarian assistance since the start of the Syria crisis = an aid noun with its "
      "agent -> nominal 073 (held-out 13 row 23's aggregate commitment), target the country of the crisis (held-out "
      "12 row 10; borderline SYR/CVL); 'This funding' = the $808 million announced in the previous sentence, not "
      "coded again"),
 26: ([("officials discussed", "040", "USA/GOV", "org:AU", False, A, N, False)],
      "US-AUC High-Level Dialogue joint statement; 'officials' = the US and AU Commission officials of the session "
      "(Deputy Assistant Secretary Cook and AUC Commissioner Muchanga, previous sentence) -> 040, symmetric, coded "
      "once from the document's government; 'Noting' = 01x; spurring growth is the topic"),
 27: ([("We support the efforts of the South Sudanese people", "051", "USA/GOV", "SSD/CVL", False, A, N, False)],
      "Blinken's South Sudan national day message; support for the people's efforts to build peace = express "
      "support 051 (borderline 070), the South Sudanese people -> SSD/CVL"),
 # --- State Dept random: nocue
 28: ([("heralded", "051", "USA/GOV", N, False, A, N, False),
       ("heralded", "051", "BHR/GOV", N, False, A, N, False)],
      "US-Bahrain Strategic Dialogue joint statement; 'Both' = the United States and Bahrain (previous sentence), "
      "an explicit compound source -> split (held-out 12 row 22); praising the groundbreaking ceremony of the U.S. "
      "Trade Zone = praise of an event without a named agent -> 051 target null (held-out 7 'display of unity'); "
      "'growing trade and investment ties' is a topic"),
 29: ([("launching of new academic partnerships", "050", "USA/EDU", "SRB/EDU", False, A, N, True)],
      "Serbia national day; the launching of new academic partnerships between U.S. and Serbian universities = a "
      "realised cooperation noun naming its parties -> nominal 050, universities -> /EDU (new sector in this gold; "
      "borderline: not coded, civil-society ties); 'what we accomplish between governments' and 'the shared "
      "endeavors of citizens' name no act; the Fulbright anniversary is not an act"),
 30: ([("we thank you for it", "051", "USA/GOV", N, False, A, N, False)],
      "Blinken thanks those who produced the human rights report: the Department's own staff (intra-government, not "
      "coded) and human rights defenders, journalists and others around the world (uncoded collective) -> thanks "
      "051 with target null (held-out 7 null-target praise; borderline: not coded, as intra-US courtesy)"),
 31: ([("get together with this group", "040", "USA/GOV", "USA/BUS", False, A, N, False)],
      "Blinken at a roundtable (New York) on humanitarian assistance in Ukraine; 'this group' = private-sector "
      "representatives whose response he praises in the previous sentence -> USA/BUS (borderline null, nationality "
      "not stated); the wish to get together is realised in the ongoing roundtable -> 040 asserted (first held-out "
      "set 'be here with you' -> 040; borderline: a sentiment, not coded)"),
 32: ([("anxious to hear from you", "040", "USA/GOV", "PSE/CVL", False, A, N, False)],
      "Blinken meeting Palestinian civil society leaders in Ramallah (title) -> PSE/CVL; hearing from them is the "
      "conversation of the ongoing meeting -> 040 asserted, coded once for both 'hear from you' (borderline: a wish, "
      "not coded, or 036 future for the conversation about to start)"),
 33: ([("highlighted the importance of collaboration", "030", "USA/GOV", "JPN/GOV", False, A, N, False),
       ("highlighted the importance of collaboration", "030", "USA/GOV", "KOR/GOV", False, A, N, False)],
      "US-Japan-ROK trilateral joint statement; 'They' = the three foreign ministers; jointly stressing the "
      "importance of collaborating on cyber and economic security = joint statement of intent to cooperate -> 030 "
      "asserted (held-out 13 row 40; borderline 01x), one event per pair from the document's government"),
 34: ([("I want to thank you", "051", "USA/GOV", "AUS/GOV", False, A, N, False)],
      "Blinken to FM Payne; thanks -> 051 (guideline); 'doing this here in Melbourne' = hosting the meeting, implied "
      "only by the vague 'doing this' (borderline 043 AUS/GOV -> USA/GOV), not coded"),
 35: ([], "date of a graduation ceremony: no act between actors"),
 36: ([("is also designating a senior Hamas finance official", "163", "USA/GOV", "PSE/REB", False, A, N, False)],
      "sanctions designation today -> 163 asserted (present progressive, the day's action); a Hamas official -> "
      "PSE/REB (held-out 4: Hamas -> PSE/REB)"),
 37: ([("good to have you here", "042", "KAZ/GOV", "USA", False, A, N, False)],
      "Blinken welcoming Kazakh FM Tileuberdi in Washington (dateline) = a host-side welcome that states the visit -> "
      "042 to the country (held-out 12 row 2)"),
 38: ([], "historic causes of the Holocaust: no actor"),
 39: ([], "weather risk to the UN operation on the Safer tanker: no act"),
 40: ([("action targets", "163", "USA/GOV", "RUS/BUS", False, A, N, False)],
      "OFAC's action (an inanimate subject standing for the US government's act) = sanctions 163; its three parts "
      "(targeting Putin's money-manager Roldugin, designating entities connected to Russian elites, identifying "
      "their yachts and aircraft) are one action against the same kind of target, coded once; Roldugin and Russia's "
      "elites -> RUS/BUS (held-out 7: oligarchs -> RUS/BUS; borderline RUS)"),
 41: ([], "heading: 'Close Partners and Allies' is an evaluation without a behaviour verb"),
 # --- UNGDC random: neg
 42: ([], "Qatar: 'the bombing of schools and hospitals and weaponizing access to food' are event nouns without an "
          "agent in the sentence (Israel only in the context; borderline 195 ISR/MIL -> PSE/CVL); 'reports issued by "
          "international organizations' = unnamed collective; 'intentions of Israeli leaders' is not an act"),
 43: ([], "Seychelles: development cooperation modalities 'fail to consider vulnerability' = no actor pair"),
 44: ([], "New Zealand: 'will not just passively support' is not negation of support (it stresses active support); "
          "supporting the Independent Panel's recommendations = a policy position (held-out 7 row 76; borderline "
          "032 future NZL/GOV -> org:WHO)"),
 45: ([], "Iceland: generic statement about talking to people one disagrees with"),
 46: ([("intend to deliver more peace agreements", "039", "USA/GOV", N, False, F, N, False)],
      "Trump; 'we intend to deliver more peace agreements' = the US brokering further normalization deals "
      "(Abraham Accords, previous sentences) -> intent to mediate 039, 'intends to' -> future (held-out 1); the "
      "future parties are unnamed -> null; 'I have never been more optimistic' is not event negation"),
 # --- UNGDC random: reported
 47: ([("have reached an agreement", "057", "TJK/GOV", "KGZ/GOV", False, A, N, False)],
      "Tajikistan; 'I would like to inform the General Assembly that' = the speaker's own statement (reported_by "
      "null); agreement on the description of the border line concluded -> 057, symmetric, coded once from the "
      "speaker's government"),
 48: ([("condemns any nuclear test", "111", "GTM/GOV", N, False, A, N, False)],
      "Guatemala; condemning any nuclear test or threat of use of nuclear weapons -> 111, no agent named -> target "
      "null; 'reiterates its position in favour of nuclear disarmament' = a policy position, not coded"),
 # --- UNGDC random: future
 49: ([("We will welcome them all with open arms", "030", "TCD/GOV", "TCD/OPP", False, F, N, False)],
      "Chad's transitional government; 'them' = 'our brothers who are still outside their country' (exiles and "
      "members of armed groups, previous sentences) -> the exiled political-military opposition, TCD/OPP "
      "(borderline TCD/REB or a split TCD/CVL + TCD/REB); welcoming their return = future reconciliation -> intent "
      "to cooperate 030 future (future cooperative acts -> 03x); 'I urge all our brothers' is in the previous "
      "sentence"),
 50: ([("will continue supporting", "032", "ESP/GOV", "org:UN", False, F, N, False)],
      "Spain; continuing to support the Secretary-General's Personal Envoy for Western Sahara = future diplomatic "
      "support -> 032 future, target the UN (the envoy's organisation); the parties of the dispute are not named; "
      "'peacekeeping missions are instrumental' is an evaluation"),
 # --- UNGDC random: demand
 51: ([], "Samoa: postponed meetings 'should not equate to a deferment of ambitious actions' = deontic, no actor"),
 52: ([("We insist", "1056", "BRB/GOV", N, False, A, N, False)],
      "Barbados; 'we insist that the killing in Ukraine must stop' = request verb (insist that) -> one asserted "
      "REQUEST; Y = stop the killing = de-escalation 1056; the killers are not named in the sentence or the "
      "preceding paragraphs -> target null; the killing noun has no agent, not coded"),
 53: ([], "FSM: 'the world must transition to renewable energy' = deontic, collective, Y not a CAMEO act"),
 54: ([], "Slovakia: 'the peace we should safeguard is fraying' = no act"),
 # --- UNGDC random: cue
 55: ([("reiterates its call", "100", "NPL/GOV", N, False, A, N, False)],
      "Nepal; a reiterated call with no addressee for complete disarmament of weapons of mass destruction -> "
      "REQUEST, no sub-code I am sure of -> 100 (held-out 13 row 54), target null"),
 56: ([], "Tuvalu: climate change as a threat (risk), no actor"),
 57: ([], "Ethiopia: 'existential threat emanating from arms race, poverty ...' = risk, no actor"),
 58: ([("call for the immediate removal of the inhumane economic embargo", "1054", "LCA/GOV", N, False, A, N,
        False)],
      "Saint Lucia; Y = lift the embargo against Cuba -> 1054, the imposer is not named -> target null (held-out 13 "
      "row 58); the embargo noun has no agent, not coded"),
 59: ([("to call for cessation of all violence", "1056", "org:UNSC", N, False, D, N, False)],
      "Brunei; 'the UN Security Council has a special responsibility to' = deontic without a request verb by the "
      "speaker -> Y coded with source org:UNSC and modality demanded; Y = a call for the cessation of all violence -> "
      "1056, addressee not named -> null ('all violence'; the Occupying Power of the previous sentence is one "
      "party only); 'fulfil its obligations' and 'work towards finding a ... peace' are not specific acts"),
 60: ([], "Madagascar: COVID-19 shed light on collective shortcomings, no actor"),
 61: ([], "Eswatini: a domestic legal aid office"),
 62: ([("call for an immediate and unconditional end", "1054", "NRU/GOV", N, False, A, N, False)],
      "Nauru; as row 58: end the embargo imposed on Cuba (agentless passive) -> 1054, target null"),
 63: ([], "Türkiye: 'the Israeli-Palestinian conflict' as a problem fuelling instability = a long-standing "
          "dispute, not a specific act (borderline nominal 190 ISR -> PSE as held-out 13's border clashes)"),
 64: ([], "Iran: 'the project of imposing Westernized identity' has no agent in the sentence; 'failed' is evaluative"),
 65: ([], "Kiribati: 'a future where our United Nations family continue to deliver ... assistance' = optative "
          "description of a wished-for future (held-out 5: hopes about another actor's act not coded)"),
 66: ([("firmly committed to supporting the work", "032", "HRV/GOV", "org:UN", False, A, N, False)],
      "Croatia; commitment to support the work of ECOSOC stated as a fact -> 032 asserted (held-out 12 row 16), "
      "ECOSOC -> org:UN (no code of its own; borderline: a policy position)"),
 67: ([("condemn", "111", "SVN/GOV", "RUS/GOV", False, A, N, False),
       ("his words about the possible use of nuclear weapons", "1385", "RUS/GOV", N, False, A, N, True)],
      "Slovenia; 'his' = President Putin (previous sentence) -> condemnation 111 to RUS/GOV; his words about the "
      "possible use of nuclear weapons = Putin's nuclear threat, a nominal threat with its agent -> 1385 (threaten "
      "WMD attack), target not named -> null (new; borderline: a statement, 01x, not coded)"),
 68: ([], "Tuvalu: commitment to sign and implement the BBNJ Agreement = joining a multilateral treaty, no named "
          "counterpart (held-out 12 row 9; borderline 057 target null)"),
 # --- UNGDC random: nocue
 69: ([], "Iceland: the right to be heard, no act"),
 70: ([], "Tonga: trust and joint efforts in general, no act"),
 71: ([], "Burkina Faso: 'if we all commit ourselves' = all countries, abstract goals"),
 72: ([], "Norway: no development without peace, no act"),
 73: ([], "Nigeria: migrants crossing the Sahara, no act between actors"),
 74: ([("delighted to see Maldives", "051", "WSM/GOV", "MDV/GOV", False, A, N, False)],
      "Samoa; being delighted to see the Maldives (whose foreign minister Abdulla Shahid presides over the session, "
      "previous sentence) take the reins of the UN = congratulation/praise -> 051 to MDV/GOV (borderline org:UNGA as "
      "the PGA congratulations of held-out 11, 12; or a sentiment, not coded)"),
 75: ([], "Panama: a statement to the world (01x)"),
 76: ([], "Fiji: acquiring vaccines and 'winning the battle' against COVID-19 (figurative), no counterpart"),
 77: ([("warmly congratulate", "051", "MRT/GOV", "org:UNGA", False, A, N, False)],
      "Mauritania; congratulating Csaba Korosi on his election as President of the General Assembly -> 051 to "
      "org:UNGA (held-out 11 row 76, held-out 12 row 68); wishing him success is well-wishing, not coded"),
}
