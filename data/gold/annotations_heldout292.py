"""Hand annotations for the TWO-HUNDRED-AND-NINETY-SECOND held-out event gold set (source of events-heldout292.jsonl).

Keyed by the row index of selection-heldout292.jsonl (output of select_statement_sentence_heldout.py 292; rows 0-11
all come from statements_state_dept_pr.jsonl, State Department press releases of 2021-2022).
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
    python3 data/gold/build_events.py --selection selection-heldout292.jsonl \\
        --annotations annotations_heldout292 --output events-heldout292.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will meet with Pinera administration officials", "036", "USA/GOV", "CHL/GOV", False, F, N, False),
      ("to thank them", "032", "USA/GOV", "CHL/GOV", False, F, N, False)],
     "Release on Assistant Secretary Nichols's travel to Chile, 7-9 March (4 Mar 2022) -> Nichols USA/GOV; 'will "
     "meet with Pinera administration officials' = an announced meeting -> 036 future (guideline: future meetings "
     "036; held-out 18 row 32, the same release's 'will travel to Santiago, Chile' a 036 future to bare CHL), Pinera "
     "still President until 11 March 2022, so his administration is the government in office on the release's date "
     "and on the trip's -> CHL/GOV (guideline: actors coded as of the document date; the incoming Boric "
     "administration, the president-elect's incoming government under the README choices, is only in the sentence "
     "before); 'to thank them' = a future thanks, the purpose of the meeting -> 032 future (set 249: 'thank Poland' "
     "and 'She will also thank Montenegro' in a travel notice a 032 future to the government, on the model of the "
     "README's 'will reiterate appreciation' 032 future) (borderline 051 future, or uncoded as a purpose clause); "
     "'for their governance' = the outgoing administration's own domestic governing, no act between political "
     "actors, not coded (README choices: domestic programmes uncoded) (borderline a nominal 051 or 050 given its "
     "agent by the thanks, under the README's 'thanks for the ongoing support gives the support its agent')"),
 1: ([("will travel to Vietnam", "036", "USA/GOV", "VNM", False, F, N, False),
      ("to meet with government officials", "036", "USA/GOV", "VNM/GOV", False, F, N, False),
      ("civil society representatives", "036", "USA/GOV", "VNM/CVL", False, F, N, False),
      ("business leaders", "036", "USA/GOV", "VNM/BUS", False, F, N, False)],
     "Release on Special Presidential Envoy for Climate Kerry's travel to Vietnam (22 Feb 2022) -> Kerry USA/GOV; "
     "'will travel to Vietnam, February 22-25' = an announced trip -> 036 future to the bare destination country "
     "(held-out 18 row 32; set 249 row 0: Kerry's 'will travel to Warsaw July 11-13', released the day before, a 036 "
     "future to bare POL; set 239: Kerry's trip to bare PRT), still future though the trip starts on the release's "
     "date; 'to meet with government officials, civil society representatives, and business leaders' = announced "
     "meetings with named interlocutors -> one 036 future per sector, the compound split (guideline; set 237: "
     "Lempert's meetings 'with government officials and civil society leaders' one future 036 per country and "
     "sector; set 239: Chollet's meetings one future 036 each to MRT/GOV and MRT/CVL): VNM/GOV, VNM/CVL and, for "
     "the business leaders, VNM/BUS (README: a corporation is the BUS sector), beside the trip (set 249: 'to engage "
     "with government counterparts' a second 036 beside the trip's; set 238) (borderline the trip folded into the "
     "meetings, as set 237); 'to build consensus on key actions to address the climate crisis and accelerate the "
     "transition to a clean energy economy' is the purpose, no further act between named actors (borderline a future "
     "030 with no target)"),
 # --- State Dept random: cue
 2: ([("discussed", "040", "USA/GOV", "NER/GOV", False, A, N, False),
      ("the need to encourage timely democratic transitions", "1044", "USA/GOV", N, False, D, N, False),
      ("the need to encourage timely democratic transitions", "1044", "NER/GOV", N, False, D, N, False)],
     "Price's readout of Sherman's meeting with Nigerien FM Hassoumi (28 July 2022) -> Sherman USA/GOV, Hassoumi "
     "NER/GOV; 'Deputy Secretary Sherman and Foreign Minister Hassoumi also discussed' -> 040 (guideline: discuss "
     "040), symmetric, coded once from the document's government to NER/GOV (guideline: a symmetric meeting coded "
     "once); 'the need to encourage timely democratic transitions in neighboring countries' = a deontic with no "
     "request verb of its own whose Y is itself a request, encouraging being a 10x act (guideline: encourage/urge "
     "10x; README choices: 'the Security Council has a special responsibility to call for' a demanded request; set "
     "118: 'moral obligation to demand that Russia withdraw' a demanded 1056), its agent the two discussants, as "
     "set 264 took 'coordination in urging Russia' from the partners, one per speaker (README choices: a jointly "
     "reaffirmed warning is one 130 per speaker), the sub-code from what is asked, a return from military to "
     "democratic rule -> 1044 (change in institutions or regime); the 'neighboring countries' (Niger's neighbours "
     "under military rule) are never named in the document -> target null (guideline: collectives without a code "
     "-> null) (borderline uncoded, as held-out 291 row 8's discussed 'quick and peaceful resolution' and set 256's "
     "topics naming no party, or source null under set 238's agentless deontic, which would leave a null-to-null "
     "demand uncoded; or a demanded 0834 for the transitions themselves, as set 238's 'restoring Burma's path to "
     "democracy'); 'as well as address food insecurity and development' is a need with no act between named "
     "actors, not coded (borderline a demanded 070 with no source and no target)"),
 3: ([("Their visit", "036", "USA/GOV", "ETH", False, F, N, True),
      ("U.S. efforts towards ceasing hostilities", "045", "USA/GOV", "ETH", False, A, N, True)],
     "Release on Special Envoy Satterfield's and Deputy Special Envoy Knopf's travel to Ethiopia (13 Apr 2022) -> "
     "USA/GOV; 'Their visit' = the anaphoric visit whose agent is plain from 'Their' (the two envoys, who 'will "
     "arrive in Ethiopia April 13', sentence before) -> future nominal 036 to the bare country (README choices: an "
     "announced trip is 036 future; set 280: 'During her visit' a future nominal 036 to bare NAM, following set "
     "259's anaphoric 'Her visit') (borderline an asserted nominal 042, the arrival falling on the release's date, "
     "as held-out 291 row 9's 'is visiting'); 'continues U.S. efforts towards ceasing hostilities, unhindered "
     "humanitarian access, transparent investigations ..., and a negotiated resolution to the conflict in "
     "Ethiopia' = ongoing U.S. peace-making, an effort noun with its agent -> nominal 045 asserted (set 254: "
     "'Oman's efforts to strengthen and extend the truce in Yemen' a nominal 045 to bare YEM; set 286: Saudi "
     "Arabia's 'efforts to advance implementation of the Riyadh Agreement' a nominal 045 to bare YEM; set 215: "
     "'trying hard to improve ... the prospects for a long-term political solution' in Somalia a 045 to bare SOM), "
     "the document never naming the TPLF or any party beyond 'Ethiopian government officials' -> the bare country "
     "(borderline 039 to ETH/GOV and ETH/REB, as set 250's 'remains committed to advancing diplomatic efforts', "
     "whose document named both parties; or uncoded as held-out 278 left 'firmly focused on a cessation of "
     "hostilities' in a document naming no party); the listed aims are folded into the efforts: the ceasefire and "
     "the negotiated resolution name no party (set 278), 'unhindered humanitarian access' is no separate deontic "
     "(borderline a demanded nominal 0863 with no source to ETH/CVL, as set 285), and 'transparent investigations "
     "into human rights abuses and violations by all actors' has no agent, the 'all actors' never being named "
     "(set 278: 'human rights abuses by all actors' uncoded in a document naming no party; set 275 coded the same "
     "phrase only because 'the parties' were named) (borderline a nominal 175 with no source to ETH/CVL)"),
 4: ([("used searches", "171", "GTM/JUD", "GTM/JUD", False, A, N, False),
      ("used searches", "171", "GTM/JUD", "GTM/CVL", False, A, N, False),
      ("used searches and arrests", "173", "GTM/JUD", "GTM/JUD", False, A, N, False),
      ("used searches and arrests", "173", "GTM/JUD", "GTM/CVL", False, A, N, False),
      ("sealed indictments", "1121", "GTM/JUD", "GTM/JUD", False, A, N, True),
      ("sealed indictments", "1121", "GTM/JUD", "GTM/CVL", False, A, N, True)],
     "Price's statement on the Guatemalan Public Ministry's attacks on independent prosecutors (16 Feb 2022); 'Under "
     "the leadership of Attorney General Consuelo Porras, the Public Ministry' = the prosecution service -> GTM/JUD "
     "(README choices: an attorney general's targeting of prosecutors is 175 between JUDs; set 262: Porras's "
     "firing of prosecutors a 175 between GTM/JUDs); 'used searches and arrests' = realised raids and detentions, "
     "the event nouns carried by the finite verb 'used', so not nominal (README choices: a government that "
     "'responded with violence' is 175) (borderline nominal), each act coded with its own code rather than one "
     "175, following the guideline's specific codes and set 253's 'arrested and prosecuted' a 173 and a 1121: the "
     "searches -> 171 (README choices: raids on homes 171; set 288: 'The raid of Stand News offices' a 171), the "
     "arrests -> 173 (guideline: arrests 173); 'based on sealed indictments' = the charges the Ministry brought -> "
     "nominal 1121 (guideline: charge 1121; set 289: 'additional spurious charges' a nominal 1121); the victims are "
     "missing from the clause and taken from the document (guideline: a verb's missing participant from the "
     "context): the 'current and former independent prosecutors' of the sentence before and the 'Guatemalans who are "
     "combatting impunity' of this one -> one event each to GTM/JUD for the serving prosecutors and to GTM/CVL for "
     "the former ones and the other Guatemalans (guideline: compound split, persons by sector) (borderline GTM/JUD "
     "only, as set 262, or one 175 per target for the whole campaign); 'selectively leaked case information' has no "
     "CAMEO code and is not coded (borderline 112, or 111 as public discrediting); 'with the apparent intent to "
     "single out and punish' is the purpose the acts already carry out, folded in (borderline a hypothetical 170 or "
     "175); the targets' 'combatting impunity and promoting transparency and accountability' is no act between "
     "political actors"),
 # --- State Dept random: nocue
 5: ([], "Release on Ambassador Gonzales's swearing-in as Director of the Office of Foreign Missions (3 June 2022): 'A "
         "career member of the Foreign Service, class of Minister-Counselor, Ambassador Gonzales was the U.S. "
         "Ambassador to the Kingdom of Lesotho from 2018 until February 2022' = internal career facts, holding an "
         "office, no act between political actors (set 267 and held-out 291 row 15: internal career facts uncoded; "
         "set 204: holding an office uncoded)"),
 6: ([("will continue to lead the international community in responding to their humanitarian needs", "073",
       "USA/GOV", "AFG/CVL", False, F, N, False),
      ("responding to their humanitarian needs", "073", N, "AFG/CVL", False, F, N, False)],
     "Blinken's statement on the earthquake in Afghanistan (22 June 2022) -> 'We' USA/GOV; 'We stand with the people "
     "of Afghanistan', said of the day's earthquake and the humanitarian situation it compounds, is solidarity after "
     "a natural disaster, condolence (01x), not coded (README choices: solidarity after a natural disaster is "
     "condolence, not coded; set 240 contrasted it with solidarity after an attack; the sentence before offers "
     "'sympathy and prayers') (borderline a 051 to AFG/CVL, the README choices also making 'stand with' 051 "
     "throughout, as set 275's 'proud to stand with the people of Ukraine'); 'will continue to lead the "
     "international community in responding to their humanitarian needs' = continued humanitarian relief to the "
     "Afghan people, 'their' being 'the people of Afghanistan' -> 073 future to AFG/CVL (README choices: a future "
     "material act keeps its code, 'we will continue support' 070 future; guideline: humanitarian aid 073), 'lead' "
     "folded into the U.S. response; the international community led in responding is a second responder, an "
     "uncoded collective -> a second future 073 with no source (README choices: 'joined the United Nations in their "
     "condemnation' gives the partner's act too; held-out 291 row 7: 'we joined the overwhelming majority ... in "
     "expressing support' a second 051 with no source) (borderline the U.S. 073 only, the international community's "
     "response being only implied by 'lead')"),
 7: ([], "Release on Assistant Secretary Bitter's travel to the Dominican Republic (1 June 2022): 'For press "
         "inquiries please contact CAPRESSREQUESTS@state.gov' = a contact pointer for readers, no act (sets 285 and "
         "290: a contact pointer uncoded; set 288: a contact line uncoded)"),
 8: ([("I am authorizing our seventeenth drawdown", "072", "USA/GOV", "UKR", False, A, N, False)],
     "Blinken's statement on $550 million in new military assistance for Ukraine (1 Aug 2022) -> 'I' USA/GOV; 'I am "
     "authorizing our seventeenth drawdown ... of up to $550 million in arms and equipment from U.S. Department of "
     "Defense (DoD) inventories for Ukraine's self-defense' = a realised grant of weapons -> military aid 072 "
     "(guideline: provide aid 07x; set 225: 'the drawdown' a nominal 072 USA/GOV -> bare UKR; set 251: 'Total U.S. "
     "military assistance to Ukraine' a nominal 072), asserted and not nominal, the finite 'am authorizing' carrying "
     "it (borderline future for the deliveries to come, or nominal on 'drawdown'), to the bare country as set 225 "
     "(borderline UKR/MIL, the forces using the arms, or UKR/GOV); 'pursuant to a delegation of authority from the "
     "President' is internal U.S. executive business, not coded (held-out 274 and 277: internal business uncoded); "
     "'since August 2021' is a time frame, the sixteen earlier drawdowns not coded again (README choices: one "
     "sanctions action of several parts coded once; set 233: repeated mentions of one aid flow coded once); 'for "
     "Ukraine's self-defense' is the aid's purpose and not coded separately (borderline a nominal 190 bare UKR -> "
     "RUS/GOV, as set 271's 'Ukraine in defending itself', Russia taken from the sentence before)"),
 9: ([], "Blinken's statement on Somalia's presidential elections (17 May 2022): 'With the conclusion of this process' "
         "= the anaphoric end of Somalia's own electoral process, a domestic process with no act between political "
         "actors (README choices: domestic programmes and processes uncoded); 'Somalia now has an opportunity to "
         "focus on the political, economic, and security reforms necessary to advance the interests of the people "
         "of Somalia' = an evaluation of an opportunity, no deontic on an actor and no act, not coded (README "
         "choices: evaluations of developments uncoded) (borderline a demanded 0834 SOM/GOV -> SOM/CVL for the "
         "'necessary' reforms, as set 196's 'it is imperative to restore democracy'; the requests come only in the "
         "next sentence, 'We encourage President Hassan Sheikh')"),
 10: ([("continued U.S.-Grenada collaboration", "050", "USA/GOV", "GRD/GOV", False, D, N, True)],
      "Price's readout of Blinken's call with Grenadian PM Mitchell (22 July 2022) -> USA/GOV; 'Secretary Blinken "
      "emphasized the importance of continued U.S.-Grenada collaboration on climate change, energy, food security, "
      "and access to finance' = a cooperation noun naming its parties under 'the importance of', a deontic -> "
      "demanded nominal 050 from the first-named party to GRD/GOV (guideline: 'it is important to' is demanded; "
      "README choices: cooperation named by its parties is a nominal 050; set 268: 'The importance of cooperation "
      "between the United States and Turkey' a demanded nominal 050, following set 252; set 258: 'Highlighted the "
      "need for continued coordination in support of Haiti' a demanded nominal 050) (borderline asserted, as "
      "held-out 10/11, 'continued' presupposing the cooperation under way); 'emphasized' is the document's own "
      "official's speech verb, not coded; the areas are topics of the collaboration, 'access to finance for Grenada "
      "and the broader Caribbean region' folded in (borderline a demanded 071 with no source to GRD/GOV)"),
 11: ([], "Release on Blinken's remarks at the NSCAI Global Emerging Technology Summit (9 July 2021): 'For more "
          "information, please contact NSCAI's Tara Rigler ... or the Office of Press Relations' = a contact pointer "
          "for readers, no act (sets 285 and 290: a contact pointer "
          "uncoded; set 288: a contact line uncoded)"),
}
