"""Hand annotations for the TWO-HUNDRED-AND-EIGHTIETH held-out event gold set (source of events-heldout280.jsonl).

Keyed by the row index of selection-heldout280.jsonl (output of select_statement_sentence_heldout.py 280; rows 0-18
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
    python3 data/gold/build_events.py --selection selection-heldout280.jsonl \\
        --annotations annotations_heldout280 --output events-heldout280.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("her visit", "036", "USA/GOV", "NAM", False, F, N, True),
      ("will also meet with members of civil society", "036", "USA/GOV", "NAM/CVL", False, F, N, False)],
     "Release on Under Secretary Zeya's travel to Mozambique and Namibia (16 July 2022) -> USA/GOV; 'During her "
     "visit' = the announced Windhoek leg of the sentence before, an event noun whose agent 'her' is in the sentence "
     "-> future nominal 036 to the country (set 259: Sison's anaphoric 'Her visit' a future nominal 036 to bare AUT; "
     "held-out rule: an announced trip is 036 future to the bare country), Namibia named in the same sentence -> bare "
     "NAM (borderline uncoded as a time frame for the meetings, or folded into them); 'she will also meet with "
     "members of civil society as well as Namibia's young political and social leaders' = announced meetings -> "
     "036 future (guideline: future meetings 036; set 239: 'will meet with senior government officials and young "
     "leaders in civil society' one future 036 per sector, the young civil-society leaders -> MRT/CVL), civil "
     "society and the young political and social leaders, none of them office holders, one sector -> one 036 to "
     "NAM/CVL (guideline: one event per actor pair) (borderline a second future 036 to NAM/OPP for the young "
     "political leaders, or NAM/GOV as in held-out 20 and set 232's 'political leaders'); 'to hear their vision for "
     "Namibia's future and the United States partnership' is the meetings' purpose and topic, the partnership "
     "only what the vision is about (borderline a nominal 050 USA/GOV -> NAM/GOV)"),
 1: ([("will meet in Kinshasa with government and civil society leaders", "036", "USA/GOV", "COD/GOV", False, F, N,
       False),
      ("will meet in Kinshasa with government and civil society leaders", "036", "USA/GOV", "COD/CVL", False, F, N,
       False),
      ("U.S.-DRC Privileged Partnership for Peace and Prosperity", "050", "USA/GOV", "COD/GOV", False, A, N, True)],
     "Release on Acting Assistant Secretary Peterson's travel to the DRC (14 June 2021) -> USA/GOV; 'will meet in "
     "Kinshasa with government and civil society leaders' = announced meetings -> 036 future (guideline: future "
     "meetings 036), one per sector (set 239 and set 261: 'will meet with ... government officials and ... civil "
     "society' one future 036 each to GOV and CVL) -> COD/GOV and COD/CVL; Kinshasa is the place of the meetings, "
     "not a metonym (guideline), and the trip itself was announced in the sentence before; 'to discuss protection "
     "of human rights, ending impunity ..., ensuring freedom of press and expression, as well as ongoing efforts to "
     "combat trafficking in persons' = topics, the agentless efforts uncoded (set 231: accountability no CAMEO act; "
     "set 276: agentless efforts named as a topic uncoded); 'Under the rubric of the U.S.-DRC Privileged Partnership "
     "for Peace and Prosperity' = a partnership named by its parties -> nominal 050 (README choices: an agreement or "
     "cooperation named by its parties is a nominal 057 or 050; set 265: 'the U.S.-Mexico Bicentennial Framework', "
     "named only as what progress was achieved under, a nominal 057; set 261: 'our new partnership under the U.S. "
     "Strategy ...' a nominal 050 -> MOZ/GOV), an existing framework -> asserted, coded from the document's government "
     "to COD/GOV (borderline uncoded as the name of a framework, or 057 for the framework arrangement)"),
 # --- State Dept random: cue
 2: ([("committed to work together", "030", "USA/GOV", "org:WHO", False, A, N, False)],
     "Readout of Blinken's meeting with WHO Director-General Tedros (28 July 2021); 'Secretary Blinken and "
     "Director-General Tedros committed to work together' = a commitment to cooperate stated as a fact -> 030 "
     "asserted (README choices: commitments stated as facts are asserted 03x; held-out 21: 'The leaders committed "
     "to working together' a 030), a symmetric pair coded once from the document's government (guideline) -> "
     "USA/GOV -> org:WHO; 'and with all Member States' = the WHO's membership as a whole, an uncoded collective, "
     "dropped from the compound (set 120: uncoded 'Arab States' dropped as part of a compound; set 200: uncoded "
     "friends dropped) (borderline a second 030 with target null, as set 247's negotiating partners 'all Member "
     "States', or one from org:WHO too); 'to make meaningful, concrete progress in strengthening global health "
     "security to prevent, detect, and respond to future pandemics' = the cooperation's purpose, folded in, no "
     "health-aid act to a named recipient (borderline a future 073 or 0333 with no target)"),
 3: ([("I send congratulations to the people of Denmark", "051", "USA/GOV", "DNK/CVL", False, A, N, False)],
     "Blinken's statement on Denmark's Constitution Day (5 June 2021); 'On behalf of the Government of the United "
     "States, I send congratulations to the people of Denmark' -> 051 (README choices: congratulating a people on a "
     "national day is 051; held-out 279 row 13: 'I congratulate the people of Jamaica' 051 USA/GOV -> JAM/CVL), the "
     "people -> DNK/CVL; 'as you celebrate the anniversary of the signing of the Danish Constitution' is the "
     "occasion, the 1849 signing a domestic constitutional act, not an act between actors (borderline a historic "
     "057 with no target)"),
 4: ([("The Secretary thanked Estonia", "051", "USA/GOV", "EST/GOV", False, A, N, False),
      ("its exemplary support for Ukraine", "070", "EST/GOV", "UKR", False, A, N, True),
      ("its steadfast cooperation", "050", "EST/GOV", "USA/GOV", False, A, N, True)],
     "Readout of Blinken's call with Estonian FM Reinsalu (3 Aug 2022); 'The Secretary thanked Estonia' -> 051 "
     "(guideline: thank 051) to the government on the call -> EST/GOV; 'for its exemplary support for Ukraine' = "
     "realised support with its agent from the thanks (README choices: thanks 'for the ongoing support' give the "
     "support its agent from the thanks; set 249: Poland's 'its support of Ukraine' a nominal 070 to bare UKR; set "
     "273: 'support of Ukraine' a nominal 070 per government) -> nominal 070 EST/GOV -> bare UKR (borderline 072 for "
     "Estonia's military aid, or 051 verbal support); 'and for its steadfast cooperation as we work together' = "
     "the two governments' cooperation, thanked as Estonia's -> nominal 050 EST/GOV -> USA/GOV (set 251: thanks to "
     "Oman give a nominal 050 from Oman to USA/GOV), 'as we work together' being the same cooperation, a repeated "
     "mention coded once (guideline; set 257: 'We are working together' folded 'standing together' into one 050) "
     "(borderline a second, non-nominal 050 USA/GOV -> EST/GOV on 'we work together'); 'to respond to threats to "
     "our shared democratic values from Russia and the People's Republic of China' = a figurative threat to values, "
     "not a threat act (guideline: 'threat to all of us' figurative; set 255 and 269: risks uncoded) (borderline a "
     "nominal 130 each from RUS/GOV and CHN/GOV to USA/GOV and EST/GOV)"),
 5: ([("We remain supportive of a Cypriot-led comprehensive settlement", "051", "USA/GOV", "CYP/GOV", False, A, N,
       False)],
     "Blinken's statement on the transfer of parts of Varosha to Turkish Cypriot control (21 July 2021) -> USA/GOV; "
     "'We remain supportive of a Cypriot-led comprehensive settlement' = an expression of support -> 051 asserted "
     "(guideline: 'express support' 051), support aimed at a process going to its named parties (README choices), "
     "'Cypriot-led' naming the two Cypriot sides: the Greek Cypriot side -> CYP/GOV, the Turkish Cypriot leadership "
     "having no code and dropped (README choices: the Turkish-Cypriot leadership has no code; set 250 on the same "
     "pair: 'pledged continued U.S. support for Cypriot-led, UN-facilitated efforts to reunify the island' a 032 to "
     "CYP/GOV, the Turkish Cypriot side dropped) (borderline bare CYP, as set 237's 'support for a peaceful "
     "resolution of the conflict' to bare ETH; a 107 request, as the README's 'advocacy of a settlement'; or "
     "uncoded as support for a settlement formula, as sets 225 and 248's two-state solution); the settlement itself "
     "is hoped for, 'to reunify the island as a bizonal, bicommunal federation to benefit all Cypriots and the "
     "wider region' its aim, not coded (optative)"),
 6: ([("welcomed Pakistan’s Chairmanship of the G77", "051", "USA/GOV", "PAK/GOV", False, A, N, False)],
     "Readout of Blinken's meeting with Pakistani FM Bhutto Zardari (18 May 2022); 'The Secretary welcomed "
     "Pakistan's Chairmanship of the G77' -> 051 (guideline: welcome 051; README choices: welcoming an appointment "
     "is 051 to the appointee) -> PAK/GOV, the G77 having no code and the chairmanship a status, not an act "
     "(borderline a nominal 043 PAK/GOV with no target for chairing the group); 'and committed to advancing climate "
     "action and global food security' = the Secretary's commitment to abstract goals with no partner or recipient "
     "named, an abstract policy position (guideline; set 128: 'a commitment to confronting climate change' uncoded; "
     "set 268: a 'mutual commitment to addressing climate change' uncoded) (borderline an asserted 030 to PAK/GOV, "
     "the commitment made in the meeting, or 0333 for food aid)"),
 7: ([("congratulates newly elected Pakistani Prime Minister Shehbaz Sharif", "051", "USA/GOV", "PAK/GOV", False, A,
       N, False),
      ("look forward to continuing our long-standing cooperation", "030", "USA/GOV", "PAK/GOV", False, F, N, False)],
     "Blinken's statement on the election of Prime Minister Shehbaz Sharif (13 Apr 2022); 'The United States "
     "congratulates newly elected Pakistani Prime Minister Shehbaz Sharif' -> 051 (guideline: praise/commend 051; "
     "README choices: 'congratulated' 051), Sharif, newly elected and heading the government on the "
     "statement's date -> PAK/GOV; his election is a domestic vote, not coded; 'we look forward to continuing "
     "our long-standing cooperation with Pakistan's government' = 'look forward to' + a cooperative act -> future 03x "
     "(guideline: future cooperative acts get 03x), 030 (set 273: 'He looks forward to continuing our close "
     "coordination' a future 030 to ISR/GOV) -> PAK/GOV (borderline an asserted nominal 050 for the existing "
     "'long-standing cooperation', as held-out 266)"),
 8: ([("Russia’s full-scale invasion", "192", "RUS/MIL", "UKR", False, A, N, True)],
     "Blinken's statement on the first grain ship departing the Black Sea (3 Aug 2022); 'a commercial vessel "
     "carrying Ukrainian grain safely departed the Black Sea' = a ship's departure with no political actor as agent "
     "(borderline an agentless 0872 easing of the blockade under the grain deal, named in the text after); 'since "
     "the start of Russia's full-scale invasion in February' = a time marker with a named agent, coded (set 251: "
     "'since Russia launched its brutal, unprovoked, full-scale invasion of Ukraine on February 24' a 192 RUS/MIL -> "
     "UKR), the invasion named as a noun with its agent -> nominal 192 (guideline: invade 192; held-out 279 row 2: "
     "'Russia's unprovoked and unjustified invasion of Ukraine' a nominal 192 RUS/MIL -> UKR, the state sets reading "
     "'Russia's invasion' as the forces'), the invaded country plain from 'Ukrainian grain' and the document "
     "(guideline: missing participants from the context) -> bare UKR (borderline RUS/GOV)"),
 9: ([("has developed new mechanisms to help Ukraine", "070", "USA/GOV", "UKR", False, A, N, False)],
     "Blinken's statement attributing Russia's malicious cyber activity against Ukraine (10 May 2022); 'The U.S. "
     "Government has developed new mechanisms to help Ukraine identify cyber threats and recover from cyber "
     "incidents' = realised technical assistance to Ukraine -> 070 asserted (guideline: aid 07x; set 274: 'will "
     "continue to provide assistance to help Ukraine' a 070 to bare UKR), not military aid nor a joint operation "
     "(borderline 062 security cooperation, or 072), to Ukraine as a whole, whose 'Government and private sector "
     "networks' the text before names as the targets -> bare UKR (borderline UKR/GOV); 'cyber threats' and 'cyber "
     "incidents' are risks and agentless events, not coded (guideline)"),
 10: ([("unhindered access for humanitarian organizations", "0863", N, "VEN/CVL", False, D, N, True)],
      "Price's statement on additional humanitarian assistance for Venezuelan refugees and migrants in Chile (4 May "
      "2022); 'Immediate, full, safe, and unhindered access for humanitarian organizations and workers is essential' "
      "= an agentless deontic without a request verb -> Y coded as demanded (guideline), allowing humanitarian "
      "access -> 0863 (set 236: humanitarian access 'urgently required' a demanded nominal 0863 with no source; set "
      "161: 'All parties must ... allow aid to reach those in need' a demanded 0863 with no source), the party that "
      "must grant access never named -> source null (borderline VEN/GOV from 'the humanitarian crisis in Venezuela' "
      "of the sentence before, or CHL/GOV and the host governments of the region), the access being for 'those who "
      "have fled Venezuela' -> VEN/CVL; 'to provide timely, need-based assistance' is the access's purpose, by "
      "humanitarian organizations with no code, folded in (borderline a second demanded 073 with no source to "
      "VEN/CVL); the flight from Venezuela is agentless, not coded"),
 11: ([("further invade Ukraine", "192", "RUS/MIL", "UKR", False, A, N, False),
       ("they fight for their country", "190", "UKR/CVL", "RUS/MIL", False, A, N, False)],
      "Blinken's statement on one hundred days of the Kremlin's war (3 June 2022); 'since Russian President Putin "
      "ordered his forces to further invade Ukraine' = a time marker with a named agent, coded (set 251: 'since "
      "Russia launched its ... invasion' a non-nominal 192 RUS/MIL -> UKR), the invasion carried by the verb "
      "'invade' with 'his forces' as its agent -> 192 (guideline: invade 192) RUS/MIL (guideline: /MIL for armed "
      "forces) -> bare UKR (guideline: bare country as the target of an invasion), not nominal; Putin's order to "
      "his own forces is a command inside one state, folded into the invasion (borderline RUS/GOV as source, Putin "
      "ordering it, as set 263's 'Putin's unprovoked war of aggression'); 'the world has seen the courage and "
      "determination of the people of Ukraine' = perception and evaluation by an uncoded collective, not coded; 'as "
      "they fight for their country' = the Ukrainian people's ongoing armed resistance -> 190 (set 254: 'as they "
      "continue to resist Russia's ... attacks' a habitual 190 UKR/CVL -> RUS/MIL; set 264: 'its people are also "
      "fighting' a 190 UKR/CVL -> RUS/MIL) UKR/CVL -> RUS/MIL, the opponent 'his forces' of the same sentence "
      "(borderline RUS/GOV, as set 263; UKR/MIL; or bare UKR as source, as set 271)"),
 # --- State Dept random: nocue
 12: ([], "Release on Under Secretary Nuland's travel to Bogotá (7 Feb 2022): 'Nichols, National Security Council "
          "Senior Director for the Western Hemisphere Juan S.' = a fragment of the list of delegation members, cut "
          "by the splitter after the abbreviations 'Brian A.' and 'Juan S.', names and titles only, no verb and no "
          "act between actors (held-out 279 row 14 and held-out 15 row 14: splitter cuts after initials)"),
 13: ([("By launching this bilateral consultation", "030", "USA/GOV", "DEU/GOV", False, A, N, False)],
      "Release on the U.S.-Germany Dialogue on Holocaust Issues (24 June 2021) -> USA/GOV ('we' in State Dept "
      "releases, here the United States and Germany); 'By launching this bilateral consultation' = the dialogue "
      "launched that day ('Today, the United States and Germany launched a dialogue on Holocaust issues', text "
      "before) -> 030 asserted (set 278: 'High-level discussions launched by Secretary ... Blinken' a 030 to "
      "DJI/GOV, following sets 238 and 240), a symmetric act coded once from the document's government (guideline) "
      "-> DEU/GOV, carried by the gerund and so not nominal (borderline 040 for the dialogue, or 043); 'by raising "
      "public awareness about anti-Semitism' is public outreach, no act between actors; 'the horrific crimes of the "
      "Holocaust' names no agent in the sentence and its victims, the Jews of Europe, have no country code -> null "
      "to null, not coded (held-out 14: 'historic causes of the Holocaust: no actor') (borderline a historic "
      "nominal 202 DEU/GOV -> null, as held-out 52 coded 'the extermination of the Jewish people' when the Nazi "
      "Government was named); 'we can stand together as Transatlantic partners' = mutual solidarity between the two "
      "partners, not coded (set 263, following set 255: 'stand together' uncoded) (borderline a hypothetical 050 "
      "USA/GOV -> DEU/GOV), and 'to ensure such atrocities never again occur' is a generic aim with no actor"),
 14: ([("I am fully grateful to him", "051", "USA/GOV", "JPN/GOV", False, A, N, False),
       ("taking time to see us", "043", "JPN/GOV", "USA/GOV", False, A, N, False)],
      "Blinken's remarks to the traveling press at Yokota Air Base, Tokyo (11 July 2022), Blinken the speaker -> "
      "USA/GOV; 'I am fully grateful to him' = thanks -> 051 (guideline: thank 051) to Prime Minister Kishida, named "
      "in the sentence before -> JPN/GOV; 'for taking time to see us' = Kishida receiving the Secretary's "
      "delegation, the agent from the thanks -> host 043 JPN/GOV -> USA/GOV (set 222: 'Thank you for giving me time "
      "and this meeting' a 051 plus a 043 USA/GOV -> BGD/GOV for the host; README choices: 'for receiving us' is "
      "hosting, 043), a verb and not nominal (borderline a 040 between them, or a 042 USA/GOV -> JPN for the visit "
      "that the sentence before already names); 'in this incredibly difficult time' refers to the killing of "
      "former Prime Minister Abe, not an act in this sentence"),
 15: ([], "Release on the U.S. delegation on atrocity prevention travelling to The Hague (20 May 2022): 'Follow "
          "@StateCSO and @StateDept_GCJ on Twitter for updates' = an instruction to readers, no act between actors "
          "(held-out 275: a Twitter pointer uncoded; set 230: operator instructions uncoded)"),
 16: ([("so good to see you", "040", "USA/GOV", "JPN/GOV", False, A, N, False)],
      "Blinken and Japanese FM Hayashi before their meeting in Melbourne (11 Feb 2022); the turn is Blinken's (speaker "
      "rule) -> USA/GOV, addressed to Hayashi ('my friend the foreign minister', text after) -> JPN/GOV; 'so good - "
      "so good to see you' = the bilateral meeting under way -> 040 asserted (held-out 9 row 34: 'good to see each "
      "of you here' a 040; set 247: 'Nice to meet you - to see you again' a 040), symmetric and coded from the "
      "speaker, who is also the document's government (borderline uncoded as a courtesy greeting, or a 042 to "
      "bare AUS for the Melbourne trip, which this sentence does not name); the repeated 'so good' is one greeting"),
 17: ([], "Release on Under Secretary Zeya's travel to Chile (2 May 2022): 'For press inquiries, please contact WHA "
          "Press at WHA-Press@state.gov' = a contact line for the press, no act between actors (set 276: contact "
          "lines uncoded)"),
 18: ([("a relation that we really want to have", "030", "COL/GOV", "USA/GOV", False, A, N, False)],
      "Blinken and Colombian Vice President and Foreign Minister Ramirez before their meeting (28 May 2021); the "
      "turn is Ramirez's (speaker rule) -> 'for us', 'we' = Colombia's government, COL/GOV; 'this is a relation "
      "that we really want to have in the first point always' = Colombia's stated will to keep its relationship "
      "with the United States (the 'most important relation', sentence before) its first priority -> an intent "
      "to cooperate stated by the party itself -> 030 asserted (set 206: Georgia's 'We want to break the deadlock in "
      "the relations between Russia and Georgia' an asserted 030 to RUS/GOV, borderline optative), the partner the "
      "addressee's government -> USA/GOV (borderline a nominal 050 for 'a relation', coded from the document's "
      "government as set 242's 'We have a very strong relationship', or uncoded as a sentiment, as set 271's "
      "volitive 'We do not want')"),
}
