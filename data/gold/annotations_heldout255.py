"""Hand annotations for the TWO-HUNDRED-AND-FIFTY-FIFTH held-out event gold set (source of events-heldout255.jsonl).

Keyed by the row index of selection-heldout255.jsonl (output of select_statement_sentence_heldout.py 255; rows 0-21
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
    python3 data/gold/build_events.py --selection selection-heldout255.jsonl \\
        --annotations annotations_heldout255 --output events-heldout255.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will meet with stakeholders", "036", "USA/GOV", N, False, F, N, False)],
     "Release on Assistant Secretary Medina's travel to New York for the BBNJ negotiations (9 Mar 2022) -> USA/GOV; "
     "'will meet with stakeholders' = announced meetings on the trip -> 036 future (guideline: future meetings get "
     "036), the stakeholders in the negotiations unnamed -> target null (set 250 row 0: 'will also meet separately "
     "with several of his foreign counterparts' one future 036 with target null) (borderline org:UN, the "
     "negotiations being held under UN auspices); 'to reinforce the United States' commitment to ocean conservation "
     "and biodiversity' is the purpose and an abstract commitment with no counterpart (guideline: abstract policy "
     "positions not coded), and 'discuss the importance of the BBNJ agreement' is folded into the meetings as their "
     "topic (held-out 241 row 0); the trip itself is in the sentence before"),
 1: ([("will co-chair the inaugural meeting of the U.S.-France Defense Trade Strategic Dialogue", "036", "USA/GOV",
       "FRA/GOV", False, F, N, False)],
     "Release on Assistant Secretary Lewis's travel to France, Belgium and Latvia (11 June 2022) -> USA/GOV; 'will "
     "co-chair the inaugural meeting of the U.S.-France Defense Trade Strategic Dialogue' = an announced meeting whose "
     "name gives its participants -> 036 future (guideline: future meetings 036), symmetric, coded once from the "
     "document's government to FRA/GOV (set 227: Sison's 'will co-host with her UK counterpart a meeting of the "
     "Geneva Group' a future 036 USA/GOV -> GBR/GOV; README choices: a meeting noun naming its participants), Paris "
     "the venue; 'a new forum to strengthen bilateral defense trade with one of America's oldest Allies' is the "
     "forum's purpose, folded into the meeting (borderline a future nominal 0312 or 0311 to FRA/GOV for the defence "
     "trade), and 'one of America's oldest Allies' a status; the trip to France is in the sentence before"),
 # --- State Dept random: demand
 2: ([("They discussed", "040", "USA/GOV", "org:EU", False, A, N, False),
      ("would result in massive consequences and severe costs", "130", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("would result in massive consequences and severe costs", "130", "org:EU", "RUS/GOV", False, A, N, False),
      ("further unprovoked Russian aggression", "190", "RUS/MIL", "UKR", False, H, N, True)],
     "Readout of Deputy Secretary Sherman's call with EEAS Secretary-General Sannino (11 Feb 2022); 'They' = Sherman "
     "and Sannino, the EEAS -> org:EU (held-out 14 row 23, 20 row 5); 'They discussed' -> 040 (guideline), "
     "symmetric, coded once from the document's government; 'ongoing, coordinated efforts to urge Russia to choose "
     "de-escalation and diplomacy' is the topic of the discussion, not coded, exactly as held-out 20 row 5 on the "
     "same formula ('diplomatic efforts to urge Russia to deescalate' the topic; held-out 4 row 24) (borderline one "
     "asserted 1056 per partner, as set 246 coded 'our shared commitment to urging Russia to de-escalate'); "
     "'reaffirmed that further unprovoked Russian aggression would result in massive consequences and severe costs "
     "for the Russian Federation' = a jointly reaffirmed warning -> one asserted 130 per speaker (guideline: "
     "'Russia would face massive consequences for attacking Ukraine' 130 + 190 hypothetical; README choices: a "
     "jointly reaffirmed warning is one 130 per speaker; held-out 20 row 5 the same words) (borderline 131 for "
     "'severe costs'); 'further unprovoked Russian aggression' = the threatened condition, an event noun with its "
     "agent -> hypothetical nominal 190 RUS/MIL, against Ukraine from the sentence before ('Ukraine's sovereignty "
     "and territorial integrity') -> bare UKR, as held-out 20 row 5 (borderline RUS/GOV, as set 246)"),
 3: ([], "Price on the anniversary of the Americans with Disabilities Act (26 July 2022): 'we do not limit our commitment "
         "to disability inclusion ... to one day or one month – we must strive to recognize these important issues "
         "every day' = the Department's internal workplace commitment, quoted from its own Chief Diversity and "
         "Inclusion Officer, with no counterpart (guideline: abstract policy positions not coded; held-out 4 and 13: "
         "internal Department business not coded); 'has underscored' is the speech verb of the Department's own "
         "official, and 'we do not limit' negates the limitation, not an event"),
 4: ([("We urge other donors", "1033", "USA/GOV", N, False, A, N, False)],
     "Price's release on U.S. humanitarian assistance for Africa (15 July 2022); 'We urge other donors to provide "
     "additional support to the growing humanitarian needs on the continent' = one asserted request (guideline: 'S "
     "urges X to do Y' is one REQUEST), Y = humanitarian aid -> 1033 (guideline), the donors an uncoded collective "
     "-> target null (guideline: collectives -> null; set 250: 'Urges more donors to contribute' a 1033 with no "
     "target); Y not coded separately; 'the continent' = Africa, the beneficiaries of the aid"),
 # --- State Dept random: cue
 5: ([("The group discussed", "040", "USA/GOV", "FRA/GOV", False, A, N, False),
      ("The group discussed", "040", "USA/GOV", "DEU/GOV", False, A, N, False),
      ("The group discussed", "040", "USA/GOV", "ITA/GOV", False, A, N, False),
      ("The group discussed", "040", "USA/GOV", "GBR/GOV", False, A, N, False),
      ("this war of choice", "190", "RUS/GOV", "UKR", False, A, N, True),
      ("to refrain from providing material support to Russia", "070", "CHN/GOV", "RUS/GOV", True, D, N, False)],
     "Readout of Deputy Secretary Sherman's call with her French, German, Italian and UK counterparts (30 Mar 2022); "
     "'The group' = Sherman and the four foreign-ministry officials named in the sentence before -> one 040 from the "
     "document's government to each counterpart's government (held-out 9 row 31: 'The participants' = Sherman and "
     "the French, German, Italian and UK counterparts one 040 per counterpart; set 236: the envoys' meeting one 040 "
     "per other participant); 'future measures to hold the Russian Federation and Belarus accountable' is a topic, "
     "holding to account being no CAMEO act (held-out 7, 15, 16; sets 230, 231); 'this war of choice' = Russia's "
     "war on Ukraine, whose agent the same sentence names as the party to be held accountable -> nominal 190 "
     "(guideline: war 190) RUS/GOV -> bare UKR, Ukraine from the sentence before (set 222: the anaphoric 'This war' "
     "a nominal 190 RUS/GOV -> UKR; held-out 247 row 0: 'President Putin's war of choice') (borderline uncoded as "
     "an anaphoric event noun, as the guideline's 'this aggression', or a second 190 from BLR/GOV, Belarus being "
     "held accountable too; set 237 coded Belarus's part as a 070); 'the need for all countries – including the "
     "People's Republic of China – to refrain from providing material support to Russia' = a deontic without a "
     "request verb (guideline: 'the need for X to do Y' -> Y demanded with source X) for a collective naming one "
     "member -> coded for that member (README choices: 'all countries, including Bangladesh, must contribute' coded "
     "for Bangladesh), Y = not aiding -> negated, demanded 070 (README choices: 'important that we not aid and "
     "abet' a negated, demanded 070) CHN/GOV -> RUS/GOV (set 237: Belarus's support of the invasion a 070 to "
     "RUS/GOV) (borderline uncoded as a topic of the discussion, or 072 for 'material support' read as arms)"),
 6: ([("this working visit at the State Department", "042", "SEN/GOV", "USA", False, A, N, True),
      ("invited by the Secretary of State Mr. Blinken", "043", "USA/GOV", "SEN/GOV", False, A, N, False),
      ("you were in Dakar", "042", "USA/GOV", "SEN", False, A, N, False),
      ("this wonderful relationship of cooperation between the United States and Senegal", "050", "USA/GOV",
       "SEN/GOV", False, A, N, True)],
     "Senegalese Foreign Minister Tall Sall's turn before her meeting with Blinken (17 June 2022), the speaker -> "
     "SEN/GOV; 'to have this working visit at the State Department' = her realised visit -> nominal 042 to bare USA "
     "(held-out 251 row 14: Omamo's 'my first visit to the State Department' a nominal 042 KEN/GOV -> USA; sets 235, "
     "241) (borderline USA/GOV for the Department); 'invited by the Secretary of State Mr. Blinken' = the visit made "
     "at the host's invitation -> 043 hosting USA/GOV -> SEN/GOV, a participle with its agent and so not nominal "
     "(README choices: 'a meeting at the invitation of Norway is 043 from NOR/GOV'; set 187: a participle with its "
     "agent is not nominal) (borderline 036 for the invitation, or folded into the visit); 'in last November you were "
     "in Dakar' = Blinken's realised trip to Senegal (Nov 2021) -> 042 USA/GOV -> bare SEN (README choices: a trip is "
     "042 per destination), Dakar the place, `reported_by` null because the speaker, whom he visited, asserts it "
     "herself, 'as you reminded us' only acknowledging his own mention (borderline reported_by USA/GOV under the "
     "third-party relay rule); 'in order to strengthen further this wonderful relationship of cooperation between "
     "the United States and Senegal' = the purpose of the trip, whose object, the two countries' existing "
     "cooperation, is a cooperation noun naming its parties -> nominal 050, symmetric, from the first-named party, "
     "also the document's government (README choices: cooperation named by its parties a nominal 050; held-out 251 "
     "row 12: 'two centuries of close cooperation' a nominal 050) (borderline uncoded as the object of a purpose "
     "clause, or a 030 for 'strengthen further'); 'how delighted I am ... to have this working visit' is her "
     "pleasure at her own visit, left uncoded (borderline a 051 to USA/GOV, as README choices' 'We are delighted "
     "with' 051, which had another actor's act as object)"),
 7: ([], "Release on the President's FY2023 budget request (28 Mar 2022): 'This Request includes $4 billion to support "
         "U.S. commitments to international organizations' = an allocation in a domestic budget request whose "
         "recipients, 'international organizations', are an unnamed class with no code (set 234 row 16 on the same "
         "document: the $200 million GEEA Fund allocation with no foreign recipient named uncoded; set 224 and 234 "
         "dropped unnamed 'key countries' and 'international climate programs') (borderline a future 071 USA/GOV "
         "with no target, or org:UN); 'affirms U.S. leadership' is an evaluation, and 'our competitors are seeking "
         "to expand their influence' (the PRC and Russia of the sentence before) names no CAMEO act"),
 8: ([("The Secretary and Foreign Minister discussed", "040", "USA/GOV", "OMN/GOV", False, A, N, False)],
     "Readout of Blinken's call with Omani FM Al Busaidi (4 June 2021); 'The Secretary and Foreign Minister "
     "discussed' -> 040 (guideline), symmetric, coded once from the document's government; 'efforts to reduce risks "
     "of further conflict between Israel, Hamas, and other parties in Gaza' is the topic (held-out 20 row 5: efforts "
     "named as a discussion topic not coded), and 'risks of further conflict' is a risk (guideline) (borderline a "
     "hypothetical nominal 190 ISR/GOV -> PSE/REB for the further conflict, or a nominal 190 for the May 2021 "
     "fighting it presupposes)"),
 9: ([], "Release on Blinken's trip to Panama (19 Apr 2022): 'Through this ministerial, we join nations across the "
         "hemisphere in support of: sustainable integration for refugees ...; increased access to international "
         "protection ...; expanded legal pathways; and support for humane migration management' = joining uncoded "
         "partners ('nations across the hemisphere') in support of policy goals, abstract positions with no named "
         "counterpart (guideline: 'we support the allocation of resources' not coded; README choices: acts between "
         "uncoded collectives not coded); 'the communities that host them' host unnamed migrants (null to null) "
         "(borderline a 040 USA/GOV with no target for taking part in the ministerial, announced in the sentence "
         "before, or a 051 with no target)"),
 10: ([("The Secretary and the Foreign Minister discussed", "040", "USA/GOV", "ISR/GOV", False, A, N, False)],
      "Readout of Blinken's meeting with Israeli Alternate PM and FM Lapid in Rome (27 June 2021); 'discussed' -> 040 "
      "(guideline), symmetric, coded once from the document's government, Lapid -> ISR/GOV; 'support for stability "
      "in the region, building on regional normalization efforts, and the need to improve Israeli-Palestinian "
      "relations' are the topics (held-out 19 row 9, 20 row 5: discussion topics not coded; set 236: the topic of "
      "progress in bilateral relations uncoded) (borderline a nominal 050 ISR/GOV with no target for the "
      "normalization efforts, and a demanded nominal 050 ISR/GOV -> PSE/GOV for 'the need to improve "
      "Israeli-Palestinian relations')"),
 11: ([("The Secretary and Foreign Minister discussed", "040", "USA/GOV", "SAU/GOV", False, A, N, False),
       ("the Iranian attack on the M/V Mercer Street", "190", "IRN/MIL", N, False, A, N, True)],
      "Readout of Blinken's call with Saudi FM Faisal bin Farhan (9 Aug 2021); 'discussed' -> 040 (guideline), "
      "symmetric, from the document's government; 'regional security' is a topic; 'the Iranian attack on the M/V "
      "Mercer Street in the Arabian Sea' = the realised 29 July 2021 drone strike on the tanker, named as a topic but "
      "with its agent in the noun phrase -> nominal 190 (guideline: generic military attack 190), Iranian -> IRN/MIL "
      "(set 240: 'The Iranian missile attacks near Erbil' a nominal 194 IRN/MIL) (borderline IRN/GOV, or 195 for a "
      "drone strike), the vessel and its crew having no actor code -> target null (borderline ISR/BUS for the "
      "ship's Israeli-owned operator, or GBR/CVL and ROU/CVL for the two crew members killed, none named in the "
      "document); held-out 19 row 9 left 'the attack on the Mercer Street' uncoded only because it had no agent"),
 12: ([("supporting Ukraine", "051", N, "UKR", False, D, N, False),
       ("Russia’s premeditated and unprovoked invasion", "192", "RUS/MIL", "UKR", False, A, N, True),
       ("the U.S. partnership with both the AU and Senegal", "050", "USA/GOV", "org:AU", False, A, N, True),
       ("the U.S. partnership with both the AU and Senegal", "050", "USA/GOV", "SEN/GOV", False, A, N, True)],
      "Readout of Blinken's call with Senegalese President and AU Chairperson Sall (3 Mar 2022); 'underscored the "
      "importance of supporting Ukraine against Russia's ... invasion' = a deontic without a request verb "
      "(guideline: 'it is important to help X' -> Y demanded), the supporter unstated -> source null, Ukraine as a "
      "country -> bare UKR (set 250: Saudi Arabia's 'importance of supporting the security of Afghanistan' a "
      "demanded 051 with no source to bare AFG), verbal support, the call coming the day after the General Assembly "
      "vote on resolution ES-11/1 -> 051 (borderline 070, as set 244's 'maintaining strong international support "
      "for Ukraine', or source SEN/GOV as the implied addressee); 'Russia's premeditated and unprovoked invasion' -> "
      "nominal 192 (guideline: invade 192; 'Russia's invasion' nominal) RUS/MIL -> UKR, as the state sets code "
      "'Russia's invasion' (held-out 11, 19, 20, 24) (borderline RUS/GOV); 'reaffirmed the strength of the U.S. "
      "partnership with both the AU and Senegal' = an existing partnership naming its parties -> nominal 050 "
      "(held-out 16 row 40, 24 row 23; set 238: 'Reaffirmed the ... U.S.-Vietnam Comprehensive Partnership' a nominal "
      "050), one per partner (guideline: compound split), Sall speaking for both -> org:AU and SEN/GOV; 'reaffirmed' "
      "is the speech verb of the Department's own Secretary"),
 13: ([("continues to hold in detention", "173", "CUB/GOV", "CUB/CVL", False, A, N, False),
       ("took to the streets", "1413", "CUB/CVL", "CUB/GOV", False, A, N, False)],
      "Price on the sentencing of Cuban protesters (30 June 2022); 'the Cuban government continues to hold in "
      "detention more than 700 protesters' -> 173 (guideline: detentions 173), an ongoing act stated as fact, "
      "asserted, protesters -> CUB/CVL; 'who took to the streets nearly one year ago, on July 11, 2021, to criticize "
      "the government's failure to respect their human rights and fundamental freedoms' = the realised July 11 "
      "protests -> 14x (set 150: Obama's 'take to the streets' a 141 UKR/CVL -> UKR/GOV), their stated aim being "
      "respect for their rights -> 1413 demonstrate for rights (guideline: the most specific code the annotator was "
      "sure of) (borderline plain 141, or 1414 as the first set's street protests), the criticism folded into the "
      "protest as its content (borderline a separate 111 CUB/CVL -> CUB/GOV); 'the government's failure to respect "
      "their human rights and fundamental freedoms' is the protesters' characterisation of the government's conduct, "
      "naming no specific act, left uncoded (set 227 and held-out 6: characterisations of violations uncoded) "
      "(borderline a nominal 1721 or 175 CUB/GOV -> CUB/CVL)"),
 14: ([], "Blinken's Estonian Independence Day message (24 Feb 2022): 'As NATO Allies, we stand together to build "
          "stronger transatlantic ties and to deter and defend against threats to our security ...' = mutual "
          "solidarity of two allies with no specific act, following held-out 23 ('standing together when "
          "democracy is threatened' = solidarity without a specific act, not coded); the threats are unnamed risks "
          "(guideline) and deterrence and defence against them a standing alliance aim (borderline a 051 USA/GOV "
          "-> EST/GOV under README choices' ''stand with' is 051 throughout', set 227's directed 'stand together "
          "with' a 051, or a 050)"),
 # --- State Dept random: nocue
 15: ([("The U.S-Thai Alliance", "050", "USA/GOV", "THA/GOV", False, A, N, True)],
      "Release on Blinken's travel to Bali, Bangkok and Tokyo (10 July 2022); 'The U.S-Thai Alliance is essential for "
      "advancing the President's Indo-Pacific Strategy' = an existing alliance naming its parties -> nominal 050, "
      "symmetric, from the document's government, 'essential' being the evaluation (held-out 16 row 40: 'The "
      "partnership between the United States and Colombia ... absolutely vital' a nominal 050; README choices: "
      "cooperation named by its parties a nominal 050) (borderline 062 for a treaty alliance, or uncoded as a status, "
      "as held-out 15 coded only a 'reaffirmed' U.S.-ROK Alliance); 'the President's Indo-Pacific Strategy' is a "
      "domestic policy document, not coded"),
 16: ([], "Global Coalition to Defeat ISIS membership list (28 June 2021): 'Coalition Members: 83 members, 78 nations, 5 "
          "institutions' = a list heading with membership figures, no act"),
 17: ([], "Foreign Affairs Policy Board member biography (17 June 2022): Manyika's positions at McKinsey & Company = a "
          "private person's career, no act between political actors"),
 18: ([("The partnership between the United States and India", "050", "USA/GOV", "IND/GOV", False, A, N, True)],
      "Blinken before his meeting with Indian EAM Jaishankar (28 May 2021); 'The partnership between the United States "
      "and India is vital, it's strong, and I think it's increasingly productive' = an ongoing partnership naming its "
      "parties -> nominal 050, the adjectives its evaluation, exactly as held-out 16 row 40 ('The partnership between "
      "the United States and Colombia' a nominal 050) (borderline uncoded as an evaluation, held-out 13 row 32)"),
 19: ([("It is unacceptable", "111", "USA/GOV", "CUB/GOV", False, A, N, False),
       ("remain behind bars", "173", "CUB/GOV", "CUB/CVL", False, A, N, False)],
      "Blinken on the first anniversary of the 11 July 2021 protests (11 July 2022); 'It is unacceptable that ... over "
      "700 protesters remain behind bars' = the speaker's condemnation of the regime's detentions -> 111 (held-out "
      "70: 'completely unacceptable' 111; held-out 24: declaring actions unacceptable 111) (borderline 110, as set "
      "156's 'find this practice unacceptable'), aimed at the jailer -> CUB/GOV, 'the Cuban regime' of the sentence "
      "before; 'over 700 protesters remain behind bars' = their continued detention, the agent taken from the "
      "sentence before ('the Cuban regime ... has condemned hundreds of protestors to decades-long prison "
      "sentences') -> 173 (guideline: detentions 173; README: a verb's missing participant taken from the context) "
      "CUB/GOV -> CUB/CVL, asserted through the factive frame (guideline); 'these demonstrations' is a time marker, "
      "not coded again"),
 20: ([], "Foreign Service selection process (26 Apr 2022): where and how the Foreign Service Officer Test is taken = "
          "internal Department business (held-out 4 and 13), no act"),
 21: ([("the Houthis bear major responsibility", "112", "USA/GOV", "YEM/REB", False, A, N, False),
       ("refusing to engage meaningfully on a ceasefire", "125", "YEM/REB", N, False, A, N, False)],
      "Release on Special Envoy Lenderking's return from the Gulf (4 June 2021) -> USA/GOV; 'the Houthis bear major "
      "responsibility for refusing ...' = the government holding them responsible, a blame -> 112 (README choices: "
      "a joint communiqué holding Iran responsible is one 112 per issuing government; set 154: 'claimed that the "
      "outcome was attributable to' the Greek Cypriot side a 112) (borderline uncoded as an evaluation), Houthis -> "
      "YEM/REB (guideline); 'refusing to engage meaningfully on a ceasefire and to take steps to resolve a nearly "
      "seven-year conflict' = an explicit refusal -> REJECT, not negated (guideline), coded once with the first "
      "refused act's code (README choices: a refusal noun with two refused acts is coded once), refusing ceasefire "
      "talks -> 125, the other side unnamed -> target null, exactly as held-out 7 row 0 ('refuse to engage "
      "meaningfully on a ceasefire and political talks' 125 YEM/REB with target null); 'a nearly seven-year "
      "conflict' names no party of its own and is left uncoded (borderline a nominal 190 YEM/REB -> YEM/GOV); "
      "'numerous problematic actors' is an evaluation"),
 # --- UNGDC 2020-2024 random: neg
 22: ([("I spoke personally with some of the system’s senior official", "040", "HND/GOV", "org:UN", False, A, N,
        False),
       ("the process has not yet been completed", "070", "org:UNDP", "HND/GOV", True, A, N, False)],
      "Honduras (2020); 'although I spoke personally with some of the system's senior official' -> 040 (guideline: "
      "discuss 040), 'the system' = the United Nations system whose bureaucracy the paragraph criticises -> org:UN "
      "(borderline org:UNDP, the agency of the sentence before); 'the process has not yet been completed and those "
      "affected are still awaiting assistance' = the UNDP support for the digital-wallet transfers, sought in the "
      "sentence before ('we sought the support of the United Nations Development Programme'), not yet delivered -> "
      "negated 070 org:UNDP -> HND/GOV (set 153: Palau's UN offices that 'have yet to open' a negated 070 from each "
      "agency; guideline: 'has yet to fulfill' negated), the people still awaiting assistance folded in as its "
      "consequence (borderline uncoded as an administrative process, or a negated 073 to HND/CVL for 'still "
      "awaiting assistance')"),
 23: ([("continues to occupy Palestinian territories", "192", "ISR/GOV", "PSE", False, A, N, False),
       ("threatening to annex more land", "1382", "ISR/GOV", "PSE", False, A, N, False),
       ("annex more land", "192", "ISR/GOV", "PSE", False, H, N, False),
       ("imposing more unjust blockades", "191", "ISR/GOV", "PSE", False, A, N, False),
       ("in total disregard for all related international resolutions", "128", "ISR/GOV", "org:UN", False, A, N,
        True)],
      "Libya (2020); the same formula as held-out 149 row 6 (Libya 2018): 'Peace ... will never be achieved as long "
      "as the occupying Power continues to ...' presupposes the continuing acts -> asserted; 'the occupying Power' of "
      "'Palestinian territories' = Israel, which the speech never names but makes plain ('the occupying "
      "authorities', sentence after) -> ISR/GOV (README choices: a state the speaker leaves unnamed is coded when the "
      "document makes it plain, 'the said State') (borderline source null, as set 218's Brunei 'prolonged "
      "occupation', Israel never named); 'continues to occupy Palestinian territories' -> 192 (guideline: occupy "
      "192) to bare PSE; 'establishing more settlements' has no CAMEO code and is not coded (held-out 149 row 6; set "
      "206); 'threatening to annex more land' = a threat of occupation -> 1382 asserted, and the threatened "
      "annexation -> 192 hypothetical (guideline: a threat is asserted and the threatened act inside it "
      "hypothetical; README choices: a conditional announced annexation a hypothetical 192) (borderline one 192 "
      "future, the annexation plan of 2020 being announced); 'imposing more unjust blockades' = the Gaza blockade -> "
      "191 (guideline: blockade 191) to bare PSE (set 182: 'Imposed a siege on Gaza' a 191 to bare PSE; borderline "
      "PSE/CVL as held-out 149); 'in total disregard for all related international resolutions' -> nominal 128 to "
      "org:UN (set 146: 'In total disregard of United Nations resolutions' a nominal 128 to org:UN; held-out 149: "
      "'flout all relevant international resolutions' 128) (borderline org:UNSC, or uncoded as a manner phrase); "
      "the agentless 'Peace ... will never be achieved' is no negated event"),
 24: ([("waging a fully-fledged hybrid attack", "170", "RUS/GOV", "MDA", False, A, N, False)],
      "Moldova (2024); 'Kremlin' -> capital metonym RUS/GOV (set 154: 'The Kremlin' read as a capital metonym); "
      "'Despite flooding Moldova with illicit money, propaganda and falsehoods, and waging a fully-fledged hybrid "
      "attack' = Russia's realised subversion campaign, asserted through the concessive -> one 170 (coerce) to bare "
      "MDA, the flooding with money, propaganda and falsehoods folded in as the campaign's means (set 224: 'Moscow "
      "has sought to undermine Lithuania's democracy ... through cyber attacks and disinformation campaigns' one 170 "
      "to bare LTU, the means folded in; README choices: a metaphor for a real act is coded as that act) "
      "(borderline a separate 170 for the flooding, or MDA/GOV as target); 'has failed to divide our house against "
      "itself' bears on the outcome, not on an event (set 229: 'what its invasion has not' bearing on what it "
      "achieved), and dividing is no CAMEO act"),
 # --- UNGDC 2020-2024 random: future
 25: ([("Cote d’Ivoire welcomes the success of the African Climate Summit", "051", "CIV/GOV", "KEN/GOV", False, A, N,
        False),
       ("the outstanding work of the continent", "051", "CIV/GOV", N, False, A, N, False)],
      "Côte d'Ivoire (2023); 'welcomes the success of the African Climate Summit, held in Nairobi on 5 and 6 September "
      "2023' -> 051 (guideline: welcome 051), the summit's host taken from the venue -> KEN/GOV (set 243: Tunisia's "
      "welcome of a meeting 'held in ... Algeria' a 051 to DZA/GOV, the meeting uncoded) (borderline org:AU, the "
      "co-convener, or target null), the summit itself, only 'held' at a venue, uncoded (sets 142, 153); 'and the "
      "outstanding work of the continent to ensure that its voice will be heard at COP 28' = the welcome's second "
      "object, split (guideline: compound split), 'the continent' = Africa, a collective with no code -> 051 with no "
      "target (guideline: collectives -> null) (borderline org:AU, set 193 reading 'Europe' in the Union's own speech "
      "as the Union); 'to be held in Dubai' is a venue"),
 # --- UNGDC 2020-2024 random: demand
 26: ([], "The Bahamas (2022): 'we must also defend our thousands of miles of ocean borders from trafficking in people, "
          "drugs and guns' = a domestic border-protection duty against unnamed traffickers, no named counterpart "
          "(README choices: domestic programmes and acts against uncoded parties not coded) (borderline a demanded "
          "154 BHS/GOV with no target)"),
 27: ([], "Syria (2023): 'It must end immediately and unconditionally', 'It' = 'any illegal military presence on the "
          "territories of any sovereign State' of the sentence before, a generic principle with no agent or victim "
          "named -> an agentless deontic, not coded (set 187: 'The cycle of violence in the Middle East must end' "
          "uncoded; set 237: 'must end' uncoded) (borderline a demanded 0874 from USA/MIL and TUR/MIL to bare SYR, "
          "the foreign forces the speech means, or held for the Israeli occupation of the sentence after)"),
 # --- UNGDC 2020-2024 random: cue
 28: ([], "Chad (2023): 'Chad supports the approach of a solution based on the establishment of an independent and "
          "sovereign Palestinian State, living in security alongside the State of Israel' = support for a two-State "
          "solution, an abstract position (README choices: support for a two-State solution uncoded, following set "
          "145; set 201) (borderline a 051 to PSE/CVL, or a 107 with no target)"),
 29: ([("we support the difficult process of nation-building in that country", "051", "KAZ/GOV", "AFG", False, A, N,
        False),
       ("life-saving humanitarian assistance", "073", "KAZ/GOV", "AFG/CVL", False, A, N, True)],
      "Kazakhstan (2022); 'that country' = Afghanistan (sentence before) -> 'we support the difficult process of "
      "nation-building in that country' -> 051 (guideline: 'express support' 051) to bare AFG, a process inside a "
      "named country whose parties are not named (README choices: a welcome of a development inside a named country "
      "whose parties are not named goes to the bare country; set 201: support for Darfur talks a 051 to bare SDN) "
      "(borderline 070 with the aid folded in, or AFG/GOV for the de facto Taliban authorities); 'including "
      "life-saving humanitarian assistance' = the realised material part of Kazakhstan's support, an aid noun whose "
      "agent is the supporting 'we' -> nominal 073 (guideline: humanitarian aid) to AFG/CVL (borderline source null, "
      "the assistance read as the international community's, or folded into the 051)"),
 30: ([], "Saint Lucia (2021): 'I wish to pledge to the international community ... Saint Lucia's intention to uphold "
          "the highest traditions of universal brotherhood, ..., respect for all peoples and cultures, and the "
          "recognition and respect of the sovereignty of all member states' = a commitment to principles, addressed "
          "to an uncoded collective (README choices: a commitment to the UN's principles uncoded, following sets 137 "
          "and 193; Zedillo's commitment to the UN's principles) (borderline a 030 with no target)"),
 31: ([("We reject", "120", "CUB/GOV", "org:NATO", False, A, N, False),
       ("We reject", "120", "CUB/GOV", N, False, A, N, False),
       ("the attempts to expand NATO’s presence up to the Russian borders", "154", "org:NATO", "RUS", False, A, N,
        True),
       ("the imposition of unilateral and unjust sanctions against that country", "163", N, "RUS", False, A, N,
        True)],
      "Cuba (2021); 'We reject' -> 120 (guideline: reject 12x), one event per rejected party (guideline: compound "
      "split): to org:NATO for 'the attempts to expand NATO's presence up to the Russian borders' (set 229: "
      "Bolivia's rejection of 'measures that are imposed by the IMF' a 120 to org:IMF) and one with no target for "
      "the interference and the sanctions, whose authors the sentence never names (set 193: 'Opposition to the "
      "continuous blockade on Cuba' a 120 with no target; set 239: 'we firmly reject the practice of any unilateral "
      "coercive measures' a 120 with no target) (borderline USA/GOV and org:EU as the imposers of the 2021 "
      "sanctions); 'the attempts to expand NATO's presence up to the Russian borders' = NATO's realised eastward "
      "force posture -> nominal 154 (README choices: a force posture named as a topic a nominal 154; set 235: 'the "
      "recently announced U.S. force posture changes' a nominal 154) org:NATO -> bare RUS (borderline target null, "
      "or 150); 'the interference in Russia's affairs' is agentless and has no CAMEO code, not coded (set 188: "
      "agentless 'external interference' uncoded); 'the imposition of unilateral and unjust sanctions against that "
      "country' -> nominal 163 (guideline: sanctions 163), the imposers unnamed -> source null (README choices: wars "
      "and sanctions whose agent the speech never names have no source; set 185), 'that country' = Russia -> bare "
      "RUS"),
 32: ([], "Kiribati (2020): 'The theme for this 75th session, reminds us that the effectiveness of our individual "
          "national agendas, can be greatly enhanced through stronger global cooperation' = the session theme as an "
          "inanimate subject and a generalisation about cooperation, 'us' meaning all States (held-out 42/43), no "
          "act"),
 33: ([], "Holy See (2021): 'Our societies today are the theatre of many injustices where human beings are maltreated, "
          "exploited, ignored, killed, or left to languish in humanitarian emergencies' = a generalisation about "
          "societies, agentless acts against unnamed victims (README choices: agentless killings of uncoded victims "
          "not coded)"),
 34: ([], "Croatia (2024): 'We need to put more efforts in dealing with climate as a threat amplifier' = 'we' meaning "
          "all States (held-out 42/43), climate as a risk (guideline), no act"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([], "Iraq (2020): 'That will enable us to eradicate the pandemic or, at least, to curb its effects' = the outcome "
          "of solidarity among all States ('us'), no act between actors"),
 36: ([], "India (2021): 'India today is moving forward on the path of integrated equitable development' = domestic "
          "development, no act"),
 37: ([("a full-scale escalation between Israel and Hezbollah", "190", "ISR/GOV", "LBN/REB", False, H, N, True)],
      "Austria (2024); 'It is wishful thinking to believe that a full-scale escalation between Israel and Hezbollah "
      "could be controlled' = a contemplated war between two named parties, not yet happened ('The result would be "
      "a firestorm', sentence after) -> hypothetical nominal 190 (guideline: war 190; hypothetical), a conflict noun "
      "naming its parties coded from the first-named (README choices: 'the Pakistani-Indian conflict' a nominal 190 "
      "from the first-named; set 202: 'The long-standing conflict between Israel and Palestine' ISR/GOV -> PSE/GOV), "
      "Hezbollah -> LBN/REB (guideline) (set 174: France's 'the resumption of war' one hypothetical nominal 190; set "
      "244: Lebanon's hypothetical war and bombing) (borderline uncoded as a risk, as the guideline's 'threats of "
      "Russian military action', or ISR/MIL)"),
 38: ([], "Bangladesh (2021): 'we adopted a timely, multipronged, multi-stakeholder approach to tackling its challenges' "
          "= the domestic COVID-19 response, no act between actors (README choices: domestic programmes not coded)"),
 39: ([], "Serbia (2024), quoting its 1999 representative Jovanovic: 'If the aggression is not stopped, the precedent "
          "of such unpunished aggression will ... lead to aggression against a number of other, smaller and "
          "medium-sized countries' = 'the aggression' is the NATO bombing of 1999, an anaphoric event noun whose agent "
          "the speech never names ('they' throughout) -> not coded (guideline: event nouns without an agent in the "
          "sentence, 'this aggression', not coded); 'is not stopped' is an agentless conditional, and the predicted "
          "aggression against unnamed other countries has neither agent nor victim (borderline a nominal 190 with no "
          "source to bare YUG reported_by YUG/GOV, following README choices' 'a war whose agent the speaker leaves "
          "unnamed'; or org:NATO as in set 221's Serbian 'strongest 19')"),
}
