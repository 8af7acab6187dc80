"""Hand annotations for the TWO-HUNDRED-AND-SIXTY-SEVENTH held-out event gold set (source of events-heldout267.jsonl).

Keyed by the row index of selection-heldout267.jsonl (output of select_statement_sentence_heldout.py 267; rows 0-18
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 19-33
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
    python3 data/gold/build_events.py --selection selection-heldout267.jsonl \\
        --annotations annotations_heldout267 --output events-heldout267.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will travel to Brussels, Belgium", "036", "USA/GOV", "BEL", False, F, N, False),
      ("the third High Level Meeting of the U.S.-EU Dialogue on China", "036", "USA/GOV", "org:EU", False, F, N,
       True)],
     "Announcement of Acting GEC Coordinator Bray's trip (18 Apr 2022) -> USA/GOV; 'will travel to Brussels, Belgium "
     "from April 19 to 22' = an announced trip -> 036 future to the bare destination country (README choices: an "
     "announced trip is 036 future; held-out 248 row 18: Bray's earlier 'will travel to Brussels' a future 036 to "
     "bare BEL), Brussels the place of the visit, not a metonym; 'as part of the U.S. delegation for the third High "
     "Level Meeting of the U.S.-EU Dialogue on China on April 21' = announced participation in a meeting whose name "
     "gives its participants -> a second 036 future (set 239: 'to lead the U.S. delegation' to a conference a second "
     "036 beside the trip; held-out 24 row 1: 'will lead the first meeting of the U.S.-EU Dialogue on China' a future "
     "036 to org:EU), carried by the meeting noun and so nominal (set 258: 'the U.S.-EU Trade and Technology Council "
     "ministerial dinner' still to come a future nominal 036 -> org:EU; README choices: a meeting noun whose name "
     "gives its participants is a nominal 040) (borderline the meeting folded into the trip as its purpose, as set "
     "241 row 0, or non-nominal on 'as part of the U.S. delegation'); China is the topic"),
 1: ([("will then travel to Belgium", "036", "USA/GOV", "BEL", False, F, N, False),
      ("to meet with NATO and European Union officials", "036", "USA/GOV", "org:NATO", False, F, N, False),
      ("to meet with NATO and European Union officials", "036", "USA/GOV", "org:EU", False, F, N, False),
      ("further Russian aggression against Ukraine", "190", "RUS/MIL", "UKR", False, H, N, True),
      ("readiness to impose massive consequences and severe economic costs on Russia", "130", N, "RUS/GOV", False,
       A, N, True)],
     "Release on Counselor Chollet's travel (4 Feb 2022) -> USA/GOV; 'will then travel to Belgium' = an announced "
     "trip -> 036 future to bare BEL (README choices; held-out 248 row 18); 'to meet with NATO and European Union "
     "officials' = announced meetings with named interlocutors -> 036 future, the compound split into org:NATO and "
     "org:EU (guideline: one event per actor; set 238 row 1 and held-out 249 row 0: the trip and the meetings two "
     "036s; held-out 14 and 20: EU officials -> org:EU); 'to discuss recent diplomatic engagements with Russia' is "
     "the topic, not coded (held-out 23 row 23: 'diplomatic engagements with Russia' the topic; held-out 4 row 24), "
     "the engagements having no agent in the sentence (borderline a nominal 040 USA/GOV -> RUS/GOV); 'joint efforts "
     "to deter further Russian aggression against Ukraine' = the conditional aggression the deterrence is to "
     "prevent -> hypothetical nominal 190 RUS/MIL -> UKR, exactly as held-out 224 row 22 and held-out 20 row 5 coded "
     "'further Russian aggression (against Ukraine)' (borderline asserted for the aggression 'further' "
     "presupposes, or uncoded as part of a discussion topic); 'Allies' and partners' readiness to impose massive "
     "consequences and severe economic costs on Russia' = a standing statement of resolve with its agents named, "
     "asserted as a fact -> nominal 130 (guideline: a threat or statement of resolve is asserted 130; held-out 20 "
     "row 5 and set 246: 'massive consequences and severe costs' 130; set 250: 'readiness to impose swift, severe "
     "costs on Russia' 130), the Allies and partners an uncoded collective -> source null (held-out 14 row 21: "
     "'together with Allies and partners' = collective, dropped) (borderline 131 for the economic costs, as held-out "
     "22; org:NATO and org:EU as sources; or uncoded as the topic of the future discussion, as held-out 4 row 24 "
     "left 'efforts to urge Russia to de-escalate' uncoded); the joint efforts themselves have no codable act"),
 # --- State Dept random: cue
 2: ([("I very much appreciated the hospitality", "051", "USA/GOV", "ISL/GOV", False, A, N, False),
      ("my recent visit to Iceland", "042", "USA/GOV", "ISL", False, A, N, True),
      ("I look forward to the continued strengthening of our relationship", "030", "USA/GOV", "ISL/GOV", False, F,
       N, False)],
     "Blinken's Iceland National Day message (17 June 2021) -> USA/GOV; 'I very much appreciated the hospitality "
     "shown to me' = thanks -> 051 (guideline: thank 051), the hosts Iceland's authorities -> ISL/GOV (set 254: "
     "thanks for 'his and his government's hospitality' in Rabat a 051 to MAR/GOV); 'my recent visit to Iceland' "
     "(the May 2021 Arctic Council ministerial in Reykjavik) = a visit noun with its agent -> nominal 042 USA/GOV "
     "-> bare ISL (held-out 15 and set 254: the hospitality shows the visit, a nominal 042 from the visitor to the "
     "bare country), the hospitality 'shown to me' folded into the visit here named outright (borderline a separate "
     "043 ISL/GOV -> USA/GOV, as set 257's 'hospitality ... provided to us'); 'I look forward to the continued "
     "strengthening of our relationship' = 'look forward to' + cooperation -> 030 future (held-out 14 row 22: 'look "
     "forward to further strengthening the close cooperation' 030 future USA/GOV -> SWE/GOV; README: 'hope that we "
     "can work together' 030 future), government to government"),
 3: ([("The Secretary expressed his deep appreciation", "051", "USA/GOV", "HRV/GOV", False, A, N, False),
      ("providing security assistance", "072", "HRV/GOV", "UKR", False, A, N, False),
      ("accepting refugees", "075", "HRV/GOV", "UKR/CVL", False, A, N, False),
      ("Croatia’s active role in NATO", "050", "HRV/GOV", "org:NATO", False, A, N, True)],
     "Readout of Blinken's call with Croatian PM Plenkovic (15 Mar 2022); 'expressed his deep appreciation for' = "
     "thanks -> 051 (guideline), Plenkovic and his government -> HRV/GOV, one 051 covering all that is thanked for "
     "(guideline: one event per actor pair); the acts thanked for are realised and coded asserted, their agent from "
     "the thanks (README choices: 'thanks for the ongoing support' gives the support its agent; set 249 row 1): "
     "'providing security assistance' = military aid -> 072 to bare UKR (held-out 10, 13, 14: security assistance "
     "to Ukraine 072 -> UKR), a gerund and not nominal; 'accepting refugees' = admitting refugees -> grant asylum "
     "075 (README choices: admitting refugees is 075), the refugees from Ukraine -> UKR/CVL (set 245: Moldova's "
     "hosting of Ukrainian refugees 075 -> UKR/CVL); 'the strong support of Prime Minister Plenkovic and his "
     "government for Ukraine' is the general noun whose two parts the 'including' list names, folded into them, "
     "as set 257 row 8 coded 'U.S. efforts ..., including providing ...' by its named parts only (borderline a "
     "separate nominal 070 HRV/GOV -> UKR, as set 249 row 0's 'its support of Ukraine' that named no parts); "
     "'Croatia's active role in NATO' = participation in the Alliance's work -> a nominal 050 HRV/GOV -> org:NATO "
     "(set 156: 'played an active role in the work of the United Nations' a 050 to org:UN; set 142: an 'active "
     "presence in various United Nations forums' a nominal 040) (borderline uncoded as a status)"),
 4: ([("They discussed", "040", "USA/GOV", "UKR/GOV", False, A, N, False),
      ("Russia’s military buildup along Ukraine’s borders", "154", "RUS/MIL", "UKR", False, A, N, True),
      ("to encourage Russia", "106", "UKR/GOV", "RUS/GOV", False, A, N, False),
      ("to encourage Russia", "106", "USA/GOV", "RUS/GOV", False, A, N, False)],
     "Readout of Blinken's call with FM Kuleba (4 Feb 2022); 'They' = Blinken and Kuleba (sentence before) -> 040 "
     "(guideline: discuss 040), symmetric, from the document's government; 'Russia's military buildup along "
     "Ukraine's borders' = a realised troop build-up with its agent, named as a topic -> nominal 154 RUS/MIL -> "
     "bare UKR (guideline: troop build-ups 154; held-out 23 row 23: 'Russia's unprovoked military buildup on "
     "Ukraine's borders' the same as a discussion topic); 'steps Ukraine and the United States are taking to "
     "encourage Russia to pursue diplomacy over war' = an ongoing realised act with its two agents and a finite "
     "verb, the steps' purpose an urging of Russia -> one asserted request per agent (guideline: 'S urges X to do "
     "Y' one REQUEST S -> X; compound source split), Y = choosing diplomacy, i.e. negotiation, over war -> 106 "
     "(borderline 1056 for the de-escalation 'over war' implies; or both uncoded as the topic of the call, as "
     "held-out 4 row 24 and held-out 20 row 5 left 'efforts to urge Russia to de-escalate' uncoded, those topic nouns "
     "naming no agent); 'war' is part of Y and not coded separately (guideline); 'ensure security and stability' "
     "is abstract"),
 5: ([("strongly condemns", "111", "USA/GOV", N, False, A, N, False),
      ("the detention of civilian leaders of Mali’s transition government", "173", N, "MLI/GOV", False, A, N, True)],
     "Spokesperson's statement on Mali (26 May 2021); 'The United States strongly condemns' -> 111 (guideline); "
     "'the detention of civilian leaders of Mali's transition government' (President Ndaw and Prime Minister "
     "Ouane, 24 May) = a detention noun with no agent in the sentence or in the document, which speaks only of "
     "'the events of May 24' -> an agentless nominal 173 with no source (README choices: an agentless house arrest "
     "is a nominal 173 with no source), the transition government's leaders -> MLI/GOV (held-out 9 row 18 and set "
     "244: Mali's transition government -> MLI/GOV); the condemnation goes to the unnamed detainers -> target null "
     "(README choices: condemning attacks by unnamed perpetrators is the speaker's 111 with no target) (borderline "
     "MLI/MIL for both the detainers and the condemnation's target, the release suspending security assistance to "
     "the Malian Security and Defense Forces in the text after, which stops short of naming them)"),
 6: ([], "Release on LEED certification of U.S. Embassy Pristina and Consulate General Nuevo Laredo (12 July 2022): what "
         "Gold certification signifies about building standards = internal Department business (held-out 4 and 13, "
         "set 251 row 20; held-out 259 row 11), no act between actors"),
 7: ([("Some $1.3 million in humanitarian assistance", "073", "USA/GOV", "SDN/CVL", False, A, N, True)],
     "Release on U.S. engagement with UNFPA (7 June 2021), a list item 'Responding to Humanitarian Needs in Sudan: "
     "Some $1.3 million in humanitarian assistance in Sudan for ... a response to gender-based violence to support "
     "internally displaced persons and vulnerable populations' = an aid noun whose agent is plain from the list it "
     "closes (each earlier item: 'U.S. humanitarian assistance' channelled through UNFPA) -> nominal 073 USA/GOV "
     "(README choices: an event noun whose agent is plain only from the text around it is coded; held-out 14 row 15: "
     "security assistance with its source from the context), to the beneficiaries, Sudan's displaced and "
     "vulnerable people -> SDN/CVL (set 234: humanitarian assistance funding for Ukraine a nominal 073 USA/GOV -> "
     "bare UKR) (borderline org:UNFPA as the recipient of the funds, or uncoded as a verbless list item, as set "
     "236's); 'Responding to' and 'to support' are the heading and purpose of the same aid, coded once"),
 8: ([("over six decades of cooperation", "050", "USA/GOV", "KOR/GOV", False, A, N, True),
      ("looks forward to working with the new administration", "030", "USA/GOV", "KOR/GOV", False, F, N, False)],
     "Readout of Deputy Secretary Sherman's meeting with President-elect Yoon's policy delegation (5 Apr 2022) -> "
     "USA/GOV; 'highlighted' is a statement (01x); 'the U.S.-ROK Alliance's over six decades of cooperation' = a "
     "cooperation noun naming its parties -> nominal 050 (README choices: cooperation nouns a nominal 050; set 257: "
     "the U.S.-Japan Alliance folded into the nominal 050 for 'our extensive cooperation'), from the document's "
     "government to KOR/GOV; 'noted she looks forward to working with the new administration when it takes office "
     "in May' = 'look forward to' + cooperation -> 030 future (held-out 14 row 22; README: 'hope that we can work "
     "together' 030 future), the incoming Yoon administration -> KOR/GOV (README choices: a president-elect is the "
     "incoming government); 'noted' is the speech verb of the document's own official, not coded"),
 9: ([("the AMIA bombing", "183", "LBN/REB", "ARG/CVL", False, A, N, True),
      ("Iran’s support of international terrorism", "070", "IRN/GOV", "LBN/REB", False, A, N, True)],
     "Spokesperson's statement remembering the victims of Hizballah attacks (18 July 2022); 'The single deadliest "
     "antisemitic attack in more than half a century, the AMIA bombing' = the 1994 bombing of the Jewish community "
     "centre in Buenos Aires, the appositive naming the same event, coded once (guideline: a repeated mention is "
     "coded once); its agent plain from the same sentence ('Hizballah's global ambitions') and the text before "
     "('two heinous Hizballah attacks') -> nominal 183 (README choices: unnamed crime groups' bombings are 183; set "
     "216: 'train bombings in Madrid' 183), Hizballah -> LBN/REB (guideline), the victims Argentine civilians -> "
     "ARG/CVL (held-out 154 row 3's borderline 'one to ARG/CVL for AMIA') (borderline 1832 for the car bomb, or "
     "bare ARG); 'underscored Hizballah's global ambitions' is an evaluation; 'Iran's support of international "
     "terrorism' = support noun with its agent -> nominal 070 (README choices: 'support for terrorism' 070; "
     "harbouring terrorists is support 070), the terrorism exemplified by the Hizballah bombing -> LBN/REB, the "
     "text after naming Iran's 'funding, training, weapons, and other support' to Hizballah (borderline target "
     "null for the generic 'international terrorism', or 072)"),
 10: ([("U.S. commitment to", "032", "USA/GOV", "NAM/GOV", False, A, N, True)],
      "Release on the 7031(c) designation of former Namibian officials (15 June 2021); 'This designation' is an "
      "anaphoric event noun (the designation of the sentences before) and not coded (guideline: 'this aggression' "
      "not coded) (borderline a nominal 172 USA/GOV -> NAM/CVL, as set 236's 7031(c) designation); 'reaffirms the "
      "U.S. commitment to supporting anticorruption reforms that are key to Namibia's successful future' = a "
      "commitment noun with its agent, support of a political kind -> nominal 032 asserted (set 258 row 13: 'the "
      "continued U.S. commitment to supporting de Mistura's efforts' a nominal 032; README choices: commitments "
      "stated as facts asserted 03x), the reforms being Namibia's own, carried out by its government -> NAM/GOV "
      "(borderline bare NAM, as set 246's 'commitment to Ukraine's sovereignty'; or uncoded as an abstract "
      "commitment, as held-out 229 row 19's 'commitment to supporting law enforcement efforts', which had no foreign "
      "counterpart)"),
 11: ([], "Release naming Richard Nephew Coordinator on Global Anti-Corruption (5 July 2022): his earlier posts, including "
          "'deputy special envoy for Iran', are internal career facts, no act between actors (set 235 row 15: a "
          "Chargé's experience and past service uncoded; held-out 4 row 31)"),
 # --- State Dept random: nocue
 12: ([], "Release on the U.S.-Kazakhstan Open Skies agreement entering into force (1 Apr 2022): air carriers providing "
          "air services to travelers and shippers, which 'promotes tourism and commerce' = commercial effects with no "
          "political actor pair (guideline: descriptions without a behaviour between political actors not coded); "
          "the agreement itself is in the sentences before"),
 13: ([("commitment to the defense of Japan and the Republic of Korea", "0334", "USA/GOV", "JPN/GOV", False, A, N,
        True),
       ("commitment to the defense of Japan and the Republic of Korea", "0334", "USA/GOV", "KOR/GOV", False, A, N,
        True)],
      "Readout of Blinken's call with FM Hayashi (25 Mar 2022); 'The Secretary reiterated' is the speech verb of the "
      "document's own official, not coded; 'the United States' commitment to the defense of Japan and the Republic "
      "of Korea remains ironclad' = a standing commitment to defend allies -> nominal 0334 asserted, one per ally "
      "(held-out 12 row 32: 'commitment to the defense of the ROK and Japan' two nominal 0334s; held-out 18 row 9; "
      "set 243: 'the U.S. ironclad commitment to the defense of its Baltic Allies' a 0334)"),
 14: ([("our two countries will strive to ensure", "030", "USA/GOV", "PHL/GOV", False, F, N, False)],
      "Blinken's Philippines National Day message (11 June 2021) -> USA/GOV; 'Together, as friends, allies, and "
      "partners, our two countries will strive to ensure a more peaceful, stable, and prosperous Indo-Pacific "
      "region' = future joint work -> 030 future (guideline: future cooperative acts get 03x; README: 'hope that we "
      "can work together' 030 future), symmetric, from the document's government to PHL/GOV (borderline 0312, the "
      "two being treaty allies, or uncoded as an abstract regional goal); 'as friends, allies, and partners' is a "
      "status"),
 15: ([("the growing Major Defense Partnership between the United States and India", "062", "USA/GOV", "IND/GOV",
        False, A, N, True)],
      "Announcement of the U.S.-India 2+2 Ministerial (7 Apr 2022); 'It is also a chance to highlight' = the meeting "
      "as an occasion for a statement (01x), 'It' the 2+2 Ministerial; 'the growing Major Defense Partnership "
      "between the United States and India' = a defence cooperation noun naming its parties -> nominal 062 "
      "(set 247: 'The growing bilateral security relationship between the United States and Angola', as a "
      "discussion topic naming its parties, a nominal 062) (borderline 050, or uncoded as a topic)"),
 16: ([("will mark International Women", "036", "USA/GOV", "org:UN", False, F, N, False),
       ("will mark International Women", "036", "USA/GOV", "HTI/CVL", False, F, N, False)],
      "Release on Assistant Secretary Witkowsky's travel to Haiti (4 Mar 2022) -> USA/GOV; 'will mark International "
      "Women's Day with United Nations staff and Haitian women leaders' = an announced joint event with named "
      "counterparts -> a future meeting 036 (guideline: future meetings 036; README choices: welcoming newly "
      "arrived refugees on a visit is a future meeting, 036), one per counterpart: the UN staff in Haiti -> org:UN "
      "and the Haitian women leaders -> HTI/CVL (set 239: announced meetings with 'young leaders in civil society' "
      "a future 036 to MRT/CVL) (borderline uncoded as a commemoration, or one 036 with no target); 'to recognize "
      "the vital role of women' is praise of women in general, with no coded target, and 'reinforce the U.S. "
      "government's commitment to strengthening gender equality and meaningfully engaging women' an abstract "
      "commitment, neither coded (held-out 259 row 11 and set 248: abstract commitments uncoded)"),
 17: ([("Secretary Blinken designated Ambassador Jean Manes", "050", "USA/GOV", "SLV/GOV", False, A, N, False)],
      "Spokesperson's announcement (26 May 2021); 'designated Ambassador Jean Manes as Chargé d'affaires ad interim "
      "to the Republic of El Salvador' = naming a head of mission to another state -> diplomatic cooperation 050, "
      "following PETRARCH's CAMEO dictionary (DESIGNATE/APPOINT * AMBASSADOR [050]), as earlier sets followed it for "
      "RENEGE, STRIP OF CITIZENSHIP and CLOSE AIRSPACE, to SLV/GOV (set 257 row 21: Chacon's Ottawa chargé role a "
      "future 030 to CAN/GOV, its appointment lying in the text before) (borderline uncoded as an internal "
      "appointment, as set 230 flagged and set 235 row 15 left the Keshap appointment's career facts uncoded)"),
 18: ([("The United States stands with all Bulgarians", "051", "USA/GOV", "BGR/CVL", False, A, N, False)],
      "Spokesperson's statement on the 7031(c) designation of five Bulgarian officials (2 June 2021); 'stands with "
      "all Bulgarians whose work drives reforms forward' -> 051 (README choices: 'stand with' is 051 throughout), "
      "Bulgarians -> BGR/CVL (held-out 16 row 2: 'continues to stand with all Colombians' 051 -> COL/CVL) "
      "(borderline target null, as set 232's Montenegro 'stands with all those who are committed to pursuing the "
      "reforms', an open class); 'the Department will continue to use its authorities to promote accountability for "
      "corrupt actors in the region and globally' = accountability, no CAMEO act, the corrupt actors an open class "
      "(held-out 16 row 2; sets 230, 231, 247: 'promote accountability' uncoded) (borderline a future 172 or 163 "
      "with no target under the class-of-wrongdoers rule)"),
 # --- UNGDC 2020-2024 random: future
 19: ([], "South Africa (2024): 'As signatory to the Paris Agreement, we are contributing our fair share towards the "
          "global effort, and have a Just Energy Transition Plan' = a treaty status and a domestic climate policy "
          "with no counterpart (guideline: abstract policy positions not coded; set 228 and held-out 259: domestic "
          "programmes uncoded) (borderline a 070 with no target for the 'fair share')"),
 # --- UNGDC 2020-2024 random: demand
 20: ([], "Lao PDR (2023): 'We must therefore further strengthen and scale up our collective efforts' = 'we' meaning all "
          "States (held-out 42/43), with no codable Y (guideline)"),
 21: ([("is commendable", "051", "SYC/GOV", "org:UN", False, A, N, False)],
      "Seychelles (2023); 'The Secretary-General's SDG stimulus, aimed at transforming the global financial system, "
      "is commendable' = the speaker's praise in a predicate of commendation -> 051 to the plan's author, org:UN "
      "(set 216 row 27: 'are most commendable' the speaker's 051 to org:UN, following sets 110 and 127; held-out 9 "
      "row 69: support for 'the stimulus plan of the Secretary-General' a 051 to org:UN) (borderline an uncoded "
      "evaluation, as 'it is commendable to observe'); the stimulus proposal itself has no act of its own (held-out "
      "9 row 69) (borderline a nominal 100 from org:UN, as set 218's 'The Secretary-General's proposal'); "
      "'international financial institutions must collaborate to support our collective ambition' = a deontic "
      "among an uncoded collective, null to null, not coded (README choices: acts between uncoded collectives "
      "uncoded) (borderline a demanded 050 with no source)"),
 # --- UNGDC 2020-2024 random: cue
 22: ([], "Malawi (2020): geographic disadvantages that 'impose constraints on our trade competitiveness' = causes with no "
          "political actor (guideline: descriptions without an actor not coded); 'impose' is not a coercive act"),
 23: ([("that support", "070", N, "LBR/GOV", False, A, N, True)],
      "Liberia (2022); 'As a result of that support, Liberia is well on its way to achieving herd immunity' = the "
      "anaphoric 'that support' is the 'continued support of our national efforts in combating the pandemic' by "
      "'our local and international partners, both multilateral and bilateral' (sentence before), a realised "
      "support noun whose giver is an uncoded collective -> nominal 070 with no source to the speaker's government, "
      "LBR/GOV (set 172: Ecuador's anaphoric 'This support is necessary' a demanded nominal 070 with no source to "
      "ECU/GOV; set 186: 'That support will give our Government a sound basis' a nominal 070 with no source to "
      "TCD/GOV) (borderline uncoded as an anaphoric event noun, guideline 'this aggression', or 073 for pandemic "
      "relief); herd immunity and vaccination rates are domestic outcomes"),
 24: ([("terrorist attacks", "180", N, "BFA", False, A, N, True),
       ("lost territorial space to the invading forces", "192", N, "BFA", False, A, N, False)],
      "Ghana (2022); 'All of Ghana's neighbours have suffered terrorist attacks' = agentless terrorist attacks -> "
      "nominal 180 with no source (README choices: an agentless terrorist attack is 180 with no source, one per "
      "victim country; set 212: 'Yemen has greatly suffered from terrorism' a nominal 180 with no source to bare "
      "YEM); 'Ghana's neighbours' are not listed in the speech, which names only Burkina Faso among them, in the "
      "next sentence ('2 of which have borne the brunt of the terrorist outrages ... Mali and Burkina Faso'), so "
      "the attack is coded for the one it names, bare BFA (README choices: a 'group of four States' whose members "
      "the document does not name is coded for the one it names) (borderline one 180 each to CIV and TGO too, by "
      "geography, or target null); 'some have lost territorial space to the invading forces' = territory seized by "
      "the jihadist groups from the Sahel -> occupation 192 (guideline: invade/occupy 192), a verb phrase and not "
      "nominal, the 'invading forces' being the unnamed terrorist groups -> source null (set 213: 'cities that had "
      "been occupied by the terrorists' a 192 with no source, ISIL having no code), to bare BFA, the one neighbour "
      "named as bearing the brunt (borderline BFA/REB as source under the unnamed-outlaw-groups rule, or target "
      "null for the unspecified 'some')"),
 25: ([], "Denmark (2020): a verbless fragment, the pandemic 'Threatening the lives of the most vulnerable people' = a "
          "risk with no political actor (guideline: 'threat to all of us' = risk, not coded)"),
 26: ([("Zimbabwe fully supports the proposed SDG stimulus", "051", "ZWE/GOV", "org:UN", False, A, N, False)],
      "Zimbabwe (2024); 'fully supports the proposed SDG stimulus' = endorsement -> 051 (guideline: 'express "
      "support' 051) to the plan's author, org:UN (held-out 9 row 69: 'supports the stimulus plan of the "
      "Secretary-General' 051 to org:UN), although the speech never names the Secretary-General as its author "
      "(set 123: Monaco's support for the Global Strategy a 051 to org:UN though the speech never named its author) "
      "(borderline target null, or uncoded as an abstract position); the agentless 'proposed' is not coded "
      "separately; 'so as to reinvigorate the implementation of these crucial goals' is the purpose"),
 27: ([("is ready to engage in partnerships with foreign investors", "0311", "NER/GOV", N, False, A, N, False)],
      "Niger (2024), the CNSP's government under the UN-speech rule (set 237: Sudan 2022 SDN/GOV; set 246: Gabon "
      "2024 GAB/GOV) -> NER/GOV; 'my country is ready to engage in partnerships with foreign investors based on a "
      "win-win principle' = a stated readiness for economic cooperation -> 0311 asserted (README choices: 'stands "
      "ready to engage/assist' is 03x asserted; 'are prepared to engage in dialogue' 036 asserted), the investors "
      "unnamed and uncoded -> target null (held-out 130 row 12: the foreign investors unnamed and uncoded -> target "
      "null) (borderline 030 for general cooperation); 'To support this transformation' is the "
      "purpose and 'respect for the dignity of our long-neglected populations' an abstract condition"),
 28: ([], "Saint Vincent and the Grenadines (2021): 'New times demand fresh solutions, not old-fashioned hegemonic "
          "responses' = a generalisation with an inanimate subject and no actor (guideline: figurative uses and "
          "abstract positions not coded)"),
 # --- UNGDC 2020-2024 random: nocue
 29: ([], "New Zealand (2020): small island developing States' tourism 'drastically affected by closed borders' = "
          "agentless pandemic border closures whose victims are an uncoded collective, null to null (README choices: "
          "acts between uncoded collectives uncoded) (borderline a nominal 172 with no source and no target, as set "
          "147's Ebola border closures, which had a named victim)"),
 30: ([], "Kuwait (2023): 'we underscore the centrality of the Palestinian question' = a statement (01x), not coded"),
 31: ([], "India (2024): a salutation, 'Greetings and Namaskar from 1.4 billion people of Bharat!' (set 242: a salutation "
          "uncoded)"),
 32: ([], "Malawi (2023): 'the most pressing priorities are plain to see' = a domestic evaluation, no act"),
 33: ([], "Comoros (2024): 'This 79th session opens once again at a particularly delicate moment' = a description of the "
          "session's context, no act (the war in Ukraine lies in the sentence after)"),
}
