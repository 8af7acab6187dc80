"""Hand annotations for the TWO-HUNDRED-AND-FORTY-FOURTH held-out event gold set (source of events-heldout244.jsonl).

Keyed by the row index of selection-heldout244.jsonl (output of select_statement_sentence_heldout.py 244; rows 0-21
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
    python3 data/gold/build_events.py --selection selection-heldout244.jsonl \\
        --annotations annotations_heldout244 --output events-heldout244.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("providing 500 million euros of humanitarian aid", "073", "org:EU", "UKR", False, A, N, False),
      ("more will come", "073", "org:EU", "UKR", False, F, N, False)],
     "Blinken and von der Leyen before their meeting (4 Mar 2022); the turn is President von der Leyen's (turn head "
     "'PRESIDENT VON DER LEYEN'), speaking for the European Union ('The European Union, as Ukraine's neighbor, is "
     "sparing no effort', sentence before) -> org:EU (README: org:EU; set 235: Borrell's 'We are putting sanctions' "
     "a 163 from org:EU); 'We're providing 500 million euros of humanitarian aid immediately' = humanitarian aid "
     "under way -> 073 (guideline: provide aid 07x), to Ukraine, whose 'humanitarian catastrophe' the text before "
     "names -> bare UKR (set 234: 'humanitarian assistance funding ... for Ukraine' a nominal 073 to bare UKR) "
     "(borderline UKR/CVL, as set 237's Dutch humanitarian aid); 'and more will come' = further aid announced for "
     "later -> a second 073 with modality future (guideline: future material acts keep their own code; set 152: "
     "Slovakia's aid figure that 'is set to rise' a future 071) (borderline folded into the first 073 as one aid "
     "flow, as set 233, or a 0333 pledge)"),
 1: ([], "Joint EU-US-UK statement on the Atrocity Crimes Advisory Group for Ukraine (25 May 2022): 'As the security "
         "situation permits, it is anticipated that experts and support staff will relocate entirely to Ukraine' = "
         "a predicted, conditional move of the Group's own staff, a logistical arrangement with no CAMEO act between "
         "actors (set 234: the Group's launch itself a 030 USA/GOV -> UKR/JUD, in another sentence) (borderline a "
         "hypothetical 042 to bare UKR, or a hypothetical 070 to UKR/JUD for the experts' support)"),
 # --- State Dept random: demand
 2: ([("We urge all parties", "1056", "USA/GOV", "YEM/GOV", False, A, N, False)],
     "Blinken's statement welcoming the Sana'a-Amman flight (16 May 2022); 'We urge all parties to adhere to the terms "
     "of the truce and make progress on other steps ... including urgently opening roads to Taiz' = one asserted "
     "request (guideline); Y = keeping the truce and easing the Taiz siege -> de-escalation 1056 (guideline; "
     "README: a request verb with several demands takes the most specific sub-code); 'all parties' = the parties "
     "to the UN-led truce, of which the release names only 'the Republic of Yemen Government' -> YEM/GOV, the one "
     "party the document names (set 227: the call on 'all parties to the conflict' in Yemen a 1056 to the only "
     "party the document names) (borderline a second 1056 to YEM/REB for the Houthis, never named in the release, "
     "or target null as set 224); Y is not coded separately; 'where Yemenis have suffered' names no agent"),
 3: ([], "Cities Summit of the Americas release (7 June 2022): the three principles of the Cities Forward initiative "
         "('local stakeholders will lead action plan design', 'actions taken must benefit the cities' poorest', "
         "'solutions must be ... sustainable') are design norms for a programme, no act between actors"),
 4: ([("We urge other donors", "1033", "USA/GOV", N, False, A, N, False)],
     "Release announcing humanitarian assistance for the people of Burma (10 Aug 2021); 'We urge other donors to "
     "generously support the urgent humanitarian needs of the people of Burma' = one asserted request (guideline), "
     "the addressees an uncoded collective -> target null, Y = humanitarian aid for Burma's people -> 1033 "
     "(set 117: 'we call for full sympathy and support' for Pakistan and Haiti one 1033 with no target; set 243: "
     "Uganda's call for vaccine access a 1033 with no target) (borderline 103, or 1031); Y not coded separately"),
 # --- State Dept random: cue
 5: ([("Security Cooperation", "062", "USA/GOV", "ITA/GOV", False, A, N, True)],
     "Fact sheet on the U.S.-Italy relationship (27 June 2021); the heading 'Security Cooperation is at the Heart of "
     "Our Partnership' = a cooperation noun whose parties 'Our Partnership' and the document make plain -> nominal "
     "062 (README: security cooperation 062) from the document's government to ITA/GOV, following set 221's "
     "identical fact-sheet heading 'Security Cooperation Strengthens Our Partnership' (a nominal 062 USA/GOV -> "
     "THA/GOV); 'Our Partnership' is folded in (borderline a separate nominal 050, or the heading uncoded as held-out "
     "14's 'Close Partners and Allies')"),
 6: ([], "Blinken's remarks to Mission Algeria (30 Mar 2022): 'this is one of the single best things that we export "
         "and there's a real thirst and demand for it' = an evaluation of the English-language programme; 'export' "
         "is figurative and 'demand' is a market demand, not a request (borderline a habitual 070 USA/GOV -> bare "
         "DZA for the programme)"),
 7: ([("co-chaired the final session of the Strategic Dialogue", "040", "USA/GOV", "IRQ/GOV", False, A, N, False),
      ("2008 Strategic Framework Agreement", "057", "USA/GOV", "IRQ/GOV", False, A, N, True)],
     "Joint Statement on the U.S.-Iraq Strategic Dialogue (26 July 2021); the splitter cut after 'Secretary of State "
     "Antony J.', so the subject 'The delegations of the Republic of Iraq, led by ... Fuad Hussein, ... and the "
     "United States of America, led by Secretary of State Antony J. Blinken' is taken from the context (README "
     "choices: a subject cut off by the splitter is taken from the context); 'co-chaired the final session of the "
     "Strategic Dialogue' = the two delegations' meeting -> 040 (guideline: meet 040; set 235: the U.S.-EU Energy "
     "Council that 'met today ... chaired by' one 040, borderline a separate 043), symmetric, coded once from the "
     "document's government (guideline; set 227) (borderline one 043 from each co-chair); 'initiated on June 11, "
     "2020' is the Dialogue's agentless start, folded in; 'the 2008 Strategic Framework Agreement ... between the "
     "United States of America and the Republic of Iraq' = an agreement named with its parties -> nominal 057 from "
     "the first-named party (README choices: an agreement named after its parties is a nominal 057 from the "
     "first-named party; an agreement or cooperation named by its parties is a nominal 057 or 050) (borderline "
     "uncoded as a text cited after 'in accordance with', as set 220's Minsk Agreements)"),
 8: ([("met today with Moroccan Foreign Minister", "040", "USA/GOV", "MAR/GOV", False, A, N, False)],
     "Readout of Deputy Secretary Sherman's meeting with FM Bourita (8 Mar 2022); 'met today with' -> 040 "
     "(guideline), Sherman -> USA/GOV, Bourita -> MAR/GOV; 'in Rabat' is the place of the meeting, not a metonym "
     "(guideline) (borderline a second event, a 042 to bare MAR for her presence there, as set 232's "
     "'Sherman's visit to Morocco' nominal 042)"),
 9: ([], "Announcement of Kenneth Ward as Special Representative for the BWC (30 Mar 2022): 'served as the U.S. "
         "Ambassador to the OPCW ... with previous assignments as ... the Deputy Negotiator during the 2004-2007 WMD "
         "elimination effort in Libya' = a career summary, holding offices (set 204: 'have never occupied that "
         "highest of posts' uncoded); 'the 2004-2007 WMD elimination effort in Libya' is an event noun with no agent "
         "in the sentence (guideline) (borderline a nominal 087 from LBY/GOV, or a nominal 046 USA/GOV -> LBY/GOV "
         "for the negotiations his title implies)"),
 10: ([("We encourage Mali and ECOWAS", "107", "USA/GOV", "MLI/GOV", False, A, N, False),
       ("We encourage Mali and ECOWAS", "107", "USA/GOV", "org:ECOWAS", False, A, N, False)],
      "Price's statement on the transition timeline in Mali (9 June 2022); 'We encourage Mali and ECOWAS to reach "
      "agreement in particular on a robust monitoring mechanism' = one asserted request (guideline), the compound "
      "addressee split into one event per actor (guideline), Y = settling the transition dispute between them by "
      "agreement -> 107 (set 132: 'I would encourage all those involved ... to agree' a 107) (borderline 106, or "
      "1044 for the transition benchmarks); Mali's transition government -> MLI/GOV, as held-out 9 row 18 on this "
      "same release (borderline MLI/MIL under the junta rule), ECOWAS -> org:ECOWAS (README); Y not coded "
      "separately"),
 11: ([("met today with Polish Foreign Minister", "040", "USA/GOV", "POL/GOV", False, A, N, False)],
      "Readout of Blinken's meeting with FM Rau (4 Feb 2022); the splitter cut after 'Antony J.', the subject "
      "'Secretary of State Antony J. Blinken' lying across the cut; 'met today with Polish Foreign Minister "
      "Zbigniew Rau in Washington, D.C.' -> 040 (guideline); 'as part of the U.S.-Poland Strategic Dialogue' names "
      "the same meeting, folded in (guideline: a repeated mention coded once; set 235: a later meeting of the "
      "U.S.-EU Dialogue folded into 'met', following held-out 4) (borderline a separate nominal 040, README "
      "choices: 'the U.S.-Bahrain Strategic Dialogue' a nominal 040; or a 042 POL/GOV -> bare USA for Rau's trip)"),
 12: ([("They discussed", "040", "USA/GOV", "org:AU", False, A, N, False)],
      "Readout of Blinken's call with AU Commission Chairperson Faki (8 Feb 2022); 'They' = the two (sentence "
      "before) -> 040 (guideline: discuss 040), symmetric, coded once from the document's government, the AU "
      "Commission Chairperson -> org:AU; the topics ('ways forward on political and security matters in Africa, "
      "including Sudan, Mali, and Burkina Faso', 'the need to bolster democracy') name no act between actors"),
 13: ([("met yesterday with Romanian Minister of Energy", "040", "USA/GOV", "ROU/GOV", False, A, N, False),
       ("the U.S.-Romania Strategic Partnership", "050", "USA/GOV", "ROU/GOV", False, A, N, True)],
      "Readout of Under Secretary Fernandez's meeting with Romanian Energy Minister Popescu (27 July 2022); the "
      "splitter cut after 'Jose W.' and, 'D.C.' being an abbreviation, did not cut before the second sentence, so "
      "the row holds both; 'met yesterday with' -> 040 (guideline); 'reaffirmed our shared commitment to the "
      "U.S.-Romania Strategic Partnership' = the partnership named with its parties -> nominal 050 USA/GOV -> "
      "ROU/GOV (set 238: 'Reaffirmed the ... U.S.-Vietnam Comprehensive Partnership' a nominal 050), the commitment "
      "folded in (set 243 row 2: 'committed to the partnership' folded into the 050) (borderline a separate "
      "asserted 030); 'including civil nuclear cooperation' is a field of the same partnership, folded in (set "
      "232: the U.S.-Thai relationship covering political, security and economic cooperation one nominal 050) "
      "(borderline a separate nominal 061)"),
 14: ([("They discussed with the Deputy Minister", "040", "USA/GOV", "SAU/GOV", False, A, N, False),
       ("enduring U.S. commitment to strengthen", "0332", "USA/GOV", "SAU/GOV", False, A, N, True),
       ("strong international support for Ukraine", "070", N, "UKR", False, D, N, True)],
      "Readout of Blinken's and Sherman's meeting with Saudi Deputy Defense Minister Khalid bin Salman (21 May "
      "2022); 'They' = the Secretary and the Deputy Secretary (sentences before), one government -> one 040 "
      "(guideline) to SAU/GOV (a defence ministry official is the government); 'the enduring U.S. commitment to "
      "strengthen Saudi Arabia's defenses' = an intent to provide military aid named as a topic of the talks -> "
      "nominal 0332 asserted (set 230: 'America's ironclad commitment to Israel's security', named only as a topic "
      "of the talks, a nominal 0334; set 216: the EU's commitment to 'bolstering of our defence and security forces' "
      "a nominal 0332) (borderline 0334, or uncoded as a topic); 'efforts to counter Iranian threats' = agentless "
      "efforts against a risk (guideline: 'threats of Russian military action' = risk, not coded) (borderline a "
      "nominal 130 IRN/GOV -> SAU/GOV); 'the importance of maintaining strong international support for Ukraine' = "
      "a deontic on support by an uncoded collective -> demanded nominal 070 with no source to bare UKR (set 234: "
      "'The importance of continued support to Syrian refugees' a demanded nominal 070 with no source; set 226: "
      "'powerful support for Ukraine' 070 to bare UKR) (borderline uncoded as a topic, or 051)"),
 # --- State Dept random: nocue
 15: ([], "Our Ocean Conference commitments (21 Apr 2022): four list headings of U.S. announcements, each a sum "
          "for the United States' own agencies' programmes (ocean observations, the National Coastal Resilience "
          "Fund, a NASA instrument, an NSF-funded float array), with no recipient outside the U.S. government "
          "(set 234: the IDEAS grants and the GEEA Fund allocation uncoded as domestic) (borderline one 0331 with no target per "
          "heading, as commitments announced at the conference)"),
 16: ([], "International Women's Day remarks (8 Mar 2022): advice to young women ('If you can't look around and see "
          "people who look like you ...'), no act between actors"),
 17: ([], "Readout of Blinken's call with Guatemalan FM Brolo (4 June 2021): 'expressed deep concern about any efforts "
          "to abolish anti-corruption offices' = expressed concern, CAMEO 01x, not coded (guideline; README choices: "
          "'Are alarmed by' 01x), and the efforts are agentless and hypothetical ('any efforts'); 'relayed that the "
          "preservation of independent institutions ... is fundamental' = a statement of principle (borderline a 110 "
          "USA/GOV -> GTM/GOV, or a generic 100 for the preservation)"),
 18: ([], "Experience America visit to Delaware (19 July 2022): 'participating diplomats will hear how research, "
          "technology, and entrepreneurship have transformed the region' = a programme item in which foreign "
          "ambassadors of many countries are told about the state, a briefing left uncoded (set 143: BRIEF uncoded) "
          "(borderline a future 036 or 043 USA/GOV with no target)"),
 19: ([], "Blinken at the COVID-19 Global Action Plan meeting (15 June 2022): 'The third line of effort: addressing "
          "information gaps that lead to low confidence in vaccines' = a verbless list heading, no actor"),
 20: ([("speaking out for the", "1043", "USA/GOV", "CHN/GOV", False, A, N, False),
       ("speaking out for the", "1043", N, "CHN/GOV", False, A, N, False),
       ("guaranteed to the", "0343", "CHN/GOV", "HKG/CVL", False, A, N, False),
       ("Sino-British Joint Declaration", "057", "CHN/GOV", "GBR/GOV", False, A, N, True)],
      "Blinken's statement 'Denial of Democracy in Hong Kong' (27 May 2021); 'The United States stands united with "
      "our allies and partners in speaking out for the human rights and fundamental freedoms ...' = public advocacy "
      "of rights, read as an asserted request (guideline: 'call for' Y is one asserted request) with Y = rights -> "
      "1043, the addressee taken from the context (guideline: a missing participant from the context): the "
      "government that the statement says 'continues to undermine the democratic institutions of Hong Kong, "
      "denying Hong Kong residents the rights that the PRC itself has guaranteed' -> CHN/GOV (borderline also "
      "HKG/GOV for 'the Hong Kong authorities' of the sentence before, held-out 21's code, or target null as a "
      "call with no addressee in the sentence, or a 051 to HKG/CVL as 'stand with'); the allies and partners, an "
      "uncoded collective, give a second 1043 with no source (set 233: partners who join in urging the Cuban regime "
      "give a 1043 with no source beside the U.S. 1043) (borderline dropped, as set 117); 'stands united with' "
      "describes the joint advocacy and is not a separate 051; 'guaranteed to the people in Hong Kong by the "
      "Sino-British Joint Declaration and the Basic Law' = a realised undertaking to provide rights -> 0343 (set "
      "194: 'as several Security Council resolutions have promised them' a 0343 org:UNSC -> IND/CVL), from the "
      "guarantor the statement names ('the rights that the PRC itself has guaranteed') to the people in Hong Kong -> "
      "HKG/CVL (README choices: Hong Kong residents HKG/CVL), a participle, not nominal, the Basic Law folded in "
      "as the PRC's own law (borderline a second 0343 from GBR/GOV as the Declaration's other party); 'the "
      "Sino-British Joint Declaration' = an agreement named after its parties -> nominal 057 CHN/GOV -> GBR/GOV "
      "from the first-named party (README choices) (borderline uncoded as a text cited, as set 220's Minsk "
      "Agreements); 'human rights' and 'fundamental freedoms' are joined by narrow no-break spaces, so the triggers "
      "stop before them"),
 21: ([("destructive malware infection", "170", "RUS/MIL", "USA", False, A, N, True)],
      "Rewards for Justice offer on six GRU officers (26 Apr 2022); 'These individuals' = the six officers of the "
      "Main Intelligence Directorate of the General Staff of the Armed Forces (sentences before) -> RUS/MIL "
      "(guideline: /MIL for armed forces) (borderline RUS/GOV); 'members of the criminal conspiracy responsible for "
      "the June 27, 2017, destructive malware infection of computers in the United States and worldwide using "
      "malware known as NotPetya' = a cyber attack whose agent 'responsible for' names -> nominal 170 (README "
      "choices: cyber attacks are 170), asserted in the Department's own voice (reported_by null; the indictment "
      "is in a later sentence), the victim computers 'in the United States' -> bare USA (set 224: cyber attacks "
      "to bare LTU), 'worldwide' dropped as an uncoded collective (borderline USA/BUS for the private-sector "
      "victims named in the next sentence)"),
 # --- UNGDC 2020-2024 random: neg
 22: ([("displaced Israeli civilians", "201", N, "ISR/CVL", False, A, N, False),
       ("war", "190", "ISR/GOV", "LBN", False, H, N, True),
       ("bombing", "195", "ISR/GOV", "LBN", False, H, N, True),
       ("further displacement of Lebanese civilians", "201", "ISR/GOV", "LBN/CVL", False, H, N, True)],
      "Lebanon (2024); 'displaced Israeli civilians' = civilians driven from their towns, the agent never "
      "named in the speech -> agentless 201 (guideline: agentless passives -> null; set 144: 'people who have been "
      "expelled' an agentless 174 to BIH/CVL; set 218: 'forced displacement' a nominal 201 with no source), a "
      "participle, not nominal (borderline uncoded as a description of their status, or LBN/REB as source from "
      "outside knowledge); 'will not be achieved through war, bombing, or the further displacement of Lebanese "
      "civilians' = the means that 'Israeli recklessness, which seeks to prolong and expand the war' (sentence "
      "before) pursues, named as possibilities that will not bring the return -> hypothetical nominal events "
      "from ISR/GOV (set 204: Ireland's two possible forms of violence hypothetical nominal events, 'retaliatory "
      "strikes' 190 ISR/GOV -> bare PSE): war 190 and bombing 195 (guideline: bombardment 195) to bare LBN, "
      "displacement 201 to LBN/CVL; 'will not be achieved' negates the return, not the war (guideline: negation "
      "that bears on something other than the event) (borderline the three asserted as Israel's ongoing "
      "campaign, described in the paragraphs before, or uncoded as generic means in a claim)"),
 23: ([], "Chad (2020), quoted passage: 'without robust action taken by all stakeholders, it is highly likely that "
          "our shared goal of achieving the Sustainable Development Goals ... will not be met' = a prediction about a "
          "goal of all States, no act between actors (held-out 42/43: 'we' meaning all States not coded)"),
 24: ([("host and care for more", "075", "JOR/GOV", "SYR/CVL", True, F, N, False)],
      "Jordan (King Abdullah, 2023); 'And Jordan will not have the ability or the resources to host and care for "
      "more' = Jordan will not host further refugees, 'more' being the Syrians 'likely to leave their country' "
      "(sentence before) -> hosting refugees 075 (set 206: the hospitality offered to those fleeing Syria 075 per "
      "host; set 236: refugees 'hosted in Uganda' 075), negated and future (guideline: 'will not' + event; set "
      "146: 'The Security Council stands unable to take concrete steps' a negated 170), to SYR/CVL, 'care for' "
      "folded in (set 204: Bulgaria's 'assistance, accommodation and services to Syrian refugees' one event) "
      "(borderline uncoded as a statement of capacity rather than a decision, or a separate negated future 073)"),
 # --- UNGDC 2020-2024 random: future
 25: ([("this occupation", "192", "ISR/GOV", "PSE", False, A, N, True)],
      "Palestine (Abbas, 2020); 'there will be no peace ... while this occupation continues' = the realised "
      "occupation, its occupier plain from the speech ('ending the occupation', Israel throughout) -> nominal 192 "
      "ISR/GOV -> bare PSE (README choices: an event noun whose agent is plain only from the text around it is "
      "coded; set 153: Palestine's 'until the occupation is ended' a nominal 192 ISR/GOV -> PSE) (borderline "
      "uncoded as an anaphoric noun, as set 143); 'a just, comprehensive solution ... remains denied' is an "
      "agentless denial of a settlement, not a right or a codable act (borderline a nominal 127 with no source, "
      "or a 1233 with no source to PSE/CVL as set 218's denied membership); 'Let everyone know there will be no "
      "peace' is a prediction of consequences, not the speaker's threat of its own act (borderline 138)"),
 # --- UNGDC 2020-2024 random: demand
 26: ([], "Tanzania (Samia Suluhu Hassan, 2021): 'I support and subscribe to the theme of this seventy-sixth "
          "session' = support of the session's theme itself, not of the President's choice of it (set 120: "
          "'Welcomes the theme that the President has chosen' uncoded; set 198 and 213: theme welcomes uncoded; "
          "unlike sets 129, 157 and 203, which coded praise of the President's choice as a 051 to org:UNGA) "
          "(borderline a 051 to org:UNGA); 'which urges all of us' is an inanimate theme urging all States "
          "(held-out 42/43), not coded"),
 27: ([("congratulate Abdulla Shahid", "051", "MAR/GOV", "org:UNGA", False, A, N, False)],
      "Morocco (2021); the row begins with the salutation 'Excellencies, Secretary-General ..., ladies and "
      "gentlemen,' (a hard line break, no sentence-final punctuation); 'I should like to congratulate Abdulla "
      "Shahid on his election as President of the seventy-sixth session of the General Assembly' -> 051 (guideline: "
      "congratulate/praise 051) to org:UNGA (README choices: commending the Assembly President's election 051 to "
      "org:UNGA); 'his election' is not coded separately"),
 # --- UNGDC 2020-2024 random: cue
 28: ([("signed in Juba in 2020", "057", "SDN/GOV", N, False, A, N, False)],
      "Sudan (Burhan, 2023) -> SDN/GOV under the UN-speech rule (README choices: Sudan's 2023-24 speeches are "
      "SDN/GOV); 'We are fully committed to the Juba Peace Agreement' = a commitment to abide by an agreement the "
      "speaker's government is party to, compliance, not coded (README choices: Belize's 'will comply with' not "
      "coded; set 226: a commitment to the Good Friday Agreement uncoded; set 137: commitments to the Charter "
      "uncoded) (borderline a 037 intent to settle, as set 181's 'I remain committed to a vision of two States', or "
      "an asserted 030); 'signed in Juba in 2020' = an agentless participle whose one plain signatory is the "
      "speaker's government ('We are fully committed'), the armed movements that signed never named in the speech "
      "(the sentence before names only the non-signatories Al-Hilu and Al-Nur) -> 057 SDN/GOV with no target, not "
      "nominal (set 172: Sudan's CPA 'which we concluded and signed' a 057 with no target, the SPLM/A never named) "
      "(borderline SDN/REB for the Sudan Revolutionary Front from outside knowledge, or uncoded as an agentless "
      "signing, as sets 210 and 232)"),
 29: ([], "Bhutan (2022): 'We need to forge strong international cooperation in coming up with viable projects and "
          "partnerships to scale up investments in alternative renewable energy' = 'we' all States, as the sentence "
          "before ('We must ensure adequate ... finance ... for developing countries ... to enable us') and the "
          "global 'our dependence on fossil fuels' show (held-out 42/43: 'we' meaning all States not coded) "
          "(borderline a demanded nominal 050 BTN/GOV with no target, as set 243's Grenada 'We need partnerships "
          "with the international community')"),
 30: ([], "Panama (2022): 'Our country firmly supports the important themes proposed for consideration at this "
          "session' = support of the session's themes, the proposer unnamed (set 120: theme welcomes uncoded; "
          "following row 26) (borderline a 051 to org:UNGA, as set 157's 'fully supports this choice')"),
 31: ([("issued an arrest warrant for Putin", "1124", "org:ICC", "RUS/GOV", False, A, N, False)],
      "Ukraine (Zelenskyy, 2023); 'The International Criminal Court issued an arrest warrant for Putin' = the ICC's "
      "charge of a war crime -> 1124 (set 178: 'the ICC's arrest warrant' a nominal 1124 org:ICC -> SDN/GOV; set "
      "232: the ICC's warrants a nominal 1124), here carried by the verb and so not nominal, ICC -> org:ICC "
      "(guideline), Putin -> RUS/GOV; 'for that crime' = the anaphoric child kidnapping and deportation of the "
      "sentence before, an event noun with no agent in the sentence, left uncoded (set 213: Paraguay's anaphoric "
      "'such a cowardly crime' uncoded; set 178: 'That attack' uncoded) (borderline a nominal 174 RUS/GOV -> "
      "UKR/CVL, the act named inside the charge, as README choices code the acts a sanctions designation names)"),
 32: ([("assure you of our total support", "032", "KWT/GOV", "org:UNGA", False, A, N, False)],
      "Kuwait (2021); 'I assure you of our total support in all tasks that would facilitate your work', said to the "
      "new President of the General Assembly -> an assurance of diplomatic support -> 032 asserted (set 182: 'I "
      "assure him that Peru will constructively support his initiatives' an asserted 032 to org:UNGA; set 184: "
      "'We assure him of Malawi's complete support' a 032) (borderline 030, as 'assures the Assembly of its full "
      "cooperation')"),
 33: ([], "Hungary (2022): 'The threat of escalation is a reason for worry and action' = a risk (guideline: "
          "figurative or risk uses of 'threat' not coded)"),
 34: ([], "Uganda (2023): 'the operationalization of voluntary local reviews and the institution of a national "
          "sustainable development goals conference, which is held annually with the participation of all "
          "stakeholders' = domestic SDG programmes (set 174: domestic programmes uncoded), the stakeholders an "
          "unnamed class (borderline a habitual nominal 043 UGA/GOV with no target, as set 121's consultative process "
          "a nominal 040 ECU/GOV -> ECU/CVL and set 174's 'working on a national dialogue' a 043)"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([], "Madagascar (2024): 'the war in Ukraine shakes the international order, exacerbates geopolitical tensions "
          "...' = a conflict named only by place, its effects described (README choices: conflicts named only by "
          "place uncoded; set 194: 'the war in Syria' uncoded) (borderline a nominal 190 RUS/GOV -> UKR)"),
 36: ([("pay tribute", "051", "MDA/GOV", "MDA/CVL", False, A, N, False),
       ("opening their homes", "075", "MDA/CVL", "UKR/CVL", False, A, N, False)],
      "Moldova (Sandu, 2022); 'I take this opportunity to pay tribute ... to all Moldovan families' -> 051 (README "
      "choices: 'pay tribute to' is 051) MDA/GOV -> MDA/CVL; 'who showed unprecedented solidarity with refugees by "
      "opening their homes and hearts to those in need' = Moldovan households taking in refugees -> 075 (set 206: "
      "the hospitality offered to refugees one 075 per host and refugees' country; set 236) from MDA/CVL, the "
      "refugees 'fleeing the war' in Ukraine (the speech's preceding paragraphs) -> UKR/CVL (borderline target "
      "null, as set 236's refugees of mixed origin), the solidarity folded into the hosting (borderline a separate "
      "051 to the refugees)"),
 37: ([], "Portugal (2023): 'It is time to deliver on correcting global inequalities and on the fight against climate "
          "change' = a hortative for all States (held-out 42/43), no act between actors"),
 38: ([], "Albania (2024): 'But we seek a just peace based on the Charter ...' = the speaker's position on the terms "
          "of a peace between Ukraine and Russia, a third party's stance and no act toward either (set 146: 'We seek "
          "the de-escalation of the Syrian conflict' uncoded) (borderline a 107 with no target, or 051 to bare UKR)"),
 39: ([], "Bhutan (2020): 'Bhutan was on track to become an early achiever of the SDGs, as shown by the voluntary "
          "review in 2018' = a domestic achievement and a national review (README choices: submitting a national "
          "report not coded)"),
}
